// The redaction rules one by one: what goes, what stays, and the text the ministry receives.
import { expect } from '@open-wc/testing';
import { findPersonalData, redactPersonalData } from '../src/redact/index.js';

const kinds = (text: string) => findPersonalData(text).map((finding) => finding.kind);

describe('redactPersonalData', () => {
  it('replaces personal data with language-neutral placeholders and counts each kind', () => {
    const result = redactPersonalData('Call +964 750 123 4567 or 0750 123 4567, or write to ali@example.com. Ref DW-2026-0001.');
    expect(result.text).to.equal('Call [phone] or [phone], or write to [email]. Ref DW-2026-0001.');
    expect(result.removed).to.deep.equal({ email: 1, phone: 2, card: 0, iban: 0, id: 0 });
  });

  it('finds phone numbers written in Arabic-Indic and Eastern Arabic digits, and keeps the Arabic text around them', () => {
    expect(redactPersonalData('رقمي ٠٧٥٠ ١٢٣ ٤٥٦٧ شكراً').text).to.equal('رقمي [phone] شكراً');
    expect(redactPersonalData('ژمارەکەم ۰۷۷۰ ۹۸۷ ۶۵۴۳ە').text).to.equal('ژمارەکەم [phone]ە');
    expect(kinds('+٩٦٤ ٧٥٠ ١٢٣ ٤٥٦٧')).to.deep.equal(['phone']);
  });

  it('treats a 16-digit number as a card only when its Luhn checksum holds', () => {
    expect(kinds('card 4111 1111 1111 1111')).to.deep.equal(['card']);
    // one digit off: not a card, but still a long identifier that must not leave the browser
    expect(kinds('card 4111 1111 1111 1112')).to.deep.equal(['id']);
  });

  it('treats an IBAN as one only when its mod-97 check holds', () => {
    expect(kinds('IBAN IQ98 NBIQ 8501 2345 6789 012 thanks')).to.deep.equal(['iban']);
    expect(redactPersonalData('IBAN GB82WEST12345698765432.').text).to.equal('IBAN [iban].');
    expect(kinds('IBAN IQ99 NBIQ 8501 2345 6789 012')).to.not.include('iban');
  });

  it('removes long ID-like digit runs but keeps dates, times, prices, percentages, years and references', () => {
    expect(kinds('National ID 199012345678')).to.deep.equal(['id']);
    const innocent = 'On 2026-11-23 at 10:30 (23/11/2026, 10h30) I paid 25,000 IQD, 1 200 000 dinars, 15 %, ٦٠٪, '
      + 'in 2024 2025 2026, for DW-2026-0001 and REF/2026/77, room 104, 1 000 000 000 IQD.';
    expect(findPersonalData(innocent)).to.deep.equal([]);
    expect(redactPersonalData(innocent).text).to.equal(innocent);
  });

  it('leaves a comment without personal data untouched, and handles empty and hostile input', () => {
    expect(redactPersonalData('').text).to.equal('');
    const hostile = '<img src=x onerror=alert(1)> ‮ 12345';
    expect(redactPersonalData(hostile).text).to.equal(hostile);
  });

  it('reports positions in the original text, even with non-Latin digits', () => {
    const text = 'اتصل ٠٧٥٠١٢٣٤٥٦٧ الآن';
    const [finding] = findPersonalData(text);
    expect(text.slice(finding!.start, finding!.end)).to.equal('٠٧٥٠١٢٣٤٥٦٧');
  });
});
