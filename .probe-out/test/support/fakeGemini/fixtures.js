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
var fixtures_exports = {};
__export(fixtures_exports, {
  defaultFixturesDir: () => defaultFixturesDir,
  findRepoRoot: () => findRepoRoot,
  listFixtures: () => listFixtures,
  loadFixture: () => loadFixture
});
module.exports = __toCommonJS(fixtures_exports);
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
function findRepoRoot(start = __dirname) {
  for (let dir = start; ; dir = (0, import_node_path.dirname)(dir)) {
    if ((0, import_node_fs.existsSync)((0, import_node_path.join)(dir, "package.json"))) return dir;
    if ((0, import_node_path.dirname)(dir) === dir) throw new Error(`fake Gemini: no package.json above ${start}`);
  }
}
function defaultFixturesDir() {
  return (0, import_node_path.join)(findRepoRoot(), "test", "fixtures", "gemini");
}
function listFixtures(dir = defaultFixturesDir()) {
  return (0, import_node_fs.readdirSync)(dir).filter((f) => f.endsWith(".json")).map((f) => (0, import_node_path.basename)(f, ".json")).sort();
}
function loadFixture(name, dir = defaultFixturesDir()) {
  const file = (0, import_node_path.join)(dir, name.endsWith(".json") ? name : `${name}.json`);
  if (!(0, import_node_fs.existsSync)(file)) {
    throw new Error(`fake Gemini: no fixture "${name}" in ${dir} (have: ${listFixtures(dir).join(", ")})`);
  }
  const raw = JSON.parse((0, import_node_fs.readFileSync)(file, "utf8"));
  if (typeof raw !== "object" || raw === null || typeof raw.statusCode !== "number") {
    throw new Error(`fake Gemini: ${file} is not a {statusCode, headers, body} fixture`);
  }
  const { statusCode, headers, body } = raw;
  return { name: (0, import_node_path.basename)(file, ".json"), statusCode, headers: headers ?? {}, body };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  defaultFixturesDir,
  findRepoRoot,
  listFixtures,
  loadFixture
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC9zdXBwb3J0L2Zha2VHZW1pbmkvZml4dHVyZXMudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8vIFRoZSBwcm9qZWN0J3Mgb3duIGNvcGllcyBvZiBHZW1pbmkncyBlcnJvciBhbmQgZWRnZS1jYXNlIHJlcGxpZXMgKHRlc3QvZml4dHVyZXMvZ2VtaW5pLyouanNvbixcbi8vIGZvcm1hdCBge3N0YXR1c0NvZGUsIGhlYWRlcnMsIGJvZHl9YCksIGZvdW5kIGZyb20gd2hlcmV2ZXIgdGhpcyBmaWxlIHJ1bnM6IHNyYyB2aWEgdHMgdG9vbGluZyxcbi8vIG9yIG91dC90ZXN0L3N1cHBvcnQvZmFrZUdlbWluaS8gb25jZSBjb21waWxlZC5cbmltcG9ydCB7IGV4aXN0c1N5bmMsIHJlYWRGaWxlU3luYywgcmVhZGRpclN5bmMgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCB7IGJhc2VuYW1lLCBkaXJuYW1lLCBqb2luIH0gZnJvbSAnbm9kZTpwYXRoJztcblxuZXhwb3J0IGludGVyZmFjZSBGaXh0dXJlIHtcbiAgcmVhZG9ubHkgbmFtZTogc3RyaW5nO1xuICByZWFkb25seSBzdGF0dXNDb2RlOiBudW1iZXI7XG4gIHJlYWRvbmx5IGhlYWRlcnM6IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHN0cmluZz4+O1xuICByZWFkb25seSBib2R5OiB1bmtub3duO1xufVxuXG4vKiogVGhlIG5lYXJlc3QgZm9sZGVyIGF0IG9yIGFib3ZlIGBzdGFydGAgdGhhdCBob2xkcyBhIHBhY2thZ2UuanNvbi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmaW5kUmVwb1Jvb3Qoc3RhcnQ6IHN0cmluZyA9IF9fZGlybmFtZSk6IHN0cmluZyB7XG4gIGZvciAobGV0IGRpciA9IHN0YXJ0OyA7IGRpciA9IGRpcm5hbWUoZGlyKSkge1xuICAgIGlmIChleGlzdHNTeW5jKGpvaW4oZGlyLCAncGFja2FnZS5qc29uJykpKSByZXR1cm4gZGlyO1xuICAgIGlmIChkaXJuYW1lKGRpcikgPT09IGRpcikgdGhyb3cgbmV3IEVycm9yKGBmYWtlIEdlbWluaTogbm8gcGFja2FnZS5qc29uIGFib3ZlICR7c3RhcnR9YCk7XG4gIH1cbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGRlZmF1bHRGaXh0dXJlc0RpcigpOiBzdHJpbmcge1xuICByZXR1cm4gam9pbihmaW5kUmVwb1Jvb3QoKSwgJ3Rlc3QnLCAnZml4dHVyZXMnLCAnZ2VtaW5pJyk7XG59XG5cbi8qKiBGaXh0dXJlIGJhc2VuYW1lcyAod2l0aG91dCBgLmpzb25gKSBpbiB0aGUgZm9sZGVyLCBzb3J0ZWQuICovXG5leHBvcnQgZnVuY3Rpb24gbGlzdEZpeHR1cmVzKGRpcjogc3RyaW5nID0gZGVmYXVsdEZpeHR1cmVzRGlyKCkpOiBzdHJpbmdbXSB7XG4gIHJldHVybiByZWFkZGlyU3luYyhkaXIpXG4gICAgLmZpbHRlcigoZikgPT4gZi5lbmRzV2l0aCgnLmpzb24nKSlcbiAgICAubWFwKChmKSA9PiBiYXNlbmFtZShmLCAnLmpzb24nKSlcbiAgICAuc29ydCgpO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gbG9hZEZpeHR1cmUobmFtZTogc3RyaW5nLCBkaXI6IHN0cmluZyA9IGRlZmF1bHRGaXh0dXJlc0RpcigpKTogRml4dHVyZSB7XG4gIGNvbnN0IGZpbGUgPSBqb2luKGRpciwgbmFtZS5lbmRzV2l0aCgnLmpzb24nKSA/IG5hbWUgOiBgJHtuYW1lfS5qc29uYCk7XG4gIGlmICghZXhpc3RzU3luYyhmaWxlKSkge1xuICAgIHRocm93IG5ldyBFcnJvcihgZmFrZSBHZW1pbmk6IG5vIGZpeHR1cmUgXCIke25hbWV9XCIgaW4gJHtkaXJ9IChoYXZlOiAke2xpc3RGaXh0dXJlcyhkaXIpLmpvaW4oJywgJyl9KWApO1xuICB9XG4gIGNvbnN0IHJhdzogdW5rbm93biA9IEpTT04ucGFyc2UocmVhZEZpbGVTeW5jKGZpbGUsICd1dGY4JykpO1xuICBpZiAodHlwZW9mIHJhdyAhPT0gJ29iamVjdCcgfHwgcmF3ID09PSBudWxsIHx8IHR5cGVvZiAocmF3IGFzIHsgc3RhdHVzQ29kZT86IHVua25vd24gfSkuc3RhdHVzQ29kZSAhPT0gJ251bWJlcicpIHtcbiAgICB0aHJvdyBuZXcgRXJyb3IoYGZha2UgR2VtaW5pOiAke2ZpbGV9IGlzIG5vdCBhIHtzdGF0dXNDb2RlLCBoZWFkZXJzLCBib2R5fSBmaXh0dXJlYCk7XG4gIH1cbiAgY29uc3QgeyBzdGF0dXNDb2RlLCBoZWFkZXJzLCBib2R5IH0gPSByYXcgYXMgeyBzdGF0dXNDb2RlOiBudW1iZXI7IGhlYWRlcnM/OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+OyBib2R5PzogdW5rbm93biB9O1xuICByZXR1cm4geyBuYW1lOiBiYXNlbmFtZShmaWxlLCAnLmpzb24nKSwgc3RhdHVzQ29kZSwgaGVhZGVyczogaGVhZGVycyA/PyB7fSwgYm9keSB9O1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUdBLHFCQUFzRDtBQUN0RCx1QkFBd0M7QUFVakMsU0FBUyxhQUFhLFFBQWdCLFdBQW1CO0FBQzlELFdBQVMsTUFBTSxTQUFTLFVBQU0sMEJBQVEsR0FBRyxHQUFHO0FBQzFDLFlBQUksK0JBQVcsdUJBQUssS0FBSyxjQUFjLENBQUMsRUFBRyxRQUFPO0FBQ2xELFlBQUksMEJBQVEsR0FBRyxNQUFNLElBQUssT0FBTSxJQUFJLE1BQU0sc0NBQXNDLEtBQUssRUFBRTtBQUFBLEVBQ3pGO0FBQ0Y7QUFFTyxTQUFTLHFCQUE2QjtBQUMzQyxhQUFPLHVCQUFLLGFBQWEsR0FBRyxRQUFRLFlBQVksUUFBUTtBQUMxRDtBQUdPLFNBQVMsYUFBYSxNQUFjLG1CQUFtQixHQUFhO0FBQ3pFLGFBQU8sNEJBQVksR0FBRyxFQUNuQixPQUFPLENBQUMsTUFBTSxFQUFFLFNBQVMsT0FBTyxDQUFDLEVBQ2pDLElBQUksQ0FBQyxVQUFNLDJCQUFTLEdBQUcsT0FBTyxDQUFDLEVBQy9CLEtBQUs7QUFDVjtBQUVPLFNBQVMsWUFBWSxNQUFjLE1BQWMsbUJBQW1CLEdBQVk7QUFDckYsUUFBTSxXQUFPLHVCQUFLLEtBQUssS0FBSyxTQUFTLE9BQU8sSUFBSSxPQUFPLEdBQUcsSUFBSSxPQUFPO0FBQ3JFLE1BQUksS0FBQywyQkFBVyxJQUFJLEdBQUc7QUFDckIsVUFBTSxJQUFJLE1BQU0sNEJBQTRCLElBQUksUUFBUSxHQUFHLFdBQVcsYUFBYSxHQUFHLEVBQUUsS0FBSyxJQUFJLENBQUMsR0FBRztBQUFBLEVBQ3ZHO0FBQ0EsUUFBTSxNQUFlLEtBQUssVUFBTSw2QkFBYSxNQUFNLE1BQU0sQ0FBQztBQUMxRCxNQUFJLE9BQU8sUUFBUSxZQUFZLFFBQVEsUUFBUSxPQUFRLElBQWlDLGVBQWUsVUFBVTtBQUMvRyxVQUFNLElBQUksTUFBTSxnQkFBZ0IsSUFBSSwrQ0FBK0M7QUFBQSxFQUNyRjtBQUNBLFFBQU0sRUFBRSxZQUFZLFNBQVMsS0FBSyxJQUFJO0FBQ3RDLFNBQU8sRUFBRSxVQUFNLDJCQUFTLE1BQU0sT0FBTyxHQUFHLFlBQVksU0FBUyxXQUFXLENBQUMsR0FBRyxLQUFLO0FBQ25GOyIsCiAgIm5hbWVzIjogW10KfQo=
