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
var stages_exports = {};
module.exports = __toCommonJS(stages_exports);
__reExport(stages_exports, require("./bible"), module.exports);
__reExport(stages_exports, require("./bibleMarkdown"), module.exports);
__reExport(stages_exports, require("./chapter"), module.exports);
__reExport(stages_exports, require("./chapterSummary"), module.exports);
__reExport(stages_exports, require("./concept"), module.exports);
__reExport(stages_exports, require("./conceptMarkdown"), module.exports);
__reExport(stages_exports, require("./continuation"), module.exports);
__reExport(stages_exports, require("./documentOptions"), module.exports);
__reExport(stages_exports, require("./manuscript"), module.exports);
__reExport(stages_exports, require("./markdown/extras"), module.exports);
__reExport(stages_exports, require("./outline"), module.exports);
__reExport(stages_exports, require("./outlineMarkdown"), module.exports);
__reExport(stages_exports, require("./stageFiles"), module.exports);
__reExport(stages_exports, require("./wordCount"), module.exports);
__reExport(stages_exports, require("./withDefaults"), module.exports);
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  ...require("./bible"),
  ...require("./bibleMarkdown"),
  ...require("./chapter"),
  ...require("./chapterSummary"),
  ...require("./concept"),
  ...require("./conceptMarkdown"),
  ...require("./continuation"),
  ...require("./documentOptions"),
  ...require("./manuscript"),
  ...require("./markdown/extras"),
  ...require("./outline"),
  ...require("./outlineMarkdown"),
  ...require("./stageFiles"),
  ...require("./wordCount"),
  ...require("./withDefaults")
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvc3RhZ2VzL2luZGV4LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKiogU3RhZ2UgZG9jdW1lbnRzOiBzY2hlbWFzLCBNYXJrZG93biByb3VuZC10cmlwcywgY2hhcHRlciB0ZXh0IGhlbHBlcnMuIE5vIGB2c2NvZGVgIGhlcmUuICovXG5leHBvcnQgKiBmcm9tICcuL2JpYmxlJztcbmV4cG9ydCAqIGZyb20gJy4vYmlibGVNYXJrZG93bic7XG5leHBvcnQgKiBmcm9tICcuL2NoYXB0ZXInO1xuZXhwb3J0ICogZnJvbSAnLi9jaGFwdGVyU3VtbWFyeSc7XG5leHBvcnQgKiBmcm9tICcuL2NvbmNlcHQnO1xuZXhwb3J0ICogZnJvbSAnLi9jb25jZXB0TWFya2Rvd24nO1xuZXhwb3J0ICogZnJvbSAnLi9jb250aW51YXRpb24nO1xuZXhwb3J0ICogZnJvbSAnLi9kb2N1bWVudE9wdGlvbnMnO1xuZXhwb3J0IHR5cGUgeyBDb21wbGV0ZVJlc3VsdCwgTm90ZURlZmF1bHQgfSBmcm9tICcuL2xlbmllbnQnO1xuZXhwb3J0ICogZnJvbSAnLi9tYW51c2NyaXB0JztcbmV4cG9ydCAqIGZyb20gJy4vbWFya2Rvd24vZXh0cmFzJztcbmV4cG9ydCAqIGZyb20gJy4vb3V0bGluZSc7XG5leHBvcnQgKiBmcm9tICcuL291dGxpbmVNYXJrZG93bic7XG5leHBvcnQgKiBmcm9tICcuL3N0YWdlRmlsZXMnO1xuZXhwb3J0ICogZnJvbSAnLi93b3JkQ291bnQnO1xuZXhwb3J0ICogZnJvbSAnLi93aXRoRGVmYXVsdHMnO1xuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUNBLDJCQUFjLG9CQURkO0FBRUEsMkJBQWMsNEJBRmQ7QUFHQSwyQkFBYyxzQkFIZDtBQUlBLDJCQUFjLDZCQUpkO0FBS0EsMkJBQWMsc0JBTGQ7QUFNQSwyQkFBYyw4QkFOZDtBQU9BLDJCQUFjLDJCQVBkO0FBUUEsMkJBQWMsOEJBUmQ7QUFVQSwyQkFBYyx5QkFWZDtBQVdBLDJCQUFjLDhCQVhkO0FBWUEsMkJBQWMsc0JBWmQ7QUFhQSwyQkFBYyw4QkFiZDtBQWNBLDJCQUFjLHlCQWRkO0FBZUEsMkJBQWMsd0JBZmQ7QUFnQkEsMkJBQWMsMkJBaEJkOyIsCiAgIm5hbWVzIjogW10KfQo=
