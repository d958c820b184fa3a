// LISTEN on PostgreSQL through one dedicated connection that comes back after any drop. postgres.js'
// own sql.listen re-listens once when its connection closes, and if that attempt fails — the database
// still restarting, a failover not finished — it drops the channel and never tries again: live updates
// stopped for good and the catalogue version fell back to its 5-s re-reads. Here every failed attempt
// is retried with a growing pause, for as long as the process runs, and each listener's onListen runs
// again once listening is back (it re-reads what a missed notification could have changed).
import type { Options, Sql } from 'postgres';

interface Listener {
  onNotify(payload: string): void;
  onListen?(): void;
}

export interface ResilientListener {
  listen(channel: string, onNotify: (payload: string) => void, onListen?: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** Pauses before each attempt to listen again after a drop, in ms; the last one repeats. */
const RETRY_MS = [0, 250, 500, 1000, 2000, 5000];

const quoted = (channel: string) => `"${channel.replace(/"/g, '""')}"`;

export function resilientListener(
  postgres: (url: string, options: Options<Record<string, never>>) => Sql,
  url: string,
  options: Options<Record<string, never>>,
): ResilientListener {
  const channels = new Map<string, Set<Listener>>();
  let closed = false;
  let attempt = 0;
  let timer: NodeJS.Timeout | undefined;

  const scheduleRelisten = () => {
    if (closed || timer || channels.size === 0) return;
    timer = setTimeout(relisten, RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)]);
    attempt += 1;
    timer.unref();
  };
  const sql = postgres(url, {
    ...options,
    max: 1,
    idle_timeout: 0,
    max_lifetime: null,
    fetch_types: false,
    // postgres.js' own hook for notifications (the one its sql.listen uses; not in its typings)
    onnotify: (channel: string, payload: string) => channels.get(channel)?.forEach((listener) => listener.onNotify(payload)),
    // also called when an attempt to connect fails: the next attempt is scheduled either way
    onclose: scheduleRelisten,
  } as Options<Record<string, never>>);

  async function relisten() {
    timer = undefined;
    try {
      for (const channel of channels.keys()) await sql.unsafe(`listen ${quoted(channel)}`);
    } catch {
      scheduleRelisten();
      return;
    }
    attempt = 0;
    for (const listeners of [...channels.values()]) for (const listener of listeners) listener.onListen?.();
  }

  return {
    async listen(channel, onNotify, onListen) {
      const listener: Listener = { onNotify, onListen };
      let listeners = channels.get(channel);
      if (!listeners) {
        listeners = new Set();
        channels.set(channel, listeners);
        try {
          await sql.unsafe(`listen ${quoted(channel)}`);
        } catch (error) {
          channels.delete(channel);
          throw error;
        }
      }
      listeners.add(listener);
      onListen?.();
      return async () => {
        listeners.delete(listener);
        if (listeners.size || channels.get(channel) !== listeners) return;
        channels.delete(channel);
        if (!closed) await sql.unsafe(`unlisten ${quoted(channel)}`).catch(() => undefined);
      };
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      await sql.end({ timeout: 5 });
    },
  };
}
