// Digit and separator normalisation for redaction. Every mapping is one UTF-16 unit to one, so a position
// in the normalised text is the same position in the citizen's text.

const ARABIC_INDIC_ZERO = 0x0660; // ٠ … ٩
const EASTERN_ARABIC_ZERO = 0x06f0; // ۰ … ۹ (Persian and Kurdish forms)

/** Arabic-Indic and Eastern Arabic digits become ASCII; Arabic decimal/thousands marks become `.`/`,`. */
export function normaliseDigits(text: string): string {
  let result = '';
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= ARABIC_INDIC_ZERO && code <= ARABIC_INDIC_ZERO + 9) result += String.fromCharCode(48 + code - ARABIC_INDIC_ZERO);
    else if (code >= EASTERN_ARABIC_ZERO && code <= EASTERN_ARABIC_ZERO + 9) result += String.fromCharCode(48 + code - EASTERN_ARABIC_ZERO);
    else if (code === 0x066b) result += '.'; // ٫ Arabic decimal separator
    else if (code === 0x066c) result += ','; // ٬ Arabic thousands separator
    else if (code === 0x066a) result += '%'; // ٪ Arabic percent sign
    else result += text[index];
  }
  return result;
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

/** ISO 13616 check: move the first four characters to the end, letters to numbers, modulo 97 must be 1. */
export function passesIbanCheck(iban: string): boolean {
  const compact = iban.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const character of rearranged) {
    const value = character >= 'A' ? String(character.charCodeAt(0) - 55) : character;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}
