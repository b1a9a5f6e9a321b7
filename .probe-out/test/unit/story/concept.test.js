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
var import_concept = require("../../../src/core/stages/concept");
var import_conceptMarkdown = require("../../../src/core/stages/conceptMarkdown");
var import_withDefaults = require("../../../src/core/stages/withDefaults");
var import_sampleStory = require("./sampleStory");
function ok(body) {
  const result = (0, import_conceptMarkdown.parseConcept)(body);
  assert.ok(result.ok, `expected a concept, got ${JSON.stringify(!result.ok && result.problems)}`);
  return result.value;
}
const edit = (from, to) => {
  const text = (0, import_conceptMarkdown.renderConcept)(import_sampleStory.concept);
  assert.ok(text.includes(from), `render should contain ${from}`);
  return text.replace(from, to);
};
describe("concept: Markdown round-trip", () => {
  it("parse(render(v)) gives back v", () => {
    assert.deepEqual(ok((0, import_conceptMarkdown.renderConcept)(import_sampleStory.concept)), import_sampleStory.concept);
  });
  it("round-trips Unicode, colons and Markdown-ish text", () => {
    const tricky = {
      ...import_sampleStory.concept,
      title: "\xC7a: L\u2019\xE9t\xE9 \u{1F30A} #1",
      logline: "**Bold** claims: she *says* `nothing` \u2014 and [links](x) stay.",
      premise: "# Not a heading\n\n- not a list in the premise\n1. nor this\n\n\\# a literal backslash-hash\n\n\u706F\u53F0\u5B88\u306E\u624B\u7D19\u3002",
      themes: ["- dash theme", "# hash theme", "theme: with colon"],
      tone: "",
      hook: "\u05E1\u05E4\u05E8 \u05D4\u05D9\u05DD"
    };
    assert.deepEqual(ok((0, import_conceptMarkdown.renderConcept)(tricky)), tricky);
  });
  it("keeps sections the writer added, and text before the first section", () => {
    const v = {
      ...import_sampleStory.concept,
      preamble: "Working notes: keep it under ten pages.",
      extraSections: [
        { heading: "Research", level: 2, body: "- Stevenson lighthouses\n- Fresnel lenses" },
        { heading: "Sources", level: 3, body: "Library." }
      ]
    };
    assert.deepEqual(ok((0, import_conceptMarkdown.renderConcept)(v)), v);
  });
});
describe("concept: reading human edits", () => {
  it("reordered sections and extra blank lines", () => {
    const text = (0, import_conceptMarkdown.renderConcept)(import_sampleStory.concept);
    const [head, ...sections] = text.split(/\n(?=## )/);
    const shuffled = [head, ...sections.reverse()].join("\n\n\n\n");
    assert.deepEqual(ok(shuffled), import_sampleStory.concept);
  });
  it("CRLF line endings", () => {
    assert.deepEqual(ok((0, import_conceptMarkdown.renderConcept)(import_sampleStory.concept).replace(/\n/g, "\r\n")), import_sampleStory.concept);
  });
  it("different heading levels and decorations", () => {
    const text = (0, import_conceptMarkdown.renderConcept)(import_sampleStory.concept).replace("## Logline", "### Logline:").replace("## Central Conflict", "# **Central conflict**").replace("## Themes", "#### 2. Themes");
    assert.deepEqual(ok(text), import_sampleStory.concept);
  });
  it("an added free-text paragraph joins its section", () => {
    const v = ok(edit("## Stakes\n\nIf she leaves, the light goes dark and with it the last of Tomas.", "## Stakes\n\nIf she leaves, the light goes dark and with it the last of Tomas.\n\nAlso: the Board will sell the rock."));
    assert.equal(v.stakes, "If she leaves, the light goes dark and with it the last of Tomas.\n\nAlso: the Board will sell the rock.");
  });
  it("a new theme, a removed theme, themes as a comma list", () => {
    assert.deepEqual(ok(edit("- the work of keeping", "- the work of keeping\n- letting go")).themes, ["grief and memory", "the work of keeping", "letting go"]);
    assert.deepEqual(ok(edit("- grief and memory\n", "")).themes, ["the work of keeping"]);
    assert.deepEqual(ok(edit("- grief and memory\n- the work of keeping", "grief, duty, the sea")).themes, ["grief", "duty", "the sea"]);
  });
  it("a deleted optional section becomes empty; a renamed title is read", () => {
    const v = ok(edit("## Hook\n\nA letter for a dead man, in handwriting she knows.\n\n", "").replace("# Concept: The Lighthouse Keeper", "# Concept \u2014 The Keeper"));
    assert.equal(v.hook, "");
    assert.equal(v.title, "The Keeper");
    assert.equal(ok(edit("# Concept: The Lighthouse Keeper", "# Salt and Light")).title, "Salt and Light");
  });
  it("an unknown section is kept in extraSections; a sub-heading inside a section stays in its text", () => {
    const v = ok(edit("## Tone", "## Comparable titles\n\nThe Lighthouse Stevensons.\n\n## Tone").replace("## Setting\n\n", "## Setting\n\n### The rock\n\n"));
    assert.deepEqual(v.extraSections, [{ heading: "Comparable titles", level: 2, body: "The Lighthouse Stevensons." }]);
    assert.equal(v.setting, "### The rock\n\nA granite skerry in the North Sea, 1962, the last winter before automation.");
    assert.deepEqual(ok((0, import_conceptMarkdown.renderConcept)(v)), v);
  });
  it("names the missing or empty required section", () => {
    const missing = (0, import_conceptMarkdown.parseConcept)(edit("## Logline", "## Pitchy"));
    assert.ok(!missing.ok);
    assert.match(missing.problems[0].message, /01-concept\.md has no "## Logline" section/);
    const empty = (0, import_conceptMarkdown.parseConcept)((0, import_conceptMarkdown.renderConcept)(import_sampleStory.concept).replace(/## Premise\n\n[\s\S]*?\n\n## /, "## Premise\n\n## "));
    assert.ok(!empty.ok);
    assert.match(empty.problems[0].message, /01-concept\.md line \d+: the "Premise" section is empty/);
    const named = (0, import_conceptMarkdown.parseConcept)("# Concept\n", { file: "stories/a/01-concept.md" });
    assert.ok(!named.ok);
    assert.equal(named.problems.length, 2);
    assert.match(named.problems[0].message, /^stories\/a\/01-concept\.md/);
  });
});
describe("concept: schema and defaults", () => {
  it("is a plain JSON schema with every field required", () => {
    const js = import_zod.z.toJSONSchema(import_concept.conceptSchema);
    assert.equal(js.type, "object");
    assert.deepEqual([...js.required].sort(), Object.keys(import_concept.conceptSchema.shape).sort());
    assert.ok(js.properties.logline.description);
    assert.deepEqual(JSON.parse(JSON.stringify(js)), js, "plain JSON");
  });
  it("completes a partial reply and says what it filled in", () => {
    const result = (0, import_withDefaults.withDefaults)("concept", { logline: " One line. ", premise: "Two\r\n\r\n\r\nparas.", themes: "a, b", hook: 7 });
    assert.ok(result.ok);
    assert.equal(result.value.logline, "One line.");
    assert.equal(result.value.premise, "Two\n\nparas.");
    assert.deepEqual(result.value.themes, ["a", "b"]);
    assert.equal(result.value.hook, "");
    assert.ok(result.defaulted.includes("hook") && result.defaulted.includes("title") && !result.defaulted.includes("themes"));
  });
  it("never invents a logline or premise", () => {
    const result = (0, import_withDefaults.withDefaults)("concept", { premise: "P.", logline: "  " });
    assert.ok(!result.ok);
    assert.deepEqual(
      result.problems.map((p) => p.message),
      ["concept: `logline` is empty"]
    );
    assert.ok(!(0, import_withDefaults.withDefaults)("concept", "not an object").ok);
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC91bml0L3N0b3J5L2NvbmNlcHQudGVzdC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0ICogYXMgYXNzZXJ0IGZyb20gJ25vZGU6YXNzZXJ0L3N0cmljdCc7XG5pbXBvcnQgeyB6IH0gZnJvbSAnem9kJztcbmltcG9ydCB7IGNvbmNlcHRTY2hlbWEsIHR5cGUgQ29uY2VwdCB9IGZyb20gJy4uLy4uLy4uL3NyYy9jb3JlL3N0YWdlcy9jb25jZXB0JztcbmltcG9ydCB7IHBhcnNlQ29uY2VwdCwgcmVuZGVyQ29uY2VwdCB9IGZyb20gJy4uLy4uLy4uL3NyYy9jb3JlL3N0YWdlcy9jb25jZXB0TWFya2Rvd24nO1xuaW1wb3J0IHsgd2l0aERlZmF1bHRzIH0gZnJvbSAnLi4vLi4vLi4vc3JjL2NvcmUvc3RhZ2VzL3dpdGhEZWZhdWx0cyc7XG5pbXBvcnQgeyBjb25jZXB0IH0gZnJvbSAnLi9zYW1wbGVTdG9yeSc7XG5cbmZ1bmN0aW9uIG9rKGJvZHk6IHN0cmluZyk6IENvbmNlcHQge1xuICBjb25zdCByZXN1bHQgPSBwYXJzZUNvbmNlcHQoYm9keSk7XG4gIGFzc2VydC5vayhyZXN1bHQub2ssIGBleHBlY3RlZCBhIGNvbmNlcHQsIGdvdCAke0pTT04uc3RyaW5naWZ5KCFyZXN1bHQub2sgJiYgcmVzdWx0LnByb2JsZW1zKX1gKTtcbiAgcmV0dXJuIHJlc3VsdC52YWx1ZTtcbn1cblxuY29uc3QgZWRpdCA9IChmcm9tOiBzdHJpbmcsIHRvOiBzdHJpbmcpID0+IHtcbiAgY29uc3QgdGV4dCA9IHJlbmRlckNvbmNlcHQoY29uY2VwdCk7XG4gIGFzc2VydC5vayh0ZXh0LmluY2x1ZGVzKGZyb20pLCBgcmVuZGVyIHNob3VsZCBjb250YWluICR7ZnJvbX1gKTtcbiAgcmV0dXJuIHRleHQucmVwbGFjZShmcm9tLCB0byk7XG59O1xuXG5kZXNjcmliZSgnY29uY2VwdDogTWFya2Rvd24gcm91bmQtdHJpcCcsICgpID0+IHtcbiAgaXQoJ3BhcnNlKHJlbmRlcih2KSkgZ2l2ZXMgYmFjayB2JywgKCkgPT4ge1xuICAgIGFzc2VydC5kZWVwRXF1YWwob2socmVuZGVyQ29uY2VwdChjb25jZXB0KSksIGNvbmNlcHQpO1xuICB9KTtcblxuICBpdCgncm91bmQtdHJpcHMgVW5pY29kZSwgY29sb25zIGFuZCBNYXJrZG93bi1pc2ggdGV4dCcsICgpID0+IHtcbiAgICBjb25zdCB0cmlja3k6IENvbmNlcHQgPSB7XG4gICAgICAuLi5jb25jZXB0LFxuICAgICAgdGl0bGU6ICdcdTAwQzdhOiBMXHUyMDE5XHUwMEU5dFx1MDBFOSBcdUQ4M0NcdURGMEEgIzEnLFxuICAgICAgbG9nbGluZTogJyoqQm9sZCoqIGNsYWltczogc2hlICpzYXlzKiBgbm90aGluZ2AgXHUyMDE0IGFuZCBbbGlua3NdKHgpIHN0YXkuJyxcbiAgICAgIHByZW1pc2U6ICcjIE5vdCBhIGhlYWRpbmdcXG5cXG4tIG5vdCBhIGxpc3QgaW4gdGhlIHByZW1pc2VcXG4xLiBub3IgdGhpc1xcblxcblxcXFwjIGEgbGl0ZXJhbCBiYWNrc2xhc2gtaGFzaFxcblxcblx1NzA2Rlx1NTNGMFx1NUI4OFx1MzA2RVx1NjI0Qlx1N0QxOVx1MzAwMicsXG4gICAgICB0aGVtZXM6IFsnLSBkYXNoIHRoZW1lJywgJyMgaGFzaCB0aGVtZScsICd0aGVtZTogd2l0aCBjb2xvbiddLFxuICAgICAgdG9uZTogJycsXG4gICAgICBob29rOiAnXHUwNUUxXHUwNUU0XHUwNUU4IFx1MDVENFx1MDVEOVx1MDVERCcsXG4gICAgfTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKG9rKHJlbmRlckNvbmNlcHQodHJpY2t5KSksIHRyaWNreSk7XG4gIH0pO1xuXG4gIGl0KCdrZWVwcyBzZWN0aW9ucyB0aGUgd3JpdGVyIGFkZGVkLCBhbmQgdGV4dCBiZWZvcmUgdGhlIGZpcnN0IHNlY3Rpb24nLCAoKSA9PiB7XG4gICAgY29uc3QgdjogQ29uY2VwdCA9IHtcbiAgICAgIC4uLmNvbmNlcHQsXG4gICAgICBwcmVhbWJsZTogJ1dvcmtpbmcgbm90ZXM6IGtlZXAgaXQgdW5kZXIgdGVuIHBhZ2VzLicsXG4gICAgICBleHRyYVNlY3Rpb25zOiBbXG4gICAgICAgIHsgaGVhZGluZzogJ1Jlc2VhcmNoJywgbGV2ZWw6IDIsIGJvZHk6ICctIFN0ZXZlbnNvbiBsaWdodGhvdXNlc1xcbi0gRnJlc25lbCBsZW5zZXMnIH0sXG4gICAgICAgIHsgaGVhZGluZzogJ1NvdXJjZXMnLCBsZXZlbDogMywgYm9keTogJ0xpYnJhcnkuJyB9LFxuICAgICAgXSxcbiAgICB9O1xuICAgIGFzc2VydC5kZWVwRXF1YWwob2socmVuZGVyQ29uY2VwdCh2KSksIHYpO1xuICB9KTtcbn0pO1xuXG5kZXNjcmliZSgnY29uY2VwdDogcmVhZGluZyBodW1hbiBlZGl0cycsICgpID0+IHtcbiAgaXQoJ3Jlb3JkZXJlZCBzZWN0aW9ucyBhbmQgZXh0cmEgYmxhbmsgbGluZXMnLCAoKSA9PiB7XG4gICAgY29uc3QgdGV4dCA9IHJlbmRlckNvbmNlcHQoY29uY2VwdCk7XG4gICAgY29uc3QgW2hlYWQsIC4uLnNlY3Rpb25zXSA9IHRleHQuc3BsaXQoL1xcbig/PSMjICkvKTtcbiAgICBjb25zdCBzaHVmZmxlZCA9IFtoZWFkLCAuLi5zZWN0aW9ucy5yZXZlcnNlKCldLmpvaW4oJ1xcblxcblxcblxcbicpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwob2soc2h1ZmZsZWQpLCBjb25jZXB0KTtcbiAgfSk7XG5cbiAgaXQoJ0NSTEYgbGluZSBlbmRpbmdzJywgKCkgPT4ge1xuICAgIGFzc2VydC5kZWVwRXF1YWwob2socmVuZGVyQ29uY2VwdChjb25jZXB0KS5yZXBsYWNlKC9cXG4vZywgJ1xcclxcbicpKSwgY29uY2VwdCk7XG4gIH0pO1xuXG4gIGl0KCdkaWZmZXJlbnQgaGVhZGluZyBsZXZlbHMgYW5kIGRlY29yYXRpb25zJywgKCkgPT4ge1xuICAgIGNvbnN0IHRleHQgPSByZW5kZXJDb25jZXB0KGNvbmNlcHQpLnJlcGxhY2UoJyMjIExvZ2xpbmUnLCAnIyMjIExvZ2xpbmU6JykucmVwbGFjZSgnIyMgQ2VudHJhbCBDb25mbGljdCcsICcjICoqQ2VudHJhbCBjb25mbGljdCoqJykucmVwbGFjZSgnIyMgVGhlbWVzJywgJyMjIyMgMi4gVGhlbWVzJyk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChvayh0ZXh0KSwgY29uY2VwdCk7XG4gIH0pO1xuXG4gIGl0KCdhbiBhZGRlZCBmcmVlLXRleHQgcGFyYWdyYXBoIGpvaW5zIGl0cyBzZWN0aW9uJywgKCkgPT4ge1xuICAgIGNvbnN0IHYgPSBvayhlZGl0KCcjIyBTdGFrZXNcXG5cXG5JZiBzaGUgbGVhdmVzLCB0aGUgbGlnaHQgZ29lcyBkYXJrIGFuZCB3aXRoIGl0IHRoZSBsYXN0IG9mIFRvbWFzLicsICcjIyBTdGFrZXNcXG5cXG5JZiBzaGUgbGVhdmVzLCB0aGUgbGlnaHQgZ29lcyBkYXJrIGFuZCB3aXRoIGl0IHRoZSBsYXN0IG9mIFRvbWFzLlxcblxcbkFsc286IHRoZSBCb2FyZCB3aWxsIHNlbGwgdGhlIHJvY2suJykpO1xuICAgIGFzc2VydC5lcXVhbCh2LnN0YWtlcywgJ0lmIHNoZSBsZWF2ZXMsIHRoZSBsaWdodCBnb2VzIGRhcmsgYW5kIHdpdGggaXQgdGhlIGxhc3Qgb2YgVG9tYXMuXFxuXFxuQWxzbzogdGhlIEJvYXJkIHdpbGwgc2VsbCB0aGUgcm9jay4nKTtcbiAgfSk7XG5cbiAgaXQoJ2EgbmV3IHRoZW1lLCBhIHJlbW92ZWQgdGhlbWUsIHRoZW1lcyBhcyBhIGNvbW1hIGxpc3QnLCAoKSA9PiB7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChvayhlZGl0KCctIHRoZSB3b3JrIG9mIGtlZXBpbmcnLCAnLSB0aGUgd29yayBvZiBrZWVwaW5nXFxuLSBsZXR0aW5nIGdvJykpLnRoZW1lcywgWydncmllZiBhbmQgbWVtb3J5JywgJ3RoZSB3b3JrIG9mIGtlZXBpbmcnLCAnbGV0dGluZyBnbyddKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKG9rKGVkaXQoJy0gZ3JpZWYgYW5kIG1lbW9yeVxcbicsICcnKSkudGhlbWVzLCBbJ3RoZSB3b3JrIG9mIGtlZXBpbmcnXSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChvayhlZGl0KCctIGdyaWVmIGFuZCBtZW1vcnlcXG4tIHRoZSB3b3JrIG9mIGtlZXBpbmcnLCAnZ3JpZWYsIGR1dHksIHRoZSBzZWEnKSkudGhlbWVzLCBbJ2dyaWVmJywgJ2R1dHknLCAndGhlIHNlYSddKTtcbiAgfSk7XG5cbiAgaXQoJ2EgZGVsZXRlZCBvcHRpb25hbCBzZWN0aW9uIGJlY29tZXMgZW1wdHk7IGEgcmVuYW1lZCB0aXRsZSBpcyByZWFkJywgKCkgPT4ge1xuICAgIGNvbnN0IHYgPSBvayhlZGl0KCcjIyBIb29rXFxuXFxuQSBsZXR0ZXIgZm9yIGEgZGVhZCBtYW4sIGluIGhhbmR3cml0aW5nIHNoZSBrbm93cy5cXG5cXG4nLCAnJykucmVwbGFjZSgnIyBDb25jZXB0OiBUaGUgTGlnaHRob3VzZSBLZWVwZXInLCAnIyBDb25jZXB0IFx1MjAxNCBUaGUgS2VlcGVyJykpO1xuICAgIGFzc2VydC5lcXVhbCh2Lmhvb2ssICcnKTtcbiAgICBhc3NlcnQuZXF1YWwodi50aXRsZSwgJ1RoZSBLZWVwZXInKTtcbiAgICBhc3NlcnQuZXF1YWwob2soZWRpdCgnIyBDb25jZXB0OiBUaGUgTGlnaHRob3VzZSBLZWVwZXInLCAnIyBTYWx0IGFuZCBMaWdodCcpKS50aXRsZSwgJ1NhbHQgYW5kIExpZ2h0Jyk7XG4gIH0pO1xuXG4gIGl0KCdhbiB1bmtub3duIHNlY3Rpb24gaXMga2VwdCBpbiBleHRyYVNlY3Rpb25zOyBhIHN1Yi1oZWFkaW5nIGluc2lkZSBhIHNlY3Rpb24gc3RheXMgaW4gaXRzIHRleHQnLCAoKSA9PiB7XG4gICAgY29uc3QgdiA9IG9rKGVkaXQoJyMjIFRvbmUnLCAnIyMgQ29tcGFyYWJsZSB0aXRsZXNcXG5cXG5UaGUgTGlnaHRob3VzZSBTdGV2ZW5zb25zLlxcblxcbiMjIFRvbmUnKS5yZXBsYWNlKCcjIyBTZXR0aW5nXFxuXFxuJywgJyMjIFNldHRpbmdcXG5cXG4jIyMgVGhlIHJvY2tcXG5cXG4nKSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbCh2LmV4dHJhU2VjdGlvbnMsIFt7IGhlYWRpbmc6ICdDb21wYXJhYmxlIHRpdGxlcycsIGxldmVsOiAyLCBib2R5OiAnVGhlIExpZ2h0aG91c2UgU3RldmVuc29ucy4nIH1dKTtcbiAgICBhc3NlcnQuZXF1YWwodi5zZXR0aW5nLCAnIyMjIFRoZSByb2NrXFxuXFxuQSBncmFuaXRlIHNrZXJyeSBpbiB0aGUgTm9ydGggU2VhLCAxOTYyLCB0aGUgbGFzdCB3aW50ZXIgYmVmb3JlIGF1dG9tYXRpb24uJyk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChvayhyZW5kZXJDb25jZXB0KHYpKSwgdik7XG4gIH0pO1xuXG4gIGl0KCduYW1lcyB0aGUgbWlzc2luZyBvciBlbXB0eSByZXF1aXJlZCBzZWN0aW9uJywgKCkgPT4ge1xuICAgIGNvbnN0IG1pc3NpbmcgPSBwYXJzZUNvbmNlcHQoZWRpdCgnIyMgTG9nbGluZScsICcjIyBQaXRjaHknKSk7XG4gICAgYXNzZXJ0Lm9rKCFtaXNzaW5nLm9rKTtcbiAgICBhc3NlcnQubWF0Y2gobWlzc2luZy5wcm9ibGVtc1swXSEubWVzc2FnZSwgLzAxLWNvbmNlcHRcXC5tZCBoYXMgbm8gXCIjIyBMb2dsaW5lXCIgc2VjdGlvbi8pO1xuICAgIGNvbnN0IGVtcHR5ID0gcGFyc2VDb25jZXB0KHJlbmRlckNvbmNlcHQoY29uY2VwdCkucmVwbGFjZSgvIyMgUHJlbWlzZVxcblxcbltcXHNcXFNdKj9cXG5cXG4jIyAvLCAnIyMgUHJlbWlzZVxcblxcbiMjICcpKTtcbiAgICBhc3NlcnQub2soIWVtcHR5Lm9rKTtcbiAgICBhc3NlcnQubWF0Y2goZW1wdHkucHJvYmxlbXNbMF0hLm1lc3NhZ2UsIC8wMS1jb25jZXB0XFwubWQgbGluZSBcXGQrOiB0aGUgXCJQcmVtaXNlXCIgc2VjdGlvbiBpcyBlbXB0eS8pO1xuICAgIGNvbnN0IG5hbWVkID0gcGFyc2VDb25jZXB0KCcjIENvbmNlcHRcXG4nLCB7IGZpbGU6ICdzdG9yaWVzL2EvMDEtY29uY2VwdC5tZCcgfSk7XG4gICAgYXNzZXJ0Lm9rKCFuYW1lZC5vayk7XG4gICAgYXNzZXJ0LmVxdWFsKG5hbWVkLnByb2JsZW1zLmxlbmd0aCwgMik7XG4gICAgYXNzZXJ0Lm1hdGNoKG5hbWVkLnByb2JsZW1zWzBdIS5tZXNzYWdlLCAvXnN0b3JpZXNcXC9hXFwvMDEtY29uY2VwdFxcLm1kLyk7XG4gIH0pO1xufSk7XG5cbmRlc2NyaWJlKCdjb25jZXB0OiBzY2hlbWEgYW5kIGRlZmF1bHRzJywgKCkgPT4ge1xuICBpdCgnaXMgYSBwbGFpbiBKU09OIHNjaGVtYSB3aXRoIGV2ZXJ5IGZpZWxkIHJlcXVpcmVkJywgKCkgPT4ge1xuICAgIGNvbnN0IGpzID0gei50b0pTT05TY2hlbWEoY29uY2VwdFNjaGVtYSkgYXMgeyB0eXBlOiBzdHJpbmc7IHJlcXVpcmVkOiBzdHJpbmdbXTsgcHJvcGVydGllczogUmVjb3JkPHN0cmluZywgeyBkZXNjcmlwdGlvbj86IHN0cmluZyB9PiB9O1xuICAgIGFzc2VydC5lcXVhbChqcy50eXBlLCAnb2JqZWN0Jyk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChbLi4uanMucmVxdWlyZWRdLnNvcnQoKSwgT2JqZWN0LmtleXMoY29uY2VwdFNjaGVtYS5zaGFwZSkuc29ydCgpKTtcbiAgICBhc3NlcnQub2soanMucHJvcGVydGllcy5sb2dsaW5lIS5kZXNjcmlwdGlvbik7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChKU09OLnBhcnNlKEpTT04uc3RyaW5naWZ5KGpzKSksIGpzLCAncGxhaW4gSlNPTicpO1xuICB9KTtcblxuICBpdCgnY29tcGxldGVzIGEgcGFydGlhbCByZXBseSBhbmQgc2F5cyB3aGF0IGl0IGZpbGxlZCBpbicsICgpID0+IHtcbiAgICBjb25zdCByZXN1bHQgPSB3aXRoRGVmYXVsdHMoJ2NvbmNlcHQnLCB7IGxvZ2xpbmU6ICcgT25lIGxpbmUuICcsIHByZW1pc2U6ICdUd29cXHJcXG5cXHJcXG5cXHJcXG5wYXJhcy4nLCB0aGVtZXM6ICdhLCBiJywgaG9vazogNyB9KTtcbiAgICBhc3NlcnQub2socmVzdWx0Lm9rKTtcbiAgICBhc3NlcnQuZXF1YWwocmVzdWx0LnZhbHVlLmxvZ2xpbmUsICdPbmUgbGluZS4nKTtcbiAgICBhc3NlcnQuZXF1YWwocmVzdWx0LnZhbHVlLnByZW1pc2UsICdUd29cXG5cXG5wYXJhcy4nKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKHJlc3VsdC52YWx1ZS50aGVtZXMsIFsnYScsICdiJ10pO1xuICAgIGFzc2VydC5lcXVhbChyZXN1bHQudmFsdWUuaG9vaywgJycpO1xuICAgIGFzc2VydC5vayhyZXN1bHQuZGVmYXVsdGVkLmluY2x1ZGVzKCdob29rJykgJiYgcmVzdWx0LmRlZmF1bHRlZC5pbmNsdWRlcygndGl0bGUnKSAmJiAhcmVzdWx0LmRlZmF1bHRlZC5pbmNsdWRlcygndGhlbWVzJykpO1xuICB9KTtcblxuICBpdCgnbmV2ZXIgaW52ZW50cyBhIGxvZ2xpbmUgb3IgcHJlbWlzZScsICgpID0+IHtcbiAgICBjb25zdCByZXN1bHQgPSB3aXRoRGVmYXVsdHMoJ2NvbmNlcHQnLCB7IHByZW1pc2U6ICdQLicsIGxvZ2xpbmU6ICcgICcgfSk7XG4gICAgYXNzZXJ0Lm9rKCFyZXN1bHQub2spO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoXG4gICAgICByZXN1bHQucHJvYmxlbXMubWFwKChwKSA9PiBwLm1lc3NhZ2UpLFxuICAgICAgWydjb25jZXB0OiBgbG9nbGluZWAgaXMgZW1wdHknXSxcbiAgICApO1xuICAgIGFzc2VydC5vayghd2l0aERlZmF1bHRzKCdjb25jZXB0JywgJ25vdCBhbiBvYmplY3QnKS5vayk7XG4gIH0pO1xufSk7XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBLGFBQXdCO0FBQ3hCLGlCQUFrQjtBQUNsQixxQkFBNEM7QUFDNUMsNkJBQTRDO0FBQzVDLDBCQUE2QjtBQUM3Qix5QkFBd0I7QUFFeEIsU0FBUyxHQUFHLE1BQXVCO0FBQ2pDLFFBQU0sYUFBUyxxQ0FBYSxJQUFJO0FBQ2hDLFNBQU8sR0FBRyxPQUFPLElBQUksMkJBQTJCLEtBQUssVUFBVSxDQUFDLE9BQU8sTUFBTSxPQUFPLFFBQVEsQ0FBQyxFQUFFO0FBQy9GLFNBQU8sT0FBTztBQUNoQjtBQUVBLE1BQU0sT0FBTyxDQUFDLE1BQWMsT0FBZTtBQUN6QyxRQUFNLFdBQU8sc0NBQWMsMEJBQU87QUFDbEMsU0FBTyxHQUFHLEtBQUssU0FBUyxJQUFJLEdBQUcseUJBQXlCLElBQUksRUFBRTtBQUM5RCxTQUFPLEtBQUssUUFBUSxNQUFNLEVBQUU7QUFDOUI7QUFFQSxTQUFTLGdDQUFnQyxNQUFNO0FBQzdDLEtBQUcsaUNBQWlDLE1BQU07QUFDeEMsV0FBTyxVQUFVLE9BQUcsc0NBQWMsMEJBQU8sQ0FBQyxHQUFHLDBCQUFPO0FBQUEsRUFDdEQsQ0FBQztBQUVELEtBQUcscURBQXFELE1BQU07QUFDNUQsVUFBTSxTQUFrQjtBQUFBLE1BQ3RCLEdBQUc7QUFBQSxNQUNILE9BQU87QUFBQSxNQUNQLFNBQVM7QUFBQSxNQUNULFNBQVM7QUFBQSxNQUNULFFBQVEsQ0FBQyxnQkFBZ0IsZ0JBQWdCLG1CQUFtQjtBQUFBLE1BQzVELE1BQU07QUFBQSxNQUNOLE1BQU07QUFBQSxJQUNSO0FBQ0EsV0FBTyxVQUFVLE9BQUcsc0NBQWMsTUFBTSxDQUFDLEdBQUcsTUFBTTtBQUFBLEVBQ3BELENBQUM7QUFFRCxLQUFHLHNFQUFzRSxNQUFNO0FBQzdFLFVBQU0sSUFBYTtBQUFBLE1BQ2pCLEdBQUc7QUFBQSxNQUNILFVBQVU7QUFBQSxNQUNWLGVBQWU7QUFBQSxRQUNiLEVBQUUsU0FBUyxZQUFZLE9BQU8sR0FBRyxNQUFNLDRDQUE0QztBQUFBLFFBQ25GLEVBQUUsU0FBUyxXQUFXLE9BQU8sR0FBRyxNQUFNLFdBQVc7QUFBQSxNQUNuRDtBQUFBLElBQ0Y7QUFDQSxXQUFPLFVBQVUsT0FBRyxzQ0FBYyxDQUFDLENBQUMsR0FBRyxDQUFDO0FBQUEsRUFDMUMsQ0FBQztBQUNILENBQUM7QUFFRCxTQUFTLGdDQUFnQyxNQUFNO0FBQzdDLEtBQUcsNENBQTRDLE1BQU07QUFDbkQsVUFBTSxXQUFPLHNDQUFjLDBCQUFPO0FBQ2xDLFVBQU0sQ0FBQyxNQUFNLEdBQUcsUUFBUSxJQUFJLEtBQUssTUFBTSxXQUFXO0FBQ2xELFVBQU0sV0FBVyxDQUFDLE1BQU0sR0FBRyxTQUFTLFFBQVEsQ0FBQyxFQUFFLEtBQUssVUFBVTtBQUM5RCxXQUFPLFVBQVUsR0FBRyxRQUFRLEdBQUcsMEJBQU87QUFBQSxFQUN4QyxDQUFDO0FBRUQsS0FBRyxxQkFBcUIsTUFBTTtBQUM1QixXQUFPLFVBQVUsT0FBRyxzQ0FBYywwQkFBTyxFQUFFLFFBQVEsT0FBTyxNQUFNLENBQUMsR0FBRywwQkFBTztBQUFBLEVBQzdFLENBQUM7QUFFRCxLQUFHLDRDQUE0QyxNQUFNO0FBQ25ELFVBQU0sV0FBTyxzQ0FBYywwQkFBTyxFQUFFLFFBQVEsY0FBYyxjQUFjLEVBQUUsUUFBUSx1QkFBdUIsd0JBQXdCLEVBQUUsUUFBUSxhQUFhLGdCQUFnQjtBQUN4SyxXQUFPLFVBQVUsR0FBRyxJQUFJLEdBQUcsMEJBQU87QUFBQSxFQUNwQyxDQUFDO0FBRUQsS0FBRyxrREFBa0QsTUFBTTtBQUN6RCxVQUFNLElBQUksR0FBRyxLQUFLLGtGQUFrRix1SEFBdUgsQ0FBQztBQUM1TixXQUFPLE1BQU0sRUFBRSxRQUFRLDBHQUEwRztBQUFBLEVBQ25JLENBQUM7QUFFRCxLQUFHLHdEQUF3RCxNQUFNO0FBQy9ELFdBQU8sVUFBVSxHQUFHLEtBQUsseUJBQXlCLHFDQUFxQyxDQUFDLEVBQUUsUUFBUSxDQUFDLG9CQUFvQix1QkFBdUIsWUFBWSxDQUFDO0FBQzNKLFdBQU8sVUFBVSxHQUFHLEtBQUssd0JBQXdCLEVBQUUsQ0FBQyxFQUFFLFFBQVEsQ0FBQyxxQkFBcUIsQ0FBQztBQUNyRixXQUFPLFVBQVUsR0FBRyxLQUFLLDZDQUE2QyxzQkFBc0IsQ0FBQyxFQUFFLFFBQVEsQ0FBQyxTQUFTLFFBQVEsU0FBUyxDQUFDO0FBQUEsRUFDckksQ0FBQztBQUVELEtBQUcscUVBQXFFLE1BQU07QUFDNUUsVUFBTSxJQUFJLEdBQUcsS0FBSyxxRUFBcUUsRUFBRSxFQUFFLFFBQVEsb0NBQW9DLDZCQUF3QixDQUFDO0FBQ2hLLFdBQU8sTUFBTSxFQUFFLE1BQU0sRUFBRTtBQUN2QixXQUFPLE1BQU0sRUFBRSxPQUFPLFlBQVk7QUFDbEMsV0FBTyxNQUFNLEdBQUcsS0FBSyxvQ0FBb0Msa0JBQWtCLENBQUMsRUFBRSxPQUFPLGdCQUFnQjtBQUFBLEVBQ3ZHLENBQUM7QUFFRCxLQUFHLGlHQUFpRyxNQUFNO0FBQ3hHLFVBQU0sSUFBSSxHQUFHLEtBQUssV0FBVywrREFBK0QsRUFBRSxRQUFRLGtCQUFrQixnQ0FBZ0MsQ0FBQztBQUN6SixXQUFPLFVBQVUsRUFBRSxlQUFlLENBQUMsRUFBRSxTQUFTLHFCQUFxQixPQUFPLEdBQUcsTUFBTSw2QkFBNkIsQ0FBQyxDQUFDO0FBQ2xILFdBQU8sTUFBTSxFQUFFLFNBQVMsNkZBQTZGO0FBQ3JILFdBQU8sVUFBVSxPQUFHLHNDQUFjLENBQUMsQ0FBQyxHQUFHLENBQUM7QUFBQSxFQUMxQyxDQUFDO0FBRUQsS0FBRywrQ0FBK0MsTUFBTTtBQUN0RCxVQUFNLGNBQVUscUNBQWEsS0FBSyxjQUFjLFdBQVcsQ0FBQztBQUM1RCxXQUFPLEdBQUcsQ0FBQyxRQUFRLEVBQUU7QUFDckIsV0FBTyxNQUFNLFFBQVEsU0FBUyxDQUFDLEVBQUcsU0FBUyw0Q0FBNEM7QUFDdkYsVUFBTSxZQUFRLHlDQUFhLHNDQUFjLDBCQUFPLEVBQUUsUUFBUSxpQ0FBaUMsbUJBQW1CLENBQUM7QUFDL0csV0FBTyxHQUFHLENBQUMsTUFBTSxFQUFFO0FBQ25CLFdBQU8sTUFBTSxNQUFNLFNBQVMsQ0FBQyxFQUFHLFNBQVMseURBQXlEO0FBQ2xHLFVBQU0sWUFBUSxxQ0FBYSxlQUFlLEVBQUUsTUFBTSwwQkFBMEIsQ0FBQztBQUM3RSxXQUFPLEdBQUcsQ0FBQyxNQUFNLEVBQUU7QUFDbkIsV0FBTyxNQUFNLE1BQU0sU0FBUyxRQUFRLENBQUM7QUFDckMsV0FBTyxNQUFNLE1BQU0sU0FBUyxDQUFDLEVBQUcsU0FBUyw2QkFBNkI7QUFBQSxFQUN4RSxDQUFDO0FBQ0gsQ0FBQztBQUVELFNBQVMsZ0NBQWdDLE1BQU07QUFDN0MsS0FBRyxvREFBb0QsTUFBTTtBQUMzRCxVQUFNLEtBQUssYUFBRSxhQUFhLDRCQUFhO0FBQ3ZDLFdBQU8sTUFBTSxHQUFHLE1BQU0sUUFBUTtBQUM5QixXQUFPLFVBQVUsQ0FBQyxHQUFHLEdBQUcsUUFBUSxFQUFFLEtBQUssR0FBRyxPQUFPLEtBQUssNkJBQWMsS0FBSyxFQUFFLEtBQUssQ0FBQztBQUNqRixXQUFPLEdBQUcsR0FBRyxXQUFXLFFBQVMsV0FBVztBQUM1QyxXQUFPLFVBQVUsS0FBSyxNQUFNLEtBQUssVUFBVSxFQUFFLENBQUMsR0FBRyxJQUFJLFlBQVk7QUFBQSxFQUNuRSxDQUFDO0FBRUQsS0FBRyx3REFBd0QsTUFBTTtBQUMvRCxVQUFNLGFBQVMsa0NBQWEsV0FBVyxFQUFFLFNBQVMsZUFBZSxTQUFTLHlCQUF5QixRQUFRLFFBQVEsTUFBTSxFQUFFLENBQUM7QUFDNUgsV0FBTyxHQUFHLE9BQU8sRUFBRTtBQUNuQixXQUFPLE1BQU0sT0FBTyxNQUFNLFNBQVMsV0FBVztBQUM5QyxXQUFPLE1BQU0sT0FBTyxNQUFNLFNBQVMsZUFBZTtBQUNsRCxXQUFPLFVBQVUsT0FBTyxNQUFNLFFBQVEsQ0FBQyxLQUFLLEdBQUcsQ0FBQztBQUNoRCxXQUFPLE1BQU0sT0FBTyxNQUFNLE1BQU0sRUFBRTtBQUNsQyxXQUFPLEdBQUcsT0FBTyxVQUFVLFNBQVMsTUFBTSxLQUFLLE9BQU8sVUFBVSxTQUFTLE9BQU8sS0FBSyxDQUFDLE9BQU8sVUFBVSxTQUFTLFFBQVEsQ0FBQztBQUFBLEVBQzNILENBQUM7QUFFRCxLQUFHLHNDQUFzQyxNQUFNO0FBQzdDLFVBQU0sYUFBUyxrQ0FBYSxXQUFXLEVBQUUsU0FBUyxNQUFNLFNBQVMsS0FBSyxDQUFDO0FBQ3ZFLFdBQU8sR0FBRyxDQUFDLE9BQU8sRUFBRTtBQUNwQixXQUFPO0FBQUEsTUFDTCxPQUFPLFNBQVMsSUFBSSxDQUFDLE1BQU0sRUFBRSxPQUFPO0FBQUEsTUFDcEMsQ0FBQyw2QkFBNkI7QUFBQSxJQUNoQztBQUNBLFdBQU8sR0FBRyxLQUFDLGtDQUFhLFdBQVcsZUFBZSxFQUFFLEVBQUU7QUFBQSxFQUN4RCxDQUFDO0FBQ0gsQ0FBQzsiLAogICJuYW1lcyI6IFtdCn0K
