import type { Clock } from '../core/ports';
import { levelOf, type CallPriority } from '../core/generation/callPriority';
import type { Subscription } from '../core/common/event';

export interface RateLimits {
  /** Most request starts in any window. */
  readonly requestsPerMinute: number;
  /** Most tokens (estimated, then corrected) in any window; 0 = no limit. */
  readonly tokensPerMinute: number;
  /** Least time between two request starts. */
  readonly minDelayMs: number;
  /** Most permits held at once. */
  readonly maxConcurrent: number;
  /** The sliding window; 60 000 ms unless a test shortens it. */
  readonly windowMs?: number;
}

export interface Permit {
  /** How long this caller waited in the queue. */
  readonly waitedMs: number;
  /** Frees the slot; `actualTokens` replaces the estimate in the token window. Idempotent. */
  release(actualTokens?: number): void;
}

interface Waiter {
  readonly tokens: number;
  readonly priority: CallPriority | undefined;
  readonly enqueuedAt: number;
  readonly grant: (permit: Permit) => void;
  readonly cancel: () => void;
}

interface TokenRecord {
  readonly at: number;
  tokens: number;
}

const MINUTE_MS = 60_000;

/**
 * Admits calls to Gemini in FIFO order within each priority (the writer's calls before
 * speculative ones, see `CallPriority`) under a sliding-window request and token budget,
 * a minimum spacing between starts, and a concurrency cap. A 429 pauses everyone (`pauseFor`),
 * because parallel callers would otherwise all run into the same wall one after another.
 *
 * Time comes only from the Clock: the queue wakes itself with `clock.sleep`, so a fake clock
 * drives it deterministically in tests.
 */
export class RateLimiter {
  private limits: Required<RateLimits>;
  private readonly queue: Waiter[] = [];
  private readonly starts: number[] = [];
  private readonly tokenLog: TokenRecord[] = [];
  private active = 0;
  private lastStartAt: number | undefined;
  private pausedUntil = 0;
  private wakeTimer: AbortController | undefined;
  private pauseTimer: AbortController | undefined;
  private disposed = false;

  constructor(
    limits: RateLimits,
    private readonly clock: Clock,
    /** Called when the pause starts or ends, so a UI can show its countdown. */
    private readonly onChange: () => void = () => {},
  ) {
    this.limits = withDefaults(limits);
  }

