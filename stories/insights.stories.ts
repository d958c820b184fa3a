// <diwan-insights>: every state, in every locale (toolbar, or the CI story test's loop) and theme.
// argTypes and the docs page come from custom-elements.json; args here are only the story's own.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { DiwanBackend } from '@diwan/client';
import { createDemoBackend } from '@diwan/client/demo';
import '@diwan/elements/define/insights.js';
import { part, waitFor, widgetIn } from './support/dom.js';
import { renderWidget, type DiwanStoryParameters } from './support/render.js';

type Story = StoryObj;
const diwan = (parameters: DiwanStoryParameters) => ({ diwan: parameters });

/** A fixed clock, so every run shows the same year of demo history. */
const NOW = new Date('2026-11-29T10:00:00Z');
const FOREVER_MS = 2_147_483_647;
const demoBackend = (): DiwanBackend => createDemoBackend({ now: () => NOW, latencyMs: 150 });

const meta = {
  title: 'Widgets/Insights (staff)',
  component: 'diwan-insights',
  tags: ['autodocs'],
  render: renderWidget('diwan-insights'),
  args: { until: '2026-11-29' },
  parameters: diwan({ backend: demoBackend, settledPart: 'headline' }),
} satisfies Meta;
export default meta;

/** The last 6 months of every service on the demo backend: headline, charts, late requests, comments. */
export const Ready: Story = {};

/** The done-when question: last 6 months of "Renew a passport" — a service that got worse. */
export const OneService: Story = {
  args: { service: 'passport-renewal', period: 6 },
};

/** Every chart shown as its data table (one toggle each). */
export const AsTables: Story = {
  parameters: diwan({ settledPart: 'data-table' }),
  play: async ({ canvasElement }) => {
    const widget = widgetIn(canvasElement);
    await waitFor(() => part(widget, 'headline'), 'the headline', 30000); // a year of demo history, on a slow machine
    for (const toggle of widget.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="table-toggle"]')) toggle.click();
    await waitFor(() => part(widget, 'data-table'), 'a data table');
  },
};

/** Weekly buckets over 3 months on the counter channel. */
export const WeeklyAtTheCounter: Story = {
  args: { period: 3, bucket: 'week', channel: 'counter' },
};

/** One category's services at one office (the office choices are the offices the figures named). */
export const OneCategoryAtOneOffice: Story = {
  args: { category: 'identity-travel', office: 'erbil', period: 12 },
};

/** While the figures load: a skeleton that holds the room. */
export const Loading: Story = {
  parameters: diwan({ backend: () => createDemoBackend({ now: () => NOW, latencyMs: FOREVER_MS }), settledPart: 'loading' }),
};

/** A period with too little data: every figure would come from fewer than 5 items. */
export const EmptyPeriod: Story = {
  args: { until: '2024-01-31', period: 3 },
  parameters: diwan({ settledPart: 'empty' }),
};

/** The backend could not be reached: a plain message, a retry, and `diwan-error` for the host. */
export const CouldNotLoad: Story = {
  parameters: diwan({ backend: () => createDemoBackend({ failWith: 'network' }), settledPart: 'error' }),
};

/** A backend that offers no insights (e.g. Open311): the widget says so. */
export const NotAvailable: Story = {
  parameters: diwan({
    backend: () => {
      const { getInsights: _none, ...rest } = createDemoBackend();
      return { ...rest, capabilities: { ...rest.capabilities, insights: false } };
    },
    settledPart: 'unavailable',
  }),
};

/** No backend configured: a plain message and a `diwan-error` (`config`) for the host. */
export const NotSetUp: Story = {
  parameters: diwan({ backend: undefined, settledPart: 'error' }),
};

export const Dark: Story = {
  args: { theme: 'dark' },
};

export const HighContrast: Story = {
  args: { theme: 'high-contrast' },
};

/** Right to left, without the toolbar: time runs from the right in Arabic. */
export const RightToLeftArabic: Story = {
  ...OneService,
  globals: { locale: 'ar' },
};
