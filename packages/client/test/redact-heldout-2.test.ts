// Redaction on HELD-OUT SET 2 (fixtures/redaction-heldout-2): written by a second hand without reading
// src/redact or the templates of the other corpora, committed after the sealed set 3 and measured ONCE,
// blind, on 2026-11-29 (MEASURED below, rounded down, kept for the record). The rules were then fixed for the
// classes of miss it showed and the floors raised to what they reached (REACHED minus a small margin), so this
// set is a regression set now, no longer blind: the final blind figure is set 3's
// (fixtures/redaction-heldout-3, sealed until the rules were final, then scored once: redact-heldout-3.test.ts).
import { expect } from '@open-wc/testing';
import type { CountryCode } from 'libphonenumber-js/max';
import { findPersonalData } from '../src/redact/index.js';
import { generateHeldout2Corpus, HELDOUT2_LANGUAGES, scoreHeldout2 } from './fixtures/redaction-heldout-2/index.js';
import { passesLuhn, validIban, validPhone } from './fixtures/check-digits.js';

type Figure = { precision: number; recall: number };
/** Measured blind (seed 11292026, 6,000 comments), before any rule was changed for this set. */
const MEASURED: { overall: Figure; byLanguage: Record<string, Figure>; byKind: Record<string, Figure>; byLanguageAndKind: Record<string, Figure> } = {
  overall: { precision: 0.999, recall: 0.954 },
  byLanguage: {
    ar: { precision: 1, recall: 0.961 }, ckb: { precision: 1, recall: 0.962 },
    en: { precision: 0.997, recall: 0.916 }, fr: { precision: 0.999, recall: 0.972 },
  },
  byKind: {
    card: { precision: 1, recall: 0.961 }, email: { precision: 1, recall: 1 }, iban: { precision: 1, recall: 0.945 },
    id: { precision: 0.997, recall: 0.921 }, 'id (passports)': { precision: 1, recall: 0.991 }, phone: { precision: 1, recall: 0.972 },
  },
  byLanguageAndKind: {
    'ar/card': { precision: 1, recall: 0.958 }, 'ar/email': { precision: 1, recall: 1 }, 'ar/iban': { precision: 1, recall: 0.929 },
    'ar/id': { precision: 1, recall: 0.946 }, 'ar/id (passports)': { precision: 1, recall: 1 }, 'ar/phone': { precision: 1, recall: 0.985 },
    'ckb/card': { precision: 1, recall: 0.973 }, 'ckb/email': { precision: 1, recall: 1 }, 'ckb/iban': { precision: 1, recall: 0.945 },
    'ckb/id': { precision: 1, recall: 0.932 }, 'ckb/id (passports)': { precision: 1, recall: 0.995 }, 'ckb/phone': { precision: 1, recall: 0.984 },
    'en/card': { precision: 1, recall: 0.96 }, 'en/email': { precision: 1, recall: 1 }, 'en/iban': { precision: 1, recall: 0.933 },
    'en/id': { precision: 0.992, recall: 0.827 }, 'en/id (passports)': { precision: 1, recall: 1 }, 'en/phone': { precision: 1, recall: 0.957 },
    'fr/card': { precision: 1, recall: 0.955 }, 'fr/email': { precision: 1, recall: 1 }, 'fr/iban': { precision: 1, recall: 0.971 },
    'fr/id': { precision: 0.997, recall: 0.972 }, 'fr/id (passports)': { precision: 1, recall: 0.968 }, 'fr/phone': { precision: 1, recall: 0.964 },
  },
};
/**
 * Reached after the rules were fixed for the classes of miss this set showed (residence-card words, values
 * glued to a word, slash phones, NI numbers, IBANs in any grouping, spaced-dash cards, NIR 2A/2B, kinds by
 * shape): the floors below. From then on this set is a regression set; the blind figure is set 3's.
 */
const REACHED = { precision: 0.999, recall: 0.999, rightKind: 0.999 };
/** Overall, per language and per kind; a language × kind cell has 140–540 items, where one item is ~0.5 %. */
const MARGIN = 0.005;
const CELL_MARGIN = 0.01;

