// Languages (RTL, live switch, plurals) and the optional location.hash sync.
import type { DiwanServiceSelectEvent } from '../shared/events.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define/service-catalogue.js';
import type { DiwanServiceCatalogue } from './service-catalogue.js';
import { readHashState, writeHashState } from './hash-state.js';
import { $, backendWith, countText, itemNames, openService, plainContainer, sampleCatalogue, typeQuery, untilItems, untilNames } from './test-support.js';

const arabicLoaded = (el: DiwanServiceCatalogue) =>
  waitUntil(() => $(el, '.title')?.textContent === 'ابحث عن خدمة', 'Arabic strings load', { timeout: 4000 });

describe('<diwan-service-catalogue> languages', () => {
  it('lays out right to left in Arabic, with arrows mirrored', async () => {
    const el = await fixture<DiwanServiceCatalogue>(html`<diwan-service-catalogue lang="ar" .backend=${backendWith(sampleCatalogue)}></diwan-service-catalogue>`);
    await untilItems(el, 5);
    await arabicLoaded(el);
    const root = $(el, '.root')!;
    expect(root.getAttribute('dir')).to.equal('rtl');
    expect(root.getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle(root).direction).to.equal('rtl');
    expect(getComputedStyle($(el, '.item .icon-chevron')!).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    expect(itemNames(el)[0]).to.equal('تجديد جواز السفر');
    // the list item's text starts on the right
    const item = $(el, '.item')!.getBoundingClientRect();
    const name = $(el, '.item-button')!.getBoundingClientRect();
    expect(item.right - name.right).to.be.lessThan(name.left - item.left);
    await expect(el).to.be.accessible();
  });

  it('keeps arrows unmirrored left to right', async () => {
    const el = await fixture<DiwanServiceCatalogue>(html`<diwan-service-catalogue lang="en" .backend=${backendWith(sampleCatalogue)}></diwan-service-catalogue>`);
    await untilItems(el);
    expect(getComputedStyle($(el, '.root')!).direction).to.equal('ltr');
    expect(getComputedStyle($(el, '.item .icon-chevron')!).transform).to.equal('none');
  });

  it('switches language live when an ancestor’s lang changes', async () => {
    const wrapper = plainContainer('en');
    const el = document.createElement('diwan-service-catalogue');
    el.backend = backendWith(sampleCatalogue);
    wrapper.append(el);
    await untilItems(el, 5);
    expect($(el, '.title')!.textContent).to.equal('Find a service');
    wrapper.setAttribute('lang', 'ar');
    await arabicLoaded(el);
    expect($(el, 'label[for="search"]')!.textContent).to.equal('ابحث في الخدمات');
    expect($(el, '.root')!.getAttribute('dir')).to.equal('rtl');
    await untilNames(el, ['تجديد جواز السفر', 'شهادة الميلاد', 'إعانة الأسرة', 'رخصة مزاولة النشاط التجاري', 'تأشيرة زيارة']);
    await waitUntil(() => countText(el) === `${new Intl.NumberFormat('ar').format(5)} خدمات`, `count was ${countText(el)}`);
  });

  it('uses Arabic plural forms for the result count (one, two, few)', async () => {
    const el = await fixture<DiwanServiceCatalogue>(html`<diwan-service-catalogue lang="ar" category="travel" .backend=${backendWith(sampleCatalogue)}></diwan-service-catalogue>`);
    await untilItems(el, 2);
    await arabicLoaded(el);
    await waitUntil(() => countText(el) === 'خدمتان', `two: count was ${countText(el)}`);
    el.category = 'family';
    await waitUntil(() => countText(el) === 'خدمة واحدة', `one: count was ${countText(el)}`);
  });

  it('speaks Sorani Kurdish and French too', async () => {
    const ckb = await fixture<DiwanServiceCatalogue>(html`<diwan-service-catalogue lang="ckb" .backend=${backendWith(sampleCatalogue)}></diwan-service-catalogue>`);
    await waitUntil(() => $(ckb, 'label[for="search"]')?.textContent === 'گەڕان لە خزمەتگوزارییەکان', 'Sorani strings load');
    expect($(ckb, '.root')!.getAttribute('dir')).to.equal('rtl');
    const fr = await fixture<DiwanServiceCatalogue>(html`<diwan-service-catalogue lang="fr" .backend=${backendWith(sampleCatalogue)}></diwan-service-catalogue>`);
    await waitUntil(() => $(fr, 'label[for="search"]')?.textContent === 'Rechercher un service', 'French strings load');
    await waitUntil(() => countText(fr) === '5 services');
  });
});

describe('<diwan-service-catalogue sync-url>', () => {
  const cleanUrl = () => history.replaceState(null, '', `${location.pathname}${location.search}`);
  beforeEach(cleanUrl);
  afterEach(cleanUrl);

  it('writes the search and the open service to its own hash segment, leaving other content alone', async () => {
    history.replaceState(null, '', '#top');
    const el = await fixture<DiwanServiceCatalogue>(html`<diwan-service-catalogue sync-url .backend=${backendWith(sampleCatalogue)}></diwan-service-catalogue>`);
    await untilItems(el, 5);
    await typeQuery(el, 'pass');
    expect(location.hash).to.equal('#top;diwan-catalogue?q=pass');
    await untilNames(el, ['Renew a passport']);
    await openService(el, 'passport-renewal');
    expect(location.hash).to.equal('#top;diwan-catalogue?q=pass&service=passport-renewal');
    await el.updateComplete;
    $(el, '.back')!.click();
    expect(location.hash).to.equal('#top;diwan-catalogue?q=pass');
    await el.updateComplete;
    await typeQuery(el, '');
    expect(location.hash).to.equal('#top');
  });

  it('restores the search and the open service from the hash on load', async () => {
    history.replaceState(null, '', '#diwan-catalogue?q=visa&service=visitor-visa');
    const selected: Array<{ serviceId: string; restored: boolean }> = [];
    const el = await fixture<DiwanServiceCatalogue>(html`<diwan-service-catalogue sync-url .backend=${backendWith(sampleCatalogue)}
      @diwan-service-select=${(event: DiwanServiceSelectEvent) => selected.push({ serviceId: event.serviceId, restored: event.restored })}></diwan-service-catalogue>`);
    await waitUntil(() => $(el, '.detail-heading'), 'the detail opens');
    expect(selected, 'shown again from the address, not chosen now').to.deep.equal([{ serviceId: 'visitor-visa', restored: true }]);
    expect($(el, '.detail-heading')!.textContent).to.equal('Visitor visa');
    $(el, '.back')!.click();
    await untilNames(el, ['Visitor visa']);
    expect($<HTMLInputElement>(el, '#search')!.value).to.equal('visa');
  });

  it('follows the browser’s back and forward buttons', async () => {
    const el = await fixture<DiwanServiceCatalogue>(html`<diwan-service-catalogue sync-url .backend=${backendWith(sampleCatalogue)}></diwan-service-catalogue>`);
    await untilItems(el, 5);
    const restored: boolean[] = [];
    el.addEventListener('diwan-service-select', (event) => restored.push(event.restored));
    $(el, '.item-button[data-service-id="birth-certificate"]')!.click();
    await waitUntil(() => $(el, '.detail-heading'));
    history.back();
    await waitUntil(() => !$(el, '.detail-heading') && itemNames(el).length === 5, 'back shows the list');
    history.forward();
    await waitUntil(() => $(el, '.detail-heading')?.textContent === 'Birth certificate', 'forward shows the service again');
    expect(restored, 'chosen by the citizen, then shown again by Forward').to.deep.equal([false, true]);
  });

  it('round-trips any query in the hash, beside other segments and other widgets’ keys', () => {
    const query = 'جواز; a&b=c #1';
    const hash = writeHashState('#top;other-widget?x=1', 'diwan-catalogue', { query, service: 'passport-renewal' });
    expect(hash.startsWith('top;other-widget?x=1;diwan-catalogue?')).to.be.true;
    expect(readHashState(`#${hash}`, 'diwan-catalogue')).to.deep.equal({ query, service: 'passport-renewal' });
    expect(readHashState(`#${hash}`, 'other-widget')).to.deep.equal({ query: '', service: undefined });
    expect(writeHashState(`#${hash}`, 'diwan-catalogue', { query: '' })).to.equal('top;other-widget?x=1');
  });

  it('leaves the URL alone without sync-url', async () => {
    const el = await fixture<DiwanServiceCatalogue>(html`<diwan-service-catalogue .backend=${backendWith(sampleCatalogue)}></diwan-service-catalogue>`);
    await untilItems(el, 5);
    await typeQuery(el, 'pass');
    await openService(el, 'passport-renewal');
    expect(location.hash).to.equal('');
  });
});
