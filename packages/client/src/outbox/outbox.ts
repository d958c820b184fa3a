// The durable outbox: feedback that cannot be delivered now waits in IndexedDB and is sent once, later.
import type { DiwanBackend } from '../backend.js';
import { DiwanError, toDiwanError } from '../errors.js';
import type { Feedback, FeedbackReceipt } from '../schemas/feedback.js';
import { OutboxStore, type OutboxItem } from './store.js';
import { markWaitingFeedback } from './waiting-flag.js';

export type { OutboxItem } from './store.js';

export interface OutboxOptions {
  /** IndexedDB database name (one per origin is shared by every tab). Default `diwan-outbox`. */
  databaseName?: string;
  /**
   * How tabs agree that only one sends an item: `web-locks` (`navigator.locks`, the default where it
   * exists) or `lease` (a lease written in IndexedDB, for browsers without Web Locks).
   */
  coordination?: 'web-locks' | 'lease';
  /** How long a lease lasts: a tab that died while sending blocks the item this long. Default attemptTimeoutMs × 2 + 5 s. */
  leaseMs?: number;
  /** One delivery attempt is abandoned (and retried later) after this long. Default 15 000 ms. */
  attemptTimeoutMs?: number;
  /** First retry delay; it doubles per attempt up to `maxBackoffMs`, with jitter. Default 2 000 ms. */
  initialBackoffMs?: number;
  /** Longest wait between attempts. Default one hour. */
  maxBackoffMs?: number;
  /** Wake up by itself when the earliest queued item is due. Default true (tests with a fake clock turn it off). */
  autoRetry?: boolean;
  /** Clock and randomness, for tests. */
  now?: () => number;
  random?: () => number;
}

/** What became of a submission: delivered now, or stored to be sent later. */
export type SubmitResult =
  | { status: 'sent'; receipt: FeedbackReceipt }
  | { status: 'queued'; reason: DiwanError };

export interface FlushReport {
  sent: number;
  dropped: number;
  /** Still queued: failed again, not due yet, or its backend is not on this page. */
  waiting: number;
  /** Skipped because another tab (or call) is sending it right now. */
  busy: number;
}

/** Told to subscribers when a queued item is delivered, or refused by the server and dropped. */
export type OutboxChange =
  | { type: 'delivered'; item: OutboxItem; receipt: FeedbackReceipt }
  | { type: 'dropped'; item: OutboxItem; error: DiwanError };

type Attempt = { status: 'sent'; receipt: FeedbackReceipt } | { status: 'queued'; reason: DiwanError } | { status: 'dropped'; error: DiwanError };
const BUSY = 'busy';
const GONE = 'gone';
const NOT_DUE = 'not-due';

/**
 * Whether trying again later may succeed: network failures, timeouts, rate limits and 5xx. A 4xx or a
 * malformed answer means the server refuses the item, and retrying it forever would help no one.
 */
export function isWorthRetrying(error: DiwanError): boolean {
  switch (error.code) {
    case 'network':
    case 'timeout':
    case 'rate_limited':
    case 'aborted':
      return true;
    case 'http':
      return error.status === undefined || error.status >= 500 || error.status === 408 || error.status === 429;
    default:
      return false;
  }
}

let instanceCount = 0;

/**
 * A durable queue for writes. Every item carries its idempotency key on every attempt; an item is
 * deleted only after a receipt (or when the server refuses it). No side effects until `connect()`.
 */
export class Outbox {
  readonly databaseName: string;
  readonly #store: OutboxStore;
  readonly #coordination: 'web-locks' | 'lease';
  readonly #attemptTimeoutMs: number;
  readonly #leaseMs: number;
  readonly #initialBackoffMs: number;
  readonly #maxBackoffMs: number;
  readonly #now: () => number;
  readonly #random: () => number;
  readonly #autoRetry: boolean;
  readonly #owner = `outbox-${Date.now().toString(36)}-${++instanceCount}-${Math.random().toString(36).slice(2)}`;
  readonly #targets = new Map<string, { backend: DiwanBackend; connections: number }>();
  readonly #subscribers = new Set<(change: OutboxChange) => void>();
  readonly #closing = new AbortController();
  #listening = false;
  #timer?: ReturnType<typeof setTimeout>;
  #running: Promise<unknown> = Promise.resolve();
  #queuedFlush?: Promise<FlushReport>;
  #queuedIgnoresBackoff = false;

