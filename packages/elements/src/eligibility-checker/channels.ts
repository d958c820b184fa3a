// How to get the service, from its channels: apply online, call, write, or visit an office (with hours).
import { html, nothing, type TemplateResult } from 'lit';
import { isHttpsUrl } from '@diwan/client/core';
import type { Channel } from '@diwan/client';
import { emailLink, openingHoursMarkup, phoneLink } from '../shared/contact-views.js';
import type { LocaleController } from '../shared/locale-controller.js';

function renderChannel(locale: LocaleController, channel: Channel): TemplateResult | typeof nothing {
  const t = (key: string) => locale.t(`eligibility:channels.${key}`);
  const hours = channel.hours?.length
    ? html`<ul class="hours">${channel.hours.map((entry) => html`<li>${openingHoursMarkup(locale, entry)}</li>`)}</ul>`
    : nothing;
  switch (channel.kind) {
    case 'online':
      return isHttpsUrl(channel.url)
        ? html`<li class="channel"><a class="button" part="apply-link" href=${channel.url}>${locale.textMarkup(channel.label) || t('online')}</a></li>`
        : nothing;
    case 'phone':
      return channel.phone
        ? html`<li class="channel"><span class="channel-label">${t('phone')}</span>
            ${phoneLink(channel.phone)}${hours}</li>`
        : nothing;
    case 'email':
      return channel.email
        ? html`<li class="channel"><span class="channel-label">${t('email')}</span> ${emailLink(channel.email)}</li>`
        : nothing;
    case 'in_person':
      return channel.address
        ? html`<li class="channel"><span class="channel-label">${t('in_person')}</span><address>${locale.textMarkup(channel.address)}</address>${hours}</li>`
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
