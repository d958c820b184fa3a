// The demo data set in the database: the same 47 services, 11 categories, 7 rule sets and 13 requests
// (pinned references DW-2026-0001…0013, dates relative to the moment of seeding) as the in-browser demo
// backend; `--services N` adds N generated services for load tests.
import { demoCatalogue, demoEligibilityRules, demoRequests, generateServices } from '@diwan/client/demo';
import type { EligibilityRules, ServiceCatalogue } from '@diwan/client/schemas';
import { upsertCatalogue, upsertRules } from './catalogue/queries.js';
import type { Database } from './db/database.js';
import type { Keys } from './requests/keys.js';
import { upsertRequest } from './requests/queries.js';

export interface SeedOptions {
  /** Generated services added after the demo ones (0: none). */
  services?: number;
  now?: Date;
}

export interface SeedSummary {
  categories: number;
  services: number;
  rules: number;
  requests: number;
}

export async function seedDemo(db: Database, keys: Keys, options: SeedOptions = {}): Promise<SeedSummary> {
  const now = options.now ?? new Date();
  const generated = options.services ? generateServices(options.services) : undefined;
  const catalogue: ServiceCatalogue = demoCatalogue as ServiceCatalogue;
  return db.transaction(async (tx) => {
    await upsertCatalogue(tx, catalogue);
    if (generated) await upsertCatalogue(tx, { categories: [], services: generated.services }, catalogue.services.length);
    for (const rules of demoEligibilityRules) await upsertRules(tx, rules as EligibilityRules);
    for (const [reference, request] of demoRequests) {
      const verifiers = request.surnames.map((surname) => keys.verifier(reference, surname));
      await upsertRequest(tx, request.build(now), verifiers);
    }
    return {
      categories: catalogue.categories.length,
      services: catalogue.services.length + (generated?.services.length ?? 0),
      rules: demoEligibilityRules.length,
      requests: demoRequests.size,
    };
  });
}

/** True when the database holds no catalogue yet (first start: seed it). */
export async function isEmpty(db: Database): Promise<boolean> {
  const rows = await db.query<{ count: number }>('select count(*)::int as count from categories');
  return (rows[0]?.count ?? 0) === 0;
}
