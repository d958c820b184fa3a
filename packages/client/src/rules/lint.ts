// Checks a rules document can work before anyone answers a question: unique ids, possible bounds,
// known operators, and conditions that only read the document's own questions with values they can have.
import type { EligibilityRules, Question } from '../schemas/eligibility.js';
import { SUPPORTED_OPERATORS, isLogic, operandsOf, operatorOf } from './logic.js';

/** One thing wrong with a rules document, with where it is (`outcomes[2].when.and[0]`). */
export interface RuleProblem {
  /** `error`: the rules are rejected. `warning`: they load, but something looks wrong. */
  severity: 'error' | 'warning';
  path: string;
  message: string;
}

/** What a comparison between a question and a literal value reads (for type and option checks). */
export interface VariableUse {
  questionId: string;
  /** True when the answer is used only as a direct operand next to literals (exactly analysable). */
  direct: boolean;
  /** Literal values it is compared with. */
  literals: unknown[];
}

const COMPARISONS = new Set(['==', '===', '!=', '!==', '<', '<=', '>', '>=']);
const TRUTH_TESTS = new Set(['!', '!!']);
const NOT_FOR_RULES: Readonly<Record<string, string>> = {
  missing: 'every question is asked when it matters, so "missing" has nothing to report',
  missing_some: 'every question is asked when it matters, so "missing_some" has nothing to report',
  log: '"log" writes to the console, which rules must not do',
};
const MAX_ARITY: Readonly<Record<string, [number, number]>> = {
  '==': [2, 2], '===': [2, 2], '!=': [2, 2], '!==': [2, 2], '>': [2, 2], '>=': [2, 2], '<': [2, 3], '<=': [2, 3],
  '!': [1, 1], '!!': [1, 1], '%': [2, 2], '/': [2, 2], '-': [1, 2], in: [2, 2], '*': [1, Infinity], var: [1, 2],
  all: [2, 2], some: [2, 2], none: [2, 2], filter: [2, 2], map: [2, 2], reduce: [2, 3],
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Levenshtein distance, for "did you mean …?" on a misspelt question id. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

function suggestion(name: string, ids: readonly string[]): string {
  const closest = ids
    .map((id) => ({ id, score: distance(name, id) }))
    .filter(({ score }) => score <= Math.max(2, Math.floor(name.length / 3)))
    .sort((a, b) => a.score - b.score)[0];
  return closest ? ` Did you mean "${closest.id}"?` : ` The questions are: ${ids.join(', ')}.`;
}

const describe = (value: unknown) => JSON.stringify(value);

function readsQuestion(logic: unknown): string | undefined {
  if (!isLogic(logic) || operatorOf(logic) !== 'var') return undefined;
  const name = operandsOf(logic)[0];
  return typeof name === 'string' ? name : undefined;
}

/** Whether a literal is a value this question's answer can be compared with meaningfully. */
function literalProblem(question: Question, literal: unknown, operator: string): string | undefined {
  const isArray = Array.isArray(literal);
  if (literal === null || isLogic(literal) || isArray) return undefined;
  switch (question.type) {
    case 'boolean':
      return typeof literal === 'boolean' ? undefined : `is a yes/no question, compared with ${describe(literal)}; use true or false.`;
    case 'number':
      return typeof literal === 'number' ? undefined : `is a number question, compared with ${describe(literal)}; use a number.`;
    case 'date':
      return typeof literal === 'string' && ISO_DATE.test(literal)
        ? undefined
        : `is a date question, compared with ${describe(literal)}; use an ISO date such as "2008-01-01".`;
    case 'choice':
    case 'multi-choice': {
      if (COMPARISONS.has(operator) && question.type === 'multi-choice') {
        return `is a multiple-choice question (its answer is a list); test one option with {"in": ["option", {"var": "${question.id}"}]}.`;
      }
      const values = question.options.map((option) => option.value);
      return typeof literal === 'string' && values.includes(literal)
        ? undefined
        : `is compared with ${describe(literal)}, which is not one of its options (${values.join(', ')}).`;
    }
  }
}

interface Walk {
  questions: ReadonlyMap<string, Question>;
  problems: RuleProblem[];
  uses: Map<string, VariableUse>;
}

function use(walk: Walk, questionId: string, direct: boolean, literals: unknown[]): void {
  const entry = walk.uses.get(questionId) ?? { questionId, direct: true, literals: [] };
  entry.direct &&= direct;
  entry.literals.push(...literals);
  walk.uses.set(questionId, entry);
}

function walkLogic(logic: unknown, path: string, walk: Walk, scoped: boolean, parentOperator?: string): void {
  if (Array.isArray(logic)) {
    logic.forEach((item, index) => walkLogic(item, `${path}[${index}]`, walk, scoped, parentOperator));
    return;
  }
  if (typeof logic !== 'object' || logic === null) return;
  if (!isLogic(logic)) {
    walk.problems.push({ severity: 'error', path, message: `${describe(logic)} is neither a value nor an operation: an operation is an object with exactly one key, such as {"==": [{"var": "age"}, 18]}.` });
    return;
  }
  const operator = operatorOf(logic);
  const operands = operandsOf(logic);
  const here = `${path}.${operator}`;
  if (NOT_FOR_RULES[operator]) {
    walk.problems.push({ severity: 'error', path: here, message: `"${operator}" cannot be used in eligibility rules: ${NOT_FOR_RULES[operator]}.` });
    return;
  }
  if (!SUPPORTED_OPERATORS.has(operator)) {
    walk.problems.push({ severity: 'error', path: here, message: `Unknown operator "${operator}". Supported: ${[...SUPPORTED_OPERATORS].sort().join(' ')}.` });
    return;
  }
  const arity = MAX_ARITY[operator];
  if (arity && (operands.length < arity[0] || operands.length > arity[1])) {
    const expected = arity[0] === arity[1] ? `${arity[0]}` : arity[1] === Infinity ? `at least ${arity[0]}` : `${arity[0]} or ${arity[1]}`;
    walk.problems.push({ severity: 'error', path: here, message: `"${operator}" takes ${expected} operand(s), not ${operands.length}.` });
  }
  if (operator === 'var') {
    if (scoped) return; // inside some/all/map…, var reads the current item
    const name = operands[0];
    if (typeof name !== 'string' || name === '') {
      walk.problems.push({ severity: 'error', path: here, message: `"var" must name a question with a plain string, not ${describe(name)}.` });
      return;
    }
    if (!walk.questions.has(name)) {
      const ids = [...walk.questions.keys()];
      walk.problems.push({ severity: 'error', path: here, message: `Refers to "${name}", which is not a question of these rules.${suggestion(name, ids)}` });
      return;
    }
    const direct = parentOperator !== undefined && (COMPARISONS.has(parentOperator) || TRUTH_TESTS.has(parentOperator) || parentOperator === 'in' || parentOperator === 'and' || parentOperator === 'or');
    use(walk, name, direct, []);
    return;
  }
  if (COMPARISONS.has(operator) || operator === 'in') checkComparison(operator, operands, here, walk, scoped);
  operands.forEach((operand, index) => {
    // the second operand of some/all/map… runs once per item, reading the item
    const inItem = scoped || (index >= 1 && ['all', 'some', 'none', 'filter', 'map', 'reduce'].includes(operator));
    walkLogic(operand, `${here}[${index}]`, walk, inItem, operator);
  });
}

function checkComparison(operator: string, operands: unknown[], path: string, walk: Walk, scoped: boolean): void {
  if (scoped) return;
  operands.forEach((operand, index) => {
    const id = readsQuestion(operand);
    const question = id === undefined ? undefined : walk.questions.get(id);
    if (!question) return;
    const others = operands.filter((_, other) => other !== index);
    if (operator === 'in') {
      // {"in": ["option", {"var": "multi"}]}: the option must exist; {"in": [{"var": "choice"}, ["a", "b"]]} likewise
      const literals = index === 1 ? [operands[0]] : Array.isArray(operands[1]) ? operands[1] : [];
      for (const literal of literals) {
        const problem = typeof literal === 'string' && (question.type === 'choice' || question.type === 'multi-choice')
          ? literalProblem(question, literal, 'in') : undefined;
        if (problem) walk.problems.push({ severity: 'error', path, message: `"${id}" ${problem}` });
      }
      use(walk, question.id, true, literals);
      return;
    }
    const literals = others.filter((other) => !isLogic(other) && !Array.isArray(other));
    for (const literal of literals) {
      const problem = literalProblem(question, literal, operator);
      if (problem) walk.problems.push({ severity: 'error', path, message: `"${id}" ${problem}` });
    }
    use(walk, question.id, literals.length === others.length, literals);
  });
}

function duplicates(values: readonly string[]): string[] {
  return [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
}

function checkQuestion(question: Question, path: string, problems: RuleProblem[]): void {
  const error = (message: string) => problems.push({ severity: 'error', path, message: `Question "${question.id}": ${message}` });
  if (question.type === 'number' || question.type === 'date') {
    if (question.min !== undefined && question.max !== undefined && question.min > question.max) {
      error(`min (${question.min}) is greater than max (${question.max}), so no answer is possible.`);
    }
  }
  if (question.type === 'choice' || question.type === 'multi-choice') {
    for (const value of duplicates(question.options.map((option) => option.value))) error(`the option value "${value}" is used twice.`);
  }
}

/** Structural checks: ids, bounds, operators, references and compared values. Returns the variable uses too. */
export function lintRules(rules: EligibilityRules): { problems: RuleProblem[]; uses: Map<string, VariableUse> } {
  const problems: RuleProblem[] = [];
  for (const id of duplicates(rules.questions.map((question) => question.id))) {
    problems.push({ severity: 'error', path: 'questions', message: `The question id "${id}" is used twice.` });
  }
  for (const id of duplicates(rules.outcomes.map((outcome) => outcome.id))) {
    problems.push({ severity: 'error', path: 'outcomes', message: `The outcome id "${id}" is used twice.` });
  }
  rules.questions.forEach((question, index) => checkQuestion(question, `questions[${index}]`, problems));
  const walk: Walk = { questions: new Map(rules.questions.map((question) => [question.id, question])), problems, uses: new Map() };
  rules.outcomes.forEach((outcome, index) => walkLogic(outcome.when, `outcomes[${index}].when`, walk, false));
  const used = new Set(walk.uses.keys());
  rules.questions.forEach((question, index) => {
    if (!used.has(question.id)) {
      problems.push({ severity: 'warning', path: `questions[${index}]`, message: `Question "${question.id}" is never used by an outcome, so it is never asked.` });
    }
  });
  return { problems, uses: walk.uses };
}
