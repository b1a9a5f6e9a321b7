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
var backups_exports = {};
__export(backups_exports, {
  backupFile: () => backupFile
});
module.exports = __toCommonJS(backups_exports);
var import_node_path = require("node:path");
var import_atomicWrite = require("./atomicWrite");
var import_storyPaths = require("./storyPaths");
async function backupFile(fs, storyDir, relPath, clock) {
  const source = import_node_path.posix.join(storyDir, relPath);
  if (!await fs.stat(source)) return void 0;
  const bytes = await fs.readFile(source);
  const stem = relPath.replace(/\.md$/, "");
  const stamp = timestamp(clock.now());
  let target = import_node_path.posix.join((0, import_storyPaths.backupsDir)(storyDir), `${stem}.${stamp}.md`);
  for (let n = 2; await fs.stat(target); n++) target = import_node_path.posix.join((0, import_storyPaths.backupsDir)(storyDir), `${stem}.${stamp}-${n}.md`);
  await (0, import_atomicWrite.writeFileAtomic)(fs, target, bytes);
  return target;
}
function timestamp(ms) {
  return new Date(ms).toISOString().replace(/[-:.]/g, "");
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  backupFile
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvY2hlY2twb2ludC9iYWNrdXBzLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgeyBwb3NpeCB9IGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgdHlwZSB7IENsb2NrLCBGaWxlU3lzdGVtIH0gZnJvbSAnLi4vcG9ydHMnO1xuaW1wb3J0IHsgd3JpdGVGaWxlQXRvbWljIH0gZnJvbSAnLi9hdG9taWNXcml0ZSc7XG5pbXBvcnQgeyBiYWNrdXBzRGlyIH0gZnJvbSAnLi9zdG9yeVBhdGhzJztcblxuLyoqXG4gKiBDb3BpZXMgYSBzdG9yeSBmaWxlIHRvIGA8c3Rvcnk+Ly5zdG9yeS13cml0ZXIvYmFja3Vwcy88cmVscGF0aCBtaW51cyAubWQ+Ljx0aW1lc3RhbXA+Lm1kYFxuICogYmVmb3JlIHNvbWV0aGluZyBvdmVyd3JpdGVzIGl0LCBzbyBhIHdyaXRlcidzIGVkaXQgaXMgbmV2ZXIgbG9zdCB0byBhIGZvcmNlZCByZWdlbmVyYXRpb24uXG4gKiBSZXR1cm5zIHRoZSBiYWNrdXAncyBwYXRoLCBvciB1bmRlZmluZWQgd2hlbiB0aGVyZSB3YXMgbm90aGluZyB0byBiYWNrIHVwLlxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gYmFja3VwRmlsZShmczogRmlsZVN5c3RlbSwgc3RvcnlEaXI6IHN0cmluZywgcmVsUGF0aDogc3RyaW5nLCBjbG9jazogQ2xvY2spOiBQcm9taXNlPHN0cmluZyB8IHVuZGVmaW5lZD4ge1xuICBjb25zdCBzb3VyY2UgPSBwb3NpeC5qb2luKHN0b3J5RGlyLCByZWxQYXRoKTtcbiAgaWYgKCEoYXdhaXQgZnMuc3RhdChzb3VyY2UpKSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgYnl0ZXMgPSBhd2FpdCBmcy5yZWFkRmlsZShzb3VyY2UpO1xuICBjb25zdCBzdGVtID0gcmVsUGF0aC5yZXBsYWNlKC9cXC5tZCQvLCAnJyk7XG4gIGNvbnN0IHN0YW1wID0gdGltZXN0YW1wKGNsb2NrLm5vdygpKTtcbiAgbGV0IHRhcmdldCA9IHBvc2l4LmpvaW4oYmFja3Vwc0RpcihzdG9yeURpciksIGAke3N0ZW19LiR7c3RhbXB9Lm1kYCk7XG4gIC8vIFR3byBiYWNrdXBzIG9mIG9uZSBmaWxlIHdpdGhpbiBhIG1pbGxpc2Vjb25kIG11c3Qgbm90IHJlcGxhY2UgZWFjaCBvdGhlci5cbiAgZm9yIChsZXQgbiA9IDI7IGF3YWl0IGZzLnN0YXQodGFyZ2V0KTsgbisrKSB0YXJnZXQgPSBwb3NpeC5qb2luKGJhY2t1cHNEaXIoc3RvcnlEaXIpLCBgJHtzdGVtfS4ke3N0YW1wfS0ke259Lm1kYCk7XG4gIGF3YWl0IHdyaXRlRmlsZUF0b21pYyhmcywgdGFyZ2V0LCBieXRlcyk7XG4gIHJldHVybiB0YXJnZXQ7XG59XG5cbi8qKiBgMjAyNTAxMDJUMDMwNDA1MTIzWmA6IHNvcnRhYmxlLCBhbmQgdmFsaWQgaW4gZmlsZSBuYW1lcyBvbiBldmVyeSBPUyAobm8gY29sb25zKS4gKi9cbmZ1bmN0aW9uIHRpbWVzdGFtcChtczogbnVtYmVyKTogc3RyaW5nIHtcbiAgcmV0dXJuIG5ldyBEYXRlKG1zKS50b0lTT1N0cmluZygpLnJlcGxhY2UoL1stOi5dL2csICcnKTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSx1QkFBc0I7QUFFdEIseUJBQWdDO0FBQ2hDLHdCQUEyQjtBQU8zQixlQUFzQixXQUFXLElBQWdCLFVBQWtCLFNBQWlCLE9BQTJDO0FBQzdILFFBQU0sU0FBUyx1QkFBTSxLQUFLLFVBQVUsT0FBTztBQUMzQyxNQUFJLENBQUUsTUFBTSxHQUFHLEtBQUssTUFBTSxFQUFJLFFBQU87QUFDckMsUUFBTSxRQUFRLE1BQU0sR0FBRyxTQUFTLE1BQU07QUFDdEMsUUFBTSxPQUFPLFFBQVEsUUFBUSxTQUFTLEVBQUU7QUFDeEMsUUFBTSxRQUFRLFVBQVUsTUFBTSxJQUFJLENBQUM7QUFDbkMsTUFBSSxTQUFTLHVCQUFNLFNBQUssOEJBQVcsUUFBUSxHQUFHLEdBQUcsSUFBSSxJQUFJLEtBQUssS0FBSztBQUVuRSxXQUFTLElBQUksR0FBRyxNQUFNLEdBQUcsS0FBSyxNQUFNLEdBQUcsSUFBSyxVQUFTLHVCQUFNLFNBQUssOEJBQVcsUUFBUSxHQUFHLEdBQUcsSUFBSSxJQUFJLEtBQUssSUFBSSxDQUFDLEtBQUs7QUFDaEgsWUFBTSxvQ0FBZ0IsSUFBSSxRQUFRLEtBQUs7QUFDdkMsU0FBTztBQUNUO0FBR0EsU0FBUyxVQUFVLElBQW9CO0FBQ3JDLFNBQU8sSUFBSSxLQUFLLEVBQUUsRUFBRSxZQUFZLEVBQUUsUUFBUSxVQUFVLEVBQUU7QUFDeEQ7IiwKICAibmFtZXMiOiBbXQp9Cg==
