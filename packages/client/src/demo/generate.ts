// Deterministic synthetic catalogues for benches: thousands of services built from phrase parts in
// the four demo locales, so search has varied, realistic text to chew on.
import type { Audience, OpeningHours, Service, ServiceCatalogue } from '../schemas/index.js';
import { demoCategories } from './data/categories.js';
import { workingDays } from './data/shared.js';
import type { Text4 } from './data/types.js';

interface Subject extends Text4 { id: string; category: string; keywords: readonly string[] }
interface Action { id: string; name: Text4; summary: Omit<Text4, 'fr'> }
interface Region extends Text4 { id: string; dialCode: string }

// `en` is a noun phrase; `ar` and `ckb` are in construct state (idafa / ezafe); `fr` follows « de ».
const SUBJECTS: readonly Subject[] = [
  { id: 'guardianship-certificate', category: 'civil-registry', en: 'guardianship certificate', ar: 'حجة الوصاية', ckb: 'بەڵگەنامەی سەرپەرشتیاری', fr: 'du certificat de tutelle', keywords: ['guardian', 'custody', 'وصاية', 'قيّم', 'سەرپەرشتیار', 'tutelle'] },
  { id: 'family-book', category: 'civil-registry', en: 'family book', ar: 'دفتر العائلة', ckb: 'دەفتەری خێزان', fr: 'du livret de famille', keywords: ['family record', 'famly book', 'دفتر عائلي', 'خێزان', 'livret'] },
  { id: 'travel-document', category: 'identity-travel', en: 'travel document', ar: 'وثيقة السفر', ckb: 'بەڵگەنامەی گەشت', fr: 'du titre de voyage', keywords: ['laissez-passer', 'travel paper', 'وثيقة سفر', 'سفر', 'گەشت', 'voyage'] },
  { id: 'citizenship-certificate', category: 'identity-travel', en: 'citizenship certificate', ar: 'شهادة الجنسية', ckb: 'ڕەگەزنامە', fr: 'du certificat de nationalité', keywords: ['nationality', 'citizenship', 'جنسية', 'الجنسيه', 'ڕەگەزنامە', 'nationalité'] },
  { id: 'carer-allowance', category: 'family-social', en: 'carer’s allowance', ar: 'إعانة المعيل', ckb: 'یارمەتیی چاودێرکار', fr: 'de l’allocation d’aidant', keywords: ['carer', 'caregiver', 'care giver', 'معيل', 'رعاية', 'چاودێرکار', 'aidant'] },
  { id: 'widow-pension', category: 'family-social', en: 'widow’s pension', ar: 'راتب الأرملة', ckb: 'مووچەی بێوەژن', fr: 'de la pension de veuve', keywords: ['widow', 'survivor', 'أرملة', 'ارملة', 'بێوەژن', 'veuve', 'réversion'] },
  { id: 'pharmacy-licence', category: 'health', en: 'pharmacy licence', ar: 'إجازة الصيدلية', ckb: 'مۆڵەتی دەرمانخانە', fr: 'de la licence de pharmacie', keywords: ['pharmacy', 'chemist', 'pharmacist', 'صيدلية', 'صيدلي', 'دەرمانخانە', 'pharmacie'] },
  { id: 'medical-practice-licence', category: 'health', en: 'medical practice licence', ar: 'إجازة ممارسة المهنة الطبية', ckb: 'مۆڵەتی پیشەی پزیشکی', fr: 'de l’autorisation d’exercice médical', keywords: ['doctor', 'clinic', 'physician', 'طبيب', 'عيادة', 'پزیشک', 'médecin'] },
  { id: 'private-school-licence', category: 'education', en: 'private school licence', ar: 'إجازة المدرسة الأهلية', ckb: 'مۆڵەتی قوتابخانەی ئەهلی', fr: 'de l’agrément d’école privée', keywords: ['private school', 'kindergarten', 'مدرسة أهلية', 'روضة', 'قوتابخانەی ئەهلی', 'école privée'] },
  { id: 'student-card', category: 'education', en: 'student card', ar: 'هوية الطالب', ckb: 'ناسنامەی خوێندکار', fr: 'de la carte d’étudiant', keywords: ['student id', 'studnet card', 'طالب', 'هوية طالب', 'خوێندکار', 'étudiant'] },
  { id: 'fishing-licence', category: 'business-trade', en: 'fishing licence', ar: 'إجازة صيد الأسماك', ckb: 'مۆڵەتی ڕاوەماسی', fr: 'du permis de pêche', keywords: ['fishing', 'fisherman', 'boat', 'صيد', 'سمك', 'ڕاوەماسی', 'pêche'] },
  { id: 'market-stall-permit', category: 'business-trade', en: 'market stall permit', ar: 'إجازة البسطة', ckb: 'مۆڵەتی بەستە', fr: 'de l’autorisation d’étal', keywords: ['stall', 'street vendor', 'market', 'بسطة', 'سوق', 'بازاڕ', 'marché'] },
  { id: 'restaurant-licence', category: 'business-trade', en: 'restaurant licence', ar: 'إجازة المطعم', ckb: 'مۆڵەتی چێشتخانە', fr: 'de la licence de restaurant', keywords: ['restaurant', 'cafe', 'resturant', 'مطعم', 'مقهى', 'چێشتخانە', 'café'] },
  { id: 'truck-operator-licence', category: 'transport', en: 'goods vehicle operator licence', ar: 'إجازة نقل البضائع', ckb: 'مۆڵەتی گواستنەوەی کاڵا', fr: 'de la licence de transport de marchandises', keywords: ['truck', 'lorry', 'haulage', 'شاحنة', 'لوري', 'بارهەڵگر', 'camion'] },
  { id: 'parking-permit', category: 'transport', en: 'resident parking permit', ar: 'تصريح وقوف السيارات', ckb: 'مۆڵەتی وەستانی ئۆتۆمبێل', fr: 'de la carte de stationnement résidentiel', keywords: ['parking', 'car park', 'وقوف', 'كراج', 'پارکینگ', 'stationnement'] },
  { id: 'demolition-permit', category: 'housing-municipal', en: 'demolition permit', ar: 'إجازة الهدم', ckb: 'مۆڵەتی ڕووخاندن', fr: 'du permis de démolir', keywords: ['demolition', 'demolish', 'هدم', 'ڕووخاندن', 'démolition'] },
  { id: 'shop-sign-permit', category: 'housing-municipal', en: 'shop sign permit', ar: 'إجازة اللافتة', ckb: 'مۆڵەتی تابلۆ', fr: 'de l’autorisation d’enseigne', keywords: ['sign', 'billboard', 'advertising', 'لافتة', 'إعلان', 'تابلۆ', 'enseigne'] },
  { id: 'generator-permit', category: 'housing-municipal', en: 'neighbourhood generator permit', ar: 'إجازة المولدة الأهلية', ckb: 'مۆڵەتی مۆلیدەی گەڕەک', fr: 'de l’autorisation de groupe électrogène de quartier', keywords: ['generator', 'electricity', 'ampere', 'مولدة', 'أمبير', 'مۆلیدە', 'groupe électrogène'] },
  { id: 'employment-contract', category: 'employment', en: 'employment contract registration', ar: 'تسجيل عقد العمل', ckb: 'تۆمارکردنی گرێبەستی کار', fr: 'de l’enregistrement du contrat de travail', keywords: ['contract', 'employer', 'عقد عمل', 'ضمان', 'گرێبەست', 'contrat'] },
  { id: 'property-tax-account', category: 'tax', en: 'property tax account', ar: 'حساب ضريبة العقار', ckb: 'هەژماری باجی موڵک', fr: 'du compte de taxe foncière', keywords: ['property tax', 'real estate', 'ضريبة عقار', 'عقار', 'باجی موڵک', 'taxe foncière'] },
  { id: 'notarised-contract', category: 'justice', en: 'notarised contract', ar: 'العقد المصدّق', ckb: 'گرێبەستی پەسەندکراو', fr: 'du contrat notarié', keywords: ['notary', 'contract', 'notarized', 'كاتب عدل', 'تصديق', 'نووسەری داد', 'notaire'] },
];

