// A hint kept beside the IndexedDB queue (localStorage, per database) that feedback is waiting to be
// sent. Any Diwan widget can read it for free at start-up and load the outbox — a lazy chunk with idb —
// only when there is something to send. The queue stays the truth: the hint only saves a lookup.
const DEFAULT_DATABASE = 'diwan-outbox';
const flagKey = (databaseName: string) => `diwan-outbox-waiting:${databaseName}`;

/** True when an outbox on this origin saved feedback that is not delivered yet (as far as it knows). */
export function hasWaitingFeedback(databaseName = DEFAULT_DATABASE): boolean {
  try {
    return globalThis.localStorage?.getItem(flagKey(databaseName)) != null;
  } catch {
    return false; // storage blocked: the feedback widget still flushes the queue when it connects
  }
}

/** Sets or clears the hint (the outbox calls it when it queues an item and when its queue is empty). */
export function markWaitingFeedback(databaseName: string, waiting: boolean): void {
  try {
    if (waiting) globalThis.localStorage?.setItem(flagKey(databaseName), '1');
    else globalThis.localStorage?.removeItem(flagKey(databaseName));
  } catch {
    // storage blocked or full: only the hint is lost, not the feedback
  }
}
