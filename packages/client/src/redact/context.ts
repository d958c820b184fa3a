// Context words: a number right after "passport", "ID card", "residence card", "national number", "IBAN",
// "card" or "phone" (en, ar, ckb, fr) is personal even when its shape alone is ambiguous, and a number next
// to a currency is an amount whatever its shape. Matched on a folded copy of the digit-normalised text (see
// `fold`), so one spelling of a word covers the ways it is typed.
import type { RedactionKind } from './redact.js';

/** `number`: "my number is", رقمي — a phone unless the number is shaped like something else. */
type ContextKind = Extract<RedactionKind, 'phone' | 'card' | 'iban' | 'id'> | 'number';

// Arabic and Sorani words match anywhere in a word (جوازي "my passport", الهوية "the identity"), Latin words
// of four letters or more as prefixes ("passports", "calling", "identity", "sécurité sociale"); shorter Latin
// words must end there ("id", not "idea"). Longer phrases win over the words inside them ("id card" is no card).
const WORDS: Record<ContextKind, string[]> = {
  id: [
    'passport', 'passeport', 'pasport', 'national id card', 'id card', 'id number', 'id no', 'national id', 'civil id', 'identi', 'id',
    'national number', 'national no', 'national card', 'unified card', 'national insurance', 'ni no.', 'ni number', 'nino', 'secu', 'ssn',
    'residence card', 'residency card', 'resident card', 'residence permit', 'residen', 'iqama', 'personnummer', 'kimlik',
    "carte d'identité", 'carte nationale', 'numéro national', 'cni', 'nir', 'séjour',
    'جواز', 'هوية', 'هويتي', 'الوطني', 'الموحدة', 'بطاقة السكن', 'بطاقة سكن', 'هوية السكن', 'اقام',
    'الأحوال المدنية', 'الرقم المدني', 'شهادة الجنسية', 'الضمان الاجتماعي',
    'پاسپۆرت', 'ناسنامە', 'نیشتمانی', 'نیشتەجێ', 'ئیقامە', 'مۆڵەتی مانەوە', 'ڕەگەزنامە', 'کارتی زانیاری',
  ],
  phone: [
    'phone', 'telephone', 'mobile', 'cell', 'tel', 'call', 'text', 'whatsapp', 'viber', 'telegram', 'portable',
    'appel', 'rappel', 'joignable', 'contacter',
    'هاتف', 'جوال', 'موبايل', 'اتصل', 'اتصال', 'تلفون', 'واتساب', 'وتساب', 'فايبر',
    'مۆبایل', 'تەلەفۆن', 'پەیوەندی', 'واتسئەپ', 'وەتسئاپ', 'وایبەر',
  ],
  number: ['number is', 'my number', 'numéro est', 'mon numéro', 'رقمي', 'ژمارەکەم', 'ژمارەم'],
  card: ['card', 'carte', 'visa', 'mastercard', 'amex', 'credit', 'debit', 'بطاقة', 'بطاقتي', 'فيزا', 'ماستر', 'کارت', 'ڤیزا', 'ماستەر'],
  iban: ['iban', 'rib', 'account', 'compte', 'bank', 'banque', 'آيبان', 'حساب', 'مصرف', 'بنك', 'ئایبان', 'حیساب', 'بانک'],
};

// One UTF-16 unit for one, so positions hold: lower case, French accents off, and the letters people type
// for one another — Sorani on an Arabic keyboard (ي ك ه for ی ک ە, ي for ێ, ل ر و for ڵ ڕ ۆ), Arabic with
// ه for a final ة and alef without hamza (الايبان).
const FOLDS: [RegExp, string][] = [
  [/[àâä]/g, 'a'], [/[éèêë]/g, 'e'], [/[îï]/g, 'i'], [/[ôö]/g, 'o'], [/[ùûü]/g, 'u'], [/ç/g, 'c'], [/’/g, "'"],
  [/[يىێ]/g, 'ی'], [/ك/g, 'ک'], [/[ەة]/g, 'ه'], [/[أإآ]/g, 'ا'], [/ڵ/g, 'ل'], [/ڕ/g, 'ر'], [/ۆ/g, 'و'],
];
/** The text as context words are matched: same length, same positions. */
export const fold = (text: string) => FOLDS.reduce((folded, [from, to]) => folded.replace(from, to),
  // "İ" lower-cases to two units: such letters stay as they are
  text.replace(/\p{Lu}/gu, (letter) => (letter.toLowerCase().length === letter.length ? letter.toLowerCase() : letter)));

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Latin words need a word start (so "tel" is not "hotel"); Arabic script words are written with prefixes.
const wordPattern = (words: string[]) => new RegExp([...new Set(words.map(fold))].sort((a, b) => b.length - a.length)
  .map((word) => (/^[a-z]/.test(word) ? `(?<![a-z])${escape(word)}${word.length < 4 ? '(?![a-z])' : ''}` : escape(word))).join('|'), 'gu');
