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
var sections_exports = {};
__export(sections_exports, {
  joinLines: () => joinLines,
  renderHeading: () => renderHeading,
  splitSections: () => splitSections
});
module.exports = __toCommonJS(sections_exports);
var import_text = require("./text");
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
function splitSections(body) {
  const preamble = [];
  const sections = [];
  let fence;
  (0, import_text.normalizeNewlines)(body).split("\n").forEach((text, index) => {
    const line = index + 1;
    const fenceMatch = FENCE.exec(text);
    if (fenceMatch) {
      const marker = fenceMatch[1];
      if (fence === void 0) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = void 0;
    }
    const heading = fence === void 0 && !fenceMatch ? ATX_HEADING.exec(text) : null;
    if (heading) {
      const headingText = (heading[2] ?? "").trim().replace(/\\(#+)$/, "$1");
      sections.push({ heading: { level: heading[1].length, text: headingText, line }, lines: [] });
    } else {
      (sections.at(-1)?.lines ?? preamble).push({ text, line });
    }
  });
  return { preamble, sections };
}
function joinLines(lines) {
  return lines.map((l) => l.text).join("\n").trim();
}
function renderHeading(level, text) {
  return `${"#".repeat(Math.min(6, Math.max(1, level)))} ${text.replace(/(#+)$/, "\\$1")}`;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  joinLines,
  renderHeading,
  splitSections
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vLi4vc3JjL2NvcmUvc3RhZ2VzL21hcmtkb3duL3NlY3Rpb25zLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgeyBub3JtYWxpemVOZXdsaW5lcyB9IGZyb20gJy4vdGV4dCc7XG5cbi8qKlxuICogQSBzdGFnZSBkb2N1bWVudCBjdXQgYXQgaXRzIGhlYWRpbmdzLiBEZWxpYmVyYXRlbHkgZmxhdDogd2hpY2ggaGVhZGluZyBiZWxvbmdzIHVuZGVyIHdoaWNoIGlzXG4gKiBkZWNpZGVkIGJ5IGVhY2ggc3RhZ2UncyByZWFkZXIgZnJvbSB3aGF0IHRoZSBoZWFkaW5ncyBzYXksIG5vdCBvbmx5IGZyb20gaG93IG1hbnkgYCNgIHRoZXlcbiAqIGhhdmUsIGJlY2F1c2Ugd3JpdGVycyBwcm9tb3RlIGFuZCBkZW1vdGUgaGVhZGluZ3MgZnJlZWx5LlxuICovXG5cbmV4cG9ydCBpbnRlcmZhY2UgU291cmNlTGluZSB7XG4gIHJlYWRvbmx5IHRleHQ6IHN0cmluZztcbiAgLyoqIDEtYmFzZWQgbGluZSBudW1iZXIgaW4gdGhlIGJvZHksIGZvciBtZXNzYWdlcy4gKi9cbiAgcmVhZG9ubHkgbGluZTogbnVtYmVyO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEhlYWRpbmcge1xuICByZWFkb25seSBsZXZlbDogbnVtYmVyO1xuICByZWFkb25seSB0ZXh0OiBzdHJpbmc7XG4gIHJlYWRvbmx5IGxpbmU6IG51bWJlcjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBTZWN0aW9uIHtcbiAgcmVhZG9ubHkgaGVhZGluZzogSGVhZGluZztcbiAgLyoqIFRoZSBsaW5lcyBhZnRlciB0aGUgaGVhZGluZyB1cCB0byB0aGUgbmV4dCBoZWFkaW5nIG9mIGFueSBsZXZlbC4gKi9cbiAgcmVhZG9ubHkgbGluZXM6IHJlYWRvbmx5IFNvdXJjZUxpbmVbXTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBTZWN0aW9uZWREb2N1bWVudCB7XG4gIC8qKiBMaW5lcyBiZWZvcmUgdGhlIGZpcnN0IGhlYWRpbmcuICovXG4gIHJlYWRvbmx5IHByZWFtYmxlOiByZWFkb25seSBTb3VyY2VMaW5lW107XG4gIHJlYWRvbmx5IHNlY3Rpb25zOiByZWFkb25seSBTZWN0aW9uW107XG59XG5cbmNvbnN0IEFUWF9IRUFESU5HID0gL14gezAsM30oI3sxLDZ9KSg/OlsgXFx0XSsoLio/KSk/KD86WyBcXHRdKyMrKT9bIFxcdF0qJC87XG5jb25zdCBGRU5DRSA9IC9eIHswLDN9KGB7Myx9fH57Myx9KS87XG5cbi8qKiBTcGxpdHMgYSBNYXJrZG93biBib2R5IGF0IEFUWCBoZWFkaW5ncyAoYCNgIFx1MjAyNiBgIyMjIyMjYCksIGlnbm9yaW5nIGAjYCBsaW5lcyBpbnNpZGUgY29kZSBmZW5jZXMuICovXG5leHBvcnQgZnVuY3Rpb24gc3BsaXRTZWN0aW9ucyhib2R5OiBzdHJpbmcpOiBTZWN0aW9uZWREb2N1bWVudCB7XG4gIGNvbnN0IHByZWFtYmxlOiBTb3VyY2VMaW5lW10gPSBbXTtcbiAgY29uc3Qgc2VjdGlvbnM6IEFycmF5PHsgaGVhZGluZzogSGVhZGluZzsgbGluZXM6IFNvdXJjZUxpbmVbXSB9PiA9IFtdO1xuICBsZXQgZmVuY2U6IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgbm9ybWFsaXplTmV3bGluZXMoYm9keSlcbiAgICAuc3BsaXQoJ1xcbicpXG4gICAgLmZvckVhY2goKHRleHQsIGluZGV4KSA9PiB7XG4gICAgICBjb25zdCBsaW5lID0gaW5kZXggKyAxO1xuICAgICAgY29uc3QgZmVuY2VNYXRjaCA9IEZFTkNFLmV4ZWModGV4dCk7XG4gICAgICBpZiAoZmVuY2VNYXRjaCkge1xuICAgICAgICBjb25zdCBtYXJrZXIgPSBmZW5jZU1hdGNoWzFdITtcbiAgICAgICAgaWYgKGZlbmNlID09PSB1bmRlZmluZWQpIGZlbmNlID0gbWFya2VyO1xuICAgICAgICBlbHNlIGlmIChtYXJrZXJbMF0gPT09IGZlbmNlWzBdICYmIG1hcmtlci5sZW5ndGggPj0gZmVuY2UubGVuZ3RoKSBmZW5jZSA9IHVuZGVmaW5lZDtcbiAgICAgIH1cbiAgICAgIGNvbnN0IGhlYWRpbmcgPSBmZW5jZSA9PT0gdW5kZWZpbmVkICYmICFmZW5jZU1hdGNoID8gQVRYX0hFQURJTkcuZXhlYyh0ZXh0KSA6IG51bGw7XG4gICAgICBpZiAoaGVhZGluZykge1xuICAgICAgICBjb25zdCBoZWFkaW5nVGV4dCA9IChoZWFkaW5nWzJdID8/ICcnKS50cmltKCkucmVwbGFjZSgvXFxcXCgjKykkLywgJyQxJyk7XG4gICAgICAgIHNlY3Rpb25zLnB1c2goeyBoZWFkaW5nOiB7IGxldmVsOiBoZWFkaW5nWzFdIS5sZW5ndGgsIHRleHQ6IGhlYWRpbmdUZXh0LCBsaW5lIH0sIGxpbmVzOiBbXSB9KTtcbiAgICAgIH0gZWxzZSB7XG4gICAgICAgIChzZWN0aW9ucy5hdCgtMSk/LmxpbmVzID8/IHByZWFtYmxlKS5wdXNoKHsgdGV4dCwgbGluZSB9KTtcbiAgICAgIH1cbiAgICB9KTtcbiAgcmV0dXJuIHsgcHJlYW1ibGUsIHNlY3Rpb25zIH07XG59XG5cbi8qKiBUaGUgbGluZXMgYXMgdGV4dCwgdHJhaWxpbmcgYmxhbmsgbGluZXMgYW5kIHNwYWNlcyBkcm9wcGVkIChmaWVsZHMgYXJlIG5vcm1hbGlzZWQgbGF0ZXIpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGpvaW5MaW5lcyhsaW5lczogcmVhZG9ubHkgU291cmNlTGluZVtdKTogc3RyaW5nIHtcbiAgcmV0dXJuIGxpbmVzXG4gICAgLm1hcCgobCkgPT4gbC50ZXh0KVxuICAgIC5qb2luKCdcXG4nKVxuICAgIC50cmltKCk7XG59XG5cbi8qKlxuICogYCMjIEhlYWRpbmdgIGF0IGEgbGV2ZWwgY2xhbXBlZCB0byBNYXJrZG93bidzIDEuLjYuIEEgdHJhaWxpbmcgYCNgIHJ1biBpcyBlc2NhcGVkLCBvciBNYXJrZG93blxuICogd291bGQgcmVhZCBpdCBhcyB0aGUgaGVhZGluZydzIG9wdGlvbmFsIGNsb3Npbmcgc2VxdWVuY2UgYW5kIGRyb3AgaXQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZW5kZXJIZWFkaW5nKGxldmVsOiBudW1iZXIsIHRleHQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBgJHsnIycucmVwZWF0KE1hdGgubWluKDYsIE1hdGgubWF4KDEsIGxldmVsKSkpfSAke3RleHQucmVwbGFjZSgvKCMrKSQvLCAnXFxcXCQxJyl9YDtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsa0JBQWtDO0FBZ0NsQyxNQUFNLGNBQWM7QUFDcEIsTUFBTSxRQUFRO0FBR1AsU0FBUyxjQUFjLE1BQWlDO0FBQzdELFFBQU0sV0FBeUIsQ0FBQztBQUNoQyxRQUFNLFdBQTZELENBQUM7QUFDcEUsTUFBSTtBQUNKLHFDQUFrQixJQUFJLEVBQ25CLE1BQU0sSUFBSSxFQUNWLFFBQVEsQ0FBQyxNQUFNLFVBQVU7QUFDeEIsVUFBTSxPQUFPLFFBQVE7QUFDckIsVUFBTSxhQUFhLE1BQU0sS0FBSyxJQUFJO0FBQ2xDLFFBQUksWUFBWTtBQUNkLFlBQU0sU0FBUyxXQUFXLENBQUM7QUFDM0IsVUFBSSxVQUFVLE9BQVcsU0FBUTtBQUFBLGVBQ3hCLE9BQU8sQ0FBQyxNQUFNLE1BQU0sQ0FBQyxLQUFLLE9BQU8sVUFBVSxNQUFNLE9BQVEsU0FBUTtBQUFBLElBQzVFO0FBQ0EsVUFBTSxVQUFVLFVBQVUsVUFBYSxDQUFDLGFBQWEsWUFBWSxLQUFLLElBQUksSUFBSTtBQUM5RSxRQUFJLFNBQVM7QUFDWCxZQUFNLGVBQWUsUUFBUSxDQUFDLEtBQUssSUFBSSxLQUFLLEVBQUUsUUFBUSxXQUFXLElBQUk7QUFDckUsZUFBUyxLQUFLLEVBQUUsU0FBUyxFQUFFLE9BQU8sUUFBUSxDQUFDLEVBQUcsUUFBUSxNQUFNLGFBQWEsS0FBSyxHQUFHLE9BQU8sQ0FBQyxFQUFFLENBQUM7QUFBQSxJQUM5RixPQUFPO0FBQ0wsT0FBQyxTQUFTLEdBQUcsRUFBRSxHQUFHLFNBQVMsVUFBVSxLQUFLLEVBQUUsTUFBTSxLQUFLLENBQUM7QUFBQSxJQUMxRDtBQUFBLEVBQ0YsQ0FBQztBQUNILFNBQU8sRUFBRSxVQUFVLFNBQVM7QUFDOUI7QUFHTyxTQUFTLFVBQVUsT0FBc0M7QUFDOUQsU0FBTyxNQUNKLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSSxFQUNqQixLQUFLLElBQUksRUFDVCxLQUFLO0FBQ1Y7QUFNTyxTQUFTLGNBQWMsT0FBZSxNQUFzQjtBQUNqRSxTQUFPLEdBQUcsSUFBSSxPQUFPLEtBQUssSUFBSSxHQUFHLEtBQUssSUFBSSxHQUFHLEtBQUssQ0FBQyxDQUFDLENBQUMsSUFBSSxLQUFLLFFBQVEsU0FBUyxNQUFNLENBQUM7QUFDeEY7IiwKICAibmFtZXMiOiBbXQp9Cg==
