// Building blocks the sample services share: opening hours, offices, channels, fees, documents.
import type { OpeningHours, ProcessingTime } from '../../schemas/index.js';
import type { DemoChannel, DemoDocument, DemoFee, Text4 } from './types.js';

/** The public-sector working week: Sunday to Thursday. */
export const OFFICE_HOURS: OpeningHours[] = [{ days: ['sun', 'mon', 'tue', 'wed', 'thu'], opens: '08:00', closes: '14:00' }];
export const EXTENDED_HOURS: OpeningHours[] = [
  { days: ['sun', 'mon', 'tue', 'wed', 'thu'], opens: '08:00', closes: '16:00' },
  { days: ['sat'], opens: '09:00', closes: '13:00' },
];
export const CALL_CENTRE_HOURS: OpeningHours[] = [
  { days: ['sat', 'sun', 'mon', 'tue', 'wed', 'thu'], opens: '08:00', closes: '20:00' },
];

const PORTAL = 'https://services.example.gov';

export function online(path: string, label?: Text4): DemoChannel {
  return { kind: 'online', url: `${PORTAL}/${path}`, label: label ?? APPLY_ONLINE };
}
export function phone(number: string, hours: OpeningHours[] = CALL_CENTRE_HOURS): DemoChannel {
  return { kind: 'phone', phone: number, hours };
}
export function inPerson(address: Text4, hours: OpeningHours[] = OFFICE_HOURS, note?: Text4): DemoChannel {
  return note ? { kind: 'in_person', address, hours, note } : { kind: 'in_person', address, hours };
}
export function email(address: string): DemoChannel {
  return { kind: 'email', email: address };
}
export function sms(number: string, note: Text4): DemoChannel {
  return { kind: 'sms', phone: number, note };
}
export function kiosk(note: Text4): DemoChannel {
  return { kind: 'kiosk', note };
}
export function post(address: Text4): DemoChannel {
  return { kind: 'post', address };
}

export function fee(amount: number, label: Text4): DemoFee {
  return { amount, currency: 'IQD', label };
}
export const FREE: DemoFee = fee(0, { en: 'No fee', ar: 'مجاناً', ckb: 'بێبەرامبەر', fr: 'Gratuit' });

export function workingDays(max: number, min?: number): ProcessingTime {
  return min === undefined ? { max, unit: 'day', workingDays: true } : { min, max, unit: 'day', workingDays: true };
}

export const APPLY_ONLINE: Text4 = {
  en: 'Apply online', ar: 'قدّم طلبك إلكترونياً', ckb: 'بە ئۆنلاین داواکاری پێشکەش بکە', fr: 'Faire la demande en ligne',
};
export const BOOK_ONLINE: Text4 = {
  en: 'Book an appointment online', ar: 'احجز موعداً إلكترونياً', ckb: 'بە ئۆنلاین کاتێک دیاری بکە', fr: 'Prendre rendez-vous en ligne',
};
export const KIOSK_NOTE: Text4 = {
  en: 'Self-service kiosks in the main service centres print the form and take card payments.',
  ar: 'تطبع أكشاك الخدمة الذاتية في مراكز الخدمة الرئيسية الاستمارة وتقبل الدفع بالبطاقة.',
  ckb: 'کیۆسکەکانی خزمەتگوزاریی خۆکار لە ناوەندە سەرەکییەکان فۆڕمەکە چاپ دەکەن و پارەدان بە کارت وەردەگرن.',
  fr: 'Les bornes libre-service des principaux centres de services impriment le formulaire et acceptent le paiement par carte.',
};
export const SMS_STATUS_NOTE: Text4 = {
  en: 'Send your reference number by SMS to get the status of your application.',
  ar: 'أرسل رقمك المرجعي برسالة نصية لمعرفة حالة طلبك.',
  ckb: 'ژمارەی ئاماژەکەت بە نامەی کورت بنێرە بۆ زانینی دۆخی داواکارییەکەت.',
  fr: 'Envoyez votre numéro de référence par SMS pour connaître l’état de votre demande.',
};

