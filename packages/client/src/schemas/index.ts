// The zod schemas of the whole model and parseResponse: imported by the adapters, and lazily by widgets
// that check data from a backend given as an object.
export * from './common.js';
export * from './service.js';
export * from './eligibility.js';
export * from './request.js';
export * from './feedback.js';
export * from './capabilities.js';
export { checkData, parseResponse, type CheckedData } from '../parse.js';
export * from './insights.js';
