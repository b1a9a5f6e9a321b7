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
var responseCache_exports = {};
__export(responseCache_exports, {
  ResponseCache: () => ResponseCache,
  cacheKey: () => cacheKey,
  stableStringify: () => stableStringify
});
module.exports = __toCommonJS(responseCache_exports);
var import_node_crypto = require("node:crypto");
var import_lru_cache = require("lru-cache");
var import_diskCache = require("./diskCache");
const KEY_VERSION = 1;
function cacheKey(parts) {
  return (0, import_node_crypto.createHash)("sha256").update(stableStringify({ v: KEY_VERSION, ...parts })).digest("hex");
}
function stableStringify(value) {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
class ResponseCache {
  constructor(config, clock, logger, dir) {
    this.config = config;
    this.clock = clock;
    this.logger = logger;
    this.dir = dir;
    this.memory = this.createMemory(void 0);
    this.disk = this.createDisk();
  }
  config;
  clock;
  logger;
  dir;
  memory;
  disk;
  pendingWrites = /* @__PURE__ */ new Set();
  get enabled() {
    return this.memory !== void 0;
  }
  async get(key) {
    if (!this.memory) return void 0;
    const hot = this.memory.get(key);
    if (hot) return hot.reply;
    const stored = await this.disk?.get(key).catch((error) => {
      this.logger.warn("Disk cache read failed", { error: String(error) });
      return void 0;
    });
    if (!stored) return void 0;
    const remaining = this.config.ttlMs - (this.clock.now() - stored.createdAt);
    if (remaining > 0) this.memory?.set(key, stored, { ttl: remaining });
    return stored.reply;
  }
  /** Stores a successful, complete reply in memory now and on disk soon. */
  set(key, reply) {
    if (!this.memory) return;
    const entry = { reply, createdAt: this.clock.now() };
    this.memory.set(key, entry);
    const disk = this.disk;
    if (!disk) return;
    const write = disk.set(key, entry).catch((error) => this.logger.warn("Disk cache write failed", { error: String(error) })).finally(() => this.pendingWrites.delete(write));
    this.pendingWrites.add(write);
  }
  /** Waits for background disk work (writes, the initial scan). */
  async flush() {
    await this.disk?.whenReady();
    while (this.pendingWrites.size > 0) await Promise.all([...this.pendingWrites]);
  }
  async clear() {
    this.memory?.clear();
    await this.flush();
    await this.disk?.clear();
  }
  statistics() {
    return {
      entries: this.memory?.size ?? 0,
      bytes: this.memory?.calculatedSize ?? 0,
      diskEntries: this.disk?.entries ?? 0,
      diskBytes: this.disk?.bytes ?? 0,
      diskCorrupt: this.disk?.corrupt ?? 0
    };
  }
  /** Applies new limits, keeping what still fits and is still fresh. */
  reconfigure(config) {
    const before = this.config;
    this.config = config;
    const memoryChanged = before.enabled !== config.enabled || before.ttlMs !== config.ttlMs || before.maxEntries !== config.maxEntries || before.maxBytes !== config.maxBytes;
    if (memoryChanged) this.memory = this.createMemory(this.memory);
    if (!this.memory || !config.persist) {
      this.disk = void 0;
    } else if (this.disk) {
      this.disk.update({ maxBytes: config.maxBytes, ttlMs: config.ttlMs });
    } else {
      this.disk = this.createDisk();
    }
  }
  createMemory(previous) {
    const { enabled, ttlMs, maxEntries, maxBytes } = this.config;
    if (!enabled || ttlMs <= 0) return void 0;
    const memory = new import_lru_cache.LRUCache({
      max: maxEntries,
      maxSize: maxBytes,
      sizeCalculation: (entry) => Math.max(1, Buffer.byteLength(JSON.stringify(entry.reply), "utf8")),
      ttl: ttlMs,
      // Time is the service's Clock, read fresh on every check (no 1 ms caching).
      perf: { now: () => this.clock.now() },
      ttlResolution: 0,
      updateAgeOnGet: false
    });
    for (const [key, entry] of [...previous?.entries() ?? []].reverse()) {
      const remaining = ttlMs - (this.clock.now() - entry.createdAt);
      if (remaining > 0) memory.set(key, entry, { ttl: remaining });
    }
    return memory;
  }
  createDisk() {
    if (!this.dir || !this.memory || !this.config.persist) return void 0;
    return new import_diskCache.DiskCache(this.dir, { maxBytes: this.config.maxBytes, ttlMs: this.config.ttlMs }, this.clock, this.logger);
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  ResponseCache,
  cacheKey,
  stableStringify
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2dlbWluaS9yZXNwb25zZUNhY2hlLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgeyBjcmVhdGVIYXNoIH0gZnJvbSAnbm9kZTpjcnlwdG8nO1xuaW1wb3J0IHsgTFJVQ2FjaGUgfSBmcm9tICdscnUtY2FjaGUnO1xuaW1wb3J0IHR5cGUgeyBDbG9jaywgTG9nZ2VyIH0gZnJvbSAnLi4vY29yZS9wb3J0cyc7XG5pbXBvcnQgeyBEaXNrQ2FjaGUsIHR5cGUgQ2FjaGVkUmVwbHksIHR5cGUgU3RvcmVkRW50cnkgfSBmcm9tICcuL2Rpc2tDYWNoZSc7XG5cbmV4cG9ydCB0eXBlIHsgQ2FjaGVkUmVwbHkgfSBmcm9tICcuL2Rpc2tDYWNoZSc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgQ2FjaGVDb25maWcge1xuICByZWFkb25seSBlbmFibGVkOiBib29sZWFuO1xuICByZWFkb25seSB0dGxNczogbnVtYmVyO1xuICByZWFkb25seSBtYXhFbnRyaWVzOiBudW1iZXI7XG4gIC8qKiBCeXRlIGNhcCBmb3IgbWVtb3J5LCBhbmQgc2VwYXJhdGVseSBmb3IgZGlzay4gKi9cbiAgcmVhZG9ubHkgbWF4Qnl0ZXM6IG51bWJlcjtcbiAgcmVhZG9ubHkgcGVyc2lzdDogYm9vbGVhbjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBDYWNoZVN0YXRpc3RpY3Mge1xuICByZWFkb25seSBlbnRyaWVzOiBudW1iZXI7XG4gIHJlYWRvbmx5IGJ5dGVzOiBudW1iZXI7XG4gIHJlYWRvbmx5IGRpc2tFbnRyaWVzOiBudW1iZXI7XG4gIHJlYWRvbmx5IGRpc2tCeXRlczogbnVtYmVyO1xuICByZWFkb25seSBkaXNrQ29ycnVwdDogbnVtYmVyO1xufVxuXG4vKiogRXZlcnl0aGluZyB0aGF0IGRlY2lkZXMgYSByZXBseSwgYW5kIG5vdGhpbmcgZWxzZSAobmV2ZXIgdGhlIGtleSwgbmV2ZXIgY2FsbCBvcHRpb25zKS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQ2FjaGVLZXlQYXJ0cyB7XG4gIHJlYWRvbmx5IG1vZGVsOiBzdHJpbmc7XG4gIHJlYWRvbmx5IHN5c3RlbUluc3RydWN0aW9uPzogc3RyaW5nO1xuICByZWFkb25seSBjb250ZW50czogc3RyaW5nO1xuICByZWFkb25seSBnZW5lcmF0aW9uQ29uZmlnOiBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCB1bmtub3duPj47XG59XG5cbmNvbnN0IEtFWV9WRVJTSU9OID0gMTtcblxuLyoqIHNoYTI1NiBvZiB0aGUgcmVxdWVzdCdzIGRlY2lkaW5nIHBhcnRzLCB3aXRoIG9iamVjdCBrZXlzIHNvcnRlZCBzbyBvcmRlciBuZXZlciBtYXR0ZXJzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNhY2hlS2V5KHBhcnRzOiBDYWNoZUtleVBhcnRzKTogc3RyaW5nIHtcbiAgcmV0dXJuIGNyZWF0ZUhhc2goJ3NoYTI1NicpXG4gICAgLnVwZGF0ZShzdGFibGVTdHJpbmdpZnkoeyB2OiBLRVlfVkVSU0lPTiwgLi4ucGFydHMgfSkpXG4gICAgLmRpZ2VzdCgnaGV4Jyk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBzdGFibGVTdHJpbmdpZnkodmFsdWU6IHVua25vd24pOiBzdHJpbmcge1xuICBpZiAoQXJyYXkuaXNBcnJheSh2YWx1ZSkpIHJldHVybiBgWyR7dmFsdWUubWFwKHN0YWJsZVN0cmluZ2lmeSkuam9pbignLCcpfV1gO1xuICBpZiAodmFsdWUgIT09IG51bGwgJiYgdHlwZW9mIHZhbHVlID09PSAnb2JqZWN0Jykge1xuICAgIGNvbnN0IGVudHJpZXMgPSBPYmplY3QuZW50cmllcyh2YWx1ZSBhcyBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPilcbiAgICAgIC5maWx0ZXIoKFssIHZdKSA9PiB2ICE9PSB1bmRlZmluZWQpXG4gICAgICAuc29ydCgoW2FdLCBbYl0pID0+IChhIDwgYiA/IC0xIDogYSA+IGIgPyAxIDogMCkpO1xuICAgIHJldHVybiBgeyR7ZW50cmllcy5tYXAoKFtrLCB2XSkgPT4gYCR7SlNPTi5zdHJpbmdpZnkoayl9OiR7c3RhYmxlU3RyaW5naWZ5KHYpfWApLmpvaW4oJywnKX19YDtcbiAgfVxuICByZXR1cm4gSlNPTi5zdHJpbmdpZnkodmFsdWUpID8/ICdudWxsJztcbn1cblxuLyoqXG4gKiBSZXBsaWVzIGFscmVhZHkgcGFpZCBmb3I6IGFuIGluLW1lbW9yeSBMUlUgKGVudHJpZXMsIGJ5dGVzIGFuZCBUVEwgYm91bmRlZCkgaW4gZnJvbnQgb2YgYW5cbiAqIG9wdGlvbmFsIGZvbGRlciBvbiBkaXNrIHRoYXQgc3Vydml2ZXMgcmVzdGFydHMuIERpc2sgd3JpdGVzIGhhcHBlbiBpbiB0aGUgYmFja2dyb3VuZDsgYGZsdXNoYFxuICogd2FpdHMgZm9yIHRoZW0uXG4gKi9cbmV4cG9ydCBjbGFzcyBSZXNwb25zZUNhY2hlIHtcbiAgcHJpdmF0ZSBtZW1vcnk6IExSVUNhY2hlPHN0cmluZywgU3RvcmVkRW50cnk+IHwgdW5kZWZpbmVkO1xuICBwcml2YXRlIGRpc2s6IERpc2tDYWNoZSB8IHVuZGVmaW5lZDtcbiAgcHJpdmF0ZSByZWFkb25seSBwZW5kaW5nV3JpdGVzID0gbmV3IFNldDxQcm9taXNlPHZvaWQ+PigpO1xuXG4gIGNvbnN0cnVjdG9yKFxuICAgIHByaXZhdGUgY29uZmlnOiBDYWNoZUNvbmZpZyxcbiAgICBwcml2YXRlIHJlYWRvbmx5IGNsb2NrOiBDbG9jayxcbiAgICBwcml2YXRlIHJlYWRvbmx5IGxvZ2dlcjogTG9nZ2VyLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgZGlyPzogc3RyaW5nLFxuICApIHtcbiAgICB0aGlzLm1lbW9yeSA9IHRoaXMuY3JlYXRlTWVtb3J5KHVuZGVmaW5lZCk7XG4gICAgdGhpcy5kaXNrID0gdGhpcy5jcmVhdGVEaXNrKCk7XG4gIH1cblxuICBnZXQgZW5hYmxlZCgpOiBib29sZWFuIHtcbiAgICByZXR1cm4gdGhpcy5tZW1vcnkgIT09IHVuZGVmaW5lZDtcbiAgfVxuXG4gIGFzeW5jIGdldChrZXk6IHN0cmluZyk6IFByb21pc2U8Q2FjaGVkUmVwbHkgfCB1bmRlZmluZWQ+IHtcbiAgICBpZiAoIXRoaXMubWVtb3J5KSByZXR1cm4gdW5kZWZpbmVkO1xuICAgIGNvbnN0IGhvdCA9IHRoaXMubWVtb3J5LmdldChrZXkpO1xuICAgIGlmIChob3QpIHJldHVybiBob3QucmVwbHk7XG4gICAgY29uc3Qgc3RvcmVkID0gYXdhaXQgdGhpcy5kaXNrPy5nZXQoa2V5KS5jYXRjaCgoZXJyb3I6IHVua25vd24pID0+IHtcbiAgICAgIHRoaXMubG9nZ2VyLndhcm4oJ0Rpc2sgY2FjaGUgcmVhZCBmYWlsZWQnLCB7IGVycm9yOiBTdHJpbmcoZXJyb3IpIH0pO1xuICAgICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICB9KTtcbiAgICBpZiAoIXN0b3JlZCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICBjb25zdCByZW1haW5pbmcgPSB0aGlzLmNvbmZpZy50dGxNcyAtICh0aGlzLmNsb2NrLm5vdygpIC0gc3RvcmVkLmNyZWF0ZWRBdCk7XG4gICAgaWYgKHJlbWFpbmluZyA+IDApIHRoaXMubWVtb3J5Py5zZXQoa2V5LCBzdG9yZWQsIHsgdHRsOiByZW1haW5pbmcgfSk7XG4gICAgcmV0dXJuIHN0b3JlZC5yZXBseTtcbiAgfVxuXG4gIC8qKiBTdG9yZXMgYSBzdWNjZXNzZnVsLCBjb21wbGV0ZSByZXBseSBpbiBtZW1vcnkgbm93IGFuZCBvbiBkaXNrIHNvb24uICovXG4gIHNldChrZXk6IHN0cmluZywgcmVwbHk6IENhY2hlZFJlcGx5KTogdm9pZCB7XG4gICAgaWYgKCF0aGlzLm1lbW9yeSkgcmV0dXJuO1xuICAgIGNvbnN0IGVudHJ5OiBTdG9yZWRFbnRyeSA9IHsgcmVwbHksIGNyZWF0ZWRBdDogdGhpcy5jbG9jay5ub3coKSB9O1xuICAgIHRoaXMubWVtb3J5LnNldChrZXksIGVudHJ5KTtcbiAgICBjb25zdCBkaXNrID0gdGhpcy5kaXNrO1xuICAgIGlmICghZGlzaykgcmV0dXJuO1xuICAgIGNvbnN0IHdyaXRlID0gZGlza1xuICAgICAgLnNldChrZXksIGVudHJ5KVxuICAgICAgLmNhdGNoKChlcnJvcjogdW5rbm93bikgPT4gdGhpcy5sb2dnZXIud2FybignRGlzayBjYWNoZSB3cml0ZSBmYWlsZWQnLCB7IGVycm9yOiBTdHJpbmcoZXJyb3IpIH0pKVxuICAgICAgLmZpbmFsbHkoKCkgPT4gdGhpcy5wZW5kaW5nV3JpdGVzLmRlbGV0ZSh3cml0ZSkpO1xuICAgIHRoaXMucGVuZGluZ1dyaXRlcy5hZGQod3JpdGUpO1xuICB9XG5cbiAgLyoqIFdhaXRzIGZvciBiYWNrZ3JvdW5kIGRpc2sgd29yayAod3JpdGVzLCB0aGUgaW5pdGlhbCBzY2FuKS4gKi9cbiAgYXN5bmMgZmx1c2goKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgYXdhaXQgdGhpcy5kaXNrPy53aGVuUmVhZHkoKTtcbiAgICB3aGlsZSAodGhpcy5wZW5kaW5nV3JpdGVzLnNpemUgPiAwKSBhd2FpdCBQcm9taXNlLmFsbChbLi4udGhpcy5wZW5kaW5nV3JpdGVzXSk7XG4gIH1cblxuICBhc3luYyBjbGVhcigpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICB0aGlzLm1lbW9yeT8uY2xlYXIoKTtcbiAgICBhd2FpdCB0aGlzLmZsdXNoKCk7XG4gICAgYXdhaXQgdGhpcy5kaXNrPy5jbGVhcigpO1xuICB9XG5cbiAgc3RhdGlzdGljcygpOiBDYWNoZVN0YXRpc3RpY3Mge1xuICAgIHJldHVybiB7XG4gICAgICBlbnRyaWVzOiB0aGlzLm1lbW9yeT8uc2l6ZSA/PyAwLFxuICAgICAgYnl0ZXM6IHRoaXMubWVtb3J5Py5jYWxjdWxhdGVkU2l6ZSA/PyAwLFxuICAgICAgZGlza0VudHJpZXM6IHRoaXMuZGlzaz8uZW50cmllcyA/PyAwLFxuICAgICAgZGlza0J5dGVzOiB0aGlzLmRpc2s/LmJ5dGVzID8/IDAsXG4gICAgICBkaXNrQ29ycnVwdDogdGhpcy5kaXNrPy5jb3JydXB0ID8/IDAsXG4gICAgfTtcbiAgfVxuXG4gIC8qKiBBcHBsaWVzIG5ldyBsaW1pdHMsIGtlZXBpbmcgd2hhdCBzdGlsbCBmaXRzIGFuZCBpcyBzdGlsbCBmcmVzaC4gKi9cbiAgcmVjb25maWd1cmUoY29uZmlnOiBDYWNoZUNvbmZpZyk6IHZvaWQge1xuICAgIGNvbnN0IGJlZm9yZSA9IHRoaXMuY29uZmlnO1xuICAgIHRoaXMuY29uZmlnID0gY29uZmlnO1xuICAgIGNvbnN0IG1lbW9yeUNoYW5nZWQgPVxuICAgICAgYmVmb3JlLmVuYWJsZWQgIT09IGNvbmZpZy5lbmFibGVkIHx8XG4gICAgICBiZWZvcmUudHRsTXMgIT09IGNvbmZpZy50dGxNcyB8fFxuICAgICAgYmVmb3JlLm1heEVudHJpZXMgIT09IGNvbmZpZy5tYXhFbnRyaWVzIHx8XG4gICAgICBiZWZvcmUubWF4Qnl0ZXMgIT09IGNvbmZpZy5tYXhCeXRlcztcbiAgICBpZiAobWVtb3J5Q2hhbmdlZCkgdGhpcy5tZW1vcnkgPSB0aGlzLmNyZWF0ZU1lbW9yeSh0aGlzLm1lbW9yeSk7XG4gICAgaWYgKCF0aGlzLm1lbW9yeSB8fCAhY29uZmlnLnBlcnNpc3QpIHtcbiAgICAgIHRoaXMuZGlzayA9IHVuZGVmaW5lZDtcbiAgICB9IGVsc2UgaWYgKHRoaXMuZGlzaykge1xuICAgICAgdGhpcy5kaXNrLnVwZGF0ZSh7IG1heEJ5dGVzOiBjb25maWcubWF4Qnl0ZXMsIHR0bE1zOiBjb25maWcudHRsTXMgfSk7XG4gICAgfSBlbHNlIHtcbiAgICAgIHRoaXMuZGlzayA9IHRoaXMuY3JlYXRlRGlzaygpO1xuICAgIH1cbiAgfVxuXG4gIHByaXZhdGUgY3JlYXRlTWVtb3J5KHByZXZpb3VzOiBMUlVDYWNoZTxzdHJpbmcsIFN0b3JlZEVudHJ5PiB8IHVuZGVmaW5lZCk6IExSVUNhY2hlPHN0cmluZywgU3RvcmVkRW50cnk+IHwgdW5kZWZpbmVkIHtcbiAgICBjb25zdCB7IGVuYWJsZWQsIHR0bE1zLCBtYXhFbnRyaWVzLCBtYXhCeXRlcyB9ID0gdGhpcy5jb25maWc7XG4gICAgLy8gQSBUVEwgb2YgMCBtZWFucyBcImtlZXAgbm90aGluZ1wiOyBscnUtY2FjaGUgd291bGQgcmVhZCBpdCBhcyBcImtlZXAgZm9yZXZlclwiLlxuICAgIGlmICghZW5hYmxlZCB8fCB0dGxNcyA8PSAwKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgIGNvbnN0IG1lbW9yeSA9IG5ldyBMUlVDYWNoZTxzdHJpbmcsIFN0b3JlZEVudHJ5Pih7XG4gICAgICBtYXg6IG1heEVudHJpZXMsXG4gICAgICBtYXhTaXplOiBtYXhCeXRlcyxcbiAgICAgIHNpemVDYWxjdWxhdGlvbjogKGVudHJ5KSA9PiBNYXRoLm1heCgxLCBCdWZmZXIuYnl0ZUxlbmd0aChKU09OLnN0cmluZ2lmeShlbnRyeS5yZXBseSksICd1dGY4JykpLFxuICAgICAgdHRsOiB0dGxNcyxcbiAgICAgIC8vIFRpbWUgaXMgdGhlIHNlcnZpY2UncyBDbG9jaywgcmVhZCBmcmVzaCBvbiBldmVyeSBjaGVjayAobm8gMSBtcyBjYWNoaW5nKS5cbiAgICAgIHBlcmY6IHsgbm93OiAoKSA9PiB0aGlzLmNsb2NrLm5vdygpIH0sXG4gICAgICB0dGxSZXNvbHV0aW9uOiAwLFxuICAgICAgdXBkYXRlQWdlT25HZXQ6IGZhbHNlLFxuICAgIH0pO1xuICAgIC8vIE9sZGVzdCBmaXJzdCwgc28gcmVjZW5jeSBzdXJ2aXZlcyB0aGUgY29weS5cbiAgICBmb3IgKGNvbnN0IFtrZXksIGVudHJ5XSBvZiBbLi4uKHByZXZpb3VzPy5lbnRyaWVzKCkgPz8gW10pXS5yZXZlcnNlKCkpIHtcbiAgICAgIGNvbnN0IHJlbWFpbmluZyA9IHR0bE1zIC0gKHRoaXMuY2xvY2subm93KCkgLSBlbnRyeS5jcmVhdGVkQXQpO1xuICAgICAgaWYgKHJlbWFpbmluZyA+IDApIG1lbW9yeS5zZXQoa2V5LCBlbnRyeSwgeyB0dGw6IHJlbWFpbmluZyB9KTtcbiAgICB9XG4gICAgcmV0dXJuIG1lbW9yeTtcbiAgfVxuXG4gIHByaXZhdGUgY3JlYXRlRGlzaygpOiBEaXNrQ2FjaGUgfCB1bmRlZmluZWQge1xuICAgIGlmICghdGhpcy5kaXIgfHwgIXRoaXMubWVtb3J5IHx8ICF0aGlzLmNvbmZpZy5wZXJzaXN0KSByZXR1cm4gdW5kZWZpbmVkO1xuICAgIHJldHVybiBuZXcgRGlza0NhY2hlKHRoaXMuZGlyLCB7IG1heEJ5dGVzOiB0aGlzLmNvbmZpZy5tYXhCeXRlcywgdHRsTXM6IHRoaXMuY29uZmlnLnR0bE1zIH0sIHRoaXMuY2xvY2ssIHRoaXMubG9nZ2VyKTtcbiAgfVxufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSx5QkFBMkI7QUFDM0IsdUJBQXlCO0FBRXpCLHVCQUE4RDtBQTZCOUQsTUFBTSxjQUFjO0FBR2IsU0FBUyxTQUFTLE9BQThCO0FBQ3JELGFBQU8sK0JBQVcsUUFBUSxFQUN2QixPQUFPLGdCQUFnQixFQUFFLEdBQUcsYUFBYSxHQUFHLE1BQU0sQ0FBQyxDQUFDLEVBQ3BELE9BQU8sS0FBSztBQUNqQjtBQUVPLFNBQVMsZ0JBQWdCLE9BQXdCO0FBQ3RELE1BQUksTUFBTSxRQUFRLEtBQUssRUFBRyxRQUFPLElBQUksTUFBTSxJQUFJLGVBQWUsRUFBRSxLQUFLLEdBQUcsQ0FBQztBQUN6RSxNQUFJLFVBQVUsUUFBUSxPQUFPLFVBQVUsVUFBVTtBQUMvQyxVQUFNLFVBQVUsT0FBTyxRQUFRLEtBQWdDLEVBQzVELE9BQU8sQ0FBQyxDQUFDLEVBQUUsQ0FBQyxNQUFNLE1BQU0sTUFBUyxFQUNqQyxLQUFLLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLE1BQU8sSUFBSSxJQUFJLEtBQUssSUFBSSxJQUFJLElBQUksQ0FBRTtBQUNsRCxXQUFPLElBQUksUUFBUSxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsTUFBTSxHQUFHLEtBQUssVUFBVSxDQUFDLENBQUMsSUFBSSxnQkFBZ0IsQ0FBQyxDQUFDLEVBQUUsRUFBRSxLQUFLLEdBQUcsQ0FBQztBQUFBLEVBQzVGO0FBQ0EsU0FBTyxLQUFLLFVBQVUsS0FBSyxLQUFLO0FBQ2xDO0FBT08sTUFBTSxjQUFjO0FBQUEsRUFLekIsWUFDVSxRQUNTLE9BQ0EsUUFDQSxLQUNqQjtBQUpRO0FBQ1M7QUFDQTtBQUNBO0FBRWpCLFNBQUssU0FBUyxLQUFLLGFBQWEsTUFBUztBQUN6QyxTQUFLLE9BQU8sS0FBSyxXQUFXO0FBQUEsRUFDOUI7QUFBQSxFQVBVO0FBQUEsRUFDUztBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFSWDtBQUFBLEVBQ0E7QUFBQSxFQUNTLGdCQUFnQixvQkFBSSxJQUFtQjtBQUFBLEVBWXhELElBQUksVUFBbUI7QUFDckIsV0FBTyxLQUFLLFdBQVc7QUFBQSxFQUN6QjtBQUFBLEVBRUEsTUFBTSxJQUFJLEtBQStDO0FBQ3ZELFFBQUksQ0FBQyxLQUFLLE9BQVEsUUFBTztBQUN6QixVQUFNLE1BQU0sS0FBSyxPQUFPLElBQUksR0FBRztBQUMvQixRQUFJLElBQUssUUFBTyxJQUFJO0FBQ3BCLFVBQU0sU0FBUyxNQUFNLEtBQUssTUFBTSxJQUFJLEdBQUcsRUFBRSxNQUFNLENBQUMsVUFBbUI7QUFDakUsV0FBSyxPQUFPLEtBQUssMEJBQTBCLEVBQUUsT0FBTyxPQUFPLEtBQUssRUFBRSxDQUFDO0FBQ25FLGFBQU87QUFBQSxJQUNULENBQUM7QUFDRCxRQUFJLENBQUMsT0FBUSxRQUFPO0FBQ3BCLFVBQU0sWUFBWSxLQUFLLE9BQU8sU0FBUyxLQUFLLE1BQU0sSUFBSSxJQUFJLE9BQU87QUFDakUsUUFBSSxZQUFZLEVBQUcsTUFBSyxRQUFRLElBQUksS0FBSyxRQUFRLEVBQUUsS0FBSyxVQUFVLENBQUM7QUFDbkUsV0FBTyxPQUFPO0FBQUEsRUFDaEI7QUFBQTtBQUFBLEVBR0EsSUFBSSxLQUFhLE9BQTBCO0FBQ3pDLFFBQUksQ0FBQyxLQUFLLE9BQVE7QUFDbEIsVUFBTSxRQUFxQixFQUFFLE9BQU8sV0FBVyxLQUFLLE1BQU0sSUFBSSxFQUFFO0FBQ2hFLFNBQUssT0FBTyxJQUFJLEtBQUssS0FBSztBQUMxQixVQUFNLE9BQU8sS0FBSztBQUNsQixRQUFJLENBQUMsS0FBTTtBQUNYLFVBQU0sUUFBUSxLQUNYLElBQUksS0FBSyxLQUFLLEVBQ2QsTUFBTSxDQUFDLFVBQW1CLEtBQUssT0FBTyxLQUFLLDJCQUEyQixFQUFFLE9BQU8sT0FBTyxLQUFLLEVBQUUsQ0FBQyxDQUFDLEVBQy9GLFFBQVEsTUFBTSxLQUFLLGNBQWMsT0FBTyxLQUFLLENBQUM7QUFDakQsU0FBSyxjQUFjLElBQUksS0FBSztBQUFBLEVBQzlCO0FBQUE7QUFBQSxFQUdBLE1BQU0sUUFBdUI7QUFDM0IsVUFBTSxLQUFLLE1BQU0sVUFBVTtBQUMzQixXQUFPLEtBQUssY0FBYyxPQUFPLEVBQUcsT0FBTSxRQUFRLElBQUksQ0FBQyxHQUFHLEtBQUssYUFBYSxDQUFDO0FBQUEsRUFDL0U7QUFBQSxFQUVBLE1BQU0sUUFBdUI7QUFDM0IsU0FBSyxRQUFRLE1BQU07QUFDbkIsVUFBTSxLQUFLLE1BQU07QUFDakIsVUFBTSxLQUFLLE1BQU0sTUFBTTtBQUFBLEVBQ3pCO0FBQUEsRUFFQSxhQUE4QjtBQUM1QixXQUFPO0FBQUEsTUFDTCxTQUFTLEtBQUssUUFBUSxRQUFRO0FBQUEsTUFDOUIsT0FBTyxLQUFLLFFBQVEsa0JBQWtCO0FBQUEsTUFDdEMsYUFBYSxLQUFLLE1BQU0sV0FBVztBQUFBLE1BQ25DLFdBQVcsS0FBSyxNQUFNLFNBQVM7QUFBQSxNQUMvQixhQUFhLEtBQUssTUFBTSxXQUFXO0FBQUEsSUFDckM7QUFBQSxFQUNGO0FBQUE7QUFBQSxFQUdBLFlBQVksUUFBMkI7QUFDckMsVUFBTSxTQUFTLEtBQUs7QUFDcEIsU0FBSyxTQUFTO0FBQ2QsVUFBTSxnQkFDSixPQUFPLFlBQVksT0FBTyxXQUMxQixPQUFPLFVBQVUsT0FBTyxTQUN4QixPQUFPLGVBQWUsT0FBTyxjQUM3QixPQUFPLGFBQWEsT0FBTztBQUM3QixRQUFJLGNBQWUsTUFBSyxTQUFTLEtBQUssYUFBYSxLQUFLLE1BQU07QUFDOUQsUUFBSSxDQUFDLEtBQUssVUFBVSxDQUFDLE9BQU8sU0FBUztBQUNuQyxXQUFLLE9BQU87QUFBQSxJQUNkLFdBQVcsS0FBSyxNQUFNO0FBQ3BCLFdBQUssS0FBSyxPQUFPLEVBQUUsVUFBVSxPQUFPLFVBQVUsT0FBTyxPQUFPLE1BQU0sQ0FBQztBQUFBLElBQ3JFLE9BQU87QUFDTCxXQUFLLE9BQU8sS0FBSyxXQUFXO0FBQUEsSUFDOUI7QUFBQSxFQUNGO0FBQUEsRUFFUSxhQUFhLFVBQWdHO0FBQ25ILFVBQU0sRUFBRSxTQUFTLE9BQU8sWUFBWSxTQUFTLElBQUksS0FBSztBQUV0RCxRQUFJLENBQUMsV0FBVyxTQUFTLEVBQUcsUUFBTztBQUNuQyxVQUFNLFNBQVMsSUFBSSwwQkFBOEI7QUFBQSxNQUMvQyxLQUFLO0FBQUEsTUFDTCxTQUFTO0FBQUEsTUFDVCxpQkFBaUIsQ0FBQyxVQUFVLEtBQUssSUFBSSxHQUFHLE9BQU8sV0FBVyxLQUFLLFVBQVUsTUFBTSxLQUFLLEdBQUcsTUFBTSxDQUFDO0FBQUEsTUFDOUYsS0FBSztBQUFBO0FBQUEsTUFFTCxNQUFNLEVBQUUsS0FBSyxNQUFNLEtBQUssTUFBTSxJQUFJLEVBQUU7QUFBQSxNQUNwQyxlQUFlO0FBQUEsTUFDZixnQkFBZ0I7QUFBQSxJQUNsQixDQUFDO0FBRUQsZUFBVyxDQUFDLEtBQUssS0FBSyxLQUFLLENBQUMsR0FBSSxVQUFVLFFBQVEsS0FBSyxDQUFDLENBQUUsRUFBRSxRQUFRLEdBQUc7QUFDckUsWUFBTSxZQUFZLFNBQVMsS0FBSyxNQUFNLElBQUksSUFBSSxNQUFNO0FBQ3BELFVBQUksWUFBWSxFQUFHLFFBQU8sSUFBSSxLQUFLLE9BQU8sRUFBRSxLQUFLLFVBQVUsQ0FBQztBQUFBLElBQzlEO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVRLGFBQW9DO0FBQzFDLFFBQUksQ0FBQyxLQUFLLE9BQU8sQ0FBQyxLQUFLLFVBQVUsQ0FBQyxLQUFLLE9BQU8sUUFBUyxRQUFPO0FBQzlELFdBQU8sSUFBSSwyQkFBVSxLQUFLLEtBQUssRUFBRSxVQUFVLEtBQUssT0FBTyxVQUFVLE9BQU8sS0FBSyxPQUFPLE1BQU0sR0FBRyxLQUFLLE9BQU8sS0FBSyxNQUFNO0FBQUEsRUFDdEg7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
