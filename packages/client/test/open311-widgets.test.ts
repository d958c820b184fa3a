// The widgets on an Open311 server, configured with attributes only, as a CMS page would:
// <diwan-service-catalogue backend="open311" api="…"> and <diwan-request-tracker backend="open311" api="…">.
import { expect, waitUntil } from '@open-wc/testing';
import '@diwan/elements/define/service-catalogue.js';
import '@diwan/elements/define/request-tracker.js';
import { DiwanError } from '../src/index.js';
import { resolveBackend } from '../../elements/src/shared/backend-resolution.js';
import { fixtureText, jsonReply, open311Server, xmlReply } from './fixtures/open311/support.js';
import requestsWithNotes from './fixtures/open311/requests-notes.json';

const mounted: HTMLElement[] = [];
afterEach(() => mounted.splice(0).forEach((element) => element.remove()));

/** The element as a plain page has it: attributes only, appended to the body. */
function mount<T extends HTMLElement>(markup: { tag: string; attributes: Record<string, string> }): T {
  const element = document.createElement(markup.tag) as T;
  for (const [name, value] of Object.entries(markup.attributes)) element.setAttribute(name, value);
  document.body.append(element);
  mounted.push(element);
  return element;
}

const inShadow = (element: HTMLElement, selector: string) => element.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
const allInShadow = (element: HTMLElement, selector: string) => [...(element.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? [])];

describe('backend="open311" resolution', () => {
  it('creates one Open311 backend per configuration, shared by the widgets that name it', async () => {
    const config = { backend: 'open311', api: '/open311/v2', jurisdiction: 'a.example', apiKey: 'k' };
    const [a, b] = await Promise.all([resolveBackend(config), resolveBackend({ ...config, backend: ' OPEN311 ' })]);
    expect(a).to.equal(b);
    expect(a.capabilities.tracking).to.deep.include({ verification: null, live: 'poll' });
    expect(a.capabilities.eligibility).to.equal(false);
    expect(await resolveBackend({ ...config, jurisdiction: 'b.example' })).not.to.equal(a);
  });

  it('rejects backend="open311" without an http(s) api URL as a config error that says what to set', async () => {
    for (const api of [undefined, 'javascript:alert(1)']) {
      const error = await resolveBackend({ backend: 'open311', api }).then(() => undefined, (caught: unknown) => caught);
      expect(error).to.be.instanceOf(DiwanError);
      expect((error as DiwanError).code).to.equal('config');
      expect((error as DiwanError).message).to.contain('api');
    }
  });
});

describe('widgets on an Open311 server', () => {
  it('<diwan-service-catalogue backend="open311"> lists SF311’s services, filters by group, and searches', async () => {
    // SF311 answers XML even where JSON was asked for: the adapter reads what it gets
    const server = await open311Server({ '/services.json': xmlReply(await fixtureText('sf311/sf311-services.xml')) });
    const catalogue = mount({
      tag: 'diwan-service-catalogue',
      attributes: { backend: 'open311', api: server.base, jurisdiction: 'sfgov.org', lang: 'en' },
    });
    await waitUntil(() => allInShadow(catalogue, '.item-button').length >= 3, 'the catalogue did not list the services', { timeout: 4000 });
    expect(inShadow(catalogue, '[role="status"]')!.textContent!.trim()).to.equal('36 services');
    const names = allInShadow(catalogue, '.item-button').map((button) => button.textContent!.trim());
    expect(names[0]).to.equal('Cans Left Out 24x7');
    const groups = [...inShadow(catalogue, '#category')!.querySelectorAll('option')].map((option) => option.textContent!.trim());
    expect(groups).to.include.members(['Graffiti', 'Tree Maintenance']);

    const search = inShadow(catalogue, '#search') as HTMLInputElement;
    search.value = 'graffiti';
    search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitUntil(() => /^\d+ services?/.test(inShadow(catalogue, '[role="status"]')!.textContent!.trim())
      && !inShadow(catalogue, '[role="status"]')!.textContent!.includes('36'), 'the search did not narrow the list', { timeout: 4000 });
    await waitUntil(() => allInShadow(catalogue, '.item-button').every((button) => /graffiti|sign/i.test(button.textContent!)), 'search results', { timeout: 4000 });
    await expect(catalogue).to.be.accessible();

    const [request] = await server.log();
    expect(new URLSearchParams(request!.query).get('jurisdiction_id')).to.equal('sfgov.org');
  });

  it('<diwan-request-tracker backend="open311"> looks a request up by reference alone and shows its history', async () => {
    const server = await open311Server({ '/requests/101000123.json': jsonReply(requestsWithNotes) });
    const tracker = mount({
      tag: 'diwan-request-tracker',
      attributes: { backend: 'open311', api: server.base, reference: '101000123', lang: 'en' },
    });
    await waitUntil(() => inShadow(tracker, '[part="submit"]'), 'the lookup form did not appear', { timeout: 4000 });
    expect(inShadow(tracker, '[part="verification-input"]'), 'Open311 lookups are public: no verification field').to.equal(null);
    expect(inShadow(tracker, '[part="public-note"]')).to.exist;

    inShadow(tracker, '[part="submit"]')!.click();
    await waitUntil(() => inShadow(tracker, '[part="result"]'), 'the request was not shown', { timeout: 4000 });
    expect(inShadow(tracker, '[part="reference"]')!.textContent).to.equal('101000123');
    expect(inShadow(tracker, '[part="result-heading"]')!.textContent!.trim()).to.equal('Street Light Out');
    expect(inShadow(tracker, '[part="office"]')!.textContent).to.contain('Public Works – Street Lighting');
    expect(inShadow(tracker, '[part="timeline"]')!.textContent).to.contain('Called the citizen');
    await expect(tracker).to.be.accessible();
  });
});
