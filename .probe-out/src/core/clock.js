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
var clock_exports = {};
__export(clock_exports, {
  systemClock: () => systemClock
});
module.exports = __toCommonJS(clock_exports);
const systemClock = {
  now: () => Date.now(),
  sleep: (ms, signal) => new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  })
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  systemClock
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NvcmUvY2xvY2sudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCB0eXBlIHsgQ2xvY2sgfSBmcm9tICcuL3BvcnRzJztcblxuLyoqIFRoZSByZWFsIGNsb2NrLiBUZXN0cyB0aGF0IGFyZSBhYm91dCB0aW1lIHBhc3MgYSBmYWtlIG9uZSBpbnN0ZWFkLiAqL1xuZXhwb3J0IGNvbnN0IHN5c3RlbUNsb2NrOiBDbG9jayA9IHtcbiAgbm93OiAoKSA9PiBEYXRlLm5vdygpLFxuICBzbGVlcDogKG1zLCBzaWduYWwpID0+XG4gICAgbmV3IFByb21pc2U8dm9pZD4oKHJlc29sdmUsIHJlamVjdCkgPT4ge1xuICAgICAgaWYgKHNpZ25hbD8uYWJvcnRlZCkgcmV0dXJuIHJlamVjdChzaWduYWwucmVhc29uKTtcbiAgICAgIGNvbnN0IHRpbWVyID0gc2V0VGltZW91dCgoKSA9PiB7XG4gICAgICAgIHNpZ25hbD8ucmVtb3ZlRXZlbnRMaXN0ZW5lcignYWJvcnQnLCBvbkFib3J0KTtcbiAgICAgICAgcmVzb2x2ZSgpO1xuICAgICAgfSwgbXMpO1xuICAgICAgY29uc3Qgb25BYm9ydCA9ICgpID0+IHtcbiAgICAgICAgY2xlYXJUaW1lb3V0KHRpbWVyKTtcbiAgICAgICAgcmVqZWN0KHNpZ25hbD8ucmVhc29uKTtcbiAgICAgIH07XG4gICAgICBzaWduYWw/LmFkZEV2ZW50TGlzdGVuZXIoJ2Fib3J0Jywgb25BYm9ydCwgeyBvbmNlOiB0cnVlIH0pO1xuICAgIH0pLFxufTtcbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFHTyxNQUFNLGNBQXFCO0FBQUEsRUFDaEMsS0FBSyxNQUFNLEtBQUssSUFBSTtBQUFBLEVBQ3BCLE9BQU8sQ0FBQyxJQUFJLFdBQ1YsSUFBSSxRQUFjLENBQUMsU0FBUyxXQUFXO0FBQ3JDLFFBQUksUUFBUSxRQUFTLFFBQU8sT0FBTyxPQUFPLE1BQU07QUFDaEQsVUFBTSxRQUFRLFdBQVcsTUFBTTtBQUM3QixjQUFRLG9CQUFvQixTQUFTLE9BQU87QUFDNUMsY0FBUTtBQUFBLElBQ1YsR0FBRyxFQUFFO0FBQ0wsVUFBTSxVQUFVLE1BQU07QUFDcEIsbUJBQWEsS0FBSztBQUNsQixhQUFPLFFBQVEsTUFBTTtBQUFBLElBQ3ZCO0FBQ0EsWUFBUSxpQkFBaUIsU0FBUyxTQUFTLEVBQUUsTUFBTSxLQUFLLENBQUM7QUFBQSxFQUMzRCxDQUFDO0FBQ0w7IiwKICAibmFtZXMiOiBbXQp9Cg==
