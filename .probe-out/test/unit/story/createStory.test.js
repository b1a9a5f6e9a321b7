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
var import_promises = require("node:fs/promises");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
var import_nodeFileSystem = require("../../../src/node/nodeFileSystem");
var import_briefFile = require("../../../src/core/story/briefFile");
var import_createStory = require("../../../src/core/story/createStory");
var import_discoverStories = require("../../../src/core/story/discoverStories");
var import_folderName = require("../../../src/core/story/folderName");
const fs = new import_nodeFileSystem.NodeFileSystem();
describe("story folders", () => {
  let root;
  beforeEach(async () => {
    root = await (0, import_promises.mkdtemp)((0, import_node_path.join)((0, import_node_os.tmpdir)(), "story-writer-"));
  });
  afterEach(async () => {
    await (0, import_promises.rm)(root, { recursive: true, force: true });
  });
  const create = (input, storiesFolder = "stories") => (0, import_createStory.createStory)(fs, { workspaceRoot: root, storiesFolder, input });
  const everything = async () => (await (0, import_promises.readdir)(root, { recursive: true })).sort();
  async function rejected(promise) {
    try {
      await promise;
    } catch (e) {
      assert.ok(e instanceof import_createStory.StoryInputError, `expected StoryInputError, got ${String(e)}`);
      return e;
    }
    assert.fail("expected createStory to refuse");
  }
  it("writes brief.md in a folder named after the title", async () => {
    const made = await create({ title: "The Lighthouse Keeper", premise: "A keeper finds a bottle.", tone: "wry", targetWords: 6e3 });
    assert.equal(made.folderName, "the-lighthouse-keeper");
    assert.equal(made.storyDir, `${root}/stories/the-lighthouse-keeper`);
    assert.equal(made.briefPath, `${made.storyDir}/brief.md`);
    const parsed = (0, import_briefFile.parseBrief)(await (0, import_promises.readFile)(made.briefPath, "utf8"));
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.brief, made.brief);
    assert.equal(parsed.brief.tone, "wry");
    assert.equal(parsed.brief.targetWords, 6e3);
  });
  it("never overwrites a story: picks the first free -2, -3 \u2026", async () => {
    const input = { title: "Sea Glass", premise: "P." };
    const first = await create(input);
    await (0, import_promises.writeFile)(first.briefPath, "the writer edited this");
    assert.equal((await create(input)).folderName, "sea-glass-2");
    await (0, import_promises.mkdir)((0, import_node_path.join)(root, "stories", "sea-glass-3"));
    assert.equal((await create(input)).folderName, "sea-glass-4");
    assert.equal(await (0, import_promises.readFile)(first.briefPath, "utf8"), "the writer edited this");
  });
  it("writes nothing when the input is invalid, and lists every problem", async () => {
    const error = await rejected(create({ title: "  ", premise: "", targetWords: 10, folderName: "../x" }));
    assert.deepEqual(error.problems.map((p) => p.field).sort(), ["folderName", "premise", "targetWords", "title"]);
    assert.deepEqual(await everything(), []);
  });
  it("refuses folder names that escape or hide", async () => {
    for (const folderName of ["../../etc", "..", ".", "/etc/passwd", "C:\\Windows", "a\\b", "a/b", ".git", ".hidden", "con", "NUL", "com1.txt", "lpt9", "bad:name", "trailing."]) {
      const error = await rejected(create({ title: "T", premise: "P.", folderName }));
      assert.equal(error.problems[0].field, "folderName", folderName);
    }
    assert.deepEqual(await everything(), []);
  });
  it("refuses a stories folder outside the workspace", async () => {
    for (const storiesFolder of ["../outside", "/abs", "a/../../b", "C:/x"]) {
      const error = await rejected(create({ title: "T", premise: "P." }, storiesFolder));
      assert.equal(error.problems[0].field, "storiesFolder", storiesFolder);
    }
    assert.deepEqual(await everything(), []);
  });
  it("accepts a nested stories folder, with Windows separators too", async () => {
    const made = await create({ title: "Nested", premise: "P." }, "writing\\stories");
    assert.equal(made.storyDir, `${root}/writing/stories/nested`);
  });
  it("uses a safe folder name the writer gives", async () => {
    const made = await create({ title: "Whatever", premise: "P.", folderName: "Mon Histoire" });
    assert.equal(made.folderName, "Mon Histoire");
  });
  it("discovers folders holding a brief.md, sorted, skipping hidden ones", async () => {
    await create({ title: "Beta", premise: "P." });
    await create({ title: "Alpha", premise: "P." });
    await (0, import_promises.mkdir)((0, import_node_path.join)(root, "stories", "no-brief"));
    await (0, import_promises.mkdir)((0, import_node_path.join)(root, "stories", ".trash"), { recursive: true });
    await (0, import_promises.writeFile)((0, import_node_path.join)(root, "stories", ".trash", "brief.md"), "x");
    await (0, import_promises.writeFile)((0, import_node_path.join)(root, "stories", "loose.md"), "x");
    const found = await (0, import_discoverStories.discoverStories)(fs, `${root}/stories`);
    assert.deepEqual(
      found.map((s) => s.name),
      ["alpha", "beta"]
    );
    assert.equal(found[0].briefPath, `${root}/stories/alpha/brief.md`);
    assert.deepEqual(await (0, import_discoverStories.discoverStories)(fs, `${root}/missing`), []);
  });
});
describe("slugs", () => {
  it("transliterates simple Latin titles", () => {
    assert.equal((0, import_folderName.slugify)("The Lighthouse Keeper"), "the-lighthouse-keeper");
    assert.equal((0, import_folderName.slugify)("\xC7a va, Zo\xEB? Stra\xDFe & Sm\xF8rrebr\xF8d"), "ca-va-zoe-strasse-and-smorrebrod");
    assert.equal((0, import_folderName.slugify)("Don't Look: Part 2"), "dont-look-part-2");
    assert.equal((0, import_folderName.slugify)("  ---  Dashes ---  "), "dashes");
  });
  it("falls back to story-<hash> for titles with nothing to transliterate", () => {
    const cjk = (0, import_folderName.slugify)("\u706F\u53F0\u5B88\u306E\u624B\u7D19");
    assert.match(cjk, /^story-[0-9a-f]{8}$/);
    assert.equal((0, import_folderName.slugify)("\u706F\u53F0\u5B88\u306E\u624B\u7D19"), cjk, "stable");
    assert.notEqual((0, import_folderName.slugify)("\u{1F30A}\u{1F41A}"), cjk);
    assert.match((0, import_folderName.slugify)("\u0627\u0644\u0628\u062D\u0631"), /^story-[0-9a-f]{8}$/);
  });
  it("keeps slugs short and never reserved", () => {
    const long = (0, import_folderName.slugify)("word ".repeat(40));
    assert.ok(long.length <= 60 && !long.endsWith("-"));
    assert.equal((0, import_folderName.slugify)("Con"), "con-story");
    assert.equal((0, import_folderName.folderNameProblem)((0, import_folderName.slugify)("Aux")), void 0);
  });
  it("explains why a folder name is refused", () => {
    assert.match((0, import_folderName.folderNameProblem)("../x"), /one folder name/);
    assert.match((0, import_folderName.folderNameProblem)(".git"), /starts with a dot/);
    assert.match((0, import_folderName.folderNameProblem)("nul"), /reserved/);
    assert.equal((0, import_folderName.folderNameProblem)("my-story"), void 0);
    assert.equal((0, import_folderName.folderNameProblem)("\u706F\u53F0"), void 0);
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC91bml0L3N0b3J5L2NyZWF0ZVN0b3J5LnRlc3QudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCAqIGFzIGFzc2VydCBmcm9tICdub2RlOmFzc2VydC9zdHJpY3QnO1xuaW1wb3J0IHsgbWtkdGVtcCwgcmVhZGRpciwgcmVhZEZpbGUsIHJtLCBta2Rpciwgd3JpdGVGaWxlIH0gZnJvbSAnbm9kZTpmcy9wcm9taXNlcyc7XG5pbXBvcnQgeyB0bXBkaXIgfSBmcm9tICdub2RlOm9zJztcbmltcG9ydCB7IGpvaW4gfSBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHsgTm9kZUZpbGVTeXN0ZW0gfSBmcm9tICcuLi8uLi8uLi9zcmMvbm9kZS9ub2RlRmlsZVN5c3RlbSc7XG5pbXBvcnQgeyBwYXJzZUJyaWVmIH0gZnJvbSAnLi4vLi4vLi4vc3JjL2NvcmUvc3RvcnkvYnJpZWZGaWxlJztcbmltcG9ydCB7IGNyZWF0ZVN0b3J5LCBTdG9yeUlucHV0RXJyb3IsIHR5cGUgTmV3U3RvcnlJbnB1dCB9IGZyb20gJy4uLy4uLy4uL3NyYy9jb3JlL3N0b3J5L2NyZWF0ZVN0b3J5JztcbmltcG9ydCB7IGRpc2NvdmVyU3RvcmllcyB9IGZyb20gJy4uLy4uLy4uL3NyYy9jb3JlL3N0b3J5L2Rpc2NvdmVyU3Rvcmllcyc7XG5pbXBvcnQgeyBmb2xkZXJOYW1lUHJvYmxlbSwgc2x1Z2lmeSB9IGZyb20gJy4uLy4uLy4uL3NyYy9jb3JlL3N0b3J5L2ZvbGRlck5hbWUnO1xuXG5jb25zdCBmcyA9IG5ldyBOb2RlRmlsZVN5c3RlbSgpO1xuXG5kZXNjcmliZSgnc3RvcnkgZm9sZGVycycsICgpID0+IHtcbiAgbGV0IHJvb3Q6IHN0cmluZztcbiAgYmVmb3JlRWFjaChhc3luYyAoKSA9PiB7XG4gICAgcm9vdCA9IGF3YWl0IG1rZHRlbXAoam9pbih0bXBkaXIoKSwgJ3N0b3J5LXdyaXRlci0nKSk7XG4gIH0pO1xuICBhZnRlckVhY2goYXN5bmMgKCkgPT4ge1xuICAgIGF3YWl0IHJtKHJvb3QsIHsgcmVjdXJzaXZlOiB0cnVlLCBmb3JjZTogdHJ1ZSB9KTtcbiAgfSk7XG5cbiAgY29uc3QgY3JlYXRlID0gKGlucHV0OiBOZXdTdG9yeUlucHV0LCBzdG9yaWVzRm9sZGVyID0gJ3N0b3JpZXMnKSA9PiBjcmVhdGVTdG9yeShmcywgeyB3b3Jrc3BhY2VSb290OiByb290LCBzdG9yaWVzRm9sZGVyLCBpbnB1dCB9KTtcbiAgY29uc3QgZXZlcnl0aGluZyA9IGFzeW5jICgpID0+IChhd2FpdCByZWFkZGlyKHJvb3QsIHsgcmVjdXJzaXZlOiB0cnVlIH0pKS5zb3J0KCk7XG5cbiAgYXN5bmMgZnVuY3Rpb24gcmVqZWN0ZWQocHJvbWlzZTogUHJvbWlzZTx1bmtub3duPik6IFByb21pc2U8U3RvcnlJbnB1dEVycm9yPiB7XG4gICAgdHJ5IHtcbiAgICAgIGF3YWl0IHByb21pc2U7XG4gICAgfSBjYXRjaCAoZSkge1xuICAgICAgYXNzZXJ0Lm9rKGUgaW5zdGFuY2VvZiBTdG9yeUlucHV0RXJyb3IsIGBleHBlY3RlZCBTdG9yeUlucHV0RXJyb3IsIGdvdCAke1N0cmluZyhlKX1gKTtcbiAgICAgIHJldHVybiBlO1xuICAgIH1cbiAgICBhc3NlcnQuZmFpbCgnZXhwZWN0ZWQgY3JlYXRlU3RvcnkgdG8gcmVmdXNlJyk7XG4gIH1cblxuICBpdCgnd3JpdGVzIGJyaWVmLm1kIGluIGEgZm9sZGVyIG5hbWVkIGFmdGVyIHRoZSB0aXRsZScsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBtYWRlID0gYXdhaXQgY3JlYXRlKHsgdGl0bGU6ICdUaGUgTGlnaHRob3VzZSBLZWVwZXInLCBwcmVtaXNlOiAnQSBrZWVwZXIgZmluZHMgYSBib3R0bGUuJywgdG9uZTogJ3dyeScsIHRhcmdldFdvcmRzOiA2MDAwIH0pO1xuICAgIGFzc2VydC5lcXVhbChtYWRlLmZvbGRlck5hbWUsICd0aGUtbGlnaHRob3VzZS1rZWVwZXInKTtcbiAgICBhc3NlcnQuZXF1YWwobWFkZS5zdG9yeURpciwgYCR7cm9vdH0vc3Rvcmllcy90aGUtbGlnaHRob3VzZS1rZWVwZXJgKTtcbiAgICBhc3NlcnQuZXF1YWwobWFkZS5icmllZlBhdGgsIGAke21hZGUuc3RvcnlEaXJ9L2JyaWVmLm1kYCk7XG4gICAgY29uc3QgcGFyc2VkID0gcGFyc2VCcmllZihhd2FpdCByZWFkRmlsZShtYWRlLmJyaWVmUGF0aCwgJ3V0ZjgnKSk7XG4gICAgYXNzZXJ0Lm9rKHBhcnNlZC5vayk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChwYXJzZWQuYnJpZWYsIG1hZGUuYnJpZWYpO1xuICAgIGFzc2VydC5lcXVhbChwYXJzZWQuYnJpZWYudG9uZSwgJ3dyeScpO1xuICAgIGFzc2VydC5lcXVhbChwYXJzZWQuYnJpZWYudGFyZ2V0V29yZHMsIDYwMDApO1xuICB9KTtcblxuICBpdCgnbmV2ZXIgb3ZlcndyaXRlcyBhIHN0b3J5OiBwaWNrcyB0aGUgZmlyc3QgZnJlZSAtMiwgLTMgXHUyMDI2JywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IGlucHV0ID0geyB0aXRsZTogJ1NlYSBHbGFzcycsIHByZW1pc2U6ICdQLicgfTtcbiAgICBjb25zdCBmaXJzdCA9IGF3YWl0IGNyZWF0ZShpbnB1dCk7XG4gICAgYXdhaXQgd3JpdGVGaWxlKGZpcnN0LmJyaWVmUGF0aCwgJ3RoZSB3cml0ZXIgZWRpdGVkIHRoaXMnKTtcbiAgICBhc3NlcnQuZXF1YWwoKGF3YWl0IGNyZWF0ZShpbnB1dCkpLmZvbGRlck5hbWUsICdzZWEtZ2xhc3MtMicpO1xuICAgIGF3YWl0IG1rZGlyKGpvaW4ocm9vdCwgJ3N0b3JpZXMnLCAnc2VhLWdsYXNzLTMnKSk7XG4gICAgYXNzZXJ0LmVxdWFsKChhd2FpdCBjcmVhdGUoaW5wdXQpKS5mb2xkZXJOYW1lLCAnc2VhLWdsYXNzLTQnKTtcbiAgICBhc3NlcnQuZXF1YWwoYXdhaXQgcmVhZEZpbGUoZmlyc3QuYnJpZWZQYXRoLCAndXRmOCcpLCAndGhlIHdyaXRlciBlZGl0ZWQgdGhpcycpO1xuICB9KTtcblxuICBpdCgnd3JpdGVzIG5vdGhpbmcgd2hlbiB0aGUgaW5wdXQgaXMgaW52YWxpZCwgYW5kIGxpc3RzIGV2ZXJ5IHByb2JsZW0nLCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3QgZXJyb3IgPSBhd2FpdCByZWplY3RlZChjcmVhdGUoeyB0aXRsZTogJyAgJywgcHJlbWlzZTogJycsIHRhcmdldFdvcmRzOiAxMCwgZm9sZGVyTmFtZTogJy4uL3gnIH0pKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKGVycm9yLnByb2JsZW1zLm1hcCgocCkgPT4gcC5maWVsZCkuc29ydCgpLCBbJ2ZvbGRlck5hbWUnLCAncHJlbWlzZScsICd0YXJnZXRXb3JkcycsICd0aXRsZSddKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKGF3YWl0IGV2ZXJ5dGhpbmcoKSwgW10pO1xuICB9KTtcblxuICBpdCgncmVmdXNlcyBmb2xkZXIgbmFtZXMgdGhhdCBlc2NhcGUgb3IgaGlkZScsIGFzeW5jICgpID0+IHtcbiAgICBmb3IgKGNvbnN0IGZvbGRlck5hbWUgb2YgWycuLi8uLi9ldGMnLCAnLi4nLCAnLicsICcvZXRjL3Bhc3N3ZCcsICdDOlxcXFxXaW5kb3dzJywgJ2FcXFxcYicsICdhL2InLCAnLmdpdCcsICcuaGlkZGVuJywgJ2NvbicsICdOVUwnLCAnY29tMS50eHQnLCAnbHB0OScsICdiYWQ6bmFtZScsICd0cmFpbGluZy4nXSkge1xuICAgICAgY29uc3QgZXJyb3IgPSBhd2FpdCByZWplY3RlZChjcmVhdGUoeyB0aXRsZTogJ1QnLCBwcmVtaXNlOiAnUC4nLCBmb2xkZXJOYW1lIH0pKTtcbiAgICAgIGFzc2VydC5lcXVhbChlcnJvci5wcm9ibGVtc1swXSEuZmllbGQsICdmb2xkZXJOYW1lJywgZm9sZGVyTmFtZSk7XG4gICAgfVxuICAgIGFzc2VydC5kZWVwRXF1YWwoYXdhaXQgZXZlcnl0aGluZygpLCBbXSk7XG4gIH0pO1xuXG4gIGl0KCdyZWZ1c2VzIGEgc3RvcmllcyBmb2xkZXIgb3V0c2lkZSB0aGUgd29ya3NwYWNlJywgYXN5bmMgKCkgPT4ge1xuICAgIGZvciAoY29uc3Qgc3Rvcmllc0ZvbGRlciBvZiBbJy4uL291dHNpZGUnLCAnL2FicycsICdhLy4uLy4uL2InLCAnQzoveCddKSB7XG4gICAgICBjb25zdCBlcnJvciA9IGF3YWl0IHJlamVjdGVkKGNyZWF0ZSh7IHRpdGxlOiAnVCcsIHByZW1pc2U6ICdQLicgfSwgc3Rvcmllc0ZvbGRlcikpO1xuICAgICAgYXNzZXJ0LmVxdWFsKGVycm9yLnByb2JsZW1zWzBdIS5maWVsZCwgJ3N0b3JpZXNGb2xkZXInLCBzdG9yaWVzRm9sZGVyKTtcbiAgICB9XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChhd2FpdCBldmVyeXRoaW5nKCksIFtdKTtcbiAgfSk7XG5cbiAgaXQoJ2FjY2VwdHMgYSBuZXN0ZWQgc3RvcmllcyBmb2xkZXIsIHdpdGggV2luZG93cyBzZXBhcmF0b3JzIHRvbycsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBtYWRlID0gYXdhaXQgY3JlYXRlKHsgdGl0bGU6ICdOZXN0ZWQnLCBwcmVtaXNlOiAnUC4nIH0sICd3cml0aW5nXFxcXHN0b3JpZXMnKTtcbiAgICBhc3NlcnQuZXF1YWwobWFkZS5zdG9yeURpciwgYCR7cm9vdH0vd3JpdGluZy9zdG9yaWVzL25lc3RlZGApO1xuICB9KTtcblxuICBpdCgndXNlcyBhIHNhZmUgZm9sZGVyIG5hbWUgdGhlIHdyaXRlciBnaXZlcycsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBtYWRlID0gYXdhaXQgY3JlYXRlKHsgdGl0bGU6ICdXaGF0ZXZlcicsIHByZW1pc2U6ICdQLicsIGZvbGRlck5hbWU6ICdNb24gSGlzdG9pcmUnIH0pO1xuICAgIGFzc2VydC5lcXVhbChtYWRlLmZvbGRlck5hbWUsICdNb24gSGlzdG9pcmUnKTtcbiAgfSk7XG5cbiAgaXQoJ2Rpc2NvdmVycyBmb2xkZXJzIGhvbGRpbmcgYSBicmllZi5tZCwgc29ydGVkLCBza2lwcGluZyBoaWRkZW4gb25lcycsIGFzeW5jICgpID0+IHtcbiAgICBhd2FpdCBjcmVhdGUoeyB0aXRsZTogJ0JldGEnLCBwcmVtaXNlOiAnUC4nIH0pO1xuICAgIGF3YWl0IGNyZWF0ZSh7IHRpdGxlOiAnQWxwaGEnLCBwcmVtaXNlOiAnUC4nIH0pO1xuICAgIGF3YWl0IG1rZGlyKGpvaW4ocm9vdCwgJ3N0b3JpZXMnLCAnbm8tYnJpZWYnKSk7XG4gICAgYXdhaXQgbWtkaXIoam9pbihyb290LCAnc3RvcmllcycsICcudHJhc2gnKSwgeyByZWN1cnNpdmU6IHRydWUgfSk7XG4gICAgYXdhaXQgd3JpdGVGaWxlKGpvaW4ocm9vdCwgJ3N0b3JpZXMnLCAnLnRyYXNoJywgJ2JyaWVmLm1kJyksICd4Jyk7XG4gICAgYXdhaXQgd3JpdGVGaWxlKGpvaW4ocm9vdCwgJ3N0b3JpZXMnLCAnbG9vc2UubWQnKSwgJ3gnKTtcbiAgICBjb25zdCBmb3VuZCA9IGF3YWl0IGRpc2NvdmVyU3RvcmllcyhmcywgYCR7cm9vdH0vc3Rvcmllc2ApO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoXG4gICAgICBmb3VuZC5tYXAoKHMpID0+IHMubmFtZSksXG4gICAgICBbJ2FscGhhJywgJ2JldGEnXSxcbiAgICApO1xuICAgIGFzc2VydC5lcXVhbChmb3VuZFswXSEuYnJpZWZQYXRoLCBgJHtyb290fS9zdG9yaWVzL2FscGhhL2JyaWVmLm1kYCk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChhd2FpdCBkaXNjb3ZlclN0b3JpZXMoZnMsIGAke3Jvb3R9L21pc3NpbmdgKSwgW10pO1xuICB9KTtcbn0pO1xuXG5kZXNjcmliZSgnc2x1Z3MnLCAoKSA9PiB7XG4gIGl0KCd0cmFuc2xpdGVyYXRlcyBzaW1wbGUgTGF0aW4gdGl0bGVzJywgKCkgPT4ge1xuICAgIGFzc2VydC5lcXVhbChzbHVnaWZ5KCdUaGUgTGlnaHRob3VzZSBLZWVwZXInKSwgJ3RoZS1saWdodGhvdXNlLWtlZXBlcicpO1xuICAgIGFzc2VydC5lcXVhbChzbHVnaWZ5KCdcdTAwQzdhIHZhLCBab1x1MDBFQj8gU3RyYVx1MDBERmUgJiBTbVx1MDBGOHJyZWJyXHUwMEY4ZCcpLCAnY2EtdmEtem9lLXN0cmFzc2UtYW5kLXNtb3JyZWJyb2QnKTtcbiAgICBhc3NlcnQuZXF1YWwoc2x1Z2lmeShcIkRvbid0IExvb2s6IFBhcnQgMlwiKSwgJ2RvbnQtbG9vay1wYXJ0LTInKTtcbiAgICBhc3NlcnQuZXF1YWwoc2x1Z2lmeSgnICAtLS0gIERhc2hlcyAtLS0gICcpLCAnZGFzaGVzJyk7XG4gIH0pO1xuXG4gIGl0KCdmYWxscyBiYWNrIHRvIHN0b3J5LTxoYXNoPiBmb3IgdGl0bGVzIHdpdGggbm90aGluZyB0byB0cmFuc2xpdGVyYXRlJywgKCkgPT4ge1xuICAgIGNvbnN0IGNqayA9IHNsdWdpZnkoJ1x1NzA2Rlx1NTNGMFx1NUI4OFx1MzA2RVx1NjI0Qlx1N0QxOScpO1xuICAgIGFzc2VydC5tYXRjaChjamssIC9ec3RvcnktWzAtOWEtZl17OH0kLyk7XG4gICAgYXNzZXJ0LmVxdWFsKHNsdWdpZnkoJ1x1NzA2Rlx1NTNGMFx1NUI4OFx1MzA2RVx1NjI0Qlx1N0QxOScpLCBjamssICdzdGFibGUnKTtcbiAgICBhc3NlcnQubm90RXF1YWwoc2x1Z2lmeSgnXHVEODNDXHVERjBBXHVEODNEXHVEQzFBJyksIGNqayk7XG4gICAgYXNzZXJ0Lm1hdGNoKHNsdWdpZnkoJ1x1MDYyN1x1MDY0NFx1MDYyOFx1MDYyRFx1MDYzMScpLCAvXnN0b3J5LVswLTlhLWZdezh9JC8pO1xuICB9KTtcblxuICBpdCgna2VlcHMgc2x1Z3Mgc2hvcnQgYW5kIG5ldmVyIHJlc2VydmVkJywgKCkgPT4ge1xuICAgIGNvbnN0IGxvbmcgPSBzbHVnaWZ5KCd3b3JkICcucmVwZWF0KDQwKSk7XG4gICAgYXNzZXJ0Lm9rKGxvbmcubGVuZ3RoIDw9IDYwICYmICFsb25nLmVuZHNXaXRoKCctJykpO1xuICAgIGFzc2VydC5lcXVhbChzbHVnaWZ5KCdDb24nKSwgJ2Nvbi1zdG9yeScpO1xuICAgIGFzc2VydC5lcXVhbChmb2xkZXJOYW1lUHJvYmxlbShzbHVnaWZ5KCdBdXgnKSksIHVuZGVmaW5lZCk7XG4gIH0pO1xuXG4gIGl0KCdleHBsYWlucyB3aHkgYSBmb2xkZXIgbmFtZSBpcyByZWZ1c2VkJywgKCkgPT4ge1xuICAgIGFzc2VydC5tYXRjaChmb2xkZXJOYW1lUHJvYmxlbSgnLi4veCcpISwgL29uZSBmb2xkZXIgbmFtZS8pO1xuICAgIGFzc2VydC5tYXRjaChmb2xkZXJOYW1lUHJvYmxlbSgnLmdpdCcpISwgL3N0YXJ0cyB3aXRoIGEgZG90Lyk7XG4gICAgYXNzZXJ0Lm1hdGNoKGZvbGRlck5hbWVQcm9ibGVtKCdudWwnKSEsIC9yZXNlcnZlZC8pO1xuICAgIGFzc2VydC5lcXVhbChmb2xkZXJOYW1lUHJvYmxlbSgnbXktc3RvcnknKSwgdW5kZWZpbmVkKTtcbiAgICBhc3NlcnQuZXF1YWwoZm9sZGVyTmFtZVByb2JsZW0oJ1x1NzA2Rlx1NTNGMCcpLCB1bmRlZmluZWQpO1xuICB9KTtcbn0pO1xuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQSxhQUF3QjtBQUN4QixzQkFBaUU7QUFDakUscUJBQXVCO0FBQ3ZCLHVCQUFxQjtBQUNyQiw0QkFBK0I7QUFDL0IsdUJBQTJCO0FBQzNCLHlCQUFpRTtBQUNqRSw2QkFBZ0M7QUFDaEMsd0JBQTJDO0FBRTNDLE1BQU0sS0FBSyxJQUFJLHFDQUFlO0FBRTlCLFNBQVMsaUJBQWlCLE1BQU07QUFDOUIsTUFBSTtBQUNKLGFBQVcsWUFBWTtBQUNyQixXQUFPLFVBQU0sNkJBQVEsMkJBQUssdUJBQU8sR0FBRyxlQUFlLENBQUM7QUFBQSxFQUN0RCxDQUFDO0FBQ0QsWUFBVSxZQUFZO0FBQ3BCLGNBQU0sb0JBQUcsTUFBTSxFQUFFLFdBQVcsTUFBTSxPQUFPLEtBQUssQ0FBQztBQUFBLEVBQ2pELENBQUM7QUFFRCxRQUFNLFNBQVMsQ0FBQyxPQUFzQixnQkFBZ0Isa0JBQWMsZ0NBQVksSUFBSSxFQUFFLGVBQWUsTUFBTSxlQUFlLE1BQU0sQ0FBQztBQUNqSSxRQUFNLGFBQWEsYUFBYSxVQUFNLHlCQUFRLE1BQU0sRUFBRSxXQUFXLEtBQUssQ0FBQyxHQUFHLEtBQUs7QUFFL0UsaUJBQWUsU0FBUyxTQUFxRDtBQUMzRSxRQUFJO0FBQ0YsWUFBTTtBQUFBLElBQ1IsU0FBUyxHQUFHO0FBQ1YsYUFBTyxHQUFHLGFBQWEsb0NBQWlCLGlDQUFpQyxPQUFPLENBQUMsQ0FBQyxFQUFFO0FBQ3BGLGFBQU87QUFBQSxJQUNUO0FBQ0EsV0FBTyxLQUFLLGdDQUFnQztBQUFBLEVBQzlDO0FBRUEsS0FBRyxxREFBcUQsWUFBWTtBQUNsRSxVQUFNLE9BQU8sTUFBTSxPQUFPLEVBQUUsT0FBTyx5QkFBeUIsU0FBUyw0QkFBNEIsTUFBTSxPQUFPLGFBQWEsSUFBSyxDQUFDO0FBQ2pJLFdBQU8sTUFBTSxLQUFLLFlBQVksdUJBQXVCO0FBQ3JELFdBQU8sTUFBTSxLQUFLLFVBQVUsR0FBRyxJQUFJLGdDQUFnQztBQUNuRSxXQUFPLE1BQU0sS0FBSyxXQUFXLEdBQUcsS0FBSyxRQUFRLFdBQVc7QUFDeEQsVUFBTSxhQUFTLDZCQUFXLFVBQU0sMEJBQVMsS0FBSyxXQUFXLE1BQU0sQ0FBQztBQUNoRSxXQUFPLEdBQUcsT0FBTyxFQUFFO0FBQ25CLFdBQU8sVUFBVSxPQUFPLE9BQU8sS0FBSyxLQUFLO0FBQ3pDLFdBQU8sTUFBTSxPQUFPLE1BQU0sTUFBTSxLQUFLO0FBQ3JDLFdBQU8sTUFBTSxPQUFPLE1BQU0sYUFBYSxHQUFJO0FBQUEsRUFDN0MsQ0FBQztBQUVELEtBQUcsZ0VBQTJELFlBQVk7QUFDeEUsVUFBTSxRQUFRLEVBQUUsT0FBTyxhQUFhLFNBQVMsS0FBSztBQUNsRCxVQUFNLFFBQVEsTUFBTSxPQUFPLEtBQUs7QUFDaEMsY0FBTSwyQkFBVSxNQUFNLFdBQVcsd0JBQXdCO0FBQ3pELFdBQU8sT0FBTyxNQUFNLE9BQU8sS0FBSyxHQUFHLFlBQVksYUFBYTtBQUM1RCxjQUFNLDJCQUFNLHVCQUFLLE1BQU0sV0FBVyxhQUFhLENBQUM7QUFDaEQsV0FBTyxPQUFPLE1BQU0sT0FBTyxLQUFLLEdBQUcsWUFBWSxhQUFhO0FBQzVELFdBQU8sTUFBTSxVQUFNLDBCQUFTLE1BQU0sV0FBVyxNQUFNLEdBQUcsd0JBQXdCO0FBQUEsRUFDaEYsQ0FBQztBQUVELEtBQUcscUVBQXFFLFlBQVk7QUFDbEYsVUFBTSxRQUFRLE1BQU0sU0FBUyxPQUFPLEVBQUUsT0FBTyxNQUFNLFNBQVMsSUFBSSxhQUFhLElBQUksWUFBWSxPQUFPLENBQUMsQ0FBQztBQUN0RyxXQUFPLFVBQVUsTUFBTSxTQUFTLElBQUksQ0FBQyxNQUFNLEVBQUUsS0FBSyxFQUFFLEtBQUssR0FBRyxDQUFDLGNBQWMsV0FBVyxlQUFlLE9BQU8sQ0FBQztBQUM3RyxXQUFPLFVBQVUsTUFBTSxXQUFXLEdBQUcsQ0FBQyxDQUFDO0FBQUEsRUFDekMsQ0FBQztBQUVELEtBQUcsNENBQTRDLFlBQVk7QUFDekQsZUFBVyxjQUFjLENBQUMsYUFBYSxNQUFNLEtBQUssZUFBZSxlQUFlLFFBQVEsT0FBTyxRQUFRLFdBQVcsT0FBTyxPQUFPLFlBQVksUUFBUSxZQUFZLFdBQVcsR0FBRztBQUM1SyxZQUFNLFFBQVEsTUFBTSxTQUFTLE9BQU8sRUFBRSxPQUFPLEtBQUssU0FBUyxNQUFNLFdBQVcsQ0FBQyxDQUFDO0FBQzlFLGFBQU8sTUFBTSxNQUFNLFNBQVMsQ0FBQyxFQUFHLE9BQU8sY0FBYyxVQUFVO0FBQUEsSUFDakU7QUFDQSxXQUFPLFVBQVUsTUFBTSxXQUFXLEdBQUcsQ0FBQyxDQUFDO0FBQUEsRUFDekMsQ0FBQztBQUVELEtBQUcsa0RBQWtELFlBQVk7QUFDL0QsZUFBVyxpQkFBaUIsQ0FBQyxjQUFjLFFBQVEsYUFBYSxNQUFNLEdBQUc7QUFDdkUsWUFBTSxRQUFRLE1BQU0sU0FBUyxPQUFPLEVBQUUsT0FBTyxLQUFLLFNBQVMsS0FBSyxHQUFHLGFBQWEsQ0FBQztBQUNqRixhQUFPLE1BQU0sTUFBTSxTQUFTLENBQUMsRUFBRyxPQUFPLGlCQUFpQixhQUFhO0FBQUEsSUFDdkU7QUFDQSxXQUFPLFVBQVUsTUFBTSxXQUFXLEdBQUcsQ0FBQyxDQUFDO0FBQUEsRUFDekMsQ0FBQztBQUVELEtBQUcsZ0VBQWdFLFlBQVk7QUFDN0UsVUFBTSxPQUFPLE1BQU0sT0FBTyxFQUFFLE9BQU8sVUFBVSxTQUFTLEtBQUssR0FBRyxrQkFBa0I7QUFDaEYsV0FBTyxNQUFNLEtBQUssVUFBVSxHQUFHLElBQUkseUJBQXlCO0FBQUEsRUFDOUQsQ0FBQztBQUVELEtBQUcsNENBQTRDLFlBQVk7QUFDekQsVUFBTSxPQUFPLE1BQU0sT0FBTyxFQUFFLE9BQU8sWUFBWSxTQUFTLE1BQU0sWUFBWSxlQUFlLENBQUM7QUFDMUYsV0FBTyxNQUFNLEtBQUssWUFBWSxjQUFjO0FBQUEsRUFDOUMsQ0FBQztBQUVELEtBQUcsc0VBQXNFLFlBQVk7QUFDbkYsVUFBTSxPQUFPLEVBQUUsT0FBTyxRQUFRLFNBQVMsS0FBSyxDQUFDO0FBQzdDLFVBQU0sT0FBTyxFQUFFLE9BQU8sU0FBUyxTQUFTLEtBQUssQ0FBQztBQUM5QyxjQUFNLDJCQUFNLHVCQUFLLE1BQU0sV0FBVyxVQUFVLENBQUM7QUFDN0MsY0FBTSwyQkFBTSx1QkFBSyxNQUFNLFdBQVcsUUFBUSxHQUFHLEVBQUUsV0FBVyxLQUFLLENBQUM7QUFDaEUsY0FBTSwrQkFBVSx1QkFBSyxNQUFNLFdBQVcsVUFBVSxVQUFVLEdBQUcsR0FBRztBQUNoRSxjQUFNLCtCQUFVLHVCQUFLLE1BQU0sV0FBVyxVQUFVLEdBQUcsR0FBRztBQUN0RCxVQUFNLFFBQVEsVUFBTSx3Q0FBZ0IsSUFBSSxHQUFHLElBQUksVUFBVTtBQUN6RCxXQUFPO0FBQUEsTUFDTCxNQUFNLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSTtBQUFBLE1BQ3ZCLENBQUMsU0FBUyxNQUFNO0FBQUEsSUFDbEI7QUFDQSxXQUFPLE1BQU0sTUFBTSxDQUFDLEVBQUcsV0FBVyxHQUFHLElBQUkseUJBQXlCO0FBQ2xFLFdBQU8sVUFBVSxVQUFNLHdDQUFnQixJQUFJLEdBQUcsSUFBSSxVQUFVLEdBQUcsQ0FBQyxDQUFDO0FBQUEsRUFDbkUsQ0FBQztBQUNILENBQUM7QUFFRCxTQUFTLFNBQVMsTUFBTTtBQUN0QixLQUFHLHNDQUFzQyxNQUFNO0FBQzdDLFdBQU8sVUFBTSwyQkFBUSx1QkFBdUIsR0FBRyx1QkFBdUI7QUFDdEUsV0FBTyxVQUFNLDJCQUFRLGdEQUFpQyxHQUFHLGtDQUFrQztBQUMzRixXQUFPLFVBQU0sMkJBQVEsb0JBQW9CLEdBQUcsa0JBQWtCO0FBQzlELFdBQU8sVUFBTSwyQkFBUSxxQkFBcUIsR0FBRyxRQUFRO0FBQUEsRUFDdkQsQ0FBQztBQUVELEtBQUcsdUVBQXVFLE1BQU07QUFDOUUsVUFBTSxVQUFNLDJCQUFRLHNDQUFRO0FBQzVCLFdBQU8sTUFBTSxLQUFLLHFCQUFxQjtBQUN2QyxXQUFPLFVBQU0sMkJBQVEsc0NBQVEsR0FBRyxLQUFLLFFBQVE7QUFDN0MsV0FBTyxhQUFTLDJCQUFRLG9CQUFNLEdBQUcsR0FBRztBQUNwQyxXQUFPLFVBQU0sMkJBQVEsZ0NBQU8sR0FBRyxxQkFBcUI7QUFBQSxFQUN0RCxDQUFDO0FBRUQsS0FBRyx3Q0FBd0MsTUFBTTtBQUMvQyxVQUFNLFdBQU8sMkJBQVEsUUFBUSxPQUFPLEVBQUUsQ0FBQztBQUN2QyxXQUFPLEdBQUcsS0FBSyxVQUFVLE1BQU0sQ0FBQyxLQUFLLFNBQVMsR0FBRyxDQUFDO0FBQ2xELFdBQU8sVUFBTSwyQkFBUSxLQUFLLEdBQUcsV0FBVztBQUN4QyxXQUFPLFVBQU0seUNBQWtCLDJCQUFRLEtBQUssQ0FBQyxHQUFHLE1BQVM7QUFBQSxFQUMzRCxDQUFDO0FBRUQsS0FBRyx5Q0FBeUMsTUFBTTtBQUNoRCxXQUFPLFVBQU0scUNBQWtCLE1BQU0sR0FBSSxpQkFBaUI7QUFDMUQsV0FBTyxVQUFNLHFDQUFrQixNQUFNLEdBQUksbUJBQW1CO0FBQzVELFdBQU8sVUFBTSxxQ0FBa0IsS0FBSyxHQUFJLFVBQVU7QUFDbEQsV0FBTyxVQUFNLHFDQUFrQixVQUFVLEdBQUcsTUFBUztBQUNyRCxXQUFPLFVBQU0scUNBQWtCLGNBQUksR0FBRyxNQUFTO0FBQUEsRUFDakQsQ0FBQztBQUNILENBQUM7IiwKICAibmFtZXMiOiBbXQp9Cg==
