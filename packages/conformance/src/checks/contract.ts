// The contract's shapes: what /capabilities declares (and whether the server behaves so), every
// response against the zod schemas, content types, and ErrorBody on every error.
import {
  Capabilities, EligibilityRules, FeedbackReceipt, RequestRecord, Service, ServiceCatalogue,
} from '@diwan/client/schemas';
import { expectErrorBody, expectRefused, expectSchema, isJsonType, label, randomTag, testFeedback, type Check } from '../check.js';
import type { Exchange } from '../http.js';

export const capabilities: Check = {
  id: 'capabilities',
  title: 'GET /capabilities is present, fits the schema and tells the truth',
  fix: 'Serve GET /capabilities (schema Capabilities in openapi.json) and declare what the server really does: the verification it requires, its reference pattern, its live mode and its comment limit.',
  async run(context, problems) {
    const { http } = context;
    const answer = await http.get('/capabilities');
    const declared = expectSchema(problems, answer, Capabilities, 'Capabilities') as Capabilities | undefined;
    if (!declared) return;
    const services = await http.get('/services');
    if (declared.catalogue) problems.expect(services.status === 200, `catalogue: true, but ${label(services)}`);
    else problems.expect(services.status >= 400, `catalogue: false, but ${label(services)} serves a catalogue`);

    const known = context.knownRequest;
    const { tracking } = declared;
    if (tracking.referencePattern !== undefined) {
      let pattern: RegExp | undefined;
      try {
        pattern = new RegExp(tracking.referencePattern);
      } catch {
        problems.add(`tracking.referencePattern is not a regular expression: ${tracking.referencePattern}`);
      }
      if (pattern && known) {
        problems.expect(pattern.test(known.reference.trim().toUpperCase()), `the known reference does not match tracking.referencePattern ${tracking.referencePattern}`);
      }
    }
    if (tracking.enabled && known) {
      const withoutValue = await http.post('/requests/lookup', { reference: known.reference });
      if (tracking.verification === null) {
        problems.expect(withoutValue.status === 200, `tracking.verification: null (lookup by reference alone), but ${label(withoutValue)} for the known reference without a verification value`);
      } else {
        problems.expect(withoutValue.status >= 400 && withoutValue.status < 500, `tracking.verification: ${tracking.verification}, but a lookup of the known reference without it gives ${label(withoutValue)} (it must be refused)`);
      }
      if (tracking.live === 'sse') {
        const found = await http.post('/requests/lookup', known);
        const record = found.status === 200 ? (JSON.parse(found.text) as { eventsUrl?: string }) : undefined;
        problems.expect(Boolean(record?.eventsUrl), `tracking.live: sse, but the known request has no eventsUrl (${label(found)})`);
      }
    }
    if (declared.feedback.enabled) {
      const limit = declared.feedback.maxCommentLength;
      const atLimit = await http.post('/feedback', testFeedback({ comment: 'a'.repeat(limit) }));
      problems.expect(atLimit.status >= 200 && atLimit.status < 300, `feedback.maxCommentLength: ${limit}, but a comment of exactly ${limit} characters gives ${label(atLimit)}`);
    } else {
      const refused = await http.post('/feedback', testFeedback());
      problems.expect(refused.status >= 400, `feedback.enabled: false, but ${label(refused)} accepts feedback`);
    }
  },
};

