// The request lifecycle with a caseworker token, seen as the citizen sees it (the public lookup through
// the client's own adapter): status changes, illegal transitions refused with nothing written, requests
// made on a citizen's behalf, expected dates (SLA state follows), actions, offices — each change with its
// audit row, and announced on diwan_request_changed after commit (PostgreSQL run).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import postgres from 'postgres';
import { connectHttpBackend } from '@diwan/client';
import { slaState } from '@diwan/client/tracking';
import { DATABASES, errorBody, send, startTestServer } from './support.mjs';

const DAY = 86_400_000;

for (const database of DATABASES) {
  describe(`the request lifecycle on ${database}`, () => {
    let server;
    let client;
    let caseworker;
    const staff = (method, path, body, token = caseworker) => send(`${server.api}/staff${path}`, method, body, token.headers);
    const auditOf = async (reference) =>
      server.store.db.query('select action, token_id::text as token_id, actor, before, after from staff_audit where target_id = $1 order by id', [reference]);

    before(async () => {
      server = await startTestServer({ database });
      client = await connectHttpBackend({ baseUrl: server.api, retries: 0 });
      caseworker = await server.staff('caseworker', 'Amina at the counter');
    });
    after(() => server.close());

    it('takes DW-2026-0001 from in progress to completed, and the citizen\'s lookup shows it', async () => {
      assert.equal((await client.findRequest({ reference: 'DW-2026-0001', verification: 'Karim' })).status, 'in_progress');
      const note = { en: 'Your passport is ready: collected at the counter.', ar: 'جوازك جاهز.', ckb: 'پاسپۆرتەکەت ئامادەیە.', fr: 'Votre passeport est prêt.' };
      const response = await staff('POST', '/requests/DW-2026-0001/events', { status: 'completed', channel: 'counter', note });
      assert.equal(response.status, 201);
      assert.equal((await response.json()).status, 'completed');
      const seen = await client.findRequest({ reference: 'DW-2026-0001', verification: 'كريم' });
      assert.equal(seen.status, 'completed');
      assert.deepEqual(seen.statusNote, note);
      assert.deepEqual({ ...seen.timeline.at(-1), at: undefined }, { at: undefined, channel: 'counter', status: 'completed', note });
      const [audit] = await auditOf('DW-2026-0001');
      assert.deepEqual(audit, { action: 'request.status', token_id: caseworker.id, actor: 'Amina at the counter', before: { status: 'in_progress' }, after: { status: 'completed' } });
    });

    it('refuses an illegal transition with 409 naming from → to, and writes nothing', async () => {
      const events = async () => (await server.store.db.query("select count(*)::int as n from request_events where reference = 'DW-2026-0004'"))[0].n;
      const audits = async () => (await server.store.db.query('select count(*)::int as n from staff_audit'))[0].n;
      const [eventsBefore, auditsBefore] = [await events(), await audits()];
      const back = await staff('POST', '/requests/DW-2026-0004/events', { status: 'in_progress', channel: 'phone' });
      assert.equal(back.status, 409);
      const body = await errorBody(back);
      assert.equal(body.code, 'illegal_transition');
      assert.match(body.message, /from completed to in_progress.*From completed it can go to: closed/);
      const same = await errorBody(await staff('POST', '/requests/DW-2026-0004/events', { status: 'completed', channel: 'phone' }));
      assert.match(same.message, /already completed: send the event without a status/);
      assert.equal(await events(), eventsBefore);
      assert.equal(await audits(), auditsBefore);
      assert.equal((await client.findRequest({ reference: 'DW-2026-0004', verification: 'Saleh' })).status, 'completed');
      // a note alone is always allowed, and closing is allowed from completed
      assert.equal((await staff('POST', '/requests/DW-2026-0004/events', { channel: 'phone', note: 'Called: all fine.' })).status, 201);
      assert.equal((await staff('POST', '/requests/dw 2026 0004/events', { status: 'closed', channel: 'web' })).status, 201);
      const final = await errorBody(await staff('POST', '/requests/DW-2026-0004/events', { status: 'received', channel: 'web' }));
      assert.match(final.message, /from closed to received.*nothing \(it is final\)/);
    });

    it('creates a request on a citizen\'s behalf: the next reference, the surname they will use, the service\'s time', async () => {
      const submittedAt = '2026-11-25T09:00:00.000Z';
      const response = await staff('POST', '/requests', {
        serviceId: 'passport-renewal', channel: 'phone', verification: ['Yilmaz', 'يلماز'], submittedAt,
        office: { id: 'passports-erbil', name: { en: 'Passport office, Erbil', ar: 'مكتب الجوازات، أربيل' }, phone: '+964 66 555 0120' },
      });
      assert.equal(response.status, 201);
      const created = await response.json();
      assert.equal(created.reference, 'DW-2026-0014');
      assert.match(created.reference, new RegExp(client.capabilities.tracking.referencePattern));
      assert.equal(created.verification, client.capabilities.tracking.verification);
      assert.equal(response.headers.get('location'), '/api/v1/staff/requests/DW-2026-0014');
      // 10 working days → 14 calendar days
      assert.equal(created.record.expectedAt, new Date(Date.parse(submittedAt) + 14 * DAY).toISOString());
      const seen = await client.findRequest({ reference: 'DW-2026-0014', verification: 'yilmaz' });
      assert.deepEqual({ status: seen.status, timeline: seen.timeline, office: seen.office.name.en }, {
        status: 'received', timeline: [{ at: submittedAt, channel: 'phone', status: 'received' }], office: 'Passport office, Erbil',
      });
      await assert.rejects(client.findRequest({ reference: 'DW-2026-0014', verification: 'Karim' }), (error) => error.code === 'not_found');
      // the verification value is nowhere but in its keyed hash
      const everything = JSON.stringify(await server.store.db.query('select * from staff_audit')) + server.logs.join('');
      assert.doesNotMatch(everything, /yilmaz|يلماز/i);
      assert.deepEqual((await auditOf('DW-2026-0014'))[0].after, { status: 'received', serviceId: 'passport-renewal', channel: 'phone', officeId: 'passports-erbil' });
      // several at once: distinct, consecutive references
      const burst = await Promise.all(Array.from({ length: 5 }, () =>
        staff('POST', '/requests', { serviceId: 'passport-renewal', channel: 'counter', verification: ['Demir'] }).then((r) => r.json())));
      const numbers = burst.map((item) => Number(item.reference.slice(-4))).sort((a, b) => a - b);
      const year = new Date().getUTCFullYear();
      assert.ok(burst.every((item) => item.reference.startsWith(`DW-${year}-`)));
      if (year === 2026) assert.deepEqual(numbers, [15, 16, 17, 18, 19]);
      else assert.deepEqual(numbers, [1, 2, 3, 4, 5]);
      // refused: an unknown service, a date in the future
      assert.equal((await errorBody(await staff('POST', '/requests', { serviceId: 'no-such-service', channel: 'web', verification: ['X'] }))).code, 'unknown_service');
      const future = new Date(Date.now() + 3 * DAY).toISOString();
      assert.equal((await errorBody(await staff('POST', '/requests', { serviceId: 'passport-renewal', channel: 'web', verification: ['X'], submittedAt: future }))).code, 'invalid_date');
    });

    it('moves the expected date, and the SLA state follows it', async () => {
      const now = new Date();
      const lookup = () => client.findRequest({ reference: 'DW-2026-0002', verification: 'Haddad' });
      assert.equal(slaState(await lookup(), now), 'overdue');
      const later = new Date(now.getTime() + 20 * DAY).toISOString();
      const moved = await staff('PUT', '/requests/DW-2026-0002/expected', { expectedAt: later, channel: 'email' });
      assert.equal(moved.status, 200);
      const record = await lookup();
      assert.equal(record.expectedAt, later);
      assert.equal(slaState(record, now), 'on_track');
      assert.equal(record.timeline.at(-1).note.en, 'The expected date has changed.');
      const soon = new Date(now.getTime() - DAY).toISOString();
      await staff('PUT', '/requests/DW-2026-0002/expected', { expectedAt: soon, channel: 'email' });
      assert.equal(slaState(await lookup(), now), 'overdue');
      const audit = (await auditOf('DW-2026-0002')).filter((row) => row.action === 'request.expected');
      assert.deepEqual(audit.map((row) => row.after.expectedAt), [later, soon]);
      const beforeSubmission = await staff('PUT', '/requests/DW-2026-0002/expected', { expectedAt: '2025-01-01T00:00:00Z', channel: 'email' });
      assert.equal(beforeSubmission.status, 422);
      assert.equal((await errorBody(beforeSubmission)).code, 'invalid_date');
      const finished = await staff('PUT', '/requests/DW-2026-0008/expected', { expectedAt: later, channel: 'email' });
      assert.equal(finished.status, 409);
      assert.equal((await errorBody(finished)).code, 'request_finished');
    });

    it('asks the citizen for a document, then marks it done; assigns an office', async () => {
      const lookup = () => client.findRequest({ reference: 'DW-2026-0003', verification: 'Othman' });
      const label = { en: 'Send a copy of your lease', ar: 'أرسل نسخة من عقد الإيجار', ckb: 'کۆپییەکی گرێبەستی کرێکەت بنێرە', fr: 'Envoyez une copie de votre bail' };
      const asked = await staff('POST', '/requests/DW-2026-0003/actions', { kind: 'documents', label, channel: 'email', dueBy: '2026-12-20T00:00:00Z' });
      assert.equal(asked.status, 201);
      const action = (await lookup()).actionsNeeded.find((item) => item.label.en === label.en);
      assert.ok(action, 'the citizen sees the action');
      assert.match(action.id, /^documents-\d+$/);
      assert.equal(action.dueBy, '2026-12-20T00:00:00.000Z');
      const duplicate = await staff('POST', '/requests/DW-2026-0003/actions', { id: action.id, kind: 'payment', label: 'Pay', channel: 'web' });
      assert.equal((await errorBody(duplicate)).code, 'action_exists');
      const done = await staff('POST', `/requests/DW-2026-0003/actions/${action.id}/done`, { channel: 'post' });
      assert.equal(done.status, 200);
      assert.ok(!(await lookup()).actionsNeeded.some((item) => item.id === action.id), 'a done action leaves the list');
      assert.equal((await errorBody(await staff('POST', `/requests/DW-2026-0003/actions/${action.id}/done`, { channel: 'post' }))).code, 'action_done');
      assert.equal((await staff('POST', '/requests/DW-2026-0003/actions/no-such-action/done', { channel: 'post' })).status, 404);

      const office = { id: 'municipality-sulaymaniyah', name: { en: 'Sulaymaniyah municipality', ckb: 'شارەوانیی سلێمانی' }, email: 'info@sul.example.gov' };
      assert.equal((await staff('PUT', '/requests/DW-2026-0003/office', { office, channel: 'web' })).status, 200);
      assert.deepEqual((await lookup()).office, { name: office.name, email: office.email });
      const audit = await auditOf('DW-2026-0003');
      assert.deepEqual(audit.map((row) => row.action), ['request.action', 'request.action_done', 'request.office']);
      assert.equal(audit.at(-1).after.officeId, 'municipality-sulaymaniyah');
    });

    it('reads a request for staff (audited), 404 for none; 401 without a token, 403 for another role', async () => {
      const read = await staff('GET', '/requests/DW-2026-0005');
      assert.equal(read.status, 200);
      assert.equal((await read.json()).reference, 'DW-2026-0005');
      assert.deepEqual((await auditOf('DW-2026-0005')).map((row) => row.action), ['request.read']);
      assert.equal((await staff('GET', '/requests/DW-2026-9999')).status, 404);
      assert.equal((await send(`${server.api}/staff/requests/DW-2026-0005/events`, 'POST', { channel: 'web' })).status, 401);
      const editor = await server.staff('editor');
      const refused = await staff('POST', '/requests/DW-2026-0005/events', { status: 'in_progress', channel: 'web' }, editor);
      assert.equal(refused.status, 403);
      assert.equal((await errorBody(refused)).code, 'forbidden');
      assert.equal((await client.findRequest({ reference: 'DW-2026-0005', verification: 'Ahmed' })).status, 'received');
    });

    it('refuses malformed bodies with a 400 naming the field', async () => {
      for (const [body, field] of [
        [{ status: 'done', channel: 'web' }, 'status'],
        [{ status: 'in_progress' }, 'channel'],
        [{ channel: 'fax' }, 'channel'],
        [{ channel: 'web', note: 'x'.repeat(2001) }, 'note'],
        [{ channel: 'web', note: { 'not a locale': 'x' } }, 'note'],
      ]) {
        const response = await staff('POST', '/requests/DW-2026-0005/events', body);
        assert.equal(response.status, 400, JSON.stringify(body).slice(0, 80));
        assert.match((await errorBody(response)).message, new RegExp(field));
      }
      // year 0000 is valid ISO 8601 but no date PostgreSQL keeps: refused up front (it was a 500)
      for (const expectedAt of ['0000-01-01T00:00:00Z', '9999-12-31T23:59:59-14:00']) {
        const response = await staff('PUT', '/requests/DW-2026-0005/expected', { expectedAt, channel: 'web' });
        assert.equal(response.status, 400, expectedAt);
        assert.match((await errorBody(response)).message, /expectedAt: must be between the years 1900 and 2999/);
      }
    });

    if (database === 'postgres') {
      it('announces each committed change on diwan_request_changed (the reference only), and no refused one', async () => {
        const sql = postgres(server.databaseUrl, { max: 1, onnotice: () => {} });
        const heard = [];
        const listening = await sql.listen('diwan_request_changed', (payload) => heard.push(payload));
        try {
          await staff('POST', '/requests/DW-2026-0012/events', { channel: 'sms', note: 'Reminder sent.' });
          const refused = await staff('POST', '/requests/DW-2026-0005/events', { status: 'closed', channel: 'sms' }); // received → closed: illegal
          assert.equal(refused.status, 409);
          await staff('POST', '/requests/DW-2026-0012/events', { channel: 'phone', note: 'Called back.' });
          // a bound on waiting, not a speed check: notifications arrive in commit order
          const deadline = Date.now() + 10_000;
          while (heard.length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
          assert.deepEqual(heard, ['DW-2026-0012', 'DW-2026-0012']);
        } finally {
          await listening.unlisten();
          await sql.end();
        }
      });
    }
  });
}
