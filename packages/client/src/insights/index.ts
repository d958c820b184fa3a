// @diwan/client/insights: the aggregation of raw history into staff insights (pure; used by the demo
// backend, and the reference for any backend's own figures).
export {
  aggregateInsights, bucketStart, countCell, dayStart, isoDay, median, previousPeriod, rateCell, ratingLevelCells,
  type AggregateOptions,
} from './aggregate.js';
export {
  CLOSED_STATUSES, COMPLETED_STATUSES, promisedDays,
  type ChannelCosts, type HistoryFeedback, type HistoryOffice, type HistoryRequest, type HistoryService, type InsightsHistory,
} from './history.js';