const ACTIONS: readonly Action[] = [
  { id: 'renewal', name: { en: 'renewal', ar: 'تجديد', ckb: 'نوێکردنەوەی', fr: 'Renouvellement' }, summary: { en: 'Renew your', ar: 'جدّد', ckb: 'نوێکردنەوەی' } },
  { id: 'application', name: { en: 'application', ar: 'طلب', ckb: 'داواکردنی', fr: 'Demande' }, summary: { en: 'Apply for the', ar: 'قدّم طلب', ckb: 'داواکردنی' } },
  { id: 'replacement', name: { en: 'replacement', ar: 'استبدال', ckb: 'گۆڕینەوەی', fr: 'Remplacement' }, summary: { en: 'Replace your lost or damaged', ar: 'استبدل', ckb: 'گۆڕینەوەی' } },
  { id: 'transfer', name: { en: 'transfer', ar: 'نقل', ckb: 'گواستنەوەی', fr: 'Transfert' }, summary: { en: 'Transfer the', ar: 'انقل', ckb: 'گواستنەوەی' } },
  { id: 'copy', name: { en: 'certified copy', ar: 'نسخة مصدّقة من', ckb: 'کۆپیی پەسەندکراوی', fr: 'Copie certifiée' }, summary: { en: 'Get a certified copy of your', ar: 'احصل على نسخة مصدّقة من', ckb: 'وەرگرتنی کۆپیی پەسەندکراوی' } },
  { id: 'cancellation', name: { en: 'cancellation', ar: 'إلغاء', ckb: 'هەڵوەشاندنەوەی', fr: 'Annulation' }, summary: { en: 'Cancel your', ar: 'ألغِ', ckb: 'هەڵوەشاندنەوەی' } },
  { id: 'update', name: { en: 'change of details', ar: 'تعديل بيانات', ckb: 'گۆڕینی زانیارییەکانی', fr: 'Modification' }, summary: { en: 'Change the details on your', ar: 'عدّل بيانات', ckb: 'گۆڕینی زانیارییەکانی' } },
];

