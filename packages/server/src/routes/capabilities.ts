// GET /capabilities: what this backend offers, so a widget configured with `api=` alone learns it.
import { Hono } from 'hono';
import type { Capabilities } from '@diwan/client/schemas';
import { MAX_COMMENT_LENGTH } from './feedback.js';
import type { AppEnv } from './deps.js';

export const SERVER_CAPABILITIES: Capabilities = {
  catalogue: true,
  eligibility: true,
  tracking: { enabled: true, verification: 'surname', referencePattern: '^DW-\\d{4}-\\d{4}$', live: 'sse' },
  feedback: { enabled: true, maxCommentLength: MAX_COMMENT_LENGTH },
  insights: true,
};

/** The same capabilities without live updates (an app without change fan-out). */
export function withoutLive(capabilities: Capabilities): Capabilities {
  return { ...capabilities, tracking: { ...capabilities.tracking, live: 'none' } };
}

export function capabilitiesRoutes(capabilities: Capabilities = SERVER_CAPABILITIES): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const body = JSON.stringify(capabilities);
  app.get('/capabilities', (c) =>
    c.body(body, 200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=300' }));
  return app;
}
