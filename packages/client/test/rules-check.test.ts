// Load-time checks: rules that cannot work are rejected with messages a ministry developer can act on.
import { expect } from '@open-wc/testing';
import { InvalidRulesError, checkRules, loadRules, type RuleProblem } from '@diwan/client';
import { demoEligibilityRules } from '@diwan/client/demo';

const questions = [
  { id: 'age', type: 'number', label: 'Age', min: 0, max: 120, step: 1 },
  { id: 'status', type: 'choice', label: 'Status', options: [{ value: 'single', label: 'Single' }, { value: 'married', label: 'Married' }] },
  { id: 'benefits', type: 'multi-choice', label: 'Benefits', options: [{ value: 'pension', label: 'Pension' }, { value: 'rent', label: 'Rent' }] },
  { id: 'born', type: 'date', label: 'Born', min: '1900-01-01', max: '2026-12-31' },
];
const catchAll = { id: 'otherwise', when: true, result: 'may_be_eligible', reason: 'Ask us' };
const rulesWith = (outcomes: unknown[], extra: Record<string, unknown> = {}) => ({
  serviceId: 'test-service', version: '1', questions, outcomes: [...outcomes, catchAll], ...extra,
});
const outcome = (id: string, when: unknown, result = 'eligible') => ({ id, when, result, reason: id });
const errors = (document: unknown): RuleProblem[] => checkRules(document).problems.filter((problem) => problem.severity === 'error');
const messages = (document: unknown) => errors(document).map((problem) => `${problem.path}: ${problem.message}`);

describe('rules checks on load', () => {
  it('accepts every demo rule set without a single problem', () => {
    expect(demoEligibilityRules.length).to.be.at.least(6);
    for (const rules of demoEligibilityRules) {
      const check = checkRules(rules);
      expect(check.problems, rules.serviceId).to.deep.equal([]);
      expect(loadRules(rules).serviceId).to.equal(rules.serviceId);
    }
  });

  it('rejects a reference to an unknown question and suggests the closest one', () => {
    const found = messages(rulesWith([outcome('adult', { '>=': [{ var: 'agee' }, 18] })]));
    expect(found).to.have.length(1);
    expect(found[0]).to.contain('outcomes[0].when').and.contain('"agee", which is not a question').and.contain('Did you mean "age"?');
  });

  it('rejects impossible bounds', () => {
    const broken: { questions: unknown[] } = { ...rulesWith([outcome('adult', { '>=': [{ var: 'age' }, 18] })]) };
    broken.questions = [{ id: 'age', type: 'number', label: 'Age', min: 65, max: 18 }, ...questions.slice(1)];
    expect(messages(broken).join('\n')).to.contain('Question "age": min (65) is greater than max (18), so no answer is possible.');
  });

  it('rejects comparisons with values the answer can never have', () => {
    const found = messages(rulesWith([
      outcome('married', { '==': [{ var: 'status' }, 'maried'] }),
      outcome('pension', { in: ['pensoin', { var: 'benefits' }] }),
      outcome('old', { '<': [{ var: 'born' }, '1 January 1960'] }),
      outcome('adult', { '>=': [{ var: 'age' }, '18'] }),
    ]));
    expect(found.join('\n')).to.contain('"maried", which is not one of its options (single, married)');
    expect(found.join('\n')).to.contain('"pensoin", which is not one of its options (pension, rent)');
    expect(found.join('\n')).to.contain('use an ISO date such as "2008-01-01"');
    expect(found.join('\n')).to.contain('is a number question, compared with "18"');
  });

  it('rejects unknown and unsuitable operators', () => {
    const found = messages(rulesWith([outcome('a', { between: [1, 2] }), outcome('b', { missing: ['age'] })]));
    expect(found[0]).to.contain('Unknown operator "between"');
    expect(found[1]).to.contain('"missing" cannot be used in eligibility rules');
  });

  it('rejects an outcome shadowed by an earlier one, naming it', () => {
    const found = messages(rulesWith([outcome('adult', { '>=': [{ var: 'age' }, 18] }), outcome('senior', { '>=': [{ var: 'age' }, 65] })]));
    expect(found).to.deep.equal([
      'outcomes[1]: Outcome "senior" can never be reached: whenever its condition holds, "adult" already applies. Outcomes are tried in order: move it up or narrow "adult".',
    ]);
  });

  it('rejects an outcome whose condition no allowed answer meets', () => {
    const found = messages(rulesWith([outcome('ancient', { '>': [{ var: 'age' }, 150] })]));
    expect(found).to.deep.equal(['outcomes[0]: Outcome "ancient" can never be reached: its condition is false for every answer the questions allow.']);
  });

  it('rejects rules with no outcome for some complete answers, with an example', () => {
    const document = { serviceId: 'gap', version: '1', questions, outcomes: [outcome('adult', { '>=': [{ var: 'age' }, 18] })] };
    const found = messages(document);
    expect(found).to.have.length(1);
    expect(found[0]).to.match(/^outcomes: No outcome applies when age = (\d|1[0-7])\. /);
    expect(found[0]).to.contain('{"when": true, "result": "may_be_eligible"}');
  });

  it('only warns about unreachable outcomes when arithmetic makes the search a sample', () => {
    const check = checkRules(rulesWith([outcome('impossible', { '>': [{ '+': [{ var: 'age' }, 0] }, 500] })]));
    expect(check.exhaustive).to.equal(false);
    expect(check.problems.map((problem) => problem.severity)).to.include('warning');
    expect(check.problems.filter((problem) => problem.severity === 'error')).to.deep.equal([]);
  });

  it('loadRules throws an InvalidRulesError listing every error, with the invalid_response code', () => {
    const document = rulesWith([outcome('x', { '==': [{ var: 'nope' }, 1] }), outcome('y', { foo: [] })]);
    let thrown: unknown;
    try {
      loadRules(document);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).to.be.instanceOf(InvalidRulesError);
    const error = thrown as InvalidRulesError;
    expect(error.code).to.equal('invalid_response');
    expect(error.retryable).to.equal(false);
    expect(error.problems.filter((problem) => problem.severity === 'error')).to.have.length(2);
    expect(error.message).to.contain('for "test-service"').and.contain('"nope"').and.contain('"foo"');
  });

  it('reports schema problems with their path instead of throwing something unreadable', () => {
    const check = checkRules({ serviceId: 'x', version: '1', questions: [{ id: 'a', type: 'number', label: 'A', step: -1 }], outcomes: [] });
    expect(check.rules).to.equal(undefined);
    expect(check.problems.map((problem) => problem.path)).to.include.members(['questions.0.step', 'outcomes']);
  });

  it('rejects duplicate ids', () => {
    const document = rulesWith([outcome('same', { '>=': [{ var: 'age' }, 18] }), outcome('same', { '<': [{ var: 'age' }, 18] })]);
    expect(messages(document)).to.include('outcomes: The outcome id "same" is used twice.');
  });
});
