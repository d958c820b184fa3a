// The catalogue namespace of strings: English bundled with the widget, the other locales lazy chunks.
import type { StringsBundle } from '../shared/i18n.js';
import en from '../locales/en/catalogue.json';

export const catalogueStrings: StringsBundle = {
  namespace: 'catalogue',
  en,
  lazy: {
    ar: () => import('../locales/ar/catalogue.json'),
    ckb: () => import('../locales/ckb/catalogue.json'),
    fr: () => import('../locales/fr/catalogue.json'),
  },
};
