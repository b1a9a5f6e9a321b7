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
var storyCatalog_exports = {};
__export(storyCatalog_exports, {
  StoryCatalog: () => StoryCatalog
});
module.exports = __toCommonJS(storyCatalog_exports);
var import_node_path = require("node:path");
var vscode = __toESM(require("vscode"));
var import_discoverStories = require("../core/story/discoverStories");
var import_state = require("../core/workflow/state");
var import_disposable = require("./disposable");
var import_workspaceFileSystem = require("./workspaceFileSystem");
class StoryCatalog extends import_disposable.Disposable {
  constructor(getSettings, log) {
    super();
    this.getSettings = getSettings;
    this.log = log;
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.rewatch()));
    this._register({ dispose: () => this.disposeWatchers() });
    this._register({ dispose: () => clearTimeout(this.refreshTimer) });
    this.rewatch();
  }
  getSettings;
  log;
  entries = [];
  changed = this._register(new vscode.EventEmitter());
  onDidChange = this.changed.event;
  refreshTimer;
  refreshing;
  watchers = [];
  get stories() {
    return this.entries;
  }
  find(storyDirOrId) {
    return this.entries.find((e) => e.story.id === storyDirOrId || e.story.storyDir === storyDirOrId);
  }
  /** The story a file belongs to (the active editor's, for commands). */
  storyOf(uri) {
    return this.entries.find((e) => uri.scheme === e.story.folder.uri.scheme && (uri.path === e.story.storyDir || uri.path.startsWith(`${e.story.storyDir}/`)));
  }
  /** The `story.folder` setting: where stories live inside each workspace folder. */
  getStoriesFolder() {
    return this.getSettings()["story.folder"];
  }
  storiesRoot(folder) {
    return import_node_path.posix.join(folder.uri.path, this.getStoriesFolder());
  }
  /** Re-reads every story now (coalescing concurrent calls). */
  refresh() {
    this.refreshing ??= this.load().finally(() => this.refreshing = void 0);
    return this.refreshing;
  }
  /** Re-reads soon: file events come in bursts while a run writes. */
  scheduleRefresh(delayMs = 150) {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh(), delayMs);
  }
  rewatch() {
    this.disposeWatchers();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const pattern = new vscode.RelativePattern(folder, `${this.getSettings()["story.folder"]}/**/*.md`);
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      const onEvent = () => this.scheduleRefresh();
      this.watchers.push(watcher, watcher.onDidChange(onEvent), watcher.onDidCreate(onEvent), watcher.onDidDelete(onEvent));
    }
    this.scheduleRefresh(0);
  }
  disposeWatchers() {
    for (const w of this.watchers.splice(0)) w.dispose();
  }
  async load() {
    const draftMode = this.getSettings()["workflow.draftMode"];
    const next = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const fs = new import_workspaceFileSystem.WorkspaceFileSystem(folder.uri);
      try {
        for (const loc of await (0, import_discoverStories.discoverStories)(fs, this.storiesRoot(folder))) {
          const story = { id: folder.uri.with({ path: loc.storyDir }).toString(), name: loc.name, storyDir: loc.storyDir, folder, fs, uri: (p) => fs.uri(p) };
          next.push({ story, state: await (0, import_state.computeStoryState)(fs, loc.storyDir, { draftMode }) });
        }
      } catch (e) {
        this.log.warn("Could not read stories", { folder: folder.name, error: String(e) });
      }
    }
    this.entries = next;
    this.changed.fire();
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  StoryCatalog
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3ZzY29kZS9zdG9yeUNhdGFsb2cudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCB7IHBvc2l4IH0gZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCAqIGFzIHZzY29kZSBmcm9tICd2c2NvZGUnO1xuaW1wb3J0IHR5cGUgeyBTZXR0aW5ncyB9IGZyb20gJy4uL2NvcmUvY29uZmlnL3NldHRpbmdzJztcbmltcG9ydCB0eXBlIHsgTG9nZ2VyIH0gZnJvbSAnLi4vY29yZS9wb3J0cyc7XG5pbXBvcnQgeyBkaXNjb3ZlclN0b3JpZXMgfSBmcm9tICcuLi9jb3JlL3N0b3J5L2Rpc2NvdmVyU3Rvcmllcyc7XG5pbXBvcnQgeyBjb21wdXRlU3RvcnlTdGF0ZSwgdHlwZSBTdG9yeVN0YXRlIH0gZnJvbSAnLi4vY29yZS93b3JrZmxvdy9zdGF0ZSc7XG5pbXBvcnQgeyBEaXNwb3NhYmxlIH0gZnJvbSAnLi9kaXNwb3NhYmxlJztcbmltcG9ydCB7IFdvcmtzcGFjZUZpbGVTeXN0ZW0gfSBmcm9tICcuL3dvcmtzcGFjZUZpbGVTeXN0ZW0nO1xuXG4vKiogQSBzdG9yeSBmb2xkZXIgaW4gb25lIHdvcmtzcGFjZSBmb2xkZXIsIHdpdGggdGhlIGZpbGUgc3lzdGVtIHRoYXQgcmVhY2hlcyBpdC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgU3RvcnlSZWYge1xuICByZWFkb25seSBpZDogc3RyaW5nO1xuICByZWFkb25seSBuYW1lOiBzdHJpbmc7XG4gIHJlYWRvbmx5IHN0b3J5RGlyOiBzdHJpbmc7XG4gIHJlYWRvbmx5IGZvbGRlcjogdnNjb2RlLldvcmtzcGFjZUZvbGRlcjtcbiAgcmVhZG9ubHkgZnM6IFdvcmtzcGFjZUZpbGVTeXN0ZW07XG4gIHVyaShwYXRoOiBzdHJpbmcpOiB2c2NvZGUuVXJpO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFN0b3J5RW50cnkge1xuICByZWFkb25seSBzdG9yeTogU3RvcnlSZWY7XG4gIHJlYWRvbmx5IHN0YXRlOiBTdG9yeVN0YXRlO1xufVxuXG4vKipcbiAqIEV2ZXJ5IHN0b3J5IGluIGV2ZXJ5IHdvcmtzcGFjZSBmb2xkZXIgKG11bHRpLXJvb3QgYXdhcmUpLCB3aXRoIGl0cyBjb21wdXRlZCBzdGF0ZS4gUmVmcmVzaGVzXG4gKiB3aGVuIHN0b3J5IGZpbGVzIGNoYW5nZSBvbiBkaXNrLCBkZWJvdW5jZWQgc28gYSBidXJzdCBvZiB3cml0ZXMgcmVkcmF3cyBvbmNlLlxuICovXG5leHBvcnQgY2xhc3MgU3RvcnlDYXRhbG9nIGV4dGVuZHMgRGlzcG9zYWJsZSB7XG4gIHByaXZhdGUgZW50cmllczogU3RvcnlFbnRyeVtdID0gW107XG4gIHByaXZhdGUgcmVhZG9ubHkgY2hhbmdlZCA9IHRoaXMuX3JlZ2lzdGVyKG5ldyB2c2NvZGUuRXZlbnRFbWl0dGVyPHZvaWQ+KCkpO1xuICByZWFkb25seSBvbkRpZENoYW5nZSA9IHRoaXMuY2hhbmdlZC5ldmVudDtcbiAgcHJpdmF0ZSByZWZyZXNoVGltZXI6IE5vZGVKUy5UaW1lb3V0IHwgdW5kZWZpbmVkO1xuICBwcml2YXRlIHJlZnJlc2hpbmc6IFByb21pc2U8dm9pZD4gfCB1bmRlZmluZWQ7XG4gIHByaXZhdGUgd2F0Y2hlcnM6IHZzY29kZS5EaXNwb3NhYmxlW10gPSBbXTtcblxuICBjb25zdHJ1Y3RvcihcbiAgICBwcml2YXRlIHJlYWRvbmx5IGdldFNldHRpbmdzOiAoKSA9PiBTZXR0aW5ncyxcbiAgICBwcml2YXRlIHJlYWRvbmx5IGxvZzogTG9nZ2VyLFxuICApIHtcbiAgICBzdXBlcigpO1xuICAgIHRoaXMuX3JlZ2lzdGVyKHZzY29kZS53b3Jrc3BhY2Uub25EaWRDaGFuZ2VXb3Jrc3BhY2VGb2xkZXJzKCgpID0+IHRoaXMucmV3YXRjaCgpKSk7XG4gICAgdGhpcy5fcmVnaXN0ZXIoeyBkaXNwb3NlOiAoKSA9PiB0aGlzLmRpc3Bvc2VXYXRjaGVycygpIH0pO1xuICAgIHRoaXMuX3JlZ2lzdGVyKHsgZGlzcG9zZTogKCkgPT4gY2xlYXJUaW1lb3V0KHRoaXMucmVmcmVzaFRpbWVyKSB9KTtcbiAgICB0aGlzLnJld2F0Y2goKTtcbiAgfVxuXG4gIGdldCBzdG9yaWVzKCk6IHJlYWRvbmx5IFN0b3J5RW50cnlbXSB7XG4gICAgcmV0dXJuIHRoaXMuZW50cmllcztcbiAgfVxuXG4gIGZpbmQoc3RvcnlEaXJPcklkOiBzdHJpbmcpOiBTdG9yeUVudHJ5IHwgdW5kZWZpbmVkIHtcbiAgICByZXR1cm4gdGhpcy5lbnRyaWVzLmZpbmQoKGUpID0+IGUuc3RvcnkuaWQgPT09IHN0b3J5RGlyT3JJZCB8fCBlLnN0b3J5LnN0b3J5RGlyID09PSBzdG9yeURpck9ySWQpO1xuICB9XG5cbiAgLyoqIFRoZSBzdG9yeSBhIGZpbGUgYmVsb25ncyB0byAodGhlIGFjdGl2ZSBlZGl0b3IncywgZm9yIGNvbW1hbmRzKS4gKi9cbiAgc3RvcnlPZih1cmk6IHZzY29kZS5VcmkpOiBTdG9yeUVudHJ5IHwgdW5kZWZpbmVkIHtcbiAgICByZXR1cm4gdGhpcy5lbnRyaWVzLmZpbmQoKGUpID0+IHVyaS5zY2hlbWUgPT09IGUuc3RvcnkuZm9sZGVyLnVyaS5zY2hlbWUgJiYgKHVyaS5wYXRoID09PSBlLnN0b3J5LnN0b3J5RGlyIHx8IHVyaS5wYXRoLnN0YXJ0c1dpdGgoYCR7ZS5zdG9yeS5zdG9yeURpcn0vYCkpKTtcbiAgfVxuXG4gIC8qKiBUaGUgYHN0b3J5LmZvbGRlcmAgc2V0dGluZzogd2hlcmUgc3RvcmllcyBsaXZlIGluc2lkZSBlYWNoIHdvcmtzcGFjZSBmb2xkZXIuICovXG4gIGdldFN0b3JpZXNGb2xkZXIoKTogc3RyaW5nIHtcbiAgICByZXR1cm4gdGhpcy5nZXRTZXR0aW5ncygpWydzdG9yeS5mb2xkZXInXTtcbiAgfVxuXG4gIHN0b3JpZXNSb290KGZvbGRlcjogdnNjb2RlLldvcmtzcGFjZUZvbGRlcik6IHN0cmluZyB7XG4gICAgcmV0dXJuIHBvc2l4LmpvaW4oZm9sZGVyLnVyaS5wYXRoLCB0aGlzLmdldFN0b3JpZXNGb2xkZXIoKSk7XG4gIH1cblxuICAvKiogUmUtcmVhZHMgZXZlcnkgc3Rvcnkgbm93IChjb2FsZXNjaW5nIGNvbmN1cnJlbnQgY2FsbHMpLiAqL1xuICByZWZyZXNoKCk6IFByb21pc2U8dm9pZD4ge1xuICAgIHRoaXMucmVmcmVzaGluZyA/Pz0gdGhpcy5sb2FkKCkuZmluYWxseSgoKSA9PiAodGhpcy5yZWZyZXNoaW5nID0gdW5kZWZpbmVkKSk7XG4gICAgcmV0dXJuIHRoaXMucmVmcmVzaGluZztcbiAgfVxuXG4gIC8qKiBSZS1yZWFkcyBzb29uOiBmaWxlIGV2ZW50cyBjb21lIGluIGJ1cnN0cyB3aGlsZSBhIHJ1biB3cml0ZXMuICovXG4gIHNjaGVkdWxlUmVmcmVzaChkZWxheU1zID0gMTUwKTogdm9pZCB7XG4gICAgY2xlYXJUaW1lb3V0KHRoaXMucmVmcmVzaFRpbWVyKTtcbiAgICB0aGlzLnJlZnJlc2hUaW1lciA9IHNldFRpbWVvdXQoKCkgPT4gdm9pZCB0aGlzLnJlZnJlc2goKSwgZGVsYXlNcyk7XG4gIH1cblxuICByZXdhdGNoKCk6IHZvaWQge1xuICAgIHRoaXMuZGlzcG9zZVdhdGNoZXJzKCk7XG4gICAgZm9yIChjb25zdCBmb2xkZXIgb2YgdnNjb2RlLndvcmtzcGFjZS53b3Jrc3BhY2VGb2xkZXJzID8/IFtdKSB7XG4gICAgICBjb25zdCBwYXR0ZXJuID0gbmV3IHZzY29kZS5SZWxhdGl2ZVBhdHRlcm4oZm9sZGVyLCBgJHt0aGlzLmdldFNldHRpbmdzKClbJ3N0b3J5LmZvbGRlciddfS8qKi8qLm1kYCk7XG4gICAgICBjb25zdCB3YXRjaGVyID0gdnNjb2RlLndvcmtzcGFjZS5jcmVhdGVGaWxlU3lzdGVtV2F0Y2hlcihwYXR0ZXJuKTtcbiAgICAgIGNvbnN0IG9uRXZlbnQgPSAoKSA9PiB0aGlzLnNjaGVkdWxlUmVmcmVzaCgpO1xuICAgICAgdGhpcy53YXRjaGVycy5wdXNoKHdhdGNoZXIsIHdhdGNoZXIub25EaWRDaGFuZ2Uob25FdmVudCksIHdhdGNoZXIub25EaWRDcmVhdGUob25FdmVudCksIHdhdGNoZXIub25EaWREZWxldGUob25FdmVudCkpO1xuICAgIH1cbiAgICB0aGlzLnNjaGVkdWxlUmVmcmVzaCgwKTtcbiAgfVxuXG4gIHByaXZhdGUgZGlzcG9zZVdhdGNoZXJzKCk6IHZvaWQge1xuICAgIGZvciAoY29uc3QgdyBvZiB0aGlzLndhdGNoZXJzLnNwbGljZSgwKSkgdy5kaXNwb3NlKCk7XG4gIH1cblxuICBwcml2YXRlIGFzeW5jIGxvYWQoKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgY29uc3QgZHJhZnRNb2RlID0gdGhpcy5nZXRTZXR0aW5ncygpWyd3b3JrZmxvdy5kcmFmdE1vZGUnXTtcbiAgICBjb25zdCBuZXh0OiBTdG9yeUVudHJ5W10gPSBbXTtcbiAgICBmb3IgKGNvbnN0IGZvbGRlciBvZiB2c2NvZGUud29ya3NwYWNlLndvcmtzcGFjZUZvbGRlcnMgPz8gW10pIHtcbiAgICAgIGNvbnN0IGZzID0gbmV3IFdvcmtzcGFjZUZpbGVTeXN0ZW0oZm9sZGVyLnVyaSk7XG4gICAgICB0cnkge1xuICAgICAgICBmb3IgKGNvbnN0IGxvYyBvZiBhd2FpdCBkaXNjb3ZlclN0b3JpZXMoZnMsIHRoaXMuc3Rvcmllc1Jvb3QoZm9sZGVyKSkpIHtcbiAgICAgICAgICBjb25zdCBzdG9yeTogU3RvcnlSZWYgPSB7IGlkOiBmb2xkZXIudXJpLndpdGgoeyBwYXRoOiBsb2Muc3RvcnlEaXIgfSkudG9TdHJpbmcoKSwgbmFtZTogbG9jLm5hbWUsIHN0b3J5RGlyOiBsb2Muc3RvcnlEaXIsIGZvbGRlciwgZnMsIHVyaTogKHApID0+IGZzLnVyaShwKSB9O1xuICAgICAgICAgIG5leHQucHVzaCh7IHN0b3J5LCBzdGF0ZTogYXdhaXQgY29tcHV0ZVN0b3J5U3RhdGUoZnMsIGxvYy5zdG9yeURpciwgeyBkcmFmdE1vZGUgfSkgfSk7XG4gICAgICAgIH1cbiAgICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgICAgdGhpcy5sb2cud2FybignQ291bGQgbm90IHJlYWQgc3RvcmllcycsIHsgZm9sZGVyOiBmb2xkZXIubmFtZSwgZXJyb3I6IFN0cmluZyhlKSB9KTtcbiAgICAgIH1cbiAgICB9XG4gICAgdGhpcy5lbnRyaWVzID0gbmV4dDtcbiAgICB0aGlzLmNoYW5nZWQuZmlyZSgpO1xuICB9XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLHVCQUFzQjtBQUN0QixhQUF3QjtBQUd4Qiw2QkFBZ0M7QUFDaEMsbUJBQW1EO0FBQ25ELHdCQUEyQjtBQUMzQixpQ0FBb0M7QUFxQjdCLE1BQU0scUJBQXFCLDZCQUFXO0FBQUEsRUFRM0MsWUFDbUIsYUFDQSxLQUNqQjtBQUNBLFVBQU07QUFIVztBQUNBO0FBR2pCLFNBQUssVUFBVSxPQUFPLFVBQVUsNEJBQTRCLE1BQU0sS0FBSyxRQUFRLENBQUMsQ0FBQztBQUNqRixTQUFLLFVBQVUsRUFBRSxTQUFTLE1BQU0sS0FBSyxnQkFBZ0IsRUFBRSxDQUFDO0FBQ3hELFNBQUssVUFBVSxFQUFFLFNBQVMsTUFBTSxhQUFhLEtBQUssWUFBWSxFQUFFLENBQUM7QUFDakUsU0FBSyxRQUFRO0FBQUEsRUFDZjtBQUFBLEVBUm1CO0FBQUEsRUFDQTtBQUFBLEVBVFgsVUFBd0IsQ0FBQztBQUFBLEVBQ2hCLFVBQVUsS0FBSyxVQUFVLElBQUksT0FBTyxhQUFtQixDQUFDO0FBQUEsRUFDaEUsY0FBYyxLQUFLLFFBQVE7QUFBQSxFQUM1QjtBQUFBLEVBQ0E7QUFBQSxFQUNBLFdBQWdDLENBQUM7QUFBQSxFQWF6QyxJQUFJLFVBQWlDO0FBQ25DLFdBQU8sS0FBSztBQUFBLEVBQ2Q7QUFBQSxFQUVBLEtBQUssY0FBOEM7QUFDakQsV0FBTyxLQUFLLFFBQVEsS0FBSyxDQUFDLE1BQU0sRUFBRSxNQUFNLE9BQU8sZ0JBQWdCLEVBQUUsTUFBTSxhQUFhLFlBQVk7QUFBQSxFQUNsRztBQUFBO0FBQUEsRUFHQSxRQUFRLEtBQXlDO0FBQy9DLFdBQU8sS0FBSyxRQUFRLEtBQUssQ0FBQyxNQUFNLElBQUksV0FBVyxFQUFFLE1BQU0sT0FBTyxJQUFJLFdBQVcsSUFBSSxTQUFTLEVBQUUsTUFBTSxZQUFZLElBQUksS0FBSyxXQUFXLEdBQUcsRUFBRSxNQUFNLFFBQVEsR0FBRyxFQUFFO0FBQUEsRUFDNUo7QUFBQTtBQUFBLEVBR0EsbUJBQTJCO0FBQ3pCLFdBQU8sS0FBSyxZQUFZLEVBQUUsY0FBYztBQUFBLEVBQzFDO0FBQUEsRUFFQSxZQUFZLFFBQXdDO0FBQ2xELFdBQU8sdUJBQU0sS0FBSyxPQUFPLElBQUksTUFBTSxLQUFLLGlCQUFpQixDQUFDO0FBQUEsRUFDNUQ7QUFBQTtBQUFBLEVBR0EsVUFBeUI7QUFDdkIsU0FBSyxlQUFlLEtBQUssS0FBSyxFQUFFLFFBQVEsTUFBTyxLQUFLLGFBQWEsTUFBVTtBQUMzRSxXQUFPLEtBQUs7QUFBQSxFQUNkO0FBQUE7QUFBQSxFQUdBLGdCQUFnQixVQUFVLEtBQVc7QUFDbkMsaUJBQWEsS0FBSyxZQUFZO0FBQzlCLFNBQUssZUFBZSxXQUFXLE1BQU0sS0FBSyxLQUFLLFFBQVEsR0FBRyxPQUFPO0FBQUEsRUFDbkU7QUFBQSxFQUVBLFVBQWdCO0FBQ2QsU0FBSyxnQkFBZ0I7QUFDckIsZUFBVyxVQUFVLE9BQU8sVUFBVSxvQkFBb0IsQ0FBQyxHQUFHO0FBQzVELFlBQU0sVUFBVSxJQUFJLE9BQU8sZ0JBQWdCLFFBQVEsR0FBRyxLQUFLLFlBQVksRUFBRSxjQUFjLENBQUMsVUFBVTtBQUNsRyxZQUFNLFVBQVUsT0FBTyxVQUFVLHdCQUF3QixPQUFPO0FBQ2hFLFlBQU0sVUFBVSxNQUFNLEtBQUssZ0JBQWdCO0FBQzNDLFdBQUssU0FBUyxLQUFLLFNBQVMsUUFBUSxZQUFZLE9BQU8sR0FBRyxRQUFRLFlBQVksT0FBTyxHQUFHLFFBQVEsWUFBWSxPQUFPLENBQUM7QUFBQSxJQUN0SDtBQUNBLFNBQUssZ0JBQWdCLENBQUM7QUFBQSxFQUN4QjtBQUFBLEVBRVEsa0JBQXdCO0FBQzlCLGVBQVcsS0FBSyxLQUFLLFNBQVMsT0FBTyxDQUFDLEVBQUcsR0FBRSxRQUFRO0FBQUEsRUFDckQ7QUFBQSxFQUVBLE1BQWMsT0FBc0I7QUFDbEMsVUFBTSxZQUFZLEtBQUssWUFBWSxFQUFFLG9CQUFvQjtBQUN6RCxVQUFNLE9BQXFCLENBQUM7QUFDNUIsZUFBVyxVQUFVLE9BQU8sVUFBVSxvQkFBb0IsQ0FBQyxHQUFHO0FBQzVELFlBQU0sS0FBSyxJQUFJLCtDQUFvQixPQUFPLEdBQUc7QUFDN0MsVUFBSTtBQUNGLG1CQUFXLE9BQU8sVUFBTSx3Q0FBZ0IsSUFBSSxLQUFLLFlBQVksTUFBTSxDQUFDLEdBQUc7QUFDckUsZ0JBQU0sUUFBa0IsRUFBRSxJQUFJLE9BQU8sSUFBSSxLQUFLLEVBQUUsTUFBTSxJQUFJLFNBQVMsQ0FBQyxFQUFFLFNBQVMsR0FBRyxNQUFNLElBQUksTUFBTSxVQUFVLElBQUksVUFBVSxRQUFRLElBQUksS0FBSyxDQUFDLE1BQU0sR0FBRyxJQUFJLENBQUMsRUFBRTtBQUM1SixlQUFLLEtBQUssRUFBRSxPQUFPLE9BQU8sVUFBTSxnQ0FBa0IsSUFBSSxJQUFJLFVBQVUsRUFBRSxVQUFVLENBQUMsRUFBRSxDQUFDO0FBQUEsUUFDdEY7QUFBQSxNQUNGLFNBQVMsR0FBRztBQUNWLGFBQUssSUFBSSxLQUFLLDBCQUEwQixFQUFFLFFBQVEsT0FBTyxNQUFNLE9BQU8sT0FBTyxDQUFDLEVBQUUsQ0FBQztBQUFBLE1BQ25GO0FBQUEsSUFDRjtBQUNBLFNBQUssVUFBVTtBQUNmLFNBQUssUUFBUSxLQUFLO0FBQUEsRUFDcEI7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
