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
var nodeFileSystem_exports = {};
__export(nodeFileSystem_exports, {
  NodeFileSystem: () => NodeFileSystem
});
module.exports = __toCommonJS(nodeFileSystem_exports);
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
class NodeFileSystem {
  async readFile(path) {
    return import_node_fs.promises.readFile(path);
  }
  async writeFile(path, data) {
    await import_node_fs.promises.mkdir((0, import_node_path.dirname)(path), { recursive: true });
    await import_node_fs.promises.writeFile(path, data);
  }
  async rename(from, to) {
    await import_node_fs.promises.rename(from, to);
  }
  async delete(path, options) {
    await import_node_fs.promises.rm(path, { recursive: options?.recursive ?? false, force: true });
  }
  async stat(path) {
    try {
      const s = await import_node_fs.promises.stat(path);
      return { type: s.isDirectory() ? "directory" : "file", size: s.size, mtimeMs: s.mtimeMs };
    } catch (e) {
      if (e.code === "ENOENT") return void 0;
      throw e;
    }
  }
  async readDirectory(path) {
    try {
      const entries = await import_node_fs.promises.readdir(path, { withFileTypes: true });
      return entries.filter((e) => e.isFile() || e.isDirectory()).map((e) => ({ name: e.name, type: e.isDirectory() ? "directory" : "file" }));
    } catch (e) {
      if (e.code === "ENOENT") return [];
      throw e;
    }
  }
  async createDirectory(path) {
    await import_node_fs.promises.mkdir(path, { recursive: true });
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  NodeFileSystem
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL25vZGUvbm9kZUZpbGVTeXN0ZW0udHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCB7IHByb21pc2VzIGFzIGZzIH0gZnJvbSAnbm9kZTpmcyc7XG5pbXBvcnQgeyBkaXJuYW1lIH0gZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCB0eXBlIHsgRmlsZVN0YXQsIEZpbGVTeXN0ZW0gfSBmcm9tICcuLi9jb3JlL3BvcnRzJztcblxuLyoqIFRoZSBjb3JlJ3MgRmlsZVN5c3RlbSBvdmVyIE5vZGUncyBgZnNgOiBmb3IgdGhlIGhlYWRsZXNzIGNvbW1hbmQsIGJlbmNobWFya3MgYW5kIHVuaXQgdGVzdHMuICovXG5leHBvcnQgY2xhc3MgTm9kZUZpbGVTeXN0ZW0gaW1wbGVtZW50cyBGaWxlU3lzdGVtIHtcbiAgYXN5bmMgcmVhZEZpbGUocGF0aDogc3RyaW5nKTogUHJvbWlzZTxVaW50OEFycmF5PiB7XG4gICAgcmV0dXJuIGZzLnJlYWRGaWxlKHBhdGgpO1xuICB9XG5cbiAgYXN5bmMgd3JpdGVGaWxlKHBhdGg6IHN0cmluZywgZGF0YTogVWludDhBcnJheSk6IFByb21pc2U8dm9pZD4ge1xuICAgIGF3YWl0IGZzLm1rZGlyKGRpcm5hbWUocGF0aCksIHsgcmVjdXJzaXZlOiB0cnVlIH0pO1xuICAgIGF3YWl0IGZzLndyaXRlRmlsZShwYXRoLCBkYXRhKTtcbiAgfVxuXG4gIGFzeW5jIHJlbmFtZShmcm9tOiBzdHJpbmcsIHRvOiBzdHJpbmcpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBhd2FpdCBmcy5yZW5hbWUoZnJvbSwgdG8pO1xuICB9XG5cbiAgYXN5bmMgZGVsZXRlKHBhdGg6IHN0cmluZywgb3B0aW9ucz86IHsgcmVjdXJzaXZlPzogYm9vbGVhbiB9KTogUHJvbWlzZTx2b2lkPiB7XG4gICAgYXdhaXQgZnMucm0ocGF0aCwgeyByZWN1cnNpdmU6IG9wdGlvbnM/LnJlY3Vyc2l2ZSA/PyBmYWxzZSwgZm9yY2U6IHRydWUgfSk7XG4gIH1cblxuICBhc3luYyBzdGF0KHBhdGg6IHN0cmluZyk6IFByb21pc2U8RmlsZVN0YXQgfCB1bmRlZmluZWQ+IHtcbiAgICB0cnkge1xuICAgICAgY29uc3QgcyA9IGF3YWl0IGZzLnN0YXQocGF0aCk7XG4gICAgICByZXR1cm4geyB0eXBlOiBzLmlzRGlyZWN0b3J5KCkgPyAnZGlyZWN0b3J5JyA6ICdmaWxlJywgc2l6ZTogcy5zaXplLCBtdGltZU1zOiBzLm10aW1lTXMgfTtcbiAgICB9IGNhdGNoIChlKSB7XG4gICAgICBpZiAoKGUgYXMgTm9kZUpTLkVycm5vRXhjZXB0aW9uKS5jb2RlID09PSAnRU5PRU5UJykgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICAgIHRocm93IGU7XG4gICAgfVxuICB9XG5cbiAgYXN5bmMgcmVhZERpcmVjdG9yeShwYXRoOiBzdHJpbmcpOiBQcm9taXNlPEFycmF5PHsgbmFtZTogc3RyaW5nOyB0eXBlOiAnZmlsZScgfCAnZGlyZWN0b3J5JyB9Pj4ge1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBlbnRyaWVzID0gYXdhaXQgZnMucmVhZGRpcihwYXRoLCB7IHdpdGhGaWxlVHlwZXM6IHRydWUgfSk7XG4gICAgICByZXR1cm4gZW50cmllc1xuICAgICAgICAuZmlsdGVyKChlKSA9PiBlLmlzRmlsZSgpIHx8IGUuaXNEaXJlY3RvcnkoKSlcbiAgICAgICAgLm1hcCgoZSkgPT4gKHsgbmFtZTogZS5uYW1lLCB0eXBlOiBlLmlzRGlyZWN0b3J5KCkgPyAoJ2RpcmVjdG9yeScgYXMgY29uc3QpIDogKCdmaWxlJyBhcyBjb25zdCkgfSkpO1xuICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgIGlmICgoZSBhcyBOb2RlSlMuRXJybm9FeGNlcHRpb24pLmNvZGUgPT09ICdFTk9FTlQnKSByZXR1cm4gW107XG4gICAgICB0aHJvdyBlO1xuICAgIH1cbiAgfVxuXG4gIGFzeW5jIGNyZWF0ZURpcmVjdG9yeShwYXRoOiBzdHJpbmcpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBhd2FpdCBmcy5ta2RpcihwYXRoLCB7IHJlY3Vyc2l2ZTogdHJ1ZSB9KTtcbiAgfVxufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLHFCQUErQjtBQUMvQix1QkFBd0I7QUFJakIsTUFBTSxlQUFxQztBQUFBLEVBQ2hELE1BQU0sU0FBUyxNQUFtQztBQUNoRCxXQUFPLGVBQUFBLFNBQUcsU0FBUyxJQUFJO0FBQUEsRUFDekI7QUFBQSxFQUVBLE1BQU0sVUFBVSxNQUFjLE1BQWlDO0FBQzdELFVBQU0sZUFBQUEsU0FBRyxVQUFNLDBCQUFRLElBQUksR0FBRyxFQUFFLFdBQVcsS0FBSyxDQUFDO0FBQ2pELFVBQU0sZUFBQUEsU0FBRyxVQUFVLE1BQU0sSUFBSTtBQUFBLEVBQy9CO0FBQUEsRUFFQSxNQUFNLE9BQU8sTUFBYyxJQUEyQjtBQUNwRCxVQUFNLGVBQUFBLFNBQUcsT0FBTyxNQUFNLEVBQUU7QUFBQSxFQUMxQjtBQUFBLEVBRUEsTUFBTSxPQUFPLE1BQWMsU0FBa0Q7QUFDM0UsVUFBTSxlQUFBQSxTQUFHLEdBQUcsTUFBTSxFQUFFLFdBQVcsU0FBUyxhQUFhLE9BQU8sT0FBTyxLQUFLLENBQUM7QUFBQSxFQUMzRTtBQUFBLEVBRUEsTUFBTSxLQUFLLE1BQTZDO0FBQ3RELFFBQUk7QUFDRixZQUFNLElBQUksTUFBTSxlQUFBQSxTQUFHLEtBQUssSUFBSTtBQUM1QixhQUFPLEVBQUUsTUFBTSxFQUFFLFlBQVksSUFBSSxjQUFjLFFBQVEsTUFBTSxFQUFFLE1BQU0sU0FBUyxFQUFFLFFBQVE7QUFBQSxJQUMxRixTQUFTLEdBQUc7QUFDVixVQUFLLEVBQTRCLFNBQVMsU0FBVSxRQUFPO0FBQzNELFlBQU07QUFBQSxJQUNSO0FBQUEsRUFDRjtBQUFBLEVBRUEsTUFBTSxjQUFjLE1BQTRFO0FBQzlGLFFBQUk7QUFDRixZQUFNLFVBQVUsTUFBTSxlQUFBQSxTQUFHLFFBQVEsTUFBTSxFQUFFLGVBQWUsS0FBSyxDQUFDO0FBQzlELGFBQU8sUUFDSixPQUFPLENBQUMsTUFBTSxFQUFFLE9BQU8sS0FBSyxFQUFFLFlBQVksQ0FBQyxFQUMzQyxJQUFJLENBQUMsT0FBTyxFQUFFLE1BQU0sRUFBRSxNQUFNLE1BQU0sRUFBRSxZQUFZLElBQUssY0FBeUIsT0FBaUIsRUFBRTtBQUFBLElBQ3RHLFNBQVMsR0FBRztBQUNWLFVBQUssRUFBNEIsU0FBUyxTQUFVLFFBQU8sQ0FBQztBQUM1RCxZQUFNO0FBQUEsSUFDUjtBQUFBLEVBQ0Y7QUFBQSxFQUVBLE1BQU0sZ0JBQWdCLE1BQTZCO0FBQ2pELFVBQU0sZUFBQUEsU0FBRyxNQUFNLE1BQU0sRUFBRSxXQUFXLEtBQUssQ0FBQztBQUFBLEVBQzFDO0FBQ0Y7IiwKICAibmFtZXMiOiBbImZzIl0KfQo=
