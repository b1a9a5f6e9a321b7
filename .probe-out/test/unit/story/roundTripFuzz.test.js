"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var assert = __toESM(require("node:assert/strict"));
var import_bibleMarkdown = require("../../../src/core/stages/bibleMarkdown");
var import_chapter = require("../../../src/core/stages/chapter");
var import_conceptMarkdown = require("../../../src/core/stages/conceptMarkdown");
var import_outlineMarkdown = require("../../../src/core/stages/outlineMarkdown");
var import_withDefaults = require("../../../src/core/stages/withDefaults");
var import_briefFile = require("../../../src/core/story/briefFile");
const ATOMS = ["word", "Zo\xEB", "\u706F\u53F0", "#", "##", "- ", "* ", "+ ", "1. ", "2) ", "**", "__", ":", ": ", "\\", "\\#", "`", ">", "---", "***", "  ", "\n", "\n\n", '"', "\u201C", "\u{1F30A}", "Chapter 3", "```", "~~~", "|", "\u2014", "[x](y)", "<b>", "Beats", "Places", "Characters"];
function generator(seed) {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const text = (atoms = 8) => Array.from({ length: 1 + Math.floor(random() * atoms) }, () => ATOMS[Math.floor(random() * ATOMS.length)]).join(random() < 0.5 ? " " : "");
  const line = () => text(5).replace(/\n/g, " ").replace(/\*\*|:|Beats|Places|Characters/g, "");
  return { text, line };
}
function roundTrips(value, render, parse) {
  const markdown = render(value);
  const parsed = parse(markdown);
  assert.ok(parsed.ok, `did not parse:
${markdown}
${JSON.stringify(!parsed.ok && parsed.problems)}`);
  assert.deepEqual(parsed.value, value, `changed in the round-trip:
${markdown}`);
}
const RUNS = 200;
describe("round-trips of random Markdown-hostile values", () => {
  it("concept", () => {
    const { text, line } = generator(1);
    for (let i = 0; i < RUNS; i++) {
      const raw = { title: line(), logline: text(), premise: text(), protagonist: text(), setting: text(), centralConflict: text(), stakes: text(), hook: text(), themes: [text(3), text(3)], tone: text(), ending: text() };
      const value = (0, import_withDefaults.withDefaults)("concept", raw);
      if (value.ok) roundTrips(value.value, import_conceptMarkdown.renderConcept, import_conceptMarkdown.parseConcept);
    }
  });
  it("bible", () => {
    const { text, line } = generator(2);
    for (let i = 0; i < RUNS; i++) {
      const raw = {
        characters: [
          { name: line(), role: text(), goal: text(), flaw: text(), arc: text(), voice: text(), description: text() },
          { name: line(), role: text() }
        ],
        setting: { world: text(), era: text(), places: [{ name: line(), description: text() }] },
        rules: [text(), text()],
        styleGuide: { voice: text(), tense: line(), pointOfView: text(), notes: [text()] }
      };
      const value = (0, import_withDefaults.withDefaults)("bible", raw);
      if (value.ok) roundTrips(value.value, import_bibleMarkdown.renderBible, import_bibleMarkdown.parseBible);
    }
  });
  it("outline", () => {
    const { text, line } = generator(3);
    for (let i = 0; i < RUNS; i++) {
      const raw = {
        chapters: [
          { number: 1, title: line(), summary: text(), beats: [text(), text()], targetWords: 900, pov: line() },
          { number: 2, title: line(), summary: text(), beats: [], targetWords: 1e3 }
        ]
      };
      const value = (0, import_withDefaults.withDefaults)("outline", raw, { targetWordsPerChapter: 1e3 });
      if (value.ok) roundTrips(value.value, import_outlineMarkdown.renderOutline, (s) => (0, import_outlineMarkdown.parseOutline)(s, { targetWordsPerChapter: 1e3 }));
    }
  });
  it("brief and chapter headings", () => {
    const { text, line } = generator(4);
    for (let i = 0; i < RUNS; i++) {
      const title = line().trim() || "T";
      const premise = text().trim() || "P";
      const parsed = (0, import_briefFile.parseBrief)((0, import_briefFile.renderBrief)({ title, pointOfView: "first", targetWords: 1e3, language: "English", premise }));
      assert.ok(parsed.ok, title);
      assert.equal(parsed.brief.title, title);
      assert.equal(parsed.brief.premise, premise);
      const chapter = (0, import_chapter.parseChapter)((0, import_chapter.renderChapter)(i + 1, title, "Prose."));
      assert.deepEqual(chapter, { number: i + 1, title, prose: "Prose." }, title);
    }
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC91bml0L3N0b3J5L3JvdW5kVHJpcEZ1enoudGVzdC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0ICogYXMgYXNzZXJ0IGZyb20gJ25vZGU6YXNzZXJ0L3N0cmljdCc7XG5pbXBvcnQgeyBwYXJzZUJpYmxlLCByZW5kZXJCaWJsZSB9IGZyb20gJy4uLy4uLy4uL3NyYy9jb3JlL3N0YWdlcy9iaWJsZU1hcmtkb3duJztcbmltcG9ydCB7IHBhcnNlQ2hhcHRlciwgcmVuZGVyQ2hhcHRlciB9IGZyb20gJy4uLy4uLy4uL3NyYy9jb3JlL3N0YWdlcy9jaGFwdGVyJztcbmltcG9ydCB7IHBhcnNlQ29uY2VwdCwgcmVuZGVyQ29uY2VwdCB9IGZyb20gJy4uLy4uLy4uL3NyYy9jb3JlL3N0YWdlcy9jb25jZXB0TWFya2Rvd24nO1xuaW1wb3J0IHsgcGFyc2VPdXRsaW5lLCByZW5kZXJPdXRsaW5lIH0gZnJvbSAnLi4vLi4vLi4vc3JjL2NvcmUvc3RhZ2VzL291dGxpbmVNYXJrZG93bic7XG5pbXBvcnQgeyB3aXRoRGVmYXVsdHMgfSBmcm9tICcuLi8uLi8uLi9zcmMvY29yZS9zdGFnZXMvd2l0aERlZmF1bHRzJztcbmltcG9ydCB7IHBhcnNlQnJpZWYsIHJlbmRlckJyaWVmIH0gZnJvbSAnLi4vLi4vLi4vc3JjL2NvcmUvc3RvcnkvYnJpZWZGaWxlJztcbmltcG9ydCB0eXBlIHsgUGFyc2VSZXN1bHQgfSBmcm9tICcuLi8uLi8uLi9zcmMvY29yZS9zdG9yeS9wcm9ibGVtJztcblxuLyoqXG4gKiBTZWVkZWQgcmFuZG9tIHZhbHVlcyBidWlsdCBmcm9tIE1hcmtkb3duJ3MgdHJvdWJsZW1ha2VycyAoaGVhZGluZyBhbmQgbGlzdCBtYXJrZXJzLCBmZW5jZXMsXG4gKiBlc2NhcGVzLCBlbXBoYXNpcywgVW5pY29kZSkgbXVzdCBzdXJ2aXZlIHJlbmRlciBcdTIxOTIgcGFyc2UgdW5jaGFuZ2VkLiBWYWx1ZXMgYXJlIGZpcnN0IGJyb3VnaHQgdG9cbiAqIGNhbm9uaWNhbCBmb3JtIGJ5IGB3aXRoRGVmYXVsdHNgLCBhcyBldmVyeSBnZW5lcmF0ZWQgdmFsdWUgaXMuIExlZnQgb3V0IG9uIHB1cnBvc2UsIGJlY2F1c2UgdGhleVxuICogYXJlIGFtYmlndW91cyBieSBkZXNpZ24gYW5kIGRvY3VtZW50ZWQgYXMgc3VjaDogdGV4dCBsaW5lcyB0aGF0IHN0YXJ0IHdpdGggb25lIG9mIG91ciBvd24gbGFiZWxzXG4gKiAoXCJSb2xlOlwiLCBcIlRhcmdldCB3b3JkczpcIiksIGFuZCBuYW1lcyBjb250YWluaW5nIFwiKipcIiwgXCI6XCIgb3IgYSBzZWN0aW9uJ3MgbmFtZSAoXCJQbGFjZXNcIikuXG4gKi9cblxuY29uc3QgQVRPTVMgPSBbJ3dvcmQnLCAnWm9cdTAwRUInLCAnXHU3MDZGXHU1M0YwJywgJyMnLCAnIyMnLCAnLSAnLCAnKiAnLCAnKyAnLCAnMS4gJywgJzIpICcsICcqKicsICdfXycsICc6JywgJzogJywgJ1xcXFwnLCAnXFxcXCMnLCAnYCcsICc+JywgJy0tLScsICcqKionLCAnICAnLCAnXFxuJywgJ1xcblxcbicsICdcIicsICdcdTIwMUMnLCAnXHVEODNDXHVERjBBJywgJ0NoYXB0ZXIgMycsICdgYGAnLCAnfn5+JywgJ3wnLCAnXHUyMDE0JywgJ1t4XSh5KScsICc8Yj4nLCAnQmVhdHMnLCAnUGxhY2VzJywgJ0NoYXJhY3RlcnMnXTtcblxuZnVuY3Rpb24gZ2VuZXJhdG9yKHNlZWQ6IG51bWJlcikge1xuICBsZXQgc3RhdGUgPSBzZWVkO1xuICBjb25zdCByYW5kb20gPSAoKSA9PiB7XG4gICAgc3RhdGUgPSAoc3RhdGUgKiAxMTAzNTE1MjQ1ICsgMTIzNDUpICUgMjE0NzQ4MzY0ODtcbiAgICByZXR1cm4gc3RhdGUgLyAyMTQ3NDgzNjQ4O1xuICB9O1xuICBjb25zdCB0ZXh0ID0gKGF0b21zID0gOCkgPT5cbiAgICBBcnJheS5mcm9tKHsgbGVuZ3RoOiAxICsgTWF0aC5mbG9vcihyYW5kb20oKSAqIGF0b21zKSB9LCAoKSA9PiBBVE9NU1tNYXRoLmZsb29yKHJhbmRvbSgpICogQVRPTVMubGVuZ3RoKV0hKS5qb2luKHJhbmRvbSgpIDwgMC41ID8gJyAnIDogJycpO1xuICBjb25zdCBsaW5lID0gKCkgPT4gdGV4dCg1KS5yZXBsYWNlKC9cXG4vZywgJyAnKS5yZXBsYWNlKC9cXCpcXCp8OnxCZWF0c3xQbGFjZXN8Q2hhcmFjdGVycy9nLCAnJyk7XG4gIHJldHVybiB7IHRleHQsIGxpbmUgfTtcbn1cblxuZnVuY3Rpb24gcm91bmRUcmlwczxUPih2YWx1ZTogVCwgcmVuZGVyOiAodjogVCkgPT4gc3RyaW5nLCBwYXJzZTogKHM6IHN0cmluZykgPT4gUGFyc2VSZXN1bHQ8VD4pOiB2b2lkIHtcbiAgY29uc3QgbWFya2Rvd24gPSByZW5kZXIodmFsdWUpO1xuICBjb25zdCBwYXJzZWQgPSBwYXJzZShtYXJrZG93bik7XG4gIGFzc2VydC5vayhwYXJzZWQub2ssIGBkaWQgbm90IHBhcnNlOlxcbiR7bWFya2Rvd259XFxuJHtKU09OLnN0cmluZ2lmeSghcGFyc2VkLm9rICYmIHBhcnNlZC5wcm9ibGVtcyl9YCk7XG4gIGFzc2VydC5kZWVwRXF1YWwocGFyc2VkLnZhbHVlLCB2YWx1ZSwgYGNoYW5nZWQgaW4gdGhlIHJvdW5kLXRyaXA6XFxuJHttYXJrZG93bn1gKTtcbn1cblxuY29uc3QgUlVOUyA9IDIwMDtcblxuZGVzY3JpYmUoJ3JvdW5kLXRyaXBzIG9mIHJhbmRvbSBNYXJrZG93bi1ob3N0aWxlIHZhbHVlcycsICgpID0+IHtcbiAgaXQoJ2NvbmNlcHQnLCAoKSA9PiB7XG4gICAgY29uc3QgeyB0ZXh0LCBsaW5lIH0gPSBnZW5lcmF0b3IoMSk7XG4gICAgZm9yIChsZXQgaSA9IDA7IGkgPCBSVU5TOyBpKyspIHtcbiAgICAgIGNvbnN0IHJhdyA9IHsgdGl0bGU6IGxpbmUoKSwgbG9nbGluZTogdGV4dCgpLCBwcmVtaXNlOiB0ZXh0KCksIHByb3RhZ29uaXN0OiB0ZXh0KCksIHNldHRpbmc6IHRleHQoKSwgY2VudHJhbENvbmZsaWN0OiB0ZXh0KCksIHN0YWtlczogdGV4dCgpLCBob29rOiB0ZXh0KCksIHRoZW1lczogW3RleHQoMyksIHRleHQoMyldLCB0b25lOiB0ZXh0KCksIGVuZGluZzogdGV4dCgpIH07XG4gICAgICBjb25zdCB2YWx1ZSA9IHdpdGhEZWZhdWx0cygnY29uY2VwdCcsIHJhdyk7XG4gICAgICBpZiAodmFsdWUub2spIHJvdW5kVHJpcHModmFsdWUudmFsdWUsIHJlbmRlckNvbmNlcHQsIHBhcnNlQ29uY2VwdCk7XG4gICAgfVxuICB9KTtcblxuICBpdCgnYmlibGUnLCAoKSA9PiB7XG4gICAgY29uc3QgeyB0ZXh0LCBsaW5lIH0gPSBnZW5lcmF0b3IoMik7XG4gICAgZm9yIChsZXQgaSA9IDA7IGkgPCBSVU5TOyBpKyspIHtcbiAgICAgIGNvbnN0IHJhdyA9IHtcbiAgICAgICAgY2hhcmFjdGVyczogW1xuICAgICAgICAgIHsgbmFtZTogbGluZSgpLCByb2xlOiB0ZXh0KCksIGdvYWw6IHRleHQoKSwgZmxhdzogdGV4dCgpLCBhcmM6IHRleHQoKSwgdm9pY2U6IHRleHQoKSwgZGVzY3JpcHRpb246IHRleHQoKSB9LFxuICAgICAgICAgIHsgbmFtZTogbGluZSgpLCByb2xlOiB0ZXh0KCkgfSxcbiAgICAgICAgXSxcbiAgICAgICAgc2V0dGluZzogeyB3b3JsZDogdGV4dCgpLCBlcmE6IHRleHQoKSwgcGxhY2VzOiBbeyBuYW1lOiBsaW5lKCksIGRlc2NyaXB0aW9uOiB0ZXh0KCkgfV0gfSxcbiAgICAgICAgcnVsZXM6IFt0ZXh0KCksIHRleHQoKV0sXG4gICAgICAgIHN0eWxlR3VpZGU6IHsgdm9pY2U6IHRleHQoKSwgdGVuc2U6IGxpbmUoKSwgcG9pbnRPZlZpZXc6IHRleHQoKSwgbm90ZXM6IFt0ZXh0KCldIH0sXG4gICAgICB9O1xuICAgICAgY29uc3QgdmFsdWUgPSB3aXRoRGVmYXVsdHMoJ2JpYmxlJywgcmF3KTtcbiAgICAgIGlmICh2YWx1ZS5vaykgcm91bmRUcmlwcyh2YWx1ZS52YWx1ZSwgcmVuZGVyQmlibGUsIHBhcnNlQmlibGUpO1xuICAgIH1cbiAgfSk7XG5cbiAgaXQoJ291dGxpbmUnLCAoKSA9PiB7XG4gICAgY29uc3QgeyB0ZXh0LCBsaW5lIH0gPSBnZW5lcmF0b3IoMyk7XG4gICAgZm9yIChsZXQgaSA9IDA7IGkgPCBSVU5TOyBpKyspIHtcbiAgICAgIGNvbnN0IHJhdyA9IHtcbiAgICAgICAgY2hhcHRlcnM6IFtcbiAgICAgICAgICB7IG51bWJlcjogMSwgdGl0bGU6IGxpbmUoKSwgc3VtbWFyeTogdGV4dCgpLCBiZWF0czogW3RleHQoKSwgdGV4dCgpXSwgdGFyZ2V0V29yZHM6IDkwMCwgcG92OiBsaW5lKCkgfSxcbiAgICAgICAgICB7IG51bWJlcjogMiwgdGl0bGU6IGxpbmUoKSwgc3VtbWFyeTogdGV4dCgpLCBiZWF0czogW10sIHRhcmdldFdvcmRzOiAxMDAwIH0sXG4gICAgICAgIF0sXG4gICAgICB9O1xuICAgICAgY29uc3QgdmFsdWUgPSB3aXRoRGVmYXVsdHMoJ291dGxpbmUnLCByYXcsIHsgdGFyZ2V0V29yZHNQZXJDaGFwdGVyOiAxMDAwIH0pO1xuICAgICAgaWYgKHZhbHVlLm9rKSByb3VuZFRyaXBzKHZhbHVlLnZhbHVlLCByZW5kZXJPdXRsaW5lLCAocykgPT4gcGFyc2VPdXRsaW5lKHMsIHsgdGFyZ2V0V29yZHNQZXJDaGFwdGVyOiAxMDAwIH0pKTtcbiAgICB9XG4gIH0pO1xuXG4gIGl0KCdicmllZiBhbmQgY2hhcHRlciBoZWFkaW5ncycsICgpID0+IHtcbiAgICBjb25zdCB7IHRleHQsIGxpbmUgfSA9IGdlbmVyYXRvcig0KTtcbiAgICBmb3IgKGxldCBpID0gMDsgaSA8IFJVTlM7IGkrKykge1xuICAgICAgY29uc3QgdGl0bGUgPSBsaW5lKCkudHJpbSgpIHx8ICdUJztcbiAgICAgIGNvbnN0IHByZW1pc2UgPSB0ZXh0KCkudHJpbSgpIHx8ICdQJztcbiAgICAgIGNvbnN0IHBhcnNlZCA9IHBhcnNlQnJpZWYocmVuZGVyQnJpZWYoeyB0aXRsZSwgcG9pbnRPZlZpZXc6ICdmaXJzdCcsIHRhcmdldFdvcmRzOiAxMDAwLCBsYW5ndWFnZTogJ0VuZ2xpc2gnLCBwcmVtaXNlIH0pKTtcbiAgICAgIGFzc2VydC5vayhwYXJzZWQub2ssIHRpdGxlKTtcbiAgICAgIGFzc2VydC5lcXVhbChwYXJzZWQuYnJpZWYudGl0bGUsIHRpdGxlKTtcbiAgICAgIGFzc2VydC5lcXVhbChwYXJzZWQuYnJpZWYucHJlbWlzZSwgcHJlbWlzZSk7XG4gICAgICBjb25zdCBjaGFwdGVyID0gcGFyc2VDaGFwdGVyKHJlbmRlckNoYXB0ZXIoaSArIDEsIHRpdGxlLCAnUHJvc2UuJykpO1xuICAgICAgYXNzZXJ0LmRlZXBFcXVhbChjaGFwdGVyLCB7IG51bWJlcjogaSArIDEsIHRpdGxlLCBwcm9zZTogJ1Byb3NlLicgfSwgdGl0bGUpO1xuICAgIH1cbiAgfSk7XG59KTtcbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUEsYUFBd0I7QUFDeEIsMkJBQXdDO0FBQ3hDLHFCQUE0QztBQUM1Qyw2QkFBNEM7QUFDNUMsNkJBQTRDO0FBQzVDLDBCQUE2QjtBQUM3Qix1QkFBd0M7QUFXeEMsTUFBTSxRQUFRLENBQUMsUUFBUSxVQUFPLGdCQUFNLEtBQUssTUFBTSxNQUFNLE1BQU0sTUFBTSxPQUFPLE9BQU8sTUFBTSxNQUFNLEtBQUssTUFBTSxNQUFNLE9BQU8sS0FBSyxLQUFLLE9BQU8sT0FBTyxNQUFNLE1BQU0sUUFBUSxLQUFLLFVBQUssYUFBTSxhQUFhLE9BQU8sT0FBTyxLQUFLLFVBQUssVUFBVSxPQUFPLFNBQVMsVUFBVSxZQUFZO0FBRXBRLFNBQVMsVUFBVSxNQUFjO0FBQy9CLE1BQUksUUFBUTtBQUNaLFFBQU0sU0FBUyxNQUFNO0FBQ25CLGFBQVMsUUFBUSxhQUFhLFNBQVM7QUFDdkMsV0FBTyxRQUFRO0FBQUEsRUFDakI7QUFDQSxRQUFNLE9BQU8sQ0FBQyxRQUFRLE1BQ3BCLE1BQU0sS0FBSyxFQUFFLFFBQVEsSUFBSSxLQUFLLE1BQU0sT0FBTyxJQUFJLEtBQUssRUFBRSxHQUFHLE1BQU0sTUFBTSxLQUFLLE1BQU0sT0FBTyxJQUFJLE1BQU0sTUFBTSxDQUFDLENBQUUsRUFBRSxLQUFLLE9BQU8sSUFBSSxNQUFNLE1BQU0sRUFBRTtBQUM1SSxRQUFNLE9BQU8sTUFBTSxLQUFLLENBQUMsRUFBRSxRQUFRLE9BQU8sR0FBRyxFQUFFLFFBQVEsbUNBQW1DLEVBQUU7QUFDNUYsU0FBTyxFQUFFLE1BQU0sS0FBSztBQUN0QjtBQUVBLFNBQVMsV0FBYyxPQUFVLFFBQTBCLE9BQTRDO0FBQ3JHLFFBQU0sV0FBVyxPQUFPLEtBQUs7QUFDN0IsUUFBTSxTQUFTLE1BQU0sUUFBUTtBQUM3QixTQUFPLEdBQUcsT0FBTyxJQUFJO0FBQUEsRUFBbUIsUUFBUTtBQUFBLEVBQUssS0FBSyxVQUFVLENBQUMsT0FBTyxNQUFNLE9BQU8sUUFBUSxDQUFDLEVBQUU7QUFDcEcsU0FBTyxVQUFVLE9BQU8sT0FBTyxPQUFPO0FBQUEsRUFBK0IsUUFBUSxFQUFFO0FBQ2pGO0FBRUEsTUFBTSxPQUFPO0FBRWIsU0FBUyxpREFBaUQsTUFBTTtBQUM5RCxLQUFHLFdBQVcsTUFBTTtBQUNsQixVQUFNLEVBQUUsTUFBTSxLQUFLLElBQUksVUFBVSxDQUFDO0FBQ2xDLGFBQVMsSUFBSSxHQUFHLElBQUksTUFBTSxLQUFLO0FBQzdCLFlBQU0sTUFBTSxFQUFFLE9BQU8sS0FBSyxHQUFHLFNBQVMsS0FBSyxHQUFHLFNBQVMsS0FBSyxHQUFHLGFBQWEsS0FBSyxHQUFHLFNBQVMsS0FBSyxHQUFHLGlCQUFpQixLQUFLLEdBQUcsUUFBUSxLQUFLLEdBQUcsTUFBTSxLQUFLLEdBQUcsUUFBUSxDQUFDLEtBQUssQ0FBQyxHQUFHLEtBQUssQ0FBQyxDQUFDLEdBQUcsTUFBTSxLQUFLLEdBQUcsUUFBUSxLQUFLLEVBQUU7QUFDck4sWUFBTSxZQUFRLGtDQUFhLFdBQVcsR0FBRztBQUN6QyxVQUFJLE1BQU0sR0FBSSxZQUFXLE1BQU0sT0FBTyxzQ0FBZSxtQ0FBWTtBQUFBLElBQ25FO0FBQUEsRUFDRixDQUFDO0FBRUQsS0FBRyxTQUFTLE1BQU07QUFDaEIsVUFBTSxFQUFFLE1BQU0sS0FBSyxJQUFJLFVBQVUsQ0FBQztBQUNsQyxhQUFTLElBQUksR0FBRyxJQUFJLE1BQU0sS0FBSztBQUM3QixZQUFNLE1BQU07QUFBQSxRQUNWLFlBQVk7QUFBQSxVQUNWLEVBQUUsTUFBTSxLQUFLLEdBQUcsTUFBTSxLQUFLLEdBQUcsTUFBTSxLQUFLLEdBQUcsTUFBTSxLQUFLLEdBQUcsS0FBSyxLQUFLLEdBQUcsT0FBTyxLQUFLLEdBQUcsYUFBYSxLQUFLLEVBQUU7QUFBQSxVQUMxRyxFQUFFLE1BQU0sS0FBSyxHQUFHLE1BQU0sS0FBSyxFQUFFO0FBQUEsUUFDL0I7QUFBQSxRQUNBLFNBQVMsRUFBRSxPQUFPLEtBQUssR0FBRyxLQUFLLEtBQUssR0FBRyxRQUFRLENBQUMsRUFBRSxNQUFNLEtBQUssR0FBRyxhQUFhLEtBQUssRUFBRSxDQUFDLEVBQUU7QUFBQSxRQUN2RixPQUFPLENBQUMsS0FBSyxHQUFHLEtBQUssQ0FBQztBQUFBLFFBQ3RCLFlBQVksRUFBRSxPQUFPLEtBQUssR0FBRyxPQUFPLEtBQUssR0FBRyxhQUFhLEtBQUssR0FBRyxPQUFPLENBQUMsS0FBSyxDQUFDLEVBQUU7QUFBQSxNQUNuRjtBQUNBLFlBQU0sWUFBUSxrQ0FBYSxTQUFTLEdBQUc7QUFDdkMsVUFBSSxNQUFNLEdBQUksWUFBVyxNQUFNLE9BQU8sa0NBQWEsK0JBQVU7QUFBQSxJQUMvRDtBQUFBLEVBQ0YsQ0FBQztBQUVELEtBQUcsV0FBVyxNQUFNO0FBQ2xCLFVBQU0sRUFBRSxNQUFNLEtBQUssSUFBSSxVQUFVLENBQUM7QUFDbEMsYUFBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLEtBQUs7QUFDN0IsWUFBTSxNQUFNO0FBQUEsUUFDVixVQUFVO0FBQUEsVUFDUixFQUFFLFFBQVEsR0FBRyxPQUFPLEtBQUssR0FBRyxTQUFTLEtBQUssR0FBRyxPQUFPLENBQUMsS0FBSyxHQUFHLEtBQUssQ0FBQyxHQUFHLGFBQWEsS0FBSyxLQUFLLEtBQUssRUFBRTtBQUFBLFVBQ3BHLEVBQUUsUUFBUSxHQUFHLE9BQU8sS0FBSyxHQUFHLFNBQVMsS0FBSyxHQUFHLE9BQU8sQ0FBQyxHQUFHLGFBQWEsSUFBSztBQUFBLFFBQzVFO0FBQUEsTUFDRjtBQUNBLFlBQU0sWUFBUSxrQ0FBYSxXQUFXLEtBQUssRUFBRSx1QkFBdUIsSUFBSyxDQUFDO0FBQzFFLFVBQUksTUFBTSxHQUFJLFlBQVcsTUFBTSxPQUFPLHNDQUFlLENBQUMsVUFBTSxxQ0FBYSxHQUFHLEVBQUUsdUJBQXVCLElBQUssQ0FBQyxDQUFDO0FBQUEsSUFDOUc7QUFBQSxFQUNGLENBQUM7QUFFRCxLQUFHLDhCQUE4QixNQUFNO0FBQ3JDLFVBQU0sRUFBRSxNQUFNLEtBQUssSUFBSSxVQUFVLENBQUM7QUFDbEMsYUFBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLEtBQUs7QUFDN0IsWUFBTSxRQUFRLEtBQUssRUFBRSxLQUFLLEtBQUs7QUFDL0IsWUFBTSxVQUFVLEtBQUssRUFBRSxLQUFLLEtBQUs7QUFDakMsWUFBTSxhQUFTLGlDQUFXLDhCQUFZLEVBQUUsT0FBTyxhQUFhLFNBQVMsYUFBYSxLQUFNLFVBQVUsV0FBVyxRQUFRLENBQUMsQ0FBQztBQUN2SCxhQUFPLEdBQUcsT0FBTyxJQUFJLEtBQUs7QUFDMUIsYUFBTyxNQUFNLE9BQU8sTUFBTSxPQUFPLEtBQUs7QUFDdEMsYUFBTyxNQUFNLE9BQU8sTUFBTSxTQUFTLE9BQU87QUFDMUMsWUFBTSxjQUFVLGlDQUFhLDhCQUFjLElBQUksR0FBRyxPQUFPLFFBQVEsQ0FBQztBQUNsRSxhQUFPLFVBQVUsU0FBUyxFQUFFLFFBQVEsSUFBSSxHQUFHLE9BQU8sT0FBTyxTQUFTLEdBQUcsS0FBSztBQUFBLElBQzVFO0FBQUEsRUFDRixDQUFDO0FBQ0gsQ0FBQzsiLAogICJuYW1lcyI6IFtdCn0K
