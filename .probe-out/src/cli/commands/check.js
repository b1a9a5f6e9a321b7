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
var check_exports = {};
__export(check_exports, {
  check: () => check,
  checkHelp: () => checkHelp
});
module.exports = __toCommonJS(check_exports);
var import_node_util = require("node:util");
var import_gemini = require("../../gemini");
var import_config = require("../config");
var import_host = require("../host");
const checkHelp = `story-writer check [--model M] [--config FILE] [--verbose]

Checks the key and the model with one cheap call (no text is generated).`;
const EXIT_BY_STATUS = {
  ok: import_gemini.EXIT_CODES.ok,
  "invalid-key": import_gemini.EXIT_CODES.auth,
  "unknown-model": import_gemini.EXIT_CODES.badInput,
  unreachable: import_gemini.EXIT_CODES.unavailable,
  error: import_gemini.EXIT_CODES.unexpected
};
async function check(argv, io) {
  const { values } = (0, import_node_util.parseArgs)({
    args: argv,
    options: { model: { type: "string" }, config: { type: "string" }, verbose: { type: "boolean", short: "v", default: false } },
    strict: true
  });
  const settings = await (0, import_config.loadSettings)(values.config);
  const service = (0, import_host.serviceFor)(io, settings, (0, import_host.loggerFor)(io, values.verbose));
  try {
    const health = await service.checkHealth(values.model ?? settings.model);
    if (health.status === "ok") {
      io.stdout.write(`ok: the key works and ${health.model}${health.displayName ? ` (${health.displayName})` : ""} is available
`);
    } else {
      io.stderr.write(`story-writer: ${health.message}
`);
    }
    return EXIT_BY_STATUS[health.status];
  } finally {
    await service.dispose();
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  check,
  checkHelp
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NsaS9jb21tYW5kcy9jaGVjay50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0IHsgcGFyc2VBcmdzIH0gZnJvbSAnbm9kZTp1dGlsJztcbmltcG9ydCB7IEVYSVRfQ09ERVMgfSBmcm9tICcuLi8uLi9nZW1pbmknO1xuaW1wb3J0IHsgbG9hZFNldHRpbmdzIH0gZnJvbSAnLi4vY29uZmlnJztcbmltcG9ydCB7IGxvZ2dlckZvciwgc2VydmljZUZvciwgdHlwZSBDbGlJbyB9IGZyb20gJy4uL2hvc3QnO1xuXG5leHBvcnQgY29uc3QgY2hlY2tIZWxwID0gYHN0b3J5LXdyaXRlciBjaGVjayBbLS1tb2RlbCBNXSBbLS1jb25maWcgRklMRV0gWy0tdmVyYm9zZV1cblxuQ2hlY2tzIHRoZSBrZXkgYW5kIHRoZSBtb2RlbCB3aXRoIG9uZSBjaGVhcCBjYWxsIChubyB0ZXh0IGlzIGdlbmVyYXRlZCkuYDtcblxuY29uc3QgRVhJVF9CWV9TVEFUVVMgPSB7XG4gIG9rOiBFWElUX0NPREVTLm9rLFxuICAnaW52YWxpZC1rZXknOiBFWElUX0NPREVTLmF1dGgsXG4gICd1bmtub3duLW1vZGVsJzogRVhJVF9DT0RFUy5iYWRJbnB1dCxcbiAgdW5yZWFjaGFibGU6IEVYSVRfQ09ERVMudW5hdmFpbGFibGUsXG4gIGVycm9yOiBFWElUX0NPREVTLnVuZXhwZWN0ZWQsXG59IGFzIGNvbnN0O1xuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gY2hlY2soYXJndjogc3RyaW5nW10sIGlvOiBDbGlJbyk6IFByb21pc2U8bnVtYmVyPiB7XG4gIGNvbnN0IHsgdmFsdWVzIH0gPSBwYXJzZUFyZ3Moe1xuICAgIGFyZ3M6IGFyZ3YsXG4gICAgb3B0aW9uczogeyBtb2RlbDogeyB0eXBlOiAnc3RyaW5nJyB9LCBjb25maWc6IHsgdHlwZTogJ3N0cmluZycgfSwgdmVyYm9zZTogeyB0eXBlOiAnYm9vbGVhbicsIHNob3J0OiAndicsIGRlZmF1bHQ6IGZhbHNlIH0gfSxcbiAgICBzdHJpY3Q6IHRydWUsXG4gIH0pO1xuICBjb25zdCBzZXR0aW5ncyA9IGF3YWl0IGxvYWRTZXR0aW5ncyh2YWx1ZXMuY29uZmlnKTtcbiAgY29uc3Qgc2VydmljZSA9IHNlcnZpY2VGb3IoaW8sIHNldHRpbmdzLCBsb2dnZXJGb3IoaW8sIHZhbHVlcy52ZXJib3NlKSk7XG4gIHRyeSB7XG4gICAgY29uc3QgaGVhbHRoID0gYXdhaXQgc2VydmljZS5jaGVja0hlYWx0aCh2YWx1ZXMubW9kZWwgPz8gc2V0dGluZ3MubW9kZWwpO1xuICAgIGlmIChoZWFsdGguc3RhdHVzID09PSAnb2snKSB7XG4gICAgICBpby5zdGRvdXQud3JpdGUoYG9rOiB0aGUga2V5IHdvcmtzIGFuZCAke2hlYWx0aC5tb2RlbH0ke2hlYWx0aC5kaXNwbGF5TmFtZSA/IGAgKCR7aGVhbHRoLmRpc3BsYXlOYW1lfSlgIDogJyd9IGlzIGF2YWlsYWJsZVxcbmApO1xuICAgIH0gZWxzZSB7XG4gICAgICBpby5zdGRlcnIud3JpdGUoYHN0b3J5LXdyaXRlcjogJHtoZWFsdGgubWVzc2FnZX1cXG5gKTtcbiAgICB9XG4gICAgcmV0dXJuIEVYSVRfQllfU1RBVFVTW2hlYWx0aC5zdGF0dXNdO1xuICB9IGZpbmFsbHkge1xuICAgIGF3YWl0IHNlcnZpY2UuZGlzcG9zZSgpO1xuICB9XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSx1QkFBMEI7QUFDMUIsb0JBQTJCO0FBQzNCLG9CQUE2QjtBQUM3QixrQkFBa0Q7QUFFM0MsTUFBTSxZQUFZO0FBQUE7QUFBQTtBQUl6QixNQUFNLGlCQUFpQjtBQUFBLEVBQ3JCLElBQUkseUJBQVc7QUFBQSxFQUNmLGVBQWUseUJBQVc7QUFBQSxFQUMxQixpQkFBaUIseUJBQVc7QUFBQSxFQUM1QixhQUFhLHlCQUFXO0FBQUEsRUFDeEIsT0FBTyx5QkFBVztBQUNwQjtBQUVBLGVBQXNCLE1BQU0sTUFBZ0IsSUFBNEI7QUFDdEUsUUFBTSxFQUFFLE9BQU8sUUFBSSw0QkFBVTtBQUFBLElBQzNCLE1BQU07QUFBQSxJQUNOLFNBQVMsRUFBRSxPQUFPLEVBQUUsTUFBTSxTQUFTLEdBQUcsUUFBUSxFQUFFLE1BQU0sU0FBUyxHQUFHLFNBQVMsRUFBRSxNQUFNLFdBQVcsT0FBTyxLQUFLLFNBQVMsTUFBTSxFQUFFO0FBQUEsSUFDM0gsUUFBUTtBQUFBLEVBQ1YsQ0FBQztBQUNELFFBQU0sV0FBVyxVQUFNLDRCQUFhLE9BQU8sTUFBTTtBQUNqRCxRQUFNLGNBQVUsd0JBQVcsSUFBSSxjQUFVLHVCQUFVLElBQUksT0FBTyxPQUFPLENBQUM7QUFDdEUsTUFBSTtBQUNGLFVBQU0sU0FBUyxNQUFNLFFBQVEsWUFBWSxPQUFPLFNBQVMsU0FBUyxLQUFLO0FBQ3ZFLFFBQUksT0FBTyxXQUFXLE1BQU07QUFDMUIsU0FBRyxPQUFPLE1BQU0seUJBQXlCLE9BQU8sS0FBSyxHQUFHLE9BQU8sY0FBYyxLQUFLLE9BQU8sV0FBVyxNQUFNLEVBQUU7QUFBQSxDQUFpQjtBQUFBLElBQy9ILE9BQU87QUFDTCxTQUFHLE9BQU8sTUFBTSxpQkFBaUIsT0FBTyxPQUFPO0FBQUEsQ0FBSTtBQUFBLElBQ3JEO0FBQ0EsV0FBTyxlQUFlLE9BQU8sTUFBTTtBQUFBLEVBQ3JDLFVBQUU7QUFDQSxVQUFNLFFBQVEsUUFBUTtBQUFBLEVBQ3hCO0FBQ0Y7IiwKICAibmFtZXMiOiBbXQp9Cg==
