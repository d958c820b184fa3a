import type { CallOptions, DiwanBackend } from '../backend.js';
import { DiwanError, type DiwanErrorCode } from '../errors.js';
import { vouch } from '../vouched.js';
import { pollForNews } from '../tracking/watch-poll.js';
import type { ChannelCosts } from '../insights/history.js';
import type {
  Capabilities, EligibilityRules, Feedback, FeedbackReceipt, RequestLookup, RequestRecord, Service, ServiceCatalogue,
} from '../schemas/index.js';
import { demoCatalogue, demoEligibilityRules } from './data/index.js';
import { demoRequests, referenceKey, surnameKey } from './requests.js';

/**
 * The schemas (zod) are a lazy chunk here: the sample data needs no parsing (see prepareCatalogue), so
 * a page on the demo backend loads them only when a citizen sends something (a lookup, feedback).
 */
const loadSchemas = () => import('../schemas/index.js');

export interface DemoBackendOptions {
  /** Artificial delay per call in milliseconds, for loading states in stories. Default 0. */
  latencyMs?: number;
  /** Replaces the sample catalogue, e.g. an empty one or `generateServices(10_000)`. */
  catalogue?: ServiceCatalogue;
  /** Makes every call reject with a DiwanError of this code, for error-state stories and tests. */
  failWith?: DiwanErrorCode;
  /** The clock: request dates and the lock-out are relative to it. Default `new Date()`. */
  now?: () => Date;
  /**
   * What a request costs by channel, for the insights' cost per transaction; `null`: none configured.
   * Default: DEMO_CHANNEL_COSTS.
   */
  channelCosts?: ChannelCosts | null;
}

/** Illustrative costs per request by channel (Iraqi dinars): a counter visit costs fifteen web requests. */
export const DEMO_CHANNEL_COSTS: ChannelCosts = {
  currency: 'IQD',
  perRequest: { web: 1_500, kiosk: 4_000, sms: 3_000, email: 6_000, phone: 9_000, post: 15_000, counter: 22_000 },
};

/** Failed request lookups allowed before the lock-out. */
export const MAX_FAILED_LOOKUPS = 5;
/** How long lookups stay locked after too many failures. */
export const LOCKOUT_SECONDS = 60;
const MAX_COMMENT_LENGTH = 1200;

const DEMO_CAPABILITIES = {
  catalogue: true,
  eligibility: true,
  tracking: { enabled: true, verification: 'surname', referencePattern: '^DW-\\d{4}-\\d{4}$', live: 'poll' },
  feedback: { enabled: true, maxCommentLength: MAX_COMMENT_LENGTH },
  insights: true,
} satisfies Capabilities;

interface ReadyCatalogue {
  categories: readonly ServiceCatalogue['categories'][number][];
  services: readonly Service[];
  byId: ReadonlyMap<string, Service>;
}

// Parsed once per catalogue object (lazily, on first use) and shared by every backend using it. The
// bundled sample data is not parsed at run time: the client's tests prove it parses to itself
// (test/demo-data.test.ts), so phones are spared the work. Catalogues given in options are parsed.
const readyCatalogues = new WeakMap<object, Promise<ReadyCatalogue>>();
let readyRules: ReadonlyMap<string, EligibilityRules> | undefined;

function prepareCatalogue(source: ServiceCatalogue): Promise<ReadyCatalogue> {
  let ready = readyCatalogues.get(source);
  if (!ready) {
    const checked = source === demoCatalogue
      ? Promise.resolve(source)
      : loadSchemas().then((schemas) => schemas.parseResponse(schemas.ServiceCatalogue, source, 'a service catalogue'));
    ready = checked.then((catalogue) => {
      const parsed = deepFreeze(catalogue);
      parsed.services.forEach(vouch);
      return { categories: parsed.categories, services: parsed.services, byId: new Map(parsed.services.map((service) => [service.id, service])) };
    });
    ready.catch(() => readyCatalogues.delete(source)); // an invalid catalogue fails each call, not once for all
    readyCatalogues.set(source, ready);
  }
  return ready;
}

function prepareRules(): ReadonlyMap<string, EligibilityRules> {
  readyRules ??= new Map(demoEligibilityRules.map((rules) => [rules.serviceId, vouch(deepFreeze(rules))]));
  return readyRules;
}

/**
 * An in-browser backend with realistic sample data in en, ar, ckb and fr: no server needed.
 * Everything it returns fits the schemas (checked by tests for the sample data, parsed at run time for
 * a catalogue given in options) and is frozen, so a widget cannot change the sample data.
 */
