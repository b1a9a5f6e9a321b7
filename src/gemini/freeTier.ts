import type { GenerationError } from '../core/generation/generationError';
import { parseErrorBody, detailsOfType, type GeminiErrorBody } from './errorClassifier';
import { bareModelId } from './modelTable';
import type { RateLimits } from './rateLimiter';

/**
 * Free-tier awareness. Quotas are per project and the free tier's are small (a handful of
 * requests a minute, about 20 a day per model, as of 2026-11). A 429 whose quota id says
 * `FreeTier` tells us the key is on it: the limiter drops to that tier's rate for the rest of the
 * session (so parallel chapters stop running into the wall one after another), and the writer is
 * told once.
 */

/** Requests a day the free tier allows per model (Gemini's rate-limit page, 2026-11: ~20). */
export const FREE_TIER_REQUESTS_PER_DAY = 20;

/** Per-minute requests of the free tier when the 429 does not say (`quotaValue`). */
function defaultFreeTierRpm(model: string): number {
  const id = bareModelId(model);
  if (/pro/.test(id)) return 5;
  if (/lite/.test(id)) return 15;
  return 10;
}

export interface FreeTierLimit {
  readonly quotaId: string;
  readonly requestsPerMinute: number;
}

/** The free tier's per-minute request limit a rate-limit failure names, if it names one. */
function freeTierLimitOf(failure: GenerationError, model: string): FreeTierLimit | undefined {
  if (failure.kind !== 'rate-limited') return undefined;
  const body = bodyOf(failure.cause);
  for (const detail of detailsOfType(body, 'google.rpc.QuotaFailure')) {
    for (const v of Array.isArray(detail.violations) ? (detail.violations as unknown[]) : []) {
      const violation = typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
      const quotaId = typeof violation.quotaId === 'string' ? violation.quotaId : '';
      if (!/FreeTier/i.test(quotaId) || !/Requests?PerMinute/i.test(quotaId)) continue;
      const value = Number(violation.quotaValue);
      return { quotaId, requestsPerMinute: Number.isFinite(value) && value > 0 ? value : defaultFreeTierRpm(model) };
    }
  }
  return undefined;
}

/** Holds the session's free-tier rate once seen, and says so once. */
export class FreeTierWatch {
  private limit: FreeTierLimit | undefined;

  constructor(private readonly notify: (message: string) => void) {}

  /** The free tier seen this session, if any. */
  get seen(): FreeTierLimit | undefined {
    return this.limit;
  }

  /** Notes a failure; true when it lowered the session's rate. */
  observe(failure: GenerationError, model: string): boolean {
    const found = freeTierLimitOf(failure, model);
    if (!found || (this.limit && this.limit.requestsPerMinute <= found.requestsPerMinute)) return false;
    const first = this.limit === undefined;
    this.limit = found;
    if (first) {
      this.notify(
        `Your key is on Gemini's free tier (${found.quotaId}): requests are limited to ${found.requestsPerMinute} a minute for the rest of this session. The free tier allows about ${FREE_TIER_REQUESTS_PER_DAY} requests a day per model, so a long story may need more than a day; a run resumes where it stopped.`,
      );
    }
    return true;
  }

  /** The configured limits, held to the free tier's rate once seen. */
  apply(limits: RateLimits): RateLimits {
    if (!this.limit) return limits;
    return { ...limits, requestsPerMinute: Math.min(limits.requestsPerMinute, this.limit.requestsPerMinute) };
  }
}

function bodyOf(cause: unknown): GeminiErrorBody | undefined {
  const message = cause instanceof Error ? cause.message : typeof cause === 'string' ? cause : undefined;
  return message === undefined ? undefined : parseErrorBody(message);
}

/**
 * Said before a run that needs more requests than the free tier allows in a day: how many it
 * needs, and that it will take more than a day there (runs resume where they stopped).
 */
export function freeTierRunAdvice(estimatedRequests: number, model: string): string | undefined {
  if (estimatedRequests <= FREE_TIER_REQUESTS_PER_DAY) return undefined;
  return `This run needs about ${estimatedRequests} requests to ${bareModelId(model)}. Gemini's free tier allows about ${FREE_TIER_REQUESTS_PER_DAY} a day per model, so on the free tier it cannot finish today: it stops at the daily quota and the next run (after midnight Pacific time) resumes where it stopped. A key with billing enabled has no such limit.`;
}
