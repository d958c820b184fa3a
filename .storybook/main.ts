// Storybook 10 for the Diwan widgets: stories in stories/, argTypes and docs from custom-elements.json.
import { defaultClientConditions, type UserConfig } from 'vite';
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // telemetry would wait ~7 s on a closed network, and we send nothing anywhere anyway
  core: { disableTelemetry: true },
  viteFinal(viteConfig: UserConfig): UserConfig {
    const conditions = viteConfig.resolve?.conditions ?? [...defaultClientConditions];
    const oxc = viteConfig.oxc === false ? {} : (viteConfig.oxc ?? {});
    return {
      ...viteConfig,
      // @diwan/* resolve to their TypeScript sources (the `source` export condition), as in tests
      resolve: { ...viteConfig.resolve, conditions: ['source', ...conditions.filter((name) => name !== 'source')] },
      // Lit's legacy decorators, the same as tsconfig.json's experimentalDecorators +
      // useDefineForClassFields:false (class fields must not shadow Lit's reactive accessors)
      oxc: {
        ...oxc,
        decorator: { ...oxc.decorator, legacy: true },
        assumptions: { ...oxc.assumptions, setPublicClassFields: true },
        typescript: { ...oxc.typescript, removeClassFieldsWithoutInitializer: true },
      },
    };
  },
};

export default config;
