// The citizen's journey: keyboard only, focus, validation with an error summary, check your answers
// with Change, the result page and its event, and progress that survives a reload in this tab.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define/eligibility-checker.js';
import type { DiwanEligibilityChecker } from './eligibility-checker.js';
import type { DiwanEligibilityResultEvent } from './events.js';
import { $, $$, activeInShadow, answer, headingText, mountChecker, recordScreens, rulesBackend, summaryRows, typeAndSubmit, untilHeading, untilReady } from './test-support.js';

const demoChecker = (service = 'disability-allowance', remember: 'session' | 'none' = 'session') =>
  mountChecker((checker) => {
    checker.setAttribute('backend', 'demo');
    checker.setAttribute('remember', remember); // these journeys check progress kept through a reload
    checker.service = service;
  });

const focusIsOnHeading = (el: DiwanEligibilityChecker) =>
  waitUntil(() => activeInShadow(el) === $(el, '.page-heading'), `focus did not move to the heading "${headingText(el)}"`);

async function tabUntil(el: DiwanEligibilityChecker, part: string): Promise<void> {
  for (let presses = 0; presses < 20 && activeInShadow(el)?.getAttribute('part') !== part; presses++) await sendKeys({ press: 'Tab' });
  expect(activeInShadow(el)?.getAttribute('part')).to.equal(part);
}

async function answerDisabilityAsEligible(el: DiwanEligibilityChecker): Promise<void> {
  await answer(el, '40');
  await answer(el, true);
  await answer(el, true);
  await answer(el, '60');
  await answer(el, '300000');
  await untilHeading(el, 'Check your answers');
}

