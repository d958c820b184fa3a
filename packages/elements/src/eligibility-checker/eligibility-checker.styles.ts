import { css } from 'lit';

/** GOV.UK-style question pages with logical properties (mirrors in right-to-left), reflowing at 320px. */
export const checkerStyles = css`
  .root {
    max-inline-size: 40rem;
  }
  /* The skeleton's rows share the rules of the rows they stand for (below). A text row is one line
     box of its type: the bar sits in it as an inline block, so the row is exactly one line high. */
  .skeleton-row > .skeleton-line {
    display: inline-block;
    vertical-align: middle;
    margin: 0;
    inline-size: 60%;
  }
  .skeleton-caption > .skeleton-line {
    inline-size: 40%;
  }
  .skeleton-control > .skeleton-line {
    block-size: auto;
    min-block-size: var(--_target-size);
    margin: 0;
  }
  .skeleton-field > .skeleton-line {
    inline-size: 12ch;
  }
  .skeleton-continue > .skeleton-line {
    inline-size: 8rem;
  }
  .caption,
  .skeleton-caption {
    margin-block: 0 var(--_space-1);
    color: var(--_color-text-muted);
    font-size: var(--_font-size-sm);
  }
  .page-heading,
  .skeleton-heading {
    margin-block: 0 var(--_space-4);
    font-size: var(--_font-size-xl);
    line-height: 1.25;
  }
  .page-heading label {
    display: block;
  }
  .page-heading:focus {
    outline: none;
  }
  .page-heading:focus-visible {
    outline: 3px solid var(--_color-focus);
  }
  h3 {
    font-size: var(--_font-size-lg);
    margin-block: var(--_space-5) var(--_space-2);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
  }
  legend {
    padding: 0;
  }
  .progress,
  .skeleton-progress,
  .hint,
  .privacy-note {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-sm);
  }
  .progress,
  .skeleton-progress {
    margin-block: 0 var(--_space-2);
  }
  .hint {
    margin-block: 0 var(--_space-3);
  }
  .form-group,
  .skeleton-question {
    margin-block-end: var(--_space-5);
  }
  .form-group.has-error {
    border-inline-start: 5px solid var(--_color-error);
    padding-inline-start: var(--_space-4);
  }
  input[type='text'] {
    border: 2px solid var(--_color-border);
    border-radius: 0;
    padding: var(--_space-1) var(--_space-2);
    background: var(--_color-bg);
    color: var(--_color-text);
  }
  input[aria-invalid='true'] {
    border-color: var(--_color-error);
  }
  .number-field {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
  }
  .number-input {
    inline-size: 12ch;
    max-inline-size: 100%;
  }
  .date-fields {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-4);
  }
  .date-part {
    display: flex;
    flex-direction: column;
  }
  .date-part input {
    inline-size: 5ch;
  }
  .date-part.year input {
    inline-size: 7ch;
  }
  .options {
    display: grid;
    gap: var(--_space-2);
  }
  .option {
    display: flex;
    align-items: center;
    gap: var(--_space-3);
  }
  .option input {
    inline-size: 1.75rem;
    block-size: 1.75rem;
    min-block-size: 0;
    margin: 0;
    flex: none;
    accent-color: var(--_color-accent);
  }
  .option label {
    padding-block: var(--_space-2);
  }
  .or {
    margin-block: var(--_space-1);
  }
  .link-button {
    border: 0;
    background: none;
    padding: 0;
    color: var(--_color-accent);
    text-decoration: underline;
    cursor: pointer;
    min-block-size: 1.5rem;
  }
  .back {
    margin-block-end: var(--_space-4);
  }
  .back {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
  }
  a {
    color: var(--_color-accent);
  }
  .summary {
    margin: 0 0 var(--_space-5);
  }
  .summary-row {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 2fr) auto;
    gap: var(--_space-3);
    padding-block: var(--_space-3);
    border-block-end: 1px solid var(--_color-border);
  }
  .summary-row dt {
    font-weight: 700;
  }
  .summary-row dd {
    margin: 0;
  }
  @media (max-width: 30rem) {
    .summary-row {
      grid-template-columns: minmax(0, 1fr);
      gap: var(--_space-1);
    }
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-4);
  }
  .result-panel {
    padding: var(--_space-5);
    border: 5px solid var(--_color-text);
    margin-block-end: var(--_space-4);
  }
  .result-panel.eligible {
    border-color: var(--_color-success);
  }
  .result-panel.may_be_eligible {
    border-color: var(--_color-warning);
  }
  .result-panel.not_eligible {
    border-color: var(--_color-error);
  }
  .result-panel .page-heading {
    margin: 0;
  }
  .reasons,
  .channels,
  .hours {
    padding-inline-start: 0;
    list-style: none;
  }
  .reason,
  .channel {
    margin-block-end: var(--_space-3);
  }
  .reason p {
    margin-block: 0 var(--_space-1);
  }
  .legal {
    font-size: var(--_font-size-sm);
  }
  .channel-label {
    display: block;
    font-weight: 700;
  }
  address {
    font-style: normal;
  }
  .hours {
    margin-block: var(--_space-1) 0;
    color: var(--_color-text-muted);
  }
  .empty {
    padding: var(--_space-4);
    background: var(--_color-surface);
  }
  @media (forced-colors: active) {
    .result-panel,
    .form-group.has-error {
      border-color: CanvasText;
    }
  }
`;
