// @diwan/client/demo: the in-browser demo backend (`backend="demo"`) and its sample data in en, ar, ckb
// and fr. Its own module graph: only this entry is imported from outside, so it stays a lazy chunk.
export { createDemoBackend, DEMO_CHANNEL_COSTS, LOCKOUT_SECONDS, MAX_FAILED_LOOKUPS, type DemoBackendOptions } from './backend.js';
export { generateServices } from './generate.js';
export { demoRequests, type DemoRequest } from './requests.js';
export { demoCatalogue, demoCategories, demoEligibilityRules, type DemoCatalogue } from './data/index.js';
export type { DemoService, DemoCategory, DemoEligibilityRules, Text4 } from './data/types.js';
