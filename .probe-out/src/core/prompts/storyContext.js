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
var storyContext_exports = {};
__export(storyContext_exports, {
  CHAPTER_PROMPT_PREMISE_CHARS: () => CHAPTER_PROMPT_PREMISE_CHARS,
  bibleMaterial: () => bibleMaterial,
  briefParameters: () => briefParameters,
  castSize: () => castSize,
  chapterBrief: () => chapterBrief,
  chapterPlan: () => chapterPlan,
  conceptMaterial: () => conceptMaterial,
  findChapter: () => findChapter,
  isLastChapter: () => isLastChapter,
  premiseText: () => premiseText,
  tagged: () => tagged
});
module.exports = __toCommonJS(storyContext_exports);
var import_bibleMarkdown = require("../stages/bibleMarkdown");
var import_conceptMarkdown = require("../stages/conceptMarkdown");
var import_brief = require("../story/brief");
const CHAPTER_PROMPT_PREMISE_CHARS = 4e3;
function tagged(tag, content) {
  return `<${tag}>
${content.trim()}
</${tag}>`;
}
function briefParameters(brief) {
  const open = (what) => `not specified: choose the ${what} that best serves the premise`;
  return [
    `Title: ${brief.title}`,
    `Genre: ${brief.genre ?? open("genre")}`,
    `Tone: ${brief.tone ?? open("tone")}`,
    `Audience: ${brief.audience ?? "general adult readers"}`,
    `Point of view: ${import_brief.POINT_OF_VIEW_WORDS[brief.pointOfView]}`,
    `Language: ${brief.language}`
  ].join("\n");
}
function premiseText(brief, maxChars) {
  if (maxChars === void 0 || brief.premise.length <= maxChars) return brief.premise;
  const cut = brief.premise.slice(0, maxChars).replace(/\s+\S*$/, "");
  return `${cut}

[\u2026 the rest of the writer's notes is omitted here; the concept, bible and outline above already distil it.]`;
}
function conceptMaterial(concept) {
  return tagged("concept", (0, import_conceptMarkdown.renderConcept)(concept));
}
function bibleMaterial(bible) {
  return tagged("story_bible", (0, import_bibleMarkdown.renderBible)(bible));
}
function chapterPlan(outline, current) {
  const lines = outline.chapters.map((c) => {
    const mark = c.number === current ? " \u2190 this chapter" : "";
    const heading = c.title ? `Chapter ${c.number}: ${c.title}` : `Chapter ${c.number}`;
    return `${heading}${mark}
${c.summary || c.beats.join(" ")}`;
  });
  return tagged("chapter_plan", lines.join("\n\n"));
}
function chapterBrief(chapter) {
  const parts = [chapter.title ? `Chapter ${chapter.number}: ${chapter.title}` : `Chapter ${chapter.number}`];
  if (chapter.summary) parts.push(`Summary: ${chapter.summary}`);
  if (chapter.pov) parts.push(`Point-of-view character: ${chapter.pov}`);
  if (chapter.beats.length > 0) parts.push(`Beats, in order:
${chapter.beats.map((b, i) => `${i + 1}. ${b}`).join("\n")}`);
  for (const extra of chapter.extraSections ?? []) parts.push(`${extra.heading}:
${extra.body}`);
  return tagged("this_chapter", parts.join("\n\n"));
}
function findChapter(outline, number) {
  const chapter = outline.chapters.find((c) => c.number === number);
  if (!chapter) {
    const known = outline.chapters.map((c) => c.number).join(", ");
    throw new RangeError(`The outline has no chapter ${number} (it has ${known})`);
  }
  return chapter;
}
function isLastChapter(outline, number) {
  return number === Math.max(...outline.chapters.map((c) => c.number));
}
function castSize(targetWords) {
  if (targetWords < 5e3) return "two to four characters";
  if (targetWords < 2e4) return "three to six characters";
  if (targetWords < 6e4) return "four to eight characters";
  return "five to twelve characters";
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  CHAPTER_PROMPT_PREMISE_CHARS,
  bibleMaterial,
  briefParameters,
  castSize,
  chapterBrief,
  chapterPlan,
  conceptMaterial,
  findChapter,
  isLastChapter,
  premiseText,
  tagged
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvcHJvbXB0cy9zdG9yeUNvbnRleHQudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCB7IHJlbmRlckJpYmxlIH0gZnJvbSAnLi4vc3RhZ2VzL2JpYmxlTWFya2Rvd24nO1xuaW1wb3J0IHR5cGUgeyBCaWJsZSB9IGZyb20gJy4uL3N0YWdlcy9iaWJsZSc7XG5pbXBvcnQgdHlwZSB7IENvbmNlcHQgfSBmcm9tICcuLi9zdGFnZXMvY29uY2VwdCc7XG5pbXBvcnQgeyByZW5kZXJDb25jZXB0IH0gZnJvbSAnLi4vc3RhZ2VzL2NvbmNlcHRNYXJrZG93bic7XG5pbXBvcnQgdHlwZSB7IE91dGxpbmUsIE91dGxpbmVDaGFwdGVyIH0gZnJvbSAnLi4vc3RhZ2VzL291dGxpbmUnO1xuaW1wb3J0IHsgUE9JTlRfT0ZfVklFV19XT1JEUywgdHlwZSBCcmllZiB9IGZyb20gJy4uL3N0b3J5L2JyaWVmJztcblxuLyoqXG4gKiBTb3VyY2UgbWF0ZXJpYWwgZm9yIHByb21wdHMuIERvY3VtZW50cyBhcmUgc2hvd24gdG8gdGhlIG1vZGVsIGluIHRoZSBzYW1lIE1hcmtkb3duIHRoZSB3cml0ZXJcbiAqIHJlYWRzIGFuZCBlZGl0cyAodGhlaXIgYWRkaXRpb25zIGluY2x1ZGVkKSwgd3JhcHBlZCBpbiB0YWdzIHNvIHRoZSBtb2RlbCBjYW4gdGVsbCBtYXRlcmlhbFxuICogZnJvbSBpbnN0cnVjdGlvbnMuIE5vdGhpbmcgaGVyZSB3cml0ZXMgYSBudW1iZXIgZm9sbG93ZWQgYnkgXCJ3b3Jkc1wiOiB0aGUgdGVzdCBzZXJ2ZXIgKGFuZCBhXG4gKiBjYXJlZnVsIHJlYWRlcikgdGFrZSB0aGUgZmlyc3Qgc3VjaCBwaHJhc2UgaW4gYSBwcm9tcHQgYXMgdGhlIHJlcXVlc3RlZCBsZW5ndGguXG4gKi9cblxuLyoqIENoYXB0ZXIgcHJvbXB0cyBydW4gb25jZSBwZXIgY2hhcHRlcjogcGFzdCB0aGlzLCBhIHBhc3RlZCBwcmVtaXNlIGlzIGV4Y2VycHRlZCwgbm90IHJlcGVhdGVkLiAqL1xuZXhwb3J0IGNvbnN0IENIQVBURVJfUFJPTVBUX1BSRU1JU0VfQ0hBUlMgPSA0MDAwO1xuXG5leHBvcnQgZnVuY3Rpb24gdGFnZ2VkKHRhZzogc3RyaW5nLCBjb250ZW50OiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gYDwke3RhZ30+XFxuJHtjb250ZW50LnRyaW0oKX1cXG48LyR7dGFnfT5gO1xufVxuXG4vKiogVGhlIGJyaWVmJ3MgcGFyYW1ldGVycyBhcyBzaG9ydCBsaW5lczsgdW5zZXQgb25lcyBzYXkgc28sIGxlYXZpbmcgdGhlIGNob2ljZSB0byB0aGUgbW9kZWwuICovXG5leHBvcnQgZnVuY3Rpb24gYnJpZWZQYXJhbWV0ZXJzKGJyaWVmOiBCcmllZik6IHN0cmluZyB7XG4gIGNvbnN0IG9wZW4gPSAod2hhdDogc3RyaW5nKSA9PiBgbm90IHNwZWNpZmllZDogY2hvb3NlIHRoZSAke3doYXR9IHRoYXQgYmVzdCBzZXJ2ZXMgdGhlIHByZW1pc2VgO1xuICByZXR1cm4gW1xuICAgIGBUaXRsZTogJHticmllZi50aXRsZX1gLFxuICAgIGBHZW5yZTogJHticmllZi5nZW5yZSA/PyBvcGVuKCdnZW5yZScpfWAsXG4gICAgYFRvbmU6ICR7YnJpZWYudG9uZSA/PyBvcGVuKCd0b25lJyl9YCxcbiAgICBgQXVkaWVuY2U6ICR7YnJpZWYuYXVkaWVuY2UgPz8gJ2dlbmVyYWwgYWR1bHQgcmVhZGVycyd9YCxcbiAgICBgUG9pbnQgb2YgdmlldzogJHtQT0lOVF9PRl9WSUVXX1dPUkRTW2JyaWVmLnBvaW50T2ZWaWV3XX1gLFxuICAgIGBMYW5ndWFnZTogJHticmllZi5sYW5ndWFnZX1gLFxuICBdLmpvaW4oJ1xcbicpO1xufVxuXG4vKiogVGhlIHByZW1pc2Ugd2hvbGUsIG9yIGl0cyBvcGVuaW5nIHdoZW4gYG1heENoYXJzYCBpcyBnaXZlbiBhbmQgaXQgaXMgbG9uZ2VyLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHByZW1pc2VUZXh0KGJyaWVmOiBCcmllZiwgbWF4Q2hhcnM/OiBudW1iZXIpOiBzdHJpbmcge1xuICBpZiAobWF4Q2hhcnMgPT09IHVuZGVmaW5lZCB8fCBicmllZi5wcmVtaXNlLmxlbmd0aCA8PSBtYXhDaGFycykgcmV0dXJuIGJyaWVmLnByZW1pc2U7XG4gIGNvbnN0IGN1dCA9IGJyaWVmLnByZW1pc2Uuc2xpY2UoMCwgbWF4Q2hhcnMpLnJlcGxhY2UoL1xccytcXFMqJC8sICcnKTtcbiAgcmV0dXJuIGAke2N1dH1cXG5cXG5bXHUyMDI2IHRoZSByZXN0IG9mIHRoZSB3cml0ZXIncyBub3RlcyBpcyBvbWl0dGVkIGhlcmU7IHRoZSBjb25jZXB0LCBiaWJsZSBhbmQgb3V0bGluZSBhYm92ZSBhbHJlYWR5IGRpc3RpbCBpdC5dYDtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGNvbmNlcHRNYXRlcmlhbChjb25jZXB0OiBDb25jZXB0KTogc3RyaW5nIHtcbiAgcmV0dXJuIHRhZ2dlZCgnY29uY2VwdCcsIHJlbmRlckNvbmNlcHQoY29uY2VwdCkpO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gYmlibGVNYXRlcmlhbChiaWJsZTogQmlibGUpOiBzdHJpbmcge1xuICByZXR1cm4gdGFnZ2VkKCdzdG9yeV9iaWJsZScsIHJlbmRlckJpYmxlKGJpYmxlKSk7XG59XG5cbi8qKlxuICogVGhlIG91dGxpbmUgZm9yIGEgY2hhcHRlciBwcm9tcHQ6IGV2ZXJ5IGNoYXB0ZXIncyBudW1iZXIsIHRpdGxlIGFuZCBzdW1tYXJ5IChzbyB0aGUgY2hhcHRlclxuICoga25vd3MgaXRzIHBsYWNlIGluIHRoZSBhcmMpLCB3aXRoIHRoZSBjaGFwdGVyIGJlaW5nIHdyaXR0ZW4gbWFya2VkLiBUYXJnZXQgbGVuZ3RocyBhcmUgbGVmdFxuICogb3V0OiBvbmx5IHRoZSBjdXJyZW50IGNoYXB0ZXIncyBsZW5ndGggbWF0dGVycywgYW5kIGl0IGlzIHN0YXRlZCBvbmNlLCB1cCBmcm9udC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNoYXB0ZXJQbGFuKG91dGxpbmU6IE91dGxpbmUsIGN1cnJlbnQ6IG51bWJlcik6IHN0cmluZyB7XG4gIGNvbnN0IGxpbmVzID0gb3V0bGluZS5jaGFwdGVycy5tYXAoKGMpID0+IHtcbiAgICBjb25zdCBtYXJrID0gYy5udW1iZXIgPT09IGN1cnJlbnQgPyAnIFx1MjE5MCB0aGlzIGNoYXB0ZXInIDogJyc7XG4gICAgY29uc3QgaGVhZGluZyA9IGMudGl0bGUgPyBgQ2hhcHRlciAke2MubnVtYmVyfTogJHtjLnRpdGxlfWAgOiBgQ2hhcHRlciAke2MubnVtYmVyfWA7XG4gICAgcmV0dXJuIGAke2hlYWRpbmd9JHttYXJrfVxcbiR7Yy5zdW1tYXJ5IHx8IGMuYmVhdHMuam9pbignICcpfWA7XG4gIH0pO1xuICByZXR1cm4gdGFnZ2VkKCdjaGFwdGVyX3BsYW4nLCBsaW5lcy5qb2luKCdcXG5cXG4nKSk7XG59XG5cbi8qKiBUaGUgY3VycmVudCBjaGFwdGVyJ3MgZnVsbCBlbnRyeTogc3VtbWFyeSwgcG9pbnQgb2YgdmlldywgYmVhdHMgYW5kIHRoZSB3cml0ZXIncyBub3Rlcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjaGFwdGVyQnJpZWYoY2hhcHRlcjogT3V0bGluZUNoYXB0ZXIpOiBzdHJpbmcge1xuICBjb25zdCBwYXJ0cyA9IFtjaGFwdGVyLnRpdGxlID8gYENoYXB0ZXIgJHtjaGFwdGVyLm51bWJlcn06ICR7Y2hhcHRlci50aXRsZX1gIDogYENoYXB0ZXIgJHtjaGFwdGVyLm51bWJlcn1gXTtcbiAgaWYgKGNoYXB0ZXIuc3VtbWFyeSkgcGFydHMucHVzaChgU3VtbWFyeTogJHtjaGFwdGVyLnN1bW1hcnl9YCk7XG4gIGlmIChjaGFwdGVyLnBvdikgcGFydHMucHVzaChgUG9pbnQtb2YtdmlldyBjaGFyYWN0ZXI6ICR7Y2hhcHRlci5wb3Z9YCk7XG4gIGlmIChjaGFwdGVyLmJlYXRzLmxlbmd0aCA+IDApIHBhcnRzLnB1c2goYEJlYXRzLCBpbiBvcmRlcjpcXG4ke2NoYXB0ZXIuYmVhdHMubWFwKChiLCBpKSA9PiBgJHtpICsgMX0uICR7Yn1gKS5qb2luKCdcXG4nKX1gKTtcbiAgZm9yIChjb25zdCBleHRyYSBvZiBjaGFwdGVyLmV4dHJhU2VjdGlvbnMgPz8gW10pIHBhcnRzLnB1c2goYCR7ZXh0cmEuaGVhZGluZ306XFxuJHtleHRyYS5ib2R5fWApO1xuICByZXR1cm4gdGFnZ2VkKCd0aGlzX2NoYXB0ZXInLCBwYXJ0cy5qb2luKCdcXG5cXG4nKSk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBmaW5kQ2hhcHRlcihvdXRsaW5lOiBPdXRsaW5lLCBudW1iZXI6IG51bWJlcik6IE91dGxpbmVDaGFwdGVyIHtcbiAgY29uc3QgY2hhcHRlciA9IG91dGxpbmUuY2hhcHRlcnMuZmluZCgoYykgPT4gYy5udW1iZXIgPT09IG51bWJlcik7XG4gIGlmICghY2hhcHRlcikge1xuICAgIGNvbnN0IGtub3duID0gb3V0bGluZS5jaGFwdGVycy5tYXAoKGMpID0+IGMubnVtYmVyKS5qb2luKCcsICcpO1xuICAgIHRocm93IG5ldyBSYW5nZUVycm9yKGBUaGUgb3V0bGluZSBoYXMgbm8gY2hhcHRlciAke251bWJlcn0gKGl0IGhhcyAke2tub3dufSlgKTtcbiAgfVxuICByZXR1cm4gY2hhcHRlcjtcbn1cblxuLyoqIFdoZXRoZXIgdGhlIGNoYXB0ZXIgZW5kcyB0aGUgc3Rvcnk6IGl0IHNob3VsZCByZXNvbHZlLCBub3Qgc2V0IHVwLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzTGFzdENoYXB0ZXIob3V0bGluZTogT3V0bGluZSwgbnVtYmVyOiBudW1iZXIpOiBib29sZWFuIHtcbiAgcmV0dXJuIG51bWJlciA9PT0gTWF0aC5tYXgoLi4ub3V0bGluZS5jaGFwdGVycy5tYXAoKGMpID0+IGMubnVtYmVyKSk7XG59XG5cbi8qKiBSb3VnaCBjYXN0IHNpemUgZm9yIGEgc3Rvcnkgb2YgdGhpcyBsZW5ndGgsIHNvIGEgc2hvcnQgc3RvcnkgaXMgbm90IGNyb3dkZWQuICovXG5leHBvcnQgZnVuY3Rpb24gY2FzdFNpemUodGFyZ2V0V29yZHM6IG51bWJlcik6IHN0cmluZyB7XG4gIGlmICh0YXJnZXRXb3JkcyA8IDUwMDApIHJldHVybiAndHdvIHRvIGZvdXIgY2hhcmFjdGVycyc7XG4gIGlmICh0YXJnZXRXb3JkcyA8IDIwMDAwKSByZXR1cm4gJ3RocmVlIHRvIHNpeCBjaGFyYWN0ZXJzJztcbiAgaWYgKHRhcmdldFdvcmRzIDwgNjAwMDApIHJldHVybiAnZm91ciB0byBlaWdodCBjaGFyYWN0ZXJzJztcbiAgcmV0dXJuICdmaXZlIHRvIHR3ZWx2ZSBjaGFyYWN0ZXJzJztcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLDJCQUE0QjtBQUc1Qiw2QkFBOEI7QUFFOUIsbUJBQWdEO0FBVXpDLE1BQU0sK0JBQStCO0FBRXJDLFNBQVMsT0FBTyxLQUFhLFNBQXlCO0FBQzNELFNBQU8sSUFBSSxHQUFHO0FBQUEsRUFBTSxRQUFRLEtBQUssQ0FBQztBQUFBLElBQU8sR0FBRztBQUM5QztBQUdPLFNBQVMsZ0JBQWdCLE9BQXNCO0FBQ3BELFFBQU0sT0FBTyxDQUFDLFNBQWlCLDZCQUE2QixJQUFJO0FBQ2hFLFNBQU87QUFBQSxJQUNMLFVBQVUsTUFBTSxLQUFLO0FBQUEsSUFDckIsVUFBVSxNQUFNLFNBQVMsS0FBSyxPQUFPLENBQUM7QUFBQSxJQUN0QyxTQUFTLE1BQU0sUUFBUSxLQUFLLE1BQU0sQ0FBQztBQUFBLElBQ25DLGFBQWEsTUFBTSxZQUFZLHVCQUF1QjtBQUFBLElBQ3RELGtCQUFrQixpQ0FBb0IsTUFBTSxXQUFXLENBQUM7QUFBQSxJQUN4RCxhQUFhLE1BQU0sUUFBUTtBQUFBLEVBQzdCLEVBQUUsS0FBSyxJQUFJO0FBQ2I7QUFHTyxTQUFTLFlBQVksT0FBYyxVQUEyQjtBQUNuRSxNQUFJLGFBQWEsVUFBYSxNQUFNLFFBQVEsVUFBVSxTQUFVLFFBQU8sTUFBTTtBQUM3RSxRQUFNLE1BQU0sTUFBTSxRQUFRLE1BQU0sR0FBRyxRQUFRLEVBQUUsUUFBUSxXQUFXLEVBQUU7QUFDbEUsU0FBTyxHQUFHLEdBQUc7QUFBQTtBQUFBO0FBQ2Y7QUFFTyxTQUFTLGdCQUFnQixTQUEwQjtBQUN4RCxTQUFPLE9BQU8sZUFBVyxzQ0FBYyxPQUFPLENBQUM7QUFDakQ7QUFFTyxTQUFTLGNBQWMsT0FBc0I7QUFDbEQsU0FBTyxPQUFPLG1CQUFlLGtDQUFZLEtBQUssQ0FBQztBQUNqRDtBQU9PLFNBQVMsWUFBWSxTQUFrQixTQUF5QjtBQUNyRSxRQUFNLFFBQVEsUUFBUSxTQUFTLElBQUksQ0FBQyxNQUFNO0FBQ3hDLFVBQU0sT0FBTyxFQUFFLFdBQVcsVUFBVSx5QkFBb0I7QUFDeEQsVUFBTSxVQUFVLEVBQUUsUUFBUSxXQUFXLEVBQUUsTUFBTSxLQUFLLEVBQUUsS0FBSyxLQUFLLFdBQVcsRUFBRSxNQUFNO0FBQ2pGLFdBQU8sR0FBRyxPQUFPLEdBQUcsSUFBSTtBQUFBLEVBQUssRUFBRSxXQUFXLEVBQUUsTUFBTSxLQUFLLEdBQUcsQ0FBQztBQUFBLEVBQzdELENBQUM7QUFDRCxTQUFPLE9BQU8sZ0JBQWdCLE1BQU0sS0FBSyxNQUFNLENBQUM7QUFDbEQ7QUFHTyxTQUFTLGFBQWEsU0FBaUM7QUFDNUQsUUFBTSxRQUFRLENBQUMsUUFBUSxRQUFRLFdBQVcsUUFBUSxNQUFNLEtBQUssUUFBUSxLQUFLLEtBQUssV0FBVyxRQUFRLE1BQU0sRUFBRTtBQUMxRyxNQUFJLFFBQVEsUUFBUyxPQUFNLEtBQUssWUFBWSxRQUFRLE9BQU8sRUFBRTtBQUM3RCxNQUFJLFFBQVEsSUFBSyxPQUFNLEtBQUssNEJBQTRCLFFBQVEsR0FBRyxFQUFFO0FBQ3JFLE1BQUksUUFBUSxNQUFNLFNBQVMsRUFBRyxPQUFNLEtBQUs7QUFBQSxFQUFxQixRQUFRLE1BQU0sSUFBSSxDQUFDLEdBQUcsTUFBTSxHQUFHLElBQUksQ0FBQyxLQUFLLENBQUMsRUFBRSxFQUFFLEtBQUssSUFBSSxDQUFDLEVBQUU7QUFDeEgsYUFBVyxTQUFTLFFBQVEsaUJBQWlCLENBQUMsRUFBRyxPQUFNLEtBQUssR0FBRyxNQUFNLE9BQU87QUFBQSxFQUFNLE1BQU0sSUFBSSxFQUFFO0FBQzlGLFNBQU8sT0FBTyxnQkFBZ0IsTUFBTSxLQUFLLE1BQU0sQ0FBQztBQUNsRDtBQUVPLFNBQVMsWUFBWSxTQUFrQixRQUFnQztBQUM1RSxRQUFNLFVBQVUsUUFBUSxTQUFTLEtBQUssQ0FBQyxNQUFNLEVBQUUsV0FBVyxNQUFNO0FBQ2hFLE1BQUksQ0FBQyxTQUFTO0FBQ1osVUFBTSxRQUFRLFFBQVEsU0FBUyxJQUFJLENBQUMsTUFBTSxFQUFFLE1BQU0sRUFBRSxLQUFLLElBQUk7QUFDN0QsVUFBTSxJQUFJLFdBQVcsOEJBQThCLE1BQU0sWUFBWSxLQUFLLEdBQUc7QUFBQSxFQUMvRTtBQUNBLFNBQU87QUFDVDtBQUdPLFNBQVMsY0FBYyxTQUFrQixRQUF5QjtBQUN2RSxTQUFPLFdBQVcsS0FBSyxJQUFJLEdBQUcsUUFBUSxTQUFTLElBQUksQ0FBQyxNQUFNLEVBQUUsTUFBTSxDQUFDO0FBQ3JFO0FBR08sU0FBUyxTQUFTLGFBQTZCO0FBQ3BELE1BQUksY0FBYyxJQUFNLFFBQU87QUFDL0IsTUFBSSxjQUFjLElBQU8sUUFBTztBQUNoQyxNQUFJLGNBQWMsSUFBTyxRQUFPO0FBQ2hDLFNBQU87QUFDVDsiLAogICJuYW1lcyI6IFtdCn0K
