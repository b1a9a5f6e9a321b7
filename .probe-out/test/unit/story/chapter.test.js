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
var import_chapter = require("../../../src/core/stages/chapter");
var import_chapterSummary = require("../../../src/core/stages/chapterSummary");
var import_continuation = require("../../../src/core/stages/continuation");
var import_manuscript = require("../../../src/core/stages/manuscript");
var import_stageFiles = require("../../../src/core/stages/stageFiles");
var import_wordCount = require("../../../src/core/stages/wordCount");
var import_sampleStory = require("./sampleStory");
describe("stage files", () => {
  it("names every stage file exactly", () => {
    assert.equal((0, import_stageFiles.stageFile)("concept"), "01-concept.md");
    assert.equal((0, import_stageFiles.stageFile)("bible"), "02-bible.md");
    assert.equal((0, import_stageFiles.stageFile)("outline"), "03-outline.md");
    assert.equal((0, import_stageFiles.stageFile)("draft", 3), "04-draft/chapter-03.md");
    assert.equal((0, import_stageFiles.stageFile)("revision", 12), "05-revision/chapter-12.md");
    assert.equal((0, import_stageFiles.stageFile)("manuscript"), "story.md");
    assert.equal((0, import_stageFiles.chapterFileName)(1), "chapter-01.md");
    assert.equal((0, import_stageFiles.chapterFileName)(100), "chapter-100.md");
    assert.equal((0, import_stageFiles.partialFile)((0, import_stageFiles.stageFile)("draft", 3)), "04-draft/chapter-03.partial.md");
  });
  it("reads chapter numbers back from file names and refuses bad numbers", () => {
    assert.equal((0, import_stageFiles.chapterNumberFromFileName)("chapter-07.md"), 7);
    assert.equal((0, import_stageFiles.chapterNumberFromFileName)("chapter-07.partial.md"), 7);
    assert.equal((0, import_stageFiles.chapterNumberFromFileName)("notes.md"), void 0);
    assert.throws(() => (0, import_stageFiles.chapterFileName)(0), RangeError);
    assert.throws(() => (0, import_stageFiles.chapterFileName)(1.5), RangeError);
    assert.throws(() => (0, import_stageFiles.stageFile)("draft"), /needs a chapter number/);
  });
});
describe("chapter text", () => {
  it("renders and parses a chapter", () => {
    const text = (0, import_chapter.renderChapter)(3, "The Storm: Part One", "It blew.\r\n\r\nIt blew harder.\n\n");
    assert.equal(text, "# Chapter 3: The Storm: Part One\n\nIt blew.\n\nIt blew harder.\n");
    assert.deepEqual((0, import_chapter.parseChapter)(text), { number: 3, title: "The Storm: Part One", prose: "It blew.\n\nIt blew harder." });
    assert.deepEqual((0, import_chapter.parseChapter)((0, import_chapter.renderChapter)(4, "", "Quiet.")), { number: 4, prose: "Quiet." });
  });
  it("parses other headings and headless prose", () => {
    assert.deepEqual((0, import_chapter.parseChapter)("# A New Title\n\nProse."), { title: "A New Title", prose: "Prose." });
    assert.deepEqual((0, import_chapter.parseChapter)("\n\nJust prose.\n# Not first\n"), { prose: "Just prose.\n# Not first" });
    assert.deepEqual((0, import_chapter.parseChapter)("## Chapter 9 \u2014 Nine\nNine."), { number: 9, title: "Nine", prose: "Nine." });
  });
  it("takes the prose out of a model reply", () => {
    assert.equal((0, import_chapter.proseFromModel)("```markdown\n# Chapter 1: X\n\nShe ran.\n```"), "She ran.");
    assert.equal((0, import_chapter.proseFromModel)("**Chapter 2: The Answer**\n\nShe wrote."), "She wrote.");
    assert.equal((0, import_chapter.proseFromModel)("She ran. *Fast.*"), "She ran. *Fast.*");
  });
});
describe("word counts", () => {
  it("counts words, not Markdown or punctuation", () => {
    assert.equal((0, import_wordCount.countWords)(""), 0);
    assert.equal((0, import_wordCount.countWords)(`# Chapter 1

She said \u2014 quietly \u2014 "don't go," and left. * * *`), 9);
    assert.equal((0, import_wordCount.countWords)("well-known, rock\u2019n\u2019roll 1962"), 3);
    assert.equal((0, import_wordCount.countWords)("Zo\xEB na\xEFve caf\xE9"), 3);
  });
  it("counts CJK characters as words", () => {
    assert.equal((0, import_wordCount.countWords)("\u706F\u53F0\u5B88\u306E\u624B\u7D19"), 6);
    assert.equal((0, import_wordCount.countWords)("Mara \u306F \u706F\u53F0 \u3078"), 5);
    assert.equal((0, import_wordCount.countWords)("\uBC14\uB2E4 \uC704\uC758 \uB4F1\uB300"), 3, "Korean is spaced: count words");
  });
});
describe("summary for the next chapter", () => {
  it("keeps the last paragraphs within the bound", () => {
    const prose = ["First paragraph.", "Second paragraph.", "* * *", "Third paragraph."].join("\n\n");
    assert.equal((0, import_chapterSummary.summarizeForNext)(prose), prose.replace("\n\n* * *", ""));
    assert.equal((0, import_chapterSummary.summarizeForNext)(prose, 40), "Second paragraph.\n\nThird paragraph.");
    assert.equal((0, import_chapterSummary.summarizeForNext)(""), "");
  });
  it("cuts one long paragraph at a sentence start", () => {
    const long = Array.from({ length: 200 }, (_, i) => `Sentence ${i}.`).join(" ");
    const s = (0, import_chapterSummary.summarizeForNext)(long, 100);
    assert.ok(s.length <= 100, `${s.length}`);
    assert.match(s, /^…Sentence \d+\./);
    assert.ok(s.endsWith("Sentence 199."));
  });
});
describe("continuations", () => {
  it("joins with a space or none as the seam needs", () => {
    assert.equal((0, import_continuation.joinContinuation)("She opened the", "door."), "She opened the door.");
    assert.equal((0, import_continuation.joinContinuation)("She opened the door.", " It was dark."), "She opened the door. It was dark.");
    assert.equal((0, import_continuation.joinContinuation)("She ran.\n\n", "Then stopped."), "She ran.\n\nThen stopped.");
    assert.equal((0, import_continuation.joinContinuation)("She said", ", quietly."), "She said, quietly.");
    assert.equal((0, import_continuation.joinContinuation)("Done.", "   "), "Done.");
  });
  it("drops a repeated unfinished sentence or a repeated stretch", () => {
    assert.equal((0, import_continuation.joinContinuation)("She opened the door. The hall was", "The hall was dark."), "She opened the door. The hall was dark.");
    const before = "The keeper climbed the stair for the last time, counting each step.";
    assert.equal((0, import_continuation.joinContinuation)(before, "climbed the stair for the last time, counting each step. At the top she stopped."), `${before} At the top she stopped.`);
  });
});
describe("manuscript", () => {
  it("assembles a title page, contents and chapters in order", () => {
    const text = (0, import_manuscript.assembleManuscript)(import_sampleStory.brief, import_sampleStory.concept, [
      { number: 2, title: "The Answer", prose: "She wrote.\n\n# A scene", source: "draft" },
      { number: 1, title: "The Bottle: Found", prose: "She found it.", source: "revision" }
    ]);
    assert.ok(text.startsWith(`# The Lighthouse Keeper

*${import_sampleStory.concept.logline}*

## Contents

`));
    assert.match(text, /1\. \[Chapter 1: The Bottle: Found\]\(#chapter-1-the-bottle-found\)\n2\. \[Chapter 2: The Answer\]\(#chapter-2-the-answer\)/);
    assert.ok(text.indexOf("## Chapter 1: The Bottle: Found") < text.indexOf("## Chapter 2: The Answer"));
    assert.match(text, /^### A scene$/m, "prose headings sit below chapter headings");
    assert.ok(text.endsWith("She wrote.\n\n### A scene\n"));
  });
  it("works without a concept and with Unicode titles", () => {
    const text = (0, import_manuscript.assembleManuscript)({ ...import_sampleStory.brief, title: "\u706F\u53F0\u5B88" }, void 0, [{ number: 1, title: "\u624B\u7D19", prose: "\u672C\u6587\u3002", source: "draft" }]);
    assert.ok(text.startsWith("# \u706F\u53F0\u5B88\n\n## Contents\n\n1. [Chapter 1: \u624B\u7D19](#chapter-1-\u624B\u7D19)"));
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC91bml0L3N0b3J5L2NoYXB0ZXIudGVzdC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0ICogYXMgYXNzZXJ0IGZyb20gJ25vZGU6YXNzZXJ0L3N0cmljdCc7XG5pbXBvcnQgeyBwYXJzZUNoYXB0ZXIsIHByb3NlRnJvbU1vZGVsLCByZW5kZXJDaGFwdGVyIH0gZnJvbSAnLi4vLi4vLi4vc3JjL2NvcmUvc3RhZ2VzL2NoYXB0ZXInO1xuaW1wb3J0IHsgc3VtbWFyaXplRm9yTmV4dCB9IGZyb20gJy4uLy4uLy4uL3NyYy9jb3JlL3N0YWdlcy9jaGFwdGVyU3VtbWFyeSc7XG5pbXBvcnQgeyBqb2luQ29udGludWF0aW9uIH0gZnJvbSAnLi4vLi4vLi4vc3JjL2NvcmUvc3RhZ2VzL2NvbnRpbnVhdGlvbic7XG5pbXBvcnQgeyBhc3NlbWJsZU1hbnVzY3JpcHQgfSBmcm9tICcuLi8uLi8uLi9zcmMvY29yZS9zdGFnZXMvbWFudXNjcmlwdCc7XG5pbXBvcnQgeyBjaGFwdGVyRmlsZU5hbWUsIGNoYXB0ZXJOdW1iZXJGcm9tRmlsZU5hbWUsIHBhcnRpYWxGaWxlLCBzdGFnZUZpbGUgfSBmcm9tICcuLi8uLi8uLi9zcmMvY29yZS9zdGFnZXMvc3RhZ2VGaWxlcyc7XG5pbXBvcnQgeyBjb3VudFdvcmRzIH0gZnJvbSAnLi4vLi4vLi4vc3JjL2NvcmUvc3RhZ2VzL3dvcmRDb3VudCc7XG5pbXBvcnQgeyBicmllZiwgY29uY2VwdCB9IGZyb20gJy4vc2FtcGxlU3RvcnknO1xuXG5kZXNjcmliZSgnc3RhZ2UgZmlsZXMnLCAoKSA9PiB7XG4gIGl0KCduYW1lcyBldmVyeSBzdGFnZSBmaWxlIGV4YWN0bHknLCAoKSA9PiB7XG4gICAgYXNzZXJ0LmVxdWFsKHN0YWdlRmlsZSgnY29uY2VwdCcpLCAnMDEtY29uY2VwdC5tZCcpO1xuICAgIGFzc2VydC5lcXVhbChzdGFnZUZpbGUoJ2JpYmxlJyksICcwMi1iaWJsZS5tZCcpO1xuICAgIGFzc2VydC5lcXVhbChzdGFnZUZpbGUoJ291dGxpbmUnKSwgJzAzLW91dGxpbmUubWQnKTtcbiAgICBhc3NlcnQuZXF1YWwoc3RhZ2VGaWxlKCdkcmFmdCcsIDMpLCAnMDQtZHJhZnQvY2hhcHRlci0wMy5tZCcpO1xuICAgIGFzc2VydC5lcXVhbChzdGFnZUZpbGUoJ3JldmlzaW9uJywgMTIpLCAnMDUtcmV2aXNpb24vY2hhcHRlci0xMi5tZCcpO1xuICAgIGFzc2VydC5lcXVhbChzdGFnZUZpbGUoJ21hbnVzY3JpcHQnKSwgJ3N0b3J5Lm1kJyk7XG4gICAgYXNzZXJ0LmVxdWFsKGNoYXB0ZXJGaWxlTmFtZSgxKSwgJ2NoYXB0ZXItMDEubWQnKTtcbiAgICBhc3NlcnQuZXF1YWwoY2hhcHRlckZpbGVOYW1lKDEwMCksICdjaGFwdGVyLTEwMC5tZCcpO1xuICAgIGFzc2VydC5lcXVhbChwYXJ0aWFsRmlsZShzdGFnZUZpbGUoJ2RyYWZ0JywgMykpLCAnMDQtZHJhZnQvY2hhcHRlci0wMy5wYXJ0aWFsLm1kJyk7XG4gIH0pO1xuXG4gIGl0KCdyZWFkcyBjaGFwdGVyIG51bWJlcnMgYmFjayBmcm9tIGZpbGUgbmFtZXMgYW5kIHJlZnVzZXMgYmFkIG51bWJlcnMnLCAoKSA9PiB7XG4gICAgYXNzZXJ0LmVxdWFsKGNoYXB0ZXJOdW1iZXJGcm9tRmlsZU5hbWUoJ2NoYXB0ZXItMDcubWQnKSwgNyk7XG4gICAgYXNzZXJ0LmVxdWFsKGNoYXB0ZXJOdW1iZXJGcm9tRmlsZU5hbWUoJ2NoYXB0ZXItMDcucGFydGlhbC5tZCcpLCA3KTtcbiAgICBhc3NlcnQuZXF1YWwoY2hhcHRlck51bWJlckZyb21GaWxlTmFtZSgnbm90ZXMubWQnKSwgdW5kZWZpbmVkKTtcbiAgICBhc3NlcnQudGhyb3dzKCgpID0+IGNoYXB0ZXJGaWxlTmFtZSgwKSwgUmFuZ2VFcnJvcik7XG4gICAgYXNzZXJ0LnRocm93cygoKSA9PiBjaGFwdGVyRmlsZU5hbWUoMS41KSwgUmFuZ2VFcnJvcik7XG4gICAgYXNzZXJ0LnRocm93cygoKSA9PiBzdGFnZUZpbGUoJ2RyYWZ0JyBhcyAnY29uY2VwdCcpLCAvbmVlZHMgYSBjaGFwdGVyIG51bWJlci8pO1xuICB9KTtcbn0pO1xuXG5kZXNjcmliZSgnY2hhcHRlciB0ZXh0JywgKCkgPT4ge1xuICBpdCgncmVuZGVycyBhbmQgcGFyc2VzIGEgY2hhcHRlcicsICgpID0+IHtcbiAgICBjb25zdCB0ZXh0ID0gcmVuZGVyQ2hhcHRlcigzLCAnVGhlIFN0b3JtOiBQYXJ0IE9uZScsICdJdCBibGV3Llxcclxcblxcclxcbkl0IGJsZXcgaGFyZGVyLlxcblxcbicpO1xuICAgIGFzc2VydC5lcXVhbCh0ZXh0LCAnIyBDaGFwdGVyIDM6IFRoZSBTdG9ybTogUGFydCBPbmVcXG5cXG5JdCBibGV3Llxcblxcbkl0IGJsZXcgaGFyZGVyLlxcbicpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwocGFyc2VDaGFwdGVyKHRleHQpLCB7IG51bWJlcjogMywgdGl0bGU6ICdUaGUgU3Rvcm06IFBhcnQgT25lJywgcHJvc2U6ICdJdCBibGV3Llxcblxcbkl0IGJsZXcgaGFyZGVyLicgfSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChwYXJzZUNoYXB0ZXIocmVuZGVyQ2hhcHRlcig0LCAnJywgJ1F1aWV0LicpKSwgeyBudW1iZXI6IDQsIHByb3NlOiAnUXVpZXQuJyB9KTtcbiAgfSk7XG5cbiAgaXQoJ3BhcnNlcyBvdGhlciBoZWFkaW5ncyBhbmQgaGVhZGxlc3MgcHJvc2UnLCAoKSA9PiB7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChwYXJzZUNoYXB0ZXIoJyMgQSBOZXcgVGl0bGVcXG5cXG5Qcm9zZS4nKSwgeyB0aXRsZTogJ0EgTmV3IFRpdGxlJywgcHJvc2U6ICdQcm9zZS4nIH0pO1xuICAgIGFzc2VydC5kZWVwRXF1YWwocGFyc2VDaGFwdGVyKCdcXG5cXG5KdXN0IHByb3NlLlxcbiMgTm90IGZpcnN0XFxuJyksIHsgcHJvc2U6ICdKdXN0IHByb3NlLlxcbiMgTm90IGZpcnN0JyB9KTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKHBhcnNlQ2hhcHRlcignIyMgQ2hhcHRlciA5IFx1MjAxNCBOaW5lXFxuTmluZS4nKSwgeyBudW1iZXI6IDksIHRpdGxlOiAnTmluZScsIHByb3NlOiAnTmluZS4nIH0pO1xuICB9KTtcblxuICBpdCgndGFrZXMgdGhlIHByb3NlIG91dCBvZiBhIG1vZGVsIHJlcGx5JywgKCkgPT4ge1xuICAgIGFzc2VydC5lcXVhbChwcm9zZUZyb21Nb2RlbCgnYGBgbWFya2Rvd25cXG4jIENoYXB0ZXIgMTogWFxcblxcblNoZSByYW4uXFxuYGBgJyksICdTaGUgcmFuLicpO1xuICAgIGFzc2VydC5lcXVhbChwcm9zZUZyb21Nb2RlbCgnKipDaGFwdGVyIDI6IFRoZSBBbnN3ZXIqKlxcblxcblNoZSB3cm90ZS4nKSwgJ1NoZSB3cm90ZS4nKTtcbiAgICBhc3NlcnQuZXF1YWwocHJvc2VGcm9tTW9kZWwoJ1NoZSByYW4uICpGYXN0LionKSwgJ1NoZSByYW4uICpGYXN0LionKTtcbiAgfSk7XG59KTtcblxuZGVzY3JpYmUoJ3dvcmQgY291bnRzJywgKCkgPT4ge1xuICBpdCgnY291bnRzIHdvcmRzLCBub3QgTWFya2Rvd24gb3IgcHVuY3R1YXRpb24nLCAoKSA9PiB7XG4gICAgYXNzZXJ0LmVxdWFsKGNvdW50V29yZHMoJycpLCAwKTtcbiAgICBhc3NlcnQuZXF1YWwoY291bnRXb3JkcygnIyBDaGFwdGVyIDFcXG5cXG5TaGUgc2FpZCBcdTIwMTQgcXVpZXRseSBcdTIwMTQgXCJkb25cXCd0IGdvLFwiIGFuZCBsZWZ0LiAqICogKicpLCA5KTtcbiAgICBhc3NlcnQuZXF1YWwoY291bnRXb3Jkcygnd2VsbC1rbm93biwgcm9ja1x1MjAxOW5cdTIwMTlyb2xsIDE5NjInKSwgMyk7XG4gICAgYXNzZXJ0LmVxdWFsKGNvdW50V29yZHMoJ1pvXHUwMEVCIG5hXHUwMEVGdmUgY2FmXHUwMEU5JyksIDMpO1xuICB9KTtcblxuICBpdCgnY291bnRzIENKSyBjaGFyYWN0ZXJzIGFzIHdvcmRzJywgKCkgPT4ge1xuICAgIGFzc2VydC5lcXVhbChjb3VudFdvcmRzKCdcdTcwNkZcdTUzRjBcdTVCODhcdTMwNkVcdTYyNEJcdTdEMTknKSwgNik7XG4gICAgYXNzZXJ0LmVxdWFsKGNvdW50V29yZHMoJ01hcmEgXHUzMDZGIFx1NzA2Rlx1NTNGMCBcdTMwNzgnKSwgNSk7XG4gICAgYXNzZXJ0LmVxdWFsKGNvdW50V29yZHMoJ1x1QkMxNFx1QjJFNCBcdUM3MDRcdUM3NTggXHVCNEYxXHVCMzAwJyksIDMsICdLb3JlYW4gaXMgc3BhY2VkOiBjb3VudCB3b3JkcycpO1xuICB9KTtcbn0pO1xuXG5kZXNjcmliZSgnc3VtbWFyeSBmb3IgdGhlIG5leHQgY2hhcHRlcicsICgpID0+IHtcbiAgaXQoJ2tlZXBzIHRoZSBsYXN0IHBhcmFncmFwaHMgd2l0aGluIHRoZSBib3VuZCcsICgpID0+IHtcbiAgICBjb25zdCBwcm9zZSA9IFsnRmlyc3QgcGFyYWdyYXBoLicsICdTZWNvbmQgcGFyYWdyYXBoLicsICcqICogKicsICdUaGlyZCBwYXJhZ3JhcGguJ10uam9pbignXFxuXFxuJyk7XG4gICAgYXNzZXJ0LmVxdWFsKHN1bW1hcml6ZUZvck5leHQocHJvc2UpLCBwcm9zZS5yZXBsYWNlKCdcXG5cXG4qICogKicsICcnKSk7XG4gICAgYXNzZXJ0LmVxdWFsKHN1bW1hcml6ZUZvck5leHQocHJvc2UsIDQwKSwgJ1NlY29uZCBwYXJhZ3JhcGguXFxuXFxuVGhpcmQgcGFyYWdyYXBoLicpO1xuICAgIGFzc2VydC5lcXVhbChzdW1tYXJpemVGb3JOZXh0KCcnKSwgJycpO1xuICB9KTtcblxuICBpdCgnY3V0cyBvbmUgbG9uZyBwYXJhZ3JhcGggYXQgYSBzZW50ZW5jZSBzdGFydCcsICgpID0+IHtcbiAgICBjb25zdCBsb25nID0gQXJyYXkuZnJvbSh7IGxlbmd0aDogMjAwIH0sIChfLCBpKSA9PiBgU2VudGVuY2UgJHtpfS5gKS5qb2luKCcgJyk7XG4gICAgY29uc3QgcyA9IHN1bW1hcml6ZUZvck5leHQobG9uZywgMTAwKTtcbiAgICBhc3NlcnQub2socy5sZW5ndGggPD0gMTAwLCBgJHtzLmxlbmd0aH1gKTtcbiAgICBhc3NlcnQubWF0Y2gocywgL15cdTIwMjZTZW50ZW5jZSBcXGQrXFwuLyk7XG4gICAgYXNzZXJ0Lm9rKHMuZW5kc1dpdGgoJ1NlbnRlbmNlIDE5OS4nKSk7XG4gIH0pO1xufSk7XG5cbmRlc2NyaWJlKCdjb250aW51YXRpb25zJywgKCkgPT4ge1xuICBpdCgnam9pbnMgd2l0aCBhIHNwYWNlIG9yIG5vbmUgYXMgdGhlIHNlYW0gbmVlZHMnLCAoKSA9PiB7XG4gICAgYXNzZXJ0LmVxdWFsKGpvaW5Db250aW51YXRpb24oJ1NoZSBvcGVuZWQgdGhlJywgJ2Rvb3IuJyksICdTaGUgb3BlbmVkIHRoZSBkb29yLicpO1xuICAgIGFzc2VydC5lcXVhbChqb2luQ29udGludWF0aW9uKCdTaGUgb3BlbmVkIHRoZSBkb29yLicsICcgSXQgd2FzIGRhcmsuJyksICdTaGUgb3BlbmVkIHRoZSBkb29yLiBJdCB3YXMgZGFyay4nKTtcbiAgICBhc3NlcnQuZXF1YWwoam9pbkNvbnRpbnVhdGlvbignU2hlIHJhbi5cXG5cXG4nLCAnVGhlbiBzdG9wcGVkLicpLCAnU2hlIHJhbi5cXG5cXG5UaGVuIHN0b3BwZWQuJyk7XG4gICAgYXNzZXJ0LmVxdWFsKGpvaW5Db250aW51YXRpb24oJ1NoZSBzYWlkJywgJywgcXVpZXRseS4nKSwgJ1NoZSBzYWlkLCBxdWlldGx5LicpO1xuICAgIGFzc2VydC5lcXVhbChqb2luQ29udGludWF0aW9uKCdEb25lLicsICcgICAnKSwgJ0RvbmUuJyk7XG4gIH0pO1xuXG4gIGl0KCdkcm9wcyBhIHJlcGVhdGVkIHVuZmluaXNoZWQgc2VudGVuY2Ugb3IgYSByZXBlYXRlZCBzdHJldGNoJywgKCkgPT4ge1xuICAgIGFzc2VydC5lcXVhbChqb2luQ29udGludWF0aW9uKCdTaGUgb3BlbmVkIHRoZSBkb29yLiBUaGUgaGFsbCB3YXMnLCAnVGhlIGhhbGwgd2FzIGRhcmsuJyksICdTaGUgb3BlbmVkIHRoZSBkb29yLiBUaGUgaGFsbCB3YXMgZGFyay4nKTtcbiAgICBjb25zdCBiZWZvcmUgPSAnVGhlIGtlZXBlciBjbGltYmVkIHRoZSBzdGFpciBmb3IgdGhlIGxhc3QgdGltZSwgY291bnRpbmcgZWFjaCBzdGVwLic7XG4gICAgYXNzZXJ0LmVxdWFsKGpvaW5Db250aW51YXRpb24oYmVmb3JlLCAnY2xpbWJlZCB0aGUgc3RhaXIgZm9yIHRoZSBsYXN0IHRpbWUsIGNvdW50aW5nIGVhY2ggc3RlcC4gQXQgdGhlIHRvcCBzaGUgc3RvcHBlZC4nKSwgYCR7YmVmb3JlfSBBdCB0aGUgdG9wIHNoZSBzdG9wcGVkLmApO1xuICB9KTtcbn0pO1xuXG5kZXNjcmliZSgnbWFudXNjcmlwdCcsICgpID0+IHtcbiAgaXQoJ2Fzc2VtYmxlcyBhIHRpdGxlIHBhZ2UsIGNvbnRlbnRzIGFuZCBjaGFwdGVycyBpbiBvcmRlcicsICgpID0+IHtcbiAgICBjb25zdCB0ZXh0ID0gYXNzZW1ibGVNYW51c2NyaXB0KGJyaWVmLCBjb25jZXB0LCBbXG4gICAgICB7IG51bWJlcjogMiwgdGl0bGU6ICdUaGUgQW5zd2VyJywgcHJvc2U6ICdTaGUgd3JvdGUuXFxuXFxuIyBBIHNjZW5lJywgc291cmNlOiAnZHJhZnQnIH0sXG4gICAgICB7IG51bWJlcjogMSwgdGl0bGU6ICdUaGUgQm90dGxlOiBGb3VuZCcsIHByb3NlOiAnU2hlIGZvdW5kIGl0LicsIHNvdXJjZTogJ3JldmlzaW9uJyB9LFxuICAgIF0pO1xuICAgIGFzc2VydC5vayh0ZXh0LnN0YXJ0c1dpdGgoYCMgVGhlIExpZ2h0aG91c2UgS2VlcGVyXFxuXFxuKiR7Y29uY2VwdC5sb2dsaW5lfSpcXG5cXG4jIyBDb250ZW50c1xcblxcbmApKTtcbiAgICBhc3NlcnQubWF0Y2godGV4dCwgLzFcXC4gXFxbQ2hhcHRlciAxOiBUaGUgQm90dGxlOiBGb3VuZFxcXVxcKCNjaGFwdGVyLTEtdGhlLWJvdHRsZS1mb3VuZFxcKVxcbjJcXC4gXFxbQ2hhcHRlciAyOiBUaGUgQW5zd2VyXFxdXFwoI2NoYXB0ZXItMi10aGUtYW5zd2VyXFwpLyk7XG4gICAgYXNzZXJ0Lm9rKHRleHQuaW5kZXhPZignIyMgQ2hhcHRlciAxOiBUaGUgQm90dGxlOiBGb3VuZCcpIDwgdGV4dC5pbmRleE9mKCcjIyBDaGFwdGVyIDI6IFRoZSBBbnN3ZXInKSk7XG4gICAgYXNzZXJ0Lm1hdGNoKHRleHQsIC9eIyMjIEEgc2NlbmUkL20sICdwcm9zZSBoZWFkaW5ncyBzaXQgYmVsb3cgY2hhcHRlciBoZWFkaW5ncycpO1xuICAgIGFzc2VydC5vayh0ZXh0LmVuZHNXaXRoKCdTaGUgd3JvdGUuXFxuXFxuIyMjIEEgc2NlbmVcXG4nKSk7XG4gIH0pO1xuXG4gIGl0KCd3b3JrcyB3aXRob3V0IGEgY29uY2VwdCBhbmQgd2l0aCBVbmljb2RlIHRpdGxlcycsICgpID0+IHtcbiAgICBjb25zdCB0ZXh0ID0gYXNzZW1ibGVNYW51c2NyaXB0KHsgLi4uYnJpZWYsIHRpdGxlOiAnXHU3MDZGXHU1M0YwXHU1Qjg4JyB9LCB1bmRlZmluZWQsIFt7IG51bWJlcjogMSwgdGl0bGU6ICdcdTYyNEJcdTdEMTknLCBwcm9zZTogJ1x1NjcyQ1x1NjU4N1x1MzAwMicsIHNvdXJjZTogJ2RyYWZ0JyB9XSk7XG4gICAgYXNzZXJ0Lm9rKHRleHQuc3RhcnRzV2l0aCgnIyBcdTcwNkZcdTUzRjBcdTVCODhcXG5cXG4jIyBDb250ZW50c1xcblxcbjEuIFtDaGFwdGVyIDE6IFx1NjI0Qlx1N0QxOV0oI2NoYXB0ZXItMS1cdTYyNEJcdTdEMTkpJykpO1xuICB9KTtcbn0pO1xuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQSxhQUF3QjtBQUN4QixxQkFBNEQ7QUFDNUQsNEJBQWlDO0FBQ2pDLDBCQUFpQztBQUNqQyx3QkFBbUM7QUFDbkMsd0JBQW1GO0FBQ25GLHVCQUEyQjtBQUMzQix5QkFBK0I7QUFFL0IsU0FBUyxlQUFlLE1BQU07QUFDNUIsS0FBRyxrQ0FBa0MsTUFBTTtBQUN6QyxXQUFPLFVBQU0sNkJBQVUsU0FBUyxHQUFHLGVBQWU7QUFDbEQsV0FBTyxVQUFNLDZCQUFVLE9BQU8sR0FBRyxhQUFhO0FBQzlDLFdBQU8sVUFBTSw2QkFBVSxTQUFTLEdBQUcsZUFBZTtBQUNsRCxXQUFPLFVBQU0sNkJBQVUsU0FBUyxDQUFDLEdBQUcsd0JBQXdCO0FBQzVELFdBQU8sVUFBTSw2QkFBVSxZQUFZLEVBQUUsR0FBRywyQkFBMkI7QUFDbkUsV0FBTyxVQUFNLDZCQUFVLFlBQVksR0FBRyxVQUFVO0FBQ2hELFdBQU8sVUFBTSxtQ0FBZ0IsQ0FBQyxHQUFHLGVBQWU7QUFDaEQsV0FBTyxVQUFNLG1DQUFnQixHQUFHLEdBQUcsZ0JBQWdCO0FBQ25ELFdBQU8sVUFBTSxtQ0FBWSw2QkFBVSxTQUFTLENBQUMsQ0FBQyxHQUFHLGdDQUFnQztBQUFBLEVBQ25GLENBQUM7QUFFRCxLQUFHLHNFQUFzRSxNQUFNO0FBQzdFLFdBQU8sVUFBTSw2Q0FBMEIsZUFBZSxHQUFHLENBQUM7QUFDMUQsV0FBTyxVQUFNLDZDQUEwQix1QkFBdUIsR0FBRyxDQUFDO0FBQ2xFLFdBQU8sVUFBTSw2Q0FBMEIsVUFBVSxHQUFHLE1BQVM7QUFDN0QsV0FBTyxPQUFPLFVBQU0sbUNBQWdCLENBQUMsR0FBRyxVQUFVO0FBQ2xELFdBQU8sT0FBTyxVQUFNLG1DQUFnQixHQUFHLEdBQUcsVUFBVTtBQUNwRCxXQUFPLE9BQU8sVUFBTSw2QkFBVSxPQUFvQixHQUFHLHdCQUF3QjtBQUFBLEVBQy9FLENBQUM7QUFDSCxDQUFDO0FBRUQsU0FBUyxnQkFBZ0IsTUFBTTtBQUM3QixLQUFHLGdDQUFnQyxNQUFNO0FBQ3ZDLFVBQU0sV0FBTyw4QkFBYyxHQUFHLHVCQUF1QixxQ0FBcUM7QUFDMUYsV0FBTyxNQUFNLE1BQU0sbUVBQW1FO0FBQ3RGLFdBQU8sY0FBVSw2QkFBYSxJQUFJLEdBQUcsRUFBRSxRQUFRLEdBQUcsT0FBTyx1QkFBdUIsT0FBTyw4QkFBOEIsQ0FBQztBQUN0SCxXQUFPLGNBQVUsaUNBQWEsOEJBQWMsR0FBRyxJQUFJLFFBQVEsQ0FBQyxHQUFHLEVBQUUsUUFBUSxHQUFHLE9BQU8sU0FBUyxDQUFDO0FBQUEsRUFDL0YsQ0FBQztBQUVELEtBQUcsNENBQTRDLE1BQU07QUFDbkQsV0FBTyxjQUFVLDZCQUFhLHlCQUF5QixHQUFHLEVBQUUsT0FBTyxlQUFlLE9BQU8sU0FBUyxDQUFDO0FBQ25HLFdBQU8sY0FBVSw2QkFBYSxnQ0FBZ0MsR0FBRyxFQUFFLE9BQU8sMkJBQTJCLENBQUM7QUFDdEcsV0FBTyxjQUFVLDZCQUFhLGlDQUE0QixHQUFHLEVBQUUsUUFBUSxHQUFHLE9BQU8sUUFBUSxPQUFPLFFBQVEsQ0FBQztBQUFBLEVBQzNHLENBQUM7QUFFRCxLQUFHLHdDQUF3QyxNQUFNO0FBQy9DLFdBQU8sVUFBTSwrQkFBZSw4Q0FBOEMsR0FBRyxVQUFVO0FBQ3ZGLFdBQU8sVUFBTSwrQkFBZSx5Q0FBeUMsR0FBRyxZQUFZO0FBQ3BGLFdBQU8sVUFBTSwrQkFBZSxrQkFBa0IsR0FBRyxrQkFBa0I7QUFBQSxFQUNyRSxDQUFDO0FBQ0gsQ0FBQztBQUVELFNBQVMsZUFBZSxNQUFNO0FBQzVCLEtBQUcsNkNBQTZDLE1BQU07QUFDcEQsV0FBTyxVQUFNLDZCQUFXLEVBQUUsR0FBRyxDQUFDO0FBQzlCLFdBQU8sVUFBTSw2QkFBVztBQUFBO0FBQUEsMkRBQWtFLEdBQUcsQ0FBQztBQUM5RixXQUFPLFVBQU0sNkJBQVcsd0NBQThCLEdBQUcsQ0FBQztBQUMxRCxXQUFPLFVBQU0sNkJBQVcseUJBQWdCLEdBQUcsQ0FBQztBQUFBLEVBQzlDLENBQUM7QUFFRCxLQUFHLGtDQUFrQyxNQUFNO0FBQ3pDLFdBQU8sVUFBTSw2QkFBVyxzQ0FBUSxHQUFHLENBQUM7QUFDcEMsV0FBTyxVQUFNLDZCQUFXLGlDQUFhLEdBQUcsQ0FBQztBQUN6QyxXQUFPLFVBQU0sNkJBQVcsd0NBQVUsR0FBRyxHQUFHLCtCQUErQjtBQUFBLEVBQ3pFLENBQUM7QUFDSCxDQUFDO0FBRUQsU0FBUyxnQ0FBZ0MsTUFBTTtBQUM3QyxLQUFHLDhDQUE4QyxNQUFNO0FBQ3JELFVBQU0sUUFBUSxDQUFDLG9CQUFvQixxQkFBcUIsU0FBUyxrQkFBa0IsRUFBRSxLQUFLLE1BQU07QUFDaEcsV0FBTyxVQUFNLHdDQUFpQixLQUFLLEdBQUcsTUFBTSxRQUFRLGFBQWEsRUFBRSxDQUFDO0FBQ3BFLFdBQU8sVUFBTSx3Q0FBaUIsT0FBTyxFQUFFLEdBQUcsdUNBQXVDO0FBQ2pGLFdBQU8sVUFBTSx3Q0FBaUIsRUFBRSxHQUFHLEVBQUU7QUFBQSxFQUN2QyxDQUFDO0FBRUQsS0FBRywrQ0FBK0MsTUFBTTtBQUN0RCxVQUFNLE9BQU8sTUFBTSxLQUFLLEVBQUUsUUFBUSxJQUFJLEdBQUcsQ0FBQyxHQUFHLE1BQU0sWUFBWSxDQUFDLEdBQUcsRUFBRSxLQUFLLEdBQUc7QUFDN0UsVUFBTSxRQUFJLHdDQUFpQixNQUFNLEdBQUc7QUFDcEMsV0FBTyxHQUFHLEVBQUUsVUFBVSxLQUFLLEdBQUcsRUFBRSxNQUFNLEVBQUU7QUFDeEMsV0FBTyxNQUFNLEdBQUcsa0JBQWtCO0FBQ2xDLFdBQU8sR0FBRyxFQUFFLFNBQVMsZUFBZSxDQUFDO0FBQUEsRUFDdkMsQ0FBQztBQUNILENBQUM7QUFFRCxTQUFTLGlCQUFpQixNQUFNO0FBQzlCLEtBQUcsZ0RBQWdELE1BQU07QUFDdkQsV0FBTyxVQUFNLHNDQUFpQixrQkFBa0IsT0FBTyxHQUFHLHNCQUFzQjtBQUNoRixXQUFPLFVBQU0sc0NBQWlCLHdCQUF3QixlQUFlLEdBQUcsbUNBQW1DO0FBQzNHLFdBQU8sVUFBTSxzQ0FBaUIsZ0JBQWdCLGVBQWUsR0FBRywyQkFBMkI7QUFDM0YsV0FBTyxVQUFNLHNDQUFpQixZQUFZLFlBQVksR0FBRyxvQkFBb0I7QUFDN0UsV0FBTyxVQUFNLHNDQUFpQixTQUFTLEtBQUssR0FBRyxPQUFPO0FBQUEsRUFDeEQsQ0FBQztBQUVELEtBQUcsOERBQThELE1BQU07QUFDckUsV0FBTyxVQUFNLHNDQUFpQixxQ0FBcUMsb0JBQW9CLEdBQUcseUNBQXlDO0FBQ25JLFVBQU0sU0FBUztBQUNmLFdBQU8sVUFBTSxzQ0FBaUIsUUFBUSxrRkFBa0YsR0FBRyxHQUFHLE1BQU0sMEJBQTBCO0FBQUEsRUFDaEssQ0FBQztBQUNILENBQUM7QUFFRCxTQUFTLGNBQWMsTUFBTTtBQUMzQixLQUFHLDBEQUEwRCxNQUFNO0FBQ2pFLFVBQU0sV0FBTyxzQ0FBbUIsMEJBQU8sNEJBQVM7QUFBQSxNQUM5QyxFQUFFLFFBQVEsR0FBRyxPQUFPLGNBQWMsT0FBTywyQkFBMkIsUUFBUSxRQUFRO0FBQUEsTUFDcEYsRUFBRSxRQUFRLEdBQUcsT0FBTyxxQkFBcUIsT0FBTyxpQkFBaUIsUUFBUSxXQUFXO0FBQUEsSUFDdEYsQ0FBQztBQUNELFdBQU8sR0FBRyxLQUFLLFdBQVc7QUFBQTtBQUFBLEdBQStCLDJCQUFRLE9BQU87QUFBQTtBQUFBO0FBQUE7QUFBQSxDQUFzQixDQUFDO0FBQy9GLFdBQU8sTUFBTSxNQUFNLDZIQUE2SDtBQUNoSixXQUFPLEdBQUcsS0FBSyxRQUFRLGlDQUFpQyxJQUFJLEtBQUssUUFBUSwwQkFBMEIsQ0FBQztBQUNwRyxXQUFPLE1BQU0sTUFBTSxrQkFBa0IsMkNBQTJDO0FBQ2hGLFdBQU8sR0FBRyxLQUFLLFNBQVMsNkJBQTZCLENBQUM7QUFBQSxFQUN4RCxDQUFDO0FBRUQsS0FBRyxtREFBbUQsTUFBTTtBQUMxRCxVQUFNLFdBQU8sc0NBQW1CLEVBQUUsR0FBRywwQkFBTyxPQUFPLHFCQUFNLEdBQUcsUUFBVyxDQUFDLEVBQUUsUUFBUSxHQUFHLE9BQU8sZ0JBQU0sT0FBTyxzQkFBTyxRQUFRLFFBQVEsQ0FBQyxDQUFDO0FBQ2xJLFdBQU8sR0FBRyxLQUFLLFdBQVcsOEZBQTJELENBQUM7QUFBQSxFQUN4RixDQUFDO0FBQ0gsQ0FBQzsiLAogICJuYW1lcyI6IFtdCn0K
