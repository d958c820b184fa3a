// The BUILT CDN bundle under the strictest policy a ministry site may run — `default-src 'self';
// script-src 'self'; style-src 'self'` plus `require-trusted-types-for 'script'` — through every
// widget's main journey: the host's CSP reports must stay empty. Then the bundle loaded twice.
// Needs `npm run build` first (npm test runs it before the browser tests).
import { expect } from '@open-wc/testing';
import { JOURNEYS } from './journeys.js';
import { BUNDLE, PAGES, mount, nextEvent, openHostPage } from './support.js';

describe('embedded under a strict CSP with Trusted Types (built bundle)', () => {
  for (const journey of JOURNEYS) {
    it(`<${journey.tag}> completes its main journey with zero securitypolicyviolation events`, async () => {
      const page = await openHostPage(PAGES.strict);
      const element = await mount(page, journey.tag, journey.attributes);
      const ended = nextEvent(element, journey.finalEvent);
      await journey.run(element);
      await ended;
      expect(page.log.violations, 'CSP / Trusted Types violations').to.deep.equal([]);
      expect(page.log.errors, 'errors in the page').to.deep.equal([]);
    });
  }
});

describe('the bundle loaded twice (two script tags, two module instances)', () => {
  it('throws nothing, and every widget completes its journey on that page', async () => {
    const page = await openHostPage(PAGES.twice);
    // module scripts run before the load event: both copies have run by now
    const copies = page.win.performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname === BUNDLE);
    expect(copies.map((entry) => new URL(entry.name).search).sort(), 'both copies were fetched').to.deep.equal(['', '?copy=theme']);
    for (const journey of JOURNEYS) {
      const element = await mount(page, journey.tag, journey.attributes);
      const ended = nextEvent(element, journey.finalEvent);
      await journey.run(element);
      await ended;
    }
    expect(page.log.errors, 'errors in the page').to.deep.equal([]);
    expect(page.log.violations, 'CSP / Trusted Types violations').to.deep.equal([]);
  });
});
