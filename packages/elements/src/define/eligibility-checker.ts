// Registers <diwan-eligibility-checker>. Safe to import twice (defineElement never redefines a tag).
import { defineElement } from '../shared/diwan-element.js';
import { DiwanEligibilityChecker } from '../eligibility-checker/eligibility-checker.js';

defineElement('diwan-eligibility-checker', DiwanEligibilityChecker);

export { DiwanEligibilityChecker };
