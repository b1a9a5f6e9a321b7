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
var import_node_path = require("node:path");
var import_node_perf_hooks = require("node:perf_hooks");
var import_checkpointFile = require("../../../src/core/checkpoint/checkpointFile");
var import_storyPaths = require("../../../src/core/checkpoint/storyPaths");
var import_state = require("../../../src/core/workflow/state");
var import_briefFile = require("../../../src/core/story/briefFile");
var import_tempStory = require("./tempStory");
var import_storyOnDisk = require("./storyOnDisk");
var import_workflowHarness = require("./workflowHarness");
const byId = (s) => new Map(s.items.map((i) => [i.id, i]));
const statesOf = (s) => Object.fromEntries(s.items.map((i) => [i.id, i.state]));
describe("story state", () => {
  let dir;
  let cleanup;
  beforeEach(async () => ({ dir, cleanup } = await (0, import_tempStory.makeTempDir)()));
  afterEach(() => cleanup());
  const edit = async (rel, change) => (0, import_tempStory.writeText)(import_tempStory.nodeFs, (0, import_node_path.join)(dir, rel), change(await (0, import_tempStory.readText)(import_tempStory.nodeFs, (0, import_node_path.join)(dir, rel))));
  it("is pending everywhere for a story with only a brief (no chapters known yet)", async () => {
    await (0, import_tempStory.writeText)(import_tempStory.nodeFs, (0, import_node_path.join)(dir, "brief.md"), (0, import_briefFile.renderBrief)(import_workflowHarness.smallBrief));
    const state = await (0, import_state.computeStoryState)(import_tempStory.nodeFs, dir);
    assert.deepEqual(statesOf(state), { concept: "pending", bible: "pending", outline: "pending", manuscript: "pending" });
    assert.deepEqual(state.problems, []);
  });
  it("is done everywhere for a complete, untouched story", async () => {
    await (0, import_storyOnDisk.writeDoneStory)(import_tempStory.nodeFs, dir, 3);
    const state = await (0, import_state.computeStoryState)(import_tempStory.nodeFs, dir);
    assert.equal(state.items.length, 3 + 3 * 2 + 1);
    for (const item of state.items) assert.equal(item.state, "done", `${item.id}: ${item.reason}`);
    assert.equal(byId(state).get("draft:02")?.file, "04-draft/chapter-02.md");
  });
  it("marks an edited concept edited, and its dependants stale with the reason", async () => {
    await (0, import_storyOnDisk.writeDoneStory)(import_tempStory.nodeFs, dir, 3);
    await edit("01-concept.md", (t) => t.replace("## Logline", "## Logline\n\nThe writer rewrote this."));
    const items = byId(await (0, import_state.computeStoryState)(import_tempStory.nodeFs, dir));
    assert.equal(items.get("concept")?.state, "edited");
    assert.equal(items.get("bible")?.state, "stale");
    assert.deepEqual(items.get("bible")?.staleInputs, ["01-concept.md"]);
    assert.equal(items.get("bible")?.reason, "01-concept.md changed");
    assert.equal(items.get("outline")?.state, "stale");
    assert.equal(items.get("draft:01")?.state, "done");
  });
  it("ignores a change to front matter alone, and trailing white space or CRLF", async () => {
    await (0, import_storyOnDisk.writeDoneStory)(import_tempStory.nodeFs, dir, 2);
    await edit("01-concept.md", (t) => t.replace(/generatedAt: .*/, "generatedAt: 2030-01-01T00:00:00.000Z").replace(/\n/g, "\r\n") + "\n\n");
    const state = await (0, import_state.computeStoryState)(import_tempStory.nodeFs, dir);
    for (const item of state.items) assert.equal(item.state, "done", item.id);
  });
  it("makes only that chapter's revision stale when one draft is edited", async () => {
    await (0, import_storyOnDisk.writeDoneStory)(import_tempStory.nodeFs, dir, 3);
    await edit("04-draft/chapter-02.md", (t) => `${t}
One more line by the writer.
`);
    const state = await (0, import_state.computeStoryState)(import_tempStory.nodeFs, dir);
    const notDone = state.items.filter((i) => i.state !== "done").map((i) => `${i.id}:${i.state}`);
    assert.deepEqual(notDone, ["draft:02:edited", "revision:02:stale"]);
    assert.equal(byId(state).get("revision:02")?.reason, "04-draft/chapter-02.md changed");
  });
  it("makes only chapter 3 stale when chapter 3's beats are edited in the outline", async () => {
    await (0, import_storyOnDisk.writeDoneStory)(import_tempStory.nodeFs, dir, 4);
    await edit("03-outline.md", (t) => t.replace("- Beat two of 3.", "- Beat two of 3, rewritten by the writer."));
    const state = await (0, import_state.computeStoryState)(import_tempStory.nodeFs, dir);
    const notDone = state.items.filter((i) => i.state !== "done").map((i) => `${i.id}:${i.state}`);
    assert.deepEqual(notDone, ["outline:edited", "draft:03:stale", "revision:03:stale"]);
    assert.equal(byId(state).get("draft:03")?.reason, "03-outline.md (chapter 3) changed");
  });
  it("drops a chapter deleted from the outline by hand: its files become orphans, the manuscript goes stale", async () => {
    await (0, import_storyOnDisk.writeDoneStory)(import_tempStory.nodeFs, dir, 4);
    await edit("03-outline.md", (t) => t.replace(/## Chapter 3:[\s\S]*?(?=## Chapter 4:)/, ""));
    const state = await (0, import_state.computeStoryState)(import_tempStory.nodeFs, dir);
    assert.deepEqual(state.chapters.map((c) => c.number), [1, 2, 4]);
    assert.equal(byId(state).has("draft:03"), false);
    assert.deepEqual(state.orphans, ["04-draft/chapter-03.md", "05-revision/chapter-03.md"]);
    const notDone = state.items.filter((i) => i.state !== "done").map((i) => `${i.id}:${i.state}`);
    assert.deepEqual(notDone, ["outline:edited", "manuscript:stale"]);
    assert.match(byId(state).get("manuscript")?.reason ?? "", /05-revision\/chapter-03\.md/);
  });
  it("shows a partial chapter, and failed and skipped items from the run records", async () => {
    await (0, import_storyOnDisk.writeDoneStory)(import_tempStory.nodeFs, dir, 3);
    await import_tempStory.nodeFs.delete((0, import_node_path.join)(dir, "04-draft/chapter-01.md"));
    const partialBody = "The keeper climbed";
    await (0, import_checkpointFile.writeCheckpoint)(import_tempStory.nodeFs, (0, import_node_path.join)(dir, "04-draft/chapter-01.partial.md"), {
      stage: "draft",
      chapter: 1,
      status: "partial",
      model: "m",
      promptHash: "p",
      inputs: {},
      bodyHash: "x",
      usage: { promptTokens: 0, outputTokens: 0, thinkingTokens: 0 },
      durationMs: 0,
      generatedAt: "2025-01-01T00:00:00.000Z",
      words: 3
    }, partialBody);
    await import_tempStory.nodeFs.delete((0, import_node_path.join)(dir, "04-draft/chapter-02.md"));
    const revision3 = byId(await (0, import_state.computeStoryState)(import_tempStory.nodeFs, dir)).get("revision:03")?.meta?.inputs ?? {};
    await import_tempStory.nodeFs.delete((0, import_node_path.join)(dir, "05-revision/chapter-03.md"));
    const at = "2025-01-01T00:00:00.000Z";
    await (0, import_tempStory.writeText)(import_tempStory.nodeFs, (0, import_storyPaths.runStatePath)(dir), JSON.stringify({
      version: 1,
      items: {
        "draft:02": { state: "failed", reason: "Gemini blocked the reply (SAFETY)", kind: "content-blocked", at, inputs: {} },
        "revision:03": { state: "skipped", reason: "skipped after a failure", at, inputs: revision3 }
      }
    }));
    const items = byId(await (0, import_state.computeStoryState)(import_tempStory.nodeFs, dir));
    assert.equal(items.get("draft:01")?.state, "partial");
    assert.equal(items.get("draft:02")?.state, "failed");
    assert.equal(items.get("draft:02")?.reason, "Gemini blocked the reply (SAFETY)");
    assert.equal(items.get("revision:03")?.state, "skipped");
    assert.equal(items.get("revision:01")?.state, "stale");
    assert.deepEqual(items.get("revision:01")?.staleInputs, ["04-draft/chapter-01.md"]);
  });
  it("treats damaged files as edited, with a typed error naming the file", async () => {
    await (0, import_storyOnDisk.writeDoneStory)(import_tempStory.nodeFs, dir, 2);
    await import_tempStory.nodeFs.writeFile((0, import_node_path.join)(dir, "02-bible.md"), new Uint8Array([0, 255, 19, 55, 0]));
    await edit("04-draft/chapter-01.md", (t) => t.slice(0, 40));
    await (0, import_tempStory.writeText)(import_tempStory.nodeFs, (0, import_node_path.join)(dir, "05-revision/chapter-02.md"), "# Chapter 2\n\nWritten by hand.\n");
    const items = byId(await (0, import_state.computeStoryState)(import_tempStory.nodeFs, dir));
    assert.equal(items.get("bible")?.state, "edited");
    assert.equal(items.get("bible")?.problem?.problem, "binary");
    assert.match(items.get("bible")?.reason ?? "", /^02-bible\.md: /);
    assert.equal(items.get("draft:01")?.state, "edited");
    assert.equal(items.get("draft:01")?.problem?.problem, "front-matter");
    assert.equal(items.get("revision:02")?.state, "edited");
    assert.equal(items.get("revision:02")?.reason, "written by hand (no front matter)");
    assert.equal(items.get("outline")?.state, "stale");
  });
  it("computes the state of a 25-chapter story quickly (timing printed, not asserted)", async () => {
    await (0, import_storyOnDisk.writeDoneStory)(import_tempStory.nodeFs, dir, 25);
    await (0, import_state.computeStoryState)(import_tempStory.nodeFs, dir);
    const runs = 5;
    const start = import_node_perf_hooks.performance.now();
    let state;
    for (let i = 0; i < runs; i++) state = await (0, import_state.computeStoryState)(import_tempStory.nodeFs, dir);
    const ms = (import_node_perf_hooks.performance.now() - start) / runs;
    assert.equal(state?.items.length, 3 + 25 * 2 + 1);
    assert.ok(state?.items.every((i) => i.state === "done"));
    console.log(`      computeStoryState, 25 chapters (${state?.items.length} items): ${ms.toFixed(1)} ms`);
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC91bml0L3dvcmtmbG93L3N0YXRlLnRlc3QudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCAqIGFzIGFzc2VydCBmcm9tICdub2RlOmFzc2VydC9zdHJpY3QnO1xuaW1wb3J0IHsgam9pbiB9IGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgeyBwZXJmb3JtYW5jZSB9IGZyb20gJ25vZGU6cGVyZl9ob29rcyc7XG5pbXBvcnQgeyB3cml0ZUNoZWNrcG9pbnQgfSBmcm9tICcuLi8uLi8uLi9zcmMvY29yZS9jaGVja3BvaW50L2NoZWNrcG9pbnRGaWxlJztcbmltcG9ydCB7IHJ1blN0YXRlUGF0aCB9IGZyb20gJy4uLy4uLy4uL3NyYy9jb3JlL2NoZWNrcG9pbnQvc3RvcnlQYXRocyc7XG5pbXBvcnQgeyBjb21wdXRlU3RvcnlTdGF0ZSwgdHlwZSBTdG9yeVN0YXRlIH0gZnJvbSAnLi4vLi4vLi4vc3JjL2NvcmUvd29ya2Zsb3cvc3RhdGUnO1xuaW1wb3J0IHsgcmVuZGVyQnJpZWYgfSBmcm9tICcuLi8uLi8uLi9zcmMvY29yZS9zdG9yeS9icmllZkZpbGUnO1xuaW1wb3J0IHsgbWFrZVRlbXBEaXIsIG5vZGVGcyBhcyBmcywgcmVhZFRleHQsIHdyaXRlVGV4dCB9IGZyb20gJy4vdGVtcFN0b3J5JztcbmltcG9ydCB7IHdyaXRlRG9uZVN0b3J5IH0gZnJvbSAnLi9zdG9yeU9uRGlzayc7XG5pbXBvcnQgeyBzbWFsbEJyaWVmIH0gZnJvbSAnLi93b3JrZmxvd0hhcm5lc3MnO1xuXG5jb25zdCBieUlkID0gKHM6IFN0b3J5U3RhdGUpID0+IG5ldyBNYXAocy5pdGVtcy5tYXAoKGkpID0+IFtpLmlkLCBpXSkpO1xuY29uc3Qgc3RhdGVzT2YgPSAoczogU3RvcnlTdGF0ZSkgPT4gT2JqZWN0LmZyb21FbnRyaWVzKHMuaXRlbXMubWFwKChpKSA9PiBbaS5pZCwgaS5zdGF0ZV0pKTtcblxuZGVzY3JpYmUoJ3N0b3J5IHN0YXRlJywgKCkgPT4ge1xuICBsZXQgZGlyOiBzdHJpbmc7XG4gIGxldCBjbGVhbnVwOiAoKSA9PiBQcm9taXNlPHZvaWQ+O1xuICBiZWZvcmVFYWNoKGFzeW5jICgpID0+ICh7IGRpciwgY2xlYW51cCB9ID0gYXdhaXQgbWFrZVRlbXBEaXIoKSkpO1xuICBhZnRlckVhY2goKCkgPT4gY2xlYW51cCgpKTtcblxuICBjb25zdCBlZGl0ID0gYXN5bmMgKHJlbDogc3RyaW5nLCBjaGFuZ2U6ICh0ZXh0OiBzdHJpbmcpID0+IHN0cmluZykgPT4gd3JpdGVUZXh0KGZzLCBqb2luKGRpciwgcmVsKSwgY2hhbmdlKGF3YWl0IHJlYWRUZXh0KGZzLCBqb2luKGRpciwgcmVsKSkpKTtcblxuICBpdCgnaXMgcGVuZGluZyBldmVyeXdoZXJlIGZvciBhIHN0b3J5IHdpdGggb25seSBhIGJyaWVmIChubyBjaGFwdGVycyBrbm93biB5ZXQpJywgYXN5bmMgKCkgPT4ge1xuICAgIGF3YWl0IHdyaXRlVGV4dChmcywgam9pbihkaXIsICdicmllZi5tZCcpLCByZW5kZXJCcmllZihzbWFsbEJyaWVmKSk7XG4gICAgY29uc3Qgc3RhdGUgPSBhd2FpdCBjb21wdXRlU3RvcnlTdGF0ZShmcywgZGlyKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKHN0YXRlc09mKHN0YXRlKSwgeyBjb25jZXB0OiAncGVuZGluZycsIGJpYmxlOiAncGVuZGluZycsIG91dGxpbmU6ICdwZW5kaW5nJywgbWFudXNjcmlwdDogJ3BlbmRpbmcnIH0pO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoc3RhdGUucHJvYmxlbXMsIFtdKTtcbiAgfSk7XG5cbiAgaXQoJ2lzIGRvbmUgZXZlcnl3aGVyZSBmb3IgYSBjb21wbGV0ZSwgdW50b3VjaGVkIHN0b3J5JywgYXN5bmMgKCkgPT4ge1xuICAgIGF3YWl0IHdyaXRlRG9uZVN0b3J5KGZzLCBkaXIsIDMpO1xuICAgIGNvbnN0IHN0YXRlID0gYXdhaXQgY29tcHV0ZVN0b3J5U3RhdGUoZnMsIGRpcik7XG4gICAgYXNzZXJ0LmVxdWFsKHN0YXRlLml0ZW1zLmxlbmd0aCwgMyArIDMgKiAyICsgMSk7XG4gICAgZm9yIChjb25zdCBpdGVtIG9mIHN0YXRlLml0ZW1zKSBhc3NlcnQuZXF1YWwoaXRlbS5zdGF0ZSwgJ2RvbmUnLCBgJHtpdGVtLmlkfTogJHtpdGVtLnJlYXNvbn1gKTtcbiAgICBhc3NlcnQuZXF1YWwoYnlJZChzdGF0ZSkuZ2V0KCdkcmFmdDowMicpPy5maWxlLCAnMDQtZHJhZnQvY2hhcHRlci0wMi5tZCcpO1xuICB9KTtcblxuICBpdCgnbWFya3MgYW4gZWRpdGVkIGNvbmNlcHQgZWRpdGVkLCBhbmQgaXRzIGRlcGVuZGFudHMgc3RhbGUgd2l0aCB0aGUgcmVhc29uJywgYXN5bmMgKCkgPT4ge1xuICAgIGF3YWl0IHdyaXRlRG9uZVN0b3J5KGZzLCBkaXIsIDMpO1xuICAgIGF3YWl0IGVkaXQoJzAxLWNvbmNlcHQubWQnLCAodCkgPT4gdC5yZXBsYWNlKCcjIyBMb2dsaW5lJywgJyMjIExvZ2xpbmVcXG5cXG5UaGUgd3JpdGVyIHJld3JvdGUgdGhpcy4nKSk7XG4gICAgY29uc3QgaXRlbXMgPSBieUlkKGF3YWl0IGNvbXB1dGVTdG9yeVN0YXRlKGZzLCBkaXIpKTtcbiAgICBhc3NlcnQuZXF1YWwoaXRlbXMuZ2V0KCdjb25jZXB0Jyk/LnN0YXRlLCAnZWRpdGVkJyk7XG4gICAgYXNzZXJ0LmVxdWFsKGl0ZW1zLmdldCgnYmlibGUnKT8uc3RhdGUsICdzdGFsZScpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoaXRlbXMuZ2V0KCdiaWJsZScpPy5zdGFsZUlucHV0cywgWycwMS1jb25jZXB0Lm1kJ10pO1xuICAgIGFzc2VydC5lcXVhbChpdGVtcy5nZXQoJ2JpYmxlJyk/LnJlYXNvbiwgJzAxLWNvbmNlcHQubWQgY2hhbmdlZCcpO1xuICAgIGFzc2VydC5lcXVhbChpdGVtcy5nZXQoJ291dGxpbmUnKT8uc3RhdGUsICdzdGFsZScpO1xuICAgIC8vIENoYXB0ZXJzIHJlYWQgdGhlIGJpYmxlIGFuZCB0aGUgb3V0bGluZSwgbm90IHRoZSBjb25jZXB0OiB0aGV5IG9ubHkgZ28gc3RhbGUgb25jZSB0aG9zZSBjaGFuZ2UuXG4gICAgYXNzZXJ0LmVxdWFsKGl0ZW1zLmdldCgnZHJhZnQ6MDEnKT8uc3RhdGUsICdkb25lJyk7XG4gIH0pO1xuXG4gIGl0KCdpZ25vcmVzIGEgY2hhbmdlIHRvIGZyb250IG1hdHRlciBhbG9uZSwgYW5kIHRyYWlsaW5nIHdoaXRlIHNwYWNlIG9yIENSTEYnLCBhc3luYyAoKSA9PiB7XG4gICAgYXdhaXQgd3JpdGVEb25lU3RvcnkoZnMsIGRpciwgMik7XG4gICAgYXdhaXQgZWRpdCgnMDEtY29uY2VwdC5tZCcsICh0KSA9PiB0LnJlcGxhY2UoL2dlbmVyYXRlZEF0OiAuKi8sICdnZW5lcmF0ZWRBdDogMjAzMC0wMS0wMVQwMDowMDowMC4wMDBaJykucmVwbGFjZSgvXFxuL2csICdcXHJcXG4nKSArICdcXG5cXG4nKTtcbiAgICBjb25zdCBzdGF0ZSA9IGF3YWl0IGNvbXB1dGVTdG9yeVN0YXRlKGZzLCBkaXIpO1xuICAgIGZvciAoY29uc3QgaXRlbSBvZiBzdGF0ZS5pdGVtcykgYXNzZXJ0LmVxdWFsKGl0ZW0uc3RhdGUsICdkb25lJywgaXRlbS5pZCk7XG4gIH0pO1xuXG4gIGl0KCdtYWtlcyBvbmx5IHRoYXQgY2hhcHRlclxcJ3MgcmV2aXNpb24gc3RhbGUgd2hlbiBvbmUgZHJhZnQgaXMgZWRpdGVkJywgYXN5bmMgKCkgPT4ge1xuICAgIGF3YWl0IHdyaXRlRG9uZVN0b3J5KGZzLCBkaXIsIDMpO1xuICAgIGF3YWl0IGVkaXQoJzA0LWRyYWZ0L2NoYXB0ZXItMDIubWQnLCAodCkgPT4gYCR7dH1cXG5PbmUgbW9yZSBsaW5lIGJ5IHRoZSB3cml0ZXIuXFxuYCk7XG4gICAgY29uc3Qgc3RhdGUgPSBhd2FpdCBjb21wdXRlU3RvcnlTdGF0ZShmcywgZGlyKTtcbiAgICBjb25zdCBub3REb25lID0gc3RhdGUuaXRlbXMuZmlsdGVyKChpKSA9PiBpLnN0YXRlICE9PSAnZG9uZScpLm1hcCgoaSkgPT4gYCR7aS5pZH06JHtpLnN0YXRlfWApO1xuICAgIGFzc2VydC5kZWVwRXF1YWwobm90RG9uZSwgWydkcmFmdDowMjplZGl0ZWQnLCAncmV2aXNpb246MDI6c3RhbGUnXSk7XG4gICAgYXNzZXJ0LmVxdWFsKGJ5SWQoc3RhdGUpLmdldCgncmV2aXNpb246MDInKT8ucmVhc29uLCAnMDQtZHJhZnQvY2hhcHRlci0wMi5tZCBjaGFuZ2VkJyk7XG4gIH0pO1xuXG4gIGl0KCdtYWtlcyBvbmx5IGNoYXB0ZXIgMyBzdGFsZSB3aGVuIGNoYXB0ZXIgM1xcJ3MgYmVhdHMgYXJlIGVkaXRlZCBpbiB0aGUgb3V0bGluZScsIGFzeW5jICgpID0+IHtcbiAgICBhd2FpdCB3cml0ZURvbmVTdG9yeShmcywgZGlyLCA0KTtcbiAgICBhd2FpdCBlZGl0KCcwMy1vdXRsaW5lLm1kJywgKHQpID0+IHQucmVwbGFjZSgnLSBCZWF0IHR3byBvZiAzLicsICctIEJlYXQgdHdvIG9mIDMsIHJld3JpdHRlbiBieSB0aGUgd3JpdGVyLicpKTtcbiAgICBjb25zdCBzdGF0ZSA9IGF3YWl0IGNvbXB1dGVTdG9yeVN0YXRlKGZzLCBkaXIpO1xuICAgIGNvbnN0IG5vdERvbmUgPSBzdGF0ZS5pdGVtcy5maWx0ZXIoKGkpID0+IGkuc3RhdGUgIT09ICdkb25lJykubWFwKChpKSA9PiBgJHtpLmlkfToke2kuc3RhdGV9YCk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChub3REb25lLCBbJ291dGxpbmU6ZWRpdGVkJywgJ2RyYWZ0OjAzOnN0YWxlJywgJ3JldmlzaW9uOjAzOnN0YWxlJ10pO1xuICAgIGFzc2VydC5lcXVhbChieUlkKHN0YXRlKS5nZXQoJ2RyYWZ0OjAzJyk/LnJlYXNvbiwgJzAzLW91dGxpbmUubWQgKGNoYXB0ZXIgMykgY2hhbmdlZCcpO1xuICB9KTtcblxuICBpdCgnZHJvcHMgYSBjaGFwdGVyIGRlbGV0ZWQgZnJvbSB0aGUgb3V0bGluZSBieSBoYW5kOiBpdHMgZmlsZXMgYmVjb21lIG9ycGhhbnMsIHRoZSBtYW51c2NyaXB0IGdvZXMgc3RhbGUnLCBhc3luYyAoKSA9PiB7XG4gICAgYXdhaXQgd3JpdGVEb25lU3RvcnkoZnMsIGRpciwgNCk7XG4gICAgYXdhaXQgZWRpdCgnMDMtb3V0bGluZS5tZCcsICh0KSA9PiB0LnJlcGxhY2UoLyMjIENoYXB0ZXIgMzpbXFxzXFxTXSo/KD89IyMgQ2hhcHRlciA0OikvLCAnJykpO1xuICAgIGNvbnN0IHN0YXRlID0gYXdhaXQgY29tcHV0ZVN0b3J5U3RhdGUoZnMsIGRpcik7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChzdGF0ZS5jaGFwdGVycy5tYXAoKGMpID0+IGMubnVtYmVyKSwgWzEsIDIsIDRdKTtcbiAgICBhc3NlcnQuZXF1YWwoYnlJZChzdGF0ZSkuaGFzKCdkcmFmdDowMycpLCBmYWxzZSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChzdGF0ZS5vcnBoYW5zLCBbJzA0LWRyYWZ0L2NoYXB0ZXItMDMubWQnLCAnMDUtcmV2aXNpb24vY2hhcHRlci0wMy5tZCddKTtcbiAgICBjb25zdCBub3REb25lID0gc3RhdGUuaXRlbXMuZmlsdGVyKChpKSA9PiBpLnN0YXRlICE9PSAnZG9uZScpLm1hcCgoaSkgPT4gYCR7aS5pZH06JHtpLnN0YXRlfWApO1xuICAgIGFzc2VydC5kZWVwRXF1YWwobm90RG9uZSwgWydvdXRsaW5lOmVkaXRlZCcsICdtYW51c2NyaXB0OnN0YWxlJ10pO1xuICAgIGFzc2VydC5tYXRjaChieUlkKHN0YXRlKS5nZXQoJ21hbnVzY3JpcHQnKT8ucmVhc29uID8/ICcnLCAvMDUtcmV2aXNpb25cXC9jaGFwdGVyLTAzXFwubWQvKTtcbiAgfSk7XG5cbiAgaXQoJ3Nob3dzIGEgcGFydGlhbCBjaGFwdGVyLCBhbmQgZmFpbGVkIGFuZCBza2lwcGVkIGl0ZW1zIGZyb20gdGhlIHJ1biByZWNvcmRzJywgYXN5bmMgKCkgPT4ge1xuICAgIGF3YWl0IHdyaXRlRG9uZVN0b3J5KGZzLCBkaXIsIDMpO1xuICAgIGF3YWl0IGZzLmRlbGV0ZShqb2luKGRpciwgJzA0LWRyYWZ0L2NoYXB0ZXItMDEubWQnKSk7XG4gICAgY29uc3QgcGFydGlhbEJvZHkgPSAnVGhlIGtlZXBlciBjbGltYmVkJztcbiAgICBhd2FpdCB3cml0ZUNoZWNrcG9pbnQoZnMsIGpvaW4oZGlyLCAnMDQtZHJhZnQvY2hhcHRlci0wMS5wYXJ0aWFsLm1kJyksIHtcbiAgICAgIHN0YWdlOiAnZHJhZnQnLCBjaGFwdGVyOiAxLCBzdGF0dXM6ICdwYXJ0aWFsJywgbW9kZWw6ICdtJywgcHJvbXB0SGFzaDogJ3AnLCBpbnB1dHM6IHt9LCBib2R5SGFzaDogJ3gnLFxuICAgICAgdXNhZ2U6IHsgcHJvbXB0VG9rZW5zOiAwLCBvdXRwdXRUb2tlbnM6IDAsIHRoaW5raW5nVG9rZW5zOiAwIH0sIGR1cmF0aW9uTXM6IDAsIGdlbmVyYXRlZEF0OiAnMjAyNS0wMS0wMVQwMDowMDowMC4wMDBaJywgd29yZHM6IDMsXG4gICAgfSwgcGFydGlhbEJvZHkpO1xuICAgIGF3YWl0IGZzLmRlbGV0ZShqb2luKGRpciwgJzA0LWRyYWZ0L2NoYXB0ZXItMDIubWQnKSk7XG4gICAgLy8gQSBza2lwIGlzIHJlY29yZGVkIHdpdGggdGhlIGlucHV0cyBvZiB0aGUgdGltZTogdGhlIG9uZXMgdGhlIHJldmlzaW9uIGZpbGUgaGFkIHJlY29yZGVkLlxuICAgIGNvbnN0IHJldmlzaW9uMyA9IGJ5SWQoYXdhaXQgY29tcHV0ZVN0b3J5U3RhdGUoZnMsIGRpcikpLmdldCgncmV2aXNpb246MDMnKT8ubWV0YT8uaW5wdXRzID8/IHt9O1xuICAgIGF3YWl0IGZzLmRlbGV0ZShqb2luKGRpciwgJzA1LXJldmlzaW9uL2NoYXB0ZXItMDMubWQnKSk7XG4gICAgY29uc3QgYXQgPSAnMjAyNS0wMS0wMVQwMDowMDowMC4wMDBaJztcbiAgICBhd2FpdCB3cml0ZVRleHQoZnMsIHJ1blN0YXRlUGF0aChkaXIpLCBKU09OLnN0cmluZ2lmeSh7XG4gICAgICB2ZXJzaW9uOiAxLFxuICAgICAgaXRlbXM6IHtcbiAgICAgICAgJ2RyYWZ0OjAyJzogeyBzdGF0ZTogJ2ZhaWxlZCcsIHJlYXNvbjogJ0dlbWluaSBibG9ja2VkIHRoZSByZXBseSAoU0FGRVRZKScsIGtpbmQ6ICdjb250ZW50LWJsb2NrZWQnLCBhdCwgaW5wdXRzOiB7fSB9LFxuICAgICAgICAncmV2aXNpb246MDMnOiB7IHN0YXRlOiAnc2tpcHBlZCcsIHJlYXNvbjogJ3NraXBwZWQgYWZ0ZXIgYSBmYWlsdXJlJywgYXQsIGlucHV0czogcmV2aXNpb24zIH0sXG4gICAgICB9LFxuICAgIH0pKTtcbiAgICBjb25zdCBpdGVtcyA9IGJ5SWQoYXdhaXQgY29tcHV0ZVN0b3J5U3RhdGUoZnMsIGRpcikpO1xuICAgIGFzc2VydC5lcXVhbChpdGVtcy5nZXQoJ2RyYWZ0OjAxJyk/LnN0YXRlLCAncGFydGlhbCcpO1xuICAgIGFzc2VydC5lcXVhbChpdGVtcy5nZXQoJ2RyYWZ0OjAyJyk/LnN0YXRlLCAnZmFpbGVkJyk7XG4gICAgYXNzZXJ0LmVxdWFsKGl0ZW1zLmdldCgnZHJhZnQ6MDInKT8ucmVhc29uLCAnR2VtaW5pIGJsb2NrZWQgdGhlIHJlcGx5IChTQUZFVFkpJyk7XG4gICAgYXNzZXJ0LmVxdWFsKGl0ZW1zLmdldCgncmV2aXNpb246MDMnKT8uc3RhdGUsICdza2lwcGVkJyk7XG4gICAgYXNzZXJ0LmVxdWFsKGl0ZW1zLmdldCgncmV2aXNpb246MDEnKT8uc3RhdGUsICdzdGFsZScpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoaXRlbXMuZ2V0KCdyZXZpc2lvbjowMScpPy5zdGFsZUlucHV0cywgWycwNC1kcmFmdC9jaGFwdGVyLTAxLm1kJ10pO1xuICB9KTtcblxuICBpdCgndHJlYXRzIGRhbWFnZWQgZmlsZXMgYXMgZWRpdGVkLCB3aXRoIGEgdHlwZWQgZXJyb3IgbmFtaW5nIHRoZSBmaWxlJywgYXN5bmMgKCkgPT4ge1xuICAgIGF3YWl0IHdyaXRlRG9uZVN0b3J5KGZzLCBkaXIsIDIpO1xuICAgIGF3YWl0IGZzLndyaXRlRmlsZShqb2luKGRpciwgJzAyLWJpYmxlLm1kJyksIG5ldyBVaW50OEFycmF5KFsweDAwLCAweGZmLCAweDEzLCAweDM3LCAweDAwXSkpO1xuICAgIGF3YWl0IGVkaXQoJzA0LWRyYWZ0L2NoYXB0ZXItMDEubWQnLCAodCkgPT4gdC5zbGljZSgwLCA0MCkpO1xuICAgIGF3YWl0IHdyaXRlVGV4dChmcywgam9pbihkaXIsICcwNS1yZXZpc2lvbi9jaGFwdGVyLTAyLm1kJyksICcjIENoYXB0ZXIgMlxcblxcbldyaXR0ZW4gYnkgaGFuZC5cXG4nKTtcbiAgICBjb25zdCBpdGVtcyA9IGJ5SWQoYXdhaXQgY29tcHV0ZVN0b3J5U3RhdGUoZnMsIGRpcikpO1xuICAgIGFzc2VydC5lcXVhbChpdGVtcy5nZXQoJ2JpYmxlJyk/LnN0YXRlLCAnZWRpdGVkJyk7XG4gICAgYXNzZXJ0LmVxdWFsKGl0ZW1zLmdldCgnYmlibGUnKT8ucHJvYmxlbT8ucHJvYmxlbSwgJ2JpbmFyeScpO1xuICAgIGFzc2VydC5tYXRjaChpdGVtcy5nZXQoJ2JpYmxlJyk/LnJlYXNvbiA/PyAnJywgL14wMi1iaWJsZVxcLm1kOiAvKTtcbiAgICBhc3NlcnQuZXF1YWwoaXRlbXMuZ2V0KCdkcmFmdDowMScpPy5zdGF0ZSwgJ2VkaXRlZCcpO1xuICAgIGFzc2VydC5lcXVhbChpdGVtcy5nZXQoJ2RyYWZ0OjAxJyk/LnByb2JsZW0/LnByb2JsZW0sICdmcm9udC1tYXR0ZXInKTtcbiAgICBhc3NlcnQuZXF1YWwoaXRlbXMuZ2V0KCdyZXZpc2lvbjowMicpPy5zdGF0ZSwgJ2VkaXRlZCcpO1xuICAgIGFzc2VydC5lcXVhbChpdGVtcy5nZXQoJ3JldmlzaW9uOjAyJyk/LnJlYXNvbiwgJ3dyaXR0ZW4gYnkgaGFuZCAobm8gZnJvbnQgbWF0dGVyKScpO1xuICAgIC8vIFRoZSBkYW1hZ2VkIGJpYmxlIGNoYW5nZWQgaGFzaDogd2hhdCBkZXBlbmRzIG9uIGl0IGlzIHN0YWxlLlxuICAgIGFzc2VydC5lcXVhbChpdGVtcy5nZXQoJ291dGxpbmUnKT8uc3RhdGUsICdzdGFsZScpO1xuICB9KTtcblxuICBpdCgnY29tcHV0ZXMgdGhlIHN0YXRlIG9mIGEgMjUtY2hhcHRlciBzdG9yeSBxdWlja2x5ICh0aW1pbmcgcHJpbnRlZCwgbm90IGFzc2VydGVkKScsIGFzeW5jICgpID0+IHtcbiAgICBhd2FpdCB3cml0ZURvbmVTdG9yeShmcywgZGlyLCAyNSk7XG4gICAgYXdhaXQgY29tcHV0ZVN0b3J5U3RhdGUoZnMsIGRpcik7IC8vIHdhcm0gdXAgbW9kdWxlIGxvYWRpbmcgYW5kIHRoZSBkaXNrIGNhY2hlXG4gICAgY29uc3QgcnVucyA9IDU7XG4gICAgY29uc3Qgc3RhcnQgPSBwZXJmb3JtYW5jZS5ub3coKTtcbiAgICBsZXQgc3RhdGU6IFN0b3J5U3RhdGUgfCB1bmRlZmluZWQ7XG4gICAgZm9yIChsZXQgaSA9IDA7IGkgPCBydW5zOyBpKyspIHN0YXRlID0gYXdhaXQgY29tcHV0ZVN0b3J5U3RhdGUoZnMsIGRpcik7XG4gICAgY29uc3QgbXMgPSAocGVyZm9ybWFuY2Uubm93KCkgLSBzdGFydCkgLyBydW5zO1xuICAgIGFzc2VydC5lcXVhbChzdGF0ZT8uaXRlbXMubGVuZ3RoLCAzICsgMjUgKiAyICsgMSk7XG4gICAgYXNzZXJ0Lm9rKHN0YXRlPy5pdGVtcy5ldmVyeSgoaSkgPT4gaS5zdGF0ZSA9PT0gJ2RvbmUnKSk7XG4gICAgY29uc29sZS5sb2coYCAgICAgIGNvbXB1dGVTdG9yeVN0YXRlLCAyNSBjaGFwdGVycyAoJHtzdGF0ZT8uaXRlbXMubGVuZ3RofSBpdGVtcyk6ICR7bXMudG9GaXhlZCgxKX0gbXNgKTtcbiAgfSk7XG59KTtcbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUEsYUFBd0I7QUFDeEIsdUJBQXFCO0FBQ3JCLDZCQUE0QjtBQUM1Qiw0QkFBZ0M7QUFDaEMsd0JBQTZCO0FBQzdCLG1CQUFtRDtBQUNuRCx1QkFBNEI7QUFDNUIsdUJBQStEO0FBQy9ELHlCQUErQjtBQUMvQiw2QkFBMkI7QUFFM0IsTUFBTSxPQUFPLENBQUMsTUFBa0IsSUFBSSxJQUFJLEVBQUUsTUFBTSxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsSUFBSSxDQUFDLENBQUMsQ0FBQztBQUNyRSxNQUFNLFdBQVcsQ0FBQyxNQUFrQixPQUFPLFlBQVksRUFBRSxNQUFNLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxJQUFJLEVBQUUsS0FBSyxDQUFDLENBQUM7QUFFMUYsU0FBUyxlQUFlLE1BQU07QUFDNUIsTUFBSTtBQUNKLE1BQUk7QUFDSixhQUFXLGFBQWEsRUFBRSxLQUFLLFFBQVEsSUFBSSxVQUFNLDhCQUFZLEVBQUU7QUFDL0QsWUFBVSxNQUFNLFFBQVEsQ0FBQztBQUV6QixRQUFNLE9BQU8sT0FBTyxLQUFhLGVBQXFDLDRCQUFVLGlCQUFBQSxZQUFJLHVCQUFLLEtBQUssR0FBRyxHQUFHLE9BQU8sVUFBTSwyQkFBUyxpQkFBQUEsWUFBSSx1QkFBSyxLQUFLLEdBQUcsQ0FBQyxDQUFDLENBQUM7QUFFOUksS0FBRywrRUFBK0UsWUFBWTtBQUM1RixjQUFNLDRCQUFVLGlCQUFBQSxZQUFJLHVCQUFLLEtBQUssVUFBVSxPQUFHLDhCQUFZLGlDQUFVLENBQUM7QUFDbEUsVUFBTSxRQUFRLFVBQU0sZ0NBQWtCLGlCQUFBQSxRQUFJLEdBQUc7QUFDN0MsV0FBTyxVQUFVLFNBQVMsS0FBSyxHQUFHLEVBQUUsU0FBUyxXQUFXLE9BQU8sV0FBVyxTQUFTLFdBQVcsWUFBWSxVQUFVLENBQUM7QUFDckgsV0FBTyxVQUFVLE1BQU0sVUFBVSxDQUFDLENBQUM7QUFBQSxFQUNyQyxDQUFDO0FBRUQsS0FBRyxzREFBc0QsWUFBWTtBQUNuRSxjQUFNLG1DQUFlLGlCQUFBQSxRQUFJLEtBQUssQ0FBQztBQUMvQixVQUFNLFFBQVEsVUFBTSxnQ0FBa0IsaUJBQUFBLFFBQUksR0FBRztBQUM3QyxXQUFPLE1BQU0sTUFBTSxNQUFNLFFBQVEsSUFBSSxJQUFJLElBQUksQ0FBQztBQUM5QyxlQUFXLFFBQVEsTUFBTSxNQUFPLFFBQU8sTUFBTSxLQUFLLE9BQU8sUUFBUSxHQUFHLEtBQUssRUFBRSxLQUFLLEtBQUssTUFBTSxFQUFFO0FBQzdGLFdBQU8sTUFBTSxLQUFLLEtBQUssRUFBRSxJQUFJLFVBQVUsR0FBRyxNQUFNLHdCQUF3QjtBQUFBLEVBQzFFLENBQUM7QUFFRCxLQUFHLDRFQUE0RSxZQUFZO0FBQ3pGLGNBQU0sbUNBQWUsaUJBQUFBLFFBQUksS0FBSyxDQUFDO0FBQy9CLFVBQU0sS0FBSyxpQkFBaUIsQ0FBQyxNQUFNLEVBQUUsUUFBUSxjQUFjLHdDQUF3QyxDQUFDO0FBQ3BHLFVBQU0sUUFBUSxLQUFLLFVBQU0sZ0NBQWtCLGlCQUFBQSxRQUFJLEdBQUcsQ0FBQztBQUNuRCxXQUFPLE1BQU0sTUFBTSxJQUFJLFNBQVMsR0FBRyxPQUFPLFFBQVE7QUFDbEQsV0FBTyxNQUFNLE1BQU0sSUFBSSxPQUFPLEdBQUcsT0FBTyxPQUFPO0FBQy9DLFdBQU8sVUFBVSxNQUFNLElBQUksT0FBTyxHQUFHLGFBQWEsQ0FBQyxlQUFlLENBQUM7QUFDbkUsV0FBTyxNQUFNLE1BQU0sSUFBSSxPQUFPLEdBQUcsUUFBUSx1QkFBdUI7QUFDaEUsV0FBTyxNQUFNLE1BQU0sSUFBSSxTQUFTLEdBQUcsT0FBTyxPQUFPO0FBRWpELFdBQU8sTUFBTSxNQUFNLElBQUksVUFBVSxHQUFHLE9BQU8sTUFBTTtBQUFBLEVBQ25ELENBQUM7QUFFRCxLQUFHLDRFQUE0RSxZQUFZO0FBQ3pGLGNBQU0sbUNBQWUsaUJBQUFBLFFBQUksS0FBSyxDQUFDO0FBQy9CLFVBQU0sS0FBSyxpQkFBaUIsQ0FBQyxNQUFNLEVBQUUsUUFBUSxtQkFBbUIsdUNBQXVDLEVBQUUsUUFBUSxPQUFPLE1BQU0sSUFBSSxNQUFNO0FBQ3hJLFVBQU0sUUFBUSxVQUFNLGdDQUFrQixpQkFBQUEsUUFBSSxHQUFHO0FBQzdDLGVBQVcsUUFBUSxNQUFNLE1BQU8sUUFBTyxNQUFNLEtBQUssT0FBTyxRQUFRLEtBQUssRUFBRTtBQUFBLEVBQzFFLENBQUM7QUFFRCxLQUFHLHFFQUFzRSxZQUFZO0FBQ25GLGNBQU0sbUNBQWUsaUJBQUFBLFFBQUksS0FBSyxDQUFDO0FBQy9CLFVBQU0sS0FBSywwQkFBMEIsQ0FBQyxNQUFNLEdBQUcsQ0FBQztBQUFBO0FBQUEsQ0FBa0M7QUFDbEYsVUFBTSxRQUFRLFVBQU0sZ0NBQWtCLGlCQUFBQSxRQUFJLEdBQUc7QUFDN0MsVUFBTSxVQUFVLE1BQU0sTUFBTSxPQUFPLENBQUMsTUFBTSxFQUFFLFVBQVUsTUFBTSxFQUFFLElBQUksQ0FBQyxNQUFNLEdBQUcsRUFBRSxFQUFFLElBQUksRUFBRSxLQUFLLEVBQUU7QUFDN0YsV0FBTyxVQUFVLFNBQVMsQ0FBQyxtQkFBbUIsbUJBQW1CLENBQUM7QUFDbEUsV0FBTyxNQUFNLEtBQUssS0FBSyxFQUFFLElBQUksYUFBYSxHQUFHLFFBQVEsZ0NBQWdDO0FBQUEsRUFDdkYsQ0FBQztBQUVELEtBQUcsK0VBQWdGLFlBQVk7QUFDN0YsY0FBTSxtQ0FBZSxpQkFBQUEsUUFBSSxLQUFLLENBQUM7QUFDL0IsVUFBTSxLQUFLLGlCQUFpQixDQUFDLE1BQU0sRUFBRSxRQUFRLG9CQUFvQiwyQ0FBMkMsQ0FBQztBQUM3RyxVQUFNLFFBQVEsVUFBTSxnQ0FBa0IsaUJBQUFBLFFBQUksR0FBRztBQUM3QyxVQUFNLFVBQVUsTUFBTSxNQUFNLE9BQU8sQ0FBQyxNQUFNLEVBQUUsVUFBVSxNQUFNLEVBQUUsSUFBSSxDQUFDLE1BQU0sR0FBRyxFQUFFLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRTtBQUM3RixXQUFPLFVBQVUsU0FBUyxDQUFDLGtCQUFrQixrQkFBa0IsbUJBQW1CLENBQUM7QUFDbkYsV0FBTyxNQUFNLEtBQUssS0FBSyxFQUFFLElBQUksVUFBVSxHQUFHLFFBQVEsbUNBQW1DO0FBQUEsRUFDdkYsQ0FBQztBQUVELEtBQUcseUdBQXlHLFlBQVk7QUFDdEgsY0FBTSxtQ0FBZSxpQkFBQUEsUUFBSSxLQUFLLENBQUM7QUFDL0IsVUFBTSxLQUFLLGlCQUFpQixDQUFDLE1BQU0sRUFBRSxRQUFRLDBDQUEwQyxFQUFFLENBQUM7QUFDMUYsVUFBTSxRQUFRLFVBQU0sZ0NBQWtCLGlCQUFBQSxRQUFJLEdBQUc7QUFDN0MsV0FBTyxVQUFVLE1BQU0sU0FBUyxJQUFJLENBQUMsTUFBTSxFQUFFLE1BQU0sR0FBRyxDQUFDLEdBQUcsR0FBRyxDQUFDLENBQUM7QUFDL0QsV0FBTyxNQUFNLEtBQUssS0FBSyxFQUFFLElBQUksVUFBVSxHQUFHLEtBQUs7QUFDL0MsV0FBTyxVQUFVLE1BQU0sU0FBUyxDQUFDLDBCQUEwQiwyQkFBMkIsQ0FBQztBQUN2RixVQUFNLFVBQVUsTUFBTSxNQUFNLE9BQU8sQ0FBQyxNQUFNLEVBQUUsVUFBVSxNQUFNLEVBQUUsSUFBSSxDQUFDLE1BQU0sR0FBRyxFQUFFLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRTtBQUM3RixXQUFPLFVBQVUsU0FBUyxDQUFDLGtCQUFrQixrQkFBa0IsQ0FBQztBQUNoRSxXQUFPLE1BQU0sS0FBSyxLQUFLLEVBQUUsSUFBSSxZQUFZLEdBQUcsVUFBVSxJQUFJLDZCQUE2QjtBQUFBLEVBQ3pGLENBQUM7QUFFRCxLQUFHLDhFQUE4RSxZQUFZO0FBQzNGLGNBQU0sbUNBQWUsaUJBQUFBLFFBQUksS0FBSyxDQUFDO0FBQy9CLFVBQU0saUJBQUFBLE9BQUcsV0FBTyx1QkFBSyxLQUFLLHdCQUF3QixDQUFDO0FBQ25ELFVBQU0sY0FBYztBQUNwQixjQUFNLHVDQUFnQixpQkFBQUEsWUFBSSx1QkFBSyxLQUFLLGdDQUFnQyxHQUFHO0FBQUEsTUFDckUsT0FBTztBQUFBLE1BQVMsU0FBUztBQUFBLE1BQUcsUUFBUTtBQUFBLE1BQVcsT0FBTztBQUFBLE1BQUssWUFBWTtBQUFBLE1BQUssUUFBUSxDQUFDO0FBQUEsTUFBRyxVQUFVO0FBQUEsTUFDbEcsT0FBTyxFQUFFLGNBQWMsR0FBRyxjQUFjLEdBQUcsZ0JBQWdCLEVBQUU7QUFBQSxNQUFHLFlBQVk7QUFBQSxNQUFHLGFBQWE7QUFBQSxNQUE0QixPQUFPO0FBQUEsSUFDakksR0FBRyxXQUFXO0FBQ2QsVUFBTSxpQkFBQUEsT0FBRyxXQUFPLHVCQUFLLEtBQUssd0JBQXdCLENBQUM7QUFFbkQsVUFBTSxZQUFZLEtBQUssVUFBTSxnQ0FBa0IsaUJBQUFBLFFBQUksR0FBRyxDQUFDLEVBQUUsSUFBSSxhQUFhLEdBQUcsTUFBTSxVQUFVLENBQUM7QUFDOUYsVUFBTSxpQkFBQUEsT0FBRyxXQUFPLHVCQUFLLEtBQUssMkJBQTJCLENBQUM7QUFDdEQsVUFBTSxLQUFLO0FBQ1gsY0FBTSw0QkFBVSxpQkFBQUEsWUFBSSxnQ0FBYSxHQUFHLEdBQUcsS0FBSyxVQUFVO0FBQUEsTUFDcEQsU0FBUztBQUFBLE1BQ1QsT0FBTztBQUFBLFFBQ0wsWUFBWSxFQUFFLE9BQU8sVUFBVSxRQUFRLHFDQUFxQyxNQUFNLG1CQUFtQixJQUFJLFFBQVEsQ0FBQyxFQUFFO0FBQUEsUUFDcEgsZUFBZSxFQUFFLE9BQU8sV0FBVyxRQUFRLDJCQUEyQixJQUFJLFFBQVEsVUFBVTtBQUFBLE1BQzlGO0FBQUEsSUFDRixDQUFDLENBQUM7QUFDRixVQUFNLFFBQVEsS0FBSyxVQUFNLGdDQUFrQixpQkFBQUEsUUFBSSxHQUFHLENBQUM7QUFDbkQsV0FBTyxNQUFNLE1BQU0sSUFBSSxVQUFVLEdBQUcsT0FBTyxTQUFTO0FBQ3BELFdBQU8sTUFBTSxNQUFNLElBQUksVUFBVSxHQUFHLE9BQU8sUUFBUTtBQUNuRCxXQUFPLE1BQU0sTUFBTSxJQUFJLFVBQVUsR0FBRyxRQUFRLG1DQUFtQztBQUMvRSxXQUFPLE1BQU0sTUFBTSxJQUFJLGFBQWEsR0FBRyxPQUFPLFNBQVM7QUFDdkQsV0FBTyxNQUFNLE1BQU0sSUFBSSxhQUFhLEdBQUcsT0FBTyxPQUFPO0FBQ3JELFdBQU8sVUFBVSxNQUFNLElBQUksYUFBYSxHQUFHLGFBQWEsQ0FBQyx3QkFBd0IsQ0FBQztBQUFBLEVBQ3BGLENBQUM7QUFFRCxLQUFHLHNFQUFzRSxZQUFZO0FBQ25GLGNBQU0sbUNBQWUsaUJBQUFBLFFBQUksS0FBSyxDQUFDO0FBQy9CLFVBQU0saUJBQUFBLE9BQUcsY0FBVSx1QkFBSyxLQUFLLGFBQWEsR0FBRyxJQUFJLFdBQVcsQ0FBQyxHQUFNLEtBQU0sSUFBTSxJQUFNLENBQUksQ0FBQyxDQUFDO0FBQzNGLFVBQU0sS0FBSywwQkFBMEIsQ0FBQyxNQUFNLEVBQUUsTUFBTSxHQUFHLEVBQUUsQ0FBQztBQUMxRCxjQUFNLDRCQUFVLGlCQUFBQSxZQUFJLHVCQUFLLEtBQUssMkJBQTJCLEdBQUcsbUNBQW1DO0FBQy9GLFVBQU0sUUFBUSxLQUFLLFVBQU0sZ0NBQWtCLGlCQUFBQSxRQUFJLEdBQUcsQ0FBQztBQUNuRCxXQUFPLE1BQU0sTUFBTSxJQUFJLE9BQU8sR0FBRyxPQUFPLFFBQVE7QUFDaEQsV0FBTyxNQUFNLE1BQU0sSUFBSSxPQUFPLEdBQUcsU0FBUyxTQUFTLFFBQVE7QUFDM0QsV0FBTyxNQUFNLE1BQU0sSUFBSSxPQUFPLEdBQUcsVUFBVSxJQUFJLGlCQUFpQjtBQUNoRSxXQUFPLE1BQU0sTUFBTSxJQUFJLFVBQVUsR0FBRyxPQUFPLFFBQVE7QUFDbkQsV0FBTyxNQUFNLE1BQU0sSUFBSSxVQUFVLEdBQUcsU0FBUyxTQUFTLGNBQWM7QUFDcEUsV0FBTyxNQUFNLE1BQU0sSUFBSSxhQUFhLEdBQUcsT0FBTyxRQUFRO0FBQ3RELFdBQU8sTUFBTSxNQUFNLElBQUksYUFBYSxHQUFHLFFBQVEsbUNBQW1DO0FBRWxGLFdBQU8sTUFBTSxNQUFNLElBQUksU0FBUyxHQUFHLE9BQU8sT0FBTztBQUFBLEVBQ25ELENBQUM7QUFFRCxLQUFHLG1GQUFtRixZQUFZO0FBQ2hHLGNBQU0sbUNBQWUsaUJBQUFBLFFBQUksS0FBSyxFQUFFO0FBQ2hDLGNBQU0sZ0NBQWtCLGlCQUFBQSxRQUFJLEdBQUc7QUFDL0IsVUFBTSxPQUFPO0FBQ2IsVUFBTSxRQUFRLG1DQUFZLElBQUk7QUFDOUIsUUFBSTtBQUNKLGFBQVMsSUFBSSxHQUFHLElBQUksTUFBTSxJQUFLLFNBQVEsVUFBTSxnQ0FBa0IsaUJBQUFBLFFBQUksR0FBRztBQUN0RSxVQUFNLE1BQU0sbUNBQVksSUFBSSxJQUFJLFNBQVM7QUFDekMsV0FBTyxNQUFNLE9BQU8sTUFBTSxRQUFRLElBQUksS0FBSyxJQUFJLENBQUM7QUFDaEQsV0FBTyxHQUFHLE9BQU8sTUFBTSxNQUFNLENBQUMsTUFBTSxFQUFFLFVBQVUsTUFBTSxDQUFDO0FBQ3ZELFlBQVEsSUFBSSx5Q0FBeUMsT0FBTyxNQUFNLE1BQU0sWUFBWSxHQUFHLFFBQVEsQ0FBQyxDQUFDLEtBQUs7QUFBQSxFQUN4RyxDQUFDO0FBQ0gsQ0FBQzsiLAogICJuYW1lcyI6IFsiZnMiXQp9Cg==
