// Turning what a citizen typed into the reference a backend expects. Pure functions, no DOM.
import { toLatinDigits } from '../digits.js';

// Hyphen look-alikes a phone keyboard or a copy from a PDF produces: ‐ ‑ ‒ – — − ﹣ －, and tatweel.
const DASHES = /[\u2010-\u2015\u2212\uFE63\uFF0D\u0640]/g;

/** Full-width letters and digits (NFKC), local digits, dash look-alikes; spaces trimmed and collapsed. */
function tidy(input: string): string {
  return toLatinDigits(input.normalize('NFKC'))
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .replace(/ ?- ?/g, '-')
    .trim();
}

/** The longest reference Diwan sends (as the lookup schema): anything longer is not matched at all. */
export const MAX_REFERENCE_LENGTH = 64;
/**
 * Compiles a backend's reference pattern; an invalid one is ignored (the backend still checks). Unsafe
 * ones (`^(a+)+$`) never get here: the validating boundary drops them (see isUnsafePattern).
 */
export function compileReferencePattern(source: string | undefined): RegExp | undefined {
  if (!source) return undefined;
  try {
    return new RegExp(source, 'u');
  } catch {
    return undefined;
  }
}

export type ReferenceCheck =
  | { ok: true; reference: string }
  | { ok: false; problem: 'missing' | 'format' };

/**
 * Normalises a typed reference and checks it against the backend's pattern. Digits in Arabic-Indic
 * and Eastern Arabic forms, letter case and spaces are forgiven: `dw ٢٠٢٦ ٠٠٠١` is `DW-2026-0001`
 * when the pattern is `^DW-\d{4}-\d{4}$`. Without a pattern the tidied text is sent as typed
 * (case kept: some backends' references are case-sensitive).
 */
export function checkReference(input: string, pattern?: RegExp): ReferenceCheck {
  const tidied = tidy(input);
  if (!tidied) return { ok: false, problem: 'missing' };
  // a cap before any matching: the time a pattern takes grows with the text it runs on
  if (tidied.length > MAX_REFERENCE_LENGTH) return { ok: false, problem: 'format' };
  if (!pattern) return { ok: true, reference: tidied };
  const upper = tidied.toUpperCase();
  const candidates = [
    tidied,
    upper,
    upper.replace(/ /g, '-'), // "DW 2026 0001"
    upper.replace(/ /g, ''), // "DW2026 0001" for a pattern without separators
    upper.replace(/[\s-]/g, ''),
  ];
  const match = candidates.find((candidate) => pattern.test(candidate));
  return match === undefined ? { ok: false, problem: 'format' } : { ok: true, reference: match };
}

/** A verification value as sent: local digits → ASCII, spaces trimmed and collapsed. */
export function normalizeVerification(input: string): string {
  return toLatinDigits(input.normalize('NFKC')).replace(/\s+/g, ' ').trim();
}

/**
 * The earlier spelling, kept so code written against it still works.
 * @deprecated Use `normalizeVerification` (the public API spells "normalize" one way, as `String.prototype.normalize` does).
 */
export const normaliseVerification = normalizeVerification;
