// Each widget's main journey against the running reference server (@diwan/server on PGlite, seeded with
// the demo data, proxied same-origin by test/server/diwan-server.mjs), on the BUILT bundle under a strict
// CSP, by real pointer: widgets configured with `api=` alone, as on `npm start`.
import { expect } from '@open-wc/testing';
import { connectHttpBackend } from '@diwan/client';
import { clickAndType, clickAt, releasePointer } from '../embedding/pointer.js';
import { PAGES, inShadow, mount, nextEvent, openHostPage, part, typeInto, until, waitFor } from '../embedding/support.js';

const API = '/__diwan/api/v1';

interface FeedbackRow {
  id: string;
  idempotency_key: string;
  follow_up_of: string | null;
  useful: boolean;
  rating: number | null;
  comment: string | null;
}

const network = (state: 'down' | 'lossy' | 'up') => fetch(`/__diwan/__network/${state}`, { method: 'POST' });
const storedFeedback = async (page: string) => (await fetch(`/__diwan/__feedback?page=${encodeURIComponent(page)}`)).json() as Promise<FeedbackRow[]>;

describe('widgets against the reference server (built bundle, real pointer)', () => {
  before(async function () {
    this.timeout(120_000); // the first request starts the server: build, embedded database, demo data
    const ready = await fetch('/__diwan/readyz');
    if (!ready.ok) throw new Error(`the reference server is not ready: HTTP ${ready.status}`);
  });
  afterEach(async () => {
    await releasePointer();
    await network('up');
  });

  it('serves capabilities that the widgets read first', async () => {
    const capabilities = await (await fetch(`${API}/capabilities`)).json();
    expect(capabilities.tracking.referencePattern).to.equal('^DW-\\d{4}-\\d{4}$');
  });

  it('catalogue: search, click a result, its detail opens (from the server)', async () => {
    const page = await openHostPage(PAGES.strict);
    const element = await mount(page, 'diwan-service-catalogue', { api: API });
    await until(element, '.item-button', 'services listed');
    expect(element.shadowRoot!.querySelectorAll('.item-button').length).to.be.greaterThan(10);
    await clickAndType(inShadow(element, '#search'), 'search box', 'passport');
    await waitFor(() => part(element, 'count')?.textContent?.match(/\d/), 'a result count after typing');
    const button = await until(element, '.item-button', 'a matching service');
    const wanted = button.textContent!.trim();
    const selected = nextEvent(element, 'diwan-service-select') as Promise<Event & { serviceId: string }>;
    await clickAt(button, `the result "${wanted}"`);
    const heading = await until(element, '[part~="detail-heading"]', 'the service detail');
    expect(heading.textContent!.trim()).to.equal(wanted);
    expect((await selected).serviceId).to.match(/passport/);
    expect(page.log.errors).to.deep.equal([]);
    expect(page.log.violations).to.deep.equal([]);
  });

  it('eligibility checker: the rules come from the server, the answers stay in the browser, a result', async () => {
    const page = await openHostPage(PAGES.strict);
    const element = await mount(page, 'diwan-eligibility-checker', { api: API, service: 'disability-allowance' });
    const result = nextEvent(element, 'diwan-eligibility-result') as Promise<Event & { result: string }>;
    for (const answer of ['40', true, true, '60', '300000'] as const) {
      const heading = (await until(element, '.page-heading', 'a question page')).textContent;
      if (typeof answer === 'boolean') {
        const radio = inShadow<HTMLInputElement>(element, `input[type="radio"][value="${answer}"]`)!;
        await clickAt(inShadow(element, `label[for="${CSS.escape(radio.id)}"]`) ?? radio, `the "${answer}" answer`);
        await waitFor(() => radio.checked, `the "${answer}" answer chosen`);
      } else {
        await clickAndType(inShadow(element, '#answer'), 'the answer field', answer);
      }
      await clickAt(part(element, 'continue'), 'Continue');
      await waitFor(() => element.shadowRoot!.querySelector('.page-heading')?.textContent !== heading, 'the next page');
    }
    await clickAt(await until(element, '[part~="see-result"]', 'check your answers'), 'See the result');
    await until(element, '[part~="result"]', 'the result');
    expect((await result).result).to.be.oneOf(['eligible', 'not_eligible', 'may_be_eligible']);
  });

  it('request tracker: finds a request by reference and surname; five wrong surnames lock the reference', async () => {
    const page = await openHostPage(PAGES.strict);
    const element = await mount(page, 'diwan-request-tracker', { api: API });
    const found = nextEvent(element, 'diwan-request-found') as Promise<Event & { reference: string }>;
    await clickAndType(await until(element, '#reference', 'the lookup form'), 'the reference field', 'dw 2026 0001');
    await clickAndType(inShadow(element, '#verification'), 'the surname field', 'كريم');
    await clickAt(inShadow(element, 'button[type="submit"]'), 'Check progress');
    await until(element, '[part~="result"]', 'the request found');
    expect((await found).reference).to.equal('DW-2026-0001');

    const other = await mount(page, 'diwan-request-tracker', { api: API });
    const codes: string[] = [];
    other.addEventListener('diwan-error', (event) => codes.push((event as Event & { code: string }).code));
    await until(other, '#reference', 'a second lookup form');
    typeInto(inShadow<HTMLInputElement>(other, '#reference')!, 'DW-2026-0009');
    for (let attempt = 1; attempt <= 6; attempt++) {
      typeInto(inShadow<HTMLInputElement>(other, '#verification')!, `Wrong${attempt}`);
      await new Promise((resolve) => setTimeout(resolve));
      await clickAt(inShadow(other, 'button[type="submit"]'), 'Check progress');
      await waitFor(() => codes.length === attempt, `the answer to attempt ${attempt}`);
    }
    expect(codes).to.deep.equal(['not_found', 'not_found', 'not_found', 'not_found', 'not_found', 'rate_limited']);
    const lockout = await until(other, '.lockout', 'the lock-out message');
    expect(lockout.textContent).to.match(/try again in \d+ seconds?/i);
  });

  it('feedback: the reply to the answer is lost (queued, sent again) — the server keeps one row per key', async () => {
    const page = await openHostPage(PAGES.strict);
    const path = `/e-services/journey-${Math.random().toString(36).slice(2)}`;
    const element = await mount(page, 'diwan-feedback', { api: API, page: path, service: 'passport-renewal' });
    const yes = await until(element, '[part~="yes-button"]', 'the Yes button');
    await network('lossy'); // stored by the server, but the browser never hears back
    const answered = nextEvent(element, 'diwan-feedback-submit') as Promise<Event & { queued: boolean; idempotencyKey?: string }>;
    await clickAt(yes, 'Yes');
    expect((await answered).queued, 'queued while offline').to.equal(true);
    await waitFor(() => part(element, 'thanks')?.textContent?.includes('saved on this device'), 'the thanks says it is saved');
    await network('up');
    page.win.dispatchEvent(new Event('online'));
    await waitFor(() => part(element, 'thanks')?.textContent?.includes('It has now been sent.'), 'the thanks says it was sent', 15000);
    // the details, sent online, join the answer by its key
    await until(element, '[part~="details"]', 'tell us more');
    const rating = inShadow<HTMLInputElement>(element, 'input[type="radio"][value="5"]')!;
    await clickAt(inShadow(element, `label[for="${CSS.escape(rating.id)}"]`) ?? rating, 'rating 5');
    await clickAndType(inShadow(element, '[part~="comment"]'), 'the comment', 'Very clear, reach me at someone@example.com');
    const detailed = nextEvent(element, 'diwan-feedback-submit');
    await clickAt(part(element, 'send-button'), 'Send');
    await detailed;
    await waitFor(() => !part(element, 'details') && part(element, 'thanks'), 'the final thanks');

    // exactly one row for the answer's key (the retry after the outage stored nothing twice), one follow-up
    let answers: FeedbackRow[] = [];
    for (let tries = 0; tries < 100 && answers.length < 2; tries++) {
      answers = await storedFeedback(path);
      if (answers.length < 2) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(answers, 'one row per idempotency key').to.have.length(2);
    const answer = answers.find((row) => row.follow_up_of === null)!;
    const details = answers.find((row) => row.follow_up_of !== null)!;
    expect(answer.useful).to.equal(true);
    expect(details.follow_up_of).to.equal(answer.idempotency_key);
    expect(details.rating).to.equal(5);
    expect(details.comment).to.equal('Very clear, reach me at [email]');
    expect(new Set(answers.map((row) => row.idempotency_key)).size).to.equal(2);

  });

  it('insights: an analyst token given through .backend (a headers() hook, never an attribute) opens the headline', async () => {
    const { token } = await (await fetch('/__diwan/__staff-token?role=analyst', { method: 'POST' })).json() as { token: string };
    const headers = () => ({ Authorization: `Bearer ${token}` });
    const backend = await connectHttpBackend({ baseUrl: new URL(API, location.href).href, headers });
    expect(backend.capabilities.insights, 'the server offers insights').to.equal(true);
    const page = await openHostPage(PAGES.strict);
    await waitFor(() => page.win.customElements.get('diwan-feedback'), 'diwan.js to run');
    const element = page.doc.createElement('diwan-insights') as HTMLElement & { backend?: unknown; query?: Record<string, string> };
    element.setAttribute('lang', 'en');
    element.setAttribute('period', '12');
    element.backend = backend;
    page.host.append(element);
    await waitFor(() => page.win.customElements.get('diwan-insights'), 'the lazy chunk to define <diwan-insights>');
    const headline = await until(element, '[part~="headline"]', 'the headline from the server', 30_000);
    // the seeded requests are enough for digital take-up: the widget shows the share the server computes
    const answer = await (await fetch(`${API}/staff/insights?${new URLSearchParams(element.query)}`, { headers: headers() })).json();
    const takeUp = answer.current.digitalTakeUp as { share?: number; suppressed?: true };
    expect(takeUp.suppressed, 'enough seeded requests for a figure').to.equal(undefined);
    const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 }).format(takeUp.share!);
    await waitFor(() => headline.textContent?.includes(percent), `digital take-up ${percent} in the headline`);
    expect(page.doc.documentElement.outerHTML, 'the token is nowhere in the page').not.to.contain(token);
    expect(page.log.errors).to.deep.equal([]);
    expect(page.log.violations).to.deep.equal([]);
  });
});

