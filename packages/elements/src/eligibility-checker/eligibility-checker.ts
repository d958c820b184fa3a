import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DiwanError } from '@diwan/client/core';
import type { AnswerProblem, AnswerValue, EligibilityRules, Journey, Service } from '@diwan/client';
import { DiwanElement } from '../shared/diwan-element.js';
import { emit } from '../shared/events.js';
import { renderErrorState, renderSkeletonLines } from '../shared/states.js';
import { LoadTask } from '../shared/load-task.js';
import { errorSummaryStyles, focusErrorSummary } from '../shared/error-summary.js';
import { draftFor, readDraft, type Draft } from './answer-draft.js';
import { checkerStyles } from './eligibility-checker.styles.js';
import { eligibilityStrings } from './strings.js';
import { DiwanEligibilityResultEvent } from './events.js';
import { renderQuestionPage } from './question-page.js';
import { clearProgress, loadProgress, saveProgress, type Page } from './session-progress.js';

type Status = 'loading' | 'error' | 'no-check' | 'invalid-rules' | 'ready';
/** The rules engine (JSON Logic, journey, load-time checks): a lazy chunk, fetched beside the rules. */
type RulesEngine = typeof import('@diwan/client/rules');
const loadEngine = (): Promise<RulesEngine> => import('@diwan/client/rules');
/** "Check your answers", the result (with its channels) and "cleared": never the first ready screen, so a lazy chunk. */
type SummaryViews = typeof import('./summary-pages.js');
const loadSummaryViews = (): Promise<SummaryViews> => import('./summary-pages.js');
/** What one load brings: the checked rules, the service, and the lazy engine and views that show them. */
interface LoadedCheck {
  rules: EligibilityRules;
  service: Service;
  engine: RulesEngine;
  views: SummaryViews;
}

/**
 * "Can I get this?" in a few questions, one per page, with the answer explained by the rule and its
 * legal basis. Answers are evaluated in the browser and never sent. By default they are kept in memory
 * only (`remember="none"`): gone on reload. With `remember="session"` progress survives a reload in this
 * tab (sessionStorage, readable by any script on the host page) and is removed by "Start again" and
 * "Clear my answers".
 *
 * @summary Private, explained eligibility check for one service, from the service's portable rules.
 * @tag diwan-eligibility-checker
 *
 * @fires diwan-eligibility-result - The citizen reached the result: `serviceId`, `rulesVersion`, `result`, `outcomeId`, `reasonIds` (never the answers).
 * @fires diwan-error - Loading failed or the rules cannot be used; carries `code`, `retryable` and `message`.
 *
 * @csspart base - The root container (carries `dir` and `lang`).
 * @csspart loading - The skeleton that reserves the space while the rules load.
 * @csspart back - The Back link.
 * @csspart progress - "Question 2 of up to 5".
 * @csspart question - The question form.
 * @csspart continue - The Continue button.
 * @csspart error-summary - The "There is a problem" box at the top of a page.
 * @csspart summary - The "check your answers" list.
 * @csspart change - A Change link on "check your answers".
 * @csspart see-result - The button from "check your answers" to the result.
 * @csspart result - The result panel with the outcome in plain words.
 * @csspart reason - One reason for the result.
 * @csspart legal-reference - The legal basis of a reason.
 * @csspart channels - The ways to get the service (apply online, phone, office).
 * @csspart apply-link - The "apply online" link.
 * @csspart start-again - "Start again".
 * @csspart clear - "Clear my answers".
 * @csspart empty - The message shown when the service has no online check.
 * @csspart invalid - The message shown when the rules cannot be used.
 * @csspart error - The error message with its retry button.
 *
 * @cssprop --diwan-color-text - Body text colour.
 * @cssprop --diwan-color-text-muted - Hints and progress.
 * @cssprop --diwan-color-bg - Background.
 * @cssprop --diwan-color-surface - Skeleton and panel backgrounds.
 * @cssprop --diwan-color-border - Input and summary borders.
 * @cssprop --diwan-color-accent - Links and buttons.
 * @cssprop --diwan-color-accent-text - Text on accent buttons.
 * @cssprop --diwan-color-focus - Focus ring.
 * @cssprop --diwan-color-error - Error summary, messages and invalid fields.
 * @cssprop --diwan-color-success - The "eligible" result panel.
 * @cssprop --diwan-color-warning - The "may be eligible" result panel.
 * @cssprop --diwan-radius - Corner radius.
 * @cssprop --diwan-font-size-sm - Hints and progress.
 * @cssprop --diwan-font-size-lg - Section headings.
 * @cssprop --diwan-font-size-xl - Page headings (the question).
 * @cssprop --diwan-target-size - Minimum size of buttons, inputs, radios and checkboxes.
 */
