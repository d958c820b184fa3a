// States and the main journey of <diwan-feedback>. Offline/outbox, keyboard and language behaviour live
// in the sibling *.test.ts files.
import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { DiwanErrorEvent } from '../shared/events.js';
import type { DiwanBackend } from '@diwan/client';
import type { DiwanFeedbackSubmitEvent } from './events.js';
import { $, $$, announcer, feedbackWidget, focused, isolatedOutbox, part, recordingBackend, text, typeComment, untilPart } from './test-support.js';

describe('<diwan-feedback> states', () => {
  it('asks "Is this page useful?" with Yes, No and "Report a problem", with no accessibility violations', async () => {
    const el = await feedbackWidget(recordingBackend().backend);
    await untilPart(el, 'answers');
    expect(text(part(el, 'title'))).to.equal('Is this page useful?');
    expect($$(el, '[part~="answers"] button').map(text)).to.deep.equal(['Yes this page is useful', 'No this page is not useful']);
    expect(part(el, 'answers')!.getAttribute('role')).to.equal('group');
    expect(text(part(el, 'problem-button'))).to.equal('Report a problem with this page');
    await expect(el).to.be.accessible();
  });

  it('shows a skeleton that reserves the question\'s room while the demo backend loads', async () => {
    const el = await feedbackWidget('demo');
    expect($(el, '.skeleton'), 'skeleton on first paint').to.exist;
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    const loadingHeight = el.getBoundingClientRect().height;
    await untilPart(el, 'answers');
    expect(Math.abs(el.getBoundingClientRect().height - loadingHeight)).to.be.lessThan(4);
  });

  it('says plainly that it is not set up when no backend is configured, and fires diwan-error', async () => {
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    const event = oneEvent(wrapper, 'diwan-error') as Promise<DiwanErrorEvent>;
    const el = document.createElement('diwan-feedback');
    wrapper.append(el);
    expect((await event).code).to.equal('config');
    await el.updateComplete;
    expect(text(part(el, 'error'))).to.contain('not set up correctly');
    await expect(el).to.be.accessible();
    wrapper.remove();
  });

  it('shows an error with a retry that then works, fires diwan-error, and puts the focus on the question', async () => {
    // the server is down (GET /capabilities: 503 on every attempt), then it is back (404: the defaults)
    const base = `/__fixtures/${crypto.randomUUID()}`;
    const script = async (capabilities: object) => {
      const scripted = await fetch(`${base}/__script`, { method: 'POST', body: JSON.stringify([{ path: '/capabilities', ...capabilities }]) });
      expect(scripted.ok).to.be.true;
    };
    await script({ status: 503, headers: { 'Retry-After': '0' }, body: '' });
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    const errorEvent = oneEvent(wrapper, 'diwan-error') as Promise<DiwanErrorEvent>;
    const el = document.createElement('diwan-feedback');
    el.outbox = isolatedOutbox();
    el.setAttribute('api', base);
    wrapper.append(el);
    const event = await errorEvent;
    expect([event.code, event.retryable]).to.deep.equal(['http', true]);
    const error = await untilPart(el, 'error');
    expect(text(error)).to.contain('The service had a problem. Try again later.');
    await expect(el).to.be.accessible();

    await script({ status: 404, body: '' });
    error.querySelector('button')!.click();
    await untilPart(el, 'answers');
    await waitUntil(() => focused(el) === part(el, 'title'), 'focus goes to the question after a retry');
    wrapper.remove();
  });

  it('tells the citizen when the backend does not take feedback (unsupported)', async () => {
    const el = await feedbackWidget(recordingBackend({ enabled: false }).backend);
    await untilPart(el, 'error');
    expect(text(part(el, 'error'))).to.contain('does not offer this online');
    expect(part(el, 'error')!.querySelector('button'), 'no Retry that cannot help').to.equal(null);
  });
});

