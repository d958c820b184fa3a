import type { RequestStatus } from '@diwan/client';
import { DiwanEvent } from '../shared/events.js';

/**
 * Fired when a lookup finds a request. Carries the reference and the status only — nothing personal
 * (never the verification value), so a host can log it to its analytics as it is.
 */
export class DiwanRequestFoundEvent extends DiwanEvent {
  static readonly type = 'diwan-request-found';
  constructor(
    readonly reference: string,
    readonly status: RequestStatus,
  ) {
    super(DiwanRequestFoundEvent.type);
  }
}

declare global {
  interface HTMLElementEventMap {
    'diwan-request-found': DiwanRequestFoundEvent;
  }
}
