// The lock-out after too many lookups: seconds left, ticking once a second while the element is in the
// page (it picks up where the clock is when it comes back), and a call when it ends.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class LockoutCountdown implements ReactiveController {
  /** Whole seconds left, or undefined when lookups are allowed. */
  seconds?: number;
  #until = 0;
  #timer?: ReturnType<typeof setInterval>;

  constructor(private readonly host: ReactiveControllerHost, private readonly onEnd: () => void) {
    host.addController(this);
  }

  /** Locks lookups for this many seconds (at least one). */
  start(seconds: number): void {
    this.seconds = Math.max(1, Math.ceil(seconds));
    this.#until = Date.now() + this.seconds * 1000;
    this.#run();
    this.host.requestUpdate();
  }

  hostConnected(): void {
    if (this.seconds !== undefined) this.#run();
  }

  hostDisconnected(): void {
    clearInterval(this.#timer);
  }

  #run(): void {
    clearInterval(this.#timer);
    this.#timer = setInterval(this.#tick, 1000);
  }

  #tick = (): void => {
    const left = Math.ceil((this.#until - Date.now()) / 1000);
    if (left > 0) {
      if (left !== this.seconds) this.host.requestUpdate();
      this.seconds = left;
      return;
    }
    clearInterval(this.#timer);
    this.seconds = undefined;
    this.host.requestUpdate();
    this.onEnd();
  };
}
