// The insights namespace of strings: English bundled with the widget, the other locales lazy chunks.
import type { StringsBundle } from '../shared/i18n.js';
import en from '../locales/en/insights.json';

export const insightsStrings: StringsBundle = {
  namespace: 'insights',
  en,
  lazy: {
    ar: () => import('../locales/ar/insights.json'),
    ckb: () => import('../locales/ckb/insights.json'),
    fr: () => import('../locales/fr/insights.json'),
  },
};
