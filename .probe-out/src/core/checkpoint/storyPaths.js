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
var storyPaths_exports = {};
__export(storyPaths_exports, {
  WORK_DIR: () => WORK_DIR,
  backupsDir: () => backupsDir,
  lockPath: () => lockPath,
  relativeToStory: () => relativeToStory,
  runStatePath: () => runStatePath,
  workDir: () => workDir
});
module.exports = __toCommonJS(storyPaths_exports);
var import_node_path = require("node:path");
const WORK_DIR = ".story-writer";
function workDir(storyDir) {
  return import_node_path.posix.join(storyDir, WORK_DIR);
}
function lockPath(storyDir) {
  return import_node_path.posix.join(storyDir, WORK_DIR, "lock");
}
function runStatePath(storyDir) {
  return import_node_path.posix.join(storyDir, WORK_DIR, "run-state.json");
}
function backupsDir(storyDir) {
  return import_node_path.posix.join(storyDir, WORK_DIR, "backups");
}
function relativeToStory(storyDir, path) {
  return import_node_path.posix.relative(storyDir, path);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  WORK_DIR,
  backupsDir,
  lockPath,
  relativeToStory,
  runStatePath,
  workDir
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvY2hlY2twb2ludC9zdG9yeVBhdGhzLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgeyBwb3NpeCB9IGZyb20gJ25vZGU6cGF0aCc7XG5cbi8qKlxuICogV2hlcmUgdGhlIHdvcmtmbG93IGtlZXBzIGl0cyBvd24gYm9va2tlZXBpbmcgaW5zaWRlIGEgc3RvcnkgZm9sZGVyLiBFdmVyeXRoaW5nIGhlcmUgaXNcbiAqIGRpc3Bvc2FibGUgZXhjZXB0IGJhY2t1cHM7IHRoZSBzdGFnZSBmaWxlcyB0aGVtc2VsdmVzIGFyZSB0aGUgY2hlY2twb2ludHMuXG4gKi9cbmV4cG9ydCBjb25zdCBXT1JLX0RJUiA9ICcuc3Rvcnktd3JpdGVyJztcblxuZXhwb3J0IGZ1bmN0aW9uIHdvcmtEaXIoc3RvcnlEaXI6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBwb3NpeC5qb2luKHN0b3J5RGlyLCBXT1JLX0RJUik7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBsb2NrUGF0aChzdG9yeURpcjogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHBvc2l4LmpvaW4oc3RvcnlEaXIsIFdPUktfRElSLCAnbG9jaycpO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gcnVuU3RhdGVQYXRoKHN0b3J5RGlyOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gcG9zaXguam9pbihzdG9yeURpciwgV09SS19ESVIsICdydW4tc3RhdGUuanNvbicpO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gYmFja3Vwc0RpcihzdG9yeURpcjogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHBvc2l4LmpvaW4oc3RvcnlEaXIsIFdPUktfRElSLCAnYmFja3VwcycpO1xufVxuXG4vKiogU3RvcnktcmVsYXRpdmUgUE9TSVggcGF0aCBvZiBhIGZpbGUgaW5zaWRlIHRoZSBzdG9yeSAod2hhdCBmcm9udCBtYXR0ZXIgYGlucHV0c2Aga2V5cyB1c2UpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlbGF0aXZlVG9TdG9yeShzdG9yeURpcjogc3RyaW5nLCBwYXRoOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gcG9zaXgucmVsYXRpdmUoc3RvcnlEaXIsIHBhdGgpO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSx1QkFBc0I7QUFNZixNQUFNLFdBQVc7QUFFakIsU0FBUyxRQUFRLFVBQTBCO0FBQ2hELFNBQU8sdUJBQU0sS0FBSyxVQUFVLFFBQVE7QUFDdEM7QUFFTyxTQUFTLFNBQVMsVUFBMEI7QUFDakQsU0FBTyx1QkFBTSxLQUFLLFVBQVUsVUFBVSxNQUFNO0FBQzlDO0FBRU8sU0FBUyxhQUFhLFVBQTBCO0FBQ3JELFNBQU8sdUJBQU0sS0FBSyxVQUFVLFVBQVUsZ0JBQWdCO0FBQ3hEO0FBRU8sU0FBUyxXQUFXLFVBQTBCO0FBQ25ELFNBQU8sdUJBQU0sS0FBSyxVQUFVLFVBQVUsU0FBUztBQUNqRDtBQUdPLFNBQVMsZ0JBQWdCLFVBQWtCLE1BQXNCO0FBQ3RFLFNBQU8sdUJBQU0sU0FBUyxVQUFVLElBQUk7QUFDdEM7IiwKICAibmFtZXMiOiBbXQp9Cg==
