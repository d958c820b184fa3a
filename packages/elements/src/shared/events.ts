import type { DiwanErrorCode } from '@diwan/client';

/**
 * Base of every Diwan event: bubbles and is composed (crosses shadow roots) so a host page can
 * listen on the element or any ancestor. Subclasses carry typed fields, not a loose `detail`.
 */
export abstract class DiwanEvent extends Event {
  constructor(type: string, init: EventInit = {}) {
    super(type, { bubbles: true, composed: true, ...init });
  }
}

/** Fired when a widget fails to do what the citizen asked; the widget shows its own message too. */
export class DiwanErrorEvent extends DiwanEvent {
  static readonly type = 'diwan-error';
  readonly code: DiwanErrorCode;
  readonly retryable: boolean;
  constructor(code: DiwanErrorCode, retryable: boolean, readonly message: string) {
    super(DiwanErrorEvent.type);
    this.code = code;
    this.retryable = retryable;
  }
}

/** Fired by the catalogue when a citizen opens a service or asks to check their eligibility for it. */
export class DiwanServiceSelectEvent extends DiwanEvent {
  static readonly type = 'diwan-service-select';
  /**
   * @param serviceId The service's id.
   * @param action `open` (its detail shown) or `check-eligibility`.
   * @param restored True when the detail was shown again from the page address (a shared link, a reload,
   *   the Back or Forward button) rather than by the citizen choosing it now: analytics should not count it.
   */
  constructor(readonly serviceId: string, readonly action: 'open' | 'check-eligibility', readonly restored = false) {
    super(DiwanServiceSelectEvent.type);
  }
}

/** The one event helper: dispatches a Diwan event from a widget. Returns false if it was cancelled. */
export function emit(host: EventTarget, event: DiwanEvent): boolean {
  return host.dispatchEvent(event);
}

declare global {
  interface HTMLElementEventMap {
    'diwan-error': DiwanErrorEvent;
    'diwan-service-select': DiwanServiceSelectEvent;
  }
  // Diwan events bubble and are composed: a host listening on document or window gets the same types
  // (every widget's own HTMLElementEventMap entries, picked by their `diwan-` prefix). Empty on purpose:
  // these merge into the DOM's own interfaces.
  /* eslint-disable @typescript-eslint/no-empty-object-type */
  interface DocumentEventMap extends Pick<HTMLElementEventMap, Extract<keyof HTMLElementEventMap, `diwan-${string}`>> {}
  interface WindowEventMap extends Pick<HTMLElementEventMap, Extract<keyof HTMLElementEventMap, `diwan-${string}`>> {}
  /* eslint-enable @typescript-eslint/no-empty-object-type */
}
