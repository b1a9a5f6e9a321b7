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
var exchange_exports = {};
__export(exchange_exports, {
  Exchange: () => Exchange,
  JSON_CONTENT_TYPE: () => JSON_CONTENT_TYPE,
  SSE_CONTENT_TYPE: () => SSE_CONTENT_TYPE,
  isAbortError: () => isAbortError
});
module.exports = __toCommonJS(exchange_exports);
var import_node_perf_hooks = require("node:perf_hooks");
var import_promises = require("node:timers/promises");
const GOOGLE_HEADERS = {
  Vary: "Origin, X-Origin, Referer",
  Server: "scaffolding on HTTPServer2",
  "X-XSS-Protection": "0",
  "X-Frame-Options": "SAMEORIGIN",
  "X-Content-Type-Options": "nosniff"
};
const JSON_CONTENT_TYPE = "application/json; charset=UTF-8";
const SSE_CONTENT_TYPE = "text/event-stream";
class Exchange {
  constructor(res, entry, onEnd) {
    this.res = res;
    this.entry = entry;
    this.onEnd = onEnd;
    res.on("close", () => {
      const finished = res.writableFinished;
      this.entry.endedAt = import_node_perf_hooks.performance.now();
      this.entry.endReason = this.endReason ?? (finished ? "finished" : "client-closed");
      this.controller.abort();
      this.onEnd(this);
    });
  }
  res;
  entry;
  onEnd;
  controller = new AbortController();
  endReason;
  /** Settles when everything written so far has been handed to the socket. */
  flushed = Promise.resolve();
  /** Aborted once the response can no longer be written: client gone, cut, or server stopping. */
  get signal() {
    return this.controller.signal;
  }
  get closed() {
    return this.controller.signal.aborted;
  }
  /** Resolve at `performance.now() === time`; rejects (AbortError) if the exchange closes first. */
  async waitUntil(time) {
    const ms = time - import_node_perf_hooks.performance.now();
    if (this.closed) throw abortError();
    if (ms > 0) await (0, import_promises.setTimeout)(ms, void 0, { signal: this.controller.signal });
  }
  /** A whole JSON reply, pretty-printed like Google's. */
  sendJson(status, body, headers = {}) {
    this.sendText(status, `${JSON.stringify(body, null, 2)}
`, { "Content-Type": JSON_CONTENT_TYPE, ...headers });
  }
  sendText(status, text, headers) {
    if (this.closed) return;
    const payload = Buffer.from(text, "utf8");
    this.writeHead(status, { ...headers, "Content-Length": String(payload.length) });
    this.markFirstByte();
    this.res.end(payload);
  }
  /** Headers of an SSE reply; events follow with `writeEvent`. */
  startEventStream() {
    this.writeHead(200, { "Content-Type": SSE_CONTENT_TYPE, "Content-Disposition": "attachment" });
  }
  /** One SSE event, framed as Gemini frames them. */
  writeEvent(data) {
    if (this.closed) return;
    this.markFirstByte();
    this.write(`data: ${data}\r
\r
`);
  }
  /** Headers and some bytes of a body, for a reply that will be cut. */
  startBody(status, headers, partial) {
    this.writeHead(status, headers);
    this.markFirstByte();
    this.write(partial);
  }
  end() {
    if (!this.closed) this.res.end();
  }
  /** Destroy the socket once what was written has left, so the client sees a broken reply. */
  cut() {
    if (this.closed) return;
    this.endReason = "cut";
    void this.flushed.then(() => this.res.destroy());
  }
  /** Close the connection now, whatever is pending (server shutdown). */
  abandon(reason) {
    if (this.closed) return;
    this.endReason = reason;
    this.res.destroy();
  }
  write(data) {
    this.flushed = new Promise((resolve) => this.res.write(data, () => resolve()));
  }
  writeHead(status, headers) {
    this.entry.status = status;
    const timing = Math.round(import_node_perf_hooks.performance.now() - this.entry.startedAt);
    const base = { ...GOOGLE_HEADERS, "Server-Timing": `gfet4t7; dur=${timing}`, "X-Fake-Gemini-Request-Id": String(this.entry.id) };
    this.res.writeHead(status, mergeHeaders(base, headers));
    this.res.flushHeaders();
  }
  markFirstByte() {
    this.entry.firstByteAt ??= import_node_perf_hooks.performance.now();
  }
}
function mergeHeaders(...sets) {
  const merged = /* @__PURE__ */ new Map();
  for (const set of sets) {
    for (const [name, value] of Object.entries(set)) merged.set(name.toLowerCase(), [name, value]);
  }
  return Object.fromEntries(merged.values());
}
function isAbortError(error) {
  return error instanceof Error && error.name === "AbortError";
}
function abortError() {
  const error = new Error("The exchange closed");
  error.name = "AbortError";
  return error;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  Exchange,
  JSON_CONTENT_TYPE,
  SSE_CONTENT_TYPE,
  isAbortError
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC9zdXBwb3J0L2Zha2VHZW1pbmkvZXhjaGFuZ2UudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8vIE9uZSByZXF1ZXN0L3Jlc3BvbnNlIHBhaXI6IHdyaXRlcyBHZW1pbmktc2hhcGVkIHJlcGxpZXMsIGtlZXBzIHRoZSByZXF1ZXN0IGxvZyBlbnRyeSB1cCB0byBkYXRlLFxuLy8gYW5kIHR1cm5zIGEgY2xpZW50IGRpc2Nvbm5lY3Qgb3IgYSBzZXJ2ZXIgc3RvcCBpbnRvIGFuIEFib3J0U2lnbmFsIHRoYXQgY2FuY2VscyBwZW5kaW5nIHRpbWVycy5cbmltcG9ydCB0eXBlIHsgU2VydmVyUmVzcG9uc2UgfSBmcm9tICdub2RlOmh0dHAnO1xuaW1wb3J0IHsgcGVyZm9ybWFuY2UgfSBmcm9tICdub2RlOnBlcmZfaG9va3MnO1xuaW1wb3J0IHsgc2V0VGltZW91dCBhcyBkZWxheSB9IGZyb20gJ25vZGU6dGltZXJzL3Byb21pc2VzJztcbmltcG9ydCB0eXBlIHsgRW5kUmVhc29uLCBSZXF1ZXN0TG9nRW50cnkgfSBmcm9tICcuL3R5cGVzJztcblxuLyoqIEhlYWRlcnMgR29vZ2xlJ3MgZnJvbnQgZW5kIHB1dHMgb24gZXZlcnkgcmVwbHkgKGZyb20gdGhlIHJlY29yZGluZ3MpLiAqL1xuY29uc3QgR09PR0xFX0hFQURFUlM6IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHN0cmluZz4+ID0ge1xuICBWYXJ5OiAnT3JpZ2luLCBYLU9yaWdpbiwgUmVmZXJlcicsXG4gIFNlcnZlcjogJ3NjYWZmb2xkaW5nIG9uIEhUVFBTZXJ2ZXIyJyxcbiAgJ1gtWFNTLVByb3RlY3Rpb24nOiAnMCcsXG4gICdYLUZyYW1lLU9wdGlvbnMnOiAnU0FNRU9SSUdJTicsXG4gICdYLUNvbnRlbnQtVHlwZS1PcHRpb25zJzogJ25vc25pZmYnLFxufTtcbmV4cG9ydCBjb25zdCBKU09OX0NPTlRFTlRfVFlQRSA9ICdhcHBsaWNhdGlvbi9qc29uOyBjaGFyc2V0PVVURi04JztcbmV4cG9ydCBjb25zdCBTU0VfQ09OVEVOVF9UWVBFID0gJ3RleHQvZXZlbnQtc3RyZWFtJztcblxuZXhwb3J0IGNsYXNzIEV4Y2hhbmdlIHtcbiAgcHJpdmF0ZSByZWFkb25seSBjb250cm9sbGVyID0gbmV3IEFib3J0Q29udHJvbGxlcigpO1xuICBwcml2YXRlIGVuZFJlYXNvbjogRW5kUmVhc29uIHwgdW5kZWZpbmVkO1xuICAvKiogU2V0dGxlcyB3aGVuIGV2ZXJ5dGhpbmcgd3JpdHRlbiBzbyBmYXIgaGFzIGJlZW4gaGFuZGVkIHRvIHRoZSBzb2NrZXQuICovXG4gIHByaXZhdGUgZmx1c2hlZDogUHJvbWlzZTx2b2lkPiA9IFByb21pc2UucmVzb2x2ZSgpO1xuXG4gIGNvbnN0cnVjdG9yKFxuICAgIHByaXZhdGUgcmVhZG9ubHkgcmVzOiBTZXJ2ZXJSZXNwb25zZSxcbiAgICByZWFkb25seSBlbnRyeTogUmVxdWVzdExvZ0VudHJ5LFxuICAgIHByaXZhdGUgcmVhZG9ubHkgb25FbmQ6IChleGNoYW5nZTogRXhjaGFuZ2UpID0+IHZvaWQsXG4gICkge1xuICAgIHJlcy5vbignY2xvc2UnLCAoKSA9PiB7XG4gICAgICBjb25zdCBmaW5pc2hlZCA9IHJlcy53cml0YWJsZUZpbmlzaGVkO1xuICAgICAgdGhpcy5lbnRyeS5lbmRlZEF0ID0gcGVyZm9ybWFuY2Uubm93KCk7XG4gICAgICB0aGlzLmVudHJ5LmVuZFJlYXNvbiA9IHRoaXMuZW5kUmVhc29uID8/IChmaW5pc2hlZCA/ICdmaW5pc2hlZCcgOiAnY2xpZW50LWNsb3NlZCcpO1xuICAgICAgdGhpcy5jb250cm9sbGVyLmFib3J0KCk7XG4gICAgICB0aGlzLm9uRW5kKHRoaXMpO1xuICAgIH0pO1xuICB9XG5cbiAgLyoqIEFib3J0ZWQgb25jZSB0aGUgcmVzcG9uc2UgY2FuIG5vIGxvbmdlciBiZSB3cml0dGVuOiBjbGllbnQgZ29uZSwgY3V0LCBvciBzZXJ2ZXIgc3RvcHBpbmcuICovXG4gIGdldCBzaWduYWwoKTogQWJvcnRTaWduYWwge1xuICAgIHJldHVybiB0aGlzLmNvbnRyb2xsZXIuc2lnbmFsO1xuICB9XG5cbiAgZ2V0IGNsb3NlZCgpOiBib29sZWFuIHtcbiAgICByZXR1cm4gdGhpcy5jb250cm9sbGVyLnNpZ25hbC5hYm9ydGVkO1xuICB9XG5cbiAgLyoqIFJlc29sdmUgYXQgYHBlcmZvcm1hbmNlLm5vdygpID09PSB0aW1lYDsgcmVqZWN0cyAoQWJvcnRFcnJvcikgaWYgdGhlIGV4Y2hhbmdlIGNsb3NlcyBmaXJzdC4gKi9cbiAgYXN5bmMgd2FpdFVudGlsKHRpbWU6IG51bWJlcik6IFByb21pc2U8dm9pZD4ge1xuICAgIGNvbnN0IG1zID0gdGltZSAtIHBlcmZvcm1hbmNlLm5vdygpO1xuICAgIGlmICh0aGlzLmNsb3NlZCkgdGhyb3cgYWJvcnRFcnJvcigpO1xuICAgIGlmIChtcyA+IDApIGF3YWl0IGRlbGF5KG1zLCB1bmRlZmluZWQsIHsgc2lnbmFsOiB0aGlzLmNvbnRyb2xsZXIuc2lnbmFsIH0pO1xuICB9XG5cbiAgLyoqIEEgd2hvbGUgSlNPTiByZXBseSwgcHJldHR5LXByaW50ZWQgbGlrZSBHb29nbGUncy4gKi9cbiAgc2VuZEpzb24oc3RhdHVzOiBudW1iZXIsIGJvZHk6IHVua25vd24sIGhlYWRlcnM6IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHN0cmluZz4+ID0ge30pOiB2b2lkIHtcbiAgICB0aGlzLnNlbmRUZXh0KHN0YXR1cywgYCR7SlNPTi5zdHJpbmdpZnkoYm9keSwgbnVsbCwgMil9XFxuYCwgeyAnQ29udGVudC1UeXBlJzogSlNPTl9DT05URU5UX1RZUEUsIC4uLmhlYWRlcnMgfSk7XG4gIH1cblxuICBzZW5kVGV4dChzdGF0dXM6IG51bWJlciwgdGV4dDogc3RyaW5nLCBoZWFkZXJzOiBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+Pik6IHZvaWQge1xuICAgIGlmICh0aGlzLmNsb3NlZCkgcmV0dXJuO1xuICAgIGNvbnN0IHBheWxvYWQgPSBCdWZmZXIuZnJvbSh0ZXh0LCAndXRmOCcpO1xuICAgIHRoaXMud3JpdGVIZWFkKHN0YXR1cywgeyAuLi5oZWFkZXJzLCAnQ29udGVudC1MZW5ndGgnOiBTdHJpbmcocGF5bG9hZC5sZW5ndGgpIH0pO1xuICAgIHRoaXMubWFya0ZpcnN0Qnl0ZSgpO1xuICAgIHRoaXMucmVzLmVuZChwYXlsb2FkKTtcbiAgfVxuXG4gIC8qKiBIZWFkZXJzIG9mIGFuIFNTRSByZXBseTsgZXZlbnRzIGZvbGxvdyB3aXRoIGB3cml0ZUV2ZW50YC4gKi9cbiAgc3RhcnRFdmVudFN0cmVhbSgpOiB2b2lkIHtcbiAgICB0aGlzLndyaXRlSGVhZCgyMDAsIHsgJ0NvbnRlbnQtVHlwZSc6IFNTRV9DT05URU5UX1RZUEUsICdDb250ZW50LURpc3Bvc2l0aW9uJzogJ2F0dGFjaG1lbnQnIH0pO1xuICB9XG5cbiAgLyoqIE9uZSBTU0UgZXZlbnQsIGZyYW1lZCBhcyBHZW1pbmkgZnJhbWVzIHRoZW0uICovXG4gIHdyaXRlRXZlbnQoZGF0YTogc3RyaW5nKTogdm9pZCB7XG4gICAgaWYgKHRoaXMuY2xvc2VkKSByZXR1cm47XG4gICAgdGhpcy5tYXJrRmlyc3RCeXRlKCk7XG4gICAgdGhpcy53cml0ZShgZGF0YTogJHtkYXRhfVxcclxcblxcclxcbmApO1xuICB9XG5cbiAgLyoqIEhlYWRlcnMgYW5kIHNvbWUgYnl0ZXMgb2YgYSBib2R5LCBmb3IgYSByZXBseSB0aGF0IHdpbGwgYmUgY3V0LiAqL1xuICBzdGFydEJvZHkoc3RhdHVzOiBudW1iZXIsIGhlYWRlcnM6IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHN0cmluZz4+LCBwYXJ0aWFsOiBzdHJpbmcpOiB2b2lkIHtcbiAgICB0aGlzLndyaXRlSGVhZChzdGF0dXMsIGhlYWRlcnMpO1xuICAgIHRoaXMubWFya0ZpcnN0Qnl0ZSgpO1xuICAgIHRoaXMud3JpdGUocGFydGlhbCk7XG4gIH1cblxuICBlbmQoKTogdm9pZCB7XG4gICAgaWYgKCF0aGlzLmNsb3NlZCkgdGhpcy5yZXMuZW5kKCk7XG4gIH1cblxuICAvKiogRGVzdHJveSB0aGUgc29ja2V0IG9uY2Ugd2hhdCB3YXMgd3JpdHRlbiBoYXMgbGVmdCwgc28gdGhlIGNsaWVudCBzZWVzIGEgYnJva2VuIHJlcGx5LiAqL1xuICBjdXQoKTogdm9pZCB7XG4gICAgaWYgKHRoaXMuY2xvc2VkKSByZXR1cm47XG4gICAgdGhpcy5lbmRSZWFzb24gPSAnY3V0JztcbiAgICB2b2lkIHRoaXMuZmx1c2hlZC50aGVuKCgpID0+IHRoaXMucmVzLmRlc3Ryb3koKSk7XG4gIH1cblxuICAvKiogQ2xvc2UgdGhlIGNvbm5lY3Rpb24gbm93LCB3aGF0ZXZlciBpcyBwZW5kaW5nIChzZXJ2ZXIgc2h1dGRvd24pLiAqL1xuICBhYmFuZG9uKHJlYXNvbjogRW5kUmVhc29uKTogdm9pZCB7XG4gICAgaWYgKHRoaXMuY2xvc2VkKSByZXR1cm47XG4gICAgdGhpcy5lbmRSZWFzb24gPSByZWFzb247XG4gICAgdGhpcy5yZXMuZGVzdHJveSgpO1xuICB9XG5cbiAgcHJpdmF0ZSB3cml0ZShkYXRhOiBzdHJpbmcpOiB2b2lkIHtcbiAgICB0aGlzLmZsdXNoZWQgPSBuZXcgUHJvbWlzZSgocmVzb2x2ZSkgPT4gdGhpcy5yZXMud3JpdGUoZGF0YSwgKCkgPT4gcmVzb2x2ZSgpKSk7XG4gIH1cblxuICBwcml2YXRlIHdyaXRlSGVhZChzdGF0dXM6IG51bWJlciwgaGVhZGVyczogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj4pOiB2b2lkIHtcbiAgICB0aGlzLmVudHJ5LnN0YXR1cyA9IHN0YXR1cztcbiAgICBjb25zdCB0aW1pbmcgPSBNYXRoLnJvdW5kKHBlcmZvcm1hbmNlLm5vdygpIC0gdGhpcy5lbnRyeS5zdGFydGVkQXQpO1xuICAgIGNvbnN0IGJhc2UgPSB7IC4uLkdPT0dMRV9IRUFERVJTLCAnU2VydmVyLVRpbWluZyc6IGBnZmV0NHQ3OyBkdXI9JHt0aW1pbmd9YCwgJ1gtRmFrZS1HZW1pbmktUmVxdWVzdC1JZCc6IFN0cmluZyh0aGlzLmVudHJ5LmlkKSB9O1xuICAgIHRoaXMucmVzLndyaXRlSGVhZChzdGF0dXMsIG1lcmdlSGVhZGVycyhiYXNlLCBoZWFkZXJzKSk7XG4gICAgdGhpcy5yZXMuZmx1c2hIZWFkZXJzKCk7XG4gIH1cblxuICBwcml2YXRlIG1hcmtGaXJzdEJ5dGUoKTogdm9pZCB7XG4gICAgdGhpcy5lbnRyeS5maXJzdEJ5dGVBdCA/Pz0gcGVyZm9ybWFuY2Uubm93KCk7XG4gIH1cbn1cblxuLyoqIExhdGVyIHNldHMgd2luLCB3aGF0ZXZlciB0aGUgY2FzZSBvZiB0aGUgbmFtZXMgKGEgZml4dHVyZSBtYXkgc2F5IGBjb250ZW50LXR5cGVgKS4gKi9cbmZ1bmN0aW9uIG1lcmdlSGVhZGVycyguLi5zZXRzOiBSZWFkb25seUFycmF5PFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHN0cmluZz4+Pik6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4ge1xuICBjb25zdCBtZXJnZWQgPSBuZXcgTWFwPHN0cmluZywgW3N0cmluZywgc3RyaW5nXT4oKTtcbiAgZm9yIChjb25zdCBzZXQgb2Ygc2V0cykge1xuICAgIGZvciAoY29uc3QgW25hbWUsIHZhbHVlXSBvZiBPYmplY3QuZW50cmllcyhzZXQpKSBtZXJnZWQuc2V0KG5hbWUudG9Mb3dlckNhc2UoKSwgW25hbWUsIHZhbHVlXSk7XG4gIH1cbiAgcmV0dXJuIE9iamVjdC5mcm9tRW50cmllcyhtZXJnZWQudmFsdWVzKCkpO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gaXNBYm9ydEVycm9yKGVycm9yOiB1bmtub3duKTogYm9vbGVhbiB7XG4gIHJldHVybiBlcnJvciBpbnN0YW5jZW9mIEVycm9yICYmIGVycm9yLm5hbWUgPT09ICdBYm9ydEVycm9yJztcbn1cblxuZnVuY3Rpb24gYWJvcnRFcnJvcigpOiBFcnJvciB7XG4gIGNvbnN0IGVycm9yID0gbmV3IEVycm9yKCdUaGUgZXhjaGFuZ2UgY2xvc2VkJyk7XG4gIGVycm9yLm5hbWUgPSAnQWJvcnRFcnJvcic7XG4gIHJldHVybiBlcnJvcjtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFHQSw2QkFBNEI7QUFDNUIsc0JBQW9DO0FBSXBDLE1BQU0saUJBQW1EO0FBQUEsRUFDdkQsTUFBTTtBQUFBLEVBQ04sUUFBUTtBQUFBLEVBQ1Isb0JBQW9CO0FBQUEsRUFDcEIsbUJBQW1CO0FBQUEsRUFDbkIsMEJBQTBCO0FBQzVCO0FBQ08sTUFBTSxvQkFBb0I7QUFDMUIsTUFBTSxtQkFBbUI7QUFFekIsTUFBTSxTQUFTO0FBQUEsRUFNcEIsWUFDbUIsS0FDUixPQUNRLE9BQ2pCO0FBSGlCO0FBQ1I7QUFDUTtBQUVqQixRQUFJLEdBQUcsU0FBUyxNQUFNO0FBQ3BCLFlBQU0sV0FBVyxJQUFJO0FBQ3JCLFdBQUssTUFBTSxVQUFVLG1DQUFZLElBQUk7QUFDckMsV0FBSyxNQUFNLFlBQVksS0FBSyxjQUFjLFdBQVcsYUFBYTtBQUNsRSxXQUFLLFdBQVcsTUFBTTtBQUN0QixXQUFLLE1BQU0sSUFBSTtBQUFBLElBQ2pCLENBQUM7QUFBQSxFQUNIO0FBQUEsRUFYbUI7QUFBQSxFQUNSO0FBQUEsRUFDUTtBQUFBLEVBUkYsYUFBYSxJQUFJLGdCQUFnQjtBQUFBLEVBQzFDO0FBQUE7QUFBQSxFQUVBLFVBQXlCLFFBQVEsUUFBUTtBQUFBO0FBQUEsRUFpQmpELElBQUksU0FBc0I7QUFDeEIsV0FBTyxLQUFLLFdBQVc7QUFBQSxFQUN6QjtBQUFBLEVBRUEsSUFBSSxTQUFrQjtBQUNwQixXQUFPLEtBQUssV0FBVyxPQUFPO0FBQUEsRUFDaEM7QUFBQTtBQUFBLEVBR0EsTUFBTSxVQUFVLE1BQTZCO0FBQzNDLFVBQU0sS0FBSyxPQUFPLG1DQUFZLElBQUk7QUFDbEMsUUFBSSxLQUFLLE9BQVEsT0FBTSxXQUFXO0FBQ2xDLFFBQUksS0FBSyxFQUFHLFdBQU0sZ0JBQUFBLFlBQU0sSUFBSSxRQUFXLEVBQUUsUUFBUSxLQUFLLFdBQVcsT0FBTyxDQUFDO0FBQUEsRUFDM0U7QUFBQTtBQUFBLEVBR0EsU0FBUyxRQUFnQixNQUFlLFVBQTRDLENBQUMsR0FBUztBQUM1RixTQUFLLFNBQVMsUUFBUSxHQUFHLEtBQUssVUFBVSxNQUFNLE1BQU0sQ0FBQyxDQUFDO0FBQUEsR0FBTSxFQUFFLGdCQUFnQixtQkFBbUIsR0FBRyxRQUFRLENBQUM7QUFBQSxFQUMvRztBQUFBLEVBRUEsU0FBUyxRQUFnQixNQUFjLFNBQWlEO0FBQ3RGLFFBQUksS0FBSyxPQUFRO0FBQ2pCLFVBQU0sVUFBVSxPQUFPLEtBQUssTUFBTSxNQUFNO0FBQ3hDLFNBQUssVUFBVSxRQUFRLEVBQUUsR0FBRyxTQUFTLGtCQUFrQixPQUFPLFFBQVEsTUFBTSxFQUFFLENBQUM7QUFDL0UsU0FBSyxjQUFjO0FBQ25CLFNBQUssSUFBSSxJQUFJLE9BQU87QUFBQSxFQUN0QjtBQUFBO0FBQUEsRUFHQSxtQkFBeUI7QUFDdkIsU0FBSyxVQUFVLEtBQUssRUFBRSxnQkFBZ0Isa0JBQWtCLHVCQUF1QixhQUFhLENBQUM7QUFBQSxFQUMvRjtBQUFBO0FBQUEsRUFHQSxXQUFXLE1BQW9CO0FBQzdCLFFBQUksS0FBSyxPQUFRO0FBQ2pCLFNBQUssY0FBYztBQUNuQixTQUFLLE1BQU0sU0FBUyxJQUFJO0FBQUE7QUFBQSxDQUFVO0FBQUEsRUFDcEM7QUFBQTtBQUFBLEVBR0EsVUFBVSxRQUFnQixTQUEyQyxTQUF1QjtBQUMxRixTQUFLLFVBQVUsUUFBUSxPQUFPO0FBQzlCLFNBQUssY0FBYztBQUNuQixTQUFLLE1BQU0sT0FBTztBQUFBLEVBQ3BCO0FBQUEsRUFFQSxNQUFZO0FBQ1YsUUFBSSxDQUFDLEtBQUssT0FBUSxNQUFLLElBQUksSUFBSTtBQUFBLEVBQ2pDO0FBQUE7QUFBQSxFQUdBLE1BQVk7QUFDVixRQUFJLEtBQUssT0FBUTtBQUNqQixTQUFLLFlBQVk7QUFDakIsU0FBSyxLQUFLLFFBQVEsS0FBSyxNQUFNLEtBQUssSUFBSSxRQUFRLENBQUM7QUFBQSxFQUNqRDtBQUFBO0FBQUEsRUFHQSxRQUFRLFFBQXlCO0FBQy9CLFFBQUksS0FBSyxPQUFRO0FBQ2pCLFNBQUssWUFBWTtBQUNqQixTQUFLLElBQUksUUFBUTtBQUFBLEVBQ25CO0FBQUEsRUFFUSxNQUFNLE1BQW9CO0FBQ2hDLFNBQUssVUFBVSxJQUFJLFFBQVEsQ0FBQyxZQUFZLEtBQUssSUFBSSxNQUFNLE1BQU0sTUFBTSxRQUFRLENBQUMsQ0FBQztBQUFBLEVBQy9FO0FBQUEsRUFFUSxVQUFVLFFBQWdCLFNBQWlEO0FBQ2pGLFNBQUssTUFBTSxTQUFTO0FBQ3BCLFVBQU0sU0FBUyxLQUFLLE1BQU0sbUNBQVksSUFBSSxJQUFJLEtBQUssTUFBTSxTQUFTO0FBQ2xFLFVBQU0sT0FBTyxFQUFFLEdBQUcsZ0JBQWdCLGlCQUFpQixnQkFBZ0IsTUFBTSxJQUFJLDRCQUE0QixPQUFPLEtBQUssTUFBTSxFQUFFLEVBQUU7QUFDL0gsU0FBSyxJQUFJLFVBQVUsUUFBUSxhQUFhLE1BQU0sT0FBTyxDQUFDO0FBQ3RELFNBQUssSUFBSSxhQUFhO0FBQUEsRUFDeEI7QUFBQSxFQUVRLGdCQUFzQjtBQUM1QixTQUFLLE1BQU0sZ0JBQWdCLG1DQUFZLElBQUk7QUFBQSxFQUM3QztBQUNGO0FBR0EsU0FBUyxnQkFBZ0IsTUFBK0U7QUFDdEcsUUFBTSxTQUFTLG9CQUFJLElBQThCO0FBQ2pELGFBQVcsT0FBTyxNQUFNO0FBQ3RCLGVBQVcsQ0FBQyxNQUFNLEtBQUssS0FBSyxPQUFPLFFBQVEsR0FBRyxFQUFHLFFBQU8sSUFBSSxLQUFLLFlBQVksR0FBRyxDQUFDLE1BQU0sS0FBSyxDQUFDO0FBQUEsRUFDL0Y7QUFDQSxTQUFPLE9BQU8sWUFBWSxPQUFPLE9BQU8sQ0FBQztBQUMzQztBQUVPLFNBQVMsYUFBYSxPQUF5QjtBQUNwRCxTQUFPLGlCQUFpQixTQUFTLE1BQU0sU0FBUztBQUNsRDtBQUVBLFNBQVMsYUFBb0I7QUFDM0IsUUFBTSxRQUFRLElBQUksTUFBTSxxQkFBcUI7QUFDN0MsUUFBTSxPQUFPO0FBQ2IsU0FBTztBQUNUOyIsCiAgIm5hbWVzIjogWyJkZWxheSJdCn0K