export const schemas: Check = {
  id: 'schemas',
  title: 'Every answer fits the contract’s schemas (catalogue, services, rules, request, receipt)',
  fix: 'Make each response body fit its schema in openapi.json (generated from @diwan/client/schemas); the problem names the first field that does not fit.',
  async run(context, problems) {
    const { http } = context;
    for (const language of ['en', 'ar']) {
      expectSchema(problems, await http.get('/services', { 'Accept-Language': language }), ServiceCatalogue, 'a ServiceCatalogue');
    }
    const { serviceIds, eligibilityIds } = await context.discover();
    if (!problems.expect(serviceIds.length > 0, 'the catalogue has no services to check (GET /services gave none that parse)')) return;
    for (const id of serviceIds) expectSchema(problems, await http.get(`/services/${encodeURIComponent(id)}`), Service, 'a Service');
    for (const id of eligibilityIds) {
      expectSchema(problems, await http.get(`/services/${encodeURIComponent(id)}/eligibility`), EligibilityRules, 'EligibilityRules');
    }
    if (context.knownRequest) expectSchema(problems, await http.post('/requests/lookup', context.knownRequest), RequestRecord, 'a RequestRecord');
    expectSchema(problems, await http.post('/feedback', testFeedback()), FeedbackReceipt, 'a FeedbackReceipt');
  },
};

/** The answers every contract route gives in normal use: 2xx and the usual errors. */
async function everydayAnswers(context: Parameters<Check['run']>[0]): Promise<Exchange[]> {
  const { http } = context;
  const { serviceIds, eligibilityIds } = await context.discover();
  const answers = [await http.get('/capabilities'), await http.get('/services')];
  if (serviceIds[0]) answers.push(await http.get(`/services/${encodeURIComponent(serviceIds[0])}`));
  if (eligibilityIds[0]) answers.push(await http.get(`/services/${encodeURIComponent(eligibilityIds[0])}/eligibility`));
  answers.push(await http.get(`/services/no-such-service-${randomTag(6)}`));
  answers.push(await http.get(`/services/no-such-service-${randomTag(6)}/eligibility`));
  answers.push(await http.get(`/no-such-route-${randomTag(6)}`));
  answers.push(await http.post('/feedback', testFeedback()));
  answers.push(await http.post('/feedback', { kind: 'feedback' }));
  answers.push(await http.post('/requests/lookup', { reference: `NO-SUCH-${randomTag(6).toUpperCase()}`, verification: 'Conformance' }));
  if (context.knownRequest) answers.push(await http.post('/requests/lookup', context.knownRequest));
  return answers;
}

export const contentTypes: Check = {
  id: 'content-types',
  title: 'Answers with a body are application/json (errors included)',
  fix: 'Send every body as Content-Type: application/json (charset=utf-8 may follow), errors too: the widgets parse JSON and nothing else.',
  async run(context, problems) {
    for (const answer of await everydayAnswers(context)) {
      if (answer.status === 204 || answer.status === 304 || answer.status === 404 && answer.text === '') continue;
      problems.expect(isJsonType(answer), `${label(answer)}: Content-Type is ${answer.headers.get('content-type') ?? 'missing'}, expected application/json`);
    }
  },
};

export const errorBodies: Check = {
  id: 'error-bodies',
  title: 'Every error is an ErrorBody (unknown route, unknown service, invalid feedback, failed lookup)',
  fix: 'Answer every 4xx/5xx with { "code": "…", "message": "…", "retryable": false } as application/json — never an HTML page, an empty body or a framework’s default error.',
  async run(context, problems) {
    const { http } = context;
    expectRefused(problems, await http.get(`/no-such-route-${randomTag(6)}`), 'an unknown route');
    expectRefused(problems, await http.get(`/services/no-such-service-${randomTag(6)}`), 'an unknown service');
    expectRefused(problems, await http.get(`/services/no-such-service-${randomTag(6)}/eligibility`), 'the rules of an unknown service');
    expectRefused(problems, await http.post('/feedback', { kind: 'feedback' }), 'feedback without its required fields');
    expectRefused(problems, await http.post('/requests/lookup', {}), 'a lookup without a reference');
    const lookup = await http.post('/requests/lookup', { reference: `NO-SUCH-${randomTag(6).toUpperCase()}`, verification: 'Conformance' });
    expectRefused(problems, lookup, 'a lookup of an unknown reference');
    for (const answer of await everydayAnswers(context)) expectErrorBody(problems, answer);
  },
};