export class DiwanEligibilityChecker extends DiwanElement {
  static override styles = [DiwanElement.styles, errorSummaryStyles, checkerStyles];
  /** Its strings (English bundled, other locales lazy). */
  static strings = eligibilityStrings;

  /** The id of the service to check, e.g. `disability-allowance`. */
  @property({ reflect: true }) service?: string;

  /**
   * Where the citizen's answers (date of birth, disability degree, income…) are kept between page loads:
   * `none` (default): nowhere — they live in this page's memory and go with it, so no other script on
   * the host origin can read them; `session`: this tab's sessionStorage, so a reload keeps the place.
   */
  @property({ reflect: true }) remember: 'session' | 'none' = 'none';

  @state() private status: Status = 'loading';
  @state() private error?: DiwanError;
  @state() private rules?: EligibilityRules;
  private engine?: RulesEngine;
  /** Loaded beside the rules, so a restored session can open straight on "check your answers" or the result. */
  private views?: SummaryViews;
  @state() private serviceInfo?: Service;
  @state() private answers: Record<string, AnswerValue> = {};
  @state() private page: Page = { kind: 'cleared' };
  @state() private draft?: Draft;
  @state() private problem?: AnswerProblem;

  private returnToCheck = false;
  /** After a retry the keyboard user lands on the new page (or on the retry button again). */
  private focusAfterLoad = false;
  private readonly loading = new LoadTask<LoadedCheck>(this, {
    load: (signal) => this.fetchRules(signal),
    ready: (loaded) => this.showRules(loaded),
    failed: (error, cause) => void this.showError(error, cause),
    report: (cause) => this.reportError(cause),
  });
  /** Set by citizen actions (not by loading or restoring): focus then moves to the new page. */
  private moveFocus: 'heading' | 'error-summary' | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || this.backendChanged(changed) || changed.has('service')) this.load();
    else if (changed.has('remember') && this.rules) {
      // switched at run time: to none removes what was stored, to session stores where the citizen is
      if (this.remember === 'session') this.save();
      else clearProgress(this.rules);
    }
  }

  protected override updated(): void {
    const target = this.moveFocus;
    if (!target) return;
    this.moveFocus = undefined;
    if (target === 'error-summary') focusErrorSummary(this.renderRoot);
    else this.renderRoot.querySelector<HTMLElement>('.page-heading')?.focus();
  }

  // ---- loading ----

  private load(): void {
    this.status = 'loading';
    this.error = undefined;
    this.loading.run();
  }

  private async fetchRules(signal: AbortSignal): Promise<LoadedCheck> {
    const serviceId = this.service?.trim();
    if (!serviceId) {
      console.warn('[diwan] <diwan-eligibility-checker> needs a service attribute, e.g. service="disability-allowance".');
      throw new DiwanError('config', 'The service attribute is missing.', { retryable: false });
    }
    const backend = await this.resolveBackend();
    signal.throwIfAborted();
    const options = { signal, locale: this.locale.lang };
    const [document, service, engine, views] = await Promise.all([
      backend.getEligibilityRules(serviceId, options), backend.getService(serviceId, options), loadEngine(), loadSummaryViews(),
    ]);
    this.engine = engine; // also when the rules cannot be used: its InvalidRulesError tells that case apart
    return { rules: engine.loadRules(document), service, engine, views };
  }

  private showRules({ rules, service, engine, views }: LoadedCheck): void {
    this.engine = engine;
    this.views = views;
    this.rules = rules;
    this.serviceInfo = service;
    this.restore(rules);
    this.status = 'ready';
    if (this.focusAfterLoad) this.moveFocus = 'heading';
    this.focusAfterLoad = false;
  }

  private async showError(diwanError: DiwanError, cause: unknown): Promise<void> {
    if (this.engine && cause instanceof this.engine.InvalidRulesError) {
      console.error(`[diwan] ${cause.message}`);
      this.status = 'invalid-rules';
    } else {
      this.status = diwanError.code === 'not_found' || diwanError.code === 'unsupported' ? 'no-check' : 'error';
    }
    this.error = diwanError;
    if (this.focusAfterLoad) {
      this.focusAfterLoad = false;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.error-state button')?.focus();
    }
  }

  private retry = (): void => {
    this.focusAfterLoad = true;
    this.load();
  };

  // ---- progress ----

  private get journey(): Journey {
    return this.engine!.planJourney(this.rules!, this.answers);
  }

  private restore(rules: EligibilityRules): void {
    // remember="none": nothing is read, and anything an earlier remember="session" left is removed
    const saved = this.remember === 'session' ? loadProgress(this.engine!, rules) : (clearProgress(rules), undefined);
    this.answers = saved?.answers ?? {};
    this.returnToCheck = saved?.returnToCheck ?? false;
    this.problem = undefined;
    const journey = this.engine!.planJourney(rules, this.answers);
    const page = saved?.page;
    const onPath = page?.kind === 'question' && (page.id === journey.next?.id || journey.asked.some((question) => question.id === page.id));
    const decided = !journey.next;
    if (page && (onPath || page.kind === 'cleared' || (decided && (page.kind === 'check' || page.kind === 'result')))) this.showPage(page, false);
    else this.showPage(this.firstPage(), false);
  }

  private save(): void {
    if (this.rules && this.remember === 'session') saveProgress(this.rules, { answers: this.answers, page: this.page, returnToCheck: this.returnToCheck });
  }

  private showPage(page: Page, moveFocus = true): void {
    this.page = page;
    this.problem = undefined;
    if (page.kind === 'question') {
      const question = this.rules!.questions.find((candidate) => candidate.id === page.id)!;
      this.draft = draftFor(this.engine!, question, this.answers[page.id], this.locale);
    }
    // restored on load: no event again, only when the citizen gets there (focus on the heading says the result)
    if (page.kind === 'result' && moveFocus) this.enterResult();
    if (moveFocus) this.moveFocus = 'heading';
    this.save();
  }

  // ---- citizen actions ----

  private onDraft = (change: Partial<Draft>): void => {
    this.draft = { ...this.draft!, ...change };
  };

  private onContinue = (event: Event): void => {
    event.preventDefault();
    const page = this.page;
    if (page.kind !== 'question' || !this.draft) return;
    const question = this.rules!.questions.find((candidate) => candidate.id === page.id)!;
    const { value, problem } = readDraft(this.engine!, question, this.draft, this.locale.lang);
    if (problem || value === undefined) {
      this.problem = problem ?? { code: 'required' };
      this.moveFocus = 'error-summary';
      return;
    }
    this.answers = { ...this.answers, [question.id]: value };
    const journey = this.journey;
    if (journey.next) {
      this.showPage({ kind: 'question', id: journey.next.id });
      return;
    }
    this.returnToCheck = false;
    this.showPage({ kind: 'check' });
  };

  private onBack = (): void => {
    const page = this.page;
    const journey = this.journey;
    if (page.kind === 'result') return this.showPage({ kind: 'check' });
    const last = journey.asked[journey.asked.length - 1];
    if (page.kind === 'check') return last ? this.showPage({ kind: 'question', id: last.id }) : undefined;
    if (page.kind !== 'question') return;
    if (this.returnToCheck && !journey.next) return this.showPage({ kind: 'check' });
    const index = journey.asked.findIndex((question) => question.id === page.id);
    const previous = index === -1 ? last : journey.asked[index - 1];
    if (previous) this.showPage({ kind: 'question', id: previous.id });
  };

  private onChange = (questionId: string): void => {
    this.returnToCheck = true;
    this.showPage({ kind: 'question', id: questionId });
  };

  private startAgain = (): void => {
    this.answers = {};
    this.returnToCheck = false;
    if (this.rules) clearProgress(this.rules);
    this.showPage(this.firstPage());
  };

  /** The first question; rules that need no answer at all go straight to "check your answers". */
  private firstPage(): Page {
    const next = this.journey.next;
    return next ? { kind: 'question', id: next.id } : { kind: 'check' };
  }

  private clearAnswers = (): void => {
    this.answers = {};
    this.returnToCheck = false;
    this.page = { kind: 'cleared' };
    this.moveFocus = 'heading';
    if (this.rules) clearProgress(this.rules);
  };

  private enterResult(): void {
    const { decision } = this.journey;
    const rules = this.rules!;
    const result = decision.result ?? 'may_be_eligible';
    emit(this, new DiwanEligibilityResultEvent(rules.serviceId, rules.version, result, decision.outcome?.id, decision.reasons.map((outcome) => outcome.id)));
  }

  // ---- rendering ----

  protected override render(): TemplateResult {
    return html`<div class="root" part="base" dir=${this.locale.dir} lang=${this.locale.lang}>
      ${this.renderState()}
    </div>`;
  }

  private renderState(): TemplateResult {
    const t = (key: string) => this.locale.t(`eligibility:${key}`);
    switch (this.status) {
      case 'loading':
        // a question page's rows (caption, progress, question, field, Continue) with their classes' type,
        // margins and target sizes, so the first page takes the same room (a number question without a hint)
        return html`<div class="skeleton" part="loading" aria-busy="true">
          <p class="visually-hidden">${t('loading')}</p>
          <div class="skeleton-row skeleton-caption">${renderSkeletonLines(1)}</div>
          <div class="skeleton-row skeleton-progress">${renderSkeletonLines(1)}</div>
          <div class="skeleton-question">
            <div class="skeleton-row skeleton-heading">${renderSkeletonLines(1)}</div>
            <div class="skeleton-control skeleton-field">${renderSkeletonLines(1)}</div>
          </div>
          <div class="skeleton-control skeleton-continue">${renderSkeletonLines(1)}</div>
        </div>`;
      case 'error':
        return renderErrorState(this.locale, this.error!, this.retry);
      case 'no-check':
        return html`<p class="empty" part="empty">${t('noCheck')}</p>`;
      case 'invalid-rules':
        return html`<div class="error-state" part="invalid" role="alert"><p>${t('invalidRules')}</p></div>`;
      case 'ready':
        return this.renderPage();
    }
  }

  private renderPage(): TemplateResult {
    const rules = this.rules!;
    const service = this.serviceInfo!;
    const views = this.views!;
    const journey = this.journey;
    const serviceName = html`<p class="caption">${this.locale.textMarkup(service.name)}</p>`;
    const page = this.page;
    switch (page.kind) {
      case 'question': {
        const question = rules.questions.find((candidate) => candidate.id === page.id)!;
        const index = journey.asked.findIndex((candidate) => candidate.id === page.id);
        const position = index === -1 ? journey.asked.length + 1 : index + 1;
        const upTo = Math.max(position, journey.asked.length + journey.decision.pending.length);
        return html`${serviceName}${renderQuestionPage(this.locale, {
          question, draft: this.draft!, problem: this.problem, position, upTo,
          showBack: position > 1 || this.returnToCheck,
          onDraft: this.onDraft, onContinue: this.onContinue, onBack: this.onBack,
          headingLevel: this.headingLevel,
        })}`;
      }
      case 'check':
        return html`${serviceName}${views.renderCheckPage(this.locale, {
          asked: journey.asked, answers: this.engine!.answersOnPath(journey, this.answers),
          onChange: this.onChange, onBack: this.onBack, onSeeResult: () => this.showPage({ kind: 'result' }), onStartAgain: this.startAgain,
          headingLevel: this.headingLevel,
        })}`;
      case 'result':
        return views.renderResultPage(this.locale, {
          service, decision: journey.decision, nextSteps: (rules.nextSteps ?? []).map((step) => this.locale.textMarkup(step)),
          onBack: this.onBack, onStartAgain: this.startAgain, onClear: this.clearAnswers,
          headingLevel: this.headingLevel,
        });
      case 'cleared':
        return html`${serviceName}${views.renderClearedPage(this.locale, this.startAgain, this.headingLevel)}`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'diwan-eligibility-checker': DiwanEligibilityChecker;
  }
}
