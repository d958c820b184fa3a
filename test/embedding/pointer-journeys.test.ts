// Every widget's journey by a real pointer (issue 11), on the BUILT bundle, in English and in Arabic
// (right to left): the browser's own mouse clicks at the centre of what a citizen sees, so every click
// is hit-tested. Fields are clicked, then typed into with the keyboard. A journey that passes with
// `element.click()` or the keyboard but not with the pointer fails here.
import { expect } from '@open-wc/testing';
import { clickAndType, clickAt, releasePointer } from './pointer.js';
import { PAGES, inShadow, mount, nextEvent, openHostPage, part, until, waitFor, type HostPage } from './support.js';

type Locale = 'en' | 'ar';
const LOCALES: Locale[] = ['en', 'ar'];

/** An Arabic host page is right to left as a whole, as a ministry's Arabic site is. */
async function openPage(lang: Locale): Promise<HostPage> {
  const page = await openHostPage(PAGES.strict);
  page.doc.documentElement.lang = lang;
  page.doc.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  return page;
}

/** The shadow element whose visible text is exactly `text` (whitespace collapsed). */
function byText(element: HTMLElement, selector: string, text: string): HTMLElement | undefined {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>(selector)].find((candidate) => candidate.textContent!.replace(/\s+/g, ' ').trim() === text);
}

/** The label of a radio or checkbox (a citizen clicks its words, not the small circle). */
function labelOf(element: HTMLElement, input: HTMLInputElement | null): HTMLElement | null {
  return input ? inShadow(element, `label[for="${CSS.escape(input.id)}"]`) ?? input.closest('label') : null;
}

const SEARCH: Record<Locale, string> = { en: 'passport', ar: 'جواز' };
const SURNAME: Record<Locale, string> = { en: 'Karim', ar: 'كريم' };

describe('journeys by real pointer (built bundle)', function () {
  this.timeout(30000); // whole journeys on the built bundle, on a machine that may be busy
  afterEach(releasePointer);

  for (const lang of LOCALES) {
    it(`catalogue (${lang}): click the search box, type, click a result by its name, that service opens; back`, async () => {
      const page = await openPage(lang);
      const element = await mount(page, 'diwan-service-catalogue', { backend: 'demo' });
      await until(element, '.item-button', 'services listed');
      await clickAndType(inShadow(element, '#search'), 'search box', SEARCH[lang]);
      // the query filters as it is typed, also before the search code (loaded when the box takes the focus) is here
      await waitFor(() => inShadow<HTMLInputElement>(element, '#search')?.value === SEARCH[lang], 'the query in the search box');
      // the first result of several: with rows covering one another, a click lands on another service
      const names = () => [...element.shadowRoot!.querySelectorAll('.item-button')].map((button) => button.textContent!.trim());
      await waitFor(() => names().length >= 2, 'two or more results');
      // the list as the citizen sees it once typing has stopped: the results of an earlier keystroke may
      // still be on screen for a frame (the rows are recycled), and a click is aimed at what is shown
      let shown = '';
      let since = performance.now();
      await waitFor(() => {
        const now = names().join('|');
        if (now !== shown) [shown, since] = [now, performance.now()];
        return performance.now() - since > 400;
      }, 'the results to stop changing');
      const wanted = names()[0]!;
      const button = byText(element, '.item-button', wanted)!;
      const wantedId = button.dataset.serviceId;
      const selected = nextEvent(element, 'diwan-service-select') as Promise<Event & { serviceId: string }>;
      const under = await clickAt(button, `the result "${wanted}"`);
      const heading = await until(element, '[part~="detail-heading"]', `the detail of "${wanted}" (the pointer was over ${under})`);
      expect(heading.textContent!.trim(), 'the service that opened').to.equal(wanted);
      expect((await selected).serviceId, 'the service the host page hears of').to.equal(wantedId);
      await clickAt(inShadow(element, '.back'), 'Back');
      await waitFor(() => byText(element, '.item-button', wanted), 'the results again after Back');
      expect(inShadow<HTMLInputElement>(element, '#search')!.value, 'the search kept').to.equal(SEARCH[lang]);
    });

    it(`eligibility checker (${lang}): click the answers and Continue through to a result`, async () => {
      const page = await openPage(lang);
      const element = await mount(page, 'diwan-eligibility-checker', { backend: 'demo', service: 'disability-allowance' });
      const result = nextEvent(element, 'diwan-eligibility-result');
      // disability-allowance in the demo data: age, residence, assessment, degree, income
      for (const answer of ['40', true, true, '60', '300000'] as const) {
        const heading = (await until(element, '.page-heading', 'a question page')).textContent;
        if (typeof answer === 'boolean') {
          const radio = inShadow<HTMLInputElement>(element, `input[type="radio"][value="${answer}"]`);
          await clickAt(labelOf(element, radio), `the "${answer}" answer`);
          await waitFor(() => radio!.checked, `the "${answer}" answer chosen by the click`);
        } else {
          await clickAndType(inShadow(element, '#answer'), 'the answer field', answer);
        }
        await clickAt(part(element, 'continue'), 'Continue');
        await waitFor(() => element.shadowRoot!.querySelector('.page-heading')?.textContent !== heading, 'the next page after Continue');
      }
      await clickAt(await until(element, '[part~="see-result"]', 'check your answers'), 'See the result');
      await until(element, '[part~="result"]', 'the result');
      expect(((await result) as Event & { result: string }).result).to.be.a('string');
    });

    it(`request tracker (${lang}): click the fields, type, submit, see the request`, async () => {
      const page = await openPage(lang);
      const element = await mount(page, 'diwan-request-tracker', { backend: 'demo' });
      const found = nextEvent(element, 'diwan-request-found');
      await clickAndType(await until(element, '#reference', 'the lookup form'), 'the reference field', 'DW-2026-0001');
      await clickAndType(inShadow(element, '#verification'), 'the surname field', SURNAME[lang]);
      await clickAt(inShadow(element, 'button[type="submit"]'), 'Check progress');
      await until(element, '[part~="result"]', 'the request found');
      expect(((await found) as Event & { reference: string }).reference).to.equal('DW-2026-0001');
    });

    it(`feedback (${lang}): click ${lang === 'en' ? 'Yes' : 'No'}, tell us more (a rating, a comment), Send`, async () => {
      const page = await openPage(lang);
      const element = await mount(page, 'diwan-feedback', { backend: 'demo', page: '/e-services', service: 'passport-renewal' });
      const answered = nextEvent(element, 'diwan-feedback-submit');
      await clickAt(await until(element, lang === 'en' ? '[part~="yes-button"]' : '[part~="no-button"]', 'the answers'), 'the answer');
      expect(((await answered) as Event & { useful: boolean }).useful).to.equal(lang === 'en');
      await until(element, '[part~="details"]', 'tell us more');
      const rating = inShadow<HTMLInputElement>(element, 'input[type="radio"][value="4"]');
      await clickAt(labelOf(element, rating), 'rating 4');
      await waitFor(() => rating!.checked, 'rating 4 chosen by the click');
      await clickAndType(inShadow(element, '[part~="comment"]'), 'the comment', lang === 'en' ? 'Clear page.' : 'صفحة واضحة.');
      const sent = nextEvent(element, 'diwan-feedback-submit');
      await clickAt(part(element, 'send-button'), 'Send');
      await waitFor(() => !part(element, 'details') && part(element, 'thanks'), 'the thanks after sending the details');
      expect(((await sent) as Event & { rating?: number }).rating).to.equal(4);
    });
  }
});
