// Layout checks a citizen with large text on a small phone would notice (WCAG 1.4.10 reflow, 1.4.4 resize
// text): the page scrolling sideways, a widget's content sticking out of its box (the widget is a
// layout-contained box: what sticks out is cut off, not scrollable), words broken in the middle although
// they would fit on a line, a select too narrow for its chosen option.
import type { HostPage } from './support.js';

const TOLERANCE = 1;

/** Shadow-tree elements of a widget and of every shadow root below it. */
function shadowElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...shadowElements(element.shadowRoot));
  }
  return found;
}

const describe = (element: Element) => `<${element.localName}${element.id ? `#${element.id}` : ''}${element.getAttribute('class') ? `.${element.getAttribute('class')!.trim().split(/\s+/).join('.')}` : ''}>`;

/** Rendered and meant to be seen (not the 1px visually-hidden text, not inside a closed <details>). */
function seen(element: Element): boolean {
  if (element.closest('.visually-hidden')) return false;
  const rect = element.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

/** The nearest ancestor that lays out lines (not inline, not display: contents), and its content width. */
function lineBoxWidth(page: HostPage, node: Node): number {
  for (let element = node.parentElement; element; element = element.parentElement) {
    const style = page.win.getComputedStyle(element);
    if (style.display === 'inline' || style.display === 'contents') continue;
    return element.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
  }
  return Infinity;
}

/**
 * Words broken across lines although they are no wider than their line box. A word is a run of
 * non-spaces up to a hyphen: a line may end after a hyphen ("Al-" / "Mansour"). A word's width is
 * measured whole in its own font (canvas text shaping): the pieces of a broken Arabic-script word are
 * narrower than the word, as the letters at the break lose their joined forms.
 */
function wordsBrokenMidWord(page: HostPage, root: ShadowRoot): string[] {
  const broken: string[] = [];
  const context = page.doc.createElement('canvas').getContext('2d')!;
  const walker = page.doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement || !seen(node.parentElement)) continue;
    const style = page.win.getComputedStyle(node.parentElement);
    context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    for (const match of node.textContent!.matchAll(/[^\s-‐]+-?/g)) {
      const range = page.doc.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
      const lines = new Set(rects.map((rect) => Math.round(rect.top)));
      if (lines.size < 2) continue;
      if (context.measureText(match[0]).width <= lineBoxWidth(page, node)) broken.push(`"${match[0]}" in ${describe(node.parentElement)}`);
    }
  }
  return broken;
}

/** Selects whose chosen option is wider than the room the select gives it (its text is cut). */
function cutSelects(page: HostPage, elements: Element[]): string[] {
  const cut: string[] = [];
  const context = page.doc.createElement('canvas').getContext('2d')!;
  for (const select of elements.filter((element): element is HTMLSelectElement => element.localName === 'select')) {
    if (!seen(select)) continue;
    const style = page.win.getComputedStyle(select);
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const text = select.selectedOptions[0]?.textContent ?? '';
    // the drop-down arrow takes about one em at the inline end
    const room = select.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd) - parseFloat(style.fontSize);
    if (context.measureText(text).width > room) cut.push(`${describe(select)} shows "${text}" in ${Math.round(room)}px`);
  }
  return cut;
}

/** Everything wrong with the widget's layout at this moment, in words (empty when it reflows well). */
export function reflowProblems(page: HostPage, widget: HTMLElement): string[] {
  const problems: string[] = [];
  const { documentElement } = page.doc;
  if (documentElement.scrollWidth > documentElement.clientWidth) {
    problems.push(`the page scrolls sideways: ${documentElement.scrollWidth}px wide in a ${documentElement.clientWidth}px viewport`);
  }
  const box = widget.getBoundingClientRect();
  if (box.right > documentElement.clientWidth + TOLERANCE || box.left < -TOLERANCE) problems.push(`the widget is ${Math.round(box.width)}px wide`);
  const elements = shadowElements(widget.shadowRoot!);
  for (const element of elements) {
    if (!seen(element)) continue;
    const rect = element.getBoundingClientRect();
    if (rect.right > box.right + TOLERANCE || rect.left < box.left - TOLERANCE) {
      problems.push(`${describe(element)} sticks out of the widget (${Math.round(rect.left - box.left)}px to ${Math.round(rect.right - box.left)}px in a ${Math.round(box.width)}px box)`);
    }
  }
  problems.push(...wordsBrokenMidWord(page, widget.shadowRoot!).map((word) => `${word} is broken mid-word`));
  problems.push(...cutSelects(page, elements));
  return problems;
}
