// Fixtures shared by the tracker's tests: hand-made backends and helpers to drive the form.
import { waitUntil } from '@open-wc/testing';
import { DiwanError, type Capabilities, type DiwanBackend, type RequestLookup, type RequestRecord } from '@diwan/client';
import { DiwanRequestTracker } from './request-tracker.js';

const DAY = 24 * 60 * 60 * 1000;
export const inDays = (days: number, now = Date.now()) => new Date(now + days * DAY).toISOString();

export type Tracking = Capabilities['tracking'];
export const SURNAME_TRACKING: Tracking = { enabled: true, verification: 'surname', referencePattern: '^DW-\\d{4}-\\d{4}$', live: 'poll' };

type FindRequest = DiwanBackend['findRequest'];

/** A backend whose findRequest does what the test says; the other methods are unused. */
export function trackerBackend(findRequest: FindRequest, tracking: Tracking = SURNAME_TRACKING): DiwanBackend & { lookups: RequestLookup[] } {
  const unsupported = () => Promise.reject(new DiwanError('unsupported', 'not in this test'));
  const lookups: RequestLookup[] = [];
  return {
    capabilities: { catalogue: false, eligibility: false, tracking, feedback: { enabled: false, maxCommentLength: 1 } },
    listServices: unsupported,
    getService: unsupported,
    getEligibilityRules: unsupported,
    findRequest: (lookup, options) => {
      lookups.push(lookup);
      return findRequest(lookup, options);
    },
    sendFeedback: unsupported,
    lookups,
  };
}

const HELD_BACK_TAG = 'diwan-test-held-back-tracker';
const gates = new WeakMap<Element, Promise<void>>();

/**
 * A tracker (not yet in the page) that gets `backend` only on `release()`, as when the adapter's lazy
 * chunk is still on its way: until then it shows its starting skeleton.
 */
export function heldBackTracker(backend: DiwanBackend): { el: DiwanRequestTracker; release: () => void } {
  if (!customElements.get(HELD_BACK_TAG)) {
    customElements.define(HELD_BACK_TAG, class extends DiwanRequestTracker {
      protected override resolveBackend(): Promise<DiwanBackend> {
        return (gates.get(this) ?? Promise.resolve()).then(() => super.resolveBackend());
      }
    });
  }
  const el = document.createElement(HELD_BACK_TAG) as DiwanRequestTracker;
  el.backend = backend;
  let release: () => void = () => undefined;
  gates.set(el, new Promise<void>((resolve) => (release = resolve)));
  return { el, release };
}

/** A request in progress: 20 of 30 days left, with the backend's own verdict absent. */
export function sampleRecord(overrides: Partial<RequestRecord> = {}): RequestRecord {
  return {
    reference: 'DW-2026-0042',
    serviceName: { en: 'Renew a passport', ar: 'تجديد جواز السفر' },
    status: 'in_progress',
    statusNote: { en: 'Your photo is being checked.' },
    submittedAt: inDays(-10),
    updatedAt: inDays(-1),
    expectedAt: inDays(20),
    timeline: [
      { at: inDays(-10), channel: 'web', status: 'received', note: 'Submitted online.' },
      { at: inDays(-1), channel: 'phone', status: 'in_progress', note: 'We called you about your photo.' },
    ],
    office: { name: 'Passport Office', phone: '+964 1 555 0100', email: 'passports@example.gov' },
    ...overrides,
  };
}

/** Answers with `record` for `reference`/`surname`, and `not_found` for anything else. */
export const recordBackend = (record: RequestRecord, surname = 'Karim', tracking?: Tracking) =>
  trackerBackend(async (lookup) => {
    if (lookup.reference === record.reference && (tracking?.verification === null || lookup.verification === surname)) return record;
    throw new DiwanError('not_found', 'No request matches.', { status: 404 });
  }, tracking);

export const $ = <T extends Element = HTMLElement>(el: DiwanRequestTracker, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: DiwanRequestTracker, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const focused = (el: DiwanRequestTracker) => el.shadowRoot!.activeElement;
export const announcement = (el: DiwanRequestTracker) => text($(el, '[role="status"]'));

export async function untilForm(el: DiwanRequestTracker): Promise<void> {
  await waitUntil(() => $(el, '#reference'), 'the lookup form did not appear', { timeout: 4000 });
}

export function typeInto(el: DiwanRequestTracker, id: 'reference' | 'verification', value: string): void {
  const input = $<HTMLInputElement>(el, `#${id}`)!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Fills the form and submits it as a click on the button would. */
export async function lookUp(el: DiwanRequestTracker, reference: string, verification?: string): Promise<void> {
  await untilForm(el);
  typeInto(el, 'reference', reference);
  if (verification !== undefined) typeInto(el, 'verification', verification);
  await el.updateComplete;
  $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
  await el.updateComplete;
}

export async function untilResult(el: DiwanRequestTracker): Promise<void> {
  await waitUntil(() => $(el, '.result'), 'the request was not shown', { timeout: 4000 });
}

/** Makes the page look hidden (or visible again) to the code under test, and tells it. */
export function setPageVisibility(state: 'hidden' | 'visible'): void {
  if (state === 'hidden') Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  else delete (document as unknown as Record<string, unknown>)['visibilityState'];
  document.dispatchEvent(new Event('visibilitychange'));
}
