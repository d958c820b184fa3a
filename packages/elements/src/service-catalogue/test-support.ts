// Fixtures shared by the catalogue's tests: a small catalogue and tiny hand-made backends.
import { expect, waitUntil } from '@open-wc/testing';
import { DiwanError } from '@diwan/client/core';
import type { Capabilities, DiwanBackend, Service, ServiceCatalogue } from '@diwan/client';
import type { DiwanServiceCatalogue } from './service-catalogue.js';

const capabilities: Capabilities = {
  catalogue: true,
  eligibility: true,
  tracking: { enabled: false, verification: null, live: 'none' },
  feedback: { enabled: false, maxCommentLength: 500 },
};

export const passportRenewal: Service = {
  id: 'passport-renewal',
  category: 'travel',
  name: { en: 'Renew a passport', ar: 'تجديد جواز السفر', ckb: 'نوێکردنەوەی پاسپۆرت', fr: 'Renouveler un passeport' },
  summary: { en: 'Renew an adult passport before it expires.', ar: 'جدّد جواز سفرك قبل انتهاء صلاحيته.' },
  description: { en: 'You can renew up to six months before the expiry date.' },
  audiences: ['citizen', 'resident'],
  keywords: ['passport', 'travel document', 'جواز'],
  channels: [
    { kind: 'online', url: 'https://services.example.gov/passport' },
    { kind: 'phone', phone: '+964 1 555 0100', hours: [{ days: ['sat', 'sun', 'mon', 'tue', 'wed', 'thu'], opens: '08:00', closes: '20:00' }] },
    { kind: 'email', email: 'passports@example.gov' },
    { kind: 'in_person', address: { en: 'Passport Office, 60 Metre Street, Erbil' }, hours: [{ days: ['sun', 'mon', 'tue', 'wed', 'thu'], opens: '08:00', closes: '14:00' }] },
  ],
  fees: [
    { label: { en: 'Application' }, amount: 0, currency: 'IQD' },
    { label: { en: 'Express delivery' }, amount: 25000, currency: 'IQD' },
  ],
  documents: [{ name: { en: 'Your current passport' } }, { name: { en: 'Two photos' }, optional: true }],
  processingTime: { max: 5, unit: 'day', workingDays: true },
  hasEligibilityCheck: true,
};

export const birthCertificate: Service = {
  id: 'birth-certificate',
  category: 'civil-registry',
  name: { en: 'Birth certificate', ar: 'شهادة الميلاد', ckb: 'بڕوانامەی لەدایکبوون', fr: 'Acte de naissance' },
  summary: { en: 'Register a birth or order a copy of the certificate.', ar: 'سجّل ولادة أو اطلب نسخة من الشهادة.' },
  audiences: ['citizen', 'resident'],
  keywords: ['newborn'],
  channels: [{ kind: 'in_person', address: { en: 'Civil Status Directorate, Baghdad' } }],
  processingTime: { max: 2, unit: 'day', workingDays: true },
  hasEligibilityCheck: false,
};

export const familyAllowance: Service = {
  id: 'family-allowance',
  category: 'family',
  name: { en: 'Family allowance', ar: 'إعانة الأسرة', ckb: 'یارمەتیی خێزان', fr: 'Allocation familiale' },
  summary: { en: 'Monthly support for families with children.', ar: 'دعم شهري للأسر التي لديها أطفال.' },
  audiences: ['citizen'],
  channels: [{ kind: 'online', url: 'https://services.example.gov/family' }],
  hasEligibilityCheck: true,
};

export const businessLicence: Service = {
  id: 'business-licence',
  category: 'business',
  name: { en: 'Business licence', ar: 'رخصة مزاولة النشاط التجاري', ckb: 'مۆڵەتی بازرگانی', fr: 'Licence commerciale' },
  summary: { en: 'Register a company and get a trading licence.', ar: 'سجّل شركتك واحصل على رخصة تجارية.' },
  audiences: ['business'],
  channels: [{ kind: 'online', url: 'https://services.example.gov/business' }],
};

