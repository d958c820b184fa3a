import {
  BIRTH_CERTIFICATE_DOC, CIVIL_STATUS_OFFICE, FREE, KIOSK_NOTE, NATIONAL_ID, SMS_STATUS_NOTE,
  email, fee, inPerson, kiosk, online, phone, post, sms, workingDays,
} from './shared.js';
import type { DemoService } from './types.js';

const CIVIL_PHONE = '+964 1 555 0110';

export const civilRegistryServices: DemoService[] = [
  {
    id: 'birth-certificate',
    category: 'civil-registry',
    name: { en: 'Birth certificate', ar: 'شهادة الميلاد', ckb: 'بڕوانامەی لەدایکبوون', fr: 'Acte de naissance' },
    summary: {
      en: 'Register a birth and get a birth certificate, or order a new copy.',
      ar: 'سجّل ولادة طفلك واحصل على شهادة الميلاد، أو اطلب نسخة جديدة.',
      ckb: 'لەدایکبوونی منداڵەکەت تۆمار بکە و بڕوانامەی لەدایکبوون وەربگرە، یان کۆپییەکی نوێ داوا بکە.',
      fr: 'Déclarer une naissance et obtenir l’acte de naissance, ou en commander une nouvelle copie.',
    },
    description: {
      en: 'A birth should be registered within 30 days, using the birth notification from the hospital or midwife. The certificate is needed for the child’s national card, health card and school place. Parents can also order extra copies at any time.',
      ar: 'يجب تسجيل الولادة خلال 30 يوماً بالاعتماد على إشعار الولادة الصادر من المستشفى أو القابلة. تلزم الشهادة لإصدار البطاقة الوطنية والبطاقة الصحية للطفل وتسجيله في المدرسة. ويمكن للوالدين طلب نسخ إضافية في أي وقت.',
      ckb: 'پێویستە لەدایکبوون لە ماوەی ٣٠ ڕۆژدا تۆمار بکرێت، بە پشتبەستن بە ئاگاداریی لەدایکبوون لە نەخۆشخانە یان مامان. بڕوانامەکە بۆ کارتی نیشتمانی، کارتی تەندروستی و تۆمارکردنی منداڵ لە قوتابخانە پێویستە. دایک و باوک دەتوانن هەر کاتێک کۆپیی زیاتر داوا بکەن.',
      fr: 'Une naissance doit être déclarée dans les 30 jours, sur la base de l’avis de naissance remis par l’hôpital ou la sage-femme. L’acte est nécessaire pour la carte nationale, la carte de santé et l’inscription scolaire de l’enfant. Les parents peuvent aussi commander des copies supplémentaires à tout moment.',
    },
    audiences: ['citizen', 'resident'],
    keywords: [
      'birth', 'newborn', 'baby', 'birth registration', 'birth certificat', 'berth certificate',
      'ولادة', 'مولود', 'شهادة ولادة', 'بيان ولادة', 'لەدایکبوون', 'منداڵ', 'naissance', 'extrait de naissance',
    ],
    channels: [
      online('civil-registry/birth-certificate'),
      phone(CIVIL_PHONE),
      inPerson(CIVIL_STATUS_OFFICE),
      kiosk(KIOSK_NOTE),
      sms('5110', SMS_STATUS_NOTE),
    ],
    fees: [
      fee(0, { en: 'Registration and first certificate', ar: 'التسجيل والشهادة الأولى', ckb: 'تۆمارکردن و یەکەم بڕوانامە', fr: 'Déclaration et premier acte' }),
      fee(5000, { en: 'Each extra copy', ar: 'كل نسخة إضافية', ckb: 'هەر کۆپییەکی زیاتر', fr: 'Chaque copie supplémentaire' }),
    ],
    documents: [
      {
        name: { en: 'Birth notification from the hospital', ar: 'إشعار الولادة من المستشفى', ckb: 'ئاگاداریی لەدایکبوون لە نەخۆشخانەوە', fr: 'Avis de naissance de l’hôpital' },
      },
      NATIONAL_ID,
      {
        name: { en: 'Parents’ marriage certificate', ar: 'عقد زواج الوالدين', ckb: 'گرێبەستی هاوسەرگیریی دایک و باوک', fr: 'Acte de mariage des parents' },
      },
    ],
    processingTime: workingDays(3, 1),
    hasEligibilityCheck: false,
  },
  {
    id: 'death-registration',
    category: 'civil-registry',
    name: { en: 'Register a death', ar: 'تسجيل الوفاة', ckb: 'تۆمارکردنی مردن', fr: 'Déclarer un décès' },
    summary: {
      en: 'Register a death and get the death certificate the family needs.',
      ar: 'سجّل الوفاة واحصل على شهادة الوفاة التي تحتاجها العائلة.',
      ckb: 'مردنێک تۆمار بکە و ئەو بڕوانامەی مردنە وەربگرە کە خێزانەکە پێویستی پێیەتی.',
      fr: 'Déclarer un décès et obtenir l’acte de décès dont la famille a besoin.',
    },
    description: {
      en: 'A close relative registers the death within 15 days, with the medical death report. The certificate is needed for inheritance, pensions and closing accounts. We are sorry for your loss; staff can help you by phone if you cannot come to the office.',
      ar: 'يسجّل أحد الأقارب المقرّبين الوفاة خلال 15 يوماً مع التقرير الطبي للوفاة. تلزم الشهادة لحصر الإرث والرواتب التقاعدية وإغلاق الحسابات. نعزّيكم في مصابكم، ويمكن للموظفين مساعدتكم هاتفياً إن تعذّر حضوركم.',
      ckb: 'خزمێکی نزیک لە ماوەی ١٥ ڕۆژدا مردنەکە تۆمار دەکات، لەگەڵ ڕاپۆرتی پزیشکیی مردن. بڕوانامەکە بۆ میرات، مووچەی خانەنشینی و داخستنی هەژمارەکان پێویستە. سەرەخۆشیتان لێ دەکەین؛ ئەگەر نەتوانن بێنە نووسینگە، کارمەندان بە تەلەفۆن یارمەتیتان دەدەن.',
      fr: 'Un proche parent déclare le décès dans les 15 jours, avec le certificat médical de décès. L’acte est nécessaire pour la succession, les pensions et la clôture des comptes. Nous vous présentons nos condoléances ; nos agents peuvent vous aider par téléphone si vous ne pouvez pas vous déplacer.',
    },
    audiences: ['citizen', 'resident'],
    keywords: ['death', 'died', 'deceased', 'bereavement', 'death certficate', 'وفاة', 'شهادة وفاة', 'متوفى', 'مردن', 'کۆچی دوایی', 'décès', 'acte de décès'],
    channels: [phone(CIVIL_PHONE), inPerson(CIVIL_STATUS_OFFICE), email('civil.registry@interior.example.gov')],
    fees: [FREE],
    documents: [
      {
        name: { en: 'Medical death report', ar: 'التقرير الطبي للوفاة', ckb: 'ڕاپۆرتی پزیشکیی مردن', fr: 'Certificat médical de décès' },
      },
      {
        name: { en: 'ID card of the deceased', ar: 'هوية المتوفى', ckb: 'ناسنامەی کۆچکردوو', fr: 'Pièce d’identité du défunt' },
      },
      NATIONAL_ID,
    ],
    processingTime: workingDays(2),
    hasEligibilityCheck: false,
  },
  {
    id: 'marriage-registration',
    category: 'civil-registry',
    name: { en: 'Register a marriage', ar: 'تسجيل عقد الزواج', ckb: 'تۆمارکردنی هاوسەرگیری', fr: 'Enregistrer un mariage' },
    summary: {
      en: 'Record a marriage contracted in court in the civil register.',
      ar: 'سجّل عقد الزواج المبرم في المحكمة في سجل الأحوال المدنية.',
      ckb: 'ئەو هاوسەرگیرییەی لە دادگا گرێبەستی کراوە لە تۆماری باری شارستانیدا تۆمار بکە.',
      fr: 'Inscrire au registre d’état civil un mariage conclu devant le tribunal.',
    },
    description: {
      en: 'After the personal status court issues the marriage contract, both spouses update their civil records. The new family record is needed for the family’s national cards and for allowances.',
      ar: 'بعد أن تصدر محكمة الأحوال الشخصية عقد الزواج، يحدّث الزوجان قيدهما في الأحوال المدنية. ويلزم القيد العائلي الجديد لإصدار البطاقات الوطنية للأسرة وللحصول على الإعانات.',
      ckb: 'دوای ئەوەی دادگای باری کەسی گرێبەستی هاوسەرگیری دەردەکات، هەردوو هاوسەر تۆماری باری شارستانییان نوێ دەکەنەوە. تۆماری نوێی خێزان بۆ کارتی نیشتمانیی ئەندامانی خێزان و بۆ یارمەتییەکان پێویستە.',
      fr: 'Une fois le contrat de mariage délivré par le tribunal du statut personnel, les deux époux mettent à jour leur état civil. Le nouveau livret de famille est nécessaire pour les cartes nationales de la famille et pour les allocations.',
    },
    audiences: ['citizen', 'resident'],
    keywords: ['marriage', 'wedding', 'spouse', 'husband', 'wife', 'mariage', 'زواج', 'عقد قران', 'زوجة', 'هاوسەرگیری', 'ژن و مێرد', 'époux'],
    channels: [online('civil-registry/marriage'), inPerson(CIVIL_STATUS_OFFICE), phone(CIVIL_PHONE)],
    fees: [fee(10000, { en: 'Registration', ar: 'رسم التسجيل', ckb: 'کرێی تۆمارکردن', fr: 'Frais d’enregistrement' })],
    documents: [
      {
        name: { en: 'Court marriage contract', ar: 'عقد الزواج الصادر من المحكمة', ckb: 'گرێبەستی هاوسەرگیریی دادگا', fr: 'Contrat de mariage du tribunal' },
      },
      { ...NATIONAL_ID, note: { en: 'For both spouses', ar: 'لكلا الزوجين', ckb: 'بۆ هەردوو هاوسەر', fr: 'Pour les deux époux' } },
    ],
    processingTime: workingDays(5),
    hasEligibilityCheck: false,
  },
  {
    id: 'civil-record-extract',
    category: 'civil-registry',
    name: { en: 'Civil record extract', ar: 'صورة قيد الأحوال المدنية', ckb: 'وێنەی تۆماری باری شارستانی', fr: 'Extrait du registre d’état civil' },
    summary: {
      en: 'Get an official extract of your family’s civil record.',
      ar: 'احصل على صورة رسمية من قيد عائلتك في الأحوال المدنية.',
      ckb: 'وێنەیەکی فەرمی لە تۆماری باری شارستانیی خێزانەکەت وەربگرە.',
      fr: 'Obtenir un extrait officiel du registre d’état civil de votre famille.',
    },
    description: {
      en: 'The extract lists everyone registered in your family record with their dates of birth. Courts, universities and employers often ask for one issued in the last three months. You can collect it from the office or have it posted to you.',
      ar: 'تتضمن صورة القيد جميع المسجلين في قيد عائلتك مع تواريخ ميلادهم. كثيراً ما تطلب المحاكم والجامعات وجهات العمل صورة صادرة خلال الأشهر الثلاثة الأخيرة. يمكنك استلامها من المديرية أو طلب إرسالها بالبريد.',
      ckb: 'وێنەی تۆمارەکە هەموو ئەو کەسانە لەگەڵ ڕێکەوتی لەدایکبوونیان نیشان دەدات کە لە تۆماری خێزانەکەتدا تۆمار کراون. دادگا، زانکۆ و خاوەنکارەکان زۆرجار وێنەیەک داوا دەکەن کە لە سێ مانگی ڕابردوودا دەرچووبێت. دەتوانیت لە نووسینگە وەریبگریت یان بە پۆست بۆت بنێردرێت.',
      fr: 'L’extrait liste toutes les personnes inscrites dans votre livret de famille avec leur date de naissance. Les tribunaux, universités et employeurs en demandent souvent un de moins de trois mois. Vous pouvez le retirer au bureau ou le recevoir par la poste.',
    },
    audiences: ['citizen'],
    keywords: ['family record', 'civil status record', 'extract', 'sijil', 'صورة قيد', 'قيد', 'سجل مدني', 'تۆمار', 'وێنەی تۆمار', 'extrait', 'livret de famille'],
    channels: [
      online('civil-registry/record-extract'),
      inPerson(CIVIL_STATUS_OFFICE),
      kiosk(KIOSK_NOTE),
      post({
        en: 'Civil Status Directorate, PO Box 3021, Baghdad',
        ar: 'مديرية الأحوال المدنية، ص.ب 3021، بغداد',
        ckb: 'بەڕێوەبەرایەتیی باری شارستانی، سندوقی پۆستە ٣٠٢١، بەغدا',
        fr: 'Direction de l’état civil, BP 3021, Bagdad',
      }),
    ],
    fees: [fee(5000, { en: 'Per extract', ar: 'لكل صورة قيد', ckb: 'بۆ هەر وێنەیەک', fr: 'Par extrait' })],
    documents: [NATIONAL_ID],
    processingTime: workingDays(1),
    hasEligibilityCheck: false,
  },
  {
    id: 'civil-record-correction',
    category: 'civil-registry',
    name: {
      en: 'Correct a name or date of birth',
      ar: 'تصحيح الاسم أو تاريخ الميلاد',
      ckb: 'ڕاستکردنەوەی ناو یان ڕێکەوتی لەدایکبوون',
      fr: 'Rectifier un nom ou une date de naissance',
    },
    summary: {
      en: 'Fix a spelling mistake or wrong date in your civil record.',
      ar: 'صحّح خطأً إملائياً أو تاريخاً غير صحيح في قيدك المدني.',
      ckb: 'هەڵەیەکی ڕێنووس یان ڕێکەوتێکی هەڵە لە تۆماری باری شارستانیتدا ڕاست بکەرەوە.',
      fr: 'Corriger une faute d’orthographe ou une date erronée dans votre état civil.',
    },
    description: {
      en: 'Small spelling mistakes are corrected by the directorate on the evidence of older documents. Changing a date of birth needs a court decision first. Every card issued from the old record must be renewed afterwards.',
      ar: 'تُصحّح الأخطاء الإملائية البسيطة في المديرية استناداً إلى وثائق أقدم. أما تغيير تاريخ الميلاد فيتطلب قراراً من المحكمة أولاً. ويجب بعد ذلك تجديد كل بطاقة صدرت من القيد القديم.',
      ckb: 'هەڵە بچووکەکانی ڕێنووس لەلایەن بەڕێوەبەرایەتییەوە بە پشتبەستن بە بەڵگەنامەی کۆنتر ڕاست دەکرێنەوە. گۆڕینی ڕێکەوتی لەدایکبوون سەرەتا بڕیاری دادگای پێویستە. دواتر دەبێت هەموو ئەو کارتانەی لە تۆماری کۆنەوە دەرچوون نوێ بکرێنەوە.',
      fr: 'Les petites fautes d’orthographe sont corrigées par la direction sur la base de documents plus anciens. Modifier une date de naissance exige d’abord une décision de justice. Toute carte délivrée d’après l’ancien registre doit ensuite être renouvelée.',
    },
    audiences: ['citizen'],
    keywords: ['correction', 'spelling mistake', 'wrong name', 'change name', 'date of birth', 'تصحيح', 'تصحيح اسم', 'تصحيح العمر', 'ڕاستکردنەوە', 'ناو', 'rectification', 'erreur'],
    channels: [inPerson(CIVIL_STATUS_OFFICE), phone(CIVIL_PHONE)],
    fees: [fee(15000, { en: 'Correction request', ar: 'طلب التصحيح', ckb: 'داواکاریی ڕاستکردنەوە', fr: 'Demande de rectification' })],
    documents: [
      NATIONAL_ID,
      BIRTH_CERTIFICATE_DOC,
      {
        name: { en: 'Court decision', ar: 'قرار المحكمة', ckb: 'بڕیاری دادگا', fr: 'Décision de justice' },
        note: {
          en: 'Only to change a date of birth',
          ar: 'لتغيير تاريخ الميلاد فقط',
          ckb: 'تەنها بۆ گۆڕینی ڕێکەوتی لەدایکبوون',
          fr: 'Uniquement pour modifier une date de naissance',
        },
        optional: true,
      },
    ],
    processingTime: workingDays(30, 10),
    hasEligibilityCheck: false,
  },
];
