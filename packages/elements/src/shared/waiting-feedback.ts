// Sending what earlier pages queued, from any widget: a lazy chunk DiwanElement imports only when the
// outbox's hint says feedback waits.
import type { DiwanBackend } from '@diwan/client/core';
import { outboxTarget, sharedOutbox } from './outbox-link.js';

export { outboxTarget };

/**
 * Sends feedback that earlier pages queued (offline, server down) through this backend: a page without
 * a feedback widget delivers it too (DiwanElement calls this when the outbox's hint says something
 * waits). Returns the function that disconnects (the element left the page).
 */
export function sendWaitingFeedback(target: string, backend: DiwanBackend): () => void {
  let disconnect: (() => void) | undefined;
  let stopped = false;
  sharedOutbox().then(
    (outbox) => {
      if (!stopped) disconnect = outbox.connect(target, backend);
    },
    () => undefined, // the outbox chunk did not load: the feedback keeps waiting for the next page
  );
  return () => {
    stopped = true;
    disconnect?.();
  };
}