  /**
   * Resolves when the caller may start; rejects with the signal's reason if it aborts first. A
   * speculative caller queues behind every writer's caller (one that comes later goes first) and
   * never takes the request window's last start, so speculation cannot make the writer wait.
   */
  acquire(estimatedTokens: number, signal?: AbortSignal, priority?: CallPriority): Promise<Permit> {
    if (this.disposed) return Promise.reject(new Error('The rate limiter was disposed.'));
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<Permit>((resolve, reject) => {
      let raised: Subscription | undefined;
      const onAbort = () => {
        raised?.dispose();
        const index = this.queue.indexOf(waiter);
        if (index >= 0) this.queue.splice(index, 1);
        reject(signal?.reason);
        // The head may have left: the next one might be able to start now.
        this.pump();
      };
      const waiter: Waiter = {
        tokens: Math.max(0, estimatedTokens),
        priority,
        enqueuedAt: this.clock.now(),
        grant: (permit) => {
          raised?.dispose();
          signal?.removeEventListener('abort', onAbort);
          resolve(permit);
        },
        cancel: () => {
          raised?.dispose();
          signal?.removeEventListener('abort', onAbort);
          reject(new Error('The rate limiter was disposed.'));
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      // The writer now wants what was speculative: it moves up among the writer's callers.
      raised = levelOf(priority) === 'speculative' ? priority?.onRaised(() => this.requeue(waiter)) : undefined;
      this.enqueue(waiter);
      this.pump();
    });
  }

  /** A writer's caller goes before every speculative one; a speculative one goes last. */
  private enqueue(waiter: Waiter): void {
    const firstSpeculative = this.queue.findIndex((w) => w !== waiter && levelOf(w.priority) === 'speculative');
    if (levelOf(waiter.priority) === 'writer' && firstSpeculative >= 0) this.queue.splice(firstSpeculative, 0, waiter);
    else this.queue.push(waiter);
  }

  private requeue(waiter: Waiter): void {
    const index = this.queue.indexOf(waiter);
    if (index < 0) return;
    this.queue.splice(index, 1);
    this.enqueue(waiter);
    this.pump();
  }

  /** Holds every start until `ms` from now (a 429 told us to wait); never shortens a pause. */
  pauseFor(ms: number): void {
    const until = this.clock.now() + Math.max(0, ms);
    if (until <= this.pausedUntil) return;
    this.pausedUntil = until;
    this.pauseTimer?.abort();
    const timer = new AbortController();
    this.pauseTimer = timer;
    this.clock.sleep(until - this.clock.now(), timer.signal).then(
      () => {
        if (this.pauseTimer === timer) this.pauseTimer = undefined;
        this.onChange();
        this.pump();
      },
      () => {},
    );
    this.onChange();
    this.pump();
  }

  /** Milliseconds until the current 429 pause ends; 0 when not paused. */
  get rateLimitedForMs(): number {
    return Math.max(0, this.pausedUntil - this.clock.now());
  }

  get queueLength(): number {
    return this.queue.length;
  }

  get activeCount(): number {
    return this.active;
  }

  update(limits: RateLimits): void {
    this.limits = withDefaults(limits);
    this.pump();
  }

  /** Rejects every waiter and stops the timers. */
  dispose(): void {
    this.disposed = true;
    this.wakeTimer?.abort();
    this.pauseTimer?.abort();
    for (const waiter of this.queue.splice(0)) waiter.cancel();
  }

  /** Admits waiters from the head while they fit; otherwise sleeps until the head could. */
  private pump(): void {
    this.wakeTimer?.abort();
    this.wakeTimer = undefined;
    while (this.queue.length > 0 && !this.disposed) {
      const head = this.queue[0]!;
      const wait = this.waitNeeded(head);
      if (wait === 0) {
        this.queue.shift();
        head.grant(this.start(head));
        continue;
      }
      // Infinity: only a release can help, and release pumps.
      if (Number.isFinite(wait)) this.wakeAfter(wait);
      return;
    }
  }

  private wakeAfter(ms: number): void {
    const timer = new AbortController();
    this.wakeTimer = timer;
    this.clock.sleep(ms, timer.signal).then(
      () => {
        if (this.wakeTimer === timer) this.pump();
      },
      () => {},
    );
  }

  private start(waiter: Waiter): Permit {
    const now = this.clock.now();
    this.active++;
    this.lastStartAt = now;
    this.starts.push(now);
    const record: TokenRecord = { at: now, tokens: waiter.tokens };
    if (this.limits.tokensPerMinute > 0) this.tokenLog.push(record);
    let released = false;
    return {
      waitedMs: now - waiter.enqueuedAt,
      release: (actualTokens) => {
        if (released) return;
        released = true;
        if (actualTokens !== undefined && actualTokens >= 0) record.tokens = actualTokens;
        this.active--;
        this.pump();
      },
    };
  }

  /** 0 when the head may start now, Infinity when it needs a free slot, else ms to wait. */
  private waitNeeded(head: Waiter): number {
    const now = this.clock.now();
    const { windowMs, tokensPerMinute, minDelayMs, maxConcurrent } = this.limits;
    const { tokens } = head;
    // The window's last start is kept for the writer: a speculative call never takes it.
    const requestsPerMinute = this.limits.requestsPerMinute - (levelOf(head.priority) === 'speculative' ? 1 : 0);
    this.prune(now - windowMs);
    if (this.active >= maxConcurrent) return Number.POSITIVE_INFINITY;

    let wait = Math.max(0, this.pausedUntil - now);
    if (this.lastStartAt !== undefined) wait = Math.max(wait, this.lastStartAt + minDelayMs - now);
    if (requestsPerMinute <= 0) return Number.POSITIVE_INFINITY;
    if (this.starts.length >= requestsPerMinute) {
      // The start that must leave the window before one more fits.
      const blocking = this.starts[this.starts.length - requestsPerMinute]!;
      wait = Math.max(wait, blocking + windowMs - now);
    }
    if (tokensPerMinute > 0) wait = Math.max(wait, this.tokenWait(tokens, now));
    return Math.max(0, wait);
  }

  /** Time until enough token records leave the window for `tokens` more to fit. */
  private tokenWait(tokens: number, now: number): number {
    const { windowMs, tokensPerMinute } = this.limits;
    let used = this.tokenLog.reduce((sum, r) => sum + r.tokens, 0);
    if (used + tokens <= tokensPerMinute) return 0;
    for (const record of this.tokenLog) {
      used -= record.tokens;
      // A request larger than the whole budget goes alone, once the window is empty.
      if (used + tokens <= tokensPerMinute || used === 0) return record.at + windowMs - now;
    }
    return 0;
  }

  private prune(windowStart: number): void {
    while (this.starts.length > 0 && this.starts[0]! <= windowStart) this.starts.shift();
    while (this.tokenLog.length > 0 && this.tokenLog[0]!.at <= windowStart) this.tokenLog.shift();
  }
}

function withDefaults(limits: RateLimits): Required<RateLimits> {
  return {
    requestsPerMinute: Math.max(1, limits.requestsPerMinute),
    tokensPerMinute: Math.max(0, limits.tokensPerMinute),
    minDelayMs: Math.max(0, limits.minDelayMs),
    maxConcurrent: Math.max(1, limits.maxConcurrent),
    windowMs: limits.windowMs ?? MINUTE_MS,
  };
}
