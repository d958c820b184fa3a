// @diwan/client/core: what every widget needs at first paint without the schemas (zod stays in the
// adapters' lazy chunks): errors, localized text, the outbox's waiting hint, and the whole model as types.
export * from './errors.js';
export { resolveText } from './localized.js';
export { hasWaitingFeedback } from './outbox/waiting-flag.js';
export type * from './backend.js';
export type * from './schemas/index.js';
