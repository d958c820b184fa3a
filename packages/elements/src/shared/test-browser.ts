// Test scaffolding: which browser a test runs in, for the few checks one of them cannot make.

/** Firefox (driven by puppeteer-core over WebDriver BiDi, which has no DevTools protocol). */
export const inFirefox = navigator.userAgent.includes('Firefox/');

/**
 * a11ySnapshot reads the accessibility tree through the DevTools protocol: Chromium only. In Firefox the
 * tests still make every DOM check (roles, aria-describedby, focus) and leave out the tree's own words.
 */
export const canReadAccessibilityTree = !inFirefox;
