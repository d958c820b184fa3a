// The staff routes of the Diwan REST contract (bearer tokens; never called by citizen widgets): who am I,
// tokens and the audit trail (admin). Kept beside document.ts so each file stays readable.
import type * as z from 'zod/mini';
import {
  AuditEntry, AuditPage, CreatedStaffToken, NewStaffToken, StaffIdentity, StaffRole, StaffScope, StaffToken,
} from '../schemas/staff.js';
import { json, ok, ref, type JsonObject } from './parts.js';

export const STAFF_SCHEMAS: Array<[string, z.ZodMiniType, string]> = [
  ['StaffRole', StaffRole, 'A staff token’s role: caseworker (requests), editor (catalogue, rules), analyst (insights), admin (tokens, audit, insights).'],
  ['StaffScope', StaffScope, 'What a staff route needs; a role grants a fixed set of scopes.'],
  ['StaffIdentity', StaffIdentity, 'Who a staff token is: id, name, role and the scopes it grants.'],
  ['StaffToken', StaffToken, 'A staff token as listed: never the token itself (only its hash is stored).'],
  ['NewStaffToken', NewStaffToken, 'A token to create: who or what it is for, and its role.'],
  ['CreatedStaffToken', CreatedStaffToken, 'A new token, with the token in clear: shown this once.'],
  ['AuditEntry', AuditEntry, 'One audit row: who (token id and name), what, when, and the states before and after by ids — never a citizen’s verification value.'],
  ['AuditPage', AuditPage, 'Audit rows newest first; next is the before cursor of the following page.'],
];

const secured = (scope: string | undefined, operation: JsonObject) => ({
  security: [{ StaffToken: [] }],
  ...operation,
  description: `${operation['description'] ? `${String(operation['description'])} ` : ''}${scope ? `Scope: ${scope}.` : 'Any staff token.'}`,
  responses: {
    ...(operation['responses'] as JsonObject),
    '401': ref('responses', 'Unauthorized'),
    ...(scope ? { '403': ref('responses', 'Forbidden') } : {}),
    '429': ref('responses', 'RateLimited'),
    default: ref('responses', 'Error'),
  },
});

const pathParameter = (name: string, pattern: string, description: string) => ({
  name, in: 'path', required: true, description, schema: { type: 'string', pattern },
});

const queryParameter = (name: string, pattern: string, description: string) => ({
  name, in: 'query', required: false, description, schema: { type: 'string', pattern },
});

export function staffPaths(): JsonObject {
  return {
    '/staff/me': {
      get: secured(undefined, {
        operationId: 'getStaffIdentity',
        summary: 'Who this staff token is',
        responses: { '200': ok('The token’s identity and scopes.', 'StaffIdentity', false) },
      }),
    },
    '/staff/tokens': {
      get: secured('tokens', {
        operationId: 'listStaffTokens',
        summary: 'Every staff token, revoked ones included (never the tokens themselves)',
        responses: {
          '200': { description: 'The tokens.', content: { 'application/json': { schema: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: ref('schemas', 'StaffToken') } } } } } },
        },
      }),
      post: secured('tokens', {
        operationId: 'createStaffToken',
        summary: 'Create a staff token (shown once)',
        description: 'Audited. The operator’s command line does the same: diwan-server token create --name NAME --role ROLE.',
        requestBody: { required: true, content: json('NewStaffToken') },
        responses: { '201': ok('The new token, in clear this once.', 'CreatedStaffToken', false) },
      }),
    },
    '/staff/tokens/{tokenId}/revoke': {
      post: secured('tokens', {
        operationId: 'revokeStaffToken',
        summary: 'Revoke a staff token at once',
        description: 'Audited; the token’s audit rows stay.',
        parameters: [pathParameter('tokenId', '^\\d{1,18}$', 'The token’s id, from the listing.')],
        responses: { '200': ok('The revoked token.', 'StaffToken', false), '404': ref('responses', 'NotFound') },
      }),
    },
    '/staff/audit': {
      get: secured('audit', {
        operationId: 'readAudit',
        summary: 'The audit trail, newest first',
        description: 'Append-only: the database refuses UPDATE, DELETE and TRUNCATE on it.',
        parameters: [
          queryParameter('before', '^\\d{1,18}$', 'Rows older than this id (the previous page’s next).'),
          queryParameter('limit', '^(?:[1-9]\\d?|1\\d\\d|200)$', 'Rows per page, 1–200 (default 50).'),
          queryParameter('targetType', '^[a-z_]{1,40}$', 'Only rows about this kind of thing: request, service, category, rules, token.'),
          queryParameter('targetId', '^.{1,80}$', 'Only rows about this id (a reference, a service id, …).'),
        ],
        responses: { '200': ok('A page of the trail.', 'AuditPage', false) },
      }),
    },
  };
}

/** Error responses only staff routes use (added to the document's components). */
export function staffResponses(): JsonObject {
  return {};
}
