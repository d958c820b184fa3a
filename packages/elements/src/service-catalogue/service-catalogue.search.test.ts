// Search as you type, filters, and the no-results state.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define/service-catalogue.js';
import type { DiwanServiceCatalogue } from './service-catalogue.js';
import { $, backendWith, countText, itemNames, sampleCatalogue, selectOption, typeQuery, untilItems, untilNames } from './test-support.js';

async function catalogue(attributes: { lang?: string; category?: string; audience?: string } = {}) {
  const el = await fixture<DiwanServiceCatalogue>(html`<diwan-service-catalogue
    .backend=${backendWith(sampleCatalogue)}
    lang=${attributes.lang ?? 'en'}
    category=${attributes.category ?? ''}
    audience=${attributes.audience ?? ''}
  ></diwan-service-catalogue>`);
  await untilItems(el);
  return el;
}

describe('<diwan-service-catalogue> search and filters', () => {
  it('filters as you type and announces the count in a polite live region', async () => {
    const el = await catalogue();
    const status = $(el, '[role="status"]')!;
    expect(status.tagName).to.equal('P');
    await typeQuery(el, 'pass');
    await untilNames(el, ['Renew a passport']);
    await waitUntil(() => countText(el) === '1 service', `count was "${countText(el)}"`);
    await typeQuery(el, 'certif');
    await untilNames(el, ['Birth certificate']);
    await typeQuery(el, '');
    await untilItems(el, 5);
    await waitUntil(() => countText(el) === '5 services');
  });

  it('finds services by keyword and summary, names first', async () => {
    const el = await catalogue();
    await typeQuery(el, 'newborn');
    await untilNames(el, ['Birth certificate']);
    await typeQuery(el, 'children');
    await untilNames(el, ['Family allowance']);
  });

  it('finds Arabic names whatever the hamza and ta marbuta spelling', async () => {
    const el = await catalogue({ lang: 'ar' });
    await typeQuery(el, 'اعانه الاسره'); // إعانة الأسرة written without hamza and with ه for ة
    await untilItems(el);
    await untilNames(el, ['إعانة الأسرة']);
    await typeQuery(el, 'شهاده');
    await untilNames(el, ['شهادة الميلاد']);
    await waitUntil(() => countText(el) === 'خدمة واحدة', `count was "${countText(el)}"`);
  });

  it('shows a no-results state whose button clears the search and filters', async () => {
    const el = await catalogue({ category: 'business' });
    await typeQuery(el, 'zzzz');
    const noResults = $(el, '.no-results')!;
    expect(noResults.textContent).to.contain('No services match your search.');
    await waitUntil(() => countText(el) === 'No services found');
    await expect(el).to.be.accessible();
    noResults.querySelector('button')!.click();
    await untilItems(el, 5);
    expect($<HTMLInputElement>(el, '#search')!.value).to.equal('');
    expect(el.hasAttribute('category')).to.be.false;
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#search'));
  });

  it('preselects the category attribute and follows live changes to it', async () => {
    const el = await catalogue({ category: 'travel' });
    await untilNames(el, ['Renew a passport', 'Visitor visa']);
    expect($<HTMLSelectElement>(el, '#category')!.value).to.equal('travel');
    el.setAttribute('category', 'family');
    await el.updateComplete;
    await untilNames(el, ['Family allowance']);
    expect($<HTMLSelectElement>(el, '#category')!.value).to.equal('family');
  });

  it('reflects the citizen’s category and audience choices to the attributes', async () => {
    const el = await catalogue();
    selectOption(el, 'category', 'travel');
    await el.updateComplete;
    expect(el.getAttribute('category')).to.equal('travel');
    selectOption(el, 'audience', 'visitor');
    await el.updateComplete;
    expect(el.getAttribute('audience')).to.equal('visitor');
    await untilNames(el, ['Visitor visa']);
  });

  it('filters by audience from the attribute', async () => {
    const el = await catalogue({ audience: 'business' });
    await untilNames(el, ['Business licence']);
    expect($<HTMLSelectElement>(el, '#audience')!.value).to.equal('business');
    el.audience = 'resident';
    await el.updateComplete;
    await untilNames(el, ['Renew a passport', 'Birth certificate']);
  });

  it('ignores unknown category and audience values with a warning', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await catalogue({ category: 'no-such-category', audience: 'martians' });
      await untilItems(el, 5);
      expect(itemNames(el)).to.have.length(5);
      expect(warnings.some((w) => w.includes('no-such-category'))).to.be.true;
      expect(warnings.some((w) => w.includes('martians'))).to.be.true;
    } finally {
      console.warn = original;
    }
  });

  it('combines search with filters', async () => {
    const el = await catalogue({ category: 'travel' });
    await typeQuery(el, 'visa');
    await untilNames(el, ['Visitor visa']);
    await typeQuery(el, 'certificate');
    expect($(el, '.no-results')).to.exist;
  });
});
