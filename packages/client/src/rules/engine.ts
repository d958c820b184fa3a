// Deciding an eligibility check: outcomes are tried in document order and the first whose condition
// holds is the result. With answers missing, each condition is true, false or unknown, so the result is
// decided as soon as the first condition that is not false is true; until then, the questions that can
// still change it are asked one at a time, in document order.
import type { EligibilityResult, EligibilityRules, Outcome, Question } from '../schemas/eligibility.js';
import { Unknown, evaluateLogic, truthOf, type Answers } from './logic.js';

export type OutcomeStatus = 'true' | 'false' | 'unknown';

export interface Decision {
  /**
   * `decided`: `outcome` is the result whatever the other answers are. `undecided`: `pending` questions
   * can still change it. `no-outcome`: no outcome applies to these answers (rules with a gap).
   */
  status: 'decided' | 'undecided' | 'no-outcome';
  /** The outcome that decides the result. */
  outcome?: Outcome;
  /** The result to show: the outcome's, or `may_be_eligible` when no outcome applies. */
  result?: EligibilityResult;
  /** The deciding outcome, then every other outcome that already holds with the same result (more reasons). */
  reasons: Outcome[];
  /** Unanswered question ids that can still change the result, in document order. */
  pending: string[];
}

export interface Journey {
  /** The questions on the citizen's path, in the order they were asked; all answered. */
  asked: Question[];
  /** The question to ask now; undefined once the result is decided (or no outcome applies). */
  next?: Question;
  /** The decision with the answers on the path (answers off the path are ignored). */
  decision: Decision;
}

interface Evaluated {
  outcome: Outcome;
  status: OutcomeStatus;
  needs: ReadonlySet<string>;
}

function evaluateOutcome(outcome: Outcome, answers: Answers): Evaluated {
  const value = evaluateLogic(outcome.when, answers);
  const truth = truthOf(value);
  return {
    outcome,
    status: truth === undefined ? 'unknown' : truth ? 'true' : 'false',
    needs: value instanceof Unknown ? value.needs : new Set(),
  };
}

/** Decides what these (possibly incomplete) answers already settle. */
export function decide(rules: EligibilityRules, answers: Answers): Decision {
  const evaluated = rules.outcomes.map((outcome) => evaluateOutcome(outcome, answers));
  const deciding = evaluated.find((entry) => entry.status !== 'false');
  if (!deciding) return { status: 'no-outcome', result: 'may_be_eligible', reasons: [], pending: [] };
  if (deciding.status === 'true') {
    const { outcome } = deciding;
    const reasons = [outcome, ...evaluated
      .filter((entry) => entry.status === 'true' && entry !== deciding && entry.outcome.result === outcome.result)
      .map((entry) => entry.outcome)];
    return { status: 'decided', outcome, result: outcome.result, reasons, pending: [] };
  }
  // every unknown outcome before the first true one could still become the result
  const needed = new Set<string>();
  for (const entry of evaluated) {
    if (entry.status === 'true') break;
    if (entry.status === 'unknown') for (const id of entry.needs) needed.add(id);
  }
  const pending = rules.questions.map((question) => question.id).filter((id) => needed.has(id));
  // only reachable with rules that read something other than their questions (rejected when loaded)
  if (!pending.length) return { status: 'no-outcome', result: 'may_be_eligible', reasons: [], pending };
  return { status: 'undecided', reasons: [], pending };
}

/**
 * Replays the journey these answers give: from no answers, ask the first question that can still change
 * the result, take its answer if there is one, and repeat. A pure function of the answers, so changing
 * one answer re-plans the rest (questions that no longer matter drop off the path).
 */
export function planJourney(rules: EligibilityRules, answers: Answers): Journey {
  const given: Record<string, Answers[string]> = {};
  const asked: Question[] = [];
  for (;;) {
    const decision = decide(rules, given);
    if (decision.status !== 'undecided') return { asked, decision };
    const id = decision.pending[0]!;
    const question = rules.questions.find((candidate) => candidate.id === id)!;
    const answer = answers[id];
    if (answer === undefined || !Object.hasOwn(answers, id)) return { asked, next: question, decision };
    given[id] = answer;
    asked.push(question);
  }
}

/** The answers on the journey's path only (what the citizen sees on "check your answers"). */
export function answersOnPath(journey: Journey, answers: Answers): Answers {
  return Object.fromEntries(journey.asked.map((question) => [question.id, answers[question.id]!]));
}
