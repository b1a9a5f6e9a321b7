"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var workspaceFileSystem_exports = {};
__export(workspaceFileSystem_exports, {
  WorkspaceFileSystem: () => WorkspaceFileSystem
});
module.exports = __toCommonJS(workspaceFileSystem_exports);
var vscode = __toESM(require("vscode"));
class WorkspaceFileSystem {
  constructor(base) {
    this.base = base;
  }
  base;
  uri(path) {
    return this.base.with({ path, query: "", fragment: "" });
  }
  async readFile(path) {
    return vscode.workspace.fs.readFile(this.uri(path));
  }
  async writeFile(path, data) {
    await vscode.workspace.fs.writeFile(this.uri(path), data);
  }
  async rename(from, to) {
    await vscode.workspace.fs.rename(this.uri(from), this.uri(to), { overwrite: true });
  }
  async delete(path, options) {
    try {
      await vscode.workspace.fs.delete(this.uri(path), { recursive: options?.recursive ?? false, useTrash: false });
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
  }
  async stat(path) {
    try {
      const s = await vscode.workspace.fs.stat(this.uri(path));
      return { type: s.type & vscode.FileType.Directory ? "directory" : "file", size: s.size, mtimeMs: s.mtime };
    } catch (e) {
      if (isNotFound(e)) return void 0;
      throw e;
    }
  }
  async readDirectory(path) {
    try {
      const entries = await vscode.workspace.fs.readDirectory(this.uri(path));
      return entries.filter(([, t]) => t & (vscode.FileType.File | vscode.FileType.Directory)).map(([name, t]) => ({ name, type: t & vscode.FileType.Directory ? "directory" : "file" }));
    } catch (e) {
      if (isNotFound(e)) return [];
      throw e;
    }
  }
  async createDirectory(path) {
    await vscode.workspace.fs.createDirectory(this.uri(path));
  }
}
function isNotFound(e) {
  return e instanceof vscode.FileSystemError && e.code === "FileNotFound";
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  WorkspaceFileSystem
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3ZzY29kZS93b3Jrc3BhY2VGaWxlU3lzdGVtLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgKiBhcyB2c2NvZGUgZnJvbSAndnNjb2RlJztcbmltcG9ydCB0eXBlIHsgRmlsZVN0YXQsIEZpbGVTeXN0ZW0gfSBmcm9tICcuLi9jb3JlL3BvcnRzJztcblxuLyoqXG4gKiBUaGUgY29yZSdzIEZpbGVTeXN0ZW0gb3ZlciBgdnNjb2RlLndvcmtzcGFjZS5mc2AsIHNvIHN0b3JpZXMgd29yayBpbiByZW1vdGUgYW5kIHZpcnR1YWxcbiAqIHdvcmtzcGFjZXMgdG9vLiBDb3JlIHBhdGhzIGFyZSB0aGUgYHBhdGhgIHBhcnQgb2YgVVJJcyB0aGF0IHNoYXJlIHRoaXMgYWRhcHRlcidzIHNjaGVtZSBhbmRcbiAqIGF1dGhvcml0eSAob25lIGFkYXB0ZXIgcGVyIHdvcmtzcGFjZSBmb2xkZXIncyBmaWxlIHN5c3RlbSkuXG4gKi9cbmV4cG9ydCBjbGFzcyBXb3Jrc3BhY2VGaWxlU3lzdGVtIGltcGxlbWVudHMgRmlsZVN5c3RlbSB7XG4gIGNvbnN0cnVjdG9yKHByaXZhdGUgcmVhZG9ubHkgYmFzZTogdnNjb2RlLlVyaSkge31cblxuICB1cmkocGF0aDogc3RyaW5nKTogdnNjb2RlLlVyaSB7XG4gICAgcmV0dXJuIHRoaXMuYmFzZS53aXRoKHsgcGF0aCwgcXVlcnk6ICcnLCBmcmFnbWVudDogJycgfSk7XG4gIH1cblxuICBhc3luYyByZWFkRmlsZShwYXRoOiBzdHJpbmcpOiBQcm9taXNlPFVpbnQ4QXJyYXk+IHtcbiAgICByZXR1cm4gdnNjb2RlLndvcmtzcGFjZS5mcy5yZWFkRmlsZSh0aGlzLnVyaShwYXRoKSk7XG4gIH1cblxuICBhc3luYyB3cml0ZUZpbGUocGF0aDogc3RyaW5nLCBkYXRhOiBVaW50OEFycmF5KTogUHJvbWlzZTx2b2lkPiB7XG4gICAgLy8gd29ya3NwYWNlLmZzLndyaXRlRmlsZSBjcmVhdGVzIG1pc3NpbmcgcGFyZW50IGZvbGRlcnMuXG4gICAgYXdhaXQgdnNjb2RlLndvcmtzcGFjZS5mcy53cml0ZUZpbGUodGhpcy51cmkocGF0aCksIGRhdGEpO1xuICB9XG5cbiAgYXN5bmMgcmVuYW1lKGZyb206IHN0cmluZywgdG86IHN0cmluZyk6IFByb21pc2U8dm9pZD4ge1xuICAgIGF3YWl0IHZzY29kZS53b3Jrc3BhY2UuZnMucmVuYW1lKHRoaXMudXJpKGZyb20pLCB0aGlzLnVyaSh0byksIHsgb3ZlcndyaXRlOiB0cnVlIH0pO1xuICB9XG5cbiAgYXN5bmMgZGVsZXRlKHBhdGg6IHN0cmluZywgb3B0aW9ucz86IHsgcmVjdXJzaXZlPzogYm9vbGVhbiB9KTogUHJvbWlzZTx2b2lkPiB7XG4gICAgdHJ5IHtcbiAgICAgIGF3YWl0IHZzY29kZS53b3Jrc3BhY2UuZnMuZGVsZXRlKHRoaXMudXJpKHBhdGgpLCB7IHJlY3Vyc2l2ZTogb3B0aW9ucz8ucmVjdXJzaXZlID8/IGZhbHNlLCB1c2VUcmFzaDogZmFsc2UgfSk7XG4gICAgfSBjYXRjaCAoZSkge1xuICAgICAgaWYgKCFpc05vdEZvdW5kKGUpKSB0aHJvdyBlO1xuICAgIH1cbiAgfVxuXG4gIGFzeW5jIHN0YXQocGF0aDogc3RyaW5nKTogUHJvbWlzZTxGaWxlU3RhdCB8IHVuZGVmaW5lZD4ge1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBzID0gYXdhaXQgdnNjb2RlLndvcmtzcGFjZS5mcy5zdGF0KHRoaXMudXJpKHBhdGgpKTtcbiAgICAgIHJldHVybiB7IHR5cGU6IHMudHlwZSAmIHZzY29kZS5GaWxlVHlwZS5EaXJlY3RvcnkgPyAnZGlyZWN0b3J5JyA6ICdmaWxlJywgc2l6ZTogcy5zaXplLCBtdGltZU1zOiBzLm10aW1lIH07XG4gICAgfSBjYXRjaCAoZSkge1xuICAgICAgaWYgKGlzTm90Rm91bmQoZSkpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgICB0aHJvdyBlO1xuICAgIH1cbiAgfVxuXG4gIGFzeW5jIHJlYWREaXJlY3RvcnkocGF0aDogc3RyaW5nKTogUHJvbWlzZTxBcnJheTx7IG5hbWU6IHN0cmluZzsgdHlwZTogJ2ZpbGUnIHwgJ2RpcmVjdG9yeScgfT4+IHtcbiAgICB0cnkge1xuICAgICAgY29uc3QgZW50cmllcyA9IGF3YWl0IHZzY29kZS53b3Jrc3BhY2UuZnMucmVhZERpcmVjdG9yeSh0aGlzLnVyaShwYXRoKSk7XG4gICAgICByZXR1cm4gZW50cmllc1xuICAgICAgICAuZmlsdGVyKChbLCB0XSkgPT4gdCAmICh2c2NvZGUuRmlsZVR5cGUuRmlsZSB8IHZzY29kZS5GaWxlVHlwZS5EaXJlY3RvcnkpKVxuICAgICAgICAubWFwKChbbmFtZSwgdF0pID0+ICh7IG5hbWUsIHR5cGU6IHQgJiB2c2NvZGUuRmlsZVR5cGUuRGlyZWN0b3J5ID8gKCdkaXJlY3RvcnknIGFzIGNvbnN0KSA6ICgnZmlsZScgYXMgY29uc3QpIH0pKTtcbiAgICB9IGNhdGNoIChlKSB7XG4gICAgICBpZiAoaXNOb3RGb3VuZChlKSkgcmV0dXJuIFtdO1xuICAgICAgdGhyb3cgZTtcbiAgICB9XG4gIH1cblxuICBhc3luYyBjcmVhdGVEaXJlY3RvcnkocGF0aDogc3RyaW5nKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgYXdhaXQgdnNjb2RlLndvcmtzcGFjZS5mcy5jcmVhdGVEaXJlY3RvcnkodGhpcy51cmkocGF0aCkpO1xuICB9XG59XG5cbmZ1bmN0aW9uIGlzTm90Rm91bmQoZTogdW5rbm93bik6IGJvb2xlYW4ge1xuICByZXR1cm4gZSBpbnN0YW5jZW9mIHZzY29kZS5GaWxlU3lzdGVtRXJyb3IgJiYgZS5jb2RlID09PSAnRmlsZU5vdEZvdW5kJztcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsYUFBd0I7QUFRakIsTUFBTSxvQkFBMEM7QUFBQSxFQUNyRCxZQUE2QixNQUFrQjtBQUFsQjtBQUFBLEVBQW1CO0FBQUEsRUFBbkI7QUFBQSxFQUU3QixJQUFJLE1BQTBCO0FBQzVCLFdBQU8sS0FBSyxLQUFLLEtBQUssRUFBRSxNQUFNLE9BQU8sSUFBSSxVQUFVLEdBQUcsQ0FBQztBQUFBLEVBQ3pEO0FBQUEsRUFFQSxNQUFNLFNBQVMsTUFBbUM7QUFDaEQsV0FBTyxPQUFPLFVBQVUsR0FBRyxTQUFTLEtBQUssSUFBSSxJQUFJLENBQUM7QUFBQSxFQUNwRDtBQUFBLEVBRUEsTUFBTSxVQUFVLE1BQWMsTUFBaUM7QUFFN0QsVUFBTSxPQUFPLFVBQVUsR0FBRyxVQUFVLEtBQUssSUFBSSxJQUFJLEdBQUcsSUFBSTtBQUFBLEVBQzFEO0FBQUEsRUFFQSxNQUFNLE9BQU8sTUFBYyxJQUEyQjtBQUNwRCxVQUFNLE9BQU8sVUFBVSxHQUFHLE9BQU8sS0FBSyxJQUFJLElBQUksR0FBRyxLQUFLLElBQUksRUFBRSxHQUFHLEVBQUUsV0FBVyxLQUFLLENBQUM7QUFBQSxFQUNwRjtBQUFBLEVBRUEsTUFBTSxPQUFPLE1BQWMsU0FBa0Q7QUFDM0UsUUFBSTtBQUNGLFlBQU0sT0FBTyxVQUFVLEdBQUcsT0FBTyxLQUFLLElBQUksSUFBSSxHQUFHLEVBQUUsV0FBVyxTQUFTLGFBQWEsT0FBTyxVQUFVLE1BQU0sQ0FBQztBQUFBLElBQzlHLFNBQVMsR0FBRztBQUNWLFVBQUksQ0FBQyxXQUFXLENBQUMsRUFBRyxPQUFNO0FBQUEsSUFDNUI7QUFBQSxFQUNGO0FBQUEsRUFFQSxNQUFNLEtBQUssTUFBNkM7QUFDdEQsUUFBSTtBQUNGLFlBQU0sSUFBSSxNQUFNLE9BQU8sVUFBVSxHQUFHLEtBQUssS0FBSyxJQUFJLElBQUksQ0FBQztBQUN2RCxhQUFPLEVBQUUsTUFBTSxFQUFFLE9BQU8sT0FBTyxTQUFTLFlBQVksY0FBYyxRQUFRLE1BQU0sRUFBRSxNQUFNLFNBQVMsRUFBRSxNQUFNO0FBQUEsSUFDM0csU0FBUyxHQUFHO0FBQ1YsVUFBSSxXQUFXLENBQUMsRUFBRyxRQUFPO0FBQzFCLFlBQU07QUFBQSxJQUNSO0FBQUEsRUFDRjtBQUFBLEVBRUEsTUFBTSxjQUFjLE1BQTRFO0FBQzlGLFFBQUk7QUFDRixZQUFNLFVBQVUsTUFBTSxPQUFPLFVBQVUsR0FBRyxjQUFjLEtBQUssSUFBSSxJQUFJLENBQUM7QUFDdEUsYUFBTyxRQUNKLE9BQU8sQ0FBQyxDQUFDLEVBQUUsQ0FBQyxNQUFNLEtBQUssT0FBTyxTQUFTLE9BQU8sT0FBTyxTQUFTLFVBQVUsRUFDeEUsSUFBSSxDQUFDLENBQUMsTUFBTSxDQUFDLE9BQU8sRUFBRSxNQUFNLE1BQU0sSUFBSSxPQUFPLFNBQVMsWUFBYSxjQUF5QixPQUFpQixFQUFFO0FBQUEsSUFDcEgsU0FBUyxHQUFHO0FBQ1YsVUFBSSxXQUFXLENBQUMsRUFBRyxRQUFPLENBQUM7QUFDM0IsWUFBTTtBQUFBLElBQ1I7QUFBQSxFQUNGO0FBQUEsRUFFQSxNQUFNLGdCQUFnQixNQUE2QjtBQUNqRCxVQUFNLE9BQU8sVUFBVSxHQUFHLGdCQUFnQixLQUFLLElBQUksSUFBSSxDQUFDO0FBQUEsRUFDMUQ7QUFDRjtBQUVBLFNBQVMsV0FBVyxHQUFxQjtBQUN2QyxTQUFPLGFBQWEsT0FBTyxtQkFBbUIsRUFBRSxTQUFTO0FBQzNEOyIsCiAgIm5hbWVzIjogW10KfQo=
