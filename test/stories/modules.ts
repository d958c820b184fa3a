import type { CsfModule } from './compose.js';
import * as scratch from '../../stories/zz-scratch.stories.js';
export const storyModules: Record<string, CsfModule> = { 'stories/zz-scratch.stories.ts': scratch };
