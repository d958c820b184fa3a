// The lookup form: reference + the verification value the backend asks for (or the reference alone),
// an error summary, and the lock-out message. A pure template function of its inputs.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { VerificationKind } from '@diwan/client';
import type { LocaleController } from '../shared/locale-controller.js';
import { renderSkeletonLines } from '../shared/states.js';
import { heading } from '../shared/heading.js';
import { renderErrorSummary, renderFieldError } from '../shared/error-summary.js';

export type ReferenceProblem = 'missing' | 'format';

export interface LookupFormState {
  /** `null`: public lookup by reference alone; a kind Diwan does not know gets a generic label. */
  verificationKind: string | null;
  reference: string;
  verification: string;
  referenceProblem?: ReferenceProblem;
  verificationMissing: boolean;
  /** The lookup found nothing (same message for "no such reference" and "does not match"). */
  notFound: boolean;
  busy: boolean;
  /** Seconds left in a lock-out, or undefined when not locked. */
  lockedSeconds?: number;
  /** Level of the lock-out's and the error summary's headings (one below the widget's title). */
  headingLevel: number;
}

export interface LookupFormHandlers {
  onReferenceInput: (value: string) => void;
  onVerificationInput: (value: string) => void;
  onSubmit: (event: Event) => void;
}

type ShownKind = VerificationKind | 'other';

const INPUT_ATTRIBUTES: Record<ShownKind, { type: 'text' | 'email' | 'date'; autocomplete: 'family-name' | 'email' | 'bday' | 'postal-code' | 'off'; inputmode?: string }> = {
  surname: { type: 'text', autocomplete: 'family-name' },
  email: { type: 'email', autocomplete: 'email' },
  date_of_birth: { type: 'date', autocomplete: 'bday' },
  postcode: { type: 'text', autocomplete: 'postal-code' },
  pin: { type: 'text', autocomplete: 'off', inputmode: 'numeric' },
  other: { type: 'text', autocomplete: 'off' },
};

/** The kind whose label, hint and messages the form shows: a backend's own kind gets the generic `other`. */
function shownKind(kind: string | null): ShownKind | null {
  if (kind === null) return null;
  return Object.hasOwn(INPUT_ATTRIBUTES, kind) ? (kind as ShownKind) : 'other';
}

/** The wait of a lock-out in a sentence: "You can try again in 59 seconds" / "… 2 minutes" (see `durationMarkup`). */
export function lockoutMessage(locale: LocaleController, key: 'locked' | 'lockedAnnounce', seconds: number): Array<string | TemplateResult> {
  const time = seconds < 90 ? locale.durationMarkup(Math.max(0, seconds), 'second') : locale.durationMarkup(Math.ceil(seconds / 60), 'minute');
  return locale.tMarkup(`tracker:errors.${key}`, { time });
}

interface FieldError {
  id: 'reference' | 'verification';
  message: string;
}

function fieldErrors(locale: LocaleController, state: LookupFormState): FieldError[] {
  const t = (key: string) => locale.t(`tracker:errors.${key}`);
  const errors: FieldError[] = [];
  if (state.referenceProblem) {
    errors.push({ id: 'reference', message: t(state.referenceProblem === 'missing' ? 'referenceMissing' : 'referenceFormat') });
  }
  const kind = shownKind(state.verificationKind);
  if (state.verificationMissing && kind) {
    errors.push({ id: 'verification', message: t(`verificationMissing.${kind}`) });
  }
  return errors;
}

function errorSummary(locale: LocaleController, state: LookupFormState, errors: FieldError[]) {
  if (state.notFound) return renderErrorSummary(locale, [{ fieldId: 'reference', message: locale.t(`tracker:errors.notFound.${shownKind(state.verificationKind) ?? 'public'}`) }], state.headingLevel);
  return errors.length ? renderErrorSummary(locale, errors.map((error) => ({ fieldId: error.id, message: error.message })), state.headingLevel) : nothing;
}

function renderLockout(locale: LocaleController, seconds: number, level: number) {
  return html`<div class="lockout" part="lockout" tabindex="-1" aria-labelledby="lockout-title">
    ${heading(level, locale.t('tracker:errors.lockedTitle'), { id: 'lockout-title' })}
    <p>${lockoutMessage(locale, 'locked', seconds)}</p>
  </div>`;
}

