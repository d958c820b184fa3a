import {
  COURTHOUSE, FREE, LABOUR_OFFICE, NATIONAL_ID, PASSPORT_DOC, PHOTOS, RESIDENCE_CARD, SMS_STATUS_NOTE, TAX_OFFICE,
  email, fee, inPerson, online, phone, post, sms, workingDays,
} from './shared.js';
import type { DemoService } from './types.js';

const LABOUR_PHONE = '+964 60 555 0210';
const TAX_PHONE = '+964 1 555 0220';

export const employmentServices: DemoService[] = [
  {
    id: 'jobseeker-registration',
    category: 'employment',
    name: { en: 'Register as a jobseeker', ar: 'التسجيل كباحث عن عمل', ckb: 'خۆتۆمارکردن وەک کارگەڕ', fr: 'S’inscrire comme demandeur d’emploi' },
    summary: {
      en: 'Get matched with job offers and training, and qualify for small business loans.',
      ar: 'احصل على فرص عمل وتدريب مناسبة، وكن مؤهلاً لقروض المشاريع الصغيرة.',
      ckb: 'هەلی کار و ڕاهێنانی گونجاو وەربگرە و مافی قەرزی پڕۆژە بچووکەکانت هەبێت.',
      fr: 'Recevoir des offres d’emploi et de formation adaptées, et accéder aux prêts pour petites entreprises.',
    },
    description: {
      en: 'Create a profile with your education, skills and the kind of work you want. An adviser calls you within two weeks to talk about your options. Registration is free and you can update your profile at any time.',
      ar: 'أنشئ ملفاً يتضمن تعليمك ومهاراتك ونوع العمل الذي تبحث عنه. يتصل بك مرشد خلال أسبوعين لمناقشة خياراتك. التسجيل مجاني ويمكنك تحديث ملفك في أي وقت.',
      ckb: 'پرۆفایلێک دروست بکە کە خوێندن، لێهاتوویی و جۆری ئەو کارەی دەتەوێت لەخۆ بگرێت. ڕاوێژکارێک لە ماوەی دوو هەفتەدا پەیوەندیت پێوە دەکات بۆ باسکردنی هەڵبژاردەکانت. تۆمارکردن بێبەرامبەرە و هەر کاتێک دەتوانیت پرۆفایلەکەت نوێ بکەیتەوە.',
      fr: 'Créez un profil avec votre formation, vos compétences et le type d’emploi recherché. Un conseiller vous appelle sous deux semaines pour parler de vos possibilités. L’inscription est gratuite et vous pouvez mettre à jour votre profil à tout moment.',
    },
    audiences: ['citizen'],
    keywords: ['job', 'jobs', 'unemployed', 'work', 'employment', 'vacancy', 'cv', 'وظيفة', 'عمل', 'عاطل', 'تشغيل', 'کار', 'بێکار', 'دامەزراندن', 'emploi', 'chômage', 'Pôle emploi'],
    channels: [online('employment/jobseeker'), phone(LABOUR_PHONE), inPerson(LABOUR_OFFICE), sms('5210', SMS_STATUS_NOTE)],
    fees: [FREE],
    documents: [NATIONAL_ID, { name: { en: 'Highest qualification certificate', ar: 'آخر شهادة دراسية', ckb: 'بەرزترین بڕوانامەی خوێندن', fr: 'Dernier diplôme obtenu' }, optional: true }],
    processingTime: workingDays(10),
    hasEligibilityCheck: false,
  },
  {
    id: 'work-permit',
    category: 'employment',
    name: { en: 'Work permit for foreign workers', ar: 'إجازة عمل للعمال الأجانب', ckb: 'مۆڵەتی کار بۆ کرێکارە بیانییەکان', fr: 'Permis de travail pour travailleurs étrangers' },
    summary: {
      en: 'Employers apply for permission to hire a foreign worker.',
      ar: 'يقدّم أصحاب العمل طلب إذن لتشغيل عامل أجنبي.',
      ckb: 'خاوەنکاران داوای مۆڵەت دەکەن بۆ دامەزراندنی کرێکارێکی بیانی.',
      fr: 'Les employeurs demandent l’autorisation d’embaucher un travailleur étranger.',
    },
    description: {
      en: 'The employer must show that the job could not be filled locally. The permit is linked to one employer and one job. The worker then applies for a residence permit with the approval letter.',
      ar: 'يجب أن يثبت صاحب العمل تعذّر شغل الوظيفة محلياً. ترتبط الإجازة بصاحب عمل واحد ووظيفة واحدة. ثم يقدّم العامل طلب الإقامة مع كتاب الموافقة.',
      ckb: 'خاوەنکار دەبێت نیشانی بدات کە نەتوانراوە ئەو کارە لە ناوخۆدا پڕ بکرێتەوە. مۆڵەتەکە بە یەک خاوەنکار و یەک کارەوە بەستراوە. پاشان کرێکارەکە بە نووسراوی ڕەزامەندییەکە داوای مۆڵەتی مانەوە دەکات.',
      fr: 'L’employeur doit démontrer que le poste n’a pas pu être pourvu localement. Le permis est lié à un seul employeur et un seul poste. Le travailleur demande ensuite un titre de séjour avec la lettre d’approbation.',
    },
    audiences: ['business', 'resident'],
    keywords: ['work permit', 'foreign worker', 'expat', 'labour permit', 'work visa', 'إجازة عمل', 'عامل أجنبي', 'عمالة أجنبية', 'مۆڵەتی کار', 'کرێکاری بیانی', 'permis de travail', 'main-d’œuvre étrangère'],
    channels: [online('employment/work-permit'), inPerson(LABOUR_OFFICE), email('work.permits@labour.example.gov')],
    fees: [fee(300000, { en: 'One-year permit', ar: 'إجازة لسنة واحدة', ckb: 'مۆڵەتی یەک ساڵ', fr: 'Permis d’un an' })],
    documents: [PASSPORT_DOC, PHOTOS, { name: { en: 'Employment contract', ar: 'عقد العمل', ckb: 'گرێبەستی کار', fr: 'Contrat de travail' } }],
    processingTime: workingDays(20, 10),
    hasEligibilityCheck: false,
  },
  {
    id: 'vocational-training',
    category: 'employment',
    name: { en: 'Vocational training courses', ar: 'دورات التدريب المهني', ckb: 'خولەکانی ڕاهێنانی پیشەیی', fr: 'Formations professionnelles' },
    summary: {
      en: 'Free three-month courses in trades such as electrics, plumbing, sewing and IT.',
      ar: 'دورات مجانية لمدة ثلاثة أشهر في مهن مثل الكهرباء والسباكة والخياطة وتقنية المعلومات.',
      ckb: 'خولی سێ مانگیی بێبەرامبەر لە پیشەکانی وەک کارەبا، بۆریکێشی، دروومان و تەکنەلۆجیای زانیاری.',
      fr: 'Formations gratuites de trois mois dans des métiers comme l’électricité, la plomberie, la couture et l’informatique.',
    },
    description: {
      en: 'Courses start every quarter at the vocational training centres. Trainees receive a small daily allowance for transport. Those who finish get a certificate and help finding work.',
      ar: 'تبدأ الدورات كل ثلاثة أشهر في مراكز التدريب المهني. يحصل المتدربون على مخصصات يومية بسيطة للنقل. يحصل من يُتمّ الدورة على شهادة ومساعدة في إيجاد عمل.',
      ckb: 'خولەکان هەر سێ مانگ جارێک لە ناوەندەکانی ڕاهێنانی پیشەیی دەست پێدەکەن. ڕاهێنراوان بڕە پارەیەکی ڕۆژانەی کەم بۆ هاتوچۆ وەردەگرن. ئەوانەی تەواوی دەکەن بڕوانامە و یارمەتی بۆ دۆزینەوەی کار وەردەگرن.',
      fr: 'Les sessions commencent chaque trimestre dans les centres de formation professionnelle. Les stagiaires perçoivent une petite indemnité journalière de transport. Ceux qui terminent reçoivent un certificat et une aide pour trouver un emploi.',
    },
    audiences: ['citizen', 'resident'],
    keywords: ['training', 'course', 'apprenticeship', 'skills', 'trade', 'traning', 'تدريب مهني', 'دورة', 'مهارات', 'ڕاهێنان', 'خول', 'پیشە', 'formation', 'apprentissage'],
    channels: [online('employment/training'), phone(LABOUR_PHONE), inPerson(LABOUR_OFFICE)],
    fees: [FREE],
    documents: [NATIONAL_ID, RESIDENCE_CARD],
    processingTime: workingDays(15),
    hasEligibilityCheck: false,
  },
];

