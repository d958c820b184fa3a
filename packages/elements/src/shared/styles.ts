import { css } from 'lit';

/**
 * Public tokens (`--diwan-*`) mapped onto private `--_*` variables that widgets use. Defaults meet
 * WCAG 2.2 AA contrast; the font is inherited from the host page.
 */
export const tokenStyles = css`
  :host {
    --_color-text: var(--diwan-color-text, #1b1b1f);
    --_color-text-muted: var(--diwan-color-text-muted, #4a4a55);
    --_color-bg: var(--diwan-color-bg, #ffffff);
    --_color-surface: var(--diwan-color-surface, #f3f4f6);
    --_color-border: var(--diwan-color-border, #6b6b76);
    --_color-accent: var(--diwan-color-accent, #0b5cab);
    --_color-accent-text: var(--diwan-color-accent-text, #ffffff);
    --_color-focus: var(--diwan-color-focus, #ffbf47);
    --_color-error: var(--diwan-color-error, #b3261e);
    --_color-success: var(--diwan-color-success, #116b2e);
    --_color-warning: var(--diwan-color-warning, #7a4d00);
    --_radius: var(--diwan-radius, 0.375rem);
    --_font-family: var(--diwan-font-family, inherit);
    /* rem follows the citizen's browser setting; the floor keeps text readable on host pages that
       shrink the root (html { font-size: 62.5% } is common in CMS themes) */
    --_font-size-sm: var(--diwan-font-size-sm, max(0.875rem, 14px));
    --_font-size-md: var(--diwan-font-size-md, max(1rem, 16px));
    --_font-size-lg: var(--diwan-font-size-lg, max(1.25rem, 20px));
    --_font-size-xl: var(--diwan-font-size-xl, max(1.5rem, 24px));
    --_space-1: var(--diwan-space-1, 0.25rem);
    --_space-2: var(--diwan-space-2, 0.5rem);
    --_space-3: var(--diwan-space-3, 0.75rem);
    --_space-4: var(--diwan-space-4, 1rem);
    --_space-5: var(--diwan-space-5, 1.5rem);
    --_space-6: var(--diwan-space-6, 2rem);
    --_target-size: var(--diwan-target-size, 2.75rem);
  }
  :host([theme='dark']) {
    --_color-text: var(--diwan-color-text, #f1f1f4);
    --_color-text-muted: var(--diwan-color-text-muted, #c4c4cc);
    --_color-bg: var(--diwan-color-bg, #16161a);
    --_color-surface: var(--diwan-color-surface, #24242b);
    --_color-border: var(--diwan-color-border, #9a9aa5);
    --_color-accent: var(--diwan-color-accent, #8cc4ff);
    --_color-accent-text: var(--diwan-color-accent-text, #0b1a2b);
    --_color-error: var(--diwan-color-error, #ffb4ab);
    --_color-success: var(--diwan-color-success, #8fdc9f);
    --_color-warning: var(--diwan-color-warning, #ffd27a);
  }
  :host([theme='high-contrast']) {
    --_color-text: #000000;
    --_color-text-muted: #000000;
    --_color-bg: #ffffff;
    --_color-surface: #ffffff;
    --_color-border: #000000;
    --_color-accent: #00008f;
    --_color-accent-text: #ffffff;
    --_color-focus: #000000;
  }
`;

/** Shared base: box model, containment, focus ring, visually hidden text, forced colours, reduced motion. */
export const baseStyles = css`
  /* A widget never reaches outside its own box: the host is the containing block of anything positioned
     inside it (absolute and fixed) and its own stacking context, so no overlay can cover the host page.
     Not paint containment: that would clip the focus rings of controls at the widget's edge. */
  :host {
    display: block;
    position: relative;
    contain: layout style;
    box-sizing: border-box;
    color: var(--_color-text);
    background: var(--_color-bg);
    font-family: var(--_font-family);
    font-size: var(--_font-size-md);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  /* The root container sets again what a host page's rules on the host element (* { color: … !important },
     box-sizing: content-box, a global line-height, uppercase…) would otherwise pass down by inheritance. */
  [part~='base'] {
    box-sizing: border-box;
    color: var(--_color-text);
    background: var(--_color-bg);
    font-size: var(--_font-size-md);
    font-style: normal;
    font-weight: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    /* a word breaks only when it cannot fit on a line of its own (anywhere would also break words that
       fit, whenever a flex or grid item shrinks: "proble m" at 320px with 200 % text) */
    overflow-wrap: break-word;
  }
  /* Nothing inside a widget insists on its longest word's width (flex and grid items and fieldsets
     default to at least that, items aligned to the start to at most that): at 320px with 200 % text an
     e-mail address or a long Kurdish word would otherwise make it wider than the page; now the word
     breaks at the line's end instead. Zero specificity: a widget's own sizes still apply. */
  :where([part~='base'], [part~='base'] *) {
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--_color-text);
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    min-block-size: var(--_target-size);
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-2);
    padding-block: var(--_space-2);
    padding-inline: var(--_space-4);
    border: 2px solid var(--_color-accent);
    border-radius: var(--_radius);
    background: var(--_color-accent);
    color: var(--_color-accent-text);
    cursor: pointer;
    text-decoration: none;
  }
  .button.secondary {
    background: transparent;
    color: var(--_color-accent);
  }
  .error-state {
    border-inline-start: 5px solid var(--_color-error);
    padding: var(--_space-4);
    background: var(--_color-surface);
  }
  .skeleton-line {
    block-size: 1em;
    border-radius: var(--_radius);
    background: var(--_color-surface);
    margin-block: var(--_space-2);
  }
  /* icons that point along the reading direction flip in right-to-left */
  .mirror:dir(rtl) {
    transform: scaleX(-1);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton-line {
      animation: diwan-pulse 1.5s ease-in-out infinite;
    }
  }
  @keyframes diwan-pulse {
    50% {
      opacity: 0.5;
    }
  }
  /* Windows High Contrast: system colours only. Buttons opt out of the automatic adjustment to keep their
     border, so each of their colours is set here, the secondary one included; icons take the colour of
     the text beside them whatever colour a widget gave them (an SVG keeps an explicit colour otherwise). */
  @media (forced-colors: active) {
    .button,
    .button.secondary {
      border-color: ButtonText;
      forced-color-adjust: none;
      background: ButtonFace;
      color: ButtonText;
    }
    .icon {
      color: inherit !important;
    }
    .skeleton-line {
      background: GrayText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