describe('<diwan-feedback> one click, then optional details', () => {
  it('one click on Yes sends the answer at once, thanks the citizen with focus and a live announcement', async () => {
    const { backend, sent } = recordingBackend();
    const el = await feedbackWidget(backend, { service: 'passport-renewal', page: 'https://example.gov/passports/renew?email=a@b.c#top' });
    await untilPart(el, 'yes-button');
    // the live region is on screen before anything happens, so what it says later is heard
    const live = announcer(el);
    expect(text(live)).to.equal('');

    const submitted = oneEvent(el, 'diwan-feedback-submit') as Promise<DiwanFeedbackSubmitEvent>;
    part(el, 'yes-button')!.click();
    const event = await submitted;
    expect([event.kind, event.useful, event.rating, event.queued, event.followUp]).to.deep.equal(['feedback', true, undefined, false, false]);
    expect(sent).to.have.length(1);
    const { idempotencyKey, ...payload } = sent[0]!;
    expect(payload).to.deep.equal({ kind: 'feedback', useful: true, serviceId: 'passport-renewal', page: '/passports/renew', locale: 'en' });
    expect(idempotencyKey).to.have.length.greaterThan(8);

    await untilPart(el, 'thanks');
    await waitUntil(() => focused(el) === part(el, 'title'), 'focus moves to the thanks heading');
    expect(text(part(el, 'title'))).to.equal('Thank you for your feedback');
    expect(text(part(el, 'thanks'))).to.equal('Thank you for your feedback We have received it.');
    expect(live.isConnected, 'the same live region').to.be.true;
    expect(text(live)).to.equal('We have received it.');
    expect(part(el, 'answers'), 'Yes / No is not asked again').to.be.null;
    await expect(el).to.be.accessible();
  });

  it('then offers the details — rating in words, comment, privacy notice — as optional', async () => {
    const el = await feedbackWidget(recordingBackend().backend);
    (await untilPart(el, 'yes-button')).click();
    await untilPart(el, 'details');
    expect(text(part(el, 'details-title'))).to.equal('Tell us more (optional)');
    expect(text($(el, '[part~="details"] .hint'))).to.equal('Answer only what you want to.');
    expect(text($(el, 'legend'))).to.equal('How satisfied are you with this service?');
    expect($$(el, '[part~="rating-option"]').map(text)).to.deep.equal([
      'Very dissatisfied', 'Dissatisfied', 'Neither satisfied nor dissatisfied', 'Satisfied', 'Very satisfied',
    ]);
    expect(text($(el, 'label[for="comment"]'))).to.equal('Your comment (optional)');
    expect(text(part(el, 'privacy-notice'))).to.contain('Do not include personal information');
    expect(text(part(el, 'privacy-notice'))).to.contain('E-mail addresses, phone numbers, and card, bank account and ID numbers are removed');
    expect(text(part(el, 'send-button'))).to.equal('Send');
    await expect(el).to.be.accessible();
  });

  it('sends the details as a second item that names the answer, with personal data removed', async () => {
    const { backend, sent } = recordingBackend();
    const el = await feedbackWidget(backend, { service: 'passport-renewal', page: '/passports/renew' });
    (await untilPart(el, 'yes-button')).click();
    await untilPart(el, 'details');
    $<HTMLInputElement>(el, 'input[value="4"]')!.click();
    await typeComment(el, 'Clear page. Call me on 0750 123 4567 about DW-2026-0001.');
    expect(text(part(el, 'will-remove'))).to.equal('When you send this, we will remove 1 phone number.');
    expect(text(part(el, 'count'))).to.equal('You have 1,144 characters remaining');

    const submitted = oneEvent(el, 'diwan-feedback-submit') as Promise<DiwanFeedbackSubmitEvent>;
    part(el, 'send-button')!.click();
    const event = await submitted;
    expect([event.kind, event.useful, event.rating, event.queued, event.followUp]).to.deep.equal(['feedback', true, 4, false, true]);
    expect(event).to.not.have.property('comment');
    expect(sent).to.have.length(2);
    const { idempotencyKey, ...payload } = sent[1]!;
    expect(payload).to.deep.equal({
      kind: 'feedback', useful: true, rating: 4, comment: 'Clear page. Call me on [phone] about DW-2026-0001.',
      serviceId: 'passport-renewal', page: '/passports/renew', locale: 'en', followUpOf: sent[0]!.idempotencyKey,
    });
    expect(idempotencyKey, 'a key of its own').to.not.equal(sent[0]!.idempotencyKey);

    await waitUntil(() => part(el, 'details') === null, 'the details form is gone');
    await waitUntil(() => focused(el) === part(el, 'title'), 'focus moves to the final thanks heading');
    expect(text(part(el, 'thanks'))).to.equal(
      'Thank you for telling us more We have received it. We removed 1 phone number from your comment before sending it.',
    );
    expect(text(announcer(el))).to.equal('We have received it. We removed 1 phone number from your comment before sending it.');
    await expect(el).to.be.accessible();
  });

  it('No sends useful: false at once; Send on empty details says what to add and sends nothing more', async () => {
    const { backend, sent } = recordingBackend();
    const el = await feedbackWidget(backend);
    (await untilPart(el, 'no-button')).click();
    await untilPart(el, 'details');
    expect(sent).to.have.length(1);
    expect(sent[0]).to.include({ kind: 'feedback', useful: false, page: location.pathname });
    expect(sent[0]).to.not.have.any.keys('rating', 'comment', 'serviceId', 'followUpOf');

    part(el, 'send-button')!.click();
    const summary = await untilPart(el, 'error-summary');
    expect(text(summary)).to.contain('Choose how satisfied you are or write a comment, then send.');
    await waitUntil(() => focused(el) === summary, 'focus moves to the error summary');
    expect(sent).to.have.length(1);
    await expect(el).to.be.accessible();

    $<HTMLInputElement>(el, 'input[value="2"]')!.click();
    await el.updateComplete;
    expect(part(el, 'error-summary'), 'choosing a rating clears the message').to.be.null;
    part(el, 'send-button')!.click();
    await waitUntil(() => sent.length === 2, 'the rating is sent');
    expect(sent[1]).to.include({ useful: false, rating: 2, followUpOf: sent[0]!.idempotencyKey });
    expect(sent[1]).to.not.have.property('comment');
  });

  it('sends one answer, and says so once, when Yes is double-clicked', async () => {
    const { backend, sent } = recordingBackend();
    const el = await feedbackWidget(backend);
    const submits: DiwanFeedbackSubmitEvent[] = [];
    el.addEventListener('diwan-feedback-submit', (event) => submits.push(event));
    const yes = await untilPart(el, 'yes-button');
    yes.click();
    yes.click();
    await untilPart(el, 'thanks');
    await aTimeout(100); // let a second send, if one had started, finish
    expect(sent).to.have.length(1);
    expect(submits).to.have.length(1);
    expect(text(part(el, 'thanks'))).to.equal('Thank you for your feedback We have received it.');
  });

  it('takes the answer again, under the same key, after being moved in the page while it was on its way', async () => {
    const { backend } = recordingBackend({ outboxId: null });
    let release = () => {};
    const held = new Promise<void>((resolve) => { release = resolve; });
    const keys: string[] = [];
    const slow: DiwanBackend = {
      ...backend,
      async sendFeedback(feedback) {
        keys.push(feedback.idempotencyKey);
        if (keys.length === 1) await held; // the first answer is still on its way when the widget moves
        return backend.sendFeedback(feedback);
      },
    };
    const el = await feedbackWidget(slow);
    (await untilPart(el, 'yes-button')).click();
    await waitUntil(() => keys.length === 1, 'the answer is on its way');
    const parent = el.parentElement!;
    el.remove();
    parent.append(el); // moved: it loads again and asks again
    await el.updateComplete;
    (await untilPart(el, 'yes-button')).click();
    await untilPart(el, 'thanks');
    expect(keys).to.have.length(2);
    expect(keys[1], 'the server can tell the replay').to.equal(keys[0]);
    release();
  });

  it('reports a problem: the comment is required, and it is sent as kind "problem"', async () => {
    const { backend, sent } = recordingBackend();
    const el = await feedbackWidget(backend);
    (await untilPart(el, 'problem-button')).click();
    await untilPart(el, 'comment');
    expect(sent, 'opening the form sends nothing').to.have.length(0);
    expect(text(part(el, 'title'))).to.equal('Report a problem with this page');
    expect(part(el, 'rating')).to.be.null;
    part(el, 'send-button')!.click();
    const summary = await untilPart(el, 'error-summary');
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(text(summary)).to.contain('Describe the problem so that we can fix it.');
    await waitUntil(() => focused(el) === summary, 'focus moves to the error summary');
    expect(part(el, 'comment')!.getAttribute('aria-invalid')).to.equal('true');
    expect(sent).to.have.length(0);
    await expect(el).to.be.accessible();

    await typeComment(el, 'The fee table shows 15,000 IQD but the office charged 25,000 IQD.');
    const submitted = oneEvent(el, 'diwan-feedback-submit') as Promise<DiwanFeedbackSubmitEvent>;
    part(el, 'send-button')!.click();
    expect((await submitted).followUp).to.be.false;
    await untilPart(el, 'thanks');
    expect(sent).to.have.length(1);
    expect(sent[0]).to.include({ kind: 'problem', useful: false, comment: 'The fee table shows 15,000 IQD but the office charged 25,000 IQD.' });
    expect(sent[0]).to.not.have.property('followUpOf');
    expect(text(part(el, 'title'))).to.equal('Thank you for your feedback');
    expect(part(el, 'details'), 'no details are offered after a problem report').to.be.null;
  });

  it('variant="problem" goes straight to the problem form', async () => {
    const el = await feedbackWidget(recordingBackend().backend, { variant: 'problem' });
    await untilPart(el, 'comment');
    expect(text(part(el, 'title'))).to.equal('Report a problem with this page');
    expect(text($(el, 'label[for="comment"]'))).to.equal('What went wrong?');
    expect(part(el, 'answers')).to.be.null;
  });

  it('counts characters against the backend\'s limit, and refuses an over-long comment without losing it', async () => {
    const { backend, sent } = recordingBackend({ maxCommentLength: 20 });
    const el = await feedbackWidget(backend);
    (await untilPart(el, 'yes-button')).click();
    await untilPart(el, 'comment');
    expect(text(part(el, 'count'))).to.equal('You have 20 characters remaining');
    await typeComment(el, 'x'.repeat(19));
    expect(text(part(el, 'count'))).to.equal('You have 1 character remaining');
    const tooLong = 'This comment is far too long.';
    await typeComment(el, tooLong);
    expect(text(part(el, 'count'))).to.equal('You have 9 characters too many');
    part(el, 'send-button')!.click();
    const summary = await untilPart(el, 'error-summary');
    expect(text(summary)).to.contain('Shorten it to 20 characters or fewer.');
    expect(part<HTMLTextAreaElement>(el, 'comment')!.value).to.equal(tooLong);
    expect(sent, 'only the answer').to.have.length(1);
    // the link in the summary takes the citizen to the field
    $<HTMLAnchorElement>(el, '[part~="error-summary"] a')!.click();
    expect(focused(el)).to.equal(part(el, 'comment'));
  });

  it('omits an invalid service id with a console warning, and sends the page path only', async () => {
    const { backend, sent } = recordingBackend();
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await feedbackWidget(backend, { service: 'Not A Slug!', page: 'forms/apply?token=secret' });
      (await untilPart(el, 'yes-button')).click();
      await untilPart(el, 'thanks');
    } finally {
      console.warn = original;
    }
    expect(warnings.join('\n')).to.contain('service="Not A Slug!" is not a service id');
    expect(sent[0]!.page).to.equal('/forms/apply');
    expect(sent[0]).to.not.have.property('serviceId');
  });
});
