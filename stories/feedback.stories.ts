// <diwan-feedback>: every state, in every locale (toolbar, or the CI story test's loop) and theme.
// argTypes and the docs page come from custom-elements.json; args here are only the story's own.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { DiwanBackend } from '@diwan/client';
import { createDemoBackend } from '@diwan/client/demo';
import '@diwan/elements/define/feedback.js';
import type { DiwanFeedback } from '@diwan/elements';
import { part, typeInto, waitFor, widgetIn } from './support/dom.js';
import { renderWidget, type DiwanStoryParameters } from './support/render.js';

type Story = StoryObj;
const diwan = (parameters: DiwanStoryParameters) => ({ diwan: parameters });

/** Answers after a short pause, as a real server would. */
const demoBackend = (): DiwanBackend => createDemoBackend({ latencyMs: 150 });
/** Every send fails as if the network were down: the feedback waits in the outbox. */
const offlineBackend = (): DiwanBackend => createDemoBackend({ failWith: 'network' });

const renderFeedback = renderWidget('diwan-feedback');

const meta = {
  title: 'Widgets/Feedback',
  component: 'diwan-feedback',
  tags: ['autodocs'],
  // every story starts from the question: "asked once per session" would otherwise carry over
  render: (args, context) => {
    const element = renderFeedback(args, context) as DiwanFeedback;
    element.reset();
    return element;
  },
  args: { page: '/stories/feedback' },
  parameters: diwan({ backend: demoBackend, settledPart: 'answers' }),
} satisfies Meta;
export default meta;

async function answerYes(canvasElement: HTMLElement): Promise<HTMLElement> {
  const widget = widgetIn(canvasElement);
  const yes = await waitFor(() => part(widget, 'yes-button'), 'the Yes button');
  yes.click();
  await waitFor(() => part(widget, 'comment'), 'the comment field');
  return widget;
}

/** The one-line embed: `<diwan-feedback backend="demo" service="passport-renewal">`. */
export const Ready: Story = {
  args: { backend: 'demo', service: 'passport-renewal' },
};

/** After "Yes": an optional satisfaction rating in words and a comment, with the privacy notice. */
export const Details: Story = {
  parameters: diwan({ settledPart: 'rating' }),
  play: async ({ canvasElement }) => {
    await answerYes(canvasElement);
  },
};

/** `variant="problem"`: straight to "Report a problem with this page". */
export const ReportAProblem: Story = {
  args: { variant: 'problem' },
  parameters: diwan({ settledPart: 'comment' }),
};

/** The citizen typed a phone number and an e-mail address: the widget says they will be removed. */
export const PersonalDataInComment: Story = {
  parameters: diwan({ settledPart: 'will-remove' }),
  play: async ({ canvasElement }) => {
    const widget = await answerYes(canvasElement);
    typeInto(part<HTMLInputElement>(widget, 'comment')!, 'Please call me on 0750 123 4567 or write to ali@example.com.');
    await waitFor(() => part(widget, 'will-remove'), 'the removal notice');
  },
};

/** Too long for the backend's limit: the count turns red and the error summary takes the focus. */
export const CommentTooLong: Story = {
  parameters: diwan({ settledPart: 'error-summary' }),
  play: async ({ canvasElement }) => {
    const widget = await answerYes(canvasElement);
    typeInto(part<HTMLInputElement>(widget, 'comment')!, 'This page is confusing. '.repeat(60));
    part(widget, 'send-button')!.click();
    await waitFor(() => part(widget, 'error-summary'), 'the error summary');
  },
};

/** Sent: thanks, and what was removed from the comment. */
export const Thanks: Story = {
  parameters: diwan({ settledPart: 'thanks' }),
  play: async ({ canvasElement }) => {
    const widget = await answerYes(canvasElement);
    typeInto(part<HTMLInputElement>(widget, 'comment')!, 'Clear page. My number is 0750 123 4567.');
    part(widget, 'send-button')!.click();
    await waitFor(() => part(widget, 'thanks'), 'the thanks');
  },
};

/** Offline: the feedback is saved on the device, and the widget says so honestly. */
export const SavedOffline: Story = {
  parameters: diwan({ backend: offlineBackend, settledPart: 'thanks' }),
  play: async ({ canvasElement }) => {
    const widget = await answerYes(canvasElement);
    part(widget, 'send-button')!.click();
    await waitFor(() => part(widget, 'thanks'), 'the thanks');
  },
};

/** No backend configured: a plain message and a `diwan-error` (`config`) for the host. */
export const NotSetUp: Story = {
  parameters: diwan({ backend: undefined, settledPart: 'error' }),
};

export const Dark: Story = {
  ...Details,
  args: { theme: 'dark' },
};

export const HighContrast: Story = {
  ...Details,
  args: { theme: 'high-contrast' },
};

/** Right to left, without the toolbar: the details step in Arabic. */
export const RightToLeftArabic: Story = {
  ...Details,
  globals: { locale: 'ar' },
};
