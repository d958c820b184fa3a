// The page's one outbox and how queued feedback names its backend: used by <diwan-feedback> (which
// queues) and by waiting-feedback.ts (any widget sending what earlier pages queued).
import type { DiwanBackend } from '@diwan/client/core';
import type { Outbox } from '@diwan/client';

/**
 * Which backend queued feedback belongs to, so the next page with the same configuration can send it.
 * A backend given as an object is named by its `outboxId`; without one it has no target (undefined):
 * its feedback is sent directly, never queued, so it cannot reach another object backend later.
 */
export function outboxTarget(backend: string | DiwanBackend | undefined, api: string | undefined): string | undefined {
  if (backend && typeof backend === 'object') {
    const name = typeof backend.outboxId === 'string' ? backend.outboxId.trim() : '';
    return name ? JSON.stringify(['object', name]) : undefined;
  }
  const kind = (backend ?? '').trim().toLowerCase() || (api ? 'http' : '');
  let base = api ?? '';
  try {
    if (api) base = new URL(api, globalThis.location?.href).href;
  } catch {
    // an invalid api fails backend resolution first; the target does not matter then
  }
  return JSON.stringify([kind, base]);
}

let pageOutbox: Promise<Outbox> | undefined;

/**
 * The page's one outbox (database `diwan-outbox`), created when the first widget needs it.
 * The outbox and idb are a lazy chunk: the widget's first paint does not wait for them.
 */
export function sharedOutbox(): Promise<Outbox> {
  if (!pageOutbox) {
    const loading = import('@diwan/client/outbox').then((module) => new module.Outbox());
    loading.catch(() => {
      if (pageOutbox === loading) pageOutbox = undefined; // the chunk did not load: a retry fetches it again
    });
    pageOutbox = loading;
  }
  return pageOutbox;
}
