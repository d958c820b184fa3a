// <diwan-insights> from the BUILT CDN bundle under the strict CSP with Trusted Types: its code is a lazy
// chunk fetched only once the page has the element, and the manager's journey in Arabic (last 6
// months of "Renew a passport", the chart's point by real pointer, the table) raises no violation.
// Needs `npm run build` first.
import { expect } from '@open-wc/testing';
import { clickAt, releasePointer } from './pointer.js';
import { PAGES, openHostPage, part, until, waitFor } from './support.js';

const insightsChunks = (win: Window) =>
  win.performance.getEntriesByType('resource').filter((entry) => /\/widget-insights-[\w-]+\.js$/.test(new URL(entry.name).pathname));

describe('<diwan-insights> in the built bundle', function () {
  this.timeout(60000);
  afterEach(() => releasePointer());

  it('is fetched only when the page has one, and runs the Arabic journey with zero CSP violations', async () => {
    const page = await openHostPage(PAGES.strict);
    await waitFor(() => page.win.customElements.get('diwan-feedback'), 'diwan.js to run');
    expect(insightsChunks(page.win), 'no insights code on a page without the widget').to.have.length(0);
    expect(page.win.customElements.get('diwan-insights')).to.equal(undefined);

    const element = page.doc.createElement('diwan-insights');
    element.setAttribute('backend', 'demo');
    element.setAttribute('lang', 'ar');
    element.setAttribute('period', '6');
    element.setAttribute('service', 'passport-renewal');
    page.host.append(element);
    await waitFor(() => page.win.customElements.get('diwan-insights'), 'the lazy chunk to define <diwan-insights>');
    expect(insightsChunks(page.win)).to.have.length(1);

    const headline = await until(element, '[part~="headline"]', 'the headline', 20000);
    await waitFor(() => part(element, 'title')?.textContent === 'مؤشرات الخدمات', 'the Arabic strings');
    expect(headline.textContent).to.contain('المواطنون الراضون');
    const point = element.shadowRoot!.querySelectorAll('.line-chart .point .hit')[0]!;
    await clickAt(point, 'the first chart point');
    // the pointer makes that point the active one: its value is written beside it
    await waitFor(() => element.shadowRoot!.querySelectorAll('.line-chart .point')[0]!.classList.contains('active'), 'the first point active');
    expect(element.shadowRoot!.querySelectorAll('.line-chart .point')[0]!.querySelector('text.value')).to.exist;
    const toggle = element.shadowRoot!.querySelector<HTMLButtonElement>('[data-figure="overTime"] [part~="table-toggle"]')!;
    await clickAt(toggle, 'the table toggle');
    await until(element, '[data-figure="overTime"] table', 'the over-time table');
    expect(page.log.violations, 'CSP / Trusted Types violations').to.deep.equal([]);
    expect(page.log.errors, 'errors in the page').to.deep.equal([]);
  });
});
