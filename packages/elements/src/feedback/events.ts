import { DiwanEvent } from '../shared/events.js';

/**
 * Fired by `<diwan-feedback>` when a citizen's feedback was sent, or saved to be sent later (`queued`).
 * Carries what a host may count; never the comment.
 */
export class DiwanFeedbackSubmitEvent extends DiwanEvent {
  static readonly type = 'diwan-feedback-submit';
  constructor(
    /** `feedback` (Is this page useful?) or `problem` (Report a problem with this page). */
    readonly kind: 'feedback' | 'problem',
    readonly useful: boolean,
    /** Satisfaction 1–5, when the citizen gave one. */
    readonly rating: number | undefined,
    /** True when it could not be delivered yet and waits in the outbox. */
    readonly queued: boolean,
  ) {
    super(DiwanFeedbackSubmitEvent.type);
  }
}

declare global {
  interface HTMLElementEventMap {
    'diwan-feedback-submit': DiwanFeedbackSubmitEvent;
  }
}
