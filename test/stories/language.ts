// What a screen reader speaks in an Arabic or Kurdish widget, checked per text node and per spoken
// attribute: no English word (a Latin word is allowed only where it is data a citizen reads as written —
// a reference, an e-mail address, a web address — or an acronym of 2–4 capitals that Arabic and Kurdish
// write in Latin letters too (CSV, SMS, PDF), or inside an element whose `lang` says it is another
// language), and in Kurdish no Arabic-only spelling outside an element marked lang="ar" (the browser's
// Arabic dates that stand in for Kurdish ones, WCAG 3.1.2). Text under `visibility: hidden` is neither
// seen nor spoken and is left out: @lit-labs/virtualizer 2.1.1 sizes its scroller with a hidden
// `<div virtualizer-sizer>` whose text is the literal "&nbsp;" (its `textContent = '&nbsp;'`).

/** The nearest `lang` above a node, crossing shadow roots. */
export function langOf(node: Node): string | undefined {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element && current.hasAttribute('lang')) return current.getAttribute('lang')!;
    current = current instanceof ShadowRoot ? current.host : current.parentNode;
  }
  return undefined;
}

const SPOKEN_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-valuetext', 'title', 'placeholder', 'alt'];

/** Every piece of text a citizen hears from a widget (its shadow tree and slotted nodes), with its language. */
export function spokenTexts(host: Element): Array<{ text: string; lang: string | undefined }> {
  const out: Array<{ text: string; lang: string | undefined }> = [];
  const hidden = (element: Element | null) => !!element && getComputedStyle(element).visibility === 'hidden';
  const visit = (root: Node) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Element) {
        if (node.localName === 'style' || node.localName === 'script') continue;
        if (node.shadowRoot) visit(node.shadowRoot);
        if (hidden(node)) continue;
        for (const name of SPOKEN_ATTRIBUTES) {
          const value = node.getAttribute(name)?.trim();
          if (value) out.push({ text: value, lang: langOf(node) });
        }
        continue;
      }
      if (node.parentElement?.localName === 'style' || hidden(node.parentElement)) continue;
      const text = node.textContent!.replace(/\s+/g, ' ').trim();
      if (text) out.push({ text, lang: langOf(node) });
    }
  };
  visit(host.shadowRoot ?? host);
  return out;
}

// data written the same in every language: references (DW-2026-0001), e-mail and web addresses; and
// acronyms of 2–4 capitals, which Arabic and Kurdish write in Latin letters (تنزيل بصيغة CSV)
const DATA = /\b[A-Z]{1,4}-\d[\w-]*|[^\s@]+@[^\s@]+|https?:\/\/\S+|\bwww\.\S+|\b[A-Z]{2,4}\b/g;
const LATIN_WORD = /[A-Za-z]{2,}/;
const LATIN_LANGS = new Set(['en', 'fr']);

/** Latin words in text that claims a language not written in Latin (`ar`, `ckb`). */
export function latinWordsIn(texts: Array<{ text: string; lang: string | undefined }>): string[] {
  return texts
    .filter(({ lang }) => !lang || !LATIN_LANGS.has(lang.split('-')[0]!))
    .map(({ text }) => text)
    .filter((text) => LATIN_WORD.test(text.replace(DATA, ' ')));
}

// letters and words Sorani writes otherwise (ک, ی, ە): Arabic month names, ة, ك, ي, hamza on alif
const ARABIC_ONLY = /[أإةكي]|تشرين|كانون|حزيران|أيار|آذار|تموز|أيلول|شباط|نيسان/;

/** In a Kurdish widget: Arabic text that is not inside an element marked lang="ar". */
export function unmarkedArabicIn(texts: Array<{ text: string; lang: string | undefined }>): string[] {
  return texts.filter(({ text, lang }) => lang !== 'ar' && ARABIC_ONLY.test(text)).map(({ text }) => text);
}
