export {
  findPersonalData, redactPersonalData, REDACTION_KINDS, REDACTION_PLACEHOLDERS,
  type Redaction, type RedactionKind, type RedactionResult,
} from './redact.js';
