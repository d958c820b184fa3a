// Eligibility rules for the services with `hasEligibilityCheck: true`. Conditions are JSON Logic over the
// answers, keyed by question id. Outcomes are tried in order and the first that holds is the result, so
// specific cases come before general ones; every set of answers reaches one outcome (checked on load).
import type { DemoEligibilityRules } from './types.js';

import { IQD_PER_MONTH, YEARS } from './eligibility-shared.js';
import { childBenefit, oldAgePension, socialSafetyNet } from './eligibility-family.js';
import { housingLoan, passportRenewal } from './eligibility-home-travel.js';

const disabilityAllowance: DemoEligibilityRules = {
  serviceId: 'disability-allowance',
  version: '2026.1',
  questions: [
    {
      id: 'age', type: 'number', min: 0, max: 120, step: 1, unit: YEARS,
      label: { en: 'How old are you?', ar: 'كم عمرك؟', ckb: 'تەمەنت چەندە؟', fr: 'Quel âge avez-vous ?' },
    },
    {
      id: 'lives-in-country', type: 'boolean',
      label: { en: 'Do you live in the country?', ar: 'هل تقيم في البلاد؟', ckb: 'ئایا لە وڵات دەژیت؟', fr: 'Résidez-vous dans le pays ?' },
      hint: {
        en: 'Answer yes if this is your main home, even if you travel sometimes.',
        ar: 'أجب بنعم إذا كان هذا مكان سكنك الرئيسي حتى لو كنت تسافر أحياناً.',
        ckb: 'ئەگەر ئێرە ماڵی سەرەکیتە وەڵامی بەڵێ بدەرەوە، تەنانەت ئەگەر جاروبار گەشت بکەیت.',
        fr: 'Répondez oui s’il s’agit de votre résidence principale, même si vous voyagez parfois.',
      },
    },
    {
      id: 'has-assessment', type: 'boolean',
      label: {
        en: 'Has a medical committee assessed your disability?',
        ar: 'هل قيّمت لجنة طبية إعاقتك؟',
        ckb: 'ئایا لیژنەیەکی پزیشکی کەمئەندامییەکەتی هەڵسەنگاندووە؟',
        fr: 'Une commission médicale a-t-elle évalué votre handicap ?',
      },
    },
    {
      id: 'disability-degree', type: 'number', min: 0, max: 100, step: 1, unit: { en: '%', ar: '٪', ckb: '٪', fr: '%' },
      label: {
        en: 'What degree of disability did the committee state?',
        ar: 'ما نسبة الإعاقة التي حددتها اللجنة؟',
        ckb: 'لیژنەکە ڕێژەی کەمئەندامییەکەی بە چەند دیاری کرد؟',
        fr: 'Quel taux de handicap la commission a-t-elle fixé ?',
      },
      hint: {
        en: 'It is printed on the committee’s report as a percentage.',
        ar: 'تجدها مطبوعة في تقرير اللجنة بالنسبة المئوية.',
        ckb: 'لە ڕاپۆرتی لیژنەکەدا بە سەدی نووسراوە.',
        fr: 'Il figure en pourcentage sur le rapport de la commission.',
      },
    },
    {
      id: 'monthly-income', type: 'number', min: 0, step: 1, currency: 'IQD', unit: IQD_PER_MONTH,
      label: {
        en: 'What is your own monthly income?',
        ar: 'ما دخلك الشهري الشخصي؟',
        ckb: 'داهاتی مانگانەی خۆت چەندە؟',
        fr: 'Quel est votre revenu mensuel personnel ?',
      },
      hint: {
        en: 'Include wages and pensions, not other allowances.',
        ar: 'احتسب الأجور والرواتب التقاعدية، دون الإعانات الأخرى.',
        ckb: 'کرێ و مووچەی خانەنشینی بژمێرە، نەک یارمەتییەکانی تر.',
        fr: 'Comptez les salaires et pensions, pas les autres allocations.',
      },
    },
  ],
  outcomes: [
    {
      id: 'eligible',
      when: { and: [
        { '>=': [{ var: 'age' }, 18] },
        { '==': [{ var: 'lives-in-country' }, true] },
        { '==': [{ var: 'has-assessment' }, true] },
        { '>=': [{ var: 'disability-degree' }, 40] },
        { '<=': [{ var: 'monthly-income' }, 750000] },
      ] },
      result: 'eligible',
      reason: {
        en: 'You are an adult living in the country, with an assessed disability of 40% or more and an income within the limit.',
        ar: 'أنت بالغ مقيم في البلاد، ونسبة إعاقتك المقيّمة 40% أو أكثر، ودخلك ضمن الحد المسموح.',
        ckb: 'تۆ کەسێکی پێگەیشتووی دانیشتووی وڵاتیت، ڕێژەی کەمئەندامیی هەڵسەنگێنراوت ٤٠٪ یان زیاترە و داهاتەکەت لە سنووری ڕێگەپێدراودایە.',
        fr: 'Vous êtes un adulte résidant dans le pays, avec un taux de handicap évalué à 40 % ou plus et des revenus sous le plafond.',
      },
      legalReference: {
        title: { en: 'Care of Persons with Disabilities Act, art. 12', ar: 'قانون رعاية ذوي الإعاقة، المادة 12', ckb: 'یاسای چاودێریی کەمئەندامان، ماددەی ١٢', fr: 'Loi sur la prise en charge des personnes handicapées, art. 12' },
        url: 'https://laws.example.gov/disability-care#article-12',
      },
    },
    {
      id: 'under-18',
      when: { '<': [{ var: 'age' }, 18] },
      result: 'not_eligible',
      reason: {
        en: 'The allowance is for adults. Children with a disability are supported through child benefit.',
        ar: 'الإعانة مخصصة للبالغين. يُدعم الأطفال ذوو الإعاقة من خلال منحة الأطفال.',
        ckb: 'ئەم مووچەیە بۆ کەسانی پێگەیشتووە. منداڵانی کەمئەندام لە ڕێگەی یارمەتیی منداڵانەوە پشتگیری دەکرێن.',
        fr: 'L’allocation est réservée aux adultes. Les enfants handicapés sont aidés par les allocations familiales.',
      },
    },
    {
      id: 'lives-abroad',
      when: { '==': [{ var: 'lives-in-country' }, false] },
      result: 'not_eligible',
      reason: {
        en: 'The allowance is only paid to people who live in the country.',
        ar: 'تُصرف الإعانة فقط للمقيمين في البلاد.',
        ckb: 'ئەم مووچەیە تەنها بە کەسانی دانیشتووی وڵات دەدرێت.',
        fr: 'L’allocation n’est versée qu’aux personnes qui résident dans le pays.',
      },
    },
    {
      id: 'needs-assessment',
      when: { and: [{ '>=': [{ var: 'age' }, 18] }, { '==': [{ var: 'lives-in-country' }, true] }, { '==': [{ var: 'has-assessment' }, false] }] },
      result: 'may_be_eligible',
      reason: {
        en: 'You need a medical committee assessment first. Book one, then come back to check again.',
        ar: 'تحتاج أولاً إلى تقييم من اللجنة الطبية. احجز موعداً ثم عُد للتحقق مجدداً.',
        ckb: 'سەرەتا پێویستت بە هەڵسەنگاندنی لیژنەی پزیشکی هەیە. کاتێک دیاری بکە، پاشان بگەڕێوە و دووبارە بپشکنە.',
        fr: 'Il vous faut d’abord une expertise de la commission médicale. Prenez rendez-vous, puis revenez vérifier.',
      },
    },
    {
      id: 'degree-below-40',
      when: { and: [{ '==': [{ var: 'has-assessment' }, true] }, { '<': [{ var: 'disability-degree' }, 40] }] },
      result: 'not_eligible',
      reason: {
        en: 'The allowance starts at an assessed disability of 40%. You can ask for a new assessment if your condition has changed.',
        ar: 'تبدأ الإعانة من نسبة إعاقة مقيّمة قدرها 40%. يمكنك طلب تقييم جديد إذا تغيّرت حالتك.',
        ckb: 'مووچەکە لە ڕێژەی کەمئەندامیی هەڵسەنگێنراوی ٤٠٪ەوە دەست پێدەکات. ئەگەر بارودۆخت گۆڕاوە دەتوانیت داوای هەڵسەنگاندنێکی نوێ بکەیت.',
        fr: 'L’allocation commence à un taux de handicap évalué de 40 %. Vous pouvez demander une nouvelle expertise si votre état a changé.',
      },
    },
    {
      id: 'income-above-limit',
      when: { and: [{ '>=': [{ var: 'disability-degree' }, 40] }, { '>': [{ var: 'monthly-income' }, 750000] }] },
      result: 'may_be_eligible',
      reason: {
        en: 'Your income is above 750,000 dinars a month. You may still get a reduced allowance if your disability is 75% or more.',
        ar: 'دخلك أعلى من 750,000 دينار شهرياً. قد تحصل مع ذلك على إعانة مخفّضة إذا كانت نسبة إعاقتك 75% أو أكثر.',
        ckb: 'داهاتەکەت لە ٧٥٠،٠٠٠ دینار لە مانگێکدا زیاترە. لەوانەیە هێشتا مووچەیەکی کەمکراوە وەربگریت ئەگەر کەمئەندامییەکەت ٧٥٪ یان زیاتر بێت.',
        fr: 'Vos revenus dépassent 750 000 dinars par mois. Vous pouvez toutefois percevoir une allocation réduite si votre taux de handicap est d’au moins 75 %.',
      },
    },
  ],
  nextSteps: [
    {
      en: 'Gather your national card, the committee report and your bank details.',
      ar: 'اجمع بطاقتك الوطنية وتقرير اللجنة وبياناتك المصرفية.',
      ckb: 'کارتی نیشتمانی، ڕاپۆرتی لیژنە و زانیارییە بانکییەکانت ئامادە بکە.',
      fr: 'Rassemblez votre carte nationale, le rapport de la commission et vos coordonnées bancaires.',
    },
    {
      en: 'Apply online or at the social protection office; a social researcher will contact you.',
      ar: 'قدّم الطلب إلكترونياً أو في مكتب الحماية الاجتماعية، وسيتواصل معك باحث اجتماعي.',
      ckb: 'بە ئۆنلاین یان لە نووسینگەی پاراستنی کۆمەڵایەتی داواکاری پێشکەش بکە؛ توێژەرێکی کۆمەڵایەتی پەیوەندیت پێوە دەکات.',
      fr: 'Déposez la demande en ligne ou au bureau de la protection sociale ; un travailleur social vous contactera.',
    },
  ],
};

