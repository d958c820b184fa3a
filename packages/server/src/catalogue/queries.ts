// The catalogue in the database: rows ↔ the contract's shapes (Service, Category, EligibilityRules).
import type { Category, EligibilityRules, Service, ServiceCatalogue } from '@diwan/client/schemas';
import type { Queryable } from '../db/database.js';

interface CategoryRow {
  id: string;
  name: Category['name'];
  description: Category['description'] | null;
}

interface ServiceRow {
  id: string;
  category_id: string;
  name: Service['name'];
  summary: Service['summary'];
  description: Service['description'] | null;
  audiences: Service['audiences'];
  keywords: Service['keywords'] | null;
  channels: Service['channels'];
  fees: Service['fees'] | null;
  documents: Service['documents'] | null;
  processing_time: Service['processingTime'] | null;
  updated_at: string | null;
  has_rules: boolean;
}

/** Leaves out absent optional fields instead of sending nulls the schemas do not allow. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== null && field !== undefined)) as T;
}

const toCategory = (row: CategoryRow): Category => compact({ id: row.id, name: row.name, description: row.description ?? undefined });

function toService(row: ServiceRow): Service {
  return compact({
    id: row.id,
    name: row.name,
    summary: row.summary,
    description: row.description ?? undefined,
    category: row.category_id,
    audiences: row.audiences,
    keywords: row.keywords ?? undefined,
    channels: row.channels,
    fees: row.fees ?? undefined,
    documents: row.documents ?? undefined,
    processingTime: row.processing_time ?? undefined,
    hasEligibilityCheck: row.has_rules,
    updatedAt: row.updated_at ?? undefined,
  });
}

const SERVICE_COLUMNS = `s.id, s.category_id, s.name, s.summary, s.description, s.audiences, s.keywords, s.channels, s.fees,
  s.documents, s.processing_time, s.updated_at,
  exists (select 1 from eligibility_rules r where r.service_id = s.id and r.is_current) as has_rules`;

// Retired services and categories stay in the database (requests and the audit trail name them) but
// leave every public read.

/** The number every catalogue ETag is made of; it changes with any change to categories, services or rules. */
export async function catalogueVersion(db: Queryable): Promise<string> {
  const rows = await db.query<{ version: string }>('select version::text as version from catalogue_version');
  return rows[0]?.version ?? '0';
}

export async function loadCatalogue(db: Queryable): Promise<ServiceCatalogue> {
  const categories = await db.query<CategoryRow>('select id, name, description from categories where retired_at is null order by position, id');
  const services = await db.query<ServiceRow>(`select ${SERVICE_COLUMNS} from services s where s.retired_at is null order by s.position, s.id`);
  return { categories: categories.map(toCategory), services: services.map(toService) };
}

export async function loadService(db: Queryable, id: string): Promise<Service | undefined> {
  const rows = await db.query<ServiceRow>(`select ${SERVICE_COLUMNS} from services s where s.id = $1 and s.retired_at is null`, [id]);
  return rows[0] ? toService(rows[0]) : undefined;
}

export async function loadRules(db: Queryable, serviceId: string): Promise<EligibilityRules | undefined> {
  const rows = await db.query<{ document: EligibilityRules }>(
    `select r.document from eligibility_rules r join services s on s.id = r.service_id
     where r.service_id = $1 and r.is_current and s.retired_at is null`,
    [serviceId],
  );
  return rows[0]?.document;
}

/** One version of a service's rules, current or not: checks already in progress keep theirs. */
export async function loadRulesVersion(db: Queryable, serviceId: string, version: string): Promise<EligibilityRules | undefined> {
  const rows = await db.query<{ document: EligibilityRules }>(
    `select r.document from eligibility_rules r join services s on s.id = r.service_id
     where r.service_id = $1 and r.version = $2 and s.retired_at is null`,
    [serviceId, version],
  );
  return rows[0]?.document;
}

export async function loadAllRules(db: Queryable): Promise<EligibilityRules[]> {
  const rows = await db.query<{ document: EligibilityRules }>(
    'select r.document from eligibility_rules r join services s on s.id = r.service_id where r.is_current and s.retired_at is null order by s.position, s.id',
  );
  return rows.map((row) => row.document);
}

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

/** Inserts or replaces one category at a position; a retired one comes back. */
export async function upsertCategory(tx: Queryable, category: Category, position: number): Promise<void> {
  await tx.query(
    `insert into categories (id, position, name, description) values ($1, $2, $3::text::jsonb, $4::text::jsonb)
     on conflict (id) do update set position = excluded.position, name = excluded.name, description = excluded.description,
       retired_at = null`,
    [category.id, position, json(category.name), json(category.description)],
  );
}

/** Inserts or replaces one service at a position; a retired one comes back. */
export async function upsertService(tx: Queryable, service: Service, position: number): Promise<void> {
  await tx.query(
    `insert into services (id, position, category_id, name, summary, description, audiences, keywords, channels, fees,
       documents, processing_time, updated_at)
     values ($1, $2, $3, $4::text::jsonb, $5::text::jsonb, $6::text::jsonb, $7::text::jsonb, $8::text::jsonb, $9::text::jsonb, $10::text::jsonb, $11::text::jsonb, $12::text::jsonb, $13)
     on conflict (id) do update set position = excluded.position, category_id = excluded.category_id, name = excluded.name,
       summary = excluded.summary, description = excluded.description, audiences = excluded.audiences,
       keywords = excluded.keywords, channels = excluded.channels, fees = excluded.fees, documents = excluded.documents,
       processing_time = excluded.processing_time, updated_at = excluded.updated_at, retired_at = null`,
    [
      service.id, position, service.category, json(service.name), json(service.summary), json(service.description),
      json(service.audiences), json(service.keywords), json(service.channels), json(service.fees), json(service.documents),
      json(service.processingTime), service.updatedAt ?? null,
    ],
  );
}

/** Inserts or replaces categories and services (by id), keeping their order as given. */
export async function upsertCatalogue(tx: Queryable, catalogue: ServiceCatalogue, startPosition = 0): Promise<void> {
  for (const [index, category] of catalogue.categories.entries()) await upsertCategory(tx, category, index);
  for (const [index, service] of catalogue.services.entries()) await upsertService(tx, service, startPosition + index);
}

/** Stores rules as their service's current version (earlier versions are kept, no longer current). */
export async function upsertRules(tx: Queryable, rules: EligibilityRules): Promise<void> {
  await tx.query('update eligibility_rules set is_current = false where service_id = $1 and is_current and version <> $2', [rules.serviceId, rules.version]);
  await tx.query(
    `insert into eligibility_rules (service_id, version, document, is_current) values ($1, $2, $3::text::jsonb, true)
     on conflict (service_id, version) do update set document = excluded.document, is_current = true`,
    [rules.serviceId, rules.version, JSON.stringify(rules)],
  );
}
