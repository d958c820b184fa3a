// Helpers for the HTTP tests: script the fixture server (test/server/fixture-server.mjs) and read
// what it received, plus valid sample bodies of the Diwan REST contract.
import type { EligibilityRules, FeedbackReceipt, RequestRecord, Service, ServiceCatalogue } from '../src/schemas/index.js';

export interface ScriptedResponse {
  status?: number;
  headers?: Record<string, string>;
  /** A string goes out as is; anything else as JSON. */
  body?: unknown;
  delayMs?: number;
  /** Answers this path (below the scenario) every time, instead of taking a turn in the order. */
  path?: string;
  method?: string;
}

export interface LoggedRequest {
  method: string;
  /** The path below the scenario, e.g. `/services/passport`. */
  path: string;
  query: string;
  headers: Record<string, string | undefined>;
  body: unknown;
}

export interface Scenario {
  /** Base URL of the scenario on the test page's own origin. */
  base: string;
  log(): Promise<LoggedRequest[]>;
}

/** A fresh scenario (random id, so parallel test files never share one) serving `responses` in order. */
export async function scenario(responses: ScriptedResponse[]): Promise<Scenario> {
  const base = `/__fixtures/${crypto.randomUUID()}`;
  const scripted = await fetch(`${base}/__script`, { method: 'POST', body: JSON.stringify(responses) });
  if (!scripted.ok) throw new Error(`could not script the fixture server: HTTP ${scripted.status}`);
  return {
    base,
    async log() {
      return (await (await fetch(`${base}/__log`)).json()) as LoggedRequest[];
    },
  };
}

/** A sleep that waits for nothing and remembers what it was asked to wait. */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; delays: number[] } {
  const delays: number[] = [];
  return { delays, sleep: async (ms: number) => void delays.push(ms) };
}

export const passport: Service = {
  id: 'passport-renewal',
  name: { en: 'Renew a passport', ar: 'تجديد جواز السفر' },
  summary: { en: 'Renew an adult passport before it expires.' },
  category: 'identity',
  audiences: ['citizen'],
  keywords: ['passport'],
  channels: [
    { kind: 'online', url: 'https://example.gov/passport' },
    { kind: 'in_person', address: 'Civil Registry, Main Street 1', hours: [{ days: ['sun', 'mon'], opens: '08:00', closes: '14:00' }] },
  ],
  fees: [{ label: 'Fee', amount: 25, currency: 'USD' }],
  processingTime: { max: 10, unit: 'day', workingDays: true },
  hasEligibilityCheck: true,
};

export const catalogue: ServiceCatalogue = {
  categories: [{ id: 'identity', name: { en: 'Identity' } }],
  services: [passport],
};

export const rules: EligibilityRules = {
  serviceId: 'passport-renewal',
  version: '2026-01',
  questions: [
    { id: 'age', type: 'number', label: 'How old are you?', min: 0, max: 130 },
    { id: 'citizen', type: 'boolean', label: 'Are you a citizen?' },
  ],
  outcomes: [
    { id: 'ok', when: { and: [{ '>=': [{ var: 'age' }, 18] }, { var: 'citizen' }] }, result: 'eligible', reason: 'Adult citizen' },
    { id: 'no', when: true, result: 'not_eligible', reason: 'Adults only' },
  ],
};

export const requestRecord: RequestRecord = {
  reference: 'REQ-2026-000123',
  serviceId: 'passport-renewal',
  status: 'in_progress',
  submittedAt: '2026-11-01T09:00:00Z',
  timeline: [{ at: '2026-11-01T09:00:00Z', channel: 'web', status: 'received' }],
};

export const receipt: FeedbackReceipt = { id: 'fb-1', receivedAt: '2026-11-23T10:00:00Z' };
