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
var errorPresenter_exports = {};
__export(errorPresenter_exports, {
  presentError: () => presentError
});
module.exports = __toCommonJS(errorPresenter_exports);
var vscode = __toESM(require("vscode"));
var import_errors = require("../gemini/errors");
function presentError(error, context = {}) {
  const message = error instanceof Error ? error.message : String(error);
  const buttons = (0, import_errors.isGeminiError)(error) ? buttonsFor(error.action, context) : [];
  const full = `Story Writer: ${message}`;
  const shown = vscode.window.showErrorMessage(full, ...buttons.map((b) => b.title)).then((choice) => {
    void buttons.find((b) => b.title === choice)?.run();
    return choice;
  });
  return { message: full, actions: buttons.map((b) => b.title), shown };
}
function buttonsFor(action, context) {
  switch (action) {
    case "setApiKey":
      return [{ title: "Set API Key", run: () => vscode.commands.executeCommand("storyWriter.setApiKey") }];
    case "openModelSetting":
      return [{ title: "Open Model Setting", run: () => vscode.commands.executeCommand("workbench.action.openSettings", "storyWriter.model") }];
    case "openSettings":
      return [{ title: "Open Settings", run: () => vscode.commands.executeCommand("workbench.action.openSettings", "storyWriter") }];
    case "openBrief": {
      const brief = context.briefUri;
      return brief ? [{ title: "Open Brief", run: () => vscode.window.showTextDocument(brief) }] : [];
    }
    case "retry":
    case "wait": {
      const retry = context.retry;
      return retry ? [{ title: "Retry", run: retry }] : [];
    }
    case "none":
      return [];
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  presentError
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3ZzY29kZS9lcnJvclByZXNlbnRlci50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0ICogYXMgdnNjb2RlIGZyb20gJ3ZzY29kZSc7XG5pbXBvcnQgeyBpc0dlbWluaUVycm9yLCB0eXBlIEdlbWluaUVycm9yQWN0aW9uIH0gZnJvbSAnLi4vZ2VtaW5pL2Vycm9ycyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgRXJyb3JDb250ZXh0IHtcbiAgLyoqIFRoZSBzdG9yeSdzIGJyaWVmLCBmb3IgXCJjb250ZW50IGJsb2NrZWQgXHUyMTkyIE9wZW4gYnJpZWZcIi4gKi9cbiAgcmVhZG9ubHkgYnJpZWZVcmk/OiB2c2NvZGUuVXJpO1xuICAvKiogUnVucyB0aGUgZmFpbGVkIG9wZXJhdGlvbiBhZ2FpbiwgZm9yIFwidW5hdmFpbGFibGUgXHUyMTkyIFJldHJ5XCIuICovXG4gIHJlYWRvbmx5IHJldHJ5PzogKCkgPT4gdW5rbm93bjtcbn1cblxuaW50ZXJmYWNlIEFjdGlvbkJ1dHRvbiB7XG4gIHJlYWRvbmx5IHRpdGxlOiBzdHJpbmc7XG4gIHJ1bigpOiB1bmtub3duO1xufVxuXG4vKipcbiAqIEV2ZXJ5IGVycm9yIGJlY29tZXMgb25lIG1lc3NhZ2Ugd2l0aCB0aGUgYWN0aW9uIHRoYXQgZml4ZXMgaXQ6IGludmFsaWQga2V5IFx1MjE5MiBTZXQgQVBJIEtleTtcbiAqIGRhaWx5IHF1b3RhIG9yIHVua25vd24gbW9kZWwgXHUyMTkyIHRoZSBtb2RlbCBzZXR0aW5nOyBjb250ZW50IGJsb2NrZWQgXHUyMTkyIE9wZW4gYnJpZWY7IHVuYXZhaWxhYmxlIFx1MjE5MlxuICogUmV0cnkuIFJldHVybnMgdGhlIG1lc3NhZ2Ugc2hvd24gKGZvciB0aGUgbG9nIGFuZCBmb3IgdGVzdHMpLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcHJlc2VudEVycm9yKGVycm9yOiB1bmtub3duLCBjb250ZXh0OiBFcnJvckNvbnRleHQgPSB7fSk6IHsgbWVzc2FnZTogc3RyaW5nOyBhY3Rpb25zOiBzdHJpbmdbXTsgc2hvd246IFRoZW5hYmxlPHN0cmluZyB8IHVuZGVmaW5lZD4gfSB7XG4gIGNvbnN0IG1lc3NhZ2UgPSBlcnJvciBpbnN0YW5jZW9mIEVycm9yID8gZXJyb3IubWVzc2FnZSA6IFN0cmluZyhlcnJvcik7XG4gIGNvbnN0IGJ1dHRvbnMgPSBpc0dlbWluaUVycm9yKGVycm9yKSA/IGJ1dHRvbnNGb3IoZXJyb3IuYWN0aW9uLCBjb250ZXh0KSA6IFtdO1xuICBjb25zdCBmdWxsID0gYFN0b3J5IFdyaXRlcjogJHttZXNzYWdlfWA7XG4gIGNvbnN0IHNob3duID0gdnNjb2RlLndpbmRvdy5zaG93RXJyb3JNZXNzYWdlKGZ1bGwsIC4uLmJ1dHRvbnMubWFwKChiKSA9PiBiLnRpdGxlKSkudGhlbigoY2hvaWNlKSA9PiB7XG4gICAgdm9pZCBidXR0b25zLmZpbmQoKGIpID0+IGIudGl0bGUgPT09IGNob2ljZSk/LnJ1bigpO1xuICAgIHJldHVybiBjaG9pY2U7XG4gIH0pO1xuICByZXR1cm4geyBtZXNzYWdlOiBmdWxsLCBhY3Rpb25zOiBidXR0b25zLm1hcCgoYikgPT4gYi50aXRsZSksIHNob3duIH07XG59XG5cbmZ1bmN0aW9uIGJ1dHRvbnNGb3IoYWN0aW9uOiBHZW1pbmlFcnJvckFjdGlvbiwgY29udGV4dDogRXJyb3JDb250ZXh0KTogQWN0aW9uQnV0dG9uW10ge1xuICBzd2l0Y2ggKGFjdGlvbikge1xuICAgIGNhc2UgJ3NldEFwaUtleSc6XG4gICAgICByZXR1cm4gW3sgdGl0bGU6ICdTZXQgQVBJIEtleScsIHJ1bjogKCkgPT4gdnNjb2RlLmNvbW1hbmRzLmV4ZWN1dGVDb21tYW5kKCdzdG9yeVdyaXRlci5zZXRBcGlLZXknKSB9XTtcbiAgICBjYXNlICdvcGVuTW9kZWxTZXR0aW5nJzpcbiAgICAgIHJldHVybiBbeyB0aXRsZTogJ09wZW4gTW9kZWwgU2V0dGluZycsIHJ1bjogKCkgPT4gdnNjb2RlLmNvbW1hbmRzLmV4ZWN1dGVDb21tYW5kKCd3b3JrYmVuY2guYWN0aW9uLm9wZW5TZXR0aW5ncycsICdzdG9yeVdyaXRlci5tb2RlbCcpIH1dO1xuICAgIGNhc2UgJ29wZW5TZXR0aW5ncyc6XG4gICAgICByZXR1cm4gW3sgdGl0bGU6ICdPcGVuIFNldHRpbmdzJywgcnVuOiAoKSA9PiB2c2NvZGUuY29tbWFuZHMuZXhlY3V0ZUNvbW1hbmQoJ3dvcmtiZW5jaC5hY3Rpb24ub3BlblNldHRpbmdzJywgJ3N0b3J5V3JpdGVyJykgfV07XG4gICAgY2FzZSAnb3BlbkJyaWVmJzoge1xuICAgICAgY29uc3QgYnJpZWYgPSBjb250ZXh0LmJyaWVmVXJpO1xuICAgICAgcmV0dXJuIGJyaWVmID8gW3sgdGl0bGU6ICdPcGVuIEJyaWVmJywgcnVuOiAoKSA9PiB2c2NvZGUud2luZG93LnNob3dUZXh0RG9jdW1lbnQoYnJpZWYpIH1dIDogW107XG4gICAgfVxuICAgIGNhc2UgJ3JldHJ5JzpcbiAgICBjYXNlICd3YWl0Jzoge1xuICAgICAgY29uc3QgcmV0cnkgPSBjb250ZXh0LnJldHJ5O1xuICAgICAgcmV0dXJuIHJldHJ5ID8gW3sgdGl0bGU6ICdSZXRyeScsIHJ1bjogcmV0cnkgfV0gOiBbXTtcbiAgICB9XG4gICAgY2FzZSAnbm9uZSc6XG4gICAgICByZXR1cm4gW107XG4gIH1cbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsYUFBd0I7QUFDeEIsb0JBQXNEO0FBbUIvQyxTQUFTLGFBQWEsT0FBZ0IsVUFBd0IsQ0FBQyxHQUFnRjtBQUNwSixRQUFNLFVBQVUsaUJBQWlCLFFBQVEsTUFBTSxVQUFVLE9BQU8sS0FBSztBQUNyRSxRQUFNLGNBQVUsNkJBQWMsS0FBSyxJQUFJLFdBQVcsTUFBTSxRQUFRLE9BQU8sSUFBSSxDQUFDO0FBQzVFLFFBQU0sT0FBTyxpQkFBaUIsT0FBTztBQUNyQyxRQUFNLFFBQVEsT0FBTyxPQUFPLGlCQUFpQixNQUFNLEdBQUcsUUFBUSxJQUFJLENBQUMsTUFBTSxFQUFFLEtBQUssQ0FBQyxFQUFFLEtBQUssQ0FBQyxXQUFXO0FBQ2xHLFNBQUssUUFBUSxLQUFLLENBQUMsTUFBTSxFQUFFLFVBQVUsTUFBTSxHQUFHLElBQUk7QUFDbEQsV0FBTztBQUFBLEVBQ1QsQ0FBQztBQUNELFNBQU8sRUFBRSxTQUFTLE1BQU0sU0FBUyxRQUFRLElBQUksQ0FBQyxNQUFNLEVBQUUsS0FBSyxHQUFHLE1BQU07QUFDdEU7QUFFQSxTQUFTLFdBQVcsUUFBMkIsU0FBdUM7QUFDcEYsVUFBUSxRQUFRO0FBQUEsSUFDZCxLQUFLO0FBQ0gsYUFBTyxDQUFDLEVBQUUsT0FBTyxlQUFlLEtBQUssTUFBTSxPQUFPLFNBQVMsZUFBZSx1QkFBdUIsRUFBRSxDQUFDO0FBQUEsSUFDdEcsS0FBSztBQUNILGFBQU8sQ0FBQyxFQUFFLE9BQU8sc0JBQXNCLEtBQUssTUFBTSxPQUFPLFNBQVMsZUFBZSxpQ0FBaUMsbUJBQW1CLEVBQUUsQ0FBQztBQUFBLElBQzFJLEtBQUs7QUFDSCxhQUFPLENBQUMsRUFBRSxPQUFPLGlCQUFpQixLQUFLLE1BQU0sT0FBTyxTQUFTLGVBQWUsaUNBQWlDLGFBQWEsRUFBRSxDQUFDO0FBQUEsSUFDL0gsS0FBSyxhQUFhO0FBQ2hCLFlBQU0sUUFBUSxRQUFRO0FBQ3RCLGFBQU8sUUFBUSxDQUFDLEVBQUUsT0FBTyxjQUFjLEtBQUssTUFBTSxPQUFPLE9BQU8saUJBQWlCLEtBQUssRUFBRSxDQUFDLElBQUksQ0FBQztBQUFBLElBQ2hHO0FBQUEsSUFDQSxLQUFLO0FBQUEsSUFDTCxLQUFLLFFBQVE7QUFDWCxZQUFNLFFBQVEsUUFBUTtBQUN0QixhQUFPLFFBQVEsQ0FBQyxFQUFFLE9BQU8sU0FBUyxLQUFLLE1BQU0sQ0FBQyxJQUFJLENBQUM7QUFBQSxJQUNyRDtBQUFBLElBQ0EsS0FBSztBQUNILGFBQU8sQ0FBQztBQUFBLEVBQ1o7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
