// custom-elements.json (what Storybook's docs, IDEs and embedders read) against the real elements:
// every attribute an element observes, every --diwan-* token its styles read, and the catalogue's
// events are documented. (`node scripts/analyze.mjs --check` catches a manifest older than the JSDoc;
// this catches JSDoc that is silent about real API.) Parts are checked per rendered state in
// test/stories.test.ts.
import { expect } from '@open-wc/testing';
import type { CSSResult, ReactiveElement } from 'lit';
import '@diwan/elements/define.js';
// define.js registers the staff widget only once the page uses it: register it here to check it too
import '@diwan/elements/define/insights.js';
import { documentedElements } from './stories/manifest.js';

const tokensUsedBy = (element: typeof ReactiveElement): string[] => {
  const css = element.elementStyles.map((style) => (style as CSSResult).cssText ?? '').join('\n');
  return [...new Set([...css.matchAll(/var\(\s*(--diwan-[\w-]+)/g)].map((match) => match[1]!))].sort();
};

const names = (items: Array<{ name: string }> | undefined) => (items ?? []).map((item) => item.name).sort();

describe('custom-elements.json', () => {
  it('documents the service catalogue with its events, parts and tokens', () => {
    const catalogue = documentedElements().find((element) => element.tagName === 'diwan-service-catalogue');
    expect(catalogue, 'diwan-service-catalogue in the manifest').to.exist;
    expect(names(catalogue!.events)).to.include.members(['diwan-service-select', 'diwan-error']);
    expect(names(catalogue!.attributes)).to.include.members(['backend', 'api', 'jurisdiction', 'api-key', 'theme', 'category', 'audience', 'sync-url']);
    expect(names(catalogue!.cssParts)).to.include.members(['base', 'search', 'list', 'item', 'detail', 'error']);
    expect(catalogue!.members?.every((member) => member.privacy === undefined || member.privacy === 'public')).to.equal(true);
  });

  for (const documented of documentedElements()) {
    describe(`<${documented.tagName}>`, () => {
      const element = () => {
        const constructor = customElements.get(documented.tagName) as unknown as typeof ReactiveElement | undefined;
        if (!constructor) throw new Error(`<${documented.tagName}> is in the manifest but no define module registers it`);
        return constructor;
      };

      it('lists exactly the attributes the element observes', () => {
        expect(names(documented.attributes)).to.deep.equal([...element().observedAttributes].sort());
      });

      it('lists every --diwan-* custom property its styles read', () => {
        expect(names(documented.cssProperties)).to.include.members(tokensUsedBy(element()));
      });
    });
  }
});


