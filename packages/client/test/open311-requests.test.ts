// Request tracking, tokens, service definitions and capabilities of the Open311 adapter, against a
// real HTTP server with spec-style fixtures in both formats and SF311's recorded answers.
import { expect } from '@open-wc/testing';
import { DiwanError, checkReference, compileReferencePattern, type DiwanBackend, type Feedback, type RequestRecord } from '../src/index.js';
import { createOpen311Backend, type Open311BackendOptions } from '../src/open311/index.js';
import { fixtureText, jsonReply, open311Server, xmlReply } from './fixtures/open311/support.js';
import requestsWithNotes from './fixtures/open311/requests-notes.json';
import serviceDefinition from './fixtures/open311/service-definition.json';

async function rejection(promise: Promise<unknown>): Promise<DiwanError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).to.be.instanceOf(DiwanError);
  return error as DiwanError;
}

const backendAt = (base: string, options: Partial<Open311BackendOptions> = {}) =>
  createOpen311Backend({ baseUrl: base, retries: 0, ...options });

describe('Open311 request tracking', () => {
  for (const format of ['json', 'xml'] as const) {
    it(`maps a request with notes to a RequestRecord (${format})`, async () => {
      const reply = format === 'xml' ? xmlReply(await fixtureText('requests-notes.xml')) : jsonReply(requestsWithNotes);
      const server = await open311Server({ [`/requests/101000123.${format}`]: reply });
      const backend = backendAt(server.base, { format, jurisdictionId: 'erbil' });

      const record = await backend.findRequest({ reference: ' 101000123 ' });
      const expected: RequestRecord = {
        reference: '101000123',
        serviceId: record.serviceId!,
        serviceName: 'Street Light Out',
        status: 'in_progress',
        statusNote: 'Crew assigned.',
        submittedAt: '2026-11-01T06:00:00.000Z',
        updatedAt: '2026-11-03T14:30:00.000Z',
        // expected_datetime has no time zone: ambiguous, so dropped rather than guessed
        office: { name: 'Public Works – Street Lighting' },
        timeline: [
          { at: '2026-11-01T06:00:00.000Z', channel: 'web', status: 'received', note: 'Request opened' },
          { at: '2026-11-02T07:15:00.000Z', channel: 'phone', note: 'Called the citizen' },
          { at: '2026-11-03T14:30:00.000Z', channel: 'email', note: 'Crew assigned.' },
        ],
      };
      expect(record).to.deep.equal(expected);
      expect(record.serviceId).to.match(/^abc-123--[a-z0-9]{7}$/);

      const [request] = await server.log();
      const query = new URLSearchParams(request!.query);
      expect(query.get('jurisdiction_id')).to.equal('erbil');
      expect(query.get('extensions')).to.equal('true');
    });
  }

  it('the service id of a request is the catalogue’s id for the same code', async () => {
    const server = await open311Server({
      '/services.json': jsonReply([{ service_code: 'ABC_123', service_name: 'Street light out', group: 'Roads' }]),
      '/requests/101000123.json': jsonReply(requestsWithNotes),
    });
    const backend = backendAt(server.base);
    const [service] = (await backend.listServices()).services;
    expect((await backend.findRequest({ reference: '101000123' })).serviceId).to.equal(service!.id);
  });

  it('reads SF311’s recorded request: closed, empty fields, a media_url with a trailing space', async () => {
    const server = await open311Server({ '/requests/638344.xml': xmlReply(await fixtureText('sf311/sf311-get_service_request.xml')) });
    const record = await backendAt(server.base, { format: 'xml' }).findRequest({ reference: '638344' });
    expect(record).to.deep.equal({
      reference: '638344',
      serviceId: '006',
      serviceName: 'Sidewalk and Curb Issues',
      status: 'closed',
      statusNote: 'Duplicate request.',
      submittedAt: '2010-04-14T14:37:38.000Z',
      updatedAt: '2010-04-14T14:37:38.000Z',
      expectedAt: '2010-04-15T14:37:38.000Z',
      timeline: [{ at: '2010-04-14T14:37:38.000Z', channel: 'web', status: 'received' }],
    });
  });

  it('picks the asked request from a list answer (SF311’s service_requests) and adds the closing to the timeline', async () => {
    const list = await fixtureText('sf311/sf311-service_requests.xml');
    const closedLater = list.replace(
      '<updated_datetime>2010-04-19T06:37:38-08:00</updated_datetime>',
      '<updated_datetime>2010-04-20T09:00:00-08:00</updated_datetime>',
    ).replace('<status>open</status>', '<status>closed</status>').replace('<status_notes></status_notes>', '<status_notes>Fixed.</status_notes>');
    const server = await open311Server({ '/requests/638349.xml': xmlReply(closedLater) });
    const record = await backendAt(server.base, { format: 'xml' }).findRequest({ reference: '638349' });
    expect(record.reference).to.equal('638349');
    expect(record.status).to.equal('closed');
    expect(record.timeline).to.deep.equal([
      { at: '2010-04-19T14:37:38.000Z', channel: 'web', status: 'received' },
      { at: '2010-04-20T17:00:00.000Z', channel: 'web', status: 'closed', note: 'Fixed.' },
    ]);
  });

  it('an open request not yet updated is received; one updated since is in progress', async () => {
    const request = (updated: string) => [{
      service_request_id: '7', status: 'open', requested_datetime: '2026-11-01T09:00:00Z', updated_datetime: updated,
    }];
    const server = await open311Server({
      '/requests/7.json': jsonReply(request('2026-11-01T09:00:00Z')),
      '/requests/7.xml': jsonReply(request('2026-11-02T09:00:00Z')), // answered in JSON: read by content
    });
    expect((await backendAt(server.base).findRequest({ reference: '7' })).status).to.equal('received');
    expect((await backendAt(server.base, { format: 'xml' }).findRequest({ reference: '7' })).status).to.equal('in_progress');
  });

  it('uses defaultOffset for a server that sends local times, and drops unreadable optional dates', async () => {
    const server = await open311Server({
      '/requests/8.json': jsonReply([{
        service_request_id: 8, status: 'open', requested_datetime: '2026-11-01 09:00:00', updated_datetime: '01/11/2026',
        expected_datetime: '2026-02-31T10:00:00Z', lat: '36.1', long: 44,
      }]),
    });
    const error = await rejection(backendAt(server.base).findRequest({ reference: '8' }));
    expect(error.code).to.equal('invalid_response');
    expect(error.message).to.contain('defaultOffset');

    const record = await backendAt(server.base, { defaultOffset: '+03:00' }).findRequest({ reference: '8' });
    expect(record.submittedAt).to.equal('2026-11-01T06:00:00.000Z');
    expect(record).not.to.have.property('updatedAt');
    expect(record).not.to.have.property('expectedAt');
  });

  it('a status that is neither open nor closed nor a known variant is invalid_response, naming it', async () => {
    const server = await open311Server({
      '/requests/9.json': jsonReply([{ service_request_id: 9, status: 'teleported', requested_datetime: '2026-11-01T09:00:00Z' }]),
    });
    const error = await rejection(backendAt(server.base).findRequest({ reference: '9' }));
    expect(error.code).to.equal('invalid_response');
    expect(error.message).to.contain('teleported');
  });

  describe('not found', () => {
    it('a 404 with the spec error body (SF311) is not_found', async () => {
      const server = await open311Server({
        '/requests/424242.xml': xmlReply(await fixtureText('sf311/sf311-get_service_request_not_found.xml'), 404),
      });
      const error = await rejection(backendAt(server.base, { format: 'xml' }).findRequest({ reference: '424242' }));
      expect(error).to.deep.include({ code: 'not_found', retryable: false });
    });

    it('an empty list (SF311’s empty service_requests, or []) is not_found', async () => {
      const server = await open311Server({
        '/requests/1.xml': xmlReply(await fixtureText('sf311/sf311-service_requests_empty.xml')),
        '/requests/1.json': jsonReply([]),
      });
      expect((await rejection(backendAt(server.base, { format: 'xml' }).findRequest({ reference: '1' }))).code).to.equal('not_found');
      expect((await rejection(backendAt(server.base).findRequest({ reference: '1' }))).code).to.equal('not_found');
    });

    it('a reference no Open311 server could have issued is not_found without asking the server', async () => {
      const server = await open311Server({});
      const backend = backendAt(server.base);
      for (const reference of ['../services', 'a b', '<script>', 'x'.repeat(65)]) {
        expect((await rejection(backend.findRequest({ reference }))).code, reference).to.equal('not_found');
      }
      expect(await server.log()).to.have.length(0);
    });
  });

  it('asks no notes when extensions is false', async () => {
    const server = await open311Server({ '/requests/101000123.json': jsonReply(requestsWithNotes) });
    await backendAt(server.base, { extensions: false }).findRequest({ reference: '101000123' });
    const [request] = await server.log();
    expect(new URLSearchParams(request!.query).has('extensions')).to.equal(false);
  });

  it('sends api_key and jurisdiction_id when configured', async () => {
    const server = await open311Server({ '/services.json': jsonReply([]) });
    await backendAt(server.base, { apiKey: 'k-1', jurisdictionId: 'j 1' }).listServices();
    const [request] = await server.log();
    expect(new URLSearchParams(request!.query).get('api_key')).to.equal('k-1');
    expect(new URLSearchParams(request!.query).get('jurisdiction_id')).to.equal('j 1');
  });
});

