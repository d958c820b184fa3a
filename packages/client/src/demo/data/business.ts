import {
  BUSINESS_CENTRE, EXTENDED_HOURS, KIOSK_NOTE, NATIONAL_ID, RESIDENCE_CARD, SMS_STATUS_NOTE,
  email, fee, inPerson, kiosk, online, phone, sms, workingDays,
} from './shared.js';
import type { DemoDocument, DemoService } from './types.js';

const BUSINESS_PHONE = '+964 1 555 0170';
const REGISTRATION_CERTIFICATE: DemoDocument = {
  name: { en: 'Company registration certificate', ar: 'شهادة تأسيس الشركة', ckb: 'بڕوانامەی تۆمارکردنی کۆمپانیا', fr: 'Certificat d’immatriculation de la société' },
};
const LEASE: DemoDocument = {
  name: { en: 'Lease or title deed for the premises', ar: 'عقد إيجار المحل أو سند الملكية', ckb: 'گرێبەستی کرێ یان تاپۆی شوێنەکە', fr: 'Bail ou titre de propriété des locaux' },
};

export const businessServices: DemoService[] = [
  {
    id: 'business-licence',
    category: 'business-trade',
    name: { en: 'Business licence', ar: 'إجازة ممارسة النشاط التجاري', ckb: 'مۆڵەتی کاری بازرگانی', fr: 'Licence commerciale' },
    summary: {
      en: 'The licence a shop, workshop or office needs before it opens to customers.',
      ar: 'الإجازة التي يحتاجها المتجر أو الورشة أو المكتب قبل استقبال الزبائن.',
      ckb: 'ئەو مۆڵەتەی دوکان، کارگە یان نووسینگە پێش کردنەوە بۆ کڕیاران پێویستی پێیەتی.',
      fr: 'La licence dont un commerce, un atelier ou un bureau a besoin avant d’accueillir des clients.',
    },
    description: {
      en: 'Apply once your company or sole trader registration is complete. The municipality checks the premises for safety and zoning, and the civil defence inspects fire exits. The licence is renewed every year in January.',
      ar: 'قدّم الطلب بعد إتمام تسجيل شركتك أو نشاطك الفردي. تتحقق البلدية من سلامة المحل ومطابقته للتصميم الأساسي، ويفحص الدفاع المدني مخارج الطوارئ. تُجدَّد الإجازة سنوياً في شهر كانون الثاني.',
      ckb: 'دوای تەواوبوونی تۆمارکردنی کۆمپانیاکەت یان کاری تاکەکەسی داواکاری پێشکەش بکە. شارەوانی سەلامەتی و گونجاویی شوێنەکە لەگەڵ نەخشەی شار دەپشکنێت، و بەرگریی شارستانی دەرچەی فریاکەوتن دەپشکنێت. مۆڵەتەکە هەموو ساڵێک لە کانوونی دووەمدا نوێ دەکرێتەوە.',
      fr: 'Faites la demande une fois l’immatriculation de votre société ou de votre entreprise individuelle terminée. La municipalité contrôle la sécurité et le zonage des locaux, et la protection civile inspecte les issues de secours. La licence se renouvelle chaque année en janvier.',
    },
    audiences: ['business', 'citizen', 'resident'],
    keywords: [
      'business licence', 'business license', 'trade licence', 'shop licence', 'permit', 'licence to trade', 'bussiness',
      'إجازة', 'رخصة', 'ترخيص', 'رخصة تجارية', 'إجازة محل', 'مۆڵەت', 'مۆڵەتی بازرگانی', 'ئیجازە', 'licence', 'patente', 'commerce',
    ],
    channels: [
      online('business/licence'),
      phone(BUSINESS_PHONE),
      inPerson(BUSINESS_CENTRE, EXTENDED_HOURS),
      email('licensing@trade.example.gov'),
      kiosk(KIOSK_NOTE),
      sms('5170', SMS_STATUS_NOTE),
    ],
    fees: [
      fee(150000, { en: 'Small business (up to 5 staff)', ar: 'منشأة صغيرة (حتى 5 عاملين)', ckb: 'کاری بچووک (تا ٥ کارمەند)', fr: 'Petite entreprise (jusqu’à 5 salariés)' }),
      fee(400000, { en: 'Larger business', ar: 'منشأة أكبر', ckb: 'کاری گەورەتر', fr: 'Entreprise plus grande' }),
      fee(75000, { en: 'Yearly renewal', ar: 'التجديد السنوي', ckb: 'نوێکردنەوەی ساڵانە', fr: 'Renouvellement annuel' }),
    ],
    documents: [REGISTRATION_CERTIFICATE, LEASE, NATIONAL_ID, {
      name: { en: 'Civil defence approval', ar: 'موافقة الدفاع المدني', ckb: 'ڕەزامەندیی بەرگریی شارستانی', fr: 'Avis de la protection civile' },
      note: { en: 'Arranged by us after you apply', ar: 'نتولّى ترتيبها بعد تقديم طلبك', ckb: 'دوای داواکارییەکەت خۆمان ڕێکی دەخەین', fr: 'Organisé par nos services après votre demande' },
      optional: true,
    }],
    processingTime: workingDays(15, 5),
    hasEligibilityCheck: false,
  },
  {
    id: 'company-registration',
    category: 'business-trade',
    name: { en: 'Register a company', ar: 'تسجيل شركة', ckb: 'تۆمارکردنی کۆمپانیا', fr: 'Immatriculer une société' },
    summary: {
      en: 'Register a limited liability company or a sole trader with the companies registrar.',
      ar: 'سجّل شركة محدودة المسؤولية أو مشروعاً فردياً لدى مسجل الشركات.',
      ckb: 'کۆمپانیایەکی بەرپرسیاریەتی سنووردار یان کاری تاکەکەسی لای تۆمارکەری کۆمپانیاکان تۆمار بکە.',
      fr: 'Immatriculer une SARL ou une entreprise individuelle auprès du registre des sociétés.',
    },
    description: {
      en: 'Reserve a trade name online, then submit the articles of association and proof of capital. The one-stop centre handles tax and social security registration at the same time. Most companies are registered within a week.',
      ar: 'احجز الاسم التجاري إلكترونياً، ثم قدّم عقد التأسيس وإثبات رأس المال. يتولّى مركز النافذة الواحدة التسجيل الضريبي وفي الضمان الاجتماعي في الوقت نفسه. تُسجَّل معظم الشركات خلال أسبوع.',
      ckb: 'ناوی بازرگانی بە ئۆنلاین حجز بکە، پاشان پەیڕەوی ناوخۆ و بەڵگەی سەرمایە پێشکەش بکە. ناوەندی یەک پەنجەرە لە هەمان کاتدا تۆمارکردنی باج و دەستەبەریی کۆمەڵایەتی ئەنجام دەدات. زۆربەی کۆمپانیاکان لە ماوەی هەفتەیەکدا تۆمار دەکرێن.',
      fr: 'Réservez une dénomination commerciale en ligne, puis déposez les statuts et la preuve du capital. Le guichet unique effectue en même temps l’immatriculation fiscale et sociale. La plupart des sociétés sont immatriculées en une semaine.',
    },
    audiences: ['business', 'citizen', 'resident'],
    keywords: ['company', 'start a business', 'incorporate', 'llc', 'trade name', 'registar', 'تسجيل شركة', 'شركة محدودة', 'اسم تجاري', 'کۆمپانیا', 'ناوی بازرگانی', 'société', 'SARL', 'créer une entreprise'],
    channels: [online('business/company-registration'), inPerson(BUSINESS_CENTRE, EXTENDED_HOURS), phone(BUSINESS_PHONE), email('registrar@trade.example.gov')],
    fees: [
      fee(25000, { en: 'Trade name reservation', ar: 'حجز الاسم التجاري', ckb: 'حجزکردنی ناوی بازرگانی', fr: 'Réservation de la dénomination' }),
      fee(250000, { en: 'Registration', ar: 'رسم التسجيل', ckb: 'کرێی تۆمارکردن', fr: 'Immatriculation' }),
    ],
    documents: [
      { name: { en: 'Articles of association', ar: 'عقد التأسيس', ckb: 'پەیڕەوی ناوخۆی کۆمپانیا', fr: 'Statuts de la société' } },
      { name: { en: 'Bank certificate of paid-in capital', ar: 'شهادة إيداع رأس المال من المصرف', ckb: 'بڕوانامەی بانک بۆ دانانی سەرمایە', fr: 'Attestation bancaire de dépôt du capital' } },
      { ...NATIONAL_ID, note: { en: 'For every founding partner', ar: 'لكل شريك مؤسس', ckb: 'بۆ هەر هاوبەشێکی دامەزرێنەر', fr: 'Pour chaque associé fondateur' } },
    ],
    processingTime: workingDays(7, 3),
    hasEligibilityCheck: false,
  },
  {
    id: 'import-licence',
    category: 'business-trade',
    name: { en: 'Import licence', ar: 'إجازة الاستيراد', ckb: 'مۆڵەتی هاوردەکردن', fr: 'Licence d’importation' },
    summary: {
      en: 'Permission to import goods for sale, needed at customs for each shipment.',
      ar: 'إذن باستيراد البضائع بقصد البيع، يُطلب في الكمارك لكل شحنة.',
      ckb: 'مۆڵەتی هاوردەکردنی کاڵا بۆ فرۆشتن، کە لە گومرگ بۆ هەر بارێک داوا دەکرێت.',
      fr: 'L’autorisation d’importer des marchandises destinées à la vente, exigée en douane pour chaque envoi.',
    },
    description: {
      en: 'Registered businesses apply online for each shipment, listing the goods and their customs codes. Food, medicines and electrical goods also need a quality certificate. Licences are valid for six months from the date of issue.',
      ar: 'تقدّم الشركات المسجلة طلباً إلكترونياً لكل شحنة مع قائمة البضائع ورموزها الكمركية. تحتاج الأغذية والأدوية والأجهزة الكهربائية أيضاً إلى شهادة مطابقة للجودة. الإجازة صالحة لستة أشهر من تاريخ إصدارها.',
      ckb: 'کارە تۆمارکراوەکان بۆ هەر بارێک بە ئۆنلاین داواکاری پێشکەش دەکەن، لەگەڵ لیستی کاڵاکان و کۆدی گومرگییان. خۆراک، دەرمان و کەلوپەلی کارەبایی بڕوانامەی جۆریشیان پێویستە. مۆڵەتەکان لە ڕێکەوتی دەرچوونەوە بۆ شەش مانگ کاران.',
      fr: 'Les entreprises immatriculées déposent une demande en ligne pour chaque envoi, avec la liste des marchandises et leurs codes douaniers. Les denrées alimentaires, médicaments et appareils électriques exigent aussi un certificat de conformité. La licence est valable six mois à compter de sa délivrance.',
    },
    audiences: ['business'],
    keywords: ['import', 'customs', 'shipment', 'import permit', 'importer', 'استيراد', 'إجازة استيراد', 'كمارك', 'هاوردە', 'گومرگ', 'importation', 'douane'],
    channels: [online('business/import-licence'), email('imports@trade.example.gov'), inPerson(BUSINESS_CENTRE), phone(BUSINESS_PHONE)],
    fees: [fee(50000, { en: 'Per licence', ar: 'لكل إجازة', ckb: 'بۆ هەر مۆڵەتێک', fr: 'Par licence' })],
    documents: [
      REGISTRATION_CERTIFICATE,
      { name: { en: 'Supplier’s pro forma invoice', ar: 'الفاتورة المبدئية من المورّد', ckb: 'پسوولەی سەرەتایی لە دابینکەرەوە', fr: 'Facture pro forma du fournisseur' } },
      { name: { en: 'Quality certificate', ar: 'شهادة المطابقة', ckb: 'بڕوانامەی جۆر', fr: 'Certificat de conformité' }, optional: true },
    ],
    processingTime: workingDays(5, 2),
    hasEligibilityCheck: false,
  },
  {
    id: 'trademark-registration',
    category: 'business-trade',
    name: { en: 'Register a trademark', ar: 'تسجيل علامة تجارية', ckb: 'تۆمارکردنی نیشانەی بازرگانی', fr: 'Déposer une marque' },
    summary: {
      en: 'Protect your brand name or logo so nobody else can use it.',
      ar: 'احمِ اسم علامتك التجارية أو شعارها كي لا يستخدمه غيرك.',
      ckb: 'ناوی براند یان لۆگۆکەت بپارێزە تا کەسی تر نەتوانێت بەکاری بهێنێت.',
      fr: 'Protéger votre nom de marque ou votre logo pour que personne d’autre ne puisse l’utiliser.',
    },
    description: {
      en: 'Search the register first to make sure a similar mark does not already exist. After examination, the mark is published for 90 days so others can object. Registration lasts ten years and can be renewed.',
      ar: 'ابحث في السجل أولاً للتأكد من عدم وجود علامة مشابهة. بعد الفحص تُنشر العلامة لمدة 90 يوماً لإتاحة الاعتراض. يستمر التسجيل عشر سنوات ويمكن تجديده.',
      ckb: 'سەرەتا لە تۆمارەکەدا بگەڕێ بۆ ئەوەی دڵنیا بیت نیشانەیەکی هاوشێوە بوونی نییە. دوای پشکنین، نیشانەکە بۆ ماوەی ٩٠ ڕۆژ بڵاو دەکرێتەوە تا کەسانی تر بتوانن ناڕەزایی دەرببڕن. تۆمارکردن دە ساڵ دەخایەنێت و دەتوانرێت نوێ بکرێتەوە.',
      fr: 'Consultez d’abord le registre pour vérifier qu’aucune marque similaire n’existe. Après examen, la marque est publiée pendant 90 jours pour permettre les oppositions. L’enregistrement dure dix ans et peut être renouvelé.',
    },
    audiences: ['business'],
    keywords: ['trademark', 'trade mark', 'brand', 'logo', 'intellectual property', 'tradmark', 'علامة تجارية', 'ماركة', 'ملكية فكرية', 'نیشانەی بازرگانی', 'براند', 'marque', 'propriété intellectuelle'],
    channels: [online('business/trademark'), email('trademarks@trade.example.gov'), inPerson(BUSINESS_CENTRE)],
    fees: [fee(200000, { en: 'Application per class', ar: 'الطلب لكل صنف', ckb: 'داواکاری بۆ هەر پۆلێک', fr: 'Dépôt par classe' })],
    documents: [REGISTRATION_CERTIFICATE, { name: { en: 'Image of the mark', ar: 'صورة العلامة', ckb: 'وێنەی نیشانەکە', fr: 'Reproduction de la marque' } }],
    processingTime: { min: 4, max: 6, unit: 'month' },
    hasEligibilityCheck: false,
  },
  {
    id: 'certificate-of-origin',
    category: 'business-trade',
    name: { en: 'Certificate of origin for exports', ar: 'شهادة المنشأ للصادرات', ckb: 'بڕوانامەی سەرچاوە بۆ هەناردە', fr: 'Certificat d’origine pour l’exportation' },
    summary: {
      en: 'Prove where your exported goods were made so buyers abroad can clear them.',
      ar: 'أثبت مكان صنع بضائعك المصدّرة ليتمكن المشترون في الخارج من تخليصها.',
      ckb: 'بیسەلمێنە کاڵا هەناردەکراوەکانت لە کوێ دروست کراون تا کڕیارانی دەرەوە بتوانن لە گومرگ دەریانبهێنن.',
      fr: 'Prouver le lieu de fabrication de vos marchandises exportées pour que vos clients puissent les dédouaner.',
    },
    description: {
      en: 'Exporters request a certificate for each consignment, with the invoice and packing list. Goods may be inspected before the certificate is stamped. Certificates are issued the same day when requested before 11:00.',
      ar: 'يطلب المصدّرون شهادة لكل إرسالية مع الفاتورة وقائمة التعبئة. قد تُفحص البضائع قبل ختم الشهادة. تصدر الشهادة في اليوم نفسه إذا قُدّم الطلب قبل الساعة 11:00.',
      ckb: 'هەناردەکاران بۆ هەر بارێک داوای بڕوانامە دەکەن، لەگەڵ پسوولە و لیستی پێچانەوە. لەوانەیە کاڵاکان پێش مۆرکردنی بڕوانامەکە بپشکنرێن. ئەگەر داواکاری پێش کاتژمێر ١١:٠٠ بێت بڕوانامەکە هەمان ڕۆژ دەردەچێت.',
      fr: 'Les exportateurs demandent un certificat pour chaque expédition, avec la facture et la liste de colisage. Les marchandises peuvent être inspectées avant l’apposition du cachet. Le certificat est délivré le jour même pour toute demande reçue avant 11 h.',
    },
    audiences: ['business'],
    keywords: ['export', 'certificate of origin', 'origin', 'exporter', 'تصدير', 'شهادة منشأ', 'هەناردە', 'بڕوانامەی سەرچاوە', 'exportation', 'certificat d’origine'],
    channels: [online('business/certificate-of-origin'), inPerson(BUSINESS_CENTRE), email('exports@trade.example.gov')],
    fees: [fee(15000, { en: 'Per certificate', ar: 'لكل شهادة', ckb: 'بۆ هەر بڕوانامەیەک', fr: 'Par certificat' })],
    documents: [REGISTRATION_CERTIFICATE, RESIDENCE_CARD, { name: { en: 'Commercial invoice and packing list', ar: 'الفاتورة التجارية وقائمة التعبئة', ckb: 'پسوولەی بازرگانی و لیستی پێچانەوە', fr: 'Facture commerciale et liste de colisage' } }],
    processingTime: workingDays(2),
    hasEligibilityCheck: false,
  },
];
