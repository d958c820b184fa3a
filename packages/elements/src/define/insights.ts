// Registers <diwan-insights>. Safe to import twice (defineElement never redefines a tag).
import { defineElement } from '../shared/diwan-element.js';
import { DiwanInsights } from '../insights/insights.js';

defineElement('diwan-insights', DiwanInsights);

export { DiwanInsights };
