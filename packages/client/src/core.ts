// @diwan/client/core: what every widget needs at first paint without the schemas (zod stays in the
// adapters' lazy chunks): errors, localized text, the outbox's waiting hint, the small text jobs every
// widget shares (digits, phone and https links, weekdays, redaction's placeholders), and the whole model as types.
export * from './errors.js';
export { resolveText, resolveTextIn, type ResolvedText } from './localized.js';
export { hasWaitingFeedback } from './outbox/waiting-flag.js';
export { LOCAL_DIGITS, toLatinDigits } from './digits.js';
export { WEEK, clockDate, dialHref, isDayRun, isHttpsUrl, weekdayDate } from './contact.js';
export { REDACTION_PLACEHOLDERS, type RedactionKind } from './redact/placeholders.js';
export type * from './backend.js';
export type * from './schemas/index.js';
