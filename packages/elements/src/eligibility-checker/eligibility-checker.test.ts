// States of <diwan-eligibility-checker>: loading, no check, invalid rules, error with retry, ready.
// The journey, validation, storage, privacy and languages live in the sibling *.test.ts files.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { DiwanError } from '@diwan/client';
import { demoEligibilityRules } from '@diwan/client/demo';
import { EligibilityRules as EligibilityRulesSchema, checkData } from '@diwan/client/schemas';
import fc from 'fast-check';
import { mutate, paths, replacement } from '../../../client/test/fixtures/malformed.js';
import '../define/eligibility-checker.js';
import type { DiwanErrorEvent } from '../shared/events.js';
import { loadLocale } from '../shared/i18n.js';
import { $, headingText, mountChecker, notFound, rulesBackend, untilReady } from './test-support.js';

const disability = demoEligibilityRules.find((rules) => rules.serviceId === 'disability-allowance')!;

describe('<diwan-eligibility-checker> states', () => {
  it('is ready with backend="demo": the first question is the heading, with progress and Continue, and passes axe', async () => {
    const el = mountChecker((checker) => {
      checker.setAttribute('backend', 'demo');
      checker.setAttribute('service', 'disability-allowance');
    });
    await untilReady(el);
    expect(headingText(el)).to.equal('How old are you?');
    expect($(el, '.caption')!.textContent).to.equal('Disability allowance');
    expect($(el, '[part="progress"]')!.textContent).to.equal('Question 1 of up to 5');
    expect($(el, 'label[for="answer"]')!.textContent).to.equal('How old are you?');
    expect($(el, '[part="continue"]')!.textContent!.trim()).to.equal('Continue');
    expect($(el, '[part="back"]'), 'no Back on the first question').to.be.null;
    await expect(el).to.be.accessible();
  });

  it('reserves space with a skeleton while loading', async () => {
    let release: () => void = () => undefined;
    const pending = new Promise<unknown>((resolve) => (release = () => resolve(disability)));
    const el = mountChecker((checker) => {
      checker.backend = rulesBackend(() => pending);
      checker.service = 'disability-allowance';
    });
    await el.updateComplete;
    expect($(el, '.skeleton')!.getAttribute('aria-busy')).to.equal('true');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(200);
    await expect(el).to.be.accessible();
    release();
    await untilReady(el);
    expect($(el, '.skeleton')).to.be.null;
  });

  it('while loading, takes the room of the first question page, so the host page does not jump (390 and 1024 px, en and ar)', async () => {
    try {
      for (const width of [390, 1024]) {
        await setViewport({ width, height: 800 });
        for (const lang of ['en', 'ar']) {
          await loadLocale(lang);
          let release: () => void = () => undefined;
          const pending = new Promise<unknown>((resolve) => (release = () => resolve(disability)));
          const el = mountChecker((checker) => {
            checker.backend = rulesBackend(() => pending);
            checker.service = 'disability-allowance';
          }, lang);
          await el.updateComplete;
          expect($(el, '[part="loading"]'), `${lang} at ${width} px: loading`).to.exist;
          expect($(el, '[part="base"]')!.lang).to.equal(lang);
          const loading = el.getBoundingClientRect().height;
          release();
          await untilReady(el);
          const ready = el.getBoundingClientRect().height;
          expect(loading, `${lang} at ${width} px: loading ${loading} px, first question ${ready} px`).to.be.closeTo(ready, 8);
          el.parentElement!.remove();
          sessionStorage.clear();
        }
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('says plainly when the service has no online check', async () => {
    const el = mountChecker((checker) => {
      checker.setAttribute('backend', 'demo');
      checker.service = 'birth-certificate';
    });
    await waitUntil(() => $(el, '[part="empty"]'));
    expect($(el, '[part="empty"]')!.textContent).to.contain('There is no online eligibility check for this service');
    await expect(el).to.be.accessible();
  });

  it('rejects rules that cannot work: a message for the citizen, the problems for the developer', async () => {
    const broken = { ...disability, outcomes: [{ ...disability.outcomes[0]!, when: { '>=': [{ var: 'agee' }, 18] } }] };
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => void errors.push(message);
    try {
      const el = mountChecker((checker) => {
        checker.backend = rulesBackend(() => Promise.resolve(broken));
        checker.service = 'disability-allowance';
      });
      const event = (await oneEvent(el, 'diwan-error')) as DiwanErrorEvent;
      expect(event.code).to.equal('invalid_response');
      expect(event.message).to.contain('"agee", which is not a question').and.contain('Did you mean "age"?');
      await el.updateComplete;
      expect($(el, '[part="invalid"]')!.getAttribute('role')).to.equal('alert');
      expect($(el, '[part="invalid"]')!.textContent).to.contain('cannot be used at the moment');
      expect(errors.join('\n')).to.contain('outcomes[0].when');
      await expect(el).to.be.accessible();
    } finally {
      console.error = original;
    }
  });

  it('shows an error with a retry that then works, and fires diwan-error', async () => {
    let calls = 0;
    const el = mountChecker((checker) => {
      checker.backend = rulesBackend(() => (++calls === 1 ? Promise.reject(new DiwanError('network', 'offline')) : Promise.resolve(disability)));
      checker.service = 'disability-allowance';
    });
    const event = (await oneEvent(el, 'diwan-error')) as DiwanErrorEvent;
    expect(event.code).to.equal('network');
    await el.updateComplete;
    expect($(el, '[role="alert"]')!.textContent).to.contain('We could not reach the service');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[role="alert"] button')!.click();
    await untilReady(el);
    expect(calls).to.equal(2);
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '.page-heading'), 'focus goes to the question after a retry');
  });

  it('says it is not set up when the service attribute is missing (no retry), with a console hint', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => void warnings.push(message);
    try {
      const el = mountChecker((checker) => checker.setAttribute('backend', 'demo'));
      const event = (await oneEvent(el, 'diwan-error')) as DiwanErrorEvent;
      expect(event.code).to.equal('config');
      await el.updateComplete;
      expect($(el, '[role="alert"]')!.textContent).to.contain('not set up correctly');
      expect($(el, '[role="alert"] button')).to.be.null;
      expect(warnings.join()).to.contain('needs a service attribute');
    } finally {
      console.warn = original;
    }
  });

  it('loads the new service when the service attribute changes', async () => {
    const el = mountChecker((checker) => {
      checker.setAttribute('backend', 'demo');
      checker.service = 'disability-allowance';
    });
    await untilReady(el);
    el.service = 'child-benefit';
    await waitUntil(() => headingText(el) === 'How many children under 18 live with you?');
    expect($(el, '.caption')!.textContent).to.equal('Child benefit');
  });

  it('turns malformed rules from the backend into an error state, never a crash', async function () {
    this.timeout(60_000);
    // truly malformed rules (wrong types, missing fields, hostile, 1 MB and deeply nested values) from an
    // object backend: the boundary parses them; the widget shows its first question or the error
    const sample = JSON.parse(JSON.stringify(disability)) as unknown;
    const allPaths = paths(sample);
    let errors = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(allPaths.length - 1), replacement, async (index, value) => {
        const rules = mutate(sample, allPaths[index]!, value);
        sessionStorage.clear();
        const el = mountChecker((checker) => {
          checker.backend = rulesBackend(() => Promise.resolve(rules));
          checker.service = 'disability-allowance';
        });
        const ends = '.page-heading, [role="alert"], [part~="invalid"], [part~="empty"], [part~="result"]';
        await waitUntil(() => $(el, ends), 'a question, the result, or a message why not');
        if ($(el, '[role="alert"]')) {
          // the boundary's invalid_response, or (rules that fit the schema but fail to evaluate) another error
          errors += 1;
        } else {
          // rules that fit the schema: asked, or refused by the rules' own checks (part="invalid")
          expect(checkData(EligibilityRulesSchema, rules).success, `rules used fit the schema (at ${allPaths[index]!.join('.')})`).to.equal(true);
        }
        el.remove();
      }),
      { numRuns: 15 },
    );
    expect(errors, 'malformed rules shown as an error').to.be.greaterThan(0);
  });

  it('renders hostile rule text as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned = true">';
    const rules = { ...disability, questions: [{ ...disability.questions[0]!, label: hostile, hint: '<script>window.__pwned = true</script>' }, ...disability.questions.slice(1)] };
    const el = mountChecker((checker) => {
      checker.backend = rulesBackend(() => Promise.resolve(rules), { name: hostile });
      checker.service = 'disability-allowance';
    });
    await untilReady(el);
    expect(headingText(el)).to.equal(hostile);
    expect(el.shadowRoot!.querySelector('img, script')).to.be.null;
    expect((window as { __pwned?: boolean }).__pwned).to.be.undefined;
  });

  it('handles a backend that says the service has no rules', async () => {
    const el = mountChecker((checker) => {
      checker.backend = rulesBackend(notFound);
      checker.service = 'anything';
    });
    await waitUntil(() => $(el, '[part="empty"]'));
  });
});
