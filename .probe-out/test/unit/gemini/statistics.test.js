"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
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
var assert = __toESM(require("node:assert/strict"));
var import_statistics = require("../../../src/gemini/statistics");
var import_fakeClock = require("./fakeClock");
const live = {
  cacheEntries: 2,
  cacheBytes: 100,
  diskCacheEntries: 1,
  diskCacheBytes: 50,
  diskCacheCorrupt: 0,
  rateLimitedForMs: 0,
  circuitState: "closed"
};
describe("statistics", () => {
  it("computes nearest-rank percentiles", () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    assert.equal((0, import_statistics.percentile)(sorted, 0.5), 50);
    assert.equal((0, import_statistics.percentile)(sorted, 0.95), 95);
    assert.equal((0, import_statistics.percentile)([7], 0.95), 7);
  });
  it("keeps only the most recent samples", () => {
    const ring = new import_statistics.SampleRing(3);
    for (const v of [1e3, 1e3, 1, 2, 3]) ring.add(v);
    assert.deepEqual(ring.summary(), { mean: 2, p50: 2, p95: 3 });
  });
  it("adds up: rates, throughput since the first request, reset", async () => {
    const clock = new import_fakeClock.FakeClock();
    const stats = new import_statistics.StatisticsCollector(clock);
    for (let i = 0; i < 4; i++) stats.requestStarted();
    stats.cacheHit();
    stats.cacheMiss();
    stats.cacheMiss();
    stats.failed("timeout");
    stats.usage({ promptTokens: 10, outputTokens: 200, thinkingTokens: 5, totalTokens: 215 });
    stats.replied(100, 20);
    stats.replied(300, 40);
    stats.waitedOnLimiter(250);
    await clock.advance(2e3);
    const s = stats.snapshot(live);
    assert.equal(s.requests, 4);
    assert.equal(s.cacheHitRate, 1 / 3);
    assert.equal(s.errors, 1);
    assert.deepEqual(s.errorsByKind, { timeout: 1 });
    assert.equal(s.errorRate, 0.25);
    assert.deepEqual(s.latencyMs, { mean: 200, p50: 100, p95: 300 });
    assert.deepEqual(s.timeToFirstTokenMs, { mean: 30, p50: 20, p95: 40 });
    assert.equal(s.requestsPerSecond, 2);
    assert.equal(s.tokensPerSecond, 100);
    assert.equal(s.limiterWaitMs, 250);
    assert.equal(s.cacheEntries, 2);
    stats.reset();
    const r = stats.snapshot(live);
    assert.equal(r.requests, 0);
    assert.equal(r.requestsPerSecond, 0);
    assert.deepEqual(r.errorsByKind, {});
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC91bml0L2dlbWluaS9zdGF0aXN0aWNzLnRlc3QudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCAqIGFzIGFzc2VydCBmcm9tICdub2RlOmFzc2VydC9zdHJpY3QnO1xuaW1wb3J0IHsgcGVyY2VudGlsZSwgU2FtcGxlUmluZywgU3RhdGlzdGljc0NvbGxlY3RvciwgdHlwZSBMaXZlU3RhdGUgfSBmcm9tICcuLi8uLi8uLi9zcmMvZ2VtaW5pL3N0YXRpc3RpY3MnO1xuaW1wb3J0IHsgRmFrZUNsb2NrIH0gZnJvbSAnLi9mYWtlQ2xvY2snO1xuXG5jb25zdCBsaXZlOiBMaXZlU3RhdGUgPSB7XG4gIGNhY2hlRW50cmllczogMixcbiAgY2FjaGVCeXRlczogMTAwLFxuICBkaXNrQ2FjaGVFbnRyaWVzOiAxLFxuICBkaXNrQ2FjaGVCeXRlczogNTAsXG4gIGRpc2tDYWNoZUNvcnJ1cHQ6IDAsXG4gIHJhdGVMaW1pdGVkRm9yTXM6IDAsXG4gIGNpcmN1aXRTdGF0ZTogJ2Nsb3NlZCcsXG59O1xuXG5kZXNjcmliZSgnc3RhdGlzdGljcycsICgpID0+IHtcbiAgaXQoJ2NvbXB1dGVzIG5lYXJlc3QtcmFuayBwZXJjZW50aWxlcycsICgpID0+IHtcbiAgICBjb25zdCBzb3J0ZWQgPSBBcnJheS5mcm9tKHsgbGVuZ3RoOiAxMDAgfSwgKF8sIGkpID0+IGkgKyAxKTtcbiAgICBhc3NlcnQuZXF1YWwocGVyY2VudGlsZShzb3J0ZWQsIDAuNSksIDUwKTtcbiAgICBhc3NlcnQuZXF1YWwocGVyY2VudGlsZShzb3J0ZWQsIDAuOTUpLCA5NSk7XG4gICAgYXNzZXJ0LmVxdWFsKHBlcmNlbnRpbGUoWzddLCAwLjk1KSwgNyk7XG4gIH0pO1xuXG4gIGl0KCdrZWVwcyBvbmx5IHRoZSBtb3N0IHJlY2VudCBzYW1wbGVzJywgKCkgPT4ge1xuICAgIGNvbnN0IHJpbmcgPSBuZXcgU2FtcGxlUmluZygzKTtcbiAgICBmb3IgKGNvbnN0IHYgb2YgWzEwMDAsIDEwMDAsIDEsIDIsIDNdKSByaW5nLmFkZCh2KTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKHJpbmcuc3VtbWFyeSgpLCB7IG1lYW46IDIsIHA1MDogMiwgcDk1OiAzIH0pO1xuICB9KTtcblxuICBpdCgnYWRkcyB1cDogcmF0ZXMsIHRocm91Z2hwdXQgc2luY2UgdGhlIGZpcnN0IHJlcXVlc3QsIHJlc2V0JywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IGNsb2NrID0gbmV3IEZha2VDbG9jaygpO1xuICAgIGNvbnN0IHN0YXRzID0gbmV3IFN0YXRpc3RpY3NDb2xsZWN0b3IoY2xvY2spO1xuICAgIGZvciAobGV0IGkgPSAwOyBpIDwgNDsgaSsrKSBzdGF0cy5yZXF1ZXN0U3RhcnRlZCgpO1xuICAgIHN0YXRzLmNhY2hlSGl0KCk7XG4gICAgc3RhdHMuY2FjaGVNaXNzKCk7XG4gICAgc3RhdHMuY2FjaGVNaXNzKCk7XG4gICAgc3RhdHMuZmFpbGVkKCd0aW1lb3V0Jyk7XG4gICAgc3RhdHMudXNhZ2UoeyBwcm9tcHRUb2tlbnM6IDEwLCBvdXRwdXRUb2tlbnM6IDIwMCwgdGhpbmtpbmdUb2tlbnM6IDUsIHRvdGFsVG9rZW5zOiAyMTUgfSk7XG4gICAgc3RhdHMucmVwbGllZCgxMDAsIDIwKTtcbiAgICBzdGF0cy5yZXBsaWVkKDMwMCwgNDApO1xuICAgIHN0YXRzLndhaXRlZE9uTGltaXRlcigyNTApO1xuICAgIGF3YWl0IGNsb2NrLmFkdmFuY2UoMjAwMCk7XG4gICAgY29uc3QgcyA9IHN0YXRzLnNuYXBzaG90KGxpdmUpO1xuICAgIGFzc2VydC5lcXVhbChzLnJlcXVlc3RzLCA0KTtcbiAgICBhc3NlcnQuZXF1YWwocy5jYWNoZUhpdFJhdGUsIDEgLyAzKTtcbiAgICBhc3NlcnQuZXF1YWwocy5lcnJvcnMsIDEpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwocy5lcnJvcnNCeUtpbmQsIHsgdGltZW91dDogMSB9KTtcbiAgICBhc3NlcnQuZXF1YWwocy5lcnJvclJhdGUsIDAuMjUpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwocy5sYXRlbmN5TXMsIHsgbWVhbjogMjAwLCBwNTA6IDEwMCwgcDk1OiAzMDAgfSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChzLnRpbWVUb0ZpcnN0VG9rZW5NcywgeyBtZWFuOiAzMCwgcDUwOiAyMCwgcDk1OiA0MCB9KTtcbiAgICBhc3NlcnQuZXF1YWwocy5yZXF1ZXN0c1BlclNlY29uZCwgMik7XG4gICAgYXNzZXJ0LmVxdWFsKHMudG9rZW5zUGVyU2Vjb25kLCAxMDApO1xuICAgIGFzc2VydC5lcXVhbChzLmxpbWl0ZXJXYWl0TXMsIDI1MCk7XG4gICAgYXNzZXJ0LmVxdWFsKHMuY2FjaGVFbnRyaWVzLCAyKTtcbiAgICBzdGF0cy5yZXNldCgpO1xuICAgIGNvbnN0IHIgPSBzdGF0cy5zbmFwc2hvdChsaXZlKTtcbiAgICBhc3NlcnQuZXF1YWwoci5yZXF1ZXN0cywgMCk7XG4gICAgYXNzZXJ0LmVxdWFsKHIucmVxdWVzdHNQZXJTZWNvbmQsIDApO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoci5lcnJvcnNCeUtpbmQsIHt9KTtcbiAgfSk7XG59KTtcbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUEsYUFBd0I7QUFDeEIsd0JBQTRFO0FBQzVFLHVCQUEwQjtBQUUxQixNQUFNLE9BQWtCO0FBQUEsRUFDdEIsY0FBYztBQUFBLEVBQ2QsWUFBWTtBQUFBLEVBQ1osa0JBQWtCO0FBQUEsRUFDbEIsZ0JBQWdCO0FBQUEsRUFDaEIsa0JBQWtCO0FBQUEsRUFDbEIsa0JBQWtCO0FBQUEsRUFDbEIsY0FBYztBQUNoQjtBQUVBLFNBQVMsY0FBYyxNQUFNO0FBQzNCLEtBQUcscUNBQXFDLE1BQU07QUFDNUMsVUFBTSxTQUFTLE1BQU0sS0FBSyxFQUFFLFFBQVEsSUFBSSxHQUFHLENBQUMsR0FBRyxNQUFNLElBQUksQ0FBQztBQUMxRCxXQUFPLFVBQU0sOEJBQVcsUUFBUSxHQUFHLEdBQUcsRUFBRTtBQUN4QyxXQUFPLFVBQU0sOEJBQVcsUUFBUSxJQUFJLEdBQUcsRUFBRTtBQUN6QyxXQUFPLFVBQU0sOEJBQVcsQ0FBQyxDQUFDLEdBQUcsSUFBSSxHQUFHLENBQUM7QUFBQSxFQUN2QyxDQUFDO0FBRUQsS0FBRyxzQ0FBc0MsTUFBTTtBQUM3QyxVQUFNLE9BQU8sSUFBSSw2QkFBVyxDQUFDO0FBQzdCLGVBQVcsS0FBSyxDQUFDLEtBQU0sS0FBTSxHQUFHLEdBQUcsQ0FBQyxFQUFHLE1BQUssSUFBSSxDQUFDO0FBQ2pELFdBQU8sVUFBVSxLQUFLLFFBQVEsR0FBRyxFQUFFLE1BQU0sR0FBRyxLQUFLLEdBQUcsS0FBSyxFQUFFLENBQUM7QUFBQSxFQUM5RCxDQUFDO0FBRUQsS0FBRyw2REFBNkQsWUFBWTtBQUMxRSxVQUFNLFFBQVEsSUFBSSwyQkFBVTtBQUM1QixVQUFNLFFBQVEsSUFBSSxzQ0FBb0IsS0FBSztBQUMzQyxhQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsSUFBSyxPQUFNLGVBQWU7QUFDakQsVUFBTSxTQUFTO0FBQ2YsVUFBTSxVQUFVO0FBQ2hCLFVBQU0sVUFBVTtBQUNoQixVQUFNLE9BQU8sU0FBUztBQUN0QixVQUFNLE1BQU0sRUFBRSxjQUFjLElBQUksY0FBYyxLQUFLLGdCQUFnQixHQUFHLGFBQWEsSUFBSSxDQUFDO0FBQ3hGLFVBQU0sUUFBUSxLQUFLLEVBQUU7QUFDckIsVUFBTSxRQUFRLEtBQUssRUFBRTtBQUNyQixVQUFNLGdCQUFnQixHQUFHO0FBQ3pCLFVBQU0sTUFBTSxRQUFRLEdBQUk7QUFDeEIsVUFBTSxJQUFJLE1BQU0sU0FBUyxJQUFJO0FBQzdCLFdBQU8sTUFBTSxFQUFFLFVBQVUsQ0FBQztBQUMxQixXQUFPLE1BQU0sRUFBRSxjQUFjLElBQUksQ0FBQztBQUNsQyxXQUFPLE1BQU0sRUFBRSxRQUFRLENBQUM7QUFDeEIsV0FBTyxVQUFVLEVBQUUsY0FBYyxFQUFFLFNBQVMsRUFBRSxDQUFDO0FBQy9DLFdBQU8sTUFBTSxFQUFFLFdBQVcsSUFBSTtBQUM5QixXQUFPLFVBQVUsRUFBRSxXQUFXLEVBQUUsTUFBTSxLQUFLLEtBQUssS0FBSyxLQUFLLElBQUksQ0FBQztBQUMvRCxXQUFPLFVBQVUsRUFBRSxvQkFBb0IsRUFBRSxNQUFNLElBQUksS0FBSyxJQUFJLEtBQUssR0FBRyxDQUFDO0FBQ3JFLFdBQU8sTUFBTSxFQUFFLG1CQUFtQixDQUFDO0FBQ25DLFdBQU8sTUFBTSxFQUFFLGlCQUFpQixHQUFHO0FBQ25DLFdBQU8sTUFBTSxFQUFFLGVBQWUsR0FBRztBQUNqQyxXQUFPLE1BQU0sRUFBRSxjQUFjLENBQUM7QUFDOUIsVUFBTSxNQUFNO0FBQ1osVUFBTSxJQUFJLE1BQU0sU0FBUyxJQUFJO0FBQzdCLFdBQU8sTUFBTSxFQUFFLFVBQVUsQ0FBQztBQUMxQixXQUFPLE1BQU0sRUFBRSxtQkFBbUIsQ0FBQztBQUNuQyxXQUFPLFVBQVUsRUFBRSxjQUFjLENBQUMsQ0FBQztBQUFBLEVBQ3JDLENBQUM7QUFDSCxDQUFDOyIsCiAgIm5hbWVzIjogW10KfQo=
