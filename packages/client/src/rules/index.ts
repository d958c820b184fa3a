// Eligibility rules: three-valued JSON Logic, the journey, answers, and the load-time checks.
export { Unknown, evaluateLogic, truthOf, truthy, SUPPORTED_OPERATORS, type AnswerValue, type Answers } from './logic.js';
export { decide, planJourney, answersOnPath, type Decision, type Journey, type OutcomeStatus } from './engine.js';
export {
  checkAnswer, dateParts, parseDateParts, parseNumberInput, validAnswers, type AnswerProblem,
} from './answers.js';
export { checkRules, loadRules, InvalidRulesError, type RuleProblem, type RulesCheck } from './check.js';
