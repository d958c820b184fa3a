// The embedded database's folder: PGlite's files (pgdata/), the server secret, and a lock file. PGlite
// is one process: the lock keeps a second process (a CLI command, a second server) from opening the
// same files, which would corrupt them.
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export interface LockInfo {
  pid: number;
  /** Where the holder serves HTTP, when it is a server (write commands can go through it). */
  url?: string;
  command: string;
}

export class DataDirBusyError extends Error {
  constructor(readonly dataDir: string, readonly holder: LockInfo) {
    super(
      `The embedded database in ${dataDir} is in use by process ${holder.pid} (${holder.command}` +
        `${holder.url ? ` at ${holder.url}` : ''}). PGlite allows one process at a time: stop that process first, ` +
        'or point DATABASE_URL at a PostgreSQL server to run several.',
    );
  }
}

export const pgdataPath = (dataDir: string) => join(dataDir, 'pgdata');
const lockPath = (dataDir: string) => join(dataDir, 'lock.json');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function readLock(dataDir: string): LockInfo | undefined {
  try {
    const info = JSON.parse(readFileSync(lockPath(dataDir), 'utf8')) as LockInfo;
    return typeof info.pid === 'number' && alive(info.pid) ? info : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the folder for this process (created if missing). Throws DataDirBusyError while another live
 * process holds it; a lock left by a process that died is taken over. Returns the release function.
 */
export function lockDataDir(dataDir: string, info: Omit<LockInfo, 'pid'>): { release(): void; update(info: Partial<LockInfo>): void } {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const path = lockPath(dataDir);
  let current: LockInfo = { pid: process.pid, ...info };
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600); // atomic: exactly one process creates it
      writeSync(fd, JSON.stringify(current));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 2) throw error;
      const holder = readLock(dataDir);
      if (holder && holder.pid !== process.pid) throw new DataDirBusyError(dataDir, holder);
      rmSync(path, { force: true }); // stale: its process is gone
    }
  }
  return {
    release: () => {
      if (readLock(dataDir)?.pid === process.pid) rmSync(path, { force: true });
    },
    update(more) {
      current = { ...current, ...more };
      const fd = openSync(path, 'w', 0o600);
      writeSync(fd, JSON.stringify(current));
      closeSync(fd);
    },
  };
}

/** The server secret kept in the data folder, generated on first use (readable by its owner only). */
export function dataDirSecret(dataDir: string): string {
  const path = join(dataDir, 'secret');
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  try {
    const fd = openSync(path, 'wx', 0o600);
    writeSync(fd, randomBytes(32).toString('hex'));
    closeSync(fd);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readFileSync(path, 'utf8').trim();
}
