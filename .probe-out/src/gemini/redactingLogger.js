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
var redactingLogger_exports = {};
__export(redactingLogger_exports, {
  redactingLogger: () => redactingLogger
});
module.exports = __toCommonJS(redactingLogger_exports);
var import_errors = require("./errors");
function redactingLogger(inner, secrets) {
  const scrub = (message, fields) => {
    const keys = secrets();
    return [(0, import_errors.redact)(message, ...keys), fields === void 0 ? void 0 : scrubValue(fields, keys, 0)];
  };
  return {
    trace: (message, fields) => inner.trace(...scrub(message, fields)),
    debug: (message, fields) => inner.debug(...scrub(message, fields)),
    info: (message, fields) => inner.info(...scrub(message, fields)),
    warn: (message, fields) => inner.warn(...scrub(message, fields)),
    error: (message, fields) => inner.error(...scrub(message, fields)),
    child: (component) => redactingLogger(inner.child(component), secrets)
  };
}
const MAX_DEPTH = 5;
function scrubValue(value, keys, depth) {
  if (typeof value === "string") return (0, import_errors.redact)(value, ...keys);
  if (value instanceof Error) return (0, import_errors.redact)(value.message, ...keys);
  if (depth >= MAX_DEPTH || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, keys, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubValue(v, keys, depth + 1)]));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  redactingLogger
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2dlbWluaS9yZWRhY3RpbmdMb2dnZXIudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCB0eXBlIHsgTG9nZ2VyIH0gZnJvbSAnLi4vY29yZS9wb3J0cyc7XG5pbXBvcnQgeyByZWRhY3QgfSBmcm9tICcuL2Vycm9ycyc7XG5cbi8qKlxuICogQSBsb2dnZXIgdGhhdCBzY3J1YnMgc2VjcmV0cyBmcm9tIGV2ZXJ5IGxpbmUgYW5kIGZpZWxkIGJlZm9yZSBwYXNzaW5nIGl0IG9uOiB0aGUgbGFzdCBsaW5lIG9mXG4gKiBkZWZlbmNlIHRoYXQga2VlcHMgdGhlIEFQSSBrZXkgb3V0IG9mIGxvZ3MgZXZlbiBpZiBhbiBTREsgZXJyb3IgZXZlciBlY2hvZXMgaXQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZWRhY3RpbmdMb2dnZXIoaW5uZXI6IExvZ2dlciwgc2VjcmV0czogKCkgPT4gUmVhZG9ubHlBcnJheTxzdHJpbmc+KTogTG9nZ2VyIHtcbiAgY29uc3Qgc2NydWIgPSAobWVzc2FnZTogc3RyaW5nLCBmaWVsZHM/OiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPik6IFtzdHJpbmcsIFJlY29yZDxzdHJpbmcsIHVua25vd24+P10gPT4ge1xuICAgIGNvbnN0IGtleXMgPSBzZWNyZXRzKCk7XG4gICAgcmV0dXJuIFtyZWRhY3QobWVzc2FnZSwgLi4ua2V5cyksIGZpZWxkcyA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogKHNjcnViVmFsdWUoZmllbGRzLCBrZXlzLCAwKSBhcyBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPildO1xuICB9O1xuICByZXR1cm4ge1xuICAgIHRyYWNlOiAobWVzc2FnZSwgZmllbGRzKSA9PiBpbm5lci50cmFjZSguLi5zY3J1YihtZXNzYWdlLCBmaWVsZHMpKSxcbiAgICBkZWJ1ZzogKG1lc3NhZ2UsIGZpZWxkcykgPT4gaW5uZXIuZGVidWcoLi4uc2NydWIobWVzc2FnZSwgZmllbGRzKSksXG4gICAgaW5mbzogKG1lc3NhZ2UsIGZpZWxkcykgPT4gaW5uZXIuaW5mbyguLi5zY3J1YihtZXNzYWdlLCBmaWVsZHMpKSxcbiAgICB3YXJuOiAobWVzc2FnZSwgZmllbGRzKSA9PiBpbm5lci53YXJuKC4uLnNjcnViKG1lc3NhZ2UsIGZpZWxkcykpLFxuICAgIGVycm9yOiAobWVzc2FnZSwgZmllbGRzKSA9PiBpbm5lci5lcnJvciguLi5zY3J1YihtZXNzYWdlLCBmaWVsZHMpKSxcbiAgICBjaGlsZDogKGNvbXBvbmVudCkgPT4gcmVkYWN0aW5nTG9nZ2VyKGlubmVyLmNoaWxkKGNvbXBvbmVudCksIHNlY3JldHMpLFxuICB9O1xufVxuXG5jb25zdCBNQVhfREVQVEggPSA1O1xuXG5mdW5jdGlvbiBzY3J1YlZhbHVlKHZhbHVlOiB1bmtub3duLCBrZXlzOiBSZWFkb25seUFycmF5PHN0cmluZz4sIGRlcHRoOiBudW1iZXIpOiB1bmtub3duIHtcbiAgaWYgKHR5cGVvZiB2YWx1ZSA9PT0gJ3N0cmluZycpIHJldHVybiByZWRhY3QodmFsdWUsIC4uLmtleXMpO1xuICBpZiAodmFsdWUgaW5zdGFuY2VvZiBFcnJvcikgcmV0dXJuIHJlZGFjdCh2YWx1ZS5tZXNzYWdlLCAuLi5rZXlzKTtcbiAgaWYgKGRlcHRoID49IE1BWF9ERVBUSCB8fCB2YWx1ZSA9PT0gbnVsbCB8fCB0eXBlb2YgdmFsdWUgIT09ICdvYmplY3QnKSByZXR1cm4gdmFsdWU7XG4gIGlmIChBcnJheS5pc0FycmF5KHZhbHVlKSkgcmV0dXJuIHZhbHVlLm1hcCgodikgPT4gc2NydWJWYWx1ZSh2LCBrZXlzLCBkZXB0aCArIDEpKTtcbiAgcmV0dXJuIE9iamVjdC5mcm9tRW50cmllcyhPYmplY3QuZW50cmllcyh2YWx1ZSkubWFwKChbaywgdl0pID0+IFtrLCBzY3J1YlZhbHVlKHYsIGtleXMsIGRlcHRoICsgMSldKSk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQ0Esb0JBQXVCO0FBTWhCLFNBQVMsZ0JBQWdCLE9BQWUsU0FBOEM7QUFDM0YsUUFBTSxRQUFRLENBQUMsU0FBaUIsV0FBeUU7QUFDdkcsVUFBTSxPQUFPLFFBQVE7QUFDckIsV0FBTyxLQUFDLHNCQUFPLFNBQVMsR0FBRyxJQUFJLEdBQUcsV0FBVyxTQUFZLFNBQWEsV0FBVyxRQUFRLE1BQU0sQ0FBQyxDQUE2QjtBQUFBLEVBQy9IO0FBQ0EsU0FBTztBQUFBLElBQ0wsT0FBTyxDQUFDLFNBQVMsV0FBVyxNQUFNLE1BQU0sR0FBRyxNQUFNLFNBQVMsTUFBTSxDQUFDO0FBQUEsSUFDakUsT0FBTyxDQUFDLFNBQVMsV0FBVyxNQUFNLE1BQU0sR0FBRyxNQUFNLFNBQVMsTUFBTSxDQUFDO0FBQUEsSUFDakUsTUFBTSxDQUFDLFNBQVMsV0FBVyxNQUFNLEtBQUssR0FBRyxNQUFNLFNBQVMsTUFBTSxDQUFDO0FBQUEsSUFDL0QsTUFBTSxDQUFDLFNBQVMsV0FBVyxNQUFNLEtBQUssR0FBRyxNQUFNLFNBQVMsTUFBTSxDQUFDO0FBQUEsSUFDL0QsT0FBTyxDQUFDLFNBQVMsV0FBVyxNQUFNLE1BQU0sR0FBRyxNQUFNLFNBQVMsTUFBTSxDQUFDO0FBQUEsSUFDakUsT0FBTyxDQUFDLGNBQWMsZ0JBQWdCLE1BQU0sTUFBTSxTQUFTLEdBQUcsT0FBTztBQUFBLEVBQ3ZFO0FBQ0Y7QUFFQSxNQUFNLFlBQVk7QUFFbEIsU0FBUyxXQUFXLE9BQWdCLE1BQTZCLE9BQXdCO0FBQ3ZGLE1BQUksT0FBTyxVQUFVLFNBQVUsWUFBTyxzQkFBTyxPQUFPLEdBQUcsSUFBSTtBQUMzRCxNQUFJLGlCQUFpQixNQUFPLFlBQU8sc0JBQU8sTUFBTSxTQUFTLEdBQUcsSUFBSTtBQUNoRSxNQUFJLFNBQVMsYUFBYSxVQUFVLFFBQVEsT0FBTyxVQUFVLFNBQVUsUUFBTztBQUM5RSxNQUFJLE1BQU0sUUFBUSxLQUFLLEVBQUcsUUFBTyxNQUFNLElBQUksQ0FBQyxNQUFNLFdBQVcsR0FBRyxNQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQ2hGLFNBQU8sT0FBTyxZQUFZLE9BQU8sUUFBUSxLQUFLLEVBQUUsSUFBSSxDQUFDLENBQUMsR0FBRyxDQUFDLE1BQU0sQ0FBQyxHQUFHLFdBQVcsR0FBRyxNQUFNLFFBQVEsQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUN0RzsiLAogICJuYW1lcyI6IFtdCn0K
