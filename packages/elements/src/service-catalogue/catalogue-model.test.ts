// The stand-in for the search while its code loads (plainFold) folds text as the search does, so a
// query typed during that moment finds what the search finds a moment later.
import { expect } from '@open-wc/testing';
import { normalizeForSearch } from '@diwan/client/search';
import { demoCatalogue } from '@diwan/client/demo';
import { plainFold } from './catalogue-model.js';

const words = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ');

describe('plainFold (the search’s stand-in while its code loads)', () => {
  it('folds every demo service’s name, summary and keywords as normalizeForSearch does (Kurdish letters aside)', () => {
    const texts = demoCatalogue.services.flatMap((service) => [
      ...Object.values(service.name), ...Object.values(service.summary), ...(service.keywords ?? []),
    ]);
    expect(texts.length).to.be.greaterThan(100);
    for (const text of texts) {
      // the search keeps Kurdish ۆ ێ ڵ ڕ ڤ and folds them only for a query without them; plainFold always does
      expect(words(plainFold(text)), text).to.equal(plainFold(normalizeForSearch(text)));
    }
  });

  it('folds the letter variants, accents, harakat, tatweel and digits the search folds', () => {
    const pairs: Array<[string, string]> = [
      ['إعانة الأسرة', 'اعانه الاسره'], ['مستشفى', 'مستشفي'], ['كتاب', 'کتاب'], ['ٱلكتاب', 'الکتاب'],
      ['شَهادة', 'شهاده'], ['جـــواز', 'جواز'], ['Séjour ÉTÉ', 'sejour ete'], ['Main-d’œuvre', 'main-d’oeuvre'], ['٣٠ يومًا', '30 يوما'],
      ['پاسپۆرت', 'پاسپورت'], ['هەولێر', 'ههولير'],
    ];
    for (const [text, folded] of pairs) expect(plainFold(text), text).to.equal(folded);
  });
});
