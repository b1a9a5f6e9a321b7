"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key2 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key2) && key2 !== except)
        __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
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
var import_diskCache = require("../../../src/gemini/diskCache");
var import_responseCache = require("../../../src/gemini/responseCache");
var import_singleFlight = require("../../../src/gemini/singleFlight");
var import_fakeClock = require("./fakeClock");
const silent = {
  trace() {
  },
  debug() {
  },
  info() {
  },
  warn() {
  },
  error() {
  },
  child: () => silent
};
const reply = (text) => ({
  text,
  finishReason: "STOP",
  truncated: false,
  model: "gemini-2.5-flash",
  usage: { promptTokens: 1, outputTokens: 2, thinkingTokens: 0, totalTokens: 3 }
});
const config = (over = {}) => ({
  enabled: true,
  ttlMs: 6e4,
  maxEntries: 100,
  maxBytes: 1024 * 1024,
  persist: false,
  ...over
});
const key = (n) => (0, import_responseCache.cacheKey)({ model: "m", contents: String(n), generationConfig: {} });
describe("cache keys", () => {
  it("depend on model, system instruction, contents and generation config, not on key order", () => {
    const base = { model: "m", systemInstruction: "s", contents: "c", generationConfig: { temperature: 0.7, maxOutputTokens: 10 } };
    assert.equal((0, import_responseCache.cacheKey)(base), (0, import_responseCache.cacheKey)({ ...base, generationConfig: { maxOutputTokens: 10, temperature: 0.7 } }));
    assert.notEqual((0, import_responseCache.cacheKey)(base), (0, import_responseCache.cacheKey)({ ...base, model: "n" }));
    assert.notEqual((0, import_responseCache.cacheKey)(base), (0, import_responseCache.cacheKey)({ ...base, systemInstruction: "t" }));
    assert.notEqual((0, import_responseCache.cacheKey)(base), (0, import_responseCache.cacheKey)({ ...base, contents: "d" }));
    assert.notEqual((0, import_responseCache.cacheKey)(base), (0, import_responseCache.cacheKey)({ ...base, generationConfig: { temperature: 0.8, maxOutputTokens: 10 } }));
    assert.match((0, import_responseCache.cacheKey)(base), /^[0-9a-f]{64}$/);
    assert.equal((0, import_responseCache.stableStringify)({ b: 1, a: [1, { d: 2, c: void 0 }] }), '{"a":[1,{"d":2}],"b":1}');
  });
});
describe("ResponseCache (memory)", () => {
  let clock;
  beforeEach(() => {
    clock = new import_fakeClock.FakeClock();
  });
  it("expires entries after the TTL on the service clock", async () => {
    const cache = new import_responseCache.ResponseCache(config({ ttlMs: 1e4 }), clock, silent);
    cache.set(key(1), reply("one"));
    await clock.advance(9999);
    assert.equal((await cache.get(key(1)))?.text, "one");
    await clock.advance(2);
    assert.equal(await cache.get(key(1)), void 0);
  });
  it("keeps the byte total under maxBytes by evicting the least recently used", async () => {
    const cache = new import_responseCache.ResponseCache(config({ maxBytes: 600 }), clock, silent);
    const text = "x".repeat(100);
    for (let i = 0; i < 10; i++) cache.set(key(i), reply(`${i}${text}`));
    const stats = cache.statistics();
    assert.ok(stats.bytes <= 600, `bytes ${stats.bytes}`);
    assert.ok(stats.entries >= 2 && stats.entries < 10);
    assert.equal(await cache.get(key(0)), void 0, "the oldest went first");
    assert.ok(await cache.get(key(9)));
  });
  it("keeps at most maxEntries", () => {
    const cache = new import_responseCache.ResponseCache(config({ maxEntries: 3 }), clock, silent);
    for (let i = 0; i < 5; i++) cache.set(key(i), reply(String(i)));
    assert.equal(cache.statistics().entries, 3);
  });
  it("stores nothing when disabled or when the TTL is 0", async () => {
    for (const c of [config({ enabled: false }), config({ ttlMs: 0 })]) {
      const cache = new import_responseCache.ResponseCache(c, clock, silent);
      cache.set(key(1), reply("one"));
      assert.equal(cache.enabled, false);
      assert.equal(await cache.get(key(1)), void 0);
    }
  });
  it("keeps fresh entries across a reconfigure and applies the new TTL", async () => {
    const cache = new import_responseCache.ResponseCache(config({ ttlMs: 6e4 }), clock, silent);
    cache.set(key(1), reply("one"));
    await clock.advance(2e4);
    cache.reconfigure(config({ ttlMs: 3e4, maxEntries: 10 }));
    assert.equal((await cache.get(key(1)))?.text, "one");
    await clock.advance(10001);
    assert.equal(await cache.get(key(1)), void 0);
  });
});
describe("DiskCache", () => {
  let dir;
  let clock;
  beforeEach(async () => {
    dir = await (0, import_promises.mkdtemp)((0, import_node_path.join)((0, import_node_os.tmpdir)(), "gemini-cache-"));
    clock = new import_fakeClock.FakeClock();
  });
  afterEach(async () => {
    await (0, import_promises.rm)(dir, { recursive: true, force: true });
  });
  it("writes one file per entry atomically, leaving no temporary files", async () => {
    const disk = new import_diskCache.DiskCache(dir, { maxBytes: 1e6, ttlMs: 6e4 }, clock);
    await Promise.all([1, 2, 3].map((n) => disk.set(key(n), { reply: reply(`r${n}`), createdAt: clock.now() })));
    const names = (await (0, import_promises.readdir)(dir)).sort();
    assert.deepEqual(names, [1, 2, 3].map((n) => `${key(n)}.json`).sort());
    assert.equal(disk.entries, 3);
    const sizes = await Promise.all(names.map(async (n) => (await (0, import_promises.stat)((0, import_node_path.join)(dir, n))).size));
    assert.equal(disk.bytes, sizes.reduce((a, b) => a + b, 0));
  });
  it("survives a restart: a new instance indexes and reads what the last one wrote", async () => {
    const first = new import_diskCache.DiskCache(dir, { maxBytes: 1e6, ttlMs: 6e4 }, clock);
    await first.set(key(1), { reply: reply("kept"), createdAt: clock.now() });
    const second = new import_diskCache.DiskCache(dir, { maxBytes: 1e6, ttlMs: 6e4 }, clock);
    await second.whenReady();
    assert.equal(second.entries, 1);
    assert.equal((await second.get(key(1)))?.reply.text, "kept");
  });
  it("honours the TTL when loading, and removes the stale file", async () => {
    const disk = new import_diskCache.DiskCache(dir, { maxBytes: 1e6, ttlMs: 1e4 }, clock);
    await disk.set(key(1), { reply: reply("old"), createdAt: clock.now() });
    await clock.advance(1e4);
    assert.equal(await disk.get(key(1)), void 0);
    assert.deepEqual(await (0, import_promises.readdir)(dir), []);
    assert.equal(disk.entries, 0);
  });
  it("skips, counts and removes corrupt entries", async () => {
    await (0, import_promises.writeFile)((0, import_node_path.join)(dir, `${key(1)}.json`), '{"v":1,"createdAt":');
    await (0, import_promises.writeFile)((0, import_node_path.join)(dir, `${key(2)}.json`), JSON.stringify({ v: 1, createdAt: 1, reply: { text: 5 } }));
    const disk = new import_diskCache.DiskCache(dir, { maxBytes: 1e6, ttlMs: 6e4 }, clock);
    await disk.whenReady();
    assert.equal(await disk.get(key(1)), void 0);
    assert.equal(await disk.get(key(2)), void 0);
    assert.equal(disk.corrupt, 2);
    assert.equal(disk.entries, 0);
    assert.deepEqual(await (0, import_promises.readdir)(dir), []);
  });
  it("sweeps temporary files a crash left behind", async () => {
    await (0, import_promises.writeFile)((0, import_node_path.join)(dir, `${key(1)}.123.abcd.tmp`), "half");
    const disk = new import_diskCache.DiskCache(dir, { maxBytes: 1e6, ttlMs: 6e4 }, clock);
    await disk.whenReady();
    assert.deepEqual(await (0, import_promises.readdir)(dir), []);
  });
  it("caps the total size by evicting the oldest files", async () => {
    const text = "y".repeat(400);
    const seed = new import_diskCache.DiskCache(dir, { maxBytes: 1e6, ttlMs: 6e4 }, clock);
    await seed.set(key("old"), { reply: reply(text), createdAt: clock.now() });
    await seed.set(key("older"), { reply: reply(text), createdAt: clock.now() });
    await (0, import_promises.utimes)((0, import_node_path.join)(dir, `${key("older")}.json`), new Date(2e3, 0, 1), new Date(2e3, 0, 1));
    const oneEntry = seed.bytes / 2;
    const disk = new import_diskCache.DiskCache(dir, { maxBytes: Math.floor(oneEntry * 2.5), ttlMs: 6e4 }, clock);
    await disk.set(key("new"), { reply: reply(text), createdAt: clock.now() });
    const names = await (0, import_promises.readdir)(dir);
    assert.equal(names.length, 2);
    assert.ok(!names.includes(`${key("older")}.json`), "the oldest was evicted");
    assert.ok(disk.bytes <= Math.floor(oneEntry * 2.5));
  });
  it("never writes anything but the reply", async () => {
    const disk = new import_diskCache.DiskCache(dir, { maxBytes: 1e6, ttlMs: 6e4 }, clock);
    await disk.set(key(1), { reply: reply("text"), createdAt: clock.now() });
    const stored = JSON.parse(await (0, import_promises.readFile)((0, import_node_path.join)(dir, `${key(1)}.json`), "utf8"));
    assert.deepEqual(Object.keys(stored).sort(), ["createdAt", "reply", "v"]);
  });
});
describe("ResponseCache (memory + disk)", () => {
  let dir;
  beforeEach(async () => {
    dir = await (0, import_promises.mkdtemp)((0, import_node_path.join)((0, import_node_os.tmpdir)(), "gemini-cache-"));
  });
  afterEach(async () => {
    await (0, import_promises.rm)(dir, { recursive: true, force: true });
  });
  it("serves from disk after a restart, and reports both tiers", async () => {
    const clock = new import_fakeClock.FakeClock();
    const first = new import_responseCache.ResponseCache(config({ persist: true }), clock, silent, dir);
    first.set(key(1), reply("persisted"));
    await first.flush();
    const second = new import_responseCache.ResponseCache(config({ persist: true }), clock, silent, dir);
    await second.flush();
    assert.equal(second.statistics().entries, 0);
    assert.equal(second.statistics().diskEntries, 1);
    assert.equal((await second.get(key(1)))?.text, "persisted");
    assert.equal(second.statistics().entries, 1, "promoted to memory");
  });
  it("clear empties both tiers", async () => {
    const cache = new import_responseCache.ResponseCache(config({ persist: true }), new import_fakeClock.FakeClock(), silent, dir);
    cache.set(key(1), reply("x"));
    await cache.clear();
    assert.deepEqual(cache.statistics(), { entries: 0, bytes: 0, diskEntries: 0, diskBytes: 0, diskCorrupt: 0 });
    assert.deepEqual(await (0, import_promises.readdir)(dir), []);
  });
});
describe("SingleFlight", () => {
  it("shares one piece of work among identical concurrent callers and forgets it after", async () => {
    const flights = new import_singleFlight.SingleFlight();
    let runs = 0;
    let finish;
    const leader = flights.lead("k", () => {
      runs++;
      return new Promise((r) => finish = r);
    });
    const follower = flights.get("k");
    assert.ok(follower);
    finish("done");
    assert.deepEqual(await Promise.all([leader, follower]), ["done", "done"]);
    assert.equal(runs, 1);
    assert.equal(flights.get("k"), void 0);
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC91bml0L2dlbWluaS9yZXNwb25zZUNhY2hlLnRlc3QudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCAqIGFzIGFzc2VydCBmcm9tICdub2RlOmFzc2VydC9zdHJpY3QnO1xuaW1wb3J0IHsgbWtkdGVtcCwgcmVhZGRpciwgcmVhZEZpbGUsIHJtLCBzdGF0LCB1dGltZXMsIHdyaXRlRmlsZSB9IGZyb20gJ25vZGU6ZnMvcHJvbWlzZXMnO1xuaW1wb3J0IHsgdG1wZGlyIH0gZnJvbSAnbm9kZTpvcyc7XG5pbXBvcnQgeyBqb2luIH0gZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCB0eXBlIHsgTG9nZ2VyIH0gZnJvbSAnLi4vLi4vLi4vc3JjL2NvcmUvcG9ydHMnO1xuaW1wb3J0IHsgRGlza0NhY2hlLCB0eXBlIENhY2hlZFJlcGx5IH0gZnJvbSAnLi4vLi4vLi4vc3JjL2dlbWluaS9kaXNrQ2FjaGUnO1xuaW1wb3J0IHsgY2FjaGVLZXksIFJlc3BvbnNlQ2FjaGUsIHN0YWJsZVN0cmluZ2lmeSwgdHlwZSBDYWNoZUNvbmZpZyB9IGZyb20gJy4uLy4uLy4uL3NyYy9nZW1pbmkvcmVzcG9uc2VDYWNoZSc7XG5pbXBvcnQgeyBTaW5nbGVGbGlnaHQgfSBmcm9tICcuLi8uLi8uLi9zcmMvZ2VtaW5pL3NpbmdsZUZsaWdodCc7XG5pbXBvcnQgeyBGYWtlQ2xvY2sgfSBmcm9tICcuL2Zha2VDbG9jayc7XG5cbmNvbnN0IHNpbGVudDogTG9nZ2VyID0ge1xuICB0cmFjZSgpIHt9LFxuICBkZWJ1ZygpIHt9LFxuICBpbmZvKCkge30sXG4gIHdhcm4oKSB7fSxcbiAgZXJyb3IoKSB7fSxcbiAgY2hpbGQ6ICgpID0+IHNpbGVudCxcbn07XG5cbmNvbnN0IHJlcGx5ID0gKHRleHQ6IHN0cmluZyk6IENhY2hlZFJlcGx5ID0+ICh7XG4gIHRleHQsXG4gIGZpbmlzaFJlYXNvbjogJ1NUT1AnLFxuICB0cnVuY2F0ZWQ6IGZhbHNlLFxuICBtb2RlbDogJ2dlbWluaS0yLjUtZmxhc2gnLFxuICB1c2FnZTogeyBwcm9tcHRUb2tlbnM6IDEsIG91dHB1dFRva2VuczogMiwgdGhpbmtpbmdUb2tlbnM6IDAsIHRvdGFsVG9rZW5zOiAzIH0sXG59KTtcblxuY29uc3QgY29uZmlnID0gKG92ZXI6IFBhcnRpYWw8Q2FjaGVDb25maWc+ID0ge30pOiBDYWNoZUNvbmZpZyA9PiAoe1xuICBlbmFibGVkOiB0cnVlLFxuICB0dGxNczogNjBfMDAwLFxuICBtYXhFbnRyaWVzOiAxMDAsXG4gIG1heEJ5dGVzOiAxMDI0ICogMTAyNCxcbiAgcGVyc2lzdDogZmFsc2UsXG4gIC4uLm92ZXIsXG59KTtcblxuLyoqIEEga2V5IGFzIHRoZSBzZXJ2aWNlIG1ha2VzIHRoZW06IGEgc2hhMjU2IGhleC4gKi9cbmNvbnN0IGtleSA9IChuOiBudW1iZXIgfCBzdHJpbmcpID0+IGNhY2hlS2V5KHsgbW9kZWw6ICdtJywgY29udGVudHM6IFN0cmluZyhuKSwgZ2VuZXJhdGlvbkNvbmZpZzoge30gfSk7XG5cbmRlc2NyaWJlKCdjYWNoZSBrZXlzJywgKCkgPT4ge1xuICBpdCgnZGVwZW5kIG9uIG1vZGVsLCBzeXN0ZW0gaW5zdHJ1Y3Rpb24sIGNvbnRlbnRzIGFuZCBnZW5lcmF0aW9uIGNvbmZpZywgbm90IG9uIGtleSBvcmRlcicsICgpID0+IHtcbiAgICBjb25zdCBiYXNlID0geyBtb2RlbDogJ20nLCBzeXN0ZW1JbnN0cnVjdGlvbjogJ3MnLCBjb250ZW50czogJ2MnLCBnZW5lcmF0aW9uQ29uZmlnOiB7IHRlbXBlcmF0dXJlOiAwLjcsIG1heE91dHB1dFRva2VuczogMTAgfSB9O1xuICAgIGFzc2VydC5lcXVhbChjYWNoZUtleShiYXNlKSwgY2FjaGVLZXkoeyAuLi5iYXNlLCBnZW5lcmF0aW9uQ29uZmlnOiB7IG1heE91dHB1dFRva2VuczogMTAsIHRlbXBlcmF0dXJlOiAwLjcgfSB9KSk7XG4gICAgYXNzZXJ0Lm5vdEVxdWFsKGNhY2hlS2V5KGJhc2UpLCBjYWNoZUtleSh7IC4uLmJhc2UsIG1vZGVsOiAnbicgfSkpO1xuICAgIGFzc2VydC5ub3RFcXVhbChjYWNoZUtleShiYXNlKSwgY2FjaGVLZXkoeyAuLi5iYXNlLCBzeXN0ZW1JbnN0cnVjdGlvbjogJ3QnIH0pKTtcbiAgICBhc3NlcnQubm90RXF1YWwoY2FjaGVLZXkoYmFzZSksIGNhY2hlS2V5KHsgLi4uYmFzZSwgY29udGVudHM6ICdkJyB9KSk7XG4gICAgYXNzZXJ0Lm5vdEVxdWFsKGNhY2hlS2V5KGJhc2UpLCBjYWNoZUtleSh7IC4uLmJhc2UsIGdlbmVyYXRpb25Db25maWc6IHsgdGVtcGVyYXR1cmU6IDAuOCwgbWF4T3V0cHV0VG9rZW5zOiAxMCB9IH0pKTtcbiAgICBhc3NlcnQubWF0Y2goY2FjaGVLZXkoYmFzZSksIC9eWzAtOWEtZl17NjR9JC8pO1xuICAgIGFzc2VydC5lcXVhbChzdGFibGVTdHJpbmdpZnkoeyBiOiAxLCBhOiBbMSwgeyBkOiAyLCBjOiB1bmRlZmluZWQgfV0gfSksICd7XCJhXCI6WzEse1wiZFwiOjJ9XSxcImJcIjoxfScpO1xuICB9KTtcbn0pO1xuXG5kZXNjcmliZSgnUmVzcG9uc2VDYWNoZSAobWVtb3J5KScsICgpID0+IHtcbiAgbGV0IGNsb2NrOiBGYWtlQ2xvY2s7XG5cbiAgYmVmb3JlRWFjaCgoKSA9PiB7XG4gICAgY2xvY2sgPSBuZXcgRmFrZUNsb2NrKCk7XG4gIH0pO1xuXG4gIGl0KCdleHBpcmVzIGVudHJpZXMgYWZ0ZXIgdGhlIFRUTCBvbiB0aGUgc2VydmljZSBjbG9jaycsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBjYWNoZSA9IG5ldyBSZXNwb25zZUNhY2hlKGNvbmZpZyh7IHR0bE1zOiAxMF8wMDAgfSksIGNsb2NrLCBzaWxlbnQpO1xuICAgIGNhY2hlLnNldChrZXkoMSksIHJlcGx5KCdvbmUnKSk7XG4gICAgYXdhaXQgY2xvY2suYWR2YW5jZSg5Xzk5OSk7XG4gICAgYXNzZXJ0LmVxdWFsKChhd2FpdCBjYWNoZS5nZXQoa2V5KDEpKSk/LnRleHQsICdvbmUnKTtcbiAgICBhd2FpdCBjbG9jay5hZHZhbmNlKDIpO1xuICAgIGFzc2VydC5lcXVhbChhd2FpdCBjYWNoZS5nZXQoa2V5KDEpKSwgdW5kZWZpbmVkKTtcbiAgfSk7XG5cbiAgaXQoJ2tlZXBzIHRoZSBieXRlIHRvdGFsIHVuZGVyIG1heEJ5dGVzIGJ5IGV2aWN0aW5nIHRoZSBsZWFzdCByZWNlbnRseSB1c2VkJywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IGNhY2hlID0gbmV3IFJlc3BvbnNlQ2FjaGUoY29uZmlnKHsgbWF4Qnl0ZXM6IDYwMCB9KSwgY2xvY2ssIHNpbGVudCk7XG4gICAgY29uc3QgdGV4dCA9ICd4Jy5yZXBlYXQoMTAwKTtcbiAgICBmb3IgKGxldCBpID0gMDsgaSA8IDEwOyBpKyspIGNhY2hlLnNldChrZXkoaSksIHJlcGx5KGAke2l9JHt0ZXh0fWApKTtcbiAgICBjb25zdCBzdGF0cyA9IGNhY2hlLnN0YXRpc3RpY3MoKTtcbiAgICBhc3NlcnQub2soc3RhdHMuYnl0ZXMgPD0gNjAwLCBgYnl0ZXMgJHtzdGF0cy5ieXRlc31gKTtcbiAgICBhc3NlcnQub2soc3RhdHMuZW50cmllcyA+PSAyICYmIHN0YXRzLmVudHJpZXMgPCAxMCk7XG4gICAgYXNzZXJ0LmVxdWFsKGF3YWl0IGNhY2hlLmdldChrZXkoMCkpLCB1bmRlZmluZWQsICd0aGUgb2xkZXN0IHdlbnQgZmlyc3QnKTtcbiAgICBhc3NlcnQub2soYXdhaXQgY2FjaGUuZ2V0KGtleSg5KSkpO1xuICB9KTtcblxuICBpdCgna2VlcHMgYXQgbW9zdCBtYXhFbnRyaWVzJywgKCkgPT4ge1xuICAgIGNvbnN0IGNhY2hlID0gbmV3IFJlc3BvbnNlQ2FjaGUoY29uZmlnKHsgbWF4RW50cmllczogMyB9KSwgY2xvY2ssIHNpbGVudCk7XG4gICAgZm9yIChsZXQgaSA9IDA7IGkgPCA1OyBpKyspIGNhY2hlLnNldChrZXkoaSksIHJlcGx5KFN0cmluZyhpKSkpO1xuICAgIGFzc2VydC5lcXVhbChjYWNoZS5zdGF0aXN0aWNzKCkuZW50cmllcywgMyk7XG4gIH0pO1xuXG4gIGl0KCdzdG9yZXMgbm90aGluZyB3aGVuIGRpc2FibGVkIG9yIHdoZW4gdGhlIFRUTCBpcyAwJywgYXN5bmMgKCkgPT4ge1xuICAgIGZvciAoY29uc3QgYyBvZiBbY29uZmlnKHsgZW5hYmxlZDogZmFsc2UgfSksIGNvbmZpZyh7IHR0bE1zOiAwIH0pXSkge1xuICAgICAgY29uc3QgY2FjaGUgPSBuZXcgUmVzcG9uc2VDYWNoZShjLCBjbG9jaywgc2lsZW50KTtcbiAgICAgIGNhY2hlLnNldChrZXkoMSksIHJlcGx5KCdvbmUnKSk7XG4gICAgICBhc3NlcnQuZXF1YWwoY2FjaGUuZW5hYmxlZCwgZmFsc2UpO1xuICAgICAgYXNzZXJ0LmVxdWFsKGF3YWl0IGNhY2hlLmdldChrZXkoMSkpLCB1bmRlZmluZWQpO1xuICAgIH1cbiAgfSk7XG5cbiAgaXQoJ2tlZXBzIGZyZXNoIGVudHJpZXMgYWNyb3NzIGEgcmVjb25maWd1cmUgYW5kIGFwcGxpZXMgdGhlIG5ldyBUVEwnLCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3QgY2FjaGUgPSBuZXcgUmVzcG9uc2VDYWNoZShjb25maWcoeyB0dGxNczogNjBfMDAwIH0pLCBjbG9jaywgc2lsZW50KTtcbiAgICBjYWNoZS5zZXQoa2V5KDEpLCByZXBseSgnb25lJykpO1xuICAgIGF3YWl0IGNsb2NrLmFkdmFuY2UoMjBfMDAwKTtcbiAgICBjYWNoZS5yZWNvbmZpZ3VyZShjb25maWcoeyB0dGxNczogMzBfMDAwLCBtYXhFbnRyaWVzOiAxMCB9KSk7XG4gICAgYXNzZXJ0LmVxdWFsKChhd2FpdCBjYWNoZS5nZXQoa2V5KDEpKSk/LnRleHQsICdvbmUnKTtcbiAgICBhd2FpdCBjbG9jay5hZHZhbmNlKDEwXzAwMSk7XG4gICAgYXNzZXJ0LmVxdWFsKGF3YWl0IGNhY2hlLmdldChrZXkoMSkpLCB1bmRlZmluZWQpO1xuICB9KTtcbn0pO1xuXG5kZXNjcmliZSgnRGlza0NhY2hlJywgKCkgPT4ge1xuICBsZXQgZGlyOiBzdHJpbmc7XG4gIGxldCBjbG9jazogRmFrZUNsb2NrO1xuXG4gIGJlZm9yZUVhY2goYXN5bmMgKCkgPT4ge1xuICAgIGRpciA9IGF3YWl0IG1rZHRlbXAoam9pbih0bXBkaXIoKSwgJ2dlbWluaS1jYWNoZS0nKSk7XG4gICAgY2xvY2sgPSBuZXcgRmFrZUNsb2NrKCk7XG4gIH0pO1xuXG4gIGFmdGVyRWFjaChhc3luYyAoKSA9PiB7XG4gICAgYXdhaXQgcm0oZGlyLCB7IHJlY3Vyc2l2ZTogdHJ1ZSwgZm9yY2U6IHRydWUgfSk7XG4gIH0pO1xuXG4gIGl0KCd3cml0ZXMgb25lIGZpbGUgcGVyIGVudHJ5IGF0b21pY2FsbHksIGxlYXZpbmcgbm8gdGVtcG9yYXJ5IGZpbGVzJywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IGRpc2sgPSBuZXcgRGlza0NhY2hlKGRpciwgeyBtYXhCeXRlczogMWU2LCB0dGxNczogNjBfMDAwIH0sIGNsb2NrKTtcbiAgICBhd2FpdCBQcm9taXNlLmFsbChbMSwgMiwgM10ubWFwKChuKSA9PiBkaXNrLnNldChrZXkobiksIHsgcmVwbHk6IHJlcGx5KGByJHtufWApLCBjcmVhdGVkQXQ6IGNsb2NrLm5vdygpIH0pKSk7XG4gICAgY29uc3QgbmFtZXMgPSAoYXdhaXQgcmVhZGRpcihkaXIpKS5zb3J0KCk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChuYW1lcywgWzEsIDIsIDNdLm1hcCgobikgPT4gYCR7a2V5KG4pfS5qc29uYCkuc29ydCgpKTtcbiAgICBhc3NlcnQuZXF1YWwoZGlzay5lbnRyaWVzLCAzKTtcbiAgICBjb25zdCBzaXplcyA9IGF3YWl0IFByb21pc2UuYWxsKG5hbWVzLm1hcChhc3luYyAobikgPT4gKGF3YWl0IHN0YXQoam9pbihkaXIsIG4pKSkuc2l6ZSkpO1xuICAgIGFzc2VydC5lcXVhbChkaXNrLmJ5dGVzLCBzaXplcy5yZWR1Y2UoKGEsIGIpID0+IGEgKyBiLCAwKSk7XG4gIH0pO1xuXG4gIGl0KCdzdXJ2aXZlcyBhIHJlc3RhcnQ6IGEgbmV3IGluc3RhbmNlIGluZGV4ZXMgYW5kIHJlYWRzIHdoYXQgdGhlIGxhc3Qgb25lIHdyb3RlJywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IGZpcnN0ID0gbmV3IERpc2tDYWNoZShkaXIsIHsgbWF4Qnl0ZXM6IDFlNiwgdHRsTXM6IDYwXzAwMCB9LCBjbG9jayk7XG4gICAgYXdhaXQgZmlyc3Quc2V0KGtleSgxKSwgeyByZXBseTogcmVwbHkoJ2tlcHQnKSwgY3JlYXRlZEF0OiBjbG9jay5ub3coKSB9KTtcbiAgICBjb25zdCBzZWNvbmQgPSBuZXcgRGlza0NhY2hlKGRpciwgeyBtYXhCeXRlczogMWU2LCB0dGxNczogNjBfMDAwIH0sIGNsb2NrKTtcbiAgICBhd2FpdCBzZWNvbmQud2hlblJlYWR5KCk7XG4gICAgYXNzZXJ0LmVxdWFsKHNlY29uZC5lbnRyaWVzLCAxKTtcbiAgICBhc3NlcnQuZXF1YWwoKGF3YWl0IHNlY29uZC5nZXQoa2V5KDEpKSk/LnJlcGx5LnRleHQsICdrZXB0Jyk7XG4gIH0pO1xuXG4gIGl0KCdob25vdXJzIHRoZSBUVEwgd2hlbiBsb2FkaW5nLCBhbmQgcmVtb3ZlcyB0aGUgc3RhbGUgZmlsZScsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBkaXNrID0gbmV3IERpc2tDYWNoZShkaXIsIHsgbWF4Qnl0ZXM6IDFlNiwgdHRsTXM6IDEwXzAwMCB9LCBjbG9jayk7XG4gICAgYXdhaXQgZGlzay5zZXQoa2V5KDEpLCB7IHJlcGx5OiByZXBseSgnb2xkJyksIGNyZWF0ZWRBdDogY2xvY2subm93KCkgfSk7XG4gICAgYXdhaXQgY2xvY2suYWR2YW5jZSgxMF8wMDApO1xuICAgIGFzc2VydC5lcXVhbChhd2FpdCBkaXNrLmdldChrZXkoMSkpLCB1bmRlZmluZWQpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoYXdhaXQgcmVhZGRpcihkaXIpLCBbXSk7XG4gICAgYXNzZXJ0LmVxdWFsKGRpc2suZW50cmllcywgMCk7XG4gIH0pO1xuXG4gIGl0KCdza2lwcywgY291bnRzIGFuZCByZW1vdmVzIGNvcnJ1cHQgZW50cmllcycsIGFzeW5jICgpID0+IHtcbiAgICBhd2FpdCB3cml0ZUZpbGUoam9pbihkaXIsIGAke2tleSgxKX0uanNvbmApLCAne1widlwiOjEsXCJjcmVhdGVkQXRcIjonKTtcbiAgICBhd2FpdCB3cml0ZUZpbGUoam9pbihkaXIsIGAke2tleSgyKX0uanNvbmApLCBKU09OLnN0cmluZ2lmeSh7IHY6IDEsIGNyZWF0ZWRBdDogMSwgcmVwbHk6IHsgdGV4dDogNSB9IH0pKTtcbiAgICBjb25zdCBkaXNrID0gbmV3IERpc2tDYWNoZShkaXIsIHsgbWF4Qnl0ZXM6IDFlNiwgdHRsTXM6IDYwXzAwMCB9LCBjbG9jayk7XG4gICAgYXdhaXQgZGlzay53aGVuUmVhZHkoKTtcbiAgICBhc3NlcnQuZXF1YWwoYXdhaXQgZGlzay5nZXQoa2V5KDEpKSwgdW5kZWZpbmVkKTtcbiAgICBhc3NlcnQuZXF1YWwoYXdhaXQgZGlzay5nZXQoa2V5KDIpKSwgdW5kZWZpbmVkKTtcbiAgICBhc3NlcnQuZXF1YWwoZGlzay5jb3JydXB0LCAyKTtcbiAgICBhc3NlcnQuZXF1YWwoZGlzay5lbnRyaWVzLCAwKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKGF3YWl0IHJlYWRkaXIoZGlyKSwgW10pO1xuICB9KTtcblxuICBpdCgnc3dlZXBzIHRlbXBvcmFyeSBmaWxlcyBhIGNyYXNoIGxlZnQgYmVoaW5kJywgYXN5bmMgKCkgPT4ge1xuICAgIGF3YWl0IHdyaXRlRmlsZShqb2luKGRpciwgYCR7a2V5KDEpfS4xMjMuYWJjZC50bXBgKSwgJ2hhbGYnKTtcbiAgICBjb25zdCBkaXNrID0gbmV3IERpc2tDYWNoZShkaXIsIHsgbWF4Qnl0ZXM6IDFlNiwgdHRsTXM6IDYwXzAwMCB9LCBjbG9jayk7XG4gICAgYXdhaXQgZGlzay53aGVuUmVhZHkoKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKGF3YWl0IHJlYWRkaXIoZGlyKSwgW10pO1xuICB9KTtcblxuICBpdCgnY2FwcyB0aGUgdG90YWwgc2l6ZSBieSBldmljdGluZyB0aGUgb2xkZXN0IGZpbGVzJywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IHRleHQgPSAneScucmVwZWF0KDQwMCk7XG4gICAgLy8gRXhpc3RpbmcgZmlsZXM6IGFnZXMgY29tZSBmcm9tIHRoZWlyIG1vZGlmaWNhdGlvbiB0aW1lcy5cbiAgICBjb25zdCBzZWVkID0gbmV3IERpc2tDYWNoZShkaXIsIHsgbWF4Qnl0ZXM6IDFlNiwgdHRsTXM6IDYwXzAwMCB9LCBjbG9jayk7XG4gICAgYXdhaXQgc2VlZC5zZXQoa2V5KCdvbGQnKSwgeyByZXBseTogcmVwbHkodGV4dCksIGNyZWF0ZWRBdDogY2xvY2subm93KCkgfSk7XG4gICAgYXdhaXQgc2VlZC5zZXQoa2V5KCdvbGRlcicpLCB7IHJlcGx5OiByZXBseSh0ZXh0KSwgY3JlYXRlZEF0OiBjbG9jay5ub3coKSB9KTtcbiAgICBhd2FpdCB1dGltZXMoam9pbihkaXIsIGAke2tleSgnb2xkZXInKX0uanNvbmApLCBuZXcgRGF0ZSgyMDAwLCAwLCAxKSwgbmV3IERhdGUoMjAwMCwgMCwgMSkpO1xuICAgIGNvbnN0IG9uZUVudHJ5ID0gc2VlZC5ieXRlcyAvIDI7XG5cbiAgICBjb25zdCBkaXNrID0gbmV3IERpc2tDYWNoZShkaXIsIHsgbWF4Qnl0ZXM6IE1hdGguZmxvb3Iob25lRW50cnkgKiAyLjUpLCB0dGxNczogNjBfMDAwIH0sIGNsb2NrKTtcbiAgICBhd2FpdCBkaXNrLnNldChrZXkoJ25ldycpLCB7IHJlcGx5OiByZXBseSh0ZXh0KSwgY3JlYXRlZEF0OiBjbG9jay5ub3coKSB9KTtcbiAgICBjb25zdCBuYW1lcyA9IGF3YWl0IHJlYWRkaXIoZGlyKTtcbiAgICBhc3NlcnQuZXF1YWwobmFtZXMubGVuZ3RoLCAyKTtcbiAgICBhc3NlcnQub2soIW5hbWVzLmluY2x1ZGVzKGAke2tleSgnb2xkZXInKX0uanNvbmApLCAndGhlIG9sZGVzdCB3YXMgZXZpY3RlZCcpO1xuICAgIGFzc2VydC5vayhkaXNrLmJ5dGVzIDw9IE1hdGguZmxvb3Iob25lRW50cnkgKiAyLjUpKTtcbiAgfSk7XG5cbiAgaXQoJ25ldmVyIHdyaXRlcyBhbnl0aGluZyBidXQgdGhlIHJlcGx5JywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IGRpc2sgPSBuZXcgRGlza0NhY2hlKGRpciwgeyBtYXhCeXRlczogMWU2LCB0dGxNczogNjBfMDAwIH0sIGNsb2NrKTtcbiAgICBhd2FpdCBkaXNrLnNldChrZXkoMSksIHsgcmVwbHk6IHJlcGx5KCd0ZXh0JyksIGNyZWF0ZWRBdDogY2xvY2subm93KCkgfSk7XG4gICAgY29uc3Qgc3RvcmVkID0gSlNPTi5wYXJzZShhd2FpdCByZWFkRmlsZShqb2luKGRpciwgYCR7a2V5KDEpfS5qc29uYCksICd1dGY4JykpIGFzIFJlY29yZDxzdHJpbmcsIHVua25vd24+O1xuICAgIGFzc2VydC5kZWVwRXF1YWwoT2JqZWN0LmtleXMoc3RvcmVkKS5zb3J0KCksIFsnY3JlYXRlZEF0JywgJ3JlcGx5JywgJ3YnXSk7XG4gIH0pO1xufSk7XG5cbmRlc2NyaWJlKCdSZXNwb25zZUNhY2hlIChtZW1vcnkgKyBkaXNrKScsICgpID0+IHtcbiAgbGV0IGRpcjogc3RyaW5nO1xuXG4gIGJlZm9yZUVhY2goYXN5bmMgKCkgPT4ge1xuICAgIGRpciA9IGF3YWl0IG1rZHRlbXAoam9pbih0bXBkaXIoKSwgJ2dlbWluaS1jYWNoZS0nKSk7XG4gIH0pO1xuXG4gIGFmdGVyRWFjaChhc3luYyAoKSA9PiB7XG4gICAgYXdhaXQgcm0oZGlyLCB7IHJlY3Vyc2l2ZTogdHJ1ZSwgZm9yY2U6IHRydWUgfSk7XG4gIH0pO1xuXG4gIGl0KCdzZXJ2ZXMgZnJvbSBkaXNrIGFmdGVyIGEgcmVzdGFydCwgYW5kIHJlcG9ydHMgYm90aCB0aWVycycsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBjbG9jayA9IG5ldyBGYWtlQ2xvY2soKTtcbiAgICBjb25zdCBmaXJzdCA9IG5ldyBSZXNwb25zZUNhY2hlKGNvbmZpZyh7IHBlcnNpc3Q6IHRydWUgfSksIGNsb2NrLCBzaWxlbnQsIGRpcik7XG4gICAgZmlyc3Quc2V0KGtleSgxKSwgcmVwbHkoJ3BlcnNpc3RlZCcpKTtcbiAgICBhd2FpdCBmaXJzdC5mbHVzaCgpO1xuICAgIGNvbnN0IHNlY29uZCA9IG5ldyBSZXNwb25zZUNhY2hlKGNvbmZpZyh7IHBlcnNpc3Q6IHRydWUgfSksIGNsb2NrLCBzaWxlbnQsIGRpcik7XG4gICAgYXdhaXQgc2Vjb25kLmZsdXNoKCk7XG4gICAgYXNzZXJ0LmVxdWFsKHNlY29uZC5zdGF0aXN0aWNzKCkuZW50cmllcywgMCk7XG4gICAgYXNzZXJ0LmVxdWFsKHNlY29uZC5zdGF0aXN0aWNzKCkuZGlza0VudHJpZXMsIDEpO1xuICAgIGFzc2VydC5lcXVhbCgoYXdhaXQgc2Vjb25kLmdldChrZXkoMSkpKT8udGV4dCwgJ3BlcnNpc3RlZCcpO1xuICAgIGFzc2VydC5lcXVhbChzZWNvbmQuc3RhdGlzdGljcygpLmVudHJpZXMsIDEsICdwcm9tb3RlZCB0byBtZW1vcnknKTtcbiAgfSk7XG5cbiAgaXQoJ2NsZWFyIGVtcHRpZXMgYm90aCB0aWVycycsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBjYWNoZSA9IG5ldyBSZXNwb25zZUNhY2hlKGNvbmZpZyh7IHBlcnNpc3Q6IHRydWUgfSksIG5ldyBGYWtlQ2xvY2soKSwgc2lsZW50LCBkaXIpO1xuICAgIGNhY2hlLnNldChrZXkoMSksIHJlcGx5KCd4JykpO1xuICAgIGF3YWl0IGNhY2hlLmNsZWFyKCk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChjYWNoZS5zdGF0aXN0aWNzKCksIHsgZW50cmllczogMCwgYnl0ZXM6IDAsIGRpc2tFbnRyaWVzOiAwLCBkaXNrQnl0ZXM6IDAsIGRpc2tDb3JydXB0OiAwIH0pO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoYXdhaXQgcmVhZGRpcihkaXIpLCBbXSk7XG4gIH0pO1xufSk7XG5cbmRlc2NyaWJlKCdTaW5nbGVGbGlnaHQnLCAoKSA9PiB7XG4gIGl0KCdzaGFyZXMgb25lIHBpZWNlIG9mIHdvcmsgYW1vbmcgaWRlbnRpY2FsIGNvbmN1cnJlbnQgY2FsbGVycyBhbmQgZm9yZ2V0cyBpdCBhZnRlcicsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBmbGlnaHRzID0gbmV3IFNpbmdsZUZsaWdodDxzdHJpbmc+KCk7XG4gICAgbGV0IHJ1bnMgPSAwO1xuICAgIGxldCBmaW5pc2ghOiAodjogc3RyaW5nKSA9PiB2b2lkO1xuICAgIGNvbnN0IGxlYWRlciA9IGZsaWdodHMubGVhZCgnaycsICgpID0+IHtcbiAgICAgIHJ1bnMrKztcbiAgICAgIHJldHVybiBuZXcgUHJvbWlzZTxzdHJpbmc+KChyKSA9PiAoZmluaXNoID0gcikpO1xuICAgIH0pO1xuICAgIGNvbnN0IGZvbGxvd2VyID0gZmxpZ2h0cy5nZXQoJ2snKTtcbiAgICBhc3NlcnQub2soZm9sbG93ZXIpO1xuICAgIGZpbmlzaCgnZG9uZScpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoYXdhaXQgUHJvbWlzZS5hbGwoW2xlYWRlciwgZm9sbG93ZXJdKSwgWydkb25lJywgJ2RvbmUnXSk7XG4gICAgYXNzZXJ0LmVxdWFsKHJ1bnMsIDEpO1xuICAgIGFzc2VydC5lcXVhbChmbGlnaHRzLmdldCgnaycpLCB1bmRlZmluZWQpO1xuICB9KTtcbn0pO1xuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQSxhQUF3QjtBQUN4QixzQkFBd0U7QUFDeEUscUJBQXVCO0FBQ3ZCLHVCQUFxQjtBQUVyQix1QkFBNEM7QUFDNUMsMkJBQTJFO0FBQzNFLDBCQUE2QjtBQUM3Qix1QkFBMEI7QUFFMUIsTUFBTSxTQUFpQjtBQUFBLEVBQ3JCLFFBQVE7QUFBQSxFQUFDO0FBQUEsRUFDVCxRQUFRO0FBQUEsRUFBQztBQUFBLEVBQ1QsT0FBTztBQUFBLEVBQUM7QUFBQSxFQUNSLE9BQU87QUFBQSxFQUFDO0FBQUEsRUFDUixRQUFRO0FBQUEsRUFBQztBQUFBLEVBQ1QsT0FBTyxNQUFNO0FBQ2Y7QUFFQSxNQUFNLFFBQVEsQ0FBQyxVQUErQjtBQUFBLEVBQzVDO0FBQUEsRUFDQSxjQUFjO0FBQUEsRUFDZCxXQUFXO0FBQUEsRUFDWCxPQUFPO0FBQUEsRUFDUCxPQUFPLEVBQUUsY0FBYyxHQUFHLGNBQWMsR0FBRyxnQkFBZ0IsR0FBRyxhQUFhLEVBQUU7QUFDL0U7QUFFQSxNQUFNLFNBQVMsQ0FBQyxPQUE2QixDQUFDLE9BQW9CO0FBQUEsRUFDaEUsU0FBUztBQUFBLEVBQ1QsT0FBTztBQUFBLEVBQ1AsWUFBWTtBQUFBLEVBQ1osVUFBVSxPQUFPO0FBQUEsRUFDakIsU0FBUztBQUFBLEVBQ1QsR0FBRztBQUNMO0FBR0EsTUFBTSxNQUFNLENBQUMsVUFBdUIsK0JBQVMsRUFBRSxPQUFPLEtBQUssVUFBVSxPQUFPLENBQUMsR0FBRyxrQkFBa0IsQ0FBQyxFQUFFLENBQUM7QUFFdEcsU0FBUyxjQUFjLE1BQU07QUFDM0IsS0FBRyx5RkFBeUYsTUFBTTtBQUNoRyxVQUFNLE9BQU8sRUFBRSxPQUFPLEtBQUssbUJBQW1CLEtBQUssVUFBVSxLQUFLLGtCQUFrQixFQUFFLGFBQWEsS0FBSyxpQkFBaUIsR0FBRyxFQUFFO0FBQzlILFdBQU8sVUFBTSwrQkFBUyxJQUFJLE9BQUcsK0JBQVMsRUFBRSxHQUFHLE1BQU0sa0JBQWtCLEVBQUUsaUJBQWlCLElBQUksYUFBYSxJQUFJLEVBQUUsQ0FBQyxDQUFDO0FBQy9HLFdBQU8sYUFBUywrQkFBUyxJQUFJLE9BQUcsK0JBQVMsRUFBRSxHQUFHLE1BQU0sT0FBTyxJQUFJLENBQUMsQ0FBQztBQUNqRSxXQUFPLGFBQVMsK0JBQVMsSUFBSSxPQUFHLCtCQUFTLEVBQUUsR0FBRyxNQUFNLG1CQUFtQixJQUFJLENBQUMsQ0FBQztBQUM3RSxXQUFPLGFBQVMsK0JBQVMsSUFBSSxPQUFHLCtCQUFTLEVBQUUsR0FBRyxNQUFNLFVBQVUsSUFBSSxDQUFDLENBQUM7QUFDcEUsV0FBTyxhQUFTLCtCQUFTLElBQUksT0FBRywrQkFBUyxFQUFFLEdBQUcsTUFBTSxrQkFBa0IsRUFBRSxhQUFhLEtBQUssaUJBQWlCLEdBQUcsRUFBRSxDQUFDLENBQUM7QUFDbEgsV0FBTyxVQUFNLCtCQUFTLElBQUksR0FBRyxnQkFBZ0I7QUFDN0MsV0FBTyxVQUFNLHNDQUFnQixFQUFFLEdBQUcsR0FBRyxHQUFHLENBQUMsR0FBRyxFQUFFLEdBQUcsR0FBRyxHQUFHLE9BQVUsQ0FBQyxFQUFFLENBQUMsR0FBRyx5QkFBeUI7QUFBQSxFQUNuRyxDQUFDO0FBQ0gsQ0FBQztBQUVELFNBQVMsMEJBQTBCLE1BQU07QUFDdkMsTUFBSTtBQUVKLGFBQVcsTUFBTTtBQUNmLFlBQVEsSUFBSSwyQkFBVTtBQUFBLEVBQ3hCLENBQUM7QUFFRCxLQUFHLHNEQUFzRCxZQUFZO0FBQ25FLFVBQU0sUUFBUSxJQUFJLG1DQUFjLE9BQU8sRUFBRSxPQUFPLElBQU8sQ0FBQyxHQUFHLE9BQU8sTUFBTTtBQUN4RSxVQUFNLElBQUksSUFBSSxDQUFDLEdBQUcsTUFBTSxLQUFLLENBQUM7QUFDOUIsVUFBTSxNQUFNLFFBQVEsSUFBSztBQUN6QixXQUFPLE9BQU8sTUFBTSxNQUFNLElBQUksSUFBSSxDQUFDLENBQUMsSUFBSSxNQUFNLEtBQUs7QUFDbkQsVUFBTSxNQUFNLFFBQVEsQ0FBQztBQUNyQixXQUFPLE1BQU0sTUFBTSxNQUFNLElBQUksSUFBSSxDQUFDLENBQUMsR0FBRyxNQUFTO0FBQUEsRUFDakQsQ0FBQztBQUVELEtBQUcsMkVBQTJFLFlBQVk7QUFDeEYsVUFBTSxRQUFRLElBQUksbUNBQWMsT0FBTyxFQUFFLFVBQVUsSUFBSSxDQUFDLEdBQUcsT0FBTyxNQUFNO0FBQ3hFLFVBQU0sT0FBTyxJQUFJLE9BQU8sR0FBRztBQUMzQixhQUFTLElBQUksR0FBRyxJQUFJLElBQUksSUFBSyxPQUFNLElBQUksSUFBSSxDQUFDLEdBQUcsTUFBTSxHQUFHLENBQUMsR0FBRyxJQUFJLEVBQUUsQ0FBQztBQUNuRSxVQUFNLFFBQVEsTUFBTSxXQUFXO0FBQy9CLFdBQU8sR0FBRyxNQUFNLFNBQVMsS0FBSyxTQUFTLE1BQU0sS0FBSyxFQUFFO0FBQ3BELFdBQU8sR0FBRyxNQUFNLFdBQVcsS0FBSyxNQUFNLFVBQVUsRUFBRTtBQUNsRCxXQUFPLE1BQU0sTUFBTSxNQUFNLElBQUksSUFBSSxDQUFDLENBQUMsR0FBRyxRQUFXLHVCQUF1QjtBQUN4RSxXQUFPLEdBQUcsTUFBTSxNQUFNLElBQUksSUFBSSxDQUFDLENBQUMsQ0FBQztBQUFBLEVBQ25DLENBQUM7QUFFRCxLQUFHLDRCQUE0QixNQUFNO0FBQ25DLFVBQU0sUUFBUSxJQUFJLG1DQUFjLE9BQU8sRUFBRSxZQUFZLEVBQUUsQ0FBQyxHQUFHLE9BQU8sTUFBTTtBQUN4RSxhQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsSUFBSyxPQUFNLElBQUksSUFBSSxDQUFDLEdBQUcsTUFBTSxPQUFPLENBQUMsQ0FBQyxDQUFDO0FBQzlELFdBQU8sTUFBTSxNQUFNLFdBQVcsRUFBRSxTQUFTLENBQUM7QUFBQSxFQUM1QyxDQUFDO0FBRUQsS0FBRyxxREFBcUQsWUFBWTtBQUNsRSxlQUFXLEtBQUssQ0FBQyxPQUFPLEVBQUUsU0FBUyxNQUFNLENBQUMsR0FBRyxPQUFPLEVBQUUsT0FBTyxFQUFFLENBQUMsQ0FBQyxHQUFHO0FBQ2xFLFlBQU0sUUFBUSxJQUFJLG1DQUFjLEdBQUcsT0FBTyxNQUFNO0FBQ2hELFlBQU0sSUFBSSxJQUFJLENBQUMsR0FBRyxNQUFNLEtBQUssQ0FBQztBQUM5QixhQUFPLE1BQU0sTUFBTSxTQUFTLEtBQUs7QUFDakMsYUFBTyxNQUFNLE1BQU0sTUFBTSxJQUFJLElBQUksQ0FBQyxDQUFDLEdBQUcsTUFBUztBQUFBLElBQ2pEO0FBQUEsRUFDRixDQUFDO0FBRUQsS0FBRyxvRUFBb0UsWUFBWTtBQUNqRixVQUFNLFFBQVEsSUFBSSxtQ0FBYyxPQUFPLEVBQUUsT0FBTyxJQUFPLENBQUMsR0FBRyxPQUFPLE1BQU07QUFDeEUsVUFBTSxJQUFJLElBQUksQ0FBQyxHQUFHLE1BQU0sS0FBSyxDQUFDO0FBQzlCLFVBQU0sTUFBTSxRQUFRLEdBQU07QUFDMUIsVUFBTSxZQUFZLE9BQU8sRUFBRSxPQUFPLEtBQVEsWUFBWSxHQUFHLENBQUMsQ0FBQztBQUMzRCxXQUFPLE9BQU8sTUFBTSxNQUFNLElBQUksSUFBSSxDQUFDLENBQUMsSUFBSSxNQUFNLEtBQUs7QUFDbkQsVUFBTSxNQUFNLFFBQVEsS0FBTTtBQUMxQixXQUFPLE1BQU0sTUFBTSxNQUFNLElBQUksSUFBSSxDQUFDLENBQUMsR0FBRyxNQUFTO0FBQUEsRUFDakQsQ0FBQztBQUNILENBQUM7QUFFRCxTQUFTLGFBQWEsTUFBTTtBQUMxQixNQUFJO0FBQ0osTUFBSTtBQUVKLGFBQVcsWUFBWTtBQUNyQixVQUFNLFVBQU0sNkJBQVEsMkJBQUssdUJBQU8sR0FBRyxlQUFlLENBQUM7QUFDbkQsWUFBUSxJQUFJLDJCQUFVO0FBQUEsRUFDeEIsQ0FBQztBQUVELFlBQVUsWUFBWTtBQUNwQixjQUFNLG9CQUFHLEtBQUssRUFBRSxXQUFXLE1BQU0sT0FBTyxLQUFLLENBQUM7QUFBQSxFQUNoRCxDQUFDO0FBRUQsS0FBRyxvRUFBb0UsWUFBWTtBQUNqRixVQUFNLE9BQU8sSUFBSSwyQkFBVSxLQUFLLEVBQUUsVUFBVSxLQUFLLE9BQU8sSUFBTyxHQUFHLEtBQUs7QUFDdkUsVUFBTSxRQUFRLElBQUksQ0FBQyxHQUFHLEdBQUcsQ0FBQyxFQUFFLElBQUksQ0FBQyxNQUFNLEtBQUssSUFBSSxJQUFJLENBQUMsR0FBRyxFQUFFLE9BQU8sTUFBTSxJQUFJLENBQUMsRUFBRSxHQUFHLFdBQVcsTUFBTSxJQUFJLEVBQUUsQ0FBQyxDQUFDLENBQUM7QUFDM0csVUFBTSxTQUFTLFVBQU0seUJBQVEsR0FBRyxHQUFHLEtBQUs7QUFDeEMsV0FBTyxVQUFVLE9BQU8sQ0FBQyxHQUFHLEdBQUcsQ0FBQyxFQUFFLElBQUksQ0FBQyxNQUFNLEdBQUcsSUFBSSxDQUFDLENBQUMsT0FBTyxFQUFFLEtBQUssQ0FBQztBQUNyRSxXQUFPLE1BQU0sS0FBSyxTQUFTLENBQUM7QUFDNUIsVUFBTSxRQUFRLE1BQU0sUUFBUSxJQUFJLE1BQU0sSUFBSSxPQUFPLE9BQU8sVUFBTSwwQkFBSyx1QkFBSyxLQUFLLENBQUMsQ0FBQyxHQUFHLElBQUksQ0FBQztBQUN2RixXQUFPLE1BQU0sS0FBSyxPQUFPLE1BQU0sT0FBTyxDQUFDLEdBQUcsTUFBTSxJQUFJLEdBQUcsQ0FBQyxDQUFDO0FBQUEsRUFDM0QsQ0FBQztBQUVELEtBQUcsZ0ZBQWdGLFlBQVk7QUFDN0YsVUFBTSxRQUFRLElBQUksMkJBQVUsS0FBSyxFQUFFLFVBQVUsS0FBSyxPQUFPLElBQU8sR0FBRyxLQUFLO0FBQ3hFLFVBQU0sTUFBTSxJQUFJLElBQUksQ0FBQyxHQUFHLEVBQUUsT0FBTyxNQUFNLE1BQU0sR0FBRyxXQUFXLE1BQU0sSUFBSSxFQUFFLENBQUM7QUFDeEUsVUFBTSxTQUFTLElBQUksMkJBQVUsS0FBSyxFQUFFLFVBQVUsS0FBSyxPQUFPLElBQU8sR0FBRyxLQUFLO0FBQ3pFLFVBQU0sT0FBTyxVQUFVO0FBQ3ZCLFdBQU8sTUFBTSxPQUFPLFNBQVMsQ0FBQztBQUM5QixXQUFPLE9BQU8sTUFBTSxPQUFPLElBQUksSUFBSSxDQUFDLENBQUMsSUFBSSxNQUFNLE1BQU0sTUFBTTtBQUFBLEVBQzdELENBQUM7QUFFRCxLQUFHLDREQUE0RCxZQUFZO0FBQ3pFLFVBQU0sT0FBTyxJQUFJLDJCQUFVLEtBQUssRUFBRSxVQUFVLEtBQUssT0FBTyxJQUFPLEdBQUcsS0FBSztBQUN2RSxVQUFNLEtBQUssSUFBSSxJQUFJLENBQUMsR0FBRyxFQUFFLE9BQU8sTUFBTSxLQUFLLEdBQUcsV0FBVyxNQUFNLElBQUksRUFBRSxDQUFDO0FBQ3RFLFVBQU0sTUFBTSxRQUFRLEdBQU07QUFDMUIsV0FBTyxNQUFNLE1BQU0sS0FBSyxJQUFJLElBQUksQ0FBQyxDQUFDLEdBQUcsTUFBUztBQUM5QyxXQUFPLFVBQVUsVUFBTSx5QkFBUSxHQUFHLEdBQUcsQ0FBQyxDQUFDO0FBQ3ZDLFdBQU8sTUFBTSxLQUFLLFNBQVMsQ0FBQztBQUFBLEVBQzlCLENBQUM7QUFFRCxLQUFHLDZDQUE2QyxZQUFZO0FBQzFELGNBQU0sK0JBQVUsdUJBQUssS0FBSyxHQUFHLElBQUksQ0FBQyxDQUFDLE9BQU8sR0FBRyxxQkFBcUI7QUFDbEUsY0FBTSwrQkFBVSx1QkFBSyxLQUFLLEdBQUcsSUFBSSxDQUFDLENBQUMsT0FBTyxHQUFHLEtBQUssVUFBVSxFQUFFLEdBQUcsR0FBRyxXQUFXLEdBQUcsT0FBTyxFQUFFLE1BQU0sRUFBRSxFQUFFLENBQUMsQ0FBQztBQUN2RyxVQUFNLE9BQU8sSUFBSSwyQkFBVSxLQUFLLEVBQUUsVUFBVSxLQUFLLE9BQU8sSUFBTyxHQUFHLEtBQUs7QUFDdkUsVUFBTSxLQUFLLFVBQVU7QUFDckIsV0FBTyxNQUFNLE1BQU0sS0FBSyxJQUFJLElBQUksQ0FBQyxDQUFDLEdBQUcsTUFBUztBQUM5QyxXQUFPLE1BQU0sTUFBTSxLQUFLLElBQUksSUFBSSxDQUFDLENBQUMsR0FBRyxNQUFTO0FBQzlDLFdBQU8sTUFBTSxLQUFLLFNBQVMsQ0FBQztBQUM1QixXQUFPLE1BQU0sS0FBSyxTQUFTLENBQUM7QUFDNUIsV0FBTyxVQUFVLFVBQU0seUJBQVEsR0FBRyxHQUFHLENBQUMsQ0FBQztBQUFBLEVBQ3pDLENBQUM7QUFFRCxLQUFHLDhDQUE4QyxZQUFZO0FBQzNELGNBQU0sK0JBQVUsdUJBQUssS0FBSyxHQUFHLElBQUksQ0FBQyxDQUFDLGVBQWUsR0FBRyxNQUFNO0FBQzNELFVBQU0sT0FBTyxJQUFJLDJCQUFVLEtBQUssRUFBRSxVQUFVLEtBQUssT0FBTyxJQUFPLEdBQUcsS0FBSztBQUN2RSxVQUFNLEtBQUssVUFBVTtBQUNyQixXQUFPLFVBQVUsVUFBTSx5QkFBUSxHQUFHLEdBQUcsQ0FBQyxDQUFDO0FBQUEsRUFDekMsQ0FBQztBQUVELEtBQUcsb0RBQW9ELFlBQVk7QUFDakUsVUFBTSxPQUFPLElBQUksT0FBTyxHQUFHO0FBRTNCLFVBQU0sT0FBTyxJQUFJLDJCQUFVLEtBQUssRUFBRSxVQUFVLEtBQUssT0FBTyxJQUFPLEdBQUcsS0FBSztBQUN2RSxVQUFNLEtBQUssSUFBSSxJQUFJLEtBQUssR0FBRyxFQUFFLE9BQU8sTUFBTSxJQUFJLEdBQUcsV0FBVyxNQUFNLElBQUksRUFBRSxDQUFDO0FBQ3pFLFVBQU0sS0FBSyxJQUFJLElBQUksT0FBTyxHQUFHLEVBQUUsT0FBTyxNQUFNLElBQUksR0FBRyxXQUFXLE1BQU0sSUFBSSxFQUFFLENBQUM7QUFDM0UsY0FBTSw0QkFBTyx1QkFBSyxLQUFLLEdBQUcsSUFBSSxPQUFPLENBQUMsT0FBTyxHQUFHLElBQUksS0FBSyxLQUFNLEdBQUcsQ0FBQyxHQUFHLElBQUksS0FBSyxLQUFNLEdBQUcsQ0FBQyxDQUFDO0FBQzFGLFVBQU0sV0FBVyxLQUFLLFFBQVE7QUFFOUIsVUFBTSxPQUFPLElBQUksMkJBQVUsS0FBSyxFQUFFLFVBQVUsS0FBSyxNQUFNLFdBQVcsR0FBRyxHQUFHLE9BQU8sSUFBTyxHQUFHLEtBQUs7QUFDOUYsVUFBTSxLQUFLLElBQUksSUFBSSxLQUFLLEdBQUcsRUFBRSxPQUFPLE1BQU0sSUFBSSxHQUFHLFdBQVcsTUFBTSxJQUFJLEVBQUUsQ0FBQztBQUN6RSxVQUFNLFFBQVEsVUFBTSx5QkFBUSxHQUFHO0FBQy9CLFdBQU8sTUFBTSxNQUFNLFFBQVEsQ0FBQztBQUM1QixXQUFPLEdBQUcsQ0FBQyxNQUFNLFNBQVMsR0FBRyxJQUFJLE9BQU8sQ0FBQyxPQUFPLEdBQUcsd0JBQXdCO0FBQzNFLFdBQU8sR0FBRyxLQUFLLFNBQVMsS0FBSyxNQUFNLFdBQVcsR0FBRyxDQUFDO0FBQUEsRUFDcEQsQ0FBQztBQUVELEtBQUcsdUNBQXVDLFlBQVk7QUFDcEQsVUFBTSxPQUFPLElBQUksMkJBQVUsS0FBSyxFQUFFLFVBQVUsS0FBSyxPQUFPLElBQU8sR0FBRyxLQUFLO0FBQ3ZFLFVBQU0sS0FBSyxJQUFJLElBQUksQ0FBQyxHQUFHLEVBQUUsT0FBTyxNQUFNLE1BQU0sR0FBRyxXQUFXLE1BQU0sSUFBSSxFQUFFLENBQUM7QUFDdkUsVUFBTSxTQUFTLEtBQUssTUFBTSxVQUFNLDhCQUFTLHVCQUFLLEtBQUssR0FBRyxJQUFJLENBQUMsQ0FBQyxPQUFPLEdBQUcsTUFBTSxDQUFDO0FBQzdFLFdBQU8sVUFBVSxPQUFPLEtBQUssTUFBTSxFQUFFLEtBQUssR0FBRyxDQUFDLGFBQWEsU0FBUyxHQUFHLENBQUM7QUFBQSxFQUMxRSxDQUFDO0FBQ0gsQ0FBQztBQUVELFNBQVMsaUNBQWlDLE1BQU07QUFDOUMsTUFBSTtBQUVKLGFBQVcsWUFBWTtBQUNyQixVQUFNLFVBQU0sNkJBQVEsMkJBQUssdUJBQU8sR0FBRyxlQUFlLENBQUM7QUFBQSxFQUNyRCxDQUFDO0FBRUQsWUFBVSxZQUFZO0FBQ3BCLGNBQU0sb0JBQUcsS0FBSyxFQUFFLFdBQVcsTUFBTSxPQUFPLEtBQUssQ0FBQztBQUFBLEVBQ2hELENBQUM7QUFFRCxLQUFHLDREQUE0RCxZQUFZO0FBQ3pFLFVBQU0sUUFBUSxJQUFJLDJCQUFVO0FBQzVCLFVBQU0sUUFBUSxJQUFJLG1DQUFjLE9BQU8sRUFBRSxTQUFTLEtBQUssQ0FBQyxHQUFHLE9BQU8sUUFBUSxHQUFHO0FBQzdFLFVBQU0sSUFBSSxJQUFJLENBQUMsR0FBRyxNQUFNLFdBQVcsQ0FBQztBQUNwQyxVQUFNLE1BQU0sTUFBTTtBQUNsQixVQUFNLFNBQVMsSUFBSSxtQ0FBYyxPQUFPLEVBQUUsU0FBUyxLQUFLLENBQUMsR0FBRyxPQUFPLFFBQVEsR0FBRztBQUM5RSxVQUFNLE9BQU8sTUFBTTtBQUNuQixXQUFPLE1BQU0sT0FBTyxXQUFXLEVBQUUsU0FBUyxDQUFDO0FBQzNDLFdBQU8sTUFBTSxPQUFPLFdBQVcsRUFBRSxhQUFhLENBQUM7QUFDL0MsV0FBTyxPQUFPLE1BQU0sT0FBTyxJQUFJLElBQUksQ0FBQyxDQUFDLElBQUksTUFBTSxXQUFXO0FBQzFELFdBQU8sTUFBTSxPQUFPLFdBQVcsRUFBRSxTQUFTLEdBQUcsb0JBQW9CO0FBQUEsRUFDbkUsQ0FBQztBQUVELEtBQUcsNEJBQTRCLFlBQVk7QUFDekMsVUFBTSxRQUFRLElBQUksbUNBQWMsT0FBTyxFQUFFLFNBQVMsS0FBSyxDQUFDLEdBQUcsSUFBSSwyQkFBVSxHQUFHLFFBQVEsR0FBRztBQUN2RixVQUFNLElBQUksSUFBSSxDQUFDLEdBQUcsTUFBTSxHQUFHLENBQUM7QUFDNUIsVUFBTSxNQUFNLE1BQU07QUFDbEIsV0FBTyxVQUFVLE1BQU0sV0FBVyxHQUFHLEVBQUUsU0FBUyxHQUFHLE9BQU8sR0FBRyxhQUFhLEdBQUcsV0FBVyxHQUFHLGFBQWEsRUFBRSxDQUFDO0FBQzNHLFdBQU8sVUFBVSxVQUFNLHlCQUFRLEdBQUcsR0FBRyxDQUFDLENBQUM7QUFBQSxFQUN6QyxDQUFDO0FBQ0gsQ0FBQztBQUVELFNBQVMsZ0JBQWdCLE1BQU07QUFDN0IsS0FBRyxvRkFBb0YsWUFBWTtBQUNqRyxVQUFNLFVBQVUsSUFBSSxpQ0FBcUI7QUFDekMsUUFBSSxPQUFPO0FBQ1gsUUFBSTtBQUNKLFVBQU0sU0FBUyxRQUFRLEtBQUssS0FBSyxNQUFNO0FBQ3JDO0FBQ0EsYUFBTyxJQUFJLFFBQWdCLENBQUMsTUFBTyxTQUFTLENBQUU7QUFBQSxJQUNoRCxDQUFDO0FBQ0QsVUFBTSxXQUFXLFFBQVEsSUFBSSxHQUFHO0FBQ2hDLFdBQU8sR0FBRyxRQUFRO0FBQ2xCLFdBQU8sTUFBTTtBQUNiLFdBQU8sVUFBVSxNQUFNLFFBQVEsSUFBSSxDQUFDLFFBQVEsUUFBUSxDQUFDLEdBQUcsQ0FBQyxRQUFRLE1BQU0sQ0FBQztBQUN4RSxXQUFPLE1BQU0sTUFBTSxDQUFDO0FBQ3BCLFdBQU8sTUFBTSxRQUFRLElBQUksR0FBRyxHQUFHLE1BQVM7QUFBQSxFQUMxQyxDQUFDO0FBQ0gsQ0FBQzsiLAogICJuYW1lcyI6IFtdCn0K
