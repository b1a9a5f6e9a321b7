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
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var import_genai = require("@google/genai");
var import_errorClassifier = require("../../../src/gemini/errorClassifier");
var import_errors = require("../../../src/gemini/errors");
var import_streamAttempt = require("../../../src/gemini/streamAttempt");
var import_fakeClock = require("./fakeClock");
const FIXTURES = (0, import_node_path.resolve)(__dirname, "../../../../test/fixtures/gemini");
function fixture(name) {
  return JSON.parse((0, import_node_fs.readFileSync)((0, import_node_path.join)(FIXTURES, `${name}.json`), "utf8"));
}
function sdkError(f) {
  return new import_genai.ApiError({ message: JSON.stringify(f.body), status: f.statusCode });
}
function clientStreaming(...chunks) {
  return {
    async generateStream() {
      return (async function* () {
        yield* chunks;
      })();
    },
    async getModel() {
      return {};
    }
  };
}
async function attemptWith(chunks) {
  const progress = (0, import_streamAttempt.newProgress)();
  const run = (0, import_streamAttempt.streamAttempt)({
    client: clientStreaming(...chunks),
    params: { model: "gemini-2.5-flash", prompt: "p", config: {} },
    clock: new import_fakeClock.FakeClock(),
    context: { model: "gemini-2.5-flash", timeoutMs: 6e4 },
    progress
  });
  return run;
}
const context = { model: "gemini-2.5-flash", apiKey: "AIzaSECRETKEY123" };
const ERROR_EXPECTATIONS = {
  "400-api-key-invalid": { kind: "auth", exitCode: 3, retryable: false, reason: "API_KEY_INVALID", message: /Set API Key.*GEMINI_API_KEY/ },
  "400-invalid-argument": { kind: "bad-request", exitCode: 2, retryable: false, message: /generation_config\.temperature/ },
  "404-model-not-found": { kind: "model-not-found", exitCode: 2, retryable: false, message: /"gemini-2\.5-flash".*storyWriter\.model.*stageModels/ },
  "429-bare": { kind: "rate-limited", exitCode: 6, retryable: true, message: /per-minute rate limit/ },
  "429-input-tokens-per-minute": { kind: "rate-limited", exitCode: 6, retryable: true, retryAfterMs: 3e3, message: /wait 3 s/ },
  "429-per-day": { kind: "quota-daily", exitCode: 4, retryable: false, reason: "GenerateRequestsPerDayPerProjectPerModel-FreeTier", message: /midnight Pacific time.*another model/ },
  "429-per-minute-retryinfo": { kind: "rate-limited", exitCode: 6, retryable: true, retryAfterMs: 2838, message: /wait 2\.8 s/ },
  "500-internal": { kind: "unavailable", exitCode: 6, retryable: true, message: /500: An internal error/ },
  "503-overloaded": { kind: "unavailable", exitCode: 6, retryable: true, message: /503: The model is overloaded/ }
};
const REPLY_EXPECTATIONS = {
  "200-finish-safety": { kind: "content-blocked", reason: "SAFETY", exitCode: 5 },
  "200-finish-recitation": { kind: "content-blocked", reason: "RECITATION", exitCode: 5 },
  "200-prompt-blocked": { kind: "content-blocked", reason: "PROHIBITED_CONTENT", exitCode: 5 },
  "200-no-candidates": { kind: "content-blocked", reason: "NO_CANDIDATES", exitCode: 5 },
  "200-finish-max-tokens-empty": { kind: "max-tokens", reason: "MAX_TOKENS" },
  "200-finish-max-tokens-partial": { kind: "truncated" }
};
describe("error classification", () => {
  it("has an expectation for every fixture file", () => {
    const names = (0, import_node_fs.readdirSync)(FIXTURES).filter((n) => n.endsWith(".json")).map((n) => n.slice(0, -5));
    assert.ok(names.length >= 15, `fixtures found in ${FIXTURES}`);
    for (const name of names) assert.ok(name in ERROR_EXPECTATIONS || name in REPLY_EXPECTATIONS, `no expectation for ${name}`);
  });
  for (const [name, expected] of Object.entries(ERROR_EXPECTATIONS)) {
    it(`classifies ${name}`, () => {
      const error = (0, import_errorClassifier.classifyError)(sdkError(fixture(name)), context);
      assert.ok(error instanceof import_errors.GeminiError);
      assert.equal(error.kind, expected.kind);
      assert.equal(error.exitCode, expected.exitCode);
      assert.equal(error.retryable, expected.retryable);
      assert.equal(error.status, fixture(name).statusCode);
      if (expected.retryAfterMs !== void 0) assert.equal(error.retryAfterMs, expected.retryAfterMs);
      if (expected.reason !== void 0) assert.equal(error.reason, expected.reason);
      assert.match(error.message, expected.message);
      assert.ok(!error.message.includes(context.apiKey));
    });
  }
  for (const [name, expected] of Object.entries(REPLY_EXPECTATIONS)) {
    it(`judges the 200 reply ${name}`, async () => {
      const body = fixture(name).body;
      if (expected.kind === "truncated") {
        const reply = await attemptWith([body]);
        assert.equal(reply.truncated, true);
        assert.equal(reply.finishReason, "MAX_TOKENS");
        assert.match(reply.text, /^The lighthouse keeper/);
        assert.equal(reply.usage.thinkingTokens, 1023);
        return;
      }
      await assert.rejects(attemptWith([body]), (error) => {
        assert.equal(error.kind, expected.kind);
        if (expected.reason) assert.equal(error.reason, expected.reason);
        if (expected.exitCode) assert.equal(error.exitCode, expected.exitCode);
        if (expected.kind === "content-blocked") assert.match(error.message, expected.reason === "NO_CANDIDATES" ? /no candidates/ : new RegExp(expected.reason));
        return true;
      });
    });
  }
  it("keeps the text of a RECITATION reply as partialText", async () => {
    await assert.rejects(attemptWith([fixture("200-finish-recitation").body]), (e) => {
      assert.equal(e.partialText, "It was the best of times, it was the worst of times,");
      return true;
    });
  });
  it("treats a stream that ends without a finishReason as cut (retryable)", async () => {
    await assert.rejects(attemptWith([{ candidates: [{ content: { parts: [{ text: "Once upon" }] } }] }]), (e) => {
      assert.equal(e.kind, "network");
      assert.equal(e.retryable, true);
      assert.equal(e.partialText, "Once upon");
      return true;
    });
  });
  it("ignores thought parts", async () => {
    const reply = await attemptWith([
      { candidates: [{ content: { parts: [{ text: "thinking\u2026", thought: true }, { text: "Hello" }] } }] },
      { candidates: [{ content: { parts: [{ text: " world" }] }, finishReason: "STOP" }] }
    ]);
    assert.equal(reply.text, "Hello world");
  });
  it('classifies an error event inside an SSE stream (the SDK prefixes "got status:")', () => {
    const body = fixture("503-overloaded").body;
    const error = (0, import_errorClassifier.classifyError)(new import_genai.ApiError({ message: `got status: UNAVAILABLE. ${JSON.stringify(body)}`, status: 503 }), context);
    assert.equal(error.kind, "unavailable");
    assert.equal(error.retryable, true);
  });
  it("classifies the 404 that Gemini delivered over SSE (from a real recording)", () => {
    const event = {
      error: {
        code: 404,
        details: [{ "@type": "type.googleapis.com/google.rpc.DebugInfo", detail: "[ORIGINAL ERROR] generic::not_found: \u2026" }],
        message: "models/custom-gemini-2.0-flash is not found for API version v1beta, or is not supported for generateContent.",
        status: "NOT_FOUND"
      }
    };
    const error = (0, import_errorClassifier.classifyError)(new import_genai.ApiError({ message: `got status: NOT_FOUND. ${JSON.stringify(event)}`, status: 404 }), {
      model: "custom-gemini-2.0-flash"
    });
    assert.equal(error.kind, "model-not-found");
    assert.match(error.message, /custom-gemini-2\.0-flash/);
  });
  it("treats 401 and 403 as auth, 408 as timeout, 502/504 as unavailable, other 4xx as bad request", () => {
    const status = (code) => (0, import_errorClassifier.classifyError)(new import_genai.ApiError({ message: JSON.stringify({ error: { code, message: "m", status: "X" } }), status: code }), context);
    assert.equal(status(401).kind, "auth");
    assert.equal(status(403).kind, "auth");
    assert.equal(status(408).kind, "timeout");
    assert.equal(status(408).retryable, true);
    assert.equal(status(502).kind, "unavailable");
    assert.equal(status(504).kind, "unavailable");
    assert.equal(status(501).kind, "unexpected");
    assert.equal(status(501).retryable, false);
    assert.equal(status(413).kind, "bad-request");
  });
  it("classifies network failures as retryable", () => {
    const fetchFailed = new TypeError("fetch failed", { cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), { code: "ECONNREFUSED" }) });
    const terminated = new TypeError("terminated", { cause: Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" }) });
    const reset = Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" });
    for (const e of [fetchFailed, terminated, reset]) {
      const c = (0, import_errorClassifier.classifyError)(e, context);
      assert.equal(c.kind, "network", String(e));
      assert.equal(c.retryable, true);
      assert.equal(c.exitCode, 6);
    }
  });
  it("classifies a garbled stream as retryable and anything else as unexpected", () => {
    assert.equal((0, import_errorClassifier.classifyError)(new SyntaxError("Unexpected token } in JSON"), context).kind, "unavailable");
    assert.equal((0, import_errorClassifier.classifyError)(new Error("Incomplete JSON segment at the end"), context).retryable, true);
    const weird = (0, import_errorClassifier.classifyError)(new Error("something odd"), context);
    assert.equal(weird.kind, "unexpected");
    assert.equal(weird.exitCode, 1);
  });
  it("never lets the key into a message, even when the SDK echoes it", () => {
    const leaky = new import_genai.ApiError({
      message: JSON.stringify({ error: { code: 400, message: `Invalid request to https://x/models?key=${context.apiKey} with ${context.apiKey}`, status: "INVALID_ARGUMENT" } }),
      status: 400
    });
    const error = (0, import_errorClassifier.classifyError)(leaky, context);
    assert.ok(!error.message.includes(context.apiKey), error.message);
    assert.ok(!(0, import_errorClassifier.classifyError)(new Error(`boom ${context.apiKey}`), context).message.includes(context.apiKey));
  });
});
describe("advised delays", () => {
  it("parses protobuf durations, fractional included", () => {
    assert.equal((0, import_errorClassifier.parseDuration)("2.837906927s"), 2838);
    assert.equal((0, import_errorClassifier.parseDuration)("36s"), 36e3);
    assert.equal((0, import_errorClassifier.parseDuration)("0.2s"), 200);
    assert.equal((0, import_errorClassifier.parseDuration)({ seconds: 1, nanos: 5e8 }), 1500);
    assert.equal((0, import_errorClassifier.parseDuration)("soon"), void 0);
  });
  it('parses "Please retry in \u2026" in seconds and milliseconds', () => {
    assert.equal((0, import_errorClassifier.parseRetryIn)("Quota exceeded.\nPlease retry in 36.429760048s."), 36430);
    assert.equal((0, import_errorClassifier.parseRetryIn)("Please retry in 850.5ms"), 851);
    assert.equal((0, import_errorClassifier.parseRetryIn)("Please try again later."), void 0);
  });
  it("prefers RetryInfo over the message, and uses the message when RetryInfo is missing", () => {
    const withInfo = (0, import_errorClassifier.parseErrorBody)(JSON.stringify(fixture("429-per-minute-retryinfo").body));
    assert.equal((0, import_errorClassifier.advisedDelayMs)(withInfo, "Please retry in 9s"), 2838);
    const body = fixture("429-per-day").body;
    const withoutInfo = (0, import_errorClassifier.parseErrorBody)(JSON.stringify({ error: { ...body.error, details: [] } }));
    assert.equal((0, import_errorClassifier.advisedDelayMs)(withoutInfo, withoutInfo.message), 36430);
  });
});
describe("redact", () => {
  it("removes the key wherever it appears, and any ?key= value", () => {
    assert.equal((0, import_errors.redact)("a SECRET b SECRET", "SECRET"), "a [redacted] b [redacted]");
    assert.equal((0, import_errors.redact)("GET /v1beta/models?key=abc123&alt=sse"), "GET /v1beta/models?key=[redacted]&alt=sse");
    assert.equal((0, import_errors.redact)("x-goog-api-key: abc123"), "x-goog-api-key: [redacted]");
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC91bml0L2dlbWluaS9lcnJvckNsYXNzaWZpZXIudGVzdC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0ICogYXMgYXNzZXJ0IGZyb20gJ25vZGU6YXNzZXJ0L3N0cmljdCc7XG5pbXBvcnQgeyByZWFkZGlyU3luYywgcmVhZEZpbGVTeW5jIH0gZnJvbSAnbm9kZTpmcyc7XG5pbXBvcnQgeyBqb2luLCByZXNvbHZlIH0gZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCB7IEFwaUVycm9yIH0gZnJvbSAnQGdvb2dsZS9nZW5haSc7XG5pbXBvcnQge1xuICBhZHZpc2VkRGVsYXlNcyxcbiAgY2xhc3NpZnlFcnJvcixcbiAgcGFyc2VEdXJhdGlvbixcbiAgcGFyc2VFcnJvckJvZHksXG4gIHBhcnNlUmV0cnlJbixcbn0gZnJvbSAnLi4vLi4vLi4vc3JjL2dlbWluaS9lcnJvckNsYXNzaWZpZXInO1xuaW1wb3J0IHsgR2VtaW5pRXJyb3IsIHJlZGFjdCwgdHlwZSBHZW1pbmlFcnJvcktpbmQgfSBmcm9tICcuLi8uLi8uLi9zcmMvZ2VtaW5pL2Vycm9ycyc7XG5pbXBvcnQgdHlwZSB7IEdlbWluaUNsaWVudCwgUmVzcG9uc2VDaHVuayB9IGZyb20gJy4uLy4uLy4uL3NyYy9nZW1pbmkvc2RrQ2xpZW50JztcbmltcG9ydCB7IG5ld1Byb2dyZXNzLCBzdHJlYW1BdHRlbXB0IH0gZnJvbSAnLi4vLi4vLi4vc3JjL2dlbWluaS9zdHJlYW1BdHRlbXB0JztcbmltcG9ydCB7IEZha2VDbG9jayB9IGZyb20gJy4vZmFrZUNsb2NrJztcblxuY29uc3QgRklYVFVSRVMgPSByZXNvbHZlKF9fZGlybmFtZSwgJy4uLy4uLy4uLy4uL3Rlc3QvZml4dHVyZXMvZ2VtaW5pJyk7XG5cbmludGVyZmFjZSBGaXh0dXJlIHtcbiAgcmVhZG9ubHkgc3RhdHVzQ29kZTogbnVtYmVyO1xuICByZWFkb25seSBib2R5OiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPjtcbn1cblxuZnVuY3Rpb24gZml4dHVyZShuYW1lOiBzdHJpbmcpOiBGaXh0dXJlIHtcbiAgcmV0dXJuIEpTT04ucGFyc2UocmVhZEZpbGVTeW5jKGpvaW4oRklYVFVSRVMsIGAke25hbWV9Lmpzb25gKSwgJ3V0ZjgnKSkgYXMgRml4dHVyZTtcbn1cblxuLyoqIFdoYXQgdGhlIFNESyB0aHJvd3MgZm9yIGFuIGVycm9yIHN0YXR1czogYEFwaUVycm9yYCB3aXRoIHRoZSBKU09OIGJvZHkgYXMgaXRzIG1lc3NhZ2UuICovXG5mdW5jdGlvbiBzZGtFcnJvcihmOiBGaXh0dXJlKTogQXBpRXJyb3Ige1xuICByZXR1cm4gbmV3IEFwaUVycm9yKHsgbWVzc2FnZTogSlNPTi5zdHJpbmdpZnkoZi5ib2R5KSwgc3RhdHVzOiBmLnN0YXR1c0NvZGUgfSk7XG59XG5cbi8qKiBBIGNsaWVudCB0aGF0IHN0cmVhbXMgYGNodW5rc2Agb25jZS4gKi9cbmZ1bmN0aW9uIGNsaWVudFN0cmVhbWluZyguLi5jaHVua3M6IFJlc3BvbnNlQ2h1bmtbXSk6IEdlbWluaUNsaWVudCB7XG4gIHJldHVybiB7XG4gICAgYXN5bmMgZ2VuZXJhdGVTdHJlYW0oKSB7XG4gICAgICByZXR1cm4gKGFzeW5jIGZ1bmN0aW9uKiAoKSB7XG4gICAgICAgIHlpZWxkKiBjaHVua3M7XG4gICAgICB9KSgpO1xuICAgIH0sXG4gICAgYXN5bmMgZ2V0TW9kZWwoKSB7XG4gICAgICByZXR1cm4ge307XG4gICAgfSxcbiAgfTtcbn1cblxuYXN5bmMgZnVuY3Rpb24gYXR0ZW1wdFdpdGgoY2h1bmtzOiBSZXNwb25zZUNodW5rW10pIHtcbiAgY29uc3QgcHJvZ3Jlc3MgPSBuZXdQcm9ncmVzcygpO1xuICBjb25zdCBydW4gPSBzdHJlYW1BdHRlbXB0KHtcbiAgICBjbGllbnQ6IGNsaWVudFN0cmVhbWluZyguLi5jaHVua3MpLFxuICAgIHBhcmFtczogeyBtb2RlbDogJ2dlbWluaS0yLjUtZmxhc2gnLCBwcm9tcHQ6ICdwJywgY29uZmlnOiB7fSB9LFxuICAgIGNsb2NrOiBuZXcgRmFrZUNsb2NrKCksXG4gICAgY29udGV4dDogeyBtb2RlbDogJ2dlbWluaS0yLjUtZmxhc2gnLCB0aW1lb3V0TXM6IDYwXzAwMCB9LFxuICAgIHByb2dyZXNzLFxuICB9KTtcbiAgcmV0dXJuIHJ1bjtcbn1cblxuY29uc3QgY29udGV4dCA9IHsgbW9kZWw6ICdnZW1pbmktMi41LWZsYXNoJywgYXBpS2V5OiAnQUl6YVNFQ1JFVEtFWTEyMycgfTtcblxuaW50ZXJmYWNlIEV4cGVjdGF0aW9uIHtcbiAgcmVhZG9ubHkga2luZDogR2VtaW5pRXJyb3JLaW5kO1xuICByZWFkb25seSBleGl0Q29kZTogbnVtYmVyO1xuICByZWFkb25seSByZXRyeWFibGU6IGJvb2xlYW47XG4gIHJlYWRvbmx5IHJldHJ5QWZ0ZXJNcz86IG51bWJlcjtcbiAgcmVhZG9ubHkgcmVhc29uPzogc3RyaW5nO1xuICByZWFkb25seSBtZXNzYWdlOiBSZWdFeHA7XG59XG5cbmNvbnN0IEVSUk9SX0VYUEVDVEFUSU9OUzogUmVjb3JkPHN0cmluZywgRXhwZWN0YXRpb24+ID0ge1xuICAnNDAwLWFwaS1rZXktaW52YWxpZCc6IHsga2luZDogJ2F1dGgnLCBleGl0Q29kZTogMywgcmV0cnlhYmxlOiBmYWxzZSwgcmVhc29uOiAnQVBJX0tFWV9JTlZBTElEJywgbWVzc2FnZTogL1NldCBBUEkgS2V5LipHRU1JTklfQVBJX0tFWS8gfSxcbiAgJzQwMC1pbnZhbGlkLWFyZ3VtZW50JzogeyBraW5kOiAnYmFkLXJlcXVlc3QnLCBleGl0Q29kZTogMiwgcmV0cnlhYmxlOiBmYWxzZSwgbWVzc2FnZTogL2dlbmVyYXRpb25fY29uZmlnXFwudGVtcGVyYXR1cmUvIH0sXG4gICc0MDQtbW9kZWwtbm90LWZvdW5kJzogeyBraW5kOiAnbW9kZWwtbm90LWZvdW5kJywgZXhpdENvZGU6IDIsIHJldHJ5YWJsZTogZmFsc2UsIG1lc3NhZ2U6IC9cImdlbWluaS0yXFwuNS1mbGFzaFwiLipzdG9yeVdyaXRlclxcLm1vZGVsLipzdGFnZU1vZGVscy8gfSxcbiAgJzQyOS1iYXJlJzogeyBraW5kOiAncmF0ZS1saW1pdGVkJywgZXhpdENvZGU6IDYsIHJldHJ5YWJsZTogdHJ1ZSwgbWVzc2FnZTogL3Blci1taW51dGUgcmF0ZSBsaW1pdC8gfSxcbiAgJzQyOS1pbnB1dC10b2tlbnMtcGVyLW1pbnV0ZSc6IHsga2luZDogJ3JhdGUtbGltaXRlZCcsIGV4aXRDb2RlOiA2LCByZXRyeWFibGU6IHRydWUsIHJldHJ5QWZ0ZXJNczogMzAwMCwgbWVzc2FnZTogL3dhaXQgMyBzLyB9LFxuICAnNDI5LXBlci1kYXknOiB7IGtpbmQ6ICdxdW90YS1kYWlseScsIGV4aXRDb2RlOiA0LCByZXRyeWFibGU6IGZhbHNlLCByZWFzb246ICdHZW5lcmF0ZVJlcXVlc3RzUGVyRGF5UGVyUHJvamVjdFBlck1vZGVsLUZyZWVUaWVyJywgbWVzc2FnZTogL21pZG5pZ2h0IFBhY2lmaWMgdGltZS4qYW5vdGhlciBtb2RlbC8gfSxcbiAgJzQyOS1wZXItbWludXRlLXJldHJ5aW5mbyc6IHsga2luZDogJ3JhdGUtbGltaXRlZCcsIGV4aXRDb2RlOiA2LCByZXRyeWFibGU6IHRydWUsIHJldHJ5QWZ0ZXJNczogMjgzOCwgbWVzc2FnZTogL3dhaXQgMlxcLjggcy8gfSxcbiAgJzUwMC1pbnRlcm5hbCc6IHsga2luZDogJ3VuYXZhaWxhYmxlJywgZXhpdENvZGU6IDYsIHJldHJ5YWJsZTogdHJ1ZSwgbWVzc2FnZTogLzUwMDogQW4gaW50ZXJuYWwgZXJyb3IvIH0sXG4gICc1MDMtb3ZlcmxvYWRlZCc6IHsga2luZDogJ3VuYXZhaWxhYmxlJywgZXhpdENvZGU6IDYsIHJldHJ5YWJsZTogdHJ1ZSwgbWVzc2FnZTogLzUwMzogVGhlIG1vZGVsIGlzIG92ZXJsb2FkZWQvIH0sXG59O1xuXG5jb25zdCBSRVBMWV9FWFBFQ1RBVElPTlM6IFJlY29yZDxzdHJpbmcsIHsga2luZDogR2VtaW5pRXJyb3JLaW5kIHwgJ3RydW5jYXRlZCc7IHJlYXNvbj86IHN0cmluZzsgZXhpdENvZGU/OiBudW1iZXIgfT4gPSB7XG4gICcyMDAtZmluaXNoLXNhZmV0eSc6IHsga2luZDogJ2NvbnRlbnQtYmxvY2tlZCcsIHJlYXNvbjogJ1NBRkVUWScsIGV4aXRDb2RlOiA1IH0sXG4gICcyMDAtZmluaXNoLXJlY2l0YXRpb24nOiB7IGtpbmQ6ICdjb250ZW50LWJsb2NrZWQnLCByZWFzb246ICdSRUNJVEFUSU9OJywgZXhpdENvZGU6IDUgfSxcbiAgJzIwMC1wcm9tcHQtYmxvY2tlZCc6IHsga2luZDogJ2NvbnRlbnQtYmxvY2tlZCcsIHJlYXNvbjogJ1BST0hJQklURURfQ09OVEVOVCcsIGV4aXRDb2RlOiA1IH0sXG4gICcyMDAtbm8tY2FuZGlkYXRlcyc6IHsga2luZDogJ2NvbnRlbnQtYmxvY2tlZCcsIHJlYXNvbjogJ05PX0NBTkRJREFURVMnLCBleGl0Q29kZTogNSB9LFxuICAnMjAwLWZpbmlzaC1tYXgtdG9rZW5zLWVtcHR5JzogeyBraW5kOiAnbWF4LXRva2VucycsIHJlYXNvbjogJ01BWF9UT0tFTlMnIH0sXG4gICcyMDAtZmluaXNoLW1heC10b2tlbnMtcGFydGlhbCc6IHsga2luZDogJ3RydW5jYXRlZCcgfSxcbn07XG5cbmRlc2NyaWJlKCdlcnJvciBjbGFzc2lmaWNhdGlvbicsICgpID0+IHtcbiAgaXQoJ2hhcyBhbiBleHBlY3RhdGlvbiBmb3IgZXZlcnkgZml4dHVyZSBmaWxlJywgKCkgPT4ge1xuICAgIGNvbnN0IG5hbWVzID0gcmVhZGRpclN5bmMoRklYVFVSRVMpXG4gICAgICAuZmlsdGVyKChuKSA9PiBuLmVuZHNXaXRoKCcuanNvbicpKVxuICAgICAgLm1hcCgobikgPT4gbi5zbGljZSgwLCAtNSkpO1xuICAgIGFzc2VydC5vayhuYW1lcy5sZW5ndGggPj0gMTUsIGBmaXh0dXJlcyBmb3VuZCBpbiAke0ZJWFRVUkVTfWApO1xuICAgIGZvciAoY29uc3QgbmFtZSBvZiBuYW1lcykgYXNzZXJ0Lm9rKG5hbWUgaW4gRVJST1JfRVhQRUNUQVRJT05TIHx8IG5hbWUgaW4gUkVQTFlfRVhQRUNUQVRJT05TLCBgbm8gZXhwZWN0YXRpb24gZm9yICR7bmFtZX1gKTtcbiAgfSk7XG5cbiAgZm9yIChjb25zdCBbbmFtZSwgZXhwZWN0ZWRdIG9mIE9iamVjdC5lbnRyaWVzKEVSUk9SX0VYUEVDVEFUSU9OUykpIHtcbiAgICBpdChgY2xhc3NpZmllcyAke25hbWV9YCwgKCkgPT4ge1xuICAgICAgY29uc3QgZXJyb3IgPSBjbGFzc2lmeUVycm9yKHNka0Vycm9yKGZpeHR1cmUobmFtZSkpLCBjb250ZXh0KTtcbiAgICAgIGFzc2VydC5vayhlcnJvciBpbnN0YW5jZW9mIEdlbWluaUVycm9yKTtcbiAgICAgIGFzc2VydC5lcXVhbChlcnJvci5raW5kLCBleHBlY3RlZC5raW5kKTtcbiAgICAgIGFzc2VydC5lcXVhbChlcnJvci5leGl0Q29kZSwgZXhwZWN0ZWQuZXhpdENvZGUpO1xuICAgICAgYXNzZXJ0LmVxdWFsKGVycm9yLnJldHJ5YWJsZSwgZXhwZWN0ZWQucmV0cnlhYmxlKTtcbiAgICAgIGFzc2VydC5lcXVhbChlcnJvci5zdGF0dXMsIGZpeHR1cmUobmFtZSkuc3RhdHVzQ29kZSk7XG4gICAgICBpZiAoZXhwZWN0ZWQucmV0cnlBZnRlck1zICE9PSB1bmRlZmluZWQpIGFzc2VydC5lcXVhbChlcnJvci5yZXRyeUFmdGVyTXMsIGV4cGVjdGVkLnJldHJ5QWZ0ZXJNcyk7XG4gICAgICBpZiAoZXhwZWN0ZWQucmVhc29uICE9PSB1bmRlZmluZWQpIGFzc2VydC5lcXVhbChlcnJvci5yZWFzb24sIGV4cGVjdGVkLnJlYXNvbik7XG4gICAgICBhc3NlcnQubWF0Y2goZXJyb3IubWVzc2FnZSwgZXhwZWN0ZWQubWVzc2FnZSk7XG4gICAgICBhc3NlcnQub2soIWVycm9yLm1lc3NhZ2UuaW5jbHVkZXMoY29udGV4dC5hcGlLZXkpKTtcbiAgICB9KTtcbiAgfVxuXG4gIGZvciAoY29uc3QgW25hbWUsIGV4cGVjdGVkXSBvZiBPYmplY3QuZW50cmllcyhSRVBMWV9FWFBFQ1RBVElPTlMpKSB7XG4gICAgaXQoYGp1ZGdlcyB0aGUgMjAwIHJlcGx5ICR7bmFtZX1gLCBhc3luYyAoKSA9PiB7XG4gICAgICBjb25zdCBib2R5ID0gZml4dHVyZShuYW1lKS5ib2R5IGFzIFJlc3BvbnNlQ2h1bms7XG4gICAgICBpZiAoZXhwZWN0ZWQua2luZCA9PT0gJ3RydW5jYXRlZCcpIHtcbiAgICAgICAgY29uc3QgcmVwbHkgPSBhd2FpdCBhdHRlbXB0V2l0aChbYm9keV0pO1xuICAgICAgICBhc3NlcnQuZXF1YWwocmVwbHkudHJ1bmNhdGVkLCB0cnVlKTtcbiAgICAgICAgYXNzZXJ0LmVxdWFsKHJlcGx5LmZpbmlzaFJlYXNvbiwgJ01BWF9UT0tFTlMnKTtcbiAgICAgICAgYXNzZXJ0Lm1hdGNoKHJlcGx5LnRleHQsIC9eVGhlIGxpZ2h0aG91c2Uga2VlcGVyLyk7XG4gICAgICAgIGFzc2VydC5lcXVhbChyZXBseS51c2FnZS50aGlua2luZ1Rva2VucywgMTAyMyk7XG4gICAgICAgIHJldHVybjtcbiAgICAgIH1cbiAgICAgIGF3YWl0IGFzc2VydC5yZWplY3RzKGF0dGVtcHRXaXRoKFtib2R5XSksIChlcnJvcjogR2VtaW5pRXJyb3IpID0+IHtcbiAgICAgICAgYXNzZXJ0LmVxdWFsKGVycm9yLmtpbmQsIGV4cGVjdGVkLmtpbmQpO1xuICAgICAgICBpZiAoZXhwZWN0ZWQucmVhc29uKSBhc3NlcnQuZXF1YWwoZXJyb3IucmVhc29uLCBleHBlY3RlZC5yZWFzb24pO1xuICAgICAgICBpZiAoZXhwZWN0ZWQuZXhpdENvZGUpIGFzc2VydC5lcXVhbChlcnJvci5leGl0Q29kZSwgZXhwZWN0ZWQuZXhpdENvZGUpO1xuICAgICAgICBpZiAoZXhwZWN0ZWQua2luZCA9PT0gJ2NvbnRlbnQtYmxvY2tlZCcpIGFzc2VydC5tYXRjaChlcnJvci5tZXNzYWdlLCBleHBlY3RlZC5yZWFzb24gPT09ICdOT19DQU5ESURBVEVTJyA/IC9ubyBjYW5kaWRhdGVzLyA6IG5ldyBSZWdFeHAoZXhwZWN0ZWQucmVhc29uISkpO1xuICAgICAgICByZXR1cm4gdHJ1ZTtcbiAgICAgIH0pO1xuICAgIH0pO1xuICB9XG5cbiAgaXQoJ2tlZXBzIHRoZSB0ZXh0IG9mIGEgUkVDSVRBVElPTiByZXBseSBhcyBwYXJ0aWFsVGV4dCcsIGFzeW5jICgpID0+IHtcbiAgICBhd2FpdCBhc3NlcnQucmVqZWN0cyhhdHRlbXB0V2l0aChbZml4dHVyZSgnMjAwLWZpbmlzaC1yZWNpdGF0aW9uJykuYm9keSBhcyBSZXNwb25zZUNodW5rXSksIChlOiBHZW1pbmlFcnJvcikgPT4ge1xuICAgICAgYXNzZXJ0LmVxdWFsKGUucGFydGlhbFRleHQsICdJdCB3YXMgdGhlIGJlc3Qgb2YgdGltZXMsIGl0IHdhcyB0aGUgd29yc3Qgb2YgdGltZXMsJyk7XG4gICAgICByZXR1cm4gdHJ1ZTtcbiAgICB9KTtcbiAgfSk7XG5cbiAgaXQoJ3RyZWF0cyBhIHN0cmVhbSB0aGF0IGVuZHMgd2l0aG91dCBhIGZpbmlzaFJlYXNvbiBhcyBjdXQgKHJldHJ5YWJsZSknLCBhc3luYyAoKSA9PiB7XG4gICAgYXdhaXQgYXNzZXJ0LnJlamVjdHMoYXR0ZW1wdFdpdGgoW3sgY2FuZGlkYXRlczogW3sgY29udGVudDogeyBwYXJ0czogW3sgdGV4dDogJ09uY2UgdXBvbicgfV0gfSB9XSB9XSksIChlOiBHZW1pbmlFcnJvcikgPT4ge1xuICAgICAgYXNzZXJ0LmVxdWFsKGUua2luZCwgJ25ldHdvcmsnKTtcbiAgICAgIGFzc2VydC5lcXVhbChlLnJldHJ5YWJsZSwgdHJ1ZSk7XG4gICAgICBhc3NlcnQuZXF1YWwoZS5wYXJ0aWFsVGV4dCwgJ09uY2UgdXBvbicpO1xuICAgICAgcmV0dXJuIHRydWU7XG4gICAgfSk7XG4gIH0pO1xuXG4gIGl0KCdpZ25vcmVzIHRob3VnaHQgcGFydHMnLCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3QgcmVwbHkgPSBhd2FpdCBhdHRlbXB0V2l0aChbXG4gICAgICB7IGNhbmRpZGF0ZXM6IFt7IGNvbnRlbnQ6IHsgcGFydHM6IFt7IHRleHQ6ICd0aGlua2luZ1x1MjAyNicsIHRob3VnaHQ6IHRydWUgfSwgeyB0ZXh0OiAnSGVsbG8nIH1dIH0gfV0gfSxcbiAgICAgIHsgY2FuZGlkYXRlczogW3sgY29udGVudDogeyBwYXJ0czogW3sgdGV4dDogJyB3b3JsZCcgfV0gfSwgZmluaXNoUmVhc29uOiAnU1RPUCcgfV0gfSxcbiAgICBdKTtcbiAgICBhc3NlcnQuZXF1YWwocmVwbHkudGV4dCwgJ0hlbGxvIHdvcmxkJyk7XG4gIH0pO1xuXG4gIGl0KCdjbGFzc2lmaWVzIGFuIGVycm9yIGV2ZW50IGluc2lkZSBhbiBTU0Ugc3RyZWFtICh0aGUgU0RLIHByZWZpeGVzIFwiZ290IHN0YXR1czpcIiknLCAoKSA9PiB7XG4gICAgY29uc3QgYm9keSA9IGZpeHR1cmUoJzUwMy1vdmVybG9hZGVkJykuYm9keTtcbiAgICBjb25zdCBlcnJvciA9IGNsYXNzaWZ5RXJyb3IobmV3IEFwaUVycm9yKHsgbWVzc2FnZTogYGdvdCBzdGF0dXM6IFVOQVZBSUxBQkxFLiAke0pTT04uc3RyaW5naWZ5KGJvZHkpfWAsIHN0YXR1czogNTAzIH0pLCBjb250ZXh0KTtcbiAgICBhc3NlcnQuZXF1YWwoZXJyb3Iua2luZCwgJ3VuYXZhaWxhYmxlJyk7XG4gICAgYXNzZXJ0LmVxdWFsKGVycm9yLnJldHJ5YWJsZSwgdHJ1ZSk7XG4gIH0pO1xuXG4gIGl0KCdjbGFzc2lmaWVzIHRoZSA0MDQgdGhhdCBHZW1pbmkgZGVsaXZlcmVkIG92ZXIgU1NFIChmcm9tIGEgcmVhbCByZWNvcmRpbmcpJywgKCkgPT4ge1xuICAgIC8vIENoYXRzX1Rlc3RzX3NlbmRNZXNzYWdlX1NlbmRfbWVzc2FnZV9zdHJlYW1fd2l0aF9lcnJvcjogYW4gYHtcImVycm9yXCI6IFx1MjAyNn1gIGRhdGEgZXZlbnQuXG4gICAgY29uc3QgZXZlbnQgPSB7XG4gICAgICBlcnJvcjoge1xuICAgICAgICBjb2RlOiA0MDQsXG4gICAgICAgIGRldGFpbHM6IFt7ICdAdHlwZSc6ICd0eXBlLmdvb2dsZWFwaXMuY29tL2dvb2dsZS5ycGMuRGVidWdJbmZvJywgZGV0YWlsOiAnW09SSUdJTkFMIEVSUk9SXSBnZW5lcmljOjpub3RfZm91bmQ6IFx1MjAyNicgfV0sXG4gICAgICAgIG1lc3NhZ2U6ICdtb2RlbHMvY3VzdG9tLWdlbWluaS0yLjAtZmxhc2ggaXMgbm90IGZvdW5kIGZvciBBUEkgdmVyc2lvbiB2MWJldGEsIG9yIGlzIG5vdCBzdXBwb3J0ZWQgZm9yIGdlbmVyYXRlQ29udGVudC4nLFxuICAgICAgICBzdGF0dXM6ICdOT1RfRk9VTkQnLFxuICAgICAgfSxcbiAgICB9O1xuICAgIGNvbnN0IGVycm9yID0gY2xhc3NpZnlFcnJvcihuZXcgQXBpRXJyb3IoeyBtZXNzYWdlOiBgZ290IHN0YXR1czogTk9UX0ZPVU5ELiAke0pTT04uc3RyaW5naWZ5KGV2ZW50KX1gLCBzdGF0dXM6IDQwNCB9KSwge1xuICAgICAgbW9kZWw6ICdjdXN0b20tZ2VtaW5pLTIuMC1mbGFzaCcsXG4gICAgfSk7XG4gICAgYXNzZXJ0LmVxdWFsKGVycm9yLmtpbmQsICdtb2RlbC1ub3QtZm91bmQnKTtcbiAgICBhc3NlcnQubWF0Y2goZXJyb3IubWVzc2FnZSwgL2N1c3RvbS1nZW1pbmktMlxcLjAtZmxhc2gvKTtcbiAgfSk7XG5cbiAgaXQoJ3RyZWF0cyA0MDEgYW5kIDQwMyBhcyBhdXRoLCA0MDggYXMgdGltZW91dCwgNTAyLzUwNCBhcyB1bmF2YWlsYWJsZSwgb3RoZXIgNHh4IGFzIGJhZCByZXF1ZXN0JywgKCkgPT4ge1xuICAgIGNvbnN0IHN0YXR1cyA9IChjb2RlOiBudW1iZXIpID0+IGNsYXNzaWZ5RXJyb3IobmV3IEFwaUVycm9yKHsgbWVzc2FnZTogSlNPTi5zdHJpbmdpZnkoeyBlcnJvcjogeyBjb2RlLCBtZXNzYWdlOiAnbScsIHN0YXR1czogJ1gnIH0gfSksIHN0YXR1czogY29kZSB9KSwgY29udGV4dCk7XG4gICAgYXNzZXJ0LmVxdWFsKHN0YXR1cyg0MDEpLmtpbmQsICdhdXRoJyk7XG4gICAgYXNzZXJ0LmVxdWFsKHN0YXR1cyg0MDMpLmtpbmQsICdhdXRoJyk7XG4gICAgYXNzZXJ0LmVxdWFsKHN0YXR1cyg0MDgpLmtpbmQsICd0aW1lb3V0Jyk7XG4gICAgYXNzZXJ0LmVxdWFsKHN0YXR1cyg0MDgpLnJldHJ5YWJsZSwgdHJ1ZSk7XG4gICAgYXNzZXJ0LmVxdWFsKHN0YXR1cyg1MDIpLmtpbmQsICd1bmF2YWlsYWJsZScpO1xuICAgIGFzc2VydC5lcXVhbChzdGF0dXMoNTA0KS5raW5kLCAndW5hdmFpbGFibGUnKTtcbiAgICBhc3NlcnQuZXF1YWwoc3RhdHVzKDUwMSkua2luZCwgJ3VuZXhwZWN0ZWQnKTtcbiAgICBhc3NlcnQuZXF1YWwoc3RhdHVzKDUwMSkucmV0cnlhYmxlLCBmYWxzZSk7XG4gICAgYXNzZXJ0LmVxdWFsKHN0YXR1cyg0MTMpLmtpbmQsICdiYWQtcmVxdWVzdCcpO1xuICB9KTtcblxuICBpdCgnY2xhc3NpZmllcyBuZXR3b3JrIGZhaWx1cmVzIGFzIHJldHJ5YWJsZScsICgpID0+IHtcbiAgICBjb25zdCBmZXRjaEZhaWxlZCA9IG5ldyBUeXBlRXJyb3IoJ2ZldGNoIGZhaWxlZCcsIHsgY2F1c2U6IE9iamVjdC5hc3NpZ24obmV3IEVycm9yKCdjb25uZWN0IEVDT05OUkVGVVNFRCAxMjcuMC4wLjE6OScpLCB7IGNvZGU6ICdFQ09OTlJFRlVTRUQnIH0pIH0pO1xuICAgIGNvbnN0IHRlcm1pbmF0ZWQgPSBuZXcgVHlwZUVycm9yKCd0ZXJtaW5hdGVkJywgeyBjYXVzZTogT2JqZWN0LmFzc2lnbihuZXcgRXJyb3IoJ290aGVyIHNpZGUgY2xvc2VkJyksIHsgY29kZTogJ1VORF9FUlJfU09DS0VUJyB9KSB9KTtcbiAgICBjb25zdCByZXNldCA9IE9iamVjdC5hc3NpZ24obmV3IEVycm9yKCdyZWFkIEVDT05OUkVTRVQnKSwgeyBjb2RlOiAnRUNPTk5SRVNFVCcgfSk7XG4gICAgZm9yIChjb25zdCBlIG9mIFtmZXRjaEZhaWxlZCwgdGVybWluYXRlZCwgcmVzZXRdKSB7XG4gICAgICBjb25zdCBjID0gY2xhc3NpZnlFcnJvcihlLCBjb250ZXh0KTtcbiAgICAgIGFzc2VydC5lcXVhbChjLmtpbmQsICduZXR3b3JrJywgU3RyaW5nKGUpKTtcbiAgICAgIGFzc2VydC5lcXVhbChjLnJldHJ5YWJsZSwgdHJ1ZSk7XG4gICAgICBhc3NlcnQuZXF1YWwoYy5leGl0Q29kZSwgNik7XG4gICAgfVxuICB9KTtcblxuICBpdCgnY2xhc3NpZmllcyBhIGdhcmJsZWQgc3RyZWFtIGFzIHJldHJ5YWJsZSBhbmQgYW55dGhpbmcgZWxzZSBhcyB1bmV4cGVjdGVkJywgKCkgPT4ge1xuICAgIGFzc2VydC5lcXVhbChjbGFzc2lmeUVycm9yKG5ldyBTeW50YXhFcnJvcignVW5leHBlY3RlZCB0b2tlbiB9IGluIEpTT04nKSwgY29udGV4dCkua2luZCwgJ3VuYXZhaWxhYmxlJyk7XG4gICAgYXNzZXJ0LmVxdWFsKGNsYXNzaWZ5RXJyb3IobmV3IEVycm9yKCdJbmNvbXBsZXRlIEpTT04gc2VnbWVudCBhdCB0aGUgZW5kJyksIGNvbnRleHQpLnJldHJ5YWJsZSwgdHJ1ZSk7XG4gICAgY29uc3Qgd2VpcmQgPSBjbGFzc2lmeUVycm9yKG5ldyBFcnJvcignc29tZXRoaW5nIG9kZCcpLCBjb250ZXh0KTtcbiAgICBhc3NlcnQuZXF1YWwod2VpcmQua2luZCwgJ3VuZXhwZWN0ZWQnKTtcbiAgICBhc3NlcnQuZXF1YWwod2VpcmQuZXhpdENvZGUsIDEpO1xuICB9KTtcblxuICBpdCgnbmV2ZXIgbGV0cyB0aGUga2V5IGludG8gYSBtZXNzYWdlLCBldmVuIHdoZW4gdGhlIFNESyBlY2hvZXMgaXQnLCAoKSA9PiB7XG4gICAgY29uc3QgbGVha3kgPSBuZXcgQXBpRXJyb3Ioe1xuICAgICAgbWVzc2FnZTogSlNPTi5zdHJpbmdpZnkoeyBlcnJvcjogeyBjb2RlOiA0MDAsIG1lc3NhZ2U6IGBJbnZhbGlkIHJlcXVlc3QgdG8gaHR0cHM6Ly94L21vZGVscz9rZXk9JHtjb250ZXh0LmFwaUtleX0gd2l0aCAke2NvbnRleHQuYXBpS2V5fWAsIHN0YXR1czogJ0lOVkFMSURfQVJHVU1FTlQnIH0gfSksXG4gICAgICBzdGF0dXM6IDQwMCxcbiAgICB9KTtcbiAgICBjb25zdCBlcnJvciA9IGNsYXNzaWZ5RXJyb3IobGVha3ksIGNvbnRleHQpO1xuICAgIGFzc2VydC5vayghZXJyb3IubWVzc2FnZS5pbmNsdWRlcyhjb250ZXh0LmFwaUtleSksIGVycm9yLm1lc3NhZ2UpO1xuICAgIGFzc2VydC5vayghY2xhc3NpZnlFcnJvcihuZXcgRXJyb3IoYGJvb20gJHtjb250ZXh0LmFwaUtleX1gKSwgY29udGV4dCkubWVzc2FnZS5pbmNsdWRlcyhjb250ZXh0LmFwaUtleSkpO1xuICB9KTtcbn0pO1xuXG5kZXNjcmliZSgnYWR2aXNlZCBkZWxheXMnLCAoKSA9PiB7XG4gIGl0KCdwYXJzZXMgcHJvdG9idWYgZHVyYXRpb25zLCBmcmFjdGlvbmFsIGluY2x1ZGVkJywgKCkgPT4ge1xuICAgIGFzc2VydC5lcXVhbChwYXJzZUR1cmF0aW9uKCcyLjgzNzkwNjkyN3MnKSwgMjgzOCk7XG4gICAgYXNzZXJ0LmVxdWFsKHBhcnNlRHVyYXRpb24oJzM2cycpLCAzNl8wMDApO1xuICAgIGFzc2VydC5lcXVhbChwYXJzZUR1cmF0aW9uKCcwLjJzJyksIDIwMCk7XG4gICAgYXNzZXJ0LmVxdWFsKHBhcnNlRHVyYXRpb24oeyBzZWNvbmRzOiAxLCBuYW5vczogNTAwXzAwMF8wMDAgfSksIDE1MDApO1xuICAgIGFzc2VydC5lcXVhbChwYXJzZUR1cmF0aW9uKCdzb29uJyksIHVuZGVmaW5lZCk7XG4gIH0pO1xuXG4gIGl0KCdwYXJzZXMgXCJQbGVhc2UgcmV0cnkgaW4gXHUyMDI2XCIgaW4gc2Vjb25kcyBhbmQgbWlsbGlzZWNvbmRzJywgKCkgPT4ge1xuICAgIGFzc2VydC5lcXVhbChwYXJzZVJldHJ5SW4oJ1F1b3RhIGV4Y2VlZGVkLlxcblBsZWFzZSByZXRyeSBpbiAzNi40Mjk3NjAwNDhzLicpLCAzNl80MzApO1xuICAgIGFzc2VydC5lcXVhbChwYXJzZVJldHJ5SW4oJ1BsZWFzZSByZXRyeSBpbiA4NTAuNW1zJyksIDg1MSk7XG4gICAgYXNzZXJ0LmVxdWFsKHBhcnNlUmV0cnlJbignUGxlYXNlIHRyeSBhZ2FpbiBsYXRlci4nKSwgdW5kZWZpbmVkKTtcbiAgfSk7XG5cbiAgaXQoJ3ByZWZlcnMgUmV0cnlJbmZvIG92ZXIgdGhlIG1lc3NhZ2UsIGFuZCB1c2VzIHRoZSBtZXNzYWdlIHdoZW4gUmV0cnlJbmZvIGlzIG1pc3NpbmcnLCAoKSA9PiB7XG4gICAgY29uc3Qgd2l0aEluZm8gPSBwYXJzZUVycm9yQm9keShKU09OLnN0cmluZ2lmeShmaXh0dXJlKCc0MjktcGVyLW1pbnV0ZS1yZXRyeWluZm8nKS5ib2R5KSkhO1xuICAgIGFzc2VydC5lcXVhbChhZHZpc2VkRGVsYXlNcyh3aXRoSW5mbywgJ1BsZWFzZSByZXRyeSBpbiA5cycpLCAyODM4KTtcbiAgICBjb25zdCBib2R5ID0gZml4dHVyZSgnNDI5LXBlci1kYXknKS5ib2R5IGFzIHsgZXJyb3I6IHsgZGV0YWlsczogdW5rbm93bltdOyBtZXNzYWdlOiBzdHJpbmcgfSB9O1xuICAgIGNvbnN0IHdpdGhvdXRJbmZvID0gcGFyc2VFcnJvckJvZHkoSlNPTi5zdHJpbmdpZnkoeyBlcnJvcjogeyAuLi5ib2R5LmVycm9yLCBkZXRhaWxzOiBbXSB9IH0pKSE7XG4gICAgYXNzZXJ0LmVxdWFsKGFkdmlzZWREZWxheU1zKHdpdGhvdXRJbmZvLCB3aXRob3V0SW5mby5tZXNzYWdlISksIDM2XzQzMCk7XG4gIH0pO1xufSk7XG5cbmRlc2NyaWJlKCdyZWRhY3QnLCAoKSA9PiB7XG4gIGl0KCdyZW1vdmVzIHRoZSBrZXkgd2hlcmV2ZXIgaXQgYXBwZWFycywgYW5kIGFueSA/a2V5PSB2YWx1ZScsICgpID0+IHtcbiAgICBhc3NlcnQuZXF1YWwocmVkYWN0KCdhIFNFQ1JFVCBiIFNFQ1JFVCcsICdTRUNSRVQnKSwgJ2EgW3JlZGFjdGVkXSBiIFtyZWRhY3RlZF0nKTtcbiAgICBhc3NlcnQuZXF1YWwocmVkYWN0KCdHRVQgL3YxYmV0YS9tb2RlbHM/a2V5PWFiYzEyMyZhbHQ9c3NlJyksICdHRVQgL3YxYmV0YS9tb2RlbHM/a2V5PVtyZWRhY3RlZF0mYWx0PXNzZScpO1xuICAgIGFzc2VydC5lcXVhbChyZWRhY3QoJ3gtZ29vZy1hcGkta2V5OiBhYmMxMjMnKSwgJ3gtZ29vZy1hcGkta2V5OiBbcmVkYWN0ZWRdJyk7XG4gIH0pO1xufSk7XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBLGFBQXdCO0FBQ3hCLHFCQUEwQztBQUMxQyx1QkFBOEI7QUFDOUIsbUJBQXlCO0FBQ3pCLDZCQU1PO0FBQ1Asb0JBQTBEO0FBRTFELDJCQUEyQztBQUMzQyx1QkFBMEI7QUFFMUIsTUFBTSxlQUFXLDBCQUFRLFdBQVcsa0NBQWtDO0FBT3RFLFNBQVMsUUFBUSxNQUF1QjtBQUN0QyxTQUFPLEtBQUssVUFBTSxpQ0FBYSx1QkFBSyxVQUFVLEdBQUcsSUFBSSxPQUFPLEdBQUcsTUFBTSxDQUFDO0FBQ3hFO0FBR0EsU0FBUyxTQUFTLEdBQXNCO0FBQ3RDLFNBQU8sSUFBSSxzQkFBUyxFQUFFLFNBQVMsS0FBSyxVQUFVLEVBQUUsSUFBSSxHQUFHLFFBQVEsRUFBRSxXQUFXLENBQUM7QUFDL0U7QUFHQSxTQUFTLG1CQUFtQixRQUF1QztBQUNqRSxTQUFPO0FBQUEsSUFDTCxNQUFNLGlCQUFpQjtBQUNyQixjQUFRLG1CQUFtQjtBQUN6QixlQUFPO0FBQUEsTUFDVCxHQUFHO0FBQUEsSUFDTDtBQUFBLElBQ0EsTUFBTSxXQUFXO0FBQ2YsYUFBTyxDQUFDO0FBQUEsSUFDVjtBQUFBLEVBQ0Y7QUFDRjtBQUVBLGVBQWUsWUFBWSxRQUF5QjtBQUNsRCxRQUFNLGVBQVcsa0NBQVk7QUFDN0IsUUFBTSxVQUFNLG9DQUFjO0FBQUEsSUFDeEIsUUFBUSxnQkFBZ0IsR0FBRyxNQUFNO0FBQUEsSUFDakMsUUFBUSxFQUFFLE9BQU8sb0JBQW9CLFFBQVEsS0FBSyxRQUFRLENBQUMsRUFBRTtBQUFBLElBQzdELE9BQU8sSUFBSSwyQkFBVTtBQUFBLElBQ3JCLFNBQVMsRUFBRSxPQUFPLG9CQUFvQixXQUFXLElBQU87QUFBQSxJQUN4RDtBQUFBLEVBQ0YsQ0FBQztBQUNELFNBQU87QUFDVDtBQUVBLE1BQU0sVUFBVSxFQUFFLE9BQU8sb0JBQW9CLFFBQVEsbUJBQW1CO0FBV3hFLE1BQU0scUJBQWtEO0FBQUEsRUFDdEQsdUJBQXVCLEVBQUUsTUFBTSxRQUFRLFVBQVUsR0FBRyxXQUFXLE9BQU8sUUFBUSxtQkFBbUIsU0FBUyw4QkFBOEI7QUFBQSxFQUN4SSx3QkFBd0IsRUFBRSxNQUFNLGVBQWUsVUFBVSxHQUFHLFdBQVcsT0FBTyxTQUFTLGlDQUFpQztBQUFBLEVBQ3hILHVCQUF1QixFQUFFLE1BQU0sbUJBQW1CLFVBQVUsR0FBRyxXQUFXLE9BQU8sU0FBUyx1REFBdUQ7QUFBQSxFQUNqSixZQUFZLEVBQUUsTUFBTSxnQkFBZ0IsVUFBVSxHQUFHLFdBQVcsTUFBTSxTQUFTLHdCQUF3QjtBQUFBLEVBQ25HLCtCQUErQixFQUFFLE1BQU0sZ0JBQWdCLFVBQVUsR0FBRyxXQUFXLE1BQU0sY0FBYyxLQUFNLFNBQVMsV0FBVztBQUFBLEVBQzdILGVBQWUsRUFBRSxNQUFNLGVBQWUsVUFBVSxHQUFHLFdBQVcsT0FBTyxRQUFRLHFEQUFxRCxTQUFTLHVDQUF1QztBQUFBLEVBQ2xMLDRCQUE0QixFQUFFLE1BQU0sZ0JBQWdCLFVBQVUsR0FBRyxXQUFXLE1BQU0sY0FBYyxNQUFNLFNBQVMsY0FBYztBQUFBLEVBQzdILGdCQUFnQixFQUFFLE1BQU0sZUFBZSxVQUFVLEdBQUcsV0FBVyxNQUFNLFNBQVMseUJBQXlCO0FBQUEsRUFDdkcsa0JBQWtCLEVBQUUsTUFBTSxlQUFlLFVBQVUsR0FBRyxXQUFXLE1BQU0sU0FBUywrQkFBK0I7QUFDakg7QUFFQSxNQUFNLHFCQUFrSDtBQUFBLEVBQ3RILHFCQUFxQixFQUFFLE1BQU0sbUJBQW1CLFFBQVEsVUFBVSxVQUFVLEVBQUU7QUFBQSxFQUM5RSx5QkFBeUIsRUFBRSxNQUFNLG1CQUFtQixRQUFRLGNBQWMsVUFBVSxFQUFFO0FBQUEsRUFDdEYsc0JBQXNCLEVBQUUsTUFBTSxtQkFBbUIsUUFBUSxzQkFBc0IsVUFBVSxFQUFFO0FBQUEsRUFDM0YscUJBQXFCLEVBQUUsTUFBTSxtQkFBbUIsUUFBUSxpQkFBaUIsVUFBVSxFQUFFO0FBQUEsRUFDckYsK0JBQStCLEVBQUUsTUFBTSxjQUFjLFFBQVEsYUFBYTtBQUFBLEVBQzFFLGlDQUFpQyxFQUFFLE1BQU0sWUFBWTtBQUN2RDtBQUVBLFNBQVMsd0JBQXdCLE1BQU07QUFDckMsS0FBRyw2Q0FBNkMsTUFBTTtBQUNwRCxVQUFNLFlBQVEsNEJBQVksUUFBUSxFQUMvQixPQUFPLENBQUMsTUFBTSxFQUFFLFNBQVMsT0FBTyxDQUFDLEVBQ2pDLElBQUksQ0FBQyxNQUFNLEVBQUUsTUFBTSxHQUFHLEVBQUUsQ0FBQztBQUM1QixXQUFPLEdBQUcsTUFBTSxVQUFVLElBQUkscUJBQXFCLFFBQVEsRUFBRTtBQUM3RCxlQUFXLFFBQVEsTUFBTyxRQUFPLEdBQUcsUUFBUSxzQkFBc0IsUUFBUSxvQkFBb0Isc0JBQXNCLElBQUksRUFBRTtBQUFBLEVBQzVILENBQUM7QUFFRCxhQUFXLENBQUMsTUFBTSxRQUFRLEtBQUssT0FBTyxRQUFRLGtCQUFrQixHQUFHO0FBQ2pFLE9BQUcsY0FBYyxJQUFJLElBQUksTUFBTTtBQUM3QixZQUFNLFlBQVEsc0NBQWMsU0FBUyxRQUFRLElBQUksQ0FBQyxHQUFHLE9BQU87QUFDNUQsYUFBTyxHQUFHLGlCQUFpQix5QkFBVztBQUN0QyxhQUFPLE1BQU0sTUFBTSxNQUFNLFNBQVMsSUFBSTtBQUN0QyxhQUFPLE1BQU0sTUFBTSxVQUFVLFNBQVMsUUFBUTtBQUM5QyxhQUFPLE1BQU0sTUFBTSxXQUFXLFNBQVMsU0FBUztBQUNoRCxhQUFPLE1BQU0sTUFBTSxRQUFRLFFBQVEsSUFBSSxFQUFFLFVBQVU7QUFDbkQsVUFBSSxTQUFTLGlCQUFpQixPQUFXLFFBQU8sTUFBTSxNQUFNLGNBQWMsU0FBUyxZQUFZO0FBQy9GLFVBQUksU0FBUyxXQUFXLE9BQVcsUUFBTyxNQUFNLE1BQU0sUUFBUSxTQUFTLE1BQU07QUFDN0UsYUFBTyxNQUFNLE1BQU0sU0FBUyxTQUFTLE9BQU87QUFDNUMsYUFBTyxHQUFHLENBQUMsTUFBTSxRQUFRLFNBQVMsUUFBUSxNQUFNLENBQUM7QUFBQSxJQUNuRCxDQUFDO0FBQUEsRUFDSDtBQUVBLGFBQVcsQ0FBQyxNQUFNLFFBQVEsS0FBSyxPQUFPLFFBQVEsa0JBQWtCLEdBQUc7QUFDakUsT0FBRyx3QkFBd0IsSUFBSSxJQUFJLFlBQVk7QUFDN0MsWUFBTSxPQUFPLFFBQVEsSUFBSSxFQUFFO0FBQzNCLFVBQUksU0FBUyxTQUFTLGFBQWE7QUFDakMsY0FBTSxRQUFRLE1BQU0sWUFBWSxDQUFDLElBQUksQ0FBQztBQUN0QyxlQUFPLE1BQU0sTUFBTSxXQUFXLElBQUk7QUFDbEMsZUFBTyxNQUFNLE1BQU0sY0FBYyxZQUFZO0FBQzdDLGVBQU8sTUFBTSxNQUFNLE1BQU0sd0JBQXdCO0FBQ2pELGVBQU8sTUFBTSxNQUFNLE1BQU0sZ0JBQWdCLElBQUk7QUFDN0M7QUFBQSxNQUNGO0FBQ0EsWUFBTSxPQUFPLFFBQVEsWUFBWSxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsVUFBdUI7QUFDaEUsZUFBTyxNQUFNLE1BQU0sTUFBTSxTQUFTLElBQUk7QUFDdEMsWUFBSSxTQUFTLE9BQVEsUUFBTyxNQUFNLE1BQU0sUUFBUSxTQUFTLE1BQU07QUFDL0QsWUFBSSxTQUFTLFNBQVUsUUFBTyxNQUFNLE1BQU0sVUFBVSxTQUFTLFFBQVE7QUFDckUsWUFBSSxTQUFTLFNBQVMsa0JBQW1CLFFBQU8sTUFBTSxNQUFNLFNBQVMsU0FBUyxXQUFXLGtCQUFrQixrQkFBa0IsSUFBSSxPQUFPLFNBQVMsTUFBTyxDQUFDO0FBQ3pKLGVBQU87QUFBQSxNQUNULENBQUM7QUFBQSxJQUNILENBQUM7QUFBQSxFQUNIO0FBRUEsS0FBRyx1REFBdUQsWUFBWTtBQUNwRSxVQUFNLE9BQU8sUUFBUSxZQUFZLENBQUMsUUFBUSx1QkFBdUIsRUFBRSxJQUFxQixDQUFDLEdBQUcsQ0FBQyxNQUFtQjtBQUM5RyxhQUFPLE1BQU0sRUFBRSxhQUFhLHNEQUFzRDtBQUNsRixhQUFPO0FBQUEsSUFDVCxDQUFDO0FBQUEsRUFDSCxDQUFDO0FBRUQsS0FBRyx1RUFBdUUsWUFBWTtBQUNwRixVQUFNLE9BQU8sUUFBUSxZQUFZLENBQUMsRUFBRSxZQUFZLENBQUMsRUFBRSxTQUFTLEVBQUUsT0FBTyxDQUFDLEVBQUUsTUFBTSxZQUFZLENBQUMsRUFBRSxFQUFFLENBQUMsRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLE1BQW1CO0FBQ3pILGFBQU8sTUFBTSxFQUFFLE1BQU0sU0FBUztBQUM5QixhQUFPLE1BQU0sRUFBRSxXQUFXLElBQUk7QUFDOUIsYUFBTyxNQUFNLEVBQUUsYUFBYSxXQUFXO0FBQ3ZDLGFBQU87QUFBQSxJQUNULENBQUM7QUFBQSxFQUNILENBQUM7QUFFRCxLQUFHLHlCQUF5QixZQUFZO0FBQ3RDLFVBQU0sUUFBUSxNQUFNLFlBQVk7QUFBQSxNQUM5QixFQUFFLFlBQVksQ0FBQyxFQUFFLFNBQVMsRUFBRSxPQUFPLENBQUMsRUFBRSxNQUFNLGtCQUFhLFNBQVMsS0FBSyxHQUFHLEVBQUUsTUFBTSxRQUFRLENBQUMsRUFBRSxFQUFFLENBQUMsRUFBRTtBQUFBLE1BQ2xHLEVBQUUsWUFBWSxDQUFDLEVBQUUsU0FBUyxFQUFFLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBUyxDQUFDLEVBQUUsR0FBRyxjQUFjLE9BQU8sQ0FBQyxFQUFFO0FBQUEsSUFDckYsQ0FBQztBQUNELFdBQU8sTUFBTSxNQUFNLE1BQU0sYUFBYTtBQUFBLEVBQ3hDLENBQUM7QUFFRCxLQUFHLG1GQUFtRixNQUFNO0FBQzFGLFVBQU0sT0FBTyxRQUFRLGdCQUFnQixFQUFFO0FBQ3ZDLFVBQU0sWUFBUSxzQ0FBYyxJQUFJLHNCQUFTLEVBQUUsU0FBUyw0QkFBNEIsS0FBSyxVQUFVLElBQUksQ0FBQyxJQUFJLFFBQVEsSUFBSSxDQUFDLEdBQUcsT0FBTztBQUMvSCxXQUFPLE1BQU0sTUFBTSxNQUFNLGFBQWE7QUFDdEMsV0FBTyxNQUFNLE1BQU0sV0FBVyxJQUFJO0FBQUEsRUFDcEMsQ0FBQztBQUVELEtBQUcsNkVBQTZFLE1BQU07QUFFcEYsVUFBTSxRQUFRO0FBQUEsTUFDWixPQUFPO0FBQUEsUUFDTCxNQUFNO0FBQUEsUUFDTixTQUFTLENBQUMsRUFBRSxTQUFTLDRDQUE0QyxRQUFRLDhDQUF5QyxDQUFDO0FBQUEsUUFDbkgsU0FBUztBQUFBLFFBQ1QsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQ0EsVUFBTSxZQUFRLHNDQUFjLElBQUksc0JBQVMsRUFBRSxTQUFTLDBCQUEwQixLQUFLLFVBQVUsS0FBSyxDQUFDLElBQUksUUFBUSxJQUFJLENBQUMsR0FBRztBQUFBLE1BQ3JILE9BQU87QUFBQSxJQUNULENBQUM7QUFDRCxXQUFPLE1BQU0sTUFBTSxNQUFNLGlCQUFpQjtBQUMxQyxXQUFPLE1BQU0sTUFBTSxTQUFTLDBCQUEwQjtBQUFBLEVBQ3hELENBQUM7QUFFRCxLQUFHLGdHQUFnRyxNQUFNO0FBQ3ZHLFVBQU0sU0FBUyxDQUFDLGFBQWlCLHNDQUFjLElBQUksc0JBQVMsRUFBRSxTQUFTLEtBQUssVUFBVSxFQUFFLE9BQU8sRUFBRSxNQUFNLFNBQVMsS0FBSyxRQUFRLElBQUksRUFBRSxDQUFDLEdBQUcsUUFBUSxLQUFLLENBQUMsR0FBRyxPQUFPO0FBQy9KLFdBQU8sTUFBTSxPQUFPLEdBQUcsRUFBRSxNQUFNLE1BQU07QUFDckMsV0FBTyxNQUFNLE9BQU8sR0FBRyxFQUFFLE1BQU0sTUFBTTtBQUNyQyxXQUFPLE1BQU0sT0FBTyxHQUFHLEVBQUUsTUFBTSxTQUFTO0FBQ3hDLFdBQU8sTUFBTSxPQUFPLEdBQUcsRUFBRSxXQUFXLElBQUk7QUFDeEMsV0FBTyxNQUFNLE9BQU8sR0FBRyxFQUFFLE1BQU0sYUFBYTtBQUM1QyxXQUFPLE1BQU0sT0FBTyxHQUFHLEVBQUUsTUFBTSxhQUFhO0FBQzVDLFdBQU8sTUFBTSxPQUFPLEdBQUcsRUFBRSxNQUFNLFlBQVk7QUFDM0MsV0FBTyxNQUFNLE9BQU8sR0FBRyxFQUFFLFdBQVcsS0FBSztBQUN6QyxXQUFPLE1BQU0sT0FBTyxHQUFHLEVBQUUsTUFBTSxhQUFhO0FBQUEsRUFDOUMsQ0FBQztBQUVELEtBQUcsNENBQTRDLE1BQU07QUFDbkQsVUFBTSxjQUFjLElBQUksVUFBVSxnQkFBZ0IsRUFBRSxPQUFPLE9BQU8sT0FBTyxJQUFJLE1BQU0sa0NBQWtDLEdBQUcsRUFBRSxNQUFNLGVBQWUsQ0FBQyxFQUFFLENBQUM7QUFDbkosVUFBTSxhQUFhLElBQUksVUFBVSxjQUFjLEVBQUUsT0FBTyxPQUFPLE9BQU8sSUFBSSxNQUFNLG1CQUFtQixHQUFHLEVBQUUsTUFBTSxpQkFBaUIsQ0FBQyxFQUFFLENBQUM7QUFDbkksVUFBTSxRQUFRLE9BQU8sT0FBTyxJQUFJLE1BQU0saUJBQWlCLEdBQUcsRUFBRSxNQUFNLGFBQWEsQ0FBQztBQUNoRixlQUFXLEtBQUssQ0FBQyxhQUFhLFlBQVksS0FBSyxHQUFHO0FBQ2hELFlBQU0sUUFBSSxzQ0FBYyxHQUFHLE9BQU87QUFDbEMsYUFBTyxNQUFNLEVBQUUsTUFBTSxXQUFXLE9BQU8sQ0FBQyxDQUFDO0FBQ3pDLGFBQU8sTUFBTSxFQUFFLFdBQVcsSUFBSTtBQUM5QixhQUFPLE1BQU0sRUFBRSxVQUFVLENBQUM7QUFBQSxJQUM1QjtBQUFBLEVBQ0YsQ0FBQztBQUVELEtBQUcsNEVBQTRFLE1BQU07QUFDbkYsV0FBTyxVQUFNLHNDQUFjLElBQUksWUFBWSw0QkFBNEIsR0FBRyxPQUFPLEVBQUUsTUFBTSxhQUFhO0FBQ3RHLFdBQU8sVUFBTSxzQ0FBYyxJQUFJLE1BQU0sb0NBQW9DLEdBQUcsT0FBTyxFQUFFLFdBQVcsSUFBSTtBQUNwRyxVQUFNLFlBQVEsc0NBQWMsSUFBSSxNQUFNLGVBQWUsR0FBRyxPQUFPO0FBQy9ELFdBQU8sTUFBTSxNQUFNLE1BQU0sWUFBWTtBQUNyQyxXQUFPLE1BQU0sTUFBTSxVQUFVLENBQUM7QUFBQSxFQUNoQyxDQUFDO0FBRUQsS0FBRyxrRUFBa0UsTUFBTTtBQUN6RSxVQUFNLFFBQVEsSUFBSSxzQkFBUztBQUFBLE1BQ3pCLFNBQVMsS0FBSyxVQUFVLEVBQUUsT0FBTyxFQUFFLE1BQU0sS0FBSyxTQUFTLDJDQUEyQyxRQUFRLE1BQU0sU0FBUyxRQUFRLE1BQU0sSUFBSSxRQUFRLG1CQUFtQixFQUFFLENBQUM7QUFBQSxNQUN6SyxRQUFRO0FBQUEsSUFDVixDQUFDO0FBQ0QsVUFBTSxZQUFRLHNDQUFjLE9BQU8sT0FBTztBQUMxQyxXQUFPLEdBQUcsQ0FBQyxNQUFNLFFBQVEsU0FBUyxRQUFRLE1BQU0sR0FBRyxNQUFNLE9BQU87QUFDaEUsV0FBTyxHQUFHLEtBQUMsc0NBQWMsSUFBSSxNQUFNLFFBQVEsUUFBUSxNQUFNLEVBQUUsR0FBRyxPQUFPLEVBQUUsUUFBUSxTQUFTLFFBQVEsTUFBTSxDQUFDO0FBQUEsRUFDekcsQ0FBQztBQUNILENBQUM7QUFFRCxTQUFTLGtCQUFrQixNQUFNO0FBQy9CLEtBQUcsa0RBQWtELE1BQU07QUFDekQsV0FBTyxVQUFNLHNDQUFjLGNBQWMsR0FBRyxJQUFJO0FBQ2hELFdBQU8sVUFBTSxzQ0FBYyxLQUFLLEdBQUcsSUFBTTtBQUN6QyxXQUFPLFVBQU0sc0NBQWMsTUFBTSxHQUFHLEdBQUc7QUFDdkMsV0FBTyxVQUFNLHNDQUFjLEVBQUUsU0FBUyxHQUFHLE9BQU8sSUFBWSxDQUFDLEdBQUcsSUFBSTtBQUNwRSxXQUFPLFVBQU0sc0NBQWMsTUFBTSxHQUFHLE1BQVM7QUFBQSxFQUMvQyxDQUFDO0FBRUQsS0FBRywrREFBMEQsTUFBTTtBQUNqRSxXQUFPLFVBQU0scUNBQWEsaURBQWlELEdBQUcsS0FBTTtBQUNwRixXQUFPLFVBQU0scUNBQWEseUJBQXlCLEdBQUcsR0FBRztBQUN6RCxXQUFPLFVBQU0scUNBQWEseUJBQXlCLEdBQUcsTUFBUztBQUFBLEVBQ2pFLENBQUM7QUFFRCxLQUFHLHNGQUFzRixNQUFNO0FBQzdGLFVBQU0sZUFBVyx1Q0FBZSxLQUFLLFVBQVUsUUFBUSwwQkFBMEIsRUFBRSxJQUFJLENBQUM7QUFDeEYsV0FBTyxVQUFNLHVDQUFlLFVBQVUsb0JBQW9CLEdBQUcsSUFBSTtBQUNqRSxVQUFNLE9BQU8sUUFBUSxhQUFhLEVBQUU7QUFDcEMsVUFBTSxrQkFBYyx1Q0FBZSxLQUFLLFVBQVUsRUFBRSxPQUFPLEVBQUUsR0FBRyxLQUFLLE9BQU8sU0FBUyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUM7QUFDNUYsV0FBTyxVQUFNLHVDQUFlLGFBQWEsWUFBWSxPQUFRLEdBQUcsS0FBTTtBQUFBLEVBQ3hFLENBQUM7QUFDSCxDQUFDO0FBRUQsU0FBUyxVQUFVLE1BQU07QUFDdkIsS0FBRyw0REFBNEQsTUFBTTtBQUNuRSxXQUFPLFVBQU0sc0JBQU8scUJBQXFCLFFBQVEsR0FBRywyQkFBMkI7QUFDL0UsV0FBTyxVQUFNLHNCQUFPLHVDQUF1QyxHQUFHLDJDQUEyQztBQUN6RyxXQUFPLFVBQU0sc0JBQU8sd0JBQXdCLEdBQUcsNEJBQTRCO0FBQUEsRUFDN0UsQ0FBQztBQUNILENBQUM7IiwKICAibmFtZXMiOiBbXQp9Cg==
