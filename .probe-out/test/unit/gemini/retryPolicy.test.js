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
var import_errors = require("../../../src/gemini/errors");
var import_retryPolicy = require("../../../src/gemini/retryPolicy");
var import_fakeClock = require("./fakeClock");
const policy = (over = {}) => ({
  maxRetries: 3,
  strategy: "exponential",
  baseDelayMs: 1e3,
  maxDelayMs: 6e4,
  ...over
});
const top = () => 0.999999;
const half = () => 0.5;
describe("retry delays", () => {
  it("exponential doubles from the base", () => {
    assert.deepEqual([1, 2, 3, 4].map((n) => (0, import_retryPolicy.backoffDelayMs)(n, policy(), top)), [1e3, 2e3, 4e3, 8e3]);
  });
  it("linear grows by the base, fixed stays at it", () => {
    assert.deepEqual([1, 2, 3].map((n) => (0, import_retryPolicy.backoffDelayMs)(n, policy({ strategy: "linear" }), top)), [1e3, 2e3, 3e3]);
    assert.deepEqual([1, 2, 3].map((n) => (0, import_retryPolicy.backoffDelayMs)(n, policy({ strategy: "fixed" }), top)), [1e3, 1e3, 1e3]);
  });
  it("uses full jitter: anywhere from 0 up to the ceiling", () => {
    assert.equal((0, import_retryPolicy.backoffDelayMs)(3, policy(), () => 0), 0);
    assert.equal((0, import_retryPolicy.backoffDelayMs)(3, policy(), half), 2e3);
  });
  it("caps at maxDelay", () => {
    assert.equal((0, import_retryPolicy.backoffDelayMs)(10, policy({ maxDelayMs: 5e3 }), top), 5e3);
    assert.equal((0, import_retryPolicy.backoffDelayMs)(30, policy({ strategy: "linear", maxDelayMs: 7e3 }), top), 7e3);
  });
  it("lets the advised delay win, plus at most 10 % (\u2264 1 s) jitter, even above the cap", () => {
    const advised = new import_errors.GeminiError("rate-limited", "x", { retryAfterMs: 2838 });
    assert.equal((0, import_retryPolicy.retryDelayMs)(advised, 1, policy(), () => 0), 2838);
    assert.equal((0, import_retryPolicy.retryDelayMs)(advised, 1, policy(), top), 3122);
    const long = new import_errors.GeminiError("rate-limited", "x", { retryAfterMs: 9e4 });
    assert.equal((0, import_retryPolicy.retryDelayMs)(long, 1, policy({ maxDelayMs: 1e3 }), top), 91e3);
  });
  it("falls back to backoff without advice", () => {
    assert.equal((0, import_retryPolicy.retryDelayMs)(new import_errors.GeminiError("unavailable", "x"), 2, policy(), top), 2e3);
  });
});
describe("runWithRetries (p-retry on the Clock)", () => {
  it("retries retryable failures after the computed delays, then succeeds", async () => {
    const clock = new import_fakeClock.FakeClock();
    const t0 = clock.now();
    const startedAt = [];
    const delays = [];
    const run = (0, import_retryPolicy.runWithRetries)(
      async (n) => {
        startedAt.push(clock.now() - t0);
        if (n < 3) throw new import_errors.GeminiError("unavailable", "overloaded");
        return "ok";
      },
      policy(),
      { clock, random: top, onRetry: (_e, _r, d) => delays.push(d) }
    );
    await clock.advance(1e4);
    assert.equal(await run, "ok");
    assert.deepEqual(delays, [1e3, 2e3]);
    assert.deepEqual(startedAt, [0, 1e3, 3e3]);
  });
  it("never retries a non-retryable error", async () => {
    const clock = new import_fakeClock.FakeClock();
    let calls = 0;
    await assert.rejects(
      (0, import_retryPolicy.runWithRetries)(
        async () => {
          calls++;
          throw new import_errors.GeminiError("auth", "bad key");
        },
        policy(),
        { clock }
      ),
      (e) => e.kind === "auth" && e.attempts === 1
    );
    assert.equal(calls, 1);
  });
  it("gives up after maxRetries and says how many attempts were made", async () => {
    const clock = new import_fakeClock.FakeClock();
    let calls = 0;
    const run = (0, import_retryPolicy.runWithRetries)(
      async () => {
        calls++;
        throw new import_errors.GeminiError("unavailable", "Gemini is unavailable.");
      },
      policy({ maxRetries: 2 }),
      { clock, random: () => 0 }
    );
    const outcome = run.then(
      () => assert.fail("should fail"),
      (e) => e
    );
    await clock.advance(1);
    const error = await outcome;
    assert.equal(calls, 3);
    assert.equal(error.attempts, 3);
    assert.match(error.message, /Gave up after 3 attempts\.$/);
  });
  it("stops waiting when the signal aborts during the delay", async () => {
    const clock = new import_fakeClock.FakeClock();
    const controller = new AbortController();
    let calls = 0;
    const run = (0, import_retryPolicy.runWithRetries)(
      async () => {
        calls++;
        throw new import_errors.GeminiError("unavailable", "x", { retryAfterMs: 3e4 });
      },
      policy(),
      { clock, signal: controller.signal, random: () => 0 }
    );
    const outcome = run.catch((e) => e);
    await clock.advance(1e3);
    controller.abort(new Error("user cancelled"));
    assert.match(String(await outcome), /user cancelled/);
    assert.equal(calls, 1);
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC91bml0L2dlbWluaS9yZXRyeVBvbGljeS50ZXN0LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgKiBhcyBhc3NlcnQgZnJvbSAnbm9kZTphc3NlcnQvc3RyaWN0JztcbmltcG9ydCB7IEdlbWluaUVycm9yIH0gZnJvbSAnLi4vLi4vLi4vc3JjL2dlbWluaS9lcnJvcnMnO1xuaW1wb3J0IHsgYmFja29mZkRlbGF5TXMsIHJldHJ5RGVsYXlNcywgcnVuV2l0aFJldHJpZXMsIHR5cGUgUmV0cnlQb2xpY3kgfSBmcm9tICcuLi8uLi8uLi9zcmMvZ2VtaW5pL3JldHJ5UG9saWN5JztcbmltcG9ydCB7IEZha2VDbG9jayB9IGZyb20gJy4vZmFrZUNsb2NrJztcblxuY29uc3QgcG9saWN5ID0gKG92ZXI6IFBhcnRpYWw8UmV0cnlQb2xpY3k+ID0ge30pOiBSZXRyeVBvbGljeSA9PiAoe1xuICBtYXhSZXRyaWVzOiAzLFxuICBzdHJhdGVneTogJ2V4cG9uZW50aWFsJyxcbiAgYmFzZURlbGF5TXM6IDEwMDAsXG4gIG1heERlbGF5TXM6IDYwXzAwMCxcbiAgLi4ub3Zlcixcbn0pO1xuY29uc3QgdG9wID0gKCkgPT4gMC45OTk5OTk7IC8vIGZ1bGwgaml0dGVyIGF0IGl0cyBjZWlsaW5nXG5jb25zdCBoYWxmID0gKCkgPT4gMC41O1xuXG5kZXNjcmliZSgncmV0cnkgZGVsYXlzJywgKCkgPT4ge1xuICBpdCgnZXhwb25lbnRpYWwgZG91YmxlcyBmcm9tIHRoZSBiYXNlJywgKCkgPT4ge1xuICAgIGFzc2VydC5kZWVwRXF1YWwoWzEsIDIsIDMsIDRdLm1hcCgobikgPT4gYmFja29mZkRlbGF5TXMobiwgcG9saWN5KCksIHRvcCkpLCBbMTAwMCwgMjAwMCwgNDAwMCwgODAwMF0pO1xuICB9KTtcblxuICBpdCgnbGluZWFyIGdyb3dzIGJ5IHRoZSBiYXNlLCBmaXhlZCBzdGF5cyBhdCBpdCcsICgpID0+IHtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKFsxLCAyLCAzXS5tYXAoKG4pID0+IGJhY2tvZmZEZWxheU1zKG4sIHBvbGljeSh7IHN0cmF0ZWd5OiAnbGluZWFyJyB9KSwgdG9wKSksIFsxMDAwLCAyMDAwLCAzMDAwXSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChbMSwgMiwgM10ubWFwKChuKSA9PiBiYWNrb2ZmRGVsYXlNcyhuLCBwb2xpY3koeyBzdHJhdGVneTogJ2ZpeGVkJyB9KSwgdG9wKSksIFsxMDAwLCAxMDAwLCAxMDAwXSk7XG4gIH0pO1xuXG4gIGl0KCd1c2VzIGZ1bGwgaml0dGVyOiBhbnl3aGVyZSBmcm9tIDAgdXAgdG8gdGhlIGNlaWxpbmcnLCAoKSA9PiB7XG4gICAgYXNzZXJ0LmVxdWFsKGJhY2tvZmZEZWxheU1zKDMsIHBvbGljeSgpLCAoKSA9PiAwKSwgMCk7XG4gICAgYXNzZXJ0LmVxdWFsKGJhY2tvZmZEZWxheU1zKDMsIHBvbGljeSgpLCBoYWxmKSwgMjAwMCk7XG4gIH0pO1xuXG4gIGl0KCdjYXBzIGF0IG1heERlbGF5JywgKCkgPT4ge1xuICAgIGFzc2VydC5lcXVhbChiYWNrb2ZmRGVsYXlNcygxMCwgcG9saWN5KHsgbWF4RGVsYXlNczogNTAwMCB9KSwgdG9wKSwgNTAwMCk7XG4gICAgYXNzZXJ0LmVxdWFsKGJhY2tvZmZEZWxheU1zKDMwLCBwb2xpY3koeyBzdHJhdGVneTogJ2xpbmVhcicsIG1heERlbGF5TXM6IDcwMDAgfSksIHRvcCksIDcwMDApO1xuICB9KTtcblxuICBpdCgnbGV0cyB0aGUgYWR2aXNlZCBkZWxheSB3aW4sIHBsdXMgYXQgbW9zdCAxMCAlIChcdTIyNjQgMSBzKSBqaXR0ZXIsIGV2ZW4gYWJvdmUgdGhlIGNhcCcsICgpID0+IHtcbiAgICBjb25zdCBhZHZpc2VkID0gbmV3IEdlbWluaUVycm9yKCdyYXRlLWxpbWl0ZWQnLCAneCcsIHsgcmV0cnlBZnRlck1zOiAyODM4IH0pO1xuICAgIGFzc2VydC5lcXVhbChyZXRyeURlbGF5TXMoYWR2aXNlZCwgMSwgcG9saWN5KCksICgpID0+IDApLCAyODM4KTtcbiAgICBhc3NlcnQuZXF1YWwocmV0cnlEZWxheU1zKGFkdmlzZWQsIDEsIHBvbGljeSgpLCB0b3ApLCAzMTIyKTtcbiAgICBjb25zdCBsb25nID0gbmV3IEdlbWluaUVycm9yKCdyYXRlLWxpbWl0ZWQnLCAneCcsIHsgcmV0cnlBZnRlck1zOiA5MF8wMDAgfSk7XG4gICAgYXNzZXJ0LmVxdWFsKHJldHJ5RGVsYXlNcyhsb25nLCAxLCBwb2xpY3koeyBtYXhEZWxheU1zOiAxMDAwIH0pLCB0b3ApLCA5MV8wMDApO1xuICB9KTtcblxuICBpdCgnZmFsbHMgYmFjayB0byBiYWNrb2ZmIHdpdGhvdXQgYWR2aWNlJywgKCkgPT4ge1xuICAgIGFzc2VydC5lcXVhbChyZXRyeURlbGF5TXMobmV3IEdlbWluaUVycm9yKCd1bmF2YWlsYWJsZScsICd4JyksIDIsIHBvbGljeSgpLCB0b3ApLCAyMDAwKTtcbiAgfSk7XG59KTtcblxuZGVzY3JpYmUoJ3J1bldpdGhSZXRyaWVzIChwLXJldHJ5IG9uIHRoZSBDbG9jayknLCAoKSA9PiB7XG4gIGl0KCdyZXRyaWVzIHJldHJ5YWJsZSBmYWlsdXJlcyBhZnRlciB0aGUgY29tcHV0ZWQgZGVsYXlzLCB0aGVuIHN1Y2NlZWRzJywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IGNsb2NrID0gbmV3IEZha2VDbG9jaygpO1xuICAgIGNvbnN0IHQwID0gY2xvY2subm93KCk7XG4gICAgY29uc3Qgc3RhcnRlZEF0OiBudW1iZXJbXSA9IFtdO1xuICAgIGNvbnN0IGRlbGF5czogbnVtYmVyW10gPSBbXTtcbiAgICBjb25zdCBydW4gPSBydW5XaXRoUmV0cmllcyhcbiAgICAgIGFzeW5jIChuKSA9PiB7XG4gICAgICAgIHN0YXJ0ZWRBdC5wdXNoKGNsb2NrLm5vdygpIC0gdDApO1xuICAgICAgICBpZiAobiA8IDMpIHRocm93IG5ldyBHZW1pbmlFcnJvcigndW5hdmFpbGFibGUnLCAnb3ZlcmxvYWRlZCcpO1xuICAgICAgICByZXR1cm4gJ29rJztcbiAgICAgIH0sXG4gICAgICBwb2xpY3koKSxcbiAgICAgIHsgY2xvY2ssIHJhbmRvbTogdG9wLCBvblJldHJ5OiAoX2UsIF9yLCBkKSA9PiBkZWxheXMucHVzaChkKSB9LFxuICAgICk7XG4gICAgYXdhaXQgY2xvY2suYWR2YW5jZSgxMF8wMDApO1xuICAgIGFzc2VydC5lcXVhbChhd2FpdCBydW4sICdvaycpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoZGVsYXlzLCBbMTAwMCwgMjAwMF0pO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoc3RhcnRlZEF0LCBbMCwgMTAwMCwgMzAwMF0pO1xuICB9KTtcblxuICBpdCgnbmV2ZXIgcmV0cmllcyBhIG5vbi1yZXRyeWFibGUgZXJyb3InLCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3QgY2xvY2sgPSBuZXcgRmFrZUNsb2NrKCk7XG4gICAgbGV0IGNhbGxzID0gMDtcbiAgICBhd2FpdCBhc3NlcnQucmVqZWN0cyhcbiAgICAgIHJ1bldpdGhSZXRyaWVzKFxuICAgICAgICBhc3luYyAoKSA9PiB7XG4gICAgICAgICAgY2FsbHMrKztcbiAgICAgICAgICB0aHJvdyBuZXcgR2VtaW5pRXJyb3IoJ2F1dGgnLCAnYmFkIGtleScpO1xuICAgICAgICB9LFxuICAgICAgICBwb2xpY3koKSxcbiAgICAgICAgeyBjbG9jayB9LFxuICAgICAgKSxcbiAgICAgIChlOiBHZW1pbmlFcnJvcikgPT4gZS5raW5kID09PSAnYXV0aCcgJiYgZS5hdHRlbXB0cyA9PT0gMSxcbiAgICApO1xuICAgIGFzc2VydC5lcXVhbChjYWxscywgMSk7XG4gIH0pO1xuXG4gIGl0KCdnaXZlcyB1cCBhZnRlciBtYXhSZXRyaWVzIGFuZCBzYXlzIGhvdyBtYW55IGF0dGVtcHRzIHdlcmUgbWFkZScsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBjbG9jayA9IG5ldyBGYWtlQ2xvY2soKTtcbiAgICBsZXQgY2FsbHMgPSAwO1xuICAgIGNvbnN0IHJ1biA9IHJ1bldpdGhSZXRyaWVzKFxuICAgICAgYXN5bmMgKCkgPT4ge1xuICAgICAgICBjYWxscysrO1xuICAgICAgICB0aHJvdyBuZXcgR2VtaW5pRXJyb3IoJ3VuYXZhaWxhYmxlJywgJ0dlbWluaSBpcyB1bmF2YWlsYWJsZS4nKTtcbiAgICAgIH0sXG4gICAgICBwb2xpY3koeyBtYXhSZXRyaWVzOiAyIH0pLFxuICAgICAgeyBjbG9jaywgcmFuZG9tOiAoKSA9PiAwIH0sXG4gICAgKTtcbiAgICBjb25zdCBvdXRjb21lID0gcnVuLnRoZW4oXG4gICAgICAoKSA9PiBhc3NlcnQuZmFpbCgnc2hvdWxkIGZhaWwnKSxcbiAgICAgIChlOiBHZW1pbmlFcnJvcikgPT4gZSxcbiAgICApO1xuICAgIGF3YWl0IGNsb2NrLmFkdmFuY2UoMSk7XG4gICAgY29uc3QgZXJyb3IgPSBhd2FpdCBvdXRjb21lO1xuICAgIGFzc2VydC5lcXVhbChjYWxscywgMyk7XG4gICAgYXNzZXJ0LmVxdWFsKGVycm9yLmF0dGVtcHRzLCAzKTtcbiAgICBhc3NlcnQubWF0Y2goZXJyb3IubWVzc2FnZSwgL0dhdmUgdXAgYWZ0ZXIgMyBhdHRlbXB0c1xcLiQvKTtcbiAgfSk7XG5cbiAgaXQoJ3N0b3BzIHdhaXRpbmcgd2hlbiB0aGUgc2lnbmFsIGFib3J0cyBkdXJpbmcgdGhlIGRlbGF5JywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IGNsb2NrID0gbmV3IEZha2VDbG9jaygpO1xuICAgIGNvbnN0IGNvbnRyb2xsZXIgPSBuZXcgQWJvcnRDb250cm9sbGVyKCk7XG4gICAgbGV0IGNhbGxzID0gMDtcbiAgICBjb25zdCBydW4gPSBydW5XaXRoUmV0cmllcyhcbiAgICAgIGFzeW5jICgpID0+IHtcbiAgICAgICAgY2FsbHMrKztcbiAgICAgICAgdGhyb3cgbmV3IEdlbWluaUVycm9yKCd1bmF2YWlsYWJsZScsICd4JywgeyByZXRyeUFmdGVyTXM6IDMwXzAwMCB9KTtcbiAgICAgIH0sXG4gICAgICBwb2xpY3koKSxcbiAgICAgIHsgY2xvY2ssIHNpZ25hbDogY29udHJvbGxlci5zaWduYWwsIHJhbmRvbTogKCkgPT4gMCB9LFxuICAgICk7XG4gICAgY29uc3Qgb3V0Y29tZSA9IHJ1bi5jYXRjaCgoZTogdW5rbm93bikgPT4gZSk7XG4gICAgYXdhaXQgY2xvY2suYWR2YW5jZSgxMDAwKTtcbiAgICBjb250cm9sbGVyLmFib3J0KG5ldyBFcnJvcigndXNlciBjYW5jZWxsZWQnKSk7XG4gICAgYXNzZXJ0Lm1hdGNoKFN0cmluZyhhd2FpdCBvdXRjb21lKSwgL3VzZXIgY2FuY2VsbGVkLyk7XG4gICAgYXNzZXJ0LmVxdWFsKGNhbGxzLCAxKTtcbiAgfSk7XG59KTtcbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUEsYUFBd0I7QUFDeEIsb0JBQTRCO0FBQzVCLHlCQUErRTtBQUMvRSx1QkFBMEI7QUFFMUIsTUFBTSxTQUFTLENBQUMsT0FBNkIsQ0FBQyxPQUFvQjtBQUFBLEVBQ2hFLFlBQVk7QUFBQSxFQUNaLFVBQVU7QUFBQSxFQUNWLGFBQWE7QUFBQSxFQUNiLFlBQVk7QUFBQSxFQUNaLEdBQUc7QUFDTDtBQUNBLE1BQU0sTUFBTSxNQUFNO0FBQ2xCLE1BQU0sT0FBTyxNQUFNO0FBRW5CLFNBQVMsZ0JBQWdCLE1BQU07QUFDN0IsS0FBRyxxQ0FBcUMsTUFBTTtBQUM1QyxXQUFPLFVBQVUsQ0FBQyxHQUFHLEdBQUcsR0FBRyxDQUFDLEVBQUUsSUFBSSxDQUFDLFVBQU0sbUNBQWUsR0FBRyxPQUFPLEdBQUcsR0FBRyxDQUFDLEdBQUcsQ0FBQyxLQUFNLEtBQU0sS0FBTSxHQUFJLENBQUM7QUFBQSxFQUN0RyxDQUFDO0FBRUQsS0FBRywrQ0FBK0MsTUFBTTtBQUN0RCxXQUFPLFVBQVUsQ0FBQyxHQUFHLEdBQUcsQ0FBQyxFQUFFLElBQUksQ0FBQyxVQUFNLG1DQUFlLEdBQUcsT0FBTyxFQUFFLFVBQVUsU0FBUyxDQUFDLEdBQUcsR0FBRyxDQUFDLEdBQUcsQ0FBQyxLQUFNLEtBQU0sR0FBSSxDQUFDO0FBQ2pILFdBQU8sVUFBVSxDQUFDLEdBQUcsR0FBRyxDQUFDLEVBQUUsSUFBSSxDQUFDLFVBQU0sbUNBQWUsR0FBRyxPQUFPLEVBQUUsVUFBVSxRQUFRLENBQUMsR0FBRyxHQUFHLENBQUMsR0FBRyxDQUFDLEtBQU0sS0FBTSxHQUFJLENBQUM7QUFBQSxFQUNsSCxDQUFDO0FBRUQsS0FBRyx1REFBdUQsTUFBTTtBQUM5RCxXQUFPLFVBQU0sbUNBQWUsR0FBRyxPQUFPLEdBQUcsTUFBTSxDQUFDLEdBQUcsQ0FBQztBQUNwRCxXQUFPLFVBQU0sbUNBQWUsR0FBRyxPQUFPLEdBQUcsSUFBSSxHQUFHLEdBQUk7QUFBQSxFQUN0RCxDQUFDO0FBRUQsS0FBRyxvQkFBb0IsTUFBTTtBQUMzQixXQUFPLFVBQU0sbUNBQWUsSUFBSSxPQUFPLEVBQUUsWUFBWSxJQUFLLENBQUMsR0FBRyxHQUFHLEdBQUcsR0FBSTtBQUN4RSxXQUFPLFVBQU0sbUNBQWUsSUFBSSxPQUFPLEVBQUUsVUFBVSxVQUFVLFlBQVksSUFBSyxDQUFDLEdBQUcsR0FBRyxHQUFHLEdBQUk7QUFBQSxFQUM5RixDQUFDO0FBRUQsS0FBRyx5RkFBb0YsTUFBTTtBQUMzRixVQUFNLFVBQVUsSUFBSSwwQkFBWSxnQkFBZ0IsS0FBSyxFQUFFLGNBQWMsS0FBSyxDQUFDO0FBQzNFLFdBQU8sVUFBTSxpQ0FBYSxTQUFTLEdBQUcsT0FBTyxHQUFHLE1BQU0sQ0FBQyxHQUFHLElBQUk7QUFDOUQsV0FBTyxVQUFNLGlDQUFhLFNBQVMsR0FBRyxPQUFPLEdBQUcsR0FBRyxHQUFHLElBQUk7QUFDMUQsVUFBTSxPQUFPLElBQUksMEJBQVksZ0JBQWdCLEtBQUssRUFBRSxjQUFjLElBQU8sQ0FBQztBQUMxRSxXQUFPLFVBQU0saUNBQWEsTUFBTSxHQUFHLE9BQU8sRUFBRSxZQUFZLElBQUssQ0FBQyxHQUFHLEdBQUcsR0FBRyxJQUFNO0FBQUEsRUFDL0UsQ0FBQztBQUVELEtBQUcsd0NBQXdDLE1BQU07QUFDL0MsV0FBTyxVQUFNLGlDQUFhLElBQUksMEJBQVksZUFBZSxHQUFHLEdBQUcsR0FBRyxPQUFPLEdBQUcsR0FBRyxHQUFHLEdBQUk7QUFBQSxFQUN4RixDQUFDO0FBQ0gsQ0FBQztBQUVELFNBQVMseUNBQXlDLE1BQU07QUFDdEQsS0FBRyx1RUFBdUUsWUFBWTtBQUNwRixVQUFNLFFBQVEsSUFBSSwyQkFBVTtBQUM1QixVQUFNLEtBQUssTUFBTSxJQUFJO0FBQ3JCLFVBQU0sWUFBc0IsQ0FBQztBQUM3QixVQUFNLFNBQW1CLENBQUM7QUFDMUIsVUFBTSxVQUFNO0FBQUEsTUFDVixPQUFPLE1BQU07QUFDWCxrQkFBVSxLQUFLLE1BQU0sSUFBSSxJQUFJLEVBQUU7QUFDL0IsWUFBSSxJQUFJLEVBQUcsT0FBTSxJQUFJLDBCQUFZLGVBQWUsWUFBWTtBQUM1RCxlQUFPO0FBQUEsTUFDVDtBQUFBLE1BQ0EsT0FBTztBQUFBLE1BQ1AsRUFBRSxPQUFPLFFBQVEsS0FBSyxTQUFTLENBQUMsSUFBSSxJQUFJLE1BQU0sT0FBTyxLQUFLLENBQUMsRUFBRTtBQUFBLElBQy9EO0FBQ0EsVUFBTSxNQUFNLFFBQVEsR0FBTTtBQUMxQixXQUFPLE1BQU0sTUFBTSxLQUFLLElBQUk7QUFDNUIsV0FBTyxVQUFVLFFBQVEsQ0FBQyxLQUFNLEdBQUksQ0FBQztBQUNyQyxXQUFPLFVBQVUsV0FBVyxDQUFDLEdBQUcsS0FBTSxHQUFJLENBQUM7QUFBQSxFQUM3QyxDQUFDO0FBRUQsS0FBRyx1Q0FBdUMsWUFBWTtBQUNwRCxVQUFNLFFBQVEsSUFBSSwyQkFBVTtBQUM1QixRQUFJLFFBQVE7QUFDWixVQUFNLE9BQU87QUFBQSxVQUNYO0FBQUEsUUFDRSxZQUFZO0FBQ1Y7QUFDQSxnQkFBTSxJQUFJLDBCQUFZLFFBQVEsU0FBUztBQUFBLFFBQ3pDO0FBQUEsUUFDQSxPQUFPO0FBQUEsUUFDUCxFQUFFLE1BQU07QUFBQSxNQUNWO0FBQUEsTUFDQSxDQUFDLE1BQW1CLEVBQUUsU0FBUyxVQUFVLEVBQUUsYUFBYTtBQUFBLElBQzFEO0FBQ0EsV0FBTyxNQUFNLE9BQU8sQ0FBQztBQUFBLEVBQ3ZCLENBQUM7QUFFRCxLQUFHLGtFQUFrRSxZQUFZO0FBQy9FLFVBQU0sUUFBUSxJQUFJLDJCQUFVO0FBQzVCLFFBQUksUUFBUTtBQUNaLFVBQU0sVUFBTTtBQUFBLE1BQ1YsWUFBWTtBQUNWO0FBQ0EsY0FBTSxJQUFJLDBCQUFZLGVBQWUsd0JBQXdCO0FBQUEsTUFDL0Q7QUFBQSxNQUNBLE9BQU8sRUFBRSxZQUFZLEVBQUUsQ0FBQztBQUFBLE1BQ3hCLEVBQUUsT0FBTyxRQUFRLE1BQU0sRUFBRTtBQUFBLElBQzNCO0FBQ0EsVUFBTSxVQUFVLElBQUk7QUFBQSxNQUNsQixNQUFNLE9BQU8sS0FBSyxhQUFhO0FBQUEsTUFDL0IsQ0FBQyxNQUFtQjtBQUFBLElBQ3RCO0FBQ0EsVUFBTSxNQUFNLFFBQVEsQ0FBQztBQUNyQixVQUFNLFFBQVEsTUFBTTtBQUNwQixXQUFPLE1BQU0sT0FBTyxDQUFDO0FBQ3JCLFdBQU8sTUFBTSxNQUFNLFVBQVUsQ0FBQztBQUM5QixXQUFPLE1BQU0sTUFBTSxTQUFTLDZCQUE2QjtBQUFBLEVBQzNELENBQUM7QUFFRCxLQUFHLHlEQUF5RCxZQUFZO0FBQ3RFLFVBQU0sUUFBUSxJQUFJLDJCQUFVO0FBQzVCLFVBQU0sYUFBYSxJQUFJLGdCQUFnQjtBQUN2QyxRQUFJLFFBQVE7QUFDWixVQUFNLFVBQU07QUFBQSxNQUNWLFlBQVk7QUFDVjtBQUNBLGNBQU0sSUFBSSwwQkFBWSxlQUFlLEtBQUssRUFBRSxjQUFjLElBQU8sQ0FBQztBQUFBLE1BQ3BFO0FBQUEsTUFDQSxPQUFPO0FBQUEsTUFDUCxFQUFFLE9BQU8sUUFBUSxXQUFXLFFBQVEsUUFBUSxNQUFNLEVBQUU7QUFBQSxJQUN0RDtBQUNBLFVBQU0sVUFBVSxJQUFJLE1BQU0sQ0FBQyxNQUFlLENBQUM7QUFDM0MsVUFBTSxNQUFNLFFBQVEsR0FBSTtBQUN4QixlQUFXLE1BQU0sSUFBSSxNQUFNLGdCQUFnQixDQUFDO0FBQzVDLFdBQU8sTUFBTSxPQUFPLE1BQU0sT0FBTyxHQUFHLGdCQUFnQjtBQUNwRCxXQUFPLE1BQU0sT0FBTyxDQUFDO0FBQUEsRUFDdkIsQ0FBQztBQUNILENBQUM7IiwKICAibmFtZXMiOiBbXQp9Cg==
