import { css } from 'lit';

/** Static styles only (strict CSP): chart geometry is in SVG attributes, never inline styles. Logical properties throughout. */
export const insightsStyles = css`
  .root {
    display: flex;
    flex-direction: column;
    gap: var(--_space-4);
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  p,
  figure,
  fieldset,
  blockquote {
    margin: 0;
  }
  .title {
    font-size: var(--_font-size-xl);
    line-height: 1.25;
  }
  :is(h1, h2, h3, h4, h5, h6):not(.title) {
    font-size: var(--_font-size-lg);
    line-height: 1.3;
  }
  .intro,
  .basis,
  .note,
  .hint,
  .period,
  .cell-basis,
  .comment-meta {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-sm);
  }
  .body {
    /* the skeleton reserves the room of the headline and the first chart: nothing jumps when data arrives */
    min-block-size: 24rem;
    display: flex;
    flex-direction: column;
    gap: var(--_space-5);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    border: 0;
    padding: 0;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    font-weight: 600;
  }
  select {
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-bg);
    color: var(--_color-text);
    padding-inline: var(--_space-2);
    font-weight: normal;
  }
  .metric-field {
    align-self: flex-start;
  }
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: var(--_space-3);
  }
  .card {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    padding: var(--_space-3);
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
  }
  .card-title {
    font-size: var(--_font-size-md);
  }
  .figure {
    font-size: calc(var(--_font-size-xl) * 1.2);
    font-weight: 700;
    line-height: 1.2;
  }
  .change.up {
    color: var(--_color-success);
  }
  .change.down {
    color: var(--_color-warning);
  }
  .levels,
  .service-level {
    font-size: var(--_font-size-sm);
    margin-block-start: var(--_space-2);
  }
  .levels caption {
    text-align: start;
    font-weight: 600;
  }
  .levels th {
    text-align: start;
    font-weight: normal;
    padding-inline-end: var(--_space-3);
  }
  .levels td {
    text-align: end;
  }
  .service-level {
    display: flex;
    gap: var(--_space-4);
  }
  .service-level dd {
    margin: 0;
    font-weight: 700;
  }
  .figure-block {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
  }
  figcaption {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-2);
  }
  .chart {
    inline-size: 100%;
    max-inline-size: 44rem;
    block-size: auto;
    overflow: visible;
  }
  .tick line {
    stroke: var(--_color-border);
    stroke-width: 1;
    stroke-dasharray: 2 4;
  }
  .tick text,
  .axis-label {
    fill: var(--_color-text-muted);
    font-size: 12px;
  }
  .line {
    fill: none;
    stroke: var(--_color-accent);
    stroke-width: 3;
  }
  .point .hit {
    fill: transparent;
  }
  .point .marker {
    fill: var(--_color-bg);
    stroke: var(--_color-accent);
    stroke-width: 3;
  }
  .point.suppressed .marker {
    stroke: var(--_color-text-muted);
  }
  .point.active .marker {
    fill: var(--_color-accent);
  }
  .point .value {
    fill: var(--_color-text);
    font-size: 14px;
    font-weight: 700;
  }
  .point:focus {
    outline: none;
  }
  .point:focus-visible .hit {
    stroke: var(--_color-focus);
    stroke-width: 4;
  }
  .bars {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(6rem, max-content) minmax(4rem, 1fr) max-content;
    gap: var(--_space-2) var(--_space-3);
    align-items: center;
    max-inline-size: 44rem;
  }
  .bar-row {
    display: contents;
  }
  .bar {
    inline-size: 100%;
    block-size: 1rem;
  }
  .bar .track {
    fill: var(--_color-surface);
    stroke: var(--_color-border);
    stroke-width: 0.5;
    vector-effect: non-scaling-stroke;
  }
  .bar .fill {
    fill: var(--_color-accent);
  }
  /* suppressed: an outline with no fill and the words "fewer than 5" beside it, not a colour */
  .bar .fill.hatched {
    fill: none;
    stroke: var(--_color-text-muted);
    stroke-dasharray: 3 3;
    vector-effect: non-scaling-stroke;
  }
  .bar-value {
    font-variant-numeric: tabular-nums;
  }
  .table-scroll {
    overflow-x: auto;
    max-inline-size: 100%;
  }
  table.data {
    border-collapse: collapse;
    font-size: var(--_font-size-sm);
  }
  table.data caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: var(--_space-2);
  }
  table.data th,
  table.data td {
    border-block-end: 1px solid var(--_color-border);
    padding: var(--_space-1) var(--_space-2);
    text-align: start;
    vertical-align: top;
  }
  .cell-basis {
    display: block;
  }
  .section {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
  }
  .comments {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
  }
  .comment blockquote {
    border-inline-start: 4px solid var(--_color-border);
    padding-inline-start: var(--_space-3);
  }
  .notice {
    border-inline-start: 5px solid var(--_color-accent);
    padding: var(--_space-4);
    background: var(--_color-surface);
  }
  [part~='export-button'] {
    align-self: flex-start;
  }
  @media (forced-colors: active) {
    .line,
    .point .marker,
    .bar .fill.hatched {
      stroke: CanvasText;
    }
    .point.active .marker,
    .bar .fill {
      fill: CanvasText;
    }
    .bar .track,
    .point .marker {
      fill: Canvas;
      stroke: CanvasText;
    }
    .tick text,
    .axis-label,
    .point .value {
      fill: CanvasText;
    }
    .tick line {
      stroke: GrayText;
    }
    .point:focus-visible .hit {
      stroke: Highlight;
    }
  }
`;
