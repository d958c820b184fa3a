// Redaction on HELD-OUT SET 3 (fixtures/redaction-heldout-3): written blind together with set 2, sealed
// while the rules were fixed on set 2, and scored ONCE on 2026-11-29 after the rules were final — the final
// blind figure of issue 12 §3 (BLIND below, rounded down, kept for the record). Two classes of miss it showed were
// then fixed with examples of our own (never its templates or misses); the floors are what that reached (REACHED):
// a rule change may move these figures up, never below them.
import { expect } from '@open-wc/testing';
import { findPersonalData } from '../src/redact/index.js';
import { scoreGenerated } from './fixtures/redaction-generated/index.js';
import { generateHeldout3Corpus } from './fixtures/redaction-heldout-3/index.js';

type Figure = { precision: number; recall: number };
/** Scored once, blind (seed 29112026, 6,000 comments). Targets: ≥ 0.97 overall, ≥ 0.93 per language and per kind. */
const BLIND: { overall: Figure & { rightKind: number }; byLanguage: Record<string, Figure>; byKind: Record<string, Figure> } = {
  overall: { precision: 0.999, recall: 0.981, rightKind: 0.994 },
  byLanguage: {
    ar: { precision: 1, recall: 0.976 }, ckb: { precision: 0.997, recall: 0.978 },
    en: { precision: 1, recall: 0.97 }, fr: { precision: 1, recall: 1 },
  },
  byKind: {
    card: { precision: 1, recall: 1 }, email: { precision: 1, recall: 1 }, iban: { precision: 1, recall: 1 },
    id: { precision: 0.998, recall: 0.953 }, phone: { precision: 1, recall: 0.999 },
  },
};
/**
 * Reached after the two classes of miss the blind score showed were fixed with examples of our own (redact-rules.test.ts:
 * every number of a list one passport or ID word introduces; twelve digits after a card word are the national card),
 * without reading this set's templates or misses: the floors from then on (rounded down).
 */
const REACHED: typeof BLIND = {
  overall: { precision: 0.999, recall: 0.998, rightKind: 0.999 },
  byLanguage: {
    ar: { precision: 1, recall: 0.999 }, ckb: { precision: 0.997, recall: 0.994 },
    en: { precision: 1, recall: 0.998 }, fr: { precision: 1, recall: 1 },
  },
  byKind: {
    card: { precision: 1, recall: 1 }, email: { precision: 1, recall: 1 }, iban: { precision: 1, recall: 1 },
    id: { precision: 0.998, recall: 0.995 }, phone: { precision: 1, recall: 0.999 },
  },
};
/** One item in a language is ≈ 0.07 %, in a kind 0.05–0.2 %: a few items of slack, no more. */
const MARGIN = 0.003;

describe('redaction on held-out set 3 (written blind, scored once after the rules were final)', function () {
  this.timeout(60000);
  const comments = generateHeldout3Corpus();
  const score = scoreGenerated(comments, findPersonalData);
  const show = (problems: string[]) => problems.slice(0, 30).join('\n');

  it('is 6,000 comments, the same every time', () => {
    expect(comments.length).to.equal(6000);
    expect(generateHeldout3Corpus({ perLanguage: 5 })).to.deep.equal(generateHeldout3Corpus({ perLanguage: 5 }));
  });

  it('keeps precision and recall at least at the figures reached after the blind score, overall, per language and per kind', () => {
    const o = score.overall;
    console.log(`[redaction held-out 3] ${comments.length} comments, ${o.expected} items: precision ${o.precision.toFixed(3)}, recall ${o.recall.toFixed(3)} (blind: ${BLIND.overall.precision}, ${BLIND.overall.recall})`);
    expect(o.precision, show(score.problems)).to.be.at.least(REACHED.overall.precision - MARGIN);
    expect(o.recall, show(score.problems)).to.be.at.least(REACHED.overall.recall - MARGIN);
    expect(o.rightKind / o.truePositives, show(score.problems)).to.be.at.least(REACHED.overall.rightKind - MARGIN);
    for (const [group, blind] of [[score.byLanguage, REACHED.byLanguage], [score.byKind, REACHED.byKind]] as const) {
      for (const [name, figure] of Object.entries(blind)) {
        const tally = group[name];
        expect(tally, name).to.not.equal(undefined);
        expect(tally!.precision, `${name} precision\n${show(score.problems)}`).to.be.at.least(figure.precision - MARGIN);
        expect(tally!.recall, `${name} recall\n${show(score.problems)}`).to.be.at.least(figure.recall - MARGIN);
      }
    }
  });
});
