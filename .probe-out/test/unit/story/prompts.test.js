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
var import_chapterPrompts = require("../../../src/core/prompts/chapterPrompts");
var import_fallbackPrompts = require("../../../src/core/prompts/fallbackPrompts");
var import_structuredPrompts = require("../../../src/core/prompts/structuredPrompts");
var import_bibleMarkdown = require("../../../src/core/stages/bibleMarkdown");
var import_conceptMarkdown = require("../../../src/core/stages/conceptMarkdown");
var import_outlineMarkdown = require("../../../src/core/stages/outlineMarkdown");
var import_sampleStory = require("./sampleStory");
const FIRST_WORDS_PHRASE = /(\d{1,3}(?:,\d{3})+|\d+)(?:\s*(?:-|–|—|to)\s*\d[\d,]*)?[\s-]*words?\b/i;
const firstRequestedWords = (...texts) => {
  for (const t of texts) {
    const m = FIRST_WORDS_PHRASE.exec(t);
    if (m) return Number(m[1].replace(/,/g, ""));
  }
  return void 0;
};
const chapterInput = { brief: import_sampleStory.brief, bible: import_sampleStory.bible, outline: import_sampleStory.outline, chapterNumber: 2 };
describe("prompts: structured stages", () => {
  it("concept prompt carries the brief and its schema", () => {
    const p = (0, import_structuredPrompts.conceptPrompt)(import_sampleStory.brief);
    assert.equal(p.stage, "concept");
    for (const needle of ["melancholy but hopeful", "third person limited", "literary fiction", "adult readers", "English", import_sampleStory.brief.premise, '"The Lighthouse Keeper"']) {
      assert.ok(p.prompt.includes(needle), needle);
    }
    assert.equal(firstRequestedWords(p.systemInstruction, p.prompt), 3e3);
    assert.match(p.systemInstruction, /novelist/);
    const js = import_zod.z.toJSONSchema(p.schema);
    assert.ok(js.required.includes("logline"));
  });
  it("bible prompt includes the concept as the writer sees it", () => {
    const p = (0, import_structuredPrompts.biblePrompt)(import_sampleStory.brief, import_sampleStory.concept);
    assert.ok(p.prompt.includes((0, import_conceptMarkdown.renderConcept)(import_sampleStory.concept).trim()));
    assert.ok(p.prompt.includes("two to four characters"));
    assert.ok(import_zod.z.toJSONSchema(p.schema).required.includes("characters"));
  });
  it("outline prompt states the per-chapter length first and pins the count", () => {
    const p = (0, import_structuredPrompts.outlinePrompt)({ brief: import_sampleStory.brief, concept: import_sampleStory.concept, bible: import_sampleStory.bible, chapterCount: 2, wordsPerChapter: 1500 });
    assert.equal(firstRequestedWords(p.systemInstruction, p.prompt), 1500);
    assert.ok(p.prompt.includes("exactly 2 chapters"));
    assert.ok(p.prompt.includes((0, import_bibleMarkdown.renderBible)(import_sampleStory.bible).trim()));
    const js = import_zod.z.toJSONSchema(p.schema);
    assert.equal(js.properties.chapters.minItems, 2);
    assert.equal(js.properties.chapters.maxItems, 2);
  });
  it("writes in the brief's language while keeping the format keys in English", () => {
    const p = (0, import_structuredPrompts.conceptPrompt)({ ...import_sampleStory.brief, language: "Japanese" });
    assert.match(p.systemInstruction, /Write all story text in Japanese/);
    assert.match(p.systemInstruction, /JSON keys, Markdown headings and labels exactly as specified/);
  });
  it("says so when genre, tone or audience are left open", () => {
    const open = { title: "Open", pointOfView: "second", targetWords: 1e3, language: "English", premise: "P." };
    const p = (0, import_structuredPrompts.conceptPrompt)(open);
    assert.match(p.prompt, /Genre: not specified: choose the genre that best serves the premise/);
    assert.match(p.prompt, /Point of view: second person/);
  });
});
describe("prompts: chapters", () => {
  it("draft prompt: target length first, tone, POV, beats, previous ending", () => {
    const p = (0, import_chapterPrompts.draftChapterPrompt)({ ...chapterInput, previousSummary: "She put the bottle on the table." });
    assert.equal(p.stage, "draft");
    assert.equal(firstRequestedWords(p.systemInstruction, p.prompt), 1500);
    assert.ok(p.prompt.startsWith("Write about 1500 words: Chapter 2"));
    for (const needle of ["melancholy but hopeful", "third person limited", "through Mara", "The boat arrives early.", "She put the bottle on the table.", "final chapter", "Jonah Hale"]) {
      assert.ok(p.prompt.includes(needle), needle);
    }
    assert.match(p.systemInstruction, /no chapter heading/);
  });
  it(`draft prompt: the first "N words" is the chapter target even when the writer's text has others`, () => {
    const wordy = { ...import_sampleStory.brief, title: "Ten Thousand Words", premise: "A poet writes 500 words a day. She needs 90,000 words." };
    const p = (0, import_chapterPrompts.draftChapterPrompt)({ ...chapterInput, brief: wordy, chapterNumber: 1 });
    assert.equal(firstRequestedWords(p.systemInstruction, p.prompt), 1500);
    assert.ok(p.prompt.includes("opens the story"));
    assert.equal(p.prompt.includes("previous_chapter_ending"), false);
  });
  it("draft prompt excerpts a huge premise", () => {
    const huge = { ...import_sampleStory.brief, premise: "World note. ".repeat(1e5) };
    const p = (0, import_chapterPrompts.draftChapterPrompt)({ ...chapterInput, brief: huge });
    assert.ok(p.prompt.length < 3e4, `${p.prompt.length}`);
    assert.match(p.prompt, /rest of the writer's notes is omitted/);
  });
  it("continue prompt: words missing first, the text so far, no repetition", () => {
    const p = (0, import_chapterPrompts.continueChapterPrompt)({ ...chapterInput, textSoFar: "She dipped the pen and wrote: Dear Jonah, the", wordsMissing: 640 });
    assert.equal(p.variant, "continue");
    assert.equal(firstRequestedWords(p.systemInstruction, p.prompt), 640);
    assert.ok(p.prompt.includes("She dipped the pen and wrote: Dear Jonah, the"));
    assert.match(p.prompt, /Do not repeat/);
    assert.match(p.prompt, /mid-sentence: begin with the very next word/);
    const ended = (0, import_chapterPrompts.continueChapterPrompt)({ ...chapterInput, textSoFar: "She wrote.", wordsMissing: 100 });
    assert.match(ended.prompt, /Begin with the very next sentence/);
  });
  it("revision prompt: target first, the draft, the bible, \xB110%", () => {
    const draftProse = "Draft prose. ".repeat(100);
    const p = (0, import_chapterPrompts.reviseChapterPrompt)({ ...chapterInput, draftProse });
    assert.equal(p.stage, "revision");
    assert.equal(firstRequestedWords(p.systemInstruction, p.prompt), 1500);
    assert.ok(p.prompt.includes(draftProse.trim()));
    assert.ok(p.prompt.includes("the draft currently has 200 words"));
    assert.match(p.systemInstruction, /story bible/);
    assert.match(p.systemInstruction, /within ten percent/);
    assert.ok(p.prompt.includes("Spare and concrete, weather as mood."));
  });
  it("refuses a chapter the outline does not have", () => {
    assert.throws(() => (0, import_chapterPrompts.draftChapterPrompt)({ ...chapterInput, chapterNumber: 9 }), /no chapter 9 \(it has 1, 2\)/);
  });
});
describe("prompts: hashes", () => {
  it("are stable for the same inputs", () => {
    assert.equal((0, import_structuredPrompts.conceptPrompt)(import_sampleStory.brief).promptHash, (0, import_structuredPrompts.conceptPrompt)({ ...import_sampleStory.brief }).promptHash);
    assert.equal((0, import_chapterPrompts.draftChapterPrompt)(chapterInput).promptHash, (0, import_chapterPrompts.draftChapterPrompt)({ ...chapterInput }).promptHash);
    assert.match((0, import_structuredPrompts.conceptPrompt)(import_sampleStory.brief).promptHash, /^[0-9a-f]{16}$/);
  });
  it("change when any input changes", () => {
    const base = (0, import_chapterPrompts.draftChapterPrompt)(chapterInput).promptHash;
    const variants = [
      (0, import_chapterPrompts.draftChapterPrompt)({ ...chapterInput, brief: { ...import_sampleStory.brief, tone: "bleak" } }),
      (0, import_chapterPrompts.draftChapterPrompt)({ ...chapterInput, bible: { ...import_sampleStory.bible, rules: [...import_sampleStory.bible.rules, "New rule."] } }),
      (0, import_chapterPrompts.draftChapterPrompt)({ ...chapterInput, outline: { chapters: import_sampleStory.outline.chapters.map((c) => ({ ...c, targetWords: 1600 })) } }),
      (0, import_chapterPrompts.draftChapterPrompt)({ ...chapterInput, previousSummary: "Earlier." }),
      (0, import_chapterPrompts.draftChapterPrompt)({ ...chapterInput, chapterNumber: 1 })
    ].map((p) => p.promptHash);
    assert.equal((/* @__PURE__ */ new Set([base, ...variants])).size, variants.length + 1);
    assert.notEqual((0, import_structuredPrompts.outlinePrompt)({ brief: import_sampleStory.brief, concept: import_sampleStory.concept, bible: import_sampleStory.bible, chapterCount: 2, wordsPerChapter: 1500 }).promptHash, (0, import_structuredPrompts.outlinePrompt)({ brief: import_sampleStory.brief, concept: import_sampleStory.concept, bible: import_sampleStory.bible, chapterCount: 3, wordsPerChapter: 1500 }).promptHash);
  });
  it("differ between a stage's main and fallback prompts", () => {
    assert.notEqual((0, import_structuredPrompts.conceptPrompt)(import_sampleStory.brief).promptHash, (0, import_fallbackPrompts.conceptFallbackPrompt)(import_sampleStory.brief).promptHash);
  });
});
describe("prompts: fallbacks", () => {
  it("concept fallback reads a Markdown reply, even fenced, and fills the title", () => {
    const p = (0, import_fallbackPrompts.conceptFallbackPrompt)(import_sampleStory.brief);
    assert.equal(p.variant, "fallback");
    assert.match(p.prompt, /## Logline/);
    const reply = "```markdown\n" + (0, import_conceptMarkdown.renderConcept)({ ...import_sampleStory.concept, title: "" }) + "```";
    const parsed = p.parseReply(reply);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.value, import_sampleStory.concept);
  });
  it("refuses a reply that copied the template", () => {
    const p = (0, import_fallbackPrompts.conceptFallbackPrompt)(import_sampleStory.brief);
    const copied = p.parseReply((0, import_conceptMarkdown.renderConcept)(import_sampleStory.concept).replace(import_sampleStory.concept.hook, "[What grips the reader on page one.]"));
    assert.ok(!copied.ok);
    assert.match(copied.problems[0].message, /still contains the template placeholder \[What grips/);
  });
  it("bible fallback reads its reply", () => {
    const parsed = (0, import_fallbackPrompts.bibleFallbackPrompt)(import_sampleStory.brief, import_sampleStory.concept).parseReply((0, import_bibleMarkdown.renderBible)(import_sampleStory.bible));
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.value, import_sampleStory.bible);
  });
  it("outline fallback checks the chapter count and fills target words", () => {
    const p = (0, import_fallbackPrompts.outlineFallbackPrompt)({ brief: import_sampleStory.brief, concept: import_sampleStory.concept, bible: import_sampleStory.bible, chapterCount: 2, wordsPerChapter: 1500 });
    assert.equal(firstRequestedWords(p.systemInstruction, p.prompt), 1500);
    const noTargets = (0, import_outlineMarkdown.renderOutline)(import_sampleStory.outline).replace(/\*\*Target words:\*\* 1500\n\n/g, "");
    const parsed = p.parseReply(noTargets);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.value, import_sampleStory.outline);
    const short = p.parseReply((0, import_outlineMarkdown.renderOutline)({ chapters: import_sampleStory.outline.chapters.slice(0, 1) }));
    assert.ok(!short.ok);
    assert.match(short.problems[0].message, /expected 2 chapters, found 1/);
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC91bml0L3N0b3J5L3Byb21wdHMudGVzdC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0ICogYXMgYXNzZXJ0IGZyb20gJ25vZGU6YXNzZXJ0L3N0cmljdCc7XG5pbXBvcnQgeyB6IH0gZnJvbSAnem9kJztcbmltcG9ydCB7IGNvbnRpbnVlQ2hhcHRlclByb21wdCwgZHJhZnRDaGFwdGVyUHJvbXB0LCByZXZpc2VDaGFwdGVyUHJvbXB0IH0gZnJvbSAnLi4vLi4vLi4vc3JjL2NvcmUvcHJvbXB0cy9jaGFwdGVyUHJvbXB0cyc7XG5pbXBvcnQgeyBiaWJsZUZhbGxiYWNrUHJvbXB0LCBjb25jZXB0RmFsbGJhY2tQcm9tcHQsIG91dGxpbmVGYWxsYmFja1Byb21wdCB9IGZyb20gJy4uLy4uLy4uL3NyYy9jb3JlL3Byb21wdHMvZmFsbGJhY2tQcm9tcHRzJztcbmltcG9ydCB7IGJpYmxlUHJvbXB0LCBjb25jZXB0UHJvbXB0LCBvdXRsaW5lUHJvbXB0IH0gZnJvbSAnLi4vLi4vLi4vc3JjL2NvcmUvcHJvbXB0cy9zdHJ1Y3R1cmVkUHJvbXB0cyc7XG5pbXBvcnQgeyByZW5kZXJCaWJsZSB9IGZyb20gJy4uLy4uLy4uL3NyYy9jb3JlL3N0YWdlcy9iaWJsZU1hcmtkb3duJztcbmltcG9ydCB7IHJlbmRlckNvbmNlcHQgfSBmcm9tICcuLi8uLi8uLi9zcmMvY29yZS9zdGFnZXMvY29uY2VwdE1hcmtkb3duJztcbmltcG9ydCB7IHJlbmRlck91dGxpbmUgfSBmcm9tICcuLi8uLi8uLi9zcmMvY29yZS9zdGFnZXMvb3V0bGluZU1hcmtkb3duJztcbmltcG9ydCB0eXBlIHsgQnJpZWYgfSBmcm9tICcuLi8uLi8uLi9zcmMvY29yZS9zdG9yeS9icmllZic7XG5pbXBvcnQgeyBiaWJsZSwgYnJpZWYsIGNvbmNlcHQsIG91dGxpbmUgfSBmcm9tICcuL3NhbXBsZVN0b3J5JztcblxuLyoqIFRoZSBsZW5ndGgtcmVhZGluZyBydWxlIG9mIHRoZSBHZW1pbmktcHJvdG9jb2wgdGVzdCBzZXJ2ZXI6IHRoZSBmaXJzdCBcIk4gd29yZHNcIiBwaHJhc2UuICovXG5jb25zdCBGSVJTVF9XT1JEU19QSFJBU0UgPSAvKFxcZHsxLDN9KD86LFxcZHszfSkrfFxcZCspKD86XFxzKig/Oi18XHUyMDEzfFx1MjAxNHx0bylcXHMqXFxkW1xcZCxdKik/W1xccy1dKndvcmRzP1xcYi9pO1xuY29uc3QgZmlyc3RSZXF1ZXN0ZWRXb3JkcyA9ICguLi50ZXh0czogc3RyaW5nW10pID0+IHtcbiAgZm9yIChjb25zdCB0IG9mIHRleHRzKSB7XG4gICAgY29uc3QgbSA9IEZJUlNUX1dPUkRTX1BIUkFTRS5leGVjKHQpO1xuICAgIGlmIChtKSByZXR1cm4gTnVtYmVyKG1bMV0hLnJlcGxhY2UoLywvZywgJycpKTtcbiAgfVxuICByZXR1cm4gdW5kZWZpbmVkO1xufTtcblxuY29uc3QgY2hhcHRlcklucHV0ID0geyBicmllZiwgYmlibGUsIG91dGxpbmUsIGNoYXB0ZXJOdW1iZXI6IDIgfSBhcyBjb25zdDtcblxuZGVzY3JpYmUoJ3Byb21wdHM6IHN0cnVjdHVyZWQgc3RhZ2VzJywgKCkgPT4ge1xuICBpdCgnY29uY2VwdCBwcm9tcHQgY2FycmllcyB0aGUgYnJpZWYgYW5kIGl0cyBzY2hlbWEnLCAoKSA9PiB7XG4gICAgY29uc3QgcCA9IGNvbmNlcHRQcm9tcHQoYnJpZWYpO1xuICAgIGFzc2VydC5lcXVhbChwLnN0YWdlLCAnY29uY2VwdCcpO1xuICAgIGZvciAoY29uc3QgbmVlZGxlIG9mIFsnbWVsYW5jaG9seSBidXQgaG9wZWZ1bCcsICd0aGlyZCBwZXJzb24gbGltaXRlZCcsICdsaXRlcmFyeSBmaWN0aW9uJywgJ2FkdWx0IHJlYWRlcnMnLCAnRW5nbGlzaCcsIGJyaWVmLnByZW1pc2UsICdcIlRoZSBMaWdodGhvdXNlIEtlZXBlclwiJ10pIHtcbiAgICAgIGFzc2VydC5vayhwLnByb21wdC5pbmNsdWRlcyhuZWVkbGUpLCBuZWVkbGUpO1xuICAgIH1cbiAgICBhc3NlcnQuZXF1YWwoZmlyc3RSZXF1ZXN0ZWRXb3JkcyhwLnN5c3RlbUluc3RydWN0aW9uLCBwLnByb21wdCksIDMwMDApO1xuICAgIGFzc2VydC5tYXRjaChwLnN5c3RlbUluc3RydWN0aW9uLCAvbm92ZWxpc3QvKTtcbiAgICBjb25zdCBqcyA9IHoudG9KU09OU2NoZW1hKHAuc2NoZW1hKSBhcyB7IHJlcXVpcmVkOiBzdHJpbmdbXSB9O1xuICAgIGFzc2VydC5vayhqcy5yZXF1aXJlZC5pbmNsdWRlcygnbG9nbGluZScpKTtcbiAgfSk7XG5cbiAgaXQoJ2JpYmxlIHByb21wdCBpbmNsdWRlcyB0aGUgY29uY2VwdCBhcyB0aGUgd3JpdGVyIHNlZXMgaXQnLCAoKSA9PiB7XG4gICAgY29uc3QgcCA9IGJpYmxlUHJvbXB0KGJyaWVmLCBjb25jZXB0KTtcbiAgICBhc3NlcnQub2socC5wcm9tcHQuaW5jbHVkZXMocmVuZGVyQ29uY2VwdChjb25jZXB0KS50cmltKCkpKTtcbiAgICBhc3NlcnQub2socC5wcm9tcHQuaW5jbHVkZXMoJ3R3byB0byBmb3VyIGNoYXJhY3RlcnMnKSk7XG4gICAgYXNzZXJ0Lm9rKCh6LnRvSlNPTlNjaGVtYShwLnNjaGVtYSkgYXMgeyByZXF1aXJlZDogc3RyaW5nW10gfSkucmVxdWlyZWQuaW5jbHVkZXMoJ2NoYXJhY3RlcnMnKSk7XG4gIH0pO1xuXG4gIGl0KCdvdXRsaW5lIHByb21wdCBzdGF0ZXMgdGhlIHBlci1jaGFwdGVyIGxlbmd0aCBmaXJzdCBhbmQgcGlucyB0aGUgY291bnQnLCAoKSA9PiB7XG4gICAgY29uc3QgcCA9IG91dGxpbmVQcm9tcHQoeyBicmllZiwgY29uY2VwdCwgYmlibGUsIGNoYXB0ZXJDb3VudDogMiwgd29yZHNQZXJDaGFwdGVyOiAxNTAwIH0pO1xuICAgIGFzc2VydC5lcXVhbChmaXJzdFJlcXVlc3RlZFdvcmRzKHAuc3lzdGVtSW5zdHJ1Y3Rpb24sIHAucHJvbXB0KSwgMTUwMCk7XG4gICAgYXNzZXJ0Lm9rKHAucHJvbXB0LmluY2x1ZGVzKCdleGFjdGx5IDIgY2hhcHRlcnMnKSk7XG4gICAgYXNzZXJ0Lm9rKHAucHJvbXB0LmluY2x1ZGVzKHJlbmRlckJpYmxlKGJpYmxlKS50cmltKCkpKTtcbiAgICBjb25zdCBqcyA9IHoudG9KU09OU2NoZW1hKHAuc2NoZW1hKSBhcyB1bmtub3duIGFzIHsgcHJvcGVydGllczogeyBjaGFwdGVyczogeyBtaW5JdGVtczogbnVtYmVyOyBtYXhJdGVtczogbnVtYmVyIH0gfSB9O1xuICAgIGFzc2VydC5lcXVhbChqcy5wcm9wZXJ0aWVzLmNoYXB0ZXJzLm1pbkl0ZW1zLCAyKTtcbiAgICBhc3NlcnQuZXF1YWwoanMucHJvcGVydGllcy5jaGFwdGVycy5tYXhJdGVtcywgMik7XG4gIH0pO1xuXG4gIGl0KCd3cml0ZXMgaW4gdGhlIGJyaWVmXFwncyBsYW5ndWFnZSB3aGlsZSBrZWVwaW5nIHRoZSBmb3JtYXQga2V5cyBpbiBFbmdsaXNoJywgKCkgPT4ge1xuICAgIGNvbnN0IHAgPSBjb25jZXB0UHJvbXB0KHsgLi4uYnJpZWYsIGxhbmd1YWdlOiAnSmFwYW5lc2UnIH0pO1xuICAgIGFzc2VydC5tYXRjaChwLnN5c3RlbUluc3RydWN0aW9uLCAvV3JpdGUgYWxsIHN0b3J5IHRleHQgaW4gSmFwYW5lc2UvKTtcbiAgICBhc3NlcnQubWF0Y2gocC5zeXN0ZW1JbnN0cnVjdGlvbiwgL0pTT04ga2V5cywgTWFya2Rvd24gaGVhZGluZ3MgYW5kIGxhYmVscyBleGFjdGx5IGFzIHNwZWNpZmllZC8pO1xuICB9KTtcblxuICBpdCgnc2F5cyBzbyB3aGVuIGdlbnJlLCB0b25lIG9yIGF1ZGllbmNlIGFyZSBsZWZ0IG9wZW4nLCAoKSA9PiB7XG4gICAgY29uc3Qgb3BlbjogQnJpZWYgPSB7IHRpdGxlOiAnT3BlbicsIHBvaW50T2ZWaWV3OiAnc2Vjb25kJywgdGFyZ2V0V29yZHM6IDEwMDAsIGxhbmd1YWdlOiAnRW5nbGlzaCcsIHByZW1pc2U6ICdQLicgfTtcbiAgICBjb25zdCBwID0gY29uY2VwdFByb21wdChvcGVuKTtcbiAgICBhc3NlcnQubWF0Y2gocC5wcm9tcHQsIC9HZW5yZTogbm90IHNwZWNpZmllZDogY2hvb3NlIHRoZSBnZW5yZSB0aGF0IGJlc3Qgc2VydmVzIHRoZSBwcmVtaXNlLyk7XG4gICAgYXNzZXJ0Lm1hdGNoKHAucHJvbXB0LCAvUG9pbnQgb2Ygdmlldzogc2Vjb25kIHBlcnNvbi8pO1xuICB9KTtcbn0pO1xuXG5kZXNjcmliZSgncHJvbXB0czogY2hhcHRlcnMnLCAoKSA9PiB7XG4gIGl0KCdkcmFmdCBwcm9tcHQ6IHRhcmdldCBsZW5ndGggZmlyc3QsIHRvbmUsIFBPViwgYmVhdHMsIHByZXZpb3VzIGVuZGluZycsICgpID0+IHtcbiAgICBjb25zdCBwID0gZHJhZnRDaGFwdGVyUHJvbXB0KHsgLi4uY2hhcHRlcklucHV0LCBwcmV2aW91c1N1bW1hcnk6ICdTaGUgcHV0IHRoZSBib3R0bGUgb24gdGhlIHRhYmxlLicgfSk7XG4gICAgYXNzZXJ0LmVxdWFsKHAuc3RhZ2UsICdkcmFmdCcpO1xuICAgIGFzc2VydC5lcXVhbChmaXJzdFJlcXVlc3RlZFdvcmRzKHAuc3lzdGVtSW5zdHJ1Y3Rpb24sIHAucHJvbXB0KSwgMTUwMCk7XG4gICAgYXNzZXJ0Lm9rKHAucHJvbXB0LnN0YXJ0c1dpdGgoJ1dyaXRlIGFib3V0IDE1MDAgd29yZHM6IENoYXB0ZXIgMicpKTtcbiAgICBmb3IgKGNvbnN0IG5lZWRsZSBvZiBbJ21lbGFuY2hvbHkgYnV0IGhvcGVmdWwnLCAndGhpcmQgcGVyc29uIGxpbWl0ZWQnLCAndGhyb3VnaCBNYXJhJywgJ1RoZSBib2F0IGFycml2ZXMgZWFybHkuJywgJ1NoZSBwdXQgdGhlIGJvdHRsZSBvbiB0aGUgdGFibGUuJywgJ2ZpbmFsIGNoYXB0ZXInLCAnSm9uYWggSGFsZSddKSB7XG4gICAgICBhc3NlcnQub2socC5wcm9tcHQuaW5jbHVkZXMobmVlZGxlKSwgbmVlZGxlKTtcbiAgICB9XG4gICAgYXNzZXJ0Lm1hdGNoKHAuc3lzdGVtSW5zdHJ1Y3Rpb24sIC9ubyBjaGFwdGVyIGhlYWRpbmcvKTtcbiAgfSk7XG5cbiAgaXQoJ2RyYWZ0IHByb21wdDogdGhlIGZpcnN0IFwiTiB3b3Jkc1wiIGlzIHRoZSBjaGFwdGVyIHRhcmdldCBldmVuIHdoZW4gdGhlIHdyaXRlclxcJ3MgdGV4dCBoYXMgb3RoZXJzJywgKCkgPT4ge1xuICAgIGNvbnN0IHdvcmR5OiBCcmllZiA9IHsgLi4uYnJpZWYsIHRpdGxlOiAnVGVuIFRob3VzYW5kIFdvcmRzJywgcHJlbWlzZTogJ0EgcG9ldCB3cml0ZXMgNTAwIHdvcmRzIGEgZGF5LiBTaGUgbmVlZHMgOTAsMDAwIHdvcmRzLicgfTtcbiAgICBjb25zdCBwID0gZHJhZnRDaGFwdGVyUHJvbXB0KHsgLi4uY2hhcHRlcklucHV0LCBicmllZjogd29yZHksIGNoYXB0ZXJOdW1iZXI6IDEgfSk7XG4gICAgYXNzZXJ0LmVxdWFsKGZpcnN0UmVxdWVzdGVkV29yZHMocC5zeXN0ZW1JbnN0cnVjdGlvbiwgcC5wcm9tcHQpLCAxNTAwKTtcbiAgICBhc3NlcnQub2socC5wcm9tcHQuaW5jbHVkZXMoJ29wZW5zIHRoZSBzdG9yeScpKTtcbiAgICBhc3NlcnQuZXF1YWwocC5wcm9tcHQuaW5jbHVkZXMoJ3ByZXZpb3VzX2NoYXB0ZXJfZW5kaW5nJyksIGZhbHNlKTtcbiAgfSk7XG5cbiAgaXQoJ2RyYWZ0IHByb21wdCBleGNlcnB0cyBhIGh1Z2UgcHJlbWlzZScsICgpID0+IHtcbiAgICBjb25zdCBodWdlOiBCcmllZiA9IHsgLi4uYnJpZWYsIHByZW1pc2U6ICdXb3JsZCBub3RlLiAnLnJlcGVhdCgxMDBfMDAwKSB9O1xuICAgIGNvbnN0IHAgPSBkcmFmdENoYXB0ZXJQcm9tcHQoeyAuLi5jaGFwdGVySW5wdXQsIGJyaWVmOiBodWdlIH0pO1xuICAgIGFzc2VydC5vayhwLnByb21wdC5sZW5ndGggPCAzMF8wMDAsIGAke3AucHJvbXB0Lmxlbmd0aH1gKTtcbiAgICBhc3NlcnQubWF0Y2gocC5wcm9tcHQsIC9yZXN0IG9mIHRoZSB3cml0ZXIncyBub3RlcyBpcyBvbWl0dGVkLyk7XG4gIH0pO1xuXG4gIGl0KCdjb250aW51ZSBwcm9tcHQ6IHdvcmRzIG1pc3NpbmcgZmlyc3QsIHRoZSB0ZXh0IHNvIGZhciwgbm8gcmVwZXRpdGlvbicsICgpID0+IHtcbiAgICBjb25zdCBwID0gY29udGludWVDaGFwdGVyUHJvbXB0KHsgLi4uY2hhcHRlcklucHV0LCB0ZXh0U29GYXI6ICdTaGUgZGlwcGVkIHRoZSBwZW4gYW5kIHdyb3RlOiBEZWFyIEpvbmFoLCB0aGUnLCB3b3Jkc01pc3Npbmc6IDY0MCB9KTtcbiAgICBhc3NlcnQuZXF1YWwocC52YXJpYW50LCAnY29udGludWUnKTtcbiAgICBhc3NlcnQuZXF1YWwoZmlyc3RSZXF1ZXN0ZWRXb3JkcyhwLnN5c3RlbUluc3RydWN0aW9uLCBwLnByb21wdCksIDY0MCk7XG4gICAgYXNzZXJ0Lm9rKHAucHJvbXB0LmluY2x1ZGVzKCdTaGUgZGlwcGVkIHRoZSBwZW4gYW5kIHdyb3RlOiBEZWFyIEpvbmFoLCB0aGUnKSk7XG4gICAgYXNzZXJ0Lm1hdGNoKHAucHJvbXB0LCAvRG8gbm90IHJlcGVhdC8pO1xuICAgIGFzc2VydC5tYXRjaChwLnByb21wdCwgL21pZC1zZW50ZW5jZTogYmVnaW4gd2l0aCB0aGUgdmVyeSBuZXh0IHdvcmQvKTtcbiAgICBjb25zdCBlbmRlZCA9IGNvbnRpbnVlQ2hhcHRlclByb21wdCh7IC4uLmNoYXB0ZXJJbnB1dCwgdGV4dFNvRmFyOiAnU2hlIHdyb3RlLicsIHdvcmRzTWlzc2luZzogMTAwIH0pO1xuICAgIGFzc2VydC5tYXRjaChlbmRlZC5wcm9tcHQsIC9CZWdpbiB3aXRoIHRoZSB2ZXJ5IG5leHQgc2VudGVuY2UvKTtcbiAgfSk7XG5cbiAgaXQoJ3JldmlzaW9uIHByb21wdDogdGFyZ2V0IGZpcnN0LCB0aGUgZHJhZnQsIHRoZSBiaWJsZSwgXHUwMEIxMTAlJywgKCkgPT4ge1xuICAgIGNvbnN0IGRyYWZ0UHJvc2UgPSAnRHJhZnQgcHJvc2UuICcucmVwZWF0KDEwMCk7XG4gICAgY29uc3QgcCA9IHJldmlzZUNoYXB0ZXJQcm9tcHQoeyAuLi5jaGFwdGVySW5wdXQsIGRyYWZ0UHJvc2UgfSk7XG4gICAgYXNzZXJ0LmVxdWFsKHAuc3RhZ2UsICdyZXZpc2lvbicpO1xuICAgIGFzc2VydC5lcXVhbChmaXJzdFJlcXVlc3RlZFdvcmRzKHAuc3lzdGVtSW5zdHJ1Y3Rpb24sIHAucHJvbXB0KSwgMTUwMCk7XG4gICAgYXNzZXJ0Lm9rKHAucHJvbXB0LmluY2x1ZGVzKGRyYWZ0UHJvc2UudHJpbSgpKSk7XG4gICAgYXNzZXJ0Lm9rKHAucHJvbXB0LmluY2x1ZGVzKCd0aGUgZHJhZnQgY3VycmVudGx5IGhhcyAyMDAgd29yZHMnKSk7XG4gICAgYXNzZXJ0Lm1hdGNoKHAuc3lzdGVtSW5zdHJ1Y3Rpb24sIC9zdG9yeSBiaWJsZS8pO1xuICAgIGFzc2VydC5tYXRjaChwLnN5c3RlbUluc3RydWN0aW9uLCAvd2l0aGluIHRlbiBwZXJjZW50Lyk7XG4gICAgYXNzZXJ0Lm9rKHAucHJvbXB0LmluY2x1ZGVzKCdTcGFyZSBhbmQgY29uY3JldGUsIHdlYXRoZXIgYXMgbW9vZC4nKSk7XG4gIH0pO1xuXG4gIGl0KCdyZWZ1c2VzIGEgY2hhcHRlciB0aGUgb3V0bGluZSBkb2VzIG5vdCBoYXZlJywgKCkgPT4ge1xuICAgIGFzc2VydC50aHJvd3MoKCkgPT4gZHJhZnRDaGFwdGVyUHJvbXB0KHsgLi4uY2hhcHRlcklucHV0LCBjaGFwdGVyTnVtYmVyOiA5IH0pLCAvbm8gY2hhcHRlciA5IFxcKGl0IGhhcyAxLCAyXFwpLyk7XG4gIH0pO1xufSk7XG5cbmRlc2NyaWJlKCdwcm9tcHRzOiBoYXNoZXMnLCAoKSA9PiB7XG4gIGl0KCdhcmUgc3RhYmxlIGZvciB0aGUgc2FtZSBpbnB1dHMnLCAoKSA9PiB7XG4gICAgYXNzZXJ0LmVxdWFsKGNvbmNlcHRQcm9tcHQoYnJpZWYpLnByb21wdEhhc2gsIGNvbmNlcHRQcm9tcHQoeyAuLi5icmllZiB9KS5wcm9tcHRIYXNoKTtcbiAgICBhc3NlcnQuZXF1YWwoZHJhZnRDaGFwdGVyUHJvbXB0KGNoYXB0ZXJJbnB1dCkucHJvbXB0SGFzaCwgZHJhZnRDaGFwdGVyUHJvbXB0KHsgLi4uY2hhcHRlcklucHV0IH0pLnByb21wdEhhc2gpO1xuICAgIGFzc2VydC5tYXRjaChjb25jZXB0UHJvbXB0KGJyaWVmKS5wcm9tcHRIYXNoLCAvXlswLTlhLWZdezE2fSQvKTtcbiAgfSk7XG5cbiAgaXQoJ2NoYW5nZSB3aGVuIGFueSBpbnB1dCBjaGFuZ2VzJywgKCkgPT4ge1xuICAgIGNvbnN0IGJhc2UgPSBkcmFmdENoYXB0ZXJQcm9tcHQoY2hhcHRlcklucHV0KS5wcm9tcHRIYXNoO1xuICAgIGNvbnN0IHZhcmlhbnRzID0gW1xuICAgICAgZHJhZnRDaGFwdGVyUHJvbXB0KHsgLi4uY2hhcHRlcklucHV0LCBicmllZjogeyAuLi5icmllZiwgdG9uZTogJ2JsZWFrJyB9IH0pLFxuICAgICAgZHJhZnRDaGFwdGVyUHJvbXB0KHsgLi4uY2hhcHRlcklucHV0LCBiaWJsZTogeyAuLi5iaWJsZSwgcnVsZXM6IFsuLi5iaWJsZS5ydWxlcywgJ05ldyBydWxlLiddIH0gfSksXG4gICAgICBkcmFmdENoYXB0ZXJQcm9tcHQoeyAuLi5jaGFwdGVySW5wdXQsIG91dGxpbmU6IHsgY2hhcHRlcnM6IG91dGxpbmUuY2hhcHRlcnMubWFwKChjKSA9PiAoeyAuLi5jLCB0YXJnZXRXb3JkczogMTYwMCB9KSkgfSB9KSxcbiAgICAgIGRyYWZ0Q2hhcHRlclByb21wdCh7IC4uLmNoYXB0ZXJJbnB1dCwgcHJldmlvdXNTdW1tYXJ5OiAnRWFybGllci4nIH0pLFxuICAgICAgZHJhZnRDaGFwdGVyUHJvbXB0KHsgLi4uY2hhcHRlcklucHV0LCBjaGFwdGVyTnVtYmVyOiAxIH0pLFxuICAgIF0ubWFwKChwKSA9PiBwLnByb21wdEhhc2gpO1xuICAgIGFzc2VydC5lcXVhbChuZXcgU2V0KFtiYXNlLCAuLi52YXJpYW50c10pLnNpemUsIHZhcmlhbnRzLmxlbmd0aCArIDEpO1xuICAgIGFzc2VydC5ub3RFcXVhbChvdXRsaW5lUHJvbXB0KHsgYnJpZWYsIGNvbmNlcHQsIGJpYmxlLCBjaGFwdGVyQ291bnQ6IDIsIHdvcmRzUGVyQ2hhcHRlcjogMTUwMCB9KS5wcm9tcHRIYXNoLCBvdXRsaW5lUHJvbXB0KHsgYnJpZWYsIGNvbmNlcHQsIGJpYmxlLCBjaGFwdGVyQ291bnQ6IDMsIHdvcmRzUGVyQ2hhcHRlcjogMTUwMCB9KS5wcm9tcHRIYXNoKTtcbiAgfSk7XG5cbiAgaXQoJ2RpZmZlciBiZXR3ZWVuIGEgc3RhZ2VcXCdzIG1haW4gYW5kIGZhbGxiYWNrIHByb21wdHMnLCAoKSA9PiB7XG4gICAgYXNzZXJ0Lm5vdEVxdWFsKGNvbmNlcHRQcm9tcHQoYnJpZWYpLnByb21wdEhhc2gsIGNvbmNlcHRGYWxsYmFja1Byb21wdChicmllZikucHJvbXB0SGFzaCk7XG4gIH0pO1xufSk7XG5cbmRlc2NyaWJlKCdwcm9tcHRzOiBmYWxsYmFja3MnLCAoKSA9PiB7XG4gIGl0KCdjb25jZXB0IGZhbGxiYWNrIHJlYWRzIGEgTWFya2Rvd24gcmVwbHksIGV2ZW4gZmVuY2VkLCBhbmQgZmlsbHMgdGhlIHRpdGxlJywgKCkgPT4ge1xuICAgIGNvbnN0IHAgPSBjb25jZXB0RmFsbGJhY2tQcm9tcHQoYnJpZWYpO1xuICAgIGFzc2VydC5lcXVhbChwLnZhcmlhbnQsICdmYWxsYmFjaycpO1xuICAgIGFzc2VydC5tYXRjaChwLnByb21wdCwgLyMjIExvZ2xpbmUvKTtcbiAgICBjb25zdCByZXBseSA9ICdgYGBtYXJrZG93blxcbicgKyByZW5kZXJDb25jZXB0KHsgLi4uY29uY2VwdCwgdGl0bGU6ICcnIH0pICsgJ2BgYCc7XG4gICAgY29uc3QgcGFyc2VkID0gcC5wYXJzZVJlcGx5KHJlcGx5KTtcbiAgICBhc3NlcnQub2socGFyc2VkLm9rKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKHBhcnNlZC52YWx1ZSwgY29uY2VwdCk7XG4gIH0pO1xuXG4gIGl0KCdyZWZ1c2VzIGEgcmVwbHkgdGhhdCBjb3BpZWQgdGhlIHRlbXBsYXRlJywgKCkgPT4ge1xuICAgIGNvbnN0IHAgPSBjb25jZXB0RmFsbGJhY2tQcm9tcHQoYnJpZWYpO1xuICAgIGNvbnN0IGNvcGllZCA9IHAucGFyc2VSZXBseShyZW5kZXJDb25jZXB0KGNvbmNlcHQpLnJlcGxhY2UoY29uY2VwdC5ob29rLCAnW1doYXQgZ3JpcHMgdGhlIHJlYWRlciBvbiBwYWdlIG9uZS5dJykpO1xuICAgIGFzc2VydC5vayghY29waWVkLm9rKTtcbiAgICBhc3NlcnQubWF0Y2goY29waWVkLnByb2JsZW1zWzBdIS5tZXNzYWdlLCAvc3RpbGwgY29udGFpbnMgdGhlIHRlbXBsYXRlIHBsYWNlaG9sZGVyIFxcW1doYXQgZ3JpcHMvKTtcbiAgfSk7XG5cbiAgaXQoJ2JpYmxlIGZhbGxiYWNrIHJlYWRzIGl0cyByZXBseScsICgpID0+IHtcbiAgICBjb25zdCBwYXJzZWQgPSBiaWJsZUZhbGxiYWNrUHJvbXB0KGJyaWVmLCBjb25jZXB0KS5wYXJzZVJlcGx5KHJlbmRlckJpYmxlKGJpYmxlKSk7XG4gICAgYXNzZXJ0Lm9rKHBhcnNlZC5vayk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChwYXJzZWQudmFsdWUsIGJpYmxlKTtcbiAgfSk7XG5cbiAgaXQoJ291dGxpbmUgZmFsbGJhY2sgY2hlY2tzIHRoZSBjaGFwdGVyIGNvdW50IGFuZCBmaWxscyB0YXJnZXQgd29yZHMnLCAoKSA9PiB7XG4gICAgY29uc3QgcCA9IG91dGxpbmVGYWxsYmFja1Byb21wdCh7IGJyaWVmLCBjb25jZXB0LCBiaWJsZSwgY2hhcHRlckNvdW50OiAyLCB3b3Jkc1BlckNoYXB0ZXI6IDE1MDAgfSk7XG4gICAgYXNzZXJ0LmVxdWFsKGZpcnN0UmVxdWVzdGVkV29yZHMocC5zeXN0ZW1JbnN0cnVjdGlvbiwgcC5wcm9tcHQpLCAxNTAwKTtcbiAgICBjb25zdCBub1RhcmdldHMgPSByZW5kZXJPdXRsaW5lKG91dGxpbmUpLnJlcGxhY2UoL1xcKlxcKlRhcmdldCB3b3JkczpcXCpcXCogMTUwMFxcblxcbi9nLCAnJyk7XG4gICAgY29uc3QgcGFyc2VkID0gcC5wYXJzZVJlcGx5KG5vVGFyZ2V0cyk7XG4gICAgYXNzZXJ0Lm9rKHBhcnNlZC5vayk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChwYXJzZWQudmFsdWUsIG91dGxpbmUpO1xuICAgIGNvbnN0IHNob3J0ID0gcC5wYXJzZVJlcGx5KHJlbmRlck91dGxpbmUoeyBjaGFwdGVyczogb3V0bGluZS5jaGFwdGVycy5zbGljZSgwLCAxKSB9KSk7XG4gICAgYXNzZXJ0Lm9rKCFzaG9ydC5vayk7XG4gICAgYXNzZXJ0Lm1hdGNoKHNob3J0LnByb2JsZW1zWzBdIS5tZXNzYWdlLCAvZXhwZWN0ZWQgMiBjaGFwdGVycywgZm91bmQgMS8pO1xuICB9KTtcbn0pO1xuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQSxhQUF3QjtBQUN4QixpQkFBa0I7QUFDbEIsNEJBQStFO0FBQy9FLDZCQUFrRjtBQUNsRiwrQkFBMEQ7QUFDMUQsMkJBQTRCO0FBQzVCLDZCQUE4QjtBQUM5Qiw2QkFBOEI7QUFFOUIseUJBQStDO0FBRy9DLE1BQU0scUJBQXFCO0FBQzNCLE1BQU0sc0JBQXNCLElBQUksVUFBb0I7QUFDbEQsYUFBVyxLQUFLLE9BQU87QUFDckIsVUFBTSxJQUFJLG1CQUFtQixLQUFLLENBQUM7QUFDbkMsUUFBSSxFQUFHLFFBQU8sT0FBTyxFQUFFLENBQUMsRUFBRyxRQUFRLE1BQU0sRUFBRSxDQUFDO0FBQUEsRUFDOUM7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxNQUFNLGVBQWUsRUFBRSxpQ0FBTyxpQ0FBTyxxQ0FBUyxlQUFlLEVBQUU7QUFFL0QsU0FBUyw4QkFBOEIsTUFBTTtBQUMzQyxLQUFHLG1EQUFtRCxNQUFNO0FBQzFELFVBQU0sUUFBSSx3Q0FBYyx3QkFBSztBQUM3QixXQUFPLE1BQU0sRUFBRSxPQUFPLFNBQVM7QUFDL0IsZUFBVyxVQUFVLENBQUMsMEJBQTBCLHdCQUF3QixvQkFBb0IsaUJBQWlCLFdBQVcseUJBQU0sU0FBUyx5QkFBeUIsR0FBRztBQUNqSyxhQUFPLEdBQUcsRUFBRSxPQUFPLFNBQVMsTUFBTSxHQUFHLE1BQU07QUFBQSxJQUM3QztBQUNBLFdBQU8sTUFBTSxvQkFBb0IsRUFBRSxtQkFBbUIsRUFBRSxNQUFNLEdBQUcsR0FBSTtBQUNyRSxXQUFPLE1BQU0sRUFBRSxtQkFBbUIsVUFBVTtBQUM1QyxVQUFNLEtBQUssYUFBRSxhQUFhLEVBQUUsTUFBTTtBQUNsQyxXQUFPLEdBQUcsR0FBRyxTQUFTLFNBQVMsU0FBUyxDQUFDO0FBQUEsRUFDM0MsQ0FBQztBQUVELEtBQUcsMkRBQTJELE1BQU07QUFDbEUsVUFBTSxRQUFJLHNDQUFZLDBCQUFPLDBCQUFPO0FBQ3BDLFdBQU8sR0FBRyxFQUFFLE9BQU8sYUFBUyxzQ0FBYywwQkFBTyxFQUFFLEtBQUssQ0FBQyxDQUFDO0FBQzFELFdBQU8sR0FBRyxFQUFFLE9BQU8sU0FBUyx3QkFBd0IsQ0FBQztBQUNyRCxXQUFPLEdBQUksYUFBRSxhQUFhLEVBQUUsTUFBTSxFQUE2QixTQUFTLFNBQVMsWUFBWSxDQUFDO0FBQUEsRUFDaEcsQ0FBQztBQUVELEtBQUcseUVBQXlFLE1BQU07QUFDaEYsVUFBTSxRQUFJLHdDQUFjLEVBQUUsaUNBQU8scUNBQVMsaUNBQU8sY0FBYyxHQUFHLGlCQUFpQixLQUFLLENBQUM7QUFDekYsV0FBTyxNQUFNLG9CQUFvQixFQUFFLG1CQUFtQixFQUFFLE1BQU0sR0FBRyxJQUFJO0FBQ3JFLFdBQU8sR0FBRyxFQUFFLE9BQU8sU0FBUyxvQkFBb0IsQ0FBQztBQUNqRCxXQUFPLEdBQUcsRUFBRSxPQUFPLGFBQVMsa0NBQVksd0JBQUssRUFBRSxLQUFLLENBQUMsQ0FBQztBQUN0RCxVQUFNLEtBQUssYUFBRSxhQUFhLEVBQUUsTUFBTTtBQUNsQyxXQUFPLE1BQU0sR0FBRyxXQUFXLFNBQVMsVUFBVSxDQUFDO0FBQy9DLFdBQU8sTUFBTSxHQUFHLFdBQVcsU0FBUyxVQUFVLENBQUM7QUFBQSxFQUNqRCxDQUFDO0FBRUQsS0FBRywyRUFBNEUsTUFBTTtBQUNuRixVQUFNLFFBQUksd0NBQWMsRUFBRSxHQUFHLDBCQUFPLFVBQVUsV0FBVyxDQUFDO0FBQzFELFdBQU8sTUFBTSxFQUFFLG1CQUFtQixrQ0FBa0M7QUFDcEUsV0FBTyxNQUFNLEVBQUUsbUJBQW1CLDhEQUE4RDtBQUFBLEVBQ2xHLENBQUM7QUFFRCxLQUFHLHNEQUFzRCxNQUFNO0FBQzdELFVBQU0sT0FBYyxFQUFFLE9BQU8sUUFBUSxhQUFhLFVBQVUsYUFBYSxLQUFNLFVBQVUsV0FBVyxTQUFTLEtBQUs7QUFDbEgsVUFBTSxRQUFJLHdDQUFjLElBQUk7QUFDNUIsV0FBTyxNQUFNLEVBQUUsUUFBUSxxRUFBcUU7QUFDNUYsV0FBTyxNQUFNLEVBQUUsUUFBUSw4QkFBOEI7QUFBQSxFQUN2RCxDQUFDO0FBQ0gsQ0FBQztBQUVELFNBQVMscUJBQXFCLE1BQU07QUFDbEMsS0FBRyx3RUFBd0UsTUFBTTtBQUMvRSxVQUFNLFFBQUksMENBQW1CLEVBQUUsR0FBRyxjQUFjLGlCQUFpQixtQ0FBbUMsQ0FBQztBQUNyRyxXQUFPLE1BQU0sRUFBRSxPQUFPLE9BQU87QUFDN0IsV0FBTyxNQUFNLG9CQUFvQixFQUFFLG1CQUFtQixFQUFFLE1BQU0sR0FBRyxJQUFJO0FBQ3JFLFdBQU8sR0FBRyxFQUFFLE9BQU8sV0FBVyxtQ0FBbUMsQ0FBQztBQUNsRSxlQUFXLFVBQVUsQ0FBQywwQkFBMEIsd0JBQXdCLGdCQUFnQiwyQkFBMkIsb0NBQW9DLGlCQUFpQixZQUFZLEdBQUc7QUFDckwsYUFBTyxHQUFHLEVBQUUsT0FBTyxTQUFTLE1BQU0sR0FBRyxNQUFNO0FBQUEsSUFDN0M7QUFDQSxXQUFPLE1BQU0sRUFBRSxtQkFBbUIsb0JBQW9CO0FBQUEsRUFDeEQsQ0FBQztBQUVELEtBQUcsa0dBQW1HLE1BQU07QUFDMUcsVUFBTSxRQUFlLEVBQUUsR0FBRywwQkFBTyxPQUFPLHNCQUFzQixTQUFTLHlEQUF5RDtBQUNoSSxVQUFNLFFBQUksMENBQW1CLEVBQUUsR0FBRyxjQUFjLE9BQU8sT0FBTyxlQUFlLEVBQUUsQ0FBQztBQUNoRixXQUFPLE1BQU0sb0JBQW9CLEVBQUUsbUJBQW1CLEVBQUUsTUFBTSxHQUFHLElBQUk7QUFDckUsV0FBTyxHQUFHLEVBQUUsT0FBTyxTQUFTLGlCQUFpQixDQUFDO0FBQzlDLFdBQU8sTUFBTSxFQUFFLE9BQU8sU0FBUyx5QkFBeUIsR0FBRyxLQUFLO0FBQUEsRUFDbEUsQ0FBQztBQUVELEtBQUcsd0NBQXdDLE1BQU07QUFDL0MsVUFBTSxPQUFjLEVBQUUsR0FBRywwQkFBTyxTQUFTLGVBQWUsT0FBTyxHQUFPLEVBQUU7QUFDeEUsVUFBTSxRQUFJLDBDQUFtQixFQUFFLEdBQUcsY0FBYyxPQUFPLEtBQUssQ0FBQztBQUM3RCxXQUFPLEdBQUcsRUFBRSxPQUFPLFNBQVMsS0FBUSxHQUFHLEVBQUUsT0FBTyxNQUFNLEVBQUU7QUFDeEQsV0FBTyxNQUFNLEVBQUUsUUFBUSx1Q0FBdUM7QUFBQSxFQUNoRSxDQUFDO0FBRUQsS0FBRyx3RUFBd0UsTUFBTTtBQUMvRSxVQUFNLFFBQUksNkNBQXNCLEVBQUUsR0FBRyxjQUFjLFdBQVcsaURBQWlELGNBQWMsSUFBSSxDQUFDO0FBQ2xJLFdBQU8sTUFBTSxFQUFFLFNBQVMsVUFBVTtBQUNsQyxXQUFPLE1BQU0sb0JBQW9CLEVBQUUsbUJBQW1CLEVBQUUsTUFBTSxHQUFHLEdBQUc7QUFDcEUsV0FBTyxHQUFHLEVBQUUsT0FBTyxTQUFTLCtDQUErQyxDQUFDO0FBQzVFLFdBQU8sTUFBTSxFQUFFLFFBQVEsZUFBZTtBQUN0QyxXQUFPLE1BQU0sRUFBRSxRQUFRLDZDQUE2QztBQUNwRSxVQUFNLFlBQVEsNkNBQXNCLEVBQUUsR0FBRyxjQUFjLFdBQVcsY0FBYyxjQUFjLElBQUksQ0FBQztBQUNuRyxXQUFPLE1BQU0sTUFBTSxRQUFRLG1DQUFtQztBQUFBLEVBQ2hFLENBQUM7QUFFRCxLQUFHLGdFQUE2RCxNQUFNO0FBQ3BFLFVBQU0sYUFBYSxnQkFBZ0IsT0FBTyxHQUFHO0FBQzdDLFVBQU0sUUFBSSwyQ0FBb0IsRUFBRSxHQUFHLGNBQWMsV0FBVyxDQUFDO0FBQzdELFdBQU8sTUFBTSxFQUFFLE9BQU8sVUFBVTtBQUNoQyxXQUFPLE1BQU0sb0JBQW9CLEVBQUUsbUJBQW1CLEVBQUUsTUFBTSxHQUFHLElBQUk7QUFDckUsV0FBTyxHQUFHLEVBQUUsT0FBTyxTQUFTLFdBQVcsS0FBSyxDQUFDLENBQUM7QUFDOUMsV0FBTyxHQUFHLEVBQUUsT0FBTyxTQUFTLG1DQUFtQyxDQUFDO0FBQ2hFLFdBQU8sTUFBTSxFQUFFLG1CQUFtQixhQUFhO0FBQy9DLFdBQU8sTUFBTSxFQUFFLG1CQUFtQixvQkFBb0I7QUFDdEQsV0FBTyxHQUFHLEVBQUUsT0FBTyxTQUFTLHNDQUFzQyxDQUFDO0FBQUEsRUFDckUsQ0FBQztBQUVELEtBQUcsK0NBQStDLE1BQU07QUFDdEQsV0FBTyxPQUFPLFVBQU0sMENBQW1CLEVBQUUsR0FBRyxjQUFjLGVBQWUsRUFBRSxDQUFDLEdBQUcsOEJBQThCO0FBQUEsRUFDL0csQ0FBQztBQUNILENBQUM7QUFFRCxTQUFTLG1CQUFtQixNQUFNO0FBQ2hDLEtBQUcsa0NBQWtDLE1BQU07QUFDekMsV0FBTyxVQUFNLHdDQUFjLHdCQUFLLEVBQUUsZ0JBQVksd0NBQWMsRUFBRSxHQUFHLHlCQUFNLENBQUMsRUFBRSxVQUFVO0FBQ3BGLFdBQU8sVUFBTSwwQ0FBbUIsWUFBWSxFQUFFLGdCQUFZLDBDQUFtQixFQUFFLEdBQUcsYUFBYSxDQUFDLEVBQUUsVUFBVTtBQUM1RyxXQUFPLFVBQU0sd0NBQWMsd0JBQUssRUFBRSxZQUFZLGdCQUFnQjtBQUFBLEVBQ2hFLENBQUM7QUFFRCxLQUFHLGlDQUFpQyxNQUFNO0FBQ3hDLFVBQU0sV0FBTywwQ0FBbUIsWUFBWSxFQUFFO0FBQzlDLFVBQU0sV0FBVztBQUFBLFVBQ2YsMENBQW1CLEVBQUUsR0FBRyxjQUFjLE9BQU8sRUFBRSxHQUFHLDBCQUFPLE1BQU0sUUFBUSxFQUFFLENBQUM7QUFBQSxVQUMxRSwwQ0FBbUIsRUFBRSxHQUFHLGNBQWMsT0FBTyxFQUFFLEdBQUcsMEJBQU8sT0FBTyxDQUFDLEdBQUcseUJBQU0sT0FBTyxXQUFXLEVBQUUsRUFBRSxDQUFDO0FBQUEsVUFDakcsMENBQW1CLEVBQUUsR0FBRyxjQUFjLFNBQVMsRUFBRSxVQUFVLDJCQUFRLFNBQVMsSUFBSSxDQUFDLE9BQU8sRUFBRSxHQUFHLEdBQUcsYUFBYSxLQUFLLEVBQUUsRUFBRSxFQUFFLENBQUM7QUFBQSxVQUN6SCwwQ0FBbUIsRUFBRSxHQUFHLGNBQWMsaUJBQWlCLFdBQVcsQ0FBQztBQUFBLFVBQ25FLDBDQUFtQixFQUFFLEdBQUcsY0FBYyxlQUFlLEVBQUUsQ0FBQztBQUFBLElBQzFELEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxVQUFVO0FBQ3pCLFdBQU8sT0FBTSxvQkFBSSxJQUFJLENBQUMsTUFBTSxHQUFHLFFBQVEsQ0FBQyxHQUFFLE1BQU0sU0FBUyxTQUFTLENBQUM7QUFDbkUsV0FBTyxhQUFTLHdDQUFjLEVBQUUsaUNBQU8scUNBQVMsaUNBQU8sY0FBYyxHQUFHLGlCQUFpQixLQUFLLENBQUMsRUFBRSxnQkFBWSx3Q0FBYyxFQUFFLGlDQUFPLHFDQUFTLGlDQUFPLGNBQWMsR0FBRyxpQkFBaUIsS0FBSyxDQUFDLEVBQUUsVUFBVTtBQUFBLEVBQzFNLENBQUM7QUFFRCxLQUFHLHNEQUF1RCxNQUFNO0FBQzlELFdBQU8sYUFBUyx3Q0FBYyx3QkFBSyxFQUFFLGdCQUFZLDhDQUFzQix3QkFBSyxFQUFFLFVBQVU7QUFBQSxFQUMxRixDQUFDO0FBQ0gsQ0FBQztBQUVELFNBQVMsc0JBQXNCLE1BQU07QUFDbkMsS0FBRyw2RUFBNkUsTUFBTTtBQUNwRixVQUFNLFFBQUksOENBQXNCLHdCQUFLO0FBQ3JDLFdBQU8sTUFBTSxFQUFFLFNBQVMsVUFBVTtBQUNsQyxXQUFPLE1BQU0sRUFBRSxRQUFRLFlBQVk7QUFDbkMsVUFBTSxRQUFRLHNCQUFrQixzQ0FBYyxFQUFFLEdBQUcsNEJBQVMsT0FBTyxHQUFHLENBQUMsSUFBSTtBQUMzRSxVQUFNLFNBQVMsRUFBRSxXQUFXLEtBQUs7QUFDakMsV0FBTyxHQUFHLE9BQU8sRUFBRTtBQUNuQixXQUFPLFVBQVUsT0FBTyxPQUFPLDBCQUFPO0FBQUEsRUFDeEMsQ0FBQztBQUVELEtBQUcsNENBQTRDLE1BQU07QUFDbkQsVUFBTSxRQUFJLDhDQUFzQix3QkFBSztBQUNyQyxVQUFNLFNBQVMsRUFBRSxlQUFXLHNDQUFjLDBCQUFPLEVBQUUsUUFBUSwyQkFBUSxNQUFNLHNDQUFzQyxDQUFDO0FBQ2hILFdBQU8sR0FBRyxDQUFDLE9BQU8sRUFBRTtBQUNwQixXQUFPLE1BQU0sT0FBTyxTQUFTLENBQUMsRUFBRyxTQUFTLHNEQUFzRDtBQUFBLEVBQ2xHLENBQUM7QUFFRCxLQUFHLGtDQUFrQyxNQUFNO0FBQ3pDLFVBQU0sYUFBUyw0Q0FBb0IsMEJBQU8sMEJBQU8sRUFBRSxlQUFXLGtDQUFZLHdCQUFLLENBQUM7QUFDaEYsV0FBTyxHQUFHLE9BQU8sRUFBRTtBQUNuQixXQUFPLFVBQVUsT0FBTyxPQUFPLHdCQUFLO0FBQUEsRUFDdEMsQ0FBQztBQUVELEtBQUcsb0VBQW9FLE1BQU07QUFDM0UsVUFBTSxRQUFJLDhDQUFzQixFQUFFLGlDQUFPLHFDQUFTLGlDQUFPLGNBQWMsR0FBRyxpQkFBaUIsS0FBSyxDQUFDO0FBQ2pHLFdBQU8sTUFBTSxvQkFBb0IsRUFBRSxtQkFBbUIsRUFBRSxNQUFNLEdBQUcsSUFBSTtBQUNyRSxVQUFNLGdCQUFZLHNDQUFjLDBCQUFPLEVBQUUsUUFBUSxtQ0FBbUMsRUFBRTtBQUN0RixVQUFNLFNBQVMsRUFBRSxXQUFXLFNBQVM7QUFDckMsV0FBTyxHQUFHLE9BQU8sRUFBRTtBQUNuQixXQUFPLFVBQVUsT0FBTyxPQUFPLDBCQUFPO0FBQ3RDLFVBQU0sUUFBUSxFQUFFLGVBQVcsc0NBQWMsRUFBRSxVQUFVLDJCQUFRLFNBQVMsTUFBTSxHQUFHLENBQUMsRUFBRSxDQUFDLENBQUM7QUFDcEYsV0FBTyxHQUFHLENBQUMsTUFBTSxFQUFFO0FBQ25CLFdBQU8sTUFBTSxNQUFNLFNBQVMsQ0FBQyxFQUFHLFNBQVMsOEJBQThCO0FBQUEsRUFDekUsQ0FBQztBQUNILENBQUM7IiwKICAibmFtZXMiOiBbXQp9Cg==
