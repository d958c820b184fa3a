import { css } from 'lit';

/** Static styles only (strict CSP). Logical properties throughout, so RTL needs no overrides. */
export const feedbackStyles = css`
  .root {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space-3);
    /* the skeleton and the question take the same room: nothing jumps when the backend arrives */
    min-block-size: 9.5rem;
  }
  h2,
  h3,
  p,
  fieldset {
    margin: 0;
  }
  .title {
    font-size: var(--_font-size-lg);
    line-height: 1.3;
  }
  .subtitle {
    font-size: calc(var(--_font-size-md) * 1.125);
    line-height: 1.3;
  }
  .skeleton {
    inline-size: min(100%, 24rem);
  }
  .skeleton .skeleton-line:first-child {
    inline-size: 60%;
  }
  .answers {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
  }
  .answers .button {
    min-inline-size: 6rem;
  }
  .link-button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_color-accent);
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
    text-align: start;
  }
  .details {
    display: flex;
    flex-direction: column;
    gap: var(--_space-4);
    inline-size: 100%;
    max-inline-size: 40rem;
  }
  .hint,
  .count {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-sm);
  }
  .count.over {
    color: var(--_color-error);
    font-weight: 600;
  }
  .rating {
    border: 0;
    padding: 0;
    min-inline-size: 0;
  }
  .rating legend {
    font-weight: 600;
    padding: 0;
    margin-block-end: var(--_space-2);
  }
  .rating-options {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
  }
  .rating-option {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    min-block-size: var(--_target-size);
    cursor: pointer;
  }
  .rating-option input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    min-block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_color-accent);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
  }
  label[for='comment'] {
    font-weight: 600;
  }
  .privacy {
    border-inline-start: 4px solid var(--_color-accent);
    padding-inline-start: var(--_space-3);
  }
  textarea {
    inline-size: 100%;
    padding: var(--_space-2) var(--_space-3);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-bg);
    color: var(--_color-text);
    resize: vertical;
  }
  textarea[aria-invalid='true'] {
    border-color: var(--_color-error);
    border-inline-start-width: 5px;
  }
  .will-remove {
    font-size: var(--_font-size-sm);
  }
  .button[disabled] {
    opacity: 0.7;
    cursor: progress;
  }
  .error-summary {
    inline-size: 100%;
  }
  .thanks {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    inline-size: 100%;
    border-inline-start: 5px solid var(--_color-success);
    padding: var(--_space-3) var(--_space-4);
    background: var(--_color-surface);
  }
  .error-state {
    inline-size: 100%;
  }
  @media (forced-colors: active) {
    .privacy,
    .thanks {
      border-color: CanvasText;
    }
    textarea[aria-invalid='true'] {
      border-color: Mark;
    }
  }
`;
