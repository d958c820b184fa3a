// Property tests (fast-check) of the rules engine on generated rules and on the demo rules, with
// json-logic-js as the reference for complete answers.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import jsonLogic from 'json-logic-js';
import {
  answersOnPath, checkRules, decide, evaluateLogic, loadRules, planJourney, truthOf,
  type AnswerValue, type Answers, type EligibilityRules, type Question,
} from '@diwan/client';
import { demoEligibilityRules } from '@diwan/client/demo';

const RUNS = 300;
const OPTIONS = ['a', 'b', 'c', 'd'];
const DATES = ['2005-01-01', '2010-06-15', '2015-12-31', '2020-01-01'];
const DAY = 86_400_000;
const EPOCH = Date.UTC(2000, 0, 1);

const isoDay = (offset: number) => new Date(EPOCH + offset * DAY).toISOString().slice(0, 10);
const options = (count: number) => OPTIONS.slice(0, count).map((value) => ({ value, label: value }));

function questionArb(id: string): fc.Arbitrary<Question> {
  return fc.oneof(
    fc.constant<Question>({ id, type: 'boolean', label: id }),
    fc.record({ min: fc.integer({ min: -5, max: 20 }), span: fc.integer({ min: 0, max: 40 }), step: fc.constantFrom(undefined, 1, 5) })
      .map(({ min, span, step }): Question => ({ id, type: 'number', label: id, min, max: min + span, ...(step ? { step } : {}) })),
    fc.integer({ min: 2, max: 4 }).map((count): Question => ({ id, type: 'choice', label: id, options: options(count) })),
    fc.integer({ min: 1, max: 3 }).map((count): Question => ({ id, type: 'multi-choice', label: id, options: options(count) })),
    fc.constant<Question>({ id, type: 'date', label: id, min: '2000-01-01', max: '2030-12-31' }),
  );
}

const read = (question: Question) => ({ var: question.id });

/** One comparison a ministry might write about a question (sometimes with arithmetic over another). */
function atomArb(question: Question, all: Question[]): fc.Arbitrary<unknown> {
  switch (question.type) {
    case 'boolean':
      return fc.oneof(fc.constant(read(question)), fc.boolean().map((value) => ({ '==': [read(question), value] })));
    case 'number': {
      const literal = fc.integer({ min: (question.min ?? 0) - 3, max: (question.max ?? 10) + 3 });
      const operator = fc.constantFrom('<', '<=', '>', '>=', '==', '!=');
      const plain = fc.tuple(operator, literal).map(([op, value]) => ({ [op]: [read(question), value] }));
      const others = all.filter((other) => other.type === 'number' && other !== question);
      if (!others.length) return plain;
      const summed = fc.tuple(fc.constantFrom(...others), operator, literal).map(([other, op, value]) => ({ [op]: [{ '+': [read(question), read(other)] }, value] }));
      return fc.oneof(plain, plain, summed);
    }
    case 'choice': {
      const values = question.options.map((option) => option.value);
      return fc.oneof(
        fc.constantFrom(...values).map((value) => ({ '==': [read(question), value] })),
        fc.subarray(values, { minLength: 1 }).map((subset) => ({ in: [read(question), subset] })),
      );
    }
    case 'multi-choice': {
      const values = question.options.map((option) => option.value);
      return fc.oneof(
        fc.constantFrom(...values).map((value) => ({ in: [value, read(question)] })),
        fc.constantFrom(...values).map((value) => ({ some: [read(question), { '==': [{ var: '' }, value] }] })),
        fc.constant(read(question)),
      );
    }
    case 'date':
      return fc.tuple(fc.constantFrom('<', '<=', '>', '>='), fc.constantFrom(...DATES)).map(([op, value]) => ({ [op]: [read(question), value] }));
  }
}

function conditionArb(questions: Question[]): fc.Arbitrary<unknown> {
  const atom = fc.constantFrom(...questions).chain((question) => atomArb(question, questions));
  const { condition } = fc.letrec<{ condition: unknown }>((tie) => ({
    condition: fc.oneof(
      { maxDepth: 2, depthSize: 'small' },
      atom,
      fc.array(tie('condition'), { minLength: 1, maxLength: 3 }).map((operands) => ({ and: operands })),
      fc.array(tie('condition'), { minLength: 1, maxLength: 3 }).map((operands) => ({ or: operands })),
      tie('condition').map((operand) => ({ '!': [operand] })),
      fc.tuple(tie('condition'), tie('condition'), tie('condition')).map((branches) => ({ if: branches })),
    ),
  }));
  return condition;
}

const rulesArb: fc.Arbitrary<EligibilityRules> = fc.integer({ min: 1, max: 4 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => questionArb(`q${i}`))))
  .chain((questions) => fc.record({
    conditions: fc.array(conditionArb(questions), { minLength: 1, maxLength: 4 }),
    results: fc.array(fc.constantFrom('eligible', 'not_eligible', 'may_be_eligible') as fc.Arbitrary<'eligible'>, { minLength: 4, maxLength: 4 }),
    catchAll: fc.boolean(),
  }).map(({ conditions, results, catchAll }): EligibilityRules => ({
    serviceId: 'generated',
    version: '1',
    questions,
    outcomes: [
      ...conditions.map((when, i) => ({ id: `o${i}`, when, result: results[i]!, reason: `o${i}` })),
      ...(catchAll ? [{ id: 'otherwise', when: true, result: 'may_be_eligible' as const, reason: 'otherwise' }] : []),
    ],
  })));

