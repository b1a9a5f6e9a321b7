"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __reExport = (target, mod, secondTarget) => (__copyProps(target, mod, "default"), secondTarget && __copyProps(secondTarget, mod, "default"));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var sdkEntry_exports = {};
module.exports = __toCommonJS(sdkEntry_exports);
__reExport(sdkEntry_exports, require("@google/genai"), module.exports);
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  ...require("@google/genai")
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2dlbWluaS9zZGtFbnRyeS50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLy8gQnVuZGxlZCBhbG9uZSBhcyBkaXN0L2dlbmFpLmpzIChzZWUgZXNidWlsZC5tanMpOiB0aGUgU0RLIGxvYWRzIG9uIHRoZSBmaXJzdCByZXF1ZXN0LCBub3QgYXRcbi8vIGFjdGl2YXRpb24uXG5leHBvcnQgKiBmcm9tICdAZ29vZ2xlL2dlbmFpJztcbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFFQSw2QkFBYywwQkFGZDsiLAogICJuYW1lcyI6IFtdCn0K
