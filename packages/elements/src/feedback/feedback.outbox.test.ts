// <diwan-feedback> offline and across page loads: saved honestly, sent later once, asked once per page.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { DiwanErrorEvent } from '../shared/events.js';
import type { DiwanFeedbackSubmitEvent } from './events.js';
import {
  announcer, feedbackWidget, focused, isolatedOutbox, offline, part, recordingBackend, refused, text, typeComment, untilPart,
} from './test-support.js';

/** One click on Yes; with details, then sends them (a second item) too. */
async function answerYes(el: HTMLElementTagNameMap['diwan-feedback'], details?: string): Promise<void> {
  (await untilPart(el, 'yes-button')).click();
  await untilPart(el, 'details');
  if (details === undefined) return;
  await typeComment(el, details);
  part(el, 'send-button')!.click();
}

describe('<diwan-feedback> offline and outbox', () => {
  it('says honestly that the answer and the details are saved when offline, and that they were sent once back online', async () => {
    const { backend, sent, answers } = recordingBackend();
    answers.push(offline(), offline());
    const el = await feedbackWidget(backend);
    const answered = oneEvent(el, 'diwan-feedback-submit') as Promise<DiwanFeedbackSubmitEvent>;
    await answerYes(el);
    expect((await answered).queued).to.be.true;
    const queuedWording = 'You seem to be offline. Your feedback is saved on this device and will be sent when you are back online.';
    expect(text(part(el, 'thanks'))).to.equal(`Thank you for your feedback ${queuedWording}`);
    expect(text(announcer(el))).to.equal(queuedWording);
    await waitUntil(() => focused(el) === part(el, 'title'), 'focus moves to the thanks heading');
    await expect(el).to.be.accessible();

    const followedUp = oneEvent(el, 'diwan-feedback-submit') as Promise<DiwanFeedbackSubmitEvent>;
    part(el, 'send-button')!.click(); // nothing to send yet: the citizen is told, nothing is queued
    await untilPart(el, 'error-summary');
    await typeComment(el, 'Typed on a train, mail me at ali@example.com');
    part(el, 'send-button')!.click();
    const event = await followedUp;
    expect([event.queued, event.followUp]).to.deep.equal([true, true]);
    await waitUntil(() => part(el, 'details') === null, 'the final thanks');
    expect(text(part(el, 'thanks'))).to.contain(queuedWording);
    expect(text(part(el, 'thanks'))).to.contain('We removed 1 e-mail address from your comment before sending it.');
    const queued = await el.outbox!.pending();
    const answerKey = sent[0]!.idempotencyKey;
    expect(queued.map((item) => [item.feedback.comment, item.feedback.followUpOf])).to.have.deep.members([
      [undefined, undefined], ['Typed on a train, mail me at [email]', answerKey],
    ]);
    await expect(el).to.be.accessible();

    window.dispatchEvent(new Event('online'));
    await waitUntil(() => text(part(el, 'thanks')).includes('It has now been sent.'), 'the thanks says it was sent');
    expect(text(announcer(el))).to.contain('It has now been sent.');
    await waitUntil(async () => (await el.outbox!.pending()).length === 0, 'the queue is empty');
    expect(sent).to.have.length(4);
    expect(new Set(sent.map((feedback) => feedback.idempotencyKey)).size, 'each item kept its key across attempts').to.equal(2);
  });

  it('sends what an earlier page load saved as soon as a feedback widget connects', async () => {
    const outbox = isolatedOutbox();
    const first = recordingBackend();
    first.answers.push(offline());
    const el = await feedbackWidget(first.backend, { page: '/one' }, { outbox });
    await answerYes(el);
    el.remove(); // the page goes away with the answer still queued
    expect(await outbox.pending()).to.have.length(1);

    const second = recordingBackend();
    await feedbackWidget(second.backend, { page: '/two' }, { outbox });
    await waitUntil(() => second.sent.length === 1, 'the queued feedback is sent on the next load');
    expect(second.sent[0]).to.include({ page: '/one', useful: true });
    await waitUntil(async () => (await outbox.pending()).length === 0, 'the queue is empty');
  });

  // issue 12 §4: before, every object backend shared the outbox target `custom`
  it('never sends feedback queued for one object backend to another: each names its outbox (outboxId)', async () => {
    const outbox = isolatedOutbox();
    const ministryA = recordingBackend({ outboxId: 'ministry-a' });
    ministryA.answers.push(offline());
    const first = await feedbackWidget(ministryA.backend, { page: '/one' }, { outbox });
    await answerYes(first);
    await waitUntil(async () => (await outbox.pending()).length === 1, 'the answer is queued for ministry A');
    first.remove();

    const ministryB = recordingBackend({ outboxId: 'ministry-b' });
    const unnamed = recordingBackend({ outboxId: null });
    const second = await feedbackWidget(ministryB.backend, { page: '/two' }, { outbox });
    const third = await feedbackWidget(unnamed.backend, { page: '/three' }, { outbox });
    await untilPart(second, 'yes-button');
    await untilPart(third, 'yes-button');
    await outbox.flush({ ignoreBackoff: true });
    expect(ministryB.sent, 'ministry B never receives ministry A\'s feedback').to.deep.equal([]);
    expect(unnamed.sent).to.deep.equal([]);
    expect(await outbox.pending()).to.have.length(1);

    await feedbackWidget(ministryA.backend, { page: '/four' }, { outbox });
    await waitUntil(() => ministryA.sent.length === 2, 'ministry A gets its own feedback on a later page');
    expect(ministryA.sent[1]).to.include({ page: '/one', useful: true });
  });

  it('sends directly, never queued, to an object backend without an outboxId, and says so when that fails', async () => {
    const outbox = isolatedOutbox();
    const { backend, sent, answers } = recordingBackend({ outboxId: null });
    answers.push(offline());
    const el = await feedbackWidget(backend, {}, { outbox });
    const error = oneEvent(el, 'diwan-error') as Promise<DiwanErrorEvent>;
    (await untilPart(el, 'yes-button')).click();
    expect((await error).code).to.equal('network');
    await untilPart(el, 'error-summary');
    expect(await outbox.pending(), 'nothing is saved on the device').to.deep.equal([]);
    expect(sent).to.have.length(1);

    const submitted = oneEvent(el, 'diwan-feedback-submit') as Promise<DiwanFeedbackSubmitEvent>;
    part(el, 'yes-button')!.click();
    expect((await submitted).queued).to.equal(false);
    expect(sent).to.have.length(2);
    expect(await outbox.pending()).to.deep.equal([]);
  });

  it('says so on the question when the answer is refused, and sends it when the citizen answers again', async () => {
    const { backend, sent, answers } = recordingBackend();
    answers.push(refused());
    const el = await feedbackWidget(backend);
    const error = oneEvent(el, 'diwan-error') as Promise<DiwanErrorEvent>;
    (await untilPart(el, 'yes-button')).click();
    expect((await error).code).to.equal('http');
    const summary = await untilPart(el, 'error-summary');
    expect(text(summary)).to.contain('The service could not accept your feedback.');
    await waitUntil(() => focused(el) === summary, 'focus moves to the error summary');
    expect(part(el, 'answers'), 'the question stays').to.exist;
    expect(text(announcer(el)), 'no thanks is announced').to.equal('');
    await expect(el).to.be.accessible();

    part(el, 'yes-button')!.click();
    await untilPart(el, 'thanks');
    expect(sent).to.have.length(2);
    expect(sent[1]!.idempotencyKey, 'a refused item is not replayed under its key').to.not.equal(sent[0]!.idempotencyKey);
  });

  it('keeps the details and offers to send them again when the server refuses them, with diwan-error', async () => {
    const { backend, sent, answers } = recordingBackend();
    answers.push('ok', refused());
    const el = await feedbackWidget(backend);
    const error = oneEvent(el, 'diwan-error') as Promise<DiwanErrorEvent>;
    await answerYes(el, 'Please fix the form');
    expect((await error).code).to.equal('http');
    const summary = await untilPart(el, 'error-summary');
    expect(text(summary)).to.contain('The service could not accept your feedback.');
    await waitUntil(() => focused(el) === summary, 'focus moves to the error summary');
    expect(part<HTMLTextAreaElement>(el, 'comment')!.value).to.equal('Please fix the form');
    expect(await el.outbox!.pending()).to.deep.equal([]);

    part(el, 'send-button')!.click();
    await waitUntil(() => part(el, 'details') === null, 'the final thanks');
    expect(sent).to.have.length(3);
    expect(sent[2]).to.include({ comment: 'Please fix the form', followUpOf: sent[0]!.idempotencyKey });
  });

  it('fires diwan-error when the server later refuses a queued item (it is dropped, not retried forever)', async () => {
    const { backend, sent, answers } = recordingBackend();
    answers.push(offline(), refused());
    const el = await feedbackWidget(backend);
    await answerYes(el);
    const error = oneEvent(el, 'diwan-error') as Promise<DiwanErrorEvent>;
    window.dispatchEvent(new Event('online'));
    const event = await error;
    expect([event.code, event.retryable]).to.deep.equal(['http', false]);
    expect(await el.outbox!.pending()).to.deep.equal([]);
    await el.outbox!.flush({ ignoreBackoff: true });
    expect(sent).to.have.length(2);
  });

  it('asks once per page per session, even when the details were ignored; another page asks; reset() asks again', async () => {
    const { backend, sent } = recordingBackend();
    const el = await feedbackWidget(backend, { page: '/passports' });
    await answerYes(el); // and nothing more: the citizen has given feedback
    expect(sent).to.have.length(1);

    const again = await feedbackWidget(backend, { page: '/passports' });
    await untilPart(again, 'thanks');
    expect(text(part(again, 'thanks'))).to.contain('You have already given feedback on this page.');
    expect(part(again, 'answers')).to.be.null;
    expect(part(again, 'details')).to.be.null;
    expect(text(announcer(again)), 'nothing is announced on load').to.equal('');
    await expect(again).to.be.accessible();

    const otherPage = await feedbackWidget(backend, { page: '/visas' });
    await untilPart(otherPage, 'answers');

    again.reset();
    await untilPart(again, 'answers');
    expect(text(part(again, 'title'))).to.equal('Is this page useful?');
  });
});
