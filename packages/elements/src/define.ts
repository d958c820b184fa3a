// Registers every Diwan tag. The CDN bundle (dist/cdn/diwan.js) is built from this entry.
import './define/service-catalogue.js';
import './define/eligibility-checker.js';
import './define/request-tracker.js';
import './define/feedback.js';

export { addStrings } from './shared/i18n.js';
