// Text folding for search in Arabic, Kurdish (Sorani), French and English. Pure functions (their only
// state is a lazily filled per-code-point cache).
//
// Pipeline (order matters):
//  1. NFKD: splits accents and hamza/madda off their letters (é → e + ◌́, أ → ا + ◌ٔ, ئ → ي + ◌ٔ) and
//     unfolds compatibility forms (Arabic presentation forms ﻻ → لا, ligatures ﬁ → fi, ² → 2).
//  2. toLowerCase(): locale-independent by definition (never the Turkish tailoring), so 'I' → 'i'
//     everywhere; 'İ' becomes 'i' + combining dot, which step 3 removes.
//  3. Remove diacritic marks (Latin accents, Greek/Cyrillic/Hebrew points, Arabic harakat, shadda,
//     tanwin, superscript alef, Quranic marks), tatweel and invisible format characters (ZWJ, ZWNJ,
//     ZWSP, soft hyphen, LRM/RLM/ALM, bidi embeddings and isolates).
//     Marks of Indic and South-East Asian scripts and Japanese voicing marks are KEPT: there they are
//     vowels or change the letter, so dropping them would merge unrelated words.
//  4. Fold letter variants to one letter each and native digits to ASCII (table below).
//  5. Everything that is not a letter, digit or kept mark becomes a space; spaces collapse.
//  Steps 3-5 are one pass over the characters.
//
// Kurdish ۆ ێ ڵ ڕ (and ڤ) are distinct code points, not letter + mark, so they survive step 3 and are
// deliberately NOT folded here: they are different letters (کۆن "old" vs کون "hole"). The search
// index instead folds them one way (see word-forms.ts): a query typed without them — keyboards
// lacking Kurdish letters — still finds words that have them, while a query that has them is exact.

/** Marks of scripts where they are vowels or change the letter: kept. */
// each mark is matched on its own (the kana voicing marks too): that is the point of this class
// eslint-disable-next-line no-misleading-character-class
const KEPT_MARK_RANGES = /[\u0900-\u0DFF\u0E00-\u0FFF\u1000-\u109F\u1780-\u17FF\u1B00-\u1BFF\u3099\u309A\uA8E0-\uA8FF]/u;
import { LOCAL_DIGITS, toLatinDigits } from '../digits.js';

const MARK = /\p{M}/u;
/** Invisible format characters, tatweel, and the Arabic high hamza and small waw/yeh (spacing
 *  letters in Unicode, but decoration for search). */
const REMOVED = /[\p{Cf}\u0640\u0674\u06E5\u06E6]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** One-letter folds applied after NFKD and lower-casing. Targets are fixed points of the pipeline. */
const FOLDS: ReadonlyMap<number, string> = new Map(
  Object.entries({
    // Latin letters that NFKD does not split.
    œ: 'oe',
    æ: 'ae',
    ß: 'ss',
    ø: 'o',
    đ: 'd',
    ð: 'd',
    ł: 'l',
    ı: 'i', // Turkish dotless i: users type a plain i
    þ: 'th',
    ς: 'σ', // Greek final sigma, produced by toLowerCase at word ends
    // Alef variants (أ إ آ are already alef + mark after NFKD).
    ٱ: 'ا',
    ٲ: 'ا',
    ٳ: 'ا',
    // Yeh: Arabic ي, Persian/Kurdish ی and alef maksura ى are one letter for search.
    ی: 'ي',
    ى: 'ي',
    // Heh: teh marbuta, Kurdish ە (U+06D5), heh doachashmee ھ (U+06BE), heh goal ہ, teh marbuta goal ۃ.
    ة: 'ه',
    ە: 'ه',
    ھ: 'ه',
    ہ: 'ه',
    ۃ: 'ه',
    // Kaf: Arabic ك and swash kaf ڪ fold to Persian/Kurdish ک.
    ك: 'ک',
    ڪ: 'ک',
    // Arabic-Indic and Extended Arabic-Indic (Persian/Kurdish) digits.
    ...Object.fromEntries([...LOCAL_DIGITS.join('')].map((digit) => [digit, toLatinDigits(digit)])),
  }).map(([from, to]) => [from.codePointAt(0) as number, to]),
);

// What happens to a code point (after NFKD and lower-casing). Computed once per code point with
// Unicode property regexes, then cached: running those regexes over every character of every
// field was 10x slower than the rest of the pipeline.
const UNKNOWN = 0;
const KEEP = 1;
const KEEP_MARK = 2;
const FOLD = 3;
const REMOVE = 4;
const SEPARATE = 5;
type CharClass = typeof KEEP | typeof KEEP_MARK | typeof FOLD | typeof REMOVE | typeof SEPARATE;

let bmpClasses: Uint8Array | undefined; // created on first use: no work at import time
const astralClasses = new Map<number, CharClass>();

function classify(code: number): CharClass {
  if (code < 0x10000) {
    bmpClasses ??= new Uint8Array(0x10000);
    const known = bmpClasses[code] ?? UNKNOWN;
    if (known !== UNKNOWN) return known as CharClass;
    const computed = computeClass(code);
    bmpClasses[code] = computed;
    return computed;
  }
  let known = astralClasses.get(code);
  if (known === undefined) {
    known = computeClass(code);
    astralClasses.set(code, known);
  }
  return known;
}

function computeClass(code: number): CharClass {
  if (FOLDS.has(code)) return FOLD;
  const char = String.fromCodePoint(code);
  if (REMOVED.test(char)) return REMOVE;
  if (MARK.test(char)) return KEPT_MARK_RANGES.test(char) ? KEEP_MARK : REMOVE;
  return LETTER_OR_DIGIT.test(char) ? KEEP : SEPARATE;
}

/** Folds text for matching: case, diacritics, Arabic letter variants, Kurdish variants, digits. */
export function normalizeForSearch(text: string): string {
  const source = text.normalize('NFKD').toLowerCase();
  let out = '';
  let runStart = -1; // start of a run of characters copied as they are
  let pendingSpace = false;
  let keptMark = false;
  for (let i = 0; i < source.length; i++) {
    const code = source.codePointAt(i) as number;
    const width = code > 0xffff ? 2 : 1;
    // ASCII letters and digits (most of Latin text) skip the class lookup.
    const charClass =
      (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) ? KEEP : classify(code);
    if (charClass === KEEP || charClass === KEEP_MARK) {
      if (runStart < 0) {
        if (pendingSpace) out += ' ';
        pendingSpace = false;
        runStart = i;
      }
      if (charClass === KEEP_MARK) keptMark = true;
    } else {
      if (runStart >= 0) out += source.slice(runStart, i);
      runStart = -1;
      if (charClass === FOLD) {
        if (pendingSpace) out += ' ';
        pendingSpace = false;
        out += FOLDS.get(code) as string;
      } else if (charClass === SEPARATE) {
        pendingSpace = out !== '';
      }
    }
    i += width - 1;
  }
  if (runStart >= 0) out += source.slice(runStart);
  // Removing a joiner between two kept marks can leave them out of canonical order; reorder so
  // that normalising again changes nothing.
  return keptMark ? out.normalize('NFKD') : out;
}

/** normalizeForSearch + split into word tokens (Unicode letters/digits), empty tokens dropped. */
export function tokenize(text: string): string[] {
  const normalized = normalizeForSearch(text);
  return normalized === '' ? [] : normalized.split(' ');
}
