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
var discoverStories_exports = {};
__export(discoverStories_exports, {
  discoverStories: () => discoverStories
});
module.exports = __toCommonJS(discoverStories_exports);
var import_node_path = require("node:path");
var import_brief = require("./brief");
async function discoverStories(fs, storiesRoot) {
  const entries = await fs.readDirectory(storiesRoot);
  const stories = [];
  for (const entry of entries) {
    if (entry.type !== "directory" || entry.name.startsWith(".")) continue;
    const storyDir = import_node_path.posix.join(storiesRoot, entry.name);
    const briefPath = import_node_path.posix.join(storyDir, import_brief.BRIEF_FILE);
    if ((await fs.stat(briefPath))?.type === "file") stories.push({ name: entry.name, storyDir, briefPath });
  }
  return stories.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  discoverStories
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvc3RvcnkvZGlzY292ZXJTdG9yaWVzLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgeyBwb3NpeCB9IGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgdHlwZSB7IEZpbGVTeXN0ZW0gfSBmcm9tICcuLi9wb3J0cyc7XG5pbXBvcnQgeyBCUklFRl9GSUxFIH0gZnJvbSAnLi9icmllZic7XG5cbmV4cG9ydCBpbnRlcmZhY2UgU3RvcnlMb2NhdGlvbiB7XG4gIC8qKiBUaGUgZm9sZGVyJ3MgbmFtZSwgZS5nLiBgdGhlLWxpZ2h0aG91c2Uta2VlcGVyYC4gKi9cbiAgcmVhZG9ubHkgbmFtZTogc3RyaW5nO1xuICByZWFkb25seSBzdG9yeURpcjogc3RyaW5nO1xuICByZWFkb25seSBicmllZlBhdGg6IHN0cmluZztcbn1cblxuLyoqXG4gKiBUaGUgc3RvcmllcyB1bmRlciBgc3Rvcmllc1Jvb3RgOiBpdHMgZGlyZWN0IHN1Yi1mb2xkZXJzIHRoYXQgaG9sZCBhIGBicmllZi5tZGAsIHNvcnRlZCBieSBuYW1lLlxuICogSGlkZGVuIGZvbGRlcnMgYXJlIHNraXBwZWQgKGAuZ2l0YCwgYmFja3VwcykuIEEgbWlzc2luZyBzdG9yaWVzIGZvbGRlciBzaW1wbHkgaGFzIG5vIHN0b3JpZXMuXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBkaXNjb3ZlclN0b3JpZXMoZnM6IEZpbGVTeXN0ZW0sIHN0b3JpZXNSb290OiBzdHJpbmcpOiBQcm9taXNlPFN0b3J5TG9jYXRpb25bXT4ge1xuICBjb25zdCBlbnRyaWVzID0gYXdhaXQgZnMucmVhZERpcmVjdG9yeShzdG9yaWVzUm9vdCk7XG4gIGNvbnN0IHN0b3JpZXM6IFN0b3J5TG9jYXRpb25bXSA9IFtdO1xuICBmb3IgKGNvbnN0IGVudHJ5IG9mIGVudHJpZXMpIHtcbiAgICBpZiAoZW50cnkudHlwZSAhPT0gJ2RpcmVjdG9yeScgfHwgZW50cnkubmFtZS5zdGFydHNXaXRoKCcuJykpIGNvbnRpbnVlO1xuICAgIGNvbnN0IHN0b3J5RGlyID0gcG9zaXguam9pbihzdG9yaWVzUm9vdCwgZW50cnkubmFtZSk7XG4gICAgY29uc3QgYnJpZWZQYXRoID0gcG9zaXguam9pbihzdG9yeURpciwgQlJJRUZfRklMRSk7XG4gICAgaWYgKChhd2FpdCBmcy5zdGF0KGJyaWVmUGF0aCkpPy50eXBlID09PSAnZmlsZScpIHN0b3JpZXMucHVzaCh7IG5hbWU6IGVudHJ5Lm5hbWUsIHN0b3J5RGlyLCBicmllZlBhdGggfSk7XG4gIH1cbiAgcmV0dXJuIHN0b3JpZXMuc29ydCgoYSwgYikgPT4gKGEubmFtZSA8IGIubmFtZSA/IC0xIDogYS5uYW1lID4gYi5uYW1lID8gMSA6IDApKTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSx1QkFBc0I7QUFFdEIsbUJBQTJCO0FBYTNCLGVBQXNCLGdCQUFnQixJQUFnQixhQUErQztBQUNuRyxRQUFNLFVBQVUsTUFBTSxHQUFHLGNBQWMsV0FBVztBQUNsRCxRQUFNLFVBQTJCLENBQUM7QUFDbEMsYUFBVyxTQUFTLFNBQVM7QUFDM0IsUUFBSSxNQUFNLFNBQVMsZUFBZSxNQUFNLEtBQUssV0FBVyxHQUFHLEVBQUc7QUFDOUQsVUFBTSxXQUFXLHVCQUFNLEtBQUssYUFBYSxNQUFNLElBQUk7QUFDbkQsVUFBTSxZQUFZLHVCQUFNLEtBQUssVUFBVSx1QkFBVTtBQUNqRCxTQUFLLE1BQU0sR0FBRyxLQUFLLFNBQVMsSUFBSSxTQUFTLE9BQVEsU0FBUSxLQUFLLEVBQUUsTUFBTSxNQUFNLE1BQU0sVUFBVSxVQUFVLENBQUM7QUFBQSxFQUN6RztBQUNBLFNBQU8sUUFBUSxLQUFLLENBQUMsR0FBRyxNQUFPLEVBQUUsT0FBTyxFQUFFLE9BQU8sS0FBSyxFQUFFLE9BQU8sRUFBRSxPQUFPLElBQUksQ0FBRTtBQUNoRjsiLAogICJuYW1lcyI6IFtdCn0K
