import { toLatinDigits } from '../digits.js';

// Digit and separator normalisation for redaction. Every mapping is one UTF-16 unit to one, so a position
// in the normalised text is the same position in the citizen's text.

const NUMBER_MARKS: Record<string, string> = { '\u066b': '.', '\u066c': ',', '\u066a': '%' }; // ٫ ٬ ٪

/** Local digits become Latin; the Arabic decimal, thousands and percent marks become `.`, `,` and `%`. */
export function latinDigitsAndMarks(text: string): string {
  return toLatinDigits(text).replace(/[\u066a-\u066c]/g, (mark) => NUMBER_MARKS[mark]!);
}

/** Luhn checksum, as every payment card number carries. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = digits.charCodeAt(digits.length - 1 - index) - 48;
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** The remainder of a long run of digits divided by `divisor`, digit by digit (no precision lost). */
const remainder = (digits: string, divisor: number) => [...digits].reduce((rest, digit) => (rest * 10 + Number(digit)) % divisor, 0);

/** ISO 13616 check: move the first four characters to the end, letters to numbers, modulo 97 must be 1. */
export function passesIbanCheck(iban: string): boolean {
  const compact = iban.replace(/\s+/g, '').toUpperCase();
  const rearranged = (compact.slice(4) + compact.slice(0, 4)).replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  return /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact) && remainder(rearranged, 97) === 1;
}

/** French NIR (sécurité sociale): 13 characters and a key, 97 − (number mod 97); Corsica's 2A/2B count as 19/18. */
export function passesNirKey(nir: string): boolean {
  const compact = nir.replace(/\s/g, '').toUpperCase().replace('2A', '19').replace('2B', '18');
  return /^\d{15}$/.test(compact) && 97 - remainder(compact.slice(0, 13), 97) === Number(compact.slice(13));
}

/** Turkish identity number (T.C. kimlik no): 11 digits, the last two computed from the first nine and ten. */
export function passesTurkishIdCheck(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  const d = [...digits].map(Number);
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  return (((odd * 7 - even) % 10) + 10) % 10 === d[9] && d.slice(0, 10).reduce((sum, x) => sum + x, 0) % 10 === d[10];
}
