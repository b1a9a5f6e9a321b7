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
var toAbortSignal_exports = {};
__export(toAbortSignal_exports, {
  toAbortSignal: () => toAbortSignal
});
module.exports = __toCommonJS(toAbortSignal_exports);
var import_node_events = require("node:events");
function toAbortSignal(token) {
  const controller = new AbortController();
  (0, import_node_events.setMaxListeners)(1e3, controller.signal);
  if (token.isCancellationRequested) controller.abort(new Error("cancelled"));
  const sub = token.onCancellationRequested(() => controller.abort(new Error("cancelled")));
  return { signal: controller.signal, dispose: () => sub.dispose() };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  toAbortSignal
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3ZzY29kZS90b0Fib3J0U2lnbmFsLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgeyBzZXRNYXhMaXN0ZW5lcnMgfSBmcm9tICdub2RlOmV2ZW50cyc7XG5pbXBvcnQgdHlwZSAqIGFzIHZzY29kZSBmcm9tICd2c2NvZGUnO1xuXG4vKiogQnJpZGdlcyBWUyBDb2RlIGNhbmNlbGxhdGlvbiB0byB0aGUgQWJvcnRTaWduYWwgdGhlIGNvcmUgYW5kIHRoZSBTREsgdW5kZXJzdGFuZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0b0Fib3J0U2lnbmFsKHRva2VuOiB2c2NvZGUuQ2FuY2VsbGF0aW9uVG9rZW4pOiB7IHNpZ25hbDogQWJvcnRTaWduYWw7IGRpc3Bvc2UoKTogdm9pZCB9IHtcbiAgY29uc3QgY29udHJvbGxlciA9IG5ldyBBYm9ydENvbnRyb2xsZXIoKTtcbiAgLy8gT25lIHJ1bidzIHNpZ25hbCBpcyBzaGFyZWQgYnkgZXZlcnkgY2hhcHRlciBpbiBmbGlnaHQ7IGVhY2ggY2FsbCBhZGRzIGEgbGlzdGVuZXIuXG4gIHNldE1heExpc3RlbmVycygxMDAwLCBjb250cm9sbGVyLnNpZ25hbCk7XG4gIGlmICh0b2tlbi5pc0NhbmNlbGxhdGlvblJlcXVlc3RlZCkgY29udHJvbGxlci5hYm9ydChuZXcgRXJyb3IoJ2NhbmNlbGxlZCcpKTtcbiAgY29uc3Qgc3ViID0gdG9rZW4ub25DYW5jZWxsYXRpb25SZXF1ZXN0ZWQoKCkgPT4gY29udHJvbGxlci5hYm9ydChuZXcgRXJyb3IoJ2NhbmNlbGxlZCcpKSk7XG4gIHJldHVybiB7IHNpZ25hbDogY29udHJvbGxlci5zaWduYWwsIGRpc3Bvc2U6ICgpID0+IHN1Yi5kaXNwb3NlKCkgfTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSx5QkFBZ0M7QUFJekIsU0FBUyxjQUFjLE9BQTJFO0FBQ3ZHLFFBQU0sYUFBYSxJQUFJLGdCQUFnQjtBQUV2QywwQ0FBZ0IsS0FBTSxXQUFXLE1BQU07QUFDdkMsTUFBSSxNQUFNLHdCQUF5QixZQUFXLE1BQU0sSUFBSSxNQUFNLFdBQVcsQ0FBQztBQUMxRSxRQUFNLE1BQU0sTUFBTSx3QkFBd0IsTUFBTSxXQUFXLE1BQU0sSUFBSSxNQUFNLFdBQVcsQ0FBQyxDQUFDO0FBQ3hGLFNBQU8sRUFBRSxRQUFRLFdBQVcsUUFBUSxTQUFTLE1BQU0sSUFBSSxRQUFRLEVBQUU7QUFDbkU7IiwKICAibmFtZXMiOiBbXQp9Cg==
