// Lookup privacy: "no such reference" and "wrong verification value" must look the same (status, body,
// headers, timing), guessing must be limited, and the value must never come back.
import { retryAfterSeconds, expectErrorBody, label, randomTag, type Check, type Problems } from '../check.js';
import type { Context } from '../context.js';
import type { Exchange } from '../http.js';
import { compareSamples } from '../stats.js';

const NEEDS_KNOWN = 'needs a known test request: --reference and --verification';

/** A well-formed but wrong verification value of each kind (so no server refuses it as malformed). */
const WRONG_VALUES: Record<string, string> = {
  surname: 'Quillfeatherby',
  email: 'quillfeatherby@conformance.invalid',
  date_of_birth: '1901-02-03',
  postcode: 'QQ9 9QQ',
  pin: '918273',
};

async function wrongValue(context: Context): Promise<string> {
  return WRONG_VALUES[(await context.verificationKind()) ?? 'surname'] ?? WRONG_VALUES.surname!;
}

/** A reference shaped like the known one (same letters and separators, other digits) that is not it. */
export function unknownReferenceLike(reference: string): string {
  if (!/\d/.test(reference)) return `${reference}${randomTag(4).toUpperCase()}`;
  for (;;) {
    const candidate = reference.replace(/\d/g, () => String(Math.floor(Math.random() * 10)));
    if (candidate !== reference) return candidate;
  }
}

/** Headers whose values legitimately differ between any two answers. */
const VOLATILE = new Set(['date', 'x-request-id', 'request-id', 'x-correlation-id', 'traceparent', 'tracestate', 'server-timing', 'x-response-time', 'age', 'etag', 'content-length', 'set-cookie', 'keep-alive', 'connection']);

function compareAnswers(problems: Problems, unknown: Exchange, mismatch: Exchange, references: [string, string]): void {
  problems.expect(unknown.status === mismatch.status, `status differs: unknown reference → ${unknown.status}, wrong verification → ${mismatch.status}`);
  const scrub = (text: string, reference: string) => text.split(reference).join('<reference>');
  problems.expect(scrub(unknown.text, references[0]) === scrub(mismatch.text, references[1]), `body differs: unknown reference → ${unknown.text.slice(0, 160)} | wrong verification → ${mismatch.text.slice(0, 160)}`);
  const names = (answer: Exchange) => [...answer.headers.keys()].sort().join(', ');
  problems.expect(names(unknown) === names(mismatch), `header names differ: unknown reference → ${names(unknown)} | wrong verification → ${names(mismatch)}`);
  for (const [name, value] of unknown.headers) {
    if (VOLATILE.has(name) || !mismatch.headers.has(name)) continue;
    const other = mismatch.headers.get(name)!;
    problems.expect(scrub(value, references[0]) === scrub(other, references[1]), `header ${name} differs: unknown reference → ${value} | wrong verification → ${other}`);
  }
}

export const lookupPrivacy: Check = {
  id: 'lookup-privacy',
  title: 'An unknown reference and a wrong verification value get the same answer (status, body, headers)',
  fix: 'Answer "no such reference" and "wrong verification value" identically — one status (e.g. 404), one body, the same headers — so nobody can learn which references exist. Do the same work on both paths.',
  async run(context, problems) {
    const known = context.knownRequest;
    if (!known) return NEEDS_KNOWN;
    const { http } = context;
    const right = await http.post('/requests/lookup', known);
    if (!problems.expect(right.status === 200, `${label(right)} for the known request: check --reference and --verification (or the server is locked from an earlier run: wait for its Retry-After)`)) return;
    const value = await wrongValue(context);
    const other = unknownReferenceLike(known.reference);
    const unknown = await http.post('/requests/lookup', { reference: other, verification: value });
    const mismatch = await http.post('/requests/lookup', { reference: known.reference, verification: value });
    problems.expect(unknown.status >= 400 && unknown.status < 500, `an unknown reference gives ${label(unknown)}, expected a 4xx`);
    problems.expect(mismatch.status >= 400 && mismatch.status < 500, `a wrong verification value gives ${label(mismatch)}, expected a 4xx`);
    compareAnswers(problems, unknown, mismatch, [other, known.reference]);
  },
};

