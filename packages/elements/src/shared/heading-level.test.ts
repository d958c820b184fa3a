// `heading-level` on every widget (issue 18): the host page sets the level of a widget's main heading so
// the widget fits under its own outline; subheadings follow one level below; out-of-range values clamp.
// Checked in the accessibility tree a screen reader reads (a11ySnapshot), not in the markup (in Firefox,
// which has no DevTools protocol, in the headings the markup declares). And the dark
// theme draws native controls (radios) dark.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing, type TemplateResult } from 'lit';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../define/service-catalogue.js';
import '../define/eligibility-checker.js';
import '../define/request-tracker.js';
import '../define/feedback.js';
import '../define/insights.js';
import { headingLevel } from './heading.js';
import { canReadAccessibilityTree } from './test-browser.js';

interface AxNode {
  role: string;
  name: string;
  level?: number;
  children?: AxNode[];
}

/** Every heading in the page's accessibility tree, as "level name". */
async function headings(): Promise<string[]> {
  const found: string[] = [];
  const visit = (node: AxNode) => {
    if (node.role === 'heading') found.push(`${node.level} ${node.name}`);
    node.children?.forEach(visit);
  };
  if (canReadAccessibilityTree) {
    visit((await a11ySnapshot({})) as unknown as AxNode);
    return found;
  }
  // Firefox (no DevTools protocol): the headings the markup declares, through every shadow root
  const walk = (root: ParentNode) => {
    for (const element of root.querySelectorAll('*')) {
      const tagLevel = /^h([1-6])$/.exec(element.localName)?.[1];
      const isHeading = element.getAttribute('role') === 'heading' || (tagLevel !== undefined && !element.hasAttribute('role'));
      if (isHeading && !element.closest('[hidden], [aria-hidden="true"]')) {
        const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
        found.push(`${Number(element.getAttribute('aria-level') ?? tagLevel)} ${name}`);
      }
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document);
  return found;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);

async function until<T extends Element = HTMLElement>(el: Element, selector: string, what: string): Promise<T> {
  await waitUntil(() => $(el, selector), what, { timeout: 15000 });
  return $<T>(el, selector)!;
}

type Level = string | typeof nothing;
const WIDGETS: Array<{ tag: string; render: (level: Level) => TemplateResult; ready: string; title: string }> = [
  {
    tag: 'diwan-service-catalogue', ready: '.item-button', title: 'Find a service',
    render: (level) => html`<diwan-service-catalogue backend="demo" heading-level=${level}></diwan-service-catalogue>`,
  },
  {
    tag: 'diwan-eligibility-checker', ready: '.page-heading', title: 'How old are you?',
    render: (level) => html`<diwan-eligibility-checker backend="demo" service="disability-allowance" heading-level=${level}></diwan-eligibility-checker>`,
  },
  {
    tag: 'diwan-request-tracker', ready: '#reference', title: 'Check the progress of a request',
    render: (level) => html`<diwan-request-tracker backend="demo" heading-level=${level}></diwan-request-tracker>`,
  },
  {
    tag: 'diwan-feedback', ready: '[part~="yes-button"]', title: 'Is this page useful?',
    render: (level) => html`<diwan-feedback backend="demo" page="/heading-level" heading-level=${level}></diwan-feedback>`,
  },
  {
    tag: 'diwan-insights', ready: '[part~="card"]', title: 'Service insights',
    render: (level) => html`<diwan-insights backend="demo" heading-level=${level}></diwan-insights>`,
  },
];

describe('heading-level', function () {
  this.timeout(30000); // two or three widgets per test, each loading its demo data
  it('is clamped to 1–6 and defaults to 2', () => {
    expect([headingLevel('1'), headingLevel('4'), headingLevel('0'), headingLevel('-3'), headingLevel('9'), headingLevel('x'), headingLevel(null), headingLevel('3.7')])
      .to.deep.equal([1, 4, 1, 1, 6, 2, 2, 3]);
  });

  for (const widget of WIDGETS) {
    it(`<${widget.tag}>: the main heading at the level the host page sets (2 by default), subheadings below it`, async () => {
      const byDefault = await fixture<HTMLElement>(widget.render(nothing));
      await until(byDefault, widget.ready, 'the first screen');
      const defaultHeadings = await headings();
      expect(defaultHeadings.find((line) => line.endsWith(widget.title)), defaultHeadings.join(' | ')).to.equal(`2 ${widget.title}`);
      byDefault.remove();

      const nested = await fixture<HTMLElement>(widget.render('4'));
      await until(nested, widget.ready, 'the first screen');
      const nestedHeadings = await headings();
      expect(nestedHeadings.find((line) => line.endsWith(widget.title)), nestedHeadings.join(' | ')).to.equal(`4 ${widget.title}`);
      expect(nestedHeadings.every((line) => Number(line.split(' ')[0]) >= 4), `nothing above level 4: ${nestedHeadings.join(' | ')}`).to.equal(true);

      nested.setAttribute('heading-level', '12');
      await waitUntil(async () => (await headings()).includes(`6 ${widget.title}`), 'level 6 for 12', { timeout: 15000 });
    });
  }

  it('follows the level down the catalogue: items and a service’s sections one below, its channels two below', async () => {
    const el = await fixture<HTMLElement>(html`<diwan-service-catalogue backend="demo" heading-level="4"></diwan-service-catalogue>`);
    const item = await until(el, '.item-button', 'the list');
    // a heading holding only a button is folded into the button in the snapshot: read the element
    expect(item.closest('.item-name')!.localName, 'an item heading').to.equal('h5');
    item.click();
    const name = (await until(el, '[part~="detail-heading"]', 'the detail')).textContent!.trim();
    const found = await headings();
    expect(found[0], found.join(' | ')).to.equal(`4 ${name}`);
    expect(found.filter((line) => line.startsWith('5 ')).length, found.join(' | ')).to.be.greaterThan(1);
    expect(found.slice(1).every((line) => line.startsWith('5 ') || line.startsWith('6 ')), found.join(' | ')).to.equal(true);
  });

  it('follows the level down to the result of a lookup: result heading, then its sections one below', async () => {
    const el = await fixture<HTMLElement>(html`<diwan-request-tracker backend="demo" heading-level="3" reference="DW-2026-0001"></diwan-request-tracker>`);
    const verification = await until<HTMLInputElement>(el, '#verification', 'the form');
    verification.value = 'Karim';
    verification.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await new Promise((resolve) => setTimeout(resolve));
    $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
    await until(el, '[part~="result"]', 'the result');
    const found = await headings();
    expect(found[0], found.join(' | ')).to.equal('3 Renew a passport');
    expect(found.slice(1).every((line) => line.startsWith('4 ')), found.join(' | ')).to.equal(true);
  });
});

describe('dark theme', () => {
  it('draws the radios dark (color-scheme dark, the dark accent), not as light-mode discs', async () => {
    const el = await fixture<HTMLElement>(html`<diwan-feedback backend="demo" page="/dark-radios" theme="dark"></diwan-feedback>`);
    (await until(el, '[part~="yes-button"]', 'the question')).click();
    const radio = await until<HTMLInputElement>(el, 'input[type="radio"]', 'the rating');
    const style = getComputedStyle(radio);
    expect(style.colorScheme, 'color-scheme of a radio').to.equal('dark');
    expect(style.accentColor, 'accent-color of a radio').to.equal('rgb(140, 196, 255)');
    for (const theme of ['light', 'high-contrast']) {
      el.setAttribute('theme', theme);
      await new Promise((resolve) => setTimeout(resolve));
      expect(getComputedStyle(radio).colorScheme, `color-scheme in the ${theme} theme`).to.equal('light');
    }
  });
});
