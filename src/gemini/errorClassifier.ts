import { GenerationError } from '../core/generation/generationError';
import { replacementFor } from './modelTable';
import { classifyQuota } from './quotaErrors';
import { redact } from './redact';

/**
 * Turns whatever the SDK threw, or a 200 reply that carries no usable text, into a GenerationError
 * whose message says what happened and what to do. Gemini's error bodies are the source of truth:
 * the SDK's `ApiError` carries the HTTP status and the JSON body as its message string.
 */

export interface ClassifyContext {
  readonly model: string;
  /** Redacted from every message built from outside text. */
  readonly apiKey?: string;
  /** For the timeout message. */
  readonly timeoutMs?: number;
}

/** The `error` object of a Gemini error body. */
export interface GeminiErrorBody {
  readonly code?: number;
  readonly message?: string;
  readonly status?: string;
  readonly details?: ReadonlyArray<Readonly<Record<string, unknown>>>;
}

const SET_KEY_HINT = 'Set a valid key with "Story: Set API Key" (or the GEMINI_API_KEY environment variable for the command line).';

export function missingKeyError(): GenerationError {
  return new GenerationError('auth', `No Gemini API key is set. ${SET_KEY_HINT.replace('Set a valid key', 'Set one')}`, {
    reason: 'NO_API_KEY',
  });
}

export function cancelledError(partialText?: string): GenerationError {
  return new GenerationError('cancelled', 'The request to Gemini was cancelled.', { partialText });
}

export function timeoutError(context: ClassifyContext, partialText?: string): GenerationError {
  const seconds = context.timeoutMs === undefined ? 'the allowed time' : `${formatSeconds(context.timeoutMs)} s`;
  return new GenerationError('timeout', `Gemini (${context.model}) sent nothing for ${seconds}. Try again, or raise storyWriter.requestTimeoutSeconds.`, { partialText });
}

/** Classifies anything thrown while calling Gemini. Cancellation and timeouts are decided by the caller. */
export function classifyError(error: unknown, context: ClassifyContext): GenerationError {
  if (error instanceof GenerationError) return error;
  const status = apiErrorStatus(error);
  if (status !== undefined) return classifyApiError(status, errorMessage(error), context, error);
  return classifyTransportError(error, context);
}

function classifyApiError(status: number, rawMessage: string, context: ClassifyContext, cause: unknown): GenerationError {
  const body = parseErrorBody(rawMessage);
  const geminiMessage = redact(body?.message?.trim() || rawMessage.trim() || `HTTP ${status}`, context.apiKey);
  const reason = errorInfoReason(body);
  const base = { status, cause, reason };

  if (isAuthFailure(status, reason, body?.status, geminiMessage)) {
    const why = reason ?? body?.status ?? `HTTP ${status}`;
    return new GenerationError('auth', `Gemini rejected the API key (${why}). ${SET_KEY_HINT}`, { ...base, reason: why });
  }
  if (status === 403) {
    return new GenerationError(
      'permission',
      `Your API key is valid, but its project may not do this (403 ${body?.status ?? 'PERMISSION_DENIED'}: ${clause(geminiMessage)}). Enable the Gemini API for the key's project in Google AI Studio, or set a key from a project that can use ${context.model}.`,
      { ...base, reason: reason ?? body?.status ?? 'PERMISSION_DENIED' },
    );
  }
  if (status === 402) {
    return new GenerationError(
      'billing',
      `Your Gemini prepay credits are used up (402: ${clause(geminiMessage)}). Add credits on the billing page (https://ai.studio/projects), then run again.`,
      { ...base, reason: reason ?? 'PREPAY_DEPLETED' },
    );
  }
  if (status === 404) return classifyMissingModel(body, geminiMessage, context, base);
  if (status === 429) return classifyQuota(body, geminiMessage, context, base);
  if (status === 408) {
    return new GenerationError('timeout', `Gemini timed out answering (${clause(geminiMessage)}). Retrying usually helps.`, base);
  }
  if (status === 500 || status === 502 || status === 503 || status === 504) {
    return new GenerationError('unavailable', `Gemini is unavailable (${status}: ${clause(geminiMessage)}). Try again in a few minutes.`, {
      ...base,
      retryAfterMs: advisedDelayMs(body, geminiMessage),
      reason: reason ?? body?.status,
    });
  }
  if (status >= 500) {
    return new GenerationError('unexpected', `Gemini failed with ${status}: ${clause(geminiMessage)}. Try again later.`, base);
  }
  if (body?.status === 'FAILED_PRECONDITION' && /location|country|region/i.test(geminiMessage)) {
    return new GenerationError(
      'location',
      `Gemini does not serve API requests from where this one came from (${clause(geminiMessage)}). See the available regions at https://ai.google.dev/gemini-api/docs/available-regions; a project with billing enabled may be served where the free tier is not.`,
      { ...base, reason: 'USER_LOCATION' },
    );
  }
  return new GenerationError('bad-request', `Gemini rejected the request: ${clause(geminiMessage)}. ${badRequestHint(geminiMessage)}`, {
    ...base,
    reason: reason ?? body?.status,
  });
}

