import { besideCurrency, contextBefore, findPassportNumbers, GLUED_CONTEXT } from './context.js';
import { latinDigitsAndMarks, passesLuhn, passesNirKey, passesTurkishIdCheck } from './digits.js';
import { findIbans } from './ibans.js';
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
// A word typed without its space before a number ("au0612…", "le+49…", "ID110003…", "sécu1 91…", "Carte3734…"):
// a look-behind for a lower-case or capitalised word, or a context word in capitals. Codes stay glued to
// their digits and are no number of their own (A1234567, DW2026…, REF2026…).
const LATIN = 'A-Za-zÀ-ÖØ-öø-ÿ';
const GLUED = String.raw`(?<![${LATIN}])(?![Rr]ef|[Dd][Ww]|[Rr]eq)(?:[a-zß-öø-ÿ]{2,}|[A-ZÀ-Ö][a-zß-öø-ÿ]+|${GLUED_CONTEXT.map((word) => word.toUpperCase()).join('|')})`;
/** Where a number may start: not inside a word or a number, except right after a glued word. */
const NUMBER_START = String.raw`(?:(?<![A-Za-z0-9#])|(?<=${GLUED}))`;

// Card numbers grouped with spaced dashes ("4328 - 3862 - 7690 - 0180", Amex 4-6-5): a dash between spaces
// ends a clause in ordinary numbers, so these are taken apart and only when the Luhn check holds.
const DASHED_CARD = new RegExp(String.raw`${NUMBER_START}\d{4,6}(?:[ \u00A0]*[-–][ \u00A0]*\d{4,6}){2,4}(?!\d)`, 'g');
// French NIR, spaced or not, with Corsica's 2A/2B; its key keeps look-alikes out.
const NIR = new RegExp(String.raw`${NUMBER_START}[12] ?\d\d ?\d\d ?(?:\d\d|2[ABab]) ?\d{3} ?\d{3} ?\d\d(?!\d)`, 'g');
// UK National Insurance number, spaced or not (QQ 12 34 56 C): its letters are distinctive enough alone.
const NINO = new RegExp(String.raw`${NUMBER_START}(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d\d ?\d\d ?\d\d ?[A-D](?![A-Za-z0-9])`, 'g');

/** Values known by their shape and check digits, taken before numbers are classified. */
const SHAPES: [RegExp, RedactionKind, (value: string) => boolean][] = [
  [DASHED_CARD, 'card', (value) => { const digits = value.replace(/\D/g, ''); return hasCardShape(digits) && passesLuhn(digits); }],
  [NIR, 'id', passesNirKey],
  [NINO, 'id', () => true],
];

/** Look-alikes that must survive: they are masked before numbers are classified. */
const PROTECTED = [
  // reference numbers and codes glued to Latin letters: DW-2026-0001, REF/2026/77, A1234567 (not a word glued to a number)
  new RegExp(String.raw`[A-Za-z]+(?:[-_/]|(?<!${GLUED}))\d[\d\-/]*`, 'g'),
  // the same references copied with spaces: a capitalised code, a year, a serial (DW 2026 0042); "ID 2041 7910 5702" is a number
  /(?<![A-Za-z])(?!ID )[A-Z]{2,4} (?:19|20)\d\d[ \-/]\d{1,6}(?!\d)/g,
  // dates: 2026-11-23, 2026/11/23, 23/11/2026, 23.11.26, 1-2-2026
  /(?<![\d.\-/])\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?![-/.]?\d)/g,
  /(?<![\d.\-/])\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})(?![-/.]?\d)/g,
  // times: 09:30, 9:30:15, 10h30
  /(?<!\d)\d{1,2}[:h]\d{2}(?::\d{2})?(?!\d)/g,
  // percentages: 15 %, 12.5%, ٪ is normalised to %
  /\d+(?:[.,]\d+)?[ \u00A0\u202F]?%/g,
];

// A run of digit groups joined by a space (or two, as people pad card groups), a dot or a hyphen (direction marks around them allowed), with
// an optional + or (…), or a slash after a trunk prefix (0792/4591474). A dot or hyphen followed by a space ends a sentence or a
// clause ("…4567. 8 000 IQD", "…4567 - 7018 days"), not a number. Digits next to Latin letters or other digits are not a separate
// number (Arabic prefixes like و are fine), unless a word was typed glued to them.
const NUMBER_RUN = new RegExp(NUMBER_START
  + String.raw`\(?\+?[ \u00A0]?\(?\d+\)?(?:(?:[\u200E\u200F\u061C]*(?:[ \u00A0\u202F]{1,2}|[.-](?![ \u00A0]))[\u200E\u200F\u061C]*|(?<=\))|(?<=(?<![\d/])0\d{2,4})\/)\(?\d+\)?)*(?![A-Za-z0-9#])`, 'g');

const THOUSANDS_SEPARATORS = /^[ \u00A0\u202F.]$/;

function replaceWithMask(text: string, start: number, end: number): string {
  return text.slice(0, start) + MASK.repeat(end - start) + text.slice(end);
}

/** Money written with thousands groups (1 000 000 000, 2.500.000.000): an amount, not an identifier. */
function looksLikeAmount(groups: string[], separators: string[]): boolean {
  if (groups.length < 2 || groups[0]!.length > 3) return false;
  if (!separators.every((separator) => THOUSANDS_SEPARATORS.test(separator))) return false;
  return groups.slice(1).every((group) => group.length === 3) && groups[groups.length - 1] === '000';
}

