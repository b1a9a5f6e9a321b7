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
var serviceCommands_exports = {};
__export(serviceCommands_exports, {
  clearCache: () => clearCache,
  testConnection: () => testConnection
});
module.exports = __toCommonJS(serviceCommands_exports);
var vscode = __toESM(require("vscode"));
async function testConnection(service, model, log) {
  const health = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Story Writer: testing ${model}\u2026` },
    () => service.checkHealth(model)
  );
  log.info("Test connection", { model, status: health.status });
  if (health.status === "ok") {
    const message = `Story Writer: connected. Your key works and ${health.displayName ?? health.model} is available.`;
    void vscode.window.showInformationMessage(message);
    return health.status;
  }
  const actions = {
    "invalid-key": ["Set API Key"],
    "unknown-model": ["Open Model Setting"],
    unreachable: ["Retry", "Show Log"],
    error: ["Show Log"]
  };
  void vscode.window.showErrorMessage(`Story Writer: ${health.message}`, ...actions[health.status]).then((choice) => {
    if (choice === "Set API Key") void vscode.commands.executeCommand("storyWriter.setApiKey");
    if (choice === "Open Model Setting") void vscode.commands.executeCommand("workbench.action.openSettings", "storyWriter.model");
    if (choice === "Retry") void vscode.commands.executeCommand("storyWriter.testConnection");
    if (choice === "Show Log") void vscode.commands.executeCommand("storyWriter.showLog");
  });
  return health.status;
}
async function clearCache(service) {
  await service.clearCache();
  void vscode.window.showInformationMessage("Story Writer: the response cache is empty. The next run asks Gemini again.");
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  clearCache,
  testConnection
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL3ZzY29kZS9jb21tYW5kcy9zZXJ2aWNlQ29tbWFuZHMudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCAqIGFzIHZzY29kZSBmcm9tICd2c2NvZGUnO1xuaW1wb3J0IHR5cGUgeyBHZW1pbmlTZXJ2aWNlIH0gZnJvbSAnLi4vLi4vZ2VtaW5pJztcbmltcG9ydCB0eXBlIHsgTG9nZ2VyIH0gZnJvbSAnLi4vLi4vY29yZS9wb3J0cyc7XG5cbi8qKiBgU3Rvcnk6IFRlc3QgQ29ubmVjdGlvbmAgXHUyMDE0IG9uZSBjaGVhcCBjYWxsIHRoYXQgY2hlY2tzIHRoZSBrZXkgYW5kIHRoZSBtb2RlbC4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiB0ZXN0Q29ubmVjdGlvbihzZXJ2aWNlOiBHZW1pbmlTZXJ2aWNlLCBtb2RlbDogc3RyaW5nLCBsb2c6IExvZ2dlcik6IFByb21pc2U8c3RyaW5nPiB7XG4gIGNvbnN0IGhlYWx0aCA9IGF3YWl0IHZzY29kZS53aW5kb3cud2l0aFByb2dyZXNzKFxuICAgIHsgbG9jYXRpb246IHZzY29kZS5Qcm9ncmVzc0xvY2F0aW9uLk5vdGlmaWNhdGlvbiwgdGl0bGU6IGBTdG9yeSBXcml0ZXI6IHRlc3RpbmcgJHttb2RlbH1cdTIwMjZgIH0sXG4gICAgKCkgPT4gc2VydmljZS5jaGVja0hlYWx0aChtb2RlbCksXG4gICk7XG4gIGxvZy5pbmZvKCdUZXN0IGNvbm5lY3Rpb24nLCB7IG1vZGVsLCBzdGF0dXM6IGhlYWx0aC5zdGF0dXMgfSk7XG4gIGlmIChoZWFsdGguc3RhdHVzID09PSAnb2snKSB7XG4gICAgY29uc3QgbWVzc2FnZSA9IGBTdG9yeSBXcml0ZXI6IGNvbm5lY3RlZC4gWW91ciBrZXkgd29ya3MgYW5kICR7aGVhbHRoLmRpc3BsYXlOYW1lID8/IGhlYWx0aC5tb2RlbH0gaXMgYXZhaWxhYmxlLmA7XG4gICAgdm9pZCB2c2NvZGUud2luZG93LnNob3dJbmZvcm1hdGlvbk1lc3NhZ2UobWVzc2FnZSk7XG4gICAgcmV0dXJuIGhlYWx0aC5zdGF0dXM7XG4gIH1cbiAgY29uc3QgYWN0aW9uczogUmVjb3JkPHR5cGVvZiBoZWFsdGguc3RhdHVzLCBzdHJpbmdbXT4gPSB7XG4gICAgJ2ludmFsaWQta2V5JzogWydTZXQgQVBJIEtleSddLFxuICAgICd1bmtub3duLW1vZGVsJzogWydPcGVuIE1vZGVsIFNldHRpbmcnXSxcbiAgICB1bnJlYWNoYWJsZTogWydSZXRyeScsICdTaG93IExvZyddLFxuICAgIGVycm9yOiBbJ1Nob3cgTG9nJ10sXG4gIH07XG4gIHZvaWQgdnNjb2RlLndpbmRvdy5zaG93RXJyb3JNZXNzYWdlKGBTdG9yeSBXcml0ZXI6ICR7aGVhbHRoLm1lc3NhZ2V9YCwgLi4uYWN0aW9uc1toZWFsdGguc3RhdHVzXSkudGhlbigoY2hvaWNlKSA9PiB7XG4gICAgaWYgKGNob2ljZSA9PT0gJ1NldCBBUEkgS2V5Jykgdm9pZCB2c2NvZGUuY29tbWFuZHMuZXhlY3V0ZUNvbW1hbmQoJ3N0b3J5V3JpdGVyLnNldEFwaUtleScpO1xuICAgIGlmIChjaG9pY2UgPT09ICdPcGVuIE1vZGVsIFNldHRpbmcnKSB2b2lkIHZzY29kZS5jb21tYW5kcy5leGVjdXRlQ29tbWFuZCgnd29ya2JlbmNoLmFjdGlvbi5vcGVuU2V0dGluZ3MnLCAnc3RvcnlXcml0ZXIubW9kZWwnKTtcbiAgICBpZiAoY2hvaWNlID09PSAnUmV0cnknKSB2b2lkIHZzY29kZS5jb21tYW5kcy5leGVjdXRlQ29tbWFuZCgnc3RvcnlXcml0ZXIudGVzdENvbm5lY3Rpb24nKTtcbiAgICBpZiAoY2hvaWNlID09PSAnU2hvdyBMb2cnKSB2b2lkIHZzY29kZS5jb21tYW5kcy5leGVjdXRlQ29tbWFuZCgnc3RvcnlXcml0ZXIuc2hvd0xvZycpO1xuICB9KTtcbiAgcmV0dXJuIGhlYWx0aC5zdGF0dXM7XG59XG5cbi8qKiBgU3Rvcnk6IENsZWFyIENhY2hlYCBcdTIwMTQgZm9yZ2V0cyBldmVyeSBzdG9yZWQgcmVwbHksIGluIG1lbW9yeSBhbmQgb24gZGlzay4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBjbGVhckNhY2hlKHNlcnZpY2U6IEdlbWluaVNlcnZpY2UpOiBQcm9taXNlPHZvaWQ+IHtcbiAgYXdhaXQgc2VydmljZS5jbGVhckNhY2hlKCk7XG4gIHZvaWQgdnNjb2RlLndpbmRvdy5zaG93SW5mb3JtYXRpb25NZXNzYWdlKCdTdG9yeSBXcml0ZXI6IHRoZSByZXNwb25zZSBjYWNoZSBpcyBlbXB0eS4gVGhlIG5leHQgcnVuIGFza3MgR2VtaW5pIGFnYWluLicpO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLGFBQXdCO0FBS3hCLGVBQXNCLGVBQWUsU0FBd0IsT0FBZSxLQUE4QjtBQUN4RyxRQUFNLFNBQVMsTUFBTSxPQUFPLE9BQU87QUFBQSxJQUNqQyxFQUFFLFVBQVUsT0FBTyxpQkFBaUIsY0FBYyxPQUFPLHlCQUF5QixLQUFLLFNBQUk7QUFBQSxJQUMzRixNQUFNLFFBQVEsWUFBWSxLQUFLO0FBQUEsRUFDakM7QUFDQSxNQUFJLEtBQUssbUJBQW1CLEVBQUUsT0FBTyxRQUFRLE9BQU8sT0FBTyxDQUFDO0FBQzVELE1BQUksT0FBTyxXQUFXLE1BQU07QUFDMUIsVUFBTSxVQUFVLCtDQUErQyxPQUFPLGVBQWUsT0FBTyxLQUFLO0FBQ2pHLFNBQUssT0FBTyxPQUFPLHVCQUF1QixPQUFPO0FBQ2pELFdBQU8sT0FBTztBQUFBLEVBQ2hCO0FBQ0EsUUFBTSxVQUFrRDtBQUFBLElBQ3RELGVBQWUsQ0FBQyxhQUFhO0FBQUEsSUFDN0IsaUJBQWlCLENBQUMsb0JBQW9CO0FBQUEsSUFDdEMsYUFBYSxDQUFDLFNBQVMsVUFBVTtBQUFBLElBQ2pDLE9BQU8sQ0FBQyxVQUFVO0FBQUEsRUFDcEI7QUFDQSxPQUFLLE9BQU8sT0FBTyxpQkFBaUIsaUJBQWlCLE9BQU8sT0FBTyxJQUFJLEdBQUcsUUFBUSxPQUFPLE1BQU0sQ0FBQyxFQUFFLEtBQUssQ0FBQyxXQUFXO0FBQ2pILFFBQUksV0FBVyxjQUFlLE1BQUssT0FBTyxTQUFTLGVBQWUsdUJBQXVCO0FBQ3pGLFFBQUksV0FBVyxxQkFBc0IsTUFBSyxPQUFPLFNBQVMsZUFBZSxpQ0FBaUMsbUJBQW1CO0FBQzdILFFBQUksV0FBVyxRQUFTLE1BQUssT0FBTyxTQUFTLGVBQWUsNEJBQTRCO0FBQ3hGLFFBQUksV0FBVyxXQUFZLE1BQUssT0FBTyxTQUFTLGVBQWUscUJBQXFCO0FBQUEsRUFDdEYsQ0FBQztBQUNELFNBQU8sT0FBTztBQUNoQjtBQUdBLGVBQXNCLFdBQVcsU0FBdUM7QUFDdEUsUUFBTSxRQUFRLFdBQVc7QUFDekIsT0FBSyxPQUFPLE9BQU8sdUJBQXVCLDRFQUE0RTtBQUN4SDsiLAogICJuYW1lcyI6IFtdCn0K
