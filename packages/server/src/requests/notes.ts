// Timeline notes the server writes when a caseworker sends none: the citizen reads them in the tracker,
// so they exist in every locale the widgets ship (en, ar, ckb, fr).
import type { LocalizedText } from '@diwan/client/schemas';

export const DEFAULT_NOTES = {
  expectedChanged: {
    en: 'The expected date has changed.',
    ar: 'تغيّر الموعد المتوقع.',
    ckb: 'بەرواری چاوەڕوانکراو گۆڕدرا.',
    fr: 'La date prévue a changé.',
  },
  actionDone: {
    en: 'Thank you: we have received what we asked for.',
    ar: 'شكرًا لك: استلمنا ما طلبناه.',
    ckb: 'سوپاس: ئەوەی داوامان کردبوو وەرمانگرت.',
    fr: 'Merci : nous avons reçu ce que nous avions demandé.',
  },
  officeAssigned: {
    en: 'Your request is now handled by another office: see its details.',
    ar: 'يتولى طلبك الآن مكتب آخر: انظر تفاصيله.',
    ckb: 'ئێستا نووسینگەیەکی تر داواکارییەکەت بەڕێوە دەبات: وردەکارییەکانی ببینە.',
    fr: 'Votre demande est désormais traitée par un autre bureau : voir ses coordonnées.',
  },
} satisfies Record<string, LocalizedText>;
