// What citizens wrote in the demo history, by rating (index 0: one star), one comment in each language,
// already redacted in their browsers (hence the [phone] and [email] placeholders).
import type { Text4 } from './data/types.js';

export const INSIGHTS_COMMENTS: readonly Text4[] = [
  {
    en: 'Waited three weeks past the promised date and nobody answered the phone.',
    ar: 'انتظرت أكثر من شهر ولم يتصل بي أحد. رقمي [phone]',
    ckb: 'هیچ وەڵامێکم وەرنەگرتەوە، سێ جار چوومە نووسینگە.',
    fr: 'Le site plante au moment du paiement, impossible de finir la demande.',
  },
  {
    en: 'The form lost my answers twice.',
    ar: 'الموقع بطيء جداً والتعليمات غير واضحة.',
    ckb: 'ڕێنماییەکان ئاڵۆز بوون، نەمزانی چ بەڵگەنامەیەک پێویستە.',
    fr: 'Trop de documents demandés, et la liste n’est pas la même au guichet.',
  },
  {
    en: 'It worked in the end but took longer than it said.',
    ar: 'الخدمة مقبولة لكن الطابور عند الشباك طويل.',
    ckb: 'باش بوو بەڵام ماوەکەی درێژ بوو.',
    fr: 'Correct, mais j’ai dû écrire à [email] pour avoir une réponse.',
  },
  {
    en: 'Clear steps, and the SMS updates helped.',
    ar: 'الخطوات واضحة ووصلتني رسائل التحديث.',
    ckb: 'خێرا بوو، سوپاس.',
    fr: 'Démarche claire, réponse en une semaine.',
  },
  {
    en: 'Done online in ten minutes, card arrived early.',
    ar: 'أنجزت الطلب من البيت خلال دقائق، شكراً.',
    ckb: 'زۆر باش بوو، پێویست نەبوو بچمە نووسینگە.',
    fr: 'Parfait, tout en ligne et sans attente.',
  },
];
