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
var items_exports = {};
__export(items_exports, {
  itemId: () => itemId,
  stagesUpTo: () => stagesUpTo
});
module.exports = __toCommonJS(items_exports);
var import_meta = require("../checkpoint/meta");
function itemId(stage, chapter) {
  return chapter === void 0 ? stage : `${stage}:${String(chapter).padStart(2, "0")}`;
}
function stagesUpTo(target) {
  const end = target === "all" ? import_meta.WORKFLOW_STAGES.length : import_meta.WORKFLOW_STAGES.indexOf(target) + 1;
  return new Set(import_meta.WORKFLOW_STAGES.slice(0, end));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  itemId,
  stagesUpTo
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvd29ya2Zsb3cvaXRlbXMudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCB7IFdPUktGTE9XX1NUQUdFUywgdHlwZSBXb3JrZmxvd1N0YWdlIH0gZnJvbSAnLi4vY2hlY2twb2ludC9tZXRhJztcblxuLyoqXG4gKiBPbmUgbm9kZSBvZiB0aGUgYnVpbGQgZ3JhcGg6IGEgc3RhZ2UsIG9yIG9uZSBjaGFwdGVyIG9mIGEgY2hhcHRlciBzdGFnZS4gVGhlIGlkIGlzIHN0YWJsZSBhbmRcbiAqIHJlYWRhYmxlIChgY29uY2VwdGAsIGBkcmFmdDowM2AsIGByZXZpc2lvbjoxMmAsIGBtYW51c2NyaXB0YCk6IGl0IGtleXMgcnVuLXN0YXRlIHJlY29yZHMsXG4gKiBwcm9ncmVzcyBldmVudHMgYW5kIHRyZWUgcm93cy5cbiAqL1xuZXhwb3J0IHR5cGUgSXRlbUlkID0gc3RyaW5nO1xuXG5leHBvcnQgdHlwZSBJdGVtU3RhdHVzID0gJ3BlbmRpbmcnIHwgJ2RvbmUnIHwgJ3N0YWxlJyB8ICdlZGl0ZWQnIHwgJ3BhcnRpYWwnIHwgJ2ZhaWxlZCcgfCAnc2tpcHBlZCcgfCAncnVubmluZyc7XG5cbmV4cG9ydCBmdW5jdGlvbiBpdGVtSWQoc3RhZ2U6IFdvcmtmbG93U3RhZ2UsIGNoYXB0ZXI/OiBudW1iZXIpOiBJdGVtSWQge1xuICByZXR1cm4gY2hhcHRlciA9PT0gdW5kZWZpbmVkID8gc3RhZ2UgOiBgJHtzdGFnZX06JHtTdHJpbmcoY2hhcHRlcikucGFkU3RhcnQoMiwgJzAnKX1gO1xufVxuXG4vKiogVGhlIHN0YWdlcyBhIGB0YXJnZXRgIGFza3MgZm9yOiBpdCBhbmQgZXZlcnl0aGluZyBiZWZvcmUgaXQuICovXG5leHBvcnQgZnVuY3Rpb24gc3RhZ2VzVXBUbyh0YXJnZXQ6IFdvcmtmbG93U3RhZ2UgfCAnYWxsJyk6IFJlYWRvbmx5U2V0PFdvcmtmbG93U3RhZ2U+IHtcbiAgY29uc3QgZW5kID0gdGFyZ2V0ID09PSAnYWxsJyA/IFdPUktGTE9XX1NUQUdFUy5sZW5ndGggOiBXT1JLRkxPV19TVEFHRVMuaW5kZXhPZih0YXJnZXQpICsgMTtcbiAgcmV0dXJuIG5ldyBTZXQoV09SS0ZMT1dfU1RBR0VTLnNsaWNlKDAsIGVuZCkpO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsa0JBQW9EO0FBVzdDLFNBQVMsT0FBTyxPQUFzQixTQUEwQjtBQUNyRSxTQUFPLFlBQVksU0FBWSxRQUFRLEdBQUcsS0FBSyxJQUFJLE9BQU8sT0FBTyxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUM7QUFDckY7QUFHTyxTQUFTLFdBQVcsUUFBMkQ7QUFDcEYsUUFBTSxNQUFNLFdBQVcsUUFBUSw0QkFBZ0IsU0FBUyw0QkFBZ0IsUUFBUSxNQUFNLElBQUk7QUFDMUYsU0FBTyxJQUFJLElBQUksNEJBQWdCLE1BQU0sR0FBRyxHQUFHLENBQUM7QUFDOUM7IiwKICAibmFtZXMiOiBbXQp9Cg==
