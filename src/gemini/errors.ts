/**
 * The one error type the Gemini service throws. Hosts switch on `kind`: the extension picks a
 * button from `action`, the headless command exits with `exitCode`.
 */

export const GEMINI_ERROR_KINDS = [
  'auth',
  'quota-daily',
  'rate-limited',
  'model-not-found',
  'bad-request',
  'content-blocked',
  'max-tokens',
  'unavailable',
  'timeout',
  'network',
  'circuit-open',
  'cancelled',
  'invalid-json',
  'unexpected',
] as const;

export type GeminiErrorKind = (typeof GEMINI_ERROR_KINDS)[number];

/** What a UI can offer next to the message. */
export type GeminiErrorAction =
  | 'setApiKey'
  | 'openModelSetting'
  | 'openSettings'
  | 'openBrief'
  | 'retry'
  | 'wait'
  | 'none';

/** Exit codes of the headless command (0 is success). */
export const EXIT_CODES = {
  ok: 0,
  unexpected: 1,
  badInput: 2,
  auth: 3,
  dailyQuota: 4,
  contentBlocked: 5,
  unavailable: 6,
  cancelled: 130,
} as const;

interface KindTraits {
  readonly retryable: boolean;
  readonly exitCode: number;
  readonly action: GeminiErrorAction;
}

const TRAITS: Readonly<Record<GeminiErrorKind, KindTraits>> = {
  auth: { retryable: false, exitCode: EXIT_CODES.auth, action: 'setApiKey' },
  'quota-daily': { retryable: false, exitCode: EXIT_CODES.dailyQuota, action: 'openModelSetting' },
  'rate-limited': { retryable: true, exitCode: EXIT_CODES.unavailable, action: 'wait' },
  'model-not-found': { retryable: false, exitCode: EXIT_CODES.badInput, action: 'openModelSetting' },
  'bad-request': { retryable: false, exitCode: EXIT_CODES.badInput, action: 'openSettings' },
  'content-blocked': { retryable: false, exitCode: EXIT_CODES.contentBlocked, action: 'openBrief' },
  'max-tokens': { retryable: false, exitCode: EXIT_CODES.badInput, action: 'openSettings' },
  unavailable: { retryable: true, exitCode: EXIT_CODES.unavailable, action: 'retry' },
  timeout: { retryable: true, exitCode: EXIT_CODES.unavailable, action: 'retry' },
  network: { retryable: true, exitCode: EXIT_CODES.unavailable, action: 'retry' },
  'circuit-open': { retryable: false, exitCode: EXIT_CODES.unavailable, action: 'wait' },
  cancelled: { retryable: false, exitCode: EXIT_CODES.cancelled, action: 'none' },
  'invalid-json': { retryable: false, exitCode: EXIT_CODES.unexpected, action: 'retry' },
  unexpected: { retryable: false, exitCode: EXIT_CODES.unexpected, action: 'retry' },
};

export interface GeminiErrorDetails {
  /** Overrides the kind's default (e.g. a 501 is `unavailable` but not worth retrying). */
  readonly retryable?: boolean;
  /** Text streamed before the failure (cancellation, blocked content, a cut stream). */
  readonly partialText?: string;
  /** Delay Gemini advised before trying again. */
  readonly retryAfterMs?: number;
  /** Gemini's reason code: SAFETY, RECITATION, API_KEY_INVALID, a quota id, … */
  readonly reason?: string;
  /** HTTP status, when there was one. */
  readonly status?: number;
  /** Attempts made before giving up (1 when the first failure was final). */
  readonly attempts?: number;
  readonly cause?: unknown;
}

export class GeminiError extends Error {
  override readonly name = 'GeminiError';
  readonly kind: GeminiErrorKind;
  readonly retryable: boolean;
  readonly action: GeminiErrorAction;
  readonly exitCode: number;
  readonly partialText?: string;
  readonly retryAfterMs?: number;
  readonly reason?: string;
  readonly status?: number;
  readonly attempts?: number;

  constructor(kind: GeminiErrorKind, message: string, details: GeminiErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    const traits = TRAITS[kind];
    this.kind = kind;
    this.retryable = details.retryable ?? traits.retryable;
    this.action = traits.action;
    this.exitCode = traits.exitCode;
    if (details.partialText !== undefined) this.partialText = details.partialText;
    if (details.retryAfterMs !== undefined) this.retryAfterMs = details.retryAfterMs;
    if (details.reason !== undefined) this.reason = details.reason;
    if (details.status !== undefined) this.status = details.status;
    if (details.attempts !== undefined) this.attempts = details.attempts;
  }

  /** The same error with more facts attached (the message may be replaced too). */
  with(details: GeminiErrorDetails & { readonly message?: string }): GeminiError {
    return new GeminiError(this.kind, details.message ?? this.message, {
      retryable: this.retryable,
      partialText: this.partialText,
      retryAfterMs: this.retryAfterMs,
      reason: this.reason,
      status: this.status,
      attempts: this.attempts,
      cause: this.cause,
      ...stripUndefined(details),
    });
  }
}

export function isGeminiError(value: unknown): value is GeminiError {
  return value instanceof GeminiError;
}

/** The CLI's exit code for any outcome of a service call. */
export function exitCodeFor(error: unknown): number {
  if (error === undefined) return EXIT_CODES.ok;
  return isGeminiError(error) ? error.exitCode : EXIT_CODES.unexpected;
}

const REDACTED = '[redacted]';

/**
 * Removes an API key from text that came from outside (SDK errors, server bodies). A safety net:
 * the service never puts the key anywhere on purpose, but a proxy or an SDK change might echo it.
 */
export function redact(text: string, ...keys: ReadonlyArray<string | undefined>): string {
  let out = text;
  for (const key of keys) {
    if (key && key.length >= 4) out = out.split(key).join(REDACTED);
  }
  // Keys in URLs (`?key=…`) and in headers echoed back, whatever their value.
  return out
    .replace(/([?&]key=)[^&\s"'#]+/gi, `$1${REDACTED}`)
    .replace(/(x-goog-api-key["']?\s*[:=]\s*["']?)[^"'\s,}]+/gi, `$1${REDACTED}`);
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