  constructor(options: OutboxOptions = {}) {
    this.databaseName = options.databaseName ?? 'diwan-outbox';
    this.#store = new OutboxStore(this.databaseName);
    const hasWebLocks = typeof navigator !== 'undefined' && 'locks' in navigator;
    this.#coordination = options.coordination ?? (hasWebLocks ? 'web-locks' : 'lease');
    this.#attemptTimeoutMs = options.attemptTimeoutMs ?? 15_000;
    this.#leaseMs = options.leaseMs ?? this.#attemptTimeoutMs * 2 + 5_000;
    this.#initialBackoffMs = options.initialBackoffMs ?? 2_000;
    this.#maxBackoffMs = options.maxBackoffMs ?? 3_600_000;
    this.#now = options.now ?? Date.now;
    this.#random = options.random ?? Math.random;
    this.#autoRetry = options.autoRetry ?? true;
  }

  /**
   * Makes this page able to deliver items for `target` through `backend`, starts listening (`online`,
   * page visible) and sends what is waiting. Returns a function that undoes it; the outbox stops
   * listening when nothing is connected.
   */
  connect(target: string, backend: DiwanBackend): () => void {
    const entry = this.#targets.get(target);
    if (entry) {
      entry.backend = backend;
      entry.connections += 1;
    } else {
      this.#targets.set(target, { backend, connections: 1 });
    }
    this.#listen();
    // a page that just loaded is a sign the network works: everything waiting gets one try now
    void this.flush({ ignoreBackoff: true });
    let connected = true;
    return () => {
      if (!connected) return;
      connected = false;
      const current = this.#targets.get(target);
      if (current && --current.connections === 0) this.#targets.delete(target);
      if (this.#targets.size === 0) this.#stopListening();
    };
  }

  /** Hears about queued items that were delivered or dropped. Returns an unsubscribe function. */
  subscribe(listener: (change: OutboxChange) => void): () => void {
    this.#subscribers.add(listener);
    return () => this.#subscribers.delete(listener);
  }

  /**
   * Stores the feedback, then tries to deliver it now through the target's connected backend.
   * Resolves `sent` with the receipt, or `queued` when it could not be delivered (offline, 5xx,
   * timeout) and waits in IndexedDB. Rejects with a DiwanError when the server refuses it (4xx,
   * malformed answer: nothing is kept) or when it can be neither delivered nor stored.
   */
  async submit(target: string, feedback: Feedback): Promise<SubmitResult> {
    const backend = this.#targets.get(target)?.backend;
    if (!backend) throw new DiwanError('config', `The outbox has no backend connected for "${target}".`, { retryable: false });
    const now = this.#now();
    const item: OutboxItem = { key: feedback.idempotencyKey, target, feedback, createdAt: now, attempts: 0, nextAttemptAt: now };
    let outcome: Attempt | typeof BUSY | typeof GONE;
    try {
      outcome = await this.#withClaim(item.key, (claimed, signal) => this.#attempt(claimed, backend, false, signal), item);
    } catch (storageError) {
      // No IndexedDB (private mode, quota): deliver now or say so; never pretend it was saved.
      const result = await this.#attemptWithoutStorage(backend, feedback);
      if (result.status === 'sent') return result;
      throw result.status === 'queued' ? result.reason : result.error;
    }
    if (outcome === BUSY || outcome === GONE) {
      // another tab holds this very key: it is stored and being sent
      return { status: 'queued', reason: new DiwanError('network', 'Another tab is sending this item.') };
    }
    if (outcome.status === 'dropped') throw outcome.error;
    if (outcome.status === 'queued') {
      markWaitingFeedback(this.databaseName, true);
      this.#scheduleRetry();
    }
    return outcome;
  }

  /**
   * Sends every due item whose backend is connected, one tab per item. `ignoreBackoff` sends
   * everything now (the connection came back). Never rejects: storage failures are logged.
   */
  flush(options: { ignoreBackoff?: boolean } = {}): Promise<FlushReport> {
    if (options.ignoreBackoff) this.#queuedIgnoresBackoff = true;
    if (this.#queuedFlush) return this.#queuedFlush;
    const flush = this.#running.then(() => {
      this.#queuedFlush = undefined;
      const ignoreBackoff = this.#queuedIgnoresBackoff;
      this.#queuedIgnoresBackoff = false;
      return this.#flushOnce(ignoreBackoff);
    });
    this.#queuedFlush = flush;
    this.#running = flush.catch(() => undefined);
    return flush;
  }

