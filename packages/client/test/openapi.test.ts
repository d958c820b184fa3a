import { expect } from '@open-wc/testing';
import { DIWAN_REST_PATHS } from '../src/http/index.js';
import { buildOpenApiDocument } from '../src/openapi/document.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- walking an arbitrary JSON document
type Json = Record<string, any>;

/** The checked-in file, parsed. The dev server may serve .json as a JS module (esbuild's json loader). */
async function checkedInDocument(): Promise<unknown> {
  const url = new URL('../openapi.json', import.meta.url).href;
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) return undefined;
  try {
    return JSON.parse(await response.text());
  } catch {
    return ((await import(url)) as { default: unknown }).default;
  }
}

describe('OpenAPI document of the Diwan REST contract', () => {
  const document = buildOpenApiDocument() as Json;

  it('matches the checked-in packages/client/openapi.json', async () => {
    const checkedIn = await checkedInDocument();
    expect(checkedIn, 'packages/client/openapi.json is missing: run npm run openapi').to.not.equal(undefined);
    const stale = JSON.stringify(checkedIn, null, 2) !== JSON.stringify(document, null, 2);
    expect(stale, 'packages/client/openapi.json is stale: run npm run openapi and commit it').to.equal(false);
  });

  it('is OpenAPI 3.1 whose every $ref points at something in the document', () => {
    expect(document.openapi).to.match(/^3\.1\./);
    const dangling: string[] = [];
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') {
        for (const [key, item] of Object.entries(value)) {
          if (key === '$ref' && typeof item === 'string') {
            const target = item.slice(2).split('/').reduce<Json | undefined>((node, part) => node?.[part], document);
            if (target === undefined) dangling.push(item);
          } else visit(item);
        }
      }
    };
    visit(document);
    expect(dangling).to.deep.equal([]);
  });

  it('describes exactly the routes the HTTP adapter calls, with its operation names', () => {
    const templated = (path: string) => path.replace('%7BserviceId%7D', '{serviceId}').replace('%7Btoken%7D', '{token}');
    const adapterRoutes = [
      ['get', DIWAN_REST_PATHS.services, 'listServices'],
      ['get', templated(DIWAN_REST_PATHS.service('{serviceId}')), 'getService'],
      ['get', templated(DIWAN_REST_PATHS.eligibility('{serviceId}')), 'getEligibilityRules'],
      ['post', DIWAN_REST_PATHS.requestLookup, 'findRequest'],
      ['get', templated(DIWAN_REST_PATHS.requestEvents('{token}')), 'watchRequest'],
      ['post', DIWAN_REST_PATHS.feedback, 'sendFeedback'],
      ['get', DIWAN_REST_PATHS.capabilities, 'getCapabilities'],
      ['get', DIWAN_REST_PATHS.insights, 'getInsights'],
    ];
    // staff routes other than insights are for staff tools, not the widgets' adapter (checked below);
    // old rule versions are for checks begun before a publication, and audits
    const notForWidgets = (path: string) =>
      (path.startsWith('/staff/') && path !== DIWAN_REST_PATHS.insights) || path === '/services/{serviceId}/eligibility/versions/{version}';
    const documented = Object.entries(document.paths as Json)
      .filter(([path]) => !notForWidgets(path))
      .flatMap(([path, item]) =>
        Object.entries(item as Json).map(([method, operation]) => [method, path, (operation as Json).operationId]),
      );
    expect(documented).to.have.deep.members(adapterRoutes);
  });

  it('puts every staff route behind the bearer token, with 401 and 403 answers', () => {
    const staff = Object.entries(document.paths as Json).filter(([path]) => path.startsWith('/staff/'));
    expect(staff.length).to.be.greaterThan(4);
    for (const [path, item] of staff) {
      for (const [method, operation] of Object.entries(item as Json)) {
        const where = `${method} ${path}`;
        expect((operation as Json).security, where).to.deep.equal([{ StaffToken: [] }]);
        expect((operation as Json).responses, where).to.have.property('401');
        if (path !== '/staff/me') expect((operation as Json).responses, where).to.have.property('403');
      }
    }
  });

  it('keeps JSON Logic conditions open and request bodies typed by the zod schemas', () => {
    const schemas = document.components.schemas as Json;
    expect(Object.keys(schemas.JsonLogic).filter((key) => key !== 'description')).to.deep.equal([]);
    expect(schemas.Outcome.properties.when).to.deep.equal({ $ref: '#/components/schemas/JsonLogic' });
    expect(schemas.Feedback.required).to.include.members(['useful', 'page', 'locale', 'idempotencyKey']);
    expect(schemas.RequestStatus.enum).to.include('awaiting_citizen');
  });
});
