// Hostile configuration and misbehaving backends, against the BUILT bundle on the strict-CSP page
// (issue 17): `lang` values that are Object.prototype names, backends that reject with values no
// Error-handling code expects, or never answer, and `api` attributes that name another host. Every
// widget must end in its ready or error state — the error with `diwan-error` and a code — and the page
// must see no uncaught error and no unhandled rejection.
import { expect } from '@open-wc/testing';
import { JOURNEYS } from './journeys.js';
import { PAGES, mount, nextEvent, openHostPage, until, waitFor, type HostPage } from './support.js';

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
/** Widgets that load from the backend as they appear (the feedback widget waits for the citizen). */
const LOADING_WIDGETS = [
  { tag: 'diwan-service-catalogue', attributes: {} },
  { tag: 'diwan-eligibility-checker', attributes: { service: 'disability-allowance' } },
  { tag: 'diwan-request-tracker', attributes: {} },
] as const;

interface ErrorDetail {
  code: string;
  retryable: boolean;
  message: string;
}

function expectNoPageErrors(page: HostPage): void {
  expect(page.log.errors, 'uncaught errors and unhandled rejections in the page').to.deep.equal([]);
}

/** An object backend, made in the host page's realm, whose every call does what `answer` says. */
function objectBackend(page: HostPage, answer: () => Promise<unknown>): object {
  const win = page.win as unknown as { Object: ObjectConstructor };
  const backend = new win.Object() as Record<string, unknown>;
  backend.capabilities = {
    catalogue: true, eligibility: true,
    tracking: { enabled: true, verification: 'surname', live: 'none' },
    feedback: { enabled: true, maxCommentLength: 1200 },
  };
  for (const method of ['listServices', 'getService', 'getEligibilityRules', 'findRequest', 'sendFeedback']) backend[method] = answer;
  return backend;
}

/** Mounts a widget and waits for its error state and its `diwan-error`. */
async function mountUntilError(page: HostPage, tag: string, attributes: Record<string, string>, properties: Record<string, unknown> = {}): Promise<ErrorDetail> {
  const element = await mount(page, tag, attributes, properties);
  const reported = nextEvent(element, 'diwan-error');
  if (tag === 'diwan-request-tracker' && !attributes.api && !attributes.backend?.length && properties.backend) {
    // the tracker calls its backend once a citizen looks a request up
    const reference = await until<HTMLInputElement>(element, '#reference', 'the lookup form');
    reference.value = 'DW-2026-0001';
    reference.dispatchEvent(new (page.win as typeof window).InputEvent('input', { bubbles: true, composed: true }));
    const surname = await until<HTMLInputElement>(element, '#verification');
    surname.value = 'Karim';
    surname.dispatchEvent(new (page.win as typeof window).InputEvent('input', { bubbles: true, composed: true }));
    await new Promise((resolve) => setTimeout(resolve));
    element.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  }
  const { code, retryable, message } = (await reported) as Event & ErrorDetail;
  const detail = { code, retryable, message };
  await until(element, '[part~="error"]', 'the error state');
  return detail;
}

describe('hostile configuration and backends (built bundle, strict CSP)', () => {
  for (const name of PROTOTYPE_NAMES) {
    for (const where of ['element', 'html'] as const) {
      it(`lang="${name}" on the ${where === 'html' ? '<html>' : 'element'}: every journey still completes in English`, async function () {
        this.timeout(40_000);
        const page = await openHostPage(PAGES.strict);
        page.doc.documentElement.lang = where === 'html' ? name : 'en';
        for (const journey of JOURNEYS) {
          const attributes = where === 'element' ? { ...journey.attributes, lang: name } : journey.attributes;
          const element = await mount(page, journey.tag, attributes);
          const ended = nextEvent(element, journey.finalEvent);
          await journey.run(element);
          await ended;
          expect(element.shadowRoot!.querySelector('h2, h3')?.textContent ?? '', `<${journey.tag}> speaks English`).to.match(/[A-Za-z]/);
          element.remove();
        }
        expectNoPageErrors(page);
      });
    }
  }

  const HOSTILE_REJECTIONS: Record<string, (win: Window & typeof globalThis) => unknown> = {
    'Object.create(null)': (win) => win.Object.create(null),
    'an object whose toString throws': () => ({ toString() { throw new Error('toString'); } }),
    'an object whose getters throw': () => Object.defineProperties({}, {
      message: { get() { throw new Error('message'); } }, name: { get() { throw new Error('name'); } },
    }),
    'a revoked Proxy': () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return proxy;
    },
  };
  for (const [what, make] of Object.entries(HOSTILE_REJECTIONS)) {
    it(`a backend that rejects with ${what}: every widget shows its error state and fires diwan-error`, async () => {
      const page = await openHostPage(PAGES.strict);
      for (const { tag, attributes } of LOADING_WIDGETS) {
        const backend = objectBackend(page, () => Promise.reject(make(page.win)));
        const detail = await mountUntilError(page, tag, attributes, { backend });
        expect(detail.code, `<${tag}> diwan-error code`).to.be.a('string').and.not.equal('');
      }
      expectNoPageErrors(page);
    });
  }

  it('a backend that never answers: each widget ends in a retryable time-out after its `timeout`', async () => {
    const page = await openHostPage(PAGES.strict);
    for (const { tag, attributes } of LOADING_WIDGETS) {
      const backend = objectBackend(page, () => new Promise(() => undefined));
      const detail = await mountUntilError(page, tag, { ...attributes, timeout: '0.2' }, { backend });
      expect(detail, `<${tag}>`).to.include({ code: 'timeout', retryable: true });
      const element = page.host.lastElementChild!;
      expect(element.shadowRoot!.querySelector('[part~="error"] button'), `<${tag}> retry button`).to.exist;
    }
    expectNoPageErrors(page);
  });

  const HOSTILE_APIS = ['//evil.example', 'http:\\\\evil.example\\api', '/api/v1?x=1', '/api/v1#top', 'http://evil.example/api', 'javascript:alert(1)'];
  for (const api of HOSTILE_APIS) {
    it(`api="${api}" is refused with a config error naming the value`, async () => {
      const page = await openHostPage(PAGES.strict);
      const detail = await mountUntilError(page, 'diwan-service-catalogue', { api });
      expect(detail.code).to.equal('config');
      expect(detail.retryable).to.equal(false);
      expect(detail.message).to.include(JSON.stringify(api));
      expectNoPageErrors(page);
    });
  }

  it('api="/api/v1" (a path on this site) is accepted', async () => {
    const page = await openHostPage(PAGES.strict);
    const codes: string[] = [];
    page.host.addEventListener('diwan-error', (event) => codes.push((event as Event & ErrorDetail).code));
    const element = await mount(page, 'diwan-service-catalogue', { api: '/api/v1' });
    await waitFor(() => element.shadowRoot?.querySelector('.item-button, [part~="error"]'), 'the list or the error state');
    // whether or not this page's server answers there, the attribute itself is not refused
    expect(codes).not.to.include('config');
    expectNoPageErrors(page);
  });
});
