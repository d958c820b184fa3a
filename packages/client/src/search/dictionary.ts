// The inverted index behind createSearchIndex: every distinct normalised word of every field, with
// the places ("slots": one field of one item) where it occurs. Built once; read-only afterwards.

import { tokenize } from './normalize.js';
import { stripArabicArticle, withoutKurdishLetters } from './word-forms.js';

/** Same shape as SearchField in index.ts (kept here to avoid an import cycle). */
interface FieldInput {
  text: string;
  weight?: number;
}

export interface WordDictionary {
  readonly itemCount: number;
  /** Per slot: the item it belongs to and the field's weight. */
  readonly slotItem: Int32Array;
  readonly slotWeight: Float64Array;
  /** Per word id: the word as normalised. */
  readonly words: readonly string[];
  /** Per word id: the word with Kurdish-only letters folded, when that differs (see word-forms.ts). */
  readonly foldedWords: readonly (string | undefined)[];
  /** Per word id: postings `slot * 2 + lead`, lead = 1 when the word is (a form of) the field's first. */
  readonly postings: readonly Int32Array[];
  /** Word ids sorted by word (UTF-16 order), so the words with a given prefix form one range. */
  readonly wordsInOrder: Int32Array;
  /** Ids of the words that have a folded form, sorted by that form. */
  readonly foldedInOrder: Int32Array;
}

/** The word, plus the word without an Arabic article when it has one. */
export function wordForms(word: string): string[] {
  const stem = stripArabicArticle(word);
  return stem === undefined ? [word] : [word, stem];
}

export function buildDictionary<T>(
  items: readonly T[],
  fields: (item: T) => readonly FieldInput[],
): WordDictionary {
  const ids = new Map<string, number>();
  const words: string[] = [];
  const postingLists: number[][] = [];
  const slotItem: number[] = [];
  const slotWeight: number[] = [];

  const lastSlotOf: number[] = []; // per word id: the last slot it was posted to, to post once per field

  items.forEach((item, itemIndex) => {
    for (const field of fields(item)) {
      const slot = slotItem.length;
      slotItem.push(itemIndex);
      slotWeight.push(field.weight ?? 1);
      tokenize(field.text).forEach((word, position) => {
        for (const form of wordForms(word)) {
          let id = ids.get(form);
          if (id === undefined) {
            id = words.length;
            ids.set(form, id);
            words.push(form);
            postingLists.push([]);
          }
          if (lastSlotOf[id] === slot) continue; // the field's first word comes first, so lead is kept
          lastSlotOf[id] = slot;
          postingLists[id]?.push(slot * 2 + (position === 0 ? 1 : 0));
        }
      });
    }
  });

  const foldedWords = words.map((word) => {
    const folded = withoutKurdishLetters(word);
    return folded === word ? undefined : folded;
  });
  const byText = (text: (id: number) => string) => (a: number, b: number) => {
    const textA = text(a);
    const textB = text(b);
    return textA < textB ? -1 : textA > textB ? 1 : 0;
  };
  const allIds = words.map((_, id) => id);
  return {
    itemCount: items.length,
    slotItem: Int32Array.from(slotItem),
    slotWeight: Float64Array.from(slotWeight),
    words,
    foldedWords,
    postings: postingLists.map((list) => Int32Array.from(list)),
    wordsInOrder: Int32Array.from(allIds.sort(byText((id) => words[id] as string))),
    foldedInOrder: Int32Array.from(
      allIds
        .filter((id) => foldedWords[id] !== undefined)
        .sort(byText((id) => foldedWords[id] as string)),
    ),
  };
}

/** First position in `order` whose text is >= prefix (binary search). */
export function lowerBound(order: Int32Array, text: (id: number) => string, prefix: string): number {
  let low = 0;
  let high = order.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (text(order[middle] as number) < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
}
