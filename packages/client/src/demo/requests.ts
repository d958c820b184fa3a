// Sample requests for the tracker. Dates are relative to "now" so an overdue request stays overdue
// whenever the demo runs. More requests (every other status, SLA computed from dates, a long
// timeline) are in requests-more.ts.
import { CIVIL_STATUS_OFFICE, MUNICIPALITY_OFFICE, OFFICE_HOURS, PASSPORT_OFFICE, SOCIAL_CARE_OFFICE, BUSINESS_CENTRE, EDUCATION_DIRECTORATE } from './data/shared.js';
import { moreDemoRequests } from './requests-more.js';
import { daysAgo, serviceName, type DemoRequest } from './requests-support.js';

export type { DemoRequest } from './requests-support.js';

export const demoRequests: ReadonlyMap<string, DemoRequest> = new Map<string, DemoRequest>([
  ['DW-2026-0001', {
    surnames: ['Karim', 'كريم', 'کەریم'],
    build: (now) => ({
      reference: 'DW-2026-0001',
      serviceId: 'passport-renewal',
      serviceName: serviceName('passport-renewal'),
      status: 'in_progress',
      statusNote: {
        en: 'Your photo and fingerprints have been taken. Your new passport is being printed.',
        ar: 'تم التقاط صورتك وبصماتك. جوازك الجديد قيد الطباعة.',
        ckb: 'وێنە و پەنجەمۆرەکەت وەرگیران. پاسپۆرتە نوێیەکەت لە چاپدایە.',
        fr: 'Votre photo et vos empreintes ont été relevées. Votre nouveau passeport est en cours d’impression.',
      },
      submittedAt: daysAgo(now, 6),
      updatedAt: daysAgo(now, 1),
      expectedAt: daysAgo(now, -6),
      sla: 'on_track',
      timeline: [
        { at: daysAgo(now, 6), channel: 'web', status: 'received', note: { en: 'Application submitted online.', ar: 'قُدّم الطلب إلكترونياً.', ckb: 'داواکارییەکە بە ئۆنلاین پێشکەش کرا.', fr: 'Demande déposée en ligne.' } },
        { at: daysAgo(now, 5.9), channel: 'sms', note: { en: 'Payment of 25,000 IQD confirmed.', ar: 'تم تأكيد دفع 25,000 دينار.', ckb: 'پارەدانی ٢٥،٠٠٠ دینار پشتڕاست کرایەوە.', fr: 'Paiement de 25 000 IQD confirmé.' } },
        { at: daysAgo(now, 3), channel: 'counter', status: 'in_progress', note: { en: 'Photo and fingerprints taken at the passport office.', ar: 'التُقطت الصورة والبصمات في مديرية الجوازات.', ckb: 'وێنە و پەنجەمۆر لە نووسینگەی پاسپۆرت وەرگیران.', fr: 'Photo et empreintes relevées au bureau des passeports.' } },
        { at: daysAgo(now, 1), channel: 'web', note: { en: 'Sent for printing.', ar: 'أُرسل للطباعة.', ckb: 'نێردرا بۆ چاپکردن.', fr: 'Envoyé à l’impression.' } },
      ],
      actionsNeeded: [],
      office: {
        name: { en: 'General Directorate of Passports', ar: 'المديرية العامة للجوازات', ckb: 'بەڕێوەبەرایەتیی گشتیی پاسپۆرت', fr: 'Direction générale des passeports' },
        phone: '+964 66 555 0120',
        email: 'passports@interior.example.gov',
        address: PASSPORT_OFFICE,
        hours: OFFICE_HOURS,
      },
    }),
  }],
  ['DW-2026-0002', {
    surnames: ['Haddad', 'حداد', 'حەداد'],
    build: (now) => ({
      reference: 'DW-2026-0002',
      serviceId: 'disability-allowance',
      serviceName: serviceName('disability-allowance'),
      status: 'awaiting_citizen',
      statusNote: {
        en: 'We are waiting for your medical committee report before we can decide.',
        ar: 'ننتظر تقرير اللجنة الطبية الخاص بك قبل اتخاذ القرار.',
        ckb: 'چاوەڕوانی ڕاپۆرتی لیژنەی پزیشکیی تۆین پێش ئەوەی بڕیار بدەین.',
        fr: 'Nous attendons le rapport de votre commission médicale avant de pouvoir décider.',
      },
      submittedAt: daysAgo(now, 45),
      updatedAt: daysAgo(now, 4),
      expectedAt: daysAgo(now, 15),
      sla: 'overdue',
      timeline: [
        { at: daysAgo(now, 45), channel: 'post', status: 'received', note: { en: 'Paper application received by post.', ar: 'وصل الطلب الورقي بالبريد.', ckb: 'داواکاریی کاغەزی بە پۆست گەیشت.', fr: 'Demande papier reçue par la poste.' } },
        { at: daysAgo(now, 38), channel: 'phone', status: 'in_progress', note: { en: 'A social researcher called to arrange a home visit.', ar: 'اتصل باحث اجتماعي لترتيب زيارة منزلية.', ckb: 'توێژەرێکی کۆمەڵایەتی پەیوەندیی کرد بۆ ڕێکخستنی سەردانێکی ماڵەوە.', fr: 'Un travailleur social a appelé pour organiser une visite à domicile.' } },
        { at: daysAgo(now, 30), channel: 'counter', note: { en: 'Home visit completed.', ar: 'أُنجزت الزيارة المنزلية.', ckb: 'سەردانی ماڵەوە تەواو بوو.', fr: 'Visite à domicile effectuée.' } },
        { at: daysAgo(now, 20), channel: 'email', status: 'awaiting_citizen', note: { en: 'We asked for your medical committee report.', ar: 'طلبنا تقرير اللجنة الطبية الخاص بك.', ckb: 'داوای ڕاپۆرتی لیژنەی پزیشکیمان لێکردیت.', fr: 'Nous vous avons demandé le rapport de la commission médicale.' } },
        { at: daysAgo(now, 4), channel: 'sms', note: { en: 'Reminder: the medical report is still missing.', ar: 'تذكير: لا يزال التقرير الطبي ناقصاً.', ckb: 'بیرخستنەوە: ڕاپۆرتی پزیشکی هێشتا نەگەیشتووە.', fr: 'Rappel : le rapport médical manque toujours.' } },
      ],
      actionsNeeded: [
        {
          id: 'upload-medical-report',
          label: {
            en: 'Send us your medical committee report (upload it online or bring it to the office).',
            ar: 'أرسل إلينا تقرير اللجنة الطبية (ارفعه إلكترونياً أو أحضره إلى المكتب).',
            ckb: 'ڕاپۆرتی لیژنەی پزیشکیمان بۆ بنێرە (بە ئۆنلاین باری بکە یان بیهێنە بۆ نووسینگە).',
            fr: 'Envoyez-nous le rapport de la commission médicale (en ligne ou au bureau).',
          },
          dueBy: daysAgo(now, -7),
        },
      ],
      office: {
        name: { en: 'Social Protection Office, Sulaymaniyah', ar: 'مكتب الحماية الاجتماعية في السليمانية', ckb: 'نووسینگەی پاراستنی کۆمەڵایەتی لە سلێمانی', fr: 'Bureau de la protection sociale de Souleimaniye' },
        phone: '+964 53 555 0140',
        email: 'disability@social.example.gov',
        address: SOCIAL_CARE_OFFICE,
        hours: OFFICE_HOURS,
      },
    }),
  }],
  ['DW-2026-0003', {
    surnames: ['Othman', 'عثمان', 'عوسمان'],
    build: (now) => ({
      reference: 'DW-2026-0003',
      serviceId: 'business-licence',
      serviceName: serviceName('business-licence'),
      status: 'in_progress',
      statusNote: {
        en: 'The fire safety inspection is booked; the decision follows the inspection report.',
        ar: 'تم حجز موعد الكشف على السلامة من الحريق، ويصدر القرار بعد تقرير الكشف.',
        ckb: 'کاتی پشکنینی سەلامەتی لە ئاگر دیاری کراوە؛ بڕیار دوای ڕاپۆرتی پشکنینەکە دەدرێت.',
        fr: 'L’inspection de sécurité incendie est programmée ; la décision suivra le rapport d’inspection.',
      },
      submittedAt: daysAgo(now, 14),
      updatedAt: daysAgo(now, 2),
      expectedAt: daysAgo(now, -1),
      sla: 'at_risk',
      timeline: [
        { at: daysAgo(now, 14), channel: 'web', status: 'received' },
        { at: daysAgo(now, 13.8), channel: 'kiosk', note: { en: 'Fee of 150,000 IQD paid at a kiosk.', ar: 'دُفع رسم 150,000 دينار في كشك الخدمة.', ckb: 'کرێی ١٥٠،٠٠٠ دینار لە کیۆسک درا.', fr: 'Frais de 150 000 IQD payés à une borne.' } },
        { at: daysAgo(now, 9), channel: 'email', status: 'in_progress', note: { en: 'Premises approved by the municipality.', ar: 'وافقت البلدية على المحل.', ckb: 'شارەوانی شوێنەکەی پەسەند کرد.', fr: 'Locaux approuvés par la municipalité.' } },
        { at: daysAgo(now, 2), channel: 'phone', note: { en: 'Civil defence inspection booked.', ar: 'حُجز موعد كشف الدفاع المدني.', ckb: 'کاتی پشکنینی بەرگریی شارستانی دیاری کرا.', fr: 'Inspection de la protection civile programmée.' } },
      ],
      office: {
        name: { en: 'One-Stop Business Centre', ar: 'مركز النافذة الواحدة للأعمال', ckb: 'ناوەندی یەک پەنجەرەی بازرگانی', fr: 'Guichet unique des entreprises' },
        phone: '+964 1 555 0170',
        email: 'licensing@trade.example.gov',
        address: BUSINESS_CENTRE,
        hours: OFFICE_HOURS,
      },
    }),
  }],
  ['DW-2026-0004', {
    surnames: ['Saleh', 'صالح', 'ساڵح'],
    build: (now) => ({
      reference: 'DW-2026-0004',
      serviceId: 'birth-certificate',
      serviceName: serviceName('birth-certificate'),
      status: 'completed',
      submittedAt: daysAgo(now, 9),
      updatedAt: daysAgo(now, 2),
      expectedAt: daysAgo(now, 6),
      sla: 'on_track',
      timeline: [
        { at: daysAgo(now, 9), channel: 'counter', status: 'received', note: { en: 'Birth registered at the civil status office.', ar: 'سُجّلت الولادة في دائرة الأحوال المدنية.', ckb: 'لەدایکبوون لە نووسینگەی باری شارستانی تۆمار کرا.', fr: 'Naissance déclarée au bureau de l’état civil.' } },
        { at: daysAgo(now, 7), channel: 'sms', status: 'approved', note: { en: 'Certificate ready for collection.', ar: 'الشهادة جاهزة للاستلام.', ckb: 'بڕوانامەکە ئامادەی وەرگرتنە.', fr: 'Acte prêt à être retiré.' } },
        { at: daysAgo(now, 2), channel: 'counter', status: 'completed', note: { en: 'Certificate collected.', ar: 'استُلمت الشهادة.', ckb: 'بڕوانامەکە وەرگیرا.', fr: 'Acte retiré.' } },
      ],
      office: {
        name: { en: 'Civil Status Directorate', ar: 'مديرية الأحوال المدنية', ckb: 'بەڕێوەبەرایەتیی باری شارستانی', fr: 'Direction de l’état civil' },
        phone: '+964 1 555 0110',
        address: CIVIL_STATUS_OFFICE,
        hours: OFFICE_HOURS,
      },
    }),
  }],
  ['DW-2026-0005', {
    surnames: ['Ahmed', 'أحمد', 'ئەحمەد'],
    build: (now) => ({
      reference: 'DW-2026-0005',
      serviceId: 'report-street-problem',
      serviceName: serviceName('report-street-problem'),
      status: 'received',
      submittedAt: daysAgo(now, 0.1),
      expectedAt: daysAgo(now, -10),
      sla: 'on_track',
      timeline: [
        { at: daysAgo(now, 0.1), channel: 'phone', status: 'received', note: { en: 'Broken street light reported by phone.', ar: 'أُبلغ هاتفياً عن عمود إنارة معطل.', ckb: 'گڵۆپێکی شەقامی تێکچوو بە تەلەفۆن ڕاپۆرت کرا.', fr: 'Lampadaire en panne signalé par téléphone.' } },
      ],
      office: {
        name: { en: 'Municipality Service Hall, Duhok', ar: 'قاعة خدمات بلدية دهوك', ckb: 'هۆڵی خزمەتگوزارییەکانی شارەوانیی دهۆک', fr: 'Hall des services municipaux de Dohuk' },
        phone: '+964 62 555 0199',
        address: MUNICIPALITY_OFFICE,
      },
    }),
  }],
  ['DW-2026-0006', {
    surnames: ['Mustafa', 'مصطفى', 'مستەفا'],
    build: (now) => ({
      reference: 'DW-2026-0006',
      serviceId: 'university-grant',
      serviceName: serviceName('university-grant'),
      status: 'rejected',
      statusNote: {
        en: 'Evening students are not eligible for the grant. You can ask for a review within 30 days.',
        ar: 'طلبة الدراسة المسائية غير مشمولين بالمنحة. يمكنك طلب إعادة النظر خلال 30 يوماً.',
        ckb: 'خوێندکارانی خوێندنی ئێواران مافی بەخشینەکەیان نییە. دەتوانیت لە ماوەی ٣٠ ڕۆژدا داوای پێداچوونەوە بکەیت.',
        fr: 'Les étudiants en cours du soir ne sont pas éligibles à la bourse. Vous pouvez demander un réexamen dans les 30 jours.',
      },
      submittedAt: daysAgo(now, 25),
      updatedAt: daysAgo(now, 3),
      expectedAt: daysAgo(now, -5),
      sla: 'on_track',
      timeline: [
        { at: daysAgo(now, 25), channel: 'web', status: 'received' },
        { at: daysAgo(now, 12), channel: 'email', status: 'in_progress', note: { en: 'Enrolment checked with the university.', ar: 'جرى التحقق من التسجيل مع الجامعة.', ckb: 'تۆمارکردنەکە لەگەڵ زانکۆ پشتڕاست کرایەوە.', fr: 'Inscription vérifiée auprès de l’université.' } },
        { at: daysAgo(now, 3), channel: 'post', status: 'rejected', note: { en: 'Decision letter posted.', ar: 'أُرسل كتاب القرار بالبريد.', ckb: 'نامەی بڕیار بە پۆست نێردرا.', fr: 'Lettre de décision envoyée par la poste.' } },
      ],
      office: {
        name: { en: 'Student Grants Office', ar: 'مكتب المنح الطلابية', ckb: 'نووسینگەی بەخشینی خوێندکاران', fr: 'Bureau des bourses étudiantes' },
        email: 'grants@higher-education.example.gov',
        address: EDUCATION_DIRECTORATE,
        hours: OFFICE_HOURS,
      },
    }),
  }],
  ...moreDemoRequests,
]);

/** Reference as a key: case, spaces and dashes do not matter (`dw 2026 0001` finds `DW-2026-0001`). */
export function referenceKey(reference: string): string {
  return reference.normalize('NFKC').toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** Surname comparison ignoring case, surrounding and repeated spaces. */
export function surnameKey(surname: string): string {
  return surname.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}
