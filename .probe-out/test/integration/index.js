"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var integration_exports = {};
__export(integration_exports, {
  run: () => run
});
module.exports = __toCommonJS(integration_exports);
var path = __toESM(require("node:path"));
var import_node_fs = require("node:fs");
var import_mocha = __toESM(require("mocha"));
function run() {
  const mocha = new import_mocha.default({ ui: "bdd", color: false, timeout: 6e4 });
  const dir = __dirname;
  for (const f of (0, import_node_fs.readdirSync)(dir).filter((f2) => f2.endsWith(".test.js")).sort()) mocha.addFile(path.join(dir, f));
  console.log("[ext-tests] start");
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const s = runner.stats;
      console.log(`${s.passes} passed, ${s.failures} failed`);
      console.log("[ext-tests] end");
      if (failures > 0) reject(new Error(`${failures} integration tests failed.`));
      else resolve();
    });
  });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  run
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC9pbnRlZ3JhdGlvbi9pbmRleC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLy8gZXh0ZW5zaW9uVGVzdHNQYXRoIGVudHJ5OiBWUyBDb2RlIGNhbGxzIHJ1bigpIGluc2lkZSB0aGUgZXh0ZW5zaW9uIGhvc3QuXG5pbXBvcnQgKiBhcyBwYXRoIGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgeyByZWFkZGlyU3luYyB9IGZyb20gJ25vZGU6ZnMnO1xuaW1wb3J0IE1vY2hhIGZyb20gJ21vY2hhJztcblxuZXhwb3J0IGZ1bmN0aW9uIHJ1bigpOiBQcm9taXNlPHZvaWQ+IHtcbiAgY29uc3QgbW9jaGEgPSBuZXcgTW9jaGEoeyB1aTogJ2JkZCcsIGNvbG9yOiBmYWxzZSwgdGltZW91dDogNjBfMDAwIH0pO1xuICBjb25zdCBkaXIgPSBfX2Rpcm5hbWU7XG4gIGZvciAoY29uc3QgZiBvZiByZWFkZGlyU3luYyhkaXIpLmZpbHRlcigoZikgPT4gZi5lbmRzV2l0aCgnLnRlc3QuanMnKSkuc29ydCgpKSBtb2NoYS5hZGRGaWxlKHBhdGguam9pbihkaXIsIGYpKTtcbiAgY29uc29sZS5sb2coJ1tleHQtdGVzdHNdIHN0YXJ0Jyk7XG4gIHJldHVybiBuZXcgUHJvbWlzZSgocmVzb2x2ZSwgcmVqZWN0KSA9PiB7XG4gICAgY29uc3QgcnVubmVyID0gbW9jaGEucnVuKChmYWlsdXJlcykgPT4ge1xuICAgICAgY29uc3QgcyA9IHJ1bm5lci5zdGF0cyE7XG4gICAgICBjb25zb2xlLmxvZyhgJHtzLnBhc3Nlc30gcGFzc2VkLCAke3MuZmFpbHVyZXN9IGZhaWxlZGApO1xuICAgICAgY29uc29sZS5sb2coJ1tleHQtdGVzdHNdIGVuZCcpO1xuICAgICAgaWYgKGZhaWx1cmVzID4gMCkgcmVqZWN0KG5ldyBFcnJvcihgJHtmYWlsdXJlc30gaW50ZWdyYXRpb24gdGVzdHMgZmFpbGVkLmApKTtcbiAgICAgIGVsc2UgcmVzb2x2ZSgpO1xuICAgIH0pO1xuICB9KTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQ0EsV0FBc0I7QUFDdEIscUJBQTRCO0FBQzVCLG1CQUFrQjtBQUVYLFNBQVMsTUFBcUI7QUFDbkMsUUFBTSxRQUFRLElBQUksYUFBQUEsUUFBTSxFQUFFLElBQUksT0FBTyxPQUFPLE9BQU8sU0FBUyxJQUFPLENBQUM7QUFDcEUsUUFBTSxNQUFNO0FBQ1osYUFBVyxTQUFLLDRCQUFZLEdBQUcsRUFBRSxPQUFPLENBQUNDLE9BQU1BLEdBQUUsU0FBUyxVQUFVLENBQUMsRUFBRSxLQUFLLEVBQUcsT0FBTSxRQUFRLEtBQUssS0FBSyxLQUFLLENBQUMsQ0FBQztBQUM5RyxVQUFRLElBQUksbUJBQW1CO0FBQy9CLFNBQU8sSUFBSSxRQUFRLENBQUMsU0FBUyxXQUFXO0FBQ3RDLFVBQU0sU0FBUyxNQUFNLElBQUksQ0FBQyxhQUFhO0FBQ3JDLFlBQU0sSUFBSSxPQUFPO0FBQ2pCLGNBQVEsSUFBSSxHQUFHLEVBQUUsTUFBTSxZQUFZLEVBQUUsUUFBUSxTQUFTO0FBQ3RELGNBQVEsSUFBSSxpQkFBaUI7QUFDN0IsVUFBSSxXQUFXLEVBQUcsUUFBTyxJQUFJLE1BQU0sR0FBRyxRQUFRLDRCQUE0QixDQUFDO0FBQUEsVUFDdEUsU0FBUTtBQUFBLElBQ2YsQ0FBQztBQUFBLEVBQ0gsQ0FBQztBQUNIOyIsCiAgIm5hbWVzIjogWyJNb2NoYSIsICJmIl0KfQo=
