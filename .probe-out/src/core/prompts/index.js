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
var prompts_exports = {};
module.exports = __toCommonJS(prompts_exports);
__reExport(prompts_exports, require("./chapterPrompts"), module.exports);
__reExport(prompts_exports, require("./fallbackPrompts"), module.exports);
__reExport(prompts_exports, require("./stagePrompt"), module.exports);
__reExport(prompts_exports, require("./storyContext"), module.exports);
__reExport(prompts_exports, require("./structuredPrompts"), module.exports);
__reExport(prompts_exports, require("./systemInstructions"), module.exports);
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  ...require("./chapterPrompts"),
  ...require("./fallbackPrompts"),
  ...require("./stagePrompt"),
  ...require("./storyContext"),
  ...require("./structuredPrompts"),
  ...require("./systemInstructions")
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvcHJvbXB0cy9pbmRleC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqIFByb21wdCBidWlsZGVycyBmb3IgZXZlcnkgbW9kZWwgc3RhZ2UuIE5vIGB2c2NvZGVgIGhlcmUuICovXG5leHBvcnQgKiBmcm9tICcuL2NoYXB0ZXJQcm9tcHRzJztcbmV4cG9ydCAqIGZyb20gJy4vZmFsbGJhY2tQcm9tcHRzJztcbmV4cG9ydCAqIGZyb20gJy4vc3RhZ2VQcm9tcHQnO1xuZXhwb3J0ICogZnJvbSAnLi9zdG9yeUNvbnRleHQnO1xuZXhwb3J0ICogZnJvbSAnLi9zdHJ1Y3R1cmVkUHJvbXB0cyc7XG5leHBvcnQgKiBmcm9tICcuL3N5c3RlbUluc3RydWN0aW9ucyc7XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQ0EsNEJBQWMsNkJBRGQ7QUFFQSw0QkFBYyw4QkFGZDtBQUdBLDRCQUFjLDBCQUhkO0FBSUEsNEJBQWMsMkJBSmQ7QUFLQSw0QkFBYyxnQ0FMZDtBQU1BLDRCQUFjLGlDQU5kOyIsCiAgIm5hbWVzIjogW10KfQo=
