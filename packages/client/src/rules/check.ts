// Loading a rules document: the schema, then the checks a ministry developer can act on. Rules that
// cannot work are rejected with every problem found, each with where it is and what to do.
import * as z from 'zod/mini';
import { DiwanError } from '../errors.js';
import { EligibilityRules } from '../schemas/eligibility.js';
import { evaluateLogic, truthOf, type Answers } from './logic.js';
import { lintRules, type RuleProblem } from './lint.js';
import { domainFor, explore, findWitness, type Domain } from './explore.js';

export type { RuleProblem } from './lint.js';

export interface RulesCheck {
  /** The parsed rules, when the schema accepted them (even if other checks found errors). */
  rules?: EligibilityRules;
  problems: RuleProblem[];
  /** True when every kind of answer was explored, so "never reached" and "no outcome" are proven. */
  exhaustive: boolean;
}

/** Rules that cannot work. `problems` lists every error and warning found, with paths. */
export class InvalidRulesError extends DiwanError {
  readonly problems: readonly RuleProblem[];
  constructor(serviceId: string, problems: readonly RuleProblem[]) {
    const errors = problems.filter((problem) => problem.severity === 'error');
    const list = errors.map((problem) => `- ${problem.path}: ${problem.message}`).join('\n');
    super('invalid_response', `The eligibility rules${serviceId ? ` for "${serviceId}"` : ''} cannot be used:\n${list}`, { retryable: false });
    this.problems = problems;
  }
}

const describeAnswers = (answers: Answers) =>
  Object.entries(answers).map(([id, value]) => `${id} = ${JSON.stringify(value)}`).join(', ') || 'no answers at all';

function reachability(rules: EligibilityRules, domains: Map<string, Domain>): { problems: RuleProblem[]; exhaustive: boolean } {
  const problems: RuleProblem[] = [];
  const { reached, gap, exhaustive } = explore(rules, domains);
  const severity = exhaustive ? 'error' : 'warning';
  const tried = exhaustive ? '' : ' (for every answer tried; the conditions use arithmetic or compare answers, so this is a sample)';
  rules.outcomes.forEach((outcome, index) => {
    if (reached.has(outcome.id)) return;
    const path = `outcomes[${index}]`;
    const witness = findWitness(outcome.when, rules, domains);
    if (!witness) {
      problems.push({ severity, path, message: `Outcome "${outcome.id}" can never be reached: its condition is false for every answer the questions allow${tried}.` });
      return;
    }
    const earlier = rules.outcomes.slice(0, index).filter((candidate) => truthOf(evaluateLogic(candidate.when, witness)) !== false);
    const names = earlier.map((candidate) => `"${candidate.id}"`).join(', ') || 'an earlier outcome';
    problems.push({
      severity,
      path,
      message: `Outcome "${outcome.id}" can never be reached: whenever its condition holds, ${names} already applies${tried}. Outcomes are tried in order: move it up or narrow ${names}.`,
    });
  });
  if (gap) {
    problems.push({
      severity: 'error',
      path: 'outcomes',
      message: `No outcome applies when ${describeAnswers(gap)}. Add an outcome for these answers, or end with {"when": true, "result": "may_be_eligible"} and a reason that says who to ask.`,
    });
  }
  return { problems, exhaustive };
}

/** Checks a rules document (anything: it is parsed first) and lists every problem found. */
export function checkRules(document: unknown): RulesCheck {
  const parsed = z.safeParse(EligibilityRules, document);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => ({ severity: 'error', path: issue.path.join('.') || '(document)', message: issue.message })),
      exhaustive: false,
    };
  }
  const rules = parsed.data;
  const { problems, uses } = lintRules(rules);
  if (problems.some((problem) => problem.severity === 'error')) return { rules, problems, exhaustive: false };
  const domains = new Map(rules.questions.map((question) => [question.id, domainFor(question, uses.get(question.id), rules)]));
  const search = reachability(rules, domains);
  return { rules, problems: [...problems, ...search.problems], exhaustive: search.exhaustive };
}

/** Parses and checks a rules document; throws an InvalidRulesError listing the problems if it cannot work. */
export function loadRules(document: unknown): EligibilityRules {
  const { rules, problems } = checkRules(document);
  if (!rules || problems.some((problem) => problem.severity === 'error')) {
    const serviceId = typeof document === 'object' && document !== null ? String((document as { serviceId?: unknown }).serviceId ?? '') : '';
    throw new InvalidRulesError(serviceId, problems);
  }
  return rules;
}
