// A web-test-runner command that emulates CSS media features the stock `emulateMedia` command does not
// pass on for puppeteer-driven browsers: `forced-colors` (Windows High Contrast) in particular.
// From a test: `executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }])`;
// an empty list turns every emulation off. Answers false where the launcher cannot emulate (tests skip).

const devtoolsSessions = new WeakMap();

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function mediaFeaturesCommand() {
  return {
    name: 'emulate-media-features-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (!Array.isArray(payload)) throw new Error('emulate-media-features takes a list of { name, value }');
      if (session.browser.type !== 'puppeteer' || typeof session.browser.getPage !== 'function') return false;
      const page = session.browser.getPage(session.id);
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
