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
var import_briefFile = require("../../../src/core/story/briefFile");
var import_chapterPlan = require("../../../src/core/story/chapterPlan");
var import_sampleStory = require("./sampleStory");
const file = (frontMatter, body = "A keeper finds a bottle.") => `---
${frontMatter}
---

${body}
`;
function parsed(text) {
  const result = (0, import_briefFile.parseBrief)(text, "brief.md");
  assert.ok(result.ok, `expected a valid brief, got ${JSON.stringify(!result.ok && result.problems)}`);
  return result.brief;
}
function problems(text, path = "brief.md") {
  const result = (0, import_briefFile.parseBrief)(text, path);
  assert.equal(result.ok, false, "expected problems");
  return result.ok ? [] : result.problems;
}
describe("brief: parse and validate", () => {
  it("reads a complete brief", () => {
    const b = parsed(
      file("title: The Lighthouse Keeper\ngenre: literary fiction\ntone: wry\naudience: adults\npointOfView: first\ntargetWords: 12000\nchapters: 6\nlanguage: French")
    );
    assert.deepEqual(b, {
      title: "The Lighthouse Keeper",
      genre: "literary fiction",
      tone: "wry",
      audience: "adults",
      pointOfView: "first",
      targetWords: 12e3,
      chapters: 6,
      language: "French",
      premise: "A keeper finds a bottle."
    });
  });
  it("fills defaults and leaves genre, tone, audience and chapters unset", () => {
    const b = parsed(file("title: Minimal"));
    assert.equal(b.pointOfView, "third-limited");
    assert.equal(b.targetWords, 3e3);
    assert.equal(b.language, "English");
    assert.equal(b.genre, void 0);
    assert.equal(b.chapters, void 0);
  });
  it("reports a missing premise in words a writer can act on", () => {
    const [p, ...rest] = problems(file("title: No Premise", "   \n\n"));
    assert.equal(rest.length, 0);
    assert.equal(p.field, "premise");
    assert.equal(p.message, "brief.md has no premise: write a few sentences below the front matter");
  });
  it("reports out-of-range and non-numeric targetWords with what was found", () => {
    assert.equal(
      problems(file("title: T\ntargetWords: lots"))[0].message,
      "brief.md: `targetWords` must be a whole number from 300 to 500000 (found 'lots')"
    );
    assert.match(problems(file("title: T\ntargetWords: 100"))[0].message, /from 300 to 500000 \(found 100\)/);
    assert.match(problems(file("title: T\ntargetWords: 600000"))[0].message, /found 600000/);
    assert.match(problems(file("title: T\ntargetWords: 1500.5"))[0].message, /whole number/);
    assert.match(problems(file("title: T\nchapters: 0"))[0].message, /`chapters` must be a whole number from 1 to 100/);
  });
  it("lists every problem at once, naming the file given", () => {
    const ps = problems(file("targetWords: 5\npointOfView: sideways", ""), "stories/x/brief.md");
    assert.deepEqual(ps.map((p) => p.field).sort(), ["pointOfView", "premise", "targetWords", "title"]);
    assert.ok(ps.every((p) => p.message.startsWith("stories/x/brief.md")));
    assert.match(ps.find((p) => p.field === "pointOfView").message, /one of first, second, third-limited, third-omniscient/);
  });
  it("reports broken front matter naming the file", () => {
    const [unclosed] = problems("---\ntitle: Oops\n\nThe premise.\n");
    assert.match(unclosed.message, /^brief\.md: the front matter .* never closes/);
    const [badYaml] = problems(file("title: [unclosed"));
    assert.equal(badYaml.field, "front matter");
    assert.match(badYaml.message, /^brief\.md: .*not valid YAML/);
    const [notMap] = problems(file("- a list"));
    assert.match(notMap.message, /brief\.md/);
  });
  it("accepts the ways writers type keys and values", () => {
    const b = parsed(file('Title: 1984\ntarget_words: "5,000"\nPOV: close third\nchapter-count: 3'));
    assert.equal(b.title, "1984");
    assert.equal(b.targetWords, 5e3);
    assert.equal(b.pointOfView, "third-limited");
    assert.equal(b.chapters, 3);
    assert.equal(parsed(file("title: T\npointOfView: 1st person")).pointOfView, "first");
    assert.equal(parsed(file("title: T\npointOfView: Omniscient")).pointOfView, "third-omniscient");
  });
  it("warns about unknown keys instead of dropping them silently", () => {
    const result = (0, import_briefFile.parseBrief)(file("title: T\ntargetword: 5000"), "brief.md");
    assert.ok(result.ok);
    assert.match(result.warnings[0], /unknown key `targetword`/);
  });
  it("reads a brief without front matter whose first line is a # title", () => {
    const b = parsed("# The Sea Road\n\nTwo sisters walk to the sea.\n");
    assert.equal(b.title, "The Sea Road");
    assert.equal(b.premise, "Two sisters walk to the sea.");
    assert.match(problems("Just a premise.\n")[0].message, /has no front matter/);
  });
  it("handles a 1 MB premise", () => {
    const premise = "The tide comes in. ".repeat(Math.ceil(1048576 / 19));
    assert.ok(premise.length >= 1048576);
    const b = parsed(file("title: Long Notes", premise));
    assert.equal(b.premise, premise.trim());
    assert.match(problems(file("title: Too Long", "x".repeat(2000001)))[0].message, /premise is too long/);
  });
  it("keeps emoji, right-to-left and CJK titles exactly", () => {
    for (const title of ["\u{1F30A} Sea Glass \u{1F41A}", "\u05E1\u05E4\u05E8 \u05D4\u05D9\u05DD", "\u0627\u0644\u0628\u062D\u0631 \u0627\u0644\u0623\u062E\u064A\u0631", "\u706F\u53F0\u5B88\u306E\u624B\u7D19", '"Quoted": a title with # and : in it']) {
      assert.equal(parsed((0, import_briefFile.renderBrief)({ ...import_sampleStory.brief, title })).title, title);
    }
  });
  it("handles CRLF line endings", () => {
    const b = parsed("---\r\ntitle: Windows\r\ntargetWords: 900\r\n---\r\n\r\nLine one.\r\nLine two.\r\n");
    assert.equal(b.premise, "Line one.\nLine two.");
    assert.equal(b.targetWords, 900);
  });
});
describe("brief: render", () => {
  it("round-trips through parseBrief", () => {
    assert.deepEqual(parsed((0, import_briefFile.renderBrief)(import_sampleStory.brief)), import_sampleStory.brief);
    const sparse = { title: "Only: the basics", pointOfView: "second", targetWords: 300, language: "English", premise: "A.\n\nB." };
    assert.deepEqual(parsed((0, import_briefFile.renderBrief)(sparse)), sparse);
    const full = { ...import_sampleStory.brief, chapters: 4, language: "Deutsch" };
    assert.deepEqual(parsed((0, import_briefFile.renderBrief)(full)), full);
  });
  it("shows empty optional keys as commented examples", () => {
    const text = (0, import_briefFile.renderBrief)({ title: "T", pointOfView: "first", targetWords: 1e3, language: "English", premise: "P." });
    assert.match(text, /^# genre: e\.g\./m);
    assert.match(text, /^# chapters: /m);
    assert.match(text, /^# first \| second \| third-limited \| third-omniscient$/m);
  });
});
describe("chapter planning", () => {
  it("suggests about 2000 words a chapter, at least one, at most 100", () => {
    assert.equal((0, import_chapterPlan.suggestChapterCount)(300), 1);
    assert.equal((0, import_chapterPlan.suggestChapterCount)(3e3), 2);
    assert.equal((0, import_chapterPlan.suggestChapterCount)(5e3), 3);
    assert.equal((0, import_chapterPlan.suggestChapterCount)(8e4), 40);
    assert.equal((0, import_chapterPlan.suggestChapterCount)(5e5), 100);
  });
  it("rounds per-chapter targets to friendly numbers", () => {
    assert.equal((0, import_chapterPlan.chapterTargetWords)(3e3, 2), 1500);
    assert.equal((0, import_chapterPlan.chapterTargetWords)(5e3, 3), 1650);
    assert.equal((0, import_chapterPlan.chapterTargetWords)(300, 1), 300);
    assert.equal((0, import_chapterPlan.chapterTargetWords)(1e3, 3), 330);
  });
  it("uses the brief's chapter count when it has one", () => {
    assert.deepEqual((0, import_chapterPlan.planChapters)({ targetWords: 9e3, chapters: 3 }), { chapterCount: 3, wordsPerChapter: 3e3 });
    assert.deepEqual((0, import_chapterPlan.planChapters)({ targetWords: 9e3 }), { chapterCount: 5, wordsPerChapter: 1800 });
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC91bml0L3N0b3J5L2JyaWVmLnRlc3QudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCAqIGFzIGFzc2VydCBmcm9tICdub2RlOmFzc2VydC9zdHJpY3QnO1xuaW1wb3J0IHsgcGFyc2VCcmllZiwgcmVuZGVyQnJpZWYgfSBmcm9tICcuLi8uLi8uLi9zcmMvY29yZS9zdG9yeS9icmllZkZpbGUnO1xuaW1wb3J0IHR5cGUgeyBCcmllZiB9IGZyb20gJy4uLy4uLy4uL3NyYy9jb3JlL3N0b3J5L2JyaWVmJztcbmltcG9ydCB7IGNoYXB0ZXJUYXJnZXRXb3JkcywgcGxhbkNoYXB0ZXJzLCBzdWdnZXN0Q2hhcHRlckNvdW50IH0gZnJvbSAnLi4vLi4vLi4vc3JjL2NvcmUvc3RvcnkvY2hhcHRlclBsYW4nO1xuaW1wb3J0IHsgYnJpZWYgYXMgc2FtcGxlIH0gZnJvbSAnLi9zYW1wbGVTdG9yeSc7XG5cbmNvbnN0IGZpbGUgPSAoZnJvbnRNYXR0ZXI6IHN0cmluZywgYm9keSA9ICdBIGtlZXBlciBmaW5kcyBhIGJvdHRsZS4nKSA9PiBgLS0tXFxuJHtmcm9udE1hdHRlcn1cXG4tLS1cXG5cXG4ke2JvZHl9XFxuYDtcblxuZnVuY3Rpb24gcGFyc2VkKHRleHQ6IHN0cmluZyk6IEJyaWVmIHtcbiAgY29uc3QgcmVzdWx0ID0gcGFyc2VCcmllZih0ZXh0LCAnYnJpZWYubWQnKTtcbiAgYXNzZXJ0Lm9rKHJlc3VsdC5vaywgYGV4cGVjdGVkIGEgdmFsaWQgYnJpZWYsIGdvdCAke0pTT04uc3RyaW5naWZ5KCFyZXN1bHQub2sgJiYgcmVzdWx0LnByb2JsZW1zKX1gKTtcbiAgcmV0dXJuIHJlc3VsdC5icmllZjtcbn1cblxuZnVuY3Rpb24gcHJvYmxlbXModGV4dDogc3RyaW5nLCBwYXRoID0gJ2JyaWVmLm1kJykge1xuICBjb25zdCByZXN1bHQgPSBwYXJzZUJyaWVmKHRleHQsIHBhdGgpO1xuICBhc3NlcnQuZXF1YWwocmVzdWx0Lm9rLCBmYWxzZSwgJ2V4cGVjdGVkIHByb2JsZW1zJyk7XG4gIHJldHVybiByZXN1bHQub2sgPyBbXSA6IHJlc3VsdC5wcm9ibGVtcztcbn1cblxuZGVzY3JpYmUoJ2JyaWVmOiBwYXJzZSBhbmQgdmFsaWRhdGUnLCAoKSA9PiB7XG4gIGl0KCdyZWFkcyBhIGNvbXBsZXRlIGJyaWVmJywgKCkgPT4ge1xuICAgIGNvbnN0IGIgPSBwYXJzZWQoXG4gICAgICBmaWxlKCd0aXRsZTogVGhlIExpZ2h0aG91c2UgS2VlcGVyXFxuZ2VucmU6IGxpdGVyYXJ5IGZpY3Rpb25cXG50b25lOiB3cnlcXG5hdWRpZW5jZTogYWR1bHRzXFxucG9pbnRPZlZpZXc6IGZpcnN0XFxudGFyZ2V0V29yZHM6IDEyMDAwXFxuY2hhcHRlcnM6IDZcXG5sYW5ndWFnZTogRnJlbmNoJyksXG4gICAgKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKGIsIHtcbiAgICAgIHRpdGxlOiAnVGhlIExpZ2h0aG91c2UgS2VlcGVyJyxcbiAgICAgIGdlbnJlOiAnbGl0ZXJhcnkgZmljdGlvbicsXG4gICAgICB0b25lOiAnd3J5JyxcbiAgICAgIGF1ZGllbmNlOiAnYWR1bHRzJyxcbiAgICAgIHBvaW50T2ZWaWV3OiAnZmlyc3QnLFxuICAgICAgdGFyZ2V0V29yZHM6IDEyMDAwLFxuICAgICAgY2hhcHRlcnM6IDYsXG4gICAgICBsYW5ndWFnZTogJ0ZyZW5jaCcsXG4gICAgICBwcmVtaXNlOiAnQSBrZWVwZXIgZmluZHMgYSBib3R0bGUuJyxcbiAgICB9KTtcbiAgfSk7XG5cbiAgaXQoJ2ZpbGxzIGRlZmF1bHRzIGFuZCBsZWF2ZXMgZ2VucmUsIHRvbmUsIGF1ZGllbmNlIGFuZCBjaGFwdGVycyB1bnNldCcsICgpID0+IHtcbiAgICBjb25zdCBiID0gcGFyc2VkKGZpbGUoJ3RpdGxlOiBNaW5pbWFsJykpO1xuICAgIGFzc2VydC5lcXVhbChiLnBvaW50T2ZWaWV3LCAndGhpcmQtbGltaXRlZCcpO1xuICAgIGFzc2VydC5lcXVhbChiLnRhcmdldFdvcmRzLCAzMDAwKTtcbiAgICBhc3NlcnQuZXF1YWwoYi5sYW5ndWFnZSwgJ0VuZ2xpc2gnKTtcbiAgICBhc3NlcnQuZXF1YWwoYi5nZW5yZSwgdW5kZWZpbmVkKTtcbiAgICBhc3NlcnQuZXF1YWwoYi5jaGFwdGVycywgdW5kZWZpbmVkKTtcbiAgfSk7XG5cbiAgaXQoJ3JlcG9ydHMgYSBtaXNzaW5nIHByZW1pc2UgaW4gd29yZHMgYSB3cml0ZXIgY2FuIGFjdCBvbicsICgpID0+IHtcbiAgICBjb25zdCBbcCwgLi4ucmVzdF0gPSBwcm9ibGVtcyhmaWxlKCd0aXRsZTogTm8gUHJlbWlzZScsICcgICBcXG5cXG4nKSk7XG4gICAgYXNzZXJ0LmVxdWFsKHJlc3QubGVuZ3RoLCAwKTtcbiAgICBhc3NlcnQuZXF1YWwocCEuZmllbGQsICdwcmVtaXNlJyk7XG4gICAgYXNzZXJ0LmVxdWFsKHAhLm1lc3NhZ2UsICdicmllZi5tZCBoYXMgbm8gcHJlbWlzZTogd3JpdGUgYSBmZXcgc2VudGVuY2VzIGJlbG93IHRoZSBmcm9udCBtYXR0ZXInKTtcbiAgfSk7XG5cbiAgaXQoJ3JlcG9ydHMgb3V0LW9mLXJhbmdlIGFuZCBub24tbnVtZXJpYyB0YXJnZXRXb3JkcyB3aXRoIHdoYXQgd2FzIGZvdW5kJywgKCkgPT4ge1xuICAgIGFzc2VydC5lcXVhbChcbiAgICAgIHByb2JsZW1zKGZpbGUoJ3RpdGxlOiBUXFxudGFyZ2V0V29yZHM6IGxvdHMnKSlbMF0hLm1lc3NhZ2UsXG4gICAgICBcImJyaWVmLm1kOiBgdGFyZ2V0V29yZHNgIG11c3QgYmUgYSB3aG9sZSBudW1iZXIgZnJvbSAzMDAgdG8gNTAwMDAwIChmb3VuZCAnbG90cycpXCIsXG4gICAgKTtcbiAgICBhc3NlcnQubWF0Y2gocHJvYmxlbXMoZmlsZSgndGl0bGU6IFRcXG50YXJnZXRXb3JkczogMTAwJykpWzBdIS5tZXNzYWdlLCAvZnJvbSAzMDAgdG8gNTAwMDAwIFxcKGZvdW5kIDEwMFxcKS8pO1xuICAgIGFzc2VydC5tYXRjaChwcm9ibGVtcyhmaWxlKCd0aXRsZTogVFxcbnRhcmdldFdvcmRzOiA2MDAwMDAnKSlbMF0hLm1lc3NhZ2UsIC9mb3VuZCA2MDAwMDAvKTtcbiAgICBhc3NlcnQubWF0Y2gocHJvYmxlbXMoZmlsZSgndGl0bGU6IFRcXG50YXJnZXRXb3JkczogMTUwMC41JykpWzBdIS5tZXNzYWdlLCAvd2hvbGUgbnVtYmVyLyk7XG4gICAgYXNzZXJ0Lm1hdGNoKHByb2JsZW1zKGZpbGUoJ3RpdGxlOiBUXFxuY2hhcHRlcnM6IDAnKSlbMF0hLm1lc3NhZ2UsIC9gY2hhcHRlcnNgIG11c3QgYmUgYSB3aG9sZSBudW1iZXIgZnJvbSAxIHRvIDEwMC8pO1xuICB9KTtcblxuICBpdCgnbGlzdHMgZXZlcnkgcHJvYmxlbSBhdCBvbmNlLCBuYW1pbmcgdGhlIGZpbGUgZ2l2ZW4nLCAoKSA9PiB7XG4gICAgY29uc3QgcHMgPSBwcm9ibGVtcyhmaWxlKCd0YXJnZXRXb3JkczogNVxcbnBvaW50T2ZWaWV3OiBzaWRld2F5cycsICcnKSwgJ3N0b3JpZXMveC9icmllZi5tZCcpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwocHMubWFwKChwKSA9PiBwLmZpZWxkKS5zb3J0KCksIFsncG9pbnRPZlZpZXcnLCAncHJlbWlzZScsICd0YXJnZXRXb3JkcycsICd0aXRsZSddKTtcbiAgICBhc3NlcnQub2socHMuZXZlcnkoKHApID0+IHAubWVzc2FnZS5zdGFydHNXaXRoKCdzdG9yaWVzL3gvYnJpZWYubWQnKSkpO1xuICAgIGFzc2VydC5tYXRjaChwcy5maW5kKChwKSA9PiBwLmZpZWxkID09PSAncG9pbnRPZlZpZXcnKSEubWVzc2FnZSwgL29uZSBvZiBmaXJzdCwgc2Vjb25kLCB0aGlyZC1saW1pdGVkLCB0aGlyZC1vbW5pc2NpZW50Lyk7XG4gIH0pO1xuXG4gIGl0KCdyZXBvcnRzIGJyb2tlbiBmcm9udCBtYXR0ZXIgbmFtaW5nIHRoZSBmaWxlJywgKCkgPT4ge1xuICAgIGNvbnN0IFt1bmNsb3NlZF0gPSBwcm9ibGVtcygnLS0tXFxudGl0bGU6IE9vcHNcXG5cXG5UaGUgcHJlbWlzZS5cXG4nKTtcbiAgICBhc3NlcnQubWF0Y2godW5jbG9zZWQhLm1lc3NhZ2UsIC9eYnJpZWZcXC5tZDogdGhlIGZyb250IG1hdHRlciAuKiBuZXZlciBjbG9zZXMvKTtcbiAgICBjb25zdCBbYmFkWWFtbF0gPSBwcm9ibGVtcyhmaWxlKCd0aXRsZTogW3VuY2xvc2VkJykpO1xuICAgIGFzc2VydC5lcXVhbChiYWRZYW1sIS5maWVsZCwgJ2Zyb250IG1hdHRlcicpO1xuICAgIGFzc2VydC5tYXRjaChiYWRZYW1sIS5tZXNzYWdlLCAvXmJyaWVmXFwubWQ6IC4qbm90IHZhbGlkIFlBTUwvKTtcbiAgICBjb25zdCBbbm90TWFwXSA9IHByb2JsZW1zKGZpbGUoJy0gYSBsaXN0JykpO1xuICAgIGFzc2VydC5tYXRjaChub3RNYXAhLm1lc3NhZ2UsIC9icmllZlxcLm1kLyk7XG4gIH0pO1xuXG4gIGl0KCdhY2NlcHRzIHRoZSB3YXlzIHdyaXRlcnMgdHlwZSBrZXlzIGFuZCB2YWx1ZXMnLCAoKSA9PiB7XG4gICAgY29uc3QgYiA9IHBhcnNlZChmaWxlKCdUaXRsZTogMTk4NFxcbnRhcmdldF93b3JkczogXCI1LDAwMFwiXFxuUE9WOiBjbG9zZSB0aGlyZFxcbmNoYXB0ZXItY291bnQ6IDMnKSk7XG4gICAgYXNzZXJ0LmVxdWFsKGIudGl0bGUsICcxOTg0Jyk7XG4gICAgYXNzZXJ0LmVxdWFsKGIudGFyZ2V0V29yZHMsIDUwMDApO1xuICAgIGFzc2VydC5lcXVhbChiLnBvaW50T2ZWaWV3LCAndGhpcmQtbGltaXRlZCcpO1xuICAgIGFzc2VydC5lcXVhbChiLmNoYXB0ZXJzLCAzKTtcbiAgICBhc3NlcnQuZXF1YWwocGFyc2VkKGZpbGUoJ3RpdGxlOiBUXFxucG9pbnRPZlZpZXc6IDFzdCBwZXJzb24nKSkucG9pbnRPZlZpZXcsICdmaXJzdCcpO1xuICAgIGFzc2VydC5lcXVhbChwYXJzZWQoZmlsZSgndGl0bGU6IFRcXG5wb2ludE9mVmlldzogT21uaXNjaWVudCcpKS5wb2ludE9mVmlldywgJ3RoaXJkLW9tbmlzY2llbnQnKTtcbiAgfSk7XG5cbiAgaXQoJ3dhcm5zIGFib3V0IHVua25vd24ga2V5cyBpbnN0ZWFkIG9mIGRyb3BwaW5nIHRoZW0gc2lsZW50bHknLCAoKSA9PiB7XG4gICAgY29uc3QgcmVzdWx0ID0gcGFyc2VCcmllZihmaWxlKCd0aXRsZTogVFxcbnRhcmdldHdvcmQ6IDUwMDAnKSwgJ2JyaWVmLm1kJyk7XG4gICAgYXNzZXJ0Lm9rKHJlc3VsdC5vayk7XG4gICAgYXNzZXJ0Lm1hdGNoKHJlc3VsdC53YXJuaW5nc1swXSEsIC91bmtub3duIGtleSBgdGFyZ2V0d29yZGAvKTtcbiAgfSk7XG5cbiAgaXQoJ3JlYWRzIGEgYnJpZWYgd2l0aG91dCBmcm9udCBtYXR0ZXIgd2hvc2UgZmlyc3QgbGluZSBpcyBhICMgdGl0bGUnLCAoKSA9PiB7XG4gICAgY29uc3QgYiA9IHBhcnNlZCgnIyBUaGUgU2VhIFJvYWRcXG5cXG5Ud28gc2lzdGVycyB3YWxrIHRvIHRoZSBzZWEuXFxuJyk7XG4gICAgYXNzZXJ0LmVxdWFsKGIudGl0bGUsICdUaGUgU2VhIFJvYWQnKTtcbiAgICBhc3NlcnQuZXF1YWwoYi5wcmVtaXNlLCAnVHdvIHNpc3RlcnMgd2FsayB0byB0aGUgc2VhLicpO1xuICAgIGFzc2VydC5tYXRjaChwcm9ibGVtcygnSnVzdCBhIHByZW1pc2UuXFxuJylbMF0hLm1lc3NhZ2UsIC9oYXMgbm8gZnJvbnQgbWF0dGVyLyk7XG4gIH0pO1xuXG4gIGl0KCdoYW5kbGVzIGEgMSBNQiBwcmVtaXNlJywgKCkgPT4ge1xuICAgIGNvbnN0IHByZW1pc2UgPSAnVGhlIHRpZGUgY29tZXMgaW4uICcucmVwZWF0KE1hdGguY2VpbCgxXzA0OF81NzYgLyAxOSkpO1xuICAgIGFzc2VydC5vayhwcmVtaXNlLmxlbmd0aCA+PSAxXzA0OF81NzYpO1xuICAgIGNvbnN0IGIgPSBwYXJzZWQoZmlsZSgndGl0bGU6IExvbmcgTm90ZXMnLCBwcmVtaXNlKSk7XG4gICAgYXNzZXJ0LmVxdWFsKGIucHJlbWlzZSwgcHJlbWlzZS50cmltKCkpO1xuICAgIGFzc2VydC5tYXRjaChwcm9ibGVtcyhmaWxlKCd0aXRsZTogVG9vIExvbmcnLCAneCcucmVwZWF0KDJfMDAwXzAwMSkpKVswXSEubWVzc2FnZSwgL3ByZW1pc2UgaXMgdG9vIGxvbmcvKTtcbiAgfSk7XG5cbiAgaXQoJ2tlZXBzIGVtb2ppLCByaWdodC10by1sZWZ0IGFuZCBDSksgdGl0bGVzIGV4YWN0bHknLCAoKSA9PiB7XG4gICAgZm9yIChjb25zdCB0aXRsZSBvZiBbJ1x1RDgzQ1x1REYwQSBTZWEgR2xhc3MgXHVEODNEXHVEQzFBJywgJ1x1MDVFMVx1MDVFNFx1MDVFOCBcdTA1RDRcdTA1RDlcdTA1REQnLCAnXHUwNjI3XHUwNjQ0XHUwNjI4XHUwNjJEXHUwNjMxIFx1MDYyN1x1MDY0NFx1MDYyM1x1MDYyRVx1MDY0QVx1MDYzMScsICdcdTcwNkZcdTUzRjBcdTVCODhcdTMwNkVcdTYyNEJcdTdEMTknLCAnXCJRdW90ZWRcIjogYSB0aXRsZSB3aXRoICMgYW5kIDogaW4gaXQnXSkge1xuICAgICAgYXNzZXJ0LmVxdWFsKHBhcnNlZChyZW5kZXJCcmllZih7IC4uLnNhbXBsZSwgdGl0bGUgfSkpLnRpdGxlLCB0aXRsZSk7XG4gICAgfVxuICB9KTtcblxuICBpdCgnaGFuZGxlcyBDUkxGIGxpbmUgZW5kaW5ncycsICgpID0+IHtcbiAgICBjb25zdCBiID0gcGFyc2VkKCctLS1cXHJcXG50aXRsZTogV2luZG93c1xcclxcbnRhcmdldFdvcmRzOiA5MDBcXHJcXG4tLS1cXHJcXG5cXHJcXG5MaW5lIG9uZS5cXHJcXG5MaW5lIHR3by5cXHJcXG4nKTtcbiAgICBhc3NlcnQuZXF1YWwoYi5wcmVtaXNlLCAnTGluZSBvbmUuXFxuTGluZSB0d28uJyk7XG4gICAgYXNzZXJ0LmVxdWFsKGIudGFyZ2V0V29yZHMsIDkwMCk7XG4gIH0pO1xufSk7XG5cbmRlc2NyaWJlKCdicmllZjogcmVuZGVyJywgKCkgPT4ge1xuICBpdCgncm91bmQtdHJpcHMgdGhyb3VnaCBwYXJzZUJyaWVmJywgKCkgPT4ge1xuICAgIGFzc2VydC5kZWVwRXF1YWwocGFyc2VkKHJlbmRlckJyaWVmKHNhbXBsZSkpLCBzYW1wbGUpO1xuICAgIGNvbnN0IHNwYXJzZTogQnJpZWYgPSB7IHRpdGxlOiAnT25seTogdGhlIGJhc2ljcycsIHBvaW50T2ZWaWV3OiAnc2Vjb25kJywgdGFyZ2V0V29yZHM6IDMwMCwgbGFuZ3VhZ2U6ICdFbmdsaXNoJywgcHJlbWlzZTogJ0EuXFxuXFxuQi4nIH07XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChwYXJzZWQocmVuZGVyQnJpZWYoc3BhcnNlKSksIHNwYXJzZSk7XG4gICAgY29uc3QgZnVsbDogQnJpZWYgPSB7IC4uLnNhbXBsZSwgY2hhcHRlcnM6IDQsIGxhbmd1YWdlOiAnRGV1dHNjaCcgfTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKHBhcnNlZChyZW5kZXJCcmllZihmdWxsKSksIGZ1bGwpO1xuICB9KTtcblxuICBpdCgnc2hvd3MgZW1wdHkgb3B0aW9uYWwga2V5cyBhcyBjb21tZW50ZWQgZXhhbXBsZXMnLCAoKSA9PiB7XG4gICAgY29uc3QgdGV4dCA9IHJlbmRlckJyaWVmKHsgdGl0bGU6ICdUJywgcG9pbnRPZlZpZXc6ICdmaXJzdCcsIHRhcmdldFdvcmRzOiAxMDAwLCBsYW5ndWFnZTogJ0VuZ2xpc2gnLCBwcmVtaXNlOiAnUC4nIH0pO1xuICAgIGFzc2VydC5tYXRjaCh0ZXh0LCAvXiMgZ2VucmU6IGVcXC5nXFwuL20pO1xuICAgIGFzc2VydC5tYXRjaCh0ZXh0LCAvXiMgY2hhcHRlcnM6IC9tKTtcbiAgICBhc3NlcnQubWF0Y2godGV4dCwgL14jIGZpcnN0IFxcfCBzZWNvbmQgXFx8IHRoaXJkLWxpbWl0ZWQgXFx8IHRoaXJkLW9tbmlzY2llbnQkL20pO1xuICB9KTtcbn0pO1xuXG5kZXNjcmliZSgnY2hhcHRlciBwbGFubmluZycsICgpID0+IHtcbiAgaXQoJ3N1Z2dlc3RzIGFib3V0IDIwMDAgd29yZHMgYSBjaGFwdGVyLCBhdCBsZWFzdCBvbmUsIGF0IG1vc3QgMTAwJywgKCkgPT4ge1xuICAgIGFzc2VydC5lcXVhbChzdWdnZXN0Q2hhcHRlckNvdW50KDMwMCksIDEpO1xuICAgIGFzc2VydC5lcXVhbChzdWdnZXN0Q2hhcHRlckNvdW50KDMwMDApLCAyKTtcbiAgICBhc3NlcnQuZXF1YWwoc3VnZ2VzdENoYXB0ZXJDb3VudCg1MDAwKSwgMyk7XG4gICAgYXNzZXJ0LmVxdWFsKHN1Z2dlc3RDaGFwdGVyQ291bnQoODAwMDApLCA0MCk7XG4gICAgYXNzZXJ0LmVxdWFsKHN1Z2dlc3RDaGFwdGVyQ291bnQoNTAwMDAwKSwgMTAwKTtcbiAgfSk7XG5cbiAgaXQoJ3JvdW5kcyBwZXItY2hhcHRlciB0YXJnZXRzIHRvIGZyaWVuZGx5IG51bWJlcnMnLCAoKSA9PiB7XG4gICAgYXNzZXJ0LmVxdWFsKGNoYXB0ZXJUYXJnZXRXb3JkcygzMDAwLCAyKSwgMTUwMCk7XG4gICAgYXNzZXJ0LmVxdWFsKGNoYXB0ZXJUYXJnZXRXb3Jkcyg1MDAwLCAzKSwgMTY1MCk7XG4gICAgYXNzZXJ0LmVxdWFsKGNoYXB0ZXJUYXJnZXRXb3JkcygzMDAsIDEpLCAzMDApO1xuICAgIGFzc2VydC5lcXVhbChjaGFwdGVyVGFyZ2V0V29yZHMoMTAwMCwgMyksIDMzMCk7XG4gIH0pO1xuXG4gIGl0KFwidXNlcyB0aGUgYnJpZWYncyBjaGFwdGVyIGNvdW50IHdoZW4gaXQgaGFzIG9uZVwiLCAoKSA9PiB7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChwbGFuQ2hhcHRlcnMoeyB0YXJnZXRXb3JkczogOTAwMCwgY2hhcHRlcnM6IDMgfSksIHsgY2hhcHRlckNvdW50OiAzLCB3b3Jkc1BlckNoYXB0ZXI6IDMwMDAgfSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChwbGFuQ2hhcHRlcnMoeyB0YXJnZXRXb3JkczogOTAwMCB9KSwgeyBjaGFwdGVyQ291bnQ6IDUsIHdvcmRzUGVyQ2hhcHRlcjogMTgwMCB9KTtcbiAgfSk7XG59KTtcbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUEsYUFBd0I7QUFDeEIsdUJBQXdDO0FBRXhDLHlCQUFzRTtBQUN0RSx5QkFBZ0M7QUFFaEMsTUFBTSxPQUFPLENBQUMsYUFBcUIsT0FBTywrQkFBK0I7QUFBQSxFQUFRLFdBQVc7QUFBQTtBQUFBO0FBQUEsRUFBWSxJQUFJO0FBQUE7QUFFNUcsU0FBUyxPQUFPLE1BQXFCO0FBQ25DLFFBQU0sYUFBUyw2QkFBVyxNQUFNLFVBQVU7QUFDMUMsU0FBTyxHQUFHLE9BQU8sSUFBSSwrQkFBK0IsS0FBSyxVQUFVLENBQUMsT0FBTyxNQUFNLE9BQU8sUUFBUSxDQUFDLEVBQUU7QUFDbkcsU0FBTyxPQUFPO0FBQ2hCO0FBRUEsU0FBUyxTQUFTLE1BQWMsT0FBTyxZQUFZO0FBQ2pELFFBQU0sYUFBUyw2QkFBVyxNQUFNLElBQUk7QUFDcEMsU0FBTyxNQUFNLE9BQU8sSUFBSSxPQUFPLG1CQUFtQjtBQUNsRCxTQUFPLE9BQU8sS0FBSyxDQUFDLElBQUksT0FBTztBQUNqQztBQUVBLFNBQVMsNkJBQTZCLE1BQU07QUFDMUMsS0FBRywwQkFBMEIsTUFBTTtBQUNqQyxVQUFNLElBQUk7QUFBQSxNQUNSLEtBQUssMkpBQTJKO0FBQUEsSUFDbEs7QUFDQSxXQUFPLFVBQVUsR0FBRztBQUFBLE1BQ2xCLE9BQU87QUFBQSxNQUNQLE9BQU87QUFBQSxNQUNQLE1BQU07QUFBQSxNQUNOLFVBQVU7QUFBQSxNQUNWLGFBQWE7QUFBQSxNQUNiLGFBQWE7QUFBQSxNQUNiLFVBQVU7QUFBQSxNQUNWLFVBQVU7QUFBQSxNQUNWLFNBQVM7QUFBQSxJQUNYLENBQUM7QUFBQSxFQUNILENBQUM7QUFFRCxLQUFHLHNFQUFzRSxNQUFNO0FBQzdFLFVBQU0sSUFBSSxPQUFPLEtBQUssZ0JBQWdCLENBQUM7QUFDdkMsV0FBTyxNQUFNLEVBQUUsYUFBYSxlQUFlO0FBQzNDLFdBQU8sTUFBTSxFQUFFLGFBQWEsR0FBSTtBQUNoQyxXQUFPLE1BQU0sRUFBRSxVQUFVLFNBQVM7QUFDbEMsV0FBTyxNQUFNLEVBQUUsT0FBTyxNQUFTO0FBQy9CLFdBQU8sTUFBTSxFQUFFLFVBQVUsTUFBUztBQUFBLEVBQ3BDLENBQUM7QUFFRCxLQUFHLDBEQUEwRCxNQUFNO0FBQ2pFLFVBQU0sQ0FBQyxHQUFHLEdBQUcsSUFBSSxJQUFJLFNBQVMsS0FBSyxxQkFBcUIsU0FBUyxDQUFDO0FBQ2xFLFdBQU8sTUFBTSxLQUFLLFFBQVEsQ0FBQztBQUMzQixXQUFPLE1BQU0sRUFBRyxPQUFPLFNBQVM7QUFDaEMsV0FBTyxNQUFNLEVBQUcsU0FBUyx1RUFBdUU7QUFBQSxFQUNsRyxDQUFDO0FBRUQsS0FBRyx3RUFBd0UsTUFBTTtBQUMvRSxXQUFPO0FBQUEsTUFDTCxTQUFTLEtBQUssNkJBQTZCLENBQUMsRUFBRSxDQUFDLEVBQUc7QUFBQSxNQUNsRDtBQUFBLElBQ0Y7QUFDQSxXQUFPLE1BQU0sU0FBUyxLQUFLLDRCQUE0QixDQUFDLEVBQUUsQ0FBQyxFQUFHLFNBQVMsa0NBQWtDO0FBQ3pHLFdBQU8sTUFBTSxTQUFTLEtBQUssK0JBQStCLENBQUMsRUFBRSxDQUFDLEVBQUcsU0FBUyxjQUFjO0FBQ3hGLFdBQU8sTUFBTSxTQUFTLEtBQUssK0JBQStCLENBQUMsRUFBRSxDQUFDLEVBQUcsU0FBUyxjQUFjO0FBQ3hGLFdBQU8sTUFBTSxTQUFTLEtBQUssdUJBQXVCLENBQUMsRUFBRSxDQUFDLEVBQUcsU0FBUyxpREFBaUQ7QUFBQSxFQUNySCxDQUFDO0FBRUQsS0FBRyxzREFBc0QsTUFBTTtBQUM3RCxVQUFNLEtBQUssU0FBUyxLQUFLLHlDQUF5QyxFQUFFLEdBQUcsb0JBQW9CO0FBQzNGLFdBQU8sVUFBVSxHQUFHLElBQUksQ0FBQyxNQUFNLEVBQUUsS0FBSyxFQUFFLEtBQUssR0FBRyxDQUFDLGVBQWUsV0FBVyxlQUFlLE9BQU8sQ0FBQztBQUNsRyxXQUFPLEdBQUcsR0FBRyxNQUFNLENBQUMsTUFBTSxFQUFFLFFBQVEsV0FBVyxvQkFBb0IsQ0FBQyxDQUFDO0FBQ3JFLFdBQU8sTUFBTSxHQUFHLEtBQUssQ0FBQyxNQUFNLEVBQUUsVUFBVSxhQUFhLEVBQUcsU0FBUyx1REFBdUQ7QUFBQSxFQUMxSCxDQUFDO0FBRUQsS0FBRywrQ0FBK0MsTUFBTTtBQUN0RCxVQUFNLENBQUMsUUFBUSxJQUFJLFNBQVMsb0NBQW9DO0FBQ2hFLFdBQU8sTUFBTSxTQUFVLFNBQVMsOENBQThDO0FBQzlFLFVBQU0sQ0FBQyxPQUFPLElBQUksU0FBUyxLQUFLLGtCQUFrQixDQUFDO0FBQ25ELFdBQU8sTUFBTSxRQUFTLE9BQU8sY0FBYztBQUMzQyxXQUFPLE1BQU0sUUFBUyxTQUFTLDhCQUE4QjtBQUM3RCxVQUFNLENBQUMsTUFBTSxJQUFJLFNBQVMsS0FBSyxVQUFVLENBQUM7QUFDMUMsV0FBTyxNQUFNLE9BQVEsU0FBUyxXQUFXO0FBQUEsRUFDM0MsQ0FBQztBQUVELEtBQUcsaURBQWlELE1BQU07QUFDeEQsVUFBTSxJQUFJLE9BQU8sS0FBSyx3RUFBd0UsQ0FBQztBQUMvRixXQUFPLE1BQU0sRUFBRSxPQUFPLE1BQU07QUFDNUIsV0FBTyxNQUFNLEVBQUUsYUFBYSxHQUFJO0FBQ2hDLFdBQU8sTUFBTSxFQUFFLGFBQWEsZUFBZTtBQUMzQyxXQUFPLE1BQU0sRUFBRSxVQUFVLENBQUM7QUFDMUIsV0FBTyxNQUFNLE9BQU8sS0FBSyxtQ0FBbUMsQ0FBQyxFQUFFLGFBQWEsT0FBTztBQUNuRixXQUFPLE1BQU0sT0FBTyxLQUFLLG1DQUFtQyxDQUFDLEVBQUUsYUFBYSxrQkFBa0I7QUFBQSxFQUNoRyxDQUFDO0FBRUQsS0FBRyw4REFBOEQsTUFBTTtBQUNyRSxVQUFNLGFBQVMsNkJBQVcsS0FBSyw0QkFBNEIsR0FBRyxVQUFVO0FBQ3hFLFdBQU8sR0FBRyxPQUFPLEVBQUU7QUFDbkIsV0FBTyxNQUFNLE9BQU8sU0FBUyxDQUFDLEdBQUksMEJBQTBCO0FBQUEsRUFDOUQsQ0FBQztBQUVELEtBQUcsb0VBQW9FLE1BQU07QUFDM0UsVUFBTSxJQUFJLE9BQU8sa0RBQWtEO0FBQ25FLFdBQU8sTUFBTSxFQUFFLE9BQU8sY0FBYztBQUNwQyxXQUFPLE1BQU0sRUFBRSxTQUFTLDhCQUE4QjtBQUN0RCxXQUFPLE1BQU0sU0FBUyxtQkFBbUIsRUFBRSxDQUFDLEVBQUcsU0FBUyxxQkFBcUI7QUFBQSxFQUMvRSxDQUFDO0FBRUQsS0FBRywwQkFBMEIsTUFBTTtBQUNqQyxVQUFNLFVBQVUsc0JBQXNCLE9BQU8sS0FBSyxLQUFLLFVBQVksRUFBRSxDQUFDO0FBQ3RFLFdBQU8sR0FBRyxRQUFRLFVBQVUsT0FBUztBQUNyQyxVQUFNLElBQUksT0FBTyxLQUFLLHFCQUFxQixPQUFPLENBQUM7QUFDbkQsV0FBTyxNQUFNLEVBQUUsU0FBUyxRQUFRLEtBQUssQ0FBQztBQUN0QyxXQUFPLE1BQU0sU0FBUyxLQUFLLG1CQUFtQixJQUFJLE9BQU8sT0FBUyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUcsU0FBUyxxQkFBcUI7QUFBQSxFQUMxRyxDQUFDO0FBRUQsS0FBRyxxREFBcUQsTUFBTTtBQUM1RCxlQUFXLFNBQVMsQ0FBQyxpQ0FBbUIseUNBQVcsdUVBQWdCLHdDQUFVLHNDQUFzQyxHQUFHO0FBQ3BILGFBQU8sTUFBTSxXQUFPLDhCQUFZLEVBQUUsR0FBRyxtQkFBQUEsT0FBUSxNQUFNLENBQUMsQ0FBQyxFQUFFLE9BQU8sS0FBSztBQUFBLElBQ3JFO0FBQUEsRUFDRixDQUFDO0FBRUQsS0FBRyw2QkFBNkIsTUFBTTtBQUNwQyxVQUFNLElBQUksT0FBTyxvRkFBb0Y7QUFDckcsV0FBTyxNQUFNLEVBQUUsU0FBUyxzQkFBc0I7QUFDOUMsV0FBTyxNQUFNLEVBQUUsYUFBYSxHQUFHO0FBQUEsRUFDakMsQ0FBQztBQUNILENBQUM7QUFFRCxTQUFTLGlCQUFpQixNQUFNO0FBQzlCLEtBQUcsa0NBQWtDLE1BQU07QUFDekMsV0FBTyxVQUFVLFdBQU8sOEJBQVksbUJBQUFBLEtBQU0sQ0FBQyxHQUFHLG1CQUFBQSxLQUFNO0FBQ3BELFVBQU0sU0FBZ0IsRUFBRSxPQUFPLG9CQUFvQixhQUFhLFVBQVUsYUFBYSxLQUFLLFVBQVUsV0FBVyxTQUFTLFdBQVc7QUFDckksV0FBTyxVQUFVLFdBQU8sOEJBQVksTUFBTSxDQUFDLEdBQUcsTUFBTTtBQUNwRCxVQUFNLE9BQWMsRUFBRSxHQUFHLG1CQUFBQSxPQUFRLFVBQVUsR0FBRyxVQUFVLFVBQVU7QUFDbEUsV0FBTyxVQUFVLFdBQU8sOEJBQVksSUFBSSxDQUFDLEdBQUcsSUFBSTtBQUFBLEVBQ2xELENBQUM7QUFFRCxLQUFHLG1EQUFtRCxNQUFNO0FBQzFELFVBQU0sV0FBTyw4QkFBWSxFQUFFLE9BQU8sS0FBSyxhQUFhLFNBQVMsYUFBYSxLQUFNLFVBQVUsV0FBVyxTQUFTLEtBQUssQ0FBQztBQUNwSCxXQUFPLE1BQU0sTUFBTSxtQkFBbUI7QUFDdEMsV0FBTyxNQUFNLE1BQU0sZ0JBQWdCO0FBQ25DLFdBQU8sTUFBTSxNQUFNLDJEQUEyRDtBQUFBLEVBQ2hGLENBQUM7QUFDSCxDQUFDO0FBRUQsU0FBUyxvQkFBb0IsTUFBTTtBQUNqQyxLQUFHLGtFQUFrRSxNQUFNO0FBQ3pFLFdBQU8sVUFBTSx3Q0FBb0IsR0FBRyxHQUFHLENBQUM7QUFDeEMsV0FBTyxVQUFNLHdDQUFvQixHQUFJLEdBQUcsQ0FBQztBQUN6QyxXQUFPLFVBQU0sd0NBQW9CLEdBQUksR0FBRyxDQUFDO0FBQ3pDLFdBQU8sVUFBTSx3Q0FBb0IsR0FBSyxHQUFHLEVBQUU7QUFDM0MsV0FBTyxVQUFNLHdDQUFvQixHQUFNLEdBQUcsR0FBRztBQUFBLEVBQy9DLENBQUM7QUFFRCxLQUFHLGtEQUFrRCxNQUFNO0FBQ3pELFdBQU8sVUFBTSx1Q0FBbUIsS0FBTSxDQUFDLEdBQUcsSUFBSTtBQUM5QyxXQUFPLFVBQU0sdUNBQW1CLEtBQU0sQ0FBQyxHQUFHLElBQUk7QUFDOUMsV0FBTyxVQUFNLHVDQUFtQixLQUFLLENBQUMsR0FBRyxHQUFHO0FBQzVDLFdBQU8sVUFBTSx1Q0FBbUIsS0FBTSxDQUFDLEdBQUcsR0FBRztBQUFBLEVBQy9DLENBQUM7QUFFRCxLQUFHLGtEQUFrRCxNQUFNO0FBQ3pELFdBQU8sY0FBVSxpQ0FBYSxFQUFFLGFBQWEsS0FBTSxVQUFVLEVBQUUsQ0FBQyxHQUFHLEVBQUUsY0FBYyxHQUFHLGlCQUFpQixJQUFLLENBQUM7QUFDN0csV0FBTyxjQUFVLGlDQUFhLEVBQUUsYUFBYSxJQUFLLENBQUMsR0FBRyxFQUFFLGNBQWMsR0FBRyxpQkFBaUIsS0FBSyxDQUFDO0FBQUEsRUFDbEcsQ0FBQztBQUNILENBQUM7IiwKICAibmFtZXMiOiBbInNhbXBsZSJdCn0K
