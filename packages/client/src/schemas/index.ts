export * from './common.js';
export * from './service.js';
export * from './eligibility.js';
export * from './request.js';
export * from './feedback.js';
export * from './capabilities.js';
