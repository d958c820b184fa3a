// The one way a widget renders a heading: at a level the host page chooses (the `heading-level`
// attribute of every widget), so a widget fits under the host's own outline. Native <h1>–<h6>, one
// fixed template per level (the tag is never text from outside; Lit's static templates would do the same
// for ≈ 250 B more per widget, gzip).
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** The level a widget's main heading has when the host page does not say. */
export const DEFAULT_HEADING_LEVEL = 2;

/** A heading level from an attribute value: a whole number 1–6 (clamped); anything else is the default. */
export function headingLevel(value: unknown): number {
  const level = typeof value === 'number' ? value : Number.parseInt(String(value), 10);
  return Number.isFinite(level) ? Math.min(6, Math.max(1, Math.trunc(level))) : DEFAULT_HEADING_LEVEL;
}

export interface HeadingAttributes {
  id?: string;
  class?: string;
  part?: string;
  /** Focus can be moved to it by script (tabindex="-1"): the heading of a new step. */
  focusable?: boolean;
}

/**
 * `<hN>` with N = `level` clamped to 1–6. Subheadings pass the widget's level + 1 (+ 2…): below h6 they
 * stay h6.
 */
export function heading(level: number, content: unknown, attributes: HeadingAttributes = {}): TemplateResult {
  const { id, class: className, part } = attributes;
  const tabindex = attributes.focusable ? -1 : undefined;
  switch (headingLevel(level)) {
    case 1:
      return html`<h1 id=${ifDefined(id)} class=${ifDefined(className)} part=${ifDefined(part)} tabindex=${ifDefined(tabindex)}>${content}</h1>`;
    case 2:
      return html`<h2 id=${ifDefined(id)} class=${ifDefined(className)} part=${ifDefined(part)} tabindex=${ifDefined(tabindex)}>${content}</h2>`;
    case 3:
      return html`<h3 id=${ifDefined(id)} class=${ifDefined(className)} part=${ifDefined(part)} tabindex=${ifDefined(tabindex)}>${content}</h3>`;
    case 4:
      return html`<h4 id=${ifDefined(id)} class=${ifDefined(className)} part=${ifDefined(part)} tabindex=${ifDefined(tabindex)}>${content}</h4>`;
    case 5:
      return html`<h5 id=${ifDefined(id)} class=${ifDefined(className)} part=${ifDefined(part)} tabindex=${ifDefined(tabindex)}>${content}</h5>`;
    default:
      return html`<h6 id=${ifDefined(id)} class=${ifDefined(className)} part=${ifDefined(part)} tabindex=${ifDefined(tabindex)}>${content}</h6>`;
  }
}
