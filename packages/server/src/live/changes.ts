// Change fan-out for live tracking. Whatever changes a request (any process: the staff lifecycle, an
// import) runs `NOTIFY diwan_request_changed, '<reference>'` in its transaction; PostgreSQL delivers it
// after the commit to every process that listens. Each process LISTENs once and keeps its subscribers
// (the open event streams) in memory by reference: one notification → one query for the record → every
// subscriber of that reference. Loads for one reference run one at a time, and a notification that
// arrives during a load runs one more, so the last record delivered is never older than the last change.
import type { RequestRecord } from '@diwan/client/schemas';
import type { Database } from '../db/database.js';
import { referenceKey } from '../requests/keys.js';
import { REQUEST_CHANGED_CHANNEL } from '../requests/lifecycle.js';

export interface ChangeSubscriber {
  /** The request as it is now (after a change, or when subscribing); may repeat an unchanged record. */
  record(record: RequestRecord): void;
  /** The request is gone, or the process is shutting down: end the stream. */
  end(): void;
}

export interface RequestChanges {
  /** Follows one request; the current record follows soon after. Returns the function that stops. */
  subscribe(reference: string, subscriber: ChangeSubscriber): () => void;
  /** Open subscriptions in this process. */
  readonly subscribers: number;
  /** Stops listening and ends every subscription (shutdown). */
  close(): Promise<void>;
}

interface Followed {
  /** The reference as the first subscriber named it (the one loaded). */
  reference: string;
  subscribers: Set<ChangeSubscriber>;
  loading: boolean;
  again: boolean;
}

export interface RequestChangesOptions {
  load(reference: string): Promise<RequestRecord | undefined>;
  /** A failed load (the database away for a moment): logged, subscribers keep their last record. */
  onError?(error: unknown): void;
}

/** LISTENs on diwan_request_changed (one connection per process) and fans changes out in memory. */
export async function listenForChanges(db: Database, options: RequestChangesOptions): Promise<RequestChanges> {
  const followed = new Map<string, Followed>();
  let count = 0;
  let closed = false;

  async function refresh(key: string): Promise<void> {
    const entry = followed.get(key);
    if (!entry) return;
    if (entry.loading) {
      entry.again = true;
      return;
    }
    entry.loading = true;
    try {
      do {
        entry.again = false;
        let record: RequestRecord | undefined;
        try {
          record = await options.load(entry.reference);
        } catch (error) {
          options.onError?.(error);
          continue;
        }
        if (closed) return;
        for (const subscriber of [...entry.subscribers]) {
          if (record) subscriber.record(record);
          else subscriber.end();
        }
      } while (entry.again && !closed);
    } finally {
      entry.loading = false;
    }
  }

  const stop = await db.listen(
    REQUEST_CHANGED_CHANNEL,
    (payload) => {
      const key = referenceKey(payload);
      if (key && followed.has(key)) void refresh(key);
    },
    // after a reconnection of the listening connection, changes may have been missed: reload them all
    () => {
      for (const key of followed.keys()) void refresh(key);
    },
  );

  return {
    subscribe(reference, subscriber) {
      if (closed) {
        subscriber.end(); // shutting down: no new streams
        return () => undefined;
      }
      const key = referenceKey(reference);
      let entry = followed.get(key);
      if (!entry) {
        entry = { reference, subscribers: new Set(), loading: false, again: false };
        followed.set(key, entry);
      }
      entry.subscribers.add(subscriber);
      count += 1;
      void refresh(key);
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        count -= 1;
        entry.subscribers.delete(subscriber);
        if (entry.subscribers.size === 0 && followed.get(key) === entry) {
          followed.delete(key);
        }
      };
    },
    get subscribers() {
      return count;
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const entry of followed.values()) for (const subscriber of [...entry.subscribers]) subscriber.end();
      followed.clear();
      await stop();
    },
  };
}
