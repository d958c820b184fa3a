// The token in a lookup answer's eventsUrl: unguessable, expiring, and saying nothing to whoever sees
// the URL (a proxy log, the browser history). It is the reference and an expiry sealed with AES-256-GCM
// under a key derived from the server secret: GCM's tag signs both (a changed bit, a forged or
// truncated token fails to open), the random IV makes two tokens for one request unrelated, and the
// reference is encrypted, never readable. Every process with the same secret opens every token, so a
// stream can be reopened on any process behind a load balancer. No table, nothing to clean up.
import { createCipheriv, createDecipheriv, randomFillSync } from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;
const EXPIRY_BYTES = 4; // seconds since 1970 as uint32: good until 2106
const AAD = Buffer.from('diwan events token v1');
// IVs are cut from a pool refilled 512 at a time: one randomBytes call per token cost a lookup more than
// its AES-GCM sealing (bench-results/server.md). Each IV is still 96 fresh random bits, used once.
const IV_POOL = Buffer.alloc(IV_BYTES * 512);
let ivOffset = IV_POOL.length;
function nextIv(): Buffer {
  if (ivOffset === IV_POOL.length) {
    randomFillSync(IV_POOL);
    ivOffset = 0;
  }
  ivOffset += IV_BYTES;
  return IV_POOL.subarray(ivOffset - IV_BYTES, ivOffset); // used at once: createCipheriv copies it
}

/** A token longer than any sealed 64-character reference is not one of ours (checked before any work). */
const MAX_TOKEN_CHARS = 400;

export interface EventTokens {
  /** A token for `reference`, valid for the configured lifetime from `now` (ms). */
  issue(reference: string, now?: number): { token: string; expiresAt: number };
  /**
   * What a token says: the reference and when it expires (ms); `expired` for a genuine token past its
   * time; undefined for anything forged, altered, truncated or not a token at all.
   */
  open(token: string, now?: number): { reference: string; expiresAt: number } | 'expired' | undefined;
}

/** `key`: 32 bytes derived from the server secret; `lifetimeSeconds`: how long a token opens a stream. */
export function createEventTokens(key: Buffer, lifetimeSeconds: number): EventTokens {
  if (key.length !== 32) throw new Error('the events token key must be 32 bytes');
  return {
    issue(reference, now = Date.now()) {
      const expires = Math.floor(now / 1000) + Math.max(1, lifetimeSeconds);
      const plain = Buffer.alloc(EXPIRY_BYTES + Buffer.byteLength(reference));
      plain.writeUInt32BE(expires, 0);
      plain.write(reference, EXPIRY_BYTES);
      const iv = nextIv();
      const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(AAD);
      const sealed = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
      return { token: sealed.toString('base64url'), expiresAt: expires * 1000 };
    },
    open(token, now = Date.now()) {
      if (token.length > MAX_TOKEN_CHARS || !/^[A-Za-z0-9_-]+$/.test(token)) return undefined;
      const sealed = Buffer.from(token, 'base64url');
      // one spelling per token: a last character differing only in unused bits is not the token
      if (sealed.length < IV_BYTES + EXPIRY_BYTES + 1 + TAG_BYTES || sealed.toString('base64url') !== token) return undefined;
      let plain: Buffer;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
        decipher.setAAD(AAD);
        decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
        plain = Buffer.concat([decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)), decipher.final()]);
      } catch {
        return undefined; // the tag does not match: forged or altered
      }
      const expiresAt = plain.readUInt32BE(0) * 1000;
      if (expiresAt <= now) return 'expired';
      return { reference: plain.subarray(EXPIRY_BYTES).toString('utf8'), expiresAt };
    },
  };
}
