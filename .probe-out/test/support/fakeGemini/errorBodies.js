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
var errorBodies_exports = {};
__export(errorBodies_exports, {
  apiKeyInvalidBody: () => apiKeyInvalidBody,
  errorBody: () => errorBody,
  formatDuration: () => formatDuration,
  modelNotFoundBody: () => modelNotFoundBody,
  perMinuteQuotaBody: () => perMinuteQuotaBody,
  statusName: () => statusName
});
module.exports = __toCommonJS(errorBodies_exports);
const STATUS_NAMES = {
  400: "INVALID_ARGUMENT",
  401: "UNAUTHENTICATED",
  403: "PERMISSION_DENIED",
  404: "NOT_FOUND",
  409: "ABORTED",
  429: "RESOURCE_EXHAUSTED",
  499: "CANCELLED",
  500: "INTERNAL",
  501: "NOT_IMPLEMENTED",
  503: "UNAVAILABLE",
  504: "DEADLINE_EXCEEDED"
};
const DEFAULT_MESSAGES = {
  429: "Resource has been exhausted (e.g. check quota).",
  500: "An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting",
  503: "The model is overloaded. Please try again later.",
  504: "Deadline expired before operation could complete."
};
function statusName(code) {
  return STATUS_NAMES[code] ?? (code >= 500 ? "INTERNAL" : "FAILED_PRECONDITION");
}
function errorBody(code, message) {
  return { error: { code, message: message ?? DEFAULT_MESSAGES[code] ?? `Request failed with status ${code}.`, status: statusName(code) } };
}
function apiKeyInvalidBody() {
  const message = "API key not valid. Please pass a valid API key.";
  return {
    error: {
      code: 400,
      message,
      status: "INVALID_ARGUMENT",
      details: [
        {
          "@type": "type.googleapis.com/google.rpc.ErrorInfo",
          reason: "API_KEY_INVALID",
          domain: "googleapis.com",
          metadata: { service: "generativelanguage.googleapis.com" }
        },
        { "@type": "type.googleapis.com/google.rpc.LocalizedMessage", locale: "en-US", message }
      ]
    }
  };
}
function modelNotFoundBody(model, apiVersion) {
  return errorBody(
    404,
    `models/${model} is not found for API version ${apiVersion}, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.`
  );
}
function perMinuteQuotaBody(model, limit, retryAfterMs) {
  const delay = formatDuration(retryAfterMs);
  const metric = "generativelanguage.googleapis.com/generate_content_free_tier_requests";
  return {
    error: {
      code: 429,
      message: `You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits. To monitor your current usage, head to: https://ai.dev/rate-limit. 
* Quota exceeded for metric: ${metric}, limit: ${limit}, model: ${model}
Please retry in ${delay}.`,
      status: "RESOURCE_EXHAUSTED",
      details: [
        {
          "@type": "type.googleapis.com/google.rpc.Help",
          links: [{ description: "Learn more about Gemini API quotas", url: "https://ai.google.dev/gemini-api/docs/rate-limits" }]
        },
        {
          "@type": "type.googleapis.com/google.rpc.QuotaFailure",
          violations: [
            {
              quotaMetric: metric,
              quotaId: "GenerateRequestsPerMinutePerProjectPerModel-FreeTier",
              quotaDimensions: { location: "global", model },
              quotaValue: String(limit)
            }
          ]
        },
        { "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: delay }
      ]
    }
  };
}
function formatDuration(ms) {
  const seconds = Math.max(0, ms) / 1e3;
  return `${seconds.toFixed(9).replace(/\.?0+$/, "")}s`;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  apiKeyInvalidBody,
  errorBody,
  formatDuration,
  modelNotFoundBody,
  perMinuteQuotaBody,
  statusName
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC9zdXBwb3J0L2Zha2VHZW1pbmkvZXJyb3JCb2RpZXMudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8vIEVycm9yIGJvZGllcyBpbiB0aGUgc2hhcGVzIEdlbWluaSBzZW5kcyB0aGVtIChzZWUgdGVzdC9maXh0dXJlcy9nZW1pbmkvKi5qc29uKS4gQnVpbHQgaGVyZSByYXRoZXJcbi8vIHRoYW4gcmVhZCBmcm9tIHRoZSBmaXh0dXJlcyBzbyB0aGUgc2VydmVyIGFsc28gd29ya3Mgd2l0aCBhIHRlc3QncyBvd24gZml4dHVyZXMgZm9sZGVyLlxuXG5leHBvcnQgaW50ZXJmYWNlIEVycm9yQm9keSB7XG4gIHJlYWRvbmx5IGVycm9yOiB7XG4gICAgcmVhZG9ubHkgY29kZTogbnVtYmVyO1xuICAgIHJlYWRvbmx5IG1lc3NhZ2U6IHN0cmluZztcbiAgICByZWFkb25seSBzdGF0dXM6IHN0cmluZztcbiAgICByZWFkb25seSBkZXRhaWxzPzogcmVhZG9ubHkgUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgdW5rbm93bj4+W107XG4gIH07XG59XG5cbmNvbnN0IFNUQVRVU19OQU1FUzogUmVhZG9ubHk8UmVjb3JkPG51bWJlciwgc3RyaW5nPj4gPSB7XG4gIDQwMDogJ0lOVkFMSURfQVJHVU1FTlQnLFxuICA0MDE6ICdVTkFVVEhFTlRJQ0FURUQnLFxuICA0MDM6ICdQRVJNSVNTSU9OX0RFTklFRCcsXG4gIDQwNDogJ05PVF9GT1VORCcsXG4gIDQwOTogJ0FCT1JURUQnLFxuICA0Mjk6ICdSRVNPVVJDRV9FWEhBVVNURUQnLFxuICA0OTk6ICdDQU5DRUxMRUQnLFxuICA1MDA6ICdJTlRFUk5BTCcsXG4gIDUwMTogJ05PVF9JTVBMRU1FTlRFRCcsXG4gIDUwMzogJ1VOQVZBSUxBQkxFJyxcbiAgNTA0OiAnREVBRExJTkVfRVhDRUVERUQnLFxufTtcblxuY29uc3QgREVGQVVMVF9NRVNTQUdFUzogUmVhZG9ubHk8UmVjb3JkPG51bWJlciwgc3RyaW5nPj4gPSB7XG4gIDQyOTogJ1Jlc291cmNlIGhhcyBiZWVuIGV4aGF1c3RlZCAoZS5nLiBjaGVjayBxdW90YSkuJyxcbiAgNTAwOiAnQW4gaW50ZXJuYWwgZXJyb3IgaGFzIG9jY3VycmVkLiBQbGVhc2UgcmV0cnkgb3IgcmVwb3J0IGluIGh0dHBzOi8vZGV2ZWxvcGVycy5nZW5lcmF0aXZlYWkuZ29vZ2xlL2d1aWRlL3Ryb3VibGVzaG9vdGluZycsXG4gIDUwMzogJ1RoZSBtb2RlbCBpcyBvdmVybG9hZGVkLiBQbGVhc2UgdHJ5IGFnYWluIGxhdGVyLicsXG4gIDUwNDogJ0RlYWRsaW5lIGV4cGlyZWQgYmVmb3JlIG9wZXJhdGlvbiBjb3VsZCBjb21wbGV0ZS4nLFxufTtcblxuZXhwb3J0IGZ1bmN0aW9uIHN0YXR1c05hbWUoY29kZTogbnVtYmVyKTogc3RyaW5nIHtcbiAgcmV0dXJuIFNUQVRVU19OQU1FU1tjb2RlXSA/PyAoY29kZSA+PSA1MDAgPyAnSU5URVJOQUwnIDogJ0ZBSUxFRF9QUkVDT05ESVRJT04nKTtcbn1cblxuLyoqIEEgcGxhaW4gYHtlcnJvcjoge2NvZGUsIG1lc3NhZ2UsIHN0YXR1c319YCBmb3IgYW55IHN0YXR1cy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlcnJvckJvZHkoY29kZTogbnVtYmVyLCBtZXNzYWdlPzogc3RyaW5nKTogRXJyb3JCb2R5IHtcbiAgcmV0dXJuIHsgZXJyb3I6IHsgY29kZSwgbWVzc2FnZTogbWVzc2FnZSA/PyBERUZBVUxUX01FU1NBR0VTW2NvZGVdID8/IGBSZXF1ZXN0IGZhaWxlZCB3aXRoIHN0YXR1cyAke2NvZGV9LmAsIHN0YXR1czogc3RhdHVzTmFtZShjb2RlKSB9IH07XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBhcGlLZXlJbnZhbGlkQm9keSgpOiBFcnJvckJvZHkge1xuICBjb25zdCBtZXNzYWdlID0gJ0FQSSBrZXkgbm90IHZhbGlkLiBQbGVhc2UgcGFzcyBhIHZhbGlkIEFQSSBrZXkuJztcbiAgcmV0dXJuIHtcbiAgICBlcnJvcjoge1xuICAgICAgY29kZTogNDAwLFxuICAgICAgbWVzc2FnZSxcbiAgICAgIHN0YXR1czogJ0lOVkFMSURfQVJHVU1FTlQnLFxuICAgICAgZGV0YWlsczogW1xuICAgICAgICB7XG4gICAgICAgICAgJ0B0eXBlJzogJ3R5cGUuZ29vZ2xlYXBpcy5jb20vZ29vZ2xlLnJwYy5FcnJvckluZm8nLFxuICAgICAgICAgIHJlYXNvbjogJ0FQSV9LRVlfSU5WQUxJRCcsXG4gICAgICAgICAgZG9tYWluOiAnZ29vZ2xlYXBpcy5jb20nLFxuICAgICAgICAgIG1ldGFkYXRhOiB7IHNlcnZpY2U6ICdnZW5lcmF0aXZlbGFuZ3VhZ2UuZ29vZ2xlYXBpcy5jb20nIH0sXG4gICAgICAgIH0sXG4gICAgICAgIHsgJ0B0eXBlJzogJ3R5cGUuZ29vZ2xlYXBpcy5jb20vZ29vZ2xlLnJwYy5Mb2NhbGl6ZWRNZXNzYWdlJywgbG9jYWxlOiAnZW4tVVMnLCBtZXNzYWdlIH0sXG4gICAgICBdLFxuICAgIH0sXG4gIH07XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBtb2RlbE5vdEZvdW5kQm9keShtb2RlbDogc3RyaW5nLCBhcGlWZXJzaW9uOiBzdHJpbmcpOiBFcnJvckJvZHkge1xuICByZXR1cm4gZXJyb3JCb2R5KFxuICAgIDQwNCxcbiAgICBgbW9kZWxzLyR7bW9kZWx9IGlzIG5vdCBmb3VuZCBmb3IgQVBJIHZlcnNpb24gJHthcGlWZXJzaW9ufSwgb3IgaXMgbm90IHN1cHBvcnRlZCBmb3IgZ2VuZXJhdGVDb250ZW50LiBgICtcbiAgICAgICdDYWxsIExpc3RNb2RlbHMgdG8gc2VlIHRoZSBsaXN0IG9mIGF2YWlsYWJsZSBtb2RlbHMgYW5kIHRoZWlyIHN1cHBvcnRlZCBtZXRob2RzLicsXG4gICk7XG59XG5cbi8qKiBHZW1pbmkncyBwZXItbWludXRlIDQyOTogUXVvdGFGYWlsdXJlLCBIZWxwIGFuZCBSZXRyeUluZm8gd2l0aCBhIGZyYWN0aW9uYWwgYHJldHJ5RGVsYXlgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBlck1pbnV0ZVF1b3RhQm9keShtb2RlbDogc3RyaW5nLCBsaW1pdDogbnVtYmVyLCByZXRyeUFmdGVyTXM6IG51bWJlcik6IEVycm9yQm9keSB7XG4gIGNvbnN0IGRlbGF5ID0gZm9ybWF0RHVyYXRpb24ocmV0cnlBZnRlck1zKTtcbiAgY29uc3QgbWV0cmljID0gJ2dlbmVyYXRpdmVsYW5ndWFnZS5nb29nbGVhcGlzLmNvbS9nZW5lcmF0ZV9jb250ZW50X2ZyZWVfdGllcl9yZXF1ZXN0cyc7XG4gIHJldHVybiB7XG4gICAgZXJyb3I6IHtcbiAgICAgIGNvZGU6IDQyOSxcbiAgICAgIG1lc3NhZ2U6XG4gICAgICAgICdZb3UgZXhjZWVkZWQgeW91ciBjdXJyZW50IHF1b3RhLCBwbGVhc2UgY2hlY2sgeW91ciBwbGFuIGFuZCBiaWxsaW5nIGRldGFpbHMuIEZvciBtb3JlIGluZm9ybWF0aW9uIG9uIHRoaXMgJyArXG4gICAgICAgICdlcnJvciwgaGVhZCB0bzogaHR0cHM6Ly9haS5nb29nbGUuZGV2L2dlbWluaS1hcGkvZG9jcy9yYXRlLWxpbWl0cy4gVG8gbW9uaXRvciB5b3VyIGN1cnJlbnQgdXNhZ2UsIGhlYWQgdG86ICcgK1xuICAgICAgICBgaHR0cHM6Ly9haS5kZXYvcmF0ZS1saW1pdC4gXFxuKiBRdW90YSBleGNlZWRlZCBmb3IgbWV0cmljOiAke21ldHJpY30sIGxpbWl0OiAke2xpbWl0fSwgbW9kZWw6ICR7bW9kZWx9XFxuYCArXG4gICAgICAgIGBQbGVhc2UgcmV0cnkgaW4gJHtkZWxheX0uYCxcbiAgICAgIHN0YXR1czogJ1JFU09VUkNFX0VYSEFVU1RFRCcsXG4gICAgICBkZXRhaWxzOiBbXG4gICAgICAgIHtcbiAgICAgICAgICAnQHR5cGUnOiAndHlwZS5nb29nbGVhcGlzLmNvbS9nb29nbGUucnBjLkhlbHAnLFxuICAgICAgICAgIGxpbmtzOiBbeyBkZXNjcmlwdGlvbjogJ0xlYXJuIG1vcmUgYWJvdXQgR2VtaW5pIEFQSSBxdW90YXMnLCB1cmw6ICdodHRwczovL2FpLmdvb2dsZS5kZXYvZ2VtaW5pLWFwaS9kb2NzL3JhdGUtbGltaXRzJyB9XSxcbiAgICAgICAgfSxcbiAgICAgICAge1xuICAgICAgICAgICdAdHlwZSc6ICd0eXBlLmdvb2dsZWFwaXMuY29tL2dvb2dsZS5ycGMuUXVvdGFGYWlsdXJlJyxcbiAgICAgICAgICB2aW9sYXRpb25zOiBbXG4gICAgICAgICAgICB7XG4gICAgICAgICAgICAgIHF1b3RhTWV0cmljOiBtZXRyaWMsXG4gICAgICAgICAgICAgIHF1b3RhSWQ6ICdHZW5lcmF0ZVJlcXVlc3RzUGVyTWludXRlUGVyUHJvamVjdFBlck1vZGVsLUZyZWVUaWVyJyxcbiAgICAgICAgICAgICAgcXVvdGFEaW1lbnNpb25zOiB7IGxvY2F0aW9uOiAnZ2xvYmFsJywgbW9kZWwgfSxcbiAgICAgICAgICAgICAgcXVvdGFWYWx1ZTogU3RyaW5nKGxpbWl0KSxcbiAgICAgICAgICAgIH0sXG4gICAgICAgICAgXSxcbiAgICAgICAgfSxcbiAgICAgICAgeyAnQHR5cGUnOiAndHlwZS5nb29nbGVhcGlzLmNvbS9nb29nbGUucnBjLlJldHJ5SW5mbycsIHJldHJ5RGVsYXk6IGRlbGF5IH0sXG4gICAgICBdLFxuICAgIH0sXG4gIH07XG59XG5cbi8qKiBBIHByb3RvYnVmIER1cmF0aW9uIGFzIEpTT046IHNlY29uZHMgd2l0aCB1cCB0byBuaW5lIGRlY2ltYWxzLCBlLmcuIGAyLjgzNzkwNjkyN3NgLCBgMzZzYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmb3JtYXREdXJhdGlvbihtczogbnVtYmVyKTogc3RyaW5nIHtcbiAgY29uc3Qgc2Vjb25kcyA9IE1hdGgubWF4KDAsIG1zKSAvIDEwMDA7XG4gIHJldHVybiBgJHtzZWNvbmRzLnRvRml4ZWQoOSkucmVwbGFjZSgvXFwuPzArJC8sICcnKX1zYDtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBWUEsTUFBTSxlQUFpRDtBQUFBLEVBQ3JELEtBQUs7QUFBQSxFQUNMLEtBQUs7QUFBQSxFQUNMLEtBQUs7QUFBQSxFQUNMLEtBQUs7QUFBQSxFQUNMLEtBQUs7QUFBQSxFQUNMLEtBQUs7QUFBQSxFQUNMLEtBQUs7QUFBQSxFQUNMLEtBQUs7QUFBQSxFQUNMLEtBQUs7QUFBQSxFQUNMLEtBQUs7QUFBQSxFQUNMLEtBQUs7QUFDUDtBQUVBLE1BQU0sbUJBQXFEO0FBQUEsRUFDekQsS0FBSztBQUFBLEVBQ0wsS0FBSztBQUFBLEVBQ0wsS0FBSztBQUFBLEVBQ0wsS0FBSztBQUNQO0FBRU8sU0FBUyxXQUFXLE1BQXNCO0FBQy9DLFNBQU8sYUFBYSxJQUFJLE1BQU0sUUFBUSxNQUFNLGFBQWE7QUFDM0Q7QUFHTyxTQUFTLFVBQVUsTUFBYyxTQUE2QjtBQUNuRSxTQUFPLEVBQUUsT0FBTyxFQUFFLE1BQU0sU0FBUyxXQUFXLGlCQUFpQixJQUFJLEtBQUssOEJBQThCLElBQUksS0FBSyxRQUFRLFdBQVcsSUFBSSxFQUFFLEVBQUU7QUFDMUk7QUFFTyxTQUFTLG9CQUErQjtBQUM3QyxRQUFNLFVBQVU7QUFDaEIsU0FBTztBQUFBLElBQ0wsT0FBTztBQUFBLE1BQ0wsTUFBTTtBQUFBLE1BQ047QUFBQSxNQUNBLFFBQVE7QUFBQSxNQUNSLFNBQVM7QUFBQSxRQUNQO0FBQUEsVUFDRSxTQUFTO0FBQUEsVUFDVCxRQUFRO0FBQUEsVUFDUixRQUFRO0FBQUEsVUFDUixVQUFVLEVBQUUsU0FBUyxvQ0FBb0M7QUFBQSxRQUMzRDtBQUFBLFFBQ0EsRUFBRSxTQUFTLG1EQUFtRCxRQUFRLFNBQVMsUUFBUTtBQUFBLE1BQ3pGO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDRjtBQUVPLFNBQVMsa0JBQWtCLE9BQWUsWUFBK0I7QUFDOUUsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBLFVBQVUsS0FBSyxpQ0FBaUMsVUFBVTtBQUFBLEVBRTVEO0FBQ0Y7QUFHTyxTQUFTLG1CQUFtQixPQUFlLE9BQWUsY0FBaUM7QUFDaEcsUUFBTSxRQUFRLGVBQWUsWUFBWTtBQUN6QyxRQUFNLFNBQVM7QUFDZixTQUFPO0FBQUEsSUFDTCxPQUFPO0FBQUEsTUFDTCxNQUFNO0FBQUEsTUFDTixTQUNFO0FBQUEsK0JBRTZELE1BQU0sWUFBWSxLQUFLLFlBQVksS0FBSztBQUFBLGtCQUNsRixLQUFLO0FBQUEsTUFDMUIsUUFBUTtBQUFBLE1BQ1IsU0FBUztBQUFBLFFBQ1A7QUFBQSxVQUNFLFNBQVM7QUFBQSxVQUNULE9BQU8sQ0FBQyxFQUFFLGFBQWEsc0NBQXNDLEtBQUssb0RBQW9ELENBQUM7QUFBQSxRQUN6SDtBQUFBLFFBQ0E7QUFBQSxVQUNFLFNBQVM7QUFBQSxVQUNULFlBQVk7QUFBQSxZQUNWO0FBQUEsY0FDRSxhQUFhO0FBQUEsY0FDYixTQUFTO0FBQUEsY0FDVCxpQkFBaUIsRUFBRSxVQUFVLFVBQVUsTUFBTTtBQUFBLGNBQzdDLFlBQVksT0FBTyxLQUFLO0FBQUEsWUFDMUI7QUFBQSxVQUNGO0FBQUEsUUFDRjtBQUFBLFFBQ0EsRUFBRSxTQUFTLDRDQUE0QyxZQUFZLE1BQU07QUFBQSxNQUMzRTtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0Y7QUFHTyxTQUFTLGVBQWUsSUFBb0I7QUFDakQsUUFBTSxVQUFVLEtBQUssSUFBSSxHQUFHLEVBQUUsSUFBSTtBQUNsQyxTQUFPLEdBQUcsUUFBUSxRQUFRLENBQUMsRUFBRSxRQUFRLFVBQVUsRUFBRSxDQUFDO0FBQ3BEOyIsCiAgIm5hbWVzIjogW10KfQo=
