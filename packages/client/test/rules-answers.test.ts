// Reading answers as citizens type them, and checking them against their question.
import { expect } from '@open-wc/testing';
import { toLatinDigits } from '@diwan/client/core';
import { checkAnswer, dateParts, parseDateParts, parseNumberInput, validAnswers, type Question } from '@diwan/client';

const age: Question = { id: 'age', type: 'number', label: 'Age', min: 0, max: 120, step: 1 };
const born: Question = { id: 'born', type: 'date', label: 'Born', min: '1900-01-01', max: '2026-12-31' };
const status: Question = { id: 'status', type: 'choice', label: 'S', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] };

describe('answers', () => {
  it('reads Arabic-Indic and Eastern Arabic (Persian) digits as well as Latin ones', () => {
    expect(toLatinDigits('٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹')).to.equal('0123456789 0123456789');
    expect(parseNumberInput('٤٢', 'ar')).to.equal(42);
    expect(parseNumberInput('۴۲', 'ckb')).to.equal(42);
    expect(parseNumberInput('٧٥٠٬٠٠٠', 'ar')).to.equal(750000);
    expect(parseNumberInput('١٫٥', 'ar')).to.equal(1.5);
  });

  it('reads the locale’s grouping and decimal marks', () => {
    expect(parseNumberInput('750,000', 'en')).to.equal(750000);
    expect(parseNumberInput(' 1.5 ', 'en')).to.equal(1.5);
    expect(parseNumberInput('750 000', 'fr')).to.equal(750000);
    expect(parseNumberInput('750\u202F000', 'fr')).to.equal(750000);
    expect(parseNumberInput('1,5', 'fr')).to.equal(1.5);
  });

  it('refuses what is not one number', () => {
    for (const text of ['', 'abc', '12abc', '1-2', '--1', '1e5', '1.2.3', '٤٢ years']) expect(parseNumberInput(text, 'en'), text).to.equal(undefined);
  });

  it('reads real dates only, in any digit set', () => {
    expect(parseDateParts({ day: '٢٧', month: '٣', year: '١٩٦٤' })).to.deep.equal({ date: '1964-03-27' });
    expect(parseDateParts({ day: '29', month: '2', year: '2024' })).to.deep.equal({ date: '2024-02-29' });
    expect(parseDateParts({ day: '29', month: '2', year: '2023' }).problem).to.deep.equal({ code: 'not_a_date' });
    expect(parseDateParts({ day: '31', month: '4', year: '2020' }).problem).to.deep.equal({ code: 'not_a_date' });
    expect(parseDateParts({ day: '1', month: '13', year: '2020' }).problem).to.deep.equal({ code: 'not_a_date' });
    expect(parseDateParts({ day: '', month: '', year: '' }).problem).to.deep.equal({ code: 'required' });
    expect(parseDateParts({ day: '3', month: '', year: '' }).problem).to.deep.equal({ code: 'date_incomplete', missing: ['month', 'year'] });
    expect(dateParts('1964-03-07')).to.deep.equal({ day: '7', month: '3', year: '1964' });
  });

  it('checks bounds, steps, dates and options', () => {
    expect(checkAnswer(age, 30)).to.equal(undefined);
    expect(checkAnswer(age, -1)).to.deep.equal({ code: 'too_small', min: 0 });
    expect(checkAnswer(age, 121)).to.deep.equal({ code: 'too_large', max: 120 });
    expect(checkAnswer(age, 30.5)).to.deep.equal({ code: 'not_whole' });
    expect(checkAnswer(age, undefined)).to.deep.equal({ code: 'required' });
    expect(checkAnswer(born, '2027-01-01')).to.deep.equal({ code: 'too_late', max: '2026-12-31' });
    expect(checkAnswer(born, '2023-02-29')).to.deep.equal({ code: 'not_a_date' });
    expect(checkAnswer(status, 'c')).to.deep.equal({ code: 'unknown_option' });
  });

  it('keeps only valid answers from restored progress', () => {
    const restored = { age: 'forty', born: '1960-01-01', status: 'a', stranger: 1, __proto__: { age: 1 } };
    expect(validAnswers([age, born, status], restored)).to.deep.equal({ born: '1960-01-01', status: 'a' });
  });
});
