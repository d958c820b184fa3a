// The staff routes of the Diwan REST contract (bearer tokens; never called by citizen widgets): who am I,
// tokens and the audit trail (admin). Kept beside document.ts so each file stays readable.
import type * as z from 'zod/mini';
import {
  AuditEntry, AuditPage, CreatedStaffToken, NewStaffToken, StaffIdentity, StaffRole, StaffScope, StaffToken,
} from '../schemas/staff.js';
import {
  AssignedOffice, CitizenActionDone, CitizenActionKind, CreatedStaffRequest, ExpectedDateChange, NewCitizenAction, NewStaffRequest,
  OfficeAssignment, STATUS_TRANSITIONS, StaffRequestEvent, StaffText,
} from '../schemas/staff-requests.js';
import {
  CategoryChange, CategoryEdit, MissingTranslation, NewService, Retired, RulesPublication, ServiceChange, ServiceEdit,
} from '../schemas/staff-catalogue.js';
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
  ['StaffText', StaffText, 'A note or label from staff: one text, or one per locale (en, ar, ckb, fr), each 1–2000 characters.'],
  ['AssignedOffice', AssignedOffice, 'An office with its id (the id groups insights by office).'],
  ['NewStaffRequest', NewStaffRequest, 'A request made on a citizen’s behalf, on any channel; verification holds the value(s) the citizen will look it up with (stored as keyed hashes only).'],
  ['CreatedStaffRequest', CreatedStaffRequest, 'The new request’s reference (matching capabilities.tracking.referencePattern), the verification kind the citizen will be asked for, and the record.'],
  ['StaffRequestEvent', StaffRequestEvent, 'A timeline event on a channel, optionally changing the status (the note becomes the status note).'],
  ['ExpectedDateChange', ExpectedDateChange, 'A new expected date; the SLA state follows it.'],
  ['CitizenActionKind', CitizenActionKind, 'What an action asks of the citizen.'],
  ['NewCitizenAction', NewCitizenAction, 'Something to ask of the citizen: documents, a payment or an appointment.'],
  ['CitizenActionDone', CitizenActionDone, 'The citizen did what was asked.'],
  ['OfficeAssignment', OfficeAssignment, 'The office that handles the request from now on.'],
  ['CategoryChange', CategoryChange, 'A category as it should be (its id is in the address).'],
  ['NewService', NewService, 'A new service; hasEligibilityCheck follows from its published rules.'],
  ['ServiceChange', ServiceChange, 'A service as it should be (its id is in the address); a retired service comes back.'],
  ['MissingTranslation', MissingTranslation, 'A localised text without its own text in some of en, ar, ckb, fr (a plain string lacks all four).'],
  ['CategoryEdit', CategoryEdit, 'The stored category and the texts still missing a translation.'],
  ['ServiceEdit', ServiceEdit, 'The stored service and the texts still missing a translation.'],
  ['Retired', Retired, 'A service or category taken out of the public catalogue (kept in the database).'],
  ['RulesPublication', RulesPublication, 'The new current rules version, the one it replaced (still readable), checkRules warnings and missing translations.'],
];

const TRANSITIONS_TEXT = Object.entries(STATUS_TRANSITIONS)
  .map(([from, to]) => `${from} → ${to.length ? to.join(' | ') : '(final)'}`)
  .join('; ');

const referenceParameter = {
  name: 'reference', in: 'path', required: true, description: 'The request’s reference (case, spaces and dashes do not matter).',
  schema: { type: 'string', minLength: 1, maxLength: 64 },
};

/** A caseworker's change: one transaction (record, timeline event, audit row), then NOTIFY diwan_request_changed. */
const change = (operationId: string, summary: string, body: string, status: '200' | '201', description = '') => secured('requests', {
  operationId,
  summary,
  description: `${description}One transaction: the record, its timeline event and the audit row.`.trim(),
  parameters: [referenceParameter],
  requestBody: { required: true, content: json(body) },
  responses: {
    [status]: ok('The request as the citizen now sees it.', 'RequestRecord', false),
    '404': ref('responses', 'NotFound'),
    '409': ref('responses', 'Conflict'),
  },
});

/**
 * A staff operation: the bearer token it needs, the scope in its description, and the refusals of staffAuth
 * (401, 429 while an address is locked out) and of requireScope (403) — the one home of those responses.
 */
