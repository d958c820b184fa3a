import { DiwanError, type DiwanBackend } from '@diwan/client/core';

/** How a widget's attributes name a backend. */
export interface BackendConfig {
  backend?: string | null;
  api?: string | null;
  jurisdiction?: string | null;
  apiKey?: string | null;
}

// One instance per configuration on the page: one cache, one in-flight request per URL.
const instances = new Map<string, Promise<DiwanBackend>>();

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value, globalThis.location?.href);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function configError(message: string): DiwanError {
  return new DiwanError('config', message, { retryable: false });
}

function create(kind: string, config: BackendConfig): Promise<DiwanBackend> {
  switch (kind) {
    case 'demo':
      // a lazy chunk: pages that use a real backend never download the sample data
      return import('@diwan/client/demo').then((demo) => demo.createDemoBackend());
    case 'http':
      if (!config.api || !isHttpUrl(config.api)) {
        return Promise.reject(configError(`The "api" attribute must be an http(s) URL, got "${config.api ?? ''}".`));
      }
      // a lazy chunk as well: pages with the demo or an Open311 backend never download the REST adapter.
      // It reads GET /capabilities first, so the widgets offer what this server offers.
      return import('@diwan/client/http').then((http) => http.connectHttpBackend({ baseUrl: new URL(config.api!, globalThis.location?.href).href }));
    case 'open311':
      if (!config.api || !isHttpUrl(config.api)) {
        return Promise.reject(configError(`backend="open311" needs an "api" attribute with the server's http(s) URL, e.g. https://city.example/open311/v2; got "${config.api ?? ''}".`));
      }
      // a lazy chunk too: only pages that talk to an Open311 server download the adapter
      return import('@diwan/client/open311').then((open311) =>
        open311.createOpen311Backend({
          baseUrl: new URL(config.api!, globalThis.location?.href).href,
          jurisdictionId: config.jurisdiction?.trim() || undefined,
          apiKey: config.apiKey?.trim() || undefined,
        }),
      );
    default:
      return Promise.reject(configError(`Unknown backend "${kind}": use "demo", "open311", or an "api" URL.`));
  }
}

/**
 * The one backend resolution: `backend="demo"`, `backend="open311" api=…`, or `api=…` (Diwan REST).
 * Rejects with a DiwanError `config` when the attributes do not name a usable backend.
 */
export function resolveBackend(config: BackendConfig): Promise<DiwanBackend> {
  const kind = (config.backend ?? '').trim().toLowerCase() || (config.api ? 'http' : '');
  if (!kind) return Promise.reject(configError('No backend configured: set backend="demo" or api="https://…".'));
  const key = JSON.stringify([kind, config.api ?? '', config.jurisdiction ?? '', config.apiKey ?? '']);
  let instance = instances.get(key);
  if (!instance) {
    instance = create(kind, config);
    instances.set(key, instance);
    // a failed creation is not cached: fixing the attribute (or the network) and retrying works
    instance.catch(() => instances.delete(key));
  }
  return instance;
}
