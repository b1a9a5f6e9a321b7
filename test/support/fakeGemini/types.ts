// Public types of the Gemini-protocol test server: its options, the faults a test can script,
// and the request log it keeps.
import type { StoredBatch } from './batches';
import type { StoredCache } from './cachedContents';

export type FakeThinkingLevel = 'minimal' | 'low' | 'medium' | 'high';

/** How a model is told to think, and so what it rejects. */
export type FakeThinking =
  | { readonly by: 'level'; readonly levels: readonly FakeThinkingLevel[] }
  | { readonly by: 'budget'; readonly minBudget: number; readonly offByDefault?: boolean }
  | { readonly by: 'none' };

/** A model the server knows; anything else gets Gemini's 404. */
export interface FakeModelInfo {
  /** Bare id as used in paths, e.g. `gemini-3.8-flash` (no `models/` prefix). */
  readonly id: string;
  readonly displayName?: string;
  readonly inputTokenLimit?: number;
  readonly outputTokenLimit?: number;
  /** Default: from the id (3.5 and later by level, 2.5 by budget; see `thinkingOf`). */
  readonly thinking?: FakeThinking;
}

/**
 * `obedient`: replies are exactly as long as asked and JSON is bare and complete. `imperfect`
 * (seeded, so every run is the same): prose 70–95 % of the asked length, now and then a heading
 * or a repeated sentence at the start; JSON sometimes in a code fence or missing an optional field.
 */
export type FakeBehaviour = 'obedient' | 'imperfect';

export interface FakeGeminiOptions {
  /** 0 (default) picks a free port. */
  readonly port?: number;
  /** Default `127.0.0.1`. */
  readonly host?: string;
  /** The key the client must send in `x-goog-api-key`. Default `test-key-123`. */
  readonly apiKey?: string;
  /** Known models, by id or description. Default: DEFAULT_MODELS. */
  readonly models?: ReadonlyArray<string | FakeModelInfo>;
  /** Models that answer with the "no longer available to new users" 404. Default: RETIRED_MODELS. */
  readonly retiredModels?: readonly string[];
  /** Default `obedient`. */
  readonly behaviour?: FakeBehaviour;
  /** Seed of the imperfections (mixed into each request's own seed). Default 1. */
  readonly seed?: number;
  /** Time to first token for generate calls, in ms. Default 0. */
  readonly ttftMs?: number;
  /** Output speed after the first token; 0 (default) is instant. */
  readonly tokensPerSecond?: number;
  /** Accepted generate requests per quota window; 0 (default) is no quota. */
  readonly requestsPerMinute?: number;
  /** Length of the quota's sliding window. Default 60 000 ms (tests may shorten it). */
  readonly quotaWindowMs?: number;
  /** Words per streamed chunk (the first chunk is shorter, as Gemini's is). Default 12. */
  readonly wordsPerChunk?: number;
  /** Delay before answering `GET models/{m}` (a slow or stuck model lookup). Default 0. */
  readonly modelLookupDelayMs?: number;
  /** Folder of `{statusCode, headers, body}` fixtures. Default: the repo's test/fixtures/gemini. */
  readonly fixturesDir?: string;
  /** Called as each request ends (answered, cut, abandoned), e.g. to print a log line. */
  readonly onRequestEnd?: (entry: RequestLogEntry) => void;
  /** Looks (`batches.get`) after which a batch job has finished (default 2: PENDING, RUNNING, SUCCEEDED); Infinity holds jobs pending. */
  readonly batchPollsToFinish?: number;
}

/** Options that may change while the server runs; they apply to requests that start afterwards. */
export type FakeGeminiRuntimeOptions = Omit<FakeGeminiOptions, 'port' | 'host'>;

/**
 * A scripted misbehaviour for one generate or stream request. Words are counted in the reply the
 * server would otherwise have sent, so `afterWords: 40` means "the first 40 words, then …".
 */
export type Fault =
  /** Serve a file from the fixtures folder by basename (`.json` optional). */
  | { readonly kind: 'fixture'; readonly name: string; readonly headers?: Readonly<Record<string, string>> }
  /** Serve any status; an object body is sent as JSON. */
  | {
      readonly kind: 'status';
      readonly statusCode: number;
      readonly body?: unknown;
      readonly headers?: Readonly<Record<string, string>>;
    }
  /** Stream some words, then destroy the socket (non-stream: destroy after the headers). */
  | { readonly kind: 'cut'; readonly afterWords: number }
  /** Stream some words, then a `data:` line that is not JSON (non-stream: a truncated body). */
  | { readonly kind: 'malformed'; readonly afterWords?: number }
  /** Accept the request and never answer, until the client aborts or the server stops. */
  | { readonly kind: 'hang' }
  /** Reply with exactly this text (also for JSON calls, so a test can send invalid JSON). */
  | { readonly kind: 'text'; readonly text: string; readonly finishReason?: string }
  /** Stream some words, then an `{"error": …}` SSE event (non-stream: that error as the reply). */
  | { readonly kind: 'stream-error'; readonly afterWords: number; readonly status?: number };

