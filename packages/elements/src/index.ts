// @diwan/elements: classes and helpers only. Importing this registers no tags (see define.js).
export { DiwanElement, defineElement } from './shared/diwan-element.js';
export { LocaleController } from './shared/locale-controller.js';
export { addStrings, localeDirection, SUPPORTED_LOCALES } from './shared/i18n.js';
export { DiwanEvent, DiwanErrorEvent, DiwanServiceSelectEvent } from './shared/events.js';
export { DiwanServiceCatalogue } from './service-catalogue/service-catalogue.js';
export { DiwanEligibilityChecker } from './eligibility-checker/eligibility-checker.js';
export { DiwanEligibilityResultEvent } from './eligibility-checker/events.js';
export { DiwanRequestTracker } from './request-tracker/request-tracker.js';
export { DiwanRequestFoundEvent } from './request-tracker/events.js';
export { DiwanFeedback } from './feedback/feedback.js';
export { DiwanFeedbackSubmitEvent } from './feedback/events.js';
export { DiwanInsights } from './insights/insights.js';
export { DiwanInsightsQueryEvent } from './insights/events.js';
export { defineWhenUsed } from './shared/lazy-define.js';
