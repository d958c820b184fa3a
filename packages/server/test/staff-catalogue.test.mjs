// Catalogue and rules editing with an editor token, seen through the public routes (and the client's own
// adapter): new and changed services and categories appear at once with a new ETag, retired ones leave,
// missing translations are reported, rule versions are published only when checkRules passes and the
// previous version stays readable. Every change is audited.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { connectHttpBackend } from '@diwan/client';
import { DATABASES, errorBody, send, startTestServer } from './support.mjs';

const category = {
  id: 'water',
  name: { en: 'Water and sanitation', ar: 'الماء والصرف الصحي' },
  description: { en: 'Connections, bills and leaks.', ar: 'التوصيلات والفواتير والتسربات.', ckb: 'پەیوەندی، پسوولە و دزەکردن.', fr: 'Raccordements, factures et fuites.' },
};

const service = {
  id: 'rainwater-tank-permit',
  name: { en: 'New water connection', ar: 'توصيل ماء جديد', ckb: 'پەیوەندیی ئاوی نوێ', fr: 'Nouveau raccordement d’eau' },
  summary: 'Connect a building to the water network.',
  category: 'water',
  audiences: ['citizen', 'business'],
  channels: [{ kind: 'in_person', label: { en: 'Water directorate', ar: 'مديرية الماء', ckb: 'بەڕێوەبەرایەتیی ئاو' } }],
  processingTime: { max: 20, unit: 'day', workingDays: true },
};

