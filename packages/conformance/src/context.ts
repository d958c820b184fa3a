// What every check shares: the options, the HTTP probe, and what the server said about itself
// (capabilities, a few service ids), fetched once per run.
import { Capabilities, ServiceCatalogue, checkData, type VerificationKind } from '@diwan/client/schemas';
import { Http } from './http.js';

export interface ConformanceOptions {
  /** The contract's base URL, e.g. https://staging.example.gov/api/v1. */
  baseUrl: string;
  /** Check ids to run (all when empty). */
  only: string[];
  /** Check ids not to run. */
  skip: string[];
  /** A staff bearer token, for staff routes when the server has them. */
  token?: string;
  /** Per-request timeout in milliseconds. */
  timeoutMs: number;
  /** A known test request: its reference and the right verification value. */
  reference?: string;
  verification?: string;
  /** The origin the CORS checks call from: one on the server's allow-list. */
  origin: string;
  /** Latency samples per side in lookup-timing. */
  samples: number;
  /** Failed lookups lookup-limit may send before it expects a 429. */
  maxAttempts: number;
  /** Generated inputs per fuzzed route in robustness. */
  fuzzRuns: number;
  /** How long live-sse listens to a stream, in milliseconds. */
  sseWaitMs: number;
}

export const DEFAULT_OPTIONS: Omit<ConformanceOptions, 'baseUrl'> = {
  only: [],
  skip: [],
  timeoutMs: 10_000,
  origin: 'https://conformance.diwan.invalid',
  samples: 20,
  maxAttempts: 50,
  fuzzRuns: 25,
  sseWaitMs: 30_000,
};

/** The contract's defaults when a server has no /capabilities (what the REST adapter assumes). */
export const CONTRACT_DEFAULT_COMMENT_LIMIT = 1200;

export interface Discovery {
  /** Parsed /capabilities, or undefined when absent or unreadable (the capabilities check says why). */
  capabilities?: Capabilities;
  /** Ids of a few services from the catalogue (empty when it cannot be read). */
  serviceIds: string[];
  /** Ids of a few services that declare an eligibility check. */
  eligibilityIds: string[];
}

export class Context {
  readonly http: Http;
  private discovery?: Promise<Discovery>;

  constructor(readonly options: ConformanceOptions, version: string) {
    this.http = new Http(options.baseUrl, {
      timeoutMs: options.timeoutMs,
      concurrency: 4,
      budget: 3000,
      userAgent: `diwan-conformance/${version}`,
    });
  }

  /** What the server says about itself, asked once (two requests). */
  discover(): Promise<Discovery> {
    this.discovery ??= (async () => {
      const found: Discovery = { serviceIds: [], eligibilityIds: [] };
      const capabilities = await this.http.get('/capabilities').catch(() => undefined);
      if (capabilities?.status === 200) {
        const parsed = checkData(Capabilities, parseJson(capabilities.text));
        if (parsed.success) found.capabilities = parsed.data;
      }
      const services = await this.http.get('/services').catch(() => undefined);
      if (services?.status === 200) {
        const parsed = checkData(ServiceCatalogue, parseJson(services.text));
        if (parsed.success) {
          found.serviceIds = parsed.data.services.slice(0, 3).map((service) => service.id);
          found.eligibilityIds = parsed.data.services.filter((service) => service.hasEligibilityCheck).slice(0, 3).map((service) => service.id);
        }
      }
      return found;
    })();
    return this.discovery;
  }

  /** The known request, or undefined when --reference/--verification were not given. */
  get knownRequest(): { reference: string; verification: string } | undefined {
    const { reference, verification } = this.options;
    return reference && verification ? { reference, verification } : undefined;
  }

  /** The declared verification kind: one the contract names, a newer backend's own, or null (none). */
  async verificationKind(): Promise<VerificationKind | string | null> {
    const { capabilities } = await this.discover();
    return capabilities ? capabilities.tracking.verification : 'surname';
  }

  async commentLimit(): Promise<number> {
    return (await this.discover()).capabilities?.feedback.maxCommentLength ?? CONTRACT_DEFAULT_COMMENT_LIMIT;
  }
}

/** JSON.parse that answers undefined instead of throwing (a body that is not JSON fails its schema). */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
