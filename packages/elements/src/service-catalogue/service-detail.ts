// The detail view of one service: a pure template function of the locale and the service.
import { html, nothing, type TemplateResult } from 'lit';
import { isHttpsUrl } from '@diwan/client/core';
import type { Channel, OpeningHours, ProcessingTime, Service } from '@diwan/client';
import type { LocaleController } from '../shared/locale-controller.js';
import { DEFAULT_HEADING_LEVEL, heading } from '../shared/heading.js';
import { emailLink, openingHoursMarkup, phoneLink } from '../shared/contact-views.js';
import { backIcon } from '../shared/icons.js';
import { arrowIcon } from './icons.js';

export interface DetailHandlers {
  onBack: () => void;
  onCheckEligibility: () => void;
}

/** "Up to 5 working days" / "2 to 5 working days", with Intl plurals (Arabic has six forms). */
export function processingTimeText(locale: LocaleController, time: ProcessingTime): string {
  const unit = time.unit === 'day' && time.workingDays ? 'workingDay' : time.unit;
  const duration = locale.t(`catalogue:duration.${unit}`, { count: time.max, n: locale.number(time.max) });
  if (time.min !== undefined && time.min > 0 && time.min < time.max) {
    return locale.t('catalogue:time.range', { min: locale.number(time.min), duration });
  }
  return locale.t('catalogue:time.upTo', { duration });
}

function renderHours(locale: LocaleController, hours: OpeningHours[] | undefined): TemplateResult | typeof nothing {
  if (!hours?.length) return nothing;
  return html`<div class="hours">
    <span class="muted">${locale.t('catalogue:detail.openingHours')}</span>
    <ul class="plain">
      ${hours.map((entry) => html`<li>${openingHoursMarkup(locale, entry)}</li>`)}
    </ul>
  </div>`;
}

function renderChannelBody(locale: LocaleController, channel: Channel): TemplateResult | typeof nothing {
  switch (channel.kind) {
    case 'online':
      return isHttpsUrl(channel.url)
        ? html`<a class="button apply" part="apply-link" href=${channel.url}
            >${locale.textMarkup(channel.label) || locale.t('catalogue:channels.online')}${arrowIcon()}</a
          >`
        : nothing;
    case 'phone':
    case 'sms':
      return channel.phone ? phoneLink(channel.phone, channel.kind === 'sms' ? 'sms' : 'tel') : nothing;
    case 'email':
      return channel.email ? emailLink(channel.email) : nothing;
    default:
      return channel.address ? html`<address>${locale.textMarkup(channel.address)}</address>` : nothing;
  }
}

function renderChannel(locale: LocaleController, channel: Channel, level: number): TemplateResult {
  const label = channel.kind === 'online' ? '' : locale.textMarkup(channel.label) || locale.t(`catalogue:channels.${channel.kind}`);
  return html`<li class="channel" part="channel">
    ${label ? heading(level, label, { class: 'channel-label' }) : nothing} ${renderChannelBody(locale, channel)}
    ${channel.note ? html`<p class="muted">${locale.textMarkup(channel.note)}</p>` : nothing}
    ${renderHours(locale, channel.hours)}
  </li>`;
}

function renderSection(title: string, body: TemplateResult, level: number): TemplateResult {
  return html`<section class="detail-section">
    ${heading(level, title)}
    ${body}
  </section>`;
}

export function renderServiceDetail(
  locale: LocaleController,
  service: Service,
  categoryName: string | TemplateResult,
  handlers: DetailHandlers,
  level = DEFAULT_HEADING_LEVEL,
): TemplateResult {
  const t = (key: string) => locale.t(`catalogue:${key}`);
  const section = (title: string, body: TemplateResult) => renderSection(title, body, level + 1);
  const fees = service.fees ?? [];
  const documents = service.documents ?? [];
  return html`<article class="detail" part="detail">
    <button type="button" class="back link-button" part="back" @click=${handlers.onBack}>
      ${backIcon()}${t('detail.back')}
    </button>
    ${categoryName ? html`<p class="muted category-name">${categoryName}</p>` : nothing}
    ${heading(level, locale.textMarkup(service.name), { class: 'detail-heading', part: 'detail-heading', focusable: true })}
    <p class="lead">${locale.textMarkup(service.summary)}</p>
    ${service.description ? html`<p>${locale.textMarkup(service.description)}</p>` : nothing}
    ${service.hasEligibilityCheck
      ? html`<p>
          <button type="button" class="button" part="eligibility-button" @click=${handlers.onCheckEligibility}>
            ${t('detail.checkEligibility')}
          </button>
        </p>`
      : nothing}
    ${service.audiences.length
      ? section(
          t('detail.audiences'),
          html`<ul>
            ${service.audiences.map((audience) => html`<li>${t(`audiences.${audience}`)}</li>`)}
          </ul>`,
        )
      : nothing}
    ${documents.length
      ? section(
          t('detail.documents'),
          html`<ul>
            ${documents.map(
              (doc) => html`<li>
                ${locale.textMarkup(doc.name)}${doc.optional ? html` <span class="muted">(${t('detail.optional')})</span>` : nothing}
                ${doc.note ? html`<br /><span class="muted">${locale.textMarkup(doc.note)}</span>` : nothing}
              </li>`,
            )}
          </ul>`,
        )
      : nothing}
    ${fees.length
      ? section(
          t('detail.fees'),
          html`<dl class="fees">
            ${fees.map(
              (fee) => html`<div>
                <dt>${locale.textMarkup(fee.label)}</dt>
                <dd>${fee.amount === 0 ? t('detail.free') : locale.currency(fee.amount, fee.currency)}</dd>
              </div>`,
            )}
          </dl>`,
        )
      : nothing}
    ${service.processingTime ? section(t('detail.time'), html`<p>${processingTimeText(locale, service.processingTime)}</p>`) : nothing}
    ${service.channels.length
      ? section(
          t('detail.channels'),
          html`<ul class="plain channels">
            ${service.channels.map((channel) => renderChannel(locale, channel, level + 2))}
          </ul>`,
        )
      : nothing}
  </article>`;
}