// issue 12 §5: before, messages named the full URL, api_key included
describe('Open311 api_key never leaves in an error', () => {
  const key = 'sEcr3t key/+=';
  const spellings = [key, encodeURIComponent(key), new URLSearchParams({ k: key }).toString().slice(2)];
  const leaks = (error: DiwanError) => spellings.filter((spelling) => [error.message, String(error.stack), String(error.cause), JSON.stringify(error)].some((text) => text.includes(spelling)));

  it('not when the server cannot be reached', async () => {
    const error = await rejection(backendAt('http://127.0.0.1:9/open311/v2', { apiKey: key }).listServices());
    expect(error.code).to.equal('network');
    expect(error.message).to.contain('127.0.0.1:9');
    expect(leaks(error)).to.deep.equal([]);
  });

  it('not when the server answers an error, nor when the answer is malformed', async () => {
    const server = await open311Server({ '/services.json': jsonReply([{ code: 500, description: 'down' }], 500), '/requests/123.json': jsonReply({ not: 'a request' }) });
    const refused = await rejection(backendAt(server.base, { apiKey: key }).listServices());
    expect(refused.code).to.equal('http');
    expect(leaks(refused)).to.deep.equal([]);
    const malformed = await rejection(backendAt(server.base, { apiKey: key }).findRequest({ reference: '123' }));
    expect(leaks(malformed)).to.deep.equal([]);
  });
});

