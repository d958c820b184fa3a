// Phone links dial in every widget whatever digits the backend wrote them in (Latin, Arabic-Indic,
// Eastern Arabic), and opening hours read the same in every widget.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import type { ServiceCatalogue } from '@diwan/client';
import '../define/service-catalogue.js';
import '../define/request-tracker.js';
import '../define/eligibility-checker.js';
import type { DiwanServiceCatalogue } from '../service-catalogue/service-catalogue.js';
import type { DiwanRequestTracker } from '../request-tracker/request-tracker.js';
import { backendWith, openService, passportRenewal, untilItems } from '../service-catalogue/test-support.js';
import { lookUp, recordBackend, sampleRecord, untilResult } from '../request-tracker/test-support.js';
import { answer, mountChecker, rulesBackend, untilHeading, untilReady } from '../eligibility-checker/test-support.js';
import { openingHoursMarkup } from './contact-views.js';
import { LocaleController } from './locale-controller.js';
import { loadLocale } from './i18n.js';
import { inFirefox } from './test-browser.js';

const hrefs = (root: ShadowRoot, scheme: string) => [...root.querySelectorAll('a')].map((a) => a.getAttribute('href')).filter((href) => href?.startsWith(scheme));
const hoursLines = (root: ShadowRoot, selector: string) => [...root.querySelectorAll(`${selector} li`)].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

/** Renders one line of opening hours in its own language. */
class HoursProbe extends LitElement {
  readonly locale = new LocaleController(this);
  override render() {
    return litHtml`<p lang=${this.locale.lang}>${openingHoursMarkup(this.locale, { days: ['sun', 'mon', 'tue', 'wed', 'thu'], opens: '08:00', closes: '14:00' })}</p>`;
  }
}
customElements.define('hours-probe', HoursProbe);

const ARABIC_INDIC = '٠٧٥٠ ١٢٣ ٤٥٦٧';
const EASTERN_ARABIC = '+۹۶۴ ۷۵۰ ۱۲۳ ۴۵۶۷';
const INTERNATIONAL_ARABIC = '+٩٦٤ ١ ٥٥٥ ٠١٠٠';
const SUN_TO_THU = [{ days: ['sun', 'mon', 'tue', 'wed', 'thu'] as const, opens: '08:00', closes: '14:00' }];

