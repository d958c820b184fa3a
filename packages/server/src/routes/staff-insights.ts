// GET /staff/insights (scope `insights`: analysts and admins): aggregates for a period, computed in the
// database (insights/). A query that does not fit the client's InsightsQuery is a 400 (as on every route);
// a well-formed period that starts after it ends or spans more than INSIGHTS_MAX_DAYS is a 422, as the
// contract says. A read of aggregates with no personal data: not audited
// (the audit trail records staff changes).
import { Hono } from 'hono';
import { InsightsQuery } from '@diwan/client/schemas';
import type { ChannelCosts } from '@diwan/client/insights';
import { ApiError } from '../http/errors.js';
import { validated } from '../http/validate.js';
import { periodProblem, queryInsights } from '../insights/answer.js';
import { requireScope } from '../staff/auth.js';
import type { AppDeps, AppEnv } from './deps.js';

export function staffInsightsRoutes({ db }: AppDeps, costs?: ChannelCosts): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/staff/insights', requireScope('insights'), validated('query', InsightsQuery), async (c) => {
    const query = c.req.valid('query');
    const problem = periodProblem(query);
    if (problem) throw new ApiError(422, 'invalid_period', problem, { retryable: false });
    const result = await queryInsights(db, query, { now: new Date(), ...(costs ? { costs } : {}) });
    // figures about the ministry's work: never kept by a shared cache
    c.header('Cache-Control', 'private, no-store');
    return c.json(result);
  });

  return app;
}
