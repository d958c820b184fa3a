// Catalogue responses: serialised and gzipped once per catalogue version and kept in memory. The ETag
// is the version, read with one tiny query per request, so a 304 never loads the catalogue and every
// process sees a change at once (the version lives in the database, not in the process).
import { gzipSync } from 'node:zlib';
import type { Context } from 'hono';

interface Entry {
  body: string;
  gzipped?: Buffer;
}

const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';
const GZIP_FROM_BYTES = 1024;

/** A small map of serialised bodies for one version at a time (the old version's bodies are dropped). */
export class VersionedBodies {
  private version = '';
  private entries = new Map<string, Promise<Entry | undefined>>();

  constructor(private readonly maxEntries = 500) {}

  get(version: string, key: string, load: () => Promise<unknown>): Promise<Entry | undefined> {
    if (version !== this.version) {
      this.version = version;
      this.entries.clear();
    }
    let entry = this.entries.get(key);
    if (!entry) {
      if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
      entry = load().then((value) => {
        if (value === undefined) return undefined;
        const body = JSON.stringify(value);
        return { body, gzipped: Buffer.byteLength(body) >= GZIP_FROM_BYTES ? gzipSync(body) : undefined };
      });
      entry.catch(() => this.entries.delete(key));
      this.entries.set(key, entry);
    }
    return entry;
  }
}

export const etagFor = (version: string) => `"c${version}"`;

/** True when the client's If-None-Match names this ETag (weak or strong, one of a list, or `*`). */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

export function notModified(c: Context, etag: string): Response {
  return c.body(null, 304, { ETag: etag, 'Cache-Control': CACHE_CONTROL, Vary: 'Accept-Encoding' });
}

export function sendCached(c: Context, etag: string, entry: Entry): Response {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json; charset=utf-8',
    ETag: etag,
    'Cache-Control': CACHE_CONTROL,
    Vary: 'Accept-Encoding',
  };
  if (entry.gzipped && /\bgzip\b/.test(c.req.header('Accept-Encoding') ?? '')) {
    headers['Content-Encoding'] = 'gzip';
    return c.body(new Uint8Array(entry.gzipped), 200, headers);
  }
  return c.body(entry.body, 200, headers);
}
