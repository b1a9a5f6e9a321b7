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
var statusBar_exports = {};
__export(statusBar_exports, {
  RunStatusBar: () => RunStatusBar
});
module.exports = __toCommonJS(statusBar_exports);
var vscode = __toESM(require("vscode"));
var import_disposable = require("../disposable");
class RunStatusBar extends import_disposable.Disposable {
  constructor(service) {
    super();
    this.service = service;
    this.item.name = "Story Writer";
    this.item.command = "storyWriter.showStatistics";
    this._register({ dispose: () => clearInterval(this.ticker) });
  }
  service;
  item = this._register(vscode.window.createStatusBarItem("storyWriter.run", vscode.StatusBarAlignment.Left, 50));
  ticker;
  last;
  story = "";
  start(entry) {
    this.story = entry.state.brief?.ok ? entry.state.brief.brief.title : entry.story.name;
    this.last = void 0;
    this.render();
    this.item.show();
    this.ticker = setInterval(() => this.render(), 1e3);
  }
  progress(event) {
    this.last = event;
    this.render();
  }
  stop() {
    clearInterval(this.ticker);
    this.ticker = void 0;
    this.item.hide();
  }
  render() {
    const stats = this.service.getStatistics();
    const e = this.last;
    const words = e?.words ? ` \xB7 ${e.words.toLocaleString("en-US")} words` : "";
    const requests = ` \xB7 ${stats.requests} requests`;
    if (stats.rateLimitedForMs > 0) {
      this.item.text = `$(watch) Rate limited \u2014 retrying in ${Math.ceil(stats.rateLimitedForMs / 1e3)} s`;
      this.item.backgroundColor = new vscode.ThemeColor("statusBarItem.warningBackground");
    } else {
      const where = e ? `${e.stage}${e.chapter !== void 0 && e.total ? ` ${e.index ?? "?"}/${e.total}` : ""}` : "starting";
      this.item.text = `$(loading~spin) Story: ${where}${words}${requests}`;
      this.item.backgroundColor = void 0;
    }
    this.item.tooltip = `Story Writer is writing \u201C${this.story}\u201D. Click for statistics; Story: Cancel stops (text so far is kept).`;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  RunStatusBar
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL3ZzY29kZS9ydW4vc3RhdHVzQmFyLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgKiBhcyB2c2NvZGUgZnJvbSAndnNjb2RlJztcbmltcG9ydCB0eXBlIHsgUHJvZ3Jlc3NFdmVudCB9IGZyb20gJy4uLy4uL2NvcmUvd29ya2Zsb3cvcHJvZ3Jlc3MnO1xuaW1wb3J0IHR5cGUgeyBHZW1pbmlTZXJ2aWNlIH0gZnJvbSAnLi4vLi4vZ2VtaW5pJztcbmltcG9ydCB7IERpc3Bvc2FibGUgfSBmcm9tICcuLi9kaXNwb3NhYmxlJztcbmltcG9ydCB0eXBlIHsgU3RvcnlFbnRyeSB9IGZyb20gJy4uL3N0b3J5Q2F0YWxvZyc7XG5cbi8qKlxuICogVGhlIHN0YXR1cyBiYXIgaXRlbSBvZiBhIHJ1bjogd2hhdCBpcyBiZWluZyB3cml0dGVuLCB3b3JkcyBhbmQgcmVxdWVzdHMgc28gZmFyLCBhbmQgd2hpbGUgYVxuICogNDI5IHBhdXNlcyB0aGUgbGltaXRlciwgdGhlIGNvdW50ZG93biAoXCJSYXRlIGxpbWl0ZWQgXHUyMDE0IHJldHJ5aW5nIGluIDEyIHNcIikuIENsaWNraW5nIGl0IG9wZW5zIHRoZVxuICogc3RhdGlzdGljcy5cbiAqL1xuZXhwb3J0IGNsYXNzIFJ1blN0YXR1c0JhciBleHRlbmRzIERpc3Bvc2FibGUge1xuICBwcml2YXRlIHJlYWRvbmx5IGl0ZW0gPSB0aGlzLl9yZWdpc3Rlcih2c2NvZGUud2luZG93LmNyZWF0ZVN0YXR1c0Jhckl0ZW0oJ3N0b3J5V3JpdGVyLnJ1bicsIHZzY29kZS5TdGF0dXNCYXJBbGlnbm1lbnQuTGVmdCwgNTApKTtcbiAgcHJpdmF0ZSB0aWNrZXI6IE5vZGVKUy5UaW1lb3V0IHwgdW5kZWZpbmVkO1xuICBwcml2YXRlIGxhc3Q6IFByb2dyZXNzRXZlbnQgfCB1bmRlZmluZWQ7XG4gIHByaXZhdGUgc3RvcnkgPSAnJztcblxuICBjb25zdHJ1Y3Rvcihwcml2YXRlIHJlYWRvbmx5IHNlcnZpY2U6IEdlbWluaVNlcnZpY2UpIHtcbiAgICBzdXBlcigpO1xuICAgIHRoaXMuaXRlbS5uYW1lID0gJ1N0b3J5IFdyaXRlcic7XG4gICAgdGhpcy5pdGVtLmNvbW1hbmQgPSAnc3RvcnlXcml0ZXIuc2hvd1N0YXRpc3RpY3MnO1xuICAgIHRoaXMuX3JlZ2lzdGVyKHsgZGlzcG9zZTogKCkgPT4gY2xlYXJJbnRlcnZhbCh0aGlzLnRpY2tlcikgfSk7XG4gIH1cblxuICBzdGFydChlbnRyeTogU3RvcnlFbnRyeSk6IHZvaWQge1xuICAgIHRoaXMuc3RvcnkgPSBlbnRyeS5zdGF0ZS5icmllZj8ub2sgPyBlbnRyeS5zdGF0ZS5icmllZi5icmllZi50aXRsZSA6IGVudHJ5LnN0b3J5Lm5hbWU7XG4gICAgdGhpcy5sYXN0ID0gdW5kZWZpbmVkO1xuICAgIHRoaXMucmVuZGVyKCk7XG4gICAgdGhpcy5pdGVtLnNob3coKTtcbiAgICAvLyBUaGUgY291bnRkb3duIG1vdmVzIGV2ZW4gd2hlbiBubyBldmVudCBhcnJpdmVzLlxuICAgIHRoaXMudGlja2VyID0gc2V0SW50ZXJ2YWwoKCkgPT4gdGhpcy5yZW5kZXIoKSwgMTAwMCk7XG4gIH1cblxuICBwcm9ncmVzcyhldmVudDogUHJvZ3Jlc3NFdmVudCk6IHZvaWQge1xuICAgIHRoaXMubGFzdCA9IGV2ZW50O1xuICAgIHRoaXMucmVuZGVyKCk7XG4gIH1cblxuICBzdG9wKCk6IHZvaWQge1xuICAgIGNsZWFySW50ZXJ2YWwodGhpcy50aWNrZXIpO1xuICAgIHRoaXMudGlja2VyID0gdW5kZWZpbmVkO1xuICAgIHRoaXMuaXRlbS5oaWRlKCk7XG4gIH1cblxuICBwcml2YXRlIHJlbmRlcigpOiB2b2lkIHtcbiAgICBjb25zdCBzdGF0cyA9IHRoaXMuc2VydmljZS5nZXRTdGF0aXN0aWNzKCk7XG4gICAgY29uc3QgZSA9IHRoaXMubGFzdDtcbiAgICBjb25zdCB3b3JkcyA9IGU/LndvcmRzID8gYCBcdTAwQjcgJHtlLndvcmRzLnRvTG9jYWxlU3RyaW5nKCdlbi1VUycpfSB3b3Jkc2AgOiAnJztcbiAgICBjb25zdCByZXF1ZXN0cyA9IGAgXHUwMEI3ICR7c3RhdHMucmVxdWVzdHN9IHJlcXVlc3RzYDtcbiAgICBpZiAoc3RhdHMucmF0ZUxpbWl0ZWRGb3JNcyA+IDApIHtcbiAgICAgIHRoaXMuaXRlbS50ZXh0ID0gYCQod2F0Y2gpIFJhdGUgbGltaXRlZCBcdTIwMTQgcmV0cnlpbmcgaW4gJHtNYXRoLmNlaWwoc3RhdHMucmF0ZUxpbWl0ZWRGb3JNcyAvIDEwMDApfSBzYDtcbiAgICAgIHRoaXMuaXRlbS5iYWNrZ3JvdW5kQ29sb3IgPSBuZXcgdnNjb2RlLlRoZW1lQ29sb3IoJ3N0YXR1c0Jhckl0ZW0ud2FybmluZ0JhY2tncm91bmQnKTtcbiAgICB9IGVsc2Uge1xuICAgICAgY29uc3Qgd2hlcmUgPSBlID8gYCR7ZS5zdGFnZX0ke2UuY2hhcHRlciAhPT0gdW5kZWZpbmVkICYmIGUudG90YWwgPyBgICR7ZS5pbmRleCA/PyAnPyd9LyR7ZS50b3RhbH1gIDogJyd9YCA6ICdzdGFydGluZyc7XG4gICAgICB0aGlzLml0ZW0udGV4dCA9IGAkKGxvYWRpbmd+c3BpbikgU3Rvcnk6ICR7d2hlcmV9JHt3b3Jkc30ke3JlcXVlc3RzfWA7XG4gICAgICB0aGlzLml0ZW0uYmFja2dyb3VuZENvbG9yID0gdW5kZWZpbmVkO1xuICAgIH1cbiAgICB0aGlzLml0ZW0udG9vbHRpcCA9IGBTdG9yeSBXcml0ZXIgaXMgd3JpdGluZyBcdTIwMUMke3RoaXMuc3Rvcnl9XHUyMDFELiBDbGljayBmb3Igc3RhdGlzdGljczsgU3Rvcnk6IENhbmNlbCBzdG9wcyAodGV4dCBzbyBmYXIgaXMga2VwdCkuYDtcbiAgfVxufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxhQUF3QjtBQUd4Qix3QkFBMkI7QUFRcEIsTUFBTSxxQkFBcUIsNkJBQVc7QUFBQSxFQU0zQyxZQUE2QixTQUF3QjtBQUNuRCxVQUFNO0FBRHFCO0FBRTNCLFNBQUssS0FBSyxPQUFPO0FBQ2pCLFNBQUssS0FBSyxVQUFVO0FBQ3BCLFNBQUssVUFBVSxFQUFFLFNBQVMsTUFBTSxjQUFjLEtBQUssTUFBTSxFQUFFLENBQUM7QUFBQSxFQUM5RDtBQUFBLEVBTDZCO0FBQUEsRUFMWixPQUFPLEtBQUssVUFBVSxPQUFPLE9BQU8sb0JBQW9CLG1CQUFtQixPQUFPLG1CQUFtQixNQUFNLEVBQUUsQ0FBQztBQUFBLEVBQ3ZIO0FBQUEsRUFDQTtBQUFBLEVBQ0EsUUFBUTtBQUFBLEVBU2hCLE1BQU0sT0FBeUI7QUFDN0IsU0FBSyxRQUFRLE1BQU0sTUFBTSxPQUFPLEtBQUssTUFBTSxNQUFNLE1BQU0sTUFBTSxRQUFRLE1BQU0sTUFBTTtBQUNqRixTQUFLLE9BQU87QUFDWixTQUFLLE9BQU87QUFDWixTQUFLLEtBQUssS0FBSztBQUVmLFNBQUssU0FBUyxZQUFZLE1BQU0sS0FBSyxPQUFPLEdBQUcsR0FBSTtBQUFBLEVBQ3JEO0FBQUEsRUFFQSxTQUFTLE9BQTRCO0FBQ25DLFNBQUssT0FBTztBQUNaLFNBQUssT0FBTztBQUFBLEVBQ2Q7QUFBQSxFQUVBLE9BQWE7QUFDWCxrQkFBYyxLQUFLLE1BQU07QUFDekIsU0FBSyxTQUFTO0FBQ2QsU0FBSyxLQUFLLEtBQUs7QUFBQSxFQUNqQjtBQUFBLEVBRVEsU0FBZTtBQUNyQixVQUFNLFFBQVEsS0FBSyxRQUFRLGNBQWM7QUFDekMsVUFBTSxJQUFJLEtBQUs7QUFDZixVQUFNLFFBQVEsR0FBRyxRQUFRLFNBQU0sRUFBRSxNQUFNLGVBQWUsT0FBTyxDQUFDLFdBQVc7QUFDekUsVUFBTSxXQUFXLFNBQU0sTUFBTSxRQUFRO0FBQ3JDLFFBQUksTUFBTSxtQkFBbUIsR0FBRztBQUM5QixXQUFLLEtBQUssT0FBTyw0Q0FBdUMsS0FBSyxLQUFLLE1BQU0sbUJBQW1CLEdBQUksQ0FBQztBQUNoRyxXQUFLLEtBQUssa0JBQWtCLElBQUksT0FBTyxXQUFXLGlDQUFpQztBQUFBLElBQ3JGLE9BQU87QUFDTCxZQUFNLFFBQVEsSUFBSSxHQUFHLEVBQUUsS0FBSyxHQUFHLEVBQUUsWUFBWSxVQUFhLEVBQUUsUUFBUSxJQUFJLEVBQUUsU0FBUyxHQUFHLElBQUksRUFBRSxLQUFLLEtBQUssRUFBRSxLQUFLO0FBQzdHLFdBQUssS0FBSyxPQUFPLDBCQUEwQixLQUFLLEdBQUcsS0FBSyxHQUFHLFFBQVE7QUFDbkUsV0FBSyxLQUFLLGtCQUFrQjtBQUFBLElBQzlCO0FBQ0EsU0FBSyxLQUFLLFVBQVUsaUNBQTRCLEtBQUssS0FBSztBQUFBLEVBQzVEO0FBQ0Y7IiwKICAibmFtZXMiOiBbXQp9Cg==
