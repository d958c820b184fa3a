// @diwan/client: the typed client. No Lit; runs in browsers and in Node 20. No side effects on import.
export * from './schemas/index.js';
export * from './errors.js';
export type * from './backend.js';
export { checkData, parseResponse, type CheckedData } from './parse.js';
export { resolveText, resolveTextIn, type ResolvedText } from './localized.js';
export { LOCAL_DIGITS, toLatinDigits } from './digits.js';
export { WEEK, clockDate, dialHref, isDayRun, isHttpsUrl, weekdayDate } from './contact.js';
export * from './http/index.js';
export * from './search/index.js';
export * from './tracking/index.js';
export * from './rules/index.js';
export * from './outbox/index.js';
export { hasWaitingFeedback } from './outbox/waiting-flag.js';
export * from './redact/index.js';
