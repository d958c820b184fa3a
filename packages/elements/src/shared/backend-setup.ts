// Setting up the backend a widget's attributes name, loaded lazily by backend-resolution.ts: the `api`
// attribute's rules, the adapters (each a lazy chunk of its own), and the validating boundary
// (@diwan/client/boundary) around whatever comes out.
import { DiwanError, type DiwanBackend } from '@diwan/client/core';
import { callTimeoutMs, guardBackend, withinTime } from '@diwan/client/boundary';
import type { BackendConfig } from './backend-resolution.js';

const LOCAL_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$|\.localhost$/;

/**
 * The base URL an `api` attribute names, or undefined when it is not one Diwan accepts: an absolute
 * `https:` URL, `http:` only for localhost, or a path on this site (`/api/v1`). Never `//host` or
 * backslashes (browsers read both as another host), a `?query` or `#fragment` (they would break every
 * path the adapter adds), credentials, or control characters.
 */
export function apiBaseUrl(value: string): string | undefined {
  // control characters are exactly what this refuses
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f?#]/.test(value) || value.startsWith('//')) return undefined;
  let url: URL;
  try {
    url = value.startsWith('/') ? new URL(value, globalThis.location?.origin) : new URL(value);
  } catch {
    return undefined;
  }
  if (url.username || url.password) return undefined;
  if (value.startsWith('/')) return url.origin === globalThis.location?.origin ? url.href : undefined;
  if (url.protocol === 'https:') return url.href;
  return url.protocol === 'http:' && LOCAL_HOSTS.test(url.hostname) ? url.href : undefined;
}

function configError(message: string): DiwanError {
  return new DiwanError('config', message, { retryable: false });
}

/** The attribute's value in a message: quoted, and short (it may be anything a page set). */
function quoted(value: string | null | undefined): string {
  const text = value ?? '';
  return JSON.stringify(text.length > 120 ? `${text.slice(0, 120)}…` : text);
}

const API_RULE = 'an https:// URL (http:// only for localhost) or a path on this site such as /api/v1, without ?query or #fragment';

function create(kind: string, config: BackendConfig, signal: AbortSignal): Promise<DiwanBackend> {
  switch (kind) {
    case 'demo':
      // a lazy chunk: pages that use a real backend never download the sample data
      return import('@diwan/client/demo').then((demo) => demo.createDemoBackend());
    case 'http': {
      const baseUrl = config.api ? apiBaseUrl(config.api) : undefined;
      if (!baseUrl) return Promise.reject(configError(`The "api" attribute must be ${API_RULE}; got ${quoted(config.api)}.`));
      // a lazy chunk as well: pages with the demo or an Open311 backend never download the REST adapter.
      // It reads GET /capabilities first, so the widgets offer what this server offers.
      return import('@diwan/client/http').then((http) => http.connectHttpBackend({ baseUrl, signal }));
    }
    case 'open311': {
      const baseUrl = config.api ? apiBaseUrl(config.api) : undefined;
      if (!baseUrl) {
        return Promise.reject(configError(`backend="open311" needs an "api" attribute with the server's address, ${API_RULE}, e.g. https://city.example/open311/v2; got ${quoted(config.api)}.`));
      }
      // a lazy chunk too: only pages that talk to an Open311 server download the adapter
      return import('@diwan/client/open311').then((open311) =>
        open311.createOpen311Backend({
          baseUrl,
          jurisdictionId: config.jurisdiction?.trim() || undefined,
          apiKey: config.apiKey?.trim() || undefined,
        }),
      );
    }
    default:
      return Promise.reject(configError(`Unknown backend ${quoted(kind)}: use "demo", "open311", or an "api" URL.`));
  }
}

/**
 * The backend `kind` names, behind the validating boundary. Setting it up (an adapter's chunk, the REST
 * adapter's GET /capabilities) gets the same time bound as one call.
 */
export async function setUpBackend(kind: string, config: BackendConfig): Promise<DiwanBackend> {
  const timeoutMs = callTimeoutMs(config.timeoutMs);
  const backend = await withinTime((signal) => create(kind, config, signal), timeoutMs);
  return guardBackend(backend, { timeoutMs });
}
