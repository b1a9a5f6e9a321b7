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
var import_zod = require("zod");
var import_jsonOutput = require("../../../src/gemini/jsonOutput");
const schema = import_zod.z.object({ title: import_zod.z.string(), chapters: import_zod.z.array(import_zod.z.object({ n: import_zod.z.number().int(), summary: import_zod.z.string() })) });
describe("JSON replies", () => {
  it("asks Gemini for the schema without the meta-schema URI", () => {
    const json = (0, import_jsonOutput.responseJsonSchema)(schema);
    assert.equal(json.type, "object");
    assert.equal(json.$schema, void 0);
    assert.deepEqual(json.required, ["title", "chapters"]);
  });
  it("strips Markdown fences", () => {
    assert.equal((0, import_jsonOutput.stripJsonFences)('```json\n{"a":1}\n```'), '{"a":1}');
    assert.equal((0, import_jsonOutput.stripJsonFences)("  ```\n[1]\n```  "), "[1]");
    assert.equal((0, import_jsonOutput.stripJsonFences)('{"a":1}'), '{"a":1}');
  });
  it("parses and validates with the same schema", () => {
    const ok = (0, import_jsonOutput.parseJsonReply)('```json\n{"title":"T","chapters":[{"n":1,"summary":"s"}]}\n```', schema);
    assert.deepEqual(ok, { ok: true, value: { title: "T", chapters: [{ n: 1, summary: "s" }] } });
    const notJson = (0, import_jsonOutput.parseJsonReply)('{"title": "T",', schema);
    assert.equal(notJson.ok, false);
    assert.match(!notJson.ok ? notJson.error : "", /^not valid JSON/);
    const wrongShape = (0, import_jsonOutput.parseJsonReply)('{"title": 3, "chapters": []}', schema);
    assert.match(!wrongShape.ok ? wrongShape.error : "", /does not match the schema.*title/s);
  });
  it("builds a repair prompt with the task, the bad reply and the problem", () => {
    const prompt = (0, import_jsonOutput.repairPrompt)("Outline the story.", '{"title": 3}', "does not match the schema: title: expected string");
    assert.match(prompt, /^Outline the story\./);
    assert.match(prompt, /\{"title": 3\}/);
    assert.match(prompt, /expected string/);
    assert.match(prompt, /corrected JSON only/);
  });
  it("fails with a clear invalid-json error", () => {
    const error = (0, import_jsonOutput.invalidJsonError)("gemini-2.5-flash", "not valid JSON: Unexpected end.", "{");
    assert.equal(error.kind, "invalid-json");
    assert.equal(error.partialText, "{");
    assert.match(error.message, /even after one repair attempt: the reply is not valid JSON: Unexpected end\. Try again/);
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC91bml0L2dlbWluaS9qc29uT3V0cHV0LnRlc3QudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCAqIGFzIGFzc2VydCBmcm9tICdub2RlOmFzc2VydC9zdHJpY3QnO1xuaW1wb3J0IHsgeiB9IGZyb20gJ3pvZCc7XG5pbXBvcnQgeyBpbnZhbGlkSnNvbkVycm9yLCBwYXJzZUpzb25SZXBseSwgcmVwYWlyUHJvbXB0LCByZXNwb25zZUpzb25TY2hlbWEsIHN0cmlwSnNvbkZlbmNlcyB9IGZyb20gJy4uLy4uLy4uL3NyYy9nZW1pbmkvanNvbk91dHB1dCc7XG5cbmNvbnN0IHNjaGVtYSA9IHoub2JqZWN0KHsgdGl0bGU6IHouc3RyaW5nKCksIGNoYXB0ZXJzOiB6LmFycmF5KHoub2JqZWN0KHsgbjogei5udW1iZXIoKS5pbnQoKSwgc3VtbWFyeTogei5zdHJpbmcoKSB9KSkgfSk7XG5cbmRlc2NyaWJlKCdKU09OIHJlcGxpZXMnLCAoKSA9PiB7XG4gIGl0KCdhc2tzIEdlbWluaSBmb3IgdGhlIHNjaGVtYSB3aXRob3V0IHRoZSBtZXRhLXNjaGVtYSBVUkknLCAoKSA9PiB7XG4gICAgY29uc3QganNvbiA9IHJlc3BvbnNlSnNvblNjaGVtYShzY2hlbWEpO1xuICAgIGFzc2VydC5lcXVhbChqc29uLnR5cGUsICdvYmplY3QnKTtcbiAgICBhc3NlcnQuZXF1YWwoanNvbi4kc2NoZW1hLCB1bmRlZmluZWQpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoanNvbi5yZXF1aXJlZCwgWyd0aXRsZScsICdjaGFwdGVycyddKTtcbiAgfSk7XG5cbiAgaXQoJ3N0cmlwcyBNYXJrZG93biBmZW5jZXMnLCAoKSA9PiB7XG4gICAgYXNzZXJ0LmVxdWFsKHN0cmlwSnNvbkZlbmNlcygnYGBganNvblxcbntcImFcIjoxfVxcbmBgYCcpLCAne1wiYVwiOjF9Jyk7XG4gICAgYXNzZXJ0LmVxdWFsKHN0cmlwSnNvbkZlbmNlcygnICBgYGBcXG5bMV1cXG5gYGAgICcpLCAnWzFdJyk7XG4gICAgYXNzZXJ0LmVxdWFsKHN0cmlwSnNvbkZlbmNlcygne1wiYVwiOjF9JyksICd7XCJhXCI6MX0nKTtcbiAgfSk7XG5cbiAgaXQoJ3BhcnNlcyBhbmQgdmFsaWRhdGVzIHdpdGggdGhlIHNhbWUgc2NoZW1hJywgKCkgPT4ge1xuICAgIGNvbnN0IG9rID0gcGFyc2VKc29uUmVwbHkoJ2BgYGpzb25cXG57XCJ0aXRsZVwiOlwiVFwiLFwiY2hhcHRlcnNcIjpbe1wiblwiOjEsXCJzdW1tYXJ5XCI6XCJzXCJ9XX1cXG5gYGAnLCBzY2hlbWEpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwob2ssIHsgb2s6IHRydWUsIHZhbHVlOiB7IHRpdGxlOiAnVCcsIGNoYXB0ZXJzOiBbeyBuOiAxLCBzdW1tYXJ5OiAncycgfV0gfSB9KTtcbiAgICBjb25zdCBub3RKc29uID0gcGFyc2VKc29uUmVwbHkoJ3tcInRpdGxlXCI6IFwiVFwiLCcsIHNjaGVtYSk7XG4gICAgYXNzZXJ0LmVxdWFsKG5vdEpzb24ub2ssIGZhbHNlKTtcbiAgICBhc3NlcnQubWF0Y2goIW5vdEpzb24ub2sgPyBub3RKc29uLmVycm9yIDogJycsIC9ebm90IHZhbGlkIEpTT04vKTtcbiAgICBjb25zdCB3cm9uZ1NoYXBlID0gcGFyc2VKc29uUmVwbHkoJ3tcInRpdGxlXCI6IDMsIFwiY2hhcHRlcnNcIjogW119Jywgc2NoZW1hKTtcbiAgICBhc3NlcnQubWF0Y2goIXdyb25nU2hhcGUub2sgPyB3cm9uZ1NoYXBlLmVycm9yIDogJycsIC9kb2VzIG5vdCBtYXRjaCB0aGUgc2NoZW1hLip0aXRsZS9zKTtcbiAgfSk7XG5cbiAgaXQoJ2J1aWxkcyBhIHJlcGFpciBwcm9tcHQgd2l0aCB0aGUgdGFzaywgdGhlIGJhZCByZXBseSBhbmQgdGhlIHByb2JsZW0nLCAoKSA9PiB7XG4gICAgY29uc3QgcHJvbXB0ID0gcmVwYWlyUHJvbXB0KCdPdXRsaW5lIHRoZSBzdG9yeS4nLCAne1widGl0bGVcIjogM30nLCAnZG9lcyBub3QgbWF0Y2ggdGhlIHNjaGVtYTogdGl0bGU6IGV4cGVjdGVkIHN0cmluZycpO1xuICAgIGFzc2VydC5tYXRjaChwcm9tcHQsIC9eT3V0bGluZSB0aGUgc3RvcnlcXC4vKTtcbiAgICBhc3NlcnQubWF0Y2gocHJvbXB0LCAvXFx7XCJ0aXRsZVwiOiAzXFx9Lyk7XG4gICAgYXNzZXJ0Lm1hdGNoKHByb21wdCwgL2V4cGVjdGVkIHN0cmluZy8pO1xuICAgIGFzc2VydC5tYXRjaChwcm9tcHQsIC9jb3JyZWN0ZWQgSlNPTiBvbmx5Lyk7XG4gIH0pO1xuXG4gIGl0KCdmYWlscyB3aXRoIGEgY2xlYXIgaW52YWxpZC1qc29uIGVycm9yJywgKCkgPT4ge1xuICAgIGNvbnN0IGVycm9yID0gaW52YWxpZEpzb25FcnJvcignZ2VtaW5pLTIuNS1mbGFzaCcsICdub3QgdmFsaWQgSlNPTjogVW5leHBlY3RlZCBlbmQuJywgJ3snKTtcbiAgICBhc3NlcnQuZXF1YWwoZXJyb3Iua2luZCwgJ2ludmFsaWQtanNvbicpO1xuICAgIGFzc2VydC5lcXVhbChlcnJvci5wYXJ0aWFsVGV4dCwgJ3snKTtcbiAgICBhc3NlcnQubWF0Y2goZXJyb3IubWVzc2FnZSwgL2V2ZW4gYWZ0ZXIgb25lIHJlcGFpciBhdHRlbXB0OiB0aGUgcmVwbHkgaXMgbm90IHZhbGlkIEpTT046IFVuZXhwZWN0ZWQgZW5kXFwuIFRyeSBhZ2Fpbi8pO1xuICB9KTtcbn0pO1xuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQSxhQUF3QjtBQUN4QixpQkFBa0I7QUFDbEIsd0JBQW9HO0FBRXBHLE1BQU0sU0FBUyxhQUFFLE9BQU8sRUFBRSxPQUFPLGFBQUUsT0FBTyxHQUFHLFVBQVUsYUFBRSxNQUFNLGFBQUUsT0FBTyxFQUFFLEdBQUcsYUFBRSxPQUFPLEVBQUUsSUFBSSxHQUFHLFNBQVMsYUFBRSxPQUFPLEVBQUUsQ0FBQyxDQUFDLEVBQUUsQ0FBQztBQUV4SCxTQUFTLGdCQUFnQixNQUFNO0FBQzdCLEtBQUcsMERBQTBELE1BQU07QUFDakUsVUFBTSxXQUFPLHNDQUFtQixNQUFNO0FBQ3RDLFdBQU8sTUFBTSxLQUFLLE1BQU0sUUFBUTtBQUNoQyxXQUFPLE1BQU0sS0FBSyxTQUFTLE1BQVM7QUFDcEMsV0FBTyxVQUFVLEtBQUssVUFBVSxDQUFDLFNBQVMsVUFBVSxDQUFDO0FBQUEsRUFDdkQsQ0FBQztBQUVELEtBQUcsMEJBQTBCLE1BQU07QUFDakMsV0FBTyxVQUFNLG1DQUFnQix1QkFBdUIsR0FBRyxTQUFTO0FBQ2hFLFdBQU8sVUFBTSxtQ0FBZ0IsbUJBQW1CLEdBQUcsS0FBSztBQUN4RCxXQUFPLFVBQU0sbUNBQWdCLFNBQVMsR0FBRyxTQUFTO0FBQUEsRUFDcEQsQ0FBQztBQUVELEtBQUcsNkNBQTZDLE1BQU07QUFDcEQsVUFBTSxTQUFLLGtDQUFlLGtFQUFrRSxNQUFNO0FBQ2xHLFdBQU8sVUFBVSxJQUFJLEVBQUUsSUFBSSxNQUFNLE9BQU8sRUFBRSxPQUFPLEtBQUssVUFBVSxDQUFDLEVBQUUsR0FBRyxHQUFHLFNBQVMsSUFBSSxDQUFDLEVBQUUsRUFBRSxDQUFDO0FBQzVGLFVBQU0sY0FBVSxrQ0FBZSxrQkFBa0IsTUFBTTtBQUN2RCxXQUFPLE1BQU0sUUFBUSxJQUFJLEtBQUs7QUFDOUIsV0FBTyxNQUFNLENBQUMsUUFBUSxLQUFLLFFBQVEsUUFBUSxJQUFJLGlCQUFpQjtBQUNoRSxVQUFNLGlCQUFhLGtDQUFlLGdDQUFnQyxNQUFNO0FBQ3hFLFdBQU8sTUFBTSxDQUFDLFdBQVcsS0FBSyxXQUFXLFFBQVEsSUFBSSxtQ0FBbUM7QUFBQSxFQUMxRixDQUFDO0FBRUQsS0FBRyx1RUFBdUUsTUFBTTtBQUM5RSxVQUFNLGFBQVMsZ0NBQWEsc0JBQXNCLGdCQUFnQixtREFBbUQ7QUFDckgsV0FBTyxNQUFNLFFBQVEsc0JBQXNCO0FBQzNDLFdBQU8sTUFBTSxRQUFRLGdCQUFnQjtBQUNyQyxXQUFPLE1BQU0sUUFBUSxpQkFBaUI7QUFDdEMsV0FBTyxNQUFNLFFBQVEscUJBQXFCO0FBQUEsRUFDNUMsQ0FBQztBQUVELEtBQUcseUNBQXlDLE1BQU07QUFDaEQsVUFBTSxZQUFRLG9DQUFpQixvQkFBb0IsbUNBQW1DLEdBQUc7QUFDekYsV0FBTyxNQUFNLE1BQU0sTUFBTSxjQUFjO0FBQ3ZDLFdBQU8sTUFBTSxNQUFNLGFBQWEsR0FBRztBQUNuQyxXQUFPLE1BQU0sTUFBTSxTQUFTLHdGQUF3RjtBQUFBLEVBQ3RILENBQUM7QUFDSCxDQUFDOyIsCiAgIm5hbWVzIjogW10KfQo=