const CONTEXT_WORD = wordPattern(Object.values(WORDS).flat());
const KIND_OF_WORD = new Map(Object.entries(WORDS).flatMap(([kind, words]) => words.map((word) => [fold(word), kind as ContextKind])));

/** Latin context words as typed glued to a number ("ID110003…", "IBANTR11…"), for `GLUED` in redact.ts. */
export const GLUED_CONTEXT = [...new Set(Object.values(WORDS).flat().filter((word) => /^[a-z]+$/.test(word)))];

/** "ID" right after a number is the Iraqi dinar ("75,000 ID per year"), not an identity word. */
const isDinar = (text: string, word: RegExpMatchArray) => word[0] === 'id' && /\d[ \u00A0\u202F]?$/.test(text.slice(0, word.index));

/** Digits or a sentence end between a context word and a number break the link ("no." and "tél." do not). */
const endsSentence = (between: string) => /[\d#;!?؟\n]|[.،,] /.test(between.replace(/(?<![a-z])(?:no|nr|n°|tel)\. ?/g, ''));

/** How far before a number a context word may stand ("my passport number is …", "passeport de mon fils (…"). */
const WINDOW = 28;

/**
 * The kind the nearest context word before `start` names, when nothing but words and punctuation
 * (no digits, no sentence end) stands between it and the number.
 */
export function contextBefore(text: string, start: number): ContextKind | undefined {
  const window = fold(text.slice(Math.max(0, start - WINDOW), start));
  let nearest: { kind: ContextKind; start: number } | undefined;
  for (const match of window.matchAll(CONTEXT_WORD)) {
    if (!isDinar(window, match)) nearest = { kind: KIND_OF_WORD.get(match[0])!, start: match.index };
  }
  if (!nearest) return undefined;
  return endsSentence(window.slice(nearest.start)) ? undefined : nearest.kind;
}

const CURRENCY = String.raw`(?:IQD|USD|EUR|GBP|DA|€|\$|dinars?|dollars?|euros?|دينار|د\.ع|دولار|دینار|دۆلار|ريال|ليرة)`;
// "1 250 000 thousand dinars": a multiplier word may stand between the number and the currency, and a
// nationality beside the currency ("dinars irakiens", "Iraqi dinars", "دينار عراقي")
const MULTIPLIER = String.raw`(?:(?:الف|ألف|آلاف|مليون|هەزار|ملیۆن|thousand|millions?|mille)[ \u00A0\u202F]+)?`;
const NATION = String.raw`(?:[ \u00A0\u202F]+(?:irakiens?|iraqi|us|عراقي|عێراقی))?`;
// (after: the amount's last group may have been typed glued to the currency, "3 522 239 000dinars"; before:
// Sorani and Arabic add a suffix, دیناری عێراقی)
const CURRENCY_AFTER = new RegExp(String.raw`^\)?[ \u00A0\u202F]*\d*${MULTIPLIER}(?:iraqi[ \u00A0\u202F]+)?${CURRENCY}(?![A-Za-z])`, 'i');
const CURRENCY_BEFORE = new RegExp(String.raw`(?<![A-Za-z])${MULTIPLIER}${CURRENCY}[یي]?${NATION}[ \u00A0\u202F]?$`, 'i');
// In Iraq "ID" is also the dinar: after a number it is the currency ("255,000 ID"); before one, only when the
// number reads as an amount ("ID 2 000 000") or money is talked about ("refund of ID 123250"), since
// "ID 24145615" is an identity number.
const DINAR_AFTER = /^\)?[ \u00A0\u202F]*ID(?![A-Za-z]| (?:card|number|no))/;
const DINAR_BEFORE = /(?<![A-Za-z])ID[ \u00A0\u202F]?$/;
const AMOUNT = /^\d{1,3}(?:[ .,\u00A0\u202F]\d{3})+$|000$/;
// a money word a few words before, in the same clause
const MONEY_WORD = /(?<![a-z])(?:pa(?:y|id)|fees?|costs?|charged?|refund|price|amount|frais|montant|prix|paye|rembours)[^\d,;:.!?]{0,12}$/;

