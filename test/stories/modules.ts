// Every stories/*.stories.ts module, for the CI story test. Add a widget's stories module here when
// you add it (the browser cannot list a folder; Storybook's own glob is in .storybook/main.ts).
import type { CsfModule } from './compose.js';
import * as serviceCatalogue from '../../stories/service-catalogue.stories.js';
import * as eligibilityChecker from '../../stories/eligibility-checker.stories.js';
import * as requestTracker from '../../stories/request-tracker.stories.js';
import * as open311 from '../../stories/open311.stories.js';
import * as feedback from '../../stories/feedback.stories.js';
import * as insights from '../../stories/insights.stories.js';

export const storyModules: Record<string, CsfModule> = {
  'stories/service-catalogue.stories.ts': serviceCatalogue,
  'stories/eligibility-checker.stories.ts': eligibilityChecker,
  'stories/request-tracker.stories.ts': requestTracker,
  'stories/open311.stories.ts': open311,
  'stories/feedback.stories.ts': feedback,
  'stories/insights.stories.ts': insights,
};
