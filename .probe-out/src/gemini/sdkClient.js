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
var sdkClient_exports = {};
__export(sdkClient_exports, {
  createSdkClient: () => createSdkClient
});
module.exports = __toCommonJS(sdkClient_exports);
let sdkModule;
function loadSdk() {
  sdkModule ??= import("@google/genai");
  return sdkModule;
}
const createSdkClient = async ({ apiKey, baseUrl }) => {
  const { GoogleGenAI } = await loadSdk();
  const ai = new GoogleGenAI({
    apiKey,
    vertexai: false,
    ...baseUrl ? { httpOptions: { baseUrl } } : {}
  });
  return {
    async generateStream(params, signal) {
      const stream = await ai.models.generateContentStream({
        model: params.model,
        contents: [{ role: "user", parts: [{ text: params.prompt }] }],
        config: {
          ...params.config,
          ...params.systemInstruction ? { systemInstruction: params.systemInstruction } : {},
          abortSignal: signal
        }
      });
      return stream;
    },
    async getModel(model, signal) {
      const info = await ai.models.get({ model, config: { abortSignal: signal } });
      return { name: info.name, displayName: info.displayName };
    }
  };
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  createSdkClient
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2dlbWluaS9zZGtDbGllbnQudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCB0eXBlIHsgR29vZ2xlR2VuQUkgfSBmcm9tICdAZ29vZ2xlL2dlbmFpJztcblxuLyoqXG4gKiBUaGUgdGhpbiBzZWFtIGJldHdlZW4gdGhlIHNlcnZpY2UgYW5kIGBAZ29vZ2xlL2dlbmFpYC4gVGhlIFNESyBpcyBsb2FkZWQgb24gZmlyc3QgdXNlIG9ubHksIHNvXG4gKiB0aGUgZXh0ZW5zaW9uIGFjdGl2YXRlcyAoYW5kIHRoZSBDTEkgcHJpbnRzIGAtLWhlbHBgKSB3aXRob3V0IHBheWluZyBmb3IgaXQuXG4gKi9cblxuLyoqIFRoZSBnZW5lcmF0aW9uIHNldHRpbmdzIHRoZSBzZXJ2aWNlIHNlbmRzOyBhIHN1YnNldCBvZiB0aGUgU0RLJ3MgYEdlbmVyYXRlQ29udGVudENvbmZpZ2AuICovXG5leHBvcnQgaW50ZXJmYWNlIEdlbmVyYXRpb25Db25maWcge1xuICByZWFkb25seSB0ZW1wZXJhdHVyZT86IG51bWJlcjtcbiAgcmVhZG9ubHkgbWF4T3V0cHV0VG9rZW5zPzogbnVtYmVyO1xuICByZWFkb25seSB0aGlua2luZ0NvbmZpZz86IHsgcmVhZG9ubHkgdGhpbmtpbmdCdWRnZXQ6IG51bWJlciB9O1xuICByZWFkb25seSByZXNwb25zZU1pbWVUeXBlPzogc3RyaW5nO1xuICByZWFkb25seSByZXNwb25zZUpzb25TY2hlbWE/OiB1bmtub3duO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEdlbmVyYXRlUGFyYW1zIHtcbiAgcmVhZG9ubHkgbW9kZWw6IHN0cmluZztcbiAgcmVhZG9ubHkgcHJvbXB0OiBzdHJpbmc7XG4gIHJlYWRvbmx5IHN5c3RlbUluc3RydWN0aW9uPzogc3RyaW5nO1xuICByZWFkb25seSBjb25maWc6IEdlbmVyYXRpb25Db25maWc7XG59XG5cbi8qKiBUaGUgcGFydHMgb2YgYSBzdHJlYW1lZCBgR2VuZXJhdGVDb250ZW50UmVzcG9uc2VgIHRoZSBzZXJ2aWNlIHJlYWRzLiAqL1xuZXhwb3J0IGludGVyZmFjZSBSZXNwb25zZUNodW5rIHtcbiAgcmVhZG9ubHkgY2FuZGlkYXRlcz86IFJlYWRvbmx5QXJyYXk8e1xuICAgIHJlYWRvbmx5IGNvbnRlbnQ/OiB7IHJlYWRvbmx5IHBhcnRzPzogUmVhZG9ubHlBcnJheTx7IHJlYWRvbmx5IHRleHQ/OiBzdHJpbmc7IHJlYWRvbmx5IHRob3VnaHQ/OiBib29sZWFuIH0+IH07XG4gICAgcmVhZG9ubHkgZmluaXNoUmVhc29uPzogc3RyaW5nO1xuICB9PjtcbiAgcmVhZG9ubHkgcHJvbXB0RmVlZGJhY2s/OiB7IHJlYWRvbmx5IGJsb2NrUmVhc29uPzogc3RyaW5nIH07XG4gIHJlYWRvbmx5IHVzYWdlTWV0YWRhdGE/OiB7XG4gICAgcmVhZG9ubHkgcHJvbXB0VG9rZW5Db3VudD86IG51bWJlcjtcbiAgICByZWFkb25seSBjYW5kaWRhdGVzVG9rZW5Db3VudD86IG51bWJlcjtcbiAgICByZWFkb25seSB0aG91Z2h0c1Rva2VuQ291bnQ/OiBudW1iZXI7XG4gICAgcmVhZG9ubHkgdG90YWxUb2tlbkNvdW50PzogbnVtYmVyO1xuICB9O1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIE1vZGVsSW5mbyB7XG4gIHJlYWRvbmx5IG5hbWU/OiBzdHJpbmc7XG4gIHJlYWRvbmx5IGRpc3BsYXlOYW1lPzogc3RyaW5nO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEdlbWluaUNsaWVudCB7XG4gIGdlbmVyYXRlU3RyZWFtKHBhcmFtczogR2VuZXJhdGVQYXJhbXMsIHNpZ25hbDogQWJvcnRTaWduYWwpOiBQcm9taXNlPEFzeW5jSXRlcmFibGU8UmVzcG9uc2VDaHVuaz4+O1xuICBnZXRNb2RlbChtb2RlbDogc3RyaW5nLCBzaWduYWw6IEFib3J0U2lnbmFsKTogUHJvbWlzZTxNb2RlbEluZm8+O1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIENsaWVudFNldHRpbmdzIHtcbiAgcmVhZG9ubHkgYXBpS2V5OiBzdHJpbmc7XG4gIC8qKiBFbXB0eTogdGhlIFNESydzIGRlZmF1bHQsIHdoaWNoIGhvbm91cnMgR09PR0xFX0dFTUlOSV9CQVNFX1VSTC4gKi9cbiAgcmVhZG9ubHkgYmFzZVVybDogc3RyaW5nO1xufVxuXG5leHBvcnQgdHlwZSBDbGllbnRGYWN0b3J5ID0gKHNldHRpbmdzOiBDbGllbnRTZXR0aW5ncykgPT4gUHJvbWlzZTxHZW1pbmlDbGllbnQ+O1xuXG50eXBlIEdlbkFpTW9kdWxlID0gdHlwZW9mIGltcG9ydCgnQGdvb2dsZS9nZW5haScpO1xuXG5sZXQgc2RrTW9kdWxlOiBQcm9taXNlPEdlbkFpTW9kdWxlPiB8IHVuZGVmaW5lZDtcblxuZnVuY3Rpb24gbG9hZFNkaygpOiBQcm9taXNlPEdlbkFpTW9kdWxlPiB7XG4gIHNka01vZHVsZSA/Pz0gaW1wb3J0KCdAZ29vZ2xlL2dlbmFpJyk7XG4gIHJldHVybiBzZGtNb2R1bGU7XG59XG5cbi8qKiBUaGUgcmVhbCBjbGllbnQ6IGBAZ29vZ2xlL2dlbmFpYCB0YWxraW5nIHRvIHRoZSBHZW1pbmkgRGV2ZWxvcGVyIEFQSSAobmV2ZXIgVmVydGV4KS4gKi9cbmV4cG9ydCBjb25zdCBjcmVhdGVTZGtDbGllbnQ6IENsaWVudEZhY3RvcnkgPSBhc3luYyAoeyBhcGlLZXksIGJhc2VVcmwgfSkgPT4ge1xuICBjb25zdCB7IEdvb2dsZUdlbkFJIH0gPSBhd2FpdCBsb2FkU2RrKCk7XG4gIC8vIE5vIFNESyByZXRyaWVzIChyZXRyeU9wdGlvbnMgdW5zZXQpIGFuZCBubyBTREsgdGltZW91dDogdGhlIHNlcnZpY2Ugb3ducyBib3RoLlxuICBjb25zdCBhaTogR29vZ2xlR2VuQUkgPSBuZXcgR29vZ2xlR2VuQUkoe1xuICAgIGFwaUtleSxcbiAgICB2ZXJ0ZXhhaTogZmFsc2UsXG4gICAgLi4uKGJhc2VVcmwgPyB7IGh0dHBPcHRpb25zOiB7IGJhc2VVcmwgfSB9IDoge30pLFxuICB9KTtcbiAgcmV0dXJuIHtcbiAgICBhc3luYyBnZW5lcmF0ZVN0cmVhbShwYXJhbXMsIHNpZ25hbCkge1xuICAgICAgY29uc3Qgc3RyZWFtID0gYXdhaXQgYWkubW9kZWxzLmdlbmVyYXRlQ29udGVudFN0cmVhbSh7XG4gICAgICAgIG1vZGVsOiBwYXJhbXMubW9kZWwsXG4gICAgICAgIGNvbnRlbnRzOiBbeyByb2xlOiAndXNlcicsIHBhcnRzOiBbeyB0ZXh0OiBwYXJhbXMucHJvbXB0IH1dIH1dLFxuICAgICAgICBjb25maWc6IHtcbiAgICAgICAgICAuLi5wYXJhbXMuY29uZmlnLFxuICAgICAgICAgIC4uLihwYXJhbXMuc3lzdGVtSW5zdHJ1Y3Rpb24gPyB7IHN5c3RlbUluc3RydWN0aW9uOiBwYXJhbXMuc3lzdGVtSW5zdHJ1Y3Rpb24gfSA6IHt9KSxcbiAgICAgICAgICBhYm9ydFNpZ25hbDogc2lnbmFsLFxuICAgICAgICB9LFxuICAgICAgfSk7XG4gICAgICByZXR1cm4gc3RyZWFtIGFzIEFzeW5jSXRlcmFibGU8UmVzcG9uc2VDaHVuaz47XG4gICAgfSxcbiAgICBhc3luYyBnZXRNb2RlbChtb2RlbCwgc2lnbmFsKSB7XG4gICAgICBjb25zdCBpbmZvID0gYXdhaXQgYWkubW9kZWxzLmdldCh7IG1vZGVsLCBjb25maWc6IHsgYWJvcnRTaWduYWw6IHNpZ25hbCB9IH0pO1xuICAgICAgcmV0dXJuIHsgbmFtZTogaW5mby5uYW1lLCBkaXNwbGF5TmFtZTogaW5mby5kaXNwbGF5TmFtZSB9O1xuICAgIH0sXG4gIH07XG59O1xuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUEwREEsSUFBSTtBQUVKLFNBQVMsVUFBZ0M7QUFDdkMsZ0JBQWMsT0FBTyxlQUFlO0FBQ3BDLFNBQU87QUFDVDtBQUdPLE1BQU0sa0JBQWlDLE9BQU8sRUFBRSxRQUFRLFFBQVEsTUFBTTtBQUMzRSxRQUFNLEVBQUUsWUFBWSxJQUFJLE1BQU0sUUFBUTtBQUV0QyxRQUFNLEtBQWtCLElBQUksWUFBWTtBQUFBLElBQ3RDO0FBQUEsSUFDQSxVQUFVO0FBQUEsSUFDVixHQUFJLFVBQVUsRUFBRSxhQUFhLEVBQUUsUUFBUSxFQUFFLElBQUksQ0FBQztBQUFBLEVBQ2hELENBQUM7QUFDRCxTQUFPO0FBQUEsSUFDTCxNQUFNLGVBQWUsUUFBUSxRQUFRO0FBQ25DLFlBQU0sU0FBUyxNQUFNLEdBQUcsT0FBTyxzQkFBc0I7QUFBQSxRQUNuRCxPQUFPLE9BQU87QUFBQSxRQUNkLFVBQVUsQ0FBQyxFQUFFLE1BQU0sUUFBUSxPQUFPLENBQUMsRUFBRSxNQUFNLE9BQU8sT0FBTyxDQUFDLEVBQUUsQ0FBQztBQUFBLFFBQzdELFFBQVE7QUFBQSxVQUNOLEdBQUcsT0FBTztBQUFBLFVBQ1YsR0FBSSxPQUFPLG9CQUFvQixFQUFFLG1CQUFtQixPQUFPLGtCQUFrQixJQUFJLENBQUM7QUFBQSxVQUNsRixhQUFhO0FBQUEsUUFDZjtBQUFBLE1BQ0YsQ0FBQztBQUNELGFBQU87QUFBQSxJQUNUO0FBQUEsSUFDQSxNQUFNLFNBQVMsT0FBTyxRQUFRO0FBQzVCLFlBQU0sT0FBTyxNQUFNLEdBQUcsT0FBTyxJQUFJLEVBQUUsT0FBTyxRQUFRLEVBQUUsYUFBYSxPQUFPLEVBQUUsQ0FBQztBQUMzRSxhQUFPLEVBQUUsTUFBTSxLQUFLLE1BQU0sYUFBYSxLQUFLLFlBQVk7QUFBQSxJQUMxRDtBQUFBLEVBQ0Y7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
