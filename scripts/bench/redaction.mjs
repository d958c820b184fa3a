// Redaction quality on the generated corpus (packages/client/test/fixtures/redaction-generated), on the
// HELD-OUT corpus (fixtures/redaction-heldout, written without reading the rules) and on held-out set 2
// (fixtures/redaction-heldout-2, written blind by another hand): precision and recall per kind, per
// language and per language × kind, beside the issue's targets. Set 3 (fixtures/redaction-heldout-3) is
// sealed and deliberately NOT scored here.
// `node scripts/bench/redaction.mjs` prints the section alone; `npm run bench` includes it.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const REDACTION_TARGETS = { overall: 0.97, perLanguageAndKind: 0.93 };

/** Bundles the generator and the rules for Node and scores them; `perLanguage` comments per language. */
export async function runRedactionBench(repoRoot, { perLanguage = 1200, heldoutPerLanguage = 1200, heldout2PerLanguage = 1500 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'diwan-redaction-'));
  try {
    const entry = join(dir, 'entry.ts');
    writeFileSync(entry, [
      `export { generateRedactionCorpus, scoreGenerated } from ${JSON.stringify(`${repoRoot}/packages/client/test/fixtures/redaction-generated/index.ts`)};`,
      `export { generateHeldoutCorpus, HELDOUT_SEED } from ${JSON.stringify(`${repoRoot}/packages/client/test/fixtures/redaction-heldout/index.ts`)};`,
      `export { generateHeldout2Corpus, HELDOUT2_SEED } from ${JSON.stringify(`${repoRoot}/packages/client/test/fixtures/redaction-heldout-2/index.ts`)};`,
      `export { redactionCorpus } from ${JSON.stringify(`${repoRoot}/packages/client/test/fixtures/redaction-corpus.ts`)};`,
      `export { scoreCorpus } from ${JSON.stringify(`${repoRoot}/packages/client/test/fixtures/redaction-scoring.ts`)};`,
      `export { findPersonalData } from ${JSON.stringify(`${repoRoot}/packages/client/src/redact/index.ts`)};`,
    ].join('\n'));
    const outfile = join(dir, 'bundle.mjs');
    await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', target: 'node20', outfile, logLevel: 'error', nodePaths: [`${repoRoot}/node_modules`] });
    const {
      generateRedactionCorpus, scoreGenerated, findPersonalData, redactionCorpus, scoreCorpus, generateHeldoutCorpus, HELDOUT_SEED,
      generateHeldout2Corpus, HELDOUT2_SEED,
    } = await import(pathToFileURL(outfile).href);
    const comments = generateRedactionCorpus({ perLanguage });
    const hand = scoreCorpus(Object.values(redactionCorpus).flat());
    const heldoutComments = generateHeldoutCorpus({ perLanguage: heldoutPerLanguage });
    const heldout2Comments = generateHeldout2Corpus({ perLanguage: heldout2PerLanguage });
    return {
      comments: comments.length, score: scoreGenerated(comments, findPersonalData), hand,
      heldout: { comments: heldoutComments.length, seed: HELDOUT_SEED, score: scoreGenerated(heldoutComments, findPersonalData) },
      heldout2: { comments: heldout2Comments.length, seed: HELDOUT2_SEED, score: scoreGenerated(heldout2Comments, findPersonalData) },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pct = (value) => value.toFixed(3);
const mark = (value, floor) => `${pct(value)}${value < floor ? ' ✗' : ''}`;

const line = (cells) => `| ${cells.join(' | ')} |`;
// passports are reported as ID numbers: their precision is the id row's
const rows = (entries, floor) => entries.map(([name, t]) => line([name, t.expected, name.includes('passports') ? '—' : t.found,
  name.includes('passports') ? '(as id)' : mark(t.precision, floor), mark(t.recall, floor), t.truePositives ? `${t.rightKind}/${t.truePositives}` : '']));
const head = [line(['', 'personal items', 'findings', 'precision', 'recall', 'right kind']), line(['---', '---', '---', '---', '---', '---'])];

/** The markdown section for the bench report. */
export function redactionSection({ comments, score, hand }) {
  return [
    `## Redaction — generated corpus (${comments.toLocaleString('en')} comments, en/ar/ckb/fr, fixed seed)`, '',
    `Targets: precision and recall ≥ ${REDACTION_TARGETS.overall} overall, ≥ ${REDACTION_TARGETS.perLanguageAndKind} per language and per kind (✗ marks a miss).`,
    'Precision per kind is by the kind reported, recall by the kind written; passports are ID numbers (`[id-number]`), shown apart too.', '',
    ...head, ...rows([['overall', score.overall]], REDACTION_TARGETS.overall), ...rows(Object.entries(score.byKind), REDACTION_TARGETS.perLanguageAndKind),
    ...rows(Object.entries(score.byLanguage), REDACTION_TARGETS.perLanguageAndKind), '',
    '### Per language × kind', '', ...head, ...rows(Object.entries(score.byLanguageAndKind), REDACTION_TARGETS.perLanguageAndKind), '',
    `Hand-written regression corpus (redaction-corpus.ts, ${hand.lines} comments, ${hand.expected} items): precision ${pct(hand.precision)}, recall ${pct(hand.recall)}, right kind ${hand.rightKind}/${hand.truePositives}.`,
  ].join('\n');
}

/** The held-out corpus's section: the figures that say how the rules do on comments they were not tuned on. */
export function heldoutRedactionSection({ heldout: { comments, seed, score } }) {
  return [
    `## Redaction — HELD-OUT corpus (${comments.toLocaleString('en')} comments, en/ar/ckb/fr, seed ${seed})`, '',
    'Written without reading the rules (packages/client/test/fixtures/redaction-heldout): fresh templates, Arabic-Indic and',
    'Eastern digits, typos, lower-case IBANs, non-ASCII e-mail, libphonenumber-js phones, innocent look-alikes. Same scoring and targets as above.', '',
    ...head, ...rows([['overall', score.overall]], REDACTION_TARGETS.overall), ...rows(Object.entries(score.byKind), REDACTION_TARGETS.perLanguageAndKind),
    ...rows(Object.entries(score.byLanguage), REDACTION_TARGETS.perLanguageAndKind), '',
    '### Held-out, per language × kind', '', ...head, ...rows(Object.entries(score.byLanguageAndKind), REDACTION_TARGETS.perLanguageAndKind),
  ].join('\n');
}

/** Held-out set 2's section: written blind by a second hand, measured once before any rule was fixed on it. */
export function heldout2RedactionSection({ heldout2: { comments, seed, score } }) {
  return [
    `## Redaction — HELD-OUT set 2 (${comments.toLocaleString('en')} comments, en/ar/ckb/fr, seed ${seed})`, '',
    'Written without reading the rules or the other corpora (packages/client/test/fixtures/redaction-heldout-2): 51 templates per',
    'language, Iraqi and diaspora phones (libphonenumber-js), IQ and foreign IBANs, Luhn cards, passports and ID numbers of eight',
    'countries, next to amounts, dates in three calendars, references, receipts and addresses. Same scoring and targets as above.', '',
    ...head, ...rows([['overall', score.overall]], REDACTION_TARGETS.overall), ...rows(Object.entries(score.byKind), REDACTION_TARGETS.perLanguageAndKind),
    ...rows(Object.entries(score.byLanguage), REDACTION_TARGETS.perLanguageAndKind), '',
    '### Held-out set 2, per language × kind', '', ...head, ...rows(Object.entries(score.byLanguageAndKind), REDACTION_TARGETS.perLanguageAndKind),
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const repoRoot = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
  const result = await runRedactionBench(repoRoot);
  console.log(`${redactionSection(result)}\n\n${heldoutRedactionSection(result)}\n\n${heldout2RedactionSection(result)}`);
  const limit = Number(process.env.PROBLEMS ?? 0);
  if (limit) console.log(['', ...result.score.problems.slice(0, limit), ...result.hand.problems.map((problem) => `[hand] ${problem}`)].join('\n'));
  const heldoutLimit = Number(process.env.HELDOUT_PROBLEMS ?? 0);
  if (heldoutLimit) console.log(['', ...result.heldout.score.problems.slice(0, heldoutLimit).map((problem) => `[held-out] ${problem}`)].join('\n'));
  const heldout2Limit = Number(process.env.HELDOUT2_PROBLEMS ?? 0);
  if (heldout2Limit) console.log(['', ...result.heldout2.score.problems.slice(0, heldout2Limit).map((problem) => `[held-out 2] ${problem}`)].join('\n'));
}
