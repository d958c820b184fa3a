// The demo backend's getInsights: a lazy chunk (history generator + aggregation + the insights schema),
// loaded the first time a staff widget asks, never by the citizen widgets.
import { DiwanError } from '../errors.js';
import { aggregateInsights } from '../insights/aggregate.js';
import type { ChannelCosts, InsightsHistory } from '../insights/history.js';
import { checkData } from '../parse.js';
import { InsightsQuery, type InsightsResult } from '../schemas/insights.js';
import { generateInsightsHistory } from './insights-history.js';

let cached: { day: string; history: InsightsHistory } | undefined;

/** The history for the 365 days up to `now`, generated once per day. */
function historyFor(now: Date): InsightsHistory {
  const day = now.toISOString().slice(0, 10);
  if (cached?.day !== day) cached = { day, history: generateInsightsHistory(now) };
  return cached.history;
}

export function demoInsights(query: unknown, now: Date, costs: ChannelCosts | undefined): InsightsResult {
  const valid = checkData(InsightsQuery, query);
  if (!valid.success) throw new DiwanError('http', `The insights query is not valid${valid.problem}`, { status: 422, retryable: false, cause: valid.error });
  try {
    return aggregateInsights(historyFor(now), valid.data, { now, ...(costs ? { costs } : {}) });
  } catch (error) {
    if (error instanceof RangeError) throw new DiwanError('http', error.message, { status: 422, retryable: false, cause: error });
    throw error;
  }
}
