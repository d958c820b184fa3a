// The migration runner: ordered files, one transaction under an advisory lock, all-or-nothing.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { scratchDatabase } from './scratch-database.mjs';
import { migrate, openPglite, openPostgres, pendingMigrations, readMigrations, splitStatements } from '../dist/index.js';

describe('splitStatements', () => {
  it('splits on semicolons outside quotes, dollar-quoted bodies and comments', () => {
    const sql = `create table a (x text default 'a;b'); -- a comment; still a comment
      create function f() returns trigger language plpgsql as $$ begin x := 1; return null; end $$;
      /* block; comment */ select "odd;name" from a`;
    assert.deepEqual(splitStatements(sql), [
      "create table a (x text default 'a;b')",
      'create function f() returns trigger language plpgsql as $$ begin x := 1; return null; end $$',
      'select "odd;name" from a',
    ]);
  });
});

const kinds = ['pglite', ...(process.env.DATABASE_URL ? ['postgres'] : [])];

for (const kind of kinds) {
  describe(`migrate on ${kind}`, () => {
    let dir;
    let open;
    let drop = async () => {};
    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'diwan-migrate-'));
      if (kind === 'pglite') {
        open = () => openPglite(dir);
      } else {
        const scratch = await scratchDatabase(`diwan_migrate_${process.pid}`);
        open = () => openPostgres(scratch.url);
        drop = scratch.drop;
      }
    });
    after(async () => {
      await drop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('applies the shipped migrations once, in order; a second run applies nothing', async () => {
      const db = await open();
      try {
        const shipped = (await readMigrations()).map((migration) => migration.name);
        assert.deepEqual(shipped, [...shipped].sort());
        assert.deepEqual(await pendingMigrations(db), shipped);
        assert.deepEqual(await migrate(db), shipped);
        assert.deepEqual(await migrate(db), []);
        assert.deepEqual(await pendingMigrations(db), []);
      } finally {
        await db.close();
      }
    });

    it('concurrent runs apply each new migration exactly once (advisory lock)', async () => {
      const extra = [
        ...(await readMigrations()),
        { name: '900_counter.sql', sql: 'create table test_counter (n int); insert into test_counter values (1);' },
      ];
      // PostgreSQL: two pools = two sessions racing; PGlite: one instance, transactions queue
      const first = await open();
      const second = kind === 'postgres' ? await open() : first;
      try {
        const results = await Promise.all([migrate(first, extra), migrate(second, extra)]);
        assert.deepEqual(results.map((names) => names.length).sort(), [0, 1]);
        assert.deepEqual(await first.query('select count(*)::int as n from test_counter'), [{ n: 1 }]);
      } finally {
        if (second !== first) await second.close();
        await first.close();
      }
    });

    it('a failing migration leaves nothing behind (the earlier new ones in the run are rolled back too)', async () => {
      const db = await open();
      try {
        const broken = [
          ...(await readMigrations()),
          { name: '901_good.sql', sql: 'create table test_good (n int);' },
          { name: '902_bad.sql', sql: 'create table test_bad (n int); select * from no_such_table;' },
        ];
        await assert.rejects(migrate(db, broken), /Migration 902_bad\.sql failed/);
        assert.deepEqual(await db.query("select to_regclass('test_good') is null as gone"), [{ gone: true }]);
        assert.deepEqual(await pendingMigrations(db, broken), ['901_good.sql', '902_bad.sql']);
      } finally {
        await db.close();
      }
    });
  });
}
