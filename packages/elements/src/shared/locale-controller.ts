import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveText, type LocalizedText } from '@diwan/client/core';
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

  number(value: number, options: Intl.NumberFormatOptions = {}): string {
    return cached(`n|${this.#lang}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(intlLocales(this.#lang), options)).format(value);
  }

  currency(amount: number, currency: string): string {
    return this.number(amount, { style: 'currency', currency, maximumFractionDigits: Number.isInteger(amount) ? 0 : 2 });
  }

  date(value: Date | string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
    const date = typeof value === 'string' ? new Date(value) : value;
    if (Number.isNaN(date.getTime())) return '';
    return cached(`d|${this.#lang}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(intlLocales(this.#lang), options)).format(date);
  }

  list(items: string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
    return cached(`l|${this.#lang}|${type}`, () => new Intl.ListFormat(intlLocales(this.#lang), { type })).format(items);
  }

  relativeTime(value: number, unit: Intl.RelativeTimeFormatUnit): string {
    return cached(`r|${this.#lang}`, () => new Intl.RelativeTimeFormat(intlLocales(this.#lang), { numeric: 'auto' })).format(value, unit);
  }
}
