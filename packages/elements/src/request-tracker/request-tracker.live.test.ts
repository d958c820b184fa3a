// The `live` attribute, through the port's watchRequest: polling (short waits injected through
// pollTiming), paused while the page is hidden, status changes announced politely; a backend's own
// pushes; server-sent events from the real fixture server through the REST adapter (api=).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { RequestRecord } from '@diwan/client';
import '../define/request-tracker.js';
import type { DiwanRequestTracker } from './request-tracker.js';
import { $, announcement, focused, lookUp, recordBackend, sampleRecord, setPageVisibility, text, trackerBackend, untilResult, type Tracking } from './test-support.js';

const FAST = { initialMs: 20, maxMs: 80, factor: 2 };
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A backend whose answer the test changes; counts lookups. */
function changingBackend(tracking?: Tracking) {
  let current: RequestRecord = sampleRecord();
  const backend = trackerBackend(async () => current, tracking);
  return { backend, set: (record: RequestRecord) => (current = record) };
}

async function liveTracker(backend: unknown, live = true): Promise<DiwanRequestTracker> {
  const el = await fixture<DiwanRequestTracker>(html`<diwan-request-tracker ?live=${live} .pollTiming=${FAST} .backend=${backend}></diwan-request-tracker>`);
  await lookUp(el, 'DW-2026-0042', 'Karim');
  await untilResult(el);
  return el;
}

