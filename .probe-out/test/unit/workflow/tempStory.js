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
var tempStory_exports = {};
__export(tempStory_exports, {
  failingFs: () => failingFs,
  makeTempDir: () => makeTempDir,
  nodeFs: () => nodeFs,
  readText: () => readText,
  writeText: () => writeText
});
module.exports = __toCommonJS(tempStory_exports);
var import_promises = require("node:fs/promises");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
var import_nodeFileSystem = require("../../../src/node/nodeFileSystem");
async function makeTempDir(prefix = "story-writer-wf-") {
  const dir = await (0, import_promises.mkdtemp)((0, import_node_path.join)((0, import_node_os.tmpdir)(), prefix));
  return { dir, cleanup: () => (0, import_promises.rm)(dir, { recursive: true, force: true }) };
}
const nodeFs = new import_nodeFileSystem.NodeFileSystem();
async function readText(fs, path) {
  return new TextDecoder().decode(await fs.readFile(path));
}
async function writeText(fs, path, text) {
  await fs.writeFile(path, new TextEncoder().encode(text));
}
function failingFs(inner, fail) {
  return {
    readFile: (p) => inner.readFile(p),
    writeFile: async (p, d) => {
      if (fail.writeFile?.(p)) {
        await inner.writeFile(p, d.slice(0, Math.floor(d.length / 2)));
        throw new Error(`simulated write failure: ${p}`);
      }
      return inner.writeFile(p, d);
    },
    rename: async (from, to) => {
      if (fail.rename?.(from, to)) throw new Error(`simulated rename failure: ${from}`);
      return inner.rename(from, to);
    },
    delete: (p, o) => inner.delete(p, o),
    stat: (p) => inner.stat(p),
    readDirectory: (p) => inner.readDirectory(p),
    createDirectory: (p) => inner.createDirectory(p)
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  failingFs,
  makeTempDir,
  nodeFs,
  readText,
  writeText
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC91bml0L3dvcmtmbG93L3RlbXBTdG9yeS50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0IHsgbWtkdGVtcCwgcm0gfSBmcm9tICdub2RlOmZzL3Byb21pc2VzJztcbmltcG9ydCB7IHRtcGRpciB9IGZyb20gJ25vZGU6b3MnO1xuaW1wb3J0IHsgam9pbiB9IGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgeyBOb2RlRmlsZVN5c3RlbSB9IGZyb20gJy4uLy4uLy4uL3NyYy9ub2RlL25vZGVGaWxlU3lzdGVtJztcbmltcG9ydCB0eXBlIHsgRmlsZVN5c3RlbSB9IGZyb20gJy4uLy4uLy4uL3NyYy9jb3JlL3BvcnRzJztcblxuLyoqIEEgZnJlc2ggdGVtcCBmb2xkZXIgcGVyIHRlc3QsIHJlbW92ZWQgYWZ0ZXIgaXQuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gbWFrZVRlbXBEaXIocHJlZml4ID0gJ3N0b3J5LXdyaXRlci13Zi0nKTogUHJvbWlzZTx7IGRpcjogc3RyaW5nOyBjbGVhbnVwOiAoKSA9PiBQcm9taXNlPHZvaWQ+IH0+IHtcbiAgY29uc3QgZGlyID0gYXdhaXQgbWtkdGVtcChqb2luKHRtcGRpcigpLCBwcmVmaXgpKTtcbiAgcmV0dXJuIHsgZGlyLCBjbGVhbnVwOiAoKSA9PiBybShkaXIsIHsgcmVjdXJzaXZlOiB0cnVlLCBmb3JjZTogdHJ1ZSB9KSB9O1xufVxuXG5leHBvcnQgY29uc3Qgbm9kZUZzID0gbmV3IE5vZGVGaWxlU3lzdGVtKCk7XG5cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiByZWFkVGV4dChmczogRmlsZVN5c3RlbSwgcGF0aDogc3RyaW5nKTogUHJvbWlzZTxzdHJpbmc+IHtcbiAgcmV0dXJuIG5ldyBUZXh0RGVjb2RlcigpLmRlY29kZShhd2FpdCBmcy5yZWFkRmlsZShwYXRoKSk7XG59XG5cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiB3cml0ZVRleHQoZnM6IEZpbGVTeXN0ZW0sIHBhdGg6IHN0cmluZywgdGV4dDogc3RyaW5nKTogUHJvbWlzZTx2b2lkPiB7XG4gIGF3YWl0IGZzLndyaXRlRmlsZShwYXRoLCBuZXcgVGV4dEVuY29kZXIoKS5lbmNvZGUodGV4dCkpO1xufVxuXG4vKiogQSBmaWxlIHN5c3RlbSB0aGF0IGZhaWxzIHRoZSBvcGVyYXRpb25zIGEgdGVzdCBuYW1lcywgdG8gc2VlIHdoYXQgYSBmYWlsdXJlIGxlYXZlcyBiZWhpbmQuICovXG5leHBvcnQgZnVuY3Rpb24gZmFpbGluZ0ZzKGlubmVyOiBGaWxlU3lzdGVtLCBmYWlsOiB7IHdyaXRlRmlsZT86IChwYXRoOiBzdHJpbmcpID0+IGJvb2xlYW47IHJlbmFtZT86IChmcm9tOiBzdHJpbmcsIHRvOiBzdHJpbmcpID0+IGJvb2xlYW4gfSk6IEZpbGVTeXN0ZW0ge1xuICByZXR1cm4ge1xuICAgIHJlYWRGaWxlOiAocCkgPT4gaW5uZXIucmVhZEZpbGUocCksXG4gICAgd3JpdGVGaWxlOiBhc3luYyAocCwgZCkgPT4ge1xuICAgICAgaWYgKGZhaWwud3JpdGVGaWxlPy4ocCkpIHtcbiAgICAgICAgLy8gSGFsZiBhIGZpbGUgZmlyc3Q6IHdoYXQgYSBmdWxsIGRpc2sgb3IgYSBjcmFzaCBtaWQtd3JpdGUgbGVhdmVzLlxuICAgICAgICBhd2FpdCBpbm5lci53cml0ZUZpbGUocCwgZC5zbGljZSgwLCBNYXRoLmZsb29yKGQubGVuZ3RoIC8gMikpKTtcbiAgICAgICAgdGhyb3cgbmV3IEVycm9yKGBzaW11bGF0ZWQgd3JpdGUgZmFpbHVyZTogJHtwfWApO1xuICAgICAgfVxuICAgICAgcmV0dXJuIGlubmVyLndyaXRlRmlsZShwLCBkKTtcbiAgICB9LFxuICAgIHJlbmFtZTogYXN5bmMgKGZyb20sIHRvKSA9PiB7XG4gICAgICBpZiAoZmFpbC5yZW5hbWU/Lihmcm9tLCB0bykpIHRocm93IG5ldyBFcnJvcihgc2ltdWxhdGVkIHJlbmFtZSBmYWlsdXJlOiAke2Zyb219YCk7XG4gICAgICByZXR1cm4gaW5uZXIucmVuYW1lKGZyb20sIHRvKTtcbiAgICB9LFxuICAgIGRlbGV0ZTogKHAsIG8pID0+IGlubmVyLmRlbGV0ZShwLCBvKSxcbiAgICBzdGF0OiAocCkgPT4gaW5uZXIuc3RhdChwKSxcbiAgICByZWFkRGlyZWN0b3J5OiAocCkgPT4gaW5uZXIucmVhZERpcmVjdG9yeShwKSxcbiAgICBjcmVhdGVEaXJlY3Rvcnk6IChwKSA9PiBpbm5lci5jcmVhdGVEaXJlY3RvcnkocCksXG4gIH07XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxzQkFBNEI7QUFDNUIscUJBQXVCO0FBQ3ZCLHVCQUFxQjtBQUNyQiw0QkFBK0I7QUFJL0IsZUFBc0IsWUFBWSxTQUFTLG9CQUE0RTtBQUNySCxRQUFNLE1BQU0sVUFBTSw2QkFBUSwyQkFBSyx1QkFBTyxHQUFHLE1BQU0sQ0FBQztBQUNoRCxTQUFPLEVBQUUsS0FBSyxTQUFTLFVBQU0sb0JBQUcsS0FBSyxFQUFFLFdBQVcsTUFBTSxPQUFPLEtBQUssQ0FBQyxFQUFFO0FBQ3pFO0FBRU8sTUFBTSxTQUFTLElBQUkscUNBQWU7QUFFekMsZUFBc0IsU0FBUyxJQUFnQixNQUErQjtBQUM1RSxTQUFPLElBQUksWUFBWSxFQUFFLE9BQU8sTUFBTSxHQUFHLFNBQVMsSUFBSSxDQUFDO0FBQ3pEO0FBRUEsZUFBc0IsVUFBVSxJQUFnQixNQUFjLE1BQTZCO0FBQ3pGLFFBQU0sR0FBRyxVQUFVLE1BQU0sSUFBSSxZQUFZLEVBQUUsT0FBTyxJQUFJLENBQUM7QUFDekQ7QUFHTyxTQUFTLFVBQVUsT0FBbUIsTUFBNkc7QUFDeEosU0FBTztBQUFBLElBQ0wsVUFBVSxDQUFDLE1BQU0sTUFBTSxTQUFTLENBQUM7QUFBQSxJQUNqQyxXQUFXLE9BQU8sR0FBRyxNQUFNO0FBQ3pCLFVBQUksS0FBSyxZQUFZLENBQUMsR0FBRztBQUV2QixjQUFNLE1BQU0sVUFBVSxHQUFHLEVBQUUsTUFBTSxHQUFHLEtBQUssTUFBTSxFQUFFLFNBQVMsQ0FBQyxDQUFDLENBQUM7QUFDN0QsY0FBTSxJQUFJLE1BQU0sNEJBQTRCLENBQUMsRUFBRTtBQUFBLE1BQ2pEO0FBQ0EsYUFBTyxNQUFNLFVBQVUsR0FBRyxDQUFDO0FBQUEsSUFDN0I7QUFBQSxJQUNBLFFBQVEsT0FBTyxNQUFNLE9BQU87QUFDMUIsVUFBSSxLQUFLLFNBQVMsTUFBTSxFQUFFLEVBQUcsT0FBTSxJQUFJLE1BQU0sNkJBQTZCLElBQUksRUFBRTtBQUNoRixhQUFPLE1BQU0sT0FBTyxNQUFNLEVBQUU7QUFBQSxJQUM5QjtBQUFBLElBQ0EsUUFBUSxDQUFDLEdBQUcsTUFBTSxNQUFNLE9BQU8sR0FBRyxDQUFDO0FBQUEsSUFDbkMsTUFBTSxDQUFDLE1BQU0sTUFBTSxLQUFLLENBQUM7QUFBQSxJQUN6QixlQUFlLENBQUMsTUFBTSxNQUFNLGNBQWMsQ0FBQztBQUFBLElBQzNDLGlCQUFpQixDQUFDLE1BQU0sTUFBTSxnQkFBZ0IsQ0FBQztBQUFBLEVBQ2pEO0FBQ0Y7IiwKICAibmFtZXMiOiBbXQp9Cg==
