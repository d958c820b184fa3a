// Turning what a citizen typed into the reference a backend expects. Pure functions, no DOM.

/** Arabic-Indic (٠–٩, U+0660) and Extended Arabic-Indic (۰–۹, U+06F0, Persian/Kurdish) digits → 0–9. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => String(digit.charCodeAt(0) & 0xf));
}

// Hyphen look-alikes a phone keyboard or a copy from a PDF produces: ‐ ‑ ‒ – — − ﹣ －, and tatweel.
const DASHES = /[\u2010-\u2015\u2212\uFE63\uFF0D\u0640]/g;

/** Full-width letters and digits (NFKC), local digits, dash look-alikes; spaces trimmed and collapsed. */
function tidy(input: string): string {
  return toAsciiDigits(input.normalize('NFKC'))
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .replace(/ ?- ?/g, '-')
    .trim();
}

/** The longest reference Diwan sends (as the lookup schema): anything longer is not matched at all. */
export const MAX_REFERENCE_LENGTH = 64;
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

/**
 * Compiles a backend's reference pattern. An invalid or unsafe one (see isUnsafePattern) is ignored:
 * the backend still checks the reference, and the page never freezes on a pattern like `^(a+)+$`.
 */
export function compileReferencePattern(source: string | undefined): RegExp | undefined {
  if (!source || isUnsafePattern(source)) return undefined;
  try {
    return new RegExp(source, 'u');
  } catch {
    return undefined;
  }
}

export type ReferenceCheck =
  | { ok: true; reference: string }
  | { ok: false; problem: 'missing' | 'format' };

/**
 * Normalises a typed reference and checks it against the backend's pattern. Digits in Arabic-Indic
 * and Eastern Arabic forms, letter case and spaces are forgiven: `dw ٢٠٢٦ ٠٠٠١` is `DW-2026-0001`
 * when the pattern is `^DW-\d{4}-\d{4}$`. Without a pattern the tidied text is sent as typed
 * (case kept: some backends' references are case-sensitive).
 */
export function checkReference(input: string, pattern?: RegExp): ReferenceCheck {
  const tidied = tidy(input);
  if (!tidied) return { ok: false, problem: 'missing' };
  // a cap before any matching: the time a pattern takes grows with the text it runs on
  if (tidied.length > MAX_REFERENCE_LENGTH) return { ok: false, problem: 'format' };
  if (!pattern) return { ok: true, reference: tidied };
  const upper = tidied.toUpperCase();
  const candidates = [
    tidied,
    upper,
    upper.replace(/ /g, '-'), // "DW 2026 0001"
    upper.replace(/ /g, ''), // "DW2026 0001" for a pattern without separators
    upper.replace(/[\s-]/g, ''),
  ];
  const match = candidates.find((candidate) => pattern.test(candidate));
  return match === undefined ? { ok: false, problem: 'format' } : { ok: true, reference: match };
}

/** A verification value as sent: local digits → ASCII, spaces trimmed and collapsed. */
export function normaliseVerification(input: string): string {
  return toAsciiDigits(input.normalize('NFKC')).replace(/\s+/g, ' ').trim();
}
