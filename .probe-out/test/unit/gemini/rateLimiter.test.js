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
var import_rateLimiter = require("../../../src/gemini/rateLimiter");
var import_fakeClock = require("./fakeClock");
const roomy = { requestsPerMinute: 1e3, tokensPerMinute: 0, minDelayMs: 0, maxConcurrent: 100 };
function track(limiter, clock, tokens = 0, signal) {
  const state = {};
  const promise = limiter.acquire(tokens, signal).then(
    (permit) => {
      state.permit = permit;
      state.grantedAt = clock.now();
    },
    (error) => {
      state.error = error;
    }
  );
  return Object.assign(state, { promise });
}
describe("RateLimiter", () => {
  let clock;
  let t0;
  beforeEach(() => {
    clock = new import_fakeClock.FakeClock();
    t0 = clock.now();
  });
  it("admits at most requestsPerMinute starts in any sliding 60 s window", async () => {
    const limiter = new import_rateLimiter.RateLimiter({ ...roomy, requestsPerMinute: 3 }, clock);
    const calls = Array.from({ length: 5 }, () => track(limiter, clock));
    await clock.tick();
    assert.deepEqual(calls.map((c) => c.grantedAt !== void 0), [true, true, true, false, false]);
    for (const c of calls.slice(0, 3)) c.permit.release();
    await clock.advance(59999);
    assert.equal(calls[3].grantedAt, void 0, "still inside the window");
    await clock.advance(1);
    assert.equal(calls[3].grantedAt, t0 + 6e4);
    assert.equal(calls[4].grantedAt, t0 + 6e4);
    assert.equal(calls[3].permit.waitedMs, 6e4);
  });
  it("slides: a start leaves the window exactly 60 s after it happened", async () => {
    const limiter = new import_rateLimiter.RateLimiter({ ...roomy, requestsPerMinute: 2 }, clock);
    const a = track(limiter, clock);
    await clock.advance(1e4);
    const b = track(limiter, clock);
    const c = track(limiter, clock);
    await clock.tick();
    assert.ok(a.grantedAt !== void 0 && b.grantedAt !== void 0);
    await clock.advance(49999);
    assert.equal(c.grantedAt, void 0);
    await clock.advance(1);
    assert.equal(c.grantedAt, t0 + 6e4, "a left the window, b has not");
  });
  it("keeps tokens per minute, and corrects the estimate from real usage", async () => {
    const limiter = new import_rateLimiter.RateLimiter({ ...roomy, tokensPerMinute: 1e3 }, clock);
    const a = track(limiter, clock, 800);
    const b = track(limiter, clock, 300);
    await clock.tick();
    assert.ok(a.grantedAt !== void 0);
    assert.equal(b.grantedAt, void 0, "800 + 300 > 1000");
    a.permit.release(200);
    await clock.tick();
    assert.equal(b.grantedAt, t0, "corrected usage frees the budget at once");
  });
  it("waits for token records to leave the window when the budget is spent", async () => {
    const limiter = new import_rateLimiter.RateLimiter({ ...roomy, tokensPerMinute: 1e3 }, clock);
    const a = track(limiter, clock, 900);
    await clock.tick();
    a.permit.release(900);
    await clock.advance(5e3);
    const b = track(limiter, clock, 500);
    await clock.advance(54999);
    assert.equal(b.grantedAt, void 0);
    await clock.advance(1);
    assert.equal(b.grantedAt, t0 + 6e4);
  });
  it("lets a request larger than the whole token budget through alone", async () => {
    const limiter = new import_rateLimiter.RateLimiter({ ...roomy, tokensPerMinute: 100 }, clock);
    const big = track(limiter, clock, 5e3);
    await clock.tick();
    assert.equal(big.grantedAt, t0);
  });
  it("spaces request starts by minDelayMs", async () => {
    const limiter = new import_rateLimiter.RateLimiter({ ...roomy, minDelayMs: 250 }, clock);
    const calls = Array.from({ length: 3 }, () => track(limiter, clock));
    await clock.advance(1e3);
    assert.deepEqual(
      calls.map((c) => c.grantedAt - t0),
      [0, 250, 500]
    );
  });
  it("holds at most maxConcurrent permits", async () => {
    const limiter = new import_rateLimiter.RateLimiter({ ...roomy, maxConcurrent: 2 }, clock);
    const calls = Array.from({ length: 4 }, () => track(limiter, clock));
    await clock.tick();
    assert.equal(limiter.activeCount, 2);
    assert.equal(limiter.queueLength, 2);
    calls[1].permit.release();
    await clock.tick();
    assert.ok(calls[2].grantedAt !== void 0);
    assert.equal(calls[3].grantedAt, void 0);
    calls[1].permit.release();
    await clock.tick();
    assert.equal(calls[3].grantedAt, void 0);
  });
  it("is strictly FIFO: a small request never overtakes a blocked head", async () => {
    const limiter = new import_rateLimiter.RateLimiter({ ...roomy, tokensPerMinute: 1e3 }, clock);
    const order = [];
    const first = track(limiter, clock, 900);
    await clock.tick();
    first.permit.release(900);
    const big = limiter.acquire(500).then((p) => (order.push("big"), p));
    const small = limiter.acquire(10).then((p) => (order.push("small"), p));
    await clock.tick();
    assert.deepEqual(order, [], "small fits the budget but must wait behind big");
    await clock.advance(6e4);
    await Promise.all([big, small]);
    assert.deepEqual(order, ["big", "small"]);
  });
  it("lets a cancelled waiter leave the queue at once, and the next one move up", async () => {
    const limiter = new import_rateLimiter.RateLimiter({ ...roomy, maxConcurrent: 1 }, clock);
    const holder = track(limiter, clock);
    const controller = new AbortController();
    const cancelled = track(limiter, clock, 0, controller.signal);
    const next = track(limiter, clock);
    await clock.tick();
    assert.equal(limiter.queueLength, 2);
    controller.abort(new Error("stop"));
    await cancelled.promise;
    assert.equal(cancelled.error.message, "stop");
    assert.equal(limiter.queueLength, 1);
    holder.permit.release();
    await clock.tick();
    assert.equal(next.grantedAt, t0);
  });
  it("rejects an already-aborted signal without queueing", async () => {
    const limiter = new import_rateLimiter.RateLimiter(roomy, clock);
    const controller = new AbortController();
    controller.abort(new Error("gone"));
    await assert.rejects(limiter.acquire(0, controller.signal), /gone/);
    assert.equal(limiter.queueLength, 0);
  });
  it("pauses everyone after a 429 and reports the countdown", async () => {
    let changes = 0;
    const limiter = new import_rateLimiter.RateLimiter(roomy, clock, () => changes++);
    limiter.pauseFor(12e3);
    assert.equal(limiter.rateLimitedForMs, 12e3);
    const calls = Array.from({ length: 3 }, () => track(limiter, clock));
    await clock.advance(5e3);
    assert.equal(limiter.rateLimitedForMs, 7e3);
    assert.ok(calls.every((c) => c.grantedAt === void 0));
    limiter.pauseFor(1e3);
    assert.equal(limiter.rateLimitedForMs, 7e3);
    await clock.advance(7e3);
    assert.ok(calls.every((c) => c.grantedAt === t0 + 12e3));
    assert.equal(limiter.rateLimitedForMs, 0);
    assert.ok(changes >= 2, "pause start and end are announced");
  });
  it("applies new limits to waiters already queued", async () => {
    const limiter = new import_rateLimiter.RateLimiter({ ...roomy, maxConcurrent: 1 }, clock);
    track(limiter, clock);
    const second = track(limiter, clock);
    await clock.tick();
    assert.equal(second.grantedAt, void 0);
    limiter.update({ ...roomy, maxConcurrent: 2 });
    await clock.tick();
    assert.equal(second.grantedAt, t0);
  });
  it("rejects queued waiters on dispose", async () => {
    const limiter = new import_rateLimiter.RateLimiter({ ...roomy, maxConcurrent: 1 }, clock);
    track(limiter, clock);
    const waiting = track(limiter, clock);
    await clock.tick();
    limiter.dispose();
    await waiting.promise;
    assert.match(String(waiting.error), /disposed/);
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC91bml0L2dlbWluaS9yYXRlTGltaXRlci50ZXN0LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgKiBhcyBhc3NlcnQgZnJvbSAnbm9kZTphc3NlcnQvc3RyaWN0JztcbmltcG9ydCB7IFJhdGVMaW1pdGVyLCB0eXBlIFBlcm1pdCwgdHlwZSBSYXRlTGltaXRzIH0gZnJvbSAnLi4vLi4vLi4vc3JjL2dlbWluaS9yYXRlTGltaXRlcic7XG5pbXBvcnQgeyBGYWtlQ2xvY2sgfSBmcm9tICcuL2Zha2VDbG9jayc7XG5cbmNvbnN0IHJvb215OiBSYXRlTGltaXRzID0geyByZXF1ZXN0c1Blck1pbnV0ZTogMTAwMCwgdG9rZW5zUGVyTWludXRlOiAwLCBtaW5EZWxheU1zOiAwLCBtYXhDb25jdXJyZW50OiAxMDAgfTtcblxuLyoqIFN0YXJ0cyBhbiBhY3F1aXJlIGFuZCByZWNvcmRzIHdoZW4gKGluIGZha2UgdGltZSkgaXQgd2FzIGdyYW50ZWQuICovXG5mdW5jdGlvbiB0cmFjayhsaW1pdGVyOiBSYXRlTGltaXRlciwgY2xvY2s6IEZha2VDbG9jaywgdG9rZW5zID0gMCwgc2lnbmFsPzogQWJvcnRTaWduYWwpIHtcbiAgY29uc3Qgc3RhdGU6IHsgcGVybWl0PzogUGVybWl0OyBncmFudGVkQXQ/OiBudW1iZXI7IGVycm9yPzogdW5rbm93biB9ID0ge307XG4gIGNvbnN0IHByb21pc2UgPSBsaW1pdGVyLmFjcXVpcmUodG9rZW5zLCBzaWduYWwpLnRoZW4oXG4gICAgKHBlcm1pdCkgPT4ge1xuICAgICAgc3RhdGUucGVybWl0ID0gcGVybWl0O1xuICAgICAgc3RhdGUuZ3JhbnRlZEF0ID0gY2xvY2subm93KCk7XG4gICAgfSxcbiAgICAoZXJyb3I6IHVua25vd24pID0+IHtcbiAgICAgIHN0YXRlLmVycm9yID0gZXJyb3I7XG4gICAgfSxcbiAgKTtcbiAgcmV0dXJuIE9iamVjdC5hc3NpZ24oc3RhdGUsIHsgcHJvbWlzZSB9KTtcbn1cblxuZGVzY3JpYmUoJ1JhdGVMaW1pdGVyJywgKCkgPT4ge1xuICBsZXQgY2xvY2s6IEZha2VDbG9jaztcbiAgbGV0IHQwOiBudW1iZXI7XG5cbiAgYmVmb3JlRWFjaCgoKSA9PiB7XG4gICAgY2xvY2sgPSBuZXcgRmFrZUNsb2NrKCk7XG4gICAgdDAgPSBjbG9jay5ub3coKTtcbiAgfSk7XG5cbiAgaXQoJ2FkbWl0cyBhdCBtb3N0IHJlcXVlc3RzUGVyTWludXRlIHN0YXJ0cyBpbiBhbnkgc2xpZGluZyA2MCBzIHdpbmRvdycsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBsaW1pdGVyID0gbmV3IFJhdGVMaW1pdGVyKHsgLi4ucm9vbXksIHJlcXVlc3RzUGVyTWludXRlOiAzIH0sIGNsb2NrKTtcbiAgICBjb25zdCBjYWxscyA9IEFycmF5LmZyb20oeyBsZW5ndGg6IDUgfSwgKCkgPT4gdHJhY2sobGltaXRlciwgY2xvY2spKTtcbiAgICBhd2FpdCBjbG9jay50aWNrKCk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChjYWxscy5tYXAoKGMpID0+IGMuZ3JhbnRlZEF0ICE9PSB1bmRlZmluZWQpLCBbdHJ1ZSwgdHJ1ZSwgdHJ1ZSwgZmFsc2UsIGZhbHNlXSk7XG4gICAgZm9yIChjb25zdCBjIG9mIGNhbGxzLnNsaWNlKDAsIDMpKSBjLnBlcm1pdCEucmVsZWFzZSgpO1xuXG4gICAgYXdhaXQgY2xvY2suYWR2YW5jZSg1OV85OTkpO1xuICAgIGFzc2VydC5lcXVhbChjYWxsc1szXSEuZ3JhbnRlZEF0LCB1bmRlZmluZWQsICdzdGlsbCBpbnNpZGUgdGhlIHdpbmRvdycpO1xuICAgIGF3YWl0IGNsb2NrLmFkdmFuY2UoMSk7XG4gICAgYXNzZXJ0LmVxdWFsKGNhbGxzWzNdIS5ncmFudGVkQXQsIHQwICsgNjBfMDAwKTtcbiAgICBhc3NlcnQuZXF1YWwoY2FsbHNbNF0hLmdyYW50ZWRBdCwgdDAgKyA2MF8wMDApO1xuICAgIGFzc2VydC5lcXVhbChjYWxsc1szXSEucGVybWl0IS53YWl0ZWRNcywgNjBfMDAwKTtcbiAgfSk7XG5cbiAgaXQoJ3NsaWRlczogYSBzdGFydCBsZWF2ZXMgdGhlIHdpbmRvdyBleGFjdGx5IDYwIHMgYWZ0ZXIgaXQgaGFwcGVuZWQnLCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3QgbGltaXRlciA9IG5ldyBSYXRlTGltaXRlcih7IC4uLnJvb215LCByZXF1ZXN0c1Blck1pbnV0ZTogMiB9LCBjbG9jayk7XG4gICAgY29uc3QgYSA9IHRyYWNrKGxpbWl0ZXIsIGNsb2NrKTtcbiAgICBhd2FpdCBjbG9jay5hZHZhbmNlKDEwXzAwMCk7XG4gICAgY29uc3QgYiA9IHRyYWNrKGxpbWl0ZXIsIGNsb2NrKTtcbiAgICBjb25zdCBjID0gdHJhY2sobGltaXRlciwgY2xvY2spO1xuICAgIGF3YWl0IGNsb2NrLnRpY2soKTtcbiAgICBhc3NlcnQub2soYS5ncmFudGVkQXQgIT09IHVuZGVmaW5lZCAmJiBiLmdyYW50ZWRBdCAhPT0gdW5kZWZpbmVkKTtcbiAgICBhd2FpdCBjbG9jay5hZHZhbmNlKDQ5Xzk5OSk7XG4gICAgYXNzZXJ0LmVxdWFsKGMuZ3JhbnRlZEF0LCB1bmRlZmluZWQpO1xuICAgIGF3YWl0IGNsb2NrLmFkdmFuY2UoMSk7XG4gICAgYXNzZXJ0LmVxdWFsKGMuZ3JhbnRlZEF0LCB0MCArIDYwXzAwMCwgJ2EgbGVmdCB0aGUgd2luZG93LCBiIGhhcyBub3QnKTtcbiAgfSk7XG5cbiAgaXQoJ2tlZXBzIHRva2VucyBwZXIgbWludXRlLCBhbmQgY29ycmVjdHMgdGhlIGVzdGltYXRlIGZyb20gcmVhbCB1c2FnZScsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBsaW1pdGVyID0gbmV3IFJhdGVMaW1pdGVyKHsgLi4ucm9vbXksIHRva2Vuc1Blck1pbnV0ZTogMTAwMCB9LCBjbG9jayk7XG4gICAgY29uc3QgYSA9IHRyYWNrKGxpbWl0ZXIsIGNsb2NrLCA4MDApO1xuICAgIGNvbnN0IGIgPSB0cmFjayhsaW1pdGVyLCBjbG9jaywgMzAwKTtcbiAgICBhd2FpdCBjbG9jay50aWNrKCk7XG4gICAgYXNzZXJ0Lm9rKGEuZ3JhbnRlZEF0ICE9PSB1bmRlZmluZWQpO1xuICAgIGFzc2VydC5lcXVhbChiLmdyYW50ZWRBdCwgdW5kZWZpbmVkLCAnODAwICsgMzAwID4gMTAwMCcpO1xuICAgIGEucGVybWl0IS5yZWxlYXNlKDIwMCk7IC8vIHRoZSBjYWxsIHVzZWQgZmFyIGxlc3MgdGhhbiBlc3RpbWF0ZWRcbiAgICBhd2FpdCBjbG9jay50aWNrKCk7XG4gICAgYXNzZXJ0LmVxdWFsKGIuZ3JhbnRlZEF0LCB0MCwgJ2NvcnJlY3RlZCB1c2FnZSBmcmVlcyB0aGUgYnVkZ2V0IGF0IG9uY2UnKTtcbiAgfSk7XG5cbiAgaXQoJ3dhaXRzIGZvciB0b2tlbiByZWNvcmRzIHRvIGxlYXZlIHRoZSB3aW5kb3cgd2hlbiB0aGUgYnVkZ2V0IGlzIHNwZW50JywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IGxpbWl0ZXIgPSBuZXcgUmF0ZUxpbWl0ZXIoeyAuLi5yb29teSwgdG9rZW5zUGVyTWludXRlOiAxMDAwIH0sIGNsb2NrKTtcbiAgICBjb25zdCBhID0gdHJhY2sobGltaXRlciwgY2xvY2ssIDkwMCk7XG4gICAgYXdhaXQgY2xvY2sudGljaygpO1xuICAgIGEucGVybWl0IS5yZWxlYXNlKDkwMCk7XG4gICAgYXdhaXQgY2xvY2suYWR2YW5jZSg1XzAwMCk7XG4gICAgY29uc3QgYiA9IHRyYWNrKGxpbWl0ZXIsIGNsb2NrLCA1MDApO1xuICAgIGF3YWl0IGNsb2NrLmFkdmFuY2UoNTRfOTk5KTtcbiAgICBhc3NlcnQuZXF1YWwoYi5ncmFudGVkQXQsIHVuZGVmaW5lZCk7XG4gICAgYXdhaXQgY2xvY2suYWR2YW5jZSgxKTtcbiAgICBhc3NlcnQuZXF1YWwoYi5ncmFudGVkQXQsIHQwICsgNjBfMDAwKTtcbiAgfSk7XG5cbiAgaXQoJ2xldHMgYSByZXF1ZXN0IGxhcmdlciB0aGFuIHRoZSB3aG9sZSB0b2tlbiBidWRnZXQgdGhyb3VnaCBhbG9uZScsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBsaW1pdGVyID0gbmV3IFJhdGVMaW1pdGVyKHsgLi4ucm9vbXksIHRva2Vuc1Blck1pbnV0ZTogMTAwIH0sIGNsb2NrKTtcbiAgICBjb25zdCBiaWcgPSB0cmFjayhsaW1pdGVyLCBjbG9jaywgNTAwMCk7XG4gICAgYXdhaXQgY2xvY2sudGljaygpO1xuICAgIGFzc2VydC5lcXVhbChiaWcuZ3JhbnRlZEF0LCB0MCk7XG4gIH0pO1xuXG4gIGl0KCdzcGFjZXMgcmVxdWVzdCBzdGFydHMgYnkgbWluRGVsYXlNcycsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBsaW1pdGVyID0gbmV3IFJhdGVMaW1pdGVyKHsgLi4ucm9vbXksIG1pbkRlbGF5TXM6IDI1MCB9LCBjbG9jayk7XG4gICAgY29uc3QgY2FsbHMgPSBBcnJheS5mcm9tKHsgbGVuZ3RoOiAzIH0sICgpID0+IHRyYWNrKGxpbWl0ZXIsIGNsb2NrKSk7XG4gICAgYXdhaXQgY2xvY2suYWR2YW5jZSgxMDAwKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKFxuICAgICAgY2FsbHMubWFwKChjKSA9PiBjLmdyYW50ZWRBdCEgLSB0MCksXG4gICAgICBbMCwgMjUwLCA1MDBdLFxuICAgICk7XG4gIH0pO1xuXG4gIGl0KCdob2xkcyBhdCBtb3N0IG1heENvbmN1cnJlbnQgcGVybWl0cycsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBsaW1pdGVyID0gbmV3IFJhdGVMaW1pdGVyKHsgLi4ucm9vbXksIG1heENvbmN1cnJlbnQ6IDIgfSwgY2xvY2spO1xuICAgIGNvbnN0IGNhbGxzID0gQXJyYXkuZnJvbSh7IGxlbmd0aDogNCB9LCAoKSA9PiB0cmFjayhsaW1pdGVyLCBjbG9jaykpO1xuICAgIGF3YWl0IGNsb2NrLnRpY2soKTtcbiAgICBhc3NlcnQuZXF1YWwobGltaXRlci5hY3RpdmVDb3VudCwgMik7XG4gICAgYXNzZXJ0LmVxdWFsKGxpbWl0ZXIucXVldWVMZW5ndGgsIDIpO1xuICAgIGNhbGxzWzFdIS5wZXJtaXQhLnJlbGVhc2UoKTtcbiAgICBhd2FpdCBjbG9jay50aWNrKCk7XG4gICAgYXNzZXJ0Lm9rKGNhbGxzWzJdIS5ncmFudGVkQXQgIT09IHVuZGVmaW5lZCk7XG4gICAgYXNzZXJ0LmVxdWFsKGNhbGxzWzNdIS5ncmFudGVkQXQsIHVuZGVmaW5lZCk7XG4gICAgY2FsbHNbMV0hLnBlcm1pdCEucmVsZWFzZSgpOyAvLyBpZGVtcG90ZW50OiBkb2VzIG5vdCBmcmVlIGEgc2Vjb25kIHNsb3RcbiAgICBhd2FpdCBjbG9jay50aWNrKCk7XG4gICAgYXNzZXJ0LmVxdWFsKGNhbGxzWzNdIS5ncmFudGVkQXQsIHVuZGVmaW5lZCk7XG4gIH0pO1xuXG4gIGl0KCdpcyBzdHJpY3RseSBGSUZPOiBhIHNtYWxsIHJlcXVlc3QgbmV2ZXIgb3ZlcnRha2VzIGEgYmxvY2tlZCBoZWFkJywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IGxpbWl0ZXIgPSBuZXcgUmF0ZUxpbWl0ZXIoeyAuLi5yb29teSwgdG9rZW5zUGVyTWludXRlOiAxMDAwIH0sIGNsb2NrKTtcbiAgICBjb25zdCBvcmRlcjogc3RyaW5nW10gPSBbXTtcbiAgICBjb25zdCBmaXJzdCA9IHRyYWNrKGxpbWl0ZXIsIGNsb2NrLCA5MDApO1xuICAgIGF3YWl0IGNsb2NrLnRpY2soKTtcbiAgICBmaXJzdC5wZXJtaXQhLnJlbGVhc2UoOTAwKTtcbiAgICBjb25zdCBiaWcgPSBsaW1pdGVyLmFjcXVpcmUoNTAwKS50aGVuKChwKSA9PiAob3JkZXIucHVzaCgnYmlnJyksIHApKTtcbiAgICBjb25zdCBzbWFsbCA9IGxpbWl0ZXIuYWNxdWlyZSgxMCkudGhlbigocCkgPT4gKG9yZGVyLnB1c2goJ3NtYWxsJyksIHApKTtcbiAgICBhd2FpdCBjbG9jay50aWNrKCk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChvcmRlciwgW10sICdzbWFsbCBmaXRzIHRoZSBidWRnZXQgYnV0IG11c3Qgd2FpdCBiZWhpbmQgYmlnJyk7XG4gICAgYXdhaXQgY2xvY2suYWR2YW5jZSg2MF8wMDApO1xuICAgIGF3YWl0IFByb21pc2UuYWxsKFtiaWcsIHNtYWxsXSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChvcmRlciwgWydiaWcnLCAnc21hbGwnXSk7XG4gIH0pO1xuXG4gIGl0KCdsZXRzIGEgY2FuY2VsbGVkIHdhaXRlciBsZWF2ZSB0aGUgcXVldWUgYXQgb25jZSwgYW5kIHRoZSBuZXh0IG9uZSBtb3ZlIHVwJywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IGxpbWl0ZXIgPSBuZXcgUmF0ZUxpbWl0ZXIoeyAuLi5yb29teSwgbWF4Q29uY3VycmVudDogMSB9LCBjbG9jayk7XG4gICAgY29uc3QgaG9sZGVyID0gdHJhY2sobGltaXRlciwgY2xvY2spO1xuICAgIGNvbnN0IGNvbnRyb2xsZXIgPSBuZXcgQWJvcnRDb250cm9sbGVyKCk7XG4gICAgY29uc3QgY2FuY2VsbGVkID0gdHJhY2sobGltaXRlciwgY2xvY2ssIDAsIGNvbnRyb2xsZXIuc2lnbmFsKTtcbiAgICBjb25zdCBuZXh0ID0gdHJhY2sobGltaXRlciwgY2xvY2spO1xuICAgIGF3YWl0IGNsb2NrLnRpY2soKTtcbiAgICBhc3NlcnQuZXF1YWwobGltaXRlci5xdWV1ZUxlbmd0aCwgMik7XG4gICAgY29udHJvbGxlci5hYm9ydChuZXcgRXJyb3IoJ3N0b3AnKSk7XG4gICAgYXdhaXQgY2FuY2VsbGVkLnByb21pc2U7XG4gICAgYXNzZXJ0LmVxdWFsKChjYW5jZWxsZWQuZXJyb3IgYXMgRXJyb3IpLm1lc3NhZ2UsICdzdG9wJyk7XG4gICAgYXNzZXJ0LmVxdWFsKGxpbWl0ZXIucXVldWVMZW5ndGgsIDEpO1xuICAgIGhvbGRlci5wZXJtaXQhLnJlbGVhc2UoKTtcbiAgICBhd2FpdCBjbG9jay50aWNrKCk7XG4gICAgYXNzZXJ0LmVxdWFsKG5leHQuZ3JhbnRlZEF0LCB0MCk7XG4gIH0pO1xuXG4gIGl0KCdyZWplY3RzIGFuIGFscmVhZHktYWJvcnRlZCBzaWduYWwgd2l0aG91dCBxdWV1ZWluZycsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBsaW1pdGVyID0gbmV3IFJhdGVMaW1pdGVyKHJvb215LCBjbG9jayk7XG4gICAgY29uc3QgY29udHJvbGxlciA9IG5ldyBBYm9ydENvbnRyb2xsZXIoKTtcbiAgICBjb250cm9sbGVyLmFib3J0KG5ldyBFcnJvcignZ29uZScpKTtcbiAgICBhd2FpdCBhc3NlcnQucmVqZWN0cyhsaW1pdGVyLmFjcXVpcmUoMCwgY29udHJvbGxlci5zaWduYWwpLCAvZ29uZS8pO1xuICAgIGFzc2VydC5lcXVhbChsaW1pdGVyLnF1ZXVlTGVuZ3RoLCAwKTtcbiAgfSk7XG5cbiAgaXQoJ3BhdXNlcyBldmVyeW9uZSBhZnRlciBhIDQyOSBhbmQgcmVwb3J0cyB0aGUgY291bnRkb3duJywgYXN5bmMgKCkgPT4ge1xuICAgIGxldCBjaGFuZ2VzID0gMDtcbiAgICBjb25zdCBsaW1pdGVyID0gbmV3IFJhdGVMaW1pdGVyKHJvb215LCBjbG9jaywgKCkgPT4gY2hhbmdlcysrKTtcbiAgICBsaW1pdGVyLnBhdXNlRm9yKDEyXzAwMCk7XG4gICAgYXNzZXJ0LmVxdWFsKGxpbWl0ZXIucmF0ZUxpbWl0ZWRGb3JNcywgMTJfMDAwKTtcbiAgICBjb25zdCBjYWxscyA9IEFycmF5LmZyb20oeyBsZW5ndGg6IDMgfSwgKCkgPT4gdHJhY2sobGltaXRlciwgY2xvY2spKTtcbiAgICBhd2FpdCBjbG9jay5hZHZhbmNlKDVfMDAwKTtcbiAgICBhc3NlcnQuZXF1YWwobGltaXRlci5yYXRlTGltaXRlZEZvck1zLCA3XzAwMCk7XG4gICAgYXNzZXJ0Lm9rKGNhbGxzLmV2ZXJ5KChjKSA9PiBjLmdyYW50ZWRBdCA9PT0gdW5kZWZpbmVkKSk7XG4gICAgbGltaXRlci5wYXVzZUZvcigxXzAwMCk7IC8vIGEgc2hvcnRlciBhZHZpY2UgbmV2ZXIgc2hvcnRlbnMgdGhlIHBhdXNlXG4gICAgYXNzZXJ0LmVxdWFsKGxpbWl0ZXIucmF0ZUxpbWl0ZWRGb3JNcywgN18wMDApO1xuICAgIGF3YWl0IGNsb2NrLmFkdmFuY2UoN18wMDApO1xuICAgIGFzc2VydC5vayhjYWxscy5ldmVyeSgoYykgPT4gYy5ncmFudGVkQXQgPT09IHQwICsgMTJfMDAwKSk7XG4gICAgYXNzZXJ0LmVxdWFsKGxpbWl0ZXIucmF0ZUxpbWl0ZWRGb3JNcywgMCk7XG4gICAgYXNzZXJ0Lm9rKGNoYW5nZXMgPj0gMiwgJ3BhdXNlIHN0YXJ0IGFuZCBlbmQgYXJlIGFubm91bmNlZCcpO1xuICB9KTtcblxuICBpdCgnYXBwbGllcyBuZXcgbGltaXRzIHRvIHdhaXRlcnMgYWxyZWFkeSBxdWV1ZWQnLCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3QgbGltaXRlciA9IG5ldyBSYXRlTGltaXRlcih7IC4uLnJvb215LCBtYXhDb25jdXJyZW50OiAxIH0sIGNsb2NrKTtcbiAgICB0cmFjayhsaW1pdGVyLCBjbG9jayk7XG4gICAgY29uc3Qgc2Vjb25kID0gdHJhY2sobGltaXRlciwgY2xvY2spO1xuICAgIGF3YWl0IGNsb2NrLnRpY2soKTtcbiAgICBhc3NlcnQuZXF1YWwoc2Vjb25kLmdyYW50ZWRBdCwgdW5kZWZpbmVkKTtcbiAgICBsaW1pdGVyLnVwZGF0ZSh7IC4uLnJvb215LCBtYXhDb25jdXJyZW50OiAyIH0pO1xuICAgIGF3YWl0IGNsb2NrLnRpY2soKTtcbiAgICBhc3NlcnQuZXF1YWwoc2Vjb25kLmdyYW50ZWRBdCwgdDApO1xuICB9KTtcblxuICBpdCgncmVqZWN0cyBxdWV1ZWQgd2FpdGVycyBvbiBkaXNwb3NlJywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IGxpbWl0ZXIgPSBuZXcgUmF0ZUxpbWl0ZXIoeyAuLi5yb29teSwgbWF4Q29uY3VycmVudDogMSB9LCBjbG9jayk7XG4gICAgdHJhY2sobGltaXRlciwgY2xvY2spO1xuICAgIGNvbnN0IHdhaXRpbmcgPSB0cmFjayhsaW1pdGVyLCBjbG9jayk7XG4gICAgYXdhaXQgY2xvY2sudGljaygpO1xuICAgIGxpbWl0ZXIuZGlzcG9zZSgpO1xuICAgIGF3YWl0IHdhaXRpbmcucHJvbWlzZTtcbiAgICBhc3NlcnQubWF0Y2goU3RyaW5nKHdhaXRpbmcuZXJyb3IpLCAvZGlzcG9zZWQvKTtcbiAgfSk7XG59KTtcbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUEsYUFBd0I7QUFDeEIseUJBQTBEO0FBQzFELHVCQUEwQjtBQUUxQixNQUFNLFFBQW9CLEVBQUUsbUJBQW1CLEtBQU0saUJBQWlCLEdBQUcsWUFBWSxHQUFHLGVBQWUsSUFBSTtBQUczRyxTQUFTLE1BQU0sU0FBc0IsT0FBa0IsU0FBUyxHQUFHLFFBQXNCO0FBQ3ZGLFFBQU0sUUFBa0UsQ0FBQztBQUN6RSxRQUFNLFVBQVUsUUFBUSxRQUFRLFFBQVEsTUFBTSxFQUFFO0FBQUEsSUFDOUMsQ0FBQyxXQUFXO0FBQ1YsWUFBTSxTQUFTO0FBQ2YsWUFBTSxZQUFZLE1BQU0sSUFBSTtBQUFBLElBQzlCO0FBQUEsSUFDQSxDQUFDLFVBQW1CO0FBQ2xCLFlBQU0sUUFBUTtBQUFBLElBQ2hCO0FBQUEsRUFDRjtBQUNBLFNBQU8sT0FBTyxPQUFPLE9BQU8sRUFBRSxRQUFRLENBQUM7QUFDekM7QUFFQSxTQUFTLGVBQWUsTUFBTTtBQUM1QixNQUFJO0FBQ0osTUFBSTtBQUVKLGFBQVcsTUFBTTtBQUNmLFlBQVEsSUFBSSwyQkFBVTtBQUN0QixTQUFLLE1BQU0sSUFBSTtBQUFBLEVBQ2pCLENBQUM7QUFFRCxLQUFHLHNFQUFzRSxZQUFZO0FBQ25GLFVBQU0sVUFBVSxJQUFJLCtCQUFZLEVBQUUsR0FBRyxPQUFPLG1CQUFtQixFQUFFLEdBQUcsS0FBSztBQUN6RSxVQUFNLFFBQVEsTUFBTSxLQUFLLEVBQUUsUUFBUSxFQUFFLEdBQUcsTUFBTSxNQUFNLFNBQVMsS0FBSyxDQUFDO0FBQ25FLFVBQU0sTUFBTSxLQUFLO0FBQ2pCLFdBQU8sVUFBVSxNQUFNLElBQUksQ0FBQyxNQUFNLEVBQUUsY0FBYyxNQUFTLEdBQUcsQ0FBQyxNQUFNLE1BQU0sTUFBTSxPQUFPLEtBQUssQ0FBQztBQUM5RixlQUFXLEtBQUssTUFBTSxNQUFNLEdBQUcsQ0FBQyxFQUFHLEdBQUUsT0FBUSxRQUFRO0FBRXJELFVBQU0sTUFBTSxRQUFRLEtBQU07QUFDMUIsV0FBTyxNQUFNLE1BQU0sQ0FBQyxFQUFHLFdBQVcsUUFBVyx5QkFBeUI7QUFDdEUsVUFBTSxNQUFNLFFBQVEsQ0FBQztBQUNyQixXQUFPLE1BQU0sTUFBTSxDQUFDLEVBQUcsV0FBVyxLQUFLLEdBQU07QUFDN0MsV0FBTyxNQUFNLE1BQU0sQ0FBQyxFQUFHLFdBQVcsS0FBSyxHQUFNO0FBQzdDLFdBQU8sTUFBTSxNQUFNLENBQUMsRUFBRyxPQUFRLFVBQVUsR0FBTTtBQUFBLEVBQ2pELENBQUM7QUFFRCxLQUFHLG9FQUFvRSxZQUFZO0FBQ2pGLFVBQU0sVUFBVSxJQUFJLCtCQUFZLEVBQUUsR0FBRyxPQUFPLG1CQUFtQixFQUFFLEdBQUcsS0FBSztBQUN6RSxVQUFNLElBQUksTUFBTSxTQUFTLEtBQUs7QUFDOUIsVUFBTSxNQUFNLFFBQVEsR0FBTTtBQUMxQixVQUFNLElBQUksTUFBTSxTQUFTLEtBQUs7QUFDOUIsVUFBTSxJQUFJLE1BQU0sU0FBUyxLQUFLO0FBQzlCLFVBQU0sTUFBTSxLQUFLO0FBQ2pCLFdBQU8sR0FBRyxFQUFFLGNBQWMsVUFBYSxFQUFFLGNBQWMsTUFBUztBQUNoRSxVQUFNLE1BQU0sUUFBUSxLQUFNO0FBQzFCLFdBQU8sTUFBTSxFQUFFLFdBQVcsTUFBUztBQUNuQyxVQUFNLE1BQU0sUUFBUSxDQUFDO0FBQ3JCLFdBQU8sTUFBTSxFQUFFLFdBQVcsS0FBSyxLQUFRLDhCQUE4QjtBQUFBLEVBQ3ZFLENBQUM7QUFFRCxLQUFHLHNFQUFzRSxZQUFZO0FBQ25GLFVBQU0sVUFBVSxJQUFJLCtCQUFZLEVBQUUsR0FBRyxPQUFPLGlCQUFpQixJQUFLLEdBQUcsS0FBSztBQUMxRSxVQUFNLElBQUksTUFBTSxTQUFTLE9BQU8sR0FBRztBQUNuQyxVQUFNLElBQUksTUFBTSxTQUFTLE9BQU8sR0FBRztBQUNuQyxVQUFNLE1BQU0sS0FBSztBQUNqQixXQUFPLEdBQUcsRUFBRSxjQUFjLE1BQVM7QUFDbkMsV0FBTyxNQUFNLEVBQUUsV0FBVyxRQUFXLGtCQUFrQjtBQUN2RCxNQUFFLE9BQVEsUUFBUSxHQUFHO0FBQ3JCLFVBQU0sTUFBTSxLQUFLO0FBQ2pCLFdBQU8sTUFBTSxFQUFFLFdBQVcsSUFBSSwwQ0FBMEM7QUFBQSxFQUMxRSxDQUFDO0FBRUQsS0FBRyx3RUFBd0UsWUFBWTtBQUNyRixVQUFNLFVBQVUsSUFBSSwrQkFBWSxFQUFFLEdBQUcsT0FBTyxpQkFBaUIsSUFBSyxHQUFHLEtBQUs7QUFDMUUsVUFBTSxJQUFJLE1BQU0sU0FBUyxPQUFPLEdBQUc7QUFDbkMsVUFBTSxNQUFNLEtBQUs7QUFDakIsTUFBRSxPQUFRLFFBQVEsR0FBRztBQUNyQixVQUFNLE1BQU0sUUFBUSxHQUFLO0FBQ3pCLFVBQU0sSUFBSSxNQUFNLFNBQVMsT0FBTyxHQUFHO0FBQ25DLFVBQU0sTUFBTSxRQUFRLEtBQU07QUFDMUIsV0FBTyxNQUFNLEVBQUUsV0FBVyxNQUFTO0FBQ25DLFVBQU0sTUFBTSxRQUFRLENBQUM7QUFDckIsV0FBTyxNQUFNLEVBQUUsV0FBVyxLQUFLLEdBQU07QUFBQSxFQUN2QyxDQUFDO0FBRUQsS0FBRyxtRUFBbUUsWUFBWTtBQUNoRixVQUFNLFVBQVUsSUFBSSwrQkFBWSxFQUFFLEdBQUcsT0FBTyxpQkFBaUIsSUFBSSxHQUFHLEtBQUs7QUFDekUsVUFBTSxNQUFNLE1BQU0sU0FBUyxPQUFPLEdBQUk7QUFDdEMsVUFBTSxNQUFNLEtBQUs7QUFDakIsV0FBTyxNQUFNLElBQUksV0FBVyxFQUFFO0FBQUEsRUFDaEMsQ0FBQztBQUVELEtBQUcsdUNBQXVDLFlBQVk7QUFDcEQsVUFBTSxVQUFVLElBQUksK0JBQVksRUFBRSxHQUFHLE9BQU8sWUFBWSxJQUFJLEdBQUcsS0FBSztBQUNwRSxVQUFNLFFBQVEsTUFBTSxLQUFLLEVBQUUsUUFBUSxFQUFFLEdBQUcsTUFBTSxNQUFNLFNBQVMsS0FBSyxDQUFDO0FBQ25FLFVBQU0sTUFBTSxRQUFRLEdBQUk7QUFDeEIsV0FBTztBQUFBLE1BQ0wsTUFBTSxJQUFJLENBQUMsTUFBTSxFQUFFLFlBQWEsRUFBRTtBQUFBLE1BQ2xDLENBQUMsR0FBRyxLQUFLLEdBQUc7QUFBQSxJQUNkO0FBQUEsRUFDRixDQUFDO0FBRUQsS0FBRyx1Q0FBdUMsWUFBWTtBQUNwRCxVQUFNLFVBQVUsSUFBSSwrQkFBWSxFQUFFLEdBQUcsT0FBTyxlQUFlLEVBQUUsR0FBRyxLQUFLO0FBQ3JFLFVBQU0sUUFBUSxNQUFNLEtBQUssRUFBRSxRQUFRLEVBQUUsR0FBRyxNQUFNLE1BQU0sU0FBUyxLQUFLLENBQUM7QUFDbkUsVUFBTSxNQUFNLEtBQUs7QUFDakIsV0FBTyxNQUFNLFFBQVEsYUFBYSxDQUFDO0FBQ25DLFdBQU8sTUFBTSxRQUFRLGFBQWEsQ0FBQztBQUNuQyxVQUFNLENBQUMsRUFBRyxPQUFRLFFBQVE7QUFDMUIsVUFBTSxNQUFNLEtBQUs7QUFDakIsV0FBTyxHQUFHLE1BQU0sQ0FBQyxFQUFHLGNBQWMsTUFBUztBQUMzQyxXQUFPLE1BQU0sTUFBTSxDQUFDLEVBQUcsV0FBVyxNQUFTO0FBQzNDLFVBQU0sQ0FBQyxFQUFHLE9BQVEsUUFBUTtBQUMxQixVQUFNLE1BQU0sS0FBSztBQUNqQixXQUFPLE1BQU0sTUFBTSxDQUFDLEVBQUcsV0FBVyxNQUFTO0FBQUEsRUFDN0MsQ0FBQztBQUVELEtBQUcsb0VBQW9FLFlBQVk7QUFDakYsVUFBTSxVQUFVLElBQUksK0JBQVksRUFBRSxHQUFHLE9BQU8saUJBQWlCLElBQUssR0FBRyxLQUFLO0FBQzFFLFVBQU0sUUFBa0IsQ0FBQztBQUN6QixVQUFNLFFBQVEsTUFBTSxTQUFTLE9BQU8sR0FBRztBQUN2QyxVQUFNLE1BQU0sS0FBSztBQUNqQixVQUFNLE9BQVEsUUFBUSxHQUFHO0FBQ3pCLFVBQU0sTUFBTSxRQUFRLFFBQVEsR0FBRyxFQUFFLEtBQUssQ0FBQyxPQUFPLE1BQU0sS0FBSyxLQUFLLEdBQUcsRUFBRTtBQUNuRSxVQUFNLFFBQVEsUUFBUSxRQUFRLEVBQUUsRUFBRSxLQUFLLENBQUMsT0FBTyxNQUFNLEtBQUssT0FBTyxHQUFHLEVBQUU7QUFDdEUsVUFBTSxNQUFNLEtBQUs7QUFDakIsV0FBTyxVQUFVLE9BQU8sQ0FBQyxHQUFHLGdEQUFnRDtBQUM1RSxVQUFNLE1BQU0sUUFBUSxHQUFNO0FBQzFCLFVBQU0sUUFBUSxJQUFJLENBQUMsS0FBSyxLQUFLLENBQUM7QUFDOUIsV0FBTyxVQUFVLE9BQU8sQ0FBQyxPQUFPLE9BQU8sQ0FBQztBQUFBLEVBQzFDLENBQUM7QUFFRCxLQUFHLDZFQUE2RSxZQUFZO0FBQzFGLFVBQU0sVUFBVSxJQUFJLCtCQUFZLEVBQUUsR0FBRyxPQUFPLGVBQWUsRUFBRSxHQUFHLEtBQUs7QUFDckUsVUFBTSxTQUFTLE1BQU0sU0FBUyxLQUFLO0FBQ25DLFVBQU0sYUFBYSxJQUFJLGdCQUFnQjtBQUN2QyxVQUFNLFlBQVksTUFBTSxTQUFTLE9BQU8sR0FBRyxXQUFXLE1BQU07QUFDNUQsVUFBTSxPQUFPLE1BQU0sU0FBUyxLQUFLO0FBQ2pDLFVBQU0sTUFBTSxLQUFLO0FBQ2pCLFdBQU8sTUFBTSxRQUFRLGFBQWEsQ0FBQztBQUNuQyxlQUFXLE1BQU0sSUFBSSxNQUFNLE1BQU0sQ0FBQztBQUNsQyxVQUFNLFVBQVU7QUFDaEIsV0FBTyxNQUFPLFVBQVUsTUFBZ0IsU0FBUyxNQUFNO0FBQ3ZELFdBQU8sTUFBTSxRQUFRLGFBQWEsQ0FBQztBQUNuQyxXQUFPLE9BQVEsUUFBUTtBQUN2QixVQUFNLE1BQU0sS0FBSztBQUNqQixXQUFPLE1BQU0sS0FBSyxXQUFXLEVBQUU7QUFBQSxFQUNqQyxDQUFDO0FBRUQsS0FBRyxzREFBc0QsWUFBWTtBQUNuRSxVQUFNLFVBQVUsSUFBSSwrQkFBWSxPQUFPLEtBQUs7QUFDNUMsVUFBTSxhQUFhLElBQUksZ0JBQWdCO0FBQ3ZDLGVBQVcsTUFBTSxJQUFJLE1BQU0sTUFBTSxDQUFDO0FBQ2xDLFVBQU0sT0FBTyxRQUFRLFFBQVEsUUFBUSxHQUFHLFdBQVcsTUFBTSxHQUFHLE1BQU07QUFDbEUsV0FBTyxNQUFNLFFBQVEsYUFBYSxDQUFDO0FBQUEsRUFDckMsQ0FBQztBQUVELEtBQUcseURBQXlELFlBQVk7QUFDdEUsUUFBSSxVQUFVO0FBQ2QsVUFBTSxVQUFVLElBQUksK0JBQVksT0FBTyxPQUFPLE1BQU0sU0FBUztBQUM3RCxZQUFRLFNBQVMsSUFBTTtBQUN2QixXQUFPLE1BQU0sUUFBUSxrQkFBa0IsSUFBTTtBQUM3QyxVQUFNLFFBQVEsTUFBTSxLQUFLLEVBQUUsUUFBUSxFQUFFLEdBQUcsTUFBTSxNQUFNLFNBQVMsS0FBSyxDQUFDO0FBQ25FLFVBQU0sTUFBTSxRQUFRLEdBQUs7QUFDekIsV0FBTyxNQUFNLFFBQVEsa0JBQWtCLEdBQUs7QUFDNUMsV0FBTyxHQUFHLE1BQU0sTUFBTSxDQUFDLE1BQU0sRUFBRSxjQUFjLE1BQVMsQ0FBQztBQUN2RCxZQUFRLFNBQVMsR0FBSztBQUN0QixXQUFPLE1BQU0sUUFBUSxrQkFBa0IsR0FBSztBQUM1QyxVQUFNLE1BQU0sUUFBUSxHQUFLO0FBQ3pCLFdBQU8sR0FBRyxNQUFNLE1BQU0sQ0FBQyxNQUFNLEVBQUUsY0FBYyxLQUFLLElBQU0sQ0FBQztBQUN6RCxXQUFPLE1BQU0sUUFBUSxrQkFBa0IsQ0FBQztBQUN4QyxXQUFPLEdBQUcsV0FBVyxHQUFHLG1DQUFtQztBQUFBLEVBQzdELENBQUM7QUFFRCxLQUFHLGdEQUFnRCxZQUFZO0FBQzdELFVBQU0sVUFBVSxJQUFJLCtCQUFZLEVBQUUsR0FBRyxPQUFPLGVBQWUsRUFBRSxHQUFHLEtBQUs7QUFDckUsVUFBTSxTQUFTLEtBQUs7QUFDcEIsVUFBTSxTQUFTLE1BQU0sU0FBUyxLQUFLO0FBQ25DLFVBQU0sTUFBTSxLQUFLO0FBQ2pCLFdBQU8sTUFBTSxPQUFPLFdBQVcsTUFBUztBQUN4QyxZQUFRLE9BQU8sRUFBRSxHQUFHLE9BQU8sZUFBZSxFQUFFLENBQUM7QUFDN0MsVUFBTSxNQUFNLEtBQUs7QUFDakIsV0FBTyxNQUFNLE9BQU8sV0FBVyxFQUFFO0FBQUEsRUFDbkMsQ0FBQztBQUVELEtBQUcscUNBQXFDLFlBQVk7QUFDbEQsVUFBTSxVQUFVLElBQUksK0JBQVksRUFBRSxHQUFHLE9BQU8sZUFBZSxFQUFFLEdBQUcsS0FBSztBQUNyRSxVQUFNLFNBQVMsS0FBSztBQUNwQixVQUFNLFVBQVUsTUFBTSxTQUFTLEtBQUs7QUFDcEMsVUFBTSxNQUFNLEtBQUs7QUFDakIsWUFBUSxRQUFRO0FBQ2hCLFVBQU0sUUFBUTtBQUNkLFdBQU8sTUFBTSxPQUFPLFFBQVEsS0FBSyxHQUFHLFVBQVU7QUFBQSxFQUNoRCxDQUFDO0FBQ0gsQ0FBQzsiLAogICJuYW1lcyI6IFtdCn0K
