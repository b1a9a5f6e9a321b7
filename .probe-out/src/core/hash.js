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
var hash_exports = {};
__export(hash_exports, {
  bodyHash: () => bodyHash,
  contentHash: () => contentHash
});
module.exports = __toCommonJS(hash_exports);
var import_node_crypto = require("node:crypto");
function contentHash(text) {
  return (0, import_node_crypto.createHash)("sha256").update(text).digest("hex").slice(0, 16);
}
function bodyHash(body) {
  const normalised = body.replace(/\r\n?/g, "\n").replace(/[ \t]+$/gm, "").trim();
  return contentHash(normalised);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  bodyHash,
  contentHash
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NvcmUvaGFzaC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0IHsgY3JlYXRlSGFzaCB9IGZyb20gJ25vZGU6Y3J5cHRvJztcblxuLyoqIFNob3J0LCBzdGFibGUgY29udGVudCBoYXNoIHVzZWQgaW4gY2hlY2twb2ludHMgYW5kIGNhY2hlIGtleXMgKHNoYTI1NiwgaGV4LCAxNiBjaGFycykuICovXG5leHBvcnQgZnVuY3Rpb24gY29udGVudEhhc2godGV4dDogc3RyaW5nIHwgVWludDhBcnJheSk6IHN0cmluZyB7XG4gIHJldHVybiBjcmVhdGVIYXNoKCdzaGEyNTYnKS51cGRhdGUodGV4dCkuZGlnZXN0KCdoZXgnKS5zbGljZSgwLCAxNik7XG59XG5cbi8qKlxuICogSGFzaCBvZiBhIE1hcmtkb3duIGJvZHkgYXMgdGhlIHdyaXRlciBzZWVzIGl0OiBsaW5lIGVuZGluZ3MgYW5kIHRyYWlsaW5nIHdoaXRlIHNwYWNlIGFyZVxuICogbm9ybWFsaXNlZCwgc28gYW4gZWRpdG9yIHRoYXQgYWRkcyBhIGZpbmFsIG5ld2xpbmUgb3IgQ1JMRiBkb2VzIG5vdCBtYXJrIGEgZmlsZSBhcyBlZGl0ZWQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBib2R5SGFzaChib2R5OiBzdHJpbmcpOiBzdHJpbmcge1xuICBjb25zdCBub3JtYWxpc2VkID0gYm9keS5yZXBsYWNlKC9cXHJcXG4/L2csICdcXG4nKS5yZXBsYWNlKC9bIFxcdF0rJC9nbSwgJycpLnRyaW0oKTtcbiAgcmV0dXJuIGNvbnRlbnRIYXNoKG5vcm1hbGlzZWQpO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEseUJBQTJCO0FBR3BCLFNBQVMsWUFBWSxNQUFtQztBQUM3RCxhQUFPLCtCQUFXLFFBQVEsRUFBRSxPQUFPLElBQUksRUFBRSxPQUFPLEtBQUssRUFBRSxNQUFNLEdBQUcsRUFBRTtBQUNwRTtBQU1PLFNBQVMsU0FBUyxNQUFzQjtBQUM3QyxRQUFNLGFBQWEsS0FBSyxRQUFRLFVBQVUsSUFBSSxFQUFFLFFBQVEsYUFBYSxFQUFFLEVBQUUsS0FBSztBQUM5RSxTQUFPLFlBQVksVUFBVTtBQUMvQjsiLAogICJuYW1lcyI6IFtdCn0K
