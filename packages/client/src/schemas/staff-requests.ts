// What caseworkers send to move a request along (staff routes, scope `requests`), and which status may
// follow which. Every change is one timeline event on a contact channel, so each body names its channel.
import * as z from 'zod/mini';
import { DateTime, LocaleCode, Slug } from './common.js';
import { ContactChannel, Office, RequestRecord, RequestStatus, type RequestStatus as Status } from './request.js';

/**
 * The statuses each status may move to. `closed` and `cancelled` are final; `approved`, `rejected` and
 * `completed` only close. A status cannot "move" to itself: send the event without `status` instead.
 */
export const STATUS_TRANSITIONS: Readonly<Record<Status, readonly Status[]>> = {
  received: ['in_progress', 'awaiting_citizen', 'on_hold', 'rejected', 'cancelled'],
  in_progress: ['awaiting_citizen', 'on_hold', 'approved', 'rejected', 'completed', 'cancelled'],
  awaiting_citizen: ['in_progress', 'on_hold', 'rejected', 'cancelled'],
  on_hold: ['in_progress', 'awaiting_citizen', 'rejected', 'cancelled'],
  approved: ['completed', 'closed'],
  rejected: ['closed'],
  completed: ['closed'],
  closed: [],
  cancelled: [],
};

const Text = z.string().check(z.minLength(1), z.maxLength(2000));

const EARLIEST = Date.UTC(1900, 0, 1);
const LATEST = Date.UTC(3000, 0, 1);

/** A date-time staff may write: ISO 8601 with an offset, between the years 1900 and 2999 (year 0000 is valid ISO, not a date a database keeps). */
export const StaffDateTime = DateTime.check(z.refine((value) => {
  const time = Date.parse(value);
  return time >= EARLIEST && time < LATEST;
}, 'must be between the years 1900 and 2999'));

/** A note or label from staff: one text, or one per locale (`{ en, ar, ckb, fr }`). */
export const StaffText = z.union([Text, z.record(LocaleCode, Text)]);
export type StaffText = z.infer<typeof StaffText>;

/** The contact every caseworker's change records as its timeline event: the channel, and an optional note. */
const Contact = { channel: ContactChannel, note: z.optional(StaffText) };

/** An office with its id (the id groups insights by office). */
export const AssignedOffice = z.object({ id: Slug, ...Office.shape });
export type AssignedOffice = z.infer<typeof AssignedOffice>;

/** POST /staff/requests: a request made on a citizen's behalf, on any channel. */
export const NewStaffRequest = z.object({
  serviceId: Slug,
  channel: ContactChannel,
  /**
   * The value the citizen will look the request up with (the server's verification kind, e.g. their
   * surname), in every script they may type it in. Stored only as keyed hashes; never logged or audited.
   */
  verification: z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.minLength(1), z.maxLength(5)),
  /** When the request was made (a letter received last week); default now, never in the future. */
  submittedAt: z.optional(StaffDateTime),
  /** Default: submittedAt plus the service's processing time, when it has one. */
  expectedAt: z.optional(StaffDateTime),
  office: z.optional(AssignedOffice),
  note: z.optional(StaffText),
});
export type NewStaffRequest = z.infer<typeof NewStaffRequest>;

/** The answer to POST /staff/requests: the reference to give the citizen, and how they will look it up. */
export const CreatedStaffRequest = z.object({
  reference: z.string().check(z.minLength(1), z.maxLength(64)),
  /** The verification kind the citizen will be asked for (the server's capabilities.tracking.verification). */
  verification: z.string(),
  record: RequestRecord,
});
export type CreatedStaffRequest = z.infer<typeof CreatedStaffRequest>;

/** POST /staff/requests/{reference}/events: a contact, optionally changing the status. */
export const StaffRequestEvent = z.object({ status: z.optional(RequestStatus), ...Contact });
export type StaffRequestEvent = z.infer<typeof StaffRequestEvent>;

/** PUT /staff/requests/{reference}/expected: set or move the expected date (the SLA state follows it). */
export const ExpectedDateChange = z.object({ expectedAt: StaffDateTime, ...Contact });
export type ExpectedDateChange = z.infer<typeof ExpectedDateChange>;

export const CitizenActionKind = z.enum(['documents', 'payment', 'appointment']);
export type CitizenActionKind = z.infer<typeof CitizenActionKind>;

/** POST /staff/requests/{reference}/actions: ask the citizen for something. */
export const NewCitizenAction = z.object({
  /** Default: the kind and a number (`documents-2`). */
  id: z.optional(Slug),
  kind: CitizenActionKind,
  label: StaffText,
  dueBy: z.optional(StaffDateTime),
  /** The timeline note defaults to the label. */
  ...Contact,
});
export type NewCitizenAction = z.infer<typeof NewCitizenAction>;

/** POST /staff/requests/{reference}/actions/{actionId}/done: the citizen did it. */
export const CitizenActionDone = z.object(Contact);
export type CitizenActionDone = z.infer<typeof CitizenActionDone>;

/** PUT /staff/requests/{reference}/office: the office that handles the request from now on. */
export const OfficeAssignment = z.object({ office: AssignedOffice, ...Contact });
export type OfficeAssignment = z.infer<typeof OfficeAssignment>;
