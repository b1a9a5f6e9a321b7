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
var serviceConfig_exports = {};
__export(serviceConfig_exports, {
  configFromSettings: () => configFromSettings
});
module.exports = __toCommonJS(serviceConfig_exports);
function configFromSettings(settings) {
  return {
    defaultModel: settings.model,
    temperature: settings.temperature,
    maxOutputTokens: settings.maxOutputTokens,
    thinkingBudget: settings.thinkingBudget,
    requestTimeoutMs: settings.requestTimeoutSeconds * 1e3,
    apiBaseUrl: settings.apiBaseUrl,
    cache: {
      enabled: settings["cache.enabled"],
      ttlMs: settings["cache.ttlSeconds"] * 1e3,
      maxEntries: settings["cache.maxEntries"],
      maxBytes: settings["cache.maxMegabytes"] * 1024 * 1024,
      persist: settings["cache.persist"]
    },
    retry: {
      maxRetries: settings["retry.maxRetries"],
      strategy: settings["retry.strategy"],
      baseDelayMs: settings["retry.baseDelayMs"],
      maxDelayMs: settings["retry.maxDelaySeconds"] * 1e3
    },
    rateLimit: {
      requestsPerMinute: settings["rateLimit.requestsPerMinute"],
      tokensPerMinute: settings["rateLimit.tokensPerMinute"],
      minDelayMs: settings["rateLimit.minDelayMs"],
      maxConcurrent: settings["rateLimit.maxConcurrent"]
    },
    circuitBreaker: {
      failureThreshold: settings["circuitBreaker.failureThreshold"],
      cooldownMs: settings["circuitBreaker.cooldownSeconds"] * 1e3
    }
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  configFromSettings
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2dlbWluaS9zZXJ2aWNlQ29uZmlnLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgdHlwZSB7IFNldHRpbmdzIH0gZnJvbSAnLi4vY29yZS9jb25maWcvc2V0dGluZ3MnO1xuaW1wb3J0IHR5cGUgeyBCcmVha2VyU2V0dGluZ3MgfSBmcm9tICcuL2NpcmN1aXRCcmVha2VyJztcbmltcG9ydCB0eXBlIHsgUmF0ZUxpbWl0cyB9IGZyb20gJy4vcmF0ZUxpbWl0ZXInO1xuaW1wb3J0IHR5cGUgeyBDYWNoZUNvbmZpZyB9IGZyb20gJy4vcmVzcG9uc2VDYWNoZSc7XG5pbXBvcnQgdHlwZSB7IFJldHJ5UG9saWN5IH0gZnJvbSAnLi9yZXRyeVBvbGljeSc7XG5cbi8qKiBUaGUgc2VydmljZSdzIHZpZXcgb2YgYHN0b3J5V3JpdGVyLipgOiB1bml0cyBjb252ZXJ0ZWQsIGdyb3VwZWQgYnkgdGhlIHBhcnQgdGhhdCB1c2VzIHRoZW0uICovXG5leHBvcnQgaW50ZXJmYWNlIEdlbWluaVNlcnZpY2VDb25maWcge1xuICByZWFkb25seSBkZWZhdWx0TW9kZWw6IHN0cmluZztcbiAgcmVhZG9ubHkgdGVtcGVyYXR1cmU6IG51bWJlcjtcbiAgcmVhZG9ubHkgbWF4T3V0cHV0VG9rZW5zOiBudW1iZXI7XG4gIC8qKiAtMSBkeW5hbWljIChzZW50IGFzIG5vdGhpbmc6IHRoZSBtb2RlbCdzIGRlZmF1bHQpLCAwIG9mZiwgTiB0b2tlbnMuICovXG4gIHJlYWRvbmx5IHRoaW5raW5nQnVkZ2V0OiBudW1iZXI7XG4gIC8qKiBMb25nZXN0IHNpbGVuY2UgZnJvbSBHZW1pbmkgYmVmb3JlIGFuIGF0dGVtcHQgaXMgYWJhbmRvbmVkIChhbmQgcmV0cmllZCkuICovXG4gIHJlYWRvbmx5IHJlcXVlc3RUaW1lb3V0TXM6IG51bWJlcjtcbiAgLyoqIEVtcHR5OiB0aGUgU0RLJ3MgZGVmYXVsdCBlbmRwb2ludC4gKi9cbiAgcmVhZG9ubHkgYXBpQmFzZVVybDogc3RyaW5nO1xuICByZWFkb25seSBjYWNoZTogQ2FjaGVDb25maWc7XG4gIHJlYWRvbmx5IHJldHJ5OiBSZXRyeVBvbGljeTtcbiAgcmVhZG9ubHkgcmF0ZUxpbWl0OiBSYXRlTGltaXRzO1xuICByZWFkb25seSBjaXJjdWl0QnJlYWtlcjogQnJlYWtlclNldHRpbmdzO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gY29uZmlnRnJvbVNldHRpbmdzKHNldHRpbmdzOiBTZXR0aW5ncyk6IEdlbWluaVNlcnZpY2VDb25maWcge1xuICByZXR1cm4ge1xuICAgIGRlZmF1bHRNb2RlbDogc2V0dGluZ3MubW9kZWwsXG4gICAgdGVtcGVyYXR1cmU6IHNldHRpbmdzLnRlbXBlcmF0dXJlLFxuICAgIG1heE91dHB1dFRva2Vuczogc2V0dGluZ3MubWF4T3V0cHV0VG9rZW5zLFxuICAgIHRoaW5raW5nQnVkZ2V0OiBzZXR0aW5ncy50aGlua2luZ0J1ZGdldCxcbiAgICByZXF1ZXN0VGltZW91dE1zOiBzZXR0aW5ncy5yZXF1ZXN0VGltZW91dFNlY29uZHMgKiAxMDAwLFxuICAgIGFwaUJhc2VVcmw6IHNldHRpbmdzLmFwaUJhc2VVcmwsXG4gICAgY2FjaGU6IHtcbiAgICAgIGVuYWJsZWQ6IHNldHRpbmdzWydjYWNoZS5lbmFibGVkJ10sXG4gICAgICB0dGxNczogc2V0dGluZ3NbJ2NhY2hlLnR0bFNlY29uZHMnXSAqIDEwMDAsXG4gICAgICBtYXhFbnRyaWVzOiBzZXR0aW5nc1snY2FjaGUubWF4RW50cmllcyddLFxuICAgICAgbWF4Qnl0ZXM6IHNldHRpbmdzWydjYWNoZS5tYXhNZWdhYnl0ZXMnXSAqIDEwMjQgKiAxMDI0LFxuICAgICAgcGVyc2lzdDogc2V0dGluZ3NbJ2NhY2hlLnBlcnNpc3QnXSxcbiAgICB9LFxuICAgIHJldHJ5OiB7XG4gICAgICBtYXhSZXRyaWVzOiBzZXR0aW5nc1sncmV0cnkubWF4UmV0cmllcyddLFxuICAgICAgc3RyYXRlZ3k6IHNldHRpbmdzWydyZXRyeS5zdHJhdGVneSddLFxuICAgICAgYmFzZURlbGF5TXM6IHNldHRpbmdzWydyZXRyeS5iYXNlRGVsYXlNcyddLFxuICAgICAgbWF4RGVsYXlNczogc2V0dGluZ3NbJ3JldHJ5Lm1heERlbGF5U2Vjb25kcyddICogMTAwMCxcbiAgICB9LFxuICAgIHJhdGVMaW1pdDoge1xuICAgICAgcmVxdWVzdHNQZXJNaW51dGU6IHNldHRpbmdzWydyYXRlTGltaXQucmVxdWVzdHNQZXJNaW51dGUnXSxcbiAgICAgIHRva2Vuc1Blck1pbnV0ZTogc2V0dGluZ3NbJ3JhdGVMaW1pdC50b2tlbnNQZXJNaW51dGUnXSxcbiAgICAgIG1pbkRlbGF5TXM6IHNldHRpbmdzWydyYXRlTGltaXQubWluRGVsYXlNcyddLFxuICAgICAgbWF4Q29uY3VycmVudDogc2V0dGluZ3NbJ3JhdGVMaW1pdC5tYXhDb25jdXJyZW50J10sXG4gICAgfSxcbiAgICBjaXJjdWl0QnJlYWtlcjoge1xuICAgICAgZmFpbHVyZVRocmVzaG9sZDogc2V0dGluZ3NbJ2NpcmN1aXRCcmVha2VyLmZhaWx1cmVUaHJlc2hvbGQnXSxcbiAgICAgIGNvb2xkb3duTXM6IHNldHRpbmdzWydjaXJjdWl0QnJlYWtlci5jb29sZG93blNlY29uZHMnXSAqIDEwMDAsXG4gICAgfSxcbiAgfTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUF1Qk8sU0FBUyxtQkFBbUIsVUFBeUM7QUFDMUUsU0FBTztBQUFBLElBQ0wsY0FBYyxTQUFTO0FBQUEsSUFDdkIsYUFBYSxTQUFTO0FBQUEsSUFDdEIsaUJBQWlCLFNBQVM7QUFBQSxJQUMxQixnQkFBZ0IsU0FBUztBQUFBLElBQ3pCLGtCQUFrQixTQUFTLHdCQUF3QjtBQUFBLElBQ25ELFlBQVksU0FBUztBQUFBLElBQ3JCLE9BQU87QUFBQSxNQUNMLFNBQVMsU0FBUyxlQUFlO0FBQUEsTUFDakMsT0FBTyxTQUFTLGtCQUFrQixJQUFJO0FBQUEsTUFDdEMsWUFBWSxTQUFTLGtCQUFrQjtBQUFBLE1BQ3ZDLFVBQVUsU0FBUyxvQkFBb0IsSUFBSSxPQUFPO0FBQUEsTUFDbEQsU0FBUyxTQUFTLGVBQWU7QUFBQSxJQUNuQztBQUFBLElBQ0EsT0FBTztBQUFBLE1BQ0wsWUFBWSxTQUFTLGtCQUFrQjtBQUFBLE1BQ3ZDLFVBQVUsU0FBUyxnQkFBZ0I7QUFBQSxNQUNuQyxhQUFhLFNBQVMsbUJBQW1CO0FBQUEsTUFDekMsWUFBWSxTQUFTLHVCQUF1QixJQUFJO0FBQUEsSUFDbEQ7QUFBQSxJQUNBLFdBQVc7QUFBQSxNQUNULG1CQUFtQixTQUFTLDZCQUE2QjtBQUFBLE1BQ3pELGlCQUFpQixTQUFTLDJCQUEyQjtBQUFBLE1BQ3JELFlBQVksU0FBUyxzQkFBc0I7QUFBQSxNQUMzQyxlQUFlLFNBQVMseUJBQXlCO0FBQUEsSUFDbkQ7QUFBQSxJQUNBLGdCQUFnQjtBQUFBLE1BQ2Qsa0JBQWtCLFNBQVMsaUNBQWlDO0FBQUEsTUFDNUQsWUFBWSxTQUFTLGdDQUFnQyxJQUFJO0FBQUEsSUFDM0Q7QUFBQSxFQUNGO0FBQ0Y7IiwKICAibmFtZXMiOiBbXQp9Cg==
