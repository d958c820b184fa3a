import { html, type TemplateResult } from 'lit';
import type { DiwanError } from '@diwan/client';
import type { LocaleController } from './locale-controller.js';

/** The shared error state: a plain message in the citizen's language and, when it may help, a retry. */
export function renderErrorState(locale: LocaleController, error: DiwanError, onRetry: () => void): TemplateResult {
  // no Retry when trying again cannot help: the page is set up wrongly, or the backend does not offer this
  return html`<div class="error-state" role="alert" part="error">
    <p>${locale.t(`common:errors.${error.code}`)}</p>
    ${error.code === 'config' || error.code === 'unsupported'
      ? null
      : html`<button type="button" class="button" @click=${onRetry}>${locale.t('common:retry')}</button>`}
  </div>`;
}

/** Grey placeholder lines; the caller sizes the block so the ready layout does not shift. */
export function renderSkeletonLines(count: number): TemplateResult[] {
  return Array.from({ length: count }, () => html`<div class="skeleton-line" aria-hidden="true"></div>`);
}
