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
var import_node_fs = require("node:fs");
var path = __toESM(require("node:path"));
var import_eslint = require("eslint");
var import_settings = require("../../../src/core/config/settings");
const root = path.resolve(__dirname, "../../../..");
const pkg = JSON.parse((0, import_node_fs.readFileSync)(path.join(root, "package.json"), "utf8"));
const declared = pkg.contributes.configuration.properties;
describe("package.json contributes.configuration agrees with the zod schema", () => {
  it("declares every schema key, and nothing else", () => {
    const fromSchema = import_settings.SETTING_KEYS.map((k) => `storyWriter.${k}`).sort();
    assert.deepEqual(Object.keys(declared).sort(), fromSchema);
  });
  for (const key of import_settings.SETTING_KEYS) {
    it(`storyWriter.${key}: same type, default, bounds and enum`, () => {
      const d = declared[`storyWriter.${key}`];
      const js = (0, import_settings.settingJsonSchema)(key);
      const expectedType = js.type ?? "string";
      assert.equal(d.type, expectedType, "type");
      assert.deepEqual(d.default, import_settings.settingsShape[key].parse(void 0), "default");
      assert.equal(d.minimum, js.minimum, "minimum");
      assert.equal(d.maximum, js.maximum, "maximum");
      assert.deepEqual(d.enum, js.enum, "enum");
      assert.equal(typeof d.markdownDescription, "string", "markdownDescription");
      assert.equal(typeof d.order, "number", "order");
      if (js.type === "object") {
        const props = js.properties;
        const dprops = d.properties;
        assert.deepEqual(Object.keys(dprops).sort(), Object.keys(props).sort(), "object keys");
        for (const [k, v] of Object.entries(props)) {
          assert.equal(dprops[k].type, v.type, `${k} type`);
          assert.deepEqual(dprops[k].enum, v.enum, `${k} enum`);
        }
      }
    });
  }
  it("the default of every declared setting passes the schema", () => {
    for (const key of import_settings.SETTING_KEYS) assert.ok(import_settings.settingsShape[key].safeParse(declared[`storyWriter.${key}`].default).success, key);
  });
  it("settings that could redirect the key are application-scoped", () => {
    for (const [id, d] of Object.entries(declared)) {
      const key = id.slice("storyWriter.".length);
      assert.equal(d.scope === "application", import_settings.APPLICATION_SCOPED.has(key), `${id} scope`);
    }
  });
  it("the README settings table names every setting", () => {
    const readme = (0, import_node_fs.readFileSync)(path.join(root, "README.md"), "utf8");
    for (const key of import_settings.SETTING_KEYS) assert.ok(readme.includes(`\`storyWriter.${key}\``), `README lacks storyWriter.${key}`);
  });
});
describe("architecture lint rule", () => {
  const eslint = new import_eslint.ESLint({ cwd: root });
  const code = "import * as vscode from 'vscode';\nexport const x = vscode;\n";
  it("fails on a vscode import in src/core/", async () => {
    const [result] = await eslint.lintText(code, { filePath: path.join(root, "src/core/leak.ts") });
    assert.ok(result.messages.some((m) => m.ruleId === "no-restricted-imports"), "no-restricted-imports did not fire");
  });
  it("fails on a vscode import in src/gemini/", async () => {
    const [result] = await eslint.lintText(code, { filePath: path.join(root, "src/gemini/leak.ts") });
    assert.ok(result.messages.some((m) => m.ruleId === "no-restricted-imports"));
  });
  it("allows it in src/vscode/", async () => {
    const [result] = await eslint.lintText(code, { filePath: path.join(root, "src/vscode/ok.ts") });
    assert.equal(result.messages.filter((m) => m.ruleId === "no-restricted-imports").length, 0);
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC91bml0L2NvcmUvbWFuaWZlc3QudGVzdC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0ICogYXMgYXNzZXJ0IGZyb20gJ25vZGU6YXNzZXJ0L3N0cmljdCc7XG5pbXBvcnQgeyByZWFkRmlsZVN5bmMgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCAqIGFzIHBhdGggZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCB7IEVTTGludCB9IGZyb20gJ2VzbGludCc7XG5pbXBvcnQgeyBBUFBMSUNBVElPTl9TQ09QRUQsIFNFVFRJTkdfS0VZUywgc2V0dGluZ0pzb25TY2hlbWEsIHNldHRpbmdzU2hhcGUsIHR5cGUgU2V0dGluZ0tleSB9IGZyb20gJy4uLy4uLy4uL3NyYy9jb3JlL2NvbmZpZy9zZXR0aW5ncyc7XG5cbmNvbnN0IHJvb3QgPSBwYXRoLnJlc29sdmUoX19kaXJuYW1lLCAnLi4vLi4vLi4vLi4nKTtcbmNvbnN0IHBrZyA9IEpTT04ucGFyc2UocmVhZEZpbGVTeW5jKHBhdGguam9pbihyb290LCAncGFja2FnZS5qc29uJyksICd1dGY4JykpO1xuY29uc3QgZGVjbGFyZWQ6IFJlY29yZDxzdHJpbmcsIFJlY29yZDxzdHJpbmcsIHVua25vd24+PiA9IHBrZy5jb250cmlidXRlcy5jb25maWd1cmF0aW9uLnByb3BlcnRpZXM7XG5cbmRlc2NyaWJlKCdwYWNrYWdlLmpzb24gY29udHJpYnV0ZXMuY29uZmlndXJhdGlvbiBhZ3JlZXMgd2l0aCB0aGUgem9kIHNjaGVtYScsICgpID0+IHtcbiAgaXQoJ2RlY2xhcmVzIGV2ZXJ5IHNjaGVtYSBrZXksIGFuZCBub3RoaW5nIGVsc2UnLCAoKSA9PiB7XG4gICAgY29uc3QgZnJvbVNjaGVtYSA9IFNFVFRJTkdfS0VZUy5tYXAoKGspID0+IGBzdG9yeVdyaXRlci4ke2t9YCkuc29ydCgpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoT2JqZWN0LmtleXMoZGVjbGFyZWQpLnNvcnQoKSwgZnJvbVNjaGVtYSk7XG4gIH0pO1xuXG4gIGZvciAoY29uc3Qga2V5IG9mIFNFVFRJTkdfS0VZUykge1xuICAgIGl0KGBzdG9yeVdyaXRlci4ke2tleX06IHNhbWUgdHlwZSwgZGVmYXVsdCwgYm91bmRzIGFuZCBlbnVtYCwgKCkgPT4ge1xuICAgICAgY29uc3QgZCA9IGRlY2xhcmVkW2BzdG9yeVdyaXRlci4ke2tleX1gXSE7XG4gICAgICBjb25zdCBqcyA9IHNldHRpbmdKc29uU2NoZW1hKGtleSk7XG4gICAgICBjb25zdCBleHBlY3RlZFR5cGUgPSBqcy50eXBlID8/ICdzdHJpbmcnOyAvLyBhcGlCYXNlVXJsIGlzIGEgdW5pb24gb2YgJycgYW5kIGEgVVJMOiBhIHN0cmluZ1xuICAgICAgYXNzZXJ0LmVxdWFsKGQudHlwZSwgZXhwZWN0ZWRUeXBlLCAndHlwZScpO1xuICAgICAgYXNzZXJ0LmRlZXBFcXVhbChkLmRlZmF1bHQsIHNldHRpbmdzU2hhcGVba2V5XS5wYXJzZSh1bmRlZmluZWQpLCAnZGVmYXVsdCcpO1xuICAgICAgYXNzZXJ0LmVxdWFsKGQubWluaW11bSwganMubWluaW11bSwgJ21pbmltdW0nKTtcbiAgICAgIGFzc2VydC5lcXVhbChkLm1heGltdW0sIGpzLm1heGltdW0sICdtYXhpbXVtJyk7XG4gICAgICBhc3NlcnQuZGVlcEVxdWFsKGQuZW51bSwganMuZW51bSwgJ2VudW0nKTtcbiAgICAgIGFzc2VydC5lcXVhbCh0eXBlb2YgZC5tYXJrZG93bkRlc2NyaXB0aW9uLCAnc3RyaW5nJywgJ21hcmtkb3duRGVzY3JpcHRpb24nKTtcbiAgICAgIGFzc2VydC5lcXVhbCh0eXBlb2YgZC5vcmRlciwgJ251bWJlcicsICdvcmRlcicpO1xuICAgICAgaWYgKGpzLnR5cGUgPT09ICdvYmplY3QnKSB7XG4gICAgICAgIGNvbnN0IHByb3BzID0ganMucHJvcGVydGllcyBhcyBSZWNvcmQ8c3RyaW5nLCB7IHR5cGU/OiBzdHJpbmc7IGVudW0/OiB1bmtub3duW10gfT47XG4gICAgICAgIGNvbnN0IGRwcm9wcyA9IGQucHJvcGVydGllcyBhcyBSZWNvcmQ8c3RyaW5nLCB7IHR5cGU/OiBzdHJpbmc7IGVudW0/OiB1bmtub3duW10gfT47XG4gICAgICAgIGFzc2VydC5kZWVwRXF1YWwoT2JqZWN0LmtleXMoZHByb3BzKS5zb3J0KCksIE9iamVjdC5rZXlzKHByb3BzKS5zb3J0KCksICdvYmplY3Qga2V5cycpO1xuICAgICAgICBmb3IgKGNvbnN0IFtrLCB2XSBvZiBPYmplY3QuZW50cmllcyhwcm9wcykpIHtcbiAgICAgICAgICBhc3NlcnQuZXF1YWwoZHByb3BzW2tdIS50eXBlLCB2LnR5cGUsIGAke2t9IHR5cGVgKTtcbiAgICAgICAgICBhc3NlcnQuZGVlcEVxdWFsKGRwcm9wc1trXSEuZW51bSwgdi5lbnVtLCBgJHtrfSBlbnVtYCk7XG4gICAgICAgIH1cbiAgICAgIH1cbiAgICB9KTtcbiAgfVxuXG4gIGl0KCd0aGUgZGVmYXVsdCBvZiBldmVyeSBkZWNsYXJlZCBzZXR0aW5nIHBhc3NlcyB0aGUgc2NoZW1hJywgKCkgPT4ge1xuICAgIGZvciAoY29uc3Qga2V5IG9mIFNFVFRJTkdfS0VZUykgYXNzZXJ0Lm9rKHNldHRpbmdzU2hhcGVba2V5XS5zYWZlUGFyc2UoZGVjbGFyZWRbYHN0b3J5V3JpdGVyLiR7a2V5fWBdIS5kZWZhdWx0KS5zdWNjZXNzLCBrZXkpO1xuICB9KTtcblxuICBpdCgnc2V0dGluZ3MgdGhhdCBjb3VsZCByZWRpcmVjdCB0aGUga2V5IGFyZSBhcHBsaWNhdGlvbi1zY29wZWQnLCAoKSA9PiB7XG4gICAgZm9yIChjb25zdCBbaWQsIGRdIG9mIE9iamVjdC5lbnRyaWVzKGRlY2xhcmVkKSkge1xuICAgICAgY29uc3Qga2V5ID0gaWQuc2xpY2UoJ3N0b3J5V3JpdGVyLicubGVuZ3RoKSBhcyBTZXR0aW5nS2V5O1xuICAgICAgYXNzZXJ0LmVxdWFsKGQuc2NvcGUgPT09ICdhcHBsaWNhdGlvbicsIEFQUExJQ0FUSU9OX1NDT1BFRC5oYXMoa2V5KSwgYCR7aWR9IHNjb3BlYCk7XG4gICAgfVxuICB9KTtcblxuICBpdCgndGhlIFJFQURNRSBzZXR0aW5ncyB0YWJsZSBuYW1lcyBldmVyeSBzZXR0aW5nJywgKCkgPT4ge1xuICAgIGNvbnN0IHJlYWRtZSA9IHJlYWRGaWxlU3luYyhwYXRoLmpvaW4ocm9vdCwgJ1JFQURNRS5tZCcpLCAndXRmOCcpO1xuICAgIGZvciAoY29uc3Qga2V5IG9mIFNFVFRJTkdfS0VZUykgYXNzZXJ0Lm9rKHJlYWRtZS5pbmNsdWRlcyhgXFxgc3RvcnlXcml0ZXIuJHtrZXl9XFxgYCksIGBSRUFETUUgbGFja3Mgc3RvcnlXcml0ZXIuJHtrZXl9YCk7XG4gIH0pO1xufSk7XG5cbmRlc2NyaWJlKCdhcmNoaXRlY3R1cmUgbGludCBydWxlJywgKCkgPT4ge1xuICBjb25zdCBlc2xpbnQgPSBuZXcgRVNMaW50KHsgY3dkOiByb290IH0pO1xuICBjb25zdCBjb2RlID0gXCJpbXBvcnQgKiBhcyB2c2NvZGUgZnJvbSAndnNjb2RlJztcXG5leHBvcnQgY29uc3QgeCA9IHZzY29kZTtcXG5cIjtcblxuICBpdCgnZmFpbHMgb24gYSB2c2NvZGUgaW1wb3J0IGluIHNyYy9jb3JlLycsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBbcmVzdWx0XSA9IGF3YWl0IGVzbGludC5saW50VGV4dChjb2RlLCB7IGZpbGVQYXRoOiBwYXRoLmpvaW4ocm9vdCwgJ3NyYy9jb3JlL2xlYWsudHMnKSB9KTtcbiAgICBhc3NlcnQub2socmVzdWx0IS5tZXNzYWdlcy5zb21lKChtKSA9PiBtLnJ1bGVJZCA9PT0gJ25vLXJlc3RyaWN0ZWQtaW1wb3J0cycpLCAnbm8tcmVzdHJpY3RlZC1pbXBvcnRzIGRpZCBub3QgZmlyZScpO1xuICB9KTtcblxuICBpdCgnZmFpbHMgb24gYSB2c2NvZGUgaW1wb3J0IGluIHNyYy9nZW1pbmkvJywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IFtyZXN1bHRdID0gYXdhaXQgZXNsaW50LmxpbnRUZXh0KGNvZGUsIHsgZmlsZVBhdGg6IHBhdGguam9pbihyb290LCAnc3JjL2dlbWluaS9sZWFrLnRzJykgfSk7XG4gICAgYXNzZXJ0Lm9rKHJlc3VsdCEubWVzc2FnZXMuc29tZSgobSkgPT4gbS5ydWxlSWQgPT09ICduby1yZXN0cmljdGVkLWltcG9ydHMnKSk7XG4gIH0pO1xuXG4gIGl0KCdhbGxvd3MgaXQgaW4gc3JjL3ZzY29kZS8nLCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3QgW3Jlc3VsdF0gPSBhd2FpdCBlc2xpbnQubGludFRleHQoY29kZSwgeyBmaWxlUGF0aDogcGF0aC5qb2luKHJvb3QsICdzcmMvdnNjb2RlL29rLnRzJykgfSk7XG4gICAgYXNzZXJ0LmVxdWFsKHJlc3VsdCEubWVzc2FnZXMuZmlsdGVyKChtKSA9PiBtLnJ1bGVJZCA9PT0gJ25vLXJlc3RyaWN0ZWQtaW1wb3J0cycpLmxlbmd0aCwgMCk7XG4gIH0pO1xufSk7XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBLGFBQXdCO0FBQ3hCLHFCQUE2QjtBQUM3QixXQUFzQjtBQUN0QixvQkFBdUI7QUFDdkIsc0JBQW9HO0FBRXBHLE1BQU0sT0FBTyxLQUFLLFFBQVEsV0FBVyxhQUFhO0FBQ2xELE1BQU0sTUFBTSxLQUFLLFVBQU0sNkJBQWEsS0FBSyxLQUFLLE1BQU0sY0FBYyxHQUFHLE1BQU0sQ0FBQztBQUM1RSxNQUFNLFdBQW9ELElBQUksWUFBWSxjQUFjO0FBRXhGLFNBQVMscUVBQXFFLE1BQU07QUFDbEYsS0FBRywrQ0FBK0MsTUFBTTtBQUN0RCxVQUFNLGFBQWEsNkJBQWEsSUFBSSxDQUFDLE1BQU0sZUFBZSxDQUFDLEVBQUUsRUFBRSxLQUFLO0FBQ3BFLFdBQU8sVUFBVSxPQUFPLEtBQUssUUFBUSxFQUFFLEtBQUssR0FBRyxVQUFVO0FBQUEsRUFDM0QsQ0FBQztBQUVELGFBQVcsT0FBTyw4QkFBYztBQUM5QixPQUFHLGVBQWUsR0FBRyx5Q0FBeUMsTUFBTTtBQUNsRSxZQUFNLElBQUksU0FBUyxlQUFlLEdBQUcsRUFBRTtBQUN2QyxZQUFNLFNBQUssbUNBQWtCLEdBQUc7QUFDaEMsWUFBTSxlQUFlLEdBQUcsUUFBUTtBQUNoQyxhQUFPLE1BQU0sRUFBRSxNQUFNLGNBQWMsTUFBTTtBQUN6QyxhQUFPLFVBQVUsRUFBRSxTQUFTLDhCQUFjLEdBQUcsRUFBRSxNQUFNLE1BQVMsR0FBRyxTQUFTO0FBQzFFLGFBQU8sTUFBTSxFQUFFLFNBQVMsR0FBRyxTQUFTLFNBQVM7QUFDN0MsYUFBTyxNQUFNLEVBQUUsU0FBUyxHQUFHLFNBQVMsU0FBUztBQUM3QyxhQUFPLFVBQVUsRUFBRSxNQUFNLEdBQUcsTUFBTSxNQUFNO0FBQ3hDLGFBQU8sTUFBTSxPQUFPLEVBQUUscUJBQXFCLFVBQVUscUJBQXFCO0FBQzFFLGFBQU8sTUFBTSxPQUFPLEVBQUUsT0FBTyxVQUFVLE9BQU87QUFDOUMsVUFBSSxHQUFHLFNBQVMsVUFBVTtBQUN4QixjQUFNLFFBQVEsR0FBRztBQUNqQixjQUFNLFNBQVMsRUFBRTtBQUNqQixlQUFPLFVBQVUsT0FBTyxLQUFLLE1BQU0sRUFBRSxLQUFLLEdBQUcsT0FBTyxLQUFLLEtBQUssRUFBRSxLQUFLLEdBQUcsYUFBYTtBQUNyRixtQkFBVyxDQUFDLEdBQUcsQ0FBQyxLQUFLLE9BQU8sUUFBUSxLQUFLLEdBQUc7QUFDMUMsaUJBQU8sTUFBTSxPQUFPLENBQUMsRUFBRyxNQUFNLEVBQUUsTUFBTSxHQUFHLENBQUMsT0FBTztBQUNqRCxpQkFBTyxVQUFVLE9BQU8sQ0FBQyxFQUFHLE1BQU0sRUFBRSxNQUFNLEdBQUcsQ0FBQyxPQUFPO0FBQUEsUUFDdkQ7QUFBQSxNQUNGO0FBQUEsSUFDRixDQUFDO0FBQUEsRUFDSDtBQUVBLEtBQUcsMkRBQTJELE1BQU07QUFDbEUsZUFBVyxPQUFPLDZCQUFjLFFBQU8sR0FBRyw4QkFBYyxHQUFHLEVBQUUsVUFBVSxTQUFTLGVBQWUsR0FBRyxFQUFFLEVBQUcsT0FBTyxFQUFFLFNBQVMsR0FBRztBQUFBLEVBQzlILENBQUM7QUFFRCxLQUFHLCtEQUErRCxNQUFNO0FBQ3RFLGVBQVcsQ0FBQyxJQUFJLENBQUMsS0FBSyxPQUFPLFFBQVEsUUFBUSxHQUFHO0FBQzlDLFlBQU0sTUFBTSxHQUFHLE1BQU0sZUFBZSxNQUFNO0FBQzFDLGFBQU8sTUFBTSxFQUFFLFVBQVUsZUFBZSxtQ0FBbUIsSUFBSSxHQUFHLEdBQUcsR0FBRyxFQUFFLFFBQVE7QUFBQSxJQUNwRjtBQUFBLEVBQ0YsQ0FBQztBQUVELEtBQUcsaURBQWlELE1BQU07QUFDeEQsVUFBTSxhQUFTLDZCQUFhLEtBQUssS0FBSyxNQUFNLFdBQVcsR0FBRyxNQUFNO0FBQ2hFLGVBQVcsT0FBTyw2QkFBYyxRQUFPLEdBQUcsT0FBTyxTQUFTLGlCQUFpQixHQUFHLElBQUksR0FBRyw0QkFBNEIsR0FBRyxFQUFFO0FBQUEsRUFDeEgsQ0FBQztBQUNILENBQUM7QUFFRCxTQUFTLDBCQUEwQixNQUFNO0FBQ3ZDLFFBQU0sU0FBUyxJQUFJLHFCQUFPLEVBQUUsS0FBSyxLQUFLLENBQUM7QUFDdkMsUUFBTSxPQUFPO0FBRWIsS0FBRyx5Q0FBeUMsWUFBWTtBQUN0RCxVQUFNLENBQUMsTUFBTSxJQUFJLE1BQU0sT0FBTyxTQUFTLE1BQU0sRUFBRSxVQUFVLEtBQUssS0FBSyxNQUFNLGtCQUFrQixFQUFFLENBQUM7QUFDOUYsV0FBTyxHQUFHLE9BQVEsU0FBUyxLQUFLLENBQUMsTUFBTSxFQUFFLFdBQVcsdUJBQXVCLEdBQUcsb0NBQW9DO0FBQUEsRUFDcEgsQ0FBQztBQUVELEtBQUcsMkNBQTJDLFlBQVk7QUFDeEQsVUFBTSxDQUFDLE1BQU0sSUFBSSxNQUFNLE9BQU8sU0FBUyxNQUFNLEVBQUUsVUFBVSxLQUFLLEtBQUssTUFBTSxvQkFBb0IsRUFBRSxDQUFDO0FBQ2hHLFdBQU8sR0FBRyxPQUFRLFNBQVMsS0FBSyxDQUFDLE1BQU0sRUFBRSxXQUFXLHVCQUF1QixDQUFDO0FBQUEsRUFDOUUsQ0FBQztBQUVELEtBQUcsNEJBQTRCLFlBQVk7QUFDekMsVUFBTSxDQUFDLE1BQU0sSUFBSSxNQUFNLE9BQU8sU0FBUyxNQUFNLEVBQUUsVUFBVSxLQUFLLEtBQUssTUFBTSxrQkFBa0IsRUFBRSxDQUFDO0FBQzlGLFdBQU8sTUFBTSxPQUFRLFNBQVMsT0FBTyxDQUFDLE1BQU0sRUFBRSxXQUFXLHVCQUF1QixFQUFFLFFBQVEsQ0FBQztBQUFBLEVBQzdGLENBQUM7QUFDSCxDQUFDOyIsCiAgIm5hbWVzIjogW10KfQo=
