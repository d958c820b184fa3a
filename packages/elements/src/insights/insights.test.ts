// <diwan-insights>: every state (loading with reserved room, empty, error with retry, not available,
// ready) under axe, small-number suppression on screen, and the CSV of what is on screen.
import { expect, oneEvent } from '@open-wc/testing';
import { DiwanError, type DiwanBackend } from '@diwan/client';
import { aggregateInsights } from '@diwan/client/insights';
import { DiwanErrorEvent } from '../shared/events.js';
import { $, $$, card, demoBackend, emptyResult, insightsWidget, NOW, part, scriptedBackend, text, untilPart } from './test-support.js';

describe('<diwan-insights> states', function () {
  this.timeout(60000); // axe over a full dashboard on a busy machine
  it('reserves its room while loading, then shows the headline of the demo year', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const demo = demoBackend();
    const el = await insightsWidget({ ...demo, getInsights: async (query, options) => gate.then(() => demo.getInsights!(query, options)) });
    await el.updateComplete;
    const root = part(el, 'base')!;
    expect(root.getAttribute('aria-busy')).to.equal('true');
    expect($(el, '.body')!.getBoundingClientRect().height).to.be.at.least(300);
    await expect(el).to.be.accessible();
    release();
    await untilPart(el, 'headline');
    expect(root.getAttribute('aria-busy')).to.equal('false');
    expect(text(card(el, 'satisfaction'))).to.match(/^Satisfied citizens \d+% of [\d,]+ ratings/);
    expect(text(card(el, 'digitalTakeUp'))).to.match(/Applied online \d+% of [\d,]+ requests/);
    expect(text(part(el, 'period'))).to.equal('Jun 1, 2026 to Nov 29, 2026, compared with Dec 1, 2025 to May 31, 2026');
    await expect(el).to.be.accessible();
  });

  it('says so when the period has too little data (every figure fewer than 5)', async () => {
    const el = await insightsWidget(scriptedBackend(emptyResult).backend);
    const empty = await untilPart(el, 'empty');
    expect(text(empty)).to.contain('Not enough data in this period');
    expect(part(el, 'filters'), 'the filters stay, to choose another period').to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows an error with a retry, tells the host with diwan-error, and retries', async () => {
    let fail = true;
    const { backend, queries } = scriptedBackend((query) => (fail ? new DiwanError('network', 'Failed to fetch') : emptyResult(query)));
    const el = await insightsWidget(backend);
    const reported = await oneEvent(el, DiwanErrorEvent.type);
    expect(reported).to.include({ code: 'network', retryable: true });
    const error = await untilPart(el, 'error');
    expect(text(error)).to.contain('We could not reach the service');
    await expect(el).to.be.accessible();
    fail = false;
    error.querySelector('button')!.click();
    await untilPart(el, 'empty');
    expect(queries).to.have.length(2);
  });

  it('says insights are not available when the backend offers none', async () => {
    const { getInsights: _none, ...withoutInsights } = demoBackend();
    const el = await insightsWidget({ ...withoutInsights, capabilities: { ...withoutInsights.capabilities, insights: false } } as DiwanBackend);
    const notice = await untilPart(el, 'unavailable');
    expect(text(notice)).to.equal('Insights are not available from this service.');
    expect(part(el, 'filters')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<diwan-insights> figures', function () {
  this.timeout(60000);
  it('shows "fewer than 5" for suppressed cells, never a figure', async () => {
    const history = {
      services: [{ id: 'passport-renewal', name: 'Renew a passport', category: 'identity-travel', promisedDays: 10 }],
      offices: [{ id: 'baghdad', name: 'Baghdad' }],
      feedback: Array.from({ length: 6 }, (_, index) => ({ at: Date.parse('2026-11-02T10:00:00Z') + index, serviceId: 'passport-renewal', channel: 'web' as const, office: 'baghdad', useful: true, rating: 5 as const })),
      requests: Array.from({ length: 3 }, (_, index) => ({ reference: `DW-2026-000${index}`, serviceId: 'passport-renewal', channel: 'web' as const, office: 'baghdad', submittedAt: Date.parse('2026-11-02T10:00:00Z'), expectedAt: Date.parse('2026-11-05T10:00:00Z'), status: 'in_progress' as const })),
    };
    const el = await insightsWidget(scriptedBackend((query) => aggregateInsights(history, query, { now: NOW })).backend);
    await untilPart(el, 'headline');
    expect(text(card(el, 'satisfaction'))).to.match(/^Satisfied citizens 100% of 6 ratings/);
    expect(text(card(el, 'digitalTakeUp'))).to.match(/^Applied online fewer than 5 (no figure for the previous period)/);
    expect(text(part(el, 'overdue-count'))).to.equal('fewer than 5');
    // the levels: only "very satisfied" (6) is shown
    expect($$(el, '.levels td').map(text)).to.deep.equal(['6', 'fewer than 5', 'fewer than 5', 'fewer than 5', 'fewer than 5']);
  });

  it('downloads a CSV of what is on screen, with formulas in comments defused', async () => {
    const el = await insightsWidget(demoBackend(), { service: 'passport-renewal' });
    await untilPart(el, 'export-button');
    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return original.call(URL, blob);
    };
    // the file is named, but not saved: a real download opens Firefox's downloads panel, which keeps the
    // keyboard from every later test file (Enter no longer activated buttons there)
    const fileNames: string[] = [];
    const keepOnPage = (event: Event) => {
      if (!(event.target instanceof HTMLAnchorElement)) return;
      fileNames.push(event.target.download);
      event.preventDefault();
    };
    el.shadowRoot!.addEventListener('click', keepOnPage, { capture: true });
    try {
      part(el, 'export-button')!.click();
    } finally {
      URL.createObjectURL = original;
      el.shadowRoot!.removeEventListener('click', keepOnPage, { capture: true });
    }
    expect(blobs).to.have.length(1);
    expect(fileNames).to.have.length(1);
    expect(fileNames[0]).to.match(/^[^/\\]+-2026-06-01-2026-11-29\.csv$/);
    const csv = await blobs[0]!.text();
    // a byte-order mark first, so spreadsheets read Arabic and Kurdish as UTF-8
    expect([...new Uint8Array(await blobs[0]!.arrayBuffer()).slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(csv.startsWith('Service insights,2026-06-01,2026-11-29\r\n')).to.equal(true);
    expect(csv).to.match(/\r\nSatisfied citizens,\d+(\.\d)?,\d+\r\n/);
    expect(csv).to.contain('Over time — Satisfied citizens,Share,Based on');
    expect(csv).to.match(/\r\nDW-\d{4}-\d{4},Renew a passport,\d+\r\n/);
  });
});