const COUNTRIES: CountryCode[] = ['IQ', 'FR', 'GB', 'US', 'TR', 'DE', 'AE', 'JO', 'SA', 'IR', 'SE', 'NL', 'BE'];

describe('redaction on held-out set 2 (written blind by a second hand, measured once)', function () {
  this.timeout(60000);
  const comments = generateHeldout2Corpus();
  const score = scoreHeldout2(comments, findPersonalData);
  const show = (problems: string[]) => problems.slice(0, 30).join('\n');
  const spans = (slot: string) => comments.flatMap(({ text, personal }) => personal.filter((item) => item.slot === slot).map((item) => text.slice(item.start, item.end)));

  it('is 6,000 comments in en, ar, ckb and fr mixing every kind of personal data with innocent numbers', () => {
    expect(comments.length).to.equal(6000);
    for (const language of HELDOUT2_LANGUAGES) {
      const own = comments.filter((comment) => comment.language === language);
      expect(own.filter((comment) => comment.personal.length === 0).length, `${language} comments without personal data`).to.be.at.least(400);
      for (const slot of ['phone', 'email', 'card', 'iban', 'passport', 'id']) {
        expect(own.filter((comment) => comment.personal.some((item) => item.slot === slot)).length, `${language} ${slot}`).to.be.at.least(100);
      }
    }
    expect(comments.some(({ text }) => /[٠-٩]/.test(text)) && comments.some(({ text }) => /[۰-۹]/.test(text)), 'Arabic-Indic and Persian digits').to.equal(true);
    expect(generateHeldout2Corpus({ perLanguage: 5 })).to.deep.equal(generateHeldout2Corpus({ perLanguage: 5 }));
  });

  it('labels only well-formed data: libphonenumber-js phones, IBAN check digits, Luhn cards, whole values', () => {
    const badPhones = spans('phone').filter((written) => !validPhone(written, COUNTRIES));
    expect(badPhones, badPhones.slice(0, 10).join('\n')).to.deep.equal([]);
    const badIbans = spans('iban').filter((written) => !validIban(written));
    expect(badIbans, badIbans.slice(0, 10).join('\n')).to.deep.equal([]);
    const badCards = spans('card').filter((written) => !passesLuhn(written));
    expect(badCards, badCards.slice(0, 10).join('\n')).to.deep.equal([]);
    const untrimmed = comments.flatMap(({ text, personal }) => personal.map((item) => text.slice(item.start, item.end))).filter((value) => value !== value.trim() || value === '');
    expect(untrimmed).to.deep.equal([]);
  });

  it('keeps precision and recall at the figures reached after the fix, overall, per language, per kind and per language × kind', () => {
    const o = score.overall;
    console.log(`[redaction held-out 2] ${comments.length} comments, ${o.expected} items: precision ${o.precision.toFixed(3)}, recall ${o.recall.toFixed(3)}`
      + ` (blind: ${MEASURED.overall.precision}, ${MEASURED.overall.recall})`);
    expect(o.precision, show(score.problems)).to.be.at.least(REACHED.precision - MARGIN);
    expect(o.recall, show(score.problems)).to.be.at.least(REACHED.recall - MARGIN);
    const groups = [[score.byLanguage, MEASURED.byLanguage, MARGIN], [score.byKind, MEASURED.byKind, MARGIN], [score.byLanguageAndKind, MEASURED.byLanguageAndKind, CELL_MARGIN]] as const;
    for (const [group, measured, margin] of groups) {
      for (const name of Object.keys(measured)) {
        const tally = group[name];
        expect(tally, name).to.not.equal(undefined);
        expect(tally!.precision, `${name} precision\n${show(score.problems)}`).to.be.at.least(REACHED.precision - margin);
        expect(tally!.recall, `${name} recall\n${show(score.problems)}`).to.be.at.least(REACHED.recall - margin);
      }
    }
  });

  it('names the right kind for nearly everything it removes', () => {
    // blind: 5,277 of 5,316 (0.993): Swedish personnummer and 4-4-4 grouped national IDs as phones, calling codes without + as IDs
    expect(score.overall.rightKind / score.overall.truePositives, show(score.problems)).to.be.at.least(REACHED.rightKind - MARGIN);
  });
});
