// Request tracking helpers: reference normalisation, SLA state, poll backoff. Pure, no DOM.
export * from './reference.js';
export { isUnsafePattern } from './pattern-safety.js';
export * from './sla.js';
export * from './poll-schedule.js';
export { FINAL_WATCH_ERRORS, pollForNews, type PollForNewsOptions } from './watch-poll.js';
