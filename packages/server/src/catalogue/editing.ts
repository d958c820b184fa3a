// Catalogue and rules editing by editors: each change one transaction with its audit row. The public
// ETags follow by themselves — the statement triggers on categories, services and eligibility_rules bump
// catalogue_version (migration 001), which every cached body and ETag is keyed on.
import type { Category, EligibilityRules, LocalizedText, Service } from '@diwan/client/schemas';
import { checkRules } from '@diwan/client/rules';
import {
  CATALOGUE_LOCALES,
  type CategoryChange, type CategoryEdit, type MissingTranslation, type NewService, type Retired, type RulesPublication, type ServiceChange, type ServiceEdit,
} from '@diwan/client/staff';
import type { Database, Queryable } from '../db/database.js';
import { ApiError, notFound } from '../http/errors.js';
import { writeAudit, type Actor } from '../staff/audit.js';
import { loadService, upsertCategory, upsertRules, upsertService } from './queries.js';

export interface EditContext {
  actor: Actor;
  requestId?: string;
}

/** Collects the localised texts that lack one of the four locales (a plain string lacks all four). */
class Translations {
  readonly missing: MissingTranslation[] = [];

  check(path: string, text: LocalizedText | undefined): this {
    if (text === undefined) return this;
    const missing = typeof text === 'string' ? [...CATALOGUE_LOCALES] : CATALOGUE_LOCALES.filter((locale) => !text[locale]?.trim());
    if (missing.length) this.missing.push({ path, missing });
    return this;
  }
}

export function categoryTranslations(category: CategoryChange): MissingTranslation[] {
  return new Translations().check('name', category.name).check('description', category.description).missing;
}

export function serviceTranslations(service: ServiceChange): MissingTranslation[] {
  const found = new Translations().check('name', service.name).check('summary', service.summary).check('description', service.description);
  service.channels.forEach((channel, index) => {
    found.check(`channels.${index}.label`, channel.label).check(`channels.${index}.address`, channel.address).check(`channels.${index}.note`, channel.note);
  });
  service.fees?.forEach((fee, index) => found.check(`fees.${index}.label`, fee.label));
  service.documents?.forEach((document, index) => found.check(`documents.${index}.name`, document.name).check(`documents.${index}.note`, document.note));
  return found.missing;
}

export function rulesTranslations(rules: EligibilityRules): MissingTranslation[] {
  const found = new Translations();
  rules.questions.forEach((question, index) => {
    found.check(`questions.${index}.label`, question.label).check(`questions.${index}.hint`, question.hint);
    if (question.type === 'number') found.check(`questions.${index}.unit`, question.unit);
    if (question.type === 'choice' || question.type === 'multi-choice') {
      question.options.forEach((option, at) => found.check(`questions.${index}.options.${at}.label`, option.label));
    }
  });
  rules.outcomes.forEach((outcome, index) => {
    found.check(`outcomes.${index}.reason`, outcome.reason).check(`outcomes.${index}.legalReference.title`, outcome.legalReference?.title);
  });
  rules.nextSteps?.forEach((step, index) => found.check(`nextSteps.${index}`, step));
  return found.missing;
}

const retired = (at: Date | string | null) => at !== null;

async function nextPosition(tx: Queryable, table: 'categories' | 'services'): Promise<number> {
  const [row] = await tx.query<{ position: number }>(`select coalesce(max(position), -1)::int + 1 as position from ${table}`);
  return row?.position ?? 0;
}

async function requireLiveCategory(tx: Queryable, id: string): Promise<void> {
  const [row] = await tx.query('select 1 from categories where id = $1 and retired_at is null', [id]);
  if (!row) throw new ApiError(422, 'unknown_category', 'There is no category with this id (or it is retired).', { retryable: false });
}

export async function createCategory(db: Database, category: Category, context: EditContext): Promise<CategoryEdit> {
  await db.transaction(async (tx) => {
    const [existing] = await tx.query('select 1 from categories where id = $1', [category.id]);
    if (existing) throw new ApiError(409, 'exists', 'A category with this id exists (perhaps retired): change it with PUT.', { retryable: false });
    await upsertCategory(tx, category, await nextPosition(tx, 'categories'));
    await writeAudit(tx, context.actor, { action: 'category.create', targetType: 'category', targetId: category.id, before: null, after: { retired: false }, requestId: context.requestId });
  });
  return { category, missingTranslations: categoryTranslations(category) };
}

/** Replaces a category's texts; a retired category comes back. */
export async function updateCategory(db: Database, id: string, change: CategoryChange, context: EditContext): Promise<CategoryEdit> {
  const category: Category = { id, ...change };
  await db.transaction(async (tx) => {
    const [current] = await tx.query<{ position: number; retired_at: Date | null }>('select position, retired_at from categories where id = $1 for update', [id]);
    if (!current) throw notFound('There is no category with this id.');
    await upsertCategory(tx, category, current.position);
    await writeAudit(tx, context.actor, {
      action: 'category.update', targetType: 'category', targetId: id, before: { retired: retired(current.retired_at) }, after: { retired: false }, requestId: context.requestId,
    });
  });
  return { category, missingTranslations: categoryTranslations(change) };
}

