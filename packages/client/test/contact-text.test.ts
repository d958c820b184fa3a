// The one home of small text jobs every widget shares: local digits, dial links, https links, weekdays.
// Each in Latin, Arabic-Indic (٠-٩) and Eastern Arabic / Persian (۰-۹) digits.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { dialHref, isDayRun, isHttpsUrl, toLatinDigits, weekdayDate } from '@diwan/client/core';

describe('toLatinDigits', () => {
  it('turns Arabic-Indic and Eastern Arabic digits into Latin ones and leaves everything else', () => {
    expect(toLatinDigits('0123456789')).to.equal('0123456789');
    expect(toLatinDigits('٠١٢٣٤٥٦٧٨٩')).to.equal('0123456789');
    expect(toLatinDigits('۰۱۲۳۴۵۶۷۸۹')).to.equal('0123456789');
    expect(toLatinDigits('DW-٢٠٢٦-۰۰۴۲ ساعت')).to.equal('DW-2026-0042 ساعت');
  });

  it('keeps every position (one UTF-16 unit for one), so redaction can map matches back', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹ab +-') }), (text) => {
      expect(toLatinDigits(text)).to.have.length(text.length);
    }));
  });
});

describe('dialHref', () => {
  const cases: [string, string][] = [
    ['0750 123 4567', 'tel:07501234567'],
    ['٠٧٥٠ ١٢٣ ٤٥٦٧', 'tel:07501234567'],
    ['۰۷۵۰ ۱۲۳ ۴۵۶۷', 'tel:07501234567'],
    ['+964 750 123 4567', 'tel:+9647501234567'],
    ['+٩٦٤ ٧٥٠ ١٢٣ ٤٥٦٧', 'tel:+9647501234567'],
    ['+۹۶۴ (۷۵۰) ۱۲۳-۴۵۶۷', 'tel:+9647501234567'],
    ['\u200e+964 1 555 0100', 'tel:+96415550100'], // a left-to-right mark before the plus, as Arabic pages write it
  ];
  for (const [phone, href] of cases) {
    it(`${JSON.stringify(phone)} → ${href}`, () => expect(dialHref(phone)).to.equal(href));
  }

  it('writes an sms: link the same way', () => {
    expect(dialHref('٥٥٥٠', 'sms')).to.equal('sms:5550');
  });

  it('gives no link for a number with no digits (never a bare "tel:")', () => {
    expect(dialHref('call us')).to.equal(undefined);
    expect(dialHref('+')).to.equal(undefined);
  });

  it('keeps a plus only at the start', () => {
    expect(dialHref('0750+123')).to.equal('tel:0750123');
  });
});

describe('isHttpsUrl', () => {
  it('accepts https only', () => {
    expect(isHttpsUrl('https://services.example.gov/apply')).to.equal(true);
    expect(isHttpsUrl('HTTPS://services.example.gov/')).to.equal(true);
    for (const url of ['http://services.example.gov/', 'javascript:alert(1)', 'https//x', '/apply', '', undefined]) {
      expect(isHttpsUrl(url), String(url)).to.equal(false);
    }
  });
});

describe('weekdays', () => {
  it('dates each weekday on a day that really is that weekday (for Intl names)', () => {
    expect(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => weekdayDate(day as 'mon').getUTCDay())).to.deep.equal([1, 2, 3, 4, 5, 6, 0]);
  });

  it('tells a run of three or more consecutive days (wrapping past Sunday) from a list', () => {
    expect(isDayRun(['sun', 'mon', 'tue', 'wed', 'thu'])).to.equal(true);
    expect(isDayRun(['sat', 'sun', 'mon'])).to.equal(true);
    expect(isDayRun(['mon', 'wed', 'thu'])).to.equal(false);
    expect(isDayRun(['mon', 'tue'])).to.equal(false);
  });
});
