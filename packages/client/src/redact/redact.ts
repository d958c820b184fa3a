import { besideCurrency, contextBefore, findPassportNumbers } from './context.js';
import { latinDigitsAndMarks, passesIbanCheck, passesLuhn } from './digits.js';
import { REDACTION_PLACEHOLDERS, type RedactionKind } from './placeholders.js';

export { REDACTION_PLACEHOLDERS, type RedactionKind };

export const REDACTION_KINDS: readonly RedactionKind[] = ['email', 'phone', 'card', 'iban', 'id'];

/** One piece of personal data found in a text: `text.slice(start, end)`. */
export interface Redaction {
  kind: RedactionKind;
  start: number;
  end: number;
}

export interface RedactionResult {
  /** The text with every finding replaced by its placeholder, e.g. `[phone]`. */
  text: string;
  /** How many of each kind were removed (0 when none). */
  removed: Record<RedactionKind, number>;
  /** What was removed, with positions in the original text, in order. */
  findings: Redaction[];
}


const MASK = '#';
// Internationalised addresses too (RFC 6531 local parts, IDN domains such as وزارة.عراق or bücher.de).
// Zero-width (non-)joiners belong to Sorani and Persian words (ه‌): each is a character of its own here.
// eslint-disable-next-line no-misleading-character-class
const EMAIL = /[\p{L}\p{N}\p{M}\u200C\u200D._%+-]+@[\p{L}\p{N}\p{M}\u200C\u200D-]+(?:\.[\p{L}\p{N}\p{M}\u200C\u200D-]+)*\.[\p{L}\p{M}]{2,}/gu;
// Spelled out to dodge filters: "ali dot hassan at example dot com", "c.martin arobase exemple point fr".
const SPELLED_EMAIL =
  /(?<![A-Za-z0-9])[A-Za-z0-9._-]+(?: (?:dot|point) [A-Za-z0-9_-]+)* ?(?:\(at\)|\[at\]| at | arobase ) ?[A-Za-z0-9-]+(?: (?:dot|point) [A-Za-z0-9-]+)+/gi;
// Country code, check digits, then groups of four (spaces or hyphens optional, also between the country and
// the check digits: "IQ 98 NBIQ…") and a short last group;
// in any case (people type iq98nbiq…): the mod-97 check keeps ordinary words out.
const IBAN = /(?<![A-Za-z0-9])[A-Za-z]{2}[ \u00A0-]?\d{2}(?:[ \u00A0-]?[A-Za-z0-9]{4}){2,7}(?:[ \u00A0-]?[A-Za-z0-9]{1,4})?/g;

/** Look-alikes that must survive: they are masked before numbers are classified. */
const PROTECTED = [
  // reference numbers and codes glued to Latin letters: DW-2026-0001, REF/2026/77, A1234567
  /[A-Za-z]+[-_/]?\d[\d\-/]*/g,
  // the same references copied with spaces: a capitalised code, a year, a serial (DW 2026 0042)
  /(?<![A-Za-z])[A-Z]{2,4} (?:19|20)\d\d[ \-/]\d{1,6}(?!\d)/g,
  // dates: 2026-11-23, 2026/11/23, 23/11/2026, 23.11.26, 1-2-2026
  /(?<![\d.\-/])\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?![-/.]?\d)/g,
  /(?<![\d.\-/])\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})(?![-/.]?\d)/g,
  // times: 09:30, 9:30:15, 10h30
  /(?<!\d)\d{1,2}[:h]\d{2}(?::\d{2})?(?!\d)/g,
  // percentages: 15 %, 12.5%, ٪ is normalised to %
  /\d+(?:[.,]\d+)?[ \u00A0\u202F]?%/g,
];

