import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DiwanError, toDiwanError } from '@diwan/client/core';
import { checkReference, compileReferencePattern, normalizeVerification } from '@diwan/client/tracking';
import type { Capabilities, PollTiming, RequestLookup, RequestRecord } from '@diwan/client';
import { errorSummaryStyles } from '../shared/error-summary.js';
import { LoadTask } from '../shared/load-task.js';
import { DiwanElement } from '../shared/diwan-element.js';
import { emit } from '../shared/events.js';
import { renderErrorState, renderSkeletonLines } from '../shared/states.js';
import { heading } from '../shared/heading.js';
import { DiwanRequestFoundEvent } from './events.js';
import { LockoutCountdown } from './lockout.js';
import { lockoutMessage, renderFormSkeleton, renderLookupForm, type ReferenceProblem } from './lookup-form.js';
import type * as ResultView from './request-result.js';
import { trackerStyles } from './request-tracker.styles.js';
import { trackerStrings } from './strings.js';

type Tracking = Capabilities['tracking'];
type View = 'starting' | 'start-error' | 'unsupported' | 'form' | 'result';

/** Lock-out used when a backend says "too many attempts" without saying how long. */
const DEFAULT_LOCKOUT_SECONDS = 60;

// A lazy chunk: nothing the form (the first ready screen) needs. The result view (with its timeline
// and icons) is fetched alongside the lookup.
const loadResultView = () => import('./request-result.js');

/**
 * "Where is my request": a citizen enters a reference and the verification value the backend asks
 * for, and sees the status in plain words, what they must do, the expected date and whether it is on
 * track, who handles it, and the history across channels. The verification value is kept in memory
 * only (never in storage or the URL); "not found" and "does not match" read the same.
 *
 * @summary Look up a request by reference and follow its progress across channels.
 * @tag diwan-request-tracker
 *
 * @fires diwan-request-found - A lookup found a request; carries `reference` and `status` only (nothing personal).
 * @fires diwan-error - A lookup failed (including `not_found` and `rate_limited`); carries `code`, `retryable` and `message`.
 *
 * @csspart base - The root container (carries `dir` and `lang`).
 * @csspart title - The form's heading.
 * @csspart form - The lookup form.
 * @csspart reference-input - The reference number input.
 * @csspart verification-input - The verification input (surname, e-mail, date of birth, postcode or PIN).
 * @csspart public-note - The note shown instead of a verification field when the backend allows lookups by reference alone.
 * @csspart submit - The "check progress" button.
 * @csspart error-summary - The list of problems with the form (also "no request matches").
 * @csspart lockout - The "too many attempts" message with its countdown.
 * @csspart loading - The placeholder shown while a lookup is on its way.
 * @csspart error - The error message with its retry button.
 * @csspart unsupported - The message shown when the backend offers no online tracking.
 * @csspart announcer - The polite live region (lock-outs and live status changes).
 * @csspart result - The found request.
 * @csspart result-heading - The found request's heading (focused after a lookup).
 * @csspart reference - The request's reference in the result.
 * @csspart actions - What the citizen must do (shown first when there is anything).
 * @csspart action - One thing the citizen must do.
 * @csspart status - Status, meaning, SLA and dates.
 * @csspart status-label - The status in words.
 * @csspart sla - On track / at risk / overdue, with an icon and an explanation.
 * @csspart office - The responsible office and how to contact it.
 * @csspart timeline - The history of the request.
 * @csspart event - One event in the history.
 * @csspart earlier-events - The disclosure holding older events.
 * @csspart check-another - The "check another request" button.
 *
 * @cssprop --diwan-color-text - Body text colour.
 * @cssprop --diwan-color-text-muted - Hints and secondary text.
 * @cssprop --diwan-color-bg - Background.
 * @cssprop --diwan-color-surface - Panels and skeleton.
 * @cssprop --diwan-color-border - Inputs and panel borders.
 * @cssprop --diwan-color-accent - Buttons, links and the timeline line.
 * @cssprop --diwan-color-accent-text - Text on accent buttons.
 * @cssprop --diwan-color-focus - Focus ring.
 * @cssprop --diwan-color-error - Errors, overdue.
 * @cssprop --diwan-color-success - On track.
 * @cssprop --diwan-color-warning - At risk, actions needed, lock-out.
 * @cssprop --diwan-radius - Corner radius.
 * @cssprop --diwan-font-size-sm - Small text.
 * @cssprop --diwan-font-size-lg - Section headings and the status.
 * @cssprop --diwan-font-size-xl - Main headings.
 * @cssprop --diwan-target-size - Minimum size of buttons and inputs.
 */
