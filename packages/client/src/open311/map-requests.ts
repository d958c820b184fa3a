// Open311 service requests (decoded to the JSON shape) → Diwan RequestRecords.
import { DiwanError } from '../errors.js';
import type { ContactChannel, RequestRecord, RequestStatus, TimelineEvent } from '../schemas/request.js';
import { toDateTime, type DateOptions } from './dates.js';
import { serviceIdFromCode } from './ids.js';
import { inLanguage, isFields, records, text, type Fields } from './map-common.js';
import { readableName } from './map-services.js';

// The spec has open | closed; these are what servers in the wild add.
const STATUSES: Record<string, RequestStatus> = {
  open: 'in_progress',
  closed: 'closed',
  new: 'received',
  submitted: 'received',
  acknowledged: 'received',
  received: 'received',
  in_progress: 'in_progress',
  assigned: 'in_progress',
  on_hold: 'on_hold',
  completed: 'completed',
  resolved: 'completed',
  fixed: 'completed',
  archived: 'closed',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  rejected: 'rejected',
  duplicate: 'closed',
};

const CHANNELS: [RegExp, ContactChannel][] = [
  [/e-?mail/, 'email'],
  [/sms|text message/, 'sms'],
  [/phone|call|voice|telephone|311/, 'phone'],
  [/counter|walk-?in|in[ _-]?person|office|desk/, 'counter'],
  [/kiosk/, 'kiosk'],
  [/post|letter|mail/, 'post'],
];

/** A note's channel when it names one (`channel`, `source`, `method`); otherwise the web. */
function channelOf(note: Fields): ContactChannel {
  const said = text(note.channel) ?? text(note.source) ?? text(note.method) ?? text(note.contact_method);
  if (!said) return 'web';
  const lower = said.toLowerCase();
  return CHANNELS.find(([pattern]) => pattern.test(lower))?.[1] ?? 'web';
}

function statusOf(value: unknown): RequestStatus | undefined {
  const key = text(value)?.toLowerCase().replace(/[\s-]+/g, '_');
  return key ? STATUSES[key] : undefined;
}

function noteStatus(type: string | undefined): RequestStatus | undefined {
  if (type === 'opened' || type === 'open') return 'received';
  if (type === 'closed' || type === 'close') return 'closed';
  if (type === 'reopened') return 'in_progress';
  return undefined;
}

function invalid(message: string): DiwanError {
  return new DiwanError('invalid_response', `The Open311 server sent a request Diwan cannot read: ${message}`, { retryable: false });
}

/** `notes[]` (the common `extensions=true` addition) → timeline events; notes without a readable date are left out. */
function notesTimeline(notes: unknown, dates: DateOptions, language: string | undefined): TimelineEvent[] {
  const list = Array.isArray(notes) ? notes : isFields(notes) ? [notes] : [];
  const events: TimelineEvent[] = [];
  for (const note of list.filter(isFields)) {
    const at = toDateTime(note.datetime ?? note.date ?? note.created_at, dates);
    if (!at) continue;
    const event: TimelineEvent = { at, channel: channelOf(note) };
    const status = noteStatus(text(note.type)?.toLowerCase());
    if (status) event.status = status;
    const said = text(note.description) ?? text(note.summary);
    if (said) event.note = inLanguage(said, language);
    events.push(event);
  }
  return events;
}

/**
 * One Open311 request → a RequestRecord. `open` is `in_progress` once the request was updated after
 * it was made, else `received`. Without notes the timeline is what the dates say: made, and closed.
 * Optional dates that are missing, zone-less or unreadable are dropped; the request date is required.
 * The service name, notes and agency are tagged with `language`, the server's, when it is known.
 */
export function mapRequest(entry: Fields, dates: DateOptions = {}, language?: string): RequestRecord {
  const reference = text(entry.service_request_id) ?? text(entry.token);
  if (!reference) throw invalid('it has no service_request_id.');
  const submittedAt = toDateTime(entry.requested_datetime, dates);
  if (!submittedAt) {
    throw invalid(
      'requested_datetime is missing or has no time zone (a server that sends local times needs the defaultOffset option).',
    );
  }
  const updatedAt = toDateTime(entry.updated_datetime, dates);
  const expectedAt = toDateTime(entry.expected_datetime, dates);
  let status = statusOf(entry.status);
  if (!status) throw invalid(`its status "${text(entry.status) ?? ''}" is not open or closed.`);
  const touched = updatedAt !== undefined && Date.parse(updatedAt) > Date.parse(submittedAt);
  if (status === 'in_progress' && text(entry.status)?.toLowerCase() === 'open' && !touched) status = 'received';

  const record: RequestRecord = { reference, status, submittedAt, timeline: [] };
  const code = text(entry.service_code);
  if (code) record.serviceId = serviceIdFromCode(code);
  const serviceName = text(entry.service_name);
  if (serviceName) record.serviceName = inLanguage(readableName(serviceName), language);
  const statusNote = text(entry.status_notes);
  if (statusNote) record.statusNote = inLanguage(statusNote, language);
  if (updatedAt) record.updatedAt = updatedAt;
  if (expectedAt) record.expectedAt = expectedAt;
  const agency = text(entry.agency_responsible);
  if (agency) record.office = { name: inLanguage(agency, language) };

  const noted = notesTimeline(entry.notes, dates, language);
  const timeline: TimelineEvent[] = noted.some((event) => event.status === 'received')
    ? []
    : [{ at: submittedAt, channel: 'web', status: 'received' }];
  timeline.push(...noted);
  const finished = status === 'closed' || status === 'completed' || status === 'cancelled' || status === 'rejected';
  if (finished && !noted.some((event) => event.status === status || event.status === 'closed') && touched) {
    const closing: TimelineEvent = { at: updatedAt!, channel: 'web', status };
    if (statusNote) closing.note = statusNote;
    timeline.push(closing);
  }
  record.timeline = timeline.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return record;
}

/**
 * The request with id `reference` in a decoded lookup answer (a list, as the spec says, or one
 * object); undefined when the answer holds none.
 */
export function findRequestEntry(data: unknown, reference: string): Fields | undefined {
  const list = records(data, ['service_requests', 'requests', 'request'], 'a request');
  return list.find((entry) => text(entry.service_request_id) === reference) ?? (list.length === 1 ? list[0] : undefined);
}
