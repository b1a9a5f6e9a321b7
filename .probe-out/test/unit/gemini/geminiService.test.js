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
var import_promises = require("node:fs/promises");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
var import_zod = require("zod");
var import_errors = require("../../../src/gemini/errors");
var import_fakeGemini = require("../../support/fakeGemini");
var import_serviceHarness = require("./serviceHarness");
const MODEL = "gemini-2.5-flash";
describe("GeminiService over HTTP (real SDK, fake Gemini)", function() {
  this.timeout(15e3);
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
    server.reset();
    await Promise.all(services.splice(0).map((s) => s.dispose()));
  });
  after(async () => {
    await server.stop();
  });
  describe("text", () => {
    it("streams text through onText and returns the whole reply with usage", async () => {
      const { service } = make();
      const deltas = [];
      const result = await service.generateText(
        { model: MODEL, prompt: "Write 60 words about a lighthouse.", systemInstruction: "You are a novelist." },
        { onText: (delta) => deltas.push(delta) }
      );
      assert.ok(deltas.length > 1, "several chunks");
      assert.equal(deltas.join(""), result.text);
      assert.equal(result.text.split(/\s+/).filter(Boolean).length, 60);
      assert.equal(result.finishReason, "STOP");
      assert.equal(result.truncated, false);
      assert.equal(result.fromCache, false);
      assert.ok(result.usage.promptTokens > 0 && result.usage.outputTokens > 0);
      const [request] = (0, import_serviceHarness.generateRequests)(server);
      assert.equal(request.stream, true);
      assert.equal(request.systemInstruction, "You are a novelist.");
      assert.equal(request.hadKeyHeader, true);
      assert.equal(request.keyInQuery, false);
      const stats = service.getStatistics();
      assert.equal(stats.requests, 1);
      assert.equal(stats.apiCalls, 1);
      assert.ok(stats.tokensOut > 0);
      assert.ok(stats.timeToFirstTokenMs.p50 >= 0);
    });
    it("sends the effective generation settings (request over settings; -1 thinking sends nothing)", async () => {
      const { service } = make({ settings: { temperature: 0.3, maxOutputTokens: 2048, thinkingBudget: -1 } });
      await service.generateText({ model: MODEL, prompt: "Write 5 words." });
      await service.generateText({ model: MODEL, prompt: "Write 6 words.", temperature: 1.1, thinkingBudget: 128 });
      const [first, second] = (0, import_serviceHarness.generateRequests)(server);
      assert.equal(first.generationConfig?.temperature, 0.3);
      assert.equal(first.generationConfig?.maxOutputTokens, 2048);
      assert.equal(first.generationConfig?.thinkingConfig, void 0);
      assert.equal(second.generationConfig?.temperature, 1.1);
      assert.deepEqual(second.generationConfig?.thinkingConfig, { thinkingBudget: 128 });
    });
    it("returns a MAX_TOKENS reply with text as truncated (and does not cache it)", async () => {
      const { service } = make();
      const request = { model: MODEL, prompt: "Write 500 words.", maxOutputTokens: 100 };
      const result = await service.generateText(request);
      assert.equal(result.truncated, true);
      assert.equal(result.finishReason, "MAX_TOKENS");
      assert.ok(result.text.length > 0);
      await service.generateText(request);
      assert.equal((0, import_serviceHarness.generateRequests)(server).length, 2, "a truncated reply is not reused");
    });
  });
  describe("every error fixture, end to end", () => {
    const expected = {
      "200-finish-safety": { kind: "content-blocked", exitCode: 5 },
      "200-finish-recitation": { kind: "content-blocked", exitCode: 5 },
      "200-prompt-blocked": { kind: "content-blocked", exitCode: 5 },
      "200-no-candidates": { kind: "content-blocked", exitCode: 5 },
      "200-finish-max-tokens-empty": { kind: "max-tokens", exitCode: 2 },
      "400-api-key-invalid": { kind: "auth", exitCode: 3 },
      "400-invalid-argument": { kind: "bad-request", exitCode: 2 },
      "404-model-not-found": { kind: "model-not-found", exitCode: 2 },
      "429-bare": { kind: "rate-limited", exitCode: 6 },
      "429-input-tokens-per-minute": { kind: "rate-limited", exitCode: 6 },
      "429-per-day": { kind: "quota-daily", exitCode: 4 },
      "429-per-minute-retryinfo": { kind: "rate-limited", exitCode: 6 },
      "500-internal": { kind: "unavailable", exitCode: 6 },
      "503-overloaded": { kind: "unavailable", exitCode: 6 }
    };
    for (const name of (0, import_fakeGemini.listFixtures)()) {
      if (name === "200-finish-max-tokens-partial") continue;
      it(`${name} \u2192 ${expected[name]?.kind ?? "?"}`, async () => {
        assert.ok(expected[name], `no expectation for fixture ${name}`);
        const { service } = make({ settings: { "retry.maxRetries": 0 } });
        server.script({ kind: "fixture", name }, { kind: "fixture", name });
        const error = await service.generateText({ model: MODEL, prompt: "Write 20 words." }).then(
          () => assert.fail("expected a failure"),
          (e) => e
        );
        assert.ok(error instanceof import_errors.GeminiError, String(error));
        assert.equal(error.kind, expected[name].kind);
        assert.equal(error.exitCode, expected[name].exitCode);
        assert.ok(error.message.length > 20 && !error.message.includes(server.apiKey));
        assert.equal(service.getStatistics().errorsByKind[error.kind], 1);
      });
    }
    it("the partial MAX_TOKENS fixture is returned as truncated text", async () => {
      const { service } = make();
      server.script({ kind: "fixture", name: "200-finish-max-tokens-partial" });
      const result = await service.generateText({ model: MODEL, prompt: "Write 20 words." });
      assert.equal(result.truncated, true);
      assert.match(result.text, /^The lighthouse keeper counted the ships/);
    });
  });
  describe("MAX_TOKENS with no text", () => {
    it("retries once with thinking off and a doubled output budget", async () => {
      const { service } = make({ settings: { thinkingBudget: -1, maxOutputTokens: 1024 } });
      server.script({ kind: "fixture", name: "200-finish-max-tokens-empty" });
      const result = await service.generateText({ model: MODEL, prompt: "Write 30 words." });
      assert.equal(result.truncated, false);
      const [first, second] = (0, import_serviceHarness.generateRequests)(server);
      assert.equal(first.generationConfig?.thinkingConfig, void 0);
      assert.deepEqual(second.generationConfig?.thinkingConfig, { thinkingBudget: 0 });
      assert.equal(second.generationConfig?.maxOutputTokens, 2048);
      assert.equal(service.getStatistics().retries, 1);
    });
    it("fails with a clear max-tokens error when the retry is empty too", async () => {
      const { service } = make({ settings: { maxOutputTokens: 4e4 } });
      server.script({ kind: "fixture", name: "200-finish-max-tokens-empty" }, { kind: "fixture", name: "200-finish-max-tokens-empty" });
      await assert.rejects(service.generateText({ model: MODEL, prompt: "x" }), (e) => {
        assert.equal(e.kind, "max-tokens");
        assert.match(e.message, /65536 output tokens.*thinking turned off.*storyWriter\.maxOutputTokens/);
        return true;
      });
      assert.equal((0, import_serviceHarness.generateRequests)(server)[1].generationConfig?.maxOutputTokens, 65536, "doubled, capped");
    });
  });
  describe("JSON", () => {
    const outline = import_zod.z.object({
      title: import_zod.z.string(),
      chapters: import_zod.z.array(import_zod.z.object({ number: import_zod.z.number().int(), summary: import_zod.z.string() })).min(1)
    });
    it("asks for JSON with the schema and validates the reply", async () => {
      const { service } = make();
      const result = await service.generateJson({ model: MODEL, prompt: "Outline a story." }, outline);
      assert.equal(typeof result.value.title, "string");
      assert.ok(result.value.chapters.length >= 1);
      const [request] = (0, import_serviceHarness.generateRequests)(server);
      assert.equal(request.generationConfig?.responseMimeType, "application/json");
      assert.equal((request.generationConfig?.responseJsonSchema).type, "object");
    });
    it("repairs an invalid reply once, showing Gemini its reply and the problem", async () => {
      const { service } = make();
      server.script({ kind: "text", text: "Sure! Here is your outline: {title: oops" });
      let restarts = 0;
      const result = await service.generateJson({ model: MODEL, prompt: "Outline a story." }, outline, { onRestart: () => restarts++ });
      assert.ok(result.value.chapters.length >= 1);
      const [, repair] = (0, import_serviceHarness.generateRequests)(server);
      assert.match(repair.promptText, /Outline a story\./);
      assert.match(repair.promptText, /\{title: oops/);
      assert.match(repair.promptText, /not valid JSON/);
      assert.equal(restarts, 1);
      const again = await service.generateJson({ model: MODEL, prompt: "Outline a story." }, outline);
      assert.equal(again.fromCache, true);
      assert.deepEqual(again.value, result.value);
      assert.equal((0, import_serviceHarness.generateRequests)(server).length, 2);
    });
    it("strips a Markdown fence without a repair", async () => {
      const { service } = make();
      server.script({ kind: "text", text: '```json\n{"title":"T","chapters":[{"number":1,"summary":"s"}]}\n```' });
      const result = await service.generateJson({ model: MODEL, prompt: "Outline." }, outline);
      assert.equal(result.value.title, "T");
      assert.equal((0, import_serviceHarness.generateRequests)(server).length, 1);
    });
    it("fails with invalid-json when the repair is invalid too", async () => {
      const { service } = make();
      server.script({ kind: "text", text: '{"title": 1}' }, { kind: "text", text: '{"title": 2}' });
      await assert.rejects(service.generateJson({ model: MODEL, prompt: "Outline." }, outline), (e) => {
        assert.equal(e.kind, "invalid-json");
        assert.equal(e.exitCode, 1);
        assert.match(e.message, /even after one repair attempt/);
        assert.equal(e.partialText, '{"title": 2}');
        return true;
      });
      assert.equal(service.getStatistics().errorsByKind["invalid-json"], 1);
    });
  });
  describe("cache", () => {
    it("serves a repeated request from the cache without an API call", async () => {
      const { service } = make();
      const request = { model: MODEL, prompt: "Write 40 words." };
      const first = await service.generateText(request);
      let shown = "";
      const second = await service.generateText(request, { onText: (_d, soFar) => shown = soFar });
      assert.equal(second.fromCache, true);
      assert.equal(second.text, first.text);
      assert.equal(shown, first.text, "the cached text is still reported to onText");
      assert.equal((0, import_serviceHarness.generateRequests)(server).length, 1);
      const stats = service.getStatistics();
      assert.equal(stats.cacheHits, 1);
      assert.equal(stats.cacheMisses, 1);
      assert.equal(stats.cacheHitRate, 0.5);
      assert.equal(stats.cacheEntries, 1);
      assert.ok(stats.cacheBytes > first.text.length);
    });
    it("bypassCache calls Gemini again and stores the fresh reply", async () => {
      const { service } = make();
      const request = { model: MODEL, prompt: "Write 40 words." };
      await service.generateText(request);
      server.script({ kind: "text", text: "A fresh reply." });
      const fresh = await service.generateText(request, { bypassCache: true });
      assert.equal(fresh.text, "A fresh reply.");
      const cached = await service.generateText(request);
      assert.equal(cached.fromCache, true);
      assert.equal(cached.text, "A fresh reply.");
      assert.equal((0, import_serviceHarness.generateRequests)(server).length, 2);
    });
    it("shares one API call among identical concurrent requests", async () => {
      server.setOptions({ ttftMs: 50 });
      try {
        const { service } = make();
        const request = { model: MODEL, prompt: "Write 30 words." };
        const results = await Promise.all(Array.from({ length: 5 }, () => service.generateText(request)));
        assert.equal((0, import_serviceHarness.generateRequests)(server).length, 1);
        assert.ok(results.every((r) => r.text === results[0].text));
        assert.equal(results.filter((r) => !r.fromCache).length, 1);
        const stats = service.getStatistics();
        assert.equal(stats.requests, 5);
        assert.equal(stats.apiCalls, 1);
        assert.equal(stats.cacheHits, 4);
      } finally {
        server.setOptions({ ttftMs: 0 });
      }
    });
    it("does not cache when the cache is disabled", async () => {
      const { service } = make({ settings: { "cache.enabled": false } });
      const request = { model: MODEL, prompt: "Write 10 words." };
      await service.generateText(request);
      await service.generateText(request);
      assert.equal((0, import_serviceHarness.generateRequests)(server).length, 2);
      assert.equal(service.getStatistics().cacheHitRate, 0);
    });
    it("persists replies on disk for the next session, and clearCache empties both tiers", async () => {
      const dir = await (0, import_promises.mkdtemp)((0, import_node_path.join)((0, import_node_os.tmpdir)(), "gemini-service-cache-"));
      try {
        const request = { model: MODEL, prompt: "Write 25 words." };
        const first = make({ cacheDir: dir, settings: { "cache.persist": true } }).service;
        const original = await first.generateText(request);
        await first.flush();
        assert.equal(first.getStatistics().diskCacheEntries, 1);
        const second = make({ cacheDir: dir, settings: { "cache.persist": true } }).service;
        const restored = await second.generateText(request);
        assert.equal(restored.fromCache, true);
        assert.equal(restored.text, original.text);
        assert.equal((0, import_serviceHarness.generateRequests)(server).length, 1);
        await second.clearCache();
        const stats = second.getStatistics();
        assert.equal(stats.cacheEntries + stats.diskCacheEntries, 0);
      } finally {
        await (0, import_promises.rm)(dir, { recursive: true, force: true });
      }
    });
  });
  describe("health check", () => {
    it("reports ok with the display name", async () => {
      const { service } = make();
      assert.deepEqual(await service.checkHealth(MODEL), { status: "ok", model: MODEL, displayName: "Gemini 2.5 Flash" });
    });
    it("reports an unknown model, an invalid key, a missing key and an unreachable server", async () => {
      const { service } = make();
      assert.equal((await service.checkHealth("gemini-9.9-flash")).status, "unknown-model");
      assert.equal((await make({ apiKey: "wrong-key-456" }).service.checkHealth(MODEL)).status, "invalid-key");
      const missing = await make({ apiKey: void 0 }).service.checkHealth(MODEL);
      assert.equal(missing.status, "invalid-key");
      assert.match("message" in missing ? missing.message : "", /No Gemini API key is set/);
      const gone = await (0, import_fakeGemini.startFakeGemini)();
      const unreachable = (0, import_serviceHarness.serviceFor)({ server: gone });
      services.push(unreachable.service);
      await gone.stop();
      assert.equal((await (0, import_serviceHarness.within)(unreachable.service.checkHealth(MODEL), 1e4, "health check")).status, "unreachable");
    });
  });
  describe("settings", () => {
    it("a new apiBaseUrl takes effect with the next call", async () => {
      const other = await (0, import_fakeGemini.startFakeGemini)();
      try {
        const { service } = make({ settings: { "cache.enabled": false } });
        await service.generateText({ model: MODEL, prompt: "Write 3 words." });
        service.updateSettings((0, import_serviceHarness.testSettings)(other, { "cache.enabled": false }));
        await service.generateText({ model: MODEL, prompt: "Write 3 words." });
        assert.equal((0, import_serviceHarness.generateRequests)(server).length, 1);
        assert.equal((0, import_serviceHarness.generateRequests)(other).length, 1);
      } finally {
        await other.stop();
      }
    });
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC91bml0L2dlbWluaS9nZW1pbmlTZXJ2aWNlLnRlc3QudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCAqIGFzIGFzc2VydCBmcm9tICdub2RlOmFzc2VydC9zdHJpY3QnO1xuaW1wb3J0IHsgbWtkdGVtcCwgcm0gfSBmcm9tICdub2RlOmZzL3Byb21pc2VzJztcbmltcG9ydCB7IHRtcGRpciB9IGZyb20gJ25vZGU6b3MnO1xuaW1wb3J0IHsgam9pbiB9IGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgeyB6IH0gZnJvbSAnem9kJztcbmltcG9ydCB7IEdlbWluaUVycm9yIH0gZnJvbSAnLi4vLi4vLi4vc3JjL2dlbWluaS9lcnJvcnMnO1xuaW1wb3J0IHR5cGUgeyBHZW1pbmlTZXJ2aWNlIH0gZnJvbSAnLi4vLi4vLi4vc3JjL2dlbWluaS9nZW1pbmlTZXJ2aWNlJztcbmltcG9ydCB7IGxpc3RGaXh0dXJlcywgc3RhcnRGYWtlR2VtaW5pLCB0eXBlIEZha2VHZW1pbmkgfSBmcm9tICcuLi8uLi9zdXBwb3J0L2Zha2VHZW1pbmknO1xuaW1wb3J0IHsgZ2VuZXJhdGVSZXF1ZXN0cywgc2VydmljZUZvciwgdGVzdFNldHRpbmdzLCB3aXRoaW4gfSBmcm9tICcuL3NlcnZpY2VIYXJuZXNzJztcblxuY29uc3QgTU9ERUwgPSAnZ2VtaW5pLTIuNS1mbGFzaCc7XG5cbmRlc2NyaWJlKCdHZW1pbmlTZXJ2aWNlIG92ZXIgSFRUUCAocmVhbCBTREssIGZha2UgR2VtaW5pKScsIGZ1bmN0aW9uICgpIHtcbiAgdGhpcy50aW1lb3V0KDE1XzAwMCk7XG4gIGxldCBzZXJ2ZXI6IEZha2VHZW1pbmk7XG4gIGNvbnN0IHNlcnZpY2VzOiBHZW1pbmlTZXJ2aWNlW10gPSBbXTtcblxuICBjb25zdCBtYWtlID0gKHNldHVwOiBQYXJhbWV0ZXJzPHR5cGVvZiBzZXJ2aWNlRm9yPlswXSA9IHt9KSA9PiB7XG4gICAgY29uc3QgbWFkZSA9IHNlcnZpY2VGb3IoeyBzZXJ2ZXIsIC4uLnNldHVwIH0pO1xuICAgIHNlcnZpY2VzLnB1c2gobWFkZS5zZXJ2aWNlKTtcbiAgICByZXR1cm4gbWFkZTtcbiAgfTtcblxuICBiZWZvcmUoYXN5bmMgKCkgPT4ge1xuICAgIHNlcnZlciA9IGF3YWl0IHN0YXJ0RmFrZUdlbWluaSgpO1xuICB9KTtcblxuICBhZnRlckVhY2goYXN5bmMgKCkgPT4ge1xuICAgIHNlcnZlci5yZXNldCgpO1xuICAgIGF3YWl0IFByb21pc2UuYWxsKHNlcnZpY2VzLnNwbGljZSgwKS5tYXAoKHMpID0+IHMuZGlzcG9zZSgpKSk7XG4gIH0pO1xuXG4gIGFmdGVyKGFzeW5jICgpID0+IHtcbiAgICBhd2FpdCBzZXJ2ZXIuc3RvcCgpO1xuICB9KTtcblxuICBkZXNjcmliZSgndGV4dCcsICgpID0+IHtcbiAgICBpdCgnc3RyZWFtcyB0ZXh0IHRocm91Z2ggb25UZXh0IGFuZCByZXR1cm5zIHRoZSB3aG9sZSByZXBseSB3aXRoIHVzYWdlJywgYXN5bmMgKCkgPT4ge1xuICAgICAgY29uc3QgeyBzZXJ2aWNlIH0gPSBtYWtlKCk7XG4gICAgICBjb25zdCBkZWx0YXM6IHN0cmluZ1tdID0gW107XG4gICAgICBjb25zdCByZXN1bHQgPSBhd2FpdCBzZXJ2aWNlLmdlbmVyYXRlVGV4dChcbiAgICAgICAgeyBtb2RlbDogTU9ERUwsIHByb21wdDogJ1dyaXRlIDYwIHdvcmRzIGFib3V0IGEgbGlnaHRob3VzZS4nLCBzeXN0ZW1JbnN0cnVjdGlvbjogJ1lvdSBhcmUgYSBub3ZlbGlzdC4nIH0sXG4gICAgICAgIHsgb25UZXh0OiAoZGVsdGEpID0+IGRlbHRhcy5wdXNoKGRlbHRhKSB9LFxuICAgICAgKTtcbiAgICAgIGFzc2VydC5vayhkZWx0YXMubGVuZ3RoID4gMSwgJ3NldmVyYWwgY2h1bmtzJyk7XG4gICAgICBhc3NlcnQuZXF1YWwoZGVsdGFzLmpvaW4oJycpLCByZXN1bHQudGV4dCk7XG4gICAgICBhc3NlcnQuZXF1YWwocmVzdWx0LnRleHQuc3BsaXQoL1xccysvKS5maWx0ZXIoQm9vbGVhbikubGVuZ3RoLCA2MCk7XG4gICAgICBhc3NlcnQuZXF1YWwocmVzdWx0LmZpbmlzaFJlYXNvbiwgJ1NUT1AnKTtcbiAgICAgIGFzc2VydC5lcXVhbChyZXN1bHQudHJ1bmNhdGVkLCBmYWxzZSk7XG4gICAgICBhc3NlcnQuZXF1YWwocmVzdWx0LmZyb21DYWNoZSwgZmFsc2UpO1xuICAgICAgYXNzZXJ0Lm9rKHJlc3VsdC51c2FnZS5wcm9tcHRUb2tlbnMgPiAwICYmIHJlc3VsdC51c2FnZS5vdXRwdXRUb2tlbnMgPiAwKTtcbiAgICAgIGNvbnN0IFtyZXF1ZXN0XSA9IGdlbmVyYXRlUmVxdWVzdHMoc2VydmVyKTtcbiAgICAgIGFzc2VydC5lcXVhbChyZXF1ZXN0IS5zdHJlYW0sIHRydWUpO1xuICAgICAgYXNzZXJ0LmVxdWFsKHJlcXVlc3QhLnN5c3RlbUluc3RydWN0aW9uLCAnWW91IGFyZSBhIG5vdmVsaXN0LicpO1xuICAgICAgYXNzZXJ0LmVxdWFsKHJlcXVlc3QhLmhhZEtleUhlYWRlciwgdHJ1ZSk7XG4gICAgICBhc3NlcnQuZXF1YWwocmVxdWVzdCEua2V5SW5RdWVyeSwgZmFsc2UpO1xuICAgICAgY29uc3Qgc3RhdHMgPSBzZXJ2aWNlLmdldFN0YXRpc3RpY3MoKTtcbiAgICAgIGFzc2VydC5lcXVhbChzdGF0cy5yZXF1ZXN0cywgMSk7XG4gICAgICBhc3NlcnQuZXF1YWwoc3RhdHMuYXBpQ2FsbHMsIDEpO1xuICAgICAgYXNzZXJ0Lm9rKHN0YXRzLnRva2Vuc091dCA+IDApO1xuICAgICAgYXNzZXJ0Lm9rKHN0YXRzLnRpbWVUb0ZpcnN0VG9rZW5Ncy5wNTAgPj0gMCk7XG4gICAgfSk7XG5cbiAgICBpdCgnc2VuZHMgdGhlIGVmZmVjdGl2ZSBnZW5lcmF0aW9uIHNldHRpbmdzIChyZXF1ZXN0IG92ZXIgc2V0dGluZ3M7IC0xIHRoaW5raW5nIHNlbmRzIG5vdGhpbmcpJywgYXN5bmMgKCkgPT4ge1xuICAgICAgY29uc3QgeyBzZXJ2aWNlIH0gPSBtYWtlKHsgc2V0dGluZ3M6IHsgdGVtcGVyYXR1cmU6IDAuMywgbWF4T3V0cHV0VG9rZW5zOiAyMDQ4LCB0aGlua2luZ0J1ZGdldDogLTEgfSB9KTtcbiAgICAgIGF3YWl0IHNlcnZpY2UuZ2VuZXJhdGVUZXh0KHsgbW9kZWw6IE1PREVMLCBwcm9tcHQ6ICdXcml0ZSA1IHdvcmRzLicgfSk7XG4gICAgICBhd2FpdCBzZXJ2aWNlLmdlbmVyYXRlVGV4dCh7IG1vZGVsOiBNT0RFTCwgcHJvbXB0OiAnV3JpdGUgNiB3b3Jkcy4nLCB0ZW1wZXJhdHVyZTogMS4xLCB0aGlua2luZ0J1ZGdldDogMTI4IH0pO1xuICAgICAgY29uc3QgW2ZpcnN0LCBzZWNvbmRdID0gZ2VuZXJhdGVSZXF1ZXN0cyhzZXJ2ZXIpO1xuICAgICAgYXNzZXJ0LmVxdWFsKGZpcnN0IS5nZW5lcmF0aW9uQ29uZmlnPy50ZW1wZXJhdHVyZSwgMC4zKTtcbiAgICAgIGFzc2VydC5lcXVhbChmaXJzdCEuZ2VuZXJhdGlvbkNvbmZpZz8ubWF4T3V0cHV0VG9rZW5zLCAyMDQ4KTtcbiAgICAgIGFzc2VydC5lcXVhbChmaXJzdCEuZ2VuZXJhdGlvbkNvbmZpZz8udGhpbmtpbmdDb25maWcsIHVuZGVmaW5lZCk7XG4gICAgICBhc3NlcnQuZXF1YWwoc2Vjb25kIS5nZW5lcmF0aW9uQ29uZmlnPy50ZW1wZXJhdHVyZSwgMS4xKTtcbiAgICAgIGFzc2VydC5kZWVwRXF1YWwoc2Vjb25kIS5nZW5lcmF0aW9uQ29uZmlnPy50aGlua2luZ0NvbmZpZywgeyB0aGlua2luZ0J1ZGdldDogMTI4IH0pO1xuICAgIH0pO1xuXG4gICAgaXQoJ3JldHVybnMgYSBNQVhfVE9LRU5TIHJlcGx5IHdpdGggdGV4dCBhcyB0cnVuY2F0ZWQgKGFuZCBkb2VzIG5vdCBjYWNoZSBpdCknLCBhc3luYyAoKSA9PiB7XG4gICAgICBjb25zdCB7IHNlcnZpY2UgfSA9IG1ha2UoKTtcbiAgICAgIGNvbnN0IHJlcXVlc3QgPSB7IG1vZGVsOiBNT0RFTCwgcHJvbXB0OiAnV3JpdGUgNTAwIHdvcmRzLicsIG1heE91dHB1dFRva2VuczogMTAwIH07XG4gICAgICBjb25zdCByZXN1bHQgPSBhd2FpdCBzZXJ2aWNlLmdlbmVyYXRlVGV4dChyZXF1ZXN0KTtcbiAgICAgIGFzc2VydC5lcXVhbChyZXN1bHQudHJ1bmNhdGVkLCB0cnVlKTtcbiAgICAgIGFzc2VydC5lcXVhbChyZXN1bHQuZmluaXNoUmVhc29uLCAnTUFYX1RPS0VOUycpO1xuICAgICAgYXNzZXJ0Lm9rKHJlc3VsdC50ZXh0Lmxlbmd0aCA+IDApO1xuICAgICAgYXdhaXQgc2VydmljZS5nZW5lcmF0ZVRleHQocmVxdWVzdCk7XG4gICAgICBhc3NlcnQuZXF1YWwoZ2VuZXJhdGVSZXF1ZXN0cyhzZXJ2ZXIpLmxlbmd0aCwgMiwgJ2EgdHJ1bmNhdGVkIHJlcGx5IGlzIG5vdCByZXVzZWQnKTtcbiAgICB9KTtcbiAgfSk7XG5cbiAgZGVzY3JpYmUoJ2V2ZXJ5IGVycm9yIGZpeHR1cmUsIGVuZCB0byBlbmQnLCAoKSA9PiB7XG4gICAgY29uc3QgZXhwZWN0ZWQ6IFJlY29yZDxzdHJpbmcsIHsga2luZDogc3RyaW5nOyBleGl0Q29kZTogbnVtYmVyIH0+ID0ge1xuICAgICAgJzIwMC1maW5pc2gtc2FmZXR5JzogeyBraW5kOiAnY29udGVudC1ibG9ja2VkJywgZXhpdENvZGU6IDUgfSxcbiAgICAgICcyMDAtZmluaXNoLXJlY2l0YXRpb24nOiB7IGtpbmQ6ICdjb250ZW50LWJsb2NrZWQnLCBleGl0Q29kZTogNSB9LFxuICAgICAgJzIwMC1wcm9tcHQtYmxvY2tlZCc6IHsga2luZDogJ2NvbnRlbnQtYmxvY2tlZCcsIGV4aXRDb2RlOiA1IH0sXG4gICAgICAnMjAwLW5vLWNhbmRpZGF0ZXMnOiB7IGtpbmQ6ICdjb250ZW50LWJsb2NrZWQnLCBleGl0Q29kZTogNSB9LFxuICAgICAgJzIwMC1maW5pc2gtbWF4LXRva2Vucy1lbXB0eSc6IHsga2luZDogJ21heC10b2tlbnMnLCBleGl0Q29kZTogMiB9LFxuICAgICAgJzQwMC1hcGkta2V5LWludmFsaWQnOiB7IGtpbmQ6ICdhdXRoJywgZXhpdENvZGU6IDMgfSxcbiAgICAgICc0MDAtaW52YWxpZC1hcmd1bWVudCc6IHsga2luZDogJ2JhZC1yZXF1ZXN0JywgZXhpdENvZGU6IDIgfSxcbiAgICAgICc0MDQtbW9kZWwtbm90LWZvdW5kJzogeyBraW5kOiAnbW9kZWwtbm90LWZvdW5kJywgZXhpdENvZGU6IDIgfSxcbiAgICAgICc0MjktYmFyZSc6IHsga2luZDogJ3JhdGUtbGltaXRlZCcsIGV4aXRDb2RlOiA2IH0sXG4gICAgICAnNDI5LWlucHV0LXRva2Vucy1wZXItbWludXRlJzogeyBraW5kOiAncmF0ZS1saW1pdGVkJywgZXhpdENvZGU6IDYgfSxcbiAgICAgICc0MjktcGVyLWRheSc6IHsga2luZDogJ3F1b3RhLWRhaWx5JywgZXhpdENvZGU6IDQgfSxcbiAgICAgICc0MjktcGVyLW1pbnV0ZS1yZXRyeWluZm8nOiB7IGtpbmQ6ICdyYXRlLWxpbWl0ZWQnLCBleGl0Q29kZTogNiB9LFxuICAgICAgJzUwMC1pbnRlcm5hbCc6IHsga2luZDogJ3VuYXZhaWxhYmxlJywgZXhpdENvZGU6IDYgfSxcbiAgICAgICc1MDMtb3ZlcmxvYWRlZCc6IHsga2luZDogJ3VuYXZhaWxhYmxlJywgZXhpdENvZGU6IDYgfSxcbiAgICB9O1xuXG4gICAgZm9yIChjb25zdCBuYW1lIG9mIGxpc3RGaXh0dXJlcygpKSB7XG4gICAgICBpZiAobmFtZSA9PT0gJzIwMC1maW5pc2gtbWF4LXRva2Vucy1wYXJ0aWFsJykgY29udGludWU7IC8vIGEgc3VjY2Vzczogc2VlIHRoZSB0cnVuY2F0ZWQgdGVzdFxuICAgICAgaXQoYCR7bmFtZX0gXHUyMTkyICR7ZXhwZWN0ZWRbbmFtZV0/LmtpbmQgPz8gJz8nfWAsIGFzeW5jICgpID0+IHtcbiAgICAgICAgYXNzZXJ0Lm9rKGV4cGVjdGVkW25hbWVdLCBgbm8gZXhwZWN0YXRpb24gZm9yIGZpeHR1cmUgJHtuYW1lfWApO1xuICAgICAgICAvLyBObyByZXRyaWVzLCBzbyB0aGUga2luZCBpcyB3aGF0IG9uZSByZXBseSBwcm9kdWNlcy5cbiAgICAgICAgY29uc3QgeyBzZXJ2aWNlIH0gPSBtYWtlKHsgc2V0dGluZ3M6IHsgJ3JldHJ5Lm1heFJldHJpZXMnOiAwIH0gfSk7XG4gICAgICAgIHNlcnZlci5zY3JpcHQoeyBraW5kOiAnZml4dHVyZScsIG5hbWUgfSwgeyBraW5kOiAnZml4dHVyZScsIG5hbWUgfSk7XG4gICAgICAgIGNvbnN0IGVycm9yID0gYXdhaXQgc2VydmljZS5nZW5lcmF0ZVRleHQoeyBtb2RlbDogTU9ERUwsIHByb21wdDogJ1dyaXRlIDIwIHdvcmRzLicgfSkudGhlbihcbiAgICAgICAgICAoKSA9PiBhc3NlcnQuZmFpbCgnZXhwZWN0ZWQgYSBmYWlsdXJlJyksXG4gICAgICAgICAgKGU6IHVua25vd24pID0+IGUsXG4gICAgICAgICk7XG4gICAgICAgIGFzc2VydC5vayhlcnJvciBpbnN0YW5jZW9mIEdlbWluaUVycm9yLCBTdHJpbmcoZXJyb3IpKTtcbiAgICAgICAgYXNzZXJ0LmVxdWFsKGVycm9yLmtpbmQsIGV4cGVjdGVkW25hbWVdIS5raW5kKTtcbiAgICAgICAgYXNzZXJ0LmVxdWFsKGVycm9yLmV4aXRDb2RlLCBleHBlY3RlZFtuYW1lXSEuZXhpdENvZGUpO1xuICAgICAgICBhc3NlcnQub2soZXJyb3IubWVzc2FnZS5sZW5ndGggPiAyMCAmJiAhZXJyb3IubWVzc2FnZS5pbmNsdWRlcyhzZXJ2ZXIuYXBpS2V5KSk7XG4gICAgICAgIGFzc2VydC5lcXVhbChzZXJ2aWNlLmdldFN0YXRpc3RpY3MoKS5lcnJvcnNCeUtpbmRbZXJyb3Iua2luZF0sIDEpO1xuICAgICAgfSk7XG4gICAgfVxuXG4gICAgaXQoJ3RoZSBwYXJ0aWFsIE1BWF9UT0tFTlMgZml4dHVyZSBpcyByZXR1cm5lZCBhcyB0cnVuY2F0ZWQgdGV4dCcsIGFzeW5jICgpID0+IHtcbiAgICAgIGNvbnN0IHsgc2VydmljZSB9ID0gbWFrZSgpO1xuICAgICAgc2VydmVyLnNjcmlwdCh7IGtpbmQ6ICdmaXh0dXJlJywgbmFtZTogJzIwMC1maW5pc2gtbWF4LXRva2Vucy1wYXJ0aWFsJyB9KTtcbiAgICAgIGNvbnN0IHJlc3VsdCA9IGF3YWl0IHNlcnZpY2UuZ2VuZXJhdGVUZXh0KHsgbW9kZWw6IE1PREVMLCBwcm9tcHQ6ICdXcml0ZSAyMCB3b3Jkcy4nIH0pO1xuICAgICAgYXNzZXJ0LmVxdWFsKHJlc3VsdC50cnVuY2F0ZWQsIHRydWUpO1xuICAgICAgYXNzZXJ0Lm1hdGNoKHJlc3VsdC50ZXh0LCAvXlRoZSBsaWdodGhvdXNlIGtlZXBlciBjb3VudGVkIHRoZSBzaGlwcy8pO1xuICAgIH0pO1xuICB9KTtcblxuICBkZXNjcmliZSgnTUFYX1RPS0VOUyB3aXRoIG5vIHRleHQnLCAoKSA9PiB7XG4gICAgaXQoJ3JldHJpZXMgb25jZSB3aXRoIHRoaW5raW5nIG9mZiBhbmQgYSBkb3VibGVkIG91dHB1dCBidWRnZXQnLCBhc3luYyAoKSA9PiB7XG4gICAgICBjb25zdCB7IHNlcnZpY2UgfSA9IG1ha2UoeyBzZXR0aW5nczogeyB0aGlua2luZ0J1ZGdldDogLTEsIG1heE91dHB1dFRva2VuczogMTAyNCB9IH0pO1xuICAgICAgc2VydmVyLnNjcmlwdCh7IGtpbmQ6ICdmaXh0dXJlJywgbmFtZTogJzIwMC1maW5pc2gtbWF4LXRva2Vucy1lbXB0eScgfSk7XG4gICAgICBjb25zdCByZXN1bHQgPSBhd2FpdCBzZXJ2aWNlLmdlbmVyYXRlVGV4dCh7IG1vZGVsOiBNT0RFTCwgcHJvbXB0OiAnV3JpdGUgMzAgd29yZHMuJyB9KTtcbiAgICAgIGFzc2VydC5lcXVhbChyZXN1bHQudHJ1bmNhdGVkLCBmYWxzZSk7XG4gICAgICBjb25zdCBbZmlyc3QsIHNlY29uZF0gPSBnZW5lcmF0ZVJlcXVlc3RzKHNlcnZlcik7XG4gICAgICBhc3NlcnQuZXF1YWwoZmlyc3QhLmdlbmVyYXRpb25Db25maWc/LnRoaW5raW5nQ29uZmlnLCB1bmRlZmluZWQpO1xuICAgICAgYXNzZXJ0LmRlZXBFcXVhbChzZWNvbmQhLmdlbmVyYXRpb25Db25maWc/LnRoaW5raW5nQ29uZmlnLCB7IHRoaW5raW5nQnVkZ2V0OiAwIH0pO1xuICAgICAgYXNzZXJ0LmVxdWFsKHNlY29uZCEuZ2VuZXJhdGlvbkNvbmZpZz8ubWF4T3V0cHV0VG9rZW5zLCAyMDQ4KTtcbiAgICAgIGFzc2VydC5lcXVhbChzZXJ2aWNlLmdldFN0YXRpc3RpY3MoKS5yZXRyaWVzLCAxKTtcbiAgICB9KTtcblxuICAgIGl0KCdmYWlscyB3aXRoIGEgY2xlYXIgbWF4LXRva2VucyBlcnJvciB3aGVuIHRoZSByZXRyeSBpcyBlbXB0eSB0b28nLCBhc3luYyAoKSA9PiB7XG4gICAgICBjb25zdCB7IHNlcnZpY2UgfSA9IG1ha2UoeyBzZXR0aW5nczogeyBtYXhPdXRwdXRUb2tlbnM6IDQwXzAwMCB9IH0pO1xuICAgICAgc2VydmVyLnNjcmlwdCh7IGtpbmQ6ICdmaXh0dXJlJywgbmFtZTogJzIwMC1maW5pc2gtbWF4LXRva2Vucy1lbXB0eScgfSwgeyBraW5kOiAnZml4dHVyZScsIG5hbWU6ICcyMDAtZmluaXNoLW1heC10b2tlbnMtZW1wdHknIH0pO1xuICAgICAgYXdhaXQgYXNzZXJ0LnJlamVjdHMoc2VydmljZS5nZW5lcmF0ZVRleHQoeyBtb2RlbDogTU9ERUwsIHByb21wdDogJ3gnIH0pLCAoZTogR2VtaW5pRXJyb3IpID0+IHtcbiAgICAgICAgYXNzZXJ0LmVxdWFsKGUua2luZCwgJ21heC10b2tlbnMnKTtcbiAgICAgICAgYXNzZXJ0Lm1hdGNoKGUubWVzc2FnZSwgLzY1NTM2IG91dHB1dCB0b2tlbnMuKnRoaW5raW5nIHR1cm5lZCBvZmYuKnN0b3J5V3JpdGVyXFwubWF4T3V0cHV0VG9rZW5zLyk7XG4gICAgICAgIHJldHVybiB0cnVlO1xuICAgICAgfSk7XG4gICAgICBhc3NlcnQuZXF1YWwoZ2VuZXJhdGVSZXF1ZXN0cyhzZXJ2ZXIpWzFdIS5nZW5lcmF0aW9uQ29uZmlnPy5tYXhPdXRwdXRUb2tlbnMsIDY1NTM2LCAnZG91YmxlZCwgY2FwcGVkJyk7XG4gICAgfSk7XG4gIH0pO1xuXG4gIGRlc2NyaWJlKCdKU09OJywgKCkgPT4ge1xuICAgIGNvbnN0IG91dGxpbmUgPSB6Lm9iamVjdCh7XG4gICAgICB0aXRsZTogei5zdHJpbmcoKSxcbiAgICAgIGNoYXB0ZXJzOiB6LmFycmF5KHoub2JqZWN0KHsgbnVtYmVyOiB6Lm51bWJlcigpLmludCgpLCBzdW1tYXJ5OiB6LnN0cmluZygpIH0pKS5taW4oMSksXG4gICAgfSk7XG5cbiAgICBpdCgnYXNrcyBmb3IgSlNPTiB3aXRoIHRoZSBzY2hlbWEgYW5kIHZhbGlkYXRlcyB0aGUgcmVwbHknLCBhc3luYyAoKSA9PiB7XG4gICAgICBjb25zdCB7IHNlcnZpY2UgfSA9IG1ha2UoKTtcbiAgICAgIGNvbnN0IHJlc3VsdCA9IGF3YWl0IHNlcnZpY2UuZ2VuZXJhdGVKc29uKHsgbW9kZWw6IE1PREVMLCBwcm9tcHQ6ICdPdXRsaW5lIGEgc3RvcnkuJyB9LCBvdXRsaW5lKTtcbiAgICAgIGFzc2VydC5lcXVhbCh0eXBlb2YgcmVzdWx0LnZhbHVlLnRpdGxlLCAnc3RyaW5nJyk7XG4gICAgICBhc3NlcnQub2socmVzdWx0LnZhbHVlLmNoYXB0ZXJzLmxlbmd0aCA+PSAxKTtcbiAgICAgIGNvbnN0IFtyZXF1ZXN0XSA9IGdlbmVyYXRlUmVxdWVzdHMoc2VydmVyKTtcbiAgICAgIGFzc2VydC5lcXVhbChyZXF1ZXN0IS5nZW5lcmF0aW9uQ29uZmlnPy5yZXNwb25zZU1pbWVUeXBlLCAnYXBwbGljYXRpb24vanNvbicpO1xuICAgICAgYXNzZXJ0LmVxdWFsKChyZXF1ZXN0IS5nZW5lcmF0aW9uQ29uZmlnPy5yZXNwb25zZUpzb25TY2hlbWEgYXMgeyB0eXBlPzogc3RyaW5nIH0pLnR5cGUsICdvYmplY3QnKTtcbiAgICB9KTtcblxuICAgIGl0KCdyZXBhaXJzIGFuIGludmFsaWQgcmVwbHkgb25jZSwgc2hvd2luZyBHZW1pbmkgaXRzIHJlcGx5IGFuZCB0aGUgcHJvYmxlbScsIGFzeW5jICgpID0+IHtcbiAgICAgIGNvbnN0IHsgc2VydmljZSB9ID0gbWFrZSgpO1xuICAgICAgc2VydmVyLnNjcmlwdCh7IGtpbmQ6ICd0ZXh0JywgdGV4dDogJ1N1cmUhIEhlcmUgaXMgeW91ciBvdXRsaW5lOiB7dGl0bGU6IG9vcHMnIH0pO1xuICAgICAgbGV0IHJlc3RhcnRzID0gMDtcbiAgICAgIGNvbnN0IHJlc3VsdCA9IGF3YWl0IHNlcnZpY2UuZ2VuZXJhdGVKc29uKHsgbW9kZWw6IE1PREVMLCBwcm9tcHQ6ICdPdXRsaW5lIGEgc3RvcnkuJyB9LCBvdXRsaW5lLCB7IG9uUmVzdGFydDogKCkgPT4gcmVzdGFydHMrKyB9KTtcbiAgICAgIGFzc2VydC5vayhyZXN1bHQudmFsdWUuY2hhcHRlcnMubGVuZ3RoID49IDEpO1xuICAgICAgY29uc3QgWywgcmVwYWlyXSA9IGdlbmVyYXRlUmVxdWVzdHMoc2VydmVyKTtcbiAgICAgIGFzc2VydC5tYXRjaChyZXBhaXIhLnByb21wdFRleHQsIC9PdXRsaW5lIGEgc3RvcnlcXC4vKTtcbiAgICAgIGFzc2VydC5tYXRjaChyZXBhaXIhLnByb21wdFRleHQsIC9cXHt0aXRsZTogb29wcy8pO1xuICAgICAgYXNzZXJ0Lm1hdGNoKHJlcGFpciEucHJvbXB0VGV4dCwgL25vdCB2YWxpZCBKU09OLyk7XG4gICAgICBhc3NlcnQuZXF1YWwocmVzdGFydHMsIDEpO1xuICAgICAgLy8gVGhlIHJlcGFpcmVkIHZhbHVlIGlzIHdoYXQgdGhlIG9yaWdpbmFsIHJlcXVlc3Qgbm93IHJldHVybnMgZnJvbSB0aGUgY2FjaGUuXG4gICAgICBjb25zdCBhZ2FpbiA9IGF3YWl0IHNlcnZpY2UuZ2VuZXJhdGVKc29uKHsgbW9kZWw6IE1PREVMLCBwcm9tcHQ6ICdPdXRsaW5lIGEgc3RvcnkuJyB9LCBvdXRsaW5lKTtcbiAgICAgIGFzc2VydC5lcXVhbChhZ2Fpbi5mcm9tQ2FjaGUsIHRydWUpO1xuICAgICAgYXNzZXJ0LmRlZXBFcXVhbChhZ2Fpbi52YWx1ZSwgcmVzdWx0LnZhbHVlKTtcbiAgICAgIGFzc2VydC5lcXVhbChnZW5lcmF0ZVJlcXVlc3RzKHNlcnZlcikubGVuZ3RoLCAyKTtcbiAgICB9KTtcblxuICAgIGl0KCdzdHJpcHMgYSBNYXJrZG93biBmZW5jZSB3aXRob3V0IGEgcmVwYWlyJywgYXN5bmMgKCkgPT4ge1xuICAgICAgY29uc3QgeyBzZXJ2aWNlIH0gPSBtYWtlKCk7XG4gICAgICBzZXJ2ZXIuc2NyaXB0KHsga2luZDogJ3RleHQnLCB0ZXh0OiAnYGBganNvblxcbntcInRpdGxlXCI6XCJUXCIsXCJjaGFwdGVyc1wiOlt7XCJudW1iZXJcIjoxLFwic3VtbWFyeVwiOlwic1wifV19XFxuYGBgJyB9KTtcbiAgICAgIGNvbnN0IHJlc3VsdCA9IGF3YWl0IHNlcnZpY2UuZ2VuZXJhdGVKc29uKHsgbW9kZWw6IE1PREVMLCBwcm9tcHQ6ICdPdXRsaW5lLicgfSwgb3V0bGluZSk7XG4gICAgICBhc3NlcnQuZXF1YWwocmVzdWx0LnZhbHVlLnRpdGxlLCAnVCcpO1xuICAgICAgYXNzZXJ0LmVxdWFsKGdlbmVyYXRlUmVxdWVzdHMoc2VydmVyKS5sZW5ndGgsIDEpO1xuICAgIH0pO1xuXG4gICAgaXQoJ2ZhaWxzIHdpdGggaW52YWxpZC1qc29uIHdoZW4gdGhlIHJlcGFpciBpcyBpbnZhbGlkIHRvbycsIGFzeW5jICgpID0+IHtcbiAgICAgIGNvbnN0IHsgc2VydmljZSB9ID0gbWFrZSgpO1xuICAgICAgc2VydmVyLnNjcmlwdCh7IGtpbmQ6ICd0ZXh0JywgdGV4dDogJ3tcInRpdGxlXCI6IDF9JyB9LCB7IGtpbmQ6ICd0ZXh0JywgdGV4dDogJ3tcInRpdGxlXCI6IDJ9JyB9KTtcbiAgICAgIGF3YWl0IGFzc2VydC5yZWplY3RzKHNlcnZpY2UuZ2VuZXJhdGVKc29uKHsgbW9kZWw6IE1PREVMLCBwcm9tcHQ6ICdPdXRsaW5lLicgfSwgb3V0bGluZSksIChlOiBHZW1pbmlFcnJvcikgPT4ge1xuICAgICAgICBhc3NlcnQuZXF1YWwoZS5raW5kLCAnaW52YWxpZC1qc29uJyk7XG4gICAgICAgIGFzc2VydC5lcXVhbChlLmV4aXRDb2RlLCAxKTtcbiAgICAgICAgYXNzZXJ0Lm1hdGNoKGUubWVzc2FnZSwgL2V2ZW4gYWZ0ZXIgb25lIHJlcGFpciBhdHRlbXB0Lyk7XG4gICAgICAgIGFzc2VydC5lcXVhbChlLnBhcnRpYWxUZXh0LCAne1widGl0bGVcIjogMn0nKTtcbiAgICAgICAgcmV0dXJuIHRydWU7XG4gICAgICB9KTtcbiAgICAgIGFzc2VydC5lcXVhbChzZXJ2aWNlLmdldFN0YXRpc3RpY3MoKS5lcnJvcnNCeUtpbmRbJ2ludmFsaWQtanNvbiddLCAxKTtcbiAgICB9KTtcbiAgfSk7XG5cbiAgZGVzY3JpYmUoJ2NhY2hlJywgKCkgPT4ge1xuICAgIGl0KCdzZXJ2ZXMgYSByZXBlYXRlZCByZXF1ZXN0IGZyb20gdGhlIGNhY2hlIHdpdGhvdXQgYW4gQVBJIGNhbGwnLCBhc3luYyAoKSA9PiB7XG4gICAgICBjb25zdCB7IHNlcnZpY2UgfSA9IG1ha2UoKTtcbiAgICAgIGNvbnN0IHJlcXVlc3QgPSB7IG1vZGVsOiBNT0RFTCwgcHJvbXB0OiAnV3JpdGUgNDAgd29yZHMuJyB9O1xuICAgICAgY29uc3QgZmlyc3QgPSBhd2FpdCBzZXJ2aWNlLmdlbmVyYXRlVGV4dChyZXF1ZXN0KTtcbiAgICAgIGxldCBzaG93biA9ICcnO1xuICAgICAgY29uc3Qgc2Vjb25kID0gYXdhaXQgc2VydmljZS5nZW5lcmF0ZVRleHQocmVxdWVzdCwgeyBvblRleHQ6IChfZCwgc29GYXIpID0+IChzaG93biA9IHNvRmFyKSB9KTtcbiAgICAgIGFzc2VydC5lcXVhbChzZWNvbmQuZnJvbUNhY2hlLCB0cnVlKTtcbiAgICAgIGFzc2VydC5lcXVhbChzZWNvbmQudGV4dCwgZmlyc3QudGV4dCk7XG4gICAgICBhc3NlcnQuZXF1YWwoc2hvd24sIGZpcnN0LnRleHQsICd0aGUgY2FjaGVkIHRleHQgaXMgc3RpbGwgcmVwb3J0ZWQgdG8gb25UZXh0Jyk7XG4gICAgICBhc3NlcnQuZXF1YWwoZ2VuZXJhdGVSZXF1ZXN0cyhzZXJ2ZXIpLmxlbmd0aCwgMSk7XG4gICAgICBjb25zdCBzdGF0cyA9IHNlcnZpY2UuZ2V0U3RhdGlzdGljcygpO1xuICAgICAgYXNzZXJ0LmVxdWFsKHN0YXRzLmNhY2hlSGl0cywgMSk7XG4gICAgICBhc3NlcnQuZXF1YWwoc3RhdHMuY2FjaGVNaXNzZXMsIDEpO1xuICAgICAgYXNzZXJ0LmVxdWFsKHN0YXRzLmNhY2hlSGl0UmF0ZSwgMC41KTtcbiAgICAgIGFzc2VydC5lcXVhbChzdGF0cy5jYWNoZUVudHJpZXMsIDEpO1xuICAgICAgYXNzZXJ0Lm9rKHN0YXRzLmNhY2hlQnl0ZXMgPiBmaXJzdC50ZXh0Lmxlbmd0aCk7XG4gICAgfSk7XG5cbiAgICBpdCgnYnlwYXNzQ2FjaGUgY2FsbHMgR2VtaW5pIGFnYWluIGFuZCBzdG9yZXMgdGhlIGZyZXNoIHJlcGx5JywgYXN5bmMgKCkgPT4ge1xuICAgICAgY29uc3QgeyBzZXJ2aWNlIH0gPSBtYWtlKCk7XG4gICAgICBjb25zdCByZXF1ZXN0ID0geyBtb2RlbDogTU9ERUwsIHByb21wdDogJ1dyaXRlIDQwIHdvcmRzLicgfTtcbiAgICAgIGF3YWl0IHNlcnZpY2UuZ2VuZXJhdGVUZXh0KHJlcXVlc3QpO1xuICAgICAgc2VydmVyLnNjcmlwdCh7IGtpbmQ6ICd0ZXh0JywgdGV4dDogJ0EgZnJlc2ggcmVwbHkuJyB9KTtcbiAgICAgIGNvbnN0IGZyZXNoID0gYXdhaXQgc2VydmljZS5nZW5lcmF0ZVRleHQocmVxdWVzdCwgeyBieXBhc3NDYWNoZTogdHJ1ZSB9KTtcbiAgICAgIGFzc2VydC5lcXVhbChmcmVzaC50ZXh0LCAnQSBmcmVzaCByZXBseS4nKTtcbiAgICAgIGNvbnN0IGNhY2hlZCA9IGF3YWl0IHNlcnZpY2UuZ2VuZXJhdGVUZXh0KHJlcXVlc3QpO1xuICAgICAgYXNzZXJ0LmVxdWFsKGNhY2hlZC5mcm9tQ2FjaGUsIHRydWUpO1xuICAgICAgYXNzZXJ0LmVxdWFsKGNhY2hlZC50ZXh0LCAnQSBmcmVzaCByZXBseS4nKTtcbiAgICAgIGFzc2VydC5lcXVhbChnZW5lcmF0ZVJlcXVlc3RzKHNlcnZlcikubGVuZ3RoLCAyKTtcbiAgICB9KTtcblxuICAgIGl0KCdzaGFyZXMgb25lIEFQSSBjYWxsIGFtb25nIGlkZW50aWNhbCBjb25jdXJyZW50IHJlcXVlc3RzJywgYXN5bmMgKCkgPT4ge1xuICAgICAgc2VydmVyLnNldE9wdGlvbnMoeyB0dGZ0TXM6IDUwIH0pO1xuICAgICAgdHJ5IHtcbiAgICAgICAgY29uc3QgeyBzZXJ2aWNlIH0gPSBtYWtlKCk7XG4gICAgICAgIGNvbnN0IHJlcXVlc3QgPSB7IG1vZGVsOiBNT0RFTCwgcHJvbXB0OiAnV3JpdGUgMzAgd29yZHMuJyB9O1xuICAgICAgICBjb25zdCByZXN1bHRzID0gYXdhaXQgUHJvbWlzZS5hbGwoQXJyYXkuZnJvbSh7IGxlbmd0aDogNSB9LCAoKSA9PiBzZXJ2aWNlLmdlbmVyYXRlVGV4dChyZXF1ZXN0KSkpO1xuICAgICAgICBhc3NlcnQuZXF1YWwoZ2VuZXJhdGVSZXF1ZXN0cyhzZXJ2ZXIpLmxlbmd0aCwgMSk7XG4gICAgICAgIGFzc2VydC5vayhyZXN1bHRzLmV2ZXJ5KChyKSA9PiByLnRleHQgPT09IHJlc3VsdHNbMF0hLnRleHQpKTtcbiAgICAgICAgYXNzZXJ0LmVxdWFsKHJlc3VsdHMuZmlsdGVyKChyKSA9PiAhci5mcm9tQ2FjaGUpLmxlbmd0aCwgMSk7XG4gICAgICAgIGNvbnN0IHN0YXRzID0gc2VydmljZS5nZXRTdGF0aXN0aWNzKCk7XG4gICAgICAgIGFzc2VydC5lcXVhbChzdGF0cy5yZXF1ZXN0cywgNSk7XG4gICAgICAgIGFzc2VydC5lcXVhbChzdGF0cy5hcGlDYWxscywgMSk7XG4gICAgICAgIGFzc2VydC5lcXVhbChzdGF0cy5jYWNoZUhpdHMsIDQpO1xuICAgICAgfSBmaW5hbGx5IHtcbiAgICAgICAgc2VydmVyLnNldE9wdGlvbnMoeyB0dGZ0TXM6IDAgfSk7XG4gICAgICB9XG4gICAgfSk7XG5cbiAgICBpdCgnZG9lcyBub3QgY2FjaGUgd2hlbiB0aGUgY2FjaGUgaXMgZGlzYWJsZWQnLCBhc3luYyAoKSA9PiB7XG4gICAgICBjb25zdCB7IHNlcnZpY2UgfSA9IG1ha2UoeyBzZXR0aW5nczogeyAnY2FjaGUuZW5hYmxlZCc6IGZhbHNlIH0gfSk7XG4gICAgICBjb25zdCByZXF1ZXN0ID0geyBtb2RlbDogTU9ERUwsIHByb21wdDogJ1dyaXRlIDEwIHdvcmRzLicgfTtcbiAgICAgIGF3YWl0IHNlcnZpY2UuZ2VuZXJhdGVUZXh0KHJlcXVlc3QpO1xuICAgICAgYXdhaXQgc2VydmljZS5nZW5lcmF0ZVRleHQocmVxdWVzdCk7XG4gICAgICBhc3NlcnQuZXF1YWwoZ2VuZXJhdGVSZXF1ZXN0cyhzZXJ2ZXIpLmxlbmd0aCwgMik7XG4gICAgICBhc3NlcnQuZXF1YWwoc2VydmljZS5nZXRTdGF0aXN0aWNzKCkuY2FjaGVIaXRSYXRlLCAwKTtcbiAgICB9KTtcblxuICAgIGl0KCdwZXJzaXN0cyByZXBsaWVzIG9uIGRpc2sgZm9yIHRoZSBuZXh0IHNlc3Npb24sIGFuZCBjbGVhckNhY2hlIGVtcHRpZXMgYm90aCB0aWVycycsIGFzeW5jICgpID0+IHtcbiAgICAgIGNvbnN0IGRpciA9IGF3YWl0IG1rZHRlbXAoam9pbih0bXBkaXIoKSwgJ2dlbWluaS1zZXJ2aWNlLWNhY2hlLScpKTtcbiAgICAgIHRyeSB7XG4gICAgICAgIGNvbnN0IHJlcXVlc3QgPSB7IG1vZGVsOiBNT0RFTCwgcHJvbXB0OiAnV3JpdGUgMjUgd29yZHMuJyB9O1xuICAgICAgICBjb25zdCBmaXJzdCA9IG1ha2UoeyBjYWNoZURpcjogZGlyLCBzZXR0aW5nczogeyAnY2FjaGUucGVyc2lzdCc6IHRydWUgfSB9KS5zZXJ2aWNlO1xuICAgICAgICBjb25zdCBvcmlnaW5hbCA9IGF3YWl0IGZpcnN0LmdlbmVyYXRlVGV4dChyZXF1ZXN0KTtcbiAgICAgICAgYXdhaXQgZmlyc3QuZmx1c2goKTtcbiAgICAgICAgYXNzZXJ0LmVxdWFsKGZpcnN0LmdldFN0YXRpc3RpY3MoKS5kaXNrQ2FjaGVFbnRyaWVzLCAxKTtcblxuICAgICAgICBjb25zdCBzZWNvbmQgPSBtYWtlKHsgY2FjaGVEaXI6IGRpciwgc2V0dGluZ3M6IHsgJ2NhY2hlLnBlcnNpc3QnOiB0cnVlIH0gfSkuc2VydmljZTtcbiAgICAgICAgY29uc3QgcmVzdG9yZWQgPSBhd2FpdCBzZWNvbmQuZ2VuZXJhdGVUZXh0KHJlcXVlc3QpO1xuICAgICAgICBhc3NlcnQuZXF1YWwocmVzdG9yZWQuZnJvbUNhY2hlLCB0cnVlKTtcbiAgICAgICAgYXNzZXJ0LmVxdWFsKHJlc3RvcmVkLnRleHQsIG9yaWdpbmFsLnRleHQpO1xuICAgICAgICBhc3NlcnQuZXF1YWwoZ2VuZXJhdGVSZXF1ZXN0cyhzZXJ2ZXIpLmxlbmd0aCwgMSk7XG5cbiAgICAgICAgYXdhaXQgc2Vjb25kLmNsZWFyQ2FjaGUoKTtcbiAgICAgICAgY29uc3Qgc3RhdHMgPSBzZWNvbmQuZ2V0U3RhdGlzdGljcygpO1xuICAgICAgICBhc3NlcnQuZXF1YWwoc3RhdHMuY2FjaGVFbnRyaWVzICsgc3RhdHMuZGlza0NhY2hlRW50cmllcywgMCk7XG4gICAgICB9IGZpbmFsbHkge1xuICAgICAgICBhd2FpdCBybShkaXIsIHsgcmVjdXJzaXZlOiB0cnVlLCBmb3JjZTogdHJ1ZSB9KTtcbiAgICAgIH1cbiAgICB9KTtcbiAgfSk7XG5cbiAgZGVzY3JpYmUoJ2hlYWx0aCBjaGVjaycsICgpID0+IHtcbiAgICBpdCgncmVwb3J0cyBvayB3aXRoIHRoZSBkaXNwbGF5IG5hbWUnLCBhc3luYyAoKSA9PiB7XG4gICAgICBjb25zdCB7IHNlcnZpY2UgfSA9IG1ha2UoKTtcbiAgICAgIGFzc2VydC5kZWVwRXF1YWwoYXdhaXQgc2VydmljZS5jaGVja0hlYWx0aChNT0RFTCksIHsgc3RhdHVzOiAnb2snLCBtb2RlbDogTU9ERUwsIGRpc3BsYXlOYW1lOiAnR2VtaW5pIDIuNSBGbGFzaCcgfSk7XG4gICAgfSk7XG5cbiAgICBpdCgncmVwb3J0cyBhbiB1bmtub3duIG1vZGVsLCBhbiBpbnZhbGlkIGtleSwgYSBtaXNzaW5nIGtleSBhbmQgYW4gdW5yZWFjaGFibGUgc2VydmVyJywgYXN5bmMgKCkgPT4ge1xuICAgICAgY29uc3QgeyBzZXJ2aWNlIH0gPSBtYWtlKCk7XG4gICAgICBhc3NlcnQuZXF1YWwoKGF3YWl0IHNlcnZpY2UuY2hlY2tIZWFsdGgoJ2dlbWluaS05LjktZmxhc2gnKSkuc3RhdHVzLCAndW5rbm93bi1tb2RlbCcpO1xuICAgICAgYXNzZXJ0LmVxdWFsKChhd2FpdCBtYWtlKHsgYXBpS2V5OiAnd3Jvbmcta2V5LTQ1NicgfSkuc2VydmljZS5jaGVja0hlYWx0aChNT0RFTCkpLnN0YXR1cywgJ2ludmFsaWQta2V5Jyk7XG4gICAgICBjb25zdCBtaXNzaW5nID0gYXdhaXQgbWFrZSh7IGFwaUtleTogdW5kZWZpbmVkIH0pLnNlcnZpY2UuY2hlY2tIZWFsdGgoTU9ERUwpO1xuICAgICAgYXNzZXJ0LmVxdWFsKG1pc3Npbmcuc3RhdHVzLCAnaW52YWxpZC1rZXknKTtcbiAgICAgIGFzc2VydC5tYXRjaCgnbWVzc2FnZScgaW4gbWlzc2luZyA/IG1pc3NpbmcubWVzc2FnZSA6ICcnLCAvTm8gR2VtaW5pIEFQSSBrZXkgaXMgc2V0Lyk7XG5cbiAgICAgIGNvbnN0IGdvbmUgPSBhd2FpdCBzdGFydEZha2VHZW1pbmkoKTtcbiAgICAgIGNvbnN0IHVucmVhY2hhYmxlID0gc2VydmljZUZvcih7IHNlcnZlcjogZ29uZSB9KTtcbiAgICAgIHNlcnZpY2VzLnB1c2godW5yZWFjaGFibGUuc2VydmljZSk7XG4gICAgICBhd2FpdCBnb25lLnN0b3AoKTtcbiAgICAgIGFzc2VydC5lcXVhbCgoYXdhaXQgd2l0aGluKHVucmVhY2hhYmxlLnNlcnZpY2UuY2hlY2tIZWFsdGgoTU9ERUwpLCAxMF8wMDAsICdoZWFsdGggY2hlY2snKSkuc3RhdHVzLCAndW5yZWFjaGFibGUnKTtcbiAgICB9KTtcbiAgfSk7XG5cbiAgZGVzY3JpYmUoJ3NldHRpbmdzJywgKCkgPT4ge1xuICAgIGl0KCdhIG5ldyBhcGlCYXNlVXJsIHRha2VzIGVmZmVjdCB3aXRoIHRoZSBuZXh0IGNhbGwnLCBhc3luYyAoKSA9PiB7XG4gICAgICBjb25zdCBvdGhlciA9IGF3YWl0IHN0YXJ0RmFrZUdlbWluaSgpO1xuICAgICAgdHJ5IHtcbiAgICAgICAgY29uc3QgeyBzZXJ2aWNlIH0gPSBtYWtlKHsgc2V0dGluZ3M6IHsgJ2NhY2hlLmVuYWJsZWQnOiBmYWxzZSB9IH0pO1xuICAgICAgICBhd2FpdCBzZXJ2aWNlLmdlbmVyYXRlVGV4dCh7IG1vZGVsOiBNT0RFTCwgcHJvbXB0OiAnV3JpdGUgMyB3b3Jkcy4nIH0pO1xuICAgICAgICBzZXJ2aWNlLnVwZGF0ZVNldHRpbmdzKHRlc3RTZXR0aW5ncyhvdGhlciwgeyAnY2FjaGUuZW5hYmxlZCc6IGZhbHNlIH0pKTtcbiAgICAgICAgYXdhaXQgc2VydmljZS5nZW5lcmF0ZVRleHQoeyBtb2RlbDogTU9ERUwsIHByb21wdDogJ1dyaXRlIDMgd29yZHMuJyB9KTtcbiAgICAgICAgYXNzZXJ0LmVxdWFsKGdlbmVyYXRlUmVxdWVzdHMoc2VydmVyKS5sZW5ndGgsIDEpO1xuICAgICAgICBhc3NlcnQuZXF1YWwoZ2VuZXJhdGVSZXF1ZXN0cyhvdGhlcikubGVuZ3RoLCAxKTtcbiAgICAgIH0gZmluYWxseSB7XG4gICAgICAgIGF3YWl0IG90aGVyLnN0b3AoKTtcbiAgICAgIH1cbiAgICB9KTtcbiAgfSk7XG59KTtcbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUEsYUFBd0I7QUFDeEIsc0JBQTRCO0FBQzVCLHFCQUF1QjtBQUN2Qix1QkFBcUI7QUFDckIsaUJBQWtCO0FBQ2xCLG9CQUE0QjtBQUU1Qix3QkFBK0Q7QUFDL0QsNEJBQW1FO0FBRW5FLE1BQU0sUUFBUTtBQUVkLFNBQVMsbURBQW1ELFdBQVk7QUFDdEUsT0FBSyxRQUFRLElBQU07QUFDbkIsTUFBSTtBQUNKLFFBQU0sV0FBNEIsQ0FBQztBQUVuQyxRQUFNLE9BQU8sQ0FBQyxRQUEwQyxDQUFDLE1BQU07QUFDN0QsVUFBTSxXQUFPLGtDQUFXLEVBQUUsUUFBUSxHQUFHLE1BQU0sQ0FBQztBQUM1QyxhQUFTLEtBQUssS0FBSyxPQUFPO0FBQzFCLFdBQU87QUFBQSxFQUNUO0FBRUEsU0FBTyxZQUFZO0FBQ2pCLGFBQVMsVUFBTSxtQ0FBZ0I7QUFBQSxFQUNqQyxDQUFDO0FBRUQsWUFBVSxZQUFZO0FBQ3BCLFdBQU8sTUFBTTtBQUNiLFVBQU0sUUFBUSxJQUFJLFNBQVMsT0FBTyxDQUFDLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxRQUFRLENBQUMsQ0FBQztBQUFBLEVBQzlELENBQUM7QUFFRCxRQUFNLFlBQVk7QUFDaEIsVUFBTSxPQUFPLEtBQUs7QUFBQSxFQUNwQixDQUFDO0FBRUQsV0FBUyxRQUFRLE1BQU07QUFDckIsT0FBRyxzRUFBc0UsWUFBWTtBQUNuRixZQUFNLEVBQUUsUUFBUSxJQUFJLEtBQUs7QUFDekIsWUFBTSxTQUFtQixDQUFDO0FBQzFCLFlBQU0sU0FBUyxNQUFNLFFBQVE7QUFBQSxRQUMzQixFQUFFLE9BQU8sT0FBTyxRQUFRLHNDQUFzQyxtQkFBbUIsc0JBQXNCO0FBQUEsUUFDdkcsRUFBRSxRQUFRLENBQUMsVUFBVSxPQUFPLEtBQUssS0FBSyxFQUFFO0FBQUEsTUFDMUM7QUFDQSxhQUFPLEdBQUcsT0FBTyxTQUFTLEdBQUcsZ0JBQWdCO0FBQzdDLGFBQU8sTUFBTSxPQUFPLEtBQUssRUFBRSxHQUFHLE9BQU8sSUFBSTtBQUN6QyxhQUFPLE1BQU0sT0FBTyxLQUFLLE1BQU0sS0FBSyxFQUFFLE9BQU8sT0FBTyxFQUFFLFFBQVEsRUFBRTtBQUNoRSxhQUFPLE1BQU0sT0FBTyxjQUFjLE1BQU07QUFDeEMsYUFBTyxNQUFNLE9BQU8sV0FBVyxLQUFLO0FBQ3BDLGFBQU8sTUFBTSxPQUFPLFdBQVcsS0FBSztBQUNwQyxhQUFPLEdBQUcsT0FBTyxNQUFNLGVBQWUsS0FBSyxPQUFPLE1BQU0sZUFBZSxDQUFDO0FBQ3hFLFlBQU0sQ0FBQyxPQUFPLFFBQUksd0NBQWlCLE1BQU07QUFDekMsYUFBTyxNQUFNLFFBQVMsUUFBUSxJQUFJO0FBQ2xDLGFBQU8sTUFBTSxRQUFTLG1CQUFtQixxQkFBcUI7QUFDOUQsYUFBTyxNQUFNLFFBQVMsY0FBYyxJQUFJO0FBQ3hDLGFBQU8sTUFBTSxRQUFTLFlBQVksS0FBSztBQUN2QyxZQUFNLFFBQVEsUUFBUSxjQUFjO0FBQ3BDLGFBQU8sTUFBTSxNQUFNLFVBQVUsQ0FBQztBQUM5QixhQUFPLE1BQU0sTUFBTSxVQUFVLENBQUM7QUFDOUIsYUFBTyxHQUFHLE1BQU0sWUFBWSxDQUFDO0FBQzdCLGFBQU8sR0FBRyxNQUFNLG1CQUFtQixPQUFPLENBQUM7QUFBQSxJQUM3QyxDQUFDO0FBRUQsT0FBRyw4RkFBOEYsWUFBWTtBQUMzRyxZQUFNLEVBQUUsUUFBUSxJQUFJLEtBQUssRUFBRSxVQUFVLEVBQUUsYUFBYSxLQUFLLGlCQUFpQixNQUFNLGdCQUFnQixHQUFHLEVBQUUsQ0FBQztBQUN0RyxZQUFNLFFBQVEsYUFBYSxFQUFFLE9BQU8sT0FBTyxRQUFRLGlCQUFpQixDQUFDO0FBQ3JFLFlBQU0sUUFBUSxhQUFhLEVBQUUsT0FBTyxPQUFPLFFBQVEsa0JBQWtCLGFBQWEsS0FBSyxnQkFBZ0IsSUFBSSxDQUFDO0FBQzVHLFlBQU0sQ0FBQyxPQUFPLE1BQU0sUUFBSSx3Q0FBaUIsTUFBTTtBQUMvQyxhQUFPLE1BQU0sTUFBTyxrQkFBa0IsYUFBYSxHQUFHO0FBQ3RELGFBQU8sTUFBTSxNQUFPLGtCQUFrQixpQkFBaUIsSUFBSTtBQUMzRCxhQUFPLE1BQU0sTUFBTyxrQkFBa0IsZ0JBQWdCLE1BQVM7QUFDL0QsYUFBTyxNQUFNLE9BQVEsa0JBQWtCLGFBQWEsR0FBRztBQUN2RCxhQUFPLFVBQVUsT0FBUSxrQkFBa0IsZ0JBQWdCLEVBQUUsZ0JBQWdCLElBQUksQ0FBQztBQUFBLElBQ3BGLENBQUM7QUFFRCxPQUFHLDZFQUE2RSxZQUFZO0FBQzFGLFlBQU0sRUFBRSxRQUFRLElBQUksS0FBSztBQUN6QixZQUFNLFVBQVUsRUFBRSxPQUFPLE9BQU8sUUFBUSxvQkFBb0IsaUJBQWlCLElBQUk7QUFDakYsWUFBTSxTQUFTLE1BQU0sUUFBUSxhQUFhLE9BQU87QUFDakQsYUFBTyxNQUFNLE9BQU8sV0FBVyxJQUFJO0FBQ25DLGFBQU8sTUFBTSxPQUFPLGNBQWMsWUFBWTtBQUM5QyxhQUFPLEdBQUcsT0FBTyxLQUFLLFNBQVMsQ0FBQztBQUNoQyxZQUFNLFFBQVEsYUFBYSxPQUFPO0FBQ2xDLGFBQU8sVUFBTSx3Q0FBaUIsTUFBTSxFQUFFLFFBQVEsR0FBRyxpQ0FBaUM7QUFBQSxJQUNwRixDQUFDO0FBQUEsRUFDSCxDQUFDO0FBRUQsV0FBUyxtQ0FBbUMsTUFBTTtBQUNoRCxVQUFNLFdBQStEO0FBQUEsTUFDbkUscUJBQXFCLEVBQUUsTUFBTSxtQkFBbUIsVUFBVSxFQUFFO0FBQUEsTUFDNUQseUJBQXlCLEVBQUUsTUFBTSxtQkFBbUIsVUFBVSxFQUFFO0FBQUEsTUFDaEUsc0JBQXNCLEVBQUUsTUFBTSxtQkFBbUIsVUFBVSxFQUFFO0FBQUEsTUFDN0QscUJBQXFCLEVBQUUsTUFBTSxtQkFBbUIsVUFBVSxFQUFFO0FBQUEsTUFDNUQsK0JBQStCLEVBQUUsTUFBTSxjQUFjLFVBQVUsRUFBRTtBQUFBLE1BQ2pFLHVCQUF1QixFQUFFLE1BQU0sUUFBUSxVQUFVLEVBQUU7QUFBQSxNQUNuRCx3QkFBd0IsRUFBRSxNQUFNLGVBQWUsVUFBVSxFQUFFO0FBQUEsTUFDM0QsdUJBQXVCLEVBQUUsTUFBTSxtQkFBbUIsVUFBVSxFQUFFO0FBQUEsTUFDOUQsWUFBWSxFQUFFLE1BQU0sZ0JBQWdCLFVBQVUsRUFBRTtBQUFBLE1BQ2hELCtCQUErQixFQUFFLE1BQU0sZ0JBQWdCLFVBQVUsRUFBRTtBQUFBLE1BQ25FLGVBQWUsRUFBRSxNQUFNLGVBQWUsVUFBVSxFQUFFO0FBQUEsTUFDbEQsNEJBQTRCLEVBQUUsTUFBTSxnQkFBZ0IsVUFBVSxFQUFFO0FBQUEsTUFDaEUsZ0JBQWdCLEVBQUUsTUFBTSxlQUFlLFVBQVUsRUFBRTtBQUFBLE1BQ25ELGtCQUFrQixFQUFFLE1BQU0sZUFBZSxVQUFVLEVBQUU7QUFBQSxJQUN2RDtBQUVBLGVBQVcsWUFBUSxnQ0FBYSxHQUFHO0FBQ2pDLFVBQUksU0FBUyxnQ0FBaUM7QUFDOUMsU0FBRyxHQUFHLElBQUksV0FBTSxTQUFTLElBQUksR0FBRyxRQUFRLEdBQUcsSUFBSSxZQUFZO0FBQ3pELGVBQU8sR0FBRyxTQUFTLElBQUksR0FBRyw4QkFBOEIsSUFBSSxFQUFFO0FBRTlELGNBQU0sRUFBRSxRQUFRLElBQUksS0FBSyxFQUFFLFVBQVUsRUFBRSxvQkFBb0IsRUFBRSxFQUFFLENBQUM7QUFDaEUsZUFBTyxPQUFPLEVBQUUsTUFBTSxXQUFXLEtBQUssR0FBRyxFQUFFLE1BQU0sV0FBVyxLQUFLLENBQUM7QUFDbEUsY0FBTSxRQUFRLE1BQU0sUUFBUSxhQUFhLEVBQUUsT0FBTyxPQUFPLFFBQVEsa0JBQWtCLENBQUMsRUFBRTtBQUFBLFVBQ3BGLE1BQU0sT0FBTyxLQUFLLG9CQUFvQjtBQUFBLFVBQ3RDLENBQUMsTUFBZTtBQUFBLFFBQ2xCO0FBQ0EsZUFBTyxHQUFHLGlCQUFpQiwyQkFBYSxPQUFPLEtBQUssQ0FBQztBQUNyRCxlQUFPLE1BQU0sTUFBTSxNQUFNLFNBQVMsSUFBSSxFQUFHLElBQUk7QUFDN0MsZUFBTyxNQUFNLE1BQU0sVUFBVSxTQUFTLElBQUksRUFBRyxRQUFRO0FBQ3JELGVBQU8sR0FBRyxNQUFNLFFBQVEsU0FBUyxNQUFNLENBQUMsTUFBTSxRQUFRLFNBQVMsT0FBTyxNQUFNLENBQUM7QUFDN0UsZUFBTyxNQUFNLFFBQVEsY0FBYyxFQUFFLGFBQWEsTUFBTSxJQUFJLEdBQUcsQ0FBQztBQUFBLE1BQ2xFLENBQUM7QUFBQSxJQUNIO0FBRUEsT0FBRyxnRUFBZ0UsWUFBWTtBQUM3RSxZQUFNLEVBQUUsUUFBUSxJQUFJLEtBQUs7QUFDekIsYUFBTyxPQUFPLEVBQUUsTUFBTSxXQUFXLE1BQU0sZ0NBQWdDLENBQUM7QUFDeEUsWUFBTSxTQUFTLE1BQU0sUUFBUSxhQUFhLEVBQUUsT0FBTyxPQUFPLFFBQVEsa0JBQWtCLENBQUM7QUFDckYsYUFBTyxNQUFNLE9BQU8sV0FBVyxJQUFJO0FBQ25DLGFBQU8sTUFBTSxPQUFPLE1BQU0sMENBQTBDO0FBQUEsSUFDdEUsQ0FBQztBQUFBLEVBQ0gsQ0FBQztBQUVELFdBQVMsMkJBQTJCLE1BQU07QUFDeEMsT0FBRyw4REFBOEQsWUFBWTtBQUMzRSxZQUFNLEVBQUUsUUFBUSxJQUFJLEtBQUssRUFBRSxVQUFVLEVBQUUsZ0JBQWdCLElBQUksaUJBQWlCLEtBQUssRUFBRSxDQUFDO0FBQ3BGLGFBQU8sT0FBTyxFQUFFLE1BQU0sV0FBVyxNQUFNLDhCQUE4QixDQUFDO0FBQ3RFLFlBQU0sU0FBUyxNQUFNLFFBQVEsYUFBYSxFQUFFLE9BQU8sT0FBTyxRQUFRLGtCQUFrQixDQUFDO0FBQ3JGLGFBQU8sTUFBTSxPQUFPLFdBQVcsS0FBSztBQUNwQyxZQUFNLENBQUMsT0FBTyxNQUFNLFFBQUksd0NBQWlCLE1BQU07QUFDL0MsYUFBTyxNQUFNLE1BQU8sa0JBQWtCLGdCQUFnQixNQUFTO0FBQy9ELGFBQU8sVUFBVSxPQUFRLGtCQUFrQixnQkFBZ0IsRUFBRSxnQkFBZ0IsRUFBRSxDQUFDO0FBQ2hGLGFBQU8sTUFBTSxPQUFRLGtCQUFrQixpQkFBaUIsSUFBSTtBQUM1RCxhQUFPLE1BQU0sUUFBUSxjQUFjLEVBQUUsU0FBUyxDQUFDO0FBQUEsSUFDakQsQ0FBQztBQUVELE9BQUcsbUVBQW1FLFlBQVk7QUFDaEYsWUFBTSxFQUFFLFFBQVEsSUFBSSxLQUFLLEVBQUUsVUFBVSxFQUFFLGlCQUFpQixJQUFPLEVBQUUsQ0FBQztBQUNsRSxhQUFPLE9BQU8sRUFBRSxNQUFNLFdBQVcsTUFBTSw4QkFBOEIsR0FBRyxFQUFFLE1BQU0sV0FBVyxNQUFNLDhCQUE4QixDQUFDO0FBQ2hJLFlBQU0sT0FBTyxRQUFRLFFBQVEsYUFBYSxFQUFFLE9BQU8sT0FBTyxRQUFRLElBQUksQ0FBQyxHQUFHLENBQUMsTUFBbUI7QUFDNUYsZUFBTyxNQUFNLEVBQUUsTUFBTSxZQUFZO0FBQ2pDLGVBQU8sTUFBTSxFQUFFLFNBQVMsd0VBQXdFO0FBQ2hHLGVBQU87QUFBQSxNQUNULENBQUM7QUFDRCxhQUFPLFVBQU0sd0NBQWlCLE1BQU0sRUFBRSxDQUFDLEVBQUcsa0JBQWtCLGlCQUFpQixPQUFPLGlCQUFpQjtBQUFBLElBQ3ZHLENBQUM7QUFBQSxFQUNILENBQUM7QUFFRCxXQUFTLFFBQVEsTUFBTTtBQUNyQixVQUFNLFVBQVUsYUFBRSxPQUFPO0FBQUEsTUFDdkIsT0FBTyxhQUFFLE9BQU87QUFBQSxNQUNoQixVQUFVLGFBQUUsTUFBTSxhQUFFLE9BQU8sRUFBRSxRQUFRLGFBQUUsT0FBTyxFQUFFLElBQUksR0FBRyxTQUFTLGFBQUUsT0FBTyxFQUFFLENBQUMsQ0FBQyxFQUFFLElBQUksQ0FBQztBQUFBLElBQ3RGLENBQUM7QUFFRCxPQUFHLHlEQUF5RCxZQUFZO0FBQ3RFLFlBQU0sRUFBRSxRQUFRLElBQUksS0FBSztBQUN6QixZQUFNLFNBQVMsTUFBTSxRQUFRLGFBQWEsRUFBRSxPQUFPLE9BQU8sUUFBUSxtQkFBbUIsR0FBRyxPQUFPO0FBQy9GLGFBQU8sTUFBTSxPQUFPLE9BQU8sTUFBTSxPQUFPLFFBQVE7QUFDaEQsYUFBTyxHQUFHLE9BQU8sTUFBTSxTQUFTLFVBQVUsQ0FBQztBQUMzQyxZQUFNLENBQUMsT0FBTyxRQUFJLHdDQUFpQixNQUFNO0FBQ3pDLGFBQU8sTUFBTSxRQUFTLGtCQUFrQixrQkFBa0Isa0JBQWtCO0FBQzVFLGFBQU8sT0FBTyxRQUFTLGtCQUFrQixvQkFBeUMsTUFBTSxRQUFRO0FBQUEsSUFDbEcsQ0FBQztBQUVELE9BQUcsMkVBQTJFLFlBQVk7QUFDeEYsWUFBTSxFQUFFLFFBQVEsSUFBSSxLQUFLO0FBQ3pCLGFBQU8sT0FBTyxFQUFFLE1BQU0sUUFBUSxNQUFNLDJDQUEyQyxDQUFDO0FBQ2hGLFVBQUksV0FBVztBQUNmLFlBQU0sU0FBUyxNQUFNLFFBQVEsYUFBYSxFQUFFLE9BQU8sT0FBTyxRQUFRLG1CQUFtQixHQUFHLFNBQVMsRUFBRSxXQUFXLE1BQU0sV0FBVyxDQUFDO0FBQ2hJLGFBQU8sR0FBRyxPQUFPLE1BQU0sU0FBUyxVQUFVLENBQUM7QUFDM0MsWUFBTSxDQUFDLEVBQUUsTUFBTSxRQUFJLHdDQUFpQixNQUFNO0FBQzFDLGFBQU8sTUFBTSxPQUFRLFlBQVksbUJBQW1CO0FBQ3BELGFBQU8sTUFBTSxPQUFRLFlBQVksZUFBZTtBQUNoRCxhQUFPLE1BQU0sT0FBUSxZQUFZLGdCQUFnQjtBQUNqRCxhQUFPLE1BQU0sVUFBVSxDQUFDO0FBRXhCLFlBQU0sUUFBUSxNQUFNLFFBQVEsYUFBYSxFQUFFLE9BQU8sT0FBTyxRQUFRLG1CQUFtQixHQUFHLE9BQU87QUFDOUYsYUFBTyxNQUFNLE1BQU0sV0FBVyxJQUFJO0FBQ2xDLGFBQU8sVUFBVSxNQUFNLE9BQU8sT0FBTyxLQUFLO0FBQzFDLGFBQU8sVUFBTSx3Q0FBaUIsTUFBTSxFQUFFLFFBQVEsQ0FBQztBQUFBLElBQ2pELENBQUM7QUFFRCxPQUFHLDRDQUE0QyxZQUFZO0FBQ3pELFlBQU0sRUFBRSxRQUFRLElBQUksS0FBSztBQUN6QixhQUFPLE9BQU8sRUFBRSxNQUFNLFFBQVEsTUFBTSxzRUFBc0UsQ0FBQztBQUMzRyxZQUFNLFNBQVMsTUFBTSxRQUFRLGFBQWEsRUFBRSxPQUFPLE9BQU8sUUFBUSxXQUFXLEdBQUcsT0FBTztBQUN2RixhQUFPLE1BQU0sT0FBTyxNQUFNLE9BQU8sR0FBRztBQUNwQyxhQUFPLFVBQU0sd0NBQWlCLE1BQU0sRUFBRSxRQUFRLENBQUM7QUFBQSxJQUNqRCxDQUFDO0FBRUQsT0FBRywwREFBMEQsWUFBWTtBQUN2RSxZQUFNLEVBQUUsUUFBUSxJQUFJLEtBQUs7QUFDekIsYUFBTyxPQUFPLEVBQUUsTUFBTSxRQUFRLE1BQU0sZUFBZSxHQUFHLEVBQUUsTUFBTSxRQUFRLE1BQU0sZUFBZSxDQUFDO0FBQzVGLFlBQU0sT0FBTyxRQUFRLFFBQVEsYUFBYSxFQUFFLE9BQU8sT0FBTyxRQUFRLFdBQVcsR0FBRyxPQUFPLEdBQUcsQ0FBQyxNQUFtQjtBQUM1RyxlQUFPLE1BQU0sRUFBRSxNQUFNLGNBQWM7QUFDbkMsZUFBTyxNQUFNLEVBQUUsVUFBVSxDQUFDO0FBQzFCLGVBQU8sTUFBTSxFQUFFLFNBQVMsK0JBQStCO0FBQ3ZELGVBQU8sTUFBTSxFQUFFLGFBQWEsY0FBYztBQUMxQyxlQUFPO0FBQUEsTUFDVCxDQUFDO0FBQ0QsYUFBTyxNQUFNLFFBQVEsY0FBYyxFQUFFLGFBQWEsY0FBYyxHQUFHLENBQUM7QUFBQSxJQUN0RSxDQUFDO0FBQUEsRUFDSCxDQUFDO0FBRUQsV0FBUyxTQUFTLE1BQU07QUFDdEIsT0FBRyxnRUFBZ0UsWUFBWTtBQUM3RSxZQUFNLEVBQUUsUUFBUSxJQUFJLEtBQUs7QUFDekIsWUFBTSxVQUFVLEVBQUUsT0FBTyxPQUFPLFFBQVEsa0JBQWtCO0FBQzFELFlBQU0sUUFBUSxNQUFNLFFBQVEsYUFBYSxPQUFPO0FBQ2hELFVBQUksUUFBUTtBQUNaLFlBQU0sU0FBUyxNQUFNLFFBQVEsYUFBYSxTQUFTLEVBQUUsUUFBUSxDQUFDLElBQUksVUFBVyxRQUFRLE1BQU8sQ0FBQztBQUM3RixhQUFPLE1BQU0sT0FBTyxXQUFXLElBQUk7QUFDbkMsYUFBTyxNQUFNLE9BQU8sTUFBTSxNQUFNLElBQUk7QUFDcEMsYUFBTyxNQUFNLE9BQU8sTUFBTSxNQUFNLDZDQUE2QztBQUM3RSxhQUFPLFVBQU0sd0NBQWlCLE1BQU0sRUFBRSxRQUFRLENBQUM7QUFDL0MsWUFBTSxRQUFRLFFBQVEsY0FBYztBQUNwQyxhQUFPLE1BQU0sTUFBTSxXQUFXLENBQUM7QUFDL0IsYUFBTyxNQUFNLE1BQU0sYUFBYSxDQUFDO0FBQ2pDLGFBQU8sTUFBTSxNQUFNLGNBQWMsR0FBRztBQUNwQyxhQUFPLE1BQU0sTUFBTSxjQUFjLENBQUM7QUFDbEMsYUFBTyxHQUFHLE1BQU0sYUFBYSxNQUFNLEtBQUssTUFBTTtBQUFBLElBQ2hELENBQUM7QUFFRCxPQUFHLDZEQUE2RCxZQUFZO0FBQzFFLFlBQU0sRUFBRSxRQUFRLElBQUksS0FBSztBQUN6QixZQUFNLFVBQVUsRUFBRSxPQUFPLE9BQU8sUUFBUSxrQkFBa0I7QUFDMUQsWUFBTSxRQUFRLGFBQWEsT0FBTztBQUNsQyxhQUFPLE9BQU8sRUFBRSxNQUFNLFFBQVEsTUFBTSxpQkFBaUIsQ0FBQztBQUN0RCxZQUFNLFFBQVEsTUFBTSxRQUFRLGFBQWEsU0FBUyxFQUFFLGFBQWEsS0FBSyxDQUFDO0FBQ3ZFLGFBQU8sTUFBTSxNQUFNLE1BQU0sZ0JBQWdCO0FBQ3pDLFlBQU0sU0FBUyxNQUFNLFFBQVEsYUFBYSxPQUFPO0FBQ2pELGFBQU8sTUFBTSxPQUFPLFdBQVcsSUFBSTtBQUNuQyxhQUFPLE1BQU0sT0FBTyxNQUFNLGdCQUFnQjtBQUMxQyxhQUFPLFVBQU0sd0NBQWlCLE1BQU0sRUFBRSxRQUFRLENBQUM7QUFBQSxJQUNqRCxDQUFDO0FBRUQsT0FBRywyREFBMkQsWUFBWTtBQUN4RSxhQUFPLFdBQVcsRUFBRSxRQUFRLEdBQUcsQ0FBQztBQUNoQyxVQUFJO0FBQ0YsY0FBTSxFQUFFLFFBQVEsSUFBSSxLQUFLO0FBQ3pCLGNBQU0sVUFBVSxFQUFFLE9BQU8sT0FBTyxRQUFRLGtCQUFrQjtBQUMxRCxjQUFNLFVBQVUsTUFBTSxRQUFRLElBQUksTUFBTSxLQUFLLEVBQUUsUUFBUSxFQUFFLEdBQUcsTUFBTSxRQUFRLGFBQWEsT0FBTyxDQUFDLENBQUM7QUFDaEcsZUFBTyxVQUFNLHdDQUFpQixNQUFNLEVBQUUsUUFBUSxDQUFDO0FBQy9DLGVBQU8sR0FBRyxRQUFRLE1BQU0sQ0FBQyxNQUFNLEVBQUUsU0FBUyxRQUFRLENBQUMsRUFBRyxJQUFJLENBQUM7QUFDM0QsZUFBTyxNQUFNLFFBQVEsT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLFNBQVMsRUFBRSxRQUFRLENBQUM7QUFDMUQsY0FBTSxRQUFRLFFBQVEsY0FBYztBQUNwQyxlQUFPLE1BQU0sTUFBTSxVQUFVLENBQUM7QUFDOUIsZUFBTyxNQUFNLE1BQU0sVUFBVSxDQUFDO0FBQzlCLGVBQU8sTUFBTSxNQUFNLFdBQVcsQ0FBQztBQUFBLE1BQ2pDLFVBQUU7QUFDQSxlQUFPLFdBQVcsRUFBRSxRQUFRLEVBQUUsQ0FBQztBQUFBLE1BQ2pDO0FBQUEsSUFDRixDQUFDO0FBRUQsT0FBRyw2Q0FBNkMsWUFBWTtBQUMxRCxZQUFNLEVBQUUsUUFBUSxJQUFJLEtBQUssRUFBRSxVQUFVLEVBQUUsaUJBQWlCLE1BQU0sRUFBRSxDQUFDO0FBQ2pFLFlBQU0sVUFBVSxFQUFFLE9BQU8sT0FBTyxRQUFRLGtCQUFrQjtBQUMxRCxZQUFNLFFBQVEsYUFBYSxPQUFPO0FBQ2xDLFlBQU0sUUFBUSxhQUFhLE9BQU87QUFDbEMsYUFBTyxVQUFNLHdDQUFpQixNQUFNLEVBQUUsUUFBUSxDQUFDO0FBQy9DLGFBQU8sTUFBTSxRQUFRLGNBQWMsRUFBRSxjQUFjLENBQUM7QUFBQSxJQUN0RCxDQUFDO0FBRUQsT0FBRyxvRkFBb0YsWUFBWTtBQUNqRyxZQUFNLE1BQU0sVUFBTSw2QkFBUSwyQkFBSyx1QkFBTyxHQUFHLHVCQUF1QixDQUFDO0FBQ2pFLFVBQUk7QUFDRixjQUFNLFVBQVUsRUFBRSxPQUFPLE9BQU8sUUFBUSxrQkFBa0I7QUFDMUQsY0FBTSxRQUFRLEtBQUssRUFBRSxVQUFVLEtBQUssVUFBVSxFQUFFLGlCQUFpQixLQUFLLEVBQUUsQ0FBQyxFQUFFO0FBQzNFLGNBQU0sV0FBVyxNQUFNLE1BQU0sYUFBYSxPQUFPO0FBQ2pELGNBQU0sTUFBTSxNQUFNO0FBQ2xCLGVBQU8sTUFBTSxNQUFNLGNBQWMsRUFBRSxrQkFBa0IsQ0FBQztBQUV0RCxjQUFNLFNBQVMsS0FBSyxFQUFFLFVBQVUsS0FBSyxVQUFVLEVBQUUsaUJBQWlCLEtBQUssRUFBRSxDQUFDLEVBQUU7QUFDNUUsY0FBTSxXQUFXLE1BQU0sT0FBTyxhQUFhLE9BQU87QUFDbEQsZUFBTyxNQUFNLFNBQVMsV0FBVyxJQUFJO0FBQ3JDLGVBQU8sTUFBTSxTQUFTLE1BQU0sU0FBUyxJQUFJO0FBQ3pDLGVBQU8sVUFBTSx3Q0FBaUIsTUFBTSxFQUFFLFFBQVEsQ0FBQztBQUUvQyxjQUFNLE9BQU8sV0FBVztBQUN4QixjQUFNLFFBQVEsT0FBTyxjQUFjO0FBQ25DLGVBQU8sTUFBTSxNQUFNLGVBQWUsTUFBTSxrQkFBa0IsQ0FBQztBQUFBLE1BQzdELFVBQUU7QUFDQSxrQkFBTSxvQkFBRyxLQUFLLEVBQUUsV0FBVyxNQUFNLE9BQU8sS0FBSyxDQUFDO0FBQUEsTUFDaEQ7QUFBQSxJQUNGLENBQUM7QUFBQSxFQUNILENBQUM7QUFFRCxXQUFTLGdCQUFnQixNQUFNO0FBQzdCLE9BQUcsb0NBQW9DLFlBQVk7QUFDakQsWUFBTSxFQUFFLFFBQVEsSUFBSSxLQUFLO0FBQ3pCLGFBQU8sVUFBVSxNQUFNLFFBQVEsWUFBWSxLQUFLLEdBQUcsRUFBRSxRQUFRLE1BQU0sT0FBTyxPQUFPLGFBQWEsbUJBQW1CLENBQUM7QUFBQSxJQUNwSCxDQUFDO0FBRUQsT0FBRyxxRkFBcUYsWUFBWTtBQUNsRyxZQUFNLEVBQUUsUUFBUSxJQUFJLEtBQUs7QUFDekIsYUFBTyxPQUFPLE1BQU0sUUFBUSxZQUFZLGtCQUFrQixHQUFHLFFBQVEsZUFBZTtBQUNwRixhQUFPLE9BQU8sTUFBTSxLQUFLLEVBQUUsUUFBUSxnQkFBZ0IsQ0FBQyxFQUFFLFFBQVEsWUFBWSxLQUFLLEdBQUcsUUFBUSxhQUFhO0FBQ3ZHLFlBQU0sVUFBVSxNQUFNLEtBQUssRUFBRSxRQUFRLE9BQVUsQ0FBQyxFQUFFLFFBQVEsWUFBWSxLQUFLO0FBQzNFLGFBQU8sTUFBTSxRQUFRLFFBQVEsYUFBYTtBQUMxQyxhQUFPLE1BQU0sYUFBYSxVQUFVLFFBQVEsVUFBVSxJQUFJLDBCQUEwQjtBQUVwRixZQUFNLE9BQU8sVUFBTSxtQ0FBZ0I7QUFDbkMsWUFBTSxrQkFBYyxrQ0FBVyxFQUFFLFFBQVEsS0FBSyxDQUFDO0FBQy9DLGVBQVMsS0FBSyxZQUFZLE9BQU87QUFDakMsWUFBTSxLQUFLLEtBQUs7QUFDaEIsYUFBTyxPQUFPLFVBQU0sOEJBQU8sWUFBWSxRQUFRLFlBQVksS0FBSyxHQUFHLEtBQVEsY0FBYyxHQUFHLFFBQVEsYUFBYTtBQUFBLElBQ25ILENBQUM7QUFBQSxFQUNILENBQUM7QUFFRCxXQUFTLFlBQVksTUFBTTtBQUN6QixPQUFHLG9EQUFvRCxZQUFZO0FBQ2pFLFlBQU0sUUFBUSxVQUFNLG1DQUFnQjtBQUNwQyxVQUFJO0FBQ0YsY0FBTSxFQUFFLFFBQVEsSUFBSSxLQUFLLEVBQUUsVUFBVSxFQUFFLGlCQUFpQixNQUFNLEVBQUUsQ0FBQztBQUNqRSxjQUFNLFFBQVEsYUFBYSxFQUFFLE9BQU8sT0FBTyxRQUFRLGlCQUFpQixDQUFDO0FBQ3JFLGdCQUFRLG1CQUFlLG9DQUFhLE9BQU8sRUFBRSxpQkFBaUIsTUFBTSxDQUFDLENBQUM7QUFDdEUsY0FBTSxRQUFRLGFBQWEsRUFBRSxPQUFPLE9BQU8sUUFBUSxpQkFBaUIsQ0FBQztBQUNyRSxlQUFPLFVBQU0sd0NBQWlCLE1BQU0sRUFBRSxRQUFRLENBQUM7QUFDL0MsZUFBTyxVQUFNLHdDQUFpQixLQUFLLEVBQUUsUUFBUSxDQUFDO0FBQUEsTUFDaEQsVUFBRTtBQUNBLGNBQU0sTUFBTSxLQUFLO0FBQUEsTUFDbkI7QUFBQSxJQUNGLENBQUM7QUFBQSxFQUNILENBQUM7QUFDSCxDQUFDOyIsCiAgIm5hbWVzIjogW10KfQo=
