// Reading loose Open311 data: numbers where strings were expected, wrappers, error lists sent with 200.
import { DiwanError, type DiwanErrorCode } from '../errors.js';
import type { LocalizedText } from '../schemas/common.js';

export type Fields = Record<string, unknown>;

/** A trimmed string for a string or a finite number (ids are numbers in some cities); else undefined. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * A server's text under the language it is written in (`{ en: "Graffiti" }`), so a widget in another
 * language can mark it (WCAG 3.1.2); a plain string when the adapter was not told the language.
 */
export function inLanguage(value: string, language: string | undefined): LocalizedText {
  return language ? { [language]: value } : value;
}

export function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `[{ code, description }]` (or `{ errors: [...] }`) where data was expected: the server's error list. */
function errorEntries(list: unknown[]): Fields[] | undefined {
  const entries = list.filter(isFields);
  const allErrors =
    entries.length > 0 &&
    entries.length === list.length &&
    entries.every((entry) => 'description' in entry && !('service_code' in entry) && !('service_request_id' in entry));
  return allErrors ? entries : undefined;
}

function errorFromEntries(entries: Fields[]): DiwanError {
  const status = Number(text(entries[0]?.code));
  const message = entries.map((entry) => text(entry.description)).filter(Boolean).join('; ') || 'unknown error';
  let code: DiwanErrorCode = 'http';
  if (status === 404) code = 'not_found';
  else if (status === 429) code = 'rate_limited';
  return new DiwanError(code, `The Open311 server answered with an error: ${message.slice(0, 300)}`, {
    status: Number.isInteger(status) ? status : undefined,
    retryable: code === 'rate_limited',
  });
}

/**
 * The records in a decoded body: a list, a list wrapped in `{ <listKey>: [...] }`, or one record.
 * An error list sent with HTTP 200 becomes its DiwanError; anything else is `invalid_response`.
 */
export function records(data: unknown, listKeys: readonly string[], what: string): Fields[] {
  let list: unknown = data;
  if (isFields(data)) {
    if (Array.isArray(data.errors)) list = data.errors;
    else list = listKeys.map((key) => data[key]).find((value) => value !== undefined) ?? [data];
  }
  if (typeof list === 'string' && list.trim() === '') list = []; // `<services/>` read as an empty leaf
  if (isFields(list)) list = [list]; // `{ services: { service: {…} } }`
  if (!Array.isArray(list)) {
    throw new DiwanError('invalid_response', `The server sent ${what} Diwan cannot read: not a list.`, { retryable: false });
  }
  const errors = errorEntries(list);
  if (errors) throw errorFromEntries(errors);
  return list.filter(isFields);
}
