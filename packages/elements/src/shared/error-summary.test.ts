// One error pattern in every widget (GOV.UK error summary): a role="alert" box headed "There is a
// problem" that takes the focus, one link per error that moves the focus to its field (by a real
// pointer click), and the same message inline by the field, in its description. In en and ar.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, sendMouse } from '@web/test-runner-commands';
import '../define/eligibility-checker.js';
import '../define/request-tracker.js';
import '../define/feedback.js';
import type { DiwanRequestTracker } from '../request-tracker/request-tracker.js';
import { lookUp, recordBackend, sampleRecord } from '../request-tracker/test-support.js';
import { answer, mountChecker, untilReady } from '../eligibility-checker/test-support.js';
import { feedbackWidget, recordingBackend, untilPart } from '../feedback/test-support.js';
import { canReadAccessibilityTree } from './test-browser.js';

interface AxNode { role: string; name?: string; description?: string; children?: AxNode[] }
const flatten = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(flatten)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const TITLE: Record<string, string> = { en: 'There is a problem', ar: 'هناك مشكلة' };

/** Clicks the middle of an element with the real mouse (hit-tested, unlike element.click()). */
async function pointerClick(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

/**
 * The pattern, checked the way a citizen meets it: focus on the summary, its role and heading in the
 * accessibility tree, a link per error naming the message, each link taking the focus to its field,
 * and the field described by an inline message with the same words.
 */
async function expectErrorPattern(host: HTMLElement, lang: string, expected: Array<{ id: string; message: string }>): Promise<void> {
  const root = host.shadowRoot!;
  await waitUntil(() => root.activeElement?.matches('[part="error-summary"]'), 'focus moves to the error summary');
  const summary = root.querySelector<HTMLElement>('[part="error-summary"]')!;
  expect(summary.getAttribute('role'), 'role').to.equal('alert');
  const heading = summary.querySelector('h2, h3, h4');
  // the widget's own strings for a language come lazily, after the backend's data
  await waitUntil(() => text(heading) === TITLE[lang], `the summary's heading is "${TITLE[lang]}" (it is "${text(heading)}")`);
  expect(summary.getAttribute('aria-labelledby')).to.equal(heading!.id);
  // English messages are given; in other languages, the words the summary shows once its strings are in
  const links = [...summary.querySelectorAll('a')];
  if (lang !== 'en') await waitUntil(() => links.every((link) => !/[a-z]/i.test(text(link))), 'the messages are in the language');
  const fields = expected.map((field, index) => ({ id: field.id, message: field.message || text(links[index]) }));

  if (canReadAccessibilityTree) {
    const snapshot = (await a11ySnapshot({})) as unknown as AxNode; // the page holds this widget alone
    const alert = flatten(snapshot).find((node) => node.role === 'alert');
    expect(alert, 'an alert in the accessibility tree').to.exist;
    const inAlert = flatten(alert!);
    expect(inAlert.some((node) => node.role === 'heading' && node.name === TITLE[lang]), 'its heading').to.be.true;
    expect(inAlert.filter((node) => node.role === 'link').map((node) => node.name)).to.deep.equal(fields.map((field) => field.message));
  }

  for (const [index, field] of fields.entries()) {
    const control = root.getElementById(field.id)!;
    expect(control.getAttribute('aria-invalid'), `${field.id} invalid`).to.equal('true');
    const described = (control.getAttribute('aria-describedby') ?? '').split(' ').map((id) => text(root.getElementById(id))).join(' ');
    expect(described, `${field.id} is described by its inline message`).to.contain(field.message);
    await pointerClick(links[index]!);
    await waitUntil(() => root.activeElement === control, `the link "${field.message}" takes the focus to #${field.id}`);
  }
  await expect(host).to.be.accessible();
}

for (const lang of ['en', 'ar']) {
  describe(`error summary, one pattern in every widget (${lang})`, function () {
    this.timeout(30000); // the first test loads the demo backend and the lazy chunks on a shared machine
    it('eligibility checker: Continue with no answer', async () => {
      const el = mountChecker((checker) => {
        checker.setAttribute('backend', 'demo');
        checker.service = 'disability-allowance';
      }, lang);
      await untilReady(el);
      await answer(el, '');
      await expectErrorPattern(el, lang, [{ id: 'answer', message: lang === 'en' ? 'Enter a number' : '' }]);
    });

    it('request tracker: Submit with both fields empty', async () => {
      const container = await fixture<HTMLDivElement>(html`<div lang=${lang}><diwan-request-tracker .backend=${recordBackend(sampleRecord())}></diwan-request-tracker></div>`);
      const el = container.querySelector<DiwanRequestTracker>('diwan-request-tracker')!;
      await lookUp(el, '', '');
      await waitUntil(() => el.shadowRoot!.querySelectorAll('[part="error-summary"] a').length === 2, 'two errors listed');
      const en = lang === 'en';
      await expectErrorPattern(el, lang, [
        { id: 'reference', message: en ? 'Enter your reference number' : '' },
        { id: 'verification', message: en ? 'Enter your surname' : '' },
      ]);
    });

    it('feedback: "Report a problem" sent empty', async () => {
      const el = await feedbackWidget(recordingBackend().backend, { variant: 'problem' }, { lang });
      const send = await untilPart(el, 'send-button');
      send.click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part="error-summary"]'), 'the error summary shows');
      await expectErrorPattern(el, lang, [{ id: 'comment', message: lang === 'en' ? 'Describe the problem so that we can fix it.' : '' }]);
    });
  });
}
