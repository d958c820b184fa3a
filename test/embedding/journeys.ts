// Each widget's main journey, driven through its DOM the way a citizen would, from the first screen to
// the event that tells the host page the journey ended. The embedding tests run every journey in every
// hostile setting. A new widget joins every embedding test by adding one entry to JOURNEYS.
import { part, typeInto, until, waitFor } from './support.js';

export interface Journey {
  tag: string;
  /** Attributes for the bundled demo backend (no server). */
  attributes: Record<string, string>;
  /** The event the host page hears when the journey is complete. */
  finalEvent: string;
  /** Drives the widget from its first screen to the end of the journey. */
  run(element: HTMLElement): Promise<void>;
}

const click = (element: Element | null, what: string) => {
  if (!element) throw new Error(`no ${what} to click`);
  (element as HTMLElement).click();
};

/**
 * A word of "passport" services' names in the host page's language (the demo data has no cross-language
 * keywords). A Map: the hostile-config tests set lang to Object.prototype names (valueOf, constructor, …).
 */
const SEARCH_TERMS = new Map([['en', 'passport'], ['ar', 'جواز'], ['ckb', 'پاسپۆرت']]);

const catalogue: Journey = {
  tag: 'diwan-service-catalogue',
  attributes: { backend: 'demo' },
  finalEvent: 'diwan-service-select',
  async run(element) {
    await until(element, '.item-button', 'services listed');
    typeInto((await until<HTMLInputElement>(element, '#search'))!, SEARCH_TERMS.get(element.closest('[lang]')?.getAttribute('lang') ?? 'en') ?? 'passport');
    await waitFor(() => part(element, 'count')?.textContent?.match(/[\d٠-٩۰-۹]/), 'a result count after the search');
    click(await until(element, '.item-button', 'a matching service'), 'service');
    await until(element, '[part~="detail-heading"]', 'the service detail');
  },
};

/** Answers for disability-allowance in the demo data: age, residence, assessment, degree, income. */
const ELIGIBILITY_ANSWERS = ['40', true, true, '60', '300000'] as const;

const eligibility: Journey = {
  tag: 'diwan-eligibility-checker',
  attributes: { backend: 'demo', service: 'disability-allowance' },
  finalEvent: 'diwan-eligibility-result',
  async run(element) {
    for (const answer of ELIGIBILITY_ANSWERS) {
      const heading = (await until(element, '.page-heading', 'a question page')).textContent;
      if (typeof answer === 'boolean') {
        click(element.shadowRoot!.querySelector(`input[type="radio"][value="${answer}"]`), `"${answer}" radio`);
      } else {
        typeInto((await until<HTMLInputElement>(element, '#answer'))!, answer);
      }
      await new Promise((resolve) => setTimeout(resolve)); // let the field's update render
      click(part(element, 'continue'), 'Continue');
      await waitFor(() => element.shadowRoot!.querySelector('.page-heading')?.textContent !== heading, 'the next page after Continue');
    }
    click(await until(element, '[part~="see-result"]', 'check your answers'), 'see the result');
    await until(element, '[part~="result"]', 'the result');
  },
};

const tracker: Journey = {
  tag: 'diwan-request-tracker',
  attributes: { backend: 'demo' },
  finalEvent: 'diwan-request-found',
  async run(element) {
    typeInto((await until<HTMLInputElement>(element, '#reference', 'the lookup form'))!, 'DW-2026-0001');
    typeInto((await until<HTMLInputElement>(element, '#verification'))!, 'Karim');
    await new Promise((resolve) => setTimeout(resolve));
    click(element.shadowRoot!.querySelector('button[type="submit"]'), 'Check progress');
    await until(element, '[part~="result"]', 'the request found');
  },
};

const feedback: Journey = {
  tag: 'diwan-feedback',
  attributes: { backend: 'demo', page: '/e-services', service: 'passport-renewal' },
  finalEvent: 'diwan-feedback-submit',
  async run(element) {
    click(await until(element, '[part~="yes-button"]', 'the Yes button'), 'Yes');
    await until(element, '[part~="details"]', 'the optional details');
    click(element.shadowRoot!.querySelector('input[type="radio"][value="4"]'), 'rating 4');
    typeInto((await until<HTMLTextAreaElement>(element, '[part~="comment"]'))!, 'Clear page. Call me on 0750 123 4567.');
    await new Promise((resolve) => setTimeout(resolve));
    click(part(element, 'send-button'), 'Send');
    await waitFor(() => !part(element, 'details') && part(element, 'thanks'), 'the thanks after sending the details');
  },
};

export const JOURNEYS: Journey[] = [catalogue, eligibility, tracker, feedback];
