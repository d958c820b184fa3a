import { svg, type SVGTemplateResult, type TemplateResult } from 'lit';

/**
 * The one decorative icon frame (24×24 stroke icons, hidden from assistive tech: words beside them
 * say the same). Add the class `mirror` to icons that point along the reading direction.
 */
export function svgIcon(paths: SVGTemplateResult | TemplateResult, className: string, strokeWidth = 2): SVGTemplateResult {
  return svg`<svg
  class=${`icon ${className}`}
  aria-hidden="true"
  focusable="false"
  viewBox="0 0 24 24"
  width="20"
  height="20"
  fill="none"
  stroke="currentColor"
  stroke-width=${strokeWidth}
  stroke-linecap="round"
  stroke-linejoin="round"
>${paths}</svg>`;
}

/** "Back": an arrow pointing to where the reading started (mirrored right to left). */
export const backIcon = (): SVGTemplateResult => svgIcon(svg`<path d="M19 12H5M11 6l-6 6 6 6" />`, 'icon-back mirror', 2.5);
