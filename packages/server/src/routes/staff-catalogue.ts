// Editors' routes: services and categories (scope `catalogue`), eligibility rule versions (scope `rules`).
// Each answer reports the texts still missing one of the four locales; each change is audited.
import { Hono, type Context } from 'hono';
import type { StandardSchemaV1 } from '@standard-schema/spec';
import * as z from 'zod/mini';
import { Category, Slug } from '@diwan/client/schemas';
import { CategoryChange, NewService, ServiceChange, type Retired } from '@diwan/client/staff';
import {
  createCategory, createService, publishRules, retireCategory, retireService, updateCategory, updateService, type EditContext,
} from '../catalogue/editing.js';
import type { Database } from '../db/database.js';
import { validated } from '../http/validate.js';
import { readCatalogueVersion } from '../catalogue/version.js';
import { requireScope } from '../staff/auth.js';
import type { AppDeps, AppEnv } from './deps.js';

const IdParams = z.object({ id: Slug });

type Output<Schema extends StandardSchemaV1> = StandardSchemaV1.InferOutput<Schema>;

/** What the catalogue's editing does for one kind of entry (categories, services). */
interface EntryEdits<New extends StandardSchemaV1, Change extends StandardSchemaV1, Edit extends object> {
  /** The body of a creation and of a change (the id of a change is in the address). */
  schemas: { create: New; update: Change };
  create(db: Database, entry: Output<New>, context: EditContext): Promise<Edit>;
  update(db: Database, id: string, change: Output<Change>, context: EditContext): Promise<Edit>;
  retire(db: Database, id: string, context: EditContext): Promise<Retired>;
}

export function staffCatalogueRoutes({ db, catalogueVersion: versions = readCatalogueVersion(db) }: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const context = (c: Context<AppEnv>): EditContext => ({ actor: c.get('staff')!, requestId: c.get('requestId') });
  // Other processes learn of the change by NOTIFY; this one reads the new version before it answers, so
  // the editor's next read here already has the new ETag. Answers about edits are never stored by a cache.
  const answer = async (c: Context<AppEnv>, work: Promise<object>, status: 200 | 201 = 200) => {
    c.header('Cache-Control', 'no-store');
    const result = await work;
    await versions.refresh();
    return c.json(result, status);
  };
  const catalogue = requireScope('catalogue');

  /** Categories and services are edited alike: created, changed in place (a retired one comes back), retired. */
  const editable = <New extends StandardSchemaV1, Change extends StandardSchemaV1, Edit extends object>(path: string, edits: EntryEdits<New, Change, Edit>) => {
    app.post(path, catalogue, validated('json', edits.schemas.create), (c) =>
      answer(c, edits.create(db, c.req.valid('json'), context(c)), 201));
    app.put(`${path}/:id`, catalogue, validated('param', IdParams), validated('json', edits.schemas.update), (c) =>
      answer(c, edits.update(db, c.req.valid('param').id, c.req.valid('json'), context(c))));
    app.post(`${path}/:id/retire`, catalogue, validated('param', IdParams), (c) =>
      answer(c, edits.retire(db, c.req.valid('param').id, context(c))));
  };

  editable('/staff/categories', { schemas: { create: Category, update: CategoryChange }, create: createCategory, update: updateCategory, retire: retireCategory });
  editable('/staff/services', { schemas: { create: NewService, update: ServiceChange }, create: createService, update: updateService, retire: retireService });

  // The document is checked by checkRules itself, which lists every problem with its path.
  app.post('/staff/services/:id/rules', requireScope('rules'), validated('param', IdParams), validated('json', z.unknown()), (c) =>
    answer(c, publishRules(db, c.req.valid('param').id, c.req.valid('json'), context(c)), 201));

  return app;
}
