// Staff routes (under /staff, e.g. GET /staff/insights) are for bearer tokens only and never exposed
// to other origins; with --token the kit checks that the token opens them and the answer fits.
import { InsightsResult } from '@diwan/client/schemas';
import { expectErrorBody, expectSchema, label, type Check } from '../check.js';

/** Last month's insights by week: a query every staff backend with insights must answer. */
function insightsPath(): string {
  const day = (date: Date) => date.toISOString().slice(0, 10);
  const to = new Date();
  const from = new Date(to.getTime() - 28 * 86_400_000);
  return `/staff/insights?from=${day(from)}&to=${day(to)}&bucket=week`;
}

export const staffClosed: Check = {
  id: 'staff-closed',
  title: 'Staff routes refuse anonymous callers, grant no cross-origin access, and open with --token',
  fix: 'Put staff routes behind bearer tokens (401 or 403 with an ErrorBody without a valid one) and leave them out of CORS: no Access-Control-Allow-Origin on /staff. Declare capabilities.insights only when GET /staff/insights exists.',
  async run(context, problems) {
    const { http, options } = context;
    const { capabilities } = await context.discover();
    const path = insightsPath();
    const anonymous = await http.get(path);
    if (anonymous.status === 404 && !capabilities?.insights && !options.token) return `the server has no staff routes (${label(anonymous)}, capabilities.insights not declared)`;
    problems.expect(anonymous.status !== 404 || !capabilities?.insights, `capabilities.insights: true, but ${label(anonymous)}`);
    problems.expect([401, 403, 404].includes(anonymous.status), `${label(anonymous)} without a token: expected 401 or 403`);
    expectErrorBody(problems, anonymous);
    const preflight = await http.send('OPTIONS', path, {
      headers: { Origin: options.origin, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' },
    });
    const granted = preflight.headers.get('access-control-allow-origin');
    problems.expect(!granted, `preflight ${label(preflight)} from ${options.origin}: Access-Control-Allow-Origin: ${granted} — staff routes must not be callable from other sites`);
    const forged = await http.get(path, { Authorization: 'Bearer diwan-conformance-not-a-token' });
    problems.expect([401, 403].includes(forged.status) || (forged.status === 404 && !capabilities?.insights), `${label(forged)} with a made-up token: expected 401 or 403`);
    if (options.token) {
      const withToken = await http.get(path, { Authorization: `Bearer ${options.token}` });
      if (withToken.status === 403) return;
      expectSchema(problems, withToken, InsightsResult, 'an InsightsResult (with --token)');
    }
  },
};
