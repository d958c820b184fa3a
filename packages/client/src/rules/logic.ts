// Three-valued JSON Logic (https://jsonlogic.com): the same results as json-logic-js when every
// answer is given, and "unknown" where a missing answer could still change a value. json-logic-js has
// no notion of a missing answer, so this evaluator is written out; the tests check it agrees with
// json-logic-js whenever the answers are complete.

/** A value that depends on answers not given yet. `truthy` is set when every possible value agrees on it. */
export class Unknown {
  constructor(
    /** The unanswered questions this value depends on. */
    readonly needs: ReadonlySet<string>,
    readonly truthy?: boolean,
  ) {}
}

/** An answer: yes/no, a number, an ISO date (`2026-11-23`), a choice, or the choices of a multiple choice. */
export type AnswerValue = boolean | number | string | readonly string[];
/** Answers keyed by question id; a question without a key is not answered yet. */
export type Answers = Readonly<Record<string, AnswerValue>>;

/** JSON Logic's truthiness: like JavaScript's, except that an empty array is false. */
export function truthy(value: unknown): boolean {
  if (Array.isArray(value) && value.length === 0) return false;
  return Boolean(value);
}

/** true / false, or undefined while unknown. */
export function truthOf(value: unknown): boolean | undefined {
  return value instanceof Unknown ? value.truthy : truthy(value);
}

type Operation = (...args: unknown[]) => unknown;

/** Operators evaluated on known values, exactly as json-logic-js 2.0.5 defines them. */
const OPERATIONS: Readonly<Record<string, Operation>> = {
  '==': (a, b) => a == b, // JSON Logic's == is JavaScript's loose equality
  '===': (a, b) => a === b,
  '!=': (a, b) => a != b,
  '!==': (a, b) => a !== b,
  '>': (a, b) => (a as number) > (b as number),
  '>=': (a, b) => (a as number) >= (b as number),
  '<': (a, b, c) => (c === undefined ? (a as number) < (b as number) : (a as number) < (b as number) && (b as number) < (c as number)),
  '<=': (a, b, c) =>
    c === undefined ? (a as number) <= (b as number) : (a as number) <= (b as number) && (b as number) <= (c as number),
  '!!': (a) => truthy(a),
  '!': (a) => !truthy(a),
  '%': (a, b) => (a as number) % (b as number),
  in: (a, b) => {
    const haystack = b as { indexOf?: (needle: unknown) => number } | null | undefined;
    if (!haystack || typeof haystack.indexOf !== 'function') return false;
    return haystack.indexOf(a) !== -1;
  },
  cat: (...args) => args.join(''),
  substr: (source, start, end) => {
    const text = String(source);
    if ((end as number) < 0) {
      const rest = text.substr(start as number);
      return rest.substr(0, rest.length + (end as number));
    }
    return text.substr(start as number, end as number);
  },
  '+': (...args) => args.reduce<number>((sum, value) => parseFloat(sum as unknown as string) + parseFloat(value as string), 0),
  '*': (...args) => (args as unknown[]).reduce((product, value) => parseFloat(product as string) * parseFloat(value as string)),
  '-': (a, b) => (b === undefined ? -(a as number) : (a as number) - (b as number)),
  '/': (a, b) => (a as number) / (b as number),
  min: (...args) => Math.min(...(args as number[])),
  max: (...args) => Math.max(...(args as number[])),
  merge: (...args) => args.reduce<unknown[]>((merged, value) => merged.concat(value), []),
};

/** Operators with their own evaluation order (short-circuit, branches, or a per-item scope). */
const CONTROL_OPERATORS = ['if', '?:', 'and', 'or', 'filter', 'map', 'reduce', 'all', 'none', 'some'] as const;
const SCOPED_OPERATORS = new Set(['filter', 'map', 'reduce', 'all', 'none', 'some']);

/** Every operator Diwan rules may use. `var` is the only way to read an answer. */
export const SUPPORTED_OPERATORS: ReadonlySet<string> = new Set([...Object.keys(OPERATIONS), ...CONTROL_OPERATORS, 'var']);

/** Where `var` looks: the answers (top level, may be unknown) or one array item inside some/all/map… */
type Scope = { answers: Answers } | { item: unknown };

export function isLogic(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 1;
}

export function operatorOf(logic: Record<string, unknown>): string {
  return Object.keys(logic)[0]!;
}

/** The operands of an operation: JSON Logic lets a single operand skip the array. */
export function operandsOf(logic: Record<string, unknown>): unknown[] {
  const values = logic[operatorOf(logic)];
  return Array.isArray(values) ? values : [values];
}

function mergeNeeds(values: readonly unknown[]): Set<string> {
  const needs = new Set<string>();
  for (const value of values) if (value instanceof Unknown) for (const id of value.needs) needs.add(id);
  return needs;
}

/** The value when every input is known, else an Unknown depending on what the unknown inputs need. */
function strict(values: readonly unknown[], compute: () => unknown): unknown {
  return values.some((value) => value instanceof Unknown) ? new Unknown(mergeNeeds(values)) : compute();
}

