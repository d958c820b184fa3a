// Storybook preview: tags registered, argTypes and docs from custom-elements.json, locale and theme
// toolbars (one decorator, shared with the CI story test), axe failures count as errors.
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import '@diwan/elements/define.js';
import manifest from '../packages/elements/custom-elements.json';
import { controlsFromManifestTypes } from '../stories/support/arg-types.js';
import { decorators, globalTypes, initialGlobals } from '../stories/support/globals.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  decorators,
  globalTypes,
  initialGlobals,
  argTypesEnhancers: [controlsFromManifestTypes],
  parameters: {
    // a story with axe violations fails (Storybook's test runs; test/stories.test.ts checks the same in npm test)
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { toc: true },
  },
};

export default preview;
