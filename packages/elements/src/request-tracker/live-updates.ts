// Keeps a shown request up to date: server-sent events when the backend offers them, else polling
// that backs off while nothing changes and pauses while the page is hidden.
import { toDiwanError } from '@diwan/client/core';
import { DEFAULT_POLL_TIMING, nextPollDelay, requestFingerprint } from '@diwan/client/tracking';
import type { Capabilities, PollOutcome, PollTiming, RequestRecord } from '@diwan/client';

export interface LiveUpdatesOptions {
  /** Asks the backend for the request again (a lookup with the same reference and verification). */
  fetchLatest: (signal: AbortSignal) => Promise<RequestRecord>;
  /** A newer version of the request arrived (only called when something a citizen notices changed). */
  onUpdate: (record: RequestRecord) => void;
  /** Polling waits, read at each poll (the host may change them); default DEFAULT_POLL_TIMING. */
  timing?: () => PollTiming | undefined;
}

/** Errors after which asking again cannot help: the request is gone, locked or not offered. */
const FINAL_ERRORS = new Set(['not_found', 'rate_limited', 'unsupported', 'config', 'invalid_response']);

export class LiveUpdates {
  #options: LiveUpdatesOptions;
  #fingerprint = '';
  #timer?: ReturnType<typeof setTimeout>;
  #lastDelay?: number;
  #controller?: AbortController;
  #events?: EventSource;
  #dueWhileHidden = false;
  #running = false;

  constructor(options: LiveUpdatesOptions) {
    this.#options = options;
  }

  /** How updates arrive now: `sse`, `poll`, or `none` once stopped. */
  get mode(): 'sse' | 'poll' | 'none' {
    if (!this.#running) return 'none';
    return this.#events ? 'sse' : 'poll';
  }

  /** Starts following `record`: SSE when the capability and the record's `eventsUrl` allow it, else polling. */
  start(record: RequestRecord, live: Capabilities['tracking']['live']): void {
    this.stop();
    this.#running = true;
    this.#fingerprint = requestFingerprint(record);
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
    if (live === 'sse' && record.eventsUrl && typeof EventSource === 'function' && this.#listen(record.eventsUrl)) return;
    this.#schedule(undefined);
  }

  stop(): void {
    this.#running = false;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#lastDelay = undefined;
    this.#dueWhileHidden = false;
    this.#controller?.abort();
    this.#events?.close();
    this.#events = undefined;
    document.removeEventListener('visibilitychange', this.#onVisibilityChange);
  }

  // ---- server-sent events ----

  #listen(url: string): boolean {
    let source: EventSource;
    try {
      source = new EventSource(new URL(url, location.href).href); // credentials omitted (the default)
    } catch {
      return false;
    }
    this.#events = source;
    // Messages are checked with the schemas, a lazy chunk (zod) fetched with the first one; the queue
    // keeps them in order while it loads.
    let received = Promise.resolve();
    source.onmessage = (message: MessageEvent<string>) => {
      received = received.then(async () => {
        try {
          const { parseResponse, RequestRecord } = await import('@diwan/client/schemas');
          if (this.#events !== source) return; // stopped while the chunk loaded
          this.#receive(parseResponse(RequestRecord, JSON.parse(message.data), 'a request update'));
        } catch (error) {
          console.warn('[diwan] <diwan-request-tracker>: ignored an update Diwan cannot read.', toDiwanError(error).message);
        }
      });
    };
    source.onerror = () => {
      // EventSource reconnects by itself; once it gives up (CLOSED), fall back to polling
      if (source.readyState === EventSource.CLOSED && this.#events === source) {
        source.close();
        this.#events = undefined;
        this.#schedule(undefined);
      }
    };
    return true;
  }

  // ---- polling ----

  #schedule(outcome: PollOutcome | undefined): void {
    if (!this.#running) return;
    const timing = this.#options.timing?.() ?? DEFAULT_POLL_TIMING;
    const delay = outcome === undefined ? timing.initialMs : nextPollDelay(this.#lastDelay, outcome, timing);
    this.#lastDelay = delay;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      if (document.visibilityState === 'hidden') this.#dueWhileHidden = true; // asked again when the page shows
      else void this.#poll();
    }, delay);
  }

  async #poll(): Promise<void> {
    const controller = new AbortController();
    this.#controller = controller;
    let outcome: PollOutcome;
    try {
      const record = await this.#options.fetchLatest(controller.signal);
      if (controller.signal.aborted) return;
      outcome = this.#receive(record) ? 'changed' : 'unchanged';
    } catch (error) {
      if (controller.signal.aborted) return;
      if (FINAL_ERRORS.has(toDiwanError(error).code)) {
        this.stop();
        return;
      }
      outcome = 'failed';
    }
    this.#schedule(outcome);
  }

  /** True when the record differs in a way a citizen notices; then the host hears about it. */
  #receive(record: RequestRecord): boolean {
    const fingerprint = requestFingerprint(record);
    if (fingerprint === this.#fingerprint) return false;
    this.#fingerprint = fingerprint;
    this.#options.onUpdate(record);
    return true;
  }

  #onVisibilityChange = (): void => {
    if (document.visibilityState === 'visible' && this.#dueWhileHidden && this.#running) {
      this.#dueWhileHidden = false;
      void this.#poll();
    }
  };
}
