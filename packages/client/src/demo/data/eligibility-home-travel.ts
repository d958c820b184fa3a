// Demo eligibility rules: housing loan, passport renewal.
import type { DemoEligibilityRules } from './types.js';
import { IQD_PER_MONTH, YEARS } from './eligibility-shared.js';

const HOUSING_FUND_LAW = {
  title: { en: 'Housing Fund Regulation No. 2 of 2019, art. 4', ar: 'نظام صندوق الإسكان رقم 2 لسنة 2019، المادة 4', ckb: 'ڕێنمایی سندووقی نیشتەجێبوون ژمارە ٢ی ساڵی ٢٠١٩، ماددەی ٤', fr: 'Règlement n° 2 de 2019 du fonds du logement, art. 4' },
  url: 'https://laws.example.gov/housing-fund#article-4',
};

export const housingLoan: DemoEligibilityRules = {
  serviceId: 'housing-loan',
  version: '2026.1',
  questions: [
    { id: 'age', type: 'number', min: 0, max: 120, step: 1, unit: YEARS, label: { en: 'How old are you?', ar: 'كم عمرك؟', ckb: 'تەمەنت چەندە؟', fr: 'Quel âge avez-vous ?' } },
    {
      id: 'owns-home', type: 'boolean',
      label: { en: 'Do you or your spouse already own a home?', ar: 'هل تملك أنت أو زوجك منزلاً؟', ckb: 'ئایا تۆ یان هاوسەرەکەت خاوەنی خانوویەکن؟', fr: 'Vous ou votre conjoint possédez-vous déjà un logement ?' },
    },
    {
      id: 'employment', type: 'choice',
      label: { en: 'How do you earn a living?', ar: 'ما مصدر دخلك؟', ckb: 'چۆن بژێوی ژیانت دابین دەکەیت؟', fr: 'Comment gagnez-vous votre vie ?' },
      options: [
        { value: 'public-sector', label: { en: 'I work in the public sector', ar: 'أعمل في القطاع العام', ckb: 'لە کەرتی گشتی کار دەکەم', fr: 'Je travaille dans le secteur public' } },
        { value: 'private-sector', label: { en: 'I work for a private employer', ar: 'أعمل لدى صاحب عمل خاص', ckb: 'لای خاوەنکارێکی تایبەت کار دەکەم', fr: 'Je travaille pour un employeur privé' } },
        { value: 'self-employed', label: { en: 'I am self-employed', ar: 'أعمل لحسابي الخاص', ckb: 'کاری سەربەخۆ دەکەم', fr: 'Je suis indépendant' } },
        { value: 'not-working', label: { en: 'I am not working', ar: 'لا أعمل حالياً', ckb: 'ئێستا کار ناکەم', fr: 'Je ne travaille pas' } },
      ],
    },
    {
      id: 'monthly-income', type: 'number', min: 0, step: 1, currency: 'IQD', unit: IQD_PER_MONTH,
      label: { en: 'What is your regular monthly income?', ar: 'ما دخلك الشهري المنتظم؟', ckb: 'داهاتی مانگانەی بەردەوامت چەندە؟', fr: 'Quel est votre revenu mensuel régulier ?' },
      hint: { en: 'After tax. Include your spouse’s income if you apply together.', ar: 'بعد الضريبة. أضف دخل زوجك إذا كنتما تقدّمان معاً.', ckb: 'دوای باج. ئەگەر پێکەوە داواکاری دەکەن داهاتی هاوسەرەکەشت زیاد بکە.', fr: 'Après impôt. Ajoutez le revenu de votre conjoint si vous faites la demande ensemble.' },
    },
  ],
  outcomes: [
    {
      id: 'under-21', when: { '<': [{ var: 'age' }, 21] }, result: 'not_eligible', legalReference: HOUSING_FUND_LAW,
      reason: { en: 'Housing loans are for people aged 21 or over.', ar: 'قروض الإسكان مخصصة لمن بلغوا 21 عاماً فأكثر.', ckb: 'قەرزی نیشتەجێبوون بۆ کەسانی ٢١ ساڵ و سەرووترە.', fr: 'Les prêts au logement sont réservés aux personnes de 21 ans ou plus.' },
    },
    {
      id: 'owns-home', when: { '==': [{ var: 'owns-home' }, true] }, result: 'not_eligible', legalReference: HOUSING_FUND_LAW,
      reason: { en: 'The loan is only for a first home.', ar: 'القرض مخصص للمسكن الأول فقط.', ckb: 'قەرزەکە تەنها بۆ یەکەم خانووە.', fr: 'Le prêt est réservé à l’achat ou à la construction d’un premier logement.' },
    },
    {
      id: 'no-regular-income', when: { '==': [{ var: 'employment' }, 'not-working'] }, result: 'not_eligible',
      reason: { en: 'You need a regular income to repay the loan.', ar: 'تحتاج إلى دخل منتظم لسداد القرض.', ckb: 'بۆ دانەوەی قەرزەکە پێویستت بە داهاتێکی بەردەوام هەیە.', fr: 'Il faut un revenu régulier pour rembourser le prêt.' },
    },
    {
      id: 'needs-guarantor', when: { '<': [{ var: 'monthly-income' }, 500000] }, result: 'may_be_eligible',
      reason: { en: 'With an income under 500,000 dinars a month you need a guarantor who works in the public sector.', ar: 'مع دخل أقل من 500,000 دينار شهرياً تحتاج إلى كفيل يعمل في القطاع العام.', ckb: 'بە داهاتی کەمتر لە ٥٠٠،٠٠٠ دینار لە مانگێکدا پێویستت بە کەفیلێک هەیە کە لە کەرتی گشتی کار بکات.', fr: 'Avec un revenu inférieur à 500 000 dinars par mois, il vous faut un garant qui travaille dans le secteur public.' },
    },
    {
      id: 'eligible', when: { '>=': [{ var: 'monthly-income' }, 500000] }, result: 'eligible', legalReference: HOUSING_FUND_LAW,
      reason: { en: 'You are 21 or over, do not own a home, and have a regular income of at least 500,000 dinars a month.', ar: 'عمرك 21 عاماً أو أكثر، ولا تملك منزلاً، ولديك دخل منتظم لا يقل عن 500,000 دينار شهرياً.', ckb: 'تەمەنت ٢١ ساڵ یان زیاترە، خاوەنی خانوو نیت و داهاتێکی بەردەوامی لانیکەم ٥٠٠،٠٠٠ دینارت هەیە لە مانگێکدا.', fr: 'Vous avez 21 ans ou plus, ne possédez pas de logement et avez un revenu régulier d’au moins 500 000 dinars par mois.' },
    },
  ],
  nextSteps: [
    { en: 'Get a salary certificate and the title deed or plan of the home you want to buy or build.', ar: 'احصل على تأييد راتب وسند الملكية أو مخطط المنزل الذي تريد شراءه أو بناءه.', ckb: 'نووسراوی مووچە و سەنەدی خاوەندارێتی یان نەخشەی ئەو خانووەی دەتەوێت بیکڕیت یان دروستی بکەیت وەربگرە.', fr: 'Procurez-vous une attestation de salaire et le titre de propriété ou le plan du logement à acheter ou construire.' },
  ],
};

