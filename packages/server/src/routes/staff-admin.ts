// Staff routes for every token and for admins: who am I (GET /staff/me), tokens (scope `tokens`) and the
// audit trail (scope `audit`). Token changes are audited in the same transaction as the change.
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { AuditQuery, NewStaffToken, StaffToken, type StaffIdentity } from '@diwan/client/staff';
import { ApiError, notFound } from '../http/errors.js';
import { validated } from '../http/validate.js';
import { readAudit, writeAudit } from '../staff/audit.js';
import { requireScope } from '../staff/auth.js';
import { createToken, listTokens, revokeToken } from '../staff/tokens.js';
import type { AppDeps, AppEnv } from './deps.js';

const TokenParams = z.object({ id: StaffToken.shape.id });

export function staffAdminRoutes({ db }: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/staff/me', (c) => {
    const staff = c.get('staff');
    if (!staff) throw new ApiError(401, 'unauthorized', 'Staff routes need a staff token.', { retryable: false });
    const identity: StaffIdentity = { id: staff.tokenId, name: staff.name, role: staff.role, scopes: [...staff.scopes] };
    c.header('Cache-Control', 'no-store');
    return c.json(identity);
  });

  app.get('/staff/tokens', requireScope('tokens'), async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ items: await listTokens(db) });
  });

  app.post('/staff/tokens', requireScope('tokens'), validated('json', NewStaffToken), async (c) => {
    const { name, role } = c.req.valid('json');
    const created = await db.transaction(async (tx) => {
      const result = await createToken(tx, name, role);
      await writeAudit(tx, c.get('staff')!, {
        action: 'token.create', targetType: 'token', targetId: result.record.id, after: { role }, requestId: c.get('requestId'),
      });
      return result;
    });
    c.header('Cache-Control', 'no-store');
    return c.json({ ...created.record, token: created.token }, 201);
  });

  app.post('/staff/tokens/:id/revoke', requireScope('tokens'), validated('param', TokenParams), async (c) => {
    const { id } = c.req.valid('param');
    const revoked = await db.transaction(async (tx) => {
      const result = await revokeToken(tx, id);
      if (!result) throw notFound('There is no token with this id.');
      await writeAudit(tx, c.get('staff')!, {
        action: 'token.revoke', targetType: 'token', targetId: id,
        before: { revoked: result.before.revokedAt !== undefined }, after: { revoked: true }, requestId: c.get('requestId'),
      });
      return result.after;
    });
    c.header('Cache-Control', 'no-store');
    return c.json(revoked);
  });

  app.get('/staff/audit', requireScope('audit'), validated('query', AuditQuery), async (c) => {
    const query = c.req.valid('query');
    c.header('Cache-Control', 'no-store');
    return c.json(await readAudit(db, { ...query, limit: query.limit === undefined ? undefined : Number(query.limit) }));
  });

  return app;
}
