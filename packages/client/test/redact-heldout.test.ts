// Redaction on HELD-OUT data: fixtures/redaction-heldout was written without reading the rules in
// src/redact or the templates of fixtures/redaction-generated (fresh templates and value shapes, fixed
// seed). Measured blind, before anyone looked at the rules (BLIND below), it was below the targets.
// The rules were then fixed for what it found, so the figures asserted now (MEASURED, minus a small
// margin) are NO LONGER held-out: they stop a regression, they do not prove generalisation. A fresh
// template set written by someone who has not read src/redact is the next honest measurement.
// Raise the floors when the rules improve; never lower them to make a change pass.
import { expect } from '@open-wc/testing';
import type { CountryCode } from 'libphonenumber-js/max';
import { findPersonalData } from '../src/redact/index.js';
import { generateHeldoutCorpus, HELDOUT_LANGUAGES, scoreHeldout } from './fixtures/redaction-heldout/index.js';
import { passesLuhn, validIban, validPhone } from './fixtures/check-digits.js';

/** Measured on the held-out corpus (seed 7349, 4,800 comments) before any rule was changed after it. */
const BLIND = {
  overall: { precision: 0.988, recall: 0.890 },
  byLanguage: {
    ar: { precision: 0.987, recall: 0.915 }, ckb: { precision: 0.982, recall: 0.901 },
    en: { precision: 0.993, recall: 0.867 }, fr: { precision: 0.989, recall: 0.878 },
  },
  byKind: {
    card: { precision: 1, recall: 0.811 }, email: { precision: 1, recall: 1 }, iban: { precision: 1, recall: 0.874 },
    id: { precision: 0.958, recall: 0.763 }, 'id (passports)': { precision: 1, recall: 0.636 }, phone: { precision: 0.996, recall: 1 },
  },
} as const;

/** Measured after the rules were fixed for what the held-out corpus found (no longer held-out). */
const MEASURED = {
  overall: { precision: 0.999, recall: 1 },
  byLanguage: {
    ar: { precision: 1, recall: 1 }, ckb: { precision: 1, recall: 1 },
    en: { precision: 0.997, recall: 1 }, fr: { precision: 1, recall: 1 },
  },
  byKind: {
    card: { precision: 1, recall: 1 }, email: { precision: 1, recall: 1 }, iban: { precision: 1, recall: 1 },
    id: { precision: 0.997, recall: 1 }, 'id (passports)': { precision: 1, recall: 1 }, phone: { precision: 1, recall: 1 },
  },
} as const;
const MARGIN = 0.01;

const FOREIGN: CountryCode[] = ['FR', 'GB', 'US', 'TR', 'DE', 'AE', 'JO', 'SA', 'IR', 'SE'];

describe('redaction on the held-out corpus (written blind; the rules were fixed on it since)', function () {
  this.timeout(60000);
  const comments = generateHeldoutCorpus();
  const score = scoreHeldout(comments, findPersonalData);
  const show = (problems: string[]) => problems.slice(0, 30).join('\n');
  const spans = (slot: string) => comments.flatMap(({ text, personal }) => personal.filter((item) => item.slot === slot).map((item) => text.slice(item.start, item.end)));

  it('is thousands of comments in en, ar, ckb and fr, mixing personal data with innocent look-alikes', () => {
    expect(comments.length).to.be.at.least(4000);
    for (const language of HELDOUT_LANGUAGES) {
      const own = comments.filter((comment) => comment.language === language);
      expect(own.filter((comment) => comment.personal.length === 0).length, `${language} comments without personal data`).to.be.at.least(300);
      for (const slot of ['phone', 'email', 'card', 'iban', 'passport', 'id']) {
        expect(own.filter((comment) => comment.personal.some((item) => item.slot === slot)).length, `${language} ${slot}`).to.be.at.least(90);
      }
    }
    expect(comments.some(({ text }) => /[٠-٩]/.test(text)) && comments.some(({ text }) => /[۰-۹]/.test(text)), 'Arabic-Indic and Eastern digits').to.equal(true);
    expect(generateHeldoutCorpus({ perLanguage: 5 })).to.deep.equal(generateHeldoutCorpus({ perLanguage: 5 }));
  });

  it('labels only well-formed data: libphonenumber-js phones, IBAN check digits, Luhn cards', () => {
    const badPhones = spans('phone').filter((written) => !validPhone(written, FOREIGN));
    expect(badPhones, badPhones.slice(0, 10).join('\n')).to.deep.equal([]);
    const badIbans = spans('iban').filter((written) => !validIban(written));
    expect(badIbans, badIbans.slice(0, 10).join('\n')).to.deep.equal([]);
    const badCards = spans('card').filter((written) => !passesLuhn(written));
    expect(badCards, badCards.slice(0, 10).join('\n')).to.deep.equal([]);
  });

  it('keeps precision and recall at least at today\'s figures, overall, per language and per kind', () => {
    const o = score.overall;
    console.log(`[redaction held-out] ${comments.length} comments, ${o.expected} items: precision ${o.precision.toFixed(3)}, recall ${o.recall.toFixed(3)}`
      + ` (blind, before the rules were fixed on it: ${BLIND.overall.precision}, ${BLIND.overall.recall})`);
    expect(o.precision, show(score.problems)).to.be.at.least(MEASURED.overall.precision - MARGIN);
    expect(o.recall, show(score.problems)).to.be.at.least(MEASURED.overall.recall - MARGIN);
    for (const [group, measured] of [[score.byLanguage, MEASURED.byLanguage], [score.byKind, MEASURED.byKind]] as const) {
      for (const [name, floor] of Object.entries(measured)) {
        const tally = group[name];
        expect(tally, name).to.not.equal(undefined);
        expect(tally!.precision, `${name} precision\n${show(score.problems)}`).to.be.at.least(floor.precision - MARGIN);
        expect(tally!.recall, `${name} recall\n${show(score.problems)}`).to.be.at.least(floor.recall - MARGIN);
      }
    }
  });

  it('names the right kind for nearly everything it removes', () => {
    expect(score.overall.rightKind / score.overall.truePositives, show(score.problems)).to.be.at.least(0.99);
  });
});
