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
    expect(kinds('number 4111 1111 1111 1111')).to.deep.equal(['card']);
    // one digit off: not a card by shape, but still a long identifier that must not leave the browser
    expect(kinds('number 4111 1111 1111 1112')).to.deep.equal(['id']);
    // …and a card when the citizen says so
    expect(kinds('card 4111 1111 1111 1112')).to.deep.equal(['card']);
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

  // issue 12 §3: each of these failed before the rules learned them
  it('takes passport numbers after a passport word in all four languages', () => {
    expect(redactPersonalData('passport A12345678 expired').text).to.equal('passport [id-number] expired');
    expect(redactPersonalData('رقم جواز السفر: A12345678').text).to.equal('رقم جواز السفر: [id-number]');
    expect(redactPersonalData('ژمارەی پاسپۆرتەکەم 19AB12345').text).to.equal('ژمارەی پاسپۆرتەکەم [id-number]');
    expect(redactPersonalData('passeport n° 19AB12345, merci').text).to.equal('passeport n° [id-number], merci');
    // a passport word beside an amount, a year or a reference keeps them
    const innocent = 'passport renewal costs 250000 IQD, my passport was issued in 2019, passport DW-2026-0001';
    expect(redactPersonalData(innocent).text).to.equal(innocent);
  });

  it('makes an ambiguous number personal after an ID, national number or phone word', () => {
    expect(kinds('ID card number 123456789')).to.deep.equal(['id']);
    expect(kinds('numéro national 12345678')).to.deep.equal(['id']);
    expect(kinds('الرقم الوطني ٩٨٧٦٥٤٣٢١')).to.deep.equal(['id']);
    expect(kinds('ژمارەی تەلەفۆن: 2345678')).to.deep.equal(['phone']);
    expect(kinds('I waited 123456789 seconds')).to.deep.equal([]);
  });

  it('takes IBANs in lower case, without spaces or with hyphens', () => {
    expect(redactPersonalData('iban: iq98nbiq850123456789012.').text).to.equal('iban: [iban].');
    expect(redactPersonalData('to gb82 west 1234 5698 7654 32 please').text).to.equal('to [iban] please');
    expect(redactPersonalData('IQ98-NBIQ-8501-2345-6789-012').text).to.equal('[iban]');
  });

  it('takes e-mail addresses with internationalised domains and local parts', () => {
    expect(redactPersonalData('write to ali@وزارة.عراق now').text).to.equal('write to [email] now');
    expect(redactPersonalData('courriel : jean@bücher.fr.').text).to.equal('courriel : [email].');
    expect(redactPersonalData('ئیمەیڵ: ڕه‌شۆ@نموونه‌.krd').text).to.equal('ئیمەیڵ: [email]');
  });

  it('keeps large amounts whatever their grouping', () => {
    for (const amount of ['1 250 000 500 IQD', '7 324 312 470 dinars', '٩ ٩٦٦ ٠٢٥ ٥٠٠ د.ع', '$1,250,000,500', '5.624.046.261 USD']) {
      expect(findPersonalData(`we paid ${amount} in fees`), amount).to.deep.equal([]);
    }
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