export const taxServices: DemoService[] = [
  {
    id: 'income-tax-return',
    category: 'tax',
    name: { en: 'Income tax return', ar: 'الإقرار الضريبي على الدخل', ckb: 'ڕاگەیاندنی باجی داهات', fr: 'Déclaration d’impôt sur le revenu' },
    summary: {
      en: 'File your yearly income tax return if you are self-employed or have income besides a salary.',
      ar: 'قدّم إقرارك الضريبي السنوي إذا كنت تعمل لحسابك الخاص أو لديك دخل غير الراتب.',
      ckb: 'ئەگەر کاری تایبەتی خۆت هەیە یان داهاتێکی جگە لە مووچەت هەیە، ڕاگەیاندنی باجی ساڵانەت پێشکەش بکە.',
      fr: 'Déposer votre déclaration annuelle si vous êtes indépendant ou avez des revenus autres qu’un salaire.',
    },
    description: {
      en: 'Returns for the previous year are due by 31 May. Salaried employees do not need to file, because tax is taken from their pay. Late returns are charged a penalty of 10% of the tax due.',
      ar: 'يُقدّم إقرار السنة السابقة في موعد أقصاه 31 أيار. لا يحتاج الموظفون بأجر إلى تقديم الإقرار لأن الضريبة تُستقطع من رواتبهم. تُفرض غرامة بنسبة 10% من الضريبة المستحقة على الإقرارات المتأخرة.',
      ckb: 'ڕاگەیاندنی ساڵی ڕابردوو دەبێت تا ٣١ی ئایار پێشکەش بکرێت. فەرمانبەرانی مووچەخۆر پێویست ناکات پێشکەشی بکەن، چونکە باج لە مووچەکەیان دەبڕدرێت. ڕاگەیاندنی دواکەوتوو سزای ١٠٪ی باجی پێویستی لەسەرە.',
      fr: 'La déclaration de l’année précédente doit être déposée avant le 31 mai. Les salariés n’ont pas à déclarer, car l’impôt est prélevé sur leur salaire. Une déclaration tardive entraîne une pénalité de 10 % de l’impôt dû.',
    },
    audiences: ['citizen', 'resident', 'business'],
    keywords: ['tax', 'income tax', 'tax return', 'self-employed', 'taxes', 'tax declaration', 'ضريبة', 'ضريبة الدخل', 'إقرار ضريبي', 'باج', 'باجی داهات', 'impôt', 'déclaration de revenus', 'impots'],
    channels: [online('tax/income-return'), phone(TAX_PHONE), inPerson(TAX_OFFICE), email('returns@tax.example.gov')],
    fees: [FREE],
    documents: [NATIONAL_ID, { name: { en: 'Income records for the year', ar: 'سجلات الدخل للسنة', ckb: 'تۆماری داهاتی ساڵەکە', fr: 'Justificatifs de revenus de l’année' } }],
    processingTime: workingDays(30),
    hasEligibilityCheck: false,
  },
  {
    id: 'tax-clearance',
    category: 'tax',
    name: { en: 'Tax clearance certificate', ar: 'براءة الذمة الضريبية', ckb: 'بەڵگەنامەی پاکبوونەوەی باج', fr: 'Attestation de régularité fiscale' },
    summary: {
      en: 'Proof that you owe no tax, needed to sell property, travel for work or bid for contracts.',
      ar: 'إثبات بعدم وجود ضرائب مستحقة عليك، يلزم لبيع العقارات أو السفر للعمل أو التقدم للمناقصات.',
      ckb: 'بەڵگەیەک کە هیچ باجێکت لەسەر نییە، پێویستە بۆ فرۆشتنی موڵک، گەشتی کار یان بەشداری لە تەندەر.',
      fr: 'La preuve que vous n’avez pas de dette fiscale, exigée pour vendre un bien, voyager pour le travail ou répondre à un appel d’offres.',
    },
    description: {
      en: 'The certificate is issued at once online when your records show nothing owed. If something is owed, the page shows the amount and how to pay it. Certificates are valid for three months.',
      ar: 'تصدر الشهادة إلكترونياً فوراً إذا لم تُظهر سجلاتك أي مبالغ مستحقة. وإن وُجدت مبالغ، تعرض الصفحة قيمتها وطريقة دفعها. الشهادة صالحة لثلاثة أشهر.',
      ckb: 'ئەگەر تۆمارەکانت هیچ قەرزێک نیشان نەدەن، بەڵگەنامەکە یەکسەر بە ئۆنلاین دەردەچێت. ئەگەر قەرزێک هەبێت، پەڕەکە بڕەکەی و چۆنیەتیی دانەوەی نیشان دەدات. بەڵگەنامەکە بۆ سێ مانگ کارایە.',
      fr: 'L’attestation est délivrée immédiatement en ligne si votre dossier ne montre aucune somme due. Dans le cas contraire, la page indique le montant et comment le régler. L’attestation est valable trois mois.',
    },
    audiences: ['citizen', 'resident', 'business'],
    keywords: ['tax clearance', 'no objection', 'tax certificate', 'براءة ذمة', 'براءة ذمة ضريبية', 'پاکبوونەوەی باج', 'بەرائەتی زیممە', 'quitus fiscal', 'attestation fiscale'],
    channels: [online('tax/clearance'), inPerson(TAX_OFFICE), phone(TAX_PHONE)],
    fees: [fee(10000, { en: 'Per certificate', ar: 'لكل شهادة', ckb: 'بۆ هەر بەڵگەنامەیەک', fr: 'Par attestation' })],
    documents: [NATIONAL_ID],
    processingTime: workingDays(3),
    hasEligibilityCheck: false,
  },
];

