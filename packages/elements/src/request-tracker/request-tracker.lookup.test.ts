// The lookup form: validation, forgiving references, prefill, privacy of the verification value,
// "check another request", and the whole journey by keyboard alone.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define/request-tracker.js';
import type { DiwanRequestTracker } from './request-tracker.js';
import { $, $$, focused, lookUp, recordBackend, sampleRecord, text, untilForm, untilResult } from './test-support.js';

const tracker = (backend: unknown, reference?: string) =>
  fixture<DiwanRequestTracker>(html`<diwan-request-tracker .backend=${backend} reference=${reference ?? ''}></diwan-request-tracker>`);

describe('<diwan-request-tracker> lookup form', () => {
  it('lists every missing field in an error summary, focused, whose links move to the fields', async () => {
    const backend = recordBackend(sampleRecord());
    const el = await tracker(backend);
    await lookUp(el, '  ', '');
    await waitUntil(() => focused(el) === $(el, '.error-summary'), 'focus on the error summary');
    const links = $$<HTMLAnchorElement>(el, '.error-summary a');
    expect(links.map((link) => text(link))).to.deep.equal(['Enter your reference number', 'Enter your surname']);
    expect($(el, '#reference')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#reference')!.getAttribute('aria-describedby')).to.equal('reference-hint reference-error');
    expect(text($(el, '#verification-error'))).to.equal('Error: Enter your surname');
    expect(backend.lookups).to.have.length(0);
    await expect(el).to.be.accessible();
    links[1]!.click();
    expect(focused(el)).to.equal($(el, '#verification'));
  });

  it('checks the reference format before sending anything', async () => {
    const backend = recordBackend(sampleRecord());
    const el = await tracker(backend);
    await lookUp(el, 'DW-26-1', 'Karim');
    await waitUntil(() => $(el, '.error-summary'));
    expect(text($(el, '.error-summary a'))).to.equal('Enter the reference number exactly as it is on your confirmation');
    expect(backend.lookups).to.have.length(0);
  });

  it('forgives Arabic-Indic and Eastern Arabic digits, spaces and case, sending the canonical reference', async () => {
    const backend = recordBackend(sampleRecord());
    const el = await tracker(backend);
    await lookUp(el, ' dw ٢٠٢٦ ۰۰۴۲ ', '  Karim ');
    await untilResult(el);
    expect(backend.lookups).to.deep.equal([{ reference: 'DW-2026-0042', verification: 'Karim' }]);
  });

  it('prefills the reference from the attribute and looks nothing up by itself', async () => {
    const backend = recordBackend(sampleRecord());
    const el = await tracker(backend, 'DW-2026-0042');
    await untilForm(el);
    expect($<HTMLInputElement>(el, '#reference')!.value).to.equal('DW-2026-0042');
    expect(backend.lookups).to.have.length(0);
    el.reference = 'DW-2026-0001';
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#reference')!.value).to.equal('DW-2026-0001');
  });

  it('never puts the verification value in storage, the URL or the page once the request is shown', async () => {
    const secret = 'Zephyrine';
    const before = { url: location.href, local: localStorage.length, session: sessionStorage.length };
    const el = await tracker(recordBackend(sampleRecord(), secret));
    await lookUp(el, 'DW-2026-0042', secret);
    await untilResult(el);
    expect(location.href).to.equal(before.url);
    expect([localStorage.length, sessionStorage.length]).to.deep.equal([before.local, before.session]);
    expect(JSON.stringify({ ...localStorage, ...sessionStorage })).to.not.contain(secret);
    expect(el.shadowRoot!.innerHTML).to.not.contain(secret);
    expect(el.outerHTML).to.not.contain(secret);
  });

  it('"check another request" clears everything and puts focus in the reference field', async () => {
    const el = await tracker(recordBackend(sampleRecord()));
    await lookUp(el, 'DW-2026-0042', 'Karim');
    await untilResult(el);
    $<HTMLButtonElement>(el, '[part="check-another"]')!.click();
    await untilForm(el);
    await waitUntil(() => focused(el) === $(el, '#reference'), 'focus in the reference field');
    expect($<HTMLInputElement>(el, '#reference')!.value).to.equal('');
    expect($<HTMLInputElement>(el, '#verification')!.value).to.equal('');
    expect($(el, '.error-summary')).to.be.null;
  });

  it('completes the journey by keyboard alone: type, submit with Enter, read, check another', async () => {
    const el = await tracker(recordBackend(sampleRecord()));
    await untilForm(el);
    $<HTMLInputElement>(el, '#reference')!.focus();
    await sendKeys({ type: 'dw-2026-0042' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal($(el, '#verification'));
    await sendKeys({ type: 'Karim' });
    await sendKeys({ press: 'Enter' });
    await untilResult(el);
    await waitUntil(() => focused(el) === $(el, '.result-heading'), 'focus on the result heading');

    // Tab through the links (phone, e-mail) and the earlier-events disclosure to "check another request"
    for (let step = 0; step < 10 && focused(el) !== $(el, '[part="check-another"]'); step++) await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal($(el, '[part="check-another"]'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el) === $(el, '#reference'), 'back in the reference field', { timeout: 5000 });
  });

  it('opens the earlier events with the keyboard', async () => {
    const timeline = Array.from({ length: 6 }, (_, i) => ({ at: new Date(Date.now() - (6 - i) * 86_400_000).toISOString(), channel: 'web' as const, note: `Event ${i + 1}` }));
    const el = await tracker(recordBackend(sampleRecord({ timeline, office: undefined })));
    await lookUp(el, 'DW-2026-0042', 'Karim');
    await untilResult(el);
    await waitUntil(() => focused(el) === $(el, '.result-heading'));
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal($(el, 'details summary'));
    expect($<HTMLDetailsElement>(el, 'details')!.open).to.be.false;
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $<HTMLDetailsElement>(el, 'details')!.open, 'the disclosure opens', { timeout: 5000 });
    expect($$(el, 'details .event-note').map((note) => text(note))).to.deep.equal(['Event 3', 'Event 2', 'Event 1']);
  });
});
