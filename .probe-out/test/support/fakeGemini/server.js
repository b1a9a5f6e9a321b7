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
var server_exports = {};
__export(server_exports, {
  DEFAULT_API_KEY: () => DEFAULT_API_KEY,
  startFakeGemini: () => startFakeGemini
});
module.exports = __toCommonJS(server_exports);
var import_node_events = require("node:events");
var import_node_http = require("node:http");
var import_node_perf_hooks = require("node:perf_hooks");
var import_delivery = require("./delivery");
var import_errorBodies = require("./errorBodies");
var import_exchange = require("./exchange");
var import_faultScript = require("./faultScript");
var import_fixtures = require("./fixtures");
var import_geminiRequest = require("./geminiRequest");
var import_models = require("./models");
var import_prng = require("./prng");
var import_prose = require("./prose");
var import_quota = require("./quota");
var import_replyLength = require("./replyLength");
var import_schemaValue = require("./schemaValue");
const DEFAULT_API_KEY = "test-key-123";
const DEFAULT_WAIT_MS = 5e3;
const LIST_PAGE_SIZE = 50;
async function startFakeGemini(options = {}) {
  const server = new FakeGeminiServer(options);
  await server.listen(options.port ?? 0, options.host ?? "127.0.0.1");
  return server;
}
const ROUTE = /^\/(v1[a-z0-9]*)\/models(?:\/([^/:]+)(?::([A-Za-z]+))?)?\/?$/;
class FakeGeminiServer {
  http;
  sockets = /* @__PURE__ */ new Set();
  active = /* @__PURE__ */ new Set();
  events = new import_node_events.EventEmitter();
  faults = new import_faultScript.FaultScript();
  quota = new import_quota.SlidingWindowQuota();
  options;
  catalog;
  log = [];
  nextId = 1;
  counters = { served: 0, rateLimited: 0, quotaRejected: 0 };
  address;
  stopping;
  constructor(options) {
    this.options = {
      apiKey: options.apiKey ?? DEFAULT_API_KEY,
      models: options.models,
      ttftMs: options.ttftMs ?? 0,
      tokensPerSecond: options.tokensPerSecond ?? 0,
      requestsPerMinute: options.requestsPerMinute ?? 0,
      quotaWindowMs: options.quotaWindowMs ?? 6e4,
      wordsPerChunk: options.wordsPerChunk ?? 12,
      fixturesDir: options.fixturesDir ?? (0, import_fixtures.defaultFixturesDir)(),
      onRequestEnd: options.onRequestEnd ?? (() => void 0)
    };
    this.catalog = (0, import_models.modelCatalog)(options.models);
    this.http = (0, import_node_http.createServer)((req, res) => void this.handle(req, res));
    this.http.on("connection", (socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
    });
    this.events.setMaxListeners(0);
  }
  listen(port, host) {
    return new Promise((resolve, reject) => {
      this.http.once("error", reject);
      this.http.listen(port, host, () => {
        this.http.off("error", reject);
        this.address = this.http.address();
        resolve();
      });
    });
  }
  get port() {
    return this.address?.port ?? 0;
  }
  get baseUrl() {
    const host = this.address?.address ?? "127.0.0.1";
    return `http://${host.includes(":") ? `[${host}]` : host}:${this.port}`;
  }
  get apiKey() {
    return this.options.apiKey;
  }
  get requests() {
    return this.log;
  }
  get stats() {
    return { ...this.counters, inFlight: this.active.size };
  }
  script(...faults) {
    this.faults.enqueue(faults);
  }
  scriptWhen(predicate, fault, options = {}) {
    return this.faults.addMatcher(predicate, fault, options.times ?? 1);
  }
  setOptions(options) {
    const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== void 0));
    this.options = { ...this.options, ...defined };
    if (options.models) this.catalog = (0, import_models.modelCatalog)(options.models);
  }
  reset() {
    this.log = [];
    this.faults.clear();
    this.quota.reset();
    this.counters = { served: 0, rateLimited: 0, quotaRejected: 0 };
  }
  waitForRequest(predicate = () => true, timeoutMs = DEFAULT_WAIT_MS) {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.log.find(predicate);
        if (found) {
          clearTimeout(timer);
          this.events.off("change", check);
          resolve(found);
        }
        return found !== void 0;
      };
      const timer = setTimeout(() => {
        this.events.off("change", check);
        reject(new Error(`fake Gemini: no matching request within ${timeoutMs} ms (${this.log.length} logged)`));
      }, timeoutMs);
      if (!check()) this.events.on("change", check);
    });
  }
  stop() {
    this.stopping ??= new Promise((resolve) => {
      this.http.close(() => resolve());
      for (const exchange of this.active) exchange.abandon("server-stopped");
      this.http.closeAllConnections();
      for (const socket of this.sockets) socket.destroy();
    });
    return this.stopping;
  }
  // ---- request handling -------------------------------------------------------------------
  async handle(req, res) {
    const url = new URL(req.url ?? "/", "http://fake-gemini.invalid");
    const route = this.route(req.method ?? "GET", url.pathname);
    let body;
    let bodyError;
    try {
      const raw = await readBody(req);
      if (raw.trim() !== "") body = JSON.parse(raw);
    } catch (error) {
      if (!req.complete || res.destroyed) return;
      bodyError = `Invalid JSON payload received. ${error instanceof Error ? error.message : String(error)}`;
    }
    const parsed = (0, import_geminiRequest.parseGenerateBody)(body);
    const entry = this.logRequest(req, url, route, parsed);
    const exchange = new import_exchange.Exchange(res, entry, (ended) => this.onExchangeEnd(ended));
    this.active.add(exchange);
    try {
      if (bodyError !== void 0) return (0, import_delivery.deliverError)(exchange, (0, import_errorBodies.errorBody)(400, bodyError), entry.stream);
      await this.answer(exchange, route, body, parsed, presentedKey(req, url));
    } catch (error) {
      if ((0, import_exchange.isAbortError)(error)) return;
      const message = error instanceof Error ? error.message : String(error);
      if (!exchange.closed && entry.status === 0) exchange.sendJson(500, (0, import_errorBodies.errorBody)(500, `fake Gemini: ${message}`));
      else exchange.abandon("cut");
    }
  }
  route(method, pathname) {
    const match = ROUTE.exec(pathname);
    if (!match) return { action: "unknown", apiVersion: "v1beta" };
    const [, apiVersion = "v1beta", rawModel, verb] = match;
    const model = rawModel === void 0 ? void 0 : safeDecode(rawModel);
    const action = actionFor(method, model, verb);
    return { action, apiVersion, ...model !== void 0 ? { model } : {} };
  }
  logRequest(req, url, route, parsed) {
    const keyHeader = req.headers["x-goog-api-key"];
    const entry = {
      id: this.nextId++,
      action: route.action,
      method: req.method ?? "GET",
      ...route.model !== void 0 ? { model: route.model } : {},
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      stream: route.action === "streamGenerateContent",
      startedAt: import_node_perf_hooks.performance.now(),
      startedAtEpochMs: Date.now(),
      status: 0,
      promptText: parsed.promptText,
      ...parsed.systemInstruction !== void 0 ? { systemInstruction: parsed.systemInstruction } : {},
      ...parsed.generationConfig !== void 0 ? { generationConfig: parsed.generationConfig } : {},
      hadKeyHeader: keyHeader !== void 0,
      keyInQuery: url.searchParams.has("key"),
      outputWords: 0
    };
    this.log.push(entry);
    this.events.emit("change");
    return entry;
  }
  onExchangeEnd(exchange) {
    this.active.delete(exchange);
    this.counters.served++;
    if (exchange.entry.status === 429) this.counters.rateLimited++;
    this.events.emit("change");
    this.options.onRequestEnd(exchange.entry);
  }
  async answer(exchange, route, body, parsed, key) {
    const { entry } = exchange;
    if (key !== this.options.apiKey) return (0, import_delivery.deliverError)(exchange, (0, import_errorBodies.apiKeyInvalidBody)(), entry.stream);
    switch (route.action) {
      case "listModels":
        return this.listModels(exchange);
      case "unknown":
        return exchange.sendJson(404, (0, import_errorBodies.errorBody)(404, `Method not found: ${entry.method} ${entry.path}`));
      default:
        break;
    }
    const model = this.catalog.find(route.model ?? "");
    if (!model) return (0, import_delivery.deliverError)(exchange, (0, import_errorBodies.modelNotFoundBody)(route.model ?? "", route.apiVersion), entry.stream);
    switch (route.action) {
      case "getModel":
        return exchange.sendJson(200, (0, import_models.modelResource)(model));
      case "countTokens":
        return exchange.sendJson(200, countTokensBody(parsed));
      default:
        return this.generate(exchange, model, body, parsed);
    }
  }
  listModels(exchange) {
    const all = this.catalog.all();
    const pageSize = Math.max(1, Number(exchange.entry.query["pageSize"]) || LIST_PAGE_SIZE);
    const offset = Math.max(0, Number(exchange.entry.query["pageToken"]) || 0);
    const page = all.slice(offset, offset + pageSize).map(import_models.modelResource);
    const next = offset + pageSize < all.length ? { nextPageToken: String(offset + pageSize) } : {};
    exchange.sendJson(200, { models: page, ...next });
  }
  async generate(exchange, model, body, parsed) {
    const { entry } = exchange;
    const options = this.options;
    const decision = this.quota.tryAccept(entry.startedAt, options.requestsPerMinute, options.quotaWindowMs);
    if (!decision.accepted) {
      entry.quotaRejected = true;
      this.counters.quotaRejected++;
      return (0, import_delivery.deliverError)(exchange, (0, import_errorBodies.perMinuteQuotaBody)(model.id, options.requestsPerMinute, decision.retryAfterMs), entry.stream);
    }
    const info = {
      action: entry.action,
      model: model.id,
      stream: entry.stream,
      promptText: parsed.promptText,
      ...parsed.systemInstruction !== void 0 ? { systemInstruction: parsed.systemInstruction } : {},
      ...parsed.generationConfig !== void 0 ? { generationConfig: parsed.generationConfig } : {},
      body
    };
    const fault = this.faults.take(info);
    const reply = planReply(model, body, parsed);
    const pacing = { ttftMs: options.ttftMs, tokensPerSecond: options.tokensPerSecond, wordsPerChunk: options.wordsPerChunk };
    if (!fault) return (0, import_delivery.deliverReply)(exchange, reply, entry.stream, pacing);
    entry.fault = fault;
    this.events.emit("change");
    return (0, import_delivery.deliverFault)(exchange, fault, reply, entry.stream, pacing, (name) => (0, import_fixtures.loadFixture)(name, options.fixturesDir));
  }
}
function actionFor(method, model, verb) {
  if (model === void 0) return method === "GET" ? "listModels" : "unknown";
  if (verb === void 0) return method === "GET" ? "getModel" : "unknown";
  if (method !== "POST") return "unknown";
  switch (verb) {
    case "generateContent":
    case "streamGenerateContent":
    case "countTokens":
      return verb;
    default:
      return "unknown";
  }
}
function planReply(model, body, parsed) {
  const hash = (0, import_geminiRequest.requestHash)(model.id, body);
  const rng = import_prng.Prng.fromText(hash);
  let text;
  let finishReason = "STOP";
  if (parsed.responseSchema !== void 0) {
    text = JSON.stringify((0, import_schemaValue.valueForSchema)(parsed.responseSchema, rng), null, 2);
  } else if (parsed.wantsJson) {
    text = JSON.stringify({ result: (0, import_prose.phrase)(rng) }, null, 2);
  } else {
    const length = (0, import_replyLength.replyLength)((0, import_replyLength.requestedWords)(parsed.promptText, parsed.systemInstruction), parsed.maxOutputTokens);
    text = (0, import_prose.generateProse)(rng, length.words);
    if (length.truncated) finishReason = "MAX_TOKENS";
  }
  const promptChars = parsed.promptText.length + (parsed.systemInstruction?.length ?? 0);
  const thoughts = thoughtsTokens(model, parsed.thinkingBudget, import_prng.Prng.fromText(`${hash}:thoughts`));
  return {
    text,
    finishReason,
    model: model.id,
    responseId: Buffer.from(hash.slice(0, 32), "hex").toString("base64url"),
    promptTokens: (0, import_replyLength.tokensForChars)(promptChars),
    ...thoughts !== void 0 ? { thoughtsTokens: thoughts } : {}
  };
}
function thoughtsTokens(model, budget, rng) {
  if (!(0, import_models.thinks)(model) || budget === 0) return void 0;
  const natural = rng.int(20, 400);
  return budget !== void 0 && budget > 0 ? Math.min(budget, natural) : natural;
}
function countTokensBody(parsed) {
  const contentTokens = parsed.contentTexts.map((parts) => ({ partTokens: parts.map((p) => (0, import_replyLength.tokensForChars)(p.length)), roleTokens: 1 }));
  const system = parsed.systemInstruction;
  const systemTokens = system !== void 0 ? { partTokens: [(0, import_replyLength.tokensForChars)(system.length)], roleTokens: 1 } : {};
  const sum = (t) => (t.partTokens ?? []).reduce((a, b) => a + b, 0) + (t.roleTokens ?? 0);
  const totalTokens = contentTokens.reduce((a, t) => a + sum(t), 0) + sum(systemTokens);
  return {
    contentTokens,
    promptTokensDetails: [{ modality: "TEXT", tokenCount: totalTokens }],
    systemInstructionsTokens: systemTokens,
    totalTokens
  };
}
function safeDecode(component) {
  try {
    return decodeURIComponent(component);
  } catch {
    return component;
  }
}
function presentedKey(req, url) {
  const header = req.headers["x-goog-api-key"];
  return (Array.isArray(header) ? header[0] : header) ?? url.searchParams.get("key") ?? void 0;
}
function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
    req.on("close", () => {
      if (!req.complete) reject(new Error("request aborted"));
    });
  });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DEFAULT_API_KEY,
  startFakeGemini
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC9zdXBwb3J0L2Zha2VHZW1pbmkvc2VydmVyLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvLyBUaGUgR2VtaW5pLXByb3RvY29sIHRlc3Qgc2VydmVyOiByZWFsIEhUVFAgb24gMTI3LjAuMC4xLCB0aGUgRGV2ZWxvcGVyIEFQSSdzIFJFU1QgcGF0aHMgYXMgdGhlXG4vLyBAZ29vZ2xlL2dlbmFpIFNESyBjYWxscyB0aGVtLCBkZXRlcm1pbmlzdGljIHJlcGxpZXMsIHNpbXVsYXRlZCBwYWNpbmcgYW5kIHF1b3RhLCBzY3JpcHRlZCBmYXVsdHMsXG4vLyBhbmQgYSBsb2cgb2YgZXZlcnkgcmVxdWVzdC5cbmltcG9ydCB7IEV2ZW50RW1pdHRlciB9IGZyb20gJ25vZGU6ZXZlbnRzJztcbmltcG9ydCB7IGNyZWF0ZVNlcnZlciwgdHlwZSBJbmNvbWluZ01lc3NhZ2UsIHR5cGUgU2VydmVyLCB0eXBlIFNlcnZlclJlc3BvbnNlIH0gZnJvbSAnbm9kZTpodHRwJztcbmltcG9ydCB0eXBlIHsgQWRkcmVzc0luZm8sIFNvY2tldCB9IGZyb20gJ25vZGU6bmV0JztcbmltcG9ydCB7IHBlcmZvcm1hbmNlIH0gZnJvbSAnbm9kZTpwZXJmX2hvb2tzJztcbmltcG9ydCB7IGRlbGl2ZXJFcnJvciwgZGVsaXZlckZhdWx0LCBkZWxpdmVyUmVwbHksIHR5cGUgUGFjaW5nIH0gZnJvbSAnLi9kZWxpdmVyeSc7XG5pbXBvcnQgeyBhcGlLZXlJbnZhbGlkQm9keSwgZXJyb3JCb2R5LCBtb2RlbE5vdEZvdW5kQm9keSwgcGVyTWludXRlUXVvdGFCb2R5IH0gZnJvbSAnLi9lcnJvckJvZGllcyc7XG5pbXBvcnQgeyBFeGNoYW5nZSwgaXNBYm9ydEVycm9yIH0gZnJvbSAnLi9leGNoYW5nZSc7XG5pbXBvcnQgeyBGYXVsdFNjcmlwdCB9IGZyb20gJy4vZmF1bHRTY3JpcHQnO1xuaW1wb3J0IHsgZGVmYXVsdEZpeHR1cmVzRGlyLCBsb2FkRml4dHVyZSB9IGZyb20gJy4vZml4dHVyZXMnO1xuaW1wb3J0IHsgcGFyc2VHZW5lcmF0ZUJvZHksIHJlcXVlc3RIYXNoLCB0eXBlIFBhcnNlZEdlbmVyYXRlQm9keSB9IGZyb20gJy4vZ2VtaW5pUmVxdWVzdCc7XG5pbXBvcnQgeyBtb2RlbENhdGFsb2csIG1vZGVsUmVzb3VyY2UsIHRoaW5rcywgdHlwZSBNb2RlbENhdGFsb2cgfSBmcm9tICcuL21vZGVscyc7XG5pbXBvcnQgeyBQcm5nIH0gZnJvbSAnLi9wcm5nJztcbmltcG9ydCB7IGdlbmVyYXRlUHJvc2UsIHBocmFzZSB9IGZyb20gJy4vcHJvc2UnO1xuaW1wb3J0IHsgU2xpZGluZ1dpbmRvd1F1b3RhIH0gZnJvbSAnLi9xdW90YSc7XG5pbXBvcnQgdHlwZSB7IFJlcGx5IH0gZnJvbSAnLi9yZXBsaWVzJztcbmltcG9ydCB7IHJlcGx5TGVuZ3RoLCByZXF1ZXN0ZWRXb3JkcywgdG9rZW5zRm9yQ2hhcnMgfSBmcm9tICcuL3JlcGx5TGVuZ3RoJztcbmltcG9ydCB7IHZhbHVlRm9yU2NoZW1hIH0gZnJvbSAnLi9zY2hlbWFWYWx1ZSc7XG5pbXBvcnQgdHlwZSB7XG4gIEZhdWx0LFxuICBGYWtlR2VtaW5pLFxuICBGYWtlR2VtaW5pT3B0aW9ucyxcbiAgRmFrZUdlbWluaVJ1bnRpbWVPcHRpb25zLFxuICBGYWtlR2VtaW5pU3RhdHMsXG4gIEZha2VNb2RlbEluZm8sXG4gIEdlbWluaUFjdGlvbixcbiAgUmVxdWVzdEluZm8sXG4gIFJlcXVlc3RMb2dFbnRyeSxcbiAgU2NyaXB0SGFuZGxlLFxufSBmcm9tICcuL3R5cGVzJztcblxuZXhwb3J0IGNvbnN0IERFRkFVTFRfQVBJX0tFWSA9ICd0ZXN0LWtleS0xMjMnO1xuY29uc3QgREVGQVVMVF9XQUlUX01TID0gNV8wMDA7XG5jb25zdCBMSVNUX1BBR0VfU0laRSA9IDUwO1xuXG50eXBlIFJlc29sdmVkT3B0aW9ucyA9IFJlcXVpcmVkPE9taXQ8RmFrZUdlbWluaVJ1bnRpbWVPcHRpb25zLCAnbW9kZWxzJz4+ICYgUGljazxGYWtlR2VtaW5pUnVudGltZU9wdGlvbnMsICdtb2RlbHMnPjtcblxuLyoqIFN0YXJ0IGEgc2VydmVyIGFuZCB3YWl0IHVudGlsIGl0IGxpc3RlbnMuIFN0b3AgaXQgd2l0aCBgYXdhaXQgc2VydmVyLnN0b3AoKWAuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gc3RhcnRGYWtlR2VtaW5pKG9wdGlvbnM6IEZha2VHZW1pbmlPcHRpb25zID0ge30pOiBQcm9taXNlPEZha2VHZW1pbmk+IHtcbiAgY29uc3Qgc2VydmVyID0gbmV3IEZha2VHZW1pbmlTZXJ2ZXIob3B0aW9ucyk7XG4gIGF3YWl0IHNlcnZlci5saXN0ZW4ob3B0aW9ucy5wb3J0ID8/IDAsIG9wdGlvbnMuaG9zdCA/PyAnMTI3LjAuMC4xJyk7XG4gIHJldHVybiBzZXJ2ZXI7XG59XG5cbi8qKiBgL3YxYmV0YS9tb2RlbHNgLCBgL3YxYmV0YS9tb2RlbHMvZ2VtaW5pLTIuNS1mbGFzaGAsIGAvdjFiZXRhL21vZGVscy9nZW1pbmktMi41LWZsYXNoOmNvdW50VG9rZW5zYC4gKi9cbmNvbnN0IFJPVVRFID0gL15cXC8odjFbYS16MC05XSopXFwvbW9kZWxzKD86XFwvKFteLzpdKykoPzo6KFtBLVphLXpdKykpPyk/XFwvPyQvO1xuXG5pbnRlcmZhY2UgUm91dGUge1xuICByZWFkb25seSBhY3Rpb246IEdlbWluaUFjdGlvbjtcbiAgcmVhZG9ubHkgYXBpVmVyc2lvbjogc3RyaW5nO1xuICByZWFkb25seSBtb2RlbD86IHN0cmluZztcbn1cblxuY2xhc3MgRmFrZUdlbWluaVNlcnZlciBpbXBsZW1lbnRzIEZha2VHZW1pbmkge1xuICBwcml2YXRlIHJlYWRvbmx5IGh0dHA6IFNlcnZlcjtcbiAgcHJpdmF0ZSByZWFkb25seSBzb2NrZXRzID0gbmV3IFNldDxTb2NrZXQ+KCk7XG4gIHByaXZhdGUgcmVhZG9ubHkgYWN0aXZlID0gbmV3IFNldDxFeGNoYW5nZT4oKTtcbiAgcHJpdmF0ZSByZWFkb25seSBldmVudHMgPSBuZXcgRXZlbnRFbWl0dGVyKCk7XG4gIHByaXZhdGUgcmVhZG9ubHkgZmF1bHRzID0gbmV3IEZhdWx0U2NyaXB0KCk7XG4gIHByaXZhdGUgcmVhZG9ubHkgcXVvdGEgPSBuZXcgU2xpZGluZ1dpbmRvd1F1b3RhKCk7XG4gIHByaXZhdGUgb3B0aW9uczogUmVzb2x2ZWRPcHRpb25zO1xuICBwcml2YXRlIGNhdGFsb2c6IE1vZGVsQ2F0YWxvZztcbiAgcHJpdmF0ZSBsb2c6IFJlcXVlc3RMb2dFbnRyeVtdID0gW107XG4gIHByaXZhdGUgbmV4dElkID0gMTtcbiAgcHJpdmF0ZSBjb3VudGVycyA9IHsgc2VydmVkOiAwLCByYXRlTGltaXRlZDogMCwgcXVvdGFSZWplY3RlZDogMCB9O1xuICBwcml2YXRlIGFkZHJlc3M6IEFkZHJlc3NJbmZvIHwgdW5kZWZpbmVkO1xuICBwcml2YXRlIHN0b3BwaW5nOiBQcm9taXNlPHZvaWQ+IHwgdW5kZWZpbmVkO1xuXG4gIGNvbnN0cnVjdG9yKG9wdGlvbnM6IEZha2VHZW1pbmlPcHRpb25zKSB7XG4gICAgdGhpcy5vcHRpb25zID0ge1xuICAgICAgYXBpS2V5OiBvcHRpb25zLmFwaUtleSA/PyBERUZBVUxUX0FQSV9LRVksXG4gICAgICBtb2RlbHM6IG9wdGlvbnMubW9kZWxzLFxuICAgICAgdHRmdE1zOiBvcHRpb25zLnR0ZnRNcyA/PyAwLFxuICAgICAgdG9rZW5zUGVyU2Vjb25kOiBvcHRpb25zLnRva2Vuc1BlclNlY29uZCA/PyAwLFxuICAgICAgcmVxdWVzdHNQZXJNaW51dGU6IG9wdGlvbnMucmVxdWVzdHNQZXJNaW51dGUgPz8gMCxcbiAgICAgIHF1b3RhV2luZG93TXM6IG9wdGlvbnMucXVvdGFXaW5kb3dNcyA/PyA2MF8wMDAsXG4gICAgICB3b3Jkc1BlckNodW5rOiBvcHRpb25zLndvcmRzUGVyQ2h1bmsgPz8gMTIsXG4gICAgICBmaXh0dXJlc0Rpcjogb3B0aW9ucy5maXh0dXJlc0RpciA/PyBkZWZhdWx0Rml4dHVyZXNEaXIoKSxcbiAgICAgIG9uUmVxdWVzdEVuZDogb3B0aW9ucy5vblJlcXVlc3RFbmQgPz8gKCgpID0+IHVuZGVmaW5lZCksXG4gICAgfTtcbiAgICB0aGlzLmNhdGFsb2cgPSBtb2RlbENhdGFsb2cob3B0aW9ucy5tb2RlbHMpO1xuICAgIHRoaXMuaHR0cCA9IGNyZWF0ZVNlcnZlcigocmVxLCByZXMpID0+IHZvaWQgdGhpcy5oYW5kbGUocmVxLCByZXMpKTtcbiAgICB0aGlzLmh0dHAub24oJ2Nvbm5lY3Rpb24nLCAoc29ja2V0KSA9PiB7XG4gICAgICB0aGlzLnNvY2tldHMuYWRkKHNvY2tldCk7XG4gICAgICBzb2NrZXQub24oJ2Nsb3NlJywgKCkgPT4gdGhpcy5zb2NrZXRzLmRlbGV0ZShzb2NrZXQpKTtcbiAgICB9KTtcbiAgICB0aGlzLmV2ZW50cy5zZXRNYXhMaXN0ZW5lcnMoMCk7XG4gIH1cblxuICBsaXN0ZW4ocG9ydDogbnVtYmVyLCBob3N0OiBzdHJpbmcpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICByZXR1cm4gbmV3IFByb21pc2UoKHJlc29sdmUsIHJlamVjdCkgPT4ge1xuICAgICAgdGhpcy5odHRwLm9uY2UoJ2Vycm9yJywgcmVqZWN0KTtcbiAgICAgIHRoaXMuaHR0cC5saXN0ZW4ocG9ydCwgaG9zdCwgKCkgPT4ge1xuICAgICAgICB0aGlzLmh0dHAub2ZmKCdlcnJvcicsIHJlamVjdCk7XG4gICAgICAgIHRoaXMuYWRkcmVzcyA9IHRoaXMuaHR0cC5hZGRyZXNzKCkgYXMgQWRkcmVzc0luZm87XG4gICAgICAgIHJlc29sdmUoKTtcbiAgICAgIH0pO1xuICAgIH0pO1xuICB9XG5cbiAgZ2V0IHBvcnQoKTogbnVtYmVyIHtcbiAgICByZXR1cm4gdGhpcy5hZGRyZXNzPy5wb3J0ID8/IDA7XG4gIH1cblxuICBnZXQgYmFzZVVybCgpOiBzdHJpbmcge1xuICAgIGNvbnN0IGhvc3QgPSB0aGlzLmFkZHJlc3M/LmFkZHJlc3MgPz8gJzEyNy4wLjAuMSc7XG4gICAgcmV0dXJuIGBodHRwOi8vJHtob3N0LmluY2x1ZGVzKCc6JykgPyBgWyR7aG9zdH1dYCA6IGhvc3R9OiR7dGhpcy5wb3J0fWA7XG4gIH1cblxuICBnZXQgYXBpS2V5KCk6IHN0cmluZyB7XG4gICAgcmV0dXJuIHRoaXMub3B0aW9ucy5hcGlLZXk7XG4gIH1cblxuICBnZXQgcmVxdWVzdHMoKTogcmVhZG9ubHkgUmVxdWVzdExvZ0VudHJ5W10ge1xuICAgIHJldHVybiB0aGlzLmxvZztcbiAgfVxuXG4gIGdldCBzdGF0cygpOiBGYWtlR2VtaW5pU3RhdHMge1xuICAgIHJldHVybiB7IC4uLnRoaXMuY291bnRlcnMsIGluRmxpZ2h0OiB0aGlzLmFjdGl2ZS5zaXplIH07XG4gIH1cblxuICBzY3JpcHQoLi4uZmF1bHRzOiBGYXVsdFtdKTogdm9pZCB7XG4gICAgdGhpcy5mYXVsdHMuZW5xdWV1ZShmYXVsdHMpO1xuICB9XG5cbiAgc2NyaXB0V2hlbihwcmVkaWNhdGU6IChyZXF1ZXN0OiBSZXF1ZXN0SW5mbykgPT4gYm9vbGVhbiwgZmF1bHQ6IEZhdWx0LCBvcHRpb25zOiB7IHRpbWVzPzogbnVtYmVyIH0gPSB7fSk6IFNjcmlwdEhhbmRsZSB7XG4gICAgcmV0dXJuIHRoaXMuZmF1bHRzLmFkZE1hdGNoZXIocHJlZGljYXRlLCBmYXVsdCwgb3B0aW9ucy50aW1lcyA/PyAxKTtcbiAgfVxuXG4gIHNldE9wdGlvbnMob3B0aW9uczogUGFydGlhbDxGYWtlR2VtaW5pUnVudGltZU9wdGlvbnM+KTogdm9pZCB7XG4gICAgY29uc3QgZGVmaW5lZCA9IE9iamVjdC5mcm9tRW50cmllcyhPYmplY3QuZW50cmllcyhvcHRpb25zKS5maWx0ZXIoKFssIHZdKSA9PiB2ICE9PSB1bmRlZmluZWQpKTtcbiAgICB0aGlzLm9wdGlvbnMgPSB7IC4uLnRoaXMub3B0aW9ucywgLi4uZGVmaW5lZCB9O1xuICAgIGlmIChvcHRpb25zLm1vZGVscykgdGhpcy5jYXRhbG9nID0gbW9kZWxDYXRhbG9nKG9wdGlvbnMubW9kZWxzKTtcbiAgfVxuXG4gIHJlc2V0KCk6IHZvaWQge1xuICAgIHRoaXMubG9nID0gW107XG4gICAgdGhpcy5mYXVsdHMuY2xlYXIoKTtcbiAgICB0aGlzLnF1b3RhLnJlc2V0KCk7XG4gICAgdGhpcy5jb3VudGVycyA9IHsgc2VydmVkOiAwLCByYXRlTGltaXRlZDogMCwgcXVvdGFSZWplY3RlZDogMCB9O1xuICB9XG5cbiAgd2FpdEZvclJlcXVlc3QocHJlZGljYXRlOiAoZW50cnk6IFJlcXVlc3RMb2dFbnRyeSkgPT4gYm9vbGVhbiA9ICgpID0+IHRydWUsIHRpbWVvdXRNcyA9IERFRkFVTFRfV0FJVF9NUyk6IFByb21pc2U8UmVxdWVzdExvZ0VudHJ5PiB7XG4gICAgcmV0dXJuIG5ldyBQcm9taXNlKChyZXNvbHZlLCByZWplY3QpID0+IHtcbiAgICAgIGNvbnN0IGNoZWNrID0gKCk6IGJvb2xlYW4gPT4ge1xuICAgICAgICBjb25zdCBmb3VuZCA9IHRoaXMubG9nLmZpbmQocHJlZGljYXRlKTtcbiAgICAgICAgaWYgKGZvdW5kKSB7XG4gICAgICAgICAgY2xlYXJUaW1lb3V0KHRpbWVyKTtcbiAgICAgICAgICB0aGlzLmV2ZW50cy5vZmYoJ2NoYW5nZScsIGNoZWNrKTtcbiAgICAgICAgICByZXNvbHZlKGZvdW5kKTtcbiAgICAgICAgfVxuICAgICAgICByZXR1cm4gZm91bmQgIT09IHVuZGVmaW5lZDtcbiAgICAgIH07XG4gICAgICBjb25zdCB0aW1lciA9IHNldFRpbWVvdXQoKCkgPT4ge1xuICAgICAgICB0aGlzLmV2ZW50cy5vZmYoJ2NoYW5nZScsIGNoZWNrKTtcbiAgICAgICAgcmVqZWN0KG5ldyBFcnJvcihgZmFrZSBHZW1pbmk6IG5vIG1hdGNoaW5nIHJlcXVlc3Qgd2l0aGluICR7dGltZW91dE1zfSBtcyAoJHt0aGlzLmxvZy5sZW5ndGh9IGxvZ2dlZClgKSk7XG4gICAgICB9LCB0aW1lb3V0TXMpO1xuICAgICAgaWYgKCFjaGVjaygpKSB0aGlzLmV2ZW50cy5vbignY2hhbmdlJywgY2hlY2spO1xuICAgIH0pO1xuICB9XG5cbiAgc3RvcCgpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICB0aGlzLnN0b3BwaW5nID8/PSBuZXcgUHJvbWlzZTx2b2lkPigocmVzb2x2ZSkgPT4ge1xuICAgICAgdGhpcy5odHRwLmNsb3NlKCgpID0+IHJlc29sdmUoKSk7XG4gICAgICBmb3IgKGNvbnN0IGV4Y2hhbmdlIG9mIHRoaXMuYWN0aXZlKSBleGNoYW5nZS5hYmFuZG9uKCdzZXJ2ZXItc3RvcHBlZCcpO1xuICAgICAgdGhpcy5odHRwLmNsb3NlQWxsQ29ubmVjdGlvbnMoKTtcbiAgICAgIGZvciAoY29uc3Qgc29ja2V0IG9mIHRoaXMuc29ja2V0cykgc29ja2V0LmRlc3Ryb3koKTtcbiAgICB9KTtcbiAgICByZXR1cm4gdGhpcy5zdG9wcGluZztcbiAgfVxuXG4gIC8vIC0tLS0gcmVxdWVzdCBoYW5kbGluZyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tXG5cbiAgcHJpdmF0ZSBhc3luYyBoYW5kbGUocmVxOiBJbmNvbWluZ01lc3NhZ2UsIHJlczogU2VydmVyUmVzcG9uc2UpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBjb25zdCB1cmwgPSBuZXcgVVJMKHJlcS51cmwgPz8gJy8nLCAnaHR0cDovL2Zha2UtZ2VtaW5pLmludmFsaWQnKTtcbiAgICBjb25zdCByb3V0ZSA9IHRoaXMucm91dGUocmVxLm1ldGhvZCA/PyAnR0VUJywgdXJsLnBhdGhuYW1lKTtcbiAgICBsZXQgYm9keTogdW5rbm93bjtcbiAgICBsZXQgYm9keUVycm9yOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IHJhdyA9IGF3YWl0IHJlYWRCb2R5KHJlcSk7XG4gICAgICBpZiAocmF3LnRyaW0oKSAhPT0gJycpIGJvZHkgPSBKU09OLnBhcnNlKHJhdyk7XG4gICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgIGlmICghcmVxLmNvbXBsZXRlIHx8IHJlcy5kZXN0cm95ZWQpIHJldHVybjsgLy8gdGhlIGNsaWVudCB3ZW50IGF3YXkgd2hpbGUgc2VuZGluZ1xuICAgICAgYm9keUVycm9yID0gYEludmFsaWQgSlNPTiBwYXlsb2FkIHJlY2VpdmVkLiAke2Vycm9yIGluc3RhbmNlb2YgRXJyb3IgPyBlcnJvci5tZXNzYWdlIDogU3RyaW5nKGVycm9yKX1gO1xuICAgIH1cbiAgICBjb25zdCBwYXJzZWQgPSBwYXJzZUdlbmVyYXRlQm9keShib2R5KTtcbiAgICBjb25zdCBlbnRyeSA9IHRoaXMubG9nUmVxdWVzdChyZXEsIHVybCwgcm91dGUsIHBhcnNlZCk7XG4gICAgY29uc3QgZXhjaGFuZ2UgPSBuZXcgRXhjaGFuZ2UocmVzLCBlbnRyeSwgKGVuZGVkKSA9PiB0aGlzLm9uRXhjaGFuZ2VFbmQoZW5kZWQpKTtcbiAgICB0aGlzLmFjdGl2ZS5hZGQoZXhjaGFuZ2UpO1xuICAgIHRyeSB7XG4gICAgICBpZiAoYm9keUVycm9yICE9PSB1bmRlZmluZWQpIHJldHVybiBkZWxpdmVyRXJyb3IoZXhjaGFuZ2UsIGVycm9yQm9keSg0MDAsIGJvZHlFcnJvciksIGVudHJ5LnN0cmVhbSk7XG4gICAgICBhd2FpdCB0aGlzLmFuc3dlcihleGNoYW5nZSwgcm91dGUsIGJvZHksIHBhcnNlZCwgcHJlc2VudGVkS2V5KHJlcSwgdXJsKSk7XG4gICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgIGlmIChpc0Fib3J0RXJyb3IoZXJyb3IpKSByZXR1cm47XG4gICAgICAvLyBBIGJ1ZyBvciBhIGJhZCBzY3JpcHQgKGUuZy4gYW4gdW5rbm93biBmaXh0dXJlKTogbWFrZSBpdCB2aXNpYmxlIHRvIHRoZSB0ZXN0LlxuICAgICAgY29uc3QgbWVzc2FnZSA9IGVycm9yIGluc3RhbmNlb2YgRXJyb3IgPyBlcnJvci5tZXNzYWdlIDogU3RyaW5nKGVycm9yKTtcbiAgICAgIGlmICghZXhjaGFuZ2UuY2xvc2VkICYmIGVudHJ5LnN0YXR1cyA9PT0gMCkgZXhjaGFuZ2Uuc2VuZEpzb24oNTAwLCBlcnJvckJvZHkoNTAwLCBgZmFrZSBHZW1pbmk6ICR7bWVzc2FnZX1gKSk7XG4gICAgICBlbHNlIGV4Y2hhbmdlLmFiYW5kb24oJ2N1dCcpO1xuICAgIH1cbiAgfVxuXG4gIHByaXZhdGUgcm91dGUobWV0aG9kOiBzdHJpbmcsIHBhdGhuYW1lOiBzdHJpbmcpOiBSb3V0ZSB7XG4gICAgY29uc3QgbWF0Y2ggPSBST1VURS5leGVjKHBhdGhuYW1lKTtcbiAgICBpZiAoIW1hdGNoKSByZXR1cm4geyBhY3Rpb246ICd1bmtub3duJywgYXBpVmVyc2lvbjogJ3YxYmV0YScgfTtcbiAgICBjb25zdCBbLCBhcGlWZXJzaW9uID0gJ3YxYmV0YScsIHJhd01vZGVsLCB2ZXJiXSA9IG1hdGNoO1xuICAgIGNvbnN0IG1vZGVsID0gcmF3TW9kZWwgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IHNhZmVEZWNvZGUocmF3TW9kZWwpO1xuICAgIGNvbnN0IGFjdGlvbiA9IGFjdGlvbkZvcihtZXRob2QsIG1vZGVsLCB2ZXJiKTtcbiAgICByZXR1cm4geyBhY3Rpb24sIGFwaVZlcnNpb24sIC4uLihtb2RlbCAhPT0gdW5kZWZpbmVkID8geyBtb2RlbCB9IDoge30pIH07XG4gIH1cblxuICBwcml2YXRlIGxvZ1JlcXVlc3QocmVxOiBJbmNvbWluZ01lc3NhZ2UsIHVybDogVVJMLCByb3V0ZTogUm91dGUsIHBhcnNlZDogUGFyc2VkR2VuZXJhdGVCb2R5KTogUmVxdWVzdExvZ0VudHJ5IHtcbiAgICBjb25zdCBrZXlIZWFkZXIgPSByZXEuaGVhZGVyc1sneC1nb29nLWFwaS1rZXknXTtcbiAgICBjb25zdCBlbnRyeTogUmVxdWVzdExvZ0VudHJ5ID0ge1xuICAgICAgaWQ6IHRoaXMubmV4dElkKyssXG4gICAgICBhY3Rpb246IHJvdXRlLmFjdGlvbixcbiAgICAgIG1ldGhvZDogcmVxLm1ldGhvZCA/PyAnR0VUJyxcbiAgICAgIC4uLihyb3V0ZS5tb2RlbCAhPT0gdW5kZWZpbmVkID8geyBtb2RlbDogcm91dGUubW9kZWwgfSA6IHt9KSxcbiAgICAgIHBhdGg6IHVybC5wYXRobmFtZSxcbiAgICAgIHF1ZXJ5OiBPYmplY3QuZnJvbUVudHJpZXModXJsLnNlYXJjaFBhcmFtcyksXG4gICAgICBzdHJlYW06IHJvdXRlLmFjdGlvbiA9PT0gJ3N0cmVhbUdlbmVyYXRlQ29udGVudCcsXG4gICAgICBzdGFydGVkQXQ6IHBlcmZvcm1hbmNlLm5vdygpLFxuICAgICAgc3RhcnRlZEF0RXBvY2hNczogRGF0ZS5ub3coKSxcbiAgICAgIHN0YXR1czogMCxcbiAgICAgIHByb21wdFRleHQ6IHBhcnNlZC5wcm9tcHRUZXh0LFxuICAgICAgLi4uKHBhcnNlZC5zeXN0ZW1JbnN0cnVjdGlvbiAhPT0gdW5kZWZpbmVkID8geyBzeXN0ZW1JbnN0cnVjdGlvbjogcGFyc2VkLnN5c3RlbUluc3RydWN0aW9uIH0gOiB7fSksXG4gICAgICAuLi4ocGFyc2VkLmdlbmVyYXRpb25Db25maWcgIT09IHVuZGVmaW5lZCA/IHsgZ2VuZXJhdGlvbkNvbmZpZzogcGFyc2VkLmdlbmVyYXRpb25Db25maWcgfSA6IHt9KSxcbiAgICAgIGhhZEtleUhlYWRlcjoga2V5SGVhZGVyICE9PSB1bmRlZmluZWQsXG4gICAgICBrZXlJblF1ZXJ5OiB1cmwuc2VhcmNoUGFyYW1zLmhhcygna2V5JyksXG4gICAgICBvdXRwdXRXb3JkczogMCxcbiAgICB9O1xuICAgIHRoaXMubG9nLnB1c2goZW50cnkpO1xuICAgIHRoaXMuZXZlbnRzLmVtaXQoJ2NoYW5nZScpO1xuICAgIHJldHVybiBlbnRyeTtcbiAgfVxuXG4gIHByaXZhdGUgb25FeGNoYW5nZUVuZChleGNoYW5nZTogRXhjaGFuZ2UpOiB2b2lkIHtcbiAgICB0aGlzLmFjdGl2ZS5kZWxldGUoZXhjaGFuZ2UpO1xuICAgIHRoaXMuY291bnRlcnMuc2VydmVkKys7XG4gICAgaWYgKGV4Y2hhbmdlLmVudHJ5LnN0YXR1cyA9PT0gNDI5KSB0aGlzLmNvdW50ZXJzLnJhdGVMaW1pdGVkKys7XG4gICAgdGhpcy5ldmVudHMuZW1pdCgnY2hhbmdlJyk7XG4gICAgdGhpcy5vcHRpb25zLm9uUmVxdWVzdEVuZChleGNoYW5nZS5lbnRyeSk7XG4gIH1cblxuICBwcml2YXRlIGFzeW5jIGFuc3dlcihcbiAgICBleGNoYW5nZTogRXhjaGFuZ2UsXG4gICAgcm91dGU6IFJvdXRlLFxuICAgIGJvZHk6IHVua25vd24sXG4gICAgcGFyc2VkOiBQYXJzZWRHZW5lcmF0ZUJvZHksXG4gICAga2V5OiBzdHJpbmcgfCB1bmRlZmluZWQsXG4gICk6IFByb21pc2U8dm9pZD4ge1xuICAgIGNvbnN0IHsgZW50cnkgfSA9IGV4Y2hhbmdlO1xuICAgIGlmIChrZXkgIT09IHRoaXMub3B0aW9ucy5hcGlLZXkpIHJldHVybiBkZWxpdmVyRXJyb3IoZXhjaGFuZ2UsIGFwaUtleUludmFsaWRCb2R5KCksIGVudHJ5LnN0cmVhbSk7XG4gICAgc3dpdGNoIChyb3V0ZS5hY3Rpb24pIHtcbiAgICAgIGNhc2UgJ2xpc3RNb2RlbHMnOlxuICAgICAgICByZXR1cm4gdGhpcy5saXN0TW9kZWxzKGV4Y2hhbmdlKTtcbiAgICAgIGNhc2UgJ3Vua25vd24nOlxuICAgICAgICByZXR1cm4gZXhjaGFuZ2Uuc2VuZEpzb24oNDA0LCBlcnJvckJvZHkoNDA0LCBgTWV0aG9kIG5vdCBmb3VuZDogJHtlbnRyeS5tZXRob2R9ICR7ZW50cnkucGF0aH1gKSk7XG4gICAgICBkZWZhdWx0OlxuICAgICAgICBicmVhaztcbiAgICB9XG4gICAgY29uc3QgbW9kZWwgPSB0aGlzLmNhdGFsb2cuZmluZChyb3V0ZS5tb2RlbCA/PyAnJyk7XG4gICAgaWYgKCFtb2RlbCkgcmV0dXJuIGRlbGl2ZXJFcnJvcihleGNoYW5nZSwgbW9kZWxOb3RGb3VuZEJvZHkocm91dGUubW9kZWwgPz8gJycsIHJvdXRlLmFwaVZlcnNpb24pLCBlbnRyeS5zdHJlYW0pO1xuICAgIHN3aXRjaCAocm91dGUuYWN0aW9uKSB7XG4gICAgICBjYXNlICdnZXRNb2RlbCc6XG4gICAgICAgIHJldHVybiBleGNoYW5nZS5zZW5kSnNvbigyMDAsIG1vZGVsUmVzb3VyY2UobW9kZWwpKTtcbiAgICAgIGNhc2UgJ2NvdW50VG9rZW5zJzpcbiAgICAgICAgcmV0dXJuIGV4Y2hhbmdlLnNlbmRKc29uKDIwMCwgY291bnRUb2tlbnNCb2R5KHBhcnNlZCkpO1xuICAgICAgZGVmYXVsdDpcbiAgICAgICAgcmV0dXJuIHRoaXMuZ2VuZXJhdGUoZXhjaGFuZ2UsIG1vZGVsLCBib2R5LCBwYXJzZWQpO1xuICAgIH1cbiAgfVxuXG4gIHByaXZhdGUgbGlzdE1vZGVscyhleGNoYW5nZTogRXhjaGFuZ2UpOiB2b2lkIHtcbiAgICBjb25zdCBhbGwgPSB0aGlzLmNhdGFsb2cuYWxsKCk7XG4gICAgY29uc3QgcGFnZVNpemUgPSBNYXRoLm1heCgxLCBOdW1iZXIoZXhjaGFuZ2UuZW50cnkucXVlcnlbJ3BhZ2VTaXplJ10pIHx8IExJU1RfUEFHRV9TSVpFKTtcbiAgICBjb25zdCBvZmZzZXQgPSBNYXRoLm1heCgwLCBOdW1iZXIoZXhjaGFuZ2UuZW50cnkucXVlcnlbJ3BhZ2VUb2tlbiddKSB8fCAwKTtcbiAgICBjb25zdCBwYWdlID0gYWxsLnNsaWNlKG9mZnNldCwgb2Zmc2V0ICsgcGFnZVNpemUpLm1hcChtb2RlbFJlc291cmNlKTtcbiAgICBjb25zdCBuZXh0ID0gb2Zmc2V0ICsgcGFnZVNpemUgPCBhbGwubGVuZ3RoID8geyBuZXh0UGFnZVRva2VuOiBTdHJpbmcob2Zmc2V0ICsgcGFnZVNpemUpIH0gOiB7fTtcbiAgICBleGNoYW5nZS5zZW5kSnNvbigyMDAsIHsgbW9kZWxzOiBwYWdlLCAuLi5uZXh0IH0pO1xuICB9XG5cbiAgcHJpdmF0ZSBhc3luYyBnZW5lcmF0ZShleGNoYW5nZTogRXhjaGFuZ2UsIG1vZGVsOiBGYWtlTW9kZWxJbmZvLCBib2R5OiB1bmtub3duLCBwYXJzZWQ6IFBhcnNlZEdlbmVyYXRlQm9keSk6IFByb21pc2U8dm9pZD4ge1xuICAgIGNvbnN0IHsgZW50cnkgfSA9IGV4Y2hhbmdlO1xuICAgIGNvbnN0IG9wdGlvbnMgPSB0aGlzLm9wdGlvbnM7IC8vIGEgc25hcHNob3Q6IGxhdGVyIHNldE9wdGlvbnMgY2FsbHMgZG8gbm90IGNoYW5nZSB0aGlzIHJlcXVlc3RcbiAgICBjb25zdCBkZWNpc2lvbiA9IHRoaXMucXVvdGEudHJ5QWNjZXB0KGVudHJ5LnN0YXJ0ZWRBdCwgb3B0aW9ucy5yZXF1ZXN0c1Blck1pbnV0ZSwgb3B0aW9ucy5xdW90YVdpbmRvd01zKTtcbiAgICBpZiAoIWRlY2lzaW9uLmFjY2VwdGVkKSB7XG4gICAgICBlbnRyeS5xdW90YVJlamVjdGVkID0gdHJ1ZTtcbiAgICAgIHRoaXMuY291bnRlcnMucXVvdGFSZWplY3RlZCsrO1xuICAgICAgcmV0dXJuIGRlbGl2ZXJFcnJvcihleGNoYW5nZSwgcGVyTWludXRlUXVvdGFCb2R5KG1vZGVsLmlkLCBvcHRpb25zLnJlcXVlc3RzUGVyTWludXRlLCBkZWNpc2lvbi5yZXRyeUFmdGVyTXMpLCBlbnRyeS5zdHJlYW0pO1xuICAgIH1cbiAgICBjb25zdCBpbmZvOiBSZXF1ZXN0SW5mbyA9IHtcbiAgICAgIGFjdGlvbjogZW50cnkuYWN0aW9uLFxuICAgICAgbW9kZWw6IG1vZGVsLmlkLFxuICAgICAgc3RyZWFtOiBlbnRyeS5zdHJlYW0sXG4gICAgICBwcm9tcHRUZXh0OiBwYXJzZWQucHJvbXB0VGV4dCxcbiAgICAgIC4uLihwYXJzZWQuc3lzdGVtSW5zdHJ1Y3Rpb24gIT09IHVuZGVmaW5lZCA/IHsgc3lzdGVtSW5zdHJ1Y3Rpb246IHBhcnNlZC5zeXN0ZW1JbnN0cnVjdGlvbiB9IDoge30pLFxuICAgICAgLi4uKHBhcnNlZC5nZW5lcmF0aW9uQ29uZmlnICE9PSB1bmRlZmluZWQgPyB7IGdlbmVyYXRpb25Db25maWc6IHBhcnNlZC5nZW5lcmF0aW9uQ29uZmlnIH0gOiB7fSksXG4gICAgICBib2R5LFxuICAgIH07XG4gICAgY29uc3QgZmF1bHQgPSB0aGlzLmZhdWx0cy50YWtlKGluZm8pO1xuICAgIGNvbnN0IHJlcGx5ID0gcGxhblJlcGx5KG1vZGVsLCBib2R5LCBwYXJzZWQpO1xuICAgIGNvbnN0IHBhY2luZzogUGFjaW5nID0geyB0dGZ0TXM6IG9wdGlvbnMudHRmdE1zLCB0b2tlbnNQZXJTZWNvbmQ6IG9wdGlvbnMudG9rZW5zUGVyU2Vjb25kLCB3b3Jkc1BlckNodW5rOiBvcHRpb25zLndvcmRzUGVyQ2h1bmsgfTtcbiAgICBpZiAoIWZhdWx0KSByZXR1cm4gZGVsaXZlclJlcGx5KGV4Y2hhbmdlLCByZXBseSwgZW50cnkuc3RyZWFtLCBwYWNpbmcpO1xuICAgIGVudHJ5LmZhdWx0ID0gZmF1bHQ7XG4gICAgdGhpcy5ldmVudHMuZW1pdCgnY2hhbmdlJyk7XG4gICAgcmV0dXJuIGRlbGl2ZXJGYXVsdChleGNoYW5nZSwgZmF1bHQsIHJlcGx5LCBlbnRyeS5zdHJlYW0sIHBhY2luZywgKG5hbWUpID0+IGxvYWRGaXh0dXJlKG5hbWUsIG9wdGlvbnMuZml4dHVyZXNEaXIpKTtcbiAgfVxufVxuXG5mdW5jdGlvbiBhY3Rpb25Gb3IobWV0aG9kOiBzdHJpbmcsIG1vZGVsOiBzdHJpbmcgfCB1bmRlZmluZWQsIHZlcmI6IHN0cmluZyB8IHVuZGVmaW5lZCk6IEdlbWluaUFjdGlvbiB7XG4gIGlmIChtb2RlbCA9PT0gdW5kZWZpbmVkKSByZXR1cm4gbWV0aG9kID09PSAnR0VUJyA/ICdsaXN0TW9kZWxzJyA6ICd1bmtub3duJztcbiAgaWYgKHZlcmIgPT09IHVuZGVmaW5lZCkgcmV0dXJuIG1ldGhvZCA9PT0gJ0dFVCcgPyAnZ2V0TW9kZWwnIDogJ3Vua25vd24nO1xuICBpZiAobWV0aG9kICE9PSAnUE9TVCcpIHJldHVybiAndW5rbm93bic7XG4gIHN3aXRjaCAodmVyYikge1xuICAgIGNhc2UgJ2dlbmVyYXRlQ29udGVudCc6XG4gICAgY2FzZSAnc3RyZWFtR2VuZXJhdGVDb250ZW50JzpcbiAgICBjYXNlICdjb3VudFRva2Vucyc6XG4gICAgICByZXR1cm4gdmVyYjtcbiAgICBkZWZhdWx0OlxuICAgICAgcmV0dXJuICd1bmtub3duJztcbiAgfVxufVxuXG4vKiogVGhlIGRldGVybWluaXN0aWMgcmVwbHkgdG8gYSBnZW5lcmF0ZSByZXF1ZXN0OiBwcm9zZSwgb3IgSlNPTiB3aGVuIGEgc2NoZW1hIGlzIGdpdmVuLiAqL1xuZnVuY3Rpb24gcGxhblJlcGx5KG1vZGVsOiBGYWtlTW9kZWxJbmZvLCBib2R5OiB1bmtub3duLCBwYXJzZWQ6IFBhcnNlZEdlbmVyYXRlQm9keSk6IFJlcGx5IHtcbiAgY29uc3QgaGFzaCA9IHJlcXVlc3RIYXNoKG1vZGVsLmlkLCBib2R5KTtcbiAgY29uc3Qgcm5nID0gUHJuZy5mcm9tVGV4dChoYXNoKTtcbiAgbGV0IHRleHQ6IHN0cmluZztcbiAgbGV0IGZpbmlzaFJlYXNvbiA9ICdTVE9QJztcbiAgaWYgKHBhcnNlZC5yZXNwb25zZVNjaGVtYSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgdGV4dCA9IEpTT04uc3RyaW5naWZ5KHZhbHVlRm9yU2NoZW1hKHBhcnNlZC5yZXNwb25zZVNjaGVtYSwgcm5nKSwgbnVsbCwgMik7XG4gIH0gZWxzZSBpZiAocGFyc2VkLndhbnRzSnNvbikge1xuICAgIHRleHQgPSBKU09OLnN0cmluZ2lmeSh7IHJlc3VsdDogcGhyYXNlKHJuZykgfSwgbnVsbCwgMik7XG4gIH0gZWxzZSB7XG4gICAgY29uc3QgbGVuZ3RoID0gcmVwbHlMZW5ndGgocmVxdWVzdGVkV29yZHMocGFyc2VkLnByb21wdFRleHQsIHBhcnNlZC5zeXN0ZW1JbnN0cnVjdGlvbiksIHBhcnNlZC5tYXhPdXRwdXRUb2tlbnMpO1xuICAgIHRleHQgPSBnZW5lcmF0ZVByb3NlKHJuZywgbGVuZ3RoLndvcmRzKTtcbiAgICBpZiAobGVuZ3RoLnRydW5jYXRlZCkgZmluaXNoUmVhc29uID0gJ01BWF9UT0tFTlMnO1xuICB9XG4gIGNvbnN0IHByb21wdENoYXJzID0gcGFyc2VkLnByb21wdFRleHQubGVuZ3RoICsgKHBhcnNlZC5zeXN0ZW1JbnN0cnVjdGlvbj8ubGVuZ3RoID8/IDApO1xuICBjb25zdCB0aG91Z2h0cyA9IHRob3VnaHRzVG9rZW5zKG1vZGVsLCBwYXJzZWQudGhpbmtpbmdCdWRnZXQsIFBybmcuZnJvbVRleHQoYCR7aGFzaH06dGhvdWdodHNgKSk7XG4gIHJldHVybiB7XG4gICAgdGV4dCxcbiAgICBmaW5pc2hSZWFzb24sXG4gICAgbW9kZWw6IG1vZGVsLmlkLFxuICAgIHJlc3BvbnNlSWQ6IEJ1ZmZlci5mcm9tKGhhc2guc2xpY2UoMCwgMzIpLCAnaGV4JykudG9TdHJpbmcoJ2Jhc2U2NHVybCcpLFxuICAgIHByb21wdFRva2VuczogdG9rZW5zRm9yQ2hhcnMocHJvbXB0Q2hhcnMpLFxuICAgIC4uLih0aG91Z2h0cyAhPT0gdW5kZWZpbmVkID8geyB0aG91Z2h0c1Rva2VuczogdGhvdWdodHMgfSA6IHt9KSxcbiAgfTtcbn1cblxuLyoqIFRoaW5raW5nIG1vZGVscyByZXBvcnQgc29tZSB0aGlua2luZyB1bmxlc3MgdGhlIGJ1ZGdldCBpcyAwOyBuZXZlciBtb3JlIHRoYW4gdGhlIGJ1ZGdldC4gKi9cbmZ1bmN0aW9uIHRob3VnaHRzVG9rZW5zKG1vZGVsOiBGYWtlTW9kZWxJbmZvLCBidWRnZXQ6IG51bWJlciB8IHVuZGVmaW5lZCwgcm5nOiBQcm5nKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgaWYgKCF0aGlua3MobW9kZWwpIHx8IGJ1ZGdldCA9PT0gMCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgbmF0dXJhbCA9IHJuZy5pbnQoMjAsIDQwMCk7XG4gIHJldHVybiBidWRnZXQgIT09IHVuZGVmaW5lZCAmJiBidWRnZXQgPiAwID8gTWF0aC5taW4oYnVkZ2V0LCBuYXR1cmFsKSA6IG5hdHVyYWw7XG59XG5cbi8qKiBjb3VudFRva2VucyBpbiB0aGUgcmVjb3JkaW5nJ3Mgc2hhcGU6IHBlci1jb250ZW50IHBhcnQgdG9rZW5zIHBsdXMgb25lIHBlciByb2xlLiAqL1xuZnVuY3Rpb24gY291bnRUb2tlbnNCb2R5KHBhcnNlZDogUGFyc2VkR2VuZXJhdGVCb2R5KTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4ge1xuICBjb25zdCBjb250ZW50VG9rZW5zID0gcGFyc2VkLmNvbnRlbnRUZXh0cy5tYXAoKHBhcnRzKSA9PiAoeyBwYXJ0VG9rZW5zOiBwYXJ0cy5tYXAoKHApID0+IHRva2Vuc0ZvckNoYXJzKHAubGVuZ3RoKSksIHJvbGVUb2tlbnM6IDEgfSkpO1xuICBjb25zdCBzeXN0ZW0gPSBwYXJzZWQuc3lzdGVtSW5zdHJ1Y3Rpb247XG4gIGNvbnN0IHN5c3RlbVRva2VucyA9IHN5c3RlbSAhPT0gdW5kZWZpbmVkID8geyBwYXJ0VG9rZW5zOiBbdG9rZW5zRm9yQ2hhcnMoc3lzdGVtLmxlbmd0aCldLCByb2xlVG9rZW5zOiAxIH0gOiB7fTtcbiAgY29uc3Qgc3VtID0gKHQ6IHsgcGFydFRva2Vucz86IG51bWJlcltdOyByb2xlVG9rZW5zPzogbnVtYmVyIH0pOiBudW1iZXIgPT5cbiAgICAodC5wYXJ0VG9rZW5zID8/IFtdKS5yZWR1Y2UoKGEsIGIpID0+IGEgKyBiLCAwKSArICh0LnJvbGVUb2tlbnMgPz8gMCk7XG4gIGNvbnN0IHRvdGFsVG9rZW5zID0gY29udGVudFRva2Vucy5yZWR1Y2UoKGEsIHQpID0+IGEgKyBzdW0odCksIDApICsgc3VtKHN5c3RlbVRva2Vucyk7XG4gIHJldHVybiB7XG4gICAgY29udGVudFRva2VucyxcbiAgICBwcm9tcHRUb2tlbnNEZXRhaWxzOiBbeyBtb2RhbGl0eTogJ1RFWFQnLCB0b2tlbkNvdW50OiB0b3RhbFRva2VucyB9XSxcbiAgICBzeXN0ZW1JbnN0cnVjdGlvbnNUb2tlbnM6IHN5c3RlbVRva2VucyxcbiAgICB0b3RhbFRva2VucyxcbiAgfTtcbn1cblxuZnVuY3Rpb24gc2FmZURlY29kZShjb21wb25lbnQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIGRlY29kZVVSSUNvbXBvbmVudChjb21wb25lbnQpO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gY29tcG9uZW50O1xuICB9XG59XG5cbi8qKiBUaGUga2V5IHRoZSBjbGllbnQgc2VudDogdGhlIGhlYWRlciB0aGUgU0RLIHVzZXMsIGVsc2UgYSBgP2tleT1gIChhY2NlcHRlZCwgYXMgR2VtaW5pIGRvZXMsIGJ1dCBsb2dnZWQpLiAqL1xuZnVuY3Rpb24gcHJlc2VudGVkS2V5KHJlcTogSW5jb21pbmdNZXNzYWdlLCB1cmw6IFVSTCk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IGhlYWRlciA9IHJlcS5oZWFkZXJzWyd4LWdvb2ctYXBpLWtleSddO1xuICByZXR1cm4gKEFycmF5LmlzQXJyYXkoaGVhZGVyKSA/IGhlYWRlclswXSA6IGhlYWRlcikgPz8gdXJsLnNlYXJjaFBhcmFtcy5nZXQoJ2tleScpID8/IHVuZGVmaW5lZDtcbn1cblxuZnVuY3Rpb24gcmVhZEJvZHkocmVxOiBJbmNvbWluZ01lc3NhZ2UpOiBQcm9taXNlPHN0cmluZz4ge1xuICByZXR1cm4gbmV3IFByb21pc2UoKHJlc29sdmUsIHJlamVjdCkgPT4ge1xuICAgIGNvbnN0IGNodW5rczogQnVmZmVyW10gPSBbXTtcbiAgICByZXEub24oJ2RhdGEnLCAoY2h1bms6IEJ1ZmZlcikgPT4gY2h1bmtzLnB1c2goY2h1bmspKTtcbiAgICByZXEub24oJ2VuZCcsICgpID0+IHJlc29sdmUoQnVmZmVyLmNvbmNhdChjaHVua3MpLnRvU3RyaW5nKCd1dGY4JykpKTtcbiAgICByZXEub24oJ2Vycm9yJywgcmVqZWN0KTtcbiAgICByZXEub24oJ2Nsb3NlJywgKCkgPT4ge1xuICAgICAgaWYgKCFyZXEuY29tcGxldGUpIHJlamVjdChuZXcgRXJyb3IoJ3JlcXVlc3QgYWJvcnRlZCcpKTtcbiAgICB9KTtcbiAgfSk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFHQSx5QkFBNkI7QUFDN0IsdUJBQXFGO0FBRXJGLDZCQUE0QjtBQUM1QixzQkFBc0U7QUFDdEUseUJBQW9GO0FBQ3BGLHNCQUF1QztBQUN2Qyx5QkFBNEI7QUFDNUIsc0JBQWdEO0FBQ2hELDJCQUF3RTtBQUN4RSxvQkFBdUU7QUFDdkUsa0JBQXFCO0FBQ3JCLG1CQUFzQztBQUN0QyxtQkFBbUM7QUFFbkMseUJBQTREO0FBQzVELHlCQUErQjtBQWN4QixNQUFNLGtCQUFrQjtBQUMvQixNQUFNLGtCQUFrQjtBQUN4QixNQUFNLGlCQUFpQjtBQUt2QixlQUFzQixnQkFBZ0IsVUFBNkIsQ0FBQyxHQUF3QjtBQUMxRixRQUFNLFNBQVMsSUFBSSxpQkFBaUIsT0FBTztBQUMzQyxRQUFNLE9BQU8sT0FBTyxRQUFRLFFBQVEsR0FBRyxRQUFRLFFBQVEsV0FBVztBQUNsRSxTQUFPO0FBQ1Q7QUFHQSxNQUFNLFFBQVE7QUFRZCxNQUFNLGlCQUF1QztBQUFBLEVBQzFCO0FBQUEsRUFDQSxVQUFVLG9CQUFJLElBQVk7QUFBQSxFQUMxQixTQUFTLG9CQUFJLElBQWM7QUFBQSxFQUMzQixTQUFTLElBQUksZ0NBQWE7QUFBQSxFQUMxQixTQUFTLElBQUksK0JBQVk7QUFBQSxFQUN6QixRQUFRLElBQUksZ0NBQW1CO0FBQUEsRUFDeEM7QUFBQSxFQUNBO0FBQUEsRUFDQSxNQUF5QixDQUFDO0FBQUEsRUFDMUIsU0FBUztBQUFBLEVBQ1QsV0FBVyxFQUFFLFFBQVEsR0FBRyxhQUFhLEdBQUcsZUFBZSxFQUFFO0FBQUEsRUFDekQ7QUFBQSxFQUNBO0FBQUEsRUFFUixZQUFZLFNBQTRCO0FBQ3RDLFNBQUssVUFBVTtBQUFBLE1BQ2IsUUFBUSxRQUFRLFVBQVU7QUFBQSxNQUMxQixRQUFRLFFBQVE7QUFBQSxNQUNoQixRQUFRLFFBQVEsVUFBVTtBQUFBLE1BQzFCLGlCQUFpQixRQUFRLG1CQUFtQjtBQUFBLE1BQzVDLG1CQUFtQixRQUFRLHFCQUFxQjtBQUFBLE1BQ2hELGVBQWUsUUFBUSxpQkFBaUI7QUFBQSxNQUN4QyxlQUFlLFFBQVEsaUJBQWlCO0FBQUEsTUFDeEMsYUFBYSxRQUFRLG1CQUFlLG9DQUFtQjtBQUFBLE1BQ3ZELGNBQWMsUUFBUSxpQkFBaUIsTUFBTTtBQUFBLElBQy9DO0FBQ0EsU0FBSyxjQUFVLDRCQUFhLFFBQVEsTUFBTTtBQUMxQyxTQUFLLFdBQU8sK0JBQWEsQ0FBQyxLQUFLLFFBQVEsS0FBSyxLQUFLLE9BQU8sS0FBSyxHQUFHLENBQUM7QUFDakUsU0FBSyxLQUFLLEdBQUcsY0FBYyxDQUFDLFdBQVc7QUFDckMsV0FBSyxRQUFRLElBQUksTUFBTTtBQUN2QixhQUFPLEdBQUcsU0FBUyxNQUFNLEtBQUssUUFBUSxPQUFPLE1BQU0sQ0FBQztBQUFBLElBQ3RELENBQUM7QUFDRCxTQUFLLE9BQU8sZ0JBQWdCLENBQUM7QUFBQSxFQUMvQjtBQUFBLEVBRUEsT0FBTyxNQUFjLE1BQTZCO0FBQ2hELFdBQU8sSUFBSSxRQUFRLENBQUMsU0FBUyxXQUFXO0FBQ3RDLFdBQUssS0FBSyxLQUFLLFNBQVMsTUFBTTtBQUM5QixXQUFLLEtBQUssT0FBTyxNQUFNLE1BQU0sTUFBTTtBQUNqQyxhQUFLLEtBQUssSUFBSSxTQUFTLE1BQU07QUFDN0IsYUFBSyxVQUFVLEtBQUssS0FBSyxRQUFRO0FBQ2pDLGdCQUFRO0FBQUEsTUFDVixDQUFDO0FBQUEsSUFDSCxDQUFDO0FBQUEsRUFDSDtBQUFBLEVBRUEsSUFBSSxPQUFlO0FBQ2pCLFdBQU8sS0FBSyxTQUFTLFFBQVE7QUFBQSxFQUMvQjtBQUFBLEVBRUEsSUFBSSxVQUFrQjtBQUNwQixVQUFNLE9BQU8sS0FBSyxTQUFTLFdBQVc7QUFDdEMsV0FBTyxVQUFVLEtBQUssU0FBUyxHQUFHLElBQUksSUFBSSxJQUFJLE1BQU0sSUFBSSxJQUFJLEtBQUssSUFBSTtBQUFBLEVBQ3ZFO0FBQUEsRUFFQSxJQUFJLFNBQWlCO0FBQ25CLFdBQU8sS0FBSyxRQUFRO0FBQUEsRUFDdEI7QUFBQSxFQUVBLElBQUksV0FBdUM7QUFDekMsV0FBTyxLQUFLO0FBQUEsRUFDZDtBQUFBLEVBRUEsSUFBSSxRQUF5QjtBQUMzQixXQUFPLEVBQUUsR0FBRyxLQUFLLFVBQVUsVUFBVSxLQUFLLE9BQU8sS0FBSztBQUFBLEVBQ3hEO0FBQUEsRUFFQSxVQUFVLFFBQXVCO0FBQy9CLFNBQUssT0FBTyxRQUFRLE1BQU07QUFBQSxFQUM1QjtBQUFBLEVBRUEsV0FBVyxXQUE4QyxPQUFjLFVBQThCLENBQUMsR0FBaUI7QUFDckgsV0FBTyxLQUFLLE9BQU8sV0FBVyxXQUFXLE9BQU8sUUFBUSxTQUFTLENBQUM7QUFBQSxFQUNwRTtBQUFBLEVBRUEsV0FBVyxTQUFrRDtBQUMzRCxVQUFNLFVBQVUsT0FBTyxZQUFZLE9BQU8sUUFBUSxPQUFPLEVBQUUsT0FBTyxDQUFDLENBQUMsRUFBRSxDQUFDLE1BQU0sTUFBTSxNQUFTLENBQUM7QUFDN0YsU0FBSyxVQUFVLEVBQUUsR0FBRyxLQUFLLFNBQVMsR0FBRyxRQUFRO0FBQzdDLFFBQUksUUFBUSxPQUFRLE1BQUssY0FBVSw0QkFBYSxRQUFRLE1BQU07QUFBQSxFQUNoRTtBQUFBLEVBRUEsUUFBYztBQUNaLFNBQUssTUFBTSxDQUFDO0FBQ1osU0FBSyxPQUFPLE1BQU07QUFDbEIsU0FBSyxNQUFNLE1BQU07QUFDakIsU0FBSyxXQUFXLEVBQUUsUUFBUSxHQUFHLGFBQWEsR0FBRyxlQUFlLEVBQUU7QUFBQSxFQUNoRTtBQUFBLEVBRUEsZUFBZSxZQUFpRCxNQUFNLE1BQU0sWUFBWSxpQkFBMkM7QUFDakksV0FBTyxJQUFJLFFBQVEsQ0FBQyxTQUFTLFdBQVc7QUFDdEMsWUFBTSxRQUFRLE1BQWU7QUFDM0IsY0FBTSxRQUFRLEtBQUssSUFBSSxLQUFLLFNBQVM7QUFDckMsWUFBSSxPQUFPO0FBQ1QsdUJBQWEsS0FBSztBQUNsQixlQUFLLE9BQU8sSUFBSSxVQUFVLEtBQUs7QUFDL0Isa0JBQVEsS0FBSztBQUFBLFFBQ2Y7QUFDQSxlQUFPLFVBQVU7QUFBQSxNQUNuQjtBQUNBLFlBQU0sUUFBUSxXQUFXLE1BQU07QUFDN0IsYUFBSyxPQUFPLElBQUksVUFBVSxLQUFLO0FBQy9CLGVBQU8sSUFBSSxNQUFNLDJDQUEyQyxTQUFTLFFBQVEsS0FBSyxJQUFJLE1BQU0sVUFBVSxDQUFDO0FBQUEsTUFDekcsR0FBRyxTQUFTO0FBQ1osVUFBSSxDQUFDLE1BQU0sRUFBRyxNQUFLLE9BQU8sR0FBRyxVQUFVLEtBQUs7QUFBQSxJQUM5QyxDQUFDO0FBQUEsRUFDSDtBQUFBLEVBRUEsT0FBc0I7QUFDcEIsU0FBSyxhQUFhLElBQUksUUFBYyxDQUFDLFlBQVk7QUFDL0MsV0FBSyxLQUFLLE1BQU0sTUFBTSxRQUFRLENBQUM7QUFDL0IsaUJBQVcsWUFBWSxLQUFLLE9BQVEsVUFBUyxRQUFRLGdCQUFnQjtBQUNyRSxXQUFLLEtBQUssb0JBQW9CO0FBQzlCLGlCQUFXLFVBQVUsS0FBSyxRQUFTLFFBQU8sUUFBUTtBQUFBLElBQ3BELENBQUM7QUFDRCxXQUFPLEtBQUs7QUFBQSxFQUNkO0FBQUE7QUFBQSxFQUlBLE1BQWMsT0FBTyxLQUFzQixLQUFvQztBQUM3RSxVQUFNLE1BQU0sSUFBSSxJQUFJLElBQUksT0FBTyxLQUFLLDRCQUE0QjtBQUNoRSxVQUFNLFFBQVEsS0FBSyxNQUFNLElBQUksVUFBVSxPQUFPLElBQUksUUFBUTtBQUMxRCxRQUFJO0FBQ0osUUFBSTtBQUNKLFFBQUk7QUFDRixZQUFNLE1BQU0sTUFBTSxTQUFTLEdBQUc7QUFDOUIsVUFBSSxJQUFJLEtBQUssTUFBTSxHQUFJLFFBQU8sS0FBSyxNQUFNLEdBQUc7QUFBQSxJQUM5QyxTQUFTLE9BQU87QUFDZCxVQUFJLENBQUMsSUFBSSxZQUFZLElBQUksVUFBVztBQUNwQyxrQkFBWSxrQ0FBa0MsaUJBQWlCLFFBQVEsTUFBTSxVQUFVLE9BQU8sS0FBSyxDQUFDO0FBQUEsSUFDdEc7QUFDQSxVQUFNLGFBQVMsd0NBQWtCLElBQUk7QUFDckMsVUFBTSxRQUFRLEtBQUssV0FBVyxLQUFLLEtBQUssT0FBTyxNQUFNO0FBQ3JELFVBQU0sV0FBVyxJQUFJLHlCQUFTLEtBQUssT0FBTyxDQUFDLFVBQVUsS0FBSyxjQUFjLEtBQUssQ0FBQztBQUM5RSxTQUFLLE9BQU8sSUFBSSxRQUFRO0FBQ3hCLFFBQUk7QUFDRixVQUFJLGNBQWMsT0FBVyxZQUFPLDhCQUFhLGNBQVUsOEJBQVUsS0FBSyxTQUFTLEdBQUcsTUFBTSxNQUFNO0FBQ2xHLFlBQU0sS0FBSyxPQUFPLFVBQVUsT0FBTyxNQUFNLFFBQVEsYUFBYSxLQUFLLEdBQUcsQ0FBQztBQUFBLElBQ3pFLFNBQVMsT0FBTztBQUNkLGNBQUksOEJBQWEsS0FBSyxFQUFHO0FBRXpCLFlBQU0sVUFBVSxpQkFBaUIsUUFBUSxNQUFNLFVBQVUsT0FBTyxLQUFLO0FBQ3JFLFVBQUksQ0FBQyxTQUFTLFVBQVUsTUFBTSxXQUFXLEVBQUcsVUFBUyxTQUFTLFNBQUssOEJBQVUsS0FBSyxnQkFBZ0IsT0FBTyxFQUFFLENBQUM7QUFBQSxVQUN2RyxVQUFTLFFBQVEsS0FBSztBQUFBLElBQzdCO0FBQUEsRUFDRjtBQUFBLEVBRVEsTUFBTSxRQUFnQixVQUF5QjtBQUNyRCxVQUFNLFFBQVEsTUFBTSxLQUFLLFFBQVE7QUFDakMsUUFBSSxDQUFDLE1BQU8sUUFBTyxFQUFFLFFBQVEsV0FBVyxZQUFZLFNBQVM7QUFDN0QsVUFBTSxDQUFDLEVBQUUsYUFBYSxVQUFVLFVBQVUsSUFBSSxJQUFJO0FBQ2xELFVBQU0sUUFBUSxhQUFhLFNBQVksU0FBWSxXQUFXLFFBQVE7QUFDdEUsVUFBTSxTQUFTLFVBQVUsUUFBUSxPQUFPLElBQUk7QUFDNUMsV0FBTyxFQUFFLFFBQVEsWUFBWSxHQUFJLFVBQVUsU0FBWSxFQUFFLE1BQU0sSUFBSSxDQUFDLEVBQUc7QUFBQSxFQUN6RTtBQUFBLEVBRVEsV0FBVyxLQUFzQixLQUFVLE9BQWMsUUFBNkM7QUFDNUcsVUFBTSxZQUFZLElBQUksUUFBUSxnQkFBZ0I7QUFDOUMsVUFBTSxRQUF5QjtBQUFBLE1BQzdCLElBQUksS0FBSztBQUFBLE1BQ1QsUUFBUSxNQUFNO0FBQUEsTUFDZCxRQUFRLElBQUksVUFBVTtBQUFBLE1BQ3RCLEdBQUksTUFBTSxVQUFVLFNBQVksRUFBRSxPQUFPLE1BQU0sTUFBTSxJQUFJLENBQUM7QUFBQSxNQUMxRCxNQUFNLElBQUk7QUFBQSxNQUNWLE9BQU8sT0FBTyxZQUFZLElBQUksWUFBWTtBQUFBLE1BQzFDLFFBQVEsTUFBTSxXQUFXO0FBQUEsTUFDekIsV0FBVyxtQ0FBWSxJQUFJO0FBQUEsTUFDM0Isa0JBQWtCLEtBQUssSUFBSTtBQUFBLE1BQzNCLFFBQVE7QUFBQSxNQUNSLFlBQVksT0FBTztBQUFBLE1BQ25CLEdBQUksT0FBTyxzQkFBc0IsU0FBWSxFQUFFLG1CQUFtQixPQUFPLGtCQUFrQixJQUFJLENBQUM7QUFBQSxNQUNoRyxHQUFJLE9BQU8scUJBQXFCLFNBQVksRUFBRSxrQkFBa0IsT0FBTyxpQkFBaUIsSUFBSSxDQUFDO0FBQUEsTUFDN0YsY0FBYyxjQUFjO0FBQUEsTUFDNUIsWUFBWSxJQUFJLGFBQWEsSUFBSSxLQUFLO0FBQUEsTUFDdEMsYUFBYTtBQUFBLElBQ2Y7QUFDQSxTQUFLLElBQUksS0FBSyxLQUFLO0FBQ25CLFNBQUssT0FBTyxLQUFLLFFBQVE7QUFDekIsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVRLGNBQWMsVUFBMEI7QUFDOUMsU0FBSyxPQUFPLE9BQU8sUUFBUTtBQUMzQixTQUFLLFNBQVM7QUFDZCxRQUFJLFNBQVMsTUFBTSxXQUFXLElBQUssTUFBSyxTQUFTO0FBQ2pELFNBQUssT0FBTyxLQUFLLFFBQVE7QUFDekIsU0FBSyxRQUFRLGFBQWEsU0FBUyxLQUFLO0FBQUEsRUFDMUM7QUFBQSxFQUVBLE1BQWMsT0FDWixVQUNBLE9BQ0EsTUFDQSxRQUNBLEtBQ2U7QUFDZixVQUFNLEVBQUUsTUFBTSxJQUFJO0FBQ2xCLFFBQUksUUFBUSxLQUFLLFFBQVEsT0FBUSxZQUFPLDhCQUFhLGNBQVUsc0NBQWtCLEdBQUcsTUFBTSxNQUFNO0FBQ2hHLFlBQVEsTUFBTSxRQUFRO0FBQUEsTUFDcEIsS0FBSztBQUNILGVBQU8sS0FBSyxXQUFXLFFBQVE7QUFBQSxNQUNqQyxLQUFLO0FBQ0gsZUFBTyxTQUFTLFNBQVMsU0FBSyw4QkFBVSxLQUFLLHFCQUFxQixNQUFNLE1BQU0sSUFBSSxNQUFNLElBQUksRUFBRSxDQUFDO0FBQUEsTUFDakc7QUFDRTtBQUFBLElBQ0o7QUFDQSxVQUFNLFFBQVEsS0FBSyxRQUFRLEtBQUssTUFBTSxTQUFTLEVBQUU7QUFDakQsUUFBSSxDQUFDLE1BQU8sWUFBTyw4QkFBYSxjQUFVLHNDQUFrQixNQUFNLFNBQVMsSUFBSSxNQUFNLFVBQVUsR0FBRyxNQUFNLE1BQU07QUFDOUcsWUFBUSxNQUFNLFFBQVE7QUFBQSxNQUNwQixLQUFLO0FBQ0gsZUFBTyxTQUFTLFNBQVMsU0FBSyw2QkFBYyxLQUFLLENBQUM7QUFBQSxNQUNwRCxLQUFLO0FBQ0gsZUFBTyxTQUFTLFNBQVMsS0FBSyxnQkFBZ0IsTUFBTSxDQUFDO0FBQUEsTUFDdkQ7QUFDRSxlQUFPLEtBQUssU0FBUyxVQUFVLE9BQU8sTUFBTSxNQUFNO0FBQUEsSUFDdEQ7QUFBQSxFQUNGO0FBQUEsRUFFUSxXQUFXLFVBQTBCO0FBQzNDLFVBQU0sTUFBTSxLQUFLLFFBQVEsSUFBSTtBQUM3QixVQUFNLFdBQVcsS0FBSyxJQUFJLEdBQUcsT0FBTyxTQUFTLE1BQU0sTUFBTSxVQUFVLENBQUMsS0FBSyxjQUFjO0FBQ3ZGLFVBQU0sU0FBUyxLQUFLLElBQUksR0FBRyxPQUFPLFNBQVMsTUFBTSxNQUFNLFdBQVcsQ0FBQyxLQUFLLENBQUM7QUFDekUsVUFBTSxPQUFPLElBQUksTUFBTSxRQUFRLFNBQVMsUUFBUSxFQUFFLElBQUksMkJBQWE7QUFDbkUsVUFBTSxPQUFPLFNBQVMsV0FBVyxJQUFJLFNBQVMsRUFBRSxlQUFlLE9BQU8sU0FBUyxRQUFRLEVBQUUsSUFBSSxDQUFDO0FBQzlGLGFBQVMsU0FBUyxLQUFLLEVBQUUsUUFBUSxNQUFNLEdBQUcsS0FBSyxDQUFDO0FBQUEsRUFDbEQ7QUFBQSxFQUVBLE1BQWMsU0FBUyxVQUFvQixPQUFzQixNQUFlLFFBQTJDO0FBQ3pILFVBQU0sRUFBRSxNQUFNLElBQUk7QUFDbEIsVUFBTSxVQUFVLEtBQUs7QUFDckIsVUFBTSxXQUFXLEtBQUssTUFBTSxVQUFVLE1BQU0sV0FBVyxRQUFRLG1CQUFtQixRQUFRLGFBQWE7QUFDdkcsUUFBSSxDQUFDLFNBQVMsVUFBVTtBQUN0QixZQUFNLGdCQUFnQjtBQUN0QixXQUFLLFNBQVM7QUFDZCxpQkFBTyw4QkFBYSxjQUFVLHVDQUFtQixNQUFNLElBQUksUUFBUSxtQkFBbUIsU0FBUyxZQUFZLEdBQUcsTUFBTSxNQUFNO0FBQUEsSUFDNUg7QUFDQSxVQUFNLE9BQW9CO0FBQUEsTUFDeEIsUUFBUSxNQUFNO0FBQUEsTUFDZCxPQUFPLE1BQU07QUFBQSxNQUNiLFFBQVEsTUFBTTtBQUFBLE1BQ2QsWUFBWSxPQUFPO0FBQUEsTUFDbkIsR0FBSSxPQUFPLHNCQUFzQixTQUFZLEVBQUUsbUJBQW1CLE9BQU8sa0JBQWtCLElBQUksQ0FBQztBQUFBLE1BQ2hHLEdBQUksT0FBTyxxQkFBcUIsU0FBWSxFQUFFLGtCQUFrQixPQUFPLGlCQUFpQixJQUFJLENBQUM7QUFBQSxNQUM3RjtBQUFBLElBQ0Y7QUFDQSxVQUFNLFFBQVEsS0FBSyxPQUFPLEtBQUssSUFBSTtBQUNuQyxVQUFNLFFBQVEsVUFBVSxPQUFPLE1BQU0sTUFBTTtBQUMzQyxVQUFNLFNBQWlCLEVBQUUsUUFBUSxRQUFRLFFBQVEsaUJBQWlCLFFBQVEsaUJBQWlCLGVBQWUsUUFBUSxjQUFjO0FBQ2hJLFFBQUksQ0FBQyxNQUFPLFlBQU8sOEJBQWEsVUFBVSxPQUFPLE1BQU0sUUFBUSxNQUFNO0FBQ3JFLFVBQU0sUUFBUTtBQUNkLFNBQUssT0FBTyxLQUFLLFFBQVE7QUFDekIsZUFBTyw4QkFBYSxVQUFVLE9BQU8sT0FBTyxNQUFNLFFBQVEsUUFBUSxDQUFDLGFBQVMsNkJBQVksTUFBTSxRQUFRLFdBQVcsQ0FBQztBQUFBLEVBQ3BIO0FBQ0Y7QUFFQSxTQUFTLFVBQVUsUUFBZ0IsT0FBMkIsTUFBd0M7QUFDcEcsTUFBSSxVQUFVLE9BQVcsUUFBTyxXQUFXLFFBQVEsZUFBZTtBQUNsRSxNQUFJLFNBQVMsT0FBVyxRQUFPLFdBQVcsUUFBUSxhQUFhO0FBQy9ELE1BQUksV0FBVyxPQUFRLFFBQU87QUFDOUIsVUFBUSxNQUFNO0FBQUEsSUFDWixLQUFLO0FBQUEsSUFDTCxLQUFLO0FBQUEsSUFDTCxLQUFLO0FBQ0gsYUFBTztBQUFBLElBQ1Q7QUFDRSxhQUFPO0FBQUEsRUFDWDtBQUNGO0FBR0EsU0FBUyxVQUFVLE9BQXNCLE1BQWUsUUFBbUM7QUFDekYsUUFBTSxXQUFPLGtDQUFZLE1BQU0sSUFBSSxJQUFJO0FBQ3ZDLFFBQU0sTUFBTSxpQkFBSyxTQUFTLElBQUk7QUFDOUIsTUFBSTtBQUNKLE1BQUksZUFBZTtBQUNuQixNQUFJLE9BQU8sbUJBQW1CLFFBQVc7QUFDdkMsV0FBTyxLQUFLLGNBQVUsbUNBQWUsT0FBTyxnQkFBZ0IsR0FBRyxHQUFHLE1BQU0sQ0FBQztBQUFBLEVBQzNFLFdBQVcsT0FBTyxXQUFXO0FBQzNCLFdBQU8sS0FBSyxVQUFVLEVBQUUsWUFBUSxxQkFBTyxHQUFHLEVBQUUsR0FBRyxNQUFNLENBQUM7QUFBQSxFQUN4RCxPQUFPO0FBQ0wsVUFBTSxhQUFTLG9DQUFZLG1DQUFlLE9BQU8sWUFBWSxPQUFPLGlCQUFpQixHQUFHLE9BQU8sZUFBZTtBQUM5RyxlQUFPLDRCQUFjLEtBQUssT0FBTyxLQUFLO0FBQ3RDLFFBQUksT0FBTyxVQUFXLGdCQUFlO0FBQUEsRUFDdkM7QUFDQSxRQUFNLGNBQWMsT0FBTyxXQUFXLFVBQVUsT0FBTyxtQkFBbUIsVUFBVTtBQUNwRixRQUFNLFdBQVcsZUFBZSxPQUFPLE9BQU8sZ0JBQWdCLGlCQUFLLFNBQVMsR0FBRyxJQUFJLFdBQVcsQ0FBQztBQUMvRixTQUFPO0FBQUEsSUFDTDtBQUFBLElBQ0E7QUFBQSxJQUNBLE9BQU8sTUFBTTtBQUFBLElBQ2IsWUFBWSxPQUFPLEtBQUssS0FBSyxNQUFNLEdBQUcsRUFBRSxHQUFHLEtBQUssRUFBRSxTQUFTLFdBQVc7QUFBQSxJQUN0RSxrQkFBYyxtQ0FBZSxXQUFXO0FBQUEsSUFDeEMsR0FBSSxhQUFhLFNBQVksRUFBRSxnQkFBZ0IsU0FBUyxJQUFJLENBQUM7QUFBQSxFQUMvRDtBQUNGO0FBR0EsU0FBUyxlQUFlLE9BQXNCLFFBQTRCLEtBQStCO0FBQ3ZHLE1BQUksS0FBQyxzQkFBTyxLQUFLLEtBQUssV0FBVyxFQUFHLFFBQU87QUFDM0MsUUFBTSxVQUFVLElBQUksSUFBSSxJQUFJLEdBQUc7QUFDL0IsU0FBTyxXQUFXLFVBQWEsU0FBUyxJQUFJLEtBQUssSUFBSSxRQUFRLE9BQU8sSUFBSTtBQUMxRTtBQUdBLFNBQVMsZ0JBQWdCLFFBQXFEO0FBQzVFLFFBQU0sZ0JBQWdCLE9BQU8sYUFBYSxJQUFJLENBQUMsV0FBVyxFQUFFLFlBQVksTUFBTSxJQUFJLENBQUMsVUFBTSxtQ0FBZSxFQUFFLE1BQU0sQ0FBQyxHQUFHLFlBQVksRUFBRSxFQUFFO0FBQ3BJLFFBQU0sU0FBUyxPQUFPO0FBQ3RCLFFBQU0sZUFBZSxXQUFXLFNBQVksRUFBRSxZQUFZLEtBQUMsbUNBQWUsT0FBTyxNQUFNLENBQUMsR0FBRyxZQUFZLEVBQUUsSUFBSSxDQUFDO0FBQzlHLFFBQU0sTUFBTSxDQUFDLE9BQ1YsRUFBRSxjQUFjLENBQUMsR0FBRyxPQUFPLENBQUMsR0FBRyxNQUFNLElBQUksR0FBRyxDQUFDLEtBQUssRUFBRSxjQUFjO0FBQ3JFLFFBQU0sY0FBYyxjQUFjLE9BQU8sQ0FBQyxHQUFHLE1BQU0sSUFBSSxJQUFJLENBQUMsR0FBRyxDQUFDLElBQUksSUFBSSxZQUFZO0FBQ3BGLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSxxQkFBcUIsQ0FBQyxFQUFFLFVBQVUsUUFBUSxZQUFZLFlBQVksQ0FBQztBQUFBLElBQ25FLDBCQUEwQjtBQUFBLElBQzFCO0FBQUEsRUFDRjtBQUNGO0FBRUEsU0FBUyxXQUFXLFdBQTJCO0FBQzdDLE1BQUk7QUFDRixXQUFPLG1CQUFtQixTQUFTO0FBQUEsRUFDckMsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFHQSxTQUFTLGFBQWEsS0FBc0IsS0FBOEI7QUFDeEUsUUFBTSxTQUFTLElBQUksUUFBUSxnQkFBZ0I7QUFDM0MsVUFBUSxNQUFNLFFBQVEsTUFBTSxJQUFJLE9BQU8sQ0FBQyxJQUFJLFdBQVcsSUFBSSxhQUFhLElBQUksS0FBSyxLQUFLO0FBQ3hGO0FBRUEsU0FBUyxTQUFTLEtBQXVDO0FBQ3ZELFNBQU8sSUFBSSxRQUFRLENBQUMsU0FBUyxXQUFXO0FBQ3RDLFVBQU0sU0FBbUIsQ0FBQztBQUMxQixRQUFJLEdBQUcsUUFBUSxDQUFDLFVBQWtCLE9BQU8sS0FBSyxLQUFLLENBQUM7QUFDcEQsUUFBSSxHQUFHLE9BQU8sTUFBTSxRQUFRLE9BQU8sT0FBTyxNQUFNLEVBQUUsU0FBUyxNQUFNLENBQUMsQ0FBQztBQUNuRSxRQUFJLEdBQUcsU0FBUyxNQUFNO0FBQ3RCLFFBQUksR0FBRyxTQUFTLE1BQU07QUFDcEIsVUFBSSxDQUFDLElBQUksU0FBVSxRQUFPLElBQUksTUFBTSxpQkFBaUIsQ0FBQztBQUFBLElBQ3hELENBQUM7QUFBQSxFQUNILENBQUM7QUFDSDsiLAogICJuYW1lcyI6IFtdCn0K
