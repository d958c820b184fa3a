// More sample requests: the statuses requests.ts does not show (on hold, approved, closed, cancelled),
// requests without a backend SLA verdict (the tracker computes it from the dates) and a long timeline.
import { BUSINESS_CENTRE, EXTENDED_HOURS, LABOUR_OFFICE, MUNICIPALITY_OFFICE, OFFICE_HOURS, TAX_OFFICE, TRAFFIC_OFFICE } from './data/shared.js';
import type { Text4 } from './data/types.js';
import { daysAgo, serviceName, type DemoRequest } from './requests-support.js';

const MUNICIPALITY: Text4 = { en: 'Erbil Municipality, Building Permits', ar: 'بلدية أربيل، قسم إجازات البناء', ckb: 'شارەوانیی هەولێر، بەشی مۆڵەتی بیناسازی', fr: 'Municipalité d’Erbil, permis de construire' };
const WATER: Text4 = { en: 'Water Directorate, Duhok', ar: 'مديرية الماء في دهوك', ckb: 'بەڕێوەبەرایەتیی ئاوی دهۆک', fr: 'Direction de l’eau de Dohuk' };
const TRAFFIC: Text4 = { en: 'Traffic Directorate', ar: 'مديرية المرور', ckb: 'بەڕێوەبەرایەتیی هاتوچۆ', fr: 'Direction de la circulation' };
const RESIDENCY: Text4 = { en: 'Residency Office', ar: 'مكتب الإقامة', ckb: 'نووسینگەی نیشتەجێبوون', fr: 'Bureau des titres de séjour' };
const TAX: Text4 = { en: 'General Commission for Taxes', ar: 'الهيئة العامة للضرائب', ckb: 'دەستەی گشتیی باج', fr: 'Commission générale des impôts' };
const LABOUR: Text4 = { en: 'Labour and Employment Office', ar: 'مكتب العمل والتشغيل', ckb: 'نووسینگەی کار و دامەزراندن', fr: 'Bureau du travail et de l’emploi' };
const HOUSING: Text4 = { en: 'Housing Fund', ar: 'صندوق الإسكان', ckb: 'سندوقی نیشتەجێکردن', fr: 'Fonds du logement' };

