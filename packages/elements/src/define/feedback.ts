// Registers <diwan-feedback>. Safe to import twice (defineElement never redefines a tag).
import { defineElement } from '../shared/diwan-element.js';
import { DiwanFeedback } from '../feedback/feedback.js';

defineElement('diwan-feedback', DiwanFeedback);

export { DiwanFeedback };
