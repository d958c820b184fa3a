// Typing before the search code has arrived (a slow phone): the query is never ignored. The search code
// is a lazy chunk requested when the search box takes the focus; here it is held back until the last
// test releases it. The tests run in order, in one page (the search code loads once per page).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define/service-catalogue.js';
import type { Service, ServiceCatalogue } from '@diwan/client';
import type { DiwanServiceCatalogue } from './service-catalogue.js';
import { searchCode } from './catalogue-model.js';
import { $, backendWith, countText, itemNames, sampleCatalogue, untilItems, untilNames } from './test-support.js';

/** The search code, held back: `asked` counts the catalogue's requests for it, `release` lets it come. */
const held = { asked: 0, arrived: false, release: () => undefined as void };
const releasing = new Promise<void>((resolve) => (held.release = resolve));
const loadSearchCode = searchCode.load;

async function catalogue(lang: string, data: ServiceCatalogue = sampleCatalogue) {
  const el = await fixture<DiwanServiceCatalogue>(html`<diwan-service-catalogue .backend=${backendWith(data)} lang=${lang}></diwan-service-catalogue>`);
  await untilItems(el);
  return el;
}

/** Focuses the search box (which asks for the search code) and types, as a citizen does. */
async function focusAndType(el: DiwanServiceCatalogue, text: string): Promise<HTMLInputElement> {
  const input = $<HTMLInputElement>(el, '#search')!;
  input.focus();
  await sendKeys({ type: text });
  await waitUntil(() => input.value === text, `the search box shows "${text}"`);
  await el.updateComplete;
  return input;
}

function expectSearchCodeStillHeld(): void {
  expect(held.asked, 'the catalogue asked for the search code').to.be.greaterThan(0);
  expect(held.arrived, 'the search code has not arrived').to.be.false;
}

/** 40 services with "port" inside a word, then one whose name starts with it: the search ranks it first. */
const portCatalogue: ServiceCatalogue = {
  categories: [{ id: 'travel', name: { en: 'Travel' } }],
  services: [
    ...Array.from({ length: 40 }, (_, index): Service => ({
      id: `passport-form-${index + 1}`,
      category: 'travel',
      name: { en: `Passport form ${index + 1}` },
      summary: { en: 'A form for your passport application.' },
      audiences: ['citizen'],
      channels: [],
    })),
    { id: 'port-authority', category: 'travel', name: { en: 'Port authority licence' }, summary: { en: 'Work in the harbour.' }, audiences: ['business'], channels: [] },
  ],
};

describe('<diwan-service-catalogue> typing before the search code has arrived', () => {
  before(() => {
    searchCode.load = async () => {
      held.asked += 1;
      await releasing;
      const code = await loadSearchCode();
      held.arrived = true;
      return code;
    };
  });
  after(() => {
    held.release();
    searchCode.load = loadSearchCode;
  });

  it('en: "passport" shows the passport service and its count, not every service', async () => {
    const el = await catalogue('en');
    await waitUntil(() => countText(el) === '5 services', `count was "${countText(el)}"`);
    await focusAndType(el, 'passport');
    expectSearchCodeStillHeld();
    await untilNames(el, ['Renew a passport']);
    await waitUntil(() => countText(el) === '1 service', `count was "${countText(el)}"`);
    await expect(el).to.be.accessible();
  });

  it('ar: a query folded as the search folds it (ة typed as ه) filters at once', async () => {
    const el = await catalogue('ar');
    await focusAndType(el, 'شهاده'); // شهادة الميلاد, typed with ه for ة
    expectSearchCodeStillHeld();
    await untilNames(el, ['شهادة الميلاد']);
    await waitUntil(() => countText(el) === 'خدمة واحدة', `count was "${countText(el)}"`);
  });

  it('ckb: a query typed without Kurdish letters finds the words that have them', async () => {
    const el = await catalogue('ckb');
    await focusAndType(el, 'پاسپورت'); // پاسپۆرت typed without ۆ (keyboards lacking Kurdish letters)
    expectSearchCodeStillHeld();
    await untilNames(el, ['نوێکردنەوەی پاسپۆرت']);
  });

  it('switches to the real search when it arrives, keeping the query, the scroll position and the focus', async () => {
    const el = await catalogue('en', portCatalogue);
    const input = await focusAndType(el, 'port');
    expectSearchCodeStillHeld();
    await untilItems(el, 41);
    const list = $(el, '.list')!;
    list.scrollTop = 300;
    await waitUntil(() => list.scrollTop === 300, 'the list scrolled');

    held.release();
    await waitUntil(() => held.arrived, 'the search code arrives');
    await waitUntil(() => itemNames(el)[0] === 'Port authority licence', 'the search’s ranking (a word that starts with the query first)');
    expect(itemNames(el), 'the same results').to.have.length(41);
    expect($(el, '.list'), 'the same list element').to.equal(list);
    expect(list.scrollTop, 'the scroll position').to.equal(300);
    expect(el.shadowRoot!.activeElement, 'the focus').to.equal(input);
    expect(input.value, 'the query').to.equal('port');
  });
});
