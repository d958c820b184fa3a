// Reference patterns come from the backend and run on the page's thread at every lookup: a pattern that
// backtracks exponentially (`^(a+)+$` froze a page 5.6 s on 31 typed characters) must never be compiled.
// The validating boundary drops such a pattern from a backend's capabilities.

/** The longest pattern source Diwan compiles. */
const MAX_PATTERN_LENGTH = 256;

/** A quantifier at `source[index]`: its length, and whether it repeats (more than once) or varies. */
function quantifierAt(source: string, index: number): { length: number; repeats: boolean; varies: boolean } | undefined {
  const char = source[index];
  let result: { length: number; repeats: boolean; varies: boolean } | undefined;
  if (char === '*' || char === '+') result = { length: 1, repeats: true, varies: true };
  else if (char === '?') result = { length: 1, repeats: false, varies: true };
  else if (char === '{') {
    const counted = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(index));
    if (!counted) return undefined;
    const min = Number(counted[1]);
    const max = counted[2] === undefined ? min : counted[3] === '' ? Infinity : Number(counted[3]);
    result = { length: counted[0].length, repeats: max > 1, varies: max !== min };
  }
  if (result && source[index + result.length] === '?') result.length += 1; // lazy: same risk
  return result;
}

/**
 * True when a pattern can backtrack exponentially (or is beyond what a reference needs): a group that
 * holds a varying quantifier or an alternation and is itself repeated — `(a+)+`, `(a|aa)*`, `(\d+-){3}` —
 * and backreferences. Conservative: a few safe patterns are refused too; references are simple shapes.
 */
export function isUnsafePattern(source: string): boolean {
  if (source.length > MAX_PATTERN_LENGTH) return true;
  // each open group: does it hold a varying quantifier or an alternation?
  const groups: boolean[] = [];
  let risky = false; // the last atom closed (a group) held one
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index]!;
    if (char === '\\') {
      const next = source[index + 1] ?? '';
      if (/[1-9k]/.test(next)) return true; // backreference
      // \p{…}, \u{…}: the braces belong to the escape
      index += /[pPu]/.test(next) && source[index + 2] === '{' ? source.indexOf('}', index) - index : 1;
      risky = false;
    } else if (char === '[') {
      for (index += 1; index < source.length && source[index] !== ']'; index += 1) if (source[index] === '\\') index += 1;
      risky = false;
    } else if (char === '(') {
      groups.push(false);
      risky = false;
      // (?:…) (?=…) (?!…) (?<=…) (?<!…) (?<name>…): the `?` opens the group, it is no quantifier
      const opener = /^\?(:|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(source.slice(index + 1));
      if (opener) index += opener[0].length;
    } else if (char === ')') {
      risky = groups.pop() ?? false;
      if (risky && groups.length) groups[groups.length - 1] = true;
    } else if (char === '|') {
      if (groups.length) groups[groups.length - 1] = true;
      risky = false;
    } else {
      const quantifier = quantifierAt(source, index);
      if (quantifier) {
        if (risky && quantifier.repeats) return true;
        if (quantifier.varies && groups.length) groups[groups.length - 1] = true;
        index += quantifier.length - 1;
      }
      risky = false;
    }
  }
  return false;
}

