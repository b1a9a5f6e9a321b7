"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
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
var assert = __toESM(require("node:assert/strict"));
var import_linkedSignal = require("../../../src/gemini/linkedSignal");
describe("linkedSignal", () => {
  it("follows whichever source aborts first, and detaches on dispose", () => {
    const a = new AbortController();
    const b = new AbortController();
    const linked = (0, import_linkedSignal.linkedSignal)(a.signal, void 0, b.signal);
    b.abort("b first");
    assert.equal(linked.signal.aborted, true);
    assert.equal(linked.signal.reason, "b first");
    const detached = (0, import_linkedSignal.linkedSignal)(a.signal);
    detached.dispose();
    a.abort();
    assert.equal(detached.signal.aborted, false);
    const pre = (0, import_linkedSignal.linkedSignal)(a.signal);
    assert.equal(pre.signal.aborted, true);
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC91bml0L2dlbWluaS9saW5rZWRTaWduYWwudGVzdC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0ICogYXMgYXNzZXJ0IGZyb20gJ25vZGU6YXNzZXJ0L3N0cmljdCc7XG5pbXBvcnQgeyBsaW5rZWRTaWduYWwgfSBmcm9tICcuLi8uLi8uLi9zcmMvZ2VtaW5pL2xpbmtlZFNpZ25hbCc7XG5cbmRlc2NyaWJlKCdsaW5rZWRTaWduYWwnLCAoKSA9PiB7XG4gIGl0KCdmb2xsb3dzIHdoaWNoZXZlciBzb3VyY2UgYWJvcnRzIGZpcnN0LCBhbmQgZGV0YWNoZXMgb24gZGlzcG9zZScsICgpID0+IHtcbiAgICBjb25zdCBhID0gbmV3IEFib3J0Q29udHJvbGxlcigpO1xuICAgIGNvbnN0IGIgPSBuZXcgQWJvcnRDb250cm9sbGVyKCk7XG4gICAgY29uc3QgbGlua2VkID0gbGlua2VkU2lnbmFsKGEuc2lnbmFsLCB1bmRlZmluZWQsIGIuc2lnbmFsKTtcbiAgICBiLmFib3J0KCdiIGZpcnN0Jyk7XG4gICAgYXNzZXJ0LmVxdWFsKGxpbmtlZC5zaWduYWwuYWJvcnRlZCwgdHJ1ZSk7XG4gICAgYXNzZXJ0LmVxdWFsKGxpbmtlZC5zaWduYWwucmVhc29uLCAnYiBmaXJzdCcpO1xuICAgIGNvbnN0IGRldGFjaGVkID0gbGlua2VkU2lnbmFsKGEuc2lnbmFsKTtcbiAgICBkZXRhY2hlZC5kaXNwb3NlKCk7XG4gICAgYS5hYm9ydCgpO1xuICAgIGFzc2VydC5lcXVhbChkZXRhY2hlZC5zaWduYWwuYWJvcnRlZCwgZmFsc2UpO1xuICAgIGNvbnN0IHByZSA9IGxpbmtlZFNpZ25hbChhLnNpZ25hbCk7XG4gICAgYXNzZXJ0LmVxdWFsKHByZS5zaWduYWwuYWJvcnRlZCwgdHJ1ZSk7XG4gIH0pO1xufSk7XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBLGFBQXdCO0FBQ3hCLDBCQUE2QjtBQUU3QixTQUFTLGdCQUFnQixNQUFNO0FBQzdCLEtBQUcsa0VBQWtFLE1BQU07QUFDekUsVUFBTSxJQUFJLElBQUksZ0JBQWdCO0FBQzlCLFVBQU0sSUFBSSxJQUFJLGdCQUFnQjtBQUM5QixVQUFNLGFBQVMsa0NBQWEsRUFBRSxRQUFRLFFBQVcsRUFBRSxNQUFNO0FBQ3pELE1BQUUsTUFBTSxTQUFTO0FBQ2pCLFdBQU8sTUFBTSxPQUFPLE9BQU8sU0FBUyxJQUFJO0FBQ3hDLFdBQU8sTUFBTSxPQUFPLE9BQU8sUUFBUSxTQUFTO0FBQzVDLFVBQU0sZUFBVyxrQ0FBYSxFQUFFLE1BQU07QUFDdEMsYUFBUyxRQUFRO0FBQ2pCLE1BQUUsTUFBTTtBQUNSLFdBQU8sTUFBTSxTQUFTLE9BQU8sU0FBUyxLQUFLO0FBQzNDLFVBQU0sVUFBTSxrQ0FBYSxFQUFFLE1BQU07QUFDakMsV0FBTyxNQUFNLElBQUksT0FBTyxTQUFTLElBQUk7QUFBQSxFQUN2QyxDQUFDO0FBQ0gsQ0FBQzsiLAogICJuYW1lcyI6IFtdCn0K
