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
var apiKeyCommands_exports = {};
__export(apiKeyCommands_exports, {
  clearApiKey: () => clearApiKey,
  setApiKey: () => setApiKey
});
module.exports = __toCommonJS(apiKeyCommands_exports);
var vscode = __toESM(require("vscode"));
async function setApiKey(store, keyArgument) {
  const entered = typeof keyArgument === "string" ? keyArgument : await vscode.window.showInputBox({
    title: "Story Writer: Gemini API Key",
    prompt: "Paste your Gemini API key. It is kept in VS Code's secret storage, never in settings or files.",
    placeHolder: "AIza\u2026",
    password: true,
    ignoreFocusOut: true,
    validateInput: (v) => v.trim().length === 0 ? "Enter a key, or press Escape to cancel." : void 0
  });
  const key = entered?.trim();
  if (!key) return false;
  await store.setApiKey(key);
  void vscode.window.showInformationMessage("Story Writer: Gemini API key saved.");
  return true;
}
async function clearApiKey(store, options) {
  const preConfirmed = typeof options === "object" && options !== null && options.confirmed === true;
  if (!preConfirmed) {
    const choice = await vscode.window.showWarningMessage(
      "Remove the stored Gemini API key? Story Writer cannot generate until you set one again.",
      { modal: true },
      "Remove Key"
    );
    if (choice !== "Remove Key") return false;
  }
  await store.clearApiKey();
  return true;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  clearApiKey,
  setApiKey
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL3ZzY29kZS9jb21tYW5kcy9hcGlLZXlDb21tYW5kcy50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0ICogYXMgdnNjb2RlIGZyb20gJ3ZzY29kZSc7XG5pbXBvcnQgdHlwZSB7IEFwaUtleVN0b3JlIH0gZnJvbSAnLi4vYXBpS2V5U3RvcmUnO1xuXG4vKipcbiAqIGBTdG9yeTogU2V0IEFQSSBLZXlgIFx1MjAxNCBhIHBhc3N3b3JkIGJveDsgdHJpbW1lZDsgZW1wdHkgb3IgRXNjYXBlIGNoYW5nZXMgbm90aGluZy4gRm9yXG4gKiBhdXRvbWF0aW9uICh0ZXN0cywgc2NyaXB0cykgdGhlIGtleSBtYXkgYmUgcGFzc2VkIGFzIHRoZSBmaXJzdCBhcmd1bWVudC5cbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHNldEFwaUtleShzdG9yZTogQXBpS2V5U3RvcmUsIGtleUFyZ3VtZW50PzogdW5rbm93bik6IFByb21pc2U8Ym9vbGVhbj4ge1xuICBjb25zdCBlbnRlcmVkID1cbiAgICB0eXBlb2Yga2V5QXJndW1lbnQgPT09ICdzdHJpbmcnXG4gICAgICA/IGtleUFyZ3VtZW50XG4gICAgICA6IGF3YWl0IHZzY29kZS53aW5kb3cuc2hvd0lucHV0Qm94KHtcbiAgICAgICAgICB0aXRsZTogJ1N0b3J5IFdyaXRlcjogR2VtaW5pIEFQSSBLZXknLFxuICAgICAgICAgIHByb21wdDogJ1Bhc3RlIHlvdXIgR2VtaW5pIEFQSSBrZXkuIEl0IGlzIGtlcHQgaW4gVlMgQ29kZVxcJ3Mgc2VjcmV0IHN0b3JhZ2UsIG5ldmVyIGluIHNldHRpbmdzIG9yIGZpbGVzLicsXG4gICAgICAgICAgcGxhY2VIb2xkZXI6ICdBSXphXHUyMDI2JyxcbiAgICAgICAgICBwYXNzd29yZDogdHJ1ZSxcbiAgICAgICAgICBpZ25vcmVGb2N1c091dDogdHJ1ZSxcbiAgICAgICAgICB2YWxpZGF0ZUlucHV0OiAodikgPT4gKHYudHJpbSgpLmxlbmd0aCA9PT0gMCA/ICdFbnRlciBhIGtleSwgb3IgcHJlc3MgRXNjYXBlIHRvIGNhbmNlbC4nIDogdW5kZWZpbmVkKSxcbiAgICAgICAgfSk7XG4gIGNvbnN0IGtleSA9IGVudGVyZWQ/LnRyaW0oKTtcbiAgaWYgKCFrZXkpIHJldHVybiBmYWxzZTtcbiAgYXdhaXQgc3RvcmUuc2V0QXBpS2V5KGtleSk7XG4gIHZvaWQgdnNjb2RlLndpbmRvdy5zaG93SW5mb3JtYXRpb25NZXNzYWdlKCdTdG9yeSBXcml0ZXI6IEdlbWluaSBBUEkga2V5IHNhdmVkLicpO1xuICByZXR1cm4gdHJ1ZTtcbn1cblxuLyoqIGBTdG9yeTogQ2xlYXIgQVBJIEtleWAgXHUyMDE0IGFza3MgZmlyc3Q7IGB7IGNvbmZpcm1lZDogdHJ1ZSB9YCBza2lwcyB0aGUgcXVlc3Rpb24gZm9yIGF1dG9tYXRpb24uICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gY2xlYXJBcGlLZXkoc3RvcmU6IEFwaUtleVN0b3JlLCBvcHRpb25zPzogdW5rbm93bik6IFByb21pc2U8Ym9vbGVhbj4ge1xuICBjb25zdCBwcmVDb25maXJtZWQgPSB0eXBlb2Ygb3B0aW9ucyA9PT0gJ29iamVjdCcgJiYgb3B0aW9ucyAhPT0gbnVsbCAmJiAob3B0aW9ucyBhcyB7IGNvbmZpcm1lZD86IHVua25vd24gfSkuY29uZmlybWVkID09PSB0cnVlO1xuICBpZiAoIXByZUNvbmZpcm1lZCkge1xuICAgIGNvbnN0IGNob2ljZSA9IGF3YWl0IHZzY29kZS53aW5kb3cuc2hvd1dhcm5pbmdNZXNzYWdlKFxuICAgICAgJ1JlbW92ZSB0aGUgc3RvcmVkIEdlbWluaSBBUEkga2V5PyBTdG9yeSBXcml0ZXIgY2Fubm90IGdlbmVyYXRlIHVudGlsIHlvdSBzZXQgb25lIGFnYWluLicsXG4gICAgICB7IG1vZGFsOiB0cnVlIH0sXG4gICAgICAnUmVtb3ZlIEtleScsXG4gICAgKTtcbiAgICBpZiAoY2hvaWNlICE9PSAnUmVtb3ZlIEtleScpIHJldHVybiBmYWxzZTtcbiAgfVxuICBhd2FpdCBzdG9yZS5jbGVhckFwaUtleSgpO1xuICByZXR1cm4gdHJ1ZTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxhQUF3QjtBQU94QixlQUFzQixVQUFVLE9BQW9CLGFBQXlDO0FBQzNGLFFBQU0sVUFDSixPQUFPLGdCQUFnQixXQUNuQixjQUNBLE1BQU0sT0FBTyxPQUFPLGFBQWE7QUFBQSxJQUMvQixPQUFPO0FBQUEsSUFDUCxRQUFRO0FBQUEsSUFDUixhQUFhO0FBQUEsSUFDYixVQUFVO0FBQUEsSUFDVixnQkFBZ0I7QUFBQSxJQUNoQixlQUFlLENBQUMsTUFBTyxFQUFFLEtBQUssRUFBRSxXQUFXLElBQUksNENBQTRDO0FBQUEsRUFDN0YsQ0FBQztBQUNQLFFBQU0sTUFBTSxTQUFTLEtBQUs7QUFDMUIsTUFBSSxDQUFDLElBQUssUUFBTztBQUNqQixRQUFNLE1BQU0sVUFBVSxHQUFHO0FBQ3pCLE9BQUssT0FBTyxPQUFPLHVCQUF1QixxQ0FBcUM7QUFDL0UsU0FBTztBQUNUO0FBR0EsZUFBc0IsWUFBWSxPQUFvQixTQUFxQztBQUN6RixRQUFNLGVBQWUsT0FBTyxZQUFZLFlBQVksWUFBWSxRQUFTLFFBQW9DLGNBQWM7QUFDM0gsTUFBSSxDQUFDLGNBQWM7QUFDakIsVUFBTSxTQUFTLE1BQU0sT0FBTyxPQUFPO0FBQUEsTUFDakM7QUFBQSxNQUNBLEVBQUUsT0FBTyxLQUFLO0FBQUEsTUFDZDtBQUFBLElBQ0Y7QUFDQSxRQUFJLFdBQVcsYUFBYyxRQUFPO0FBQUEsRUFDdEM7QUFDQSxRQUFNLE1BQU0sWUFBWTtBQUN4QixTQUFPO0FBQ1Q7IiwKICAibmFtZXMiOiBbXQp9Cg==
