// How to get the service, from its channels: apply online, call, write, or visit an office (with hours).
import { html, nothing, type TemplateResult } from 'lit';
import type { Channel, OpeningHours, Weekday } from '@diwan/client';
import type { LocaleController } from '../shared/locale-controller.js';
import { mailtoHref } from '../shared/mailto.js';

const WEEK: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
// 1 January 2024 was a Monday: only used to get Intl's weekday names
const weekdayName = (locale: LocaleController, day: Weekday) =>
  locale.date(new Date(Date.UTC(2024, 0, 1 + WEEK.indexOf(day))), { weekday: 'long', timeZone: 'UTC' });
const clock = (locale: LocaleController, time: string) => {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return locale.date(new Date(Date.UTC(2024, 0, 1, hours, minutes)), { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
};

function hoursText(locale: LocaleController, hours: OpeningHours): string {
  const days = hours.days.map((day) => weekdayName(locale, day));
  const consecutive = hours.days.every((day, i) => i === 0 || WEEK.indexOf(day) === (WEEK.indexOf(hours.days[i - 1]!) + 1) % 7);
  const dayText = consecutive && days.length >= 3
    ? locale.t('eligibility:channels.dayRange', { from: days[0], to: days[days.length - 1] })
    : locale.list(days);
  return locale.t('eligibility:channels.hours', { days: dayText, opens: clock(locale, hours.opens), closes: clock(locale, hours.closes) });
}

const isHttps = (url: string | undefined): url is string => typeof url === 'string' && /^https:\/\//i.test(url);

function renderChannel(locale: LocaleController, channel: Channel): TemplateResult | typeof nothing {
  const t = (key: string) => locale.t(`eligibility:channels.${key}`);
  const hours = channel.hours?.length
    ? html`<ul class="hours">${channel.hours.map((entry) => html`<li>${hoursText(locale, entry)}</li>`)}</ul>`
    : nothing;
  switch (channel.kind) {
    case 'online':
      return isHttps(channel.url)
        ? html`<li class="channel"><a class="button" part="apply-link" href=${channel.url}>${locale.text(channel.label) || t('online')}</a></li>`
        : nothing;
    case 'phone':
      return channel.phone
        ? html`<li class="channel"><span class="channel-label">${t('phone')}</span>
            <a href=${`tel:${channel.phone.replace(/[^\d+]/g, '')}`}><bdi>${channel.phone}</bdi></a>${hours}</li>`
        : nothing;
    case 'email':
      return channel.email
        ? html`<li class="channel"><span class="channel-label">${t('email')}</span> <a href=${mailtoHref(channel.email) ?? nothing}><bdi>${channel.email}</bdi></a></li>`
        : nothing;
    case 'in_person':
      return channel.address
        ? html`<li class="channel"><span class="channel-label">${t('in_person')}</span><address>${locale.text(channel.address)}</address>${hours}</li>`
        : nothing;
    default:
      return nothing;
  }
}

/** The service's channels; without `includeOnline`, only the ways to ask a person (for "not eligible"). */
export function renderChannels(locale: LocaleController, channels: readonly Channel[], includeOnline: boolean): TemplateResult | typeof nothing {
  const shown = channels.filter((channel) => includeOnline || channel.kind !== 'online');
  return shown.length ? html`<ul class="channels" part="channels">${shown.map((channel) => renderChannel(locale, channel))}</ul>` : nothing;
}
