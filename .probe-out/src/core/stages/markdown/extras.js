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
var extras_exports = {};
__export(extras_exports, {
  extraSection: () => extraSection,
  extrasFrom: () => extrasFrom,
  extrasOf: () => extrasOf,
  renderExtraSections: () => renderExtraSections
});
module.exports = __toCommonJS(extras_exports);
var import_sections = require("./sections");
var import_text = require("./text");
function extraSection(section) {
  return { heading: section.heading.text, level: section.heading.level, body: (0, import_text.normalizeText)((0, import_sections.joinLines)(section.lines)) };
}
function extrasOf(preambleLines, extras) {
  const preamble = (0, import_text.normalizeText)((0, import_sections.joinLines)(preambleLines));
  return {
    ...preamble ? { preamble } : {},
    ...extras.length > 0 ? { extraSections: [...extras] } : {}
  };
}
function renderExtraSections(extras) {
  return (extras ?? []).map((e) => e.body ? `${(0, import_sections.renderHeading)(e.level, e.heading)}

${e.body}` : (0, import_sections.renderHeading)(e.level, e.heading));
}
function extrasFrom(raw) {
  if (raw === null || typeof raw !== "object") return {};
  const { preamble, extraSections } = raw;
  return {
    ...typeof preamble === "string" && preamble !== "" ? { preamble } : {},
    ...Array.isArray(extraSections) && extraSections.length > 0 ? { extraSections } : {}
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  extraSection,
  extrasFrom,
  extrasOf,
  renderExtraSections
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vLi4vc3JjL2NvcmUvc3RhZ2VzL21hcmtkb3duL2V4dHJhcy50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0IHsgam9pbkxpbmVzLCByZW5kZXJIZWFkaW5nLCB0eXBlIFNlY3Rpb24sIHR5cGUgU291cmNlTGluZSB9IGZyb20gJy4vc2VjdGlvbnMnO1xuaW1wb3J0IHsgbm9ybWFsaXplVGV4dCB9IGZyb20gJy4vdGV4dCc7XG5cbi8qKlxuICogV2hhdCBhIHdyaXRlciBhZGRlZCB0aGF0IG5vIGZpZWxkIGhvbGRzOiB0ZXh0IGJlZm9yZSB0aGUgZmlyc3Qgc2VjdGlvbiBhbmQgc2VjdGlvbnMgd2l0aFxuICogaGVhZGluZ3Mgd2UgZG8gbm90IGtub3cuIEl0IGlzIGtlcHQgKGFuZCBzaG93biB0byB0aGUgbW9kZWwgaW4gbGF0ZXIgc3RhZ2VzKSByYXRoZXIgdGhhblxuICogZHJvcHBlZCwgYW5kIHJlbmRlcmVkIGJhY2sgYWZ0ZXIgdGhlIGtub3duIHNlY3Rpb25zLCB2ZXJiYXRpbS5cbiAqL1xuXG5leHBvcnQgaW50ZXJmYWNlIEV4dHJhU2VjdGlvbiB7XG4gIHJlYWRvbmx5IGhlYWRpbmc6IHN0cmluZztcbiAgLyoqIFRoZSBoZWFkaW5nJ3MgYCNgIGNvdW50IGFzIHdyaXR0ZW4sIHNvIHN1Yi1zZWN0aW9ucyBrZWVwIHRoZWlyIHNoYXBlLiAqL1xuICByZWFkb25seSBsZXZlbDogbnVtYmVyO1xuICAvKiogTWFya2Rvd24gYXMgd3JpdHRlbiAobm9ybWFsaXNlZCBsaW5lIGVuZGluZ3MgYW5kIGJsYW5rIGxpbmVzIG9ubHkpLiAqL1xuICByZWFkb25seSBib2R5OiBzdHJpbmc7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgRG9jdW1lbnRFeHRyYXMge1xuICAvKiogVGV4dCBiZXR3ZWVuIHRoZSBkb2N1bWVudCdzIHRpdGxlIGFuZCBpdHMgZmlyc3Qgc2VjdGlvbi4gKi9cbiAgcmVhZG9ubHkgcHJlYW1ibGU/OiBzdHJpbmc7XG4gIHJlYWRvbmx5IGV4dHJhU2VjdGlvbnM/OiByZWFkb25seSBFeHRyYVNlY3Rpb25bXTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGV4dHJhU2VjdGlvbihzZWN0aW9uOiBTZWN0aW9uKTogRXh0cmFTZWN0aW9uIHtcbiAgcmV0dXJuIHsgaGVhZGluZzogc2VjdGlvbi5oZWFkaW5nLnRleHQsIGxldmVsOiBzZWN0aW9uLmhlYWRpbmcubGV2ZWwsIGJvZHk6IG5vcm1hbGl6ZVRleHQoam9pbkxpbmVzKHNlY3Rpb24ubGluZXMpKSB9O1xufVxuXG4vKiogT25seSB0aGUga2V5cyB0aGF0IGhhdmUgc29tZXRoaW5nLCBzbyB2YWx1ZXMgd2l0aG91dCBleHRyYXMgc3RheSBkZWVwLWVxdWFsIHRvIHBsYWluIG9uZXMuICovXG5leHBvcnQgZnVuY3Rpb24gZXh0cmFzT2YocHJlYW1ibGVMaW5lczogcmVhZG9ubHkgU291cmNlTGluZVtdLCBleHRyYXM6IHJlYWRvbmx5IEV4dHJhU2VjdGlvbltdKTogRG9jdW1lbnRFeHRyYXMge1xuICBjb25zdCBwcmVhbWJsZSA9IG5vcm1hbGl6ZVRleHQoam9pbkxpbmVzKHByZWFtYmxlTGluZXMpKTtcbiAgcmV0dXJuIHtcbiAgICAuLi4ocHJlYW1ibGUgPyB7IHByZWFtYmxlIH0gOiB7fSksXG4gICAgLi4uKGV4dHJhcy5sZW5ndGggPiAwID8geyBleHRyYVNlY3Rpb25zOiBbLi4uZXh0cmFzXSB9IDoge30pLFxuICB9O1xufVxuXG5leHBvcnQgZnVuY3Rpb24gcmVuZGVyRXh0cmFTZWN0aW9ucyhleHRyYXM6IHJlYWRvbmx5IEV4dHJhU2VjdGlvbltdIHwgdW5kZWZpbmVkKTogc3RyaW5nW10ge1xuICByZXR1cm4gKGV4dHJhcyA/PyBbXSkubWFwKChlKSA9PiAoZS5ib2R5ID8gYCR7cmVuZGVySGVhZGluZyhlLmxldmVsLCBlLmhlYWRpbmcpfVxcblxcbiR7ZS5ib2R5fWAgOiByZW5kZXJIZWFkaW5nKGUubGV2ZWwsIGUuaGVhZGluZykpKTtcbn1cblxuLyoqXG4gKiBUaGUgZXh0cmFzIG9mIGEgcmF3IHZhbHVlLCB3aGVuIGl0IGhhcyBhbnkuIENvbXBsZXRpbmcgYSB2YWx1ZSAoYHdpdGhEZWZhdWx0c2ApIHZhbGlkYXRlcyB0aGVcbiAqIG1vZGVsJ3MgZmllbGRzIGFuZCB0aGVuIGNhcnJpZXMgdGhlc2Ugb3ZlciB1bmNoYW5nZWQ6IG9ubHkgcGFyc2VkIE1hcmtkb3duIGhhcyB0aGVtLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZXh0cmFzRnJvbShyYXc6IHVua25vd24pOiBEb2N1bWVudEV4dHJhcyB7XG4gIGlmIChyYXcgPT09IG51bGwgfHwgdHlwZW9mIHJhdyAhPT0gJ29iamVjdCcpIHJldHVybiB7fTtcbiAgY29uc3QgeyBwcmVhbWJsZSwgZXh0cmFTZWN0aW9ucyB9ID0gcmF3IGFzIERvY3VtZW50RXh0cmFzO1xuICByZXR1cm4ge1xuICAgIC4uLih0eXBlb2YgcHJlYW1ibGUgPT09ICdzdHJpbmcnICYmIHByZWFtYmxlICE9PSAnJyA/IHsgcHJlYW1ibGUgfSA6IHt9KSxcbiAgICAuLi4oQXJyYXkuaXNBcnJheShleHRyYVNlY3Rpb25zKSAmJiBleHRyYVNlY3Rpb25zLmxlbmd0aCA+IDAgPyB7IGV4dHJhU2VjdGlvbnMgfSA6IHt9KSxcbiAgfTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxzQkFBd0U7QUFDeEUsa0JBQThCO0FBc0J2QixTQUFTLGFBQWEsU0FBZ0M7QUFDM0QsU0FBTyxFQUFFLFNBQVMsUUFBUSxRQUFRLE1BQU0sT0FBTyxRQUFRLFFBQVEsT0FBTyxVQUFNLCtCQUFjLDJCQUFVLFFBQVEsS0FBSyxDQUFDLEVBQUU7QUFDdEg7QUFHTyxTQUFTLFNBQVMsZUFBc0MsUUFBaUQ7QUFDOUcsUUFBTSxlQUFXLCtCQUFjLDJCQUFVLGFBQWEsQ0FBQztBQUN2RCxTQUFPO0FBQUEsSUFDTCxHQUFJLFdBQVcsRUFBRSxTQUFTLElBQUksQ0FBQztBQUFBLElBQy9CLEdBQUksT0FBTyxTQUFTLElBQUksRUFBRSxlQUFlLENBQUMsR0FBRyxNQUFNLEVBQUUsSUFBSSxDQUFDO0FBQUEsRUFDNUQ7QUFDRjtBQUVPLFNBQVMsb0JBQW9CLFFBQXVEO0FBQ3pGLFVBQVEsVUFBVSxDQUFDLEdBQUcsSUFBSSxDQUFDLE1BQU8sRUFBRSxPQUFPLE9BQUcsK0JBQWMsRUFBRSxPQUFPLEVBQUUsT0FBTyxDQUFDO0FBQUE7QUFBQSxFQUFPLEVBQUUsSUFBSSxTQUFLLCtCQUFjLEVBQUUsT0FBTyxFQUFFLE9BQU8sQ0FBRTtBQUNySTtBQU1PLFNBQVMsV0FBVyxLQUE4QjtBQUN2RCxNQUFJLFFBQVEsUUFBUSxPQUFPLFFBQVEsU0FBVSxRQUFPLENBQUM7QUFDckQsUUFBTSxFQUFFLFVBQVUsY0FBYyxJQUFJO0FBQ3BDLFNBQU87QUFBQSxJQUNMLEdBQUksT0FBTyxhQUFhLFlBQVksYUFBYSxLQUFLLEVBQUUsU0FBUyxJQUFJLENBQUM7QUFBQSxJQUN0RSxHQUFJLE1BQU0sUUFBUSxhQUFhLEtBQUssY0FBYyxTQUFTLElBQUksRUFBRSxjQUFjLElBQUksQ0FBQztBQUFBLEVBQ3RGO0FBQ0Y7IiwKICAibmFtZXMiOiBbXQp9Cg==
