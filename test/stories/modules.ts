// Every stories/*.stories.ts module, for the CI story test. Add a widget's stories module here when
// you add it (the browser cannot list a folder; Storybook's own glob is in .storybook/main.ts).
import type { CsfModule } from './compose.js';
import * as serviceCatalogue from '../../stories/service-catalogue.stories.js';

export const storyModules: Record<string, CsfModule> = {
  'stories/service-catalogue.stories.ts': serviceCatalogue,
};
