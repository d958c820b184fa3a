// Fixtures shared by the feedback widget's tests: a recording backend, an isolated outbox per test,
// and helpers to drive the form.
import { waitUntil } from '@open-wc/testing';
import { DiwanError, Outbox, type Capabilities, type DiwanBackend, type Feedback, type FeedbackReceipt } from '@diwan/client';
import '../define/feedback.js';
import type { DiwanFeedback } from './feedback.js';

export interface RecordingBackend {
  backend: DiwanBackend;
  /** Every feedback the backend was asked to store (replays included). */
  sent: Feedback[];
  /** What the next calls do: `ok`, or a DiwanError to reject with. Default `ok`. */
  answers: ('ok' | DiwanError)[];
}

/** A backend object recording what it is sent; its outbox is named `outboxId` (default `recording`; `null`: none). */
export function recordingBackend(options: { maxCommentLength?: number; enabled?: boolean; outboxId?: string | null } = {}): RecordingBackend {
  const sent: Feedback[] = [];
  const answers: ('ok' | DiwanError)[] = [];
  const receipts = new Map<string, FeedbackReceipt>();
  const unused = () => Promise.reject(new DiwanError('unsupported', 'not in this test'));
  const capabilities: Capabilities = {
    catalogue: true, eligibility: false, tracking: { enabled: false, verification: null, live: 'none' },
    feedback: { enabled: options.enabled ?? true, maxCommentLength: options.maxCommentLength ?? 1200 },
  };
  const backend: DiwanBackend = {
    capabilities,
    ...(options.outboxId === null ? {} : { outboxId: options.outboxId ?? 'recording' }),
    listServices: unused, getService: unused, getEligibilityRules: unused, findRequest: unused,
    async sendFeedback(feedback) {
      sent.push(structuredClone(feedback));
      const answer = answers.shift() ?? 'ok';
      if (answer !== 'ok') throw answer;
      let receipt = receipts.get(feedback.idempotencyKey);
      if (!receipt) {
        receipt = { id: `FB-2026-${String(receipts.size + 1).padStart(6, '0')}`, receivedAt: '2026-11-23T09:00:00Z' };
        receipts.set(feedback.idempotencyKey, receipt);
      }
      return receipt;
    },
  };
  return { backend, sent, answers };
}

export const offline = () => new DiwanError('network', 'Failed to fetch');
export const refused = () => new DiwanError('http', 'Unprocessable Entity', { status: 422, retryable: false });

let databases = 0;
const outboxes: Outbox[] = [];
const databaseNames: string[] = [];

/** An outbox on a database no other test uses (closed and deleted after the test). */
export function isolatedOutbox(): Outbox {
  const databaseName = `diwan-feedback-test-${Date.now().toString(36)}-${++databases}`;
  databaseNames.push(databaseName);
  const outbox = new Outbox({ databaseName, autoRetry: false, attemptTimeoutMs: 500 });
  outboxes.push(outbox);
  return outbox;
}

const containers: HTMLElement[] = [];

/** A feedback widget in the page with the given backend, attributes and its own outbox. */
export async function feedbackWidget(
  backend: DiwanBackend | string | undefined,
  attributes: Record<string, string> = {},
  options: { lang?: string; outbox?: Outbox } = {},
): Promise<DiwanFeedback> {
  const container = document.createElement('div');
  if (options.lang) container.lang = options.lang;
  document.body.append(container);
  containers.push(container);
  const el = document.createElement('diwan-feedback');
  el.outbox = options.outbox ?? isolatedOutbox();
  if (typeof backend === 'string') el.setAttribute('backend', backend);
  else if (backend) el.backend = backend;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  container.append(el);
  await el.updateComplete;
  return el;
}

afterEach(async () => {
  for (const container of containers.splice(0)) container.remove();
  for (const outbox of outboxes.splice(0)) outbox.close();
  sessionStorage.clear();
  for (const name of databaseNames.splice(0)) {
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = request.onerror = request.onblocked = () => resolve();
    });
  }
});

export const $ = <T extends Element = HTMLElement>(el: DiwanFeedback, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: DiwanFeedback, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const part = <T extends Element = HTMLElement>(el: DiwanFeedback, name: string): T | null => $<T>(el, `[part~="${name}"]`);
export const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const focused = (el: DiwanFeedback) => el.shadowRoot!.activeElement;
/** The widget's persistent live region (what a screen reader hears after a send). */
export const announcer = (el: DiwanFeedback) => $(el, '[part~="base"] > .announcer[role="status"]')!;

/** Waits until the widget shows a part (the backend resolves asynchronously). */
export async function untilPart(el: DiwanFeedback, name: string): Promise<HTMLElement> {
  await waitUntil(() => part(el, name) !== null, `the widget did not show part "${name}"`, { timeout: 4000 });
  return part<HTMLElement>(el, name)!;
}

export async function typeComment(el: DiwanFeedback, comment: string): Promise<void> {
  const textarea = part<HTMLTextAreaElement>(el, 'comment')!;
  textarea.value = comment;
  textarea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