// A run of digit groups joined by a space (or two, as people pad card groups), a dot or a hyphen (direction marks around them allowed), with
// an optional + or (…). A dot or hyphen followed by a space ends a sentence or a clause ("…4567. 8 000 IQD",
// "…4567 - 7018 days"), not a number. Digits next to Latin letters or other digits are not a separate
// number (Arabic prefixes like و are fine).
const NUMBER_RUN =
  /(?<![A-Za-z0-9#])\(?\+?[ \u00A0]?\(?\d+\)?(?:(?:[\u200E\u200F\u061C]*(?:[ \u00A0\u202F]{1,2}|[.-](?![ \u00A0]))[\u200E\u200F\u061C]*|(?<=\)))\(?\d+\)?)*(?![A-Za-z0-9#])/g;

const THOUSANDS_SEPARATORS = /^[ \u00A0\u202F.]$/;

function replaceWithMask(text: string, start: number, end: number): string {
  return text.slice(0, start) + MASK.repeat(end - start) + text.slice(end);
}

function findIbans(text: string): Redaction[] {
  const found: Redaction[] = [];
  for (const match of text.matchAll(IBAN)) {
    let candidate = match[0];
    // the pattern may swallow a following group of capitals: shorten until the checksum holds
    while (candidate.replace(/[\s-]/g, '').length >= 15 && !passesIbanCheck(candidate.replace(/-/g, ''))) {
      candidate = candidate.slice(0, -1).replace(/[\s-]+$/, '');
    }
    // "IQ 98 NBIQ…" (a space after the country) only after an IBAN or account word: "on 0096477…" and
    // "CB 2221…" pass the check by chance one time in 97
    const separated = !/^..\d/.test(candidate);
    if (separated && contextBefore(text, match.index) !== 'iban') continue;
    if (passesIbanCheck(candidate.replace(/-/g, ''))) found.push({ kind: 'iban', start: match.index, end: match.index + candidate.length });
  }
  return found;
}

/** Money written with thousands groups (1 000 000 000, 2.500.000.000): an amount, not an identifier. */
function looksLikeAmount(groups: string[], separators: string[]): boolean {
  if (groups.length < 2 || groups[0]!.length > 3) return false;
  if (!separators.every((separator) => THOUSANDS_SEPARATORS.test(separator))) return false;
  return groups.slice(1).every((group) => group.length === 3) && groups[groups.length - 1] === '000';
}

const looksLikeYears = (groups: string[]) => groups.length > 1 && groups.every((group) => /^(19|20)\d\d$/.test(group));

/** Length and issuer prefix of a payment card (Visa 13–19, Amex 15, Diners 14, others 16–19). */
function hasCardShape(digits: string): boolean {
  switch (digits.length) {
    case 13: return digits.startsWith('4');
    case 14: return /^3[068]/.test(digits);
    case 15: return /^3[47]/.test(digits);
    default: return digits.length >= 16 && digits.length <= 19 && /^[2-6]/.test(digits);
  }
}

/**
 * What a run of digits is, or undefined when it is an ordinary number worth keeping. `text` is the
 * whole (normalised) comment and the run sits at `start`…`end`: currencies and context words around it count.
 */
function classifyNumber(run: string, text: string, start: number, end: number): RedactionKind | undefined {
  if (besideCurrency(text, start, end)) return undefined;
  const groups = run.match(/\d+/g) ?? [];
  const separators = run.split(/\d+/).slice(1, -1).map((separator) => separator.replace(/[()]/g, ''));
  const digits = groups.join('');
  const international = /^\(?\+/.test(run.trimStart()) || (digits.startsWith('00') && digits.length >= 11);
  if (international) {
    const significant = digits.replace(/^00/, '').length;
    if (significant >= 8 && significant <= 15) return 'phone';
  }
  if (hasCardShape(digits) && passesLuhn(digits)) return 'card';
  const context = contextBefore(text, start);
  if (context === 'id' && digits.length >= 6 && !looksLikeYears(groups)) return 'id';
  if (context === 'phone' && digits.length >= 7 && digits.length <= 15) return 'phone';
  if (context === 'card' && digits.length >= 12 && digits.length <= 19) return 'card';
  if (digits.startsWith('0') && digits.length >= 9 && digits.length <= 12) return 'phone';
  if (/^7[3-9]\d{8}$/.test(digits)) return 'phone'; // an Iraqi mobile number written without its 0
  if (digits.length >= 10 && !looksLikeAmount(groups, separators) && !looksLikeYears(groups)) return 'id';
  return undefined;
}

/**
 * Finds e-mail addresses, phone numbers (international and local, Latin, Arabic-Indic and Eastern
 * Arabic digits), card numbers (Luhn), IBANs (mod 97) and long ID-like digit runs, leaving dates,
 * times, prices, percentages, years and reference numbers (DW-2026-0001) alone.
 */
export function findPersonalData(text: string): Redaction[] {
  let working = latinDigitsAndMarks(text);
  const findings: Redaction[] = [];
  const take = (found: Redaction) => {
    findings.push(found);
    working = replaceWithMask(working, found.start, found.end);
  };
  for (const pattern of [EMAIL, SPELLED_EMAIL]) {
    for (const match of working.matchAll(pattern)) take({ kind: 'email', start: match.index, end: match.index + match[0].length });
  }
  for (const found of findIbans(working)) take(found);
  for (const [start, end] of findPassportNumbers(working)) take({ kind: 'id', start, end });

  let numbers = working;
  for (const pattern of PROTECTED) {
    for (const match of numbers.matchAll(pattern)) numbers = replaceWithMask(numbers, match.index, match.index + match[0].length);
  }
  for (const match of numbers.matchAll(NUMBER_RUN)) {
    // keep the surrounding spaces in the text: only the number itself goes
    const leading = match[0].length - match[0].trimStart().length;
    const start = match.index + leading;
    const end = start + match[0].trim().length;
    const kind = classifyNumber(match[0], numbers, start, end);
    if (kind) findings.push({ kind, start, end });
  }
  return findings.sort((a, b) => a.start - b.start);
}

/** Replaces every finding of `findPersonalData` with a placeholder and counts them by kind. */
export function redactPersonalData(text: string): RedactionResult {
  const findings = findPersonalData(text);
  const removed = Object.fromEntries(REDACTION_KINDS.map((kind) => [kind, 0])) as Record<RedactionKind, number>;
  let result = '';
  let position = 0;
  for (const finding of findings) {
    result += text.slice(position, finding.start) + REDACTION_PLACEHOLDERS[finding.kind];
    position = finding.end;
    removed[finding.kind] += 1;
  }
  return { text: result + text.slice(position), removed, findings };
}
