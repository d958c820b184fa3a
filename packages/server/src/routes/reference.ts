// The contract, readable: /api/v1/openapi.json (the document generated from the zod schemas) and
// /api/v1/docs, a plain HTML page rendered from it on the server — self-hosted stylesheet, no script,
// no CDN, under a CSP that allows nothing else.
import { Hono } from 'hono';
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import openapi from '@diwan/client/openapi.json';
import type { AppEnv } from './deps.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const DOC_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const STYLES = `
:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
body { margin: 0 auto; max-inline-size: 60rem; padding: 1rem 1.5rem 4rem; }
h1, h2, h3 { line-height: 1.2; }
nav ul { columns: 14rem; padding-inline-start: 1.2rem; }
code, pre { font-family: ui-monospace, monospace; font-size: 0.9em; }
pre { overflow: auto; padding: 0.75rem; border: 1px solid color-mix(in srgb, currentColor 25%, transparent); border-radius: 4px; }
.op { border-block-start: 1px solid color-mix(in srgb, currentColor 25%, transparent); padding-block: 0.5rem; }
.method { font-weight: 700; text-transform: uppercase; margin-inline-end: 0.5rem; }
table { border-collapse: collapse; } th, td { text-align: start; padding: 0.25rem 0.75rem 0.25rem 0; vertical-align: top; }
@media (forced-colors: active) { pre { border-color: CanvasText; } }
`;

const refName = (value: unknown): string | undefined =>
  typeof value === 'object' && value !== null && typeof (value as Json)['$ref'] === 'string'
    ? String((value as Json)['$ref']).split('/').pop()
    : undefined;

function resolve(kind: string, value: Json): Json {
  const name = refName(value);
  return name ? ((openapi as Json)['components'][kind][name] as Json) : value;
}

function schemaLink(schema: unknown): HtmlEscapedString | Promise<HtmlEscapedString> {
  const name = refName(schema);
  return name ? html`<a href="#schema-${name}"><code>${name}</code></a>` : html`<code>${JSON.stringify(schema)}</code>`;
}

function operation(path: string, method: string, op: Json) {
  const parameters = ((op['parameters'] ?? []) as Json[]).map((parameter) => resolve('parameters', parameter));
  const body = op['requestBody']?.content?.['application/json']?.schema;
  const responses = Object.entries((op['responses'] ?? {}) as Json).map(([status, response]) => [status, resolve('responses', response as Json)] as const);
  return html`<section class="op" id="${op['operationId']}">
    <h3><span class="method">${method}</span><code>${path}</code></h3>
    <p>${op['summary']}</p>
    ${op['description'] ? html`<p>${op['description']}</p>` : ''}
    ${parameters.length ? html`<h4>Parameters</h4><table><tbody>${parameters.map((parameter) =>
      html`<tr><th><code>${parameter['name']}</code></th><td>${parameter['in']}${parameter['required'] ? ', required' : ''}</td><td>${parameter['description'] ?? ''}</td></tr>`)}</tbody></table>` : ''}
    ${body ? html`<h4>Request body</h4><p>${schemaLink(body)}</p>` : ''}
    <h4>Responses</h4><table><tbody>${responses.map(([status, response]) =>
      html`<tr><th>${status}</th><td>${response['description'] ?? ''}</td><td>${response['content'] ? schemaLink(response['content']['application/json']?.schema) : ''}</td></tr>`)}</tbody></table>
  </section>`;
}

function page(): Promise<string> | string {
  const doc = openapi as Json;
  const operations = Object.entries(doc['paths'] as Json).flatMap(([path, methods]) =>
    Object.entries(methods as Json).map(([method, op]) => ({ path, method, op: op as Json })));
  const schemas = Object.entries(doc['components']['schemas'] as Json);
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${doc['info']['title']} ${doc['info']['version']}</title><link rel="stylesheet" href="docs/reference.css"></head>
<body><main>
<h1>${doc['info']['title']} <small>${doc['info']['version']}</small></h1>
<p>${doc['info']['summary']}</p><p>${doc['info']['description']}</p>
<p>Machine-readable: <a href="openapi.json"><code>openapi.json</code></a> (OpenAPI 3.1).</p>
<nav aria-label="Contents"><h2>Operations</h2><ul>${operations.map(({ path, method, op }) =>
  html`<li><a href="#${op['operationId']}">${method.toUpperCase()} ${path}</a></li>`)}</ul></nav>
<h2>Operations</h2>${operations.map(({ path, method, op }) => operation(path, method, op))}
<h2>Schemas</h2>${schemas.map(([name, schema]) =>
  html`<section id="schema-${name}"><h3><code>${name}</code></h3><p>${(schema as Json)['description'] ?? ''}</p><pre>${JSON.stringify(schema, null, 2)}</pre></section>`)}
</main></body></html>` as unknown as string;
}

export function referenceRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const document = JSON.stringify(openapi);
  app.get('/openapi.json', (c) =>
    c.body(document, 200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=300' }));
  app.get('/docs', async (c) => {
    c.header('Content-Security-Policy', DOC_CSP);
    return c.html(raw(await page()));
  });
  app.get('/docs/reference.css', (c) =>
    c.body(STYLES, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=300' }));
  return app;
}
