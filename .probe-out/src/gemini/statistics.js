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
var statistics_exports = {};
__export(statistics_exports, {
  SampleRing: () => SampleRing,
  StatisticsCollector: () => StatisticsCollector,
  percentile: () => percentile
});
module.exports = __toCommonJS(statistics_exports);
class SampleRing {
  constructor(capacity = 512) {
    this.capacity = capacity;
  }
  capacity;
  samples = [];
  next = 0;
  add(value) {
    if (this.samples.length < this.capacity) this.samples.push(value);
    else this.samples[this.next] = value;
    this.next = (this.next + 1) % this.capacity;
  }
  summary() {
    if (this.samples.length === 0) return { mean: 0, p50: 0, p95: 0 };
    const sorted = [...this.samples].sort((a, b) => a - b);
    const mean = sorted.reduce((sum, v) => sum + v, 0) / sorted.length;
    return { mean: Math.round(mean), p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
  }
  clear() {
    this.samples.length = 0;
    this.next = 0;
  }
}
function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil(p * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}
class StatisticsCollector {
  constructor(clock) {
    this.clock = clock;
  }
  clock;
  requests = 0;
  apiCalls = 0;
  cacheHits = 0;
  cacheMisses = 0;
  retries = 0;
  errorsByKind = {};
  tokensIn = 0;
  tokensOut = 0;
  thinkingTokens = 0;
  limiterWaitMs = 0;
  firstRequestAt;
  latency = new SampleRing();
  ttft = new SampleRing();
  requestStarted() {
    this.requests++;
    this.firstRequestAt ??= this.clock.now();
  }
  apiCallStarted() {
    this.apiCalls++;
  }
  cacheHit() {
    this.cacheHits++;
  }
  cacheMiss() {
    this.cacheMisses++;
  }
  retried() {
    this.retries++;
  }
  failed(kind) {
    this.errorsByKind[kind] = (this.errorsByKind[kind] ?? 0) + 1;
  }
  waitedOnLimiter(ms) {
    this.limiterWaitMs += ms;
  }
  /** One finished API attempt that produced a reply. */
  replied(latencyMs, timeToFirstTokenMs) {
    this.latency.add(latencyMs);
    if (timeToFirstTokenMs !== void 0) this.ttft.add(timeToFirstTokenMs);
  }
  usage(usage) {
    this.tokensIn += usage.promptTokens;
    this.tokensOut += usage.outputTokens;
    this.thinkingTokens += usage.thinkingTokens;
  }
  reset() {
    this.requests = 0;
    this.apiCalls = 0;
    this.cacheHits = 0;
    this.cacheMisses = 0;
    this.retries = 0;
    this.errorsByKind = {};
    this.tokensIn = 0;
    this.tokensOut = 0;
    this.thinkingTokens = 0;
    this.limiterWaitMs = 0;
    this.firstRequestAt = void 0;
    this.latency.clear();
    this.ttft.clear();
  }
  snapshot(live) {
    const errors = Object.values(this.errorsByKind).reduce((sum, n) => sum + n, 0);
    const lookups = this.cacheHits + this.cacheMisses;
    const elapsedSeconds = this.firstRequestAt === void 0 ? 0 : Math.max(1e-3, (this.clock.now() - this.firstRequestAt) / 1e3);
    const perSecond = (n) => elapsedSeconds === 0 ? 0 : n / elapsedSeconds;
    return {
      requests: this.requests,
      apiCalls: this.apiCalls,
      cacheHits: this.cacheHits,
      cacheMisses: this.cacheMisses,
      cacheHitRate: lookups === 0 ? 0 : this.cacheHits / lookups,
      cacheEntries: live.cacheEntries,
      cacheBytes: live.cacheBytes,
      diskCacheEntries: live.diskCacheEntries,
      diskCacheBytes: live.diskCacheBytes,
      diskCacheCorrupt: live.diskCacheCorrupt,
      retries: this.retries,
      errors,
      errorsByKind: { ...this.errorsByKind },
      errorRate: this.requests === 0 ? 0 : errors / this.requests,
      latencyMs: this.latency.summary(),
      timeToFirstTokenMs: this.ttft.summary(),
      tokensIn: this.tokensIn,
      tokensOut: this.tokensOut,
      thinkingTokens: this.thinkingTokens,
      requestsPerSecond: perSecond(this.requests),
      tokensPerSecond: perSecond(this.tokensOut),
      limiterWaitMs: this.limiterWaitMs,
      rateLimitedForMs: live.rateLimitedForMs,
      circuitState: live.circuitState
    };
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  SampleRing,
  StatisticsCollector,
  percentile
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2dlbWluaS9zdGF0aXN0aWNzLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgdHlwZSB7IENsb2NrIH0gZnJvbSAnLi4vY29yZS9wb3J0cyc7XG5pbXBvcnQgdHlwZSB7IENpcmN1aXRTdGF0ZSwgU2VydmljZVN0YXRpc3RpY3MsIFVzYWdlIH0gZnJvbSAnLi90eXBlcyc7XG5cbi8qKiBGYWN0cyB0aGUgY29sbGVjdG9yIGRvZXMgbm90IG93bjogdGhleSBhcmUgcmVhZCBmcm9tIHRoZSBjYWNoZSwgbGltaXRlciBhbmQgYnJlYWtlci4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgTGl2ZVN0YXRlIHtcbiAgcmVhZG9ubHkgY2FjaGVFbnRyaWVzOiBudW1iZXI7XG4gIHJlYWRvbmx5IGNhY2hlQnl0ZXM6IG51bWJlcjtcbiAgcmVhZG9ubHkgZGlza0NhY2hlRW50cmllczogbnVtYmVyO1xuICByZWFkb25seSBkaXNrQ2FjaGVCeXRlczogbnVtYmVyO1xuICByZWFkb25seSBkaXNrQ2FjaGVDb3JydXB0OiBudW1iZXI7XG4gIHJlYWRvbmx5IHJhdGVMaW1pdGVkRm9yTXM6IG51bWJlcjtcbiAgcmVhZG9ubHkgY2lyY3VpdFN0YXRlOiBDaXJjdWl0U3RhdGU7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgU3VtbWFyeSB7XG4gIHJlYWRvbmx5IG1lYW46IG51bWJlcjtcbiAgcmVhZG9ubHkgcDUwOiBudW1iZXI7XG4gIHJlYWRvbmx5IHA5NTogbnVtYmVyO1xufVxuXG4vKiogVGhlIG1vc3QgcmVjZW50IHNhbXBsZXMsIGluIGEgZml4ZWQgYW1vdW50IG9mIG1lbW9yeS4gKi9cbmV4cG9ydCBjbGFzcyBTYW1wbGVSaW5nIHtcbiAgcHJpdmF0ZSByZWFkb25seSBzYW1wbGVzOiBudW1iZXJbXSA9IFtdO1xuICBwcml2YXRlIG5leHQgPSAwO1xuXG4gIGNvbnN0cnVjdG9yKHByaXZhdGUgcmVhZG9ubHkgY2FwYWNpdHkgPSA1MTIpIHt9XG5cbiAgYWRkKHZhbHVlOiBudW1iZXIpOiB2b2lkIHtcbiAgICBpZiAodGhpcy5zYW1wbGVzLmxlbmd0aCA8IHRoaXMuY2FwYWNpdHkpIHRoaXMuc2FtcGxlcy5wdXNoKHZhbHVlKTtcbiAgICBlbHNlIHRoaXMuc2FtcGxlc1t0aGlzLm5leHRdID0gdmFsdWU7XG4gICAgdGhpcy5uZXh0ID0gKHRoaXMubmV4dCArIDEpICUgdGhpcy5jYXBhY2l0eTtcbiAgfVxuXG4gIHN1bW1hcnkoKTogU3VtbWFyeSB7XG4gICAgaWYgKHRoaXMuc2FtcGxlcy5sZW5ndGggPT09IDApIHJldHVybiB7IG1lYW46IDAsIHA1MDogMCwgcDk1OiAwIH07XG4gICAgY29uc3Qgc29ydGVkID0gWy4uLnRoaXMuc2FtcGxlc10uc29ydCgoYSwgYikgPT4gYSAtIGIpO1xuICAgIGNvbnN0IG1lYW4gPSBzb3J0ZWQucmVkdWNlKChzdW0sIHYpID0+IHN1bSArIHYsIDApIC8gc29ydGVkLmxlbmd0aDtcbiAgICByZXR1cm4geyBtZWFuOiBNYXRoLnJvdW5kKG1lYW4pLCBwNTA6IHBlcmNlbnRpbGUoc29ydGVkLCAwLjUpLCBwOTU6IHBlcmNlbnRpbGUoc29ydGVkLCAwLjk1KSB9O1xuICB9XG5cbiAgY2xlYXIoKTogdm9pZCB7XG4gICAgdGhpcy5zYW1wbGVzLmxlbmd0aCA9IDA7XG4gICAgdGhpcy5uZXh0ID0gMDtcbiAgfVxufVxuXG4vKiogTmVhcmVzdC1yYW5rIHBlcmNlbnRpbGUgb2Ygc29ydGVkIHZhbHVlcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwZXJjZW50aWxlKHNvcnRlZDogcmVhZG9ubHkgbnVtYmVyW10sIHA6IG51bWJlcik6IG51bWJlciB7XG4gIGlmIChzb3J0ZWQubGVuZ3RoID09PSAwKSByZXR1cm4gMDtcbiAgY29uc3QgcmFuayA9IE1hdGguY2VpbChwICogc29ydGVkLmxlbmd0aCk7XG4gIHJldHVybiBzb3J0ZWRbTWF0aC5taW4oc29ydGVkLmxlbmd0aCwgTWF0aC5tYXgoMSwgcmFuaykpIC0gMV0hO1xufVxuXG4vKipcbiAqIENvdW50cyB3aGF0IHRoZSBzZXJ2aWNlIGRvZXMuIGByZXF1ZXN0c2AgYXJlIGNhbGxzIHRvIHRoZSBzZXJ2aWNlOyBgYXBpQ2FsbHNgIGFyZSBIVFRQXG4gKiBhdHRlbXB0czsgZXZlcnkgYXR0ZW1wdCBhZnRlciBhIGNhbGwncyBmaXJzdCAoYmFja29mZiByZXRyaWVzLCB0aGUgdGhpbmtpbmctb2ZmIHJldHJ5LCB0aGVcbiAqIEpTT04gcmVwYWlyKSBpcyBhIHJldHJ5LCBzbyBgYXBpQ2FsbHMgPSBjYWNoZU1pc3NlcyArIHJldHJpZXNgIHdoZW4gdGhlIGNhY2hlIGlzIG9uLlxuICovXG5leHBvcnQgY2xhc3MgU3RhdGlzdGljc0NvbGxlY3RvciB7XG4gIHByaXZhdGUgcmVxdWVzdHMgPSAwO1xuICBwcml2YXRlIGFwaUNhbGxzID0gMDtcbiAgcHJpdmF0ZSBjYWNoZUhpdHMgPSAwO1xuICBwcml2YXRlIGNhY2hlTWlzc2VzID0gMDtcbiAgcHJpdmF0ZSByZXRyaWVzID0gMDtcbiAgcHJpdmF0ZSBlcnJvcnNCeUtpbmQ6IFJlY29yZDxzdHJpbmcsIG51bWJlcj4gPSB7fTtcbiAgcHJpdmF0ZSB0b2tlbnNJbiA9IDA7XG4gIHByaXZhdGUgdG9rZW5zT3V0ID0gMDtcbiAgcHJpdmF0ZSB0aGlua2luZ1Rva2VucyA9IDA7XG4gIHByaXZhdGUgbGltaXRlcldhaXRNcyA9IDA7XG4gIHByaXZhdGUgZmlyc3RSZXF1ZXN0QXQ6IG51bWJlciB8IHVuZGVmaW5lZDtcbiAgcHJpdmF0ZSByZWFkb25seSBsYXRlbmN5ID0gbmV3IFNhbXBsZVJpbmcoKTtcbiAgcHJpdmF0ZSByZWFkb25seSB0dGZ0ID0gbmV3IFNhbXBsZVJpbmcoKTtcblxuICBjb25zdHJ1Y3Rvcihwcml2YXRlIHJlYWRvbmx5IGNsb2NrOiBDbG9jaykge31cblxuICByZXF1ZXN0U3RhcnRlZCgpOiB2b2lkIHtcbiAgICB0aGlzLnJlcXVlc3RzKys7XG4gICAgdGhpcy5maXJzdFJlcXVlc3RBdCA/Pz0gdGhpcy5jbG9jay5ub3coKTtcbiAgfVxuXG4gIGFwaUNhbGxTdGFydGVkKCk6IHZvaWQge1xuICAgIHRoaXMuYXBpQ2FsbHMrKztcbiAgfVxuXG4gIGNhY2hlSGl0KCk6IHZvaWQge1xuICAgIHRoaXMuY2FjaGVIaXRzKys7XG4gIH1cblxuICBjYWNoZU1pc3MoKTogdm9pZCB7XG4gICAgdGhpcy5jYWNoZU1pc3NlcysrO1xuICB9XG5cbiAgcmV0cmllZCgpOiB2b2lkIHtcbiAgICB0aGlzLnJldHJpZXMrKztcbiAgfVxuXG4gIGZhaWxlZChraW5kOiBzdHJpbmcpOiB2b2lkIHtcbiAgICB0aGlzLmVycm9yc0J5S2luZFtraW5kXSA9ICh0aGlzLmVycm9yc0J5S2luZFtraW5kXSA/PyAwKSArIDE7XG4gIH1cblxuICB3YWl0ZWRPbkxpbWl0ZXIobXM6IG51bWJlcik6IHZvaWQge1xuICAgIHRoaXMubGltaXRlcldhaXRNcyArPSBtcztcbiAgfVxuXG4gIC8qKiBPbmUgZmluaXNoZWQgQVBJIGF0dGVtcHQgdGhhdCBwcm9kdWNlZCBhIHJlcGx5LiAqL1xuICByZXBsaWVkKGxhdGVuY3lNczogbnVtYmVyLCB0aW1lVG9GaXJzdFRva2VuTXM6IG51bWJlciB8IHVuZGVmaW5lZCk6IHZvaWQge1xuICAgIHRoaXMubGF0ZW5jeS5hZGQobGF0ZW5jeU1zKTtcbiAgICBpZiAodGltZVRvRmlyc3RUb2tlbk1zICE9PSB1bmRlZmluZWQpIHRoaXMudHRmdC5hZGQodGltZVRvRmlyc3RUb2tlbk1zKTtcbiAgfVxuXG4gIHVzYWdlKHVzYWdlOiBVc2FnZSk6IHZvaWQge1xuICAgIHRoaXMudG9rZW5zSW4gKz0gdXNhZ2UucHJvbXB0VG9rZW5zO1xuICAgIHRoaXMudG9rZW5zT3V0ICs9IHVzYWdlLm91dHB1dFRva2VucztcbiAgICB0aGlzLnRoaW5raW5nVG9rZW5zICs9IHVzYWdlLnRoaW5raW5nVG9rZW5zO1xuICB9XG5cbiAgcmVzZXQoKTogdm9pZCB7XG4gICAgdGhpcy5yZXF1ZXN0cyA9IDA7XG4gICAgdGhpcy5hcGlDYWxscyA9IDA7XG4gICAgdGhpcy5jYWNoZUhpdHMgPSAwO1xuICAgIHRoaXMuY2FjaGVNaXNzZXMgPSAwO1xuICAgIHRoaXMucmV0cmllcyA9IDA7XG4gICAgdGhpcy5lcnJvcnNCeUtpbmQgPSB7fTtcbiAgICB0aGlzLnRva2Vuc0luID0gMDtcbiAgICB0aGlzLnRva2Vuc091dCA9IDA7XG4gICAgdGhpcy50aGlua2luZ1Rva2VucyA9IDA7XG4gICAgdGhpcy5saW1pdGVyV2FpdE1zID0gMDtcbiAgICB0aGlzLmZpcnN0UmVxdWVzdEF0ID0gdW5kZWZpbmVkO1xuICAgIHRoaXMubGF0ZW5jeS5jbGVhcigpO1xuICAgIHRoaXMudHRmdC5jbGVhcigpO1xuICB9XG5cbiAgc25hcHNob3QobGl2ZTogTGl2ZVN0YXRlKTogU2VydmljZVN0YXRpc3RpY3Mge1xuICAgIGNvbnN0IGVycm9ycyA9IE9iamVjdC52YWx1ZXModGhpcy5lcnJvcnNCeUtpbmQpLnJlZHVjZSgoc3VtLCBuKSA9PiBzdW0gKyBuLCAwKTtcbiAgICBjb25zdCBsb29rdXBzID0gdGhpcy5jYWNoZUhpdHMgKyB0aGlzLmNhY2hlTWlzc2VzO1xuICAgIGNvbnN0IGVsYXBzZWRTZWNvbmRzID1cbiAgICAgIHRoaXMuZmlyc3RSZXF1ZXN0QXQgPT09IHVuZGVmaW5lZCA/IDAgOiBNYXRoLm1heCgwLjAwMSwgKHRoaXMuY2xvY2subm93KCkgLSB0aGlzLmZpcnN0UmVxdWVzdEF0KSAvIDEwMDApO1xuICAgIGNvbnN0IHBlclNlY29uZCA9IChuOiBudW1iZXIpID0+IChlbGFwc2VkU2Vjb25kcyA9PT0gMCA/IDAgOiBuIC8gZWxhcHNlZFNlY29uZHMpO1xuICAgIHJldHVybiB7XG4gICAgICByZXF1ZXN0czogdGhpcy5yZXF1ZXN0cyxcbiAgICAgIGFwaUNhbGxzOiB0aGlzLmFwaUNhbGxzLFxuICAgICAgY2FjaGVIaXRzOiB0aGlzLmNhY2hlSGl0cyxcbiAgICAgIGNhY2hlTWlzc2VzOiB0aGlzLmNhY2hlTWlzc2VzLFxuICAgICAgY2FjaGVIaXRSYXRlOiBsb29rdXBzID09PSAwID8gMCA6IHRoaXMuY2FjaGVIaXRzIC8gbG9va3VwcyxcbiAgICAgIGNhY2hlRW50cmllczogbGl2ZS5jYWNoZUVudHJpZXMsXG4gICAgICBjYWNoZUJ5dGVzOiBsaXZlLmNhY2hlQnl0ZXMsXG4gICAgICBkaXNrQ2FjaGVFbnRyaWVzOiBsaXZlLmRpc2tDYWNoZUVudHJpZXMsXG4gICAgICBkaXNrQ2FjaGVCeXRlczogbGl2ZS5kaXNrQ2FjaGVCeXRlcyxcbiAgICAgIGRpc2tDYWNoZUNvcnJ1cHQ6IGxpdmUuZGlza0NhY2hlQ29ycnVwdCxcbiAgICAgIHJldHJpZXM6IHRoaXMucmV0cmllcyxcbiAgICAgIGVycm9ycyxcbiAgICAgIGVycm9yc0J5S2luZDogeyAuLi50aGlzLmVycm9yc0J5S2luZCB9LFxuICAgICAgZXJyb3JSYXRlOiB0aGlzLnJlcXVlc3RzID09PSAwID8gMCA6IGVycm9ycyAvIHRoaXMucmVxdWVzdHMsXG4gICAgICBsYXRlbmN5TXM6IHRoaXMubGF0ZW5jeS5zdW1tYXJ5KCksXG4gICAgICB0aW1lVG9GaXJzdFRva2VuTXM6IHRoaXMudHRmdC5zdW1tYXJ5KCksXG4gICAgICB0b2tlbnNJbjogdGhpcy50b2tlbnNJbixcbiAgICAgIHRva2Vuc091dDogdGhpcy50b2tlbnNPdXQsXG4gICAgICB0aGlua2luZ1Rva2VuczogdGhpcy50aGlua2luZ1Rva2VucyxcbiAgICAgIHJlcXVlc3RzUGVyU2Vjb25kOiBwZXJTZWNvbmQodGhpcy5yZXF1ZXN0cyksXG4gICAgICB0b2tlbnNQZXJTZWNvbmQ6IHBlclNlY29uZCh0aGlzLnRva2Vuc091dCksXG4gICAgICBsaW1pdGVyV2FpdE1zOiB0aGlzLmxpbWl0ZXJXYWl0TXMsXG4gICAgICByYXRlTGltaXRlZEZvck1zOiBsaXZlLnJhdGVMaW1pdGVkRm9yTXMsXG4gICAgICBjaXJjdWl0U3RhdGU6IGxpdmUuY2lyY3VpdFN0YXRlLFxuICAgIH07XG4gIH1cbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBcUJPLE1BQU0sV0FBVztBQUFBLEVBSXRCLFlBQTZCLFdBQVcsS0FBSztBQUFoQjtBQUFBLEVBQWlCO0FBQUEsRUFBakI7QUFBQSxFQUhaLFVBQW9CLENBQUM7QUFBQSxFQUM5QixPQUFPO0FBQUEsRUFJZixJQUFJLE9BQXFCO0FBQ3ZCLFFBQUksS0FBSyxRQUFRLFNBQVMsS0FBSyxTQUFVLE1BQUssUUFBUSxLQUFLLEtBQUs7QUFBQSxRQUMzRCxNQUFLLFFBQVEsS0FBSyxJQUFJLElBQUk7QUFDL0IsU0FBSyxRQUFRLEtBQUssT0FBTyxLQUFLLEtBQUs7QUFBQSxFQUNyQztBQUFBLEVBRUEsVUFBbUI7QUFDakIsUUFBSSxLQUFLLFFBQVEsV0FBVyxFQUFHLFFBQU8sRUFBRSxNQUFNLEdBQUcsS0FBSyxHQUFHLEtBQUssRUFBRTtBQUNoRSxVQUFNLFNBQVMsQ0FBQyxHQUFHLEtBQUssT0FBTyxFQUFFLEtBQUssQ0FBQyxHQUFHLE1BQU0sSUFBSSxDQUFDO0FBQ3JELFVBQU0sT0FBTyxPQUFPLE9BQU8sQ0FBQyxLQUFLLE1BQU0sTUFBTSxHQUFHLENBQUMsSUFBSSxPQUFPO0FBQzVELFdBQU8sRUFBRSxNQUFNLEtBQUssTUFBTSxJQUFJLEdBQUcsS0FBSyxXQUFXLFFBQVEsR0FBRyxHQUFHLEtBQUssV0FBVyxRQUFRLElBQUksRUFBRTtBQUFBLEVBQy9GO0FBQUEsRUFFQSxRQUFjO0FBQ1osU0FBSyxRQUFRLFNBQVM7QUFDdEIsU0FBSyxPQUFPO0FBQUEsRUFDZDtBQUNGO0FBR08sU0FBUyxXQUFXLFFBQTJCLEdBQW1CO0FBQ3ZFLE1BQUksT0FBTyxXQUFXLEVBQUcsUUFBTztBQUNoQyxRQUFNLE9BQU8sS0FBSyxLQUFLLElBQUksT0FBTyxNQUFNO0FBQ3hDLFNBQU8sT0FBTyxLQUFLLElBQUksT0FBTyxRQUFRLEtBQUssSUFBSSxHQUFHLElBQUksQ0FBQyxJQUFJLENBQUM7QUFDOUQ7QUFPTyxNQUFNLG9CQUFvQjtBQUFBLEVBZS9CLFlBQTZCLE9BQWM7QUFBZDtBQUFBLEVBQWU7QUFBQSxFQUFmO0FBQUEsRUFkckIsV0FBVztBQUFBLEVBQ1gsV0FBVztBQUFBLEVBQ1gsWUFBWTtBQUFBLEVBQ1osY0FBYztBQUFBLEVBQ2QsVUFBVTtBQUFBLEVBQ1YsZUFBdUMsQ0FBQztBQUFBLEVBQ3hDLFdBQVc7QUFBQSxFQUNYLFlBQVk7QUFBQSxFQUNaLGlCQUFpQjtBQUFBLEVBQ2pCLGdCQUFnQjtBQUFBLEVBQ2hCO0FBQUEsRUFDUyxVQUFVLElBQUksV0FBVztBQUFBLEVBQ3pCLE9BQU8sSUFBSSxXQUFXO0FBQUEsRUFJdkMsaUJBQXVCO0FBQ3JCLFNBQUs7QUFDTCxTQUFLLG1CQUFtQixLQUFLLE1BQU0sSUFBSTtBQUFBLEVBQ3pDO0FBQUEsRUFFQSxpQkFBdUI7QUFDckIsU0FBSztBQUFBLEVBQ1A7QUFBQSxFQUVBLFdBQWlCO0FBQ2YsU0FBSztBQUFBLEVBQ1A7QUFBQSxFQUVBLFlBQWtCO0FBQ2hCLFNBQUs7QUFBQSxFQUNQO0FBQUEsRUFFQSxVQUFnQjtBQUNkLFNBQUs7QUFBQSxFQUNQO0FBQUEsRUFFQSxPQUFPLE1BQW9CO0FBQ3pCLFNBQUssYUFBYSxJQUFJLEtBQUssS0FBSyxhQUFhLElBQUksS0FBSyxLQUFLO0FBQUEsRUFDN0Q7QUFBQSxFQUVBLGdCQUFnQixJQUFrQjtBQUNoQyxTQUFLLGlCQUFpQjtBQUFBLEVBQ3hCO0FBQUE7QUFBQSxFQUdBLFFBQVEsV0FBbUIsb0JBQThDO0FBQ3ZFLFNBQUssUUFBUSxJQUFJLFNBQVM7QUFDMUIsUUFBSSx1QkFBdUIsT0FBVyxNQUFLLEtBQUssSUFBSSxrQkFBa0I7QUFBQSxFQUN4RTtBQUFBLEVBRUEsTUFBTSxPQUFvQjtBQUN4QixTQUFLLFlBQVksTUFBTTtBQUN2QixTQUFLLGFBQWEsTUFBTTtBQUN4QixTQUFLLGtCQUFrQixNQUFNO0FBQUEsRUFDL0I7QUFBQSxFQUVBLFFBQWM7QUFDWixTQUFLLFdBQVc7QUFDaEIsU0FBSyxXQUFXO0FBQ2hCLFNBQUssWUFBWTtBQUNqQixTQUFLLGNBQWM7QUFDbkIsU0FBSyxVQUFVO0FBQ2YsU0FBSyxlQUFlLENBQUM7QUFDckIsU0FBSyxXQUFXO0FBQ2hCLFNBQUssWUFBWTtBQUNqQixTQUFLLGlCQUFpQjtBQUN0QixTQUFLLGdCQUFnQjtBQUNyQixTQUFLLGlCQUFpQjtBQUN0QixTQUFLLFFBQVEsTUFBTTtBQUNuQixTQUFLLEtBQUssTUFBTTtBQUFBLEVBQ2xCO0FBQUEsRUFFQSxTQUFTLE1BQW9DO0FBQzNDLFVBQU0sU0FBUyxPQUFPLE9BQU8sS0FBSyxZQUFZLEVBQUUsT0FBTyxDQUFDLEtBQUssTUFBTSxNQUFNLEdBQUcsQ0FBQztBQUM3RSxVQUFNLFVBQVUsS0FBSyxZQUFZLEtBQUs7QUFDdEMsVUFBTSxpQkFDSixLQUFLLG1CQUFtQixTQUFZLElBQUksS0FBSyxJQUFJLE9BQVEsS0FBSyxNQUFNLElBQUksSUFBSSxLQUFLLGtCQUFrQixHQUFJO0FBQ3pHLFVBQU0sWUFBWSxDQUFDLE1BQWUsbUJBQW1CLElBQUksSUFBSSxJQUFJO0FBQ2pFLFdBQU87QUFBQSxNQUNMLFVBQVUsS0FBSztBQUFBLE1BQ2YsVUFBVSxLQUFLO0FBQUEsTUFDZixXQUFXLEtBQUs7QUFBQSxNQUNoQixhQUFhLEtBQUs7QUFBQSxNQUNsQixjQUFjLFlBQVksSUFBSSxJQUFJLEtBQUssWUFBWTtBQUFBLE1BQ25ELGNBQWMsS0FBSztBQUFBLE1BQ25CLFlBQVksS0FBSztBQUFBLE1BQ2pCLGtCQUFrQixLQUFLO0FBQUEsTUFDdkIsZ0JBQWdCLEtBQUs7QUFBQSxNQUNyQixrQkFBa0IsS0FBSztBQUFBLE1BQ3ZCLFNBQVMsS0FBSztBQUFBLE1BQ2Q7QUFBQSxNQUNBLGNBQWMsRUFBRSxHQUFHLEtBQUssYUFBYTtBQUFBLE1BQ3JDLFdBQVcsS0FBSyxhQUFhLElBQUksSUFBSSxTQUFTLEtBQUs7QUFBQSxNQUNuRCxXQUFXLEtBQUssUUFBUSxRQUFRO0FBQUEsTUFDaEMsb0JBQW9CLEtBQUssS0FBSyxRQUFRO0FBQUEsTUFDdEMsVUFBVSxLQUFLO0FBQUEsTUFDZixXQUFXLEtBQUs7QUFBQSxNQUNoQixnQkFBZ0IsS0FBSztBQUFBLE1BQ3JCLG1CQUFtQixVQUFVLEtBQUssUUFBUTtBQUFBLE1BQzFDLGlCQUFpQixVQUFVLEtBQUssU0FBUztBQUFBLE1BQ3pDLGVBQWUsS0FBSztBQUFBLE1BQ3BCLGtCQUFrQixLQUFLO0FBQUEsTUFDdkIsY0FBYyxLQUFLO0FBQUEsSUFDckI7QUFBQSxFQUNGO0FBQ0Y7IiwKICAibmFtZXMiOiBbXQp9Cg==