describe('<diwan-request-tracker live>', () => {
  afterEach(() => setPageVisibility('visible'));

  it('polls, shows a status change and announces it politely without moving focus', async () => {
    const { backend, set } = changingBackend();
    const el = await liveTracker(backend);
    expect(text($(el, '.live-note'))).to.contain('checks for news by itself');
    await waitUntil(() => focused(el) === $(el, '.result-heading'));
    await waitUntil(() => backend.lookups.length >= 2, 'it polls');
    expect(backend.lookups.every((lookup) => lookup.verification === 'Karim')).to.be.true;

    set(sampleRecord({ status: 'approved', updatedAt: new Date().toISOString() }));
    await waitUntil(() => text($(el, '.status-label')) === 'Approved', 'the new status shows', { timeout: 3000 });
    await waitUntil(() => announcement(el) === 'Update: your request is now Approved.', 'the change is announced');
    expect($(el, '[role="status"]')!.getAttribute('aria-live')).to.equal(null); // role=status is polite
    expect(focused(el)).to.equal($(el, '.result-heading'));
  });

  it('announces other news (a new event) without a status change', async () => {
    const { backend, set } = changingBackend();
    const el = await liveTracker(backend);
    const record = sampleRecord();
    set({ ...record, timeline: [...record.timeline, { at: new Date().toISOString(), channel: 'sms', note: 'Reminder sent.' }] });
    await waitUntil(() => announcement(el) === 'Update: there is news about your request.', 'the news is announced', { timeout: 3000 });
    expect(text($(el, '.timeline .event-note'))).to.equal('Reminder sent.');
  });

  it('does not poll while the page is hidden, and asks at once when it shows again', async () => {
    const { backend } = changingBackend();
    const el = await liveTracker(backend);
    setPageVisibility('hidden');
    const before = backend.lookups.length;
    await pause(FAST.maxMs * 3);
    expect(backend.lookups.length, 'no poll while hidden').to.be.at.most(before + 1); // one may have been in flight
    const whileHidden = backend.lookups.length;
    setPageVisibility('visible');
    await waitUntil(() => backend.lookups.length > whileHidden, 'a poll when the page shows again');
    expect(el.isConnected).to.be.true;
  });

  it('does not poll without the live attribute, and stops after "check another request"', async () => {
    const quiet = changingBackend();
    const el = await liveTracker(quiet.backend, false);
    await pause(FAST.maxMs * 2);
    expect(quiet.backend.lookups).to.have.length(1);
    expect($(el, '.live-note')).to.be.null;

    const { backend } = changingBackend();
    const live = await liveTracker(backend);
    await waitUntil(() => backend.lookups.length >= 2, 'it polls');
    $<HTMLButtonElement>(live, '[part="check-another"]')!.click();
    await live.updateComplete;
    const after = backend.lookups.length;
    await pause(FAST.maxMs * 2);
    expect(backend.lookups.length).to.be.at.most(after + 1);
  });

  it('shows what the backend’s own watchRequest pushes, asking no lookup itself', async () => {
    let push: ((record: RequestRecord) => void) | undefined;
    const backend = Object.assign(trackerBackend(async () => sampleRecord(), { enabled: true, verification: 'surname', live: 'sse' }), {
      watchRequest: (_lookup: unknown, onRecord: (record: RequestRecord) => void, options: { signal: AbortSignal }) => {
        push = onRecord;
        return new Promise<void>((resolve) => options.signal.addEventListener('abort', () => resolve()));
      },
    });
    const el = await liveTracker(backend);
    await waitUntil(() => push !== undefined && text($(el, '.live-note')) !== '', 'the watch started');
    push!(sampleRecord({ status: 'approved', updatedAt: new Date().toISOString() }));
    await waitUntil(() => text($(el, '.status-label')) === 'Approved', 'the pushed status shows', { timeout: 3000 });
    await waitUntil(() => announcement(el) === 'Update: your request is now Approved.');
    expect(backend.lookups, 'the tracker asks nothing itself').to.have.length(1);
  });

  it('never shows a pushed record that does not fit the schema: the shown request stays', async () => {
    let push: ((record: unknown) => void) | undefined;
    const backend = Object.assign(trackerBackend(async () => sampleRecord(), { enabled: true, verification: 'surname', live: 'sse' }), {
      watchRequest: (_lookup: unknown, onRecord: (record: unknown) => void) => {
        push = onRecord;
        return new Promise<void>(() => undefined);
      },
    });
    const el = await liveTracker(backend);
    await waitUntil(() => push !== undefined && text($(el, '.status-label')) === 'In progress', 'the watch started');
    push!({ ...sampleRecord(), status: '<img src=x onerror=alert(1)>', timeline: 'soon' });
    push!(sampleRecord({ status: 'approved', updatedAt: new Date().toISOString() })); // the watch has ended: ignored
    await pause(100);
    expect(text($(el, '.status-label'))).to.equal('In progress');
    expect(announcement(el)).to.equal('');
  });

  it('with api= and a server that streams, follows its server-sent events through the REST adapter (nothing personal in the URL)', async () => {
    const scenario = `sse-${Math.random().toString(36).slice(2)}`;
    const base = `/__fixtures/${scenario}`;
    const eventsUrl = `${location.origin}${base}/events/opaque-token`;
    const update = sampleRecord({ status: 'approved', updatedAt: new Date().toISOString(), eventsUrl });
    const script = await fetch(`${base}/__script`, {
      method: 'POST',
      body: JSON.stringify([
        { path: '/capabilities', body: { catalogue: false, eligibility: false, tracking: { enabled: true, verification: 'surname', referencePattern: '^DW-\\d{4}-\\d{4}$', live: 'sse' }, feedback: { enabled: false, maxCommentLength: 1 } } },
        { path: '/requests/lookup', method: 'POST', body: sampleRecord({ eventsUrl }) },
        { path: '/events/opaque-token', headers: { 'Content-Type': 'text/event-stream' }, body: `retry: 60000\n: ping\n\nid: 2\ndata: ${JSON.stringify(update)}\n\n` },
      ]),
    });
    expect(script.ok).to.be.true;
    const el = await fixture<DiwanRequestTracker>(html`<diwan-request-tracker live api=${base}></diwan-request-tracker>`);
    await lookUp(el, 'DW-2026-0042', 'Karim');
    await untilResult(el);
    await waitUntil(() => text($(el, '.status-label')) === 'Approved', 'the pushed status shows', { timeout: 4000 });
    await waitUntil(() => announcement(el) === 'Update: your request is now Approved.');
    const log = (await (await fetch(`${base}/__log`)).json()) as Array<{ method: string; path: string; query: string; headers: Record<string, string> }>;
    const lookups = log.filter((entry) => entry.path === '/requests/lookup');
    expect(lookups, 'no polling while events arrive').to.have.length(1);
    const stream = log.find((entry) => entry.path === '/events/opaque-token')!;
    expect(stream).to.include({ method: 'GET', query: '' });
    expect(stream.headers.accept).to.equal('text/event-stream');
    el.remove(); // ends the watch
  });

  it('offers no live updates when the backend declares none: no note, no polling', async () => {
    const backend = recordBackend(sampleRecord(), 'Karim', { enabled: true, verification: 'surname', live: 'none' });
    const el = await liveTracker(backend);
    await pause(FAST.maxMs * 3);
    expect(backend.lookups).to.have.length(1);
    expect($(el, '.live-note')).to.be.null;
  });
});
