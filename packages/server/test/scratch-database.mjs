// A scratch PostgreSQL database beside the one DATABASE_URL names (tests, the conformance kit's own test,
// benches): created empty (dropped first if a crashed run left it), dropped again by `drop()`.
import postgres from 'postgres';

/**
 * @param {string} name a PostgreSQL identifier; letters, digits and _ only (others become _)
 * @param {string} [adminUrl] a database URL whose role may create databases (default DATABASE_URL)
 * @returns {Promise<{ url: string, drop(): Promise<void> }>}
 */
export async function scratchDatabase(name, adminUrl = process.env.DATABASE_URL) {
  const safeName = name.replace(/[^a-z0-9_]/gi, '_');
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${safeName} with (force)`);
  await admin.unsafe(`create database ${safeName}`);
  const url = new URL(adminUrl);
  url.pathname = `/${safeName}`;
  return {
    url: url.href,
    async drop() {
      await admin.unsafe(`drop database if exists ${safeName} with (force)`);
      await admin.end();
    },
  };
}

/** A name no other run uses at the same time: `prefix_pid_random`. */
export const uniqueName = (prefix) => `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
