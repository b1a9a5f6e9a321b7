// Gemini's requests-per-minute limit as a sliding window over accepted requests: when it is full,
// the reply says how long until the oldest request leaves the window.

export type QuotaDecision = { readonly accepted: true } | { readonly accepted: false; readonly retryAfterMs: number };

export class SlidingWindowQuota {
  private accepted: number[] = [];

  /** `limit` 0 means no quota. Times are `performance.now()` values. */
  tryAccept(now: number, limit: number, windowMs: number): QuotaDecision {
    if (!(limit > 0)) return { accepted: true };
    this.accepted = this.accepted.filter((t) => t > now - windowMs);
    if (this.accepted.length >= limit) {
      const oldest = this.accepted[0] as number;
      return { accepted: false, retryAfterMs: oldest + windowMs - now };
    }
    this.accepted.push(now);
    return { accepted: true };
  }

  reset(): void {
    this.accepted = [];
  }
}
