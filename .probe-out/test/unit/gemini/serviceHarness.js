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
var serviceHarness_exports = {};
__export(serviceHarness_exports, {
  CapturingLogger: () => CapturingLogger,
  generateRequests: () => generateRequests,
  perMinute429: () => perMinute429,
  seededRandom: () => seededRandom,
  serviceFor: () => serviceFor,
  stillPendingAfter: () => stillPendingAfter,
  testSettings: () => testSettings,
  whenService: () => whenService,
  within: () => within
});
module.exports = __toCommonJS(serviceHarness_exports);
var import_settings = require("../../../src/core/config/settings");
var import_geminiService = require("../../../src/gemini/geminiService");
class CapturingLogger {
  constructor(lines = [], component = "") {
    this.lines = lines;
    this.component = component;
  }
  lines;
  component;
  trace(message, fields) {
    this.lines.push({ level: "trace", component: this.component, message, fields });
  }
  debug(message, fields) {
    this.lines.push({ level: "debug", component: this.component, message, fields });
  }
  info(message, fields) {
    this.lines.push({ level: "info", component: this.component, message, fields });
  }
  warn(message, fields) {
    this.lines.push({ level: "warn", component: this.component, message, fields });
  }
  error(message, fields) {
    this.lines.push({ level: "error", component: this.component, message, fields });
  }
  child(component) {
    return new CapturingLogger(this.lines, component);
  }
  text() {
    return this.lines.map((l) => `${l.level} [${l.component}] ${l.message} ${JSON.stringify(l.fields ?? {})}`).join("\n");
  }
}
function testSettings(server, over = {}) {
  return {
    ...(0, import_settings.defaultSettings)(),
    apiBaseUrl: server?.baseUrl ?? "",
    "retry.baseDelayMs": 5,
    "retry.maxDelaySeconds": 1,
    "rateLimit.requestsPerMinute": 1e4,
    "rateLimit.maxConcurrent": 16,
    "cache.persist": false,
    ...over
  };
}
function serviceFor(setup) {
  const logger = setup.logger ?? new CapturingLogger();
  const key = "apiKey" in setup ? setup.apiKey : setup.server?.apiKey;
  const service = new import_geminiService.GeminiService({
    apiKey: async () => key,
    settings: testSettings(setup.server, setup.settings),
    logger,
    clock: setup.clock,
    cacheDir: setup.cacheDir
  });
  return { service, logger };
}
function generateRequests(server) {
  return server.requests.filter((r) => r.action === "streamGenerateContent" || r.action === "generateContent");
}
function within(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
async function stillPendingAfter(promise, ms) {
  const marker = /* @__PURE__ */ Symbol("pending");
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve(marker), ms);
  });
  const outcome = await Promise.race([promise.then(() => "settled", () => "settled"), timeout]);
  clearTimeout(timer);
  return outcome === marker;
}
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function perMinute429(retryDelay) {
  return {
    kind: "status",
    statusCode: 429,
    body: {
      error: {
        code: 429,
        message: `You exceeded your current quota, please check your plan and billing details.
Please retry in ${retryDelay}.`,
        status: "RESOURCE_EXHAUSTED",
        details: [
          {
            "@type": "type.googleapis.com/google.rpc.QuotaFailure",
            violations: [{ quotaId: "GenerateRequestsPerMinutePerProjectPerModel-FreeTier", quotaValue: "10" }]
          },
          { "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay }
        ]
      }
    }
  };
}
function whenService(service, predicate, ms, what) {
  return within(
    new Promise((resolve) => {
      if (predicate()) return resolve();
      const subscription = service.onDidChange(() => {
        if (!predicate()) return;
        subscription.dispose();
        resolve();
      });
    }),
    ms,
    what
  );
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  CapturingLogger,
  generateRequests,
  perMinute429,
  seededRandom,
  serviceFor,
  stillPendingAfter,
  testSettings,
  whenService,
  within
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC91bml0L2dlbWluaS9zZXJ2aWNlSGFybmVzcy50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLy8gSGVscGVycyBmb3IgdGhlIHNlcnZpY2UgdGVzdHMgdGhhdCBnbyB0aHJvdWdoIHRoZSByZWFsIFNESyB0byB0aGUgR2VtaW5pLXByb3RvY29sIHRlc3Qgc2VydmVyLlxuaW1wb3J0IHsgZGVmYXVsdFNldHRpbmdzLCB0eXBlIFNldHRpbmdzIH0gZnJvbSAnLi4vLi4vLi4vc3JjL2NvcmUvY29uZmlnL3NldHRpbmdzJztcbmltcG9ydCB0eXBlIHsgQ2xvY2ssIExvZ2dlciB9IGZyb20gJy4uLy4uLy4uL3NyYy9jb3JlL3BvcnRzJztcbmltcG9ydCB7IEdlbWluaVNlcnZpY2UgfSBmcm9tICcuLi8uLi8uLi9zcmMvZ2VtaW5pL2dlbWluaVNlcnZpY2UnO1xuaW1wb3J0IHR5cGUgeyBGYWtlR2VtaW5pIH0gZnJvbSAnLi4vLi4vc3VwcG9ydC9mYWtlR2VtaW5pJztcblxuZXhwb3J0IGludGVyZmFjZSBMb2dMaW5lIHtcbiAgcmVhZG9ubHkgbGV2ZWw6IHN0cmluZztcbiAgcmVhZG9ubHkgY29tcG9uZW50OiBzdHJpbmc7XG4gIHJlYWRvbmx5IG1lc3NhZ2U6IHN0cmluZztcbiAgcmVhZG9ubHkgZmllbGRzPzogUmVjb3JkPHN0cmluZywgdW5rbm93bj47XG59XG5cbi8qKiBBIExvZ2dlciB0aGF0IGtlZXBzIGV2ZXJ5IGxpbmUsIHJlbmRlcmVkIGFzIHRleHQgdG9vLCBzbyB0ZXN0cyBjYW4gc2VhcmNoIGl0LiAqL1xuZXhwb3J0IGNsYXNzIENhcHR1cmluZ0xvZ2dlciBpbXBsZW1lbnRzIExvZ2dlciB7XG4gIGNvbnN0cnVjdG9yKFxuICAgIHJlYWRvbmx5IGxpbmVzOiBMb2dMaW5lW10gPSBbXSxcbiAgICBwcml2YXRlIHJlYWRvbmx5IGNvbXBvbmVudCA9ICcnLFxuICApIHt9XG5cbiAgdHJhY2UobWVzc2FnZTogc3RyaW5nLCBmaWVsZHM/OiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPik6IHZvaWQge1xuICAgIHRoaXMubGluZXMucHVzaCh7IGxldmVsOiAndHJhY2UnLCBjb21wb25lbnQ6IHRoaXMuY29tcG9uZW50LCBtZXNzYWdlLCBmaWVsZHMgfSk7XG4gIH1cbiAgZGVidWcobWVzc2FnZTogc3RyaW5nLCBmaWVsZHM/OiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPik6IHZvaWQge1xuICAgIHRoaXMubGluZXMucHVzaCh7IGxldmVsOiAnZGVidWcnLCBjb21wb25lbnQ6IHRoaXMuY29tcG9uZW50LCBtZXNzYWdlLCBmaWVsZHMgfSk7XG4gIH1cbiAgaW5mbyhtZXNzYWdlOiBzdHJpbmcsIGZpZWxkcz86IFJlY29yZDxzdHJpbmcsIHVua25vd24+KTogdm9pZCB7XG4gICAgdGhpcy5saW5lcy5wdXNoKHsgbGV2ZWw6ICdpbmZvJywgY29tcG9uZW50OiB0aGlzLmNvbXBvbmVudCwgbWVzc2FnZSwgZmllbGRzIH0pO1xuICB9XG4gIHdhcm4obWVzc2FnZTogc3RyaW5nLCBmaWVsZHM/OiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPik6IHZvaWQge1xuICAgIHRoaXMubGluZXMucHVzaCh7IGxldmVsOiAnd2FybicsIGNvbXBvbmVudDogdGhpcy5jb21wb25lbnQsIG1lc3NhZ2UsIGZpZWxkcyB9KTtcbiAgfVxuICBlcnJvcihtZXNzYWdlOiBzdHJpbmcsIGZpZWxkcz86IFJlY29yZDxzdHJpbmcsIHVua25vd24+KTogdm9pZCB7XG4gICAgdGhpcy5saW5lcy5wdXNoKHsgbGV2ZWw6ICdlcnJvcicsIGNvbXBvbmVudDogdGhpcy5jb21wb25lbnQsIG1lc3NhZ2UsIGZpZWxkcyB9KTtcbiAgfVxuICBjaGlsZChjb21wb25lbnQ6IHN0cmluZyk6IExvZ2dlciB7XG4gICAgcmV0dXJuIG5ldyBDYXB0dXJpbmdMb2dnZXIodGhpcy5saW5lcywgY29tcG9uZW50KTtcbiAgfVxuXG4gIHRleHQoKTogc3RyaW5nIHtcbiAgICByZXR1cm4gdGhpcy5saW5lcy5tYXAoKGwpID0+IGAke2wubGV2ZWx9IFske2wuY29tcG9uZW50fV0gJHtsLm1lc3NhZ2V9ICR7SlNPTi5zdHJpbmdpZnkobC5maWVsZHMgPz8ge30pfWApLmpvaW4oJ1xcbicpO1xuICB9XG59XG5cbi8qKiBTZXR0aW5ncyBmb3IgdGVzdHM6IHRoZSBzZXJ2ZXIncyBVUkwsIHRpbnkgcmV0cnkgZGVsYXlzLCByb29teSBsaW1pdHMuICovXG5leHBvcnQgZnVuY3Rpb24gdGVzdFNldHRpbmdzKHNlcnZlcjogRmFrZUdlbWluaSB8IHVuZGVmaW5lZCwgb3ZlcjogUGFydGlhbDxTZXR0aW5ncz4gPSB7fSk6IFNldHRpbmdzIHtcbiAgcmV0dXJuIHtcbiAgICAuLi5kZWZhdWx0U2V0dGluZ3MoKSxcbiAgICBhcGlCYXNlVXJsOiBzZXJ2ZXI/LmJhc2VVcmwgPz8gJycsXG4gICAgJ3JldHJ5LmJhc2VEZWxheU1zJzogNSxcbiAgICAncmV0cnkubWF4RGVsYXlTZWNvbmRzJzogMSxcbiAgICAncmF0ZUxpbWl0LnJlcXVlc3RzUGVyTWludXRlJzogMTBfMDAwLFxuICAgICdyYXRlTGltaXQubWF4Q29uY3VycmVudCc6IDE2LFxuICAgICdjYWNoZS5wZXJzaXN0JzogZmFsc2UsXG4gICAgLi4ub3ZlcixcbiAgfTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBTZXJ2aWNlU2V0dXAge1xuICByZWFkb25seSBzZXJ2ZXI/OiBGYWtlR2VtaW5pO1xuICByZWFkb25seSBzZXR0aW5ncz86IFBhcnRpYWw8U2V0dGluZ3M+O1xuICByZWFkb25seSBhcGlLZXk/OiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIHJlYWRvbmx5IGxvZ2dlcj86IENhcHR1cmluZ0xvZ2dlcjtcbiAgcmVhZG9ubHkgY2xvY2s/OiBDbG9jaztcbiAgcmVhZG9ubHkgY2FjaGVEaXI/OiBzdHJpbmc7XG59XG5cbi8qKiBBIHNlcnZpY2Ugd2lyZWQgdG8gdGhlIHNlcnZlcjsgYGFwaUtleTogdW5kZWZpbmVkYCBleHBsaWNpdGx5IG1lYW5zIFwibm8ga2V5IHNldFwiLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNlcnZpY2VGb3Ioc2V0dXA6IFNlcnZpY2VTZXR1cCk6IHsgc2VydmljZTogR2VtaW5pU2VydmljZTsgbG9nZ2VyOiBDYXB0dXJpbmdMb2dnZXIgfSB7XG4gIGNvbnN0IGxvZ2dlciA9IHNldHVwLmxvZ2dlciA/PyBuZXcgQ2FwdHVyaW5nTG9nZ2VyKCk7XG4gIGNvbnN0IGtleSA9ICdhcGlLZXknIGluIHNldHVwID8gc2V0dXAuYXBpS2V5IDogc2V0dXAuc2VydmVyPy5hcGlLZXk7XG4gIGNvbnN0IHNlcnZpY2UgPSBuZXcgR2VtaW5pU2VydmljZSh7XG4gICAgYXBpS2V5OiBhc3luYyAoKSA9PiBrZXksXG4gICAgc2V0dGluZ3M6IHRlc3RTZXR0aW5ncyhzZXR1cC5zZXJ2ZXIsIHNldHVwLnNldHRpbmdzKSxcbiAgICBsb2dnZXIsXG4gICAgY2xvY2s6IHNldHVwLmNsb2NrLFxuICAgIGNhY2hlRGlyOiBzZXR1cC5jYWNoZURpcixcbiAgfSk7XG4gIHJldHVybiB7IHNlcnZpY2UsIGxvZ2dlciB9O1xufVxuXG4vKiogR2VuZXJhdGUgcmVxdWVzdHMgKG5vdCBtb2RlbCBsb29rdXBzKSB0aGUgc2VydmVyIGhhcyBzZWVuLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGdlbmVyYXRlUmVxdWVzdHMoc2VydmVyOiBGYWtlR2VtaW5pKSB7XG4gIHJldHVybiBzZXJ2ZXIucmVxdWVzdHMuZmlsdGVyKChyKSA9PiByLmFjdGlvbiA9PT0gJ3N0cmVhbUdlbmVyYXRlQ29udGVudCcgfHwgci5hY3Rpb24gPT09ICdnZW5lcmF0ZUNvbnRlbnQnKTtcbn1cblxuLyoqIFJlamVjdHMgaWYgYHByb21pc2VgIGhhcyBub3Qgc2V0dGxlZCB3aXRoaW4gYG1zYDogYSBib3VuZGVkIHdhaXQsIG5ldmVyIGEgc3luY2hyb25pc2F0aW9uIHNsZWVwLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHdpdGhpbjxUPihwcm9taXNlOiBQcm9taXNlPFQ+LCBtczogbnVtYmVyLCB3aGF0OiBzdHJpbmcpOiBQcm9taXNlPFQ+IHtcbiAgbGV0IHRpbWVyOiBOb2RlSlMuVGltZW91dCB8IHVuZGVmaW5lZDtcbiAgY29uc3QgdGltZW91dCA9IG5ldyBQcm9taXNlPG5ldmVyPigoXywgcmVqZWN0KSA9PiB7XG4gICAgdGltZXIgPSBzZXRUaW1lb3V0KCgpID0+IHJlamVjdChuZXcgRXJyb3IoYHRpbWVkIG91dCBhZnRlciAke21zfSBtcyB3YWl0aW5nIGZvciAke3doYXR9YCkpLCBtcyk7XG4gIH0pO1xuICByZXR1cm4gUHJvbWlzZS5yYWNlKFtwcm9taXNlLCB0aW1lb3V0XSkuZmluYWxseSgoKSA9PiBjbGVhclRpbWVvdXQodGltZXIpKTtcbn1cblxuLyoqIFRydWUgd2hlbiBgcHJvbWlzZWAgaXMgc3RpbGwgcGVuZGluZyBhZnRlciBgbXNgICh1c2VkIHRvIHNob3cgYSBjYWxsIGlzIGhlbGQgYmFjaykuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gc3RpbGxQZW5kaW5nQWZ0ZXIocHJvbWlzZTogUHJvbWlzZTx1bmtub3duPiwgbXM6IG51bWJlcik6IFByb21pc2U8Ym9vbGVhbj4ge1xuICBjb25zdCBtYXJrZXIgPSBTeW1ib2woJ3BlbmRpbmcnKTtcbiAgbGV0IHRpbWVyOiBOb2RlSlMuVGltZW91dCB8IHVuZGVmaW5lZDtcbiAgY29uc3QgdGltZW91dCA9IG5ldyBQcm9taXNlPHN5bWJvbD4oKHJlc29sdmUpID0+IHtcbiAgICB0aW1lciA9IHNldFRpbWVvdXQoKCkgPT4gcmVzb2x2ZShtYXJrZXIpLCBtcyk7XG4gIH0pO1xuICBjb25zdCBvdXRjb21lID0gYXdhaXQgUHJvbWlzZS5yYWNlKFtwcm9taXNlLnRoZW4oKCkgPT4gJ3NldHRsZWQnLCAoKSA9PiAnc2V0dGxlZCcpLCB0aW1lb3V0XSk7XG4gIGNsZWFyVGltZW91dCh0aW1lcik7XG4gIHJldHVybiBvdXRjb21lID09PSBtYXJrZXI7XG59XG5cbi8qKiBBIHNtYWxsIHNlZWRlZCBnZW5lcmF0b3IsIHNvIFwicmFuZG9tXCIgZmF1bHQgbWl4ZXMgYXJlIHRoZSBzYW1lIG9uIGV2ZXJ5IHJ1bi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzZWVkZWRSYW5kb20oc2VlZDogbnVtYmVyKTogKCkgPT4gbnVtYmVyIHtcbiAgbGV0IHN0YXRlID0gc2VlZCA+Pj4gMDtcbiAgcmV0dXJuICgpID0+IHtcbiAgICBzdGF0ZSA9IChzdGF0ZSArIDB4NmQyYjc5ZjUpID4+PiAwO1xuICAgIGxldCB0ID0gc3RhdGU7XG4gICAgdCA9IE1hdGguaW11bCh0IF4gKHQgPj4+IDE1KSwgdCB8IDEpO1xuICAgIHQgXj0gdCArIE1hdGguaW11bCh0IF4gKHQgPj4+IDcpLCB0IHwgNjEpO1xuICAgIHJldHVybiAoKHQgXiAodCA+Pj4gMTQpKSA+Pj4gMCkgLyA0Mjk0OTY3Mjk2O1xuICB9O1xufVxuXG4vKiogQSA0MjkgcGVyLW1pbnV0ZSBib2R5IGxpa2UgR2VtaW5pJ3MsIHdpdGggYSBzaG9ydCBhZHZpc2VkIGRlbGF5IHRvIGtlZXAgdGVzdHMgZmFzdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwZXJNaW51dGU0MjkocmV0cnlEZWxheTogc3RyaW5nKSB7XG4gIHJldHVybiB7XG4gICAga2luZDogJ3N0YXR1cycgYXMgY29uc3QsXG4gICAgc3RhdHVzQ29kZTogNDI5LFxuICAgIGJvZHk6IHtcbiAgICAgIGVycm9yOiB7XG4gICAgICAgIGNvZGU6IDQyOSxcbiAgICAgICAgbWVzc2FnZTogYFlvdSBleGNlZWRlZCB5b3VyIGN1cnJlbnQgcXVvdGEsIHBsZWFzZSBjaGVjayB5b3VyIHBsYW4gYW5kIGJpbGxpbmcgZGV0YWlscy5cXG5QbGVhc2UgcmV0cnkgaW4gJHtyZXRyeURlbGF5fS5gLFxuICAgICAgICBzdGF0dXM6ICdSRVNPVVJDRV9FWEhBVVNURUQnLFxuICAgICAgICBkZXRhaWxzOiBbXG4gICAgICAgICAge1xuICAgICAgICAgICAgJ0B0eXBlJzogJ3R5cGUuZ29vZ2xlYXBpcy5jb20vZ29vZ2xlLnJwYy5RdW90YUZhaWx1cmUnLFxuICAgICAgICAgICAgdmlvbGF0aW9uczogW3sgcXVvdGFJZDogJ0dlbmVyYXRlUmVxdWVzdHNQZXJNaW51dGVQZXJQcm9qZWN0UGVyTW9kZWwtRnJlZVRpZXInLCBxdW90YVZhbHVlOiAnMTAnIH1dLFxuICAgICAgICAgIH0sXG4gICAgICAgICAgeyAnQHR5cGUnOiAndHlwZS5nb29nbGVhcGlzLmNvbS9nb29nbGUucnBjLlJldHJ5SW5mbycsIHJldHJ5RGVsYXkgfSxcbiAgICAgICAgXSxcbiAgICAgIH0sXG4gICAgfSxcbiAgfTtcbn1cblxuLyoqIFJlc29sdmVzIHdoZW4gYHByZWRpY2F0ZWAgaG9sZHMsIGNoZWNrZWQgbm93IGFuZCBvbiBldmVyeSBjaGFuZ2UgZXZlbnQgb2YgdGhlIHNlcnZpY2UuICovXG5leHBvcnQgZnVuY3Rpb24gd2hlblNlcnZpY2Uoc2VydmljZTogR2VtaW5pU2VydmljZSwgcHJlZGljYXRlOiAoKSA9PiBib29sZWFuLCBtczogbnVtYmVyLCB3aGF0OiBzdHJpbmcpOiBQcm9taXNlPHZvaWQ+IHtcbiAgcmV0dXJuIHdpdGhpbihcbiAgICBuZXcgUHJvbWlzZTx2b2lkPigocmVzb2x2ZSkgPT4ge1xuICAgICAgaWYgKHByZWRpY2F0ZSgpKSByZXR1cm4gcmVzb2x2ZSgpO1xuICAgICAgY29uc3Qgc3Vic2NyaXB0aW9uID0gc2VydmljZS5vbkRpZENoYW5nZSgoKSA9PiB7XG4gICAgICAgIGlmICghcHJlZGljYXRlKCkpIHJldHVybjtcbiAgICAgICAgc3Vic2NyaXB0aW9uLmRpc3Bvc2UoKTtcbiAgICAgICAgcmVzb2x2ZSgpO1xuICAgICAgfSk7XG4gICAgfSksXG4gICAgbXMsXG4gICAgd2hhdCxcbiAgKTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQ0Esc0JBQStDO0FBRS9DLDJCQUE4QjtBQVd2QixNQUFNLGdCQUFrQztBQUFBLEVBQzdDLFlBQ1csUUFBbUIsQ0FBQyxHQUNaLFlBQVksSUFDN0I7QUFGUztBQUNRO0FBQUEsRUFDaEI7QUFBQSxFQUZRO0FBQUEsRUFDUTtBQUFBLEVBR25CLE1BQU0sU0FBaUIsUUFBd0M7QUFDN0QsU0FBSyxNQUFNLEtBQUssRUFBRSxPQUFPLFNBQVMsV0FBVyxLQUFLLFdBQVcsU0FBUyxPQUFPLENBQUM7QUFBQSxFQUNoRjtBQUFBLEVBQ0EsTUFBTSxTQUFpQixRQUF3QztBQUM3RCxTQUFLLE1BQU0sS0FBSyxFQUFFLE9BQU8sU0FBUyxXQUFXLEtBQUssV0FBVyxTQUFTLE9BQU8sQ0FBQztBQUFBLEVBQ2hGO0FBQUEsRUFDQSxLQUFLLFNBQWlCLFFBQXdDO0FBQzVELFNBQUssTUFBTSxLQUFLLEVBQUUsT0FBTyxRQUFRLFdBQVcsS0FBSyxXQUFXLFNBQVMsT0FBTyxDQUFDO0FBQUEsRUFDL0U7QUFBQSxFQUNBLEtBQUssU0FBaUIsUUFBd0M7QUFDNUQsU0FBSyxNQUFNLEtBQUssRUFBRSxPQUFPLFFBQVEsV0FBVyxLQUFLLFdBQVcsU0FBUyxPQUFPLENBQUM7QUFBQSxFQUMvRTtBQUFBLEVBQ0EsTUFBTSxTQUFpQixRQUF3QztBQUM3RCxTQUFLLE1BQU0sS0FBSyxFQUFFLE9BQU8sU0FBUyxXQUFXLEtBQUssV0FBVyxTQUFTLE9BQU8sQ0FBQztBQUFBLEVBQ2hGO0FBQUEsRUFDQSxNQUFNLFdBQTJCO0FBQy9CLFdBQU8sSUFBSSxnQkFBZ0IsS0FBSyxPQUFPLFNBQVM7QUFBQSxFQUNsRDtBQUFBLEVBRUEsT0FBZTtBQUNiLFdBQU8sS0FBSyxNQUFNLElBQUksQ0FBQyxNQUFNLEdBQUcsRUFBRSxLQUFLLEtBQUssRUFBRSxTQUFTLEtBQUssRUFBRSxPQUFPLElBQUksS0FBSyxVQUFVLEVBQUUsVUFBVSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsS0FBSyxJQUFJO0FBQUEsRUFDdEg7QUFDRjtBQUdPLFNBQVMsYUFBYSxRQUFnQyxPQUEwQixDQUFDLEdBQWE7QUFDbkcsU0FBTztBQUFBLElBQ0wsT0FBRyxpQ0FBZ0I7QUFBQSxJQUNuQixZQUFZLFFBQVEsV0FBVztBQUFBLElBQy9CLHFCQUFxQjtBQUFBLElBQ3JCLHlCQUF5QjtBQUFBLElBQ3pCLCtCQUErQjtBQUFBLElBQy9CLDJCQUEyQjtBQUFBLElBQzNCLGlCQUFpQjtBQUFBLElBQ2pCLEdBQUc7QUFBQSxFQUNMO0FBQ0Y7QUFZTyxTQUFTLFdBQVcsT0FBMEU7QUFDbkcsUUFBTSxTQUFTLE1BQU0sVUFBVSxJQUFJLGdCQUFnQjtBQUNuRCxRQUFNLE1BQU0sWUFBWSxRQUFRLE1BQU0sU0FBUyxNQUFNLFFBQVE7QUFDN0QsUUFBTSxVQUFVLElBQUksbUNBQWM7QUFBQSxJQUNoQyxRQUFRLFlBQVk7QUFBQSxJQUNwQixVQUFVLGFBQWEsTUFBTSxRQUFRLE1BQU0sUUFBUTtBQUFBLElBQ25EO0FBQUEsSUFDQSxPQUFPLE1BQU07QUFBQSxJQUNiLFVBQVUsTUFBTTtBQUFBLEVBQ2xCLENBQUM7QUFDRCxTQUFPLEVBQUUsU0FBUyxPQUFPO0FBQzNCO0FBR08sU0FBUyxpQkFBaUIsUUFBb0I7QUFDbkQsU0FBTyxPQUFPLFNBQVMsT0FBTyxDQUFDLE1BQU0sRUFBRSxXQUFXLDJCQUEyQixFQUFFLFdBQVcsaUJBQWlCO0FBQzdHO0FBR08sU0FBUyxPQUFVLFNBQXFCLElBQVksTUFBMEI7QUFDbkYsTUFBSTtBQUNKLFFBQU0sVUFBVSxJQUFJLFFBQWUsQ0FBQyxHQUFHLFdBQVc7QUFDaEQsWUFBUSxXQUFXLE1BQU0sT0FBTyxJQUFJLE1BQU0sbUJBQW1CLEVBQUUsbUJBQW1CLElBQUksRUFBRSxDQUFDLEdBQUcsRUFBRTtBQUFBLEVBQ2hHLENBQUM7QUFDRCxTQUFPLFFBQVEsS0FBSyxDQUFDLFNBQVMsT0FBTyxDQUFDLEVBQUUsUUFBUSxNQUFNLGFBQWEsS0FBSyxDQUFDO0FBQzNFO0FBR0EsZUFBc0Isa0JBQWtCLFNBQTJCLElBQThCO0FBQy9GLFFBQU0sU0FBUyx1QkFBTyxTQUFTO0FBQy9CLE1BQUk7QUFDSixRQUFNLFVBQVUsSUFBSSxRQUFnQixDQUFDLFlBQVk7QUFDL0MsWUFBUSxXQUFXLE1BQU0sUUFBUSxNQUFNLEdBQUcsRUFBRTtBQUFBLEVBQzlDLENBQUM7QUFDRCxRQUFNLFVBQVUsTUFBTSxRQUFRLEtBQUssQ0FBQyxRQUFRLEtBQUssTUFBTSxXQUFXLE1BQU0sU0FBUyxHQUFHLE9BQU8sQ0FBQztBQUM1RixlQUFhLEtBQUs7QUFDbEIsU0FBTyxZQUFZO0FBQ3JCO0FBR08sU0FBUyxhQUFhLE1BQTRCO0FBQ3ZELE1BQUksUUFBUSxTQUFTO0FBQ3JCLFNBQU8sTUFBTTtBQUNYLFlBQVMsUUFBUSxlQUFnQjtBQUNqQyxRQUFJLElBQUk7QUFDUixRQUFJLEtBQUssS0FBSyxJQUFLLE1BQU0sSUFBSyxJQUFJLENBQUM7QUFDbkMsU0FBSyxJQUFJLEtBQUssS0FBSyxJQUFLLE1BQU0sR0FBSSxJQUFJLEVBQUU7QUFDeEMsYUFBUyxJQUFLLE1BQU0sUUFBUyxLQUFLO0FBQUEsRUFDcEM7QUFDRjtBQUdPLFNBQVMsYUFBYSxZQUFvQjtBQUMvQyxTQUFPO0FBQUEsSUFDTCxNQUFNO0FBQUEsSUFDTixZQUFZO0FBQUEsSUFDWixNQUFNO0FBQUEsTUFDSixPQUFPO0FBQUEsUUFDTCxNQUFNO0FBQUEsUUFDTixTQUFTO0FBQUEsa0JBQWlHLFVBQVU7QUFBQSxRQUNwSCxRQUFRO0FBQUEsUUFDUixTQUFTO0FBQUEsVUFDUDtBQUFBLFlBQ0UsU0FBUztBQUFBLFlBQ1QsWUFBWSxDQUFDLEVBQUUsU0FBUyx3REFBd0QsWUFBWSxLQUFLLENBQUM7QUFBQSxVQUNwRztBQUFBLFVBQ0EsRUFBRSxTQUFTLDRDQUE0QyxXQUFXO0FBQUEsUUFDcEU7QUFBQSxNQUNGO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDRjtBQUdPLFNBQVMsWUFBWSxTQUF3QixXQUEwQixJQUFZLE1BQTZCO0FBQ3JILFNBQU87QUFBQSxJQUNMLElBQUksUUFBYyxDQUFDLFlBQVk7QUFDN0IsVUFBSSxVQUFVLEVBQUcsUUFBTyxRQUFRO0FBQ2hDLFlBQU0sZUFBZSxRQUFRLFlBQVksTUFBTTtBQUM3QyxZQUFJLENBQUMsVUFBVSxFQUFHO0FBQ2xCLHFCQUFhLFFBQVE7QUFDckIsZ0JBQVE7QUFBQSxNQUNWLENBQUM7QUFBQSxJQUNILENBQUM7QUFBQSxJQUNEO0FBQUEsSUFDQTtBQUFBLEVBQ0Y7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
