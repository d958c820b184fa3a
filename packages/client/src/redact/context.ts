// Context words: a number right after "passport", "ID card", "national number", "IBAN", "card" or "phone"
// (en, ar, ckb, fr) is personal even when its shape alone is ambiguous, and a number next to a currency is
// an amount whatever its shape. Matched on the digit-normalised text (see digits.ts), case-insensitively.
import type { RedactionKind } from './redact.js';

type ContextKind = Extract<RedactionKind, 'phone' | 'card' | 'iban' | 'id'>;

// Arabic and Sorani words match as prefixes (جوازي "my passport", پاسپۆرتەکەم "my passport").
const WORDS: Record<ContextKind, string[]> = {
  id: [
    'passport', 'passeport', 'national id card', 'id card', 'id number', 'id no', 'national id', 'civil id', 'identity', 'national number', 'national no',
    'social security', "carte d'identité", 'carte d’identité', 'identité', 'numéro national', 'sécurité sociale', 'cni', 'nir',
    'جواز', 'هوية', 'هويتي', 'الهوية', 'الوطني', 'الوطنية', 'البطاقة الموحدة', 'الموحدة',
    'پاسپۆرت', 'ناسنامە', 'نیشتمانی',
  ],
  phone: [
    'phone', 'mobile', 'tel', 'call', 'text', 'whatsapp', 'number is', 'téléphone', 'tél', 'portable', 'appelez', 'joignable', 'numéro est',
    'هاتف', 'جوال', 'موبايل', 'اتصل', 'تلفون', 'واتساب', 'رقمي',
    'مۆبایل', 'تەلەفۆن', 'پەیوەندی', 'واتسئەپ', 'ژمارەکەم',
  ],
  card: ['card', 'carte', 'visa', 'mastercard', 'بطاقة', 'البطاقة', 'بطاقتي', 'کارت', 'کارتی'],
  iban: ['iban', 'rib', 'account', 'compte', 'آيبان', 'الآيبان', 'حساب', 'ئایبان', 'حیساب'],
};

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Latin words need a word start (so "tel" is not "hotel"); Arabic script words are written with prefixes.
const CONTEXT_WORD = new RegExp(Object.values(WORDS).flat().sort((a, b) => b.length - a.length)
  .map((word) => (/^[a-z]/i.test(word) ? `(?<![A-Za-z])${escape(word)}` : escape(word))).join('|'), 'giu');
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

const CURRENCY_AFTER = /^[ \u00A0\u202F]*(?:IQD|USD|EUR|GBP|€|\$|dinars?|dollars?|euros?|دينار|د\.ع|دولار|دینار|دۆلار|ريال|ليرة)(?![A-Za-z])/i;
const CURRENCY_BEFORE = /(?:IQD|USD|EUR|€|\$)[ \u00A0\u202F]?$/i;

/** A number written beside a currency is an amount. */
export function besideCurrency(text: string, start: number, end: number): boolean {
  return CURRENCY_AFTER.test(text.slice(end, end + 12)) || CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 5), start));
}

// Passport numbers (ICAO 9303 document numbers: letters and digits, at least six digits), taken only after
// a passport word: on their own they look like the codes and references that must survive.
const PASSPORT_WORD = /(?<![A-Za-z])(?:passport|passeport)|جواز|پاسپۆرت/giu;
const DOCUMENT_NUMBER = /^[^\d\n;!?؟]{0,20}?(?<![A-Za-z0-9])((?=(?:[A-Za-z]*\d){6})[A-Za-z]{0,2}\d{1,9}[A-Za-z]{0,2}\d{0,8})(?![A-Za-z0-9]|[-/]\d)/u;

/** Passport numbers after a passport word, as [start, end) pairs in `text`. */
export function findPassportNumbers(text: string): [number, number][] {
  const found: [number, number][] = [];
  for (const word of text.matchAll(PASSPORT_WORD)) {
    const after = word.index + word[0].length;
    const match = DOCUMENT_NUMBER.exec(text.slice(after, after + 40));
    if (!match || endsSentence(match[0].slice(0, -match[1]!.length))) continue;
    const start = after + match[0].length - match[1]!.length;
    const end = start + match[1]!.length;
    if (!besideCurrency(text, start, end)) found.push([start, end]);
  }
  return found;
}
