// Demo eligibility rules: child benefit, social safety net, retirement pension.
import type { DemoEligibilityRules } from './types.js';
import { YEARS, householdIncome, householdSize, livesInCountry } from './eligibility-shared.js';

const SOCIAL_PROTECTION_LAW = {
  title: { en: 'Social Protection Act No. 11 of 2014', ar: 'قانون الحماية الاجتماعية رقم 11 لسنة 2014', ckb: 'یاسای پاراستنی کۆمەڵایەتی ژمارە ١١ی ساڵی ٢٠١٤', fr: 'Loi n° 11 de 2014 sur la protection sociale' },
  url: 'https://laws.example.gov/social-protection',
};

const LIVES_ABROAD_REASON = {
  en: 'This support is only paid to households that live in the country.',
  ar: 'يُصرف هذا الدعم فقط للأسر المقيمة في البلاد.',
  ckb: 'ئەم یارمەتییە تەنها بە خێزانە دانیشتووەکانی وڵات دەدرێت.',
  fr: 'Cette aide n’est versée qu’aux foyers qui résident dans le pays.',
};

export const childBenefit: DemoEligibilityRules = {
  serviceId: 'child-benefit',
  version: '2026.1',
  questions: [
    {
      id: 'children-under-18', type: 'number', min: 0, max: 20, step: 1,
      label: {
        en: 'How many children under 18 live with you?',
        ar: 'كم طفلاً دون 18 عاماً يعيش معك؟',
        ckb: 'چەند منداڵی خوار ١٨ ساڵ لەگەڵت دەژین؟',
        fr: 'Combien d’enfants de moins de 18 ans vivent avec vous ?',
      },
      hint: {
        en: 'Count your own children, stepchildren and children you are the guardian of.',
        ar: 'احسب أطفالك وأطفال زوجك والأطفال الذين أنت وصي عليهم.',
        ckb: 'منداڵەکانی خۆت، منداڵەکانی هاوسەرەکەت و ئەو منداڵانەی سەرپەرشتیان دەکەیت بژمێرە.',
        fr: 'Comptez vos enfants, ceux de votre conjoint et ceux dont vous êtes tuteur.',
      },
    },
    livesInCountry,
    householdSize,
    householdIncome,
  ],
  outcomes: [
    {
      id: 'no-children', when: { '==': [{ var: 'children-under-18' }, 0] }, result: 'not_eligible',
      reason: {
        en: 'Child benefit is paid for children under 18 who live with you.',
        ar: 'تُصرف منحة الأطفال عن الأطفال دون 18 عاماً الذين يعيشون معك.',
        ckb: 'یارمەتیی منداڵان بۆ ئەو منداڵانەی خوار ١٨ ساڵ دەدرێت کە لەگەڵت دەژین.',
        fr: 'Les allocations familiales sont versées pour les enfants de moins de 18 ans qui vivent avec vous.',
      },
    },
    { id: 'lives-abroad', when: { '==': [{ var: 'lives-in-country' }, false] }, result: 'not_eligible', reason: LIVES_ABROAD_REASON },
    {
      id: 'eligible',
      when: { '<=': [{ var: 'household-income' }, { '*': [200000, { var: 'household-size' }] }] },
      result: 'eligible',
      reason: {
        en: 'You have children under 18 and your household income is 200,000 dinars a month or less per person.',
        ar: 'لديك أطفال دون 18 عاماً ودخل أسرتك 200,000 دينار شهرياً أو أقل للفرد الواحد.',
        ckb: 'منداڵی خوار ١٨ ساڵت هەیە و داهاتی خێزانەکەت بۆ هەر کەسێک ٢٠٠،٠٠٠ دینار یان کەمترە لە مانگێکدا.',
        fr: 'Vous avez des enfants de moins de 18 ans et le revenu de votre foyer est de 200 000 dinars par mois ou moins par personne.',
      },
      legalReference: { title: { en: 'Social Protection Act, art. 8', ar: 'قانون الحماية الاجتماعية، المادة 8', ckb: 'یاسای پاراستنی کۆمەڵایەتی، ماددەی ٨', fr: 'Loi sur la protection sociale, art. 8' }, url: 'https://laws.example.gov/social-protection#article-8' },
    },
    {
      id: 'income-above-limit', when: { '>': [{ var: 'household-income' }, { '*': [200000, { var: 'household-size' }] }] }, result: 'not_eligible',
      reason: {
        en: 'Your household income is above 200,000 dinars a month per person.',
        ar: 'دخل أسرتك أعلى من 200,000 دينار شهرياً للفرد الواحد.',
        ckb: 'داهاتی خێزانەکەت بۆ هەر کەسێک لە ٢٠٠،٠٠٠ دینار لە مانگێکدا زیاترە.',
        fr: 'Le revenu de votre foyer dépasse 200 000 dinars par mois et par personne.',
      },
      legalReference: SOCIAL_PROTECTION_LAW,
    },
  ],
  nextSteps: [
    {
      en: 'Have the birth certificates of your children and your national card ready.',
      ar: 'جهّز شهادات ميلاد أطفالك وبطاقتك الوطنية.',
      ckb: 'بڕوانامەی لەدایکبوونی منداڵەکانت و کارتی نیشتمانییەکەت ئامادە بکە.',
      fr: 'Préparez les actes de naissance de vos enfants et votre carte nationale.',
    },
  ],
};

