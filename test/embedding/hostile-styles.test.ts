// A host page whose theme styles everything (test/pages/hostile-host.css): global resets,
// `!important` colours on `*`, `* { box-sizing: content-box }`, a 62.5% root font size, uppercase
// justified italic nowrap text. Inherited properties and rules on `*` reach the widgets' host elements;
// the widgets must stay usable (the main journey completes) and readable (contrast, size), and their
// own styles must not leak out into the page.
import { expect } from '@open-wc/testing';
import { JOURNEYS } from './journeys.js';
import { unreadableText } from './readability.js';
import { PAGES, mount, nextEvent, openHostPage, type HostPage } from './support.js';

const HOSTILE_CSS = '/test/pages/hostile-host.css';
/** A phone held upright: the host's rules must not push a widget wider than the page. */
const NARROW = 360;

const SENTINEL_PROPERTIES = [
  'color', 'background-color', 'font-family', 'font-size', 'line-height', 'letter-spacing', 'text-transform',
  'box-sizing', 'display', 'margin-block-end', 'padding-inline-start', 'inline-size', 'outline-style',
] as const;

/** Elements of the host page's own content, and their computed styles. */
function sentinelStyles(page: HostPage): Record<string, string>[] {
  return [...page.doc.querySelectorAll('.sentinel, .sentinel *')].map((element) => {
    const style = page.win.getComputedStyle(element);
    return Object.fromEntries([['element', element.localName], ...SENTINEL_PROPERTIES.map((name) => [name, style.getPropertyValue(name)])]);
  });
}

function addSentinels(page: HostPage): void {
  const section = page.doc.createElement('section');
  section.className = 'sentinel';
  const heading = page.doc.createElement('h2');
  heading.textContent = 'Host heading';
  const paragraph = page.doc.createElement('p');
  paragraph.textContent = 'Host paragraph with a ';
  const link = page.doc.createElement('a');
  link.href = '#top';
  link.textContent = 'link';
  paragraph.append(link);
  const button = page.doc.createElement('button');
  button.textContent = 'Host button';
  const input = page.doc.createElement('input');
  input.setAttribute('aria-label', 'Host input');
  section.append(heading, paragraph, button, input);
  page.doc.body.prepend(section);
}

describe('a hostile host stylesheet (built bundle)', () => {
  for (const journey of JOURNEYS) {
    it(`<${journey.tag}> stays usable, readable and inside a ${NARROW}px page`, async () => {
      const page = await openHostPage(PAGES.strict, { stylesheet: HOSTILE_CSS, width: NARROW });
      const element = await mount(page, journey.tag, journey.attributes);
      expect(unreadableText(element), 'unreadable text on the first screen').to.deep.equal([]);
      const ended = nextEvent(element, journey.finalEvent);
      await journey.run(element);
      await ended;
      expect(unreadableText(element), 'unreadable text at the end of the journey').to.deep.equal([]);
      expect(element.getBoundingClientRect().width, 'widget width').to.be.at.most(NARROW);
      expect(page.doc.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(NARROW);
      expect(page.log.errors).to.deep.equal([]);
      expect(page.log.violations).to.deep.equal([]);
    });
  }

  it('the widgets change nothing in the host page: no document styles added, its own elements styled as before', async () => {
    const page = await openHostPage(PAGES.strict, { stylesheet: HOSTILE_CSS });
    addSentinels(page);
    const sheetsBefore = page.doc.styleSheets.length;
    const before = sentinelStyles(page);
    for (const journey of JOURNEYS) {
      const element = await mount(page, journey.tag, journey.attributes);
      const ended = nextEvent(element, journey.finalEvent);
      await journey.run(element);
      await ended;
    }
    expect(page.doc.styleSheets.length, 'style sheets in the document').to.equal(sheetsBefore);
    expect(page.doc.adoptedStyleSheets.length, 'adopted style sheets on the document').to.equal(0);
    expect(sentinelStyles(page)).to.deep.equal(before);
  });
});
