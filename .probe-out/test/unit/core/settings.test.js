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
var import_settings = require("../../../src/core/config/settings");
describe("settings schema", () => {
  it("fills defaults", () => {
    const s = (0, import_settings.defaultSettings)();
    assert.equal(s.model, "gemini-2.5-flash");
    assert.equal(s["retry.maxRetries"], 3);
  });
  it("reports a bad value and uses the default", () => {
    const { settings, problems } = (0, import_settings.validateSettings)({ temperature: 5 });
    assert.equal(settings.temperature, 0.7);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].key, "storyWriter.temperature");
    assert.equal(problems[0].allowed, "a number from 0 to 2");
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC91bml0L2NvcmUvc2V0dGluZ3MudGVzdC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0ICogYXMgYXNzZXJ0IGZyb20gJ25vZGU6YXNzZXJ0L3N0cmljdCc7XG5pbXBvcnQgeyB2YWxpZGF0ZVNldHRpbmdzLCBkZWZhdWx0U2V0dGluZ3MgfSBmcm9tICcuLi8uLi8uLi9zcmMvY29yZS9jb25maWcvc2V0dGluZ3MnO1xuXG5kZXNjcmliZSgnc2V0dGluZ3Mgc2NoZW1hJywgKCkgPT4ge1xuICBpdCgnZmlsbHMgZGVmYXVsdHMnLCAoKSA9PiB7XG4gICAgY29uc3QgcyA9IGRlZmF1bHRTZXR0aW5ncygpO1xuICAgIGFzc2VydC5lcXVhbChzLm1vZGVsLCAnZ2VtaW5pLTIuNS1mbGFzaCcpO1xuICAgIGFzc2VydC5lcXVhbChzWydyZXRyeS5tYXhSZXRyaWVzJ10sIDMpO1xuICB9KTtcbiAgaXQoJ3JlcG9ydHMgYSBiYWQgdmFsdWUgYW5kIHVzZXMgdGhlIGRlZmF1bHQnLCAoKSA9PiB7XG4gICAgY29uc3QgeyBzZXR0aW5ncywgcHJvYmxlbXMgfSA9IHZhbGlkYXRlU2V0dGluZ3MoeyB0ZW1wZXJhdHVyZTogNSB9KTtcbiAgICBhc3NlcnQuZXF1YWwoc2V0dGluZ3MudGVtcGVyYXR1cmUsIDAuNyk7XG4gICAgYXNzZXJ0LmVxdWFsKHByb2JsZW1zLmxlbmd0aCwgMSk7XG4gICAgYXNzZXJ0LmVxdWFsKHByb2JsZW1zWzBdIS5rZXksICdzdG9yeVdyaXRlci50ZW1wZXJhdHVyZScpO1xuICAgIGFzc2VydC5lcXVhbChwcm9ibGVtc1swXSEuYWxsb3dlZCwgJ2EgbnVtYmVyIGZyb20gMCB0byAyJyk7XG4gIH0pO1xufSk7XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBLGFBQXdCO0FBQ3hCLHNCQUFrRDtBQUVsRCxTQUFTLG1CQUFtQixNQUFNO0FBQ2hDLEtBQUcsa0JBQWtCLE1BQU07QUFDekIsVUFBTSxRQUFJLGlDQUFnQjtBQUMxQixXQUFPLE1BQU0sRUFBRSxPQUFPLGtCQUFrQjtBQUN4QyxXQUFPLE1BQU0sRUFBRSxrQkFBa0IsR0FBRyxDQUFDO0FBQUEsRUFDdkMsQ0FBQztBQUNELEtBQUcsNENBQTRDLE1BQU07QUFDbkQsVUFBTSxFQUFFLFVBQVUsU0FBUyxRQUFJLGtDQUFpQixFQUFFLGFBQWEsRUFBRSxDQUFDO0FBQ2xFLFdBQU8sTUFBTSxTQUFTLGFBQWEsR0FBRztBQUN0QyxXQUFPLE1BQU0sU0FBUyxRQUFRLENBQUM7QUFDL0IsV0FBTyxNQUFNLFNBQVMsQ0FBQyxFQUFHLEtBQUsseUJBQXlCO0FBQ3hELFdBQU8sTUFBTSxTQUFTLENBQUMsRUFBRyxTQUFTLHNCQUFzQjtBQUFBLEVBQzNELENBQUM7QUFDSCxDQUFDOyIsCiAgIm5hbWVzIjogW10KfQo=
