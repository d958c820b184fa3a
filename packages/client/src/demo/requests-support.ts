// What the sample requests are made of (shared by requests.ts and requests-more.ts).
import type { RequestRecord } from '../schemas/index.js';
import { demoCatalogue } from './data/index.js';
import type { Text4 } from './data/types.js';

export interface DemoRequest {
  /** Surnames that verify the lookup, in the scripts a citizen may type them in. */
  surnames: readonly string[];
  build(now: Date): RequestRecord;
}

const DAY = 24 * 60 * 60 * 1000;

/** An ISO date-time `days` before (negative: after) now, at a whole minute. */
export function daysAgo(now: Date, days: number): string {
  const date = new Date(now.getTime() - days * DAY);
  date.setUTCSeconds(0, 0);
  return date.toISOString();
}

export function serviceName(id: string): Text4 {
  const service = demoCatalogue.services.find((candidate) => candidate.id === id);
  if (!service) throw new Error(`Demo request refers to unknown service ${id}`);
  return service.name;
}