/** Only a body about a generation setting blames that setting; anything else is ours to fix. */
function badRequestHint(message: string): string {
  if (/thinking/i.test(message)) return 'Check storyWriter.thinking and storyWriter.thinkingBudget for this model.';
  if (/temperature|top_p|top_k|topP|topK/i.test(message)) return "Check storyWriter.temperature (leave it empty for the model's default).";
  if (/max_output_tokens|maxOutputTokens/i.test(message)) return 'Check storyWriter.maxOutputTokens.';
  return 'This is not a setting you can change: please report it with the log (Story: Show Log).';
}

/** A 404 names a model that never existed, or one that is no longer offered to this key. */
function classifyMissingModel(
  body: GeminiErrorBody | undefined,
  geminiMessage: string,
  context: ClassifyContext,
  base: { status: number; cause: unknown; reason?: string },
): GenerationError {
  const instead = replacementFor(context.model);
  if (/no longer available|retired|deprecated|shut ?down|discontinued/i.test(geminiMessage)) {
    return new GenerationError(
      'model-retired',
      `The model "${context.model}" is no longer available to your key (${clause(geminiMessage)}). Switch to a current model such as ${instead}: run "Story: Select Model…" (or \`story-writer models\`), or set storyWriter.model.`,
      { ...base, reason: 'MODEL_RETIRED' },
    );
  }
  return new GenerationError(
    'model-not-found',
    `Gemini does not offer the model "${context.model}" (404 ${body?.status ?? 'NOT_FOUND'}). Choose another in storyWriter.model or storyWriter.stageModels, e.g. ${instead}, or run "Story: Select Model…".`,
    { ...base, reason: body?.status ?? 'NOT_FOUND' },
  );
}

/**
 * 401 is always the key. A 403 is the key when it says so (a leaked, blocked or unregistered key)
 * or says nothing else; a project that may not use the API or the model is `permission`.
 */
function isAuthFailure(status: number, reason: string | undefined, bodyStatus: string | undefined, message: string): boolean {
  const aboutKey = (reason !== undefined && /API_KEY/.test(reason)) || /API key|unregistered callers/i.test(message);
  if (status === 401) return true;
  if (status === 403) return aboutKey || bodyStatus !== 'PERMISSION_DENIED';
  if (status !== 400) return false;
  return (reason !== undefined && /API_KEY/.test(reason)) || /API key (not valid|expired|invalid)/i.test(message);
}

/** Network failures, cut and garbled streams, and anything else that has no HTTP status. */
function classifyTransportError(error: unknown, context: ClassifyContext): GenerationError {
  const message = redact(errorMessage(error), context.apiKey);
  const code = errorCode(error);
  if (isNetworkFailure(error, message, code)) {
    return new GenerationError('network', `The connection to Gemini failed (${code ?? message}). Check your connection or storyWriter.apiBaseUrl; retrying usually helps.`, {
      cause: error,
      reason: code,
    });
  }
  if (error instanceof SyntaxError || /Incomplete JSON segment|exception parsing stream chunk/i.test(message)) {
    return new GenerationError('unavailable', `Gemini sent a malformed reply (${truncate(message, 160)}). Retrying usually helps.`, {
      cause: error,
      reason: 'MALFORMED_REPLY',
    });
  }
  return new GenerationError('unexpected', `Unexpected error talking to Gemini: ${truncate(message, 300)}`, { cause: error });
}

const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EPIPE',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
]);

function isNetworkFailure(error: unknown, message: string, code: string | undefined): boolean {
  if (code !== undefined && NETWORK_CODES.has(code)) return true;
  // undici: `TypeError: fetch failed` before a response, `TypeError: terminated` when a body is cut.
  if (error instanceof TypeError && /fetch failed|terminated|network|socket/i.test(message)) return true;
  return /ECONNRESET|socket hang up|other side closed|stream ended early/i.test(message);
}

