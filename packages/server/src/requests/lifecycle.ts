// The request lifecycle: every change a caseworker makes, one function each, each ONE transaction that
// writes the record, its timeline event and its audit row, and signals `NOTIFY diwan_request_changed,
// '<reference>'` (the reference only: no personal data). PostgreSQL delivers a NOTIFY sent inside a
// transaction at commit, and never for one rolled back, so a listener (live tracking, any process) hears
// of exactly the changes that happened, after they are visible.
import { STATUS_TRANSITIONS, type CitizenActionDone, type ExpectedDateChange, type NewCitizenAction, type NewStaffRequest, type OfficeAssignment, type StaffRequestEvent } from '@diwan/client/staff';
import type { LocalizedText, RequestRecord, RequestStatus } from '@diwan/client/schemas';
import { FINISHED_STATUSES } from '@diwan/client/tracking';
import type { Database, Queryable } from '../db/database.js';
import { ApiError, notFound } from '../http/errors.js';
import { writeAudit, type Actor } from '../staff/audit.js';
import { referenceKey, type Keys } from './keys.js';
import { DEFAULT_NOTES } from './notes.js';
import { loadRequest, upsertRequest } from './queries.js';

/** The PostgreSQL channel every committed change is announced on; the payload is the reference. */
export const REQUEST_CHANGED_CHANNEL = 'diwan_request_changed';

export interface ChangeContext {
  actor: Actor;
  /** The HTTP request id, kept in the audit row. */
  requestId?: string;
  /** The moment of the change (tests); default now. */
  now?: Date;
}

interface CurrentRow {
  reference: string;
  status: RequestStatus;
  submitted_at: Date | string;
  expected_at: Date | string | null;
  office_id: string | null;
}

