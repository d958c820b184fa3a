// Language of parts (WCAG 3.1.2) in the found request: every date and relative time is either in the
// element's language or inside an element whose `lang` says which language it is in. Chromium has no
// Central Kurdish dates (Arabic month names stand in); Firefox has them but answers relative times in
// English while claiming Kurdish. Checked through the DOM, in ckb and ar, in both browsers.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define/request-tracker.js';
import type { DiwanRequestTracker } from './request-tracker.js';
import { inDays, lookUp, recordBackend, sampleRecord, untilResult } from './test-support.js';

/** The nearest `lang` above a node, crossing shadow roots. */
function langOf(node: Node): string | undefined {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element && current.hasAttribute('lang')) return current.getAttribute('lang')!;
    current = current instanceof ShadowRoot ? current.host : current.parentNode;
  }
  return undefined;
}

/** Each text node of the result with the language it is declared in. */
function textsWithLang(root: Node): Array<{ text: string; lang: string | undefined }> {
  const out: Array<{ text: string; lang: string | undefined }> = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!.replace(/\s+/g, ' ').trim();
    if (text) out.push({ text, lang: langOf(node) });
  }
  return out;
}

// Arabic month names that Kurdish does not share (Sorani writes تشرینی, کانوونی, حوزەیران…)
const ARABIC_MONTHS = /تشرين|كانون|حزيران|أيار|آذار|تموز|أيلول|شباط|نيسان|آب/;
const ARABIC_ONLY = /[أإةكي]|أمس|غدًا|خلال|منذ/; // letters and words Sorani spells otherwise (ک, ی, ە)

async function showIn(lang: string): Promise<DiwanRequestTracker> {
  const record = sampleRecord({
    statusNote: { en: 'Your photo is being checked.', ar: 'نتحقق من صورتك.', ckb: 'وێنەکەت دەپشکنرێت.' },
    actionsNeeded: [{ id: 'photo', label: { en: 'Send a photo', ar: 'أرسل صورة', ckb: 'وێنەیەک بنێرە' }, dueBy: inDays(6) }],
    timeline: [],
  });
  const el = await fixture<DiwanRequestTracker>(html`<diwan-request-tracker lang=${lang} .backend=${recordBackend(record)}></diwan-request-tracker>`);
  await lookUp(el, record.reference, 'Karim');
  await untilResult(el);
  return el;
}

describe('<diwan-request-tracker> language of parts', () => {
  it('Kurdish: no English relative time, and Arabic dates are marked lang="ar"', async () => {
    const el = await showIn('ckb');
    await waitUntil(() => el.shadowRoot!.querySelector('[part="status-label"]')?.textContent?.trim() === 'لە جێبەجێکردندایە', 'Sorani strings load', { timeout: 4000 });
    const texts = textsWithLang(el.shadowRoot!.querySelector('[part="status"]')!).concat(textsWithLang(el.shadowRoot!.querySelector('[part="actions"]')!));
    const latin = texts.filter(({ text }) => /[A-Za-z]{2,}/.test(text)).map(({ text }) => text);
    expect(latin, 'Latin words inside Kurdish text').to.deep.equal([]);
    const arabicUnmarked = texts.filter(({ text, lang }) => lang !== 'ar' && (ARABIC_MONTHS.test(text) || ARABIC_ONLY.test(text)));
    expect(arabicUnmarked.map(({ text }) => text), 'Arabic text not marked lang="ar"').to.deep.equal([]);
    // and whatever is marked Arabic really is the date or relative time, not a Kurdish sentence
    for (const { text } of texts.filter((item) => item.lang === 'ar')) expect(text).not.to.match(/[ەێۆڕڵ]/, `"${text}" marked Arabic`);
  });

  it('Arabic: dates and relative times in Arabic, nothing marked as another language', async () => {
    const el = await showIn('ar');
    await waitUntil(() => el.shadowRoot!.querySelector('[part="status-label"]')?.textContent?.trim() !== 'In progress', 'Arabic strings load', { timeout: 4000 });
    const texts = textsWithLang(el.shadowRoot!.querySelector('[part="result"]')!);
    expect(texts.filter(({ lang }) => lang !== 'ar').map(({ text }) => text)).to.deep.equal([]);
  });
});
