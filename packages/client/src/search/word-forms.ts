// Extra word forms the search index matches on, beyond normalizeForSearch. Input is always normalised
// text (so Arabic kaf is already ک, every yeh is ي, every heh is ه).

/**
 * Arabic attaches the article and some particles to the word: الجواز "the passport", للمواطنين
 * "for the citizens". Without stripping, a search for جواز would not find الجواز by prefix. Longest
 * first; ک is the normalised form of ك.
 */
const ARABIC_ARTICLES = ['وال', 'بال', 'فال', 'کال', 'لل', 'ال'] as const;
const MIN_STEM_LENGTH = 2;
const ARTICLE_INITIALS = new Set(ARABIC_ARTICLES.map((article) => article.charAt(0)));

/** The word without a leading Arabic article, or undefined when it has none worth stripping. */
export function stripArabicArticle(word: string): string | undefined {
  if (!ARTICLE_INITIALS.has(word.charAt(0))) return undefined; // most words: one cheap test
  for (const article of ARABIC_ARTICLES) {
    if (word.startsWith(article) && word.length - article.length >= MIN_STEM_LENGTH) {
      return word.slice(article.length);
    }
  }
  return undefined;
}

/**
 * Kurdish (Sorani) letters that many keyboards lack, with the letter people type instead:
 * ۆ → و, ێ → ي, ڵ → ل, ڕ → ر, and ڤ → ف (also used for "v" in Arabic loanwords: ڤیزا / فيزا).
 * The index folds one way: a query without these letters matches words with them; a query with them
 * must match exactly, so a careful Kurdish typist gets precise results.
 */
const KURDISH_LETTERS = /[ۆێڵڕڤ]/gu;
const KURDISH_FALLBACK: Readonly<Record<string, string>> = { ۆ: 'و', ێ: 'ي', ڵ: 'ل', ڕ: 'ر', ڤ: 'ف' };
const HAS_KURDISH_LETTER = /[ۆێڵڕڤ]/u;

/** The text with Kurdish-only letters replaced by their keyboard fallbacks (same string if none). */
export function withoutKurdishLetters(text: string): string {
  return HAS_KURDISH_LETTER.test(text)
    ? text.replace(KURDISH_LETTERS, (letter) => KURDISH_FALLBACK[letter] ?? letter)
    : text;
}

export function hasKurdishLetter(text: string): boolean {
  return HAS_KURDISH_LETTER.test(text);
}
