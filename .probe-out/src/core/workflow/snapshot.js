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
var snapshot_exports = {};
__export(snapshot_exports, {
  StorySnapshot: () => StorySnapshot
});
module.exports = __toCommonJS(snapshot_exports);
var import_node_path = require("node:path");
var import_atomicWrite = require("../checkpoint/atomicWrite");
var import_checkpointFile = require("../checkpoint/checkpointFile");
var import_hash = require("../hash");
var import_stageFiles = require("./stageFiles");
const MISSING = { read: { kind: "missing" }, hash: void 0 };
class StorySnapshot {
  constructor(briefText, files, partials) {
    this.briefText = briefText;
    this.files = files;
    this.partials = partials;
  }
  briefText;
  files;
  partials;
  static async load(fs, storyDir) {
    const read = async (rel) => {
      const path = import_node_path.posix.join(storyDir, rel);
      return (await fs.stat(path))?.type === "file" ? fs.readFile(path) : void 0;
    };
    const briefBytes = await read(import_stageFiles.BRIEF_FILE);
    const files = /* @__PURE__ */ new Map();
    const partials = /* @__PURE__ */ new Set();
    const fixed = [...import_stageFiles.STRUCTURED_FILES, import_stageFiles.MANUSCRIPT_FILE];
    const chapterFiles = [];
    for (const dir of import_stageFiles.CHAPTER_DIRS) {
      for (const entry of await fs.readDirectory(import_node_path.posix.join(storyDir, dir))) {
        if (entry.type !== "file" || (0, import_atomicWrite.isTempName)(entry.name)) continue;
        const chapter = (0, import_stageFiles.chapterFromFileName)(entry.name);
        if (!chapter) continue;
        const rel = `${dir}/${entry.name}`;
        if (chapter.partial) partials.add(rel);
        else chapterFiles.push(rel);
      }
    }
    await Promise.all(
      [...fixed, ...chapterFiles].map(async (rel) => {
        const bytes = await read(rel);
        if (bytes) files.set(rel, entryFor(bytes, rel));
      })
    );
    return new StorySnapshot(briefBytes && new TextDecoder().decode(briefBytes), files, partials);
  }
  file(rel) {
    return this.files.get(rel) ?? MISSING;
  }
  /** Chapter files present on disk under a chapter folder (for orphan detection). */
  chapterFilesIn(dir) {
    return [...this.files.keys()].filter((rel) => rel.startsWith(`${dir}/`));
  }
  hasPartial(rel) {
    return this.partials.has(rel);
  }
  /** Hash of `brief.md` as a whole: its front matter holds story parameters, so it all counts. */
  briefHash() {
    return this.briefText === void 0 ? void 0 : (0, import_hash.bodyHash)(this.briefText);
  }
  /** Records what the runner just wrote (or removed). */
  setFile(rel, bytes) {
    if (bytes) this.files.set(rel, entryFor(bytes, rel));
    else this.files.delete(rel);
  }
  setPartial(rel, present) {
    if (present) this.partials.add(rel);
    else this.partials.delete(rel);
  }
}
function entryFor(bytes, rel) {
  const read = (0, import_checkpointFile.classifyCheckpoint)(bytes, rel);
  switch (read.kind) {
    case "checkpoint":
    case "hand-written":
      return { read, hash: (0, import_hash.bodyHash)(read.body) };
    case "broken":
      return { read, hash: read.body !== void 0 ? (0, import_hash.bodyHash)(read.body) : (0, import_hash.contentHash)(bytes) };
    case "missing":
      return MISSING;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  StorySnapshot
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvd29ya2Zsb3cvc25hcHNob3QudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCB7IHBvc2l4IH0gZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCB7IGlzVGVtcE5hbWUgfSBmcm9tICcuLi9jaGVja3BvaW50L2F0b21pY1dyaXRlJztcbmltcG9ydCB7IGNsYXNzaWZ5Q2hlY2twb2ludCwgdHlwZSBDaGVja3BvaW50UmVhZCB9IGZyb20gJy4uL2NoZWNrcG9pbnQvY2hlY2twb2ludEZpbGUnO1xuaW1wb3J0IHsgYm9keUhhc2gsIGNvbnRlbnRIYXNoIH0gZnJvbSAnLi4vaGFzaCc7XG5pbXBvcnQgdHlwZSB7IEZpbGVTeXN0ZW0gfSBmcm9tICcuLi9wb3J0cyc7XG5pbXBvcnQgeyBCUklFRl9GSUxFLCBDSEFQVEVSX0RJUlMsIE1BTlVTQ1JJUFRfRklMRSwgU1RSVUNUVVJFRF9GSUxFUywgY2hhcHRlckZyb21GaWxlTmFtZSB9IGZyb20gJy4vc3RhZ2VGaWxlcyc7XG5cbi8qKiBPbmUgc3RvcnkgZmlsZSBhcyByZWFkOiBpdHMgY2xhc3NpZmljYXRpb24gYW5kIHRoZSBoYXNoIGl0cyBkZXBlbmRhbnRzIGNvbXBhcmUgYWdhaW5zdC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgRmlsZUVudHJ5IHtcbiAgcmVhZG9ubHkgcmVhZDogQ2hlY2twb2ludFJlYWQ7XG4gIC8qKlxuICAgKiBCb2R5IGhhc2ggKGZyb250IG1hdHRlciBleGNsdWRlZCwgc28gbWV0YWRhdGEgY2hhbmdlcyBuZXZlciBtYWtlIGRlcGVuZGFudHMgc3RhbGUpOyBmb3IgYVxuICAgKiBmaWxlIHdpdGggbm8gcmVhZGFibGUgYm9keSwgdGhlIGhhc2ggb2YgaXRzIGJ5dGVzOyB1bmRlZmluZWQgd2hlbiB0aGUgZmlsZSBpcyBtaXNzaW5nLlxuICAgKi9cbiAgcmVhZG9ubHkgaGFzaDogc3RyaW5nIHwgdW5kZWZpbmVkO1xufVxuXG5jb25zdCBNSVNTSU5HOiBGaWxlRW50cnkgPSB7IHJlYWQ6IHsga2luZDogJ21pc3NpbmcnIH0sIGhhc2g6IHVuZGVmaW5lZCB9O1xuXG4vKipcbiAqIEV2ZXJ5IHN0YWdlIGZpbGUgb2YgYSBzdG9yeSwgZWFjaCByZWFkIG9uY2UuIFRoZSBydW5uZXIga2VlcHMgaXQgY3VycmVudCBhcyBpdCB3cml0ZXMsIHNvIHRoZVxuICogc3RhdGUgb2YgYW55IGl0ZW0gY2FuIGJlIGNvbXB1dGVkIGZyb20gaXQgd2l0aG91dCB0b3VjaGluZyB0aGUgZGlzayBhZ2Fpbi5cbiAqL1xuZXhwb3J0IGNsYXNzIFN0b3J5U25hcHNob3Qge1xuICBwcml2YXRlIGNvbnN0cnVjdG9yKFxuICAgIC8qKiBgYnJpZWYubWRgIHRleHQsIHVuZGVmaW5lZCB3aGVuIG1pc3NpbmcuICovXG4gICAgcHVibGljIGJyaWVmVGV4dDogc3RyaW5nIHwgdW5kZWZpbmVkLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgZmlsZXM6IE1hcDxzdHJpbmcsIEZpbGVFbnRyeT4sXG4gICAgLyoqIFN0b3J5LXJlbGF0aXZlIHBhdGhzIG9mIGAqLnBhcnRpYWwubWRgIGZpbGVzIHByZXNlbnQuICovXG4gICAgcHJpdmF0ZSByZWFkb25seSBwYXJ0aWFsczogU2V0PHN0cmluZz4sXG4gICkge31cblxuICBzdGF0aWMgYXN5bmMgbG9hZChmczogRmlsZVN5c3RlbSwgc3RvcnlEaXI6IHN0cmluZyk6IFByb21pc2U8U3RvcnlTbmFwc2hvdD4ge1xuICAgIGNvbnN0IHJlYWQgPSBhc3luYyAocmVsOiBzdHJpbmcpOiBQcm9taXNlPFVpbnQ4QXJyYXkgfCB1bmRlZmluZWQ+ID0+IHtcbiAgICAgIGNvbnN0IHBhdGggPSBwb3NpeC5qb2luKHN0b3J5RGlyLCByZWwpO1xuICAgICAgcmV0dXJuIChhd2FpdCBmcy5zdGF0KHBhdGgpKT8udHlwZSA9PT0gJ2ZpbGUnID8gZnMucmVhZEZpbGUocGF0aCkgOiB1bmRlZmluZWQ7XG4gICAgfTtcbiAgICBjb25zdCBicmllZkJ5dGVzID0gYXdhaXQgcmVhZChCUklFRl9GSUxFKTtcbiAgICBjb25zdCBmaWxlcyA9IG5ldyBNYXA8c3RyaW5nLCBGaWxlRW50cnk+KCk7XG4gICAgY29uc3QgcGFydGlhbHMgPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgICBjb25zdCBmaXhlZCA9IFsuLi5TVFJVQ1RVUkVEX0ZJTEVTLCBNQU5VU0NSSVBUX0ZJTEVdO1xuICAgIGNvbnN0IGNoYXB0ZXJGaWxlczogc3RyaW5nW10gPSBbXTtcbiAgICBmb3IgKGNvbnN0IGRpciBvZiBDSEFQVEVSX0RJUlMpIHtcbiAgICAgIGZvciAoY29uc3QgZW50cnkgb2YgYXdhaXQgZnMucmVhZERpcmVjdG9yeShwb3NpeC5qb2luKHN0b3J5RGlyLCBkaXIpKSkge1xuICAgICAgICBpZiAoZW50cnkudHlwZSAhPT0gJ2ZpbGUnIHx8IGlzVGVtcE5hbWUoZW50cnkubmFtZSkpIGNvbnRpbnVlO1xuICAgICAgICBjb25zdCBjaGFwdGVyID0gY2hhcHRlckZyb21GaWxlTmFtZShlbnRyeS5uYW1lKTtcbiAgICAgICAgaWYgKCFjaGFwdGVyKSBjb250aW51ZTtcbiAgICAgICAgY29uc3QgcmVsID0gYCR7ZGlyfS8ke2VudHJ5Lm5hbWV9YDtcbiAgICAgICAgaWYgKGNoYXB0ZXIucGFydGlhbCkgcGFydGlhbHMuYWRkKHJlbCk7XG4gICAgICAgIGVsc2UgY2hhcHRlckZpbGVzLnB1c2gocmVsKTtcbiAgICAgIH1cbiAgICB9XG4gICAgYXdhaXQgUHJvbWlzZS5hbGwoXG4gICAgICBbLi4uZml4ZWQsIC4uLmNoYXB0ZXJGaWxlc10ubWFwKGFzeW5jIChyZWwpID0+IHtcbiAgICAgICAgY29uc3QgYnl0ZXMgPSBhd2FpdCByZWFkKHJlbCk7XG4gICAgICAgIGlmIChieXRlcykgZmlsZXMuc2V0KHJlbCwgZW50cnlGb3IoYnl0ZXMsIHJlbCkpO1xuICAgICAgfSksXG4gICAgKTtcbiAgICByZXR1cm4gbmV3IFN0b3J5U25hcHNob3QoYnJpZWZCeXRlcyAmJiBuZXcgVGV4dERlY29kZXIoKS5kZWNvZGUoYnJpZWZCeXRlcyksIGZpbGVzLCBwYXJ0aWFscyk7XG4gIH1cblxuICBmaWxlKHJlbDogc3RyaW5nKTogRmlsZUVudHJ5IHtcbiAgICByZXR1cm4gdGhpcy5maWxlcy5nZXQocmVsKSA/PyBNSVNTSU5HO1xuICB9XG5cbiAgLyoqIENoYXB0ZXIgZmlsZXMgcHJlc2VudCBvbiBkaXNrIHVuZGVyIGEgY2hhcHRlciBmb2xkZXIgKGZvciBvcnBoYW4gZGV0ZWN0aW9uKS4gKi9cbiAgY2hhcHRlckZpbGVzSW4oZGlyOiBzdHJpbmcpOiBzdHJpbmdbXSB7XG4gICAgcmV0dXJuIFsuLi50aGlzLmZpbGVzLmtleXMoKV0uZmlsdGVyKChyZWwpID0+IHJlbC5zdGFydHNXaXRoKGAke2Rpcn0vYCkpO1xuICB9XG5cbiAgaGFzUGFydGlhbChyZWw6IHN0cmluZyk6IGJvb2xlYW4ge1xuICAgIHJldHVybiB0aGlzLnBhcnRpYWxzLmhhcyhyZWwpO1xuICB9XG5cbiAgLyoqIEhhc2ggb2YgYGJyaWVmLm1kYCBhcyBhIHdob2xlOiBpdHMgZnJvbnQgbWF0dGVyIGhvbGRzIHN0b3J5IHBhcmFtZXRlcnMsIHNvIGl0IGFsbCBjb3VudHMuICovXG4gIGJyaWVmSGFzaCgpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICAgIHJldHVybiB0aGlzLmJyaWVmVGV4dCA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogYm9keUhhc2godGhpcy5icmllZlRleHQpO1xuICB9XG5cbiAgLyoqIFJlY29yZHMgd2hhdCB0aGUgcnVubmVyIGp1c3Qgd3JvdGUgKG9yIHJlbW92ZWQpLiAqL1xuICBzZXRGaWxlKHJlbDogc3RyaW5nLCBieXRlczogVWludDhBcnJheSB8IHVuZGVmaW5lZCk6IHZvaWQge1xuICAgIGlmIChieXRlcykgdGhpcy5maWxlcy5zZXQocmVsLCBlbnRyeUZvcihieXRlcywgcmVsKSk7XG4gICAgZWxzZSB0aGlzLmZpbGVzLmRlbGV0ZShyZWwpO1xuICB9XG5cbiAgc2V0UGFydGlhbChyZWw6IHN0cmluZywgcHJlc2VudDogYm9vbGVhbik6IHZvaWQge1xuICAgIGlmIChwcmVzZW50KSB0aGlzLnBhcnRpYWxzLmFkZChyZWwpO1xuICAgIGVsc2UgdGhpcy5wYXJ0aWFscy5kZWxldGUocmVsKTtcbiAgfVxufVxuXG5mdW5jdGlvbiBlbnRyeUZvcihieXRlczogVWludDhBcnJheSwgcmVsOiBzdHJpbmcpOiBGaWxlRW50cnkge1xuICBjb25zdCByZWFkID0gY2xhc3NpZnlDaGVja3BvaW50KGJ5dGVzLCByZWwpO1xuICBzd2l0Y2ggKHJlYWQua2luZCkge1xuICAgIGNhc2UgJ2NoZWNrcG9pbnQnOlxuICAgIGNhc2UgJ2hhbmQtd3JpdHRlbic6XG4gICAgICByZXR1cm4geyByZWFkLCBoYXNoOiBib2R5SGFzaChyZWFkLmJvZHkpIH07XG4gICAgY2FzZSAnYnJva2VuJzpcbiAgICAgIHJldHVybiB7IHJlYWQsIGhhc2g6IHJlYWQuYm9keSAhPT0gdW5kZWZpbmVkID8gYm9keUhhc2gocmVhZC5ib2R5KSA6IGNvbnRlbnRIYXNoKGJ5dGVzKSB9O1xuICAgIGNhc2UgJ21pc3NpbmcnOlxuICAgICAgcmV0dXJuIE1JU1NJTkc7XG4gIH1cbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSx1QkFBc0I7QUFDdEIseUJBQTJCO0FBQzNCLDRCQUF3RDtBQUN4RCxrQkFBc0M7QUFFdEMsd0JBQWlHO0FBWWpHLE1BQU0sVUFBcUIsRUFBRSxNQUFNLEVBQUUsTUFBTSxVQUFVLEdBQUcsTUFBTSxPQUFVO0FBTWpFLE1BQU0sY0FBYztBQUFBLEVBQ2pCLFlBRUMsV0FDVSxPQUVBLFVBQ2pCO0FBSk87QUFDVTtBQUVBO0FBQUEsRUFDaEI7QUFBQSxFQUpNO0FBQUEsRUFDVTtBQUFBLEVBRUE7QUFBQSxFQUduQixhQUFhLEtBQUssSUFBZ0IsVUFBMEM7QUFDMUUsVUFBTSxPQUFPLE9BQU8sUUFBaUQ7QUFDbkUsWUFBTSxPQUFPLHVCQUFNLEtBQUssVUFBVSxHQUFHO0FBQ3JDLGNBQVEsTUFBTSxHQUFHLEtBQUssSUFBSSxJQUFJLFNBQVMsU0FBUyxHQUFHLFNBQVMsSUFBSSxJQUFJO0FBQUEsSUFDdEU7QUFDQSxVQUFNLGFBQWEsTUFBTSxLQUFLLDRCQUFVO0FBQ3hDLFVBQU0sUUFBUSxvQkFBSSxJQUF1QjtBQUN6QyxVQUFNLFdBQVcsb0JBQUksSUFBWTtBQUNqQyxVQUFNLFFBQVEsQ0FBQyxHQUFHLG9DQUFrQixpQ0FBZTtBQUNuRCxVQUFNLGVBQXlCLENBQUM7QUFDaEMsZUFBVyxPQUFPLGdDQUFjO0FBQzlCLGlCQUFXLFNBQVMsTUFBTSxHQUFHLGNBQWMsdUJBQU0sS0FBSyxVQUFVLEdBQUcsQ0FBQyxHQUFHO0FBQ3JFLFlBQUksTUFBTSxTQUFTLGNBQVUsK0JBQVcsTUFBTSxJQUFJLEVBQUc7QUFDckQsY0FBTSxjQUFVLHVDQUFvQixNQUFNLElBQUk7QUFDOUMsWUFBSSxDQUFDLFFBQVM7QUFDZCxjQUFNLE1BQU0sR0FBRyxHQUFHLElBQUksTUFBTSxJQUFJO0FBQ2hDLFlBQUksUUFBUSxRQUFTLFVBQVMsSUFBSSxHQUFHO0FBQUEsWUFDaEMsY0FBYSxLQUFLLEdBQUc7QUFBQSxNQUM1QjtBQUFBLElBQ0Y7QUFDQSxVQUFNLFFBQVE7QUFBQSxNQUNaLENBQUMsR0FBRyxPQUFPLEdBQUcsWUFBWSxFQUFFLElBQUksT0FBTyxRQUFRO0FBQzdDLGNBQU0sUUFBUSxNQUFNLEtBQUssR0FBRztBQUM1QixZQUFJLE1BQU8sT0FBTSxJQUFJLEtBQUssU0FBUyxPQUFPLEdBQUcsQ0FBQztBQUFBLE1BQ2hELENBQUM7QUFBQSxJQUNIO0FBQ0EsV0FBTyxJQUFJLGNBQWMsY0FBYyxJQUFJLFlBQVksRUFBRSxPQUFPLFVBQVUsR0FBRyxPQUFPLFFBQVE7QUFBQSxFQUM5RjtBQUFBLEVBRUEsS0FBSyxLQUF3QjtBQUMzQixXQUFPLEtBQUssTUFBTSxJQUFJLEdBQUcsS0FBSztBQUFBLEVBQ2hDO0FBQUE7QUFBQSxFQUdBLGVBQWUsS0FBdUI7QUFDcEMsV0FBTyxDQUFDLEdBQUcsS0FBSyxNQUFNLEtBQUssQ0FBQyxFQUFFLE9BQU8sQ0FBQyxRQUFRLElBQUksV0FBVyxHQUFHLEdBQUcsR0FBRyxDQUFDO0FBQUEsRUFDekU7QUFBQSxFQUVBLFdBQVcsS0FBc0I7QUFDL0IsV0FBTyxLQUFLLFNBQVMsSUFBSSxHQUFHO0FBQUEsRUFDOUI7QUFBQTtBQUFBLEVBR0EsWUFBZ0M7QUFDOUIsV0FBTyxLQUFLLGNBQWMsU0FBWSxhQUFZLHNCQUFTLEtBQUssU0FBUztBQUFBLEVBQzNFO0FBQUE7QUFBQSxFQUdBLFFBQVEsS0FBYSxPQUFxQztBQUN4RCxRQUFJLE1BQU8sTUFBSyxNQUFNLElBQUksS0FBSyxTQUFTLE9BQU8sR0FBRyxDQUFDO0FBQUEsUUFDOUMsTUFBSyxNQUFNLE9BQU8sR0FBRztBQUFBLEVBQzVCO0FBQUEsRUFFQSxXQUFXLEtBQWEsU0FBd0I7QUFDOUMsUUFBSSxRQUFTLE1BQUssU0FBUyxJQUFJLEdBQUc7QUFBQSxRQUM3QixNQUFLLFNBQVMsT0FBTyxHQUFHO0FBQUEsRUFDL0I7QUFDRjtBQUVBLFNBQVMsU0FBUyxPQUFtQixLQUF3QjtBQUMzRCxRQUFNLFdBQU8sMENBQW1CLE9BQU8sR0FBRztBQUMxQyxVQUFRLEtBQUssTUFBTTtBQUFBLElBQ2pCLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFDSCxhQUFPLEVBQUUsTUFBTSxVQUFNLHNCQUFTLEtBQUssSUFBSSxFQUFFO0FBQUEsSUFDM0MsS0FBSztBQUNILGFBQU8sRUFBRSxNQUFNLE1BQU0sS0FBSyxTQUFTLGFBQVksc0JBQVMsS0FBSyxJQUFJLFFBQUkseUJBQVksS0FBSyxFQUFFO0FBQUEsSUFDMUYsS0FBSztBQUNILGFBQU87QUFBQSxFQUNYO0FBQ0Y7IiwKICAibmFtZXMiOiBbXQp9Cg==
