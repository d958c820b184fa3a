// The request's history across channels, latest first; older events wait behind a native <details>.
import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineEvent } from '@diwan/client';
import type { LocaleController } from '../shared/locale-controller.js';
import { heading } from '../shared/heading.js';
import { channelIcon } from './icons.js';

/** Events shown before the "show earlier events" disclosure. */
export const LATEST_EVENTS_SHOWN = 3;

/** Latest first (GOV.UK's order: the news is what a citizen came for); equal times keep their order. */
export function latestFirst(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events
    .map((event, index) => ({ event, index, time: Date.parse(event.at) }))
    .sort((a, b) => b.time - a.time || b.index - a.index)
    .map(({ event }) => event);
}

function renderEvent(locale: LocaleController, event: TimelineEvent): TemplateResult {
  const note = locale.textMarkup(event.note);
  return html`<li class="event" part="event">
    <p class="event-meta">
      <span class="channel">${channelIcon(event.channel)}<span>${locale.t(`tracker:result.channel.${event.channel}`)}</span></span>
      <time datetime=${event.at}><bdi>${locale.dateMarkup(event.at, { dateStyle: 'medium', timeStyle: 'short' })}</bdi></time>
    </p>
    ${event.status
      ? html`<p class="event-status">${locale.t('tracker:result.statusBecame', { status: locale.t(`tracker:result.status.${event.status}`) })}</p>`
      : nothing}
    ${note ? html`<p class="event-note">${note}</p>` : nothing}
  </li>`;
}

export function renderTimeline(locale: LocaleController, events: readonly TimelineEvent[], level: number): TemplateResult | typeof nothing {
  if (!events.length) return nothing;
  const ordered = latestFirst(events);
  const latest = ordered.slice(0, LATEST_EVENTS_SHOWN);
  const earlier = ordered.slice(LATEST_EVENTS_SHOWN);
  return html`<section class="timeline" part="timeline" aria-labelledby="timeline-title">
    ${heading(level, locale.t('tracker:result.timelineTitle'), { id: 'timeline-title' })}
    <p class="muted">${locale.t('tracker:result.timelineOrder')}</p>
    <ol class="events">
      ${latest.map((event) => renderEvent(locale, event))}
    </ol>
    ${earlier.length
      ? html`<details class="earlier" part="earlier-events">
          <summary>${locale.t('tracker:result.earlier', { count: earlier.length, n: locale.number(earlier.length) })}</summary>
          <ol class="events" start=${LATEST_EVENTS_SHOWN + 1}>
            ${earlier.map((event) => renderEvent(locale, event))}
          </ol>
        </details>`
      : nothing}
  </section>`;
}
