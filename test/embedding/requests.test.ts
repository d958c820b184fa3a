// Four widgets on one page with the same `api=` backend (the fixture server as a Diwan REST API),
// loaded from the BUILT bundle: they share one backend instance (one cache, one in-flight request per
// URL), so the page costs the API few requests at load.
import { expect } from '@open-wc/testing';
import { JOURNEYS } from './journeys.js';
import { createDemoBackend } from '@diwan/client/demo';
import { ELIGIBILITY_SERVICE, TRACKED, hostileDemoData, requestsTo, serveAsDiwanApi } from './hostile-data.js';
import { PAGES, mount, openHostPage, until } from './support.js';

/**
 * The target: at most this many distinct requests at load for the four widgets together — the
 * catalogue and the checker's rules, plus the one GET /capabilities the shared backend reads first.
 */
const MAX_DISTINCT_AT_LOAD = 3;

describe('four widgets on one page with an api= backend (built bundle)', () => {
  it(`load with at most ${MAX_DISTINCT_AT_LOAD} distinct requests, none of them repeated`, async () => {
    const demo = createDemoBackend();
    const api = await serveAsDiwanApi({
      catalogue: await demo.listServices(),
      service: await demo.getService(ELIGIBILITY_SERVICE),
      rules: await demo.getEligibilityRules(ELIGIBILITY_SERVICE),
      request: await demo.findRequest(TRACKED),
    });
    const page = await openHostPage(PAGES.strict);
    const widgets = [];
    for (const journey of JOURNEYS) {
      const { backend: _demo, ...attributes } = journey.attributes;
      widgets.push(await mount(page, journey.tag, { ...attributes, api }));
    }
    // each widget's first screen, ready for the citizen (the catalogue sits above the checker, as on most pages:
    // the checker then takes its service from the catalogue's answer)
    const [catalogue, checker, tracker, feedback] = widgets as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
    await until(catalogue, '.item-button', 'services listed');
    await until(checker, '.page-heading', 'the first question');
    await until(tracker, '#reference', 'the lookup form');
    await until(feedback, '[part~="yes-button"]', 'the feedback question');
    await new Promise((resolve) => setTimeout(resolve, 200)); // anything still on its way arrives

    const requests = (await requestsTo(api)).map((request) => `${request.method} ${request.path}`);
    const distinct = [...new Set(requests)];
    expect(requests, 'a request repeated (no sharing or dedupe)').to.have.length(distinct.length);
    expect(distinct.length, `distinct requests at load: ${distinct.join(', ')}`).to.be.at.most(MAX_DISTINCT_AT_LOAD);
    expect(page.log.errors).to.deep.equal([]);
  });

  it('the hostile data set is served the same way (sanity check of the fixture routes)', async () => {
    const api = await serveAsDiwanApi(await hostileDemoData());
    const response = await fetch(`${api}/services`);
    expect(response.ok).to.equal(true);
    expect(((await response.json()) as { services: unknown[] }).services.length).to.be.greaterThan(40);
  });
});
