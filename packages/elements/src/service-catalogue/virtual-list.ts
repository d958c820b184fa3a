// The virtualised rendering of a long service list. A lazy chunk: @lit-labs/virtualizer is a quarter of
// the catalogue's code and only catalogues with hundreds of services need it (see service-list.ts).
import type { TemplateResult } from 'lit';
import { html } from 'lit';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import type { Service } from '@diwan/client';

// one layout object for every render, so the virtualizer never re-creates its layout
const listLayout = flow();

/** Only the items near the viewport are in the DOM; the list element is the scroller. */
export function virtualItems(services: Service[], renderItem: (service: Service) => TemplateResult): unknown {
  return virtualize({
    items: services,
    // the virtualizer can ask for a stale index for one frame after the results shrink
    keyFunction: (service: Service | undefined, index: number) => service?.id ?? `missing-${index}`,
    renderItem: (service: Service | undefined) => (service ? renderItem(service) : html``),
    layout: listLayout,
    scroller: true,
  });
}

/** Scrolls item `index` of a virtualised list into view (it may not be rendered yet). */
export function scrollToItem(list: Element, index: number): void {
  (list as VirtualizerHostElement)[virtualizerRef]?.element(index)?.scrollIntoView({ block: 'center' });
}
