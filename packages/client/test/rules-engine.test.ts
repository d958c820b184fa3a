// The journey and decisions on the demo rules: what is asked, in which order, and when it stops.
import { expect } from '@open-wc/testing';
import { Unknown, decide, evaluateLogic, loadRules, planJourney, truthOf, type Answers } from '@diwan/client';
import { demoEligibilityRules } from '@diwan/client/demo';

const rulesFor = (serviceId: string) => loadRules(demoEligibilityRules.find((rules) => rules.serviceId === serviceId));
const askedIds = (serviceId: string, answers: Answers) => planJourney(rulesFor(serviceId), answers).asked.map((question) => question.id);
const nextId = (serviceId: string, answers: Answers) => planJourney(rulesFor(serviceId), answers).next?.id;

describe('three-valued JSON Logic', () => {
  it('is unknown while an answer it needs is missing, and names that question', () => {
    const value = evaluateLogic({ '>=': [{ var: 'age' }, 18] }, {});
    expect(value).to.be.instanceOf(Unknown);
    expect([...(value as Unknown).needs]).to.deep.equal(['age']);
    expect(evaluateLogic({ '>=': [{ var: 'age' }, 18] }, { age: 20 })).to.equal(true);
  });

  it('decides "and" on the first false operand and "or" on the first true one, even with unknowns before', () => {
    expect(evaluateLogic({ and: [{ var: 'a' }, { '==': [{ var: 'b' }, 1] }] }, { b: 2 })).to.satisfy((value: unknown) => truthOf(value) === false);
    expect(truthOf(evaluateLogic({ or: [{ var: 'a' }, { var: 'b' }] }, { b: true }))).to.equal(true);
    expect(truthOf(evaluateLogic({ or: [{ var: 'a' }, { var: 'b' }] }, { b: false }))).to.equal(undefined);
  });

  it('knows an "if" whose branches all agree, and treats an empty list as false', () => {
    expect(truthOf(evaluateLogic({ if: [{ var: 'a' }, 'yes', 'also yes'] }, {}))).to.equal(true);
    expect(truthOf(evaluateLogic({ if: [{ var: 'a' }, 'yes', ''] }, {}))).to.equal(undefined);
    expect(truthOf(evaluateLogic({ var: 'benefits' }, { benefits: [] }))).to.equal(false);
    expect(evaluateLogic({ in: ['pension', { var: 'benefits' }] }, { benefits: ['pension'] })).to.equal(true);
  });
});

describe('the eligibility journey', () => {
  it('asks the disability questions in document order and decides with all five answers', () => {
    expect(nextId('disability-allowance', {})).to.equal('age');
    const answers = { age: 40, 'lives-in-country': true, 'has-assessment': true, 'disability-degree': 60, 'monthly-income': 300000 };
    const journey = planJourney(rulesFor('disability-allowance'), answers);
    expect(journey.asked.map((question) => question.id)).to.deep.equal(Object.keys(answers));
    expect(journey.next).to.equal(undefined);
    expect(journey.decision.outcome?.id).to.equal('eligible');
    expect(journey.decision.result).to.equal('eligible');
  });

  it('stops as soon as the result is decided: a 16-year-old is asked nothing else', () => {
    const journey = planJourney(rulesFor('disability-allowance'), { age: 16, 'lives-in-country': false });
    expect(journey.asked.map((question) => question.id)).to.deep.equal(['age']);
    expect(journey.decision.status).to.equal('decided');
    expect(journey.decision.outcome?.id).to.equal('under-18');
  });

  it('skips questions that can no longer matter: no degree or income without an assessment', () => {
    const answers = { age: 30, 'lives-in-country': true, 'has-assessment': false };
    expect(askedIds('disability-allowance', answers)).to.deep.equal(['age', 'lives-in-country', 'has-assessment']);
    expect(planJourney(rulesFor('disability-allowance'), answers).decision.outcome?.id).to.equal('needs-assessment');
  });

  it('re-plans when an answer changes: answers off the new path are ignored, not used', () => {
    const answers = { age: 30, 'lives-in-country': true, 'has-assessment': true, 'disability-degree': 30 };
    expect(planJourney(rulesFor('disability-allowance'), answers).decision.outcome?.id).to.equal('degree-below-40');
    const changed = { ...answers, age: 12 };
    const journey = planJourney(rulesFor('disability-allowance'), changed);
    expect(journey.asked.map((question) => question.id)).to.deep.equal(['age']);
    expect(journey.decision.outcome?.id).to.equal('under-18');
  });

  it('asks for household size before income where the limit depends on both', () => {
    expect(askedIds('child-benefit', { 'children-under-18': 2, 'lives-in-country': true })).to.deep.equal(['children-under-18', 'lives-in-country']);
    expect(nextId('child-benefit', { 'children-under-18': 2, 'lives-in-country': true })).to.equal('household-size');
    const decided = planJourney(rulesFor('child-benefit'), { 'children-under-18': 2, 'lives-in-country': true, 'household-size': 4, 'household-income': 800000 });
    expect(decided.decision.outcome?.id).to.equal('eligible');
    const above = planJourney(rulesFor('child-benefit'), { 'children-under-18': 2, 'lives-in-country': true, 'household-size': 4, 'household-income': 800001 });
    expect(above.decision.outcome?.id).to.equal('income-above-limit');
  });

  it('compares dates as dates: born after 31 December 1966 is too young for the pension', () => {
    expect(planJourney(rulesFor('old-age-pension'), { 'date-of-birth': '1967-01-01' }).decision.outcome?.id).to.equal('too-young');
    const old = planJourney(rulesFor('old-age-pension'), { 'date-of-birth': '1966-12-31', 'contribution-years': 15 });
    expect(old.decision.outcome?.id).to.equal('eligible');
  });

  it('gives every outcome that already holds with the same result as further reasons', () => {
    const rules = loadRules({
      serviceId: 'two-reasons', version: '1',
      questions: [{ id: 'a', type: 'boolean', label: 'A' }, { id: 'b', type: 'boolean', label: 'B' }],
      outcomes: [
        { id: 'no-a', when: { '!': { var: 'a' } }, result: 'not_eligible', reason: 'Not A' },
        { id: 'no-b', when: { '!': { var: 'b' } }, result: 'not_eligible', reason: 'Not B' },
        { id: 'yes', when: true, result: 'eligible', reason: 'Both' },
      ],
    });
    expect(decide(rules, { a: false, b: false }).reasons.map((outcome) => outcome.id)).to.deep.equal(['no-a', 'no-b']);
    expect(decide(rules, { a: false }).reasons.map((outcome) => outcome.id)).to.deep.equal(['no-a']);
  });
});
