// The one load lifecycle of every widget that loads on its own (catalogue, checker, tracker), on
// @lit/task: each run aborts the one before and only the latest reaches the element; a disconnect
// aborts a run in flight and reconnecting starts it again; a failure is reported once (diwan-error)
// and a cancellation never. The widget says what to load and what each outcome means for it.
import { Task, TaskStatus, initialState } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { DiwanError } from '@diwan/client';

export interface LoadOptions<T> {
  /** The load itself; pass the signal on to every request. */
  load(signal: AbortSignal): Promise<T>;
  /** The latest load succeeded. */
  ready(value: T): void;
  /** The latest load failed (already reported to the host page). */
  failed(error: DiwanError, cause: unknown): void;
  /** Turns any failure into a DiwanError and fires diwan-error (DiwanElement's reportError). */
  report(cause: unknown): DiwanError;
}

export class LoadTask<T> {
  private readonly task: Task<[], T>;
  /** A disconnect cut a load short: reconnecting starts it again. */
  private interrupted = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, options: LoadOptions<T>) {
    this.task = new Task<[], T>(host, {
      autoRun: false,
      task: async (_args, { signal }) => {
        try {
          const value = await options.load(signal);
          return signal.aborted ? initialState : value;
        } catch (cause) {
          if (signal.aborted) return initialState; // superseded or disconnected: nobody is waiting for it
          throw cause;
        }
      },
      onComplete: (value) => options.ready(value),
      onError: (cause) => {
        const error = options.report(cause);
        if (error.code !== 'aborted') options.failed(error, cause);
      },
    });
    host.addController({
      hostConnected: () => {
        if (this.interrupted) this.run();
      },
      hostDisconnected: () => {
        if (this.task.status !== TaskStatus.PENDING) return;
        this.interrupted = true;
        this.task.abort();
      },
    });
  }

  /** Starts a load (again), cancelling the one in flight. */
  run(): void {
    this.interrupted = false;
    void this.task.run([]);
  }
}