/** Why a finished reply carries no usable text, if it does not. */
export interface AssembledReply {
  readonly text: string;
  readonly finishReason?: string;
  readonly blockReason?: string;
  readonly sawCandidates: boolean;
}

export type ReplyVerdict =
  | { readonly outcome: 'complete' }
  | { readonly outcome: 'truncated' }
  | { readonly outcome: 'max-tokens-empty' }
  | { readonly outcome: 'cut' }
  | { readonly outcome: 'blocked'; readonly error: GenerationError }
  /** Finished, but nothing in it can be used: worth another attempt. */
  | { readonly outcome: 'unusable'; readonly error: GenerationError };

const BLOCKING_FINISH_REASONS = new Set(['SAFETY', 'RECITATION', 'PROHIBITED_CONTENT', 'BLOCKLIST', 'SPII', 'OTHER', 'LANGUAGE', 'IMAGE_SAFETY', 'MALFORMED_FUNCTION_CALL']);

/** Judges a reply whose stream ended without an error. */
export function judgeReply(reply: AssembledReply, context: ClassifyContext): ReplyVerdict {
  if (reply.blockReason) {
    return blocked(reply, reply.blockReason, `Gemini (${context.model}) refused the prompt (${reply.blockReason}).`);
  }
  if (!reply.sawCandidates) {
    return blocked(reply, 'NO_CANDIDATES', `Gemini (${context.model}) returned no reply at all (no candidates).`);
  }
  const finish = reply.finishReason;
  if (finish === 'MAX_TOKENS') return { outcome: reply.text.length > 0 ? 'truncated' : 'max-tokens-empty' };
  if (finish && BLOCKING_FINISH_REASONS.has(finish)) {
    return blocked(reply, finish, `Gemini (${context.model}) stopped the reply (${finish}).`);
  }
  if (finish === 'MALFORMED_RESPONSE') {
    const error = new GenerationError('unavailable', `Gemini (${context.model}) produced a malformed response (MALFORMED_RESPONSE). Retrying usually helps.`, {
      reason: finish,
    });
    return { outcome: 'unusable', error };
  }
  // A stream that ends without saying why was cut somewhere between Gemini and us.
  if (!finish) return { outcome: 'cut' };
  // Empty text is never a success, whatever the finish reason says.
  if (reply.text.trim() === '') return { outcome: 'unusable', error: emptyReplyError(context, finish) };
  return { outcome: 'complete' };
}

/** A reply that finished normally with no text: retried once by the service, then reported. */
function emptyReplyError(context: ClassifyContext, finishReason: string): GenerationError {
  return new GenerationError(
    'empty-reply',
    `Gemini (${context.model}) finished its reply (${finishReason}) without writing any text. Run the stage again; if it keeps happening, choose another model with "Story: Select Model…".`,
    { reason: `EMPTY_${finishReason}` },
  );
}

function blocked(reply: AssembledReply, reason: string, what: string): ReplyVerdict {
  const hint =
    reason === 'RECITATION'
      ? 'It matched existing text too closely; rephrase the brief or ask for more original wording.'
      : 'Rephrase the brief or soften the content it asks for, then try again.';
  return {
    outcome: 'blocked',
    error: new GenerationError('content-blocked', `${what} ${hint}`, {
      reason,
      partialText: reply.text || undefined,
    }),
  };
}

export function maxTokensError(context: ClassifyContext, maxOutputTokens: number): GenerationError {
  return new GenerationError(
    'max-tokens',
    `Gemini (${context.model}) used all ${maxOutputTokens} output tokens on thinking before writing any text, even with the least thinking the model allows. Raise storyWriter.maxOutputTokens (or leave it at 0 to size it per request), or choose a lower storyWriter.thinking.`,
    { reason: 'MAX_TOKENS' },
  );
}

export function streamCutError(partialText: string): GenerationError {
  return new GenerationError('network', 'The reply stream from Gemini ended early. Retrying usually helps.', {
    partialText: partialText || undefined,
    reason: 'STREAM_CUT',
  });
}

// ---------------------------------------------------------------------------------------------
// Reading Gemini's error body

