// The sample ministry page's own script. Everything Diwan needs is the one import below plus plain
// HTML attributes; the rest is what a host site would do anyway: translate its own chrome, switch
// language (Diwan widgets follow <html lang> live), and listen to the widgets' typed events.
import '@diwan/elements/define.js';
import type { DiwanServiceSelectEvent } from '@diwan/elements';

type Lang = 'en' | 'ar' | 'ckb' | 'fr';
const LANGS: readonly Lang[] = ['en', 'ar', 'ckb', 'fr'];
const RTL: ReadonlySet<Lang> = new Set(['ar', 'ckb']);

const STRINGS = {
  en: {
    docTitle: 'Ministry of Interior — e-Services',
    skip: 'Skip to main content',
    ministry: 'Ministry of Interior',
    portal: 'e-Services portal',
    languages: 'Language',
    mainNav: 'Main',
    navServices: 'Services',
    navEligibility: 'Check eligibility',
    navTracking: 'Track a request',
    navEvents: 'Event log',
    title: 'Government services, in one place',
    lead: 'Find a service, see what you need to bring, and apply online or at the nearest office.',
    servicesHeading: 'Service catalogue',
    eligibilityHeading: 'Check your eligibility',
    trackingHeading: 'Track a request',
    pending: 'This part of the page is not available yet.',
    eventsHeading: 'Event log',
    eventsHint: 'What the widgets tell this page (typed DOM events). A ministry would send these to its own analytics.',
    eventsEmpty: 'No events yet: open a service.',
    eventsClear: 'Clear the log',
    feedbackHeading: 'Was this page useful?',
    staffHeading: 'Ministry staff',
    staffNote: 'For service managers: how citizens rate and use the services (sample data).',
    footer: 'Sample page for the Diwan SDK. All services and data are fictional.',
  },
  ar: {
    docTitle: 'وزارة الداخلية — الخدمات الإلكترونية',
    skip: 'انتقل إلى المحتوى الرئيسي',
    ministry: 'وزارة الداخلية',
    portal: 'بوابة الخدمات الإلكترونية',
    languages: 'اللغة',
    mainNav: 'القائمة الرئيسية',
    navServices: 'الخدمات',
    navEligibility: 'التحقق من الأهلية',
    navTracking: 'تتبع طلب',
    navEvents: 'سجل الأحداث',
    title: 'الخدمات الحكومية في مكان واحد',
    lead: 'ابحث عن خدمة، واعرف ما تحتاج إلى إحضاره، وقدّم طلبك عبر الإنترنت أو في أقرب مكتب.',
    servicesHeading: 'دليل الخدمات',
    eligibilityHeading: 'تحقق من أهليتك',
    trackingHeading: 'تتبع طلب',
    pending: 'هذا الجزء من الصفحة غير متاح بعد.',
    eventsHeading: 'سجل الأحداث',
    eventsHint: 'ما تخبر به الأدوات هذه الصفحة (أحداث DOM مكتوبة الأنواع). يمكن للوزارة إرسالها إلى نظام التحليلات الخاص بها.',
    eventsEmpty: 'لا توجد أحداث بعد: افتح خدمة.',
    eventsClear: 'مسح السجل',
    feedbackHeading: 'هل كانت هذه الصفحة مفيدة؟',
    staffHeading: 'موظفو الوزارة',
    staffNote: 'لمديري الخدمات: كيف يقيّم المواطنون الخدمات وكيف يستخدمونها (بيانات تجريبية).',
    footer: 'صفحة تجريبية لحزمة ديوان. جميع الخدمات والبيانات خيالية.',
  },
  ckb: {
    docTitle: 'وەزارەتی ناوخۆ — خزمەتگوزارییە ئەلیکترۆنییەکان',
    skip: 'بڕۆ بۆ ناوەڕۆکی سەرەکی',
    ministry: 'وەزارەتی ناوخۆ',
    portal: 'دەروازەی خزمەتگوزارییە ئەلیکترۆنییەکان',
    languages: 'زمان',
    mainNav: 'لیستی سەرەکی',
    navServices: 'خزمەتگوزارییەکان',
    navEligibility: 'پشکنینی شایستەبوون',
    navTracking: 'بەدواداچوونی داواکاری',
    navEvents: 'تۆماری ڕووداوەکان',
    title: 'خزمەتگوزارییە حکومییەکان، لە یەک شوێندا',
    lead: 'خزمەتگوزارییەک بدۆزەرەوە، بزانە چی پێویستە لەگەڵ خۆت بیهێنیت، و بە ئۆنلاین یان لە نزیکترین نووسینگە داوا پێشکەش بکە.',
    servicesHeading: 'لیستی خزمەتگوزارییەکان',
    eligibilityHeading: 'شایستەبوونی خۆت بپشکنە',
    trackingHeading: 'بەدواداچوونی داواکاری',
    pending: 'ئەم بەشەی پەڕەکە هێشتا بەردەست نییە.',
    eventsHeading: 'تۆماری ڕووداوەکان',
    eventsHint: 'ئەوەی ئامرازەکان بە ئەم پەڕەیە دەڵێن (ڕووداوی DOM ی جۆرکراو). وەزارەت دەتوانێت بیاننێرێت بۆ سیستەمی شیکاری خۆی.',
    eventsEmpty: 'هێشتا هیچ ڕووداوێک نییە: خزمەتگوزارییەک بکەرەوە.',
    eventsClear: 'سڕینەوەی تۆمار',
    feedbackHeading: 'ئایا ئەم پەڕەیە بەسوود بوو؟',
    staffHeading: 'فەرمانبەرانی وەزارەت',
    staffNote: 'بۆ بەڕێوەبەرانی خزمەتگوزاری: هاووڵاتیان چۆن خزمەتگوزارییەکان هەڵدەسەنگێنن و بەکاریان دەهێنن (داتای نموونە).',
    footer: 'پەڕەیەکی نموونەیی بۆ Diwan SDK. هەموو خزمەتگوزاری و زانیارییەکان خەیاڵین.',
  },
  fr: {
    docTitle: 'Ministère de l’Intérieur — Services en ligne',
    skip: 'Aller au contenu principal',
    ministry: 'Ministère de l’Intérieur',
    portal: 'Portail des services en ligne',
    languages: 'Langue',
    mainNav: 'Menu principal',
    navServices: 'Services',
    navEligibility: 'Vérifier l’éligibilité',
    navTracking: 'Suivre une demande',
    navEvents: 'Journal des évènements',
    title: 'Les services publics, en un seul endroit',
    lead: 'Trouvez un service, voyez quels documents apporter, et faites votre demande en ligne ou au bureau le plus proche.',
    servicesHeading: 'Catalogue des services',
    eligibilityHeading: 'Vérifiez votre éligibilité',
    trackingHeading: 'Suivre une demande',
    pending: 'Cette partie de la page n’est pas encore disponible.',
    eventsHeading: 'Journal des évènements',
    eventsHint: 'Ce que les composants signalent à cette page (évènements DOM typés). Un ministère les enverrait à ses propres statistiques.',
    eventsEmpty: 'Aucun évènement pour l’instant : ouvrez un service.',
    eventsClear: 'Vider le journal',
    feedbackHeading: 'Cette page vous a-t-elle été utile ?',
    staffHeading: 'Agents du ministère',
    staffNote: 'Pour les responsables de service : comment les citoyens jugent et utilisent les services (données fictives).',
    footer: 'Page d’exemple du SDK Diwan. Tous les services et données sont fictifs.',
  },
} satisfies Record<Lang, Record<string, string>>;
type StringKey = keyof (typeof STRINGS)['en'];

