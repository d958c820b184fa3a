// Issue 17's property over the port: whatever a backend answers — any value, any rejection (including
// values no error handling expects), or nothing ever — every widget ends in its ready or its error state
// within its `timeout`, and the page sees no uncaught error and no unhandled rejection.
import { expect, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import type { DiwanBackend } from '@diwan/client';
import { createDemoBackend } from '@diwan/client/demo';
import '../define/service-catalogue.js';
import '../define/eligibility-checker.js';
import '../define/request-tracker.js';

/** What a backend's method does in one run, given the method's name. */
type Answer = (method: string) => Promise<unknown>;

const CAPABILITIES = {
  catalogue: true, eligibility: true,
  tracking: { enabled: true, verification: 'surname', live: 'none' },
  feedback: { enabled: true, maxCommentLength: 1200 },
};

/** Makes the value when the backend answers (a revoked Proxy cannot even be held by fast-check). */
const hostileValue = fc.oneof(
  fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true, withSet: true }).map((value) => () => value),
  fc.constantFrom<() => unknown>(
    () => Object.create(null),
    () => ({ toString() { throw new Error('toString'); } }),
    () => { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); return proxy; },
    () => Object.defineProperty({}, 'then', { get() { throw new Error('then'); } }),
  ),
);

/** Any value, any rejection, never settling, or each method's valid sample. */
const answers = (valid: Record<string, unknown>) => fc.oneof(
  hostileValue.map((make): Answer => () => Promise.resolve(make())),
  hostileValue.map((make): Answer => () => Promise.reject(make())),
  fc.constant<Answer>(() => new Promise(() => undefined)),
  fc.constant<Answer>((method) => Promise.resolve(valid[method])),
);

function backendAnswering(answer: Answer): DiwanBackend {
  const methods = ['listServices', 'getService', 'getEligibilityRules', 'findRequest', 'sendFeedback'];
  return Object.fromEntries([['capabilities', CAPABILITIES], ...methods.map((method) => [method, () => answer(method)])]) as DiwanBackend;
}

const WIDGETS: { tag: string; attributes: Record<string, string>; start?: (el: HTMLElement) => Promise<void>; ends: string }[] = [
  { tag: 'diwan-service-catalogue', attributes: {}, ends: '.item, .empty, [part~="error"]' },
  { tag: 'diwan-eligibility-checker', attributes: { service: 'disability-allowance' }, ends: '.page-heading, [part~="invalid"], [part~="empty"], [part~="result"], [part~="error"]' },
  {
    tag: 'diwan-request-tracker', attributes: {},
    ends: '.result, .error-summary, .lockout, [part~="error"]',
    async start(el) {
      // the tracker calls its backend when a citizen looks a request up
      await waitUntil(() => el.shadowRoot?.querySelector('#reference, [part~="error"]'), 'the form');
      const field = (id: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`);
      if (!field('reference')) return;
      for (const [id, value] of [['reference', 'DW-2026-0001'], ['verification', 'Karim']] as const) {
        field(id)!.value = value;
        field(id)!.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      }
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    },
  },
];

describe('any backend answer ends in ready or error (property over the port)', () => {
  let valid: Record<string, unknown>;
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(`unhandled rejection: ${String(event.reason?.message ?? typeof event.reason)}`);

  before(async () => {
    const demo = createDemoBackend({ now: () => new Date('2026-11-23T09:00:00Z') });
    valid = {
      listServices: await demo.listServices(),
      getService: await demo.getService('disability-allowance'),
      getEligibilityRules: await demo.getEligibilityRules('disability-allowance'),
      findRequest: await demo.findRequest({ reference: 'DW-2026-0001', verification: 'Karim' }),
      sendFeedback: { id: 'FB-1', receivedAt: '2026-11-23T09:00:00Z' },
    };
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  for (const widget of WIDGETS) {
    it(`<${widget.tag}>`, async function () {
      this.timeout(60_000);
      await fc.assert(
        fc.asyncProperty(answers(valid), async (answer) => {
          sessionStorage.clear();
          const el = document.createElement(widget.tag);
          for (const [name, value] of Object.entries({ ...widget.attributes, timeout: '0.15' })) el.setAttribute(name, value);
          (el as HTMLElement & { backend: DiwanBackend }).backend = backendAnswering(answer);
          document.body.append(el);
          try {
            await widget.start?.(el);
            await waitUntil(() => el.shadowRoot?.querySelector(widget.ends), `<${widget.tag}> ready or in error`, { timeout: 3000 });
          } finally {
            el.remove();
          }
          await new Promise((resolve) => setTimeout(resolve)); // an unhandled rejection is reported in a task
          expect(uncaught).to.deep.equal([]);
        }),
        { numRuns: 20 },
      );
    });
  }
});
