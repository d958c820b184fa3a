// <diwan-feedback> offline and across page loads: saved honestly, sent later once, asked once per page.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { DiwanErrorEvent } from '../shared/events.js';
import type { DiwanFeedbackSubmitEvent } from './events.js';
import { feedbackWidget, focused, isolatedOutbox, offline, part, recordingBackend, refused, text, typeComment, untilPart } from './test-support.js';

async function sendYes(el: HTMLElementTagNameMap['diwan-feedback'], comment = ''): Promise<void> {
  (await untilPart(el, 'yes-button')).click();
  await untilPart(el, 'send-button');
  if (comment) await typeComment(el, comment);
  part(el, 'send-button')!.click();
}

describe('<diwan-feedback> offline and outbox', () => {
  it('says honestly that feedback is saved when offline, and that it was sent once the connection is back', async () => {
    const { backend, sent, answers } = recordingBackend();
    answers.push(offline());
    const el = await feedbackWidget(backend);
    const submitted = oneEvent(el, 'diwan-feedback-submit') as Promise<DiwanFeedbackSubmitEvent>;
    await sendYes(el, 'Typed on a train, mail me at ali@example.com');
    expect((await submitted).queued).to.be.true;
    await untilPart(el, 'thanks');
    expect(text(part(el, 'thanks'))).to.contain('Your feedback is saved on this device and will be sent when you are back online.');
    expect(text(part(el, 'thanks'))).to.contain('We removed 1 e-mail address from your comment before sending it.');
    const queued = await el.outbox!.pending();
    expect(queued.map((item) => item.feedback.comment)).to.deep.equal(['Typed on a train, mail me at [email]']);
    await expect(el).to.be.accessible();

    window.dispatchEvent(new Event('online'));
    await waitUntil(() => text(part(el, 'thanks')).includes('It has now been sent.'), 'the thanks says it was sent');
    expect(part(el, 'thanks')!.querySelector('[role="status"]')!.textContent).to.contain('It has now been sent.');
    expect(sent.map((feedback) => feedback.idempotencyKey)).to.have.length(2);
    expect(sent[0]!.idempotencyKey).to.equal(sent[1]!.idempotencyKey);
    expect(await el.outbox!.pending()).to.deep.equal([]);
  });

  it('sends what an earlier page load saved as soon as a feedback widget connects', async () => {
    const outbox = isolatedOutbox();
    const first = recordingBackend();
    first.answers.push(offline());
    const el = await feedbackWidget(first.backend, { page: '/one' }, { outbox });
    await sendYes(el);
    await untilPart(el, 'thanks');
    el.remove(); // the page goes away with the feedback still queued
    expect(await outbox.pending()).to.have.length(1);

    const second = recordingBackend();
    await feedbackWidget(second.backend, { page: '/two' }, { outbox });
    await waitUntil(() => second.sent.length === 1, 'the queued feedback is sent on the next load');
    expect(second.sent[0]!.page).to.equal('/one');
    await waitUntil(async () => (await outbox.pending()).length === 0, 'the queue is empty');
  });

  it('keeps the text and offers to send again when the server refuses it, with diwan-error', async () => {
    const { backend, sent, answers } = recordingBackend();
    answers.push(refused());
    const el = await feedbackWidget(backend);
    const error = oneEvent(el, 'diwan-error') as Promise<DiwanErrorEvent>;
    await sendYes(el, 'Please fix the form');
    expect((await error).code).to.equal('http');
    const summary = await untilPart(el, 'error-summary');
    expect(text(summary)).to.contain('The service could not accept your feedback.');
    await waitUntil(() => focused(el) === summary, 'focus moves to the error summary');
    expect(part<HTMLTextAreaElement>(el, 'comment')!.value).to.equal('Please fix the form');
    expect(await el.outbox!.pending()).to.deep.equal([]);

    part(el, 'send-button')!.click();
    await untilPart(el, 'thanks');
    expect(sent).to.have.length(2);
  });

  it('fires diwan-error when the server later refuses a queued item (it is dropped, not retried forever)', async () => {
    const { backend, sent, answers } = recordingBackend();
    answers.push(offline(), refused());
    const el = await feedbackWidget(backend);
    await sendYes(el);
    await untilPart(el, 'thanks');
    const error = oneEvent(el, 'diwan-error') as Promise<DiwanErrorEvent>;
    window.dispatchEvent(new Event('online'));
    const event = await error;
    expect([event.code, event.retryable]).to.deep.equal(['http', false]);
    expect(await el.outbox!.pending()).to.deep.equal([]);
    await el.outbox!.flush({ ignoreBackoff: true });
    expect(sent).to.have.length(2);
  });

  it('asks once per page per session; another page asks; reset() asks again', async () => {
    const { backend } = recordingBackend();
    const el = await feedbackWidget(backend, { page: '/passports' });
    await sendYes(el);
    await untilPart(el, 'thanks');

    const again = await feedbackWidget(backend, { page: '/passports' });
    await untilPart(again, 'thanks');
    expect(text(part(again, 'thanks'))).to.contain('You have already given feedback on this page.');
    expect(part(again, 'answers')).to.be.null;
    await expect(again).to.be.accessible();

    const otherPage = await feedbackWidget(backend, { page: '/visas' });
    await untilPart(otherPage, 'answers');

    again.reset();
    await untilPart(again, 'answers');
    expect(text(part(again, 'title'))).to.equal('Is this page useful?');
  });
});