export const moreDemoRequests: ReadonlyArray<readonly [string, DemoRequest]> = [
  ['DW-2026-0007', {
    surnames: ['Rashid', 'رشيد', 'ڕەشید'],
    // no `sla`: 1 day left of 21 → the tracker computes "at risk"
    build: (now) => ({
      reference: 'DW-2026-0007',
      serviceId: 'building-permit',
      serviceName: serviceName('building-permit'),
      status: 'on_hold',
      statusNote: {
        en: 'Waiting for the civil defence opinion on the plans. We will go on as soon as it arrives.',
        ar: 'بانتظار رأي الدفاع المدني في المخططات. سنتابع حال وصوله.',
        ckb: 'چاوەڕوانی ڕای بەرگریی شارستانین لەسەر نەخشەکان. هەرکە گەیشت بەردەوام دەبین.',
        fr: 'En attente de l’avis de la protection civile sur les plans. Nous reprendrons dès sa réception.',
      },
      submittedAt: daysAgo(now, 20),
      updatedAt: daysAgo(now, 5),
      expectedAt: daysAgo(now, -1),
      timeline: [
        { at: daysAgo(now, 20), channel: 'counter', status: 'received', note: { en: 'Plans handed in at the counter.', ar: 'سُلّمت المخططات في الشباك.', ckb: 'نەخشەکان لە پەنجەرە ڕادەست کران.', fr: 'Plans déposés au guichet.' } },
        { at: daysAgo(now, 12), channel: 'email', status: 'in_progress', note: { en: 'Plans checked by the engineering department.', ar: 'دقّق القسم الهندسي المخططات.', ckb: 'بەشی ئەندازیاری نەخشەکانی پشکنی.', fr: 'Plans vérifiés par le service technique.' } },
        { at: daysAgo(now, 5), channel: 'post', status: 'on_hold', note: { en: 'Plans sent to the civil defence for an opinion.', ar: 'أُرسلت المخططات إلى الدفاع المدني لإبداء الرأي.', ckb: 'نەخشەکان بۆ بەرگریی شارستانی نێردران بۆ وەرگرتنی ڕا.', fr: 'Plans transmis à la protection civile pour avis.' } },
      ],
      office: { name: MUNICIPALITY, phone: '+964 66 555 0150', email: 'permits@erbil.example.gov', address: MUNICIPALITY_OFFICE, hours: OFFICE_HOURS },
    }),
  }],
  ['DW-2026-0008', {
    surnames: ['Jalal', 'جلال', 'جەلال'],
    build: (now) => ({
      reference: 'DW-2026-0008',
      serviceId: 'driving-licence-renewal',
      serviceName: serviceName('driving-licence-renewal'),
      status: 'approved',
      statusNote: {
        en: 'Approved. Collect your new licence at any service kiosk with your national card.',
        ar: 'تمت الموافقة. استلم إجازتك الجديدة من أي كشك خدمة ومعك البطاقة الوطنية.',
        ckb: 'پەسەند کرا. مۆڵەتە نوێیەکەت لە هەر کیۆسکێکی خزمەتگوزاری وەربگرە، کارتی نیشتمانییەکەت لەگەڵ بێت.',
        fr: 'Approuvé. Retirez votre nouveau permis à une borne de service avec votre carte nationale.',
      },
      submittedAt: daysAgo(now, 4),
      updatedAt: daysAgo(now, 0.5),
      expectedAt: daysAgo(now, -3),
      timeline: [
        { at: daysAgo(now, 4), channel: 'kiosk', status: 'received', note: { en: 'Eye test and photo done at a kiosk.', ar: 'أُجري فحص النظر والتصوير في كشك.', ckb: 'پشکنینی چاو و وێنەگرتن لە کیۆسک کرا.', fr: 'Test de vue et photo faits à une borne.' } },
        { at: daysAgo(now, 0.5), channel: 'sms', status: 'approved', note: { en: 'Your licence is ready to collect.', ar: 'إجازتك جاهزة للاستلام.', ckb: 'مۆڵەتەکەت ئامادەی وەرگرتنە.', fr: 'Votre permis est prêt à être retiré.' } },
      ],
      office: { name: TRAFFIC, phone: '+964 1 555 0180', address: TRAFFIC_OFFICE, hours: EXTENDED_HOURS },
    }),
  }],
  ['DW-2026-0009', {
    surnames: ['Aziz', 'عزيز', 'عەزیز'],
    build: (now) => ({
      reference: 'DW-2026-0009',
      serviceId: 'water-connection',
      serviceName: serviceName('water-connection'),
      status: 'closed',
      statusNote: { en: 'Your home is connected. This request is closed.', ar: 'تم توصيل منزلك. أُغلق هذا الطلب.', ckb: 'ماڵەکەت گەیەندرا. ئەم داواکارییە داخرا.', fr: 'Votre logement est raccordé. Cette demande est close.' },
      submittedAt: daysAgo(now, 60),
      updatedAt: daysAgo(now, 31),
      expectedAt: daysAgo(now, 30),
      timeline: [
        { at: daysAgo(now, 60), channel: 'web', status: 'received' },
        { at: daysAgo(now, 45), channel: 'phone', status: 'in_progress', note: { en: 'Works booked with you by phone.', ar: 'حُدّد موعد الأعمال معك هاتفياً.', ckb: 'کاتی کارەکان بە تەلەفۆن لەگەڵت دیاری کرا.', fr: 'Travaux programmés avec vous par téléphone.' } },
        { at: daysAgo(now, 33), channel: 'counter', status: 'completed', note: { en: 'Meter installed.', ar: 'رُكّب العداد.', ckb: 'پێوەر دانرا.', fr: 'Compteur posé.' } },
        { at: daysAgo(now, 31), channel: 'sms', status: 'closed' },
      ],
      office: { name: WATER, phone: '+964 62 555 0160', address: MUNICIPALITY_OFFICE },
    }),
  }],
  ['DW-2026-0010', {
    surnames: ['Dupont', 'دوبون', 'دوپۆن'],
    build: (now) => ({
      reference: 'DW-2026-0010',
      serviceId: 'residence-permit',
      serviceName: serviceName('residence-permit'),
      status: 'cancelled',
      statusNote: { en: 'You cancelled this request. Nothing more will happen.', ar: 'لقد ألغيت هذا الطلب. لن يُتخذ أي إجراء آخر.', ckb: 'تۆ ئەم داواکارییەت هەڵوەشاندەوە. هیچی تر ناکرێت.', fr: 'Vous avez annulé cette demande. Il ne se passera plus rien.' },
      submittedAt: daysAgo(now, 16),
      updatedAt: daysAgo(now, 10),
      timeline: [
        { at: daysAgo(now, 16), channel: 'web', status: 'received' },
        { at: daysAgo(now, 10), channel: 'email', status: 'cancelled', note: { en: 'Cancelled at your request by e-mail.', ar: 'أُلغي بناءً على طلبك عبر البريد الإلكتروني.', ckb: 'بە داوای تۆ بە ئیمەیڵ هەڵوەشێنرایەوە.', fr: 'Annulée à votre demande par e-mail.' } },
      ],
      office: { name: RESIDENCY, email: 'residency@interior.example.gov', address: BUSINESS_CENTRE },
    }),
  }],
  ['DW-2026-0011', {
    surnames: ['Hassan', 'حسن', 'حەسەن'],
    // no `sla`: expected 3 days ago → the tracker computes "overdue"
    build: (now) => ({
      reference: 'DW-2026-0011',
      serviceId: 'tax-clearance',
      serviceName: serviceName('tax-clearance'),
      status: 'in_progress',
      statusNote: { en: 'We are checking your tax returns for the last three years.', ar: 'نراجع إقراراتك الضريبية للسنوات الثلاث الأخيرة.', ckb: 'ڕاگەیەندراوە باجییەکانی سێ ساڵی ڕابردووت دەپشکنین.', fr: 'Nous vérifions vos déclarations fiscales des trois dernières années.' },
      submittedAt: daysAgo(now, 17),
      updatedAt: daysAgo(now, 6),
      expectedAt: daysAgo(now, 3),
      timeline: [
        { at: daysAgo(now, 17), channel: 'web', status: 'received' },
        { at: daysAgo(now, 15), channel: 'email', status: 'in_progress', note: { en: 'Assigned to a tax officer.', ar: 'أُحيل إلى موظف ضرائب.', ckb: 'دراوە بە فەرمانبەرێکی باج.', fr: 'Confiée à un agent des impôts.' } },
        { at: daysAgo(now, 6), channel: 'phone', note: { en: 'The officer called to confirm your address.', ar: 'اتصل الموظف لتأكيد عنوانك.', ckb: 'فەرمانبەرەکە پەیوەندیی کرد بۆ پشتڕاستکردنەوەی ناونیشانەکەت.', fr: 'L’agent a appelé pour confirmer votre adresse.' } },
      ],
      office: { name: TAX, phone: '+964 1 555 0190', email: 'clearance@tax.example.gov', address: TAX_OFFICE, hours: OFFICE_HOURS },
    }),
  }],
  ['DW-2026-0012', {
    surnames: ['Nouri', 'نوري', 'نووری'],
    // no `sla`: 25 of 30 days left → the tracker computes "on track"
    build: (now) => ({
      reference: 'DW-2026-0012',
      serviceId: 'work-permit',
      serviceName: serviceName('work-permit'),
      status: 'received',
      submittedAt: daysAgo(now, 5),
      expectedAt: daysAgo(now, -25),
      timeline: [
        { at: daysAgo(now, 5), channel: 'kiosk', status: 'received', note: { en: 'Application made at a service kiosk.', ar: 'قُدّم الطلب في كشك خدمة.', ckb: 'داواکاری لە کیۆسکی خزمەتگوزاری پێشکەش کرا.', fr: 'Demande faite à une borne de service.' } },
      ],
      office: { name: LABOUR, phone: '+964 1 555 0130', address: LABOUR_OFFICE, hours: OFFICE_HOURS },
    }),
  }],
  ['DW-2026-0013', {
    surnames: ['Faraj', 'فرج', 'فەرەج'],
    // a long story across channels: the tracker collapses the older events
    build: (now) => ({
      reference: 'DW-2026-0013',
      serviceId: 'housing-loan',
      serviceName: serviceName('housing-loan'),
      status: 'awaiting_citizen',
      statusNote: { en: 'We need a guarantor’s salary statement before the loan committee meets.', ar: 'نحتاج كشف راتب الكفيل قبل اجتماع لجنة القروض.', ckb: 'پێش کۆبوونەوەی لیژنەی قەرز پێویستمان بە کەشفی مووچەی کەفیلە.', fr: 'Il nous faut le relevé de salaire d’un garant avant la réunion du comité des prêts.' },
      submittedAt: daysAgo(now, 80),
      updatedAt: daysAgo(now, 2),
      expectedAt: daysAgo(now, -8),
      sla: 'at_risk',
      timeline: [
        { at: daysAgo(now, 80), channel: 'phone', status: 'received', note: { en: 'Request registered by the call centre.', ar: 'سُجّل الطلب عبر مركز الاتصال.', ckb: 'داواکاری لە ڕێگەی سەنتەری پەیوەندییەوە تۆمار کرا.', fr: 'Demande enregistrée par le centre d’appels.' } },
        { at: daysAgo(now, 78), channel: 'email', note: { en: 'List of documents sent to you.', ar: 'أُرسلت إليك قائمة المستمسكات.', ckb: 'لیستی بەڵگەنامەکان بۆت نێردرا.', fr: 'Liste des pièces à fournir envoyée.' } },
        { at: daysAgo(now, 70), channel: 'counter', status: 'in_progress', note: { en: 'Documents handed in at the counter.', ar: 'سُلّمت المستمسكات في الشباك.', ckb: 'بەڵگەنامەکان لە پەنجەرە ڕادەست کران.', fr: 'Pièces déposées au guichet.' } },
        { at: daysAgo(now, 55), channel: 'post', note: { en: 'Property valuation letter posted.', ar: 'أُرسل كتاب تخمين العقار بالبريد.', ckb: 'نامەی نرخاندنی خانووبەرە بە پۆست نێردرا.', fr: 'Lettre d’estimation du bien envoyée.' } },
        { at: daysAgo(now, 40), channel: 'web', note: { en: 'You uploaded the signed valuation.', ar: 'رفعتَ التخمين الموقّع.', ckb: 'نرخاندنە واژۆکراوەکەت بار کرد.', fr: 'Vous avez déposé l’estimation signée.' } },
        { at: daysAgo(now, 25), channel: 'kiosk', note: { en: 'Application fee paid at a kiosk.', ar: 'دُفع رسم الطلب في كشك.', ckb: 'کرێی داواکاری لە کیۆسک درا.', fr: 'Frais de dossier payés à une borne.' } },
        { at: daysAgo(now, 12), channel: 'email', status: 'awaiting_citizen', note: { en: 'We asked for a guarantor’s salary statement.', ar: 'طلبنا كشف راتب الكفيل.', ckb: 'داوای کەشفی مووچەی کەفیلمان کرد.', fr: 'Nous avons demandé le relevé de salaire d’un garant.' } },
        { at: daysAgo(now, 2), channel: 'sms', note: { en: 'Reminder: the guarantor’s statement is still missing.', ar: 'تذكير: لا يزال كشف الكفيل ناقصاً.', ckb: 'بیرخستنەوە: کەشفی کەفیل هێشتا نەگەیشتووە.', fr: 'Rappel : le relevé du garant manque toujours.' } },
      ],
      actionsNeeded: [
        {
          id: 'guarantor-salary-statement',
          label: { en: 'Bring your guarantor’s salary statement to the Housing Fund counter.', ar: 'أحضر كشف راتب الكفيل إلى شباك صندوق الإسكان.', ckb: 'کەشفی مووچەی کەفیلەکەت بهێنە بۆ پەنجەرەی سندوقی نیشتەجێکردن.', fr: 'Apportez le relevé de salaire de votre garant au guichet du Fonds du logement.' },
          dueBy: daysAgo(now, -4),
        },
        {
          id: 'sign-loan-terms',
          label: { en: 'Read and sign the loan terms (sent to you by e-mail).', ar: 'اقرأ شروط القرض ووقّعها (أُرسلت إليك بالبريد الإلكتروني).', ckb: 'مەرجەکانی قەرز بخوێنەوە و واژۆی بکە (بە ئیمەیڵ بۆت نێردراون).', fr: 'Lisez et signez les conditions du prêt (envoyées par e-mail).' },
        },
      ],
      office: { name: HOUSING, phone: '+964 1 555 0210', email: 'loans@housing.example.gov', address: BUSINESS_CENTRE, hours: OFFICE_HOURS },
    }),
  }],
];
