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
var attempts_exports = {};
__export(attempts_exports, {
  withAttempts: () => withAttempts
});
module.exports = __toCommonJS(attempts_exports);
var import_failures = require("./failures");
async function withAttempts(ctx, item, attempt, bypassCache) {
  const max = Math.max(1, ctx.settings["workflow.maxRetriesPerStage"]);
  for (let n = 1; ; n++) {
    try {
      return await attempt(n, bypassCache || n > 1);
    } catch (e) {
      const failure = (0, import_failures.classifyFailure)(e, ctx.signal);
      if (failure.scope !== "attempt" || n >= max) throw e;
      ctx.totals.retries++;
      ctx.log.warn(`${item.id}: attempt ${n} of ${max} failed; trying again`, { kind: failure.kind, message: failure.message });
    }
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  withAttempts
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvd29ya2Zsb3cvYXR0ZW1wdHMudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCB7IGNsYXNzaWZ5RmFpbHVyZSB9IGZyb20gJy4vZmFpbHVyZXMnO1xuaW1wb3J0IHR5cGUgeyBHcmFwaEl0ZW0gfSBmcm9tICcuL2dyYXBoJztcbmltcG9ydCB0eXBlIHsgUnVuQ29udGV4dCB9IGZyb20gJy4vcnVuQ29udGV4dCc7XG5cbi8qKlxuICogUnVucyBgYXR0ZW1wdGAgdXAgdG8gYHdvcmtmbG93Lm1heFJldHJpZXNQZXJTdGFnZWAgdGltZXMgKGF0IGxlYXN0IG9uY2UpIHdoaWxlIGl0cyBmYWlsdXJlcyBhcmVcbiAqIG9mIHRoZSBraW5kIGFub3RoZXIgYXR0ZW1wdCBtYXkgY3VyZTsgcmV0aHJvd3MgdGhlIGxhc3QgZmFpbHVyZS4gTGF0ZXIgYXR0ZW1wdHMgYnlwYXNzIHRoZVxuICogY2FjaGUsIHNvIGEgY2FjaGVkIGJhZCByZXBseSBpcyBuZXZlciBzZXJ2ZWQgdHdpY2UuXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiB3aXRoQXR0ZW1wdHM8VD4oY3R4OiBSdW5Db250ZXh0LCBpdGVtOiBHcmFwaEl0ZW0sIGF0dGVtcHQ6IChuOiBudW1iZXIsIGJ5cGFzc0NhY2hlOiBib29sZWFuKSA9PiBQcm9taXNlPFQ+LCBieXBhc3NDYWNoZTogYm9vbGVhbik6IFByb21pc2U8VD4ge1xuICBjb25zdCBtYXggPSBNYXRoLm1heCgxLCBjdHguc2V0dGluZ3NbJ3dvcmtmbG93Lm1heFJldHJpZXNQZXJTdGFnZSddKTtcbiAgZm9yIChsZXQgbiA9IDE7IDsgbisrKSB7XG4gICAgdHJ5IHtcbiAgICAgIHJldHVybiBhd2FpdCBhdHRlbXB0KG4sIGJ5cGFzc0NhY2hlIHx8IG4gPiAxKTtcbiAgICB9IGNhdGNoIChlKSB7XG4gICAgICBjb25zdCBmYWlsdXJlID0gY2xhc3NpZnlGYWlsdXJlKGUsIGN0eC5zaWduYWwpO1xuICAgICAgaWYgKGZhaWx1cmUuc2NvcGUgIT09ICdhdHRlbXB0JyB8fCBuID49IG1heCkgdGhyb3cgZTtcbiAgICAgIGN0eC50b3RhbHMucmV0cmllcysrO1xuICAgICAgY3R4LmxvZy53YXJuKGAke2l0ZW0uaWR9OiBhdHRlbXB0ICR7bn0gb2YgJHttYXh9IGZhaWxlZDsgdHJ5aW5nIGFnYWluYCwgeyBraW5kOiBmYWlsdXJlLmtpbmQsIG1lc3NhZ2U6IGZhaWx1cmUubWVzc2FnZSB9KTtcbiAgICB9XG4gIH1cbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxzQkFBZ0M7QUFTaEMsZUFBc0IsYUFBZ0IsS0FBaUIsTUFBaUIsU0FBMEQsYUFBa0M7QUFDbEssUUFBTSxNQUFNLEtBQUssSUFBSSxHQUFHLElBQUksU0FBUyw2QkFBNkIsQ0FBQztBQUNuRSxXQUFTLElBQUksS0FBSyxLQUFLO0FBQ3JCLFFBQUk7QUFDRixhQUFPLE1BQU0sUUFBUSxHQUFHLGVBQWUsSUFBSSxDQUFDO0FBQUEsSUFDOUMsU0FBUyxHQUFHO0FBQ1YsWUFBTSxjQUFVLGlDQUFnQixHQUFHLElBQUksTUFBTTtBQUM3QyxVQUFJLFFBQVEsVUFBVSxhQUFhLEtBQUssSUFBSyxPQUFNO0FBQ25ELFVBQUksT0FBTztBQUNYLFVBQUksSUFBSSxLQUFLLEdBQUcsS0FBSyxFQUFFLGFBQWEsQ0FBQyxPQUFPLEdBQUcseUJBQXlCLEVBQUUsTUFBTSxRQUFRLE1BQU0sU0FBUyxRQUFRLFFBQVEsQ0FBQztBQUFBLElBQzFIO0FBQUEsRUFDRjtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
