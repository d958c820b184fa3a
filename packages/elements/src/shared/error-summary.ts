// The one error pattern of every widget (the GOV.UK error summary and error message): a box headed
// "There is a problem" with role="alert" that the widget focuses when it appears, one link per error
// that moves the focus to its field, and the same words beside the field, in its description.
import { css, html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from './locale-controller.js';
import { DEFAULT_HEADING_LEVEL, heading } from './heading.js';

export interface FormError {
  /** The message, in the citizen's language (markup where a part is in another, a date marked lang="ar"). */
  message: string | TemplateResult | Array<string | TemplateResult>;
  /** The id of the field that fixes it (in the same shadow root); none for a problem no field fixes (a failed send). */
  fieldId?: string;
}

/**
 * The summary at the top of a form or step, its heading at `level` (the widget's `heading-level` for a
 * step's summary). Focus it with `focusErrorSummary` when it appears.
 */
export function renderErrorSummary(locale: LocaleController, errors: readonly FormError[], level = DEFAULT_HEADING_LEVEL): TemplateResult {
  return html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
    ${heading(level, locale.t('common:errorSummary'), { id: 'error-summary-title', class: 'error-summary-title' })}
    <ul>
      ${errors.map((error) => html`<li>${error.fieldId
        ? html`<a href=${`#${error.fieldId}`} @click=${focusField}>${error.message}</a>`
        : error.message}</li>`)}
    </ul>
  </div>`;
}

/** The inline message above a field; put its id in the field's aria-describedby. */
export function renderFieldError(locale: LocaleController, id: string, message: FormError['message'] | undefined): TemplateResult | typeof nothing {
  return message
    ? html`<p class="error-message" id=${id}><span class="visually-hidden">${locale.t('common:errorPrefix')}</span> ${message}</p>`
    : nothing;
}

/** Moves the focus to the error summary (after the render that shows it). */
export function focusErrorSummary(root: ParentNode): void {
  root.querySelector<HTMLElement>('.error-summary')?.focus();
}

function focusField(event: Event): void {
  event.preventDefault(); // the fields live in a shadow root: a fragment link would only change the host page's URL
  const link = event.currentTarget as HTMLAnchorElement;
  const root = link.getRootNode() as ShadowRoot;
  root.getElementById(link.getAttribute('href')!.slice(1))?.focus();
}

export const errorSummaryStyles = css`
  .error-summary {
    border: 4px solid var(--_color-error);
    padding: var(--_space-4);
    margin-block-end: var(--_space-4);
  }
  .error-summary-title {
    margin-block: 0 var(--_space-2);
    font-size: var(--_font-size-lg);
  }
  .error-summary ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .error-summary a {
    color: var(--_color-error);
    font-weight: 700;
  }
  .error-message {
    color: var(--_color-error);
    font-weight: 700;
    margin-block: 0 var(--_space-2);
  }
  @media (forced-colors: active) {
    .error-summary {
      border-color: CanvasText;
    }
  }
`;