export class DiwanRequestTracker extends DiwanElement {
  static override styles = [DiwanElement.styles, errorSummaryStyles, trackerStyles];
  /** Its strings (English bundled, other locales lazy). */
  static strings = trackerStrings;

  /** A reference to prefill the form with, e.g. from a link in a confirmation e-mail. Nothing is looked up until the citizen asks. */
  @property() reference?: string;

  /**
   * Keep a found request up to date while the page is open, through the backend's `watchRequest`: pushed
   * by the server when it offers it (`capabilities.tracking.live === 'sse'`), else polling that backs off
   * and pauses while the page is hidden; nothing when the backend offers no live updates (`'none'`).
   * Status changes are announced politely.
   */
  @property({ type: Boolean, reflect: true }) live = false;

  /** Polling waits (ms): first wait, the longest, the back-off factor. Default 30 s, 5 min, ×1.5. */
  @property({ attribute: false }) pollTiming?: PollTiming;

  @state() private view: View = 'starting';
  @state() private tracking?: Tracking;
  @state() private startError?: DiwanError;
  @state() private referenceInput = '';
  @state() private verificationInput = '';
  @state() private referenceProblem?: ReferenceProblem;
  @state() private verificationMissing = false;
  @state() private notFound = false;
  @state() private lookupError?: DiwanError;
  @state() private busy = false;
  @state() private record?: RequestRecord;
  /** What the live region says; a lock-out's wait may be markup (a duration marked with its language). */
  @state() private announcement: string | Array<string | TemplateResult> = '';