export const lookupNoEcho: Check = {
  id: 'lookup-no-echo',
  title: 'The verification value never comes back (body or headers of a failed lookup)',
  fix: 'Never repeat the verification value in an answer (error messages, debug headers): it is personal data and ends up in logs and screenshots.',
  async run(context, problems) {
    const { http } = context;
    const marker = `${(await wrongValue(context))}`;
    const known = context.knownRequest;
    const references = [unknownReferenceLike(known?.reference ?? 'DW-2026-0001'), ...(known ? [known.reference] : [])];
    for (const reference of references) {
      const answer = await http.post('/requests/lookup', { reference, verification: marker });
      expectErrorBody(problems, answer);
      const needle = marker.toLowerCase();
      problems.expect(!answer.text.toLowerCase().includes(needle), `${label(answer)}: the body repeats the verification value ("${marker}")`);
      for (const [name, value] of answer.headers) {
        problems.expect(!value.toLowerCase().includes(needle), `${label(answer)}: header ${name} repeats the verification value`);
      }
    }
  },
};

export const lookupTiming: Check = {
  id: 'lookup-timing',
  title: 'An unknown reference and a wrong verification value take the same time (latency distributions within noise)',
  fix: 'Do the same work whether or not the reference exists: look up, compare a keyed hash in constant time (e.g. against a dummy hash when there is no request), count the attempt, then answer. This check needs about 2 × (--samples + 3) failed lookups: allow them for the test client on staging (reference server: DIWAN_LOOKUP_MAX_FAILURES, DIWAN_LOOKUP_MAX_CLIENT_FAILURES) or lower --samples.',
  async run(context, problems) {
    const known = context.knownRequest;
    if (!known) return NEEDS_KNOWN;
    const { http, options } = context;
    const value = await wrongValue(context);
    const unknownMs: number[] = [];
    const mismatchMs: number[] = [];
    const warmUp = 3;
    // Interleaved in a random order per pair, one request at a time, so drift and load hit both sides alike.
    for (let round = 0; round < options.samples + warmUp; round += 1) {
      const pair = [
        { sample: unknownMs, body: { reference: unknownReferenceLike(known.reference), verification: value } },
        { sample: mismatchMs, body: { reference: known.reference, verification: value } },
      ];
      if (Math.random() < 0.5) pair.reverse();
      for (const { sample, body } of pair) {
        const answer = await http.post('/requests/lookup', body);
        if (answer.status === 429) {
          problems.add(`locked out (429) after ${round} rounds: the server’s attempt limit is lower than the ${options.samples + warmUp} failed lookups this check needs (inconclusive)`);
          return;
        }
        if (round >= warmUp) sample.push(answer.ms);
      }
    }
    const { z, shift, medianA, medianB } = compareSamples(unknownMs, mismatchMs);
    // Fails only when the difference is both statistically clear (p < 0.001) and large enough to matter:
    // a busy machine's noise is neither.
    const meaningful = Math.abs(shift) > Math.max(1, 0.25 * Math.min(medianA, medianB));
    problems.expect(!(Math.abs(z) > 3.29 && meaningful), `wrong verification is typically ${shift.toFixed(1)} ms ${shift > 0 ? 'slower' : 'faster'} than an unknown reference (medians ${medianB.toFixed(1)} vs ${medianA.toFixed(1)} ms, z = ${z.toFixed(1)}, ${options.samples} samples each): the timing tells which references exist`);
  },
};

export const lookupLimit: Check = {
  id: 'lookup-limit',
  title: 'Failed lookups are limited: a 429 with Retry-After and an ErrorBody, and the lock holds even for the right value',
  fix: 'Count failed lookups per reference (and per client) in shared storage; past a small number answer 429 with Retry-After (seconds) and an ErrorBody, for the right value too until the lock ends — otherwise guessing stays free.',
  async run(context, problems) {
    const known = context.knownRequest;
    if (!known) return NEEDS_KNOWN;
    const { http, options } = context;
    const value = await wrongValue(context);
    let locked: Exchange | undefined;
    for (let attempt = 0; attempt < options.maxAttempts && !locked; attempt += 1) {
      const answer = await http.post('/requests/lookup', { reference: known.reference, verification: value });
      if (answer.status === 429) locked = answer;
      else if (!problems.expect(answer.status >= 400 && answer.status < 500, `${label(answer)} for a wrong verification value`)) return;
    }
    if (!problems.expect(locked !== undefined, `no 429 after ${options.maxAttempts} wrong verification values for one reference: guessing is unlimited`)) return;
    const seconds = retryAfterSeconds(locked!);
    problems.expect(seconds !== undefined && seconds > 0, `${label(locked!)}: Retry-After is ${locked!.headers.get('retry-after') ?? 'missing'}, expected seconds to wait`);
    expectErrorBody(problems, locked!);
    const right = await http.post('/requests/lookup', known);
    problems.expect(right.status === 429, `${label(right)} for the right value while locked: the lock must hold (else guessing goes on until the right value answers 200)`);
  },
};
