// The virtualised list of services: its template, its skeleton, and focusing an item in it.
import { html, type TemplateResult } from 'lit';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import type { Service } from '@diwan/client';
import type { LocaleController } from '../shared/locale-controller.js';
import { renderSkeletonLines } from '../shared/states.js';
import { chevronIcon } from './icons.js';

const SKELETON_ITEMS = 5;
const FOCUS_ATTEMPT_FRAMES = 30;
// one layout object for every render, so the virtualizer never re-creates its layout
const listLayout = flow();

// a timer, not requestAnimationFrame: a page in a background tab gets no frames, and must not hang
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 16));

/** Placeholder rows in the list's box (the box has the same height in every state). */
export function renderListSkeleton(): TemplateResult {
  return html`<div class="skeleton" aria-hidden="true">
    ${Array.from({ length: SKELETON_ITEMS }, () => html`<div class="skeleton-item">${renderSkeletonLines(2)}</div>`)}
  </div>`;
}

function renderItem(locale: LocaleController, service: Service, onOpen: (service: Service) => void): TemplateResult {
  const summaryId = `summary-${service.id}`;
  return html`<div class="item" part="item" role="listitem">
    <h3 class="item-name">
      <button type="button" class="item-button" part="item-button" data-service-id=${service.id} aria-describedby=${summaryId}
        @click=${() => onOpen(service)}>${locale.text(service.name)}</button>
    </h3>
    <p class="item-summary" id=${summaryId}>${locale.text(service.summary)}</p>
    ${chevronIcon()}
  </div>`;
}

/**
 * Only the items near the viewport are in the DOM; it stays a list for screen readers
 * (role=list/listitem) and each item is one button, so Tab walks through the rendered items.
 */
export function renderServiceList(
  locale: LocaleController,
  services: Service[],
  onOpen: (service: Service) => void,
): TemplateResult {
  return html`<div class="list" part="list" role="list" aria-label=${locale.t('catalogue:results.listLabel')}>
    ${virtualize({
      items: services,
      // the virtualizer can ask for a stale index for one frame after the results shrink
      keyFunction: (service: Service | undefined, index: number) => service?.id ?? `missing-${index}`,
      renderItem: (service: Service | undefined) => (service ? renderItem(locale, service, onOpen) : html``),
      layout: listLayout,
      scroller: true,
    })}
  </div>`;
}

/**
 * Focuses a service's item in a freshly rendered list: waits for the virtualizer, scrolls the item
 * into view if it is not rendered, and returns false when it never appears.
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
    const list = root.querySelector('.list') as VirtualizerHostElement | null;
    if (!list?.isConnected) return false;
    try {
      if (frame === 2) list[virtualizerRef]?.element(index)?.scrollIntoView({ block: 'center' });
    } catch {
      // the layout may not exist yet: try again on a later frame
    }
    await nextFrame();
  }
  return false;
}