describe('phone links and opening hours, one way in every widget', () => {
  it('catalogue: tel: and sms: links dial Arabic-Indic and Eastern Arabic numbers, with their plus', async () => {
    const service = {
      ...passportRenewal,
      channels: [
        { kind: 'phone', phone: ARABIC_INDIC, hours: [{ ...SUN_TO_THU[0], days: [...SUN_TO_THU[0]!.days] }] },
        { kind: 'phone', phone: INTERNATIONAL_ARABIC },
        { kind: 'sms', phone: EASTERN_ARABIC },
      ],
    };
    const catalogue = { services: [service], categories: [{ id: 'travel', name: 'Travel' }] } as unknown as ServiceCatalogue;
    const el = await fixture<DiwanServiceCatalogue>(html`<diwan-service-catalogue .backend=${backendWith(catalogue)}></diwan-service-catalogue>`);
    await untilItems(el, 1);
    await openService(el, 'passport-renewal');
    expect(hrefs(el.shadowRoot!, 'tel:')).to.deep.equal(['tel:07501234567', 'tel:+96415550100']);
    expect(hrefs(el.shadowRoot!, 'sms:')).to.deep.equal(['sms:+9647501234567']);
    expect(hoursLines(el.shadowRoot!, '.hours')).to.deep.equal(['Sunday to Thursday: 8:00 AM to 2:00 PM']);
  });

  it('tracker: the office phone dials an Arabic-Indic number; hours read as in the catalogue', async () => {
    const record = sampleRecord({ office: { name: 'Passport Office', phone: INTERNATIONAL_ARABIC, hours: SUN_TO_THU.map((h) => ({ ...h, days: [...h.days] })) } });
    const el = await fixture<DiwanRequestTracker>(html`<diwan-request-tracker .backend=${recordBackend(record)}></diwan-request-tracker>`);
    await lookUp(el, 'DW-2026-0042', 'Karim');
    await untilResult(el);
    expect(hrefs(el.shadowRoot!, 'tel:')).to.deep.equal(['tel:+96415550100']);
    expect(hoursLines(el.shadowRoot!, '.office dd')).to.deep.equal(['Sunday to Thursday: 8:00 AM to 2:00 PM']);
  });

  it('checker: "not eligible" offers the phone, dialling an Eastern Arabic number', async () => {
    const rules = {
      serviceId: 'x', version: '1',
      questions: [{ id: 'resident', type: 'boolean', label: 'Do you live here?' }],
      outcomes: [
        { id: 'yes', when: { '==': [{ var: 'resident' }, true] }, result: 'eligible', reason: 'You live here.' },
        { id: 'no', when: { '==': [{ var: 'resident' }, false] }, result: 'not_eligible', reason: 'You do not live here.' },
      ],
    };
    const el = mountChecker((checker) => {
      checker.backend = rulesBackend(async () => rules, { channels: [{ kind: 'phone', phone: EASTERN_ARABIC, hours: SUN_TO_THU.map((h) => ({ ...h, days: [...h.days] })) }] });
      checker.service = 'x';
    });
    await untilReady(el);
    await answer(el, false);
    await untilHeading(el, 'Check your answers');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="see-result"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="channels"]'), 'the channels show');
    expect(hrefs(el.shadowRoot!, 'tel:')).to.deep.equal(['tel:+9647501234567']);
    expect(hoursLines(el.shadowRoot!, '.hours')).to.deep.equal(['Sunday to Thursday: 8:00 AM to 2:00 PM']);
  });

  it('opening hours: in Kurdish the day names and times Chromium writes in Arabic sit in lang="ar"; in English nothing is marked', async () => {
    await loadLocale('ckb');
    const kurdish = await fixture<HoursProbe>(html`<hours-probe lang="ckb"></hours-probe>`);
    await waitUntil(() => kurdish.shadowRoot!.querySelector('p')!.textContent!.includes('تا'), 'the Kurdish sentence');
    const line = kurdish.shadowRoot!.querySelector('p')!;
    const marked = [...line.querySelectorAll('[lang]')].map((span) => [span.getAttribute('lang'), span.textContent]);
    if (inFirefox) {
      // Firefox has Kurdish dates: nothing to mark, and no Arabic-only spelling (ة, ي, ك) anywhere
      expect(marked).to.deep.equal([]);
      expect(line.textContent).not.to.match(/[ةكي]/);
    } else {
      const arabic = (date: Date, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('ar-IQ', { ...options, timeZone: 'UTC' }).format(date);
      const time = { hour: 'numeric', minute: '2-digit' } as const;
      expect(marked).to.deep.equal([
        ['ar', arabic(new Date(Date.UTC(2024, 0, 7)), { weekday: 'long' })], // Sunday
        ['ar', arabic(new Date(Date.UTC(2024, 0, 4)), { weekday: 'long' })], // Thursday
        ['ar', arabic(new Date(Date.UTC(2024, 0, 1, 8)), time)],
        ['ar', arabic(new Date(Date.UTC(2024, 0, 1, 14)), time)],
      ]);
      // what is left outside the marks is Kurdish: the sentence's own words
      const unmarked = [...line.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('');
      expect(unmarked).not.to.match(/[ةكي]/);
    }
    const english = await fixture<HoursProbe>(html`<hours-probe lang="en"></hours-probe>`);
    const englishLine = english.shadowRoot!.querySelector('p')!;
    expect(englishLine.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Sunday to Thursday: 8:00 AM to 2:00 PM');
    expect(englishLine.querySelectorAll('[lang]').length).to.equal(0);
  });
});
