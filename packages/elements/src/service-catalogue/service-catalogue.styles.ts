import { css } from 'lit';

/** Static styles only (strict CSP). Logical properties throughout, so RTL needs no overrides. */
export const catalogueStyles = css`
  :host {
    --_list-height: var(--diwan-catalogue-list-height, 30rem);
  }
  .root {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
    min-inline-size: 0;
  }
  h2,
  h3,
  h4,
  p {
    margin: 0;
  }
  .title {
    font-size: var(--_font-size-xl);
    line-height: 1.25;
  }
  .muted,
  .hint {
    color: var(--_color-text-muted);
  }
  .hint {
    font-size: var(--_font-size-sm);
  }

  /* search and filters: side by side when there is room, stacked at 320px */
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    align-items: end;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    flex: 1 1 12rem;
    min-inline-size: 0;
  }
  .search-field {
    flex: 2 1 16rem;
  }
  label {
    font-weight: 600;
  }
  input,
  select {
    inline-size: 100%;
    padding-block: var(--_space-2);
    padding-inline: var(--_space-3);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-bg);
    color: var(--_color-text);
  }
  input:disabled,
  select:disabled {
    opacity: 0.6;
  }
  .count {
    font-weight: 600;
    min-block-size: 1.5em;
  }

  /* the list area has one fixed height in every state: the skeleton reserves the ready layout. Never
     taller than most of the screen (large text, a phone held sideways), and its scrolling hands over to
     the page at either end (no overscroll containment), so the page can always be scrolled past it */
  .results {
    block-size: min(var(--_list-height), 70vh);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .list {
    block-size: 100%;
  }
  /* a short list scrolls by itself; the virtualizer makes a long one its scroller */
  .list.plain {
    overflow-y: auto;
  }
  .item {
    /* the containing block of the button's row-wide click target (the virtualizer may make it absolute) */
    position: relative;
    /* the virtualizer positions items absolutely; they still fill the row */
    inline-size: 100%;
    display: grid;
    grid-template-columns: 1fr auto;
    column-gap: var(--_space-3);
    align-items: center;
    padding-block: var(--_space-3);
    padding-inline: var(--_space-4);
    border-block-end: 1px solid var(--_color-border);
    min-block-size: var(--_target-size);
  }
  .item:hover {
    background: var(--_color-surface);
  }
  .item-name {
    font-size: var(--_font-size-lg);
    line-height: 1.3;
    grid-column: 1;
  }
  .item-summary {
    grid-column: 1;
    color: var(--_color-text-muted);
  }
  .item .icon-chevron {
    grid-column: 2;
    grid-row: 1 / span 2;
    color: var(--_color-accent);
  }
  .item-button,
  .link-button {
    min-block-size: var(--_target-size);
    padding: 0;
    border: 0;
    background: none;
    color: var(--_color-accent);
    font-weight: 700;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .item-button {
    font-size: inherit;
  }
  /* the whole row is the button's click target, and only its own row (.item is positioned) */
  .item-button::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .item-button:focus-visible {
    outline-offset: 4px;
  }

  .skeleton {
    padding-inline: var(--_space-4);
  }
  .skeleton-item {
    padding-block: var(--_space-3);
  }
  .skeleton-item .skeleton-line:first-child {
    inline-size: 45%;
    block-size: 1.4em;
  }
  .skeleton-item .skeleton-line:last-child {
    inline-size: 85%;
  }

  .no-results,
  .empty {
    display: flex;
    flex-direction: column;
    align-items: start;
    gap: var(--_space-2);
    padding: var(--_space-4);
  }
  .no-results-title {
    font-weight: 700;
    font-size: var(--_font-size-lg);
  }

  /* detail view */
  .detail {
    display: flex;
    flex-direction: column;
    gap: var(--_space-4);
  }
  .back {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
    align-self: start;
  }
  .detail-heading {
    font-size: var(--_font-size-xl);
    line-height: 1.25;
  }
  .detail-heading:focus {
    outline: none;
  }
  .detail-heading:focus-visible {
    outline: 3px solid var(--_color-focus);
  }
  .lead {
    font-size: var(--_font-size-lg);
  }
  .detail-section {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
  }
  .detail-section h3 {
    font-size: var(--_font-size-lg);
  }
  ul {
    margin: 0;
    padding-inline-start: var(--_space-5);
  }
  ul.plain {
    list-style: none;
    padding-inline-start: 0;
  }
  .channels {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
  }
  .channel {
    display: flex;
    flex-direction: column;
    align-items: start;
    gap: var(--_space-1);
    padding-block-end: var(--_space-3);
    border-block-end: 1px solid var(--_color-border);
  }
  .channel-label {
    font-size: var(--_font-size-md);
  }
  .channel a:not(.button) {
    color: var(--_color-accent);
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
  }
  address {
    font-style: normal;
  }
  .fees {
    margin: 0;
    display: grid;
    gap: var(--_space-1);
  }
  .fees div {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_space-2);
  }
  .fees dd {
    margin: 0;
    font-weight: 700;
  }
  .icon {
    flex: none;
  }

  @media (forced-colors: active) {
    .results,
    .item,
    input,
    select {
      border-color: CanvasText;
    }
    .item-button,
    .link-button,
    .channel a {
      color: LinkText;
    }
  }
`;