const MAX_LOG_ENTRIES = 30;
/** Every event a Diwan widget fires (all bubble and cross shadow roots, so the document hears them). */
const WIDGET_EVENTS = [
  'diwan-service-select', 'diwan-eligibility-result', 'diwan-request-found', 'diwan-feedback-submit', 'diwan-insights-query', 'diwan-error',
];
let currentLang: Lang = 'en';

function isLang(value: string | null | undefined): value is Lang {
  return LANGS.includes(value as Lang);
}

/** ?lang=ar wins (shareable links, screenshots), then the browser's languages, then English. */
function initialLang(): Lang {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (isLang(fromUrl)) return fromUrl;
  for (const preferred of navigator.languages) {
    const base = preferred.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}

function text(key: StringKey): string {
  return STRINGS[currentLang][key];
}

function applyLanguage(lang: Lang): void {
  currentLang = lang;
  const root = document.documentElement;
  // Diwan widgets inherit <html lang> and re-render live; `dir` mirrors the page's own layout.
  root.lang = lang;
  root.dir = RTL.has(lang) ? 'rtl' : 'ltr';
  document.title = text('docTitle');
  for (const element of document.querySelectorAll<HTMLElement>('[data-text]')) {
    element.textContent = text(element.dataset['text'] as StringKey);
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-label]')) {
    element.setAttribute('aria-label', text(element.dataset['label'] as StringKey));
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset['lang'] === lang));
  }
  const url = new URL(location.href);
  url.searchParams.set('lang', lang);
  history.replaceState(null, '', url);
}

