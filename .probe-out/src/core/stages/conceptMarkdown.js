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
var conceptMarkdown_exports = {};
__export(conceptMarkdown_exports, {
  parseConcept: () => parseConcept,
  renderConcept: () => renderConcept
});
module.exports = __toCommonJS(conceptMarkdown_exports);
var import_concept = require("./concept");
var import_blocks = require("./markdown/blocks");
var import_extras = require("./markdown/extras");
var import_sections = require("./markdown/sections");
var import_text = require("./markdown/text");
var import_stageFiles = require("./stageFiles");
const SECTIONS = [
  { field: "logline", heading: "Logline", names: ["logline", "log line", "pitch", "one line pitch", "one sentence pitch"] },
  { field: "premise", heading: "Premise", names: ["premise", "expanded premise", "synopsis", "the premise"] },
  { field: "protagonist", heading: "Protagonist", names: ["protagonist", "main character", "hero", "heroine", "lead"] },
  { field: "setting", heading: "Setting", names: ["setting", "world", "time and place"] },
  { field: "centralConflict", heading: "Central Conflict", names: ["central conflict", "conflict", "core conflict", "main conflict"] },
  { field: "stakes", heading: "Stakes", names: ["stakes", "the stakes", "what is at stake"] },
  { field: "hook", heading: "Hook", names: ["hook", "opening hook", "the hook"] },
  { field: "themes", heading: "Themes", names: ["themes", "theme", "key themes"] },
  { field: "tone", heading: "Tone", names: ["tone", "mood", "tone and mood", "voice and tone"] },
  { field: "ending", heading: "Ending", names: ["ending", "the ending", "ending direction", "resolution"] },
  { field: "title", heading: "Title", names: ["title", "working title"] }
];
const REQUIRED = [
  { field: "logline", hint: "a one-sentence pitch" },
  { field: "premise", hint: "a few paragraphs on the situation and the story" }
];
const TITLE_HEADING = /^\s*(?:story\s+)?concept\b\s*(?:[:\-–—|]\s*(.*))?$/i;
function renderConcept(concept) {
  const parts = [(0, import_sections.renderHeading)(1, concept.title ? `Concept: ${concept.title}` : "Concept")];
  if (concept.preamble) parts.push(concept.preamble);
  for (const spec of SECTIONS) {
    if (spec.field === "title") continue;
    if (spec.field === "themes") {
      if (concept.themes.length > 0) parts.push(`${(0, import_sections.renderHeading)(2, spec.heading)}

${concept.themes.map((t) => (0, import_blocks.renderItem)((0, import_text.escapeText)(t, { lists: false }))).join("\n")}`);
      continue;
    }
    const value = concept[spec.field];
    if (value) parts.push(`${(0, import_sections.renderHeading)(2, spec.heading)}

${(0, import_text.escapeText)(value, { lists: false })}`);
  }
  parts.push(...(0, import_extras.renderExtraSections)(concept.extraSections));
  return `${parts.join("\n\n")}
`;
}
function parseConcept(body, options = {}) {
  const file = options.file ?? (0, import_stageFiles.stageFile)("concept");
  const { preamble, sections } = (0, import_sections.splitSections)(body);
  const found = /* @__PURE__ */ new Map();
  const preambleLines = [...preamble];
  const extras = [];
  let title;
  let current;
  for (const section of sections) {
    const spec = specFor(section.heading.text);
    const titleMatch = TITLE_HEADING.exec(section.heading.text);
    if (spec) {
      current = { spec, level: section.heading.level };
      const entry = found.get(spec.field);
      if (entry) entry.lines.push({ text: "", line: section.heading.line }, ...section.lines);
      else found.set(spec.field, { heading: section.heading, lines: [...section.lines] });
    } else if (title === void 0 && (titleMatch || section.heading.level === 1)) {
      title = titleMatch ? titleMatch[1] ?? "" : section.heading.text;
      preambleLines.push(...section.lines);
      current = void 0;
    } else if (current && current.spec.field !== "themes" && section.heading.level > current.level) {
      found.get(current.spec.field).lines.push({ text: (0, import_sections.renderHeading)(section.heading.level, section.heading.text), line: section.heading.line }, ...section.lines);
    } else {
      extras.push((0, import_extras.extraSection)(section));
      current = void 0;
    }
  }
  const problems = requiredProblems(found, file);
  if (problems.length > 0) return { ok: false, problems };
  const raw = { ...(0, import_extras.extrasOf)(preambleLines, extras) };
  if (title !== void 0) raw.title = title;
  for (const [field, { lines }] of found) raw[field] = field === "themes" ? readList(lines) : readText(lines);
  const completed = (0, import_concept.completeConcept)(raw);
  return completed.ok ? { ok: true, value: completed.value } : { ok: false, problems: completed.problems };
}
function specFor(headingText) {
  const key = (0, import_text.headingKey)(headingText);
  return SECTIONS.find((s) => s.names.includes(key));
}
function requiredProblems(found, file) {
  const problems = [];
  for (const { field, hint } of REQUIRED) {
    const heading = SECTIONS.find((s) => s.field === field).heading;
    const entry = found.get(field);
    if (!entry) {
      problems.push({ field, message: `${file} has no "## ${heading}" section: add one with ${hint}` });
    } else if (readText(entry.lines) === "") {
      problems.push({ field, line: entry.heading.line, message: `${file} line ${entry.heading.line}: the "${entry.heading.text}" section is empty: write ${hint}` });
    }
  }
  return problems;
}
function readText(lines) {
  return (0, import_text.normalizeText)((0, import_text.unescapeText)((0, import_sections.joinLines)(lines)));
}
function readList(lines) {
  const blocks = (0, import_blocks.readBlocks)(lines);
  if (blocks.length === 1 && blocks[0].kind === "paragraph") return (0, import_text.unescapeText)(blocks[0].text);
  return blocks.map((b) => (0, import_text.normalizeText)((0, import_text.unescapeText)(b.text))).filter((t) => t !== "");
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  parseConcept,
  renderConcept
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvc3RhZ2VzL2NvbmNlcHRNYXJrZG93bi50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0IHR5cGUgeyBQYXJzZVJlc3VsdCwgUHJvYmxlbSB9IGZyb20gJy4uL3N0b3J5L3Byb2JsZW0nO1xuaW1wb3J0IHsgY29tcGxldGVDb25jZXB0LCB0eXBlIENvbmNlcHQsIHR5cGUgQ29uY2VwdFJlcGx5IH0gZnJvbSAnLi9jb25jZXB0JztcbmltcG9ydCB7IHJlYWRCbG9ja3MsIHJlbmRlckl0ZW0gfSBmcm9tICcuL21hcmtkb3duL2Jsb2Nrcyc7XG5pbXBvcnQgeyBleHRyYVNlY3Rpb24sIGV4dHJhc09mLCByZW5kZXJFeHRyYVNlY3Rpb25zLCB0eXBlIEV4dHJhU2VjdGlvbiB9IGZyb20gJy4vbWFya2Rvd24vZXh0cmFzJztcbmltcG9ydCB7IGpvaW5MaW5lcywgcmVuZGVySGVhZGluZywgc3BsaXRTZWN0aW9ucywgdHlwZSBTZWN0aW9uLCB0eXBlIFNvdXJjZUxpbmUgfSBmcm9tICcuL21hcmtkb3duL3NlY3Rpb25zJztcbmltcG9ydCB7IGVzY2FwZVRleHQsIGhlYWRpbmdLZXksIG5vcm1hbGl6ZVRleHQsIHVuZXNjYXBlVGV4dCB9IGZyb20gJy4vbWFya2Rvd24vdGV4dCc7XG5pbXBvcnQgdHlwZSB7IFBhcnNlRG9jdW1lbnRPcHRpb25zIH0gZnJvbSAnLi9kb2N1bWVudE9wdGlvbnMnO1xuaW1wb3J0IHsgc3RhZ2VGaWxlIH0gZnJvbSAnLi9zdGFnZUZpbGVzJztcblxuLyoqXG4gKiBgMDEtY29uY2VwdC5tZGAgXHUyMUM0IGBDb25jZXB0YC4gT25lIGAjI2Agc2VjdGlvbiBwZXIgZmllbGQsIGluIGEgZml4ZWQgb3JkZXIgd2hlbiB3cml0dGVuOyByZWFkIGluXG4gKiBhbnkgb3JkZXIsIHVuZGVyIGFueSBoZWFkaW5nIGxldmVsLCB3aXRoIHRoZSBuYW1lcyB3cml0ZXJzIGNvbW1vbmx5IHVzZSBmb3IgdGhlbS5cbiAqL1xuXG50eXBlIFRleHRGaWVsZCA9IEV4Y2x1ZGU8a2V5b2YgQ29uY2VwdFJlcGx5LCAndGhlbWVzJyB8ICd0aXRsZSc+O1xuXG5pbnRlcmZhY2UgU2VjdGlvblNwZWMge1xuICByZWFkb25seSBmaWVsZDogVGV4dEZpZWxkIHwgJ3RoZW1lcycgfCAndGl0bGUnO1xuICByZWFkb25seSBoZWFkaW5nOiBzdHJpbmc7XG4gIC8qKiBIZWFkaW5nIGtleXMgKHNlZSBgaGVhZGluZ0tleWApIHRoYXQgbWVhbiB0aGlzIGZpZWxkLiAqL1xuICByZWFkb25seSBuYW1lczogcmVhZG9ubHkgc3RyaW5nW107XG59XG5cbi8qKiBXcml0dGVuIGluIHRoaXMgb3JkZXIuIGB0aXRsZWAgaXMgcmVhZCBmcm9tIGEgc2VjdGlvbiB0b28sIGJ1dCB3cml0dGVuIGluIHRoZSBgI2AgaGVhZGluZy4gKi9cbmNvbnN0IFNFQ1RJT05TOiByZWFkb25seSBTZWN0aW9uU3BlY1tdID0gW1xuICB7IGZpZWxkOiAnbG9nbGluZScsIGhlYWRpbmc6ICdMb2dsaW5lJywgbmFtZXM6IFsnbG9nbGluZScsICdsb2cgbGluZScsICdwaXRjaCcsICdvbmUgbGluZSBwaXRjaCcsICdvbmUgc2VudGVuY2UgcGl0Y2gnXSB9LFxuICB7IGZpZWxkOiAncHJlbWlzZScsIGhlYWRpbmc6ICdQcmVtaXNlJywgbmFtZXM6IFsncHJlbWlzZScsICdleHBhbmRlZCBwcmVtaXNlJywgJ3N5bm9wc2lzJywgJ3RoZSBwcmVtaXNlJ10gfSxcbiAgeyBmaWVsZDogJ3Byb3RhZ29uaXN0JywgaGVhZGluZzogJ1Byb3RhZ29uaXN0JywgbmFtZXM6IFsncHJvdGFnb25pc3QnLCAnbWFpbiBjaGFyYWN0ZXInLCAnaGVybycsICdoZXJvaW5lJywgJ2xlYWQnXSB9LFxuICB7IGZpZWxkOiAnc2V0dGluZycsIGhlYWRpbmc6ICdTZXR0aW5nJywgbmFtZXM6IFsnc2V0dGluZycsICd3b3JsZCcsICd0aW1lIGFuZCBwbGFjZSddIH0sXG4gIHsgZmllbGQ6ICdjZW50cmFsQ29uZmxpY3QnLCBoZWFkaW5nOiAnQ2VudHJhbCBDb25mbGljdCcsIG5hbWVzOiBbJ2NlbnRyYWwgY29uZmxpY3QnLCAnY29uZmxpY3QnLCAnY29yZSBjb25mbGljdCcsICdtYWluIGNvbmZsaWN0J10gfSxcbiAgeyBmaWVsZDogJ3N0YWtlcycsIGhlYWRpbmc6ICdTdGFrZXMnLCBuYW1lczogWydzdGFrZXMnLCAndGhlIHN0YWtlcycsICd3aGF0IGlzIGF0IHN0YWtlJ10gfSxcbiAgeyBmaWVsZDogJ2hvb2snLCBoZWFkaW5nOiAnSG9vaycsIG5hbWVzOiBbJ2hvb2snLCAnb3BlbmluZyBob29rJywgJ3RoZSBob29rJ10gfSxcbiAgeyBmaWVsZDogJ3RoZW1lcycsIGhlYWRpbmc6ICdUaGVtZXMnLCBuYW1lczogWyd0aGVtZXMnLCAndGhlbWUnLCAna2V5IHRoZW1lcyddIH0sXG4gIHsgZmllbGQ6ICd0b25lJywgaGVhZGluZzogJ1RvbmUnLCBuYW1lczogWyd0b25lJywgJ21vb2QnLCAndG9uZSBhbmQgbW9vZCcsICd2b2ljZSBhbmQgdG9uZSddIH0sXG4gIHsgZmllbGQ6ICdlbmRpbmcnLCBoZWFkaW5nOiAnRW5kaW5nJywgbmFtZXM6IFsnZW5kaW5nJywgJ3RoZSBlbmRpbmcnLCAnZW5kaW5nIGRpcmVjdGlvbicsICdyZXNvbHV0aW9uJ10gfSxcbiAgeyBmaWVsZDogJ3RpdGxlJywgaGVhZGluZzogJ1RpdGxlJywgbmFtZXM6IFsndGl0bGUnLCAnd29ya2luZyB0aXRsZSddIH0sXG5dO1xuXG5jb25zdCBSRVFVSVJFRDogUmVhZG9ubHlBcnJheTx7IGZpZWxkOiAnbG9nbGluZScgfCAncHJlbWlzZSc7IGhpbnQ6IHN0cmluZyB9PiA9IFtcbiAgeyBmaWVsZDogJ2xvZ2xpbmUnLCBoaW50OiAnYSBvbmUtc2VudGVuY2UgcGl0Y2gnIH0sXG4gIHsgZmllbGQ6ICdwcmVtaXNlJywgaGludDogJ2EgZmV3IHBhcmFncmFwaHMgb24gdGhlIHNpdHVhdGlvbiBhbmQgdGhlIHN0b3J5JyB9LFxuXTtcblxuY29uc3QgVElUTEVfSEVBRElORyA9IC9eXFxzKig/OnN0b3J5XFxzKyk/Y29uY2VwdFxcYlxccyooPzpbOlxcLVx1MjAxM1x1MjAxNHxdXFxzKiguKikpPyQvaTtcblxuZXhwb3J0IGZ1bmN0aW9uIHJlbmRlckNvbmNlcHQoY29uY2VwdDogQ29uY2VwdCk6IHN0cmluZyB7XG4gIGNvbnN0IHBhcnRzID0gW3JlbmRlckhlYWRpbmcoMSwgY29uY2VwdC50aXRsZSA/IGBDb25jZXB0OiAke2NvbmNlcHQudGl0bGV9YCA6ICdDb25jZXB0JyldO1xuICBpZiAoY29uY2VwdC5wcmVhbWJsZSkgcGFydHMucHVzaChjb25jZXB0LnByZWFtYmxlKTtcbiAgZm9yIChjb25zdCBzcGVjIG9mIFNFQ1RJT05TKSB7XG4gICAgaWYgKHNwZWMuZmllbGQgPT09ICd0aXRsZScpIGNvbnRpbnVlO1xuICAgIGlmIChzcGVjLmZpZWxkID09PSAndGhlbWVzJykge1xuICAgICAgaWYgKGNvbmNlcHQudGhlbWVzLmxlbmd0aCA+IDApIHBhcnRzLnB1c2goYCR7cmVuZGVySGVhZGluZygyLCBzcGVjLmhlYWRpbmcpfVxcblxcbiR7Y29uY2VwdC50aGVtZXMubWFwKCh0KSA9PiByZW5kZXJJdGVtKGVzY2FwZVRleHQodCwgeyBsaXN0czogZmFsc2UgfSkpKS5qb2luKCdcXG4nKX1gKTtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBjb25zdCB2YWx1ZSA9IGNvbmNlcHRbc3BlYy5maWVsZF07XG4gICAgaWYgKHZhbHVlKSBwYXJ0cy5wdXNoKGAke3JlbmRlckhlYWRpbmcoMiwgc3BlYy5oZWFkaW5nKX1cXG5cXG4ke2VzY2FwZVRleHQodmFsdWUsIHsgbGlzdHM6IGZhbHNlIH0pfWApO1xuICB9XG4gIHBhcnRzLnB1c2goLi4ucmVuZGVyRXh0cmFTZWN0aW9ucyhjb25jZXB0LmV4dHJhU2VjdGlvbnMpKTtcbiAgcmV0dXJuIGAke3BhcnRzLmpvaW4oJ1xcblxcbicpfVxcbmA7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZUNvbmNlcHQoYm9keTogc3RyaW5nLCBvcHRpb25zOiBQYXJzZURvY3VtZW50T3B0aW9ucyA9IHt9KTogUGFyc2VSZXN1bHQ8Q29uY2VwdD4ge1xuICBjb25zdCBmaWxlID0gb3B0aW9ucy5maWxlID8/IHN0YWdlRmlsZSgnY29uY2VwdCcpO1xuICBjb25zdCB7IHByZWFtYmxlLCBzZWN0aW9ucyB9ID0gc3BsaXRTZWN0aW9ucyhib2R5KTtcbiAgY29uc3QgZm91bmQgPSBuZXcgTWFwPFNlY3Rpb25TcGVjWydmaWVsZCddLCB7IGhlYWRpbmc6IFNlY3Rpb25bJ2hlYWRpbmcnXTsgbGluZXM6IFNvdXJjZUxpbmVbXSB9PigpO1xuICBjb25zdCBwcmVhbWJsZUxpbmVzID0gWy4uLnByZWFtYmxlXTtcbiAgY29uc3QgZXh0cmFzOiBFeHRyYVNlY3Rpb25bXSA9IFtdO1xuICBsZXQgdGl0bGU6IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgbGV0IGN1cnJlbnQ6IHsgc3BlYzogU2VjdGlvblNwZWM7IGxldmVsOiBudW1iZXIgfSB8IHVuZGVmaW5lZDtcblxuICBmb3IgKGNvbnN0IHNlY3Rpb24gb2Ygc2VjdGlvbnMpIHtcbiAgICBjb25zdCBzcGVjID0gc3BlY0ZvcihzZWN0aW9uLmhlYWRpbmcudGV4dCk7XG4gICAgY29uc3QgdGl0bGVNYXRjaCA9IFRJVExFX0hFQURJTkcuZXhlYyhzZWN0aW9uLmhlYWRpbmcudGV4dCk7XG4gICAgaWYgKHNwZWMpIHtcbiAgICAgIGN1cnJlbnQgPSB7IHNwZWMsIGxldmVsOiBzZWN0aW9uLmhlYWRpbmcubGV2ZWwgfTtcbiAgICAgIGNvbnN0IGVudHJ5ID0gZm91bmQuZ2V0KHNwZWMuZmllbGQpO1xuICAgICAgaWYgKGVudHJ5KSBlbnRyeS5saW5lcy5wdXNoKHsgdGV4dDogJycsIGxpbmU6IHNlY3Rpb24uaGVhZGluZy5saW5lIH0sIC4uLnNlY3Rpb24ubGluZXMpO1xuICAgICAgZWxzZSBmb3VuZC5zZXQoc3BlYy5maWVsZCwgeyBoZWFkaW5nOiBzZWN0aW9uLmhlYWRpbmcsIGxpbmVzOiBbLi4uc2VjdGlvbi5saW5lc10gfSk7XG4gICAgfSBlbHNlIGlmICh0aXRsZSA9PT0gdW5kZWZpbmVkICYmICh0aXRsZU1hdGNoIHx8IHNlY3Rpb24uaGVhZGluZy5sZXZlbCA9PT0gMSkpIHtcbiAgICAgIHRpdGxlID0gdGl0bGVNYXRjaCA/ICh0aXRsZU1hdGNoWzFdID8/ICcnKSA6IHNlY3Rpb24uaGVhZGluZy50ZXh0O1xuICAgICAgcHJlYW1ibGVMaW5lcy5wdXNoKC4uLnNlY3Rpb24ubGluZXMpO1xuICAgICAgY3VycmVudCA9IHVuZGVmaW5lZDtcbiAgICB9IGVsc2UgaWYgKGN1cnJlbnQgJiYgY3VycmVudC5zcGVjLmZpZWxkICE9PSAndGhlbWVzJyAmJiBzZWN0aW9uLmhlYWRpbmcubGV2ZWwgPiBjdXJyZW50LmxldmVsKSB7XG4gICAgICAvLyBBIHN1Yi1oZWFkaW5nIHRoZSB3cml0ZXIgcHV0IGluc2lkZSBhIHRleHQgc2VjdGlvbiBzdGF5cyBwYXJ0IG9mIHRoYXQgdGV4dC5cbiAgICAgIGZvdW5kLmdldChjdXJyZW50LnNwZWMuZmllbGQpIS5saW5lcy5wdXNoKHsgdGV4dDogcmVuZGVySGVhZGluZyhzZWN0aW9uLmhlYWRpbmcubGV2ZWwsIHNlY3Rpb24uaGVhZGluZy50ZXh0KSwgbGluZTogc2VjdGlvbi5oZWFkaW5nLmxpbmUgfSwgLi4uc2VjdGlvbi5saW5lcyk7XG4gICAgfSBlbHNlIHtcbiAgICAgIGV4dHJhcy5wdXNoKGV4dHJhU2VjdGlvbihzZWN0aW9uKSk7XG4gICAgICBjdXJyZW50ID0gdW5kZWZpbmVkO1xuICAgIH1cbiAgfVxuXG4gIGNvbnN0IHByb2JsZW1zID0gcmVxdWlyZWRQcm9ibGVtcyhmb3VuZCwgZmlsZSk7XG4gIGlmIChwcm9ibGVtcy5sZW5ndGggPiAwKSByZXR1cm4geyBvazogZmFsc2UsIHByb2JsZW1zIH07XG5cbiAgY29uc3QgcmF3OiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiA9IHsgLi4uZXh0cmFzT2YocHJlYW1ibGVMaW5lcywgZXh0cmFzKSB9O1xuICBpZiAodGl0bGUgIT09IHVuZGVmaW5lZCkgcmF3LnRpdGxlID0gdGl0bGU7XG4gIGZvciAoY29uc3QgW2ZpZWxkLCB7IGxpbmVzIH1dIG9mIGZvdW5kKSByYXdbZmllbGRdID0gZmllbGQgPT09ICd0aGVtZXMnID8gcmVhZExpc3QobGluZXMpIDogcmVhZFRleHQobGluZXMpO1xuICBjb25zdCBjb21wbGV0ZWQgPSBjb21wbGV0ZUNvbmNlcHQocmF3KTtcbiAgcmV0dXJuIGNvbXBsZXRlZC5vayA/IHsgb2s6IHRydWUsIHZhbHVlOiBjb21wbGV0ZWQudmFsdWUgfSA6IHsgb2s6IGZhbHNlLCBwcm9ibGVtczogY29tcGxldGVkLnByb2JsZW1zIH07XG59XG5cbmZ1bmN0aW9uIHNwZWNGb3IoaGVhZGluZ1RleHQ6IHN0cmluZyk6IFNlY3Rpb25TcGVjIHwgdW5kZWZpbmVkIHtcbiAgY29uc3Qga2V5ID0gaGVhZGluZ0tleShoZWFkaW5nVGV4dCk7XG4gIHJldHVybiBTRUNUSU9OUy5maW5kKChzKSA9PiBzLm5hbWVzLmluY2x1ZGVzKGtleSkpO1xufVxuXG5mdW5jdGlvbiByZXF1aXJlZFByb2JsZW1zKGZvdW5kOiBNYXA8U2VjdGlvblNwZWNbJ2ZpZWxkJ10sIHsgaGVhZGluZzogU2VjdGlvblsnaGVhZGluZyddOyBsaW5lczogU291cmNlTGluZVtdIH0+LCBmaWxlOiBzdHJpbmcpOiBQcm9ibGVtW10ge1xuICBjb25zdCBwcm9ibGVtczogUHJvYmxlbVtdID0gW107XG4gIGZvciAoY29uc3QgeyBmaWVsZCwgaGludCB9IG9mIFJFUVVJUkVEKSB7XG4gICAgY29uc3QgaGVhZGluZyA9IFNFQ1RJT05TLmZpbmQoKHMpID0+IHMuZmllbGQgPT09IGZpZWxkKSEuaGVhZGluZztcbiAgICBjb25zdCBlbnRyeSA9IGZvdW5kLmdldChmaWVsZCk7XG4gICAgaWYgKCFlbnRyeSkge1xuICAgICAgcHJvYmxlbXMucHVzaCh7IGZpZWxkLCBtZXNzYWdlOiBgJHtmaWxlfSBoYXMgbm8gXCIjIyAke2hlYWRpbmd9XCIgc2VjdGlvbjogYWRkIG9uZSB3aXRoICR7aGludH1gIH0pO1xuICAgIH0gZWxzZSBpZiAocmVhZFRleHQoZW50cnkubGluZXMpID09PSAnJykge1xuICAgICAgcHJvYmxlbXMucHVzaCh7IGZpZWxkLCBsaW5lOiBlbnRyeS5oZWFkaW5nLmxpbmUsIG1lc3NhZ2U6IGAke2ZpbGV9IGxpbmUgJHtlbnRyeS5oZWFkaW5nLmxpbmV9OiB0aGUgXCIke2VudHJ5LmhlYWRpbmcudGV4dH1cIiBzZWN0aW9uIGlzIGVtcHR5OiB3cml0ZSAke2hpbnR9YCB9KTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHByb2JsZW1zO1xufVxuXG5mdW5jdGlvbiByZWFkVGV4dChsaW5lczogcmVhZG9ubHkgU291cmNlTGluZVtdKTogc3RyaW5nIHtcbiAgcmV0dXJuIG5vcm1hbGl6ZVRleHQodW5lc2NhcGVUZXh0KGpvaW5MaW5lcyhsaW5lcykpKTtcbn1cblxuLyoqIEJ1bGxldHMgYXJlIHRoZSBpdGVtczsgYSBwYXJhZ3JhcGggaXMgYW4gaXRlbSB0b28sIGFuZCBhIGxvbmUgY29tbWEtc2VwYXJhdGVkIGxpbmUgaXMgc3BsaXQuICovXG5mdW5jdGlvbiByZWFkTGlzdChsaW5lczogcmVhZG9ubHkgU291cmNlTGluZVtdKTogc3RyaW5nW10gfCBzdHJpbmcge1xuICBjb25zdCBibG9ja3MgPSByZWFkQmxvY2tzKGxpbmVzKTtcbiAgaWYgKGJsb2Nrcy5sZW5ndGggPT09IDEgJiYgYmxvY2tzWzBdIS5raW5kID09PSAncGFyYWdyYXBoJykgcmV0dXJuIHVuZXNjYXBlVGV4dChibG9ja3NbMF0hLnRleHQpO1xuICByZXR1cm4gYmxvY2tzLm1hcCgoYikgPT4gbm9ybWFsaXplVGV4dCh1bmVzY2FwZVRleHQoYi50ZXh0KSkpLmZpbHRlcigodCkgPT4gdCAhPT0gJycpO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQ0EscUJBQWlFO0FBQ2pFLG9CQUF1QztBQUN2QyxvQkFBK0U7QUFDL0Usc0JBQXVGO0FBQ3ZGLGtCQUFvRTtBQUVwRSx3QkFBMEI7QUFpQjFCLE1BQU0sV0FBbUM7QUFBQSxFQUN2QyxFQUFFLE9BQU8sV0FBVyxTQUFTLFdBQVcsT0FBTyxDQUFDLFdBQVcsWUFBWSxTQUFTLGtCQUFrQixvQkFBb0IsRUFBRTtBQUFBLEVBQ3hILEVBQUUsT0FBTyxXQUFXLFNBQVMsV0FBVyxPQUFPLENBQUMsV0FBVyxvQkFBb0IsWUFBWSxhQUFhLEVBQUU7QUFBQSxFQUMxRyxFQUFFLE9BQU8sZUFBZSxTQUFTLGVBQWUsT0FBTyxDQUFDLGVBQWUsa0JBQWtCLFFBQVEsV0FBVyxNQUFNLEVBQUU7QUFBQSxFQUNwSCxFQUFFLE9BQU8sV0FBVyxTQUFTLFdBQVcsT0FBTyxDQUFDLFdBQVcsU0FBUyxnQkFBZ0IsRUFBRTtBQUFBLEVBQ3RGLEVBQUUsT0FBTyxtQkFBbUIsU0FBUyxvQkFBb0IsT0FBTyxDQUFDLG9CQUFvQixZQUFZLGlCQUFpQixlQUFlLEVBQUU7QUFBQSxFQUNuSSxFQUFFLE9BQU8sVUFBVSxTQUFTLFVBQVUsT0FBTyxDQUFDLFVBQVUsY0FBYyxrQkFBa0IsRUFBRTtBQUFBLEVBQzFGLEVBQUUsT0FBTyxRQUFRLFNBQVMsUUFBUSxPQUFPLENBQUMsUUFBUSxnQkFBZ0IsVUFBVSxFQUFFO0FBQUEsRUFDOUUsRUFBRSxPQUFPLFVBQVUsU0FBUyxVQUFVLE9BQU8sQ0FBQyxVQUFVLFNBQVMsWUFBWSxFQUFFO0FBQUEsRUFDL0UsRUFBRSxPQUFPLFFBQVEsU0FBUyxRQUFRLE9BQU8sQ0FBQyxRQUFRLFFBQVEsaUJBQWlCLGdCQUFnQixFQUFFO0FBQUEsRUFDN0YsRUFBRSxPQUFPLFVBQVUsU0FBUyxVQUFVLE9BQU8sQ0FBQyxVQUFVLGNBQWMsb0JBQW9CLFlBQVksRUFBRTtBQUFBLEVBQ3hHLEVBQUUsT0FBTyxTQUFTLFNBQVMsU0FBUyxPQUFPLENBQUMsU0FBUyxlQUFlLEVBQUU7QUFDeEU7QUFFQSxNQUFNLFdBQTBFO0FBQUEsRUFDOUUsRUFBRSxPQUFPLFdBQVcsTUFBTSx1QkFBdUI7QUFBQSxFQUNqRCxFQUFFLE9BQU8sV0FBVyxNQUFNLGtEQUFrRDtBQUM5RTtBQUVBLE1BQU0sZ0JBQWdCO0FBRWYsU0FBUyxjQUFjLFNBQTBCO0FBQ3RELFFBQU0sUUFBUSxLQUFDLCtCQUFjLEdBQUcsUUFBUSxRQUFRLFlBQVksUUFBUSxLQUFLLEtBQUssU0FBUyxDQUFDO0FBQ3hGLE1BQUksUUFBUSxTQUFVLE9BQU0sS0FBSyxRQUFRLFFBQVE7QUFDakQsYUFBVyxRQUFRLFVBQVU7QUFDM0IsUUFBSSxLQUFLLFVBQVUsUUFBUztBQUM1QixRQUFJLEtBQUssVUFBVSxVQUFVO0FBQzNCLFVBQUksUUFBUSxPQUFPLFNBQVMsRUFBRyxPQUFNLEtBQUssT0FBRywrQkFBYyxHQUFHLEtBQUssT0FBTyxDQUFDO0FBQUE7QUFBQSxFQUFPLFFBQVEsT0FBTyxJQUFJLENBQUMsVUFBTSw4QkFBVyx3QkFBVyxHQUFHLEVBQUUsT0FBTyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsS0FBSyxJQUFJLENBQUMsRUFBRTtBQUNySztBQUFBLElBQ0Y7QUFDQSxVQUFNLFFBQVEsUUFBUSxLQUFLLEtBQUs7QUFDaEMsUUFBSSxNQUFPLE9BQU0sS0FBSyxPQUFHLCtCQUFjLEdBQUcsS0FBSyxPQUFPLENBQUM7QUFBQTtBQUFBLE1BQU8sd0JBQVcsT0FBTyxFQUFFLE9BQU8sTUFBTSxDQUFDLENBQUMsRUFBRTtBQUFBLEVBQ3JHO0FBQ0EsUUFBTSxLQUFLLE9BQUcsbUNBQW9CLFFBQVEsYUFBYSxDQUFDO0FBQ3hELFNBQU8sR0FBRyxNQUFNLEtBQUssTUFBTSxDQUFDO0FBQUE7QUFDOUI7QUFFTyxTQUFTLGFBQWEsTUFBYyxVQUFnQyxDQUFDLEdBQXlCO0FBQ25HLFFBQU0sT0FBTyxRQUFRLFlBQVEsNkJBQVUsU0FBUztBQUNoRCxRQUFNLEVBQUUsVUFBVSxTQUFTLFFBQUksK0JBQWMsSUFBSTtBQUNqRCxRQUFNLFFBQVEsb0JBQUksSUFBZ0Y7QUFDbEcsUUFBTSxnQkFBZ0IsQ0FBQyxHQUFHLFFBQVE7QUFDbEMsUUFBTSxTQUF5QixDQUFDO0FBQ2hDLE1BQUk7QUFDSixNQUFJO0FBRUosYUFBVyxXQUFXLFVBQVU7QUFDOUIsVUFBTSxPQUFPLFFBQVEsUUFBUSxRQUFRLElBQUk7QUFDekMsVUFBTSxhQUFhLGNBQWMsS0FBSyxRQUFRLFFBQVEsSUFBSTtBQUMxRCxRQUFJLE1BQU07QUFDUixnQkFBVSxFQUFFLE1BQU0sT0FBTyxRQUFRLFFBQVEsTUFBTTtBQUMvQyxZQUFNLFFBQVEsTUFBTSxJQUFJLEtBQUssS0FBSztBQUNsQyxVQUFJLE1BQU8sT0FBTSxNQUFNLEtBQUssRUFBRSxNQUFNLElBQUksTUFBTSxRQUFRLFFBQVEsS0FBSyxHQUFHLEdBQUcsUUFBUSxLQUFLO0FBQUEsVUFDakYsT0FBTSxJQUFJLEtBQUssT0FBTyxFQUFFLFNBQVMsUUFBUSxTQUFTLE9BQU8sQ0FBQyxHQUFHLFFBQVEsS0FBSyxFQUFFLENBQUM7QUFBQSxJQUNwRixXQUFXLFVBQVUsV0FBYyxjQUFjLFFBQVEsUUFBUSxVQUFVLElBQUk7QUFDN0UsY0FBUSxhQUFjLFdBQVcsQ0FBQyxLQUFLLEtBQU0sUUFBUSxRQUFRO0FBQzdELG9CQUFjLEtBQUssR0FBRyxRQUFRLEtBQUs7QUFDbkMsZ0JBQVU7QUFBQSxJQUNaLFdBQVcsV0FBVyxRQUFRLEtBQUssVUFBVSxZQUFZLFFBQVEsUUFBUSxRQUFRLFFBQVEsT0FBTztBQUU5RixZQUFNLElBQUksUUFBUSxLQUFLLEtBQUssRUFBRyxNQUFNLEtBQUssRUFBRSxVQUFNLCtCQUFjLFFBQVEsUUFBUSxPQUFPLFFBQVEsUUFBUSxJQUFJLEdBQUcsTUFBTSxRQUFRLFFBQVEsS0FBSyxHQUFHLEdBQUcsUUFBUSxLQUFLO0FBQUEsSUFDOUosT0FBTztBQUNMLGFBQU8sU0FBSyw0QkFBYSxPQUFPLENBQUM7QUFDakMsZ0JBQVU7QUFBQSxJQUNaO0FBQUEsRUFDRjtBQUVBLFFBQU0sV0FBVyxpQkFBaUIsT0FBTyxJQUFJO0FBQzdDLE1BQUksU0FBUyxTQUFTLEVBQUcsUUFBTyxFQUFFLElBQUksT0FBTyxTQUFTO0FBRXRELFFBQU0sTUFBK0IsRUFBRSxPQUFHLHdCQUFTLGVBQWUsTUFBTSxFQUFFO0FBQzFFLE1BQUksVUFBVSxPQUFXLEtBQUksUUFBUTtBQUNyQyxhQUFXLENBQUMsT0FBTyxFQUFFLE1BQU0sQ0FBQyxLQUFLLE1BQU8sS0FBSSxLQUFLLElBQUksVUFBVSxXQUFXLFNBQVMsS0FBSyxJQUFJLFNBQVMsS0FBSztBQUMxRyxRQUFNLGdCQUFZLGdDQUFnQixHQUFHO0FBQ3JDLFNBQU8sVUFBVSxLQUFLLEVBQUUsSUFBSSxNQUFNLE9BQU8sVUFBVSxNQUFNLElBQUksRUFBRSxJQUFJLE9BQU8sVUFBVSxVQUFVLFNBQVM7QUFDekc7QUFFQSxTQUFTLFFBQVEsYUFBOEM7QUFDN0QsUUFBTSxVQUFNLHdCQUFXLFdBQVc7QUFDbEMsU0FBTyxTQUFTLEtBQUssQ0FBQyxNQUFNLEVBQUUsTUFBTSxTQUFTLEdBQUcsQ0FBQztBQUNuRDtBQUVBLFNBQVMsaUJBQWlCLE9BQXdGLE1BQXlCO0FBQ3pJLFFBQU0sV0FBc0IsQ0FBQztBQUM3QixhQUFXLEVBQUUsT0FBTyxLQUFLLEtBQUssVUFBVTtBQUN0QyxVQUFNLFVBQVUsU0FBUyxLQUFLLENBQUMsTUFBTSxFQUFFLFVBQVUsS0FBSyxFQUFHO0FBQ3pELFVBQU0sUUFBUSxNQUFNLElBQUksS0FBSztBQUM3QixRQUFJLENBQUMsT0FBTztBQUNWLGVBQVMsS0FBSyxFQUFFLE9BQU8sU0FBUyxHQUFHLElBQUksZUFBZSxPQUFPLDJCQUEyQixJQUFJLEdBQUcsQ0FBQztBQUFBLElBQ2xHLFdBQVcsU0FBUyxNQUFNLEtBQUssTUFBTSxJQUFJO0FBQ3ZDLGVBQVMsS0FBSyxFQUFFLE9BQU8sTUFBTSxNQUFNLFFBQVEsTUFBTSxTQUFTLEdBQUcsSUFBSSxTQUFTLE1BQU0sUUFBUSxJQUFJLFVBQVUsTUFBTSxRQUFRLElBQUksNkJBQTZCLElBQUksR0FBRyxDQUFDO0FBQUEsSUFDL0o7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxTQUFTLE9BQXNDO0FBQ3RELGFBQU8sK0JBQWMsOEJBQWEsMkJBQVUsS0FBSyxDQUFDLENBQUM7QUFDckQ7QUFHQSxTQUFTLFNBQVMsT0FBaUQ7QUFDakUsUUFBTSxhQUFTLDBCQUFXLEtBQUs7QUFDL0IsTUFBSSxPQUFPLFdBQVcsS0FBSyxPQUFPLENBQUMsRUFBRyxTQUFTLFlBQWEsWUFBTywwQkFBYSxPQUFPLENBQUMsRUFBRyxJQUFJO0FBQy9GLFNBQU8sT0FBTyxJQUFJLENBQUMsVUFBTSwrQkFBYywwQkFBYSxFQUFFLElBQUksQ0FBQyxDQUFDLEVBQUUsT0FBTyxDQUFDLE1BQU0sTUFBTSxFQUFFO0FBQ3RGOyIsCiAgIm5hbWVzIjogW10KfQo=
