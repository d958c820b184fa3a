// Runs the checks in order (the lookup checks that lock a reference come after those that need it
// unlocked) and reports each as it finishes.
import type { Check, CheckResult } from './check.js';
import { Problems } from './check.js';
import { capabilities, contentTypes, errorBodies, schemas } from './checks/contract.js';
import { caching } from './checks/caching.js';
import { cors } from './checks/cors.js';
import { feedbackConcurrency, feedbackIdempotency, feedbackLimit } from './checks/feedback.js';
import { liveSse } from './checks/live.js';
import { lookupLimit, lookupNoEcho, lookupPrivacy, lookupTiming } from './checks/lookup.js';
import { robustness } from './checks/robustness.js';
import { staffClosed } from './checks/staff.js';
import { Context, DEFAULT_OPTIONS, type ConformanceOptions } from './context.js';
import { RequestFailed } from './http.js';

export const VERSION = '0.1.0';

/** Every check, in the order they run. */
export const CHECKS: readonly Check[] = [
  capabilities, schemas, contentTypes, errorBodies, caching, cors,
  feedbackIdempotency, feedbackConcurrency, feedbackLimit,
  lookupPrivacy, lookupNoEcho, lookupTiming, liveSse, lookupLimit,
  robustness, staffClosed,
];

export interface ConformanceReport {
  baseUrl: string;
  version: string;
  passed: number;
  failed: number;
  skipped: number;
  requests: number;
  ms: number;
  checks: CheckResult[];
}

/** Ids given to --only/--skip that name no check (a typo must not silently run nothing). */
export function unknownCheckIds(ids: readonly string[]): string[] {
  return ids.filter((id) => !CHECKS.some((check) => check.id === id));
}

/** Runs the selected checks against `options.baseUrl`; `onResult` hears each verdict as it is reached. */
export async function runConformance(
  given: Partial<ConformanceOptions> & { baseUrl: string },
  onResult: (result: CheckResult) => void = () => {},
): Promise<ConformanceReport> {
  const options: ConformanceOptions = { ...DEFAULT_OPTIONS, ...given };
  const context = new Context(options, VERSION);
  const started = performance.now();
  const checks: CheckResult[] = [];
  for (const check of CHECKS) {
    const base = { id: check.id, title: check.title };
    const checkStarted = performance.now();
    const sentBefore = context.http.sent;
    let result: CheckResult;
    if ((options.only.length && !options.only.includes(check.id)) || options.skip.includes(check.id)) {
      result = { ...base, verdict: 'skip', problems: [options.skip.includes(check.id) ? 'skipped by --skip' : 'not in --only'], requests: 0, ms: 0 };
    } else {
      const problems = new Problems();
      let skipReason: string | void = undefined;
      try {
        skipReason = await check.run(context, problems);
      } catch (error) {
        problems.add(error instanceof RequestFailed ? error.message : `the check crashed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      }
      const measured = { requests: context.http.sent - sentBefore, ms: Math.round(performance.now() - checkStarted) };
      if (problems.none && skipReason) result = { ...base, verdict: 'skip', problems: [skipReason], ...measured };
      else if (problems.none) result = { ...base, verdict: 'pass', problems: [], ...measured };
      else result = { ...base, verdict: 'fail', problems: problems.list, fix: check.fix, ...measured };
    }
    checks.push(result);
    onResult(result);
  }
  const count = (verdict: CheckResult['verdict']) => checks.filter((check) => check.verdict === verdict).length;
  return {
    baseUrl: options.baseUrl,
    version: VERSION,
    passed: count('pass'),
    failed: count('fail'),
    skipped: count('skip'),
    requests: context.http.sent,
    ms: Math.round(performance.now() - started),
    checks,
  };
}
