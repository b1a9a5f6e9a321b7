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
var gemini_exports = {};
__export(gemini_exports, {
  EXIT_CODES: () => import_errors.EXIT_CODES,
  GEMINI_ERROR_KINDS: () => import_errors.GEMINI_ERROR_KINDS,
  GeminiError: () => import_errors.GeminiError,
  GeminiService: () => import_geminiService.GeminiService,
  configFromSettings: () => import_serviceConfig.configFromSettings,
  createGeminiService: () => import_geminiService.createGeminiService,
  estimateTokens: () => import_geminiService.estimateTokens,
  exitCodeFor: () => import_errors.exitCodeFor,
  isGeminiError: () => import_errors.isGeminiError,
  redact: () => import_errors.redact
});
module.exports = __toCommonJS(gemini_exports);
var import_geminiService = require("./geminiService");
var import_serviceConfig = require("./serviceConfig");
var import_errors = require("./errors");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  EXIT_CODES,
  GEMINI_ERROR_KINDS,
  GeminiError,
  GeminiService,
  configFromSettings,
  createGeminiService,
  estimateTokens,
  exitCodeFor,
  isGeminiError,
  redact
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2dlbWluaS9pbmRleC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLy8gVGhlIEdlbWluaSBzZXJ2aWNlOiBwbGFpbiBOb2RlLCBubyBgdnNjb2RlYC4gSG9zdHMgY29uc3RydWN0IGl0IHdpdGggYGNyZWF0ZUdlbWluaVNlcnZpY2VgLlxuZXhwb3J0IHsgR2VtaW5pU2VydmljZSwgY3JlYXRlR2VtaW5pU2VydmljZSwgZXN0aW1hdGVUb2tlbnMsIHR5cGUgR2VtaW5pU2VydmljZU9wdGlvbnMgfSBmcm9tICcuL2dlbWluaVNlcnZpY2UnO1xuZXhwb3J0IHsgY29uZmlnRnJvbVNldHRpbmdzLCB0eXBlIEdlbWluaVNlcnZpY2VDb25maWcgfSBmcm9tICcuL3NlcnZpY2VDb25maWcnO1xuZXhwb3J0IHtcbiAgR2VtaW5pRXJyb3IsXG4gIEdFTUlOSV9FUlJPUl9LSU5EUyxcbiAgRVhJVF9DT0RFUyxcbiAgZXhpdENvZGVGb3IsXG4gIGlzR2VtaW5pRXJyb3IsXG4gIHJlZGFjdCxcbiAgdHlwZSBHZW1pbmlFcnJvcktpbmQsXG4gIHR5cGUgR2VtaW5pRXJyb3JBY3Rpb24sXG59IGZyb20gJy4vZXJyb3JzJztcbmV4cG9ydCB0eXBlIHsgU3Vic2NyaXB0aW9uIH0gZnJvbSAnLi9jaGFuZ2VFdmVudCc7XG5leHBvcnQgdHlwZSB7IENsaWVudEZhY3RvcnksIEdlbWluaUNsaWVudCwgQ2xpZW50U2V0dGluZ3MgfSBmcm9tICcuL3Nka0NsaWVudCc7XG5leHBvcnQgdHlwZSAqIGZyb20gJy4vdHlwZXMnO1xuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUNBLDJCQUE4RjtBQUM5RiwyQkFBNkQ7QUFDN0Qsb0JBU087IiwKICAibmFtZXMiOiBbXQp9Cg==
