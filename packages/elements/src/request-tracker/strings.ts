// The tracker namespace of strings: English bundled with the widget, the other locales lazy chunks.
import type { StringsBundle } from '../shared/i18n.js';
import en from '../locales/en/tracker.json';

export const trackerStrings: StringsBundle = {
  namespace: 'tracker',
  en,
  lazy: {
    ar: () => import('../locales/ar/tracker.json'),
    ckb: () => import('../locales/ckb/tracker.json'),
    fr: () => import('../locales/fr/tracker.json'),
  },
};
