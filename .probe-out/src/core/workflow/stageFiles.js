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
var stageFiles_exports = {};
__export(stageFiles_exports, {
  BRIEF_FILE: () => import_brief.BRIEF_FILE,
  CHAPTER_DIRS: () => CHAPTER_DIRS,
  MANUSCRIPT_FILE: () => MANUSCRIPT_FILE,
  STRUCTURED_FILES: () => STRUCTURED_FILES,
  chapterDir: () => import_stageFiles2.chapterDir,
  chapterFile: () => chapterFile,
  chapterFromFileName: () => chapterFromFileName,
  isChapterStage: () => import_stageFiles2.isChapterStage,
  partialFile: () => partialFile,
  stageFile: () => import_stageFiles2.stageFile
});
module.exports = __toCommonJS(stageFiles_exports);
var import_stageFiles = require("../stages/stageFiles");
var import_brief = require("../story/brief");
var import_stageFiles2 = require("../stages/stageFiles");
const MANUSCRIPT_FILE = (0, import_stageFiles.stageFile)("manuscript");
const STRUCTURED_FILES = import_stageFiles.STRUCTURED_STAGES.map((s) => (0, import_stageFiles.stageFile)(s));
const CHAPTER_DIRS = import_stageFiles.CHAPTER_STAGES.map(import_stageFiles.chapterDir);
function chapterFile(stage, chapter) {
  return (0, import_stageFiles.stageFile)(stage, chapter);
}
function partialFile(stage, chapter) {
  return (0, import_stageFiles.partialFile)((0, import_stageFiles.stageFile)(stage, chapter));
}
function chapterFromFileName(name) {
  const chapter = (0, import_stageFiles.chapterNumberFromFileName)(name);
  return chapter && chapter > 0 ? { chapter, partial: name.endsWith(".partial.md") } : void 0;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  BRIEF_FILE,
  CHAPTER_DIRS,
  MANUSCRIPT_FILE,
  STRUCTURED_FILES,
  chapterDir,
  chapterFile,
  chapterFromFileName,
  isChapterStage,
  partialFile,
  stageFile
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvd29ya2Zsb3cvc3RhZ2VGaWxlcy50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0IHsgQ0hBUFRFUl9TVEFHRVMsIFNUUlVDVFVSRURfU1RBR0VTLCBjaGFwdGVyRGlyLCBjaGFwdGVyTnVtYmVyRnJvbUZpbGVOYW1lLCBwYXJ0aWFsRmlsZSBhcyBwYXJ0aWFsT2YsIHN0YWdlRmlsZSwgdHlwZSBDaGFwdGVyU3RhZ2UgfSBmcm9tICcuLi9zdGFnZXMvc3RhZ2VGaWxlcyc7XG5cbi8qKlxuICogVGhlIHN0YWdlIGZpbGUgbmFtZXMgdGhlIHdvcmtmbG93IHVzZXMsIGFsbCBkZXJpdmVkIGZyb20gYHN0YWdlcy9zdGFnZUZpbGVzYCAodGhlIG9uZSB0cnV0aFxuICogZm9yIG5hbWVzIHdyaXRlcnMgc2VlKSwgcGx1cyB0aGUgdHdvIHF1ZXN0aW9ucyB0aGUgd29ya2Zsb3cgYXNrcyB0aGF0IGl0IGRvZXMgbm90IGFuc3dlci5cbiAqL1xuZXhwb3J0IHsgQlJJRUZfRklMRSB9IGZyb20gJy4uL3N0b3J5L2JyaWVmJztcbmV4cG9ydCB7IGNoYXB0ZXJEaXIsIGlzQ2hhcHRlclN0YWdlLCBzdGFnZUZpbGUgfSBmcm9tICcuLi9zdGFnZXMvc3RhZ2VGaWxlcyc7XG5cbmV4cG9ydCBjb25zdCBNQU5VU0NSSVBUX0ZJTEUgPSBzdGFnZUZpbGUoJ21hbnVzY3JpcHQnKTtcbmV4cG9ydCBjb25zdCBTVFJVQ1RVUkVEX0ZJTEVTOiByZWFkb25seSBzdHJpbmdbXSA9IFNUUlVDVFVSRURfU1RBR0VTLm1hcCgocykgPT4gc3RhZ2VGaWxlKHMpKTtcbmV4cG9ydCBjb25zdCBDSEFQVEVSX0RJUlM6IHJlYWRvbmx5IHN0cmluZ1tdID0gQ0hBUFRFUl9TVEFHRVMubWFwKGNoYXB0ZXJEaXIpO1xuXG5leHBvcnQgZnVuY3Rpb24gY2hhcHRlckZpbGUoc3RhZ2U6IENoYXB0ZXJTdGFnZSwgY2hhcHRlcjogbnVtYmVyKTogc3RyaW5nIHtcbiAgcmV0dXJuIHN0YWdlRmlsZShzdGFnZSwgY2hhcHRlcik7XG59XG5cbi8qKiBXaGVyZSBzdHJlYW1lZCB0ZXh0IG9mIGFuIHVuZmluaXNoZWQgY2hhcHRlciBpcyBrZXB0IHVudGlsIHRoZSBjaGFwdGVyIGNvbXBsZXRlcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJ0aWFsRmlsZShzdGFnZTogQ2hhcHRlclN0YWdlLCBjaGFwdGVyOiBudW1iZXIpOiBzdHJpbmcge1xuICByZXR1cm4gcGFydGlhbE9mKHN0YWdlRmlsZShzdGFnZSwgY2hhcHRlcikpO1xufVxuXG4vKiogYGNoYXB0ZXItMDcubWRgIFx1MjE5MiA3OyBgY2hhcHRlci0wNy5wYXJ0aWFsLm1kYCBcdTIxOTIgNyAocGFydGlhbCk7IGFueXRoaW5nIGVsc2UgXHUyMTkyIHVuZGVmaW5lZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjaGFwdGVyRnJvbUZpbGVOYW1lKG5hbWU6IHN0cmluZyk6IHsgY2hhcHRlcjogbnVtYmVyOyBwYXJ0aWFsOiBib29sZWFuIH0gfCB1bmRlZmluZWQge1xuICBjb25zdCBjaGFwdGVyID0gY2hhcHRlck51bWJlckZyb21GaWxlTmFtZShuYW1lKTtcbiAgcmV0dXJuIGNoYXB0ZXIgJiYgY2hhcHRlciA+IDAgPyB7IGNoYXB0ZXIsIHBhcnRpYWw6IG5hbWUuZW5kc1dpdGgoJy5wYXJ0aWFsLm1kJykgfSA6IHVuZGVmaW5lZDtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSx3QkFBaUo7QUFNakosbUJBQTJCO0FBQzNCLElBQUFBLHFCQUFzRDtBQUUvQyxNQUFNLHNCQUFrQiw2QkFBVSxZQUFZO0FBQzlDLE1BQU0sbUJBQXNDLG9DQUFrQixJQUFJLENBQUMsVUFBTSw2QkFBVSxDQUFDLENBQUM7QUFDckYsTUFBTSxlQUFrQyxpQ0FBZSxJQUFJLDRCQUFVO0FBRXJFLFNBQVMsWUFBWSxPQUFxQixTQUF5QjtBQUN4RSxhQUFPLDZCQUFVLE9BQU8sT0FBTztBQUNqQztBQUdPLFNBQVMsWUFBWSxPQUFxQixTQUF5QjtBQUN4RSxhQUFPLGtCQUFBQyxpQkFBVSw2QkFBVSxPQUFPLE9BQU8sQ0FBQztBQUM1QztBQUdPLFNBQVMsb0JBQW9CLE1BQWlFO0FBQ25HLFFBQU0sY0FBVSw2Q0FBMEIsSUFBSTtBQUM5QyxTQUFPLFdBQVcsVUFBVSxJQUFJLEVBQUUsU0FBUyxTQUFTLEtBQUssU0FBUyxhQUFhLEVBQUUsSUFBSTtBQUN2RjsiLAogICJuYW1lcyI6IFsiaW1wb3J0X3N0YWdlRmlsZXMiLCAicGFydGlhbE9mIl0KfQo=
