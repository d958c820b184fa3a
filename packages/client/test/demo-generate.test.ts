import { expect } from '@open-wc/testing';
import { Service, Slug } from '@diwan/client';
import * as z from 'zod/mini';
import { createDemoBackend, demoCatalogue, generateServices } from '@diwan/client/demo';

describe('generateServices', () => {
  it('makes 10,000 services with distinct, valid ids in existing categories', () => {
    const { categories, services } = generateServices(10_000);
    expect(services).to.have.length(10_000);
    const ids = new Set(services.map((service) => service.id));
    expect(ids.size).to.equal(10_000);
    for (const id of ids) expect(z.safeParse(Slug, id).success, id).to.equal(true);
    const categoryIds = new Set(categories.map((category) => category.id));
    for (const service of services) expect(categoryIds.has(service.category), service.id).to.equal(true);
  });

  it('makes services that parse with the schema, in the four locales', () => {
    const { services } = generateServices(10_000, 7);
    for (let index = 0; index < services.length; index += 97) {
      const service = services[index]!;
      expect(z.safeParse(Service, service).success, service.id).to.equal(true);
      const name = service.name as Record<string, string>;
      expect(Object.keys(name).sort()).to.deep.equal(['ar', 'ckb', 'en', 'fr']);
      expect(name.ar).to.match(/[\u0600-\u06FF]/);
      expect(name.fr).not.to.equal(name.en);
    }
  });

  it('varies names and keywords enough for search to be meaningful', () => {
    const { services } = generateServices(2_000);
    expect(new Set(services.map((service) => (service.name as Record<string, string>).en)).size).to.be.greaterThan(1_000);
    expect(new Set(services.map((service) => service.category)).size).to.be.at.least(8);
    expect(new Set(services.flatMap((service) => service.keywords ?? [])).size).to.be.greaterThan(100);
  });

  it('is deterministic for a seed, and differs between seeds', () => {
    expect(generateServices(500, 42)).to.deep.equal(generateServices(500, 42));
    expect(generateServices(500)).to.deep.equal(generateServices(500, 1));
    expect(generateServices(500, 43).services.map((service) => service.name))
      .not.to.deep.equal(generateServices(500, 42).services.map((service) => service.name));
  });

  it('shares nothing with the sample data, so changing a generated catalogue leaves the demo intact', () => {
    const generated = generateServices(10);
    (generated.categories[0]!.name as Record<string, string>).en = 'Changed';
    generated.services[0]!.channels[1]!.hours![0]!.opens = '03:00';
    expect(demoCatalogue.categories[0]!.name.en).not.to.equal('Changed');
    expect(demoCatalogue.services.flatMap((service) => service.channels).some((channel) => channel.hours?.[0]?.opens === '03:00')).to.equal(false);
  });

  it('feeds the demo backend: all 10,000 pass its schema check', async () => {
    const backend = createDemoBackend({ catalogue: generateServices(10_000, 3) });
    expect((await backend.listServices()).services).to.have.length(10_000);
    const { services } = generateServices(10_000, 3);
    expect((await backend.getService(services[9_999]!.id)).id).to.equal(services[9_999]!.id);
  });
});