export const visitorVisa: Service = {
  id: 'visitor-visa',
  category: 'travel',
  name: { en: 'Visitor visa', ar: 'تأشيرة زيارة', ckb: 'ڤیزای سەردان', fr: 'Visa visiteur' },
  summary: { en: 'Apply for a visa to visit for up to 30 days.', ar: 'قدّم طلب تأشيرة لزيارة تصل إلى 30 يومًا.' },
  audiences: ['visitor'],
  channels: [{ kind: 'online', url: 'https://services.example.gov/visa' }],
};

export const sampleCatalogue: ServiceCatalogue = {
  categories: [
    { id: 'travel', name: { en: 'Travel and passports', ar: 'السفر والجوازات' } },
    { id: 'civil-registry', name: { en: 'Civil registry', ar: 'الأحوال المدنية' } },
    { id: 'family', name: { en: 'Family', ar: 'الأسرة' } },
    { id: 'business', name: { en: 'Business', ar: 'الأعمال' } },
  ],
  services: [passportRenewal, birthCertificate, familyAllowance, businessLicence, visitorVisa],
};

/**
 * A plain container in the page, removed after each test. (open-wc's `fixture` waits for an animation
 * frame for non-Lit elements, and a page web-test-runner runs in the background gets none.)
 */
const containers: HTMLElement[] = [];
export function plainContainer(lang?: string): HTMLDivElement {
  const div = document.createElement('div');
  if (lang) div.lang = lang;
  document.body.append(div);
  containers.push(div);
  return div;
}
afterEach(() => {
  for (const container of containers.splice(0)) container.remove();
});

type ListServices = DiwanBackend['listServices'];

/** A backend object whose listServices does what the test says; the other methods are unused. */
export function testBackend(listServices: ListServices): DiwanBackend {
  const unsupported = () => Promise.reject(new DiwanError('unsupported', 'not in this test'));
  return {
    capabilities,
    listServices,
    getService: unsupported,
    getEligibilityRules: unsupported,
    findRequest: unsupported,
    sendFeedback: unsupported,
  };
}

export const backendWith = (catalogue: unknown) => testBackend(() => Promise.resolve(catalogue as ServiceCatalogue));

/** A backend whose answer the test releases by hand. */
export function deferredBackend(): { backend: DiwanBackend; release: (catalogue: ServiceCatalogue) => void } {
  let release: (catalogue: ServiceCatalogue) => void = () => undefined;
  const pending = new Promise<ServiceCatalogue>((resolve) => (release = resolve));
  return { backend: testBackend(() => pending), release: (catalogue) => release(catalogue) };
}

export const shadow = (el: DiwanServiceCatalogue) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: DiwanServiceCatalogue, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: DiwanServiceCatalogue, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

export const itemNames = (el: DiwanServiceCatalogue) => $$(el, '.item-button').map((button) => button.textContent!.trim());
export const countText = (el: DiwanServiceCatalogue) => $(el, '[role="status"]')?.textContent?.trim() ?? '';

/** Waits until the list shows items (the virtualizer renders after layout). */
export async function untilItems(el: DiwanServiceCatalogue, atLeast = 1): Promise<void> {
  await waitUntil(() => $$(el, '.item-button').length >= atLeast, 'the list did not render its items', { timeout: 4000 });
}

/** Waits until the list shows exactly these names (the virtualizer re-renders a frame later). */
export async function untilNames(el: DiwanServiceCatalogue, names: string[]): Promise<void> {
  await waitUntil(() => itemNames(el).join('|') === names.join('|'), `the list did not become ${names.join(', ')}`, {
    timeout: 4000,
  }).catch(() => expect(itemNames(el)).to.deep.equal(names));
}

export async function typeQuery(el: DiwanServiceCatalogue, query: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#search')!;
  input.value = query;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export function selectOption(el: DiwanServiceCatalogue, id: 'category' | 'audience', value: string): void {
  const select = $<HTMLSelectElement>(el, `#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Opens a service from the list as a citizen would (a click) and waits until its detail shows. */
export async function openService(el: DiwanServiceCatalogue, serviceId: string): Promise<void> {
  $(el, `.item-button[data-service-id="${serviceId}"]`)!.click();
  await waitUntil(() => $(el, '.detail-heading'), `the detail of ${serviceId} shows`);
}
