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
var import_node_path = require("node:path");
var import_fakeGemini = require("../../support/fakeGemini");
const SHARED = (0, import_node_path.join)((0, import_fakeGemini.findRepoRoot)(), "..", "shared", "fixtures");
const RECORDINGS = (0, import_node_path.join)(SHARED, "gemini-recordings");
const ERRORS = (0, import_node_path.join)(SHARED, "gemini-errors");
const MAY_BE_MISSING = /* @__PURE__ */ new Set([
  "turnToken",
  "usageMetadata.cachedContentTokenCount",
  "usageMetadata.cacheTokensDetails",
  "usageMetadata.candidatesTokensDetails",
  "error.details"
]);
const MAY_BE_EXTRA = /* @__PURE__ */ new Set(["candidates[0].index", "candidates[0].content.parts", "usageMetadata.candidatesTokenCount"]);
function shape(body) {
  const paths = /* @__PURE__ */ new Set();
  const add = (prefix, value) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return;
    for (const key of Object.keys(value)) paths.add(prefix + key);
  };
  const root = body;
  add("", root);
  const candidate = root["candidates"]?.[0];
  add("candidates[0].", candidate);
  add("candidates[0].content.", candidate?.["content"]);
  add("usageMetadata.", root["usageMetadata"]);
  add("error.", root["error"]);
  return paths;
}
function assertSameShape(ours, recorded, label) {
  const mine = shape(ours);
  const theirs = shape(recorded);
  const missing = [...theirs].filter((p) => !mine.has(p) && !MAY_BE_MISSING.has(p));
  const extra = [...mine].filter((p) => !theirs.has(p) && !MAY_BE_EXTRA.has(p));
  assert.deepEqual({ missing, extra }, { missing: [], extra: [] }, label);
}
function sseEvents(text) {
  return text.split(/\r\n\r\n|\n\n/).map((event) => event.trim()).filter((event) => event.startsWith("data:")).map((event) => JSON.parse(event.slice("data:".length)));
}
function candidateText(body) {
  const candidate = body.candidates?.[0];
  return candidate?.content?.parts?.map((p) => p.text ?? "").join("");
}
function finishReason(body) {
  return body.candidates?.[0]?.finishReason;
}
const recordingFiles = (0, import_node_fs.existsSync)(RECORDINGS) ? (0, import_node_fs.readdirSync)(RECORDINGS).filter((f) => f.endsWith(".json")).sort() : [];
const errorFiles = (0, import_node_fs.existsSync)(ERRORS) ? (0, import_node_fs.readdirSync)(ERRORS).filter((f) => f.endsWith(".json")).sort() : [];
describe("fake Gemini replies match real Gemini recordings (../shared)", function() {
  let server;
  before(async function() {
    if (recordingFiles.length === 0) this.skip();
    server = await (0, import_fakeGemini.startFakeGemini)();
  });
  after(async () => {
    await server?.stop();
  });
  if (recordingFiles.length === 0) it("(no recordings in ../shared: skipped)");
  for (const file of recordingFiles) {
    it(file.replace(/\.json$/, ""), async function() {
      const recording = JSON.parse((0, import_node_fs.readFileSync)((0, import_node_path.join)(RECORDINGS, file), "utf8"));
      const [interaction] = recording.interactions;
      if (!interaction?.response.bodySegments?.length) this.skip();
      const { request, response: recorded } = interaction;
      const live = server;
      const response = await fetch(live.baseUrl + request.url, {
        method: request.method,
        headers: { "content-type": "application/json", "x-goog-api-key": live.apiKey },
        body: JSON.stringify(request.bodySegments?.[0] ?? {})
      });
      const text = await response.text();
      assert.equal(response.status, recorded.statusCode, "status");
      const mediaType = (h) => h?.split(";")[0]?.trim();
      assert.equal(mediaType(response.headers.get("content-type")), mediaType(recorded.headers["Content-Type"]), "content type");
      const streamed = response.status === 200 && mediaType(response.headers.get("content-type")) === "text/event-stream";
      const ours = streamed ? sseEvents(text) : [JSON.parse(text)];
      const theirs = recorded.bodySegments ?? [];
      assertSameShape(ours[0], theirs[0], "first segment");
      assertSameShape(ours.at(-1), theirs.at(-1), "last segment");
      assert.equal(finishReason(ours.at(-1)), finishReason(theirs.at(-1)), "finishReason");
      const recordedText = candidateText(theirs[0]);
      if (recordedText?.trim().startsWith("{")) {
        const ourValue = JSON.parse(candidateText(ours[0]) ?? "");
        const theirValue = JSON.parse(recordedText);
        assert.deepEqual(Object.keys(ourValue).sort(), Object.keys(theirValue).sort(), "JSON reply properties");
      }
    });
  }
});
describe("the project's Gemini fixtures are faithful copies of ../shared's", function() {
  if (errorFiles.length === 0) it("(no ../shared/fixtures/gemini-errors: skipped)");
  for (const file of errorFiles) {
    it(file, () => {
      const shared = JSON.parse((0, import_node_fs.readFileSync)((0, import_node_path.join)(ERRORS, file), "utf8"));
      const own = (0, import_fakeGemini.loadFixture)(file);
      assert.deepEqual({ statusCode: own.statusCode, headers: own.headers, body: own.body }, shared);
    });
  }
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC91bml0L3N1cHBvcnQvZmFrZUdlbWluaVJlcGxheS50ZXN0LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvLyBEb2VzIHRoZSB0ZXN0IHNlcnZlciBhbnN3ZXIgbGlrZSBHZW1pbmk/IEVhY2ggcmVhbCByZWNvcmRpbmcgaW4gLi4vc2hhcmVkL2ZpeHR1cmVzIChvdXRzaWRlIHRoZVxuLy8gcmVwbzsgc2tpcHBlZCB3aGVuIGFic2VudCkgaXMgcmVwbGF5ZWQgYXQgdGhlIHdpcmUgbGV2ZWwsIGFuZCB0aGUgc2VydmVyJ3MgcmVwbHkgbXVzdCBoYXZlIHRoZVxuLy8gcmVjb3JkaW5nJ3Mgc3RhdHVzLCBjb250ZW50IHR5cGUgYW5kIEpTT04gc2hhcGUuXG5pbXBvcnQgKiBhcyBhc3NlcnQgZnJvbSAnbm9kZTphc3NlcnQvc3RyaWN0JztcbmltcG9ydCB7IGV4aXN0c1N5bmMsIHJlYWRGaWxlU3luYywgcmVhZGRpclN5bmMgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCB7IGpvaW4gfSBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHsgZmluZFJlcG9Sb290LCBsb2FkRml4dHVyZSwgc3RhcnRGYWtlR2VtaW5pLCB0eXBlIEZha2VHZW1pbmkgfSBmcm9tICcuLi8uLi9zdXBwb3J0L2Zha2VHZW1pbmknO1xuXG5jb25zdCBTSEFSRUQgPSBqb2luKGZpbmRSZXBvUm9vdCgpLCAnLi4nLCAnc2hhcmVkJywgJ2ZpeHR1cmVzJyk7XG5jb25zdCBSRUNPUkRJTkdTID0gam9pbihTSEFSRUQsICdnZW1pbmktcmVjb3JkaW5ncycpO1xuY29uc3QgRVJST1JTID0gam9pbihTSEFSRUQsICdnZW1pbmktZXJyb3JzJyk7XG5cbmludGVyZmFjZSBSZWNvcmRpbmcge1xuICByZWFkb25seSBpbnRlcmFjdGlvbnM6IFJlYWRvbmx5QXJyYXk8e1xuICAgIHJlYWRvbmx5IHJlcXVlc3Q6IHsgcmVhZG9ubHkgbWV0aG9kOiBzdHJpbmc7IHJlYWRvbmx5IHVybDogc3RyaW5nOyByZWFkb25seSBib2R5U2VnbWVudHM/OiByZWFkb25seSB1bmtub3duW10gfTtcbiAgICByZWFkb25seSByZXNwb25zZToge1xuICAgICAgcmVhZG9ubHkgc3RhdHVzQ29kZTogbnVtYmVyO1xuICAgICAgcmVhZG9ubHkgaGVhZGVyczogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj47XG4gICAgICByZWFkb25seSBib2R5U2VnbWVudHM/OiByZWFkb25seSB1bmtub3duW107XG4gICAgfTtcbiAgfT47XG59XG5cbi8vIEZpZWxkcyBHZW1pbmkgc2VuZHMgdGhhdCB0aGUgc2VydmVyIGxlYXZlcyBvdXQgKGNhY2hpbmcsIHBlci1tb2RhbGl0eSBvdXRwdXQgZGV0YWlscywgdGhlXG4vLyBvcGFxdWUgdHVyblRva2VuLCBkZWJ1ZyBkZXRhaWxzKSwgYW5kIGZpZWxkcyB0aGUgc2VydmVyIGFsd2F5cyBzZW5kcyB3aGVyZSBzb21lIG1vZGVsXG4vLyBnZW5lcmF0aW9ucyBvbWl0IHRoZW0gKGluZGV4IGFuZCBydW5uaW5nIGNhbmRpZGF0ZSBjb3VudHMgb24gMi4wOyB0ZXh0IG9uIHRoZVxuLy8gdGhpbmtpbmctYXRlLXRoZS1idWRnZXQgcmVwbHkpLlxuY29uc3QgTUFZX0JFX01JU1NJTkcgPSBuZXcgU2V0KFtcbiAgJ3R1cm5Ub2tlbicsXG4gICd1c2FnZU1ldGFkYXRhLmNhY2hlZENvbnRlbnRUb2tlbkNvdW50JyxcbiAgJ3VzYWdlTWV0YWRhdGEuY2FjaGVUb2tlbnNEZXRhaWxzJyxcbiAgJ3VzYWdlTWV0YWRhdGEuY2FuZGlkYXRlc1Rva2Vuc0RldGFpbHMnLFxuICAnZXJyb3IuZGV0YWlscycsXG5dKTtcbmNvbnN0IE1BWV9CRV9FWFRSQSA9IG5ldyBTZXQoWydjYW5kaWRhdGVzWzBdLmluZGV4JywgJ2NhbmRpZGF0ZXNbMF0uY29udGVudC5wYXJ0cycsICd1c2FnZU1ldGFkYXRhLmNhbmRpZGF0ZXNUb2tlbkNvdW50J10pO1xuXG4vKiogS2V5IHBhdGhzIG9mIHRoZSBwYXJ0cyBvZiBhIHJlcGx5IHRoYXQgdGhlIHByb2R1Y3QgcmVhZHMuICovXG5mdW5jdGlvbiBzaGFwZShib2R5OiB1bmtub3duKTogU2V0PHN0cmluZz4ge1xuICBjb25zdCBwYXRocyA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICBjb25zdCBhZGQgPSAocHJlZml4OiBzdHJpbmcsIHZhbHVlOiB1bmtub3duKTogdm9pZCA9PiB7XG4gICAgaWYgKHR5cGVvZiB2YWx1ZSAhPT0gJ29iamVjdCcgfHwgdmFsdWUgPT09IG51bGwgfHwgQXJyYXkuaXNBcnJheSh2YWx1ZSkpIHJldHVybjtcbiAgICBmb3IgKGNvbnN0IGtleSBvZiBPYmplY3Qua2V5cyh2YWx1ZSkpIHBhdGhzLmFkZChwcmVmaXggKyBrZXkpO1xuICB9O1xuICBjb25zdCByb290ID0gYm9keSBhcyBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPjtcbiAgYWRkKCcnLCByb290KTtcbiAgY29uc3QgY2FuZGlkYXRlID0gKHJvb3RbJ2NhbmRpZGF0ZXMnXSBhcyB1bmtub3duW10gfCB1bmRlZmluZWQpPy5bMF0gYXMgUmVjb3JkPHN0cmluZywgdW5rbm93bj4gfCB1bmRlZmluZWQ7XG4gIGFkZCgnY2FuZGlkYXRlc1swXS4nLCBjYW5kaWRhdGUpO1xuICBhZGQoJ2NhbmRpZGF0ZXNbMF0uY29udGVudC4nLCBjYW5kaWRhdGU/LlsnY29udGVudCddKTtcbiAgYWRkKCd1c2FnZU1ldGFkYXRhLicsIHJvb3RbJ3VzYWdlTWV0YWRhdGEnXSk7XG4gIGFkZCgnZXJyb3IuJywgcm9vdFsnZXJyb3InXSk7XG4gIHJldHVybiBwYXRocztcbn1cblxuZnVuY3Rpb24gYXNzZXJ0U2FtZVNoYXBlKG91cnM6IHVua25vd24sIHJlY29yZGVkOiB1bmtub3duLCBsYWJlbDogc3RyaW5nKTogdm9pZCB7XG4gIGNvbnN0IG1pbmUgPSBzaGFwZShvdXJzKTtcbiAgY29uc3QgdGhlaXJzID0gc2hhcGUocmVjb3JkZWQpO1xuICBjb25zdCBtaXNzaW5nID0gWy4uLnRoZWlyc10uZmlsdGVyKChwKSA9PiAhbWluZS5oYXMocCkgJiYgIU1BWV9CRV9NSVNTSU5HLmhhcyhwKSk7XG4gIGNvbnN0IGV4dHJhID0gWy4uLm1pbmVdLmZpbHRlcigocCkgPT4gIXRoZWlycy5oYXMocCkgJiYgIU1BWV9CRV9FWFRSQS5oYXMocCkpO1xuICBhc3NlcnQuZGVlcEVxdWFsKHsgbWlzc2luZywgZXh0cmEgfSwgeyBtaXNzaW5nOiBbXSwgZXh0cmE6IFtdIH0sIGxhYmVsKTtcbn1cblxuZnVuY3Rpb24gc3NlRXZlbnRzKHRleHQ6IHN0cmluZyk6IHVua25vd25bXSB7XG4gIHJldHVybiB0ZXh0XG4gICAgLnNwbGl0KC9cXHJcXG5cXHJcXG58XFxuXFxuLylcbiAgICAubWFwKChldmVudCkgPT4gZXZlbnQudHJpbSgpKVxuICAgIC5maWx0ZXIoKGV2ZW50KSA9PiBldmVudC5zdGFydHNXaXRoKCdkYXRhOicpKVxuICAgIC5tYXAoKGV2ZW50KSA9PiBKU09OLnBhcnNlKGV2ZW50LnNsaWNlKCdkYXRhOicubGVuZ3RoKSkgYXMgdW5rbm93bik7XG59XG5cbmZ1bmN0aW9uIGNhbmRpZGF0ZVRleHQoYm9keTogdW5rbm93bik6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IGNhbmRpZGF0ZSA9IChib2R5IGFzIHsgY2FuZGlkYXRlcz86IEFycmF5PHsgY29udGVudD86IHsgcGFydHM/OiBBcnJheTx7IHRleHQ/OiBzdHJpbmcgfT4gfSB9PiB9KS5jYW5kaWRhdGVzPy5bMF07XG4gIHJldHVybiBjYW5kaWRhdGU/LmNvbnRlbnQ/LnBhcnRzPy5tYXAoKHApID0+IHAudGV4dCA/PyAnJykuam9pbignJyk7XG59XG5cbmZ1bmN0aW9uIGZpbmlzaFJlYXNvbihib2R5OiB1bmtub3duKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgcmV0dXJuIChib2R5IGFzIHsgY2FuZGlkYXRlcz86IEFycmF5PHsgZmluaXNoUmVhc29uPzogc3RyaW5nIH0+IH0pLmNhbmRpZGF0ZXM/LlswXT8uZmluaXNoUmVhc29uO1xufVxuXG5jb25zdCByZWNvcmRpbmdGaWxlcyA9IGV4aXN0c1N5bmMoUkVDT1JESU5HUykgPyByZWFkZGlyU3luYyhSRUNPUkRJTkdTKS5maWx0ZXIoKGYpID0+IGYuZW5kc1dpdGgoJy5qc29uJykpLnNvcnQoKSA6IFtdO1xuY29uc3QgZXJyb3JGaWxlcyA9IGV4aXN0c1N5bmMoRVJST1JTKSA/IHJlYWRkaXJTeW5jKEVSUk9SUykuZmlsdGVyKChmKSA9PiBmLmVuZHNXaXRoKCcuanNvbicpKS5zb3J0KCkgOiBbXTtcblxuZGVzY3JpYmUoJ2Zha2UgR2VtaW5pIHJlcGxpZXMgbWF0Y2ggcmVhbCBHZW1pbmkgcmVjb3JkaW5ncyAoLi4vc2hhcmVkKScsIGZ1bmN0aW9uICgpIHtcbiAgbGV0IHNlcnZlcjogRmFrZUdlbWluaSB8IHVuZGVmaW5lZDtcblxuICBiZWZvcmUoYXN5bmMgZnVuY3Rpb24gKCkge1xuICAgIGlmIChyZWNvcmRpbmdGaWxlcy5sZW5ndGggPT09IDApIHRoaXMuc2tpcCgpO1xuICAgIHNlcnZlciA9IGF3YWl0IHN0YXJ0RmFrZUdlbWluaSgpO1xuICB9KTtcbiAgYWZ0ZXIoYXN5bmMgKCkgPT4ge1xuICAgIGF3YWl0IHNlcnZlcj8uc3RvcCgpO1xuICB9KTtcblxuICBpZiAocmVjb3JkaW5nRmlsZXMubGVuZ3RoID09PSAwKSBpdCgnKG5vIHJlY29yZGluZ3MgaW4gLi4vc2hhcmVkOiBza2lwcGVkKScpO1xuXG4gIGZvciAoY29uc3QgZmlsZSBvZiByZWNvcmRpbmdGaWxlcykge1xuICAgIGl0KGZpbGUucmVwbGFjZSgvXFwuanNvbiQvLCAnJyksIGFzeW5jIGZ1bmN0aW9uICgpIHtcbiAgICAgIGNvbnN0IHJlY29yZGluZyA9IEpTT04ucGFyc2UocmVhZEZpbGVTeW5jKGpvaW4oUkVDT1JESU5HUywgZmlsZSksICd1dGY4JykpIGFzIFJlY29yZGluZztcbiAgICAgIGNvbnN0IFtpbnRlcmFjdGlvbl0gPSByZWNvcmRpbmcuaW50ZXJhY3Rpb25zO1xuICAgICAgLy8gT25lIHJlY29yZGluZyBsb3N0IGl0cyBzdHJlYW1lZCBib2R5IChDb250ZW50LUxlbmd0aDogMCk6IG5vdGhpbmcgdG8gY29tcGFyZSBhZ2FpbnN0LlxuICAgICAgaWYgKCFpbnRlcmFjdGlvbj8ucmVzcG9uc2UuYm9keVNlZ21lbnRzPy5sZW5ndGgpIHRoaXMuc2tpcCgpO1xuICAgICAgY29uc3QgeyByZXF1ZXN0LCByZXNwb25zZTogcmVjb3JkZWQgfSA9IGludGVyYWN0aW9uO1xuICAgICAgY29uc3QgbGl2ZSA9IHNlcnZlciBhcyBGYWtlR2VtaW5pO1xuXG4gICAgICBjb25zdCByZXNwb25zZSA9IGF3YWl0IGZldGNoKGxpdmUuYmFzZVVybCArIHJlcXVlc3QudXJsLCB7XG4gICAgICAgIG1ldGhvZDogcmVxdWVzdC5tZXRob2QsXG4gICAgICAgIGhlYWRlcnM6IHsgJ2NvbnRlbnQtdHlwZSc6ICdhcHBsaWNhdGlvbi9qc29uJywgJ3gtZ29vZy1hcGkta2V5JzogbGl2ZS5hcGlLZXkgfSxcbiAgICAgICAgYm9keTogSlNPTi5zdHJpbmdpZnkocmVxdWVzdC5ib2R5U2VnbWVudHM/LlswXSA/PyB7fSksXG4gICAgICB9KTtcbiAgICAgIGNvbnN0IHRleHQgPSBhd2FpdCByZXNwb25zZS50ZXh0KCk7XG5cbiAgICAgIGFzc2VydC5lcXVhbChyZXNwb25zZS5zdGF0dXMsIHJlY29yZGVkLnN0YXR1c0NvZGUsICdzdGF0dXMnKTtcbiAgICAgIGNvbnN0IG1lZGlhVHlwZSA9IChoOiBzdHJpbmcgfCBudWxsIHwgdW5kZWZpbmVkKTogc3RyaW5nIHwgdW5kZWZpbmVkID0+IGg/LnNwbGl0KCc7JylbMF0/LnRyaW0oKTtcbiAgICAgIGFzc2VydC5lcXVhbChtZWRpYVR5cGUocmVzcG9uc2UuaGVhZGVycy5nZXQoJ2NvbnRlbnQtdHlwZScpKSwgbWVkaWFUeXBlKHJlY29yZGVkLmhlYWRlcnNbJ0NvbnRlbnQtVHlwZSddKSwgJ2NvbnRlbnQgdHlwZScpO1xuXG4gICAgICBjb25zdCBzdHJlYW1lZCA9IHJlc3BvbnNlLnN0YXR1cyA9PT0gMjAwICYmIG1lZGlhVHlwZShyZXNwb25zZS5oZWFkZXJzLmdldCgnY29udGVudC10eXBlJykpID09PSAndGV4dC9ldmVudC1zdHJlYW0nO1xuICAgICAgY29uc3Qgb3VycyA9IHN0cmVhbWVkID8gc3NlRXZlbnRzKHRleHQpIDogW0pTT04ucGFyc2UodGV4dCkgYXMgdW5rbm93bl07XG4gICAgICBjb25zdCB0aGVpcnMgPSByZWNvcmRlZC5ib2R5U2VnbWVudHMgPz8gW107XG4gICAgICBhc3NlcnRTYW1lU2hhcGUob3Vyc1swXSwgdGhlaXJzWzBdLCAnZmlyc3Qgc2VnbWVudCcpO1xuICAgICAgYXNzZXJ0U2FtZVNoYXBlKG91cnMuYXQoLTEpLCB0aGVpcnMuYXQoLTEpLCAnbGFzdCBzZWdtZW50Jyk7XG4gICAgICBhc3NlcnQuZXF1YWwoZmluaXNoUmVhc29uKG91cnMuYXQoLTEpKSwgZmluaXNoUmVhc29uKHRoZWlycy5hdCgtMSkpLCAnZmluaXNoUmVhc29uJyk7XG5cbiAgICAgIC8vIFN0cnVjdHVyZWQgb3V0cHV0OiB0aGUgc2FtZSBwcm9wZXJ0aWVzIGFzIHRoZSBtb2RlbCBmaWxsZWQgaW4uXG4gICAgICBjb25zdCByZWNvcmRlZFRleHQgPSBjYW5kaWRhdGVUZXh0KHRoZWlyc1swXSk7XG4gICAgICBpZiAocmVjb3JkZWRUZXh0Py50cmltKCkuc3RhcnRzV2l0aCgneycpKSB7XG4gICAgICAgIGNvbnN0IG91clZhbHVlID0gSlNPTi5wYXJzZShjYW5kaWRhdGVUZXh0KG91cnNbMF0pID8/ICcnKSBhcyBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPjtcbiAgICAgICAgY29uc3QgdGhlaXJWYWx1ZSA9IEpTT04ucGFyc2UocmVjb3JkZWRUZXh0KSBhcyBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPjtcbiAgICAgICAgYXNzZXJ0LmRlZXBFcXVhbChPYmplY3Qua2V5cyhvdXJWYWx1ZSkuc29ydCgpLCBPYmplY3Qua2V5cyh0aGVpclZhbHVlKS5zb3J0KCksICdKU09OIHJlcGx5IHByb3BlcnRpZXMnKTtcbiAgICAgIH1cbiAgICB9KTtcbiAgfVxufSk7XG5cbmRlc2NyaWJlKFwidGhlIHByb2plY3QncyBHZW1pbmkgZml4dHVyZXMgYXJlIGZhaXRoZnVsIGNvcGllcyBvZiAuLi9zaGFyZWQnc1wiLCBmdW5jdGlvbiAoKSB7XG4gIGlmIChlcnJvckZpbGVzLmxlbmd0aCA9PT0gMCkgaXQoJyhubyAuLi9zaGFyZWQvZml4dHVyZXMvZ2VtaW5pLWVycm9yczogc2tpcHBlZCknKTtcbiAgZm9yIChjb25zdCBmaWxlIG9mIGVycm9yRmlsZXMpIHtcbiAgICBpdChmaWxlLCAoKSA9PiB7XG4gICAgICBjb25zdCBzaGFyZWQgPSBKU09OLnBhcnNlKHJlYWRGaWxlU3luYyhqb2luKEVSUk9SUywgZmlsZSksICd1dGY4JykpIGFzIHVua25vd247XG4gICAgICBjb25zdCBvd24gPSBsb2FkRml4dHVyZShmaWxlKTtcbiAgICAgIGFzc2VydC5kZWVwRXF1YWwoeyBzdGF0dXNDb2RlOiBvd24uc3RhdHVzQ29kZSwgaGVhZGVyczogb3duLmhlYWRlcnMsIGJvZHk6IG93bi5ib2R5IH0sIHNoYXJlZCk7XG4gICAgfSk7XG4gIH1cbn0pO1xuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFHQSxhQUF3QjtBQUN4QixxQkFBc0Q7QUFDdEQsdUJBQXFCO0FBQ3JCLHdCQUE0RTtBQUU1RSxNQUFNLGFBQVMsMkJBQUssZ0NBQWEsR0FBRyxNQUFNLFVBQVUsVUFBVTtBQUM5RCxNQUFNLGlCQUFhLHVCQUFLLFFBQVEsbUJBQW1CO0FBQ25ELE1BQU0sYUFBUyx1QkFBSyxRQUFRLGVBQWU7QUFpQjNDLE1BQU0saUJBQWlCLG9CQUFJLElBQUk7QUFBQSxFQUM3QjtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFDRixDQUFDO0FBQ0QsTUFBTSxlQUFlLG9CQUFJLElBQUksQ0FBQyx1QkFBdUIsK0JBQStCLG9DQUFvQyxDQUFDO0FBR3pILFNBQVMsTUFBTSxNQUE0QjtBQUN6QyxRQUFNLFFBQVEsb0JBQUksSUFBWTtBQUM5QixRQUFNLE1BQU0sQ0FBQyxRQUFnQixVQUF5QjtBQUNwRCxRQUFJLE9BQU8sVUFBVSxZQUFZLFVBQVUsUUFBUSxNQUFNLFFBQVEsS0FBSyxFQUFHO0FBQ3pFLGVBQVcsT0FBTyxPQUFPLEtBQUssS0FBSyxFQUFHLE9BQU0sSUFBSSxTQUFTLEdBQUc7QUFBQSxFQUM5RDtBQUNBLFFBQU0sT0FBTztBQUNiLE1BQUksSUFBSSxJQUFJO0FBQ1osUUFBTSxZQUFhLEtBQUssWUFBWSxJQUE4QixDQUFDO0FBQ25FLE1BQUksa0JBQWtCLFNBQVM7QUFDL0IsTUFBSSwwQkFBMEIsWUFBWSxTQUFTLENBQUM7QUFDcEQsTUFBSSxrQkFBa0IsS0FBSyxlQUFlLENBQUM7QUFDM0MsTUFBSSxVQUFVLEtBQUssT0FBTyxDQUFDO0FBQzNCLFNBQU87QUFDVDtBQUVBLFNBQVMsZ0JBQWdCLE1BQWUsVUFBbUIsT0FBcUI7QUFDOUUsUUFBTSxPQUFPLE1BQU0sSUFBSTtBQUN2QixRQUFNLFNBQVMsTUFBTSxRQUFRO0FBQzdCLFFBQU0sVUFBVSxDQUFDLEdBQUcsTUFBTSxFQUFFLE9BQU8sQ0FBQyxNQUFNLENBQUMsS0FBSyxJQUFJLENBQUMsS0FBSyxDQUFDLGVBQWUsSUFBSSxDQUFDLENBQUM7QUFDaEYsUUFBTSxRQUFRLENBQUMsR0FBRyxJQUFJLEVBQUUsT0FBTyxDQUFDLE1BQU0sQ0FBQyxPQUFPLElBQUksQ0FBQyxLQUFLLENBQUMsYUFBYSxJQUFJLENBQUMsQ0FBQztBQUM1RSxTQUFPLFVBQVUsRUFBRSxTQUFTLE1BQU0sR0FBRyxFQUFFLFNBQVMsQ0FBQyxHQUFHLE9BQU8sQ0FBQyxFQUFFLEdBQUcsS0FBSztBQUN4RTtBQUVBLFNBQVMsVUFBVSxNQUF5QjtBQUMxQyxTQUFPLEtBQ0osTUFBTSxlQUFlLEVBQ3JCLElBQUksQ0FBQyxVQUFVLE1BQU0sS0FBSyxDQUFDLEVBQzNCLE9BQU8sQ0FBQyxVQUFVLE1BQU0sV0FBVyxPQUFPLENBQUMsRUFDM0MsSUFBSSxDQUFDLFVBQVUsS0FBSyxNQUFNLE1BQU0sTUFBTSxRQUFRLE1BQU0sQ0FBQyxDQUFZO0FBQ3RFO0FBRUEsU0FBUyxjQUFjLE1BQW1DO0FBQ3hELFFBQU0sWUFBYSxLQUFvRixhQUFhLENBQUM7QUFDckgsU0FBTyxXQUFXLFNBQVMsT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLFFBQVEsRUFBRSxFQUFFLEtBQUssRUFBRTtBQUNwRTtBQUVBLFNBQVMsYUFBYSxNQUFtQztBQUN2RCxTQUFRLEtBQTJELGFBQWEsQ0FBQyxHQUFHO0FBQ3RGO0FBRUEsTUFBTSxxQkFBaUIsMkJBQVcsVUFBVSxRQUFJLDRCQUFZLFVBQVUsRUFBRSxPQUFPLENBQUMsTUFBTSxFQUFFLFNBQVMsT0FBTyxDQUFDLEVBQUUsS0FBSyxJQUFJLENBQUM7QUFDckgsTUFBTSxpQkFBYSwyQkFBVyxNQUFNLFFBQUksNEJBQVksTUFBTSxFQUFFLE9BQU8sQ0FBQyxNQUFNLEVBQUUsU0FBUyxPQUFPLENBQUMsRUFBRSxLQUFLLElBQUksQ0FBQztBQUV6RyxTQUFTLGdFQUFnRSxXQUFZO0FBQ25GLE1BQUk7QUFFSixTQUFPLGlCQUFrQjtBQUN2QixRQUFJLGVBQWUsV0FBVyxFQUFHLE1BQUssS0FBSztBQUMzQyxhQUFTLFVBQU0sbUNBQWdCO0FBQUEsRUFDakMsQ0FBQztBQUNELFFBQU0sWUFBWTtBQUNoQixVQUFNLFFBQVEsS0FBSztBQUFBLEVBQ3JCLENBQUM7QUFFRCxNQUFJLGVBQWUsV0FBVyxFQUFHLElBQUcsdUNBQXVDO0FBRTNFLGFBQVcsUUFBUSxnQkFBZ0I7QUFDakMsT0FBRyxLQUFLLFFBQVEsV0FBVyxFQUFFLEdBQUcsaUJBQWtCO0FBQ2hELFlBQU0sWUFBWSxLQUFLLFVBQU0saUNBQWEsdUJBQUssWUFBWSxJQUFJLEdBQUcsTUFBTSxDQUFDO0FBQ3pFLFlBQU0sQ0FBQyxXQUFXLElBQUksVUFBVTtBQUVoQyxVQUFJLENBQUMsYUFBYSxTQUFTLGNBQWMsT0FBUSxNQUFLLEtBQUs7QUFDM0QsWUFBTSxFQUFFLFNBQVMsVUFBVSxTQUFTLElBQUk7QUFDeEMsWUFBTSxPQUFPO0FBRWIsWUFBTSxXQUFXLE1BQU0sTUFBTSxLQUFLLFVBQVUsUUFBUSxLQUFLO0FBQUEsUUFDdkQsUUFBUSxRQUFRO0FBQUEsUUFDaEIsU0FBUyxFQUFFLGdCQUFnQixvQkFBb0Isa0JBQWtCLEtBQUssT0FBTztBQUFBLFFBQzdFLE1BQU0sS0FBSyxVQUFVLFFBQVEsZUFBZSxDQUFDLEtBQUssQ0FBQyxDQUFDO0FBQUEsTUFDdEQsQ0FBQztBQUNELFlBQU0sT0FBTyxNQUFNLFNBQVMsS0FBSztBQUVqQyxhQUFPLE1BQU0sU0FBUyxRQUFRLFNBQVMsWUFBWSxRQUFRO0FBQzNELFlBQU0sWUFBWSxDQUFDLE1BQXFELEdBQUcsTUFBTSxHQUFHLEVBQUUsQ0FBQyxHQUFHLEtBQUs7QUFDL0YsYUFBTyxNQUFNLFVBQVUsU0FBUyxRQUFRLElBQUksY0FBYyxDQUFDLEdBQUcsVUFBVSxTQUFTLFFBQVEsY0FBYyxDQUFDLEdBQUcsY0FBYztBQUV6SCxZQUFNLFdBQVcsU0FBUyxXQUFXLE9BQU8sVUFBVSxTQUFTLFFBQVEsSUFBSSxjQUFjLENBQUMsTUFBTTtBQUNoRyxZQUFNLE9BQU8sV0FBVyxVQUFVLElBQUksSUFBSSxDQUFDLEtBQUssTUFBTSxJQUFJLENBQVk7QUFDdEUsWUFBTSxTQUFTLFNBQVMsZ0JBQWdCLENBQUM7QUFDekMsc0JBQWdCLEtBQUssQ0FBQyxHQUFHLE9BQU8sQ0FBQyxHQUFHLGVBQWU7QUFDbkQsc0JBQWdCLEtBQUssR0FBRyxFQUFFLEdBQUcsT0FBTyxHQUFHLEVBQUUsR0FBRyxjQUFjO0FBQzFELGFBQU8sTUFBTSxhQUFhLEtBQUssR0FBRyxFQUFFLENBQUMsR0FBRyxhQUFhLE9BQU8sR0FBRyxFQUFFLENBQUMsR0FBRyxjQUFjO0FBR25GLFlBQU0sZUFBZSxjQUFjLE9BQU8sQ0FBQyxDQUFDO0FBQzVDLFVBQUksY0FBYyxLQUFLLEVBQUUsV0FBVyxHQUFHLEdBQUc7QUFDeEMsY0FBTSxXQUFXLEtBQUssTUFBTSxjQUFjLEtBQUssQ0FBQyxDQUFDLEtBQUssRUFBRTtBQUN4RCxjQUFNLGFBQWEsS0FBSyxNQUFNLFlBQVk7QUFDMUMsZUFBTyxVQUFVLE9BQU8sS0FBSyxRQUFRLEVBQUUsS0FBSyxHQUFHLE9BQU8sS0FBSyxVQUFVLEVBQUUsS0FBSyxHQUFHLHVCQUF1QjtBQUFBLE1BQ3hHO0FBQUEsSUFDRixDQUFDO0FBQUEsRUFDSDtBQUNGLENBQUM7QUFFRCxTQUFTLG9FQUFvRSxXQUFZO0FBQ3ZGLE1BQUksV0FBVyxXQUFXLEVBQUcsSUFBRyxnREFBZ0Q7QUFDaEYsYUFBVyxRQUFRLFlBQVk7QUFDN0IsT0FBRyxNQUFNLE1BQU07QUFDYixZQUFNLFNBQVMsS0FBSyxVQUFNLGlDQUFhLHVCQUFLLFFBQVEsSUFBSSxHQUFHLE1BQU0sQ0FBQztBQUNsRSxZQUFNLFVBQU0sK0JBQVksSUFBSTtBQUM1QixhQUFPLFVBQVUsRUFBRSxZQUFZLElBQUksWUFBWSxTQUFTLElBQUksU0FBUyxNQUFNLElBQUksS0FBSyxHQUFHLE1BQU07QUFBQSxJQUMvRixDQUFDO0FBQUEsRUFDSDtBQUNGLENBQUM7IiwKICAibmFtZXMiOiBbXQp9Cg==
