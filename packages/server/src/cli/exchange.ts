// import / export of the catalogue and its rules as one JSON document:
//   { "categories": [...], "services": [...], "rules": [EligibilityRules, ...] }
// An import is checked whole before anything is written: the schemas, every rules document through
// checkRules (every problem listed, with its path), and the links between them. Then one transaction.
import * as z from 'zod/mini';
import { EligibilityRules, ServiceCatalogue } from '@diwan/client/schemas';
import { checkRules } from '@diwan/client/rules';
import { loadAllRules, loadCatalogue, upsertCatalogue, upsertRules } from '../catalogue/queries.js';
import type { Database } from '../db/database.js';

export const CatalogueExchange = z.object({
  categories: ServiceCatalogue.shape.categories,
  services: ServiceCatalogue.shape.services,
  rules: z.optional(z.array(z.unknown())),
});
export type CatalogueExchange = { categories: ServiceCatalogue['categories']; services: ServiceCatalogue['services']; rules: EligibilityRules[] };

export class ImportRejectedError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The import was refused; nothing was written. ${problems.length} problem(s):\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
  }
}

export interface CheckedImport {
  document: CatalogueExchange;
  warnings: string[];
}

/** Checks a document for import; throws ImportRejectedError listing every problem. */
export function checkImport(input: unknown, knownCategories: readonly string[] = []): CheckedImport {
  const problems: string[] = [];
  const warnings: string[] = [];
  const parsed = z.safeParse(CatalogueExchange, input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${issue.path.join('.') || '(document)'}: ${issue.message}`);
    throw new ImportRejectedError(problems);
  }
  const { categories, services } = parsed.data;
  const categoryIds = new Set([...knownCategories, ...categories.map((category) => category.id)]);
  const serviceIds = new Set<string>();
  services.forEach((service, index) => {
    if (serviceIds.has(service.id)) problems.push(`services[${index}]: the id "${service.id}" appears twice.`);
    serviceIds.add(service.id);
    if (!categoryIds.has(service.category)) problems.push(`services[${index}].category: no category "${service.category}".`);
  });
  const rules: EligibilityRules[] = [];
  (parsed.data.rules ?? []).forEach((document, index) => {
    const check = checkRules(document);
    for (const problem of check.problems) {
      const line = `rules[${index}]${problem.path ? `.${problem.path}` : ''}: ${problem.message}`;
      (problem.severity === 'error' ? problems : warnings).push(line);
    }
    if (check.rules) {
      if (!serviceIds.has(check.rules.serviceId)) problems.push(`rules[${index}].serviceId: no service "${check.rules.serviceId}" in this import.`);
      rules.push(check.rules);
    }
  });
  if (problems.length) throw new ImportRejectedError(problems);
  return { document: { categories, services, rules }, warnings };
}

export async function importCatalogue(db: Database, input: unknown): Promise<{ categories: number; services: number; rules: number; warnings: string[] }> {
  const known = (await db.query<{ id: string }>('select id from categories')).map((row) => row.id);
  const { document, warnings } = checkImport(input, known);
  await db.transaction(async (tx) => {
    await upsertCatalogue(tx, { categories: document.categories, services: document.services });
    for (const rules of document.rules) await upsertRules(tx, rules);
  });
  return { categories: document.categories.length, services: document.services.length, rules: document.rules.length, warnings };
}

export async function exportCatalogue(db: Database): Promise<CatalogueExchange> {
  const catalogue = await loadCatalogue(db);
  return { ...catalogue, rules: await loadAllRules(db) };
}

/** The same document read through a running server's public API (the data folder stays with it). */
export async function exportThroughServer(baseUrl: string): Promise<CatalogueExchange> {
  const get = async (path: string) => {
    const response = await fetch(`${baseUrl}/api/v1${path}`, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`${path}: the server answered ${response.status}`);
    return response.json() as Promise<unknown>;
  };
  const catalogue = z.parse(ServiceCatalogue, await get('/services'));
  const rules: EligibilityRules[] = [];
  for (const service of catalogue.services.filter((candidate) => candidate.hasEligibilityCheck)) {
    rules.push(z.parse(EligibilityRules, await get(`/services/${encodeURIComponent(service.id)}/eligibility`)));
  }
  return { ...catalogue, rules };
}
