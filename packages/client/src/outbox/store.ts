// The outbox's IndexedDB store: one object store of items keyed by idempotency key.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Feedback } from '../schemas/feedback.js';

/** A write waiting to be delivered. Its comment is already redacted: nothing else is stored. */
export interface OutboxItem {
  /** The idempotency key: the same on every attempt, so the server can tell a replay. */
  key: string;
  /** Which backend delivers it (see `Outbox.connect`). */
  target: string;
  feedback: Feedback;
  createdAt: number;
  attempts: number;
  /** Not sent again before this time (ms since the epoch) unless the connection comes back. */
  nextAttemptAt: number;
  /** Why the last attempt failed, for hosts inspecting the queue. */
  lastError?: string;
  /** Lease fallback (no Web Locks): who is sending it, until when. */
  leaseOwner?: string;
  leaseUntil?: number;
}

interface OutboxSchema extends DBSchema {
  items: { key: string; value: OutboxItem };
}

const STORE = 'items';

export class OutboxStore {
  #database?: Promise<IDBPDatabase<OutboxSchema>>;

  constructor(readonly name: string) {}

  private open(): Promise<IDBPDatabase<OutboxSchema>> {
    if (!this.#database) {
      if (typeof indexedDB === 'undefined') return Promise.reject(new Error('IndexedDB is not available here.'));
      const database = openDB<OutboxSchema>(this.name, 1, {
        upgrade(db) {
          db.createObjectStore(STORE, { keyPath: 'key' });
        },
        blocking(_current, _next, event) {
          // another tab upgrades the database: let it (this connection reopens on next use)
          (event.target as IDBDatabase).close();
        },
      });
      database.catch(() => (this.#database = undefined)); // a later call may succeed (private mode, quota)
      this.#database = database;
    }
    return this.#database;
  }

  async all(): Promise<OutboxItem[]> {
    return (await this.open()).getAll(STORE);
  }

  async get(key: string): Promise<OutboxItem | undefined> {
    return (await this.open()).get(STORE, key);
  }

  async put(item: OutboxItem): Promise<void> {
    const { leaseOwner: _owner, leaseUntil: _until, ...withoutLease } = item;
    await (await this.open()).put(STORE, withoutLease);
  }

  /** Writes the item (without lease) only if `owner` still holds its lease: a late tab never resurrects it. */
  async putIfLeased(item: OutboxItem, owner: string): Promise<boolean> {
    const transaction = (await this.open()).transaction(STORE, 'readwrite');
    const current = await transaction.store.get(item.key);
    const ours = current?.leaseOwner === owner;
    if (ours) {
      const { leaseOwner: _owner, leaseUntil: _until, ...withoutLease } = item;
      await transaction.store.put(withoutLease);
    }
    await transaction.done;
    return ours;
  }

  async delete(key: string): Promise<void> {
    await (await this.open()).delete(STORE, key);
  }

  /**
   * Takes the lease on an item in one transaction (IndexedDB serialises overlapping read-write
   * transactions, so two tabs cannot both take it). `created` is stored with the lease when given.
   * Returns the item, `busy` when someone else holds a live lease, or `gone`.
   */
  async takeLease(key: string, owner: string, now: number, until: number, created?: OutboxItem): Promise<OutboxItem | 'busy' | 'gone'> {
    const transaction = (await this.open()).transaction(STORE, 'readwrite');
    const item = created ?? (await transaction.store.get(key));
    if (!item) {
      await transaction.done;
      return 'gone';
    }
    // a live lease is respected even when it is our own: one instance may flush and submit at once
    if (!created && (item.leaseUntil ?? 0) > now) {
      await transaction.done;
      return 'busy';
    }
    const leased = { ...item, leaseOwner: owner, leaseUntil: until };
    await transaction.store.put(leased);
    await transaction.done;
    return leased;
  }

  close(): void {
    const database = this.#database;
    this.#database = undefined;
    void database?.then((db) => db.close()).catch(() => undefined);
  }
}
