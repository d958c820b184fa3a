// The reflow test's own measure (layout-checks.ts) must catch a word broken although it fits its line,
// and must not blame a word that is wider than its line, in Latin and in Arabic script.
import { expect } from '@open-wc/testing';
import { reflowProblems } from './layout-checks.js';
import type { HostPage } from './support.js';

const page = { doc: document, win: window } as unknown as HostPage;

function widget(text: string, css: string): HTMLElement {
  const element = document.createElement('div');
  element.attachShadow({ mode: 'open' }).innerHTML = `<style>p { font: 24px serif; margin: 0; ${css} }</style><p>${text}</p>`;
  element.style.inlineSize = '200px';
  document.body.append(element);
  return element;
}

const brokenWords = (element: HTMLElement) => reflowProblems(page, element).filter((problem) => problem.includes('broken mid-word'));

describe('layout checks: words broken mid-word', () => {
  afterEach(() => document.querySelectorAll('body > div').forEach((element) => element.remove()));

  it('catches a word that fits its line but is broken (break-all), in Latin and Arabic script', () => {
    expect(brokenWords(widget('report a problem with a service', 'word-break: break-all'))).not.to.deep.equal([]);
    expect(brokenWords(widget('لا أستطيع الدخول إلى حسابي الشخصي', 'word-break: break-all; direction: rtl'))).not.to.deep.equal([]);
  });

  it('accepts words broken only because they are wider than the line, and whole words', () => {
    expect(brokenWords(widget('a Pneumonoultramicroscopicsilicovolcanoconiosis word', 'overflow-wrap: break-word'))).to.deep.equal([]);
    expect(brokenWords(widget('بە ئەگەری زۆر دەتوانیت وەریبگریتوەریبگریتوەریبگریت: مووچە', 'overflow-wrap: break-word; direction: rtl'))).to.deep.equal([]);
    expect(brokenWords(widget('report a problem with a service', ''))).to.deep.equal([]);
  });
});