/** A number written beside a currency is an amount. */
export function besideCurrency(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 24);
  const before = text.slice(Math.max(0, start - 24), start);
  return CURRENCY_AFTER.test(after) || CURRENCY_BEFORE.test(before) || DINAR_AFTER.test(after)
    || (DINAR_BEFORE.test(before) && (AMOUNT.test(text.slice(start, end)) || MONEY_WORD.test(fold(before.replace(DINAR_BEFORE, '')))));
}

// Document numbers (ICAO 9303 passport numbers: letters and digits, at least six digits; identity-card
// numbers of 8–12 letters and digits, UK National Insurance numbers), taken only after a passport or ID
// word: on their own they look like the codes and references that must survive (a service reference — a
// code and a year, DW2026… — is not one, nor an amount glued to its currency, 810119USD). Between the word and the number a clause may go on ("my passport
// number is wrong, it is …"); a sentence end or a digit stops it. A word may be glued to the number ("isJH…").
const ID_WORD = wordPattern(WORDS.id);
const DOCUMENT_NUMBER = new RegExp(String.raw`^[^\d\n;!?؟]{0,28}?(?:(?<![A-Za-z0-9]|[A-Za-z][-_/])|(?<=(?<![A-Za-z])[a-z]{2,}))(?![A-Za-z]{2,4}[-_ ]?20[1-3]\d+(?![A-Za-z0-9]))(?!\d+(?:IQD|USD|EUR|GBP|ID|DA|iqd|usd|eur|euros?|dinars?|dollars?)(?![A-Za-z0-9]))(` + [
  String.raw`(?=(?:[A-Za-z]*\d){6})[A-Za-z]{0,2}\d{1,9}[A-Za-z]{0,2}\d{0,8}`,
  String.raw`(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{8,12}`,
  // typed in lower case (cz994fk07, cyzxkh9mh right after the word): at least three digits further on, and not
  // a word glued to a short number (from2009)
  String.raw`(?![a-z]+\d{1,4}(?![a-z0-9]))(?=(?:[a-z]*\d){3}|(?<=^[^A-Za-z\d]*)[a-z]*\d)(?=\d*[a-z])[a-z0-9]{8,12}`,
  String.raw`[A-Za-z]{2} ?\d\d ?\d\d ?\d\d ?[A-Da-d]`,
].join('|') + String.raw`)(?![A-Za-z0-9]|[-/]\d)`, 'u');
const endsLink = (between: string) => /[\d#;!?؟\n]|\. /.test(between.replace(/(?<![A-Za-z])(?:no|nr|n°)\. /gi, ''));
// A list one word introduces ("passports: Iraqi A… and Turkish U…", "١٢٣٤٥٦٧٨ و٨٧٦٥٤٣٢١") goes on after a comma, a
// slash or "and": a number with letters after at most two words (a nationality, "the new one"; group 1), or digits
// right after the separator; so "passport A… and receipt 123456789" ends it.
const LIST_GAP = /^ *(?:[,،/] *(?:(?:and|et) )?|(?:and|et|û) |و *)((?:\S+ ){0,2})$/;

/** Passport and identity-card numbers after a passport or ID word (and the rest of its list), as [start, end) pairs in `text`. */
export function findPassportNumbers(text: string): [number, number][] {
  const found: [number, number][] = [];
  for (const word of fold(text).matchAll(ID_WORD)) {
    if (isDinar(text, word)) continue;
    // the word's own number follows it as DOCUMENT_NUMBER says, the next ones of its list as LIST_GAP says
    for (let at = word.index + word[0].length, link = /()/; ; link = LIST_GAP) {
      const match = DOCUMENT_NUMBER.exec(text.slice(at, at + 48));
      if (!match) break;
      const value = match[1]!;
      const gap = match[0].slice(0, -value.length);
      const list = link.exec(gap);
      if (endsLink(gap) || !list || (list[1] && !/[A-Za-z]/.test(value))) break;
      const start = at + gap.length;
      at = start + value.length;
      // more than 12 digits alone may be a card (کارتی نیشتمانی… کارتی بانکیم 5435…): the number rules decide
      if (besideCurrency(text, start, at) || /^\d{13,}$/.test(value)) break;
      // two words may point at one number ("Turkish ID (kimlik) 3049…"): take it once
      if (!found.some(([taken]) => taken === start)) found.push([start, at]);
    }
  }
  return found;
}