function answerArb(question: Question): fc.Arbitrary<AnswerValue> {
  switch (question.type) {
    case 'boolean':
      return fc.boolean();
    case 'number': {
      const min = question.min ?? 0;
      const max = question.max ?? min + 50;
      if (question.step) return fc.integer({ min: 0, max: Math.floor((max - min) / question.step) }).map((k) => min + k * question.step!);
      return fc.oneof(fc.integer({ min, max }), fc.integer({ min: min * 2, max: max * 2 }).map((twice) => twice / 2));
    }
    case 'choice':
      return fc.constantFrom(...question.options.map((option) => option.value));
    case 'multi-choice':
      return fc.subarray(question.options.map((option) => option.value));
    case 'date':
      return fc.oneof(fc.integer({ min: 0, max: 11_322 }).map(isoDay), fc.constantFrom(...DATES));
  }
}

const answersArb = (rules: EligibilityRules): fc.Arbitrary<Answers> =>
  fc.record(Object.fromEntries(rules.questions.map((question) => [question.id, answerArb(question)])));

/** Rules with two complete answer sets for them. */
const caseArb = (rules: fc.Arbitrary<EligibilityRules>) =>
  rules.chain((generated) => fc.record({ rules: fc.constant(generated), answers: answersArb(generated), others: answersArb(generated) }));

/** The reference: the first outcome json-logic-js finds true on complete answers. */
const firstMatch = (rules: EligibilityRules, answers: Answers) =>
  rules.outcomes.find((outcome) => jsonLogic.truthy(jsonLogic.apply(outcome.when as jsonLogic.RulesLogic, answers as Record<string, unknown>)));

const demoRulesArb = fc.constantFrom(...demoEligibilityRules.map((rules) => loadRules(rules)));
const property = <T>(arbitrary: fc.Arbitrary<T>, check: (value: T) => void) => fc.assert(fc.property(arbitrary, check), { numRuns: RUNS });

describe('rules engine properties (fast-check, 300 runs each)', () => {
  it('agrees with json-logic-js on every outcome whenever all answers are given', () => {
    property(caseArb(rulesArb), ({ rules, answers }) => {
      for (const outcome of rules.outcomes) {
        expect(evaluateLogic(outcome.when, answers)).to.deep.equal(jsonLogic.apply(outcome.when as jsonLogic.RulesLogic, answers as Record<string, unknown>));
      }
    });
  });

  it('never claims true or false with missing answers unless every completion agrees', () => {
    const partialArb = caseArb(rulesArb).chain((test) => fc.record({ test: fc.constant(test), keep: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }) }));
    property(partialArb, ({ test: { rules, answers }, keep }) => {
      const partial = Object.fromEntries(rules.questions.filter((_, i) => keep[i]).map((question) => [question.id, answers[question.id]!]));
      for (const outcome of rules.outcomes) {
        const truth = truthOf(evaluateLogic(outcome.when, partial));
        if (truth !== undefined) expect(truth).to.equal(jsonLogic.truthy(jsonLogic.apply(outcome.when as jsonLogic.RulesLogic, answers as Record<string, unknown>)));
      }
    });
  });

  for (const [name, rules] of [['generated rules', rulesArb], ['the demo rules', demoRulesArb]] as const) {
    it(`once decided, further answers never change the result (${name})`, () => {
      property(caseArb(rules), ({ rules: subject, answers, others }) => {
        const journey = planJourney(subject, answers);
        if (journey.decision.status !== 'decided') return;
        const onPath = answersOnPath(journey, answers);
        const more = { ...others, ...onPath };
        expect(decide(subject, more).outcome?.id).to.equal(journey.decision.outcome!.id);
      });
    });

    it(`a skipped question could not have changed the result (${name})`, () => {
      property(caseArb(rules), ({ rules: subject, answers, others }) => {
        const journey = planJourney(subject, answers);
        const changed = { ...others, ...answersOnPath(journey, answers) }; // every skipped answer replaced
        expect(firstMatch(subject, changed)?.id).to.equal(journey.decision.outcome?.id);
      });
    });

    it(`complete answers reach exactly the first outcome that holds, or a declared "may be eligible" (${name})`, () => {
      property(caseArb(rules), ({ rules: subject, answers }) => {
        const journey = planJourney(subject, answers);
        expect(journey.next).to.equal(undefined);
        const reference = firstMatch(subject, answers);
        if (reference) {
          expect(journey.decision.status).to.equal('decided');
          expect(journey.decision.outcome?.id).to.equal(reference.id);
          expect(journey.decision.result).to.equal(reference.result);
        } else {
          expect(journey.decision.status).to.equal('no-outcome');
          expect(journey.decision.result).to.equal('may_be_eligible');
        }
      });
    });
  }

  it('rules accepted on load never leave complete answers without an outcome, and "never reached" is true', () => {
    property(caseArb(rulesArb), ({ rules, answers }) => {
      const check = checkRules(rules);
      const errors = check.problems.filter((problem) => problem.severity === 'error');
      const reached = firstMatch(rules, answers);
      if (!errors.length) expect(reached, 'accepted rules with a gap').not.to.equal(undefined);
      for (const problem of errors) {
        const unreachable = /^Outcome "([^"]+)" can never be reached/.exec(problem.message)?.[1];
        if (unreachable) expect(reached?.id).not.to.equal(unreachable);
      }
    });
  });
});
