// The Diwan REST contract as an OpenAPI 3.1 document, generated from the zod schemas so the contract
// and the client's parsers cannot drift apart. `npm run openapi` writes packages/client/openapi.json.
import * as z from 'zod/mini';
import { Capabilities, ErrorBody } from '../schemas/capabilities.js';
import { LocaleCode, LocalizedText, Slug } from '../schemas/common.js';
import { ChoiceOption, EligibilityResult, EligibilityRules, JsonLogic, LegalReference, Outcome, Question } from '../schemas/eligibility.js';
import { Feedback, FeedbackReceipt } from '../schemas/feedback.js';
import {
  CountCell, InsightsBreakdownRow, InsightsBucket, InsightsBucketRow, InsightsCells, InsightsComment, InsightsHeadline,
  InsightsQuery, InsightsResult, OverdueRequest, RateCell, Suppressed,
} from '../schemas/insights.js';
import {
  CitizenAction,
  ContactChannel,
  Office,
  RequestLookup,
  RequestRecord,
  RequestStatus,
  SlaState,
  TimelineEvent,
} from '../schemas/request.js';
import {
  Audience,
  Category,
  Channel,
  ChannelKind,
  Fee,
  OpeningHours,
  ProcessingTime,
  RequiredDocument,
  Service,
  ServiceCatalogue,
} from '../schemas/service.js';
import { json, ok, ref, type JsonObject } from './parts.js';
import { secured, STAFF_SCHEMAS, staffPaths, staffResponses } from './staff-paths.js';

/** The contract's own version: bump the major on a breaking change to the wire format. */
export const DIWAN_REST_CONTRACT_VERSION = '1.0.0';


/** Named components, in document order; anything not named here is inlined where it is used. */
const NAMED_SCHEMAS: Array<[string, z.ZodMiniType, string]> = [
  ['LocalizedText', LocalizedText, 'Text in one language (a string) or several ({ "en": "…", "ar": "…" }).'],
  ['Slug', Slug, 'An id: lowercase letters, digits and hyphens.'],
  ['LocaleCode', LocaleCode, 'A BCP 47 language tag such as en, ar, ckb or fr-CA.'],
  ['Audience', Audience, 'Who a service is for.'],
  ['ChannelKind', ChannelKind, 'A way to get a service.'],
  ['OpeningHours', OpeningHours, 'Opening hours for a set of weekdays, local time of the office.'],
  ['Channel', Channel, 'One way to get a service: apply online, call, visit an office, …'],
  ['Fee', Fee, 'A fee, in the currency’s major unit.'],
  ['RequiredDocument', RequiredDocument, 'A document the citizen needs.'],
  ['ProcessingTime', ProcessingTime, 'How long the service takes: the service-level target.'],
  ['Category', Category, 'A group of services in the catalogue.'],
  ['Service', Service, 'A service the ministry offers: the catalogue’s unit.'],
  ['ServiceCatalogue', ServiceCatalogue, 'The whole catalogue: categories and services.'],
  ['ChoiceOption', ChoiceOption, 'One answer to a choice question.'],
  ['Question', Question, 'A question of an eligibility check.'],
  ['JsonLogic', JsonLogic, 'A JSON Logic expression (https://jsonlogic.com), evaluated over the answers.'],
  ['EligibilityResult', EligibilityResult, 'The verdict of an outcome.'],
  ['LegalReference', LegalReference, 'The law or rule an outcome rests on.'],
  ['Outcome', Outcome, 'The first outcome whose condition holds decides the result.'],
  ['EligibilityRules', EligibilityRules, 'A versioned, portable eligibility rules document for one service.'],
  ['RequestStatus', RequestStatus, 'Where a citizen’s request stands.'],
  ['SlaState', SlaState, 'The service-level verdict for a request.'],
  ['ContactChannel', ContactChannel, 'Where a contact with the citizen happened.'],
  ['TimelineEvent', TimelineEvent, 'One event in a request’s history.'],
  ['CitizenAction', CitizenAction, 'Something the citizen must do for the request to go on.'],
  ['Office', Office, 'The office responsible for a request.'],
  ['RequestRecord', RequestRecord, 'A citizen’s request as the tracker shows it.'],
  ['RequestLookup', RequestLookup, 'A request reference and the verification value the backend asks for.'],
  ['Feedback', Feedback, 'Feedback from a page or a service; the comment is redacted in the browser before sending.'],
  ['FeedbackReceipt', FeedbackReceipt, 'Proof that feedback arrived; the same idempotency key always yields the same receipt.'],
  ['InsightsBucket', InsightsBucket, 'The size of the over-time buckets: weeks (from Monday) or calendar months, UTC.'],
  ['InsightsQuery', InsightsQuery, 'A period of whole UTC days (from and to included), bucket size and optional filters.'],
  ['Suppressed', Suppressed, 'A cell built from fewer than 5 items: it carries no figure (small-number suppression).'],
  ['RateCell', RateCell, 'A share of n items (n ≥ 5), or suppressed.'],
  ['CountCell', CountCell, 'A count (≥ 5), or suppressed.'],
  ['InsightsCells', InsightsCells, 'Satisfaction, useful rate, digital take-up, completion and on-time share for one cell.'],
  ['InsightsHeadline', InsightsHeadline, 'The figures for a whole period, with rating levels, open and overdue requests, median times and cost.'],
  ['InsightsBucketRow', InsightsBucketRow, 'One bucket of the period (clipped to it).'],
  ['InsightsBreakdownRow', InsightsBreakdownRow, 'One row of a breakdown by service, channel or office.'],
  ['OverdueRequest', OverdueRequest, 'An open request past its expected date (no personal data).'],
  ['InsightsComment', InsightsComment, 'A redacted citizen comment, only from services with at least 5 feedback items in the period.'],
  ['InsightsResult', InsightsResult, 'Staff insights for a period against the period of the same length before it.'],
  ['Capabilities', Capabilities, 'What a backend offers, so widgets say so instead of failing.'],
  ['ErrorBody', ErrorBody, 'The body of every error response.'],
  ...STAFF_SCHEMAS,
];

