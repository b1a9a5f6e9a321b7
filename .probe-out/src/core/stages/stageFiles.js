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
  CHAPTER_STAGES: () => CHAPTER_STAGES,
  STAGE_IDS: () => STAGE_IDS,
  STRUCTURED_STAGES: () => STRUCTURED_STAGES,
  chapterDir: () => chapterDir,
  chapterFileName: () => chapterFileName,
  chapterNumberFromFileName: () => chapterNumberFromFileName,
  isChapterStage: () => isChapterStage,
  partialFile: () => partialFile,
  stageFile: () => stageFile
});
module.exports = __toCommonJS(stageFiles_exports);
const STAGE_IDS = ["concept", "bible", "outline", "draft", "revision", "manuscript"];
const STRUCTURED_STAGES = ["concept", "bible", "outline"];
const CHAPTER_STAGES = ["draft", "revision"];
const SINGLE_FILES = {
  concept: "01-concept.md",
  bible: "02-bible.md",
  outline: "03-outline.md",
  manuscript: "story.md"
};
const CHAPTER_DIRS = {
  draft: "04-draft",
  revision: "05-revision"
};
function isChapterStage(stage) {
  return CHAPTER_STAGES.includes(stage);
}
function chapterFileName(chapter) {
  assertChapterNumber(chapter);
  return `chapter-${String(chapter).padStart(2, "0")}.md`;
}
function chapterNumberFromFileName(name) {
  const m = /^chapter-(\d{2,3})(?:\.partial)?\.md$/.exec(name);
  return m ? Number(m[1]) : void 0;
}
function chapterDir(stage) {
  return CHAPTER_DIRS[stage];
}
function stageFile(stage, chapter) {
  if (!isChapterStage(stage)) return SINGLE_FILES[stage];
  if (chapter === void 0) throw new Error(`stageFile: the ${stage} stage needs a chapter number`);
  return `${CHAPTER_DIRS[stage]}/${chapterFileName(chapter)}`;
}
function partialFile(stageFilePath) {
  return stageFilePath.replace(/\.md$/, "") + ".partial.md";
}
function assertChapterNumber(chapter) {
  if (!Number.isInteger(chapter) || chapter < 1 || chapter > 999) {
    throw new RangeError(`chapter number must be a whole number from 1 to 999 (got ${chapter})`);
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  CHAPTER_STAGES,
  STAGE_IDS,
  STRUCTURED_STAGES,
  chapterDir,
  chapterFileName,
  chapterNumberFromFileName,
  isChapterStage,
  partialFile,
  stageFile
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvc3RhZ2VzL3N0YWdlRmlsZXMudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogU3RhZ2UgaWRzIGFuZCB3aGVyZSBlYWNoIHN0YWdlJ3Mgb3V0cHV0IGxpdmVzIGluc2lkZSBhIHN0b3J5IGZvbGRlciAoc3RvcnktcmVsYXRpdmUgUE9TSVhcbiAqIHBhdGhzKS4gVGhlc2UgbmFtZXMgYXJlIHBhcnQgb2YgdGhlIHByb2R1Y3Q6IHdyaXRlcnMgc2VlIHRoZW0sIGFuZCBjaGVja3BvaW50cyByZWZlciB0byB0aGVtLlxuICovXG5cbmV4cG9ydCBjb25zdCBTVEFHRV9JRFMgPSBbJ2NvbmNlcHQnLCAnYmlibGUnLCAnb3V0bGluZScsICdkcmFmdCcsICdyZXZpc2lvbicsICdtYW51c2NyaXB0J10gYXMgY29uc3Q7XG5leHBvcnQgdHlwZSBTdGFnZUlkID0gKHR5cGVvZiBTVEFHRV9JRFMpW251bWJlcl07XG5cbi8qKiBTdGFnZXMgd2hvc2UgbW9kZWwgcmVwbHkgaXMgSlNPTiB2YWxpZGF0ZWQgYnkgYSB6b2Qgc2NoZW1hIGFuZCByZW5kZXJlZCB0byBNYXJrZG93bi4gKi9cbmV4cG9ydCBjb25zdCBTVFJVQ1RVUkVEX1NUQUdFUyA9IFsnY29uY2VwdCcsICdiaWJsZScsICdvdXRsaW5lJ10gYXMgY29uc3Q7XG5leHBvcnQgdHlwZSBTdHJ1Y3R1cmVkU3RhZ2UgPSAodHlwZW9mIFNUUlVDVFVSRURfU1RBR0VTKVtudW1iZXJdO1xuXG4vKiogU3RhZ2VzIHdpdGggb25lIGZpbGUgcGVyIGNoYXB0ZXIuICovXG5leHBvcnQgY29uc3QgQ0hBUFRFUl9TVEFHRVMgPSBbJ2RyYWZ0JywgJ3JldmlzaW9uJ10gYXMgY29uc3Q7XG5leHBvcnQgdHlwZSBDaGFwdGVyU3RhZ2UgPSAodHlwZW9mIENIQVBURVJfU1RBR0VTKVtudW1iZXJdO1xuZXhwb3J0IHR5cGUgU2luZ2xlRmlsZVN0YWdlID0gRXhjbHVkZTxTdGFnZUlkLCBDaGFwdGVyU3RhZ2U+O1xuXG5jb25zdCBTSU5HTEVfRklMRVM6IFJlY29yZDxTaW5nbGVGaWxlU3RhZ2UsIHN0cmluZz4gPSB7XG4gIGNvbmNlcHQ6ICcwMS1jb25jZXB0Lm1kJyxcbiAgYmlibGU6ICcwMi1iaWJsZS5tZCcsXG4gIG91dGxpbmU6ICcwMy1vdXRsaW5lLm1kJyxcbiAgbWFudXNjcmlwdDogJ3N0b3J5Lm1kJyxcbn07XG5cbmNvbnN0IENIQVBURVJfRElSUzogUmVjb3JkPENoYXB0ZXJTdGFnZSwgc3RyaW5nPiA9IHtcbiAgZHJhZnQ6ICcwNC1kcmFmdCcsXG4gIHJldmlzaW9uOiAnMDUtcmV2aXNpb24nLFxufTtcblxuZXhwb3J0IGZ1bmN0aW9uIGlzQ2hhcHRlclN0YWdlKHN0YWdlOiBTdGFnZUlkKTogc3RhZ2UgaXMgQ2hhcHRlclN0YWdlIHtcbiAgcmV0dXJuIChDSEFQVEVSX1NUQUdFUyBhcyByZWFkb25seSBzdHJpbmdbXSkuaW5jbHVkZXMoc3RhZ2UpO1xufVxuXG4vKiogYGNoYXB0ZXItMDEubWRgOyB0aHJlZSBkaWdpdHMgZnJvbSBjaGFwdGVyIDEwMCBvbiwgc28gbmFtZXMgc3RpbGwgc29ydC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjaGFwdGVyRmlsZU5hbWUoY2hhcHRlcjogbnVtYmVyKTogc3RyaW5nIHtcbiAgYXNzZXJ0Q2hhcHRlck51bWJlcihjaGFwdGVyKTtcbiAgcmV0dXJuIGBjaGFwdGVyLSR7U3RyaW5nKGNoYXB0ZXIpLnBhZFN0YXJ0KDIsICcwJyl9Lm1kYDtcbn1cblxuLyoqIFRoZSBjaGFwdGVyIG51bWJlciBpbiBgY2hhcHRlci0wNy5tZGAgKGFsc28gYGNoYXB0ZXItMDcucGFydGlhbC5tZGApLCBlbHNlIHVuZGVmaW5lZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjaGFwdGVyTnVtYmVyRnJvbUZpbGVOYW1lKG5hbWU6IHN0cmluZyk6IG51bWJlciB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IG0gPSAvXmNoYXB0ZXItKFxcZHsyLDN9KSg/OlxcLnBhcnRpYWwpP1xcLm1kJC8uZXhlYyhuYW1lKTtcbiAgcmV0dXJuIG0gPyBOdW1iZXIobVsxXSkgOiB1bmRlZmluZWQ7XG59XG5cbi8qKiBUaGUgZm9sZGVyIGhvbGRpbmcgYSBjaGFwdGVyIHN0YWdlJ3MgZmlsZXM6IGAwNC1kcmFmdGAgb3IgYDA1LXJldmlzaW9uYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjaGFwdGVyRGlyKHN0YWdlOiBDaGFwdGVyU3RhZ2UpOiBzdHJpbmcge1xuICByZXR1cm4gQ0hBUFRFUl9ESVJTW3N0YWdlXTtcbn1cblxuLyoqIFN0b3J5LXJlbGF0aXZlIHBhdGggb2YgYSBzdGFnZSdzIGZpbGU6IGAwMS1jb25jZXB0Lm1kYCwgYDA0LWRyYWZ0L2NoYXB0ZXItMDMubWRgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHN0YWdlRmlsZShzdGFnZTogU2luZ2xlRmlsZVN0YWdlKTogc3RyaW5nO1xuZXhwb3J0IGZ1bmN0aW9uIHN0YWdlRmlsZShzdGFnZTogQ2hhcHRlclN0YWdlLCBjaGFwdGVyOiBudW1iZXIpOiBzdHJpbmc7XG5leHBvcnQgZnVuY3Rpb24gc3RhZ2VGaWxlKHN0YWdlOiBTdGFnZUlkLCBjaGFwdGVyPzogbnVtYmVyKTogc3RyaW5nO1xuZXhwb3J0IGZ1bmN0aW9uIHN0YWdlRmlsZShzdGFnZTogU3RhZ2VJZCwgY2hhcHRlcj86IG51bWJlcik6IHN0cmluZyB7XG4gIGlmICghaXNDaGFwdGVyU3RhZ2Uoc3RhZ2UpKSByZXR1cm4gU0lOR0xFX0ZJTEVTW3N0YWdlXTtcbiAgaWYgKGNoYXB0ZXIgPT09IHVuZGVmaW5lZCkgdGhyb3cgbmV3IEVycm9yKGBzdGFnZUZpbGU6IHRoZSAke3N0YWdlfSBzdGFnZSBuZWVkcyBhIGNoYXB0ZXIgbnVtYmVyYCk7XG4gIHJldHVybiBgJHtDSEFQVEVSX0RJUlNbc3RhZ2VdfS8ke2NoYXB0ZXJGaWxlTmFtZShjaGFwdGVyKX1gO1xufVxuXG4vKipcbiAqIFdoZXJlIHRleHQgc3RyZWFtZWQgYmVmb3JlIGEgZmFpbHVyZSBvciBhIGNhbmNlbCBpcyBrZXB0IChgMDQtZHJhZnQvY2hhcHRlci0wMy5wYXJ0aWFsLm1kYCksIHNvXG4gKiBhIGxhdGVyIHJ1biBjYW4gY29udGludWUgZnJvbSBpdCBpbnN0ZWFkIG9mIHBheWluZyBmb3IgaXQgYWdhaW4uXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJ0aWFsRmlsZShzdGFnZUZpbGVQYXRoOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gc3RhZ2VGaWxlUGF0aC5yZXBsYWNlKC9cXC5tZCQvLCAnJykgKyAnLnBhcnRpYWwubWQnO1xufVxuXG5mdW5jdGlvbiBhc3NlcnRDaGFwdGVyTnVtYmVyKGNoYXB0ZXI6IG51bWJlcik6IHZvaWQge1xuICBpZiAoIU51bWJlci5pc0ludGVnZXIoY2hhcHRlcikgfHwgY2hhcHRlciA8IDEgfHwgY2hhcHRlciA+IDk5OSkge1xuICAgIHRocm93IG5ldyBSYW5nZUVycm9yKGBjaGFwdGVyIG51bWJlciBtdXN0IGJlIGEgd2hvbGUgbnVtYmVyIGZyb20gMSB0byA5OTkgKGdvdCAke2NoYXB0ZXJ9KWApO1xuICB9XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUtPLE1BQU0sWUFBWSxDQUFDLFdBQVcsU0FBUyxXQUFXLFNBQVMsWUFBWSxZQUFZO0FBSW5GLE1BQU0sb0JBQW9CLENBQUMsV0FBVyxTQUFTLFNBQVM7QUFJeEQsTUFBTSxpQkFBaUIsQ0FBQyxTQUFTLFVBQVU7QUFJbEQsTUFBTSxlQUFnRDtBQUFBLEVBQ3BELFNBQVM7QUFBQSxFQUNULE9BQU87QUFBQSxFQUNQLFNBQVM7QUFBQSxFQUNULFlBQVk7QUFDZDtBQUVBLE1BQU0sZUFBNkM7QUFBQSxFQUNqRCxPQUFPO0FBQUEsRUFDUCxVQUFVO0FBQ1o7QUFFTyxTQUFTLGVBQWUsT0FBdUM7QUFDcEUsU0FBUSxlQUFxQyxTQUFTLEtBQUs7QUFDN0Q7QUFHTyxTQUFTLGdCQUFnQixTQUF5QjtBQUN2RCxzQkFBb0IsT0FBTztBQUMzQixTQUFPLFdBQVcsT0FBTyxPQUFPLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQztBQUNwRDtBQUdPLFNBQVMsMEJBQTBCLE1BQWtDO0FBQzFFLFFBQU0sSUFBSSx3Q0FBd0MsS0FBSyxJQUFJO0FBQzNELFNBQU8sSUFBSSxPQUFPLEVBQUUsQ0FBQyxDQUFDLElBQUk7QUFDNUI7QUFHTyxTQUFTLFdBQVcsT0FBNkI7QUFDdEQsU0FBTyxhQUFhLEtBQUs7QUFDM0I7QUFNTyxTQUFTLFVBQVUsT0FBZ0IsU0FBMEI7QUFDbEUsTUFBSSxDQUFDLGVBQWUsS0FBSyxFQUFHLFFBQU8sYUFBYSxLQUFLO0FBQ3JELE1BQUksWUFBWSxPQUFXLE9BQU0sSUFBSSxNQUFNLGtCQUFrQixLQUFLLCtCQUErQjtBQUNqRyxTQUFPLEdBQUcsYUFBYSxLQUFLLENBQUMsSUFBSSxnQkFBZ0IsT0FBTyxDQUFDO0FBQzNEO0FBTU8sU0FBUyxZQUFZLGVBQStCO0FBQ3pELFNBQU8sY0FBYyxRQUFRLFNBQVMsRUFBRSxJQUFJO0FBQzlDO0FBRUEsU0FBUyxvQkFBb0IsU0FBdUI7QUFDbEQsTUFBSSxDQUFDLE9BQU8sVUFBVSxPQUFPLEtBQUssVUFBVSxLQUFLLFVBQVUsS0FBSztBQUM5RCxVQUFNLElBQUksV0FBVyw0REFBNEQsT0FBTyxHQUFHO0FBQUEsRUFDN0Y7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
