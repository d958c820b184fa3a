import { css } from 'lit';

export const trackerStyles = css`
  .root,
  .starting {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
  }
  h2 {
    font-size: var(--_font-size-xl);
    margin: 0;
  }
  h3 {
    font-size: var(--_font-size-lg);
    margin-block: 0 var(--_space-2);
    display: flex;
    align-items: center;
    gap: var(--_space-2);
  }
  p {
    margin: 0;
  }
  a {
    color: var(--_color-accent);
  }
  .muted,
  .hint,
  .intro {
    color: var(--_color-text-muted);
  }
  .hint {
    font-size: var(--_font-size-sm);
  }
  .icon {
    flex: none;
  }
  ul.plain {
    list-style: none;
    padding: 0;
    margin: 0;
  }

  /* ---- form ---- */
  .fields {
    border: 0;
    padding: 0;
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space-4);
    align-items: flex-start;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    inline-size: 100%;
    max-inline-size: 24rem;
  }
  .field.invalid {
    border-inline-start: 4px solid var(--_color-error);
    padding-inline-start: var(--_space-3);
  }
  label,
  .skeleton-label {
    font-weight: 600;
  }
  input {
    padding-inline: var(--_space-2);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-bg);
    color: var(--_color-text);
  }
  .invalid input {
    border-color: var(--_color-error);
  }
  .note {
    font-size: var(--_font-size-sm);
    color: var(--_color-text-muted);
    max-inline-size: 40rem;
  }
  .button[aria-disabled='true'] {
    cursor: progress;
  }
  /* still readable while locked (no faded text): the lock-out message says why */
  fieldset:disabled .button,
  fieldset:disabled input {
    cursor: not-allowed;
    background: var(--_color-surface);
    color: var(--_color-text-muted);
    border-color: var(--_color-border);
  }
  .lockout {
    border: 4px solid var(--_color-warning);
    border-radius: var(--_radius);
    padding: var(--_space-4);
  }
  .result-skeleton {
    min-block-size: 12rem;
  }
  .result-skeleton .skeleton-line:nth-child(odd) {
    inline-size: 60%;
  }
  /* The form's skeleton takes the form's classes and draws its strings as bars (transparent text on
     the skeleton colour, one bar per line), so it wraps and measures as the form will. */
  .skeleton-text {
    color: transparent;
    -webkit-box-decoration-break: clone;
    box-decoration-break: clone;
    forced-color-adjust: none;
  }
  .skeleton-input > .skeleton-line {
    block-size: auto;
    min-block-size: var(--_target-size);
    margin: 0;
  }
  .skeleton-button {
    /* a block, not the button's inline-flex: its bar stays an inline line of text */
    display: block;
    min-block-size: var(--_target-size);
    background: transparent;
    border-color: var(--_color-surface);
    cursor: default;
  }

  /* ---- result ---- */
  .result {
    display: flex;
    flex-direction: column;
    gap: var(--_space-5);
  }
  .reference bdi {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  section {
    border-block-start: 1px solid var(--_color-border);
    padding-block-start: var(--_space-4);
  }
  .actions {
    border: 3px solid var(--_color-warning);
    border-inline-start-width: 8px;
    border-radius: var(--_radius);
    padding: var(--_space-4);
    background: var(--_color-surface);
  }
  .actions ul {
    margin: 0;
    padding-inline-start: var(--_space-5);
  }
  .actions li + li {
    margin-block-start: var(--_space-2);
  }
  .actions .due {
    display: block;
  }
  .status-label {
    font-size: var(--_font-size-lg);
    font-weight: 700;
  }
  .status-note {
    margin-block-start: var(--_space-2);
  }
  .sla {
    margin-block: var(--_space-3);
    padding: var(--_space-3);
    border-inline-start: 6px solid var(--_color-success);
    background: var(--_color-surface);
  }
  .sla-at_risk {
    border-inline-start-color: var(--_color-warning);
  }
  .sla-overdue {
    border-inline-start-color: var(--_color-error);
  }
  .sla-label {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
  }
  dl {
    margin: 0;
    display: grid;
    gap: var(--_space-2);
  }
  dl > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-3);
  }
  dt {
    font-weight: 600;
    min-inline-size: 9rem;
  }
  dd {
    margin: 0;
  }
  address {
    font-style: normal;
  }
  .office-name {
    font-weight: 600;
    margin-block-end: var(--_space-2);
  }
  .events {
    list-style: none;
    margin: var(--_space-3) 0 0;
    padding: 0;
    border-inline-start: 3px solid var(--_color-accent);
  }
  .event {
    position: relative;
    padding-inline-start: var(--_space-4);
    padding-block-end: var(--_space-4);
  }
  .event-meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
    font-size: var(--_font-size-sm);
    color: var(--_color-text-muted);
  }
  .channel {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    font-weight: 600;
    color: var(--_color-text);
  }
  .event-status {
    font-weight: 600;
  }
  details.earlier summary {
    cursor: pointer;
    color: var(--_color-accent);
    padding-block: var(--_space-2);
    text-decoration: underline;
  }
  .button .icon-back {
    margin-inline-end: var(--_space-1);
  }
  @media (forced-colors: active) {
    .sla,
    .actions,
    .lockout,
    .field.invalid {
      border-color: CanvasText;
    }
    .skeleton-button {
      border-color: GrayText;
      background: Canvas;
    }
  }
`;
