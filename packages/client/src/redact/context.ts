// Context words: a number right after "passport", "ID card", "national number", "IBAN", "card" or "phone"
// (en, ar, ckb, fr) is personal even when its shape alone is ambiguous, and a number next to a currency is
// an amount whatever its shape. Matched on the digit-normalised text (see digits.ts), case-insensitively.
import type { RedactionKind } from './redact.js';

type ContextKind = Extract<RedactionKind, 'phone' | 'card' | 'iban' | 'id'>;

// Arabic and Sorani words match as prefixes (جوازي "my passport", پاسپۆرتەکەم "my passport").
const WORDS: Record<ContextKind, string[]> = {
  id: [
    'passport', 'passeport', 'pasport', 'national id card', 'id card', 'id number', 'id no', 'national id', 'civil id', 'identity',
    'national number', 'national no', 'national card', 'national insurance', 'social security', 'ssn',
    "carte d'identité", 'carte d’identité', 'carte nationale', 'identité', 'pièce d\'identité', 'numéro national', 'sécurité sociale', 'sécu',
    'cni', 'nir',
    'جواز', 'هوية', 'هويتي', 'الهوية', 'الوطني', 'الوطنية', 'البطاقة الموحدة', 'الموحدة',
    'پاسپۆرت', 'پاسپورت', 'ناسنامە', 'نیشتمانی',
  ],
  phone: [
    'phone', 'mobile', 'tel', 'call', 'text', 'whatsapp', 'number is', 'téléphone', 'tél', 'portable', 'appelez', 'joignable', 'numéro est',
    'هاتف', 'جوال', 'موبايل', 'اتصل', 'تلفون', 'واتساب', 'رقمي',
    'مۆبایل', 'تەلەفۆن', 'پەیوەندی', 'واتسئەپ', 'ژمارەکەم',
  ],
  card: ['card', 'carte', 'visa', 'mastercard', 'بطاقة', 'البطاقة', 'بطاقتي', 'کارت', 'کارتی'],
  iban: ['iban', 'rib', 'account', 'compte', 'آيبان', 'الآيبان', 'حساب', 'ئایبان', 'حیساب'],
};

// How the same words arrive typed: Sorani on an Arabic keyboard (ي ك ه for ی ک ە), Arabic with ه for a
// final ة or without hamza (الايبان), French without accents.
function typedVariants(word: string): string[] {
  return [...new Set([word, word.replace(/ی/g, 'ي').replace(/ک/g, 'ك').replace(/ە/g, 'ه'), word.replace(/ة/g, 'ه'), word.replace(/[أإآ]/g, 'ا'),
    word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC')])];
}
for (const kind of Object.keys(WORDS) as ContextKind[]) WORDS[kind] = WORDS[kind].flatMap(typedVariants);

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Latin words need a word start (so "tel" is not "hotel"); Arabic script words are written with prefixes.
const wordPattern = (words: string[]) => new RegExp([...words].sort((a, b) => b.length - a.length)
  .map((word) => (/^[a-z]/i.test(word) ? `(?<![A-Za-z])${escape(word)}` : escape(word))).join('|'), 'giu');
const CONTEXT_WORD = wordPattern(Object.values(WORDS).flat());
const KIND_OF_WORD = new Map(Object.entries(WORDS).flatMap(([kind, words]) => words.map((word) => [word.toLowerCase(), kind as ContextKind])));

/** Digits or a sentence end between a context word and a number break the link ("no." and "tél." do not). */
const endsSentence = (between: string) => /[\d#;!?؟\n]|[.،,] /.test(between.replace(/(?<![A-Za-z])(?:no|nr|n°|tél|tel)\. /gi, ''));

/** How far before a number a context word may stand ("my passport number is …", "passeport de mon fils (…"). */
const WINDOW = 28;

/**
 * The kind the nearest context word before `start` names, when nothing but words and punctuation
 * (no digits, no sentence end) stands between it and the number.
 */
export function contextBefore(text: string, start: number): ContextKind | undefined {
  const window = text.slice(Math.max(0, start - WINDOW), start);
  let nearest: { kind: ContextKind; end: number } | undefined;
  for (const match of window.matchAll(CONTEXT_WORD)) {
    const kind = KIND_OF_WORD.get(match[0].toLowerCase());
    if (kind) nearest = { kind, end: match.index + match[0].length };
  }
  if (!nearest) return undefined;
  return endsSentence(window.slice(nearest.end)) ? undefined : nearest.kind;
}

const CURRENCY = String.raw`(?:IQD|USD|EUR|GBP|DA|€|\$|dinars?|dollars?|euros?|دينار|د\.ع|دولار|دینار|دۆلار|ريال|ليرة)`;
// "1 250 000 thousand dinars": a multiplier word may stand between the number and the currency
const MULTIPLIER = String.raw`(?:(?:الف|ألف|آلاف|مليون|هەزار|ملیۆن|thousand|millions?|mille)[ \u00A0\u202F]+)?`;
const CURRENCY_AFTER = new RegExp(String.raw`^\)?[ \u00A0\u202F]*${MULTIPLIER}${CURRENCY}(?![A-Za-z])`, 'i');
const CURRENCY_BEFORE = new RegExp(String.raw`(?<![A-Za-z])${MULTIPLIER}${CURRENCY}[ \u00A0\u202F]?$`, 'i');

/** A number written beside a currency is an amount. */
export function besideCurrency(text: string, start: number, end: number): boolean {
  return CURRENCY_AFTER.test(text.slice(end, end + 24)) || CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}

// Document numbers (ICAO 9303 passport numbers: letters and digits, at least six digits; identity-card
// numbers of 8–12 capitals and digits, UK National Insurance numbers), taken only after a passport or ID
// word: on their own they look like the codes and references that must survive. Between the word and the
// number a clause may go on ("my passport number is wrong, it is …"); a sentence end or a digit stops it.
const ID_WORD = wordPattern(WORDS.id);
const DOCUMENT_NUMBER = new RegExp(String.raw`^[^\d\n;!?؟]{0,28}?(?<![A-Za-z0-9])(` + [
  String.raw`(?=(?:[A-Za-z]*\d){6})[A-Za-z]{0,2}\d{1,9}[A-Za-z]{0,2}\d{0,8}`,
  String.raw`(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{8,12}`,
  String.raw`[A-Z]{2} ?\d\d ?\d\d ?\d\d ?[A-D]`,
].join('|') + String.raw`)(?![A-Za-z0-9]|[-/]\d)`, 'u');
const endsLink = (between: string) => /[\d#;!?؟\n]|\. /.test(between.replace(/(?<![A-Za-z])(?:no|nr|n°)\. /gi, ''));

/** Passport and identity-card numbers after a passport or ID word, as [start, end) pairs in `text`. */
export function findPassportNumbers(text: string): [number, number][] {
  const found: [number, number][] = [];
  for (const word of text.matchAll(ID_WORD)) {
    const after = word.index + word[0].length;
    const match = DOCUMENT_NUMBER.exec(text.slice(after, after + 48));
    if (!match || endsLink(match[0].slice(0, -match[1]!.length))) continue;
    const start = after + match[0].length - match[1]!.length;
    const end = start + match[1]!.length;
    if (!besideCurrency(text, start, end)) found.push([start, end]);
  }
  return found;
}
