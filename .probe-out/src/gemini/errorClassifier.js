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
var errorClassifier_exports = {};
__export(errorClassifier_exports, {
  advisedDelayMs: () => advisedDelayMs,
  cancelledError: () => cancelledError,
  classifyError: () => classifyError,
  formatSeconds: () => formatSeconds,
  judgeReply: () => judgeReply,
  maxTokensError: () => maxTokensError,
  missingKeyError: () => missingKeyError,
  parseDuration: () => parseDuration,
  parseErrorBody: () => parseErrorBody,
  parseRetryIn: () => parseRetryIn,
  quotaIdsOf: () => quotaIdsOf,
  streamCutError: () => streamCutError,
  timeoutError: () => timeoutError
});
module.exports = __toCommonJS(errorClassifier_exports);
var import_errors = require("./errors");
const SET_KEY_HINT = 'Set a valid key with "Story: Set API Key" (or the GEMINI_API_KEY environment variable for the command line).';
function missingKeyError() {
  return new import_errors.GeminiError("auth", `No Gemini API key is set. ${SET_KEY_HINT.replace("Set a valid key", "Set one")}`, {
    reason: "NO_API_KEY"
  });
}
function cancelledError(partialText) {
  return new import_errors.GeminiError("cancelled", "The request to Gemini was cancelled.", { partialText });
}
function timeoutError(context, partialText) {
  const seconds = context.timeoutMs === void 0 ? "the allowed time" : `${formatSeconds(context.timeoutMs)} s`;
  return new import_errors.GeminiError(
    "timeout",
    `Gemini (${context.model}) sent nothing for ${seconds}. Try again, or raise storyWriter.requestTimeoutSeconds.`,
    { partialText }
  );
}
function classifyError(error, context) {
  if (error instanceof import_errors.GeminiError) return error;
  const status = apiErrorStatus(error);
  if (status !== void 0) return classifyApiError(status, errorMessage(error), context, error);
  return classifyTransportError(error, context);
}
function classifyApiError(status, rawMessage, context, cause) {
  const body = parseErrorBody(rawMessage);
  const geminiMessage = (0, import_errors.redact)(body?.message?.trim() || rawMessage.trim() || `HTTP ${status}`, context.apiKey);
  const reason = errorInfoReason(body);
  const base = { status, cause, reason };
  if (isAuthFailure(status, reason, geminiMessage)) {
    const why = reason ?? body?.status ?? `HTTP ${status}`;
    return new import_errors.GeminiError("auth", `Gemini rejected the API key (${why}). ${SET_KEY_HINT}`, { ...base, reason: why });
  }
  if (status === 404) {
    return new import_errors.GeminiError(
      "model-not-found",
      `Gemini does not offer the model "${context.model}" (404 ${body?.status ?? "NOT_FOUND"}). Choose another in storyWriter.model or storyWriter.stageModels.`,
      { ...base, reason: body?.status ?? "NOT_FOUND" }
    );
  }
  if (status === 429) return classifyQuota(body, geminiMessage, context, base);
  if (status === 408) {
    return new import_errors.GeminiError("timeout", `Gemini timed out answering (${clause(geminiMessage)}). Retrying usually helps.`, base);
  }
  if (status === 500 || status === 502 || status === 503 || status === 504) {
    return new import_errors.GeminiError(
      "unavailable",
      `Gemini is unavailable (${status}: ${clause(geminiMessage)}). Try again in a few minutes.`,
      { ...base, retryAfterMs: advisedDelayMs(body, geminiMessage), reason: body?.status }
    );
  }
  if (status >= 500) {
    return new import_errors.GeminiError("unexpected", `Gemini failed with ${status}: ${clause(geminiMessage)}. Try again later.`, base);
  }
  return new import_errors.GeminiError(
    "bad-request",
    `Gemini rejected the request: ${clause(geminiMessage)}. Check the model settings (temperature, maxOutputTokens, thinkingBudget).`,
    { ...base, reason: reason ?? body?.status }
  );
}
function classifyQuota(body, geminiMessage, context, base) {
  const quotaIds = quotaIdsOf(body);
  const daily = quotaIds.find((id) => /PerDay/i.test(id));
  if (daily) {
    return new import_errors.GeminiError(
      "quota-daily",
      `The daily Gemini quota for ${context.model} is used up (${daily}); it resets at midnight Pacific time. Try again then, or choose another model in storyWriter.model.`,
      { ...base, reason: daily }
    );
  }
  const retryAfterMs = advisedDelayMs(body, geminiMessage);
  const when = retryAfterMs === void 0 ? "" : ` Gemini asked to wait ${formatSeconds(retryAfterMs)} s.`;
  return new import_errors.GeminiError(
    "rate-limited",
    `Gemini's per-minute rate limit for ${context.model} was exceeded.${when} Wait a minute, or lower storyWriter.rateLimit.requestsPerMinute.`,
    { ...base, retryAfterMs, reason: quotaIds[0] ?? body?.status }
  );
}
function isAuthFailure(status, reason, message) {
  if (status === 401 || status === 403) return true;
  if (status !== 400) return false;
  return reason !== void 0 && /API_KEY/.test(reason) || /API key (not valid|expired|invalid)/i.test(message);
}
function classifyTransportError(error, context) {
  const message = (0, import_errors.redact)(errorMessage(error), context.apiKey);
  const code = errorCode(error);
  if (isNetworkFailure(error, message, code)) {
    return new import_errors.GeminiError(
      "network",
      `The connection to Gemini failed (${code ?? message}). Check your connection or storyWriter.apiBaseUrl; retrying usually helps.`,
      { cause: error, reason: code }
    );
  }
  if (error instanceof SyntaxError || /Incomplete JSON segment|exception parsing stream chunk/i.test(message)) {
    return new import_errors.GeminiError("unavailable", `Gemini sent a malformed reply (${truncate(message, 160)}). Retrying usually helps.`, {
      cause: error,
      reason: "MALFORMED_REPLY"
    });
  }
  return new import_errors.GeminiError("unexpected", `Unexpected error talking to Gemini: ${truncate(message, 300)}`, { cause: error });
}
const NETWORK_CODES = /* @__PURE__ */ new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EPIPE",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "UND_ERR_CLOSED"
]);
function isNetworkFailure(error, message, code) {
  if (code !== void 0 && NETWORK_CODES.has(code)) return true;
  if (error instanceof TypeError && /fetch failed|terminated|network|socket/i.test(message)) return true;
  return /ECONNRESET|socket hang up|other side closed|stream ended early/i.test(message);
}
const BLOCKING_FINISH_REASONS = /* @__PURE__ */ new Set([
  "SAFETY",
  "RECITATION",
  "PROHIBITED_CONTENT",
  "BLOCKLIST",
  "SPII",
  "OTHER",
  "LANGUAGE",
  "IMAGE_SAFETY",
  "MALFORMED_FUNCTION_CALL"
]);
function judgeReply(reply, context) {
  if (reply.blockReason) {
    return blocked(reply, reply.blockReason, `Gemini (${context.model}) refused the prompt (${reply.blockReason}).`);
  }
  if (!reply.sawCandidates) {
    return blocked(reply, "NO_CANDIDATES", `Gemini (${context.model}) returned no reply at all (no candidates).`);
  }
  const finish = reply.finishReason;
  if (finish === "MAX_TOKENS") return { outcome: reply.text.length > 0 ? "truncated" : "max-tokens-empty" };
  if (finish && BLOCKING_FINISH_REASONS.has(finish)) {
    return blocked(reply, finish, `Gemini (${context.model}) stopped the reply (${finish}).`);
  }
  if (!finish) return { outcome: "cut" };
  return { outcome: "complete" };
}
function blocked(reply, reason, what) {
  const hint = reason === "RECITATION" ? "It matched existing text too closely; rephrase the brief or ask for more original wording." : "Rephrase the brief or soften the content it asks for, then try again.";
  return {
    outcome: "blocked",
    error: new import_errors.GeminiError("content-blocked", `${what} ${hint}`, {
      reason,
      partialText: reply.text || void 0
    })
  };
}
function maxTokensError(context, maxOutputTokens) {
  return new import_errors.GeminiError(
    "max-tokens",
    `Gemini (${context.model}) used all ${maxOutputTokens} output tokens before writing any text, even with thinking turned off. Raise storyWriter.maxOutputTokens or lower storyWriter.thinkingBudget.`,
    { reason: "MAX_TOKENS" }
  );
}
function streamCutError(partialText) {
  return new import_errors.GeminiError("network", "The reply stream from Gemini ended early. Retrying usually helps.", {
    partialText: partialText || void 0,
    reason: "STREAM_CUT"
  });
}
function parseErrorBody(message, depth = 0) {
  const start = message.indexOf("{");
  const end = message.lastIndexOf("}");
  if (start < 0 || end <= start) return void 0;
  try {
    const parsed = JSON.parse(message.slice(start, end + 1));
    const inner = isRecord(parsed) && isRecord(parsed.error) ? parsed.error : void 0;
    if (!inner) return void 0;
    if (depth < 2 && typeof inner.message === "string" && inner.message.trimStart().startsWith("{")) {
      const nested = parseErrorBody(inner.message, depth + 1);
      if (nested) return nested;
    }
    return {
      code: typeof inner.code === "number" ? inner.code : void 0,
      message: typeof inner.message === "string" ? inner.message : void 0,
      status: typeof inner.status === "string" ? inner.status : void 0,
      details: Array.isArray(inner.details) ? inner.details.filter(isRecord) : void 0
    };
  } catch {
    return void 0;
  }
}
function detailsOfType(body, type) {
  return (body?.details ?? []).filter((d) => typeof d["@type"] === "string" && d["@type"].endsWith(type));
}
function errorInfoReason(body) {
  const reason = detailsOfType(body, "google.rpc.ErrorInfo")[0]?.reason;
  return typeof reason === "string" ? reason : void 0;
}
function quotaIdsOf(body) {
  const ids = [];
  for (const failure of detailsOfType(body, "google.rpc.QuotaFailure")) {
    const violations = Array.isArray(failure.violations) ? failure.violations : [];
    for (const v of violations) if (isRecord(v) && typeof v.quotaId === "string") ids.push(v.quotaId);
  }
  return ids;
}
function advisedDelayMs(body, message) {
  const retryInfo = detailsOfType(body, "google.rpc.RetryInfo")[0];
  const fromInfo = retryInfo ? parseDuration(retryInfo.retryDelay) : void 0;
  return fromInfo ?? parseRetryIn(message);
}
function parseDuration(value) {
  if (typeof value === "string") {
    const match = /^\s*(\d+(?:\.\d+)?)s\s*$/.exec(value);
    return match ? Math.round(Number(match[1]) * 1e3) : void 0;
  }
  if (isRecord(value)) {
    const seconds = Number(value.seconds ?? 0);
    const nanos = Number(value.nanos ?? 0);
    if (Number.isFinite(seconds) && Number.isFinite(nanos)) return Math.round(seconds * 1e3 + nanos / 1e6);
  }
  return void 0;
}
function parseRetryIn(message) {
  const match = /retry in\s+(\d+(?:\.\d+)?)\s*(ms|s|seconds?)\b/i.exec(message);
  if (!match) return void 0;
  const amount = Number(match[1]);
  return Math.round(match[2].toLowerCase() === "ms" ? amount : amount * 1e3);
}
function apiErrorStatus(error) {
  if (!isRecord(error)) return void 0;
  const status = error.status;
  return error.name === "ApiError" && typeof status === "number" ? status : void 0;
}
function errorMessage(error) {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : "";
    return `${error.message}${cause}`;
  }
  return String(error);
}
function errorCode(error) {
  let current = error;
  for (let depth = 0; depth < 4 && isRecord(current); depth++) {
    if (typeof current.code === "string") return current.code;
    current = current.cause;
  }
  return void 0;
}
function isRecord(value) {
  return typeof value === "object" && value !== null;
}
function clause(text) {
  return truncate(text.trim().replace(/[.\s]+$/, ""), 300);
}
function truncate(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}
function formatSeconds(ms) {
  const s = ms / 1e3;
  return s >= 10 ? String(Math.round(s)) : String(Math.round(s * 10) / 10);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  advisedDelayMs,
  cancelledError,
  classifyError,
  formatSeconds,
  judgeReply,
  maxTokensError,
  missingKeyError,
  parseDuration,
  parseErrorBody,
  parseRetryIn,
  quotaIdsOf,
  streamCutError,
  timeoutError
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2dlbWluaS9lcnJvckNsYXNzaWZpZXIudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCB7IEdlbWluaUVycm9yLCByZWRhY3QgfSBmcm9tICcuL2Vycm9ycyc7XG5cbi8qKlxuICogVHVybnMgd2hhdGV2ZXIgdGhlIFNESyB0aHJldywgb3IgYSAyMDAgcmVwbHkgdGhhdCBjYXJyaWVzIG5vIHVzYWJsZSB0ZXh0LCBpbnRvIGEgR2VtaW5pRXJyb3JcbiAqIHdob3NlIG1lc3NhZ2Ugc2F5cyB3aGF0IGhhcHBlbmVkIGFuZCB3aGF0IHRvIGRvLiBHZW1pbmkncyBlcnJvciBib2RpZXMgYXJlIHRoZSBzb3VyY2Ugb2YgdHJ1dGg6XG4gKiB0aGUgU0RLJ3MgYEFwaUVycm9yYCBjYXJyaWVzIHRoZSBIVFRQIHN0YXR1cyBhbmQgdGhlIEpTT04gYm9keSBhcyBpdHMgbWVzc2FnZSBzdHJpbmcuXG4gKi9cblxuZXhwb3J0IGludGVyZmFjZSBDbGFzc2lmeUNvbnRleHQge1xuICByZWFkb25seSBtb2RlbDogc3RyaW5nO1xuICAvKiogUmVkYWN0ZWQgZnJvbSBldmVyeSBtZXNzYWdlIGJ1aWx0IGZyb20gb3V0c2lkZSB0ZXh0LiAqL1xuICByZWFkb25seSBhcGlLZXk/OiBzdHJpbmc7XG4gIC8qKiBGb3IgdGhlIHRpbWVvdXQgbWVzc2FnZS4gKi9cbiAgcmVhZG9ubHkgdGltZW91dE1zPzogbnVtYmVyO1xufVxuXG4vKiogVGhlIGBlcnJvcmAgb2JqZWN0IG9mIGEgR2VtaW5pIGVycm9yIGJvZHkuICovXG5leHBvcnQgaW50ZXJmYWNlIEdlbWluaUVycm9yQm9keSB7XG4gIHJlYWRvbmx5IGNvZGU/OiBudW1iZXI7XG4gIHJlYWRvbmx5IG1lc3NhZ2U/OiBzdHJpbmc7XG4gIHJlYWRvbmx5IHN0YXR1cz86IHN0cmluZztcbiAgcmVhZG9ubHkgZGV0YWlscz86IFJlYWRvbmx5QXJyYXk8UmVhZG9ubHk8UmVjb3JkPHN0cmluZywgdW5rbm93bj4+Pjtcbn1cblxuY29uc3QgU0VUX0tFWV9ISU5UID0gJ1NldCBhIHZhbGlkIGtleSB3aXRoIFwiU3Rvcnk6IFNldCBBUEkgS2V5XCIgKG9yIHRoZSBHRU1JTklfQVBJX0tFWSBlbnZpcm9ubWVudCB2YXJpYWJsZSBmb3IgdGhlIGNvbW1hbmQgbGluZSkuJztcblxuZXhwb3J0IGZ1bmN0aW9uIG1pc3NpbmdLZXlFcnJvcigpOiBHZW1pbmlFcnJvciB7XG4gIHJldHVybiBuZXcgR2VtaW5pRXJyb3IoJ2F1dGgnLCBgTm8gR2VtaW5pIEFQSSBrZXkgaXMgc2V0LiAke1NFVF9LRVlfSElOVC5yZXBsYWNlKCdTZXQgYSB2YWxpZCBrZXknLCAnU2V0IG9uZScpfWAsIHtcbiAgICByZWFzb246ICdOT19BUElfS0VZJyxcbiAgfSk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBjYW5jZWxsZWRFcnJvcihwYXJ0aWFsVGV4dD86IHN0cmluZyk6IEdlbWluaUVycm9yIHtcbiAgcmV0dXJuIG5ldyBHZW1pbmlFcnJvcignY2FuY2VsbGVkJywgJ1RoZSByZXF1ZXN0IHRvIEdlbWluaSB3YXMgY2FuY2VsbGVkLicsIHsgcGFydGlhbFRleHQgfSk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiB0aW1lb3V0RXJyb3IoY29udGV4dDogQ2xhc3NpZnlDb250ZXh0LCBwYXJ0aWFsVGV4dD86IHN0cmluZyk6IEdlbWluaUVycm9yIHtcbiAgY29uc3Qgc2Vjb25kcyA9IGNvbnRleHQudGltZW91dE1zID09PSB1bmRlZmluZWQgPyAndGhlIGFsbG93ZWQgdGltZScgOiBgJHtmb3JtYXRTZWNvbmRzKGNvbnRleHQudGltZW91dE1zKX0gc2A7XG4gIHJldHVybiBuZXcgR2VtaW5pRXJyb3IoXG4gICAgJ3RpbWVvdXQnLFxuICAgIGBHZW1pbmkgKCR7Y29udGV4dC5tb2RlbH0pIHNlbnQgbm90aGluZyBmb3IgJHtzZWNvbmRzfS4gVHJ5IGFnYWluLCBvciByYWlzZSBzdG9yeVdyaXRlci5yZXF1ZXN0VGltZW91dFNlY29uZHMuYCxcbiAgICB7IHBhcnRpYWxUZXh0IH0sXG4gICk7XG59XG5cbi8qKiBDbGFzc2lmaWVzIGFueXRoaW5nIHRocm93biB3aGlsZSBjYWxsaW5nIEdlbWluaS4gQ2FuY2VsbGF0aW9uIGFuZCB0aW1lb3V0cyBhcmUgZGVjaWRlZCBieSB0aGUgY2FsbGVyLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNsYXNzaWZ5RXJyb3IoZXJyb3I6IHVua25vd24sIGNvbnRleHQ6IENsYXNzaWZ5Q29udGV4dCk6IEdlbWluaUVycm9yIHtcbiAgaWYgKGVycm9yIGluc3RhbmNlb2YgR2VtaW5pRXJyb3IpIHJldHVybiBlcnJvcjtcbiAgY29uc3Qgc3RhdHVzID0gYXBpRXJyb3JTdGF0dXMoZXJyb3IpO1xuICBpZiAoc3RhdHVzICE9PSB1bmRlZmluZWQpIHJldHVybiBjbGFzc2lmeUFwaUVycm9yKHN0YXR1cywgZXJyb3JNZXNzYWdlKGVycm9yKSwgY29udGV4dCwgZXJyb3IpO1xuICByZXR1cm4gY2xhc3NpZnlUcmFuc3BvcnRFcnJvcihlcnJvciwgY29udGV4dCk7XG59XG5cbmZ1bmN0aW9uIGNsYXNzaWZ5QXBpRXJyb3Ioc3RhdHVzOiBudW1iZXIsIHJhd01lc3NhZ2U6IHN0cmluZywgY29udGV4dDogQ2xhc3NpZnlDb250ZXh0LCBjYXVzZTogdW5rbm93bik6IEdlbWluaUVycm9yIHtcbiAgY29uc3QgYm9keSA9IHBhcnNlRXJyb3JCb2R5KHJhd01lc3NhZ2UpO1xuICBjb25zdCBnZW1pbmlNZXNzYWdlID0gcmVkYWN0KGJvZHk/Lm1lc3NhZ2U/LnRyaW0oKSB8fCByYXdNZXNzYWdlLnRyaW0oKSB8fCBgSFRUUCAke3N0YXR1c31gLCBjb250ZXh0LmFwaUtleSk7XG4gIGNvbnN0IHJlYXNvbiA9IGVycm9ySW5mb1JlYXNvbihib2R5KTtcbiAgY29uc3QgYmFzZSA9IHsgc3RhdHVzLCBjYXVzZSwgcmVhc29uIH07XG5cbiAgaWYgKGlzQXV0aEZhaWx1cmUoc3RhdHVzLCByZWFzb24sIGdlbWluaU1lc3NhZ2UpKSB7XG4gICAgY29uc3Qgd2h5ID0gcmVhc29uID8/IGJvZHk/LnN0YXR1cyA/PyBgSFRUUCAke3N0YXR1c31gO1xuICAgIHJldHVybiBuZXcgR2VtaW5pRXJyb3IoJ2F1dGgnLCBgR2VtaW5pIHJlamVjdGVkIHRoZSBBUEkga2V5ICgke3doeX0pLiAke1NFVF9LRVlfSElOVH1gLCB7IC4uLmJhc2UsIHJlYXNvbjogd2h5IH0pO1xuICB9XG4gIGlmIChzdGF0dXMgPT09IDQwNCkge1xuICAgIHJldHVybiBuZXcgR2VtaW5pRXJyb3IoXG4gICAgICAnbW9kZWwtbm90LWZvdW5kJyxcbiAgICAgIGBHZW1pbmkgZG9lcyBub3Qgb2ZmZXIgdGhlIG1vZGVsIFwiJHtjb250ZXh0Lm1vZGVsfVwiICg0MDQgJHtib2R5Py5zdGF0dXMgPz8gJ05PVF9GT1VORCd9KS4gQ2hvb3NlIGFub3RoZXIgaW4gc3RvcnlXcml0ZXIubW9kZWwgb3Igc3RvcnlXcml0ZXIuc3RhZ2VNb2RlbHMuYCxcbiAgICAgIHsgLi4uYmFzZSwgcmVhc29uOiBib2R5Py5zdGF0dXMgPz8gJ05PVF9GT1VORCcgfSxcbiAgICApO1xuICB9XG4gIGlmIChzdGF0dXMgPT09IDQyOSkgcmV0dXJuIGNsYXNzaWZ5UXVvdGEoYm9keSwgZ2VtaW5pTWVzc2FnZSwgY29udGV4dCwgYmFzZSk7XG4gIGlmIChzdGF0dXMgPT09IDQwOCkge1xuICAgIHJldHVybiBuZXcgR2VtaW5pRXJyb3IoJ3RpbWVvdXQnLCBgR2VtaW5pIHRpbWVkIG91dCBhbnN3ZXJpbmcgKCR7Y2xhdXNlKGdlbWluaU1lc3NhZ2UpfSkuIFJldHJ5aW5nIHVzdWFsbHkgaGVscHMuYCwgYmFzZSk7XG4gIH1cbiAgaWYgKHN0YXR1cyA9PT0gNTAwIHx8IHN0YXR1cyA9PT0gNTAyIHx8IHN0YXR1cyA9PT0gNTAzIHx8IHN0YXR1cyA9PT0gNTA0KSB7XG4gICAgcmV0dXJuIG5ldyBHZW1pbmlFcnJvcihcbiAgICAgICd1bmF2YWlsYWJsZScsXG4gICAgICBgR2VtaW5pIGlzIHVuYXZhaWxhYmxlICgke3N0YXR1c306ICR7Y2xhdXNlKGdlbWluaU1lc3NhZ2UpfSkuIFRyeSBhZ2FpbiBpbiBhIGZldyBtaW51dGVzLmAsXG4gICAgICB7IC4uLmJhc2UsIHJldHJ5QWZ0ZXJNczogYWR2aXNlZERlbGF5TXMoYm9keSwgZ2VtaW5pTWVzc2FnZSksIHJlYXNvbjogYm9keT8uc3RhdHVzIH0sXG4gICAgKTtcbiAgfVxuICBpZiAoc3RhdHVzID49IDUwMCkge1xuICAgIHJldHVybiBuZXcgR2VtaW5pRXJyb3IoJ3VuZXhwZWN0ZWQnLCBgR2VtaW5pIGZhaWxlZCB3aXRoICR7c3RhdHVzfTogJHtjbGF1c2UoZ2VtaW5pTWVzc2FnZSl9LiBUcnkgYWdhaW4gbGF0ZXIuYCwgYmFzZSk7XG4gIH1cbiAgcmV0dXJuIG5ldyBHZW1pbmlFcnJvcihcbiAgICAnYmFkLXJlcXVlc3QnLFxuICAgIGBHZW1pbmkgcmVqZWN0ZWQgdGhlIHJlcXVlc3Q6ICR7Y2xhdXNlKGdlbWluaU1lc3NhZ2UpfS4gQ2hlY2sgdGhlIG1vZGVsIHNldHRpbmdzICh0ZW1wZXJhdHVyZSwgbWF4T3V0cHV0VG9rZW5zLCB0aGlua2luZ0J1ZGdldCkuYCxcbiAgICB7IC4uLmJhc2UsIHJlYXNvbjogcmVhc29uID8/IGJvZHk/LnN0YXR1cyB9LFxuICApO1xufVxuXG5mdW5jdGlvbiBjbGFzc2lmeVF1b3RhKFxuICBib2R5OiBHZW1pbmlFcnJvckJvZHkgfCB1bmRlZmluZWQsXG4gIGdlbWluaU1lc3NhZ2U6IHN0cmluZyxcbiAgY29udGV4dDogQ2xhc3NpZnlDb250ZXh0LFxuICBiYXNlOiB7IHN0YXR1czogbnVtYmVyOyBjYXVzZTogdW5rbm93bjsgcmVhc29uPzogc3RyaW5nIH0sXG4pOiBHZW1pbmlFcnJvciB7XG4gIGNvbnN0IHF1b3RhSWRzID0gcXVvdGFJZHNPZihib2R5KTtcbiAgY29uc3QgZGFpbHkgPSBxdW90YUlkcy5maW5kKChpZCkgPT4gL1BlckRheS9pLnRlc3QoaWQpKTtcbiAgaWYgKGRhaWx5KSB7XG4gICAgcmV0dXJuIG5ldyBHZW1pbmlFcnJvcihcbiAgICAgICdxdW90YS1kYWlseScsXG4gICAgICBgVGhlIGRhaWx5IEdlbWluaSBxdW90YSBmb3IgJHtjb250ZXh0Lm1vZGVsfSBpcyB1c2VkIHVwICgke2RhaWx5fSk7IGl0IHJlc2V0cyBhdCBtaWRuaWdodCBQYWNpZmljIHRpbWUuIFRyeSBhZ2FpbiB0aGVuLCBvciBjaG9vc2UgYW5vdGhlciBtb2RlbCBpbiBzdG9yeVdyaXRlci5tb2RlbC5gLFxuICAgICAgeyAuLi5iYXNlLCByZWFzb246IGRhaWx5IH0sXG4gICAgKTtcbiAgfVxuICBjb25zdCByZXRyeUFmdGVyTXMgPSBhZHZpc2VkRGVsYXlNcyhib2R5LCBnZW1pbmlNZXNzYWdlKTtcbiAgY29uc3Qgd2hlbiA9IHJldHJ5QWZ0ZXJNcyA9PT0gdW5kZWZpbmVkID8gJycgOiBgIEdlbWluaSBhc2tlZCB0byB3YWl0ICR7Zm9ybWF0U2Vjb25kcyhyZXRyeUFmdGVyTXMpfSBzLmA7XG4gIHJldHVybiBuZXcgR2VtaW5pRXJyb3IoXG4gICAgJ3JhdGUtbGltaXRlZCcsXG4gICAgYEdlbWluaSdzIHBlci1taW51dGUgcmF0ZSBsaW1pdCBmb3IgJHtjb250ZXh0Lm1vZGVsfSB3YXMgZXhjZWVkZWQuJHt3aGVufSBXYWl0IGEgbWludXRlLCBvciBsb3dlciBzdG9yeVdyaXRlci5yYXRlTGltaXQucmVxdWVzdHNQZXJNaW51dGUuYCxcbiAgICB7IC4uLmJhc2UsIHJldHJ5QWZ0ZXJNcywgcmVhc29uOiBxdW90YUlkc1swXSA/PyBib2R5Py5zdGF0dXMgfSxcbiAgKTtcbn1cblxuZnVuY3Rpb24gaXNBdXRoRmFpbHVyZShzdGF0dXM6IG51bWJlciwgcmVhc29uOiBzdHJpbmcgfCB1bmRlZmluZWQsIG1lc3NhZ2U6IHN0cmluZyk6IGJvb2xlYW4ge1xuICBpZiAoc3RhdHVzID09PSA0MDEgfHwgc3RhdHVzID09PSA0MDMpIHJldHVybiB0cnVlO1xuICBpZiAoc3RhdHVzICE9PSA0MDApIHJldHVybiBmYWxzZTtcbiAgcmV0dXJuIChyZWFzb24gIT09IHVuZGVmaW5lZCAmJiAvQVBJX0tFWS8udGVzdChyZWFzb24pKSB8fCAvQVBJIGtleSAobm90IHZhbGlkfGV4cGlyZWR8aW52YWxpZCkvaS50ZXN0KG1lc3NhZ2UpO1xufVxuXG4vKiogTmV0d29yayBmYWlsdXJlcywgY3V0IGFuZCBnYXJibGVkIHN0cmVhbXMsIGFuZCBhbnl0aGluZyBlbHNlIHRoYXQgaGFzIG5vIEhUVFAgc3RhdHVzLiAqL1xuZnVuY3Rpb24gY2xhc3NpZnlUcmFuc3BvcnRFcnJvcihlcnJvcjogdW5rbm93biwgY29udGV4dDogQ2xhc3NpZnlDb250ZXh0KTogR2VtaW5pRXJyb3Ige1xuICBjb25zdCBtZXNzYWdlID0gcmVkYWN0KGVycm9yTWVzc2FnZShlcnJvciksIGNvbnRleHQuYXBpS2V5KTtcbiAgY29uc3QgY29kZSA9IGVycm9yQ29kZShlcnJvcik7XG4gIGlmIChpc05ldHdvcmtGYWlsdXJlKGVycm9yLCBtZXNzYWdlLCBjb2RlKSkge1xuICAgIHJldHVybiBuZXcgR2VtaW5pRXJyb3IoXG4gICAgICAnbmV0d29yaycsXG4gICAgICBgVGhlIGNvbm5lY3Rpb24gdG8gR2VtaW5pIGZhaWxlZCAoJHtjb2RlID8/IG1lc3NhZ2V9KS4gQ2hlY2sgeW91ciBjb25uZWN0aW9uIG9yIHN0b3J5V3JpdGVyLmFwaUJhc2VVcmw7IHJldHJ5aW5nIHVzdWFsbHkgaGVscHMuYCxcbiAgICAgIHsgY2F1c2U6IGVycm9yLCByZWFzb246IGNvZGUgfSxcbiAgICApO1xuICB9XG4gIGlmIChlcnJvciBpbnN0YW5jZW9mIFN5bnRheEVycm9yIHx8IC9JbmNvbXBsZXRlIEpTT04gc2VnbWVudHxleGNlcHRpb24gcGFyc2luZyBzdHJlYW0gY2h1bmsvaS50ZXN0KG1lc3NhZ2UpKSB7XG4gICAgcmV0dXJuIG5ldyBHZW1pbmlFcnJvcigndW5hdmFpbGFibGUnLCBgR2VtaW5pIHNlbnQgYSBtYWxmb3JtZWQgcmVwbHkgKCR7dHJ1bmNhdGUobWVzc2FnZSwgMTYwKX0pLiBSZXRyeWluZyB1c3VhbGx5IGhlbHBzLmAsIHtcbiAgICAgIGNhdXNlOiBlcnJvcixcbiAgICAgIHJlYXNvbjogJ01BTEZPUk1FRF9SRVBMWScsXG4gICAgfSk7XG4gIH1cbiAgcmV0dXJuIG5ldyBHZW1pbmlFcnJvcigndW5leHBlY3RlZCcsIGBVbmV4cGVjdGVkIGVycm9yIHRhbGtpbmcgdG8gR2VtaW5pOiAke3RydW5jYXRlKG1lc3NhZ2UsIDMwMCl9YCwgeyBjYXVzZTogZXJyb3IgfSk7XG59XG5cbmNvbnN0IE5FVFdPUktfQ09ERVMgPSBuZXcgU2V0KFtcbiAgJ0VDT05OUkVTRVQnLFxuICAnRUNPTk5SRUZVU0VEJyxcbiAgJ0VDT05OQUJPUlRFRCcsXG4gICdFTk9URk9VTkQnLFxuICAnRUFJX0FHQUlOJyxcbiAgJ0VUSU1FRE9VVCcsXG4gICdFUElQRScsXG4gICdFTkVUVU5SRUFDSCcsXG4gICdFSE9TVFVOUkVBQ0gnLFxuICAnVU5EX0VSUl9TT0NLRVQnLFxuICAnVU5EX0VSUl9DT05ORUNUX1RJTUVPVVQnLFxuICAnVU5EX0VSUl9IRUFERVJTX1RJTUVPVVQnLFxuICAnVU5EX0VSUl9CT0RZX1RJTUVPVVQnLFxuICAnVU5EX0VSUl9DTE9TRUQnLFxuXSk7XG5cbmZ1bmN0aW9uIGlzTmV0d29ya0ZhaWx1cmUoZXJyb3I6IHVua25vd24sIG1lc3NhZ2U6IHN0cmluZywgY29kZTogc3RyaW5nIHwgdW5kZWZpbmVkKTogYm9vbGVhbiB7XG4gIGlmIChjb2RlICE9PSB1bmRlZmluZWQgJiYgTkVUV09SS19DT0RFUy5oYXMoY29kZSkpIHJldHVybiB0cnVlO1xuICAvLyB1bmRpY2k6IGBUeXBlRXJyb3I6IGZldGNoIGZhaWxlZGAgYmVmb3JlIGEgcmVzcG9uc2UsIGBUeXBlRXJyb3I6IHRlcm1pbmF0ZWRgIHdoZW4gYSBib2R5IGlzIGN1dC5cbiAgaWYgKGVycm9yIGluc3RhbmNlb2YgVHlwZUVycm9yICYmIC9mZXRjaCBmYWlsZWR8dGVybWluYXRlZHxuZXR3b3JrfHNvY2tldC9pLnRlc3QobWVzc2FnZSkpIHJldHVybiB0cnVlO1xuICByZXR1cm4gL0VDT05OUkVTRVR8c29ja2V0IGhhbmcgdXB8b3RoZXIgc2lkZSBjbG9zZWR8c3RyZWFtIGVuZGVkIGVhcmx5L2kudGVzdChtZXNzYWdlKTtcbn1cblxuLyoqIFdoeSBhIGZpbmlzaGVkIHJlcGx5IGNhcnJpZXMgbm8gdXNhYmxlIHRleHQsIGlmIGl0IGRvZXMgbm90LiAqL1xuZXhwb3J0IGludGVyZmFjZSBBc3NlbWJsZWRSZXBseSB7XG4gIHJlYWRvbmx5IHRleHQ6IHN0cmluZztcbiAgcmVhZG9ubHkgZmluaXNoUmVhc29uPzogc3RyaW5nO1xuICByZWFkb25seSBibG9ja1JlYXNvbj86IHN0cmluZztcbiAgcmVhZG9ubHkgc2F3Q2FuZGlkYXRlczogYm9vbGVhbjtcbn1cblxuZXhwb3J0IHR5cGUgUmVwbHlWZXJkaWN0ID1cbiAgfCB7IHJlYWRvbmx5IG91dGNvbWU6ICdjb21wbGV0ZScgfVxuICB8IHsgcmVhZG9ubHkgb3V0Y29tZTogJ3RydW5jYXRlZCcgfVxuICB8IHsgcmVhZG9ubHkgb3V0Y29tZTogJ21heC10b2tlbnMtZW1wdHknIH1cbiAgfCB7IHJlYWRvbmx5IG91dGNvbWU6ICdjdXQnIH1cbiAgfCB7IHJlYWRvbmx5IG91dGNvbWU6ICdibG9ja2VkJzsgcmVhZG9ubHkgZXJyb3I6IEdlbWluaUVycm9yIH07XG5cbmNvbnN0IEJMT0NLSU5HX0ZJTklTSF9SRUFTT05TID0gbmV3IFNldChbXG4gICdTQUZFVFknLFxuICAnUkVDSVRBVElPTicsXG4gICdQUk9ISUJJVEVEX0NPTlRFTlQnLFxuICAnQkxPQ0tMSVNUJyxcbiAgJ1NQSUknLFxuICAnT1RIRVInLFxuICAnTEFOR1VBR0UnLFxuICAnSU1BR0VfU0FGRVRZJyxcbiAgJ01BTEZPUk1FRF9GVU5DVElPTl9DQUxMJyxcbl0pO1xuXG4vKiogSnVkZ2VzIGEgcmVwbHkgd2hvc2Ugc3RyZWFtIGVuZGVkIHdpdGhvdXQgYW4gZXJyb3IuICovXG5leHBvcnQgZnVuY3Rpb24ganVkZ2VSZXBseShyZXBseTogQXNzZW1ibGVkUmVwbHksIGNvbnRleHQ6IENsYXNzaWZ5Q29udGV4dCk6IFJlcGx5VmVyZGljdCB7XG4gIGlmIChyZXBseS5ibG9ja1JlYXNvbikge1xuICAgIHJldHVybiBibG9ja2VkKHJlcGx5LCByZXBseS5ibG9ja1JlYXNvbiwgYEdlbWluaSAoJHtjb250ZXh0Lm1vZGVsfSkgcmVmdXNlZCB0aGUgcHJvbXB0ICgke3JlcGx5LmJsb2NrUmVhc29ufSkuYCk7XG4gIH1cbiAgaWYgKCFyZXBseS5zYXdDYW5kaWRhdGVzKSB7XG4gICAgcmV0dXJuIGJsb2NrZWQocmVwbHksICdOT19DQU5ESURBVEVTJywgYEdlbWluaSAoJHtjb250ZXh0Lm1vZGVsfSkgcmV0dXJuZWQgbm8gcmVwbHkgYXQgYWxsIChubyBjYW5kaWRhdGVzKS5gKTtcbiAgfVxuICBjb25zdCBmaW5pc2ggPSByZXBseS5maW5pc2hSZWFzb247XG4gIGlmIChmaW5pc2ggPT09ICdNQVhfVE9LRU5TJykgcmV0dXJuIHsgb3V0Y29tZTogcmVwbHkudGV4dC5sZW5ndGggPiAwID8gJ3RydW5jYXRlZCcgOiAnbWF4LXRva2Vucy1lbXB0eScgfTtcbiAgaWYgKGZpbmlzaCAmJiBCTE9DS0lOR19GSU5JU0hfUkVBU09OUy5oYXMoZmluaXNoKSkge1xuICAgIHJldHVybiBibG9ja2VkKHJlcGx5LCBmaW5pc2gsIGBHZW1pbmkgKCR7Y29udGV4dC5tb2RlbH0pIHN0b3BwZWQgdGhlIHJlcGx5ICgke2ZpbmlzaH0pLmApO1xuICB9XG4gIC8vIEEgc3RyZWFtIHRoYXQgZW5kcyB3aXRob3V0IHNheWluZyB3aHkgd2FzIGN1dCBzb21ld2hlcmUgYmV0d2VlbiBHZW1pbmkgYW5kIHVzLlxuICBpZiAoIWZpbmlzaCkgcmV0dXJuIHsgb3V0Y29tZTogJ2N1dCcgfTtcbiAgcmV0dXJuIHsgb3V0Y29tZTogJ2NvbXBsZXRlJyB9O1xufVxuXG5mdW5jdGlvbiBibG9ja2VkKHJlcGx5OiBBc3NlbWJsZWRSZXBseSwgcmVhc29uOiBzdHJpbmcsIHdoYXQ6IHN0cmluZyk6IFJlcGx5VmVyZGljdCB7XG4gIGNvbnN0IGhpbnQgPVxuICAgIHJlYXNvbiA9PT0gJ1JFQ0lUQVRJT04nXG4gICAgICA/ICdJdCBtYXRjaGVkIGV4aXN0aW5nIHRleHQgdG9vIGNsb3NlbHk7IHJlcGhyYXNlIHRoZSBicmllZiBvciBhc2sgZm9yIG1vcmUgb3JpZ2luYWwgd29yZGluZy4nXG4gICAgICA6ICdSZXBocmFzZSB0aGUgYnJpZWYgb3Igc29mdGVuIHRoZSBjb250ZW50IGl0IGFza3MgZm9yLCB0aGVuIHRyeSBhZ2Fpbi4nO1xuICByZXR1cm4ge1xuICAgIG91dGNvbWU6ICdibG9ja2VkJyxcbiAgICBlcnJvcjogbmV3IEdlbWluaUVycm9yKCdjb250ZW50LWJsb2NrZWQnLCBgJHt3aGF0fSAke2hpbnR9YCwge1xuICAgICAgcmVhc29uLFxuICAgICAgcGFydGlhbFRleHQ6IHJlcGx5LnRleHQgfHwgdW5kZWZpbmVkLFxuICAgIH0pLFxuICB9O1xufVxuXG5leHBvcnQgZnVuY3Rpb24gbWF4VG9rZW5zRXJyb3IoY29udGV4dDogQ2xhc3NpZnlDb250ZXh0LCBtYXhPdXRwdXRUb2tlbnM6IG51bWJlcik6IEdlbWluaUVycm9yIHtcbiAgcmV0dXJuIG5ldyBHZW1pbmlFcnJvcihcbiAgICAnbWF4LXRva2VucycsXG4gICAgYEdlbWluaSAoJHtjb250ZXh0Lm1vZGVsfSkgdXNlZCBhbGwgJHttYXhPdXRwdXRUb2tlbnN9IG91dHB1dCB0b2tlbnMgYmVmb3JlIHdyaXRpbmcgYW55IHRleHQsIGV2ZW4gd2l0aCB0aGlua2luZyB0dXJuZWQgb2ZmLiBSYWlzZSBzdG9yeVdyaXRlci5tYXhPdXRwdXRUb2tlbnMgb3IgbG93ZXIgc3RvcnlXcml0ZXIudGhpbmtpbmdCdWRnZXQuYCxcbiAgICB7IHJlYXNvbjogJ01BWF9UT0tFTlMnIH0sXG4gICk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBzdHJlYW1DdXRFcnJvcihwYXJ0aWFsVGV4dDogc3RyaW5nKTogR2VtaW5pRXJyb3Ige1xuICByZXR1cm4gbmV3IEdlbWluaUVycm9yKCduZXR3b3JrJywgJ1RoZSByZXBseSBzdHJlYW0gZnJvbSBHZW1pbmkgZW5kZWQgZWFybHkuIFJldHJ5aW5nIHVzdWFsbHkgaGVscHMuJywge1xuICAgIHBhcnRpYWxUZXh0OiBwYXJ0aWFsVGV4dCB8fCB1bmRlZmluZWQsXG4gICAgcmVhc29uOiAnU1RSRUFNX0NVVCcsXG4gIH0pO1xufVxuXG4vLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cbi8vIFJlYWRpbmcgR2VtaW5pJ3MgZXJyb3IgYm9keVxuXG4vKiogUGFyc2VzIHRoZSBKU09OIGVycm9yIGJvZHkgb3V0IG9mIGFuIEFwaUVycm9yIG1lc3NhZ2UgKGB7XHUyMDI2fWAgb3IgYGdvdCBzdGF0dXM6IFguIHtcdTIwMjZ9YCkuICovXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VFcnJvckJvZHkobWVzc2FnZTogc3RyaW5nLCBkZXB0aCA9IDApOiBHZW1pbmlFcnJvckJvZHkgfCB1bmRlZmluZWQge1xuICBjb25zdCBzdGFydCA9IG1lc3NhZ2UuaW5kZXhPZigneycpO1xuICBjb25zdCBlbmQgPSBtZXNzYWdlLmxhc3RJbmRleE9mKCd9Jyk7XG4gIGlmIChzdGFydCA8IDAgfHwgZW5kIDw9IHN0YXJ0KSByZXR1cm4gdW5kZWZpbmVkO1xuICB0cnkge1xuICAgIGNvbnN0IHBhcnNlZDogdW5rbm93biA9IEpTT04ucGFyc2UobWVzc2FnZS5zbGljZShzdGFydCwgZW5kICsgMSkpO1xuICAgIGNvbnN0IGlubmVyID0gaXNSZWNvcmQocGFyc2VkKSAmJiBpc1JlY29yZChwYXJzZWQuZXJyb3IpID8gcGFyc2VkLmVycm9yIDogdW5kZWZpbmVkO1xuICAgIGlmICghaW5uZXIpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgLy8gR2VtaW5pIGxhYmVscyBlcnJvciByZXBsaWVzIHRvIHN0cmVhbSByZXF1ZXN0cyBgdGV4dC9ldmVudC1zdHJlYW1gLCBzbyB0aGUgU0RLIGRvZXMgbm90XG4gICAgLy8gcGFyc2UgdGhlbTogdGhlIHJlYWwgYm9keSB0aGVuIGFycml2ZXMgYXMgYSBKU09OIHN0cmluZyBpbnNpZGUgYGVycm9yLm1lc3NhZ2VgLlxuICAgIGlmIChkZXB0aCA8IDIgJiYgdHlwZW9mIGlubmVyLm1lc3NhZ2UgPT09ICdzdHJpbmcnICYmIGlubmVyLm1lc3NhZ2UudHJpbVN0YXJ0KCkuc3RhcnRzV2l0aCgneycpKSB7XG4gICAgICBjb25zdCBuZXN0ZWQgPSBwYXJzZUVycm9yQm9keShpbm5lci5tZXNzYWdlLCBkZXB0aCArIDEpO1xuICAgICAgaWYgKG5lc3RlZCkgcmV0dXJuIG5lc3RlZDtcbiAgICB9XG4gICAgcmV0dXJuIHtcbiAgICAgIGNvZGU6IHR5cGVvZiBpbm5lci5jb2RlID09PSAnbnVtYmVyJyA/IGlubmVyLmNvZGUgOiB1bmRlZmluZWQsXG4gICAgICBtZXNzYWdlOiB0eXBlb2YgaW5uZXIubWVzc2FnZSA9PT0gJ3N0cmluZycgPyBpbm5lci5tZXNzYWdlIDogdW5kZWZpbmVkLFxuICAgICAgc3RhdHVzOiB0eXBlb2YgaW5uZXIuc3RhdHVzID09PSAnc3RyaW5nJyA/IGlubmVyLnN0YXR1cyA6IHVuZGVmaW5lZCxcbiAgICAgIGRldGFpbHM6IEFycmF5LmlzQXJyYXkoaW5uZXIuZGV0YWlscykgPyBpbm5lci5kZXRhaWxzLmZpbHRlcihpc1JlY29yZCkgOiB1bmRlZmluZWQsXG4gICAgfTtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxufVxuXG5mdW5jdGlvbiBkZXRhaWxzT2ZUeXBlKGJvZHk6IEdlbWluaUVycm9yQm9keSB8IHVuZGVmaW5lZCwgdHlwZTogc3RyaW5nKTogUmVhZG9ubHlBcnJheTxSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCB1bmtub3duPj4+IHtcbiAgcmV0dXJuIChib2R5Py5kZXRhaWxzID8/IFtdKS5maWx0ZXIoKGQpID0+IHR5cGVvZiBkWydAdHlwZSddID09PSAnc3RyaW5nJyAmJiAoZFsnQHR5cGUnXSBhcyBzdHJpbmcpLmVuZHNXaXRoKHR5cGUpKTtcbn1cblxuZnVuY3Rpb24gZXJyb3JJbmZvUmVhc29uKGJvZHk6IEdlbWluaUVycm9yQm9keSB8IHVuZGVmaW5lZCk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHJlYXNvbiA9IGRldGFpbHNPZlR5cGUoYm9keSwgJ2dvb2dsZS5ycGMuRXJyb3JJbmZvJylbMF0/LnJlYXNvbjtcbiAgcmV0dXJuIHR5cGVvZiByZWFzb24gPT09ICdzdHJpbmcnID8gcmVhc29uIDogdW5kZWZpbmVkO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gcXVvdGFJZHNPZihib2R5OiBHZW1pbmlFcnJvckJvZHkgfCB1bmRlZmluZWQpOiBzdHJpbmdbXSB7XG4gIGNvbnN0IGlkczogc3RyaW5nW10gPSBbXTtcbiAgZm9yIChjb25zdCBmYWlsdXJlIG9mIGRldGFpbHNPZlR5cGUoYm9keSwgJ2dvb2dsZS5ycGMuUXVvdGFGYWlsdXJlJykpIHtcbiAgICBjb25zdCB2aW9sYXRpb25zID0gQXJyYXkuaXNBcnJheShmYWlsdXJlLnZpb2xhdGlvbnMpID8gZmFpbHVyZS52aW9sYXRpb25zIDogW107XG4gICAgZm9yIChjb25zdCB2IG9mIHZpb2xhdGlvbnMpIGlmIChpc1JlY29yZCh2KSAmJiB0eXBlb2Ygdi5xdW90YUlkID09PSAnc3RyaW5nJykgaWRzLnB1c2godi5xdW90YUlkKTtcbiAgfVxuICByZXR1cm4gaWRzO1xufVxuXG4vKiogVGhlIGRlbGF5IEdlbWluaSBhZHZpc2VzOiBgUmV0cnlJbmZvLnJldHJ5RGVsYXlgIGZpcnN0LCBlbHNlIFwiUGxlYXNlIHJldHJ5IGluIE4gc1wiIGluIHRoZSBtZXNzYWdlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFkdmlzZWREZWxheU1zKGJvZHk6IEdlbWluaUVycm9yQm9keSB8IHVuZGVmaW5lZCwgbWVzc2FnZTogc3RyaW5nKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgcmV0cnlJbmZvID0gZGV0YWlsc09mVHlwZShib2R5LCAnZ29vZ2xlLnJwYy5SZXRyeUluZm8nKVswXTtcbiAgY29uc3QgZnJvbUluZm8gPSByZXRyeUluZm8gPyBwYXJzZUR1cmF0aW9uKHJldHJ5SW5mby5yZXRyeURlbGF5KSA6IHVuZGVmaW5lZDtcbiAgcmV0dXJuIGZyb21JbmZvID8/IHBhcnNlUmV0cnlJbihtZXNzYWdlKTtcbn1cblxuLyoqIEEgcHJvdG9idWYgRHVyYXRpb24gaW4gSlNPTiAoYFwiMi44Mzc5MDY5MjdzXCJgKSBvciBhcyBge3NlY29uZHMsIG5hbm9zfWAsIGluIG1pbGxpc2Vjb25kcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZUR1cmF0aW9uKHZhbHVlOiB1bmtub3duKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgaWYgKHR5cGVvZiB2YWx1ZSA9PT0gJ3N0cmluZycpIHtcbiAgICBjb25zdCBtYXRjaCA9IC9eXFxzKihcXGQrKD86XFwuXFxkKyk/KXNcXHMqJC8uZXhlYyh2YWx1ZSk7XG4gICAgcmV0dXJuIG1hdGNoID8gTWF0aC5yb3VuZChOdW1iZXIobWF0Y2hbMV0pICogMTAwMCkgOiB1bmRlZmluZWQ7XG4gIH1cbiAgaWYgKGlzUmVjb3JkKHZhbHVlKSkge1xuICAgIGNvbnN0IHNlY29uZHMgPSBOdW1iZXIodmFsdWUuc2Vjb25kcyA/PyAwKTtcbiAgICBjb25zdCBuYW5vcyA9IE51bWJlcih2YWx1ZS5uYW5vcyA/PyAwKTtcbiAgICBpZiAoTnVtYmVyLmlzRmluaXRlKHNlY29uZHMpICYmIE51bWJlci5pc0Zpbml0ZShuYW5vcykpIHJldHVybiBNYXRoLnJvdW5kKHNlY29uZHMgKiAxMDAwICsgbmFub3MgLyAxZTYpO1xuICB9XG4gIHJldHVybiB1bmRlZmluZWQ7XG59XG5cbi8qKiBcIlBsZWFzZSByZXRyeSBpbiAyLjgzNzkwNjkyN3MuXCIgLyBcIlBsZWFzZSByZXRyeSBpbiA1MDBtc1wiIFx1MjE5MiBtaWxsaXNlY29uZHMuICovXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VSZXRyeUluKG1lc3NhZ2U6IHN0cmluZyk6IG51bWJlciB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IG1hdGNoID0gL3JldHJ5IGluXFxzKyhcXGQrKD86XFwuXFxkKyk/KVxccyoobXN8c3xzZWNvbmRzPylcXGIvaS5leGVjKG1lc3NhZ2UpO1xuICBpZiAoIW1hdGNoKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCBhbW91bnQgPSBOdW1iZXIobWF0Y2hbMV0pO1xuICByZXR1cm4gTWF0aC5yb3VuZChtYXRjaFsyXSEudG9Mb3dlckNhc2UoKSA9PT0gJ21zJyA/IGFtb3VudCA6IGFtb3VudCAqIDEwMDApO1xufVxuXG4vLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cbi8vIFNtYWxsIHJlYWRlcnMgZm9yIHVua25vd24gZXJyb3JzXG5cbmZ1bmN0aW9uIGFwaUVycm9yU3RhdHVzKGVycm9yOiB1bmtub3duKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgaWYgKCFpc1JlY29yZChlcnJvcikpIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IHN0YXR1cyA9IGVycm9yLnN0YXR1cztcbiAgcmV0dXJuIGVycm9yLm5hbWUgPT09ICdBcGlFcnJvcicgJiYgdHlwZW9mIHN0YXR1cyA9PT0gJ251bWJlcicgPyBzdGF0dXMgOiB1bmRlZmluZWQ7XG59XG5cbmZ1bmN0aW9uIGVycm9yTWVzc2FnZShlcnJvcjogdW5rbm93bik6IHN0cmluZyB7XG4gIGlmIChlcnJvciBpbnN0YW5jZW9mIEVycm9yKSB7XG4gICAgY29uc3QgY2F1c2UgPSBlcnJvci5jYXVzZSBpbnN0YW5jZW9mIEVycm9yID8gYCAoJHtlcnJvci5jYXVzZS5tZXNzYWdlfSlgIDogJyc7XG4gICAgcmV0dXJuIGAke2Vycm9yLm1lc3NhZ2V9JHtjYXVzZX1gO1xuICB9XG4gIHJldHVybiBTdHJpbmcoZXJyb3IpO1xufVxuXG4vKiogYGNvZGVgIG9mIHRoZSBlcnJvciBvciBvZiBpdHMgY2F1c2UgY2hhaW4gKHVuZGljaSBwdXRzIEVDT05OUkVTRVQgb24gYGNhdXNlYCkuICovXG5mdW5jdGlvbiBlcnJvckNvZGUoZXJyb3I6IHVua25vd24pOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBsZXQgY3VycmVudDogdW5rbm93biA9IGVycm9yO1xuICBmb3IgKGxldCBkZXB0aCA9IDA7IGRlcHRoIDwgNCAmJiBpc1JlY29yZChjdXJyZW50KTsgZGVwdGgrKykge1xuICAgIGlmICh0eXBlb2YgY3VycmVudC5jb2RlID09PSAnc3RyaW5nJykgcmV0dXJuIGN1cnJlbnQuY29kZTtcbiAgICBjdXJyZW50ID0gY3VycmVudC5jYXVzZTtcbiAgfVxuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG5mdW5jdGlvbiBpc1JlY29yZCh2YWx1ZTogdW5rbm93bik6IHZhbHVlIGlzIFJlY29yZDxzdHJpbmcsIHVua25vd24+IHtcbiAgcmV0dXJuIHR5cGVvZiB2YWx1ZSA9PT0gJ29iamVjdCcgJiYgdmFsdWUgIT09IG51bGw7XG59XG5cbi8qKiBBIG1lc3NhZ2UgZml0IHRvIHNpdCBpbnNpZGUgYSBzZW50ZW5jZTogbm8gdHJhaWxpbmcgZnVsbCBzdG9wLCBub3QgdG9vIGxvbmcuICovXG5mdW5jdGlvbiBjbGF1c2UodGV4dDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHRydW5jYXRlKHRleHQudHJpbSgpLnJlcGxhY2UoL1suXFxzXSskLywgJycpLCAzMDApO1xufVxuXG5mdW5jdGlvbiB0cnVuY2F0ZSh0ZXh0OiBzdHJpbmcsIG1heDogbnVtYmVyKTogc3RyaW5nIHtcbiAgcmV0dXJuIHRleHQubGVuZ3RoIDw9IG1heCA/IHRleHQgOiBgJHt0ZXh0LnNsaWNlKDAsIG1heCAtIDEpfVx1MjAyNmA7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBmb3JtYXRTZWNvbmRzKG1zOiBudW1iZXIpOiBzdHJpbmcge1xuICBjb25zdCBzID0gbXMgLyAxMDAwO1xuICByZXR1cm4gcyA+PSAxMCA/IFN0cmluZyhNYXRoLnJvdW5kKHMpKSA6IFN0cmluZyhNYXRoLnJvdW5kKHMgKiAxMCkgLyAxMCk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsb0JBQW9DO0FBd0JwQyxNQUFNLGVBQWU7QUFFZCxTQUFTLGtCQUErQjtBQUM3QyxTQUFPLElBQUksMEJBQVksUUFBUSw2QkFBNkIsYUFBYSxRQUFRLG1CQUFtQixTQUFTLENBQUMsSUFBSTtBQUFBLElBQ2hILFFBQVE7QUFBQSxFQUNWLENBQUM7QUFDSDtBQUVPLFNBQVMsZUFBZSxhQUFtQztBQUNoRSxTQUFPLElBQUksMEJBQVksYUFBYSx3Q0FBd0MsRUFBRSxZQUFZLENBQUM7QUFDN0Y7QUFFTyxTQUFTLGFBQWEsU0FBMEIsYUFBbUM7QUFDeEYsUUFBTSxVQUFVLFFBQVEsY0FBYyxTQUFZLHFCQUFxQixHQUFHLGNBQWMsUUFBUSxTQUFTLENBQUM7QUFDMUcsU0FBTyxJQUFJO0FBQUEsSUFDVDtBQUFBLElBQ0EsV0FBVyxRQUFRLEtBQUssc0JBQXNCLE9BQU87QUFBQSxJQUNyRCxFQUFFLFlBQVk7QUFBQSxFQUNoQjtBQUNGO0FBR08sU0FBUyxjQUFjLE9BQWdCLFNBQXVDO0FBQ25GLE1BQUksaUJBQWlCLDBCQUFhLFFBQU87QUFDekMsUUFBTSxTQUFTLGVBQWUsS0FBSztBQUNuQyxNQUFJLFdBQVcsT0FBVyxRQUFPLGlCQUFpQixRQUFRLGFBQWEsS0FBSyxHQUFHLFNBQVMsS0FBSztBQUM3RixTQUFPLHVCQUF1QixPQUFPLE9BQU87QUFDOUM7QUFFQSxTQUFTLGlCQUFpQixRQUFnQixZQUFvQixTQUEwQixPQUE2QjtBQUNuSCxRQUFNLE9BQU8sZUFBZSxVQUFVO0FBQ3RDLFFBQU0sb0JBQWdCLHNCQUFPLE1BQU0sU0FBUyxLQUFLLEtBQUssV0FBVyxLQUFLLEtBQUssUUFBUSxNQUFNLElBQUksUUFBUSxNQUFNO0FBQzNHLFFBQU0sU0FBUyxnQkFBZ0IsSUFBSTtBQUNuQyxRQUFNLE9BQU8sRUFBRSxRQUFRLE9BQU8sT0FBTztBQUVyQyxNQUFJLGNBQWMsUUFBUSxRQUFRLGFBQWEsR0FBRztBQUNoRCxVQUFNLE1BQU0sVUFBVSxNQUFNLFVBQVUsUUFBUSxNQUFNO0FBQ3BELFdBQU8sSUFBSSwwQkFBWSxRQUFRLGdDQUFnQyxHQUFHLE1BQU0sWUFBWSxJQUFJLEVBQUUsR0FBRyxNQUFNLFFBQVEsSUFBSSxDQUFDO0FBQUEsRUFDbEg7QUFDQSxNQUFJLFdBQVcsS0FBSztBQUNsQixXQUFPLElBQUk7QUFBQSxNQUNUO0FBQUEsTUFDQSxvQ0FBb0MsUUFBUSxLQUFLLFVBQVUsTUFBTSxVQUFVLFdBQVc7QUFBQSxNQUN0RixFQUFFLEdBQUcsTUFBTSxRQUFRLE1BQU0sVUFBVSxZQUFZO0FBQUEsSUFDakQ7QUFBQSxFQUNGO0FBQ0EsTUFBSSxXQUFXLElBQUssUUFBTyxjQUFjLE1BQU0sZUFBZSxTQUFTLElBQUk7QUFDM0UsTUFBSSxXQUFXLEtBQUs7QUFDbEIsV0FBTyxJQUFJLDBCQUFZLFdBQVcsK0JBQStCLE9BQU8sYUFBYSxDQUFDLDhCQUE4QixJQUFJO0FBQUEsRUFDMUg7QUFDQSxNQUFJLFdBQVcsT0FBTyxXQUFXLE9BQU8sV0FBVyxPQUFPLFdBQVcsS0FBSztBQUN4RSxXQUFPLElBQUk7QUFBQSxNQUNUO0FBQUEsTUFDQSwwQkFBMEIsTUFBTSxLQUFLLE9BQU8sYUFBYSxDQUFDO0FBQUEsTUFDMUQsRUFBRSxHQUFHLE1BQU0sY0FBYyxlQUFlLE1BQU0sYUFBYSxHQUFHLFFBQVEsTUFBTSxPQUFPO0FBQUEsSUFDckY7QUFBQSxFQUNGO0FBQ0EsTUFBSSxVQUFVLEtBQUs7QUFDakIsV0FBTyxJQUFJLDBCQUFZLGNBQWMsc0JBQXNCLE1BQU0sS0FBSyxPQUFPLGFBQWEsQ0FBQyxzQkFBc0IsSUFBSTtBQUFBLEVBQ3ZIO0FBQ0EsU0FBTyxJQUFJO0FBQUEsSUFDVDtBQUFBLElBQ0EsZ0NBQWdDLE9BQU8sYUFBYSxDQUFDO0FBQUEsSUFDckQsRUFBRSxHQUFHLE1BQU0sUUFBUSxVQUFVLE1BQU0sT0FBTztBQUFBLEVBQzVDO0FBQ0Y7QUFFQSxTQUFTLGNBQ1AsTUFDQSxlQUNBLFNBQ0EsTUFDYTtBQUNiLFFBQU0sV0FBVyxXQUFXLElBQUk7QUFDaEMsUUFBTSxRQUFRLFNBQVMsS0FBSyxDQUFDLE9BQU8sVUFBVSxLQUFLLEVBQUUsQ0FBQztBQUN0RCxNQUFJLE9BQU87QUFDVCxXQUFPLElBQUk7QUFBQSxNQUNUO0FBQUEsTUFDQSw4QkFBOEIsUUFBUSxLQUFLLGdCQUFnQixLQUFLO0FBQUEsTUFDaEUsRUFBRSxHQUFHLE1BQU0sUUFBUSxNQUFNO0FBQUEsSUFDM0I7QUFBQSxFQUNGO0FBQ0EsUUFBTSxlQUFlLGVBQWUsTUFBTSxhQUFhO0FBQ3ZELFFBQU0sT0FBTyxpQkFBaUIsU0FBWSxLQUFLLHlCQUF5QixjQUFjLFlBQVksQ0FBQztBQUNuRyxTQUFPLElBQUk7QUFBQSxJQUNUO0FBQUEsSUFDQSxzQ0FBc0MsUUFBUSxLQUFLLGlCQUFpQixJQUFJO0FBQUEsSUFDeEUsRUFBRSxHQUFHLE1BQU0sY0FBYyxRQUFRLFNBQVMsQ0FBQyxLQUFLLE1BQU0sT0FBTztBQUFBLEVBQy9EO0FBQ0Y7QUFFQSxTQUFTLGNBQWMsUUFBZ0IsUUFBNEIsU0FBMEI7QUFDM0YsTUFBSSxXQUFXLE9BQU8sV0FBVyxJQUFLLFFBQU87QUFDN0MsTUFBSSxXQUFXLElBQUssUUFBTztBQUMzQixTQUFRLFdBQVcsVUFBYSxVQUFVLEtBQUssTUFBTSxLQUFNLHVDQUF1QyxLQUFLLE9BQU87QUFDaEg7QUFHQSxTQUFTLHVCQUF1QixPQUFnQixTQUF1QztBQUNyRixRQUFNLGNBQVUsc0JBQU8sYUFBYSxLQUFLLEdBQUcsUUFBUSxNQUFNO0FBQzFELFFBQU0sT0FBTyxVQUFVLEtBQUs7QUFDNUIsTUFBSSxpQkFBaUIsT0FBTyxTQUFTLElBQUksR0FBRztBQUMxQyxXQUFPLElBQUk7QUFBQSxNQUNUO0FBQUEsTUFDQSxvQ0FBb0MsUUFBUSxPQUFPO0FBQUEsTUFDbkQsRUFBRSxPQUFPLE9BQU8sUUFBUSxLQUFLO0FBQUEsSUFDL0I7QUFBQSxFQUNGO0FBQ0EsTUFBSSxpQkFBaUIsZUFBZSwwREFBMEQsS0FBSyxPQUFPLEdBQUc7QUFDM0csV0FBTyxJQUFJLDBCQUFZLGVBQWUsa0NBQWtDLFNBQVMsU0FBUyxHQUFHLENBQUMsOEJBQThCO0FBQUEsTUFDMUgsT0FBTztBQUFBLE1BQ1AsUUFBUTtBQUFBLElBQ1YsQ0FBQztBQUFBLEVBQ0g7QUFDQSxTQUFPLElBQUksMEJBQVksY0FBYyx1Q0FBdUMsU0FBUyxTQUFTLEdBQUcsQ0FBQyxJQUFJLEVBQUUsT0FBTyxNQUFNLENBQUM7QUFDeEg7QUFFQSxNQUFNLGdCQUFnQixvQkFBSSxJQUFJO0FBQUEsRUFDNUI7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQ0YsQ0FBQztBQUVELFNBQVMsaUJBQWlCLE9BQWdCLFNBQWlCLE1BQW1DO0FBQzVGLE1BQUksU0FBUyxVQUFhLGNBQWMsSUFBSSxJQUFJLEVBQUcsUUFBTztBQUUxRCxNQUFJLGlCQUFpQixhQUFhLDBDQUEwQyxLQUFLLE9BQU8sRUFBRyxRQUFPO0FBQ2xHLFNBQU8sa0VBQWtFLEtBQUssT0FBTztBQUN2RjtBQWlCQSxNQUFNLDBCQUEwQixvQkFBSSxJQUFJO0FBQUEsRUFDdEM7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUNGLENBQUM7QUFHTSxTQUFTLFdBQVcsT0FBdUIsU0FBd0M7QUFDeEYsTUFBSSxNQUFNLGFBQWE7QUFDckIsV0FBTyxRQUFRLE9BQU8sTUFBTSxhQUFhLFdBQVcsUUFBUSxLQUFLLHlCQUF5QixNQUFNLFdBQVcsSUFBSTtBQUFBLEVBQ2pIO0FBQ0EsTUFBSSxDQUFDLE1BQU0sZUFBZTtBQUN4QixXQUFPLFFBQVEsT0FBTyxpQkFBaUIsV0FBVyxRQUFRLEtBQUssNkNBQTZDO0FBQUEsRUFDOUc7QUFDQSxRQUFNLFNBQVMsTUFBTTtBQUNyQixNQUFJLFdBQVcsYUFBYyxRQUFPLEVBQUUsU0FBUyxNQUFNLEtBQUssU0FBUyxJQUFJLGNBQWMsbUJBQW1CO0FBQ3hHLE1BQUksVUFBVSx3QkFBd0IsSUFBSSxNQUFNLEdBQUc7QUFDakQsV0FBTyxRQUFRLE9BQU8sUUFBUSxXQUFXLFFBQVEsS0FBSyx3QkFBd0IsTUFBTSxJQUFJO0FBQUEsRUFDMUY7QUFFQSxNQUFJLENBQUMsT0FBUSxRQUFPLEVBQUUsU0FBUyxNQUFNO0FBQ3JDLFNBQU8sRUFBRSxTQUFTLFdBQVc7QUFDL0I7QUFFQSxTQUFTLFFBQVEsT0FBdUIsUUFBZ0IsTUFBNEI7QUFDbEYsUUFBTSxPQUNKLFdBQVcsZUFDUCwrRkFDQTtBQUNOLFNBQU87QUFBQSxJQUNMLFNBQVM7QUFBQSxJQUNULE9BQU8sSUFBSSwwQkFBWSxtQkFBbUIsR0FBRyxJQUFJLElBQUksSUFBSSxJQUFJO0FBQUEsTUFDM0Q7QUFBQSxNQUNBLGFBQWEsTUFBTSxRQUFRO0FBQUEsSUFDN0IsQ0FBQztBQUFBLEVBQ0g7QUFDRjtBQUVPLFNBQVMsZUFBZSxTQUEwQixpQkFBc0M7QUFDN0YsU0FBTyxJQUFJO0FBQUEsSUFDVDtBQUFBLElBQ0EsV0FBVyxRQUFRLEtBQUssY0FBYyxlQUFlO0FBQUEsSUFDckQsRUFBRSxRQUFRLGFBQWE7QUFBQSxFQUN6QjtBQUNGO0FBRU8sU0FBUyxlQUFlLGFBQWtDO0FBQy9ELFNBQU8sSUFBSSwwQkFBWSxXQUFXLHFFQUFxRTtBQUFBLElBQ3JHLGFBQWEsZUFBZTtBQUFBLElBQzVCLFFBQVE7QUFBQSxFQUNWLENBQUM7QUFDSDtBQU1PLFNBQVMsZUFBZSxTQUFpQixRQUFRLEdBQWdDO0FBQ3RGLFFBQU0sUUFBUSxRQUFRLFFBQVEsR0FBRztBQUNqQyxRQUFNLE1BQU0sUUFBUSxZQUFZLEdBQUc7QUFDbkMsTUFBSSxRQUFRLEtBQUssT0FBTyxNQUFPLFFBQU87QUFDdEMsTUFBSTtBQUNGLFVBQU0sU0FBa0IsS0FBSyxNQUFNLFFBQVEsTUFBTSxPQUFPLE1BQU0sQ0FBQyxDQUFDO0FBQ2hFLFVBQU0sUUFBUSxTQUFTLE1BQU0sS0FBSyxTQUFTLE9BQU8sS0FBSyxJQUFJLE9BQU8sUUFBUTtBQUMxRSxRQUFJLENBQUMsTUFBTyxRQUFPO0FBR25CLFFBQUksUUFBUSxLQUFLLE9BQU8sTUFBTSxZQUFZLFlBQVksTUFBTSxRQUFRLFVBQVUsRUFBRSxXQUFXLEdBQUcsR0FBRztBQUMvRixZQUFNLFNBQVMsZUFBZSxNQUFNLFNBQVMsUUFBUSxDQUFDO0FBQ3RELFVBQUksT0FBUSxRQUFPO0FBQUEsSUFDckI7QUFDQSxXQUFPO0FBQUEsTUFDTCxNQUFNLE9BQU8sTUFBTSxTQUFTLFdBQVcsTUFBTSxPQUFPO0FBQUEsTUFDcEQsU0FBUyxPQUFPLE1BQU0sWUFBWSxXQUFXLE1BQU0sVUFBVTtBQUFBLE1BQzdELFFBQVEsT0FBTyxNQUFNLFdBQVcsV0FBVyxNQUFNLFNBQVM7QUFBQSxNQUMxRCxTQUFTLE1BQU0sUUFBUSxNQUFNLE9BQU8sSUFBSSxNQUFNLFFBQVEsT0FBTyxRQUFRLElBQUk7QUFBQSxJQUMzRTtBQUFBLEVBQ0YsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFFQSxTQUFTLGNBQWMsTUFBbUMsTUFBZ0U7QUFDeEgsVUFBUSxNQUFNLFdBQVcsQ0FBQyxHQUFHLE9BQU8sQ0FBQyxNQUFNLE9BQU8sRUFBRSxPQUFPLE1BQU0sWUFBYSxFQUFFLE9BQU8sRUFBYSxTQUFTLElBQUksQ0FBQztBQUNwSDtBQUVBLFNBQVMsZ0JBQWdCLE1BQXVEO0FBQzlFLFFBQU0sU0FBUyxjQUFjLE1BQU0sc0JBQXNCLEVBQUUsQ0FBQyxHQUFHO0FBQy9ELFNBQU8sT0FBTyxXQUFXLFdBQVcsU0FBUztBQUMvQztBQUVPLFNBQVMsV0FBVyxNQUE2QztBQUN0RSxRQUFNLE1BQWdCLENBQUM7QUFDdkIsYUFBVyxXQUFXLGNBQWMsTUFBTSx5QkFBeUIsR0FBRztBQUNwRSxVQUFNLGFBQWEsTUFBTSxRQUFRLFFBQVEsVUFBVSxJQUFJLFFBQVEsYUFBYSxDQUFDO0FBQzdFLGVBQVcsS0FBSyxXQUFZLEtBQUksU0FBUyxDQUFDLEtBQUssT0FBTyxFQUFFLFlBQVksU0FBVSxLQUFJLEtBQUssRUFBRSxPQUFPO0FBQUEsRUFDbEc7QUFDQSxTQUFPO0FBQ1Q7QUFHTyxTQUFTLGVBQWUsTUFBbUMsU0FBcUM7QUFDckcsUUFBTSxZQUFZLGNBQWMsTUFBTSxzQkFBc0IsRUFBRSxDQUFDO0FBQy9ELFFBQU0sV0FBVyxZQUFZLGNBQWMsVUFBVSxVQUFVLElBQUk7QUFDbkUsU0FBTyxZQUFZLGFBQWEsT0FBTztBQUN6QztBQUdPLFNBQVMsY0FBYyxPQUFvQztBQUNoRSxNQUFJLE9BQU8sVUFBVSxVQUFVO0FBQzdCLFVBQU0sUUFBUSwyQkFBMkIsS0FBSyxLQUFLO0FBQ25ELFdBQU8sUUFBUSxLQUFLLE1BQU0sT0FBTyxNQUFNLENBQUMsQ0FBQyxJQUFJLEdBQUksSUFBSTtBQUFBLEVBQ3ZEO0FBQ0EsTUFBSSxTQUFTLEtBQUssR0FBRztBQUNuQixVQUFNLFVBQVUsT0FBTyxNQUFNLFdBQVcsQ0FBQztBQUN6QyxVQUFNLFFBQVEsT0FBTyxNQUFNLFNBQVMsQ0FBQztBQUNyQyxRQUFJLE9BQU8sU0FBUyxPQUFPLEtBQUssT0FBTyxTQUFTLEtBQUssRUFBRyxRQUFPLEtBQUssTUFBTSxVQUFVLE1BQU8sUUFBUSxHQUFHO0FBQUEsRUFDeEc7QUFDQSxTQUFPO0FBQ1Q7QUFHTyxTQUFTLGFBQWEsU0FBcUM7QUFDaEUsUUFBTSxRQUFRLGtEQUFrRCxLQUFLLE9BQU87QUFDNUUsTUFBSSxDQUFDLE1BQU8sUUFBTztBQUNuQixRQUFNLFNBQVMsT0FBTyxNQUFNLENBQUMsQ0FBQztBQUM5QixTQUFPLEtBQUssTUFBTSxNQUFNLENBQUMsRUFBRyxZQUFZLE1BQU0sT0FBTyxTQUFTLFNBQVMsR0FBSTtBQUM3RTtBQUtBLFNBQVMsZUFBZSxPQUFvQztBQUMxRCxNQUFJLENBQUMsU0FBUyxLQUFLLEVBQUcsUUFBTztBQUM3QixRQUFNLFNBQVMsTUFBTTtBQUNyQixTQUFPLE1BQU0sU0FBUyxjQUFjLE9BQU8sV0FBVyxXQUFXLFNBQVM7QUFDNUU7QUFFQSxTQUFTLGFBQWEsT0FBd0I7QUFDNUMsTUFBSSxpQkFBaUIsT0FBTztBQUMxQixVQUFNLFFBQVEsTUFBTSxpQkFBaUIsUUFBUSxLQUFLLE1BQU0sTUFBTSxPQUFPLE1BQU07QUFDM0UsV0FBTyxHQUFHLE1BQU0sT0FBTyxHQUFHLEtBQUs7QUFBQSxFQUNqQztBQUNBLFNBQU8sT0FBTyxLQUFLO0FBQ3JCO0FBR0EsU0FBUyxVQUFVLE9BQW9DO0FBQ3JELE1BQUksVUFBbUI7QUFDdkIsV0FBUyxRQUFRLEdBQUcsUUFBUSxLQUFLLFNBQVMsT0FBTyxHQUFHLFNBQVM7QUFDM0QsUUFBSSxPQUFPLFFBQVEsU0FBUyxTQUFVLFFBQU8sUUFBUTtBQUNyRCxjQUFVLFFBQVE7QUFBQSxFQUNwQjtBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsU0FBUyxPQUFrRDtBQUNsRSxTQUFPLE9BQU8sVUFBVSxZQUFZLFVBQVU7QUFDaEQ7QUFHQSxTQUFTLE9BQU8sTUFBc0I7QUFDcEMsU0FBTyxTQUFTLEtBQUssS0FBSyxFQUFFLFFBQVEsV0FBVyxFQUFFLEdBQUcsR0FBRztBQUN6RDtBQUVBLFNBQVMsU0FBUyxNQUFjLEtBQXFCO0FBQ25ELFNBQU8sS0FBSyxVQUFVLE1BQU0sT0FBTyxHQUFHLEtBQUssTUFBTSxHQUFHLE1BQU0sQ0FBQyxDQUFDO0FBQzlEO0FBRU8sU0FBUyxjQUFjLElBQW9CO0FBQ2hELFFBQU0sSUFBSSxLQUFLO0FBQ2YsU0FBTyxLQUFLLEtBQUssT0FBTyxLQUFLLE1BQU0sQ0FBQyxDQUFDLElBQUksT0FBTyxLQUFLLE1BQU0sSUFBSSxFQUFFLElBQUksRUFBRTtBQUN6RTsiLAogICJuYW1lcyI6IFtdCn0K
