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
var retryPolicy_exports = {};
__export(retryPolicy_exports, {
  backoffDelayMs: () => backoffDelayMs,
  retryDelayMs: () => retryDelayMs,
  runWithRetries: () => runWithRetries
});
module.exports = __toCommonJS(retryPolicy_exports);
var import_p_retry = __toESM(require("p-retry"));
var import_errors = require("./errors");
function backoffDelayMs(retry, policy, random = Math.random) {
  const n = Math.max(1, retry);
  const ceiling = policy.strategy === "exponential" ? policy.baseDelayMs * 2 ** (n - 1) : policy.strategy === "linear" ? policy.baseDelayMs * n : policy.baseDelayMs;
  return Math.round(random() * Math.min(ceiling, policy.maxDelayMs));
}
const ADVISED_JITTER_FRACTION = 0.1;
const ADVISED_JITTER_MAX_MS = 1e3;
function retryDelayMs(error, retry, policy, random = Math.random) {
  if (error.retryAfterMs !== void 0) {
    const jitter = Math.min(error.retryAfterMs * ADVISED_JITTER_FRACTION, ADVISED_JITTER_MAX_MS);
    return Math.round(error.retryAfterMs + random() * jitter);
  }
  return backoffDelayMs(retry, policy, random);
}
async function runWithRetries(attempt, policy, hooks) {
  let attempts = 0;
  try {
    return await (0, import_p_retry.default)(
      async (attemptNumber) => {
        attempts = attemptNumber;
        return attempt(attemptNumber);
      },
      {
        retries: policy.maxRetries,
        minTimeout: 0,
        maxTimeout: 0,
        randomize: false,
        signal: hooks.signal,
        shouldRetry: async ({ error, retriesConsumed }) => {
          if (!(error instanceof import_errors.GeminiError) || !error.retryable) return false;
          const retry = retriesConsumed + 1;
          const delay = retryDelayMs(error, retry, policy, hooks.random);
          hooks.onRetry?.(error, retry, delay);
          await hooks.clock.sleep(delay, hooks.signal);
          return true;
        }
      }
    );
  } catch (error) {
    if (error instanceof import_errors.GeminiError && error.retryable && attempts > 1) {
      return Promise.reject(
        error.with({ attempts, message: `${error.message} Gave up after ${attempts} attempts.` })
      );
    }
    if (error instanceof import_errors.GeminiError) return Promise.reject(error.with({ attempts }));
    throw error;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  backoffDelayMs,
  retryDelayMs,
  runWithRetries
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2dlbWluaS9yZXRyeVBvbGljeS50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0IHBSZXRyeSBmcm9tICdwLXJldHJ5JztcbmltcG9ydCB0eXBlIHsgQ2xvY2sgfSBmcm9tICcuLi9jb3JlL3BvcnRzJztcbmltcG9ydCB7IEdlbWluaUVycm9yIH0gZnJvbSAnLi9lcnJvcnMnO1xuXG5leHBvcnQgdHlwZSBSZXRyeVN0cmF0ZWd5ID0gJ2V4cG9uZW50aWFsJyB8ICdsaW5lYXInIHwgJ2ZpeGVkJztcblxuZXhwb3J0IGludGVyZmFjZSBSZXRyeVBvbGljeSB7XG4gIHJlYWRvbmx5IG1heFJldHJpZXM6IG51bWJlcjtcbiAgcmVhZG9ubHkgc3RyYXRlZ3k6IFJldHJ5U3RyYXRlZ3k7XG4gIHJlYWRvbmx5IGJhc2VEZWxheU1zOiBudW1iZXI7XG4gIHJlYWRvbmx5IG1heERlbGF5TXM6IG51bWJlcjtcbn1cblxuLyoqIFVuaWZvcm0gcmFuZG9tIGluIFswLCAxKTsgaW5qZWN0YWJsZSBzbyBkZWxheXMgY2FuIGJlIHRlc3RlZCBleGFjdGx5LiAqL1xuZXhwb3J0IHR5cGUgUmFuZG9tID0gKCkgPT4gbnVtYmVyO1xuXG4vKipcbiAqIEJhY2tvZmYgYmVmb3JlIHJldHJ5IG51bWJlciBgcmV0cnlgICgxID0gdGhlIGZpcnN0IHJldHJ5KSwgd2l0aCBmdWxsIGppdHRlcjogYSB1bmlmb3JtIHBpY2tcbiAqIGJldHdlZW4gMCBhbmQgdGhlIHN0cmF0ZWd5J3MgZGVsYXksIHNvIHBhcmFsbGVsIGNhbGxlcnMgdGhhdCBmYWlsZWQgdG9nZXRoZXIgc3ByZWFkIG91dC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGJhY2tvZmZEZWxheU1zKHJldHJ5OiBudW1iZXIsIHBvbGljeTogUmV0cnlQb2xpY3ksIHJhbmRvbTogUmFuZG9tID0gTWF0aC5yYW5kb20pOiBudW1iZXIge1xuICBjb25zdCBuID0gTWF0aC5tYXgoMSwgcmV0cnkpO1xuICBjb25zdCBjZWlsaW5nID1cbiAgICBwb2xpY3kuc3RyYXRlZ3kgPT09ICdleHBvbmVudGlhbCdcbiAgICAgID8gcG9saWN5LmJhc2VEZWxheU1zICogMiAqKiAobiAtIDEpXG4gICAgICA6IHBvbGljeS5zdHJhdGVneSA9PT0gJ2xpbmVhcidcbiAgICAgICAgPyBwb2xpY3kuYmFzZURlbGF5TXMgKiBuXG4gICAgICAgIDogcG9saWN5LmJhc2VEZWxheU1zO1xuICByZXR1cm4gTWF0aC5yb3VuZChyYW5kb20oKSAqIE1hdGgubWluKGNlaWxpbmcsIHBvbGljeS5tYXhEZWxheU1zKSk7XG59XG5cbi8qKiBKaXR0ZXIgYWRkZWQgdG8gYW4gYWR2aXNlZCBkZWxheTogdXAgdG8gMTAgJSwgYXQgbW9zdCBvbmUgc2Vjb25kLiAqL1xuY29uc3QgQURWSVNFRF9KSVRURVJfRlJBQ1RJT04gPSAwLjE7XG5jb25zdCBBRFZJU0VEX0pJVFRFUl9NQVhfTVMgPSAxMDAwO1xuXG4vKipcbiAqIFRoZSB3YWl0IGJlZm9yZSByZXRyeWluZyBhZnRlciBgZXJyb3JgLiBHZW1pbmkncyBhZHZpc2VkIGRlbGF5IHdpbnMgb3ZlciB0aGUgYmFja29mZiwgZXZlblxuICogYWJvdmUgYG1heERlbGF5TXNgOiByZXRyeWluZyBiZWZvcmUgaXQgd291bGQgb25seSBlYXJuIGFub3RoZXIgNDI5LlxuICovXG5leHBvcnQgZnVuY3Rpb24gcmV0cnlEZWxheU1zKGVycm9yOiBHZW1pbmlFcnJvciwgcmV0cnk6IG51bWJlciwgcG9saWN5OiBSZXRyeVBvbGljeSwgcmFuZG9tOiBSYW5kb20gPSBNYXRoLnJhbmRvbSk6IG51bWJlciB7XG4gIGlmIChlcnJvci5yZXRyeUFmdGVyTXMgIT09IHVuZGVmaW5lZCkge1xuICAgIGNvbnN0IGppdHRlciA9IE1hdGgubWluKGVycm9yLnJldHJ5QWZ0ZXJNcyAqIEFEVklTRURfSklUVEVSX0ZSQUNUSU9OLCBBRFZJU0VEX0pJVFRFUl9NQVhfTVMpO1xuICAgIHJldHVybiBNYXRoLnJvdW5kKGVycm9yLnJldHJ5QWZ0ZXJNcyArIHJhbmRvbSgpICogaml0dGVyKTtcbiAgfVxuICByZXR1cm4gYmFja29mZkRlbGF5TXMocmV0cnksIHBvbGljeSwgcmFuZG9tKTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBSZXRyeUhvb2tzIHtcbiAgcmVhZG9ubHkgY2xvY2s6IENsb2NrO1xuICByZWFkb25seSBzaWduYWw/OiBBYm9ydFNpZ25hbDtcbiAgcmVhZG9ubHkgcmFuZG9tPzogUmFuZG9tO1xuICAvKiogQ2FsbGVkIG9uY2UgYSByZXRyeSBpcyBkZWNpZGVkLCBiZWZvcmUgaXRzIGRlbGF5OiBmb3Igc3RhdGlzdGljcyBhbmQgbG9ncy4gKi9cbiAgcmVhZG9ubHkgb25SZXRyeT86IChlcnJvcjogR2VtaW5pRXJyb3IsIHJldHJ5OiBudW1iZXIsIGRlbGF5TXM6IG51bWJlcikgPT4gdm9pZDtcbn1cblxuLyoqXG4gKiBSdW5zIGBhdHRlbXB0YCB1bnRpbCBpdCBzdWNjZWVkcywgZmFpbHMgd2l0aCBhIG5vbi1yZXRyeWFibGUgR2VtaW5pRXJyb3IsIG9yIHRoZSByZXRyaWVzIGFyZVxuICogc3BlbnQuIHAtcmV0cnkgZHJpdmVzIHRoZSBsb29wOyB0aGUgZGVsYXkgaXMgc2xlcHQgb24gb3VyIENsb2NrIGluc2lkZSBgc2hvdWxkUmV0cnlgIChwLXJldHJ5J3NcbiAqIG93biB0aW1lciBzdGF5cyBhdCAwKSBzbyBhZHZpc2VkIGRlbGF5cyBhbmQgZmFrZSBjbG9ja3MgYXJlIGhvbm91cmVkLiBUaGUgZmluYWwgZXJyb3Igc2F5cyBob3dcbiAqIG1hbnkgYXR0ZW1wdHMgd2VyZSBtYWRlLlxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gcnVuV2l0aFJldHJpZXM8VD4oXG4gIGF0dGVtcHQ6IChhdHRlbXB0TnVtYmVyOiBudW1iZXIpID0+IFByb21pc2U8VD4sXG4gIHBvbGljeTogUmV0cnlQb2xpY3ksXG4gIGhvb2tzOiBSZXRyeUhvb2tzLFxuKTogUHJvbWlzZTxUPiB7XG4gIGxldCBhdHRlbXB0cyA9IDA7XG4gIHRyeSB7XG4gICAgcmV0dXJuIGF3YWl0IHBSZXRyeShcbiAgICAgIGFzeW5jIChhdHRlbXB0TnVtYmVyKSA9PiB7XG4gICAgICAgIGF0dGVtcHRzID0gYXR0ZW1wdE51bWJlcjtcbiAgICAgICAgcmV0dXJuIGF0dGVtcHQoYXR0ZW1wdE51bWJlcik7XG4gICAgICB9LFxuICAgICAge1xuICAgICAgICByZXRyaWVzOiBwb2xpY3kubWF4UmV0cmllcyxcbiAgICAgICAgbWluVGltZW91dDogMCxcbiAgICAgICAgbWF4VGltZW91dDogMCxcbiAgICAgICAgcmFuZG9taXplOiBmYWxzZSxcbiAgICAgICAgc2lnbmFsOiBob29rcy5zaWduYWwsXG4gICAgICAgIHNob3VsZFJldHJ5OiBhc3luYyAoeyBlcnJvciwgcmV0cmllc0NvbnN1bWVkIH0pID0+IHtcbiAgICAgICAgICBpZiAoIShlcnJvciBpbnN0YW5jZW9mIEdlbWluaUVycm9yKSB8fCAhZXJyb3IucmV0cnlhYmxlKSByZXR1cm4gZmFsc2U7XG4gICAgICAgICAgY29uc3QgcmV0cnkgPSByZXRyaWVzQ29uc3VtZWQgKyAxO1xuICAgICAgICAgIGNvbnN0IGRlbGF5ID0gcmV0cnlEZWxheU1zKGVycm9yLCByZXRyeSwgcG9saWN5LCBob29rcy5yYW5kb20pO1xuICAgICAgICAgIGhvb2tzLm9uUmV0cnk/LihlcnJvciwgcmV0cnksIGRlbGF5KTtcbiAgICAgICAgICBhd2FpdCBob29rcy5jbG9jay5zbGVlcChkZWxheSwgaG9va3Muc2lnbmFsKTtcbiAgICAgICAgICByZXR1cm4gdHJ1ZTtcbiAgICAgICAgfSxcbiAgICAgIH0sXG4gICAgKTtcbiAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICBpZiAoZXJyb3IgaW5zdGFuY2VvZiBHZW1pbmlFcnJvciAmJiBlcnJvci5yZXRyeWFibGUgJiYgYXR0ZW1wdHMgPiAxKSB7XG4gICAgICByZXR1cm4gUHJvbWlzZS5yZWplY3QoXG4gICAgICAgIGVycm9yLndpdGgoeyBhdHRlbXB0cywgbWVzc2FnZTogYCR7ZXJyb3IubWVzc2FnZX0gR2F2ZSB1cCBhZnRlciAke2F0dGVtcHRzfSBhdHRlbXB0cy5gIH0pLFxuICAgICAgKTtcbiAgICB9XG4gICAgaWYgKGVycm9yIGluc3RhbmNlb2YgR2VtaW5pRXJyb3IpIHJldHVybiBQcm9taXNlLnJlamVjdChlcnJvci53aXRoKHsgYXR0ZW1wdHMgfSkpO1xuICAgIHRocm93IGVycm9yO1xuICB9XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxxQkFBbUI7QUFFbkIsb0JBQTRCO0FBa0JyQixTQUFTLGVBQWUsT0FBZSxRQUFxQixTQUFpQixLQUFLLFFBQWdCO0FBQ3ZHLFFBQU0sSUFBSSxLQUFLLElBQUksR0FBRyxLQUFLO0FBQzNCLFFBQU0sVUFDSixPQUFPLGFBQWEsZ0JBQ2hCLE9BQU8sY0FBYyxNQUFNLElBQUksS0FDL0IsT0FBTyxhQUFhLFdBQ2xCLE9BQU8sY0FBYyxJQUNyQixPQUFPO0FBQ2YsU0FBTyxLQUFLLE1BQU0sT0FBTyxJQUFJLEtBQUssSUFBSSxTQUFTLE9BQU8sVUFBVSxDQUFDO0FBQ25FO0FBR0EsTUFBTSwwQkFBMEI7QUFDaEMsTUFBTSx3QkFBd0I7QUFNdkIsU0FBUyxhQUFhLE9BQW9CLE9BQWUsUUFBcUIsU0FBaUIsS0FBSyxRQUFnQjtBQUN6SCxNQUFJLE1BQU0saUJBQWlCLFFBQVc7QUFDcEMsVUFBTSxTQUFTLEtBQUssSUFBSSxNQUFNLGVBQWUseUJBQXlCLHFCQUFxQjtBQUMzRixXQUFPLEtBQUssTUFBTSxNQUFNLGVBQWUsT0FBTyxJQUFJLE1BQU07QUFBQSxFQUMxRDtBQUNBLFNBQU8sZUFBZSxPQUFPLFFBQVEsTUFBTTtBQUM3QztBQWdCQSxlQUFzQixlQUNwQixTQUNBLFFBQ0EsT0FDWTtBQUNaLE1BQUksV0FBVztBQUNmLE1BQUk7QUFDRixXQUFPLFVBQU0sZUFBQUE7QUFBQSxNQUNYLE9BQU8sa0JBQWtCO0FBQ3ZCLG1CQUFXO0FBQ1gsZUFBTyxRQUFRLGFBQWE7QUFBQSxNQUM5QjtBQUFBLE1BQ0E7QUFBQSxRQUNFLFNBQVMsT0FBTztBQUFBLFFBQ2hCLFlBQVk7QUFBQSxRQUNaLFlBQVk7QUFBQSxRQUNaLFdBQVc7QUFBQSxRQUNYLFFBQVEsTUFBTTtBQUFBLFFBQ2QsYUFBYSxPQUFPLEVBQUUsT0FBTyxnQkFBZ0IsTUFBTTtBQUNqRCxjQUFJLEVBQUUsaUJBQWlCLDhCQUFnQixDQUFDLE1BQU0sVUFBVyxRQUFPO0FBQ2hFLGdCQUFNLFFBQVEsa0JBQWtCO0FBQ2hDLGdCQUFNLFFBQVEsYUFBYSxPQUFPLE9BQU8sUUFBUSxNQUFNLE1BQU07QUFDN0QsZ0JBQU0sVUFBVSxPQUFPLE9BQU8sS0FBSztBQUNuQyxnQkFBTSxNQUFNLE1BQU0sTUFBTSxPQUFPLE1BQU0sTUFBTTtBQUMzQyxpQkFBTztBQUFBLFFBQ1Q7QUFBQSxNQUNGO0FBQUEsSUFDRjtBQUFBLEVBQ0YsU0FBUyxPQUFPO0FBQ2QsUUFBSSxpQkFBaUIsNkJBQWUsTUFBTSxhQUFhLFdBQVcsR0FBRztBQUNuRSxhQUFPLFFBQVE7QUFBQSxRQUNiLE1BQU0sS0FBSyxFQUFFLFVBQVUsU0FBUyxHQUFHLE1BQU0sT0FBTyxrQkFBa0IsUUFBUSxhQUFhLENBQUM7QUFBQSxNQUMxRjtBQUFBLElBQ0Y7QUFDQSxRQUFJLGlCQUFpQiwwQkFBYSxRQUFPLFFBQVEsT0FBTyxNQUFNLEtBQUssRUFBRSxTQUFTLENBQUMsQ0FBQztBQUNoRixVQUFNO0FBQUEsRUFDUjtBQUNGOyIsCiAgIm5hbWVzIjogWyJwUmV0cnkiXQp9Cg==