/** Takes a category out of the public catalogue; refused while live services are in it. */
export async function retireCategory(db: Database, id: string, context: EditContext): Promise<Retired> {
  return db.transaction(async (tx) => {
    const [current] = await tx.query<{ retired_at: Date | null }>('select retired_at from categories where id = $1 for update', [id]);
    if (!current) throw notFound('There is no category with this id.');
    if (retired(current.retired_at)) throw new ApiError(409, 'retired', 'This category is already retired.', { retryable: false });
    const [{ count }] = await tx.query<{ count: number }>('select count(*)::int as count from services where category_id = $1 and retired_at is null', [id]) as [{ count: number }];
    if (count > 0) throw new ApiError(409, 'in_use', `${count} live service(s) are still in this category: move or retire them first.`, { retryable: false });
    const [row] = await tx.query<{ retired_at: Date | string }>('update categories set retired_at = now() where id = $1 returning retired_at', [id]);
    await writeAudit(tx, context.actor, { action: 'category.retire', targetType: 'category', targetId: id, before: { retired: false }, after: { retired: true }, requestId: context.requestId });
    return { id, retiredAt: new Date(row!.retired_at).toISOString() };
  });
}

async function editedService(db: Database, id: string, change: ServiceChange): Promise<ServiceEdit> {
  return { service: (await loadService(db, id))!, missingTranslations: serviceTranslations(change) };
}

export async function createService(db: Database, service: NewService, context: EditContext): Promise<ServiceEdit> {
  await db.transaction(async (tx) => {
    const [existing] = await tx.query('select 1 from services where id = $1', [service.id]);
    if (existing) throw new ApiError(409, 'exists', 'A service with this id exists (perhaps retired): change it with PUT.', { retryable: false });
    await requireLiveCategory(tx, service.category);
    await upsertService(tx, service as Service, await nextPosition(tx, 'services'));
    await writeAudit(tx, context.actor, {
      action: 'service.create', targetType: 'service', targetId: service.id, before: null, after: { category: service.category, retired: false }, requestId: context.requestId,
    });
  });
  return editedService(db, service.id, service);
}

/** Replaces a service as given (in its place in the list); a retired service comes back. */
export async function updateService(db: Database, id: string, change: ServiceChange, context: EditContext): Promise<ServiceEdit> {
  await db.transaction(async (tx) => {
    const [current] = await tx.query<{ position: number; category_id: string; retired_at: Date | null }>(
      'select position, category_id, retired_at from services where id = $1 for update', [id]);
    if (!current) throw notFound('There is no service with this id.');
    await requireLiveCategory(tx, change.category);
    await upsertService(tx, { id, ...change } as Service, current.position);
    await writeAudit(tx, context.actor, {
      action: 'service.update', targetType: 'service', targetId: id,
      before: { category: current.category_id, retired: retired(current.retired_at) }, after: { category: change.category, retired: false }, requestId: context.requestId,
    });
  });
  return editedService(db, id, change);
}

/** Takes a service out of the public catalogue; its requests keep naming it, its rules stay stored. */
export async function retireService(db: Database, id: string, context: EditContext): Promise<Retired> {
  return db.transaction(async (tx) => {
    const [current] = await tx.query<{ retired_at: Date | null }>('select retired_at from services where id = $1 for update', [id]);
    if (!current) throw notFound('There is no service with this id.');
    if (retired(current.retired_at)) throw new ApiError(409, 'retired', 'This service is already retired.', { retryable: false });
    const [row] = await tx.query<{ retired_at: Date | string }>('update services set retired_at = now() where id = $1 returning retired_at', [id]);
    await writeAudit(tx, context.actor, { action: 'service.retire', targetType: 'service', targetId: id, before: { retired: false }, after: { retired: true }, requestId: context.requestId });
    return { id, retiredAt: new Date(row!.retired_at).toISOString() };
  });
}

const MAX_LISTED_PROBLEMS = 25;

/**
 * Publishes a new version of a service's rules: checkRules must find no error (every one is listed, with
 * its path); the version must be new for the service. The previous version stays stored and readable.
 */
export async function publishRules(db: Database, serviceId: string, document: unknown, context: EditContext): Promise<RulesPublication> {
  const check = checkRules(document);
  const errors = check.problems.filter((problem) => problem.severity === 'error');
  if (!check.rules || errors.length) {
    const listed = errors.slice(0, MAX_LISTED_PROBLEMS).map((problem) => `${problem.path || '(document)'}: ${problem.message}`);
    const more = errors.length > MAX_LISTED_PROBLEMS ? ` (and ${errors.length - MAX_LISTED_PROBLEMS} more)` : '';
    throw new ApiError(422, 'invalid_rules', `The rules do not pass checkRules; nothing was published. ${listed.join('; ')}${more}`, { retryable: false });
  }
  const rules = check.rules;
  if (rules.serviceId !== serviceId) throw new ApiError(422, 'invalid_rules', 'serviceId in the document is not the service in the address.', { retryable: false });
  const previousVersion = await db.transaction(async (tx) => {
    const [service] = await tx.query('select 1 from services where id = $1 and retired_at is null for update', [serviceId]);
    if (!service) throw notFound('There is no service with this id (or it is retired).');
    const versions = await tx.query<{ version: string; is_current: boolean }>('select version, is_current from eligibility_rules where service_id = $1', [serviceId]);
    if (versions.some((row) => row.version === rules.version)) {
      throw new ApiError(409, 'version_exists', `Version ${rules.version} of these rules exists: publish under a new version (the old one stays readable).`, { retryable: false });
    }
    const previous = versions.find((row) => row.is_current)?.version;
    await upsertRules(tx, rules);
    await writeAudit(tx, context.actor, {
      action: 'rules.publish', targetType: 'rules', targetId: serviceId, before: { version: previous ?? null }, after: { version: rules.version }, requestId: context.requestId,
    });
    return previous;
  });
  return {
    rules,
    ...(previousVersion === undefined ? {} : { previousVersion }),
    warnings: check.problems.filter((problem) => problem.severity !== 'error').map((problem) => `${problem.path || '(document)'}: ${problem.message}`),
    missingTranslations: rulesTranslations(rules),
  };
}
