// SCRATCH (helper, to delete): measure loading vs ready heights of the four widgets.
import { waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { demoEligibilityRules, demoCatalogue } from '@diwan/client/demo';
import type { DiwanBackend } from '@diwan/client';
import '../define/request-tracker.js';
import '../define/eligibility-checker.js';
import '../define/service-catalogue.js';
import '../define/feedback.js';
import { DiwanRequestTracker } from './request-tracker.js';
import { DiwanFeedback } from '../feedback/feedback.js';
import { loadLocale } from '../shared/i18n.js';
import { trackerBackend, sampleRecord } from './test-support.js';
import { rulesBackend } from '../eligibility-checker/test-support.js';
import { deferredBackend, sampleCatalogue } from '../service-catalogue/test-support.js';
import { recordingBackend, isolatedOutbox } from '../feedback/test-support.js';

let gate: Promise<void> = Promise.resolve();
class HeldTracker extends DiwanRequestTracker {
  protected override resolveBackend(): Promise<DiwanBackend> { return gate.then(() => super.resolveBackend()); }
}
customElements.define('held-tracker', HeldTracker);
class HeldFeedback extends DiwanFeedback {
  protected override resolveBackend(): Promise<DiwanBackend> { return gate.then(() => super.resolveBackend()); }
}
customElements.define('held-feedback', HeldFeedback);

const h = (el: Element) => Math.round(el.getBoundingClientRect().height * 10) / 10;
const out: string[] = [];
function mount(tag: string, lang: string, setup: (el: any) => void) {
  const c = document.createElement('div'); c.lang = lang; document.body.append(c);
  const el = document.createElement(tag); setup(el); c.append(el); return { c, el: el as any };
}
const frame = () => new Promise((r) => setTimeout(r, 50));

describe('scratch', () => {
  for (const width of [390, 1024]) for (const lang of ['en', 'ar']) {
    it(`measures ${width} ${lang}`, async () => {
      await setViewport({ width, height: 900 });
      await loadLocale(lang);
      // tracker
      let open!: () => void; gate = new Promise((r) => (open = r));
      let m = mount('held-tracker', lang, (el) => (el.backend = trackerBackend(async () => sampleRecord())));
      await m.el.updateComplete; await frame();
      const tl = h(m.el); open();
      await waitUntil(() => m.el.shadowRoot.querySelector('#reference')); await frame();
      out.push(`tracker ${width} ${lang}: loading ${tl} ready ${h(m.el)}`); m.c.remove();
      // checker for each rules
      for (const rules of demoEligibilityRules) {
        let rel!: () => void; const pending = new Promise((r) => (rel = () => r(rules)));
        m = mount('diwan-eligibility-checker', lang, (el) => { el.backend = rulesBackend(() => pending, { name: rules.serviceId }); el.service = rules.serviceId; });
        await m.el.updateComplete; await frame();
        const cl = h(m.el); rel();
        await waitUntil(() => m.el.shadowRoot.querySelector('.page-heading')); await frame();
        out.push(`checker ${rules.serviceId} ${rules.questions[0]?.type} ${width} ${lang}: loading ${cl} ready ${h(m.el)}`); m.c.remove();
        sessionStorage.clear();
      }
      // catalogue
      const d = deferredBackend();
      m = mount('diwan-service-catalogue', lang, (el) => (el.backend = d.backend));
      await m.el.updateComplete; await frame();
      const kl = h(m.el); d.release(sampleCatalogue);
      await waitUntil(() => m.el.shadowRoot.querySelector('.item-button')); await frame();
      out.push(`catalogue ${width} ${lang}: loading ${kl} ready ${h(m.el)}`); m.c.remove();
      // feedback
      gate = new Promise((r) => (open = r));
      m = mount('held-feedback', lang, (el) => { el.outbox = isolatedOutbox(); el.backend = recordingBackend().backend; });
      await m.el.updateComplete; await frame();
      const fl = h(m.el); open();
      await waitUntil(() => m.el.shadowRoot.querySelector('[part="yes-button"]')); await frame();
      out.push(`feedback ${width} ${lang}: loading ${fl} ready ${h(m.el)}`); m.c.remove();
    });
  }
  after(() => console.log('\n' + out.join('\n')));
});
