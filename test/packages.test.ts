// What an npm user gets from @diwan/elements: the classes without side effects, and the tags only
// from the define entries. Runs in a page of its own (web-test-runner gives each test file one), so
// nothing else has registered a Diwan tag before these imports.
import { expect } from '@open-wc/testing';
import * as elements from '@diwan/elements';
import manifest from '../packages/elements/custom-elements.json' with { type: 'json' };

interface ManifestDeclaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
}
const TAGS = (manifest.modules as Array<{ declarations?: ManifestDeclaration[] }>)
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .map((declaration) => ({ tag: declaration.tagName!, className: declaration.name }));

// the npm build's files, served as they are published (a variable: TypeScript does not resolve them)
const BUILT_INDEX = '/packages/elements/dist/index.js';
const BUILT_DEFINE = '/packages/elements/dist/define.js';

const definedDiwanTags = () => TAGS.map(({ tag }) => tag).filter((tag) => customElements.get(tag));

describe('@diwan/elements as an npm package', () => {
  it('documents the four citizen widgets and the staff insights view in custom-elements.json', () => {
    expect(TAGS.map(({ tag }) => tag).sort()).to.deep.equal([
      'diwan-eligibility-checker', 'diwan-feedback', 'diwan-insights', 'diwan-request-tracker', 'diwan-service-catalogue',
    ]);
  });

  it('registers no tag on import (sources), yet exports every element class', () => {
    expect(definedDiwanTags()).to.deep.equal([]);
    for (const { className } of TAGS) {
      expect(typeof (elements as Record<string, unknown>)[className], `${className} exported`).to.equal('function');
    }
  });

  it('registers no tag on import of the built dist/index.js either', async () => {
    const built = (await import(BUILT_INDEX)) as Record<string, unknown>;
    expect(typeof built['DiwanServiceCatalogue']).to.equal('function');
    expect(definedDiwanTags()).to.deep.equal([]);
  });

  it('a per-widget define entry registers its own tag and no other', async () => {
    const { DiwanRequestTracker } = await import('@diwan/elements/define/request-tracker.js');
    expect(definedDiwanTags()).to.deep.equal(['diwan-request-tracker']);
    expect(customElements.get('diwan-request-tracker')).to.equal(DiwanRequestTracker);
    expect(document.createElement('diwan-request-tracker')).to.be.instanceOf(DiwanRequestTracker);
  });

  it('define.js registers the citizen tags at once and the staff one when the page uses it; importing it again throws nothing', async () => {
    await import('@diwan/elements/define.js');
    const citizenTags = TAGS.map(({ tag }) => tag).filter((tag) => tag !== 'diwan-insights').sort();
    expect(definedDiwanTags().sort(), 'before any <diwan-insights> is on the page').to.deep.equal(citizenTags);
    const insights = document.body.appendChild(document.createElement('diwan-insights'));
    await customElements.whenDefined('diwan-insights');
    insights.remove();
    expect(definedDiwanTags().sort()).to.deep.equal(TAGS.map(({ tag }) => tag).sort());
    const before = TAGS.map(({ tag }) => customElements.get(tag));
    // the same entry through the built files: another module instance, other classes, same tags
    await import(BUILT_DEFINE);
    expect(TAGS.map(({ tag }) => customElements.get(tag)), 'the first definitions stay').to.deep.equal(before);
  });
});
