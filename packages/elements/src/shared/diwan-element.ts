import { LitElement, type CSSResultGroup, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { hasWaitingFeedback, toDiwanError, type DiwanBackend, type DiwanError } from '@diwan/client/core';
import { resolveBackend, resolveObjectBackend } from './backend-resolution.js';
import { DiwanErrorEvent, emit } from './events.js';
import { LocaleController } from './locale-controller.js';
import { registerStrings, type StringsBundle } from './i18n.js';
import { baseStyles, tokenStyles } from './styles.js';
import { DEFAULT_HEADING_LEVEL, headingLevel } from './heading.js';

const BACKEND_PROPERTIES = ['backend', 'api', 'jurisdiction', 'apiKey', 'timeout'] as const;

/**
 * Base of every Diwan widget: backend configuration, language, theme, errors.
 *
 * @cssprop --diwan-color-text - Body text colour.
 * @cssprop --diwan-color-text-muted - Secondary text colour.
 * @cssprop --diwan-color-bg - Widget background.
 * @cssprop --diwan-color-surface - Background of cards, skeletons and panels.
 * @cssprop --diwan-color-border - Borders of inputs and cards (3:1 against the background).
 * @cssprop --diwan-color-accent - Buttons and links.
 * @cssprop --diwan-color-accent-text - Text on accent-coloured buttons.
 * @cssprop --diwan-color-focus - Focus ring.
 * @cssprop --diwan-color-error - Error messages and borders.
 * @cssprop --diwan-color-success - Success messages.
 * @cssprop --diwan-color-warning - Warnings.
 * @cssprop --diwan-radius - Corner radius.
 * @cssprop --diwan-font-family - Font (inherits the host page's by default).
 * @cssprop --diwan-font-size-sm - Small text size.
 * @cssprop --diwan-font-size-md - Body text size.
 * @cssprop --diwan-font-size-lg - Subheading size.
 * @cssprop --diwan-font-size-xl - Heading size.
 * @cssprop --diwan-space-1 - Smallest spacing step (spacing steps go 1–6).
 * @cssprop --diwan-space-2 - Spacing step 2.
 * @cssprop --diwan-space-3 - Spacing step 3.
 * @cssprop --diwan-space-4 - Default spacing.
 * @cssprop --diwan-space-5 - Spacing step 5.
 * @cssprop --diwan-space-6 - Largest spacing step.
 * @cssprop --diwan-target-size - Minimum size of buttons and inputs (never below 24px).
 * @fires diwan-error - A backend call failed; carries `code`, `retryable` and `message`.
 */
export abstract class DiwanElement extends LitElement {
  static override styles: CSSResultGroup = [tokenStyles, baseStyles];

  /**
   * Which backend to use: `demo` (bundled sample data), `open311`, or omitted with `api` set (Diwan
   * REST). As a property it also accepts any object implementing `DiwanBackend`.
   */
  @property({ attribute: 'backend' }) backend?: string | DiwanBackend;

  /** Base URL of the backend's API, e.g. `https://services.example.gov/api`. */
  @property() api?: string;

  /** Open311 jurisdiction id, for multi-jurisdiction endpoints. */
  @property() jurisdiction?: string;

  /** Open311 API key (only needed to write). */
  @property({ attribute: 'api-key' }) apiKey?: string;

  /**
   * Seconds one backend call may take before the widget shows a time-out error with a retry
   * (default 20). Applies to every backend, including one given as an object.
   */
  @property({ type: Number }) timeout?: number;

  /** Colour scheme: `light` (default), `dark` or `high-contrast`. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'high-contrast';

  /**
   * Level of the widget's main heading, 1–6 (default 2; other values are clamped), so the widget fits
   * under the host page's own outline; its subheadings follow one level below.
   */
  @property({ attribute: 'heading-level', type: Number, converter: (value) => headingLevel(value) }) headingLevel = DEFAULT_HEADING_LEVEL;

  /** Language, direction, strings and `Intl` formatting for this element. */
  protected readonly locale = new LocaleController(this);

  #stopSendingWaitingFeedback?: () => void;

  /**
   * The backend for the current configuration (shared per configuration on the page), behind the
   * validating boundary: every call bounded in time, its data parsed (see backend-resolution.ts).
   */
  protected resolveBackend(): Promise<DiwanBackend> {
    const { backend } = this;
    const timeoutMs = typeof this.timeout === 'number' && this.timeout > 0 ? this.timeout * 1000 : undefined;
    const resolved = backend && typeof backend === 'object'
      ? resolveObjectBackend(backend, timeoutMs)
      : resolveBackend({ backend, api: this.api, jurisdiction: this.jurisdiction, apiKey: this.apiKey, timeoutMs });
    return resolved.then(this.#withWaitingFeedbackSent);
  }

  /**
   * Feedback that an earlier page queued (offline) goes out through the first Diwan widget of any kind
   * that meets its backend, not only a feedback widget; nothing is loaded unless something waits.
   */
  #withWaitingFeedbackSent = (backend: DiwanBackend): DiwanBackend => {
    // (a feedback widget connects the same page outbox again: connections are counted, that is harmless)
    if (!this.#stopSendingWaitingFeedback && this.isConnected && backend.capabilities.feedback?.enabled && hasWaitingFeedback()) {
      let stopped = false;
      let stop: (() => void) | undefined;
      this.#stopSendingWaitingFeedback = () => {
        stopped = true;
        stop?.();
      };
      // a lazy chunk, loaded only when something waits
      void import('./waiting-feedback.js').then(
        (link) => {
          const target = link.outboxTarget(this.backend, this.api);
          if (!stopped && target) stop = link.sendWaitingFeedback(target, backend);
        },
        () => undefined, // not loaded (offline): the feedback keeps waiting for the next page
      );
    }
    return backend;
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopSendingWaitingFeedback?.();
    this.#stopSendingWaitingFeedback = undefined;
  }

  /** True when this update changes which backend the element talks to. */
  protected backendChanged(changed: PropertyValues<this>): boolean {
    return BACKEND_PROPERTIES.some((name) => changed.has(name));
  }

  /** Wraps any failure as a DiwanError and tells the host page (except cancellations). */
  protected reportError(error: unknown): DiwanError {
    const diwanError = toDiwanError(error);
    if (diwanError.code !== 'aborted') {
      emit(this, new DiwanErrorEvent(diwanError.code, diwanError.retryable, diwanError.message));
    }
    return diwanError;
  }
}

/** Registers a tag unless it already is (two copies of Diwan on one page must not throw). */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  // its strings are known from now on, so a locale loaded before the first element appears covers them
  const strings = (constructor as { strings?: StringsBundle }).strings;
  if (strings) registerStrings(strings);
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
