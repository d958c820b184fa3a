// States and the main journey of <diwan-feedback>. Offline/outbox, keyboard and language behaviour live
// in the sibling *.test.ts files.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { DiwanErrorEvent } from '../shared/events.js';
import type { DiwanFeedbackSubmitEvent } from './events.js';
import { $, $$, feedbackWidget, focused, part, recordingBackend, text, typeComment, untilPart } from './test-support.js';

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

  it('tells the citizen when the backend does not take feedback (unsupported)', async () => {
    const el = await feedbackWidget(recordingBackend({ enabled: false }).backend);
    await untilPart(el, 'error');
    expect(text(part(el, 'error'))).to.contain('does not offer this online');
  });
});

describe('<diwan-feedback> journey', () => {
  it('Yes → rating and comment → sent with personal data removed, and the citizen is told what was removed', async () => {
    const { backend, sent } = recordingBackend();
    const el = await feedbackWidget(backend, { service: 'passport-renewal', page: 'https://example.gov/passports/renew?email=a@b.c#top' });
    (await untilPart(el, 'yes-button')).click();
    await untilPart(el, 'rating');
    await waitUntil(() => focused(el) === part(el, 'title'), 'focus moves to the new step\'s heading');
    expect(text(part(el, 'title'))).to.equal('Thank you. Would you like to tell us more?');
    expect(text(part(el, 'privacy-notice'))).to.contain('Do not include personal information');
    expect(text(part(el, 'privacy-notice'))).to.contain('E-mail addresses, phone numbers, and card, bank account and ID numbers are removed');
    expect($$(el, '[part~="rating-option"]').map(text)).to.deep.equal([
      'Very dissatisfied', 'Dissatisfied', 'Neither satisfied nor dissatisfied', 'Satisfied', 'Very satisfied',
    ]);
    await expect(el).to.be.accessible();

    $<HTMLInputElement>(el, 'input[value="4"]')!.click();
    await typeComment(el, 'Clear page. Call me on 0750 123 4567 about DW-2026-0001.');
    expect(text(part(el, 'will-remove'))).to.equal('When you send this, we will remove 1 phone number.');
    expect(text(part(el, 'count'))).to.equal('You have 1,144 characters remaining');

    const submitted = oneEvent(el, 'diwan-feedback-submit') as Promise<DiwanFeedbackSubmitEvent>;
    part(el, 'send-button')!.click();
    const event = await submitted;
    expect([event.kind, event.useful, event.rating, event.queued]).to.deep.equal(['feedback', true, 4, false]);
    expect(sent).to.have.length(1);
    const { idempotencyKey, ...payload } = sent[0]!;
    expect(payload).to.deep.equal({
      kind: 'feedback', useful: true, rating: 4, comment: 'Clear page. Call me on [phone] about DW-2026-0001.',
      serviceId: 'passport-renewal', page: '/passports/renew', locale: 'en',
    });
    expect(idempotencyKey).to.have.length.greaterThan(8);

    await untilPart(el, 'thanks');
    expect(text(part(el, 'thanks'))).to.equal('Thank you for your feedback We have received it. We removed 1 phone number from your comment before sending it.');
    await waitUntil(() => focused(el) === part(el, 'title'), 'focus moves to the thanks heading');
    expect($(el, '[part~="thanks"] [role="status"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('No → sends useful: false with nothing else when the citizen adds nothing', async () => {
    const { backend, sent } = recordingBackend();
    const el = await feedbackWidget(backend);
    (await untilPart(el, 'no-button')).click();
    await untilPart(el, 'send-button');
    expect(text(part(el, 'title'))).to.equal('Sorry to hear that. What could we do better?');
    part(el, 'send-button')!.click();
    await untilPart(el, 'thanks');
    expect(sent[0]).to.include({ kind: 'feedback', useful: false, page: location.pathname });
    expect(sent[0]).to.not.have.any.keys('rating', 'comment', 'serviceId');
  });

  it('reports a problem: the comment is required, and it is sent as kind "problem"', async () => {
    const { backend, sent } = recordingBackend();
    const el = await feedbackWidget(backend);
    (await untilPart(el, 'problem-button')).click();
    await untilPart(el, 'comment');
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
    part(el, 'send-button')!.click();
    await untilPart(el, 'thanks');
    expect(sent[0]).to.include({ kind: 'problem', useful: false, comment: 'The fee table shows 15,000 IQD but the office charged 25,000 IQD.' });
  });

  it('variant="problem" goes straight to the problem form', async () => {
    const el = await feedbackWidget(recordingBackend().backend, { variant: 'problem' });
    await untilPart(el, 'comment');
    expect(text(part(el, 'title'))).to.equal('Report a problem with this page');
    expect(text($(el, 'label[for="comment"]'))).to.equal('What went wrong?');
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
    expect(sent).to.have.length(0);
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
      (await untilPart(el, 'send-button')).click();
      await untilPart(el, 'thanks');
    } finally {
      console.warn = original;
    }
    expect(warnings.join('\n')).to.contain('service="Not A Slug!" is not a service id');
    expect(sent[0]!.page).to.equal('/forms/apply');
    expect(sent[0]).to.not.have.property('serviceId');
  });
});
