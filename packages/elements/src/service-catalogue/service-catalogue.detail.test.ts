// The detail view, events, focus management and a keyboard-only journey.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../define/service-catalogue.js';
import type { DiwanServiceCatalogue } from './service-catalogue.js';
import type { DiwanServiceSelectEvent } from '../shared/events.js';
import { $, $$, backendWith, openService, sampleCatalogue, typeQuery, untilItems, untilNames } from './test-support.js';

async function catalogue(lang = 'en') {
  const el = await fixture<DiwanServiceCatalogue>(html`<diwan-service-catalogue lang=${lang} .backend=${backendWith(sampleCatalogue)}></diwan-service-catalogue>`);
  await untilItems(el, 5);
  return el;
}

const itemButton = (el: DiwanServiceCatalogue, id: string) => $(el, `.item-button[data-service-id="${id}"]`)!;
const focused = (el: DiwanServiceCatalogue) => el.shadowRoot!.activeElement;
const shiftTab = async () => {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
};
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<diwan-service-catalogue> detail', () => {
  it('opens a service: heading focused, open event fired, everything a citizen needs shown', async () => {
    const el = await catalogue();
    const selected = oneEvent(el, 'diwan-service-select') as Promise<DiwanServiceSelectEvent>;
    itemButton(el, 'passport-renewal').click();
    const event = await selected;
    expect(event.serviceId).to.equal('passport-renewal');
    expect(event.action).to.equal('open');
    expect(event.bubbles && event.composed).to.be.true;
    await el.updateComplete;

    const heading = $(el, '.detail-heading')!;
    expect(heading.tagName).to.equal('H2');
    expect(heading.textContent).to.equal('Renew a passport');
    expect(heading.getAttribute('tabindex')).to.equal('-1');
    expect(focused(el)).to.equal(heading);

    const detail = text($(el, '.detail'));
    expect(detail).to.contain('You can renew up to six months before the expiry date.');
    const audiences = $$(el, '.detail-section').find((section) => section.querySelector('h3')!.textContent === 'Who it is for')!;
    expect([...audiences.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['Citizens', 'Residents']);
    expect(detail).to.contain('Your current passport');
    expect(detail).to.contain('Two photos (optional)');
    expect(detail).to.contain('Application Free');
    expect(detail).to.contain(`Express delivery ${new Intl.NumberFormat('en', { style: 'currency', currency: 'IQD', maximumFractionDigits: 0 }).format(25000).replace(/\s+/g, ' ')}`);
    expect(detail).to.contain('Up to 5 working days');
    expect(detail).to.contain('Sunday to Thursday: 8:00 AM to 2:00 PM');
    expect(detail).to.contain('Saturday to Thursday: 8:00 AM to 8:00 PM');

    const apply = $<HTMLAnchorElement>(el, 'a.apply')!;
    expect(apply.href).to.equal('https://services.example.gov/passport');
    expect(apply.target).to.equal('');
    const tel = $<HTMLAnchorElement>(el, 'a[href^="tel:"]')!;
    expect(tel.getAttribute('href')).to.equal('tel:+96415550100');
    expect(tel.querySelector('bdi')!.textContent).to.equal('+964 1 555 0100');
    expect($<HTMLAnchorElement>(el, 'a[href^="mailto:"]')!.getAttribute('href')).to.equal('mailto:passports@example.gov');
    expect(text($(el, 'address'))).to.equal('Passport Office, 60 Metre Street, Erbil');
    await expect(el).to.be.accessible();
  });

  it('formats the detail in the citizen’s language: Arabic plurals, weekdays and times', async () => {
    const el = await catalogue('ar');
    await waitUntil(() => $(el, 'label[for="search"]')!.textContent === 'ابحث في الخدمات', 'Arabic strings load');
    await openService(el, 'birth-certificate');
    expect(text($(el, '.detail'))).to.contain('يوما عمل كحدٍّ أقصى'); // two working days: the dual form
    $(el, '.back')!.click();
    await untilItems(el);
    await openService(el, 'passport-renewal');
    const detail = text($(el, '.detail'));
    expect(detail).to.contain(`${new Intl.NumberFormat('ar').format(5)} أيام عمل كحدٍّ أقصى`);
    const sunday = new Intl.DateTimeFormat('ar', { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 7)));
    expect(detail).to.contain(`من ${sunday} إلى`);
    expect(detail).to.contain('مجانًا');
  });

  it('Back returns to the list and focuses the item that opened the service', async () => {
    const el = await catalogue();
    await openService(el, 'business-licence');
    expect($$(el, '.item')).to.have.length(0);
    $(el, '.back')!.click();
    await waitUntil(() => focused(el) === itemButton(el, 'business-licence'), 'focus returns to the originating item');
  });

  it('keeps the search when going to a service and back', async () => {
    const el = await catalogue();
    await typeQuery(el, 'visa');
    await untilNames(el, ['Visitor visa']);
    await openService(el, 'visitor-visa');
    $(el, '.back')!.click();
    await untilNames(el, ['Visitor visa']);
    expect($<HTMLInputElement>(el, '#search')!.value).to.equal('visa');
  });

  it('fires check-eligibility from the eligibility button, only where a check exists', async () => {
    const el = await catalogue();
    await openService(el, 'birth-certificate');
    expect($(el, '[part="eligibility-button"]')).to.be.null;
    $(el, '.back')!.click();
    await untilItems(el);
    await openService(el, 'family-allowance');
    const button = $(el, '[part="eligibility-button"]')!;
    expect(button.textContent!.trim()).to.equal('Check if you can get this');
    setTimeout(() => button.click());
    const event = (await oneEvent(el, 'diwan-service-select')) as DiwanServiceSelectEvent;
    expect(event.serviceId).to.equal('family-allowance');
    expect(event.action).to.equal('check-eligibility');
  });

  it('completes a journey with the keyboard alone', async () => {
    const el = await catalogue();
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    const events: DiwanServiceSelectEvent[] = [];
    el.addEventListener('diwan-service-select', (e) => events.push(e));
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal($(el, '#search'));
    await sendKeys({ type: 'passport' });
    await untilNames(el, ['Renew a passport']);
    await sendKeys({ press: 'Tab' }); // category
    await sendKeys({ press: 'Tab' }); // audience
    await sendKeys({ press: 'Tab' }); // the result
    expect(focused(el)).to.equal(itemButton(el, 'passport-renewal'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el) === $(el, '.detail-heading'), 'the detail heading takes the focus', { timeout: 5000 }); // its chunk may load slowly
    expect(events.map((e) => `${e.action}:${e.serviceId}`)).to.deep.equal(['open:passport-renewal']);
    await shiftTab();
    expect(focused(el)).to.equal($(el, '.back'));
    await sendKeys({ press: 'Tab' }); // heading is not in the tab order: next is the eligibility button
    expect(focused(el)).to.equal($(el, '[part="eligibility-button"]'));
    await sendKeys({ press: 'Space' });
    expect(events.map((e) => e.action)).to.deep.equal(['open', 'check-eligibility']);
    await shiftTab();
    await sendKeys({ press: 'Enter' }); // Back
    await waitUntil(() => focused(el) === itemButton(el, 'passport-renewal'), 'back on the item');
  });

  it('reflows at 320px: no horizontal scrolling in the list or the detail', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await catalogue();
      const fits = () => {
        const width = el.getBoundingClientRect().width;
        const overflowing = [...el.shadowRoot!.querySelectorAll('*')].filter(
          (node) => node.getBoundingClientRect().right > el.getBoundingClientRect().left + width + 1,
        );
        return overflowing.map((node) => node.className || node.tagName);
      };
      expect(fits()).to.deep.equal([]);
      await openService(el, 'passport-renewal');
      expect(fits()).to.deep.equal([]);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
