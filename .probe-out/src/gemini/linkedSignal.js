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
var linkedSignal_exports = {};
__export(linkedSignal_exports, {
  linkedSignal: () => linkedSignal
});
module.exports = __toCommonJS(linkedSignal_exports);
function linkedSignal(...signals) {
  const controller = new AbortController();
  const sources = signals.filter((s) => s !== void 0);
  const already = sources.find((s) => s.aborted);
  if (already) {
    controller.abort(already.reason);
    return { signal: controller.signal, dispose: () => {
    } };
  }
  const listeners = sources.map((source) => {
    const onAbort = () => controller.abort(source.reason);
    source.addEventListener("abort", onAbort, { once: true });
    return () => source.removeEventListener("abort", onAbort);
  });
  return { signal: controller.signal, dispose: () => listeners.forEach((remove) => remove()) };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  linkedSignal
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2dlbWluaS9saW5rZWRTaWduYWwudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogQSBzaWduYWwgdGhhdCBhYm9ydHMgd2hlbiBhbnkgb2YgdGhlIGdpdmVuIHNpZ25hbHMgZG9lcywgd2l0aCB0aGUgZmlyc3Qgb25lJ3MgcmVhc29uLiBMaWtlXG4gKiBgQWJvcnRTaWduYWwuYW55YCwgd2hpY2ggdGhlIE5vZGUgb2YgVlMgQ29kZSAxLjg1ICgxOC4xNSkgbGFja3M7IGBkaXNwb3NlYCByZW1vdmVzIHRoZVxuICogbGlzdGVuZXJzIG9uY2UgdGhlIGNhbGwgaXMgb3Zlciwgc28gYSBsb25nLWxpdmVkIGNhbGxlciBzaWduYWwgZG9lcyBub3QgY29sbGVjdCB0aGVtLlxuICovXG5leHBvcnQgZnVuY3Rpb24gbGlua2VkU2lnbmFsKC4uLnNpZ25hbHM6IFJlYWRvbmx5QXJyYXk8QWJvcnRTaWduYWwgfCB1bmRlZmluZWQ+KTogeyBzaWduYWw6IEFib3J0U2lnbmFsOyBkaXNwb3NlKCk6IHZvaWQgfSB7XG4gIGNvbnN0IGNvbnRyb2xsZXIgPSBuZXcgQWJvcnRDb250cm9sbGVyKCk7XG4gIGNvbnN0IHNvdXJjZXMgPSBzaWduYWxzLmZpbHRlcigocyk6IHMgaXMgQWJvcnRTaWduYWwgPT4gcyAhPT0gdW5kZWZpbmVkKTtcbiAgY29uc3QgYWxyZWFkeSA9IHNvdXJjZXMuZmluZCgocykgPT4gcy5hYm9ydGVkKTtcbiAgaWYgKGFscmVhZHkpIHtcbiAgICBjb250cm9sbGVyLmFib3J0KGFscmVhZHkucmVhc29uKTtcbiAgICByZXR1cm4geyBzaWduYWw6IGNvbnRyb2xsZXIuc2lnbmFsLCBkaXNwb3NlOiAoKSA9PiB7fSB9O1xuICB9XG4gIGNvbnN0IGxpc3RlbmVycyA9IHNvdXJjZXMubWFwKChzb3VyY2UpID0+IHtcbiAgICBjb25zdCBvbkFib3J0ID0gKCkgPT4gY29udHJvbGxlci5hYm9ydChzb3VyY2UucmVhc29uKTtcbiAgICBzb3VyY2UuYWRkRXZlbnRMaXN0ZW5lcignYWJvcnQnLCBvbkFib3J0LCB7IG9uY2U6IHRydWUgfSk7XG4gICAgcmV0dXJuICgpID0+IHNvdXJjZS5yZW1vdmVFdmVudExpc3RlbmVyKCdhYm9ydCcsIG9uQWJvcnQpO1xuICB9KTtcbiAgcmV0dXJuIHsgc2lnbmFsOiBjb250cm9sbGVyLnNpZ25hbCwgZGlzcG9zZTogKCkgPT4gbGlzdGVuZXJzLmZvckVhY2goKHJlbW92ZSkgPT4gcmVtb3ZlKCkpIH07XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBS08sU0FBUyxnQkFBZ0IsU0FBMkY7QUFDekgsUUFBTSxhQUFhLElBQUksZ0JBQWdCO0FBQ3ZDLFFBQU0sVUFBVSxRQUFRLE9BQU8sQ0FBQyxNQUF3QixNQUFNLE1BQVM7QUFDdkUsUUFBTSxVQUFVLFFBQVEsS0FBSyxDQUFDLE1BQU0sRUFBRSxPQUFPO0FBQzdDLE1BQUksU0FBUztBQUNYLGVBQVcsTUFBTSxRQUFRLE1BQU07QUFDL0IsV0FBTyxFQUFFLFFBQVEsV0FBVyxRQUFRLFNBQVMsTUFBTTtBQUFBLElBQUMsRUFBRTtBQUFBLEVBQ3hEO0FBQ0EsUUFBTSxZQUFZLFFBQVEsSUFBSSxDQUFDLFdBQVc7QUFDeEMsVUFBTSxVQUFVLE1BQU0sV0FBVyxNQUFNLE9BQU8sTUFBTTtBQUNwRCxXQUFPLGlCQUFpQixTQUFTLFNBQVMsRUFBRSxNQUFNLEtBQUssQ0FBQztBQUN4RCxXQUFPLE1BQU0sT0FBTyxvQkFBb0IsU0FBUyxPQUFPO0FBQUEsRUFDMUQsQ0FBQztBQUNELFNBQU8sRUFBRSxRQUFRLFdBQVcsUUFBUSxTQUFTLE1BQU0sVUFBVSxRQUFRLENBQUMsV0FBVyxPQUFPLENBQUMsRUFBRTtBQUM3RjsiLAogICJuYW1lcyI6IFtdCn0K