/** The insights query's fields as query parameters, from its JSON Schema (so they cannot drift). */
function insightsParameters(schemas: Record<string, JsonObject>): JsonObject[] {
  const query = schemas.InsightsQuery as { properties: Record<string, JsonObject>; required?: string[] };
  return Object.entries(query.properties).map(([name, schema]) => ({
    name,
    in: 'query',
    required: query.required?.includes(name) ?? false,
    schema,
  }));
}

function componentSchemas(): Record<string, JsonObject> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of NAMED_SCHEMAS) registry.add(schema, { id });
  // io 'input': the wire shape the parsers accept. Objects then stay open (no
  // additionalProperties: false), so a server may add fields without breaking older clients.
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'input',
    uri: (id) => `#/components/schemas/${id}`,
  });
  const result: Record<string, JsonObject> = {};
  for (const [id, , description] of NAMED_SCHEMAS) {
    // $schema and $id are implied by the document (jsonSchemaDialect, the component's key).
    const { $schema: _dialect, $id: _id, ...schema } = schemas[id] as JsonObject;
    result[id] = { description, ...schema };
  }
  return result;
}

const readResponses = (description: string, schemaName: string, notFound: boolean) => ({
  '200': ok(description, schemaName, true),
  '304': { description: 'Not modified: the body the client cached under the ETag it sent is still current.' },
  ...(notFound ? { '404': ref('responses', 'NotFound') } : {}),
  '429': ref('responses', 'RateLimited'),
  default: ref('responses', 'Error'),
});

const readParameters = [ref('parameters', 'AcceptLanguage'), ref('parameters', 'IfNoneMatch')];

