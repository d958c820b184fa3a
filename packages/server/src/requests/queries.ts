// Requests in the database: the record the tracker shows, built from the request row, its timeline
// events and the citizen's open actions.
import type { RequestRecord } from '@diwan/client/schemas';
import type { Queryable } from '../db/database.js';
import { referenceKey } from './keys.js';

interface RequestRow {
  reference: string;
  service_id: string | null;
  service_name: RequestRecord['serviceName'] | null;
  status: RequestRecord['status'];
  status_note: RequestRecord['statusNote'] | null;
  submitted_at: Date;
  updated_at: Date | null;
  expected_at: Date | null;
  sla: RequestRecord['sla'] | null;
  office: RequestRecord['office'] | null;
}

interface EventRow {
  at: Date | string;
  channel: RequestRecord['timeline'][number]['channel'];
  status: RequestRecord['status'] | null;
  note: RequestRecord['statusNote'] | null;
}

interface ActionRow {
  id: string;
  label: NonNullable<RequestRecord['actionsNeeded']>[number]['label'];
  due_by: Date | string | null;
}

const iso = (date: Date | string | null): string | undefined => (date === null ? undefined : new Date(date).toISOString());

function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== null && field !== undefined)) as T;
}

/**
 * The record's columns, for `requests r left join services s on s.id = r.service_id` (timeline and open
 * actions aggregated in the database, so a record is one row of one query).
 */
export const RECORD_COLUMNS = `r.reference, r.service_id, s.name as service_name, r.status, r.status_note, r.submitted_at, r.updated_at,
       r.expected_at, r.sla, r.office,
       coalesce((select jsonb_agg(jsonb_build_object('at', e.at, 'channel', e.channel, 'status', e.status, 'note', e.note) order by e.at, e.id)
                 from request_events e where e.reference = r.reference), '[]'::jsonb) as events,
       coalesce((select jsonb_agg(jsonb_build_object('id', a.id, 'label', a.label, 'due_by', a.due_by) order by a.position, a.id)
                 from citizen_actions a where a.reference = r.reference and a.done_at is null), '[]'::jsonb) as actions`;

export type RecordRow = RequestRow & { events: EventRow[]; actions: ActionRow[] };

/** The record in one query: one round trip. */
export async function loadRequest(db: Queryable, reference: string): Promise<RequestRecord | undefined> {
  const [row] = await db.query<RecordRow>(
    `select ${RECORD_COLUMNS} from requests r left join services s on s.id = r.service_id where r.reference = $1`,
    [reference],
  );
  return row && toRequestRecord(row);
}

/** A row of RECORD_COLUMNS as the contract's RequestRecord. */
export function toRequestRecord(row: RecordRow): RequestRecord {
  return compact({
    reference: row.reference,
    serviceId: row.service_id ?? undefined,
    serviceName: row.service_name ?? undefined,
    status: row.status,
    statusNote: row.status_note ?? undefined,
    submittedAt: iso(row.submitted_at)!,
    updatedAt: iso(row.updated_at),
    expectedAt: iso(row.expected_at),
    sla: row.sla ?? undefined,
    timeline: row.events.map((event) => compact({
      at: iso(event.at)!,
      channel: event.channel,
      status: event.status ?? undefined,
      note: event.note ?? undefined,
    })),
    actionsNeeded: row.actions.map((action) => compact({ id: action.id, label: action.label, dueBy: iso(action.due_by) })),
    office: row.office ?? undefined,
  });
}

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

/** Inserts or replaces a request with its timeline, actions and verifier hashes. */
export async function upsertRequest(tx: Queryable, record: RequestRecord, verifiers: readonly Buffer[]): Promise<void> {
  await tx.query('delete from requests where reference = $1', [record.reference]);
  await tx.query(
    `insert into requests (reference, reference_key, service_id, status, status_note, submitted_at, updated_at, expected_at, sla, office, channel)
     values ($1, $2, $3, $4, $5::text::jsonb, $6::timestamptz, $7::timestamptz, $8::timestamptz, $9, $10::text::jsonb, $11)`,
    [
      record.reference, referenceKey(record.reference), record.serviceId ?? null, record.status, json(record.statusNote),
      record.submittedAt, record.updatedAt ?? null, record.expectedAt ?? null, record.sla ?? null, json(record.office),
      // the channel the request came in on: its first event's
      record.timeline[0]?.channel ?? null,
    ],
  );
  for (const hash of new Set(verifiers.map((verifier) => verifier.toString('hex')))) {
    await tx.query('insert into request_verifiers (reference, value_hash) values ($1, $2)', [record.reference, Buffer.from(hash, 'hex')]);
  }
  for (const event of record.timeline) {
    await tx.query(
      'insert into request_events (reference, at, channel, status, note) values ($1, $2::timestamptz, $3, $4, $5::text::jsonb)',
      [record.reference, event.at, event.channel, event.status ?? null, json(event.note)],
    );
  }
  for (const [position, action] of (record.actionsNeeded ?? []).entries()) {
    await tx.query(
      'insert into citizen_actions (reference, id, position, label, due_by) values ($1, $2, $3, $4::text::jsonb, $5::timestamptz)',
      [record.reference, action.id, position, json(action.label), action.dueBy ?? null],
    );
  }
}
