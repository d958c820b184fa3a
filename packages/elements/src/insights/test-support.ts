// Fixtures shared by the insights widget's tests: backends answering what a test needs, the widget.
import { fixture, html, waitUntil } from '@open-wc/testing';
import { DiwanError, type DiwanBackend, type InsightsQuery, type InsightsResult } from '@diwan/client';
import { createDemoBackend } from '@diwan/client/demo';
import { aggregateInsights } from '@diwan/client/insights';
import '../define/insights.js';
import type { DiwanInsights } from './insights.js';

/** The demo clock: the demo history is the 365 days up to this moment. */
export const NOW = new Date('2026-11-29T10:00:00Z');
export const UNTIL = '2026-11-29';

export const demoBackend = (latencyMs = 0): DiwanBackend => createDemoBackend({ now: () => NOW, latencyMs });

/** A backend recording the queries it was asked, answering with `answer` (a result or a DiwanError to reject with). */
export function scriptedBackend(answer: (query: InsightsQuery) => InsightsResult | DiwanError): { backend: DiwanBackend; queries: InsightsQuery[] } {
  const queries: InsightsQuery[] = [];
  const base = createDemoBackend({ now: () => NOW });
  const backend: DiwanBackend = {
    ...base,
    async getInsights(query) {
      queries.push(query);
      const result = answer(query);
      if (result instanceof DiwanError) throw result;
      return result;
    },
  };
  return { backend, queries };
}

/** An answer where every cell is suppressed: a period with (almost) nothing in it. */
export const emptyResult = (query: InsightsQuery): InsightsResult => aggregateInsights({ services: [], offices: [], feedback: [], requests: [] }, query, { now: NOW });

export async function insightsWidget(backend: DiwanBackend, attributes: { lang?: string; service?: string; period?: number } = {}): Promise<DiwanInsights> {
  const el = await fixture<DiwanInsights>(html`<diwan-insights lang=${attributes.lang ?? 'en'} until=${UNTIL}
    period=${attributes.period ?? 6} service=${attributes.service ?? ''}></diwan-insights>`);
  el.backend = backend;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: DiwanInsights, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: DiwanInsights, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const part = <T extends Element = HTMLElement>(el: DiwanInsights, name: string): T | null => $<T>(el, `[part~="${name}"]`);
export const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const focused = (el: DiwanInsights) => el.shadowRoot!.activeElement as HTMLElement | SVGElement | null;

export async function untilPart(el: DiwanInsights, name: string): Promise<HTMLElement> {
  await waitUntil(() => part(el, name), `the ${name} part`, { timeout: 8000 });
  return part<HTMLElement>(el, name)!;
}

/** The headline card of one metric. */
export const card = (el: DiwanInsights, metric: string) => $(el, `.card[data-metric="${metric}"]`);