/** The OpenAPI 3.1 document of the Diwan REST contract. */
export function buildOpenApiDocument(): object {
  const schemas = componentSchemas();
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Diwan REST contract',
      version: DIWAN_REST_CONTRACT_VERSION,
      summary: 'What a backend serves so the Diwan citizen-service widgets can talk to it.',
      description:
        'Generated from the zod schemas of @diwan/client (npm run openapi); do not edit by hand. ' +
        'Reads are cacheable with ETag revalidation and safe to retry. Writes carry an Idempotency-Key. ' +
        'Clients send no cookies unless configured to, so authentication, when needed, uses headers.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [
      {
        url: '{baseUrl}',
        variables: { baseUrl: { default: 'https://api.example.gov/diwan/v1', description: 'Where the contract is served.' } },
      },
    ],
    paths: {
      '/capabilities': {
        get: {
          operationId: 'getCapabilities',
          summary: 'What this backend offers',
          description:
            'Read first by clients configured with a base URL alone: the verification value asked for, the ' +
            'reference pattern, live updates, the comment limit, and which features are on. A backend without ' +
            'this route (404) gets the defaults: everything on, verification by surname, no live updates.',
          responses: {
            '200': ok('The capabilities.', 'Capabilities', false),
            default: ref('responses', 'Error'),
          },
        },
      },
      '/services': {
        get: {
          operationId: 'listServices',
          summary: 'The whole catalogue: categories and services',
          parameters: readParameters,
          responses: readResponses('The catalogue.', 'ServiceCatalogue', false),
        },
      },
      '/services/{serviceId}': {
        get: {
          operationId: 'getService',
          summary: 'One service',
          parameters: [ref('parameters', 'ServiceId'), ...readParameters],
          responses: readResponses('The service.', 'Service', true),
        },
      },
      '/services/{serviceId}/eligibility': {
        get: {
          operationId: 'getEligibilityRules',
          summary: 'A service’s eligibility rules, evaluated in the browser',
          description: 'Answers never leave the browser: the rules come to the citizen, not the answers to the server.',
          parameters: [ref('parameters', 'ServiceId'), ...readParameters],
          responses: readResponses('The rules.', 'EligibilityRules', true),
        },
      },
      '/services/{serviceId}/eligibility/versions/{version}': {
        get: {
          operationId: 'getEligibilityRulesVersion',
          summary: 'One version of a service’s eligibility rules, current or not',
          description: 'For checks begun before a newer version was published, and for audits. Not called by the widgets.',
          parameters: [
            ref('parameters', 'ServiceId'),
            { name: 'version', in: 'path', required: true, schema: { type: 'string', minLength: 1, maxLength: 64 } },
            ...readParameters,
          ],
          responses: readResponses('The rules of that version.', 'EligibilityRules', true),
        },
      },
      '/requests/lookup': {
        post: {
          operationId: 'findRequest',
          summary: 'A request by reference and verification value',
          description:
            'A POST so the verification value never sits in a URL, a log or the browser history. ' +
            '"Not found" and "does not match" are the same 404 (no enumeration); too many attempts are a 429 ' +
            'with Retry-After. Not cached, not retried by clients.',
          parameters: [ref('parameters', 'AcceptLanguage')],
          requestBody: { required: true, content: json('RequestLookup') },
          responses: {
            '200': ok('The request.', 'RequestRecord', false),
            '404': ref('responses', 'NotFound'),
            '429': ref('responses', 'RateLimited'),
            default: ref('responses', 'Error'),
          },
        },
      },
      '/requests/events/{token}': {
        get: {
          operationId: 'watchRequest',
          summary: 'Live updates of one request: server-sent events (text/event-stream)',
          description:
            'Where a lookup answer’s eventsUrl points when capabilities.tracking.live is "sse" (this path is the ' +
            'reference server’s; clients follow eventsUrl as given, on the backend’s own origin only, and poll ' +
            'POST /requests/lookup otherwise). The token is opaque, signed and short-lived: it carries no ' +
            'reference or personal data, and an expired or forged one is a 404 or 410 (clients then look the ' +
            'request up again for a fresh eventsUrl). The stream sends the current record at once, then one ' +
            'message per change: `id: <version>` and `data: <the whole RequestRecord as JSON>`, the same shape ' +
            'as the lookup answer; a comment line (`: ping`) at least every 15–25 s keeps proxies from closing ' +
            'it. A client reconnecting with Last-Event-ID gets the current record only if it changed since. The ' +
            'server closes the stream when the token expires or the server shuts down; clients reconnect with ' +
            'back-off.',
          parameters: [
            { name: 'token', in: 'path', required: true, description: 'The opaque token from eventsUrl.', schema: { type: 'string' } },
            {
              name: 'Last-Event-ID',
              in: 'header',
              required: false,
              description: 'The id of the last message received, on reconnection.',
              schema: { type: 'string' },
            },
          ],
          responses: {
            '200': {
              description: 'The stream. Each message’s data is a RequestRecord (see x-diwan-event-data).',
              headers: { 'Cache-Control': { schema: { type: 'string', const: 'no-store' } } },
              content: {
                'text/event-stream': {
                  schema: { type: 'string', description: 'Server-sent events: `id:` and `data:` lines, blank-line separated; comment lines as heartbeats.' },
                  'x-diwan-event-data': ref('schemas', 'RequestRecord'),
                },
              },
            },
            '404': ref('responses', 'NotFound'),
            '410': { description: 'The token has expired: look the request up again for a fresh eventsUrl.', content: json('ErrorBody') },
            default: ref('responses', 'Error'),
          },
        },
      },
      '/feedback': {
        post: {
          operationId: 'sendFeedback',
          summary: 'Send feedback',
          description:
            'Idempotent by the Idempotency-Key header (equal to the body’s idempotencyKey): a replay returns ' +
            'the first receipt with 200 and stores nothing new.',
          parameters: [ref('parameters', 'IdempotencyKey'), ref('parameters', 'AcceptLanguage')],
          requestBody: { required: true, content: json('Feedback') },
          responses: {
            '201': ok('Feedback stored.', 'FeedbackReceipt', false),
            '200': ok('A replay of feedback already stored: the original receipt.', 'FeedbackReceipt', false),
            '429': ref('responses', 'RateLimited'),
            default: ref('responses', 'Error'),
          },
        },
      },
      '/staff/insights': {
        get: secured('insights', {
          operationId: 'getInsights',
          summary: 'Staff insights: satisfaction, digital take-up, completion and service levels',
          description:
            'Aggregates only, no personal data; any cell built from fewer than 5 items is { "suppressed": true }. ' +
            'The current period against the one of the same length before it, over time, by service, channel and ' +
            'office, overdue requests and the latest redacted comments. Needs a staff bearer token with the analyst ' +
            'role (or admin); not CORS-exposed by default. Offered when capabilities.insights is true.',
          parameters: [...insightsParameters(schemas), ref('parameters', 'AcceptLanguage')],
          responses: {
            '200': ok('The insights.', 'InsightsResult', false),
            '422': ref('responses', 'Unprocessable'),
          },
        }),
      },
      ...staffPaths(),
    },
    components: {
      schemas,
      securitySchemes: {
        StaffToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'A staff token (roles: caseworker, editor, analyst, admin). Never sent by citizen widgets; staff widgets get it through their backend’s headers() hook, never an HTML attribute.',
        },
      },
      parameters: {
        ServiceId: { name: 'serviceId', in: 'path', required: true, schema: ref('schemas', 'Slug') },
        AcceptLanguage: {
          name: 'Accept-Language',
          in: 'header',
          required: false,
          description: 'The citizen’s locale, for backends that localise on the server.',
          schema: { type: 'string' },
        },
        IfNoneMatch: {
          name: 'If-None-Match',
          in: 'header',
          required: false,
          description: 'The ETag of the body the client has cached.',
          schema: { type: 'string' },
        },
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: true,
          schema: { type: 'string', minLength: 8, maxLength: 128 },
        },
      },
      headers: {
        ETag: { description: 'The version of the body, for If-None-Match.', schema: { type: 'string' } },
        RetryAfter: {
          description: 'How long to wait before trying again: seconds or an HTTP date.',
          schema: { type: 'string' },
        },
      },
      responses: {
        ...staffResponses(),
        Unauthorized: { description: 'No staff token, or one that is unknown or expired.', content: json('ErrorBody') },
        Forbidden: { description: 'The staff token’s role may not do this.', content: json('ErrorBody') },
        Unprocessable: { description: 'The query is not valid (e.g. from after to, or a period longer than 731 days).', content: json('ErrorBody') },
        NotFound: { description: 'Nothing there (or, for a lookup, no match).', content: json('ErrorBody') },
        RateLimited: {
          description: 'Too many requests or attempts; wait as long as Retry-After says.',
          headers: { 'Retry-After': ref('headers', 'RetryAfter') },
          content: json('ErrorBody'),
        },
        Error: {
          description: 'Any other failure. 408, 429 and 5xx are retryable unless the body says retryable: false.',
          content: json('ErrorBody'),
        },
      },
    },
  };
}
