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
var outlineMarkdown_exports = {};
__export(outlineMarkdown_exports, {
  parseOutline: () => parseOutline,
  renderOutline: () => renderOutline
});
module.exports = __toCommonJS(outlineMarkdown_exports);
var import_blocks = require("./markdown/blocks");
var import_extras = require("./markdown/extras");
var import_sections = require("./markdown/sections");
var import_text = require("./markdown/text");
var import_outline = require("./outline");
var import_stageFiles = require("./stageFiles");
const CHAPTER_HEADING = /^\s*(?:chapter|ch\.?)\s+([0-9]{1,3}|[a-z]+)\b\s*(?:[:.\-–—)|]\s*)?(.*)$/i;
const NUMBERED_HEADING = /^\s*([0-9]{1,3})\s*[:.\-–—)]\s*(.+)$/;
const TITLE_HEADING = /^\s*(?:story\s+)?outline\b/i;
const BEATS_NAMES = /* @__PURE__ */ new Set(["beats", "key beats", "scene beats", "story beats", "plot beats", "scenes", "events", "plot points"]);
const SUMMARY_NAMES = /* @__PURE__ */ new Set(["summary", "synopsis", "overview", "what happens"]);
const TARGET_LABELS = /* @__PURE__ */ new Set(["target words", "target", "words", "word count", "target word count", "length", "target length"]);
const POV_LABELS = /* @__PURE__ */ new Set(["point of view", "pov", "viewpoint", "pov character", "narrator", "viewpoint character"]);
function renderOutline(outline, options = {}) {
  const parts = [(0, import_sections.renderHeading)(1, options.title ? `Outline: ${options.title}` : "Outline")];
  if (outline.preamble) parts.push(outline.preamble);
  parts.push(...outline.chapters.map(renderChapterEntry));
  parts.push(...(0, import_extras.renderExtraSections)(outline.extraSections));
  return `${parts.join("\n\n")}
`;
}
function renderChapterEntry(c) {
  const parts = [(0, import_sections.renderHeading)(2, c.title ? `Chapter ${c.number}: ${c.title}` : `Chapter ${c.number}`)];
  if (c.summary) parts.push((0, import_text.escapeText)(c.summary, { lists: true }));
  parts.push((0, import_text.renderLabel)("Target words", String(c.targetWords)));
  if (c.pov) parts.push((0, import_text.renderLabel)("Point of view", c.pov));
  if (c.beats.length > 0) {
    parts.push((0, import_sections.renderHeading)(3, "Beats"), c.beats.map((b) => (0, import_blocks.renderItem)((0, import_text.escapeText)(b, { lists: false }))).join("\n"));
  }
  parts.push(...(0, import_extras.renderExtraSections)(c.extraSections));
  return parts.join("\n\n");
}
function parseOutline(body, options = {}) {
  const file = options.file ?? (0, import_stageFiles.stageFile)("outline");
  const { preamble, sections } = (0, import_sections.splitSections)(body);
  const preambleLines = [...preamble];
  const extras = [];
  const chapters = [];
  const problems = [];
  let titleSeen = false;
  let current;
  for (const section of sections) {
    const { heading, lines } = section;
    const key = (0, import_text.headingKey)(heading.text);
    const chapterHeading = readChapterHeading(heading.text);
    if (chapterHeading) {
      const chapter = { heading, ...chapterHeading, body: [...lines], beats: [], extras: [] };
      chapters.push(chapter);
      current = { chapter, part: "body" };
    } else if (current && BEATS_NAMES.has(key)) {
      current.chapter.beats.push(...lines);
      current = { chapter: current.chapter, part: "beats" };
    } else if (current && SUMMARY_NAMES.has(key)) {
      current.chapter.body.push({ text: "", line: heading.line }, ...lines);
      current = { chapter: current.chapter, part: "body" };
    } else if (!titleSeen && chapters.length === 0 && (TITLE_HEADING.test(heading.text) || heading.level === 1)) {
      titleSeen = true;
      preambleLines.push(...lines);
    } else if (current && heading.level > current.chapter.heading.level) {
      current.chapter.extras.push((0, import_extras.extraSection)(section));
      current = { chapter: current.chapter, part: "extra" };
    } else {
      extras.push((0, import_extras.extraSection)(section));
      current = void 0;
    }
  }
  if (chapters.length === 0) {
    return { ok: false, problems: [{ field: "chapters", message: `${file} has no chapters: add one as "## Chapter 1: Title" with a summary below it` }] };
  }
  problems.push(...duplicateProblems(chapters, file));
  const rawChapters = chapters.map((c) => readChapter(c, file, problems, options.targetWordsPerChapter));
  if (problems.length > 0) return { ok: false, problems };
  const completed = (0, import_outline.completeOutline)({ chapters: rawChapters, ...(0, import_extras.extrasOf)(preambleLines, extras) }, options);
  if (!completed.ok) return { ok: false, problems: completed.problems.map((p) => namedByHeading(p, chapters, file)) };
  return { ok: true, value: completed.value };
}
function readChapterHeading(text) {
  const m = CHAPTER_HEADING.exec(text);
  const numbered = m ? void 0 : NUMBERED_HEADING.exec(text);
  const number = m ? chapterNumber(m[1]) : numbered ? Number(numbered[1]) : void 0;
  if (number === void 0 || number < 1) return void 0;
  return { number, title: (0, import_text.normalizeLine)((m ? m[2] : numbered[2]) ?? "") };
}
function duplicateProblems(chapters, file) {
  const seen = /* @__PURE__ */ new Map();
  const problems = [];
  for (const c of chapters) {
    const first = seen.get(c.number);
    if (first) {
      problems.push({
        field: `chapter[${c.number}]`,
        line: c.heading.line,
        message: `${file} line ${c.heading.line}: "${c.heading.text}" has the same number as "${first.heading.text}" (line ${first.heading.line}): renumber one of them`
      });
    } else {
      seen.set(c.number, c);
    }
  }
  return problems;
}
function readChapter(c, file, problems, fallbackWords) {
  const summary = [];
  const beats = [];
  let targetWords;
  let pov;
  const takeMeta = (text, line) => {
    const label = (0, import_text.splitLabel)(text);
    const key = label && (0, import_text.labelKey)(label.label);
    if (!label || !key) return false;
    if (TARGET_LABELS.has(key)) {
      targetWords = readNumber(label.value);
      if (targetWords === void 0) {
        problems.push({ field: `chapter[${c.number}].targetWords`, line, message: `${file} line ${line}: "${text}" should give a number, like "**Target words:** 1800"` });
      }
      return true;
    }
    if (POV_LABELS.has(key)) {
      pov = (0, import_text.normalizeLine)(label.value);
      return true;
    }
    return false;
  };
  for (const block of (0, import_blocks.readBlocks)(c.body)) {
    const text = (0, import_text.normalizeText)((0, import_text.unescapeText)(block.text));
    if (block.kind === "item") {
      if (!takeMeta(text, block.line)) beats.push(text);
      continue;
    }
    const rest = text.split("\n").filter((lineText, i) => !takeMeta(lineText, block.line + i));
    if (rest.length > 0 && rest.join("").trim() !== "") summary.push((0, import_text.normalizeText)(rest.join("\n").replace(/^\s*(?:\*\*|__)?summary(?:\*\*|__)?\s*:(?:\*\*|__)?\s*/i, "")));
  }
  for (const block of (0, import_blocks.readBlocks)(c.beats)) {
    const text = (0, import_text.normalizeText)((0, import_text.unescapeText)(block.text));
    if (text !== "" && (block.kind === "item" || !takeMeta(text, block.line))) beats.push(text);
  }
  if (targetWords === void 0 && fallbackWords === void 0 && !problems.some((p) => p.field === `chapter[${c.number}].targetWords`)) {
    problems.push({
      field: `chapter[${c.number}].targetWords`,
      line: c.heading.line,
      message: `${file} line ${c.heading.line}: "${c.heading.text}" has no target length: add a line like "**Target words:** 1800"`
    });
  }
  return {
    number: c.number,
    title: c.title,
    summary: summary.join("\n\n"),
    beats,
    ...targetWords !== void 0 ? { targetWords } : {},
    ...pov ? { pov } : {},
    ...c.extras.length > 0 ? { extraSections: c.extras } : {}
  };
}
function readNumber(text) {
  const m = /\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?!\d)|\d+/.exec(text);
  return m ? Number(m[0].replace(/[^\d]/g, "")) : void 0;
}
function namedByHeading(problem, chapters, file) {
  const m = /^chapters\[(\d+)\]/.exec(problem.field);
  const chapter = m ? chapters[Number(m[1])] : void 0;
  if (!chapter) return problem;
  const why = problem.message.replace(/^outline: `[^`]*`\s*/, "");
  return { field: problem.field, line: chapter.heading.line, message: `${file} line ${chapter.heading.line}: "${chapter.heading.text}" ${why}` };
}
const NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];
const ROMAN = { i: 1, v: 5, x: 10, l: 50, c: 100 };
function chapterNumber(token) {
  const t = token.toLowerCase();
  if (/^\d+$/.test(t)) return Number(t);
  const word = NUMBER_WORDS.indexOf(t);
  if (word >= 0) return word + 1;
  if (!/^[ivxlc]+$/.test(t)) return void 0;
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const v = ROMAN[t[i]];
    const next = ROMAN[t[i + 1] ?? ""] ?? 0;
    total += v < next ? -v : v;
  }
  return toRoman(total) === t ? total : void 0;
}
function toRoman(n) {
  const parts = [[100, "c"], [90, "xc"], [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"]];
  let out = "";
  for (const [value, numeral] of parts) {
    while (n >= value) {
      out += numeral;
      n -= value;
    }
  }
  return out;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  parseOutline,
  renderOutline
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvc3RhZ2VzL291dGxpbmVNYXJrZG93bi50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0IHR5cGUgeyBQYXJzZVJlc3VsdCwgUHJvYmxlbSB9IGZyb20gJy4uL3N0b3J5L3Byb2JsZW0nO1xuaW1wb3J0IHR5cGUgeyBQYXJzZURvY3VtZW50T3B0aW9ucywgUmVuZGVyRG9jdW1lbnRPcHRpb25zIH0gZnJvbSAnLi9kb2N1bWVudE9wdGlvbnMnO1xuaW1wb3J0IHsgcmVhZEJsb2NrcywgcmVuZGVySXRlbSB9IGZyb20gJy4vbWFya2Rvd24vYmxvY2tzJztcbmltcG9ydCB7IGV4dHJhU2VjdGlvbiwgZXh0cmFzT2YsIHJlbmRlckV4dHJhU2VjdGlvbnMsIHR5cGUgRXh0cmFTZWN0aW9uIH0gZnJvbSAnLi9tYXJrZG93bi9leHRyYXMnO1xuaW1wb3J0IHsgcmVuZGVySGVhZGluZywgc3BsaXRTZWN0aW9ucywgdHlwZSBIZWFkaW5nLCB0eXBlIFNvdXJjZUxpbmUgfSBmcm9tICcuL21hcmtkb3duL3NlY3Rpb25zJztcbmltcG9ydCB7IGVzY2FwZVRleHQsIGhlYWRpbmdLZXksIGxhYmVsS2V5LCBub3JtYWxpemVMaW5lLCBub3JtYWxpemVUZXh0LCByZW5kZXJMYWJlbCwgc3BsaXRMYWJlbCwgdW5lc2NhcGVUZXh0IH0gZnJvbSAnLi9tYXJrZG93bi90ZXh0JztcbmltcG9ydCB7IGNvbXBsZXRlT3V0bGluZSwgdHlwZSBPdXRsaW5lLCB0eXBlIE91dGxpbmVDaGFwdGVyLCB0eXBlIE91dGxpbmVEZWZhdWx0cyB9IGZyb20gJy4vb3V0bGluZSc7XG5pbXBvcnQgeyBzdGFnZUZpbGUgfSBmcm9tICcuL3N0YWdlRmlsZXMnO1xuXG4vKipcbiAqIGAwMy1vdXRsaW5lLm1kYCBcdTIxQzQgYE91dGxpbmVgLiBFYWNoIGNoYXB0ZXIgaXMgYCMjIENoYXB0ZXIgTjogVGl0bGVgLCBhIHN1bW1hcnksIGFcbiAqIGAqKlRhcmdldCB3b3JkczoqKmAgbGluZSAoYW5kIGAqKlBvaW50IG9mIHZpZXc6KipgIHdoZW4gc2V0KSBhbmQgYSBgIyMjIEJlYXRzYCBsaXN0LlxuICpcbiAqIE51bWJlcmluZzogdGhlIG51bWJlciBpbiBlYWNoIGNoYXB0ZXIgaGVhZGluZyBpcyB0aGUgY2hhcHRlcidzIG51bWJlci4gRGVsZXRpbmcgYSBjaGFwdGVyIGRvZXNcbiAqIE5PVCByZW51bWJlciB0aGUgb3RoZXJzICgxLCAzLCA0IHN0YXkgMSwgMywgNCksIGJlY2F1c2UgY2hhcHRlciBmaWxlcyBvbiBkaXNrIGFuZCB0aGUgd3JpdGVyJ3NcbiAqIG93biByZWZlcmVuY2VzIGFyZSBrZXllZCBieSB0aG9zZSBudW1iZXJzOyBjaGFwdGVycyBhcmUgcmV0dXJuZWQgc29ydGVkIGJ5IG51bWJlciwgYW5kIHR3b1xuICogY2hhcHRlcnMgd2l0aCB0aGUgc2FtZSBudW1iZXIgYXJlIGEgcHJvYmxlbSB0aGUgd3JpdGVyIG11c3QgcmVzb2x2ZS5cbiAqL1xuXG5leHBvcnQgaW50ZXJmYWNlIFBhcnNlT3V0bGluZU9wdGlvbnMgZXh0ZW5kcyBQYXJzZURvY3VtZW50T3B0aW9ucywgT3V0bGluZURlZmF1bHRzIHt9XG5cbmNvbnN0IENIQVBURVJfSEVBRElORyA9IC9eXFxzKig/OmNoYXB0ZXJ8Y2hcXC4/KVxccysoWzAtOV17MSwzfXxbYS16XSspXFxiXFxzKig/Ols6LlxcLVx1MjAxM1x1MjAxNCl8XVxccyopPyguKikkL2k7XG5jb25zdCBOVU1CRVJFRF9IRUFESU5HID0gL15cXHMqKFswLTldezEsM30pXFxzKls6LlxcLVx1MjAxM1x1MjAxNCldXFxzKiguKykkLztcbmNvbnN0IFRJVExFX0hFQURJTkcgPSAvXlxccyooPzpzdG9yeVxccyspP291dGxpbmVcXGIvaTtcblxuY29uc3QgQkVBVFNfTkFNRVMgPSBuZXcgU2V0KFsnYmVhdHMnLCAna2V5IGJlYXRzJywgJ3NjZW5lIGJlYXRzJywgJ3N0b3J5IGJlYXRzJywgJ3Bsb3QgYmVhdHMnLCAnc2NlbmVzJywgJ2V2ZW50cycsICdwbG90IHBvaW50cyddKTtcbmNvbnN0IFNVTU1BUllfTkFNRVMgPSBuZXcgU2V0KFsnc3VtbWFyeScsICdzeW5vcHNpcycsICdvdmVydmlldycsICd3aGF0IGhhcHBlbnMnXSk7XG5jb25zdCBUQVJHRVRfTEFCRUxTID0gbmV3IFNldChbJ3RhcmdldCB3b3JkcycsICd0YXJnZXQnLCAnd29yZHMnLCAnd29yZCBjb3VudCcsICd0YXJnZXQgd29yZCBjb3VudCcsICdsZW5ndGgnLCAndGFyZ2V0IGxlbmd0aCddKTtcbmNvbnN0IFBPVl9MQUJFTFMgPSBuZXcgU2V0KFsncG9pbnQgb2YgdmlldycsICdwb3YnLCAndmlld3BvaW50JywgJ3BvdiBjaGFyYWN0ZXInLCAnbmFycmF0b3InLCAndmlld3BvaW50IGNoYXJhY3RlciddKTtcblxuLy8gXHUyNTAwXHUyNTAwXHUyNTAwIFdyaXRpbmcgXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXG5cbmV4cG9ydCBmdW5jdGlvbiByZW5kZXJPdXRsaW5lKG91dGxpbmU6IE91dGxpbmUsIG9wdGlvbnM6IFJlbmRlckRvY3VtZW50T3B0aW9ucyA9IHt9KTogc3RyaW5nIHtcbiAgY29uc3QgcGFydHMgPSBbcmVuZGVySGVhZGluZygxLCBvcHRpb25zLnRpdGxlID8gYE91dGxpbmU6ICR7b3B0aW9ucy50aXRsZX1gIDogJ091dGxpbmUnKV07XG4gIGlmIChvdXRsaW5lLnByZWFtYmxlKSBwYXJ0cy5wdXNoKG91dGxpbmUucHJlYW1ibGUpO1xuICBwYXJ0cy5wdXNoKC4uLm91dGxpbmUuY2hhcHRlcnMubWFwKHJlbmRlckNoYXB0ZXJFbnRyeSkpO1xuICBwYXJ0cy5wdXNoKC4uLnJlbmRlckV4dHJhU2VjdGlvbnMob3V0bGluZS5leHRyYVNlY3Rpb25zKSk7XG4gIHJldHVybiBgJHtwYXJ0cy5qb2luKCdcXG5cXG4nKX1cXG5gO1xufVxuXG5mdW5jdGlvbiByZW5kZXJDaGFwdGVyRW50cnkoYzogT3V0bGluZUNoYXB0ZXIpOiBzdHJpbmcge1xuICBjb25zdCBwYXJ0cyA9IFtyZW5kZXJIZWFkaW5nKDIsIGMudGl0bGUgPyBgQ2hhcHRlciAke2MubnVtYmVyfTogJHtjLnRpdGxlfWAgOiBgQ2hhcHRlciAke2MubnVtYmVyfWApXTtcbiAgaWYgKGMuc3VtbWFyeSkgcGFydHMucHVzaChlc2NhcGVUZXh0KGMuc3VtbWFyeSwgeyBsaXN0czogdHJ1ZSB9KSk7XG4gIHBhcnRzLnB1c2gocmVuZGVyTGFiZWwoJ1RhcmdldCB3b3JkcycsIFN0cmluZyhjLnRhcmdldFdvcmRzKSkpO1xuICBpZiAoYy5wb3YpIHBhcnRzLnB1c2gocmVuZGVyTGFiZWwoJ1BvaW50IG9mIHZpZXcnLCBjLnBvdikpO1xuICBpZiAoYy5iZWF0cy5sZW5ndGggPiAwKSB7XG4gICAgcGFydHMucHVzaChyZW5kZXJIZWFkaW5nKDMsICdCZWF0cycpLCBjLmJlYXRzLm1hcCgoYikgPT4gcmVuZGVySXRlbShlc2NhcGVUZXh0KGIsIHsgbGlzdHM6IGZhbHNlIH0pKSkuam9pbignXFxuJykpO1xuICB9XG4gIHBhcnRzLnB1c2goLi4ucmVuZGVyRXh0cmFTZWN0aW9ucyhjLmV4dHJhU2VjdGlvbnMpKTtcbiAgcmV0dXJuIHBhcnRzLmpvaW4oJ1xcblxcbicpO1xufVxuXG4vLyBcdTI1MDBcdTI1MDBcdTI1MDAgUmVhZGluZyBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcblxuaW50ZXJmYWNlIENoYXB0ZXJEcmFmdCB7XG4gIHJlYWRvbmx5IGhlYWRpbmc6IEhlYWRpbmc7XG4gIHJlYWRvbmx5IG51bWJlcjogbnVtYmVyO1xuICByZWFkb25seSB0aXRsZTogc3RyaW5nO1xuICAvKiogU3VtbWFyeSwgbWV0YSBsaW5lcyBhbmQgbG9vc2UgYnVsbGV0cyAoYnVsbGV0cyBvdXRzaWRlIGEgQmVhdHMgc2VjdGlvbiBhcmUgYmVhdHMpLiAqL1xuICByZWFkb25seSBib2R5OiBTb3VyY2VMaW5lW107XG4gIHJlYWRvbmx5IGJlYXRzOiBTb3VyY2VMaW5lW107XG4gIHJlYWRvbmx5IGV4dHJhczogRXh0cmFTZWN0aW9uW107XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZU91dGxpbmUoYm9keTogc3RyaW5nLCBvcHRpb25zOiBQYXJzZU91dGxpbmVPcHRpb25zID0ge30pOiBQYXJzZVJlc3VsdDxPdXRsaW5lPiB7XG4gIGNvbnN0IGZpbGUgPSBvcHRpb25zLmZpbGUgPz8gc3RhZ2VGaWxlKCdvdXRsaW5lJyk7XG4gIGNvbnN0IHsgcHJlYW1ibGUsIHNlY3Rpb25zIH0gPSBzcGxpdFNlY3Rpb25zKGJvZHkpO1xuICBjb25zdCBwcmVhbWJsZUxpbmVzID0gWy4uLnByZWFtYmxlXTtcbiAgY29uc3QgZXh0cmFzOiBFeHRyYVNlY3Rpb25bXSA9IFtdO1xuICBjb25zdCBjaGFwdGVyczogQ2hhcHRlckRyYWZ0W10gPSBbXTtcbiAgY29uc3QgcHJvYmxlbXM6IFByb2JsZW1bXSA9IFtdO1xuICBsZXQgdGl0bGVTZWVuID0gZmFsc2U7XG4gIC8vIFdoZXJlIHRoZSBsaW5lcyBvZiB0aGUgY3VycmVudCBoZWFkaW5nIGdvOiBhIGNoYXB0ZXIncyBib2R5LCBpdHMgYmVhdHMsIG9yIG5vd2hlcmUuXG4gIGxldCBjdXJyZW50OiB7IGNoYXB0ZXI6IENoYXB0ZXJEcmFmdDsgcGFydDogJ2JvZHknIHwgJ2JlYXRzJyB8ICdleHRyYScgfSB8IHVuZGVmaW5lZDtcblxuICBmb3IgKGNvbnN0IHNlY3Rpb24gb2Ygc2VjdGlvbnMpIHtcbiAgICBjb25zdCB7IGhlYWRpbmcsIGxpbmVzIH0gPSBzZWN0aW9uO1xuICAgIGNvbnN0IGtleSA9IGhlYWRpbmdLZXkoaGVhZGluZy50ZXh0KTtcbiAgICBjb25zdCBjaGFwdGVySGVhZGluZyA9IHJlYWRDaGFwdGVySGVhZGluZyhoZWFkaW5nLnRleHQpO1xuICAgIGlmIChjaGFwdGVySGVhZGluZykge1xuICAgICAgY29uc3QgY2hhcHRlcjogQ2hhcHRlckRyYWZ0ID0geyBoZWFkaW5nLCAuLi5jaGFwdGVySGVhZGluZywgYm9keTogWy4uLmxpbmVzXSwgYmVhdHM6IFtdLCBleHRyYXM6IFtdIH07XG4gICAgICBjaGFwdGVycy5wdXNoKGNoYXB0ZXIpO1xuICAgICAgY3VycmVudCA9IHsgY2hhcHRlciwgcGFydDogJ2JvZHknIH07XG4gICAgfSBlbHNlIGlmIChjdXJyZW50ICYmIEJFQVRTX05BTUVTLmhhcyhrZXkpKSB7XG4gICAgICBjdXJyZW50LmNoYXB0ZXIuYmVhdHMucHVzaCguLi5saW5lcyk7XG4gICAgICBjdXJyZW50ID0geyBjaGFwdGVyOiBjdXJyZW50LmNoYXB0ZXIsIHBhcnQ6ICdiZWF0cycgfTtcbiAgICB9IGVsc2UgaWYgKGN1cnJlbnQgJiYgU1VNTUFSWV9OQU1FUy5oYXMoa2V5KSkge1xuICAgICAgY3VycmVudC5jaGFwdGVyLmJvZHkucHVzaCh7IHRleHQ6ICcnLCBsaW5lOiBoZWFkaW5nLmxpbmUgfSwgLi4ubGluZXMpO1xuICAgICAgY3VycmVudCA9IHsgY2hhcHRlcjogY3VycmVudC5jaGFwdGVyLCBwYXJ0OiAnYm9keScgfTtcbiAgICB9IGVsc2UgaWYgKCF0aXRsZVNlZW4gJiYgY2hhcHRlcnMubGVuZ3RoID09PSAwICYmIChUSVRMRV9IRUFESU5HLnRlc3QoaGVhZGluZy50ZXh0KSB8fCBoZWFkaW5nLmxldmVsID09PSAxKSkge1xuICAgICAgdGl0bGVTZWVuID0gdHJ1ZTtcbiAgICAgIHByZWFtYmxlTGluZXMucHVzaCguLi5saW5lcyk7XG4gICAgfSBlbHNlIGlmIChjdXJyZW50ICYmIGhlYWRpbmcubGV2ZWwgPiBjdXJyZW50LmNoYXB0ZXIuaGVhZGluZy5sZXZlbCkge1xuICAgICAgY3VycmVudC5jaGFwdGVyLmV4dHJhcy5wdXNoKGV4dHJhU2VjdGlvbihzZWN0aW9uKSk7XG4gICAgICBjdXJyZW50ID0geyBjaGFwdGVyOiBjdXJyZW50LmNoYXB0ZXIsIHBhcnQ6ICdleHRyYScgfTtcbiAgICB9IGVsc2Uge1xuICAgICAgZXh0cmFzLnB1c2goZXh0cmFTZWN0aW9uKHNlY3Rpb24pKTtcbiAgICAgIGN1cnJlbnQgPSB1bmRlZmluZWQ7XG4gICAgfVxuICB9XG5cbiAgaWYgKGNoYXB0ZXJzLmxlbmd0aCA9PT0gMCkge1xuICAgIHJldHVybiB7IG9rOiBmYWxzZSwgcHJvYmxlbXM6IFt7IGZpZWxkOiAnY2hhcHRlcnMnLCBtZXNzYWdlOiBgJHtmaWxlfSBoYXMgbm8gY2hhcHRlcnM6IGFkZCBvbmUgYXMgXCIjIyBDaGFwdGVyIDE6IFRpdGxlXCIgd2l0aCBhIHN1bW1hcnkgYmVsb3cgaXRgIH1dIH07XG4gIH1cbiAgcHJvYmxlbXMucHVzaCguLi5kdXBsaWNhdGVQcm9ibGVtcyhjaGFwdGVycywgZmlsZSkpO1xuXG4gIGNvbnN0IHJhd0NoYXB0ZXJzID0gY2hhcHRlcnMubWFwKChjKSA9PiByZWFkQ2hhcHRlcihjLCBmaWxlLCBwcm9ibGVtcywgb3B0aW9ucy50YXJnZXRXb3Jkc1BlckNoYXB0ZXIpKTtcbiAgaWYgKHByb2JsZW1zLmxlbmd0aCA+IDApIHJldHVybiB7IG9rOiBmYWxzZSwgcHJvYmxlbXMgfTtcbiAgY29uc3QgY29tcGxldGVkID0gY29tcGxldGVPdXRsaW5lKHsgY2hhcHRlcnM6IHJhd0NoYXB0ZXJzLCAuLi5leHRyYXNPZihwcmVhbWJsZUxpbmVzLCBleHRyYXMpIH0sIG9wdGlvbnMpO1xuICBpZiAoIWNvbXBsZXRlZC5vaykgcmV0dXJuIHsgb2s6IGZhbHNlLCBwcm9ibGVtczogY29tcGxldGVkLnByb2JsZW1zLm1hcCgocCkgPT4gbmFtZWRCeUhlYWRpbmcocCwgY2hhcHRlcnMsIGZpbGUpKSB9O1xuICByZXR1cm4geyBvazogdHJ1ZSwgdmFsdWU6IGNvbXBsZXRlZC52YWx1ZSB9O1xufVxuXG5mdW5jdGlvbiByZWFkQ2hhcHRlckhlYWRpbmcodGV4dDogc3RyaW5nKTogeyBudW1iZXI6IG51bWJlcjsgdGl0bGU6IHN0cmluZyB9IHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgbSA9IENIQVBURVJfSEVBRElORy5leGVjKHRleHQpO1xuICBjb25zdCBudW1iZXJlZCA9IG0gPyB1bmRlZmluZWQgOiBOVU1CRVJFRF9IRUFESU5HLmV4ZWModGV4dCk7XG4gIGNvbnN0IG51bWJlciA9IG0gPyBjaGFwdGVyTnVtYmVyKG1bMV0hKSA6IG51bWJlcmVkID8gTnVtYmVyKG51bWJlcmVkWzFdKSA6IHVuZGVmaW5lZDtcbiAgaWYgKG51bWJlciA9PT0gdW5kZWZpbmVkIHx8IG51bWJlciA8IDEpIHJldHVybiB1bmRlZmluZWQ7XG4gIHJldHVybiB7IG51bWJlciwgdGl0bGU6IG5vcm1hbGl6ZUxpbmUoKG0gPyBtWzJdIDogbnVtYmVyZWQhWzJdKSA/PyAnJykgfTtcbn1cblxuZnVuY3Rpb24gZHVwbGljYXRlUHJvYmxlbXMoY2hhcHRlcnM6IHJlYWRvbmx5IENoYXB0ZXJEcmFmdFtdLCBmaWxlOiBzdHJpbmcpOiBQcm9ibGVtW10ge1xuICBjb25zdCBzZWVuID0gbmV3IE1hcDxudW1iZXIsIENoYXB0ZXJEcmFmdD4oKTtcbiAgY29uc3QgcHJvYmxlbXM6IFByb2JsZW1bXSA9IFtdO1xuICBmb3IgKGNvbnN0IGMgb2YgY2hhcHRlcnMpIHtcbiAgICBjb25zdCBmaXJzdCA9IHNlZW4uZ2V0KGMubnVtYmVyKTtcbiAgICBpZiAoZmlyc3QpIHtcbiAgICAgIHByb2JsZW1zLnB1c2goe1xuICAgICAgICBmaWVsZDogYGNoYXB0ZXJbJHtjLm51bWJlcn1dYCxcbiAgICAgICAgbGluZTogYy5oZWFkaW5nLmxpbmUsXG4gICAgICAgIG1lc3NhZ2U6IGAke2ZpbGV9IGxpbmUgJHtjLmhlYWRpbmcubGluZX06IFwiJHtjLmhlYWRpbmcudGV4dH1cIiBoYXMgdGhlIHNhbWUgbnVtYmVyIGFzIFwiJHtmaXJzdC5oZWFkaW5nLnRleHR9XCIgKGxpbmUgJHtmaXJzdC5oZWFkaW5nLmxpbmV9KTogcmVudW1iZXIgb25lIG9mIHRoZW1gLFxuICAgICAgfSk7XG4gICAgfSBlbHNlIHtcbiAgICAgIHNlZW4uc2V0KGMubnVtYmVyLCBjKTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHByb2JsZW1zO1xufVxuXG4vKiogVGhlIGNoYXB0ZXIncyBmaWVsZHMgZnJvbSBpdHMgbGluZXM7IGEgdGFyZ2V0LXdvcmRzIGxpbmUgdGhhdCBpcyBub3QgYSBudW1iZXIgaXMgYSBwcm9ibGVtLiAqL1xuZnVuY3Rpb24gcmVhZENoYXB0ZXIoYzogQ2hhcHRlckRyYWZ0LCBmaWxlOiBzdHJpbmcsIHByb2JsZW1zOiBQcm9ibGVtW10sIGZhbGxiYWNrV29yZHM6IG51bWJlciB8IHVuZGVmaW5lZCk6IFJlY29yZDxzdHJpbmcsIHVua25vd24+IHtcbiAgY29uc3Qgc3VtbWFyeTogc3RyaW5nW10gPSBbXTtcbiAgY29uc3QgYmVhdHM6IHN0cmluZ1tdID0gW107XG4gIGxldCB0YXJnZXRXb3JkczogbnVtYmVyIHwgdW5kZWZpbmVkO1xuICBsZXQgcG92OiBzdHJpbmcgfCB1bmRlZmluZWQ7XG5cbiAgY29uc3QgdGFrZU1ldGEgPSAodGV4dDogc3RyaW5nLCBsaW5lOiBudW1iZXIpOiBib29sZWFuID0+IHtcbiAgICBjb25zdCBsYWJlbCA9IHNwbGl0TGFiZWwodGV4dCk7XG4gICAgY29uc3Qga2V5ID0gbGFiZWwgJiYgbGFiZWxLZXkobGFiZWwubGFiZWwpO1xuICAgIGlmICghbGFiZWwgfHwgIWtleSkgcmV0dXJuIGZhbHNlO1xuICAgIGlmIChUQVJHRVRfTEFCRUxTLmhhcyhrZXkpKSB7XG4gICAgICB0YXJnZXRXb3JkcyA9IHJlYWROdW1iZXIobGFiZWwudmFsdWUpO1xuICAgICAgaWYgKHRhcmdldFdvcmRzID09PSB1bmRlZmluZWQpIHtcbiAgICAgICAgcHJvYmxlbXMucHVzaCh7IGZpZWxkOiBgY2hhcHRlclske2MubnVtYmVyfV0udGFyZ2V0V29yZHNgLCBsaW5lLCBtZXNzYWdlOiBgJHtmaWxlfSBsaW5lICR7bGluZX06IFwiJHt0ZXh0fVwiIHNob3VsZCBnaXZlIGEgbnVtYmVyLCBsaWtlIFwiKipUYXJnZXQgd29yZHM6KiogMTgwMFwiYCB9KTtcbiAgICAgIH1cbiAgICAgIHJldHVybiB0cnVlO1xuICAgIH1cbiAgICBpZiAoUE9WX0xBQkVMUy5oYXMoa2V5KSkge1xuICAgICAgcG92ID0gbm9ybWFsaXplTGluZShsYWJlbC52YWx1ZSk7XG4gICAgICByZXR1cm4gdHJ1ZTtcbiAgICB9XG4gICAgcmV0dXJuIGZhbHNlO1xuICB9O1xuXG4gIGZvciAoY29uc3QgYmxvY2sgb2YgcmVhZEJsb2NrcyhjLmJvZHkpKSB7XG4gICAgY29uc3QgdGV4dCA9IG5vcm1hbGl6ZVRleHQodW5lc2NhcGVUZXh0KGJsb2NrLnRleHQpKTtcbiAgICBpZiAoYmxvY2sua2luZCA9PT0gJ2l0ZW0nKSB7XG4gICAgICBpZiAoIXRha2VNZXRhKHRleHQsIGJsb2NrLmxpbmUpKSBiZWF0cy5wdXNoKHRleHQpO1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIC8vIE1ldGEgbGluZXMgbWF5IHNpdCBpbnNpZGUgYSBwYXJhZ3JhcGggKG5vIGJsYW5rIGxpbmUgYXJvdW5kIHRoZW0pOiB0YWtlIHRoZW0gb3V0IGxpbmUgYnkgbGluZS5cbiAgICBjb25zdCByZXN0ID0gdGV4dC5zcGxpdCgnXFxuJykuZmlsdGVyKChsaW5lVGV4dCwgaSkgPT4gIXRha2VNZXRhKGxpbmVUZXh0LCBibG9jay5saW5lICsgaSkpO1xuICAgIGlmIChyZXN0Lmxlbmd0aCA+IDAgJiYgcmVzdC5qb2luKCcnKS50cmltKCkgIT09ICcnKSBzdW1tYXJ5LnB1c2gobm9ybWFsaXplVGV4dChyZXN0LmpvaW4oJ1xcbicpLnJlcGxhY2UoL15cXHMqKD86XFwqXFwqfF9fKT9zdW1tYXJ5KD86XFwqXFwqfF9fKT9cXHMqOig/OlxcKlxcKnxfXyk/XFxzKi9pLCAnJykpKTtcbiAgfVxuICBmb3IgKGNvbnN0IGJsb2NrIG9mIHJlYWRCbG9ja3MoYy5iZWF0cykpIHtcbiAgICBjb25zdCB0ZXh0ID0gbm9ybWFsaXplVGV4dCh1bmVzY2FwZVRleHQoYmxvY2sudGV4dCkpO1xuICAgIC8vIFVuZGVyIFwiQmVhdHNcIiBldmVyeSBidWxsZXQgaXMgYSBiZWF0OyBvbmx5IGEgbG9vc2UgbGluZSBjYW4gYmUgYSB0YXJnZXQtd29yZHMgbGluZS5cbiAgICBpZiAodGV4dCAhPT0gJycgJiYgKGJsb2NrLmtpbmQgPT09ICdpdGVtJyB8fCAhdGFrZU1ldGEodGV4dCwgYmxvY2subGluZSkpKSBiZWF0cy5wdXNoKHRleHQpO1xuICB9XG5cbiAgaWYgKHRhcmdldFdvcmRzID09PSB1bmRlZmluZWQgJiYgZmFsbGJhY2tXb3JkcyA9PT0gdW5kZWZpbmVkICYmICFwcm9ibGVtcy5zb21lKChwKSA9PiBwLmZpZWxkID09PSBgY2hhcHRlclske2MubnVtYmVyfV0udGFyZ2V0V29yZHNgKSkge1xuICAgIHByb2JsZW1zLnB1c2goe1xuICAgICAgZmllbGQ6IGBjaGFwdGVyWyR7Yy5udW1iZXJ9XS50YXJnZXRXb3Jkc2AsXG4gICAgICBsaW5lOiBjLmhlYWRpbmcubGluZSxcbiAgICAgIG1lc3NhZ2U6IGAke2ZpbGV9IGxpbmUgJHtjLmhlYWRpbmcubGluZX06IFwiJHtjLmhlYWRpbmcudGV4dH1cIiBoYXMgbm8gdGFyZ2V0IGxlbmd0aDogYWRkIGEgbGluZSBsaWtlIFwiKipUYXJnZXQgd29yZHM6KiogMTgwMFwiYCxcbiAgICB9KTtcbiAgfVxuICByZXR1cm4ge1xuICAgIG51bWJlcjogYy5udW1iZXIsXG4gICAgdGl0bGU6IGMudGl0bGUsXG4gICAgc3VtbWFyeTogc3VtbWFyeS5qb2luKCdcXG5cXG4nKSxcbiAgICBiZWF0cyxcbiAgICAuLi4odGFyZ2V0V29yZHMgIT09IHVuZGVmaW5lZCA/IHsgdGFyZ2V0V29yZHMgfSA6IHt9KSxcbiAgICAuLi4ocG92ID8geyBwb3YgfSA6IHt9KSxcbiAgICAuLi4oYy5leHRyYXMubGVuZ3RoID4gMCA/IHsgZXh0cmFTZWN0aW9uczogYy5leHRyYXMgfSA6IHt9KSxcbiAgfTtcbn1cblxuLyoqIFwiMTgwMFwiLCBcIjEsODAwXCIsIFwiYWJvdXQgMTgwMCB3b3Jkc1wiIFx1MjE5MiAxODAwLiAqL1xuZnVuY3Rpb24gcmVhZE51bWJlcih0ZXh0OiBzdHJpbmcpOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICBjb25zdCBtID0gL1xcZHsxLDN9KD86WywuXFx1MDBhMFxcdTIwMmYgXVxcZHszfSkrKD8hXFxkKXxcXGQrLy5leGVjKHRleHQpO1xuICByZXR1cm4gbSA/IE51bWJlcihtWzBdLnJlcGxhY2UoL1teXFxkXS9nLCAnJykpIDogdW5kZWZpbmVkO1xufVxuXG4vKiogUmV3cml0ZXMgYG91dGxpbmU6IGNoYXB0ZXJzWzFdIFx1MjAyNmAgYXMgdGhlIGhlYWRpbmcgdGhlIHdyaXRlciBzZWVzLiAqL1xuZnVuY3Rpb24gbmFtZWRCeUhlYWRpbmcocHJvYmxlbTogUHJvYmxlbSwgY2hhcHRlcnM6IHJlYWRvbmx5IENoYXB0ZXJEcmFmdFtdLCBmaWxlOiBzdHJpbmcpOiBQcm9ibGVtIHtcbiAgY29uc3QgbSA9IC9eY2hhcHRlcnNcXFsoXFxkKylcXF0vLmV4ZWMocHJvYmxlbS5maWVsZCk7XG4gIGNvbnN0IGNoYXB0ZXIgPSBtID8gY2hhcHRlcnNbTnVtYmVyKG1bMV0pXSA6IHVuZGVmaW5lZDsgLy8gcmF3IGNoYXB0ZXJzIGFyZSBpbiBkb2N1bWVudCBvcmRlclxuICBpZiAoIWNoYXB0ZXIpIHJldHVybiBwcm9ibGVtO1xuICBjb25zdCB3aHkgPSBwcm9ibGVtLm1lc3NhZ2UucmVwbGFjZSgvXm91dGxpbmU6IGBbXmBdKmBcXHMqLywgJycpO1xuICByZXR1cm4geyBmaWVsZDogcHJvYmxlbS5maWVsZCwgbGluZTogY2hhcHRlci5oZWFkaW5nLmxpbmUsIG1lc3NhZ2U6IGAke2ZpbGV9IGxpbmUgJHtjaGFwdGVyLmhlYWRpbmcubGluZX06IFwiJHtjaGFwdGVyLmhlYWRpbmcudGV4dH1cIiAke3doeX1gIH07XG59XG5cbmNvbnN0IE5VTUJFUl9XT1JEUyA9IFsnb25lJywgJ3R3bycsICd0aHJlZScsICdmb3VyJywgJ2ZpdmUnLCAnc2l4JywgJ3NldmVuJywgJ2VpZ2h0JywgJ25pbmUnLCAndGVuJywgJ2VsZXZlbicsICd0d2VsdmUnLCAndGhpcnRlZW4nLCAnZm91cnRlZW4nLCAnZmlmdGVlbicsICdzaXh0ZWVuJywgJ3NldmVudGVlbicsICdlaWdodGVlbicsICduaW5ldGVlbicsICd0d2VudHknXTtcbmNvbnN0IFJPTUFOOiBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCBudW1iZXI+PiA9IHsgaTogMSwgdjogNSwgeDogMTAsIGw6IDUwLCBjOiAxMDAgfTtcblxuLyoqIFwiN1wiLCBcIlZJSVwiIG9yIFwic2V2ZW5cIiBcdTIxOTIgNzsgdW5kZWZpbmVkIGZvciBhbnl0aGluZyBlbHNlLiAqL1xuZnVuY3Rpb24gY2hhcHRlck51bWJlcih0b2tlbjogc3RyaW5nKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgdCA9IHRva2VuLnRvTG93ZXJDYXNlKCk7XG4gIGlmICgvXlxcZCskLy50ZXN0KHQpKSByZXR1cm4gTnVtYmVyKHQpO1xuICBjb25zdCB3b3JkID0gTlVNQkVSX1dPUkRTLmluZGV4T2YodCk7XG4gIGlmICh3b3JkID49IDApIHJldHVybiB3b3JkICsgMTtcbiAgaWYgKCEvXltpdnhsY10rJC8udGVzdCh0KSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgbGV0IHRvdGFsID0gMDtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCB0Lmxlbmd0aDsgaSsrKSB7XG4gICAgY29uc3QgdiA9IFJPTUFOW3RbaV0hXSE7XG4gICAgY29uc3QgbmV4dCA9IFJPTUFOW3RbaSArIDFdID8/ICcnXSA/PyAwO1xuICAgIHRvdGFsICs9IHYgPCBuZXh0ID8gLXYgOiB2O1xuICB9XG4gIC8vIE9ubHkgd2VsbC1mb3JtZWQgbnVtZXJhbHM6IFwiQ2hhcHRlciBDaXZpbCBXYXJcIiBpcyBub3QgY2hhcHRlciAxNTMuXG4gIHJldHVybiB0b1JvbWFuKHRvdGFsKSA9PT0gdCA/IHRvdGFsIDogdW5kZWZpbmVkO1xufVxuXG5mdW5jdGlvbiB0b1JvbWFuKG46IG51bWJlcik6IHN0cmluZyB7XG4gIGNvbnN0IHBhcnRzOiBBcnJheTxbbnVtYmVyLCBzdHJpbmddPiA9IFtbMTAwLCAnYyddLCBbOTAsICd4YyddLCBbNTAsICdsJ10sIFs0MCwgJ3hsJ10sIFsxMCwgJ3gnXSwgWzksICdpeCddLCBbNSwgJ3YnXSwgWzQsICdpdiddLCBbMSwgJ2knXV07XG4gIGxldCBvdXQgPSAnJztcbiAgZm9yIChjb25zdCBbdmFsdWUsIG51bWVyYWxdIG9mIHBhcnRzKSB7XG4gICAgd2hpbGUgKG4gPj0gdmFsdWUpIHtcbiAgICAgIG91dCArPSBudW1lcmFsO1xuICAgICAgbiAtPSB2YWx1ZTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUVBLG9CQUF1QztBQUN2QyxvQkFBK0U7QUFDL0Usc0JBQTRFO0FBQzVFLGtCQUFzSDtBQUN0SCxxQkFBeUY7QUFDekYsd0JBQTBCO0FBYzFCLE1BQU0sa0JBQWtCO0FBQ3hCLE1BQU0sbUJBQW1CO0FBQ3pCLE1BQU0sZ0JBQWdCO0FBRXRCLE1BQU0sY0FBYyxvQkFBSSxJQUFJLENBQUMsU0FBUyxhQUFhLGVBQWUsZUFBZSxjQUFjLFVBQVUsVUFBVSxhQUFhLENBQUM7QUFDakksTUFBTSxnQkFBZ0Isb0JBQUksSUFBSSxDQUFDLFdBQVcsWUFBWSxZQUFZLGNBQWMsQ0FBQztBQUNqRixNQUFNLGdCQUFnQixvQkFBSSxJQUFJLENBQUMsZ0JBQWdCLFVBQVUsU0FBUyxjQUFjLHFCQUFxQixVQUFVLGVBQWUsQ0FBQztBQUMvSCxNQUFNLGFBQWEsb0JBQUksSUFBSSxDQUFDLGlCQUFpQixPQUFPLGFBQWEsaUJBQWlCLFlBQVkscUJBQXFCLENBQUM7QUFJN0csU0FBUyxjQUFjLFNBQWtCLFVBQWlDLENBQUMsR0FBVztBQUMzRixRQUFNLFFBQVEsS0FBQywrQkFBYyxHQUFHLFFBQVEsUUFBUSxZQUFZLFFBQVEsS0FBSyxLQUFLLFNBQVMsQ0FBQztBQUN4RixNQUFJLFFBQVEsU0FBVSxPQUFNLEtBQUssUUFBUSxRQUFRO0FBQ2pELFFBQU0sS0FBSyxHQUFHLFFBQVEsU0FBUyxJQUFJLGtCQUFrQixDQUFDO0FBQ3RELFFBQU0sS0FBSyxPQUFHLG1DQUFvQixRQUFRLGFBQWEsQ0FBQztBQUN4RCxTQUFPLEdBQUcsTUFBTSxLQUFLLE1BQU0sQ0FBQztBQUFBO0FBQzlCO0FBRUEsU0FBUyxtQkFBbUIsR0FBMkI7QUFDckQsUUFBTSxRQUFRLEtBQUMsK0JBQWMsR0FBRyxFQUFFLFFBQVEsV0FBVyxFQUFFLE1BQU0sS0FBSyxFQUFFLEtBQUssS0FBSyxXQUFXLEVBQUUsTUFBTSxFQUFFLENBQUM7QUFDcEcsTUFBSSxFQUFFLFFBQVMsT0FBTSxTQUFLLHdCQUFXLEVBQUUsU0FBUyxFQUFFLE9BQU8sS0FBSyxDQUFDLENBQUM7QUFDaEUsUUFBTSxTQUFLLHlCQUFZLGdCQUFnQixPQUFPLEVBQUUsV0FBVyxDQUFDLENBQUM7QUFDN0QsTUFBSSxFQUFFLElBQUssT0FBTSxTQUFLLHlCQUFZLGlCQUFpQixFQUFFLEdBQUcsQ0FBQztBQUN6RCxNQUFJLEVBQUUsTUFBTSxTQUFTLEdBQUc7QUFDdEIsVUFBTSxTQUFLLCtCQUFjLEdBQUcsT0FBTyxHQUFHLEVBQUUsTUFBTSxJQUFJLENBQUMsVUFBTSw4QkFBVyx3QkFBVyxHQUFHLEVBQUUsT0FBTyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsS0FBSyxJQUFJLENBQUM7QUFBQSxFQUNsSDtBQUNBLFFBQU0sS0FBSyxPQUFHLG1DQUFvQixFQUFFLGFBQWEsQ0FBQztBQUNsRCxTQUFPLE1BQU0sS0FBSyxNQUFNO0FBQzFCO0FBY08sU0FBUyxhQUFhLE1BQWMsVUFBK0IsQ0FBQyxHQUF5QjtBQUNsRyxRQUFNLE9BQU8sUUFBUSxZQUFRLDZCQUFVLFNBQVM7QUFDaEQsUUFBTSxFQUFFLFVBQVUsU0FBUyxRQUFJLCtCQUFjLElBQUk7QUFDakQsUUFBTSxnQkFBZ0IsQ0FBQyxHQUFHLFFBQVE7QUFDbEMsUUFBTSxTQUF5QixDQUFDO0FBQ2hDLFFBQU0sV0FBMkIsQ0FBQztBQUNsQyxRQUFNLFdBQXNCLENBQUM7QUFDN0IsTUFBSSxZQUFZO0FBRWhCLE1BQUk7QUFFSixhQUFXLFdBQVcsVUFBVTtBQUM5QixVQUFNLEVBQUUsU0FBUyxNQUFNLElBQUk7QUFDM0IsVUFBTSxVQUFNLHdCQUFXLFFBQVEsSUFBSTtBQUNuQyxVQUFNLGlCQUFpQixtQkFBbUIsUUFBUSxJQUFJO0FBQ3RELFFBQUksZ0JBQWdCO0FBQ2xCLFlBQU0sVUFBd0IsRUFBRSxTQUFTLEdBQUcsZ0JBQWdCLE1BQU0sQ0FBQyxHQUFHLEtBQUssR0FBRyxPQUFPLENBQUMsR0FBRyxRQUFRLENBQUMsRUFBRTtBQUNwRyxlQUFTLEtBQUssT0FBTztBQUNyQixnQkFBVSxFQUFFLFNBQVMsTUFBTSxPQUFPO0FBQUEsSUFDcEMsV0FBVyxXQUFXLFlBQVksSUFBSSxHQUFHLEdBQUc7QUFDMUMsY0FBUSxRQUFRLE1BQU0sS0FBSyxHQUFHLEtBQUs7QUFDbkMsZ0JBQVUsRUFBRSxTQUFTLFFBQVEsU0FBUyxNQUFNLFFBQVE7QUFBQSxJQUN0RCxXQUFXLFdBQVcsY0FBYyxJQUFJLEdBQUcsR0FBRztBQUM1QyxjQUFRLFFBQVEsS0FBSyxLQUFLLEVBQUUsTUFBTSxJQUFJLE1BQU0sUUFBUSxLQUFLLEdBQUcsR0FBRyxLQUFLO0FBQ3BFLGdCQUFVLEVBQUUsU0FBUyxRQUFRLFNBQVMsTUFBTSxPQUFPO0FBQUEsSUFDckQsV0FBVyxDQUFDLGFBQWEsU0FBUyxXQUFXLE1BQU0sY0FBYyxLQUFLLFFBQVEsSUFBSSxLQUFLLFFBQVEsVUFBVSxJQUFJO0FBQzNHLGtCQUFZO0FBQ1osb0JBQWMsS0FBSyxHQUFHLEtBQUs7QUFBQSxJQUM3QixXQUFXLFdBQVcsUUFBUSxRQUFRLFFBQVEsUUFBUSxRQUFRLE9BQU87QUFDbkUsY0FBUSxRQUFRLE9BQU8sU0FBSyw0QkFBYSxPQUFPLENBQUM7QUFDakQsZ0JBQVUsRUFBRSxTQUFTLFFBQVEsU0FBUyxNQUFNLFFBQVE7QUFBQSxJQUN0RCxPQUFPO0FBQ0wsYUFBTyxTQUFLLDRCQUFhLE9BQU8sQ0FBQztBQUNqQyxnQkFBVTtBQUFBLElBQ1o7QUFBQSxFQUNGO0FBRUEsTUFBSSxTQUFTLFdBQVcsR0FBRztBQUN6QixXQUFPLEVBQUUsSUFBSSxPQUFPLFVBQVUsQ0FBQyxFQUFFLE9BQU8sWUFBWSxTQUFTLEdBQUcsSUFBSSw2RUFBNkUsQ0FBQyxFQUFFO0FBQUEsRUFDdEo7QUFDQSxXQUFTLEtBQUssR0FBRyxrQkFBa0IsVUFBVSxJQUFJLENBQUM7QUFFbEQsUUFBTSxjQUFjLFNBQVMsSUFBSSxDQUFDLE1BQU0sWUFBWSxHQUFHLE1BQU0sVUFBVSxRQUFRLHFCQUFxQixDQUFDO0FBQ3JHLE1BQUksU0FBUyxTQUFTLEVBQUcsUUFBTyxFQUFFLElBQUksT0FBTyxTQUFTO0FBQ3RELFFBQU0sZ0JBQVksZ0NBQWdCLEVBQUUsVUFBVSxhQUFhLE9BQUcsd0JBQVMsZUFBZSxNQUFNLEVBQUUsR0FBRyxPQUFPO0FBQ3hHLE1BQUksQ0FBQyxVQUFVLEdBQUksUUFBTyxFQUFFLElBQUksT0FBTyxVQUFVLFVBQVUsU0FBUyxJQUFJLENBQUMsTUFBTSxlQUFlLEdBQUcsVUFBVSxJQUFJLENBQUMsRUFBRTtBQUNsSCxTQUFPLEVBQUUsSUFBSSxNQUFNLE9BQU8sVUFBVSxNQUFNO0FBQzVDO0FBRUEsU0FBUyxtQkFBbUIsTUFBNkQ7QUFDdkYsUUFBTSxJQUFJLGdCQUFnQixLQUFLLElBQUk7QUFDbkMsUUFBTSxXQUFXLElBQUksU0FBWSxpQkFBaUIsS0FBSyxJQUFJO0FBQzNELFFBQU0sU0FBUyxJQUFJLGNBQWMsRUFBRSxDQUFDLENBQUUsSUFBSSxXQUFXLE9BQU8sU0FBUyxDQUFDLENBQUMsSUFBSTtBQUMzRSxNQUFJLFdBQVcsVUFBYSxTQUFTLEVBQUcsUUFBTztBQUMvQyxTQUFPLEVBQUUsUUFBUSxXQUFPLDRCQUFlLElBQUksRUFBRSxDQUFDLElBQUksU0FBVSxDQUFDLE1BQU0sRUFBRSxFQUFFO0FBQ3pFO0FBRUEsU0FBUyxrQkFBa0IsVUFBbUMsTUFBeUI7QUFDckYsUUFBTSxPQUFPLG9CQUFJLElBQTBCO0FBQzNDLFFBQU0sV0FBc0IsQ0FBQztBQUM3QixhQUFXLEtBQUssVUFBVTtBQUN4QixVQUFNLFFBQVEsS0FBSyxJQUFJLEVBQUUsTUFBTTtBQUMvQixRQUFJLE9BQU87QUFDVCxlQUFTLEtBQUs7QUFBQSxRQUNaLE9BQU8sV0FBVyxFQUFFLE1BQU07QUFBQSxRQUMxQixNQUFNLEVBQUUsUUFBUTtBQUFBLFFBQ2hCLFNBQVMsR0FBRyxJQUFJLFNBQVMsRUFBRSxRQUFRLElBQUksTUFBTSxFQUFFLFFBQVEsSUFBSSw2QkFBNkIsTUFBTSxRQUFRLElBQUksV0FBVyxNQUFNLFFBQVEsSUFBSTtBQUFBLE1BQ3pJLENBQUM7QUFBQSxJQUNILE9BQU87QUFDTCxXQUFLLElBQUksRUFBRSxRQUFRLENBQUM7QUFBQSxJQUN0QjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFHQSxTQUFTLFlBQVksR0FBaUIsTUFBYyxVQUFxQixlQUE0RDtBQUNuSSxRQUFNLFVBQW9CLENBQUM7QUFDM0IsUUFBTSxRQUFrQixDQUFDO0FBQ3pCLE1BQUk7QUFDSixNQUFJO0FBRUosUUFBTSxXQUFXLENBQUMsTUFBYyxTQUEwQjtBQUN4RCxVQUFNLFlBQVEsd0JBQVcsSUFBSTtBQUM3QixVQUFNLE1BQU0sYUFBUyxzQkFBUyxNQUFNLEtBQUs7QUFDekMsUUFBSSxDQUFDLFNBQVMsQ0FBQyxJQUFLLFFBQU87QUFDM0IsUUFBSSxjQUFjLElBQUksR0FBRyxHQUFHO0FBQzFCLG9CQUFjLFdBQVcsTUFBTSxLQUFLO0FBQ3BDLFVBQUksZ0JBQWdCLFFBQVc7QUFDN0IsaUJBQVMsS0FBSyxFQUFFLE9BQU8sV0FBVyxFQUFFLE1BQU0saUJBQWlCLE1BQU0sU0FBUyxHQUFHLElBQUksU0FBUyxJQUFJLE1BQU0sSUFBSSx3REFBd0QsQ0FBQztBQUFBLE1BQ25LO0FBQ0EsYUFBTztBQUFBLElBQ1Q7QUFDQSxRQUFJLFdBQVcsSUFBSSxHQUFHLEdBQUc7QUFDdkIsZ0JBQU0sMkJBQWMsTUFBTSxLQUFLO0FBQy9CLGFBQU87QUFBQSxJQUNUO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFFQSxhQUFXLGFBQVMsMEJBQVcsRUFBRSxJQUFJLEdBQUc7QUFDdEMsVUFBTSxXQUFPLCtCQUFjLDBCQUFhLE1BQU0sSUFBSSxDQUFDO0FBQ25ELFFBQUksTUFBTSxTQUFTLFFBQVE7QUFDekIsVUFBSSxDQUFDLFNBQVMsTUFBTSxNQUFNLElBQUksRUFBRyxPQUFNLEtBQUssSUFBSTtBQUNoRDtBQUFBLElBQ0Y7QUFFQSxVQUFNLE9BQU8sS0FBSyxNQUFNLElBQUksRUFBRSxPQUFPLENBQUMsVUFBVSxNQUFNLENBQUMsU0FBUyxVQUFVLE1BQU0sT0FBTyxDQUFDLENBQUM7QUFDekYsUUFBSSxLQUFLLFNBQVMsS0FBSyxLQUFLLEtBQUssRUFBRSxFQUFFLEtBQUssTUFBTSxHQUFJLFNBQVEsU0FBSywyQkFBYyxLQUFLLEtBQUssSUFBSSxFQUFFLFFBQVEsMkRBQTJELEVBQUUsQ0FBQyxDQUFDO0FBQUEsRUFDeEs7QUFDQSxhQUFXLGFBQVMsMEJBQVcsRUFBRSxLQUFLLEdBQUc7QUFDdkMsVUFBTSxXQUFPLCtCQUFjLDBCQUFhLE1BQU0sSUFBSSxDQUFDO0FBRW5ELFFBQUksU0FBUyxPQUFPLE1BQU0sU0FBUyxVQUFVLENBQUMsU0FBUyxNQUFNLE1BQU0sSUFBSSxHQUFJLE9BQU0sS0FBSyxJQUFJO0FBQUEsRUFDNUY7QUFFQSxNQUFJLGdCQUFnQixVQUFhLGtCQUFrQixVQUFhLENBQUMsU0FBUyxLQUFLLENBQUMsTUFBTSxFQUFFLFVBQVUsV0FBVyxFQUFFLE1BQU0sZUFBZSxHQUFHO0FBQ3JJLGFBQVMsS0FBSztBQUFBLE1BQ1osT0FBTyxXQUFXLEVBQUUsTUFBTTtBQUFBLE1BQzFCLE1BQU0sRUFBRSxRQUFRO0FBQUEsTUFDaEIsU0FBUyxHQUFHLElBQUksU0FBUyxFQUFFLFFBQVEsSUFBSSxNQUFNLEVBQUUsUUFBUSxJQUFJO0FBQUEsSUFDN0QsQ0FBQztBQUFBLEVBQ0g7QUFDQSxTQUFPO0FBQUEsSUFDTCxRQUFRLEVBQUU7QUFBQSxJQUNWLE9BQU8sRUFBRTtBQUFBLElBQ1QsU0FBUyxRQUFRLEtBQUssTUFBTTtBQUFBLElBQzVCO0FBQUEsSUFDQSxHQUFJLGdCQUFnQixTQUFZLEVBQUUsWUFBWSxJQUFJLENBQUM7QUFBQSxJQUNuRCxHQUFJLE1BQU0sRUFBRSxJQUFJLElBQUksQ0FBQztBQUFBLElBQ3JCLEdBQUksRUFBRSxPQUFPLFNBQVMsSUFBSSxFQUFFLGVBQWUsRUFBRSxPQUFPLElBQUksQ0FBQztBQUFBLEVBQzNEO0FBQ0Y7QUFHQSxTQUFTLFdBQVcsTUFBa0M7QUFDcEQsUUFBTSxJQUFJLCtDQUErQyxLQUFLLElBQUk7QUFDbEUsU0FBTyxJQUFJLE9BQU8sRUFBRSxDQUFDLEVBQUUsUUFBUSxVQUFVLEVBQUUsQ0FBQyxJQUFJO0FBQ2xEO0FBR0EsU0FBUyxlQUFlLFNBQWtCLFVBQW1DLE1BQXVCO0FBQ2xHLFFBQU0sSUFBSSxxQkFBcUIsS0FBSyxRQUFRLEtBQUs7QUFDakQsUUFBTSxVQUFVLElBQUksU0FBUyxPQUFPLEVBQUUsQ0FBQyxDQUFDLENBQUMsSUFBSTtBQUM3QyxNQUFJLENBQUMsUUFBUyxRQUFPO0FBQ3JCLFFBQU0sTUFBTSxRQUFRLFFBQVEsUUFBUSx3QkFBd0IsRUFBRTtBQUM5RCxTQUFPLEVBQUUsT0FBTyxRQUFRLE9BQU8sTUFBTSxRQUFRLFFBQVEsTUFBTSxTQUFTLEdBQUcsSUFBSSxTQUFTLFFBQVEsUUFBUSxJQUFJLE1BQU0sUUFBUSxRQUFRLElBQUksS0FBSyxHQUFHLEdBQUc7QUFDL0k7QUFFQSxNQUFNLGVBQWUsQ0FBQyxPQUFPLE9BQU8sU0FBUyxRQUFRLFFBQVEsT0FBTyxTQUFTLFNBQVMsUUFBUSxPQUFPLFVBQVUsVUFBVSxZQUFZLFlBQVksV0FBVyxXQUFXLGFBQWEsWUFBWSxZQUFZLFFBQVE7QUFDcE4sTUFBTSxRQUEwQyxFQUFFLEdBQUcsR0FBRyxHQUFHLEdBQUcsR0FBRyxJQUFJLEdBQUcsSUFBSSxHQUFHLElBQUk7QUFHbkYsU0FBUyxjQUFjLE9BQW1DO0FBQ3hELFFBQU0sSUFBSSxNQUFNLFlBQVk7QUFDNUIsTUFBSSxRQUFRLEtBQUssQ0FBQyxFQUFHLFFBQU8sT0FBTyxDQUFDO0FBQ3BDLFFBQU0sT0FBTyxhQUFhLFFBQVEsQ0FBQztBQUNuQyxNQUFJLFFBQVEsRUFBRyxRQUFPLE9BQU87QUFDN0IsTUFBSSxDQUFDLGFBQWEsS0FBSyxDQUFDLEVBQUcsUUFBTztBQUNsQyxNQUFJLFFBQVE7QUFDWixXQUFTLElBQUksR0FBRyxJQUFJLEVBQUUsUUFBUSxLQUFLO0FBQ2pDLFVBQU0sSUFBSSxNQUFNLEVBQUUsQ0FBQyxDQUFFO0FBQ3JCLFVBQU0sT0FBTyxNQUFNLEVBQUUsSUFBSSxDQUFDLEtBQUssRUFBRSxLQUFLO0FBQ3RDLGFBQVMsSUFBSSxPQUFPLENBQUMsSUFBSTtBQUFBLEVBQzNCO0FBRUEsU0FBTyxRQUFRLEtBQUssTUFBTSxJQUFJLFFBQVE7QUFDeEM7QUFFQSxTQUFTLFFBQVEsR0FBbUI7QUFDbEMsUUFBTSxRQUFpQyxDQUFDLENBQUMsS0FBSyxHQUFHLEdBQUcsQ0FBQyxJQUFJLElBQUksR0FBRyxDQUFDLElBQUksR0FBRyxHQUFHLENBQUMsSUFBSSxJQUFJLEdBQUcsQ0FBQyxJQUFJLEdBQUcsR0FBRyxDQUFDLEdBQUcsSUFBSSxHQUFHLENBQUMsR0FBRyxHQUFHLEdBQUcsQ0FBQyxHQUFHLElBQUksR0FBRyxDQUFDLEdBQUcsR0FBRyxDQUFDO0FBQzFJLE1BQUksTUFBTTtBQUNWLGFBQVcsQ0FBQyxPQUFPLE9BQU8sS0FBSyxPQUFPO0FBQ3BDLFdBQU8sS0FBSyxPQUFPO0FBQ2pCLGFBQU87QUFDUCxXQUFLO0FBQUEsSUFDUDtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7IiwKICAibmFtZXMiOiBbXQp9Cg==
