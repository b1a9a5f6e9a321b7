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
var import_node_path = require("node:path");
var import_checkpointFile = require("../../../src/core/checkpoint/checkpointFile");
var import_lock = require("../../../src/core/checkpoint/lock");
var import_storyPaths = require("../../../src/core/checkpoint/storyPaths");
var import_chapter = require("../../../src/core/stages/chapter");
var import_state = require("../../../src/core/workflow/state");
var import_workflowEvents = require("../../../src/core/workflow/workflowEvents");
var import_tempStory = require("./tempStory");
var import_workflowHarness = require("./workflowHarness");
function within(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
const statesOf = (s) => Object.fromEntries(s.items.map((i) => [i.id, i.state]));
const isDraftPrompt = (chapter) => (prompt) => prompt.startsWith("Write about") && prompt.includes(`Chapter ${chapter} of the story`);
const isRevisionPrompt = (prompt) => prompt.startsWith("Revise Chapter");
async function storyFiles(root) {
  const all = (await (0, import_promises.readdir)(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  return all.map((e) => (0, import_node_path.join)(e.parentPath, e.name).slice(root.length + 1)).sort();
}
describe("workflow runner (real Gemini service, SDK and the Gemini-protocol test server)", function() {
  this.timeout(3e4);
  let h;
  afterEach(async () => h?.cleanup());
  describe("on a fresh story", () => {
    beforeEach(async () => {
      h = await (0, import_workflowHarness.workflowHarness)();
    });
    it("writes every stage file with valid front matter, then a second run makes zero requests", async () => {
      const changes = [];
      const events = new import_workflowEvents.WorkflowEvents();
      events.onDidChange((c) => changes.push(c));
      const progress = [];
      const first = await h.run({ events, onProgress: (e) => progress.push(e) });
      assert.equal(first.outcome, "completed", JSON.stringify(first.failures));
      assert.equal(first.exitCode, 0);
      const expected = ["concept", "bible", "outline", "draft:01", "draft:02", "draft:03", "revision:01", "revision:02", "revision:03", "manuscript"];
      assert.deepEqual([...first.generated].sort(), [...expected].sort());
      assert.ok(first.items.every((i) => i.state === "done"));
      assert.equal(first.requests, 9);
      assert.equal(h.generateRequests().length, 9);
      for (const item of first.items) {
        const read = await (0, import_checkpointFile.readCheckpoint)(h.fs, item.path, item.file);
        assert.equal(read.kind, "checkpoint", item.file);
        if (read.kind !== "checkpoint") continue;
        assert.equal(read.meta.stage, item.stage);
        assert.equal(read.meta.chapter, item.chapter);
        assert.ok(read.meta.words > 0, `${item.file} has words`);
        assert.ok(Object.keys(read.meta.inputs).length > 0, `${item.file} records its inputs`);
      }
      const files = await storyFiles(h.storyDir);
      assert.deepEqual(files.filter((f) => f.includes(".partial.") || f.includes(".tmp-")), []);
      assert.equal(files.includes(".story-writer/lock"), false, "the lock is released");
      assert.ok(changes.some((c) => c.id === "draft:02" && c.state === "running"));
      assert.ok(changes.some((c) => c.id === "draft:02" && c.state === "done"));
      const started = progress.filter((e) => e.type === "stage-started").map((e) => e.stage);
      assert.deepEqual(started, ["concept", "bible", "outline", "draft", "revision", "manuscript"]);
      const lastDraft = progress.filter((e) => e.type === "item-finished" && e.stage === "draft").at(-1);
      assert.equal(lastDraft?.index, 3);
      assert.equal(lastDraft?.total, 3);
      assert.ok((progress.at(-1)?.tokens ?? 0) > 0);
      const before = h.server.requests.length;
      const second = await h.run();
      assert.equal(second.requests, 0);
      assert.deepEqual(second.generated, []);
      assert.equal(h.server.requests.length, before, "an unchanged story costs nothing");
      assert.equal(second.outcome, "completed");
    });
    it("regenerates only what depends on an edited concept, never the concept itself", async () => {
      await h.run();
      const conceptPath = (0, import_node_path.join)(h.storyDir, "01-concept.md");
      const edited = (await (0, import_tempStory.readText)(h.fs, conceptPath)).replace("## Logline", "## Logline\n\nA keeper who will not leave.");
      await (0, import_tempStory.writeText)(h.fs, conceptPath, edited);
      const state = await (0, import_state.computeStoryState)(h.fs, h.storyDir);
      assert.equal(statesOf(state).concept, "edited");
      assert.equal(statesOf(state).bible, "stale");
      assert.equal(statesOf(state)["draft:01"], "done", "chapters do not read the concept");
      const before = h.generateRequests().length;
      const run = await h.run();
      assert.equal(run.outcome, "completed");
      assert.equal(run.generated.includes("concept"), false);
      assert.ok(run.generated.includes("bible") && run.generated.includes("outline"));
      assert.equal(await (0, import_tempStory.readText)(h.fs, conceptPath), edited, "the writer's concept is kept as written");
      const newPrompts = h.generateRequests().slice(before).map((r) => r.promptText);
      assert.equal(newPrompts.some((p) => p.startsWith("Develop the concept")), false);
      assert.ok(newPrompts.some((p) => p.includes("A keeper who will not leave.")), "the edit flows into later prompts");
      assert.equal(statesOf(await (0, import_state.computeStoryState)(h.fs, h.storyDir)).concept, "edited");
    });
    it("regenerates only the revision of an edited draft chapter (and the manuscript), and serves a reverted edit from the disk cache", async () => {
      await h.run();
      const draftPath = (0, import_node_path.join)(h.storyDir, "04-draft", "chapter-02.md");
      const original = await (0, import_tempStory.readText)(h.fs, draftPath);
      await (0, import_tempStory.writeText)(h.fs, draftPath, original.replace(/\n$/, "\n\nThe lamp went out, and she let it.\n"));
      const afterEdit = await h.run();
      assert.deepEqual(afterEdit.generated, ["revision:02", "manuscript"]);
      assert.equal(afterEdit.requests, 1);
      assert.equal(afterEdit.apiCalls, 1);
      await (0, import_tempStory.writeText)(h.fs, draftPath, original);
      await h.restartService();
      const before = h.server.requests.length;
      const reverted = await h.run();
      assert.deepEqual(reverted.generated, ["revision:02", "manuscript"]);
      assert.equal(reverted.requests, 1);
      assert.equal(reverted.cacheHits, 1);
      assert.equal(reverted.apiCalls, 0);
      assert.equal(h.server.requests.length, before, "no API call");
      const revision = await (0, import_checkpointFile.readCheckpoint)(h.fs, (0, import_node_path.join)(h.storyDir, "05-revision", "chapter-02.md"), "05-revision/chapter-02.md");
      assert.equal(revision.kind === "checkpoint" && revision.meta.cached, true);
    });
    it("repairs a reply that is not JSON", async () => {
      h.server.script({ kind: "text", text: '{"title": "The Lighthouse Keeper", "logline": ' });
      const run = await h.run({ target: "concept" });
      assert.equal(run.outcome, "completed", JSON.stringify(run.failures));
      assert.deepEqual(run.generated, ["concept"]);
      assert.equal(h.generateRequests().length, 2, "the bad reply and its repair");
      assert.equal(statesOf(run).concept, "done");
    });
    it("fails one chapter blocked for SAFETY with the reason, finishes the others, exit code 5", async () => {
      h.server.scriptWhen((r) => isDraftPrompt(2)(r.promptText), { kind: "fixture", name: "200-finish-safety" }, { times: Infinity });
      const run = await h.run();
      assert.equal(run.outcome, "failed");
      assert.equal(run.exitCode, 5);
      assert.deepEqual(run.failures.map((f) => [f.item, f.kind]), [["draft:02", "content-blocked"]]);
      const states = statesOf(run);
      assert.equal(states["draft:02"], "failed");
      assert.equal(states["revision:02"], "pending");
      for (const id of ["draft:01", "draft:03", "revision:01", "revision:03"]) assert.equal(states[id], "done", id);
      assert.equal(states.manuscript, "pending", "a story with a missing chapter is not assembled");
      const failed = (await (0, import_state.computeStoryState)(h.fs, h.storyDir)).items.find((i) => i.id === "draft:02");
      assert.equal(failed?.state, "failed");
      assert.match(failed?.reason ?? "", /safety/i);
    });
    it("skips failing revisions under skip_optional and assembles the manuscript from the drafts", async () => {
      h.server.scriptWhen((r) => isRevisionPrompt(r.promptText), { kind: "fixture", name: "200-finish-safety" }, { times: Infinity });
      const run = await h.run();
      assert.equal(run.outcome, "completed", JSON.stringify(run.failures));
      assert.equal(run.exitCode, 0);
      assert.deepEqual([...run.skipped].sort(), ["revision:01", "revision:02", "revision:03"]);
      const manuscript = await (0, import_checkpointFile.readCheckpoint)(h.fs, (0, import_node_path.join)(h.storyDir, "story.md"), "story.md");
      assert.equal(manuscript.kind, "checkpoint");
      if (manuscript.kind !== "checkpoint") return;
      assert.deepEqual(Object.keys(manuscript.meta.inputs).sort(), ["04-draft/chapter-01.md", "04-draft/chapter-02.md", "04-draft/chapter-03.md"]);
      const draft1 = await (0, import_checkpointFile.readCheckpoint)(h.fs, (0, import_node_path.join)(h.storyDir, "04-draft", "chapter-01.md"), "04-draft/chapter-01.md");
      assert.ok(draft1.kind === "checkpoint" && manuscript.body.includes((0, import_chapter.parseChapter)(draft1.body).prose.slice(0, 80)));
      const state = statesOf(await (0, import_state.computeStoryState)(h.fs, h.storyDir));
      assert.equal(state["revision:02"], "skipped");
      assert.equal(state.manuscript, "done");
      const again = await h.run();
      assert.equal(again.requests, 0);
    });
    it("stops at once on a bad API key with its exit code", async () => {
      h.server.scriptWhen(() => true, { kind: "fixture", name: "400-api-key-invalid" }, { times: Infinity });
      const run = await h.run();
      assert.equal(run.outcome, "failed");
      assert.equal(run.exitCode, 3);
      assert.equal(h.generateRequests().length, 1);
      assert.deepEqual(run.failures.map((f) => f.kind), ["auth"]);
      assert.equal(statesOf(run).bible, "pending");
    });
    it("refuses a second concurrent run while the first holds the lock, and releases it after", async () => {
      const hold = h.server.scriptWhen((r) => r.promptText.startsWith("Develop the concept"), { kind: "hang" });
      const controller = new AbortController();
      const first = h.run({ signal: controller.signal, owner: "first run" });
      await within(h.server.waitForRequest((r) => r.promptText.startsWith("Develop the concept")), 5e3, "the first run to start");
      await assert.rejects(h.run({ owner: "second run" }), (e) => e instanceof import_lock.StoryLockedError && e.holder?.owner === "first run");
      controller.abort();
      const cancelled = await within(first, 5e3, "the first run to end");
      hold.cancel();
      assert.equal(cancelled.outcome, "cancelled");
      assert.equal(cancelled.exitCode, 130);
      assert.equal(await h.fs.stat((0, import_storyPaths.lockPath)(h.storyDir)), void 0, "the lock is released on cancel");
      const third = await h.run();
      assert.equal(third.outcome, "completed");
    });
  });
  describe("emergency save", () => {
    beforeEach(async () => {
      h = await (0, import_workflowHarness.workflowHarness)({ "rateLimit.maxConcurrent": 1 });
      await h.run({ target: "outline" });
      h.server.setOptions({ tokensPerSecond: 400, wordsPerChunk: 3 });
    });
    it("keeps streamed text when cancelled mid-draft and continues from it on the next run, the text appearing once", async () => {
      const controller = new AbortController();
      let shown = "";
      const cancelled = await h.run({
        signal: controller.signal,
        onText: (id, _delta, soFar) => {
          shown = soFar;
          if (id === "draft:01" && soFar.split(/\s+/).length >= 6) controller.abort();
        }
      });
      assert.equal(cancelled.outcome, "cancelled");
      assert.equal(cancelled.exitCode, 130);
      assert.equal(await h.fs.stat((0, import_storyPaths.lockPath)(h.storyDir)), void 0, "the lock is released");
      const partialPath = (0, import_node_path.join)(h.storyDir, "04-draft", "chapter-01.partial.md");
      const partial = await (0, import_checkpointFile.readCheckpoint)(h.fs, partialPath, "04-draft/chapter-01.partial.md");
      assert.equal(partial.kind, "checkpoint");
      if (partial.kind !== "checkpoint") return;
      assert.equal(partial.meta.status, "partial");
      assert.ok(partial.meta.words >= 6);
      assert.ok(shown.startsWith(partial.body.trim().slice(0, 20)));
      assert.equal(statesOf(await (0, import_state.computeStoryState)(h.fs, h.storyDir))["draft:01"], "partial");
      h.server.setOptions({ tokensPerSecond: 0 });
      const before = h.generateRequests().length;
      const resumed = await h.run();
      assert.equal(resumed.outcome, "completed", JSON.stringify(resumed.failures));
      const saved = (0, import_chapter.proseFromModel)(partial.body);
      const tail = saved.slice(-30);
      const continuation = h.generateRequests().slice(before).find((r) => r.promptText.startsWith("Continue Chapter 1"));
      assert.ok(continuation, "chapter 1 was continued, not started over");
      assert.ok(continuation.promptText.includes(tail), "the continuation prompt carries the saved text");
      assert.equal(h.generateRequests().slice(before).some((r) => isDraftPrompt(1)(r.promptText)), false);
      const finalText = await (0, import_tempStory.readText)(h.fs, (0, import_node_path.join)(h.storyDir, "04-draft", "chapter-01.md"));
      assert.equal(finalText.split(saved).length - 1, 1, "the saved text appears exactly once");
      assert.equal(await h.fs.stat(partialPath), void 0, "the partial file is gone");
    });
    it("discards the text of a stream the service restarted", async () => {
      h.server.scriptWhen((r) => isDraftPrompt(2)(r.promptText), { kind: "cut", afterWords: 8 });
      const restarts = [];
      const run = await h.run({ target: "draft", onRestart: (id) => restarts.push(id) });
      assert.equal(run.outcome, "completed", JSON.stringify(run.failures));
      assert.deepEqual(restarts, ["draft:02"]);
      assert.equal(run.restarts, 1);
      const chapter = await (0, import_checkpointFile.readCheckpoint)(h.fs, (0, import_node_path.join)(h.storyDir, "04-draft", "chapter-02.md"), "04-draft/chapter-02.md");
      assert.equal(chapter.kind, "checkpoint");
      const prose = chapter.kind === "checkpoint" ? (0, import_chapter.parseChapter)(chapter.body).prose : "";
      const opening = prose.split(/\s+/).slice(0, 6).join(" ");
      assert.equal(prose.split(opening).length - 1, 1, "the cut attempt's words are not kept twice");
      assert.equal(await h.fs.stat((0, import_node_path.join)(h.storyDir, "04-draft", "chapter-02.partial.md")), void 0);
    });
  });
  describe("word counts", () => {
    beforeEach(async () => {
      h = await (0, import_workflowHarness.workflowHarness)({ "story.maxWordCount": 100 });
      await h.run({ target: "outline" });
      const outlinePath = (0, import_node_path.join)(h.storyDir, "03-outline.md");
      let n = 0;
      const outline = (await (0, import_tempStory.readText)(h.fs, outlinePath)).replace(/\*\*Target words:\*\* \d+/g, () => `**Target words:** ${[150, 120, 60][n++]}`);
      await (0, import_tempStory.writeText)(h.fs, outlinePath, outline);
    });
    it("extends a short chapter once, and flags one over the maximum without cutting it", async () => {
      h.server.scriptWhen((r) => isDraftPrompt(2)(r.promptText), { kind: "text", text: "She counted the steps. Only forty." });
      const run = await h.run({ target: "draft" });
      assert.equal(run.outcome, "completed", JSON.stringify(run.failures));
      const continued = h.generateRequests().filter((r) => r.promptText.startsWith("Continue Chapter 2"));
      assert.equal(continued.length, 1);
      const ch2 = await (0, import_checkpointFile.readCheckpoint)(h.fs, (0, import_node_path.join)(h.storyDir, "04-draft", "chapter-02.md"), "ch2");
      assert.ok(ch2.kind === "checkpoint" && ch2.meta.words >= 108, "extended to 90% of 120");
      assert.ok(ch2.kind === "checkpoint" && ch2.body.includes("She counted the steps. Only forty."));
      const ch1 = await (0, import_checkpointFile.readCheckpoint)(h.fs, (0, import_node_path.join)(h.storyDir, "04-draft", "chapter-01.md"), "ch1");
      assert.ok(ch1.kind === "checkpoint");
      if (ch1.kind !== "checkpoint") return;
      assert.ok(ch1.meta.words >= 150);
      assert.deepEqual(ch1.meta.flags, ["overMaxWords"]);
      assert.equal(h.generateRequests().filter((r) => r.promptText.startsWith("Continue Chapter 1")).length, 0);
    });
  });
  describe("regenerating", () => {
    beforeEach(async () => {
      h = await (0, import_workflowHarness.workflowHarness)();
      await h.run({ target: "bible" });
    });
    it("keeps an edited file unless forced; forced, it backs the edit up first and bypasses the cache", async () => {
      const conceptPath = (0, import_node_path.join)(h.storyDir, "01-concept.md");
      const edited = `${await (0, import_tempStory.readText)(h.fs, conceptPath)}
My own note.
`;
      await (0, import_tempStory.writeText)(h.fs, conceptPath, edited);
      const kept = await h.run({ target: "concept", regenerate: "concept" });
      assert.deepEqual(kept.keptEdited, ["concept"]);
      assert.equal(kept.requests, 0);
      assert.equal(await (0, import_tempStory.readText)(h.fs, conceptPath), edited);
      const before = h.generateRequests().length;
      const forced = await h.run({ target: "concept", regenerate: "concept", force: true });
      assert.deepEqual(forced.generated, ["concept"]);
      assert.equal(forced.backups.length, 1);
      assert.equal(await (0, import_tempStory.readText)(h.fs, forced.backups[0]), edited);
      assert.equal(h.generateRequests().length, before + 1, "regenerate bypasses the cache");
      assert.equal(statesOf(forced).concept, "done");
      assert.equal((await (0, import_tempStory.readText)(h.fs, conceptPath)).includes("My own note."), false);
    });
  });
  describe("modes", () => {
    it("drafts in order in sequential mode, each chapter from the previous one's ending", async () => {
      h = await (0, import_workflowHarness.workflowHarness)({ "workflow.draftMode": "sequential" });
      const run = await h.run({ target: "draft" });
      assert.equal(run.outcome, "completed", JSON.stringify(run.failures));
      const drafts = h.generateRequests().filter((r) => r.promptText.startsWith("Write about"));
      assert.deepEqual(drafts.map((r) => /Chapter (\d+) of the story/.exec(r.promptText)?.[1]), ["1", "2", "3"]);
      assert.equal(drafts[0].promptText.includes("<previous_chapter_ending>"), false);
      const chapter1 = await (0, import_checkpointFile.readCheckpoint)(h.fs, (0, import_node_path.join)(h.storyDir, "04-draft", "chapter-01.md"), "c1");
      assert.ok(chapter1.kind === "checkpoint");
      if (chapter1.kind !== "checkpoint") return;
      const ending = (0, import_chapter.parseChapter)(chapter1.body).prose.slice(-40);
      assert.ok(drafts[1].promptText.includes("<previous_chapter_ending>") && drafts[1].promptText.includes(ending));
      const chapter2 = await (0, import_checkpointFile.readCheckpoint)(h.fs, (0, import_node_path.join)(h.storyDir, "04-draft", "chapter-02.md"), "c2");
      assert.ok(chapter2.kind === "checkpoint" && "04-draft/chapter-01.md" in chapter2.meta.inputs);
      const path1 = (0, import_node_path.join)(h.storyDir, "04-draft", "chapter-01.md");
      await (0, import_tempStory.writeText)(h.fs, path1, `${await (0, import_tempStory.readText)(h.fs, path1)}
A new last line.
`);
      const state = statesOf(await (0, import_state.computeStoryState)(h.fs, h.storyDir, { draftMode: "sequential" }));
      assert.equal(state["draft:02"], "stale");
      assert.equal(state["draft:03"], "done");
    });
    it("asks for approval after each stage: Regenerate makes it again, Stop ends the run", async () => {
      h = await (0, import_workflowHarness.workflowHarness)({ "workflow.requireApproval": true });
      const asked = [];
      const run = await h.run({
        approve: async (stage, result) => {
          asked.push(`${stage}:${result.files.join(",")}`);
          if (stage === "concept") return asked.length === 1 ? "regenerate" : "continue";
          return "stop";
        }
      });
      assert.deepEqual(asked, ["concept:01-concept.md", "concept:01-concept.md", "bible:02-bible.md"]);
      assert.equal(run.outcome, "stopped");
      assert.equal(run.exitCode, 0);
      assert.equal(h.generateRequests().filter((r) => r.promptText.startsWith("Develop the concept")).length, 2, "regenerate bypasses the cache");
      assert.equal(statesOf(run).outline, "pending");
      const resumed = await h.run({ approve: async () => "continue" });
      assert.equal(resumed.outcome, "completed");
      assert.equal(resumed.generated.includes("concept"), false);
    });
    it("names a damaged input file and leaves it alone", async () => {
      h = await (0, import_workflowHarness.workflowHarness)();
      await h.run({ target: "bible" });
      const biblePath = (0, import_node_path.join)(h.storyDir, "02-bible.md");
      const garbage = new Uint8Array([0, 222, 173, 190, 239, 0]);
      await h.fs.writeFile(biblePath, garbage);
      const run = await h.run();
      assert.equal(run.outcome, "failed");
      assert.equal(run.exitCode, 2);
      assert.equal(run.failures[0]?.item, "outline");
      assert.match(run.failures[0]?.message ?? "", /^02-bible\.md: /);
      assert.equal(statesOf(run).bible, "edited");
      assert.deepEqual([...await h.fs.readFile(biblePath)], [...garbage], "never overwritten silently");
      assert.equal(h.generateRequests().length, 2, "no request for the stage that cannot be made");
    });
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC91bml0L3dvcmtmbG93L3J1bm5lci50ZXN0LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgKiBhcyBhc3NlcnQgZnJvbSAnbm9kZTphc3NlcnQvc3RyaWN0JztcbmltcG9ydCB7IHJlYWRkaXIgfSBmcm9tICdub2RlOmZzL3Byb21pc2VzJztcbmltcG9ydCB7IGpvaW4gfSBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHsgcmVhZENoZWNrcG9pbnQgfSBmcm9tICcuLi8uLi8uLi9zcmMvY29yZS9jaGVja3BvaW50L2NoZWNrcG9pbnRGaWxlJztcbmltcG9ydCB7IFN0b3J5TG9ja2VkRXJyb3IgfSBmcm9tICcuLi8uLi8uLi9zcmMvY29yZS9jaGVja3BvaW50L2xvY2snO1xuaW1wb3J0IHsgbG9ja1BhdGggfSBmcm9tICcuLi8uLi8uLi9zcmMvY29yZS9jaGVja3BvaW50L3N0b3J5UGF0aHMnO1xuaW1wb3J0IHsgcGFyc2VDaGFwdGVyLCBwcm9zZUZyb21Nb2RlbCB9IGZyb20gJy4uLy4uLy4uL3NyYy9jb3JlL3N0YWdlcy9jaGFwdGVyJztcbmltcG9ydCB0eXBlIHsgUHJvZ3Jlc3NFdmVudCB9IGZyb20gJy4uLy4uLy4uL3NyYy9jb3JlL3dvcmtmbG93L3Byb2dyZXNzJztcbmltcG9ydCB7IGNvbXB1dGVTdG9yeVN0YXRlLCB0eXBlIFN0b3J5U3RhdGUgfSBmcm9tICcuLi8uLi8uLi9zcmMvY29yZS93b3JrZmxvdy9zdGF0ZSc7XG5pbXBvcnQgeyBXb3JrZmxvd0V2ZW50cywgdHlwZSBJdGVtQ2hhbmdlIH0gZnJvbSAnLi4vLi4vLi4vc3JjL2NvcmUvd29ya2Zsb3cvd29ya2Zsb3dFdmVudHMnO1xuaW1wb3J0IHsgcmVhZFRleHQsIHdyaXRlVGV4dCB9IGZyb20gJy4vdGVtcFN0b3J5JztcbmltcG9ydCB7IHdvcmtmbG93SGFybmVzcywgdHlwZSBXb3JrZmxvd0hhcm5lc3MgfSBmcm9tICcuL3dvcmtmbG93SGFybmVzcyc7XG5cbi8qKiBCb3VuZGVkIHdhaXQgZm9yIGEgcHJvbWlzZTogYSB0ZXN0IG5ldmVyIGhhbmdzIG9uIGEgYnVnLiAqL1xuZnVuY3Rpb24gd2l0aGluPFQ+KHByb21pc2U6IFByb21pc2U8VD4sIG1zOiBudW1iZXIsIHdoYXQ6IHN0cmluZyk6IFByb21pc2U8VD4ge1xuICBsZXQgdGltZXI6IE5vZGVKUy5UaW1lb3V0IHwgdW5kZWZpbmVkO1xuICBjb25zdCB0aW1lb3V0ID0gbmV3IFByb21pc2U8bmV2ZXI+KChfLCByZWplY3QpID0+IHtcbiAgICB0aW1lciA9IHNldFRpbWVvdXQoKCkgPT4gcmVqZWN0KG5ldyBFcnJvcihgdGltZWQgb3V0IGFmdGVyICR7bXN9IG1zIHdhaXRpbmcgZm9yICR7d2hhdH1gKSksIG1zKTtcbiAgfSk7XG4gIHJldHVybiBQcm9taXNlLnJhY2UoW3Byb21pc2UsIHRpbWVvdXRdKS5maW5hbGx5KCgpID0+IGNsZWFyVGltZW91dCh0aW1lcikpO1xufVxuXG5jb25zdCBzdGF0ZXNPZiA9IChzOiBQaWNrPFN0b3J5U3RhdGUsICdpdGVtcyc+KSA9PiBPYmplY3QuZnJvbUVudHJpZXMocy5pdGVtcy5tYXAoKGkpID0+IFtpLmlkLCBpLnN0YXRlXSkpO1xuY29uc3QgaXNEcmFmdFByb21wdCA9IChjaGFwdGVyOiBudW1iZXIpID0+IChwcm9tcHQ6IHN0cmluZykgPT4gcHJvbXB0LnN0YXJ0c1dpdGgoJ1dyaXRlIGFib3V0JykgJiYgcHJvbXB0LmluY2x1ZGVzKGBDaGFwdGVyICR7Y2hhcHRlcn0gb2YgdGhlIHN0b3J5YCk7XG5jb25zdCBpc1JldmlzaW9uUHJvbXB0ID0gKHByb21wdDogc3RyaW5nKSA9PiBwcm9tcHQuc3RhcnRzV2l0aCgnUmV2aXNlIENoYXB0ZXInKTtcblxuYXN5bmMgZnVuY3Rpb24gc3RvcnlGaWxlcyhyb290OiBzdHJpbmcpOiBQcm9taXNlPHN0cmluZ1tdPiB7XG4gIGNvbnN0IGFsbCA9IChhd2FpdCByZWFkZGlyKHJvb3QsIHsgcmVjdXJzaXZlOiB0cnVlLCB3aXRoRmlsZVR5cGVzOiB0cnVlIH0pKS5maWx0ZXIoKGUpID0+IGUuaXNGaWxlKCkpO1xuICByZXR1cm4gYWxsLm1hcCgoZSkgPT4gam9pbihlLnBhcmVudFBhdGgsIGUubmFtZSkuc2xpY2Uocm9vdC5sZW5ndGggKyAxKSkuc29ydCgpO1xufVxuXG5kZXNjcmliZSgnd29ya2Zsb3cgcnVubmVyIChyZWFsIEdlbWluaSBzZXJ2aWNlLCBTREsgYW5kIHRoZSBHZW1pbmktcHJvdG9jb2wgdGVzdCBzZXJ2ZXIpJywgZnVuY3Rpb24gKCkge1xuICB0aGlzLnRpbWVvdXQoMzBfMDAwKTtcbiAgbGV0IGg6IFdvcmtmbG93SGFybmVzcztcbiAgYWZ0ZXJFYWNoKGFzeW5jICgpID0+IGg/LmNsZWFudXAoKSk7XG5cbiAgZGVzY3JpYmUoJ29uIGEgZnJlc2ggc3RvcnknLCAoKSA9PiB7XG4gICAgYmVmb3JlRWFjaChhc3luYyAoKSA9PiB7XG4gICAgICBoID0gYXdhaXQgd29ya2Zsb3dIYXJuZXNzKCk7XG4gICAgfSk7XG5cbiAgICBpdCgnd3JpdGVzIGV2ZXJ5IHN0YWdlIGZpbGUgd2l0aCB2YWxpZCBmcm9udCBtYXR0ZXIsIHRoZW4gYSBzZWNvbmQgcnVuIG1ha2VzIHplcm8gcmVxdWVzdHMnLCBhc3luYyAoKSA9PiB7XG4gICAgICBjb25zdCBjaGFuZ2VzOiBJdGVtQ2hhbmdlW10gPSBbXTtcbiAgICAgIGNvbnN0IGV2ZW50cyA9IG5ldyBXb3JrZmxvd0V2ZW50cygpO1xuICAgICAgZXZlbnRzLm9uRGlkQ2hhbmdlKChjKSA9PiBjaGFuZ2VzLnB1c2goYykpO1xuICAgICAgY29uc3QgcHJvZ3Jlc3M6IFByb2dyZXNzRXZlbnRbXSA9IFtdO1xuICAgICAgY29uc3QgZmlyc3QgPSBhd2FpdCBoLnJ1bih7IGV2ZW50cywgb25Qcm9ncmVzczogKGUpID0+IHByb2dyZXNzLnB1c2goZSkgfSk7XG5cbiAgICAgIGFzc2VydC5lcXVhbChmaXJzdC5vdXRjb21lLCAnY29tcGxldGVkJywgSlNPTi5zdHJpbmdpZnkoZmlyc3QuZmFpbHVyZXMpKTtcbiAgICAgIGFzc2VydC5lcXVhbChmaXJzdC5leGl0Q29kZSwgMCk7XG4gICAgICBjb25zdCBleHBlY3RlZCA9IFsnY29uY2VwdCcsICdiaWJsZScsICdvdXRsaW5lJywgJ2RyYWZ0OjAxJywgJ2RyYWZ0OjAyJywgJ2RyYWZ0OjAzJywgJ3JldmlzaW9uOjAxJywgJ3JldmlzaW9uOjAyJywgJ3JldmlzaW9uOjAzJywgJ21hbnVzY3JpcHQnXTtcbiAgICAgIGFzc2VydC5kZWVwRXF1YWwoWy4uLmZpcnN0LmdlbmVyYXRlZF0uc29ydCgpLCBbLi4uZXhwZWN0ZWRdLnNvcnQoKSk7XG4gICAgICBhc3NlcnQub2soZmlyc3QuaXRlbXMuZXZlcnkoKGkpID0+IGkuc3RhdGUgPT09ICdkb25lJykpO1xuICAgICAgYXNzZXJ0LmVxdWFsKGZpcnN0LnJlcXVlc3RzLCA5KTsgLy8gbWFudXNjcmlwdDogbm8gbW9kZWwgY2FsbFxuICAgICAgYXNzZXJ0LmVxdWFsKGguZ2VuZXJhdGVSZXF1ZXN0cygpLmxlbmd0aCwgOSk7XG5cbiAgICAgIGZvciAoY29uc3QgaXRlbSBvZiBmaXJzdC5pdGVtcykge1xuICAgICAgICBjb25zdCByZWFkID0gYXdhaXQgcmVhZENoZWNrcG9pbnQoaC5mcywgaXRlbS5wYXRoLCBpdGVtLmZpbGUpO1xuICAgICAgICBhc3NlcnQuZXF1YWwocmVhZC5raW5kLCAnY2hlY2twb2ludCcsIGl0ZW0uZmlsZSk7XG4gICAgICAgIGlmIChyZWFkLmtpbmQgIT09ICdjaGVja3BvaW50JykgY29udGludWU7XG4gICAgICAgIGFzc2VydC5lcXVhbChyZWFkLm1ldGEuc3RhZ2UsIGl0ZW0uc3RhZ2UpO1xuICAgICAgICBhc3NlcnQuZXF1YWwocmVhZC5tZXRhLmNoYXB0ZXIsIGl0ZW0uY2hhcHRlcik7XG4gICAgICAgIGFzc2VydC5vayhyZWFkLm1ldGEud29yZHMgPiAwLCBgJHtpdGVtLmZpbGV9IGhhcyB3b3Jkc2ApO1xuICAgICAgICBhc3NlcnQub2soT2JqZWN0LmtleXMocmVhZC5tZXRhLmlucHV0cykubGVuZ3RoID4gMCwgYCR7aXRlbS5maWxlfSByZWNvcmRzIGl0cyBpbnB1dHNgKTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IGZpbGVzID0gYXdhaXQgc3RvcnlGaWxlcyhoLnN0b3J5RGlyKTtcbiAgICAgIGFzc2VydC5kZWVwRXF1YWwoZmlsZXMuZmlsdGVyKChmKSA9PiBmLmluY2x1ZGVzKCcucGFydGlhbC4nKSB8fCBmLmluY2x1ZGVzKCcudG1wLScpKSwgW10pO1xuICAgICAgYXNzZXJ0LmVxdWFsKGZpbGVzLmluY2x1ZGVzKCcuc3Rvcnktd3JpdGVyL2xvY2snKSwgZmFsc2UsICd0aGUgbG9jayBpcyByZWxlYXNlZCcpO1xuXG4gICAgICBhc3NlcnQub2soY2hhbmdlcy5zb21lKChjKSA9PiBjLmlkID09PSAnZHJhZnQ6MDInICYmIGMuc3RhdGUgPT09ICdydW5uaW5nJykpO1xuICAgICAgYXNzZXJ0Lm9rKGNoYW5nZXMuc29tZSgoYykgPT4gYy5pZCA9PT0gJ2RyYWZ0OjAyJyAmJiBjLnN0YXRlID09PSAnZG9uZScpKTtcbiAgICAgIGNvbnN0IHN0YXJ0ZWQgPSBwcm9ncmVzcy5maWx0ZXIoKGUpID0+IGUudHlwZSA9PT0gJ3N0YWdlLXN0YXJ0ZWQnKS5tYXAoKGUpID0+IGUuc3RhZ2UpO1xuICAgICAgYXNzZXJ0LmRlZXBFcXVhbChzdGFydGVkLCBbJ2NvbmNlcHQnLCAnYmlibGUnLCAnb3V0bGluZScsICdkcmFmdCcsICdyZXZpc2lvbicsICdtYW51c2NyaXB0J10pO1xuICAgICAgY29uc3QgbGFzdERyYWZ0ID0gcHJvZ3Jlc3MuZmlsdGVyKChlKSA9PiBlLnR5cGUgPT09ICdpdGVtLWZpbmlzaGVkJyAmJiBlLnN0YWdlID09PSAnZHJhZnQnKS5hdCgtMSk7XG4gICAgICBhc3NlcnQuZXF1YWwobGFzdERyYWZ0Py5pbmRleCwgMyk7XG4gICAgICBhc3NlcnQuZXF1YWwobGFzdERyYWZ0Py50b3RhbCwgMyk7XG4gICAgICBhc3NlcnQub2soKHByb2dyZXNzLmF0KC0xKT8udG9rZW5zID8/IDApID4gMCk7XG5cbiAgICAgIGNvbnN0IGJlZm9yZSA9IGguc2VydmVyLnJlcXVlc3RzLmxlbmd0aDtcbiAgICAgIGNvbnN0IHNlY29uZCA9IGF3YWl0IGgucnVuKCk7XG4gICAgICBhc3NlcnQuZXF1YWwoc2Vjb25kLnJlcXVlc3RzLCAwKTtcbiAgICAgIGFzc2VydC5kZWVwRXF1YWwoc2Vjb25kLmdlbmVyYXRlZCwgW10pO1xuICAgICAgYXNzZXJ0LmVxdWFsKGguc2VydmVyLnJlcXVlc3RzLmxlbmd0aCwgYmVmb3JlLCAnYW4gdW5jaGFuZ2VkIHN0b3J5IGNvc3RzIG5vdGhpbmcnKTtcbiAgICAgIGFzc2VydC5lcXVhbChzZWNvbmQub3V0Y29tZSwgJ2NvbXBsZXRlZCcpO1xuICAgIH0pO1xuXG4gICAgaXQoJ3JlZ2VuZXJhdGVzIG9ubHkgd2hhdCBkZXBlbmRzIG9uIGFuIGVkaXRlZCBjb25jZXB0LCBuZXZlciB0aGUgY29uY2VwdCBpdHNlbGYnLCBhc3luYyAoKSA9PiB7XG4gICAgICBhd2FpdCBoLnJ1bigpO1xuICAgICAgY29uc3QgY29uY2VwdFBhdGggPSBqb2luKGguc3RvcnlEaXIsICcwMS1jb25jZXB0Lm1kJyk7XG4gICAgICBjb25zdCBlZGl0ZWQgPSAoYXdhaXQgcmVhZFRleHQoaC5mcywgY29uY2VwdFBhdGgpKS5yZXBsYWNlKCcjIyBMb2dsaW5lJywgJyMjIExvZ2xpbmVcXG5cXG5BIGtlZXBlciB3aG8gd2lsbCBub3QgbGVhdmUuJyk7XG4gICAgICBhd2FpdCB3cml0ZVRleHQoaC5mcywgY29uY2VwdFBhdGgsIGVkaXRlZCk7XG4gICAgICBjb25zdCBzdGF0ZSA9IGF3YWl0IGNvbXB1dGVTdG9yeVN0YXRlKGguZnMsIGguc3RvcnlEaXIpO1xuICAgICAgYXNzZXJ0LmVxdWFsKHN0YXRlc09mKHN0YXRlKS5jb25jZXB0LCAnZWRpdGVkJyk7XG4gICAgICBhc3NlcnQuZXF1YWwoc3RhdGVzT2Yoc3RhdGUpLmJpYmxlLCAnc3RhbGUnKTtcbiAgICAgIGFzc2VydC5lcXVhbChzdGF0ZXNPZihzdGF0ZSlbJ2RyYWZ0OjAxJ10sICdkb25lJywgJ2NoYXB0ZXJzIGRvIG5vdCByZWFkIHRoZSBjb25jZXB0Jyk7XG5cbiAgICAgIGNvbnN0IGJlZm9yZSA9IGguZ2VuZXJhdGVSZXF1ZXN0cygpLmxlbmd0aDtcbiAgICAgIGNvbnN0IHJ1biA9IGF3YWl0IGgucnVuKCk7XG4gICAgICBhc3NlcnQuZXF1YWwocnVuLm91dGNvbWUsICdjb21wbGV0ZWQnKTtcbiAgICAgIGFzc2VydC5lcXVhbChydW4uZ2VuZXJhdGVkLmluY2x1ZGVzKCdjb25jZXB0JyksIGZhbHNlKTtcbiAgICAgIGFzc2VydC5vayhydW4uZ2VuZXJhdGVkLmluY2x1ZGVzKCdiaWJsZScpICYmIHJ1bi5nZW5lcmF0ZWQuaW5jbHVkZXMoJ291dGxpbmUnKSk7XG4gICAgICBhc3NlcnQuZXF1YWwoYXdhaXQgcmVhZFRleHQoaC5mcywgY29uY2VwdFBhdGgpLCBlZGl0ZWQsIFwidGhlIHdyaXRlcidzIGNvbmNlcHQgaXMga2VwdCBhcyB3cml0dGVuXCIpO1xuICAgICAgY29uc3QgbmV3UHJvbXB0cyA9IGguZ2VuZXJhdGVSZXF1ZXN0cygpLnNsaWNlKGJlZm9yZSkubWFwKChyKSA9PiByLnByb21wdFRleHQpO1xuICAgICAgYXNzZXJ0LmVxdWFsKG5ld1Byb21wdHMuc29tZSgocCkgPT4gcC5zdGFydHNXaXRoKCdEZXZlbG9wIHRoZSBjb25jZXB0JykpLCBmYWxzZSk7XG4gICAgICBhc3NlcnQub2sobmV3UHJvbXB0cy5zb21lKChwKSA9PiBwLmluY2x1ZGVzKCdBIGtlZXBlciB3aG8gd2lsbCBub3QgbGVhdmUuJykpLCAndGhlIGVkaXQgZmxvd3MgaW50byBsYXRlciBwcm9tcHRzJyk7XG4gICAgICBhc3NlcnQuZXF1YWwoc3RhdGVzT2YoYXdhaXQgY29tcHV0ZVN0b3J5U3RhdGUoaC5mcywgaC5zdG9yeURpcikpLmNvbmNlcHQsICdlZGl0ZWQnKTtcbiAgICB9KTtcblxuICAgIGl0KCdyZWdlbmVyYXRlcyBvbmx5IHRoZSByZXZpc2lvbiBvZiBhbiBlZGl0ZWQgZHJhZnQgY2hhcHRlciAoYW5kIHRoZSBtYW51c2NyaXB0KSwgYW5kIHNlcnZlcyBhIHJldmVydGVkIGVkaXQgZnJvbSB0aGUgZGlzayBjYWNoZScsIGFzeW5jICgpID0+IHtcbiAgICAgIGF3YWl0IGgucnVuKCk7XG4gICAgICBjb25zdCBkcmFmdFBhdGggPSBqb2luKGguc3RvcnlEaXIsICcwNC1kcmFmdCcsICdjaGFwdGVyLTAyLm1kJyk7XG4gICAgICBjb25zdCBvcmlnaW5hbCA9IGF3YWl0IHJlYWRUZXh0KGguZnMsIGRyYWZ0UGF0aCk7XG4gICAgICBhd2FpdCB3cml0ZVRleHQoaC5mcywgZHJhZnRQYXRoLCBvcmlnaW5hbC5yZXBsYWNlKC9cXG4kLywgJ1xcblxcblRoZSBsYW1wIHdlbnQgb3V0LCBhbmQgc2hlIGxldCBpdC5cXG4nKSk7XG4gICAgICBjb25zdCBhZnRlckVkaXQgPSBhd2FpdCBoLnJ1bigpO1xuICAgICAgYXNzZXJ0LmRlZXBFcXVhbChhZnRlckVkaXQuZ2VuZXJhdGVkLCBbJ3JldmlzaW9uOjAyJywgJ21hbnVzY3JpcHQnXSk7XG4gICAgICBhc3NlcnQuZXF1YWwoYWZ0ZXJFZGl0LnJlcXVlc3RzLCAxKTtcbiAgICAgIGFzc2VydC5lcXVhbChhZnRlckVkaXQuYXBpQ2FsbHMsIDEpO1xuXG4gICAgICAvLyBCYWNrIHRvIHRoZSBkcmFmdCBhcyBnZW5lcmF0ZWQ6IHRoZSByZXZpc2lvbiBtYWRlIGZyb20gaXQgdGhlbiBpcyBpbiB0aGUgcGVyc2lzdGVudCBjYWNoZS5cbiAgICAgIGF3YWl0IHdyaXRlVGV4dChoLmZzLCBkcmFmdFBhdGgsIG9yaWdpbmFsKTtcbiAgICAgIGF3YWl0IGgucmVzdGFydFNlcnZpY2UoKTtcbiAgICAgIGNvbnN0IGJlZm9yZSA9IGguc2VydmVyLnJlcXVlc3RzLmxlbmd0aDtcbiAgICAgIGNvbnN0IHJldmVydGVkID0gYXdhaXQgaC5ydW4oKTtcbiAgICAgIGFzc2VydC5kZWVwRXF1YWwocmV2ZXJ0ZWQuZ2VuZXJhdGVkLCBbJ3JldmlzaW9uOjAyJywgJ21hbnVzY3JpcHQnXSk7XG4gICAgICBhc3NlcnQuZXF1YWwocmV2ZXJ0ZWQucmVxdWVzdHMsIDEpO1xuICAgICAgYXNzZXJ0LmVxdWFsKHJldmVydGVkLmNhY2hlSGl0cywgMSk7XG4gICAgICBhc3NlcnQuZXF1YWwocmV2ZXJ0ZWQuYXBpQ2FsbHMsIDApO1xuICAgICAgYXNzZXJ0LmVxdWFsKGguc2VydmVyLnJlcXVlc3RzLmxlbmd0aCwgYmVmb3JlLCAnbm8gQVBJIGNhbGwnKTtcbiAgICAgIGNvbnN0IHJldmlzaW9uID0gYXdhaXQgcmVhZENoZWNrcG9pbnQoaC5mcywgam9pbihoLnN0b3J5RGlyLCAnMDUtcmV2aXNpb24nLCAnY2hhcHRlci0wMi5tZCcpLCAnMDUtcmV2aXNpb24vY2hhcHRlci0wMi5tZCcpO1xuICAgICAgYXNzZXJ0LmVxdWFsKHJldmlzaW9uLmtpbmQgPT09ICdjaGVja3BvaW50JyAmJiByZXZpc2lvbi5tZXRhLmNhY2hlZCwgdHJ1ZSk7XG4gICAgfSk7XG5cbiAgICBpdCgncmVwYWlycyBhIHJlcGx5IHRoYXQgaXMgbm90IEpTT04nLCBhc3luYyAoKSA9PiB7XG4gICAgICBoLnNlcnZlci5zY3JpcHQoeyBraW5kOiAndGV4dCcsIHRleHQ6ICd7XCJ0aXRsZVwiOiBcIlRoZSBMaWdodGhvdXNlIEtlZXBlclwiLCBcImxvZ2xpbmVcIjogJyB9KTtcbiAgICAgIGNvbnN0IHJ1biA9IGF3YWl0IGgucnVuKHsgdGFyZ2V0OiAnY29uY2VwdCcgfSk7XG4gICAgICBhc3NlcnQuZXF1YWwocnVuLm91dGNvbWUsICdjb21wbGV0ZWQnLCBKU09OLnN0cmluZ2lmeShydW4uZmFpbHVyZXMpKTtcbiAgICAgIGFzc2VydC5kZWVwRXF1YWwocnVuLmdlbmVyYXRlZCwgWydjb25jZXB0J10pO1xuICAgICAgYXNzZXJ0LmVxdWFsKGguZ2VuZXJhdGVSZXF1ZXN0cygpLmxlbmd0aCwgMiwgJ3RoZSBiYWQgcmVwbHkgYW5kIGl0cyByZXBhaXInKTtcbiAgICAgIGFzc2VydC5lcXVhbChzdGF0ZXNPZihydW4pLmNvbmNlcHQsICdkb25lJyk7XG4gICAgfSk7XG5cbiAgICBpdCgnZmFpbHMgb25lIGNoYXB0ZXIgYmxvY2tlZCBmb3IgU0FGRVRZIHdpdGggdGhlIHJlYXNvbiwgZmluaXNoZXMgdGhlIG90aGVycywgZXhpdCBjb2RlIDUnLCBhc3luYyAoKSA9PiB7XG4gICAgICBoLnNlcnZlci5zY3JpcHRXaGVuKChyKSA9PiBpc0RyYWZ0UHJvbXB0KDIpKHIucHJvbXB0VGV4dCksIHsga2luZDogJ2ZpeHR1cmUnLCBuYW1lOiAnMjAwLWZpbmlzaC1zYWZldHknIH0sIHsgdGltZXM6IEluZmluaXR5IH0pO1xuICAgICAgY29uc3QgcnVuID0gYXdhaXQgaC5ydW4oKTtcbiAgICAgIGFzc2VydC5lcXVhbChydW4ub3V0Y29tZSwgJ2ZhaWxlZCcpO1xuICAgICAgYXNzZXJ0LmVxdWFsKHJ1bi5leGl0Q29kZSwgNSk7XG4gICAgICBhc3NlcnQuZGVlcEVxdWFsKHJ1bi5mYWlsdXJlcy5tYXAoKGYpID0+IFtmLml0ZW0sIGYua2luZF0pLCBbWydkcmFmdDowMicsICdjb250ZW50LWJsb2NrZWQnXV0pO1xuICAgICAgY29uc3Qgc3RhdGVzID0gc3RhdGVzT2YocnVuKTtcbiAgICAgIGFzc2VydC5lcXVhbChzdGF0ZXNbJ2RyYWZ0OjAyJ10sICdmYWlsZWQnKTtcbiAgICAgIGFzc2VydC5lcXVhbChzdGF0ZXNbJ3JldmlzaW9uOjAyJ10sICdwZW5kaW5nJyk7XG4gICAgICBmb3IgKGNvbnN0IGlkIG9mIFsnZHJhZnQ6MDEnLCAnZHJhZnQ6MDMnLCAncmV2aXNpb246MDEnLCAncmV2aXNpb246MDMnXSkgYXNzZXJ0LmVxdWFsKHN0YXRlc1tpZF0sICdkb25lJywgaWQpO1xuICAgICAgYXNzZXJ0LmVxdWFsKHN0YXRlcy5tYW51c2NyaXB0LCAncGVuZGluZycsICdhIHN0b3J5IHdpdGggYSBtaXNzaW5nIGNoYXB0ZXIgaXMgbm90IGFzc2VtYmxlZCcpO1xuICAgICAgY29uc3QgZmFpbGVkID0gKGF3YWl0IGNvbXB1dGVTdG9yeVN0YXRlKGguZnMsIGguc3RvcnlEaXIpKS5pdGVtcy5maW5kKChpKSA9PiBpLmlkID09PSAnZHJhZnQ6MDInKTtcbiAgICAgIGFzc2VydC5lcXVhbChmYWlsZWQ/LnN0YXRlLCAnZmFpbGVkJyk7XG4gICAgICBhc3NlcnQubWF0Y2goZmFpbGVkPy5yZWFzb24gPz8gJycsIC9zYWZldHkvaSk7XG4gICAgfSk7XG5cbiAgICBpdCgnc2tpcHMgZmFpbGluZyByZXZpc2lvbnMgdW5kZXIgc2tpcF9vcHRpb25hbCBhbmQgYXNzZW1ibGVzIHRoZSBtYW51c2NyaXB0IGZyb20gdGhlIGRyYWZ0cycsIGFzeW5jICgpID0+IHtcbiAgICAgIGguc2VydmVyLnNjcmlwdFdoZW4oKHIpID0+IGlzUmV2aXNpb25Qcm9tcHQoci5wcm9tcHRUZXh0KSwgeyBraW5kOiAnZml4dHVyZScsIG5hbWU6ICcyMDAtZmluaXNoLXNhZmV0eScgfSwgeyB0aW1lczogSW5maW5pdHkgfSk7XG4gICAgICBjb25zdCBydW4gPSBhd2FpdCBoLnJ1bigpO1xuICAgICAgYXNzZXJ0LmVxdWFsKHJ1bi5vdXRjb21lLCAnY29tcGxldGVkJywgSlNPTi5zdHJpbmdpZnkocnVuLmZhaWx1cmVzKSk7XG4gICAgICBhc3NlcnQuZXF1YWwocnVuLmV4aXRDb2RlLCAwKTtcbiAgICAgIGFzc2VydC5kZWVwRXF1YWwoWy4uLnJ1bi5za2lwcGVkXS5zb3J0KCksIFsncmV2aXNpb246MDEnLCAncmV2aXNpb246MDInLCAncmV2aXNpb246MDMnXSk7XG4gICAgICBjb25zdCBtYW51c2NyaXB0ID0gYXdhaXQgcmVhZENoZWNrcG9pbnQoaC5mcywgam9pbihoLnN0b3J5RGlyLCAnc3RvcnkubWQnKSwgJ3N0b3J5Lm1kJyk7XG4gICAgICBhc3NlcnQuZXF1YWwobWFudXNjcmlwdC5raW5kLCAnY2hlY2twb2ludCcpO1xuICAgICAgaWYgKG1hbnVzY3JpcHQua2luZCAhPT0gJ2NoZWNrcG9pbnQnKSByZXR1cm47XG4gICAgICBhc3NlcnQuZGVlcEVxdWFsKE9iamVjdC5rZXlzKG1hbnVzY3JpcHQubWV0YS5pbnB1dHMpLnNvcnQoKSwgWycwNC1kcmFmdC9jaGFwdGVyLTAxLm1kJywgJzA0LWRyYWZ0L2NoYXB0ZXItMDIubWQnLCAnMDQtZHJhZnQvY2hhcHRlci0wMy5tZCddKTtcbiAgICAgIGNvbnN0IGRyYWZ0MSA9IGF3YWl0IHJlYWRDaGVja3BvaW50KGguZnMsIGpvaW4oaC5zdG9yeURpciwgJzA0LWRyYWZ0JywgJ2NoYXB0ZXItMDEubWQnKSwgJzA0LWRyYWZ0L2NoYXB0ZXItMDEubWQnKTtcbiAgICAgIGFzc2VydC5vayhkcmFmdDEua2luZCA9PT0gJ2NoZWNrcG9pbnQnICYmIG1hbnVzY3JpcHQuYm9keS5pbmNsdWRlcyhwYXJzZUNoYXB0ZXIoZHJhZnQxLmJvZHkpLnByb3NlLnNsaWNlKDAsIDgwKSkpO1xuICAgICAgY29uc3Qgc3RhdGUgPSBzdGF0ZXNPZihhd2FpdCBjb21wdXRlU3RvcnlTdGF0ZShoLmZzLCBoLnN0b3J5RGlyKSk7XG4gICAgICBhc3NlcnQuZXF1YWwoc3RhdGVbJ3JldmlzaW9uOjAyJ10sICdza2lwcGVkJyk7XG4gICAgICBhc3NlcnQuZXF1YWwoc3RhdGUubWFudXNjcmlwdCwgJ2RvbmUnKTtcbiAgICAgIC8vIFN0aWxsIHNraXBwZWQgbmV4dCB0aW1lOiBub3RoaW5nIGNoYW5nZWQsIG5vdGhpbmcgdG8gcGF5IGZvci5cbiAgICAgIGNvbnN0IGFnYWluID0gYXdhaXQgaC5ydW4oKTtcbiAgICAgIGFzc2VydC5lcXVhbChhZ2Fpbi5yZXF1ZXN0cywgMCk7XG4gICAgfSk7XG5cbiAgICBpdCgnc3RvcHMgYXQgb25jZSBvbiBhIGJhZCBBUEkga2V5IHdpdGggaXRzIGV4aXQgY29kZScsIGFzeW5jICgpID0+IHtcbiAgICAgIGguc2VydmVyLnNjcmlwdFdoZW4oKCkgPT4gdHJ1ZSwgeyBraW5kOiAnZml4dHVyZScsIG5hbWU6ICc0MDAtYXBpLWtleS1pbnZhbGlkJyB9LCB7IHRpbWVzOiBJbmZpbml0eSB9KTtcbiAgICAgIGNvbnN0IHJ1biA9IGF3YWl0IGgucnVuKCk7XG4gICAgICBhc3NlcnQuZXF1YWwocnVuLm91dGNvbWUsICdmYWlsZWQnKTtcbiAgICAgIGFzc2VydC5lcXVhbChydW4uZXhpdENvZGUsIDMpO1xuICAgICAgYXNzZXJ0LmVxdWFsKGguZ2VuZXJhdGVSZXF1ZXN0cygpLmxlbmd0aCwgMSk7XG4gICAgICBhc3NlcnQuZGVlcEVxdWFsKHJ1bi5mYWlsdXJlcy5tYXAoKGYpID0+IGYua2luZCksIFsnYXV0aCddKTtcbiAgICAgIGFzc2VydC5lcXVhbChzdGF0ZXNPZihydW4pLmJpYmxlLCAncGVuZGluZycpO1xuICAgIH0pO1xuXG4gICAgaXQoJ3JlZnVzZXMgYSBzZWNvbmQgY29uY3VycmVudCBydW4gd2hpbGUgdGhlIGZpcnN0IGhvbGRzIHRoZSBsb2NrLCBhbmQgcmVsZWFzZXMgaXQgYWZ0ZXInLCBhc3luYyAoKSA9PiB7XG4gICAgICBjb25zdCBob2xkID0gaC5zZXJ2ZXIuc2NyaXB0V2hlbigocikgPT4gci5wcm9tcHRUZXh0LnN0YXJ0c1dpdGgoJ0RldmVsb3AgdGhlIGNvbmNlcHQnKSwgeyBraW5kOiAnaGFuZycgfSk7XG4gICAgICBjb25zdCBjb250cm9sbGVyID0gbmV3IEFib3J0Q29udHJvbGxlcigpO1xuICAgICAgY29uc3QgZmlyc3QgPSBoLnJ1bih7IHNpZ25hbDogY29udHJvbGxlci5zaWduYWwsIG93bmVyOiAnZmlyc3QgcnVuJyB9KTtcbiAgICAgIGF3YWl0IHdpdGhpbihoLnNlcnZlci53YWl0Rm9yUmVxdWVzdCgocikgPT4gci5wcm9tcHRUZXh0LnN0YXJ0c1dpdGgoJ0RldmVsb3AgdGhlIGNvbmNlcHQnKSksIDUwMDAsICd0aGUgZmlyc3QgcnVuIHRvIHN0YXJ0Jyk7XG4gICAgICBhd2FpdCBhc3NlcnQucmVqZWN0cyhoLnJ1bih7IG93bmVyOiAnc2Vjb25kIHJ1bicgfSksIChlOiB1bmtub3duKSA9PiBlIGluc3RhbmNlb2YgU3RvcnlMb2NrZWRFcnJvciAmJiBlLmhvbGRlcj8ub3duZXIgPT09ICdmaXJzdCBydW4nKTtcbiAgICAgIGNvbnRyb2xsZXIuYWJvcnQoKTtcbiAgICAgIGNvbnN0IGNhbmNlbGxlZCA9IGF3YWl0IHdpdGhpbihmaXJzdCwgNTAwMCwgJ3RoZSBmaXJzdCBydW4gdG8gZW5kJyk7XG4gICAgICBob2xkLmNhbmNlbCgpO1xuICAgICAgYXNzZXJ0LmVxdWFsKGNhbmNlbGxlZC5vdXRjb21lLCAnY2FuY2VsbGVkJyk7XG4gICAgICBhc3NlcnQuZXF1YWwoY2FuY2VsbGVkLmV4aXRDb2RlLCAxMzApO1xuICAgICAgYXNzZXJ0LmVxdWFsKGF3YWl0IGguZnMuc3RhdChsb2NrUGF0aChoLnN0b3J5RGlyKSksIHVuZGVmaW5lZCwgJ3RoZSBsb2NrIGlzIHJlbGVhc2VkIG9uIGNhbmNlbCcpO1xuICAgICAgY29uc3QgdGhpcmQgPSBhd2FpdCBoLnJ1bigpO1xuICAgICAgYXNzZXJ0LmVxdWFsKHRoaXJkLm91dGNvbWUsICdjb21wbGV0ZWQnKTtcbiAgICB9KTtcbiAgfSk7XG5cbiAgZGVzY3JpYmUoJ2VtZXJnZW5jeSBzYXZlJywgKCkgPT4ge1xuICAgIGJlZm9yZUVhY2goYXN5bmMgKCkgPT4ge1xuICAgICAgaCA9IGF3YWl0IHdvcmtmbG93SGFybmVzcyh7ICdyYXRlTGltaXQubWF4Q29uY3VycmVudCc6IDEgfSk7XG4gICAgICBhd2FpdCBoLnJ1bih7IHRhcmdldDogJ291dGxpbmUnIH0pO1xuICAgICAgaC5zZXJ2ZXIuc2V0T3B0aW9ucyh7IHRva2Vuc1BlclNlY29uZDogNDAwLCB3b3Jkc1BlckNodW5rOiAzIH0pO1xuICAgIH0pO1xuXG4gICAgaXQoJ2tlZXBzIHN0cmVhbWVkIHRleHQgd2hlbiBjYW5jZWxsZWQgbWlkLWRyYWZ0IGFuZCBjb250aW51ZXMgZnJvbSBpdCBvbiB0aGUgbmV4dCBydW4sIHRoZSB0ZXh0IGFwcGVhcmluZyBvbmNlJywgYXN5bmMgKCkgPT4ge1xuICAgICAgY29uc3QgY29udHJvbGxlciA9IG5ldyBBYm9ydENvbnRyb2xsZXIoKTtcbiAgICAgIGxldCBzaG93biA9ICcnO1xuICAgICAgY29uc3QgY2FuY2VsbGVkID0gYXdhaXQgaC5ydW4oe1xuICAgICAgICBzaWduYWw6IGNvbnRyb2xsZXIuc2lnbmFsLFxuICAgICAgICBvblRleHQ6IChpZCwgX2RlbHRhLCBzb0ZhcikgPT4ge1xuICAgICAgICAgIHNob3duID0gc29GYXI7XG4gICAgICAgICAgaWYgKGlkID09PSAnZHJhZnQ6MDEnICYmIHNvRmFyLnNwbGl0KC9cXHMrLykubGVuZ3RoID49IDYpIGNvbnRyb2xsZXIuYWJvcnQoKTtcbiAgICAgICAgfSxcbiAgICAgIH0pO1xuICAgICAgYXNzZXJ0LmVxdWFsKGNhbmNlbGxlZC5vdXRjb21lLCAnY2FuY2VsbGVkJyk7XG4gICAgICBhc3NlcnQuZXF1YWwoY2FuY2VsbGVkLmV4aXRDb2RlLCAxMzApO1xuICAgICAgYXNzZXJ0LmVxdWFsKGF3YWl0IGguZnMuc3RhdChsb2NrUGF0aChoLnN0b3J5RGlyKSksIHVuZGVmaW5lZCwgJ3RoZSBsb2NrIGlzIHJlbGVhc2VkJyk7XG4gICAgICBjb25zdCBwYXJ0aWFsUGF0aCA9IGpvaW4oaC5zdG9yeURpciwgJzA0LWRyYWZ0JywgJ2NoYXB0ZXItMDEucGFydGlhbC5tZCcpO1xuICAgICAgY29uc3QgcGFydGlhbCA9IGF3YWl0IHJlYWRDaGVja3BvaW50KGguZnMsIHBhcnRpYWxQYXRoLCAnMDQtZHJhZnQvY2hhcHRlci0wMS5wYXJ0aWFsLm1kJyk7XG4gICAgICBhc3NlcnQuZXF1YWwocGFydGlhbC5raW5kLCAnY2hlY2twb2ludCcpO1xuICAgICAgaWYgKHBhcnRpYWwua2luZCAhPT0gJ2NoZWNrcG9pbnQnKSByZXR1cm47XG4gICAgICBhc3NlcnQuZXF1YWwocGFydGlhbC5tZXRhLnN0YXR1cywgJ3BhcnRpYWwnKTtcbiAgICAgIGFzc2VydC5vayhwYXJ0aWFsLm1ldGEud29yZHMgPj0gNik7XG4gICAgICBhc3NlcnQub2soc2hvd24uc3RhcnRzV2l0aChwYXJ0aWFsLmJvZHkudHJpbSgpLnNsaWNlKDAsIDIwKSkpO1xuICAgICAgYXNzZXJ0LmVxdWFsKHN0YXRlc09mKGF3YWl0IGNvbXB1dGVTdG9yeVN0YXRlKGguZnMsIGguc3RvcnlEaXIpKVsnZHJhZnQ6MDEnXSwgJ3BhcnRpYWwnKTtcblxuICAgICAgaC5zZXJ2ZXIuc2V0T3B0aW9ucyh7IHRva2Vuc1BlclNlY29uZDogMCB9KTtcbiAgICAgIGNvbnN0IGJlZm9yZSA9IGguZ2VuZXJhdGVSZXF1ZXN0cygpLmxlbmd0aDtcbiAgICAgIGNvbnN0IHJlc3VtZWQgPSBhd2FpdCBoLnJ1bigpO1xuICAgICAgYXNzZXJ0LmVxdWFsKHJlc3VtZWQub3V0Y29tZSwgJ2NvbXBsZXRlZCcsIEpTT04uc3RyaW5naWZ5KHJlc3VtZWQuZmFpbHVyZXMpKTtcbiAgICAgIGNvbnN0IHNhdmVkID0gcHJvc2VGcm9tTW9kZWwocGFydGlhbC5ib2R5KTtcbiAgICAgIGNvbnN0IHRhaWwgPSBzYXZlZC5zbGljZSgtMzApO1xuICAgICAgY29uc3QgY29udGludWF0aW9uID0gaC5nZW5lcmF0ZVJlcXVlc3RzKCkuc2xpY2UoYmVmb3JlKS5maW5kKChyKSA9PiByLnByb21wdFRleHQuc3RhcnRzV2l0aCgnQ29udGludWUgQ2hhcHRlciAxJykpO1xuICAgICAgYXNzZXJ0Lm9rKGNvbnRpbnVhdGlvbiwgJ2NoYXB0ZXIgMSB3YXMgY29udGludWVkLCBub3Qgc3RhcnRlZCBvdmVyJyk7XG4gICAgICBhc3NlcnQub2soY29udGludWF0aW9uLnByb21wdFRleHQuaW5jbHVkZXModGFpbCksICd0aGUgY29udGludWF0aW9uIHByb21wdCBjYXJyaWVzIHRoZSBzYXZlZCB0ZXh0Jyk7XG4gICAgICBhc3NlcnQuZXF1YWwoaC5nZW5lcmF0ZVJlcXVlc3RzKCkuc2xpY2UoYmVmb3JlKS5zb21lKChyKSA9PiBpc0RyYWZ0UHJvbXB0KDEpKHIucHJvbXB0VGV4dCkpLCBmYWxzZSk7XG5cbiAgICAgIGNvbnN0IGZpbmFsVGV4dCA9IGF3YWl0IHJlYWRUZXh0KGguZnMsIGpvaW4oaC5zdG9yeURpciwgJzA0LWRyYWZ0JywgJ2NoYXB0ZXItMDEubWQnKSk7XG4gICAgICBhc3NlcnQuZXF1YWwoZmluYWxUZXh0LnNwbGl0KHNhdmVkKS5sZW5ndGggLSAxLCAxLCAndGhlIHNhdmVkIHRleHQgYXBwZWFycyBleGFjdGx5IG9uY2UnKTtcbiAgICAgIGFzc2VydC5lcXVhbChhd2FpdCBoLmZzLnN0YXQocGFydGlhbFBhdGgpLCB1bmRlZmluZWQsICd0aGUgcGFydGlhbCBmaWxlIGlzIGdvbmUnKTtcbiAgICB9KTtcblxuICAgIGl0KCdkaXNjYXJkcyB0aGUgdGV4dCBvZiBhIHN0cmVhbSB0aGUgc2VydmljZSByZXN0YXJ0ZWQnLCBhc3luYyAoKSA9PiB7XG4gICAgICBoLnNlcnZlci5zY3JpcHRXaGVuKChyKSA9PiBpc0RyYWZ0UHJvbXB0KDIpKHIucHJvbXB0VGV4dCksIHsga2luZDogJ2N1dCcsIGFmdGVyV29yZHM6IDggfSk7XG4gICAgICBjb25zdCByZXN0YXJ0czogc3RyaW5nW10gPSBbXTtcbiAgICAgIGNvbnN0IHJ1biA9IGF3YWl0IGgucnVuKHsgdGFyZ2V0OiAnZHJhZnQnLCBvblJlc3RhcnQ6IChpZCkgPT4gcmVzdGFydHMucHVzaChpZCkgfSk7XG4gICAgICBhc3NlcnQuZXF1YWwocnVuLm91dGNvbWUsICdjb21wbGV0ZWQnLCBKU09OLnN0cmluZ2lmeShydW4uZmFpbHVyZXMpKTtcbiAgICAgIGFzc2VydC5kZWVwRXF1YWwocmVzdGFydHMsIFsnZHJhZnQ6MDInXSk7XG4gICAgICBhc3NlcnQuZXF1YWwocnVuLnJlc3RhcnRzLCAxKTtcbiAgICAgIGNvbnN0IGNoYXB0ZXIgPSBhd2FpdCByZWFkQ2hlY2twb2ludChoLmZzLCBqb2luKGguc3RvcnlEaXIsICcwNC1kcmFmdCcsICdjaGFwdGVyLTAyLm1kJyksICcwNC1kcmFmdC9jaGFwdGVyLTAyLm1kJyk7XG4gICAgICBhc3NlcnQuZXF1YWwoY2hhcHRlci5raW5kLCAnY2hlY2twb2ludCcpO1xuICAgICAgY29uc3QgcHJvc2UgPSBjaGFwdGVyLmtpbmQgPT09ICdjaGVja3BvaW50JyA/IHBhcnNlQ2hhcHRlcihjaGFwdGVyLmJvZHkpLnByb3NlIDogJyc7XG4gICAgICBjb25zdCBvcGVuaW5nID0gcHJvc2Uuc3BsaXQoL1xccysvKS5zbGljZSgwLCA2KS5qb2luKCcgJyk7XG4gICAgICBhc3NlcnQuZXF1YWwocHJvc2Uuc3BsaXQob3BlbmluZykubGVuZ3RoIC0gMSwgMSwgJ3RoZSBjdXQgYXR0ZW1wdFxcJ3Mgd29yZHMgYXJlIG5vdCBrZXB0IHR3aWNlJyk7XG4gICAgICBhc3NlcnQuZXF1YWwoYXdhaXQgaC5mcy5zdGF0KGpvaW4oaC5zdG9yeURpciwgJzA0LWRyYWZ0JywgJ2NoYXB0ZXItMDIucGFydGlhbC5tZCcpKSwgdW5kZWZpbmVkKTtcbiAgICB9KTtcbiAgfSk7XG5cbiAgZGVzY3JpYmUoJ3dvcmQgY291bnRzJywgKCkgPT4ge1xuICAgIGJlZm9yZUVhY2goYXN5bmMgKCkgPT4ge1xuICAgICAgaCA9IGF3YWl0IHdvcmtmbG93SGFybmVzcyh7ICdzdG9yeS5tYXhXb3JkQ291bnQnOiAxMDAgfSk7XG4gICAgICBhd2FpdCBoLnJ1bih7IHRhcmdldDogJ291dGxpbmUnIH0pO1xuICAgICAgLy8gVGhlIHdyaXRlciBzZXRzIHRoZSBsZW5ndGhzOiAxNTAgd29yZHMgZm9yIGNoYXB0ZXIgMSAob3ZlciB0aGUgbWF4aW11bSBvZiAxMDApLCAxMjAgZm9yIGNoYXB0ZXIgMi5cbiAgICAgIGNvbnN0IG91dGxpbmVQYXRoID0gam9pbihoLnN0b3J5RGlyLCAnMDMtb3V0bGluZS5tZCcpO1xuICAgICAgbGV0IG4gPSAwO1xuICAgICAgY29uc3Qgb3V0bGluZSA9IChhd2FpdCByZWFkVGV4dChoLmZzLCBvdXRsaW5lUGF0aCkpLnJlcGxhY2UoL1xcKlxcKlRhcmdldCB3b3JkczpcXCpcXCogXFxkKy9nLCAoKSA9PiBgKipUYXJnZXQgd29yZHM6KiogJHtbMTUwLCAxMjAsIDYwXVtuKytdfWApO1xuICAgICAgYXdhaXQgd3JpdGVUZXh0KGguZnMsIG91dGxpbmVQYXRoLCBvdXRsaW5lKTtcbiAgICB9KTtcblxuICAgIGl0KCdleHRlbmRzIGEgc2hvcnQgY2hhcHRlciBvbmNlLCBhbmQgZmxhZ3Mgb25lIG92ZXIgdGhlIG1heGltdW0gd2l0aG91dCBjdXR0aW5nIGl0JywgYXN5bmMgKCkgPT4ge1xuICAgICAgaC5zZXJ2ZXIuc2NyaXB0V2hlbigocikgPT4gaXNEcmFmdFByb21wdCgyKShyLnByb21wdFRleHQpLCB7IGtpbmQ6ICd0ZXh0JywgdGV4dDogJ1NoZSBjb3VudGVkIHRoZSBzdGVwcy4gT25seSBmb3J0eS4nIH0pO1xuICAgICAgY29uc3QgcnVuID0gYXdhaXQgaC5ydW4oeyB0YXJnZXQ6ICdkcmFmdCcgfSk7XG4gICAgICBhc3NlcnQuZXF1YWwocnVuLm91dGNvbWUsICdjb21wbGV0ZWQnLCBKU09OLnN0cmluZ2lmeShydW4uZmFpbHVyZXMpKTtcbiAgICAgIGNvbnN0IGNvbnRpbnVlZCA9IGguZ2VuZXJhdGVSZXF1ZXN0cygpLmZpbHRlcigocikgPT4gci5wcm9tcHRUZXh0LnN0YXJ0c1dpdGgoJ0NvbnRpbnVlIENoYXB0ZXIgMicpKTtcbiAgICAgIGFzc2VydC5lcXVhbChjb250aW51ZWQubGVuZ3RoLCAxKTtcbiAgICAgIGNvbnN0IGNoMiA9IGF3YWl0IHJlYWRDaGVja3BvaW50KGguZnMsIGpvaW4oaC5zdG9yeURpciwgJzA0LWRyYWZ0JywgJ2NoYXB0ZXItMDIubWQnKSwgJ2NoMicpO1xuICAgICAgYXNzZXJ0Lm9rKGNoMi5raW5kID09PSAnY2hlY2twb2ludCcgJiYgY2gyLm1ldGEud29yZHMgPj0gMTA4LCAnZXh0ZW5kZWQgdG8gOTAlIG9mIDEyMCcpO1xuICAgICAgYXNzZXJ0Lm9rKGNoMi5raW5kID09PSAnY2hlY2twb2ludCcgJiYgY2gyLmJvZHkuaW5jbHVkZXMoJ1NoZSBjb3VudGVkIHRoZSBzdGVwcy4gT25seSBmb3J0eS4nKSk7XG4gICAgICBjb25zdCBjaDEgPSBhd2FpdCByZWFkQ2hlY2twb2ludChoLmZzLCBqb2luKGguc3RvcnlEaXIsICcwNC1kcmFmdCcsICdjaGFwdGVyLTAxLm1kJyksICdjaDEnKTtcbiAgICAgIGFzc2VydC5vayhjaDEua2luZCA9PT0gJ2NoZWNrcG9pbnQnKTtcbiAgICAgIGlmIChjaDEua2luZCAhPT0gJ2NoZWNrcG9pbnQnKSByZXR1cm47XG4gICAgICBhc3NlcnQub2soY2gxLm1ldGEud29yZHMgPj0gMTUwKTtcbiAgICAgIGFzc2VydC5kZWVwRXF1YWwoY2gxLm1ldGEuZmxhZ3MsIFsnb3Zlck1heFdvcmRzJ10pO1xuICAgICAgYXNzZXJ0LmVxdWFsKGguZ2VuZXJhdGVSZXF1ZXN0cygpLmZpbHRlcigocikgPT4gci5wcm9tcHRUZXh0LnN0YXJ0c1dpdGgoJ0NvbnRpbnVlIENoYXB0ZXIgMScpKS5sZW5ndGgsIDApO1xuICAgIH0pO1xuICB9KTtcblxuICBkZXNjcmliZSgncmVnZW5lcmF0aW5nJywgKCkgPT4ge1xuICAgIGJlZm9yZUVhY2goYXN5bmMgKCkgPT4ge1xuICAgICAgaCA9IGF3YWl0IHdvcmtmbG93SGFybmVzcygpO1xuICAgICAgYXdhaXQgaC5ydW4oeyB0YXJnZXQ6ICdiaWJsZScgfSk7XG4gICAgfSk7XG5cbiAgICBpdCgna2VlcHMgYW4gZWRpdGVkIGZpbGUgdW5sZXNzIGZvcmNlZDsgZm9yY2VkLCBpdCBiYWNrcyB0aGUgZWRpdCB1cCBmaXJzdCBhbmQgYnlwYXNzZXMgdGhlIGNhY2hlJywgYXN5bmMgKCkgPT4ge1xuICAgICAgY29uc3QgY29uY2VwdFBhdGggPSBqb2luKGguc3RvcnlEaXIsICcwMS1jb25jZXB0Lm1kJyk7XG4gICAgICBjb25zdCBlZGl0ZWQgPSBgJHthd2FpdCByZWFkVGV4dChoLmZzLCBjb25jZXB0UGF0aCl9XFxuTXkgb3duIG5vdGUuXFxuYDtcbiAgICAgIGF3YWl0IHdyaXRlVGV4dChoLmZzLCBjb25jZXB0UGF0aCwgZWRpdGVkKTtcblxuICAgICAgY29uc3Qga2VwdCA9IGF3YWl0IGgucnVuKHsgdGFyZ2V0OiAnY29uY2VwdCcsIHJlZ2VuZXJhdGU6ICdjb25jZXB0JyB9KTtcbiAgICAgIGFzc2VydC5kZWVwRXF1YWwoa2VwdC5rZXB0RWRpdGVkLCBbJ2NvbmNlcHQnXSk7XG4gICAgICBhc3NlcnQuZXF1YWwoa2VwdC5yZXF1ZXN0cywgMCk7XG4gICAgICBhc3NlcnQuZXF1YWwoYXdhaXQgcmVhZFRleHQoaC5mcywgY29uY2VwdFBhdGgpLCBlZGl0ZWQpO1xuXG4gICAgICBjb25zdCBiZWZvcmUgPSBoLmdlbmVyYXRlUmVxdWVzdHMoKS5sZW5ndGg7XG4gICAgICBjb25zdCBmb3JjZWQgPSBhd2FpdCBoLnJ1bih7IHRhcmdldDogJ2NvbmNlcHQnLCByZWdlbmVyYXRlOiAnY29uY2VwdCcsIGZvcmNlOiB0cnVlIH0pO1xuICAgICAgYXNzZXJ0LmRlZXBFcXVhbChmb3JjZWQuZ2VuZXJhdGVkLCBbJ2NvbmNlcHQnXSk7XG4gICAgICBhc3NlcnQuZXF1YWwoZm9yY2VkLmJhY2t1cHMubGVuZ3RoLCAxKTtcbiAgICAgIGFzc2VydC5lcXVhbChhd2FpdCByZWFkVGV4dChoLmZzLCBmb3JjZWQuYmFja3Vwc1swXSEpLCBlZGl0ZWQpO1xuICAgICAgYXNzZXJ0LmVxdWFsKGguZ2VuZXJhdGVSZXF1ZXN0cygpLmxlbmd0aCwgYmVmb3JlICsgMSwgJ3JlZ2VuZXJhdGUgYnlwYXNzZXMgdGhlIGNhY2hlJyk7XG4gICAgICBhc3NlcnQuZXF1YWwoc3RhdGVzT2YoZm9yY2VkKS5jb25jZXB0LCAnZG9uZScpO1xuICAgICAgYXNzZXJ0LmVxdWFsKChhd2FpdCByZWFkVGV4dChoLmZzLCBjb25jZXB0UGF0aCkpLmluY2x1ZGVzKCdNeSBvd24gbm90ZS4nKSwgZmFsc2UpO1xuICAgIH0pO1xuICB9KTtcblxuICBkZXNjcmliZSgnbW9kZXMnLCAoKSA9PiB7XG4gICAgaXQoJ2RyYWZ0cyBpbiBvcmRlciBpbiBzZXF1ZW50aWFsIG1vZGUsIGVhY2ggY2hhcHRlciBmcm9tIHRoZSBwcmV2aW91cyBvbmVcXCdzIGVuZGluZycsIGFzeW5jICgpID0+IHtcbiAgICAgIGggPSBhd2FpdCB3b3JrZmxvd0hhcm5lc3MoeyAnd29ya2Zsb3cuZHJhZnRNb2RlJzogJ3NlcXVlbnRpYWwnIH0pO1xuICAgICAgY29uc3QgcnVuID0gYXdhaXQgaC5ydW4oeyB0YXJnZXQ6ICdkcmFmdCcgfSk7XG4gICAgICBhc3NlcnQuZXF1YWwocnVuLm91dGNvbWUsICdjb21wbGV0ZWQnLCBKU09OLnN0cmluZ2lmeShydW4uZmFpbHVyZXMpKTtcbiAgICAgIGNvbnN0IGRyYWZ0cyA9IGguZ2VuZXJhdGVSZXF1ZXN0cygpLmZpbHRlcigocikgPT4gci5wcm9tcHRUZXh0LnN0YXJ0c1dpdGgoJ1dyaXRlIGFib3V0JykpO1xuICAgICAgYXNzZXJ0LmRlZXBFcXVhbChkcmFmdHMubWFwKChyKSA9PiAvQ2hhcHRlciAoXFxkKykgb2YgdGhlIHN0b3J5Ly5leGVjKHIucHJvbXB0VGV4dCk/LlsxXSksIFsnMScsICcyJywgJzMnXSk7XG4gICAgICBhc3NlcnQuZXF1YWwoZHJhZnRzWzBdIS5wcm9tcHRUZXh0LmluY2x1ZGVzKCc8cHJldmlvdXNfY2hhcHRlcl9lbmRpbmc+JyksIGZhbHNlKTtcbiAgICAgIGNvbnN0IGNoYXB0ZXIxID0gYXdhaXQgcmVhZENoZWNrcG9pbnQoaC5mcywgam9pbihoLnN0b3J5RGlyLCAnMDQtZHJhZnQnLCAnY2hhcHRlci0wMS5tZCcpLCAnYzEnKTtcbiAgICAgIGFzc2VydC5vayhjaGFwdGVyMS5raW5kID09PSAnY2hlY2twb2ludCcpO1xuICAgICAgaWYgKGNoYXB0ZXIxLmtpbmQgIT09ICdjaGVja3BvaW50JykgcmV0dXJuO1xuICAgICAgY29uc3QgZW5kaW5nID0gcGFyc2VDaGFwdGVyKGNoYXB0ZXIxLmJvZHkpLnByb3NlLnNsaWNlKC00MCk7XG4gICAgICBhc3NlcnQub2soZHJhZnRzWzFdIS5wcm9tcHRUZXh0LmluY2x1ZGVzKCc8cHJldmlvdXNfY2hhcHRlcl9lbmRpbmc+JykgJiYgZHJhZnRzWzFdIS5wcm9tcHRUZXh0LmluY2x1ZGVzKGVuZGluZykpO1xuICAgICAgY29uc3QgY2hhcHRlcjIgPSBhd2FpdCByZWFkQ2hlY2twb2ludChoLmZzLCBqb2luKGguc3RvcnlEaXIsICcwNC1kcmFmdCcsICdjaGFwdGVyLTAyLm1kJyksICdjMicpO1xuICAgICAgYXNzZXJ0Lm9rKGNoYXB0ZXIyLmtpbmQgPT09ICdjaGVja3BvaW50JyAmJiAnMDQtZHJhZnQvY2hhcHRlci0wMS5tZCcgaW4gY2hhcHRlcjIubWV0YS5pbnB1dHMpO1xuXG4gICAgICAvLyBFZGl0aW5nIGNoYXB0ZXIgMSBub3cgbWFrZXMgY2hhcHRlciAyJ3MgZHJhZnQgc3RhbGU6IGl0IHdhcyB3cml0dGVuIGZyb20gY2hhcHRlciAxJ3MgZW5kaW5nLlxuICAgICAgY29uc3QgcGF0aDEgPSBqb2luKGguc3RvcnlEaXIsICcwNC1kcmFmdCcsICdjaGFwdGVyLTAxLm1kJyk7XG4gICAgICBhd2FpdCB3cml0ZVRleHQoaC5mcywgcGF0aDEsIGAke2F3YWl0IHJlYWRUZXh0KGguZnMsIHBhdGgxKX1cXG5BIG5ldyBsYXN0IGxpbmUuXFxuYCk7XG4gICAgICBjb25zdCBzdGF0ZSA9IHN0YXRlc09mKGF3YWl0IGNvbXB1dGVTdG9yeVN0YXRlKGguZnMsIGguc3RvcnlEaXIsIHsgZHJhZnRNb2RlOiAnc2VxdWVudGlhbCcgfSkpO1xuICAgICAgYXNzZXJ0LmVxdWFsKHN0YXRlWydkcmFmdDowMiddLCAnc3RhbGUnKTtcbiAgICAgIGFzc2VydC5lcXVhbChzdGF0ZVsnZHJhZnQ6MDMnXSwgJ2RvbmUnKTtcbiAgICB9KTtcblxuICAgIGl0KCdhc2tzIGZvciBhcHByb3ZhbCBhZnRlciBlYWNoIHN0YWdlOiBSZWdlbmVyYXRlIG1ha2VzIGl0IGFnYWluLCBTdG9wIGVuZHMgdGhlIHJ1bicsIGFzeW5jICgpID0+IHtcbiAgICAgIGggPSBhd2FpdCB3b3JrZmxvd0hhcm5lc3MoeyAnd29ya2Zsb3cucmVxdWlyZUFwcHJvdmFsJzogdHJ1ZSB9KTtcbiAgICAgIGNvbnN0IGFza2VkOiBzdHJpbmdbXSA9IFtdO1xuICAgICAgY29uc3QgcnVuID0gYXdhaXQgaC5ydW4oe1xuICAgICAgICBhcHByb3ZlOiBhc3luYyAoc3RhZ2UsIHJlc3VsdCkgPT4ge1xuICAgICAgICAgIGFza2VkLnB1c2goYCR7c3RhZ2V9OiR7cmVzdWx0LmZpbGVzLmpvaW4oJywnKX1gKTtcbiAgICAgICAgICBpZiAoc3RhZ2UgPT09ICdjb25jZXB0JykgcmV0dXJuIGFza2VkLmxlbmd0aCA9PT0gMSA/ICdyZWdlbmVyYXRlJyA6ICdjb250aW51ZSc7XG4gICAgICAgICAgcmV0dXJuICdzdG9wJztcbiAgICAgICAgfSxcbiAgICAgIH0pO1xuICAgICAgYXNzZXJ0LmRlZXBFcXVhbChhc2tlZCwgWydjb25jZXB0OjAxLWNvbmNlcHQubWQnLCAnY29uY2VwdDowMS1jb25jZXB0Lm1kJywgJ2JpYmxlOjAyLWJpYmxlLm1kJ10pO1xuICAgICAgYXNzZXJ0LmVxdWFsKHJ1bi5vdXRjb21lLCAnc3RvcHBlZCcpO1xuICAgICAgYXNzZXJ0LmVxdWFsKHJ1bi5leGl0Q29kZSwgMCk7XG4gICAgICBhc3NlcnQuZXF1YWwoaC5nZW5lcmF0ZVJlcXVlc3RzKCkuZmlsdGVyKChyKSA9PiByLnByb21wdFRleHQuc3RhcnRzV2l0aCgnRGV2ZWxvcCB0aGUgY29uY2VwdCcpKS5sZW5ndGgsIDIsICdyZWdlbmVyYXRlIGJ5cGFzc2VzIHRoZSBjYWNoZScpO1xuICAgICAgYXNzZXJ0LmVxdWFsKHN0YXRlc09mKHJ1bikub3V0bGluZSwgJ3BlbmRpbmcnKTtcbiAgICAgIC8vIFJlc3VtaW5nIGdvZXMgb24gZnJvbSB3aGVyZSBpdCBzdG9wcGVkLlxuICAgICAgY29uc3QgcmVzdW1lZCA9IGF3YWl0IGgucnVuKHsgYXBwcm92ZTogYXN5bmMgKCkgPT4gJ2NvbnRpbnVlJyB9KTtcbiAgICAgIGFzc2VydC5lcXVhbChyZXN1bWVkLm91dGNvbWUsICdjb21wbGV0ZWQnKTtcbiAgICAgIGFzc2VydC5lcXVhbChyZXN1bWVkLmdlbmVyYXRlZC5pbmNsdWRlcygnY29uY2VwdCcpLCBmYWxzZSk7XG4gICAgfSk7XG5cbiAgICBpdCgnbmFtZXMgYSBkYW1hZ2VkIGlucHV0IGZpbGUgYW5kIGxlYXZlcyBpdCBhbG9uZScsIGFzeW5jICgpID0+IHtcbiAgICAgIGggPSBhd2FpdCB3b3JrZmxvd0hhcm5lc3MoKTtcbiAgICAgIGF3YWl0IGgucnVuKHsgdGFyZ2V0OiAnYmlibGUnIH0pO1xuICAgICAgY29uc3QgYmlibGVQYXRoID0gam9pbihoLnN0b3J5RGlyLCAnMDItYmlibGUubWQnKTtcbiAgICAgIGNvbnN0IGdhcmJhZ2UgPSBuZXcgVWludDhBcnJheShbMHgwMCwgMHhkZSwgMHhhZCwgMHhiZSwgMHhlZiwgMHgwMF0pO1xuICAgICAgYXdhaXQgaC5mcy53cml0ZUZpbGUoYmlibGVQYXRoLCBnYXJiYWdlKTtcbiAgICAgIGNvbnN0IHJ1biA9IGF3YWl0IGgucnVuKCk7XG4gICAgICBhc3NlcnQuZXF1YWwocnVuLm91dGNvbWUsICdmYWlsZWQnKTtcbiAgICAgIGFzc2VydC5lcXVhbChydW4uZXhpdENvZGUsIDIpO1xuICAgICAgYXNzZXJ0LmVxdWFsKHJ1bi5mYWlsdXJlc1swXT8uaXRlbSwgJ291dGxpbmUnKTtcbiAgICAgIGFzc2VydC5tYXRjaChydW4uZmFpbHVyZXNbMF0/Lm1lc3NhZ2UgPz8gJycsIC9eMDItYmlibGVcXC5tZDogLyk7XG4gICAgICBhc3NlcnQuZXF1YWwoc3RhdGVzT2YocnVuKS5iaWJsZSwgJ2VkaXRlZCcpO1xuICAgICAgYXNzZXJ0LmRlZXBFcXVhbChbLi4uKGF3YWl0IGguZnMucmVhZEZpbGUoYmlibGVQYXRoKSldLCBbLi4uZ2FyYmFnZV0sICduZXZlciBvdmVyd3JpdHRlbiBzaWxlbnRseScpO1xuICAgICAgYXNzZXJ0LmVxdWFsKGguZ2VuZXJhdGVSZXF1ZXN0cygpLmxlbmd0aCwgMiwgJ25vIHJlcXVlc3QgZm9yIHRoZSBzdGFnZSB0aGF0IGNhbm5vdCBiZSBtYWRlJyk7XG4gICAgfSk7XG4gIH0pO1xufSk7XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBLGFBQXdCO0FBQ3hCLHNCQUF3QjtBQUN4Qix1QkFBcUI7QUFDckIsNEJBQStCO0FBQy9CLGtCQUFpQztBQUNqQyx3QkFBeUI7QUFDekIscUJBQTZDO0FBRTdDLG1CQUFtRDtBQUNuRCw0QkFBZ0Q7QUFDaEQsdUJBQW9DO0FBQ3BDLDZCQUFzRDtBQUd0RCxTQUFTLE9BQVUsU0FBcUIsSUFBWSxNQUEwQjtBQUM1RSxNQUFJO0FBQ0osUUFBTSxVQUFVLElBQUksUUFBZSxDQUFDLEdBQUcsV0FBVztBQUNoRCxZQUFRLFdBQVcsTUFBTSxPQUFPLElBQUksTUFBTSxtQkFBbUIsRUFBRSxtQkFBbUIsSUFBSSxFQUFFLENBQUMsR0FBRyxFQUFFO0FBQUEsRUFDaEcsQ0FBQztBQUNELFNBQU8sUUFBUSxLQUFLLENBQUMsU0FBUyxPQUFPLENBQUMsRUFBRSxRQUFRLE1BQU0sYUFBYSxLQUFLLENBQUM7QUFDM0U7QUFFQSxNQUFNLFdBQVcsQ0FBQyxNQUFpQyxPQUFPLFlBQVksRUFBRSxNQUFNLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxJQUFJLEVBQUUsS0FBSyxDQUFDLENBQUM7QUFDekcsTUFBTSxnQkFBZ0IsQ0FBQyxZQUFvQixDQUFDLFdBQW1CLE9BQU8sV0FBVyxhQUFhLEtBQUssT0FBTyxTQUFTLFdBQVcsT0FBTyxlQUFlO0FBQ3BKLE1BQU0sbUJBQW1CLENBQUMsV0FBbUIsT0FBTyxXQUFXLGdCQUFnQjtBQUUvRSxlQUFlLFdBQVcsTUFBaUM7QUFDekQsUUFBTSxPQUFPLFVBQU0seUJBQVEsTUFBTSxFQUFFLFdBQVcsTUFBTSxlQUFlLEtBQUssQ0FBQyxHQUFHLE9BQU8sQ0FBQyxNQUFNLEVBQUUsT0FBTyxDQUFDO0FBQ3BHLFNBQU8sSUFBSSxJQUFJLENBQUMsVUFBTSx1QkFBSyxFQUFFLFlBQVksRUFBRSxJQUFJLEVBQUUsTUFBTSxLQUFLLFNBQVMsQ0FBQyxDQUFDLEVBQUUsS0FBSztBQUNoRjtBQUVBLFNBQVMsa0ZBQWtGLFdBQVk7QUFDckcsT0FBSyxRQUFRLEdBQU07QUFDbkIsTUFBSTtBQUNKLFlBQVUsWUFBWSxHQUFHLFFBQVEsQ0FBQztBQUVsQyxXQUFTLG9CQUFvQixNQUFNO0FBQ2pDLGVBQVcsWUFBWTtBQUNyQixVQUFJLFVBQU0sd0NBQWdCO0FBQUEsSUFDNUIsQ0FBQztBQUVELE9BQUcsMEZBQTBGLFlBQVk7QUFDdkcsWUFBTSxVQUF3QixDQUFDO0FBQy9CLFlBQU0sU0FBUyxJQUFJLHFDQUFlO0FBQ2xDLGFBQU8sWUFBWSxDQUFDLE1BQU0sUUFBUSxLQUFLLENBQUMsQ0FBQztBQUN6QyxZQUFNLFdBQTRCLENBQUM7QUFDbkMsWUFBTSxRQUFRLE1BQU0sRUFBRSxJQUFJLEVBQUUsUUFBUSxZQUFZLENBQUMsTUFBTSxTQUFTLEtBQUssQ0FBQyxFQUFFLENBQUM7QUFFekUsYUFBTyxNQUFNLE1BQU0sU0FBUyxhQUFhLEtBQUssVUFBVSxNQUFNLFFBQVEsQ0FBQztBQUN2RSxhQUFPLE1BQU0sTUFBTSxVQUFVLENBQUM7QUFDOUIsWUFBTSxXQUFXLENBQUMsV0FBVyxTQUFTLFdBQVcsWUFBWSxZQUFZLFlBQVksZUFBZSxlQUFlLGVBQWUsWUFBWTtBQUM5SSxhQUFPLFVBQVUsQ0FBQyxHQUFHLE1BQU0sU0FBUyxFQUFFLEtBQUssR0FBRyxDQUFDLEdBQUcsUUFBUSxFQUFFLEtBQUssQ0FBQztBQUNsRSxhQUFPLEdBQUcsTUFBTSxNQUFNLE1BQU0sQ0FBQyxNQUFNLEVBQUUsVUFBVSxNQUFNLENBQUM7QUFDdEQsYUFBTyxNQUFNLE1BQU0sVUFBVSxDQUFDO0FBQzlCLGFBQU8sTUFBTSxFQUFFLGlCQUFpQixFQUFFLFFBQVEsQ0FBQztBQUUzQyxpQkFBVyxRQUFRLE1BQU0sT0FBTztBQUM5QixjQUFNLE9BQU8sVUFBTSxzQ0FBZSxFQUFFLElBQUksS0FBSyxNQUFNLEtBQUssSUFBSTtBQUM1RCxlQUFPLE1BQU0sS0FBSyxNQUFNLGNBQWMsS0FBSyxJQUFJO0FBQy9DLFlBQUksS0FBSyxTQUFTLGFBQWM7QUFDaEMsZUFBTyxNQUFNLEtBQUssS0FBSyxPQUFPLEtBQUssS0FBSztBQUN4QyxlQUFPLE1BQU0sS0FBSyxLQUFLLFNBQVMsS0FBSyxPQUFPO0FBQzVDLGVBQU8sR0FBRyxLQUFLLEtBQUssUUFBUSxHQUFHLEdBQUcsS0FBSyxJQUFJLFlBQVk7QUFDdkQsZUFBTyxHQUFHLE9BQU8sS0FBSyxLQUFLLEtBQUssTUFBTSxFQUFFLFNBQVMsR0FBRyxHQUFHLEtBQUssSUFBSSxxQkFBcUI7QUFBQSxNQUN2RjtBQUNBLFlBQU0sUUFBUSxNQUFNLFdBQVcsRUFBRSxRQUFRO0FBQ3pDLGFBQU8sVUFBVSxNQUFNLE9BQU8sQ0FBQyxNQUFNLEVBQUUsU0FBUyxXQUFXLEtBQUssRUFBRSxTQUFTLE9BQU8sQ0FBQyxHQUFHLENBQUMsQ0FBQztBQUN4RixhQUFPLE1BQU0sTUFBTSxTQUFTLG9CQUFvQixHQUFHLE9BQU8sc0JBQXNCO0FBRWhGLGFBQU8sR0FBRyxRQUFRLEtBQUssQ0FBQyxNQUFNLEVBQUUsT0FBTyxjQUFjLEVBQUUsVUFBVSxTQUFTLENBQUM7QUFDM0UsYUFBTyxHQUFHLFFBQVEsS0FBSyxDQUFDLE1BQU0sRUFBRSxPQUFPLGNBQWMsRUFBRSxVQUFVLE1BQU0sQ0FBQztBQUN4RSxZQUFNLFVBQVUsU0FBUyxPQUFPLENBQUMsTUFBTSxFQUFFLFNBQVMsZUFBZSxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsS0FBSztBQUNyRixhQUFPLFVBQVUsU0FBUyxDQUFDLFdBQVcsU0FBUyxXQUFXLFNBQVMsWUFBWSxZQUFZLENBQUM7QUFDNUYsWUFBTSxZQUFZLFNBQVMsT0FBTyxDQUFDLE1BQU0sRUFBRSxTQUFTLG1CQUFtQixFQUFFLFVBQVUsT0FBTyxFQUFFLEdBQUcsRUFBRTtBQUNqRyxhQUFPLE1BQU0sV0FBVyxPQUFPLENBQUM7QUFDaEMsYUFBTyxNQUFNLFdBQVcsT0FBTyxDQUFDO0FBQ2hDLGFBQU8sSUFBSSxTQUFTLEdBQUcsRUFBRSxHQUFHLFVBQVUsS0FBSyxDQUFDO0FBRTVDLFlBQU0sU0FBUyxFQUFFLE9BQU8sU0FBUztBQUNqQyxZQUFNLFNBQVMsTUFBTSxFQUFFLElBQUk7QUFDM0IsYUFBTyxNQUFNLE9BQU8sVUFBVSxDQUFDO0FBQy9CLGFBQU8sVUFBVSxPQUFPLFdBQVcsQ0FBQyxDQUFDO0FBQ3JDLGFBQU8sTUFBTSxFQUFFLE9BQU8sU0FBUyxRQUFRLFFBQVEsa0NBQWtDO0FBQ2pGLGFBQU8sTUFBTSxPQUFPLFNBQVMsV0FBVztBQUFBLElBQzFDLENBQUM7QUFFRCxPQUFHLGdGQUFnRixZQUFZO0FBQzdGLFlBQU0sRUFBRSxJQUFJO0FBQ1osWUFBTSxrQkFBYyx1QkFBSyxFQUFFLFVBQVUsZUFBZTtBQUNwRCxZQUFNLFVBQVUsVUFBTSwyQkFBUyxFQUFFLElBQUksV0FBVyxHQUFHLFFBQVEsY0FBYyw0Q0FBNEM7QUFDckgsZ0JBQU0sNEJBQVUsRUFBRSxJQUFJLGFBQWEsTUFBTTtBQUN6QyxZQUFNLFFBQVEsVUFBTSxnQ0FBa0IsRUFBRSxJQUFJLEVBQUUsUUFBUTtBQUN0RCxhQUFPLE1BQU0sU0FBUyxLQUFLLEVBQUUsU0FBUyxRQUFRO0FBQzlDLGFBQU8sTUFBTSxTQUFTLEtBQUssRUFBRSxPQUFPLE9BQU87QUFDM0MsYUFBTyxNQUFNLFNBQVMsS0FBSyxFQUFFLFVBQVUsR0FBRyxRQUFRLGtDQUFrQztBQUVwRixZQUFNLFNBQVMsRUFBRSxpQkFBaUIsRUFBRTtBQUNwQyxZQUFNLE1BQU0sTUFBTSxFQUFFLElBQUk7QUFDeEIsYUFBTyxNQUFNLElBQUksU0FBUyxXQUFXO0FBQ3JDLGFBQU8sTUFBTSxJQUFJLFVBQVUsU0FBUyxTQUFTLEdBQUcsS0FBSztBQUNyRCxhQUFPLEdBQUcsSUFBSSxVQUFVLFNBQVMsT0FBTyxLQUFLLElBQUksVUFBVSxTQUFTLFNBQVMsQ0FBQztBQUM5RSxhQUFPLE1BQU0sVUFBTSwyQkFBUyxFQUFFLElBQUksV0FBVyxHQUFHLFFBQVEseUNBQXlDO0FBQ2pHLFlBQU0sYUFBYSxFQUFFLGlCQUFpQixFQUFFLE1BQU0sTUFBTSxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsVUFBVTtBQUM3RSxhQUFPLE1BQU0sV0FBVyxLQUFLLENBQUMsTUFBTSxFQUFFLFdBQVcscUJBQXFCLENBQUMsR0FBRyxLQUFLO0FBQy9FLGFBQU8sR0FBRyxXQUFXLEtBQUssQ0FBQyxNQUFNLEVBQUUsU0FBUyw4QkFBOEIsQ0FBQyxHQUFHLG1DQUFtQztBQUNqSCxhQUFPLE1BQU0sU0FBUyxVQUFNLGdDQUFrQixFQUFFLElBQUksRUFBRSxRQUFRLENBQUMsRUFBRSxTQUFTLFFBQVE7QUFBQSxJQUNwRixDQUFDO0FBRUQsT0FBRyxpSUFBaUksWUFBWTtBQUM5SSxZQUFNLEVBQUUsSUFBSTtBQUNaLFlBQU0sZ0JBQVksdUJBQUssRUFBRSxVQUFVLFlBQVksZUFBZTtBQUM5RCxZQUFNLFdBQVcsVUFBTSwyQkFBUyxFQUFFLElBQUksU0FBUztBQUMvQyxnQkFBTSw0QkFBVSxFQUFFLElBQUksV0FBVyxTQUFTLFFBQVEsT0FBTywwQ0FBMEMsQ0FBQztBQUNwRyxZQUFNLFlBQVksTUFBTSxFQUFFLElBQUk7QUFDOUIsYUFBTyxVQUFVLFVBQVUsV0FBVyxDQUFDLGVBQWUsWUFBWSxDQUFDO0FBQ25FLGFBQU8sTUFBTSxVQUFVLFVBQVUsQ0FBQztBQUNsQyxhQUFPLE1BQU0sVUFBVSxVQUFVLENBQUM7QUFHbEMsZ0JBQU0sNEJBQVUsRUFBRSxJQUFJLFdBQVcsUUFBUTtBQUN6QyxZQUFNLEVBQUUsZUFBZTtBQUN2QixZQUFNLFNBQVMsRUFBRSxPQUFPLFNBQVM7QUFDakMsWUFBTSxXQUFXLE1BQU0sRUFBRSxJQUFJO0FBQzdCLGFBQU8sVUFBVSxTQUFTLFdBQVcsQ0FBQyxlQUFlLFlBQVksQ0FBQztBQUNsRSxhQUFPLE1BQU0sU0FBUyxVQUFVLENBQUM7QUFDakMsYUFBTyxNQUFNLFNBQVMsV0FBVyxDQUFDO0FBQ2xDLGFBQU8sTUFBTSxTQUFTLFVBQVUsQ0FBQztBQUNqQyxhQUFPLE1BQU0sRUFBRSxPQUFPLFNBQVMsUUFBUSxRQUFRLGFBQWE7QUFDNUQsWUFBTSxXQUFXLFVBQU0sc0NBQWUsRUFBRSxRQUFJLHVCQUFLLEVBQUUsVUFBVSxlQUFlLGVBQWUsR0FBRywyQkFBMkI7QUFDekgsYUFBTyxNQUFNLFNBQVMsU0FBUyxnQkFBZ0IsU0FBUyxLQUFLLFFBQVEsSUFBSTtBQUFBLElBQzNFLENBQUM7QUFFRCxPQUFHLG9DQUFvQyxZQUFZO0FBQ2pELFFBQUUsT0FBTyxPQUFPLEVBQUUsTUFBTSxRQUFRLE1BQU0saURBQWlELENBQUM7QUFDeEYsWUFBTSxNQUFNLE1BQU0sRUFBRSxJQUFJLEVBQUUsUUFBUSxVQUFVLENBQUM7QUFDN0MsYUFBTyxNQUFNLElBQUksU0FBUyxhQUFhLEtBQUssVUFBVSxJQUFJLFFBQVEsQ0FBQztBQUNuRSxhQUFPLFVBQVUsSUFBSSxXQUFXLENBQUMsU0FBUyxDQUFDO0FBQzNDLGFBQU8sTUFBTSxFQUFFLGlCQUFpQixFQUFFLFFBQVEsR0FBRyw4QkFBOEI7QUFDM0UsYUFBTyxNQUFNLFNBQVMsR0FBRyxFQUFFLFNBQVMsTUFBTTtBQUFBLElBQzVDLENBQUM7QUFFRCxPQUFHLDBGQUEwRixZQUFZO0FBQ3ZHLFFBQUUsT0FBTyxXQUFXLENBQUMsTUFBTSxjQUFjLENBQUMsRUFBRSxFQUFFLFVBQVUsR0FBRyxFQUFFLE1BQU0sV0FBVyxNQUFNLG9CQUFvQixHQUFHLEVBQUUsT0FBTyxTQUFTLENBQUM7QUFDOUgsWUFBTSxNQUFNLE1BQU0sRUFBRSxJQUFJO0FBQ3hCLGFBQU8sTUFBTSxJQUFJLFNBQVMsUUFBUTtBQUNsQyxhQUFPLE1BQU0sSUFBSSxVQUFVLENBQUM7QUFDNUIsYUFBTyxVQUFVLElBQUksU0FBUyxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsTUFBTSxFQUFFLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxZQUFZLGlCQUFpQixDQUFDLENBQUM7QUFDN0YsWUFBTSxTQUFTLFNBQVMsR0FBRztBQUMzQixhQUFPLE1BQU0sT0FBTyxVQUFVLEdBQUcsUUFBUTtBQUN6QyxhQUFPLE1BQU0sT0FBTyxhQUFhLEdBQUcsU0FBUztBQUM3QyxpQkFBVyxNQUFNLENBQUMsWUFBWSxZQUFZLGVBQWUsYUFBYSxFQUFHLFFBQU8sTUFBTSxPQUFPLEVBQUUsR0FBRyxRQUFRLEVBQUU7QUFDNUcsYUFBTyxNQUFNLE9BQU8sWUFBWSxXQUFXLGlEQUFpRDtBQUM1RixZQUFNLFVBQVUsVUFBTSxnQ0FBa0IsRUFBRSxJQUFJLEVBQUUsUUFBUSxHQUFHLE1BQU0sS0FBSyxDQUFDLE1BQU0sRUFBRSxPQUFPLFVBQVU7QUFDaEcsYUFBTyxNQUFNLFFBQVEsT0FBTyxRQUFRO0FBQ3BDLGFBQU8sTUFBTSxRQUFRLFVBQVUsSUFBSSxTQUFTO0FBQUEsSUFDOUMsQ0FBQztBQUVELE9BQUcsNEZBQTRGLFlBQVk7QUFDekcsUUFBRSxPQUFPLFdBQVcsQ0FBQyxNQUFNLGlCQUFpQixFQUFFLFVBQVUsR0FBRyxFQUFFLE1BQU0sV0FBVyxNQUFNLG9CQUFvQixHQUFHLEVBQUUsT0FBTyxTQUFTLENBQUM7QUFDOUgsWUFBTSxNQUFNLE1BQU0sRUFBRSxJQUFJO0FBQ3hCLGFBQU8sTUFBTSxJQUFJLFNBQVMsYUFBYSxLQUFLLFVBQVUsSUFBSSxRQUFRLENBQUM7QUFDbkUsYUFBTyxNQUFNLElBQUksVUFBVSxDQUFDO0FBQzVCLGFBQU8sVUFBVSxDQUFDLEdBQUcsSUFBSSxPQUFPLEVBQUUsS0FBSyxHQUFHLENBQUMsZUFBZSxlQUFlLGFBQWEsQ0FBQztBQUN2RixZQUFNLGFBQWEsVUFBTSxzQ0FBZSxFQUFFLFFBQUksdUJBQUssRUFBRSxVQUFVLFVBQVUsR0FBRyxVQUFVO0FBQ3RGLGFBQU8sTUFBTSxXQUFXLE1BQU0sWUFBWTtBQUMxQyxVQUFJLFdBQVcsU0FBUyxhQUFjO0FBQ3RDLGFBQU8sVUFBVSxPQUFPLEtBQUssV0FBVyxLQUFLLE1BQU0sRUFBRSxLQUFLLEdBQUcsQ0FBQywwQkFBMEIsMEJBQTBCLHdCQUF3QixDQUFDO0FBQzNJLFlBQU0sU0FBUyxVQUFNLHNDQUFlLEVBQUUsUUFBSSx1QkFBSyxFQUFFLFVBQVUsWUFBWSxlQUFlLEdBQUcsd0JBQXdCO0FBQ2pILGFBQU8sR0FBRyxPQUFPLFNBQVMsZ0JBQWdCLFdBQVcsS0FBSyxhQUFTLDZCQUFhLE9BQU8sSUFBSSxFQUFFLE1BQU0sTUFBTSxHQUFHLEVBQUUsQ0FBQyxDQUFDO0FBQ2hILFlBQU0sUUFBUSxTQUFTLFVBQU0sZ0NBQWtCLEVBQUUsSUFBSSxFQUFFLFFBQVEsQ0FBQztBQUNoRSxhQUFPLE1BQU0sTUFBTSxhQUFhLEdBQUcsU0FBUztBQUM1QyxhQUFPLE1BQU0sTUFBTSxZQUFZLE1BQU07QUFFckMsWUFBTSxRQUFRLE1BQU0sRUFBRSxJQUFJO0FBQzFCLGFBQU8sTUFBTSxNQUFNLFVBQVUsQ0FBQztBQUFBLElBQ2hDLENBQUM7QUFFRCxPQUFHLHFEQUFxRCxZQUFZO0FBQ2xFLFFBQUUsT0FBTyxXQUFXLE1BQU0sTUFBTSxFQUFFLE1BQU0sV0FBVyxNQUFNLHNCQUFzQixHQUFHLEVBQUUsT0FBTyxTQUFTLENBQUM7QUFDckcsWUFBTSxNQUFNLE1BQU0sRUFBRSxJQUFJO0FBQ3hCLGFBQU8sTUFBTSxJQUFJLFNBQVMsUUFBUTtBQUNsQyxhQUFPLE1BQU0sSUFBSSxVQUFVLENBQUM7QUFDNUIsYUFBTyxNQUFNLEVBQUUsaUJBQWlCLEVBQUUsUUFBUSxDQUFDO0FBQzNDLGFBQU8sVUFBVSxJQUFJLFNBQVMsSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJLEdBQUcsQ0FBQyxNQUFNLENBQUM7QUFDMUQsYUFBTyxNQUFNLFNBQVMsR0FBRyxFQUFFLE9BQU8sU0FBUztBQUFBLElBQzdDLENBQUM7QUFFRCxPQUFHLHlGQUF5RixZQUFZO0FBQ3RHLFlBQU0sT0FBTyxFQUFFLE9BQU8sV0FBVyxDQUFDLE1BQU0sRUFBRSxXQUFXLFdBQVcscUJBQXFCLEdBQUcsRUFBRSxNQUFNLE9BQU8sQ0FBQztBQUN4RyxZQUFNLGFBQWEsSUFBSSxnQkFBZ0I7QUFDdkMsWUFBTSxRQUFRLEVBQUUsSUFBSSxFQUFFLFFBQVEsV0FBVyxRQUFRLE9BQU8sWUFBWSxDQUFDO0FBQ3JFLFlBQU0sT0FBTyxFQUFFLE9BQU8sZUFBZSxDQUFDLE1BQU0sRUFBRSxXQUFXLFdBQVcscUJBQXFCLENBQUMsR0FBRyxLQUFNLHdCQUF3QjtBQUMzSCxZQUFNLE9BQU8sUUFBUSxFQUFFLElBQUksRUFBRSxPQUFPLGFBQWEsQ0FBQyxHQUFHLENBQUMsTUFBZSxhQUFhLGdDQUFvQixFQUFFLFFBQVEsVUFBVSxXQUFXO0FBQ3JJLGlCQUFXLE1BQU07QUFDakIsWUFBTSxZQUFZLE1BQU0sT0FBTyxPQUFPLEtBQU0sc0JBQXNCO0FBQ2xFLFdBQUssT0FBTztBQUNaLGFBQU8sTUFBTSxVQUFVLFNBQVMsV0FBVztBQUMzQyxhQUFPLE1BQU0sVUFBVSxVQUFVLEdBQUc7QUFDcEMsYUFBTyxNQUFNLE1BQU0sRUFBRSxHQUFHLFNBQUssNEJBQVMsRUFBRSxRQUFRLENBQUMsR0FBRyxRQUFXLGdDQUFnQztBQUMvRixZQUFNLFFBQVEsTUFBTSxFQUFFLElBQUk7QUFDMUIsYUFBTyxNQUFNLE1BQU0sU0FBUyxXQUFXO0FBQUEsSUFDekMsQ0FBQztBQUFBLEVBQ0gsQ0FBQztBQUVELFdBQVMsa0JBQWtCLE1BQU07QUFDL0IsZUFBVyxZQUFZO0FBQ3JCLFVBQUksVUFBTSx3Q0FBZ0IsRUFBRSwyQkFBMkIsRUFBRSxDQUFDO0FBQzFELFlBQU0sRUFBRSxJQUFJLEVBQUUsUUFBUSxVQUFVLENBQUM7QUFDakMsUUFBRSxPQUFPLFdBQVcsRUFBRSxpQkFBaUIsS0FBSyxlQUFlLEVBQUUsQ0FBQztBQUFBLElBQ2hFLENBQUM7QUFFRCxPQUFHLCtHQUErRyxZQUFZO0FBQzVILFlBQU0sYUFBYSxJQUFJLGdCQUFnQjtBQUN2QyxVQUFJLFFBQVE7QUFDWixZQUFNLFlBQVksTUFBTSxFQUFFLElBQUk7QUFBQSxRQUM1QixRQUFRLFdBQVc7QUFBQSxRQUNuQixRQUFRLENBQUMsSUFBSSxRQUFRLFVBQVU7QUFDN0Isa0JBQVE7QUFDUixjQUFJLE9BQU8sY0FBYyxNQUFNLE1BQU0sS0FBSyxFQUFFLFVBQVUsRUFBRyxZQUFXLE1BQU07QUFBQSxRQUM1RTtBQUFBLE1BQ0YsQ0FBQztBQUNELGFBQU8sTUFBTSxVQUFVLFNBQVMsV0FBVztBQUMzQyxhQUFPLE1BQU0sVUFBVSxVQUFVLEdBQUc7QUFDcEMsYUFBTyxNQUFNLE1BQU0sRUFBRSxHQUFHLFNBQUssNEJBQVMsRUFBRSxRQUFRLENBQUMsR0FBRyxRQUFXLHNCQUFzQjtBQUNyRixZQUFNLGtCQUFjLHVCQUFLLEVBQUUsVUFBVSxZQUFZLHVCQUF1QjtBQUN4RSxZQUFNLFVBQVUsVUFBTSxzQ0FBZSxFQUFFLElBQUksYUFBYSxnQ0FBZ0M7QUFDeEYsYUFBTyxNQUFNLFFBQVEsTUFBTSxZQUFZO0FBQ3ZDLFVBQUksUUFBUSxTQUFTLGFBQWM7QUFDbkMsYUFBTyxNQUFNLFFBQVEsS0FBSyxRQUFRLFNBQVM7QUFDM0MsYUFBTyxHQUFHLFFBQVEsS0FBSyxTQUFTLENBQUM7QUFDakMsYUFBTyxHQUFHLE1BQU0sV0FBVyxRQUFRLEtBQUssS0FBSyxFQUFFLE1BQU0sR0FBRyxFQUFFLENBQUMsQ0FBQztBQUM1RCxhQUFPLE1BQU0sU0FBUyxVQUFNLGdDQUFrQixFQUFFLElBQUksRUFBRSxRQUFRLENBQUMsRUFBRSxVQUFVLEdBQUcsU0FBUztBQUV2RixRQUFFLE9BQU8sV0FBVyxFQUFFLGlCQUFpQixFQUFFLENBQUM7QUFDMUMsWUFBTSxTQUFTLEVBQUUsaUJBQWlCLEVBQUU7QUFDcEMsWUFBTSxVQUFVLE1BQU0sRUFBRSxJQUFJO0FBQzVCLGFBQU8sTUFBTSxRQUFRLFNBQVMsYUFBYSxLQUFLLFVBQVUsUUFBUSxRQUFRLENBQUM7QUFDM0UsWUFBTSxZQUFRLCtCQUFlLFFBQVEsSUFBSTtBQUN6QyxZQUFNLE9BQU8sTUFBTSxNQUFNLEdBQUc7QUFDNUIsWUFBTSxlQUFlLEVBQUUsaUJBQWlCLEVBQUUsTUFBTSxNQUFNLEVBQUUsS0FBSyxDQUFDLE1BQU0sRUFBRSxXQUFXLFdBQVcsb0JBQW9CLENBQUM7QUFDakgsYUFBTyxHQUFHLGNBQWMsMkNBQTJDO0FBQ25FLGFBQU8sR0FBRyxhQUFhLFdBQVcsU0FBUyxJQUFJLEdBQUcsZ0RBQWdEO0FBQ2xHLGFBQU8sTUFBTSxFQUFFLGlCQUFpQixFQUFFLE1BQU0sTUFBTSxFQUFFLEtBQUssQ0FBQyxNQUFNLGNBQWMsQ0FBQyxFQUFFLEVBQUUsVUFBVSxDQUFDLEdBQUcsS0FBSztBQUVsRyxZQUFNLFlBQVksVUFBTSwyQkFBUyxFQUFFLFFBQUksdUJBQUssRUFBRSxVQUFVLFlBQVksZUFBZSxDQUFDO0FBQ3BGLGFBQU8sTUFBTSxVQUFVLE1BQU0sS0FBSyxFQUFFLFNBQVMsR0FBRyxHQUFHLHFDQUFxQztBQUN4RixhQUFPLE1BQU0sTUFBTSxFQUFFLEdBQUcsS0FBSyxXQUFXLEdBQUcsUUFBVywwQkFBMEI7QUFBQSxJQUNsRixDQUFDO0FBRUQsT0FBRyx1REFBdUQsWUFBWTtBQUNwRSxRQUFFLE9BQU8sV0FBVyxDQUFDLE1BQU0sY0FBYyxDQUFDLEVBQUUsRUFBRSxVQUFVLEdBQUcsRUFBRSxNQUFNLE9BQU8sWUFBWSxFQUFFLENBQUM7QUFDekYsWUFBTSxXQUFxQixDQUFDO0FBQzVCLFlBQU0sTUFBTSxNQUFNLEVBQUUsSUFBSSxFQUFFLFFBQVEsU0FBUyxXQUFXLENBQUMsT0FBTyxTQUFTLEtBQUssRUFBRSxFQUFFLENBQUM7QUFDakYsYUFBTyxNQUFNLElBQUksU0FBUyxhQUFhLEtBQUssVUFBVSxJQUFJLFFBQVEsQ0FBQztBQUNuRSxhQUFPLFVBQVUsVUFBVSxDQUFDLFVBQVUsQ0FBQztBQUN2QyxhQUFPLE1BQU0sSUFBSSxVQUFVLENBQUM7QUFDNUIsWUFBTSxVQUFVLFVBQU0sc0NBQWUsRUFBRSxRQUFJLHVCQUFLLEVBQUUsVUFBVSxZQUFZLGVBQWUsR0FBRyx3QkFBd0I7QUFDbEgsYUFBTyxNQUFNLFFBQVEsTUFBTSxZQUFZO0FBQ3ZDLFlBQU0sUUFBUSxRQUFRLFNBQVMsbUJBQWUsNkJBQWEsUUFBUSxJQUFJLEVBQUUsUUFBUTtBQUNqRixZQUFNLFVBQVUsTUFBTSxNQUFNLEtBQUssRUFBRSxNQUFNLEdBQUcsQ0FBQyxFQUFFLEtBQUssR0FBRztBQUN2RCxhQUFPLE1BQU0sTUFBTSxNQUFNLE9BQU8sRUFBRSxTQUFTLEdBQUcsR0FBRyw0Q0FBNkM7QUFDOUYsYUFBTyxNQUFNLE1BQU0sRUFBRSxHQUFHLFNBQUssdUJBQUssRUFBRSxVQUFVLFlBQVksdUJBQXVCLENBQUMsR0FBRyxNQUFTO0FBQUEsSUFDaEcsQ0FBQztBQUFBLEVBQ0gsQ0FBQztBQUVELFdBQVMsZUFBZSxNQUFNO0FBQzVCLGVBQVcsWUFBWTtBQUNyQixVQUFJLFVBQU0sd0NBQWdCLEVBQUUsc0JBQXNCLElBQUksQ0FBQztBQUN2RCxZQUFNLEVBQUUsSUFBSSxFQUFFLFFBQVEsVUFBVSxDQUFDO0FBRWpDLFlBQU0sa0JBQWMsdUJBQUssRUFBRSxVQUFVLGVBQWU7QUFDcEQsVUFBSSxJQUFJO0FBQ1IsWUFBTSxXQUFXLFVBQU0sMkJBQVMsRUFBRSxJQUFJLFdBQVcsR0FBRyxRQUFRLDhCQUE4QixNQUFNLHFCQUFxQixDQUFDLEtBQUssS0FBSyxFQUFFLEVBQUUsR0FBRyxDQUFDLEVBQUU7QUFDMUksZ0JBQU0sNEJBQVUsRUFBRSxJQUFJLGFBQWEsT0FBTztBQUFBLElBQzVDLENBQUM7QUFFRCxPQUFHLG1GQUFtRixZQUFZO0FBQ2hHLFFBQUUsT0FBTyxXQUFXLENBQUMsTUFBTSxjQUFjLENBQUMsRUFBRSxFQUFFLFVBQVUsR0FBRyxFQUFFLE1BQU0sUUFBUSxNQUFNLHFDQUFxQyxDQUFDO0FBQ3ZILFlBQU0sTUFBTSxNQUFNLEVBQUUsSUFBSSxFQUFFLFFBQVEsUUFBUSxDQUFDO0FBQzNDLGFBQU8sTUFBTSxJQUFJLFNBQVMsYUFBYSxLQUFLLFVBQVUsSUFBSSxRQUFRLENBQUM7QUFDbkUsWUFBTSxZQUFZLEVBQUUsaUJBQWlCLEVBQUUsT0FBTyxDQUFDLE1BQU0sRUFBRSxXQUFXLFdBQVcsb0JBQW9CLENBQUM7QUFDbEcsYUFBTyxNQUFNLFVBQVUsUUFBUSxDQUFDO0FBQ2hDLFlBQU0sTUFBTSxVQUFNLHNDQUFlLEVBQUUsUUFBSSx1QkFBSyxFQUFFLFVBQVUsWUFBWSxlQUFlLEdBQUcsS0FBSztBQUMzRixhQUFPLEdBQUcsSUFBSSxTQUFTLGdCQUFnQixJQUFJLEtBQUssU0FBUyxLQUFLLHdCQUF3QjtBQUN0RixhQUFPLEdBQUcsSUFBSSxTQUFTLGdCQUFnQixJQUFJLEtBQUssU0FBUyxvQ0FBb0MsQ0FBQztBQUM5RixZQUFNLE1BQU0sVUFBTSxzQ0FBZSxFQUFFLFFBQUksdUJBQUssRUFBRSxVQUFVLFlBQVksZUFBZSxHQUFHLEtBQUs7QUFDM0YsYUFBTyxHQUFHLElBQUksU0FBUyxZQUFZO0FBQ25DLFVBQUksSUFBSSxTQUFTLGFBQWM7QUFDL0IsYUFBTyxHQUFHLElBQUksS0FBSyxTQUFTLEdBQUc7QUFDL0IsYUFBTyxVQUFVLElBQUksS0FBSyxPQUFPLENBQUMsY0FBYyxDQUFDO0FBQ2pELGFBQU8sTUFBTSxFQUFFLGlCQUFpQixFQUFFLE9BQU8sQ0FBQyxNQUFNLEVBQUUsV0FBVyxXQUFXLG9CQUFvQixDQUFDLEVBQUUsUUFBUSxDQUFDO0FBQUEsSUFDMUcsQ0FBQztBQUFBLEVBQ0gsQ0FBQztBQUVELFdBQVMsZ0JBQWdCLE1BQU07QUFDN0IsZUFBVyxZQUFZO0FBQ3JCLFVBQUksVUFBTSx3Q0FBZ0I7QUFDMUIsWUFBTSxFQUFFLElBQUksRUFBRSxRQUFRLFFBQVEsQ0FBQztBQUFBLElBQ2pDLENBQUM7QUFFRCxPQUFHLGlHQUFpRyxZQUFZO0FBQzlHLFlBQU0sa0JBQWMsdUJBQUssRUFBRSxVQUFVLGVBQWU7QUFDcEQsWUFBTSxTQUFTLEdBQUcsVUFBTSwyQkFBUyxFQUFFLElBQUksV0FBVyxDQUFDO0FBQUE7QUFBQTtBQUNuRCxnQkFBTSw0QkFBVSxFQUFFLElBQUksYUFBYSxNQUFNO0FBRXpDLFlBQU0sT0FBTyxNQUFNLEVBQUUsSUFBSSxFQUFFLFFBQVEsV0FBVyxZQUFZLFVBQVUsQ0FBQztBQUNyRSxhQUFPLFVBQVUsS0FBSyxZQUFZLENBQUMsU0FBUyxDQUFDO0FBQzdDLGFBQU8sTUFBTSxLQUFLLFVBQVUsQ0FBQztBQUM3QixhQUFPLE1BQU0sVUFBTSwyQkFBUyxFQUFFLElBQUksV0FBVyxHQUFHLE1BQU07QUFFdEQsWUFBTSxTQUFTLEVBQUUsaUJBQWlCLEVBQUU7QUFDcEMsWUFBTSxTQUFTLE1BQU0sRUFBRSxJQUFJLEVBQUUsUUFBUSxXQUFXLFlBQVksV0FBVyxPQUFPLEtBQUssQ0FBQztBQUNwRixhQUFPLFVBQVUsT0FBTyxXQUFXLENBQUMsU0FBUyxDQUFDO0FBQzlDLGFBQU8sTUFBTSxPQUFPLFFBQVEsUUFBUSxDQUFDO0FBQ3JDLGFBQU8sTUFBTSxVQUFNLDJCQUFTLEVBQUUsSUFBSSxPQUFPLFFBQVEsQ0FBQyxDQUFFLEdBQUcsTUFBTTtBQUM3RCxhQUFPLE1BQU0sRUFBRSxpQkFBaUIsRUFBRSxRQUFRLFNBQVMsR0FBRywrQkFBK0I7QUFDckYsYUFBTyxNQUFNLFNBQVMsTUFBTSxFQUFFLFNBQVMsTUFBTTtBQUM3QyxhQUFPLE9BQU8sVUFBTSwyQkFBUyxFQUFFLElBQUksV0FBVyxHQUFHLFNBQVMsY0FBYyxHQUFHLEtBQUs7QUFBQSxJQUNsRixDQUFDO0FBQUEsRUFDSCxDQUFDO0FBRUQsV0FBUyxTQUFTLE1BQU07QUFDdEIsT0FBRyxtRkFBb0YsWUFBWTtBQUNqRyxVQUFJLFVBQU0sd0NBQWdCLEVBQUUsc0JBQXNCLGFBQWEsQ0FBQztBQUNoRSxZQUFNLE1BQU0sTUFBTSxFQUFFLElBQUksRUFBRSxRQUFRLFFBQVEsQ0FBQztBQUMzQyxhQUFPLE1BQU0sSUFBSSxTQUFTLGFBQWEsS0FBSyxVQUFVLElBQUksUUFBUSxDQUFDO0FBQ25FLFlBQU0sU0FBUyxFQUFFLGlCQUFpQixFQUFFLE9BQU8sQ0FBQyxNQUFNLEVBQUUsV0FBVyxXQUFXLGFBQWEsQ0FBQztBQUN4RixhQUFPLFVBQVUsT0FBTyxJQUFJLENBQUMsTUFBTSw2QkFBNkIsS0FBSyxFQUFFLFVBQVUsSUFBSSxDQUFDLENBQUMsR0FBRyxDQUFDLEtBQUssS0FBSyxHQUFHLENBQUM7QUFDekcsYUFBTyxNQUFNLE9BQU8sQ0FBQyxFQUFHLFdBQVcsU0FBUywyQkFBMkIsR0FBRyxLQUFLO0FBQy9FLFlBQU0sV0FBVyxVQUFNLHNDQUFlLEVBQUUsUUFBSSx1QkFBSyxFQUFFLFVBQVUsWUFBWSxlQUFlLEdBQUcsSUFBSTtBQUMvRixhQUFPLEdBQUcsU0FBUyxTQUFTLFlBQVk7QUFDeEMsVUFBSSxTQUFTLFNBQVMsYUFBYztBQUNwQyxZQUFNLGFBQVMsNkJBQWEsU0FBUyxJQUFJLEVBQUUsTUFBTSxNQUFNLEdBQUc7QUFDMUQsYUFBTyxHQUFHLE9BQU8sQ0FBQyxFQUFHLFdBQVcsU0FBUywyQkFBMkIsS0FBSyxPQUFPLENBQUMsRUFBRyxXQUFXLFNBQVMsTUFBTSxDQUFDO0FBQy9HLFlBQU0sV0FBVyxVQUFNLHNDQUFlLEVBQUUsUUFBSSx1QkFBSyxFQUFFLFVBQVUsWUFBWSxlQUFlLEdBQUcsSUFBSTtBQUMvRixhQUFPLEdBQUcsU0FBUyxTQUFTLGdCQUFnQiw0QkFBNEIsU0FBUyxLQUFLLE1BQU07QUFHNUYsWUFBTSxZQUFRLHVCQUFLLEVBQUUsVUFBVSxZQUFZLGVBQWU7QUFDMUQsZ0JBQU0sNEJBQVUsRUFBRSxJQUFJLE9BQU8sR0FBRyxVQUFNLDJCQUFTLEVBQUUsSUFBSSxLQUFLLENBQUM7QUFBQTtBQUFBLENBQXNCO0FBQ2pGLFlBQU0sUUFBUSxTQUFTLFVBQU0sZ0NBQWtCLEVBQUUsSUFBSSxFQUFFLFVBQVUsRUFBRSxXQUFXLGFBQWEsQ0FBQyxDQUFDO0FBQzdGLGFBQU8sTUFBTSxNQUFNLFVBQVUsR0FBRyxPQUFPO0FBQ3ZDLGFBQU8sTUFBTSxNQUFNLFVBQVUsR0FBRyxNQUFNO0FBQUEsSUFDeEMsQ0FBQztBQUVELE9BQUcsb0ZBQW9GLFlBQVk7QUFDakcsVUFBSSxVQUFNLHdDQUFnQixFQUFFLDRCQUE0QixLQUFLLENBQUM7QUFDOUQsWUFBTSxRQUFrQixDQUFDO0FBQ3pCLFlBQU0sTUFBTSxNQUFNLEVBQUUsSUFBSTtBQUFBLFFBQ3RCLFNBQVMsT0FBTyxPQUFPLFdBQVc7QUFDaEMsZ0JBQU0sS0FBSyxHQUFHLEtBQUssSUFBSSxPQUFPLE1BQU0sS0FBSyxHQUFHLENBQUMsRUFBRTtBQUMvQyxjQUFJLFVBQVUsVUFBVyxRQUFPLE1BQU0sV0FBVyxJQUFJLGVBQWU7QUFDcEUsaUJBQU87QUFBQSxRQUNUO0FBQUEsTUFDRixDQUFDO0FBQ0QsYUFBTyxVQUFVLE9BQU8sQ0FBQyx5QkFBeUIseUJBQXlCLG1CQUFtQixDQUFDO0FBQy9GLGFBQU8sTUFBTSxJQUFJLFNBQVMsU0FBUztBQUNuQyxhQUFPLE1BQU0sSUFBSSxVQUFVLENBQUM7QUFDNUIsYUFBTyxNQUFNLEVBQUUsaUJBQWlCLEVBQUUsT0FBTyxDQUFDLE1BQU0sRUFBRSxXQUFXLFdBQVcscUJBQXFCLENBQUMsRUFBRSxRQUFRLEdBQUcsK0JBQStCO0FBQzFJLGFBQU8sTUFBTSxTQUFTLEdBQUcsRUFBRSxTQUFTLFNBQVM7QUFFN0MsWUFBTSxVQUFVLE1BQU0sRUFBRSxJQUFJLEVBQUUsU0FBUyxZQUFZLFdBQVcsQ0FBQztBQUMvRCxhQUFPLE1BQU0sUUFBUSxTQUFTLFdBQVc7QUFDekMsYUFBTyxNQUFNLFFBQVEsVUFBVSxTQUFTLFNBQVMsR0FBRyxLQUFLO0FBQUEsSUFDM0QsQ0FBQztBQUVELE9BQUcsa0RBQWtELFlBQVk7QUFDL0QsVUFBSSxVQUFNLHdDQUFnQjtBQUMxQixZQUFNLEVBQUUsSUFBSSxFQUFFLFFBQVEsUUFBUSxDQUFDO0FBQy9CLFlBQU0sZ0JBQVksdUJBQUssRUFBRSxVQUFVLGFBQWE7QUFDaEQsWUFBTSxVQUFVLElBQUksV0FBVyxDQUFDLEdBQU0sS0FBTSxLQUFNLEtBQU0sS0FBTSxDQUFJLENBQUM7QUFDbkUsWUFBTSxFQUFFLEdBQUcsVUFBVSxXQUFXLE9BQU87QUFDdkMsWUFBTSxNQUFNLE1BQU0sRUFBRSxJQUFJO0FBQ3hCLGFBQU8sTUFBTSxJQUFJLFNBQVMsUUFBUTtBQUNsQyxhQUFPLE1BQU0sSUFBSSxVQUFVLENBQUM7QUFDNUIsYUFBTyxNQUFNLElBQUksU0FBUyxDQUFDLEdBQUcsTUFBTSxTQUFTO0FBQzdDLGFBQU8sTUFBTSxJQUFJLFNBQVMsQ0FBQyxHQUFHLFdBQVcsSUFBSSxpQkFBaUI7QUFDOUQsYUFBTyxNQUFNLFNBQVMsR0FBRyxFQUFFLE9BQU8sUUFBUTtBQUMxQyxhQUFPLFVBQVUsQ0FBQyxHQUFJLE1BQU0sRUFBRSxHQUFHLFNBQVMsU0FBUyxDQUFFLEdBQUcsQ0FBQyxHQUFHLE9BQU8sR0FBRyw0QkFBNEI7QUFDbEcsYUFBTyxNQUFNLEVBQUUsaUJBQWlCLEVBQUUsUUFBUSxHQUFHLDhDQUE4QztBQUFBLElBQzdGLENBQUM7QUFBQSxFQUNILENBQUM7QUFDSCxDQUFDOyIsCiAgIm5hbWVzIjogW10KfQo=
