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
var host_exports = {};
__export(host_exports, {
  apiKeyFrom: () => apiKeyFrom,
  cacheDirFor: () => cacheDirFor,
  loggerFor: () => loggerFor,
  requireApiKey: () => requireApiKey,
  serviceFor: () => serviceFor
});
module.exports = __toCommonJS(host_exports);
var import_node_os = require("node:os");
var import_node_path = require("node:path");
var import_gemini = require("../gemini");
var import_consoleLogger = require("../node/consoleLogger");
function apiKeyFrom(env) {
  return env.GEMINI_API_KEY?.trim() || void 0;
}
function requireApiKey(env) {
  const key = apiKeyFrom(env);
  if (!key) {
    throw new import_gemini.GeminiError("auth", "GEMINI_API_KEY is not set. Export your Gemini API key first: export GEMINI_API_KEY=your-key");
  }
  return key;
}
function loggerFor(io, verbose) {
  const level = io.env.STORY_WRITER_LOG ?? (verbose ? "debug" : "off");
  return (0, import_consoleLogger.createStderrLogger)({ level, secrets: () => [apiKeyFrom(io.env)], write: (line) => io.stderr.write(line) });
}
function cacheDirFor(env) {
  if (env.STORY_WRITER_CACHE_DIR) return env.STORY_WRITER_CACHE_DIR;
  return (0, import_node_path.join)(env.XDG_CACHE_HOME || (0, import_node_path.join)((0, import_node_os.homedir)(), ".cache"), "story-writer", "responses");
}
function serviceFor(io, settings, logger) {
  const key = requireApiKey(io.env);
  return (0, import_gemini.createGeminiService)({
    apiKey: async () => key,
    settings,
    logger,
    cacheDir: settings["cache.persist"] ? cacheDirFor(io.env) : void 0
  });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  apiKeyFrom,
  cacheDirFor,
  loggerFor,
  requireApiKey,
  serviceFor
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NsaS9ob3N0LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgeyBob21lZGlyIH0gZnJvbSAnbm9kZTpvcyc7XG5pbXBvcnQgeyBqb2luIH0gZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCB0eXBlIHsgU2V0dGluZ3MgfSBmcm9tICcuLi9jb3JlL2NvbmZpZy9zZXR0aW5ncyc7XG5pbXBvcnQgdHlwZSB7IExvZ2dlciwgTG9nTGV2ZWwgfSBmcm9tICcuLi9jb3JlL3BvcnRzJztcbmltcG9ydCB7IGNyZWF0ZUdlbWluaVNlcnZpY2UsIEdlbWluaUVycm9yLCB0eXBlIEdlbWluaVNlcnZpY2UgfSBmcm9tICcuLi9nZW1pbmknO1xuaW1wb3J0IHsgY3JlYXRlU3RkZXJyTG9nZ2VyIH0gZnJvbSAnLi4vbm9kZS9jb25zb2xlTG9nZ2VyJztcblxuLyoqIFdoYXQgZXZlcnkgc3ViY29tbWFuZCBnZXRzIGZyb20gdGhlIHRlcm1pbmFsOiBzdHJlYW1zLCBlbnZpcm9ubWVudCwgYW5kIEN0cmwrQy4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQ2xpSW8ge1xuICByZWFkb25seSBzdGRvdXQ6IE5vZGVKUy5Xcml0YWJsZVN0cmVhbSAmIHsgaXNUVFk/OiBib29sZWFuIH07XG4gIHJlYWRvbmx5IHN0ZGVycjogTm9kZUpTLldyaXRhYmxlU3RyZWFtICYgeyBpc1RUWT86IGJvb2xlYW4gfTtcbiAgcmVhZG9ubHkgZW52OiBOb2RlSlMuUHJvY2Vzc0VudjtcbiAgcmVhZG9ubHkgY3dkOiBzdHJpbmc7XG4gIC8qKiBBYm9ydHMgb24gU0lHSU5ULiAqL1xuICByZWFkb25seSBzaWduYWw6IEFib3J0U2lnbmFsO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gYXBpS2V5RnJvbShlbnY6IE5vZGVKUy5Qcm9jZXNzRW52KTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgcmV0dXJuIGVudi5HRU1JTklfQVBJX0tFWT8udHJpbSgpIHx8IHVuZGVmaW5lZDtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHJlcXVpcmVBcGlLZXkoZW52OiBOb2RlSlMuUHJvY2Vzc0Vudik6IHN0cmluZyB7XG4gIGNvbnN0IGtleSA9IGFwaUtleUZyb20oZW52KTtcbiAgaWYgKCFrZXkpIHtcbiAgICB0aHJvdyBuZXcgR2VtaW5pRXJyb3IoJ2F1dGgnLCAnR0VNSU5JX0FQSV9LRVkgaXMgbm90IHNldC4gRXhwb3J0IHlvdXIgR2VtaW5pIEFQSSBrZXkgZmlyc3Q6IGV4cG9ydCBHRU1JTklfQVBJX0tFWT15b3VyLWtleScpO1xuICB9XG4gIHJldHVybiBrZXk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBsb2dnZXJGb3IoaW86IENsaUlvLCB2ZXJib3NlOiBib29sZWFuKTogTG9nZ2VyIHtcbiAgLy8gRXJyb3JzIHJlYWNoIHRoZSB1c2VyIG9uY2UsIGFzIHRoZSBjb21tYW5kJ3Mgb3duIHNlbnRlbmNlOyB0aGUgbG9nIGlzIGZvciAtLXZlcmJvc2UuXG4gIGNvbnN0IGxldmVsID0gKGlvLmVudi5TVE9SWV9XUklURVJfTE9HIGFzIExvZ0xldmVsIHwgJ29mZicgfCB1bmRlZmluZWQpID8/ICh2ZXJib3NlID8gJ2RlYnVnJyA6ICdvZmYnKTtcbiAgcmV0dXJuIGNyZWF0ZVN0ZGVyckxvZ2dlcih7IGxldmVsLCBzZWNyZXRzOiAoKSA9PiBbYXBpS2V5RnJvbShpby5lbnYpXSwgd3JpdGU6IChsaW5lKSA9PiBpby5zdGRlcnIud3JpdGUobGluZSkgfSk7XG59XG5cbi8qKiBUaGUgcGVyc2lzdGVudCByZXNwb25zZSBjYWNoZSBvZiB0aGUgaGVhZGxlc3MgY29tbWFuZDogYSBwZXItdXNlciBjYWNoZSBmb2xkZXIuICovXG5leHBvcnQgZnVuY3Rpb24gY2FjaGVEaXJGb3IoZW52OiBOb2RlSlMuUHJvY2Vzc0Vudik6IHN0cmluZyB7XG4gIGlmIChlbnYuU1RPUllfV1JJVEVSX0NBQ0hFX0RJUikgcmV0dXJuIGVudi5TVE9SWV9XUklURVJfQ0FDSEVfRElSO1xuICByZXR1cm4gam9pbihlbnYuWERHX0NBQ0hFX0hPTUUgfHwgam9pbihob21lZGlyKCksICcuY2FjaGUnKSwgJ3N0b3J5LXdyaXRlcicsICdyZXNwb25zZXMnKTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHNlcnZpY2VGb3IoaW86IENsaUlvLCBzZXR0aW5nczogU2V0dGluZ3MsIGxvZ2dlcjogTG9nZ2VyKTogR2VtaW5pU2VydmljZSB7XG4gIGNvbnN0IGtleSA9IHJlcXVpcmVBcGlLZXkoaW8uZW52KTtcbiAgcmV0dXJuIGNyZWF0ZUdlbWluaVNlcnZpY2Uoe1xuICAgIGFwaUtleTogYXN5bmMgKCkgPT4ga2V5LFxuICAgIHNldHRpbmdzLFxuICAgIGxvZ2dlcixcbiAgICBjYWNoZURpcjogc2V0dGluZ3NbJ2NhY2hlLnBlcnNpc3QnXSA/IGNhY2hlRGlyRm9yKGlvLmVudikgOiB1bmRlZmluZWQsXG4gIH0pO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEscUJBQXdCO0FBQ3hCLHVCQUFxQjtBQUdyQixvQkFBcUU7QUFDckUsMkJBQW1DO0FBWTVCLFNBQVMsV0FBVyxLQUE0QztBQUNyRSxTQUFPLElBQUksZ0JBQWdCLEtBQUssS0FBSztBQUN2QztBQUVPLFNBQVMsY0FBYyxLQUFnQztBQUM1RCxRQUFNLE1BQU0sV0FBVyxHQUFHO0FBQzFCLE1BQUksQ0FBQyxLQUFLO0FBQ1IsVUFBTSxJQUFJLDBCQUFZLFFBQVEsNkZBQTZGO0FBQUEsRUFDN0g7QUFDQSxTQUFPO0FBQ1Q7QUFFTyxTQUFTLFVBQVUsSUFBVyxTQUEwQjtBQUU3RCxRQUFNLFFBQVMsR0FBRyxJQUFJLHFCQUFzRCxVQUFVLFVBQVU7QUFDaEcsYUFBTyx5Q0FBbUIsRUFBRSxPQUFPLFNBQVMsTUFBTSxDQUFDLFdBQVcsR0FBRyxHQUFHLENBQUMsR0FBRyxPQUFPLENBQUMsU0FBUyxHQUFHLE9BQU8sTUFBTSxJQUFJLEVBQUUsQ0FBQztBQUNsSDtBQUdPLFNBQVMsWUFBWSxLQUFnQztBQUMxRCxNQUFJLElBQUksdUJBQXdCLFFBQU8sSUFBSTtBQUMzQyxhQUFPLHVCQUFLLElBQUksc0JBQWtCLDJCQUFLLHdCQUFRLEdBQUcsUUFBUSxHQUFHLGdCQUFnQixXQUFXO0FBQzFGO0FBRU8sU0FBUyxXQUFXLElBQVcsVUFBb0IsUUFBK0I7QUFDdkYsUUFBTSxNQUFNLGNBQWMsR0FBRyxHQUFHO0FBQ2hDLGFBQU8sbUNBQW9CO0FBQUEsSUFDekIsUUFBUSxZQUFZO0FBQUEsSUFDcEI7QUFBQSxJQUNBO0FBQUEsSUFDQSxVQUFVLFNBQVMsZUFBZSxJQUFJLFlBQVksR0FBRyxHQUFHLElBQUk7QUFBQSxFQUM5RCxDQUFDO0FBQ0g7IiwKICAibmFtZXMiOiBbXQp9Cg==