// Offices. Addresses are illustrative; the demo never sends anything anywhere.
export const CIVIL_STATUS_OFFICE: Text4 = {
  en: 'Civil Status Directorate, 14th Ramadan Street, Al-Mansour, Baghdad',
  ar: 'مديرية الأحوال المدنية، شارع 14 رمضان، المنصور، بغداد',
  ckb: 'بەڕێوەبەرایەتیی باری شارستانی، شەقامی ١٤ی ڕەمەزان، مەنسوور، بەغدا',
  fr: 'Direction de l’état civil, rue du 14-Ramadan, Al-Mansour, Bagdad',
};
export const PASSPORT_OFFICE: Text4 = {
  en: 'General Directorate of Passports, 60 Metre Street, Erbil',
  ar: 'المديرية العامة للجوازات، شارع الستين متري، أربيل',
  ckb: 'بەڕێوەبەرایەتیی گشتیی پاسپۆرت، شەقامی ٦٠ مەتری، هەولێر',
  fr: 'Direction générale des passeports, boulevard des 60-Mètres, Erbil',
};
export const SOCIAL_CARE_OFFICE: Text4 = {
  en: 'Social Protection Office, Salim Street, Sulaymaniyah',
  ar: 'مكتب الحماية الاجتماعية، شارع سالم، السليمانية',
  ckb: 'نووسینگەی پاراستنی کۆمەڵایەتی، شەقامی سالم، سلێمانی',
  fr: 'Bureau de la protection sociale, rue Salim, Souleimaniye',
};
export const HEALTH_DIRECTORATE: Text4 = {
  en: 'Directorate of Health, Hospital Road, Basra',
  ar: 'دائرة الصحة، طريق المستشفى، البصرة',
  ckb: 'بەڕێوەبەرایەتیی تەندروستی، ڕێگای نەخۆشخانە، بەسرە',
  fr: 'Direction de la santé, route de l’Hôpital, Bassora',
};
export const EDUCATION_DIRECTORATE: Text4 = {
  en: 'Directorate of Education, Gulan Street, Erbil',
  ar: 'مديرية التربية، شارع گولان، أربيل',
  ckb: 'بەڕێوەبەرایەتیی پەروەردە، شەقامی گوڵان، هەولێر',
  fr: 'Direction de l’éducation, rue Gulan, Erbil',
};
export const BUSINESS_CENTRE: Text4 = {
  en: 'One-Stop Business Centre, Al-Rasheed Street, Baghdad',
  ar: 'مركز النافذة الواحدة للأعمال، شارع الرشيد، بغداد',
  ckb: 'ناوەندی یەک پەنجەرەی بازرگانی، شەقامی ڕەشید، بەغدا',
  fr: 'Guichet unique des entreprises, rue Al-Rasheed, Bagdad',
};
export const TRAFFIC_OFFICE: Text4 = {
  en: 'Traffic Directorate, Kirkuk Road, Erbil',
  ar: 'مديرية المرور، طريق كركوك، أربيل',
  ckb: 'بەڕێوەبەرایەتیی هاتوچۆ، ڕێگای کەرکووک، هەولێر',
  fr: 'Direction de la circulation, route de Kirkouk, Erbil',
};
export const MUNICIPALITY_OFFICE: Text4 = {
  en: 'Municipality Service Hall, Nawroz Street, Duhok',
  ar: 'قاعة خدمات البلدية، شارع نوروز، دهوك',
  ckb: 'هۆڵی خزمەتگوزارییەکانی شارەوانی، شەقامی نەورۆز، دهۆک',
  fr: 'Hall des services municipaux, rue Newroz, Dohuk',
};
export const COURTHOUSE: Text4 = {
  en: 'Palace of Justice, Court Street, Al-Karkh, Baghdad',
  ar: 'قصر العدالة، شارع المحاكم، الكرخ، بغداد',
  ckb: 'کۆشکی دادپەروەری، شەقامی دادگاکان، کەرخ، بەغدا',
  fr: 'Palais de justice, rue des Tribunaux, Al-Karkh, Bagdad',
};
export const LABOUR_OFFICE: Text4 = {
  en: 'Employment Service Centre, Al-Jumhuriya Street, Mosul',
  ar: 'مركز خدمات التشغيل، شارع الجمهورية، الموصل',
  ckb: 'ناوەندی خزمەتگوزاریی دامەزراندن، شەقامی کۆماری، مووسڵ',
  fr: 'Centre des services de l’emploi, rue Al-Joumhouriya, Mossoul',
};
export const TAX_OFFICE: Text4 = {
  en: 'General Commission for Taxes, Al-Saadoun Street, Baghdad',
  ar: 'الهيئة العامة للضرائب، شارع السعدون، بغداد',
  ckb: 'دەستەی گشتیی باج، شەقامی سەعدوون، بەغدا',
  fr: 'Commission générale des impôts, rue Al-Saadoun, Bagdad',
};

// Documents many services ask for.
export const NATIONAL_ID: DemoDocument = {
  name: {
    en: 'Unified national card (or civil status ID)',
    ar: 'البطاقة الوطنية الموحدة (أو هوية الأحوال المدنية)',
    ckb: 'کارتی نیشتمانیی یەکگرتوو (یان ناسنامەی باری شارستانی)',
    fr: 'Carte nationale unifiée (ou carte d’état civil)',
  },
};
export const RESIDENCE_CARD: DemoDocument = {
  name: { en: 'Residence card', ar: 'بطاقة السكن', ckb: 'کارتی نیشتەجێبوون', fr: 'Carte de résidence' },
  note: {
    en: 'Issued by the local council; shows your current address.',
    ar: 'تصدرها المجالس المحلية وتثبت عنوان سكنك الحالي.',
    ckb: 'لەلایەن ئەنجومەنی ناوچەوە دەدرێت و ناونیشانی ئێستات دەسەلمێنێت.',
    fr: 'Délivrée par le conseil local ; elle atteste votre adresse actuelle.',
  },
};
export const PHOTOS: DemoDocument = {
  name: {
    en: 'Two recent passport-size photos',
    ar: 'صورتان شخصيتان حديثتان',
    ckb: 'دوو وێنەی تازەی قەبارەی پاسپۆرت',
    fr: 'Deux photos d’identité récentes',
  },
};
export const PASSPORT_DOC: DemoDocument = {
  name: { en: 'Valid passport', ar: 'جواز سفر ساري المفعول', ckb: 'پاسپۆرتی کارا', fr: 'Passeport en cours de validité' },
};
export const BIRTH_CERTIFICATE_DOC: DemoDocument = {
  name: { en: 'Birth certificate', ar: 'شهادة الميلاد', ckb: 'بڕوانامەی لەدایکبوون', fr: 'Acte de naissance' },
};
export const MEDICAL_REPORT: DemoDocument = {
  name: {
    en: 'Medical committee report',
    ar: 'تقرير اللجنة الطبية',
    ckb: 'ڕاپۆرتی لیژنەی پزیشکی',
    fr: 'Rapport de la commission médicale',
  },
};
export const BANK_ACCOUNT: DemoDocument = {
  name: {
    en: 'Bank account or e-wallet details',
    ar: 'بيانات الحساب المصرفي أو المحفظة الإلكترونية',
    ckb: 'زانیاریی هەژماری بانکی یان جزدانی ئەلیکترۆنی',
    fr: 'Coordonnées bancaires ou de portefeuille électronique',
  },
};
