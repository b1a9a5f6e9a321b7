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
var settingsReader_exports = {};
__export(settingsReader_exports, {
  SettingsReader: () => SettingsReader
});
module.exports = __toCommonJS(settingsReader_exports);
var vscode = __toESM(require("vscode"));
var import_settings = require("../core/config/settings");
var import_disposable = require("./disposable");
class SettingsReader extends import_disposable.Disposable {
  constructor(log) {
    super();
    this.log = log;
    this.current = this.read();
    this._register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration(import_settings.SETTINGS_SECTION)) return;
        this.current = this.read();
        this.changed.fire(this.current);
      })
    );
  }
  log;
  current;
  currentProblems = [];
  changed = this._register(new vscode.EventEmitter());
  onDidChange = this.changed.event;
  /** The last warning shown, for the log and for tests. */
  lastWarning;
  get settings() {
    return this.current;
  }
  get problems() {
    return this.currentProblems;
  }
  read() {
    const config = vscode.workspace.getConfiguration(import_settings.SETTINGS_SECTION);
    const raw = {};
    for (const key of import_settings.SETTING_KEYS) raw[key] = config.get(key);
    raw.apiBaseUrl = config.inspect("apiBaseUrl")?.globalValue ?? "";
    const { settings, problems } = (0, import_settings.validateSettings)(raw);
    this.currentProblems = problems;
    if (problems.length > 0) this.warn(problems);
    return settings;
  }
  warn(problems) {
    const parts = problems.map((p) => `${p.key} is ${JSON.stringify(p.value)} but must be ${p.allowed}`);
    this.lastWarning = `Story Writer: ${parts.join("; ")}. Using the default until it is fixed.`;
    this.log.warn(this.lastWarning);
    void vscode.window.showWarningMessage(this.lastWarning, "Open Settings").then((choice) => {
      if (choice) void vscode.commands.executeCommand("workbench.action.openSettings", problems[0].key);
    });
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  SettingsReader
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3ZzY29kZS9zZXR0aW5nc1JlYWRlci50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0ICogYXMgdnNjb2RlIGZyb20gJ3ZzY29kZSc7XG5pbXBvcnQgeyBTRVRUSU5HU19TRUNUSU9OLCBTRVRUSU5HX0tFWVMsIHZhbGlkYXRlU2V0dGluZ3MsIHR5cGUgU2V0dGluZ1Byb2JsZW0sIHR5cGUgU2V0dGluZ3MgfSBmcm9tICcuLi9jb3JlL2NvbmZpZy9zZXR0aW5ncyc7XG5pbXBvcnQgdHlwZSB7IExvZ2dlciB9IGZyb20gJy4uL2NvcmUvcG9ydHMnO1xuaW1wb3J0IHsgRGlzcG9zYWJsZSB9IGZyb20gJy4vZGlzcG9zYWJsZSc7XG5cbi8qKlxuICogUmVhZHMgYHN0b3J5V3JpdGVyLipgIHRocm91Z2ggdGhlIHpvZCBzY2hlbWEuIEEgYmFkIHZhbHVlIGdldHMgb25lIHdhcm5pbmcgcGVyIGNoYW5nZSB0aGF0XG4gKiBuYW1lcyBlYWNoIGJhZCBrZXkgYW5kIHdoYXQgaXMgYWxsb3dlZDsgdGhhdCBrZXkncyBkZWZhdWx0IGlzIHVzZWQgbWVhbndoaWxlLlxuICovXG5leHBvcnQgY2xhc3MgU2V0dGluZ3NSZWFkZXIgZXh0ZW5kcyBEaXNwb3NhYmxlIHtcbiAgcHJpdmF0ZSBjdXJyZW50OiBTZXR0aW5ncztcbiAgcHJpdmF0ZSBjdXJyZW50UHJvYmxlbXM6IHJlYWRvbmx5IFNldHRpbmdQcm9ibGVtW10gPSBbXTtcbiAgcHJpdmF0ZSByZWFkb25seSBjaGFuZ2VkID0gdGhpcy5fcmVnaXN0ZXIobmV3IHZzY29kZS5FdmVudEVtaXR0ZXI8U2V0dGluZ3M+KCkpO1xuICByZWFkb25seSBvbkRpZENoYW5nZSA9IHRoaXMuY2hhbmdlZC5ldmVudDtcbiAgLyoqIFRoZSBsYXN0IHdhcm5pbmcgc2hvd24sIGZvciB0aGUgbG9nIGFuZCBmb3IgdGVzdHMuICovXG4gIGxhc3RXYXJuaW5nOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG5cbiAgY29uc3RydWN0b3IocHJpdmF0ZSByZWFkb25seSBsb2c6IExvZ2dlcikge1xuICAgIHN1cGVyKCk7XG4gICAgdGhpcy5jdXJyZW50ID0gdGhpcy5yZWFkKCk7XG4gICAgdGhpcy5fcmVnaXN0ZXIoXG4gICAgICB2c2NvZGUud29ya3NwYWNlLm9uRGlkQ2hhbmdlQ29uZmlndXJhdGlvbigoZSkgPT4ge1xuICAgICAgICBpZiAoIWUuYWZmZWN0c0NvbmZpZ3VyYXRpb24oU0VUVElOR1NfU0VDVElPTikpIHJldHVybjtcbiAgICAgICAgdGhpcy5jdXJyZW50ID0gdGhpcy5yZWFkKCk7XG4gICAgICAgIHRoaXMuY2hhbmdlZC5maXJlKHRoaXMuY3VycmVudCk7XG4gICAgICB9KSxcbiAgICApO1xuICB9XG5cbiAgZ2V0IHNldHRpbmdzKCk6IFNldHRpbmdzIHtcbiAgICByZXR1cm4gdGhpcy5jdXJyZW50O1xuICB9XG5cbiAgZ2V0IHByb2JsZW1zKCk6IHJlYWRvbmx5IFNldHRpbmdQcm9ibGVtW10ge1xuICAgIHJldHVybiB0aGlzLmN1cnJlbnRQcm9ibGVtcztcbiAgfVxuXG4gIHByaXZhdGUgcmVhZCgpOiBTZXR0aW5ncyB7XG4gICAgY29uc3QgY29uZmlnID0gdnNjb2RlLndvcmtzcGFjZS5nZXRDb25maWd1cmF0aW9uKFNFVFRJTkdTX1NFQ1RJT04pO1xuICAgIGNvbnN0IHJhdzogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gPSB7fTtcbiAgICBmb3IgKGNvbnN0IGtleSBvZiBTRVRUSU5HX0tFWVMpIHJhd1trZXldID0gY29uZmlnLmdldChrZXkpO1xuICAgIC8vIGBhcGlCYXNlVXJsYCBpcyBhcHBsaWNhdGlvbi1zY29wZWQ7IHJlYWQgb25seSB0aGUgdXNlcidzIHZhbHVlIHNvIGEgd29ya3NwYWNlIGNhbiBuZXZlclxuICAgIC8vIHJlZGlyZWN0IHRoZSBrZXksIGV2ZW4gb24gYSBWUyBDb2RlIHRoYXQgZG9lcyBub3QgZW5mb3JjZSB0aGUgc2NvcGUuXG4gICAgcmF3LmFwaUJhc2VVcmwgPSBjb25maWcuaW5zcGVjdDxzdHJpbmc+KCdhcGlCYXNlVXJsJyk/Lmdsb2JhbFZhbHVlID8/ICcnO1xuICAgIGNvbnN0IHsgc2V0dGluZ3MsIHByb2JsZW1zIH0gPSB2YWxpZGF0ZVNldHRpbmdzKHJhdyk7XG4gICAgdGhpcy5jdXJyZW50UHJvYmxlbXMgPSBwcm9ibGVtcztcbiAgICBpZiAocHJvYmxlbXMubGVuZ3RoID4gMCkgdGhpcy53YXJuKHByb2JsZW1zKTtcbiAgICByZXR1cm4gc2V0dGluZ3M7XG4gIH1cblxuICBwcml2YXRlIHdhcm4ocHJvYmxlbXM6IHJlYWRvbmx5IFNldHRpbmdQcm9ibGVtW10pOiB2b2lkIHtcbiAgICBjb25zdCBwYXJ0cyA9IHByb2JsZW1zLm1hcCgocCkgPT4gYCR7cC5rZXl9IGlzICR7SlNPTi5zdHJpbmdpZnkocC52YWx1ZSl9IGJ1dCBtdXN0IGJlICR7cC5hbGxvd2VkfWApO1xuICAgIHRoaXMubGFzdFdhcm5pbmcgPSBgU3RvcnkgV3JpdGVyOiAke3BhcnRzLmpvaW4oJzsgJyl9LiBVc2luZyB0aGUgZGVmYXVsdCB1bnRpbCBpdCBpcyBmaXhlZC5gO1xuICAgIHRoaXMubG9nLndhcm4odGhpcy5sYXN0V2FybmluZyk7XG4gICAgdm9pZCB2c2NvZGUud2luZG93LnNob3dXYXJuaW5nTWVzc2FnZSh0aGlzLmxhc3RXYXJuaW5nLCAnT3BlbiBTZXR0aW5ncycpLnRoZW4oKGNob2ljZSkgPT4ge1xuICAgICAgaWYgKGNob2ljZSkgdm9pZCB2c2NvZGUuY29tbWFuZHMuZXhlY3V0ZUNvbW1hbmQoJ3dvcmtiZW5jaC5hY3Rpb24ub3BlblNldHRpbmdzJywgcHJvYmxlbXNbMF0hLmtleSk7XG4gICAgfSk7XG4gIH1cbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsYUFBd0I7QUFDeEIsc0JBQXFHO0FBRXJHLHdCQUEyQjtBQU1wQixNQUFNLHVCQUF1Qiw2QkFBVztBQUFBLEVBUTdDLFlBQTZCLEtBQWE7QUFDeEMsVUFBTTtBQURxQjtBQUUzQixTQUFLLFVBQVUsS0FBSyxLQUFLO0FBQ3pCLFNBQUs7QUFBQSxNQUNILE9BQU8sVUFBVSx5QkFBeUIsQ0FBQyxNQUFNO0FBQy9DLFlBQUksQ0FBQyxFQUFFLHFCQUFxQixnQ0FBZ0IsRUFBRztBQUMvQyxhQUFLLFVBQVUsS0FBSyxLQUFLO0FBQ3pCLGFBQUssUUFBUSxLQUFLLEtBQUssT0FBTztBQUFBLE1BQ2hDLENBQUM7QUFBQSxJQUNIO0FBQUEsRUFDRjtBQUFBLEVBVjZCO0FBQUEsRUFQckI7QUFBQSxFQUNBLGtCQUE2QyxDQUFDO0FBQUEsRUFDckMsVUFBVSxLQUFLLFVBQVUsSUFBSSxPQUFPLGFBQXVCLENBQUM7QUFBQSxFQUNwRSxjQUFjLEtBQUssUUFBUTtBQUFBO0FBQUEsRUFFcEM7QUFBQSxFQWNBLElBQUksV0FBcUI7QUFDdkIsV0FBTyxLQUFLO0FBQUEsRUFDZDtBQUFBLEVBRUEsSUFBSSxXQUFzQztBQUN4QyxXQUFPLEtBQUs7QUFBQSxFQUNkO0FBQUEsRUFFUSxPQUFpQjtBQUN2QixVQUFNLFNBQVMsT0FBTyxVQUFVLGlCQUFpQixnQ0FBZ0I7QUFDakUsVUFBTSxNQUErQixDQUFDO0FBQ3RDLGVBQVcsT0FBTyw2QkFBYyxLQUFJLEdBQUcsSUFBSSxPQUFPLElBQUksR0FBRztBQUd6RCxRQUFJLGFBQWEsT0FBTyxRQUFnQixZQUFZLEdBQUcsZUFBZTtBQUN0RSxVQUFNLEVBQUUsVUFBVSxTQUFTLFFBQUksa0NBQWlCLEdBQUc7QUFDbkQsU0FBSyxrQkFBa0I7QUFDdkIsUUFBSSxTQUFTLFNBQVMsRUFBRyxNQUFLLEtBQUssUUFBUTtBQUMzQyxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRVEsS0FBSyxVQUEyQztBQUN0RCxVQUFNLFFBQVEsU0FBUyxJQUFJLENBQUMsTUFBTSxHQUFHLEVBQUUsR0FBRyxPQUFPLEtBQUssVUFBVSxFQUFFLEtBQUssQ0FBQyxnQkFBZ0IsRUFBRSxPQUFPLEVBQUU7QUFDbkcsU0FBSyxjQUFjLGlCQUFpQixNQUFNLEtBQUssSUFBSSxDQUFDO0FBQ3BELFNBQUssSUFBSSxLQUFLLEtBQUssV0FBVztBQUM5QixTQUFLLE9BQU8sT0FBTyxtQkFBbUIsS0FBSyxhQUFhLGVBQWUsRUFBRSxLQUFLLENBQUMsV0FBVztBQUN4RixVQUFJLE9BQVEsTUFBSyxPQUFPLFNBQVMsZUFBZSxpQ0FBaUMsU0FBUyxDQUFDLEVBQUcsR0FBRztBQUFBLElBQ25HLENBQUM7QUFBQSxFQUNIO0FBQ0Y7IiwKICAibmFtZXMiOiBbXQp9Cg==
