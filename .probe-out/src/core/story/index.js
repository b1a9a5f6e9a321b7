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
var story_exports = {};
module.exports = __toCommonJS(story_exports);
__reExport(story_exports, require("./brief"), module.exports);
__reExport(story_exports, require("./briefFile"), module.exports);
__reExport(story_exports, require("./chapterPlan"), module.exports);
__reExport(story_exports, require("./createStory"), module.exports);
__reExport(story_exports, require("./discoverStories"), module.exports);
__reExport(story_exports, require("./folderName"), module.exports);
__reExport(story_exports, require("./problem"), module.exports);
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  ...require("./brief"),
  ...require("./briefFile"),
  ...require("./chapterPlan"),
  ...require("./createStory"),
  ...require("./discoverStories"),
  ...require("./folderName"),
  ...require("./problem")
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvc3RvcnkvaW5kZXgudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKiBUaGUgc3RvcnkgbW9kZWw6IHRoZSBicmllZiwgaXRzIGZpbGUsIHN0b3J5IGZvbGRlcnMgYW5kIGNoYXB0ZXIgcGxhbm5pbmcuIE5vIGB2c2NvZGVgIGhlcmUuICovXG5leHBvcnQgKiBmcm9tICcuL2JyaWVmJztcbmV4cG9ydCAqIGZyb20gJy4vYnJpZWZGaWxlJztcbmV4cG9ydCAqIGZyb20gJy4vY2hhcHRlclBsYW4nO1xuZXhwb3J0ICogZnJvbSAnLi9jcmVhdGVTdG9yeSc7XG5leHBvcnQgKiBmcm9tICcuL2Rpc2NvdmVyU3Rvcmllcyc7XG5leHBvcnQgKiBmcm9tICcuL2ZvbGRlck5hbWUnO1xuZXhwb3J0ICogZnJvbSAnLi9wcm9ibGVtJztcbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFDQSwwQkFBYyxvQkFEZDtBQUVBLDBCQUFjLHdCQUZkO0FBR0EsMEJBQWMsMEJBSGQ7QUFJQSwwQkFBYywwQkFKZDtBQUtBLDBCQUFjLDhCQUxkO0FBTUEsMEJBQWMseUJBTmQ7QUFPQSwwQkFBYyxzQkFQZDsiLAogICJuYW1lcyI6IFtdCn0K
