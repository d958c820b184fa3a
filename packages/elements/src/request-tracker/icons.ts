// Decorative icons (aria-hidden): every one stands beside words that say the same.
import { svg, type SVGTemplateResult } from 'lit';
import type { ContactChannel, SlaState } from '@diwan/client';
import { svgIcon } from '../shared/icons.js';

const icon = (paths: SVGTemplateResult, className: string) => svgIcon(paths, className);

const CHANNEL_PATHS: Record<ContactChannel, SVGTemplateResult> = {
  web: svg`<circle cx="12" cy="12" r="9" /><path d="M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18" />`,
  phone: svg`<path d="M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2" />`,
  email: svg`<rect x="3" y="5" width="18" height="14" rx="2" /><path d="M3 7l9 6 9-6" />`,
  sms: svg`<path d="M4 5h16v11H9l-5 4z" /><path d="M8 10h8" />`,
  counter: svg`<path d="M3 21h18M5 21V10h14v11M3 10l9-6 9 6M9 21v-6h6v6" />`,
  kiosk: svg`<rect x="6" y="3" width="12" height="12" rx="1" /><path d="M12 15v6M8 21h8" />`,
  post: svg`<path d="M4 8h16v12H4zM4 8l3-4h10l3 4M10 12h4" />`,
};

/** The icon of a contact channel (web, phone, e-mail, SMS, counter, kiosk, post). */
export const channelIcon = (channel: ContactChannel): SVGTemplateResult =>
  icon(CHANNEL_PATHS[channel] ?? CHANNEL_PATHS.web, `icon-channel icon-${channel}`);

const SLA_PATHS: Record<SlaState, SVGTemplateResult> = {
  on_track: svg`<circle cx="12" cy="12" r="9" /><path d="M8 12l3 3 5-6" />`,
  at_risk: svg`<path d="M12 3l10 18H2z" /><path d="M12 10v5M12 18v.5" />`,
  overdue: svg`<circle cx="12" cy="13" r="8" /><path d="M12 9v4l2.5 2.5M9 2h6" />`,
};

/** A check (on track), a warning sign (at risk) or a clock (overdue): the state is never colour alone. */
export const slaIcon = (state: SlaState): SVGTemplateResult => icon(SLA_PATHS[state], `icon-sla icon-${state}`);

/** Something the citizen must do. */
export const actionIcon = (): SVGTemplateResult =>
  icon(svg`<circle cx="12" cy="12" r="9" /><path d="M12 7v6M12 16.5v.5" />`, 'icon-action');
