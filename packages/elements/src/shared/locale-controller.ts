import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { resolveText, resolveTextIn, type LocalizedText } from '@diwan/client/core';
import { isKnownLocale, loadLocale, localeDirection, onStringsChanged, registerStrings, translate, type StringsBundle } from './i18n.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Every connected controller; one shared observer watches `lang` for all of them. */
const controllers = new Set<LocaleController>();
let langObserver: MutationObserver | undefined;
let observedRoots = new WeakSet<Node>();
let unsubscribeStrings: (() => void) | undefined;

function refreshAll(): void {
  for (const controller of controllers) controller.refresh();
}

/** Started on the first connection, never on import. Watches `lang` anywhere in the document. */
function observe(root: Node): void {
  if (!langObserver) {
    langObserver = new MutationObserver(refreshAll);
    globalThis.addEventListener?.('languagechange', refreshAll);
    unsubscribeStrings = onStringsChanged(() => {
      for (const controller of controllers) controller.host.requestUpdate();
    });
  }
  if (observedRoots.has(root)) return;
  observedRoots.add(root);
  langObserver.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** Observes the document and every shadow root between it and the element. */
function observeRootsOf(element: Element): void {
  let root = element.getRootNode();
  while (root instanceof ShadowRoot) {
    observe(root);
    root = root.host.getRootNode();
  }
  observe(root);
}

/** The nearest declared `lang`, walking up through shadow roots to `<html>`. */
function declaredLang(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

/** Picks the language Diwan will use for a requested tag: exact, then base language, else undefined. */
function matchLocale(requested: string): string | undefined {
  const tag = requested.trim();
  if (!tag) return undefined;
  if (isKnownLocale(tag)) return tag;
  const base = tag.split('-')[0]!.toLowerCase();
  return isKnownLocale(base) ? base : undefined;
}

export function resolveLocale(element: Element): string {
  const declared = declaredLang(element);
  if (declared) return matchLocale(declared) ?? 'en';
  for (const preferred of globalThis.navigator?.languages ?? []) {
    const match = matchLocale(preferred);
    if (match) return match;
  }
  return 'en';
}

// Browsers ship trimmed ICU data: Chromium has no Central Kurdish dates, so `ckb` would fall back to
// English ("Monday 9:00 AM") inside right-to-left Kurdish text. Intl takes the first locale it supports.
const INTL_FALLBACKS = new Map<string, readonly string[]>([['ckb', ['ckb-IQ', 'ar-IQ']]]);

/** The locale list handed to Intl: the language, then script- and region-near fallbacks. */
export function intlLocales(lang: string): string[] {
  return [lang, ...(INTL_FALLBACKS.get(lang) ?? INTL_FALLBACKS.get(lang.split('-')[0]!) ?? [])];
}

const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat | Intl.RelativeTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

const baseLanguage = (tag: string) => tag.split('-')[0]!.toLowerCase();

/** True for languages written in Latin letters (en, fr…); false for Arabic-script ar, ckb and the like. */
function writtenInLatin(lang: string): boolean {
  try {
    return new Intl.Locale(lang).maximize().script === 'Latn';
  } catch {
    return true; // not a valid tag: nothing to check the output against
  }
}

type Probe = (locale: string) => { resolved: string; sample: string };
/** What a formatter really writes: a date with weekday, month and time of day; relative days, weeks, hours; durations. */
const PROBES = {
  date: (locale) => {
    const format = new Intl.DateTimeFormat([locale], { dateStyle: 'full', timeStyle: 'short', timeZone: 'UTC' });
    return { resolved: format.resolvedOptions().locale, sample: format.format(Date.UTC(2026, 10, 29, 15, 30)) };
  },
  relativeTime: (locale) => {
    const format = new Intl.RelativeTimeFormat([locale], { numeric: 'auto' });
    const sample = [format.format(-1, 'day'), format.format(6, 'day'), format.format(2, 'week'), format.format(-3, 'hour')].join(' ');
    return { resolved: format.resolvedOptions().locale, sample };
  },
  // Firefox claims Central Kurdish units and writes "٦٠ s"; Chromium has none and answers in English
  duration: (locale) => {
    const format = (unit: DurationUnit) => new Intl.NumberFormat([locale], { style: 'unit', unit, unitDisplay: 'long' });
    return { resolved: format('second').resolvedOptions().locale, sample: `${format('second').format(60)} ${format('minute').format(2)}` };
  },
} satisfies Record<string, Probe>;
type DurationUnit = 'second' | 'minute' | 'hour' | 'day';
type IntlKind = keyof typeof PROBES;

const spoken = new Map<string, { locale: string; lang: string }>();
/**
 * The locale to format with, and the language its output is really in: the first of intlLocales(lang)
 * the browser speaks for this kind of formatter. `supportedLocalesOf` and `resolvedOptions` are not
 * proof: Firefox claims Central Kurdish relative times and writes "yesterday" and "+٦ d", so the output
 * itself is checked (no Latin letters in a language that is not written in them). Chromium has no
 * Kurdish dates at all and writes Arabic: the answer's `lang` is then `ar`, for the markup to say so.
 */
export function spokenLocale(kind: IntlKind, lang: string): { locale: string; lang: string } {
  const key = `${kind}|${lang}`;
  let answer = spoken.get(key);
  if (!answer) {
    const candidates = intlLocales(lang);
    for (const candidate of candidates) {
      const { resolved, sample } = PROBES[kind](candidate);
      if (baseLanguage(resolved) !== baseLanguage(candidate)) continue;
      if (!writtenInLatin(candidate) && /[A-Za-z]/.test(sample)) continue;
      answer = { locale: candidate, lang: baseLanguage(candidate) };
      break;
    }
    // nothing in the chain: the browser's own default, whatever language that is
    answer ??= { locale: lang, lang: baseLanguage(PROBES[kind](lang).resolved) };
    spoken.set(key, answer);
  }
  return answer;
}

/**
 * The one locale controller: resolves the element's language (element `lang` → closest ancestor
 * `lang` across shadow roots → `<html lang>` → browser languages → `en`), re-renders the host when any
 * of them changes or strings arrive, and formats through `Intl`.
 */
export class LocaleController implements ReactiveController {
  readonly host: Host;
  #lang = 'en';

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
    // the element's own namespace (`static strings`): its English now, its other locales on demand
    const strings = (host.constructor as { strings?: StringsBundle }).strings;
    if (strings) registerStrings(strings);
  }

  /** The language in use, e.g. `ar`. */
  get lang(): string {
    return this.#lang;
  }

  get dir(): 'ltr' | 'rtl' {
    return localeDirection(this.#lang);
  }

  hostConnected(): void {
    controllers.add(this);
    observeRootsOf(this.host);
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
    if (controllers.size === 0 && langObserver) {
      langObserver.disconnect();
      langObserver = undefined;
      observedRoots = new WeakSet<Node>();
      globalThis.removeEventListener?.('languagechange', refreshAll);
      unsubscribeStrings?.();
    }
  }

  /** Re-resolves the language; re-renders the host when it changed. */
  refresh(): void {
    const lang = resolveLocale(this.host);
    if (lang !== this.#lang) {
      this.#lang = lang;
      this.host.requestUpdate();
    }
    void loadLocale(lang); // renders in English meanwhile; the strings' arrival re-renders
  }

  /** A UI string: `t('catalogue:search.label')`; plurals through `{ count }` use Intl plural rules. */
  t(key: string, options?: Record<string, unknown>): string {
    return translate(this.#lang, key, options);
  }

  /** A LocalizedText from the backend in this language (same fallback chain as the UI strings). */
  text(value: LocalizedText | undefined): string {
    return resolveText(value, [this.#lang]);
  }

  /**
   * `text()` for a template: inside `<span lang="en">` when the backend had no text in the element's
   * language and the one it fell back to is known (an Open311 server's English in an Arabic widget,
   * WCAG 3.1.2). A plain string's language is not known: it stays unmarked.
   */
  textMarkup(value: LocalizedText | undefined): string | TemplateResult {
    const { text, lang } = resolveTextIn(value, [this.#lang]);
    return lang ? this.#inLanguage(text, lang) : text;
  }

  /** The `lang` for an element showing `text(value)` where a span cannot go (an `<option>`): set only when it is not the element's. */
  textLang(value: LocalizedText | undefined): string | undefined {
    const { lang } = resolveTextIn(value, [this.#lang]);
    return lang && baseLanguage(lang) !== baseLanguage(this.#lang) ? lang : undefined;
  }

  number(value: number, options: Intl.NumberFormatOptions = {}): string {
    return cached(`n|${this.#lang}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(intlLocales(this.#lang), options)).format(value);
  }

  currency(amount: number, currency: string): string {
    return this.number(amount, { style: 'currency', currency, maximumFractionDigits: Number.isInteger(amount) ? 0 : 2 });
  }

  /** A date or time of day; in Arabic where the browser has no Kurdish dates (see `dateLang`). */
  date(value: Date | string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
    const date = typeof value === 'string' ? new Date(value) : value;
    if (Number.isNaN(date.getTime())) return '';
    const { locale } = spokenLocale('date', this.#lang);
    return cached(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat([locale], options)).format(date);
  }

  /** The language `date()` really writes: the element's, or the fallback's (`ar` for Kurdish in Chromium). */
  get dateLang(): string {
    return spokenLocale('date', this.#lang).lang;
  }

  /** `date()` for a template, inside `<span lang="ar">` when it is not in the element's language (WCAG 3.1.2). */
  dateMarkup(value: Date | string, options?: Intl.DateTimeFormatOptions): string | TemplateResult {
    return this.#inLanguage(this.date(value, options), this.dateLang);
  }

  list(items: string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
    return cached(`l|${this.#lang}|${type}`, () => new Intl.ListFormat(intlLocales(this.#lang), { type })).format(items);
  }

  /** "yesterday", "in 6 days"; never English inside Kurdish text (see `spokenLocale`). */
  relativeTime(value: number, unit: Intl.RelativeTimeFormatUnit): string {
    const { locale } = spokenLocale('relativeTime', this.#lang);
    return cached(`r|${locale}`, () => new Intl.RelativeTimeFormat([locale], { numeric: 'auto' })).format(value, unit);
  }

  /** The language `relativeTime()` really writes. */
  get relativeTimeLang(): string {
    return spokenLocale('relativeTime', this.#lang).lang;
  }

  /** `relativeTime()` for a template, marked with its language when it is not the element's. */
  relativeTimeMarkup(value: number, unit: Intl.RelativeTimeFormatUnit): string | TemplateResult {
    return this.#inLanguage(this.relativeTime(value, unit), this.relativeTimeLang);
  }

  /**
   * "60 seconds", "2 minutes" (Intl picks the plural form), inside `<span lang="ar">` where the browser
   * writes no such unit in the element's language (Kurdish in Chromium and Firefox), as `dateMarkup`.
   */
  durationMarkup(value: number, unit: DurationUnit): string | TemplateResult {
    const { locale, lang } = spokenLocale('duration', this.#lang);
    const format = cached(`u|${locale}|${unit}`, () => new Intl.NumberFormat([locale], { style: 'unit', unit, unitDisplay: 'long' }));
    return this.#inLanguage(format.format(value), lang);
  }

  /**
   * A UI sentence whose values may be markup (a date marked with its own language): i18next fills the
   * sentence with placeholders, which are then replaced by the values in the sentence's own order.
   */
  tMarkup(key: string, values: Record<string, string | TemplateResult>): Array<string | TemplateResult> {
    const names = Object.keys(values);
    const placeholders = Object.fromEntries(names.map((name, index) => [name, placeholder(index)]));
    return fillPlaceholders(this.t(key, placeholders), names.map((name) => values[name]!));
  }

  /** `list()` whose items may be markup (day names marked with their own language). */
  listMarkup(items: Array<string | TemplateResult>): Array<string | TemplateResult> {
    return fillPlaceholders(this.list(items.map((_, index) => placeholder(index))), items);
  }

  #inLanguage(text: string, textLang: string): string | TemplateResult {
    return baseLanguage(textLang) === baseLanguage(this.#lang) || !text ? text : html`<span lang=${textLang}>${text}</span>`;
  }
}

// Values that are markup travel through i18next and Intl.ListFormat as private-use placeholders, then
// take their place in the sentence's own order.
const placeholder = (index: number) => `\uE000${index}\uE001`;
function fillPlaceholders(text: string, values: Array<string | TemplateResult>): Array<string | TemplateResult> {
  return text.split(/\uE000(\d+)\uE001/).map((piece, index) => (index % 2 === 1 ? values[Number(piece)]! : piece));
}
