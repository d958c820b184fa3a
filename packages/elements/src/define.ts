// Registers every Diwan tag (staff ones lazily). The CDN bundle (dist/cdn/diwan.js) is built from this entry.
import './define/service-catalogue.js';
import './define/eligibility-checker.js';
import './define/request-tracker.js';
import './define/feedback.js';
import { defineWhenUsed } from './shared/lazy-define.js';

// Staff widgets are lazy chunks: loaded only when the page has such an element (citizen pages pay nothing).
defineWhenUsed('diwan-insights', () => import('./define/insights.js'));

export { addStrings } from './shared/i18n.js';
