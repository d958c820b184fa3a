import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml, render } from 'lit';
import { LocaleController } from './locale-controller.js';
import { addStrings, localeDirection } from './i18n.js';

class LocaleProbe extends LitElement {
  readonly locale = new LocaleController(this);
  override render() {
    return litHtml`<p dir=${this.locale.dir} lang=${this.locale.lang}>${this.locale.t('common:retry')}</p>`;
  }
}
customElements.define('locale-probe', LocaleProbe);

/** Wraps the probe in another element's shadow root, to test resolution across shadow boundaries. */
class ShadowWrapper extends LitElement {
  override render() {
    return litHtml`<section lang="fr"><locale-probe></locale-probe></section>`;
  }
}
customElements.define('shadow-wrapper', ShadowWrapper);

const text = (el: LocaleProbe) => el.shadowRoot!.querySelector('p')!.textContent!.trim();

describe('LocaleController', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('uses the element lang first, then the closest ancestor, then <html lang>', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"><locale-probe lang="ar"></locale-probe><locale-probe></locale-probe></div>`);
    const [own, inherited] = [...wrapper.querySelectorAll<LocaleProbe>('locale-probe')];
    expect(own!.locale.lang).to.equal('ar');
    expect(inherited!.locale.lang).to.equal('fr');
    document.documentElement.setAttribute('lang', 'ckb');
    const bare = await fixture<LocaleProbe>(html`<locale-probe></locale-probe>`);
    expect(bare.locale.lang).to.equal('ckb');
  });

  it('finds the closest lang across a shadow root', async () => {
    const wrapper = await fixture<ShadowWrapper>(html`<shadow-wrapper></shadow-wrapper>`);
    const probe = wrapper.shadowRoot!.querySelector<LocaleProbe>('locale-probe')!;
    expect(probe.locale.lang).to.equal('fr');
    wrapper.shadowRoot!.querySelector('section')!.setAttribute('lang', 'ar');
    await waitUntil(() => probe.locale.lang === 'ar', 'lang change inside a shadow root was not seen');
  });

  it('falls back to the base language, then English, for unknown tags', async () => {
    const el = await fixture<LocaleProbe>(html`<locale-probe lang="ar-IQ"></locale-probe>`);
    expect(el.locale.lang).to.equal('ar');
    el.setAttribute('lang', 'xx');
    await waitUntil(() => el.locale.lang === 'en');
  });

  it('loads Arabic lazily and re-renders live when an ancestor lang changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><locale-probe></locale-probe></div>`);
    const probe = wrapper.querySelector<LocaleProbe>('locale-probe')!;
    expect(text(probe)).to.equal('Try again');
    wrapper.setAttribute('lang', 'ar');
    await waitUntil(() => text(probe) === 'حاول مرة أخرى', 'Arabic strings did not arrive');
    const p = probe.shadowRoot!.querySelector('p')!;
    expect(p.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(p).direction).to.equal('rtl');
  });

  it('lets a host override a string or add a language at run time', async () => {
    const el = await fixture<LocaleProbe>(html`<locale-probe lang="de"></locale-probe>`);
    expect(el.locale.lang).to.equal('en'); // not known yet
    addStrings('de', { common: { retry: 'Erneut versuchen' } });
    el.setAttribute('lang', 'de-AT');
    await waitUntil(() => text(el) === 'Erneut versuchen', 'the added German string was not used');
    addStrings('de', { common: { retry: 'Nochmal' } });
    await waitUntil(() => text(el) === 'Nochmal', 'the override did not re-render');
  });

  it('formats numbers, money, dates and lists through Intl in the element language', async () => {
    const el = await fixture<LocaleProbe>(html`<locale-probe lang="ar"></locale-probe>`);
    expect(el.locale.number(2026)).to.equal(new Intl.NumberFormat('ar').format(2026));
    expect(el.locale.currency(25000, 'IQD')).to.equal(new Intl.NumberFormat('ar', { style: 'currency', currency: 'IQD', maximumFractionDigits: 0 }).format(25000));
    expect(el.locale.date('2026-03-01T10:00:00Z', { year: 'numeric' })).to.equal(new Intl.DateTimeFormat('ar', { year: 'numeric' }).format(new Date('2026-03-01T10:00:00Z')));
    expect(el.locale.date('not a date')).to.equal('');
    el.setAttribute('lang', 'fr');
    await waitUntil(() => el.locale.lang === 'fr');
    expect(el.locale.list(['a', 'b', 'c'])).to.equal('a, b et c');
  });

  it('never formats Kurdish dates in English: falls back to a right-to-left locale the browser has', async () => {
    const el = await fixture<LocaleProbe>(html`<locale-probe lang="ckb"></locale-probe>`);
    const monday = new Date('2026-11-23T12:00:00Z');
    const weekday = el.locale.date(monday, { weekday: 'long', timeZone: 'UTC' });
    expect(weekday).not.to.equal('Monday');
    expect(weekday).to.match(/[\u0600-\u06FF]/);
  });

  it('never writes relative times in English inside Kurdish or Arabic, and names the language it wrote', async () => {
    const el = await fixture<LocaleProbe>(html`<locale-probe lang="ckb"></locale-probe>`);
    const samples = ([[-1, 'day'], [6, 'day'], [2, 'week'], [-3, 'hour'], [1, 'month']] as const).map(([value, unit]) => el.locale.relativeTime(value, unit));
    expect(samples.filter((sample) => /[A-Za-z]/.test(sample)), 'Latin letters in Kurdish relative times').to.deep.equal([]);
    expect(['ckb', 'ar']).to.include(el.locale.relativeTimeLang);
    expect(['ckb', 'ar']).to.include(el.locale.dateLang);
    el.setAttribute('lang', 'ar');
    await waitUntil(() => el.locale.lang === 'ar');
    expect(el.locale.relativeTime(-1, 'day')).to.equal(new Intl.RelativeTimeFormat('ar', { numeric: 'auto' }).format(-1, 'day'));
    expect(el.locale.relativeTimeLang).to.equal('ar');
  });

  it('marks a date written in another language than the element\'s with that language', async () => {
    const el = await fixture<LocaleProbe>(html`<locale-probe lang="ckb"></locale-probe>`);
    const host = document.createElement('div');
    render(html`<p>${el.locale.dateMarkup('2026-11-29T12:00:00Z', { dateStyle: 'long', timeZone: 'UTC' })}</p>`, host);
    const kurdishDates = new Intl.DateTimeFormat('ckb', { month: 'long' }).resolvedOptions().locale.startsWith('ckb');
    const span = host.querySelector('span[lang]');
    if (kurdishDates) expect(span, 'a Kurdish date needs no mark').to.equal(null);
    else expect(span?.getAttribute('lang')).to.equal('ar');
  });

  it('writes a lock-out wait in Kurdish, or in Arabic marked lang="ar", never in English; in English unmarked', async () => {
    const el = await fixture<LocaleProbe>(html`<locale-probe lang="ckb"></locale-probe>`);
    const host = document.createElement('div');
    render(html`<p>${el.locale.durationMarkup(60, 'second')}</p>`, host);
    const p = host.querySelector('p')!;
    expect(p.textContent, 'no Latin letters in a Kurdish duration').not.to.match(/[A-Za-z]/);
    // Chromium has no Kurdish units and Firefox writes "٦٠ s": both fall back to Arabic ("٦٠ ثانية"), marked as such
    const span = p.querySelector('span[lang]');
    if (/ثانية/.test(p.textContent!)) expect(span?.getAttribute('lang')).to.equal('ar');
    else expect(span, 'a Kurdish duration needs no mark').to.equal(null);
    el.setAttribute('lang', 'en');
    await waitUntil(() => el.locale.lang === 'en');
    render(html`<p>${el.locale.durationMarkup(2, 'minute')}</p>`, host);
    expect(host.querySelector('p')!.textContent).to.equal('2 minutes');
    expect(host.querySelector('span[lang]')).to.equal(null);
  });

  it('marks backend text that fell back to another language with it; a plain string (language unknown) stays unmarked', async () => {
    const el = await fixture<LocaleProbe>(html`<locale-probe lang="ar"></locale-probe>`);
    const host = document.createElement('div');
    const shown = (value: Parameters<typeof el.locale.textMarkup>[0]) => {
      render(html`<p>${el.locale.textMarkup(value)}</p>`, host);
      const span = host.querySelector('p > span[lang]');
      return [host.textContent!.trim(), span?.getAttribute('lang') ?? null];
    };
    expect(shown({ en: 'Graffiti' })).to.deep.equal(['Graffiti', 'en']);
    expect(shown({ en: 'Graffiti', ar: 'كتابة على الجدران' })).to.deep.equal(['كتابة على الجدران', null]);
    expect(shown('Graffiti')).to.deep.equal(['Graffiti', null]);
    expect(shown(undefined)).to.deep.equal(['', null]);
    expect(el.locale.textLang({ en: 'Graffiti' })).to.equal('en');
    expect(el.locale.textLang({ ar: 'كتابة', en: 'Graffiti' })).to.equal(undefined);
    expect(el.locale.textLang('Graffiti')).to.equal(undefined);
  });

  it('knows which languages are right-to-left', () => {
    expect(localeDirection('ar')).to.equal('rtl');
    expect(localeDirection('ckb')).to.equal('rtl');
    expect(localeDirection('ar-IQ')).to.equal('rtl');
    expect(localeDirection('fr')).to.equal('ltr');
  });
});
