// GET /services, /services/{id}, /services/{id}/eligibility (and …/eligibility/versions/{version}, for
// checks begun before a new version was published): cacheable reads with ETag revalidation.
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { Slug } from '@diwan/client/schemas';
import { loadCatalogue, loadRules, loadRulesVersion, loadService } from '../catalogue/queries.js';
import { readCatalogueVersion } from '../catalogue/version.js';
import { etagFor, matchesEtag, notModified, sendCached, VersionedBodies } from '../http/cached-json.js';
import { notFound } from '../http/errors.js';
import { validated } from '../http/validate.js';
import type { AppDeps, AppEnv } from './deps.js';

const ServiceParams = z.object({ id: Slug });
const VersionParams = z.object({ id: Slug, version: z.string().check(z.minLength(1), z.maxLength(64)) });

export function catalogueRoutes({ db, catalogueVersion: versions = readCatalogueVersion(db) }: AppDeps): Hono<AppEnv> {
  const bodies = new VersionedBodies();
  const app = new Hono<AppEnv>();

  app.get('/services', async (c) => {
    const version = await versions.current();
    const etag = etagFor(version);
    if (matchesEtag(c.req.header('If-None-Match'), etag)) return notModified(c, etag);
    const entry = await bodies.get(version, 'catalogue', () => loadCatalogue(db));
    return sendCached(c, etag, entry!);
  });

  app.get('/services/:id', validated('param', ServiceParams), async (c) => {
    const { id } = c.req.valid('param');
    const version = await versions.current();
    const etag = etagFor(version);
    const entry = await bodies.get(version, `service:${id}`, () => loadService(db, id));
    if (!entry) throw notFound(`There is no service with this id.`);
    if (matchesEtag(c.req.header('If-None-Match'), etag)) return notModified(c, etag);
    return sendCached(c, etag, entry);
  });

  app.get('/services/:id/eligibility', validated('param', ServiceParams), async (c) => {
    const { id } = c.req.valid('param');
    const version = await versions.current();
    const etag = etagFor(version);
    const entry = await bodies.get(version, `rules:${id}`, () => loadRules(db, id));
    if (!entry) throw notFound('This service has no eligibility check.');
    if (matchesEtag(c.req.header('If-None-Match'), etag)) return notModified(c, etag);
    return sendCached(c, etag, entry);
  });

  app.get('/services/:id/eligibility/versions/:version', validated('param', VersionParams), async (c) => {
    const { id, version: rulesVersion } = c.req.valid('param');
    const version = await versions.current();
    const etag = etagFor(version);
    const entry = await bodies.get(version, `rules:${id}:${rulesVersion}`, () => loadRulesVersion(db, id, rulesVersion));
    if (!entry) throw notFound('This service has no rules of this version.');
    if (matchesEtag(c.req.header('If-None-Match'), etag)) return notModified(c, etag);
    return sendCached(c, etag, entry);
  });

  return app;
}
