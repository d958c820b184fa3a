// The toolbar globals (locale, theme) and the one decorator that applies them. Storybook's preview and
// the CI story test (test/stories.test.ts) both use this module, so stories render the same in both.
import { html, type TemplateResult } from 'lit';
import type { Decorator } from '@storybook/web-components-vite';
import { localeDirection } from '@diwan/elements';

export const STORY_LOCALES = ['en', 'ar', 'ckb', 'fr'] as const;
export type StoryLocale = (typeof STORY_LOCALES)[number];

export const STORY_THEMES = ['light', 'dark', 'high-contrast'] as const;
export type StoryTheme = (typeof STORY_THEMES)[number];

export interface StoryGlobals {
  locale?: string;
  /** Unset: each story keeps its own `theme` arg. Set: overrides it (toolbar). */
  theme?: StoryTheme;
}

const LOCALE_TITLES: Record<StoryLocale, string> = { en: 'English', ar: 'العربية', ckb: 'کوردی (سۆرانی)', fr: 'Français' };

export const globalTypes = {
  locale: {
    description: 'Language of the widgets: sets lang and dir on an ancestor, as a host page would',
    toolbar: {
      title: 'Locale',
      icon: 'globe',
      items: STORY_LOCALES.map((value) => ({ value, title: LOCALE_TITLES[value], right: localeDirection(value) })),
      dynamicTitle: true,
    },
  },
  theme: {
    description: "Colour scheme: sets the widget's theme property",
    toolbar: {
      title: 'Theme',
      icon: 'contrast',
      items: STORY_THEMES.map((value) => ({ value, title: value })),
      dynamicTitle: true,
    },
  },
};

export const initialGlobals: StoryGlobals = { locale: 'en' };

/**
 * Wraps the story in an element carrying `lang` and `dir` (widgets resolve their language through the
 * ancestor chain, like on a host page), and passes the toolbar theme to the widget as its `theme` arg.
 */
export const withLocaleAndTheme: Decorator = (story, context): TemplateResult => {
  const { locale = 'en', theme } = context.globals as StoryGlobals;
  const rendered = theme ? story({ args: { ...context.args, theme } }) : story();
  return html`<div class="diwan-story" lang=${locale} dir=${localeDirection(locale)}>${rendered}</div>`;
};

/** Project-level decorators, in Storybook's order (the first is the innermost). */
export const decorators: Decorator[] = [withLocaleAndTheme];
