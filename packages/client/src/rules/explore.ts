// Explores every kind of answer a rules document can get, to find outcomes that can never be reached
// and answers for which no outcome applies. Each question gets a finite set of candidate answers, one
// per region its conditions can tell apart (each threshold, just below and above it, between two
// thresholds, the bounds); the search follows the journey, so answers that cannot matter are skipped.
// The candidates are exact when a number or date is only compared with literal values; otherwise
// (arithmetic, comparisons between answers) the search is a thorough sample and says so.
import type { EligibilityRules, Question } from '../schemas/eligibility.js';
import { decide } from './engine.js';
import { evaluateLogic, isLogic, operandsOf, truthOf, type AnswerValue, type Answers } from './logic.js';
import type { VariableUse } from './lint.js';

export interface Domain {
  values: AnswerValue[];
  /** True when these values stand for every answer the question allows, as far as the rules can tell. */
  exact: boolean;
}

export interface Exploration {
  /** True when every region of the answer space was visited with exact domains. */
  exhaustive: boolean;
  /** A set of answers (the ones that matter) reaching each outcome that can be reached. */
  reached: Map<string, Answers>;
  /** Answers for which no outcome applies, whatever the other answers are. */
  gap?: Answers;
}

/** The most partial answer sets the search visits before it settles for a sample. */
const SEARCH_BUDGET = 50_000;
const MAX_SUBSET_OPTIONS = 8;

const round = (value: number) => Math.round(value * 1e9) / 1e9;
const unique = <T>(values: T[]) => [...new Set(values)];

function numberValues(question: Extract<Question, { type: 'number' }>, thresholds: number[]): number[] {
  const { min, max, step } = question;
  const inBounds = (value: number) => (min === undefined || value >= min) && (max === undefined || value <= max);
  let values: number[];
  if (step !== undefined) {
    const base = min ?? 0;
    const below = (x: number) => base + Math.floor((x - base) / step + 1e-9) * step;
    const above = (x: number) => base + Math.ceil((x - base) / step - 1e-9) * step;
    // the grid points at, just below and just above each threshold cover every region between them
    values = thresholds.flatMap((c) => [below(c), above(c), below(c) - step, above(c) + step]);
    values.push(base);
    if (max !== undefined) values.push(below(max));
  } else {
    const points = unique([...thresholds, ...(min === undefined ? [] : [min]), ...(max === undefined ? [] : [max])]).sort((a, b) => a - b);
    values = [...points];
    for (let i = 1; i < points.length; i++) values.push((points[i - 1]! + points[i]!) / 2);
    if (!points.length) values.push(0);
    else {
      if (min === undefined) values.push(points[0]! - 1);
      if (max === undefined) values.push(points[points.length - 1]! + 1);
    }
  }
  return unique(values.map(round).filter(inBounds)).sort((a, b) => a - b);
}

function shiftDay(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

function dateValues(question: Extract<Question, { type: 'date' }>, thresholds: string[]): string[] {
  const { min, max } = question;
  const values = thresholds.flatMap((c) => [shiftDay(c, -1), c, shiftDay(c, 1)]);
  if (min) values.push(min);
  if (max) values.push(max);
  if (!values.length) values.push('2000-01-01');
  return unique(values).filter((value) => (!min || value >= min) && (!max || value <= max)).sort();
}

function subsets(values: readonly string[]): string[][] {
  return values.reduce<string[][]>((all, value) => all.concat(all.map((subset) => [...subset, value])), [[]]);
}

/** Every numeric or string literal in the conditions (candidates for answers used in arithmetic). */
function literalsIn(logic: unknown, into: unknown[] = []): unknown[] {
  if (Array.isArray(logic)) for (const item of logic) literalsIn(item, into);
  else if (isLogic(logic)) for (const operand of operandsOf(logic)) literalsIn(operand, into);
  else if (typeof logic === 'number' || typeof logic === 'string') into.push(logic);
  return into;
}

/** The candidate answers for one question. */
export function domainFor(question: Question, use: VariableUse | undefined, rules: EligibilityRules): Domain {
  switch (question.type) {
    case 'boolean':
      return { values: [true, false], exact: true };
    case 'choice':
      return { values: question.options.map((option) => option.value), exact: true };
    case 'multi-choice': {
      const values = question.options.map((option) => option.value);
      if (values.length <= MAX_SUBSET_OPTIONS) return { values: subsets(values), exact: true };
      return { values: [[], ...values.map((value) => [value]), values], exact: false };
    }
    default: {
      const direct = use?.direct ?? true;
      const literals = direct ? use?.literals ?? [] : rules.outcomes.flatMap((outcome) => literalsIn(outcome.when));
      if (question.type === 'number') {
        const thresholds = literals.filter((value): value is number => typeof value === 'number' && Number.isFinite(value));
        return { values: numberValues(question, thresholds), exact: direct };
      }
      const thresholds = literals.filter((value): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value));
      return { values: dateValues(question, thresholds), exact: direct };
    }
  }
}

/** Searches the answer space along the journey: which outcomes are reached, and is there a gap? */
export function explore(rules: EligibilityRules, domains: ReadonlyMap<string, Domain>): Exploration {
  const reached = new Map<string, Answers>();
  let gap: Answers | undefined;
  let visited = 0;
  let complete = true;
  const visit = (given: Record<string, AnswerValue>): void => {
    if (++visited > SEARCH_BUDGET) {
      complete = false;
      return;
    }
    const decision = decide(rules, given);
    if (decision.status === 'decided') {
      if (!reached.has(decision.outcome!.id)) reached.set(decision.outcome!.id, { ...given });
      return;
    }
    if (decision.status === 'no-outcome') {
      gap ??= { ...given };
      return;
    }
    const id = decision.pending[0]!;
    for (const value of domains.get(id)?.values ?? []) {
      visit({ ...given, [id]: value });
      if (!complete) return;
    }
  };
  visit({});
  const exact = [...domains.values()].every((domain) => domain.exact);
  return { exhaustive: complete && exact, reached, gap };
}

/** Answers (within the domains) that make one condition true, if the search finds any. */
export function findWitness(logic: unknown, rules: EligibilityRules, domains: ReadonlyMap<string, Domain>): Answers | undefined {
  let visited = 0;
  const visit = (given: Record<string, AnswerValue>): Answers | undefined => {
    if (++visited > SEARCH_BUDGET) return undefined;
    const value = evaluateLogic(logic, given);
    const truth = truthOf(value);
    if (truth === true) return given;
    if (truth === false) return undefined;
    const next = rules.questions.find((question) => !Object.hasOwn(given, question.id) && (value as { needs: ReadonlySet<string> }).needs.has(question.id));
    if (!next) return undefined;
    for (const candidate of domains.get(next.id)?.values ?? []) {
      const found = visit({ ...given, [next.id]: candidate });
      if (found) return found;
    }
    return undefined;
  };
  return visit({});
}
