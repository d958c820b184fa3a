// <diwan-feedback>: every state, in every locale (toolbar, or the CI story test's loop) and theme.
// argTypes and the docs page come from custom-elements.json; args here are only the story's own.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { DiwanError, type DiwanBackend } from '@diwan/client';
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
// an object backend queues feedback only when it names itself (outboxId): otherwise it is sent directly
const offlineBackend = (): DiwanBackend => ({ ...createDemoBackend({ failWith: 'network' }), outboxId: 'stories-offline' });
/** The server refuses every feedback (422): nothing is queued, the citizen is told. */
const refusingBackend = (): DiwanBackend => ({
  ...createDemoBackend({ latencyMs: 150 }),
  sendFeedback: () => Promise.reject(new DiwanError('http', 'The server answered 422 Unprocessable Entity (simulated).', { status: 422, retryable: false })),
});

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

/** One click on Yes: the answer is sent, and the thanks offers the optional details. */
async function answerYes(canvasElement: HTMLElement): Promise<HTMLElement> {
  const widget = widgetIn(canvasElement);
  const yes = await waitFor(() => part(widget, 'yes-button'), 'the Yes button');
  yes.click();
  await waitFor(() => part(widget, 'details'), 'the optional details');
  return widget;
}

/** Sends the optional details and waits for the final thanks. */
async function sendDetails(widget: HTMLElement): Promise<void> {
  part(widget, 'send-button')!.click();
  await waitFor(() => part(widget, 'thanks') && !part(widget, 'details'), 'the final thanks');
}

/** The one-line embed: `<diwan-feedback backend="demo" service="passport-renewal">`. */
export const Ready: Story = {
  args: { backend: 'demo', service: 'passport-renewal' },
};

/** One click on "Yes" sent the answer: thanks, then the optional rating in words and comment, with the privacy notice. */
export const ThanksWithDetails: Story = {
  parameters: diwan({ settledPart: 'details' }),
  play: async ({ canvasElement }) => {
    await answerYes(canvasElement);
  },
};

/** "Send" on the details with nothing chosen: the error summary says what to add (nothing more is sent). */
export const DetailsWithNothingChosen: Story = {
  parameters: diwan({ settledPart: 'error-summary' }),
  play: async ({ canvasElement }) => {
    const widget = await answerYes(canvasElement);
    part(widget, 'send-button')!.click();
    await waitFor(() => part(widget, 'error-summary'), 'the error summary');
  },
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

/** The details were sent too: the final thanks, and what was removed from the comment. */
export const Thanks: Story = {
  parameters: diwan({ settledPart: 'thanks' }),
  play: async ({ canvasElement }) => {
    const widget = await answerYes(canvasElement);
    typeInto(part<HTMLInputElement>(widget, 'comment')!, 'Clear page. My number is 0750 123 4567.');
    await sendDetails(widget);
  },
};

/** Offline: the one-click answer is saved on the device, the widget says so honestly, and still offers the details. */
export const SavedOffline: Story = {
  parameters: diwan({ backend: offlineBackend, settledPart: 'details' }),
  play: async ({ canvasElement }) => {
    await answerYes(canvasElement);
  },
};

/** The server refused the answer: the question stays, with an error summary; answering again sends it anew. */
export const AnswerRefused: Story = {
  parameters: diwan({ backend: refusingBackend, settledPart: 'error-summary' }),
  play: async ({ canvasElement }) => {
    const widget = widgetIn(canvasElement);
    (await waitFor(() => part(widget, 'yes-button'), 'the Yes button')).click();
    await waitFor(() => part(widget, 'error-summary'), 'the error summary');
  },
};

/** Answered earlier in this browser session (here: answered, then the page reloaded): not asked again. */
export const AlreadyAnswered: Story = {
  parameters: diwan({ settledPart: 'thanks' }),
  play: async ({ canvasElement }) => {
    const widget = await answerYes(canvasElement);
    const place = widget.parentElement!;
    widget.remove();
    place.append(widget); // connects again, as on the next page load
    await waitFor(() => part(widget, 'thanks') && !part(widget, 'details'), 'the "already answered" thanks');
  },
};

/** `variant="problem"`: straight to "Report a problem with this page" (a form: the comment is needed). */
export const ReportAProblem: Story = {
  args: { variant: 'problem' },
  parameters: diwan({ settledPart: 'comment' }),
};

/** The problem report was sent: thanks, and no further questions. */
export const ProblemReported: Story = {
  args: { variant: 'problem' },
  parameters: diwan({ settledPart: 'thanks' }),
  play: async ({ canvasElement }) => {
    const widget = widgetIn(canvasElement);
    const comment = await waitFor(() => part<HTMLInputElement>(widget, 'comment'), 'the comment field');
    typeInto(comment, 'The fee table shows 15,000 IQD but the office charged 25,000 IQD.');
    part(widget, 'send-button')!.click();
    await waitFor(() => part(widget, 'thanks'), 'the thanks');
  },
};

/** No backend configured: a plain message and a `diwan-error` (`config`) for the host. */
export const NotSetUp: Story = {
  parameters: diwan({ backend: undefined, settledPart: 'error' }),
};

export const Dark: Story = {
  ...ThanksWithDetails,
  args: { theme: 'dark' },
};

/** Under a host page's own h3: the thanks is h4, "Tell us more" h5 (`heading-level="4"`). */
export const UnderAHostHeading: Story = {
  ...ThanksWithDetails,
  args: { headingLevel: 4 },
};

export const HighContrast: Story = {
  ...ThanksWithDetails,
  args: { theme: 'high-contrast' },
};

/** Right to left, without the toolbar: the thanks and the optional details in Arabic. */
export const RightToLeftArabic: Story = {
  ...ThanksWithDetails,
  globals: { locale: 'ar' },
};
