// diwan-server's commands as a user runs them (the built bin, real processes, a temporary data folder).
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli, startServerProcess } from './server-process.mjs';

describe('diwan-server CLI on the embedded database', () => {
  let dir;
  let env;
  const run = (...args) => runCli(env, ...args);
  const exported = () => JSON.parse(readFileSync(join(dir, 'export.json'), 'utf8'));

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'diwan-cli-'));
    env = { ...process.env, DIWAN_DATA_DIR: join(dir, 'data'), DATABASE_URL: '', DIWAN_SECRET: '', LOG_LEVEL: 'warn' };
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('seeds the demo data plus generated services, and exports catalogue and rules', () => {
    const seeded = run('seed', '--services', '5');
    assert.equal(seeded.status, 0, seeded.stderr);
    assert.match(seeded.stdout, /11 categories, 52 services, 7 rule sets, 13 requests/);
    assert.ok(existsSync(join(dir, 'data/secret')), 'a secret is generated into the data folder');
    const result = run('export', join(dir, 'export.json'));
    assert.equal(result.status, 0, result.stderr);
    const document = exported();
    assert.equal(document.services.length, 52);
    assert.equal(document.rules.length, 7);
  });

  it('refuses an import with every problem listed, and writes nothing', () => {
    const document = exported();
    const rules = structuredClone(document.rules[0]);
    const numberQuestion = rules.questions.find((question) => question.type === 'number');
    numberQuestion.min = 10;
    numberQuestion.max = 1;
    rules.outcomes[0].when = { '==': [{ var: 'no-such-question' }, true] };
    const bad = {
      categories: document.categories,
      services: [{ ...document.services[0], category: 'no-such-category' }, ...document.services.slice(1)],
      rules: [rules],
    };
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
    const result = run('import', join(dir, 'bad.json'));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /refused; nothing was written/);
    assert.match(result.stderr, /services\[0\]\.category: no category "no-such-category"/);
    assert.match(result.stderr, /no-such-question/);
    assert.match(result.stderr, /min/);
    const again = run('export', join(dir, 'export.json'));
    assert.equal(again.status, 0);
    assert.equal(exported().services[0].category, document.services[0].category);
  });

  it('imports a changed catalogue', () => {
    const document = exported();
    document.services[0].name = { en: 'Renamed by an import', ar: 'اسم جديد' };
    writeFileSync(join(dir, 'good.json'), JSON.stringify(document));
    const result = run('import', join(dir, 'good.json'));
    assert.equal(result.status, 0, result.stderr);
    assert.equal(run('export', join(dir, 'export.json')).status, 0);
    assert.equal(exported().services[0].name.en, 'Renamed by an import');
  });

  const tokens = {};
  it('token create prints the token alone on its last line; list shows it without the token; revoke marks it', () => {
    const created = run('token', 'create', '--name', 'Amina at the counter', '--role', 'caseworker');
    assert.equal(created.status, 0, created.stderr);
    const lines = created.stdout.trimEnd().split('\n');
    assert.match(lines.at(-1), /^diwan_staff_[\w-]{43}$/);
    assert.match(lines[0], /shown this once/);
    tokens.kept = lines.at(-1);
    const second = run('token', 'create', '--name', 'Leaver', '--role', 'editor');
    tokens.revoked = second.stdout.trimEnd().split('\n').at(-1);
    const wrongRole = run('token', 'create', '--name', 'x', '--role', 'wizard');
    assert.equal(wrongRole.status, 1);
    assert.match(wrongRole.stderr, /caseworker, editor, analyst, admin/);
    const listed = run('token', 'list');
    assert.equal(listed.status, 0, listed.stderr);
    assert.match(listed.stdout, /^1\s+caseworker\s+Amina at the counter\s.*active$/m);
    assert.match(listed.stdout, /^2\s+editor\s+Leaver\s.*active$/m);
    assert.ok(!listed.stdout.includes(tokens.kept), 'a listing never shows a token');
    tokens.admin = run('token', 'create', '--name', 'Operator', '--role', 'admin').stdout.trimEnd().split('\n').at(-1);
    const revoked = run('token', 'revoke', '2');
    assert.equal(revoked.status, 0, revoked.stderr);
    assert.match(run('token', 'list').stdout, /^2\s+editor\s+Leaver\s.*revoked \d{4}-\d\d-\d\d$/m);
    assert.equal(run('token', 'revoke', '99').status, 1);
  });

  it('while the server runs: a write is refused with what to do, an export goes through the server; SIGTERM stops it cleanly', async () => {
    const server = await startServerProcess(env);
    const { url } = server;
    try {
      assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
      writeFileSync(join(dir, 'any.json'), JSON.stringify({ categories: [], services: [] }));
      const refused = run('import', join(dir, 'any.json'));
      assert.equal(refused.status, 1);
      assert.match(refused.stderr, new RegExp(`in use by process ${server.pid}`));
      assert.match(refused.stderr, /stop the server, run the command, start the server again/);
      const exportedLive = run('export', join(dir, 'export.json'));
      assert.equal(exportedLive.status, 0, exportedLive.stderr);
      assert.equal(exported().services.length, 52);
      // the tokens made at the command line: the kept one opens the staff routes, the revoked one does not
      const me = await fetch(`${url}/api/v1/staff/me`, { headers: { Authorization: `Bearer ${tokens.kept}` } });
      assert.equal(me.status, 200);
      assert.equal((await me.json()).name, 'Amina at the counter');
      assert.equal((await fetch(`${url}/api/v1/staff/me`, { headers: { Authorization: `Bearer ${tokens.revoked}` } })).status, 401);
      // the command line's token changes are in the audit trail, by actor "cli"
      const audit = await (await fetch(`${url}/api/v1/staff/audit`, { headers: { Authorization: `Bearer ${tokens.admin}` } })).json();
      assert.deepEqual(audit.items.map((item) => [item.actor, item.action, item.targetId]).reverse(), [
        ['cli', 'token.create', '1'], ['cli', 'token.create', '2'], ['cli', 'token.create', '3'], ['cli', 'token.revoke', '2'],
      ]);
      // the refused write names the token command too
      assert.match(run('token', 'create', '--name', 'y', '--role', 'admin').stderr, /in use by process/);
    } finally {
      assert.deepEqual(await server.stop(), { code: 0, signal: null });
    }
    assert.ok(!existsSync(join(dir, 'data/lock.json')), 'the lock is released on shutdown');
  });

  it('asks for DIWAN_SECRET with DATABASE_URL', () => {
    const result = runCli({ ...env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' }, 'migrate');
    assert.equal(result.status, 1);
    assert.match(result.stderr, /DIWAN_SECRET is required with DATABASE_URL/);
  });
});
