// The result: actions first, status in words, honest dates and SLA, the office, the timeline, and the
// same in Arabic (right to left), Sorani and French.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { RequestRecord } from '@diwan/client';
import '../define/request-tracker.js';
import type { DiwanRequestTracker } from './request-tracker.js';
import { $, $$, inDays, lookUp, recordBackend, sampleRecord, text, untilResult } from './test-support.js';

async function show(record: RequestRecord, lang = 'en'): Promise<DiwanRequestTracker> {
  const el = await fixture<DiwanRequestTracker>(html`<diwan-request-tracker lang=${lang} .backend=${recordBackend(record)}></diwan-request-tracker>`);
  await lookUp(el, record.reference, 'Karim');
  await untilResult(el);
  return el;
}

const rtf = (lang: string, value: number, unit: Intl.RelativeTimeFormatUnit) => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(value, unit);

describe('<diwan-request-tracker> result', () => {
  it('puts what the citizen must do first, then status, office and history (DW-2026-0002 from the demo: overdue)', async () => {
    const el = await fixture<DiwanRequestTracker>(html`<diwan-request-tracker backend="demo"></diwan-request-tracker>`);
    await lookUp(el, 'DW-2026-0002', 'haddad');
    await untilResult(el);
    const sections = $$(el, '.result > section').map((section) => section.className);
    expect(sections).to.deep.equal(['actions', 'status', 'office', 'timeline']);
    expect(text($(el, '.actions h3'))).to.equal('What you need to do');
    expect(text($(el, '.actions li'))).to.contain('Send us your medical committee report');
    expect(text($(el, '.actions .due'))).to.contain(`(${rtf('en', 7, 'day')})`);
    expect(text($(el, '.status-label'))).to.equal('Waiting for you');
    expect(text($(el, '.sla-label'))).to.equal('Overdue');
    expect($(el, '.sla .icon-overdue')).to.exist;
    expect(text($(el, '.sla'))).to.contain(`(${rtf('en', -2, 'week')})`);
    expect(text($(el, '.sla'))).to.contain('We are sorry for the delay.');
    await expect(el).to.be.accessible();
  });

  it('computes the SLA from the dates when the backend gives none: on track, at risk, overdue — in words with an icon', async () => {
    const cases: Array<[Partial<RequestRecord>, string, string]> = [
      [{ submittedAt: inDays(-10), expectedAt: inDays(20) }, 'On track', 'icon-on_track'],
      [{ submittedAt: inDays(-28), expectedAt: inDays(1.5) }, 'At risk of delay', 'icon-at_risk'],
      [{ submittedAt: inDays(-28), expectedAt: inDays(-1) }, 'Overdue', 'icon-overdue'],
    ];
    for (const [dates, words, icon] of cases) {
      const el = await show(sampleRecord(dates));
      expect(text($(el, '.sla-label')), words).to.equal(words);
      expect($(el, `.sla .${icon}`), icon).to.exist;
      expect($(el, '.sla svg')!.getAttribute('aria-hidden')).to.equal('true');
    }
  });

  it('shows no SLA or expected date once a request is finished', async () => {
    const el = await show(sampleRecord({ status: 'completed', expectedAt: inDays(-3), sla: 'overdue' }));
    expect(text($(el, '.status-label'))).to.equal('Completed');
    expect($(el, '.sla')).to.be.null;
    expect($$(el, 'dt').map((dt) => text(dt))).to.not.include('Expected by');
  });

  it('lists the history latest first with channel words, icons and local date and time; older events collapsed', async () => {
    const channels = ['web', 'phone', 'email', 'sms', 'counter', 'kiosk', 'post'] as const;
    const timeline = channels.map((channel, i) => ({ at: inDays(i - 7), channel, note: `Step ${i + 1}` }));
    const el = await show(sampleRecord({ timeline }));
    const visible = $$(el, '.timeline > ol .event');
    expect(visible.map((event) => text(event.querySelector('.event-note')))).to.deep.equal(['Step 7', 'Step 6', 'Step 5']);
    expect(visible.map((event) => text(event.querySelector('.channel')))).to.deep.equal(['Post', 'Service kiosk', 'At the counter']);
    expect(visible[0]!.querySelector('.channel .icon-post')).to.exist;
    const time = visible[0]!.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal(timeline[6]!.at);
    expect(text(time)).to.equal(new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(timeline[6]!.at)));
    const details = $<HTMLDetailsElement>(el, 'details')!;
    expect(details.open).to.be.false;
    expect(text(details.querySelector('summary'))).to.equal('Show 4 earlier events');
    expect($$(el, 'details .channel').map((channel) => text(channel))).to.deep.equal(['SMS', 'E-mail', 'Phone call', 'Website']);
  });

  it('shows the office with its phone and e-mail as links, bidi-isolated', async () => {
    const el = await show(sampleRecord({ office: { name: 'Passport Office', phone: '+964 1 555 0100', email: 'passports@example.gov', hours: [{ days: ['sun', 'mon', 'tue', 'wed', 'thu'], opens: '08:00', closes: '14:00' }] } }));
    const tel = $<HTMLAnchorElement>(el, '.office a[href^="tel:"]')!;
    expect(tel.getAttribute('href')).to.equal('tel:+96415550100');
    expect(tel.querySelector('bdi')!.textContent).to.equal('+964 1 555 0100');
    expect($(el, '.office a[href="mailto:passports@example.gov"] bdi')).to.exist;
    expect(text($(el, '.office'))).to.contain('Sunday to Thursday: 8:00 AM to 2:00 PM');
  });

  it('lays out right to left in Arabic: words, mirrored back arrow, isolated reference, Arabic plural forms', async () => {
    const timeline = Array.from({ length: 5 }, (_, i) => ({ at: inDays(i - 5), channel: 'sms' as const }));
    const el = await show(sampleRecord({ timeline }), 'ar');
    await waitUntil(() => text($(el, '.status-label')) === 'قيد المعالجة', 'Arabic strings load', { timeout: 4000 });
    const root = $(el, '.root')!;
    expect(root.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(root).direction).to.equal('rtl');
    expect(text($(el, '.result-heading'))).to.equal('تجديد جواز السفر');
    expect($(el, '.reference bdi')!.textContent).to.equal('DW-2026-0042');
    expect(getComputedStyle($(el, '.icon-back')!).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    expect(text($(el, 'details summary'))).to.equal('اعرض حدثين سابقين');
    expect(text($(el, '.sla'))).to.contain(rtf('ar', 3, 'week'));
    // the status's start edge is on the right
    const section = $(el, '.status')!.getBoundingClientRect();
    const label = $(el, '.status-label')!;
    const range = document.createRange();
    range.selectNodeContents(label);
    const words = range.getBoundingClientRect();
    expect(section.right - words.right).to.be.lessThan(words.left - section.left);
    await expect(el).to.be.accessible();
  });

  it('keeps the back arrow unmirrored left to right', async () => {
    const el = await show(sampleRecord());
    expect(getComputedStyle($(el, '.icon-back')!).transform).to.equal('none');
  });

  it('speaks Sorani and French too', async () => {
    const ckb = await show(sampleRecord(), 'ckb');
    await waitUntil(() => text($(ckb, '.status-label')) === 'لە جێبەجێکردندایە', 'Sorani strings load', { timeout: 4000 });
    expect($(ckb, '.root')!.getAttribute('dir')).to.equal('rtl');
    const fr = await show(sampleRecord({ sla: 'at_risk' }), 'fr');
    await waitUntil(() => text($(fr, '.sla-label')) === 'Risque de retard', 'French strings load', { timeout: 4000 });
    expect(text($(fr, '[part="check-another"]'))).to.equal('Suivre une autre demande');
  });
});