describe('Open311 tokens and service definitions', () => {
  it('turns a batch token into a request id (SF311)', async () => {
    const server = await open311Server({ '/tokens/12345.xml': xmlReply(await fixtureText('sf311/sf311-request_id_from_token.xml')) });
    expect(await backendAt(server.base, { format: 'xml' }).requestIdFromToken('12345')).to.equal('638344');
  });

  it('a token without a request id yet is not_found', async () => {
    const server = await open311Server({ '/tokens/12345.json': jsonReply([{ token: '12345' }]) });
    expect((await rejection(backendAt(server.base).requestIdFromToken('12345'))).code).to.equal('not_found');
  });

  it('reads SF311’s service definition (attributes without an <attributes> wrapper)', async () => {
    const server = await open311Server({
      '/services.xml': xmlReply('<services><service><service_code>DMV66</service_code><service_name>Abandoned car</service_name><metadata>true</metadata></service></services>'),
      '/services/DMV66.xml': xmlReply(await fixtureText('sf311/sf311-service_definition.xml')),
    });
    const backend = backendAt(server.base, { format: 'xml' });
    const [service] = (await backend.listServices()).services;
    const definition = await backend.getServiceDefinition(service!.id);
    expect(definition).to.deep.equal({
      serviceId: service!.id,
      serviceCode: 'DMV66',
      attributes: [{
        code: 'WHISHETN', variable: true, datatype: 'singlevaluelist', required: true, order: 1,
        description: 'What is the ticket/tag/DL number?',
        values: [{ key: '123', name: 'Ford' }, { key: '124', name: 'Chrysler' }],
      }],
    });
  });

  it('reads a JSON service definition: sorted by order, unknown datatypes left out, numbers as strings', async () => {
    const server = await open311Server({
      '/services.json': jsonReply([{ service_code: 'DMV66', service_name: 'Abandoned car', metadata: true }]),
      '/services/DMV66.json': jsonReply(serviceDefinition),
    });
    const backend = backendAt(server.base);
    const definition = await backend.getServiceDefinition((await backend.listServices()).services[0]!.id);
    expect(definition.attributes.map((attribute) => [attribute.code, attribute.variable, attribute.required])).to.deep.equal([
      ['WHISHETN', true, true],
      ['NOTE', false, false],
    ]);
    expect(definition.attributes[0]!.values[0]).to.deep.equal({ key: '123', name: 'Ford' });
    expect((await rejection(backend.getServiceDefinition('nope'))).code).to.equal('not_found');
  });
});