for (const database of DATABASES) {
  describe(`catalogue and rules editing on ${database}`, () => {
    let server;
    let client;
    let editor;
    const edit = (method, path, body, token = editor) => send(`${server.api}/staff${path}`, method, body, token.headers);
    const etag = async (path = '/services') => {
      const response = await fetch(server.api + path);
      await response.arrayBuffer();
      return response.headers.get('etag');
    };
    const auditActions = async (targetId) =>
      (await server.store.db.query('select action, before, after from staff_audit where target_id = $1 order by id', [targetId]));

    before(async () => {
      server = await startTestServer({ database });
      client = await connectHttpBackend({ baseUrl: server.api, retries: 0 });
      editor = await server.staff('editor');
    });
    after(() => server.close());

    it('creates a category and a service: public at once, new ETag, missing translations reported', async () => {
      const before = await etag();
      const madeCategory = await edit('POST', '/categories', category);
      assert.equal(madeCategory.status, 201);
      assert.deepEqual((await madeCategory.json()).missingTranslations, [{ path: 'name', missing: ['ckb', 'fr'] }]);
      const made = await edit('POST', '/services', service);
      assert.equal(made.status, 201);
      const body = await made.json();
      assert.equal(body.service.hasEligibilityCheck, false);
      assert.deepEqual(body.missingTranslations, [
        { path: 'summary', missing: ['en', 'ar', 'ckb', 'fr'] },
        { path: 'channels.0.label', missing: ['fr'] },
      ]);
      const after = await fetch(`${server.api}/services`, { headers: { 'If-None-Match': before } });
      assert.equal(after.status, 200, 'the old ETag no longer matches');
      const catalogue = await after.json();
      assert.equal(catalogue.categories.at(-1).id, 'water');
      assert.equal(catalogue.services.at(-1).id, 'rainwater-tank-permit');
      assert.equal((await client.getService('rainwater-tank-permit')).name.fr, 'Nouveau raccordement d’eau');
      assert.equal((await errorBody(await edit('POST', '/services', service))).code, 'exists');
      assert.equal((await errorBody(await edit('POST', '/services', { ...service, id: 'orphan', category: 'no-such-category' }))).code, 'unknown_category');
    });

    it('updates a service in its place; the ETag changes and the change shows', async () => {
      const before = await etag('/services/rainwater-tank-permit');
      const { id, ...rest } = service;
      const changed = await edit('PUT', `/services/${id}`, { ...rest, summary: { en: 'Connect a building.', ar: 'وصل مبنى.', ckb: 'بەستنەوەی بینا.', fr: 'Raccorder un bâtiment.' } });
      assert.equal(changed.status, 200);
      assert.deepEqual((await changed.json()).missingTranslations, [{ path: 'channels.0.label', missing: ['fr'] }]);
      assert.notEqual(await etag('/services/rainwater-tank-permit'), before);
      assert.equal((await client.getService(id)).summary.ckb, 'بەستنەوەی بینا.');
      const position = (await client.listServices()).services.findIndex((item) => item.id === id);
      assert.equal(position, (await client.listServices()).services.length - 1);
      assert.equal((await edit('PUT', '/services/no-such-service', rest)).status, 404);
    });

    it('retires a service and then its category: they leave the public catalogue; a PUT brings them back', async () => {
      const inUse = await edit('POST', '/categories/water/retire');
      assert.equal(inUse.status, 409);
      assert.match((await errorBody(inUse)).message, /1 live service/);
      // no body and no Content-Type: a bodiless POST needs none
      const retired = await fetch(`${server.api}/staff/services/rainwater-tank-permit/retire`, { method: 'POST', headers: editor.headers });
      assert.equal(retired.status, 200);
      assert.match((await retired.json()).retiredAt, /^\d{4}-/);
      assert.equal((await fetch(`${server.api}/services/rainwater-tank-permit`)).status, 404);
      assert.ok(!(await client.listServices()).services.some((item) => item.id === 'rainwater-tank-permit'));
      assert.equal((await errorBody(await edit('POST', '/services/rainwater-tank-permit/retire'))).code, 'retired');
      assert.equal((await edit('POST', '/categories/water/retire')).status, 200);
      assert.ok(!(await client.listServices()).categories.some((item) => item.id === 'water'));
      const { id, ...rest } = service;
      assert.equal((await errorBody(await edit('PUT', `/services/${id}`, rest))).code, 'unknown_category');
      const { id: _categoryId, ...categoryRest } = category;
      assert.equal((await edit('PUT', '/categories/water', categoryRest)).status, 200);
      assert.equal((await edit('PUT', `/services/${id}`, rest)).status, 200);
      assert.equal((await client.getService(id)).id, id);
      assert.deepEqual((await auditActions('rainwater-tank-permit')).map((row) => row.action), ['service.create', 'service.update', 'service.retire', 'service.update']);
      assert.deepEqual((await auditActions('rainwater-tank-permit')).at(-1).before, { category: 'water', retired: true });
    });

    it('publishes a new rules version; the previous one stays readable; a failing document is refused whole', async () => {
      const current = await client.getEligibilityRules('passport-renewal');
      const next = structuredClone(current);
      next.version = `${current.version}-b`;
      next.nextSteps = [{ en: 'Book an appointment.', ar: 'احجز موعدًا.', ckb: 'کاتێک دیاری بکە.', fr: 'Prenez rendez-vous.' }];
      const published = await edit('POST', '/services/passport-renewal/rules', next);
      assert.equal(published.status, 201);
      const body = await published.json();
      assert.equal(body.previousVersion, current.version);
      assert.ok(Array.isArray(body.warnings));
      assert.equal((await client.getEligibilityRules('passport-renewal')).version, next.version);
      const old = await fetch(`${server.api}/services/passport-renewal/eligibility/versions/${encodeURIComponent(current.version)}`);
      assert.equal(old.status, 200);
      assert.deepEqual(await old.json(), JSON.parse(JSON.stringify(current)));
      assert.equal((await fetch(`${server.api}/services/passport-renewal/eligibility/versions/no-such-version`)).status, 404);

      const again = await edit('POST', '/services/passport-renewal/rules', next);
      assert.equal((await errorBody(again)).code, 'version_exists');
      const broken = structuredClone(next);
      broken.version = 'broken-1';
      broken.outcomes[0].when = { '==': [{ var: 'no-such-question' }, true] };
      const refused = await edit('POST', '/services/passport-renewal/rules', broken);
      assert.equal(refused.status, 422);
      const problem = await errorBody(refused);
      assert.equal(problem.code, 'invalid_rules');
      assert.match(problem.message, /outcomes\[0\].*no-such-question/);
      assert.equal((await client.getEligibilityRules('passport-renewal')).version, next.version, 'nothing was published');
      const elsewhere = await edit('POST', '/services/child-benefit/rules', { ...next, version: 'x-1' });
      assert.match((await errorBody(elsewhere)).message, /serviceId/);
      const audit = await auditActions('passport-renewal');
      assert.deepEqual(audit.map((row) => [row.action, row.before, row.after]), [['rules.publish', { version: current.version }, { version: next.version }]]);
    });

    it('refuses other roles (403), no token (401) and malformed bodies (400)', async () => {
      const caseworker = await server.staff('caseworker');
      for (const [method, path, body] of [['POST', '/services', service], ['POST', '/categories', category], ['POST', '/services/passport-renewal/rules', {}]]) {
        const refused = await edit(method, path, body, caseworker);
        assert.equal(refused.status, 403, path);
        assert.equal((await errorBody(refused)).code, 'forbidden');
      }
      assert.equal((await send(`${server.api}/staff/services`, 'POST', service)).status, 401);
      assert.equal((await edit('POST', '/requests/DW-2026-0001/events', { channel: 'web' })).status, 403, 'an editor is no caseworker');
      const { name: _name, ...nameless } = service;
      const malformed = await edit('POST', '/services', { ...nameless, id: 'nameless' });
      assert.equal(malformed.status, 400);
      assert.match((await errorBody(malformed)).message, /name/);
      assert.equal((await edit('POST', '/services/passport-renewal/rules', '{"serviceId": ')).status, 400);
    });
  });
}
