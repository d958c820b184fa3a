// States, loading and rendering of <diwan-service-catalogue>. Search/filters, detail/keyboard and
// URL/locale behaviour live in the sibling *.test.ts files.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { DiwanError, type ServiceCatalogue } from '@diwan/client';
import { createDemoBackend, generateServices } from '@diwan/client/demo';
import '../define/service-catalogue.js';
import type { DiwanServiceCatalogue } from './service-catalogue.js';
import type { DiwanErrorEvent } from '../shared/events.js';
import {
  $, $$, backendWith, countText, deferredBackend, itemNames, plainContainer, sampleCatalogue, testBackend, untilItems,
} from './test-support.js';

describe('<diwan-service-catalogue> states', () => {
  it('is ready with every service listed, the count announced, and no accessibility violations', async () => {
    const el = await fixture<DiwanServiceCatalogue>(html`<diwan-service-catalogue .backend=${backendWith(sampleCatalogue)}></diwan-service-catalogue>`);
    await untilItems(el, 5);
    expect(itemNames(el)).to.deep.equal(['Renew a passport', 'Birth certificate', 'Family allowance', 'Business licence', 'Visitor visa']);
    expect(countText(el)).to.equal('5 services');
    expect($(el, '[role="list"]')).to.exist;
    expect($$(el, '[role="listitem"]')).to.have.length(5);
    expect($(el, 'label[for="search"]')!.textContent).to.equal('Search services');
    await expect(el).to.be.accessible();
  });

  it('loads the bundled demo data with backend="demo"', async () => {
    const el = await fixture<DiwanServiceCatalogue>(html`<diwan-service-catalogue backend="demo"></diwan-service-catalogue>`);
    await untilItems(el, 3);
    expect(countText(el)).to.match(/^\d+ services$/);
    await expect(el).to.be.accessible();
  });

  it('shows a skeleton while loading that reserves the height of the ready layout', async () => {
    const { backend, release } = deferredBackend();
    const el = await fixture<DiwanServiceCatalogue>(html`<diwan-service-catalogue .backend=${backend}></diwan-service-catalogue>`);
    expect($(el, '.skeleton')).to.exist;
    expect($(el, '.results')!.getAttribute('aria-busy')).to.equal('true');
    expect(countText(el)).to.equal('Loading services…');
    expect($<HTMLInputElement>(el, '#search')!.disabled).to.be.true;
    await expect(el).to.be.accessible();
    const loadingHeight = el.getBoundingClientRect().height;

    release(sampleCatalogue);
    await untilItems(el);
    const readyHeight = el.getBoundingClientRect().height;
    expect(loadingHeight).to.be.greaterThan(200);
    expect(Math.abs(readyHeight - loadingHeight)).to.be.lessThan(4);
  });

  it('says so plainly when the backend has no services', async () => {
    const el = await fixture<DiwanServiceCatalogue>(html`<diwan-service-catalogue .backend=${backendWith({ categories: [], services: [] })}></diwan-service-catalogue>`);
    await waitUntil(() => $(el, '.empty'));
    expect($(el, '.empty')!.textContent).to.equal('There are no services to show yet.');
    await expect(el).to.be.accessible();
  });

  it('shows an error with a retry that then succeeds, and fires diwan-error', async () => {
    let calls = 0;
    const backend = testBackend(() =>
      ++calls === 1 ? Promise.reject(new DiwanError('network', 'offline')) : Promise.resolve(sampleCatalogue),
    );
    const wrapper = plainContainer();
    const el = document.createElement('diwan-service-catalogue');
    el.backend = backend;
    const errorEvent = oneEvent(wrapper, 'diwan-error') as Promise<DiwanErrorEvent>;
    wrapper.append(el);
    const event = await errorEvent;
    expect(event.code).to.equal('network');
    expect(event.retryable).to.be.true;
    await el.updateComplete;
    const alert = $(el, '[role="alert"]')!;
    expect(alert.textContent).to.contain('We could not reach the service');
    await expect(el).to.be.accessible();

    alert.querySelector('button')!.click();
    await untilItems(el, 5);
    expect(calls).to.equal(2);
    expect($(el, '[role="alert"]')).to.be.null;
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '#search'), 'focus goes to the search after a retry');
  });

  it('turns a malformed catalogue into an invalid_response error state, not a crash', async () => {
    const malformed = { categories: [], services: [{ id: 'Not A Slug!', name: 42 }] };
    const wrapper = plainContainer();
    const el = document.createElement('diwan-service-catalogue');
    el.backend = backendWith(malformed);
    const errorEvent = oneEvent(wrapper, 'diwan-error') as Promise<DiwanErrorEvent>;
    wrapper.append(el);
    expect((await errorEvent).code).to.equal('invalid_response');
    await el.updateComplete;
    expect($(el, '[role="alert"]')!.textContent).to.contain('could not read');
    expect($$(el, '.item')).to.have.length(0);
  });

  it('refuses a catalogue in which one service’s details are malformed, with an invalid_response error', async () => {
    // the boundary parses the whole catalogue: a bad fee deep in one service never reaches a detail view
    const broken = { ...sampleCatalogue.services[0]!, fees: [{ label: 'Fee', amount: -1, currency: 'dollars' }] };
    const wrapper = plainContainer();
    const el = document.createElement('diwan-service-catalogue');
    el.backend = backendWith({ categories: [], services: [broken] });
    const errorEvent = oneEvent(wrapper, 'diwan-error') as Promise<DiwanErrorEvent>;
    wrapper.append(el);
    expect((await errorEvent).code).to.equal('invalid_response');
    await el.updateComplete;
    expect($(el, '[role="alert"]')).to.exist;
    expect($$(el, '.item')).to.have.length(0);
    expect($(el, '.detail')).to.be.null;
  });

  it('shows the error state when the adapter rejects with invalid_response', async () => {
    const backend = createDemoBackend({ failWith: 'invalid_response' });
    const el = await fixture<DiwanServiceCatalogue>(html`<diwan-service-catalogue .backend=${backend}></diwan-service-catalogue>`);
    await waitUntil(() => $(el, '[role="alert"]'));
    expect($(el, '[role="alert"]')!.textContent).to.contain('The service sent information we could not read');
  });

  it('aborts an in-flight load when removed, without unhandled rejections or error events', async () => {
    let signal: AbortSignal | undefined;
    const backend = createDemoBackend({ latencyMs: 50 });
    const spy = testBackend((options) => {
      signal = options?.signal;
      return backend.listServices(options);
    });
    const errors: Event[] = [];
    const wrapper = plainContainer();
    wrapper.addEventListener('diwan-error', (e) => errors.push(e));
    const el = document.createElement('diwan-service-catalogue');
    el.backend = spy;
    wrapper.append(el);
    await waitUntil(() => signal);
    el.remove();
    expect(signal!.aborted).to.be.true;
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(errors).to.have.length(0);
  });

  it('renders hostile service names as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned = true">';
    const catalogue: ServiceCatalogue = {
      categories: [],
      services: [{ id: 'hostile', name: hostile, summary: `<script>window.__pwned = true</script>`, category: 'x', audiences: [], channels: [] }],
    };
    const el = await fixture<DiwanServiceCatalogue>(html`<diwan-service-catalogue .backend=${backendWith(catalogue)}></diwan-service-catalogue>`);
    await untilItems(el);
    expect(itemNames(el)).to.deep.equal([hostile]);
    expect(el.shadowRoot!.querySelector('img, script')).to.be.null;
    expect((window as { __pwned?: boolean }).__pwned).to.be.undefined;
  });

  it('renders a short catalogue as a plain list: every service in the DOM, scrollable', async () => {
    const el = await fixture<DiwanServiceCatalogue>(html`<diwan-service-catalogue .backend=${backendWith(sampleCatalogue)}></diwan-service-catalogue>`);
    await untilItems(el, sampleCatalogue.services.length);
    expect($(el, '.list.plain'), 'a plain list').to.exist;
    expect($$(el, '.item').length).to.equal(sampleCatalogue.services.length);
    expect(getComputedStyle($(el, '.list')!).overflowY).to.equal('auto');
  });

  it('renders 10,000 services with only a window of them in the DOM', async function () {
    this.timeout(30000); // parsing 10,000 generated services on a slow machine
    const { services } = generateServices(10_000);
    const backend = createDemoBackend({ catalogue: { categories: [], services } });
    const el = await fixture<DiwanServiceCatalogue>(html`<diwan-service-catalogue .backend=${backend}></diwan-service-catalogue>`);
    await untilItems(el, 3);
    expect(countText(el)).to.equal('10,000 services');
    // the virtualizer is a lazy chunk: a window of items shows until it arrives
    await waitUntil(() => $(el, '.list.virtual') && $$(el, '.item').length > 2, 'the virtualised list', { timeout: 4000 });
    const rendered = $$(el, '.item').length;
    expect(rendered).to.be.greaterThan(2);
    expect(rendered).to.be.lessThan(200);
  });
});
