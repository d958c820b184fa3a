// A static folder at / (the built demo ministry page). Hashed assets are cached for good; the page
// itself is revalidated. The page runs under a strict CSP: scripts and styles from this origin only,
// no inline anything, Trusted Types enforced (Diwan's widgets are built for it).
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { AppEnv } from '../routes/deps.js';

export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

export function staticFiles(root: string): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    c.header('Content-Security-Policy', PAGE_CSP);
    c.header('Cache-Control', c.req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    await next();
    if (c.res.status === 404) c.res.headers.delete('Content-Security-Policy');
  });
  app.use('*', compress());
  app.use('*', serveStatic({ root, precompressed: false }));
  return app;
}
