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
var liveDocument_exports = {};
__export(liveDocument_exports, {
  LIVE_SCHEME: () => LIVE_SCHEME,
  LiveDocuments: () => LiveDocuments
});
module.exports = __toCommonJS(liveDocument_exports);
var vscode = __toESM(require("vscode"));
var import_disposable = require("../disposable");
const LIVE_SCHEME = "story-writer-live";
class LiveDocuments extends import_disposable.Disposable {
  constructor(throttleMs = 100) {
    super();
    this.throttleMs = throttleMs;
    this._register(vscode.workspace.registerTextDocumentContentProvider(LIVE_SCHEME, this));
    this._register({ dispose: () => clearTimeout(this.timer) });
  }
  throttleMs;
  texts = /* @__PURE__ */ new Map();
  changed = this._register(new vscode.EventEmitter());
  onDidChange = this.changed.event;
  dirty = /* @__PURE__ */ new Set();
  timer;
  uriFor(target, label) {
    return vscode.Uri.from({ scheme: LIVE_SCHEME, path: target.path, query: encodeURIComponent(label) });
  }
  provideTextDocumentContent(uri) {
    return this.texts.get(uri.toString()) ?? "";
  }
  /** Opens the live document beside nothing in particular, keeping the writer's focus. */
  async open(uri, heading) {
    this.texts.set(uri.toString(), `${heading}

`);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.languages.setTextDocumentLanguage(doc, "markdown");
    await vscode.window.showTextDocument(doc, { preview: true, preserveFocus: true, viewColumn: vscode.ViewColumn.Active });
  }
  /** Replaces the text shown (throttled: several redraws a second, not one per chunk). */
  update(uri, text) {
    const key = uri.toString();
    if (!this.texts.has(key)) return;
    this.texts.set(key, text);
    this.dirty.add(key);
    this.timer ??= setTimeout(() => this.flush(), this.throttleMs);
  }
  close(uri) {
    this.texts.delete(uri.toString());
    this.dirty.delete(uri.toString());
  }
  flush() {
    this.timer = void 0;
    for (const key of this.dirty) this.changed.fire(vscode.Uri.parse(key));
    this.dirty.clear();
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  LIVE_SCHEME,
  LiveDocuments
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL3ZzY29kZS9ydW4vbGl2ZURvY3VtZW50LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgKiBhcyB2c2NvZGUgZnJvbSAndnNjb2RlJztcbmltcG9ydCB7IERpc3Bvc2FibGUgfSBmcm9tICcuLi9kaXNwb3NhYmxlJztcblxuZXhwb3J0IGNvbnN0IExJVkVfU0NIRU1FID0gJ3N0b3J5LXdyaXRlci1saXZlJztcblxuLyoqXG4gKiBTdHJlYW1zIGEgY2hhcHRlcidzIHByb3NlIGludG8gYSByZWFkLW9ubHkgZG9jdW1lbnQgd2hpbGUgaXQgaXMgd3JpdHRlbi4gVGhlIHJlYWwgZmlsZSBpc1xuICogb25seSB3cml0dGVuIChhdG9taWNhbGx5KSBieSB0aGUgZW5naW5lIHdoZW4gdGhlIGNoYXB0ZXIgaXMgZG9uZTsgdGhpcyBkb2N1bWVudCBzaG93cyB0aGVcbiAqIHRleHQgYXMgaXQgYXJyaXZlcyB3aXRob3V0IHRvdWNoaW5nIGFueSBmaWxlIG9yIHRha2luZyB0aGUgZm9jdXMgZnJvbSB0aGUgd3JpdGVyJ3MgZWRpdG9yLlxuICovXG5leHBvcnQgY2xhc3MgTGl2ZURvY3VtZW50cyBleHRlbmRzIERpc3Bvc2FibGUgaW1wbGVtZW50cyB2c2NvZGUuVGV4dERvY3VtZW50Q29udGVudFByb3ZpZGVyIHtcbiAgcHJpdmF0ZSByZWFkb25seSB0ZXh0cyA9IG5ldyBNYXA8c3RyaW5nLCBzdHJpbmc+KCk7XG4gIHByaXZhdGUgcmVhZG9ubHkgY2hhbmdlZCA9IHRoaXMuX3JlZ2lzdGVyKG5ldyB2c2NvZGUuRXZlbnRFbWl0dGVyPHZzY29kZS5Vcmk+KCkpO1xuICByZWFkb25seSBvbkRpZENoYW5nZSA9IHRoaXMuY2hhbmdlZC5ldmVudDtcbiAgcHJpdmF0ZSByZWFkb25seSBkaXJ0eSA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICBwcml2YXRlIHRpbWVyOiBOb2RlSlMuVGltZW91dCB8IHVuZGVmaW5lZDtcblxuICBjb25zdHJ1Y3Rvcihwcml2YXRlIHJlYWRvbmx5IHRocm90dGxlTXMgPSAxMDApIHtcbiAgICBzdXBlcigpO1xuICAgIHRoaXMuX3JlZ2lzdGVyKHZzY29kZS53b3Jrc3BhY2UucmVnaXN0ZXJUZXh0RG9jdW1lbnRDb250ZW50UHJvdmlkZXIoTElWRV9TQ0hFTUUsIHRoaXMpKTtcbiAgICB0aGlzLl9yZWdpc3Rlcih7IGRpc3Bvc2U6ICgpID0+IGNsZWFyVGltZW91dCh0aGlzLnRpbWVyKSB9KTtcbiAgfVxuXG4gIHVyaUZvcih0YXJnZXQ6IHZzY29kZS5VcmksIGxhYmVsOiBzdHJpbmcpOiB2c2NvZGUuVXJpIHtcbiAgICByZXR1cm4gdnNjb2RlLlVyaS5mcm9tKHsgc2NoZW1lOiBMSVZFX1NDSEVNRSwgcGF0aDogdGFyZ2V0LnBhdGgsIHF1ZXJ5OiBlbmNvZGVVUklDb21wb25lbnQobGFiZWwpIH0pO1xuICB9XG5cbiAgcHJvdmlkZVRleHREb2N1bWVudENvbnRlbnQodXJpOiB2c2NvZGUuVXJpKTogc3RyaW5nIHtcbiAgICByZXR1cm4gdGhpcy50ZXh0cy5nZXQodXJpLnRvU3RyaW5nKCkpID8/ICcnO1xuICB9XG5cbiAgLyoqIE9wZW5zIHRoZSBsaXZlIGRvY3VtZW50IGJlc2lkZSBub3RoaW5nIGluIHBhcnRpY3VsYXIsIGtlZXBpbmcgdGhlIHdyaXRlcidzIGZvY3VzLiAqL1xuICBhc3luYyBvcGVuKHVyaTogdnNjb2RlLlVyaSwgaGVhZGluZzogc3RyaW5nKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgdGhpcy50ZXh0cy5zZXQodXJpLnRvU3RyaW5nKCksIGAke2hlYWRpbmd9XFxuXFxuYCk7XG4gICAgY29uc3QgZG9jID0gYXdhaXQgdnNjb2RlLndvcmtzcGFjZS5vcGVuVGV4dERvY3VtZW50KHVyaSk7XG4gICAgYXdhaXQgdnNjb2RlLmxhbmd1YWdlcy5zZXRUZXh0RG9jdW1lbnRMYW5ndWFnZShkb2MsICdtYXJrZG93bicpO1xuICAgIGF3YWl0IHZzY29kZS53aW5kb3cuc2hvd1RleHREb2N1bWVudChkb2MsIHsgcHJldmlldzogdHJ1ZSwgcHJlc2VydmVGb2N1czogdHJ1ZSwgdmlld0NvbHVtbjogdnNjb2RlLlZpZXdDb2x1bW4uQWN0aXZlIH0pO1xuICB9XG5cbiAgLyoqIFJlcGxhY2VzIHRoZSB0ZXh0IHNob3duICh0aHJvdHRsZWQ6IHNldmVyYWwgcmVkcmF3cyBhIHNlY29uZCwgbm90IG9uZSBwZXIgY2h1bmspLiAqL1xuICB1cGRhdGUodXJpOiB2c2NvZGUuVXJpLCB0ZXh0OiBzdHJpbmcpOiB2b2lkIHtcbiAgICBjb25zdCBrZXkgPSB1cmkudG9TdHJpbmcoKTtcbiAgICBpZiAoIXRoaXMudGV4dHMuaGFzKGtleSkpIHJldHVybjtcbiAgICB0aGlzLnRleHRzLnNldChrZXksIHRleHQpO1xuICAgIHRoaXMuZGlydHkuYWRkKGtleSk7XG4gICAgdGhpcy50aW1lciA/Pz0gc2V0VGltZW91dCgoKSA9PiB0aGlzLmZsdXNoKCksIHRoaXMudGhyb3R0bGVNcyk7XG4gIH1cblxuICBjbG9zZSh1cmk6IHZzY29kZS5VcmkpOiB2b2lkIHtcbiAgICB0aGlzLnRleHRzLmRlbGV0ZSh1cmkudG9TdHJpbmcoKSk7XG4gICAgdGhpcy5kaXJ0eS5kZWxldGUodXJpLnRvU3RyaW5nKCkpO1xuICB9XG5cbiAgcHJpdmF0ZSBmbHVzaCgpOiB2b2lkIHtcbiAgICB0aGlzLnRpbWVyID0gdW5kZWZpbmVkO1xuICAgIGZvciAoY29uc3Qga2V5IG9mIHRoaXMuZGlydHkpIHRoaXMuY2hhbmdlZC5maXJlKHZzY29kZS5VcmkucGFyc2Uoa2V5KSk7XG4gICAgdGhpcy5kaXJ0eS5jbGVhcigpO1xuICB9XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsYUFBd0I7QUFDeEIsd0JBQTJCO0FBRXBCLE1BQU0sY0FBYztBQU9wQixNQUFNLHNCQUFzQiw2QkFBeUQ7QUFBQSxFQU8xRixZQUE2QixhQUFhLEtBQUs7QUFDN0MsVUFBTTtBQURxQjtBQUUzQixTQUFLLFVBQVUsT0FBTyxVQUFVLG9DQUFvQyxhQUFhLElBQUksQ0FBQztBQUN0RixTQUFLLFVBQVUsRUFBRSxTQUFTLE1BQU0sYUFBYSxLQUFLLEtBQUssRUFBRSxDQUFDO0FBQUEsRUFDNUQ7QUFBQSxFQUo2QjtBQUFBLEVBTlosUUFBUSxvQkFBSSxJQUFvQjtBQUFBLEVBQ2hDLFVBQVUsS0FBSyxVQUFVLElBQUksT0FBTyxhQUF5QixDQUFDO0FBQUEsRUFDdEUsY0FBYyxLQUFLLFFBQVE7QUFBQSxFQUNuQixRQUFRLG9CQUFJLElBQVk7QUFBQSxFQUNqQztBQUFBLEVBUVIsT0FBTyxRQUFvQixPQUEyQjtBQUNwRCxXQUFPLE9BQU8sSUFBSSxLQUFLLEVBQUUsUUFBUSxhQUFhLE1BQU0sT0FBTyxNQUFNLE9BQU8sbUJBQW1CLEtBQUssRUFBRSxDQUFDO0FBQUEsRUFDckc7QUFBQSxFQUVBLDJCQUEyQixLQUF5QjtBQUNsRCxXQUFPLEtBQUssTUFBTSxJQUFJLElBQUksU0FBUyxDQUFDLEtBQUs7QUFBQSxFQUMzQztBQUFBO0FBQUEsRUFHQSxNQUFNLEtBQUssS0FBaUIsU0FBZ0M7QUFDMUQsU0FBSyxNQUFNLElBQUksSUFBSSxTQUFTLEdBQUcsR0FBRyxPQUFPO0FBQUE7QUFBQSxDQUFNO0FBQy9DLFVBQU0sTUFBTSxNQUFNLE9BQU8sVUFBVSxpQkFBaUIsR0FBRztBQUN2RCxVQUFNLE9BQU8sVUFBVSx3QkFBd0IsS0FBSyxVQUFVO0FBQzlELFVBQU0sT0FBTyxPQUFPLGlCQUFpQixLQUFLLEVBQUUsU0FBUyxNQUFNLGVBQWUsTUFBTSxZQUFZLE9BQU8sV0FBVyxPQUFPLENBQUM7QUFBQSxFQUN4SDtBQUFBO0FBQUEsRUFHQSxPQUFPLEtBQWlCLE1BQW9CO0FBQzFDLFVBQU0sTUFBTSxJQUFJLFNBQVM7QUFDekIsUUFBSSxDQUFDLEtBQUssTUFBTSxJQUFJLEdBQUcsRUFBRztBQUMxQixTQUFLLE1BQU0sSUFBSSxLQUFLLElBQUk7QUFDeEIsU0FBSyxNQUFNLElBQUksR0FBRztBQUNsQixTQUFLLFVBQVUsV0FBVyxNQUFNLEtBQUssTUFBTSxHQUFHLEtBQUssVUFBVTtBQUFBLEVBQy9EO0FBQUEsRUFFQSxNQUFNLEtBQXVCO0FBQzNCLFNBQUssTUFBTSxPQUFPLElBQUksU0FBUyxDQUFDO0FBQ2hDLFNBQUssTUFBTSxPQUFPLElBQUksU0FBUyxDQUFDO0FBQUEsRUFDbEM7QUFBQSxFQUVRLFFBQWM7QUFDcEIsU0FBSyxRQUFRO0FBQ2IsZUFBVyxPQUFPLEtBQUssTUFBTyxNQUFLLFFBQVEsS0FBSyxPQUFPLElBQUksTUFBTSxHQUFHLENBQUM7QUFDckUsU0FBSyxNQUFNLE1BQU07QUFBQSxFQUNuQjtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
