// IBANs however they are grouped: the ISO 13616 length of the country and the mod-97 check decide, not the
// spacing (banks print IQ98 NBIQ 850 123456789012, people type IQ 98 NBIQ…, iq98nbiq…, IQ98-NBIQ-…).
import { contextBefore } from './context.js';
import { passesIbanCheck } from './digits.js';

// Country and IBAN length, from the SWIFT registry (and IR, which banks print though it is not registered).
const LENGTHS = new Map((
  'AD24AE23AL28AT20AZ28BA20BE16BG22BH22BI27BR29BY28CH21CR22CY28CZ24DE22DJ27DK18DO28EE20EG29ES24FI18FK18FO18FR27GB22GE22GI23GL18GR27'
  + 'GT28HN28HR21HU28IE22IL23IQ23IR26IS26IT27JO30KW30KZ20LB28LC32LI21LT20LU20LV21LY25MC27MD24ME22MK19MN20MR27MT31MU30NI28NL18NO15'
  + 'OM23PK24PL28PS29PT25QA29RO24RS22RU33SA24SC31SD18SE24SI19SK24SM27SO23ST25SV28TL23TN24TR26UA29VA22VG24XK20YE30'
).match(/.{4}/g)!.map((entry) => [entry.slice(0, 2), Number(entry.slice(2))]));

/**
 * A country code and check digits, then groups of letters and digits of any length, joined by a space, a
 * no-break space or a hyphen. It may follow a word typed without its space (`glued`, "toIQ80…").
 */
const candidates = (glued: string) => new RegExp(
  String.raw`(?:(?<![A-Za-z0-9])|(?<=${glued}))[A-Za-z]{2}[ \u00A0-]?\d{2}[A-Za-z0-9]*(?:[ \u00A0-][A-Za-z0-9]+){0,9}`, 'g');

/** IBANs in `text` as [start, end) pairs; `glued` is the look-behind source for a word glued to the IBAN. */
export function findIbans(text: string, glued: string): [number, number][] {
  const found: [number, number][] = [];
  const pattern = candidates(glued);
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const end = ibanEnd(match[0], text, match.index);
    if (end) found.push([match.index, match.index + end]);
    // "in 2024 IQ28…" starts a candidate that is no IBAN: look again from the next character
    pattern.lastIndex = match.index + (end || 1);
  }
  return found;
}

/** Where the IBAN that `candidate` starts with ends, or 0 when it does not start with one. */
function ibanEnd(candidate: string, text: string, index: number): number {
  const length = LENGTHS.get(candidate.slice(0, 2).toUpperCase());
  if (!length) return 0;
  // the candidate may run on into the following words: it ends where a group ends, or after the digits of a
  // group a word is glued to ("…789012thanks"); the country's own length first, then the longest cut that
  // passes the check (national layouts vary)
  const cuts: { end: number; compact: number }[] = [];
  let compact = 0;
  for (const group of candidate.matchAll(/[A-Za-z0-9]+/g)) {
    const digits = /^.*\d/.exec(group[0])?.[0].length;
    if (digits && digits < group[0].length) cuts.push({ end: group.index + digits, compact: compact + digits });
    compact += group[0].length;
    cuts.push({ end: group.index + group[0].length, compact });
  }
  const ordered = cuts.filter((cut) => cut.compact >= 15 && cut.compact <= 34)
    .sort((a, b) => Number(b.compact === length) - Number(a.compact === length) || b.compact - a.compact);
  const end = ordered.find((cut) => passesIbanCheck(candidate.slice(0, cut.end).replace(/[\s-]/g, '')))?.end ?? 0;
  // in lower case only the printed forms (compact, or in fours) count: "de 12 …", "on 00964…", "me00964 782 703…"
  // are words and numbers, unless an IBAN word stands before
  if (/^[A-Z]{2}/.test(candidate) || FOURS.test(candidate.slice(0, end)) || contextBefore(text, index) === 'iban') return end;
  return 0;
}

const FOURS = /^[a-z]{2}\d\d(?:[ \u00A0-]?[a-z\d]{4})*(?:[ \u00A0-]?[a-z\d]{1,4})?$/i;
