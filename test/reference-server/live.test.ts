// Live tracking end to end (issue 14): a tracker on the BUILT bundle, under a strict CSP, configured with
// `api=` and `live` alone, follows a request on the running reference server; a caseworker then changes
// its status through the staff route (bearer token) and the open tracker shows it without reloading,
// announced in the polite live region, focus left where it was. The events reach the page through the
// server's text/event-stream (LISTEN/NOTIFY fan-out), proxied same-origin by test/server/diwan-server.mjs.
import { expect } from '@open-wc/testing';
import { clickAndType, clickAt, releasePointer } from '../embedding/pointer.js';
import { PAGES, inShadow, mount, openHostPage, part, until, waitFor } from '../embedding/support.js';
import { inFirefox } from '../../packages/elements/src/shared/test-browser.js';

const API = '/__diwan/api/v1';

async function caseworkerChanges(reference: string, status: string): Promise<void> {
  const { token } = (await (await fetch('/__diwan/__staff-token?role=caseworker', { method: 'POST' })).json()) as { token: string };
  const response = await fetch(`${API}/staff/requests/${reference}/events`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ status, channel: 'counter', note: { en: 'Checked at the counter.' } }),
  });
  expect(response.status, await response.clone().text()).to.equal(201);
}

/** Resolves once the server holds an event stream open (this test file is the only one that opens them). */
async function streamOpen(): Promise<void> {
  for (let tries = 0; tries < 400; tries++) {
    const { open } = (await (await fetch('/__diwan/__streams')).json()) as { open: number };
    if (open > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the tracker never opened its event stream');
}

// Both browsers share one server: each moves a request of its own (both start "received").
const request = inFirefox ? { reference: 'DW-2026-0012', surname: 'Nouri' } : { reference: 'DW-2026-0005', surname: 'Ahmed' };

describe('live tracking against the reference server (built bundle, real pointer)', () => {
  before(async function () {
    this.timeout(120_000); // the first request starts the server: build, embedded database, demo data
    const ready = await fetch('/__diwan/readyz');
    if (!ready.ok) throw new Error(`the reference server is not ready: HTTP ${ready.status}`);
  });
  afterEach(() => releasePointer());

  it('an open tracker shows a caseworker’s status change without reloading, announced politely', async function () {
    this.timeout(60_000); // a guard on a loaded machine (two browsers, a server, other test files), not a speed check
    const capabilities = await (await fetch(`${API}/capabilities`)).json();
    expect(capabilities.tracking.live).to.equal('sse');
    const page = await openHostPage(PAGES.strict);
    const element = await mount(page, 'diwan-request-tracker', { api: API, live: '' });
    await clickAndType(await until(element, '#reference', 'the lookup form'), 'the reference field', request.reference);
    await clickAndType(inShadow(element, '#verification'), 'the surname field', request.surname);
    await clickAt(inShadow(element, 'button[type="submit"]'), 'Check progress');
    await until(element, '[part~="result"]', 'the request found');
    expect(part(element, 'status-label')!.textContent!.trim()).to.equal('Received');
    expect(inShadow(element, '.live-note')!.textContent).to.contain('checks for news by itself');
    const heading = await until(element, '.result-heading', 'the result heading');
    await waitFor(() => element.shadowRoot!.activeElement === heading, 'focus on the result heading');
    // the change must come through the open stream (a stream opened later would only catch up)
    await streamOpen();

    await caseworkerChanges(request.reference, 'in_progress');

    await waitFor(() => part(element, 'status-label')!.textContent!.trim() === 'In progress', 'the new status shows', 15_000);
    const announcer = part(element, 'announcer')!;
    expect(announcer.getAttribute('role')).to.equal('status'); // a polite live region
    await waitFor(() => announcer.textContent!.trim() === 'Update: your request is now In progress.', 'the change is announced');
    expect(inShadow(element, '.timeline')!.textContent).to.contain('Checked at the counter.');
    expect(element.shadowRoot!.activeElement, 'focus stays where it was').to.equal(heading);
    expect(page.log.errors).to.deep.equal([]);
    expect(page.log.violations).to.deep.equal([]);
    element.remove(); // ends the watch and its stream
  });
});
