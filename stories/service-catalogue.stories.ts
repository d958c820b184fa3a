// <diwan-service-catalogue>: every state, in every locale (toolbar, or the CI story test's loop) and theme.
// argTypes and the docs page come from custom-elements.json; args here are only the story's own.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@diwan/elements/define/service-catalogue.js';
import { demoBackend, emptyBackend, largeBackend, loadingBackend, malformedBackend, offlineBackend } from './support/backends.js';
import { part, typeInto, waitFor, widgetIn } from './support/dom.js';
import { renderWidget, type DiwanStoryParameters } from './support/render.js';

type Story = StoryObj;
const diwan = (parameters: DiwanStoryParameters) => ({ diwan: parameters });

const meta = {
  title: 'Widgets/Service catalogue',
  component: 'diwan-service-catalogue',
  tags: ['autodocs'],
  render: renderWidget('diwan-service-catalogue'),
  parameters: diwan({ backend: demoBackend, settledPart: 'item' }),
} satisfies Meta;
export default meta;

/** The one-line embed: `<diwan-service-catalogue backend="demo">`, with the bundled sample data. */
export const Ready: Story = {
  args: { backend: 'demo' },
};

/** Preselected filters (attributes a host page sets; they reflect the citizen's choices). */
export const Filtered: Story = {
  args: { category: 'identity-travel', audience: 'citizen' },
};

/** The skeleton reserves the list's space while the catalogue loads (this backend never answers). */
export const Loading: Story = {
  parameters: diwan({ backend: loadingBackend, settledPart: 'search' }),
};

export const Empty: Story = {
  parameters: diwan({ backend: emptyBackend, settledPart: 'empty' }),
};

/** The network is down: a plain message, a retry button, and a `diwan-error` event for the host. */
export const NetworkError: Story = {
  parameters: diwan({ backend: offlineBackend, settledPart: 'error' }),
};

/** The server sent a catalogue Diwan cannot read: an error, never half-rendered garbage. */
export const MalformedData: Story = {
  parameters: diwan({ backend: malformedBackend, settledPart: 'error' }),
};

/** A search that matches nothing: the message and a button that clears search and filters. */
export const NoResults: Story = {
  parameters: diwan({ settledPart: 'no-results' }),
  play: async ({ canvasElement }) => {
    const widget = widgetIn(canvasElement);
    const search = await waitFor(() => part<HTMLInputElement>(widget, 'search'), 'the search input');
    await waitFor(() => part(widget, 'item'), 'the services');
    typeInto(search, 'xqzv');
    await waitFor(() => part(widget, 'no-results'), 'the no-results message');
  },
};

/** One service: documents, fees, time, channels (the play function opens the first service). */
export const DetailView: Story = {
  parameters: diwan({ settledPart: 'detail' }),
  play: async ({ canvasElement }) => {
    const widget = widgetIn(canvasElement);
    const first = await waitFor(() => part(widget, 'item-button'), 'the first service');
    first.click();
    await waitFor(() => part(widget, 'detail'), 'the detail view');
  },
};

/** 10,000 services: the list is virtualised, search stays instant. */
export const TenThousandServices: Story = {
  parameters: diwan({ backend: largeBackend(10_000) }),
};

export const Dark: Story = {
  args: { theme: 'dark' },
};

/** Under a host page's own h3: the widget's title is h4, its items h5 (`heading-level="4"`). */
export const UnderAHostHeading: Story = {
  args: { headingLevel: 4 },
};

export const HighContrast: Story = {
  args: { theme: 'high-contrast' },
};

/** A ministry's own colours, through the public `--diwan-*` tokens. */
export const CustomTokens: Story = {
  args: { '--diwan-color-accent': '#5b2a86', '--diwan-color-focus': '#d4351c', '--diwan-radius': '0' },
};

/** Right to left, without the toolbar: Arabic. */
export const RightToLeftArabic: Story = {
  globals: { locale: 'ar' },
};

/** Right to left, without the toolbar: the detail view in Central Kurdish (Sorani). */
export const DetailViewSorani: Story = {
  ...DetailView,
  globals: { locale: 'ckb' },
};
