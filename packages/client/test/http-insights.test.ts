// The REST adapter's getInsights: GET /staff/insights with the query as parameters, the staff token
// from the headers() hook (never anywhere else), and the answer parsed by the schema.
import { expect } from '@open-wc/testing';
import { createHttpBackend } from '../src/http/index.js';
import { aggregateInsights } from '../src/insights/index.js';
import { recordingSleep, scenario } from './http-fixtures.js';

const now = new Date('2026-03-31T12:00:00Z');
const query = { from: '2026-03-01', to: '2026-03-31', bucket: 'week' as const, serviceId: 'passport-renewal', channel: 'web' as const };
const body = aggregateInsights({ services: [], offices: [], feedback: [], requests: [] }, query, { now });

describe('createHttpBackend: staff insights', () => {
  it('asks GET /staff/insights with the query and the bearer token of the headers() hook', async () => {
    const server = await scenario([{ body }]);
    const api = createHttpBackend({
      baseUrl: server.base, sleep: recordingSleep().sleep, capabilities: { insights: true },
      headers: () => ({ Authorization: 'Bearer staff-token-1' }),
    });
    expect(await api.getInsights!(query)).to.deep.equal(body);
    const [sent] = await server.log();
    expect(sent!.method).to.equal('GET');
    expect(sent!.path).to.equal('/staff/insights');
    expect(new URLSearchParams(sent!.query).toString()).to.equal('from=2026-03-01&to=2026-03-31&bucket=week&serviceId=passport-renewal&channel=web');
    expect(sent!.headers.authorization).to.equal('Bearer staff-token-1');
  });

  it('refuses without the capability and rejects an answer that leaks a figure in a suppressed cell', async () => {
    const server = await scenario([{ body: { ...body, current: { ...body.current, overdue: { suppressed: true, n: 3 } } } }]);
    const off = createHttpBackend({ baseUrl: server.base, sleep: recordingSleep().sleep });
    expect(await off.getInsights!(query).catch((error: unknown) => error)).to.include({ code: 'unsupported' });
    const on = createHttpBackend({ baseUrl: server.base, sleep: recordingSleep().sleep, capabilities: { insights: true } });
    const failure = await on.getInsights!(query).catch((error: unknown) => error);
    expect(failure).to.include({ code: 'invalid_response' });
  });
});
