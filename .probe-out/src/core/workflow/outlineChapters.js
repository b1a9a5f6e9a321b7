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
var outlineChapters_exports = {};
__export(outlineChapters_exports, {
  readOutlineChapters: () => readOutlineChapters
});
module.exports = __toCommonJS(outlineChapters_exports);
var import_hash = require("../hash");
var import_outlineMarkdown = require("../stages/outlineMarkdown");
var import_stageFiles = require("../stages/stageFiles");
var import_chapterPlan = require("../story/chapterPlan");
function readOutlineChapters(body, brief) {
  const targetWordsPerChapter = brief ? (0, import_chapterPlan.planChapters)(brief).wordsPerChapter : void 0;
  const parsed = (0, import_outlineMarkdown.parseOutline)(body, { file: (0, import_stageFiles.stageFile)("outline"), ...targetWordsPerChapter ? { targetWordsPerChapter } : {} });
  if (!parsed.ok) return { ok: false, problem: parsed.problems.map((p) => p.message).join("; ") };
  const chapters = parsed.value.chapters.map((c) => ({ number: c.number, title: c.title, targetWords: c.targetWords, sectionHash: sectionHash(c) }));
  return { ok: true, outline: parsed.value, chapters };
}
function sectionHash(chapter) {
  const { number, title, summary, beats, targetWords, pov, extraSections } = chapter;
  return (0, import_hash.contentHash)(JSON.stringify({ number, title, summary, beats, targetWords, pov: pov ?? null, extras: extraSections ?? [] }));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  readOutlineChapters
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvd29ya2Zsb3cvb3V0bGluZUNoYXB0ZXJzLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgeyBjb250ZW50SGFzaCB9IGZyb20gJy4uL2hhc2gnO1xuaW1wb3J0IHR5cGUgeyBPdXRsaW5lLCBPdXRsaW5lQ2hhcHRlciB9IGZyb20gJy4uL3N0YWdlcy9vdXRsaW5lJztcbmltcG9ydCB7IHBhcnNlT3V0bGluZSB9IGZyb20gJy4uL3N0YWdlcy9vdXRsaW5lTWFya2Rvd24nO1xuaW1wb3J0IHsgc3RhZ2VGaWxlIH0gZnJvbSAnLi4vc3RhZ2VzL3N0YWdlRmlsZXMnO1xuaW1wb3J0IHR5cGUgeyBCcmllZiB9IGZyb20gJy4uL3N0b3J5L2JyaWVmJztcbmltcG9ydCB7IHBsYW5DaGFwdGVycyB9IGZyb20gJy4uL3N0b3J5L2NoYXB0ZXJQbGFuJztcbmltcG9ydCB0eXBlIHsgT3V0bGluZUNoYXB0ZXJSZWYgfSBmcm9tICcuL2dyYXBoJztcblxuZXhwb3J0IHR5cGUgT3V0bGluZVJlYWQgPVxuICB8IHsgcmVhZG9ubHkgb2s6IHRydWU7IHJlYWRvbmx5IG91dGxpbmU6IE91dGxpbmU7IHJlYWRvbmx5IGNoYXB0ZXJzOiBPdXRsaW5lQ2hhcHRlclJlZltdIH1cbiAgfCB7IHJlYWRvbmx5IG9rOiBmYWxzZTsgcmVhZG9ubHkgcHJvYmxlbTogc3RyaW5nIH07XG5cbi8qKlxuICogVGhlIGNoYXB0ZXJzIG9mIHRoZSBvdXRsaW5lIGFzIHRoZSBmaWxlIGhvbGRzIHRoZW0gbm93ICh0aGUgd3JpdGVyIG1heSBoYXZlIGFkZGVkLCByZW1vdmVkIG9yXG4gKiByZXdyaXR0ZW4gY2hhcHRlcnMpLiBBIGNoYXB0ZXIgd2l0aG91dCBhIHRhcmdldCBsZW5ndGggZ2V0cyB0aGUgYnJpZWYncyBwZXItY2hhcHRlciBwbGFuLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcmVhZE91dGxpbmVDaGFwdGVycyhib2R5OiBzdHJpbmcsIGJyaWVmPzogQnJpZWYpOiBPdXRsaW5lUmVhZCB7XG4gIGNvbnN0IHRhcmdldFdvcmRzUGVyQ2hhcHRlciA9IGJyaWVmID8gcGxhbkNoYXB0ZXJzKGJyaWVmKS53b3Jkc1BlckNoYXB0ZXIgOiB1bmRlZmluZWQ7XG4gIGNvbnN0IHBhcnNlZCA9IHBhcnNlT3V0bGluZShib2R5LCB7IGZpbGU6IHN0YWdlRmlsZSgnb3V0bGluZScpLCAuLi4odGFyZ2V0V29yZHNQZXJDaGFwdGVyID8geyB0YXJnZXRXb3Jkc1BlckNoYXB0ZXIgfSA6IHt9KSB9KTtcbiAgaWYgKCFwYXJzZWQub2spIHJldHVybiB7IG9rOiBmYWxzZSwgcHJvYmxlbTogcGFyc2VkLnByb2JsZW1zLm1hcCgocCkgPT4gcC5tZXNzYWdlKS5qb2luKCc7ICcpIH07XG4gIGNvbnN0IGNoYXB0ZXJzID0gcGFyc2VkLnZhbHVlLmNoYXB0ZXJzLm1hcCgoYykgPT4gKHsgbnVtYmVyOiBjLm51bWJlciwgdGl0bGU6IGMudGl0bGUsIHRhcmdldFdvcmRzOiBjLnRhcmdldFdvcmRzLCBzZWN0aW9uSGFzaDogc2VjdGlvbkhhc2goYykgfSkpO1xuICByZXR1cm4geyBvazogdHJ1ZSwgb3V0bGluZTogcGFyc2VkLnZhbHVlLCBjaGFwdGVycyB9O1xufVxuXG4vKipcbiAqIEhhc2ggb2Ygb25lIGNoYXB0ZXIncyBlbnRyeSBhcyBwYXJzZWQgKHRpdGxlLCBzdW1tYXJ5LCBiZWF0cywgbGVuZ3RoLCBwb2ludCBvZiB2aWV3LCB0aGVcbiAqIHdyaXRlcidzIG5vdGVzKTogZm9ybWF0dGluZy1vbmx5IGVkaXRzIGRvIG5vdCBjb3VudCwgYW5kIGVkaXRpbmcgY2hhcHRlciAzJ3MgYmVhdHMgY2hhbmdlc1xuICogY2hhcHRlciAzJ3MgaGFzaCBhbG9uZS5cbiAqL1xuZnVuY3Rpb24gc2VjdGlvbkhhc2goY2hhcHRlcjogT3V0bGluZUNoYXB0ZXIpOiBzdHJpbmcge1xuICBjb25zdCB7IG51bWJlciwgdGl0bGUsIHN1bW1hcnksIGJlYXRzLCB0YXJnZXRXb3JkcywgcG92LCBleHRyYVNlY3Rpb25zIH0gPSBjaGFwdGVyO1xuICByZXR1cm4gY29udGVudEhhc2goSlNPTi5zdHJpbmdpZnkoeyBudW1iZXIsIHRpdGxlLCBzdW1tYXJ5LCBiZWF0cywgdGFyZ2V0V29yZHMsIHBvdjogcG92ID8/IG51bGwsIGV4dHJhczogZXh0cmFTZWN0aW9ucyA/PyBbXSB9KSk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsa0JBQTRCO0FBRTVCLDZCQUE2QjtBQUM3Qix3QkFBMEI7QUFFMUIseUJBQTZCO0FBV3RCLFNBQVMsb0JBQW9CLE1BQWMsT0FBNEI7QUFDNUUsUUFBTSx3QkFBd0IsWUFBUSxpQ0FBYSxLQUFLLEVBQUUsa0JBQWtCO0FBQzVFLFFBQU0sYUFBUyxxQ0FBYSxNQUFNLEVBQUUsVUFBTSw2QkFBVSxTQUFTLEdBQUcsR0FBSSx3QkFBd0IsRUFBRSxzQkFBc0IsSUFBSSxDQUFDLEVBQUcsQ0FBQztBQUM3SCxNQUFJLENBQUMsT0FBTyxHQUFJLFFBQU8sRUFBRSxJQUFJLE9BQU8sU0FBUyxPQUFPLFNBQVMsSUFBSSxDQUFDLE1BQU0sRUFBRSxPQUFPLEVBQUUsS0FBSyxJQUFJLEVBQUU7QUFDOUYsUUFBTSxXQUFXLE9BQU8sTUFBTSxTQUFTLElBQUksQ0FBQyxPQUFPLEVBQUUsUUFBUSxFQUFFLFFBQVEsT0FBTyxFQUFFLE9BQU8sYUFBYSxFQUFFLGFBQWEsYUFBYSxZQUFZLENBQUMsRUFBRSxFQUFFO0FBQ2pKLFNBQU8sRUFBRSxJQUFJLE1BQU0sU0FBUyxPQUFPLE9BQU8sU0FBUztBQUNyRDtBQU9BLFNBQVMsWUFBWSxTQUFpQztBQUNwRCxRQUFNLEVBQUUsUUFBUSxPQUFPLFNBQVMsT0FBTyxhQUFhLEtBQUssY0FBYyxJQUFJO0FBQzNFLGFBQU8seUJBQVksS0FBSyxVQUFVLEVBQUUsUUFBUSxPQUFPLFNBQVMsT0FBTyxhQUFhLEtBQUssT0FBTyxNQUFNLFFBQVEsaUJBQWlCLENBQUMsRUFBRSxDQUFDLENBQUM7QUFDbEk7IiwKICAibmFtZXMiOiBbXQp9Cg==
