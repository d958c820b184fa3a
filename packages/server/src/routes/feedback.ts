// POST /feedback: idempotent through the unique idempotency key — INSERT … ON CONFLICT DO NOTHING, then
// the stored receipt for a replay (never check-then-insert, so concurrent duplicates store one row).
// The comment is redacted again here: the browser's redaction is a courtesy, this one is the rule.
import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { Feedback, type FeedbackReceipt } from '@diwan/client/schemas';
import { redactPersonalData } from '@diwan/client/redact';
import { ApiError } from '../http/errors.js';
import { validated } from '../http/validate.js';
import type { AppDeps, AppEnv } from './deps.js';

export const MAX_COMMENT_LENGTH = 1200;

interface ReceiptRow {
  id: string;
  received_at: Date;
  body_hash: string;
}

export function feedbackRoutes({ db }: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post('/feedback', validated('json', Feedback), async (c) => {
    const feedback = c.req.valid('json');
    const headerKey = c.req.header('Idempotency-Key');
    if (headerKey !== undefined && headerKey !== feedback.idempotencyKey) {
      throw new ApiError(400, 'invalid_request', 'The Idempotency-Key header and the body’s idempotencyKey differ.', { retryable: false });
    }
    if (feedback.comment !== undefined && feedback.comment.length > MAX_COMMENT_LENGTH) {
      throw new ApiError(400, 'invalid_request', `The comment is longer than ${MAX_COMMENT_LENGTH} characters.`, { retryable: false });
    }
    const comment = feedback.comment === undefined ? null : redactPersonalData(feedback.comment).text;
    const stored = [
      feedback.kind, feedback.useful, feedback.rating ?? null, comment, feedback.serviceId ?? null,
      feedback.page, feedback.locale, feedback.followUpOf ?? null,
    ];
    // What the key promises: the same feedback. A different body under a used key is a client bug.
    const bodyHash = createHash('sha256').update(JSON.stringify(stored)).digest('hex');
    const receivedAt = new Date();
    const inserted = await db.query<ReceiptRow>(
      `insert into feedback (id, idempotency_key, body_hash, received_at, kind, useful, rating, comment, service_id, page, locale, follow_up_of)
       values ('FB-' || to_char($3::timestamptz at time zone 'UTC', 'YYYY') || '-' || lpad(nextval('feedback_number')::text, 6, '0'),
         $1, $2, $3::timestamptz, $4, $5, $6, $7, $8, $9, $10, $11)
       on conflict (idempotency_key) do nothing
       returning id, received_at, body_hash`,
      [feedback.idempotencyKey, bodyHash, receivedAt.toISOString(), ...stored],
    );
    let row = inserted[0];
    const replay = !row;
    if (!row) {
      [row] = await db.query<ReceiptRow>('select id, received_at, body_hash from feedback where idempotency_key = $1', [feedback.idempotencyKey]);
      if (!row) throw new Error('feedback row vanished after a conflict on its key');
      if (row.body_hash !== bodyHash) {
        throw new ApiError(409, 'idempotency_conflict', 'This Idempotency-Key was already used for different feedback.', { retryable: false });
      }
    }
    const receipt: FeedbackReceipt = { id: row.id, receivedAt: new Date(row.received_at).toISOString() };
    c.header('Cache-Control', 'no-store');
    return c.json(receipt, replay ? 200 : 201);
  });

  return app;
}