// years and ranges of years (2014 2017, 2014-2017), a year with a serial as laws and decrees are numbered
// (2001-1774), and a date written without separators (20240503)
const looksLikeYears = (groups: string[], run = '') => (groups.length > 1 && groups.every((group) => /^(19|20)\d\d$/.test(group)))
  || /^(19|20)\d\d(?:[-/]\d{1,5}|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))$/.test(run);

/** Length and issuer prefix of a payment card (Visa 13–19, Amex 15, Diners 14, others 16–19). */
function hasCardShape(digits: string): boolean {
  switch (digits.length) {
    case 13: return digits.startsWith('4');
    case 14: return /^3[068]/.test(digits);
    case 15: return /^3[47]/.test(digits);
    default: return digits.length >= 16 && digits.length <= 19 && /^[2-6]/.test(digits);
  }
}

// A calling code and a mobile (or Iraqi) national number typed without + or 00: 9647701234567, 33612345678, 447911123456
const WITH_CALLING_CODE =
  /^(?:964(?:7\d{9}|1\d{7}|[2-6]\d{8})|447\d{9}|1[2-9]\d\d[2-9]\d{6}|905\d{9}|9715\d{8}|9627\d{8}|9665\d{8}|989\d{9}|491[5-7]\d{8,9}|467\d{8}|316\d{8}|33[67]\d{8}|324\d{8})$/;

/** Identity numbers known by their shape or check digits, whatever words stand around them. */
function hasIdShape(written: string, digits: string): boolean {
  const run = written.replace(/[()]/g, '');
  // US SSN 123-45-6789, Iranian national code 123-456789-0
  if (/^(?!000|666|9)\d{3}-(?!00)\d\d-(?!0000)\d{4}$|^\d{3}-\d{6}-\d$/.test(run)) return true;
  // Swedish personnummer: a birth date, a serial and a Luhn digit (750810-9084, 19750810-9084)
  const personnummer = /^(?:19|20)?(\d\d(?:0[1-9]|1[0-2])\d\d)[-+](\d{4})$/.exec(run);
  if (personnummer && passesLuhn(personnummer[1]! + personnummer[2]!)) return true;
  return digits.length === 11 && passesTurkishIdCheck(digits);
}

/** How phone numbers are written: a trunk 0, an Iraqi mobile without it, a calling code, an area code in brackets. */
const hasPhoneShape = (run: string, digits: string) => (digits.startsWith('0') && digits.length >= 9 && digits.length <= 12)
  || /^7[3-9]\d{8}$/.test(digits) || WITH_CALLING_CODE.test(digits) || (/^\(+\d{2,5}\)/.test(run) && digits.length >= 9 && digits.length <= 12);

/**
 * What a run of digits is, or undefined when it is an ordinary number worth keeping. `text` is the
 * whole (normalised) comment and the run sits at `start`…`end`: currencies and context words around it count.
 */
function classifyNumber(run: string, text: string, start: number, end: number): RedactionKind | undefined {
  if (besideCurrency(text, start, end)) return undefined;
  run = run.trim();
  const groups = run.match(/\d+/g) ?? [];
  const separators = run.split(/\d+/).slice(1, -1).map((separator) => separator.replace(/[()]/g, ''));
  const digits = groups.join('');
  const international = run.startsWith('+') || run.startsWith('(+') || (digits.startsWith('00') && digits.length >= 11);
  if (international) {
    const significant = digits.replace(/^00/, '').length;
    if (significant >= 8 && significant <= 15) return 'phone';
  }
  if (hasCardShape(digits) && passesLuhn(digits)) return 'card';
  if (hasIdShape(run, digits)) return 'id';
  const context = contextBefore(text, start);
  if (context === 'id' && digits.length >= 6 && !looksLikeYears(groups, run)) return 'id';
  if (hasPhoneShape(run, digits)) return 'phone';
  // "my number is …": a phone when short; a longer number of another shape is an identity number (4-4-4)
  const phoneContext = context === 'phone' || (context === 'number' && digits.length < 10);
  if (phoneContext && digits.length >= 7 && digits.length <= 15 && !looksLikeYears(groups, run)) return 'phone';
  // after a card word, twelve digits are the Iraqi national card's (البطاقة, "passport A… and card 1990…"): payment cards have 13–19
  if (context === 'card' && digits.length >= 12 && digits.length <= 19) return digits.length < 13 ? 'id' : 'card';
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
  for (const [start, end] of findIbans(working, GLUED)) take({ kind: 'iban', start, end });
  for (const [pattern, kind, valid] of SHAPES) {
    for (const match of working.matchAll(pattern)) if (valid(match[0])) take({ kind, start: match.index, end: match.index + match[0].length });
  }
  for (const [start, end] of findPassportNumbers(working)) take({ kind: 'id', start, end });

  let numbers = working;
  for (const pattern of PROTECTED) {
    for (const match of numbers.matchAll(pattern)) numbers = replaceWithMask(numbers, match.index, match.index + match[0].length);
  }
  for (const match of numbers.matchAll(NUMBER_RUN)) {
    // keep the surrounding spaces in the text, and brackets around the whole number: only the number itself goes
    const run = match[0].trim();
    const bracketed = /^\([^)]*\)$/.test(run) ? 1 : 0;
    const start = match.index + match[0].length - match[0].trimStart().length + bracketed;
    const end = start + run.length - 2 * bracketed;
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
