/**
 * Defines a tag only once the page uses it: its code is a lazy chunk loaded when an element with that
 * tag first appears in the document (now or later), so pages that never use it pay for this function
 * alone. Elements inside a host's own shadow roots are not seen: such hosts import the tag's define
 * entry (`@diwan/elements/define/<tag>.js`) instead.
 */
export function defineWhenUsed(tag: string, load: () => Promise<unknown>): void {
  if (typeof document === 'undefined' || customElements.get(tag)) return;
  const found = document.getElementsByTagName(tag); // live: reading its length is cheap
  let observer: MutationObserver | undefined;
  const start = () => {
    observer?.disconnect();
    observer = undefined;
    // not loaded (offline): watch again, the next change to the page tries again
    load().catch(watch);
  };
  function watch(): void {
    if (found.length) return start();
    observer = new MutationObserver(() => {
      if (found.length) start();
    });
    observer.observe(document, { childList: true, subtree: true });
  }
  watch();
}
