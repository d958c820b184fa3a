// Generated history for the insights bench, written by the database itself (generate_series, one INSERT
// per table — never a row at a time): `requests` requests and `feedback` feedback items over the two
// years before `now`, across the seeded catalogue's services, seven channels and twelve offices.
// Deterministic (setseed) so runs compare. Shapes, roughly as a ministry's year looks:
//   requests  — popular services far more often (a power law over the catalogue); 55 % online, the rest
//               phone, counter, e-mail, post, kiosk, SMS; non-web requests handled by an office (and 60 %
//               of web ones); closed after 0.3–1.5 × the service's promised time (most), the rest open;
//               of the closed, 75 % completed or approved.
//   feedback  — mostly from the feedback widget (web, no office), some phone and counter surveys with an
//               office; 80 % rated (skewed to 4–5), 70 % "useful", 12 % with a short comment.

export const OFFICE_COUNT = 12;

const PROMISED_DAYS = `greatest(1, round((s.processing_time ->> 'max')::numeric * case s.processing_time ->> 'unit'
  when 'hour' then 1 / 24.0 when 'day' then 1 when 'week' then 7 else 30 end))::int`;

/** Fills `requests` and `feedback` (emptied first). `db` is the server's Database (PGlite or PostgreSQL). */
export async function generateHistory(db, { requests, feedback, now }) {
  const at = now.toISOString();
  await db.transaction(async (tx) => {
    await tx.query('select setseed(0.42)');
    await tx.query('delete from feedback');
    await tx.query('delete from requests');
    await tx.query(
      `with svc as (
         select array_agg(s.id order by s.position, s.id) as ids, array_agg(coalesce(${PROMISED_DAYS}, 14) order by s.position, s.id) as days,
           count(*)::int as n
         from services s
       ), base as (
         select g, random() as a, random() as b, random() as c, random() as d, random() as e, random() as f from generate_series(1, $1::int) g
       ), shaped as (
         select g, svc.ids[1 + floor(power(a, 2.2) * svc.n)::int] as service_id, svc.days[1 + floor(power(a, 2.2) * svc.n)::int] as promised,
           $2::timestamptz - (b * 730 || ' days')::interval as submitted_at,
           case when c < 0.55 then 'web' when c < 0.70 then 'phone' when c < 0.82 then 'counter' when c < 0.88 then 'email'
             when c < 0.92 then 'post' when c < 0.96 then 'kiosk' else 'sms' end as channel,
           d, e, f
         from base, svc
       ), timed as (
         select *, submitted_at + (promised * (0.3 + 1.2 * e) || ' days')::interval as done_at,
           case when channel <> 'web' or f < 0.6 then 'office-' || lpad((1 + floor(f * 1000)::int % ${OFFICE_COUNT})::text, 2, '0') end as office_id
         from shaped
       )
       insert into requests (reference, reference_key, service_id, status, submitted_at, updated_at, expected_at, closed_at, channel, office_id, office)
       select 'BR-' || lpad(g::text, 7, '0'), 'br' || lpad(g::text, 7, '0'), service_id,
         case when done_at <= $2::timestamptz and d < 0.97 then
           case when d < 0.55 then 'completed' when d < 0.73 then 'approved' when d < 0.85 then 'rejected' when d < 0.93 then 'closed' else 'cancelled' end
         else case when d < 0.5 then 'in_progress' when d < 0.7 then 'received' when d < 0.9 then 'awaiting_citizen' else 'on_hold' end end,
         submitted_at, least(done_at, $2::timestamptz), submitted_at + (promised || ' days')::interval,
         case when done_at <= $2::timestamptz and d < 0.97 then done_at end,
         channel, office_id,
         case when office_id is not null then jsonb_build_object('name', jsonb_build_object('en', 'Office ' || office_id, 'ar', 'مكتب ' || office_id)) end
       from timed`,
      [requests, at],
    );
    await tx.query(
      `with svc as (
         select array_agg(id order by position, id) as ids, count(*)::int as n from services
       ), base as (
         select g, random() as a, random() as b, random() as c, random() as d, random() as e, random() as f from generate_series(1, $1::int) g
       )
       insert into feedback (id, idempotency_key, body_hash, received_at, kind, useful, rating, comment, service_id, page, locale, channel, office_id)
       select 'FB-B' || lpad(g::text, 8, '0'), 'bench-' || g, 'bench', $2::timestamptz - (b * 730 || ' days')::interval,
         case when f < 0.03 then 'problem' else 'feedback' end, e < 0.7,
         case when d < 0.2 then null when d < 0.28 then 1 when d < 0.36 then 2 when d < 0.48 then 3 when d < 0.72 then 4 else 5 end,
         case when f < 0.12 then (array['Quick and clear.', 'Too many documents.', 'The form timed out.', 'شكراً، كان سهلاً', 'Merci, très clair.'])[1 + floor(f * 1000)::int % 5] end,
         svc.ids[1 + floor(power(a, 2.2) * svc.n)::int], '/services', (array['en', 'ar', 'ckb', 'fr'])[1 + floor(e * 1000)::int % 4],
         case when c < 0.85 then 'web' when c < 0.92 then 'phone' when c < 0.97 then 'counter' else 'kiosk' end,
         case when c >= 0.85 then 'office-' || lpad((1 + floor(c * 10000)::int % ${OFFICE_COUNT})::text, 2, '0') end
       from base, svc`,
      [feedback, at],
    );
  });
  // fresh statistics and visibility maps, as autovacuum would leave them (index-only scans need the latter)
  for (const table of ['requests', 'feedback', 'requests_rollup', 'requests_rollup_days', 'feedback_rollup']) await db.query(`vacuum analyze ${table}`);
}
