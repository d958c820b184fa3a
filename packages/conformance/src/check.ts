// A check: a named question about the server with a verdict (pass, fail with the problems found and
// how to fix them, or skip with the reason) — and the small assertions the checks share.
import { ErrorBody, checkData } from '@diwan/client/schemas';
import type { ZodMiniType } from 'zod/mini';
import type { Context } from './context.js';
import { parseJson } from './context.js';
import type { Exchange } from './http.js';

export interface Check {
  /** Stable id for --only/--skip and the JSON report, e.g. `lookup-privacy`. */
  id: string;
  /** What it checks, in one line. */
  title: string;
  /** How to fix the server when it fails. */
  fix: string;
  /** Adds problems to `problems`; returns a reason to skip instead, or nothing. */
  run(context: Context, problems: Problems): Promise<string | void>;
}

export type Verdict = 'pass' | 'fail' | 'skip';

export interface CheckResult {
  id: string;
  title: string;
  verdict: Verdict;
  /** What went wrong (fail), or why it did not run (skip). */
  problems: string[];
  fix?: string;
  requests: number;
  ms: number;
}

/** What a check found wrong; a check with none passes. Repeated problems are kept once. */
export class Problems {
  readonly list: string[] = [];

  add(problem: string): void {
    if (!this.list.includes(problem) && this.list.length < 20) this.list.push(problem);
  }

  /** Adds `problem` unless `ok`; answers `ok`. */
  expect(ok: boolean, problem: string): boolean {
    if (!ok) this.add(problem);
    return ok;
  }

  get none(): boolean {
    return this.list.length === 0;
  }
}

/** `GET /services → 404` */
export const label = (exchange: Exchange): string => `${exchange.method} ${pathOf(exchange.url)} → ${exchange.status}`;

function pathOf(url: string): string {
  const parsed = new URL(url);
  return parsed.pathname + parsed.search;
}

export const isJsonType = (exchange: Exchange): boolean =>
  /^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(exchange.headers.get('content-type') ?? '');

/** Checks a 2xx answer against a schema of the contract; answers the parsed data when it fits. */
export function expectSchema<T extends ZodMiniType>(problems: Problems, exchange: Exchange, schema: T, what: string): unknown {
  if (!problems.expect(exchange.status >= 200 && exchange.status < 300, `${label(exchange)}: expected 2xx with ${what}`)) return undefined;
  const parsed = checkData(schema, parseJson(exchange.text));
  if (!parsed.success) {
    problems.add(`${label(exchange)}: the body is not ${what}${parsed.problem}`);
    return undefined;
  }
  return parsed.data;
}

/** An error answer (4xx/5xx) must be an ErrorBody in JSON. */
export function expectErrorBody(problems: Problems, exchange: Exchange): boolean {
  if (exchange.status < 400) return true;
  const parsed = checkData(ErrorBody, parseJson(exchange.text));
  return problems.expect(parsed.success && isJsonType(exchange), `${label(exchange)}: an error must be an ErrorBody ({ code, message?, retryable? }) sent as application/json${parsed.success ? `, got Content-Type ${exchange.headers.get('content-type') ?? 'none'}` : parsed.problem}`);
}

/** A 4xx with an ErrorBody: the server refused the input cleanly. */
export function expectRefused(problems: Problems, exchange: Exchange, why: string): boolean {
  if (!problems.expect(exchange.status >= 400 && exchange.status < 500, `${label(exchange)}: ${why} must be refused with a 4xx`)) return false;
  return expectErrorBody(problems, exchange);
}

/** Seconds in a Retry-After header (delta-seconds or an HTTP date), or undefined when absent/invalid. */
export function retryAfterSeconds(exchange: Exchange): number | undefined {
  const value = exchange.headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - Date.now()) / 1000));
}

/** A random lowercase tag, to make keys, markers and references of this run unique. */
export function randomTag(length = 10): string {
  let tag = '';
  while (tag.length < length) tag += Math.random().toString(36).slice(2);
  return tag.slice(0, length);
}

/** Feedback that fits the contract, marked as the kit's own (page /diwan-conformance) so staff can filter it out. */
export function testFeedback(overrides: Record<string, unknown> = {}): Record<string, unknown> & { idempotencyKey: string } {
  return {
    kind: 'feedback',
    useful: true,
    rating: 5,
    page: '/diwan-conformance',
    locale: 'en',
    idempotencyKey: `conformance-${randomTag(16)}`,
    ...overrides,
  } as Record<string, unknown> & { idempotencyKey: string };
}
