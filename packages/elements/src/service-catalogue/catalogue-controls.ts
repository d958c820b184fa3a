// The search field and the two filters above the list (a search landmark). Disabled, with the same
// layout, while the catalogue loads.
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Audience, ServiceCatalogue } from '@diwan/client';
import type { LocaleController } from '../shared/locale-controller.js';
import { AUDIENCES } from './catalogue-model.js';

export interface ControlsState {
  catalogue: ServiceCatalogue | undefined;
  query: string;
  category: string | undefined;
  audience: Audience | undefined;
}

export interface ControlsHandlers {
  onSearchInput: (event: Event) => void;
  onSearchFocus: () => void;
  onCategoryChange: (event: Event) => void;
  onAudienceChange: (event: Event) => void;
}

export function renderControls(locale: LocaleController, state: ControlsState, handlers: ControlsHandlers): TemplateResult {
  const t = (key: string) => locale.t(`catalogue:${key}`);
  const loading = !state.catalogue;
  return html`<form class="controls" role="search" @submit=${(event: Event) => event.preventDefault()}>
    <div class="field search-field">
      <label for="search">${t('search.label')}</label>
      <span class="hint" id="search-hint">${t('search.hint')}</span>
      <input id="search" type="search" part="search" autocomplete="off" .enterKeyHint=${'search'} aria-describedby="search-hint"
        .value=${live(state.query)} ?disabled=${loading} @input=${handlers.onSearchInput} @focus=${handlers.onSearchFocus} />
    </div>
    <div class="field">
      <label for="category">${t('filters.category')}</label>
      <select id="category" part="category-select" ?disabled=${loading} @change=${handlers.onCategoryChange}>
        <option value="">${t('filters.allCategories')}</option>
        ${(state.catalogue?.categories ?? []).map(
          (category) => html`<option value=${category.id} lang=${ifDefined(locale.textLang(category.name))} ?selected=${category.id === state.category}>
            ${locale.text(category.name)}
          </option>`,
        )}
      </select>
    </div>
    <div class="field">
      <label for="audience">${t('filters.audience')}</label>
      <select id="audience" part="audience-select" ?disabled=${loading} @change=${handlers.onAudienceChange}>
        <option value="">${t('filters.allAudiences')}</option>
        ${AUDIENCES.map(
          (audience) => html`<option value=${audience} ?selected=${audience === state.audience}>
            ${t(`audiences.${audience}`)}
          </option>`,
        )}
      </select>
    </div>
  </form>`;
}
