// In-memory search over a catalogue (services, documents…). Every field is normalised once, when the
// index is built, into a dictionary of distinct words with where they occur (dictionary.ts); a
// keystroke normalises the query, finds the matching words (binary search for short tokens, a scan
// of the distinct words for longer ones, cached while typing) and adds up their occurrences.
//
// Matching: every query token must match (AND). A token matches a word that starts with it; tokens
// of 3+ characters also match inside a word, ranked below word-start matches (finds "certificate"
// for "tificate", and Arabic words with prefixes the article stripping does not know). Arabic
// articles are stripped (الجواز is also indexed as جواز); Kurdish-only letters fold one way (a query
// typed without ێ finds هەولێر; see word-forms.ts).
//
// Ranking, per token and field where it matched (best word of the field): the field's weight, plus
// half of it when the token is the whole word, plus half of it when the word is the field's first;
// a match inside a word scores a quarter of the weight, and a match that needed the Kurdish letter
// fallback 90 %. Items whose every token matched at a word start come first, then higher total
// scores, then input order.

import { buildDictionary, wordForms } from './dictionary.js';
import { tokenize } from './normalize.js';
import { hasKurdishLetter } from './word-forms.js';
import {
  createWordMatcher,
  FOLDED,
  INSIDE_WORD,
  WHOLE_WORD,
  type WordMatcher,
} from './word-matcher.js';
import type { WordDictionary } from './dictionary.js';

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

const WHOLE_WORD_BONUS = 0.5;
const FIRST_WORD_BONUS = 0.5;
const INSIDE_WORD_FACTOR = 0.25;
const FOLDED_FACTOR = 0.9;

interface QueryTerm {
  /** The token, and the token without an Arabic article when it has one. */
  readonly forms: readonly string[];
  /** The token has no Kurdish-only letters, so it also matches words through their folded form. */
  readonly loose: boolean;
}

export function createSearchIndex<T>(
  items: readonly T[],
  fields: (item: T) => SearchField[],
): SearchIndex<T> {
  const snapshot = items.slice();
  const dictionary = buildDictionary(snapshot, fields);
  const matcher = createWordMatcher(dictionary);
  return {
    size: snapshot.length,
    search(query: string): T[] {
      const terms = queryTerms(query);
      if (terms.length === 0) return snapshot.slice();
      return rank(dictionary, matcher, terms).map((index) => snapshot[index] as T);
    },
  };
}

function queryTerms(query: string): QueryTerm[] {
  const tokens = [...new Set(tokenize(query))];
  // Longest first: usually the most selective, so later terms skip more items.
  tokens.sort((a, b) => b.length - a.length);
  return tokens.map((token) => ({ forms: wordForms(token), loose: !hasKurdishLetter(token) }));
}

/** Indexes of the items matching every term, best first. */
function rank(dictionary: WordDictionary, matcher: WordMatcher, terms: readonly QueryTerm[]): number[] {
  const { itemCount, slotItem, slotWeight, postings } = dictionary;
  const termsMatched = new Int32Array(itemCount); // an item is alive while this equals the term number
  const score = new Float64Array(itemCount);
  const insideWordTerms = new Int32Array(itemCount);
  const atWordStartIn = new Int32Array(itemCount); // term number + 1 when matched at a word start
  const slotBest = new Float64Array(slotItem.length);
  const slotSeenIn = new Int32Array(slotItem.length); // term number + 1 when the slot matched
  let alive: number[] = [];

  for (let term = 0; term < terms.length; term++) {
    const stamp = term + 1;
    const touchedSlots: number[] = [];
    for (const form of (terms[term] as QueryTerm).forms) {
      const { ids, kinds } = matcher.find(form, (terms[term] as QueryTerm).loose);
      for (let match = 0; match < ids.length; match++) {
        const code = kinds[match] as number;
        const kind = code & ~FOLDED;
        const factor = code & FOLDED ? FOLDED_FACTOR : 1;
        const base = kind === WHOLE_WORD ? 1 + WHOLE_WORD_BONUS : kind === INSIDE_WORD ? INSIDE_WORD_FACTOR : 1;
        const leadBonus = kind === INSIDE_WORD ? 0 : FIRST_WORD_BONUS;
        for (const posting of postings[ids[match] as number] as Int32Array) {
          const slot = posting >> 1;
          const item = slotItem[slot] as number;
          if (termsMatched[item] !== term) continue; // missed an earlier term
          if (kind !== INSIDE_WORD) atWordStartIn[item] = stamp;
          const value = (slotWeight[slot] as number) * (base + (posting & 1) * leadBonus) * factor;
          if (slotSeenIn[slot] !== stamp) {
            slotSeenIn[slot] = stamp;
            slotBest[slot] = value;
            touchedSlots.push(slot);
          } else if (value > (slotBest[slot] as number)) {
            slotBest[slot] = value;
          }
        }
      }
    }
    alive = [];
    for (const slot of touchedSlots) {
      const item = slotItem[slot] as number;
      if (termsMatched[item] === term) {
        termsMatched[item] = stamp;
        alive.push(item);
      }
      score[item] = (score[item] as number) + (slotBest[slot] as number);
    }
    if (alive.length === 0) return [];
    for (const item of alive) {
      if (atWordStartIn[item] !== stamp) insideWordTerms[item] = (insideWordTerms[item] as number) + 1;
    }
  }

  return alive.sort(
    (a, b) =>
      (insideWordTerms[a] as number) - (insideWordTerms[b] as number) ||
      (score[b] as number) - (score[a] as number) ||
      a - b,
  );
}
