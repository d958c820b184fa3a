import { DiwanError, type DiwanBackend } from '@diwan/client/core';

/** How a widget's attributes name a backend. */
export interface BackendConfig {
  backend?: string | null;
  api?: string | null;
  jurisdiction?: string | null;
  apiKey?: string | null;
  /** How long one backend call may take, in milliseconds (the boundary's default when omitted). */
  timeoutMs?: number;
}

// One instance per configuration on the page: one cache, one in-flight request per URL.
// Setting a backend up (checking the attributes, loading an adapter, the validating boundary) is a lazy
// chunk: widget entries carry only this file.
const loadSetup = () => import('./backend-setup.js');
const instances = new Map<string, Promise<DiwanBackend>>();

/**
 * The one backend resolution: `backend="demo"`, `backend="open311" api=…`, or `api=…` (Diwan REST),
 * wrapped in the validating boundary (@diwan/client/boundary): a time bound on every call and parsed
 * data or `invalid_response`. Rejects with a DiwanError `config` when the attributes do not name a
 * usable backend, `timeout` when setting it up takes longer than one call may.
 */
export function resolveBackend(config: BackendConfig): Promise<DiwanBackend> {
  const kind = (config.backend ?? '').trim().toLowerCase() || (config.api ? 'http' : '');
  if (!kind) return Promise.reject(new DiwanError('config', 'No backend configured: set backend="demo" or api="https://…".', { retryable: false }));
  const key = JSON.stringify([kind, config.api ?? '', config.jurisdiction ?? '', config.apiKey ?? '', config.timeoutMs ?? '']);
  let instance = instances.get(key);
  if (!instance) {
    instance = loadSetup().then((setup) => setup.setUpBackend(kind, config));
    instances.set(key, instance);
    // a failed creation is not cached: fixing the attribute (or the network) and retrying works
    instance.catch(() => instances.delete(key));
  }
  return instance;
}

function looksLikeBackend(value: object): value is DiwanBackend {
  try {
    const candidate = value as Partial<DiwanBackend>;
    return typeof candidate.listServices === 'function' && typeof candidate.capabilities === 'object';
  } catch {
    return false; // getters that throw, a revoked Proxy
  }
}

/** A backend given as an object (`.backend = obj`), wrapped in the same validating boundary. */
export function resolveObjectBackend(value: object, timeoutMs?: number): Promise<DiwanBackend> {
  if (!looksLikeBackend(value)) {
    return Promise.reject(new DiwanError('config', 'The backend property is not a DiwanBackend (it needs capabilities and listServices()).', { retryable: false }));
  }
  return import('@diwan/client/boundary').then((boundary) => boundary.guardBackend(value, { timeoutMs }));
}