const RENEWAL_CUTOFF = '2027-05-31';

export const passportRenewal: DemoEligibilityRules = {
  serviceId: 'passport-renewal',
  version: '2026.2',
  questions: [
    { id: 'age', type: 'number', min: 0, max: 120, step: 1, unit: YEARS, label: { en: 'How old are you?', ar: 'كم عمرك؟', ckb: 'تەمەنت چەندە؟', fr: 'Quel âge avez-vous ?' } },
    {
      id: 'passport-condition', type: 'choice',
      label: { en: 'Do you still have your current passport?', ar: 'هل ما زال جواز سفرك الحالي بحوزتك؟', ckb: 'ئایا هێشتا پاسپۆرتە ئێستاکەت لایە؟', fr: 'Avez-vous toujours votre passeport actuel ?' },
      options: [
        { value: 'in-good-condition', label: { en: 'Yes, in good condition', ar: 'نعم، وهو بحالة جيدة', ckb: 'بەڵێ، بە باشی ماوە', fr: 'Oui, en bon état' } },
        { value: 'damaged', label: { en: 'Yes, but it is damaged', ar: 'نعم، لكنه تالف', ckb: 'بەڵێ، بەڵام زیانی پێگەیشتووە', fr: 'Oui, mais il est abîmé' } },
        { value: 'lost-or-stolen', label: { en: 'No, it was lost or stolen', ar: 'لا، فُقد أو سُرق', ckb: 'نەخێر، ون بووە یان دزراوە', fr: 'Non, il a été perdu ou volé' } },
      ],
    },
    {
      id: 'expiry-date', type: 'date', min: '1990-01-01', max: '2040-12-31',
      label: { en: 'When does your current passport expire?', ar: 'متى تنتهي صلاحية جواز سفرك الحالي؟', ckb: 'پاسپۆرتە ئێستاکەت کەی بەسەردەچێت؟', fr: 'Quand votre passeport actuel expire-t-il ?' },
      hint: { en: 'It is on the photo page. For example, 14 2 2027', ar: 'تجده في صفحة الصورة. مثلاً: 14 2 2027', ckb: 'لە لاپەڕەی وێنەکەدایە. بۆ نموونە: ١٤ ٢ ٢٠٢٧', fr: 'Elle figure sur la page avec la photo. Par exemple, 14 2 2027' },
    },
  ],
  outcomes: [
    {
      id: 'child', when: { '<': [{ var: 'age' }, 18] }, result: 'not_eligible',
      reason: { en: 'Children’s passports are renewed through the child passport service, with a parent present.', ar: 'تُجدَّد جوازات الأطفال عبر خدمة جواز سفر الطفل وبحضور أحد الوالدين.', ckb: 'پاسپۆرتی منداڵان لە ڕێگەی خزمەتگوزاریی پاسپۆرتی منداڵەوە و بە ئامادەبوونی یەکێک لە دایک و باوک نوێ دەکرێتەوە.', fr: 'Les passeports des enfants se renouvellent par le service dédié, en présence d’un parent.' },
    },
    {
      id: 'lost-or-stolen', when: { '==': [{ var: 'passport-condition' }, 'lost-or-stolen'] }, result: 'not_eligible',
      reason: { en: 'A lost or stolen passport cannot be renewed: report it and apply for a replacement.', ar: 'لا يمكن تجديد جواز مفقود أو مسروق: أبلغ عنه وقدّم طلب بدل ضائع.', ckb: 'پاسپۆرتی ونبوو یان دزراو نوێ ناکرێتەوە: ڕاپۆرتی بدە و داوای بەدەل بکە.', fr: 'Un passeport perdu ou volé ne se renouvelle pas : déclarez-le et demandez un remplacement.' },
      legalReference: { title: { en: 'Passports Act No. 32 of 2015, art. 17', ar: 'قانون الجوازات رقم 32 لسنة 2015، المادة 17', ckb: 'یاسای پاسپۆرت ژمارە ٣٢ی ساڵی ٢٠١٥، ماددەی ١٧', fr: 'Loi n° 32 de 2015 sur les passeports, art. 17' }, url: 'https://laws.example.gov/passports#article-17' },
    },
    {
      id: 'too-early', when: { '>': [{ var: 'expiry-date' }, RENEWAL_CUTOFF] }, result: 'not_eligible',
      reason: { en: 'You can renew in the six months before your passport expires; for yours, that is not yet.', ar: 'يمكنك التجديد خلال الأشهر الستة السابقة لانتهاء صلاحية جوازك، ولم يحن ذلك بعد.', ckb: 'دەتوانیت لە شەش مانگی پێش بەسەرچوونی پاسپۆرتەکەت نوێی بکەیتەوە؛ هێشتا کاتی نەهاتووە.', fr: 'Le renouvellement est possible dans les six mois avant l’expiration ; pour le vôtre, ce n’est pas encore le cas.' },
      legalReference: { title: { en: 'Passports Act, art. 9', ar: 'قانون الجوازات، المادة 9', ckb: 'یاسای پاسپۆرت، ماددەی ٩', fr: 'Loi sur les passeports, art. 9' }, url: 'https://laws.example.gov/passports#article-9' },
    },
    {
      id: 'damaged', when: { '==': [{ var: 'passport-condition' }, 'damaged'] }, result: 'may_be_eligible',
      reason: { en: 'You can renew, but bring the damaged passport to an office: it cannot be done online.', ar: 'يمكنك التجديد، لكن أحضر الجواز التالف إلى المكتب: لا يمكن ذلك إلكترونياً.', ckb: 'دەتوانیت نوێی بکەیتەوە، بەڵام پاسپۆرتە زیانلێکەوتووەکە بهێنە بۆ نووسینگە: بە ئۆنلاین ناکرێت.', fr: 'Vous pouvez renouveler, mais apportez le passeport abîmé au bureau : ce n’est pas possible en ligne.' },
    },
    {
      id: 'eligible', when: { '<=': [{ var: 'expiry-date' }, RENEWAL_CUTOFF] }, result: 'eligible',
      reason: { en: 'You are an adult and your passport, in good condition, expires within six months or has expired.', ar: 'أنت بالغ وجوازك بحالة جيدة وتنتهي صلاحيته خلال ستة أشهر أو انتهت.', ckb: 'تۆ کەسێکی پێگەیشتوویت و پاسپۆرتەکەت بە باشی ماوە و لە ماوەی شەش مانگدا بەسەردەچێت یان بەسەرچووە.', fr: 'Vous êtes majeur et votre passeport, en bon état, expire dans les six mois ou a expiré.' },
      legalReference: { title: { en: 'Passports Act, art. 9', ar: 'قانون الجوازات، المادة 9', ckb: 'یاسای پاسپۆرت، ماددەی ٩', fr: 'Loi sur les passeports, art. 9' }, url: 'https://laws.example.gov/passports#article-9' },
    },
  ],
  nextSteps: [
    { en: 'Have your current passport, your national card and a recent photo ready.', ar: 'جهّز جوازك الحالي وبطاقتك الوطنية وصورة حديثة.', ckb: 'پاسپۆرتە ئێستاکەت، کارتی نیشتمانی و وێنەیەکی تازە ئامادە بکە.', fr: 'Préparez votre passeport actuel, votre carte nationale et une photo récente.' },
  ],
};
