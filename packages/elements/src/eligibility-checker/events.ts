import type { EligibilityResult } from '@diwan/client';
import { DiwanEvent } from '../shared/events.js';

/**
 * Fired when the citizen reaches the result page. Carries the outcome and reason ids — never the
 * answers, which stay in the browser.
 */
export class DiwanEligibilityResultEvent extends DiwanEvent {
  static readonly type = 'diwan-eligibility-result';
  constructor(
    readonly serviceId: string,
    readonly rulesVersion: string,
    readonly result: EligibilityResult,
    /** The deciding outcome's id; undefined when no outcome applied (shown as "may be eligible"). */
    readonly outcomeId: string | undefined,
    /** The deciding outcome, then other outcomes that also hold with the same result. */
    readonly reasonIds: readonly string[],
  ) {
    super(DiwanEligibilityResultEvent.type);
  }
}

declare global {
  interface HTMLElementEventMap {
    'diwan-eligibility-result': DiwanEligibilityResultEvent;
  }
}
