// The kit's only way to the network: every request goes through here, so traffic stays bounded and
// polite (a few requests in flight at most, a total budget, a timeout each) and every answer is kept
// whole (status, headers, body text, time) for the checks to judge.

/** One request and its answer, as a check sees it. */
export interface Exchange {
  method: string;
  url: string;
  status: number;
  headers: Headers;
  /** The body as text ('' when there is none). */
  text: string;
  /** From sending the request to the end of the body, in milliseconds. */
  ms: number;
}

export interface SendOptions {
  headers?: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
  /** Gives up after this many milliseconds instead of the run's timeout. */
  timeoutMs?: number;
  /** Goes out at once, past the in-flight limit (a deliberate burst: concurrent duplicates). */
  burst?: boolean;
}

export interface HttpOptions {
  timeoutMs: number;
  /** Requests allowed in flight at once. */
  concurrency: number;
  /** Requests allowed in the whole run: past it every request fails (a bug in a check, never a flood). */
  budget: number;
  userAgent: string;
}

export class RequestFailed extends Error {}

/** Requests relative to the contract's base URL, with bounded concurrency, a budget and a timeout each. */
export class Http {
  readonly base: string;
  sent = 0;
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(baseUrl: string, readonly options: HttpOptions) {
    this.base = baseUrl.replace(/\/+$/, '');
  }

  /** `path` relative to the base URL ("/services"), or an absolute URL (an `eventsUrl`). */
  url(path: string): string {
    return /^https?:\/\//i.test(path) ? path : this.base + path;
  }

  async send(method: string, path: string, options: SendOptions = {}): Promise<Exchange> {
    const url = this.url(path);
    if (!options.burst) await this.acquire();
    try {
      if (this.sent >= this.options.budget) throw new RequestFailed(`request budget of ${this.options.budget} spent`);
      this.sent += 1;
      const timeoutMs = options.timeoutMs ?? this.options.timeoutMs;
      // A connection dropped without an answer is tried once more on a fresh one: a pooled keep-alive
      // socket the server has just closed is not the server's fault; a request that kills the
      // connection twice is.
      for (let attempt = 1; ; attempt += 1) {
        const started = performance.now();
        try {
          const response = await fetch(url, {
            method,
            headers: { 'User-Agent': this.options.userAgent, ...options.headers },
            body: options.body,
            redirect: 'manual',
            signal: AbortSignal.timeout(timeoutMs),
          });
          const text = await response.text();
          return { method, url, status: response.status, headers: response.headers, text, ms: performance.now() - started };
        } catch (error) {
          const timedOut = error instanceof Error && error.name === 'TimeoutError';
          if (!timedOut && attempt === 1) {
            this.sent += 1;
            continue;
          }
          throw new RequestFailed(`${method} ${url}: ${timedOut ? `no answer within ${timeoutMs} ms` : `no answer, twice (${describe(error)})`}`);
        }
      }
    } finally {
      if (!options.burst) this.release();
    }
  }

  get(path: string, headers: Record<string, string> = {}): Promise<Exchange> {
    return this.send('GET', path, { headers });
  }

  /** POSTs `body` as JSON (a string is sent as it is, for malformed JSON). */
  post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Exchange> {
    return this.send('POST', path, {
      headers: { 'Content-Type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  }

  /** Opens a stream (server-sent events) and hands its body to `read`; counts against the budget. */
  async stream<T>(path: string, headers: Record<string, string>, timeoutMs: number, read: (response: Response) => Promise<T>): Promise<T> {
    if (this.sent >= this.options.budget) throw new RequestFailed(`request budget of ${this.options.budget} spent`);
    this.sent += 1;
    const controller = new AbortController();
    try {
      const response = await fetch(this.url(path), {
        headers: { 'User-Agent': this.options.userAgent, ...headers },
        signal: AbortSignal.any([controller.signal, AbortSignal.timeout(timeoutMs)]),
      }).catch((error: unknown) => {
        throw new RequestFailed(`GET ${this.url(path)}: ${describe(error)}`);
      });
      return await read(response);
    } finally {
      controller.abort();
    }
  }

  private async acquire(): Promise<void> {
    if (this.active >= this.options.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active += 1;
  }

  private release(): void {
    this.active -= 1;
    this.waiting.shift()?.();
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as Error & { cause?: unknown }).cause;
  return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
}
