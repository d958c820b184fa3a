// Redaction measured on the corpus (≥150 comments in en/ar/ckb/fr with personal data and look-alikes).
// The thresholds are behaviour targets: fewer than 95 % of personal data removed, or more than 5 % of
// what is removed being innocent numbers, is a privacy or usefulness bug.
import { expect } from '@open-wc/testing';
import { redactionCorpus } from './fixtures/redaction-corpus.js';
import { scoreCorpus } from './fixtures/redaction-scoring.js';

describe('redaction on the multilingual corpus', () => {
  const lines = Object.values(redactionCorpus).flat();

  it('has at least 150 lines, in all four languages, with personal data and look-alikes', () => {
    expect(lines.length).to.be.at.least(150);
    for (const [language, languageLines] of Object.entries(redactionCorpus)) {
      expect(languageLines.length, language).to.be.at.least(35);
      expect(languageLines.filter((line) => line.includes('{')).length, `${language} lines with personal data`).to.be.at.least(10);
      expect(languageLines.filter((line) => !line.includes('{')).length, `${language} look-alike lines`).to.be.at.least(15);
    }
  });

  it('reaches precision and recall of at least 0.95 overall and in each language', () => {
    const overall = scoreCorpus(lines);
    // printed for the closing note
    console.log(`[redaction] ${overall.lines} lines, ${overall.expected} items: precision ${overall.precision.toFixed(3)}, recall ${overall.recall.toFixed(3)}, right kind ${overall.rightKind}/${overall.truePositives}`);
    expect(overall.precision, overall.problems.join('\n')).to.be.at.least(0.95);
    expect(overall.recall, overall.problems.join('\n')).to.be.at.least(0.95);
    for (const [language, languageLines] of Object.entries(redactionCorpus)) {
      const score = scoreCorpus(languageLines);
      expect(score.precision, `${language}: ${score.problems.join('\n')}`).to.be.at.least(0.9);
      expect(score.recall, `${language}: ${score.problems.join('\n')}`).to.be.at.least(0.9);
    }
  });

  it('names the right kind for nearly everything it removes (the widget tells the citizen what went)', () => {
    const overall = scoreCorpus(lines);
    expect(overall.rightKind / overall.truePositives, overall.problems.join('\n')).to.be.at.least(0.95);
  });
});
