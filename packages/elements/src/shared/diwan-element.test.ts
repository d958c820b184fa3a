import { expect, fixture, html } from '@open-wc/testing';
import { DiwanError, type DiwanBackend } from '@diwan/client';
import { DiwanElement, defineElement } from './diwan-element.js';
import { resolveBackend } from './backend-resolution.js';
import { DiwanErrorEvent } from './events.js';

class BackendProbe extends DiwanElement {
  resolve() {
    return this.resolveBackend();
  }
  fail(error: unknown) {
    return this.reportError(error);
  }
}
defineElement('backend-probe', BackendProbe);

describe('DiwanElement', () => {
  it('defining a tag twice does not throw', () => {
    expect(() => defineElement('backend-probe', class extends BackendProbe {})).not.to.throw();
    expect(customElements.get('backend-probe')).to.equal(BackendProbe);
  });

  it('shares one demo backend per configuration on the page', async () => {
    const [a, b] = await Promise.all([resolveBackend({ backend: 'demo' }), resolveBackend({ backend: ' DEMO ' })]);
    expect(a).to.equal(b);
    const catalogue = await a.listServices();
    expect(catalogue.services.length).to.be.greaterThan(0);
  });

  it('rejects attributes that name no usable backend with a config error', async () => {
    for (const config of [{}, { backend: 'nonsense' }, { backend: 'http', api: 'javascript:alert(1)' }]) {
      const error = await resolveBackend(config).then(() => undefined, (e: unknown) => e);
      expect(error, JSON.stringify(config)).to.be.instanceOf(DiwanError);
      expect((error as DiwanError).code).to.equal('config');
    }
  });

  it('uses a backend object set as a property, behind the validating boundary, and refuses one that is not a backend', async () => {
    const capabilities = {
      catalogue: true, eligibility: false,
      tracking: { enabled: false, verification: null, live: 'none' }, feedback: { enabled: false, maxCommentLength: 1 },
    };
    const backend = { capabilities, listServices: () => Promise.resolve({ categories: [], services: [] }) } as unknown as DiwanBackend;
    const el = await fixture<BackendProbe>(html`<backend-probe .backend=${backend}></backend-probe>`);
    const resolved = await el.resolve();
    expect(resolved, 'the same wrapped backend each time').to.equal(await el.resolve());
    expect(await resolved.listServices()).to.deep.equal({ categories: [], services: [] });
    const missing = await resolved.getService('x').then(() => undefined, (e: unknown) => e as DiwanError);
    expect(missing?.code, 'a method the object lacks').to.equal('unsupported');
    el.backend = { capabilities: {}, listServices: backend.listServices } as unknown as DiwanBackend;
    const malformed = await el.resolve().then(() => undefined, (e: unknown) => e);
    expect((malformed as DiwanError).code, 'capabilities that do not fit the schema').to.equal('invalid_response');
    el.backend = { nope: true } as unknown as DiwanBackend;
    const error = await el.resolve().then(() => undefined, (e: unknown) => e);
    expect((error as DiwanError).code).to.equal('config');
  });

  it('reports failures as a bubbling, composed diwan-error event, but not cancellations', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><backend-probe></backend-probe></div>`);
    const el = wrapper.querySelector<BackendProbe>('backend-probe')!;
    const seen: DiwanErrorEvent[] = [];
    wrapper.addEventListener('diwan-error', (event) => seen.push(event));
    el.fail(new DiwanError('timeout', 'slow'));
    expect(seen).to.have.length(1);
    expect(seen[0]).to.be.instanceOf(DiwanErrorEvent);
    expect(seen[0]!.code).to.equal('timeout');
    expect(seen[0]!.retryable).to.equal(true);
    expect(seen[0]!.composed).to.equal(true);
    el.fail(new DOMException('stop', 'AbortError'));
    expect(seen).to.have.length(1);
  });
});
