// Languages: the four locales, right-to-left layout, Arabic-Indic and Eastern Arabic digits, Intl formatting.
import { expect, waitUntil } from '@open-wc/testing';
import '../define/eligibility-checker.js';
import { $, $$, answer, headingText, mountChecker, summaryRows, untilHeading } from './test-support.js';

const demoChecker = (lang: string, service = 'disability-allowance') =>
  mountChecker((checker) => {
    checker.setAttribute('backend', 'demo');
    checker.service = service;
  }, lang);

describe('<diwan-eligibility-checker> languages', () => {
  it('in Kurdish, a date the browser writes in Arabic is marked lang="ar": in the error summary, beside the field and on "check your answers"', async () => {
    const el = demoChecker('ckb', 'old-age-pension');
    await waitUntil(() => $(el, '#answer-year') && $(el, '[part="continue"]')!.textContent!.trim() !== 'Continue', 'the Kurdish date question', { timeout: 4000 });
    await answer(el, { day: '1', month: '1', year: '2030' });
    await waitUntil(() => $(el, '.error-summary a'), 'the error summary', { timeout: 4000 });
    const arabicDates = new Intl.DateTimeFormat('ckb', { month: 'long' }).resolvedOptions().locale.split('-')[0] !== 'ckb';
    const marks = (selector: string) => [...$(el, selector)!.querySelectorAll('[lang]')].map((node) => node.getAttribute('lang'));
    for (const selector of ['.error-summary a', '.error-message']) {
      expect(marks(selector), selector).to.deep.equal(arabicDates ? ['ar'] : []);
      if (!arabicDates) expect($(el, selector)!.textContent).not.to.match(/[ةكي]|كانون/);
    }
    await answer(el, { day: '1', month: '1', year: '1967' });
    await waitUntil(() => $(el, '.summary-value'), 'check your answers', { timeout: 4000 });
    expect(marks('.summary-value')).to.deep.equal(arabicDates ? ['ar'] : []);
  });

  it('asks the first question in each of the four languages', async () => {
    const expected: Record<string, string> = { en: 'How old are you?', ar: 'كم عمرك؟', ckb: 'تەمەنت چەندە؟', fr: 'Quel âge avez-vous ?' };
    for (const [lang, heading] of Object.entries(expected)) {
      const el = demoChecker(lang);
      await untilHeading(el, heading);
      await waitUntil(() => $(el, '[part="continue"]')!.textContent!.trim() !== 'Continue' || lang === 'en', `${lang} strings load`);
      expect($(el, '.root')!.getAttribute('lang')).to.equal(lang);
    }
  });

  it('lays out right to left in Arabic, mirrors the Back arrow, and reads Arabic-Indic digits', async () => {
    const el = demoChecker('ar');
    await untilHeading(el, 'كم عمرك؟');
    await waitUntil(() => $(el, '[part="continue"]')!.textContent!.trim() === 'متابعة', 'Arabic strings');
    expect($(el, '.root')!.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle($(el, '.root')!).direction).to.equal('rtl');
    await expect(el).to.be.accessible();

    await answer(el, '١٥٠');
    expect($(el, '.error-summary h2')!.textContent).to.equal('هناك مشكلة');
    const arabic = (n: number) => new Intl.NumberFormat('ar').format(n); // Latin or Arabic-Indic, as the browser's ICU has it
    expect($(el, '.error-summary a')!.textContent).to.equal(`أدخل رقماً لا يزيد على ${arabic(120)}`);
    await answer(el, '٤٠');
    await untilHeading(el, 'هل تقيم في البلاد؟');
    expect($(el, '[part="progress"]')!.textContent).to.equal(`السؤال ${arabic(2)} من ${arabic(5)} أسئلة كحد أقصى`);
    const back = $(el, '[part="back"]')!;
    // the arrow is a hidden icon, mirrored to point right (back, in Arabic)
    expect(back.querySelector('svg.mirror')!.getAttribute('aria-hidden')).to.equal('true');
    expect(new DOMMatrix(getComputedStyle(back.querySelector('svg')!).transform).a).to.equal(-1);
    await expect(el).to.be.accessible();
  });

  it('reads Eastern Arabic (Persian) digits in Kurdish and shows answers with Intl', async () => {
    const el = demoChecker('ckb');
    await untilHeading(el, 'تەمەنت چەندە؟');
    await answer(el, '۱۶');
    await untilHeading(el, 'وەڵامەکانت بپشکنە');
    expect(summaryRows(el)[0]![1]).to.match(/^(16|١٦) ساڵ$/);
  });

  it('reads French grouping and shows a French result with its legal basis isolated', async () => {
    const el = demoChecker('fr', 'child-benefit');
    await untilHeading(el, 'Combien d’enfants de moins de 18 ans vivent avec vous ?');
    await answer(el, '2');
    await answer(el, true);
    await answer(el, '4');
    await answer(el, '800 000');
    await untilHeading(el, 'Vérifiez vos réponses');
    expect(summaryRows(el)[3]![1]).to.equal('800 000 IQD');
    $(el, '[part="see-result"]')!.click();
    await untilHeading(el, 'Vous pouvez probablement bénéficier de : Allocations familiales');
    expect($(el, '[part="legal-reference"] bdi')!.textContent).to.equal('Loi sur la protection sociale, art. 8');
    expect($$(el, '.channel-label').map((label) => label.textContent)).to.include('Se rendre dans un bureau');
  });

  it('re-renders live when the page language changes', async () => {
    const el = demoChecker('en');
    await untilHeading(el, 'How old are you?');
    el.parentElement!.lang = 'fr';
    await waitUntil(() => headingText(el) === 'Quel âge avez-vous ?', 'the question follows the new language');
  });
});