function logEvent(type: string, details: string): void {
  const list = document.querySelector<HTMLOListElement>('.event-log__list');
  if (!list) return;
  const entry = document.createElement('li');
  const time = document.createElement('time');
  const now = new Date();
  time.dateTime = now.toISOString();
  time.textContent = new Intl.DateTimeFormat(currentLang, { timeStyle: 'medium' }).format(now);
  const name = document.createElement('code');
  name.textContent = type;
  name.dir = 'ltr';
  const detail = document.createElement('span');
  detail.className = 'event-log__detail';
  detail.textContent = details;
  // isolated: a time or an id read left to right must not scramble a right-to-left line
  time.dir = 'auto';
  detail.dir = 'auto';
  entry.append(time, ' ', name, ' ', detail);
  list.prepend(entry);
  while (list.children.length > MAX_LOG_ENTRIES) list.lastElementChild?.remove();
  document.documentElement.classList.add('has-events');
}

/** An event's own fields (the typed events carry them as properties, not in `detail`). */
function describeEvent(event: Event): string {
  return Object.entries(event)
    .filter(([key, value]) => key !== 'isTrusted' && value !== undefined && typeof value !== 'function')
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(', ') : String(value)}`)
    .join(' · ');
}

function listenToWidgets(): void {
  for (const type of WIDGET_EVENTS) {
    document.addEventListener(type, (event) => logEvent(type, describeEvent(event)));
  }
  // What a host does with the catalogue's "check if you can get this": point the checker at the service.
  document.addEventListener('diwan-service-select', (event) => {
    const { serviceId, action } = event as DiwanServiceSelectEvent;
    const checker = document.querySelector('diwan-eligibility-checker');
    if (action !== 'check-eligibility' || !checker) return;
    checker.setAttribute('service', serviceId);
    document.getElementById('eligibility')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    // keyboard and screen-reader users land where the check starts, not back at the catalogue
    document.getElementById('eligibility-heading')?.focus({ preventScroll: true });
  });
}

function wireControls(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-lang]')) {
    button.addEventListener('click', () => {
      const lang = button.dataset['lang'];
      if (isLang(lang)) applyLanguage(lang);
    });
  }
  document.querySelector('.event-log__clear')?.addEventListener('click', () => {
    document.querySelector('.event-log__list')?.replaceChildren();
    document.documentElement.classList.remove('has-events');
  });
}

applyLanguage(initialLang());
wireControls();
listenToWidgets();
// Tags are defined now (the import above ran first): sections whose widget is not built yet say so.
document.documentElement.classList.add('diwan-loaded');
