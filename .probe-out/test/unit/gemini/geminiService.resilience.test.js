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
var import_fakeGemini = require("../../support/fakeGemini");
var import_fakeClock = require("./fakeClock");
var import_serviceHarness = require("./serviceHarness");
const MODEL = "gemini-2.5-flash";
describe("GeminiService resilience over HTTP", function() {
  this.timeout(2e4);
  let server;
  const services = [];
  const make = (setup = {}) => {
    const made = (0, import_serviceHarness.serviceFor)({ server, ...setup });
    services.push(made.service);
    return made;
  };
  before(async () => {
    server = await (0, import_fakeGemini.startFakeGemini)();
  });
  afterEach(async () => {
    await Promise.all(services.splice(0).map((s) => s.dispose()));
    server.reset();
    server.setOptions({ ttftMs: 0, tokensPerSecond: 0, requestsPerMinute: 0, wordsPerChunk: 12 });
  });
  after(async () => {
    await server.stop();
  });
  describe("retries", () => {
    it("retries a 503 and then succeeds", async () => {
      const { service } = make();
      server.script({ kind: "fixture", name: "503-overloaded" }, { kind: "fixture", name: "500-internal" });
      const result = await service.generateText({ model: MODEL, prompt: "Write 10 words." });
      assert.equal(result.text.split(/\s+/).length, 10);
      assert.equal((0, import_serviceHarness.generateRequests)(server).length, 3);
      const stats = service.getStatistics();
      assert.equal(stats.apiCalls, 3);
      assert.equal(stats.retries, 2);
      assert.equal(stats.errors, 0);
    });
    it("gives up after retry.maxRetries with an unavailable error that says so", async () => {
      const { service } = make({ settings: { "retry.maxRetries": 2 } });
      server.script(...Array.from({ length: 3 }, () => ({ kind: "fixture", name: "503-overloaded" })));
      await assert.rejects(service.generateText({ model: MODEL, prompt: "x" }), (e) => {
        assert.equal(e.kind, "unavailable");
        assert.equal(e.exitCode, 6);
        assert.equal(e.attempts, 3);
        assert.match(e.message, /Gave up after 3 attempts/);
        return true;
      });
      assert.equal((0, import_serviceHarness.generateRequests)(server).length, 3);
    });
    it("waits the advised delay of a per-minute 429, pausing the limiter meanwhile", async () => {
      const { service } = make({ settings: { "retry.baseDelayMs": 0 } });
      let longestPause = 0;
      service.onDidChange(() => longestPause = Math.max(longestPause, service.getStatistics().rateLimitedForMs));
      server.script((0, import_serviceHarness.perMinute429)("0.25s"));
      await service.generateText({ model: MODEL, prompt: "Write 10 words." });
      const [rejected, retried] = (0, import_serviceHarness.generateRequests)(server);
      assert.equal(rejected.status, 429);
      const gap = retried.startedAt - rejected.endedAt;
      assert.ok(gap >= 240, `retried after ${gap.toFixed(0)} ms, advised 250 ms`);
      assert.ok(gap < 1500, `but not much later (${gap.toFixed(0)} ms)`);
      assert.ok(longestPause > 150 && longestPause <= 250, `countdown seen: ${longestPause} ms`);
      assert.equal(service.getStatistics().rateLimitedForMs, 0);
    });
    it("honours the fractional advised delay of the real per-minute fixture", async function() {
      this.timeout(1e4);
      const { service } = make();
      server.script({ kind: "fixture", name: "429-per-minute-retryinfo" });
      await service.generateText({ model: MODEL, prompt: "Write 5 words." });
      const [rejected, retried] = (0, import_serviceHarness.generateRequests)(server);
      assert.ok(retried.startedAt - rejected.endedAt >= 2800, "RetryInfo said 2.837906927s");
    });
    it("a per-minute 429 holds back parallel callers too", async () => {
      const { service } = make({ settings: { "retry.baseDelayMs": 0 } });
      server.script((0, import_serviceHarness.perMinute429)("0.3s"));
      const first = service.generateText({ model: MODEL, prompt: "Write 5 words. A" });
      await (0, import_serviceHarness.whenService)(service, () => service.getStatistics().rateLimitedForMs > 0, 5e3, "the 429 pause");
      const second = service.generateText({ model: MODEL, prompt: "Write 5 words. B" });
      await Promise.all([first, second]);
      const rejectedAt = (0, import_serviceHarness.generateRequests)(server).find((r) => r.status === 429).endedAt;
      const b = (0, import_serviceHarness.generateRequests)(server).find((r) => r.promptText.endsWith("B"));
      assert.ok(b.startedAt - rejectedAt >= 280, `the other caller waited too (${(b.startedAt - rejectedAt).toFixed(0)} ms)`);
      assert.ok(service.getStatistics().limiterWaitMs >= 250);
    });
    it("never retries a per-day quota", async () => {
      const { service } = make();
      server.script({ kind: "fixture", name: "429-per-day" });
      await assert.rejects(service.generateText({ model: MODEL, prompt: "x" }), (e) => {
        assert.equal(e.kind, "quota-daily");
        assert.equal(e.exitCode, 4);
        assert.match(e.message, /midnight Pacific time/);
        return true;
      });
      assert.equal((0, import_serviceHarness.generateRequests)(server).length, 1);
      assert.equal(service.getStatistics().rateLimitedForMs, 0, "a daily quota does not pause the limiter");
    });
    it("never retries an invalid key, and never repeats the key", async () => {
      const wrongKey = "AIzaWRONG-KEY-0987654321";
      const { service, logger } = make({ apiKey: wrongKey });
      await assert.rejects(service.generateText({ model: MODEL, prompt: "x" }), (e) => {
        assert.equal(e.kind, "auth");
        assert.equal(e.exitCode, 3);
        assert.equal(e.action, "setApiKey");
        assert.match(e.message, /Story: Set API Key/);
        assert.ok(!e.message.includes(wrongKey));
        return true;
      });
      assert.equal((0, import_serviceHarness.generateRequests)(server).length, 1);
      assert.ok(!logger.text().includes(wrongKey));
    });
    it("fails at once without calling when no key is set", async () => {
      const { service } = make({ apiKey: void 0 });
      await assert.rejects(service.generateText({ model: MODEL, prompt: "x" }), (e) => {
        assert.equal(e.kind, "auth");
        assert.match(e.message, /^No Gemini API key is set/);
        return true;
      });
      assert.equal(server.requests.length, 0);
    });
    it("never retries an unknown model, and names it and the setting", async () => {
      const { service } = make();
      await assert.rejects(service.generateText({ model: "gemini-9.9-flash", prompt: "x" }), (e) => {
        assert.equal(e.kind, "model-not-found");
        assert.match(e.message, /"gemini-9\.9-flash".*storyWriter\.model/);
        return true;
      });
      assert.equal((0, import_serviceHarness.generateRequests)(server).length, 1);
    });
  });
  describe("broken streams", () => {
    function display() {
      let shown = "";
      let restarts = 0;
      return {
        options: { onText: (delta) => shown += delta, onRestart: () => (shown = "", restarts++) },
        get shown() {
          return shown;
        },
        get restarts() {
          return restarts;
        }
      };
    }
    async function uncut(prompt) {
      const { service } = make({ settings: { "cache.enabled": false } });
      return (await service.generateText({ model: MODEL, prompt })).text;
    }
    for (const fault of [
      { kind: "cut", afterWords: 40 },
      { kind: "stream-error", afterWords: 25, status: 503 },
      { kind: "malformed", afterWords: 30 }
    ]) {
      it(`${fault.kind} after some words: restarts clean, final text exact`, async () => {
        const prompt = `Write 150 words about the sea (${fault.kind}).`;
        const expected = await uncut(prompt);
        server.reset();
        const { service } = make({ settings: { "cache.enabled": false } });
        const ui = display();
        server.script(fault);
        const result = await service.generateText({ model: MODEL, prompt }, ui.options);
        assert.equal(result.text, expected);
        assert.equal(ui.shown, expected, "no duplicated or lost words on screen");
        assert.equal(ui.restarts, 1);
        assert.equal((0, import_serviceHarness.generateRequests)(server).length, 2);
        assert.equal(service.getStatistics().retries, 1);
      });
    }
    it("abandons a silent request after requestTimeoutSeconds and retries it", async () => {
      const { service } = make({ settings: { requestTimeoutSeconds: 0.3 } });
      server.script({ kind: "hang" });
      const result = await (0, import_serviceHarness.within)(service.generateText({ model: MODEL, prompt: "Write 8 words." }), 5e3, "the retried call");
      assert.equal(result.text.split(/\s+/).length, 8);
      const [hung] = (0, import_serviceHarness.generateRequests)(server);
      assert.equal(hung.endReason, "client-closed");
      assert.equal(service.getStatistics().retries, 1);
    });
    it("reports timeout when every attempt stays silent", async () => {
      const { service } = make({ settings: { requestTimeoutSeconds: 0.2, "retry.maxRetries": 1 } });
      server.script({ kind: "hang" }, { kind: "hang" });
      await assert.rejects(service.generateText({ model: MODEL, prompt: "x" }), (e) => {
        assert.equal(e.kind, "timeout");
        assert.equal(e.exitCode, 6);
        assert.match(e.message, /storyWriter\.requestTimeoutSeconds/);
        return true;
      });
    });
  });
  describe("cancellation", () => {
    it("a queued call leaves the queue at once, without reaching Gemini", async () => {
      const { service } = make({ settings: { "rateLimit.maxConcurrent": 1 } });
      server.script({ kind: "hang" });
      const holder = new AbortController();
      const first = service.generateText({ model: MODEL, prompt: "first" }, { signal: holder.signal });
      await server.waitForRequest((r) => r.promptText === "first");
      const queued = new AbortController();
      const second = service.generateText({ model: MODEL, prompt: "second" }, { signal: queued.signal });
      assert.ok(await (0, import_serviceHarness.stillPendingAfter)(second, 50), "held by the concurrency limit");
      queued.abort();
      await assert.rejects((0, import_serviceHarness.within)(second, 1e3, "the cancelled call"), (e) => e.kind === "cancelled" && e.exitCode === 130);
      holder.abort();
      await assert.rejects(first, (e) => e.kind === "cancelled");
      assert.deepEqual(
        (0, import_serviceHarness.generateRequests)(server).map((r) => r.promptText),
        ["first"]
      );
      assert.equal(service.getStatistics().errorsByKind.cancelled, 2);
    });
    it("an in-flight stream is aborted and the text so far comes back as partialText", async () => {
      server.setOptions({ tokensPerSecond: 400, wordsPerChunk: 5 });
      const { service } = make();
      const controller = new AbortController();
      let seen = "";
      const call = service.generateText(
        { model: MODEL, prompt: "Write 400 words." },
        {
          signal: controller.signal,
          onText: (_d, soFar) => {
            seen = soFar;
            if (soFar.split(/\s+/).length >= 20) controller.abort();
          }
        }
      );
      await assert.rejects((0, import_serviceHarness.within)(call, 5e3, "the aborted call"), (e) => {
        assert.equal(e.kind, "cancelled");
        assert.equal(e.partialText, seen);
        assert.ok(seen.length > 0);
        return true;
      });
      const [request] = (0, import_serviceHarness.generateRequests)(server);
      await server.waitForRequest((r) => r.id === request.id && r.endedAt !== void 0);
      assert.equal(request.endReason, "client-closed");
      assert.ok(request.outputWords < 400);
    });
    it("dispose cancels calls in flight and queued", async () => {
      const { service } = make({ settings: { "rateLimit.maxConcurrent": 1 } });
      server.script({ kind: "hang" });
      const inFlight = service.generateText({ model: MODEL, prompt: "hanging" });
      await server.waitForRequest((r) => r.promptText === "hanging");
      const queued = service.generateText({ model: MODEL, prompt: "queued" });
      await service.dispose();
      for (const call of [inFlight, queued]) {
        await assert.rejects((0, import_serviceHarness.within)(call, 1e3, "a call after dispose"), (e) => e.kind === "cancelled");
      }
      await assert.rejects(service.generateText({ model: MODEL, prompt: "late" }), (e) => e.kind === "cancelled");
    });
    it("a throwing onText callback is logged, not mistaken for a Gemini failure", async () => {
      const { service, logger } = make();
      const result = await service.generateText(
        { model: MODEL, prompt: "Write 20 words." },
        {
          onText: () => {
            throw new Error("UI bug");
          }
        }
      );
      assert.equal(result.text.split(/\s+/).length, 20);
      assert.match(logger.text(), /onText callback failed.*UI bug/);
    });
    it("a follower of a shared call can cancel alone", async () => {
      server.setOptions({ ttftMs: 200 });
      const { service } = make();
      const request = { model: MODEL, prompt: "Write 10 words." };
      const leader = service.generateText(request);
      const controller = new AbortController();
      const follower = service.generateText(request, { signal: controller.signal });
      controller.abort();
      await assert.rejects(follower, (e) => e.kind === "cancelled");
      assert.equal((await leader).fromCache, false);
    });
  });
  describe("circuit breaker (fake clock)", () => {
    it("opens after consecutive failures, fails fast, probes after the cooldown, closes on success", async () => {
      const clock = new import_fakeClock.FakeClock();
      const { service } = make({
        clock,
        settings: { "retry.maxRetries": 0, "circuitBreaker.failureThreshold": 2, "circuitBreaker.cooldownSeconds": 30, "cache.enabled": false }
      });
      server.script({ kind: "fixture", name: "503-overloaded" }, { kind: "fixture", name: "503-overloaded" });
      for (let i = 0; i < 2; i++) {
        await assert.rejects(service.generateText({ model: MODEL, prompt: "x" }), (e) => e.kind === "unavailable");
      }
      assert.equal(service.getStatistics().circuitState, "open");
      await assert.rejects(service.generateText({ model: MODEL, prompt: "x" }), (e) => {
        assert.equal(e.kind, "circuit-open");
        assert.equal(e.exitCode, 6);
        assert.match(e.message, /next try is in 30 s/);
        return true;
      });
      assert.equal((0, import_serviceHarness.generateRequests)(server).length, 2, "failed fast, no request");
      await clock.advance(3e4);
      assert.equal(service.getStatistics().circuitState, "half-open");
      await service.generateText({ model: MODEL, prompt: "Write 3 words." });
      assert.equal(service.getStatistics().circuitState, "closed");
    });
  });
  describe("under load", () => {
    it("100 concurrent requests under a 30 % mix of 429s and 503s each complete exactly once", async () => {
      const random = (0, import_serviceHarness.seededRandom)(42);
      let draw = "none";
      server.scriptWhen(
        () => {
          const r = random();
          draw = r < 0.15 ? "429" : r < 0.3 ? "503" : "none";
          return draw === "429";
        },
        (0, import_serviceHarness.perMinute429)("0.02s"),
        { times: Infinity }
      );
      server.scriptWhen(() => draw === "503", { kind: "fixture", name: "503-overloaded" }, { times: Infinity });
      const { service } = make({
        settings: { "retry.maxRetries": 10, "circuitBreaker.failureThreshold": 100, "rateLimit.maxConcurrent": 16 }
      });
      const prompts = Array.from({ length: 100 }, (_, i) => `Write 12 words. Request #${i}.`);
      const results = await (0, import_serviceHarness.within)(
        Promise.all(prompts.map((prompt) => service.generateText({ model: MODEL, prompt }))),
        15e3,
        "100 requests"
      );
      assert.equal(results.length, 100);
      assert.ok(results.every((r) => r.text.split(/\s+/).length === 12));
      const stats = service.getStatistics();
      const requests = (0, import_serviceHarness.generateRequests)(server);
      const failed = requests.filter((r) => r.status !== 200).length;
      assert.ok(failed >= 15, `the mix really happened (${failed} failures)`);
      assert.equal(stats.requests, 100);
      assert.equal(stats.apiCalls, requests.length, "every HTTP attempt is counted");
      assert.equal(stats.apiCalls, 100 + stats.retries);
      assert.equal(stats.retries, failed);
      assert.equal(stats.errors, 0);
      assert.equal(stats.cacheMisses, 100);
      const succeeded = new Set(requests.filter((r) => r.status === 200).map((r) => r.promptText));
      assert.equal(succeeded.size, 100);
      assert.equal(requests.filter((r) => r.status === 200).length, 100, "each prompt answered exactly once");
    });
    it("never trips the server\u2019s rpm quota when the limiter uses the same limit", async () => {
      server.setOptions({ requestsPerMinute: 20 });
      const { service } = make({ settings: { "rateLimit.requestsPerMinute": 20, "cache.enabled": false } });
      await Promise.all(Array.from({ length: 20 }, (_, i) => service.generateText({ model: MODEL, prompt: `Write 4 words. #${i}` })));
      const controller = new AbortController();
      const twentyFirst = service.generateText({ model: MODEL, prompt: "Write 4 words. #21" }, { signal: controller.signal });
      assert.ok(await (0, import_serviceHarness.stillPendingAfter)(twentyFirst, 300), "the 21st waits for the window");
      controller.abort();
      await assert.rejects(twentyFirst, (e) => e.kind === "cancelled");
      assert.equal(server.stats.rateLimited, 0);
      assert.equal((0, import_serviceHarness.generateRequests)(server).length, 20);
    });
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC91bml0L2dlbWluaS9nZW1pbmlTZXJ2aWNlLnJlc2lsaWVuY2UudGVzdC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0ICogYXMgYXNzZXJ0IGZyb20gJ25vZGU6YXNzZXJ0L3N0cmljdCc7XG5pbXBvcnQgeyBHZW1pbmlFcnJvciB9IGZyb20gJy4uLy4uLy4uL3NyYy9nZW1pbmkvZXJyb3JzJztcbmltcG9ydCB0eXBlIHsgR2VtaW5pU2VydmljZSB9IGZyb20gJy4uLy4uLy4uL3NyYy9nZW1pbmkvZ2VtaW5pU2VydmljZSc7XG5pbXBvcnQgeyBzdGFydEZha2VHZW1pbmksIHR5cGUgRmFrZUdlbWluaSwgdHlwZSBGYXVsdCB9IGZyb20gJy4uLy4uL3N1cHBvcnQvZmFrZUdlbWluaSc7XG5pbXBvcnQgeyBGYWtlQ2xvY2sgfSBmcm9tICcuL2Zha2VDbG9jayc7XG5pbXBvcnQgeyBnZW5lcmF0ZVJlcXVlc3RzLCBwZXJNaW51dGU0MjksIHNlZWRlZFJhbmRvbSwgc2VydmljZUZvciwgc3RpbGxQZW5kaW5nQWZ0ZXIsIHdoZW5TZXJ2aWNlLCB3aXRoaW4gfSBmcm9tICcuL3NlcnZpY2VIYXJuZXNzJztcblxuY29uc3QgTU9ERUwgPSAnZ2VtaW5pLTIuNS1mbGFzaCc7XG5cbmRlc2NyaWJlKCdHZW1pbmlTZXJ2aWNlIHJlc2lsaWVuY2Ugb3ZlciBIVFRQJywgZnVuY3Rpb24gKCkge1xuICB0aGlzLnRpbWVvdXQoMjBfMDAwKTtcbiAgbGV0IHNlcnZlcjogRmFrZUdlbWluaTtcbiAgY29uc3Qgc2VydmljZXM6IEdlbWluaVNlcnZpY2VbXSA9IFtdO1xuXG4gIGNvbnN0IG1ha2UgPSAoc2V0dXA6IFBhcmFtZXRlcnM8dHlwZW9mIHNlcnZpY2VGb3I+WzBdID0ge30pID0+IHtcbiAgICBjb25zdCBtYWRlID0gc2VydmljZUZvcih7IHNlcnZlciwgLi4uc2V0dXAgfSk7XG4gICAgc2VydmljZXMucHVzaChtYWRlLnNlcnZpY2UpO1xuICAgIHJldHVybiBtYWRlO1xuICB9O1xuXG4gIGJlZm9yZShhc3luYyAoKSA9PiB7XG4gICAgc2VydmVyID0gYXdhaXQgc3RhcnRGYWtlR2VtaW5pKCk7XG4gIH0pO1xuXG4gIGFmdGVyRWFjaChhc3luYyAoKSA9PiB7XG4gICAgYXdhaXQgUHJvbWlzZS5hbGwoc2VydmljZXMuc3BsaWNlKDApLm1hcCgocykgPT4gcy5kaXNwb3NlKCkpKTtcbiAgICBzZXJ2ZXIucmVzZXQoKTtcbiAgICBzZXJ2ZXIuc2V0T3B0aW9ucyh7IHR0ZnRNczogMCwgdG9rZW5zUGVyU2Vjb25kOiAwLCByZXF1ZXN0c1Blck1pbnV0ZTogMCwgd29yZHNQZXJDaHVuazogMTIgfSk7XG4gIH0pO1xuXG4gIGFmdGVyKGFzeW5jICgpID0+IHtcbiAgICBhd2FpdCBzZXJ2ZXIuc3RvcCgpO1xuICB9KTtcblxuICBkZXNjcmliZSgncmV0cmllcycsICgpID0+IHtcbiAgICBpdCgncmV0cmllcyBhIDUwMyBhbmQgdGhlbiBzdWNjZWVkcycsIGFzeW5jICgpID0+IHtcbiAgICAgIGNvbnN0IHsgc2VydmljZSB9ID0gbWFrZSgpO1xuICAgICAgc2VydmVyLnNjcmlwdCh7IGtpbmQ6ICdmaXh0dXJlJywgbmFtZTogJzUwMy1vdmVybG9hZGVkJyB9LCB7IGtpbmQ6ICdmaXh0dXJlJywgbmFtZTogJzUwMC1pbnRlcm5hbCcgfSk7XG4gICAgICBjb25zdCByZXN1bHQgPSBhd2FpdCBzZXJ2aWNlLmdlbmVyYXRlVGV4dCh7IG1vZGVsOiBNT0RFTCwgcHJvbXB0OiAnV3JpdGUgMTAgd29yZHMuJyB9KTtcbiAgICAgIGFzc2VydC5lcXVhbChyZXN1bHQudGV4dC5zcGxpdCgvXFxzKy8pLmxlbmd0aCwgMTApO1xuICAgICAgYXNzZXJ0LmVxdWFsKGdlbmVyYXRlUmVxdWVzdHMoc2VydmVyKS5sZW5ndGgsIDMpO1xuICAgICAgY29uc3Qgc3RhdHMgPSBzZXJ2aWNlLmdldFN0YXRpc3RpY3MoKTtcbiAgICAgIGFzc2VydC5lcXVhbChzdGF0cy5hcGlDYWxscywgMyk7XG4gICAgICBhc3NlcnQuZXF1YWwoc3RhdHMucmV0cmllcywgMik7XG4gICAgICBhc3NlcnQuZXF1YWwoc3RhdHMuZXJyb3JzLCAwKTtcbiAgICB9KTtcblxuICAgIGl0KCdnaXZlcyB1cCBhZnRlciByZXRyeS5tYXhSZXRyaWVzIHdpdGggYW4gdW5hdmFpbGFibGUgZXJyb3IgdGhhdCBzYXlzIHNvJywgYXN5bmMgKCkgPT4ge1xuICAgICAgY29uc3QgeyBzZXJ2aWNlIH0gPSBtYWtlKHsgc2V0dGluZ3M6IHsgJ3JldHJ5Lm1heFJldHJpZXMnOiAyIH0gfSk7XG4gICAgICBzZXJ2ZXIuc2NyaXB0KC4uLkFycmF5LmZyb20oeyBsZW5ndGg6IDMgfSwgKCk6IEZhdWx0ID0+ICh7IGtpbmQ6ICdmaXh0dXJlJywgbmFtZTogJzUwMy1vdmVybG9hZGVkJyB9KSkpO1xuICAgICAgYXdhaXQgYXNzZXJ0LnJlamVjdHMoc2VydmljZS5nZW5lcmF0ZVRleHQoeyBtb2RlbDogTU9ERUwsIHByb21wdDogJ3gnIH0pLCAoZTogR2VtaW5pRXJyb3IpID0+IHtcbiAgICAgICAgYXNzZXJ0LmVxdWFsKGUua2luZCwgJ3VuYXZhaWxhYmxlJyk7XG4gICAgICAgIGFzc2VydC5lcXVhbChlLmV4aXRDb2RlLCA2KTtcbiAgICAgICAgYXNzZXJ0LmVxdWFsKGUuYXR0ZW1wdHMsIDMpO1xuICAgICAgICBhc3NlcnQubWF0Y2goZS5tZXNzYWdlLCAvR2F2ZSB1cCBhZnRlciAzIGF0dGVtcHRzLyk7XG4gICAgICAgIHJldHVybiB0cnVlO1xuICAgICAgfSk7XG4gICAgICBhc3NlcnQuZXF1YWwoZ2VuZXJhdGVSZXF1ZXN0cyhzZXJ2ZXIpLmxlbmd0aCwgMyk7XG4gICAgfSk7XG5cbiAgICBpdCgnd2FpdHMgdGhlIGFkdmlzZWQgZGVsYXkgb2YgYSBwZXItbWludXRlIDQyOSwgcGF1c2luZyB0aGUgbGltaXRlciBtZWFud2hpbGUnLCBhc3luYyAoKSA9PiB7XG4gICAgICBjb25zdCB7IHNlcnZpY2UgfSA9IG1ha2UoeyBzZXR0aW5nczogeyAncmV0cnkuYmFzZURlbGF5TXMnOiAwIH0gfSk7XG4gICAgICBsZXQgbG9uZ2VzdFBhdXNlID0gMDtcbiAgICAgIHNlcnZpY2Uub25EaWRDaGFuZ2UoKCkgPT4gKGxvbmdlc3RQYXVzZSA9IE1hdGgubWF4KGxvbmdlc3RQYXVzZSwgc2VydmljZS5nZXRTdGF0aXN0aWNzKCkucmF0ZUxpbWl0ZWRGb3JNcykpKTtcbiAgICAgIHNlcnZlci5zY3JpcHQocGVyTWludXRlNDI5KCcwLjI1cycpKTtcbiAgICAgIGF3YWl0IHNlcnZpY2UuZ2VuZXJhdGVUZXh0KHsgbW9kZWw6IE1PREVMLCBwcm9tcHQ6ICdXcml0ZSAxMCB3b3Jkcy4nIH0pO1xuICAgICAgY29uc3QgW3JlamVjdGVkLCByZXRyaWVkXSA9IGdlbmVyYXRlUmVxdWVzdHMoc2VydmVyKTtcbiAgICAgIGFzc2VydC5lcXVhbChyZWplY3RlZCEuc3RhdHVzLCA0MjkpO1xuICAgICAgY29uc3QgZ2FwID0gcmV0cmllZCEuc3RhcnRlZEF0IC0gcmVqZWN0ZWQhLmVuZGVkQXQhO1xuICAgICAgYXNzZXJ0Lm9rKGdhcCA+PSAyNDAsIGByZXRyaWVkIGFmdGVyICR7Z2FwLnRvRml4ZWQoMCl9IG1zLCBhZHZpc2VkIDI1MCBtc2ApO1xuICAgICAgYXNzZXJ0Lm9rKGdhcCA8IDE1MDAsIGBidXQgbm90IG11Y2ggbGF0ZXIgKCR7Z2FwLnRvRml4ZWQoMCl9IG1zKWApO1xuICAgICAgYXNzZXJ0Lm9rKGxvbmdlc3RQYXVzZSA+IDE1MCAmJiBsb25nZXN0UGF1c2UgPD0gMjUwLCBgY291bnRkb3duIHNlZW46ICR7bG9uZ2VzdFBhdXNlfSBtc2ApO1xuICAgICAgYXNzZXJ0LmVxdWFsKHNlcnZpY2UuZ2V0U3RhdGlzdGljcygpLnJhdGVMaW1pdGVkRm9yTXMsIDApO1xuICAgIH0pO1xuXG4gICAgaXQoJ2hvbm91cnMgdGhlIGZyYWN0aW9uYWwgYWR2aXNlZCBkZWxheSBvZiB0aGUgcmVhbCBwZXItbWludXRlIGZpeHR1cmUnLCBhc3luYyBmdW5jdGlvbiAoKSB7XG4gICAgICB0aGlzLnRpbWVvdXQoMTBfMDAwKTtcbiAgICAgIGNvbnN0IHsgc2VydmljZSB9ID0gbWFrZSgpO1xuICAgICAgc2VydmVyLnNjcmlwdCh7IGtpbmQ6ICdmaXh0dXJlJywgbmFtZTogJzQyOS1wZXItbWludXRlLXJldHJ5aW5mbycgfSk7XG4gICAgICBhd2FpdCBzZXJ2aWNlLmdlbmVyYXRlVGV4dCh7IG1vZGVsOiBNT0RFTCwgcHJvbXB0OiAnV3JpdGUgNSB3b3Jkcy4nIH0pO1xuICAgICAgY29uc3QgW3JlamVjdGVkLCByZXRyaWVkXSA9IGdlbmVyYXRlUmVxdWVzdHMoc2VydmVyKTtcbiAgICAgIGFzc2VydC5vayhyZXRyaWVkIS5zdGFydGVkQXQgLSByZWplY3RlZCEuZW5kZWRBdCEgPj0gMjgwMCwgJ1JldHJ5SW5mbyBzYWlkIDIuODM3OTA2OTI3cycpO1xuICAgIH0pO1xuXG4gICAgaXQoJ2EgcGVyLW1pbnV0ZSA0MjkgaG9sZHMgYmFjayBwYXJhbGxlbCBjYWxsZXJzIHRvbycsIGFzeW5jICgpID0+IHtcbiAgICAgIGNvbnN0IHsgc2VydmljZSB9ID0gbWFrZSh7IHNldHRpbmdzOiB7ICdyZXRyeS5iYXNlRGVsYXlNcyc6IDAgfSB9KTtcbiAgICAgIHNlcnZlci5zY3JpcHQocGVyTWludXRlNDI5KCcwLjNzJykpO1xuICAgICAgY29uc3QgZmlyc3QgPSBzZXJ2aWNlLmdlbmVyYXRlVGV4dCh7IG1vZGVsOiBNT0RFTCwgcHJvbXB0OiAnV3JpdGUgNSB3b3Jkcy4gQScgfSk7XG4gICAgICBhd2FpdCB3aGVuU2VydmljZShzZXJ2aWNlLCAoKSA9PiBzZXJ2aWNlLmdldFN0YXRpc3RpY3MoKS5yYXRlTGltaXRlZEZvck1zID4gMCwgNTAwMCwgJ3RoZSA0MjkgcGF1c2UnKTtcbiAgICAgIGNvbnN0IHNlY29uZCA9IHNlcnZpY2UuZ2VuZXJhdGVUZXh0KHsgbW9kZWw6IE1PREVMLCBwcm9tcHQ6ICdXcml0ZSA1IHdvcmRzLiBCJyB9KTtcbiAgICAgIGF3YWl0IFByb21pc2UuYWxsKFtmaXJzdCwgc2Vjb25kXSk7XG4gICAgICBjb25zdCByZWplY3RlZEF0ID0gZ2VuZXJhdGVSZXF1ZXN0cyhzZXJ2ZXIpLmZpbmQoKHIpID0+IHIuc3RhdHVzID09PSA0MjkpIS5lbmRlZEF0ITtcbiAgICAgIGNvbnN0IGIgPSBnZW5lcmF0ZVJlcXVlc3RzKHNlcnZlcikuZmluZCgocikgPT4gci5wcm9tcHRUZXh0LmVuZHNXaXRoKCdCJykpITtcbiAgICAgIGFzc2VydC5vayhiLnN0YXJ0ZWRBdCAtIHJlamVjdGVkQXQgPj0gMjgwLCBgdGhlIG90aGVyIGNhbGxlciB3YWl0ZWQgdG9vICgkeyhiLnN0YXJ0ZWRBdCAtIHJlamVjdGVkQXQpLnRvRml4ZWQoMCl9IG1zKWApO1xuICAgICAgYXNzZXJ0Lm9rKHNlcnZpY2UuZ2V0U3RhdGlzdGljcygpLmxpbWl0ZXJXYWl0TXMgPj0gMjUwKTtcbiAgICB9KTtcblxuICAgIGl0KCduZXZlciByZXRyaWVzIGEgcGVyLWRheSBxdW90YScsIGFzeW5jICgpID0+IHtcbiAgICAgIGNvbnN0IHsgc2VydmljZSB9ID0gbWFrZSgpO1xuICAgICAgc2VydmVyLnNjcmlwdCh7IGtpbmQ6ICdmaXh0dXJlJywgbmFtZTogJzQyOS1wZXItZGF5JyB9KTtcbiAgICAgIGF3YWl0IGFzc2VydC5yZWplY3RzKHNlcnZpY2UuZ2VuZXJhdGVUZXh0KHsgbW9kZWw6IE1PREVMLCBwcm9tcHQ6ICd4JyB9KSwgKGU6IEdlbWluaUVycm9yKSA9PiB7XG4gICAgICAgIGFzc2VydC5lcXVhbChlLmtpbmQsICdxdW90YS1kYWlseScpO1xuICAgICAgICBhc3NlcnQuZXF1YWwoZS5leGl0Q29kZSwgNCk7XG4gICAgICAgIGFzc2VydC5tYXRjaChlLm1lc3NhZ2UsIC9taWRuaWdodCBQYWNpZmljIHRpbWUvKTtcbiAgICAgICAgcmV0dXJuIHRydWU7XG4gICAgICB9KTtcbiAgICAgIGFzc2VydC5lcXVhbChnZW5lcmF0ZVJlcXVlc3RzKHNlcnZlcikubGVuZ3RoLCAxKTtcbiAgICAgIGFzc2VydC5lcXVhbChzZXJ2aWNlLmdldFN0YXRpc3RpY3MoKS5yYXRlTGltaXRlZEZvck1zLCAwLCAnYSBkYWlseSBxdW90YSBkb2VzIG5vdCBwYXVzZSB0aGUgbGltaXRlcicpO1xuICAgIH0pO1xuXG4gICAgaXQoJ25ldmVyIHJldHJpZXMgYW4gaW52YWxpZCBrZXksIGFuZCBuZXZlciByZXBlYXRzIHRoZSBrZXknLCBhc3luYyAoKSA9PiB7XG4gICAgICBjb25zdCB3cm9uZ0tleSA9ICdBSXphV1JPTkctS0VZLTA5ODc2NTQzMjEnO1xuICAgICAgY29uc3QgeyBzZXJ2aWNlLCBsb2dnZXIgfSA9IG1ha2UoeyBhcGlLZXk6IHdyb25nS2V5IH0pO1xuICAgICAgYXdhaXQgYXNzZXJ0LnJlamVjdHMoc2VydmljZS5nZW5lcmF0ZVRleHQoeyBtb2RlbDogTU9ERUwsIHByb21wdDogJ3gnIH0pLCAoZTogR2VtaW5pRXJyb3IpID0+IHtcbiAgICAgICAgYXNzZXJ0LmVxdWFsKGUua2luZCwgJ2F1dGgnKTtcbiAgICAgICAgYXNzZXJ0LmVxdWFsKGUuZXhpdENvZGUsIDMpO1xuICAgICAgICBhc3NlcnQuZXF1YWwoZS5hY3Rpb24sICdzZXRBcGlLZXknKTtcbiAgICAgICAgYXNzZXJ0Lm1hdGNoKGUubWVzc2FnZSwgL1N0b3J5OiBTZXQgQVBJIEtleS8pO1xuICAgICAgICBhc3NlcnQub2soIWUubWVzc2FnZS5pbmNsdWRlcyh3cm9uZ0tleSkpO1xuICAgICAgICByZXR1cm4gdHJ1ZTtcbiAgICAgIH0pO1xuICAgICAgYXNzZXJ0LmVxdWFsKGdlbmVyYXRlUmVxdWVzdHMoc2VydmVyKS5sZW5ndGgsIDEpO1xuICAgICAgYXNzZXJ0Lm9rKCFsb2dnZXIudGV4dCgpLmluY2x1ZGVzKHdyb25nS2V5KSk7XG4gICAgfSk7XG5cbiAgICBpdCgnZmFpbHMgYXQgb25jZSB3aXRob3V0IGNhbGxpbmcgd2hlbiBubyBrZXkgaXMgc2V0JywgYXN5bmMgKCkgPT4ge1xuICAgICAgY29uc3QgeyBzZXJ2aWNlIH0gPSBtYWtlKHsgYXBpS2V5OiB1bmRlZmluZWQgfSk7XG4gICAgICBhd2FpdCBhc3NlcnQucmVqZWN0cyhzZXJ2aWNlLmdlbmVyYXRlVGV4dCh7IG1vZGVsOiBNT0RFTCwgcHJvbXB0OiAneCcgfSksIChlOiBHZW1pbmlFcnJvcikgPT4ge1xuICAgICAgICBhc3NlcnQuZXF1YWwoZS5raW5kLCAnYXV0aCcpO1xuICAgICAgICBhc3NlcnQubWF0Y2goZS5tZXNzYWdlLCAvXk5vIEdlbWluaSBBUEkga2V5IGlzIHNldC8pO1xuICAgICAgICByZXR1cm4gdHJ1ZTtcbiAgICAgIH0pO1xuICAgICAgYXNzZXJ0LmVxdWFsKHNlcnZlci5yZXF1ZXN0cy5sZW5ndGgsIDApO1xuICAgIH0pO1xuXG4gICAgaXQoJ25ldmVyIHJldHJpZXMgYW4gdW5rbm93biBtb2RlbCwgYW5kIG5hbWVzIGl0IGFuZCB0aGUgc2V0dGluZycsIGFzeW5jICgpID0+IHtcbiAgICAgIGNvbnN0IHsgc2VydmljZSB9ID0gbWFrZSgpO1xuICAgICAgYXdhaXQgYXNzZXJ0LnJlamVjdHMoc2VydmljZS5nZW5lcmF0ZVRleHQoeyBtb2RlbDogJ2dlbWluaS05LjktZmxhc2gnLCBwcm9tcHQ6ICd4JyB9KSwgKGU6IEdlbWluaUVycm9yKSA9PiB7XG4gICAgICAgIGFzc2VydC5lcXVhbChlLmtpbmQsICdtb2RlbC1ub3QtZm91bmQnKTtcbiAgICAgICAgYXNzZXJ0Lm1hdGNoKGUubWVzc2FnZSwgL1wiZ2VtaW5pLTlcXC45LWZsYXNoXCIuKnN0b3J5V3JpdGVyXFwubW9kZWwvKTtcbiAgICAgICAgcmV0dXJuIHRydWU7XG4gICAgICB9KTtcbiAgICAgIGFzc2VydC5lcXVhbChnZW5lcmF0ZVJlcXVlc3RzKHNlcnZlcikubGVuZ3RoLCAxKTtcbiAgICB9KTtcbiAgfSk7XG5cbiAgZGVzY3JpYmUoJ2Jyb2tlbiBzdHJlYW1zJywgKCkgPT4ge1xuICAgIC8qKiBXaGF0IGEgVUkgd291bGQgc2hvdzogYXBwZW5kZWQgZGVsdGFzLCBjbGVhcmVkIG9uIHJlc3RhcnQuICovXG4gICAgZnVuY3Rpb24gZGlzcGxheSgpIHtcbiAgICAgIGxldCBzaG93biA9ICcnO1xuICAgICAgbGV0IHJlc3RhcnRzID0gMDtcbiAgICAgIHJldHVybiB7XG4gICAgICAgIG9wdGlvbnM6IHsgb25UZXh0OiAoZGVsdGE6IHN0cmluZykgPT4gKHNob3duICs9IGRlbHRhKSwgb25SZXN0YXJ0OiAoKSA9PiAoKHNob3duID0gJycpLCByZXN0YXJ0cysrKSB9LFxuICAgICAgICBnZXQgc2hvd24oKSB7XG4gICAgICAgICAgcmV0dXJuIHNob3duO1xuICAgICAgICB9LFxuICAgICAgICBnZXQgcmVzdGFydHMoKSB7XG4gICAgICAgICAgcmV0dXJuIHJlc3RhcnRzO1xuICAgICAgICB9LFxuICAgICAgfTtcbiAgICB9XG5cbiAgICBhc3luYyBmdW5jdGlvbiB1bmN1dChwcm9tcHQ6IHN0cmluZyk6IFByb21pc2U8c3RyaW5nPiB7XG4gICAgICBjb25zdCB7IHNlcnZpY2UgfSA9IG1ha2UoeyBzZXR0aW5nczogeyAnY2FjaGUuZW5hYmxlZCc6IGZhbHNlIH0gfSk7XG4gICAgICByZXR1cm4gKGF3YWl0IHNlcnZpY2UuZ2VuZXJhdGVUZXh0KHsgbW9kZWw6IE1PREVMLCBwcm9tcHQgfSkpLnRleHQ7XG4gICAgfVxuXG4gICAgZm9yIChjb25zdCBmYXVsdCBvZiBbXG4gICAgICB7IGtpbmQ6ICdjdXQnLCBhZnRlcldvcmRzOiA0MCB9LFxuICAgICAgeyBraW5kOiAnc3RyZWFtLWVycm9yJywgYWZ0ZXJXb3JkczogMjUsIHN0YXR1czogNTAzIH0sXG4gICAgICB7IGtpbmQ6ICdtYWxmb3JtZWQnLCBhZnRlcldvcmRzOiAzMCB9LFxuICAgIF0gYXMgY29uc3QpIHtcbiAgICAgIGl0KGAke2ZhdWx0LmtpbmR9IGFmdGVyIHNvbWUgd29yZHM6IHJlc3RhcnRzIGNsZWFuLCBmaW5hbCB0ZXh0IGV4YWN0YCwgYXN5bmMgKCkgPT4ge1xuICAgICAgICBjb25zdCBwcm9tcHQgPSBgV3JpdGUgMTUwIHdvcmRzIGFib3V0IHRoZSBzZWEgKCR7ZmF1bHQua2luZH0pLmA7XG4gICAgICAgIGNvbnN0IGV4cGVjdGVkID0gYXdhaXQgdW5jdXQocHJvbXB0KTtcbiAgICAgICAgc2VydmVyLnJlc2V0KCk7XG4gICAgICAgIGNvbnN0IHsgc2VydmljZSB9ID0gbWFrZSh7IHNldHRpbmdzOiB7ICdjYWNoZS5lbmFibGVkJzogZmFsc2UgfSB9KTtcbiAgICAgICAgY29uc3QgdWkgPSBkaXNwbGF5KCk7XG4gICAgICAgIHNlcnZlci5zY3JpcHQoZmF1bHQpO1xuICAgICAgICBjb25zdCByZXN1bHQgPSBhd2FpdCBzZXJ2aWNlLmdlbmVyYXRlVGV4dCh7IG1vZGVsOiBNT0RFTCwgcHJvbXB0IH0sIHVpLm9wdGlvbnMpO1xuICAgICAgICBhc3NlcnQuZXF1YWwocmVzdWx0LnRleHQsIGV4cGVjdGVkKTtcbiAgICAgICAgYXNzZXJ0LmVxdWFsKHVpLnNob3duLCBleHBlY3RlZCwgJ25vIGR1cGxpY2F0ZWQgb3IgbG9zdCB3b3JkcyBvbiBzY3JlZW4nKTtcbiAgICAgICAgYXNzZXJ0LmVxdWFsKHVpLnJlc3RhcnRzLCAxKTtcbiAgICAgICAgYXNzZXJ0LmVxdWFsKGdlbmVyYXRlUmVxdWVzdHMoc2VydmVyKS5sZW5ndGgsIDIpO1xuICAgICAgICBhc3NlcnQuZXF1YWwoc2VydmljZS5nZXRTdGF0aXN0aWNzKCkucmV0cmllcywgMSk7XG4gICAgICB9KTtcbiAgICB9XG5cbiAgICBpdCgnYWJhbmRvbnMgYSBzaWxlbnQgcmVxdWVzdCBhZnRlciByZXF1ZXN0VGltZW91dFNlY29uZHMgYW5kIHJldHJpZXMgaXQnLCBhc3luYyAoKSA9PiB7XG4gICAgICBjb25zdCB7IHNlcnZpY2UgfSA9IG1ha2UoeyBzZXR0aW5nczogeyByZXF1ZXN0VGltZW91dFNlY29uZHM6IDAuMyB9IH0pO1xuICAgICAgc2VydmVyLnNjcmlwdCh7IGtpbmQ6ICdoYW5nJyB9KTtcbiAgICAgIGNvbnN0IHJlc3VsdCA9IGF3YWl0IHdpdGhpbihzZXJ2aWNlLmdlbmVyYXRlVGV4dCh7IG1vZGVsOiBNT0RFTCwgcHJvbXB0OiAnV3JpdGUgOCB3b3Jkcy4nIH0pLCA1MDAwLCAndGhlIHJldHJpZWQgY2FsbCcpO1xuICAgICAgYXNzZXJ0LmVxdWFsKHJlc3VsdC50ZXh0LnNwbGl0KC9cXHMrLykubGVuZ3RoLCA4KTtcbiAgICAgIGNvbnN0IFtodW5nXSA9IGdlbmVyYXRlUmVxdWVzdHMoc2VydmVyKTtcbiAgICAgIGFzc2VydC5lcXVhbChodW5nIS5lbmRSZWFzb24sICdjbGllbnQtY2xvc2VkJyk7XG4gICAgICBhc3NlcnQuZXF1YWwoc2VydmljZS5nZXRTdGF0aXN0aWNzKCkucmV0cmllcywgMSk7XG4gICAgfSk7XG5cbiAgICBpdCgncmVwb3J0cyB0aW1lb3V0IHdoZW4gZXZlcnkgYXR0ZW1wdCBzdGF5cyBzaWxlbnQnLCBhc3luYyAoKSA9PiB7XG4gICAgICBjb25zdCB7IHNlcnZpY2UgfSA9IG1ha2UoeyBzZXR0aW5nczogeyByZXF1ZXN0VGltZW91dFNlY29uZHM6IDAuMiwgJ3JldHJ5Lm1heFJldHJpZXMnOiAxIH0gfSk7XG4gICAgICBzZXJ2ZXIuc2NyaXB0KHsga2luZDogJ2hhbmcnIH0sIHsga2luZDogJ2hhbmcnIH0pO1xuICAgICAgYXdhaXQgYXNzZXJ0LnJlamVjdHMoc2VydmljZS5nZW5lcmF0ZVRleHQoeyBtb2RlbDogTU9ERUwsIHByb21wdDogJ3gnIH0pLCAoZTogR2VtaW5pRXJyb3IpID0+IHtcbiAgICAgICAgYXNzZXJ0LmVxdWFsKGUua2luZCwgJ3RpbWVvdXQnKTtcbiAgICAgICAgYXNzZXJ0LmVxdWFsKGUuZXhpdENvZGUsIDYpO1xuICAgICAgICBhc3NlcnQubWF0Y2goZS5tZXNzYWdlLCAvc3RvcnlXcml0ZXJcXC5yZXF1ZXN0VGltZW91dFNlY29uZHMvKTtcbiAgICAgICAgcmV0dXJuIHRydWU7XG4gICAgICB9KTtcbiAgICB9KTtcbiAgfSk7XG5cbiAgZGVzY3JpYmUoJ2NhbmNlbGxhdGlvbicsICgpID0+IHtcbiAgICBpdCgnYSBxdWV1ZWQgY2FsbCBsZWF2ZXMgdGhlIHF1ZXVlIGF0IG9uY2UsIHdpdGhvdXQgcmVhY2hpbmcgR2VtaW5pJywgYXN5bmMgKCkgPT4ge1xuICAgICAgY29uc3QgeyBzZXJ2aWNlIH0gPSBtYWtlKHsgc2V0dGluZ3M6IHsgJ3JhdGVMaW1pdC5tYXhDb25jdXJyZW50JzogMSB9IH0pO1xuICAgICAgc2VydmVyLnNjcmlwdCh7IGtpbmQ6ICdoYW5nJyB9KTtcbiAgICAgIGNvbnN0IGhvbGRlciA9IG5ldyBBYm9ydENvbnRyb2xsZXIoKTtcbiAgICAgIGNvbnN0IGZpcnN0ID0gc2VydmljZS5nZW5lcmF0ZVRleHQoeyBtb2RlbDogTU9ERUwsIHByb21wdDogJ2ZpcnN0JyB9LCB7IHNpZ25hbDogaG9sZGVyLnNpZ25hbCB9KTtcbiAgICAgIGF3YWl0IHNlcnZlci53YWl0Rm9yUmVxdWVzdCgocikgPT4gci5wcm9tcHRUZXh0ID09PSAnZmlyc3QnKTtcbiAgICAgIGNvbnN0IHF1ZXVlZCA9IG5ldyBBYm9ydENvbnRyb2xsZXIoKTtcbiAgICAgIGNvbnN0IHNlY29uZCA9IHNlcnZpY2UuZ2VuZXJhdGVUZXh0KHsgbW9kZWw6IE1PREVMLCBwcm9tcHQ6ICdzZWNvbmQnIH0sIHsgc2lnbmFsOiBxdWV1ZWQuc2lnbmFsIH0pO1xuICAgICAgYXNzZXJ0Lm9rKGF3YWl0IHN0aWxsUGVuZGluZ0FmdGVyKHNlY29uZCwgNTApLCAnaGVsZCBieSB0aGUgY29uY3VycmVuY3kgbGltaXQnKTtcbiAgICAgIHF1ZXVlZC5hYm9ydCgpO1xuICAgICAgYXdhaXQgYXNzZXJ0LnJlamVjdHMod2l0aGluKHNlY29uZCwgMTAwMCwgJ3RoZSBjYW5jZWxsZWQgY2FsbCcpLCAoZTogR2VtaW5pRXJyb3IpID0+IGUua2luZCA9PT0gJ2NhbmNlbGxlZCcgJiYgZS5leGl0Q29kZSA9PT0gMTMwKTtcbiAgICAgIGhvbGRlci5hYm9ydCgpO1xuICAgICAgYXdhaXQgYXNzZXJ0LnJlamVjdHMoZmlyc3QsIChlOiBHZW1pbmlFcnJvcikgPT4gZS5raW5kID09PSAnY2FuY2VsbGVkJyk7XG4gICAgICBhc3NlcnQuZGVlcEVxdWFsKFxuICAgICAgICBnZW5lcmF0ZVJlcXVlc3RzKHNlcnZlcikubWFwKChyKSA9PiByLnByb21wdFRleHQpLFxuICAgICAgICBbJ2ZpcnN0J10sXG4gICAgICApO1xuICAgICAgYXNzZXJ0LmVxdWFsKHNlcnZpY2UuZ2V0U3RhdGlzdGljcygpLmVycm9yc0J5S2luZC5jYW5jZWxsZWQsIDIpO1xuICAgIH0pO1xuXG4gICAgaXQoJ2FuIGluLWZsaWdodCBzdHJlYW0gaXMgYWJvcnRlZCBhbmQgdGhlIHRleHQgc28gZmFyIGNvbWVzIGJhY2sgYXMgcGFydGlhbFRleHQnLCBhc3luYyAoKSA9PiB7XG4gICAgICBzZXJ2ZXIuc2V0T3B0aW9ucyh7IHRva2Vuc1BlclNlY29uZDogNDAwLCB3b3Jkc1BlckNodW5rOiA1IH0pO1xuICAgICAgY29uc3QgeyBzZXJ2aWNlIH0gPSBtYWtlKCk7XG4gICAgICBjb25zdCBjb250cm9sbGVyID0gbmV3IEFib3J0Q29udHJvbGxlcigpO1xuICAgICAgbGV0IHNlZW4gPSAnJztcbiAgICAgIGNvbnN0IGNhbGwgPSBzZXJ2aWNlLmdlbmVyYXRlVGV4dChcbiAgICAgICAgeyBtb2RlbDogTU9ERUwsIHByb21wdDogJ1dyaXRlIDQwMCB3b3Jkcy4nIH0sXG4gICAgICAgIHtcbiAgICAgICAgICBzaWduYWw6IGNvbnRyb2xsZXIuc2lnbmFsLFxuICAgICAgICAgIG9uVGV4dDogKF9kLCBzb0ZhcikgPT4ge1xuICAgICAgICAgICAgc2VlbiA9IHNvRmFyO1xuICAgICAgICAgICAgaWYgKHNvRmFyLnNwbGl0KC9cXHMrLykubGVuZ3RoID49IDIwKSBjb250cm9sbGVyLmFib3J0KCk7XG4gICAgICAgICAgfSxcbiAgICAgICAgfSxcbiAgICAgICk7XG4gICAgICBhd2FpdCBhc3NlcnQucmVqZWN0cyh3aXRoaW4oY2FsbCwgNTAwMCwgJ3RoZSBhYm9ydGVkIGNhbGwnKSwgKGU6IEdlbWluaUVycm9yKSA9PiB7XG4gICAgICAgIGFzc2VydC5lcXVhbChlLmtpbmQsICdjYW5jZWxsZWQnKTtcbiAgICAgICAgYXNzZXJ0LmVxdWFsKGUucGFydGlhbFRleHQsIHNlZW4pO1xuICAgICAgICBhc3NlcnQub2soc2Vlbi5sZW5ndGggPiAwKTtcbiAgICAgICAgcmV0dXJuIHRydWU7XG4gICAgICB9KTtcbiAgICAgIGNvbnN0IFtyZXF1ZXN0XSA9IGdlbmVyYXRlUmVxdWVzdHMoc2VydmVyKTtcbiAgICAgIGF3YWl0IHNlcnZlci53YWl0Rm9yUmVxdWVzdCgocikgPT4gci5pZCA9PT0gcmVxdWVzdCEuaWQgJiYgci5lbmRlZEF0ICE9PSB1bmRlZmluZWQpO1xuICAgICAgYXNzZXJ0LmVxdWFsKHJlcXVlc3QhLmVuZFJlYXNvbiwgJ2NsaWVudC1jbG9zZWQnKTtcbiAgICAgIGFzc2VydC5vayhyZXF1ZXN0IS5vdXRwdXRXb3JkcyA8IDQwMCk7XG4gICAgfSk7XG5cbiAgICBpdCgnZGlzcG9zZSBjYW5jZWxzIGNhbGxzIGluIGZsaWdodCBhbmQgcXVldWVkJywgYXN5bmMgKCkgPT4ge1xuICAgICAgY29uc3QgeyBzZXJ2aWNlIH0gPSBtYWtlKHsgc2V0dGluZ3M6IHsgJ3JhdGVMaW1pdC5tYXhDb25jdXJyZW50JzogMSB9IH0pO1xuICAgICAgc2VydmVyLnNjcmlwdCh7IGtpbmQ6ICdoYW5nJyB9KTtcbiAgICAgIGNvbnN0IGluRmxpZ2h0ID0gc2VydmljZS5nZW5lcmF0ZVRleHQoeyBtb2RlbDogTU9ERUwsIHByb21wdDogJ2hhbmdpbmcnIH0pO1xuICAgICAgYXdhaXQgc2VydmVyLndhaXRGb3JSZXF1ZXN0KChyKSA9PiByLnByb21wdFRleHQgPT09ICdoYW5naW5nJyk7XG4gICAgICBjb25zdCBxdWV1ZWQgPSBzZXJ2aWNlLmdlbmVyYXRlVGV4dCh7IG1vZGVsOiBNT0RFTCwgcHJvbXB0OiAncXVldWVkJyB9KTtcbiAgICAgIGF3YWl0IHNlcnZpY2UuZGlzcG9zZSgpO1xuICAgICAgZm9yIChjb25zdCBjYWxsIG9mIFtpbkZsaWdodCwgcXVldWVkXSkge1xuICAgICAgICBhd2FpdCBhc3NlcnQucmVqZWN0cyh3aXRoaW4oY2FsbCwgMTAwMCwgJ2EgY2FsbCBhZnRlciBkaXNwb3NlJyksIChlOiBHZW1pbmlFcnJvcikgPT4gZS5raW5kID09PSAnY2FuY2VsbGVkJyk7XG4gICAgICB9XG4gICAgICBhd2FpdCBhc3NlcnQucmVqZWN0cyhzZXJ2aWNlLmdlbmVyYXRlVGV4dCh7IG1vZGVsOiBNT0RFTCwgcHJvbXB0OiAnbGF0ZScgfSksIChlOiBHZW1pbmlFcnJvcikgPT4gZS5raW5kID09PSAnY2FuY2VsbGVkJyk7XG4gICAgfSk7XG5cbiAgICBpdCgnYSB0aHJvd2luZyBvblRleHQgY2FsbGJhY2sgaXMgbG9nZ2VkLCBub3QgbWlzdGFrZW4gZm9yIGEgR2VtaW5pIGZhaWx1cmUnLCBhc3luYyAoKSA9PiB7XG4gICAgICBjb25zdCB7IHNlcnZpY2UsIGxvZ2dlciB9ID0gbWFrZSgpO1xuICAgICAgY29uc3QgcmVzdWx0ID0gYXdhaXQgc2VydmljZS5nZW5lcmF0ZVRleHQoXG4gICAgICAgIHsgbW9kZWw6IE1PREVMLCBwcm9tcHQ6ICdXcml0ZSAyMCB3b3Jkcy4nIH0sXG4gICAgICAgIHtcbiAgICAgICAgICBvblRleHQ6ICgpID0+IHtcbiAgICAgICAgICAgIHRocm93IG5ldyBFcnJvcignVUkgYnVnJyk7XG4gICAgICAgICAgfSxcbiAgICAgICAgfSxcbiAgICAgICk7XG4gICAgICBhc3NlcnQuZXF1YWwocmVzdWx0LnRleHQuc3BsaXQoL1xccysvKS5sZW5ndGgsIDIwKTtcbiAgICAgIGFzc2VydC5tYXRjaChsb2dnZXIudGV4dCgpLCAvb25UZXh0IGNhbGxiYWNrIGZhaWxlZC4qVUkgYnVnLyk7XG4gICAgfSk7XG5cbiAgICBpdCgnYSBmb2xsb3dlciBvZiBhIHNoYXJlZCBjYWxsIGNhbiBjYW5jZWwgYWxvbmUnLCBhc3luYyAoKSA9PiB7XG4gICAgICBzZXJ2ZXIuc2V0T3B0aW9ucyh7IHR0ZnRNczogMjAwIH0pO1xuICAgICAgY29uc3QgeyBzZXJ2aWNlIH0gPSBtYWtlKCk7XG4gICAgICBjb25zdCByZXF1ZXN0ID0geyBtb2RlbDogTU9ERUwsIHByb21wdDogJ1dyaXRlIDEwIHdvcmRzLicgfTtcbiAgICAgIGNvbnN0IGxlYWRlciA9IHNlcnZpY2UuZ2VuZXJhdGVUZXh0KHJlcXVlc3QpO1xuICAgICAgY29uc3QgY29udHJvbGxlciA9IG5ldyBBYm9ydENvbnRyb2xsZXIoKTtcbiAgICAgIGNvbnN0IGZvbGxvd2VyID0gc2VydmljZS5nZW5lcmF0ZVRleHQocmVxdWVzdCwgeyBzaWduYWw6IGNvbnRyb2xsZXIuc2lnbmFsIH0pO1xuICAgICAgY29udHJvbGxlci5hYm9ydCgpO1xuICAgICAgYXdhaXQgYXNzZXJ0LnJlamVjdHMoZm9sbG93ZXIsIChlOiBHZW1pbmlFcnJvcikgPT4gZS5raW5kID09PSAnY2FuY2VsbGVkJyk7XG4gICAgICBhc3NlcnQuZXF1YWwoKGF3YWl0IGxlYWRlcikuZnJvbUNhY2hlLCBmYWxzZSk7XG4gICAgfSk7XG4gIH0pO1xuXG4gIGRlc2NyaWJlKCdjaXJjdWl0IGJyZWFrZXIgKGZha2UgY2xvY2spJywgKCkgPT4ge1xuICAgIGl0KCdvcGVucyBhZnRlciBjb25zZWN1dGl2ZSBmYWlsdXJlcywgZmFpbHMgZmFzdCwgcHJvYmVzIGFmdGVyIHRoZSBjb29sZG93biwgY2xvc2VzIG9uIHN1Y2Nlc3MnLCBhc3luYyAoKSA9PiB7XG4gICAgICBjb25zdCBjbG9jayA9IG5ldyBGYWtlQ2xvY2soKTtcbiAgICAgIGNvbnN0IHsgc2VydmljZSB9ID0gbWFrZSh7XG4gICAgICAgIGNsb2NrLFxuICAgICAgICBzZXR0aW5nczogeyAncmV0cnkubWF4UmV0cmllcyc6IDAsICdjaXJjdWl0QnJlYWtlci5mYWlsdXJlVGhyZXNob2xkJzogMiwgJ2NpcmN1aXRCcmVha2VyLmNvb2xkb3duU2Vjb25kcyc6IDMwLCAnY2FjaGUuZW5hYmxlZCc6IGZhbHNlIH0sXG4gICAgICB9KTtcbiAgICAgIHNlcnZlci5zY3JpcHQoeyBraW5kOiAnZml4dHVyZScsIG5hbWU6ICc1MDMtb3ZlcmxvYWRlZCcgfSwgeyBraW5kOiAnZml4dHVyZScsIG5hbWU6ICc1MDMtb3ZlcmxvYWRlZCcgfSk7XG4gICAgICBmb3IgKGxldCBpID0gMDsgaSA8IDI7IGkrKykge1xuICAgICAgICBhd2FpdCBhc3NlcnQucmVqZWN0cyhzZXJ2aWNlLmdlbmVyYXRlVGV4dCh7IG1vZGVsOiBNT0RFTCwgcHJvbXB0OiAneCcgfSksIChlOiBHZW1pbmlFcnJvcikgPT4gZS5raW5kID09PSAndW5hdmFpbGFibGUnKTtcbiAgICAgIH1cbiAgICAgIGFzc2VydC5lcXVhbChzZXJ2aWNlLmdldFN0YXRpc3RpY3MoKS5jaXJjdWl0U3RhdGUsICdvcGVuJyk7XG4gICAgICBhd2FpdCBhc3NlcnQucmVqZWN0cyhzZXJ2aWNlLmdlbmVyYXRlVGV4dCh7IG1vZGVsOiBNT0RFTCwgcHJvbXB0OiAneCcgfSksIChlOiBHZW1pbmlFcnJvcikgPT4ge1xuICAgICAgICBhc3NlcnQuZXF1YWwoZS5raW5kLCAnY2lyY3VpdC1vcGVuJyk7XG4gICAgICAgIGFzc2VydC5lcXVhbChlLmV4aXRDb2RlLCA2KTtcbiAgICAgICAgYXNzZXJ0Lm1hdGNoKGUubWVzc2FnZSwgL25leHQgdHJ5IGlzIGluIDMwIHMvKTtcbiAgICAgICAgcmV0dXJuIHRydWU7XG4gICAgICB9KTtcbiAgICAgIGFzc2VydC5lcXVhbChnZW5lcmF0ZVJlcXVlc3RzKHNlcnZlcikubGVuZ3RoLCAyLCAnZmFpbGVkIGZhc3QsIG5vIHJlcXVlc3QnKTtcbiAgICAgIGF3YWl0IGNsb2NrLmFkdmFuY2UoMzBfMDAwKTtcbiAgICAgIGFzc2VydC5lcXVhbChzZXJ2aWNlLmdldFN0YXRpc3RpY3MoKS5jaXJjdWl0U3RhdGUsICdoYWxmLW9wZW4nKTtcbiAgICAgIGF3YWl0IHNlcnZpY2UuZ2VuZXJhdGVUZXh0KHsgbW9kZWw6IE1PREVMLCBwcm9tcHQ6ICdXcml0ZSAzIHdvcmRzLicgfSk7XG4gICAgICBhc3NlcnQuZXF1YWwoc2VydmljZS5nZXRTdGF0aXN0aWNzKCkuY2lyY3VpdFN0YXRlLCAnY2xvc2VkJyk7XG4gICAgfSk7XG4gIH0pO1xuXG4gIGRlc2NyaWJlKCd1bmRlciBsb2FkJywgKCkgPT4ge1xuICAgIGl0KCcxMDAgY29uY3VycmVudCByZXF1ZXN0cyB1bmRlciBhIDMwICUgbWl4IG9mIDQyOXMgYW5kIDUwM3MgZWFjaCBjb21wbGV0ZSBleGFjdGx5IG9uY2UnLCBhc3luYyAoKSA9PiB7XG4gICAgICBjb25zdCByYW5kb20gPSBzZWVkZWRSYW5kb20oNDIpO1xuICAgICAgbGV0IGRyYXcgPSAnbm9uZSc7XG4gICAgICBzZXJ2ZXIuc2NyaXB0V2hlbihcbiAgICAgICAgKCkgPT4ge1xuICAgICAgICAgIGNvbnN0IHIgPSByYW5kb20oKTtcbiAgICAgICAgICBkcmF3ID0gciA8IDAuMTUgPyAnNDI5JyA6IHIgPCAwLjMgPyAnNTAzJyA6ICdub25lJztcbiAgICAgICAgICByZXR1cm4gZHJhdyA9PT0gJzQyOSc7XG4gICAgICAgIH0sXG4gICAgICAgIHBlck1pbnV0ZTQyOSgnMC4wMnMnKSxcbiAgICAgICAgeyB0aW1lczogSW5maW5pdHkgfSxcbiAgICAgICk7XG4gICAgICBzZXJ2ZXIuc2NyaXB0V2hlbigoKSA9PiBkcmF3ID09PSAnNTAzJywgeyBraW5kOiAnZml4dHVyZScsIG5hbWU6ICc1MDMtb3ZlcmxvYWRlZCcgfSwgeyB0aW1lczogSW5maW5pdHkgfSk7XG4gICAgICBjb25zdCB7IHNlcnZpY2UgfSA9IG1ha2Uoe1xuICAgICAgICBzZXR0aW5nczogeyAncmV0cnkubWF4UmV0cmllcyc6IDEwLCAnY2lyY3VpdEJyZWFrZXIuZmFpbHVyZVRocmVzaG9sZCc6IDEwMCwgJ3JhdGVMaW1pdC5tYXhDb25jdXJyZW50JzogMTYgfSxcbiAgICAgIH0pO1xuICAgICAgY29uc3QgcHJvbXB0cyA9IEFycmF5LmZyb20oeyBsZW5ndGg6IDEwMCB9LCAoXywgaSkgPT4gYFdyaXRlIDEyIHdvcmRzLiBSZXF1ZXN0ICMke2l9LmApO1xuICAgICAgY29uc3QgcmVzdWx0cyA9IGF3YWl0IHdpdGhpbihcbiAgICAgICAgUHJvbWlzZS5hbGwocHJvbXB0cy5tYXAoKHByb21wdCkgPT4gc2VydmljZS5nZW5lcmF0ZVRleHQoeyBtb2RlbDogTU9ERUwsIHByb21wdCB9KSkpLFxuICAgICAgICAxNV8wMDAsXG4gICAgICAgICcxMDAgcmVxdWVzdHMnLFxuICAgICAgKTtcbiAgICAgIGFzc2VydC5lcXVhbChyZXN1bHRzLmxlbmd0aCwgMTAwKTtcbiAgICAgIGFzc2VydC5vayhyZXN1bHRzLmV2ZXJ5KChyKSA9PiByLnRleHQuc3BsaXQoL1xccysvKS5sZW5ndGggPT09IDEyKSk7XG5cbiAgICAgIGNvbnN0IHN0YXRzID0gc2VydmljZS5nZXRTdGF0aXN0aWNzKCk7XG4gICAgICBjb25zdCByZXF1ZXN0cyA9IGdlbmVyYXRlUmVxdWVzdHMoc2VydmVyKTtcbiAgICAgIGNvbnN0IGZhaWxlZCA9IHJlcXVlc3RzLmZpbHRlcigocikgPT4gci5zdGF0dXMgIT09IDIwMCkubGVuZ3RoO1xuICAgICAgYXNzZXJ0Lm9rKGZhaWxlZCA+PSAxNSwgYHRoZSBtaXggcmVhbGx5IGhhcHBlbmVkICgke2ZhaWxlZH0gZmFpbHVyZXMpYCk7XG4gICAgICBhc3NlcnQuZXF1YWwoc3RhdHMucmVxdWVzdHMsIDEwMCk7XG4gICAgICBhc3NlcnQuZXF1YWwoc3RhdHMuYXBpQ2FsbHMsIHJlcXVlc3RzLmxlbmd0aCwgJ2V2ZXJ5IEhUVFAgYXR0ZW1wdCBpcyBjb3VudGVkJyk7XG4gICAgICBhc3NlcnQuZXF1YWwoc3RhdHMuYXBpQ2FsbHMsIDEwMCArIHN0YXRzLnJldHJpZXMpO1xuICAgICAgYXNzZXJ0LmVxdWFsKHN0YXRzLnJldHJpZXMsIGZhaWxlZCk7XG4gICAgICBhc3NlcnQuZXF1YWwoc3RhdHMuZXJyb3JzLCAwKTtcbiAgICAgIGFzc2VydC5lcXVhbChzdGF0cy5jYWNoZU1pc3NlcywgMTAwKTtcbiAgICAgIGNvbnN0IHN1Y2NlZWRlZCA9IG5ldyBTZXQocmVxdWVzdHMuZmlsdGVyKChyKSA9PiByLnN0YXR1cyA9PT0gMjAwKS5tYXAoKHIpID0+IHIucHJvbXB0VGV4dCkpO1xuICAgICAgYXNzZXJ0LmVxdWFsKHN1Y2NlZWRlZC5zaXplLCAxMDApO1xuICAgICAgYXNzZXJ0LmVxdWFsKHJlcXVlc3RzLmZpbHRlcigocikgPT4gci5zdGF0dXMgPT09IDIwMCkubGVuZ3RoLCAxMDAsICdlYWNoIHByb21wdCBhbnN3ZXJlZCBleGFjdGx5IG9uY2UnKTtcbiAgICB9KTtcblxuICAgIGl0KCduZXZlciB0cmlwcyB0aGUgc2VydmVyXHUyMDE5cyBycG0gcXVvdGEgd2hlbiB0aGUgbGltaXRlciB1c2VzIHRoZSBzYW1lIGxpbWl0JywgYXN5bmMgKCkgPT4ge1xuICAgICAgc2VydmVyLnNldE9wdGlvbnMoeyByZXF1ZXN0c1Blck1pbnV0ZTogMjAgfSk7XG4gICAgICBjb25zdCB7IHNlcnZpY2UgfSA9IG1ha2UoeyBzZXR0aW5nczogeyAncmF0ZUxpbWl0LnJlcXVlc3RzUGVyTWludXRlJzogMjAsICdjYWNoZS5lbmFibGVkJzogZmFsc2UgfSB9KTtcbiAgICAgIGF3YWl0IFByb21pc2UuYWxsKEFycmF5LmZyb20oeyBsZW5ndGg6IDIwIH0sIChfLCBpKSA9PiBzZXJ2aWNlLmdlbmVyYXRlVGV4dCh7IG1vZGVsOiBNT0RFTCwgcHJvbXB0OiBgV3JpdGUgNCB3b3Jkcy4gIyR7aX1gIH0pKSk7XG4gICAgICBjb25zdCBjb250cm9sbGVyID0gbmV3IEFib3J0Q29udHJvbGxlcigpO1xuICAgICAgY29uc3QgdHdlbnR5Rmlyc3QgPSBzZXJ2aWNlLmdlbmVyYXRlVGV4dCh7IG1vZGVsOiBNT0RFTCwgcHJvbXB0OiAnV3JpdGUgNCB3b3Jkcy4gIzIxJyB9LCB7IHNpZ25hbDogY29udHJvbGxlci5zaWduYWwgfSk7XG4gICAgICBhc3NlcnQub2soYXdhaXQgc3RpbGxQZW5kaW5nQWZ0ZXIodHdlbnR5Rmlyc3QsIDMwMCksICd0aGUgMjFzdCB3YWl0cyBmb3IgdGhlIHdpbmRvdycpO1xuICAgICAgY29udHJvbGxlci5hYm9ydCgpO1xuICAgICAgYXdhaXQgYXNzZXJ0LnJlamVjdHModHdlbnR5Rmlyc3QsIChlOiBHZW1pbmlFcnJvcikgPT4gZS5raW5kID09PSAnY2FuY2VsbGVkJyk7XG4gICAgICBhc3NlcnQuZXF1YWwoc2VydmVyLnN0YXRzLnJhdGVMaW1pdGVkLCAwKTtcbiAgICAgIGFzc2VydC5lcXVhbChnZW5lcmF0ZVJlcXVlc3RzKHNlcnZlcikubGVuZ3RoLCAyMCk7XG4gICAgfSk7XG4gIH0pO1xufSk7XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBLGFBQXdCO0FBR3hCLHdCQUE2RDtBQUM3RCx1QkFBMEI7QUFDMUIsNEJBQWlIO0FBRWpILE1BQU0sUUFBUTtBQUVkLFNBQVMsc0NBQXNDLFdBQVk7QUFDekQsT0FBSyxRQUFRLEdBQU07QUFDbkIsTUFBSTtBQUNKLFFBQU0sV0FBNEIsQ0FBQztBQUVuQyxRQUFNLE9BQU8sQ0FBQyxRQUEwQyxDQUFDLE1BQU07QUFDN0QsVUFBTSxXQUFPLGtDQUFXLEVBQUUsUUFBUSxHQUFHLE1BQU0sQ0FBQztBQUM1QyxhQUFTLEtBQUssS0FBSyxPQUFPO0FBQzFCLFdBQU87QUFBQSxFQUNUO0FBRUEsU0FBTyxZQUFZO0FBQ2pCLGFBQVMsVUFBTSxtQ0FBZ0I7QUFBQSxFQUNqQyxDQUFDO0FBRUQsWUFBVSxZQUFZO0FBQ3BCLFVBQU0sUUFBUSxJQUFJLFNBQVMsT0FBTyxDQUFDLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxRQUFRLENBQUMsQ0FBQztBQUM1RCxXQUFPLE1BQU07QUFDYixXQUFPLFdBQVcsRUFBRSxRQUFRLEdBQUcsaUJBQWlCLEdBQUcsbUJBQW1CLEdBQUcsZUFBZSxHQUFHLENBQUM7QUFBQSxFQUM5RixDQUFDO0FBRUQsUUFBTSxZQUFZO0FBQ2hCLFVBQU0sT0FBTyxLQUFLO0FBQUEsRUFDcEIsQ0FBQztBQUVELFdBQVMsV0FBVyxNQUFNO0FBQ3hCLE9BQUcsbUNBQW1DLFlBQVk7QUFDaEQsWUFBTSxFQUFFLFFBQVEsSUFBSSxLQUFLO0FBQ3pCLGFBQU8sT0FBTyxFQUFFLE1BQU0sV0FBVyxNQUFNLGlCQUFpQixHQUFHLEVBQUUsTUFBTSxXQUFXLE1BQU0sZUFBZSxDQUFDO0FBQ3BHLFlBQU0sU0FBUyxNQUFNLFFBQVEsYUFBYSxFQUFFLE9BQU8sT0FBTyxRQUFRLGtCQUFrQixDQUFDO0FBQ3JGLGFBQU8sTUFBTSxPQUFPLEtBQUssTUFBTSxLQUFLLEVBQUUsUUFBUSxFQUFFO0FBQ2hELGFBQU8sVUFBTSx3Q0FBaUIsTUFBTSxFQUFFLFFBQVEsQ0FBQztBQUMvQyxZQUFNLFFBQVEsUUFBUSxjQUFjO0FBQ3BDLGFBQU8sTUFBTSxNQUFNLFVBQVUsQ0FBQztBQUM5QixhQUFPLE1BQU0sTUFBTSxTQUFTLENBQUM7QUFDN0IsYUFBTyxNQUFNLE1BQU0sUUFBUSxDQUFDO0FBQUEsSUFDOUIsQ0FBQztBQUVELE9BQUcsMEVBQTBFLFlBQVk7QUFDdkYsWUFBTSxFQUFFLFFBQVEsSUFBSSxLQUFLLEVBQUUsVUFBVSxFQUFFLG9CQUFvQixFQUFFLEVBQUUsQ0FBQztBQUNoRSxhQUFPLE9BQU8sR0FBRyxNQUFNLEtBQUssRUFBRSxRQUFRLEVBQUUsR0FBRyxPQUFjLEVBQUUsTUFBTSxXQUFXLE1BQU0saUJBQWlCLEVBQUUsQ0FBQztBQUN0RyxZQUFNLE9BQU8sUUFBUSxRQUFRLGFBQWEsRUFBRSxPQUFPLE9BQU8sUUFBUSxJQUFJLENBQUMsR0FBRyxDQUFDLE1BQW1CO0FBQzVGLGVBQU8sTUFBTSxFQUFFLE1BQU0sYUFBYTtBQUNsQyxlQUFPLE1BQU0sRUFBRSxVQUFVLENBQUM7QUFDMUIsZUFBTyxNQUFNLEVBQUUsVUFBVSxDQUFDO0FBQzFCLGVBQU8sTUFBTSxFQUFFLFNBQVMsMEJBQTBCO0FBQ2xELGVBQU87QUFBQSxNQUNULENBQUM7QUFDRCxhQUFPLFVBQU0sd0NBQWlCLE1BQU0sRUFBRSxRQUFRLENBQUM7QUFBQSxJQUNqRCxDQUFDO0FBRUQsT0FBRyw4RUFBOEUsWUFBWTtBQUMzRixZQUFNLEVBQUUsUUFBUSxJQUFJLEtBQUssRUFBRSxVQUFVLEVBQUUscUJBQXFCLEVBQUUsRUFBRSxDQUFDO0FBQ2pFLFVBQUksZUFBZTtBQUNuQixjQUFRLFlBQVksTUFBTyxlQUFlLEtBQUssSUFBSSxjQUFjLFFBQVEsY0FBYyxFQUFFLGdCQUFnQixDQUFFO0FBQzNHLGFBQU8sV0FBTyxvQ0FBYSxPQUFPLENBQUM7QUFDbkMsWUFBTSxRQUFRLGFBQWEsRUFBRSxPQUFPLE9BQU8sUUFBUSxrQkFBa0IsQ0FBQztBQUN0RSxZQUFNLENBQUMsVUFBVSxPQUFPLFFBQUksd0NBQWlCLE1BQU07QUFDbkQsYUFBTyxNQUFNLFNBQVUsUUFBUSxHQUFHO0FBQ2xDLFlBQU0sTUFBTSxRQUFTLFlBQVksU0FBVTtBQUMzQyxhQUFPLEdBQUcsT0FBTyxLQUFLLGlCQUFpQixJQUFJLFFBQVEsQ0FBQyxDQUFDLHFCQUFxQjtBQUMxRSxhQUFPLEdBQUcsTUFBTSxNQUFNLHVCQUF1QixJQUFJLFFBQVEsQ0FBQyxDQUFDLE1BQU07QUFDakUsYUFBTyxHQUFHLGVBQWUsT0FBTyxnQkFBZ0IsS0FBSyxtQkFBbUIsWUFBWSxLQUFLO0FBQ3pGLGFBQU8sTUFBTSxRQUFRLGNBQWMsRUFBRSxrQkFBa0IsQ0FBQztBQUFBLElBQzFELENBQUM7QUFFRCxPQUFHLHVFQUF1RSxpQkFBa0I7QUFDMUYsV0FBSyxRQUFRLEdBQU07QUFDbkIsWUFBTSxFQUFFLFFBQVEsSUFBSSxLQUFLO0FBQ3pCLGFBQU8sT0FBTyxFQUFFLE1BQU0sV0FBVyxNQUFNLDJCQUEyQixDQUFDO0FBQ25FLFlBQU0sUUFBUSxhQUFhLEVBQUUsT0FBTyxPQUFPLFFBQVEsaUJBQWlCLENBQUM7QUFDckUsWUFBTSxDQUFDLFVBQVUsT0FBTyxRQUFJLHdDQUFpQixNQUFNO0FBQ25ELGFBQU8sR0FBRyxRQUFTLFlBQVksU0FBVSxXQUFZLE1BQU0sNkJBQTZCO0FBQUEsSUFDMUYsQ0FBQztBQUVELE9BQUcsb0RBQW9ELFlBQVk7QUFDakUsWUFBTSxFQUFFLFFBQVEsSUFBSSxLQUFLLEVBQUUsVUFBVSxFQUFFLHFCQUFxQixFQUFFLEVBQUUsQ0FBQztBQUNqRSxhQUFPLFdBQU8sb0NBQWEsTUFBTSxDQUFDO0FBQ2xDLFlBQU0sUUFBUSxRQUFRLGFBQWEsRUFBRSxPQUFPLE9BQU8sUUFBUSxtQkFBbUIsQ0FBQztBQUMvRSxnQkFBTSxtQ0FBWSxTQUFTLE1BQU0sUUFBUSxjQUFjLEVBQUUsbUJBQW1CLEdBQUcsS0FBTSxlQUFlO0FBQ3BHLFlBQU0sU0FBUyxRQUFRLGFBQWEsRUFBRSxPQUFPLE9BQU8sUUFBUSxtQkFBbUIsQ0FBQztBQUNoRixZQUFNLFFBQVEsSUFBSSxDQUFDLE9BQU8sTUFBTSxDQUFDO0FBQ2pDLFlBQU0saUJBQWEsd0NBQWlCLE1BQU0sRUFBRSxLQUFLLENBQUMsTUFBTSxFQUFFLFdBQVcsR0FBRyxFQUFHO0FBQzNFLFlBQU0sUUFBSSx3Q0FBaUIsTUFBTSxFQUFFLEtBQUssQ0FBQyxNQUFNLEVBQUUsV0FBVyxTQUFTLEdBQUcsQ0FBQztBQUN6RSxhQUFPLEdBQUcsRUFBRSxZQUFZLGNBQWMsS0FBSyxpQ0FBaUMsRUFBRSxZQUFZLFlBQVksUUFBUSxDQUFDLENBQUMsTUFBTTtBQUN0SCxhQUFPLEdBQUcsUUFBUSxjQUFjLEVBQUUsaUJBQWlCLEdBQUc7QUFBQSxJQUN4RCxDQUFDO0FBRUQsT0FBRyxpQ0FBaUMsWUFBWTtBQUM5QyxZQUFNLEVBQUUsUUFBUSxJQUFJLEtBQUs7QUFDekIsYUFBTyxPQUFPLEVBQUUsTUFBTSxXQUFXLE1BQU0sY0FBYyxDQUFDO0FBQ3RELFlBQU0sT0FBTyxRQUFRLFFBQVEsYUFBYSxFQUFFLE9BQU8sT0FBTyxRQUFRLElBQUksQ0FBQyxHQUFHLENBQUMsTUFBbUI7QUFDNUYsZUFBTyxNQUFNLEVBQUUsTUFBTSxhQUFhO0FBQ2xDLGVBQU8sTUFBTSxFQUFFLFVBQVUsQ0FBQztBQUMxQixlQUFPLE1BQU0sRUFBRSxTQUFTLHVCQUF1QjtBQUMvQyxlQUFPO0FBQUEsTUFDVCxDQUFDO0FBQ0QsYUFBTyxVQUFNLHdDQUFpQixNQUFNLEVBQUUsUUFBUSxDQUFDO0FBQy9DLGFBQU8sTUFBTSxRQUFRLGNBQWMsRUFBRSxrQkFBa0IsR0FBRywwQ0FBMEM7QUFBQSxJQUN0RyxDQUFDO0FBRUQsT0FBRywyREFBMkQsWUFBWTtBQUN4RSxZQUFNLFdBQVc7QUFDakIsWUFBTSxFQUFFLFNBQVMsT0FBTyxJQUFJLEtBQUssRUFBRSxRQUFRLFNBQVMsQ0FBQztBQUNyRCxZQUFNLE9BQU8sUUFBUSxRQUFRLGFBQWEsRUFBRSxPQUFPLE9BQU8sUUFBUSxJQUFJLENBQUMsR0FBRyxDQUFDLE1BQW1CO0FBQzVGLGVBQU8sTUFBTSxFQUFFLE1BQU0sTUFBTTtBQUMzQixlQUFPLE1BQU0sRUFBRSxVQUFVLENBQUM7QUFDMUIsZUFBTyxNQUFNLEVBQUUsUUFBUSxXQUFXO0FBQ2xDLGVBQU8sTUFBTSxFQUFFLFNBQVMsb0JBQW9CO0FBQzVDLGVBQU8sR0FBRyxDQUFDLEVBQUUsUUFBUSxTQUFTLFFBQVEsQ0FBQztBQUN2QyxlQUFPO0FBQUEsTUFDVCxDQUFDO0FBQ0QsYUFBTyxVQUFNLHdDQUFpQixNQUFNLEVBQUUsUUFBUSxDQUFDO0FBQy9DLGFBQU8sR0FBRyxDQUFDLE9BQU8sS0FBSyxFQUFFLFNBQVMsUUFBUSxDQUFDO0FBQUEsSUFDN0MsQ0FBQztBQUVELE9BQUcsb0RBQW9ELFlBQVk7QUFDakUsWUFBTSxFQUFFLFFBQVEsSUFBSSxLQUFLLEVBQUUsUUFBUSxPQUFVLENBQUM7QUFDOUMsWUFBTSxPQUFPLFFBQVEsUUFBUSxhQUFhLEVBQUUsT0FBTyxPQUFPLFFBQVEsSUFBSSxDQUFDLEdBQUcsQ0FBQyxNQUFtQjtBQUM1RixlQUFPLE1BQU0sRUFBRSxNQUFNLE1BQU07QUFDM0IsZUFBTyxNQUFNLEVBQUUsU0FBUywyQkFBMkI7QUFDbkQsZUFBTztBQUFBLE1BQ1QsQ0FBQztBQUNELGFBQU8sTUFBTSxPQUFPLFNBQVMsUUFBUSxDQUFDO0FBQUEsSUFDeEMsQ0FBQztBQUVELE9BQUcsZ0VBQWdFLFlBQVk7QUFDN0UsWUFBTSxFQUFFLFFBQVEsSUFBSSxLQUFLO0FBQ3pCLFlBQU0sT0FBTyxRQUFRLFFBQVEsYUFBYSxFQUFFLE9BQU8sb0JBQW9CLFFBQVEsSUFBSSxDQUFDLEdBQUcsQ0FBQyxNQUFtQjtBQUN6RyxlQUFPLE1BQU0sRUFBRSxNQUFNLGlCQUFpQjtBQUN0QyxlQUFPLE1BQU0sRUFBRSxTQUFTLHlDQUF5QztBQUNqRSxlQUFPO0FBQUEsTUFDVCxDQUFDO0FBQ0QsYUFBTyxVQUFNLHdDQUFpQixNQUFNLEVBQUUsUUFBUSxDQUFDO0FBQUEsSUFDakQsQ0FBQztBQUFBLEVBQ0gsQ0FBQztBQUVELFdBQVMsa0JBQWtCLE1BQU07QUFFL0IsYUFBUyxVQUFVO0FBQ2pCLFVBQUksUUFBUTtBQUNaLFVBQUksV0FBVztBQUNmLGFBQU87QUFBQSxRQUNMLFNBQVMsRUFBRSxRQUFRLENBQUMsVUFBbUIsU0FBUyxPQUFRLFdBQVcsT0FBUSxRQUFRLElBQUssWUFBWTtBQUFBLFFBQ3BHLElBQUksUUFBUTtBQUNWLGlCQUFPO0FBQUEsUUFDVDtBQUFBLFFBQ0EsSUFBSSxXQUFXO0FBQ2IsaUJBQU87QUFBQSxRQUNUO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFFQSxtQkFBZSxNQUFNLFFBQWlDO0FBQ3BELFlBQU0sRUFBRSxRQUFRLElBQUksS0FBSyxFQUFFLFVBQVUsRUFBRSxpQkFBaUIsTUFBTSxFQUFFLENBQUM7QUFDakUsY0FBUSxNQUFNLFFBQVEsYUFBYSxFQUFFLE9BQU8sT0FBTyxPQUFPLENBQUMsR0FBRztBQUFBLElBQ2hFO0FBRUEsZUFBVyxTQUFTO0FBQUEsTUFDbEIsRUFBRSxNQUFNLE9BQU8sWUFBWSxHQUFHO0FBQUEsTUFDOUIsRUFBRSxNQUFNLGdCQUFnQixZQUFZLElBQUksUUFBUSxJQUFJO0FBQUEsTUFDcEQsRUFBRSxNQUFNLGFBQWEsWUFBWSxHQUFHO0FBQUEsSUFDdEMsR0FBWTtBQUNWLFNBQUcsR0FBRyxNQUFNLElBQUksdURBQXVELFlBQVk7QUFDakYsY0FBTSxTQUFTLGtDQUFrQyxNQUFNLElBQUk7QUFDM0QsY0FBTSxXQUFXLE1BQU0sTUFBTSxNQUFNO0FBQ25DLGVBQU8sTUFBTTtBQUNiLGNBQU0sRUFBRSxRQUFRLElBQUksS0FBSyxFQUFFLFVBQVUsRUFBRSxpQkFBaUIsTUFBTSxFQUFFLENBQUM7QUFDakUsY0FBTSxLQUFLLFFBQVE7QUFDbkIsZUFBTyxPQUFPLEtBQUs7QUFDbkIsY0FBTSxTQUFTLE1BQU0sUUFBUSxhQUFhLEVBQUUsT0FBTyxPQUFPLE9BQU8sR0FBRyxHQUFHLE9BQU87QUFDOUUsZUFBTyxNQUFNLE9BQU8sTUFBTSxRQUFRO0FBQ2xDLGVBQU8sTUFBTSxHQUFHLE9BQU8sVUFBVSx1Q0FBdUM7QUFDeEUsZUFBTyxNQUFNLEdBQUcsVUFBVSxDQUFDO0FBQzNCLGVBQU8sVUFBTSx3Q0FBaUIsTUFBTSxFQUFFLFFBQVEsQ0FBQztBQUMvQyxlQUFPLE1BQU0sUUFBUSxjQUFjLEVBQUUsU0FBUyxDQUFDO0FBQUEsTUFDakQsQ0FBQztBQUFBLElBQ0g7QUFFQSxPQUFHLHdFQUF3RSxZQUFZO0FBQ3JGLFlBQU0sRUFBRSxRQUFRLElBQUksS0FBSyxFQUFFLFVBQVUsRUFBRSx1QkFBdUIsSUFBSSxFQUFFLENBQUM7QUFDckUsYUFBTyxPQUFPLEVBQUUsTUFBTSxPQUFPLENBQUM7QUFDOUIsWUFBTSxTQUFTLFVBQU0sOEJBQU8sUUFBUSxhQUFhLEVBQUUsT0FBTyxPQUFPLFFBQVEsaUJBQWlCLENBQUMsR0FBRyxLQUFNLGtCQUFrQjtBQUN0SCxhQUFPLE1BQU0sT0FBTyxLQUFLLE1BQU0sS0FBSyxFQUFFLFFBQVEsQ0FBQztBQUMvQyxZQUFNLENBQUMsSUFBSSxRQUFJLHdDQUFpQixNQUFNO0FBQ3RDLGFBQU8sTUFBTSxLQUFNLFdBQVcsZUFBZTtBQUM3QyxhQUFPLE1BQU0sUUFBUSxjQUFjLEVBQUUsU0FBUyxDQUFDO0FBQUEsSUFDakQsQ0FBQztBQUVELE9BQUcsbURBQW1ELFlBQVk7QUFDaEUsWUFBTSxFQUFFLFFBQVEsSUFBSSxLQUFLLEVBQUUsVUFBVSxFQUFFLHVCQUF1QixLQUFLLG9CQUFvQixFQUFFLEVBQUUsQ0FBQztBQUM1RixhQUFPLE9BQU8sRUFBRSxNQUFNLE9BQU8sR0FBRyxFQUFFLE1BQU0sT0FBTyxDQUFDO0FBQ2hELFlBQU0sT0FBTyxRQUFRLFFBQVEsYUFBYSxFQUFFLE9BQU8sT0FBTyxRQUFRLElBQUksQ0FBQyxHQUFHLENBQUMsTUFBbUI7QUFDNUYsZUFBTyxNQUFNLEVBQUUsTUFBTSxTQUFTO0FBQzlCLGVBQU8sTUFBTSxFQUFFLFVBQVUsQ0FBQztBQUMxQixlQUFPLE1BQU0sRUFBRSxTQUFTLG9DQUFvQztBQUM1RCxlQUFPO0FBQUEsTUFDVCxDQUFDO0FBQUEsSUFDSCxDQUFDO0FBQUEsRUFDSCxDQUFDO0FBRUQsV0FBUyxnQkFBZ0IsTUFBTTtBQUM3QixPQUFHLG1FQUFtRSxZQUFZO0FBQ2hGLFlBQU0sRUFBRSxRQUFRLElBQUksS0FBSyxFQUFFLFVBQVUsRUFBRSwyQkFBMkIsRUFBRSxFQUFFLENBQUM7QUFDdkUsYUFBTyxPQUFPLEVBQUUsTUFBTSxPQUFPLENBQUM7QUFDOUIsWUFBTSxTQUFTLElBQUksZ0JBQWdCO0FBQ25DLFlBQU0sUUFBUSxRQUFRLGFBQWEsRUFBRSxPQUFPLE9BQU8sUUFBUSxRQUFRLEdBQUcsRUFBRSxRQUFRLE9BQU8sT0FBTyxDQUFDO0FBQy9GLFlBQU0sT0FBTyxlQUFlLENBQUMsTUFBTSxFQUFFLGVBQWUsT0FBTztBQUMzRCxZQUFNLFNBQVMsSUFBSSxnQkFBZ0I7QUFDbkMsWUFBTSxTQUFTLFFBQVEsYUFBYSxFQUFFLE9BQU8sT0FBTyxRQUFRLFNBQVMsR0FBRyxFQUFFLFFBQVEsT0FBTyxPQUFPLENBQUM7QUFDakcsYUFBTyxHQUFHLFVBQU0seUNBQWtCLFFBQVEsRUFBRSxHQUFHLCtCQUErQjtBQUM5RSxhQUFPLE1BQU07QUFDYixZQUFNLE9BQU8sWUFBUSw4QkFBTyxRQUFRLEtBQU0sb0JBQW9CLEdBQUcsQ0FBQyxNQUFtQixFQUFFLFNBQVMsZUFBZSxFQUFFLGFBQWEsR0FBRztBQUNqSSxhQUFPLE1BQU07QUFDYixZQUFNLE9BQU8sUUFBUSxPQUFPLENBQUMsTUFBbUIsRUFBRSxTQUFTLFdBQVc7QUFDdEUsYUFBTztBQUFBLFlBQ0wsd0NBQWlCLE1BQU0sRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLFVBQVU7QUFBQSxRQUNoRCxDQUFDLE9BQU87QUFBQSxNQUNWO0FBQ0EsYUFBTyxNQUFNLFFBQVEsY0FBYyxFQUFFLGFBQWEsV0FBVyxDQUFDO0FBQUEsSUFDaEUsQ0FBQztBQUVELE9BQUcsZ0ZBQWdGLFlBQVk7QUFDN0YsYUFBTyxXQUFXLEVBQUUsaUJBQWlCLEtBQUssZUFBZSxFQUFFLENBQUM7QUFDNUQsWUFBTSxFQUFFLFFBQVEsSUFBSSxLQUFLO0FBQ3pCLFlBQU0sYUFBYSxJQUFJLGdCQUFnQjtBQUN2QyxVQUFJLE9BQU87QUFDWCxZQUFNLE9BQU8sUUFBUTtBQUFBLFFBQ25CLEVBQUUsT0FBTyxPQUFPLFFBQVEsbUJBQW1CO0FBQUEsUUFDM0M7QUFBQSxVQUNFLFFBQVEsV0FBVztBQUFBLFVBQ25CLFFBQVEsQ0FBQyxJQUFJLFVBQVU7QUFDckIsbUJBQU87QUFDUCxnQkFBSSxNQUFNLE1BQU0sS0FBSyxFQUFFLFVBQVUsR0FBSSxZQUFXLE1BQU07QUFBQSxVQUN4RDtBQUFBLFFBQ0Y7QUFBQSxNQUNGO0FBQ0EsWUFBTSxPQUFPLFlBQVEsOEJBQU8sTUFBTSxLQUFNLGtCQUFrQixHQUFHLENBQUMsTUFBbUI7QUFDL0UsZUFBTyxNQUFNLEVBQUUsTUFBTSxXQUFXO0FBQ2hDLGVBQU8sTUFBTSxFQUFFLGFBQWEsSUFBSTtBQUNoQyxlQUFPLEdBQUcsS0FBSyxTQUFTLENBQUM7QUFDekIsZUFBTztBQUFBLE1BQ1QsQ0FBQztBQUNELFlBQU0sQ0FBQyxPQUFPLFFBQUksd0NBQWlCLE1BQU07QUFDekMsWUFBTSxPQUFPLGVBQWUsQ0FBQyxNQUFNLEVBQUUsT0FBTyxRQUFTLE1BQU0sRUFBRSxZQUFZLE1BQVM7QUFDbEYsYUFBTyxNQUFNLFFBQVMsV0FBVyxlQUFlO0FBQ2hELGFBQU8sR0FBRyxRQUFTLGNBQWMsR0FBRztBQUFBLElBQ3RDLENBQUM7QUFFRCxPQUFHLDhDQUE4QyxZQUFZO0FBQzNELFlBQU0sRUFBRSxRQUFRLElBQUksS0FBSyxFQUFFLFVBQVUsRUFBRSwyQkFBMkIsRUFBRSxFQUFFLENBQUM7QUFDdkUsYUFBTyxPQUFPLEVBQUUsTUFBTSxPQUFPLENBQUM7QUFDOUIsWUFBTSxXQUFXLFFBQVEsYUFBYSxFQUFFLE9BQU8sT0FBTyxRQUFRLFVBQVUsQ0FBQztBQUN6RSxZQUFNLE9BQU8sZUFBZSxDQUFDLE1BQU0sRUFBRSxlQUFlLFNBQVM7QUFDN0QsWUFBTSxTQUFTLFFBQVEsYUFBYSxFQUFFLE9BQU8sT0FBTyxRQUFRLFNBQVMsQ0FBQztBQUN0RSxZQUFNLFFBQVEsUUFBUTtBQUN0QixpQkFBVyxRQUFRLENBQUMsVUFBVSxNQUFNLEdBQUc7QUFDckMsY0FBTSxPQUFPLFlBQVEsOEJBQU8sTUFBTSxLQUFNLHNCQUFzQixHQUFHLENBQUMsTUFBbUIsRUFBRSxTQUFTLFdBQVc7QUFBQSxNQUM3RztBQUNBLFlBQU0sT0FBTyxRQUFRLFFBQVEsYUFBYSxFQUFFLE9BQU8sT0FBTyxRQUFRLE9BQU8sQ0FBQyxHQUFHLENBQUMsTUFBbUIsRUFBRSxTQUFTLFdBQVc7QUFBQSxJQUN6SCxDQUFDO0FBRUQsT0FBRywyRUFBMkUsWUFBWTtBQUN4RixZQUFNLEVBQUUsU0FBUyxPQUFPLElBQUksS0FBSztBQUNqQyxZQUFNLFNBQVMsTUFBTSxRQUFRO0FBQUEsUUFDM0IsRUFBRSxPQUFPLE9BQU8sUUFBUSxrQkFBa0I7QUFBQSxRQUMxQztBQUFBLFVBQ0UsUUFBUSxNQUFNO0FBQ1osa0JBQU0sSUFBSSxNQUFNLFFBQVE7QUFBQSxVQUMxQjtBQUFBLFFBQ0Y7QUFBQSxNQUNGO0FBQ0EsYUFBTyxNQUFNLE9BQU8sS0FBSyxNQUFNLEtBQUssRUFBRSxRQUFRLEVBQUU7QUFDaEQsYUFBTyxNQUFNLE9BQU8sS0FBSyxHQUFHLGdDQUFnQztBQUFBLElBQzlELENBQUM7QUFFRCxPQUFHLGdEQUFnRCxZQUFZO0FBQzdELGFBQU8sV0FBVyxFQUFFLFFBQVEsSUFBSSxDQUFDO0FBQ2pDLFlBQU0sRUFBRSxRQUFRLElBQUksS0FBSztBQUN6QixZQUFNLFVBQVUsRUFBRSxPQUFPLE9BQU8sUUFBUSxrQkFBa0I7QUFDMUQsWUFBTSxTQUFTLFFBQVEsYUFBYSxPQUFPO0FBQzNDLFlBQU0sYUFBYSxJQUFJLGdCQUFnQjtBQUN2QyxZQUFNLFdBQVcsUUFBUSxhQUFhLFNBQVMsRUFBRSxRQUFRLFdBQVcsT0FBTyxDQUFDO0FBQzVFLGlCQUFXLE1BQU07QUFDakIsWUFBTSxPQUFPLFFBQVEsVUFBVSxDQUFDLE1BQW1CLEVBQUUsU0FBUyxXQUFXO0FBQ3pFLGFBQU8sT0FBTyxNQUFNLFFBQVEsV0FBVyxLQUFLO0FBQUEsSUFDOUMsQ0FBQztBQUFBLEVBQ0gsQ0FBQztBQUVELFdBQVMsZ0NBQWdDLE1BQU07QUFDN0MsT0FBRyw4RkFBOEYsWUFBWTtBQUMzRyxZQUFNLFFBQVEsSUFBSSwyQkFBVTtBQUM1QixZQUFNLEVBQUUsUUFBUSxJQUFJLEtBQUs7QUFBQSxRQUN2QjtBQUFBLFFBQ0EsVUFBVSxFQUFFLG9CQUFvQixHQUFHLG1DQUFtQyxHQUFHLGtDQUFrQyxJQUFJLGlCQUFpQixNQUFNO0FBQUEsTUFDeEksQ0FBQztBQUNELGFBQU8sT0FBTyxFQUFFLE1BQU0sV0FBVyxNQUFNLGlCQUFpQixHQUFHLEVBQUUsTUFBTSxXQUFXLE1BQU0saUJBQWlCLENBQUM7QUFDdEcsZUFBUyxJQUFJLEdBQUcsSUFBSSxHQUFHLEtBQUs7QUFDMUIsY0FBTSxPQUFPLFFBQVEsUUFBUSxhQUFhLEVBQUUsT0FBTyxPQUFPLFFBQVEsSUFBSSxDQUFDLEdBQUcsQ0FBQyxNQUFtQixFQUFFLFNBQVMsYUFBYTtBQUFBLE1BQ3hIO0FBQ0EsYUFBTyxNQUFNLFFBQVEsY0FBYyxFQUFFLGNBQWMsTUFBTTtBQUN6RCxZQUFNLE9BQU8sUUFBUSxRQUFRLGFBQWEsRUFBRSxPQUFPLE9BQU8sUUFBUSxJQUFJLENBQUMsR0FBRyxDQUFDLE1BQW1CO0FBQzVGLGVBQU8sTUFBTSxFQUFFLE1BQU0sY0FBYztBQUNuQyxlQUFPLE1BQU0sRUFBRSxVQUFVLENBQUM7QUFDMUIsZUFBTyxNQUFNLEVBQUUsU0FBUyxxQkFBcUI7QUFDN0MsZUFBTztBQUFBLE1BQ1QsQ0FBQztBQUNELGFBQU8sVUFBTSx3Q0FBaUIsTUFBTSxFQUFFLFFBQVEsR0FBRyx5QkFBeUI7QUFDMUUsWUFBTSxNQUFNLFFBQVEsR0FBTTtBQUMxQixhQUFPLE1BQU0sUUFBUSxjQUFjLEVBQUUsY0FBYyxXQUFXO0FBQzlELFlBQU0sUUFBUSxhQUFhLEVBQUUsT0FBTyxPQUFPLFFBQVEsaUJBQWlCLENBQUM7QUFDckUsYUFBTyxNQUFNLFFBQVEsY0FBYyxFQUFFLGNBQWMsUUFBUTtBQUFBLElBQzdELENBQUM7QUFBQSxFQUNILENBQUM7QUFFRCxXQUFTLGNBQWMsTUFBTTtBQUMzQixPQUFHLHdGQUF3RixZQUFZO0FBQ3JHLFlBQU0sYUFBUyxvQ0FBYSxFQUFFO0FBQzlCLFVBQUksT0FBTztBQUNYLGFBQU87QUFBQSxRQUNMLE1BQU07QUFDSixnQkFBTSxJQUFJLE9BQU87QUFDakIsaUJBQU8sSUFBSSxPQUFPLFFBQVEsSUFBSSxNQUFNLFFBQVE7QUFDNUMsaUJBQU8sU0FBUztBQUFBLFFBQ2xCO0FBQUEsWUFDQSxvQ0FBYSxPQUFPO0FBQUEsUUFDcEIsRUFBRSxPQUFPLFNBQVM7QUFBQSxNQUNwQjtBQUNBLGFBQU8sV0FBVyxNQUFNLFNBQVMsT0FBTyxFQUFFLE1BQU0sV0FBVyxNQUFNLGlCQUFpQixHQUFHLEVBQUUsT0FBTyxTQUFTLENBQUM7QUFDeEcsWUFBTSxFQUFFLFFBQVEsSUFBSSxLQUFLO0FBQUEsUUFDdkIsVUFBVSxFQUFFLG9CQUFvQixJQUFJLG1DQUFtQyxLQUFLLDJCQUEyQixHQUFHO0FBQUEsTUFDNUcsQ0FBQztBQUNELFlBQU0sVUFBVSxNQUFNLEtBQUssRUFBRSxRQUFRLElBQUksR0FBRyxDQUFDLEdBQUcsTUFBTSw0QkFBNEIsQ0FBQyxHQUFHO0FBQ3RGLFlBQU0sVUFBVSxVQUFNO0FBQUEsUUFDcEIsUUFBUSxJQUFJLFFBQVEsSUFBSSxDQUFDLFdBQVcsUUFBUSxhQUFhLEVBQUUsT0FBTyxPQUFPLE9BQU8sQ0FBQyxDQUFDLENBQUM7QUFBQSxRQUNuRjtBQUFBLFFBQ0E7QUFBQSxNQUNGO0FBQ0EsYUFBTyxNQUFNLFFBQVEsUUFBUSxHQUFHO0FBQ2hDLGFBQU8sR0FBRyxRQUFRLE1BQU0sQ0FBQyxNQUFNLEVBQUUsS0FBSyxNQUFNLEtBQUssRUFBRSxXQUFXLEVBQUUsQ0FBQztBQUVqRSxZQUFNLFFBQVEsUUFBUSxjQUFjO0FBQ3BDLFlBQU0sZUFBVyx3Q0FBaUIsTUFBTTtBQUN4QyxZQUFNLFNBQVMsU0FBUyxPQUFPLENBQUMsTUFBTSxFQUFFLFdBQVcsR0FBRyxFQUFFO0FBQ3hELGFBQU8sR0FBRyxVQUFVLElBQUksNEJBQTRCLE1BQU0sWUFBWTtBQUN0RSxhQUFPLE1BQU0sTUFBTSxVQUFVLEdBQUc7QUFDaEMsYUFBTyxNQUFNLE1BQU0sVUFBVSxTQUFTLFFBQVEsK0JBQStCO0FBQzdFLGFBQU8sTUFBTSxNQUFNLFVBQVUsTUFBTSxNQUFNLE9BQU87QUFDaEQsYUFBTyxNQUFNLE1BQU0sU0FBUyxNQUFNO0FBQ2xDLGFBQU8sTUFBTSxNQUFNLFFBQVEsQ0FBQztBQUM1QixhQUFPLE1BQU0sTUFBTSxhQUFhLEdBQUc7QUFDbkMsWUFBTSxZQUFZLElBQUksSUFBSSxTQUFTLE9BQU8sQ0FBQyxNQUFNLEVBQUUsV0FBVyxHQUFHLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxVQUFVLENBQUM7QUFDM0YsYUFBTyxNQUFNLFVBQVUsTUFBTSxHQUFHO0FBQ2hDLGFBQU8sTUFBTSxTQUFTLE9BQU8sQ0FBQyxNQUFNLEVBQUUsV0FBVyxHQUFHLEVBQUUsUUFBUSxLQUFLLG1DQUFtQztBQUFBLElBQ3hHLENBQUM7QUFFRCxPQUFHLGdGQUEyRSxZQUFZO0FBQ3hGLGFBQU8sV0FBVyxFQUFFLG1CQUFtQixHQUFHLENBQUM7QUFDM0MsWUFBTSxFQUFFLFFBQVEsSUFBSSxLQUFLLEVBQUUsVUFBVSxFQUFFLCtCQUErQixJQUFJLGlCQUFpQixNQUFNLEVBQUUsQ0FBQztBQUNwRyxZQUFNLFFBQVEsSUFBSSxNQUFNLEtBQUssRUFBRSxRQUFRLEdBQUcsR0FBRyxDQUFDLEdBQUcsTUFBTSxRQUFRLGFBQWEsRUFBRSxPQUFPLE9BQU8sUUFBUSxtQkFBbUIsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDO0FBQzlILFlBQU0sYUFBYSxJQUFJLGdCQUFnQjtBQUN2QyxZQUFNLGNBQWMsUUFBUSxhQUFhLEVBQUUsT0FBTyxPQUFPLFFBQVEscUJBQXFCLEdBQUcsRUFBRSxRQUFRLFdBQVcsT0FBTyxDQUFDO0FBQ3RILGFBQU8sR0FBRyxVQUFNLHlDQUFrQixhQUFhLEdBQUcsR0FBRywrQkFBK0I7QUFDcEYsaUJBQVcsTUFBTTtBQUNqQixZQUFNLE9BQU8sUUFBUSxhQUFhLENBQUMsTUFBbUIsRUFBRSxTQUFTLFdBQVc7QUFDNUUsYUFBTyxNQUFNLE9BQU8sTUFBTSxhQUFhLENBQUM7QUFDeEMsYUFBTyxVQUFNLHdDQUFpQixNQUFNLEVBQUUsUUFBUSxFQUFFO0FBQUEsSUFDbEQsQ0FBQztBQUFBLEVBQ0gsQ0FBQztBQUNILENBQUM7IiwKICAibmFtZXMiOiBbXQp9Cg==
