import { expect } from '@open-wc/testing';
import { DiwanError } from '../src/errors.js';
import { connectHttpBackend, DEFAULT_HTTP_CAPABILITIES } from '../src/http/index.js';
import type { Capabilities } from '../src/schemas/index.js';
import { catalogue, recordingSleep, scenario } from './http-fixtures.js';

const served: Capabilities = {
  catalogue: true,
  eligibility: false,
  tracking: { enabled: true, verification: 'date_of_birth', referencePattern: '^REQ-\\d{6}$', live: 'sse' },
  feedback: { enabled: true, maxCommentLength: 500 },
};

const connect = (baseUrl: string, capabilities?: Partial<Capabilities>) =>
  connectHttpBackend({ baseUrl, random: () => 0.5, sleep: recordingSleep().sleep, retries: 0, capabilities });

describe('connectHttpBackend reads GET /capabilities first', () => {
  it('takes the server’s capabilities, then talks to the same base URL', async () => {
    const server = await scenario([{ path: '/capabilities', body: served }, { path: '/services', body: catalogue }]);
    const api = await connect(server.base);
    expect(api.capabilities).to.deep.equal(served);
    await api.listServices();
    const log = await server.log();
    expect(log.map((request) => `${request.method} ${request.path}`)).to.deep.equal(['GET /capabilities', 'GET /services']);
  });

  it('keeps the defaults when the server has no such route (404)', async () => {
    const server = await scenario([{ path: '/capabilities', status: 404, body: { code: 'not_found' } }]);
    const api = await connect(server.base);
    expect(api.capabilities).to.deep.equal(DEFAULT_HTTP_CAPABILITIES);
  });

  it('lets options override what the server says', async () => {
    const server = await scenario([{ path: '/capabilities', body: served }]);
    const api = await connect(server.base, { feedback: { enabled: false, maxCommentLength: 100 } });
    expect(api.capabilities.feedback).to.deep.equal({ enabled: false, maxCommentLength: 100 });
    expect(api.capabilities.tracking.verification).to.equal('date_of_birth');
  });

  it('rejects (so the widget can retry) on a server error or capabilities that do not fit the schema', async () => {
    for (const response of [{ status: 503, body: { code: 'down' } }, { body: { catalogue: 'yes' } }]) {
      const server = await scenario([{ path: '/capabilities', ...response }]);
      let error: unknown;
      try {
        await connect(server.base);
      } catch (caught) {
        error = caught;
      }
      expect(error).to.be.instanceOf(DiwanError);
    }
  });
});
