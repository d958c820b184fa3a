// Plain-DOM helpers for play functions and the CI story test (no testing-library needed).

/**
 * Resolves with the first truthy value of `find`, polled with timers (not animation frames: a page
 * in a background tab gets none, and the wait would never time out); rejects after `timeoutMs`.
 */
export async function waitFor<T>(find: () => T | null | undefined | false, what: string, timeoutMs = 5000): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found) return found;
    if (performance.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The first element exposing the css part `name` in `host`'s shadow root (parts are public API). */
export function part<T extends HTMLElement = HTMLElement>(host: Element, name: string): T | null {
  return host.shadowRoot?.querySelector<T>(`[part~="${name}"]`) ?? null;
}

/** The Diwan widget a story rendered into `canvas`. */
export function widgetIn(canvas: Element): HTMLElement {
  const widget = [...canvas.querySelectorAll('*')].find((element) => element.localName.startsWith('diwan-'));
  if (!widget) throw new Error('The story rendered no diwan-* element');
  return widget as HTMLElement;
}

/** Types into an input the way a keyboard would, as far as the widget can tell (value + input event). */
export function typeInto(input: HTMLInputElement, text: string): void {
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
}
