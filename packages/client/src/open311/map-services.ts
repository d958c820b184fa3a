// Open311 services (already decoded to the JSON shape) → the Diwan catalogue.
import type { Audience, Category, Service, ServiceCatalogue } from '../schemas/service.js';
import { categoryIdFromGroup, serviceIdFromCode } from './ids.js';
import { inLanguage, records, text } from './map-common.js';

/** The catalogue plus the way back from Diwan ids to the server's own service codes. */
export interface MappedCatalogue {
  catalogue: ServiceCatalogue;
  /** Diwan service id → Open311 `service_code`. */
  codes: ReadonlyMap<string, string>;
}

/** Where a service without a `group` goes. */
export const UNGROUPED_CATEGORY: Category = {
  id: 'other',
  name: { en: 'Other services', ar: 'خدمات أخرى', ckb: 'خزمەتگوزارییەکانی تر', fr: 'Autres services' },
};

// Open311 says nothing about who a service is for; reporting a city problem is open to anyone.
const EVERYONE: Audience[] = ['citizen', 'resident', 'business', 'visitor'];

/** `Cans_Left_Out_24x7` → `Cans Left Out 24x7`: names some servers send as internal identifiers. */
export function readableName(name: string): string {
  return name.replace(/_+/g, ' ').replace(/\s+/g, ' ').trim();
}

function keywordsOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value.map(text) : (text(value) ?? '').split(',');
  return list.map((keyword) => keyword?.trim() ?? '').filter((keyword) => keyword.length > 0);
}

/**
 * Services → catalogue: `group` → category, `keywords` (comma-separated) → keywords, `description` →
 * summary, one online channel (Open311 is an online API). Entries without a code or a name cannot be
 * shown or looked up and are left out; a repeated code keeps its first entry. Names, groups and
 * descriptions are tagged with `language`, the server's, when it is known.
 */
export function mapCatalogue(data: unknown, language?: string): MappedCatalogue {
  const categories = new Map<string, Category>();
  const services: Service[] = [];
  const codes = new Map<string, string>();
  for (const entry of records(data, ['services', 'service'], 'a service list')) {
    const code = text(entry.service_code);
    const name = text(entry.service_name);
    if (!code || !name) continue;
    const id = serviceIdFromCode(code);
    if (codes.has(id)) continue;
    const group = text(entry.group);
    const category = group ? { id: categoryIdFromGroup(group), name: inLanguage(group, language) } : UNGROUPED_CATEGORY;
    if (!categories.has(category.id)) categories.set(category.id, category);
    const keywords = keywordsOf(entry.keywords);
    const service: Service = {
      id,
      name: inLanguage(readableName(name), language),
      summary: inLanguage(text(entry.description)?.replace(/\s+/g, ' ') ?? '', language),
      category: category.id,
      audiences: EVERYONE,
      channels: [{ kind: 'online' }],
      hasEligibilityCheck: false,
    };
    if (keywords.length) service.keywords = keywords;
    codes.set(id, code);
    services.push(service);
  }
  return { catalogue: { categories: [...categories.values()], services }, codes };
}
