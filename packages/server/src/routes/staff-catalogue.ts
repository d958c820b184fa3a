// Editors' routes: services and categories (scope `catalogue`), eligibility rule versions (scope `rules`).
// Each answer reports the texts still missing one of the four locales; each change is audited.
import { Hono, type Context } from 'hono';
import * as z from 'zod/mini';
import { Category, Slug } from '@diwan/client/schemas';
import { CategoryChange, NewService, ServiceChange } from '@diwan/client/staff';
import {
  createCategory, createService, publishRules, retireCategory, retireService, updateCategory, updateService, type EditContext,
} from '../catalogue/editing.js';
import { validated } from '../http/validate.js';
import { readCatalogueVersion } from '../catalogue/version.js';
import { requireScope } from '../staff/auth.js';
import type { AppDeps, AppEnv } from './deps.js';

const IdParams = z.object({ id: Slug });

export function staffCatalogueRoutes({ db, catalogueVersion: versions = readCatalogueVersion(db) }: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // Other processes learn of the change by NOTIFY; this one reads the new version before it answers, so
  // the editor's next read here already has the new ETag.
  const changed = async <T>(work: Promise<T>): Promise<T> => {
    const result = await work;
    await versions.refresh();
    return result;
  };
  const context = (c: Context<AppEnv>): EditContext => ({ actor: c.get('staff')!, requestId: c.get('requestId') });
  const catalogue = requireScope('catalogue');

  app.post('/staff/categories', catalogue, validated('json', Category), async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(await changed(createCategory(db, c.req.valid('json'), context(c))), 201);
  });

  app.put('/staff/categories/:id', catalogue, validated('param', IdParams), validated('json', CategoryChange), async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(await changed(updateCategory(db, c.req.valid('param').id, c.req.valid('json'), context(c))));
  });

  app.post('/staff/categories/:id/retire', catalogue, validated('param', IdParams), async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(await changed(retireCategory(db, c.req.valid('param').id, context(c))));
  });

  app.post('/staff/services', catalogue, validated('json', NewService), async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(await changed(createService(db, c.req.valid('json'), context(c))), 201);
  });

  app.put('/staff/services/:id', catalogue, validated('param', IdParams), validated('json', ServiceChange), async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(await changed(updateService(db, c.req.valid('param').id, c.req.valid('json'), context(c))));
  });

  app.post('/staff/services/:id/retire', catalogue, validated('param', IdParams), async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(await changed(retireService(db, c.req.valid('param').id, context(c))));
  });

  // The document is checked by checkRules itself, which lists every problem with its path.
  app.post('/staff/services/:id/rules', requireScope('rules'), validated('param', IdParams), validated('json', z.unknown()), async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(await changed(publishRules(db, c.req.valid('param').id, c.req.valid('json'), context(c))), 201);
  });

  return app;
}
