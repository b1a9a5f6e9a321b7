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
var briefFile_exports = {};
__export(briefFile_exports, {
  checkBrief: () => checkBrief,
  parseBrief: () => parseBrief,
  renderBrief: () => renderBrief
});
module.exports = __toCommonJS(briefFile_exports);
var import_yaml = require("yaml");
var import_frontMatter = require("../markdown/frontMatter");
var import_brief = require("./brief");
var import_problem = require("./problem");
const KEY_ALIASES = {
  title: "title",
  genre: "genre",
  tone: "tone",
  mood: "tone",
  audience: "audience",
  readers: "audience",
  pointofview: "pointOfView",
  pov: "pointOfView",
  viewpoint: "pointOfView",
  targetwords: "targetWords",
  targetwordcount: "targetWords",
  wordcount: "targetWords",
  words: "targetWords",
  length: "targetWords",
  chapters: "chapters",
  chaptercount: "chapters",
  language: "language",
  lang: "language",
  premise: "premise"
};
const normalizeKey = (key) => key.toLowerCase().replace(/[\s_-]+/g, "");
function parseBrief(text, path = "brief.md") {
  let data;
  let body;
  let hasFrontMatter;
  try {
    ({ data, body, hasFrontMatter } = (0, import_frontMatter.parseFrontMatter)(text));
  } catch (e) {
    if (!(e instanceof import_frontMatter.FrontMatterError)) throw e;
    return fail("front matter", `${path}: the front matter (between the "---" lines at the top) is broken: ${e.message}`, e.line);
  }
  const warnings = [];
  const raw = collectFields(data, path, warnings);
  body = body.replace(/\r\n?/g, "\n");
  if (!hasFrontMatter) {
    const heading = /^\s*#\s+(.+?)\s*#*\s*(?:\n|$)/.exec(body);
    if (heading) {
      raw.title = heading[1];
      body = body.slice(heading[0].length);
    }
  }
  if (raw.premise === void 0 || String(raw.premise).trim() === "") raw.premise = body;
  else if (body.trim() !== "") warnings.push(`${path}: both a \`premise\` key and body text were found; the \`premise\` key is used`);
  return checkBrief(raw, path, hasFrontMatter, warnings);
}
function checkBrief(raw, path = "brief.md", hasFrontMatter = true, warnings = []) {
  const problems = [];
  const candidate = {};
  for (const field of import_brief.BRIEF_FIELDS) {
    const value = coerceField(field, raw[field]);
    const parsed = import_brief.briefSchema.shape[field].safeParse(value);
    if (!parsed.success) problems.push({ field, message: fieldMessage(field, raw[field], path, hasFrontMatter) });
    else if (parsed.data !== void 0) candidate[field] = parsed.data;
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, brief: import_brief.briefSchema.parse(candidate), warnings };
}
function fail(field, message, line) {
  return { ok: false, problems: [line === void 0 ? { field, message } : { field, message, line }] };
}
function collectFields(data, path, warnings) {
  const raw = {};
  for (const [key, value] of Object.entries(data)) {
    const field = KEY_ALIASES[normalizeKey(key)];
    if (!field) {
      warnings.push(`${path}: unknown key \`${key}\` is ignored (known keys: ${import_brief.BRIEF_FIELDS.filter((f) => f !== "premise").join(", ")})`);
    } else if (field in raw) {
      warnings.push(`${path}: \`${key}\` repeats \`${field}\`; the first one is used`);
    } else {
      raw[field] = value;
    }
  }
  return raw;
}
function coerceField(field, value) {
  if (value === null || value === void 0) return void 0;
  if (typeof value === "string" && value.trim() === "" && field !== "premise") return void 0;
  switch (field) {
    case "targetWords":
    case "chapters":
      return typeof value === "string" ? readWholeNumber(value) ?? value : value;
    case "pointOfView":
      return typeof value === "string" ? (0, import_brief.normalizePointOfView)(value) ?? value : value;
    case "title":
    case "genre":
    case "tone":
    case "audience":
    case "language":
      return typeof value === "number" ? String(value) : value;
    default:
      return value;
  }
}
function readWholeNumber(text) {
  const m = /^\s*(\d{1,3}(?:[,_ \u00a0\u202f]\d{3})+|\d+)\s*(?:words?)?\s*$/i.exec(text);
  return m ? Number(m[1].replace(/[,_ \u00a0\u202f]/g, "")) : void 0;
}
function fieldMessage(field, value, path, hasFrontMatter) {
  if (field === "premise") {
    if (typeof value === "string" && value.length > import_brief.BRIEF_LIMITS.premiseChars) {
      return `${path}: the premise is too long (${value.length} characters; at most ${import_brief.BRIEF_LIMITS.premiseChars})`;
    }
    return `${path} has no premise: write a few sentences below the front matter`;
  }
  if (field === "title" && (value === void 0 || value === null || String(value).trim() === "")) {
    return hasFrontMatter ? `${path}: \`title\` is missing: add a line like "title: The Lighthouse Keeper" to the front matter` : `${path} has no front matter: start the file with "---", a line like "title: The Lighthouse Keeper", and "---"`;
  }
  const allowed = field === "pointOfView" ? `${import_brief.BRIEF_ALLOWED.pointOfView} (or e.g. "first person", "close third")` : import_brief.BRIEF_ALLOWED[field];
  return `${path}: \`${field}\` must be ${allowed} (found ${(0, import_problem.showValue)(value)})`;
}
const KEY_HINTS = {
  pointOfView: import_brief.POINTS_OF_VIEW.join(" | "),
  targetWords: `whole story, ${import_brief.BRIEF_LIMITS.targetWords.min} to ${import_brief.BRIEF_LIMITS.targetWords.max}`
};
const EMPTY_HINTS = {
  genre: "e.g. literary fiction, cozy mystery, space opera",
  tone: "e.g. wry and tender, bleak, playful",
  audience: "e.g. adult readers, middle grade, young adult",
  chapters: "a number from 1 to 100; leave out to let Story Writer choose"
};
function renderBrief(brief) {
  const lines = ["---"];
  for (const field of import_brief.BRIEF_FIELDS) {
    if (field === "premise") continue;
    const value = brief[field];
    if (value === void 0) {
      lines.push(`# ${field}: ${EMPTY_HINTS[field] ?? ""}`.trimEnd());
      continue;
    }
    const hint = KEY_HINTS[field];
    if (hint) lines.push(`# ${hint}`);
    lines.push((0, import_yaml.stringify)({ [field]: value }, { lineWidth: 0 }).trimEnd());
  }
  lines.push("---", "", brief.premise.replace(/\r\n?/g, "\n").trim(), "");
  return lines.join("\n");
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  checkBrief,
  parseBrief,
  renderBrief
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvc3RvcnkvYnJpZWZGaWxlLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgeyBzdHJpbmdpZnkgYXMgc3RyaW5naWZ5WWFtbCB9IGZyb20gJ3lhbWwnO1xuaW1wb3J0IHsgRnJvbnRNYXR0ZXJFcnJvciwgcGFyc2VGcm9udE1hdHRlciB9IGZyb20gJy4uL21hcmtkb3duL2Zyb250TWF0dGVyJztcbmltcG9ydCB7XG4gIEJSSUVGX0FMTE9XRUQsXG4gIEJSSUVGX0ZJRUxEUyxcbiAgQlJJRUZfTElNSVRTLFxuICBQT0lOVFNfT0ZfVklFVyxcbiAgYnJpZWZTY2hlbWEsXG4gIG5vcm1hbGl6ZVBvaW50T2ZWaWV3LFxuICB0eXBlIEJyaWVmLFxuICB0eXBlIEJyaWVmRmllbGQsXG59IGZyb20gJy4vYnJpZWYnO1xuaW1wb3J0IHsgc2hvd1ZhbHVlLCB0eXBlIFByb2JsZW0gfSBmcm9tICcuL3Byb2JsZW0nO1xuXG4vKipcbiAqIGBicmllZi5tZGAgXHUyMUM0IGBCcmllZmAuIFJlYWRpbmcgaXMgZm9yZ2l2aW5nIGFib3V0IHNwZWxsaW5nIChgdGFyZ2V0X3dvcmRzYCwgYFBPVmAsIFwiNSwwMDBcIixcbiAqIFwiY2xvc2UgdGhpcmRcIikgYmVjYXVzZSB0aGUgd3JpdGVyIHR5cGVzIHRoaXMgZmlsZSBieSBoYW5kOyB3aGF0IGl0IGNhbm5vdCByZWFkIGl0IHJlcG9ydHMgd2l0aFxuICogdGhlIGZpbGUsIHRoZSBrZXksIHdoYXQgaXMgYWxsb3dlZCBhbmQgd2hhdCB3YXMgZm91bmQuXG4gKi9cblxuZXhwb3J0IHR5cGUgQnJpZWZQYXJzZVJlc3VsdCA9XG4gIHwgeyByZWFkb25seSBvazogdHJ1ZTsgcmVhZG9ubHkgYnJpZWY6IEJyaWVmOyByZWFkb25seSB3YXJuaW5nczogcmVhZG9ubHkgc3RyaW5nW10gfVxuICB8IHsgcmVhZG9ubHkgb2s6IGZhbHNlOyByZWFkb25seSBwcm9ibGVtczogcmVhZG9ubHkgUHJvYmxlbVtdIH07XG5cbi8qKiBLZXlzIGFzIHdyaXRlcnMgdHlwZSB0aGVtIChsb3dlciBjYXNlLCBubyBgLWAsIGBfYCBvciBzcGFjZXMpIFx1MjE5MiB0aGUgZmllbGQgdGhleSBtZWFuLiAqL1xuY29uc3QgS0VZX0FMSUFTRVM6IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIEJyaWVmRmllbGQ+PiA9IHtcbiAgdGl0bGU6ICd0aXRsZScsXG4gIGdlbnJlOiAnZ2VucmUnLFxuICB0b25lOiAndG9uZScsXG4gIG1vb2Q6ICd0b25lJyxcbiAgYXVkaWVuY2U6ICdhdWRpZW5jZScsXG4gIHJlYWRlcnM6ICdhdWRpZW5jZScsXG4gIHBvaW50b2Z2aWV3OiAncG9pbnRPZlZpZXcnLFxuICBwb3Y6ICdwb2ludE9mVmlldycsXG4gIHZpZXdwb2ludDogJ3BvaW50T2ZWaWV3JyxcbiAgdGFyZ2V0d29yZHM6ICd0YXJnZXRXb3JkcycsXG4gIHRhcmdldHdvcmRjb3VudDogJ3RhcmdldFdvcmRzJyxcbiAgd29yZGNvdW50OiAndGFyZ2V0V29yZHMnLFxuICB3b3JkczogJ3RhcmdldFdvcmRzJyxcbiAgbGVuZ3RoOiAndGFyZ2V0V29yZHMnLFxuICBjaGFwdGVyczogJ2NoYXB0ZXJzJyxcbiAgY2hhcHRlcmNvdW50OiAnY2hhcHRlcnMnLFxuICBsYW5ndWFnZTogJ2xhbmd1YWdlJyxcbiAgbGFuZzogJ2xhbmd1YWdlJyxcbiAgcHJlbWlzZTogJ3ByZW1pc2UnLFxufTtcblxuY29uc3Qgbm9ybWFsaXplS2V5ID0gKGtleTogc3RyaW5nKSA9PiBrZXkudG9Mb3dlckNhc2UoKS5yZXBsYWNlKC9bXFxzXy1dKy9nLCAnJyk7XG5cbi8qKlxuICogUGFyc2VzIHRoZSB0ZXh0IG9mIGBicmllZi5tZGAuIGBwYXRoYCBpcyBvbmx5IHVzZWQgaW4gbWVzc2FnZXMsIHNvIHBhc3Mgd2hhdCB0aGUgd3JpdGVyXG4gKiByZWNvZ25pc2VzIChhIHdvcmtzcGFjZS1yZWxhdGl2ZSBwYXRoIGlzIGlkZWFsKS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlQnJpZWYodGV4dDogc3RyaW5nLCBwYXRoID0gJ2JyaWVmLm1kJyk6IEJyaWVmUGFyc2VSZXN1bHQge1xuICBsZXQgZGF0YTogUmVjb3JkPHN0cmluZywgdW5rbm93bj47XG4gIGxldCBib2R5OiBzdHJpbmc7XG4gIGxldCBoYXNGcm9udE1hdHRlcjogYm9vbGVhbjtcbiAgdHJ5IHtcbiAgICAoeyBkYXRhLCBib2R5LCBoYXNGcm9udE1hdHRlciB9ID0gcGFyc2VGcm9udE1hdHRlcih0ZXh0KSk7XG4gIH0gY2F0Y2ggKGUpIHtcbiAgICBpZiAoIShlIGluc3RhbmNlb2YgRnJvbnRNYXR0ZXJFcnJvcikpIHRocm93IGU7XG4gICAgcmV0dXJuIGZhaWwoJ2Zyb250IG1hdHRlcicsIGAke3BhdGh9OiB0aGUgZnJvbnQgbWF0dGVyIChiZXR3ZWVuIHRoZSBcIi0tLVwiIGxpbmVzIGF0IHRoZSB0b3ApIGlzIGJyb2tlbjogJHtlLm1lc3NhZ2V9YCwgZS5saW5lKTtcbiAgfVxuXG4gIGNvbnN0IHdhcm5pbmdzOiBzdHJpbmdbXSA9IFtdO1xuICBjb25zdCByYXcgPSBjb2xsZWN0RmllbGRzKGRhdGEsIHBhdGgsIHdhcm5pbmdzKTtcbiAgYm9keSA9IGJvZHkucmVwbGFjZSgvXFxyXFxuPy9nLCAnXFxuJyk7XG4gIGlmICghaGFzRnJvbnRNYXR0ZXIpIHtcbiAgICAvLyBBIGJyaWVmIHR5cGVkIGZyb20gc2NyYXRjaCBtYXkgYmUgXCIjIFRpdGxlXCIgKyBwcmVtaXNlOyB0YWtlIHRoZSBoZWFkaW5nIGFzIHRoZSB0aXRsZS5cbiAgICBjb25zdCBoZWFkaW5nID0gL15cXHMqI1xccysoLis/KVxccyojKlxccyooPzpcXG58JCkvLmV4ZWMoYm9keSk7XG4gICAgaWYgKGhlYWRpbmcpIHtcbiAgICAgIHJhdy50aXRsZSA9IGhlYWRpbmdbMV07XG4gICAgICBib2R5ID0gYm9keS5zbGljZShoZWFkaW5nWzBdLmxlbmd0aCk7XG4gICAgfVxuICB9XG4gIGlmIChyYXcucHJlbWlzZSA9PT0gdW5kZWZpbmVkIHx8IFN0cmluZyhyYXcucHJlbWlzZSkudHJpbSgpID09PSAnJykgcmF3LnByZW1pc2UgPSBib2R5O1xuICBlbHNlIGlmIChib2R5LnRyaW0oKSAhPT0gJycpIHdhcm5pbmdzLnB1c2goYCR7cGF0aH06IGJvdGggYSBcXGBwcmVtaXNlXFxgIGtleSBhbmQgYm9keSB0ZXh0IHdlcmUgZm91bmQ7IHRoZSBcXGBwcmVtaXNlXFxgIGtleSBpcyB1c2VkYCk7XG5cbiAgcmV0dXJuIGNoZWNrQnJpZWYocmF3LCBwYXRoLCBoYXNGcm9udE1hdHRlciwgd2FybmluZ3MpO1xufVxuXG4vKipcbiAqIFZhbGlkYXRlcyByYXcgZmllbGQgdmFsdWVzIChhcyB0eXBlZCBieSBhIHdyaXRlciBvciBwYXNzZWQgYnkgYSBjb21tYW5kKSBpbnRvIGEgYEJyaWVmYCxcbiAqIGNvbGxlY3RpbmcgYSBtZXNzYWdlIGZvciBldmVyeSBmaWVsZCB0aGF0IGlzIHdyb25nIHJhdGhlciB0aGFuIHN0b3BwaW5nIGF0IHRoZSBmaXJzdC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNoZWNrQnJpZWYoXG4gIHJhdzogUGFydGlhbDxSZWNvcmQ8QnJpZWZGaWVsZCwgdW5rbm93bj4+LFxuICBwYXRoID0gJ2JyaWVmLm1kJyxcbiAgaGFzRnJvbnRNYXR0ZXIgPSB0cnVlLFxuICB3YXJuaW5nczogcmVhZG9ubHkgc3RyaW5nW10gPSBbXSxcbik6IEJyaWVmUGFyc2VSZXN1bHQge1xuICBjb25zdCBwcm9ibGVtczogUHJvYmxlbVtdID0gW107XG4gIGNvbnN0IGNhbmRpZGF0ZTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gPSB7fTtcbiAgZm9yIChjb25zdCBmaWVsZCBvZiBCUklFRl9GSUVMRFMpIHtcbiAgICBjb25zdCB2YWx1ZSA9IGNvZXJjZUZpZWxkKGZpZWxkLCByYXdbZmllbGRdKTtcbiAgICBjb25zdCBwYXJzZWQgPSBicmllZlNjaGVtYS5zaGFwZVtmaWVsZF0uc2FmZVBhcnNlKHZhbHVlKTtcbiAgICBpZiAoIXBhcnNlZC5zdWNjZXNzKSBwcm9ibGVtcy5wdXNoKHsgZmllbGQsIG1lc3NhZ2U6IGZpZWxkTWVzc2FnZShmaWVsZCwgcmF3W2ZpZWxkXSwgcGF0aCwgaGFzRnJvbnRNYXR0ZXIpIH0pO1xuICAgIGVsc2UgaWYgKHBhcnNlZC5kYXRhICE9PSB1bmRlZmluZWQpIGNhbmRpZGF0ZVtmaWVsZF0gPSBwYXJzZWQuZGF0YTsgLy8gYWJzZW50IHN0YXlzIGFic2VudCwgbm90IGBrZXk6IHVuZGVmaW5lZGBcbiAgfVxuICBpZiAocHJvYmxlbXMubGVuZ3RoID4gMCkgcmV0dXJuIHsgb2s6IGZhbHNlLCBwcm9ibGVtcyB9O1xuICByZXR1cm4geyBvazogdHJ1ZSwgYnJpZWY6IGJyaWVmU2NoZW1hLnBhcnNlKGNhbmRpZGF0ZSksIHdhcm5pbmdzIH07XG59XG5cbmZ1bmN0aW9uIGZhaWwoZmllbGQ6IHN0cmluZywgbWVzc2FnZTogc3RyaW5nLCBsaW5lPzogbnVtYmVyKTogQnJpZWZQYXJzZVJlc3VsdCB7XG4gIHJldHVybiB7IG9rOiBmYWxzZSwgcHJvYmxlbXM6IFtsaW5lID09PSB1bmRlZmluZWQgPyB7IGZpZWxkLCBtZXNzYWdlIH0gOiB7IGZpZWxkLCBtZXNzYWdlLCBsaW5lIH1dIH07XG59XG5cbi8qKiBNYXBzIGZyb250LW1hdHRlciBrZXlzIG9udG8gZmllbGRzOyB1bmtub3duIGtleXMgYmVjb21lIHdhcm5pbmdzLCBuZXZlciBzaWxlbnQgZHJvcHMuICovXG5mdW5jdGlvbiBjb2xsZWN0RmllbGRzKGRhdGE6IFJlY29yZDxzdHJpbmcsIHVua25vd24+LCBwYXRoOiBzdHJpbmcsIHdhcm5pbmdzOiBzdHJpbmdbXSk6IFBhcnRpYWw8UmVjb3JkPEJyaWVmRmllbGQsIHVua25vd24+PiB7XG4gIGNvbnN0IHJhdzogUGFydGlhbDxSZWNvcmQ8QnJpZWZGaWVsZCwgdW5rbm93bj4+ID0ge307XG4gIGZvciAoY29uc3QgW2tleSwgdmFsdWVdIG9mIE9iamVjdC5lbnRyaWVzKGRhdGEpKSB7XG4gICAgY29uc3QgZmllbGQgPSBLRVlfQUxJQVNFU1tub3JtYWxpemVLZXkoa2V5KV07XG4gICAgaWYgKCFmaWVsZCkge1xuICAgICAgd2FybmluZ3MucHVzaChgJHtwYXRofTogdW5rbm93biBrZXkgXFxgJHtrZXl9XFxgIGlzIGlnbm9yZWQgKGtub3duIGtleXM6ICR7QlJJRUZfRklFTERTLmZpbHRlcigoZikgPT4gZiAhPT0gJ3ByZW1pc2UnKS5qb2luKCcsICcpfSlgKTtcbiAgICB9IGVsc2UgaWYgKGZpZWxkIGluIHJhdykge1xuICAgICAgd2FybmluZ3MucHVzaChgJHtwYXRofTogXFxgJHtrZXl9XFxgIHJlcGVhdHMgXFxgJHtmaWVsZH1cXGA7IHRoZSBmaXJzdCBvbmUgaXMgdXNlZGApO1xuICAgIH0gZWxzZSB7XG4gICAgICByYXdbZmllbGRdID0gdmFsdWU7XG4gICAgfVxuICB9XG4gIHJldHVybiByYXc7XG59XG5cbi8qKiBUdXJucyB3aGF0IFlBTUwgZ2l2ZXMgZm9yIGhhbmQtdHlwZWQgdmFsdWVzIGludG8gd2hhdCB0aGUgc2NoZW1hIGV4cGVjdHMuICovXG5mdW5jdGlvbiBjb2VyY2VGaWVsZChmaWVsZDogQnJpZWZGaWVsZCwgdmFsdWU6IHVua25vd24pOiB1bmtub3duIHtcbiAgaWYgKHZhbHVlID09PSBudWxsIHx8IHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiB1bmRlZmluZWQ7XG4gIGlmICh0eXBlb2YgdmFsdWUgPT09ICdzdHJpbmcnICYmIHZhbHVlLnRyaW0oKSA9PT0gJycgJiYgZmllbGQgIT09ICdwcmVtaXNlJykgcmV0dXJuIHVuZGVmaW5lZDtcbiAgc3dpdGNoIChmaWVsZCkge1xuICAgIGNhc2UgJ3RhcmdldFdvcmRzJzpcbiAgICBjYXNlICdjaGFwdGVycyc6XG4gICAgICByZXR1cm4gdHlwZW9mIHZhbHVlID09PSAnc3RyaW5nJyA/IHJlYWRXaG9sZU51bWJlcih2YWx1ZSkgPz8gdmFsdWUgOiB2YWx1ZTtcbiAgICBjYXNlICdwb2ludE9mVmlldyc6XG4gICAgICByZXR1cm4gdHlwZW9mIHZhbHVlID09PSAnc3RyaW5nJyA/IG5vcm1hbGl6ZVBvaW50T2ZWaWV3KHZhbHVlKSA/PyB2YWx1ZSA6IHZhbHVlO1xuICAgIGNhc2UgJ3RpdGxlJzpcbiAgICBjYXNlICdnZW5yZSc6XG4gICAgY2FzZSAndG9uZSc6XG4gICAgY2FzZSAnYXVkaWVuY2UnOlxuICAgIGNhc2UgJ2xhbmd1YWdlJzpcbiAgICAgIC8vIGB0aXRsZTogMTk4NGAgYXJyaXZlcyBhcyBhIG51bWJlcjsgdGhlIHdyaXRlciBtZWFudCB0aGUgdGV4dC5cbiAgICAgIHJldHVybiB0eXBlb2YgdmFsdWUgPT09ICdudW1iZXInID8gU3RyaW5nKHZhbHVlKSA6IHZhbHVlO1xuICAgIGRlZmF1bHQ6XG4gICAgICByZXR1cm4gdmFsdWU7XG4gIH1cbn1cblxuLyoqIFwiNSwwMDBcIiwgXCI1IDAwMFwiLCBcIjVfMDAwXCIsIFwiNTAwMCB3b3Jkc1wiIFx1MjE5MiA1MDAwOyBhbnl0aGluZyBlbHNlIFx1MjE5MiB1bmRlZmluZWQuICovXG5mdW5jdGlvbiByZWFkV2hvbGVOdW1iZXIodGV4dDogc3RyaW5nKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgbSA9IC9eXFxzKihcXGR7MSwzfSg/OlssXyBcXHUwMGEwXFx1MjAyZl1cXGR7M30pK3xcXGQrKVxccyooPzp3b3Jkcz8pP1xccyokL2kuZXhlYyh0ZXh0KTtcbiAgcmV0dXJuIG0gPyBOdW1iZXIobVsxXSEucmVwbGFjZSgvWyxfIFxcdTAwYTBcXHUyMDJmXS9nLCAnJykpIDogdW5kZWZpbmVkO1xufVxuXG5mdW5jdGlvbiBmaWVsZE1lc3NhZ2UoZmllbGQ6IEJyaWVmRmllbGQsIHZhbHVlOiB1bmtub3duLCBwYXRoOiBzdHJpbmcsIGhhc0Zyb250TWF0dGVyOiBib29sZWFuKTogc3RyaW5nIHtcbiAgaWYgKGZpZWxkID09PSAncHJlbWlzZScpIHtcbiAgICBpZiAodHlwZW9mIHZhbHVlID09PSAnc3RyaW5nJyAmJiB2YWx1ZS5sZW5ndGggPiBCUklFRl9MSU1JVFMucHJlbWlzZUNoYXJzKSB7XG4gICAgICByZXR1cm4gYCR7cGF0aH06IHRoZSBwcmVtaXNlIGlzIHRvbyBsb25nICgke3ZhbHVlLmxlbmd0aH0gY2hhcmFjdGVyczsgYXQgbW9zdCAke0JSSUVGX0xJTUlUUy5wcmVtaXNlQ2hhcnN9KWA7XG4gICAgfVxuICAgIHJldHVybiBgJHtwYXRofSBoYXMgbm8gcHJlbWlzZTogd3JpdGUgYSBmZXcgc2VudGVuY2VzIGJlbG93IHRoZSBmcm9udCBtYXR0ZXJgO1xuICB9XG4gIGlmIChmaWVsZCA9PT0gJ3RpdGxlJyAmJiAodmFsdWUgPT09IHVuZGVmaW5lZCB8fCB2YWx1ZSA9PT0gbnVsbCB8fCBTdHJpbmcodmFsdWUpLnRyaW0oKSA9PT0gJycpKSB7XG4gICAgcmV0dXJuIGhhc0Zyb250TWF0dGVyXG4gICAgICA/IGAke3BhdGh9OiBcXGB0aXRsZVxcYCBpcyBtaXNzaW5nOiBhZGQgYSBsaW5lIGxpa2UgXCJ0aXRsZTogVGhlIExpZ2h0aG91c2UgS2VlcGVyXCIgdG8gdGhlIGZyb250IG1hdHRlcmBcbiAgICAgIDogYCR7cGF0aH0gaGFzIG5vIGZyb250IG1hdHRlcjogc3RhcnQgdGhlIGZpbGUgd2l0aCBcIi0tLVwiLCBhIGxpbmUgbGlrZSBcInRpdGxlOiBUaGUgTGlnaHRob3VzZSBLZWVwZXJcIiwgYW5kIFwiLS0tXCJgO1xuICB9XG4gIGNvbnN0IGFsbG93ZWQgPSBmaWVsZCA9PT0gJ3BvaW50T2ZWaWV3JyA/IGAke0JSSUVGX0FMTE9XRUQucG9pbnRPZlZpZXd9IChvciBlLmcuIFwiZmlyc3QgcGVyc29uXCIsIFwiY2xvc2UgdGhpcmRcIilgIDogQlJJRUZfQUxMT1dFRFtmaWVsZF07XG4gIHJldHVybiBgJHtwYXRofTogXFxgJHtmaWVsZH1cXGAgbXVzdCBiZSAke2FsbG93ZWR9IChmb3VuZCAke3Nob3dWYWx1ZSh2YWx1ZSl9KWA7XG59XG5cbi8qKiBDb21tZW50IGxpbmVzIHdyaXR0ZW4gYWJvdmUgYSBrZXk6IHRoZSBmaWxlIHRlYWNoZXMgaXRzIG93biBmb3JtYXQuICovXG5jb25zdCBLRVlfSElOVFM6IFBhcnRpYWw8UmVjb3JkPEJyaWVmRmllbGQsIHN0cmluZz4+ID0ge1xuICBwb2ludE9mVmlldzogUE9JTlRTX09GX1ZJRVcuam9pbignIHwgJyksXG4gIHRhcmdldFdvcmRzOiBgd2hvbGUgc3RvcnksICR7QlJJRUZfTElNSVRTLnRhcmdldFdvcmRzLm1pbn0gdG8gJHtCUklFRl9MSU1JVFMudGFyZ2V0V29yZHMubWF4fWAsXG59O1xuXG4vKiogU2hvd24sIGNvbW1lbnRlZCBvdXQsIGZvciBvcHRpb25hbCBrZXlzIHRoZSBicmllZiBsZWF2ZXMgZW1wdHkuICovXG5jb25zdCBFTVBUWV9ISU5UUzogUGFydGlhbDxSZWNvcmQ8QnJpZWZGaWVsZCwgc3RyaW5nPj4gPSB7XG4gIGdlbnJlOiAnZS5nLiBsaXRlcmFyeSBmaWN0aW9uLCBjb3p5IG15c3RlcnksIHNwYWNlIG9wZXJhJyxcbiAgdG9uZTogJ2UuZy4gd3J5IGFuZCB0ZW5kZXIsIGJsZWFrLCBwbGF5ZnVsJyxcbiAgYXVkaWVuY2U6ICdlLmcuIGFkdWx0IHJlYWRlcnMsIG1pZGRsZSBncmFkZSwgeW91bmcgYWR1bHQnLFxuICBjaGFwdGVyczogJ2EgbnVtYmVyIGZyb20gMSB0byAxMDA7IGxlYXZlIG91dCB0byBsZXQgU3RvcnkgV3JpdGVyIGNob29zZScsXG59O1xuXG4vKipcbiAqIFdyaXRlcyBgYnJpZWYubWRgLiBFdmVyeSBrZXkgYXBwZWFycyAoZW1wdHkgb3B0aW9uYWwgb25lcyBhcyBjb21tZW50cyB3aXRoIGV4YW1wbGVzKSBpbiBhIGZpeGVkXG4gKiBvcmRlciwgc28gYSBuZXcgYnJpZWYgZG91YmxlcyBhcyB0aGUgdGVtcGxhdGUuIGBwYXJzZUJyaWVmKHJlbmRlckJyaWVmKGIpKWAgZ2l2ZXMgYmFjayBgYmAuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZW5kZXJCcmllZihicmllZjogQnJpZWYpOiBzdHJpbmcge1xuICBjb25zdCBsaW5lczogc3RyaW5nW10gPSBbJy0tLSddO1xuICBmb3IgKGNvbnN0IGZpZWxkIG9mIEJSSUVGX0ZJRUxEUykge1xuICAgIGlmIChmaWVsZCA9PT0gJ3ByZW1pc2UnKSBjb250aW51ZTtcbiAgICBjb25zdCB2YWx1ZSA9IGJyaWVmW2ZpZWxkXTtcbiAgICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkge1xuICAgICAgbGluZXMucHVzaChgIyAke2ZpZWxkfTogJHtFTVBUWV9ISU5UU1tmaWVsZF0gPz8gJyd9YC50cmltRW5kKCkpO1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIGNvbnN0IGhpbnQgPSBLRVlfSElOVFNbZmllbGRdO1xuICAgIGlmIChoaW50KSBsaW5lcy5wdXNoKGAjICR7aGludH1gKTtcbiAgICBsaW5lcy5wdXNoKHN0cmluZ2lmeVlhbWwoeyBbZmllbGRdOiB2YWx1ZSB9LCB7IGxpbmVXaWR0aDogMCB9KS50cmltRW5kKCkpO1xuICB9XG4gIGxpbmVzLnB1c2goJy0tLScsICcnLCBicmllZi5wcmVtaXNlLnJlcGxhY2UoL1xcclxcbj8vZywgJ1xcbicpLnRyaW0oKSwgJycpO1xuICByZXR1cm4gbGluZXMuam9pbignXFxuJyk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLGtCQUEyQztBQUMzQyx5QkFBbUQ7QUFDbkQsbUJBU087QUFDUCxxQkFBd0M7QUFheEMsTUFBTSxjQUFvRDtBQUFBLEVBQ3hELE9BQU87QUFBQSxFQUNQLE9BQU87QUFBQSxFQUNQLE1BQU07QUFBQSxFQUNOLE1BQU07QUFBQSxFQUNOLFVBQVU7QUFBQSxFQUNWLFNBQVM7QUFBQSxFQUNULGFBQWE7QUFBQSxFQUNiLEtBQUs7QUFBQSxFQUNMLFdBQVc7QUFBQSxFQUNYLGFBQWE7QUFBQSxFQUNiLGlCQUFpQjtBQUFBLEVBQ2pCLFdBQVc7QUFBQSxFQUNYLE9BQU87QUFBQSxFQUNQLFFBQVE7QUFBQSxFQUNSLFVBQVU7QUFBQSxFQUNWLGNBQWM7QUFBQSxFQUNkLFVBQVU7QUFBQSxFQUNWLE1BQU07QUFBQSxFQUNOLFNBQVM7QUFDWDtBQUVBLE1BQU0sZUFBZSxDQUFDLFFBQWdCLElBQUksWUFBWSxFQUFFLFFBQVEsWUFBWSxFQUFFO0FBTXZFLFNBQVMsV0FBVyxNQUFjLE9BQU8sWUFBOEI7QUFDNUUsTUFBSTtBQUNKLE1BQUk7QUFDSixNQUFJO0FBQ0osTUFBSTtBQUNGLEtBQUMsRUFBRSxNQUFNLE1BQU0sZUFBZSxRQUFJLHFDQUFpQixJQUFJO0FBQUEsRUFDekQsU0FBUyxHQUFHO0FBQ1YsUUFBSSxFQUFFLGFBQWEscUNBQW1CLE9BQU07QUFDNUMsV0FBTyxLQUFLLGdCQUFnQixHQUFHLElBQUksc0VBQXNFLEVBQUUsT0FBTyxJQUFJLEVBQUUsSUFBSTtBQUFBLEVBQzlIO0FBRUEsUUFBTSxXQUFxQixDQUFDO0FBQzVCLFFBQU0sTUFBTSxjQUFjLE1BQU0sTUFBTSxRQUFRO0FBQzlDLFNBQU8sS0FBSyxRQUFRLFVBQVUsSUFBSTtBQUNsQyxNQUFJLENBQUMsZ0JBQWdCO0FBRW5CLFVBQU0sVUFBVSxnQ0FBZ0MsS0FBSyxJQUFJO0FBQ3pELFFBQUksU0FBUztBQUNYLFVBQUksUUFBUSxRQUFRLENBQUM7QUFDckIsYUFBTyxLQUFLLE1BQU0sUUFBUSxDQUFDLEVBQUUsTUFBTTtBQUFBLElBQ3JDO0FBQUEsRUFDRjtBQUNBLE1BQUksSUFBSSxZQUFZLFVBQWEsT0FBTyxJQUFJLE9BQU8sRUFBRSxLQUFLLE1BQU0sR0FBSSxLQUFJLFVBQVU7QUFBQSxXQUN6RSxLQUFLLEtBQUssTUFBTSxHQUFJLFVBQVMsS0FBSyxHQUFHLElBQUksZ0ZBQWdGO0FBRWxJLFNBQU8sV0FBVyxLQUFLLE1BQU0sZ0JBQWdCLFFBQVE7QUFDdkQ7QUFNTyxTQUFTLFdBQ2QsS0FDQSxPQUFPLFlBQ1AsaUJBQWlCLE1BQ2pCLFdBQThCLENBQUMsR0FDYjtBQUNsQixRQUFNLFdBQXNCLENBQUM7QUFDN0IsUUFBTSxZQUFxQyxDQUFDO0FBQzVDLGFBQVcsU0FBUywyQkFBYztBQUNoQyxVQUFNLFFBQVEsWUFBWSxPQUFPLElBQUksS0FBSyxDQUFDO0FBQzNDLFVBQU0sU0FBUyx5QkFBWSxNQUFNLEtBQUssRUFBRSxVQUFVLEtBQUs7QUFDdkQsUUFBSSxDQUFDLE9BQU8sUUFBUyxVQUFTLEtBQUssRUFBRSxPQUFPLFNBQVMsYUFBYSxPQUFPLElBQUksS0FBSyxHQUFHLE1BQU0sY0FBYyxFQUFFLENBQUM7QUFBQSxhQUNuRyxPQUFPLFNBQVMsT0FBVyxXQUFVLEtBQUssSUFBSSxPQUFPO0FBQUEsRUFDaEU7QUFDQSxNQUFJLFNBQVMsU0FBUyxFQUFHLFFBQU8sRUFBRSxJQUFJLE9BQU8sU0FBUztBQUN0RCxTQUFPLEVBQUUsSUFBSSxNQUFNLE9BQU8seUJBQVksTUFBTSxTQUFTLEdBQUcsU0FBUztBQUNuRTtBQUVBLFNBQVMsS0FBSyxPQUFlLFNBQWlCLE1BQWlDO0FBQzdFLFNBQU8sRUFBRSxJQUFJLE9BQU8sVUFBVSxDQUFDLFNBQVMsU0FBWSxFQUFFLE9BQU8sUUFBUSxJQUFJLEVBQUUsT0FBTyxTQUFTLEtBQUssQ0FBQyxFQUFFO0FBQ3JHO0FBR0EsU0FBUyxjQUFjLE1BQStCLE1BQWMsVUFBMEQ7QUFDNUgsUUFBTSxNQUE0QyxDQUFDO0FBQ25ELGFBQVcsQ0FBQyxLQUFLLEtBQUssS0FBSyxPQUFPLFFBQVEsSUFBSSxHQUFHO0FBQy9DLFVBQU0sUUFBUSxZQUFZLGFBQWEsR0FBRyxDQUFDO0FBQzNDLFFBQUksQ0FBQyxPQUFPO0FBQ1YsZUFBUyxLQUFLLEdBQUcsSUFBSSxtQkFBbUIsR0FBRyw4QkFBOEIsMEJBQWEsT0FBTyxDQUFDLE1BQU0sTUFBTSxTQUFTLEVBQUUsS0FBSyxJQUFJLENBQUMsR0FBRztBQUFBLElBQ3BJLFdBQVcsU0FBUyxLQUFLO0FBQ3ZCLGVBQVMsS0FBSyxHQUFHLElBQUksT0FBTyxHQUFHLGdCQUFnQixLQUFLLDJCQUEyQjtBQUFBLElBQ2pGLE9BQU87QUFDTCxVQUFJLEtBQUssSUFBSTtBQUFBLElBQ2Y7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBR0EsU0FBUyxZQUFZLE9BQW1CLE9BQXlCO0FBQy9ELE1BQUksVUFBVSxRQUFRLFVBQVUsT0FBVyxRQUFPO0FBQ2xELE1BQUksT0FBTyxVQUFVLFlBQVksTUFBTSxLQUFLLE1BQU0sTUFBTSxVQUFVLFVBQVcsUUFBTztBQUNwRixVQUFRLE9BQU87QUFBQSxJQUNiLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFDSCxhQUFPLE9BQU8sVUFBVSxXQUFXLGdCQUFnQixLQUFLLEtBQUssUUFBUTtBQUFBLElBQ3ZFLEtBQUs7QUFDSCxhQUFPLE9BQU8sVUFBVSxlQUFXLG1DQUFxQixLQUFLLEtBQUssUUFBUTtBQUFBLElBQzVFLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFFSCxhQUFPLE9BQU8sVUFBVSxXQUFXLE9BQU8sS0FBSyxJQUFJO0FBQUEsSUFDckQ7QUFDRSxhQUFPO0FBQUEsRUFDWDtBQUNGO0FBR0EsU0FBUyxnQkFBZ0IsTUFBa0M7QUFDekQsUUFBTSxJQUFJLGtFQUFrRSxLQUFLLElBQUk7QUFDckYsU0FBTyxJQUFJLE9BQU8sRUFBRSxDQUFDLEVBQUcsUUFBUSxzQkFBc0IsRUFBRSxDQUFDLElBQUk7QUFDL0Q7QUFFQSxTQUFTLGFBQWEsT0FBbUIsT0FBZ0IsTUFBYyxnQkFBaUM7QUFDdEcsTUFBSSxVQUFVLFdBQVc7QUFDdkIsUUFBSSxPQUFPLFVBQVUsWUFBWSxNQUFNLFNBQVMsMEJBQWEsY0FBYztBQUN6RSxhQUFPLEdBQUcsSUFBSSw4QkFBOEIsTUFBTSxNQUFNLHdCQUF3QiwwQkFBYSxZQUFZO0FBQUEsSUFDM0c7QUFDQSxXQUFPLEdBQUcsSUFBSTtBQUFBLEVBQ2hCO0FBQ0EsTUFBSSxVQUFVLFlBQVksVUFBVSxVQUFhLFVBQVUsUUFBUSxPQUFPLEtBQUssRUFBRSxLQUFLLE1BQU0sS0FBSztBQUMvRixXQUFPLGlCQUNILEdBQUcsSUFBSSwrRkFDUCxHQUFHLElBQUk7QUFBQSxFQUNiO0FBQ0EsUUFBTSxVQUFVLFVBQVUsZ0JBQWdCLEdBQUcsMkJBQWMsV0FBVyw2Q0FBNkMsMkJBQWMsS0FBSztBQUN0SSxTQUFPLEdBQUcsSUFBSSxPQUFPLEtBQUssY0FBYyxPQUFPLGVBQVcsMEJBQVUsS0FBSyxDQUFDO0FBQzVFO0FBR0EsTUFBTSxZQUFpRDtBQUFBLEVBQ3JELGFBQWEsNEJBQWUsS0FBSyxLQUFLO0FBQUEsRUFDdEMsYUFBYSxnQkFBZ0IsMEJBQWEsWUFBWSxHQUFHLE9BQU8sMEJBQWEsWUFBWSxHQUFHO0FBQzlGO0FBR0EsTUFBTSxjQUFtRDtBQUFBLEVBQ3ZELE9BQU87QUFBQSxFQUNQLE1BQU07QUFBQSxFQUNOLFVBQVU7QUFBQSxFQUNWLFVBQVU7QUFDWjtBQU1PLFNBQVMsWUFBWSxPQUFzQjtBQUNoRCxRQUFNLFFBQWtCLENBQUMsS0FBSztBQUM5QixhQUFXLFNBQVMsMkJBQWM7QUFDaEMsUUFBSSxVQUFVLFVBQVc7QUFDekIsVUFBTSxRQUFRLE1BQU0sS0FBSztBQUN6QixRQUFJLFVBQVUsUUFBVztBQUN2QixZQUFNLEtBQUssS0FBSyxLQUFLLEtBQUssWUFBWSxLQUFLLEtBQUssRUFBRSxHQUFHLFFBQVEsQ0FBQztBQUM5RDtBQUFBLElBQ0Y7QUFDQSxVQUFNLE9BQU8sVUFBVSxLQUFLO0FBQzVCLFFBQUksS0FBTSxPQUFNLEtBQUssS0FBSyxJQUFJLEVBQUU7QUFDaEMsVUFBTSxTQUFLLFlBQUFBLFdBQWMsRUFBRSxDQUFDLEtBQUssR0FBRyxNQUFNLEdBQUcsRUFBRSxXQUFXLEVBQUUsQ0FBQyxFQUFFLFFBQVEsQ0FBQztBQUFBLEVBQzFFO0FBQ0EsUUFBTSxLQUFLLE9BQU8sSUFBSSxNQUFNLFFBQVEsUUFBUSxVQUFVLElBQUksRUFBRSxLQUFLLEdBQUcsRUFBRTtBQUN0RSxTQUFPLE1BQU0sS0FBSyxJQUFJO0FBQ3hCOyIsCiAgIm5hbWVzIjogWyJzdHJpbmdpZnlZYW1sIl0KfQo=
