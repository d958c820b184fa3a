// <diwan-feedback> in Arabic, Sorani and French: direction, strings, plurals and numbers through Intl.
import { expect, waitUntil } from '@open-wc/testing';
import { loadLocale } from '../shared/i18n.js';
import { intlLocales } from '../shared/locale-controller.js';
import { $, announcer, feedbackWidget, part, recordingBackend, text, typeComment, untilPart } from './test-support.js';

describe('<diwan-feedback> languages', () => {
  before(() => Promise.all([loadLocale('ar'), loadLocale('ckb'), loadLocale('fr')]));

  it('is right-to-left in Arabic, with Arabic plurals and Arabic-Indic digits from Intl', async () => {
    const { backend, sent } = recordingBackend({ maxCommentLength: 1200 });
    const el = await feedbackWidget(backend, {}, { lang: 'ar' });
    await untilPart(el, 'answers');
    const root = part(el, 'base')!;
    expect(root.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(root).direction).to.equal('rtl');
    expect(text(part(el, 'title'))).to.equal('هل كانت هذه الصفحة مفيدة؟');
    // in right-to-left, "Yes" comes first from the right
    expect(part(el, 'yes-button')!.getBoundingClientRect().left).to.be.greaterThan(part(el, 'no-button')!.getBoundingClientRect().left);
    await expect(el).to.be.accessible();

    part(el, 'yes-button')!.click();
    await untilPart(el, 'comment');
    expect(text(part(el, 'title'))).to.equal('شكرًا على ملاحظاتك');
    expect(text(part(el, 'details-title'))).to.equal('أخبرنا بالمزيد (اختياري)');
    expect(text(announcer(el))).to.equal('لقد استلمناها.');
    const remaining = (count: number) => new Intl.NumberFormat('ar').format(count);
    await typeComment(el, 'x'.repeat(1197));
    expect(text(part(el, 'count'))).to.equal(`يتبقى لك ${remaining(3)} أحرف`); // few
    await typeComment(el, 'x'.repeat(1199));
    expect(text(part(el, 'count'))).to.equal('يتبقى لك حرف واحد'); // one
    await typeComment(el, 'x'.repeat(1198));
    expect(text(part(el, 'count'))).to.equal('يتبقى لك حرفان'); // two
    await typeComment(el, 'اتصل بي على ٠٧٥٠ ١٢٣ ٤٥٦٧ أو ۰۷۷۰ ۹۸۷ ۶۵۴۳');
    expect(text(part(el, 'will-remove'))).to.equal('عند الإرسال سنحذف رقمَي هاتف.');
    await expect(el).to.be.accessible();
    part(el, 'send-button')!.click();
    await waitUntil(() => sent.length === 2 && part(el, 'details') === null, 'the details are sent');
    expect(sent[0]).to.include({ locale: 'ar', useful: true });
    expect(sent[1]).to.include({ locale: 'ar', comment: 'اتصل بي على [phone] أو [phone]', followUpOf: sent[0]!.idempotencyKey });
    expect(text(part(el, 'title'))).to.equal('شكرًا لأنك أخبرتنا بالمزيد');
    expect(text(part(el, 'thanks'))).to.contain('حذفنا رقمَي هاتف من تعليقك قبل إرساله.');
  });

  it('speaks Sorani right-to-left and lists what was removed with Intl.ListFormat', async () => {
    const el = await feedbackWidget(recordingBackend().backend, {}, { lang: 'ckb' });
    await untilPart(el, 'answers');
    expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
    expect(text(part(el, 'problem-button'))).to.equal('ڕاپۆرتکردنی کێشەیەک لەم پەڕەیەدا');
    part(el, 'yes-button')!.click();
    await untilPart(el, 'comment');
    await typeComment(el, 'karwan@example.com ٠٧٥٠ ١٢٣ ٤٥٦٧');
    const list = new Intl.ListFormat(intlLocales('ckb'), { type: 'conjunction' }).format([
      `${new Intl.NumberFormat(intlLocales('ckb')).format(1)} ئیمەیڵ`, `${new Intl.NumberFormat(intlLocales('ckb')).format(1)} ژمارەی تەلەفۆن`,
    ]);
    expect(text(part(el, 'will-remove'))).to.equal(`کاتێک دەینێریت، ${list} دەسڕینەوە.`);
    expect(list, 'no English "and" inside Kurdish').not.to.contain(' and ');
    await expect(el).to.be.accessible();
  });

  it('follows a language change live, in French', async () => {
    const el = await feedbackWidget(recordingBackend().backend);
    await untilPart(el, 'answers');
    el.parentElement!.lang = 'fr';
    await waitUntil(() => text(part(el, 'title')) === 'Cette page vous a-t-elle été utile ?', 'the title in French');
    expect(part(el, 'base')!.getAttribute('dir')).to.equal('ltr');
    part(el, 'yes-button')!.click();
    await untilPart(el, 'comment');
    expect(part(el, 'count')!.textContent!.trim()).to.equal(`Il vous reste ${new Intl.NumberFormat('fr').format(1200)} caractères`);
    expect(text($(el, 'legend'))).to.equal('Êtes-vous satisfait de ce service ?');
    expect(text(part(el, 'title'))).to.equal('Merci pour votre avis');
    expect(text(part(el, 'details-title'))).to.equal('Dites-nous en plus (facultatif)');
  });
});
