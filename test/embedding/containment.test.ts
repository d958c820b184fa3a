// A widget never reaches outside its own box (issue 11): on a host page with its own heading, links and
// buttons around and between all four widgets (built bundle), no point outside a widget's box hits the
// widget, and real clicks on the host's own controls reach them and make no widget react.
// The bug this guards against: an absolutely positioned overlay inside a shadow root whose containing
// block was the page, so a catalogue row covered the host's first screen and took its clicks.
import { expect } from '@open-wc/testing';
import { JOURNEYS } from './journeys.js';
import { clickAt, releasePointer } from './pointer.js';
import { PAGES, mount, openHostPage, until, type HostPage } from './support.js';

/** What each widget shows once it is ready (its first screen, data loaded). */
const READY: Record<string, string> = {
  'diwan-service-catalogue': '.item-button',
  'diwan-eligibility-checker': '.page-heading',
  'diwan-request-tracker': '#reference',
  'diwan-feedback': '[part~="yes-button"]',
};
const DIWAN_EVENTS = ['diwan-service-select', 'diwan-eligibility-result', 'diwan-request-found', 'diwan-feedback-submit', 'diwan-error'];
/** Distance between sampled points, in CSS pixels. */
const STEP = 12;

interface HostControls {
  heading: HTMLElement;
  links: HTMLAnchorElement[];
  buttons: HTMLButtonElement[];
}

/** The host page's own content: a heading, then a link and a button before, between and after the widgets. */
async function buildPage(page: HostPage): Promise<{ controls: HostControls; widgets: HTMLElement[] }> {
  const { doc } = page;
  const controls: HostControls = { heading: doc.createElement('h1'), links: [], buttons: [] };
  controls.heading.textContent = 'Ministry of the Interior';
  page.host.append(controls.heading);
  const addHostControls = (index: number) => {
    const paragraph = doc.createElement('p');
    const link = doc.createElement('a');
    link.href = `#host-link-${index}`;
    link.textContent = `Host link ${index}`;
    const button = doc.createElement('button');
    button.type = 'button';
    button.textContent = `Host button ${index}`;
    paragraph.append(link, ' ', button);
    page.host.append(paragraph);
    controls.links.push(link);
    controls.buttons.push(button);
  };
  addHostControls(0);
  const widgets: HTMLElement[] = [];
  for (const [index, journey] of JOURNEYS.entries()) {
    const widget = await mount(page, journey.tag, journey.attributes);
    await until(widget, READY[journey.tag]!, 'its first screen');
    widgets.push(widget);
    addHostControls(index + 1);
  }
  return { controls, widgets };
}

/** Points of the viewport, at every scroll position of the page, where a widget is hit outside its own box. */
async function pointsHitOutside(page: HostPage, widgets: HTMLElement[]): Promise<string[]> {
  const { win, doc } = page;
  const misses: string[] = [];
  const viewportHeight = doc.documentElement.clientHeight;
  const viewportWidth = doc.documentElement.clientWidth;
  for (let scrollY = 0; ; scrollY += viewportHeight) {
    win.scrollTo(0, scrollY);
    await new Promise((resolve) => setTimeout(resolve, 20));
    for (let y = 1; y < viewportHeight; y += STEP) {
      for (let x = 1; x < viewportWidth; x += STEP) {
        const hit = doc.elementFromPoint(x, y);
        const widget = widgets.find((candidate) => candidate === hit || candidate.contains(hit));
        if (!widget) continue;
        const box = widget.getBoundingClientRect();
        if (x < box.left || x > box.right || y < box.top || y > box.bottom) {
          misses.push(`<${widget.localName}> at (${x}, ${y + win.scrollY}) of the page; its box is ${Math.round(box.left)}–${Math.round(box.right)} × ${Math.round(box.top + win.scrollY)}–${Math.round(box.bottom + win.scrollY)}`);
        }
      }
    }
    if (win.scrollY + viewportHeight >= doc.documentElement.scrollHeight) break;
  }
  win.scrollTo(0, 0);
  return misses;
}

describe('widgets stay inside their own box (built bundle)', function () {
  this.timeout(30000); // whole journeys on the built bundle, on a machine that may be busy
  afterEach(releasePointer);

  it('no point outside a widget’s box hits it, at any scroll position', async () => {
    const page = await openHostPage(PAGES.strict);
    const { widgets } = await buildPage(page);
    const misses = await pointsHitOutside(page, widgets);
    expect(misses.slice(0, 5), `${misses.length} points outside a widget hit it`).to.deep.equal([]);
  });

  it('real clicks on the host page’s heading, links and buttons reach them and no widget reacts', async () => {
    const page = await openHostPage(PAGES.strict);
    const { controls, widgets } = await buildPage(page);
    const heard: string[] = [];
    for (const type of DIWAN_EVENTS) page.doc.addEventListener(type, () => heard.push(type), true);
    const clicked: string[] = [];
    for (const control of [controls.heading, ...controls.links, ...controls.buttons]) {
      control.addEventListener('click', (event) => {
        if (control.localName === 'a') event.preventDefault(); // stay on the page
        clicked.push(control.textContent ?? '');
      });
    }
    const missed: string[] = [];
    for (const control of [controls.heading, ...controls.links, ...controls.buttons]) {
      const before = clicked.length;
      const under = await clickAt(control, control.textContent ?? control.localName);
      if (clicked.length === before) missed.push(`${control.textContent} (the pointer was over ${under})`);
    }
    expect(missed, 'host controls a real click did not reach').to.deep.equal([]);
    expect(heard, 'Diwan events fired by clicks on the host page').to.deep.equal([]);
    // and no widget moved on from its first screen
    for (const widget of widgets) {
      expect(widget.shadowRoot!.querySelector(READY[widget.localName]!), `<${widget.localName}> still on its first screen`).to.exist;
    }
  });
});
