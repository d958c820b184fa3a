import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { checkReference, compileReferencePattern, normaliseVerification, normalizeVerification } from '../src/tracking/reference.js';
import { toLatinDigits } from '../src/digits.js';

const demoPattern = compileReferencePattern('^DW-\\d{4}-\\d{4}$');

describe('checkReference', () => {
  it('forgives case, spaces, dash look-alikes and local digits', () => {
    const typed = [
      'DW-2026-0001',
      'dw-2026-0001',
      '  dw 2026 0001 ',
      'DW - 2026 - 0001',
      'DW–2026—0001',
      'DW-٢٠٢٦-٠٠٠١', // Arabic-Indic
      'dw ۲۰۲۶ ۰۰۰۱', // Extended Arabic-Indic (Kurdish, Persian)
      'ＤＷ－２０２６－０００１', // full width
    ];
    for (const input of typed) {
      expect(checkReference(input, demoPattern), JSON.stringify(input)).to.deep.equal({ ok: true, reference: 'DW-2026-0001' });
    }
  });

  it('rejects what cannot be a reference, and says whether it was empty or malformed', () => {
    expect(checkReference('   ', demoPattern)).to.deep.equal({ ok: false, problem: 'missing' });
    for (const input of ['DW-2026-001', 'XX-2026-0001', 'DW-2026-0001-7', '2026-0001', 'DW-2O26-0001']) {
      expect(checkReference(input, demoPattern), input).to.deep.equal({ ok: false, problem: 'format' });
    }
  });

  it('removes separators for a pattern without them', () => {
    const compact = compileReferencePattern('^[A-Z]{2}\\d{8}$');
    expect(checkReference('dw 2026-0001', compact)).to.deep.equal({ ok: true, reference: 'DW20260001' });
  });

  it('keeps the case without a pattern (some backends are case-sensitive) but tidies spaces and digits', () => {
    expect(checkReference('  abc ١٢٣  ')).to.deep.equal({ ok: true, reference: 'abc 123' });
  });

  it('ignores an invalid pattern instead of throwing', () => {
    expect(compileReferencePattern('([')).to.equal(undefined);
    expect(compileReferencePattern(undefined)).to.equal(undefined);
  });

  it('accepts every well-formed reference however it is spaced or cased (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 9999 }), fc.boolean(), fc.constantFrom('-', ' ', ' - '), (year, number, lower, separator) => {
        const canonical = `DW-${String(year).padStart(4, '0')}-${String(number).padStart(4, '0')}`;
        const typed = (lower ? canonical.toLowerCase() : canonical).replace(/-/g, separator);
        expect(checkReference(typed, demoPattern)).to.deep.equal({ ok: true, reference: canonical });
      }),
    );
  });
});

describe('normalizeVerification and toLatinDigits', () => {
  it('keeps the earlier spelling normaliseVerification as the same function (deprecated alias)', () => {
    expect(normaliseVerification).to.equal(normalizeVerification);
  });

  it('turns local digits into ASCII and tidies spaces, leaving letters alone', () => {
    expect(toLatinDigits('٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹')).to.equal('0123456789 0123456789');
    expect(normalizeVerification('  Abu   Bakr ')).to.equal('Abu Bakr');
    expect(normalizeVerification(' ٤٤٠٠١ ')).to.equal('44001');
    expect(normalizeVerification('كريم')).to.equal('كريم');
  });
});
