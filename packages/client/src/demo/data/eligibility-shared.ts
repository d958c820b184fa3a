// Units and questions several demo rule sets share.
import type { DemoEligibilityRules } from './types.js';

type DemoQuestion = DemoEligibilityRules['questions'][number];

export const YEARS = { en: 'years', ar: 'سنة', ckb: 'ساڵ', fr: 'ans' };
export const IQD_PER_MONTH = { en: 'dinars a month', ar: 'دينار شهرياً', ckb: 'دینار لە مانگێکدا', fr: 'dinars par mois' };
export const PEOPLE = { en: 'people', ar: 'أشخاص', ckb: 'کەس', fr: 'personnes' };

export const livesInCountry: DemoQuestion = {
  id: 'lives-in-country', type: 'boolean',
  label: { en: 'Do you live in the country?', ar: 'هل تقيم في البلاد؟', ckb: 'ئایا لە وڵات دەژیت؟', fr: 'Résidez-vous dans le pays ?' },
  hint: {
    en: 'Answer yes if this is your main home, even if you travel sometimes.',
    ar: 'أجب بنعم إذا كان هذا مكان سكنك الرئيسي حتى لو كنت تسافر أحياناً.',
    ckb: 'ئەگەر ئێرە ماڵی سەرەکیتە وەڵامی بەڵێ بدەرەوە، تەنانەت ئەگەر جاروبار گەشت بکەیت.',
    fr: 'Répondez oui s’il s’agit de votre résidence principale, même si vous voyagez parfois.',
  },
};

export const householdSize: DemoQuestion = {
  id: 'household-size', type: 'number', min: 1, max: 30, step: 1, unit: PEOPLE,
  label: {
    en: 'How many people live in your household, including you?',
    ar: 'كم عدد أفراد أسرتك بمن فيهم أنت؟',
    ckb: 'خێزانەکەت چەند کەسن، خۆشت لەگەڵیدا؟',
    fr: 'Combien de personnes compte votre foyer, vous compris ?',
  },
};

export const householdIncome: DemoQuestion = {
  id: 'household-income', type: 'number', min: 0, step: 1, currency: 'IQD', unit: IQD_PER_MONTH,
  label: {
    en: 'What is your household’s total monthly income?',
    ar: 'ما مجموع الدخل الشهري لأسرتك؟',
    ckb: 'کۆی داهاتی مانگانەی خێزانەکەت چەندە؟',
    fr: 'Quel est le revenu mensuel total de votre foyer ?',
  },
  hint: {
    en: 'Add up wages, pensions and rent received by everyone in the household, before tax.',
    ar: 'اجمع الأجور والرواتب التقاعدية والإيجارات التي يتقاضاها جميع أفراد الأسرة قبل الضريبة.',
    ckb: 'کرێ، مووچەی خانەنشینی و کرێی خانوو کە هەموو ئەندامانی خێزانەکە وەریدەگرن، پێش باج کۆ بکەرەوە.',
    fr: 'Additionnez les salaires, pensions et loyers perçus par tout le foyer, avant impôt.',
  },
};
