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
var import_node_child_process = require("node:child_process");
var import_promises = require("node:fs/promises");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
var import_atomicWrite = require("../../../src/core/checkpoint/atomicWrite");
var import_backups = require("../../../src/core/checkpoint/backups");
var import_checkpointFile = require("../../../src/core/checkpoint/checkpointFile");
var import_lock = require("../../../src/core/checkpoint/lock");
var import_storyPaths = require("../../../src/core/checkpoint/storyPaths");
var import_hash = require("../../../src/core/hash");
var import_tempStory = require("./tempStory");
const sampleMeta = (body) => ({
  stage: "draft",
  chapter: 2,
  model: "gemini-2.5-flash",
  promptHash: "abc",
  inputs: { "02-bible.md": "1111", "03-outline.md#chapter-2": "2222" },
  bodyHash: (0, import_hash.bodyHash)(body),
  usage: { promptTokens: 10, outputTokens: 20, thinkingTokens: 0 },
  durationMs: 1234,
  generatedAt: "2025-01-02T03:04:05.000Z",
  words: 3
});
function deadPid() {
  const child = (0, import_node_child_process.spawnSync)(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(child.stdout);
}
describe("checkpoint files", () => {
  let dir;
  let cleanup;
  beforeEach(async () => ({ dir, cleanup } = await (0, import_tempStory.makeTempDir)()));
  afterEach(() => cleanup());
  describe("writeFileAtomic", () => {
    it("writes the file and leaves no temp file", async () => {
      const target = (0, import_node_path.join)(dir, "sub", "a.md");
      await (0, import_atomicWrite.writeFileAtomic)(import_tempStory.nodeFs, target, "hello");
      await (0, import_atomicWrite.writeFileAtomic)(import_tempStory.nodeFs, target, "hello again");
      assert.equal(await (0, import_tempStory.readText)(import_tempStory.nodeFs, target), "hello again");
      assert.deepEqual(await (0, import_promises.readdir)((0, import_node_path.join)(dir, "sub")), ["a.md"]);
    });
    it("keeps the old target intact and cleans its temp when the write fails", async () => {
      const target = (0, import_node_path.join)(dir, "a.md");
      await (0, import_tempStory.writeText)(import_tempStory.nodeFs, target, "the writer's text");
      const fs = (0, import_tempStory.failingFs)(import_tempStory.nodeFs, { writeFile: (p) => p !== target });
      await assert.rejects((0, import_atomicWrite.writeFileAtomic)(fs, target, "new text that never lands"), /simulated write failure/);
      assert.equal(await (0, import_tempStory.readText)(import_tempStory.nodeFs, target), "the writer's text");
      assert.deepEqual(await (0, import_promises.readdir)(dir), ["a.md"]);
    });
    it("keeps the old target intact and cleans its temp when the rename fails", async () => {
      const target = (0, import_node_path.join)(dir, "a.md");
      await (0, import_tempStory.writeText)(import_tempStory.nodeFs, target, "old");
      const fs = (0, import_tempStory.failingFs)(import_tempStory.nodeFs, { rename: () => true });
      await assert.rejects((0, import_atomicWrite.writeFileAtomic)(fs, target, "new"), /simulated rename failure/);
      assert.equal(await (0, import_tempStory.readText)(import_tempStory.nodeFs, target), "old");
      assert.deepEqual(await (0, import_promises.readdir)(dir), ["a.md"]);
    });
  });
  describe("checkpoint front matter", () => {
    it("round-trips meta and body", async () => {
      const body = "# Chapter 2\n\nThree words here.\n";
      const path = (0, import_node_path.join)(dir, "04-draft", "chapter-02.md");
      await (0, import_checkpointFile.writeCheckpoint)(import_tempStory.nodeFs, path, sampleMeta(body), body);
      const read = await (0, import_checkpointFile.readCheckpoint)(import_tempStory.nodeFs, path, "04-draft/chapter-02.md");
      assert.equal(read.kind, "checkpoint");
      if (read.kind !== "checkpoint") return;
      assert.deepEqual(read.meta, sampleMeta(body));
      assert.equal((0, import_hash.bodyHash)(read.body), read.meta.bodyHash);
    });
    it("reports missing, hand-written, truncated, binary and invalid metadata by kind, naming the file", async () => {
      assert.equal((await (0, import_checkpointFile.readCheckpoint)(import_tempStory.nodeFs, (0, import_node_path.join)(dir, "nope.md"), "nope.md")).kind, "missing");
      const enc = new TextEncoder();
      assert.equal((0, import_checkpointFile.classifyCheckpoint)(enc.encode("# Just prose\n"), "x.md").kind, "hand-written");
      const whole = (0, import_checkpointFile.renderCheckpoint)(sampleMeta("body"), "body");
      const truncated = (0, import_checkpointFile.classifyCheckpoint)(enc.encode(whole.slice(0, 60)), "04-draft/chapter-02.md");
      assert.equal(truncated.kind, "broken");
      if (truncated.kind === "broken") {
        assert.equal(truncated.error.problem, "front-matter");
        assert.match(truncated.error.message, /^04-draft\/chapter-02\.md: /);
      }
      const binary = (0, import_checkpointFile.classifyCheckpoint)(new Uint8Array([137, 80, 78, 71, 0, 255, 254]), "b.md");
      assert.equal(binary.kind === "broken" && binary.error.problem, "binary");
      const badMeta = (0, import_checkpointFile.classifyCheckpoint)(enc.encode("---\nstage: draft\nwords: lots\n---\nbody\n"), "c.md");
      assert.equal(badMeta.kind === "broken" && badMeta.error.problem, "metadata");
      assert.equal(badMeta.kind === "broken" && badMeta.body, "body\n");
    });
  });
  describe("backups", () => {
    it("copies the file under .story-writer/backups with a timestamp, never replacing an earlier backup", async () => {
      await (0, import_tempStory.writeText)(import_tempStory.nodeFs, (0, import_node_path.join)(dir, "04-draft", "chapter-01.md"), "edited by the writer");
      const clock = { now: () => Date.parse("2025-03-04T05:06:07.089Z"), sleep: async () => void 0 };
      const first = await (0, import_backups.backupFile)(import_tempStory.nodeFs, dir, "04-draft/chapter-01.md", clock);
      const second = await (0, import_backups.backupFile)(import_tempStory.nodeFs, dir, "04-draft/chapter-01.md", clock);
      assert.equal(first, (0, import_node_path.join)(dir, ".story-writer", "backups", "04-draft", "chapter-01.20250304T050607089Z.md"));
      assert.notEqual(second, first);
      assert.equal(await (0, import_tempStory.readText)(import_tempStory.nodeFs, first), "edited by the writer");
      assert.equal(await (0, import_backups.backupFile)(import_tempStory.nodeFs, dir, "04-draft/missing.md", clock), void 0);
    });
  });
  describe("story lock", () => {
    const record = (pid, at = (/* @__PURE__ */ new Date()).toISOString()) => ({ pid, hostname: (0, import_node_os.hostname)(), startedAt: at, heartbeatAt: at, owner: "other run", token: "x" });
    it("refuses while a live process holds it, naming the holder", async () => {
      await (0, import_tempStory.writeText)(import_tempStory.nodeFs, (0, import_storyPaths.lockPath)(dir), JSON.stringify(record(process.pid)));
      await assert.rejects((0, import_lock.acquireLock)(import_tempStory.nodeFs, dir, { owner: "test" }), (e) => {
        assert.ok(e instanceof import_lock.StoryLockedError);
        assert.equal(e.holder?.owner, "other run");
        assert.match(e.message, /other run, pid \d+/);
        return true;
      });
    });
    it("takes over a lock left by a dead process, and one whose heartbeat is stale", async () => {
      await (0, import_tempStory.writeText)(import_tempStory.nodeFs, (0, import_storyPaths.lockPath)(dir), JSON.stringify(record(deadPid())));
      const lock = await (0, import_lock.acquireLock)(import_tempStory.nodeFs, dir, { owner: "test" });
      assert.equal(lock.tookOverFrom?.owner, "other run");
      assert.equal((await (0, import_lock.readLock)(import_tempStory.nodeFs, dir))?.token, lock.record.token);
      await lock.release();
      await (0, import_tempStory.writeText)(import_tempStory.nodeFs, (0, import_storyPaths.lockPath)(dir), JSON.stringify(record(process.pid, "2000-01-01T00:00:00.000Z")));
      const again = await (0, import_lock.acquireLock)(import_tempStory.nodeFs, dir, { owner: "test" });
      assert.ok(again.tookOverFrom);
      await again.release();
    });
    it("refuses a second acquisition while held, and is free again after release", async () => {
      const first = await (0, import_lock.acquireLock)(import_tempStory.nodeFs, dir, { owner: "first" });
      await assert.rejects((0, import_lock.acquireLock)(import_tempStory.nodeFs, dir, { owner: "second" }), import_lock.StoryLockedError);
      await first.release();
      await first.release();
      assert.equal(await (0, import_lock.readLock)(import_tempStory.nodeFs, dir), void 0);
      const second = await (0, import_lock.acquireLock)(import_tempStory.nodeFs, dir, { owner: "second" });
      await second.release();
    });
    it("lets exactly one of many simultaneous acquisitions win", async () => {
      const attempts = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => (0, import_lock.acquireLock)(import_tempStory.nodeFs, dir, { owner: `run ${i}` })));
      const winners = attempts.filter((a) => a.status === "fulfilled");
      assert.ok(winners.length <= 1, `${winners.length} winners`);
      for (const a of attempts) if (a.status === "rejected") assert.ok(a.reason instanceof import_lock.StoryLockedError);
      for (const w of winners) await w.value.release();
      assert.deepEqual(await (0, import_promises.readdir)(`${(0, import_storyPaths.lockPath)(dir)}.claims`), []);
    });
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC91bml0L3dvcmtmbG93L2NoZWNrcG9pbnQudGVzdC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0ICogYXMgYXNzZXJ0IGZyb20gJ25vZGU6YXNzZXJ0L3N0cmljdCc7XG5pbXBvcnQgeyBzcGF3blN5bmMgfSBmcm9tICdub2RlOmNoaWxkX3Byb2Nlc3MnO1xuaW1wb3J0IHsgcmVhZGRpciB9IGZyb20gJ25vZGU6ZnMvcHJvbWlzZXMnO1xuaW1wb3J0IHsgaG9zdG5hbWUgfSBmcm9tICdub2RlOm9zJztcbmltcG9ydCB7IGpvaW4gfSBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHsgd3JpdGVGaWxlQXRvbWljIH0gZnJvbSAnLi4vLi4vLi4vc3JjL2NvcmUvY2hlY2twb2ludC9hdG9taWNXcml0ZSc7XG5pbXBvcnQgeyBiYWNrdXBGaWxlIH0gZnJvbSAnLi4vLi4vLi4vc3JjL2NvcmUvY2hlY2twb2ludC9iYWNrdXBzJztcbmltcG9ydCB7IGNsYXNzaWZ5Q2hlY2twb2ludCwgcmVhZENoZWNrcG9pbnQsIHJlbmRlckNoZWNrcG9pbnQsIHdyaXRlQ2hlY2twb2ludCB9IGZyb20gJy4uLy4uLy4uL3NyYy9jb3JlL2NoZWNrcG9pbnQvY2hlY2twb2ludEZpbGUnO1xuaW1wb3J0IHsgYWNxdWlyZUxvY2ssIHJlYWRMb2NrLCBTdG9yeUxvY2tlZEVycm9yLCB0eXBlIExvY2tSZWNvcmQgfSBmcm9tICcuLi8uLi8uLi9zcmMvY29yZS9jaGVja3BvaW50L2xvY2snO1xuaW1wb3J0IHR5cGUgeyBDaGVja3BvaW50TWV0YSB9IGZyb20gJy4uLy4uLy4uL3NyYy9jb3JlL2NoZWNrcG9pbnQvbWV0YSc7XG5pbXBvcnQgeyBsb2NrUGF0aCB9IGZyb20gJy4uLy4uLy4uL3NyYy9jb3JlL2NoZWNrcG9pbnQvc3RvcnlQYXRocyc7XG5pbXBvcnQgeyBib2R5SGFzaCB9IGZyb20gJy4uLy4uLy4uL3NyYy9jb3JlL2hhc2gnO1xuaW1wb3J0IHR5cGUgeyBDbG9jayB9IGZyb20gJy4uLy4uLy4uL3NyYy9jb3JlL3BvcnRzJztcbmltcG9ydCB7IGZhaWxpbmdGcywgbWFrZVRlbXBEaXIsIG5vZGVGcywgcmVhZFRleHQsIHdyaXRlVGV4dCB9IGZyb20gJy4vdGVtcFN0b3J5JztcblxuY29uc3Qgc2FtcGxlTWV0YSA9IChib2R5OiBzdHJpbmcpOiBDaGVja3BvaW50TWV0YSA9PiAoe1xuICBzdGFnZTogJ2RyYWZ0JyxcbiAgY2hhcHRlcjogMixcbiAgbW9kZWw6ICdnZW1pbmktMi41LWZsYXNoJyxcbiAgcHJvbXB0SGFzaDogJ2FiYycsXG4gIGlucHV0czogeyAnMDItYmlibGUubWQnOiAnMTExMScsICcwMy1vdXRsaW5lLm1kI2NoYXB0ZXItMic6ICcyMjIyJyB9LFxuICBib2R5SGFzaDogYm9keUhhc2goYm9keSksXG4gIHVzYWdlOiB7IHByb21wdFRva2VuczogMTAsIG91dHB1dFRva2VuczogMjAsIHRoaW5raW5nVG9rZW5zOiAwIH0sXG4gIGR1cmF0aW9uTXM6IDEyMzQsXG4gIGdlbmVyYXRlZEF0OiAnMjAyNS0wMS0wMlQwMzowNDowNS4wMDBaJyxcbiAgd29yZHM6IDMsXG59KTtcblxuLyoqIEEgcGlkIHRoYXQgc3VyZWx5IG5hbWVzIG5vIHByb2Nlc3M6IGEgY2hpbGQgdGhhdCBoYXMgYWxyZWFkeSBleGl0ZWQuICovXG5mdW5jdGlvbiBkZWFkUGlkKCk6IG51bWJlciB7XG4gIGNvbnN0IGNoaWxkID0gc3Bhd25TeW5jKHByb2Nlc3MuZXhlY1BhdGgsIFsnLWUnLCAncHJvY2Vzcy5zdGRvdXQud3JpdGUoU3RyaW5nKHByb2Nlc3MucGlkKSknXSwgeyBlbmNvZGluZzogJ3V0ZjgnIH0pO1xuICByZXR1cm4gTnVtYmVyKGNoaWxkLnN0ZG91dCk7XG59XG5cbmRlc2NyaWJlKCdjaGVja3BvaW50IGZpbGVzJywgKCkgPT4ge1xuICBsZXQgZGlyOiBzdHJpbmc7XG4gIGxldCBjbGVhbnVwOiAoKSA9PiBQcm9taXNlPHZvaWQ+O1xuICBiZWZvcmVFYWNoKGFzeW5jICgpID0+ICh7IGRpciwgY2xlYW51cCB9ID0gYXdhaXQgbWFrZVRlbXBEaXIoKSkpO1xuICBhZnRlckVhY2goKCkgPT4gY2xlYW51cCgpKTtcblxuICBkZXNjcmliZSgnd3JpdGVGaWxlQXRvbWljJywgKCkgPT4ge1xuICAgIGl0KCd3cml0ZXMgdGhlIGZpbGUgYW5kIGxlYXZlcyBubyB0ZW1wIGZpbGUnLCBhc3luYyAoKSA9PiB7XG4gICAgICBjb25zdCB0YXJnZXQgPSBqb2luKGRpciwgJ3N1YicsICdhLm1kJyk7XG4gICAgICBhd2FpdCB3cml0ZUZpbGVBdG9taWMobm9kZUZzLCB0YXJnZXQsICdoZWxsbycpO1xuICAgICAgYXdhaXQgd3JpdGVGaWxlQXRvbWljKG5vZGVGcywgdGFyZ2V0LCAnaGVsbG8gYWdhaW4nKTtcbiAgICAgIGFzc2VydC5lcXVhbChhd2FpdCByZWFkVGV4dChub2RlRnMsIHRhcmdldCksICdoZWxsbyBhZ2FpbicpO1xuICAgICAgYXNzZXJ0LmRlZXBFcXVhbChhd2FpdCByZWFkZGlyKGpvaW4oZGlyLCAnc3ViJykpLCBbJ2EubWQnXSk7XG4gICAgfSk7XG5cbiAgICBpdCgna2VlcHMgdGhlIG9sZCB0YXJnZXQgaW50YWN0IGFuZCBjbGVhbnMgaXRzIHRlbXAgd2hlbiB0aGUgd3JpdGUgZmFpbHMnLCBhc3luYyAoKSA9PiB7XG4gICAgICBjb25zdCB0YXJnZXQgPSBqb2luKGRpciwgJ2EubWQnKTtcbiAgICAgIGF3YWl0IHdyaXRlVGV4dChub2RlRnMsIHRhcmdldCwgJ3RoZSB3cml0ZXJcXCdzIHRleHQnKTtcbiAgICAgIGNvbnN0IGZzID0gZmFpbGluZ0ZzKG5vZGVGcywgeyB3cml0ZUZpbGU6IChwKSA9PiBwICE9PSB0YXJnZXQgfSk7XG4gICAgICBhd2FpdCBhc3NlcnQucmVqZWN0cyh3cml0ZUZpbGVBdG9taWMoZnMsIHRhcmdldCwgJ25ldyB0ZXh0IHRoYXQgbmV2ZXIgbGFuZHMnKSwgL3NpbXVsYXRlZCB3cml0ZSBmYWlsdXJlLyk7XG4gICAgICBhc3NlcnQuZXF1YWwoYXdhaXQgcmVhZFRleHQobm9kZUZzLCB0YXJnZXQpLCAndGhlIHdyaXRlclxcJ3MgdGV4dCcpO1xuICAgICAgYXNzZXJ0LmRlZXBFcXVhbChhd2FpdCByZWFkZGlyKGRpciksIFsnYS5tZCddKTtcbiAgICB9KTtcblxuICAgIGl0KCdrZWVwcyB0aGUgb2xkIHRhcmdldCBpbnRhY3QgYW5kIGNsZWFucyBpdHMgdGVtcCB3aGVuIHRoZSByZW5hbWUgZmFpbHMnLCBhc3luYyAoKSA9PiB7XG4gICAgICBjb25zdCB0YXJnZXQgPSBqb2luKGRpciwgJ2EubWQnKTtcbiAgICAgIGF3YWl0IHdyaXRlVGV4dChub2RlRnMsIHRhcmdldCwgJ29sZCcpO1xuICAgICAgY29uc3QgZnMgPSBmYWlsaW5nRnMobm9kZUZzLCB7IHJlbmFtZTogKCkgPT4gdHJ1ZSB9KTtcbiAgICAgIGF3YWl0IGFzc2VydC5yZWplY3RzKHdyaXRlRmlsZUF0b21pYyhmcywgdGFyZ2V0LCAnbmV3JyksIC9zaW11bGF0ZWQgcmVuYW1lIGZhaWx1cmUvKTtcbiAgICAgIGFzc2VydC5lcXVhbChhd2FpdCByZWFkVGV4dChub2RlRnMsIHRhcmdldCksICdvbGQnKTtcbiAgICAgIGFzc2VydC5kZWVwRXF1YWwoYXdhaXQgcmVhZGRpcihkaXIpLCBbJ2EubWQnXSk7XG4gICAgfSk7XG4gIH0pO1xuXG4gIGRlc2NyaWJlKCdjaGVja3BvaW50IGZyb250IG1hdHRlcicsICgpID0+IHtcbiAgICBpdCgncm91bmQtdHJpcHMgbWV0YSBhbmQgYm9keScsIGFzeW5jICgpID0+IHtcbiAgICAgIGNvbnN0IGJvZHkgPSAnIyBDaGFwdGVyIDJcXG5cXG5UaHJlZSB3b3JkcyBoZXJlLlxcbic7XG4gICAgICBjb25zdCBwYXRoID0gam9pbihkaXIsICcwNC1kcmFmdCcsICdjaGFwdGVyLTAyLm1kJyk7XG4gICAgICBhd2FpdCB3cml0ZUNoZWNrcG9pbnQobm9kZUZzLCBwYXRoLCBzYW1wbGVNZXRhKGJvZHkpLCBib2R5KTtcbiAgICAgIGNvbnN0IHJlYWQgPSBhd2FpdCByZWFkQ2hlY2twb2ludChub2RlRnMsIHBhdGgsICcwNC1kcmFmdC9jaGFwdGVyLTAyLm1kJyk7XG4gICAgICBhc3NlcnQuZXF1YWwocmVhZC5raW5kLCAnY2hlY2twb2ludCcpO1xuICAgICAgaWYgKHJlYWQua2luZCAhPT0gJ2NoZWNrcG9pbnQnKSByZXR1cm47XG4gICAgICBhc3NlcnQuZGVlcEVxdWFsKHJlYWQubWV0YSwgc2FtcGxlTWV0YShib2R5KSk7XG4gICAgICBhc3NlcnQuZXF1YWwoYm9keUhhc2gocmVhZC5ib2R5KSwgcmVhZC5tZXRhLmJvZHlIYXNoKTtcbiAgICB9KTtcblxuICAgIGl0KCdyZXBvcnRzIG1pc3NpbmcsIGhhbmQtd3JpdHRlbiwgdHJ1bmNhdGVkLCBiaW5hcnkgYW5kIGludmFsaWQgbWV0YWRhdGEgYnkga2luZCwgbmFtaW5nIHRoZSBmaWxlJywgYXN5bmMgKCkgPT4ge1xuICAgICAgYXNzZXJ0LmVxdWFsKChhd2FpdCByZWFkQ2hlY2twb2ludChub2RlRnMsIGpvaW4oZGlyLCAnbm9wZS5tZCcpLCAnbm9wZS5tZCcpKS5raW5kLCAnbWlzc2luZycpO1xuICAgICAgY29uc3QgZW5jID0gbmV3IFRleHRFbmNvZGVyKCk7XG4gICAgICBhc3NlcnQuZXF1YWwoY2xhc3NpZnlDaGVja3BvaW50KGVuYy5lbmNvZGUoJyMgSnVzdCBwcm9zZVxcbicpLCAneC5tZCcpLmtpbmQsICdoYW5kLXdyaXR0ZW4nKTtcblxuICAgICAgY29uc3Qgd2hvbGUgPSByZW5kZXJDaGVja3BvaW50KHNhbXBsZU1ldGEoJ2JvZHknKSwgJ2JvZHknKTtcbiAgICAgIGNvbnN0IHRydW5jYXRlZCA9IGNsYXNzaWZ5Q2hlY2twb2ludChlbmMuZW5jb2RlKHdob2xlLnNsaWNlKDAsIDYwKSksICcwNC1kcmFmdC9jaGFwdGVyLTAyLm1kJyk7XG4gICAgICBhc3NlcnQuZXF1YWwodHJ1bmNhdGVkLmtpbmQsICdicm9rZW4nKTtcbiAgICAgIGlmICh0cnVuY2F0ZWQua2luZCA9PT0gJ2Jyb2tlbicpIHtcbiAgICAgICAgYXNzZXJ0LmVxdWFsKHRydW5jYXRlZC5lcnJvci5wcm9ibGVtLCAnZnJvbnQtbWF0dGVyJyk7XG4gICAgICAgIGFzc2VydC5tYXRjaCh0cnVuY2F0ZWQuZXJyb3IubWVzc2FnZSwgL14wNC1kcmFmdFxcL2NoYXB0ZXItMDJcXC5tZDogLyk7XG4gICAgICB9XG4gICAgICBjb25zdCBiaW5hcnkgPSBjbGFzc2lmeUNoZWNrcG9pbnQobmV3IFVpbnQ4QXJyYXkoWzB4ODksIDB4NTAsIDB4NGUsIDB4NDcsIDB4MDAsIDB4ZmYsIDB4ZmVdKSwgJ2IubWQnKTtcbiAgICAgIGFzc2VydC5lcXVhbChiaW5hcnkua2luZCA9PT0gJ2Jyb2tlbicgJiYgYmluYXJ5LmVycm9yLnByb2JsZW0sICdiaW5hcnknKTtcbiAgICAgIGNvbnN0IGJhZE1ldGEgPSBjbGFzc2lmeUNoZWNrcG9pbnQoZW5jLmVuY29kZSgnLS0tXFxuc3RhZ2U6IGRyYWZ0XFxud29yZHM6IGxvdHNcXG4tLS1cXG5ib2R5XFxuJyksICdjLm1kJyk7XG4gICAgICBhc3NlcnQuZXF1YWwoYmFkTWV0YS5raW5kID09PSAnYnJva2VuJyAmJiBiYWRNZXRhLmVycm9yLnByb2JsZW0sICdtZXRhZGF0YScpO1xuICAgICAgYXNzZXJ0LmVxdWFsKGJhZE1ldGEua2luZCA9PT0gJ2Jyb2tlbicgJiYgYmFkTWV0YS5ib2R5LCAnYm9keVxcbicpO1xuICAgIH0pO1xuICB9KTtcblxuICBkZXNjcmliZSgnYmFja3VwcycsICgpID0+IHtcbiAgICBpdCgnY29waWVzIHRoZSBmaWxlIHVuZGVyIC5zdG9yeS13cml0ZXIvYmFja3VwcyB3aXRoIGEgdGltZXN0YW1wLCBuZXZlciByZXBsYWNpbmcgYW4gZWFybGllciBiYWNrdXAnLCBhc3luYyAoKSA9PiB7XG4gICAgICBhd2FpdCB3cml0ZVRleHQobm9kZUZzLCBqb2luKGRpciwgJzA0LWRyYWZ0JywgJ2NoYXB0ZXItMDEubWQnKSwgJ2VkaXRlZCBieSB0aGUgd3JpdGVyJyk7XG4gICAgICBjb25zdCBjbG9jazogQ2xvY2sgPSB7IG5vdzogKCkgPT4gRGF0ZS5wYXJzZSgnMjAyNS0wMy0wNFQwNTowNjowNy4wODlaJyksIHNsZWVwOiBhc3luYyAoKSA9PiB1bmRlZmluZWQgfTtcbiAgICAgIGNvbnN0IGZpcnN0ID0gYXdhaXQgYmFja3VwRmlsZShub2RlRnMsIGRpciwgJzA0LWRyYWZ0L2NoYXB0ZXItMDEubWQnLCBjbG9jayk7XG4gICAgICBjb25zdCBzZWNvbmQgPSBhd2FpdCBiYWNrdXBGaWxlKG5vZGVGcywgZGlyLCAnMDQtZHJhZnQvY2hhcHRlci0wMS5tZCcsIGNsb2NrKTtcbiAgICAgIGFzc2VydC5lcXVhbChmaXJzdCwgam9pbihkaXIsICcuc3Rvcnktd3JpdGVyJywgJ2JhY2t1cHMnLCAnMDQtZHJhZnQnLCAnY2hhcHRlci0wMS4yMDI1MDMwNFQwNTA2MDcwODlaLm1kJykpO1xuICAgICAgYXNzZXJ0Lm5vdEVxdWFsKHNlY29uZCwgZmlyc3QpO1xuICAgICAgYXNzZXJ0LmVxdWFsKGF3YWl0IHJlYWRUZXh0KG5vZGVGcywgZmlyc3QhKSwgJ2VkaXRlZCBieSB0aGUgd3JpdGVyJyk7XG4gICAgICBhc3NlcnQuZXF1YWwoYXdhaXQgYmFja3VwRmlsZShub2RlRnMsIGRpciwgJzA0LWRyYWZ0L21pc3NpbmcubWQnLCBjbG9jayksIHVuZGVmaW5lZCk7XG4gICAgfSk7XG4gIH0pO1xuXG4gIGRlc2NyaWJlKCdzdG9yeSBsb2NrJywgKCkgPT4ge1xuICAgIGNvbnN0IHJlY29yZCA9IChwaWQ6IG51bWJlciwgYXQgPSBuZXcgRGF0ZSgpLnRvSVNPU3RyaW5nKCkpOiBMb2NrUmVjb3JkID0+ICh7IHBpZCwgaG9zdG5hbWU6IGhvc3RuYW1lKCksIHN0YXJ0ZWRBdDogYXQsIGhlYXJ0YmVhdEF0OiBhdCwgb3duZXI6ICdvdGhlciBydW4nLCB0b2tlbjogJ3gnIH0pO1xuXG4gICAgaXQoJ3JlZnVzZXMgd2hpbGUgYSBsaXZlIHByb2Nlc3MgaG9sZHMgaXQsIG5hbWluZyB0aGUgaG9sZGVyJywgYXN5bmMgKCkgPT4ge1xuICAgICAgYXdhaXQgd3JpdGVUZXh0KG5vZGVGcywgbG9ja1BhdGgoZGlyKSwgSlNPTi5zdHJpbmdpZnkocmVjb3JkKHByb2Nlc3MucGlkKSkpO1xuICAgICAgYXdhaXQgYXNzZXJ0LnJlamVjdHMoYWNxdWlyZUxvY2sobm9kZUZzLCBkaXIsIHsgb3duZXI6ICd0ZXN0JyB9KSwgKGU6IHVua25vd24pID0+IHtcbiAgICAgICAgYXNzZXJ0Lm9rKGUgaW5zdGFuY2VvZiBTdG9yeUxvY2tlZEVycm9yKTtcbiAgICAgICAgYXNzZXJ0LmVxdWFsKGUuaG9sZGVyPy5vd25lciwgJ290aGVyIHJ1bicpO1xuICAgICAgICBhc3NlcnQubWF0Y2goZS5tZXNzYWdlLCAvb3RoZXIgcnVuLCBwaWQgXFxkKy8pO1xuICAgICAgICByZXR1cm4gdHJ1ZTtcbiAgICAgIH0pO1xuICAgIH0pO1xuXG4gICAgaXQoJ3Rha2VzIG92ZXIgYSBsb2NrIGxlZnQgYnkgYSBkZWFkIHByb2Nlc3MsIGFuZCBvbmUgd2hvc2UgaGVhcnRiZWF0IGlzIHN0YWxlJywgYXN5bmMgKCkgPT4ge1xuICAgICAgYXdhaXQgd3JpdGVUZXh0KG5vZGVGcywgbG9ja1BhdGgoZGlyKSwgSlNPTi5zdHJpbmdpZnkocmVjb3JkKGRlYWRQaWQoKSkpKTtcbiAgICAgIGNvbnN0IGxvY2sgPSBhd2FpdCBhY3F1aXJlTG9jayhub2RlRnMsIGRpciwgeyBvd25lcjogJ3Rlc3QnIH0pO1xuICAgICAgYXNzZXJ0LmVxdWFsKGxvY2sudG9va092ZXJGcm9tPy5vd25lciwgJ290aGVyIHJ1bicpO1xuICAgICAgYXNzZXJ0LmVxdWFsKChhd2FpdCByZWFkTG9jayhub2RlRnMsIGRpcikpPy50b2tlbiwgbG9jay5yZWNvcmQudG9rZW4pO1xuICAgICAgYXdhaXQgbG9jay5yZWxlYXNlKCk7XG5cbiAgICAgIGF3YWl0IHdyaXRlVGV4dChub2RlRnMsIGxvY2tQYXRoKGRpciksIEpTT04uc3RyaW5naWZ5KHJlY29yZChwcm9jZXNzLnBpZCwgJzIwMDAtMDEtMDFUMDA6MDA6MDAuMDAwWicpKSk7XG4gICAgICBjb25zdCBhZ2FpbiA9IGF3YWl0IGFjcXVpcmVMb2NrKG5vZGVGcywgZGlyLCB7IG93bmVyOiAndGVzdCcgfSk7XG4gICAgICBhc3NlcnQub2soYWdhaW4udG9va092ZXJGcm9tKTtcbiAgICAgIGF3YWl0IGFnYWluLnJlbGVhc2UoKTtcbiAgICB9KTtcblxuICAgIGl0KCdyZWZ1c2VzIGEgc2Vjb25kIGFjcXVpc2l0aW9uIHdoaWxlIGhlbGQsIGFuZCBpcyBmcmVlIGFnYWluIGFmdGVyIHJlbGVhc2UnLCBhc3luYyAoKSA9PiB7XG4gICAgICBjb25zdCBmaXJzdCA9IGF3YWl0IGFjcXVpcmVMb2NrKG5vZGVGcywgZGlyLCB7IG93bmVyOiAnZmlyc3QnIH0pO1xuICAgICAgYXdhaXQgYXNzZXJ0LnJlamVjdHMoYWNxdWlyZUxvY2sobm9kZUZzLCBkaXIsIHsgb3duZXI6ICdzZWNvbmQnIH0pLCBTdG9yeUxvY2tlZEVycm9yKTtcbiAgICAgIGF3YWl0IGZpcnN0LnJlbGVhc2UoKTtcbiAgICAgIGF3YWl0IGZpcnN0LnJlbGVhc2UoKTtcbiAgICAgIGFzc2VydC5lcXVhbChhd2FpdCByZWFkTG9jayhub2RlRnMsIGRpciksIHVuZGVmaW5lZCk7XG4gICAgICBjb25zdCBzZWNvbmQgPSBhd2FpdCBhY3F1aXJlTG9jayhub2RlRnMsIGRpciwgeyBvd25lcjogJ3NlY29uZCcgfSk7XG4gICAgICBhd2FpdCBzZWNvbmQucmVsZWFzZSgpO1xuICAgIH0pO1xuXG4gICAgaXQoJ2xldHMgZXhhY3RseSBvbmUgb2YgbWFueSBzaW11bHRhbmVvdXMgYWNxdWlzaXRpb25zIHdpbicsIGFzeW5jICgpID0+IHtcbiAgICAgIGNvbnN0IGF0dGVtcHRzID0gYXdhaXQgUHJvbWlzZS5hbGxTZXR0bGVkKEFycmF5LmZyb20oeyBsZW5ndGg6IDggfSwgKF8sIGkpID0+IGFjcXVpcmVMb2NrKG5vZGVGcywgZGlyLCB7IG93bmVyOiBgcnVuICR7aX1gIH0pKSk7XG4gICAgICBjb25zdCB3aW5uZXJzID0gYXR0ZW1wdHMuZmlsdGVyKChhKSA9PiBhLnN0YXR1cyA9PT0gJ2Z1bGZpbGxlZCcpO1xuICAgICAgYXNzZXJ0Lm9rKHdpbm5lcnMubGVuZ3RoIDw9IDEsIGAke3dpbm5lcnMubGVuZ3RofSB3aW5uZXJzYCk7XG4gICAgICBmb3IgKGNvbnN0IGEgb2YgYXR0ZW1wdHMpIGlmIChhLnN0YXR1cyA9PT0gJ3JlamVjdGVkJykgYXNzZXJ0Lm9rKGEucmVhc29uIGluc3RhbmNlb2YgU3RvcnlMb2NrZWRFcnJvcik7XG4gICAgICBmb3IgKGNvbnN0IHcgb2Ygd2lubmVycykgYXdhaXQgKHcgYXMgUHJvbWlzZUZ1bGZpbGxlZFJlc3VsdDxBd2FpdGVkPFJldHVyblR5cGU8dHlwZW9mIGFjcXVpcmVMb2NrPj4+KS52YWx1ZS5yZWxlYXNlKCk7XG4gICAgICAvLyBUaGUgY2xhaW1zIGZvbGRlciBob2xkcyBubyBkZWJyaXMgYWZ0ZXJ3YXJkcy5cbiAgICAgIGFzc2VydC5kZWVwRXF1YWwoYXdhaXQgcmVhZGRpcihgJHtsb2NrUGF0aChkaXIpfS5jbGFpbXNgKSwgW10pO1xuICAgIH0pO1xuICB9KTtcbn0pO1xuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQSxhQUF3QjtBQUN4QixnQ0FBMEI7QUFDMUIsc0JBQXdCO0FBQ3hCLHFCQUF5QjtBQUN6Qix1QkFBcUI7QUFDckIseUJBQWdDO0FBQ2hDLHFCQUEyQjtBQUMzQiw0QkFBc0Y7QUFDdEYsa0JBQXlFO0FBRXpFLHdCQUF5QjtBQUN6QixrQkFBeUI7QUFFekIsdUJBQW9FO0FBRXBFLE1BQU0sYUFBYSxDQUFDLFVBQWtDO0FBQUEsRUFDcEQsT0FBTztBQUFBLEVBQ1AsU0FBUztBQUFBLEVBQ1QsT0FBTztBQUFBLEVBQ1AsWUFBWTtBQUFBLEVBQ1osUUFBUSxFQUFFLGVBQWUsUUFBUSwyQkFBMkIsT0FBTztBQUFBLEVBQ25FLGNBQVUsc0JBQVMsSUFBSTtBQUFBLEVBQ3ZCLE9BQU8sRUFBRSxjQUFjLElBQUksY0FBYyxJQUFJLGdCQUFnQixFQUFFO0FBQUEsRUFDL0QsWUFBWTtBQUFBLEVBQ1osYUFBYTtBQUFBLEVBQ2IsT0FBTztBQUNUO0FBR0EsU0FBUyxVQUFrQjtBQUN6QixRQUFNLFlBQVEscUNBQVUsUUFBUSxVQUFVLENBQUMsTUFBTSwyQ0FBMkMsR0FBRyxFQUFFLFVBQVUsT0FBTyxDQUFDO0FBQ25ILFNBQU8sT0FBTyxNQUFNLE1BQU07QUFDNUI7QUFFQSxTQUFTLG9CQUFvQixNQUFNO0FBQ2pDLE1BQUk7QUFDSixNQUFJO0FBQ0osYUFBVyxhQUFhLEVBQUUsS0FBSyxRQUFRLElBQUksVUFBTSw4QkFBWSxFQUFFO0FBQy9ELFlBQVUsTUFBTSxRQUFRLENBQUM7QUFFekIsV0FBUyxtQkFBbUIsTUFBTTtBQUNoQyxPQUFHLDJDQUEyQyxZQUFZO0FBQ3hELFlBQU0sYUFBUyx1QkFBSyxLQUFLLE9BQU8sTUFBTTtBQUN0QyxnQkFBTSxvQ0FBZ0IseUJBQVEsUUFBUSxPQUFPO0FBQzdDLGdCQUFNLG9DQUFnQix5QkFBUSxRQUFRLGFBQWE7QUFDbkQsYUFBTyxNQUFNLFVBQU0sMkJBQVMseUJBQVEsTUFBTSxHQUFHLGFBQWE7QUFDMUQsYUFBTyxVQUFVLFVBQU0sNkJBQVEsdUJBQUssS0FBSyxLQUFLLENBQUMsR0FBRyxDQUFDLE1BQU0sQ0FBQztBQUFBLElBQzVELENBQUM7QUFFRCxPQUFHLHdFQUF3RSxZQUFZO0FBQ3JGLFlBQU0sYUFBUyx1QkFBSyxLQUFLLE1BQU07QUFDL0IsZ0JBQU0sNEJBQVUseUJBQVEsUUFBUSxtQkFBb0I7QUFDcEQsWUFBTSxTQUFLLDRCQUFVLHlCQUFRLEVBQUUsV0FBVyxDQUFDLE1BQU0sTUFBTSxPQUFPLENBQUM7QUFDL0QsWUFBTSxPQUFPLFlBQVEsb0NBQWdCLElBQUksUUFBUSwyQkFBMkIsR0FBRyx5QkFBeUI7QUFDeEcsYUFBTyxNQUFNLFVBQU0sMkJBQVMseUJBQVEsTUFBTSxHQUFHLG1CQUFvQjtBQUNqRSxhQUFPLFVBQVUsVUFBTSx5QkFBUSxHQUFHLEdBQUcsQ0FBQyxNQUFNLENBQUM7QUFBQSxJQUMvQyxDQUFDO0FBRUQsT0FBRyx5RUFBeUUsWUFBWTtBQUN0RixZQUFNLGFBQVMsdUJBQUssS0FBSyxNQUFNO0FBQy9CLGdCQUFNLDRCQUFVLHlCQUFRLFFBQVEsS0FBSztBQUNyQyxZQUFNLFNBQUssNEJBQVUseUJBQVEsRUFBRSxRQUFRLE1BQU0sS0FBSyxDQUFDO0FBQ25ELFlBQU0sT0FBTyxZQUFRLG9DQUFnQixJQUFJLFFBQVEsS0FBSyxHQUFHLDBCQUEwQjtBQUNuRixhQUFPLE1BQU0sVUFBTSwyQkFBUyx5QkFBUSxNQUFNLEdBQUcsS0FBSztBQUNsRCxhQUFPLFVBQVUsVUFBTSx5QkFBUSxHQUFHLEdBQUcsQ0FBQyxNQUFNLENBQUM7QUFBQSxJQUMvQyxDQUFDO0FBQUEsRUFDSCxDQUFDO0FBRUQsV0FBUywyQkFBMkIsTUFBTTtBQUN4QyxPQUFHLDZCQUE2QixZQUFZO0FBQzFDLFlBQU0sT0FBTztBQUNiLFlBQU0sV0FBTyx1QkFBSyxLQUFLLFlBQVksZUFBZTtBQUNsRCxnQkFBTSx1Q0FBZ0IseUJBQVEsTUFBTSxXQUFXLElBQUksR0FBRyxJQUFJO0FBQzFELFlBQU0sT0FBTyxVQUFNLHNDQUFlLHlCQUFRLE1BQU0sd0JBQXdCO0FBQ3hFLGFBQU8sTUFBTSxLQUFLLE1BQU0sWUFBWTtBQUNwQyxVQUFJLEtBQUssU0FBUyxhQUFjO0FBQ2hDLGFBQU8sVUFBVSxLQUFLLE1BQU0sV0FBVyxJQUFJLENBQUM7QUFDNUMsYUFBTyxVQUFNLHNCQUFTLEtBQUssSUFBSSxHQUFHLEtBQUssS0FBSyxRQUFRO0FBQUEsSUFDdEQsQ0FBQztBQUVELE9BQUcsa0dBQWtHLFlBQVk7QUFDL0csYUFBTyxPQUFPLFVBQU0sc0NBQWUsNkJBQVEsdUJBQUssS0FBSyxTQUFTLEdBQUcsU0FBUyxHQUFHLE1BQU0sU0FBUztBQUM1RixZQUFNLE1BQU0sSUFBSSxZQUFZO0FBQzVCLGFBQU8sVUFBTSwwQ0FBbUIsSUFBSSxPQUFPLGdCQUFnQixHQUFHLE1BQU0sRUFBRSxNQUFNLGNBQWM7QUFFMUYsWUFBTSxZQUFRLHdDQUFpQixXQUFXLE1BQU0sR0FBRyxNQUFNO0FBQ3pELFlBQU0sZ0JBQVksMENBQW1CLElBQUksT0FBTyxNQUFNLE1BQU0sR0FBRyxFQUFFLENBQUMsR0FBRyx3QkFBd0I7QUFDN0YsYUFBTyxNQUFNLFVBQVUsTUFBTSxRQUFRO0FBQ3JDLFVBQUksVUFBVSxTQUFTLFVBQVU7QUFDL0IsZUFBTyxNQUFNLFVBQVUsTUFBTSxTQUFTLGNBQWM7QUFDcEQsZUFBTyxNQUFNLFVBQVUsTUFBTSxTQUFTLDZCQUE2QjtBQUFBLE1BQ3JFO0FBQ0EsWUFBTSxhQUFTLDBDQUFtQixJQUFJLFdBQVcsQ0FBQyxLQUFNLElBQU0sSUFBTSxJQUFNLEdBQU0sS0FBTSxHQUFJLENBQUMsR0FBRyxNQUFNO0FBQ3BHLGFBQU8sTUFBTSxPQUFPLFNBQVMsWUFBWSxPQUFPLE1BQU0sU0FBUyxRQUFRO0FBQ3ZFLFlBQU0sY0FBVSwwQ0FBbUIsSUFBSSxPQUFPLDZDQUE2QyxHQUFHLE1BQU07QUFDcEcsYUFBTyxNQUFNLFFBQVEsU0FBUyxZQUFZLFFBQVEsTUFBTSxTQUFTLFVBQVU7QUFDM0UsYUFBTyxNQUFNLFFBQVEsU0FBUyxZQUFZLFFBQVEsTUFBTSxRQUFRO0FBQUEsSUFDbEUsQ0FBQztBQUFBLEVBQ0gsQ0FBQztBQUVELFdBQVMsV0FBVyxNQUFNO0FBQ3hCLE9BQUcsbUdBQW1HLFlBQVk7QUFDaEgsZ0JBQU0sNEJBQVUsNkJBQVEsdUJBQUssS0FBSyxZQUFZLGVBQWUsR0FBRyxzQkFBc0I7QUFDdEYsWUFBTSxRQUFlLEVBQUUsS0FBSyxNQUFNLEtBQUssTUFBTSwwQkFBMEIsR0FBRyxPQUFPLFlBQVksT0FBVTtBQUN2RyxZQUFNLFFBQVEsVUFBTSwyQkFBVyx5QkFBUSxLQUFLLDBCQUEwQixLQUFLO0FBQzNFLFlBQU0sU0FBUyxVQUFNLDJCQUFXLHlCQUFRLEtBQUssMEJBQTBCLEtBQUs7QUFDNUUsYUFBTyxNQUFNLFdBQU8sdUJBQUssS0FBSyxpQkFBaUIsV0FBVyxZQUFZLG1DQUFtQyxDQUFDO0FBQzFHLGFBQU8sU0FBUyxRQUFRLEtBQUs7QUFDN0IsYUFBTyxNQUFNLFVBQU0sMkJBQVMseUJBQVEsS0FBTSxHQUFHLHNCQUFzQjtBQUNuRSxhQUFPLE1BQU0sVUFBTSwyQkFBVyx5QkFBUSxLQUFLLHVCQUF1QixLQUFLLEdBQUcsTUFBUztBQUFBLElBQ3JGLENBQUM7QUFBQSxFQUNILENBQUM7QUFFRCxXQUFTLGNBQWMsTUFBTTtBQUMzQixVQUFNLFNBQVMsQ0FBQyxLQUFhLE1BQUssb0JBQUksS0FBSyxHQUFFLFlBQVksT0FBbUIsRUFBRSxLQUFLLGNBQVUseUJBQVMsR0FBRyxXQUFXLElBQUksYUFBYSxJQUFJLE9BQU8sYUFBYSxPQUFPLElBQUk7QUFFeEssT0FBRyw0REFBNEQsWUFBWTtBQUN6RSxnQkFBTSw0QkFBVSw2QkFBUSw0QkFBUyxHQUFHLEdBQUcsS0FBSyxVQUFVLE9BQU8sUUFBUSxHQUFHLENBQUMsQ0FBQztBQUMxRSxZQUFNLE9BQU8sWUFBUSx5QkFBWSx5QkFBUSxLQUFLLEVBQUUsT0FBTyxPQUFPLENBQUMsR0FBRyxDQUFDLE1BQWU7QUFDaEYsZUFBTyxHQUFHLGFBQWEsNEJBQWdCO0FBQ3ZDLGVBQU8sTUFBTSxFQUFFLFFBQVEsT0FBTyxXQUFXO0FBQ3pDLGVBQU8sTUFBTSxFQUFFLFNBQVMsb0JBQW9CO0FBQzVDLGVBQU87QUFBQSxNQUNULENBQUM7QUFBQSxJQUNILENBQUM7QUFFRCxPQUFHLDhFQUE4RSxZQUFZO0FBQzNGLGdCQUFNLDRCQUFVLDZCQUFRLDRCQUFTLEdBQUcsR0FBRyxLQUFLLFVBQVUsT0FBTyxRQUFRLENBQUMsQ0FBQyxDQUFDO0FBQ3hFLFlBQU0sT0FBTyxVQUFNLHlCQUFZLHlCQUFRLEtBQUssRUFBRSxPQUFPLE9BQU8sQ0FBQztBQUM3RCxhQUFPLE1BQU0sS0FBSyxjQUFjLE9BQU8sV0FBVztBQUNsRCxhQUFPLE9BQU8sVUFBTSxzQkFBUyx5QkFBUSxHQUFHLElBQUksT0FBTyxLQUFLLE9BQU8sS0FBSztBQUNwRSxZQUFNLEtBQUssUUFBUTtBQUVuQixnQkFBTSw0QkFBVSw2QkFBUSw0QkFBUyxHQUFHLEdBQUcsS0FBSyxVQUFVLE9BQU8sUUFBUSxLQUFLLDBCQUEwQixDQUFDLENBQUM7QUFDdEcsWUFBTSxRQUFRLFVBQU0seUJBQVkseUJBQVEsS0FBSyxFQUFFLE9BQU8sT0FBTyxDQUFDO0FBQzlELGFBQU8sR0FBRyxNQUFNLFlBQVk7QUFDNUIsWUFBTSxNQUFNLFFBQVE7QUFBQSxJQUN0QixDQUFDO0FBRUQsT0FBRyw0RUFBNEUsWUFBWTtBQUN6RixZQUFNLFFBQVEsVUFBTSx5QkFBWSx5QkFBUSxLQUFLLEVBQUUsT0FBTyxRQUFRLENBQUM7QUFDL0QsWUFBTSxPQUFPLFlBQVEseUJBQVkseUJBQVEsS0FBSyxFQUFFLE9BQU8sU0FBUyxDQUFDLEdBQUcsNEJBQWdCO0FBQ3BGLFlBQU0sTUFBTSxRQUFRO0FBQ3BCLFlBQU0sTUFBTSxRQUFRO0FBQ3BCLGFBQU8sTUFBTSxVQUFNLHNCQUFTLHlCQUFRLEdBQUcsR0FBRyxNQUFTO0FBQ25ELFlBQU0sU0FBUyxVQUFNLHlCQUFZLHlCQUFRLEtBQUssRUFBRSxPQUFPLFNBQVMsQ0FBQztBQUNqRSxZQUFNLE9BQU8sUUFBUTtBQUFBLElBQ3ZCLENBQUM7QUFFRCxPQUFHLDBEQUEwRCxZQUFZO0FBQ3ZFLFlBQU0sV0FBVyxNQUFNLFFBQVEsV0FBVyxNQUFNLEtBQUssRUFBRSxRQUFRLEVBQUUsR0FBRyxDQUFDLEdBQUcsVUFBTSx5QkFBWSx5QkFBUSxLQUFLLEVBQUUsT0FBTyxPQUFPLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQztBQUM5SCxZQUFNLFVBQVUsU0FBUyxPQUFPLENBQUMsTUFBTSxFQUFFLFdBQVcsV0FBVztBQUMvRCxhQUFPLEdBQUcsUUFBUSxVQUFVLEdBQUcsR0FBRyxRQUFRLE1BQU0sVUFBVTtBQUMxRCxpQkFBVyxLQUFLLFNBQVUsS0FBSSxFQUFFLFdBQVcsV0FBWSxRQUFPLEdBQUcsRUFBRSxrQkFBa0IsNEJBQWdCO0FBQ3JHLGlCQUFXLEtBQUssUUFBUyxPQUFPLEVBQXNFLE1BQU0sUUFBUTtBQUVwSCxhQUFPLFVBQVUsVUFBTSx5QkFBUSxPQUFHLDRCQUFTLEdBQUcsQ0FBQyxTQUFTLEdBQUcsQ0FBQyxDQUFDO0FBQUEsSUFDL0QsQ0FBQztBQUFBLEVBQ0gsQ0FBQztBQUNILENBQUM7IiwKICAibmFtZXMiOiBbXQp9Cg==
