// Vite plugin for the CDN build: minifies the CSS inside Lit's css`…` literals (comments, indentation,
// spaces around punctuation), which the JavaScript minifier leaves as written. Only literals without
// `${…}` are touched, so nothing is parsed that could change meaning.
import type { Plugin } from 'vite';

const CSS_LITERAL = /\bcss`([^`$\\]*)`/g;

/** Whitespace and comments out; the text of selectors and values unchanged. */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

export function minifyCssLiterals(): Plugin {
  return {
    name: 'diwan-minify-css-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/packages\/elements\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: code.replace(CSS_LITERAL, (_, css: string) => `css\`${minifyCss(css)}\``), map: null };
    },
  };
}
