// The list of services: its template, its skeleton, and focusing an item in it. Short lists render
// plainly; long ones are virtualised by a lazily loaded chunk (virtual-list.ts).
import { html, type TemplateResult } from 'lit';
import type { Service } from '@diwan/client';
import type { LocaleController } from '../shared/locale-controller.js';
import { renderSkeletonLines } from '../shared/states.js';
import { heading } from '../shared/heading.js';
import { chevronIcon } from './icons.js';

const SKELETON_ITEMS = 5;
const FOCUS_ATTEMPT_FRAMES = 30;
/** From this many results on, the list is virtualised: below it, plain DOM is cheap and needs no extra code. */
export const VIRTUALIZE_FROM = 150;
/** Items shown plainly while the virtualizer chunk loads for a long list. */
const ITEMS_WHILE_LOADING = 30;

type VirtualList = typeof import('./virtual-list.js');
let virtualList: VirtualList | undefined;
let loadingVirtualList: Promise<VirtualList> | undefined;

/** Loads the virtualizer chunk once; calls `onLoaded` when it is there (the list then re-renders with it). */
function loadVirtualList(onLoaded: () => void): void {
  loadingVirtualList ??= import('./virtual-list.js').then((module) => (virtualList = module));
  loadingVirtualList.then(onLoaded, (error: unknown) => {
    loadingVirtualList = undefined; // a later render tries again; the plain window stays meanwhile
    console.warn('[diwan] could not load the list virtualizer.', error);
  });
}

// a timer, not requestAnimationFrame: a page in a background tab gets no frames, and must not hang
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 16));

/** Placeholder rows in the list's box (the box has the same height in every state). */
export function renderListSkeleton(): TemplateResult {
  return html`<div class="skeleton" aria-hidden="true">
    ${Array.from({ length: SKELETON_ITEMS }, () => html`<div class="skeleton-item">${renderSkeletonLines(2)}</div>`)}
  </div>`;
}

function renderItem(locale: LocaleController, service: Service, onOpen: (service: Service) => void, level: number): TemplateResult {
  const summaryId = `summary-${service.id}`;
  return html`<div class="item" part="item" role="listitem">
    ${heading(
      level,
      html`<button type="button" class="item-button" part="item-button" data-service-id=${service.id} aria-describedby=${summaryId}
        @click=${() => onOpen(service)}>${locale.textMarkup(service.name)}</button>`,
      { class: 'item-name' },
    )}
    <p class="item-summary" id=${summaryId}>${locale.textMarkup(service.summary)}</p>
    ${chevronIcon()}
  </div>`;
}

/**
 * The results as a list for screen readers (role=list/listitem), each item one button, so Tab walks
 * through the rendered items. Long lists keep only the items near the viewport in the DOM;
 * `onVirtualizerLoaded` asks the host to render again once the virtualizer has arrived.
 */
export function renderServiceList(
  locale: LocaleController,
  services: Service[],
  onOpen: (service: Service) => void,
  onVirtualizerLoaded: () => void,
  /** Level of the items' headings (one below the catalogue's title). */
  level: number,
): TemplateResult {
  const item = (service: Service) => renderItem(locale, service, onOpen, level);
  const virtual = services.length >= VIRTUALIZE_FROM;
  if (virtual && !virtualList) loadVirtualList(onVirtualizerLoaded);
  const items = !virtual
    ? services.map(item)
    : virtualList
      ? virtualList.virtualItems(services, item)
      : services.slice(0, ITEMS_WHILE_LOADING).map(item);
  return html`<div class="list ${virtual && virtualList ? 'virtual' : 'plain'}" part="list" role="list"
    aria-label=${locale.t('catalogue:results.listLabel')}>${items}</div>`;
}

/**
 * Focuses a service's item in a freshly rendered list: waits for the list, scrolls a virtualised
 * item into view if it is not rendered, and returns false when it never appears.
 */
export async function focusServiceInList(root: ParentNode, services: Service[], serviceId: string): Promise<boolean> {
  const index = services.findIndex((service) => service.id === serviceId);
  if (index < 0) return false;
  const selector = `.item-button[data-service-id="${CSS.escape(serviceId)}"]`;
  for (let frame = 0; frame < FOCUS_ATTEMPT_FRAMES; frame++) {
    const button = root.querySelector<HTMLElement>(selector);
    if (button) {
      button.focus();
      return true;
    }
    const list = root.querySelector('.list');
    if (!list?.isConnected) return false;
    try {
      if (frame === 2 && list.classList.contains('virtual')) virtualList?.scrollToItem(list, index);
    } catch {
      // the layout may not exist yet: try again on a later frame
    }
    await nextFrame();
  }
  return false;
}
