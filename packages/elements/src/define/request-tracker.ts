// Registers <diwan-request-tracker>. Safe to import twice (defineElement never redefines a tag).
import { defineElement } from '../shared/diwan-element.js';
import { DiwanRequestTracker } from '../request-tracker/request-tracker.js';

defineElement('diwan-request-tracker', DiwanRequestTracker);

export { DiwanRequestTracker };
