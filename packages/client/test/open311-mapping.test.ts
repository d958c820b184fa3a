// Pure parts of the Open311 adapter: ids that fit the Slug schema, dates, XML → data.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DiwanError, Slug } from '../src/index.js';
import { createOpen311Backend, serviceIdFromCode } from '../src/open311/index.js';
import { toDateTime } from '../src/open311/dates.js';
import { decodeOpen311, defaultParseXml } from '../src/open311/decode.js';
import * as z from 'zod/mini';

describe('Open311 service ids', () => {
  it('every code becomes a valid, stable Slug; distinct codes stay distinct', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 120, unit: 'grapheme' }), fc.string({ minLength: 1, maxLength: 120 }), (a, b) => {
        const id = serviceIdFromCode(a);
        expect(z.safeParse(Slug, id).success, `${JSON.stringify(a)} → ${id}`).to.equal(true);
        expect(serviceIdFromCode(a)).to.equal(id);
        if (a !== b) expect(serviceIdFromCode(b)).not.to.equal(id);
      }),
      { numRuns: 300 },
    );
  });

  // issue 12 §5: before, a code already shaped like `abc-123-<hash>` was kept and took the id of `ABC_123`
  it('gives look-alike codes distinct ids: case, separators, accents, and the id of one code used as another code', () => {
    const separators = fc.constantFrom('-', '_', ' ', '.', '--', '/');
    const base = fc.array(fc.stringMatching(/^[A-Za-z0-9éÉ]{1,6}$/), { minLength: 1, maxLength: 4 });
    // near-duplicates of one code, not two independent random strings
    const lookAlikes = fc.tuple(base, separators, separators).map(([words, one, other]) => {
      const code = words.join(one);
      return [code, words.join(other), code.toLowerCase(), code.toUpperCase(), code.normalize('NFD').replace(/[\u0300-\u036f]/g, ''),
        ` ${code}`, `${code}-`, serviceIdFromCode(code), serviceIdFromCode(serviceIdFromCode(code)), `${serviceIdFromCode(code)}-x`];
    });
    fc.assert(
      fc.property(lookAlikes, (codes) => {
        const byId = new Map<string, string>();
        for (const code of new Set(codes)) {
          const id = serviceIdFromCode(code);
          expect(z.safeParse(Slug, id).success, `${JSON.stringify(code)} → ${id}`).to.equal(true);
          const earlier = byId.get(id);
          expect(earlier === undefined || earlier === code, `${JSON.stringify(earlier)} and ${JSON.stringify(code)} both → ${id}`).to.equal(true);
          byId.set(id, code);
        }
      }),
      { numRuns: 500 },
    );
    expect(serviceIdFromCode(serviceIdFromCode('ABC_123'))).to.not.equal(serviceIdFromCode('ABC_123'));
  });

  it('keeps codes that already are slugs and makes the rest readable', () => {
    expect(serviceIdFromCode('001')).to.equal('001');
    expect(serviceIdFromCode('pothole')).to.equal('pothole');
    expect(serviceIdFromCode('parking-tickets')).to.equal('parking-tickets');
    expect(serviceIdFromCode('ABC_123')).to.match(/^abc-123--[a-z0-9]{7}$/);
    expect(serviceIdFromCode('Éclairage public')).to.match(/^eclairage-public--[a-z0-9]{7}$/);
    expect(serviceIdFromCode('x'.repeat(200))).to.have.length.at.most(80);
  });
});

describe('Open311 dates', () => {
  const cases: [unknown, string | undefined][] = [
    ['2010-04-14T06:37:38-08:00', '2010-04-14T14:37:38.000Z'],
    ['2010-04-14T06:37:38Z', '2010-04-14T06:37:38.000Z'],
    ['2010-04-14 06:37:38.5+0100', '2010-04-14T05:37:38.500Z'],
    ['2010-04-14T06:37-08', '2010-04-14T14:37:00.000Z'],
    [' 2010-04-14T06:37:38.123456789Z ', '2010-04-14T06:37:38.123Z'],
    ['Wed, 14 Apr 2010 06:37:38 -0800', '2010-04-14T14:37:38.000Z'],
    ['2010-04-14T06:37:38', undefined], // no time zone: which instant?
    ['2010-04-14', undefined], // no time
    ['14/04/2010 06:37', undefined],
    ['2010-02-31T10:00:00Z', undefined], // no such day
    ['2010-04-14T25:00:00Z', undefined],
    [1271252258, undefined],
    ['', undefined],
    [null, undefined],
  ];
  for (const [value, expected] of cases) {
    it(`${JSON.stringify(value)} → ${expected ?? 'dropped'}`, () => {
      expect(toDateTime(value)).to.equal(expected);
    });
  }

  it('a zone-less date-time is read in the configured offset', () => {
    expect(toDateTime('2010-04-14T06:37:38', { defaultOffset: '-08:00' })).to.equal('2010-04-14T14:37:38.000Z');
    expect(toDateTime('2010-04-14T06:37:38', { defaultOffset: 'nonsense' })).to.equal(undefined);
  });
});

