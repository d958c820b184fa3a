// The BUILT CDN bundle (packages/elements/dist/cdn/diwan.js) in a real page, the way a CMS embeds it:
// one <script type="module">, under a strict CSP with Trusted Types (test/pages/cdn.html).
// Catches what source-level tests cannot: decorators or class fields the build mis-compiled, Lit's dev
// build shipped, eval in the output, lazy chunks that do not load, two copies on one page clashing.
// Needs `npm run build` first (npm test runs it before the browser tests).
import { expect } from '@open-wc/testing';
import { resolveText } from '@diwan/client';
import { createDemoBackend } from '@diwan/client/demo';

const BUNDLE = '/packages/elements/dist/cdn/diwan.js';
const PAGE = '/test/pages/cdn.html';

/** Every tag the bundle must define. Add a widget here when it lands. */
const TAGS = ['diwan-service-catalogue', 'diwan-eligibility-checker', 'diwan-request-tracker', 'diwan-feedback'];

interface ProblemLog {
  violations: string[];
  errors: string[];
}
/** Trusted Types is not in TypeScript's DOM library yet: the part this test uses. */
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): unknown };
}
type FrameWindow = Window & typeof globalThis & { diwanTestLog: ProblemLog; trustedTypes: TrustedTypesFactory };

async function waitFor<T>(
  check: () => T | undefined | null | false,
  what: string,
  context: () => string = () => '',
  timeoutMs = 8000,
): Promise<T> {
  const started = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}. ${context()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Text of a node including every shadow root below it (items may be nested elements). */
function deepText(node: Node): string {
  let text = '';
  const visit = (current: Node): void => {
    if (current.nodeType === Node.TEXT_NODE) text += `${current.textContent ?? ''} `;
    // nodeType, not instanceof: the nodes belong to the iframe's realm
    const shadowRoot = current.nodeType === Node.ELEMENT_NODE ? (current as Element).shadowRoot : null;
    if (shadowRoot) visit(shadowRoot);
    for (const child of Array.from(current.childNodes)) visit(child);
  };
  visit(node);
  return text;
}

async function loadFrame(): Promise<{ frame: HTMLIFrameElement; win: FrameWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.src = PAGE;
  // In view: Chromium pauses rendering (frames, resize observers) of iframes scrolled out of sight,
  // and the virtualised list only renders items after layout.
  Object.assign(frame.style, { position: 'fixed', insetBlockStart: '0', insetInlineStart: '0', width: '100vw', height: '100vh', border: '0' });
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  return { frame, win, doc: frame.contentDocument! };
}

let serviceNames: { en: string[]; ar: string[] };

before(async () => {
  const response = await fetch(BUNDLE, { method: 'HEAD', cache: 'no-store' });
  if (!response.ok) throw new Error(`${BUNDLE} is missing (HTTP ${response.status}): run npm run build`);
  const { services } = await createDemoBackend().listServices();
  serviceNames = {
    en: services.map((service) => resolveText(service.name, ['en'])),
    ar: services.map((service) => resolveText(service.name, ['ar'])),
  };
});

/**
 * How many of the names the widget shows. Scrolls it to the top of the frame first: the virtualised list
 * renders only the items on screen, and widgets above it may still grow.
 */
function namesShown(element: Element, names: string[]): number {
  element.scrollIntoView({ block: 'start' });
  const text = deepText(element);
  return names.filter((name) => text.includes(name)).length;
}

/** What the widget shows, for failure messages. */
function shown(element: Element): string {
  const text = deepText(element).replace(/\s+/g, ' ').trim();
  return `It shows: "${text.slice(0, 300)}${text.length > 300 ? '…' : ''}"`;
}

describe('built CDN bundle (dist/cdn/diwan.js)', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('contains no eval, no new Function and not Lit dev mode, in the bundle and its lazy chunks', async () => {
    const bundle = await (await fetch(BUNDLE, { cache: 'no-store' })).text();
    const chunkNames = new Set(Array.from(bundle.matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g), (match) => match[1]!));
    // One script to embed: diwan.js imports nothing statically but Lit's own chunk (rolldown 1.2 keeps Lit,
    // shared with the lazy chunks, out of the entry: rolldown#10731; one more request on first load, in
    // parallel with nothing — to undo when rolldown merges it again); strings and sample data load on demand.
    const staticImports = Array.from(bundle.matchAll(/(?:^|[;}\s])(?:import|export)\s*[\w$*{][^;()"'`]*?from\s*["'`]\.\/([\w.-]+)["'`]/g), (match) => match[1]!);
    expect(staticImports.filter((name) => !/^lit-[\w-]+\.js$/.test(name)), 'diwan.js imports another file statically').to.deep.equal([]);
    // every chunk reachable from diwan.js (some load others: backend set-up → demo data)
    const files = [{ name: 'diwan.js', code: bundle }];
    for (const name of chunkNames) {
      const response = await fetch(new URL(name, new URL(BUNDLE, location.href)), { cache: 'no-store' });
      expect(response.ok, `chunk ${name} is served`).to.equal(true);
      const code = await response.text();
      files.push({ name, code });
      for (const match of code.matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)) chunkNames.add(match[1]!); // a Set visits additions too
    }
    // strings per locale and namespace (locale-ar-catalogue-….js), the sample data, the adapters, the virtualizer
    for (const lazy of ['locale-ar-', 'locale-ckb-', 'locale-fr-', 'demo-', 'http-', 'open311-', 'rules-', 'virtual-list-']) {
      expect([...chunkNames].some((name) => name.startsWith(lazy)), `a lazy ${lazy}… chunk beside diwan.js`).to.equal(true);
    }
    for (const { name, code } of files) {
      expect(code, `${name} uses new Function`).not.to.match(/new\s+Function\s*\(/);
      expect(code, `${name} uses eval`).not.to.match(/(^|[^\w$.])eval\s*\(/);
      expect(code, `${name} ships Lit's development build`).not.to.include('Lit is in dev mode');
    }
  });

  it('defines every tag and renders demo services in English and in Arabic (rtl) under a strict CSP', async () => {
    const loaded = await loadFrame();
    frame = loaded.frame;
    const { win, doc } = loaded;
    for (const tag of TAGS) {
      await waitFor(() => win.customElements.get(tag), `<${tag}> to be defined by diwan.js`);
    }

    const english = doc.getElementById('english')!;
    await waitFor(() => namesShown(english, serviceNames.en) >= 3, 'English service names in the catalogue', () => shown(english));

    const arabic = doc.getElementById('arabic')!;
    await waitFor(() => namesShown(arabic, serviceNames.ar) >= 3, 'Arabic service names in the lang="ar" catalogue', () => shown(arabic));
    const arabicRoot = arabic.shadowRoot!.querySelector('[dir]');
    expect(arabicRoot?.getAttribute('dir'), 'dir of the Arabic catalogue root').to.equal('rtl');
    expect(english.shadowRoot!.querySelector('[dir]')?.getAttribute('dir')).to.equal('ltr');

    expect(win.diwanTestLog.violations, 'CSP / Trusted Types violations').to.deep.equal([]);
    expect(win.diwanTestLog.errors, 'errors in the page').to.deep.equal([]);
  });

  it('loading a second copy of the bundle throws nothing and the widgets keep working', async () => {
    const loaded = await loadFrame();
    frame = loaded.frame;
    const { win, doc } = loaded;
    await waitFor(() => win.customElements.get('diwan-service-catalogue'), 'the first copy to define the tags');
    const firstClasses = TAGS.map((tag) => win.customElements.get(tag));

    // A second module instance (different URL), as when a CMS block and a theme both embed Diwan.
    // the page requires Trusted Types for scripts: a script URL must come from a policy
    const policy = win.trustedTypes.createPolicy('diwan-test', { createScriptURL: (url: string) => url });
    const second = doc.createElement('script');
    second.type = 'module';
    second.src = policy.createScriptURL(`${BUNDLE}?v=2`) as unknown as string;
    const secondRan = new Promise((resolve, reject) => {
      second.addEventListener('load', resolve, { once: true });
      second.addEventListener('error', () => reject(new Error('the second copy did not load')), { once: true });
    });
    doc.head.append(second);
    await secondRan;

    expect(TAGS.map((tag) => win.customElements.get(tag)), 'the first definitions stay').to.deep.equal(firstClasses);
    const added = doc.createElement('diwan-service-catalogue');
    added.setAttribute('backend', 'demo');
    doc.body.append(added);
    await waitFor(() => namesShown(added, serviceNames.en) >= 3, 'a catalogue added after the second copy to render', () => shown(added));

    expect(win.diwanTestLog.errors, 'errors in the page').to.deep.equal([]);
    expect(win.diwanTestLog.violations, 'CSP / Trusted Types violations').to.deep.equal([]);
  });
});
