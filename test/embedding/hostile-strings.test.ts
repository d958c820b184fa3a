// Hostile strings in every text field of the data (script tags, event-handler attributes, javascript:
// URLs, bidi overrides, template syntax, a 10,000-character word), served over the Diwan REST contract
// to the BUILT bundle on a page WITHOUT a CSP, where anything injected would really run. Nothing may
// execute, the text shows as text, every link stays http(s)/mailto/tel, and a 320px page does not
// scroll sideways.
import { expect } from '@open-wc/testing';
import type { DiwanBackend, Service } from '@diwan/client';
import { createDemoBackend } from '@diwan/client/demo';
import { JOURNEYS, type Journey } from './journeys.js';
import { ELIGIBILITY_SERVICE, HOSTILE_STRINGS, hostileDemoData, serveAsDiwanApi, type HostileData } from './hostile-data.js';
import { PAGES, deepQueryAll, deepText, mount, nextEvent, openHostPage, part, waitFor, type HostPage } from './support.js';

const NARROW = 320;
/** Widgets that show text from the backend (the feedback widget only sends). */
const SHOWS_BACKEND_TEXT = new Set(['diwan-service-catalogue', 'diwan-eligibility-checker', 'diwan-request-tracker']);
const SAFE_LINK = /^(https?:|mailto:|tel:|sms:)/;

/** The journey's attributes with `api` (the fixture server) in place of the demo backend. */
function overApi(journey: Journey, api: string): Record<string, string> {
  const { backend: _demo, ...rest } = journey.attributes;
  return { ...rest, api };
}

/** Links in the widget that leave the page: only web, e-mail, phone and SMS addresses. */
function unsafeLinks(element: Element): string[] {
  return deepQueryAll(element.shadowRoot!, 'a[href]')
    .map((link) => link.getAttribute('href')!)
    .filter((href) => !href.startsWith('#') && !SAFE_LINK.test(href));
}

/** Elements or attributes that only hostile markup could have created. */
function injectedMarkup(element: Element): string[] {
  const found: string[] = [];
  for (const node of deepQueryAll(element.shadowRoot!, '*')) {
    if (['script', 'img', 'iframe', 'object', 'embed'].includes(node.localName)) found.push(`<${node.localName}>`);
    for (const attribute of node.getAttributeNames()) {
      if (attribute.startsWith('on')) found.push(`${node.localName}[${attribute}]`);
    }
  }
  return found;
}

function expectNothingRan(page: HostPage): void {
  expect(page.log.executed, 'hostile code that ran').to.deep.equal([]);
  expect(page.log.errors, 'errors in the page').to.deep.equal([]);
}

function expectLayoutHolds(page: HostPage, element: Element): void {
  expect(element.getBoundingClientRect().width, `<${element.localName}> width`).to.be.at.most(NARROW);
  expect(page.doc.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(NARROW);
}

describe('hostile strings in every text field of the data (built bundle, no CSP)', () => {
  let data: HostileData;
  before(async () => {
    data = await hostileDemoData();
  });

  for (const journey of JOURNEYS) {
    it(`<${journey.tag}>: nothing executes, text shows as text, links stay safe, ${NARROW}px holds`, async () => {
      const api = await serveAsDiwanApi(data);
      const page = await openHostPage(PAGES.noCsp, { width: NARROW });
      const element = await mount(page, journey.tag, overApi(journey, api));
      const ended = nextEvent(element, journey.finalEvent);
      await journey.run(element);
      await ended;

      expectNothingRan(page);
      expect(injectedMarkup(element), 'markup from the data').to.deep.equal([]);
      expect(unsafeLinks(element), 'links that are not http(s), mailto, tel or sms').to.deep.equal([]);
      if (SHOWS_BACKEND_TEXT.has(journey.tag)) {
        const shown = deepText(element);
        const literal = HOSTILE_STRINGS.filter((hostile) => hostile.length < 200 && shown.includes(hostile.replace(/\s+/g, ' ').trim()));
        expect(literal.length, 'hostile strings shown literally, as text').to.be.greaterThan(0);
      }
      expectLayoutHolds(page, element);
    });
  }

  it('a javascript: URL where a link belongs never reaches the page: the REST adapter refuses the data', async () => {
    const catalogue = structuredClone(data.catalogue);
    catalogue.services[0]!.channels = [{ kind: 'online', url: "javascript:diwanPwned('channel url')" } as Service['channels'][number]];
    const api = await serveAsDiwanApi({ ...data, catalogue });
    const page = await openHostPage(PAGES.noCsp, { width: NARROW });
    const element = await mount(page, 'diwan-service-catalogue', { api });
    await waitFor(() => part(element, 'error'), 'the catalogue to show its error state');
    expect(unsafeLinks(element)).to.deep.equal([]);
    expectNothingRan(page);
  });

  it('a host-supplied backend object with javascript: URLs is refused at the boundary like a REST one (checker)', async () => {
    const demo = createDemoBackend();
    const service = await demo.getService(ELIGIBILITY_SERVICE);
    const rules = await demo.getEligibilityRules(ELIGIBILITY_SERVICE);
    const pwned = "javascript:diwanPwned('custom backend url')";
    const backend: DiwanBackend = {
      capabilities: demo.capabilities,
      listServices: (options) => demo.listServices(options),
      findRequest: (lookup, options) => demo.findRequest(lookup, options),
      sendFeedback: (feedback, options) => demo.sendFeedback(feedback, options),
      getService: async () => ({ ...service, channels: service.channels.map((channel) => ('url' in channel ? { ...channel, url: pwned } : channel)) }),
      getEligibilityRules: async () => rules,
    };
    const page = await openHostPage(PAGES.noCsp, { width: NARROW });
    // the service whose channels link to javascript: is malformed data: the error state, with its retry
    const element = await mount(page, 'diwan-eligibility-checker', { service: ELIGIBILITY_SERVICE }, { backend });
    await waitFor(() => part(element, 'error'), 'the checker to show its error state');
    expect(part(element, 'error')!.querySelector('button')?.textContent?.trim(), 'its retry').to.equal('Try again');
    expect(unsafeLinks(element)).to.deep.equal([]);

    // rules whose legal reference links to javascript: are refused as a whole too
    const hostileRules = {
      ...rules,
      outcomes: rules.outcomes.map((outcome) => ({ ...outcome, legalReference: { title: 'Act', url: pwned } })),
    };
    const refused = await mount(page, 'diwan-eligibility-checker', { service: ELIGIBILITY_SERVICE }, { backend: { ...backend, getService: async () => service, getEligibilityRules: async () => hostileRules } });
    await waitFor(() => part(refused, 'error') ?? part(refused, 'invalid'), 'the rules to be refused');
    expect(unsafeLinks(refused)).to.deep.equal([]);
    expectNothingRan(page);
  });
});
