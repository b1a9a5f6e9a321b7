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
var models_exports = {};
__export(models_exports, {
  DEFAULT_MODELS: () => DEFAULT_MODELS,
  modelCatalog: () => modelCatalog,
  modelResource: () => modelResource,
  thinks: () => thinks
});
module.exports = __toCommonJS(models_exports);
const DEFAULT_MODELS = ["gemini-2.5-flash", "gemini-2.5-pro", "gemini-2.5-flash-lite", "gemini-2.0-flash"];
function modelCatalog(models = DEFAULT_MODELS) {
  const infos = models.map((m) => typeof m === "string" ? { id: m } : m);
  const byId = new Map(infos.map((m) => [m.id, m]));
  return {
    find: (id) => byId.get(id.replace(/^models\//, "")),
    all: () => infos
  };
}
function thinks(model) {
  return model.thinking ?? (model.id.includes("2.5") && !model.id.includes("lite"));
}
function modelResource(model) {
  return {
    name: `models/${model.id}`,
    version: "001",
    displayName: model.displayName ?? displayNameFor(model.id),
    description: `Fake ${displayNameFor(model.id)} served by the Story Writer test server.`,
    inputTokenLimit: model.inputTokenLimit ?? 1048576,
    outputTokenLimit: model.outputTokenLimit ?? (thinks(model) ? 65536 : 8192),
    supportedGenerationMethods: ["generateContent", "countTokens", "createCachedContent", "batchGenerateContent"],
    temperature: 1,
    topP: 0.95,
    topK: 64,
    maxTemperature: 2,
    ...thinks(model) ? { thinking: true } : {}
  };
}
function displayNameFor(id) {
  return id.split("-").map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join(" ").replace(/ Lite$/, "-Lite");
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DEFAULT_MODELS,
  modelCatalog,
  modelResource,
  thinks
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC9zdXBwb3J0L2Zha2VHZW1pbmkvbW9kZWxzLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvLyBUaGUgbW9kZWxzIHRoZSBzZXJ2ZXIga25vd3MsIGFuZCB0aGVpciBgR0VUIC9tb2RlbHNgIGRlc2NyaXB0aW9ucyBpbiBHZW1pbmkncyBzaGFwZS5cbmltcG9ydCB0eXBlIHsgRmFrZU1vZGVsSW5mbyB9IGZyb20gJy4vdHlwZXMnO1xuXG5leHBvcnQgY29uc3QgREVGQVVMVF9NT0RFTFM6IHJlYWRvbmx5IHN0cmluZ1tdID0gWydnZW1pbmktMi41LWZsYXNoJywgJ2dlbWluaS0yLjUtcHJvJywgJ2dlbWluaS0yLjUtZmxhc2gtbGl0ZScsICdnZW1pbmktMi4wLWZsYXNoJ107XG5cbmV4cG9ydCBpbnRlcmZhY2UgTW9kZWxDYXRhbG9nIHtcbiAgZmluZChpZDogc3RyaW5nKTogRmFrZU1vZGVsSW5mbyB8IHVuZGVmaW5lZDtcbiAgYWxsKCk6IHJlYWRvbmx5IEZha2VNb2RlbEluZm9bXTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIG1vZGVsQ2F0YWxvZyhtb2RlbHM6IFJlYWRvbmx5QXJyYXk8c3RyaW5nIHwgRmFrZU1vZGVsSW5mbz4gPSBERUZBVUxUX01PREVMUyk6IE1vZGVsQ2F0YWxvZyB7XG4gIGNvbnN0IGluZm9zID0gbW9kZWxzLm1hcCgobSkgPT4gKHR5cGVvZiBtID09PSAnc3RyaW5nJyA/IHsgaWQ6IG0gfSA6IG0pKTtcbiAgY29uc3QgYnlJZCA9IG5ldyBNYXAoaW5mb3MubWFwKChtKSA9PiBbbS5pZCwgbV0pKTtcbiAgcmV0dXJuIHtcbiAgICBmaW5kOiAoaWQpID0+IGJ5SWQuZ2V0KGlkLnJlcGxhY2UoL15tb2RlbHNcXC8vLCAnJykpLFxuICAgIGFsbDogKCkgPT4gaW5mb3MsXG4gIH07XG59XG5cbi8qKiBUaGUgMi41IGZhbWlseSB0aGlua3MgYnkgZGVmYXVsdCwgZXhjZXB0IEZsYXNoLUxpdGUgKHRoaW5raW5nIG9mZiB1bmxlc3MgYXNrZWQpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRoaW5rcyhtb2RlbDogRmFrZU1vZGVsSW5mbyk6IGJvb2xlYW4ge1xuICByZXR1cm4gbW9kZWwudGhpbmtpbmcgPz8gKG1vZGVsLmlkLmluY2x1ZGVzKCcyLjUnKSAmJiAhbW9kZWwuaWQuaW5jbHVkZXMoJ2xpdGUnKSk7XG59XG5cbi8qKiBBIGBNb2RlbGAgcmVzb3VyY2UgYXMgYEdFVCAvdjFiZXRhL21vZGVscy97aWR9YCByZXR1cm5zIGl0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG1vZGVsUmVzb3VyY2UobW9kZWw6IEZha2VNb2RlbEluZm8pOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiB7XG4gIHJldHVybiB7XG4gICAgbmFtZTogYG1vZGVscy8ke21vZGVsLmlkfWAsXG4gICAgdmVyc2lvbjogJzAwMScsXG4gICAgZGlzcGxheU5hbWU6IG1vZGVsLmRpc3BsYXlOYW1lID8/IGRpc3BsYXlOYW1lRm9yKG1vZGVsLmlkKSxcbiAgICBkZXNjcmlwdGlvbjogYEZha2UgJHtkaXNwbGF5TmFtZUZvcihtb2RlbC5pZCl9IHNlcnZlZCBieSB0aGUgU3RvcnkgV3JpdGVyIHRlc3Qgc2VydmVyLmAsXG4gICAgaW5wdXRUb2tlbkxpbWl0OiBtb2RlbC5pbnB1dFRva2VuTGltaXQgPz8gMV8wNDhfNTc2LFxuICAgIG91dHB1dFRva2VuTGltaXQ6IG1vZGVsLm91dHB1dFRva2VuTGltaXQgPz8gKHRoaW5rcyhtb2RlbCkgPyA2NV81MzYgOiA4XzE5MiksXG4gICAgc3VwcG9ydGVkR2VuZXJhdGlvbk1ldGhvZHM6IFsnZ2VuZXJhdGVDb250ZW50JywgJ2NvdW50VG9rZW5zJywgJ2NyZWF0ZUNhY2hlZENvbnRlbnQnLCAnYmF0Y2hHZW5lcmF0ZUNvbnRlbnQnXSxcbiAgICB0ZW1wZXJhdHVyZTogMSxcbiAgICB0b3BQOiAwLjk1LFxuICAgIHRvcEs6IDY0LFxuICAgIG1heFRlbXBlcmF0dXJlOiAyLFxuICAgIC4uLih0aGlua3MobW9kZWwpID8geyB0aGlua2luZzogdHJ1ZSB9IDoge30pLFxuICB9O1xufVxuXG4vKiogYGdlbWluaS0yLjUtZmxhc2gtbGl0ZWAgXHUyMTkyIGBHZW1pbmkgMi41IEZsYXNoLUxpdGVgLCBhcyBHb29nbGUgbmFtZXMgdGhlbS4gKi9cbmZ1bmN0aW9uIGRpc3BsYXlOYW1lRm9yKGlkOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gaWRcbiAgICAuc3BsaXQoJy0nKVxuICAgIC5tYXAoKHBhcnQpID0+IHBhcnQuY2hhckF0KDApLnRvVXBwZXJDYXNlKCkgKyBwYXJ0LnNsaWNlKDEpKVxuICAgIC5qb2luKCcgJylcbiAgICAucmVwbGFjZSgvIExpdGUkLywgJy1MaXRlJyk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBR08sTUFBTSxpQkFBb0MsQ0FBQyxvQkFBb0Isa0JBQWtCLHlCQUF5QixrQkFBa0I7QUFPNUgsU0FBUyxhQUFhLFNBQWdELGdCQUE4QjtBQUN6RyxRQUFNLFFBQVEsT0FBTyxJQUFJLENBQUMsTUFBTyxPQUFPLE1BQU0sV0FBVyxFQUFFLElBQUksRUFBRSxJQUFJLENBQUU7QUFDdkUsUUFBTSxPQUFPLElBQUksSUFBSSxNQUFNLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxJQUFJLENBQUMsQ0FBQyxDQUFDO0FBQ2hELFNBQU87QUFBQSxJQUNMLE1BQU0sQ0FBQyxPQUFPLEtBQUssSUFBSSxHQUFHLFFBQVEsYUFBYSxFQUFFLENBQUM7QUFBQSxJQUNsRCxLQUFLLE1BQU07QUFBQSxFQUNiO0FBQ0Y7QUFHTyxTQUFTLE9BQU8sT0FBK0I7QUFDcEQsU0FBTyxNQUFNLGFBQWEsTUFBTSxHQUFHLFNBQVMsS0FBSyxLQUFLLENBQUMsTUFBTSxHQUFHLFNBQVMsTUFBTTtBQUNqRjtBQUdPLFNBQVMsY0FBYyxPQUErQztBQUMzRSxTQUFPO0FBQUEsSUFDTCxNQUFNLFVBQVUsTUFBTSxFQUFFO0FBQUEsSUFDeEIsU0FBUztBQUFBLElBQ1QsYUFBYSxNQUFNLGVBQWUsZUFBZSxNQUFNLEVBQUU7QUFBQSxJQUN6RCxhQUFhLFFBQVEsZUFBZSxNQUFNLEVBQUUsQ0FBQztBQUFBLElBQzdDLGlCQUFpQixNQUFNLG1CQUFtQjtBQUFBLElBQzFDLGtCQUFrQixNQUFNLHFCQUFxQixPQUFPLEtBQUssSUFBSSxRQUFTO0FBQUEsSUFDdEUsNEJBQTRCLENBQUMsbUJBQW1CLGVBQWUsdUJBQXVCLHNCQUFzQjtBQUFBLElBQzVHLGFBQWE7QUFBQSxJQUNiLE1BQU07QUFBQSxJQUNOLE1BQU07QUFBQSxJQUNOLGdCQUFnQjtBQUFBLElBQ2hCLEdBQUksT0FBTyxLQUFLLElBQUksRUFBRSxVQUFVLEtBQUssSUFBSSxDQUFDO0FBQUEsRUFDNUM7QUFDRjtBQUdBLFNBQVMsZUFBZSxJQUFvQjtBQUMxQyxTQUFPLEdBQ0osTUFBTSxHQUFHLEVBQ1QsSUFBSSxDQUFDLFNBQVMsS0FBSyxPQUFPLENBQUMsRUFBRSxZQUFZLElBQUksS0FBSyxNQUFNLENBQUMsQ0FBQyxFQUMxRCxLQUFLLEdBQUcsRUFDUixRQUFRLFVBQVUsT0FBTztBQUM5QjsiLAogICJuYW1lcyI6IFtdCn0K
