// Helpers for the <diwan-eligibility-checker> tests.
import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DiwanError, type DiwanBackend, type EligibilityRules, type Service } from '@diwan/client';
import { createDemoBackend } from '@diwan/client/demo';
import type { DiwanEligibilityChecker } from './eligibility-checker.js';

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const headingText = (el: Element) => $(el, '.page-heading')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const activeInShadow = (el: Element) => el.shadowRoot!.activeElement;

/** A backend whose rules and service the test chooses; other calls are unused. */
export function rulesBackend(rules: () => Promise<unknown>, service?: Partial<Service>): DiwanBackend {
  const demo = createDemoBackend();
  return {
    ...demo,
    capabilities: demo.capabilities,
    getEligibilityRules: () => rules() as Promise<EligibilityRules>,
    getService: async (id) => ({ id, name: 'Test service', summary: 's', category: 'x', audiences: [], channels: [], ...service }),
  };
}

export const notFound = () => Promise.reject(new DiwanError('not_found', 'no rules'));

const containers: HTMLElement[] = [];
/** A checker in a plain container (removed after each test), its language set on the container. */
export function mountChecker(setup: (el: DiwanEligibilityChecker) => void, lang?: string): DiwanEligibilityChecker {
  const container = document.createElement('div');
  if (lang) container.lang = lang;
  document.body.append(container);
  containers.push(container);
  const el = document.createElement('diwan-eligibility-checker');
  setup(el);
  container.append(el);
  return el;
}
const observers: MutationObserver[] = [];
afterEach(() => {
  for (const observer of observers.splice(0)) observer.disconnect();
  for (const container of containers.splice(0)) container.remove();
  sessionStorage.clear();
});

export async function untilHeading(el: DiwanEligibilityChecker, text: string | RegExp): Promise<void> {
  await waitUntil(
    () => (typeof text === 'string' ? headingText(el) === text : text.test(headingText(el))),
    `the page heading did not become ${String(text)} (it is "${headingText(el)}")`,
    { timeout: 4000 },
  );
}

/** Waits until the checker shows a page heading (rules loaded). */
export const untilReady = (el: DiwanEligibilityChecker) =>
  waitUntil(() => $(el, '.page-heading'), 'the checker did not become ready', { timeout: 4000 });

/**
 * What the checker shows after each change of its shadow DOM, in order: 'loading', the page heading, or ''
 * (neither: an empty screen). Catches a flash that polling would miss, e.g. while a lazy view loads.
 */
export function recordScreens(el: DiwanEligibilityChecker): readonly string[] {
  const screens: string[] = [];
  const observer = new MutationObserver(() => {
    const screen = $(el, '[part="loading"]') ? 'loading' : headingText(el);
    if (screens[screens.length - 1] !== screen) screens.push(screen);
  });
  observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
  observers.push(observer);
  return screens;
}

/** Types into the focused field the way a keyboard does. */
export async function typeAndSubmit(text: string): Promise<void> {
  if (text) await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
}

/** Answers the current page through the DOM (value + events), then presses Continue. */
export async function answer(el: DiwanEligibilityChecker, value: string | boolean | { day: string; month: string; year: string }): Promise<void> {
  if (value === '' && !$(el, '#answer')) {
    // nothing chosen on a page of radios or checkboxes
  } else if (typeof value === 'object') {
    for (const part of ['day', 'month', 'year'] as const) {
      const input = $<HTMLInputElement>(el, `#answer-${part}`)!;
      input.value = value[part];
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    }
  } else if (typeof value === 'boolean' || $(el, 'input[type="radio"]')) {
    const radio = $$<HTMLInputElement>(el, 'input[type="radio"]').find((input) => input.value === String(value))!;
    radio.click();
  } else {
    const input = $<HTMLInputElement>(el, '#answer')!;
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
  await el.updateComplete;
  $<HTMLButtonElement>(el, '[part="continue"]')!.click();
  await el.updateComplete;
}

/** Summary rows on "check your answers": [question, answer]. */
export const summaryRows = (el: DiwanEligibilityChecker) =>
  $$(el, '.summary-row').map((row) => [row.querySelector('dt')!, row.querySelector('.summary-value')!].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()));
