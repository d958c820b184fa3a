// Keyed hashes: verification values and client addresses are compared and counted as HMAC-SHA-256
// with the server secret, so the database never holds them in clear and a dump cannot be reversed by
// hashing a dictionary of surnames without the secret. (The comparison is in the lookup's statement:
// requests/lookup.ts.)
import { createHmac } from 'node:crypto';
import { toLatinDigits } from '@diwan/client/core';

/** Reference as a key: case, spaces and dashes do not matter (`dw 2026 0001` finds `DW-2026-0001`). */
export function referenceKey(reference: string): string {
  return toLatinDigits(reference.normalize('NFKC')).toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** A verification value as compared: local digits → ASCII, spaces collapsed, case ignored. */
export function verificationKey(value: string): string {
  return toLatinDigits(value.normalize('NFKC')).trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

export interface Keys {
  /** The stored form of a verification value for one request. */
  verifier(reference: string, value: string): Buffer;
  /** A client address as a counter key (hex). */
  client(address: string): string;
  /** A 32-byte key of its own for `purpose` (e.g. sealing eventsUrl tokens), derived from the secret. */
  derive(purpose: string): Buffer;
}

export function createKeys(secret: string): Keys {
  const mac = (purpose: string, text: string) => createHmac('sha256', secret).update(`${purpose}\0${text}`).digest();
  return {
    verifier: (reference, value) => mac(`verify:${referenceKey(reference)}`, verificationKey(value)),
    client: (address) => mac('client', address).toString('hex'),
    derive: (purpose) => mac('key', purpose),
  };
}
