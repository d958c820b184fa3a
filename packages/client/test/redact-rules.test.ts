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

  // Shapes the held-out corpus (fixtures/redaction-heldout) found missed or wrongly removed.
  describe('what the held-out corpus found', () => {
    const removed = (text: string) => findPersonalData(text).map((finding) => text.slice(finding.start, finding.end));

    it('takes passport and identity-card numbers after the word even when the clause goes on', () => {
      expect(removed('the clerk wrote my passport number wrong, it is U32506000 not that')).to.deep.equal(['U32506000']);
      expect(removed('J\'ai envoyé mon passeport, numéro 02KW27099, au bureau.')).to.deep.equal(['02KW27099']);
      expect(removed('الموظف كتب رقم الجواز غلط، الصحيح A٣٧١٠٠٥٩')).to.deep.equal(['A٣٧١٠٠٥٩']);
      expect(removed('My pasport number is N30051936')).to.deep.equal(['N30051936']);
      expect(removed('ژمارەی پاسپورتم u26445430ە')).to.deep.equal(['u26445430']);
      expect(removed('Ma carte d\'identité n° PVX7Y545G a été refusée')).to.deep.equal(['PVX7Y545G']);
      expect(removed('My National Insurance number is JK 23 68 04 D, thanks')).to.deep.equal(['JK 23 68 04 D']);
      expect(removed('ssn 293-03-6228, submitted')).to.deep.equal(['293-03-6228']);
      // Sorani typed on an Arabic keyboard, Arabic with ه for ة
      expect(removed('ژمارهي ناسنامه 62446022 و')).to.deep.equal(['62446022']);
      expect(removed('رقم الهويه ٥٧٢٣٣٠ وتلفوني')).to.deep.equal(['٥٧٢٣٣٠']);
      // a national card is an identity document, not a payment card
      expect(kinds('They asked for my national card number 1233 0693 2561 again')).to.deep.equal(['id']);
    });

    it('takes cards padded with two spaces and IBANs with a space after the country', () => {
      expect(removed('I paid with my Visa 4510  5414  6658  6250 and')).to.deep.equal(['4510  5414  6658  6250']);
      expect(removed('IBAN: IQ 98 NBIQ951708608578578 و')).to.deep.equal(['IQ 98 NBIQ951708608578578']);
      expect(removed('يرجع على الايبان IQ 10 TRBI927279323661212 مو')).to.deep.equal(['IQ 10 TRBI927279323661212']);
      // …but not two letters that happen to stand before digits
      expect(kinds('call back on 009647733242000 please')).to.deep.equal(['phone']);
      expect(kinds('J\'ai payé par CB 2221361503345030 hier')).to.deep.equal(['card']);
    });

    it('keeps large amounts with the currency before them or a multiplier word, and spaced references', () => {
      for (const innocent of [
        'le générateur coûte DA 2152684000 par mois', 'والمبلغ المستحق د.ع 8893421000', 'payer euros 7 937 021 500 demain',
        'نرخەکانی 1995 (2 530 000 هەزار دینار) هێشتا دیارن', 'كل مرة 8 064 921 500 الف دينار', 'پەیوەندی بە DW 2025 5112ەوە هەیە',
      ]) expect(findPersonalData(innocent), innocent).to.deep.equal([]);
    });
  });
  // Classes of miss held-out set 2 showed (issue 12 §3); the examples are our own, not the set's.
  describe('what held-out set 2 found, as classes', () => {
    const removed = (text: string) => findPersonalData(text).map((finding) => `${finding.kind}:${text.slice(finding.start, finding.end)}`);

    it('takes a value typed glued to the word before it, but keeps codes glued to their digits', () => {
      expect(removed('please ring me on0750 123 4567 tonight')).to.deep.equal(['phone:0750 123 4567']);
      expect(removed('virement versé surIQ64 BBAG 4021 1876 5430 021 hier')).to.deep.equal(['iban:IQ64 BBAG 4021 1876 5430 021']);
      expect(removed('my civil ID199012345678 was refused')).to.deep.equal(['id:199012345678']);
      expect(removed('payé avec la carte4532015112830366')).to.deep.equal(['card:4532015112830366']);
      expect(removed('numéro de sécu2 91 01 2A 004 017 45')).to.deep.equal(['id:2 91 01 2A 004 017 45']);
      expect(removed('ref DW20260042 and REF20261234567 and A12345678 and dw-2026-0042')).to.deep.equal([]);
    });

    it('reads residence cards and permits as identity documents in four languages, whatever the digits and keyboard', () => {
      expect(removed('Residency card no. 4417203 expired')).to.deep.equal(['id:4417203']);
      expect(removed('بطاقة سكن رقم ٥٥٢٠١٣٧ منتهية')).to.deep.equal(['id:٥٥٢٠١٣٧']);
      // Sorani typed on an Arabic keyboard (ي for ێ, ه for ە)
      expect(removed('كارتي نيشتهجيبوونم ۴۴۱۷۲۰۳ بەسەرچووە')).to.deep.equal(['id:۴۴۱۷۲۰۳']);
      expect(removed('Ma carte de résident 88012345 a expiré')).to.deep.equal(['id:88012345']);
      // ten digits that would read as an Iraqi mobile without its 0
      expect(removed('titre de séjour 7712345678')).to.deep.equal(['id:7712345678']);
    });

    it('takes phones with a slash after the trunk prefix, and keeps dates and decisions written with slashes', () => {
      expect(removed('ring 0770/9876543 after work')).to.deep.equal(['phone:0770/9876543']);
      expect(removed('يرجى الاتصال ٠٧٥٠/١٢٣٤٥٦٧')).to.deep.equal(['phone:٠٧٥٠/١٢٣٤٥٦٧']);
      expect(removed('decision 152/2019 and 2024/2025 and 1445/03/12')).to.deep.equal([]);
    });

    it('takes UK National Insurance numbers spaced or not, with or without the word, and not other letters', () => {
      expect(removed('my NI number is QQ 12 34 56 C')).to.deep.equal(['id:QQ 12 34 56 C']);
      expect(removed('NINO: AB123456C')).to.deep.equal(['id:AB123456C']);
      expect(removed('ref AB 12 34 56 E and GB123456A')).to.deep.equal([]);
    });

    it('takes an IBAN in any grouping that passes mod 97 at its country\'s length, but not words that look like one', () => {
      expect(removed('bank statement IQ33 TRIQ 117 000345678912 thanks')).to.deep.equal(['iban:IQ33 TRIQ 117 000345678912']);
      expect(removed('old account (IQ 64 BBAG 4021 1876 5430 021) closed')).to.deep.equal(['iban:IQ 64 BBAG 4021 1876 5430 021']);
      expect(removed('the IBAN is DE44 5001 0517 5407 3249 31 2026 was the year')).to.deep.equal(['iban:DE44 5001 0517 5407 3249 31']);
      expect(removed('on 12 may iq 64 bbag is not')).to.deep.equal([]);
      expect(removed('de 12 mois et 3 jours')).to.deep.equal([]);
    });

    it('takes cards grouped with spaced dashes when Luhn holds, in any digits, and not a range of numbers', () => {
      expect(removed('paid by visa 4026 - 1234 - 5678 - 9017 yesterday')).to.deep.equal(['card:4026 - 1234 - 5678 - 9017']);
      expect(removed('كارت ٥٢٥٥ - ١٢٣٤ - ٥٦٧٨ - ٩٠١٦ ضاع')).to.deep.equal(['card:٥٢٥٥ - ١٢٣٤ - ٥٦٧٨ - ٩٠١٦']);
      expect(removed('amex 3714 - 496353 - 98431')).to.deep.equal(['card:3714 - 496353 - 98431']);
      expect(removed('from 4026 - 1234 - 5678 - 9018 days')).to.deep.equal([]);
    });

    it('names the kind by shape: calling codes without + are phones, personnummer and 4-4-4 numbers after "my number" are IDs', () => {
      expect(removed('reach me at 447911123456 or 33612345678')).to.deep.equal(['phone:447911123456', 'phone:33612345678']);
      expect(removed('tél. 9647811234567')).to.deep.equal(['phone:9647811234567']);
      expect(removed('(202) 555-0147 is my cell')).to.deep.equal(['phone:(202) 555-0147']);
      expect(removed('my number is 2190 4471 2266')).to.deep.equal(['id:2190 4471 2266']);
      expect(removed('رقمي ١٢٣٤ ٥٦٧٨ ٩٠١٢')).to.deep.equal(['id:١٢٣٤ ٥٦٧٨ ٩٠١٢']);
      expect(removed('min fru har personnummer 820415-1230')).to.deep.equal(['id:820415-1230']);
      expect(removed('(820415-1230)')).to.deep.equal(['id:820415-1230']);
      expect(removed('US social ID 123-45-6789')).to.deep.equal(['id:123-45-6789']);
    });

    it('takes passport numbers typed in lower case and NIRs of Corsica by their key', () => {
      expect(removed('passport cyzxkh9mh')).to.deep.equal(['id:cyzxkh9mh']);
      expect(removed('passeport suisse c5k1m7t2z')).to.deep.equal(['id:c5k1m7t2z']);
      expect(removed('sécurité sociale 1 85 03 2B 123 456 28')).to.deep.equal(['id:1 85 03 2B 123 456 28']);
      expect(removed('185032B12345628')).to.deep.equal(['id:185032B12345628']);
    });

    it('keeps amounts in dinars written "ID" or with the nationality, and still takes an identity number after "ID"', () => {
      for (const innocent of [
        'the renewal fee is ID 3500000 now', 'refund of ID 123250 please', 'les frais de passeport : dinars irakiens 385000',
        'rates: 255,000 ID per year for a car from2009', 'passport fee is810119USD?', 'رسوم الجواز دينار عراقي 150000',
      ]) expect(removed(innocent), innocent).to.deep.equal([]);
      expect(removed('my ID 24145615 please')).to.deep.equal(['id:24145615']);
    });

    it('keeps year ranges, decree numbers, compact dates, references and glued amounts even right after a context word', () => {
      for (const innocent of [
        'call me about 2024-2028', 'tél. décret n° 2017-174', 'رقمي 20250922', 'passeport DW-202550094',
        'ژمارەکەم دیناری عێراقی ٢٢٥٠٠٠٠', 'titre de séjour 288euros', 'passeport 3 522 239 000dinars irakiens',
      ]) expect(removed(innocent), innocent).to.deep.equal([]);
    });
  });

  // Classes of miss held-out set 3 showed; the examples are our own, not the set's (issue 12 §3).
  describe('what held-out set 3 found, as classes', () => {
    const removed = (text: string) => findPersonalData(text).map((finding) => `${finding.kind}:${text.slice(finding.start, finding.end)}`);

    it('takes every number of a list one passport or ID word introduces, with nationalities between, in four languages', () => {
      expect(removed('my passports: Iraqi A12345678 and Turkish U87654321')).to.deep.equal(['id:A12345678', 'id:U87654321']);
      expect(removed('passports A12345678, B23456789 and C34567890 were refused')).to.deep.equal(['id:A12345678', 'id:B23456789', 'id:C34567890']);
      expect(removed('residence cards 4417203, 5520137 and 6630248')).to.deep.equal(['id:4417203', 'id:5520137', 'id:6630248']);
      expect(removed('the passports: mine A1234567 and my son\'s A7654321')).to.deep.equal(['id:A1234567', 'id:A7654321']);
      expect(removed('جوازاتي: العراقي A12345678 والتركي U87654321')).to.deep.equal(['id:A12345678', 'id:U87654321']);
      expect(removed('أرقام الهوية ١٢٣٤٥٦٧٨، ٨٧٦٥٤٣٢١ و٤٤٥٥٦٦٧٧')).to.deep.equal(['id:١٢٣٤٥٦٧٨', 'id:٨٧٦٥٤٣٢١', 'id:٤٤٥٥٦٦٧٧']);
      expect(removed('پاسپۆرتەکانم: عێراقی A12345678 و تورکی U87654321')).to.deep.equal(['id:A12345678', 'id:U87654321']);
      expect(removed('پاسپۆرتەکانم A12345678، ئێرانی K23456789 û ئەڵمانی C01X2345Y')).to.deep.equal(['id:A12345678', 'id:K23456789', 'id:C01X2345Y']);
      expect(removed('mes passeports : irakien A12345678 et turc U87654321')).to.deep.equal(['id:A12345678', 'id:U87654321']);
      expect(removed('passeports français 12AB34567, allemand C01X2345Y')).to.deep.equal(['id:12AB34567', 'id:C01X2345Y']);
    });

    it('ends the list where the list ends: other numbers after it keep their own reading', () => {
      // digits alone after a word are not the list's (a receipt, a count); a space is no separator; nor a word glued to the number
      expect(removed('passport A12345678 and receipt 123456789')).to.deep.equal(['id:A12345678']);
      expect(removed('passport A12345678 then code XY12345678')).to.deep.equal(['id:A12345678']);
      expect(removed('ID 285429609319, passportX93313146')).to.deep.equal(['id:285429609319', 'id:X93313146']);
      expect(removed('جوازي A12345678 ووصل الدفع ١٢٣٤٥٦٧٨٩')).to.deep.equal(['id:A12345678']);
      expect(removed('پاسپۆرتەکەم A12345678 و پسوولەی 1234567')).to.deep.equal(['id:A12345678']);
      expect(removed('passeport A12345678 et 350000 dinars, et 1234567 visiteurs')).to.deep.equal(['id:A12345678']);
      expect(removed('passports A12345678 and U87654321, call me on 07701234567')).to.deep.equal(['id:A12345678', 'id:U87654321', 'phone:07701234567']);
    });

    it('reads twelve digits after a card word as the Iraqi national card (payment cards have 13 to 19), as after a passport', () => {
      expect(removed('passport A12345678 and card 199012345678')).to.deep.equal(['id:A12345678', 'id:199012345678']);
      expect(removed('جوازي A12345678 والبطاقة ١٩٩٠١٢٣٤٥٦٧٨')).to.deep.equal(['id:A12345678', 'id:١٩٩٠١٢٣٤٥٦٧٨']);
      expect(removed('پاسپۆرت A12345678 و کارتەکەم 1990 1234 5678')).to.deep.equal(['id:A12345678', 'id:1990 1234 5678']);
      expect(removed('passeport A12345678 et ma carte 199012345678')).to.deep.equal(['id:A12345678', 'id:199012345678']);
      expect(removed('بطاقتي ١٩٩٠ ١٢٣٤ ٥٦٧٨ انتهت')).to.deep.equal(['id:١٩٩٠ ١٢٣٤ ٥٦٧٨']);
      // a number of a payment card's length stays a card
      expect(removed('passport A12345678 and card 4111 1111 1111 1112')).to.deep.equal(['id:A12345678', 'card:4111 1111 1111 1112']);
    });
  });
});