export const justiceServices: DemoService[] = [
  {
    id: 'criminal-record-certificate',
    category: 'justice',
    name: { en: 'Criminal record certificate', ar: 'شهادة عدم المحكومية', ckb: 'بەڵگەنامەی پاکیی پێشینەی تاوان', fr: 'Extrait de casier judiciaire' },
    summary: {
      en: 'A certificate showing whether you have any criminal convictions, often needed for jobs and visas.',
      ar: 'شهادة تبيّن ما إذا كانت لديك أحكام جنائية، تُطلب غالباً للوظائف والتأشيرات.',
      ckb: 'بەڵگەنامەیەک کە نیشان دەدات ئایا هیچ حوکمێکی تاوانت لەسەرە، زۆرجار بۆ کار و ڤیزا پێویستە.',
      fr: 'Un document indiquant si vous avez des condamnations pénales, souvent demandé pour un emploi ou un visa.',
    },
    description: {
      en: 'Apply online and give your fingerprints at the nearest police directorate. The certificate is valid for six months. For use abroad, have it stamped by the foreign ministry.',
      ar: 'قدّم الطلب إلكترونياً وأعطِ بصماتك في أقرب مديرية شرطة. الشهادة صالحة لستة أشهر. لاستخدامها في الخارج، صدّقها من وزارة الخارجية.',
      ckb: 'بە ئۆنلاین داواکاری پێشکەش بکە و لە نزیکترین بەڕێوەبەرایەتیی پۆلیس پەنجەمۆر بدە. بەڵگەنامەکە بۆ شەش مانگ کارایە. بۆ بەکارهێنان لە دەرەوە، لە وەزارەتی دەرەوە مۆری بکە.',
      fr: 'Faites la demande en ligne et donnez vos empreintes au commissariat central le plus proche. Le document est valable six mois. Pour l’étranger, faites-le légaliser par le ministère des Affaires étrangères.',
    },
    audiences: ['citizen', 'resident'],
    keywords: ['criminal record', 'police clearance', 'good conduct', 'background check', 'non-conviction', 'عدم محكومية', 'حسن سيرة وسلوك', 'سوابق', 'پێشینەی تاوان', 'پاکیی پێشینە', 'casier judiciaire', 'bulletin n°3'],
    channels: [online('justice/criminal-record'), inPerson(COURTHOUSE), sms('5230', SMS_STATUS_NOTE)],
    fees: [fee(5000, { en: 'Per certificate', ar: 'لكل شهادة', ckb: 'بۆ هەر بەڵگەنامەیەک', fr: 'Par extrait' })],
    documents: [NATIONAL_ID, PHOTOS],
    processingTime: workingDays(5, 2),
    hasEligibilityCheck: false,
  },
  {
    id: 'power-of-attorney',
    category: 'justice',
    name: { en: 'Power of attorney', ar: 'الوكالة العامة والخاصة', ckb: 'وەکالەتنامە', fr: 'Procuration' },
    summary: {
      en: 'Authorise someone you trust to act for you, for example to sell property or collect documents.',
      ar: 'فوّض شخصاً تثق به للتصرف نيابة عنك، مثل بيع عقار أو استلام وثائق.',
      ckb: 'ڕێگە بە کەسێکی متمانەپێکراو بدە لە جیاتی تۆ کار بکات، بۆ نموونە فرۆشتنی موڵک یان وەرگرتنی بەڵگەنامە.',
      fr: 'Autoriser une personne de confiance à agir en votre nom, par exemple pour vendre un bien ou retirer des documents.',
    },
    description: {
      en: 'Both people come to the notary with their ID; a power of attorney for property also needs the title deed. Citizens living abroad can sign at an embassy and send it by post. You can cancel a power of attorney at any time.',
      ar: 'يحضر الطرفان إلى كاتب العدل مع هوياتهما، وتتطلب الوكالة الخاصة بالعقار سند الملكية أيضاً. يمكن للمواطنين المقيمين في الخارج التوقيع في السفارة وإرسالها بالبريد. يمكنك إلغاء الوكالة في أي وقت.',
      ckb: 'هەردوو لایەن لەگەڵ ناسنامەکانیان دێنە لای نووسەری داد؛ وەکالەتنامەی موڵک تاپۆشی پێویستە. هاووڵاتیانی دانیشتووی دەرەوە دەتوانن لە باڵیۆزخانە واژۆی بکەن و بە پۆست بینێرن. هەر کاتێک دەتوانیت وەکالەتنامە هەڵبوەشێنیتەوە.',
      fr: 'Les deux personnes se présentent chez le notaire avec leur pièce d’identité ; une procuration immobilière exige aussi le titre de propriété. Les citoyens résidant à l’étranger peuvent signer dans une ambassade et l’envoyer par la poste. Vous pouvez révoquer une procuration à tout moment.',
    },
    audiences: ['citizen', 'resident'],
    keywords: ['power of attorney', 'proxy', 'notary', 'attorney', 'wakala', 'وكالة', 'كاتب العدل', 'كاتب عدل', 'وەکالەت', 'نووسەری داد', 'procuration', 'notaire'],
    channels: [
      inPerson(COURTHOUSE),
      phone('+964 1 555 0230'),
      post({
        en: 'Notary Public Office, Palace of Justice, PO Box 77, Baghdad',
        ar: 'دائرة كاتب العدل، قصر العدالة، ص.ب 77، بغداد',
        ckb: 'فەرمانگەی نووسەری داد، کۆشکی دادپەروەری، سندوقی پۆستە ٧٧، بەغدا',
        fr: 'Office notarial, Palais de justice, BP 77, Bagdad',
      }),
    ],
    fees: [
      fee(15000, { en: 'Special power of attorney', ar: 'وكالة خاصة', ckb: 'وەکالەتنامەی تایبەت', fr: 'Procuration spéciale' }),
      fee(30000, { en: 'General power of attorney', ar: 'وكالة عامة', ckb: 'وەکالەتنامەی گشتی', fr: 'Procuration générale' }),
    ],
    documents: [{ ...NATIONAL_ID, note: { en: 'For both people', ar: 'لكلا الطرفين', ckb: 'بۆ هەردوو لایەن', fr: 'Pour les deux personnes' } }, { name: { en: 'Title deed, for property', ar: 'سند الملكية في حالة العقار', ckb: 'تاپۆ، بۆ موڵک', fr: 'Titre de propriété, pour un bien immobilier' }, optional: true }],
    processingTime: workingDays(1),
    hasEligibilityCheck: false,
  },
];
