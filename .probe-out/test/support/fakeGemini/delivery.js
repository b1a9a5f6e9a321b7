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
var delivery_exports = {};
__export(delivery_exports, {
  deliverError: () => deliverError,
  deliverFault: () => deliverFault,
  deliverReply: () => deliverReply
});
module.exports = __toCommonJS(delivery_exports);
var import_errorBodies = require("./errorBodies");
var import_exchange = require("./exchange");
var import_replies = require("./replies");
var import_prose = require("./prose");
var import_replyLength = require("./replyLength");
function dueAt(start, pacing, words, first) {
  const generating = first || !(pacing.tokensPerSecond > 0) ? 0 : (0, import_replyLength.tokensForWords)(words) / pacing.tokensPerSecond * 1e3;
  return start + pacing.ttftMs + generating;
}
async function deliverReply(exchange, reply, stream, pacing) {
  const start = exchange.entry.startedAt;
  if (!stream) {
    const words = (0, import_prose.countWords)(reply.text);
    await exchange.waitUntil(dueAt(start, pacing, words, false));
    exchange.entry.outputWords = words;
    exchange.sendJson(200, (0, import_replies.replyBody)(reply));
    return;
  }
  await streamEvents(exchange, (0, import_replies.streamChunks)(reply, pacing.wordsPerChunk), pacing);
  exchange.end();
}
async function deliverFault(exchange, fault, reply, stream, pacing, loadFixture) {
  switch (fault.kind) {
    case "fixture":
      return deliverFixture(exchange, loadFixture(fault.name), stream, fault.headers ?? {});
    case "status":
      return deliverStatus(exchange, fault.statusCode, fault.body, fault.headers ?? {});
    case "text":
      return deliverReply(exchange, { ...reply, text: fault.text, finishReason: fault.finishReason ?? "STOP" }, stream, pacing);
    case "hang":
      return;
    case "cut":
      if (!stream) {
        await exchange.waitUntil(dueAt(exchange.entry.startedAt, pacing, 0, true));
        exchange.startBody(200, { "Content-Type": import_exchange.JSON_CONTENT_TYPE }, '{\n  "candidates": [\n');
      } else {
        await streamEvents(exchange, (0, import_replies.partialStreamChunks)(reply, pacing.wordsPerChunk, fault.afterWords), pacing);
        if (exchange.entry.status === 0) exchange.startEventStream();
      }
      exchange.cut();
      return;
    case "malformed":
      if (!stream) {
        await exchange.waitUntil(dueAt(exchange.entry.startedAt, pacing, 0, true));
        exchange.sendText(200, '{\n  "candidates": [\n    {\n      "content": {', { "Content-Type": import_exchange.JSON_CONTENT_TYPE });
        return;
      }
      await streamEvents(exchange, (0, import_replies.partialStreamChunks)(reply, pacing.wordsPerChunk, fault.afterWords ?? 0), pacing);
      if (exchange.entry.status === 0) exchange.startEventStream();
      exchange.writeEvent('{"candidates": [{"content": {"parts": [{"text": "unterminated');
      exchange.end();
      return;
    case "stream-error": {
      const status = fault.status ?? 500;
      if (!stream) return deliverStatus(exchange, status, (0, import_errorBodies.errorBody)(status), {});
      await streamEvents(exchange, (0, import_replies.partialStreamChunks)(reply, pacing.wordsPerChunk, fault.afterWords), pacing);
      if (exchange.entry.status === 0) exchange.startEventStream();
      exchange.writeEvent(JSON.stringify((0, import_errorBodies.errorBody)(status)));
      exchange.end();
      return;
    }
  }
}
function deliverFixture(exchange, fixture, stream, headers) {
  if (stream && fixture.statusCode === 200) {
    exchange.startEventStream();
    exchange.writeEvent(JSON.stringify(fixture.body));
    exchange.end();
    return;
  }
  deliverStatus(exchange, fixture.statusCode, fixture.body, { ...fixture.headers, ...headers });
}
function deliverStatus(exchange, status, body, headers) {
  if (typeof body === "string") exchange.sendText(status, body, { "Content-Type": "text/plain; charset=UTF-8", ...headers });
  else exchange.sendJson(status, body ?? (0, import_errorBodies.errorBody)(status), headers);
}
function deliverError(exchange, body, stream) {
  const headers = stream ? { "Content-Type": import_exchange.SSE_CONTENT_TYPE } : {};
  exchange.sendJson(body.error.code, body, headers);
}
async function streamEvents(exchange, chunks, pacing) {
  const start = exchange.entry.startedAt;
  for (const [i, chunk] of chunks.entries()) {
    await exchange.waitUntil(dueAt(start, pacing, chunk.wordsSoFar, i === 0));
    if (i === 0) exchange.startEventStream();
    exchange.writeEvent(JSON.stringify(chunk.body));
    exchange.entry.outputWords = chunk.wordsSoFar;
  }
  if (chunks.length === 0) await exchange.waitUntil(dueAt(start, pacing, 0, true));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  deliverError,
  deliverFault,
  deliverReply
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC9zdXBwb3J0L2Zha2VHZW1pbmkvZGVsaXZlcnkudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8vIERlbGl2ZXJpbmcgYSBnZW5lcmF0ZSByZXBseSBhdCBhIHNpbXVsYXRlZCBtb2RlbCdzIHBhY2UsIG9yIG1pc2RlbGl2ZXJpbmcgaXQgYXMgYSBmYXVsdCBzYXlzLlxuLy8gUGFjaW5nOiB0aGUgZmlyc3QgY2h1bmsgYXQgYHR0ZnRNc2AsIHRoZW4gZWFjaCBjaHVuayB3aGVuIHRoZSBtb2RlbCB3b3VsZCBoYXZlIHByb2R1Y2VkIGl0cyBsYXN0XG4vLyB0b2tlbiBhdCBgdG9rZW5zUGVyU2Vjb25kYDsgYSBub24tc3RyZWFtZWQgcmVwbHkgbGVhdmVzIHdoZW4gdGhlIGxhc3QgdG9rZW4gd291bGQgaGF2ZS5cbmltcG9ydCB7IGVycm9yQm9keSwgdHlwZSBFcnJvckJvZHkgfSBmcm9tICcuL2Vycm9yQm9kaWVzJztcbmltcG9ydCB7IEpTT05fQ09OVEVOVF9UWVBFLCBTU0VfQ09OVEVOVF9UWVBFLCB0eXBlIEV4Y2hhbmdlIH0gZnJvbSAnLi9leGNoYW5nZSc7XG5pbXBvcnQgdHlwZSB7IEZpeHR1cmUgfSBmcm9tICcuL2ZpeHR1cmVzJztcbmltcG9ydCB7IHBhcnRpYWxTdHJlYW1DaHVua3MsIHJlcGx5Qm9keSwgc3RyZWFtQ2h1bmtzLCB0eXBlIFJlcGx5LCB0eXBlIFN0cmVhbUNodW5rIH0gZnJvbSAnLi9yZXBsaWVzJztcbmltcG9ydCB7IGNvdW50V29yZHMgfSBmcm9tICcuL3Byb3NlJztcbmltcG9ydCB7IHRva2Vuc0ZvcldvcmRzIH0gZnJvbSAnLi9yZXBseUxlbmd0aCc7XG5pbXBvcnQgdHlwZSB7IEZhdWx0IH0gZnJvbSAnLi90eXBlcyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgUGFjaW5nIHtcbiAgcmVhZG9ubHkgdHRmdE1zOiBudW1iZXI7XG4gIHJlYWRvbmx5IHRva2Vuc1BlclNlY29uZDogbnVtYmVyO1xuICByZWFkb25seSB3b3Jkc1BlckNodW5rOiBudW1iZXI7XG59XG5cbi8qKiBXaGVuIHRoZSB3b3JkIGNvdW50IGB3b3Jkc2AgaXMgcmVhY2hlZCwgYXMgYSBgcGVyZm9ybWFuY2Uubm93KClgIHRpbWUuICovXG5mdW5jdGlvbiBkdWVBdChzdGFydDogbnVtYmVyLCBwYWNpbmc6IFBhY2luZywgd29yZHM6IG51bWJlciwgZmlyc3Q6IGJvb2xlYW4pOiBudW1iZXIge1xuICBjb25zdCBnZW5lcmF0aW5nID0gZmlyc3QgfHwgIShwYWNpbmcudG9rZW5zUGVyU2Vjb25kID4gMCkgPyAwIDogKHRva2Vuc0ZvcldvcmRzKHdvcmRzKSAvIHBhY2luZy50b2tlbnNQZXJTZWNvbmQpICogMTAwMDtcbiAgcmV0dXJuIHN0YXJ0ICsgcGFjaW5nLnR0ZnRNcyArIGdlbmVyYXRpbmc7XG59XG5cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBkZWxpdmVyUmVwbHkoZXhjaGFuZ2U6IEV4Y2hhbmdlLCByZXBseTogUmVwbHksIHN0cmVhbTogYm9vbGVhbiwgcGFjaW5nOiBQYWNpbmcpOiBQcm9taXNlPHZvaWQ+IHtcbiAgY29uc3Qgc3RhcnQgPSBleGNoYW5nZS5lbnRyeS5zdGFydGVkQXQ7XG4gIGlmICghc3RyZWFtKSB7XG4gICAgY29uc3Qgd29yZHMgPSBjb3VudFdvcmRzKHJlcGx5LnRleHQpO1xuICAgIGF3YWl0IGV4Y2hhbmdlLndhaXRVbnRpbChkdWVBdChzdGFydCwgcGFjaW5nLCB3b3JkcywgZmFsc2UpKTtcbiAgICBleGNoYW5nZS5lbnRyeS5vdXRwdXRXb3JkcyA9IHdvcmRzO1xuICAgIGV4Y2hhbmdlLnNlbmRKc29uKDIwMCwgcmVwbHlCb2R5KHJlcGx5KSk7XG4gICAgcmV0dXJuO1xuICB9XG4gIGF3YWl0IHN0cmVhbUV2ZW50cyhleGNoYW5nZSwgc3RyZWFtQ2h1bmtzKHJlcGx5LCBwYWNpbmcud29yZHNQZXJDaHVuayksIHBhY2luZyk7XG4gIGV4Y2hhbmdlLmVuZCgpO1xufVxuXG4vKiogU2VydmUgYGZhdWx0YCBpbiBwbGFjZSBvZiBgcmVwbHlgICh0aGUgcmVwbHkgc2F5cyB3aGF0IHRoZSB3b3JkcyB3b3VsZCBoYXZlIGJlZW4pLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGRlbGl2ZXJGYXVsdChcbiAgZXhjaGFuZ2U6IEV4Y2hhbmdlLFxuICBmYXVsdDogRmF1bHQsXG4gIHJlcGx5OiBSZXBseSxcbiAgc3RyZWFtOiBib29sZWFuLFxuICBwYWNpbmc6IFBhY2luZyxcbiAgbG9hZEZpeHR1cmU6IChuYW1lOiBzdHJpbmcpID0+IEZpeHR1cmUsXG4pOiBQcm9taXNlPHZvaWQ+IHtcbiAgc3dpdGNoIChmYXVsdC5raW5kKSB7XG4gICAgY2FzZSAnZml4dHVyZSc6XG4gICAgICByZXR1cm4gZGVsaXZlckZpeHR1cmUoZXhjaGFuZ2UsIGxvYWRGaXh0dXJlKGZhdWx0Lm5hbWUpLCBzdHJlYW0sIGZhdWx0LmhlYWRlcnMgPz8ge30pO1xuICAgIGNhc2UgJ3N0YXR1cyc6XG4gICAgICByZXR1cm4gZGVsaXZlclN0YXR1cyhleGNoYW5nZSwgZmF1bHQuc3RhdHVzQ29kZSwgZmF1bHQuYm9keSwgZmF1bHQuaGVhZGVycyA/PyB7fSk7XG4gICAgY2FzZSAndGV4dCc6XG4gICAgICByZXR1cm4gZGVsaXZlclJlcGx5KGV4Y2hhbmdlLCB7IC4uLnJlcGx5LCB0ZXh0OiBmYXVsdC50ZXh0LCBmaW5pc2hSZWFzb246IGZhdWx0LmZpbmlzaFJlYXNvbiA/PyAnU1RPUCcgfSwgc3RyZWFtLCBwYWNpbmcpO1xuICAgIGNhc2UgJ2hhbmcnOlxuICAgICAgLy8gTm90aGluZyB0byBzZW5kOiB0aGUgZXhjaGFuZ2Ugc3RheXMgb3BlbiB1bnRpbCB0aGUgY2xpZW50IG9yIHRoZSBzZXJ2ZXIgY2xvc2VzIGl0LlxuICAgICAgcmV0dXJuO1xuICAgIGNhc2UgJ2N1dCc6XG4gICAgICBpZiAoIXN0cmVhbSkge1xuICAgICAgICBhd2FpdCBleGNoYW5nZS53YWl0VW50aWwoZHVlQXQoZXhjaGFuZ2UuZW50cnkuc3RhcnRlZEF0LCBwYWNpbmcsIDAsIHRydWUpKTtcbiAgICAgICAgZXhjaGFuZ2Uuc3RhcnRCb2R5KDIwMCwgeyAnQ29udGVudC1UeXBlJzogSlNPTl9DT05URU5UX1RZUEUgfSwgJ3tcXG4gIFwiY2FuZGlkYXRlc1wiOiBbXFxuJyk7XG4gICAgICB9IGVsc2Uge1xuICAgICAgICBhd2FpdCBzdHJlYW1FdmVudHMoZXhjaGFuZ2UsIHBhcnRpYWxTdHJlYW1DaHVua3MocmVwbHksIHBhY2luZy53b3Jkc1BlckNodW5rLCBmYXVsdC5hZnRlcldvcmRzKSwgcGFjaW5nKTtcbiAgICAgICAgaWYgKGV4Y2hhbmdlLmVudHJ5LnN0YXR1cyA9PT0gMCkgZXhjaGFuZ2Uuc3RhcnRFdmVudFN0cmVhbSgpO1xuICAgICAgfVxuICAgICAgZXhjaGFuZ2UuY3V0KCk7XG4gICAgICByZXR1cm47XG4gICAgY2FzZSAnbWFsZm9ybWVkJzpcbiAgICAgIGlmICghc3RyZWFtKSB7XG4gICAgICAgIGF3YWl0IGV4Y2hhbmdlLndhaXRVbnRpbChkdWVBdChleGNoYW5nZS5lbnRyeS5zdGFydGVkQXQsIHBhY2luZywgMCwgdHJ1ZSkpO1xuICAgICAgICBleGNoYW5nZS5zZW5kVGV4dCgyMDAsICd7XFxuICBcImNhbmRpZGF0ZXNcIjogW1xcbiAgICB7XFxuICAgICAgXCJjb250ZW50XCI6IHsnLCB7ICdDb250ZW50LVR5cGUnOiBKU09OX0NPTlRFTlRfVFlQRSB9KTtcbiAgICAgICAgcmV0dXJuO1xuICAgICAgfVxuICAgICAgYXdhaXQgc3RyZWFtRXZlbnRzKGV4Y2hhbmdlLCBwYXJ0aWFsU3RyZWFtQ2h1bmtzKHJlcGx5LCBwYWNpbmcud29yZHNQZXJDaHVuaywgZmF1bHQuYWZ0ZXJXb3JkcyA/PyAwKSwgcGFjaW5nKTtcbiAgICAgIGlmIChleGNoYW5nZS5lbnRyeS5zdGF0dXMgPT09IDApIGV4Y2hhbmdlLnN0YXJ0RXZlbnRTdHJlYW0oKTtcbiAgICAgIGV4Y2hhbmdlLndyaXRlRXZlbnQoJ3tcImNhbmRpZGF0ZXNcIjogW3tcImNvbnRlbnRcIjoge1wicGFydHNcIjogW3tcInRleHRcIjogXCJ1bnRlcm1pbmF0ZWQnKTtcbiAgICAgIGV4Y2hhbmdlLmVuZCgpO1xuICAgICAgcmV0dXJuO1xuICAgIGNhc2UgJ3N0cmVhbS1lcnJvcic6IHtcbiAgICAgIGNvbnN0IHN0YXR1cyA9IGZhdWx0LnN0YXR1cyA/PyA1MDA7XG4gICAgICBpZiAoIXN0cmVhbSkgcmV0dXJuIGRlbGl2ZXJTdGF0dXMoZXhjaGFuZ2UsIHN0YXR1cywgZXJyb3JCb2R5KHN0YXR1cyksIHt9KTtcbiAgICAgIGF3YWl0IHN0cmVhbUV2ZW50cyhleGNoYW5nZSwgcGFydGlhbFN0cmVhbUNodW5rcyhyZXBseSwgcGFjaW5nLndvcmRzUGVyQ2h1bmssIGZhdWx0LmFmdGVyV29yZHMpLCBwYWNpbmcpO1xuICAgICAgaWYgKGV4Y2hhbmdlLmVudHJ5LnN0YXR1cyA9PT0gMCkgZXhjaGFuZ2Uuc3RhcnRFdmVudFN0cmVhbSgpO1xuICAgICAgZXhjaGFuZ2Uud3JpdGVFdmVudChKU09OLnN0cmluZ2lmeShlcnJvckJvZHkoc3RhdHVzKSkpO1xuICAgICAgZXhjaGFuZ2UuZW5kKCk7XG4gICAgICByZXR1cm47XG4gICAgfVxuICB9XG59XG5cbi8qKiBBIGZpeHR1cmUgYXMgcmVjb3JkZWQ7IGEgMjAwIGZpeHR1cmUgb24gYSBzdHJlYW0gcmVxdWVzdCBiZWNvbWVzIGl0cyBzaW5nbGUgU1NFIGV2ZW50LiAqL1xuZnVuY3Rpb24gZGVsaXZlckZpeHR1cmUoZXhjaGFuZ2U6IEV4Y2hhbmdlLCBmaXh0dXJlOiBGaXh0dXJlLCBzdHJlYW06IGJvb2xlYW4sIGhlYWRlcnM6IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHN0cmluZz4+KTogdm9pZCB7XG4gIGlmIChzdHJlYW0gJiYgZml4dHVyZS5zdGF0dXNDb2RlID09PSAyMDApIHtcbiAgICBleGNoYW5nZS5zdGFydEV2ZW50U3RyZWFtKCk7XG4gICAgZXhjaGFuZ2Uud3JpdGVFdmVudChKU09OLnN0cmluZ2lmeShmaXh0dXJlLmJvZHkpKTtcbiAgICBleGNoYW5nZS5lbmQoKTtcbiAgICByZXR1cm47XG4gIH1cbiAgZGVsaXZlclN0YXR1cyhleGNoYW5nZSwgZml4dHVyZS5zdGF0dXNDb2RlLCBmaXh0dXJlLmJvZHksIHsgLi4uZml4dHVyZS5oZWFkZXJzLCAuLi5oZWFkZXJzIH0pO1xufVxuXG5mdW5jdGlvbiBkZWxpdmVyU3RhdHVzKGV4Y2hhbmdlOiBFeGNoYW5nZSwgc3RhdHVzOiBudW1iZXIsIGJvZHk6IHVua25vd24sIGhlYWRlcnM6IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHN0cmluZz4+KTogdm9pZCB7XG4gIGlmICh0eXBlb2YgYm9keSA9PT0gJ3N0cmluZycpIGV4Y2hhbmdlLnNlbmRUZXh0KHN0YXR1cywgYm9keSwgeyAnQ29udGVudC1UeXBlJzogJ3RleHQvcGxhaW47IGNoYXJzZXQ9VVRGLTgnLCAuLi5oZWFkZXJzIH0pO1xuICBlbHNlIGV4Y2hhbmdlLnNlbmRKc29uKHN0YXR1cywgYm9keSA/PyBlcnJvckJvZHkoc3RhdHVzKSwgaGVhZGVycyk7XG59XG5cbi8qKlxuICogQW4gZXJyb3IgcmVwbHkgdG8gYSBzdHJlYW0gcmVxdWVzdC4gR2VtaW5pIGxhYmVscyBpdCBgdGV4dC9ldmVudC1zdHJlYW1gIGFsdGhvdWdoIHRoZSBib2R5IGlzXG4gKiBwbGFpbiBKU09OIChzZWUgdGhlIHJlY29yZGluZyBDaGF0c19UZXN0c19zZW5kTWVzc2FnZV9TZW5kX21lc3NhZ2Vfc3RyZWFtX3dpdGhfZXJyb3IpLCBzbyB0aGVcbiAqIFNESyBkb2VzIG5vdCBwYXJzZSBpdDogQXBpRXJyb3IubWVzc2FnZSB0aGVuIHdyYXBzIHRoZSBib2R5IGFzIGEgc3RyaW5nLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZGVsaXZlckVycm9yKGV4Y2hhbmdlOiBFeGNoYW5nZSwgYm9keTogRXJyb3JCb2R5LCBzdHJlYW06IGJvb2xlYW4pOiB2b2lkIHtcbiAgY29uc3QgaGVhZGVyczogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHN0cmVhbSA/IHsgJ0NvbnRlbnQtVHlwZSc6IFNTRV9DT05URU5UX1RZUEUgfSA6IHt9O1xuICBleGNoYW5nZS5zZW5kSnNvbihib2R5LmVycm9yLmNvZGUsIGJvZHksIGhlYWRlcnMpO1xufVxuXG4vKiogQ2h1bmtzIGF0IHRoZWlyIGR1ZSB0aW1lczsgaGVhZGVycyBnbyBvdXQgd2l0aCB0aGUgZmlyc3QgKGFzIEdlbWluaSdzIGRvLCBhZnRlciB0aGUgVFRGVCkuICovXG5hc3luYyBmdW5jdGlvbiBzdHJlYW1FdmVudHMoZXhjaGFuZ2U6IEV4Y2hhbmdlLCBjaHVua3M6IHJlYWRvbmx5IFN0cmVhbUNodW5rW10sIHBhY2luZzogUGFjaW5nKTogUHJvbWlzZTx2b2lkPiB7XG4gIGNvbnN0IHN0YXJ0ID0gZXhjaGFuZ2UuZW50cnkuc3RhcnRlZEF0O1xuICBmb3IgKGNvbnN0IFtpLCBjaHVua10gb2YgY2h1bmtzLmVudHJpZXMoKSkge1xuICAgIGF3YWl0IGV4Y2hhbmdlLndhaXRVbnRpbChkdWVBdChzdGFydCwgcGFjaW5nLCBjaHVuay53b3Jkc1NvRmFyLCBpID09PSAwKSk7XG4gICAgaWYgKGkgPT09IDApIGV4Y2hhbmdlLnN0YXJ0RXZlbnRTdHJlYW0oKTtcbiAgICBleGNoYW5nZS53cml0ZUV2ZW50KEpTT04uc3RyaW5naWZ5KGNodW5rLmJvZHkpKTtcbiAgICBleGNoYW5nZS5lbnRyeS5vdXRwdXRXb3JkcyA9IGNodW5rLndvcmRzU29GYXI7XG4gIH1cbiAgaWYgKGNodW5rcy5sZW5ndGggPT09IDApIGF3YWl0IGV4Y2hhbmdlLndhaXRVbnRpbChkdWVBdChzdGFydCwgcGFjaW5nLCAwLCB0cnVlKSk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUdBLHlCQUEwQztBQUMxQyxzQkFBbUU7QUFFbkUscUJBQTJGO0FBQzNGLG1CQUEyQjtBQUMzQix5QkFBK0I7QUFVL0IsU0FBUyxNQUFNLE9BQWUsUUFBZ0IsT0FBZSxPQUF3QjtBQUNuRixRQUFNLGFBQWEsU0FBUyxFQUFFLE9BQU8sa0JBQWtCLEtBQUssUUFBSyxtQ0FBZSxLQUFLLElBQUksT0FBTyxrQkFBbUI7QUFDbkgsU0FBTyxRQUFRLE9BQU8sU0FBUztBQUNqQztBQUVBLGVBQXNCLGFBQWEsVUFBb0IsT0FBYyxRQUFpQixRQUErQjtBQUNuSCxRQUFNLFFBQVEsU0FBUyxNQUFNO0FBQzdCLE1BQUksQ0FBQyxRQUFRO0FBQ1gsVUFBTSxZQUFRLHlCQUFXLE1BQU0sSUFBSTtBQUNuQyxVQUFNLFNBQVMsVUFBVSxNQUFNLE9BQU8sUUFBUSxPQUFPLEtBQUssQ0FBQztBQUMzRCxhQUFTLE1BQU0sY0FBYztBQUM3QixhQUFTLFNBQVMsU0FBSywwQkFBVSxLQUFLLENBQUM7QUFDdkM7QUFBQSxFQUNGO0FBQ0EsUUFBTSxhQUFhLGNBQVUsNkJBQWEsT0FBTyxPQUFPLGFBQWEsR0FBRyxNQUFNO0FBQzlFLFdBQVMsSUFBSTtBQUNmO0FBR0EsZUFBc0IsYUFDcEIsVUFDQSxPQUNBLE9BQ0EsUUFDQSxRQUNBLGFBQ2U7QUFDZixVQUFRLE1BQU0sTUFBTTtBQUFBLElBQ2xCLEtBQUs7QUFDSCxhQUFPLGVBQWUsVUFBVSxZQUFZLE1BQU0sSUFBSSxHQUFHLFFBQVEsTUFBTSxXQUFXLENBQUMsQ0FBQztBQUFBLElBQ3RGLEtBQUs7QUFDSCxhQUFPLGNBQWMsVUFBVSxNQUFNLFlBQVksTUFBTSxNQUFNLE1BQU0sV0FBVyxDQUFDLENBQUM7QUFBQSxJQUNsRixLQUFLO0FBQ0gsYUFBTyxhQUFhLFVBQVUsRUFBRSxHQUFHLE9BQU8sTUFBTSxNQUFNLE1BQU0sY0FBYyxNQUFNLGdCQUFnQixPQUFPLEdBQUcsUUFBUSxNQUFNO0FBQUEsSUFDMUgsS0FBSztBQUVIO0FBQUEsSUFDRixLQUFLO0FBQ0gsVUFBSSxDQUFDLFFBQVE7QUFDWCxjQUFNLFNBQVMsVUFBVSxNQUFNLFNBQVMsTUFBTSxXQUFXLFFBQVEsR0FBRyxJQUFJLENBQUM7QUFDekUsaUJBQVMsVUFBVSxLQUFLLEVBQUUsZ0JBQWdCLGtDQUFrQixHQUFHLHdCQUF3QjtBQUFBLE1BQ3pGLE9BQU87QUFDTCxjQUFNLGFBQWEsY0FBVSxvQ0FBb0IsT0FBTyxPQUFPLGVBQWUsTUFBTSxVQUFVLEdBQUcsTUFBTTtBQUN2RyxZQUFJLFNBQVMsTUFBTSxXQUFXLEVBQUcsVUFBUyxpQkFBaUI7QUFBQSxNQUM3RDtBQUNBLGVBQVMsSUFBSTtBQUNiO0FBQUEsSUFDRixLQUFLO0FBQ0gsVUFBSSxDQUFDLFFBQVE7QUFDWCxjQUFNLFNBQVMsVUFBVSxNQUFNLFNBQVMsTUFBTSxXQUFXLFFBQVEsR0FBRyxJQUFJLENBQUM7QUFDekUsaUJBQVMsU0FBUyxLQUFLLG1EQUFtRCxFQUFFLGdCQUFnQixrQ0FBa0IsQ0FBQztBQUMvRztBQUFBLE1BQ0Y7QUFDQSxZQUFNLGFBQWEsY0FBVSxvQ0FBb0IsT0FBTyxPQUFPLGVBQWUsTUFBTSxjQUFjLENBQUMsR0FBRyxNQUFNO0FBQzVHLFVBQUksU0FBUyxNQUFNLFdBQVcsRUFBRyxVQUFTLGlCQUFpQjtBQUMzRCxlQUFTLFdBQVcsK0RBQStEO0FBQ25GLGVBQVMsSUFBSTtBQUNiO0FBQUEsSUFDRixLQUFLLGdCQUFnQjtBQUNuQixZQUFNLFNBQVMsTUFBTSxVQUFVO0FBQy9CLFVBQUksQ0FBQyxPQUFRLFFBQU8sY0FBYyxVQUFVLFlBQVEsOEJBQVUsTUFBTSxHQUFHLENBQUMsQ0FBQztBQUN6RSxZQUFNLGFBQWEsY0FBVSxvQ0FBb0IsT0FBTyxPQUFPLGVBQWUsTUFBTSxVQUFVLEdBQUcsTUFBTTtBQUN2RyxVQUFJLFNBQVMsTUFBTSxXQUFXLEVBQUcsVUFBUyxpQkFBaUI7QUFDM0QsZUFBUyxXQUFXLEtBQUssY0FBVSw4QkFBVSxNQUFNLENBQUMsQ0FBQztBQUNyRCxlQUFTLElBQUk7QUFDYjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0Y7QUFHQSxTQUFTLGVBQWUsVUFBb0IsU0FBa0IsUUFBaUIsU0FBaUQ7QUFDOUgsTUFBSSxVQUFVLFFBQVEsZUFBZSxLQUFLO0FBQ3hDLGFBQVMsaUJBQWlCO0FBQzFCLGFBQVMsV0FBVyxLQUFLLFVBQVUsUUFBUSxJQUFJLENBQUM7QUFDaEQsYUFBUyxJQUFJO0FBQ2I7QUFBQSxFQUNGO0FBQ0EsZ0JBQWMsVUFBVSxRQUFRLFlBQVksUUFBUSxNQUFNLEVBQUUsR0FBRyxRQUFRLFNBQVMsR0FBRyxRQUFRLENBQUM7QUFDOUY7QUFFQSxTQUFTLGNBQWMsVUFBb0IsUUFBZ0IsTUFBZSxTQUFpRDtBQUN6SCxNQUFJLE9BQU8sU0FBUyxTQUFVLFVBQVMsU0FBUyxRQUFRLE1BQU0sRUFBRSxnQkFBZ0IsNkJBQTZCLEdBQUcsUUFBUSxDQUFDO0FBQUEsTUFDcEgsVUFBUyxTQUFTLFFBQVEsWUFBUSw4QkFBVSxNQUFNLEdBQUcsT0FBTztBQUNuRTtBQU9PLFNBQVMsYUFBYSxVQUFvQixNQUFpQixRQUF1QjtBQUN2RixRQUFNLFVBQWtDLFNBQVMsRUFBRSxnQkFBZ0IsaUNBQWlCLElBQUksQ0FBQztBQUN6RixXQUFTLFNBQVMsS0FBSyxNQUFNLE1BQU0sTUFBTSxPQUFPO0FBQ2xEO0FBR0EsZUFBZSxhQUFhLFVBQW9CLFFBQWdDLFFBQStCO0FBQzdHLFFBQU0sUUFBUSxTQUFTLE1BQU07QUFDN0IsYUFBVyxDQUFDLEdBQUcsS0FBSyxLQUFLLE9BQU8sUUFBUSxHQUFHO0FBQ3pDLFVBQU0sU0FBUyxVQUFVLE1BQU0sT0FBTyxRQUFRLE1BQU0sWUFBWSxNQUFNLENBQUMsQ0FBQztBQUN4RSxRQUFJLE1BQU0sRUFBRyxVQUFTLGlCQUFpQjtBQUN2QyxhQUFTLFdBQVcsS0FBSyxVQUFVLE1BQU0sSUFBSSxDQUFDO0FBQzlDLGFBQVMsTUFBTSxjQUFjLE1BQU07QUFBQSxFQUNyQztBQUNBLE1BQUksT0FBTyxXQUFXLEVBQUcsT0FBTSxTQUFTLFVBQVUsTUFBTSxPQUFPLFFBQVEsR0FBRyxJQUFJLENBQUM7QUFDakY7IiwKICAibmFtZXMiOiBbXQp9Cg==
