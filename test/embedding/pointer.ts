// Real pointer input for the embedding tests: `sendMouse` moves and clicks the browser's own mouse at
// page coordinates, so the browser hit-tests the point the way it does for a citizen. `element.click()`
// does not hit-test: a widget that covers its host page, or one row's overlay covering another row,
// passes every test that uses it.
// The host pages are iframes pinned at the top-left corner of the test page (see support.ts), so a
// point in the frame's viewport is the same point in the test page's viewport plus the frame's offset.
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';

const frame = () => new Promise<void>((resolve) => setTimeout(resolve, 20));

/** The viewport offset of the document an element lives in (its iframe's position in the test page). */
function frameOffset(element: Element): { x: number; y: number } {
  const frameElement = element.ownerDocument.defaultView?.frameElement;
  if (!frameElement) return { x: 0, y: 0 };
  const rect = frameElement.getBoundingClientRect();
  return { x: rect.left + frameElement.clientLeft, y: rect.top + frameElement.clientTop };
}

/** A point in the test page's viewport for a point in the element's own viewport. */
export function pagePoint(element: Element, x: number, y: number): [number, number] {
  const offset = frameOffset(element);
  return [Math.round(offset.x + x), Math.round(offset.y + y)];
}

/** Scrolls the element (which may be inside a shadow root) to the middle of its viewport; returns its centre. */
export async function centreOf(element: Element): Promise<[number, number]> {
  element.scrollIntoView({ block: 'center', inline: 'center' });
  await frame();
  const rect = element.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) throw new Error(`<${element.localName}> has no box to click`);
  return pagePoint(element, rect.left + rect.width / 2, rect.top + rect.height / 2);
}

/** What the browser would hit at a point of the element's viewport, down through shadow roots (for messages). */
export function describeHit(element: Element, x: number, y: number): string {
  let hit: Element | null = element.ownerDocument.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner: Element | null = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  if (!hit) return 'nothing';
  const text = (hit.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
  return `<${hit.localName}${hit.className ? ` class="${String(hit.className)}"` : ''}> "${text}"`;
}

/**
 * A real left click at the centre of the element's box. `what` names it in errors. Returns what the
 * browser had under the pointer (for messages when the click did not do what the test expects).
 */
export async function clickAt(element: Element | null, what: string): Promise<string> {
  if (!element) throw new Error(`no ${what} to click`);
  const [x, y] = await centreOf(element);
  const offset = frameOffset(element);
  const under = describeHit(element, x - offset.x, y - offset.y);
  await sendMouse({ type: 'click', position: [x, y] });
  return under;
}

/** Clicks a field with the pointer, then types into it with the keyboard (as a citizen fills a form). */
export async function clickAndType(field: Element | null, what: string, text: string): Promise<void> {
  await clickAt(field, what);
  await sendKeys({ type: text });
}

/** The mouse back where it started, nothing held down (after each pointer test). */
export async function releasePointer(): Promise<void> {
  await resetMouse();
}
