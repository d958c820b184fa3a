// The placeholders redaction leaves where it removed personal data: a fixed form, not the citizen's
// language, so a widget that shows a comment can find them and name them in its reader's language.

/** What redaction removes from a comment before it leaves the browser. */
export type RedactionKind = 'email' | 'phone' | 'card' | 'iban' | 'id';

export const REDACTION_PLACEHOLDERS: Readonly<Record<RedactionKind, string>> = {
  email: '[email]',
  phone: '[phone]',
  card: '[card]',
  iban: '[iban]',
  id: '[id-number]',
};