export const socialSafetyNet: DemoEligibilityRules = {
  serviceId: 'social-safety-net',
  version: '2026.1',
  questions: [
    livesInCountry,
    householdSize,
    householdIncome,
    {
      id: 'owns-property', type: 'boolean',
      label: {
        en: 'Does anyone in your household own land, a shop or a second home?',
        ar: 'هل يملك أحد أفراد أسرتك أرضاً أو محلاً أو منزلاً ثانياً؟',
        ckb: 'ئایا کەسێک لە خێزانەکەت زەوی، دوکان یان خانوویەکی دووەمی هەیە؟',
        fr: 'Quelqu’un dans votre foyer possède-t-il un terrain, un commerce ou une résidence secondaire ?',
      },
      hint: {
        en: 'Do not count the home you live in.',
        ar: 'لا تحتسب المنزل الذي تسكن فيه.',
        ckb: 'ئەو خانووەی تێیدا دەژیت مەژمێرە.',
        fr: 'Ne comptez pas le logement où vous vivez.',
      },
    },
  ],
  outcomes: [
    { id: 'lives-abroad', when: { '==': [{ var: 'lives-in-country' }, false] }, result: 'not_eligible', reason: LIVES_ABROAD_REASON },
    {
      id: 'above-poverty-line', when: { '>': [{ '/': [{ var: 'household-income' }, { var: 'household-size' }] }, 110000] }, result: 'not_eligible',
      reason: {
        en: 'Your household income is above the poverty line of 110,000 dinars a month per person.',
        ar: 'دخل أسرتك أعلى من خط الفقر البالغ 110,000 دينار شهرياً للفرد الواحد.',
        ckb: 'داهاتی خێزانەکەت لە هێڵی هەژاری، کە بۆ هەر کەسێک ١١٠،٠٠٠ دینارە لە مانگێکدا، زیاترە.',
        fr: 'Le revenu de votre foyer dépasse le seuil de pauvreté de 110 000 dinars par mois et par personne.',
      },
      legalReference: SOCIAL_PROTECTION_LAW,
    },
    {
      id: 'owns-property', when: { '==': [{ var: 'owns-property' }, true] }, result: 'may_be_eligible',
      reason: {
        en: 'Your income is below the poverty line, but a social researcher must first check whether the property brings in money.',
        ar: 'دخلك دون خط الفقر، لكن على الباحث الاجتماعي أن يتحقق أولاً مما إذا كان العقار يدرّ دخلاً.',
        ckb: 'داهاتەکەت لە خوار هێڵی هەژارییە، بەڵام توێژەرێکی کۆمەڵایەتی دەبێت سەرەتا بپشکنێت ئایا موڵکەکە داهاتی هەیە.',
        fr: 'Votre revenu est sous le seuil de pauvreté, mais un travailleur social doit d’abord vérifier si le bien rapporte de l’argent.',
      },
    },
    {
      id: 'eligible', when: { '==': [{ var: 'owns-property' }, false] }, result: 'eligible',
      reason: {
        en: 'Your household lives in the country, below the poverty line, and owns no other property.',
        ar: 'أسرتك مقيمة في البلاد ودون خط الفقر ولا تملك عقاراً آخر.',
        ckb: 'خێزانەکەت لە وڵات دەژی، لە خوار هێڵی هەژارییە و هیچ موڵکێکی تری نییە.',
        fr: 'Votre foyer réside dans le pays, sous le seuil de pauvreté, et ne possède pas d’autre bien.',
      },
      legalReference: { title: { en: 'Social Protection Act, art. 5', ar: 'قانون الحماية الاجتماعية، المادة 5', ckb: 'یاسای پاراستنی کۆمەڵایەتی، ماددەی ٥', fr: 'Loi sur la protection sociale, art. 5' }, url: 'https://laws.example.gov/social-protection#article-5' },
    },
  ],
  nextSteps: [
    {
      en: 'Register at the social protection office; a researcher will visit your home within 30 days.',
      ar: 'سجّل في مكتب الحماية الاجتماعية، وسيزور باحث منزلك خلال 30 يوماً.',
      ckb: 'لە نووسینگەی پاراستنی کۆمەڵایەتی خۆت تۆمار بکە؛ توێژەرێک لە ماوەی ٣٠ ڕۆژدا سەردانی ماڵەکەت دەکات.',
      fr: 'Inscrivez-vous au bureau de la protection sociale ; un travailleur social viendra chez vous sous 30 jours.',
    },
  ],
};