export const secured = (scope: string | undefined, operation: JsonObject) => ({
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

const idParameter = (what: string) => ({ name: 'id', in: 'path', required: true, description: `The ${what}’s id.`, schema: ref('schemas', 'Slug') });

/** An editor's change: one transaction with its audit row; public ETags change with it. */
const edit = (scope: 'catalogue' | 'rules', operationId: string, summary: string, body: string | undefined, answer: [string, string, string], description = '', withId = '') => secured(scope, {
  operationId,
  summary,
  description: `${description}Audited; the public catalogue’s ETag changes with it.`,
  ...(withId ? { parameters: [idParameter(withId)] } : {}),
  ...(body ? { requestBody: { required: true, content: json(body) } } : {}),
  responses: {
    [answer[0]]: ok(answer[1], answer[2], false),
    ...(withId ? { '404': ref('responses', 'NotFound') } : {}),
    '409': ref('responses', 'Conflict'),
    '422': ref('responses', 'Refused'),
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
    '/staff/requests': {
      post: secured('requests', {
        operationId: 'createStaffRequest',
        summary: 'Create a request on a citizen’s behalf (any channel)',
        description: 'The next reference of the submission year (DW-YYYY-NNNN); expectedAt defaults to submittedAt plus the service’s processing time. Audited without the verification value.',
        requestBody: { required: true, content: json('NewStaffRequest') },
        responses: {
          '201': ok('The reference and how the citizen will look it up.', 'CreatedStaffRequest', false),
          '409': ref('responses', 'Conflict'),
          '422': ref('responses', 'Refused'),
        },
      }),
    },
    '/staff/requests/{reference}': {
      get: secured('requests', {
        operationId: 'getStaffRequest',
        summary: 'A request as the citizen sees it, without their verification value',
        description: 'Audited (request.read): it shows personal data.',
        parameters: [referenceParameter],
        responses: { '200': ok('The request.', 'RequestRecord', false), '404': ref('responses', 'NotFound') },
      }),
    },
    '/staff/requests/{reference}/events': {
      post: change('addStaffRequestEvent', 'Add a timeline event, optionally changing the status', 'StaffRequestEvent', '201',
        `Allowed status changes: ${TRANSITIONS_TEXT}. Any other is a 409 illegal_transition naming from and to. `),
    },
    '/staff/requests/{reference}/expected': {
      put: change('setStaffRequestExpectedDate', 'Set or move the expected date (the SLA state follows)', 'ExpectedDateChange', '200',
        'The stored SLA verdict is cleared, so clients compute it from the new date. A finished request is a 409 request_finished. '),
    },
    '/staff/requests/{reference}/actions': {
      post: change('requestCitizenAction', 'Ask the citizen for documents, a payment or an appointment', 'NewCitizenAction', '201',
        'It shows in the tracker’s actionsNeeded until marked done. '),
    },
    '/staff/requests/{reference}/actions/{actionId}/done': {
      post: {
        ...change('completeCitizenAction', 'Mark an action done (it leaves the citizen’s list)', 'CitizenActionDone', '200'),
        parameters: [referenceParameter, pathParameter('actionId', '^.{1,80}$', 'The action’s id (from actionsNeeded).')],
      },
    },
    '/staff/requests/{reference}/office': {
      put: change('assignStaffRequestOffice', 'Assign the office that handles the request', 'OfficeAssignment', '200'),
    },
    '/staff/categories': {
      post: edit('catalogue', 'createCategory', 'Create a category', 'Category', ['201', 'The category and its missing translations.', 'CategoryEdit']),
    },
    '/staff/categories/{id}': {
      put: edit('catalogue', 'updateCategory', 'Change a category (a retired one comes back)', 'CategoryChange', ['200', 'The category and its missing translations.', 'CategoryEdit'], '', 'category'),
    },
    '/staff/categories/{id}/retire': {
      post: edit('catalogue', 'retireCategory', 'Retire a category', undefined, ['200', 'Retired.', 'Retired'],
        'Refused (409 in_use) while live services are in it. No body needed. ', 'category'),
    },
    '/staff/services': {
      post: edit('catalogue', 'createService', 'Create a service', 'NewService', ['201', 'The service and its missing translations.', 'ServiceEdit'],
        'It goes at the end of the catalogue; its category must exist. '),
    },
    '/staff/services/{id}': {
      put: edit('catalogue', 'updateService', 'Change a service in its place (a retired one comes back)', 'ServiceChange', ['200', 'The service and its missing translations.', 'ServiceEdit'], '', 'service'),
    },
    '/staff/services/{id}/retire': {
      post: edit('catalogue', 'retireService', 'Retire a service', undefined, ['200', 'Retired.', 'Retired'],
        'It leaves the public catalogue; its requests keep naming it and its rules stay stored. No body needed. ', 'service'),
    },
    '/staff/services/{id}/rules': {
      post: edit('rules', 'publishRules', 'Publish a new version of a service’s eligibility rules', 'EligibilityRules',
        ['201', 'The new current version.', 'RulesPublication'],
        'checkRules must find no error (422 invalid_rules lists every one with its path); the version must be new for the service (409 version_exists). The previous version stays readable at GET /services/{serviceId}/eligibility/versions/{version}. ', 'service'),
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
  return {
    Conflict: { description: 'The change conflicts with the current state: an illegal status transition (from → to named), a finished request, an action already there or done.', content: json('ErrorBody') },
    Refused: { description: 'The change is well-formed but cannot be made: an unknown or retired service, a date in the future, rules that do not pass checkRules (every problem listed).', content: json('ErrorBody') },
  };
}
