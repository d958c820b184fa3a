// <diwan-request-tracker>: every state, in every locale (toolbar, or the CI story test's loop) and theme.
// argTypes and the docs page come from custom-elements.json; args here are only the story's own.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Capabilities, DiwanBackend } from '@diwan/client';
import { createDemoBackend } from '@diwan/client/demo';
import '@diwan/elements/define/request-tracker.js';
import { part, typeInto, waitFor, widgetIn } from './support/dom.js';
import { renderWidget, type DiwanStoryParameters } from './support/render.js';

type Story = StoryObj;
const diwan = (parameters: DiwanStoryParameters) => ({ diwan: parameters });

/** The longest delay a browser timer honours: a lookup that never answers. */
const FOREVER_MS = 2 ** 31 - 1;

const demo = (): DiwanBackend => createDemoBackend({ latencyMs: 150 });

/** The demo backend with other tracking capabilities (public lookup, no tracking). */
const withTracking = (tracking: Capabilities['tracking']) => (): DiwanBackend => {
  const backend = createDemoBackend();
  return { ...backend, capabilities: { ...backend.capabilities, tracking } };
};

/** Fills the form the way a citizen would and submits it. */
const lookUp = (reference: string, verification?: string): NonNullable<Story['play']> => async ({ canvasElement }) => {
  const widget = widgetIn(canvasElement);
  typeInto(await waitFor(() => part<HTMLInputElement>(widget, 'reference-input'), 'the reference input'), reference);
  if (verification !== undefined) typeInto(await waitFor(() => part<HTMLInputElement>(widget, 'verification-input'), 'the verification input'), verification);
  (await waitFor(() => part(widget, 'submit'), 'the submit button')).click();
};

const meta = {
  title: 'Widgets/Request tracker',
  component: 'diwan-request-tracker',
  tags: ['autodocs'],
  render: renderWidget('diwan-request-tracker'),
  parameters: diwan({ backend: demo, settledPart: 'form' }),
} satisfies Meta;
export default meta;

/** The one-line embed: `<diwan-request-tracker backend="demo">`. Try DW-2026-0001 with the surname Karim. */
export const Ready: Story = {
  args: { backend: 'demo' },
};

/** `reference` prefills the form (e.g. from a link in a confirmation e-mail); nothing is looked up until asked. */
export const Prefilled: Story = {
  args: { reference: 'DW-2026-0001' },
};

/** DW-2026-0001 (Karim): in progress and on track. */
export const Found: Story = {
  parameters: diwan({ settledPart: 'result' }),
  play: lookUp('dw 2026 0001', 'Karim'),
};

/** DW-2026-0002 (Haddad): overdue, with something the citizen must do first. */
export const OverdueWithAction: Story = {
  parameters: diwan({ settledPart: 'actions' }),
  play: lookUp('DW-2026-0002', 'Haddad'),
};

/** DW-2026-0007 (Rashid): on hold; no SLA from the backend, so the tracker computes "at risk" from the dates. */
export const AtRiskComputed: Story = {
  parameters: diwan({ settledPart: 'sla' }),
  play: lookUp('DW-2026-0007', 'Rashid'),
};

/** DW-2026-0013 (Faraj): eight events across six channels; the older ones wait behind a disclosure. */
export const LongTimeline: Story = {
  parameters: diwan({ settledPart: 'earlier-events' }),
  play: lookUp('DW-2026-0013', 'Faraj'),
};

/** The lookup is on its way (this backend never answers): the result's space is reserved. */
export const Loading: Story = {
  parameters: diwan({ backend: () => createDemoBackend({ latencyMs: FOREVER_MS }), settledPart: 'loading' }),
  play: lookUp('DW-2026-0001', 'Karim'),
};

/** Unknown reference and wrong surname read the same (no enumeration). */
export const NotFound: Story = {
  parameters: diwan({ settledPart: 'error-summary' }),
  play: lookUp('DW-2026-0001', 'Someone'),
};

/** The form's own checks, before anything is sent. */
export const InvalidInput: Story = {
  parameters: diwan({ settledPart: 'error-summary' }),
  play: lookUp('DW-26', ''),
};

/** Too many attempts: the form waits, with a countdown announced politely at its start and end. */
export const LockedOut: Story = {
  parameters: diwan({ backend: () => createDemoBackend({ failWith: 'rate_limited' }), settledPart: 'lockout' }),
  play: lookUp('DW-2026-0001', 'Karim'),
};

/** The network is down: a plain message, a retry, and a `diwan-error` event for the host; what was typed stays. */
export const NetworkError: Story = {
  parameters: diwan({ backend: () => createDemoBackend({ failWith: 'network' }), settledPart: 'error' }),
  play: lookUp('DW-2026-0001', 'Karim'),
};

/** A backend that allows lookups by reference alone (Open311): the form says so. */
export const PublicLookup: Story = {
  parameters: diwan({ backend: withTracking({ enabled: true, verification: null, live: 'none' }), settledPart: 'public-note' }),
};

/** A backend that offers no online tracking. */
export const Unsupported: Story = {
  parameters: diwan({ backend: withTracking({ enabled: false, verification: null, live: 'none' }), settledPart: 'unsupported' }),
};

/** `live`: keeps the request up to date while the page is open (polling here; SSE when a backend offers it). */
export const Live: Story = {
  args: { live: true },
  parameters: diwan({ settledPart: 'result' }),
  play: lookUp('DW-2026-0003', 'Othman'),
};

export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: diwan({ settledPart: 'actions' }),
  play: lookUp('DW-2026-0002', 'Haddad'),
};

/** Under a host page's own h3: the request's heading is h4, its sections h5 (`heading-level="4"`). */
export const UnderAHostHeading: Story = {
  args: { headingLevel: 4 },
  parameters: diwan({ settledPart: 'actions' }),
  play: lookUp('DW-2026-0002', 'Haddad'),
};

export const HighContrast: Story = {
  args: { theme: 'high-contrast' },
  parameters: diwan({ settledPart: 'result' }),
  play: lookUp('DW-2026-0001', 'Karim'),
};

/** Right to left, without the toolbar: Arabic, with the surname typed in Arabic script and Arabic-Indic digits. */
export const RightToLeftArabic: Story = {
  globals: { locale: 'ar' },
  parameters: diwan({ settledPart: 'actions' }),
  play: lookUp('DW-٢٠٢٦-٠٠٠٢', 'حداد'),
};

/** Right to left, without the toolbar: a long history in Central Kurdish (Sorani). */
export const LongTimelineSorani: Story = {
  ...LongTimeline,
  globals: { locale: 'ckb' },
};
