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
var import_zod = require("zod");
var import_outline = require("../../../src/core/stages/outline");
var import_outlineMarkdown = require("../../../src/core/stages/outlineMarkdown");
var import_withDefaults = require("../../../src/core/stages/withDefaults");
var import_sampleStory = require("./sampleStory");
function ok(body, options) {
  const result = (0, import_outlineMarkdown.parseOutline)(body, options);
  assert.ok(result.ok, `expected an outline, got ${JSON.stringify(!result.ok && result.problems)}`);
  return result.value;
}
function problems(body, options) {
  const result = (0, import_outlineMarkdown.parseOutline)(body, options);
  assert.ok(!result.ok, "expected problems");
  return result.problems;
}
const rendered = (0, import_outlineMarkdown.renderOutline)(import_sampleStory.outline, { title: "The Lighthouse Keeper" });
const edit = (from, to) => {
  assert.ok(rendered.includes(from), `render should contain ${from}`);
  return rendered.replace(from, to);
};
describe("outline: Markdown round-trip", () => {
  it("parse(render(v)) gives back v", () => {
    assert.deepEqual(ok(rendered), import_sampleStory.outline);
  });
  it("renders the documented shape", () => {
    assert.match(rendered, /^## Chapter 1: The Bottle\n\nMara finds the bottle and reads the letter to Tomas\.\n\n\*\*Target words:\*\* 1500\n\n### Beats\n\n- Mara trims/m);
  });
  it("round-trips Unicode, colons and Markdown-ish text", () => {
    const tricky = {
      preamble: "Two acts.",
      chapters: [
        {
          number: 1,
          title: "Part: One \u2014 \u201C\u706F\u53F0\u201D",
          summary: "- not a beat\n# not a heading\n\n**Bold**: still summary.",
          beats: ["Beat with: colon", "**Target** is not a label here", "Multi\nline"],
          targetWords: 2200,
          pov: "Zo\xEB",
          extraSections: [{ heading: "Research", level: 3, body: "Tide tables." }]
        },
        { number: 2, title: "", summary: "Untitled chapter.", beats: [], targetWords: 800 }
      ],
      extraSections: [{ heading: "Epilogue ideas", level: 2, body: "Maybe none." }]
    };
    assert.deepEqual(ok((0, import_outlineMarkdown.renderOutline)(tricky)), tricky);
  });
});
describe("outline: reading human edits", () => {
  it("a deleted chapter keeps the other numbers (no renumbering)", () => {
    const three = (0, import_outlineMarkdown.renderOutline)({ chapters: [1, 2, 3].map((n) => ({ ...import_sampleStory.outline.chapters[0], number: n, title: `T${n}` })) });
    const withoutTwo = three.replace(/## Chapter 2: T2[\s\S]*?(?=## Chapter 3)/, "");
    assert.deepEqual(
      ok(withoutTwo).chapters.map((c) => c.number),
      [1, 3]
    );
  });
  it("chapters out of order come back sorted; duplicates are named", () => {
    const [head, one, two] = rendered.split(/\n(?=## Chapter)/);
    assert.deepEqual(ok([head, two, one].join("\n")), import_sampleStory.outline);
    const dup = problems(edit("## Chapter 2: The Answer", "## Chapter 1: The Answer"));
    assert.match(dup[0].message, /03-outline\.md line \d+: "Chapter 1: The Answer" has the same number as "Chapter 1: The Bottle"/);
  });
  it("a new beat, a removed beat, bold markers removed, CRLF and blank lines", () => {
    const text = edit("- She leaves.", "- She leaves.\n- The light goes out.").replace("- The boat arrives early.\n", "").replace("**Target words:** 1500", "Target words: 1,500").replace(/\n\n/g, "\n\n\n").replace(/\n/g, "\r\n");
    const v = ok(text);
    assert.deepEqual(v.chapters[1].beats, ["She writes the answer by lamplight.", "She leaves.", "The light goes out."]);
    assert.equal(v.chapters[0].targetWords, 1500);
  });
  it("an added free-text paragraph joins the summary; a sub-section stays with its chapter", () => {
    const v = ok(edit("Mara writes back, and the boat comes.", "Mara writes back, and the boat comes.\n\nIt should rain here.").replace("- She leaves.", "- She leaves.\n\n### Mood\n\nGrey."));
    assert.equal(v.chapters[1].summary, "Mara writes back, and the boat comes.\n\nIt should rain here.");
    assert.deepEqual(v.chapters[1].extraSections, [{ heading: "Mood", level: 3, body: "Grey." }]);
  });
  it("headings at other levels, other spellings, no Beats heading", () => {
    const text = rendered.replace("## Chapter 1: The Bottle", "# Chapter One \u2014 The Bottle").replace("## Chapter 2: The Answer", "### CHAPTER II. The Answer").replace("### Beats\n\n- Mara", "- Mara").replace("**Point of view:** Mara", "**POV**: Mara");
    assert.deepEqual(ok(text), import_sampleStory.outline);
  });
  it('"## 3. Title" headings and a quoted title', () => {
    const v = ok('# Outline\n\n## 3. "The Storm"\n\nIt blows.\n\n**Target words:** 900\n');
    assert.deepEqual(v.chapters, [{ number: 3, title: "The Storm", summary: "It blows.", beats: [], targetWords: 900 }]);
  });
  it("a missing target length uses the default given, else is named", () => {
    const text = edit("**Target words:** 1500\n\n", "");
    assert.equal(ok(text, { targetWordsPerChapter: 1200 }).chapters[0].targetWords, 1200);
    assert.match(problems(text)[0].message, /line \d+: "Chapter 1: The Bottle" has no target length/);
    assert.match(problems(edit("**Target words:** 1500", "**Target words:** lots"))[0].message, /"\*\*Target words:\*\* lots" should give a number/);
  });
  it("names chapters without content and documents without chapters", () => {
    assert.match(problems("# Outline\n\nNothing yet.\n")[0].message, /03-outline\.md has no chapters/);
    const empty = problems("## Chapter 1: Empty\n\n**Target words:** 900\n");
    assert.match(empty[0].message, /line 1: "Chapter 1: Empty" needs a summary or at least one beat/);
  });
});
describe("outline: schema and defaults", () => {
  it("pins the chapter count in the JSON schema", () => {
    const js = import_zod.z.toJSONSchema((0, import_outline.outlineSchemaFor)(7, 1800));
    assert.deepEqual(js.required, ["chapters"]);
    assert.equal(js.properties.chapters.minItems, 7);
    assert.equal(js.properties.chapters.maxItems, 7);
    assert.equal(js.properties.chapters.items.properties.number.maximum, 7);
    assert.deepEqual([...js.properties.chapters.items.required].sort(), ["beats", "number", "summary", "targetWords", "title"]);
    assert.match(js.properties.chapters.items.properties.targetWords.description, /about 1800/);
    const schema = (0, import_outline.outlineSchemaFor)(2, 1500);
    assert.ok(schema.safeParse({ chapters: import_sampleStory.outline.chapters }).success);
    assert.ok(!schema.safeParse({ chapters: import_sampleStory.outline.chapters.slice(0, 1) }).success);
  });
  it("completes a partial reply: renumbers duplicates, fills target words", () => {
    const result = (0, import_withDefaults.withDefaults)(
      "outline",
      {
        chapters: [
          { number: 1, title: "A", summary: "First.", beats: ["x"] },
          { number: 1, summary: "Second.", targetWords: "2,000", pov: "" }
        ]
      },
      { targetWordsPerChapter: 1500 }
    );
    assert.ok(result.ok);
    assert.deepEqual(result.value.chapters, [
      { number: 1, title: "A", summary: "First.", beats: ["x"], targetWords: 1500 },
      { number: 2, title: "", summary: "Second.", beats: [], targetWords: 2e3 }
    ]);
    assert.ok(result.defaulted.includes("chapters.number") && result.defaulted.includes("chapters.targetWords"));
  });
  it("refuses chapters with neither summary nor beats", () => {
    const result = (0, import_withDefaults.withDefaults)("outline", { chapters: [{ number: 1, title: "A" }] }, { targetWordsPerChapter: 900 });
    assert.ok(!result.ok);
    assert.match(result.problems[0].message, /needs a summary or at least one beat/);
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC91bml0L3N0b3J5L291dGxpbmUudGVzdC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0ICogYXMgYXNzZXJ0IGZyb20gJ25vZGU6YXNzZXJ0L3N0cmljdCc7XG5pbXBvcnQgeyB6IH0gZnJvbSAnem9kJztcbmltcG9ydCB7IG91dGxpbmVTY2hlbWFGb3IsIHR5cGUgT3V0bGluZSB9IGZyb20gJy4uLy4uLy4uL3NyYy9jb3JlL3N0YWdlcy9vdXRsaW5lJztcbmltcG9ydCB7IHBhcnNlT3V0bGluZSwgcmVuZGVyT3V0bGluZSwgdHlwZSBQYXJzZU91dGxpbmVPcHRpb25zIH0gZnJvbSAnLi4vLi4vLi4vc3JjL2NvcmUvc3RhZ2VzL291dGxpbmVNYXJrZG93bic7XG5pbXBvcnQgeyB3aXRoRGVmYXVsdHMgfSBmcm9tICcuLi8uLi8uLi9zcmMvY29yZS9zdGFnZXMvd2l0aERlZmF1bHRzJztcbmltcG9ydCB7IG91dGxpbmUgfSBmcm9tICcuL3NhbXBsZVN0b3J5JztcblxuZnVuY3Rpb24gb2soYm9keTogc3RyaW5nLCBvcHRpb25zPzogUGFyc2VPdXRsaW5lT3B0aW9ucyk6IE91dGxpbmUge1xuICBjb25zdCByZXN1bHQgPSBwYXJzZU91dGxpbmUoYm9keSwgb3B0aW9ucyk7XG4gIGFzc2VydC5vayhyZXN1bHQub2ssIGBleHBlY3RlZCBhbiBvdXRsaW5lLCBnb3QgJHtKU09OLnN0cmluZ2lmeSghcmVzdWx0Lm9rICYmIHJlc3VsdC5wcm9ibGVtcyl9YCk7XG4gIHJldHVybiByZXN1bHQudmFsdWU7XG59XG5cbmZ1bmN0aW9uIHByb2JsZW1zKGJvZHk6IHN0cmluZywgb3B0aW9ucz86IFBhcnNlT3V0bGluZU9wdGlvbnMpIHtcbiAgY29uc3QgcmVzdWx0ID0gcGFyc2VPdXRsaW5lKGJvZHksIG9wdGlvbnMpO1xuICBhc3NlcnQub2soIXJlc3VsdC5vaywgJ2V4cGVjdGVkIHByb2JsZW1zJyk7XG4gIHJldHVybiByZXN1bHQucHJvYmxlbXM7XG59XG5cbmNvbnN0IHJlbmRlcmVkID0gcmVuZGVyT3V0bGluZShvdXRsaW5lLCB7IHRpdGxlOiAnVGhlIExpZ2h0aG91c2UgS2VlcGVyJyB9KTtcbmNvbnN0IGVkaXQgPSAoZnJvbTogc3RyaW5nLCB0bzogc3RyaW5nKSA9PiB7XG4gIGFzc2VydC5vayhyZW5kZXJlZC5pbmNsdWRlcyhmcm9tKSwgYHJlbmRlciBzaG91bGQgY29udGFpbiAke2Zyb219YCk7XG4gIHJldHVybiByZW5kZXJlZC5yZXBsYWNlKGZyb20sIHRvKTtcbn07XG5cbmRlc2NyaWJlKCdvdXRsaW5lOiBNYXJrZG93biByb3VuZC10cmlwJywgKCkgPT4ge1xuICBpdCgncGFyc2UocmVuZGVyKHYpKSBnaXZlcyBiYWNrIHYnLCAoKSA9PiB7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChvayhyZW5kZXJlZCksIG91dGxpbmUpO1xuICB9KTtcblxuICBpdCgncmVuZGVycyB0aGUgZG9jdW1lbnRlZCBzaGFwZScsICgpID0+IHtcbiAgICBhc3NlcnQubWF0Y2gocmVuZGVyZWQsIC9eIyMgQ2hhcHRlciAxOiBUaGUgQm90dGxlXFxuXFxuTWFyYSBmaW5kcyB0aGUgYm90dGxlIGFuZCByZWFkcyB0aGUgbGV0dGVyIHRvIFRvbWFzXFwuXFxuXFxuXFwqXFwqVGFyZ2V0IHdvcmRzOlxcKlxcKiAxNTAwXFxuXFxuIyMjIEJlYXRzXFxuXFxuLSBNYXJhIHRyaW1zL20pO1xuICB9KTtcblxuICBpdCgncm91bmQtdHJpcHMgVW5pY29kZSwgY29sb25zIGFuZCBNYXJrZG93bi1pc2ggdGV4dCcsICgpID0+IHtcbiAgICBjb25zdCB0cmlja3k6IE91dGxpbmUgPSB7XG4gICAgICBwcmVhbWJsZTogJ1R3byBhY3RzLicsXG4gICAgICBjaGFwdGVyczogW1xuICAgICAgICB7XG4gICAgICAgICAgbnVtYmVyOiAxLFxuICAgICAgICAgIHRpdGxlOiAnUGFydDogT25lIFx1MjAxNCBcdTIwMUNcdTcwNkZcdTUzRjBcdTIwMUQnLFxuICAgICAgICAgIHN1bW1hcnk6ICctIG5vdCBhIGJlYXRcXG4jIG5vdCBhIGhlYWRpbmdcXG5cXG4qKkJvbGQqKjogc3RpbGwgc3VtbWFyeS4nLFxuICAgICAgICAgIGJlYXRzOiBbJ0JlYXQgd2l0aDogY29sb24nLCAnKipUYXJnZXQqKiBpcyBub3QgYSBsYWJlbCBoZXJlJywgJ011bHRpXFxubGluZSddLFxuICAgICAgICAgIHRhcmdldFdvcmRzOiAyMjAwLFxuICAgICAgICAgIHBvdjogJ1pvXHUwMEVCJyxcbiAgICAgICAgICBleHRyYVNlY3Rpb25zOiBbeyBoZWFkaW5nOiAnUmVzZWFyY2gnLCBsZXZlbDogMywgYm9keTogJ1RpZGUgdGFibGVzLicgfV0sXG4gICAgICAgIH0sXG4gICAgICAgIHsgbnVtYmVyOiAyLCB0aXRsZTogJycsIHN1bW1hcnk6ICdVbnRpdGxlZCBjaGFwdGVyLicsIGJlYXRzOiBbXSwgdGFyZ2V0V29yZHM6IDgwMCB9LFxuICAgICAgXSxcbiAgICAgIGV4dHJhU2VjdGlvbnM6IFt7IGhlYWRpbmc6ICdFcGlsb2d1ZSBpZGVhcycsIGxldmVsOiAyLCBib2R5OiAnTWF5YmUgbm9uZS4nIH1dLFxuICAgIH07XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChvayhyZW5kZXJPdXRsaW5lKHRyaWNreSkpLCB0cmlja3kpO1xuICB9KTtcbn0pO1xuXG5kZXNjcmliZSgnb3V0bGluZTogcmVhZGluZyBodW1hbiBlZGl0cycsICgpID0+IHtcbiAgaXQoJ2EgZGVsZXRlZCBjaGFwdGVyIGtlZXBzIHRoZSBvdGhlciBudW1iZXJzIChubyByZW51bWJlcmluZyknLCAoKSA9PiB7XG4gICAgY29uc3QgdGhyZWUgPSByZW5kZXJPdXRsaW5lKHsgY2hhcHRlcnM6IFsxLCAyLCAzXS5tYXAoKG4pID0+ICh7IC4uLm91dGxpbmUuY2hhcHRlcnNbMF0hLCBudW1iZXI6IG4sIHRpdGxlOiBgVCR7bn1gIH0pKSB9KTtcbiAgICBjb25zdCB3aXRob3V0VHdvID0gdGhyZWUucmVwbGFjZSgvIyMgQ2hhcHRlciAyOiBUMltcXHNcXFNdKj8oPz0jIyBDaGFwdGVyIDMpLywgJycpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoXG4gICAgICBvayh3aXRob3V0VHdvKS5jaGFwdGVycy5tYXAoKGMpID0+IGMubnVtYmVyKSxcbiAgICAgIFsxLCAzXSxcbiAgICApO1xuICB9KTtcblxuICBpdCgnY2hhcHRlcnMgb3V0IG9mIG9yZGVyIGNvbWUgYmFjayBzb3J0ZWQ7IGR1cGxpY2F0ZXMgYXJlIG5hbWVkJywgKCkgPT4ge1xuICAgIGNvbnN0IFtoZWFkLCBvbmUsIHR3b10gPSByZW5kZXJlZC5zcGxpdCgvXFxuKD89IyMgQ2hhcHRlcikvKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKG9rKFtoZWFkLCB0d28sIG9uZV0uam9pbignXFxuJykpLCBvdXRsaW5lKTtcbiAgICBjb25zdCBkdXAgPSBwcm9ibGVtcyhlZGl0KCcjIyBDaGFwdGVyIDI6IFRoZSBBbnN3ZXInLCAnIyMgQ2hhcHRlciAxOiBUaGUgQW5zd2VyJykpO1xuICAgIGFzc2VydC5tYXRjaChkdXBbMF0hLm1lc3NhZ2UsIC8wMy1vdXRsaW5lXFwubWQgbGluZSBcXGQrOiBcIkNoYXB0ZXIgMTogVGhlIEFuc3dlclwiIGhhcyB0aGUgc2FtZSBudW1iZXIgYXMgXCJDaGFwdGVyIDE6IFRoZSBCb3R0bGVcIi8pO1xuICB9KTtcblxuICBpdCgnYSBuZXcgYmVhdCwgYSByZW1vdmVkIGJlYXQsIGJvbGQgbWFya2VycyByZW1vdmVkLCBDUkxGIGFuZCBibGFuayBsaW5lcycsICgpID0+IHtcbiAgICBjb25zdCB0ZXh0ID0gZWRpdCgnLSBTaGUgbGVhdmVzLicsICctIFNoZSBsZWF2ZXMuXFxuLSBUaGUgbGlnaHQgZ29lcyBvdXQuJylcbiAgICAgIC5yZXBsYWNlKCctIFRoZSBib2F0IGFycml2ZXMgZWFybHkuXFxuJywgJycpXG4gICAgICAucmVwbGFjZSgnKipUYXJnZXQgd29yZHM6KiogMTUwMCcsICdUYXJnZXQgd29yZHM6IDEsNTAwJylcbiAgICAgIC5yZXBsYWNlKC9cXG5cXG4vZywgJ1xcblxcblxcbicpXG4gICAgICAucmVwbGFjZSgvXFxuL2csICdcXHJcXG4nKTtcbiAgICBjb25zdCB2ID0gb2sodGV4dCk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbCh2LmNoYXB0ZXJzWzFdIS5iZWF0cywgWydTaGUgd3JpdGVzIHRoZSBhbnN3ZXIgYnkgbGFtcGxpZ2h0LicsICdTaGUgbGVhdmVzLicsICdUaGUgbGlnaHQgZ29lcyBvdXQuJ10pO1xuICAgIGFzc2VydC5lcXVhbCh2LmNoYXB0ZXJzWzBdIS50YXJnZXRXb3JkcywgMTUwMCk7XG4gIH0pO1xuXG4gIGl0KCdhbiBhZGRlZCBmcmVlLXRleHQgcGFyYWdyYXBoIGpvaW5zIHRoZSBzdW1tYXJ5OyBhIHN1Yi1zZWN0aW9uIHN0YXlzIHdpdGggaXRzIGNoYXB0ZXInLCAoKSA9PiB7XG4gICAgY29uc3QgdiA9IG9rKGVkaXQoJ01hcmEgd3JpdGVzIGJhY2ssIGFuZCB0aGUgYm9hdCBjb21lcy4nLCAnTWFyYSB3cml0ZXMgYmFjaywgYW5kIHRoZSBib2F0IGNvbWVzLlxcblxcbkl0IHNob3VsZCByYWluIGhlcmUuJykucmVwbGFjZSgnLSBTaGUgbGVhdmVzLicsICctIFNoZSBsZWF2ZXMuXFxuXFxuIyMjIE1vb2RcXG5cXG5HcmV5LicpKTtcbiAgICBhc3NlcnQuZXF1YWwodi5jaGFwdGVyc1sxXSEuc3VtbWFyeSwgJ01hcmEgd3JpdGVzIGJhY2ssIGFuZCB0aGUgYm9hdCBjb21lcy5cXG5cXG5JdCBzaG91bGQgcmFpbiBoZXJlLicpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwodi5jaGFwdGVyc1sxXSEuZXh0cmFTZWN0aW9ucywgW3sgaGVhZGluZzogJ01vb2QnLCBsZXZlbDogMywgYm9keTogJ0dyZXkuJyB9XSk7XG4gIH0pO1xuXG4gIGl0KCdoZWFkaW5ncyBhdCBvdGhlciBsZXZlbHMsIG90aGVyIHNwZWxsaW5ncywgbm8gQmVhdHMgaGVhZGluZycsICgpID0+IHtcbiAgICBjb25zdCB0ZXh0ID0gcmVuZGVyZWRcbiAgICAgIC5yZXBsYWNlKCcjIyBDaGFwdGVyIDE6IFRoZSBCb3R0bGUnLCAnIyBDaGFwdGVyIE9uZSBcdTIwMTQgVGhlIEJvdHRsZScpXG4gICAgICAucmVwbGFjZSgnIyMgQ2hhcHRlciAyOiBUaGUgQW5zd2VyJywgJyMjIyBDSEFQVEVSIElJLiBUaGUgQW5zd2VyJylcbiAgICAgIC5yZXBsYWNlKCcjIyMgQmVhdHNcXG5cXG4tIE1hcmEnLCAnLSBNYXJhJylcbiAgICAgIC5yZXBsYWNlKCcqKlBvaW50IG9mIHZpZXc6KiogTWFyYScsICcqKlBPVioqOiBNYXJhJyk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChvayh0ZXh0KSwgb3V0bGluZSk7XG4gIH0pO1xuXG4gIGl0KCdcIiMjIDMuIFRpdGxlXCIgaGVhZGluZ3MgYW5kIGEgcXVvdGVkIHRpdGxlJywgKCkgPT4ge1xuICAgIGNvbnN0IHYgPSBvaygnIyBPdXRsaW5lXFxuXFxuIyMgMy4gXCJUaGUgU3Rvcm1cIlxcblxcbkl0IGJsb3dzLlxcblxcbioqVGFyZ2V0IHdvcmRzOioqIDkwMFxcbicpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwodi5jaGFwdGVycywgW3sgbnVtYmVyOiAzLCB0aXRsZTogJ1RoZSBTdG9ybScsIHN1bW1hcnk6ICdJdCBibG93cy4nLCBiZWF0czogW10sIHRhcmdldFdvcmRzOiA5MDAgfV0pO1xuICB9KTtcblxuICBpdCgnYSBtaXNzaW5nIHRhcmdldCBsZW5ndGggdXNlcyB0aGUgZGVmYXVsdCBnaXZlbiwgZWxzZSBpcyBuYW1lZCcsICgpID0+IHtcbiAgICBjb25zdCB0ZXh0ID0gZWRpdCgnKipUYXJnZXQgd29yZHM6KiogMTUwMFxcblxcbicsICcnKTtcbiAgICBhc3NlcnQuZXF1YWwob2sodGV4dCwgeyB0YXJnZXRXb3Jkc1BlckNoYXB0ZXI6IDEyMDAgfSkuY2hhcHRlcnNbMF0hLnRhcmdldFdvcmRzLCAxMjAwKTtcbiAgICBhc3NlcnQubWF0Y2gocHJvYmxlbXModGV4dClbMF0hLm1lc3NhZ2UsIC9saW5lIFxcZCs6IFwiQ2hhcHRlciAxOiBUaGUgQm90dGxlXCIgaGFzIG5vIHRhcmdldCBsZW5ndGgvKTtcbiAgICBhc3NlcnQubWF0Y2gocHJvYmxlbXMoZWRpdCgnKipUYXJnZXQgd29yZHM6KiogMTUwMCcsICcqKlRhcmdldCB3b3JkczoqKiBsb3RzJykpWzBdIS5tZXNzYWdlLCAvXCJcXCpcXCpUYXJnZXQgd29yZHM6XFwqXFwqIGxvdHNcIiBzaG91bGQgZ2l2ZSBhIG51bWJlci8pO1xuICB9KTtcblxuICBpdCgnbmFtZXMgY2hhcHRlcnMgd2l0aG91dCBjb250ZW50IGFuZCBkb2N1bWVudHMgd2l0aG91dCBjaGFwdGVycycsICgpID0+IHtcbiAgICBhc3NlcnQubWF0Y2gocHJvYmxlbXMoJyMgT3V0bGluZVxcblxcbk5vdGhpbmcgeWV0LlxcbicpWzBdIS5tZXNzYWdlLCAvMDMtb3V0bGluZVxcLm1kIGhhcyBubyBjaGFwdGVycy8pO1xuICAgIGNvbnN0IGVtcHR5ID0gcHJvYmxlbXMoJyMjIENoYXB0ZXIgMTogRW1wdHlcXG5cXG4qKlRhcmdldCB3b3JkczoqKiA5MDBcXG4nKTtcbiAgICBhc3NlcnQubWF0Y2goZW1wdHlbMF0hLm1lc3NhZ2UsIC9saW5lIDE6IFwiQ2hhcHRlciAxOiBFbXB0eVwiIG5lZWRzIGEgc3VtbWFyeSBvciBhdCBsZWFzdCBvbmUgYmVhdC8pO1xuICB9KTtcbn0pO1xuXG5kZXNjcmliZSgnb3V0bGluZTogc2NoZW1hIGFuZCBkZWZhdWx0cycsICgpID0+IHtcbiAgaXQoJ3BpbnMgdGhlIGNoYXB0ZXIgY291bnQgaW4gdGhlIEpTT04gc2NoZW1hJywgKCkgPT4ge1xuICAgIGNvbnN0IGpzID0gei50b0pTT05TY2hlbWEob3V0bGluZVNjaGVtYUZvcig3LCAxODAwKSkgYXMgdW5rbm93biBhcyB7XG4gICAgICByZXF1aXJlZDogc3RyaW5nW107XG4gICAgICBwcm9wZXJ0aWVzOiB7IGNoYXB0ZXJzOiB7IG1pbkl0ZW1zOiBudW1iZXI7IG1heEl0ZW1zOiBudW1iZXI7IGl0ZW1zOiB7IHJlcXVpcmVkOiBzdHJpbmdbXTsgcHJvcGVydGllczogeyBudW1iZXI6IHsgbWF4aW11bTogbnVtYmVyIH07IHRhcmdldFdvcmRzOiB7IGRlc2NyaXB0aW9uOiBzdHJpbmcgfSB9IH0gfSB9O1xuICAgIH07XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChqcy5yZXF1aXJlZCwgWydjaGFwdGVycyddKTtcbiAgICBhc3NlcnQuZXF1YWwoanMucHJvcGVydGllcy5jaGFwdGVycy5taW5JdGVtcywgNyk7XG4gICAgYXNzZXJ0LmVxdWFsKGpzLnByb3BlcnRpZXMuY2hhcHRlcnMubWF4SXRlbXMsIDcpO1xuICAgIGFzc2VydC5lcXVhbChqcy5wcm9wZXJ0aWVzLmNoYXB0ZXJzLml0ZW1zLnByb3BlcnRpZXMubnVtYmVyLm1heGltdW0sIDcpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoWy4uLmpzLnByb3BlcnRpZXMuY2hhcHRlcnMuaXRlbXMucmVxdWlyZWRdLnNvcnQoKSwgWydiZWF0cycsICdudW1iZXInLCAnc3VtbWFyeScsICd0YXJnZXRXb3JkcycsICd0aXRsZSddKTtcbiAgICBhc3NlcnQubWF0Y2goanMucHJvcGVydGllcy5jaGFwdGVycy5pdGVtcy5wcm9wZXJ0aWVzLnRhcmdldFdvcmRzLmRlc2NyaXB0aW9uLCAvYWJvdXQgMTgwMC8pO1xuICAgIGNvbnN0IHNjaGVtYSA9IG91dGxpbmVTY2hlbWFGb3IoMiwgMTUwMCk7XG4gICAgYXNzZXJ0Lm9rKHNjaGVtYS5zYWZlUGFyc2UoeyBjaGFwdGVyczogb3V0bGluZS5jaGFwdGVycyB9KS5zdWNjZXNzKTtcbiAgICBhc3NlcnQub2soIXNjaGVtYS5zYWZlUGFyc2UoeyBjaGFwdGVyczogb3V0bGluZS5jaGFwdGVycy5zbGljZSgwLCAxKSB9KS5zdWNjZXNzKTtcbiAgfSk7XG5cbiAgaXQoJ2NvbXBsZXRlcyBhIHBhcnRpYWwgcmVwbHk6IHJlbnVtYmVycyBkdXBsaWNhdGVzLCBmaWxscyB0YXJnZXQgd29yZHMnLCAoKSA9PiB7XG4gICAgY29uc3QgcmVzdWx0ID0gd2l0aERlZmF1bHRzKFxuICAgICAgJ291dGxpbmUnLFxuICAgICAge1xuICAgICAgICBjaGFwdGVyczogW1xuICAgICAgICAgIHsgbnVtYmVyOiAxLCB0aXRsZTogJ0EnLCBzdW1tYXJ5OiAnRmlyc3QuJywgYmVhdHM6IFsneCddIH0sXG4gICAgICAgICAgeyBudW1iZXI6IDEsIHN1bW1hcnk6ICdTZWNvbmQuJywgdGFyZ2V0V29yZHM6ICcyLDAwMCcsIHBvdjogJycgfSxcbiAgICAgICAgXSxcbiAgICAgIH0sXG4gICAgICB7IHRhcmdldFdvcmRzUGVyQ2hhcHRlcjogMTUwMCB9LFxuICAgICk7XG4gICAgYXNzZXJ0Lm9rKHJlc3VsdC5vayk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChyZXN1bHQudmFsdWUuY2hhcHRlcnMsIFtcbiAgICAgIHsgbnVtYmVyOiAxLCB0aXRsZTogJ0EnLCBzdW1tYXJ5OiAnRmlyc3QuJywgYmVhdHM6IFsneCddLCB0YXJnZXRXb3JkczogMTUwMCB9LFxuICAgICAgeyBudW1iZXI6IDIsIHRpdGxlOiAnJywgc3VtbWFyeTogJ1NlY29uZC4nLCBiZWF0czogW10sIHRhcmdldFdvcmRzOiAyMDAwIH0sXG4gICAgXSk7XG4gICAgYXNzZXJ0Lm9rKHJlc3VsdC5kZWZhdWx0ZWQuaW5jbHVkZXMoJ2NoYXB0ZXJzLm51bWJlcicpICYmIHJlc3VsdC5kZWZhdWx0ZWQuaW5jbHVkZXMoJ2NoYXB0ZXJzLnRhcmdldFdvcmRzJykpO1xuICB9KTtcblxuICBpdCgncmVmdXNlcyBjaGFwdGVycyB3aXRoIG5laXRoZXIgc3VtbWFyeSBub3IgYmVhdHMnLCAoKSA9PiB7XG4gICAgY29uc3QgcmVzdWx0ID0gd2l0aERlZmF1bHRzKCdvdXRsaW5lJywgeyBjaGFwdGVyczogW3sgbnVtYmVyOiAxLCB0aXRsZTogJ0EnIH1dIH0sIHsgdGFyZ2V0V29yZHNQZXJDaGFwdGVyOiA5MDAgfSk7XG4gICAgYXNzZXJ0Lm9rKCFyZXN1bHQub2spO1xuICAgIGFzc2VydC5tYXRjaChyZXN1bHQucHJvYmxlbXNbMF0hLm1lc3NhZ2UsIC9uZWVkcyBhIHN1bW1hcnkgb3IgYXQgbGVhc3Qgb25lIGJlYXQvKTtcbiAgfSk7XG59KTtcbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUEsYUFBd0I7QUFDeEIsaUJBQWtCO0FBQ2xCLHFCQUErQztBQUMvQyw2QkFBc0U7QUFDdEUsMEJBQTZCO0FBQzdCLHlCQUF3QjtBQUV4QixTQUFTLEdBQUcsTUFBYyxTQUF3QztBQUNoRSxRQUFNLGFBQVMscUNBQWEsTUFBTSxPQUFPO0FBQ3pDLFNBQU8sR0FBRyxPQUFPLElBQUksNEJBQTRCLEtBQUssVUFBVSxDQUFDLE9BQU8sTUFBTSxPQUFPLFFBQVEsQ0FBQyxFQUFFO0FBQ2hHLFNBQU8sT0FBTztBQUNoQjtBQUVBLFNBQVMsU0FBUyxNQUFjLFNBQStCO0FBQzdELFFBQU0sYUFBUyxxQ0FBYSxNQUFNLE9BQU87QUFDekMsU0FBTyxHQUFHLENBQUMsT0FBTyxJQUFJLG1CQUFtQjtBQUN6QyxTQUFPLE9BQU87QUFDaEI7QUFFQSxNQUFNLGVBQVcsc0NBQWMsNEJBQVMsRUFBRSxPQUFPLHdCQUF3QixDQUFDO0FBQzFFLE1BQU0sT0FBTyxDQUFDLE1BQWMsT0FBZTtBQUN6QyxTQUFPLEdBQUcsU0FBUyxTQUFTLElBQUksR0FBRyx5QkFBeUIsSUFBSSxFQUFFO0FBQ2xFLFNBQU8sU0FBUyxRQUFRLE1BQU0sRUFBRTtBQUNsQztBQUVBLFNBQVMsZ0NBQWdDLE1BQU07QUFDN0MsS0FBRyxpQ0FBaUMsTUFBTTtBQUN4QyxXQUFPLFVBQVUsR0FBRyxRQUFRLEdBQUcsMEJBQU87QUFBQSxFQUN4QyxDQUFDO0FBRUQsS0FBRyxnQ0FBZ0MsTUFBTTtBQUN2QyxXQUFPLE1BQU0sVUFBVSxnSkFBZ0o7QUFBQSxFQUN6SyxDQUFDO0FBRUQsS0FBRyxxREFBcUQsTUFBTTtBQUM1RCxVQUFNLFNBQWtCO0FBQUEsTUFDdEIsVUFBVTtBQUFBLE1BQ1YsVUFBVTtBQUFBLFFBQ1I7QUFBQSxVQUNFLFFBQVE7QUFBQSxVQUNSLE9BQU87QUFBQSxVQUNQLFNBQVM7QUFBQSxVQUNULE9BQU8sQ0FBQyxvQkFBb0Isa0NBQWtDLGFBQWE7QUFBQSxVQUMzRSxhQUFhO0FBQUEsVUFDYixLQUFLO0FBQUEsVUFDTCxlQUFlLENBQUMsRUFBRSxTQUFTLFlBQVksT0FBTyxHQUFHLE1BQU0sZUFBZSxDQUFDO0FBQUEsUUFDekU7QUFBQSxRQUNBLEVBQUUsUUFBUSxHQUFHLE9BQU8sSUFBSSxTQUFTLHFCQUFxQixPQUFPLENBQUMsR0FBRyxhQUFhLElBQUk7QUFBQSxNQUNwRjtBQUFBLE1BQ0EsZUFBZSxDQUFDLEVBQUUsU0FBUyxrQkFBa0IsT0FBTyxHQUFHLE1BQU0sY0FBYyxDQUFDO0FBQUEsSUFDOUU7QUFDQSxXQUFPLFVBQVUsT0FBRyxzQ0FBYyxNQUFNLENBQUMsR0FBRyxNQUFNO0FBQUEsRUFDcEQsQ0FBQztBQUNILENBQUM7QUFFRCxTQUFTLGdDQUFnQyxNQUFNO0FBQzdDLEtBQUcsOERBQThELE1BQU07QUFDckUsVUFBTSxZQUFRLHNDQUFjLEVBQUUsVUFBVSxDQUFDLEdBQUcsR0FBRyxDQUFDLEVBQUUsSUFBSSxDQUFDLE9BQU8sRUFBRSxHQUFHLDJCQUFRLFNBQVMsQ0FBQyxHQUFJLFFBQVEsR0FBRyxPQUFPLElBQUksQ0FBQyxHQUFHLEVBQUUsRUFBRSxDQUFDO0FBQ3hILFVBQU0sYUFBYSxNQUFNLFFBQVEsNENBQTRDLEVBQUU7QUFDL0UsV0FBTztBQUFBLE1BQ0wsR0FBRyxVQUFVLEVBQUUsU0FBUyxJQUFJLENBQUMsTUFBTSxFQUFFLE1BQU07QUFBQSxNQUMzQyxDQUFDLEdBQUcsQ0FBQztBQUFBLElBQ1A7QUFBQSxFQUNGLENBQUM7QUFFRCxLQUFHLGdFQUFnRSxNQUFNO0FBQ3ZFLFVBQU0sQ0FBQyxNQUFNLEtBQUssR0FBRyxJQUFJLFNBQVMsTUFBTSxrQkFBa0I7QUFDMUQsV0FBTyxVQUFVLEdBQUcsQ0FBQyxNQUFNLEtBQUssR0FBRyxFQUFFLEtBQUssSUFBSSxDQUFDLEdBQUcsMEJBQU87QUFDekQsVUFBTSxNQUFNLFNBQVMsS0FBSyw0QkFBNEIsMEJBQTBCLENBQUM7QUFDakYsV0FBTyxNQUFNLElBQUksQ0FBQyxFQUFHLFNBQVMsaUdBQWlHO0FBQUEsRUFDakksQ0FBQztBQUVELEtBQUcsMEVBQTBFLE1BQU07QUFDakYsVUFBTSxPQUFPLEtBQUssaUJBQWlCLHNDQUFzQyxFQUN0RSxRQUFRLCtCQUErQixFQUFFLEVBQ3pDLFFBQVEsMEJBQTBCLHFCQUFxQixFQUN2RCxRQUFRLFNBQVMsUUFBUSxFQUN6QixRQUFRLE9BQU8sTUFBTTtBQUN4QixVQUFNLElBQUksR0FBRyxJQUFJO0FBQ2pCLFdBQU8sVUFBVSxFQUFFLFNBQVMsQ0FBQyxFQUFHLE9BQU8sQ0FBQyx1Q0FBdUMsZUFBZSxxQkFBcUIsQ0FBQztBQUNwSCxXQUFPLE1BQU0sRUFBRSxTQUFTLENBQUMsRUFBRyxhQUFhLElBQUk7QUFBQSxFQUMvQyxDQUFDO0FBRUQsS0FBRyx3RkFBd0YsTUFBTTtBQUMvRixVQUFNLElBQUksR0FBRyxLQUFLLHlDQUF5QywrREFBK0QsRUFBRSxRQUFRLGlCQUFpQixvQ0FBb0MsQ0FBQztBQUMxTCxXQUFPLE1BQU0sRUFBRSxTQUFTLENBQUMsRUFBRyxTQUFTLCtEQUErRDtBQUNwRyxXQUFPLFVBQVUsRUFBRSxTQUFTLENBQUMsRUFBRyxlQUFlLENBQUMsRUFBRSxTQUFTLFFBQVEsT0FBTyxHQUFHLE1BQU0sUUFBUSxDQUFDLENBQUM7QUFBQSxFQUMvRixDQUFDO0FBRUQsS0FBRywrREFBK0QsTUFBTTtBQUN0RSxVQUFNLE9BQU8sU0FDVixRQUFRLDRCQUE0QixpQ0FBNEIsRUFDaEUsUUFBUSw0QkFBNEIsNEJBQTRCLEVBQ2hFLFFBQVEsdUJBQXVCLFFBQVEsRUFDdkMsUUFBUSwyQkFBMkIsZUFBZTtBQUNyRCxXQUFPLFVBQVUsR0FBRyxJQUFJLEdBQUcsMEJBQU87QUFBQSxFQUNwQyxDQUFDO0FBRUQsS0FBRyw2Q0FBNkMsTUFBTTtBQUNwRCxVQUFNLElBQUksR0FBRyx3RUFBd0U7QUFDckYsV0FBTyxVQUFVLEVBQUUsVUFBVSxDQUFDLEVBQUUsUUFBUSxHQUFHLE9BQU8sYUFBYSxTQUFTLGFBQWEsT0FBTyxDQUFDLEdBQUcsYUFBYSxJQUFJLENBQUMsQ0FBQztBQUFBLEVBQ3JILENBQUM7QUFFRCxLQUFHLGlFQUFpRSxNQUFNO0FBQ3hFLFVBQU0sT0FBTyxLQUFLLDhCQUE4QixFQUFFO0FBQ2xELFdBQU8sTUFBTSxHQUFHLE1BQU0sRUFBRSx1QkFBdUIsS0FBSyxDQUFDLEVBQUUsU0FBUyxDQUFDLEVBQUcsYUFBYSxJQUFJO0FBQ3JGLFdBQU8sTUFBTSxTQUFTLElBQUksRUFBRSxDQUFDLEVBQUcsU0FBUyx3REFBd0Q7QUFDakcsV0FBTyxNQUFNLFNBQVMsS0FBSywwQkFBMEIsd0JBQXdCLENBQUMsRUFBRSxDQUFDLEVBQUcsU0FBUyxtREFBbUQ7QUFBQSxFQUNsSixDQUFDO0FBRUQsS0FBRyxpRUFBaUUsTUFBTTtBQUN4RSxXQUFPLE1BQU0sU0FBUyw2QkFBNkIsRUFBRSxDQUFDLEVBQUcsU0FBUyxnQ0FBZ0M7QUFDbEcsVUFBTSxRQUFRLFNBQVMsZ0RBQWdEO0FBQ3ZFLFdBQU8sTUFBTSxNQUFNLENBQUMsRUFBRyxTQUFTLGlFQUFpRTtBQUFBLEVBQ25HLENBQUM7QUFDSCxDQUFDO0FBRUQsU0FBUyxnQ0FBZ0MsTUFBTTtBQUM3QyxLQUFHLDZDQUE2QyxNQUFNO0FBQ3BELFVBQU0sS0FBSyxhQUFFLGlCQUFhLGlDQUFpQixHQUFHLElBQUksQ0FBQztBQUluRCxXQUFPLFVBQVUsR0FBRyxVQUFVLENBQUMsVUFBVSxDQUFDO0FBQzFDLFdBQU8sTUFBTSxHQUFHLFdBQVcsU0FBUyxVQUFVLENBQUM7QUFDL0MsV0FBTyxNQUFNLEdBQUcsV0FBVyxTQUFTLFVBQVUsQ0FBQztBQUMvQyxXQUFPLE1BQU0sR0FBRyxXQUFXLFNBQVMsTUFBTSxXQUFXLE9BQU8sU0FBUyxDQUFDO0FBQ3RFLFdBQU8sVUFBVSxDQUFDLEdBQUcsR0FBRyxXQUFXLFNBQVMsTUFBTSxRQUFRLEVBQUUsS0FBSyxHQUFHLENBQUMsU0FBUyxVQUFVLFdBQVcsZUFBZSxPQUFPLENBQUM7QUFDMUgsV0FBTyxNQUFNLEdBQUcsV0FBVyxTQUFTLE1BQU0sV0FBVyxZQUFZLGFBQWEsWUFBWTtBQUMxRixVQUFNLGFBQVMsaUNBQWlCLEdBQUcsSUFBSTtBQUN2QyxXQUFPLEdBQUcsT0FBTyxVQUFVLEVBQUUsVUFBVSwyQkFBUSxTQUFTLENBQUMsRUFBRSxPQUFPO0FBQ2xFLFdBQU8sR0FBRyxDQUFDLE9BQU8sVUFBVSxFQUFFLFVBQVUsMkJBQVEsU0FBUyxNQUFNLEdBQUcsQ0FBQyxFQUFFLENBQUMsRUFBRSxPQUFPO0FBQUEsRUFDakYsQ0FBQztBQUVELEtBQUcsdUVBQXVFLE1BQU07QUFDOUUsVUFBTSxhQUFTO0FBQUEsTUFDYjtBQUFBLE1BQ0E7QUFBQSxRQUNFLFVBQVU7QUFBQSxVQUNSLEVBQUUsUUFBUSxHQUFHLE9BQU8sS0FBSyxTQUFTLFVBQVUsT0FBTyxDQUFDLEdBQUcsRUFBRTtBQUFBLFVBQ3pELEVBQUUsUUFBUSxHQUFHLFNBQVMsV0FBVyxhQUFhLFNBQVMsS0FBSyxHQUFHO0FBQUEsUUFDakU7QUFBQSxNQUNGO0FBQUEsTUFDQSxFQUFFLHVCQUF1QixLQUFLO0FBQUEsSUFDaEM7QUFDQSxXQUFPLEdBQUcsT0FBTyxFQUFFO0FBQ25CLFdBQU8sVUFBVSxPQUFPLE1BQU0sVUFBVTtBQUFBLE1BQ3RDLEVBQUUsUUFBUSxHQUFHLE9BQU8sS0FBSyxTQUFTLFVBQVUsT0FBTyxDQUFDLEdBQUcsR0FBRyxhQUFhLEtBQUs7QUFBQSxNQUM1RSxFQUFFLFFBQVEsR0FBRyxPQUFPLElBQUksU0FBUyxXQUFXLE9BQU8sQ0FBQyxHQUFHLGFBQWEsSUFBSztBQUFBLElBQzNFLENBQUM7QUFDRCxXQUFPLEdBQUcsT0FBTyxVQUFVLFNBQVMsaUJBQWlCLEtBQUssT0FBTyxVQUFVLFNBQVMsc0JBQXNCLENBQUM7QUFBQSxFQUM3RyxDQUFDO0FBRUQsS0FBRyxtREFBbUQsTUFBTTtBQUMxRCxVQUFNLGFBQVMsa0NBQWEsV0FBVyxFQUFFLFVBQVUsQ0FBQyxFQUFFLFFBQVEsR0FBRyxPQUFPLElBQUksQ0FBQyxFQUFFLEdBQUcsRUFBRSx1QkFBdUIsSUFBSSxDQUFDO0FBQ2hILFdBQU8sR0FBRyxDQUFDLE9BQU8sRUFBRTtBQUNwQixXQUFPLE1BQU0sT0FBTyxTQUFTLENBQUMsRUFBRyxTQUFTLHNDQUFzQztBQUFBLEVBQ2xGLENBQUM7QUFDSCxDQUFDOyIsCiAgIm5hbWVzIjogW10KfQo=