describe('Open311 XML → data', () => {
  const parseXml = defaultParseXml();

  it('lists stay lists with one entry or none; repeated fields become lists; __proto__ stays a field', () => {
    expect(decodeOpen311('<service_requests><request><service_request_id>1</service_request_id></request></service_requests>', parseXml))
      .to.deep.equal([{ service_request_id: '1' }]);
    expect(decodeOpen311('<services/>', parseXml)).to.deep.equal([]);
    const definition = decodeOpen311('<service_definition><attribute><code>a</code></attribute><attribute><code>b</code></attribute></service_definition>', parseXml) as Record<string, unknown>;
    expect(definition.attribute).to.deep.equal([{ code: 'a' }, { code: 'b' }]);
    const hostile = decodeOpen311('<services><service><__proto__><polluted>yes</polluted></__proto__></service></services>', parseXml) as Record<string, unknown>[];
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.keys(hostile[0]!)).to.deep.equal(['__proto__']);
  });

  it('a parseXml that returns something odd, or throws, gives invalid_response, never a TypeError', () => {
    const odd = [
      () => ({ documentElement: { nodeType: 1, nodeName: 'services', textContent: null, childNodes: null } }),
      () => ({ documentElement: null }),
      () => null,
      () => {
        throw new Error('parser exploded');
      },
    ];
    for (const parseXml of odd) {
      const caught = (() => {
        try {
          decodeOpen311('<services/>', parseXml as never);
        } catch (error) {
          return error;
        }
        return undefined;
      })();
      expect(caught).to.be.instanceOf(DiwanError);
      expect((caught as DiwanError).code).to.equal('invalid_response');
    }
  });

  it('an invalid referencePattern option is a config error at creation', () => {
    expect(() => createOpen311Backend({ baseUrl: '/x', referencePattern: '([' })).to.throw(DiwanError, /referencePattern/);
  });
});

describe('Open311 text in the language of the server', () => {
  const services = [{ service_code: '007', service_name: 'Graffiti_-_Bike_rack', group: 'Graffiti', description: 'Graffiti on a bike rack' }];
  const request = {
    service_request_id: '101', status: 'open', requested_datetime: '2026-11-20T09:00:00Z', updated_datetime: '2026-11-21T09:00:00Z',
    service_code: '007', service_name: 'Graffiti', status_notes: 'Crew scheduled', agency_responsible: 'Public Works',
    notes: [{ datetime: '2026-11-21T09:00:00Z', type: 'update', description: 'Crew scheduled' }],
  };
  const backendFor = (language?: string) => createOpen311Backend({
    baseUrl: 'https://open311.example/v2', language,
    fetch: async (input) => Response.json(String(input).includes('/requests/') ? [request] : services),
  });

  it('tags names, groups, descriptions, notes and the agency with the language it is told, so a widget can mark them', async () => {
    const backend = backendFor('en');
    const catalogue = await backend.listServices();
    expect(catalogue.categories[0]!.name).to.deep.equal({ en: 'Graffiti' });
    expect(catalogue.services[0]!.name).to.deep.equal({ en: 'Graffiti - Bike rack' });
    expect(catalogue.services[0]!.summary).to.deep.equal({ en: 'Graffiti on a bike rack' });
    const record = await backend.findRequest({ reference: '101' });
    expect(record.serviceName).to.deep.equal({ en: 'Graffiti' });
    expect(record.statusNote).to.deep.equal({ en: 'Crew scheduled' });
    expect(record.office?.name).to.deep.equal({ en: 'Public Works' });
    expect(record.timeline.find((event) => event.note)?.note).to.deep.equal({ en: 'Crew scheduled' });
  });

  it('leaves text as plain strings (language not known) without the option, and refuses a tag that is not one', async () => {
    const catalogue = await backendFor().listServices();
    expect(catalogue.services[0]!.name).to.equal('Graffiti - Bike rack');
    expect(() => backendFor('english please')).to.throw(DiwanError, /language tag/);
  });
});