describe('<diwan-eligibility-checker> journey', () => {
  it('completes by keyboard alone, moving focus to each new heading, the result\'s heading last', async () => {
    const el = demoChecker();
    await untilReady(el);
    const resultEvent = oneEvent(el, 'diwan-eligibility-result') as Promise<DiwanEligibilityResultEvent>;
    await sendKeys({ press: 'Tab' }); // into the age field
    expect(activeInShadow(el)?.id).to.equal('answer');
    await typeAndSubmit('40');
    await untilHeading(el, 'Do you live in the country?');
    await focusIsOnHeading(el);
    expect($(el, '[part="progress"]')!.textContent).to.equal('Question 2 of up to 5');
    for (const heading of ['Has a medical committee assessed your disability?', 'What degree of disability did the committee state?']) {
      await sendKeys({ press: 'Tab' }); // the first radio ("Yes")
      await sendKeys({ press: 'Space' });
      await tabUntil(el, 'continue');
      await sendKeys({ press: 'Enter' });
      await untilHeading(el, heading);
      await focusIsOnHeading(el);
    }
    await sendKeys({ press: 'Tab' });
    await typeAndSubmit('60');
    await untilHeading(el, 'What is your own monthly income?');
    await sendKeys({ press: 'Tab' });
    await typeAndSubmit('300000');
    await untilHeading(el, 'Check your answers');
    await focusIsOnHeading(el);
    await tabUntil(el, 'see-result');
    await sendKeys({ press: 'Enter' });
    await untilHeading(el, 'You can probably get: Disability allowance');
    await focusIsOnHeading(el);
    // the focused heading says the outcome; no live region says it a second time
    expect($(el, '[role="status"]')?.textContent ?? '').to.not.contain('You can probably get');
    const event = await resultEvent;
    expect(event.result).to.equal('eligible');
    expect(event.outcomeId).to.equal('eligible');
    expect(event.reasonIds).to.deep.equal(['eligible']);
    expect(Object.keys(event).filter((key) => key !== 'isTrusted').sort()).to.deep.equal(['outcomeId', 'reasonIds', 'result', 'rulesVersion', 'serviceId'].sort());
    await expect(el).to.be.accessible();
  });

  it('validates in place: an error summary that takes focus and links to the field, an inline message, nothing lost', async () => {
    const el = demoChecker();
    await untilReady(el);
    await answer(el, '');
    await waitUntil(() => activeInShadow(el) === $(el, '.error-summary'), 'the error summary takes focus');
    expect($(el, '.error-summary')!.getAttribute('role')).to.equal('alert');
    expect($(el, '.error-summary a')!.textContent).to.equal('Enter a number');
    expect($(el, '#answer-error')!.textContent!.trim()).to.equal('Error: Enter a number');
    expect($(el, '#answer')!.getAttribute('aria-describedby')).to.equal('answer-error answer-unit'); // the message, then the unit ("years")
    await expect(el).to.be.accessible();

    $(el, '.error-summary a')!.click();
    expect(activeInShadow(el)).to.equal($(el, '#answer'));
    expect(location.hash).to.equal('');

    for (const [typed, message] of [['150', 'Enter a number no more than 120'], ['abc', 'Enter a number using digits, like 42'], ['12.5', 'Enter a whole number'], ['-1', 'Enter a number of at least 0']]) {
      await answer(el, typed!);
      expect($(el, '.error-summary a')!.textContent, typed).to.equal(message);
      expect($<HTMLInputElement>(el, '#answer')!.value, 'the typed value stays').to.equal(typed);
    }
    await answer(el, '18');
    await untilHeading(el, 'Do you live in the country?');
    await answer(el, '');
    expect($(el, '.error-summary a')!.textContent).to.equal('Select yes or no');
    expect($(el, '.error-summary a')!.getAttribute('href')).to.equal('#answer-0');
  });

  it('accepts only real dates, with a message naming what is missing', async () => {
    const el = demoChecker('old-age-pension');
    await untilReady(el);
    expect($(el, 'legend .page-heading')!.textContent).to.equal('What is your date of birth?');
    expect($$(el, '.date-part label').map((label) => label.textContent)).to.deep.equal(['Day', 'Month', 'Year']);
    await answer(el, { day: '31', month: '2', year: '1960' });
    expect($(el, '.error-summary a')!.textContent).to.equal('Enter a real date');
    await answer(el, { day: '3', month: '', year: '' });
    expect($(el, '.error-summary a')!.textContent).to.equal('The date must include a month and year');
    expect($(el, '.error-summary a')!.getAttribute('href')).to.equal('#answer-month');
    await answer(el, { day: '1', month: '1', year: '2030' });
    expect($(el, '.error-summary a')!.textContent).to.equal('Enter a date on or before December 31, 2026');
    await answer(el, { day: '1', month: '1', year: '1967' });
    await untilHeading(el, 'Check your answers');
    expect(summaryRows(el)).to.deep.equal([['What is your date of birth?', 'January 1, 1967']]);
  });

  it('lists answers on "check your answers"; Change returns there, and a new answer re-plans the questions', async () => {
    const el = demoChecker();
    await untilReady(el);
    await answerDisabilityAsEligible(el);
    expect(summaryRows(el)).to.deep.equal([
      ['How old are you?', '40 years'],
      ['Do you live in the country?', 'Yes'],
      ['Has a medical committee assessed your disability?', 'Yes'],
      ['What degree of disability did the committee state?', '60 %'],
      ['What is your own monthly income?', 'IQD 300,000'],
    ]);
    expect($(el, '[part="change"][data-question="age"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Change How old are you?');

    $(el, '[part="change"][data-question="monthly-income"]')!.click();
    await untilHeading(el, 'What is your own monthly income?');
    expect($<HTMLInputElement>(el, '#answer')!.value).to.equal('300000');
    await answer(el, '800000');
    await untilHeading(el, 'Check your answers');
    expect(summaryRows(el)[4]).to.deep.equal(['What is your own monthly income?', 'IQD 800,000']);

    $(el, '[part="change"][data-question="age"]')!.click();
    await untilHeading(el, 'How old are you?');
    await answer(el, '16');
    await untilHeading(el, 'Check your answers');
    expect(summaryRows(el)).to.deep.equal([['How old are you?', '16 years']]);
    $(el, '[part="see-result"]')!.click();
    await untilHeading(el, 'You cannot get: Disability allowance');
    expect($(el, '[part="reason"]')!.textContent).to.contain('The allowance is for adults.');
  });

  it('asks a question that becomes relevant after a change before returning to the check page', async () => {
    const el = demoChecker();
    await untilReady(el);
    await answer(el, '40');
    await answer(el, true);
    await answer(el, false);
    await untilHeading(el, 'Check your answers');
    expect(summaryRows(el)).to.have.length(3);
    $(el, '[part="change"][data-question="has-assessment"]')!.click();
    await untilHeading(el, 'Has a medical committee assessed your disability?');
    await answer(el, true);
    await untilHeading(el, 'What degree of disability did the committee state?');
    await answer(el, '30');
    await untilHeading(el, 'Check your answers');
    expect(summaryRows(el).map(([question]) => question)).to.include('What degree of disability did the committee state?');
  });

  it('explains the result: reasons with legal basis, next steps and the service’s channels, and can start again', async () => {
    const el = demoChecker();
    await untilReady(el);
    await answerDisabilityAsEligible(el);
    $(el, '[part="see-result"]')!.click();
    await untilHeading(el, 'You can probably get: Disability allowance');
    const legal = $(el, '[part="legal-reference"] a')!;
    expect(legal.textContent).to.equal('Care of Persons with Disabilities Act, art. 12');
    expect(legal.getAttribute('href')).to.equal('https://laws.example.gov/disability-care#article-12');
    expect($$(el, '.next-steps li')).to.have.length(2);
    expect($(el, '[part="apply-link"]')!.getAttribute('href')).to.match(/^https:\/\//);
    expect($(el, '.channels bdi')).to.exist;
    expect($(el, '.hours li')!.textContent).to.match(/\d/);
    await expect(el).to.be.accessible();

    $(el, '[part="back"]')!.click();
    await untilHeading(el, 'Check your answers');
    $(el, '[part="see-result"]')!.click();
    await untilHeading(el, /^You can probably get/);
    $(el, '[part="start-again"]')!.click();
    await untilHeading(el, 'How old are you?');
    expect($<HTMLInputElement>(el, '#answer')!.value).to.equal('');
    expect(Object.keys(sessionStorage).filter((key) => key.startsWith('diwan:eligibility:'))).to.deep.equal([
      'diwan:eligibility:disability-allowance:2026.1',
    ]);
    expect(JSON.parse(sessionStorage.getItem('diwan:eligibility:disability-allowance:2026.1')!).answers).to.deep.equal({});
  });

  it('keeps progress through a reload in this tab, and "Clear my answers" removes it', async () => {
    const first = demoChecker();
    await untilReady(first);
    await answer(first, '40');
    await answer(first, true);
    await untilHeading(first, 'Has a medical committee assessed your disability?');
    first.remove();

    const again = demoChecker();
    await untilHeading(again, 'Has a medical committee assessed your disability?');
    $(again, '[part="back"]')!.click();
    await untilHeading(again, 'Do you live in the country?');
    expect($$<HTMLInputElement>(again, 'input[type="radio"]').find((radio) => radio.checked)?.value).to.equal('true');
    await answer(again, true);
    await answer(again, false);
    await untilHeading(again, 'Check your answers');
    $(again, '[part="see-result"]')!.click();
    await untilHeading(again, /^You might be able to get/);
    $(again, '[part="clear"]')!.click();
    await untilHeading(again, 'Your answers have been cleared');
    expect(sessionStorage.getItem('diwan:eligibility:disability-allowance:2026.1')).to.equal(null);
  });

  it('reopens straight on the result after a reload: no other page first, no repeated event or announcement', async () => {
    const first = demoChecker();
    await untilReady(first);
    await answerDisabilityAsEligible(first);
    $(first, '[part="see-result"]')!.click();
    await untilHeading(first, /^You can probably get/);
    first.remove();

    const again = demoChecker();
    const screens = recordScreens(again);
    let resultEvents = 0;
    again.addEventListener('diwan-eligibility-result', () => resultEvents++);
    await untilHeading(again, 'You can probably get: Disability allowance');
    // the result's view is a lazy chunk: the skeleton gives way to the result itself, never to a gap
    expect(screens).to.deep.equal(['loading', 'You can probably get: Disability allowance']);
    expect($(again, '[part="channels"]')).to.exist;
    expect($(again, '[role="status"]')?.textContent ?? '').to.equal('');
    expect(resultEvents).to.equal(0);
    $(again, '[part="back"]')!.click();
    await untilHeading(again, 'Check your answers');
    expect(summaryRows(again)).to.have.length(5);
  });

  it('ignores tampered progress: answers that do not fit their questions are dropped', async () => {
    sessionStorage.setItem('diwan:eligibility:disability-allowance:2026.1', JSON.stringify({ answers: { age: 'forty', 'lives-in-country': 'yes' }, page: { kind: 'result' } }));
    const el = demoChecker();
    await untilHeading(el, 'How old are you?');
  });

  it('offers "None of these" on a multiple-choice question', async () => {
    const rules = {
      serviceId: 'multi', version: '1',
      questions: [{ id: 'benefits', type: 'multi-choice', label: 'Which do you receive?', options: [{ value: 'pension', label: 'A pension' }, { value: 'rent', label: 'Rent support' }] }],
      outcomes: [
        { id: 'has-pension', when: { in: ['pension', { var: 'benefits' }] }, result: 'not_eligible', reason: 'You already get a pension.' },
        { id: 'otherwise', when: true, result: 'eligible', reason: 'No pension.' },
      ],
    };
    const el = mountChecker((checker) => {
      checker.backend = rulesBackend(() => Promise.resolve(rules));
      checker.service = 'multi';
    });
    await untilReady(el);
    expect($(el, '#answer-hint')!.textContent).to.equal('Select all that apply.');
    await answer(el, '');
    expect($(el, '.error-summary a')!.textContent).to.equal('Select at least one option, or “None of these”');
    $(el, '#answer-none')!.click();
    await el.updateComplete;
    $(el, '[part="continue"]')!.click();
    await untilHeading(el, 'Check your answers');
    expect(summaryRows(el)).to.deep.equal([['Which do you receive?', 'None of these']]);
  });
});
