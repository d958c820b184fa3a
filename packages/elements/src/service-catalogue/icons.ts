// Decorative icons. Those that point along the reading direction carry `mirror` (flipped in RTL).
import { svg, type TemplateResult } from 'lit';

const icon = (path: TemplateResult, className: string) => svg`<svg
  class=${`icon mirror ${className}`}
  aria-hidden="true"
  focusable="false"
  viewBox="0 0 24 24"
  width="20"
  height="20"
  fill="none"
  stroke="currentColor"
  stroke-width="2.5"
  stroke-linecap="round"
  stroke-linejoin="round"
>${path}</svg>`;

/** "Back": an arrow pointing to where the reading started. */
export const backIcon = () => icon(svg`<path d="M19 12H5M11 6l-6 6 6 6" />`, 'icon-back');

/** "Go on": an arrow pointing along the reading direction. */
export const arrowIcon = () => icon(svg`<path d="M5 12h14M13 6l6 6-6 6" />`, 'icon-arrow');

/** A list item's chevron. */
export const chevronIcon = () => icon(svg`<path d="M9 6l6 6-6 6" />`, 'icon-chevron');
