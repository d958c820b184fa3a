// The eligibility namespace of strings: English bundled with the widget, the other locales lazy chunks.
import type { StringsBundle } from '../shared/i18n.js';
import en from '../locales/en/eligibility.json';

export const eligibilityStrings: StringsBundle = {
  namespace: 'eligibility',
  en,
  lazy: {
    ar: () => import('../locales/ar/eligibility.json'),
    ckb: () => import('../locales/ckb/eligibility.json'),
    fr: () => import('../locales/fr/eligibility.json'),
  },
};
