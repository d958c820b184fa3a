import { expect } from '@open-wc/testing';
import { EligibilityRules, Service, ServiceCatalogue } from '@diwan/client';
import * as z from 'zod/mini';
import { demoCatalogue, demoEligibilityRules } from '@diwan/client/demo';

const LOCALES = ['en', 'ar', 'ckb', 'fr'] as const;
const ARABIC_SCRIPT = /[\u0600-\u06FF]/;
const KURDISH_LETTERS = /[ەۆێڵڕ]/;

/** Every `{ en, … }` object inside a value, with the path it was found at. */
function localizedTexts(value: unknown, path = ''): Array<{ path: string; text: Record<string, unknown> }> {
  if (Array.isArray(value)) return value.flatMap((item, index) => localizedTexts(item, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  if ('en' in value) return [{ path, text: value as Record<string, unknown> }];
  return Object.entries(value).flatMap(([key, child]) => localizedTexts(child, path ? `${path}.${key}` : key));
}

function jsonLogicVars(logic: unknown): string[] {
  if (Array.isArray(logic)) return logic.flatMap(jsonLogicVars);
  if (logic === null || typeof logic !== 'object') return [];
  return Object.entries(logic).flatMap(([operator, args]) =>
    operator === 'var' ? [String(Array.isArray(args) ? args[0] : args)] : jsonLogicVars(args));
}

describe('demo catalogue data', () => {
  const { categories, services } = demoCatalogue;

  it('has at least 40 services in at least 8 categories, including the ones widgets and docs rely on', () => {
    expect(services.length).to.be.at.least(40);
    expect(categories.length).to.be.at.least(8);
    const categoryIds = categories.map((category) => category.id);
    expect(categoryIds).to.include.members([
      'civil-registry', 'identity-travel', 'family-social', 'health', 'education', 'business-trade', 'transport', 'housing-municipal',
    ]);
    expect(services.map((service) => service.id)).to.include.members([
      'passport-renewal', 'birth-certificate', 'disability-allowance', 'business-licence',
    ]);
  });

  it('has unique ids, and every service is in a category that exists (and no category is empty)', () => {
    const ids = services.map((service) => service.id);
    expect(new Set(ids).size).to.equal(ids.length);
    const categoryIds = new Set(categories.map((category) => category.id));
    for (const service of services) expect(categoryIds.has(service.category), service.id).to.equal(true);
    for (const category of categories) {
      expect(services.some((service) => service.category === category.id), category.id).to.equal(true);
    }
  });

  it('parses with the Service and ServiceCatalogue schemas', () => {
    for (const service of services) {
      const result = z.safeParse(Service, service);
      expect(result.success, `${service.id}: ${result.error?.issues[0]?.path.join('.')} ${result.error?.issues[0]?.message}`).to.equal(true);
    }
    expect(z.safeParse(ServiceCatalogue, demoCatalogue).success).to.equal(true);
  });

  it('parses to itself, so the demo backend can skip parsing it on the phone', () => {
    expect(z.parse(ServiceCatalogue, demoCatalogue)).to.deep.equal(demoCatalogue);
    for (const rules of demoEligibilityRules) expect(z.parse(EligibilityRules, rules), rules.serviceId).to.deep.equal(rules);
  });

  it('has every text in en, ar, ckb and fr, with ar and ckb in Arabic script', () => {
    const texts = localizedTexts(demoCatalogue).concat(localizedTexts(demoEligibilityRules, 'rules'));
    expect(texts.length).to.be.greaterThan(500);
    for (const { path, text } of texts) {
      expect(Object.keys(text).sort(), path).to.deep.equal([...LOCALES].sort());
      for (const locale of LOCALES) {
        expect(text[locale], `${path}.${locale}`).to.be.a('string').and.not.match(/^\s*$/);
      }
      expect(text.ar, `${path}.ar`).to.match(ARABIC_SCRIPT);
      expect(text.ckb, `${path}.ckb`).to.match(ARABIC_SCRIPT);
      // Kurdish letters in an Arabic string mean a copy-paste slip between the two columns.
      expect(text.ar, `${path}.ar`).not.to.match(KURDISH_LETTERS);
    }
  });

  it('has real translations: service names differ between en and fr, and names between ar and ckb', () => {
    for (const service of services) expect(service.name.fr, service.id).not.to.equal(service.name.en);
    // Category names may share a word ("Justice"), but Sorani and Arabic never share a whole name.
    for (const item of [...services, ...categories]) expect(item.name.ckb, item.id).not.to.equal(item.name.ar);
    for (const service of services) {
      expect(service.description.ckb, `${service.id} ckb description`).to.match(KURDISH_LETTERS);
    }
  });

  it('describes each service fully: 2-4 sentences, audiences, keywords in several languages, channels, fees, documents', () => {
    for (const service of services) {
      const sentences = service.description.en.split(/(?<=[.!?])\s+/).filter(Boolean);
      expect(sentences.length, `${service.id} description`).to.be.within(2, 4);
      expect(service.audiences.length, service.id).to.be.greaterThan(0);
      expect(service.keywords.some((keyword) => /[a-z]/i.test(keyword)), `${service.id} latin keywords`).to.equal(true);
      expect(service.keywords.some((keyword) => ARABIC_SCRIPT.test(keyword)), `${service.id} arabic-script keywords`).to.equal(true);
      expect(service.channels.length, service.id).to.be.at.least(2);
      expect(service.fees.length, service.id).to.be.greaterThan(0);
      for (const fee of service.fees) expect(fee.currency).to.equal('IQD');
      expect(service.documents.length, service.id).to.be.greaterThan(0);
      expect(service.processingTime.max, service.id).to.be.greaterThan(0);
    }
  });

  it('gives channels what a citizen needs to use them', () => {
    const kinds = new Set(services.flatMap((service) => service.channels.map((channel) => channel.kind)));
    expect([...kinds]).to.include.members(['online', 'phone', 'in_person', 'email', 'sms', 'kiosk', 'post']);
    for (const service of services) {
      for (const channel of service.channels) {
        if (channel.kind === 'online') expect(channel.url, service.id).to.match(/^https:\/\/[a-z.-]+\.example\.gov\//);
        if (channel.kind === 'phone') expect(channel.phone, service.id).to.match(/^\+964 \d{1,2} \d{3} \d{4}$/);
        if (channel.kind === 'in_person') {
          expect(channel.address, service.id).to.be.an('object');
          expect(channel.hours?.length, service.id).to.be.greaterThan(0);
        }
      }
    }
  });

  it('has eligibility rules exactly for the services that say so, referring only to their own questions', () => {
    const withCheck = services.filter((service) => service.hasEligibilityCheck).map((service) => service.id).sort();
    expect(withCheck).to.include('disability-allowance');
    expect(withCheck.length).to.be.at.least(2);
    expect(demoEligibilityRules.map((rules) => rules.serviceId).sort()).to.deep.equal(withCheck);
    for (const rules of demoEligibilityRules) {
      expect(z.safeParse(EligibilityRules, rules).success, rules.serviceId).to.equal(true);
      const questionIds = new Set(rules.questions.map((question) => question.id));
      for (const outcome of rules.outcomes) {
        for (const variable of jsonLogicVars(outcome.when)) {
          expect(questionIds.has(variable), `${rules.serviceId}/${outcome.id} uses ${variable}`).to.equal(true);
        }
      }
      expect(new Set(rules.outcomes.map((outcome) => outcome.result))).to.include('eligible');
    }
  });
});
