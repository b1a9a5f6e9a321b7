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
var streamAttempt_exports = {};
__export(streamAttempt_exports, {
  emptyUsage: () => emptyUsage,
  newProgress: () => newProgress,
  streamAttempt: () => streamAttempt,
  toUsage: () => toUsage
});
module.exports = __toCommonJS(streamAttempt_exports);
var import_errorClassifier = require("./errorClassifier");
var import_errors = require("./errors");
function newProgress() {
  return { text: "", usage: void 0, firstTextAt: void 0 };
}
async function streamAttempt(input) {
  const { clock, context, signal, progress } = input;
  const attempt = new AbortController();
  const onCallerAbort = () => attempt.abort(signal?.reason);
  signal?.addEventListener("abort", onCallerAbort, { once: true });
  if (signal?.aborted) attempt.abort(signal.reason);
  const silence = new SilenceTimer(clock, context.timeoutMs, () => attempt.abort(new Error("timeout")));
  let finishReason;
  let blockReason;
  let sawCandidates = false;
  try {
    silence.restart();
    const stream = await input.client.generateStream(input.params, attempt.signal);
    for await (const chunk of stream) {
      silence.restart();
      const candidate = chunk.candidates?.[0];
      sawCandidates ||= (chunk.candidates?.length ?? 0) > 0;
      finishReason = candidate?.finishReason ?? finishReason;
      blockReason = chunk.promptFeedback?.blockReason ?? blockReason;
      if (chunk.usageMetadata) progress.usage = toUsage(chunk.usageMetadata);
      const delta = visibleText(chunk);
      if (delta) {
        progress.firstTextAt ??= clock.now();
        progress.text += delta;
        input.onText?.(delta, progress.text);
      }
    }
  } catch (error) {
    if (signal?.aborted) throw (0, import_errorClassifier.cancelledError)(progress.text);
    if (silence.fired) throw (0, import_errorClassifier.timeoutError)(context, progress.text || void 0);
    const failure = (0, import_errorClassifier.classifyError)(error, context);
    throw progress.text ? failure.with({ partialText: progress.text }) : failure;
  } finally {
    silence.stop();
    signal?.removeEventListener("abort", onCallerAbort);
  }
  const verdict = (0, import_errorClassifier.judgeReply)({ text: progress.text, finishReason, blockReason, sawCandidates }, context);
  const usage = progress.usage ?? emptyUsage();
  switch (verdict.outcome) {
    case "blocked":
      throw verdict.error;
    case "cut":
      throw (0, import_errorClassifier.streamCutError)(progress.text);
    case "max-tokens-empty":
      throw new import_errors.GeminiError("max-tokens", "Gemini spent the whole output budget on thinking.", { reason: "MAX_TOKENS" });
    case "truncated":
      return { text: progress.text, finishReason: "MAX_TOKENS", truncated: true, usage };
    case "complete":
      return { text: progress.text, finishReason: finishReason ?? "STOP", truncated: false, usage };
  }
}
function visibleText(chunk) {
  const parts = chunk.candidates?.[0]?.content?.parts ?? [];
  return parts.filter((part) => !part.thought && typeof part.text === "string").map((part) => part.text).join("");
}
function toUsage(meta) {
  const promptTokens = meta.promptTokenCount ?? 0;
  const outputTokens = meta.candidatesTokenCount ?? 0;
  const thinkingTokens = meta.thoughtsTokenCount ?? 0;
  return {
    promptTokens,
    outputTokens,
    thinkingTokens,
    totalTokens: meta.totalTokenCount ?? promptTokens + outputTokens + thinkingTokens
  };
}
function emptyUsage() {
  return { promptTokens: 0, outputTokens: 0, thinkingTokens: 0, totalTokens: 0 };
}
class SilenceTimer {
  constructor(clock, ms, onSilence) {
    this.clock = clock;
    this.ms = ms;
    this.onSilence = onSilence;
  }
  clock;
  ms;
  onSilence;
  fired = false;
  current;
  restart() {
    this.stop();
    const timer = new AbortController();
    this.current = timer;
    this.clock.sleep(this.ms, timer.signal).then(
      () => {
        if (this.current !== timer) return;
        this.fired = true;
        this.onSilence();
      },
      () => {
      }
    );
  }
  stop() {
    this.current?.abort();
    this.current = void 0;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  emptyUsage,
  newProgress,
  streamAttempt,
  toUsage
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2dlbWluaS9zdHJlYW1BdHRlbXB0LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgdHlwZSB7IENsb2NrIH0gZnJvbSAnLi4vY29yZS9wb3J0cyc7XG5pbXBvcnQge1xuICBjYW5jZWxsZWRFcnJvcixcbiAgY2xhc3NpZnlFcnJvcixcbiAganVkZ2VSZXBseSxcbiAgc3RyZWFtQ3V0RXJyb3IsXG4gIHRpbWVvdXRFcnJvcixcbiAgdHlwZSBDbGFzc2lmeUNvbnRleHQsXG59IGZyb20gJy4vZXJyb3JDbGFzc2lmaWVyJztcbmltcG9ydCB7IEdlbWluaUVycm9yIH0gZnJvbSAnLi9lcnJvcnMnO1xuaW1wb3J0IHR5cGUgeyBHZW1pbmlDbGllbnQsIEdlbmVyYXRlUGFyYW1zLCBSZXNwb25zZUNodW5rIH0gZnJvbSAnLi9zZGtDbGllbnQnO1xuaW1wb3J0IHR5cGUgeyBVc2FnZSB9IGZyb20gJy4vdHlwZXMnO1xuXG4vKiogV2hhdCBvbmUgYXR0ZW1wdCBoYXMgcmVjZWl2ZWQgc28gZmFyOyByZWFkYWJsZSBhZnRlciBpdCBmYWlscyAoZm9yIHBhcnRpYWwgdGV4dCBhbmQgdXNhZ2UpLiAqL1xuZXhwb3J0IGludGVyZmFjZSBBdHRlbXB0UHJvZ3Jlc3Mge1xuICB0ZXh0OiBzdHJpbmc7XG4gIHVzYWdlOiBVc2FnZSB8IHVuZGVmaW5lZDtcbiAgZmlyc3RUZXh0QXQ6IG51bWJlciB8IHVuZGVmaW5lZDtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBBdHRlbXB0SW5wdXQge1xuICByZWFkb25seSBjbGllbnQ6IEdlbWluaUNsaWVudDtcbiAgcmVhZG9ubHkgcGFyYW1zOiBHZW5lcmF0ZVBhcmFtcztcbiAgcmVhZG9ubHkgY2xvY2s6IENsb2NrO1xuICByZWFkb25seSBjb250ZXh0OiBDbGFzc2lmeUNvbnRleHQgJiB7IHJlYWRvbmx5IHRpbWVvdXRNczogbnVtYmVyIH07XG4gIC8qKiBUaGUgY2FsbGVyJ3MgY2FuY2VsbGF0aW9uLiAqL1xuICByZWFkb25seSBzaWduYWw/OiBBYm9ydFNpZ25hbDtcbiAgcmVhZG9ubHkgb25UZXh0PzogKGRlbHRhOiBzdHJpbmcsIHNvRmFyOiBzdHJpbmcpID0+IHZvaWQ7XG4gIHJlYWRvbmx5IHByb2dyZXNzOiBBdHRlbXB0UHJvZ3Jlc3M7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgQXR0ZW1wdFJlcGx5IHtcbiAgcmVhZG9ubHkgdGV4dDogc3RyaW5nO1xuICByZWFkb25seSBmaW5pc2hSZWFzb246IHN0cmluZztcbiAgcmVhZG9ubHkgdHJ1bmNhdGVkOiBib29sZWFuO1xuICByZWFkb25seSB1c2FnZTogVXNhZ2U7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBuZXdQcm9ncmVzcygpOiBBdHRlbXB0UHJvZ3Jlc3Mge1xuICByZXR1cm4geyB0ZXh0OiAnJywgdXNhZ2U6IHVuZGVmaW5lZCwgZmlyc3RUZXh0QXQ6IHVuZGVmaW5lZCB9O1xufVxuXG4vKipcbiAqIE9uZSBIVFRQIGF0dGVtcHQ6IHN0cmVhbSB0aGUgcmVwbHksIHBhc3MgdGV4dCBvbiBhcyBpdCBhcnJpdmVzLCBhbmQganVkZ2UgdGhlIHJlc3VsdC4gRmFpbHNcbiAqIHdpdGggYSBHZW1pbmlFcnJvciBvbmx5LiBUaGUgdGltZW91dCBpcyBhIHNpbGVuY2UgdGltZW91dCBcdTIwMTQgaXQgcmVzdGFydHMgd2l0aCBldmVyeSBjaHVuayBcdTIwMTQgc29cbiAqIGEgbG9uZyBjaGFwdGVyIHRoYXQga2VlcHMgc3RyZWFtaW5nIGlzIG5ldmVyIGN1dCwgd2hpbGUgYSBzdGFsbGVkIGNvbm5lY3Rpb24gaXMuXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBzdHJlYW1BdHRlbXB0KGlucHV0OiBBdHRlbXB0SW5wdXQpOiBQcm9taXNlPEF0dGVtcHRSZXBseT4ge1xuICBjb25zdCB7IGNsb2NrLCBjb250ZXh0LCBzaWduYWwsIHByb2dyZXNzIH0gPSBpbnB1dDtcbiAgY29uc3QgYXR0ZW1wdCA9IG5ldyBBYm9ydENvbnRyb2xsZXIoKTtcbiAgY29uc3Qgb25DYWxsZXJBYm9ydCA9ICgpID0+IGF0dGVtcHQuYWJvcnQoc2lnbmFsPy5yZWFzb24pO1xuICBzaWduYWw/LmFkZEV2ZW50TGlzdGVuZXIoJ2Fib3J0Jywgb25DYWxsZXJBYm9ydCwgeyBvbmNlOiB0cnVlIH0pO1xuICBpZiAoc2lnbmFsPy5hYm9ydGVkKSBhdHRlbXB0LmFib3J0KHNpZ25hbC5yZWFzb24pO1xuICBjb25zdCBzaWxlbmNlID0gbmV3IFNpbGVuY2VUaW1lcihjbG9jaywgY29udGV4dC50aW1lb3V0TXMsICgpID0+IGF0dGVtcHQuYWJvcnQobmV3IEVycm9yKCd0aW1lb3V0JykpKTtcblxuICBsZXQgZmluaXNoUmVhc29uOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIGxldCBibG9ja1JlYXNvbjogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICBsZXQgc2F3Q2FuZGlkYXRlcyA9IGZhbHNlO1xuICB0cnkge1xuICAgIHNpbGVuY2UucmVzdGFydCgpO1xuICAgIGNvbnN0IHN0cmVhbSA9IGF3YWl0IGlucHV0LmNsaWVudC5nZW5lcmF0ZVN0cmVhbShpbnB1dC5wYXJhbXMsIGF0dGVtcHQuc2lnbmFsKTtcbiAgICBmb3IgYXdhaXQgKGNvbnN0IGNodW5rIG9mIHN0cmVhbSkge1xuICAgICAgc2lsZW5jZS5yZXN0YXJ0KCk7XG4gICAgICBjb25zdCBjYW5kaWRhdGUgPSBjaHVuay5jYW5kaWRhdGVzPy5bMF07XG4gICAgICBzYXdDYW5kaWRhdGVzIHx8PSAoY2h1bmsuY2FuZGlkYXRlcz8ubGVuZ3RoID8/IDApID4gMDtcbiAgICAgIGZpbmlzaFJlYXNvbiA9IGNhbmRpZGF0ZT8uZmluaXNoUmVhc29uID8/IGZpbmlzaFJlYXNvbjtcbiAgICAgIGJsb2NrUmVhc29uID0gY2h1bmsucHJvbXB0RmVlZGJhY2s/LmJsb2NrUmVhc29uID8/IGJsb2NrUmVhc29uO1xuICAgICAgaWYgKGNodW5rLnVzYWdlTWV0YWRhdGEpIHByb2dyZXNzLnVzYWdlID0gdG9Vc2FnZShjaHVuay51c2FnZU1ldGFkYXRhKTtcbiAgICAgIGNvbnN0IGRlbHRhID0gdmlzaWJsZVRleHQoY2h1bmspO1xuICAgICAgaWYgKGRlbHRhKSB7XG4gICAgICAgIHByb2dyZXNzLmZpcnN0VGV4dEF0ID8/PSBjbG9jay5ub3coKTtcbiAgICAgICAgcHJvZ3Jlc3MudGV4dCArPSBkZWx0YTtcbiAgICAgICAgaW5wdXQub25UZXh0Py4oZGVsdGEsIHByb2dyZXNzLnRleHQpO1xuICAgICAgfVxuICAgIH1cbiAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICBpZiAoc2lnbmFsPy5hYm9ydGVkKSB0aHJvdyBjYW5jZWxsZWRFcnJvcihwcm9ncmVzcy50ZXh0KTtcbiAgICBpZiAoc2lsZW5jZS5maXJlZCkgdGhyb3cgdGltZW91dEVycm9yKGNvbnRleHQsIHByb2dyZXNzLnRleHQgfHwgdW5kZWZpbmVkKTtcbiAgICBjb25zdCBmYWlsdXJlID0gY2xhc3NpZnlFcnJvcihlcnJvciwgY29udGV4dCk7XG4gICAgdGhyb3cgcHJvZ3Jlc3MudGV4dCA/IGZhaWx1cmUud2l0aCh7IHBhcnRpYWxUZXh0OiBwcm9ncmVzcy50ZXh0IH0pIDogZmFpbHVyZTtcbiAgfSBmaW5hbGx5IHtcbiAgICBzaWxlbmNlLnN0b3AoKTtcbiAgICBzaWduYWw/LnJlbW92ZUV2ZW50TGlzdGVuZXIoJ2Fib3J0Jywgb25DYWxsZXJBYm9ydCk7XG4gIH1cblxuICBjb25zdCB2ZXJkaWN0ID0ganVkZ2VSZXBseSh7IHRleHQ6IHByb2dyZXNzLnRleHQsIGZpbmlzaFJlYXNvbiwgYmxvY2tSZWFzb24sIHNhd0NhbmRpZGF0ZXMgfSwgY29udGV4dCk7XG4gIGNvbnN0IHVzYWdlID0gcHJvZ3Jlc3MudXNhZ2UgPz8gZW1wdHlVc2FnZSgpO1xuICBzd2l0Y2ggKHZlcmRpY3Qub3V0Y29tZSkge1xuICAgIGNhc2UgJ2Jsb2NrZWQnOlxuICAgICAgdGhyb3cgdmVyZGljdC5lcnJvcjtcbiAgICBjYXNlICdjdXQnOlxuICAgICAgdGhyb3cgc3RyZWFtQ3V0RXJyb3IocHJvZ3Jlc3MudGV4dCk7XG4gICAgY2FzZSAnbWF4LXRva2Vucy1lbXB0eSc6XG4gICAgICB0aHJvdyBuZXcgR2VtaW5pRXJyb3IoJ21heC10b2tlbnMnLCAnR2VtaW5pIHNwZW50IHRoZSB3aG9sZSBvdXRwdXQgYnVkZ2V0IG9uIHRoaW5raW5nLicsIHsgcmVhc29uOiAnTUFYX1RPS0VOUycgfSk7XG4gICAgY2FzZSAndHJ1bmNhdGVkJzpcbiAgICAgIHJldHVybiB7IHRleHQ6IHByb2dyZXNzLnRleHQsIGZpbmlzaFJlYXNvbjogJ01BWF9UT0tFTlMnLCB0cnVuY2F0ZWQ6IHRydWUsIHVzYWdlIH07XG4gICAgY2FzZSAnY29tcGxldGUnOlxuICAgICAgcmV0dXJuIHsgdGV4dDogcHJvZ3Jlc3MudGV4dCwgZmluaXNoUmVhc29uOiBmaW5pc2hSZWFzb24gPz8gJ1NUT1AnLCB0cnVuY2F0ZWQ6IGZhbHNlLCB1c2FnZSB9O1xuICB9XG59XG5cbi8qKiBUZXh0IHBhcnRzIG9mIHRoZSBmaXJzdCBjYW5kaWRhdGUsIHdpdGhvdXQgdGhlIG1vZGVsJ3MgdGhvdWdodCBzdW1tYXJpZXMuICovXG5mdW5jdGlvbiB2aXNpYmxlVGV4dChjaHVuazogUmVzcG9uc2VDaHVuayk6IHN0cmluZyB7XG4gIGNvbnN0IHBhcnRzID0gY2h1bmsuY2FuZGlkYXRlcz8uWzBdPy5jb250ZW50Py5wYXJ0cyA/PyBbXTtcbiAgcmV0dXJuIHBhcnRzXG4gICAgLmZpbHRlcigocGFydCkgPT4gIXBhcnQudGhvdWdodCAmJiB0eXBlb2YgcGFydC50ZXh0ID09PSAnc3RyaW5nJylcbiAgICAubWFwKChwYXJ0KSA9PiBwYXJ0LnRleHQpXG4gICAgLmpvaW4oJycpO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gdG9Vc2FnZShtZXRhOiBOb25OdWxsYWJsZTxSZXNwb25zZUNodW5rWyd1c2FnZU1ldGFkYXRhJ10+KTogVXNhZ2Uge1xuICBjb25zdCBwcm9tcHRUb2tlbnMgPSBtZXRhLnByb21wdFRva2VuQ291bnQgPz8gMDtcbiAgY29uc3Qgb3V0cHV0VG9rZW5zID0gbWV0YS5jYW5kaWRhdGVzVG9rZW5Db3VudCA/PyAwO1xuICBjb25zdCB0aGlua2luZ1Rva2VucyA9IG1ldGEudGhvdWdodHNUb2tlbkNvdW50ID8/IDA7XG4gIHJldHVybiB7XG4gICAgcHJvbXB0VG9rZW5zLFxuICAgIG91dHB1dFRva2VucyxcbiAgICB0aGlua2luZ1Rva2VucyxcbiAgICB0b3RhbFRva2VuczogbWV0YS50b3RhbFRva2VuQ291bnQgPz8gcHJvbXB0VG9rZW5zICsgb3V0cHV0VG9rZW5zICsgdGhpbmtpbmdUb2tlbnMsXG4gIH07XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBlbXB0eVVzYWdlKCk6IFVzYWdlIHtcbiAgcmV0dXJuIHsgcHJvbXB0VG9rZW5zOiAwLCBvdXRwdXRUb2tlbnM6IDAsIHRoaW5raW5nVG9rZW5zOiAwLCB0b3RhbFRva2VuczogMCB9O1xufVxuXG4vKiogRmlyZXMgb25jZSB3aGVuIGBtc2AgcGFzcyB3aXRob3V0IGEgYHJlc3RhcnRgLiBSdW5zIG9uIHRoZSBDbG9jaywgc28gZmFrZSB0aW1lIGRyaXZlcyBpdC4gKi9cbmNsYXNzIFNpbGVuY2VUaW1lciB7XG4gIGZpcmVkID0gZmFsc2U7XG4gIHByaXZhdGUgY3VycmVudDogQWJvcnRDb250cm9sbGVyIHwgdW5kZWZpbmVkO1xuXG4gIGNvbnN0cnVjdG9yKFxuICAgIHByaXZhdGUgcmVhZG9ubHkgY2xvY2s6IENsb2NrLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgbXM6IG51bWJlcixcbiAgICBwcml2YXRlIHJlYWRvbmx5IG9uU2lsZW5jZTogKCkgPT4gdm9pZCxcbiAgKSB7fVxuXG4gIHJlc3RhcnQoKTogdm9pZCB7XG4gICAgdGhpcy5zdG9wKCk7XG4gICAgY29uc3QgdGltZXIgPSBuZXcgQWJvcnRDb250cm9sbGVyKCk7XG4gICAgdGhpcy5jdXJyZW50ID0gdGltZXI7XG4gICAgdGhpcy5jbG9jay5zbGVlcCh0aGlzLm1zLCB0aW1lci5zaWduYWwpLnRoZW4oXG4gICAgICAoKSA9PiB7XG4gICAgICAgIGlmICh0aGlzLmN1cnJlbnQgIT09IHRpbWVyKSByZXR1cm47XG4gICAgICAgIHRoaXMuZmlyZWQgPSB0cnVlO1xuICAgICAgICB0aGlzLm9uU2lsZW5jZSgpO1xuICAgICAgfSxcbiAgICAgICgpID0+IHt9LFxuICAgICk7XG4gIH1cblxuICBzdG9wKCk6IHZvaWQge1xuICAgIHRoaXMuY3VycmVudD8uYWJvcnQoKTtcbiAgICB0aGlzLmN1cnJlbnQgPSB1bmRlZmluZWQ7XG4gIH1cbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFDQSw2QkFPTztBQUNQLG9CQUE0QjtBQTZCckIsU0FBUyxjQUErQjtBQUM3QyxTQUFPLEVBQUUsTUFBTSxJQUFJLE9BQU8sUUFBVyxhQUFhLE9BQVU7QUFDOUQ7QUFPQSxlQUFzQixjQUFjLE9BQTRDO0FBQzlFLFFBQU0sRUFBRSxPQUFPLFNBQVMsUUFBUSxTQUFTLElBQUk7QUFDN0MsUUFBTSxVQUFVLElBQUksZ0JBQWdCO0FBQ3BDLFFBQU0sZ0JBQWdCLE1BQU0sUUFBUSxNQUFNLFFBQVEsTUFBTTtBQUN4RCxVQUFRLGlCQUFpQixTQUFTLGVBQWUsRUFBRSxNQUFNLEtBQUssQ0FBQztBQUMvRCxNQUFJLFFBQVEsUUFBUyxTQUFRLE1BQU0sT0FBTyxNQUFNO0FBQ2hELFFBQU0sVUFBVSxJQUFJLGFBQWEsT0FBTyxRQUFRLFdBQVcsTUFBTSxRQUFRLE1BQU0sSUFBSSxNQUFNLFNBQVMsQ0FBQyxDQUFDO0FBRXBHLE1BQUk7QUFDSixNQUFJO0FBQ0osTUFBSSxnQkFBZ0I7QUFDcEIsTUFBSTtBQUNGLFlBQVEsUUFBUTtBQUNoQixVQUFNLFNBQVMsTUFBTSxNQUFNLE9BQU8sZUFBZSxNQUFNLFFBQVEsUUFBUSxNQUFNO0FBQzdFLHFCQUFpQixTQUFTLFFBQVE7QUFDaEMsY0FBUSxRQUFRO0FBQ2hCLFlBQU0sWUFBWSxNQUFNLGFBQWEsQ0FBQztBQUN0Qyx5QkFBbUIsTUFBTSxZQUFZLFVBQVUsS0FBSztBQUNwRCxxQkFBZSxXQUFXLGdCQUFnQjtBQUMxQyxvQkFBYyxNQUFNLGdCQUFnQixlQUFlO0FBQ25ELFVBQUksTUFBTSxjQUFlLFVBQVMsUUFBUSxRQUFRLE1BQU0sYUFBYTtBQUNyRSxZQUFNLFFBQVEsWUFBWSxLQUFLO0FBQy9CLFVBQUksT0FBTztBQUNULGlCQUFTLGdCQUFnQixNQUFNLElBQUk7QUFDbkMsaUJBQVMsUUFBUTtBQUNqQixjQUFNLFNBQVMsT0FBTyxTQUFTLElBQUk7QUFBQSxNQUNyQztBQUFBLElBQ0Y7QUFBQSxFQUNGLFNBQVMsT0FBTztBQUNkLFFBQUksUUFBUSxRQUFTLFdBQU0sdUNBQWUsU0FBUyxJQUFJO0FBQ3ZELFFBQUksUUFBUSxNQUFPLFdBQU0scUNBQWEsU0FBUyxTQUFTLFFBQVEsTUFBUztBQUN6RSxVQUFNLGNBQVUsc0NBQWMsT0FBTyxPQUFPO0FBQzVDLFVBQU0sU0FBUyxPQUFPLFFBQVEsS0FBSyxFQUFFLGFBQWEsU0FBUyxLQUFLLENBQUMsSUFBSTtBQUFBLEVBQ3ZFLFVBQUU7QUFDQSxZQUFRLEtBQUs7QUFDYixZQUFRLG9CQUFvQixTQUFTLGFBQWE7QUFBQSxFQUNwRDtBQUVBLFFBQU0sY0FBVSxtQ0FBVyxFQUFFLE1BQU0sU0FBUyxNQUFNLGNBQWMsYUFBYSxjQUFjLEdBQUcsT0FBTztBQUNyRyxRQUFNLFFBQVEsU0FBUyxTQUFTLFdBQVc7QUFDM0MsVUFBUSxRQUFRLFNBQVM7QUFBQSxJQUN2QixLQUFLO0FBQ0gsWUFBTSxRQUFRO0FBQUEsSUFDaEIsS0FBSztBQUNILGdCQUFNLHVDQUFlLFNBQVMsSUFBSTtBQUFBLElBQ3BDLEtBQUs7QUFDSCxZQUFNLElBQUksMEJBQVksY0FBYyxxREFBcUQsRUFBRSxRQUFRLGFBQWEsQ0FBQztBQUFBLElBQ25ILEtBQUs7QUFDSCxhQUFPLEVBQUUsTUFBTSxTQUFTLE1BQU0sY0FBYyxjQUFjLFdBQVcsTUFBTSxNQUFNO0FBQUEsSUFDbkYsS0FBSztBQUNILGFBQU8sRUFBRSxNQUFNLFNBQVMsTUFBTSxjQUFjLGdCQUFnQixRQUFRLFdBQVcsT0FBTyxNQUFNO0FBQUEsRUFDaEc7QUFDRjtBQUdBLFNBQVMsWUFBWSxPQUE4QjtBQUNqRCxRQUFNLFFBQVEsTUFBTSxhQUFhLENBQUMsR0FBRyxTQUFTLFNBQVMsQ0FBQztBQUN4RCxTQUFPLE1BQ0osT0FBTyxDQUFDLFNBQVMsQ0FBQyxLQUFLLFdBQVcsT0FBTyxLQUFLLFNBQVMsUUFBUSxFQUMvRCxJQUFJLENBQUMsU0FBUyxLQUFLLElBQUksRUFDdkIsS0FBSyxFQUFFO0FBQ1o7QUFFTyxTQUFTLFFBQVEsTUFBMEQ7QUFDaEYsUUFBTSxlQUFlLEtBQUssb0JBQW9CO0FBQzlDLFFBQU0sZUFBZSxLQUFLLHdCQUF3QjtBQUNsRCxRQUFNLGlCQUFpQixLQUFLLHNCQUFzQjtBQUNsRCxTQUFPO0FBQUEsSUFDTDtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQSxhQUFhLEtBQUssbUJBQW1CLGVBQWUsZUFBZTtBQUFBLEVBQ3JFO0FBQ0Y7QUFFTyxTQUFTLGFBQW9CO0FBQ2xDLFNBQU8sRUFBRSxjQUFjLEdBQUcsY0FBYyxHQUFHLGdCQUFnQixHQUFHLGFBQWEsRUFBRTtBQUMvRTtBQUdBLE1BQU0sYUFBYTtBQUFBLEVBSWpCLFlBQ21CLE9BQ0EsSUFDQSxXQUNqQjtBQUhpQjtBQUNBO0FBQ0E7QUFBQSxFQUNoQjtBQUFBLEVBSGdCO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQU5uQixRQUFRO0FBQUEsRUFDQTtBQUFBLEVBUVIsVUFBZ0I7QUFDZCxTQUFLLEtBQUs7QUFDVixVQUFNLFFBQVEsSUFBSSxnQkFBZ0I7QUFDbEMsU0FBSyxVQUFVO0FBQ2YsU0FBSyxNQUFNLE1BQU0sS0FBSyxJQUFJLE1BQU0sTUFBTSxFQUFFO0FBQUEsTUFDdEMsTUFBTTtBQUNKLFlBQUksS0FBSyxZQUFZLE1BQU87QUFDNUIsYUFBSyxRQUFRO0FBQ2IsYUFBSyxVQUFVO0FBQUEsTUFDakI7QUFBQSxNQUNBLE1BQU07QUFBQSxNQUFDO0FBQUEsSUFDVDtBQUFBLEVBQ0Y7QUFBQSxFQUVBLE9BQWE7QUFDWCxTQUFLLFNBQVMsTUFBTTtBQUNwQixTQUFLLFVBQVU7QUFBQSxFQUNqQjtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
