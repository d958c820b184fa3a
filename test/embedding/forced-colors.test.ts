// Windows High Contrast (issue 18, WCAG 1.4.3/1.4.11): under `forced-colors: active` every colour a
// widget paints is one of the citizen's system colours — no brand blue left on a black button face
// (secondary buttons, catalogue chevrons). Built bundle, Chromium's forced-colours emulation, en and ar.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { JOURNEYS } from './journeys.js';
import { PAGES, mount, nextEvent, openHostPage, part, typeInto, until, waitFor, type HostPage } from './support.js';

const SYSTEM_COLORS = [
  'Canvas', 'CanvasText', 'LinkText', 'VisitedText', 'ActiveText', 'ButtonFace', 'ButtonText', 'ButtonBorder', 'Field',
  'FieldText', 'Highlight', 'HighlightText', 'SelectedItem', 'SelectedItemText', 'Mark', 'MarkText', 'GrayText',
  'AccentColor', 'AccentColorText',
];

/** `rgb(r, g, b)` of a computed colour, alpha dropped (forced colours keep the author's alpha). */
const opaque = (color: string): string | undefined => {
  const channels = color.match(/[\d.]+/g);
  if (!channels || (channels.length === 4 && Number(channels[3]) === 0)) return undefined; // transparent
  return `rgb(${channels.slice(0, 3).join(', ')})`;
};

/** The current value of every system colour in the page (they change with the emulated palette). */
function systemColors(page: HostPage): Map<string, string> {
  const probe = page.doc.createElement('span');
  probe.style.forcedColorAdjust = 'none'; // CSSOM, not a style attribute: allowed by the strict CSP
  page.doc.body.append(probe);
  const colors = new Map<string, string>();
  for (const name of SYSTEM_COLORS) {
    probe.style.color = name;
    colors.set(opaque(page.win.getComputedStyle(probe).color)!, name);
  }
  probe.remove();
  return colors;
}

/** Every painted colour in the widget's shadow tree that is not a system colour, with where it is. */
function nonSystemColors(page: HostPage, widget: HTMLElement): string[] {
  const system = systemColors(page);
  const found = new Set<string>();
  for (const element of widget.shadowRoot!.querySelectorAll('*')) {
    const style = page.win.getComputedStyle(element);
    const painted: Array<[string, string]> = [['color', style.color], ['background-color', style.backgroundColor]];
    for (const side of ['top', 'right', 'bottom', 'left']) {
      if (parseFloat(style.getPropertyValue(`border-${side}-width`)) > 0) painted.push([`border-${side}-color`, style.getPropertyValue(`border-${side}-color`)]);
    }
    if (element.namespaceURI === 'http://www.w3.org/2000/svg') painted.push(['stroke', style.stroke], ['fill', style.fill]);
    for (const [property, value] of painted) {
      const rgb = opaque(value);
      if (rgb && !system.has(rgb)) {
        const name = `${element.localName}${element.getAttribute('class') ? `.${element.getAttribute('class')!.trim().replace(/\s+/g, '.')}` : ''}`;
        found.add(`${name} ${property}: ${rgb}`);
      }
    }
  }
  return [...found];
}

async function emulateForcedColors(active: boolean): Promise<boolean> {
  return executeServerCommand<boolean, unknown>('emulate-media-features', active ? [{ name: 'forced-colors', value: 'active' }] : []);
}

describe('forced colours (Windows High Contrast) on the built bundle', function () {
  this.timeout(30000); // whole journeys on the built bundle, on a machine that may be busy
  before(async function () {
    if (!(await emulateForcedColors(true))) this.skip(); // this browser cannot emulate forced colours
    await emulateForcedColors(false);
  });
  beforeEach(() => emulateForcedColors(true));
  afterEach(() => emulateForcedColors(false));

  for (const lang of ['en', 'ar']) {
    for (const journey of JOURNEYS) {
      it(`<${journey.tag}> (${lang}) paints only system colours, first screen to journey's end`, async () => {
        const page = await openHostPage(PAGES.strict);
        page.doc.documentElement.lang = lang;
        expect(page.win.matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
        const element = await mount(page, journey.tag, journey.attributes);
        await until(element, '[part~="base"] > *', 'its first screen');
        await new Promise((resolve) => setTimeout(resolve, 50));
        const first = nonSystemColors(page, element);
        const ended = nextEvent(element, journey.finalEvent);
        await journey.run(element);
        await ended;
        expect({ first, end: nonSystemColors(page, element) }).to.deep.equal({ first: [], end: [] });
      });
    }

    it(`the catalogue's "no results" state (${lang}) paints only system colours`, async () => {
      const page = await openHostPage(PAGES.strict);
      page.doc.documentElement.lang = lang;
      const element = await mount(page, 'diwan-service-catalogue', { backend: 'demo' });
      await until(element, '.item-button', 'services listed');
      typeInto((await until<HTMLInputElement>(element, '#search'))!, 'zzzzqqq');
      await waitFor(() => part(element, 'count')?.textContent && !element.shadowRoot!.querySelector('.item-button'), 'no results');
      expect(nonSystemColors(page, element)).to.deep.equal([]);
    });
  }
});
