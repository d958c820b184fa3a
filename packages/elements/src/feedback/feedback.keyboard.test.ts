// <diwan-feedback> with the keyboard alone, and at 320px.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { $, feedbackWidget, focused, part, recordingBackend, text, untilPart } from './test-support.js';

describe('<diwan-feedback> keyboard and reflow', () => {
  it('completes the journey with the keyboard alone: No sends at once, then rating with arrows, comment, send', async () => {
    const { backend, sent } = recordingBackend();
    const el = await feedbackWidget(backend);
    await untilPart(el, 'answers');
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();

    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(part(el, 'yes-button'));
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(part(el, 'no-button'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el) === part(el, 'title'), 'focus on the thanks heading');
    expect(text(part(el, 'title'))).to.equal('Thank you for your feedback');
    expect(sent.map((item) => item.useful)).to.deep.equal([false]);

    await sendKeys({ press: 'Tab' }); // into the optional details: the first radio
    expect(focused(el)).to.equal($(el, 'input[value="1"]'));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect($<HTMLInputElement>(el, 'input[value="3"]')!.checked).to.be.true;
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(part(el, 'comment'));
    await sendKeys({ type: 'The map is hard to read' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(part(el, 'send-button'));
    await sendKeys({ press: 'Enter' });

    await waitUntil(() => text(part(el, 'title')) === 'Thank you for telling us more', 'the final thanks');
    await waitUntil(() => focused(el) === part(el, 'title'), 'focus on the final thanks heading');
    expect(sent).to.have.length(2);
    expect(sent[1]).to.include({ useful: false, rating: 3, comment: 'The map is hard to read', followUpOf: sent[0]!.idempotencyKey });
    before.remove();
  });

  it('reaches "Report a problem" with the keyboard and returns focus to the error summary on a mistake', async () => {
    const el = await feedbackWidget(recordingBackend().backend);
    await untilPart(el, 'answers');
    part(el, 'no-button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(part(el, 'problem-button'));
    await sendKeys({ press: 'Space' });
    await waitUntil(() => focused(el) === part(el, 'title'));
    expect(text(part(el, 'title'))).to.equal('Report a problem with this page');
    part(el, 'send-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el) === part(el, 'error-summary'), 'focus on the error summary');
  });

  it('reflows at 320px without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await feedbackWidget(recordingBackend().backend);
      (await untilPart(el, 'yes-button')).click();
      await untilPart(el, 'comment');
      const right = el.getBoundingClientRect().right + 1;
      const overflowing = [...el.shadowRoot!.querySelectorAll('*')].filter((node) => node.getBoundingClientRect().right > right);
      expect(overflowing.map((node) => node.localName + (node.className ? `.${node.className}` : ''))).to.deep.equal([]);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
