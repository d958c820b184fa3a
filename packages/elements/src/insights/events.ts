import type { InsightsQuery } from '@diwan/client/core';
import { DiwanEvent } from '../shared/events.js';

/**
 * Fired by `<diwan-insights>` when a manager changes what it shows (period, service, channel,
 * grouping), so a host can keep it in its URL. Carries the query asked for; never a figure.
 */
export class DiwanInsightsQueryEvent extends DiwanEvent {
  static readonly type = 'diwan-insights-query';
  constructor(readonly query: InsightsQuery) {
    super(DiwanInsightsQueryEvent.type);
  }
}

declare global {
  interface HTMLElementEventMap {
    'diwan-insights-query': DiwanInsightsQueryEvent;
  }
}
