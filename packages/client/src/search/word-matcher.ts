// Finds the dictionary words a query token matches, and how: the whole word, its start, or (tokens
// of 3+ characters) inside it. Results are cached per token, and a token that extends a cached one
// ("passp" after "pass") filters the cached words instead of scanning the dictionary again, which
// is what typing does.

import { lowerBound, type WordDictionary } from './dictionary.js';

export const WHOLE_WORD = 0;
export const WORD_START = 1;
export const INSIDE_WORD = 2;
/** Added to the kind when the match needed the Kurdish letter fallback. */
export const FOLDED = 4;

export const SUBSTRING_MIN_LENGTH = 3;
const CACHE_SIZE = 64;

/** Parallel arrays: word id, and kind (+ FOLDED). */
export interface WordMatches {
  readonly ids: readonly number[];
  readonly kinds: readonly number[];
}

export interface WordMatcher {
  /** `loose`: the token has no Kurdish-only letters, so words with them match through their folded
   *  form too. */
  find(form: string, loose: boolean): WordMatches;
}

export function createWordMatcher(dictionary: WordDictionary): WordMatcher {
  const cache = new Map<string, WordMatches>();
  const { words, foldedWords } = dictionary;
  const textOf = (id: number, folded: boolean) => (folded ? foldedWords[id] : words[id]) ?? '';

  const scan = (form: string, loose: boolean): WordMatches => {
    const ids: number[] = [];
    const kinds: number[] = [];
    const add = (id: number, text: string, folded: boolean) => {
      ids.push(id);
      kinds.push(kindOf(text, form) + (folded ? FOLDED : 0));
    };
    if (form.length < SUBSTRING_MIN_LENGTH) {
      addPrefixRange(dictionary.wordsInOrder, (id) => textOf(id, false), form, (id, text) => add(id, text, false));
      if (loose) {
        addPrefixRange(dictionary.foldedInOrder, (id) => textOf(id, true), form, (id, text) => add(id, text, true));
      }
      return { ids, kinds };
    }
    const base = cachedPrefixOf(form, loose);
    if (base) {
      base.ids.forEach((id, index) => {
        const folded = ((base.kinds[index] as number) & FOLDED) !== 0;
        const text = textOf(id, folded);
        if (text.includes(form)) add(id, text, folded);
      });
      return { ids, kinds };
    }
    words.forEach((word, id) => {
      if (word.includes(form)) add(id, word, false);
      const folded = loose ? foldedWords[id] : undefined;
      if (folded?.includes(form)) add(id, folded, true);
    });
    return { ids, kinds };
  };

  /** The cached result of the longest prefix (3+ characters) of this form, if any. */
  const cachedPrefixOf = (form: string, loose: boolean): WordMatches | undefined => {
    for (let length = form.length - 1; length >= SUBSTRING_MIN_LENGTH; length--) {
      const hit = cache.get(cacheKey(form.slice(0, length), loose));
      if (hit) return hit;
    }
    return undefined;
  };

  return {
    find(form, loose) {
      const key = cacheKey(form, loose);
      let matches = cache.get(key);
      if (matches) {
        cache.delete(key); // re-insert below: the Map's order doubles as least-recently-used order
      } else {
        matches = scan(form, loose);
      }
      cache.set(key, matches);
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      return matches;
    },
  };
}

function cacheKey(form: string, loose: boolean): string {
  return (loose ? 'l' : 's') + form;
}

function kindOf(text: string, form: string): number {
  if (text === form) return WHOLE_WORD;
  return text.startsWith(form) ? WORD_START : INSIDE_WORD;
}

function addPrefixRange(
  order: Int32Array,
  textOf: (id: number) => string,
  prefix: string,
  add: (id: number, text: string) => void,
): void {
  for (let position = lowerBound(order, textOf, prefix); position < order.length; position++) {
    const id = order[position] as number;
    const text = textOf(id);
    if (!text.startsWith(prefix)) break;
    add(id, text);
  }
}
