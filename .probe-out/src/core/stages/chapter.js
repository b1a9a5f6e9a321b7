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
var chapter_exports = {};
__export(chapter_exports, {
  parseChapter: () => parseChapter,
  proseFromModel: () => proseFromModel,
  renderChapter: () => renderChapter
});
module.exports = __toCommonJS(chapter_exports);
var import_sections = require("./markdown/sections");
var import_text = require("./markdown/text");
function renderChapter(number, title, prose) {
  const heading = (0, import_sections.renderHeading)(1, title.trim() ? `Chapter ${number}: ${title.trim()}` : `Chapter ${number}`);
  return `${heading}

${(0, import_text.normalizeNewlines)(prose).trim()}
`;
}
const CHAPTER_HEADING = /^#{1,6}[ \t]+(?:chapter|ch\.?)[ \t]+(\d{1,3})\b[ \t]*(?:[:.\-–—)|][ \t]*)?(.*?)(?:[ \t]+#+)?[ \t]*$/i;
const BOLD_CHAPTER_LINE = /^(\*\*|__)(?:chapter|ch\.?)\s+\d{1,3}\b.*\1$/i;
const ANY_HEADING = /^#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
function parseChapter(body) {
  const text = (0, import_text.normalizeNewlines)(body).replace(/^\s*\n/, "");
  const firstLine = text.split("\n", 1)[0] ?? "";
  const rest = () => text.slice(firstLine.length).trim();
  const chapter = CHAPTER_HEADING.exec(firstLine.trim());
  if (chapter) {
    const title = chapter[2].trim();
    return { number: Number(chapter[1]), ...title ? { title: unescapeTrailingHashes(title) } : {}, prose: rest() };
  }
  const heading = /^#[ \t]/.test(firstLine.trim()) ? ANY_HEADING.exec(firstLine.trim()) : null;
  if (heading) return { title: unescapeTrailingHashes(heading[1].trim()), prose: rest() };
  return { prose: text.trim() };
}
function proseFromModel(reply) {
  let text = (0, import_text.unwrapCodeFence)((0, import_text.normalizeNewlines)(reply)).trim();
  const first = text.split("\n", 1)[0] ?? "";
  if (CHAPTER_HEADING.test(first.trim()) || /^#[ \t]/.test(first) || BOLD_CHAPTER_LINE.test(first.trim())) text = text.slice(first.length).trim();
  return text;
}
function unescapeTrailingHashes(text) {
  return text.replace(/\\(#+)$/, "$1");
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  parseChapter,
  proseFromModel,
  renderChapter
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvc3RhZ2VzL2NoYXB0ZXIudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCB7IHJlbmRlckhlYWRpbmcgfSBmcm9tICcuL21hcmtkb3duL3NlY3Rpb25zJztcbmltcG9ydCB7IG5vcm1hbGl6ZU5ld2xpbmVzLCB1bndyYXBDb2RlRmVuY2UgfSBmcm9tICcuL21hcmtkb3duL3RleHQnO1xuXG4vKipcbiAqIERyYWZ0IGFuZCByZXZpc2lvbiBjaGFwdGVycyBhcmUgcHJvc2U6IGAjIENoYXB0ZXIgTjogVGl0bGVgIGFuZCB0aGUgdGV4dC4gVGhlIGhlYWRpbmcgaXMgb3VycztcbiAqIHRoZSBwcm9zZSBpcyB0aGUgbW9kZWwncyAoYW5kIHRoZW4gdGhlIHdyaXRlcidzKSBhbmQgaXMga2VwdCBhcyB3cml0dGVuLlxuICovXG5cbmV4cG9ydCBpbnRlcmZhY2UgQ2hhcHRlclRleHQge1xuICAvKiogRnJvbSB0aGUgaGVhZGluZywgd2hlbiBpdCBoYXMgb25lLiAqL1xuICByZWFkb25seSBudW1iZXI/OiBudW1iZXI7XG4gIHJlYWRvbmx5IHRpdGxlPzogc3RyaW5nO1xuICByZWFkb25seSBwcm9zZTogc3RyaW5nO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gcmVuZGVyQ2hhcHRlcihudW1iZXI6IG51bWJlciwgdGl0bGU6IHN0cmluZywgcHJvc2U6IHN0cmluZyk6IHN0cmluZyB7XG4gIGNvbnN0IGhlYWRpbmcgPSByZW5kZXJIZWFkaW5nKDEsIHRpdGxlLnRyaW0oKSA/IGBDaGFwdGVyICR7bnVtYmVyfTogJHt0aXRsZS50cmltKCl9YCA6IGBDaGFwdGVyICR7bnVtYmVyfWApO1xuICByZXR1cm4gYCR7aGVhZGluZ31cXG5cXG4ke25vcm1hbGl6ZU5ld2xpbmVzKHByb3NlKS50cmltKCl9XFxuYDtcbn1cblxuY29uc3QgQ0hBUFRFUl9IRUFESU5HID0gL14jezEsNn1bIFxcdF0rKD86Y2hhcHRlcnxjaFxcLj8pWyBcXHRdKyhcXGR7MSwzfSlcXGJbIFxcdF0qKD86WzouXFwtXHUyMDEzXHUyMDE0KXxdWyBcXHRdKik/KC4qPykoPzpbIFxcdF0rIyspP1sgXFx0XSokL2k7XG4vKiogYCoqQ2hhcHRlciAzOiBUaGUgU3Rvcm0qKmAgb24gYSBsaW5lIG9mIGl0cyBvd246IGEgaGVhZGluZyBpbiBhbGwgYnV0IHN5bnRheC4gKi9cbmNvbnN0IEJPTERfQ0hBUFRFUl9MSU5FID0gL14oXFwqXFwqfF9fKSg/OmNoYXB0ZXJ8Y2hcXC4/KVxccytcXGR7MSwzfVxcYi4qXFwxJC9pO1xuY29uc3QgQU5ZX0hFQURJTkcgPSAvXiN7MSw2fVsgXFx0XSsoLio/KSg/OlsgXFx0XSsjKyk/WyBcXHRdKiQvO1xuXG4vKipcbiAqIFNwbGl0cyBhIGNoYXB0ZXIgZmlsZSdzIGJvZHkgaW50byBpdHMgaGVhZGluZyBhbmQgcHJvc2UuIEEgbGVhZGluZyBgIyBDaGFwdGVyIE46IFRpdGxlYCBnaXZlc1xuICogdGhlIG51bWJlciBhbmQgdGl0bGU7IGFub3RoZXIgbGVhZGluZyBgI2AgaGVhZGluZyBnaXZlcyB0aGUgdGl0bGUgb25seTsgbm8gaGVhZGluZzogYWxsIHByb3NlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VDaGFwdGVyKGJvZHk6IHN0cmluZyk6IENoYXB0ZXJUZXh0IHtcbiAgY29uc3QgdGV4dCA9IG5vcm1hbGl6ZU5ld2xpbmVzKGJvZHkpLnJlcGxhY2UoL15cXHMqXFxuLywgJycpO1xuICBjb25zdCBmaXJzdExpbmUgPSB0ZXh0LnNwbGl0KCdcXG4nLCAxKVswXSA/PyAnJztcbiAgY29uc3QgcmVzdCA9ICgpID0+IHRleHQuc2xpY2UoZmlyc3RMaW5lLmxlbmd0aCkudHJpbSgpO1xuICBjb25zdCBjaGFwdGVyID0gQ0hBUFRFUl9IRUFESU5HLmV4ZWMoZmlyc3RMaW5lLnRyaW0oKSk7XG4gIGlmIChjaGFwdGVyKSB7XG4gICAgY29uc3QgdGl0bGUgPSBjaGFwdGVyWzJdIS50cmltKCk7XG4gICAgcmV0dXJuIHsgbnVtYmVyOiBOdW1iZXIoY2hhcHRlclsxXSksIC4uLih0aXRsZSA/IHsgdGl0bGU6IHVuZXNjYXBlVHJhaWxpbmdIYXNoZXModGl0bGUpIH0gOiB7fSksIHByb3NlOiByZXN0KCkgfTtcbiAgfVxuICBjb25zdCBoZWFkaW5nID0gL14jWyBcXHRdLy50ZXN0KGZpcnN0TGluZS50cmltKCkpID8gQU5ZX0hFQURJTkcuZXhlYyhmaXJzdExpbmUudHJpbSgpKSA6IG51bGw7XG4gIGlmIChoZWFkaW5nKSByZXR1cm4geyB0aXRsZTogdW5lc2NhcGVUcmFpbGluZ0hhc2hlcyhoZWFkaW5nWzFdIS50cmltKCkpLCBwcm9zZTogcmVzdCgpIH07XG4gIHJldHVybiB7IHByb3NlOiB0ZXh0LnRyaW0oKSB9O1xufVxuXG4vKipcbiAqIFRoZSBwcm9zZSBpbiBhIG1vZGVsJ3MgcmVwbHk6IHdpdGhvdXQgYSB3cmFwcGluZyBjb2RlIGZlbmNlIGFuZCB3aXRob3V0IGEgY2hhcHRlciBoZWFkaW5nIHRoZVxuICogbW9kZWwgYWRkZWQgYWx0aG91Z2ggaXQgd2FzIGFza2VkIG5vdCB0byAod2UgYWRkIG91ciBvd24pLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcHJvc2VGcm9tTW9kZWwocmVwbHk6IHN0cmluZyk6IHN0cmluZyB7XG4gIGxldCB0ZXh0ID0gdW53cmFwQ29kZUZlbmNlKG5vcm1hbGl6ZU5ld2xpbmVzKHJlcGx5KSkudHJpbSgpO1xuICBjb25zdCBmaXJzdCA9IHRleHQuc3BsaXQoJ1xcbicsIDEpWzBdID8/ICcnO1xuICBpZiAoQ0hBUFRFUl9IRUFESU5HLnRlc3QoZmlyc3QudHJpbSgpKSB8fCAvXiNbIFxcdF0vLnRlc3QoZmlyc3QpIHx8IEJPTERfQ0hBUFRFUl9MSU5FLnRlc3QoZmlyc3QudHJpbSgpKSkgdGV4dCA9IHRleHQuc2xpY2UoZmlyc3QubGVuZ3RoKS50cmltKCk7XG4gIHJldHVybiB0ZXh0O1xufVxuXG4vKiogYENcXCNgIFx1MjE5MiBgQyNgOiB0aGUgZXNjYXBlIGByZW5kZXJIZWFkaW5nYCBhZGRzIHNvIGEgdHJhaWxpbmcgYCNgIGlzIG5vdCByZWFkIGFzIGRlY29yYXRpb24uICovXG5mdW5jdGlvbiB1bmVzY2FwZVRyYWlsaW5nSGFzaGVzKHRleHQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiB0ZXh0LnJlcGxhY2UoL1xcXFwoIyspJC8sICckMScpO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxzQkFBOEI7QUFDOUIsa0JBQW1EO0FBYzVDLFNBQVMsY0FBYyxRQUFnQixPQUFlLE9BQXVCO0FBQ2xGLFFBQU0sY0FBVSwrQkFBYyxHQUFHLE1BQU0sS0FBSyxJQUFJLFdBQVcsTUFBTSxLQUFLLE1BQU0sS0FBSyxDQUFDLEtBQUssV0FBVyxNQUFNLEVBQUU7QUFDMUcsU0FBTyxHQUFHLE9BQU87QUFBQTtBQUFBLE1BQU8sK0JBQWtCLEtBQUssRUFBRSxLQUFLLENBQUM7QUFBQTtBQUN6RDtBQUVBLE1BQU0sa0JBQWtCO0FBRXhCLE1BQU0sb0JBQW9CO0FBQzFCLE1BQU0sY0FBYztBQU1iLFNBQVMsYUFBYSxNQUEyQjtBQUN0RCxRQUFNLFdBQU8sK0JBQWtCLElBQUksRUFBRSxRQUFRLFVBQVUsRUFBRTtBQUN6RCxRQUFNLFlBQVksS0FBSyxNQUFNLE1BQU0sQ0FBQyxFQUFFLENBQUMsS0FBSztBQUM1QyxRQUFNLE9BQU8sTUFBTSxLQUFLLE1BQU0sVUFBVSxNQUFNLEVBQUUsS0FBSztBQUNyRCxRQUFNLFVBQVUsZ0JBQWdCLEtBQUssVUFBVSxLQUFLLENBQUM7QUFDckQsTUFBSSxTQUFTO0FBQ1gsVUFBTSxRQUFRLFFBQVEsQ0FBQyxFQUFHLEtBQUs7QUFDL0IsV0FBTyxFQUFFLFFBQVEsT0FBTyxRQUFRLENBQUMsQ0FBQyxHQUFHLEdBQUksUUFBUSxFQUFFLE9BQU8sdUJBQXVCLEtBQUssRUFBRSxJQUFJLENBQUMsR0FBSSxPQUFPLEtBQUssRUFBRTtBQUFBLEVBQ2pIO0FBQ0EsUUFBTSxVQUFVLFVBQVUsS0FBSyxVQUFVLEtBQUssQ0FBQyxJQUFJLFlBQVksS0FBSyxVQUFVLEtBQUssQ0FBQyxJQUFJO0FBQ3hGLE1BQUksUUFBUyxRQUFPLEVBQUUsT0FBTyx1QkFBdUIsUUFBUSxDQUFDLEVBQUcsS0FBSyxDQUFDLEdBQUcsT0FBTyxLQUFLLEVBQUU7QUFDdkYsU0FBTyxFQUFFLE9BQU8sS0FBSyxLQUFLLEVBQUU7QUFDOUI7QUFNTyxTQUFTLGVBQWUsT0FBdUI7QUFDcEQsTUFBSSxXQUFPLGlDQUFnQiwrQkFBa0IsS0FBSyxDQUFDLEVBQUUsS0FBSztBQUMxRCxRQUFNLFFBQVEsS0FBSyxNQUFNLE1BQU0sQ0FBQyxFQUFFLENBQUMsS0FBSztBQUN4QyxNQUFJLGdCQUFnQixLQUFLLE1BQU0sS0FBSyxDQUFDLEtBQUssVUFBVSxLQUFLLEtBQUssS0FBSyxrQkFBa0IsS0FBSyxNQUFNLEtBQUssQ0FBQyxFQUFHLFFBQU8sS0FBSyxNQUFNLE1BQU0sTUFBTSxFQUFFLEtBQUs7QUFDOUksU0FBTztBQUNUO0FBR0EsU0FBUyx1QkFBdUIsTUFBc0I7QUFDcEQsU0FBTyxLQUFLLFFBQVEsV0FBVyxJQUFJO0FBQ3JDOyIsCiAgIm5hbWVzIjogW10KfQo=
