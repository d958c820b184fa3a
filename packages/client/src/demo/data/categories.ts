import type { DemoCategory } from './types.js';

export const demoCategories: DemoCategory[] = [
  {
    id: 'civil-registry',
    name: { en: 'Civil registry', ar: 'الأحوال المدنية', ckb: 'باری شارستانی', fr: 'État civil' },
    description: {
      en: 'Births, marriages, deaths and family records.',
      ar: 'الولادات والزواج والوفيات والسجلات العائلية.',
      ckb: 'لەدایکبوون، هاوسەرگیری، مردن و تۆماری خێزان.',
      fr: 'Naissances, mariages, décès et livrets de famille.',
    },
  },
  {
    id: 'identity-travel',
    name: { en: 'Identity and travel', ar: 'الهوية والسفر', ckb: 'ناسنامە و گەشت', fr: 'Identité et voyages' },
    description: {
      en: 'National cards, passports, residence permits and visas.',
      ar: 'البطاقات الوطنية وجوازات السفر وتصاريح الإقامة والتأشيرات.',
      ckb: 'کارتی نیشتمانی، پاسپۆرت، مۆڵەتی مانەوە و ڤیزا.',
      fr: 'Cartes nationales, passeports, titres de séjour et visas.',
    },
  },
  {
    id: 'family-social',
    name: {
      en: 'Family and social support',
      ar: 'الأسرة والدعم الاجتماعي',
      ckb: 'خێزان و پشتگیریی کۆمەڵایەتی',
      fr: 'Famille et aide sociale',
    },
    description: {
      en: 'Allowances, pensions and care for families, older people and people with disabilities.',
      ar: 'الإعانات والرواتب والرعاية للأسر وكبار السن والأشخاص ذوي الإعاقة.',
      ckb: 'یارمەتی، مووچە و چاودێری بۆ خێزانەکان، بەساڵاچووان و کەسانی خاوەن پێداویستیی تایبەت.',
      fr: 'Allocations, pensions et accompagnement des familles, des personnes âgées et des personnes handicapées.',
    },
  },
  {
    id: 'health',
    name: { en: 'Health', ar: 'الصحة', ckb: 'تەندروستی', fr: 'Santé' },
    description: {
      en: 'Health cards, vaccinations, medical assessments and health permits.',
      ar: 'البطاقات الصحية واللقاحات والفحوص الطبية والتصاريح الصحية.',
      ckb: 'کارتی تەندروستی، کوتان، پشکنینی پزیشکی و مۆڵەتی تەندروستی.',
      fr: 'Cartes de santé, vaccinations, expertises médicales et autorisations sanitaires.',
    },
  },
  {
    id: 'education',
    name: { en: 'Education', ar: 'التعليم', ckb: 'پەروەردە و خوێندن', fr: 'Éducation' },
    description: {
      en: 'School places, certificates, grants and recognition of qualifications.',
      ar: 'التسجيل في المدارس والشهادات والمنح ومعادلة المؤهلات.',
      ckb: 'تۆمارکردن لە قوتابخانە، بڕوانامە، بەخشین و هاوتاکردنی بڕوانامەکان.',
      fr: 'Inscriptions scolaires, diplômes, bourses et reconnaissance des qualifications.',
    },
  },
  {
    id: 'business-trade',
    name: { en: 'Business and trade', ar: 'الأعمال والتجارة', ckb: 'بازرگانی و کار', fr: 'Entreprises et commerce' },
    description: {
      en: 'Starting, licensing and running a business, imports and trademarks.',
      ar: 'تأسيس الأعمال وترخيصها وإدارتها والاستيراد والعلامات التجارية.',
      ckb: 'دامەزراندن، مۆڵەتدان و بەڕێوەبردنی کار، هاوردە و نیشانەی بازرگانی.',
      fr: 'Créer, autoriser et gérer une entreprise, importations et marques.',
    },
  },
  {
    id: 'transport',
    name: { en: 'Transport', ar: 'النقل', ckb: 'گواستنەوە', fr: 'Transports' },
    description: {
      en: 'Driving licences, vehicles, fines and transport permits.',
      ar: 'إجازات السوق والمركبات والغرامات وتصاريح النقل.',
      ckb: 'مۆڵەتی شۆفێری، ئۆتۆمبێل، سزای هاتوچۆ و مۆڵەتی گواستنەوە.',
      fr: 'Permis de conduire, véhicules, amendes et autorisations de transport.',
    },
  },
  {
    id: 'housing-municipal',
    name: {
      en: 'Housing and municipal services',
      ar: 'السكن والخدمات البلدية',
      ckb: 'نیشتەجێبوون و خزمەتگوزارییەکانی شارەوانی',
      fr: 'Logement et services municipaux',
    },
    description: {
      en: 'Building permits, water, waste, streets and help with housing.',
      ar: 'إجازات البناء والماء والنفايات والشوارع ودعم السكن.',
      ckb: 'مۆڵەتی بیناسازی، ئاو، پاشەڕۆ، شەقامەکان و یارمەتیی نیشتەجێبوون.',
      fr: 'Permis de construire, eau, déchets, voirie et aide au logement.',
    },
  },
  {
    id: 'employment',
    name: { en: 'Work and employment', ar: 'العمل والتوظيف', ckb: 'کار و دامەزراندن', fr: 'Travail et emploi' },
    description: {
      en: 'Finding work, training and permits to work.',
      ar: 'البحث عن عمل والتدريب وتصاريح العمل.',
      ckb: 'دۆزینەوەی کار، ڕاهێنان و مۆڵەتی کارکردن.',
      fr: 'Recherche d’emploi, formation et autorisations de travail.',
    },
  },
  {
    id: 'tax',
    name: { en: 'Tax', ar: 'الضرائب', ckb: 'باج', fr: 'Impôts' },
    description: {
      en: 'Tax returns, payments and clearance certificates.',
      ar: 'الإقرارات الضريبية والدفع وبراءات الذمة.',
      ckb: 'ڕاگەیاندنی باج، پارەدان و بەڵگەنامەی پاکبوونەوەی باج.',
      fr: 'Déclarations, paiements et attestations de régularité fiscale.',
    },
  },
  {
    id: 'justice',
    name: { en: 'Justice', ar: 'العدل', ckb: 'داد', fr: 'Justice' },
    description: {
      en: 'Criminal record certificates, powers of attorney and court services.',
      ar: 'شهادات عدم المحكومية والوكالات وخدمات المحاكم.',
      ckb: 'بەڵگەنامەی پاکیی پێشینە، وەکالەتنامە و خزمەتگوزارییەکانی دادگا.',
      fr: 'Extraits de casier judiciaire, procurations et services des tribunaux.',
    },
  },
];
