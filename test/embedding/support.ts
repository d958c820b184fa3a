// Helpers for the embedding tests: a host page (test/pages/embed*.html) in an iframe that loads the
// BUILT CDN bundle, widgets mounted in it with attributes only, and DOM helpers that cross shadow roots.
// The widgets live in the iframe's realm: no `instanceof` against this window's classes.

export const BUNDLE = '/packages/elements/dist/cdn/diwan.js';
export const PAGES = {
  strict: '/test/pages/embed.html',
  twice: '/test/pages/embed-twice.html',
  noCsp: '/test/pages/embed-no-csp.html',
} as const;

export interface ProblemLog {
  violations: string[];
  errors: string[];
  executed: string[];
}

export interface HostPage {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis & { diwanTestLog: ProblemLog };
  doc: Document;
  /** The container the widgets go in. */
  host: HTMLElement;
  log: ProblemLog;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
  // same-origin frames share this tab's sessionStorage, where the checker keeps a citizen's progress
  sessionStorage.clear();
});

before(async () => {
  const response = await fetch(BUNDLE, { method: 'HEAD', cache: 'no-store' });
  if (!response.ok) throw new Error(`${BUNDLE} is missing (HTTP ${response.status}): run npm run build`);
});

export async function waitFor<T>(check: () => T | undefined | null | false, what: string, timeoutMs = 8000): Promise<T> {
  const started = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Opens a host page in an iframe (removed after the test), in view: Chromium pauses rendering of
 * iframes out of sight. `width` sets the page's viewport width in CSS pixels.
 */
export async function openHostPage(page: string = PAGES.strict, options: { width?: number; stylesheet?: string } = {}): Promise<HostPage> {
  const frame = document.createElement('iframe');
  frame.src = page;
  Object.assign(frame.style, {
    position: 'fixed', insetBlockStart: '0', insetInlineStart: '0', border: '0',
    width: options.width ? `${options.width}px` : '100vw', height: '100vh',
  });
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as HostPage['win'];
  const doc = frame.contentDocument!;
  if (options.stylesheet) {
    // a <link> is what a host's theme does; style-src 'self' allows it
    const link = doc.createElement('link');
    link.rel = 'stylesheet';
    link.href = options.stylesheet;
    const applied = new Promise((resolve, reject) => {
      link.addEventListener('load', resolve, { once: true });
      link.addEventListener('error', () => reject(new Error(`${options.stylesheet} did not load`)), { once: true });
    });
    doc.head.append(link);
    await applied;
  }
  return { frame, win, doc, host: doc.getElementById('host')!, log: win.diwanTestLog };
}

/** Creates a widget in the host page with attributes only (and optional properties), once its tag is defined. */
export async function mount(page: HostPage, tag: string, attributes: Record<string, string>, properties: Record<string, unknown> = {}): Promise<HTMLElement> {
  await waitFor(() => page.win.customElements.get(tag), `<${tag}> to be defined by diwan.js`);
  const element = page.doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  Object.assign(element, properties);
  page.host.append(element);
  return element;
}

/** Elements matching `selector` in `root` and in every shadow root below it. */
export function deepQueryAll(root: ParentNode, selector: string): Element[] {
  const found: Element[] = [...root.querySelectorAll(selector)];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...deepQueryAll(element.shadowRoot, selector));
  }
  return found;
}

/** Visible text of a node and of every shadow root below it. */
export function deepText(node: Node): string {
  let text = '';
  const visit = (current: Node): void => {
    if (current.nodeType === Node.TEXT_NODE) text += `${current.textContent ?? ''} `;
    const shadowRoot = current.nodeType === Node.ELEMENT_NODE ? (current as Element).shadowRoot : null;
    if (shadowRoot) visit(shadowRoot);
    for (const child of Array.from(current.childNodes)) visit(child);
  };
  visit(node);
  return text.replace(/\s+/g, ' ').trim();
}

/** The first element in the widget's shadow root with this part name. */
export const part = <T extends Element = HTMLElement>(element: Element, name: string): T | null =>
  element.shadowRoot?.querySelector<T>(`[part~="${name}"]`) ?? null;

export const inShadow = <T extends Element = HTMLElement>(element: Element, selector: string): T | null =>
  element.shadowRoot?.querySelector<T>(selector) ?? null;

/** Waits for an element in the widget's shadow root; on time-out, says what the widget shows instead. */
export async function until<T extends Element = HTMLElement>(element: Element, selector: string, what = selector, timeoutMs?: number): Promise<T> {
  try {
    return await waitFor(() => inShadow<T>(element, selector), `${element.localName}: ${what}`, timeoutMs);
  } catch (error) {
    const shown = deepText(element);
    throw new Error(`${(error as Error).message}. It shows: "${shown.slice(0, 300)}${shown.length > 300 ? '…' : ''}"`, { cause: error });
  }
}

/** Sets a field's value and fires `input`, as typing does (events from the field's own realm). */
export function typeInto(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const view = field.ownerDocument.defaultView!;
  field.value = value;
  field.dispatchEvent(new view.InputEvent('input', { bubbles: true, composed: true }));
}

/** Resolves with the first event of this type the element fires (from now on). */
export function nextEvent(element: Element, type: string): Promise<Event> {
  return new Promise((resolve) => element.addEventListener(type, resolve, { once: true }));
}
