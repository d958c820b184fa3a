import { DiwanEvent } from '../shared/events.js';

/**
 * Fired by `<diwan-feedback>` each time it sends something, or saves it to be sent later (`queued`):
 * the one-click Yes/No answer, then — only if the citizen adds them — the optional details
 * (`followUp: true`), or a problem report. Carries what a host may count; never the comment, nor
 * anything else personal.
 */
export class DiwanFeedbackSubmitEvent extends DiwanEvent {
  static readonly type = 'diwan-feedback-submit';
  constructor(
    /** `feedback` (Is this page useful?) or `problem` (Report a problem with this page). */
    readonly kind: 'feedback' | 'problem',
    /** The Yes/No answer (false for a problem report); on a follow-up, the answer it follows. */
    readonly useful: boolean,
    /** Satisfaction 1–5, when the citizen gave one (only ever on a follow-up). */
    readonly rating: number | undefined,
    /** True when it could not be delivered yet and waits in the outbox. */
    readonly queued: boolean,
    /**
     * True for the optional details sent after the one-click answer (the answer itself was already
     * counted by an earlier event with `followUp: false`): count answers with `followUp === false`.
     */
    readonly followUp: boolean = false,
  ) {
    super(DiwanFeedbackSubmitEvent.type);
  }
}

declare global {
  interface HTMLElementEventMap {
    'diwan-feedback-submit': DiwanFeedbackSubmitEvent;
  }
}
