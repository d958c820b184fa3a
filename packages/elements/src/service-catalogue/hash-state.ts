// The catalogue's state in location.hash: `#diwan-catalogue?q=pass&service=passport-renewal`.
// The hash may hold other content too (a host's anchor, another widget's key): segments are
// separated by ';' and the catalogue only ever reads and rewrites its own segment.

export interface CatalogueHashState {
  query: string;
  service?: string;
}

const SEPARATOR = ';';

function segments(hash: string): string[] {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  return body ? body.split(SEPARATOR) : [];
}

function isOwnSegment(segment: string, key: string): boolean {
  return segment === key || segment.startsWith(`${key}?`);
}

/** The state stored under `key`, or undefined when the hash has no segment of ours. */
export function readHashState(hash: string, key: string): CatalogueHashState | undefined {
  const own = segments(hash).find((segment) => isOwnSegment(segment, key));
  if (own === undefined) return undefined;
  const params = new URLSearchParams(own.slice(key.length + 1));
  const service = params.get('service') ?? undefined;
  return { query: params.get('q') ?? '', service: service || undefined };
}

/** The hash (without '#') with our segment replaced, added, or removed when the state is empty. */
export function writeHashState(hash: string, key: string, state: CatalogueHashState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  if (state.service) params.set('service', state.service);
  const encoded = params.toString();
  const others = segments(hash).filter((segment) => !isOwnSegment(segment, key));
  const own = encoded ? [`${key}?${encoded}`] : [];
  const position = segments(hash).findIndex((segment) => isOwnSegment(segment, key));
  if (position >= 0 && own.length) others.splice(Math.min(position, others.length), 0, ...own);
  else others.push(...own);
  return others.join(SEPARATOR);
}

/** Updates location.hash through the History API: no scroll jump, no hashchange loop. */
export function updateLocationHash(key: string, state: CatalogueHashState, mode: 'push' | 'replace'): void {
  const next = writeHashState(location.hash, key, state);
  if (next === location.hash.replace(/^#/, '')) return;
  const url = `${location.pathname}${location.search}${next ? `#${next}` : ''}`;
  if (mode === 'push') history.pushState(history.state, '', url);
  else history.replaceState(history.state, '', url);
}