export const oldAgePension: DemoEligibilityRules = {
  serviceId: 'old-age-pension',
  version: '2026.1',
  questions: [
    {
      id: 'date-of-birth', type: 'date', min: '1900-01-01', max: '2026-12-31',
      label: { en: 'What is your date of birth?', ar: 'ما تاريخ ميلادك؟', ckb: 'ڕێکەوتی لەدایکبوونت چییە؟', fr: 'Quelle est votre date de naissance ?' },
      hint: { en: 'For example, 27 3 1964', ar: 'مثلاً: 27 3 1964', ckb: 'بۆ نموونە: ٢٧ ٣ ١٩٦٤', fr: 'Par exemple, 27 3 1964' },
    },
    {
      id: 'contribution-years', type: 'number', min: 0, max: 60, step: 1, unit: YEARS,
      label: {
        en: 'For how many years have you paid pension contributions?',
        ar: 'كم سنة دفعت اشتراكات التقاعد؟',
        ckb: 'چەند ساڵ بەشداریی خانەنشینیت داوە؟',
        fr: 'Pendant combien d’années avez-vous cotisé pour la retraite ?',
      },
      hint: {
        en: 'Add up your years in public and private jobs. It is on your contribution statement.',
        ar: 'اجمع سنوات عملك في القطاعين العام والخاص. تجدها في كشف اشتراكاتك.',
        ckb: 'ساڵەکانی کارکردنت لە کەرتی گشتی و تایبەت کۆ بکەرەوە. لە کەشفی بەشدارییەکانتدا هەیە.',
        fr: 'Additionnez vos années dans le public et le privé. Elles figurent sur votre relevé de cotisations.',
      },
    },
  ],
  outcomes: [
    {
      id: 'too-young', when: { '>': [{ var: 'date-of-birth' }, '1966-12-31'] }, result: 'not_eligible',
      reason: {
        en: 'The pension starts at 60. In 2026 it can be claimed by people born on or before 31 December 1966.',
        ar: 'يبدأ التقاعد عند سن 60. في عام 2026 يحق التقديم لمن وُلد في 31 كانون الأول 1966 أو قبله.',
        ckb: 'خانەنشینی لە تەمەنی ٦٠ ساڵیدا دەست پێدەکات. لە ساڵی ٢٠٢٦دا ئەوانەی لە ٣١ی کانوونی یەکەمی ١٩٦٦ یان پێشتر لەدایک بوون دەتوانن داوای بکەن.',
        fr: 'La retraite commence à 60 ans. En 2026, elle peut être demandée par les personnes nées au plus tard le 31 décembre 1966.',
      },
      legalReference: { title: { en: 'Unified Retirement Act No. 9 of 2014, art. 10', ar: 'قانون التقاعد الموحد رقم 9 لسنة 2014، المادة 10', ckb: 'یاسای یەکگرتووی خانەنشینی ژمارە ٩ی ساڵی ٢٠١٤، ماددەی ١٠', fr: 'Loi unifiée n° 9 de 2014 sur les retraites, art. 10' }, url: 'https://laws.example.gov/retirement#article-10' },
    },
    {
      id: 'eligible', when: { '>=': [{ var: 'contribution-years' }, 15] }, result: 'eligible',
      reason: {
        en: 'You are 60 or older and have paid contributions for at least 15 years.',
        ar: 'عمرك 60 عاماً أو أكثر ودفعت الاشتراكات 15 سنة على الأقل.',
        ckb: 'تەمەنت ٦٠ ساڵ یان زیاترە و لانیکەم ١٥ ساڵ بەشداریت داوە.',
        fr: 'Vous avez 60 ans ou plus et avez cotisé pendant au moins 15 ans.',
      },
      legalReference: { title: { en: 'Unified Retirement Act, art. 12', ar: 'قانون التقاعد الموحد، المادة 12', ckb: 'یاسای یەکگرتووی خانەنشینی، ماددەی ١٢', fr: 'Loi unifiée sur les retraites, art. 12' }, url: 'https://laws.example.gov/retirement#article-12' },
    },
    {
      id: 'short-contributions', when: { '<': [{ var: 'contribution-years' }, 15] }, result: 'may_be_eligible',
      reason: {
        en: 'With fewer than 15 years of contributions you cannot get a monthly pension, but you may get a one-off end-of-service payment.',
        ar: 'مع أقل من 15 سنة من الاشتراكات لا يحق لك راتب شهري، لكن قد تحصل على مكافأة نهاية خدمة لمرة واحدة.',
        ckb: 'بە کەمتر لە ١٥ ساڵ بەشداری ناتوانیت مووچەی مانگانە وەربگریت، بەڵام لەوانەیە پاداشتی کۆتایی خزمەت جارێک وەربگریت.',
        fr: 'Avec moins de 15 ans de cotisations, vous n’avez pas droit à une pension mensuelle, mais vous pouvez recevoir une indemnité de fin de service.',
      },
    },
  ],
  nextSteps: [
    {
      en: 'Ask your last employer for your service record, then apply at the pension office.',
      ar: 'اطلب من آخر جهة عملت فيها سجل خدمتك، ثم قدّم الطلب في دائرة التقاعد.',
      ckb: 'داوای تۆماری خزمەتەکەت لە دوایین شوێنی کارەکەت بکە، پاشان لە فەرمانگەی خانەنشینی داواکاری پێشکەش بکە.',
      fr: 'Demandez votre relevé de carrière à votre dernier employeur, puis faites la demande au bureau des retraites.',
    },
  ],
};
