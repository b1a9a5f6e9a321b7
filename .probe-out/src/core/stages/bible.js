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
var bible_exports = {};
__export(bible_exports, {
  bibleSchema: () => bibleSchema,
  characterSchema: () => characterSchema,
  completeBible: () => completeBible,
  placeSchema: () => placeSchema
});
module.exports = __toCommonJS(bible_exports);
var import_zod = require("zod");
var import_lenient = require("./lenient");
var import_extras = require("./markdown/extras");
const characterSchema = import_zod.z.object({
  name: import_zod.z.string().describe("Full name as it appears in the story."),
  role: import_zod.z.string().describe("Role in the story: protagonist, antagonist, mentor, love interest, foil, \u2026"),
  goal: import_zod.z.string().describe("What the character wants, concretely, and why."),
  flaw: import_zod.z.string().describe("The flaw or wound that gets in their way."),
  arc: import_zod.z.string().describe("How the character changes (or refuses to) from first page to last."),
  voice: import_zod.z.string().describe("How they speak and think: diction, rhythm, verbal habits; a sample line if useful."),
  description: import_zod.z.string().describe("Appearance, history and telling details, in a short paragraph.")
});
const placeSchema = import_zod.z.object({
  name: import_zod.z.string().describe("Name of the place."),
  description: import_zod.z.string().describe("What it looks, sounds and smells like, and why it matters to the story.")
});
const bibleSchema = import_zod.z.object({
  characters: import_zod.z.array(characterSchema).min(1).describe("The main and important supporting characters, protagonist first."),
  setting: import_zod.z.object({
    world: import_zod.z.string().describe("The world of the story: society, atmosphere, history that matters, in one or two paragraphs."),
    era: import_zod.z.string().describe("When the story takes place (period, season, time span)."),
    places: import_zod.z.array(placeSchema).describe("The key locations where scenes happen.")
  }).describe("Where and when the story happens."),
  rules: import_zod.z.array(import_zod.z.string()).describe("Hard facts and constraints every chapter must respect: how magic or technology works, what characters know, timeline facts."),
  styleGuide: import_zod.z.object({
    voice: import_zod.z.string().describe("Narrative voice and prose style."),
    tense: import_zod.z.string().describe("Narrative tense, e.g. past or present."),
    pointOfView: import_zod.z.string().describe("Point of view and whose perspective, per the brief."),
    notes: import_zod.z.array(import_zod.z.string()).describe("Further style rules: dialogue, imagery, words or devices to avoid.")
  }).describe("How the prose should read, so every chapter sounds like one book.")
});
function completeBible(raw) {
  const result = (0, import_lenient.complete)((note) => lenientBible(note), raw, "bible");
  if (!result.ok) return result;
  const rawCharacters = raw.characters ?? [];
  const characters = result.value.characters.map((c, i) => ({ ...c, ...detailsFrom(rawCharacters[i]) }));
  return { ...result, value: { ...result.value, characters, ...(0, import_extras.extrasFrom)(raw) } };
}
function lenientBible(note) {
  const character = import_zod.z.object({
    name: (0, import_lenient.requiredLine)(),
    role: (0, import_lenient.optionalText)(note, "characters.role"),
    goal: (0, import_lenient.optionalText)(note, "characters.goal"),
    flaw: (0, import_lenient.optionalText)(note, "characters.flaw"),
    arc: (0, import_lenient.optionalText)(note, "characters.arc"),
    voice: (0, import_lenient.optionalText)(note, "characters.voice"),
    description: (0, import_lenient.optionalText)(note, "characters.description")
  });
  const place = import_zod.z.object({ name: (0, import_lenient.requiredLine)(), description: (0, import_lenient.optionalText)(note, "setting.places.description") });
  const emptySetting = { world: "", era: "", places: [] };
  const emptyStyle = { voice: "", tense: "", pointOfView: "", notes: [] };
  return import_zod.z.object({
    characters: import_zod.z.array(character).min(1, { error: "needs at least one character" }),
    setting: import_zod.z.object({
      world: (0, import_lenient.optionalText)(note, "setting.world"),
      era: (0, import_lenient.optionalText)(note, "setting.era"),
      // A place without a name is dropped on its own rather than losing every place.
      places: import_zod.z.array(import_zod.z.unknown()).transform(
        (items) => items.flatMap((item) => {
          const parsed = place.safeParse(item);
          if (!parsed.success) note("setting.places");
          return parsed.success ? [parsed.data] : [];
        })
      ).catch(() => {
        note("setting.places");
        return [];
      })
    }).catch(() => {
      note("setting");
      return emptySetting;
    }),
    rules: (0, import_lenient.optionalTextList)(note, "rules"),
    styleGuide: import_zod.z.object({
      voice: (0, import_lenient.optionalText)(note, "styleGuide.voice"),
      tense: (0, import_lenient.optionalText)(note, "styleGuide.tense"),
      pointOfView: (0, import_lenient.optionalText)(note, "styleGuide.pointOfView"),
      notes: (0, import_lenient.optionalTextList)(note, "styleGuide.notes")
    }).catch(() => {
      note("styleGuide");
      return emptyStyle;
    })
  });
}
function detailsFrom(raw) {
  const details = raw?.details;
  if (!Array.isArray(details)) return {};
  const valid = details.filter(
    (d) => d !== null && typeof d === "object" && typeof d.label === "string" && typeof d.value === "string"
  );
  return valid.length > 0 ? { details: valid } : {};
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  bibleSchema,
  characterSchema,
  completeBible,
  placeSchema
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvc3RhZ2VzL2JpYmxlLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgeyB6IH0gZnJvbSAnem9kJztcbmltcG9ydCB7IGNvbXBsZXRlLCBvcHRpb25hbFRleHQsIG9wdGlvbmFsVGV4dExpc3QsIHJlcXVpcmVkTGluZSwgdHlwZSBDb21wbGV0ZVJlc3VsdCwgdHlwZSBOb3RlRGVmYXVsdCB9IGZyb20gJy4vbGVuaWVudCc7XG5pbXBvcnQgeyBleHRyYXNGcm9tLCB0eXBlIERvY3VtZW50RXh0cmFzIH0gZnJvbSAnLi9tYXJrZG93bi9leHRyYXMnO1xuXG4vKipcbiAqIFRoZSBzdG9yeSBiaWJsZTogd2hvIGlzIGluIHRoZSBzdG9yeSwgd2hlcmUgaXQgaGFwcGVucywgd2hhdCBtYXkgYW5kIG1heSBub3QgaGFwcGVuIHRoZXJlLCBhbmRcbiAqIGhvdyB0aGUgcHJvc2Ugc2hvdWxkIHNvdW5kLiBFdmVyeSBjaGFwdGVyIGlzIGRyYWZ0ZWQgYW5kIHJldmlzZWQgYWdhaW5zdCBpdCwgc28gdGhlIHNjaGVtYSBhc2tzXG4gKiBmb3Igd2hhdCBrZWVwcyBhIGxvbmcgc3RvcnkgY29uc2lzdGVudCAoZ29hbHMsIGZsYXdzLCB2b2ljZXMsIGhhcmQgcnVsZXMpLlxuICovXG5cbmV4cG9ydCBjb25zdCBjaGFyYWN0ZXJTY2hlbWEgPSB6Lm9iamVjdCh7XG4gIG5hbWU6IHouc3RyaW5nKCkuZGVzY3JpYmUoJ0Z1bGwgbmFtZSBhcyBpdCBhcHBlYXJzIGluIHRoZSBzdG9yeS4nKSxcbiAgcm9sZTogei5zdHJpbmcoKS5kZXNjcmliZSgnUm9sZSBpbiB0aGUgc3Rvcnk6IHByb3RhZ29uaXN0LCBhbnRhZ29uaXN0LCBtZW50b3IsIGxvdmUgaW50ZXJlc3QsIGZvaWwsIFx1MjAyNicpLFxuICBnb2FsOiB6LnN0cmluZygpLmRlc2NyaWJlKCdXaGF0IHRoZSBjaGFyYWN0ZXIgd2FudHMsIGNvbmNyZXRlbHksIGFuZCB3aHkuJyksXG4gIGZsYXc6IHouc3RyaW5nKCkuZGVzY3JpYmUoJ1RoZSBmbGF3IG9yIHdvdW5kIHRoYXQgZ2V0cyBpbiB0aGVpciB3YXkuJyksXG4gIGFyYzogei5zdHJpbmcoKS5kZXNjcmliZSgnSG93IHRoZSBjaGFyYWN0ZXIgY2hhbmdlcyAob3IgcmVmdXNlcyB0bykgZnJvbSBmaXJzdCBwYWdlIHRvIGxhc3QuJyksXG4gIHZvaWNlOiB6LnN0cmluZygpLmRlc2NyaWJlKCdIb3cgdGhleSBzcGVhayBhbmQgdGhpbms6IGRpY3Rpb24sIHJoeXRobSwgdmVyYmFsIGhhYml0czsgYSBzYW1wbGUgbGluZSBpZiB1c2VmdWwuJyksXG4gIGRlc2NyaXB0aW9uOiB6LnN0cmluZygpLmRlc2NyaWJlKCdBcHBlYXJhbmNlLCBoaXN0b3J5IGFuZCB0ZWxsaW5nIGRldGFpbHMsIGluIGEgc2hvcnQgcGFyYWdyYXBoLicpLFxufSk7XG5cbmV4cG9ydCBjb25zdCBwbGFjZVNjaGVtYSA9IHoub2JqZWN0KHtcbiAgbmFtZTogei5zdHJpbmcoKS5kZXNjcmliZSgnTmFtZSBvZiB0aGUgcGxhY2UuJyksXG4gIGRlc2NyaXB0aW9uOiB6LnN0cmluZygpLmRlc2NyaWJlKCdXaGF0IGl0IGxvb2tzLCBzb3VuZHMgYW5kIHNtZWxscyBsaWtlLCBhbmQgd2h5IGl0IG1hdHRlcnMgdG8gdGhlIHN0b3J5LicpLFxufSk7XG5cbmV4cG9ydCBjb25zdCBiaWJsZVNjaGVtYSA9IHoub2JqZWN0KHtcbiAgY2hhcmFjdGVyczogei5hcnJheShjaGFyYWN0ZXJTY2hlbWEpLm1pbigxKS5kZXNjcmliZSgnVGhlIG1haW4gYW5kIGltcG9ydGFudCBzdXBwb3J0aW5nIGNoYXJhY3RlcnMsIHByb3RhZ29uaXN0IGZpcnN0LicpLFxuICBzZXR0aW5nOiB6XG4gICAgLm9iamVjdCh7XG4gICAgICB3b3JsZDogei5zdHJpbmcoKS5kZXNjcmliZSgnVGhlIHdvcmxkIG9mIHRoZSBzdG9yeTogc29jaWV0eSwgYXRtb3NwaGVyZSwgaGlzdG9yeSB0aGF0IG1hdHRlcnMsIGluIG9uZSBvciB0d28gcGFyYWdyYXBocy4nKSxcbiAgICAgIGVyYTogei5zdHJpbmcoKS5kZXNjcmliZSgnV2hlbiB0aGUgc3RvcnkgdGFrZXMgcGxhY2UgKHBlcmlvZCwgc2Vhc29uLCB0aW1lIHNwYW4pLicpLFxuICAgICAgcGxhY2VzOiB6LmFycmF5KHBsYWNlU2NoZW1hKS5kZXNjcmliZSgnVGhlIGtleSBsb2NhdGlvbnMgd2hlcmUgc2NlbmVzIGhhcHBlbi4nKSxcbiAgICB9KVxuICAgIC5kZXNjcmliZSgnV2hlcmUgYW5kIHdoZW4gdGhlIHN0b3J5IGhhcHBlbnMuJyksXG4gIHJ1bGVzOiB6XG4gICAgLmFycmF5KHouc3RyaW5nKCkpXG4gICAgLmRlc2NyaWJlKCdIYXJkIGZhY3RzIGFuZCBjb25zdHJhaW50cyBldmVyeSBjaGFwdGVyIG11c3QgcmVzcGVjdDogaG93IG1hZ2ljIG9yIHRlY2hub2xvZ3kgd29ya3MsIHdoYXQgY2hhcmFjdGVycyBrbm93LCB0aW1lbGluZSBmYWN0cy4nKSxcbiAgc3R5bGVHdWlkZTogelxuICAgIC5vYmplY3Qoe1xuICAgICAgdm9pY2U6IHouc3RyaW5nKCkuZGVzY3JpYmUoJ05hcnJhdGl2ZSB2b2ljZSBhbmQgcHJvc2Ugc3R5bGUuJyksXG4gICAgICB0ZW5zZTogei5zdHJpbmcoKS5kZXNjcmliZSgnTmFycmF0aXZlIHRlbnNlLCBlLmcuIHBhc3Qgb3IgcHJlc2VudC4nKSxcbiAgICAgIHBvaW50T2ZWaWV3OiB6LnN0cmluZygpLmRlc2NyaWJlKCdQb2ludCBvZiB2aWV3IGFuZCB3aG9zZSBwZXJzcGVjdGl2ZSwgcGVyIHRoZSBicmllZi4nKSxcbiAgICAgIG5vdGVzOiB6LmFycmF5KHouc3RyaW5nKCkpLmRlc2NyaWJlKCdGdXJ0aGVyIHN0eWxlIHJ1bGVzOiBkaWFsb2d1ZSwgaW1hZ2VyeSwgd29yZHMgb3IgZGV2aWNlcyB0byBhdm9pZC4nKSxcbiAgICB9KVxuICAgIC5kZXNjcmliZSgnSG93IHRoZSBwcm9zZSBzaG91bGQgcmVhZCwgc28gZXZlcnkgY2hhcHRlciBzb3VuZHMgbGlrZSBvbmUgYm9vay4nKSxcbn0pO1xuXG5leHBvcnQgdHlwZSBDaGFyYWN0ZXJSZXBseSA9IHouaW5mZXI8dHlwZW9mIGNoYXJhY3RlclNjaGVtYT47XG5leHBvcnQgdHlwZSBQbGFjZSA9IHouaW5mZXI8dHlwZW9mIHBsYWNlU2NoZW1hPjtcbmV4cG9ydCB0eXBlIEJpYmxlUmVwbHkgPSB6LmluZmVyPHR5cGVvZiBiaWJsZVNjaGVtYT47XG5cbi8qKiBBIGJ1bGxldCB0aGUgd3JpdGVyIGFkZGVkIHRvIGEgY2hhcmFjdGVyIHRoYXQgbm8gZmllbGQgaG9sZHMgKGAtICoqQWdlOioqIDM0YCk7IGxhYmVsIG1heSBiZSAnJy4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQ2hhcmFjdGVyRGV0YWlsIHtcbiAgcmVhZG9ubHkgbGFiZWw6IHN0cmluZztcbiAgcmVhZG9ubHkgdmFsdWU6IHN0cmluZztcbn1cblxuZXhwb3J0IHR5cGUgQ2hhcmFjdGVyID0gQ2hhcmFjdGVyUmVwbHkgJiB7IHJlYWRvbmx5IGRldGFpbHM/OiByZWFkb25seSBDaGFyYWN0ZXJEZXRhaWxbXSB9O1xuZXhwb3J0IHR5cGUgQmlibGUgPSBPbWl0PEJpYmxlUmVwbHksICdjaGFyYWN0ZXJzJz4gJiB7IGNoYXJhY3RlcnM6IENoYXJhY3RlcltdIH0gJiBEb2N1bWVudEV4dHJhcztcblxuLyoqXG4gKiBDb21wbGV0ZXMgYSAocG9zc2libHkgcGFydGlhbCkgYmlibGU6IGF0IGxlYXN0IG9uZSBjaGFyYWN0ZXIsIGVhY2ggd2l0aCBhIG5hbWUsIGlzIHJlcXVpcmVkO1xuICogZXZlcnl0aGluZyBlbHNlIGRlZmF1bHRzIHRvIGVtcHR5LiBDaGFyYWN0ZXIgYGRldGFpbHNgIGFuZCBkb2N1bWVudCBleHRyYXMgYXJlIGNhcnJpZWQgb3Zlci5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbXBsZXRlQmlibGUocmF3OiB1bmtub3duKTogQ29tcGxldGVSZXN1bHQ8QmlibGU+IHtcbiAgY29uc3QgcmVzdWx0ID0gY29tcGxldGUoKG5vdGUpID0+IGxlbmllbnRCaWJsZShub3RlKSwgcmF3LCAnYmlibGUnKTtcbiAgaWYgKCFyZXN1bHQub2spIHJldHVybiByZXN1bHQ7XG4gIGNvbnN0IHJhd0NoYXJhY3RlcnMgPSAocmF3IGFzIHsgY2hhcmFjdGVycz86IHVua25vd25bXSB9KS5jaGFyYWN0ZXJzID8/IFtdO1xuICBjb25zdCBjaGFyYWN0ZXJzID0gcmVzdWx0LnZhbHVlLmNoYXJhY3RlcnMubWFwKChjLCBpKSA9PiAoeyAuLi5jLCAuLi5kZXRhaWxzRnJvbShyYXdDaGFyYWN0ZXJzW2ldKSB9KSk7XG4gIHJldHVybiB7IC4uLnJlc3VsdCwgdmFsdWU6IHsgLi4ucmVzdWx0LnZhbHVlLCBjaGFyYWN0ZXJzLCAuLi5leHRyYXNGcm9tKHJhdykgfSB9O1xufVxuXG5mdW5jdGlvbiBsZW5pZW50QmlibGUobm90ZTogTm90ZURlZmF1bHQpIHtcbiAgY29uc3QgY2hhcmFjdGVyID0gei5vYmplY3Qoe1xuICAgIG5hbWU6IHJlcXVpcmVkTGluZSgpLFxuICAgIHJvbGU6IG9wdGlvbmFsVGV4dChub3RlLCAnY2hhcmFjdGVycy5yb2xlJyksXG4gICAgZ29hbDogb3B0aW9uYWxUZXh0KG5vdGUsICdjaGFyYWN0ZXJzLmdvYWwnKSxcbiAgICBmbGF3OiBvcHRpb25hbFRleHQobm90ZSwgJ2NoYXJhY3RlcnMuZmxhdycpLFxuICAgIGFyYzogb3B0aW9uYWxUZXh0KG5vdGUsICdjaGFyYWN0ZXJzLmFyYycpLFxuICAgIHZvaWNlOiBvcHRpb25hbFRleHQobm90ZSwgJ2NoYXJhY3RlcnMudm9pY2UnKSxcbiAgICBkZXNjcmlwdGlvbjogb3B0aW9uYWxUZXh0KG5vdGUsICdjaGFyYWN0ZXJzLmRlc2NyaXB0aW9uJyksXG4gIH0pO1xuICBjb25zdCBwbGFjZSA9IHoub2JqZWN0KHsgbmFtZTogcmVxdWlyZWRMaW5lKCksIGRlc2NyaXB0aW9uOiBvcHRpb25hbFRleHQobm90ZSwgJ3NldHRpbmcucGxhY2VzLmRlc2NyaXB0aW9uJykgfSk7XG4gIGNvbnN0IGVtcHR5U2V0dGluZyA9IHsgd29ybGQ6ICcnLCBlcmE6ICcnLCBwbGFjZXM6IFtdIGFzIFBsYWNlW10gfTtcbiAgY29uc3QgZW1wdHlTdHlsZSA9IHsgdm9pY2U6ICcnLCB0ZW5zZTogJycsIHBvaW50T2ZWaWV3OiAnJywgbm90ZXM6IFtdIGFzIHN0cmluZ1tdIH07XG4gIHJldHVybiB6Lm9iamVjdCh7XG4gICAgY2hhcmFjdGVyczogei5hcnJheShjaGFyYWN0ZXIpLm1pbigxLCB7IGVycm9yOiAnbmVlZHMgYXQgbGVhc3Qgb25lIGNoYXJhY3RlcicgfSksXG4gICAgc2V0dGluZzogelxuICAgICAgLm9iamVjdCh7XG4gICAgICAgIHdvcmxkOiBvcHRpb25hbFRleHQobm90ZSwgJ3NldHRpbmcud29ybGQnKSxcbiAgICAgICAgZXJhOiBvcHRpb25hbFRleHQobm90ZSwgJ3NldHRpbmcuZXJhJyksXG4gICAgICAgIC8vIEEgcGxhY2Ugd2l0aG91dCBhIG5hbWUgaXMgZHJvcHBlZCBvbiBpdHMgb3duIHJhdGhlciB0aGFuIGxvc2luZyBldmVyeSBwbGFjZS5cbiAgICAgICAgcGxhY2VzOiB6XG4gICAgICAgICAgLmFycmF5KHoudW5rbm93bigpKVxuICAgICAgICAgIC50cmFuc2Zvcm0oKGl0ZW1zKSA9PlxuICAgICAgICAgICAgaXRlbXMuZmxhdE1hcCgoaXRlbSkgPT4ge1xuICAgICAgICAgICAgICBjb25zdCBwYXJzZWQgPSBwbGFjZS5zYWZlUGFyc2UoaXRlbSk7XG4gICAgICAgICAgICAgIGlmICghcGFyc2VkLnN1Y2Nlc3MpIG5vdGUoJ3NldHRpbmcucGxhY2VzJyk7XG4gICAgICAgICAgICAgIHJldHVybiBwYXJzZWQuc3VjY2VzcyA/IFtwYXJzZWQuZGF0YV0gOiBbXTtcbiAgICAgICAgICAgIH0pLFxuICAgICAgICAgIClcbiAgICAgICAgICAuY2F0Y2goKCkgPT4ge1xuICAgICAgICAgICAgbm90ZSgnc2V0dGluZy5wbGFjZXMnKTtcbiAgICAgICAgICAgIHJldHVybiBbXTtcbiAgICAgICAgICB9KSxcbiAgICAgIH0pXG4gICAgICAuY2F0Y2goKCkgPT4ge1xuICAgICAgICBub3RlKCdzZXR0aW5nJyk7XG4gICAgICAgIHJldHVybiBlbXB0eVNldHRpbmc7XG4gICAgICB9KSxcbiAgICBydWxlczogb3B0aW9uYWxUZXh0TGlzdChub3RlLCAncnVsZXMnKSxcbiAgICBzdHlsZUd1aWRlOiB6XG4gICAgICAub2JqZWN0KHtcbiAgICAgICAgdm9pY2U6IG9wdGlvbmFsVGV4dChub3RlLCAnc3R5bGVHdWlkZS52b2ljZScpLFxuICAgICAgICB0ZW5zZTogb3B0aW9uYWxUZXh0KG5vdGUsICdzdHlsZUd1aWRlLnRlbnNlJyksXG4gICAgICAgIHBvaW50T2ZWaWV3OiBvcHRpb25hbFRleHQobm90ZSwgJ3N0eWxlR3VpZGUucG9pbnRPZlZpZXcnKSxcbiAgICAgICAgbm90ZXM6IG9wdGlvbmFsVGV4dExpc3Qobm90ZSwgJ3N0eWxlR3VpZGUubm90ZXMnKSxcbiAgICAgIH0pXG4gICAgICAuY2F0Y2goKCkgPT4ge1xuICAgICAgICBub3RlKCdzdHlsZUd1aWRlJyk7XG4gICAgICAgIHJldHVybiBlbXB0eVN0eWxlO1xuICAgICAgfSksXG4gIH0pO1xufVxuXG5mdW5jdGlvbiBkZXRhaWxzRnJvbShyYXc6IHVua25vd24pOiBQaWNrPENoYXJhY3RlciwgJ2RldGFpbHMnPiB7XG4gIGNvbnN0IGRldGFpbHMgPSAocmF3IGFzIHsgZGV0YWlscz86IHVua25vd24gfSB8IHVuZGVmaW5lZCk/LmRldGFpbHM7XG4gIGlmICghQXJyYXkuaXNBcnJheShkZXRhaWxzKSkgcmV0dXJuIHt9O1xuICBjb25zdCB2YWxpZCA9IGRldGFpbHMuZmlsdGVyKFxuICAgIChkKTogZCBpcyBDaGFyYWN0ZXJEZXRhaWwgPT4gZCAhPT0gbnVsbCAmJiB0eXBlb2YgZCA9PT0gJ29iamVjdCcgJiYgdHlwZW9mIChkIGFzIENoYXJhY3RlckRldGFpbCkubGFiZWwgPT09ICdzdHJpbmcnICYmIHR5cGVvZiAoZCBhcyBDaGFyYWN0ZXJEZXRhaWwpLnZhbHVlID09PSAnc3RyaW5nJyxcbiAgKTtcbiAgcmV0dXJuIHZhbGlkLmxlbmd0aCA+IDAgPyB7IGRldGFpbHM6IHZhbGlkIH0gOiB7fTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxpQkFBa0I7QUFDbEIscUJBQThHO0FBQzlHLG9CQUFnRDtBQVF6QyxNQUFNLGtCQUFrQixhQUFFLE9BQU87QUFBQSxFQUN0QyxNQUFNLGFBQUUsT0FBTyxFQUFFLFNBQVMsdUNBQXVDO0FBQUEsRUFDakUsTUFBTSxhQUFFLE9BQU8sRUFBRSxTQUFTLGlGQUE0RTtBQUFBLEVBQ3RHLE1BQU0sYUFBRSxPQUFPLEVBQUUsU0FBUyxnREFBZ0Q7QUFBQSxFQUMxRSxNQUFNLGFBQUUsT0FBTyxFQUFFLFNBQVMsMkNBQTJDO0FBQUEsRUFDckUsS0FBSyxhQUFFLE9BQU8sRUFBRSxTQUFTLG9FQUFvRTtBQUFBLEVBQzdGLE9BQU8sYUFBRSxPQUFPLEVBQUUsU0FBUyxvRkFBb0Y7QUFBQSxFQUMvRyxhQUFhLGFBQUUsT0FBTyxFQUFFLFNBQVMsZ0VBQWdFO0FBQ25HLENBQUM7QUFFTSxNQUFNLGNBQWMsYUFBRSxPQUFPO0FBQUEsRUFDbEMsTUFBTSxhQUFFLE9BQU8sRUFBRSxTQUFTLG9CQUFvQjtBQUFBLEVBQzlDLGFBQWEsYUFBRSxPQUFPLEVBQUUsU0FBUyx5RUFBeUU7QUFDNUcsQ0FBQztBQUVNLE1BQU0sY0FBYyxhQUFFLE9BQU87QUFBQSxFQUNsQyxZQUFZLGFBQUUsTUFBTSxlQUFlLEVBQUUsSUFBSSxDQUFDLEVBQUUsU0FBUyxrRUFBa0U7QUFBQSxFQUN2SCxTQUFTLGFBQ04sT0FBTztBQUFBLElBQ04sT0FBTyxhQUFFLE9BQU8sRUFBRSxTQUFTLDhGQUE4RjtBQUFBLElBQ3pILEtBQUssYUFBRSxPQUFPLEVBQUUsU0FBUyx5REFBeUQ7QUFBQSxJQUNsRixRQUFRLGFBQUUsTUFBTSxXQUFXLEVBQUUsU0FBUyx3Q0FBd0M7QUFBQSxFQUNoRixDQUFDLEVBQ0EsU0FBUyxtQ0FBbUM7QUFBQSxFQUMvQyxPQUFPLGFBQ0osTUFBTSxhQUFFLE9BQU8sQ0FBQyxFQUNoQixTQUFTLDZIQUE2SDtBQUFBLEVBQ3pJLFlBQVksYUFDVCxPQUFPO0FBQUEsSUFDTixPQUFPLGFBQUUsT0FBTyxFQUFFLFNBQVMsa0NBQWtDO0FBQUEsSUFDN0QsT0FBTyxhQUFFLE9BQU8sRUFBRSxTQUFTLHdDQUF3QztBQUFBLElBQ25FLGFBQWEsYUFBRSxPQUFPLEVBQUUsU0FBUyxxREFBcUQ7QUFBQSxJQUN0RixPQUFPLGFBQUUsTUFBTSxhQUFFLE9BQU8sQ0FBQyxFQUFFLFNBQVMsb0VBQW9FO0FBQUEsRUFDMUcsQ0FBQyxFQUNBLFNBQVMsbUVBQW1FO0FBQ2pGLENBQUM7QUFtQk0sU0FBUyxjQUFjLEtBQXFDO0FBQ2pFLFFBQU0sYUFBUyx5QkFBUyxDQUFDLFNBQVMsYUFBYSxJQUFJLEdBQUcsS0FBSyxPQUFPO0FBQ2xFLE1BQUksQ0FBQyxPQUFPLEdBQUksUUFBTztBQUN2QixRQUFNLGdCQUFpQixJQUFtQyxjQUFjLENBQUM7QUFDekUsUUFBTSxhQUFhLE9BQU8sTUFBTSxXQUFXLElBQUksQ0FBQyxHQUFHLE9BQU8sRUFBRSxHQUFHLEdBQUcsR0FBRyxZQUFZLGNBQWMsQ0FBQyxDQUFDLEVBQUUsRUFBRTtBQUNyRyxTQUFPLEVBQUUsR0FBRyxRQUFRLE9BQU8sRUFBRSxHQUFHLE9BQU8sT0FBTyxZQUFZLE9BQUcsMEJBQVcsR0FBRyxFQUFFLEVBQUU7QUFDakY7QUFFQSxTQUFTLGFBQWEsTUFBbUI7QUFDdkMsUUFBTSxZQUFZLGFBQUUsT0FBTztBQUFBLElBQ3pCLFVBQU0sNkJBQWE7QUFBQSxJQUNuQixVQUFNLDZCQUFhLE1BQU0saUJBQWlCO0FBQUEsSUFDMUMsVUFBTSw2QkFBYSxNQUFNLGlCQUFpQjtBQUFBLElBQzFDLFVBQU0sNkJBQWEsTUFBTSxpQkFBaUI7QUFBQSxJQUMxQyxTQUFLLDZCQUFhLE1BQU0sZ0JBQWdCO0FBQUEsSUFDeEMsV0FBTyw2QkFBYSxNQUFNLGtCQUFrQjtBQUFBLElBQzVDLGlCQUFhLDZCQUFhLE1BQU0sd0JBQXdCO0FBQUEsRUFDMUQsQ0FBQztBQUNELFFBQU0sUUFBUSxhQUFFLE9BQU8sRUFBRSxVQUFNLDZCQUFhLEdBQUcsaUJBQWEsNkJBQWEsTUFBTSw0QkFBNEIsRUFBRSxDQUFDO0FBQzlHLFFBQU0sZUFBZSxFQUFFLE9BQU8sSUFBSSxLQUFLLElBQUksUUFBUSxDQUFDLEVBQWE7QUFDakUsUUFBTSxhQUFhLEVBQUUsT0FBTyxJQUFJLE9BQU8sSUFBSSxhQUFhLElBQUksT0FBTyxDQUFDLEVBQWM7QUFDbEYsU0FBTyxhQUFFLE9BQU87QUFBQSxJQUNkLFlBQVksYUFBRSxNQUFNLFNBQVMsRUFBRSxJQUFJLEdBQUcsRUFBRSxPQUFPLCtCQUErQixDQUFDO0FBQUEsSUFDL0UsU0FBUyxhQUNOLE9BQU87QUFBQSxNQUNOLFdBQU8sNkJBQWEsTUFBTSxlQUFlO0FBQUEsTUFDekMsU0FBSyw2QkFBYSxNQUFNLGFBQWE7QUFBQTtBQUFBLE1BRXJDLFFBQVEsYUFDTCxNQUFNLGFBQUUsUUFBUSxDQUFDLEVBQ2pCO0FBQUEsUUFBVSxDQUFDLFVBQ1YsTUFBTSxRQUFRLENBQUMsU0FBUztBQUN0QixnQkFBTSxTQUFTLE1BQU0sVUFBVSxJQUFJO0FBQ25DLGNBQUksQ0FBQyxPQUFPLFFBQVMsTUFBSyxnQkFBZ0I7QUFDMUMsaUJBQU8sT0FBTyxVQUFVLENBQUMsT0FBTyxJQUFJLElBQUksQ0FBQztBQUFBLFFBQzNDLENBQUM7QUFBQSxNQUNILEVBQ0MsTUFBTSxNQUFNO0FBQ1gsYUFBSyxnQkFBZ0I7QUFDckIsZUFBTyxDQUFDO0FBQUEsTUFDVixDQUFDO0FBQUEsSUFDTCxDQUFDLEVBQ0EsTUFBTSxNQUFNO0FBQ1gsV0FBSyxTQUFTO0FBQ2QsYUFBTztBQUFBLElBQ1QsQ0FBQztBQUFBLElBQ0gsV0FBTyxpQ0FBaUIsTUFBTSxPQUFPO0FBQUEsSUFDckMsWUFBWSxhQUNULE9BQU87QUFBQSxNQUNOLFdBQU8sNkJBQWEsTUFBTSxrQkFBa0I7QUFBQSxNQUM1QyxXQUFPLDZCQUFhLE1BQU0sa0JBQWtCO0FBQUEsTUFDNUMsaUJBQWEsNkJBQWEsTUFBTSx3QkFBd0I7QUFBQSxNQUN4RCxXQUFPLGlDQUFpQixNQUFNLGtCQUFrQjtBQUFBLElBQ2xELENBQUMsRUFDQSxNQUFNLE1BQU07QUFDWCxXQUFLLFlBQVk7QUFDakIsYUFBTztBQUFBLElBQ1QsQ0FBQztBQUFBLEVBQ0wsQ0FBQztBQUNIO0FBRUEsU0FBUyxZQUFZLEtBQTBDO0FBQzdELFFBQU0sVUFBVyxLQUEyQztBQUM1RCxNQUFJLENBQUMsTUFBTSxRQUFRLE9BQU8sRUFBRyxRQUFPLENBQUM7QUFDckMsUUFBTSxRQUFRLFFBQVE7QUFBQSxJQUNwQixDQUFDLE1BQTRCLE1BQU0sUUFBUSxPQUFPLE1BQU0sWUFBWSxPQUFRLEVBQXNCLFVBQVUsWUFBWSxPQUFRLEVBQXNCLFVBQVU7QUFBQSxFQUNsSztBQUNBLFNBQU8sTUFBTSxTQUFTLElBQUksRUFBRSxTQUFTLE1BQU0sSUFBSSxDQUFDO0FBQ2xEOyIsCiAgIm5hbWVzIjogW10KfQo=
