// Helpers for the service tests that go through the real SDK to the Gemini-protocol test server.
import { defaultSettings, type Settings } from '../../../src/core/config/settings';
import type { Clock, Logger } from '../../../src/core/ports';
import { GeminiService } from '../../../src/gemini/geminiService';
import { geminiConfigFromSettings } from '../../../src/hosts/geminiConfig';
import type { FakeGemini } from '../../support/fakeGemini';

export interface LogLine {
  readonly level: string;
  readonly component: string;
  readonly message: string;
  readonly fields?: Record<string, unknown>;
}

/** A Logger that keeps every line, rendered as text too, so tests can search it. */
export class CapturingLogger implements Logger {
  constructor(
    readonly lines: LogLine[] = [],
    private readonly component = '',
  ) {}

  trace(message: string, fields?: Record<string, unknown>): void {
    this.lines.push({ level: 'trace', component: this.component, message, fields });
  }
  debug(message: string, fields?: Record<string, unknown>): void {
    this.lines.push({ level: 'debug', component: this.component, message, fields });
  }
  info(message: string, fields?: Record<string, unknown>): void {
    this.lines.push({ level: 'info', component: this.component, message, fields });
  }
  warn(message: string, fields?: Record<string, unknown>): void {
    this.lines.push({ level: 'warn', component: this.component, message, fields });
  }
  error(message: string, fields?: Record<string, unknown>): void {
    this.lines.push({ level: 'error', component: this.component, message, fields });
  }
  child(component: string): Logger {
    return new CapturingLogger(this.lines, component);
  }

  text(): string {
    return this.lines.map((l) => `${l.level} [${l.component}] ${l.message} ${JSON.stringify(l.fields ?? {})}`).join('\n');
  }
}

/** Settings for tests: the server's URL, tiny retry delays, roomy limits. */
export function testSettings(server: FakeGemini | undefined, over: Partial<Settings> = {}): Settings {
  return {
    ...defaultSettings(),
    apiBaseUrl: server?.baseUrl ?? '',
    'retry.baseDelayMs': 5,
    'retry.maxDelaySeconds': 1,
    'rateLimit.requestsPerMinute': 10_000,
    'rateLimit.maxConcurrent': 16,
    'cache.persist': false,
    ...over,
  };
}

export interface ServiceSetup {
  readonly server?: FakeGemini;
  readonly settings?: Partial<Settings>;
  readonly apiKey?: string | undefined;
  readonly logger?: CapturingLogger;
  readonly clock?: Clock;
  readonly cacheDir?: string;
  readonly onNotice?: (message: string) => void;
}

/** A service wired to the server; `apiKey: undefined` explicitly means "no key set". */
export function serviceFor(setup: ServiceSetup): { service: GeminiService; logger: CapturingLogger } {
  const logger = setup.logger ?? new CapturingLogger();
  const key = 'apiKey' in setup ? setup.apiKey : setup.server?.apiKey;
  const service = new GeminiService({
    apiKey: async () => key,
    config: geminiConfigFromSettings(testSettings(setup.server, setup.settings)),
    logger,
    clock: setup.clock,
    cacheDir: setup.cacheDir,
    onNotice: setup.onNotice,
  });
  return { service, logger };
}

/** Generate requests (not model lookups) the server has seen. */
export function generateRequests(server: FakeGemini) {
  return server.requests.filter((r) => r.action === 'streamGenerateContent' || r.action === 'generateContent');
}

/** Rejects if `promise` has not settled within `ms`: a bounded wait, never a synchronisation sleep. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** True when `promise` is still pending after `ms` (used to show a call is held back). */
export async function stillPendingAfter(promise: Promise<unknown>, ms: number): Promise<boolean> {
  const marker = Symbol('pending');
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<symbol>((resolve) => {
    timer = setTimeout(() => resolve(marker), ms);
  });
  const outcome = await Promise.race([
    promise.then(
      () => 'settled',
      () => 'settled',
    ),
    timeout,
  ]);
  clearTimeout(timer);
  return outcome === marker;
}

/** A small seeded generator, so "random" fault mixes are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A 429 per-minute body like Gemini's, with a short advised delay to keep tests fast. A paid-tier
 * quota by default; `free-tier` names the free tier's quota (which lowers the service's rate for
 * the session).
 */
export function perMinute429(retryDelay: string, tier: 'paid-tier' | 'free-tier' = 'paid-tier') {
  const quota =
    tier === 'free-tier'
      ? { quotaId: 'GenerateRequestsPerMinutePerProjectPerModel-FreeTier', quotaValue: '10' }
      : { quotaId: 'GenerateRequestsPerMinutePerProjectPerModel', quotaValue: '1000' };
  return {
    kind: 'status' as const,
    statusCode: 429,
    body: {
      error: {
        code: 429,
        message: `You exceeded your current quota, please check your plan and billing details.\nPlease retry in ${retryDelay}.`,
        status: 'RESOURCE_EXHAUSTED',
        details: [
          {
            '@type': 'type.googleapis.com/google.rpc.QuotaFailure',
            violations: [quota],
          },
          { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay },
        ],
      },
    },
  };
}

/** Resolves when `predicate` holds, checked now and on every change event of the service. */
export function whenService(service: GeminiService, predicate: () => boolean, ms: number, what: string): Promise<void> {
  return within(
    new Promise<void>((resolve) => {
      if (predicate()) return resolve();
      const subscription = service.onDidChange(() => {
        if (!predicate()) return;
        subscription.dispose();
        resolve();
      });
    }),
    ms,
    what,
  );
}