/** Parses the JSON error body out of an ApiError message (`{…}` or `got status: X. {…}`). */
export function parseErrorBody(message: string, depth = 0): GeminiErrorBody | undefined {
  const start = message.indexOf('{');
  const end = message.lastIndexOf('}');
  if (start < 0 || end <= start) return undefined;
  try {
    const parsed: unknown = JSON.parse(message.slice(start, end + 1));
    const inner = isRecord(parsed) && isRecord(parsed.error) ? parsed.error : undefined;
    if (!inner) return undefined;
    // Gemini labels error replies to stream requests `text/event-stream`, so the SDK does not
    // parse them: the real body then arrives as a JSON string inside `error.message`.
    if (depth < 2 && typeof inner.message === 'string' && inner.message.trimStart().startsWith('{')) {
      const nested = parseErrorBody(inner.message, depth + 1);
      if (nested) return nested;
    }
    return {
      code: typeof inner.code === 'number' ? inner.code : undefined,
      message: typeof inner.message === 'string' ? inner.message : undefined,
      status: typeof inner.status === 'string' ? inner.status : undefined,
      details: Array.isArray(inner.details) ? inner.details.filter(isRecord) : undefined,
    };
  } catch {
    return undefined;
  }
}

export function detailsOfType(body: GeminiErrorBody | undefined, type: string): ReadonlyArray<Readonly<Record<string, unknown>>> {
  return (body?.details ?? []).filter((d) => typeof d['@type'] === 'string' && (d['@type'] as string).endsWith(type));
}

export function errorInfoReason(body: GeminiErrorBody | undefined): string | undefined {
  const reason = detailsOfType(body, 'google.rpc.ErrorInfo')[0]?.reason;
  return typeof reason === 'string' ? reason : undefined;
}

export function quotaIdsOf(body: GeminiErrorBody | undefined): string[] {
  const ids: string[] = [];
  for (const failure of detailsOfType(body, 'google.rpc.QuotaFailure')) {
    const violations = Array.isArray(failure.violations) ? failure.violations : [];
    for (const v of violations) if (isRecord(v) && typeof v.quotaId === 'string') ids.push(v.quotaId);
  }
  return ids;
}

/** The delay Gemini advises: `RetryInfo.retryDelay` first, else "Please retry in N s" in the message. */
export function advisedDelayMs(body: GeminiErrorBody | undefined, message: string): number | undefined {
  const retryInfo = detailsOfType(body, 'google.rpc.RetryInfo')[0];
  const fromInfo = retryInfo ? parseDuration(retryInfo.retryDelay) : undefined;
  return fromInfo ?? parseRetryIn(message);
}

/** A protobuf Duration in JSON (`"2.837906927s"`) or as `{seconds, nanos}`, in milliseconds. */
export function parseDuration(value: unknown): number | undefined {
  if (typeof value === 'string') {
    const match = /^\s*(\d+(?:\.\d+)?)s\s*$/.exec(value);
    return match ? Math.round(Number(match[1]) * 1000) : undefined;
  }
  if (isRecord(value)) {
    const seconds = Number(value.seconds ?? 0);
    const nanos = Number(value.nanos ?? 0);
    if (Number.isFinite(seconds) && Number.isFinite(nanos)) return Math.round(seconds * 1000 + nanos / 1e6);
  }
  return undefined;
}

/** "Please retry in 2.837906927s." / "Please retry in 500ms" → milliseconds. */
export function parseRetryIn(message: string): number | undefined {
  const match = /retry in\s+(\d+(?:\.\d+)?)\s*(ms|s|seconds?)\b/i.exec(message);
  if (!match) return undefined;
  const amount = Number(match[1]);
  return Math.round(match[2]!.toLowerCase() === 'ms' ? amount : amount * 1000);
}

// ---------------------------------------------------------------------------------------------
// Small readers for unknown errors

function apiErrorStatus(error: unknown): number | undefined {
  if (!isRecord(error)) return undefined;
  const status = error.status;
  return error.name === 'ApiError' && typeof status === 'number' ? status : undefined;
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
    return `${error.message}${cause}`;
  }
  return String(error);
}

/** `code` of the error or of its cause chain (undici puts ECONNRESET on `cause`). */
function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && isRecord(current); depth++) {
    if (typeof current.code === 'string') return current.code;
    current = current.cause;
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A message fit to sit inside a sentence: no trailing full stop, not too long. */
function clause(text: string): string {
  return truncate(text.trim().replace(/[.\s]+$/, ''), 300);
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return s >= 10 ? String(Math.round(s)) : String(Math.round(s * 10) / 10);
}
