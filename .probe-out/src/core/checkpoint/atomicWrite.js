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
var atomicWrite_exports = {};
__export(atomicWrite_exports, {
  isTempName: () => isTempName,
  tempPathFor: () => tempPathFor,
  writeFileAtomic: () => writeFileAtomic
});
module.exports = __toCommonJS(atomicWrite_exports);
var import_node_path = require("node:path");
const encoder = new TextEncoder();
async function writeFileAtomic(fs, path, content) {
  const temp = tempPathFor(path);
  const data = typeof content === "string" ? encoder.encode(content) : content;
  try {
    await fs.writeFile(temp, data);
    await fs.rename(temp, path);
  } catch (e) {
    await fs.delete(temp).catch(() => void 0);
    throw e;
  }
}
function tempPathFor(path) {
  const random = Math.random().toString(36).slice(2, 10);
  return import_node_path.posix.join(import_node_path.posix.dirname(path), `.${import_node_path.posix.basename(path)}.tmp-${process.pid}-${random}`);
}
function isTempName(name) {
  return /^\..+\.tmp-\d+-[a-z0-9]+$/.test(name);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  isTempName,
  tempPathFor,
  writeFileAtomic
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvY2hlY2twb2ludC9hdG9taWNXcml0ZS50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0IHsgcG9zaXggfSBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHR5cGUgeyBGaWxlU3lzdGVtIH0gZnJvbSAnLi4vcG9ydHMnO1xuXG5jb25zdCBlbmNvZGVyID0gbmV3IFRleHRFbmNvZGVyKCk7XG5cbi8qKlxuICogV3JpdGVzIGBwYXRoYCBzbyB0aGF0IHJlYWRlcnMgb25seSBldmVyIHNlZSB0aGUgb2xkIGZpbGUgb3IgdGhlIHdob2xlIG5ldyBvbmU6IHRoZSBieXRlcyBnbyB0b1xuICogYSB1bmlxdWVseSBuYW1lZCB0ZW1wIGZpbGUgaW4gdGhlIHNhbWUgZm9sZGVyIChzYW1lIHZvbHVtZSwgc28gdGhlIHJlbmFtZSBpcyBhdG9taWMgb24gbG9jYWxcbiAqIGZpbGUgc3lzdGVtcyksIHdoaWNoIHRoZW4gcmVwbGFjZXMgdGhlIHRhcmdldC4gT24gYW55IGZhaWx1cmUgdGhlIHRlbXAgZmlsZSBpcyByZW1vdmVkIGFuZFxuICogdGhlIHRhcmdldCBpcyBsZWZ0IGFzIGl0IHdhcy5cbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHdyaXRlRmlsZUF0b21pYyhmczogRmlsZVN5c3RlbSwgcGF0aDogc3RyaW5nLCBjb250ZW50OiBzdHJpbmcgfCBVaW50OEFycmF5KTogUHJvbWlzZTx2b2lkPiB7XG4gIGNvbnN0IHRlbXAgPSB0ZW1wUGF0aEZvcihwYXRoKTtcbiAgY29uc3QgZGF0YSA9IHR5cGVvZiBjb250ZW50ID09PSAnc3RyaW5nJyA/IGVuY29kZXIuZW5jb2RlKGNvbnRlbnQpIDogY29udGVudDtcbiAgdHJ5IHtcbiAgICBhd2FpdCBmcy53cml0ZUZpbGUodGVtcCwgZGF0YSk7XG4gICAgYXdhaXQgZnMucmVuYW1lKHRlbXAsIHBhdGgpO1xuICB9IGNhdGNoIChlKSB7XG4gICAgYXdhaXQgZnMuZGVsZXRlKHRlbXApLmNhdGNoKCgpID0+IHVuZGVmaW5lZCk7XG4gICAgdGhyb3cgZTtcbiAgfVxufVxuXG4vKiogYC5uYW1lLnRtcC08cGlkPi08cmFuZG9tPmAgYmVzaWRlIHRoZSB0YXJnZXQ6IGhpZGRlbiwgc28gZm9sZGVyIHNjYW5zIHNraXAgaXQuICovXG5leHBvcnQgZnVuY3Rpb24gdGVtcFBhdGhGb3IocGF0aDogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3QgcmFuZG9tID0gTWF0aC5yYW5kb20oKS50b1N0cmluZygzNikuc2xpY2UoMiwgMTApO1xuICByZXR1cm4gcG9zaXguam9pbihwb3NpeC5kaXJuYW1lKHBhdGgpLCBgLiR7cG9zaXguYmFzZW5hbWUocGF0aCl9LnRtcC0ke3Byb2Nlc3MucGlkfS0ke3JhbmRvbX1gKTtcbn1cblxuLyoqIFRydWUgZm9yIG5hbWVzIGB0ZW1wUGF0aEZvcmAgbWFrZXMgKGxlZnQgYmVoaW5kIG9ubHkgaWYgdGhlIHByb2Nlc3MgZGllZCBtaWQtd3JpdGUpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzVGVtcE5hbWUobmFtZTogc3RyaW5nKTogYm9vbGVhbiB7XG4gIHJldHVybiAvXlxcLi4rXFwudG1wLVxcZCstW2EtejAtOV0rJC8udGVzdChuYW1lKTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsdUJBQXNCO0FBR3RCLE1BQU0sVUFBVSxJQUFJLFlBQVk7QUFRaEMsZUFBc0IsZ0JBQWdCLElBQWdCLE1BQWMsU0FBNkM7QUFDL0csUUFBTSxPQUFPLFlBQVksSUFBSTtBQUM3QixRQUFNLE9BQU8sT0FBTyxZQUFZLFdBQVcsUUFBUSxPQUFPLE9BQU8sSUFBSTtBQUNyRSxNQUFJO0FBQ0YsVUFBTSxHQUFHLFVBQVUsTUFBTSxJQUFJO0FBQzdCLFVBQU0sR0FBRyxPQUFPLE1BQU0sSUFBSTtBQUFBLEVBQzVCLFNBQVMsR0FBRztBQUNWLFVBQU0sR0FBRyxPQUFPLElBQUksRUFBRSxNQUFNLE1BQU0sTUFBUztBQUMzQyxVQUFNO0FBQUEsRUFDUjtBQUNGO0FBR08sU0FBUyxZQUFZLE1BQXNCO0FBQ2hELFFBQU0sU0FBUyxLQUFLLE9BQU8sRUFBRSxTQUFTLEVBQUUsRUFBRSxNQUFNLEdBQUcsRUFBRTtBQUNyRCxTQUFPLHVCQUFNLEtBQUssdUJBQU0sUUFBUSxJQUFJLEdBQUcsSUFBSSx1QkFBTSxTQUFTLElBQUksQ0FBQyxRQUFRLFFBQVEsR0FBRyxJQUFJLE1BQU0sRUFBRTtBQUNoRztBQUdPLFNBQVMsV0FBVyxNQUF1QjtBQUNoRCxTQUFPLDRCQUE0QixLQUFLLElBQUk7QUFDOUM7IiwKICAibmFtZXMiOiBbXQp9Cg==