function readVar(operands: unknown[], scope: Scope): unknown {
  const [name, fallback] = operands;
  if ('answers' in scope) {
    const id = String(name);
    return Object.hasOwn(scope.answers, id) ? scope.answers[id] : new Unknown(new Set([id]));
  }
  // inside some/all/map…: json-logic-js's own lookup (dotted paths, default for a missing property)
  if (name === undefined || name === '' || name === null) return scope.item;
  let data: unknown = scope.item;
  for (const key of String(name).split('.')) {
    if (data === null || data === undefined) return fallback ?? null;
    data = (data as Record<string, unknown>)[key];
    if (data === undefined) return fallback ?? null;
  }
  return data;
}

/** and/or: JSON Logic returns the deciding operand itself, not a boolean. */
function evaluateJunction(operator: 'and' | 'or', operands: unknown[], scope: Scope): unknown {
  const stopsOn = operator === 'or'; // `or` stops at the first truthy operand, `and` at the first falsy one
  const pending: unknown[] = [];
  let current: unknown;
  for (const operand of operands) {
    current = evaluate(operand, scope);
    const truth = truthOf(current);
    if (truth === stopsOn) {
      // every completion stops here or at an earlier unknown operand that turns out to stop: same truth
      return pending.length ? new Unknown(mergeNeeds([...pending, current]), stopsOn) : current;
    }
    if (truth === undefined) pending.push(current);
  }
  if (!pending.length || (pending.length === 1 && pending[0] === current)) return current;
  // no operand is sure to stop: the result is an unknown operand that stops, or else the last one
  return new Unknown(mergeNeeds([...pending, current]));
}

function evaluateIf(operands: unknown[], scope: Scope): unknown {
  const possible: unknown[] = [];
  const conditions: unknown[] = [];
  let i = 0;
  for (; i < operands.length - 1; i += 2) {
    const condition = evaluate(operands[i], scope);
    const truth = truthOf(condition);
    if (truth === true) {
      possible.push(evaluate(operands[i + 1], scope));
      return settle(possible, conditions);
    }
    if (truth === undefined) {
      conditions.push(condition);
      possible.push(evaluate(operands[i + 1], scope));
    }
  }
  possible.push(operands.length === i + 1 ? evaluate(operands[i], scope) : null);
  return settle(possible, conditions);
}

/** One of several branch values, depending on unknown conditions. */
function settle(possible: unknown[], conditions: unknown[]): unknown {
  if (!conditions.length) return possible[possible.length - 1];
  const truths = possible.map(truthOf);
  const agreed = truths.every((truth) => truth === truths[0]) ? truths[0] : undefined;
  return new Unknown(mergeNeeds([...conditions, ...possible]), agreed);
}

function evaluateScoped(operator: string, operands: unknown[], scope: Scope): unknown {
  const items = evaluate(operands[0], scope);
  if (items instanceof Unknown) return new Unknown(items.needs);
  const logic = operands[1];
  const inItem = (item: unknown) => evaluate(logic, { item });
  if (operator === 'reduce') {
    const initial = operands[2] === undefined ? null : evaluate(operands[2], scope);
    if (initial instanceof Unknown) return new Unknown(initial.needs);
    if (!Array.isArray(items)) return initial;
    return items.reduce((accumulator: unknown, current: unknown) => evaluate(logic, { item: { current, accumulator } }), initial);
  }
  if (!Array.isArray(items)) return operator === 'none' ? true : operator === 'filter' || operator === 'map' ? [] : false;
  switch (operator) {
    case 'filter':
      return items.filter((item) => truthy(inItem(item)));
    case 'map':
      return items.map(inItem);
    case 'all':
      return items.length > 0 && items.every((item) => truthy(inItem(item)));
    case 'none':
      return !items.some((item) => truthy(inItem(item)));
    default: // some
      return items.length > 0 && items.some((item) => truthy(inItem(item)));
  }
}

function evaluate(logic: unknown, scope: Scope): unknown {
  if (Array.isArray(logic)) {
    const values = logic.map((item) => evaluate(item, scope));
    // an array with an unknown element is still a non-empty array: truthy
    return values.some((value) => value instanceof Unknown) ? new Unknown(mergeNeeds(values), values.length > 0) : values;
  }
  if (!isLogic(logic)) return logic;
  const operator = operatorOf(logic);
  const operands = operandsOf(logic);
  if (operator === 'if' || operator === '?:') return evaluateIf(operands, scope);
  if (operator === 'and' || operator === 'or') return evaluateJunction(operator, operands, scope);
  if (SCOPED_OPERATORS.has(operator)) return evaluateScoped(operator, operands, scope);
  const values = operands.map((operand) => evaluate(operand, scope));
  if (operator === 'var') return strict(values, () => readVar(values, scope));
  if (operator === '!' || operator === '!!') {
    const truth = truthOf(values[0]);
    if (truth === undefined) return new Unknown(mergeNeeds(values));
    return operator === '!' ? !truth : truth;
  }
  const operation = OPERATIONS[operator];
  if (!operation) throw new Error(`Unrecognized operation ${operator}`);
  return strict(values, () => operation(...values));
}

/**
 * Evaluates a JSON Logic expression over answers that may be incomplete. Returns the value json-logic-js
 * would return, or an `Unknown` when the value still depends on an unanswered question.
 */
export function evaluateLogic(logic: unknown, answers: Answers): unknown {
  return evaluate(logic, { answers });
}
