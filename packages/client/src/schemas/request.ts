import * as z from 'zod/mini';
import { DateTime, LocalizedText, Slug, Url } from './common.js';
import { OpeningHours } from './service.js';

export const RequestStatus = z.enum([
  'received', 'in_progress', 'awaiting_citizen', 'on_hold', 'approved', 'rejected', 'completed', 'closed', 'cancelled',
]);
export type RequestStatus = z.infer<typeof RequestStatus>;

export const SlaState = z.enum(['on_track', 'at_risk', 'overdue']);
export type SlaState = z.infer<typeof SlaState>;

/** Where a contact with the citizen happened. */
export const ContactChannel = z.enum(['web', 'phone', 'email', 'sms', 'counter', 'kiosk', 'post']);
export type ContactChannel = z.infer<typeof ContactChannel>;

export const TimelineEvent = z.object({
  at: DateTime,
  channel: ContactChannel,
  status: z.optional(RequestStatus),
  note: z.optional(LocalizedText),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

/** Something the citizen must do for the request to go on. */
export const CitizenAction = z.object({
  id: z.string().check(z.minLength(1)),
  label: LocalizedText,
  dueBy: z.optional(DateTime),
});
export type CitizenAction = z.infer<typeof CitizenAction>;

export const Office = z.object({
  name: LocalizedText,
  phone: z.optional(z.string()),
  email: z.optional(z.email()),
  address: z.optional(LocalizedText),
  hours: z.optional(z.array(OpeningHours)),
});
export type Office = z.infer<typeof Office>;

/** A citizen's request as the tracker shows it. */
export const RequestRecord = z.object({
  reference: z.string().check(z.minLength(1), z.maxLength(64)),
  serviceId: z.optional(Slug),
  serviceName: z.optional(LocalizedText),
  status: RequestStatus,
  statusNote: z.optional(LocalizedText),
  submittedAt: DateTime,
  updatedAt: z.optional(DateTime),
  expectedAt: z.optional(DateTime),
  /** The backend's own SLA verdict; when absent it is computed from the dates. */
  sla: z.optional(SlaState),
  timeline: z.array(TimelineEvent),
  actionsNeeded: z.optional(z.array(CitizenAction)),
  office: z.optional(Office),
  /**
   * A server-sent events stream of this request's updates (each message's data: the whole
   * RequestRecord), used when `capabilities.tracking.live` is `sse`. It must carry no personal data:
   * an opaque, short-lived token, never the reference or the verification value. Clients read it only
   * on the backend's own origin (the REST adapter's watchRequest polls instead of following another).
   */
  eventsUrl: z.optional(Url),
});
export type RequestRecord = z.infer<typeof RequestRecord>;

export const VerificationKind = z.enum(['surname', 'email', 'date_of_birth', 'postcode', 'pin']);
export type VerificationKind = z.infer<typeof VerificationKind>;

export const RequestLookup = z.object({
  reference: z.string().check(z.minLength(1), z.maxLength(64)),
  verification: z.optional(z.string().check(z.maxLength(200))),
});
export type RequestLookup = z.infer<typeof RequestLookup>;
