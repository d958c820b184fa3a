// @diwan/react in React 19 (react-dom/client): a generated wrapper renders its element with props as
// properties, registers the tag, and calls typed event props. Written without JSX (React.createElement),
// so the root tsconfig needs no JSX setting.
import { expect, waitUntil } from '@open-wc/testing';
import React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import type { DiwanServiceSelectEvent } from '@diwan/elements';
import * as wrappers from '@diwan/react';
import { DiwanServiceCatalogue } from '@diwan/react';

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  root.unmount();
  container.remove();
});

function render(element: React.ReactElement): void {
  flushSync(() => root.render(element));
}

const catalogueIn = (host: HTMLElement) => host.querySelector('diwan-service-catalogue');
const itemButtons = (host: HTMLElement) => [...(catalogueIn(host)?.shadowRoot?.querySelectorAll<HTMLButtonElement>('.item-button') ?? [])];

describe('@diwan/react', () => {
  it('exports one component per element, named after its class', () => {
    expect(Object.keys(wrappers).sort()).to.deep.equal([
      'DiwanEligibilityChecker', 'DiwanFeedback', 'DiwanInsights', 'DiwanRequestTracker', 'DiwanServiceCatalogue',
    ]);
  });

  it('renders <diwan-service-catalogue> with props set as properties, and registers the tag', async () => {
    render(React.createElement(DiwanServiceCatalogue, { backend: 'demo', category: 'identity-travel', id: 'from-react' }));
    const element = catalogueIn(container);
    expect(element, 'the custom element in the DOM').to.exist;
    expect(customElements.get('diwan-service-catalogue'), 'the tag is registered by importing the wrapper').to.exist;
    expect(element!.id).to.equal('from-react');
    expect(element!.category).to.equal('identity-travel');
    expect(element!.backend).to.equal('demo');
    await waitUntil(() => itemButtons(container).length > 0, 'the catalogue rendered no services', { timeout: 5000 });
  });

  it('calls the typed onDiwanServiceSelect prop with the event when a service is opened', async function () {
    const selected: DiwanServiceSelectEvent[] = [];
    const onDiwanServiceSelect = (event: DiwanServiceSelectEvent) => {
      selected.push(event);
    };
    render(React.createElement(DiwanServiceCatalogue, { backend: 'demo', onDiwanServiceSelect }));
    await waitUntil(() => itemButtons(container).length > 0, 'the catalogue rendered no services', { timeout: 5000 });
    const first = itemButtons(container)[0]!;
    first.click();
    await waitUntil(() => selected.length === 1, 'onDiwanServiceSelect was not called');
    expect(selected[0]!.serviceId).to.equal(first.dataset['serviceId']);
    expect(selected[0]!.action).to.equal('open');
  });

  it('moves the listener when the event prop changes, and removes it on unmount', async function () {
    const calls: string[] = [];
    render(React.createElement(DiwanServiceCatalogue, { backend: 'demo', onDiwanServiceSelect: () => calls.push('first') }));
    render(React.createElement(DiwanServiceCatalogue, { backend: 'demo', onDiwanServiceSelect: () => calls.push('second') }));
    await waitUntil(() => itemButtons(container).length > 0, 'the catalogue rendered no services', { timeout: 5000 });
    const element = catalogueIn(container)!;
    itemButtons(container)[0]!.click();
    await waitUntil(() => calls.length > 0, 'no handler was called');
    expect(calls).to.deep.equal(['second']);

    render(React.createElement('div'));
    expect(element.isConnected, 'the element left the DOM').to.equal(false);
  });
});
