// Text folding for search in Arabic, Kurdish (Sorani), French and English. Pure functions, no state.
//
// Pipeline (order matters):
//  1. NFKD: splits accents and hamza/madda off their letters (é → e + ◌́, أ → ا + ◌ٔ, ئ → ي + ◌ٔ) and
//     unfolds compatibility forms (Arabic presentation forms ﻻ → لا, ligatures ﬁ → fi, ² → 2).
//  2. toLowerCase(): locale-independent by definition (never the Turkish tailoring), so 'I' → 'i'
//     everywhere; 'İ' becomes 'i' + combining dot, which step 3 removes.
//  3. Remove diacritic marks (Latin accents, Greek/Cyrillic/Hebrew points, Arabic harakat, shadda,
//     tanwin, superscript alef, Quranic marks). Tatweel and invisible format characters (ZWJ, ZWNJ,
//     ZWSP, soft hyphen, LRM/RLM/ALM, bidi embeddings and isolates) go first, before step 1.
//     Marks of Indic and South-East Asian scripts and Japanese voicing marks are KEPT: there they are
//     vowels or change the letter, so dropping them would merge unrelated words.
//  4. Fold letter variants to one letter each and native digits to ASCII (table below).
//  5. Everything that is not a letter, digit or kept mark becomes a space; spaces collapse.
//
// Kurdish ۆ ێ ڵ ڕ (and ڤ) are distinct code points, not letter + mark, so they survive step 3 and are
// deliberately NOT folded here: they are different letters (کۆن "old" vs کون "hole"). The search
// index instead folds them one way (see word-forms.ts): a query typed without them — keyboards
// lacking Kurdish letters — still finds words that have them, while a query that has them is exact.

/**
 * Invisible characters and tatweel, removed before NFKD: a ZWJ between two combining marks blocks
 * their canonical reordering, so removing it afterwards would make a second pass change the text.
 */
const INVISIBLE = /[\p{Cf}\u0640]/gu;

/** Marks removed in step 3: every combining mark except those of scripts where marks are letters,
 *  plus the Arabic high hamza and small waw/yeh, which are spacing letters in Unicode. */
const DIACRITICS =
  /(?![\u0900-\u0DFF\u0E00-\u0FFF\u1000-\u109F\u1780-\u17FF\u1B00-\u1BFF\u3099\u309A\uA8E0-\uA8FF])\p{M}|[\u0674\u06E5\u06E6]/gu;

/** One-letter folds applied after NFKD and lower-casing. Targets must be fixed points of the pipeline. */
const FOLDS: Readonly<Record<string, string>> = {
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
  '٠': '0', '١': '1', '٢': '2', '٣': '3', '٤': '4', '٥': '5', '٦': '6', '٧': '7', '٨': '8', '٩': '9',
  '۰': '0', '۱': '1', '۲': '2', '۳': '3', '۴': '4', '۵': '5', '۶': '6', '۷': '7', '۸': '8', '۹': '9',
};

const FOLDED = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'gu');

/** Step 5 keeps letters, digits and the marks step 3 kept. */
const SEPARATORS = /[^\p{L}\p{N}\p{M}]+/gu;
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Folds text for matching: case, diacritics, Arabic letter variants, Kurdish variants, digits. */
export function normalizeForSearch(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .normalize('NFKD')
    .toLowerCase()
    .replace(DIACRITICS, '')
    .replace(FOLDED, (letter) => FOLDS[letter] ?? letter)
    .replace(SEPARATORS, ' ')
    .trim();
}

/** normalizeForSearch + split into word tokens (Unicode letters/digits), empty tokens dropped. */
export function tokenize(text: string): string[] {
  return normalizeForSearch(text).match(WORD) ?? [];
}
