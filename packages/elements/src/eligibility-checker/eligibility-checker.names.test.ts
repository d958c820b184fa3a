// What a screen reader hears (issue 18 item 4), read from the accessibility tree and the DOM, in en and ar:
// a number field carries its unit in its description, the result is announced once, and "Back" is
// called "Back" (its arrow is a decorative icon that points back in both directions).
import { expect, waitUntil } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../define/eligibility-checker.js';
import type { DiwanEligibilityChecker } from './eligibility-checker.js';
import { $, activeInShadow, answer, mountChecker, untilHeading, untilReady } from './test-support.js';
import { canReadAccessibilityTree } from '../shared/test-browser.js';

interface AxNode { role: string; name?: string; description?: string; focused?: boolean; children?: AxNode[] }
const flatten = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(flatten)];
const tree = async () => flatten((await a11ySnapshot({})) as unknown as AxNode); // the page holds this widget alone
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const WORDS = {
  en: { income: 'What is your own monthly income?', unit: 'dinars a month', back: 'Back', result: 'You can probably get: Disability allowance', check: 'Check your answers', age: 'How old are you?' },
  ar: { income: 'ما دخلك الشهري الشخصي؟', unit: 'دينار شهرياً', back: 'رجوع', result: '', check: 'راجع إجاباتك', age: 'كم عمرك؟' },
} as const;

async function toIncome(el: DiwanEligibilityChecker, lang: 'en' | 'ar'): Promise<void> {
  await untilReady(el);
  for (const value of ['40', true, true, '60']) await answer(el, value);
  await untilHeading(el, WORDS[lang].income);
}

for (const lang of ['en', 'ar'] as const) {
  describe(`<diwan-eligibility-checker> names and announcements (${lang})`, function () {
    this.timeout(30000); // five pages on a shared machine
    const words = WORDS[lang];
    const demoChecker = () => mountChecker((checker) => {
      checker.setAttribute('backend', 'demo');
      checker.service = 'disability-allowance';
    }, lang);

    it('a number field is named by its question and described by its unit', async () => {
      const el = demoChecker();
      await toIncome(el, lang);
      const input = $<HTMLInputElement>(el, '#answer')!;
      const unit = $(el, '.unit')!;
      await waitUntil(() => text(unit) !== '', 'the unit shows');
      expect((input.getAttribute('aria-describedby') ?? '').split(' ')).to.include(unit.id);
      if (canReadAccessibilityTree) {
        const field = (await tree()).find((node) => node.role === 'textbox');
        expect(field?.name).to.equal(words.income);
        expect(field?.description).to.contain(text(unit));
      }
      expect(text(unit)).to.equal(words.unit);
    });

    it('"Back" is named "Back" alone, and its arrow is a hidden icon pointing back (right in Arabic)', async () => {
      const el = demoChecker();
      await untilReady(el);
      await answer(el, '40');
      await waitUntil(() => $(el, '[part="back"]'), 'a Back button');
      await waitUntil(() => text($(el, '[part="continue"]')) !== (lang === 'ar' ? 'Continue' : ''), 'the strings are in');
      if (canReadAccessibilityTree) {
        const back = (await tree()).find((node) => node.role === 'button' && node.name?.includes(words.back));
        expect(back?.name).to.equal(words.back);
      }
      const icon = $(el, '[part="back"] svg')!;
      expect(icon, 'an icon').to.exist;
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      const box = icon.getBoundingClientRect();
      const label = $(el, '[part="back"]')!.getBoundingClientRect();
      // the arrow's path runs from its right end to its left one (M19 … H5): flipped in right to left
      const flipped = new DOMMatrix(getComputedStyle(icon).transform === 'none' ? undefined : getComputedStyle(icon).transform).a === -1;
      expect(flipped, 'mirrored').to.equal(lang === 'ar');
      // and it stands at the start of the line, before the word
      if (lang === 'ar') expect(box.right).to.be.closeTo(label.right, 2);
      else expect(box.left).to.be.closeTo(label.left, 2);
    });

    it('the result is said once: focus on its heading, not a second live message with the same words', async () => {
      const el = demoChecker();
      await toIncome(el, lang);
      await answer(el, '300000');
      await untilHeading(el, words.check);
      $<HTMLButtonElement>(el, '[part="see-result"]')!.click();
      await waitUntil(() => $(el, '[part="result"] .page-heading'), 'the result shows');
      const heading = $(el, '[part="result"] .page-heading')!;
      await waitUntil(() => activeInShadow(el) === heading, 'focus on the result heading');
      const live = [...el.shadowRoot!.querySelectorAll('[role="status"], [aria-live]')].map(text).filter(Boolean);
      expect(live, 'nothing in a live region repeats the heading').to.not.include(text(heading));
      if (canReadAccessibilityTree) {
        const focused = (await tree()).find((node) => node.focused);
        expect(focused?.role).to.equal('heading');
        expect(focused?.name).to.equal(text(heading));
      }
    });
  });
}
