// @diwan/conformance as a library: run the checks from a script or a test and read the report.
export { runConformance, unknownCheckIds, CHECKS, VERSION, type ConformanceReport } from './run.js';
export { DEFAULT_OPTIONS, type ConformanceOptions } from './context.js';
export type { Check, CheckResult, Verdict } from './check.js';
export { compareSamples, median, type Comparison } from './stats.js';
