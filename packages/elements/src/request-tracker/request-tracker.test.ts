// States of <diwan-request-tracker>: starting, form, loading, found, not found, locked out, error,
// unsupported. Form details, the result view and live updates live in the sibling *.test.ts files.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { DiwanError, type RequestRecord } from '@diwan/client';
import { RequestRecord as RequestRecordSchema, checkData } from '@diwan/client/schemas';
import fc from 'fast-check';
import { mutate, paths, replacement } from '../../../client/test/fixtures/malformed.js';
import '../define/request-tracker.js';
import type { DiwanRequestTracker } from './request-tracker.js';
import type { DiwanRequestFoundEvent } from './events.js';
import type { DiwanErrorEvent } from '../shared/events.js';
import { loadLocale } from '../shared/i18n.js';
import {
  $, announcement, focused, heldBackTracker, lookUp, recordBackend, sampleRecord, text, trackerBackend, untilForm, untilResult,
} from './test-support.js';

const tracker = (backend: unknown) =>
  fixture<DiwanRequestTracker>(html`<diwan-request-tracker .backend=${backend}></diwan-request-tracker>`);

describe('<diwan-request-tracker> states', () => {
  it('shows the form for the verification the backend asks for, with no accessibility violations', async () => {
    const el = await tracker(recordBackend(sampleRecord()));
    await untilForm(el);
    expect(text($(el, 'h2'))).to.equal('Check the progress of a request');
    expect(text($(el, 'label[for="reference"]'))).to.equal('Reference number');
    expect(text($(el, 'label[for="verification"]'))).to.equal('Surname');
    expect($<HTMLInputElement>(el, '#verification')!.autocomplete).to.equal('family-name');
    expect(text($(el, '#privacy-note'))).to.contain('It is not kept');
    await expect(el).to.be.accessible();
  });

  it('finds a demo request with backend="demo" (DW-2026-0001, Karim): focus on its heading, event with reference and status only', async () => {
    const el = await fixture<DiwanRequestTracker>(html`<diwan-request-tracker backend="demo"></diwan-request-tracker>`);
    await untilForm(el);
    const found = oneEvent(el, 'diwan-request-found') as Promise<DiwanRequestFoundEvent>;
    await lookUp(el, 'dw-2026-0001', 'Karim');
    const event = await found;
    expect([event.reference, event.status]).to.deep.equal(['DW-2026-0001', 'in_progress']);
    expect(event.bubbles && event.composed).to.be.true;
    expect(Object.keys(event)).to.not.include('verification');
    expect(JSON.stringify({ ...event })).to.not.contain('Karim');
    await untilResult(el);
    await waitUntil(() => focused(el) === $(el, '.result-heading'), 'focus moves to the result heading');
    expect(text($(el, '.result-heading'))).to.equal('Renew a passport');
    expect(text($(el, '.status-label'))).to.equal('In progress');
    expect(text($(el, '.sla-label'))).to.equal('On track');
    await expect(el).to.be.accessible();
  });

  it('reserves space with a skeleton while the lookup is on its way, and ignores a second submit', async () => {
    let release: (record: RequestRecord) => void = () => undefined;
    const backend = trackerBackend(() => new Promise((resolve) => (release = resolve)));
    const el = await tracker(backend);
    await lookUp(el, 'DW-2026-0042', 'Karim');
    const loading = $(el, '[part="loading"]')!;
    expect(loading.getAttribute('aria-busy')).to.equal('true');
    expect(loading.getBoundingClientRect().height).to.be.greaterThan(150);
    const submit = $<HTMLButtonElement>(el, 'button[type="submit"]')!;
    expect(text(submit)).to.equal('Checking…');
    expect(submit.getAttribute('aria-disabled')).to.equal('true');
    await waitUntil(() => backend.lookups.length === 1, 'the lookup reaches the backend');
    submit.click();
    await expect(el).to.be.accessible();
    expect(backend.lookups, 'the second submit was ignored').to.have.length(1);
    release(sampleRecord());
    await untilResult(el);
  });

  it('while starting, takes the room of the form that replaces it, so the host page does not jump (390 and 1024 px, en and ar)', async () => {
    try {
      for (const width of [390, 1024]) {
        await setViewport({ width, height: 800 });
        for (const lang of ['en', 'ar']) {
          await loadLocale(lang);
          const container = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
          const { el, release } = heldBackTracker(recordBackend(sampleRecord()));
          container.append(el);
          await el.updateComplete;
          expect($(el, '.starting')?.getAttribute('aria-busy'), `${lang} at ${width} px: starting`).to.equal('true');
          expect($(el, '[part="base"]')!.lang).to.equal(lang);
          const starting = el.getBoundingClientRect().height;
          await expect(el).to.be.accessible();
          release();
          await untilForm(el);
          const form = el.getBoundingClientRect().height;
          expect(starting, `${lang} at ${width} px: starting ${starting} px, form ${form} px`).to.be.closeTo(form, 8);
        }
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('says "not found" the same way for an unknown reference and a wrong surname, keeping what was typed', async () => {
    const el = await fixture<DiwanRequestTracker>(html`<diwan-request-tracker backend="demo"></diwan-request-tracker>`);
    await lookUp(el, 'DW-2026-9999', 'Karim');
    await waitUntil(() => $(el, '.error-summary'), 'an error summary');
    const unknownReference = text($(el, '.error-summary'));
    await waitUntil(() => focused(el) === $(el, '.error-summary'), 'focus on the error summary');
    expect($<HTMLInputElement>(el, '#reference')!.value).to.equal('DW-2026-9999');
    expect($<HTMLInputElement>(el, '#verification')!.value).to.equal('Karim');

    await lookUp(el, 'DW-2026-0001', 'Haddad');
    await waitUntil(() => !$(el, '[part="loading"]') && $(el, '.error-summary'));
    expect(text($(el, '.error-summary'))).to.equal(unknownReference);
    expect(unknownReference).to.contain('We could not find a request with this reference number and surname');
    await expect(el).to.be.accessible();
  });

  it('caps a lock-out the backend asks for at an hour (retryAfter: 1e12 is not 1,666,666,667 minutes)', async () => {
    const backend = trackerBackend(async () => {
      throw new DiwanError('rate_limited', 'Too many attempts.', { status: 429, retryAfter: 1e12 });
    });
    const el = await tracker(backend);
    const errorEvent = oneEvent(el, 'diwan-error') as Promise<DiwanErrorEvent>;
    await lookUp(el, 'DW-2026-0001', 'Karim');
    expect((await errorEvent).message).to.contain('Diwan waits at most 3600');
    await waitUntil(() => $(el, '.lockout'), 'the lock-out message');
    expect(text($(el, '.lockout'))).to.contain('You can try again in 60 minutes.');
  });

  it('asks for a verification kind it does not know with a generic label, never a raw string key', async () => {
    const el = await tracker(trackerBackend(async () => sampleRecord(), { enabled: true, verification: 'national_id', live: 'none' }));
    await untilForm(el);
    expect(text($(el, 'label[for="verification"]'))).to.equal('Security detail');
    await lookUp(el, 'DW-2026-0042', '');
    await waitUntil(() => $(el, '.error-summary'), 'the error summary');
    expect(text($(el, '.error-summary'))).to.contain('Enter your security detail');
    expect(text(el.shadowRoot!.querySelector('form')!) + text($(el, '.error-summary'))).not.to.match(/verification(Missing|Hint)?\./);
    await expect(el).to.be.accessible();
  });

  it('locks the form after too many attempts, counts down, and announces only the start and the end', async () => {
    let calls = 0;
    const backend = trackerBackend(async () => {
      calls += 1;
      throw new DiwanError('rate_limited', 'Too many attempts.', { status: 429, retryAfter: 2 });
    });
    const el = await tracker(backend);
    const errorEvent = oneEvent(el, 'diwan-error') as Promise<DiwanErrorEvent>;
    await lookUp(el, 'DW-2026-0001', 'Karim');
    expect((await errorEvent).code).to.equal('rate_limited');
    await waitUntil(() => $(el, '.lockout'), 'the lock-out message');
    expect(text($(el, '.lockout'))).to.contain('You can try again in 2 seconds.');
    expect($<HTMLFieldSetElement>(el, 'fieldset')!.disabled).to.be.true;
    await waitUntil(() => focused(el) === $(el, '.lockout'), 'focus on the lock-out message');
    await waitUntil(() => announcement(el) === 'Too many attempts. You can try again in 2 seconds.', 'the start is announced');
    await expect(el).to.be.accessible();

    const announced = new Set<string>();
    const observer = new MutationObserver(() => announced.add(announcement(el)));
    observer.observe($(el, '[role="status"]')!, { childList: true, subtree: true, characterData: true });
    await waitUntil(() => text($(el, '.lockout')).includes('1 second'), 'the countdown goes on', { timeout: 3000 });
    await waitUntil(() => !$(el, '.lockout'), 'the lock-out ends', { timeout: 3000 });
    observer.disconnect();
    expect([...announced].filter(Boolean)).to.deep.equal(['You can try again now.']);
    expect($<HTMLFieldSetElement>(el, 'fieldset')!.disabled).to.be.false;
    expect(calls).to.equal(1);
  });

  it('shows a network error with a retry that looks the request up again', async () => {
    let calls = 0;
    const backend = trackerBackend(async () => {
      if (++calls === 1) throw new DiwanError('network', 'offline');
      return sampleRecord();
    });
    const el = await tracker(backend);
    await lookUp(el, 'DW-2026-0042', 'Karim');
    await waitUntil(() => $(el, '[role="alert"]'), 'an error message');
    expect(text($(el, '[role="alert"]'))).to.contain('We could not reach the service');
    expect($<HTMLInputElement>(el, '#reference')!.value).to.equal('DW-2026-0042');
    await waitUntil(() => focused(el) === $(el, '.error-state button'), 'focus on the retry button');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.error-state button')!.click();
    await untilResult(el);
    expect(calls).to.equal(2);
  });

  it('turns a malformed request from the backend into an error, never half a result', async function () {
    this.timeout(60_000);
    // truly malformed records (wrong types, missing fields, hostile, 1 MB and deeply nested values) from
    // an object backend: the boundary parses them; the widget shows a whole result or the error
    const sample = JSON.parse(JSON.stringify(sampleRecord())) as RequestRecord;
    const allPaths = paths(sample);
    let errors = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(allPaths.length - 1), replacement, async (index, value) => {
        const record = mutate(sample, allPaths[index]!, value);
        const el = await tracker(trackerBackend(async () => record as RequestRecord));
        await lookUp(el, 'DW-2026-0042', 'Karim');
        await waitUntil(() => $(el, '.result') || $(el, '[role="alert"]'), 'a result or an error');
        if ($(el, '.result')) {
          expect(checkData(RequestRecordSchema, record).success, 'a record shown fits the schema').to.equal(true);
        } else {
          expect(text($(el, '[role="alert"]'))).to.contain('could not read');
          errors += 1;
        }
        el.remove();
      }),
      { numRuns: 15 },
    );
    expect(errors, 'malformed records shown as an error').to.be.greaterThan(0);
  });

  it('says so when the backend offers no online tracking', async () => {
    const el = await tracker(recordBackend(sampleRecord(), 'Karim', { enabled: false, verification: null, live: 'none' }));
    await waitUntil(() => $(el, '.unsupported'));
    expect(text($(el, '.unsupported'))).to.contain('cannot be tracked online');
    expect($(el, 'form')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('explains a missing backend configuration without a retry button', async () => {
    const el = await fixture<DiwanRequestTracker>(html`<diwan-request-tracker></diwan-request-tracker>`);
    await waitUntil(() => $(el, '[role="alert"]'));
    expect(text($(el, '[role="alert"]'))).to.equal('This part of the page is not set up correctly.');
    expect($(el, '[role="alert"] button')).to.be.null;
  });

  it('asks for the reference alone, and says so, when the backend allows public lookups (Open311)', async () => {
    const record = sampleRecord();
    const backend = recordBackend(record, '', { enabled: true, verification: null, live: 'none' });
    const el = await tracker(backend);
    await untilForm(el);
    expect($(el, '#verification')).to.be.null;
    expect(text($(el, '[part="public-note"]'))).to.contain('You only need the reference number');
    await expect(el).to.be.accessible();
    await lookUp(el, 'DW-2026-0042');
    await untilResult(el);
    expect(backend.lookups).to.deep.equal([{ reference: 'DW-2026-0042' }]);
  });

  it('renders hostile strings from the backend as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned = true">';
    const record = sampleRecord({ serviceName: hostile, statusNote: `<script>window.__pwned = true</script>`, timeline: [{ at: new Date().toISOString(), channel: 'web', note: hostile }] });
    const el = await tracker(recordBackend(record));
    await lookUp(el, record.reference, 'Karim');
    await untilResult(el);
    expect(text($(el, '.result-heading'))).to.equal(hostile);
    expect($(el, 'img')).to.be.null;
    expect($(el, 'script')).to.be.null;
    expect((window as unknown as { __pwned?: boolean }).__pwned).to.equal(undefined);
  });

  it('cancels a lookup in flight when removed, with no error event', async () => {
    let signal: AbortSignal | undefined;
    const backend = trackerBackend((_lookup, options) => {
      signal = options?.signal;
      return new Promise((_resolve, reject) => options?.signal?.addEventListener('abort', () => reject(new DiwanError('aborted', 'cancelled'))));
    });
    const el = await tracker(backend);
    const errors: Event[] = [];
    el.addEventListener('diwan-error', (event) => errors.push(event));
    await lookUp(el, 'DW-2026-0042', 'Karim');
    await waitUntil(() => signal);
    el.remove();
    expect(signal!.aborted).to.be.true;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(errors).to.have.length(0);
  });
});