const universityGrant: DemoEligibilityRules = {
  serviceId: 'university-grant',
  version: '2026.1',
  questions: [
    {
      id: 'enrolment', type: 'choice',
      label: { en: 'Where are you studying?', ar: 'أين تدرس؟', ckb: 'لە کوێ دەخوێنیت؟', fr: 'Où étudiez-vous ?' },
      options: [
        { value: 'public-full-time', label: { en: 'Full time at a public university', ar: 'طالب متفرغ في جامعة حكومية', ckb: 'کاتی تەواو لە زانکۆیەکی حکومی', fr: 'À temps plein dans une université publique' } },
        { value: 'public-evening', label: { en: 'Evening study at a public university', ar: 'الدراسة المسائية في جامعة حكومية', ckb: 'خوێندنی ئێواران لە زانکۆیەکی حکومی', fr: 'Cours du soir dans une université publique' } },
        { value: 'private', label: { en: 'At a private university', ar: 'في جامعة أهلية', ckb: 'لە زانکۆیەکی ئەهلی', fr: 'Dans une université privée' } },
      ],
    },
    {
      id: 'household-income', type: 'number', min: 0, step: 1, currency: 'IQD', unit: IQD_PER_MONTH,
      label: {
        en: 'What is your household’s total monthly income?',
        ar: 'ما مجموع الدخل الشهري لأسرتك؟',
        ckb: 'کۆی داهاتی مانگانەی خێزانەکەت چەندە؟',
        fr: 'Quel est le revenu mensuel total de votre foyer ?',
      },
    },
    {
      id: 'household-size', type: 'number', min: 1, max: 30, step: 1,
      label: {
        en: 'How many people live in your household, including you?',
        ar: 'كم عدد أفراد أسرتك بمن فيهم أنت؟',
        ckb: 'خێزانەکەت چەند کەسن، خۆشت لەگەڵیدا؟',
        fr: 'Combien de personnes compte votre foyer, vous compris ?',
      },
    },
  ],
  outcomes: [
    {
      id: 'eligible',
      when: { and: [
        { '==': [{ var: 'enrolment' }, 'public-full-time'] },
        { '<=': [{ '/': [{ var: 'household-income' }, { var: 'household-size' }] }, 250000] },
      ] },
      result: 'eligible',
      reason: {
        en: 'You study full time at a public university and your household income is 250,000 dinars a month or less per person.',
        ar: 'أنت طالب متفرغ في جامعة حكومية ودخل أسرتك 250,000 دينار شهرياً أو أقل للفرد الواحد.',
        ckb: 'تۆ خوێندکاری کاتی تەواویت لە زانکۆیەکی حکومی و داهاتی خێزانەکەت بۆ هەر کەسێک ٢٥٠،٠٠٠ دینار یان کەمترە لە مانگێکدا.',
        fr: 'Vous étudiez à temps plein dans une université publique et le revenu de votre foyer est de 250 000 dinars par mois ou moins par personne.',
      },
      legalReference: {
        title: { en: 'Student Grants Regulation No. 4, art. 3', ar: 'نظام المنح الطلابية رقم 4، المادة 3', ckb: 'ڕێنمایی بەخشینی خوێندکاران ژمارە ٤، ماددەی ٣', fr: 'Règlement n° 4 sur les bourses étudiantes, art. 3' },
        url: 'https://laws.example.gov/student-grants#article-3',
      },
    },
    {
      id: 'not-public-full-time',
      when: { '!=': [{ var: 'enrolment' }, 'public-full-time'] },
      result: 'not_eligible',
      reason: {
        en: 'The grant is only for full-time students at public universities.',
        ar: 'المنحة مخصصة فقط للطلبة المتفرغين في الجامعات الحكومية.',
        ckb: 'بەخشینەکە تەنها بۆ خوێندکارانی کاتی تەواوی زانکۆ حکومییەکانە.',
        fr: 'La bourse est réservée aux étudiants à temps plein des universités publiques.',
      },
    },
    {
      id: 'income-above-limit',
      when: { and: [
        { '==': [{ var: 'enrolment' }, 'public-full-time'] },
        { '>': [{ '/': [{ var: 'household-income' }, { var: 'household-size' }] }, 250000] },
      ] },
      result: 'not_eligible',
      reason: {
        en: 'Your household income is above 250,000 dinars a month per person.',
        ar: 'دخل أسرتك أعلى من 250,000 دينار شهرياً للفرد الواحد.',
        ckb: 'داهاتی خێزانەکەت بۆ هەر کەسێک لە ٢٥٠،٠٠٠ دینار لە مانگێکدا زیاترە.',
        fr: 'Le revenu de votre foyer dépasse 250 000 dinars par mois et par personne.',
      },
    },
  ],
  nextSteps: [
    {
      en: 'Ask your university for an enrolment letter for this academic year.',
      ar: 'اطلب من جامعتك تأييد استمرار بالدوام لهذا العام الدراسي.',
      ckb: 'داوای نووسراوی بەردەوامی بۆ ئەم ساڵی خوێندنە لە زانکۆکەت بکە.',
      fr: 'Demandez à votre université un certificat de scolarité pour cette année universitaire.',
    },
    {
      en: 'Apply online before 31 October.',
      ar: 'قدّم الطلب إلكترونياً قبل 31 تشرين الأول.',
      ckb: 'پێش ٣١ی تشرینی یەکەم بە ئۆنلاین داواکاری پێشکەش بکە.',
      fr: 'Faites la demande en ligne avant le 31 octobre.',
    },
  ],
};

export const demoEligibilityRules: readonly DemoEligibilityRules[] = [
  disabilityAllowance, universityGrant, childBenefit, socialSafetyNet, oldAgePension, housingLoan, passportRenewal,
];
