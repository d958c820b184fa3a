// Minifies the CSS inside Lit's css`…` literals (comments, indentation, spaces around punctuation),
// which JavaScript minifiers leave as written. Used by both builds (npm and CDN) and by the size
// measurement (scripts/bench/sizes.mjs), so the measured entries are what hosts get. Only literals
// without `${…}` are touched, so nothing is parsed that could change meaning.

const CSS_LITERAL = /\bcss`([^`$\\]*)`/g;
const ELEMENT_SOURCE = /\/packages\/elements\/src\/.*\.ts$/;

/** Whitespace and comments out; the text of selectors and values unchanged. @param {string} css */
export function minifyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/** The source with its css`…` literals minified, or undefined when it has none. @param {string} code @param {string} id */
export function minifyCssLiteralsIn(code, id) {
  if (!ELEMENT_SOURCE.test(id.replaceAll('\\', '/')) || !code.includes('css`')) return undefined;
  return code.replace(CSS_LITERAL, (_, css) => `css\`${minifyCss(css)}\``);
}

/** The Vite plugin. @returns {import('vite').Plugin} */
export function minifyCssLiterals() {
  return {
    name: 'diwan-minify-css-literals',
    enforce: 'pre',
    transform(code, id) {
      const minified = minifyCssLiteralsIn(code, id);
      return minified === undefined ? null : { code: minified, map: null };
    },
  };
}
