import { GenerationError } from '../core/generation/generationError';
import { advisedDelayMs, detailsOfType, errorInfoReason, formatSeconds, quotaIdsOf, type ClassifyContext, type GeminiErrorBody } from './errorClassifier';

/**
 * The four things a 429 can mean, most final first:
 * - `limit: 0` in the message: the model is not on the key's plan at all (a free-tier key calling a
 *   paid model); it never resets, so waiting and retrying are pointless (`429-limit-zero.json`);
 * - a `…PerDay…` quota: used up until midnight Pacific time;
 * - an advised delay longer than a run should sit and wait (hours, `429-long-retry-delay.json`):
 *   fail now and say when;
 * - anything else: a per-minute limit, retried after the advised delay.
 */

/** Longest advised delay a run waits out; beyond it the writer is told when to come back. */
const LONGEST_ADVISED_WAIT_MS = 5 * 60_000;

type Base = { readonly status: number; readonly cause: unknown; readonly reason?: string };

const SELECT_MODEL = 'choose another model with "Story: Select Model…" (or `story-writer models`)';

export function classifyQuota(body: GeminiErrorBody | undefined, geminiMessage: string, context: ClassifyContext, base: Base): GenerationError {
  const quotaIds = quotaIdsOf(body);
  if (hasZeroLimit(body, geminiMessage)) {
    const tier = quotaIds.some((id) => /FreeTier/i.test(id)) ? 'the free tier' : 'your plan';
    return new GenerationError(
      'model-unavailable-on-plan',
      `The model ${context.model} is not available on ${tier} (its quota is 0, so waiting will not help). ${capitalise(SELECT_MODEL)}, or enable billing for the key's project.`,
      { ...base, reason: 'LIMIT_ZERO' },
    );
  }
  const daily = quotaIds.find((id) => /PerDay/i.test(id));
  if (daily) {
    return new GenerationError(
      'quota-daily',
      `The daily Gemini quota for ${context.model} is used up (${daily}); it resets at midnight Pacific time. Try again then, or ${SELECT_MODEL}.`,
      { ...base, reason: daily },
    );
  }
  const retryAfterMs = advisedDelayMs(body, geminiMessage);
  if (retryAfterMs !== undefined && retryAfterMs > LONGEST_ADVISED_WAIT_MS) {
    const at = resetTimestamp(body);
    return new GenerationError(
      'quota-daily',
      `The Gemini quota for ${context.model} is used up: Gemini asks to wait ${formatDuration(retryAfterMs)}${at ? ` (until ${at})` : ''}. Try again then, or ${SELECT_MODEL}.`,
      { ...base, retryAfterMs, reason: errorInfoReason(body) ?? quotaIds[0] ?? 'QUOTA_EXHAUSTED' },
    );
  }
  const when = retryAfterMs === undefined ? '' : ` Gemini asked to wait ${formatSeconds(retryAfterMs)} s.`;
  return new GenerationError(
    'rate-limited',
    `Gemini's per-minute rate limit for ${context.model} was exceeded.${when} Wait a minute, or lower storyWriter.rateLimit.requestsPerMinute.`,
    { ...base, retryAfterMs, reason: quotaIds[0] ?? body?.status },
  );
}

/** The real body carries `limit: 0` only in its message; a `quotaValue` of "0" says the same. */
function hasZeroLimit(body: GeminiErrorBody | undefined, message: string): boolean {
  if (/\blimit:\s*0\b/.test(message)) return true;
  return detailsOfType(body, 'google.rpc.QuotaFailure').some((failure) =>
    (Array.isArray(failure.violations) ? failure.violations : []).some(
      (v: unknown) => typeof v === 'object' && v !== null && String((v as Record<string, unknown>).quotaValue) === '0',
    ),
  );
}

/** `ErrorInfo.metadata.quotaResetTimeStamp`, as "2026-09-20 21:03 UTC". */
function resetTimestamp(body: GeminiErrorBody | undefined): string | undefined {
  for (const info of detailsOfType(body, 'google.rpc.ErrorInfo')) {
    const metadata = info.metadata;
    const stamp = typeof metadata === 'object' && metadata !== null ? (metadata as Record<string, unknown>).quotaResetTimeStamp : undefined;
    if (typeof stamp !== 'string') continue;
    const time = Date.parse(stamp);
    if (Number.isFinite(time)) return `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  }
  return undefined;
}

/** 33 740 910 ms → "9 h 22 min". */
export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  const hours = Math.floor(minutes / 60);
  if (hours === 0) return `${minutes} min`;
  return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
