// Feedback writes: idempotent by key (a replay gets the stored receipt), one receipt for concurrent
// duplicates (a unique constraint, not check-then-insert), and the declared comment limit enforced.
import { FeedbackReceipt, checkData } from '@diwan/client/schemas';
import { expectRefused, label, testFeedback, type Check } from '../check.js';
import { parseJson } from '../context.js';
import type { Exchange } from '../http.js';

const receiptOf = (answer: Exchange) => {
  const parsed = checkData(FeedbackReceipt, parseJson(answer.text));
  return answer.status >= 200 && answer.status < 300 && parsed.success ? parsed.data : undefined;
};

const CONCURRENT_DUPLICATES = 8;
/** Races are chancy: a few rounds, each with a fresh key, catch a narrow window more often. */
const RACE_ROUNDS = 3;

export const feedbackIdempotency: Check = {
  id: 'feedback-idempotency',
  title: 'The same Idempotency-Key twice gives the same receipt (same id, same receivedAt); another key another one',
  fix: 'Store each feedback under its Idempotency-Key (unique) and answer a repeat with the stored receipt, unchanged — the widgets resend after a timeout or from their offline outbox.',
  async run(context, problems) {
    const { http } = context;
    const feedback = testFeedback({ comment: 'Sent twice by diwan-conformance.' });
    const headers = { 'Idempotency-Key': feedback.idempotencyKey };
    const first = await http.post('/feedback', feedback, headers);
    const again = await http.post('/feedback', feedback, headers);
    const [a, b] = [receiptOf(first), receiptOf(again)];
    if (!problems.expect(Boolean(a) && Boolean(b), `${label(first)}, then ${label(again)}: expected two FeedbackReceipts`)) return;
    problems.expect(a!.id === b!.id && a!.receivedAt === b!.receivedAt, `the same key gave two receipts: ${JSON.stringify(a)} then ${JSON.stringify(b)}`);
    const fresh = testFeedback();
    const other = receiptOf(await http.post('/feedback', fresh, { 'Idempotency-Key': fresh.idempotencyKey }));
    problems.expect(other !== undefined && other.id !== a!.id, `another key gave ${other ? `the same receipt id ${other.id}` : 'no receipt'}`);
  },
};

export const feedbackConcurrency: Check = {
  id: 'feedback-concurrency',
  title: `${CONCURRENT_DUPLICATES} concurrent sends with one Idempotency-Key give one receipt (${RACE_ROUNDS} rounds)`,
  fix: 'Make the key unique in storage and insert first (INSERT … ON CONFLICT DO NOTHING, then read the stored row), never "look up, then insert if absent": concurrent duplicates slip between the two.',
  async run(context, problems) {
    const { http } = context;
    for (let round = 0; round < RACE_ROUNDS && problems.none; round += 1) {
      // Warm connections first, so the duplicates leave together instead of queueing behind handshakes.
      await Promise.all(Array.from({ length: CONCURRENT_DUPLICATES }, () => http.send('GET', '/capabilities', { burst: true })));
      const feedback = testFeedback({ comment: 'Sent concurrently by diwan-conformance.' });
      const answers = await Promise.all(Array.from({ length: CONCURRENT_DUPLICATES }, () =>
        http.send('POST', '/feedback', {
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': feedback.idempotencyKey },
          body: JSON.stringify(feedback),
          burst: true,
        })));
      const receipts = answers.map(receiptOf);
      const failed = answers.filter((_, index) => !receipts[index]);
      problems.expect(failed.length === 0, `some duplicates got no receipt: ${failed.map(label).join('; ')}`);
      const distinct = new Set(receipts.filter((receipt) => receipt).map((receipt) => `${receipt!.id} @ ${receipt!.receivedAt}`));
      problems.expect(distinct.size <= 1, `${distinct.size} different receipts for one key: ${[...distinct].join(', ')}`);
    }
  },
};

export const feedbackLimit: Check = {
  id: 'feedback-limit',
  title: 'A comment over the declared limit (capabilities.feedback.maxCommentLength) is refused with a 4xx',
  fix: 'Refuse comments longer than the maxCommentLength you declare with a 4xx ErrorBody (the widget counts characters against the same limit).',
  async run(context, problems) {
    const limit = await context.commentLimit();
    const answer = await context.http.post('/feedback', testFeedback({ comment: 'a'.repeat(limit + 1) }));
    expectRefused(problems, answer, `a comment of ${limit + 1} characters (limit ${limit})`);
  },
};
