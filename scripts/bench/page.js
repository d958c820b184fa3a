// The in-browser half of `npm run bench`, bundled by esbuild (sources via the `source` condition,
// Lit's production build). Exposes `window.diwanBench`; scripts/bench/browser.mjs drives it.
//
// Both contenders get the same 10,000 services and are measured the same way:
//   first render  from element creation to the first items in the DOM, laid out (forced layout);
//   keystroke     from the `input` event to the list showing the new results, laid out.
// "Showing the new results" is checked against the expected results, computed before the clock
// starts: every rendered item is a match and the best match is rendered (or the no-results message
// when nothing matches). Keystrokes that would not change what is on screen are typed, not timed.
import '@diwan/elements/define/service-catalogue.js';
import { createDemoBackend, generateServices } from '@diwan/client/demo';
import { resolveText } from '@diwan/client';
// The catalogue's own filter, to know what it must show after a keystroke (not timed).
import { filterServices, loadSearch } from '../../packages/elements/src/service-catalogue/catalogue-model.ts';

const SERVICE_COUNT = 10_000;
const SETTLE_TIMEOUT_MS = 10_000;
const LANG = 'en';
/** Characters typed of each word: the first ones change the results most (longer words change little after). */
const PREFIX_LENGTH = 6;

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

let dataPromise;
/** The benchmark data, made once per page (outside every measurement). */
function data() {
  dataPromise ??= (async () => {
    const catalogue = generateServices(SERVICE_COUNT);
    if (catalogue.services.length !== SERVICE_COUNT) throw new Error(`generateServices gave ${catalogue.services.length} services`);
    const backend = createDemoBackend({ catalogue });
    await backend.listServices(); // the demo backend parses its catalogue once: not part of any measurement
    return { catalogue, backend };
  })();
  return dataPromise;
}

/** Forces style and layout, so a measurement includes them (the paint itself is not awaited). */
function forceLayout(element) {
  element.getBoundingClientRect();
  return document.body.offsetHeight;
}

/** Resolves with the time `check()` first holds after a DOM change under `root`. */
function whenShown(root, check, layoutTarget) {
  return new Promise((resolve, reject) => {
    if (check()) {
      forceLayout(layoutTarget());
      resolve(performance.now());
      return;
    }
    const observer = new MutationObserver(() => {
      if (!check()) return;
      observer.disconnect();
      clearTimeout(timer);
      forceLayout(layoutTarget());
      resolve(performance.now());
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`the list did not show the expected results within ${SETTLE_TIMEOUT_MS} ms`));
    }, SETTLE_TIMEOUT_MS);
  });
}

// ---- the two contenders ----

/** A plain hand-written list: every match as an <li>, naive substring filter on every keystroke. */
function mountPlainList(services) {
  const host = document.createElement('div');
  host.className = 'plain';
  const label = document.createElement('label');
  label.textContent = 'Search services';
  const input = document.createElement('input');
  input.type = 'search';
  label.append(input);
  const scroller = document.createElement('div');
  scroller.className = 'plain-scroller';
  const list = document.createElement('ul');
  const none = document.createElement('p');
  none.className = 'no-results';
  none.textContent = 'No services match.';
  scroller.append(list);
  host.append(label, scroller);

  const render = (items) => {
    none.remove();
    list.replaceChildren(
      ...items.map((service) => {
        const item = document.createElement('li');
        item.dataset.id = service.id;
        const name = document.createElement('button');
        name.type = 'button';
        name.textContent = resolveText(service.name, [LANG]);
        const summary = document.createElement('p');
        summary.textContent = resolveText(service.summary, [LANG]);
        item.append(name, summary);
        return item;
      }),
    );
    if (items.length === 0) scroller.append(none);
  };
  input.addEventListener('input', () => {
    const query = input.value.trim().toLowerCase();
    render(query
      ? services.filter((service) => resolveText(service.name, [LANG]).toLowerCase().includes(query)
        || resolveText(service.summary, [LANG]).toLowerCase().includes(query))
      : services);
  });
  render(services);
  return {
    element: host,
    input,
    root: host,
    layoutTarget: () => scroller,
    renderedIds: () => (list.firstElementChild ? [list.firstElementChild.dataset.id] : []),
    // every match is rendered: the list shows `expected` when the count and the first item agree
    shows: (expectation) => (expectation.first === undefined
      ? none.isConnected
      : list.childElementCount === expectation.count && list.firstElementChild?.dataset.id === expectation.first),
    expected: (query) => {
      const q = query.trim().toLowerCase();
      return q
        ? services.filter((service) => resolveText(service.name, [LANG]).toLowerCase().includes(q)
          || resolveText(service.summary, [LANG]).toLowerCase().includes(q))
        : services;
    },
  };
}

