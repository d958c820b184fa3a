// What <diwan-feedback> sends and remembers, apart from rendering: the page path, the service id and the
// "already answered on this page" memory (the outbox and its targets: shared/outbox-link.ts).
import type { Feedback, RedactionKind } from '@diwan/client';

/** Redaction (@diwan/client/redact): a lazy chunk, fetched while the widget loads, beside the outbox. */
export type Redaction = typeof import('@diwan/client/redact');
export const loadRedaction = (): Promise<Redaction> => import('@diwan/client/redact');

const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;

/**
 * The page path only, as the schema wants it: no origin, query string or fragment (they can carry
 * personal data such as e-mail addresses or tokens). From the `page` attribute, else `location`.
 */
export function pagePath(page: string | undefined | null): string {
  const raw = page?.trim() || globalThis.location?.pathname || '/';
  let path: string;
  try {
    path = new URL(raw, 'https://diwan.invalid/').pathname;
  } catch {
    path = raw.split(/[?#]/)[0] ?? '/';
  }
  return path.startsWith('/') ? path : `/${path}`;
}

/** What one submission says, before its context is added. */
export type FeedbackContent = Pick<Feedback, 'kind' | 'useful' | 'rating' | 'comment' | 'followUpOf'>;

/** What a form sends: the problem report, or the optional details naming the answer they follow. */
export function formContent(
  isProblem: boolean,
  form: { useful: boolean; rating: number | undefined; comment: string; answerKey: string | undefined },
): FeedbackContent {
  return {
    kind: isProblem ? 'problem' : 'feedback',
    useful: isProblem ? false : form.useful,
    ...(!isProblem && form.rating ? { rating: form.rating } : {}),
    ...(form.comment ? { comment: form.comment } : {}),
    ...(!isProblem && form.answerKey ? { followUpOf: form.answerKey } : {}),
  };
}

/** The item to send: what it says and its context — service id (when valid), page path, locale — and its key. */
export function feedbackItem(
  content: FeedbackContent,
  context: { serviceId: string | undefined; page: string; locale: Feedback['locale']; idempotencyKey: string },
): Feedback {
  const { serviceId, ...rest } = context;
  return { ...content, ...(serviceId ? { serviceId } : {}), ...rest };
}

/** The service id when it is a valid one; otherwise undefined (the element warns). */
export function validServiceId(service: string | undefined | null): string | undefined {
  const id = service?.trim();
  return id && SLUG.test(id) ? id : undefined;
}

/** Remembers, for this browser session, that feedback on a page (and service) was given. */
export class AnsweredMemory {
  constructor(private readonly page: string, private readonly service: string | undefined) {}

  private get key(): string {
    return `diwan-feedback:${this.service ?? ''}:${this.page}`;
  }

  has(): boolean {
    try {
      return globalThis.sessionStorage?.getItem(this.key) != null;
    } catch {
      return false; // storage blocked: ask again rather than never
    }
  }

  remember(): void {
    try {
      globalThis.sessionStorage?.setItem(this.key, new Date().toISOString());
    } catch {
      // storage blocked or full: the widget still thanks the citizen, it may ask again on reload
    }
  }

  forget(): void {
    try {
      globalThis.sessionStorage?.removeItem(this.key);
    } catch {
      // nothing to forget
    }
  }
}

/** What redaction would remove from a comment, by kind in a fixed order, with counts (for "We removed …"). */
export function removedKinds(redaction: Redaction, comment: string): [RedactionKind, number][] {
  const { removed } = redaction.redactPersonalData(comment);
  return redaction.REDACTION_KINDS.filter((kind) => removed[kind] > 0).map((kind) => [kind, removed[kind]]);
}