describe('Open311 capabilities', () => {
  const feedback: Feedback = { kind: 'feedback', useful: true, page: '/services', locale: 'en', idempotencyKey: 'key-12345678' };

  it('says what Open311 has: catalogue, public tracking with polling; no eligibility, no feedback', async () => {
    const backend = backendAt('/nowhere');
    expect(backend.capabilities).to.deep.equal({
      catalogue: true,
      eligibility: false,
      tracking: { enabled: true, verification: null, referencePattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$', live: 'poll' },
      feedback: { enabled: false, maxCommentLength: 1200 },
    });
    expect((await rejection(backend.getEligibilityRules('001'))).code).to.equal('unsupported');
    expect((await rejection(backend.sendFeedback(feedback))).code).to.equal('unsupported');
  });

  it('the tracker’s reference check accepts Open311 ids as typed, in Arabic-Indic digits too', () => {
    const pattern = compileReferencePattern(backendAt('/nowhere').capabilities.tracking.referencePattern);
    expect(checkReference('٦٣٨٣٤٤', pattern)).to.deep.equal({ ok: true, reference: '638344' });
    expect(checkReference('SR-2026.0012_a', pattern)).to.deep.equal({ ok: true, reference: 'SR-2026.0012_a' });
    expect(checkReference('a/b', pattern)).to.deep.equal({ ok: false, problem: 'format' });
  });

  it('sends feedback through a separate feedback backend, and takes its limits', async () => {
    const sent: Feedback[] = [];
    const other = {
      capabilities: { feedback: { enabled: true, maxCommentLength: 500 } },
      sendFeedback: async (value: Feedback) => {
        sent.push(value);
        return { id: 'fb-9', receivedAt: '2026-11-23T10:00:00Z' };
      },
    } as unknown as DiwanBackend;
    const backend = backendAt('/nowhere', { feedback: other });
    expect(backend.capabilities.feedback).to.deep.equal({ enabled: true, maxCommentLength: 500 });
    expect(await backend.sendFeedback(feedback)).to.deep.equal({ id: 'fb-9', receivedAt: '2026-11-23T10:00:00Z' });
    expect(sent).to.deep.equal([feedback]);
  });
});
