// Every story × locale renders as in Storybook, reaches its state, and passes axe (the CI equivalent of
// Storybook's addon-vitest with parameters.a11y.test = 'error'). Stories that pin a locale
// (`globals: { locale }`) run in that locale only. Every css part on screen must be documented in
// custom-elements.json (a part is public API a designer styles). In Arabic and Kurdish, no English word
// is spoken and Kurdish holds no Arabic that is not marked as such (test/stories/language.ts).
import { expect } from '@open-wc/testing';
import { localeDirection } from '@diwan/elements';
import { loadLocale } from '../packages/elements/src/shared/i18n.js';
import { STORY_LOCALES } from '../stories/support/globals.js';
import { part, waitFor, widgetIn } from '../stories/support/dom.js';
import { diwanParameters } from '../stories/support/render.js';
import { documentedParts } from './stories/manifest.js';
import { latinWordsIn, spokenTexts, unmarkedArabicIn } from './stories/language.js';
import { createCanvas, removeCanvas, renderStory, storiesOf } from './stories/compose.js';
import { storyModules } from './stories/modules.js';

for (const [file, module] of Object.entries(storyModules)) {
  describe(`${module.default.title} (${file})`, () => {
    let canvas: HTMLElement;
    beforeEach(() => {
      canvas = createCanvas();
    });
    afterEach(() => removeCanvas(canvas));

    for (const composed of storiesOf(module)) {
      const locales = composed.globals.locale ? [composed.globals.locale] : STORY_LOCALES;
      for (const locale of locales) {
        it(`${composed.name} [${locale}] reaches its state, documents its parts and passes axe`, async function () {
          // strings first, so axe sees the page a citizen in this language sees (not the English first paint)
          await loadLocale(locale);
          await renderStory(composed, { locale }, canvas);
          const widget = widgetIn(canvas) as HTMLElement & { updateComplete?: Promise<unknown> };
          await widget.updateComplete;
          const { settledPart } = diwanParameters(composed.parameters);
          if (settledPart) await waitFor(() => part(widget, settledPart), `part "${settledPart}"`);
          // the locale decorator reaches the widget through the ancestor chain, as on a host page
          await waitFor(() => part(widget, 'base')?.getAttribute('lang') === locale, `lang="${locale}" on the widget`);
          expect(part(widget, 'base')!.getAttribute('dir')).to.equal(localeDirection(locale));
          const partsOnScreen = [...widget.shadowRoot!.querySelectorAll('[part]')].flatMap((element) => [...element.part]);
          expect(documentedParts(widget.localName), 'css parts in custom-elements.json').to.include.members([...new Set(partsOnScreen)]);
          await expect(canvas).to.be.accessible();
          // what a screen reader speaks in Arabic or Kurdish holds no English word, and Kurdish no unmarked Arabic
          if (locale === 'ar' || locale === 'ckb') {
            const texts = spokenTexts(widget);
            expect(latinWordsIn(texts), `Latin words in ${locale}`).to.deep.equal([]);
            if (locale === 'ckb') expect(unmarkedArabicIn(texts), 'Arabic not marked lang="ar" in Kurdish').to.deep.equal([]);
          }
        });
      }
    }
  });
}