const REGIONS: readonly Region[] = [
  { id: 'baghdad', dialCode: '1', en: 'Baghdad', ar: 'بغداد', ckb: 'بەغدا', fr: 'Bagdad' },
  { id: 'erbil', dialCode: '66', en: 'Erbil', ar: 'أربيل', ckb: 'هەولێر', fr: 'Erbil' },
  { id: 'sulaymaniyah', dialCode: '53', en: 'Sulaymaniyah', ar: 'السليمانية', ckb: 'سلێمانی', fr: 'Souleimaniye' },
  { id: 'duhok', dialCode: '62', en: 'Duhok', ar: 'دهوك', ckb: 'دهۆک', fr: 'Dohuk' },
  { id: 'halabja', dialCode: '53', en: 'Halabja', ar: 'حلبجة', ckb: 'هەڵەبجە', fr: 'Halabja' },
  { id: 'kirkuk', dialCode: '50', en: 'Kirkuk', ar: 'كركوك', ckb: 'کەرکووک', fr: 'Kirkouk' },
  { id: 'nineveh', dialCode: '60', en: 'Nineveh', ar: 'نينوى', ckb: 'نەینەوا', fr: 'Ninive' },
  { id: 'basra', dialCode: '40', en: 'Basra', ar: 'البصرة', ckb: 'بەسرە', fr: 'Bassora' },
  { id: 'najaf', dialCode: '33', en: 'Najaf', ar: 'النجف', ckb: 'نەجەف', fr: 'Nadjaf' },
  { id: 'karbala', dialCode: '32', en: 'Karbala', ar: 'كربلاء', ckb: 'کەربەلا', fr: 'Kerbala' },
  { id: 'anbar', dialCode: '24', en: 'Anbar', ar: 'الأنبار', ckb: 'ئەنبار', fr: 'Anbar' },
  { id: 'diyala', dialCode: '25', en: 'Diyala', ar: 'ديالى', ckb: 'دیالە', fr: 'Diyala' },
  { id: 'babylon', dialCode: '30', en: 'Babylon', ar: 'بابل', ckb: 'بابل', fr: 'Babylone' },
  { id: 'wasit', dialCode: '23', en: 'Wasit', ar: 'واسط', ckb: 'واست', fr: 'Wassit' },
  { id: 'maysan', dialCode: '43', en: 'Maysan', ar: 'ميسان', ckb: 'مەیسان', fr: 'Maysan' },
  { id: 'dhi-qar', dialCode: '42', en: 'Dhi Qar', ar: 'ذي قار', ckb: 'زیقار', fr: 'Dhi Qar' },
  { id: 'muthanna', dialCode: '36', en: 'Muthanna', ar: 'المثنى', ckb: 'موسەننا', fr: 'Muthanna' },
  { id: 'saladin', dialCode: '21', en: 'Saladin', ar: 'صلاح الدين', ckb: 'سەڵاحەدین', fr: 'Salah ad-Din' },
];

const AUDIENCE_SETS: readonly (readonly Audience[])[] = [
  ['citizen'], ['citizen', 'resident'], ['business'], ['citizen', 'resident', 'business'], ['resident', 'visitor'],
];