function catalogueView(element, catalogue) {
  const root = element.shadowRoot;
  return {
    element,
    root,
    get input() {
      return root.querySelector('#search');
    },
    layoutTarget: () => root.querySelector('.results') ?? element,
    renderedIds: () => Array.from(root.querySelectorAll('.item-button[data-service-id]'), (button) => button.dataset.serviceId),
    // virtualised: the items on screen are all matches and the best match is among them
    shows(expectation) {
      if (expectation.first === undefined) return root.querySelector('.no-results') !== null;
      const rendered = this.renderedIds();
      return rendered.length > 0 && rendered.includes(expectation.first) && rendered.every((id) => expectation.ids.has(id));
    },
    expected: (query) => filterServices(catalogue, LANG, { query }),
  };
}

/** What the screen must show for a query, prepared before the clock starts. */
function expectationOf(expected) {
  return { first: expected[0]?.id, count: expected.length, ids: new Set(expected.map((service) => service.id)) };
}

// ---- measurements ----

/** Time from creating the contender to its first items laid out. One run per fresh page. */
async function firstRender(kind) {
  const { catalogue, backend } = await data();
  await nextFrame();
  if (kind === 'plain') {
    const started = performance.now();
    const view = mountPlainList(catalogue.services);
    document.body.append(view.element);
    forceLayout(view.layoutTarget());
    return performance.now() - started;
  }
  const started = performance.now();
  const element = document.createElement('diwan-service-catalogue');
  element.lang = LANG;
  element.backend = backend;
  document.body.append(element);
  const view = catalogueView(element, catalogue);
  const shownAt = await whenShown(view.root, () => view.renderedIds().length > 0, view.layoutTarget);
  return shownAt - started;
}

async function mount(kind) {
  const { catalogue, backend } = await data();
  if (kind === 'plain') {
    const view = mountPlainList(catalogue.services);
    document.body.append(view.element);
    return view;
  }
  const element = document.createElement('diwan-service-catalogue');
  element.lang = LANG;
  element.backend = backend;
  document.body.append(element);
  const view = catalogueView(element, catalogue);
  await whenShown(view.root, () => view.renderedIds().length > 0 && view.input !== null && !view.input.disabled, view.layoutTarget);
  // as a citizen would: the field gets the focus first, which fetches the search code and builds the index
  view.input.focus();
  await loadSearch();
  return view;
}

/** Words to type: words of service names spread over the data (distinct), and one that matches nothing. */
function wordsToType(services, count) {
  const words = new Set();
  const step = Math.max(1, Math.floor(services.length / count));
  for (let index = 0; words.size < count - 1 && index < services.length; index += step) {
    for (const word of resolveText(services[index].name, [LANG]).toLowerCase().split(/[^\p{L}]+/u)) {
      if (word.length >= 4) words.add(word);
    }
  }
  return [...words].slice(0, count - 1).concat('zqxjv'); // the no-results path is timed too
}

function typeInto(view, value, char) {
  const input = view.input;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: char }));
}

/** Types words character by character into the contender's search box; times each visible change. */
async function keystrokes(kind, wanted = 50) {
  const { catalogue } = await data();
  const view = await mount(kind);
  const samples = [];
  let typed = 0;
  for (const word of wordsToType(catalogue.services, 60)) {
    for (let length = 1; length <= Math.min(word.length, PREFIX_LENGTH) && samples.length < wanted; length++) {
      const value = word.slice(0, length);
      const expectation = expectationOf(view.expected(value));
      const changesScreen = !view.shows(expectation);
      const started = performance.now();
      typeInto(view, value, word[length - 1]);
      typed += 1;
      const shownAt = await whenShown(view.root, () => view.shows(expectation), view.layoutTarget);
      if (changesScreen) samples.push(shownAt - started);
      // a person types about every 150 ms; let the frame paint before the next key
      await nextFrame();
      await pause(30);
    }
    typeInto(view, '', '');
    const everything = expectationOf(view.expected(''));
    await whenShown(view.root, () => view.shows(everything), view.layoutTarget);
    await nextFrame();
    if (samples.length >= wanted) break;
  }
  view.element.remove();
  return { samples, typed };
}

async function ready() {
  await data();
  await customElements.whenDefined('diwan-service-catalogue');
  return { services: SERVICE_COUNT, userAgent: navigator.userAgent };
}

window.diwanBench = { ready, firstRender, keystrokes };
