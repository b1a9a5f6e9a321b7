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
var chapterPlan_exports = {};
__export(chapterPlan_exports, {
  WORDS_PER_CHAPTER: () => WORDS_PER_CHAPTER,
  chapterTargetWords: () => chapterTargetWords,
  planChapters: () => planChapters,
  suggestChapterCount: () => suggestChapterCount
});
module.exports = __toCommonJS(chapterPlan_exports);
var import_brief = require("./brief");
const WORDS_PER_CHAPTER = { ideal: 2e3, min: 1500, max: 2500 };
function suggestChapterCount(targetWords) {
  const count = Math.round(targetWords / WORDS_PER_CHAPTER.ideal);
  return Math.min(import_brief.BRIEF_LIMITS.chapters.max, Math.max(import_brief.BRIEF_LIMITS.chapters.min, count));
}
function chapterTargetWords(targetWords, chapterCount) {
  const exact = targetWords / Math.max(1, chapterCount);
  const step = exact >= 1e3 ? 50 : 10;
  return Math.max(step, Math.round(exact / step) * step);
}
function planChapters(brief) {
  const chapterCount = brief.chapters ?? suggestChapterCount(brief.targetWords);
  return { chapterCount, wordsPerChapter: chapterTargetWords(brief.targetWords, chapterCount) };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  WORDS_PER_CHAPTER,
  chapterTargetWords,
  planChapters,
  suggestChapterCount
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvc3RvcnkvY2hhcHRlclBsYW4udHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCB7IEJSSUVGX0xJTUlUUywgdHlwZSBCcmllZiB9IGZyb20gJy4vYnJpZWYnO1xuXG4vKipcbiAqIEhvdyBhIHN0b3J5J3MgbGVuZ3RoIGlzIHNwbGl0IGludG8gY2hhcHRlcnMuIEFyb3VuZCAyMDAwIHdvcmRzIGEgY2hhcHRlciBrZWVwcyBlYWNoIGRyYWZ0IGNhbGxcbiAqIHdlbGwgaW5zaWRlIG9uZSByZXBseSdzIG91dHB1dCBidWRnZXQgd2hpbGUgc3RpbGwgZ2l2aW5nIGEgc2NlbmUgcm9vbSB0byBicmVhdGhlLlxuICovXG5cbmV4cG9ydCBjb25zdCBXT1JEU19QRVJfQ0hBUFRFUiA9IHsgaWRlYWw6IDIwMDAsIG1pbjogMTUwMCwgbWF4OiAyNTAwIH0gYXMgY29uc3Q7XG5cbi8qKiBDaGFwdGVycyBmb3IgYSBzdG9yeSBvZiBgdGFyZ2V0V29yZHNgIHdoZW4gdGhlIGJyaWVmIGRvZXMgbm90IHNheTogfjIwMDAgd29yZHMgZWFjaCwgMS4uMTAwLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHN1Z2dlc3RDaGFwdGVyQ291bnQodGFyZ2V0V29yZHM6IG51bWJlcik6IG51bWJlciB7XG4gIGNvbnN0IGNvdW50ID0gTWF0aC5yb3VuZCh0YXJnZXRXb3JkcyAvIFdPUkRTX1BFUl9DSEFQVEVSLmlkZWFsKTtcbiAgcmV0dXJuIE1hdGgubWluKEJSSUVGX0xJTUlUUy5jaGFwdGVycy5tYXgsIE1hdGgubWF4KEJSSUVGX0xJTUlUUy5jaGFwdGVycy5taW4sIGNvdW50KSk7XG59XG5cbi8qKlxuICogV29yZHMgZWFjaCBjaGFwdGVyIGFpbXMgZm9yLCByb3VuZGVkIHRvIGEgZnJpZW5kbHkgZmlndXJlICh0ZW5zIGJlbG93IDEwMDAsIGZpZnRpZXMgYWJvdmUpLFxuICogYmVjYXVzZSBcImFib3V0IDE2NTAgd29yZHNcIiByZWFkcyBhcyBhIHRhcmdldCBhbmQgXCJhYm91dCAxNjY2IHdvcmRzXCIgYXMgYSBjYWxjdWxhdGlvbi5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNoYXB0ZXJUYXJnZXRXb3Jkcyh0YXJnZXRXb3JkczogbnVtYmVyLCBjaGFwdGVyQ291bnQ6IG51bWJlcik6IG51bWJlciB7XG4gIGNvbnN0IGV4YWN0ID0gdGFyZ2V0V29yZHMgLyBNYXRoLm1heCgxLCBjaGFwdGVyQ291bnQpO1xuICBjb25zdCBzdGVwID0gZXhhY3QgPj0gMTAwMCA/IDUwIDogMTA7XG4gIHJldHVybiBNYXRoLm1heChzdGVwLCBNYXRoLnJvdW5kKGV4YWN0IC8gc3RlcCkgKiBzdGVwKTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBDaGFwdGVyUGxhbiB7XG4gIHJlYWRvbmx5IGNoYXB0ZXJDb3VudDogbnVtYmVyO1xuICByZWFkb25seSB3b3Jkc1BlckNoYXB0ZXI6IG51bWJlcjtcbn1cblxuLyoqIFRoZSBicmllZidzIG93biBjaGFwdGVyIGNvdW50IHdoZW4gaXQgZ2l2ZXMgb25lLCBvdGhlcndpc2UgdGhlIHN1Z2dlc3Rpb24uICovXG5leHBvcnQgZnVuY3Rpb24gcGxhbkNoYXB0ZXJzKGJyaWVmOiBQaWNrPEJyaWVmLCAndGFyZ2V0V29yZHMnIHwgJ2NoYXB0ZXJzJz4pOiBDaGFwdGVyUGxhbiB7XG4gIGNvbnN0IGNoYXB0ZXJDb3VudCA9IGJyaWVmLmNoYXB0ZXJzID8/IHN1Z2dlc3RDaGFwdGVyQ291bnQoYnJpZWYudGFyZ2V0V29yZHMpO1xuICByZXR1cm4geyBjaGFwdGVyQ291bnQsIHdvcmRzUGVyQ2hhcHRlcjogY2hhcHRlclRhcmdldFdvcmRzKGJyaWVmLnRhcmdldFdvcmRzLCBjaGFwdGVyQ291bnQpIH07XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsbUJBQXlDO0FBT2xDLE1BQU0sb0JBQW9CLEVBQUUsT0FBTyxLQUFNLEtBQUssTUFBTSxLQUFLLEtBQUs7QUFHOUQsU0FBUyxvQkFBb0IsYUFBNkI7QUFDL0QsUUFBTSxRQUFRLEtBQUssTUFBTSxjQUFjLGtCQUFrQixLQUFLO0FBQzlELFNBQU8sS0FBSyxJQUFJLDBCQUFhLFNBQVMsS0FBSyxLQUFLLElBQUksMEJBQWEsU0FBUyxLQUFLLEtBQUssQ0FBQztBQUN2RjtBQU1PLFNBQVMsbUJBQW1CLGFBQXFCLGNBQThCO0FBQ3BGLFFBQU0sUUFBUSxjQUFjLEtBQUssSUFBSSxHQUFHLFlBQVk7QUFDcEQsUUFBTSxPQUFPLFNBQVMsTUFBTyxLQUFLO0FBQ2xDLFNBQU8sS0FBSyxJQUFJLE1BQU0sS0FBSyxNQUFNLFFBQVEsSUFBSSxJQUFJLElBQUk7QUFDdkQ7QUFRTyxTQUFTLGFBQWEsT0FBNkQ7QUFDeEYsUUFBTSxlQUFlLE1BQU0sWUFBWSxvQkFBb0IsTUFBTSxXQUFXO0FBQzVFLFNBQU8sRUFBRSxjQUFjLGlCQUFpQixtQkFBbUIsTUFBTSxhQUFhLFlBQVksRUFBRTtBQUM5RjsiLAogICJuYW1lcyI6IFtdCn0K
