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
var chapterSummary_exports = {};
__export(chapterSummary_exports, {
  DEFAULT_SUMMARY_CHARS: () => DEFAULT_SUMMARY_CHARS,
  summarizeForNext: () => summarizeForNext
});
module.exports = __toCommonJS(chapterSummary_exports);
var import_text = require("./markdown/text");
const DEFAULT_SUMMARY_CHARS = 1500;
function summarizeForNext(prose, maxChars = DEFAULT_SUMMARY_CHARS) {
  const paragraphs = (0, import_text.normalizeNewlines)(prose).split(/\n[ \t]*\n/).map((p) => p.trim()).filter((p) => p !== "" && !/^#{1,6}\s/.test(p) && !/^(?:[*\-_#~=•·]\s*){3,}$/.test(p));
  const kept = [];
  let length = 0;
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i];
    const added = length === 0 ? p.length : p.length + 2;
    if (length + added > maxChars) break;
    kept.unshift(p);
    length += added;
  }
  if (kept.length > 0 || paragraphs.length === 0) return kept.join("\n\n");
  return tailAtSentence(paragraphs.at(-1), maxChars);
}
function tailAtSentence(paragraph, maxChars) {
  const tail = paragraph.slice(paragraph.length - (maxChars - 1));
  const sentenceStart = /[.!?…]["”’)]?\s+(?=\S)/.exec(tail);
  const wordStart = /\s+(?=\S)/.exec(tail);
  const cut = sentenceStart ? sentenceStart.index + sentenceStart[0].length : wordStart ? wordStart.index + wordStart[0].length : 0;
  return `\u2026${tail.slice(cut)}`;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DEFAULT_SUMMARY_CHARS,
  summarizeForNext
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvc3RhZ2VzL2NoYXB0ZXJTdW1tYXJ5LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgeyBub3JtYWxpemVOZXdsaW5lcyB9IGZyb20gJy4vbWFya2Rvd24vdGV4dCc7XG5cbi8qKiBMb25nIGVub3VnaCB0byBjYXJyeSB0aGUgc2NlbmUncyBsYXN0IGJlYXQsIHNob3J0IGVub3VnaCBub3QgdG8gY3Jvd2QgdGhlIG5leHQgY2hhcHRlcidzIHByb21wdC4gKi9cbmV4cG9ydCBjb25zdCBERUZBVUxUX1NVTU1BUllfQ0hBUlMgPSAxNTAwO1xuXG4vKipcbiAqIFdoZXJlIHRoZSBwcmV2aW91cyBjaGFwdGVyIGxlYXZlcyBvZmYsIGZvciBzZXF1ZW50aWFsIGRyYWZ0aW5nIHdoZW4gbm8gbW9kZWwtd3JpdHRlbiBzdW1tYXJ5IGlzXG4gKiBhdmFpbGFibGU6IGl0cyBsYXN0IHBhcmFncmFwaHMsIHVwIHRvIGBtYXhDaGFyc2AuIFRoZSBlbmRpbmcgbWF0dGVycyBtb3JlIHRoYW4gdGhlIGdpc3QgaGVyZSxcbiAqIGJlY2F1c2UgdGhlIG5leHQgY2hhcHRlciBoYXMgdG8gcGljayB1cCB0aGUgdGhyZWFkICh3aG8gaXMgd2hlcmUsIHdoYXQgd2FzIGp1c3Qgc2FpZCkuIEhlYWRpbmdzXG4gKiBhbmQgc2NlbmUgYnJlYWtzIGFyZSBza2lwcGVkOyBhIHNpbmdsZSBvdmVyLWxvbmcgcGFyYWdyYXBoIGlzIGN1dCBhdCBhIHNlbnRlbmNlIHN0YXJ0LlxuICovXG5leHBvcnQgZnVuY3Rpb24gc3VtbWFyaXplRm9yTmV4dChwcm9zZTogc3RyaW5nLCBtYXhDaGFycyA9IERFRkFVTFRfU1VNTUFSWV9DSEFSUyk6IHN0cmluZyB7XG4gIGNvbnN0IHBhcmFncmFwaHMgPSBub3JtYWxpemVOZXdsaW5lcyhwcm9zZSlcbiAgICAuc3BsaXQoL1xcblsgXFx0XSpcXG4vKVxuICAgIC5tYXAoKHApID0+IHAudHJpbSgpKVxuICAgIC5maWx0ZXIoKHApID0+IHAgIT09ICcnICYmICEvXiN7MSw2fVxccy8udGVzdChwKSAmJiAhL14oPzpbKlxcLV8jfj1cdTIwMjJcdTAwQjddXFxzKil7Myx9JC8udGVzdChwKSk7XG4gIGNvbnN0IGtlcHQ6IHN0cmluZ1tdID0gW107XG4gIGxldCBsZW5ndGggPSAwO1xuICBmb3IgKGxldCBpID0gcGFyYWdyYXBocy5sZW5ndGggLSAxOyBpID49IDA7IGktLSkge1xuICAgIGNvbnN0IHAgPSBwYXJhZ3JhcGhzW2ldITtcbiAgICBjb25zdCBhZGRlZCA9IGxlbmd0aCA9PT0gMCA/IHAubGVuZ3RoIDogcC5sZW5ndGggKyAyO1xuICAgIGlmIChsZW5ndGggKyBhZGRlZCA+IG1heENoYXJzKSBicmVhaztcbiAgICBrZXB0LnVuc2hpZnQocCk7XG4gICAgbGVuZ3RoICs9IGFkZGVkO1xuICB9XG4gIGlmIChrZXB0Lmxlbmd0aCA+IDAgfHwgcGFyYWdyYXBocy5sZW5ndGggPT09IDApIHJldHVybiBrZXB0LmpvaW4oJ1xcblxcbicpO1xuICByZXR1cm4gdGFpbEF0U2VudGVuY2UocGFyYWdyYXBocy5hdCgtMSkhLCBtYXhDaGFycyk7XG59XG5cbmZ1bmN0aW9uIHRhaWxBdFNlbnRlbmNlKHBhcmFncmFwaDogc3RyaW5nLCBtYXhDaGFyczogbnVtYmVyKTogc3RyaW5nIHtcbiAgY29uc3QgdGFpbCA9IHBhcmFncmFwaC5zbGljZShwYXJhZ3JhcGgubGVuZ3RoIC0gKG1heENoYXJzIC0gMSkpO1xuICBjb25zdCBzZW50ZW5jZVN0YXJ0ID0gL1suIT9cdTIwMjZdW1wiXHUyMDFEXHUyMDE5KV0/XFxzKyg/PVxcUykvLmV4ZWModGFpbCk7XG4gIGNvbnN0IHdvcmRTdGFydCA9IC9cXHMrKD89XFxTKS8uZXhlYyh0YWlsKTtcbiAgY29uc3QgY3V0ID0gc2VudGVuY2VTdGFydCA/IHNlbnRlbmNlU3RhcnQuaW5kZXggKyBzZW50ZW5jZVN0YXJ0WzBdLmxlbmd0aCA6IHdvcmRTdGFydCA/IHdvcmRTdGFydC5pbmRleCArIHdvcmRTdGFydFswXS5sZW5ndGggOiAwO1xuICByZXR1cm4gYFx1MjAyNiR7dGFpbC5zbGljZShjdXQpfWA7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxrQkFBa0M7QUFHM0IsTUFBTSx3QkFBd0I7QUFROUIsU0FBUyxpQkFBaUIsT0FBZSxXQUFXLHVCQUErQjtBQUN4RixRQUFNLGlCQUFhLCtCQUFrQixLQUFLLEVBQ3ZDLE1BQU0sWUFBWSxFQUNsQixJQUFJLENBQUMsTUFBTSxFQUFFLEtBQUssQ0FBQyxFQUNuQixPQUFPLENBQUMsTUFBTSxNQUFNLE1BQU0sQ0FBQyxZQUFZLEtBQUssQ0FBQyxLQUFLLENBQUMsMkJBQTJCLEtBQUssQ0FBQyxDQUFDO0FBQ3hGLFFBQU0sT0FBaUIsQ0FBQztBQUN4QixNQUFJLFNBQVM7QUFDYixXQUFTLElBQUksV0FBVyxTQUFTLEdBQUcsS0FBSyxHQUFHLEtBQUs7QUFDL0MsVUFBTSxJQUFJLFdBQVcsQ0FBQztBQUN0QixVQUFNLFFBQVEsV0FBVyxJQUFJLEVBQUUsU0FBUyxFQUFFLFNBQVM7QUFDbkQsUUFBSSxTQUFTLFFBQVEsU0FBVTtBQUMvQixTQUFLLFFBQVEsQ0FBQztBQUNkLGNBQVU7QUFBQSxFQUNaO0FBQ0EsTUFBSSxLQUFLLFNBQVMsS0FBSyxXQUFXLFdBQVcsRUFBRyxRQUFPLEtBQUssS0FBSyxNQUFNO0FBQ3ZFLFNBQU8sZUFBZSxXQUFXLEdBQUcsRUFBRSxHQUFJLFFBQVE7QUFDcEQ7QUFFQSxTQUFTLGVBQWUsV0FBbUIsVUFBMEI7QUFDbkUsUUFBTSxPQUFPLFVBQVUsTUFBTSxVQUFVLFVBQVUsV0FBVyxFQUFFO0FBQzlELFFBQU0sZ0JBQWdCLHlCQUF5QixLQUFLLElBQUk7QUFDeEQsUUFBTSxZQUFZLFlBQVksS0FBSyxJQUFJO0FBQ3ZDLFFBQU0sTUFBTSxnQkFBZ0IsY0FBYyxRQUFRLGNBQWMsQ0FBQyxFQUFFLFNBQVMsWUFBWSxVQUFVLFFBQVEsVUFBVSxDQUFDLEVBQUUsU0FBUztBQUNoSSxTQUFPLFNBQUksS0FBSyxNQUFNLEdBQUcsQ0FBQztBQUM1QjsiLAogICJuYW1lcyI6IFtdCn0K