export function createDemoBackend(options: DemoBackendOptions = {}): DiwanBackend {
  const latencyMs = Math.max(0, options.latencyMs ?? 0);
  const now = options.now ?? (() => new Date());
  const source = options.catalogue ?? demoCatalogue;
  const receipts = new Map<string, FeedbackReceipt>();
  let failedLookups = 0;
  const firstShown = new Map<string, Date>();
  let lockedUntil = 0;

  async function call<T>(callOptions: CallOptions | undefined, work: () => T | Promise<T>): Promise<T> {
    await delay(latencyMs, callOptions?.signal);
    if (options.failWith) throw simulatedFailure(options.failWith);
    return work();
  }

  async function lookUp(lookup: RequestLookup): Promise<RequestRecord> {
    const { checkData, parseResponse, RequestLookup: LookupSchema, RequestRecord: RecordSchema } = await loadSchemas();
    const time = now().getTime();
    if (lockedUntil > time) {
      const retryAfter = Math.ceil((lockedUntil - time) / 1000);
      throw new DiwanError('rate_limited', `Too many attempts. Try again in ${retryAfter} seconds.`, { retryAfter, status: 429 });
    }
    if (lockedUntil) {
      lockedUntil = 0;
      failedLookups = 0;
    }
    const valid = checkData(LookupSchema, lookup);
    const key = valid.success ? referenceKey(valid.data.reference) : '';
    const match = [...demoRequests].find(([reference]) => referenceKey(reference) === key)?.[1];
    const verification = valid.success && valid.data.verification !== undefined ? surnameKey(valid.data.verification) : '';
    if (!match || !verification || !match.surnames.some((surname) => surnameKey(surname) === verification)) {
      // A success does not reset the count: otherwise one known pair would unlock endless guessing.
      failedLookups += 1;
      if (failedLookups >= MAX_FAILED_LOOKUPS) lockedUntil = time + LOCKOUT_SECONDS * 1000;
      // One message for "no such reference" and "wrong surname": nothing to learn from the difference.
      throw new DiwanError('not_found', 'No request matches this reference and surname.', { status: 404 });
    }
    // built at the time it was first shown, so asking again (live updates) finds it unchanged
    const shownAt = firstShown.get(key) ?? now();
    firstShown.set(key, shownAt);
    return parseResponse(RecordSchema, match.build(shownAt), 'a request');
  }

  async function receive(feedback: Feedback): Promise<FeedbackReceipt> {
    const { checkData, parseResponse, Feedback: FeedbackSchema, FeedbackReceipt: ReceiptSchema } = await loadSchemas();
    const valid = checkData(FeedbackSchema, feedback);
    if (!valid.success) {
      throw new DiwanError('http', `The feedback is not valid${valid.problem}`, { status: 422, retryable: false, cause: valid.error });
    }
    const { comment, idempotencyKey } = valid.data;
    if (comment !== undefined && comment.length > MAX_COMMENT_LENGTH) {
      throw new DiwanError('http', `The comment is longer than ${MAX_COMMENT_LENGTH} characters.`, { status: 422, retryable: false });
    }
    let receipt = receipts.get(idempotencyKey);
    if (!receipt) {
      const receivedAt = now();
      receipt = parseResponse(ReceiptSchema, {
        id: `FB-${receivedAt.getUTCFullYear()}-${String(receipts.size + 1).padStart(6, '0')}`,
        receivedAt: receivedAt.toISOString(),
      }, 'a feedback receipt');
      receipts.set(idempotencyKey, receipt);
    }
    return { ...receipt };
  }

  return {
    capabilities: vouch(deepFreeze(DEMO_CAPABILITIES)),
    listServices: (callOptions) => call(callOptions, async () => {
      const { categories, services } = await prepareCatalogue(source);
      // Fresh arrays (a widget may sort them) of frozen items.
      return vouch({ categories: [...categories], services: [...services] });
    }),
    getService: (id, callOptions) => call(callOptions, async () => {
      const service = (await prepareCatalogue(source)).byId.get(id);
      if (!service) throw new DiwanError('not_found', `There is no service "${id}".`, { status: 404 });
      return service;
    }),
    getEligibilityRules: (serviceId, callOptions) => call(callOptions, async () => {
      const rules = (await prepareCatalogue(source)).byId.has(serviceId) ? prepareRules().get(serviceId) : undefined;
      if (!rules) throw new DiwanError('not_found', `The service "${serviceId}" has no eligibility check.`, { status: 404 });
      return rules;
    }),
    findRequest: (lookup, callOptions) => call(callOptions, () => lookUp(lookup)),
    // timers: the sample requests change only when their data does, so a page left open is asked again
    // with back-off, as a real backend's poll would be
    watchRequest: (lookup, onRecord, watchOptions) => call(watchOptions, () =>
      pollForNews((signal) => call({ signal }, () => lookUp(lookup)), onRecord, watchOptions)),
    sendFeedback: (feedback, callOptions) => call(callOptions, () => receive(feedback)),
    // the 12-month history and its aggregation are a chunk of their own, loaded on the first call
    getInsights: (query, callOptions) => call(callOptions, async () =>
      (await import('./insights-answer.js')).demoInsights(query, now(), options.channelCosts === null ? undefined : options.channelCosts ?? DEMO_CHANNEL_COSTS)),
  };
}

function simulatedFailure(code: DiwanErrorCode): DiwanError {
  switch (code) {
    case 'rate_limited':
      return new DiwanError(code, 'Too many requests (simulated).', { status: 429, retryAfter: LOCKOUT_SECONDS });
    case 'http':
      return new DiwanError(code, 'The server answered 503 Service Unavailable (simulated).', { status: 503, retryable: true });
    case 'not_found':
      return new DiwanError(code, 'Not found (simulated).', { status: 404 });
    default:
      return new DiwanError(code, `Simulated ${code.replace('_', ' ')} error.`);
  }
}

/** Waits `ms`, rejecting with `aborted` (or `timeout` for AbortSignal.timeout) as soon as the signal fires. */
function delay(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    // Even with no latency the answer comes in a task of its own, as from a network: widgets sharing the
    // backend then render their data in separate tasks instead of one long one that blocks the page.
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function abortError(signal: AbortSignal): DiwanError {
  const reason: unknown = signal.reason;
  if (reason instanceof DOMException && reason.name === 'TimeoutError') {
    return new DiwanError('timeout', 'The request took too long.', { cause: reason });
  }
  return new DiwanError('aborted', 'The request was cancelled.', { cause: reason, retryable: false });
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