  /** The items waiting, oldest first (all targets). Empty when IndexedDB is unavailable. */
  async pending(): Promise<OutboxItem[]> {
    try {
      return (await this.#store.all()).sort((a, b) => a.createdAt - b.createdAt);
    } catch {
      return [];
    }
  }

  /** Stops listening, abandons attempts in flight (their items stay queued) and closes the database. */
  close(): void {
    this.#closing.abort();
    this.#stopListening();
    this.#targets.clear();
    void this.#running.finally(() => this.#store.close());
  }

  // ---- delivery ----

  async #flushOnce(ignoreBackoff: boolean): Promise<FlushReport> {
    const report: FlushReport = { sent: 0, dropped: 0, waiting: 0, busy: 0 };
    if (this.#closing.signal.aborted) return report;
    try {
      const items = (await this.#store.all()).sort((a, b) => a.createdAt - b.createdAt);
      for (const item of items) {
        const backend = this.#targets.get(item.target)?.backend;
        if (!backend || this.#closing.signal.aborted || (!ignoreBackoff && item.nextAttemptAt > this.#now())) {
          report.waiting += 1;
          continue;
        }
        // the list may be stale by now: decide on the item as it is once claimed
        const outcome = await this.#withClaim(item.key, (claimed, signal): Promise<Attempt | typeof NOT_DUE> =>
          ignoreBackoff || claimed.nextAttemptAt <= this.#now() ? this.#attempt(claimed, backend, true, signal) : this.#release(claimed));
        if (outcome === BUSY) report.busy += 1;
        else if (outcome === GONE) continue; // delivered by another tab meanwhile
        else if (outcome === NOT_DUE) report.waiting += 1;
        else if (outcome.status === 'sent') report.sent += 1;
        else if (outcome.status === 'dropped') report.dropped += 1;
        else report.waiting += 1;
      }
      // the hint other pages read: cleared once nothing waits (for any target), kept otherwise
      markWaitingFeedback(this.databaseName, (await this.#store.all()).length > 0);
    } catch (error) {
      console.warn('[diwan] the outbox could not read its queue; queued feedback waits for the next page.', error);
    }
    this.#scheduleRetry();
    return report;
  }

  /**
   * One delivery attempt of a claimed item; the item is deleted only after a receipt or a refusal.
   * Subscribers hear about items sent from the queue (a submitter learns its own result directly).
   */
  async #attempt(item: OutboxItem, backend: DiwanBackend, fromQueue: boolean, signal: AbortSignal): Promise<Attempt> {
    try {
      const receipt = await backend.sendFeedback(item.feedback, { signal, locale: item.feedback.locale });
      await this.#store.delete(item.key);
      if (fromQueue) this.#tell({ type: 'delivered', item, receipt });
      return { status: 'sent', receipt };
    } catch (thrown) {
      const error = toDiwanError(thrown);
      if (this.#closing.signal.aborted) return { status: 'queued', reason: error }; // the page is going: leave it
      if (isWorthRetrying(error)) {
        const attempts = item.attempts + 1;
        const retry = { ...item, attempts, nextAttemptAt: this.#now() + this.#backoff(attempts, error), lastError: `${error.code}: ${error.message}` };
        await this.#giveBack(retry);
        return { status: 'queued', reason: error };
      }
      await this.#store.delete(item.key);
      console.warn(`[diwan] the server refused feedback ${item.key} (${error.code}${error.status ? ` ${error.status}` : ''}: ${error.message}); it was dropped.`);
      if (fromQueue) this.#tell({ type: 'dropped', item, error });
      return { status: 'dropped', error };
    }
  }

  /** Gives a claimed item back untouched (clears the lease; a Web Lock ends with the callback). */
  async #release(item: OutboxItem): Promise<typeof NOT_DUE> {
    if (this.#coordination === 'lease') await this.#giveBack(item);
    return NOT_DUE;
  }

  /** Writes a claimed item back; with leases, only while the lease is still ours (never resurrects it). */
  #giveBack(item: OutboxItem): Promise<unknown> {
    return this.#coordination === 'lease' ? this.#store.putIfLeased(item, this.#owner) : this.#store.put(item);
  }

  #attemptSignal(): AbortSignal {
    return AbortSignal.any([this.#closing.signal, AbortSignal.timeout(this.#attemptTimeoutMs)]);
  }

  async #attemptWithoutStorage(backend: DiwanBackend, feedback: Feedback): Promise<Attempt> {
    try {
      const signal = this.#attemptSignal();
      return { status: 'sent', receipt: await backend.sendFeedback(feedback, { signal, locale: feedback.locale }) };
    } catch (thrown) {
      const error = toDiwanError(thrown);
      return isWorthRetrying(error) ? { status: 'queued', reason: error } : { status: 'dropped', error };
    }
  }

  /** Exponential backoff with jitter (half fixed, half random), at least what the server asked for. */
  #backoff(attempts: number, error: DiwanError): number {
    const ceiling = Math.min(this.#maxBackoffMs, this.#initialBackoffMs * 2 ** (attempts - 1));
    const delay = ceiling / 2 + (ceiling / 2) * this.#random();
    return Math.max(delay, (error.retryAfter ?? 0) * 1000);
  }

  /**
   * Runs `work` while this tab alone may send the item: a Web Lock per item (released when the tab
   * dies), or a lease in IndexedDB. `created` is stored first, inside the claim.
   */
  async #withClaim<T>(key: string, work: (item: OutboxItem, signal: AbortSignal) => Promise<T>, created?: OutboxItem): Promise<T | typeof BUSY | typeof GONE> {
    // the attempt's clock starts with the claim, so it always ends well before the lease does
    const signal = this.#attemptSignal();
    if (this.#coordination === 'web-locks') {
      const name = `diwan-outbox:${this.databaseName}:${key}`;
      return navigator.locks.request(name, { ifAvailable: true }, async (lock) => {
        if (!lock) return BUSY;
        if (created) await this.#store.put(created);
        const item = created ?? (await this.#store.get(key));
        return item ? work(item, signal) : GONE;
      });
    }
    const now = this.#now();
    const claimed = await this.#store.takeLease(key, this.#owner, now, now + this.#leaseMs, created);
    return typeof claimed === 'string' ? claimed : work(claimed, signal);
  }

  // ---- listening ----

  #onOnline = (): void => void this.flush({ ignoreBackoff: true });
  #onVisibility = (): void => {
    if (document.visibilityState === 'visible') void this.flush();
  };

  #listen(): void {
    if (this.#listening || this.#closing.signal.aborted) return;
    this.#listening = true;
    globalThis.addEventListener?.('online', this.#onOnline);
    globalThis.document?.addEventListener('visibilitychange', this.#onVisibility);
  }

  #stopListening(): void {
    if (!this.#listening) return;
    this.#listening = false;
    globalThis.removeEventListener?.('online', this.#onOnline);
    globalThis.document?.removeEventListener('visibilitychange', this.#onVisibility);
    clearTimeout(this.#timer);
  }

  /** While connected, wakes up when the earliest queued item is due. */
  #scheduleRetry(): void {
    clearTimeout(this.#timer);
    if (!this.#listening || !this.#autoRetry) return;
    void this.#store.all().then((items) => {
      const due = items.filter((item) => this.#targets.has(item.target)).map((item) => item.nextAttemptAt);
      if (due.length === 0 || !this.#listening) return;
      clearTimeout(this.#timer);
      const wait = Math.min(2 ** 31 - 1, Math.max(0, Math.min(...due) - this.#now()));
      this.#timer = setTimeout(() => void this.flush(), wait);
    }, () => undefined);
  }

  #tell(change: OutboxChange): void {
    for (const subscriber of this.#subscribers) {
      try {
        subscriber(change);
      } catch (error) {
        console.error(error);
      }
    }
  }
}
