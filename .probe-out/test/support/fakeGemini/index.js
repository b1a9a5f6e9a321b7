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
var fakeGemini_exports = {};
__export(fakeGemini_exports, {
  DEFAULT_API_KEY: () => import_server.DEFAULT_API_KEY,
  DEFAULT_MODELS: () => import_models.DEFAULT_MODELS,
  defaultFixturesDir: () => import_fixtures.defaultFixturesDir,
  findRepoRoot: () => import_fixtures.findRepoRoot,
  listFixtures: () => import_fixtures.listFixtures,
  loadFixture: () => import_fixtures.loadFixture,
  startFakeGemini: () => import_server.startFakeGemini
});
module.exports = __toCommonJS(fakeGemini_exports);
var import_server = require("./server");
var import_models = require("./models");
var import_fixtures = require("./fixtures");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DEFAULT_API_KEY,
  DEFAULT_MODELS,
  defaultFixturesDir,
  findRepoRoot,
  listFixtures,
  loadFixture,
  startFakeGemini
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC9zdXBwb3J0L2Zha2VHZW1pbmkvaW5kZXgudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8vIFRoZSBHZW1pbmktcHJvdG9jb2wgdGVzdCBzZXJ2ZXI6IHNlZSBzZXJ2ZXIudHMuIEltcG9ydCBmcm9tIGhlcmUuXG5leHBvcnQgeyBzdGFydEZha2VHZW1pbmksIERFRkFVTFRfQVBJX0tFWSB9IGZyb20gJy4vc2VydmVyJztcbmV4cG9ydCB7IERFRkFVTFRfTU9ERUxTIH0gZnJvbSAnLi9tb2RlbHMnO1xuZXhwb3J0IHsgZGVmYXVsdEZpeHR1cmVzRGlyLCBmaW5kUmVwb1Jvb3QsIGxpc3RGaXh0dXJlcywgbG9hZEZpeHR1cmUsIHR5cGUgRml4dHVyZSB9IGZyb20gJy4vZml4dHVyZXMnO1xuZXhwb3J0IHR5cGUge1xuICBFbmRSZWFzb24sXG4gIEZha2VHZW1pbmksXG4gIEZha2VHZW1pbmlPcHRpb25zLFxuICBGYWtlR2VtaW5pUnVudGltZU9wdGlvbnMsXG4gIEZha2VHZW1pbmlTdGF0cyxcbiAgRmFrZU1vZGVsSW5mbyxcbiAgRmF1bHQsXG4gIEdlbWluaUFjdGlvbixcbiAgUmVxdWVzdEluZm8sXG4gIFJlcXVlc3RMb2dFbnRyeSxcbiAgU2NyaXB0SGFuZGxlLFxufSBmcm9tICcuL3R5cGVzJztcbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFDQSxvQkFBaUQ7QUFDakQsb0JBQStCO0FBQy9CLHNCQUEwRjsiLAogICJuYW1lcyI6IFtdCn0K
