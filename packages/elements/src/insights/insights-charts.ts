// The charts, drawn with Lit's svg templates and a few lines of scale math (no chart library: measured,
// see the README's sizes). Every value is also text: the focused point says its value (aria-label and a
// direct label), bars carry their figure beside them, and each chart has a data table (insights-views).
// Time runs in the reading direction: left to right in en/fr, right to left in ar/ckb (the earliest
// bucket at the start edge, like the table and the rest of the widget), and the arrow keys move the
// way they point on screen.
import { html, svg, nothing, type TemplateResult } from 'lit';

export interface ChartPoint {
  /** What the x axis says for this point (e.g. "Jun 2026"). */
  label: string;
  /** A share in [0, 1], or undefined when suppressed. */
  value: number | undefined;
  /** The value as text ("72 %" or "fewer than 5"). */
  valueText: string;
  /** What the point announces in full. */
  description: string;
}

const WIDTH = 640;
const HEIGHT = 240;
const MARGIN = { top: 28, bottom: 36, side: 44 };
const TICKS = [0, 0.25, 0.5, 0.75, 1];

/** x of point `index` of `count`, in the reading direction. */
function xOf(index: number, count: number, rtl: boolean): number {
  const span = WIDTH - 2 * MARGIN.side;
  const x = count === 1 ? span / 2 : (index / (count - 1)) * span;
  return rtl ? WIDTH - MARGIN.side - x : MARGIN.side + x;
}

const yOf = (value: number) => MARGIN.top + (1 - value) * (HEIGHT - MARGIN.top - MARGIN.bottom);

/** The line's path, broken where a point has no figure. */
function linePath(points: readonly ChartPoint[], rtl: boolean): string {
  let path = '';
  let drawing = false;
  points.forEach((point, index) => {
    if (point.value === undefined) {
      drawing = false;
      return;
    }
    path += `${drawing ? 'L' : 'M'}${xOf(index, points.length, rtl).toFixed(1)} ${yOf(point.value).toFixed(1)}`;
    drawing = true;
  });
  return path;
}

export interface LineChartOptions {
  points: readonly ChartPoint[];
  rtl: boolean;
  active: number;
  tickText: (share: number) => string;
  onActivate: (index: number, focus: boolean) => void;
}

/** Arrow keys move along the screen (so in RTL, ArrowLeft goes later in time); Home and End go to the ends. */
export function nextPointIndex(key: string, current: number, count: number, rtl: boolean): number | undefined {
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward || key === 'ArrowDown') return Math.min(count - 1, current + 1);
  if (key === backward || key === 'ArrowUp') return Math.max(0, current - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

/** A line chart of shares over time: one tab stop, the arrow keys move between points. */
export function renderLineChart(options: LineChartOptions): TemplateResult {
  const { points, rtl, active, tickText, onActivate } = options;
  const count = points.length;
  const onKey = (event: KeyboardEvent) => {
    const next = nextPointIndex(event.key, active, count, rtl);
    if (next === undefined) return;
    event.preventDefault();
    onActivate(next, true);
  };
  const shownLabels = new Set([0, count - 1, active]);
  const labelEvery = Math.max(1, Math.ceil(count / 6));
  return html`<svg class="chart line-chart" part="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="group" @keydown=${onKey}>
    ${TICKS.map((tick) => svg`<g class="tick" aria-hidden="true">
      <line x1=${MARGIN.side} x2=${WIDTH - MARGIN.side} y1=${yOf(tick)} y2=${yOf(tick)}></line>
      <text x=${rtl ? WIDTH - MARGIN.side + 6 : MARGIN.side - 6} y=${yOf(tick) + 4} text-anchor="end" direction=${rtl ? 'rtl' : 'ltr'}>${tickText(tick)}</text>
    </g>`)}
    <path class="line" d=${linePath(points, rtl)} aria-hidden="true"></path>
    ${points.map((point, index) => {
      const x = xOf(index, count, rtl);
      const y = point.value === undefined ? yOf(0) : yOf(point.value);
      return svg`<g class="point ${index === active ? 'active' : ''} ${point.value === undefined ? 'suppressed' : ''}"
          tabindex=${index === active ? 0 : -1} role="img" aria-label=${point.description}
          @focus=${() => onActivate(index, false)} @pointerenter=${() => onActivate(index, false)}>
        <circle class="hit" cx=${x} cy=${y} r="14"></circle>
        ${point.value === undefined
          ? svg`<path class="marker" d="M${x - 5} ${y - 5}L${x + 5} ${y + 5}M${x + 5} ${y - 5}L${x - 5} ${y + 5}"></path>`
          : svg`<circle class="marker" cx=${x} cy=${y} r="5"></circle>`}
        ${index === active || (index === count - 1 && point.value !== undefined)
          ? svg`<text class="value" x=${x} y=${Math.max(14, y - 12)} text-anchor="middle" aria-hidden="true">${point.valueText}</text>`
          : nothing}
        ${shownLabels.has(index) || index % labelEvery === 0
          ? svg`<text class="axis-label" x=${x} y=${HEIGHT - 10} text-anchor="middle" aria-hidden="true">${point.label}</text>`
          : nothing}
      </g>`;
    })}
  </svg>`;
}

export interface BarRow {
  label: string;
  value: number | undefined;
  valueText: string;
}

/** Horizontal bars with their figures written beside them (a pattern, not colour, marks suppressed rows). */
export function renderBars(rows: readonly BarRow[]): TemplateResult {
  return html`<ul class="bars" part="chart">
    ${rows.map((row) => html`<li class="bar-row ${row.value === undefined ? 'suppressed' : ''}">
      <span class="bar-label">${row.label}</span>
      <svg class="bar mirror" viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true">
        <rect class="track" x="0" y="0" width="100" height="12"></rect>
        ${row.value === undefined
          ? svg`<rect class="fill hatched" x="0" y="0" width="100" height="12"></rect>`
          : svg`<rect class="fill" x="0" y="0" width=${(row.value * 100).toFixed(2)} height="12"></rect>`}
      </svg>
      <span class="bar-value">${row.valueText}</span>
    </li>`)}
  </ul>`;
}
