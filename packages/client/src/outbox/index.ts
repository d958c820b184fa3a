export { Outbox, isWorthRetrying, type FlushReport, type OutboxChange, type OutboxItem, type OutboxOptions, type SubmitResult } from './outbox.js';
