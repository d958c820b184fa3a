// How <diwan-feedback> delivers what the citizen gives, apart from rendering: through the page's outbox
// (sent now, or saved on the device and sent once, later) or, for an object backend without an
// outboxId, straight to it — with the keys that let a server tell a replay from a new submission.
// A lazy chunk, loaded with the outbox and redaction: nothing can be sent before they are here.
import type { DiwanBackend, DiwanError, Feedback, Outbox, OutboxChange, RedactionKind } from '@diwan/client';
import { feedbackItem, formContent, removedKinds, type FeedbackContent, type Redaction } from './feedback-model.js';

/** What the element does for the delivery. */
export interface DeliveryHost {
  /** Something the citizen sees changed: sending, saved, now sent. */
  changed(): void;
  /** Turns a failure into a DiwanError and tells the host page (diwan-error). */
  report(cause: unknown): DiwanError;
  /** An item could be neither sent nor saved (already reported): the citizen is told why. */
  notSent(error: DiwanError): void;
  /** What every item says about where it comes from: service id (when valid), page path, locale. */
  context(): { serviceId: string | undefined; page: string; locale: Feedback['locale'] };
  /** An item was sent, or saved to be sent later (diwan-feedback-submit). */
  submitted(feedback: Feedback, queued: boolean): void;
}

/**
 * One widget's deliveries to one backend (a reload makes a new one): what is on its way, what was
 * saved, and the keys of the journey. The outbox sends what waits for `target`; without a target
 * (an object backend without an `outboxId`) feedback goes straight to the backend, never into the queue.
 */
export class FeedbackDelivery {
  /** An item is on its way: further sends wait for it. */
  sending = false;
  /** The last item was saved on the device, not sent yet. */
  queued = false;
  /** What was saved has since been sent. */
  delivered = false;
  /** What redaction removed from the last comment sent, by kind, with counts. */
  removed: [RedactionKind, number][] = [];
  /** The key of the one-click answer: the optional details name it in `followUpOf`. */
  answerKey?: string;

  private readonly disconnectOutbox?: () => void;
  private readonly unsubscribe: () => void;
  /** The last answer (Yes or No): the optional details repeat it. */
  private useful: boolean;
  /** The key of the submission being tried, kept across retries of it: the server can tell a replay. */
  private pendingKey?: string;
  /** The key of the last item that was queued: its delivery turns "saved" into "now sent". */
  private queuedKey?: string;
  /** Changes when a restart or a detach makes the outcome of a send in flight moot. */
  private generation = 0;

  constructor(
    private readonly host: DeliveryHost,
    private readonly backend: DiwanBackend,
    private readonly outbox: Outbox,
    private readonly redaction: Redaction,
    private readonly target: string | undefined,
    cutShort?: FeedbackDelivery,
  ) {
    // a submission that a reload cut short (moved in the page, another backend) keeps its key when it
    // is sent again, so a server that received it before can tell the replay
    this.pendingKey = cutShort?.pendingKey;
    this.useful = cutShort?.useful ?? true;
    this.unsubscribe = outbox.subscribe(this.onOutboxChange);
    if (target) this.disconnectOutbox = outbox.connect(target, backend);
  }

  /** Stops listening to the outbox (a reload or a disconnect); a send in flight no longer matters. */
  detach(): void {
    this.generation += 1;
    this.disconnectOutbox?.();
    this.unsubscribe();
  }

  /** Forgets the journey: its keys, what was saved or removed, and a send in flight. */
  restart(): void {
    this.generation += 1;
    this.newSubmission();
    this.answerKey = this.queuedKey = undefined;
    this.queued = this.delivered = false;
    this.removed = [];
  }

  /** The next send is a new submission (a new key), not a retry of the last one. */
  newSubmission(): void {
    this.pendingKey = undefined;
    this.sending = false;
  }

  /** What redaction will remove from the comment as typed. */
  willRemove(comment: string): [RedactionKind, number][] {
    return removedKinds(this.redaction, comment);
  }

  /** Sends the one-click answer. True when it was sent or saved. */
  async answer(useful: boolean): Promise<boolean> {
    if (useful !== this.useful) this.pendingKey = undefined; // the other answer is another submission
    this.useful = useful;
    const sent = await this.deliver({ kind: 'feedback', useful });
    if (sent) this.answerKey = sent.idempotencyKey;
    return Boolean(sent);
  }

  /**
   * Sends the optional details (naming the answer they follow) or the problem report, personal data
   * removed. True when it was sent or saved.
   */
  async sendForm(isProblem: boolean, rating: number | undefined, comment: string): Promise<boolean> {
    const redacted = this.redaction.redactPersonalData(comment);
    const sent = await this.deliver(formContent(isProblem, { useful: this.useful, rating, comment: redacted.text, answerKey: this.answerKey }));
    if (sent) this.removed = removedKinds(this.redaction, comment);
    return Boolean(sent);
  }

  /**
   * Sends one item through the outbox (delivered now or saved for later), or directly. Resolves with
   * what was sent, or undefined when it was neither sent nor saved (the host was told why) or a
   * reload, a restart or a disconnect made it moot.
   */
  private async deliver(content: FeedbackContent): Promise<Feedback | undefined> {
    this.pendingKey ??= crypto.randomUUID();
    const feedback = feedbackItem(content, { ...this.host.context(), idempotencyKey: this.pendingKey });
    this.sending = true;
    this.host.changed();
    const generation = this.generation;
    try {
      const result = this.target
        ? await this.outbox.submit(this.target, feedback)
        : (await this.backend.sendFeedback(feedback), { status: 'sent' as const });
      if (generation !== this.generation) return undefined;
      this.sending = false;
      this.pendingKey = undefined;
      this.queued = result.status === 'queued';
      this.delivered = false;
      this.queuedKey = this.queued ? feedback.idempotencyKey : undefined;
      this.host.changed();
      this.host.submitted(feedback, this.queued);
      return feedback;
    } catch (cause) {
      if (generation !== this.generation) return undefined;
      this.sending = false;
      const error = this.host.report(cause);
      if (!error.retryable) this.pendingKey = undefined; // a corrected submission is a new one
      this.host.notSent(error);
      return undefined;
    }
  }

  private onOutboxChange = (change: OutboxChange): void => {
    if (change.item.target !== this.target) return;
    if (change.type === 'delivered' && change.item.key === this.queuedKey) {
      this.delivered = true;
      this.queuedKey = undefined;
      this.host.changed();
    } else if (change.type === 'dropped') {
      this.host.report(change.error);
    }
  };
}
