"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var statisticsView_exports = {};
__export(statisticsView_exports, {
  StatisticsTreeProvider: () => StatisticsTreeProvider,
  statisticsRows: () => statisticsRows
});
module.exports = __toCommonJS(statisticsView_exports);
var vscode = __toESM(require("vscode"));
var import_disposable = require("../disposable");
class StatisticsTreeProvider extends import_disposable.Disposable {
  constructor(service) {
    super();
    this.service = service;
    this._register(service.onDidChange(() => this.scheduleRefresh()));
    this._register({ dispose: () => clearTimeout(this.pending) });
  }
  service;
  changed = this._register(new vscode.EventEmitter());
  onDidChangeTreeData = this.changed.event;
  pending;
  scheduleRefresh() {
    this.pending ??= setTimeout(() => {
      this.pending = void 0;
      this.changed.fire(void 0);
    }, 250);
  }
  getTreeItem(element) {
    return element;
  }
  getChildren() {
    return statisticsRows(this.service.getStatistics()).map(([label, value, tooltip]) => {
      const item = new vscode.TreeItem(label);
      item.description = value;
      item.tooltip = tooltip;
      return item;
    });
  }
}
const ms = (v) => v >= 1e4 ? `${(v / 1e3).toFixed(1)} s` : `${Math.round(v)} ms`;
const pct = (v) => `${(v * 100).toFixed(0)} %`;
const n = (v) => v.toLocaleString("en-US");
const bytes = (v) => v >= 1024 * 1024 ? `${(v / 1024 / 1024).toFixed(1)} MB` : `${(v / 1024).toFixed(1)} KB`;
function statisticsRows(s) {
  return [
    ["Requests", n(s.requests), "Calls made by Story Writer (cached ones included)"],
    ["API calls", n(s.apiCalls), "HTTP requests actually sent to Gemini, retries included"],
    ["Cache hit rate", `${pct(s.cacheHitRate)} (${n(s.cacheHits)} hits, ${n(s.cacheMisses)} misses)`, "Replies served from the cache"],
    ["Cache", `${n(s.cacheEntries)} entries, ${bytes(s.cacheBytes)} \xB7 disk ${n(s.diskCacheEntries)}, ${bytes(s.diskCacheBytes)}`, "Memory and disk tiers of the response cache"],
    ["Retries", n(s.retries), "Requests tried again after a rate limit, overload or network failure"],
    ["Errors", `${n(s.errors)} (${pct(s.errorRate)})${errorKinds(s)}`, "Failed requests by kind"],
    ["Latency", `mean ${ms(s.latencyMs.mean)} \xB7 p50 ${ms(s.latencyMs.p50)} \xB7 p95 ${ms(s.latencyMs.p95)}`, "Time from request to complete reply"],
    ["First token", `mean ${ms(s.timeToFirstTokenMs.mean)} \xB7 p95 ${ms(s.timeToFirstTokenMs.p95)}`, "Time until the first text arrived"],
    ["Tokens", `${n(s.tokensIn)} in \xB7 ${n(s.tokensOut)} out \xB7 ${n(s.thinkingTokens)} thinking`, "Tokens sent and received"],
    ["Throughput", `${s.requestsPerSecond.toFixed(2)} req/s \xB7 ${s.tokensPerSecond.toFixed(0)} tok/s`, "Since the first request or the last reset"],
    ["Waiting on rate limit", ms(s.limiterWaitMs) + (s.rateLimitedForMs > 0 ? ` (paused ${Math.ceil(s.rateLimitedForMs / 1e3)} s more)` : ""), "Time requests spent queued by the rate limiter"],
    ["Circuit", s.circuitState, "closed: normal \xB7 open: paused after repeated failures \xB7 half-open: probing"]
  ];
}
function errorKinds(s) {
  const kinds = Object.entries(s.errorsByKind).filter(([, v]) => v > 0);
  return kinds.length ? ` \u2014 ${kinds.map(([k, v]) => `${k} ${v}`).join(", ")}` : "";
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  StatisticsTreeProvider,
  statisticsRows
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL3ZzY29kZS92aWV3cy9zdGF0aXN0aWNzVmlldy50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0ICogYXMgdnNjb2RlIGZyb20gJ3ZzY29kZSc7XG5pbXBvcnQgdHlwZSB7IFNlcnZpY2VTdGF0aXN0aWNzIH0gZnJvbSAnLi4vLi4vZ2VtaW5pL3R5cGVzJztcbmltcG9ydCB7IERpc3Bvc2FibGUgfSBmcm9tICcuLi9kaXNwb3NhYmxlJztcblxudHlwZSBTdGF0aXN0aWNzU291cmNlID0geyBnZXRTdGF0aXN0aWNzKCk6IFNlcnZpY2VTdGF0aXN0aWNzOyBvbkRpZENoYW5nZShsaXN0ZW5lcjogKCkgPT4gdm9pZCk6IHsgZGlzcG9zZSgpOiB2b2lkIH0gfTtcblxuLyoqIFRoZSBcIlN0YXRpc3RpY3NcIiB2aWV3OiB0aGUgc2VydmljZSdzIGxpdmUgZmlndXJlcywgcmVkcmF3biBhdCBtb3N0IGEgZmV3IHRpbWVzIGEgc2Vjb25kLiAqL1xuZXhwb3J0IGNsYXNzIFN0YXRpc3RpY3NUcmVlUHJvdmlkZXIgZXh0ZW5kcyBEaXNwb3NhYmxlIGltcGxlbWVudHMgdnNjb2RlLlRyZWVEYXRhUHJvdmlkZXI8dnNjb2RlLlRyZWVJdGVtPiB7XG4gIHByaXZhdGUgcmVhZG9ubHkgY2hhbmdlZCA9IHRoaXMuX3JlZ2lzdGVyKG5ldyB2c2NvZGUuRXZlbnRFbWl0dGVyPHVuZGVmaW5lZD4oKSk7XG4gIHJlYWRvbmx5IG9uRGlkQ2hhbmdlVHJlZURhdGEgPSB0aGlzLmNoYW5nZWQuZXZlbnQ7XG4gIHByaXZhdGUgcGVuZGluZzogTm9kZUpTLlRpbWVvdXQgfCB1bmRlZmluZWQ7XG5cbiAgY29uc3RydWN0b3IocHJpdmF0ZSByZWFkb25seSBzZXJ2aWNlOiBTdGF0aXN0aWNzU291cmNlKSB7XG4gICAgc3VwZXIoKTtcbiAgICB0aGlzLl9yZWdpc3RlcihzZXJ2aWNlLm9uRGlkQ2hhbmdlKCgpID0+IHRoaXMuc2NoZWR1bGVSZWZyZXNoKCkpKTtcbiAgICB0aGlzLl9yZWdpc3Rlcih7IGRpc3Bvc2U6ICgpID0+IGNsZWFyVGltZW91dCh0aGlzLnBlbmRpbmcpIH0pO1xuICB9XG5cbiAgcHJpdmF0ZSBzY2hlZHVsZVJlZnJlc2goKTogdm9pZCB7XG4gICAgLy8gU3RhdGlzdGljcyBjaGFuZ2Ugd2l0aCBldmVyeSBzdHJlYW1lZCBjaHVuazsgdGhlIHZpZXcgbmVlZHMgYSBmZXcgZnJhbWVzIGEgc2Vjb25kIGF0IG1vc3QuXG4gICAgdGhpcy5wZW5kaW5nID8/PSBzZXRUaW1lb3V0KCgpID0+IHtcbiAgICAgIHRoaXMucGVuZGluZyA9IHVuZGVmaW5lZDtcbiAgICAgIHRoaXMuY2hhbmdlZC5maXJlKHVuZGVmaW5lZCk7XG4gICAgfSwgMjUwKTtcbiAgfVxuXG4gIGdldFRyZWVJdGVtKGVsZW1lbnQ6IHZzY29kZS5UcmVlSXRlbSk6IHZzY29kZS5UcmVlSXRlbSB7XG4gICAgcmV0dXJuIGVsZW1lbnQ7XG4gIH1cblxuICBnZXRDaGlsZHJlbigpOiB2c2NvZGUuVHJlZUl0ZW1bXSB7XG4gICAgcmV0dXJuIHN0YXRpc3RpY3NSb3dzKHRoaXMuc2VydmljZS5nZXRTdGF0aXN0aWNzKCkpLm1hcCgoW2xhYmVsLCB2YWx1ZSwgdG9vbHRpcF0pID0+IHtcbiAgICAgIGNvbnN0IGl0ZW0gPSBuZXcgdnNjb2RlLlRyZWVJdGVtKGxhYmVsKTtcbiAgICAgIGl0ZW0uZGVzY3JpcHRpb24gPSB2YWx1ZTtcbiAgICAgIGl0ZW0udG9vbHRpcCA9IHRvb2x0aXA7XG4gICAgICByZXR1cm4gaXRlbTtcbiAgICB9KTtcbiAgfVxufVxuXG5jb25zdCBtcyA9ICh2OiBudW1iZXIpID0+ICh2ID49IDEwXzAwMCA/IGAkeyh2IC8gMTAwMCkudG9GaXhlZCgxKX0gc2AgOiBgJHtNYXRoLnJvdW5kKHYpfSBtc2ApO1xuY29uc3QgcGN0ID0gKHY6IG51bWJlcikgPT4gYCR7KHYgKiAxMDApLnRvRml4ZWQoMCl9ICVgO1xuY29uc3QgbiA9ICh2OiBudW1iZXIpID0+IHYudG9Mb2NhbGVTdHJpbmcoJ2VuLVVTJyk7XG5jb25zdCBieXRlcyA9ICh2OiBudW1iZXIpID0+ICh2ID49IDEwMjQgKiAxMDI0ID8gYCR7KHYgLyAxMDI0IC8gMTAyNCkudG9GaXhlZCgxKX0gTUJgIDogYCR7KHYgLyAxMDI0KS50b0ZpeGVkKDEpfSBLQmApO1xuXG4vKiogTGFiZWwsIHZhbHVlIGFuZCBleHBsYW5hdGlvbiBvZiBlYWNoIGZpZ3VyZSwgaW4gcmVhZGluZyBvcmRlci4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdGF0aXN0aWNzUm93cyhzOiBTZXJ2aWNlU3RhdGlzdGljcyk6IEFycmF5PFtzdHJpbmcsIHN0cmluZywgc3RyaW5nXT4ge1xuICByZXR1cm4gW1xuICAgIFsnUmVxdWVzdHMnLCBuKHMucmVxdWVzdHMpLCAnQ2FsbHMgbWFkZSBieSBTdG9yeSBXcml0ZXIgKGNhY2hlZCBvbmVzIGluY2x1ZGVkKSddLFxuICAgIFsnQVBJIGNhbGxzJywgbihzLmFwaUNhbGxzKSwgJ0hUVFAgcmVxdWVzdHMgYWN0dWFsbHkgc2VudCB0byBHZW1pbmksIHJldHJpZXMgaW5jbHVkZWQnXSxcbiAgICBbJ0NhY2hlIGhpdCByYXRlJywgYCR7cGN0KHMuY2FjaGVIaXRSYXRlKX0gKCR7bihzLmNhY2hlSGl0cyl9IGhpdHMsICR7bihzLmNhY2hlTWlzc2VzKX0gbWlzc2VzKWAsICdSZXBsaWVzIHNlcnZlZCBmcm9tIHRoZSBjYWNoZSddLFxuICAgIFsnQ2FjaGUnLCBgJHtuKHMuY2FjaGVFbnRyaWVzKX0gZW50cmllcywgJHtieXRlcyhzLmNhY2hlQnl0ZXMpfSBcdTAwQjcgZGlzayAke24ocy5kaXNrQ2FjaGVFbnRyaWVzKX0sICR7Ynl0ZXMocy5kaXNrQ2FjaGVCeXRlcyl9YCwgJ01lbW9yeSBhbmQgZGlzayB0aWVycyBvZiB0aGUgcmVzcG9uc2UgY2FjaGUnXSxcbiAgICBbJ1JldHJpZXMnLCBuKHMucmV0cmllcyksICdSZXF1ZXN0cyB0cmllZCBhZ2FpbiBhZnRlciBhIHJhdGUgbGltaXQsIG92ZXJsb2FkIG9yIG5ldHdvcmsgZmFpbHVyZSddLFxuICAgIFsnRXJyb3JzJywgYCR7bihzLmVycm9ycyl9ICgke3BjdChzLmVycm9yUmF0ZSl9KSR7ZXJyb3JLaW5kcyhzKX1gLCAnRmFpbGVkIHJlcXVlc3RzIGJ5IGtpbmQnXSxcbiAgICBbJ0xhdGVuY3knLCBgbWVhbiAke21zKHMubGF0ZW5jeU1zLm1lYW4pfSBcdTAwQjcgcDUwICR7bXMocy5sYXRlbmN5TXMucDUwKX0gXHUwMEI3IHA5NSAke21zKHMubGF0ZW5jeU1zLnA5NSl9YCwgJ1RpbWUgZnJvbSByZXF1ZXN0IHRvIGNvbXBsZXRlIHJlcGx5J10sXG4gICAgWydGaXJzdCB0b2tlbicsIGBtZWFuICR7bXMocy50aW1lVG9GaXJzdFRva2VuTXMubWVhbil9IFx1MDBCNyBwOTUgJHttcyhzLnRpbWVUb0ZpcnN0VG9rZW5Ncy5wOTUpfWAsICdUaW1lIHVudGlsIHRoZSBmaXJzdCB0ZXh0IGFycml2ZWQnXSxcbiAgICBbJ1Rva2VucycsIGAke24ocy50b2tlbnNJbil9IGluIFx1MDBCNyAke24ocy50b2tlbnNPdXQpfSBvdXQgXHUwMEI3ICR7bihzLnRoaW5raW5nVG9rZW5zKX0gdGhpbmtpbmdgLCAnVG9rZW5zIHNlbnQgYW5kIHJlY2VpdmVkJ10sXG4gICAgWydUaHJvdWdocHV0JywgYCR7cy5yZXF1ZXN0c1BlclNlY29uZC50b0ZpeGVkKDIpfSByZXEvcyBcdTAwQjcgJHtzLnRva2Vuc1BlclNlY29uZC50b0ZpeGVkKDApfSB0b2svc2AsICdTaW5jZSB0aGUgZmlyc3QgcmVxdWVzdCBvciB0aGUgbGFzdCByZXNldCddLFxuICAgIFsnV2FpdGluZyBvbiByYXRlIGxpbWl0JywgbXMocy5saW1pdGVyV2FpdE1zKSArIChzLnJhdGVMaW1pdGVkRm9yTXMgPiAwID8gYCAocGF1c2VkICR7TWF0aC5jZWlsKHMucmF0ZUxpbWl0ZWRGb3JNcyAvIDEwMDApfSBzIG1vcmUpYCA6ICcnKSwgJ1RpbWUgcmVxdWVzdHMgc3BlbnQgcXVldWVkIGJ5IHRoZSByYXRlIGxpbWl0ZXInXSxcbiAgICBbJ0NpcmN1aXQnLCBzLmNpcmN1aXRTdGF0ZSwgJ2Nsb3NlZDogbm9ybWFsIFx1MDBCNyBvcGVuOiBwYXVzZWQgYWZ0ZXIgcmVwZWF0ZWQgZmFpbHVyZXMgXHUwMEI3IGhhbGYtb3BlbjogcHJvYmluZyddLFxuICBdO1xufVxuXG5mdW5jdGlvbiBlcnJvcktpbmRzKHM6IFNlcnZpY2VTdGF0aXN0aWNzKTogc3RyaW5nIHtcbiAgY29uc3Qga2luZHMgPSBPYmplY3QuZW50cmllcyhzLmVycm9yc0J5S2luZCkuZmlsdGVyKChbLCB2XSkgPT4gdiA+IDApO1xuICByZXR1cm4ga2luZHMubGVuZ3RoID8gYCBcdTIwMTQgJHtraW5kcy5tYXAoKFtrLCB2XSkgPT4gYCR7a30gJHt2fWApLmpvaW4oJywgJyl9YCA6ICcnO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLGFBQXdCO0FBRXhCLHdCQUEyQjtBQUtwQixNQUFNLCtCQUErQiw2QkFBK0Q7QUFBQSxFQUt6RyxZQUE2QixTQUEyQjtBQUN0RCxVQUFNO0FBRHFCO0FBRTNCLFNBQUssVUFBVSxRQUFRLFlBQVksTUFBTSxLQUFLLGdCQUFnQixDQUFDLENBQUM7QUFDaEUsU0FBSyxVQUFVLEVBQUUsU0FBUyxNQUFNLGFBQWEsS0FBSyxPQUFPLEVBQUUsQ0FBQztBQUFBLEVBQzlEO0FBQUEsRUFKNkI7QUFBQSxFQUpaLFVBQVUsS0FBSyxVQUFVLElBQUksT0FBTyxhQUF3QixDQUFDO0FBQUEsRUFDckUsc0JBQXNCLEtBQUssUUFBUTtBQUFBLEVBQ3BDO0FBQUEsRUFRQSxrQkFBd0I7QUFFOUIsU0FBSyxZQUFZLFdBQVcsTUFBTTtBQUNoQyxXQUFLLFVBQVU7QUFDZixXQUFLLFFBQVEsS0FBSyxNQUFTO0FBQUEsSUFDN0IsR0FBRyxHQUFHO0FBQUEsRUFDUjtBQUFBLEVBRUEsWUFBWSxTQUEyQztBQUNyRCxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsY0FBaUM7QUFDL0IsV0FBTyxlQUFlLEtBQUssUUFBUSxjQUFjLENBQUMsRUFBRSxJQUFJLENBQUMsQ0FBQyxPQUFPLE9BQU8sT0FBTyxNQUFNO0FBQ25GLFlBQU0sT0FBTyxJQUFJLE9BQU8sU0FBUyxLQUFLO0FBQ3RDLFdBQUssY0FBYztBQUNuQixXQUFLLFVBQVU7QUFDZixhQUFPO0FBQUEsSUFDVCxDQUFDO0FBQUEsRUFDSDtBQUNGO0FBRUEsTUFBTSxLQUFLLENBQUMsTUFBZSxLQUFLLE1BQVMsSUFBSSxJQUFJLEtBQU0sUUFBUSxDQUFDLENBQUMsT0FBTyxHQUFHLEtBQUssTUFBTSxDQUFDLENBQUM7QUFDeEYsTUFBTSxNQUFNLENBQUMsTUFBYyxJQUFJLElBQUksS0FBSyxRQUFRLENBQUMsQ0FBQztBQUNsRCxNQUFNLElBQUksQ0FBQyxNQUFjLEVBQUUsZUFBZSxPQUFPO0FBQ2pELE1BQU0sUUFBUSxDQUFDLE1BQWUsS0FBSyxPQUFPLE9BQU8sSUFBSSxJQUFJLE9BQU8sTUFBTSxRQUFRLENBQUMsQ0FBQyxRQUFRLElBQUksSUFBSSxNQUFNLFFBQVEsQ0FBQyxDQUFDO0FBR3pHLFNBQVMsZUFBZSxHQUF1RDtBQUNwRixTQUFPO0FBQUEsSUFDTCxDQUFDLFlBQVksRUFBRSxFQUFFLFFBQVEsR0FBRyxtREFBbUQ7QUFBQSxJQUMvRSxDQUFDLGFBQWEsRUFBRSxFQUFFLFFBQVEsR0FBRyx5REFBeUQ7QUFBQSxJQUN0RixDQUFDLGtCQUFrQixHQUFHLElBQUksRUFBRSxZQUFZLENBQUMsS0FBSyxFQUFFLEVBQUUsU0FBUyxDQUFDLFVBQVUsRUFBRSxFQUFFLFdBQVcsQ0FBQyxZQUFZLCtCQUErQjtBQUFBLElBQ2pJLENBQUMsU0FBUyxHQUFHLEVBQUUsRUFBRSxZQUFZLENBQUMsYUFBYSxNQUFNLEVBQUUsVUFBVSxDQUFDLGNBQVcsRUFBRSxFQUFFLGdCQUFnQixDQUFDLEtBQUssTUFBTSxFQUFFLGNBQWMsQ0FBQyxJQUFJLDZDQUE2QztBQUFBLElBQzNLLENBQUMsV0FBVyxFQUFFLEVBQUUsT0FBTyxHQUFHLHNFQUFzRTtBQUFBLElBQ2hHLENBQUMsVUFBVSxHQUFHLEVBQUUsRUFBRSxNQUFNLENBQUMsS0FBSyxJQUFJLEVBQUUsU0FBUyxDQUFDLElBQUksV0FBVyxDQUFDLENBQUMsSUFBSSx5QkFBeUI7QUFBQSxJQUM1RixDQUFDLFdBQVcsUUFBUSxHQUFHLEVBQUUsVUFBVSxJQUFJLENBQUMsYUFBVSxHQUFHLEVBQUUsVUFBVSxHQUFHLENBQUMsYUFBVSxHQUFHLEVBQUUsVUFBVSxHQUFHLENBQUMsSUFBSSxxQ0FBcUM7QUFBQSxJQUMzSSxDQUFDLGVBQWUsUUFBUSxHQUFHLEVBQUUsbUJBQW1CLElBQUksQ0FBQyxhQUFVLEdBQUcsRUFBRSxtQkFBbUIsR0FBRyxDQUFDLElBQUksbUNBQW1DO0FBQUEsSUFDbEksQ0FBQyxVQUFVLEdBQUcsRUFBRSxFQUFFLFFBQVEsQ0FBQyxZQUFTLEVBQUUsRUFBRSxTQUFTLENBQUMsYUFBVSxFQUFFLEVBQUUsY0FBYyxDQUFDLGFBQWEsMEJBQTBCO0FBQUEsSUFDdEgsQ0FBQyxjQUFjLEdBQUcsRUFBRSxrQkFBa0IsUUFBUSxDQUFDLENBQUMsZUFBWSxFQUFFLGdCQUFnQixRQUFRLENBQUMsQ0FBQyxVQUFVLDJDQUEyQztBQUFBLElBQzdJLENBQUMseUJBQXlCLEdBQUcsRUFBRSxhQUFhLEtBQUssRUFBRSxtQkFBbUIsSUFBSSxZQUFZLEtBQUssS0FBSyxFQUFFLG1CQUFtQixHQUFJLENBQUMsYUFBYSxLQUFLLGdEQUFnRDtBQUFBLElBQzVMLENBQUMsV0FBVyxFQUFFLGNBQWMsa0ZBQTRFO0FBQUEsRUFDMUc7QUFDRjtBQUVBLFNBQVMsV0FBVyxHQUE4QjtBQUNoRCxRQUFNLFFBQVEsT0FBTyxRQUFRLEVBQUUsWUFBWSxFQUFFLE9BQU8sQ0FBQyxDQUFDLEVBQUUsQ0FBQyxNQUFNLElBQUksQ0FBQztBQUNwRSxTQUFPLE1BQU0sU0FBUyxXQUFNLE1BQU0sSUFBSSxDQUFDLENBQUMsR0FBRyxDQUFDLE1BQU0sR0FBRyxDQUFDLElBQUksQ0FBQyxFQUFFLEVBQUUsS0FBSyxJQUFJLENBQUMsS0FBSztBQUNoRjsiLAogICJuYW1lcyI6IFtdCn0K
