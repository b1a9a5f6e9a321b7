"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var rateLimiter_exports = {};
__export(rateLimiter_exports, {
  RateLimiter: () => RateLimiter
});
module.exports = __toCommonJS(rateLimiter_exports);
const MINUTE_MS = 6e4;
class RateLimiter {
  constructor(limits, clock, onChange = () => {
  }) {
    this.clock = clock;
    this.onChange = onChange;
    this.limits = withDefaults(limits);
  }
  clock;
  onChange;
  limits;
  queue = [];
  starts = [];
  tokenLog = [];
  active = 0;
  lastStartAt;
  pausedUntil = 0;
  wakeTimer;
  pauseTimer;
  disposed = false;
  /** Resolves when the caller may start; rejects with the signal's reason if it aborts first. */
  acquire(estimatedTokens, signal) {
    if (this.disposed) return Promise.reject(new Error("The rate limiter was disposed."));
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        const index = this.queue.indexOf(waiter);
        if (index >= 0) this.queue.splice(index, 1);
        reject(signal?.reason);
        this.pump();
      };
      const waiter = {
        tokens: Math.max(0, estimatedTokens),
        enqueuedAt: this.clock.now(),
        grant: (permit) => {
          signal?.removeEventListener("abort", onAbort);
          resolve(permit);
        },
        cancel: () => {
          signal?.removeEventListener("abort", onAbort);
          reject(new Error("The rate limiter was disposed."));
        }
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.queue.push(waiter);
      this.pump();
    });
  }
  /** Holds every start until `ms` from now (a 429 told us to wait); never shortens a pause. */
  pauseFor(ms) {
    const until = this.clock.now() + Math.max(0, ms);
    if (until <= this.pausedUntil) return;
    this.pausedUntil = until;
    this.pauseTimer?.abort();
    const timer = new AbortController();
    this.pauseTimer = timer;
    this.clock.sleep(until - this.clock.now(), timer.signal).then(
      () => {
        if (this.pauseTimer === timer) this.pauseTimer = void 0;
        this.onChange();
        this.pump();
      },
      () => {
      }
    );
    this.onChange();
    this.pump();
  }
  /** Milliseconds until the current 429 pause ends; 0 when not paused. */
  get rateLimitedForMs() {
    return Math.max(0, this.pausedUntil - this.clock.now());
  }
  get queueLength() {
    return this.queue.length;
  }
  get activeCount() {
    return this.active;
  }
  update(limits) {
    this.limits = withDefaults(limits);
    this.pump();
  }
  /** Rejects every waiter and stops the timers. */
  dispose() {
    this.disposed = true;
    this.wakeTimer?.abort();
    this.pauseTimer?.abort();
    for (const waiter of this.queue.splice(0)) waiter.cancel();
  }
  /** Admits waiters from the head while they fit; otherwise sleeps until the head could. */
  pump() {
    this.wakeTimer?.abort();
    this.wakeTimer = void 0;
    while (this.queue.length > 0 && !this.disposed) {
      const head = this.queue[0];
      const wait = this.waitNeeded(head.tokens);
      if (wait === 0) {
        this.queue.shift();
        head.grant(this.start(head));
        continue;
      }
      if (Number.isFinite(wait)) this.wakeAfter(wait);
      return;
    }
  }
  wakeAfter(ms) {
    const timer = new AbortController();
    this.wakeTimer = timer;
    this.clock.sleep(ms, timer.signal).then(
      () => {
        if (this.wakeTimer === timer) this.pump();
      },
      () => {
      }
    );
  }
  start(waiter) {
    const now = this.clock.now();
    this.active++;
    this.lastStartAt = now;
    this.starts.push(now);
    const record = { at: now, tokens: waiter.tokens };
    if (this.limits.tokensPerMinute > 0) this.tokenLog.push(record);
    let released = false;
    return {
      waitedMs: now - waiter.enqueuedAt,
      release: (actualTokens) => {
        if (released) return;
        released = true;
        if (actualTokens !== void 0 && actualTokens >= 0) record.tokens = actualTokens;
        this.active--;
        this.pump();
      }
    };
  }
  /** 0 when the head may start now, Infinity when it needs a free slot, else ms to wait. */
  waitNeeded(tokens) {
    const now = this.clock.now();
    const { windowMs, requestsPerMinute, tokensPerMinute, minDelayMs, maxConcurrent } = this.limits;
    this.prune(now - windowMs);
    if (this.active >= maxConcurrent) return Number.POSITIVE_INFINITY;
    let wait = Math.max(0, this.pausedUntil - now);
    if (this.lastStartAt !== void 0) wait = Math.max(wait, this.lastStartAt + minDelayMs - now);
    if (this.starts.length >= requestsPerMinute) {
      const blocking = this.starts[this.starts.length - requestsPerMinute];
      wait = Math.max(wait, blocking + windowMs - now);
    }
    if (tokensPerMinute > 0) wait = Math.max(wait, this.tokenWait(tokens, now));
    return Math.max(0, wait);
  }
  /** Time until enough token records leave the window for `tokens` more to fit. */
  tokenWait(tokens, now) {
    const { windowMs, tokensPerMinute } = this.limits;
    let used = this.tokenLog.reduce((sum, r) => sum + r.tokens, 0);
    if (used + tokens <= tokensPerMinute) return 0;
    for (const record of this.tokenLog) {
      used -= record.tokens;
      if (used + tokens <= tokensPerMinute || used === 0) return record.at + windowMs - now;
    }
    return 0;
  }
  prune(windowStart) {
    while (this.starts.length > 0 && this.starts[0] <= windowStart) this.starts.shift();
    while (this.tokenLog.length > 0 && this.tokenLog[0].at <= windowStart) this.tokenLog.shift();
  }
}
function withDefaults(limits) {
  return {
    requestsPerMinute: Math.max(1, limits.requestsPerMinute),
    tokensPerMinute: Math.max(0, limits.tokensPerMinute),
    minDelayMs: Math.max(0, limits.minDelayMs),
    maxConcurrent: Math.max(1, limits.maxConcurrent),
    windowMs: limits.windowMs ?? MINUTE_MS
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  RateLimiter
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2dlbWluaS9yYXRlTGltaXRlci50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0IHR5cGUgeyBDbG9jayB9IGZyb20gJy4uL2NvcmUvcG9ydHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIFJhdGVMaW1pdHMge1xuICAvKiogTW9zdCByZXF1ZXN0IHN0YXJ0cyBpbiBhbnkgd2luZG93LiAqL1xuICByZWFkb25seSByZXF1ZXN0c1Blck1pbnV0ZTogbnVtYmVyO1xuICAvKiogTW9zdCB0b2tlbnMgKGVzdGltYXRlZCwgdGhlbiBjb3JyZWN0ZWQpIGluIGFueSB3aW5kb3c7IDAgPSBubyBsaW1pdC4gKi9cbiAgcmVhZG9ubHkgdG9rZW5zUGVyTWludXRlOiBudW1iZXI7XG4gIC8qKiBMZWFzdCB0aW1lIGJldHdlZW4gdHdvIHJlcXVlc3Qgc3RhcnRzLiAqL1xuICByZWFkb25seSBtaW5EZWxheU1zOiBudW1iZXI7XG4gIC8qKiBNb3N0IHBlcm1pdHMgaGVsZCBhdCBvbmNlLiAqL1xuICByZWFkb25seSBtYXhDb25jdXJyZW50OiBudW1iZXI7XG4gIC8qKiBUaGUgc2xpZGluZyB3aW5kb3c7IDYwIDAwMCBtcyB1bmxlc3MgYSB0ZXN0IHNob3J0ZW5zIGl0LiAqL1xuICByZWFkb25seSB3aW5kb3dNcz86IG51bWJlcjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBQZXJtaXQge1xuICAvKiogSG93IGxvbmcgdGhpcyBjYWxsZXIgd2FpdGVkIGluIHRoZSBxdWV1ZS4gKi9cbiAgcmVhZG9ubHkgd2FpdGVkTXM6IG51bWJlcjtcbiAgLyoqIEZyZWVzIHRoZSBzbG90OyBgYWN0dWFsVG9rZW5zYCByZXBsYWNlcyB0aGUgZXN0aW1hdGUgaW4gdGhlIHRva2VuIHdpbmRvdy4gSWRlbXBvdGVudC4gKi9cbiAgcmVsZWFzZShhY3R1YWxUb2tlbnM/OiBudW1iZXIpOiB2b2lkO1xufVxuXG5pbnRlcmZhY2UgV2FpdGVyIHtcbiAgcmVhZG9ubHkgdG9rZW5zOiBudW1iZXI7XG4gIHJlYWRvbmx5IGVucXVldWVkQXQ6IG51bWJlcjtcbiAgcmVhZG9ubHkgZ3JhbnQ6IChwZXJtaXQ6IFBlcm1pdCkgPT4gdm9pZDtcbiAgcmVhZG9ubHkgY2FuY2VsOiAoKSA9PiB2b2lkO1xufVxuXG5pbnRlcmZhY2UgVG9rZW5SZWNvcmQge1xuICByZWFkb25seSBhdDogbnVtYmVyO1xuICB0b2tlbnM6IG51bWJlcjtcbn1cblxuY29uc3QgTUlOVVRFX01TID0gNjBfMDAwO1xuXG4vKipcbiAqIEFkbWl0cyBjYWxscyB0byBHZW1pbmkgaW4gc3RyaWN0IEZJRk8gb3JkZXIgdW5kZXIgYSBzbGlkaW5nLXdpbmRvdyByZXF1ZXN0IGFuZCB0b2tlbiBidWRnZXQsXG4gKiBhIG1pbmltdW0gc3BhY2luZyBiZXR3ZWVuIHN0YXJ0cywgYW5kIGEgY29uY3VycmVuY3kgY2FwLiBBIDQyOSBwYXVzZXMgZXZlcnlvbmUgKGBwYXVzZUZvcmApLFxuICogYmVjYXVzZSBwYXJhbGxlbCBjYWxsZXJzIHdvdWxkIG90aGVyd2lzZSBhbGwgcnVuIGludG8gdGhlIHNhbWUgd2FsbCBvbmUgYWZ0ZXIgYW5vdGhlci5cbiAqXG4gKiBUaW1lIGNvbWVzIG9ubHkgZnJvbSB0aGUgQ2xvY2s6IHRoZSBxdWV1ZSB3YWtlcyBpdHNlbGYgd2l0aCBgY2xvY2suc2xlZXBgLCBzbyBhIGZha2UgY2xvY2tcbiAqIGRyaXZlcyBpdCBkZXRlcm1pbmlzdGljYWxseSBpbiB0ZXN0cy5cbiAqL1xuZXhwb3J0IGNsYXNzIFJhdGVMaW1pdGVyIHtcbiAgcHJpdmF0ZSBsaW1pdHM6IFJlcXVpcmVkPFJhdGVMaW1pdHM+O1xuICBwcml2YXRlIHJlYWRvbmx5IHF1ZXVlOiBXYWl0ZXJbXSA9IFtdO1xuICBwcml2YXRlIHJlYWRvbmx5IHN0YXJ0czogbnVtYmVyW10gPSBbXTtcbiAgcHJpdmF0ZSByZWFkb25seSB0b2tlbkxvZzogVG9rZW5SZWNvcmRbXSA9IFtdO1xuICBwcml2YXRlIGFjdGl2ZSA9IDA7XG4gIHByaXZhdGUgbGFzdFN0YXJ0QXQ6IG51bWJlciB8IHVuZGVmaW5lZDtcbiAgcHJpdmF0ZSBwYXVzZWRVbnRpbCA9IDA7XG4gIHByaXZhdGUgd2FrZVRpbWVyOiBBYm9ydENvbnRyb2xsZXIgfCB1bmRlZmluZWQ7XG4gIHByaXZhdGUgcGF1c2VUaW1lcjogQWJvcnRDb250cm9sbGVyIHwgdW5kZWZpbmVkO1xuICBwcml2YXRlIGRpc3Bvc2VkID0gZmFsc2U7XG5cbiAgY29uc3RydWN0b3IoXG4gICAgbGltaXRzOiBSYXRlTGltaXRzLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgY2xvY2s6IENsb2NrLFxuICAgIC8qKiBDYWxsZWQgd2hlbiB0aGUgcGF1c2Ugc3RhcnRzIG9yIGVuZHMsIHNvIGEgVUkgY2FuIHNob3cgaXRzIGNvdW50ZG93bi4gKi9cbiAgICBwcml2YXRlIHJlYWRvbmx5IG9uQ2hhbmdlOiAoKSA9PiB2b2lkID0gKCkgPT4ge30sXG4gICkge1xuICAgIHRoaXMubGltaXRzID0gd2l0aERlZmF1bHRzKGxpbWl0cyk7XG4gIH1cblxuICAvKiogUmVzb2x2ZXMgd2hlbiB0aGUgY2FsbGVyIG1heSBzdGFydDsgcmVqZWN0cyB3aXRoIHRoZSBzaWduYWwncyByZWFzb24gaWYgaXQgYWJvcnRzIGZpcnN0LiAqL1xuICBhY3F1aXJlKGVzdGltYXRlZFRva2VuczogbnVtYmVyLCBzaWduYWw/OiBBYm9ydFNpZ25hbCk6IFByb21pc2U8UGVybWl0PiB7XG4gICAgaWYgKHRoaXMuZGlzcG9zZWQpIHJldHVybiBQcm9taXNlLnJlamVjdChuZXcgRXJyb3IoJ1RoZSByYXRlIGxpbWl0ZXIgd2FzIGRpc3Bvc2VkLicpKTtcbiAgICBpZiAoc2lnbmFsPy5hYm9ydGVkKSByZXR1cm4gUHJvbWlzZS5yZWplY3Qoc2lnbmFsLnJlYXNvbik7XG4gICAgcmV0dXJuIG5ldyBQcm9taXNlPFBlcm1pdD4oKHJlc29sdmUsIHJlamVjdCkgPT4ge1xuICAgICAgY29uc3Qgb25BYm9ydCA9ICgpID0+IHtcbiAgICAgICAgY29uc3QgaW5kZXggPSB0aGlzLnF1ZXVlLmluZGV4T2Yod2FpdGVyKTtcbiAgICAgICAgaWYgKGluZGV4ID49IDApIHRoaXMucXVldWUuc3BsaWNlKGluZGV4LCAxKTtcbiAgICAgICAgcmVqZWN0KHNpZ25hbD8ucmVhc29uKTtcbiAgICAgICAgLy8gVGhlIGhlYWQgbWF5IGhhdmUgbGVmdDogdGhlIG5leHQgb25lIG1pZ2h0IGJlIGFibGUgdG8gc3RhcnQgbm93LlxuICAgICAgICB0aGlzLnB1bXAoKTtcbiAgICAgIH07XG4gICAgICBjb25zdCB3YWl0ZXI6IFdhaXRlciA9IHtcbiAgICAgICAgdG9rZW5zOiBNYXRoLm1heCgwLCBlc3RpbWF0ZWRUb2tlbnMpLFxuICAgICAgICBlbnF1ZXVlZEF0OiB0aGlzLmNsb2NrLm5vdygpLFxuICAgICAgICBncmFudDogKHBlcm1pdCkgPT4ge1xuICAgICAgICAgIHNpZ25hbD8ucmVtb3ZlRXZlbnRMaXN0ZW5lcignYWJvcnQnLCBvbkFib3J0KTtcbiAgICAgICAgICByZXNvbHZlKHBlcm1pdCk7XG4gICAgICAgIH0sXG4gICAgICAgIGNhbmNlbDogKCkgPT4ge1xuICAgICAgICAgIHNpZ25hbD8ucmVtb3ZlRXZlbnRMaXN0ZW5lcignYWJvcnQnLCBvbkFib3J0KTtcbiAgICAgICAgICByZWplY3QobmV3IEVycm9yKCdUaGUgcmF0ZSBsaW1pdGVyIHdhcyBkaXNwb3NlZC4nKSk7XG4gICAgICAgIH0sXG4gICAgICB9O1xuICAgICAgc2lnbmFsPy5hZGRFdmVudExpc3RlbmVyKCdhYm9ydCcsIG9uQWJvcnQsIHsgb25jZTogdHJ1ZSB9KTtcbiAgICAgIHRoaXMucXVldWUucHVzaCh3YWl0ZXIpO1xuICAgICAgdGhpcy5wdW1wKCk7XG4gICAgfSk7XG4gIH1cblxuICAvKiogSG9sZHMgZXZlcnkgc3RhcnQgdW50aWwgYG1zYCBmcm9tIG5vdyAoYSA0MjkgdG9sZCB1cyB0byB3YWl0KTsgbmV2ZXIgc2hvcnRlbnMgYSBwYXVzZS4gKi9cbiAgcGF1c2VGb3IobXM6IG51bWJlcik6IHZvaWQge1xuICAgIGNvbnN0IHVudGlsID0gdGhpcy5jbG9jay5ub3coKSArIE1hdGgubWF4KDAsIG1zKTtcbiAgICBpZiAodW50aWwgPD0gdGhpcy5wYXVzZWRVbnRpbCkgcmV0dXJuO1xuICAgIHRoaXMucGF1c2VkVW50aWwgPSB1bnRpbDtcbiAgICB0aGlzLnBhdXNlVGltZXI/LmFib3J0KCk7XG4gICAgY29uc3QgdGltZXIgPSBuZXcgQWJvcnRDb250cm9sbGVyKCk7XG4gICAgdGhpcy5wYXVzZVRpbWVyID0gdGltZXI7XG4gICAgdGhpcy5jbG9jay5zbGVlcCh1bnRpbCAtIHRoaXMuY2xvY2subm93KCksIHRpbWVyLnNpZ25hbCkudGhlbihcbiAgICAgICgpID0+IHtcbiAgICAgICAgaWYgKHRoaXMucGF1c2VUaW1lciA9PT0gdGltZXIpIHRoaXMucGF1c2VUaW1lciA9IHVuZGVmaW5lZDtcbiAgICAgICAgdGhpcy5vbkNoYW5nZSgpO1xuICAgICAgICB0aGlzLnB1bXAoKTtcbiAgICAgIH0sXG4gICAgICAoKSA9PiB7fSxcbiAgICApO1xuICAgIHRoaXMub25DaGFuZ2UoKTtcbiAgICB0aGlzLnB1bXAoKTtcbiAgfVxuXG4gIC8qKiBNaWxsaXNlY29uZHMgdW50aWwgdGhlIGN1cnJlbnQgNDI5IHBhdXNlIGVuZHM7IDAgd2hlbiBub3QgcGF1c2VkLiAqL1xuICBnZXQgcmF0ZUxpbWl0ZWRGb3JNcygpOiBudW1iZXIge1xuICAgIHJldHVybiBNYXRoLm1heCgwLCB0aGlzLnBhdXNlZFVudGlsIC0gdGhpcy5jbG9jay5ub3coKSk7XG4gIH1cblxuICBnZXQgcXVldWVMZW5ndGgoKTogbnVtYmVyIHtcbiAgICByZXR1cm4gdGhpcy5xdWV1ZS5sZW5ndGg7XG4gIH1cblxuICBnZXQgYWN0aXZlQ291bnQoKTogbnVtYmVyIHtcbiAgICByZXR1cm4gdGhpcy5hY3RpdmU7XG4gIH1cblxuICB1cGRhdGUobGltaXRzOiBSYXRlTGltaXRzKTogdm9pZCB7XG4gICAgdGhpcy5saW1pdHMgPSB3aXRoRGVmYXVsdHMobGltaXRzKTtcbiAgICB0aGlzLnB1bXAoKTtcbiAgfVxuXG4gIC8qKiBSZWplY3RzIGV2ZXJ5IHdhaXRlciBhbmQgc3RvcHMgdGhlIHRpbWVycy4gKi9cbiAgZGlzcG9zZSgpOiB2b2lkIHtcbiAgICB0aGlzLmRpc3Bvc2VkID0gdHJ1ZTtcbiAgICB0aGlzLndha2VUaW1lcj8uYWJvcnQoKTtcbiAgICB0aGlzLnBhdXNlVGltZXI/LmFib3J0KCk7XG4gICAgZm9yIChjb25zdCB3YWl0ZXIgb2YgdGhpcy5xdWV1ZS5zcGxpY2UoMCkpIHdhaXRlci5jYW5jZWwoKTtcbiAgfVxuXG4gIC8qKiBBZG1pdHMgd2FpdGVycyBmcm9tIHRoZSBoZWFkIHdoaWxlIHRoZXkgZml0OyBvdGhlcndpc2Ugc2xlZXBzIHVudGlsIHRoZSBoZWFkIGNvdWxkLiAqL1xuICBwcml2YXRlIHB1bXAoKTogdm9pZCB7XG4gICAgdGhpcy53YWtlVGltZXI/LmFib3J0KCk7XG4gICAgdGhpcy53YWtlVGltZXIgPSB1bmRlZmluZWQ7XG4gICAgd2hpbGUgKHRoaXMucXVldWUubGVuZ3RoID4gMCAmJiAhdGhpcy5kaXNwb3NlZCkge1xuICAgICAgY29uc3QgaGVhZCA9IHRoaXMucXVldWVbMF0hO1xuICAgICAgY29uc3Qgd2FpdCA9IHRoaXMud2FpdE5lZWRlZChoZWFkLnRva2Vucyk7XG4gICAgICBpZiAod2FpdCA9PT0gMCkge1xuICAgICAgICB0aGlzLnF1ZXVlLnNoaWZ0KCk7XG4gICAgICAgIGhlYWQuZ3JhbnQodGhpcy5zdGFydChoZWFkKSk7XG4gICAgICAgIGNvbnRpbnVlO1xuICAgICAgfVxuICAgICAgLy8gSW5maW5pdHk6IG9ubHkgYSByZWxlYXNlIGNhbiBoZWxwLCBhbmQgcmVsZWFzZSBwdW1wcy5cbiAgICAgIGlmIChOdW1iZXIuaXNGaW5pdGUod2FpdCkpIHRoaXMud2FrZUFmdGVyKHdhaXQpO1xuICAgICAgcmV0dXJuO1xuICAgIH1cbiAgfVxuXG4gIHByaXZhdGUgd2FrZUFmdGVyKG1zOiBudW1iZXIpOiB2b2lkIHtcbiAgICBjb25zdCB0aW1lciA9IG5ldyBBYm9ydENvbnRyb2xsZXIoKTtcbiAgICB0aGlzLndha2VUaW1lciA9IHRpbWVyO1xuICAgIHRoaXMuY2xvY2suc2xlZXAobXMsIHRpbWVyLnNpZ25hbCkudGhlbihcbiAgICAgICgpID0+IHtcbiAgICAgICAgaWYgKHRoaXMud2FrZVRpbWVyID09PSB0aW1lcikgdGhpcy5wdW1wKCk7XG4gICAgICB9LFxuICAgICAgKCkgPT4ge30sXG4gICAgKTtcbiAgfVxuXG4gIHByaXZhdGUgc3RhcnQod2FpdGVyOiBXYWl0ZXIpOiBQZXJtaXQge1xuICAgIGNvbnN0IG5vdyA9IHRoaXMuY2xvY2subm93KCk7XG4gICAgdGhpcy5hY3RpdmUrKztcbiAgICB0aGlzLmxhc3RTdGFydEF0ID0gbm93O1xuICAgIHRoaXMuc3RhcnRzLnB1c2gobm93KTtcbiAgICBjb25zdCByZWNvcmQ6IFRva2VuUmVjb3JkID0geyBhdDogbm93LCB0b2tlbnM6IHdhaXRlci50b2tlbnMgfTtcbiAgICBpZiAodGhpcy5saW1pdHMudG9rZW5zUGVyTWludXRlID4gMCkgdGhpcy50b2tlbkxvZy5wdXNoKHJlY29yZCk7XG4gICAgbGV0IHJlbGVhc2VkID0gZmFsc2U7XG4gICAgcmV0dXJuIHtcbiAgICAgIHdhaXRlZE1zOiBub3cgLSB3YWl0ZXIuZW5xdWV1ZWRBdCxcbiAgICAgIHJlbGVhc2U6IChhY3R1YWxUb2tlbnMpID0+IHtcbiAgICAgICAgaWYgKHJlbGVhc2VkKSByZXR1cm47XG4gICAgICAgIHJlbGVhc2VkID0gdHJ1ZTtcbiAgICAgICAgaWYgKGFjdHVhbFRva2VucyAhPT0gdW5kZWZpbmVkICYmIGFjdHVhbFRva2VucyA+PSAwKSByZWNvcmQudG9rZW5zID0gYWN0dWFsVG9rZW5zO1xuICAgICAgICB0aGlzLmFjdGl2ZS0tO1xuICAgICAgICB0aGlzLnB1bXAoKTtcbiAgICAgIH0sXG4gICAgfTtcbiAgfVxuXG4gIC8qKiAwIHdoZW4gdGhlIGhlYWQgbWF5IHN0YXJ0IG5vdywgSW5maW5pdHkgd2hlbiBpdCBuZWVkcyBhIGZyZWUgc2xvdCwgZWxzZSBtcyB0byB3YWl0LiAqL1xuICBwcml2YXRlIHdhaXROZWVkZWQodG9rZW5zOiBudW1iZXIpOiBudW1iZXIge1xuICAgIGNvbnN0IG5vdyA9IHRoaXMuY2xvY2subm93KCk7XG4gICAgY29uc3QgeyB3aW5kb3dNcywgcmVxdWVzdHNQZXJNaW51dGUsIHRva2Vuc1Blck1pbnV0ZSwgbWluRGVsYXlNcywgbWF4Q29uY3VycmVudCB9ID0gdGhpcy5saW1pdHM7XG4gICAgdGhpcy5wcnVuZShub3cgLSB3aW5kb3dNcyk7XG4gICAgaWYgKHRoaXMuYWN0aXZlID49IG1heENvbmN1cnJlbnQpIHJldHVybiBOdW1iZXIuUE9TSVRJVkVfSU5GSU5JVFk7XG5cbiAgICBsZXQgd2FpdCA9IE1hdGgubWF4KDAsIHRoaXMucGF1c2VkVW50aWwgLSBub3cpO1xuICAgIGlmICh0aGlzLmxhc3RTdGFydEF0ICE9PSB1bmRlZmluZWQpIHdhaXQgPSBNYXRoLm1heCh3YWl0LCB0aGlzLmxhc3RTdGFydEF0ICsgbWluRGVsYXlNcyAtIG5vdyk7XG4gICAgaWYgKHRoaXMuc3RhcnRzLmxlbmd0aCA+PSByZXF1ZXN0c1Blck1pbnV0ZSkge1xuICAgICAgLy8gVGhlIHN0YXJ0IHRoYXQgbXVzdCBsZWF2ZSB0aGUgd2luZG93IGJlZm9yZSBvbmUgbW9yZSBmaXRzLlxuICAgICAgY29uc3QgYmxvY2tpbmcgPSB0aGlzLnN0YXJ0c1t0aGlzLnN0YXJ0cy5sZW5ndGggLSByZXF1ZXN0c1Blck1pbnV0ZV0hO1xuICAgICAgd2FpdCA9IE1hdGgubWF4KHdhaXQsIGJsb2NraW5nICsgd2luZG93TXMgLSBub3cpO1xuICAgIH1cbiAgICBpZiAodG9rZW5zUGVyTWludXRlID4gMCkgd2FpdCA9IE1hdGgubWF4KHdhaXQsIHRoaXMudG9rZW5XYWl0KHRva2Vucywgbm93KSk7XG4gICAgcmV0dXJuIE1hdGgubWF4KDAsIHdhaXQpO1xuICB9XG5cbiAgLyoqIFRpbWUgdW50aWwgZW5vdWdoIHRva2VuIHJlY29yZHMgbGVhdmUgdGhlIHdpbmRvdyBmb3IgYHRva2Vuc2AgbW9yZSB0byBmaXQuICovXG4gIHByaXZhdGUgdG9rZW5XYWl0KHRva2VuczogbnVtYmVyLCBub3c6IG51bWJlcik6IG51bWJlciB7XG4gICAgY29uc3QgeyB3aW5kb3dNcywgdG9rZW5zUGVyTWludXRlIH0gPSB0aGlzLmxpbWl0cztcbiAgICBsZXQgdXNlZCA9IHRoaXMudG9rZW5Mb2cucmVkdWNlKChzdW0sIHIpID0+IHN1bSArIHIudG9rZW5zLCAwKTtcbiAgICBpZiAodXNlZCArIHRva2VucyA8PSB0b2tlbnNQZXJNaW51dGUpIHJldHVybiAwO1xuICAgIGZvciAoY29uc3QgcmVjb3JkIG9mIHRoaXMudG9rZW5Mb2cpIHtcbiAgICAgIHVzZWQgLT0gcmVjb3JkLnRva2VucztcbiAgICAgIC8vIEEgcmVxdWVzdCBsYXJnZXIgdGhhbiB0aGUgd2hvbGUgYnVkZ2V0IGdvZXMgYWxvbmUsIG9uY2UgdGhlIHdpbmRvdyBpcyBlbXB0eS5cbiAgICAgIGlmICh1c2VkICsgdG9rZW5zIDw9IHRva2Vuc1Blck1pbnV0ZSB8fCB1c2VkID09PSAwKSByZXR1cm4gcmVjb3JkLmF0ICsgd2luZG93TXMgLSBub3c7XG4gICAgfVxuICAgIHJldHVybiAwO1xuICB9XG5cbiAgcHJpdmF0ZSBwcnVuZSh3aW5kb3dTdGFydDogbnVtYmVyKTogdm9pZCB7XG4gICAgd2hpbGUgKHRoaXMuc3RhcnRzLmxlbmd0aCA+IDAgJiYgdGhpcy5zdGFydHNbMF0hIDw9IHdpbmRvd1N0YXJ0KSB0aGlzLnN0YXJ0cy5zaGlmdCgpO1xuICAgIHdoaWxlICh0aGlzLnRva2VuTG9nLmxlbmd0aCA+IDAgJiYgdGhpcy50b2tlbkxvZ1swXSEuYXQgPD0gd2luZG93U3RhcnQpIHRoaXMudG9rZW5Mb2cuc2hpZnQoKTtcbiAgfVxufVxuXG5mdW5jdGlvbiB3aXRoRGVmYXVsdHMobGltaXRzOiBSYXRlTGltaXRzKTogUmVxdWlyZWQ8UmF0ZUxpbWl0cz4ge1xuICByZXR1cm4ge1xuICAgIHJlcXVlc3RzUGVyTWludXRlOiBNYXRoLm1heCgxLCBsaW1pdHMucmVxdWVzdHNQZXJNaW51dGUpLFxuICAgIHRva2Vuc1Blck1pbnV0ZTogTWF0aC5tYXgoMCwgbGltaXRzLnRva2Vuc1Blck1pbnV0ZSksXG4gICAgbWluRGVsYXlNczogTWF0aC5tYXgoMCwgbGltaXRzLm1pbkRlbGF5TXMpLFxuICAgIG1heENvbmN1cnJlbnQ6IE1hdGgubWF4KDEsIGxpbWl0cy5tYXhDb25jdXJyZW50KSxcbiAgICB3aW5kb3dNczogbGltaXRzLndpbmRvd01zID8/IE1JTlVURV9NUyxcbiAgfTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFrQ0EsTUFBTSxZQUFZO0FBVVgsTUFBTSxZQUFZO0FBQUEsRUFZdkIsWUFDRSxRQUNpQixPQUVBLFdBQXVCLE1BQU07QUFBQSxFQUFDLEdBQy9DO0FBSGlCO0FBRUE7QUFFakIsU0FBSyxTQUFTLGFBQWEsTUFBTTtBQUFBLEVBQ25DO0FBQUEsRUFMbUI7QUFBQSxFQUVBO0FBQUEsRUFmWDtBQUFBLEVBQ1MsUUFBa0IsQ0FBQztBQUFBLEVBQ25CLFNBQW1CLENBQUM7QUFBQSxFQUNwQixXQUEwQixDQUFDO0FBQUEsRUFDcEMsU0FBUztBQUFBLEVBQ1Q7QUFBQSxFQUNBLGNBQWM7QUFBQSxFQUNkO0FBQUEsRUFDQTtBQUFBLEVBQ0EsV0FBVztBQUFBO0FBQUEsRUFZbkIsUUFBUSxpQkFBeUIsUUFBdUM7QUFDdEUsUUFBSSxLQUFLLFNBQVUsUUFBTyxRQUFRLE9BQU8sSUFBSSxNQUFNLGdDQUFnQyxDQUFDO0FBQ3BGLFFBQUksUUFBUSxRQUFTLFFBQU8sUUFBUSxPQUFPLE9BQU8sTUFBTTtBQUN4RCxXQUFPLElBQUksUUFBZ0IsQ0FBQyxTQUFTLFdBQVc7QUFDOUMsWUFBTSxVQUFVLE1BQU07QUFDcEIsY0FBTSxRQUFRLEtBQUssTUFBTSxRQUFRLE1BQU07QUFDdkMsWUFBSSxTQUFTLEVBQUcsTUFBSyxNQUFNLE9BQU8sT0FBTyxDQUFDO0FBQzFDLGVBQU8sUUFBUSxNQUFNO0FBRXJCLGFBQUssS0FBSztBQUFBLE1BQ1o7QUFDQSxZQUFNLFNBQWlCO0FBQUEsUUFDckIsUUFBUSxLQUFLLElBQUksR0FBRyxlQUFlO0FBQUEsUUFDbkMsWUFBWSxLQUFLLE1BQU0sSUFBSTtBQUFBLFFBQzNCLE9BQU8sQ0FBQyxXQUFXO0FBQ2pCLGtCQUFRLG9CQUFvQixTQUFTLE9BQU87QUFDNUMsa0JBQVEsTUFBTTtBQUFBLFFBQ2hCO0FBQUEsUUFDQSxRQUFRLE1BQU07QUFDWixrQkFBUSxvQkFBb0IsU0FBUyxPQUFPO0FBQzVDLGlCQUFPLElBQUksTUFBTSxnQ0FBZ0MsQ0FBQztBQUFBLFFBQ3BEO0FBQUEsTUFDRjtBQUNBLGNBQVEsaUJBQWlCLFNBQVMsU0FBUyxFQUFFLE1BQU0sS0FBSyxDQUFDO0FBQ3pELFdBQUssTUFBTSxLQUFLLE1BQU07QUFDdEIsV0FBSyxLQUFLO0FBQUEsSUFDWixDQUFDO0FBQUEsRUFDSDtBQUFBO0FBQUEsRUFHQSxTQUFTLElBQWtCO0FBQ3pCLFVBQU0sUUFBUSxLQUFLLE1BQU0sSUFBSSxJQUFJLEtBQUssSUFBSSxHQUFHLEVBQUU7QUFDL0MsUUFBSSxTQUFTLEtBQUssWUFBYTtBQUMvQixTQUFLLGNBQWM7QUFDbkIsU0FBSyxZQUFZLE1BQU07QUFDdkIsVUFBTSxRQUFRLElBQUksZ0JBQWdCO0FBQ2xDLFNBQUssYUFBYTtBQUNsQixTQUFLLE1BQU0sTUFBTSxRQUFRLEtBQUssTUFBTSxJQUFJLEdBQUcsTUFBTSxNQUFNLEVBQUU7QUFBQSxNQUN2RCxNQUFNO0FBQ0osWUFBSSxLQUFLLGVBQWUsTUFBTyxNQUFLLGFBQWE7QUFDakQsYUFBSyxTQUFTO0FBQ2QsYUFBSyxLQUFLO0FBQUEsTUFDWjtBQUFBLE1BQ0EsTUFBTTtBQUFBLE1BQUM7QUFBQSxJQUNUO0FBQ0EsU0FBSyxTQUFTO0FBQ2QsU0FBSyxLQUFLO0FBQUEsRUFDWjtBQUFBO0FBQUEsRUFHQSxJQUFJLG1CQUEyQjtBQUM3QixXQUFPLEtBQUssSUFBSSxHQUFHLEtBQUssY0FBYyxLQUFLLE1BQU0sSUFBSSxDQUFDO0FBQUEsRUFDeEQ7QUFBQSxFQUVBLElBQUksY0FBc0I7QUFDeEIsV0FBTyxLQUFLLE1BQU07QUFBQSxFQUNwQjtBQUFBLEVBRUEsSUFBSSxjQUFzQjtBQUN4QixXQUFPLEtBQUs7QUFBQSxFQUNkO0FBQUEsRUFFQSxPQUFPLFFBQTBCO0FBQy9CLFNBQUssU0FBUyxhQUFhLE1BQU07QUFDakMsU0FBSyxLQUFLO0FBQUEsRUFDWjtBQUFBO0FBQUEsRUFHQSxVQUFnQjtBQUNkLFNBQUssV0FBVztBQUNoQixTQUFLLFdBQVcsTUFBTTtBQUN0QixTQUFLLFlBQVksTUFBTTtBQUN2QixlQUFXLFVBQVUsS0FBSyxNQUFNLE9BQU8sQ0FBQyxFQUFHLFFBQU8sT0FBTztBQUFBLEVBQzNEO0FBQUE7QUFBQSxFQUdRLE9BQWE7QUFDbkIsU0FBSyxXQUFXLE1BQU07QUFDdEIsU0FBSyxZQUFZO0FBQ2pCLFdBQU8sS0FBSyxNQUFNLFNBQVMsS0FBSyxDQUFDLEtBQUssVUFBVTtBQUM5QyxZQUFNLE9BQU8sS0FBSyxNQUFNLENBQUM7QUFDekIsWUFBTSxPQUFPLEtBQUssV0FBVyxLQUFLLE1BQU07QUFDeEMsVUFBSSxTQUFTLEdBQUc7QUFDZCxhQUFLLE1BQU0sTUFBTTtBQUNqQixhQUFLLE1BQU0sS0FBSyxNQUFNLElBQUksQ0FBQztBQUMzQjtBQUFBLE1BQ0Y7QUFFQSxVQUFJLE9BQU8sU0FBUyxJQUFJLEVBQUcsTUFBSyxVQUFVLElBQUk7QUFDOUM7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUFBLEVBRVEsVUFBVSxJQUFrQjtBQUNsQyxVQUFNLFFBQVEsSUFBSSxnQkFBZ0I7QUFDbEMsU0FBSyxZQUFZO0FBQ2pCLFNBQUssTUFBTSxNQUFNLElBQUksTUFBTSxNQUFNLEVBQUU7QUFBQSxNQUNqQyxNQUFNO0FBQ0osWUFBSSxLQUFLLGNBQWMsTUFBTyxNQUFLLEtBQUs7QUFBQSxNQUMxQztBQUFBLE1BQ0EsTUFBTTtBQUFBLE1BQUM7QUFBQSxJQUNUO0FBQUEsRUFDRjtBQUFBLEVBRVEsTUFBTSxRQUF3QjtBQUNwQyxVQUFNLE1BQU0sS0FBSyxNQUFNLElBQUk7QUFDM0IsU0FBSztBQUNMLFNBQUssY0FBYztBQUNuQixTQUFLLE9BQU8sS0FBSyxHQUFHO0FBQ3BCLFVBQU0sU0FBc0IsRUFBRSxJQUFJLEtBQUssUUFBUSxPQUFPLE9BQU87QUFDN0QsUUFBSSxLQUFLLE9BQU8sa0JBQWtCLEVBQUcsTUFBSyxTQUFTLEtBQUssTUFBTTtBQUM5RCxRQUFJLFdBQVc7QUFDZixXQUFPO0FBQUEsTUFDTCxVQUFVLE1BQU0sT0FBTztBQUFBLE1BQ3ZCLFNBQVMsQ0FBQyxpQkFBaUI7QUFDekIsWUFBSSxTQUFVO0FBQ2QsbUJBQVc7QUFDWCxZQUFJLGlCQUFpQixVQUFhLGdCQUFnQixFQUFHLFFBQU8sU0FBUztBQUNyRSxhQUFLO0FBQ0wsYUFBSyxLQUFLO0FBQUEsTUFDWjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQUE7QUFBQSxFQUdRLFdBQVcsUUFBd0I7QUFDekMsVUFBTSxNQUFNLEtBQUssTUFBTSxJQUFJO0FBQzNCLFVBQU0sRUFBRSxVQUFVLG1CQUFtQixpQkFBaUIsWUFBWSxjQUFjLElBQUksS0FBSztBQUN6RixTQUFLLE1BQU0sTUFBTSxRQUFRO0FBQ3pCLFFBQUksS0FBSyxVQUFVLGNBQWUsUUFBTyxPQUFPO0FBRWhELFFBQUksT0FBTyxLQUFLLElBQUksR0FBRyxLQUFLLGNBQWMsR0FBRztBQUM3QyxRQUFJLEtBQUssZ0JBQWdCLE9BQVcsUUFBTyxLQUFLLElBQUksTUFBTSxLQUFLLGNBQWMsYUFBYSxHQUFHO0FBQzdGLFFBQUksS0FBSyxPQUFPLFVBQVUsbUJBQW1CO0FBRTNDLFlBQU0sV0FBVyxLQUFLLE9BQU8sS0FBSyxPQUFPLFNBQVMsaUJBQWlCO0FBQ25FLGFBQU8sS0FBSyxJQUFJLE1BQU0sV0FBVyxXQUFXLEdBQUc7QUFBQSxJQUNqRDtBQUNBLFFBQUksa0JBQWtCLEVBQUcsUUFBTyxLQUFLLElBQUksTUFBTSxLQUFLLFVBQVUsUUFBUSxHQUFHLENBQUM7QUFDMUUsV0FBTyxLQUFLLElBQUksR0FBRyxJQUFJO0FBQUEsRUFDekI7QUFBQTtBQUFBLEVBR1EsVUFBVSxRQUFnQixLQUFxQjtBQUNyRCxVQUFNLEVBQUUsVUFBVSxnQkFBZ0IsSUFBSSxLQUFLO0FBQzNDLFFBQUksT0FBTyxLQUFLLFNBQVMsT0FBTyxDQUFDLEtBQUssTUFBTSxNQUFNLEVBQUUsUUFBUSxDQUFDO0FBQzdELFFBQUksT0FBTyxVQUFVLGdCQUFpQixRQUFPO0FBQzdDLGVBQVcsVUFBVSxLQUFLLFVBQVU7QUFDbEMsY0FBUSxPQUFPO0FBRWYsVUFBSSxPQUFPLFVBQVUsbUJBQW1CLFNBQVMsRUFBRyxRQUFPLE9BQU8sS0FBSyxXQUFXO0FBQUEsSUFDcEY7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRVEsTUFBTSxhQUEyQjtBQUN2QyxXQUFPLEtBQUssT0FBTyxTQUFTLEtBQUssS0FBSyxPQUFPLENBQUMsS0FBTSxZQUFhLE1BQUssT0FBTyxNQUFNO0FBQ25GLFdBQU8sS0FBSyxTQUFTLFNBQVMsS0FBSyxLQUFLLFNBQVMsQ0FBQyxFQUFHLE1BQU0sWUFBYSxNQUFLLFNBQVMsTUFBTTtBQUFBLEVBQzlGO0FBQ0Y7QUFFQSxTQUFTLGFBQWEsUUFBMEM7QUFDOUQsU0FBTztBQUFBLElBQ0wsbUJBQW1CLEtBQUssSUFBSSxHQUFHLE9BQU8saUJBQWlCO0FBQUEsSUFDdkQsaUJBQWlCLEtBQUssSUFBSSxHQUFHLE9BQU8sZUFBZTtBQUFBLElBQ25ELFlBQVksS0FBSyxJQUFJLEdBQUcsT0FBTyxVQUFVO0FBQUEsSUFDekMsZUFBZSxLQUFLLElBQUksR0FBRyxPQUFPLGFBQWE7QUFBQSxJQUMvQyxVQUFVLE9BQU8sWUFBWTtBQUFBLEVBQy9CO0FBQ0Y7IiwKICAibmFtZXMiOiBbXQp9Cg==
