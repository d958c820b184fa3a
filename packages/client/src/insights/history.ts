// The raw facts insights are aggregated from: one row per feedback item and per request, as a backend
// keeps them (the reference server's tables, the demo backend's generated history). No personal data.
import type { LocalizedText } from '../schemas/common.js';
import type { ContactChannel, RequestStatus } from '../schemas/request.js';
import type { ProcessingTime } from '../schemas/service.js';

export interface HistoryService {
  id: string;
  name?: LocalizedText;
  category: string;
  /** The promised processing time (service-level target), in days. */
  promisedDays?: number;
}

export interface HistoryOffice {
  id: string;
  name?: LocalizedText;
}

export interface HistoryFeedback {
  /** Epoch milliseconds. */
  at: number;
  serviceId: string;
  /** The channel of the transaction the feedback is about (web for the feedback widget). */
  channel: ContactChannel;
  office: string;
  useful: boolean;
  rating?: 1 | 2 | 3 | 4 | 5;
  /** Already redacted. */
  comment?: string;
  /** The language of the page the feedback was left on (the feedback's `locale`), which the comment is in. */
  lang?: string;
}

export interface HistoryRequest {
  reference: string;
  serviceId: string;
  channel: ContactChannel;
  office: string;
  /** Epoch milliseconds. */
  submittedAt: number;
  expectedAt: number;
  /** When it closed (absent: still open) and how. */
  closedAt?: number;
  status: RequestStatus;
}

export interface InsightsHistory {
  services: readonly HistoryService[];
  offices: readonly HistoryOffice[];
  feedback: readonly HistoryFeedback[];
  requests: readonly HistoryRequest[];
}

/** What a ministry configures to see the cost per transaction: a cost per request by channel. */
export interface ChannelCosts {
  currency: string;
  perRequest: Partial<Record<ContactChannel, number>>;
}

/** Statuses that close a request; `completed` and `approved` count as completed, the rest as closed otherwise. */
export const CLOSED_STATUSES: ReadonlySet<RequestStatus> = new Set(['approved', 'rejected', 'completed', 'closed', 'cancelled']);
export const COMPLETED_STATUSES: ReadonlySet<RequestStatus> = new Set(['approved', 'completed']);

const DAYS_PER_UNIT: Readonly<Record<ProcessingTime['unit'], number>> = { hour: 1 / 24, day: 1, week: 7, month: 30 };

/** A service's promised processing time in whole days (at least 1): its longest time, a month as 30 days. */
export function promisedDays(time: Pick<ProcessingTime, 'max' | 'unit'>): number {
  return Math.max(1, Math.round(time.max * DAYS_PER_UNIT[time.unit]));
}
