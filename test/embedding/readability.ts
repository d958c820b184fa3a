// What "readable" means in the embedding tests: every piece of text a widget shows has WCAG AA contrast
// against what is really behind it (backgrounds composited up the flat tree, across the shadow
// boundary into the host page), and a size a citizen can read.

type Rgba = [number, number, number, number];

const MIN_FONT_SIZE_PX = 12;

function parseColor(value: string): Rgba | undefined {
  const match = value.match(/^rgba?\(([^)]+)\)$/);
  if (!match) return undefined;
  const [r = 0, g = 0, b = 0, a = 1] = match[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
  return [r, g, b, a];
}

function luminance([r, g, b]: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `over` composited on an opaque `under`. */
const composite = (over: Rgba, under: Rgba): Rgba => [
  over[0] * over[3] + under[0] * (1 - over[3]),
  over[1] * over[3] + under[1] * (1 - over[3]),
  over[2] * over[3] + under[2] * (1 - over[3]),
  1,
];

/** The parent in the flat tree: across a shadow root to its host. */
function flatParent(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.parentNode;
  return root && 'host' in root ? (root as ShadowRoot).host : null;
}

/** The opaque colour behind an element: its backgrounds and its ancestors', composited (white canvas). */
function backgroundBehind(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let current: Element | null = element; current; current = flatParent(current)) {
    const color = parseColor(getComputedStyle(current).backgroundColor);
    if (color && color[3] > 0) {
      layers.push(color);
      if (color[3] >= 1) break;
    }
  }
  return layers.reduceRight<Rgba>((under, over) => composite(over, under), [255, 255, 255, 1]);
}

function isVisuallyHidden(element: Element): boolean {
  for (let current: Element | null = element; current; current = flatParent(current)) {
    const style = getComputedStyle(current);
    if (style.clipPath === 'inset(50%)' || style.visibility === 'hidden' || Number(style.opacity) === 0) return true;
    if (current.getAttribute('aria-hidden') === 'true') return true;
  }
  return false;
}

function* textElements(root: ShadowRoot): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
    if (ownText) yield element;
    if (element.shadowRoot) yield* textElements(element.shadowRoot);
  }
}

/** Text in the widget that a citizen could not read, as readable descriptions (empty when all is well). */
export function unreadableText(widget: Element): string[] {
  const problems: string[] = [];
  for (const element of textElements(widget.shadowRoot!)) {
    if (element.getClientRects().length === 0 || isVisuallyHidden(element)) continue;
    if ((element as HTMLButtonElement).disabled) continue; // WCAG exempts inactive controls
    const style = getComputedStyle(element);
    const text = element.textContent!.replace(/\s+/g, ' ').trim().slice(0, 40);
    const fontSize = parseFloat(style.fontSize);
    if (fontSize < MIN_FONT_SIZE_PX) problems.push(`"${text}" is ${fontSize}px (under ${MIN_FONT_SIZE_PX}px)`);
    const color = parseColor(style.color);
    if (!color) continue;
    const background = backgroundBehind(element);
    const ratio = contrastRatio(composite(color, background), background);
    const large = fontSize >= 24 || (fontSize >= 18.66 && Number(style.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5)) problems.push(`"${text}" has contrast ${ratio.toFixed(2)}:1 (${style.color} on rgb(${background.slice(0, 3).map(Math.round).join(', ')}))`);
  }
  return problems;
}
