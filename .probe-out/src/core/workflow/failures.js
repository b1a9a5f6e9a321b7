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
var failures_exports = {};
__export(failures_exports, {
  StageInputError: () => StageInputError,
  UnusableReplyError: () => UnusableReplyError,
  classifyFailure: () => classifyFailure
});
module.exports = __toCommonJS(failures_exports);
var import_brokenFile = require("../checkpoint/brokenFile");
var import_errors = require("../../gemini/errors");
class StageInputError extends Error {
  constructor(file, detail) {
    super(`${file}: ${detail}`);
    this.file = file;
    this.name = "StageInputError";
  }
  file;
}
const STOPS_THE_RUN = /* @__PURE__ */ new Set(["auth", "quota-daily", "model-not-found", "bad-request", "circuit-open"]);
const WORTH_ANOTHER_ATTEMPT = /* @__PURE__ */ new Set(["invalid-json", "rate-limited", "unavailable", "timeout", "network", "unexpected"]);
function classifyFailure(error, signal) {
  if (error instanceof import_errors.GeminiError) {
    const partial = error.partialText ? { partialText: error.partialText } : {};
    if (error.kind === "cancelled" || signal.aborted) return { kind: "cancelled", message: "cancelled", scope: "cancel", exitCode: import_errors.EXIT_CODES.cancelled, ...partial };
    const scope = STOPS_THE_RUN.has(error.kind) ? "run" : WORTH_ANOTHER_ATTEMPT.has(error.kind) ? "attempt" : "item";
    return { kind: error.kind, message: error.message, scope, exitCode: error.exitCode, ...partial };
  }
  if (signal.aborted) return { kind: "cancelled", message: "cancelled", scope: "cancel", exitCode: import_errors.EXIT_CODES.cancelled };
  if (error instanceof UnusableReplyError) return { kind: "invalid-reply", message: error.message, scope: "attempt", exitCode: import_errors.EXIT_CODES.unexpected };
  if (error instanceof import_brokenFile.BrokenStageFileError || error instanceof StageInputError) {
    return { kind: "bad-input", message: error.message, scope: "item", exitCode: import_errors.EXIT_CODES.badInput };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { kind: "unexpected", message, scope: "item", exitCode: import_errors.EXIT_CODES.unexpected };
}
class UnusableReplyError extends Error {
  constructor(message) {
    super(message);
    this.name = "UnusableReplyError";
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  StageInputError,
  UnusableReplyError,
  classifyFailure
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvd29ya2Zsb3cvZmFpbHVyZXMudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCB7IEJyb2tlblN0YWdlRmlsZUVycm9yIH0gZnJvbSAnLi4vY2hlY2twb2ludC9icm9rZW5GaWxlJztcbmltcG9ydCB7IEVYSVRfQ09ERVMsIEdlbWluaUVycm9yIH0gZnJvbSAnLi4vLi4vZ2VtaW5pL2Vycm9ycyc7XG5cbi8qKlxuICogSG93IHRoZSBydW5uZXIgdHJlYXRzIGEgZmFpbHVyZS4gYHNjb3BlYCBkZWNpZGVzIHdoYXQgc3RvcHM6XG4gKiAtIGBhdHRlbXB0YDogYW5vdGhlciBhdHRlbXB0IGF0IHRoZSBzYW1lIGl0ZW0gbWF5IHdvcmsgKGludmFsaWQgSlNPTiwgb3ZlcmxvYWQgYWZ0ZXIgdGhlXG4gKiAgIHNlcnZpY2UncyBvd24gcmV0cmllcyk7XG4gKiAtIGBpdGVtYDogdGhpcyBpdGVtIGNhbm5vdCBiZSBtYWRlIG5vdywgdGhlIG90aGVycyBjYW4gZ28gb24gKGNvbnRlbnQgYmxvY2tlZCwgYmFkIGlucHV0IGZpbGUpO1xuICogLSBgcnVuYDogbm90aGluZyBlbHNlIHdpbGwgd29yayBlaXRoZXIgKGJhZCBrZXksIGRhaWx5IHF1b3RhLCB1bmtub3duIG1vZGVsKTogc3RvcCBhdCBvbmNlO1xuICogLSBgY2FuY2VsYDogdGhlIHdyaXRlciBjYW5jZWxsZWQuXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgRmFpbHVyZSB7XG4gIHJlYWRvbmx5IGtpbmQ6IHN0cmluZztcbiAgcmVhZG9ubHkgbWVzc2FnZTogc3RyaW5nO1xuICByZWFkb25seSBzY29wZTogJ2F0dGVtcHQnIHwgJ2l0ZW0nIHwgJ3J1bicgfCAnY2FuY2VsJztcbiAgcmVhZG9ubHkgZXhpdENvZGU6IG51bWJlcjtcbiAgLyoqIFRleHQgc3RyZWFtZWQgYmVmb3JlIHRoZSBmYWlsdXJlLCB3aGVuIHRoZSBzZXJ2aWNlIGtlcHQgaXQuICovXG4gIHJlYWRvbmx5IHBhcnRpYWxUZXh0Pzogc3RyaW5nO1xufVxuXG4vKiogQW4gaW5wdXQgZmlsZSB0aGF0IGV4aXN0cyBidXQgY2Fubm90IGJlIHJlYWQgaW50byB3aGF0IHRoZSBzdGFnZSdzIHByb21wdCBuZWVkcy4gKi9cbmV4cG9ydCBjbGFzcyBTdGFnZUlucHV0RXJyb3IgZXh0ZW5kcyBFcnJvciB7XG4gIGNvbnN0cnVjdG9yKFxuICAgIHJlYWRvbmx5IGZpbGU6IHN0cmluZyxcbiAgICBkZXRhaWw6IHN0cmluZyxcbiAgKSB7XG4gICAgc3VwZXIoYCR7ZmlsZX06ICR7ZGV0YWlsfWApO1xuICAgIHRoaXMubmFtZSA9ICdTdGFnZUlucHV0RXJyb3InO1xuICB9XG59XG5cbmNvbnN0IFNUT1BTX1RIRV9SVU4gPSBuZXcgU2V0KFsnYXV0aCcsICdxdW90YS1kYWlseScsICdtb2RlbC1ub3QtZm91bmQnLCAnYmFkLXJlcXVlc3QnLCAnY2lyY3VpdC1vcGVuJ10pO1xuY29uc3QgV09SVEhfQU5PVEhFUl9BVFRFTVBUID0gbmV3IFNldChbJ2ludmFsaWQtanNvbicsICdyYXRlLWxpbWl0ZWQnLCAndW5hdmFpbGFibGUnLCAndGltZW91dCcsICduZXR3b3JrJywgJ3VuZXhwZWN0ZWQnXSk7XG5cbmV4cG9ydCBmdW5jdGlvbiBjbGFzc2lmeUZhaWx1cmUoZXJyb3I6IHVua25vd24sIHNpZ25hbDogQWJvcnRTaWduYWwpOiBGYWlsdXJlIHtcbiAgaWYgKGVycm9yIGluc3RhbmNlb2YgR2VtaW5pRXJyb3IpIHtcbiAgICBjb25zdCBwYXJ0aWFsID0gZXJyb3IucGFydGlhbFRleHQgPyB7IHBhcnRpYWxUZXh0OiBlcnJvci5wYXJ0aWFsVGV4dCB9IDoge307XG4gICAgaWYgKGVycm9yLmtpbmQgPT09ICdjYW5jZWxsZWQnIHx8IHNpZ25hbC5hYm9ydGVkKSByZXR1cm4geyBraW5kOiAnY2FuY2VsbGVkJywgbWVzc2FnZTogJ2NhbmNlbGxlZCcsIHNjb3BlOiAnY2FuY2VsJywgZXhpdENvZGU6IEVYSVRfQ09ERVMuY2FuY2VsbGVkLCAuLi5wYXJ0aWFsIH07XG4gICAgY29uc3Qgc2NvcGUgPSBTVE9QU19USEVfUlVOLmhhcyhlcnJvci5raW5kKSA/ICdydW4nIDogV09SVEhfQU5PVEhFUl9BVFRFTVBULmhhcyhlcnJvci5raW5kKSA/ICdhdHRlbXB0JyA6ICdpdGVtJztcbiAgICByZXR1cm4geyBraW5kOiBlcnJvci5raW5kLCBtZXNzYWdlOiBlcnJvci5tZXNzYWdlLCBzY29wZSwgZXhpdENvZGU6IGVycm9yLmV4aXRDb2RlLCAuLi5wYXJ0aWFsIH07XG4gIH1cbiAgaWYgKHNpZ25hbC5hYm9ydGVkKSByZXR1cm4geyBraW5kOiAnY2FuY2VsbGVkJywgbWVzc2FnZTogJ2NhbmNlbGxlZCcsIHNjb3BlOiAnY2FuY2VsJywgZXhpdENvZGU6IEVYSVRfQ09ERVMuY2FuY2VsbGVkIH07XG4gIGlmIChlcnJvciBpbnN0YW5jZW9mIFVudXNhYmxlUmVwbHlFcnJvcikgcmV0dXJuIHsga2luZDogJ2ludmFsaWQtcmVwbHknLCBtZXNzYWdlOiBlcnJvci5tZXNzYWdlLCBzY29wZTogJ2F0dGVtcHQnLCBleGl0Q29kZTogRVhJVF9DT0RFUy51bmV4cGVjdGVkIH07XG4gIGlmIChlcnJvciBpbnN0YW5jZW9mIEJyb2tlblN0YWdlRmlsZUVycm9yIHx8IGVycm9yIGluc3RhbmNlb2YgU3RhZ2VJbnB1dEVycm9yKSB7XG4gICAgcmV0dXJuIHsga2luZDogJ2JhZC1pbnB1dCcsIG1lc3NhZ2U6IGVycm9yLm1lc3NhZ2UsIHNjb3BlOiAnaXRlbScsIGV4aXRDb2RlOiBFWElUX0NPREVTLmJhZElucHV0IH07XG4gIH1cbiAgY29uc3QgbWVzc2FnZSA9IGVycm9yIGluc3RhbmNlb2YgRXJyb3IgPyBlcnJvci5tZXNzYWdlIDogU3RyaW5nKGVycm9yKTtcbiAgcmV0dXJuIHsga2luZDogJ3VuZXhwZWN0ZWQnLCBtZXNzYWdlLCBzY29wZTogJ2l0ZW0nLCBleGl0Q29kZTogRVhJVF9DT0RFUy51bmV4cGVjdGVkIH07XG59XG5cbi8qKiBBIHJlcGx5IHRoYXQgYXJyaXZlZCBhbmQgcGFyc2VkIGJ1dCBjYW5ub3QgYmUgdXNlZCAoZS5nLiBhIHJlcXVpcmVkIGZpZWxkIGxlZnQgZW1wdHkpLiAqL1xuZXhwb3J0IGNsYXNzIFVudXNhYmxlUmVwbHlFcnJvciBleHRlbmRzIEVycm9yIHtcbiAgY29uc3RydWN0b3IobWVzc2FnZTogc3RyaW5nKSB7XG4gICAgc3VwZXIobWVzc2FnZSk7XG4gICAgdGhpcy5uYW1lID0gJ1VudXNhYmxlUmVwbHlFcnJvcic7XG4gIH1cbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsd0JBQXFDO0FBQ3JDLG9CQUF3QztBQW9CakMsTUFBTSx3QkFBd0IsTUFBTTtBQUFBLEVBQ3pDLFlBQ1csTUFDVCxRQUNBO0FBQ0EsVUFBTSxHQUFHLElBQUksS0FBSyxNQUFNLEVBQUU7QUFIakI7QUFJVCxTQUFLLE9BQU87QUFBQSxFQUNkO0FBQUEsRUFMVztBQU1iO0FBRUEsTUFBTSxnQkFBZ0Isb0JBQUksSUFBSSxDQUFDLFFBQVEsZUFBZSxtQkFBbUIsZUFBZSxjQUFjLENBQUM7QUFDdkcsTUFBTSx3QkFBd0Isb0JBQUksSUFBSSxDQUFDLGdCQUFnQixnQkFBZ0IsZUFBZSxXQUFXLFdBQVcsWUFBWSxDQUFDO0FBRWxILFNBQVMsZ0JBQWdCLE9BQWdCLFFBQThCO0FBQzVFLE1BQUksaUJBQWlCLDJCQUFhO0FBQ2hDLFVBQU0sVUFBVSxNQUFNLGNBQWMsRUFBRSxhQUFhLE1BQU0sWUFBWSxJQUFJLENBQUM7QUFDMUUsUUFBSSxNQUFNLFNBQVMsZUFBZSxPQUFPLFFBQVMsUUFBTyxFQUFFLE1BQU0sYUFBYSxTQUFTLGFBQWEsT0FBTyxVQUFVLFVBQVUseUJBQVcsV0FBVyxHQUFHLFFBQVE7QUFDaEssVUFBTSxRQUFRLGNBQWMsSUFBSSxNQUFNLElBQUksSUFBSSxRQUFRLHNCQUFzQixJQUFJLE1BQU0sSUFBSSxJQUFJLFlBQVk7QUFDMUcsV0FBTyxFQUFFLE1BQU0sTUFBTSxNQUFNLFNBQVMsTUFBTSxTQUFTLE9BQU8sVUFBVSxNQUFNLFVBQVUsR0FBRyxRQUFRO0FBQUEsRUFDakc7QUFDQSxNQUFJLE9BQU8sUUFBUyxRQUFPLEVBQUUsTUFBTSxhQUFhLFNBQVMsYUFBYSxPQUFPLFVBQVUsVUFBVSx5QkFBVyxVQUFVO0FBQ3RILE1BQUksaUJBQWlCLG1CQUFvQixRQUFPLEVBQUUsTUFBTSxpQkFBaUIsU0FBUyxNQUFNLFNBQVMsT0FBTyxXQUFXLFVBQVUseUJBQVcsV0FBVztBQUNuSixNQUFJLGlCQUFpQiwwQ0FBd0IsaUJBQWlCLGlCQUFpQjtBQUM3RSxXQUFPLEVBQUUsTUFBTSxhQUFhLFNBQVMsTUFBTSxTQUFTLE9BQU8sUUFBUSxVQUFVLHlCQUFXLFNBQVM7QUFBQSxFQUNuRztBQUNBLFFBQU0sVUFBVSxpQkFBaUIsUUFBUSxNQUFNLFVBQVUsT0FBTyxLQUFLO0FBQ3JFLFNBQU8sRUFBRSxNQUFNLGNBQWMsU0FBUyxPQUFPLFFBQVEsVUFBVSx5QkFBVyxXQUFXO0FBQ3ZGO0FBR08sTUFBTSwyQkFBMkIsTUFBTTtBQUFBLEVBQzVDLFlBQVksU0FBaUI7QUFDM0IsVUFBTSxPQUFPO0FBQ2IsU0FBSyxPQUFPO0FBQUEsRUFDZDtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
