// Decorative icons. Those that point along the reading direction carry `mirror` (flipped in RTL).
import { svg, type TemplateResult } from 'lit';
import { svgIcon } from '../shared/icons.js';

const icon = (path: TemplateResult, className: string) => svgIcon(path, `mirror ${className}`, 2.5);

/** "Back": an arrow pointing to where the reading started. */
export const backIcon = () => icon(svg`<path d="M19 12H5M11 6l-6 6 6 6" />`, 'icon-back');

/** "Go on": an arrow pointing along the reading direction. */
export const arrowIcon = () => icon(svg`<path d="M5 12h14M13 6l6 6-6 6" />`, 'icon-arrow');

/** A list item's chevron. */
export const chevronIcon = () => icon(svg`<path d="M9 6l6 6-6 6" />`, 'icon-chevron');
