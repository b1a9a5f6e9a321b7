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
var bibleMarkdown_exports = {};
__export(bibleMarkdown_exports, {
  parseBible: () => parseBible,
  renderBible: () => renderBible
});
module.exports = __toCommonJS(bibleMarkdown_exports);
var import_bible = require("./bible");
var import_blocks = require("./markdown/blocks");
var import_extras = require("./markdown/extras");
var import_sections = require("./markdown/sections");
var import_text = require("./markdown/text");
var import_stageFiles = require("./stageFiles");
const CHARACTER_BULLETS = [
  { field: "role", label: "Role" },
  { field: "goal", label: "Goal" },
  { field: "flaw", label: "Flaw" },
  { field: "arc", label: "Arc" },
  { field: "voice", label: "Voice" }
];
const CHARACTER_LABELS = labelMap({
  role: ["role", "part", "function", "role in story"],
  goal: ["goal", "goals", "want", "wants", "desire", "motivation", "objective"],
  flaw: ["flaw", "flaws", "weakness", "wound", "fatal flaw"],
  arc: ["arc", "character arc", "change", "journey"],
  voice: ["voice", "speech", "voice and speech", "way of speaking", "dialogue"],
  description: ["description", "appearance", "looks", "bio", "background", "backstory", "history"]
});
const SETTING_LABELS = labelMap({
  world: ["world", "overview", "society", "description", "atmosphere"],
  era: ["era", "period", "time", "time period", "when", "time span"]
});
const STYLE_LABELS = labelMap({
  voice: ["voice", "narrative voice", "prose", "prose style", "style"],
  tense: ["tense", "narrative tense"],
  pointOfView: ["point of view", "pov", "viewpoint", "perspective", "narration"]
});
const SECTION_NAMES = labelMap({
  characters: ["characters", "cast", "character", "dramatis personae", "people", "main characters", "supporting characters", "minor characters", "cast of characters"],
  setting: ["setting", "world", "the world", "world building", "worldbuilding", "setting and world"],
  era: ["era", "time period", "period"],
  places: ["places", "locations", "key places", "key locations", "places and locations"],
  rules: ["rules", "world rules", "rules of the world", "constraints", "laws", "canon", "facts", "continuity"],
  style: ["style guide", "style", "prose style", "voice and style", "style notes", "writing style"]
});
const TITLE_HEADING = /^\s*(?:story\s+)?bible\b\s*(?:[:\-–—|]\s*(.*))?$/i;
function renderBible(bible, options = {}) {
  const parts = [(0, import_sections.renderHeading)(1, options.title ? `Story Bible: ${options.title}` : "Story Bible")];
  if (bible.preamble) parts.push(bible.preamble);
  parts.push((0, import_sections.renderHeading)(2, "Characters"), ...bible.characters.map(renderCharacter));
  const setting = renderSetting(bible.setting);
  if (setting) parts.push(setting);
  if (bible.rules.length > 0) parts.push(`${(0, import_sections.renderHeading)(2, "World Rules")}

${bulletList(bible.rules)}`);
  const style = renderStyle(bible.styleGuide);
  if (style) parts.push(style);
  parts.push(...(0, import_extras.renderExtraSections)(bible.extraSections));
  return `${parts.join("\n\n")}
`;
}
function renderCharacter(c) {
  const bullets = CHARACTER_BULLETS.filter(({ field }) => c[field] !== "").map(({ field, label }) => renderLabelItem(label, c[field]));
  for (const d of c.details ?? []) bullets.push(d.label ? renderLabelItem(d.label, d.value) : (0, import_blocks.renderItem)((0, import_text.escapeText)(d.value, { lists: false })));
  const parts = [(0, import_sections.renderHeading)(3, c.name)];
  if (bullets.length > 0) parts.push(bullets.join("\n"));
  if (c.description) parts.push((0, import_text.escapeText)(c.description, { lists: true }));
  return parts.join("\n\n");
}
function renderSetting(setting) {
  const parts = [];
  if (setting.era) parts.push(renderLabelItem("Era", setting.era));
  if (setting.world) parts.push((0, import_text.escapeText)(setting.world, { lists: true }));
  if (setting.places.length > 0) {
    parts.push((0, import_sections.renderHeading)(3, "Places"), setting.places.map((p) => renderLabelItem(p.name, p.description)).join("\n"));
  }
  return parts.length > 0 ? [(0, import_sections.renderHeading)(2, "Setting"), ...parts].join("\n\n") : "";
}
function renderStyle(style) {
  const bullets = [
    ...style.voice ? [renderLabelItem("Voice", style.voice)] : [],
    ...style.tense ? [renderLabelItem("Tense", style.tense)] : [],
    ...style.pointOfView ? [renderLabelItem("Point of view", style.pointOfView)] : [],
    ...style.notes.map((n) => (0, import_blocks.renderItem)((0, import_text.escapeText)(n, { lists: false })))
  ];
  return bullets.length > 0 ? `${(0, import_sections.renderHeading)(2, "Style Guide")}

${bullets.join("\n")}` : "";
}
function renderLabelItem(label, value) {
  if (!value) return (0, import_blocks.renderItem)(`**${label}:**`);
  const [first, ...rest] = value.split("\n");
  const tail = rest.length > 0 ? `
${(0, import_text.escapeText)(rest.join("\n"), { lists: false })}` : "";
  return (0, import_blocks.renderItem)((0, import_text.renderLabel)(label, `${first}${tail}`));
}
function bulletList(items) {
  return items.map((i) => (0, import_blocks.renderItem)((0, import_text.escapeText)(i, { lists: false }))).join("\n");
}
function parseBible(body, options = {}) {
  const file = options.file ?? (0, import_stageFiles.stageFile)("bible");
  const { preamble, sections } = (0, import_sections.splitSections)(body);
  const preambleLines = [...preamble];
  const extras = [];
  const characters = [];
  const places = [];
  const placeLines = [];
  const text = { setting: [], era: [], rules: [], style: [] };
  let charactersHeading;
  let titleSeen = false;
  let ctx;
  for (const section of sections) {
    const { heading, lines } = section;
    const inCast = ctx?.kind === "characters" && heading.level > ctx.level && looksLikeCharacter(lines);
    const kind = inCast ? void 0 : SECTION_NAMES.get((0, import_text.headingKey)(heading.text));
    const titleMatch = TITLE_HEADING.exec(heading.text);
    if (kind === void 0 && !titleSeen && (titleMatch || heading.level === 1)) {
      titleSeen = true;
      preambleLines.push(...lines);
      ctx = void 0;
    } else if (kind === "characters") {
      charactersHeading ??= heading;
      if (hasText(lines)) extras.push({ heading: "Character Notes", level: heading.level, body: (0, import_text.normalizeText)(lines.map((l) => l.text).join("\n")) });
      ctx = { kind, level: heading.level };
    } else if (kind === "places") {
      placeLines.push(...lines);
      ctx = { kind, level: heading.level };
    } else if (kind !== void 0) {
      text[kind].push(...lines);
      ctx = { kind, level: heading.level, lines: text[kind] };
    } else if (ctx?.kind === "characters" || ctx?.kind === "places") {
      const owner = ctx.kind === "characters" ? characters : places;
      if (ctx.current && heading.level > ctx.current.heading.level) {
        ctx.current.lines.push(headingLine(heading), ...lines);
      } else if (heading.level > ctx.level || ctx.kind === "characters" && looksLikeCharacter(lines)) {
        ctx.current = { heading, lines: [...lines] };
        owner.push(ctx.current);
      } else {
        extras.push((0, import_extras.extraSection)(section));
        ctx = void 0;
      }
    } else if (ctx && (ctx.kind === "setting" || ctx.kind === "era") && heading.level > ctx.level) {
      ctx.lines.push(headingLine(heading), ...lines);
    } else {
      extras.push((0, import_extras.extraSection)(section));
      ctx = void 0;
    }
  }
  const problems = characterProblems(file, charactersHeading, characters);
  if (problems.length > 0) return { ok: false, problems };
  const raw = {
    characters: characters.map(readCharacter),
    setting: readSetting(text.setting, text.era, placeLines, places),
    rules: (0, import_blocks.readBlocks)(text.rules).map(blockText).filter((r) => r !== ""),
    styleGuide: readStyle(text.style),
    ...(0, import_extras.extrasOf)(preambleLines, extras)
  };
  const completed = (0, import_bible.completeBible)(raw);
  return completed.ok ? { ok: true, value: completed.value } : { ok: false, problems: completed.problems };
}
function characterProblems(file, charactersHeading, characters) {
  if (!charactersHeading) {
    return [{ field: "characters", message: `${file} has no "## Characters" section: add one, with a "### Name" heading for each character` }];
  }
  if (characters.length === 0) {
    const line = charactersHeading.line;
    return [{ field: "characters", line, message: `${file} line ${line}: "${charactersHeading.text}" has no characters: add a "### Name" heading for each one` }];
  }
  return characters.filter((c) => (0, import_text.normalizeLine)(c.heading.text) === "").map((c) => ({ field: "characters.name", line: c.heading.line, message: `${file} line ${c.heading.line}: a character heading has no name` }));
}
function readCharacter(draft) {
  const fields = {};
  const description = [];
  const details = [];
  for (const block of (0, import_blocks.readBlocks)(draft.lines)) {
    const text = blockText(block);
    if (text === "") continue;
    const labeled = readLabeled(text, CHARACTER_LABELS, block.kind === "item");
    if (labeled.length > 0) {
      for (const { field, value } of labeled) fields[field] = fields[field] ? `${fields[field]}

${value}` : value;
    } else if (block.kind === "paragraph") {
      description.push(text);
    } else {
      const label = (0, import_text.splitLabel)(text);
      details.push(label && (label.bold || label.label.split(/\s+/).length <= 3) ? { label: label.label, value: label.value } : { label: "", value: text });
    }
  }
  return {
    name: (0, import_text.normalizeLine)(draft.heading.text),
    role: fields.role ?? "",
    goal: fields.goal ?? "",
    flaw: fields.flaw ?? "",
    arc: fields.arc ?? "",
    voice: fields.voice ?? "",
    description: [fields.description, ...description].filter(Boolean).join("\n\n"),
    details
  };
}
function readSetting(settingLines, eraLines, placeLines, placeDrafts) {
  const world = [];
  let era = (0, import_text.normalizeText)((0, import_text.unescapeText)(eraLines.map((l) => l.text).join("\n")));
  for (const block of (0, import_blocks.readBlocks)(settingLines)) {
    const text = blockText(block);
    const labeled = readLabeled(text, SETTING_LABELS, block.kind === "item");
    if (labeled.length === 0) world.push(block.kind === "item" ? (0, import_blocks.renderItem)(text) : text);
    for (const { field, value } of labeled) {
      if (field === "era") era = era ? `${era}

${value}` : value;
      else world.push(value);
    }
  }
  const places = [];
  for (const block of (0, import_blocks.readBlocks)(placeLines)) {
    const text = blockText(block);
    const previous = places.at(-1);
    if (block.kind === "paragraph" && previous) {
      places[places.length - 1] = { ...previous, description: [previous.description, text].filter(Boolean).join("\n\n") };
    } else if (block.kind === "paragraph") {
      world.push(text);
    } else {
      const label = (0, import_text.splitLabel)(text) ?? dashSplit(text);
      places.push(label ? { name: (0, import_text.normalizeLine)(label.label), description: label.value } : { name: (0, import_text.normalizeLine)(text), description: "" });
    }
  }
  for (const d of placeDrafts) {
    places.push({ name: (0, import_text.normalizeLine)(d.heading.text), description: (0, import_text.normalizeText)((0, import_text.unescapeText)(d.lines.map((l) => l.text).join("\n"))) });
  }
  return { world: world.join("\n\n"), era, places };
}
function readStyle(lines) {
  const style = { voice: "", tense: "", pointOfView: "", notes: [] };
  for (const block of (0, import_blocks.readBlocks)(lines)) {
    const text = blockText(block);
    const labeled = readLabeled(text, STYLE_LABELS, block.kind === "item");
    if (labeled.length === 0 && text !== "") style.notes.push(text);
    for (const { field, value } of labeled) style[field] = style[field] ? `${style[field]}

${value}` : value;
  }
  return style;
}
function readLabeled(text, labels, isItem) {
  const known = (t) => {
    const l = (0, import_text.splitLabel)(t);
    const field = l && labels.get((0, import_text.labelKey)(l.label));
    return l && field ? { field, value: l.value } : void 0;
  };
  if (isItem) {
    const one = known(text);
    return one ? [{ field: one.field, value: (0, import_text.normalizeText)(one.value) }] : [];
  }
  const lines = text.split("\n");
  if (!known(lines[0])) return [];
  const out = [];
  for (const line of lines) {
    const hit = known(line);
    if (hit) out.push({ ...hit });
    else out[out.length - 1] = { ...out.at(-1), value: `${out.at(-1).value}
${line}` };
  }
  return out.map((o) => ({ field: o.field, value: (0, import_text.normalizeText)(o.value) }));
}
function looksLikeCharacter(lines) {
  return (0, import_blocks.readBlocks)(lines).some((b) => readLabeled(blockText(b), CHARACTER_LABELS, b.kind === "item").some((l) => l.field !== "description"));
}
function blockText(block) {
  return (0, import_text.normalizeText)((0, import_text.unescapeText)(block.text));
}
function dashSplit(text) {
  const m = /^(.{1,80}?)\s+[—–-]\s+([\s\S]+)$/.exec(text);
  return m ? { label: m[1], value: m[2].trim() } : void 0;
}
function hasText(lines) {
  return lines.some((l) => l.text.trim() !== "");
}
function headingLine(heading) {
  return { text: (0, import_sections.renderHeading)(heading.level, heading.text), line: heading.line };
}
function labelMap(names) {
  const map = /* @__PURE__ */ new Map();
  for (const [field, keys] of Object.entries(names)) for (const k of keys) map.set(k, field);
  return map;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  parseBible,
  renderBible
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvc3RhZ2VzL2JpYmxlTWFya2Rvd24udHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCB0eXBlIHsgUGFyc2VSZXN1bHQsIFByb2JsZW0gfSBmcm9tICcuLi9zdG9yeS9wcm9ibGVtJztcbmltcG9ydCB7IGNvbXBsZXRlQmlibGUsIHR5cGUgQmlibGUsIHR5cGUgQ2hhcmFjdGVyLCB0eXBlIENoYXJhY3RlckRldGFpbCwgdHlwZSBDaGFyYWN0ZXJSZXBseSwgdHlwZSBQbGFjZSB9IGZyb20gJy4vYmlibGUnO1xuaW1wb3J0IHR5cGUgeyBQYXJzZURvY3VtZW50T3B0aW9ucywgUmVuZGVyRG9jdW1lbnRPcHRpb25zIH0gZnJvbSAnLi9kb2N1bWVudE9wdGlvbnMnO1xuaW1wb3J0IHsgcmVhZEJsb2NrcywgcmVuZGVySXRlbSwgdHlwZSBCbG9jayB9IGZyb20gJy4vbWFya2Rvd24vYmxvY2tzJztcbmltcG9ydCB7IGV4dHJhU2VjdGlvbiwgZXh0cmFzT2YsIHJlbmRlckV4dHJhU2VjdGlvbnMsIHR5cGUgRXh0cmFTZWN0aW9uIH0gZnJvbSAnLi9tYXJrZG93bi9leHRyYXMnO1xuaW1wb3J0IHsgcmVuZGVySGVhZGluZywgc3BsaXRTZWN0aW9ucywgdHlwZSBIZWFkaW5nLCB0eXBlIFNvdXJjZUxpbmUgfSBmcm9tICcuL21hcmtkb3duL3NlY3Rpb25zJztcbmltcG9ydCB7IGVzY2FwZVRleHQsIGhlYWRpbmdLZXksIGxhYmVsS2V5LCBub3JtYWxpemVMaW5lLCBub3JtYWxpemVUZXh0LCByZW5kZXJMYWJlbCwgc3BsaXRMYWJlbCwgdW5lc2NhcGVUZXh0IH0gZnJvbSAnLi9tYXJrZG93bi90ZXh0JztcbmltcG9ydCB7IHN0YWdlRmlsZSB9IGZyb20gJy4vc3RhZ2VGaWxlcyc7XG5cbi8qKlxuICogYDAyLWJpYmxlLm1kYCBcdTIxQzQgYEJpYmxlYC4gQ2hhcmFjdGVycyBhcmUgYCMjI2Agc2VjdGlvbnMgd2l0aCBsYWJlbGxlZCBidWxsZXRzIGFuZCBhIGZyZWVcbiAqIGRlc2NyaXB0aW9uOyBwbGFjZXMgYXJlIGAtICoqTmFtZToqKiBkZXNjcmlwdGlvbmAgYnVsbGV0cyAob3Igc3ViLWhlYWRpbmdzKTsgcnVsZXMgYW5kIHN0eWxlXG4gKiBub3RlcyBhcmUgYnVsbGV0cy4gUmVhZGluZyBnb2VzIGJ5IHdoYXQgaGVhZGluZ3MgYW5kIGxhYmVscyBzYXksIHNvIGEgcmVuYW1lZCwgcmUtbGV2ZWxsZWQgb3JcbiAqIHJlLW9yZGVyZWQgc2VjdGlvbiBzdGlsbCBsYW5kcyBpbiB0aGUgcmlnaHQgZmllbGQuXG4gKi9cblxudHlwZSBDaGFyYWN0ZXJGaWVsZCA9IEV4Y2x1ZGU8a2V5b2YgQ2hhcmFjdGVyUmVwbHksICduYW1lJz47XG5cbmNvbnN0IENIQVJBQ1RFUl9CVUxMRVRTOiBSZWFkb25seUFycmF5PHsgZmllbGQ6IEV4Y2x1ZGU8Q2hhcmFjdGVyRmllbGQsICdkZXNjcmlwdGlvbic+OyBsYWJlbDogc3RyaW5nIH0+ID0gW1xuICB7IGZpZWxkOiAncm9sZScsIGxhYmVsOiAnUm9sZScgfSxcbiAgeyBmaWVsZDogJ2dvYWwnLCBsYWJlbDogJ0dvYWwnIH0sXG4gIHsgZmllbGQ6ICdmbGF3JywgbGFiZWw6ICdGbGF3JyB9LFxuICB7IGZpZWxkOiAnYXJjJywgbGFiZWw6ICdBcmMnIH0sXG4gIHsgZmllbGQ6ICd2b2ljZScsIGxhYmVsOiAnVm9pY2UnIH0sXG5dO1xuXG4vKiogTGFiZWwga2V5cyAoc2VlIGBoZWFkaW5nS2V5YCkgXHUyMTkyIGZpZWxkLiBXcml0ZXJzIHNheSBcIldhbnRcIiBvciBcIldlYWtuZXNzXCIgYXMgb2Z0ZW4gYXMgXCJHb2FsXCIuICovXG5jb25zdCBDSEFSQUNURVJfTEFCRUxTID0gbGFiZWxNYXA8Q2hhcmFjdGVyRmllbGQ+KHtcbiAgcm9sZTogWydyb2xlJywgJ3BhcnQnLCAnZnVuY3Rpb24nLCAncm9sZSBpbiBzdG9yeSddLFxuICBnb2FsOiBbJ2dvYWwnLCAnZ29hbHMnLCAnd2FudCcsICd3YW50cycsICdkZXNpcmUnLCAnbW90aXZhdGlvbicsICdvYmplY3RpdmUnXSxcbiAgZmxhdzogWydmbGF3JywgJ2ZsYXdzJywgJ3dlYWtuZXNzJywgJ3dvdW5kJywgJ2ZhdGFsIGZsYXcnXSxcbiAgYXJjOiBbJ2FyYycsICdjaGFyYWN0ZXIgYXJjJywgJ2NoYW5nZScsICdqb3VybmV5J10sXG4gIHZvaWNlOiBbJ3ZvaWNlJywgJ3NwZWVjaCcsICd2b2ljZSBhbmQgc3BlZWNoJywgJ3dheSBvZiBzcGVha2luZycsICdkaWFsb2d1ZSddLFxuICBkZXNjcmlwdGlvbjogWydkZXNjcmlwdGlvbicsICdhcHBlYXJhbmNlJywgJ2xvb2tzJywgJ2JpbycsICdiYWNrZ3JvdW5kJywgJ2JhY2tzdG9yeScsICdoaXN0b3J5J10sXG59KTtcbmNvbnN0IFNFVFRJTkdfTEFCRUxTID0gbGFiZWxNYXA8J3dvcmxkJyB8ICdlcmEnPih7XG4gIHdvcmxkOiBbJ3dvcmxkJywgJ292ZXJ2aWV3JywgJ3NvY2lldHknLCAnZGVzY3JpcHRpb24nLCAnYXRtb3NwaGVyZSddLFxuICBlcmE6IFsnZXJhJywgJ3BlcmlvZCcsICd0aW1lJywgJ3RpbWUgcGVyaW9kJywgJ3doZW4nLCAndGltZSBzcGFuJ10sXG59KTtcbmNvbnN0IFNUWUxFX0xBQkVMUyA9IGxhYmVsTWFwPCd2b2ljZScgfCAndGVuc2UnIHwgJ3BvaW50T2ZWaWV3Jz4oe1xuICB2b2ljZTogWyd2b2ljZScsICduYXJyYXRpdmUgdm9pY2UnLCAncHJvc2UnLCAncHJvc2Ugc3R5bGUnLCAnc3R5bGUnXSxcbiAgdGVuc2U6IFsndGVuc2UnLCAnbmFycmF0aXZlIHRlbnNlJ10sXG4gIHBvaW50T2ZWaWV3OiBbJ3BvaW50IG9mIHZpZXcnLCAncG92JywgJ3ZpZXdwb2ludCcsICdwZXJzcGVjdGl2ZScsICduYXJyYXRpb24nXSxcbn0pO1xuXG50eXBlIFNlY3Rpb25LaW5kID0gJ2NoYXJhY3RlcnMnIHwgJ3NldHRpbmcnIHwgJ2VyYScgfCAncGxhY2VzJyB8ICdydWxlcycgfCAnc3R5bGUnO1xuY29uc3QgU0VDVElPTl9OQU1FUyA9IGxhYmVsTWFwPFNlY3Rpb25LaW5kPih7XG4gIGNoYXJhY3RlcnM6IFsnY2hhcmFjdGVycycsICdjYXN0JywgJ2NoYXJhY3RlcicsICdkcmFtYXRpcyBwZXJzb25hZScsICdwZW9wbGUnLCAnbWFpbiBjaGFyYWN0ZXJzJywgJ3N1cHBvcnRpbmcgY2hhcmFjdGVycycsICdtaW5vciBjaGFyYWN0ZXJzJywgJ2Nhc3Qgb2YgY2hhcmFjdGVycyddLFxuICBzZXR0aW5nOiBbJ3NldHRpbmcnLCAnd29ybGQnLCAndGhlIHdvcmxkJywgJ3dvcmxkIGJ1aWxkaW5nJywgJ3dvcmxkYnVpbGRpbmcnLCAnc2V0dGluZyBhbmQgd29ybGQnXSxcbiAgZXJhOiBbJ2VyYScsICd0aW1lIHBlcmlvZCcsICdwZXJpb2QnXSxcbiAgcGxhY2VzOiBbJ3BsYWNlcycsICdsb2NhdGlvbnMnLCAna2V5IHBsYWNlcycsICdrZXkgbG9jYXRpb25zJywgJ3BsYWNlcyBhbmQgbG9jYXRpb25zJ10sXG4gIHJ1bGVzOiBbJ3J1bGVzJywgJ3dvcmxkIHJ1bGVzJywgJ3J1bGVzIG9mIHRoZSB3b3JsZCcsICdjb25zdHJhaW50cycsICdsYXdzJywgJ2Nhbm9uJywgJ2ZhY3RzJywgJ2NvbnRpbnVpdHknXSxcbiAgc3R5bGU6IFsnc3R5bGUgZ3VpZGUnLCAnc3R5bGUnLCAncHJvc2Ugc3R5bGUnLCAndm9pY2UgYW5kIHN0eWxlJywgJ3N0eWxlIG5vdGVzJywgJ3dyaXRpbmcgc3R5bGUnXSxcbn0pO1xuXG5jb25zdCBUSVRMRV9IRUFESU5HID0gL15cXHMqKD86c3RvcnlcXHMrKT9iaWJsZVxcYlxccyooPzpbOlxcLVx1MjAxM1x1MjAxNHxdXFxzKiguKikpPyQvaTtcblxuLy8gXHUyNTAwXHUyNTAwXHUyNTAwIFdyaXRpbmcgXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXG5cbmV4cG9ydCBmdW5jdGlvbiByZW5kZXJCaWJsZShiaWJsZTogQmlibGUsIG9wdGlvbnM6IFJlbmRlckRvY3VtZW50T3B0aW9ucyA9IHt9KTogc3RyaW5nIHtcbiAgY29uc3QgcGFydHMgPSBbcmVuZGVySGVhZGluZygxLCBvcHRpb25zLnRpdGxlID8gYFN0b3J5IEJpYmxlOiAke29wdGlvbnMudGl0bGV9YCA6ICdTdG9yeSBCaWJsZScpXTtcbiAgaWYgKGJpYmxlLnByZWFtYmxlKSBwYXJ0cy5wdXNoKGJpYmxlLnByZWFtYmxlKTtcbiAgcGFydHMucHVzaChyZW5kZXJIZWFkaW5nKDIsICdDaGFyYWN0ZXJzJyksIC4uLmJpYmxlLmNoYXJhY3RlcnMubWFwKHJlbmRlckNoYXJhY3RlcikpO1xuICBjb25zdCBzZXR0aW5nID0gcmVuZGVyU2V0dGluZyhiaWJsZS5zZXR0aW5nKTtcbiAgaWYgKHNldHRpbmcpIHBhcnRzLnB1c2goc2V0dGluZyk7XG4gIGlmIChiaWJsZS5ydWxlcy5sZW5ndGggPiAwKSBwYXJ0cy5wdXNoKGAke3JlbmRlckhlYWRpbmcoMiwgJ1dvcmxkIFJ1bGVzJyl9XFxuXFxuJHtidWxsZXRMaXN0KGJpYmxlLnJ1bGVzKX1gKTtcbiAgY29uc3Qgc3R5bGUgPSByZW5kZXJTdHlsZShiaWJsZS5zdHlsZUd1aWRlKTtcbiAgaWYgKHN0eWxlKSBwYXJ0cy5wdXNoKHN0eWxlKTtcbiAgcGFydHMucHVzaCguLi5yZW5kZXJFeHRyYVNlY3Rpb25zKGJpYmxlLmV4dHJhU2VjdGlvbnMpKTtcbiAgcmV0dXJuIGAke3BhcnRzLmpvaW4oJ1xcblxcbicpfVxcbmA7XG59XG5cbmZ1bmN0aW9uIHJlbmRlckNoYXJhY3RlcihjOiBDaGFyYWN0ZXIpOiBzdHJpbmcge1xuICBjb25zdCBidWxsZXRzID0gQ0hBUkFDVEVSX0JVTExFVFMuZmlsdGVyKCh7IGZpZWxkIH0pID0+IGNbZmllbGRdICE9PSAnJykubWFwKCh7IGZpZWxkLCBsYWJlbCB9KSA9PiByZW5kZXJMYWJlbEl0ZW0obGFiZWwsIGNbZmllbGRdKSk7XG4gIGZvciAoY29uc3QgZCBvZiBjLmRldGFpbHMgPz8gW10pIGJ1bGxldHMucHVzaChkLmxhYmVsID8gcmVuZGVyTGFiZWxJdGVtKGQubGFiZWwsIGQudmFsdWUpIDogcmVuZGVySXRlbShlc2NhcGVUZXh0KGQudmFsdWUsIHsgbGlzdHM6IGZhbHNlIH0pKSk7XG4gIGNvbnN0IHBhcnRzID0gW3JlbmRlckhlYWRpbmcoMywgYy5uYW1lKV07XG4gIGlmIChidWxsZXRzLmxlbmd0aCA+IDApIHBhcnRzLnB1c2goYnVsbGV0cy5qb2luKCdcXG4nKSk7XG4gIGlmIChjLmRlc2NyaXB0aW9uKSBwYXJ0cy5wdXNoKGVzY2FwZVRleHQoYy5kZXNjcmlwdGlvbiwgeyBsaXN0czogdHJ1ZSB9KSk7XG4gIHJldHVybiBwYXJ0cy5qb2luKCdcXG5cXG4nKTtcbn1cblxuZnVuY3Rpb24gcmVuZGVyU2V0dGluZyhzZXR0aW5nOiBCaWJsZVsnc2V0dGluZyddKTogc3RyaW5nIHtcbiAgY29uc3QgcGFydHM6IHN0cmluZ1tdID0gW107XG4gIGlmIChzZXR0aW5nLmVyYSkgcGFydHMucHVzaChyZW5kZXJMYWJlbEl0ZW0oJ0VyYScsIHNldHRpbmcuZXJhKSk7XG4gIGlmIChzZXR0aW5nLndvcmxkKSBwYXJ0cy5wdXNoKGVzY2FwZVRleHQoc2V0dGluZy53b3JsZCwgeyBsaXN0czogdHJ1ZSB9KSk7XG4gIGlmIChzZXR0aW5nLnBsYWNlcy5sZW5ndGggPiAwKSB7XG4gICAgcGFydHMucHVzaChyZW5kZXJIZWFkaW5nKDMsICdQbGFjZXMnKSwgc2V0dGluZy5wbGFjZXMubWFwKChwKSA9PiByZW5kZXJMYWJlbEl0ZW0ocC5uYW1lLCBwLmRlc2NyaXB0aW9uKSkuam9pbignXFxuJykpO1xuICB9XG4gIHJldHVybiBwYXJ0cy5sZW5ndGggPiAwID8gW3JlbmRlckhlYWRpbmcoMiwgJ1NldHRpbmcnKSwgLi4ucGFydHNdLmpvaW4oJ1xcblxcbicpIDogJyc7XG59XG5cbmZ1bmN0aW9uIHJlbmRlclN0eWxlKHN0eWxlOiBCaWJsZVsnc3R5bGVHdWlkZSddKTogc3RyaW5nIHtcbiAgY29uc3QgYnVsbGV0cyA9IFtcbiAgICAuLi4oc3R5bGUudm9pY2UgPyBbcmVuZGVyTGFiZWxJdGVtKCdWb2ljZScsIHN0eWxlLnZvaWNlKV0gOiBbXSksXG4gICAgLi4uKHN0eWxlLnRlbnNlID8gW3JlbmRlckxhYmVsSXRlbSgnVGVuc2UnLCBzdHlsZS50ZW5zZSldIDogW10pLFxuICAgIC4uLihzdHlsZS5wb2ludE9mVmlldyA/IFtyZW5kZXJMYWJlbEl0ZW0oJ1BvaW50IG9mIHZpZXcnLCBzdHlsZS5wb2ludE9mVmlldyldIDogW10pLFxuICAgIC4uLnN0eWxlLm5vdGVzLm1hcCgobikgPT4gcmVuZGVySXRlbShlc2NhcGVUZXh0KG4sIHsgbGlzdHM6IGZhbHNlIH0pKSksXG4gIF07XG4gIHJldHVybiBidWxsZXRzLmxlbmd0aCA+IDAgPyBgJHtyZW5kZXJIZWFkaW5nKDIsICdTdHlsZSBHdWlkZScpfVxcblxcbiR7YnVsbGV0cy5qb2luKCdcXG4nKX1gIDogJyc7XG59XG5cbi8qKlxuICogYC0gKipMYWJlbDoqKiB2YWx1ZWAuIFRoZSB2YWx1ZSdzIGZpcnN0IGxpbmUgZm9sbG93cyB0aGUgbGFiZWwsIHNvIGl0IGlzIG5vdCBhdCBhIGxpbmUgc3RhcnRcbiAqIGFuZCBuZWVkcyBubyBlc2NhcGluZyAoZXNjYXBpbmcgaXQgd291bGQgbGVhdmUgYSB2aXNpYmxlIGJhY2tzbGFzaCk7IGxhdGVyIGxpbmVzIGRvLlxuICovXG5mdW5jdGlvbiByZW5kZXJMYWJlbEl0ZW0obGFiZWw6IHN0cmluZywgdmFsdWU6IHN0cmluZyk6IHN0cmluZyB7XG4gIGlmICghdmFsdWUpIHJldHVybiByZW5kZXJJdGVtKGAqKiR7bGFiZWx9OioqYCk7XG4gIGNvbnN0IFtmaXJzdCwgLi4ucmVzdF0gPSB2YWx1ZS5zcGxpdCgnXFxuJyk7XG4gIGNvbnN0IHRhaWwgPSByZXN0Lmxlbmd0aCA+IDAgPyBgXFxuJHtlc2NhcGVUZXh0KHJlc3Quam9pbignXFxuJyksIHsgbGlzdHM6IGZhbHNlIH0pfWAgOiAnJztcbiAgcmV0dXJuIHJlbmRlckl0ZW0ocmVuZGVyTGFiZWwobGFiZWwsIGAke2ZpcnN0fSR7dGFpbH1gKSk7XG59XG5cbmZ1bmN0aW9uIGJ1bGxldExpc3QoaXRlbXM6IHJlYWRvbmx5IHN0cmluZ1tdKTogc3RyaW5nIHtcbiAgcmV0dXJuIGl0ZW1zLm1hcCgoaSkgPT4gcmVuZGVySXRlbShlc2NhcGVUZXh0KGksIHsgbGlzdHM6IGZhbHNlIH0pKSkuam9pbignXFxuJyk7XG59XG5cbi8vIFx1MjUwMFx1MjUwMFx1MjUwMCBSZWFkaW5nIFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFxuXG5pbnRlcmZhY2UgRHJhZnQge1xuICByZWFkb25seSBoZWFkaW5nOiBIZWFkaW5nO1xuICByZWFkb25seSBsaW5lczogU291cmNlTGluZVtdO1xufVxuXG4vKiogV2hlcmUgdGhlIHdhbGsgb3ZlciB0aGUgaGVhZGluZ3MgY3VycmVudGx5IGlzOyBzdWItaGVhZGluZ3MgYXR0YWNoIHRvIGl0LiAqL1xudHlwZSBDb250ZXh0ID1cbiAgfCB7IHJlYWRvbmx5IGtpbmQ6ICdjaGFyYWN0ZXJzJyB8ICdwbGFjZXMnOyByZWFkb25seSBsZXZlbDogbnVtYmVyOyBjdXJyZW50PzogRHJhZnQgfVxuICB8IHsgcmVhZG9ubHkga2luZDogJ3NldHRpbmcnIHwgJ2VyYScgfCAncnVsZXMnIHwgJ3N0eWxlJzsgcmVhZG9ubHkgbGV2ZWw6IG51bWJlcjsgcmVhZG9ubHkgbGluZXM6IFNvdXJjZUxpbmVbXSB9O1xuXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VCaWJsZShib2R5OiBzdHJpbmcsIG9wdGlvbnM6IFBhcnNlRG9jdW1lbnRPcHRpb25zID0ge30pOiBQYXJzZVJlc3VsdDxCaWJsZT4ge1xuICBjb25zdCBmaWxlID0gb3B0aW9ucy5maWxlID8/IHN0YWdlRmlsZSgnYmlibGUnKTtcbiAgY29uc3QgeyBwcmVhbWJsZSwgc2VjdGlvbnMgfSA9IHNwbGl0U2VjdGlvbnMoYm9keSk7XG4gIGNvbnN0IHByZWFtYmxlTGluZXMgPSBbLi4ucHJlYW1ibGVdO1xuICBjb25zdCBleHRyYXM6IEV4dHJhU2VjdGlvbltdID0gW107XG4gIGNvbnN0IGNoYXJhY3RlcnM6IERyYWZ0W10gPSBbXTtcbiAgY29uc3QgcGxhY2VzOiBEcmFmdFtdID0gW107XG4gIGNvbnN0IHBsYWNlTGluZXM6IFNvdXJjZUxpbmVbXSA9IFtdO1xuICBjb25zdCB0ZXh0ID0geyBzZXR0aW5nOiBbXSBhcyBTb3VyY2VMaW5lW10sIGVyYTogW10gYXMgU291cmNlTGluZVtdLCBydWxlczogW10gYXMgU291cmNlTGluZVtdLCBzdHlsZTogW10gYXMgU291cmNlTGluZVtdIH07XG4gIGxldCBjaGFyYWN0ZXJzSGVhZGluZzogSGVhZGluZyB8IHVuZGVmaW5lZDtcbiAgbGV0IHRpdGxlU2VlbiA9IGZhbHNlO1xuICBsZXQgY3R4OiBDb250ZXh0IHwgdW5kZWZpbmVkO1xuXG4gIGZvciAoY29uc3Qgc2VjdGlvbiBvZiBzZWN0aW9ucykge1xuICAgIGNvbnN0IHsgaGVhZGluZywgbGluZXMgfSA9IHNlY3Rpb247XG4gICAgLy8gQSBjaGFyYWN0ZXIgd2hvIGhhcHBlbnMgdG8gYmUgY2FsbGVkIFwiQ2Fub25cIiBvciBcIlBsYWNlc1wiIGlzIHN0aWxsIGEgY2hhcmFjdGVyLlxuICAgIGNvbnN0IGluQ2FzdCA9IGN0eD8ua2luZCA9PT0gJ2NoYXJhY3RlcnMnICYmIGhlYWRpbmcubGV2ZWwgPiBjdHgubGV2ZWwgJiYgbG9va3NMaWtlQ2hhcmFjdGVyKGxpbmVzKTtcbiAgICBjb25zdCBraW5kID0gaW5DYXN0ID8gdW5kZWZpbmVkIDogU0VDVElPTl9OQU1FUy5nZXQoaGVhZGluZ0tleShoZWFkaW5nLnRleHQpKTtcbiAgICBjb25zdCB0aXRsZU1hdGNoID0gVElUTEVfSEVBRElORy5leGVjKGhlYWRpbmcudGV4dCk7XG5cbiAgICBpZiAoa2luZCA9PT0gdW5kZWZpbmVkICYmICF0aXRsZVNlZW4gJiYgKHRpdGxlTWF0Y2ggfHwgaGVhZGluZy5sZXZlbCA9PT0gMSkpIHtcbiAgICAgIHRpdGxlU2VlbiA9IHRydWU7XG4gICAgICBwcmVhbWJsZUxpbmVzLnB1c2goLi4ubGluZXMpO1xuICAgICAgY3R4ID0gdW5kZWZpbmVkO1xuICAgIH0gZWxzZSBpZiAoa2luZCA9PT0gJ2NoYXJhY3RlcnMnKSB7XG4gICAgICBjaGFyYWN0ZXJzSGVhZGluZyA/Pz0gaGVhZGluZztcbiAgICAgIGlmIChoYXNUZXh0KGxpbmVzKSkgZXh0cmFzLnB1c2goeyBoZWFkaW5nOiAnQ2hhcmFjdGVyIE5vdGVzJywgbGV2ZWw6IGhlYWRpbmcubGV2ZWwsIGJvZHk6IG5vcm1hbGl6ZVRleHQobGluZXMubWFwKChsKSA9PiBsLnRleHQpLmpvaW4oJ1xcbicpKSB9KTtcbiAgICAgIGN0eCA9IHsga2luZCwgbGV2ZWw6IGhlYWRpbmcubGV2ZWwgfTtcbiAgICB9IGVsc2UgaWYgKGtpbmQgPT09ICdwbGFjZXMnKSB7XG4gICAgICBwbGFjZUxpbmVzLnB1c2goLi4ubGluZXMpO1xuICAgICAgY3R4ID0geyBraW5kLCBsZXZlbDogaGVhZGluZy5sZXZlbCB9O1xuICAgIH0gZWxzZSBpZiAoa2luZCAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICB0ZXh0W2tpbmRdLnB1c2goLi4ubGluZXMpO1xuICAgICAgY3R4ID0geyBraW5kLCBsZXZlbDogaGVhZGluZy5sZXZlbCwgbGluZXM6IHRleHRba2luZF0gfTtcbiAgICB9IGVsc2UgaWYgKGN0eD8ua2luZCA9PT0gJ2NoYXJhY3RlcnMnIHx8IGN0eD8ua2luZCA9PT0gJ3BsYWNlcycpIHtcbiAgICAgIGNvbnN0IG93bmVyID0gY3R4LmtpbmQgPT09ICdjaGFyYWN0ZXJzJyA/IGNoYXJhY3RlcnMgOiBwbGFjZXM7XG4gICAgICBpZiAoY3R4LmN1cnJlbnQgJiYgaGVhZGluZy5sZXZlbCA+IGN0eC5jdXJyZW50LmhlYWRpbmcubGV2ZWwpIHtcbiAgICAgICAgY3R4LmN1cnJlbnQubGluZXMucHVzaChoZWFkaW5nTGluZShoZWFkaW5nKSwgLi4ubGluZXMpO1xuICAgICAgfSBlbHNlIGlmIChoZWFkaW5nLmxldmVsID4gY3R4LmxldmVsIHx8IChjdHgua2luZCA9PT0gJ2NoYXJhY3RlcnMnICYmIGxvb2tzTGlrZUNoYXJhY3RlcihsaW5lcykpKSB7XG4gICAgICAgIGN0eC5jdXJyZW50ID0geyBoZWFkaW5nLCBsaW5lczogWy4uLmxpbmVzXSB9O1xuICAgICAgICBvd25lci5wdXNoKGN0eC5jdXJyZW50KTtcbiAgICAgIH0gZWxzZSB7XG4gICAgICAgIGV4dHJhcy5wdXNoKGV4dHJhU2VjdGlvbihzZWN0aW9uKSk7XG4gICAgICAgIGN0eCA9IHVuZGVmaW5lZDtcbiAgICAgIH1cbiAgICB9IGVsc2UgaWYgKGN0eCAmJiAoY3R4LmtpbmQgPT09ICdzZXR0aW5nJyB8fCBjdHgua2luZCA9PT0gJ2VyYScpICYmIGhlYWRpbmcubGV2ZWwgPiBjdHgubGV2ZWwpIHtcbiAgICAgIGN0eC5saW5lcy5wdXNoKGhlYWRpbmdMaW5lKGhlYWRpbmcpLCAuLi5saW5lcyk7IC8vIGEgc3ViLWhlYWRpbmcgaW5zaWRlIHRoZSBzZXR0aW5nJ3MgcHJvc2Ugc3RheXMgdGhlcmVcbiAgICB9IGVsc2Uge1xuICAgICAgZXh0cmFzLnB1c2goZXh0cmFTZWN0aW9uKHNlY3Rpb24pKTtcbiAgICAgIGN0eCA9IHVuZGVmaW5lZDtcbiAgICB9XG4gIH1cblxuICBjb25zdCBwcm9ibGVtcyA9IGNoYXJhY3RlclByb2JsZW1zKGZpbGUsIGNoYXJhY3RlcnNIZWFkaW5nLCBjaGFyYWN0ZXJzKTtcbiAgaWYgKHByb2JsZW1zLmxlbmd0aCA+IDApIHJldHVybiB7IG9rOiBmYWxzZSwgcHJvYmxlbXMgfTtcblxuICBjb25zdCByYXcgPSB7XG4gICAgY2hhcmFjdGVyczogY2hhcmFjdGVycy5tYXAocmVhZENoYXJhY3RlciksXG4gICAgc2V0dGluZzogcmVhZFNldHRpbmcodGV4dC5zZXR0aW5nLCB0ZXh0LmVyYSwgcGxhY2VMaW5lcywgcGxhY2VzKSxcbiAgICBydWxlczogcmVhZEJsb2Nrcyh0ZXh0LnJ1bGVzKS5tYXAoYmxvY2tUZXh0KS5maWx0ZXIoKHIpID0+IHIgIT09ICcnKSxcbiAgICBzdHlsZUd1aWRlOiByZWFkU3R5bGUodGV4dC5zdHlsZSksXG4gICAgLi4uZXh0cmFzT2YocHJlYW1ibGVMaW5lcywgZXh0cmFzKSxcbiAgfTtcbiAgY29uc3QgY29tcGxldGVkID0gY29tcGxldGVCaWJsZShyYXcpO1xuICByZXR1cm4gY29tcGxldGVkLm9rID8geyBvazogdHJ1ZSwgdmFsdWU6IGNvbXBsZXRlZC52YWx1ZSB9IDogeyBvazogZmFsc2UsIHByb2JsZW1zOiBjb21wbGV0ZWQucHJvYmxlbXMgfTtcbn1cblxuZnVuY3Rpb24gY2hhcmFjdGVyUHJvYmxlbXMoZmlsZTogc3RyaW5nLCBjaGFyYWN0ZXJzSGVhZGluZzogSGVhZGluZyB8IHVuZGVmaW5lZCwgY2hhcmFjdGVyczogcmVhZG9ubHkgRHJhZnRbXSk6IFByb2JsZW1bXSB7XG4gIGlmICghY2hhcmFjdGVyc0hlYWRpbmcpIHtcbiAgICByZXR1cm4gW3sgZmllbGQ6ICdjaGFyYWN0ZXJzJywgbWVzc2FnZTogYCR7ZmlsZX0gaGFzIG5vIFwiIyMgQ2hhcmFjdGVyc1wiIHNlY3Rpb246IGFkZCBvbmUsIHdpdGggYSBcIiMjIyBOYW1lXCIgaGVhZGluZyBmb3IgZWFjaCBjaGFyYWN0ZXJgIH1dO1xuICB9XG4gIGlmIChjaGFyYWN0ZXJzLmxlbmd0aCA9PT0gMCkge1xuICAgIGNvbnN0IGxpbmUgPSBjaGFyYWN0ZXJzSGVhZGluZy5saW5lO1xuICAgIHJldHVybiBbeyBmaWVsZDogJ2NoYXJhY3RlcnMnLCBsaW5lLCBtZXNzYWdlOiBgJHtmaWxlfSBsaW5lICR7bGluZX06IFwiJHtjaGFyYWN0ZXJzSGVhZGluZy50ZXh0fVwiIGhhcyBubyBjaGFyYWN0ZXJzOiBhZGQgYSBcIiMjIyBOYW1lXCIgaGVhZGluZyBmb3IgZWFjaCBvbmVgIH1dO1xuICB9XG4gIHJldHVybiBjaGFyYWN0ZXJzXG4gICAgLmZpbHRlcigoYykgPT4gbm9ybWFsaXplTGluZShjLmhlYWRpbmcudGV4dCkgPT09ICcnKVxuICAgIC5tYXAoKGMpID0+ICh7IGZpZWxkOiAnY2hhcmFjdGVycy5uYW1lJywgbGluZTogYy5oZWFkaW5nLmxpbmUsIG1lc3NhZ2U6IGAke2ZpbGV9IGxpbmUgJHtjLmhlYWRpbmcubGluZX06IGEgY2hhcmFjdGVyIGhlYWRpbmcgaGFzIG5vIG5hbWVgIH0pKTtcbn1cblxuZnVuY3Rpb24gcmVhZENoYXJhY3RlcihkcmFmdDogRHJhZnQpOiBDaGFyYWN0ZXJSZXBseSAmIHsgZGV0YWlsczogQ2hhcmFjdGVyRGV0YWlsW10gfSB7XG4gIGNvbnN0IGZpZWxkczogUGFydGlhbDxSZWNvcmQ8Q2hhcmFjdGVyRmllbGQsIHN0cmluZz4+ID0ge307XG4gIGNvbnN0IGRlc2NyaXB0aW9uOiBzdHJpbmdbXSA9IFtdO1xuICBjb25zdCBkZXRhaWxzOiBDaGFyYWN0ZXJEZXRhaWxbXSA9IFtdO1xuICBmb3IgKGNvbnN0IGJsb2NrIG9mIHJlYWRCbG9ja3MoZHJhZnQubGluZXMpKSB7XG4gICAgY29uc3QgdGV4dCA9IGJsb2NrVGV4dChibG9jayk7XG4gICAgaWYgKHRleHQgPT09ICcnKSBjb250aW51ZTtcbiAgICBjb25zdCBsYWJlbGVkID0gcmVhZExhYmVsZWQodGV4dCwgQ0hBUkFDVEVSX0xBQkVMUywgYmxvY2sua2luZCA9PT0gJ2l0ZW0nKTtcbiAgICBpZiAobGFiZWxlZC5sZW5ndGggPiAwKSB7XG4gICAgICBmb3IgKGNvbnN0IHsgZmllbGQsIHZhbHVlIH0gb2YgbGFiZWxlZCkgZmllbGRzW2ZpZWxkXSA9IGZpZWxkc1tmaWVsZF0gPyBgJHtmaWVsZHNbZmllbGRdfVxcblxcbiR7dmFsdWV9YCA6IHZhbHVlO1xuICAgIH0gZWxzZSBpZiAoYmxvY2sua2luZCA9PT0gJ3BhcmFncmFwaCcpIHtcbiAgICAgIGRlc2NyaXB0aW9uLnB1c2godGV4dCk7XG4gICAgfSBlbHNlIHtcbiAgICAgIGNvbnN0IGxhYmVsID0gc3BsaXRMYWJlbCh0ZXh0KTtcbiAgICAgIGRldGFpbHMucHVzaChsYWJlbCAmJiAobGFiZWwuYm9sZCB8fCBsYWJlbC5sYWJlbC5zcGxpdCgvXFxzKy8pLmxlbmd0aCA8PSAzKSA/IHsgbGFiZWw6IGxhYmVsLmxhYmVsLCB2YWx1ZTogbGFiZWwudmFsdWUgfSA6IHsgbGFiZWw6ICcnLCB2YWx1ZTogdGV4dCB9KTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHtcbiAgICBuYW1lOiBub3JtYWxpemVMaW5lKGRyYWZ0LmhlYWRpbmcudGV4dCksXG4gICAgcm9sZTogZmllbGRzLnJvbGUgPz8gJycsXG4gICAgZ29hbDogZmllbGRzLmdvYWwgPz8gJycsXG4gICAgZmxhdzogZmllbGRzLmZsYXcgPz8gJycsXG4gICAgYXJjOiBmaWVsZHMuYXJjID8/ICcnLFxuICAgIHZvaWNlOiBmaWVsZHMudm9pY2UgPz8gJycsXG4gICAgZGVzY3JpcHRpb246IFtmaWVsZHMuZGVzY3JpcHRpb24sIC4uLmRlc2NyaXB0aW9uXS5maWx0ZXIoQm9vbGVhbikuam9pbignXFxuXFxuJyksXG4gICAgZGV0YWlscyxcbiAgfTtcbn1cblxuZnVuY3Rpb24gcmVhZFNldHRpbmcoc2V0dGluZ0xpbmVzOiBTb3VyY2VMaW5lW10sIGVyYUxpbmVzOiBTb3VyY2VMaW5lW10sIHBsYWNlTGluZXM6IFNvdXJjZUxpbmVbXSwgcGxhY2VEcmFmdHM6IHJlYWRvbmx5IERyYWZ0W10pOiBCaWJsZVsnc2V0dGluZyddIHtcbiAgY29uc3Qgd29ybGQ6IHN0cmluZ1tdID0gW107XG4gIGxldCBlcmEgPSBub3JtYWxpemVUZXh0KHVuZXNjYXBlVGV4dChlcmFMaW5lcy5tYXAoKGwpID0+IGwudGV4dCkuam9pbignXFxuJykpKTtcbiAgZm9yIChjb25zdCBibG9jayBvZiByZWFkQmxvY2tzKHNldHRpbmdMaW5lcykpIHtcbiAgICBjb25zdCB0ZXh0ID0gYmxvY2tUZXh0KGJsb2NrKTtcbiAgICBjb25zdCBsYWJlbGVkID0gcmVhZExhYmVsZWQodGV4dCwgU0VUVElOR19MQUJFTFMsIGJsb2NrLmtpbmQgPT09ICdpdGVtJyk7XG4gICAgaWYgKGxhYmVsZWQubGVuZ3RoID09PSAwKSB3b3JsZC5wdXNoKGJsb2NrLmtpbmQgPT09ICdpdGVtJyA/IHJlbmRlckl0ZW0odGV4dCkgOiB0ZXh0KTtcbiAgICBmb3IgKGNvbnN0IHsgZmllbGQsIHZhbHVlIH0gb2YgbGFiZWxlZCkge1xuICAgICAgaWYgKGZpZWxkID09PSAnZXJhJykgZXJhID0gZXJhID8gYCR7ZXJhfVxcblxcbiR7dmFsdWV9YCA6IHZhbHVlO1xuICAgICAgZWxzZSB3b3JsZC5wdXNoKHZhbHVlKTtcbiAgICB9XG4gIH1cbiAgY29uc3QgcGxhY2VzOiBQbGFjZVtdID0gW107XG4gIGZvciAoY29uc3QgYmxvY2sgb2YgcmVhZEJsb2NrcyhwbGFjZUxpbmVzKSkge1xuICAgIGNvbnN0IHRleHQgPSBibG9ja1RleHQoYmxvY2spO1xuICAgIGNvbnN0IHByZXZpb3VzID0gcGxhY2VzLmF0KC0xKTtcbiAgICBpZiAoYmxvY2sua2luZCA9PT0gJ3BhcmFncmFwaCcgJiYgcHJldmlvdXMpIHtcbiAgICAgIHBsYWNlc1twbGFjZXMubGVuZ3RoIC0gMV0gPSB7IC4uLnByZXZpb3VzLCBkZXNjcmlwdGlvbjogW3ByZXZpb3VzLmRlc2NyaXB0aW9uLCB0ZXh0XS5maWx0ZXIoQm9vbGVhbikuam9pbignXFxuXFxuJykgfTtcbiAgICB9IGVsc2UgaWYgKGJsb2NrLmtpbmQgPT09ICdwYXJhZ3JhcGgnKSB7XG4gICAgICB3b3JsZC5wdXNoKHRleHQpO1xuICAgIH0gZWxzZSB7XG4gICAgICBjb25zdCBsYWJlbCA9IHNwbGl0TGFiZWwodGV4dCkgPz8gZGFzaFNwbGl0KHRleHQpO1xuICAgICAgcGxhY2VzLnB1c2gobGFiZWwgPyB7IG5hbWU6IG5vcm1hbGl6ZUxpbmUobGFiZWwubGFiZWwpLCBkZXNjcmlwdGlvbjogbGFiZWwudmFsdWUgfSA6IHsgbmFtZTogbm9ybWFsaXplTGluZSh0ZXh0KSwgZGVzY3JpcHRpb246ICcnIH0pO1xuICAgIH1cbiAgfVxuICBmb3IgKGNvbnN0IGQgb2YgcGxhY2VEcmFmdHMpIHtcbiAgICBwbGFjZXMucHVzaCh7IG5hbWU6IG5vcm1hbGl6ZUxpbmUoZC5oZWFkaW5nLnRleHQpLCBkZXNjcmlwdGlvbjogbm9ybWFsaXplVGV4dCh1bmVzY2FwZVRleHQoZC5saW5lcy5tYXAoKGwpID0+IGwudGV4dCkuam9pbignXFxuJykpKSB9KTtcbiAgfVxuICByZXR1cm4geyB3b3JsZDogd29ybGQuam9pbignXFxuXFxuJyksIGVyYSwgcGxhY2VzIH07XG59XG5cbmZ1bmN0aW9uIHJlYWRTdHlsZShsaW5lczogU291cmNlTGluZVtdKTogQmlibGVbJ3N0eWxlR3VpZGUnXSB7XG4gIGNvbnN0IHN0eWxlID0geyB2b2ljZTogJycsIHRlbnNlOiAnJywgcG9pbnRPZlZpZXc6ICcnLCBub3RlczogW10gYXMgc3RyaW5nW10gfTtcbiAgZm9yIChjb25zdCBibG9jayBvZiByZWFkQmxvY2tzKGxpbmVzKSkge1xuICAgIGNvbnN0IHRleHQgPSBibG9ja1RleHQoYmxvY2spO1xuICAgIGNvbnN0IGxhYmVsZWQgPSByZWFkTGFiZWxlZCh0ZXh0LCBTVFlMRV9MQUJFTFMsIGJsb2NrLmtpbmQgPT09ICdpdGVtJyk7XG4gICAgaWYgKGxhYmVsZWQubGVuZ3RoID09PSAwICYmIHRleHQgIT09ICcnKSBzdHlsZS5ub3Rlcy5wdXNoKHRleHQpO1xuICAgIGZvciAoY29uc3QgeyBmaWVsZCwgdmFsdWUgfSBvZiBsYWJlbGVkKSBzdHlsZVtmaWVsZF0gPSBzdHlsZVtmaWVsZF0gPyBgJHtzdHlsZVtmaWVsZF19XFxuXFxuJHt2YWx1ZX1gIDogdmFsdWU7XG4gIH1cbiAgcmV0dXJuIHN0eWxlO1xufVxuXG4vKipcbiAqIExhYmVsbGVkIGxpbmVzIGluIGEgYmxvY2s6IGFuIGl0ZW0gaXMgb25lIGBMYWJlbDogdmFsdWVgOyBhIHBhcmFncmFwaCB3aG9zZSBmaXJzdCBsaW5lIGlzIGFcbiAqIGtub3duIGxhYmVsIGlzIHJlYWQgbGluZSBieSBsaW5lIChhIHdyaXRlciB3aG8gcmVtb3ZlZCB0aGUgYnVsbGV0cyksIHVubGFiZWxsZWQgbGluZXNcbiAqIGNvbnRpbnVpbmcgdGhlIHByZXZpb3VzIHZhbHVlLiBSZXR1cm5zIFtdIHdoZW4gdGhlIGJsb2NrIGRvZXMgbm90IHN0YXJ0IHdpdGggYSBrbm93biBsYWJlbC5cbiAqL1xuZnVuY3Rpb24gcmVhZExhYmVsZWQ8RiBleHRlbmRzIHN0cmluZz4odGV4dDogc3RyaW5nLCBsYWJlbHM6IFJlYWRvbmx5TWFwPHN0cmluZywgRj4sIGlzSXRlbTogYm9vbGVhbik6IEFycmF5PHsgZmllbGQ6IEY7IHZhbHVlOiBzdHJpbmcgfT4ge1xuICBjb25zdCBrbm93biA9ICh0OiBzdHJpbmcpID0+IHtcbiAgICBjb25zdCBsID0gc3BsaXRMYWJlbCh0KTtcbiAgICBjb25zdCBmaWVsZCA9IGwgJiYgbGFiZWxzLmdldChsYWJlbEtleShsLmxhYmVsKSk7XG4gICAgcmV0dXJuIGwgJiYgZmllbGQgPyB7IGZpZWxkLCB2YWx1ZTogbC52YWx1ZSB9IDogdW5kZWZpbmVkO1xuICB9O1xuICBpZiAoaXNJdGVtKSB7XG4gICAgY29uc3Qgb25lID0ga25vd24odGV4dCk7XG4gICAgcmV0dXJuIG9uZSA/IFt7IGZpZWxkOiBvbmUuZmllbGQsIHZhbHVlOiBub3JtYWxpemVUZXh0KG9uZS52YWx1ZSkgfV0gOiBbXTtcbiAgfVxuICBjb25zdCBsaW5lcyA9IHRleHQuc3BsaXQoJ1xcbicpO1xuICBpZiAoIWtub3duKGxpbmVzWzBdISkpIHJldHVybiBbXTtcbiAgY29uc3Qgb3V0OiBBcnJheTx7IGZpZWxkOiBGOyB2YWx1ZTogc3RyaW5nIH0+ID0gW107XG4gIGZvciAoY29uc3QgbGluZSBvZiBsaW5lcykge1xuICAgIGNvbnN0IGhpdCA9IGtub3duKGxpbmUpO1xuICAgIGlmIChoaXQpIG91dC5wdXNoKHsgLi4uaGl0IH0pO1xuICAgIGVsc2Ugb3V0W291dC5sZW5ndGggLSAxXSA9IHsgLi4ub3V0LmF0KC0xKSEsIHZhbHVlOiBgJHtvdXQuYXQoLTEpIS52YWx1ZX1cXG4ke2xpbmV9YCB9O1xuICB9XG4gIHJldHVybiBvdXQubWFwKChvKSA9PiAoeyBmaWVsZDogby5maWVsZCwgdmFsdWU6IG5vcm1hbGl6ZVRleHQoby52YWx1ZSkgfSkpO1xufVxuXG4vKiogQSBjaGFyYWN0ZXIgc2VjdGlvbiB0aGUgd3JpdGVyIHJlLWxldmVsbGVkIHN0aWxsIGhhcyBhIGNoYXJhY3RlcidzIGJ1bGxldHMuICovXG5mdW5jdGlvbiBsb29rc0xpa2VDaGFyYWN0ZXIobGluZXM6IHJlYWRvbmx5IFNvdXJjZUxpbmVbXSk6IGJvb2xlYW4ge1xuICByZXR1cm4gcmVhZEJsb2NrcyhsaW5lcykuc29tZSgoYikgPT4gcmVhZExhYmVsZWQoYmxvY2tUZXh0KGIpLCBDSEFSQUNURVJfTEFCRUxTLCBiLmtpbmQgPT09ICdpdGVtJykuc29tZSgobCkgPT4gbC5maWVsZCAhPT0gJ2Rlc2NyaXB0aW9uJykpO1xufVxuXG5mdW5jdGlvbiBibG9ja1RleHQoYmxvY2s6IEJsb2NrKTogc3RyaW5nIHtcbiAgcmV0dXJuIG5vcm1hbGl6ZVRleHQodW5lc2NhcGVUZXh0KGJsb2NrLnRleHQpKTtcbn1cblxuZnVuY3Rpb24gZGFzaFNwbGl0KHRleHQ6IHN0cmluZyk6IHsgbGFiZWw6IHN0cmluZzsgdmFsdWU6IHN0cmluZyB9IHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgbSA9IC9eKC57MSw4MH0/KVxccytbXHUyMDE0XHUyMDEzLV1cXHMrKFtcXHNcXFNdKykkLy5leGVjKHRleHQpO1xuICByZXR1cm4gbSA/IHsgbGFiZWw6IG1bMV0hLCB2YWx1ZTogbVsyXSEudHJpbSgpIH0gOiB1bmRlZmluZWQ7XG59XG5cbmZ1bmN0aW9uIGhhc1RleHQobGluZXM6IHJlYWRvbmx5IFNvdXJjZUxpbmVbXSk6IGJvb2xlYW4ge1xuICByZXR1cm4gbGluZXMuc29tZSgobCkgPT4gbC50ZXh0LnRyaW0oKSAhPT0gJycpO1xufVxuXG5mdW5jdGlvbiBoZWFkaW5nTGluZShoZWFkaW5nOiBIZWFkaW5nKTogU291cmNlTGluZSB7XG4gIHJldHVybiB7IHRleHQ6IHJlbmRlckhlYWRpbmcoaGVhZGluZy5sZXZlbCwgaGVhZGluZy50ZXh0KSwgbGluZTogaGVhZGluZy5saW5lIH07XG59XG5cbmZ1bmN0aW9uIGxhYmVsTWFwPEYgZXh0ZW5kcyBzdHJpbmc+KG5hbWVzOiBSZWNvcmQ8RiwgcmVhZG9ubHkgc3RyaW5nW10+KTogUmVhZG9ubHlNYXA8c3RyaW5nLCBGPiB7XG4gIGNvbnN0IG1hcCA9IG5ldyBNYXA8c3RyaW5nLCBGPigpO1xuICBmb3IgKGNvbnN0IFtmaWVsZCwga2V5c10gb2YgT2JqZWN0LmVudHJpZXMobmFtZXMpIGFzIEFycmF5PFtGLCByZWFkb25seSBzdHJpbmdbXV0+KSBmb3IgKGNvbnN0IGsgb2Yga2V5cykgbWFwLnNldChrLCBmaWVsZCk7XG4gIHJldHVybiBtYXA7XG59XG5cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUNBLG1CQUFpSDtBQUVqSCxvQkFBbUQ7QUFDbkQsb0JBQStFO0FBQy9FLHNCQUE0RTtBQUM1RSxrQkFBc0g7QUFDdEgsd0JBQTBCO0FBVzFCLE1BQU0sb0JBQXFHO0FBQUEsRUFDekcsRUFBRSxPQUFPLFFBQVEsT0FBTyxPQUFPO0FBQUEsRUFDL0IsRUFBRSxPQUFPLFFBQVEsT0FBTyxPQUFPO0FBQUEsRUFDL0IsRUFBRSxPQUFPLFFBQVEsT0FBTyxPQUFPO0FBQUEsRUFDL0IsRUFBRSxPQUFPLE9BQU8sT0FBTyxNQUFNO0FBQUEsRUFDN0IsRUFBRSxPQUFPLFNBQVMsT0FBTyxRQUFRO0FBQ25DO0FBR0EsTUFBTSxtQkFBbUIsU0FBeUI7QUFBQSxFQUNoRCxNQUFNLENBQUMsUUFBUSxRQUFRLFlBQVksZUFBZTtBQUFBLEVBQ2xELE1BQU0sQ0FBQyxRQUFRLFNBQVMsUUFBUSxTQUFTLFVBQVUsY0FBYyxXQUFXO0FBQUEsRUFDNUUsTUFBTSxDQUFDLFFBQVEsU0FBUyxZQUFZLFNBQVMsWUFBWTtBQUFBLEVBQ3pELEtBQUssQ0FBQyxPQUFPLGlCQUFpQixVQUFVLFNBQVM7QUFBQSxFQUNqRCxPQUFPLENBQUMsU0FBUyxVQUFVLG9CQUFvQixtQkFBbUIsVUFBVTtBQUFBLEVBQzVFLGFBQWEsQ0FBQyxlQUFlLGNBQWMsU0FBUyxPQUFPLGNBQWMsYUFBYSxTQUFTO0FBQ2pHLENBQUM7QUFDRCxNQUFNLGlCQUFpQixTQUEwQjtBQUFBLEVBQy9DLE9BQU8sQ0FBQyxTQUFTLFlBQVksV0FBVyxlQUFlLFlBQVk7QUFBQSxFQUNuRSxLQUFLLENBQUMsT0FBTyxVQUFVLFFBQVEsZUFBZSxRQUFRLFdBQVc7QUFDbkUsQ0FBQztBQUNELE1BQU0sZUFBZSxTQUE0QztBQUFBLEVBQy9ELE9BQU8sQ0FBQyxTQUFTLG1CQUFtQixTQUFTLGVBQWUsT0FBTztBQUFBLEVBQ25FLE9BQU8sQ0FBQyxTQUFTLGlCQUFpQjtBQUFBLEVBQ2xDLGFBQWEsQ0FBQyxpQkFBaUIsT0FBTyxhQUFhLGVBQWUsV0FBVztBQUMvRSxDQUFDO0FBR0QsTUFBTSxnQkFBZ0IsU0FBc0I7QUFBQSxFQUMxQyxZQUFZLENBQUMsY0FBYyxRQUFRLGFBQWEscUJBQXFCLFVBQVUsbUJBQW1CLHlCQUF5QixvQkFBb0Isb0JBQW9CO0FBQUEsRUFDbkssU0FBUyxDQUFDLFdBQVcsU0FBUyxhQUFhLGtCQUFrQixpQkFBaUIsbUJBQW1CO0FBQUEsRUFDakcsS0FBSyxDQUFDLE9BQU8sZUFBZSxRQUFRO0FBQUEsRUFDcEMsUUFBUSxDQUFDLFVBQVUsYUFBYSxjQUFjLGlCQUFpQixzQkFBc0I7QUFBQSxFQUNyRixPQUFPLENBQUMsU0FBUyxlQUFlLHNCQUFzQixlQUFlLFFBQVEsU0FBUyxTQUFTLFlBQVk7QUFBQSxFQUMzRyxPQUFPLENBQUMsZUFBZSxTQUFTLGVBQWUsbUJBQW1CLGVBQWUsZUFBZTtBQUNsRyxDQUFDO0FBRUQsTUFBTSxnQkFBZ0I7QUFJZixTQUFTLFlBQVksT0FBYyxVQUFpQyxDQUFDLEdBQVc7QUFDckYsUUFBTSxRQUFRLEtBQUMsK0JBQWMsR0FBRyxRQUFRLFFBQVEsZ0JBQWdCLFFBQVEsS0FBSyxLQUFLLGFBQWEsQ0FBQztBQUNoRyxNQUFJLE1BQU0sU0FBVSxPQUFNLEtBQUssTUFBTSxRQUFRO0FBQzdDLFFBQU0sU0FBSywrQkFBYyxHQUFHLFlBQVksR0FBRyxHQUFHLE1BQU0sV0FBVyxJQUFJLGVBQWUsQ0FBQztBQUNuRixRQUFNLFVBQVUsY0FBYyxNQUFNLE9BQU87QUFDM0MsTUFBSSxRQUFTLE9BQU0sS0FBSyxPQUFPO0FBQy9CLE1BQUksTUFBTSxNQUFNLFNBQVMsRUFBRyxPQUFNLEtBQUssT0FBRywrQkFBYyxHQUFHLGFBQWEsQ0FBQztBQUFBO0FBQUEsRUFBTyxXQUFXLE1BQU0sS0FBSyxDQUFDLEVBQUU7QUFDekcsUUFBTSxRQUFRLFlBQVksTUFBTSxVQUFVO0FBQzFDLE1BQUksTUFBTyxPQUFNLEtBQUssS0FBSztBQUMzQixRQUFNLEtBQUssT0FBRyxtQ0FBb0IsTUFBTSxhQUFhLENBQUM7QUFDdEQsU0FBTyxHQUFHLE1BQU0sS0FBSyxNQUFNLENBQUM7QUFBQTtBQUM5QjtBQUVBLFNBQVMsZ0JBQWdCLEdBQXNCO0FBQzdDLFFBQU0sVUFBVSxrQkFBa0IsT0FBTyxDQUFDLEVBQUUsTUFBTSxNQUFNLEVBQUUsS0FBSyxNQUFNLEVBQUUsRUFBRSxJQUFJLENBQUMsRUFBRSxPQUFPLE1BQU0sTUFBTSxnQkFBZ0IsT0FBTyxFQUFFLEtBQUssQ0FBQyxDQUFDO0FBQ25JLGFBQVcsS0FBSyxFQUFFLFdBQVcsQ0FBQyxFQUFHLFNBQVEsS0FBSyxFQUFFLFFBQVEsZ0JBQWdCLEVBQUUsT0FBTyxFQUFFLEtBQUssUUFBSSw4QkFBVyx3QkFBVyxFQUFFLE9BQU8sRUFBRSxPQUFPLE1BQU0sQ0FBQyxDQUFDLENBQUM7QUFDN0ksUUFBTSxRQUFRLEtBQUMsK0JBQWMsR0FBRyxFQUFFLElBQUksQ0FBQztBQUN2QyxNQUFJLFFBQVEsU0FBUyxFQUFHLE9BQU0sS0FBSyxRQUFRLEtBQUssSUFBSSxDQUFDO0FBQ3JELE1BQUksRUFBRSxZQUFhLE9BQU0sU0FBSyx3QkFBVyxFQUFFLGFBQWEsRUFBRSxPQUFPLEtBQUssQ0FBQyxDQUFDO0FBQ3hFLFNBQU8sTUFBTSxLQUFLLE1BQU07QUFDMUI7QUFFQSxTQUFTLGNBQWMsU0FBbUM7QUFDeEQsUUFBTSxRQUFrQixDQUFDO0FBQ3pCLE1BQUksUUFBUSxJQUFLLE9BQU0sS0FBSyxnQkFBZ0IsT0FBTyxRQUFRLEdBQUcsQ0FBQztBQUMvRCxNQUFJLFFBQVEsTUFBTyxPQUFNLFNBQUssd0JBQVcsUUFBUSxPQUFPLEVBQUUsT0FBTyxLQUFLLENBQUMsQ0FBQztBQUN4RSxNQUFJLFFBQVEsT0FBTyxTQUFTLEdBQUc7QUFDN0IsVUFBTSxTQUFLLCtCQUFjLEdBQUcsUUFBUSxHQUFHLFFBQVEsT0FBTyxJQUFJLENBQUMsTUFBTSxnQkFBZ0IsRUFBRSxNQUFNLEVBQUUsV0FBVyxDQUFDLEVBQUUsS0FBSyxJQUFJLENBQUM7QUFBQSxFQUNySDtBQUNBLFNBQU8sTUFBTSxTQUFTLElBQUksS0FBQywrQkFBYyxHQUFHLFNBQVMsR0FBRyxHQUFHLEtBQUssRUFBRSxLQUFLLE1BQU0sSUFBSTtBQUNuRjtBQUVBLFNBQVMsWUFBWSxPQUFvQztBQUN2RCxRQUFNLFVBQVU7QUFBQSxJQUNkLEdBQUksTUFBTSxRQUFRLENBQUMsZ0JBQWdCLFNBQVMsTUFBTSxLQUFLLENBQUMsSUFBSSxDQUFDO0FBQUEsSUFDN0QsR0FBSSxNQUFNLFFBQVEsQ0FBQyxnQkFBZ0IsU0FBUyxNQUFNLEtBQUssQ0FBQyxJQUFJLENBQUM7QUFBQSxJQUM3RCxHQUFJLE1BQU0sY0FBYyxDQUFDLGdCQUFnQixpQkFBaUIsTUFBTSxXQUFXLENBQUMsSUFBSSxDQUFDO0FBQUEsSUFDakYsR0FBRyxNQUFNLE1BQU0sSUFBSSxDQUFDLFVBQU0sOEJBQVcsd0JBQVcsR0FBRyxFQUFFLE9BQU8sTUFBTSxDQUFDLENBQUMsQ0FBQztBQUFBLEVBQ3ZFO0FBQ0EsU0FBTyxRQUFRLFNBQVMsSUFBSSxPQUFHLCtCQUFjLEdBQUcsYUFBYSxDQUFDO0FBQUE7QUFBQSxFQUFPLFFBQVEsS0FBSyxJQUFJLENBQUMsS0FBSztBQUM5RjtBQU1BLFNBQVMsZ0JBQWdCLE9BQWUsT0FBdUI7QUFDN0QsTUFBSSxDQUFDLE1BQU8sWUFBTywwQkFBVyxLQUFLLEtBQUssS0FBSztBQUM3QyxRQUFNLENBQUMsT0FBTyxHQUFHLElBQUksSUFBSSxNQUFNLE1BQU0sSUFBSTtBQUN6QyxRQUFNLE9BQU8sS0FBSyxTQUFTLElBQUk7QUFBQSxNQUFLLHdCQUFXLEtBQUssS0FBSyxJQUFJLEdBQUcsRUFBRSxPQUFPLE1BQU0sQ0FBQyxDQUFDLEtBQUs7QUFDdEYsYUFBTyw4QkFBVyx5QkFBWSxPQUFPLEdBQUcsS0FBSyxHQUFHLElBQUksRUFBRSxDQUFDO0FBQ3pEO0FBRUEsU0FBUyxXQUFXLE9BQWtDO0FBQ3BELFNBQU8sTUFBTSxJQUFJLENBQUMsVUFBTSw4QkFBVyx3QkFBVyxHQUFHLEVBQUUsT0FBTyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsS0FBSyxJQUFJO0FBQ2hGO0FBY08sU0FBUyxXQUFXLE1BQWMsVUFBZ0MsQ0FBQyxHQUF1QjtBQUMvRixRQUFNLE9BQU8sUUFBUSxZQUFRLDZCQUFVLE9BQU87QUFDOUMsUUFBTSxFQUFFLFVBQVUsU0FBUyxRQUFJLCtCQUFjLElBQUk7QUFDakQsUUFBTSxnQkFBZ0IsQ0FBQyxHQUFHLFFBQVE7QUFDbEMsUUFBTSxTQUF5QixDQUFDO0FBQ2hDLFFBQU0sYUFBc0IsQ0FBQztBQUM3QixRQUFNLFNBQWtCLENBQUM7QUFDekIsUUFBTSxhQUEyQixDQUFDO0FBQ2xDLFFBQU0sT0FBTyxFQUFFLFNBQVMsQ0FBQyxHQUFtQixLQUFLLENBQUMsR0FBbUIsT0FBTyxDQUFDLEdBQW1CLE9BQU8sQ0FBQyxFQUFrQjtBQUMxSCxNQUFJO0FBQ0osTUFBSSxZQUFZO0FBQ2hCLE1BQUk7QUFFSixhQUFXLFdBQVcsVUFBVTtBQUM5QixVQUFNLEVBQUUsU0FBUyxNQUFNLElBQUk7QUFFM0IsVUFBTSxTQUFTLEtBQUssU0FBUyxnQkFBZ0IsUUFBUSxRQUFRLElBQUksU0FBUyxtQkFBbUIsS0FBSztBQUNsRyxVQUFNLE9BQU8sU0FBUyxTQUFZLGNBQWMsUUFBSSx3QkFBVyxRQUFRLElBQUksQ0FBQztBQUM1RSxVQUFNLGFBQWEsY0FBYyxLQUFLLFFBQVEsSUFBSTtBQUVsRCxRQUFJLFNBQVMsVUFBYSxDQUFDLGNBQWMsY0FBYyxRQUFRLFVBQVUsSUFBSTtBQUMzRSxrQkFBWTtBQUNaLG9CQUFjLEtBQUssR0FBRyxLQUFLO0FBQzNCLFlBQU07QUFBQSxJQUNSLFdBQVcsU0FBUyxjQUFjO0FBQ2hDLDRCQUFzQjtBQUN0QixVQUFJLFFBQVEsS0FBSyxFQUFHLFFBQU8sS0FBSyxFQUFFLFNBQVMsbUJBQW1CLE9BQU8sUUFBUSxPQUFPLFVBQU0sMkJBQWMsTUFBTSxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUksRUFBRSxLQUFLLElBQUksQ0FBQyxFQUFFLENBQUM7QUFDOUksWUFBTSxFQUFFLE1BQU0sT0FBTyxRQUFRLE1BQU07QUFBQSxJQUNyQyxXQUFXLFNBQVMsVUFBVTtBQUM1QixpQkFBVyxLQUFLLEdBQUcsS0FBSztBQUN4QixZQUFNLEVBQUUsTUFBTSxPQUFPLFFBQVEsTUFBTTtBQUFBLElBQ3JDLFdBQVcsU0FBUyxRQUFXO0FBQzdCLFdBQUssSUFBSSxFQUFFLEtBQUssR0FBRyxLQUFLO0FBQ3hCLFlBQU0sRUFBRSxNQUFNLE9BQU8sUUFBUSxPQUFPLE9BQU8sS0FBSyxJQUFJLEVBQUU7QUFBQSxJQUN4RCxXQUFXLEtBQUssU0FBUyxnQkFBZ0IsS0FBSyxTQUFTLFVBQVU7QUFDL0QsWUFBTSxRQUFRLElBQUksU0FBUyxlQUFlLGFBQWE7QUFDdkQsVUFBSSxJQUFJLFdBQVcsUUFBUSxRQUFRLElBQUksUUFBUSxRQUFRLE9BQU87QUFDNUQsWUFBSSxRQUFRLE1BQU0sS0FBSyxZQUFZLE9BQU8sR0FBRyxHQUFHLEtBQUs7QUFBQSxNQUN2RCxXQUFXLFFBQVEsUUFBUSxJQUFJLFNBQVUsSUFBSSxTQUFTLGdCQUFnQixtQkFBbUIsS0FBSyxHQUFJO0FBQ2hHLFlBQUksVUFBVSxFQUFFLFNBQVMsT0FBTyxDQUFDLEdBQUcsS0FBSyxFQUFFO0FBQzNDLGNBQU0sS0FBSyxJQUFJLE9BQU87QUFBQSxNQUN4QixPQUFPO0FBQ0wsZUFBTyxTQUFLLDRCQUFhLE9BQU8sQ0FBQztBQUNqQyxjQUFNO0FBQUEsTUFDUjtBQUFBLElBQ0YsV0FBVyxRQUFRLElBQUksU0FBUyxhQUFhLElBQUksU0FBUyxVQUFVLFFBQVEsUUFBUSxJQUFJLE9BQU87QUFDN0YsVUFBSSxNQUFNLEtBQUssWUFBWSxPQUFPLEdBQUcsR0FBRyxLQUFLO0FBQUEsSUFDL0MsT0FBTztBQUNMLGFBQU8sU0FBSyw0QkFBYSxPQUFPLENBQUM7QUFDakMsWUFBTTtBQUFBLElBQ1I7QUFBQSxFQUNGO0FBRUEsUUFBTSxXQUFXLGtCQUFrQixNQUFNLG1CQUFtQixVQUFVO0FBQ3RFLE1BQUksU0FBUyxTQUFTLEVBQUcsUUFBTyxFQUFFLElBQUksT0FBTyxTQUFTO0FBRXRELFFBQU0sTUFBTTtBQUFBLElBQ1YsWUFBWSxXQUFXLElBQUksYUFBYTtBQUFBLElBQ3hDLFNBQVMsWUFBWSxLQUFLLFNBQVMsS0FBSyxLQUFLLFlBQVksTUFBTTtBQUFBLElBQy9ELFdBQU8sMEJBQVcsS0FBSyxLQUFLLEVBQUUsSUFBSSxTQUFTLEVBQUUsT0FBTyxDQUFDLE1BQU0sTUFBTSxFQUFFO0FBQUEsSUFDbkUsWUFBWSxVQUFVLEtBQUssS0FBSztBQUFBLElBQ2hDLE9BQUcsd0JBQVMsZUFBZSxNQUFNO0FBQUEsRUFDbkM7QUFDQSxRQUFNLGdCQUFZLDRCQUFjLEdBQUc7QUFDbkMsU0FBTyxVQUFVLEtBQUssRUFBRSxJQUFJLE1BQU0sT0FBTyxVQUFVLE1BQU0sSUFBSSxFQUFFLElBQUksT0FBTyxVQUFVLFVBQVUsU0FBUztBQUN6RztBQUVBLFNBQVMsa0JBQWtCLE1BQWMsbUJBQXdDLFlBQXlDO0FBQ3hILE1BQUksQ0FBQyxtQkFBbUI7QUFDdEIsV0FBTyxDQUFDLEVBQUUsT0FBTyxjQUFjLFNBQVMsR0FBRyxJQUFJLHlGQUF5RixDQUFDO0FBQUEsRUFDM0k7QUFDQSxNQUFJLFdBQVcsV0FBVyxHQUFHO0FBQzNCLFVBQU0sT0FBTyxrQkFBa0I7QUFDL0IsV0FBTyxDQUFDLEVBQUUsT0FBTyxjQUFjLE1BQU0sU0FBUyxHQUFHLElBQUksU0FBUyxJQUFJLE1BQU0sa0JBQWtCLElBQUksNkRBQTZELENBQUM7QUFBQSxFQUM5SjtBQUNBLFNBQU8sV0FDSixPQUFPLENBQUMsVUFBTSwyQkFBYyxFQUFFLFFBQVEsSUFBSSxNQUFNLEVBQUUsRUFDbEQsSUFBSSxDQUFDLE9BQU8sRUFBRSxPQUFPLG1CQUFtQixNQUFNLEVBQUUsUUFBUSxNQUFNLFNBQVMsR0FBRyxJQUFJLFNBQVMsRUFBRSxRQUFRLElBQUksb0NBQW9DLEVBQUU7QUFDaEo7QUFFQSxTQUFTLGNBQWMsT0FBK0Q7QUFDcEYsUUFBTSxTQUFrRCxDQUFDO0FBQ3pELFFBQU0sY0FBd0IsQ0FBQztBQUMvQixRQUFNLFVBQTZCLENBQUM7QUFDcEMsYUFBVyxhQUFTLDBCQUFXLE1BQU0sS0FBSyxHQUFHO0FBQzNDLFVBQU0sT0FBTyxVQUFVLEtBQUs7QUFDNUIsUUFBSSxTQUFTLEdBQUk7QUFDakIsVUFBTSxVQUFVLFlBQVksTUFBTSxrQkFBa0IsTUFBTSxTQUFTLE1BQU07QUFDekUsUUFBSSxRQUFRLFNBQVMsR0FBRztBQUN0QixpQkFBVyxFQUFFLE9BQU8sTUFBTSxLQUFLLFFBQVMsUUFBTyxLQUFLLElBQUksT0FBTyxLQUFLLElBQUksR0FBRyxPQUFPLEtBQUssQ0FBQztBQUFBO0FBQUEsRUFBTyxLQUFLLEtBQUs7QUFBQSxJQUMzRyxXQUFXLE1BQU0sU0FBUyxhQUFhO0FBQ3JDLGtCQUFZLEtBQUssSUFBSTtBQUFBLElBQ3ZCLE9BQU87QUFDTCxZQUFNLFlBQVEsd0JBQVcsSUFBSTtBQUM3QixjQUFRLEtBQUssVUFBVSxNQUFNLFFBQVEsTUFBTSxNQUFNLE1BQU0sS0FBSyxFQUFFLFVBQVUsS0FBSyxFQUFFLE9BQU8sTUFBTSxPQUFPLE9BQU8sTUFBTSxNQUFNLElBQUksRUFBRSxPQUFPLElBQUksT0FBTyxLQUFLLENBQUM7QUFBQSxJQUN0SjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQUEsSUFDTCxVQUFNLDJCQUFjLE1BQU0sUUFBUSxJQUFJO0FBQUEsSUFDdEMsTUFBTSxPQUFPLFFBQVE7QUFBQSxJQUNyQixNQUFNLE9BQU8sUUFBUTtBQUFBLElBQ3JCLE1BQU0sT0FBTyxRQUFRO0FBQUEsSUFDckIsS0FBSyxPQUFPLE9BQU87QUFBQSxJQUNuQixPQUFPLE9BQU8sU0FBUztBQUFBLElBQ3ZCLGFBQWEsQ0FBQyxPQUFPLGFBQWEsR0FBRyxXQUFXLEVBQUUsT0FBTyxPQUFPLEVBQUUsS0FBSyxNQUFNO0FBQUEsSUFDN0U7QUFBQSxFQUNGO0FBQ0Y7QUFFQSxTQUFTLFlBQVksY0FBNEIsVUFBd0IsWUFBMEIsYUFBaUQ7QUFDbEosUUFBTSxRQUFrQixDQUFDO0FBQ3pCLE1BQUksVUFBTSwrQkFBYywwQkFBYSxTQUFTLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSSxFQUFFLEtBQUssSUFBSSxDQUFDLENBQUM7QUFDNUUsYUFBVyxhQUFTLDBCQUFXLFlBQVksR0FBRztBQUM1QyxVQUFNLE9BQU8sVUFBVSxLQUFLO0FBQzVCLFVBQU0sVUFBVSxZQUFZLE1BQU0sZ0JBQWdCLE1BQU0sU0FBUyxNQUFNO0FBQ3ZFLFFBQUksUUFBUSxXQUFXLEVBQUcsT0FBTSxLQUFLLE1BQU0sU0FBUyxhQUFTLDBCQUFXLElBQUksSUFBSSxJQUFJO0FBQ3BGLGVBQVcsRUFBRSxPQUFPLE1BQU0sS0FBSyxTQUFTO0FBQ3RDLFVBQUksVUFBVSxNQUFPLE9BQU0sTUFBTSxHQUFHLEdBQUc7QUFBQTtBQUFBLEVBQU8sS0FBSyxLQUFLO0FBQUEsVUFDbkQsT0FBTSxLQUFLLEtBQUs7QUFBQSxJQUN2QjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFNBQWtCLENBQUM7QUFDekIsYUFBVyxhQUFTLDBCQUFXLFVBQVUsR0FBRztBQUMxQyxVQUFNLE9BQU8sVUFBVSxLQUFLO0FBQzVCLFVBQU0sV0FBVyxPQUFPLEdBQUcsRUFBRTtBQUM3QixRQUFJLE1BQU0sU0FBUyxlQUFlLFVBQVU7QUFDMUMsYUFBTyxPQUFPLFNBQVMsQ0FBQyxJQUFJLEVBQUUsR0FBRyxVQUFVLGFBQWEsQ0FBQyxTQUFTLGFBQWEsSUFBSSxFQUFFLE9BQU8sT0FBTyxFQUFFLEtBQUssTUFBTSxFQUFFO0FBQUEsSUFDcEgsV0FBVyxNQUFNLFNBQVMsYUFBYTtBQUNyQyxZQUFNLEtBQUssSUFBSTtBQUFBLElBQ2pCLE9BQU87QUFDTCxZQUFNLFlBQVEsd0JBQVcsSUFBSSxLQUFLLFVBQVUsSUFBSTtBQUNoRCxhQUFPLEtBQUssUUFBUSxFQUFFLFVBQU0sMkJBQWMsTUFBTSxLQUFLLEdBQUcsYUFBYSxNQUFNLE1BQU0sSUFBSSxFQUFFLFVBQU0sMkJBQWMsSUFBSSxHQUFHLGFBQWEsR0FBRyxDQUFDO0FBQUEsSUFDckk7QUFBQSxFQUNGO0FBQ0EsYUFBVyxLQUFLLGFBQWE7QUFDM0IsV0FBTyxLQUFLLEVBQUUsVUFBTSwyQkFBYyxFQUFFLFFBQVEsSUFBSSxHQUFHLGlCQUFhLCtCQUFjLDBCQUFhLEVBQUUsTUFBTSxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUksRUFBRSxLQUFLLElBQUksQ0FBQyxDQUFDLEVBQUUsQ0FBQztBQUFBLEVBQ3RJO0FBQ0EsU0FBTyxFQUFFLE9BQU8sTUFBTSxLQUFLLE1BQU0sR0FBRyxLQUFLLE9BQU87QUFDbEQ7QUFFQSxTQUFTLFVBQVUsT0FBMEM7QUFDM0QsUUFBTSxRQUFRLEVBQUUsT0FBTyxJQUFJLE9BQU8sSUFBSSxhQUFhLElBQUksT0FBTyxDQUFDLEVBQWM7QUFDN0UsYUFBVyxhQUFTLDBCQUFXLEtBQUssR0FBRztBQUNyQyxVQUFNLE9BQU8sVUFBVSxLQUFLO0FBQzVCLFVBQU0sVUFBVSxZQUFZLE1BQU0sY0FBYyxNQUFNLFNBQVMsTUFBTTtBQUNyRSxRQUFJLFFBQVEsV0FBVyxLQUFLLFNBQVMsR0FBSSxPQUFNLE1BQU0sS0FBSyxJQUFJO0FBQzlELGVBQVcsRUFBRSxPQUFPLE1BQU0sS0FBSyxRQUFTLE9BQU0sS0FBSyxJQUFJLE1BQU0sS0FBSyxJQUFJLEdBQUcsTUFBTSxLQUFLLENBQUM7QUFBQTtBQUFBLEVBQU8sS0FBSyxLQUFLO0FBQUEsRUFDeEc7QUFDQSxTQUFPO0FBQ1Q7QUFPQSxTQUFTLFlBQThCLE1BQWMsUUFBZ0MsUUFBcUQ7QUFDeEksUUFBTSxRQUFRLENBQUMsTUFBYztBQUMzQixVQUFNLFFBQUksd0JBQVcsQ0FBQztBQUN0QixVQUFNLFFBQVEsS0FBSyxPQUFPLFFBQUksc0JBQVMsRUFBRSxLQUFLLENBQUM7QUFDL0MsV0FBTyxLQUFLLFFBQVEsRUFBRSxPQUFPLE9BQU8sRUFBRSxNQUFNLElBQUk7QUFBQSxFQUNsRDtBQUNBLE1BQUksUUFBUTtBQUNWLFVBQU0sTUFBTSxNQUFNLElBQUk7QUFDdEIsV0FBTyxNQUFNLENBQUMsRUFBRSxPQUFPLElBQUksT0FBTyxXQUFPLDJCQUFjLElBQUksS0FBSyxFQUFFLENBQUMsSUFBSSxDQUFDO0FBQUEsRUFDMUU7QUFDQSxRQUFNLFFBQVEsS0FBSyxNQUFNLElBQUk7QUFDN0IsTUFBSSxDQUFDLE1BQU0sTUFBTSxDQUFDLENBQUUsRUFBRyxRQUFPLENBQUM7QUFDL0IsUUFBTSxNQUEwQyxDQUFDO0FBQ2pELGFBQVcsUUFBUSxPQUFPO0FBQ3hCLFVBQU0sTUFBTSxNQUFNLElBQUk7QUFDdEIsUUFBSSxJQUFLLEtBQUksS0FBSyxFQUFFLEdBQUcsSUFBSSxDQUFDO0FBQUEsUUFDdkIsS0FBSSxJQUFJLFNBQVMsQ0FBQyxJQUFJLEVBQUUsR0FBRyxJQUFJLEdBQUcsRUFBRSxHQUFJLE9BQU8sR0FBRyxJQUFJLEdBQUcsRUFBRSxFQUFHLEtBQUs7QUFBQSxFQUFLLElBQUksR0FBRztBQUFBLEVBQ3RGO0FBQ0EsU0FBTyxJQUFJLElBQUksQ0FBQyxPQUFPLEVBQUUsT0FBTyxFQUFFLE9BQU8sV0FBTywyQkFBYyxFQUFFLEtBQUssRUFBRSxFQUFFO0FBQzNFO0FBR0EsU0FBUyxtQkFBbUIsT0FBdUM7QUFDakUsYUFBTywwQkFBVyxLQUFLLEVBQUUsS0FBSyxDQUFDLE1BQU0sWUFBWSxVQUFVLENBQUMsR0FBRyxrQkFBa0IsRUFBRSxTQUFTLE1BQU0sRUFBRSxLQUFLLENBQUMsTUFBTSxFQUFFLFVBQVUsYUFBYSxDQUFDO0FBQzVJO0FBRUEsU0FBUyxVQUFVLE9BQXNCO0FBQ3ZDLGFBQU8sK0JBQWMsMEJBQWEsTUFBTSxJQUFJLENBQUM7QUFDL0M7QUFFQSxTQUFTLFVBQVUsTUFBNEQ7QUFDN0UsUUFBTSxJQUFJLG1DQUFtQyxLQUFLLElBQUk7QUFDdEQsU0FBTyxJQUFJLEVBQUUsT0FBTyxFQUFFLENBQUMsR0FBSSxPQUFPLEVBQUUsQ0FBQyxFQUFHLEtBQUssRUFBRSxJQUFJO0FBQ3JEO0FBRUEsU0FBUyxRQUFRLE9BQXVDO0FBQ3RELFNBQU8sTUFBTSxLQUFLLENBQUMsTUFBTSxFQUFFLEtBQUssS0FBSyxNQUFNLEVBQUU7QUFDL0M7QUFFQSxTQUFTLFlBQVksU0FBOEI7QUFDakQsU0FBTyxFQUFFLFVBQU0sK0JBQWMsUUFBUSxPQUFPLFFBQVEsSUFBSSxHQUFHLE1BQU0sUUFBUSxLQUFLO0FBQ2hGO0FBRUEsU0FBUyxTQUEyQixPQUE2RDtBQUMvRixRQUFNLE1BQU0sb0JBQUksSUFBZTtBQUMvQixhQUFXLENBQUMsT0FBTyxJQUFJLEtBQUssT0FBTyxRQUFRLEtBQUssRUFBb0MsWUFBVyxLQUFLLEtBQU0sS0FBSSxJQUFJLEdBQUcsS0FBSztBQUMxSCxTQUFPO0FBQ1Q7IiwKICAibmFtZXMiOiBbXQp9Cg==
