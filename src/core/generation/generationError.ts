/**
 * The one error a text generator throws. The core decides from `kind` what a failure stops; the
 * hosts decide what it looks like (the CLI's exit code in `src/cli/exitCodes.ts`, the extension's
 * button in `src/vscode/errorActions.ts`).
 */

export const GENERATION_ERROR_KINDS = [
  'auth',
  /** The key is valid but its project may not do this (403 PERMISSION_DENIED not about the key). */
  'permission',
  /** The API is not offered where the request comes from (400 FAILED_PRECONDITION). */
  'location',
  /** Prepaid credits are used up (402). */
  'billing',
  'quota-daily',
  /** The model's quota on the key's plan is 0: waiting never helps. */
  'model-unavailable-on-plan',
  'rate-limited',
  'model-not-found',
  /** The model exists but is no longer offered to this key. */
  'model-retired',
  'bad-request',
  'content-blocked',
  'max-tokens',
  /** A finished reply with no text (STOP and nothing else). */
  'empty-reply',
  'unavailable',
  'timeout',
  'network',
  'cancelled',
  'invalid-json',
  'unexpected',
  /** The caller refused to send the request (`CallOptions.admit`): the run's budget could not cover it. */
  'budget',
] as const;

export type GenerationErrorKind = (typeof GENERATION_ERROR_KINDS)[number];

/** Whether another attempt at the same call may work, unless the error says otherwise. */
const RETRYABLE: Readonly<Record<GenerationErrorKind, boolean>> = {
  auth: false,
  permission: false,
  location: false,
  billing: false,
  'quota-daily': false,
  'model-unavailable-on-plan': false,
  'rate-limited': true,
  'model-not-found': false,
  'model-retired': false,
  'bad-request': false,
  'content-blocked': false,
  'max-tokens': false,
  'empty-reply': true,
  unavailable: true,
  timeout: true,
  network: true,
  cancelled: false,
  'invalid-json': false,
  unexpected: false,
  budget: false,
};

export interface GenerationErrorDetails {
  /** Overrides the kind's default (e.g. a 501 is `unavailable` but not worth retrying). */
  readonly retryable?: boolean;
  /** Text streamed before the failure (cancellation, blocked content, a cut stream). */
  readonly partialText?: string;
  /** Delay the provider advised before trying again. */
  readonly retryAfterMs?: number;
  /** The provider's reason code: SAFETY, RECITATION, API_KEY_INVALID, a quota id, … */
  readonly reason?: string;
  /** HTTP status, when there was one. */
  readonly status?: number;
  /** Attempts made before giving up (1 when the first failure was final). */
  readonly attempts?: number;
  /** Requests that reached Gemini before the call failed (none when it failed before sending). */
  readonly apiCalls?: number;
  readonly cause?: unknown;
}

export class GenerationError extends Error {
  override readonly name = 'GenerationError';
  readonly kind: GenerationErrorKind;
  readonly retryable: boolean;
  readonly partialText?: string;
  readonly retryAfterMs?: number;
  readonly reason?: string;
  readonly status?: number;
  readonly attempts?: number;
  readonly apiCalls?: number;

  constructor(kind: GenerationErrorKind, message: string, details: GenerationErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = kind;
    this.retryable = details.retryable ?? RETRYABLE[kind];
    if (details.partialText !== undefined) this.partialText = details.partialText;
    if (details.retryAfterMs !== undefined) this.retryAfterMs = details.retryAfterMs;
    if (details.reason !== undefined) this.reason = details.reason;
    if (details.status !== undefined) this.status = details.status;
    if (details.attempts !== undefined) this.attempts = details.attempts;
    if (details.apiCalls !== undefined) this.apiCalls = details.apiCalls;
  }

  /** The same error with more facts attached (the message may be replaced too). */
  with(details: GenerationErrorDetails & { readonly message?: string }): GenerationError {
    return new GenerationError(this.kind, details.message ?? this.message, {
      retryable: this.retryable,
      partialText: this.partialText,
      retryAfterMs: this.retryAfterMs,
      reason: this.reason,
      status: this.status,
      attempts: this.attempts,
      apiCalls: this.apiCalls,
      cause: this.cause,
      ...definedOnly(details),
    });
  }
}

export function isGenerationError(value: unknown): value is GenerationError {
  return value instanceof GenerationError;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