/** mulberry32: a tiny, fast, seedable PRNG; the same seed always gives the same catalogue. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** French « de » with elision before a vowel: « de Bagdad », « d’Erbil ». */
function ofPlace(place: string): string {
  return /^[AEIOUYÉ]/i.test(place) ? `d’${place}` : `de ${place}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * `count` synthetic services (ids distinct, text in en/ar/ckb/fr) in the demo categories, for benches and
 * large-catalogue stories. Deterministic: the same count and seed always give the same catalogue.
 * Services share some nested objects with each other (not with the sample data): treat it as read-only.
 */
export function generateServices(count: number, seed = 1): ServiceCatalogue {
  const next = random(seed);
  const pickIndex = (length: number): number => Math.floor(next() * length);
  const pick = <T>(items: readonly T[]): T => items[pickIndex(items.length)]!;
  // Shared by the services of this catalogue only, never with the module's own sample data.
  const hours: OpeningHours[] = [{ days: ['sun', 'mon', 'tue', 'wed', 'thu'], opens: '08:00', closes: '14:00' }];
  const feeLabel: Text4 = { en: 'Fee', ar: 'الرسم', ckb: 'کرێ', fr: 'Frais' };
  const freeLabel: Text4 = { en: 'No fee', ar: 'مجاناً', ckb: 'بێبەرامبەر', fr: 'Gratuit' };
  const nationalCard: Text4 = { en: 'National card', ar: 'البطاقة الوطنية', ckb: 'کارتی نیشتمانی', fr: 'Carte nationale' };
  // Texts repeat across services with the same parts: build each once and share the strings.
  const texts: Text4[][] = [[], [], [], []];
  const text = (kind: 0 | 1 | 2 | 3, key: number, build: () => Text4): Text4 => (texts[kind]![key] ??= build());
  const services: Service[] = [];
  for (let index = 0; index < count; index++) {
    const subjectIndex = pickIndex(SUBJECTS.length);
    const actionIndex = pickIndex(ACTIONS.length);
    const regionIndex = pickIndex(REGIONS.length);
    const subject = SUBJECTS[subjectIndex]!;
    const action = ACTIONS[actionIndex]!;
    const region = REGIONS[regionIndex]!;
    const id = `${subject.id}-${action.id}-${region.id}-${index + 1}`;
    const amount = Math.floor(next() * 11) * 5000;
    const days = 1 + Math.floor(next() * 30);
    const parts = (subjectIndex * ACTIONS.length + actionIndex) * REGIONS.length + regionIndex;
    services.push({
      id,
      category: subject.category,
      name: text(0, parts, () => ({
        en: `${capitalise(subject.en)} ${action.name.en} (${region.en})`,
        ar: `${action.name.ar} ${subject.ar} (${region.ar})`,
        ckb: `${action.name.ckb} ${subject.ckb} (${region.ckb})`,
        fr: `${action.name.fr} ${subject.fr} (${region.fr})`,
      })),
      summary: text(1, parts, () => ({
        en: `${action.summary.en} ${subject.en} at the ${region.en} service centre.`,
        ar: `${action.summary.ar} ${subject.ar} في مركز خدمات ${region.ar}.`,
        ckb: `${action.summary.ckb} ${subject.ckb} لە ناوەندی خزمەتگوزاریی ${region.ckb}.`,
        fr: `${action.name.fr} ${subject.fr} au centre de services ${ofPlace(region.fr)}.`,
      })),
      description: text(2, regionIndex * 32 + days, () => ({
        en: `Apply online or at the ${region.en} service centre. Most applications are decided within ${days} working days.`,
        ar: `قدّم الطلب إلكترونياً أو في مركز خدمات ${region.ar}. يُبتّ في معظم الطلبات خلال ${days} يوم عمل.`,
        ckb: `بە ئۆنلاین یان لە ناوەندی خزمەتگوزاریی ${region.ckb} داواکاری پێشکەش بکە. بڕیار لەسەر زۆربەی داواکارییەکان لە ماوەی ${days} ڕۆژی کاردا دەدرێت.`,
        fr: `Faites la demande en ligne ou au centre de services ${ofPlace(region.fr)}. La plupart des demandes sont traitées sous ${days} jours ouvrés.`,
      })),
      audiences: [...pick(AUDIENCE_SETS)],
      keywords: [...subject.keywords, region.en, region.ar, region.ckb, action.id],
      channels: [
        { kind: 'online', url: `https://services.example.gov/${subject.category}/${id}` },
        { kind: 'phone', phone: `+964 ${region.dialCode} 555 ${String(1000 + (index % 9000)).padStart(4, '0')}`, hours },
        {
          kind: 'in_person',
          address: text(3, regionIndex, () => ({
            en: `${region.en} Service Centre`, ar: `مركز خدمات ${region.ar}`, ckb: `ناوەندی خزمەتگوزاریی ${region.ckb}`, fr: `Centre de services ${ofPlace(region.fr)}`,
          })),
          hours,
        },
      ],
      fees: [{ amount, currency: 'IQD', label: amount === 0 ? freeLabel : feeLabel }],
      documents: [{ name: nationalCard }],
      processingTime: workingDays(days),
      hasEligibilityCheck: false,
    });
  }
  return { categories: structuredClone(demoCategories), services };
}