export type GeminiAction =
  | 'generateContent'
  | 'streamGenerateContent'
  | 'countTokens'
  | 'getModel'
  | 'listModels'
  | 'createCachedContent'
  | 'getCachedContent'
  | 'deleteCachedContent'
  | 'batchGenerateContent'
  | 'getBatch'
  | 'cancelBatch'
  | 'unknown';

/** What a `scriptWhen` predicate sees about an incoming generate request. */
export interface RequestInfo {
  readonly action: GeminiAction;
  readonly model: string;
  readonly stream: boolean;
  /** All text parts of `contents`, joined with newlines. */
  readonly promptText: string;
  readonly systemInstruction?: string;
  readonly generationConfig?: Readonly<Record<string, unknown>>;
  /** The parsed request body. */
  readonly body: unknown;
}

export type EndReason = 'finished' | 'client-closed' | 'server-stopped' | 'cut';

/** One request as the server saw it. Times are `performance.now()` values of this process. */
export interface RequestLogEntry {
  readonly id: number;
  readonly action: GeminiAction;
  readonly method: string;
  readonly model?: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly stream: boolean;
  readonly startedAt: number;
  /** `Date.now()` at the start, for logs that need wall-clock time. */
  readonly startedAtEpochMs: number;
  firstByteAt?: number;
  endedAt?: number;
  endReason?: EndReason;
  /** HTTP status sent; 0 until the headers are written. */
  status: number;
  readonly promptText: string;
  readonly systemInstruction?: string;
  readonly generationConfig?: Readonly<Record<string, unknown>>;
  /** The explicit context cache a generate request named. */
  readonly cachedContent?: string;
  readonly hadKeyHeader: boolean;
  /** The client put a key in the URL (`?key=`): the product must never do this. */
  readonly keyInQuery: boolean;
  /** Words of reply text actually written. */
  outputWords: number;
  /**
   * The reply text actually written, exactly as the client received it (the concatenated stream
   * chunks, a whole reply, or the text of a 200 fixture); what a test compares against the files.
   */
  outputText: string;
  /** The last stream chunk written and when (`performance.now()`): what a client closing just then may never have read. */
  lastChunk?: { readonly at: number; readonly text: string };
  fault?: Fault;
  /** Rejected by the requests-per-minute quota. */
  quotaRejected?: boolean;
  /** The usage a whole reply reported (what Gemini bills), once it was delivered in full. */
  usage?: BilledUsage;
}

/** A delivered reply's `usageMetadata`, as numbers: the server's own accounting for cost checks. */
export interface BilledUsage {
  readonly promptTokens: number;
  readonly cachedTokens: number;
  readonly candidatesTokens: number;
  readonly thoughtsTokens: number;
}

export interface FakeGeminiStats {
  /** Requests answered or ended, of any kind. */
  readonly served: number;
  /** Responses with status 429, whatever produced them. */
  readonly rateLimited: number;
  /** 429s produced by the `requestsPerMinute` quota. */
  readonly quotaRejected: number;
  /** Requests still open (e.g. hung or streaming). */
  readonly inFlight: number;
}

export interface ScriptHandle {
  /** How many requests this matcher has answered so far. */
  readonly used: number;
  /** Stop matching. */
  cancel(): void;
}

export interface FakeGemini {
  /** `http://127.0.0.1:PORT`, for `httpOptions.baseUrl`. */
  readonly baseUrl: string;
  readonly port: number;
  readonly apiKey: string;
  /** Every request so far, oldest first (cleared by `reset`). */
  readonly requests: readonly RequestLogEntry[];
  readonly stats: FakeGeminiStats;
  /**
   * Queue faults for the next generate/stream requests, one each, in order. The key, model and
   * quota checks come first: a request they reject does not consume a fault.
   */
  script(...faults: Fault[]): void;
  /** Answer matching generate/stream requests with `fault`, `times` times (default 1; Infinity ok). */
  scriptWhen(predicate: (request: RequestInfo) => boolean, fault: Fault, options?: { times?: number }): ScriptHandle;
  setOptions(options: Partial<FakeGeminiRuntimeOptions>): void;
  /** Clear the request log, scripted faults, quota window and statistics. */
  reset(): void;
  /** Resolve with the first logged request matching `predicate` (waiting for it up to `timeoutMs`). */
  waitForRequest(predicate?: (entry: RequestLogEntry) => boolean, timeoutMs?: number): Promise<RequestLogEntry>;
  /** Close every connection, hung ones included, and stop listening. */
  stop(): Promise<void>;
  /** Explicit context caches: those alive now, and every one created or deleted (cleared by `reset`). */
  readonly cachedContents: {
    readonly live: readonly StoredCache[];
    readonly created: readonly StoredCache[];
    readonly deleted: readonly string[];
    /** Deletes a cache as `DELETE cachedContents/{id}` would (a test's "expired or deleted elsewhere"). */
    delete(name: string): unknown;
  };
  /** Batch jobs created (cleared by `reset`). */
  readonly batches: { readonly created: readonly StoredBatch[] };
}
