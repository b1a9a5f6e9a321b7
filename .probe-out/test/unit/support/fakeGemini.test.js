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
var import_node_perf_hooks = require("node:perf_hooks");
var import_genai = require("@google/genai");
var import_zod = require("zod");
var import_prose = require("../../support/fakeGemini/prose");
var import_fakeGemini = require("../../support/fakeGemini");
const MODEL = "gemini-2.5-flash";
function client(server, apiKey = server.apiKey) {
  return new import_genai.GoogleGenAI({ apiKey, httpOptions: { baseUrl: server.baseUrl } });
}
async function collectStream(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}
async function streamUntilError(stream) {
  let text = "";
  try {
    for await (const chunk of stream) text += chunk.text ?? "";
  } catch (error) {
    return { text, error };
  }
  return { text, error: void 0 };
}
function apiStatus(error) {
  return error instanceof import_genai.ApiError ? error.status : void 0;
}
describe("fake Gemini server (through the real SDK)", () => {
  let server;
  let ai;
  before(async () => {
    server = await (0, import_fakeGemini.startFakeGemini)();
    ai = client(server);
  });
  after(async () => {
    await server.stop();
  });
  beforeEach(() => {
    server.reset();
    server.setOptions({ ttftMs: 0, tokensPerSecond: 0, requestsPerMinute: 0, quotaWindowMs: 6e4 });
  });
  describe("generateContent", () => {
    it("listens on 127.0.0.1 with the default key", () => {
      assert.match(server.baseUrl, /^http:\/\/127\.0\.0\.1:\d+$/);
      assert.equal(server.apiKey, "test-key-123");
    });
    it("returns deterministic prose of the requested length", async () => {
      const request = { model: MODEL, contents: "Draft chapter 2 in about 1,200 words." };
      const first = await ai.models.generateContent(request);
      const second = await ai.models.generateContent(request);
      const other = await ai.models.generateContent({ ...request, contents: "Draft chapter 3 in about 1,200 words." });
      assert.equal(first.text, second.text);
      assert.notEqual(first.text, other.text);
      assert.equal((0, import_prose.countWords)(first.text ?? ""), 1200);
      assert.ok((first.text ?? "").split("\n\n").length > 5, "paragraphs separated by blank lines");
      assert.match(first.text ?? "", /^[A-Z"].*[.!?"]$/s);
      assert.equal(first.candidates?.[0]?.finishReason, "STOP");
      assert.equal(first.modelVersion, MODEL);
      assert.ok(first.responseId);
    });
    it("depends on the system instruction and the generation config too", async () => {
      const base = { model: MODEL, contents: "Write a scene." };
      const plain = await ai.models.generateContent(base);
      const withSystem = await ai.models.generateContent({ ...base, config: { systemInstruction: "You are terse." } });
      const warmer = await ai.models.generateContent({ ...base, config: { temperature: 1.5 } });
      assert.equal((0, import_prose.countWords)(plain.text ?? ""), 300, "default length");
      assert.notEqual(plain.text, withSystem.text);
      assert.notEqual(plain.text, warmer.text);
    });
    it("stops at maxOutputTokens with MAX_TOKENS, as a real model does", async () => {
      const reply = await ai.models.generateContent({ model: MODEL, contents: "Write 2000 words.", config: { maxOutputTokens: 200 } });
      assert.equal((0, import_prose.countWords)(reply.text ?? ""), 150);
      assert.equal(reply.candidates?.[0]?.finishReason, "MAX_TOKENS");
    });
    it("reports usage metadata", async () => {
      const prompt = "Write about 100 words on a lighthouse.";
      const reply = await ai.models.generateContent({ model: MODEL, contents: prompt, config: { thinkingConfig: { thinkingBudget: 50 } } });
      const usage = reply.usageMetadata;
      assert.equal(usage?.promptTokenCount, Math.ceil(prompt.length / 4));
      assert.equal(usage?.candidatesTokenCount, Math.ceil(100 * 1.3));
      assert.ok((usage?.thoughtsTokenCount ?? 0) <= 50);
      assert.equal(usage?.totalTokenCount, (usage?.promptTokenCount ?? 0) + (usage?.candidatesTokenCount ?? 0) + (usage?.thoughtsTokenCount ?? 0));
      const noThinking = await ai.models.generateContent({ model: "gemini-2.0-flash", contents: prompt });
      assert.equal(noThinking.usageMetadata?.thoughtsTokenCount, void 0);
    });
    it("logs each request with its prompt, config and timing", async () => {
      await ai.models.generateContent({
        model: MODEL,
        contents: [{ role: "user", parts: [{ text: "part one" }, { text: "part two" }] }],
        config: { systemInstruction: "Be brief.", temperature: 0.3 }
      });
      const [entry] = server.requests;
      assert.ok(entry);
      assert.equal(entry.action, "generateContent");
      assert.equal(entry.model, MODEL);
      assert.equal(entry.path, `/v1beta/models/${MODEL}:generateContent`);
      assert.equal(entry.promptText, "part one\npart two");
      assert.equal(entry.systemInstruction, "Be brief.");
      assert.equal(entry.generationConfig?.["temperature"], 0.3);
      assert.equal(entry.status, 200);
      assert.equal(entry.outputWords, 300);
      assert.equal(entry.endReason, "finished");
      assert.ok(entry.endedAt !== void 0 && entry.firstByteAt !== void 0 && entry.endedAt >= entry.startedAt);
    });
  });
  describe("streamGenerateContent", () => {
    it("streams several chunks that concatenate to the non-streamed text", async () => {
      const request = { model: MODEL, contents: "Write about 150 words." };
      const whole = await ai.models.generateContent(request);
      const chunks = await collectStream(await ai.models.generateContentStream(request));
      assert.ok(chunks.length > 5, `got ${chunks.length} chunks`);
      assert.equal(chunks.map((c) => c.text ?? "").join(""), whole.text);
      assert.equal(chunks.at(-1)?.candidates?.[0]?.finishReason, "STOP");
      assert.equal(chunks[0]?.candidates?.[0]?.finishReason, void 0);
      assert.equal(chunks.at(-1)?.usageMetadata?.candidatesTokenCount, whole.usageMetadata?.candidatesTokenCount);
      const entry = server.requests.at(-1);
      assert.equal(entry?.path, `/v1beta/models/${MODEL}:streamGenerateContent`);
      assert.equal(entry?.query["alt"], "sse");
      assert.equal(entry?.stream, true);
    });
    it("paces chunks by time to first token and tokens per second", async () => {
      server.setOptions({ ttftMs: 120, tokensPerSecond: 1300 });
      const started = import_node_perf_hooks.performance.now();
      const stream = await ai.models.generateContentStream({ model: MODEL, contents: "Write 100 words." });
      const arrivals = [];
      for await (const chunk of stream) if (chunk.text) arrivals.push(import_node_perf_hooks.performance.now() - started);
      const entry = server.requests.at(-1);
      assert.ok(entry?.firstByteAt !== void 0 && entry.endedAt !== void 0);
      assert.ok(entry.firstByteAt - entry.startedAt >= 115, `ttft ${entry.firstByteAt - entry.startedAt}`);
      assert.ok(entry.endedAt - entry.startedAt >= 215, `duration ${entry.endedAt - entry.startedAt}`);
      assert.ok(arrivals.length > 1);
      assert.ok((arrivals[0] ?? 0) >= 115, `first chunk at ${arrivals[0]}`);
      assert.ok((arrivals.at(-1) ?? 0) >= 215, `last chunk at ${arrivals.at(-1)}`);
    });
    it("sends a non-streamed reply after the whole simulated duration", async () => {
      server.setOptions({ ttftMs: 50, tokensPerSecond: 2600 });
      const started = import_node_perf_hooks.performance.now();
      await ai.models.generateContent({ model: MODEL, contents: "Write 200 words." });
      assert.ok(import_node_perf_hooks.performance.now() - started >= 145);
    });
    it("stops writing when the client goes away mid-stream", async () => {
      server.setOptions({ tokensPerSecond: 130 });
      const controller = new AbortController();
      const stream = await ai.models.generateContentStream({
        model: MODEL,
        contents: "Write 1000 words.",
        config: { abortSignal: controller.signal }
      });
      const { error } = await (async () => {
        try {
          for await (const chunk of stream) if (chunk.text) controller.abort();
        } catch (e) {
          return { error: e };
        }
        return { error: void 0 };
      })();
      assert.ok(error, "the aborted stream rejects");
      const entry = await server.waitForRequest((e) => e.endReason !== void 0);
      assert.equal(entry.endReason, "client-closed");
      assert.ok(entry.outputWords < 1e3);
      assert.equal(server.stats.inFlight, 0);
    });
  });
  describe("structured output", () => {
    const Chapter = import_zod.z.object({
      title: import_zod.z.string().min(3).max(60),
      number: import_zod.z.number().int().min(1).max(40),
      mood: import_zod.z.enum(["tense", "calm", "joyful"]),
      wordTarget: import_zod.z.number().int().positive(),
      beats: import_zod.z.array(import_zod.z.object({ summary: import_zod.z.string(), pov: import_zod.z.string().nullable() })).min(4).max(8),
      tags: import_zod.z.array(import_zod.z.string()).max(2),
      epigraph: import_zod.z.string().optional(),
      ratio: import_zod.z.number().min(0).max(1),
      draft: import_zod.z.boolean()
    });
    it("replies with JSON valid against a zod schema sent as responseJsonSchema", async () => {
      const config = { responseMimeType: "application/json", responseJsonSchema: import_zod.z.toJSONSchema(Chapter) };
      const reply = await ai.models.generateContent({ model: MODEL, contents: "Outline chapter 1.", config });
      const value = Chapter.parse(JSON.parse(reply.text ?? ""));
      assert.equal(value.beats.length, 4, "minItems");
      assert.equal(value.tags.length, 2, "three by default, capped by maxItems");
      const again = await ai.models.generateContent({ model: MODEL, contents: "Outline chapter 1.", config });
      assert.equal(again.text, reply.text);
    });
    it("streams the same JSON in pieces", async () => {
      const config = { responseMimeType: "application/json", responseJsonSchema: import_zod.z.toJSONSchema(Chapter) };
      const chunks = await collectStream(await ai.models.generateContentStream({ model: MODEL, contents: "Outline.", config }));
      assert.ok(chunks.length > 1);
      Chapter.parse(JSON.parse(chunks.map((c) => c.text ?? "").join("")));
    });
    it("also honours Gemini-style responseSchema", async () => {
      const reply = await ai.models.generateContent({
        model: MODEL,
        contents: "List characters.",
        config: {
          responseMimeType: "application/json",
          responseSchema: {
            type: import_genai.Type.ARRAY,
            minItems: "2",
            items: {
              type: import_genai.Type.OBJECT,
              properties: { name: { type: import_genai.Type.STRING }, age: { type: import_genai.Type.INTEGER, minimum: 18, maximum: 90 } },
              required: ["name", "age"]
            }
          }
        }
      });
      const value = import_zod.z.array(import_zod.z.object({ name: import_zod.z.string(), age: import_zod.z.number().int().min(18).max(90) })).length(2).parse(JSON.parse(reply.text ?? ""));
      assert.ok(value[0]?.name);
    });
  });
  describe("countTokens and models", () => {
    it("counts tokens at about four characters each", async () => {
      const text = "The quick brown fox jumps over the lazy dog.";
      const result = await ai.models.countTokens({ model: MODEL, contents: text });
      assert.equal(result.totalTokens, Math.ceil(text.length / 4) + 1);
      assert.equal(server.requests.at(-1)?.action, "countTokens");
    });
    it("describes a known model and lists them all", async () => {
      const model = await ai.models.get({ model: MODEL });
      assert.equal(model.name, `models/${MODEL}`);
      assert.ok((model.inputTokenLimit ?? 0) > 0);
      const names = [];
      for await (const m of await ai.models.list({ config: { pageSize: 3 } })) names.push(m.name ?? "");
      assert.deepEqual(names, ["models/gemini-2.5-flash", "models/gemini-2.5-pro", "models/gemini-2.5-flash-lite", "models/gemini-2.0-flash"]);
    });
    it("answers an unknown model with Gemini 404", async () => {
      await assert.rejects(ai.models.get({ model: "gemini-9.9-flash" }), (e) => {
        assert.equal(apiStatus(e), 404);
        assert.match(e.message, /models\/gemini-9\.9-flash is not found for API version v1beta/);
        return true;
      });
      await assert.rejects(ai.models.generateContent({ model: "gemini-9.9-flash", contents: "x" }), (e) => apiStatus(e) === 404);
      const stream = await streamUntilError(await ai.models.generateContentStream({ model: "gemini-9.9-flash", contents: "x" }).catch(failingStream));
      assert.equal(apiStatus(stream.error), 404);
    });
    it("serves a configured model list", async () => {
      const custom = await (0, import_fakeGemini.startFakeGemini)({ models: ["my-model", { id: "big-model", displayName: "Big", outputTokenLimit: 10 }] });
      try {
        const model = await client(custom).models.get({ model: "big-model" });
        assert.equal(model.displayName, "Big");
        assert.equal(model.outputTokenLimit, 10);
        await assert.rejects(client(custom).models.get({ model: MODEL }), (e) => apiStatus(e) === 404);
      } finally {
        await custom.stop();
      }
    });
  });
  describe("API key", () => {
    it("rejects a wrong key with 400 API_KEY_INVALID", async () => {
      const wrong = client(server, "not-the-key");
      await assert.rejects(wrong.models.generateContent({ model: MODEL, contents: "x" }), (e) => {
        assert.equal(apiStatus(e), 400);
        assert.match(e.message, /API_KEY_INVALID/);
        return true;
      });
      const stream = await streamUntilError(await wrong.models.generateContentStream({ model: MODEL, contents: "x" }).catch(failingStream));
      assert.equal(apiStatus(stream.error), 400);
      assert.match(stream.error.message, /API_KEY_INVALID/);
    });
    it("rejects a request without a key", async () => {
      const response = await fetch(`${server.baseUrl}/v1beta/models/${MODEL}:generateContent`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ contents: [{ role: "user", parts: [{ text: "x" }] }] })
      });
      assert.equal(response.status, 400);
      const body = await response.json();
      assert.equal(body.error.details[0]?.reason, "API_KEY_INVALID");
      assert.equal(server.requests.at(-1)?.hadKeyHeader, false);
    });
    it("sees the SDK send the key in a header, never in the URL", async () => {
      await ai.models.generateContent({ model: MODEL, contents: "x" });
      await collectStream(await ai.models.generateContentStream({ model: MODEL, contents: "x" }));
      await ai.models.countTokens({ model: MODEL, contents: "x" });
      await ai.models.get({ model: MODEL });
      assert.equal(server.requests.length, 4);
      for (const entry of server.requests) {
        assert.equal(entry.hadKeyHeader, true, entry.path);
        assert.equal(entry.keyInQuery, false, entry.path);
      }
    });
    it("logs a key that arrives in the query string", async () => {
      const response = await fetch(`${server.baseUrl}/v1beta/models/${MODEL}?key=${server.apiKey}`);
      assert.equal(response.status, 200);
      assert.equal(server.requests.at(-1)?.keyInQuery, true);
    });
  });
  describe("scripted faults", () => {
    for (const name of (0, import_fakeGemini.listFixtures)()) {
      it(`replays fixture ${name} with its status`, async () => {
        const fixture = (0, import_fakeGemini.loadFixture)(name);
        server.script({ kind: "fixture", name }, { kind: "fixture", name });
        const call = ai.models.generateContent({ model: MODEL, contents: "x" });
        if (fixture.statusCode === 200) {
          const reply = await call;
          assert.deepEqual(reply.candidates?.[0]?.finishReason, fixture.body.candidates?.[0]?.finishReason);
          assert.equal(reply.responseId, fixture.body.responseId);
          const chunks = await collectStream(await ai.models.generateContentStream({ model: MODEL, contents: "x" }));
          assert.equal(chunks.length, 1);
          assert.equal(chunks[0]?.responseId, reply.responseId);
        } else {
          await assert.rejects(call, (e) => apiStatus(e) === fixture.statusCode);
          const stream = await streamUntilError(await ai.models.generateContentStream({ model: MODEL, contents: "x" }).catch(failingStream));
          assert.equal(apiStatus(stream.error), fixture.statusCode);
        }
        assert.deepEqual(server.requests.map((r) => r.status), [fixture.statusCode, fixture.statusCode]);
      });
    }
    it("serves the per-minute 429 with its fractional retryDelay", async () => {
      server.script({ kind: "fixture", name: "429-per-minute-retryinfo" });
      await assert.rejects(ai.models.generateContent({ model: MODEL, contents: "x" }), (e) => {
        const body = JSON.parse(e.message);
        const retry = body.error.details.find((d) => d["@type"] === "type.googleapis.com/google.rpc.RetryInfo");
        assert.equal(retry?.["retryDelay"], "2.837906927s");
        return true;
      });
      assert.equal(server.stats.rateLimited, 1);
    });
    it("consumes scripted faults in order, then replies normally", async () => {
      server.script({ kind: "status", statusCode: 503 }, { kind: "status", statusCode: 500, body: { error: { code: 500, message: "boom", status: "INTERNAL" } } });
      await assert.rejects(ai.models.generateContent({ model: MODEL, contents: "x" }), (e) => apiStatus(e) === 503);
      await assert.rejects(ai.models.generateContent({ model: MODEL, contents: "x" }), (e) => apiStatus(e) === 500 && /boom/.test(e.message));
      const reply = await ai.models.generateContent({ model: MODEL, contents: "x" });
      assert.ok(reply.text);
      assert.deepEqual(server.requests.map((r) => r.fault?.kind), ["status", "status", void 0]);
    });
    it("matches faults to requests with scriptWhen", async () => {
      const handle = server.scriptWhen((r) => r.promptText.includes("Chapter 3"), { kind: "fixture", name: "503-overloaded" });
      await ai.models.generateContent({ model: MODEL, contents: "Chapter 1" });
      await assert.rejects(ai.models.generateContent({ model: MODEL, contents: "Chapter 3" }), (e) => apiStatus(e) === 503);
      await ai.models.generateContent({ model: MODEL, contents: "Chapter 3" });
      assert.equal(handle.used, 1);
      const always = server.scriptWhen((r) => r.stream, { kind: "status", statusCode: 500 }, { times: Infinity });
      for (let i = 0; i < 3; i++) {
        const { error } = await streamUntilError(await ai.models.generateContentStream({ model: MODEL, contents: "x" }).catch(failingStream));
        assert.equal(apiStatus(error), 500);
      }
      always.cancel();
      await collectStream(await ai.models.generateContentStream({ model: MODEL, contents: "x" }));
    });
    it("cuts a stream after some words (the SDK sees a network error)", async () => {
      server.script({ kind: "cut", afterWords: 30 });
      const { text, error } = await streamUntilError(await ai.models.generateContentStream({ model: MODEL, contents: "x" }));
      assert.ok(error instanceof Error && !(error instanceof import_genai.ApiError), `got ${String(error)}`);
      assert.match(error.message, /terminated|other side closed|socket/i);
      assert.equal((0, import_prose.countWords)(text), 30);
      const entry = await server.waitForRequest((e) => e.endReason !== void 0);
      assert.equal(entry.endReason, "cut");
      assert.equal(entry.outputWords, 30);
    });
    it("cuts a non-streamed reply after the headers", async () => {
      server.script({ kind: "cut", afterWords: 0 });
      await assert.rejects(ai.models.generateContent({ model: MODEL, contents: "x" }), (e) => e instanceof Error && !(e instanceof import_genai.ApiError));
    });
    it("sends a malformed SSE line the SDK cannot parse", async () => {
      server.script({ kind: "malformed", afterWords: 10 }, { kind: "malformed" });
      const { text, error } = await streamUntilError(await ai.models.generateContentStream({ model: MODEL, contents: "x" }));
      assert.ok(error instanceof Error, "stream fails");
      assert.equal((0, import_prose.countWords)(text), 10);
      await assert.rejects(ai.models.generateContent({ model: MODEL, contents: "x" }), SyntaxError);
    });
    it("delivers an error event mid-stream", async () => {
      server.script({ kind: "stream-error", afterWords: 20, status: 503 }, { kind: "stream-error", afterWords: 5 });
      const { text, error } = await streamUntilError(await ai.models.generateContentStream({ model: MODEL, contents: "x" }));
      assert.equal((0, import_prose.countWords)(text), 20);
      assert.equal(apiStatus(error), 503);
      assert.match(error.message, /^got status: UNAVAILABLE\./);
      await assert.rejects(ai.models.generateContent({ model: MODEL, contents: "x" }), (e) => apiStatus(e) === 500);
    });
    it("replies with exactly the scripted text, even when JSON was asked for", async () => {
      server.script({ kind: "text", text: '{"title": "unterminated', finishReason: "MAX_TOKENS" });
      const reply = await ai.models.generateContent({
        model: MODEL,
        contents: "x",
        config: { responseMimeType: "application/json", responseJsonSchema: { type: "object" } }
      });
      assert.equal(reply.text, '{"title": "unterminated');
      assert.equal(reply.candidates?.[0]?.finishReason, "MAX_TOKENS");
    });
    it("hangs until the client aborts, and the abort is prompt", async () => {
      server.script({ kind: "hang" });
      const controller = new AbortController();
      const call = ai.models.generateContent({ model: MODEL, contents: "x", config: { abortSignal: controller.signal } });
      await server.waitForRequest((e) => e.fault?.kind === "hang");
      const abortedAt = import_node_perf_hooks.performance.now();
      controller.abort();
      await assert.rejects(call, (e) => e instanceof Error && e.name === "AbortError");
      assert.ok(import_node_perf_hooks.performance.now() - abortedAt < 500);
      const entry = await server.waitForRequest((e) => e.endReason === "client-closed");
      assert.equal(entry.status, 0);
    });
    it("reports a missing fixture as a 500 naming it", async () => {
      server.script({ kind: "fixture", name: "no-such-fixture" });
      await assert.rejects(ai.models.generateContent({ model: MODEL, contents: "x" }), (e) => apiStatus(e) === 500 && /no-such-fixture/.test(e.message));
    });
  });
  describe("requests-per-minute quota", () => {
    it("answers past the limit with a per-minute 429 carrying RetryInfo", async () => {
      server.setOptions({ requestsPerMinute: 2 });
      await ai.models.generateContent({ model: MODEL, contents: "one" });
      await collectStream(await ai.models.generateContentStream({ model: MODEL, contents: "two" }));
      await ai.models.countTokens({ model: MODEL, contents: "not counted" });
      let message = "";
      await assert.rejects(ai.models.generateContent({ model: MODEL, contents: "three" }), (e) => {
        assert.equal(apiStatus(e), 429);
        message = e.message;
        return true;
      });
      const error = JSON.parse(message).error;
      const retry = error.details.find((d) => d["@type"] === "type.googleapis.com/google.rpc.RetryInfo");
      const delay = String(retry?.["retryDelay"]);
      assert.match(delay, /^\d+(\.\d{1,9})?s$/);
      const seconds = Number(delay.slice(0, -1));
      assert.ok(seconds > 55 && seconds <= 60, delay);
      assert.ok(error.message.includes(`Please retry in ${delay}.`));
      assert.ok(error.details.some((d) => d["@type"] === "type.googleapis.com/google.rpc.QuotaFailure"));
      const stream = await streamUntilError(await ai.models.generateContentStream({ model: MODEL, contents: "four" }).catch(failingStream));
      assert.equal(apiStatus(stream.error), 429);
      assert.deepEqual(server.stats.quotaRejected, 2);
      assert.deepEqual(server.stats.rateLimited, 2);
      assert.deepEqual(server.requests.map((r) => r.quotaRejected ?? false), [false, false, false, true, true]);
    });
    it("frees the window as requests age out of it", async () => {
      server.setOptions({ requestsPerMinute: 1, quotaWindowMs: 150 });
      await ai.models.generateContent({ model: MODEL, contents: "one" });
      const rejected = await ai.models.generateContent({ model: MODEL, contents: "two" }).catch((e) => e);
      assert.equal(apiStatus(rejected), 429);
      const seconds = Number(/Please retry in ([\d.]+)s/.exec(rejected.message)?.[1]);
      assert.ok(seconds > 0 && seconds <= 0.15);
      await new Promise((resolve) => setTimeout(resolve, seconds * 1e3 + 5));
      await ai.models.generateContent({ model: MODEL, contents: "three" });
    });
  });
  describe("stop", () => {
    it("returns promptly with a hung request open, and the client sees the connection drop", async () => {
      const local = await (0, import_fakeGemini.startFakeGemini)();
      local.script({ kind: "hang" });
      const call = client(local).models.generateContent({ model: MODEL, contents: "x" }).catch((e) => e);
      await local.waitForRequest((e) => e.fault?.kind === "hang");
      const started = import_node_perf_hooks.performance.now();
      await local.stop();
      assert.ok(import_node_perf_hooks.performance.now() - started < 500, "stop() returned promptly");
      assert.ok(await call instanceof Error);
      assert.equal(local.requests[0]?.endReason, "server-stopped");
      await local.stop();
    });
  });
});
function failingStream(error) {
  return (async function* () {
    yield* [];
    throw error;
  })();
}
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC91bml0L3N1cHBvcnQvZmFrZUdlbWluaS50ZXN0LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvLyBUaGUgR2VtaW5pLXByb3RvY29sIHRlc3Qgc2VydmVyLCBleGVyY2lzZWQgdGhyb3VnaCB0aGUgcmVhbCBAZ29vZ2xlL2dlbmFpIFNESyAobmV2ZXIgYSBmYWtlIG9mXG4vLyBpdCksIHBsdXMgYSByZXBsYXkgY2hlY2sgYWdhaW5zdCByZWFsIEdlbWluaSByZWNvcmRpbmdzIHdoZW4gLi4vc2hhcmVkIGlzIHByZXNlbnQuXG5pbXBvcnQgKiBhcyBhc3NlcnQgZnJvbSAnbm9kZTphc3NlcnQvc3RyaWN0JztcbmltcG9ydCB7IHBlcmZvcm1hbmNlIH0gZnJvbSAnbm9kZTpwZXJmX2hvb2tzJztcbmltcG9ydCB7IEFwaUVycm9yLCBHb29nbGVHZW5BSSwgVHlwZSwgdHlwZSBHZW5lcmF0ZUNvbnRlbnRSZXNwb25zZSB9IGZyb20gJ0Bnb29nbGUvZ2VuYWknO1xuaW1wb3J0IHsgeiB9IGZyb20gJ3pvZCc7XG5pbXBvcnQgeyBjb3VudFdvcmRzIH0gZnJvbSAnLi4vLi4vc3VwcG9ydC9mYWtlR2VtaW5pL3Byb3NlJztcbmltcG9ydCB7IGxpc3RGaXh0dXJlcywgbG9hZEZpeHR1cmUsIHN0YXJ0RmFrZUdlbWluaSwgdHlwZSBGYWtlR2VtaW5pIH0gZnJvbSAnLi4vLi4vc3VwcG9ydC9mYWtlR2VtaW5pJztcblxuY29uc3QgTU9ERUwgPSAnZ2VtaW5pLTIuNS1mbGFzaCc7XG5cbmZ1bmN0aW9uIGNsaWVudChzZXJ2ZXI6IEZha2VHZW1pbmksIGFwaUtleSA9IHNlcnZlci5hcGlLZXkpOiBHb29nbGVHZW5BSSB7XG4gIHJldHVybiBuZXcgR29vZ2xlR2VuQUkoeyBhcGlLZXksIGh0dHBPcHRpb25zOiB7IGJhc2VVcmw6IHNlcnZlci5iYXNlVXJsIH0gfSk7XG59XG5cbmFzeW5jIGZ1bmN0aW9uIGNvbGxlY3RTdHJlYW0oc3RyZWFtOiBBc3luY0dlbmVyYXRvcjxHZW5lcmF0ZUNvbnRlbnRSZXNwb25zZT4pOiBQcm9taXNlPEdlbmVyYXRlQ29udGVudFJlc3BvbnNlW10+IHtcbiAgY29uc3QgY2h1bmtzOiBHZW5lcmF0ZUNvbnRlbnRSZXNwb25zZVtdID0gW107XG4gIGZvciBhd2FpdCAoY29uc3QgY2h1bmsgb2Ygc3RyZWFtKSBjaHVua3MucHVzaChjaHVuayk7XG4gIHJldHVybiBjaHVua3M7XG59XG5cbi8qKiBTdHJlYW0gdGV4dCByZWNlaXZlZCBiZWZvcmUgdGhlIHN0cmVhbSBmYWlsZWQsIGFuZCB0aGUgZmFpbHVyZS4gKi9cbmFzeW5jIGZ1bmN0aW9uIHN0cmVhbVVudGlsRXJyb3Ioc3RyZWFtOiBBc3luY0dlbmVyYXRvcjxHZW5lcmF0ZUNvbnRlbnRSZXNwb25zZT4pOiBQcm9taXNlPHsgdGV4dDogc3RyaW5nOyBlcnJvcjogdW5rbm93biB9PiB7XG4gIGxldCB0ZXh0ID0gJyc7XG4gIHRyeSB7XG4gICAgZm9yIGF3YWl0IChjb25zdCBjaHVuayBvZiBzdHJlYW0pIHRleHQgKz0gY2h1bmsudGV4dCA/PyAnJztcbiAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICByZXR1cm4geyB0ZXh0LCBlcnJvciB9O1xuICB9XG4gIHJldHVybiB7IHRleHQsIGVycm9yOiB1bmRlZmluZWQgfTtcbn1cblxuZnVuY3Rpb24gYXBpU3RhdHVzKGVycm9yOiB1bmtub3duKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgcmV0dXJuIGVycm9yIGluc3RhbmNlb2YgQXBpRXJyb3IgPyBlcnJvci5zdGF0dXMgOiB1bmRlZmluZWQ7XG59XG5cbmRlc2NyaWJlKCdmYWtlIEdlbWluaSBzZXJ2ZXIgKHRocm91Z2ggdGhlIHJlYWwgU0RLKScsICgpID0+IHtcbiAgbGV0IHNlcnZlcjogRmFrZUdlbWluaTtcbiAgbGV0IGFpOiBHb29nbGVHZW5BSTtcblxuICBiZWZvcmUoYXN5bmMgKCkgPT4ge1xuICAgIHNlcnZlciA9IGF3YWl0IHN0YXJ0RmFrZUdlbWluaSgpO1xuICAgIGFpID0gY2xpZW50KHNlcnZlcik7XG4gIH0pO1xuICBhZnRlcihhc3luYyAoKSA9PiB7XG4gICAgYXdhaXQgc2VydmVyLnN0b3AoKTtcbiAgfSk7XG4gIGJlZm9yZUVhY2goKCkgPT4ge1xuICAgIHNlcnZlci5yZXNldCgpO1xuICAgIHNlcnZlci5zZXRPcHRpb25zKHsgdHRmdE1zOiAwLCB0b2tlbnNQZXJTZWNvbmQ6IDAsIHJlcXVlc3RzUGVyTWludXRlOiAwLCBxdW90YVdpbmRvd01zOiA2MF8wMDAgfSk7XG4gIH0pO1xuXG4gIGRlc2NyaWJlKCdnZW5lcmF0ZUNvbnRlbnQnLCAoKSA9PiB7XG4gICAgaXQoJ2xpc3RlbnMgb24gMTI3LjAuMC4xIHdpdGggdGhlIGRlZmF1bHQga2V5JywgKCkgPT4ge1xuICAgICAgYXNzZXJ0Lm1hdGNoKHNlcnZlci5iYXNlVXJsLCAvXmh0dHA6XFwvXFwvMTI3XFwuMFxcLjBcXC4xOlxcZCskLyk7XG4gICAgICBhc3NlcnQuZXF1YWwoc2VydmVyLmFwaUtleSwgJ3Rlc3Qta2V5LTEyMycpO1xuICAgIH0pO1xuXG4gICAgaXQoJ3JldHVybnMgZGV0ZXJtaW5pc3RpYyBwcm9zZSBvZiB0aGUgcmVxdWVzdGVkIGxlbmd0aCcsIGFzeW5jICgpID0+IHtcbiAgICAgIGNvbnN0IHJlcXVlc3QgPSB7IG1vZGVsOiBNT0RFTCwgY29udGVudHM6ICdEcmFmdCBjaGFwdGVyIDIgaW4gYWJvdXQgMSwyMDAgd29yZHMuJyB9O1xuICAgICAgY29uc3QgZmlyc3QgPSBhd2FpdCBhaS5tb2RlbHMuZ2VuZXJhdGVDb250ZW50KHJlcXVlc3QpO1xuICAgICAgY29uc3Qgc2Vjb25kID0gYXdhaXQgYWkubW9kZWxzLmdlbmVyYXRlQ29udGVudChyZXF1ZXN0KTtcbiAgICAgIGNvbnN0IG90aGVyID0gYXdhaXQgYWkubW9kZWxzLmdlbmVyYXRlQ29udGVudCh7IC4uLnJlcXVlc3QsIGNvbnRlbnRzOiAnRHJhZnQgY2hhcHRlciAzIGluIGFib3V0IDEsMjAwIHdvcmRzLicgfSk7XG4gICAgICBhc3NlcnQuZXF1YWwoZmlyc3QudGV4dCwgc2Vjb25kLnRleHQpO1xuICAgICAgYXNzZXJ0Lm5vdEVxdWFsKGZpcnN0LnRleHQsIG90aGVyLnRleHQpO1xuICAgICAgYXNzZXJ0LmVxdWFsKGNvdW50V29yZHMoZmlyc3QudGV4dCA/PyAnJyksIDEyMDApO1xuICAgICAgYXNzZXJ0Lm9rKChmaXJzdC50ZXh0ID8/ICcnKS5zcGxpdCgnXFxuXFxuJykubGVuZ3RoID4gNSwgJ3BhcmFncmFwaHMgc2VwYXJhdGVkIGJ5IGJsYW5rIGxpbmVzJyk7XG4gICAgICBhc3NlcnQubWF0Y2goZmlyc3QudGV4dCA/PyAnJywgL15bQS1aXCJdLipbLiE/XCJdJC9zKTtcbiAgICAgIGFzc2VydC5lcXVhbChmaXJzdC5jYW5kaWRhdGVzPy5bMF0/LmZpbmlzaFJlYXNvbiwgJ1NUT1AnKTtcbiAgICAgIGFzc2VydC5lcXVhbChmaXJzdC5tb2RlbFZlcnNpb24sIE1PREVMKTtcbiAgICAgIGFzc2VydC5vayhmaXJzdC5yZXNwb25zZUlkKTtcbiAgICB9KTtcblxuICAgIGl0KCdkZXBlbmRzIG9uIHRoZSBzeXN0ZW0gaW5zdHJ1Y3Rpb24gYW5kIHRoZSBnZW5lcmF0aW9uIGNvbmZpZyB0b28nLCBhc3luYyAoKSA9PiB7XG4gICAgICBjb25zdCBiYXNlID0geyBtb2RlbDogTU9ERUwsIGNvbnRlbnRzOiAnV3JpdGUgYSBzY2VuZS4nIH07XG4gICAgICBjb25zdCBwbGFpbiA9IGF3YWl0IGFpLm1vZGVscy5nZW5lcmF0ZUNvbnRlbnQoYmFzZSk7XG4gICAgICBjb25zdCB3aXRoU3lzdGVtID0gYXdhaXQgYWkubW9kZWxzLmdlbmVyYXRlQ29udGVudCh7IC4uLmJhc2UsIGNvbmZpZzogeyBzeXN0ZW1JbnN0cnVjdGlvbjogJ1lvdSBhcmUgdGVyc2UuJyB9IH0pO1xuICAgICAgY29uc3Qgd2FybWVyID0gYXdhaXQgYWkubW9kZWxzLmdlbmVyYXRlQ29udGVudCh7IC4uLmJhc2UsIGNvbmZpZzogeyB0ZW1wZXJhdHVyZTogMS41IH0gfSk7XG4gICAgICBhc3NlcnQuZXF1YWwoY291bnRXb3JkcyhwbGFpbi50ZXh0ID8/ICcnKSwgMzAwLCAnZGVmYXVsdCBsZW5ndGgnKTtcbiAgICAgIGFzc2VydC5ub3RFcXVhbChwbGFpbi50ZXh0LCB3aXRoU3lzdGVtLnRleHQpO1xuICAgICAgYXNzZXJ0Lm5vdEVxdWFsKHBsYWluLnRleHQsIHdhcm1lci50ZXh0KTtcbiAgICB9KTtcblxuICAgIGl0KCdzdG9wcyBhdCBtYXhPdXRwdXRUb2tlbnMgd2l0aCBNQVhfVE9LRU5TLCBhcyBhIHJlYWwgbW9kZWwgZG9lcycsIGFzeW5jICgpID0+IHtcbiAgICAgIGNvbnN0IHJlcGx5ID0gYXdhaXQgYWkubW9kZWxzLmdlbmVyYXRlQ29udGVudCh7IG1vZGVsOiBNT0RFTCwgY29udGVudHM6ICdXcml0ZSAyMDAwIHdvcmRzLicsIGNvbmZpZzogeyBtYXhPdXRwdXRUb2tlbnM6IDIwMCB9IH0pO1xuICAgICAgYXNzZXJ0LmVxdWFsKGNvdW50V29yZHMocmVwbHkudGV4dCA/PyAnJyksIDE1MCk7XG4gICAgICBhc3NlcnQuZXF1YWwocmVwbHkuY2FuZGlkYXRlcz8uWzBdPy5maW5pc2hSZWFzb24sICdNQVhfVE9LRU5TJyk7XG4gICAgfSk7XG5cbiAgICBpdCgncmVwb3J0cyB1c2FnZSBtZXRhZGF0YScsIGFzeW5jICgpID0+IHtcbiAgICAgIGNvbnN0IHByb21wdCA9ICdXcml0ZSBhYm91dCAxMDAgd29yZHMgb24gYSBsaWdodGhvdXNlLic7XG4gICAgICBjb25zdCByZXBseSA9IGF3YWl0IGFpLm1vZGVscy5nZW5lcmF0ZUNvbnRlbnQoeyBtb2RlbDogTU9ERUwsIGNvbnRlbnRzOiBwcm9tcHQsIGNvbmZpZzogeyB0aGlua2luZ0NvbmZpZzogeyB0aGlua2luZ0J1ZGdldDogNTAgfSB9IH0pO1xuICAgICAgY29uc3QgdXNhZ2UgPSByZXBseS51c2FnZU1ldGFkYXRhO1xuICAgICAgYXNzZXJ0LmVxdWFsKHVzYWdlPy5wcm9tcHRUb2tlbkNvdW50LCBNYXRoLmNlaWwocHJvbXB0Lmxlbmd0aCAvIDQpKTtcbiAgICAgIGFzc2VydC5lcXVhbCh1c2FnZT8uY2FuZGlkYXRlc1Rva2VuQ291bnQsIE1hdGguY2VpbCgxMDAgKiAxLjMpKTtcbiAgICAgIGFzc2VydC5vaygodXNhZ2U/LnRob3VnaHRzVG9rZW5Db3VudCA/PyAwKSA8PSA1MCk7XG4gICAgICBhc3NlcnQuZXF1YWwodXNhZ2U/LnRvdGFsVG9rZW5Db3VudCwgKHVzYWdlPy5wcm9tcHRUb2tlbkNvdW50ID8/IDApICsgKHVzYWdlPy5jYW5kaWRhdGVzVG9rZW5Db3VudCA/PyAwKSArICh1c2FnZT8udGhvdWdodHNUb2tlbkNvdW50ID8/IDApKTtcbiAgICAgIGNvbnN0IG5vVGhpbmtpbmcgPSBhd2FpdCBhaS5tb2RlbHMuZ2VuZXJhdGVDb250ZW50KHsgbW9kZWw6ICdnZW1pbmktMi4wLWZsYXNoJywgY29udGVudHM6IHByb21wdCB9KTtcbiAgICAgIGFzc2VydC5lcXVhbChub1RoaW5raW5nLnVzYWdlTWV0YWRhdGE/LnRob3VnaHRzVG9rZW5Db3VudCwgdW5kZWZpbmVkKTtcbiAgICB9KTtcblxuICAgIGl0KCdsb2dzIGVhY2ggcmVxdWVzdCB3aXRoIGl0cyBwcm9tcHQsIGNvbmZpZyBhbmQgdGltaW5nJywgYXN5bmMgKCkgPT4ge1xuICAgICAgYXdhaXQgYWkubW9kZWxzLmdlbmVyYXRlQ29udGVudCh7XG4gICAgICAgIG1vZGVsOiBNT0RFTCxcbiAgICAgICAgY29udGVudHM6IFt7IHJvbGU6ICd1c2VyJywgcGFydHM6IFt7IHRleHQ6ICdwYXJ0IG9uZScgfSwgeyB0ZXh0OiAncGFydCB0d28nIH1dIH1dLFxuICAgICAgICBjb25maWc6IHsgc3lzdGVtSW5zdHJ1Y3Rpb246ICdCZSBicmllZi4nLCB0ZW1wZXJhdHVyZTogMC4zIH0sXG4gICAgICB9KTtcbiAgICAgIGNvbnN0IFtlbnRyeV0gPSBzZXJ2ZXIucmVxdWVzdHM7XG4gICAgICBhc3NlcnQub2soZW50cnkpO1xuICAgICAgYXNzZXJ0LmVxdWFsKGVudHJ5LmFjdGlvbiwgJ2dlbmVyYXRlQ29udGVudCcpO1xuICAgICAgYXNzZXJ0LmVxdWFsKGVudHJ5Lm1vZGVsLCBNT0RFTCk7XG4gICAgICBhc3NlcnQuZXF1YWwoZW50cnkucGF0aCwgYC92MWJldGEvbW9kZWxzLyR7TU9ERUx9OmdlbmVyYXRlQ29udGVudGApO1xuICAgICAgYXNzZXJ0LmVxdWFsKGVudHJ5LnByb21wdFRleHQsICdwYXJ0IG9uZVxcbnBhcnQgdHdvJyk7XG4gICAgICBhc3NlcnQuZXF1YWwoZW50cnkuc3lzdGVtSW5zdHJ1Y3Rpb24sICdCZSBicmllZi4nKTtcbiAgICAgIGFzc2VydC5lcXVhbChlbnRyeS5nZW5lcmF0aW9uQ29uZmlnPy5bJ3RlbXBlcmF0dXJlJ10sIDAuMyk7XG4gICAgICBhc3NlcnQuZXF1YWwoZW50cnkuc3RhdHVzLCAyMDApO1xuICAgICAgYXNzZXJ0LmVxdWFsKGVudHJ5Lm91dHB1dFdvcmRzLCAzMDApO1xuICAgICAgYXNzZXJ0LmVxdWFsKGVudHJ5LmVuZFJlYXNvbiwgJ2ZpbmlzaGVkJyk7XG4gICAgICBhc3NlcnQub2soZW50cnkuZW5kZWRBdCAhPT0gdW5kZWZpbmVkICYmIGVudHJ5LmZpcnN0Qnl0ZUF0ICE9PSB1bmRlZmluZWQgJiYgZW50cnkuZW5kZWRBdCA+PSBlbnRyeS5zdGFydGVkQXQpO1xuICAgIH0pO1xuICB9KTtcblxuICBkZXNjcmliZSgnc3RyZWFtR2VuZXJhdGVDb250ZW50JywgKCkgPT4ge1xuICAgIGl0KCdzdHJlYW1zIHNldmVyYWwgY2h1bmtzIHRoYXQgY29uY2F0ZW5hdGUgdG8gdGhlIG5vbi1zdHJlYW1lZCB0ZXh0JywgYXN5bmMgKCkgPT4ge1xuICAgICAgY29uc3QgcmVxdWVzdCA9IHsgbW9kZWw6IE1PREVMLCBjb250ZW50czogJ1dyaXRlIGFib3V0IDE1MCB3b3Jkcy4nIH07XG4gICAgICBjb25zdCB3aG9sZSA9IGF3YWl0IGFpLm1vZGVscy5nZW5lcmF0ZUNvbnRlbnQocmVxdWVzdCk7XG4gICAgICBjb25zdCBjaHVua3MgPSBhd2FpdCBjb2xsZWN0U3RyZWFtKGF3YWl0IGFpLm1vZGVscy5nZW5lcmF0ZUNvbnRlbnRTdHJlYW0ocmVxdWVzdCkpO1xuICAgICAgYXNzZXJ0Lm9rKGNodW5rcy5sZW5ndGggPiA1LCBgZ290ICR7Y2h1bmtzLmxlbmd0aH0gY2h1bmtzYCk7XG4gICAgICBhc3NlcnQuZXF1YWwoY2h1bmtzLm1hcCgoYykgPT4gYy50ZXh0ID8/ICcnKS5qb2luKCcnKSwgd2hvbGUudGV4dCk7XG4gICAgICBhc3NlcnQuZXF1YWwoY2h1bmtzLmF0KC0xKT8uY2FuZGlkYXRlcz8uWzBdPy5maW5pc2hSZWFzb24sICdTVE9QJyk7XG4gICAgICBhc3NlcnQuZXF1YWwoY2h1bmtzWzBdPy5jYW5kaWRhdGVzPy5bMF0/LmZpbmlzaFJlYXNvbiwgdW5kZWZpbmVkKTtcbiAgICAgIGFzc2VydC5lcXVhbChjaHVua3MuYXQoLTEpPy51c2FnZU1ldGFkYXRhPy5jYW5kaWRhdGVzVG9rZW5Db3VudCwgd2hvbGUudXNhZ2VNZXRhZGF0YT8uY2FuZGlkYXRlc1Rva2VuQ291bnQpO1xuICAgICAgY29uc3QgZW50cnkgPSBzZXJ2ZXIucmVxdWVzdHMuYXQoLTEpO1xuICAgICAgYXNzZXJ0LmVxdWFsKGVudHJ5Py5wYXRoLCBgL3YxYmV0YS9tb2RlbHMvJHtNT0RFTH06c3RyZWFtR2VuZXJhdGVDb250ZW50YCk7XG4gICAgICBhc3NlcnQuZXF1YWwoZW50cnk/LnF1ZXJ5WydhbHQnXSwgJ3NzZScpO1xuICAgICAgYXNzZXJ0LmVxdWFsKGVudHJ5Py5zdHJlYW0sIHRydWUpO1xuICAgIH0pO1xuXG4gICAgaXQoJ3BhY2VzIGNodW5rcyBieSB0aW1lIHRvIGZpcnN0IHRva2VuIGFuZCB0b2tlbnMgcGVyIHNlY29uZCcsIGFzeW5jICgpID0+IHtcbiAgICAgIHNlcnZlci5zZXRPcHRpb25zKHsgdHRmdE1zOiAxMjAsIHRva2Vuc1BlclNlY29uZDogMTMwMCB9KTsgLy8gMTAwIHdvcmRzID0gMTMwIHRva2VucyA9IDEwMCBtc1xuICAgICAgY29uc3Qgc3RhcnRlZCA9IHBlcmZvcm1hbmNlLm5vdygpO1xuICAgICAgY29uc3Qgc3RyZWFtID0gYXdhaXQgYWkubW9kZWxzLmdlbmVyYXRlQ29udGVudFN0cmVhbSh7IG1vZGVsOiBNT0RFTCwgY29udGVudHM6ICdXcml0ZSAxMDAgd29yZHMuJyB9KTtcbiAgICAgIGNvbnN0IGFycml2YWxzOiBudW1iZXJbXSA9IFtdO1xuICAgICAgZm9yIGF3YWl0IChjb25zdCBjaHVuayBvZiBzdHJlYW0pIGlmIChjaHVuay50ZXh0KSBhcnJpdmFscy5wdXNoKHBlcmZvcm1hbmNlLm5vdygpIC0gc3RhcnRlZCk7XG4gICAgICBjb25zdCBlbnRyeSA9IHNlcnZlci5yZXF1ZXN0cy5hdCgtMSk7XG4gICAgICBhc3NlcnQub2soZW50cnk/LmZpcnN0Qnl0ZUF0ICE9PSB1bmRlZmluZWQgJiYgZW50cnkuZW5kZWRBdCAhPT0gdW5kZWZpbmVkKTtcbiAgICAgIGFzc2VydC5vayhlbnRyeS5maXJzdEJ5dGVBdCAtIGVudHJ5LnN0YXJ0ZWRBdCA+PSAxMTUsIGB0dGZ0ICR7ZW50cnkuZmlyc3RCeXRlQXQgLSBlbnRyeS5zdGFydGVkQXR9YCk7XG4gICAgICBhc3NlcnQub2soZW50cnkuZW5kZWRBdCAtIGVudHJ5LnN0YXJ0ZWRBdCA+PSAyMTUsIGBkdXJhdGlvbiAke2VudHJ5LmVuZGVkQXQgLSBlbnRyeS5zdGFydGVkQXR9YCk7XG4gICAgICAvLyBMb3dlciBib3VuZHMgb25seTogYSBsb2FkZWQgbWFjaGluZSBjYW4gZGVsYXkgYSBjaHVuaywgbmV2ZXIgYnJpbmcgb25lIGZvcndhcmQuXG4gICAgICBhc3NlcnQub2soYXJyaXZhbHMubGVuZ3RoID4gMSk7XG4gICAgICBhc3NlcnQub2soKGFycml2YWxzWzBdID8/IDApID49IDExNSwgYGZpcnN0IGNodW5rIGF0ICR7YXJyaXZhbHNbMF19YCk7XG4gICAgICBhc3NlcnQub2soKGFycml2YWxzLmF0KC0xKSA/PyAwKSA+PSAyMTUsIGBsYXN0IGNodW5rIGF0ICR7YXJyaXZhbHMuYXQoLTEpfWApO1xuICAgIH0pO1xuXG4gICAgaXQoJ3NlbmRzIGEgbm9uLXN0cmVhbWVkIHJlcGx5IGFmdGVyIHRoZSB3aG9sZSBzaW11bGF0ZWQgZHVyYXRpb24nLCBhc3luYyAoKSA9PiB7XG4gICAgICBzZXJ2ZXIuc2V0T3B0aW9ucyh7IHR0ZnRNczogNTAsIHRva2Vuc1BlclNlY29uZDogMjYwMCB9KTsgLy8gMjAwIHdvcmRzID0gMjYwIHRva2VucyA9IDEwMCBtc1xuICAgICAgY29uc3Qgc3RhcnRlZCA9IHBlcmZvcm1hbmNlLm5vdygpO1xuICAgICAgYXdhaXQgYWkubW9kZWxzLmdlbmVyYXRlQ29udGVudCh7IG1vZGVsOiBNT0RFTCwgY29udGVudHM6ICdXcml0ZSAyMDAgd29yZHMuJyB9KTtcbiAgICAgIGFzc2VydC5vayhwZXJmb3JtYW5jZS5ub3coKSAtIHN0YXJ0ZWQgPj0gMTQ1KTtcbiAgICB9KTtcblxuICAgIGl0KCdzdG9wcyB3cml0aW5nIHdoZW4gdGhlIGNsaWVudCBnb2VzIGF3YXkgbWlkLXN0cmVhbScsIGFzeW5jICgpID0+IHtcbiAgICAgIHNlcnZlci5zZXRPcHRpb25zKHsgdG9rZW5zUGVyU2Vjb25kOiAxMzAgfSk7IC8vIDEwMCB3b3JkcyBwZXIgc2Vjb25kXG4gICAgICBjb25zdCBjb250cm9sbGVyID0gbmV3IEFib3J0Q29udHJvbGxlcigpO1xuICAgICAgY29uc3Qgc3RyZWFtID0gYXdhaXQgYWkubW9kZWxzLmdlbmVyYXRlQ29udGVudFN0cmVhbSh7XG4gICAgICAgIG1vZGVsOiBNT0RFTCxcbiAgICAgICAgY29udGVudHM6ICdXcml0ZSAxMDAwIHdvcmRzLicsXG4gICAgICAgIGNvbmZpZzogeyBhYm9ydFNpZ25hbDogY29udHJvbGxlci5zaWduYWwgfSxcbiAgICAgIH0pO1xuICAgICAgY29uc3QgeyBlcnJvciB9ID0gYXdhaXQgKGFzeW5jICgpID0+IHtcbiAgICAgICAgdHJ5IHtcbiAgICAgICAgICBmb3IgYXdhaXQgKGNvbnN0IGNodW5rIG9mIHN0cmVhbSkgaWYgKGNodW5rLnRleHQpIGNvbnRyb2xsZXIuYWJvcnQoKTtcbiAgICAgICAgfSBjYXRjaCAoZSkge1xuICAgICAgICAgIHJldHVybiB7IGVycm9yOiBlIH07XG4gICAgICAgIH1cbiAgICAgICAgcmV0dXJuIHsgZXJyb3I6IHVuZGVmaW5lZCB9O1xuICAgICAgfSkoKTtcbiAgICAgIGFzc2VydC5vayhlcnJvciwgJ3RoZSBhYm9ydGVkIHN0cmVhbSByZWplY3RzJyk7XG4gICAgICBjb25zdCBlbnRyeSA9IGF3YWl0IHNlcnZlci53YWl0Rm9yUmVxdWVzdCgoZSkgPT4gZS5lbmRSZWFzb24gIT09IHVuZGVmaW5lZCk7XG4gICAgICBhc3NlcnQuZXF1YWwoZW50cnkuZW5kUmVhc29uLCAnY2xpZW50LWNsb3NlZCcpO1xuICAgICAgYXNzZXJ0Lm9rKGVudHJ5Lm91dHB1dFdvcmRzIDwgMTAwMCk7XG4gICAgICBhc3NlcnQuZXF1YWwoc2VydmVyLnN0YXRzLmluRmxpZ2h0LCAwKTtcbiAgICB9KTtcbiAgfSk7XG5cbiAgZGVzY3JpYmUoJ3N0cnVjdHVyZWQgb3V0cHV0JywgKCkgPT4ge1xuICAgIGNvbnN0IENoYXB0ZXIgPSB6Lm9iamVjdCh7XG4gICAgICB0aXRsZTogei5zdHJpbmcoKS5taW4oMykubWF4KDYwKSxcbiAgICAgIG51bWJlcjogei5udW1iZXIoKS5pbnQoKS5taW4oMSkubWF4KDQwKSxcbiAgICAgIG1vb2Q6IHouZW51bShbJ3RlbnNlJywgJ2NhbG0nLCAnam95ZnVsJ10pLFxuICAgICAgd29yZFRhcmdldDogei5udW1iZXIoKS5pbnQoKS5wb3NpdGl2ZSgpLFxuICAgICAgYmVhdHM6IHouYXJyYXkoei5vYmplY3QoeyBzdW1tYXJ5OiB6LnN0cmluZygpLCBwb3Y6IHouc3RyaW5nKCkubnVsbGFibGUoKSB9KSkubWluKDQpLm1heCg4KSxcbiAgICAgIHRhZ3M6IHouYXJyYXkoei5zdHJpbmcoKSkubWF4KDIpLFxuICAgICAgZXBpZ3JhcGg6IHouc3RyaW5nKCkub3B0aW9uYWwoKSxcbiAgICAgIHJhdGlvOiB6Lm51bWJlcigpLm1pbigwKS5tYXgoMSksXG4gICAgICBkcmFmdDogei5ib29sZWFuKCksXG4gICAgfSk7XG5cbiAgICBpdCgncmVwbGllcyB3aXRoIEpTT04gdmFsaWQgYWdhaW5zdCBhIHpvZCBzY2hlbWEgc2VudCBhcyByZXNwb25zZUpzb25TY2hlbWEnLCBhc3luYyAoKSA9PiB7XG4gICAgICBjb25zdCBjb25maWcgPSB7IHJlc3BvbnNlTWltZVR5cGU6ICdhcHBsaWNhdGlvbi9qc29uJywgcmVzcG9uc2VKc29uU2NoZW1hOiB6LnRvSlNPTlNjaGVtYShDaGFwdGVyKSB9O1xuICAgICAgY29uc3QgcmVwbHkgPSBhd2FpdCBhaS5tb2RlbHMuZ2VuZXJhdGVDb250ZW50KHsgbW9kZWw6IE1PREVMLCBjb250ZW50czogJ091dGxpbmUgY2hhcHRlciAxLicsIGNvbmZpZyB9KTtcbiAgICAgIGNvbnN0IHZhbHVlID0gQ2hhcHRlci5wYXJzZShKU09OLnBhcnNlKHJlcGx5LnRleHQgPz8gJycpKTtcbiAgICAgIGFzc2VydC5lcXVhbCh2YWx1ZS5iZWF0cy5sZW5ndGgsIDQsICdtaW5JdGVtcycpO1xuICAgICAgYXNzZXJ0LmVxdWFsKHZhbHVlLnRhZ3MubGVuZ3RoLCAyLCAndGhyZWUgYnkgZGVmYXVsdCwgY2FwcGVkIGJ5IG1heEl0ZW1zJyk7XG4gICAgICBjb25zdCBhZ2FpbiA9IGF3YWl0IGFpLm1vZGVscy5nZW5lcmF0ZUNvbnRlbnQoeyBtb2RlbDogTU9ERUwsIGNvbnRlbnRzOiAnT3V0bGluZSBjaGFwdGVyIDEuJywgY29uZmlnIH0pO1xuICAgICAgYXNzZXJ0LmVxdWFsKGFnYWluLnRleHQsIHJlcGx5LnRleHQpO1xuICAgIH0pO1xuXG4gICAgaXQoJ3N0cmVhbXMgdGhlIHNhbWUgSlNPTiBpbiBwaWVjZXMnLCBhc3luYyAoKSA9PiB7XG4gICAgICBjb25zdCBjb25maWcgPSB7IHJlc3BvbnNlTWltZVR5cGU6ICdhcHBsaWNhdGlvbi9qc29uJywgcmVzcG9uc2VKc29uU2NoZW1hOiB6LnRvSlNPTlNjaGVtYShDaGFwdGVyKSB9O1xuICAgICAgY29uc3QgY2h1bmtzID0gYXdhaXQgY29sbGVjdFN0cmVhbShhd2FpdCBhaS5tb2RlbHMuZ2VuZXJhdGVDb250ZW50U3RyZWFtKHsgbW9kZWw6IE1PREVMLCBjb250ZW50czogJ091dGxpbmUuJywgY29uZmlnIH0pKTtcbiAgICAgIGFzc2VydC5vayhjaHVua3MubGVuZ3RoID4gMSk7XG4gICAgICBDaGFwdGVyLnBhcnNlKEpTT04ucGFyc2UoY2h1bmtzLm1hcCgoYykgPT4gYy50ZXh0ID8/ICcnKS5qb2luKCcnKSkpO1xuICAgIH0pO1xuXG4gICAgaXQoJ2Fsc28gaG9ub3VycyBHZW1pbmktc3R5bGUgcmVzcG9uc2VTY2hlbWEnLCBhc3luYyAoKSA9PiB7XG4gICAgICBjb25zdCByZXBseSA9IGF3YWl0IGFpLm1vZGVscy5nZW5lcmF0ZUNvbnRlbnQoe1xuICAgICAgICBtb2RlbDogTU9ERUwsXG4gICAgICAgIGNvbnRlbnRzOiAnTGlzdCBjaGFyYWN0ZXJzLicsXG4gICAgICAgIGNvbmZpZzoge1xuICAgICAgICAgIHJlc3BvbnNlTWltZVR5cGU6ICdhcHBsaWNhdGlvbi9qc29uJyxcbiAgICAgICAgICByZXNwb25zZVNjaGVtYToge1xuICAgICAgICAgICAgdHlwZTogVHlwZS5BUlJBWSxcbiAgICAgICAgICAgIG1pbkl0ZW1zOiAnMicsXG4gICAgICAgICAgICBpdGVtczoge1xuICAgICAgICAgICAgICB0eXBlOiBUeXBlLk9CSkVDVCxcbiAgICAgICAgICAgICAgcHJvcGVydGllczogeyBuYW1lOiB7IHR5cGU6IFR5cGUuU1RSSU5HIH0sIGFnZTogeyB0eXBlOiBUeXBlLklOVEVHRVIsIG1pbmltdW06IDE4LCBtYXhpbXVtOiA5MCB9IH0sXG4gICAgICAgICAgICAgIHJlcXVpcmVkOiBbJ25hbWUnLCAnYWdlJ10sXG4gICAgICAgICAgICB9LFxuICAgICAgICAgIH0sXG4gICAgICAgIH0sXG4gICAgICB9KTtcbiAgICAgIGNvbnN0IHZhbHVlID0gei5hcnJheSh6Lm9iamVjdCh7IG5hbWU6IHouc3RyaW5nKCksIGFnZTogei5udW1iZXIoKS5pbnQoKS5taW4oMTgpLm1heCg5MCkgfSkpLmxlbmd0aCgyKS5wYXJzZShKU09OLnBhcnNlKHJlcGx5LnRleHQgPz8gJycpKTtcbiAgICAgIGFzc2VydC5vayh2YWx1ZVswXT8ubmFtZSk7XG4gICAgfSk7XG4gIH0pO1xuXG4gIGRlc2NyaWJlKCdjb3VudFRva2VucyBhbmQgbW9kZWxzJywgKCkgPT4ge1xuICAgIGl0KCdjb3VudHMgdG9rZW5zIGF0IGFib3V0IGZvdXIgY2hhcmFjdGVycyBlYWNoJywgYXN5bmMgKCkgPT4ge1xuICAgICAgY29uc3QgdGV4dCA9ICdUaGUgcXVpY2sgYnJvd24gZm94IGp1bXBzIG92ZXIgdGhlIGxhenkgZG9nLic7XG4gICAgICBjb25zdCByZXN1bHQgPSBhd2FpdCBhaS5tb2RlbHMuY291bnRUb2tlbnMoeyBtb2RlbDogTU9ERUwsIGNvbnRlbnRzOiB0ZXh0IH0pO1xuICAgICAgYXNzZXJ0LmVxdWFsKHJlc3VsdC50b3RhbFRva2VucywgTWF0aC5jZWlsKHRleHQubGVuZ3RoIC8gNCkgKyAxKTtcbiAgICAgIGFzc2VydC5lcXVhbChzZXJ2ZXIucmVxdWVzdHMuYXQoLTEpPy5hY3Rpb24sICdjb3VudFRva2VucycpO1xuICAgIH0pO1xuXG4gICAgaXQoJ2Rlc2NyaWJlcyBhIGtub3duIG1vZGVsIGFuZCBsaXN0cyB0aGVtIGFsbCcsIGFzeW5jICgpID0+IHtcbiAgICAgIGNvbnN0IG1vZGVsID0gYXdhaXQgYWkubW9kZWxzLmdldCh7IG1vZGVsOiBNT0RFTCB9KTtcbiAgICAgIGFzc2VydC5lcXVhbChtb2RlbC5uYW1lLCBgbW9kZWxzLyR7TU9ERUx9YCk7XG4gICAgICBhc3NlcnQub2soKG1vZGVsLmlucHV0VG9rZW5MaW1pdCA/PyAwKSA+IDApO1xuICAgICAgY29uc3QgbmFtZXM6IHN0cmluZ1tdID0gW107XG4gICAgICBmb3IgYXdhaXQgKGNvbnN0IG0gb2YgYXdhaXQgYWkubW9kZWxzLmxpc3QoeyBjb25maWc6IHsgcGFnZVNpemU6IDMgfSB9KSkgbmFtZXMucHVzaChtLm5hbWUgPz8gJycpO1xuICAgICAgYXNzZXJ0LmRlZXBFcXVhbChuYW1lcywgWydtb2RlbHMvZ2VtaW5pLTIuNS1mbGFzaCcsICdtb2RlbHMvZ2VtaW5pLTIuNS1wcm8nLCAnbW9kZWxzL2dlbWluaS0yLjUtZmxhc2gtbGl0ZScsICdtb2RlbHMvZ2VtaW5pLTIuMC1mbGFzaCddKTtcbiAgICB9KTtcblxuICAgIGl0KCdhbnN3ZXJzIGFuIHVua25vd24gbW9kZWwgd2l0aCBHZW1pbmkgNDA0JywgYXN5bmMgKCkgPT4ge1xuICAgICAgYXdhaXQgYXNzZXJ0LnJlamVjdHMoYWkubW9kZWxzLmdldCh7IG1vZGVsOiAnZ2VtaW5pLTkuOS1mbGFzaCcgfSksIChlOiB1bmtub3duKSA9PiB7XG4gICAgICAgIGFzc2VydC5lcXVhbChhcGlTdGF0dXMoZSksIDQwNCk7XG4gICAgICAgIGFzc2VydC5tYXRjaCgoZSBhcyBFcnJvcikubWVzc2FnZSwgL21vZGVsc1xcL2dlbWluaS05XFwuOS1mbGFzaCBpcyBub3QgZm91bmQgZm9yIEFQSSB2ZXJzaW9uIHYxYmV0YS8pO1xuICAgICAgICByZXR1cm4gdHJ1ZTtcbiAgICAgIH0pO1xuICAgICAgYXdhaXQgYXNzZXJ0LnJlamVjdHMoYWkubW9kZWxzLmdlbmVyYXRlQ29udGVudCh7IG1vZGVsOiAnZ2VtaW5pLTkuOS1mbGFzaCcsIGNvbnRlbnRzOiAneCcgfSksIChlOiB1bmtub3duKSA9PiBhcGlTdGF0dXMoZSkgPT09IDQwNCk7XG4gICAgICBjb25zdCBzdHJlYW0gPSBhd2FpdCBzdHJlYW1VbnRpbEVycm9yKGF3YWl0IGFpLm1vZGVscy5nZW5lcmF0ZUNvbnRlbnRTdHJlYW0oeyBtb2RlbDogJ2dlbWluaS05LjktZmxhc2gnLCBjb250ZW50czogJ3gnIH0pLmNhdGNoKGZhaWxpbmdTdHJlYW0pKTtcbiAgICAgIGFzc2VydC5lcXVhbChhcGlTdGF0dXMoc3RyZWFtLmVycm9yKSwgNDA0KTtcbiAgICB9KTtcblxuICAgIGl0KCdzZXJ2ZXMgYSBjb25maWd1cmVkIG1vZGVsIGxpc3QnLCBhc3luYyAoKSA9PiB7XG4gICAgICBjb25zdCBjdXN0b20gPSBhd2FpdCBzdGFydEZha2VHZW1pbmkoeyBtb2RlbHM6IFsnbXktbW9kZWwnLCB7IGlkOiAnYmlnLW1vZGVsJywgZGlzcGxheU5hbWU6ICdCaWcnLCBvdXRwdXRUb2tlbkxpbWl0OiAxMCB9XSB9KTtcbiAgICAgIHRyeSB7XG4gICAgICAgIGNvbnN0IG1vZGVsID0gYXdhaXQgY2xpZW50KGN1c3RvbSkubW9kZWxzLmdldCh7IG1vZGVsOiAnYmlnLW1vZGVsJyB9KTtcbiAgICAgICAgYXNzZXJ0LmVxdWFsKG1vZGVsLmRpc3BsYXlOYW1lLCAnQmlnJyk7XG4gICAgICAgIGFzc2VydC5lcXVhbChtb2RlbC5vdXRwdXRUb2tlbkxpbWl0LCAxMCk7XG4gICAgICAgIGF3YWl0IGFzc2VydC5yZWplY3RzKGNsaWVudChjdXN0b20pLm1vZGVscy5nZXQoeyBtb2RlbDogTU9ERUwgfSksIChlOiB1bmtub3duKSA9PiBhcGlTdGF0dXMoZSkgPT09IDQwNCk7XG4gICAgICB9IGZpbmFsbHkge1xuICAgICAgICBhd2FpdCBjdXN0b20uc3RvcCgpO1xuICAgICAgfVxuICAgIH0pO1xuICB9KTtcblxuICBkZXNjcmliZSgnQVBJIGtleScsICgpID0+IHtcbiAgICBpdCgncmVqZWN0cyBhIHdyb25nIGtleSB3aXRoIDQwMCBBUElfS0VZX0lOVkFMSUQnLCBhc3luYyAoKSA9PiB7XG4gICAgICBjb25zdCB3cm9uZyA9IGNsaWVudChzZXJ2ZXIsICdub3QtdGhlLWtleScpO1xuICAgICAgYXdhaXQgYXNzZXJ0LnJlamVjdHMod3JvbmcubW9kZWxzLmdlbmVyYXRlQ29udGVudCh7IG1vZGVsOiBNT0RFTCwgY29udGVudHM6ICd4JyB9KSwgKGU6IHVua25vd24pID0+IHtcbiAgICAgICAgYXNzZXJ0LmVxdWFsKGFwaVN0YXR1cyhlKSwgNDAwKTtcbiAgICAgICAgYXNzZXJ0Lm1hdGNoKChlIGFzIEVycm9yKS5tZXNzYWdlLCAvQVBJX0tFWV9JTlZBTElELyk7XG4gICAgICAgIHJldHVybiB0cnVlO1xuICAgICAgfSk7XG4gICAgICBjb25zdCBzdHJlYW0gPSBhd2FpdCBzdHJlYW1VbnRpbEVycm9yKGF3YWl0IHdyb25nLm1vZGVscy5nZW5lcmF0ZUNvbnRlbnRTdHJlYW0oeyBtb2RlbDogTU9ERUwsIGNvbnRlbnRzOiAneCcgfSkuY2F0Y2goZmFpbGluZ1N0cmVhbSkpO1xuICAgICAgYXNzZXJ0LmVxdWFsKGFwaVN0YXR1cyhzdHJlYW0uZXJyb3IpLCA0MDApO1xuICAgICAgYXNzZXJ0Lm1hdGNoKChzdHJlYW0uZXJyb3IgYXMgRXJyb3IpLm1lc3NhZ2UsIC9BUElfS0VZX0lOVkFMSUQvKTtcbiAgICB9KTtcblxuICAgIGl0KCdyZWplY3RzIGEgcmVxdWVzdCB3aXRob3V0IGEga2V5JywgYXN5bmMgKCkgPT4ge1xuICAgICAgY29uc3QgcmVzcG9uc2UgPSBhd2FpdCBmZXRjaChgJHtzZXJ2ZXIuYmFzZVVybH0vdjFiZXRhL21vZGVscy8ke01PREVMfTpnZW5lcmF0ZUNvbnRlbnRgLCB7XG4gICAgICAgIG1ldGhvZDogJ1BPU1QnLFxuICAgICAgICBoZWFkZXJzOiB7ICdjb250ZW50LXR5cGUnOiAnYXBwbGljYXRpb24vanNvbicgfSxcbiAgICAgICAgYm9keTogSlNPTi5zdHJpbmdpZnkoeyBjb250ZW50czogW3sgcm9sZTogJ3VzZXInLCBwYXJ0czogW3sgdGV4dDogJ3gnIH1dIH1dIH0pLFxuICAgICAgfSk7XG4gICAgICBhc3NlcnQuZXF1YWwocmVzcG9uc2Uuc3RhdHVzLCA0MDApO1xuICAgICAgY29uc3QgYm9keSA9IChhd2FpdCByZXNwb25zZS5qc29uKCkpIGFzIHsgZXJyb3I6IHsgZGV0YWlsczogQXJyYXk8eyByZWFzb24/OiBzdHJpbmcgfT4gfSB9O1xuICAgICAgYXNzZXJ0LmVxdWFsKGJvZHkuZXJyb3IuZGV0YWlsc1swXT8ucmVhc29uLCAnQVBJX0tFWV9JTlZBTElEJyk7XG4gICAgICBhc3NlcnQuZXF1YWwoc2VydmVyLnJlcXVlc3RzLmF0KC0xKT8uaGFkS2V5SGVhZGVyLCBmYWxzZSk7XG4gICAgfSk7XG5cbiAgICBpdCgnc2VlcyB0aGUgU0RLIHNlbmQgdGhlIGtleSBpbiBhIGhlYWRlciwgbmV2ZXIgaW4gdGhlIFVSTCcsIGFzeW5jICgpID0+IHtcbiAgICAgIGF3YWl0IGFpLm1vZGVscy5nZW5lcmF0ZUNvbnRlbnQoeyBtb2RlbDogTU9ERUwsIGNvbnRlbnRzOiAneCcgfSk7XG4gICAgICBhd2FpdCBjb2xsZWN0U3RyZWFtKGF3YWl0IGFpLm1vZGVscy5nZW5lcmF0ZUNvbnRlbnRTdHJlYW0oeyBtb2RlbDogTU9ERUwsIGNvbnRlbnRzOiAneCcgfSkpO1xuICAgICAgYXdhaXQgYWkubW9kZWxzLmNvdW50VG9rZW5zKHsgbW9kZWw6IE1PREVMLCBjb250ZW50czogJ3gnIH0pO1xuICAgICAgYXdhaXQgYWkubW9kZWxzLmdldCh7IG1vZGVsOiBNT0RFTCB9KTtcbiAgICAgIGFzc2VydC5lcXVhbChzZXJ2ZXIucmVxdWVzdHMubGVuZ3RoLCA0KTtcbiAgICAgIGZvciAoY29uc3QgZW50cnkgb2Ygc2VydmVyLnJlcXVlc3RzKSB7XG4gICAgICAgIGFzc2VydC5lcXVhbChlbnRyeS5oYWRLZXlIZWFkZXIsIHRydWUsIGVudHJ5LnBhdGgpO1xuICAgICAgICBhc3NlcnQuZXF1YWwoZW50cnkua2V5SW5RdWVyeSwgZmFsc2UsIGVudHJ5LnBhdGgpO1xuICAgICAgfVxuICAgIH0pO1xuXG4gICAgaXQoJ2xvZ3MgYSBrZXkgdGhhdCBhcnJpdmVzIGluIHRoZSBxdWVyeSBzdHJpbmcnLCBhc3luYyAoKSA9PiB7XG4gICAgICBjb25zdCByZXNwb25zZSA9IGF3YWl0IGZldGNoKGAke3NlcnZlci5iYXNlVXJsfS92MWJldGEvbW9kZWxzLyR7TU9ERUx9P2tleT0ke3NlcnZlci5hcGlLZXl9YCk7XG4gICAgICBhc3NlcnQuZXF1YWwocmVzcG9uc2Uuc3RhdHVzLCAyMDApO1xuICAgICAgYXNzZXJ0LmVxdWFsKHNlcnZlci5yZXF1ZXN0cy5hdCgtMSk/LmtleUluUXVlcnksIHRydWUpO1xuICAgIH0pO1xuICB9KTtcblxuICBkZXNjcmliZSgnc2NyaXB0ZWQgZmF1bHRzJywgKCkgPT4ge1xuICAgIGZvciAoY29uc3QgbmFtZSBvZiBsaXN0Rml4dHVyZXMoKSkge1xuICAgICAgaXQoYHJlcGxheXMgZml4dHVyZSAke25hbWV9IHdpdGggaXRzIHN0YXR1c2AsIGFzeW5jICgpID0+IHtcbiAgICAgICAgY29uc3QgZml4dHVyZSA9IGxvYWRGaXh0dXJlKG5hbWUpO1xuICAgICAgICBzZXJ2ZXIuc2NyaXB0KHsga2luZDogJ2ZpeHR1cmUnLCBuYW1lIH0sIHsga2luZDogJ2ZpeHR1cmUnLCBuYW1lIH0pO1xuICAgICAgICBjb25zdCBjYWxsID0gYWkubW9kZWxzLmdlbmVyYXRlQ29udGVudCh7IG1vZGVsOiBNT0RFTCwgY29udGVudHM6ICd4JyB9KTtcbiAgICAgICAgaWYgKGZpeHR1cmUuc3RhdHVzQ29kZSA9PT0gMjAwKSB7XG4gICAgICAgICAgY29uc3QgcmVwbHkgPSBhd2FpdCBjYWxsO1xuICAgICAgICAgIGFzc2VydC5kZWVwRXF1YWwocmVwbHkuY2FuZGlkYXRlcz8uWzBdPy5maW5pc2hSZWFzb24sIChmaXh0dXJlLmJvZHkgYXMgeyBjYW5kaWRhdGVzPzogQXJyYXk8eyBmaW5pc2hSZWFzb24/OiBzdHJpbmcgfT4gfSkuY2FuZGlkYXRlcz8uWzBdPy5maW5pc2hSZWFzb24pO1xuICAgICAgICAgIGFzc2VydC5lcXVhbChyZXBseS5yZXNwb25zZUlkLCAoZml4dHVyZS5ib2R5IGFzIHsgcmVzcG9uc2VJZDogc3RyaW5nIH0pLnJlc3BvbnNlSWQpO1xuICAgICAgICAgIGNvbnN0IGNodW5rcyA9IGF3YWl0IGNvbGxlY3RTdHJlYW0oYXdhaXQgYWkubW9kZWxzLmdlbmVyYXRlQ29udGVudFN0cmVhbSh7IG1vZGVsOiBNT0RFTCwgY29udGVudHM6ICd4JyB9KSk7XG4gICAgICAgICAgYXNzZXJ0LmVxdWFsKGNodW5rcy5sZW5ndGgsIDEpO1xuICAgICAgICAgIGFzc2VydC5lcXVhbChjaHVua3NbMF0/LnJlc3BvbnNlSWQsIHJlcGx5LnJlc3BvbnNlSWQpO1xuICAgICAgICB9IGVsc2Uge1xuICAgICAgICAgIGF3YWl0IGFzc2VydC5yZWplY3RzKGNhbGwsIChlOiB1bmtub3duKSA9PiBhcGlTdGF0dXMoZSkgPT09IGZpeHR1cmUuc3RhdHVzQ29kZSk7XG4gICAgICAgICAgY29uc3Qgc3RyZWFtID0gYXdhaXQgc3RyZWFtVW50aWxFcnJvcihhd2FpdCBhaS5tb2RlbHMuZ2VuZXJhdGVDb250ZW50U3RyZWFtKHsgbW9kZWw6IE1PREVMLCBjb250ZW50czogJ3gnIH0pLmNhdGNoKGZhaWxpbmdTdHJlYW0pKTtcbiAgICAgICAgICBhc3NlcnQuZXF1YWwoYXBpU3RhdHVzKHN0cmVhbS5lcnJvciksIGZpeHR1cmUuc3RhdHVzQ29kZSk7XG4gICAgICAgIH1cbiAgICAgICAgYXNzZXJ0LmRlZXBFcXVhbChzZXJ2ZXIucmVxdWVzdHMubWFwKChyKSA9PiByLnN0YXR1cyksIFtmaXh0dXJlLnN0YXR1c0NvZGUsIGZpeHR1cmUuc3RhdHVzQ29kZV0pO1xuICAgICAgfSk7XG4gICAgfVxuXG4gICAgaXQoJ3NlcnZlcyB0aGUgcGVyLW1pbnV0ZSA0Mjkgd2l0aCBpdHMgZnJhY3Rpb25hbCByZXRyeURlbGF5JywgYXN5bmMgKCkgPT4ge1xuICAgICAgc2VydmVyLnNjcmlwdCh7IGtpbmQ6ICdmaXh0dXJlJywgbmFtZTogJzQyOS1wZXItbWludXRlLXJldHJ5aW5mbycgfSk7XG4gICAgICBhd2FpdCBhc3NlcnQucmVqZWN0cyhhaS5tb2RlbHMuZ2VuZXJhdGVDb250ZW50KHsgbW9kZWw6IE1PREVMLCBjb250ZW50czogJ3gnIH0pLCAoZTogdW5rbm93bikgPT4ge1xuICAgICAgICBjb25zdCBib2R5ID0gSlNPTi5wYXJzZSgoZSBhcyBFcnJvcikubWVzc2FnZSkgYXMgeyBlcnJvcjogeyBkZXRhaWxzOiBBcnJheTxSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+PiB9IH07XG4gICAgICAgIGNvbnN0IHJldHJ5ID0gYm9keS5lcnJvci5kZXRhaWxzLmZpbmQoKGQpID0+IGRbJ0B0eXBlJ10gPT09ICd0eXBlLmdvb2dsZWFwaXMuY29tL2dvb2dsZS5ycGMuUmV0cnlJbmZvJyk7XG4gICAgICAgIGFzc2VydC5lcXVhbChyZXRyeT8uWydyZXRyeURlbGF5J10sICcyLjgzNzkwNjkyN3MnKTtcbiAgICAgICAgcmV0dXJuIHRydWU7XG4gICAgICB9KTtcbiAgICAgIGFzc2VydC5lcXVhbChzZXJ2ZXIuc3RhdHMucmF0ZUxpbWl0ZWQsIDEpO1xuICAgIH0pO1xuXG4gICAgaXQoJ2NvbnN1bWVzIHNjcmlwdGVkIGZhdWx0cyBpbiBvcmRlciwgdGhlbiByZXBsaWVzIG5vcm1hbGx5JywgYXN5bmMgKCkgPT4ge1xuICAgICAgc2VydmVyLnNjcmlwdCh7IGtpbmQ6ICdzdGF0dXMnLCBzdGF0dXNDb2RlOiA1MDMgfSwgeyBraW5kOiAnc3RhdHVzJywgc3RhdHVzQ29kZTogNTAwLCBib2R5OiB7IGVycm9yOiB7IGNvZGU6IDUwMCwgbWVzc2FnZTogJ2Jvb20nLCBzdGF0dXM6ICdJTlRFUk5BTCcgfSB9IH0pO1xuICAgICAgYXdhaXQgYXNzZXJ0LnJlamVjdHMoYWkubW9kZWxzLmdlbmVyYXRlQ29udGVudCh7IG1vZGVsOiBNT0RFTCwgY29udGVudHM6ICd4JyB9KSwgKGU6IHVua25vd24pID0+IGFwaVN0YXR1cyhlKSA9PT0gNTAzKTtcbiAgICAgIGF3YWl0IGFzc2VydC5yZWplY3RzKGFpLm1vZGVscy5nZW5lcmF0ZUNvbnRlbnQoeyBtb2RlbDogTU9ERUwsIGNvbnRlbnRzOiAneCcgfSksIChlOiB1bmtub3duKSA9PiBhcGlTdGF0dXMoZSkgPT09IDUwMCAmJiAvYm9vbS8udGVzdCgoZSBhcyBFcnJvcikubWVzc2FnZSkpO1xuICAgICAgY29uc3QgcmVwbHkgPSBhd2FpdCBhaS5tb2RlbHMuZ2VuZXJhdGVDb250ZW50KHsgbW9kZWw6IE1PREVMLCBjb250ZW50czogJ3gnIH0pO1xuICAgICAgYXNzZXJ0Lm9rKHJlcGx5LnRleHQpO1xuICAgICAgYXNzZXJ0LmRlZXBFcXVhbChzZXJ2ZXIucmVxdWVzdHMubWFwKChyKSA9PiByLmZhdWx0Py5raW5kKSwgWydzdGF0dXMnLCAnc3RhdHVzJywgdW5kZWZpbmVkXSk7XG4gICAgfSk7XG5cbiAgICBpdCgnbWF0Y2hlcyBmYXVsdHMgdG8gcmVxdWVzdHMgd2l0aCBzY3JpcHRXaGVuJywgYXN5bmMgKCkgPT4ge1xuICAgICAgY29uc3QgaGFuZGxlID0gc2VydmVyLnNjcmlwdFdoZW4oKHIpID0+IHIucHJvbXB0VGV4dC5pbmNsdWRlcygnQ2hhcHRlciAzJyksIHsga2luZDogJ2ZpeHR1cmUnLCBuYW1lOiAnNTAzLW92ZXJsb2FkZWQnIH0pO1xuICAgICAgYXdhaXQgYWkubW9kZWxzLmdlbmVyYXRlQ29udGVudCh7IG1vZGVsOiBNT0RFTCwgY29udGVudHM6ICdDaGFwdGVyIDEnIH0pO1xuICAgICAgYXdhaXQgYXNzZXJ0LnJlamVjdHMoYWkubW9kZWxzLmdlbmVyYXRlQ29udGVudCh7IG1vZGVsOiBNT0RFTCwgY29udGVudHM6ICdDaGFwdGVyIDMnIH0pLCAoZTogdW5rbm93bikgPT4gYXBpU3RhdHVzKGUpID09PSA1MDMpO1xuICAgICAgYXdhaXQgYWkubW9kZWxzLmdlbmVyYXRlQ29udGVudCh7IG1vZGVsOiBNT0RFTCwgY29udGVudHM6ICdDaGFwdGVyIDMnIH0pO1xuICAgICAgYXNzZXJ0LmVxdWFsKGhhbmRsZS51c2VkLCAxKTtcblxuICAgICAgY29uc3QgYWx3YXlzID0gc2VydmVyLnNjcmlwdFdoZW4oKHIpID0+IHIuc3RyZWFtLCB7IGtpbmQ6ICdzdGF0dXMnLCBzdGF0dXNDb2RlOiA1MDAgfSwgeyB0aW1lczogSW5maW5pdHkgfSk7XG4gICAgICBmb3IgKGxldCBpID0gMDsgaSA8IDM7IGkrKykge1xuICAgICAgICBjb25zdCB7IGVycm9yIH0gPSBhd2FpdCBzdHJlYW1VbnRpbEVycm9yKGF3YWl0IGFpLm1vZGVscy5nZW5lcmF0ZUNvbnRlbnRTdHJlYW0oeyBtb2RlbDogTU9ERUwsIGNvbnRlbnRzOiAneCcgfSkuY2F0Y2goZmFpbGluZ1N0cmVhbSkpO1xuICAgICAgICBhc3NlcnQuZXF1YWwoYXBpU3RhdHVzKGVycm9yKSwgNTAwKTtcbiAgICAgIH1cbiAgICAgIGFsd2F5cy5jYW5jZWwoKTtcbiAgICAgIGF3YWl0IGNvbGxlY3RTdHJlYW0oYXdhaXQgYWkubW9kZWxzLmdlbmVyYXRlQ29udGVudFN0cmVhbSh7IG1vZGVsOiBNT0RFTCwgY29udGVudHM6ICd4JyB9KSk7XG4gICAgfSk7XG5cbiAgICBpdCgnY3V0cyBhIHN0cmVhbSBhZnRlciBzb21lIHdvcmRzICh0aGUgU0RLIHNlZXMgYSBuZXR3b3JrIGVycm9yKScsIGFzeW5jICgpID0+IHtcbiAgICAgIHNlcnZlci5zY3JpcHQoeyBraW5kOiAnY3V0JywgYWZ0ZXJXb3JkczogMzAgfSk7XG4gICAgICBjb25zdCB7IHRleHQsIGVycm9yIH0gPSBhd2FpdCBzdHJlYW1VbnRpbEVycm9yKGF3YWl0IGFpLm1vZGVscy5nZW5lcmF0ZUNvbnRlbnRTdHJlYW0oeyBtb2RlbDogTU9ERUwsIGNvbnRlbnRzOiAneCcgfSkpO1xuICAgICAgYXNzZXJ0Lm9rKGVycm9yIGluc3RhbmNlb2YgRXJyb3IgJiYgIShlcnJvciBpbnN0YW5jZW9mIEFwaUVycm9yKSwgYGdvdCAke1N0cmluZyhlcnJvcil9YCk7XG4gICAgICBhc3NlcnQubWF0Y2goZXJyb3IubWVzc2FnZSwgL3Rlcm1pbmF0ZWR8b3RoZXIgc2lkZSBjbG9zZWR8c29ja2V0L2kpO1xuICAgICAgYXNzZXJ0LmVxdWFsKGNvdW50V29yZHModGV4dCksIDMwKTtcbiAgICAgIGNvbnN0IGVudHJ5ID0gYXdhaXQgc2VydmVyLndhaXRGb3JSZXF1ZXN0KChlKSA9PiBlLmVuZFJlYXNvbiAhPT0gdW5kZWZpbmVkKTtcbiAgICAgIGFzc2VydC5lcXVhbChlbnRyeS5lbmRSZWFzb24sICdjdXQnKTtcbiAgICAgIGFzc2VydC5lcXVhbChlbnRyeS5vdXRwdXRXb3JkcywgMzApO1xuICAgIH0pO1xuXG4gICAgaXQoJ2N1dHMgYSBub24tc3RyZWFtZWQgcmVwbHkgYWZ0ZXIgdGhlIGhlYWRlcnMnLCBhc3luYyAoKSA9PiB7XG4gICAgICBzZXJ2ZXIuc2NyaXB0KHsga2luZDogJ2N1dCcsIGFmdGVyV29yZHM6IDAgfSk7XG4gICAgICBhd2FpdCBhc3NlcnQucmVqZWN0cyhhaS5tb2RlbHMuZ2VuZXJhdGVDb250ZW50KHsgbW9kZWw6IE1PREVMLCBjb250ZW50czogJ3gnIH0pLCAoZTogdW5rbm93bikgPT4gZSBpbnN0YW5jZW9mIEVycm9yICYmICEoZSBpbnN0YW5jZW9mIEFwaUVycm9yKSk7XG4gICAgfSk7XG5cbiAgICBpdCgnc2VuZHMgYSBtYWxmb3JtZWQgU1NFIGxpbmUgdGhlIFNESyBjYW5ub3QgcGFyc2UnLCBhc3luYyAoKSA9PiB7XG4gICAgICBzZXJ2ZXIuc2NyaXB0KHsga2luZDogJ21hbGZvcm1lZCcsIGFmdGVyV29yZHM6IDEwIH0sIHsga2luZDogJ21hbGZvcm1lZCcgfSk7XG4gICAgICBjb25zdCB7IHRleHQsIGVycm9yIH0gPSBhd2FpdCBzdHJlYW1VbnRpbEVycm9yKGF3YWl0IGFpLm1vZGVscy5nZW5lcmF0ZUNvbnRlbnRTdHJlYW0oeyBtb2RlbDogTU9ERUwsIGNvbnRlbnRzOiAneCcgfSkpO1xuICAgICAgYXNzZXJ0Lm9rKGVycm9yIGluc3RhbmNlb2YgRXJyb3IsICdzdHJlYW0gZmFpbHMnKTtcbiAgICAgIGFzc2VydC5lcXVhbChjb3VudFdvcmRzKHRleHQpLCAxMCk7XG4gICAgICBhd2FpdCBhc3NlcnQucmVqZWN0cyhhaS5tb2RlbHMuZ2VuZXJhdGVDb250ZW50KHsgbW9kZWw6IE1PREVMLCBjb250ZW50czogJ3gnIH0pLCBTeW50YXhFcnJvcik7XG4gICAgfSk7XG5cbiAgICBpdCgnZGVsaXZlcnMgYW4gZXJyb3IgZXZlbnQgbWlkLXN0cmVhbScsIGFzeW5jICgpID0+IHtcbiAgICAgIHNlcnZlci5zY3JpcHQoeyBraW5kOiAnc3RyZWFtLWVycm9yJywgYWZ0ZXJXb3JkczogMjAsIHN0YXR1czogNTAzIH0sIHsga2luZDogJ3N0cmVhbS1lcnJvcicsIGFmdGVyV29yZHM6IDUgfSk7XG4gICAgICBjb25zdCB7IHRleHQsIGVycm9yIH0gPSBhd2FpdCBzdHJlYW1VbnRpbEVycm9yKGF3YWl0IGFpLm1vZGVscy5nZW5lcmF0ZUNvbnRlbnRTdHJlYW0oeyBtb2RlbDogTU9ERUwsIGNvbnRlbnRzOiAneCcgfSkpO1xuICAgICAgYXNzZXJ0LmVxdWFsKGNvdW50V29yZHModGV4dCksIDIwKTtcbiAgICAgIGFzc2VydC5lcXVhbChhcGlTdGF0dXMoZXJyb3IpLCA1MDMpO1xuICAgICAgYXNzZXJ0Lm1hdGNoKChlcnJvciBhcyBFcnJvcikubWVzc2FnZSwgL15nb3Qgc3RhdHVzOiBVTkFWQUlMQUJMRVxcLi8pO1xuICAgICAgYXdhaXQgYXNzZXJ0LnJlamVjdHMoYWkubW9kZWxzLmdlbmVyYXRlQ29udGVudCh7IG1vZGVsOiBNT0RFTCwgY29udGVudHM6ICd4JyB9KSwgKGU6IHVua25vd24pID0+IGFwaVN0YXR1cyhlKSA9PT0gNTAwKTtcbiAgICB9KTtcblxuICAgIGl0KCdyZXBsaWVzIHdpdGggZXhhY3RseSB0aGUgc2NyaXB0ZWQgdGV4dCwgZXZlbiB3aGVuIEpTT04gd2FzIGFza2VkIGZvcicsIGFzeW5jICgpID0+IHtcbiAgICAgIHNlcnZlci5zY3JpcHQoeyBraW5kOiAndGV4dCcsIHRleHQ6ICd7XCJ0aXRsZVwiOiBcInVudGVybWluYXRlZCcsIGZpbmlzaFJlYXNvbjogJ01BWF9UT0tFTlMnIH0pO1xuICAgICAgY29uc3QgcmVwbHkgPSBhd2FpdCBhaS5tb2RlbHMuZ2VuZXJhdGVDb250ZW50KHtcbiAgICAgICAgbW9kZWw6IE1PREVMLFxuICAgICAgICBjb250ZW50czogJ3gnLFxuICAgICAgICBjb25maWc6IHsgcmVzcG9uc2VNaW1lVHlwZTogJ2FwcGxpY2F0aW9uL2pzb24nLCByZXNwb25zZUpzb25TY2hlbWE6IHsgdHlwZTogJ29iamVjdCcgfSB9LFxuICAgICAgfSk7XG4gICAgICBhc3NlcnQuZXF1YWwocmVwbHkudGV4dCwgJ3tcInRpdGxlXCI6IFwidW50ZXJtaW5hdGVkJyk7XG4gICAgICBhc3NlcnQuZXF1YWwocmVwbHkuY2FuZGlkYXRlcz8uWzBdPy5maW5pc2hSZWFzb24sICdNQVhfVE9LRU5TJyk7XG4gICAgfSk7XG5cbiAgICBpdCgnaGFuZ3MgdW50aWwgdGhlIGNsaWVudCBhYm9ydHMsIGFuZCB0aGUgYWJvcnQgaXMgcHJvbXB0JywgYXN5bmMgKCkgPT4ge1xuICAgICAgc2VydmVyLnNjcmlwdCh7IGtpbmQ6ICdoYW5nJyB9KTtcbiAgICAgIGNvbnN0IGNvbnRyb2xsZXIgPSBuZXcgQWJvcnRDb250cm9sbGVyKCk7XG4gICAgICBjb25zdCBjYWxsID0gYWkubW9kZWxzLmdlbmVyYXRlQ29udGVudCh7IG1vZGVsOiBNT0RFTCwgY29udGVudHM6ICd4JywgY29uZmlnOiB7IGFib3J0U2lnbmFsOiBjb250cm9sbGVyLnNpZ25hbCB9IH0pO1xuICAgICAgYXdhaXQgc2VydmVyLndhaXRGb3JSZXF1ZXN0KChlKSA9PiBlLmZhdWx0Py5raW5kID09PSAnaGFuZycpO1xuICAgICAgY29uc3QgYWJvcnRlZEF0ID0gcGVyZm9ybWFuY2Uubm93KCk7XG4gICAgICBjb250cm9sbGVyLmFib3J0KCk7XG4gICAgICBhd2FpdCBhc3NlcnQucmVqZWN0cyhjYWxsLCAoZTogdW5rbm93bikgPT4gZSBpbnN0YW5jZW9mIEVycm9yICYmIGUubmFtZSA9PT0gJ0Fib3J0RXJyb3InKTtcbiAgICAgIGFzc2VydC5vayhwZXJmb3JtYW5jZS5ub3coKSAtIGFib3J0ZWRBdCA8IDUwMCk7XG4gICAgICBjb25zdCBlbnRyeSA9IGF3YWl0IHNlcnZlci53YWl0Rm9yUmVxdWVzdCgoZSkgPT4gZS5lbmRSZWFzb24gPT09ICdjbGllbnQtY2xvc2VkJyk7XG4gICAgICBhc3NlcnQuZXF1YWwoZW50cnkuc3RhdHVzLCAwKTtcbiAgICB9KTtcblxuICAgIGl0KCdyZXBvcnRzIGEgbWlzc2luZyBmaXh0dXJlIGFzIGEgNTAwIG5hbWluZyBpdCcsIGFzeW5jICgpID0+IHtcbiAgICAgIHNlcnZlci5zY3JpcHQoeyBraW5kOiAnZml4dHVyZScsIG5hbWU6ICduby1zdWNoLWZpeHR1cmUnIH0pO1xuICAgICAgYXdhaXQgYXNzZXJ0LnJlamVjdHMoYWkubW9kZWxzLmdlbmVyYXRlQ29udGVudCh7IG1vZGVsOiBNT0RFTCwgY29udGVudHM6ICd4JyB9KSwgKGU6IHVua25vd24pID0+IGFwaVN0YXR1cyhlKSA9PT0gNTAwICYmIC9uby1zdWNoLWZpeHR1cmUvLnRlc3QoKGUgYXMgRXJyb3IpLm1lc3NhZ2UpKTtcbiAgICB9KTtcbiAgfSk7XG5cbiAgZGVzY3JpYmUoJ3JlcXVlc3RzLXBlci1taW51dGUgcXVvdGEnLCAoKSA9PiB7XG4gICAgaXQoJ2Fuc3dlcnMgcGFzdCB0aGUgbGltaXQgd2l0aCBhIHBlci1taW51dGUgNDI5IGNhcnJ5aW5nIFJldHJ5SW5mbycsIGFzeW5jICgpID0+IHtcbiAgICAgIHNlcnZlci5zZXRPcHRpb25zKHsgcmVxdWVzdHNQZXJNaW51dGU6IDIgfSk7XG4gICAgICBhd2FpdCBhaS5tb2RlbHMuZ2VuZXJhdGVDb250ZW50KHsgbW9kZWw6IE1PREVMLCBjb250ZW50czogJ29uZScgfSk7XG4gICAgICBhd2FpdCBjb2xsZWN0U3RyZWFtKGF3YWl0IGFpLm1vZGVscy5nZW5lcmF0ZUNvbnRlbnRTdHJlYW0oeyBtb2RlbDogTU9ERUwsIGNvbnRlbnRzOiAndHdvJyB9KSk7XG4gICAgICBhd2FpdCBhaS5tb2RlbHMuY291bnRUb2tlbnMoeyBtb2RlbDogTU9ERUwsIGNvbnRlbnRzOiAnbm90IGNvdW50ZWQnIH0pO1xuICAgICAgbGV0IG1lc3NhZ2UgPSAnJztcbiAgICAgIGF3YWl0IGFzc2VydC5yZWplY3RzKGFpLm1vZGVscy5nZW5lcmF0ZUNvbnRlbnQoeyBtb2RlbDogTU9ERUwsIGNvbnRlbnRzOiAndGhyZWUnIH0pLCAoZTogdW5rbm93bikgPT4ge1xuICAgICAgICBhc3NlcnQuZXF1YWwoYXBpU3RhdHVzKGUpLCA0MjkpO1xuICAgICAgICBtZXNzYWdlID0gKGUgYXMgRXJyb3IpLm1lc3NhZ2U7XG4gICAgICAgIHJldHVybiB0cnVlO1xuICAgICAgfSk7XG4gICAgICBjb25zdCBlcnJvciA9IChKU09OLnBhcnNlKG1lc3NhZ2UpIGFzIHsgZXJyb3I6IHsgbWVzc2FnZTogc3RyaW5nOyBkZXRhaWxzOiBBcnJheTxSZWNvcmQ8c3RyaW5nLCB1bmtub3duPj4gfSB9KS5lcnJvcjtcbiAgICAgIGNvbnN0IHJldHJ5ID0gZXJyb3IuZGV0YWlscy5maW5kKChkKSA9PiBkWydAdHlwZSddID09PSAndHlwZS5nb29nbGVhcGlzLmNvbS9nb29nbGUucnBjLlJldHJ5SW5mbycpO1xuICAgICAgY29uc3QgZGVsYXkgPSBTdHJpbmcocmV0cnk/LlsncmV0cnlEZWxheSddKTtcbiAgICAgIGFzc2VydC5tYXRjaChkZWxheSwgL15cXGQrKFxcLlxcZHsxLDl9KT9zJC8pO1xuICAgICAgY29uc3Qgc2Vjb25kcyA9IE51bWJlcihkZWxheS5zbGljZSgwLCAtMSkpO1xuICAgICAgYXNzZXJ0Lm9rKHNlY29uZHMgPiA1NSAmJiBzZWNvbmRzIDw9IDYwLCBkZWxheSk7XG4gICAgICBhc3NlcnQub2soZXJyb3IubWVzc2FnZS5pbmNsdWRlcyhgUGxlYXNlIHJldHJ5IGluICR7ZGVsYXl9LmApKTtcbiAgICAgIGFzc2VydC5vayhlcnJvci5kZXRhaWxzLnNvbWUoKGQpID0+IGRbJ0B0eXBlJ10gPT09ICd0eXBlLmdvb2dsZWFwaXMuY29tL2dvb2dsZS5ycGMuUXVvdGFGYWlsdXJlJykpO1xuXG4gICAgICBjb25zdCBzdHJlYW0gPSBhd2FpdCBzdHJlYW1VbnRpbEVycm9yKGF3YWl0IGFpLm1vZGVscy5nZW5lcmF0ZUNvbnRlbnRTdHJlYW0oeyBtb2RlbDogTU9ERUwsIGNvbnRlbnRzOiAnZm91cicgfSkuY2F0Y2goZmFpbGluZ1N0cmVhbSkpO1xuICAgICAgYXNzZXJ0LmVxdWFsKGFwaVN0YXR1cyhzdHJlYW0uZXJyb3IpLCA0MjkpO1xuICAgICAgYXNzZXJ0LmRlZXBFcXVhbChzZXJ2ZXIuc3RhdHMucXVvdGFSZWplY3RlZCwgMik7XG4gICAgICBhc3NlcnQuZGVlcEVxdWFsKHNlcnZlci5zdGF0cy5yYXRlTGltaXRlZCwgMik7XG4gICAgICBhc3NlcnQuZGVlcEVxdWFsKHNlcnZlci5yZXF1ZXN0cy5tYXAoKHIpID0+IHIucXVvdGFSZWplY3RlZCA/PyBmYWxzZSksIFtmYWxzZSwgZmFsc2UsIGZhbHNlLCB0cnVlLCB0cnVlXSk7XG4gICAgfSk7XG5cbiAgICBpdCgnZnJlZXMgdGhlIHdpbmRvdyBhcyByZXF1ZXN0cyBhZ2Ugb3V0IG9mIGl0JywgYXN5bmMgKCkgPT4ge1xuICAgICAgc2VydmVyLnNldE9wdGlvbnMoeyByZXF1ZXN0c1Blck1pbnV0ZTogMSwgcXVvdGFXaW5kb3dNczogMTUwIH0pO1xuICAgICAgYXdhaXQgYWkubW9kZWxzLmdlbmVyYXRlQ29udGVudCh7IG1vZGVsOiBNT0RFTCwgY29udGVudHM6ICdvbmUnIH0pO1xuICAgICAgY29uc3QgcmVqZWN0ZWQgPSBhd2FpdCBhaS5tb2RlbHMuZ2VuZXJhdGVDb250ZW50KHsgbW9kZWw6IE1PREVMLCBjb250ZW50czogJ3R3bycgfSkuY2F0Y2goKGU6IHVua25vd24pID0+IGUpO1xuICAgICAgYXNzZXJ0LmVxdWFsKGFwaVN0YXR1cyhyZWplY3RlZCksIDQyOSk7XG4gICAgICAvLyBSZXRyeSB3aGVuIHRoZSBzZXJ2ZXIgc2F5cyB0aGUgd2luZG93IGZyZWVzOiB0aGUgcHJvZHVjdCdzIHJldHJ5IGxvb3AgZG9lcyB0aGUgc2FtZS5cbiAgICAgIGNvbnN0IHNlY29uZHMgPSBOdW1iZXIoL1BsZWFzZSByZXRyeSBpbiAoW1xcZC5dKylzLy5leGVjKChyZWplY3RlZCBhcyBFcnJvcikubWVzc2FnZSk/LlsxXSk7XG4gICAgICBhc3NlcnQub2soc2Vjb25kcyA+IDAgJiYgc2Vjb25kcyA8PSAwLjE1KTtcbiAgICAgIGF3YWl0IG5ldyBQcm9taXNlKChyZXNvbHZlKSA9PiBzZXRUaW1lb3V0KHJlc29sdmUsIHNlY29uZHMgKiAxMDAwICsgNSkpO1xuICAgICAgYXdhaXQgYWkubW9kZWxzLmdlbmVyYXRlQ29udGVudCh7IG1vZGVsOiBNT0RFTCwgY29udGVudHM6ICd0aHJlZScgfSk7XG4gICAgfSk7XG4gIH0pO1xuXG4gIGRlc2NyaWJlKCdzdG9wJywgKCkgPT4ge1xuICAgIGl0KCdyZXR1cm5zIHByb21wdGx5IHdpdGggYSBodW5nIHJlcXVlc3Qgb3BlbiwgYW5kIHRoZSBjbGllbnQgc2VlcyB0aGUgY29ubmVjdGlvbiBkcm9wJywgYXN5bmMgKCkgPT4ge1xuICAgICAgY29uc3QgbG9jYWwgPSBhd2FpdCBzdGFydEZha2VHZW1pbmkoKTtcbiAgICAgIGxvY2FsLnNjcmlwdCh7IGtpbmQ6ICdoYW5nJyB9KTtcbiAgICAgIGNvbnN0IGNhbGwgPSBjbGllbnQobG9jYWwpLm1vZGVscy5nZW5lcmF0ZUNvbnRlbnQoeyBtb2RlbDogTU9ERUwsIGNvbnRlbnRzOiAneCcgfSkuY2F0Y2goKGU6IHVua25vd24pID0+IGUpO1xuICAgICAgYXdhaXQgbG9jYWwud2FpdEZvclJlcXVlc3QoKGUpID0+IGUuZmF1bHQ/LmtpbmQgPT09ICdoYW5nJyk7XG4gICAgICBjb25zdCBzdGFydGVkID0gcGVyZm9ybWFuY2Uubm93KCk7XG4gICAgICBhd2FpdCBsb2NhbC5zdG9wKCk7XG4gICAgICBhc3NlcnQub2socGVyZm9ybWFuY2Uubm93KCkgLSBzdGFydGVkIDwgNTAwLCAnc3RvcCgpIHJldHVybmVkIHByb21wdGx5Jyk7XG4gICAgICBhc3NlcnQub2soKGF3YWl0IGNhbGwpIGluc3RhbmNlb2YgRXJyb3IpO1xuICAgICAgYXNzZXJ0LmVxdWFsKGxvY2FsLnJlcXVlc3RzWzBdPy5lbmRSZWFzb24sICdzZXJ2ZXItc3RvcHBlZCcpO1xuICAgICAgYXdhaXQgbG9jYWwuc3RvcCgpOyAvLyBpZGVtcG90ZW50XG4gICAgfSk7XG4gIH0pO1xufSk7XG5cbi8qKiBBbiBTREsgY2FsbCB0aGF0IHJlamVjdGVkIGJlZm9yZSB5aWVsZGluZyBhIHN0cmVhbTogaXRlcmF0ZSBpdCBhcyBhIGZhaWxpbmcgc3RyZWFtLiAqL1xuZnVuY3Rpb24gZmFpbGluZ1N0cmVhbShlcnJvcjogdW5rbm93bik6IEFzeW5jR2VuZXJhdG9yPEdlbmVyYXRlQ29udGVudFJlc3BvbnNlPiB7XG4gIHJldHVybiAoYXN5bmMgZnVuY3Rpb24qICgpIHtcbiAgICB5aWVsZCogW107XG4gICAgdGhyb3cgZXJyb3I7XG4gIH0pKCk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUVBLGFBQXdCO0FBQ3hCLDZCQUE0QjtBQUM1QixtQkFBMEU7QUFDMUUsaUJBQWtCO0FBQ2xCLG1CQUEyQjtBQUMzQix3QkFBNEU7QUFFNUUsTUFBTSxRQUFRO0FBRWQsU0FBUyxPQUFPLFFBQW9CLFNBQVMsT0FBTyxRQUFxQjtBQUN2RSxTQUFPLElBQUkseUJBQVksRUFBRSxRQUFRLGFBQWEsRUFBRSxTQUFTLE9BQU8sUUFBUSxFQUFFLENBQUM7QUFDN0U7QUFFQSxlQUFlLGNBQWMsUUFBcUY7QUFDaEgsUUFBTSxTQUFvQyxDQUFDO0FBQzNDLG1CQUFpQixTQUFTLE9BQVEsUUFBTyxLQUFLLEtBQUs7QUFDbkQsU0FBTztBQUNUO0FBR0EsZUFBZSxpQkFBaUIsUUFBNEY7QUFDMUgsTUFBSSxPQUFPO0FBQ1gsTUFBSTtBQUNGLHFCQUFpQixTQUFTLE9BQVEsU0FBUSxNQUFNLFFBQVE7QUFBQSxFQUMxRCxTQUFTLE9BQU87QUFDZCxXQUFPLEVBQUUsTUFBTSxNQUFNO0FBQUEsRUFDdkI7QUFDQSxTQUFPLEVBQUUsTUFBTSxPQUFPLE9BQVU7QUFDbEM7QUFFQSxTQUFTLFVBQVUsT0FBb0M7QUFDckQsU0FBTyxpQkFBaUIsd0JBQVcsTUFBTSxTQUFTO0FBQ3BEO0FBRUEsU0FBUyw2Q0FBNkMsTUFBTTtBQUMxRCxNQUFJO0FBQ0osTUFBSTtBQUVKLFNBQU8sWUFBWTtBQUNqQixhQUFTLFVBQU0sbUNBQWdCO0FBQy9CLFNBQUssT0FBTyxNQUFNO0FBQUEsRUFDcEIsQ0FBQztBQUNELFFBQU0sWUFBWTtBQUNoQixVQUFNLE9BQU8sS0FBSztBQUFBLEVBQ3BCLENBQUM7QUFDRCxhQUFXLE1BQU07QUFDZixXQUFPLE1BQU07QUFDYixXQUFPLFdBQVcsRUFBRSxRQUFRLEdBQUcsaUJBQWlCLEdBQUcsbUJBQW1CLEdBQUcsZUFBZSxJQUFPLENBQUM7QUFBQSxFQUNsRyxDQUFDO0FBRUQsV0FBUyxtQkFBbUIsTUFBTTtBQUNoQyxPQUFHLDZDQUE2QyxNQUFNO0FBQ3BELGFBQU8sTUFBTSxPQUFPLFNBQVMsNkJBQTZCO0FBQzFELGFBQU8sTUFBTSxPQUFPLFFBQVEsY0FBYztBQUFBLElBQzVDLENBQUM7QUFFRCxPQUFHLHVEQUF1RCxZQUFZO0FBQ3BFLFlBQU0sVUFBVSxFQUFFLE9BQU8sT0FBTyxVQUFVLHdDQUF3QztBQUNsRixZQUFNLFFBQVEsTUFBTSxHQUFHLE9BQU8sZ0JBQWdCLE9BQU87QUFDckQsWUFBTSxTQUFTLE1BQU0sR0FBRyxPQUFPLGdCQUFnQixPQUFPO0FBQ3RELFlBQU0sUUFBUSxNQUFNLEdBQUcsT0FBTyxnQkFBZ0IsRUFBRSxHQUFHLFNBQVMsVUFBVSx3Q0FBd0MsQ0FBQztBQUMvRyxhQUFPLE1BQU0sTUFBTSxNQUFNLE9BQU8sSUFBSTtBQUNwQyxhQUFPLFNBQVMsTUFBTSxNQUFNLE1BQU0sSUFBSTtBQUN0QyxhQUFPLFVBQU0seUJBQVcsTUFBTSxRQUFRLEVBQUUsR0FBRyxJQUFJO0FBQy9DLGFBQU8sSUFBSSxNQUFNLFFBQVEsSUFBSSxNQUFNLE1BQU0sRUFBRSxTQUFTLEdBQUcscUNBQXFDO0FBQzVGLGFBQU8sTUFBTSxNQUFNLFFBQVEsSUFBSSxtQkFBbUI7QUFDbEQsYUFBTyxNQUFNLE1BQU0sYUFBYSxDQUFDLEdBQUcsY0FBYyxNQUFNO0FBQ3hELGFBQU8sTUFBTSxNQUFNLGNBQWMsS0FBSztBQUN0QyxhQUFPLEdBQUcsTUFBTSxVQUFVO0FBQUEsSUFDNUIsQ0FBQztBQUVELE9BQUcsbUVBQW1FLFlBQVk7QUFDaEYsWUFBTSxPQUFPLEVBQUUsT0FBTyxPQUFPLFVBQVUsaUJBQWlCO0FBQ3hELFlBQU0sUUFBUSxNQUFNLEdBQUcsT0FBTyxnQkFBZ0IsSUFBSTtBQUNsRCxZQUFNLGFBQWEsTUFBTSxHQUFHLE9BQU8sZ0JBQWdCLEVBQUUsR0FBRyxNQUFNLFFBQVEsRUFBRSxtQkFBbUIsaUJBQWlCLEVBQUUsQ0FBQztBQUMvRyxZQUFNLFNBQVMsTUFBTSxHQUFHLE9BQU8sZ0JBQWdCLEVBQUUsR0FBRyxNQUFNLFFBQVEsRUFBRSxhQUFhLElBQUksRUFBRSxDQUFDO0FBQ3hGLGFBQU8sVUFBTSx5QkFBVyxNQUFNLFFBQVEsRUFBRSxHQUFHLEtBQUssZ0JBQWdCO0FBQ2hFLGFBQU8sU0FBUyxNQUFNLE1BQU0sV0FBVyxJQUFJO0FBQzNDLGFBQU8sU0FBUyxNQUFNLE1BQU0sT0FBTyxJQUFJO0FBQUEsSUFDekMsQ0FBQztBQUVELE9BQUcsa0VBQWtFLFlBQVk7QUFDL0UsWUFBTSxRQUFRLE1BQU0sR0FBRyxPQUFPLGdCQUFnQixFQUFFLE9BQU8sT0FBTyxVQUFVLHFCQUFxQixRQUFRLEVBQUUsaUJBQWlCLElBQUksRUFBRSxDQUFDO0FBQy9ILGFBQU8sVUFBTSx5QkFBVyxNQUFNLFFBQVEsRUFBRSxHQUFHLEdBQUc7QUFDOUMsYUFBTyxNQUFNLE1BQU0sYUFBYSxDQUFDLEdBQUcsY0FBYyxZQUFZO0FBQUEsSUFDaEUsQ0FBQztBQUVELE9BQUcsMEJBQTBCLFlBQVk7QUFDdkMsWUFBTSxTQUFTO0FBQ2YsWUFBTSxRQUFRLE1BQU0sR0FBRyxPQUFPLGdCQUFnQixFQUFFLE9BQU8sT0FBTyxVQUFVLFFBQVEsUUFBUSxFQUFFLGdCQUFnQixFQUFFLGdCQUFnQixHQUFHLEVBQUUsRUFBRSxDQUFDO0FBQ3BJLFlBQU0sUUFBUSxNQUFNO0FBQ3BCLGFBQU8sTUFBTSxPQUFPLGtCQUFrQixLQUFLLEtBQUssT0FBTyxTQUFTLENBQUMsQ0FBQztBQUNsRSxhQUFPLE1BQU0sT0FBTyxzQkFBc0IsS0FBSyxLQUFLLE1BQU0sR0FBRyxDQUFDO0FBQzlELGFBQU8sSUFBSSxPQUFPLHNCQUFzQixNQUFNLEVBQUU7QUFDaEQsYUFBTyxNQUFNLE9BQU8sa0JBQWtCLE9BQU8sb0JBQW9CLE1BQU0sT0FBTyx3QkFBd0IsTUFBTSxPQUFPLHNCQUFzQixFQUFFO0FBQzNJLFlBQU0sYUFBYSxNQUFNLEdBQUcsT0FBTyxnQkFBZ0IsRUFBRSxPQUFPLG9CQUFvQixVQUFVLE9BQU8sQ0FBQztBQUNsRyxhQUFPLE1BQU0sV0FBVyxlQUFlLG9CQUFvQixNQUFTO0FBQUEsSUFDdEUsQ0FBQztBQUVELE9BQUcsd0RBQXdELFlBQVk7QUFDckUsWUFBTSxHQUFHLE9BQU8sZ0JBQWdCO0FBQUEsUUFDOUIsT0FBTztBQUFBLFFBQ1AsVUFBVSxDQUFDLEVBQUUsTUFBTSxRQUFRLE9BQU8sQ0FBQyxFQUFFLE1BQU0sV0FBVyxHQUFHLEVBQUUsTUFBTSxXQUFXLENBQUMsRUFBRSxDQUFDO0FBQUEsUUFDaEYsUUFBUSxFQUFFLG1CQUFtQixhQUFhLGFBQWEsSUFBSTtBQUFBLE1BQzdELENBQUM7QUFDRCxZQUFNLENBQUMsS0FBSyxJQUFJLE9BQU87QUFDdkIsYUFBTyxHQUFHLEtBQUs7QUFDZixhQUFPLE1BQU0sTUFBTSxRQUFRLGlCQUFpQjtBQUM1QyxhQUFPLE1BQU0sTUFBTSxPQUFPLEtBQUs7QUFDL0IsYUFBTyxNQUFNLE1BQU0sTUFBTSxrQkFBa0IsS0FBSyxrQkFBa0I7QUFDbEUsYUFBTyxNQUFNLE1BQU0sWUFBWSxvQkFBb0I7QUFDbkQsYUFBTyxNQUFNLE1BQU0sbUJBQW1CLFdBQVc7QUFDakQsYUFBTyxNQUFNLE1BQU0sbUJBQW1CLGFBQWEsR0FBRyxHQUFHO0FBQ3pELGFBQU8sTUFBTSxNQUFNLFFBQVEsR0FBRztBQUM5QixhQUFPLE1BQU0sTUFBTSxhQUFhLEdBQUc7QUFDbkMsYUFBTyxNQUFNLE1BQU0sV0FBVyxVQUFVO0FBQ3hDLGFBQU8sR0FBRyxNQUFNLFlBQVksVUFBYSxNQUFNLGdCQUFnQixVQUFhLE1BQU0sV0FBVyxNQUFNLFNBQVM7QUFBQSxJQUM5RyxDQUFDO0FBQUEsRUFDSCxDQUFDO0FBRUQsV0FBUyx5QkFBeUIsTUFBTTtBQUN0QyxPQUFHLG9FQUFvRSxZQUFZO0FBQ2pGLFlBQU0sVUFBVSxFQUFFLE9BQU8sT0FBTyxVQUFVLHlCQUF5QjtBQUNuRSxZQUFNLFFBQVEsTUFBTSxHQUFHLE9BQU8sZ0JBQWdCLE9BQU87QUFDckQsWUFBTSxTQUFTLE1BQU0sY0FBYyxNQUFNLEdBQUcsT0FBTyxzQkFBc0IsT0FBTyxDQUFDO0FBQ2pGLGFBQU8sR0FBRyxPQUFPLFNBQVMsR0FBRyxPQUFPLE9BQU8sTUFBTSxTQUFTO0FBQzFELGFBQU8sTUFBTSxPQUFPLElBQUksQ0FBQyxNQUFNLEVBQUUsUUFBUSxFQUFFLEVBQUUsS0FBSyxFQUFFLEdBQUcsTUFBTSxJQUFJO0FBQ2pFLGFBQU8sTUFBTSxPQUFPLEdBQUcsRUFBRSxHQUFHLGFBQWEsQ0FBQyxHQUFHLGNBQWMsTUFBTTtBQUNqRSxhQUFPLE1BQU0sT0FBTyxDQUFDLEdBQUcsYUFBYSxDQUFDLEdBQUcsY0FBYyxNQUFTO0FBQ2hFLGFBQU8sTUFBTSxPQUFPLEdBQUcsRUFBRSxHQUFHLGVBQWUsc0JBQXNCLE1BQU0sZUFBZSxvQkFBb0I7QUFDMUcsWUFBTSxRQUFRLE9BQU8sU0FBUyxHQUFHLEVBQUU7QUFDbkMsYUFBTyxNQUFNLE9BQU8sTUFBTSxrQkFBa0IsS0FBSyx3QkFBd0I7QUFDekUsYUFBTyxNQUFNLE9BQU8sTUFBTSxLQUFLLEdBQUcsS0FBSztBQUN2QyxhQUFPLE1BQU0sT0FBTyxRQUFRLElBQUk7QUFBQSxJQUNsQyxDQUFDO0FBRUQsT0FBRyw2REFBNkQsWUFBWTtBQUMxRSxhQUFPLFdBQVcsRUFBRSxRQUFRLEtBQUssaUJBQWlCLEtBQUssQ0FBQztBQUN4RCxZQUFNLFVBQVUsbUNBQVksSUFBSTtBQUNoQyxZQUFNLFNBQVMsTUFBTSxHQUFHLE9BQU8sc0JBQXNCLEVBQUUsT0FBTyxPQUFPLFVBQVUsbUJBQW1CLENBQUM7QUFDbkcsWUFBTSxXQUFxQixDQUFDO0FBQzVCLHVCQUFpQixTQUFTLE9BQVEsS0FBSSxNQUFNLEtBQU0sVUFBUyxLQUFLLG1DQUFZLElBQUksSUFBSSxPQUFPO0FBQzNGLFlBQU0sUUFBUSxPQUFPLFNBQVMsR0FBRyxFQUFFO0FBQ25DLGFBQU8sR0FBRyxPQUFPLGdCQUFnQixVQUFhLE1BQU0sWUFBWSxNQUFTO0FBQ3pFLGFBQU8sR0FBRyxNQUFNLGNBQWMsTUFBTSxhQUFhLEtBQUssUUFBUSxNQUFNLGNBQWMsTUFBTSxTQUFTLEVBQUU7QUFDbkcsYUFBTyxHQUFHLE1BQU0sVUFBVSxNQUFNLGFBQWEsS0FBSyxZQUFZLE1BQU0sVUFBVSxNQUFNLFNBQVMsRUFBRTtBQUUvRixhQUFPLEdBQUcsU0FBUyxTQUFTLENBQUM7QUFDN0IsYUFBTyxJQUFJLFNBQVMsQ0FBQyxLQUFLLE1BQU0sS0FBSyxrQkFBa0IsU0FBUyxDQUFDLENBQUMsRUFBRTtBQUNwRSxhQUFPLElBQUksU0FBUyxHQUFHLEVBQUUsS0FBSyxNQUFNLEtBQUssaUJBQWlCLFNBQVMsR0FBRyxFQUFFLENBQUMsRUFBRTtBQUFBLElBQzdFLENBQUM7QUFFRCxPQUFHLGlFQUFpRSxZQUFZO0FBQzlFLGFBQU8sV0FBVyxFQUFFLFFBQVEsSUFBSSxpQkFBaUIsS0FBSyxDQUFDO0FBQ3ZELFlBQU0sVUFBVSxtQ0FBWSxJQUFJO0FBQ2hDLFlBQU0sR0FBRyxPQUFPLGdCQUFnQixFQUFFLE9BQU8sT0FBTyxVQUFVLG1CQUFtQixDQUFDO0FBQzlFLGFBQU8sR0FBRyxtQ0FBWSxJQUFJLElBQUksV0FBVyxHQUFHO0FBQUEsSUFDOUMsQ0FBQztBQUVELE9BQUcsc0RBQXNELFlBQVk7QUFDbkUsYUFBTyxXQUFXLEVBQUUsaUJBQWlCLElBQUksQ0FBQztBQUMxQyxZQUFNLGFBQWEsSUFBSSxnQkFBZ0I7QUFDdkMsWUFBTSxTQUFTLE1BQU0sR0FBRyxPQUFPLHNCQUFzQjtBQUFBLFFBQ25ELE9BQU87QUFBQSxRQUNQLFVBQVU7QUFBQSxRQUNWLFFBQVEsRUFBRSxhQUFhLFdBQVcsT0FBTztBQUFBLE1BQzNDLENBQUM7QUFDRCxZQUFNLEVBQUUsTUFBTSxJQUFJLE9BQU8sWUFBWTtBQUNuQyxZQUFJO0FBQ0YsMkJBQWlCLFNBQVMsT0FBUSxLQUFJLE1BQU0sS0FBTSxZQUFXLE1BQU07QUFBQSxRQUNyRSxTQUFTLEdBQUc7QUFDVixpQkFBTyxFQUFFLE9BQU8sRUFBRTtBQUFBLFFBQ3BCO0FBQ0EsZUFBTyxFQUFFLE9BQU8sT0FBVTtBQUFBLE1BQzVCLEdBQUc7QUFDSCxhQUFPLEdBQUcsT0FBTyw0QkFBNEI7QUFDN0MsWUFBTSxRQUFRLE1BQU0sT0FBTyxlQUFlLENBQUMsTUFBTSxFQUFFLGNBQWMsTUFBUztBQUMxRSxhQUFPLE1BQU0sTUFBTSxXQUFXLGVBQWU7QUFDN0MsYUFBTyxHQUFHLE1BQU0sY0FBYyxHQUFJO0FBQ2xDLGFBQU8sTUFBTSxPQUFPLE1BQU0sVUFBVSxDQUFDO0FBQUEsSUFDdkMsQ0FBQztBQUFBLEVBQ0gsQ0FBQztBQUVELFdBQVMscUJBQXFCLE1BQU07QUFDbEMsVUFBTSxVQUFVLGFBQUUsT0FBTztBQUFBLE1BQ3ZCLE9BQU8sYUFBRSxPQUFPLEVBQUUsSUFBSSxDQUFDLEVBQUUsSUFBSSxFQUFFO0FBQUEsTUFDL0IsUUFBUSxhQUFFLE9BQU8sRUFBRSxJQUFJLEVBQUUsSUFBSSxDQUFDLEVBQUUsSUFBSSxFQUFFO0FBQUEsTUFDdEMsTUFBTSxhQUFFLEtBQUssQ0FBQyxTQUFTLFFBQVEsUUFBUSxDQUFDO0FBQUEsTUFDeEMsWUFBWSxhQUFFLE9BQU8sRUFBRSxJQUFJLEVBQUUsU0FBUztBQUFBLE1BQ3RDLE9BQU8sYUFBRSxNQUFNLGFBQUUsT0FBTyxFQUFFLFNBQVMsYUFBRSxPQUFPLEdBQUcsS0FBSyxhQUFFLE9BQU8sRUFBRSxTQUFTLEVBQUUsQ0FBQyxDQUFDLEVBQUUsSUFBSSxDQUFDLEVBQUUsSUFBSSxDQUFDO0FBQUEsTUFDMUYsTUFBTSxhQUFFLE1BQU0sYUFBRSxPQUFPLENBQUMsRUFBRSxJQUFJLENBQUM7QUFBQSxNQUMvQixVQUFVLGFBQUUsT0FBTyxFQUFFLFNBQVM7QUFBQSxNQUM5QixPQUFPLGFBQUUsT0FBTyxFQUFFLElBQUksQ0FBQyxFQUFFLElBQUksQ0FBQztBQUFBLE1BQzlCLE9BQU8sYUFBRSxRQUFRO0FBQUEsSUFDbkIsQ0FBQztBQUVELE9BQUcsMkVBQTJFLFlBQVk7QUFDeEYsWUFBTSxTQUFTLEVBQUUsa0JBQWtCLG9CQUFvQixvQkFBb0IsYUFBRSxhQUFhLE9BQU8sRUFBRTtBQUNuRyxZQUFNLFFBQVEsTUFBTSxHQUFHLE9BQU8sZ0JBQWdCLEVBQUUsT0FBTyxPQUFPLFVBQVUsc0JBQXNCLE9BQU8sQ0FBQztBQUN0RyxZQUFNLFFBQVEsUUFBUSxNQUFNLEtBQUssTUFBTSxNQUFNLFFBQVEsRUFBRSxDQUFDO0FBQ3hELGFBQU8sTUFBTSxNQUFNLE1BQU0sUUFBUSxHQUFHLFVBQVU7QUFDOUMsYUFBTyxNQUFNLE1BQU0sS0FBSyxRQUFRLEdBQUcsc0NBQXNDO0FBQ3pFLFlBQU0sUUFBUSxNQUFNLEdBQUcsT0FBTyxnQkFBZ0IsRUFBRSxPQUFPLE9BQU8sVUFBVSxzQkFBc0IsT0FBTyxDQUFDO0FBQ3RHLGFBQU8sTUFBTSxNQUFNLE1BQU0sTUFBTSxJQUFJO0FBQUEsSUFDckMsQ0FBQztBQUVELE9BQUcsbUNBQW1DLFlBQVk7QUFDaEQsWUFBTSxTQUFTLEVBQUUsa0JBQWtCLG9CQUFvQixvQkFBb0IsYUFBRSxhQUFhLE9BQU8sRUFBRTtBQUNuRyxZQUFNLFNBQVMsTUFBTSxjQUFjLE1BQU0sR0FBRyxPQUFPLHNCQUFzQixFQUFFLE9BQU8sT0FBTyxVQUFVLFlBQVksT0FBTyxDQUFDLENBQUM7QUFDeEgsYUFBTyxHQUFHLE9BQU8sU0FBUyxDQUFDO0FBQzNCLGNBQVEsTUFBTSxLQUFLLE1BQU0sT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLFFBQVEsRUFBRSxFQUFFLEtBQUssRUFBRSxDQUFDLENBQUM7QUFBQSxJQUNwRSxDQUFDO0FBRUQsT0FBRyw0Q0FBNEMsWUFBWTtBQUN6RCxZQUFNLFFBQVEsTUFBTSxHQUFHLE9BQU8sZ0JBQWdCO0FBQUEsUUFDNUMsT0FBTztBQUFBLFFBQ1AsVUFBVTtBQUFBLFFBQ1YsUUFBUTtBQUFBLFVBQ04sa0JBQWtCO0FBQUEsVUFDbEIsZ0JBQWdCO0FBQUEsWUFDZCxNQUFNLGtCQUFLO0FBQUEsWUFDWCxVQUFVO0FBQUEsWUFDVixPQUFPO0FBQUEsY0FDTCxNQUFNLGtCQUFLO0FBQUEsY0FDWCxZQUFZLEVBQUUsTUFBTSxFQUFFLE1BQU0sa0JBQUssT0FBTyxHQUFHLEtBQUssRUFBRSxNQUFNLGtCQUFLLFNBQVMsU0FBUyxJQUFJLFNBQVMsR0FBRyxFQUFFO0FBQUEsY0FDakcsVUFBVSxDQUFDLFFBQVEsS0FBSztBQUFBLFlBQzFCO0FBQUEsVUFDRjtBQUFBLFFBQ0Y7QUFBQSxNQUNGLENBQUM7QUFDRCxZQUFNLFFBQVEsYUFBRSxNQUFNLGFBQUUsT0FBTyxFQUFFLE1BQU0sYUFBRSxPQUFPLEdBQUcsS0FBSyxhQUFFLE9BQU8sRUFBRSxJQUFJLEVBQUUsSUFBSSxFQUFFLEVBQUUsSUFBSSxFQUFFLEVBQUUsQ0FBQyxDQUFDLEVBQUUsT0FBTyxDQUFDLEVBQUUsTUFBTSxLQUFLLE1BQU0sTUFBTSxRQUFRLEVBQUUsQ0FBQztBQUN6SSxhQUFPLEdBQUcsTUFBTSxDQUFDLEdBQUcsSUFBSTtBQUFBLElBQzFCLENBQUM7QUFBQSxFQUNILENBQUM7QUFFRCxXQUFTLDBCQUEwQixNQUFNO0FBQ3ZDLE9BQUcsK0NBQStDLFlBQVk7QUFDNUQsWUFBTSxPQUFPO0FBQ2IsWUFBTSxTQUFTLE1BQU0sR0FBRyxPQUFPLFlBQVksRUFBRSxPQUFPLE9BQU8sVUFBVSxLQUFLLENBQUM7QUFDM0UsYUFBTyxNQUFNLE9BQU8sYUFBYSxLQUFLLEtBQUssS0FBSyxTQUFTLENBQUMsSUFBSSxDQUFDO0FBQy9ELGFBQU8sTUFBTSxPQUFPLFNBQVMsR0FBRyxFQUFFLEdBQUcsUUFBUSxhQUFhO0FBQUEsSUFDNUQsQ0FBQztBQUVELE9BQUcsOENBQThDLFlBQVk7QUFDM0QsWUFBTSxRQUFRLE1BQU0sR0FBRyxPQUFPLElBQUksRUFBRSxPQUFPLE1BQU0sQ0FBQztBQUNsRCxhQUFPLE1BQU0sTUFBTSxNQUFNLFVBQVUsS0FBSyxFQUFFO0FBQzFDLGFBQU8sSUFBSSxNQUFNLG1CQUFtQixLQUFLLENBQUM7QUFDMUMsWUFBTSxRQUFrQixDQUFDO0FBQ3pCLHVCQUFpQixLQUFLLE1BQU0sR0FBRyxPQUFPLEtBQUssRUFBRSxRQUFRLEVBQUUsVUFBVSxFQUFFLEVBQUUsQ0FBQyxFQUFHLE9BQU0sS0FBSyxFQUFFLFFBQVEsRUFBRTtBQUNoRyxhQUFPLFVBQVUsT0FBTyxDQUFDLDJCQUEyQix5QkFBeUIsZ0NBQWdDLHlCQUF5QixDQUFDO0FBQUEsSUFDekksQ0FBQztBQUVELE9BQUcsNENBQTRDLFlBQVk7QUFDekQsWUFBTSxPQUFPLFFBQVEsR0FBRyxPQUFPLElBQUksRUFBRSxPQUFPLG1CQUFtQixDQUFDLEdBQUcsQ0FBQyxNQUFlO0FBQ2pGLGVBQU8sTUFBTSxVQUFVLENBQUMsR0FBRyxHQUFHO0FBQzlCLGVBQU8sTUFBTyxFQUFZLFNBQVMsK0RBQStEO0FBQ2xHLGVBQU87QUFBQSxNQUNULENBQUM7QUFDRCxZQUFNLE9BQU8sUUFBUSxHQUFHLE9BQU8sZ0JBQWdCLEVBQUUsT0FBTyxvQkFBb0IsVUFBVSxJQUFJLENBQUMsR0FBRyxDQUFDLE1BQWUsVUFBVSxDQUFDLE1BQU0sR0FBRztBQUNsSSxZQUFNLFNBQVMsTUFBTSxpQkFBaUIsTUFBTSxHQUFHLE9BQU8sc0JBQXNCLEVBQUUsT0FBTyxvQkFBb0IsVUFBVSxJQUFJLENBQUMsRUFBRSxNQUFNLGFBQWEsQ0FBQztBQUM5SSxhQUFPLE1BQU0sVUFBVSxPQUFPLEtBQUssR0FBRyxHQUFHO0FBQUEsSUFDM0MsQ0FBQztBQUVELE9BQUcsa0NBQWtDLFlBQVk7QUFDL0MsWUFBTSxTQUFTLFVBQU0sbUNBQWdCLEVBQUUsUUFBUSxDQUFDLFlBQVksRUFBRSxJQUFJLGFBQWEsYUFBYSxPQUFPLGtCQUFrQixHQUFHLENBQUMsRUFBRSxDQUFDO0FBQzVILFVBQUk7QUFDRixjQUFNLFFBQVEsTUFBTSxPQUFPLE1BQU0sRUFBRSxPQUFPLElBQUksRUFBRSxPQUFPLFlBQVksQ0FBQztBQUNwRSxlQUFPLE1BQU0sTUFBTSxhQUFhLEtBQUs7QUFDckMsZUFBTyxNQUFNLE1BQU0sa0JBQWtCLEVBQUU7QUFDdkMsY0FBTSxPQUFPLFFBQVEsT0FBTyxNQUFNLEVBQUUsT0FBTyxJQUFJLEVBQUUsT0FBTyxNQUFNLENBQUMsR0FBRyxDQUFDLE1BQWUsVUFBVSxDQUFDLE1BQU0sR0FBRztBQUFBLE1BQ3hHLFVBQUU7QUFDQSxjQUFNLE9BQU8sS0FBSztBQUFBLE1BQ3BCO0FBQUEsSUFDRixDQUFDO0FBQUEsRUFDSCxDQUFDO0FBRUQsV0FBUyxXQUFXLE1BQU07QUFDeEIsT0FBRyxnREFBZ0QsWUFBWTtBQUM3RCxZQUFNLFFBQVEsT0FBTyxRQUFRLGFBQWE7QUFDMUMsWUFBTSxPQUFPLFFBQVEsTUFBTSxPQUFPLGdCQUFnQixFQUFFLE9BQU8sT0FBTyxVQUFVLElBQUksQ0FBQyxHQUFHLENBQUMsTUFBZTtBQUNsRyxlQUFPLE1BQU0sVUFBVSxDQUFDLEdBQUcsR0FBRztBQUM5QixlQUFPLE1BQU8sRUFBWSxTQUFTLGlCQUFpQjtBQUNwRCxlQUFPO0FBQUEsTUFDVCxDQUFDO0FBQ0QsWUFBTSxTQUFTLE1BQU0saUJBQWlCLE1BQU0sTUFBTSxPQUFPLHNCQUFzQixFQUFFLE9BQU8sT0FBTyxVQUFVLElBQUksQ0FBQyxFQUFFLE1BQU0sYUFBYSxDQUFDO0FBQ3BJLGFBQU8sTUFBTSxVQUFVLE9BQU8sS0FBSyxHQUFHLEdBQUc7QUFDekMsYUFBTyxNQUFPLE9BQU8sTUFBZ0IsU0FBUyxpQkFBaUI7QUFBQSxJQUNqRSxDQUFDO0FBRUQsT0FBRyxtQ0FBbUMsWUFBWTtBQUNoRCxZQUFNLFdBQVcsTUFBTSxNQUFNLEdBQUcsT0FBTyxPQUFPLGtCQUFrQixLQUFLLG9CQUFvQjtBQUFBLFFBQ3ZGLFFBQVE7QUFBQSxRQUNSLFNBQVMsRUFBRSxnQkFBZ0IsbUJBQW1CO0FBQUEsUUFDOUMsTUFBTSxLQUFLLFVBQVUsRUFBRSxVQUFVLENBQUMsRUFBRSxNQUFNLFFBQVEsT0FBTyxDQUFDLEVBQUUsTUFBTSxJQUFJLENBQUMsRUFBRSxDQUFDLEVBQUUsQ0FBQztBQUFBLE1BQy9FLENBQUM7QUFDRCxhQUFPLE1BQU0sU0FBUyxRQUFRLEdBQUc7QUFDakMsWUFBTSxPQUFRLE1BQU0sU0FBUyxLQUFLO0FBQ2xDLGFBQU8sTUFBTSxLQUFLLE1BQU0sUUFBUSxDQUFDLEdBQUcsUUFBUSxpQkFBaUI7QUFDN0QsYUFBTyxNQUFNLE9BQU8sU0FBUyxHQUFHLEVBQUUsR0FBRyxjQUFjLEtBQUs7QUFBQSxJQUMxRCxDQUFDO0FBRUQsT0FBRywyREFBMkQsWUFBWTtBQUN4RSxZQUFNLEdBQUcsT0FBTyxnQkFBZ0IsRUFBRSxPQUFPLE9BQU8sVUFBVSxJQUFJLENBQUM7QUFDL0QsWUFBTSxjQUFjLE1BQU0sR0FBRyxPQUFPLHNCQUFzQixFQUFFLE9BQU8sT0FBTyxVQUFVLElBQUksQ0FBQyxDQUFDO0FBQzFGLFlBQU0sR0FBRyxPQUFPLFlBQVksRUFBRSxPQUFPLE9BQU8sVUFBVSxJQUFJLENBQUM7QUFDM0QsWUFBTSxHQUFHLE9BQU8sSUFBSSxFQUFFLE9BQU8sTUFBTSxDQUFDO0FBQ3BDLGFBQU8sTUFBTSxPQUFPLFNBQVMsUUFBUSxDQUFDO0FBQ3RDLGlCQUFXLFNBQVMsT0FBTyxVQUFVO0FBQ25DLGVBQU8sTUFBTSxNQUFNLGNBQWMsTUFBTSxNQUFNLElBQUk7QUFDakQsZUFBTyxNQUFNLE1BQU0sWUFBWSxPQUFPLE1BQU0sSUFBSTtBQUFBLE1BQ2xEO0FBQUEsSUFDRixDQUFDO0FBRUQsT0FBRywrQ0FBK0MsWUFBWTtBQUM1RCxZQUFNLFdBQVcsTUFBTSxNQUFNLEdBQUcsT0FBTyxPQUFPLGtCQUFrQixLQUFLLFFBQVEsT0FBTyxNQUFNLEVBQUU7QUFDNUYsYUFBTyxNQUFNLFNBQVMsUUFBUSxHQUFHO0FBQ2pDLGFBQU8sTUFBTSxPQUFPLFNBQVMsR0FBRyxFQUFFLEdBQUcsWUFBWSxJQUFJO0FBQUEsSUFDdkQsQ0FBQztBQUFBLEVBQ0gsQ0FBQztBQUVELFdBQVMsbUJBQW1CLE1BQU07QUFDaEMsZUFBVyxZQUFRLGdDQUFhLEdBQUc7QUFDakMsU0FBRyxtQkFBbUIsSUFBSSxvQkFBb0IsWUFBWTtBQUN4RCxjQUFNLGNBQVUsK0JBQVksSUFBSTtBQUNoQyxlQUFPLE9BQU8sRUFBRSxNQUFNLFdBQVcsS0FBSyxHQUFHLEVBQUUsTUFBTSxXQUFXLEtBQUssQ0FBQztBQUNsRSxjQUFNLE9BQU8sR0FBRyxPQUFPLGdCQUFnQixFQUFFLE9BQU8sT0FBTyxVQUFVLElBQUksQ0FBQztBQUN0RSxZQUFJLFFBQVEsZUFBZSxLQUFLO0FBQzlCLGdCQUFNLFFBQVEsTUFBTTtBQUNwQixpQkFBTyxVQUFVLE1BQU0sYUFBYSxDQUFDLEdBQUcsY0FBZSxRQUFRLEtBQTJELGFBQWEsQ0FBQyxHQUFHLFlBQVk7QUFDdkosaUJBQU8sTUFBTSxNQUFNLFlBQWEsUUFBUSxLQUFnQyxVQUFVO0FBQ2xGLGdCQUFNLFNBQVMsTUFBTSxjQUFjLE1BQU0sR0FBRyxPQUFPLHNCQUFzQixFQUFFLE9BQU8sT0FBTyxVQUFVLElBQUksQ0FBQyxDQUFDO0FBQ3pHLGlCQUFPLE1BQU0sT0FBTyxRQUFRLENBQUM7QUFDN0IsaUJBQU8sTUFBTSxPQUFPLENBQUMsR0FBRyxZQUFZLE1BQU0sVUFBVTtBQUFBLFFBQ3RELE9BQU87QUFDTCxnQkFBTSxPQUFPLFFBQVEsTUFBTSxDQUFDLE1BQWUsVUFBVSxDQUFDLE1BQU0sUUFBUSxVQUFVO0FBQzlFLGdCQUFNLFNBQVMsTUFBTSxpQkFBaUIsTUFBTSxHQUFHLE9BQU8sc0JBQXNCLEVBQUUsT0FBTyxPQUFPLFVBQVUsSUFBSSxDQUFDLEVBQUUsTUFBTSxhQUFhLENBQUM7QUFDakksaUJBQU8sTUFBTSxVQUFVLE9BQU8sS0FBSyxHQUFHLFFBQVEsVUFBVTtBQUFBLFFBQzFEO0FBQ0EsZUFBTyxVQUFVLE9BQU8sU0FBUyxJQUFJLENBQUMsTUFBTSxFQUFFLE1BQU0sR0FBRyxDQUFDLFFBQVEsWUFBWSxRQUFRLFVBQVUsQ0FBQztBQUFBLE1BQ2pHLENBQUM7QUFBQSxJQUNIO0FBRUEsT0FBRyw0REFBNEQsWUFBWTtBQUN6RSxhQUFPLE9BQU8sRUFBRSxNQUFNLFdBQVcsTUFBTSwyQkFBMkIsQ0FBQztBQUNuRSxZQUFNLE9BQU8sUUFBUSxHQUFHLE9BQU8sZ0JBQWdCLEVBQUUsT0FBTyxPQUFPLFVBQVUsSUFBSSxDQUFDLEdBQUcsQ0FBQyxNQUFlO0FBQy9GLGNBQU0sT0FBTyxLQUFLLE1BQU8sRUFBWSxPQUFPO0FBQzVDLGNBQU0sUUFBUSxLQUFLLE1BQU0sUUFBUSxLQUFLLENBQUMsTUFBTSxFQUFFLE9BQU8sTUFBTSwwQ0FBMEM7QUFDdEcsZUFBTyxNQUFNLFFBQVEsWUFBWSxHQUFHLGNBQWM7QUFDbEQsZUFBTztBQUFBLE1BQ1QsQ0FBQztBQUNELGFBQU8sTUFBTSxPQUFPLE1BQU0sYUFBYSxDQUFDO0FBQUEsSUFDMUMsQ0FBQztBQUVELE9BQUcsNERBQTRELFlBQVk7QUFDekUsYUFBTyxPQUFPLEVBQUUsTUFBTSxVQUFVLFlBQVksSUFBSSxHQUFHLEVBQUUsTUFBTSxVQUFVLFlBQVksS0FBSyxNQUFNLEVBQUUsT0FBTyxFQUFFLE1BQU0sS0FBSyxTQUFTLFFBQVEsUUFBUSxXQUFXLEVBQUUsRUFBRSxDQUFDO0FBQzNKLFlBQU0sT0FBTyxRQUFRLEdBQUcsT0FBTyxnQkFBZ0IsRUFBRSxPQUFPLE9BQU8sVUFBVSxJQUFJLENBQUMsR0FBRyxDQUFDLE1BQWUsVUFBVSxDQUFDLE1BQU0sR0FBRztBQUNySCxZQUFNLE9BQU8sUUFBUSxHQUFHLE9BQU8sZ0JBQWdCLEVBQUUsT0FBTyxPQUFPLFVBQVUsSUFBSSxDQUFDLEdBQUcsQ0FBQyxNQUFlLFVBQVUsQ0FBQyxNQUFNLE9BQU8sT0FBTyxLQUFNLEVBQVksT0FBTyxDQUFDO0FBQzFKLFlBQU0sUUFBUSxNQUFNLEdBQUcsT0FBTyxnQkFBZ0IsRUFBRSxPQUFPLE9BQU8sVUFBVSxJQUFJLENBQUM7QUFDN0UsYUFBTyxHQUFHLE1BQU0sSUFBSTtBQUNwQixhQUFPLFVBQVUsT0FBTyxTQUFTLElBQUksQ0FBQyxNQUFNLEVBQUUsT0FBTyxJQUFJLEdBQUcsQ0FBQyxVQUFVLFVBQVUsTUFBUyxDQUFDO0FBQUEsSUFDN0YsQ0FBQztBQUVELE9BQUcsOENBQThDLFlBQVk7QUFDM0QsWUFBTSxTQUFTLE9BQU8sV0FBVyxDQUFDLE1BQU0sRUFBRSxXQUFXLFNBQVMsV0FBVyxHQUFHLEVBQUUsTUFBTSxXQUFXLE1BQU0saUJBQWlCLENBQUM7QUFDdkgsWUFBTSxHQUFHLE9BQU8sZ0JBQWdCLEVBQUUsT0FBTyxPQUFPLFVBQVUsWUFBWSxDQUFDO0FBQ3ZFLFlBQU0sT0FBTyxRQUFRLEdBQUcsT0FBTyxnQkFBZ0IsRUFBRSxPQUFPLE9BQU8sVUFBVSxZQUFZLENBQUMsR0FBRyxDQUFDLE1BQWUsVUFBVSxDQUFDLE1BQU0sR0FBRztBQUM3SCxZQUFNLEdBQUcsT0FBTyxnQkFBZ0IsRUFBRSxPQUFPLE9BQU8sVUFBVSxZQUFZLENBQUM7QUFDdkUsYUFBTyxNQUFNLE9BQU8sTUFBTSxDQUFDO0FBRTNCLFlBQU0sU0FBUyxPQUFPLFdBQVcsQ0FBQyxNQUFNLEVBQUUsUUFBUSxFQUFFLE1BQU0sVUFBVSxZQUFZLElBQUksR0FBRyxFQUFFLE9BQU8sU0FBUyxDQUFDO0FBQzFHLGVBQVMsSUFBSSxHQUFHLElBQUksR0FBRyxLQUFLO0FBQzFCLGNBQU0sRUFBRSxNQUFNLElBQUksTUFBTSxpQkFBaUIsTUFBTSxHQUFHLE9BQU8sc0JBQXNCLEVBQUUsT0FBTyxPQUFPLFVBQVUsSUFBSSxDQUFDLEVBQUUsTUFBTSxhQUFhLENBQUM7QUFDcEksZUFBTyxNQUFNLFVBQVUsS0FBSyxHQUFHLEdBQUc7QUFBQSxNQUNwQztBQUNBLGFBQU8sT0FBTztBQUNkLFlBQU0sY0FBYyxNQUFNLEdBQUcsT0FBTyxzQkFBc0IsRUFBRSxPQUFPLE9BQU8sVUFBVSxJQUFJLENBQUMsQ0FBQztBQUFBLElBQzVGLENBQUM7QUFFRCxPQUFHLGlFQUFpRSxZQUFZO0FBQzlFLGFBQU8sT0FBTyxFQUFFLE1BQU0sT0FBTyxZQUFZLEdBQUcsQ0FBQztBQUM3QyxZQUFNLEVBQUUsTUFBTSxNQUFNLElBQUksTUFBTSxpQkFBaUIsTUFBTSxHQUFHLE9BQU8sc0JBQXNCLEVBQUUsT0FBTyxPQUFPLFVBQVUsSUFBSSxDQUFDLENBQUM7QUFDckgsYUFBTyxHQUFHLGlCQUFpQixTQUFTLEVBQUUsaUJBQWlCLHdCQUFXLE9BQU8sT0FBTyxLQUFLLENBQUMsRUFBRTtBQUN4RixhQUFPLE1BQU0sTUFBTSxTQUFTLHNDQUFzQztBQUNsRSxhQUFPLFVBQU0seUJBQVcsSUFBSSxHQUFHLEVBQUU7QUFDakMsWUFBTSxRQUFRLE1BQU0sT0FBTyxlQUFlLENBQUMsTUFBTSxFQUFFLGNBQWMsTUFBUztBQUMxRSxhQUFPLE1BQU0sTUFBTSxXQUFXLEtBQUs7QUFDbkMsYUFBTyxNQUFNLE1BQU0sYUFBYSxFQUFFO0FBQUEsSUFDcEMsQ0FBQztBQUVELE9BQUcsK0NBQStDLFlBQVk7QUFDNUQsYUFBTyxPQUFPLEVBQUUsTUFBTSxPQUFPLFlBQVksRUFBRSxDQUFDO0FBQzVDLFlBQU0sT0FBTyxRQUFRLEdBQUcsT0FBTyxnQkFBZ0IsRUFBRSxPQUFPLE9BQU8sVUFBVSxJQUFJLENBQUMsR0FBRyxDQUFDLE1BQWUsYUFBYSxTQUFTLEVBQUUsYUFBYSxzQkFBUztBQUFBLElBQ2pKLENBQUM7QUFFRCxPQUFHLG1EQUFtRCxZQUFZO0FBQ2hFLGFBQU8sT0FBTyxFQUFFLE1BQU0sYUFBYSxZQUFZLEdBQUcsR0FBRyxFQUFFLE1BQU0sWUFBWSxDQUFDO0FBQzFFLFlBQU0sRUFBRSxNQUFNLE1BQU0sSUFBSSxNQUFNLGlCQUFpQixNQUFNLEdBQUcsT0FBTyxzQkFBc0IsRUFBRSxPQUFPLE9BQU8sVUFBVSxJQUFJLENBQUMsQ0FBQztBQUNySCxhQUFPLEdBQUcsaUJBQWlCLE9BQU8sY0FBYztBQUNoRCxhQUFPLFVBQU0seUJBQVcsSUFBSSxHQUFHLEVBQUU7QUFDakMsWUFBTSxPQUFPLFFBQVEsR0FBRyxPQUFPLGdCQUFnQixFQUFFLE9BQU8sT0FBTyxVQUFVLElBQUksQ0FBQyxHQUFHLFdBQVc7QUFBQSxJQUM5RixDQUFDO0FBRUQsT0FBRyxzQ0FBc0MsWUFBWTtBQUNuRCxhQUFPLE9BQU8sRUFBRSxNQUFNLGdCQUFnQixZQUFZLElBQUksUUFBUSxJQUFJLEdBQUcsRUFBRSxNQUFNLGdCQUFnQixZQUFZLEVBQUUsQ0FBQztBQUM1RyxZQUFNLEVBQUUsTUFBTSxNQUFNLElBQUksTUFBTSxpQkFBaUIsTUFBTSxHQUFHLE9BQU8sc0JBQXNCLEVBQUUsT0FBTyxPQUFPLFVBQVUsSUFBSSxDQUFDLENBQUM7QUFDckgsYUFBTyxVQUFNLHlCQUFXLElBQUksR0FBRyxFQUFFO0FBQ2pDLGFBQU8sTUFBTSxVQUFVLEtBQUssR0FBRyxHQUFHO0FBQ2xDLGFBQU8sTUFBTyxNQUFnQixTQUFTLDRCQUE0QjtBQUNuRSxZQUFNLE9BQU8sUUFBUSxHQUFHLE9BQU8sZ0JBQWdCLEVBQUUsT0FBTyxPQUFPLFVBQVUsSUFBSSxDQUFDLEdBQUcsQ0FBQyxNQUFlLFVBQVUsQ0FBQyxNQUFNLEdBQUc7QUFBQSxJQUN2SCxDQUFDO0FBRUQsT0FBRyx3RUFBd0UsWUFBWTtBQUNyRixhQUFPLE9BQU8sRUFBRSxNQUFNLFFBQVEsTUFBTSwyQkFBMkIsY0FBYyxhQUFhLENBQUM7QUFDM0YsWUFBTSxRQUFRLE1BQU0sR0FBRyxPQUFPLGdCQUFnQjtBQUFBLFFBQzVDLE9BQU87QUFBQSxRQUNQLFVBQVU7QUFBQSxRQUNWLFFBQVEsRUFBRSxrQkFBa0Isb0JBQW9CLG9CQUFvQixFQUFFLE1BQU0sU0FBUyxFQUFFO0FBQUEsTUFDekYsQ0FBQztBQUNELGFBQU8sTUFBTSxNQUFNLE1BQU0seUJBQXlCO0FBQ2xELGFBQU8sTUFBTSxNQUFNLGFBQWEsQ0FBQyxHQUFHLGNBQWMsWUFBWTtBQUFBLElBQ2hFLENBQUM7QUFFRCxPQUFHLDBEQUEwRCxZQUFZO0FBQ3ZFLGFBQU8sT0FBTyxFQUFFLE1BQU0sT0FBTyxDQUFDO0FBQzlCLFlBQU0sYUFBYSxJQUFJLGdCQUFnQjtBQUN2QyxZQUFNLE9BQU8sR0FBRyxPQUFPLGdCQUFnQixFQUFFLE9BQU8sT0FBTyxVQUFVLEtBQUssUUFBUSxFQUFFLGFBQWEsV0FBVyxPQUFPLEVBQUUsQ0FBQztBQUNsSCxZQUFNLE9BQU8sZUFBZSxDQUFDLE1BQU0sRUFBRSxPQUFPLFNBQVMsTUFBTTtBQUMzRCxZQUFNLFlBQVksbUNBQVksSUFBSTtBQUNsQyxpQkFBVyxNQUFNO0FBQ2pCLFlBQU0sT0FBTyxRQUFRLE1BQU0sQ0FBQyxNQUFlLGFBQWEsU0FBUyxFQUFFLFNBQVMsWUFBWTtBQUN4RixhQUFPLEdBQUcsbUNBQVksSUFBSSxJQUFJLFlBQVksR0FBRztBQUM3QyxZQUFNLFFBQVEsTUFBTSxPQUFPLGVBQWUsQ0FBQyxNQUFNLEVBQUUsY0FBYyxlQUFlO0FBQ2hGLGFBQU8sTUFBTSxNQUFNLFFBQVEsQ0FBQztBQUFBLElBQzlCLENBQUM7QUFFRCxPQUFHLGdEQUFnRCxZQUFZO0FBQzdELGFBQU8sT0FBTyxFQUFFLE1BQU0sV0FBVyxNQUFNLGtCQUFrQixDQUFDO0FBQzFELFlBQU0sT0FBTyxRQUFRLEdBQUcsT0FBTyxnQkFBZ0IsRUFBRSxPQUFPLE9BQU8sVUFBVSxJQUFJLENBQUMsR0FBRyxDQUFDLE1BQWUsVUFBVSxDQUFDLE1BQU0sT0FBTyxrQkFBa0IsS0FBTSxFQUFZLE9BQU8sQ0FBQztBQUFBLElBQ3ZLLENBQUM7QUFBQSxFQUNILENBQUM7QUFFRCxXQUFTLDZCQUE2QixNQUFNO0FBQzFDLE9BQUcsbUVBQW1FLFlBQVk7QUFDaEYsYUFBTyxXQUFXLEVBQUUsbUJBQW1CLEVBQUUsQ0FBQztBQUMxQyxZQUFNLEdBQUcsT0FBTyxnQkFBZ0IsRUFBRSxPQUFPLE9BQU8sVUFBVSxNQUFNLENBQUM7QUFDakUsWUFBTSxjQUFjLE1BQU0sR0FBRyxPQUFPLHNCQUFzQixFQUFFLE9BQU8sT0FBTyxVQUFVLE1BQU0sQ0FBQyxDQUFDO0FBQzVGLFlBQU0sR0FBRyxPQUFPLFlBQVksRUFBRSxPQUFPLE9BQU8sVUFBVSxjQUFjLENBQUM7QUFDckUsVUFBSSxVQUFVO0FBQ2QsWUFBTSxPQUFPLFFBQVEsR0FBRyxPQUFPLGdCQUFnQixFQUFFLE9BQU8sT0FBTyxVQUFVLFFBQVEsQ0FBQyxHQUFHLENBQUMsTUFBZTtBQUNuRyxlQUFPLE1BQU0sVUFBVSxDQUFDLEdBQUcsR0FBRztBQUM5QixrQkFBVyxFQUFZO0FBQ3ZCLGVBQU87QUFBQSxNQUNULENBQUM7QUFDRCxZQUFNLFFBQVMsS0FBSyxNQUFNLE9BQU8sRUFBOEU7QUFDL0csWUFBTSxRQUFRLE1BQU0sUUFBUSxLQUFLLENBQUMsTUFBTSxFQUFFLE9BQU8sTUFBTSwwQ0FBMEM7QUFDakcsWUFBTSxRQUFRLE9BQU8sUUFBUSxZQUFZLENBQUM7QUFDMUMsYUFBTyxNQUFNLE9BQU8sb0JBQW9CO0FBQ3hDLFlBQU0sVUFBVSxPQUFPLE1BQU0sTUFBTSxHQUFHLEVBQUUsQ0FBQztBQUN6QyxhQUFPLEdBQUcsVUFBVSxNQUFNLFdBQVcsSUFBSSxLQUFLO0FBQzlDLGFBQU8sR0FBRyxNQUFNLFFBQVEsU0FBUyxtQkFBbUIsS0FBSyxHQUFHLENBQUM7QUFDN0QsYUFBTyxHQUFHLE1BQU0sUUFBUSxLQUFLLENBQUMsTUFBTSxFQUFFLE9BQU8sTUFBTSw2Q0FBNkMsQ0FBQztBQUVqRyxZQUFNLFNBQVMsTUFBTSxpQkFBaUIsTUFBTSxHQUFHLE9BQU8sc0JBQXNCLEVBQUUsT0FBTyxPQUFPLFVBQVUsT0FBTyxDQUFDLEVBQUUsTUFBTSxhQUFhLENBQUM7QUFDcEksYUFBTyxNQUFNLFVBQVUsT0FBTyxLQUFLLEdBQUcsR0FBRztBQUN6QyxhQUFPLFVBQVUsT0FBTyxNQUFNLGVBQWUsQ0FBQztBQUM5QyxhQUFPLFVBQVUsT0FBTyxNQUFNLGFBQWEsQ0FBQztBQUM1QyxhQUFPLFVBQVUsT0FBTyxTQUFTLElBQUksQ0FBQyxNQUFNLEVBQUUsaUJBQWlCLEtBQUssR0FBRyxDQUFDLE9BQU8sT0FBTyxPQUFPLE1BQU0sSUFBSSxDQUFDO0FBQUEsSUFDMUcsQ0FBQztBQUVELE9BQUcsOENBQThDLFlBQVk7QUFDM0QsYUFBTyxXQUFXLEVBQUUsbUJBQW1CLEdBQUcsZUFBZSxJQUFJLENBQUM7QUFDOUQsWUFBTSxHQUFHLE9BQU8sZ0JBQWdCLEVBQUUsT0FBTyxPQUFPLFVBQVUsTUFBTSxDQUFDO0FBQ2pFLFlBQU0sV0FBVyxNQUFNLEdBQUcsT0FBTyxnQkFBZ0IsRUFBRSxPQUFPLE9BQU8sVUFBVSxNQUFNLENBQUMsRUFBRSxNQUFNLENBQUMsTUFBZSxDQUFDO0FBQzNHLGFBQU8sTUFBTSxVQUFVLFFBQVEsR0FBRyxHQUFHO0FBRXJDLFlBQU0sVUFBVSxPQUFPLDRCQUE0QixLQUFNLFNBQW1CLE9BQU8sSUFBSSxDQUFDLENBQUM7QUFDekYsYUFBTyxHQUFHLFVBQVUsS0FBSyxXQUFXLElBQUk7QUFDeEMsWUFBTSxJQUFJLFFBQVEsQ0FBQyxZQUFZLFdBQVcsU0FBUyxVQUFVLE1BQU8sQ0FBQyxDQUFDO0FBQ3RFLFlBQU0sR0FBRyxPQUFPLGdCQUFnQixFQUFFLE9BQU8sT0FBTyxVQUFVLFFBQVEsQ0FBQztBQUFBLElBQ3JFLENBQUM7QUFBQSxFQUNILENBQUM7QUFFRCxXQUFTLFFBQVEsTUFBTTtBQUNyQixPQUFHLHNGQUFzRixZQUFZO0FBQ25HLFlBQU0sUUFBUSxVQUFNLG1DQUFnQjtBQUNwQyxZQUFNLE9BQU8sRUFBRSxNQUFNLE9BQU8sQ0FBQztBQUM3QixZQUFNLE9BQU8sT0FBTyxLQUFLLEVBQUUsT0FBTyxnQkFBZ0IsRUFBRSxPQUFPLE9BQU8sVUFBVSxJQUFJLENBQUMsRUFBRSxNQUFNLENBQUMsTUFBZSxDQUFDO0FBQzFHLFlBQU0sTUFBTSxlQUFlLENBQUMsTUFBTSxFQUFFLE9BQU8sU0FBUyxNQUFNO0FBQzFELFlBQU0sVUFBVSxtQ0FBWSxJQUFJO0FBQ2hDLFlBQU0sTUFBTSxLQUFLO0FBQ2pCLGFBQU8sR0FBRyxtQ0FBWSxJQUFJLElBQUksVUFBVSxLQUFLLDBCQUEwQjtBQUN2RSxhQUFPLEdBQUksTUFBTSxnQkFBaUIsS0FBSztBQUN2QyxhQUFPLE1BQU0sTUFBTSxTQUFTLENBQUMsR0FBRyxXQUFXLGdCQUFnQjtBQUMzRCxZQUFNLE1BQU0sS0FBSztBQUFBLElBQ25CLENBQUM7QUFBQSxFQUNILENBQUM7QUFDSCxDQUFDO0FBR0QsU0FBUyxjQUFjLE9BQXlEO0FBQzlFLFVBQVEsbUJBQW1CO0FBQ3pCLFdBQU8sQ0FBQztBQUNSLFVBQU07QUFBQSxFQUNSLEdBQUc7QUFDTDsiLAogICJuYW1lcyI6IFtdCn0K
