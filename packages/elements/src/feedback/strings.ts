// The feedback namespace of strings: English bundled with the widget, the other locales lazy chunks.
import type { StringsBundle } from '../shared/i18n.js';
import en from '../locales/en/feedback.json';

export const feedbackStrings: StringsBundle = {
  namespace: 'feedback',
  en,
  lazy: {
    ar: () => import('../locales/ar/feedback.json'),
    ckb: () => import('../locales/ckb/feedback.json'),
    fr: () => import('../locales/fr/feedback.json'),
  },
};