interface Change {
  event: { status?: RequestStatus; channel: string; note?: LocalizedText };
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/** Refuses a status change the lifecycle does not allow, naming from → to and what is allowed. */
export function checkTransition(from: RequestStatus, to: RequestStatus): void {
  if (STATUS_TRANSITIONS[from].includes(to)) return;
  const allowed = STATUS_TRANSITIONS[from];
  const detail = from === to
    ? `The request is already ${from}: send the event without a status to add a note.`
    : `From ${from} it can go to: ${allowed.length ? allowed.join(', ') : 'nothing (it is final)'}.`;
  throw new ApiError(409, 'illegal_transition', `A request cannot go from ${from} to ${to}. ${detail}`, { retryable: false });
}

async function notifyChanged(tx: Queryable, reference: string): Promise<void> {
  await tx.query('select pg_notify($1, $2)', [REQUEST_CHANGED_CHANNEL, reference]);
}

async function insertEvent(tx: Queryable, reference: string, at: Date, event: Change['event']): Promise<void> {
  await tx.query(
    'insert into request_events (reference, at, channel, status, note) values ($1, $2::timestamptz, $3, $4, $5::text::jsonb)',
    [reference, at.toISOString(), event.channel, event.status ?? null, json(event.note)],
  );
}

/** Locks the request, applies `work`, then writes the event, the update time, the audit row and the NOTIFY. */
async function change(db: Database, reference: string, action: string, context: ChangeContext, work: (tx: Queryable, current: CurrentRow, at: Date) => Promise<Change>): Promise<RequestRecord> {
  const at = context.now ?? new Date();
  const stored = await db.transaction(async (tx) => {
    const [current] = await tx.query<CurrentRow>(
      'select reference, status, submitted_at, expected_at, office_id from requests where reference_key = $1 for update',
      [referenceKey(reference)],
    );
    if (!current) throw notFound('There is no request with this reference.');
    const done = await work(tx, current, at);
    await insertEvent(tx, current.reference, at, done.event);
    await tx.query('update requests set updated_at = $2::timestamptz where reference = $1', [current.reference, at.toISOString()]);
    await writeAudit(tx, context.actor, {
      action, targetType: 'request', targetId: current.reference, before: done.before, after: done.after, requestId: context.requestId,
    });
    await notifyChanged(tx, current.reference);
    return current.reference;
  });
  return (await loadRequest(db, stored))!;
}

/** A timeline event on a channel, optionally changing the status (the note becomes the status note). */
export function addEvent(db: Database, reference: string, input: StaffRequestEvent, context: ChangeContext): Promise<RequestRecord> {
  return change(db, reference, input.status ? 'request.status' : 'request.note', context, async (tx, current) => {
    if (input.status) {
      checkTransition(current.status, input.status);
      await tx.query('update requests set status = $2, status_note = $3::text::jsonb where reference = $1', [current.reference, input.status, json(input.note)]);
    }
    return {
      event: { status: input.status, channel: input.channel, note: input.note },
      before: { status: current.status },
      after: { status: input.status ?? current.status },
    };
  });
}

/** Sets or moves the expected date. The stored SLA verdict is cleared: the state follows the new date. */
export function setExpectedDate(db: Database, reference: string, input: ExpectedDateChange, context: ChangeContext): Promise<RequestRecord> {
  return change(db, reference, 'request.expected', context, async (tx, current) => {
    if (FINISHED_STATUSES.has(current.status)) {
      throw new ApiError(409, 'request_finished', `The request is ${current.status}: it has no expected date to move.`, { retryable: false });
    }
    if (Date.parse(input.expectedAt) < new Date(current.submitted_at).getTime()) {
      throw new ApiError(422, 'invalid_date', 'expectedAt is before the request was submitted.', { retryable: false });
    }
    await tx.query('update requests set expected_at = $2::timestamptz, sla = null where reference = $1', [current.reference, input.expectedAt]);
    return {
      event: { channel: input.channel, note: input.note ?? DEFAULT_NOTES.expectedChanged },
      before: { expectedAt: iso(current.expected_at) },
      after: { expectedAt: new Date(input.expectedAt).toISOString() },
    };
  });
}

/** Asks the citizen for documents, a payment or an appointment; it shows in the tracker until done. */
export function requestAction(db: Database, reference: string, input: NewCitizenAction, context: ChangeContext): Promise<RequestRecord> {
  return change(db, reference, 'request.action', context, async (tx, current, at) => {
    if (FINISHED_STATUSES.has(current.status)) {
      throw new ApiError(409, 'request_finished', `The request is ${current.status}: nothing more can be asked of the citizen.`, { retryable: false });
    }
    const [{ count, position }] = await tx.query<{ count: number; position: number }>(
      'select count(*)::int as count, coalesce(max(position), -1)::int + 1 as position from citizen_actions where reference = $1',
      [current.reference],
    ) as [{ count: number; position: number }];
    const id = input.id ?? `${input.kind}-${count + 1}`;
    const inserted = await tx.query(
      `insert into citizen_actions (reference, id, position, label, due_by, kind, requested_at)
       values ($1, $2, $3, $4::text::jsonb, $5::timestamptz, $6, $7::timestamptz) on conflict (reference, id) do nothing returning id`,
      [current.reference, id, position, json(input.label), input.dueBy ?? null, input.kind, at.toISOString()],
    );
    if (!inserted.length) throw new ApiError(409, 'action_exists', `This request already has an action with the id ${id}.`, { retryable: false });
    return {
      event: { channel: input.channel, note: input.note ?? input.label },
      before: { actionId: null },
      after: { actionId: id, kind: input.kind },
    };
  });
}

/** Marks an action done: it leaves the citizen's list. */
export function completeAction(db: Database, reference: string, actionId: string, input: CitizenActionDone, context: ChangeContext): Promise<RequestRecord> {
  return change(db, reference, 'request.action_done', context, async (tx, current, at) => {
    const [action] = await tx.query<{ done_at: Date | null }>('select done_at from citizen_actions where reference = $1 and id = $2', [current.reference, actionId]);
    if (!action) throw notFound('This request has no action with this id.');
    if (action.done_at !== null) throw new ApiError(409, 'action_done', 'This action is already done.', { retryable: false });
    await tx.query('update citizen_actions set done_at = $3::timestamptz where reference = $1 and id = $2', [current.reference, actionId, at.toISOString()]);
    return {
      event: { channel: input.channel, note: input.note ?? DEFAULT_NOTES.actionDone },
      before: { actionId, done: false },
      after: { actionId, done: true },
    };
  });
}

/** Hands the request to an office (its id groups insights by office; its details show in the tracker). */
export function assignOffice(db: Database, reference: string, input: OfficeAssignment, context: ChangeContext): Promise<RequestRecord> {
  return change(db, reference, 'request.office', context, async (tx, current) => {
    const { id, ...office } = input.office;
    await tx.query('update requests set office = $2::text::jsonb, office_id = $3 where reference = $1', [current.reference, json(office), id]);
    return {
      event: { channel: input.channel, note: input.note ?? DEFAULT_NOTES.officeAssigned },
      before: { officeId: current.office_id },
      after: { officeId: id },
    };
  });
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** submittedAt plus the service's longest processing time (working days counted as 7 for every 5). */
function expectedFrom(submitted: Date, processing: { max: number; unit: 'hour' | 'day' | 'week' | 'month'; workingDays?: boolean } | null): string | undefined {
  if (!processing) return undefined;
  const unit = { hour: HOUR, day: processing.workingDays ? (7 / 5) * DAY : DAY, week: 7 * DAY, month: 30 * DAY }[processing.unit];
  return new Date(submitted.getTime() + Math.ceil(processing.max * unit / HOUR) * HOUR).toISOString();
}

const FUTURE_TOLERANCE_MS = 5 * 60_000;

/**
 * A request made on a citizen's behalf: the next reference of the year (DW-YYYY-NNNN, under the counter
 * row's lock), the verification values as keyed hashes, a first `received` event on its channel.
 */
export async function createRequest(db: Database, keys: Keys, input: NewStaffRequest, context: ChangeContext): Promise<{ reference: string; record: RequestRecord }> {
  const now = context.now ?? new Date();
  const submitted = input.submittedAt ? new Date(input.submittedAt) : now;
  if (submitted.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    throw new ApiError(422, 'invalid_date', 'submittedAt is in the future.', { retryable: false });
  }
  if (input.expectedAt && Date.parse(input.expectedAt) < submitted.getTime()) {
    throw new ApiError(422, 'invalid_date', 'expectedAt is before submittedAt.', { retryable: false });
  }
  const reference = await db.transaction(async (tx) => {
    const [service] = await tx.query<{ processing_time: Parameters<typeof expectedFrom>[1] }>(
      'select processing_time from services where id = $1 and retired_at is null',
      [input.serviceId],
    );
    if (!service) throw new ApiError(422, 'unknown_service', 'There is no service with this id in the catalogue (or it is retired).', { retryable: false });
    const year = submitted.getUTCFullYear();
    const highest = `(select substring(max(reference) from 9 for 4)::int from requests
      where reference >= $2 and reference <= $3 and reference ~ '^DW-[0-9]{4}-[0-9]{4}$')`;
    const [{ last }] = await tx.query<{ last: number }>(
      `insert into request_reference_counters as c (year, last) values ($1, coalesce(${highest}, 0) + 1)
       on conflict (year) do update set last = greatest(c.last, coalesce(${highest}, 0)) + 1
       returning last`,
      [year, `DW-${year}-0000`, `DW-${year}-9999`],
    ) as [{ last: number }];
    if (last > 9999) throw new ApiError(409, 'references_exhausted', `All 9,999 references of ${year} are used.`, { retryable: false });
    const reference = `DW-${year}-${String(last).padStart(4, '0')}`;
    // upsertRequest replaces a row with the same reference: never let a new request overwrite one
    const taken = await tx.query('select 1 from requests where reference_key = $1', [referenceKey(reference)]);
    if (taken.length) throw new ApiError(409, 'reference_taken', `The next reference, ${reference}, is already in use: try again.`);
    const { id: officeId, ...office } = input.office ?? { id: undefined };
    await upsertRequest(tx, {
      reference,
      serviceId: input.serviceId,
      status: 'received',
      submittedAt: submitted.toISOString(),
      updatedAt: submitted.toISOString(),
      expectedAt: input.expectedAt ? new Date(input.expectedAt).toISOString() : expectedFrom(submitted, service.processing_time),
      timeline: [{ at: submitted.toISOString(), channel: input.channel, status: 'received', ...(input.note ? { note: input.note } : {}) }],
      actionsNeeded: [],
      ...(officeId ? { office: office as RequestRecord['office'] } : {}),
    }, input.verification.map((value) => keys.verifier(reference, value)));
    if (officeId) await tx.query('update requests set office_id = $2 where reference = $1', [reference, officeId]);
    await writeAudit(tx, context.actor, {
      action: 'request.create', targetType: 'request', targetId: reference, before: null,
      after: { status: 'received', serviceId: input.serviceId, channel: input.channel, officeId: officeId ?? null },
      requestId: context.requestId,
    });
    await notifyChanged(tx, reference);
    return reference;
  });
  return { reference, record: (await loadRequest(db, reference))! };
}