  /** The lookup behind the shown request, in memory only, kept while live updates need it. */
  private activeLookup?: RequestLookup;
  private readonly starting = new LoadTask<Tracking>(this, {
    load: (signal) => this.fetchTracking(signal),
    ready: (tracking) => this.showForm(tracking),
    failed: (error) => {
      this.startError = error;
      this.view = 'start-error';
    },
    report: (cause) => this.reportError(cause),
  });
  private lookupController?: AbortController;
  private readonly lockout = new LockoutCountdown(this, () => this.announce(this.locale.t('tracker:errors.unlocked')));
  /** The result view's module, loaded with the first lookup; `view === 'result'` implies it is set. */
  private resultView?: typeof ResultView;
  /** Ends the current watch (live updates); replaced whenever they stop or restart. */
  private liveController?: AbortController;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && this.view === 'result') void this.followLive();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.lookupController?.abort();
    this.busy = false;
    this.stopLive();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || this.backendChanged(changed)) this.start();
    if (changed.has('reference') && this.view !== 'result') this.referenceInput = this.reference ?? '';
    if (this.hasUpdated && (changed.has('live') || changed.has('pollTiming'))) void this.followLive();
  }

  // ---- start: which backend, what it can do ----

  private start(): void {
    this.view = 'starting';
    this.startError = undefined;
    this.starting.run();
  }

  private async fetchTracking(signal: AbortSignal): Promise<Tracking> {
    const backend = await this.resolveBackend();
    signal.throwIfAborted();
    return backend.capabilities.tracking;
  }

  private showForm(tracking: Tracking): void {
    this.tracking = tracking;
    this.view = tracking.enabled ? 'form' : 'unsupported';
    if (this.record) this.checkAnother(false); // a new backend: the shown request belonged to the old one
  }

  // ---- lookup ----

  private onSubmit = (event: Event): void => {
    event.preventDefault();
    if (this.busy || this.lockout.seconds !== undefined || !this.tracking) return;
    const kind = this.tracking.verification;
    const reference = checkReference(this.referenceInput, compileReferencePattern(this.tracking.referencePattern));
    const verification = normalizeVerification(this.verificationInput);
    this.referenceProblem = reference.ok ? undefined : reference.problem;
    this.verificationMissing = kind !== null && !verification;
    this.notFound = false;
    this.lookupError = undefined;
    if (!reference.ok || this.verificationMissing) {
      void this.focusAfterUpdate('.error-summary');
      return;
    }
    void this.lookUp(kind === null ? { reference: reference.reference } : { reference: reference.reference, verification });
  };

  private async lookUp(lookup: RequestLookup): Promise<void> {
    this.lookupController?.abort();
    const controller = new AbortController();
    this.lookupController = controller;
    this.busy = true;
    try {
      // the view's chunk loads while the request is on its way; an offline chunk ends in the error state
      const [record, resultView] = await Promise.all([
        this.resolveBackend().then((backend) => backend.findRequest(lookup, { signal: controller.signal, locale: this.locale.lang })),
        loadResultView(),
      ]);
      if (controller.signal.aborted) return;
      this.busy = false;
      this.resultView = resultView;
      this.record = record;
      this.view = 'result';
      this.activeLookup = lookup;
      this.verificationInput = ''; // nothing typed stays in the form once the request is shown
      emit(this, new DiwanRequestFoundEvent(record.reference, record.status));
      void this.followLive();
      void this.focusAfterUpdate('.result-heading');
    } catch (error) {
      if (controller.signal.aborted) return;
      this.busy = false;
      const diwanError = this.reportError(error);
      if (diwanError.code === 'aborted') return;
      if (diwanError.code === 'not_found') {
        this.notFound = true;
        void this.focusAfterUpdate('.error-summary');
      } else if (diwanError.code === 'rate_limited') {
        this.lockOut(diwanError.retryAfter ?? DEFAULT_LOCKOUT_SECONDS);
      } else {
        this.lookupError = diwanError;
        void this.focusAfterUpdate('.error-state button');
      }
    }
  }

  private retryLookup = (): void => {
    this.lookupError = undefined;
    this.onSubmit(new Event('submit'));
  };

  // ---- lock-out: a countdown on screen, announced at its start and its end only ----

  private lockOut(seconds: number): void {
    this.lockout.start(seconds);
    this.announce(lockoutMessage(this.locale, 'lockedAnnounce', this.lockout.seconds!));
    void this.focusAfterUpdate('.lockout');
  }

  // ---- live updates ----

  private async followLive(): Promise<void> {
    this.stopLive();
    if (!this.live || this.tracking?.live === 'none') {
      // nothing will ask again: forget the verification value now
      if (this.view === 'result') this.activeLookup = undefined;
      return;
    }
    const lookup = this.activeLookup;
    if (this.view !== 'result' || !this.record || !lookup) return;
    const controller = new AbortController();
    this.liveController = controller;
    try {
      const backend = await this.resolveBackend();
      // stopped (check another, removed, live turned off) while the backend resolved
      if (controller.signal.aborted || !backend.watchRequest) return;
      await backend.watchRequest(lookup, (record) => this.onLiveUpdate(record), {
        signal: controller.signal,
        current: this.record,
        pollTiming: this.pollTiming,
        locale: this.locale.lang,
      });
    } catch (error) {
      // the shown request stays as it is, only without news
      if (!controller.signal.aborted) console.warn('[diwan] <diwan-request-tracker>: live updates stopped.', toDiwanError(error).message);
    }
  }

  private stopLive(): void {
    this.liveController?.abort();
    this.liveController = undefined;
  }

  private onLiveUpdate(record: RequestRecord): void {
    const previous = this.record;
    if (!previous || record.reference !== previous.reference) return;
    this.record = record;
    const status = this.locale.t(`tracker:result.status.${record.status}`);
    this.announce(
      record.status === previous.status ? this.locale.t('tracker:result.liveNews') : this.locale.t('tracker:result.liveStatus', { status }),
    );
  }

  // ---- check another request ----

  private checkAnother = (moveFocus = true): void => {
    this.stopLive();
    this.lookupController?.abort();
    this.busy = false;
    this.activeLookup = undefined;
    this.record = undefined;
    this.referenceInput = '';
    this.verificationInput = '';
    this.referenceProblem = undefined;
    this.verificationMissing = false;
    this.notFound = false;
    this.lookupError = undefined;
    this.announcement = '';
    if (this.view === 'result') this.view = 'form';
    if (moveFocus) void this.focusAfterUpdate('#reference');
  };

  // ---- helpers ----

  /** Polite announcement; cleared first so the same words twice are still read. */
  private announce(message: string | Array<string | TemplateResult>): void {
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = message;
    });
  }

  private async focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  // ---- rendering ----

  protected override render(): TemplateResult {
    return html`<div class="root" part="base" dir=${this.locale.dir} lang=${this.locale.lang}>
      ${this.renderView()}
      <p class="visually-hidden" role="status" part="announcer">${this.announcement}</p>
    </div>`;
  }

  private renderView(): TemplateResult {
    switch (this.view) {
      case 'starting':
        return html`<div class="starting" aria-busy="true">
          ${this.renderTitle()}
          <p class="intro">${this.locale.t('tracker:intro')}</p>
          <p class="visually-hidden">${this.locale.t('tracker:loading')}</p>
          ${renderFormSkeleton(this.locale)}
        </div>`;
      case 'start-error':
        return renderErrorState(this.locale, this.startError!, () => this.start());
      case 'unsupported':
        return html`${this.renderTitle()}
          <p class="unsupported" part="unsupported">${this.locale.t('tracker:unsupported')}</p>`;
      case 'result':
        return this.resultView!.renderRequestResult(this.locale, this.record!, {
          now: new Date(),
          live: this.live && this.tracking?.live !== 'none',
          onCheckAnother: () => this.checkAnother(),
          headingLevel: this.headingLevel,
        });
      default:
        return this.renderForm();
    }
  }

  private renderTitle(): TemplateResult {
    return heading(this.headingLevel, this.locale.t('tracker:title'), { class: 'title', part: 'title' });
  }

  private renderForm(): TemplateResult {
    return html`${this.renderTitle()}
      <p class="intro">${this.locale.t('tracker:intro')}</p>
      ${this.lookupError ? renderErrorState(this.locale, this.lookupError, this.retryLookup) : nothing}
      ${renderLookupForm(
        this.locale,
        {
          verificationKind: this.tracking?.verification ?? null,
          reference: this.referenceInput,
          verification: this.verificationInput,
          referenceProblem: this.referenceProblem,
          verificationMissing: this.verificationMissing,
          notFound: this.notFound,
          busy: this.busy,
          lockedSeconds: this.lockout.seconds,
          headingLevel: this.headingLevel + 1,
        },
        {
          onReferenceInput: (value) => (this.referenceInput = value),
          onVerificationInput: (value) => (this.verificationInput = value),
          onSubmit: this.onSubmit,
        },
      )}
      ${this.busy
        ? html`<div class="result-skeleton" part="loading" aria-busy="true">
            <p class="muted">${this.locale.t('tracker:result.loading')}</p>
            ${renderSkeletonLines(6)}
          </div>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'diwan-request-tracker': DiwanRequestTracker;
  }
}
