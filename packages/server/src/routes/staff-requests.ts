// Caseworkers' routes (scope `requests`): read a request without the citizen's verification value,
// create one on a citizen's behalf, and change it — each change through requests/lifecycle.ts (one
// transaction: the record, its event, the audit row, the NOTIFY).
import { Hono, type Context } from 'hono';
import * as z from 'zod/mini';
import { CitizenActionDone, ExpectedDateChange, NewCitizenAction, NewStaffRequest, OfficeAssignment, StaffRequestEvent } from '@diwan/client/staff';
import { notFound } from '../http/errors.js';
import { validated } from '../http/validate.js';
import { addEvent, assignOffice, completeAction, createRequest, requestAction, setExpectedDate, type ChangeContext } from '../requests/lifecycle.js';
import { loadRequest } from '../requests/queries.js';
import { referenceKey } from '../requests/keys.js';
import { writeAudit } from '../staff/audit.js';
import { requireScope } from '../staff/auth.js';
import { SERVER_CAPABILITIES } from './capabilities.js';
import type { AppDeps, AppEnv } from './deps.js';

const RequestParams = z.object({ reference: z.string().check(z.minLength(1), z.maxLength(64)) });
const ActionParams = z.object({ ...RequestParams.shape, actionId: z.string().check(z.minLength(1), z.maxLength(80)) });

export function staffRequestRoutes({ db, keys }: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const context = (c: Context<AppEnv>): ChangeContext => ({ actor: c.get('staff')!, requestId: c.get('requestId') });

  app.use('/staff/requests', requireScope('requests'));
  app.use('/staff/requests/*', requireScope('requests'));

  app.post('/staff/requests', validated('json', NewStaffRequest), async (c) => {
    const created = await createRequest(db, keys, c.req.valid('json'), context(c));
    c.header('Cache-Control', 'no-store');
    c.header('Location', `${c.req.path}/${created.reference}`);
    return c.json({ reference: created.reference, verification: String(SERVER_CAPABILITIES.tracking.verification), record: created.record }, 201);
  });

  // A caseworker reads a record without the citizen's value: audited, since it shows personal data.
  app.get('/staff/requests/:reference', validated('param', RequestParams), async (c) => {
    const [row] = await db.query<{ reference: string }>('select reference from requests where reference_key = $1', [referenceKey(c.req.valid('param').reference)]);
    const record = row && (await loadRequest(db, row.reference));
    if (!record) throw notFound('There is no request with this reference.');
    await writeAudit(db, c.get('staff')!, { action: 'request.read', targetType: 'request', targetId: record.reference, requestId: c.get('requestId') });
    c.header('Cache-Control', 'no-store');
    return c.json(record);
  });

  app.post('/staff/requests/:reference/events', validated('param', RequestParams), validated('json', StaffRequestEvent), async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(await addEvent(db, c.req.valid('param').reference, c.req.valid('json'), context(c)), 201);
  });

  app.put('/staff/requests/:reference/expected', validated('param', RequestParams), validated('json', ExpectedDateChange), async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(await setExpectedDate(db, c.req.valid('param').reference, c.req.valid('json'), context(c)));
  });

  app.post('/staff/requests/:reference/actions', validated('param', RequestParams), validated('json', NewCitizenAction), async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(await requestAction(db, c.req.valid('param').reference, c.req.valid('json'), context(c)), 201);
  });

  app.post('/staff/requests/:reference/actions/:actionId/done', validated('param', ActionParams), validated('json', CitizenActionDone), async (c) => {
    const { reference, actionId } = c.req.valid('param');
    c.header('Cache-Control', 'no-store');
    return c.json(await completeAction(db, reference, actionId, c.req.valid('json'), context(c)));
  });

  app.put('/staff/requests/:reference/office', validated('param', RequestParams), validated('json', OfficeAssignment), async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(await assignOffice(db, c.req.valid('param').reference, c.req.valid('json'), context(c)));
  });

  return app;
}
