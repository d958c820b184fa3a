// Decorative icons. Those that point along the reading direction carry `mirror` (flipped in RTL).
import { svg, type TemplateResult } from 'lit';
import { svgIcon } from '../shared/icons.js';

const icon = (path: TemplateResult, className: string) => svgIcon(path, `mirror ${className}`, 2.5);

/** "Go on": an arrow pointing along the reading direction. */
export const arrowIcon = () => icon(svg`<path d="M5 12h14M13 6l6 6-6 6" />`, 'icon-arrow');

/** A list item's chevron. */
export const chevronIcon = () => icon(svg`<path d="M9 6l6 6-6 6" />`, 'icon-chevron');
