// The one digit normalisation: Arabic-Indic (٠-٩, U+0660) and Eastern Arabic / Persian / Kurdish
// (۰-۹, U+06F0) digits become Latin ones. One UTF-16 unit for one, so positions are kept.

/** The local digit sets, zero to nine. */
export const LOCAL_DIGITS = ['٠١٢٣٤٥٦٧٨٩', '۰۱۲۳۴۵۶۷۸۹'] as const;

/** `٠٧٥٠` and `۰۷۵۰` → `0750`; everything else as it is. */
export function toLatinDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => String(digit.charCodeAt(0) & 0xf));
}
