// <diwan-eligibility-checker>: every page and state, in every locale (toolbar, or the CI story test's
// loop) and theme. Play functions answer the questions the way a citizen would, to reach each page.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { DiwanBackend } from '@diwan/client';
import { createDemoBackend, demoEligibilityRules } from '@diwan/client/demo';
import '@diwan/elements/define/eligibility-checker.js';
import { loadingBackend, offlineBackend } from './support/backends.js';
import { part, typeInto, waitFor, widgetIn } from './support/dom.js';
import { renderWidget, type DiwanStoryParameters } from './support/render.js';

type Story = StoryObj;
type Answer = string | boolean | { day: string; month: string; year: string };
const diwan = (parameters: DiwanStoryParameters) => ({ diwan: parameters });

const demo = (): DiwanBackend => createDemoBackend({ latencyMs: 150 });

/** Rules a ministry got wrong (an outcome reads a question that does not exist): rejected on load. */
const invalidRulesBackend = (): DiwanBackend => {
  const backend = createDemoBackend();
  const rules = demoEligibilityRules.find((candidate) => candidate.serviceId === 'disability-allowance')!;
  const broken = { ...rules, outcomes: [{ ...rules.outcomes[0]!, when: { '>=': [{ var: 'agee' }, 18] } }] };
  return { ...backend, getEligibilityRules: async () => broken as never };
};

const renderChecker = renderWidget('diwan-eligibility-checker');

const meta = {
  title: 'Widgets/Eligibility checker',
  component: 'diwan-eligibility-checker',
  tags: ['autodocs'],
  // each story starts afresh: progress saved in this tab by another story must not carry over
  render: (args, context) => {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith('diwan:eligibility:')) sessionStorage.removeItem(key);
    return renderChecker(args, context);
  },
  args: { service: 'disability-allowance' },
  parameters: diwan({ backend: demo, settledPart: 'continue' }),
} satisfies Meta;
export default meta;

/** Answers the current page the way a citizen would, then presses Continue. */
async function answerPage(widget: HTMLElement, value: Answer): Promise<void> {
  const root = widget.shadowRoot!;
  await waitFor(() => part(widget, 'continue'), 'a question page');
  if (typeof value === 'object') {
    for (const field of ['day', 'month', 'year'] as const) typeInto(root.querySelector<HTMLInputElement>(`#answer-${field}`)!, value[field]);
  } else if (typeof value === 'boolean' || !root.querySelector('#answer')) {
    [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find((radio) => radio.value === String(value))?.click();
  } else {
    typeInto(root.querySelector<HTMLInputElement>('#answer')!, value);
  }
  await (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  part(widget, 'continue')!.click();
  await (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

/** A play function that answers in order, then optionally goes on to the result. */
const answering = (answers: Answer[], then?: 'result' | 'clear'): NonNullable<Story['play']> => async ({ canvasElement }) => {
  const widget = widgetIn(canvasElement);
  for (const value of answers) await answerPage(widget, value);
  if (!then) return;
  (await waitFor(() => part(widget, 'see-result'), 'check your answers')).click();
  if (then === 'clear') (await waitFor(() => part(widget, 'clear'), 'the result page')).click();
};

/** The one-line embed: `<diwan-eligibility-checker backend="demo" service="disability-allowance">`. */
export const FirstQuestion: Story = {
  args: { backend: 'demo' },
};

/** A yes/no question, with a hint and Back. */
export const YesNoQuestion: Story = {
  play: answering(['40']),
};

/** A choice between several options. */
export const ChoiceQuestion: Story = {
  args: { service: 'passport-renewal' },
  play: answering(['30']),
};

/** A date as day, month and year fields (digits in any script). */
export const DateQuestion: Story = {
  args: { service: 'old-age-pension' },
};

/** An age out of bounds: the error summary (focused, linking to the field) and the inline message. */
export const ValidationError: Story = {
  parameters: diwan({ settledPart: 'error-summary' }),
  play: answering(['150']),
};

/** "Check your answers", with a Change link per answer. */
export const CheckYourAnswers: Story = {
  parameters: diwan({ settledPart: 'summary' }),
  play: answering(['40', true, true, '60', '300000']),
};

/** Eligible: the reason with its legal basis, next steps and the service's channels. */
export const ResultEligible: Story = {
  parameters: diwan({ settledPart: 'result' }),
  play: answering(['40', true, true, '60', '300000'], 'result'),
};

/** Not eligible: why, and whom to ask. */
export const ResultNotEligible: Story = {
  parameters: diwan({ settledPart: 'result' }),
  play: answering(['16'], 'result'),
};

/** May be eligible: what to do first. */
export const ResultMayBeEligible: Story = {
  parameters: diwan({ settledPart: 'result' }),
  play: answering(['40', true, false], 'result'),
};

/** After "Clear my answers". */
export const AnswersCleared: Story = {
  parameters: diwan({ settledPart: 'start-again' }),
  play: answering(['16'], 'clear'),
};

/** The skeleton reserves the space while the rules load (this backend never answers). */
export const Loading: Story = {
  parameters: diwan({ backend: loadingBackend, settledPart: 'loading' }),
};

/** A service without an online check. */
export const NoCheckForService: Story = {
  args: { service: 'birth-certificate' },
  parameters: diwan({ settledPart: 'empty' }),
};

/** Rules that cannot work are rejected on load: a plain message here, the problems in the console and `diwan-error`. */
export const InvalidRules: Story = {
  parameters: diwan({ backend: invalidRulesBackend, settledPart: 'invalid' }),
};

/** The network is down: a plain message, a retry button, and a `diwan-error` event. */
export const NetworkError: Story = {
  parameters: diwan({ backend: offlineBackend, settledPart: 'error' }),
};

export const Dark: Story = {
  args: { theme: 'dark' },
};

/** Under a host page's own h3: each question is an h4 (`heading-level="4"`). */
export const UnderAHostHeading: Story = {
  args: { headingLevel: 4 },
};
