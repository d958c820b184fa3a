// Backends for the states a story shows. The widgets take any DiwanBackend object as a property.
import { ServiceCatalogue, parseResponse, type DiwanBackend } from '@diwan/client';
import { createDemoBackend, generateServices } from '@diwan/client/demo';

/** The longest delay a browser timer honours (~24.8 days; larger values fire at once). */
const FOREVER_MS = 2 ** 31 - 1;

/** Answers after a realistic pause, so a story shows the skeleton briefly, as on a real page. */
export const demoBackend = (): DiwanBackend => createDemoBackend({ latencyMs: 150 });

/** Never answers: the loading state, for as long as you look at it. */
export const loadingBackend = (): DiwanBackend => createDemoBackend({ latencyMs: FOREVER_MS });

/** A catalogue without a single service. */
export const emptyBackend = (): DiwanBackend => createDemoBackend({ catalogue: { categories: [], services: [] } });

/** Every call fails as if the network were down. */
export const offlineBackend = (): DiwanBackend => createDemoBackend({ failWith: 'network' });

const generated = new Map<number, ServiceCatalogue>();

/** A catalogue of `count` generated services (virtualised list, search speed); generated once per count. */
export const largeBackend = (count: number) => (): DiwanBackend => {
  let catalogue = generated.get(count);
  if (!catalogue) {
    catalogue = generateServices(count);
    generated.set(count, catalogue);
  }
  return createDemoBackend({ catalogue });
};

/**
 * A server that sends a catalogue of the wrong shape: the adapter's parse rejects with
 * `invalid_response`, as the HTTP adapter does for a malformed payload.
 */
export const malformedBackend = (): DiwanBackend => {
  const demo = createDemoBackend();
  const garbage = { categories: 'health', services: [{ id: 42, name: null }] };
  return {
    capabilities: demo.capabilities,
    listServices: async () => parseResponse(ServiceCatalogue, garbage, 'a service catalogue'),
    getService: (id, options) => demo.getService(id, options),
    getEligibilityRules: (serviceId, options) => demo.getEligibilityRules(serviceId, options),
    findRequest: (lookup, options) => demo.findRequest(lookup, options),
    sendFeedback: (feedback, options) => demo.sendFeedback(feedback, options),
  };
};
