// What citizens wrote in the demo history, by rating (index 0: one star), in the languages they wrote
// in, already redacted in their browsers (hence the [phone] and [email] placeholders).
export const INSIGHTS_COMMENTS: readonly (readonly string[])[] = [
  [
    'Waited three weeks past the promised date and nobody answered the phone.',
    'انتظرت أكثر من شهر ولم يتصل بي أحد. رقمي [phone]',
    'هیچ وەڵامێکم وەرنەگرتەوە، سێ جار چوومە نووسینگە.',
    'Le site plante au moment du paiement, impossible de finir la demande.',
  ],
  [
    'The form lost my answers twice.',
    'الموقع بطيء جداً والتعليمات غير واضحة.',
    'ڕێنماییەکان ئاڵۆز بوون، نەمزانی چ بەڵگەنامەیەک پێویستە.',
    'Trop de documents demandés, et la liste n’est pas la même au guichet.',
  ],
  [
    'It worked in the end but took longer than it said.',
    'الخدمة مقبولة لكن الطابور عند الشباك طويل.',
    'باش بوو بەڵام ماوەکەی درێژ بوو.',
    'Correct, mais j’ai dû écrire à [email] pour avoir une réponse.',
  ],
  [
    'Clear steps, and the SMS updates helped.',
    'الخطوات واضحة ووصلتني رسائل التحديث.',
    'خێرا بوو، سوپاس.',
    'Démarche claire, réponse en une semaine.',
  ],
  [
    'Done online in ten minutes, card arrived early.',
    'أنجزت الطلب من البيت خلال دقائق، شكراً.',
    'زۆر باش بوو، پێویست نەبوو بچمە نووسینگە.',
    'Parfait, tout en ligne et sans attente.',
  ],
];
