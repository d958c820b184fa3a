// LISTEN on PostgreSQL survives a database that is away for a while (db/listener.ts). The connection to
// PostgreSQL runs through a proxy that this test can cut and keep refusing, as during a restart or a
// failover: listening must come back by itself once the database answers again, say so (onListen, which
// makes the catalogue version read again), and deliver notifications as before. postgres.js' own listen
// tried once after the drop, and when that attempt failed never again.
import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, it } from 'node:test';
import postgres from 'postgres';
import { openPostgres } from '../dist/index.js';

const url = process.env.DATABASE_URL;
const options = { skip: url ? false : 'needs DATABASE_URL (PostgreSQL)' };

async function until(check, what, ms = 20_000) {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

// What PostgreSQL answers a connection while it restarts: FATAL 57P03, then it closes.
function startingUp() {
  const fields = ['SFATAL', 'VFATAL', 'C57P03', 'Mthe database system is starting up'].map((field) => Buffer.from(`${field}\0`));
  const body = Buffer.concat([...fields, Buffer.from([0])]);
  const header = Buffer.alloc(5);
  header.write('E');
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

/** A TCP proxy to PostgreSQL whose connections can be cut, and then answered as a restarting server would. */
async function proxyTo(target) {
  const sockets = new Set();
  let refusing = false;
  const server = net.createServer((client) => {
    client.on('error', () => undefined);
    if (refusing) return client.once('data', () => client.end(startingUp()));
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    cut(how) {
      refusing = true;
      for (const socket of sockets) socket.destroy();
      if (how === 'refused') server.close(); // nothing listens: ECONNREFUSED
    },
    async reopen() {
      refusing = false;
      if (!server.listening) await new Promise((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    },
    close: () => new Promise((resolve) => {
      for (const socket of sockets) socket.destroy();
      if (server.listening) server.close(resolve);
      else resolve();
    }),
  };
}

let proxy;
let db;
let notifier;
before(async () => {
  if (!url) return;
  const target = new URL(url);
  proxy = await proxyTo(target);
  const proxied = new URL(url);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(proxy.port);
  // postgres.js keeps trying to connect for connect_timeout (30 s by default); a failover can take
  // longer. One second here, so an outage of three outlasts it.
  proxied.searchParams.set('connect_timeout', '1');
  db = await openPostgres(proxied.href, { max: 2 });
  notifier = postgres(url, { max: 1, onnotice: () => undefined });
});
after(async () => {
  await db?.close();
  await notifier?.end();
  await proxy?.close();
});

for (const how of ['restarting', 'refused']) it(`listens again by itself after the database was away for a while (${how}), and says so`, options, async () => {
  const channel = `diwan_listen_test_${process.pid}_${how}`;
  const received = [];
  let listens = 0;
  await db.listen(channel, (payload) => received.push(payload), () => { listens += 1; });
  assert.equal(listens, 1);
  await notifier`select pg_notify(${channel}, 'before')`;
  await until(() => received.includes('before'), 'the first notification');

  // for 3 s every connection is answered 57P03 (restarting) or refused (nothing listens)
  proxy.cut(how);
  await new Promise((resolve) => setTimeout(resolve, 3000));
  assert.equal(listens, 1, 'no listening while the database is away');
  await proxy.reopen();

  await until(() => listens === 2, 'listening again once the database is back');
  await notifier`select pg_notify(${channel}, 'after')`;
  await until(() => received.includes('after'), 'a notification after the outage');
  assert.deepEqual(received, ['before', 'after']);
});
