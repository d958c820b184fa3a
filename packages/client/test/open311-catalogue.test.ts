// The Open311 adapter's catalogue against a real HTTP server: spec-style fixtures in both formats,
// messy real-world shapes, SF311's recorded answers, and the errors servers and proxies send.
import { expect } from '@open-wc/testing';
import { DiwanError } from '../src/index.js';
import { createOpen311Backend, type Open311BackendOptions } from '../src/open311/index.js';
import { recordingSleep, scenario } from './http-fixtures.js';
import { fixtureText, jsonReply, open311Server, xmlReply } from './fixtures/open311/support.js';
import messyServices from './fixtures/open311/messy-services.json';
import specServices from './fixtures/open311/spec-services.json';

async function rejection(promise: Promise<unknown>): Promise<DiwanError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).to.be.instanceOf(DiwanError);
  return error as DiwanError;
}

const backendAt = (base: string, options: Partial<Open311BackendOptions> = {}) =>
  createOpen311Backend({ baseUrl: base, retries: 0, ...options });

describe('Open311 catalogue', () => {
  for (const format of ['json', 'xml'] as const) {
    it(`maps spec services to a catalogue (${format}): group → category, keywords split, online channel`, async () => {
      const reply = format === 'xml' ? xmlReply(await fixtureText('spec-services.xml')) : jsonReply(specServices);
      const server = await open311Server({ [`/services.${format}`]: reply });
      const backend = backendAt(server.base, { format, jurisdictionId: 'city.example.org' });

      const { categories, services } = await backend.listServices();
      expect(categories).to.deep.equal([
        { id: 'sanitation', name: 'sanitation' },
        { id: 'street', name: 'street' },
      ]);
      expect(services.map((service) => service.id)).to.deep.equal(['001', '002', '003']);
      expect(services[0]).to.deep.include({
        name: 'Cans left out 24x7',
        summary: 'Garbage or recycling cans that have been left out for more than 24 hours after collection. Violators will be cited.',
        category: 'sanitation',
        keywords: ['lorem', 'ipsum', 'dolor'],
        channels: [{ kind: 'online' }],
        hasEligibilityCheck: false,
      });
      const [request] = await server.log();
      expect(request!.path).to.equal(`/services.${format}`);
      expect(new URLSearchParams(request!.query).get('jurisdiction_id')).to.equal('city.example.org');
      expect(request!.headers.accept).to.contain(format === 'xml' ? 'application/xml' : 'application/json');
    });
  }

  it('reads SF311’s recorded services: namespaces, empty <keywords/>, codes with leading zeros, names with underscores', async () => {
    const server = await open311Server({ '/services.xml': xmlReply(await fixtureText('sf311/sf311-services.xml')) });
    const { categories, services } = await backendAt(server.base, { format: 'xml' }).listServices();
    expect(services).to.have.length(36);
    expect(services[0]).to.deep.include({ id: '001', name: 'Cans Left Out 24x7', category: 'litter-receptacles' });
    expect(services[0]!.keywords).to.equal(undefined);
    expect(services[0]!.summary).to.equal(
      'Garbage or recycling cans that have been left out for more than 24 hours after collection. Violators will be cited.',
    );
    expect(services.find((service) => service.id === '007')!.name).to.equal('Graffiti - Public - Bike rack');
    expect(categories.map((category) => category.name)).to.include.members(['Graffiti', 'Tree Maintenance', 'Sewer Issues']);
    expect(new Set(services.map((service) => service.category)).size).to.equal(categories.length);
  });

  it('tolerates messy JSON: numeric and non-slug codes, missing groups, odd keywords, entries it cannot use', async () => {
    const server = await open311Server({ '/services.json': jsonReply(messyServices) });
    const backend = backendAt(server.base);
    const { categories, services } = await backend.listServices();

    expect(services.map((service) => service.name)).to.deep.equal(['Pothole', 'Street Light Out', 'Abandoned bicycle', 'إنارة الشوارع']);
    const [pothole, light, bicycle, arabic] = services;
    expect(pothole!.id).to.equal('42');
    expect(light!.id).to.match(/^abc-123--[a-z0-9]{7}$/);
    expect(bicycle!.id).to.equal('abc-123', 'a code that is already a slug is kept');
    expect(arabic!.id).to.match(/^service--[a-z0-9]{7}$/);
    for (const service of services) expect(service.id).to.match(/^[a-z0-9][a-z0-9-]{0,79}$/);
    expect(light!.summary).to.equal('A street light is out.');
    expect(light!.keywords).to.deep.equal(['lamp', 'light', 'dark']);
    expect(bicycle!.keywords).to.deep.equal(['bike', 'bicycle']);
    expect(bicycle!.category).to.equal('other');
    expect(categories.find((category) => category.id === 'other')!.name).to.deep.include({ en: 'Other services', ar: 'خدمات أخرى' });
    expect(categories.find((category) => category.id === 'roads-streets')!.name).to.equal('Roads & Streets');

    // Ids are stable: the same code gives the same id on another backend instance.
    const again = await backendAt(server.base).listServices();
    expect(again.services.map((service) => service.id)).to.deep.equal(services.map((service) => service.id));
    expect((await backend.getService(light!.id)).name).to.equal('Street Light Out');
    const missing = await rejection(backend.getService('no-such-service'));
    expect(missing.code).to.equal('not_found');
  });

  it('tolerates messy XML: prefixed namespaces, CDATA, entities, whitespace around values and before the prolog', async () => {
    const server = await open311Server({ '/services.xml': xmlReply(await fixtureText('messy-services.xml')) });
    const { categories, services } = await backendAt(server.base, { format: 'xml' }).listServices();
    expect(services.map((service) => [service.id, service.name])).to.deep.equal([
      ['42', 'Pothole & crack'],
      [services[1]!.id, 'Street Light Out'],
    ]);
    expect(services[1]!.summary).to.equal('A street light is out.');
    expect(categories).to.deep.equal([{ id: 'roads-streets', name: 'Roads & Streets' }]);
  });

  it('reads whatever format the server really sends (XML answered to .json, a byte-order mark)', async () => {
    const server = await open311Server({ '/services.json': xmlReply(`\uFEFF${await fixtureText('spec-services.xml')}`) });
    const { services } = await backendAt(server.base).listServices();
    expect(services).to.have.length(3);
  });

  it('an empty list is an empty catalogue, in both formats', async () => {
    const server = await open311Server({
      '/services.json': jsonReply('[]'),
      '/services.xml': xmlReply('<?xml version="1.0"?>\n<services>\n</services>\n'),
    });
    expect(await backendAt(server.base).listServices()).to.deep.equal({ categories: [], services: [] });
    expect(await backendAt(server.base, { format: 'xml' }).listServices()).to.deep.equal({ categories: [], services: [] });
  });

  it('shares one request between concurrent calls and revalidates with the ETag (304 → the same catalogue)', async () => {
    const server = await scenario([
      { ...jsonReply(specServices), headers: { 'Content-Type': 'application/json', ETag: '"v1"' } },
      { status: 304 },
    ]);
    const backend = backendAt(server.base);
    const [first, concurrent] = await Promise.all([backend.listServices(), backend.getService('002')]);
    expect(concurrent).to.equal(first.services[1]);
    const revalidated = await backend.listServices();
    expect(revalidated).to.equal(first);
    const log = await server.log();
    expect(log).to.have.length(2);
    expect(log[1]!.headers['if-none-match']).to.equal('"v1"');
  });

  describe('errors', () => {
    it('a spec error body (XML) gives its description and the status code', async () => {
      const server = await open311Server({
        '/services.xml': xmlReply(await fixtureText('sf311/sf311-get_service_request_not_found.xml'), 404),
      });
      const error = await rejection(backendAt(server.base, { format: 'xml' }).listServices());
      expect(error.code).to.equal('not_found');
      expect(error.status).to.equal(404);
      expect(error.message).to.contain('Service request not found with id or token not-an-id');
    });

    it('a spec error body (JSON) with 403 is an HTTP error with the server’s words, not retried', async () => {
      const server = await open311Server({
        '/services.json': jsonReply([{ code: 403, description: 'Invalid api_key' }], 403),
      });
      const error = await rejection(backendAt(server.base, { retries: 3 }).listServices());
      expect(error).to.deep.include({ code: 'http', status: 403, retryable: false });
      expect(error.message).to.contain('Invalid api_key');
      expect(await server.log()).to.have.length(1);
    });

    it('SF311’s non-spec <error> body is read too', async () => {
      const dump = await fixtureText('sf311/sf311-403.xml');
      const body = dump.slice(dump.indexOf('<?xml')); // the file is a whole HTTP response
      const server = await open311Server({ '/services.xml': xmlReply(body, 403) });
      const error = await rejection(backendAt(server.base, { format: 'xml' }).listServices());
      expect(error.status).to.equal(403);
      expect(error.message).to.contain("Invalid api_key received -- can't proceed with create_request.");
    });

    it('an error list sent with HTTP 200 is still an error', async () => {
      const server = await open311Server({
        '/services.json': jsonReply({ errors: [{ code: '400', description: 'jurisdiction_id is required' }] }),
      });
      const error = await rejection(backendAt(server.base).listServices());
      expect(error).to.deep.include({ code: 'http', status: 400 });
      expect(error.message).to.contain('jurisdiction_id is required');
    });

    it('a proxy’s HTML error page is a retryable HTTP error, retried, then read', async () => {
      const page = '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>';
      const { sleep, delays } = recordingSleep();
      const server = await open311Server({ '/services.json': { status: 502, headers: { 'Content-Type': 'text/html' }, body: page } });
      const error = await rejection(backendAt(server.base, { retries: 2, sleep, random: () => 0.5 }).listServices());
      expect(error).to.deep.include({ code: 'http', status: 502, retryable: true });
      expect(error.message).to.equal('HTTP 502');
      expect(delays).to.have.length(2);
    });

    it('an HTML page with status 200 (a captive portal, a login page) is invalid_response, not garbage', async () => {
      const server = await open311Server({
        '/services.json': { status: 200, headers: { 'Content-Type': 'text/html' }, body: '<html><body>Please sign in</body></html>' },
      });
      const error = await rejection(backendAt(server.base).listServices());
      expect(error.code).to.equal('invalid_response');
      expect(error.message).to.contain('web page');
    });

    const unreadable: [string, string][] = [
      ['malformed XML', '<services><service><service_code>1</service_code></service>'],
      ['malformed JSON', '[{"service_code": 1,'],
      ['plain text', 'Service temporarily unavailable'],
      ['an object that is no list', '{"services": 42}'],
      ['XML nested too deeply', `${'<a>'.repeat(60)}x${'</a>'.repeat(60)}`],
    ];
    for (const [name, body] of unreadable) {
      it(`${name} is invalid_response`, async () => {
        const server = await open311Server({ '/services.json': { status: 200, headers: { 'Content-Type': 'text/plain' }, body } });
        const error = await rejection(backendAt(server.base).listServices());
        expect(error.code, error.message).to.equal('invalid_response');
        expect(error.retryable).to.equal(false);
      });
    }

    it('without DOMParser and without parseXml, XML is a clear unsupported error; an injected parseXml works', async () => {
      const server = await open311Server({ '/services.xml': xmlReply(await fixtureText('spec-services.xml')) });
      const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'DOMParser')!;
      let parsedWith = 0;
      const injected = (text: string) => {
        parsedWith += 1;
        return new (descriptor.value as typeof DOMParser)().parseFromString(text, 'application/xml');
      };
      let error: DiwanError;
      let withInjected: number;
      try {
        delete (globalThis as { DOMParser?: unknown }).DOMParser;
        error = await rejection(backendAt(server.base, { format: 'xml' }).listServices());
        withInjected = (await backendAt(server.base, { format: 'xml', parseXml: injected }).listServices()).services.length;
      } finally {
        Object.defineProperty(globalThis, 'DOMParser', descriptor);
      }
      expect(error.code).to.equal('unsupported');
      expect(error.message).to.contain('XML needs DOMParser or a parseXml option');
      expect(withInjected).to.equal(3);
      expect(parsedWith).to.equal(1);
    });
  });
});
