import {
  BOOK_ONLINE, EXTENDED_HOURS, KIOSK_NOTE, MEDICAL_REPORT, NATIONAL_ID, PHOTOS, RESIDENCE_CARD, SMS_STATUS_NOTE,
  TRAFFIC_OFFICE, fee, inPerson, kiosk, online, phone, sms, workingDays,
} from './shared.js';
import type { DemoDocument, DemoService } from './types.js';

const TRAFFIC_PHONE = '+964 66 555 0180';
const EYE_TEST: DemoDocument = {
  ...MEDICAL_REPORT,
  name: { en: 'Eye test certificate', ar: 'شهادة فحص النظر', ckb: 'بڕوانامەی پشکنینی چاو', fr: 'Certificat d’examen de la vue' },
};
const VEHICLE_DOCUMENTS: DemoDocument = {
  name: { en: 'Vehicle registration book (sanwiya)', ar: 'السنوية', ckb: 'سەنەوییەی ئۆتۆمبێل', fr: 'Carte grise (sanwiya)' },
};

export const transportServices: DemoService[] = [
  {
    id: 'driving-licence-renewal',
    category: 'transport',
    name: { en: 'Renew a driving licence', ar: 'تجديد إجازة السوق', ckb: 'نوێکردنەوەی مۆڵەتی شۆفێری', fr: 'Renouveler un permis de conduire' },
    summary: {
      en: 'Renew your driving licence before it expires, with an eye test.',
      ar: 'جدّد إجازة السوق قبل انتهائها مع فحص النظر.',
      ckb: 'پێش بەسەرچوونی مۆڵەتی شۆفێرییەکەت نوێی بکەرەوە، لەگەڵ پشکنینی چاو.',
      fr: 'Renouveler votre permis de conduire avant son expiration, avec un examen de la vue.',
    },
    description: {
      en: 'Licences are renewed every ten years, or every five years after the age of 60. Have your eyes tested at an approved clinic, then apply online and collect the new card. Driving with an expired licence is fined.',
      ar: 'تُجدَّد الإجازة كل عشر سنوات، أو كل خمس سنوات بعد سن الستين. أجرِ فحص النظر في عيادة معتمدة، ثم قدّم الطلب إلكترونياً واستلم البطاقة الجديدة. القيادة بإجازة منتهية تستوجب غرامة.',
      ckb: 'مۆڵەت هەر دە ساڵ جارێک نوێ دەکرێتەوە، یان دوای تەمەنی ٦٠ ساڵی هەر پێنج ساڵ جارێک. لە کلینیکێکی پەسەندکراو چاوت بپشکنە، پاشان بە ئۆنلاین داواکاری پێشکەش بکە و کارتە نوێیەکە وەربگرە. لێخوڕین بە مۆڵەتی بەسەرچوو سزای دارایی هەیە.',
      fr: 'Le permis se renouvelle tous les dix ans, ou tous les cinq ans après 60 ans. Faites examiner votre vue dans une clinique agréée, puis déposez la demande en ligne et retirez la nouvelle carte. Conduire avec un permis expiré est sanctionné d’une amende.',
    },
    audiences: ['citizen', 'resident'],
    keywords: ['driving licence', 'driving license', 'driver license', 'drivers licence', 'licence renewal', 'إجازة سوق', 'اجازة سوق', 'رخصة قيادة', 'سياقة', 'مۆڵەتی شۆفێری', 'شوفێری', 'ئیجازەی سەیاقە', 'permis de conduire'],
    channels: [online('transport/licence-renewal'), phone(TRAFFIC_PHONE), inPerson(TRAFFIC_OFFICE, EXTENDED_HOURS), kiosk(KIOSK_NOTE), sms('5180', SMS_STATUS_NOTE)],
    fees: [
      fee(40000, { en: 'Ten-year licence', ar: 'إجازة لعشر سنوات', ckb: 'مۆڵەتی دە ساڵ', fr: 'Permis de dix ans' }),
      fee(25000, { en: 'Five-year licence (over 60)', ar: 'إجازة لخمس سنوات (فوق الستين)', ckb: 'مۆڵەتی پێنج ساڵ (سەرووی ٦٠)', fr: 'Permis de cinq ans (plus de 60 ans)' }),
    ],
    documents: [
      { name: { en: 'Current driving licence', ar: 'إجازة السوق الحالية', ckb: 'مۆڵەتی شۆفێریی ئێستا', fr: 'Permis de conduire actuel' } },
      NATIONAL_ID,
      EYE_TEST,
    ],
    processingTime: workingDays(3, 1),
    hasEligibilityCheck: false,
  },
  {
    id: 'driving-test',
    category: 'transport',
    name: { en: 'Book a driving test', ar: 'حجز اختبار القيادة', ckb: 'دیاریکردنی کاتی تاقیکردنەوەی شۆفێری', fr: 'Réserver l’examen du permis de conduire' },
    summary: {
      en: 'Book the theory and practical tests for your first driving licence.',
      ar: 'احجز الاختبارين النظري والعملي للحصول على أول إجازة سوق.',
      ckb: 'کاتی تاقیکردنەوەی تیۆری و کرداری بۆ یەکەم مۆڵەتی شۆفێریت دیاری بکە.',
      fr: 'Réserver l’épreuve théorique et l’épreuve pratique de votre premier permis de conduire.',
    },
    description: {
      en: 'You must be at least 18 and have finished lessons at a licensed driving school. The theory test is taken on a computer in Arabic or Kurdish. If you fail, you can book again after 14 days.',
      ar: 'يجب ألا يقل عمرك عن 18 عاماً وأن تكون قد أنهيت الدروس في مدرسة قيادة مرخصة. يُجرى الاختبار النظري على الحاسوب باللغة العربية أو الكردية. إذا لم تنجح يمكنك الحجز مجدداً بعد 14 يوماً.',
      ckb: 'دەبێت لانیکەم ١٨ ساڵ بیت و وانەکانت لە قوتابخانەیەکی مۆڵەتپێدراوی شۆفێری تەواو کردبێت. تاقیکردنەوەی تیۆری لەسەر کۆمپیوتەر بە عەرەبی یان کوردی ئەنجام دەدرێت. ئەگەر دەرنەچوویت، دوای ١٤ ڕۆژ دەتوانیت دووبارە کات دیاری بکەیت.',
      fr: 'Vous devez avoir au moins 18 ans et avoir suivi les leçons d’une auto-école agréée. L’épreuve théorique se passe sur ordinateur, en arabe ou en kurde. En cas d’échec, vous pouvez réserver de nouveau après 14 jours.',
    },
    audiences: ['citizen', 'resident'],
    keywords: ['driving test', 'driving exam', 'learner', 'first licence', 'theory test', 'اختبار القيادة', 'فحص السياقة', 'مدرسة تعليم القيادة', 'تاقیکردنەوەی شۆفێری', 'examen du permis', 'code de la route', 'auto-école'],
    channels: [online('transport/driving-test', BOOK_ONLINE), phone(TRAFFIC_PHONE), inPerson(TRAFFIC_OFFICE, EXTENDED_HOURS)],
    fees: [
      fee(15000, { en: 'Theory test', ar: 'الاختبار النظري', ckb: 'تاقیکردنەوەی تیۆری', fr: 'Épreuve théorique' }),
      fee(25000, { en: 'Practical test', ar: 'الاختبار العملي', ckb: 'تاقیکردنەوەی کرداری', fr: 'Épreuve pratique' }),
    ],
    documents: [NATIONAL_ID, EYE_TEST, PHOTOS, { name: { en: 'Driving school certificate', ar: 'شهادة مدرسة تعليم القيادة', ckb: 'بڕوانامەی قوتابخانەی شۆفێری', fr: 'Attestation de l’auto-école' } }],
    processingTime: workingDays(14, 3),
    hasEligibilityCheck: false,
  },
  {
    id: 'vehicle-registration',
    category: 'transport',
    name: { en: 'Register a vehicle', ar: 'تسجيل مركبة', ckb: 'تۆمارکردنی ئۆتۆمبێل', fr: 'Immatriculer un véhicule' },
    summary: {
      en: 'Register a new or imported vehicle, or transfer ownership after a sale.',
      ar: 'سجّل مركبة جديدة أو مستوردة، أو انقل ملكيتها بعد البيع.',
      ckb: 'ئۆتۆمبێلێکی نوێ یان هاوردەکراو تۆمار بکە، یان دوای فرۆشتن خاوەندارێتییەکەی بگوازەوە.',
      fr: 'Immatriculer un véhicule neuf ou importé, ou en transférer la propriété après une vente.',
    },
    description: {
      en: 'The vehicle is inspected at the registration site, then you receive number plates and the registration book. When selling, buyer and seller come together to sign the transfer. Registration must be renewed every year.',
      ar: 'تُفحص المركبة في موقع التسجيل، ثم تستلم اللوحات والسنوية. عند البيع يحضر البائع والمشتري معاً لتوقيع نقل الملكية. يجب تجديد التسجيل سنوياً.',
      ckb: 'ئۆتۆمبێلەکە لە شوێنی تۆمارکردن دەپشکنرێت، پاشان ژمارە و سەنەوییە وەردەگریت. لە کاتی فرۆشتندا کڕیار و فرۆشیار پێکەوە دێن بۆ واژۆکردنی گواستنەوەکە. تۆمارکردن دەبێت هەموو ساڵێک نوێ بکرێتەوە.',
      fr: 'Le véhicule est contrôlé sur le site d’immatriculation, puis vous recevez les plaques et la carte grise. En cas de vente, l’acheteur et le vendeur viennent ensemble signer le transfert. L’immatriculation doit être renouvelée chaque année.',
    },
    audiences: ['citizen', 'resident', 'business'],
    keywords: ['vehicle', 'car registration', 'number plate', 'ownership transfer', 'sanwiya', 'تسجيل سيارة', 'سنوية', 'لوحات', 'نقل ملكية', 'ئۆتۆمبێل', 'ژمارەی ئۆتۆمبێل', 'carte grise', 'immatriculation', 'voiture'],
    channels: [online('transport/vehicle-registration'), inPerson(TRAFFIC_OFFICE, EXTENDED_HOURS), phone(TRAFFIC_PHONE)],
    fees: [
      fee(100000, { en: 'First registration and plates', ar: 'التسجيل الأول واللوحات', ckb: 'یەکەم تۆمارکردن و ژمارە', fr: 'Première immatriculation et plaques' }),
      fee(50000, { en: 'Ownership transfer', ar: 'نقل الملكية', ckb: 'گواستنەوەی خاوەندارێتی', fr: 'Transfert de propriété' }),
    ],
    documents: [NATIONAL_ID, RESIDENCE_CARD, { name: { en: 'Customs clearance or sale contract', ar: 'التخليص الكمركي أو عقد البيع', ckb: 'ڕاگەیاندنی گومرگی یان گرێبەستی فرۆشتن', fr: 'Quitus douanier ou contrat de vente' } }],
    processingTime: workingDays(2),
    hasEligibilityCheck: false,
  },
  {
    id: 'traffic-fine',
    category: 'transport',
    name: { en: 'Pay a traffic fine', ar: 'دفع غرامة مرورية', ckb: 'دانی سزای هاتوچۆ', fr: 'Payer une amende de circulation' },
    summary: {
      en: 'Check and pay traffic fines for your vehicle, or appeal a fine.',
      ar: 'تحقق من الغرامات المرورية على مركبتك وادفعها، أو اعترض على غرامة.',
      ckb: 'سزاکانی هاتوچۆی ئۆتۆمبێلەکەت ببینە و بیدە، یان ناڕەزایی لەسەر سزایەک دەرببڕە.',
      fr: 'Consulter et payer les amendes de votre véhicule, ou contester une amende.',
    },
    description: {
      en: 'Enter your plate number to see unpaid fines with the date, place and photo. Paying within 15 days halves most fines. You can appeal online within 30 days if you think a fine is wrong.',
      ar: 'أدخل رقم اللوحة لعرض الغرامات غير المدفوعة مع التاريخ والمكان والصورة. يُخفَّض معظم الغرامات إلى النصف عند الدفع خلال 15 يوماً. يمكنك الاعتراض إلكترونياً خلال 30 يوماً إذا رأيت أن الغرامة غير صحيحة.',
      ckb: 'ژمارەی ئۆتۆمبێلەکەت بنووسە بۆ بینینی سزا نەدراوەکان لەگەڵ ڕێکەوت، شوێن و وێنە. ئەگەر لە ماوەی ١٥ ڕۆژدا بیدەیت زۆربەی سزاکان نیوە دەبنەوە. ئەگەر پێتوایە سزایەک هەڵەیە دەتوانیت لە ماوەی ٣٠ ڕۆژدا بە ئۆنلاین ناڕەزایی دەرببڕیت.',
      fr: 'Saisissez votre numéro d’immatriculation pour voir les amendes impayées avec la date, le lieu et la photo. Payer sous 15 jours réduit de moitié la plupart des amendes. Vous pouvez contester en ligne sous 30 jours si vous estimez qu’une amende est injustifiée.',
    },
    audiences: ['citizen', 'resident', 'visitor', 'business'],
    keywords: ['fine', 'traffic fine', 'speeding', 'parking ticket', 'penalty', 'غرامة', 'مخالفة مرورية', 'سرعة', 'سزا', 'سزای هاتوچۆ', 'غەرامە', 'amende', 'contravention', 'PV'],
    channels: [
      online('transport/fines', { en: 'Check and pay online', ar: 'تحقق وادفع إلكترونياً', ckb: 'بە ئۆنلاین ببینە و بیدە', fr: 'Consulter et payer en ligne' }),
      kiosk(KIOSK_NOTE),
      sms('5180', { en: 'Text your plate number to see unpaid fines.', ar: 'أرسل رقم لوحتك برسالة نصية لمعرفة الغرامات غير المدفوعة.', ckb: 'ژمارەی ئۆتۆمبێلەکەت بە نامەی کورت بنێرە بۆ زانینی سزا نەدراوەکان.', fr: 'Envoyez votre numéro d’immatriculation par SMS pour connaître les amendes impayées.' }),
      inPerson(TRAFFIC_OFFICE, EXTENDED_HOURS),
    ],
    fees: [fee(0, { en: 'No charge on top of the fine', ar: 'لا رسوم إضافية على الغرامة', ckb: 'هیچ کرێیەک لەسەر سزاکە زیاد ناکرێت', fr: 'Aucuns frais en plus de l’amende' })],
    documents: [VEHICLE_DOCUMENTS],
    processingTime: { max: 1, unit: 'hour' },
    hasEligibilityCheck: false,
  },
  {
    id: 'taxi-permit',
    category: 'transport',
    name: { en: 'Taxi and minibus permit', ar: 'إجازة سيارة أجرة وحافلة صغيرة', ckb: 'مۆڵەتی تەکسی و پاسی بچووک', fr: 'Autorisation de taxi et de minibus' },
    summary: {
      en: 'The permit you need to carry paying passengers by taxi or minibus.',
      ar: 'الإجازة اللازمة لنقل الركاب بالأجرة بسيارة أجرة أو حافلة صغيرة.',
      ckb: 'ئەو مۆڵەتەی پێویستە بۆ گواستنەوەی سەرنشین بە کرێ بە تەکسی یان پاسی بچووک.',
      fr: 'L’autorisation nécessaire pour transporter des passagers payants en taxi ou en minibus.',
    },
    description: {
      en: 'Drivers need a public transport licence and a vehicle that passes the yearly safety check. Minibus permits name a fixed route. Permits are renewed every year.',
      ar: 'يحتاج السائقون إلى إجازة سوق عمومية ومركبة تجتاز الفحص الفني السنوي. تحدد إجازات الحافلات الصغيرة خطاً ثابتاً. تُجدَّد الإجازات سنوياً.',
      ckb: 'شۆفێران پێویستیان بە مۆڵەتی گواستنەوەی گشتی و ئۆتۆمبێلێک هەیە کە لە پشکنینی سەلامەتیی ساڵانە دەربچێت. مۆڵەتی پاسی بچووک هێڵێکی جێگیر دیاری دەکات. مۆڵەتەکان هەموو ساڵێک نوێ دەکرێنەوە.',
      fr: 'Les chauffeurs doivent avoir un permis de transport public et un véhicule qui réussit le contrôle technique annuel. L’autorisation de minibus précise une ligne fixe. Les autorisations se renouvellent chaque année.',
    },
    audiences: ['citizen', 'resident', 'business'],
    keywords: ['taxi', 'minibus', 'kia', 'public transport', 'cab licence', 'تكسي', 'أجرة', 'كيا', 'خط نقل', 'تەکسی', 'پاس', 'taxi', 'transport public', 'VTC'],
    channels: [inPerson(TRAFFIC_OFFICE), online('transport/taxi-permit'), phone(TRAFFIC_PHONE)],
    fees: [fee(75000, { en: 'Yearly permit', ar: 'الإجازة السنوية', ckb: 'مۆڵەتی ساڵانە', fr: 'Autorisation annuelle' })],
    documents: [NATIONAL_ID, VEHICLE_DOCUMENTS, { name: { en: 'Public transport driving licence', ar: 'إجازة سوق عمومية', ckb: 'مۆڵەتی شۆفێریی گشتی', fr: 'Permis de transport public' } }],
    processingTime: workingDays(10),
    hasEligibilityCheck: false,
  },
];
