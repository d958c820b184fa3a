// In-memory search over a catalogue (services, documents…). Every field is normalised once, when the
// index is built; a keystroke only normalises the query and scans precomputed strings.
//
// Matching: every query token must match (AND). A token matches a word that starts with it; tokens of
// 3+ characters also match inside a word, ranked below prefix matches (it finds "passport" in
// "e-passport", and Arabic words with prefixes the article stripping does not know).
// Each field is kept as one padded string ' word1 word2 … ', so "a word starts with t" is
// `includes(' ' + t)` and "a word is t" is `includes(' ' + t + ' ')`: native string search, no
// per-word loop. 10,000 items and a 2-token query scan in about a millisecond.
//
// Ranking, per token and field where it matched: the field's weight, plus half the weight when the
// token is a whole word, plus half the weight when it starts the field's first word; a match inside
// a word scores a quarter of the weight; a match that needed the Kurdish letter fallback, 90 %. Items whose every token matched at a word start come first,
// then higher scores, then input order.

import { tokenize } from './normalize.js';
import { hasKurdishLetter, stripArabicArticle, withoutKurdishLetters } from './word-forms.js';

export * from './normalize.js';

export interface SearchField {
  text: string;
  /** How much a match in this field counts; default 1 (e.g. name 3, keywords 2, summary 1). */
  weight?: number;
}

export interface SearchIndex<T> {
  readonly size: number;
  /** Items matching every query token (a token matches a word that starts with it), best first;
   *  stable order (input order) among equal scores. Empty/blank query → all items in input order. */
  search(query: string): T[];
}

const SUBSTRING_MIN_LENGTH = 3;
const EXACT_WORD_BONUS = 0.5;
const FIRST_WORD_BONUS = 0.5;
const SUBSTRING_FACTOR = 0.25;
const FOLDED_FACTOR = 0.9;

/** Padded word lists: `words` for the whole field, `lead` for the forms of its first word only. */
interface FieldText {
  readonly words: string;
  readonly lead: string;
}

interface IndexedField {
  readonly weight: number;
  readonly strict: FieldText;
  /** The same text with Kurdish-only letters folded (see word-forms.ts); often the same strings. */
  readonly loose: FieldText;
}

interface IndexedItem {
  /** All fields' `words` joined: one cheap test rejects most items. */
  readonly strict: string;
  readonly loose: string;
  readonly fields: readonly IndexedField[];
}

interface QueryTerm {
  /** The token, and the token without an Arabic article when it has one. */
  readonly forms: readonly string[];
  /** True when the token has no Kurdish-only letters, so it is matched against folded text. */
  readonly loose: boolean;
}

interface TermMatch {
  readonly score: number;
  readonly atWordStart: boolean;
}

interface Hit {
  readonly index: number;
  readonly score: number;
  readonly insideWordTerms: number;
}

export function createSearchIndex<T>(
  items: readonly T[],
  fields: (item: T) => SearchField[],
): SearchIndex<T> {
  const snapshot = items.slice();
  const indexed = snapshot.map((item) => indexItem(fields(item)));
  return {
    size: snapshot.length,
    search(query: string): T[] {
      const terms = queryTerms(query);
      if (terms.length === 0) return snapshot.slice();
      const hits: Hit[] = [];
      indexed.forEach((item, index) => {
        const hit = matchItem(item, terms, index);
        if (hit) hits.push(hit);
      });
      hits.sort(
        (a, b) => a.insideWordTerms - b.insideWordTerms || b.score - a.score || a.index - b.index,
      );
      return hits.map((hit) => snapshot[hit.index] as T);
    },
  };
}

function indexItem(itemFields: readonly SearchField[]): IndexedItem {
  const fields = itemFields.map(indexField);
  const strict = fields.map((field) => field.strict.words).join('');
  return { strict, loose: withoutKurdishLetters(strict), fields };
}

function indexField(field: SearchField): IndexedField {
  const words = tokenize(field.text);
  const first = words[0];
  const strict: FieldText = {
    words: padded(words.flatMap(wordForms)),
    lead: first === undefined ? '' : padded(wordForms(first)),
  };
  const looseWords = withoutKurdishLetters(strict.words);
  const loose: FieldText =
    looseWords === strict.words ? strict : { words: looseWords, lead: withoutKurdishLetters(strict.lead) };
  return { weight: field.weight ?? 1, strict, loose };
}

function wordForms(word: string): string[] {
  const stem = stripArabicArticle(word);
  return stem === undefined ? [word] : [word, stem];
}

function padded(words: readonly string[]): string {
  return ` ${words.join(' ')} `;
}

function queryTerms(query: string): QueryTerm[] {
  const tokens = [...new Set(tokenize(query))];
  // Longest first: the most selective token rejects non-matching items soonest.
  tokens.sort((a, b) => b.length - a.length);
  return tokens.map((token) => ({ forms: wordForms(token), loose: !hasKurdishLetter(token) }));
}

function matchItem(item: IndexedItem, terms: readonly QueryTerm[], index: number): Hit | undefined {
  let score = 0;
  let insideWordTerms = 0;
  for (const term of terms) {
    if (!mayMatch(term.loose ? item.loose : item.strict, term.forms)) return undefined;
    const match = matchTerm(item.fields, term);
    if (!match) return undefined;
    score += match.score;
    if (!match.atWordStart) insideWordTerms += 1;
  }
  return { index, score, insideWordTerms };
}

/** A necessary condition for a match, tested on all fields at once. */
function mayMatch(text: string, forms: readonly string[]): boolean {
  return forms.some((form) =>
    text.includes(form.length >= SUBSTRING_MIN_LENGTH ? form : ` ${form}`),
  );
}

function matchTerm(fields: readonly IndexedField[], term: QueryTerm): TermMatch | undefined {
  let score = 0;
  let atWordStart = false;
  let matched = false;
  for (const field of fields) {
    let best: TermMatch | undefined;
    for (const form of term.forms) {
      const match = scoreField(field, form, term.loose);
      if (match && (!best || match.score > best.score)) best = match;
      if (match?.atWordStart) atWordStart = true;
    }
    if (best) {
      matched = true;
      score += best.score;
    }
  }
  return matched ? { score, atWordStart } : undefined;
}

/** Scores the text as written; for a loose term, falls back to the folded text, scoring a bit less
 *  so that کون ranks the word کون above کۆن. */
function scoreField(field: IndexedField, form: string, loose: boolean): TermMatch | undefined {
  const exact = scoreForm(field.strict, form, field.weight);
  if (exact?.atWordStart || !loose || field.loose === field.strict) return exact;
  const folded = scoreForm(field.loose, form, field.weight * FOLDED_FACTOR);
  return folded && (!exact || folded.atWordStart) ? folded : exact;
}

function scoreForm(text: FieldText, form: string, weight: number): TermMatch | undefined {
  if (text.words.includes(` ${form}`)) {
    let score = weight;
    if (text.words.includes(` ${form} `)) score += weight * EXACT_WORD_BONUS;
    if (text.lead.includes(` ${form}`)) score += weight * FIRST_WORD_BONUS;
    return { score, atWordStart: true };
  }
  if (form.length >= SUBSTRING_MIN_LENGTH && text.words.includes(form)) {
    return { score: weight * SUBSTRING_FACTOR, atWordStart: false };
  }
  return undefined;
}
