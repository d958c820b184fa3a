// web-test-runner commands that drive the browser page beyond what @web/test-runner-commands offers:
// - `emulate-media-features`: CSS media features the stock `emulateMedia` does not pass on for
//   puppeteer-driven browsers, `forced-colors` (Windows High Contrast) in particular. From a test:
//   `executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }])`; an empty
//   list turns every emulation off. Answers false where the browser cannot emulate (the tests skip).
// - `wheel`: a real mouse wheel turn at a point of the viewport, `{ x, y, deltaY }` (scroll chaining and
//   overscroll behaviour only show with real wheel input).

const devtoolsSessions = new WeakMap();

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function pageCommands() {
  return {
    name: 'diwan-page-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features' && command !== 'wheel') return undefined;
      if (session.browser.type !== 'puppeteer' || typeof session.browser.getPage !== 'function') {
        throw new Error(`${command} needs a puppeteer-driven browser, not ${session.browser.type}`);
      }
      const page = session.browser.getPage(session.id);
      if (command === 'wheel') {
        await page.mouse.move(payload.x, payload.y);
        await page.mouse.wheel({ deltaY: payload.deltaY });
        return true;
      }
      if (!Array.isArray(payload)) throw new Error('emulate-media-features takes a list of { name, value }');
      try {
        // straight through the DevTools protocol: puppeteer's emulateMediaFeatures refuses forced-colors;
        // one session per page, kept open (the emulation ends with the session)
        let client = devtoolsSessions.get(page);
        if (!client) {
          client = await page.createCDPSession();
          devtoolsSessions.set(page, client);
        }
        await client.send('Emulation.setEmulatedMedia', { features: payload });
        return true;
      } catch (error) {
        console.warn(`emulate-media-features: ${error.message}`);
        return false; // a browser without the DevTools protocol (Firefox over WebDriver BiDi)
      }
    },
  };
}