export function renderLookupForm(locale: LocaleController, state: LookupFormState, handlers: LookupFormHandlers): TemplateResult {
  const t = (key: string) => locale.t(`tracker:form.${key}`);
  const errors = fieldErrors(locale, state);
  const error = (id: 'reference' | 'verification') => errors.find((candidate) => candidate.id === id);
  const locked = state.lockedSeconds !== undefined;
  const kind = shownKind(state.verificationKind);
  const referenceError = error('reference');
  const verificationError = error('verification');
  const inputs = kind ? INPUT_ATTRIBUTES[kind] : undefined;
  const describedBy = (id: string, hasError: boolean, extra = '') =>
    [`${id}-hint`, hasError ? `${id}-error` : '', extra].filter(Boolean).join(' ');

  return html`${locked ? renderLockout(locale, state.lockedSeconds!, state.headingLevel) : errorSummary(locale, state, errors)}
    <form class="lookup" part="form" novalidate @submit=${handlers.onSubmit}>
      <fieldset class="fields" ?disabled=${locked}>
        <div class=${`field${referenceError ? ' invalid' : ''}`}>
          <label for="reference">${t('reference')}</label>
          <span class="hint" id="reference-hint">${t('referenceHint')}</span>
          ${renderFieldError(locale, 'reference-error', referenceError?.message)}
          <input id="reference" part="reference-input" type="text" autocomplete="off" spellcheck="false" autocapitalize="characters"
            dir="auto" aria-describedby=${describedBy('reference', !!referenceError)} aria-invalid=${referenceError ? 'true' : 'false'}
            .value=${live(state.reference)} @input=${(event: Event) => handlers.onReferenceInput((event.target as HTMLInputElement).value)} />
        </div>
        ${kind && inputs
          ? html`<div class=${`field${verificationError ? ' invalid' : ''}`}>
              <label for="verification">${t(`verification.${kind}`)}</label>
              <span class="hint" id="verification-hint">${t(`verificationHint.${kind}`)}</span>
              ${renderFieldError(locale, 'verification-error', verificationError?.message)}
              <input id="verification" part="verification-input" type=${inputs.type} autocomplete=${inputs.autocomplete}
                inputmode=${inputs.inputmode ?? nothing} spellcheck="false" dir="auto"
                aria-describedby=${describedBy('verification', !!verificationError, 'privacy-note')} aria-invalid=${verificationError ? 'true' : 'false'}
                .value=${live(state.verification)} @input=${(event: Event) => handlers.onVerificationInput((event.target as HTMLInputElement).value)} />
            </div>
            <p class="note" id="privacy-note">${t('privacy')}</p>`
          : html`<p class="note" part="public-note">${t('publicLookup')}</p>`}
        <button type="submit" class="button" part="submit" aria-disabled=${state.busy ? 'true' : 'false'}>
          ${state.busy ? t('submitting') : t('submit')}
        </button>
      </fieldset>
    </form>`;
}

/** A known string as grey bars where its lines will be: it wraps, and so takes the room, as the text will. */
const skeletonText = (text: string) => html`<span class="skeleton-line skeleton-text">${text}</span>`;

/**
 * The form's placeholder while the backend is not known yet: the same rows as the form (labels and
 * hints drawn from their own strings, fields and the button at their sizes) with the same classes,
 * so it takes the form's room at any width, font size or language. Which verification the backend
 * asks for is not known yet: it assumes a surname field, as long as the others.
 */
export function renderFormSkeleton(locale: LocaleController): TemplateResult {
  const t = (key: string) => locale.t(`tracker:form.${key}`);
  const field = (label: string, hint: string) => html`<div class="field">
    <span class="skeleton-label">${skeletonText(label)}</span>
    <span class="hint">${skeletonText(hint)}</span>
    <div class="skeleton-input">${renderSkeletonLines(1)}</div>
  </div>`;
  return html`<div class="fields form-skeleton" aria-hidden="true">
    ${field(t('reference'), t('referenceHint'))}
    ${field(t('verification.surname'), t('verificationHint.surname'))}
    <p class="note">${skeletonText(t('privacy'))}</p>
    <div class="button skeleton-button">${skeletonText(t('submit'))}</div>
  </div>`;
}
