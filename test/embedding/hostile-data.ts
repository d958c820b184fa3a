// The demo data with a hostile string in every text field, served by the fixture server
// (test/server/fixture-server.mjs) as a Diwan REST backend, so it travels the real path: fetch → zod →
// widget. Each hostile string calls `diwanPwned()` (test/pages/record-problems.js) if it ever runs.
import type { EligibilityRules, RequestRecord, Service, ServiceCatalogue } from '@diwan/client';
import { createDemoBackend } from '@diwan/client/demo';

export const HOSTILE_STRINGS = [
  `<script>diwanPwned('script tag')</script>`,
  `<img src=x onerror="diwanPwned('img onerror')">`,
  `"><svg onload=diwanPwned('svg onload')><a href="javascript:diwanPwned('link')">`,
  `javascript:diwanPwned('javascript url')`,
  `' onmouseover='diwanPwned("attribute")' autofocus onfocus='diwanPwned("focus")' x='`,
  // bidi overrides and isolates that would reorder the text around them if they leaked out
  '\u202Eevil override\u202C \u2067isolate\u2069 \u200F\u061C',
  // template syntaxes: i18next interpolation and nesting, Angular-style expressions
  `{{count}} $t(common:retry) {{constructor.constructor('diwanPwned("template")')()}}`,
  // one 10,000-character word: must wrap, never widen the page
  'W'.repeat(10_000),
] as const;

/** Keys whose values are text a citizen reads (LocalizedText or string lists) in the domain schemas. */
const TEXT_KEYS = new Set([
  'name', 'summary', 'description', 'label', 'hint', 'title', 'reason', 'nextSteps', 'note', 'statusNote',
  'serviceName', 'address', 'keywords',
]);

const LONG_WORD = HOSTILE_STRINGS[HOSTILE_STRINGS.length - 1];
/** The long word in every eighth field would make the catalogue megabytes: in the first few fields of each response only. */
const LONG_WORDS_PER_RESPONSE = 12;
let next = 0;
let longWords = 0;
function hostile(original: string): string {
  let chosen: string = HOSTILE_STRINGS[next++ % HOSTILE_STRINGS.length]!;
  if (chosen === LONG_WORD && ++longWords > LONG_WORDS_PER_RESPONSE) chosen = HOSTILE_STRINGS[next++ % HOSTILE_STRINGS.length]!;
  return `${chosen} ${original}`;
}

/** A LocalizedText (string or { locale: text }) or a list of them, each text made hostile. */
function hostileText(value: unknown): unknown {
  if (typeof value === 'string') return hostile(value);
  if (Array.isArray(value)) return value.map(hostileText);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([locale, text]) => [locale, typeof text === 'string' ? hostile(text) : text]));
  }
  return value;
}

/** A deep copy with every text field made hostile; ids, enums, dates, URLs and rule logic untouched. */
export function withHostileText<T>(data: T): T {
  longWords = 0;
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (!value || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [key, TEXT_KEYS.has(key) ? hostileText(child) : visit(child)]),
    );
  };
  return visit(data) as T;
}

export const ELIGIBILITY_SERVICE = 'disability-allowance';
export const TRACKED = { reference: 'DW-2026-0001', verification: 'Karim' };

export interface HostileData {
  catalogue: ServiceCatalogue;
  service: Service;
  rules: EligibilityRules;
  request: RequestRecord;
}

export async function hostileDemoData(): Promise<HostileData> {
  const demo = createDemoBackend();
  return {
    catalogue: withHostileText(await demo.listServices()),
    service: withHostileText(await demo.getService(ELIGIBILITY_SERVICE)),
    rules: withHostileText(await demo.getEligibilityRules(ELIGIBILITY_SERVICE)),
    request: withHostileText(await demo.findRequest(TRACKED)),
  };
}

/**
 * Scripts a fixture-server scenario as a Diwan REST backend serving this data (routes of
 * packages/client/src/http/http-backend.ts) and returns its base URL, for the `api` attribute.
 */
export async function serveAsDiwanApi(data: HostileData): Promise<string> {
  const scenario = `embed-${Math.random().toString(36).slice(2)}`;
  const routes = [
    { path: '/services', body: data.catalogue },
    { path: `/services/${ELIGIBILITY_SERVICE}`, body: data.service },
    { path: `/services/${ELIGIBILITY_SERVICE}/eligibility`, body: data.rules },
    { path: '/requests/lookup', method: 'POST', body: data.request },
    { path: '/feedback', method: 'POST', body: { id: 'FB-2026-000001', receivedAt: '2026-11-23T09:00:00Z' } },
  ];
  const response = await fetch(`/__fixtures/${scenario}/__script`, { method: 'POST', body: JSON.stringify(routes) });
  if (!response.ok) throw new Error(`could not script the fixture server: HTTP ${response.status}`);
  return `/__fixtures/${scenario}`;
}

/** Every request the widgets made to the scenario, in order. */
export async function requestsTo(api: string): Promise<Array<{ method: string; path: string }>> {
  return (await fetch(`${api}/__log`)).json() as Promise<Array<{ method: string; path: string }>>;
}
