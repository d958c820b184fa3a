// diwan-conformance <baseUrl>: checks a backend against the Diwan REST contract. A progress line per
// check on stderr (stdout when no --json), a JSON report on stdout with --json; exit 0 only when every
// check that ran passed (1: a check failed, 2: wrong usage).
import { parseArgs } from 'node:util';
import type { CheckResult } from './check.js';
import { DEFAULT_OPTIONS } from './context.js';
import { CHECKS, runConformance, unknownCheckIds, VERSION } from './run.js';

const USAGE = `diwan-conformance ${VERSION} — does a backend speak the Diwan REST contract?

Usage: diwan-conformance <baseUrl> [options]
  e.g. diwan-conformance https://staging.example.gov/api/v1 --reference DW-2026-0001 --verification Karim

Options:
  --reference <ref>       a known test request (the lookup checks need it) …
  --verification <value>  … and its right verification value
  --origin <url>          an origin on the server's CORS allow-list (default ${DEFAULT_OPTIONS.origin})
  --only <ids>            run only these checks (comma-separated)
  --skip <ids>            do not run these checks (comma-separated)
  --token <token>         a staff bearer token, for staff routes
  --timeout <ms>          per-request timeout (default ${DEFAULT_OPTIONS.timeoutMs})
  --samples <n>           latency samples per side in lookup-timing (default ${DEFAULT_OPTIONS.samples})
  --max-attempts <n>      failed lookups before lookup-limit expects a 429 (default ${DEFAULT_OPTIONS.maxAttempts})
  --fuzz-runs <n>         generated inputs per fuzzed route in robustness (default ${DEFAULT_OPTIONS.fuzzRuns})
  --sse-wait <ms>         how long live-sse listens to a stream (default ${DEFAULT_OPTIONS.sseWaitMs})
  --json                  print the report as JSON on stdout (progress goes to stderr)
  --list                  list the checks and exit
  --help

Checks: ${CHECKS.map((check) => check.id).join(', ')}`;

function usageError(message: string): never {
  console.error(`diwan-conformance: ${message}\n\n${USAGE}`);
  process.exit(2);
}

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) usageError(`--${name} must be a positive whole number, got "${value}"`);
  return number;
}

const list = (value: string | undefined) => (value ?? '').split(',').map((id) => id.trim()).filter(Boolean);

let parsed: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      reference: { type: 'string' }, verification: { type: 'string' }, origin: { type: 'string' },
      only: { type: 'string' }, skip: { type: 'string' }, token: { type: 'string' }, timeout: { type: 'string' },
      samples: { type: 'string' }, 'max-attempts': { type: 'string' }, 'fuzz-runs': { type: 'string' }, 'sse-wait': { type: 'string' },
      json: { type: 'boolean' }, list: { type: 'boolean' }, help: { type: 'boolean' },
    },
  });
}
try {
  parsed = parse();
} catch (error) {
  usageError((error as Error).message);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (values.list) {
  for (const check of CHECKS) console.log(`${check.id.padEnd(22)} ${check.title}`);
  process.exit(0);
}
if (positionals.length !== 1) usageError('give exactly one base URL');
const baseUrl = positionals[0]!;
if (!/^https?:\/\/[^/]/i.test(baseUrl)) usageError(`the base URL must start with http:// or https://, got "${baseUrl}"`);
if (Boolean(values.reference) !== Boolean(values.verification)) usageError('--reference and --verification go together');
const only = list(values.only);
const skip = list(values.skip);
const unknown = unknownCheckIds([...only, ...skip]);
if (unknown.length) usageError(`no check named ${unknown.join(', ')}`);

const progress = values.json ? console.error : console.log;
const width = Math.max(...CHECKS.map((check) => check.id.length));
const symbol = { pass: '✔', fail: '✘', skip: '–' } as const;

function printResult(result: CheckResult): void {
  const timing = result.verdict === 'skip' && result.requests === 0 ? '' : ` (${result.requests} requests, ${(result.ms / 1000).toFixed(1)} s)`;
  const head = `${symbol[result.verdict]} ${result.id.padEnd(width)}  ${result.verdict === 'skip' ? `skipped: ${result.problems[0]}` : result.title}${timing}`;
  progress(head);
  if (result.verdict === 'fail') {
    for (const problem of result.problems) progress(`    • ${problem}`);
    progress(`    fix: ${result.fix}`);
  }
}

progress(`diwan-conformance ${VERSION} → ${baseUrl}`);
const report = await runConformance({
  baseUrl,
  only,
  skip,
  token: values.token,
  reference: values.reference,
  verification: values.verification,
  origin: values.origin ?? DEFAULT_OPTIONS.origin,
  timeoutMs: positiveInteger('timeout', values.timeout, DEFAULT_OPTIONS.timeoutMs),
  samples: positiveInteger('samples', values.samples, DEFAULT_OPTIONS.samples),
  maxAttempts: positiveInteger('max-attempts', values['max-attempts'], DEFAULT_OPTIONS.maxAttempts),
  fuzzRuns: positiveInteger('fuzz-runs', values['fuzz-runs'], DEFAULT_OPTIONS.fuzzRuns),
  sseWaitMs: positiveInteger('sse-wait', values['sse-wait'], DEFAULT_OPTIONS.sseWaitMs),
}, printResult);
progress(`${report.passed} passed, ${report.failed} failed, ${report.skipped} skipped — ${report.requests} requests in ${(report.ms / 1000).toFixed(1)} s`);
if (values.json) console.log(JSON.stringify(report, null, 2));
process.exit(report.failed === 0 ? 0 : 1);
