// Staff routes (under /staff) are for bearer tokens only and never exposed to other origins.
import { label, type Check } from '../check.js';

const PATH = '/staff/requests';

export const staffClosed: Check = {
  id: 'staff-closed',
  title: 'Staff routes refuse anonymous callers and grant no cross-origin access',
  fix: 'Put staff routes behind bearer tokens (401/403 with an ErrorBody without one, or 404 when there are none) and leave them out of CORS: no Access-Control-Allow-Origin on /staff.',
  async run(context, problems) {
    const { http, options } = context;
    const anonymous = await http.get(PATH);
    if (anonymous.status === 404 && !options.token) return `the server has no staff routes (${label(anonymous)})`;
    problems.expect([401, 403, 404].includes(anonymous.status), `${label(anonymous)} without a token: expected 401, 403 or 404`);
    const preflight = await http.send('OPTIONS', PATH, {
      headers: { Origin: options.origin, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' },
    });
    const granted = preflight.headers.get('access-control-allow-origin');
    problems.expect(!granted, `preflight ${label(preflight)} from ${options.origin}: Access-Control-Allow-Origin: ${granted} — staff routes must not be callable from other sites`);
    if (options.token) {
      const withToken = await http.get(PATH, { Authorization: `Bearer ${options.token}` });
      problems.expect(withToken.status < 500, `${label(withToken)} with --token`);
      problems.expect(withToken.status !== 401, `${label(withToken)}: the --token given is refused`);
    }
  },
};
