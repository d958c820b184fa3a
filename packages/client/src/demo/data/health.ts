import {
  BIRTH_CERTIFICATE_DOC, BOOK_ONLINE, EXTENDED_HOURS, FREE, HEALTH_DIRECTORATE, KIOSK_NOTE, MEDICAL_REPORT, NATIONAL_ID,
  PHOTOS, SMS_STATUS_NOTE, email, fee, inPerson, kiosk, online, phone, sms, workingDays,
} from './shared.js';
import type { DemoService } from './types.js';

const HEALTH_PHONE = '+964 40 555 0150';

export const healthServices: DemoService[] = [
  {
    id: 'health-card',
    category: 'health',
    name: { en: 'Health insurance card', ar: 'بطاقة الضمان الصحي', ckb: 'کارتی دڵنیایی تەندروستی', fr: 'Carte d’assurance maladie' },
    summary: {
      en: 'Register for public health insurance and get a card for hospital and clinic visits.',
      ar: 'سجّل في الضمان الصحي العام واحصل على بطاقة لمراجعة المستشفيات والعيادات.',
      ckb: 'لە دڵنیایی تەندروستیی گشتیدا خۆت تۆمار بکە و کارتێک وەربگرە بۆ سەردانی نەخۆشخانە و کلینیک.',
      fr: 'S’inscrire à l’assurance maladie publique et recevoir une carte pour les visites à l’hôpital et en clinique.',
    },
    description: {
      en: 'The card lowers what you pay at public hospitals and contracted private clinics. Public employees are registered by their employer; everyone else can register themselves and their family. Children under six and people on social support pay nothing.',
      ar: 'تخفّض البطاقة ما تدفعه في المستشفيات الحكومية والعيادات الخاصة المتعاقدة. يُسجَّل موظفو الدولة عن طريق دوائرهم، ويستطيع غيرهم تسجيل أنفسهم وأسرهم. لا يدفع الأطفال دون السادسة والمشمولون بالحماية الاجتماعية شيئاً.',
      ckb: 'کارتەکە ئەو بڕە کەم دەکاتەوە کە لە نەخۆشخانە گشتییەکان و کلینیکە تایبەتە گرێبەستکراوەکان دەیدەیت. فەرمانبەرانی حکومی لەلایەن دامەزراوەکەیانەوە تۆمار دەکرێن؛ کەسانی تر دەتوانن خۆیان و خێزانەکەیان تۆمار بکەن. منداڵانی خوار شەش ساڵ و وەرگرانی یارمەتیی کۆمەڵایەتی هیچ نادەن.',
      fr: 'La carte réduit ce que vous payez dans les hôpitaux publics et les cliniques privées conventionnées. Les agents publics sont inscrits par leur employeur ; les autres peuvent s’inscrire eux-mêmes avec leur famille. Les enfants de moins de six ans et les bénéficiaires de l’aide sociale ne paient rien.',
    },
    audiences: ['citizen', 'resident'],
    keywords: ['health insurance', 'health card', 'medical card', 'insurence', 'ضمان صحي', 'تأمين صحي', 'بطاقة صحية', 'دڵنیایی تەندروستی', 'بیمەی تەندروستی', 'assurance maladie', 'sécurité sociale'],
    channels: [online('health/insurance-card'), phone(HEALTH_PHONE), inPerson(HEALTH_DIRECTORATE, EXTENDED_HOURS), kiosk(KIOSK_NOTE)],
    fees: [
      fee(60000, { en: 'Yearly contribution per adult', ar: 'الاشتراك السنوي لكل بالغ', ckb: 'بەشداریی ساڵانە بۆ هەر کەسێکی پێگەیشتوو', fr: 'Cotisation annuelle par adulte' }),
      fee(0, { en: 'Children under six', ar: 'الأطفال دون السادسة', ckb: 'منداڵانی خوار شەش ساڵ', fr: 'Enfants de moins de six ans' }),
    ],
    documents: [NATIONAL_ID, PHOTOS],
    processingTime: workingDays(5),
    hasEligibilityCheck: false,
  },
  {
    id: 'child-vaccination',
    category: 'health',
    name: { en: 'Childhood vaccinations', ar: 'لقاحات الأطفال', ckb: 'کوتانی منداڵان', fr: 'Vaccinations des enfants' },
    summary: {
      en: 'Free vaccinations for children from birth to 12 years at primary health centres.',
      ar: 'لقاحات مجانية للأطفال من الولادة حتى 12 عاماً في مراكز الرعاية الصحية الأولية.',
      ckb: 'کوتانی بێبەرامبەر بۆ منداڵان لە لەدایکبوونەوە تا ١٢ ساڵی لە بنکە تەندروستییە سەرەتاییەکان.',
      fr: 'Vaccins gratuits pour les enfants de la naissance à 12 ans dans les centres de soins primaires.',
    },
    description: {
      en: 'Bring your child and the vaccination booklet to any primary health centre; no appointment is needed. We send an SMS reminder before each dose is due. A complete vaccination record is needed for school enrolment.',
      ar: 'أحضر طفلك وبطاقة اللقاحات إلى أي مركز صحي أولي، ولا حاجة إلى موعد مسبق. نرسل رسالة نصية للتذكير قبل موعد كل جرعة. يلزم سجل لقاحات مكتمل للتسجيل في المدرسة.',
      ckb: 'منداڵەکەت و پەڕتووکی کوتان بهێنە بۆ هەر بنکەیەکی تەندروستیی سەرەتایی؛ پێویست بە کاتی پێشوەختە ناکات. پێش کاتی هەر ژەمێک نامەی کورتی بیرخستنەوە دەنێرین. تۆماری تەواوی کوتان بۆ تۆمارکردن لە قوتابخانە پێویستە.',
      fr: 'Présentez votre enfant et son carnet de vaccination dans n’importe quel centre de soins primaires, sans rendez-vous. Nous envoyons un rappel par SMS avant chaque dose. Un carnet de vaccination complet est exigé pour l’inscription scolaire.',
    },
    audiences: ['citizen', 'resident', 'visitor'],
    keywords: ['vaccine', 'vaccination', 'immunisation', 'immunization', 'polio', 'measles', 'vacination', 'لقاح', 'تطعيم', 'شلل الأطفال', 'حصبة', 'کوتان', 'ڤاکسین', 'vaccin', 'carnet de vaccination'],
    channels: [
      inPerson(HEALTH_DIRECTORATE, EXTENDED_HOURS),
      phone(HEALTH_PHONE),
      sms('5150', { en: 'Reminders before each dose is due.', ar: 'تذكير قبل موعد كل جرعة.', ckb: 'بیرخستنەوە پێش کاتی هەر ژەمێک.', fr: 'Rappels avant chaque dose.' }),
    ],
    fees: [FREE],
    documents: [BIRTH_CERTIFICATE_DOC, { name: { en: 'Vaccination booklet', ar: 'بطاقة اللقاحات', ckb: 'پەڕتووکی کوتان', fr: 'Carnet de vaccination' }, optional: true }],
    processingTime: { max: 1, unit: 'hour' },
    hasEligibilityCheck: false,
  },
  {
    id: 'medical-committee-assessment',
    category: 'health',
    name: { en: 'Medical committee assessment', ar: 'فحص اللجنة الطبية', ckb: 'پشکنینی لیژنەی پزیشکی', fr: 'Expertise de la commission médicale' },
    summary: {
      en: 'An official assessment of a disability or illness for allowances, retirement or sick leave.',
      ar: 'تقييم رسمي للإعاقة أو المرض لأغراض الإعانات أو التقاعد أو الإجازات المرضية.',
      ckb: 'هەڵسەنگاندنێکی فەرمیی کەمئەندامی یان نەخۆشی بۆ یارمەتی، خانەنشینی یان مۆڵەتی نەخۆشی.',
      fr: 'Une évaluation officielle d’un handicap ou d’une maladie pour les allocations, la retraite ou les congés maladie.',
    },
    description: {
      en: 'Book an appointment and bring all recent medical reports and scans. The committee examines you and states the degree of disability as a percentage. You can ask for a second assessment within 30 days if you disagree.',
      ar: 'احجز موعداً وأحضر جميع التقارير الطبية والأشعة الحديثة. تفحصك اللجنة وتحدد نسبة العجز بالنسبة المئوية. يمكنك طلب إعادة الفحص خلال 30 يوماً إذا لم توافق على النتيجة.',
      ckb: 'کاتێک دیاری بکە و هەموو ڕاپۆرتە پزیشکی و تیشکە تازەکان لەگەڵ خۆت بهێنە. لیژنەکە پشکنینت بۆ دەکات و ڕێژەی کەمئەندامی بە سەدی دیاری دەکات. ئەگەر ڕازی نەبوویت دەتوانیت لە ماوەی ٣٠ ڕۆژدا داوای هەڵسەنگاندنی دووەم بکەیت.',
      fr: 'Prenez rendez-vous et apportez tous vos comptes rendus médicaux et examens d’imagerie récents. La commission vous examine et fixe le taux de handicap en pourcentage. Vous pouvez demander une seconde expertise dans les 30 jours en cas de désaccord.',
    },
    audiences: ['citizen', 'resident'],
    keywords: ['medical committee', 'medical board', 'disability assessment', 'disability percentage', 'لجنة طبية', 'نسبة العجز', 'تقرير طبي', 'لیژنەی پزیشکی', 'ڕاپۆرتی پزیشکی', 'commission médicale', 'taux d’invalidité'],
    channels: [online('health/medical-committee', BOOK_ONLINE), phone(HEALTH_PHONE), inPerson(HEALTH_DIRECTORATE), sms('5150', SMS_STATUS_NOTE)],
    fees: [fee(10000, { en: 'Assessment', ar: 'رسم الفحص', ckb: 'کرێی پشکنین', fr: 'Frais d’expertise' })],
    documents: [NATIONAL_ID, { ...MEDICAL_REPORT, name: { en: 'Recent medical reports and scans', ar: 'التقارير الطبية والأشعة الحديثة', ckb: 'ڕاپۆرتە پزیشکی و تیشکە تازەکان', fr: 'Comptes rendus médicaux et imagerie récents' } }, PHOTOS],
    processingTime: workingDays(20, 10),
    hasEligibilityCheck: false,
  },
  {
    id: 'health-certificate',
    category: 'health',
    name: { en: 'Health certificate for food workers', ar: 'الشهادة الصحية لعمال الأغذية', ckb: 'بڕوانامەی تەندروستی بۆ کرێکارانی خۆراک', fr: 'Certificat sanitaire des travailleurs de l’alimentation' },
    summary: {
      en: 'The yearly health check everyone who handles food at work must have.',
      ar: 'الفحص الصحي السنوي المطلوب من كل من يتعامل مع الأغذية في عمله.',
      ckb: 'ئەو پشکنینە تەندروستییە ساڵانەیەی هەرکەسێک لە کارەکەیدا مامەڵە لەگەڵ خۆراک دەکات دەبێت هەیبێت.',
      fr: 'Le contrôle de santé annuel obligatoire pour toute personne qui manipule des aliments au travail.',
    },
    description: {
      en: 'Cooks, bakers, waiters and shop staff who handle unpackaged food need a valid certificate. The check includes a blood test and a short hygiene course. Inspectors may close premises where staff have no certificate.',
      ar: 'يحتاج الطهاة والخبازون والنُدُل وعمال المتاجر الذين يتعاملون مع أغذية غير مغلفة إلى شهادة سارية. يشمل الفحص تحليل دم ودورة قصيرة في النظافة الصحية. قد يغلق المفتشون المحال التي لا يحمل عمالها الشهادة.',
      ckb: 'چێشتلێنەر، نانەوا، گارسۆن و کارمەندانی دوکان کە مامەڵە لەگەڵ خۆراکی نەپێچراو دەکەن پێویستیان بە بڕوانامەیەکی کارا هەیە. پشکنینەکە شیکاریی خوێن و خولێکی کورتی پاکوخاوێنی لەخۆ دەگرێت. پشکنەران دەتوانن ئەو شوێنانە دابخەن کە کارمەندەکانیان بڕوانامەیان نییە.',
      fr: 'Cuisiniers, boulangers, serveurs et employés de commerce qui manipulent des aliments non emballés doivent avoir un certificat valide. Le contrôle comprend une prise de sang et une courte formation à l’hygiène. Les inspecteurs peuvent fermer un établissement dont le personnel n’a pas de certificat.',
    },
    audiences: ['citizen', 'resident', 'business'],
    keywords: ['health certificate', 'food handler', 'restaurant staff', 'hygiene', 'شهادة صحية', 'دفتر صحي', 'مطعم', 'بڕوانامەی تەندروستی', 'چێشتخانە', 'certificat sanitaire', 'hygiène', 'restauration'],
    channels: [online('health/food-worker-certificate'), inPerson(HEALTH_DIRECTORATE, EXTENDED_HOURS), email('food.safety@health.example.gov')],
    fees: [fee(20000, { en: 'Check and certificate', ar: 'الفحص والشهادة', ckb: 'پشکنین و بڕوانامە', fr: 'Contrôle et certificat' })],
    documents: [NATIONAL_ID, PHOTOS],
    processingTime: workingDays(3),
    hasEligibilityCheck: false,
  },
];
