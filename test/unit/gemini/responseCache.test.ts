import * as assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '../../../src/core/ports';
import { DiskCache, type CachedReply } from '../../../src/gemini/diskCache';
import { cacheKey, ResponseCache, stableStringify, type CacheConfig } from '../../../src/gemini/responseCache';
import { SingleFlight } from '../../../src/gemini/singleFlight';
import { FakeClock } from './fakeClock';

const silent: Logger = {
  trace() {},
  debug() {},
  info() {},
  warn() {},
  error() {},
  child: () => silent,
};

const reply = (text: string): CachedReply => ({
  text,
  finishReason: 'STOP',
  truncated: false,
  model: 'gemini-3.8-flash',
  usage: { promptTokens: 1, outputTokens: 2, thinkingTokens: 0, totalTokens: 3 },
});

const config = (over: Partial<CacheConfig> = {}): CacheConfig => ({
  enabled: true,
  ttlMs: 60_000,
  maxEntries: 100,
  maxBytes: 1024 * 1024,
  persist: false,
  ...over,
});

/** A key as the service makes them: a sha256 hex. */
const key = (n: number | string) => cacheKey({ model: 'm', contents: String(n), generationConfig: {} });

describe('cache keys', () => {
  it('depend on model, system instruction, contents and generation config, not on key order', () => {
    const base = { model: 'm', systemInstruction: 's', contents: 'c', generationConfig: { temperature: 0.7, maxOutputTokens: 10 } };
    assert.equal(cacheKey(base), cacheKey({ ...base, generationConfig: { maxOutputTokens: 10, temperature: 0.7 } }));
    assert.notEqual(cacheKey(base), cacheKey({ ...base, model: 'n' }));
    assert.notEqual(cacheKey(base), cacheKey({ ...base, systemInstruction: 't' }));
    assert.notEqual(cacheKey(base), cacheKey({ ...base, contents: 'd' }));
    assert.notEqual(cacheKey(base), cacheKey({ ...base, generationConfig: { temperature: 0.8, maxOutputTokens: 10 } }));
    assert.match(cacheKey(base), /^[0-9a-f]{64}$/);
    assert.equal(stableStringify({ b: 1, a: [1, { d: 2, c: undefined }] }), '{"a":[1,{"d":2}],"b":1}');
  });
});

describe('ResponseCache (memory)', () => {
  let clock: FakeClock;

  beforeEach(() => {
    clock = new FakeClock();
  });

  it('expires entries after the TTL on the service clock', async () => {
    const cache = new ResponseCache(config({ ttlMs: 10_000 }), clock, silent);
    cache.set(key(1), reply('one'));
    await clock.advance(9_999);
    assert.equal((await cache.get(key(1)))?.text, 'one');
    await clock.advance(2);
    assert.equal(await cache.get(key(1)), undefined);
  });

  it('keeps the byte total under maxBytes by evicting the least recently used', async () => {
    const cache = new ResponseCache(config({ maxBytes: 600 }), clock, silent);
    const text = 'x'.repeat(100);
    for (let i = 0; i < 10; i++) cache.set(key(i), reply(`${i}${text}`));
    const stats = cache.statistics();
    assert.ok(stats.bytes <= 600, `bytes ${stats.bytes}`);
    assert.ok(stats.entries >= 2 && stats.entries < 10);
    assert.equal(await cache.get(key(0)), undefined, 'the oldest went first');
    assert.ok(await cache.get(key(9)));
  });

  it('keeps at most maxEntries', () => {
    const cache = new ResponseCache(config({ maxEntries: 3 }), clock, silent);
    for (let i = 0; i < 5; i++) cache.set(key(i), reply(String(i)));
    assert.equal(cache.statistics().entries, 3);
  });

  it('stores nothing when disabled or when the TTL is 0', async () => {
    for (const c of [config({ enabled: false }), config({ ttlMs: 0 })]) {
      const cache = new ResponseCache(c, clock, silent);
      cache.set(key(1), reply('one'));
      assert.equal(cache.enabled, false);
      assert.equal(await cache.get(key(1)), undefined);
    }
  });

  it('keeps fresh entries across a reconfigure and applies the new TTL', async () => {
    const cache = new ResponseCache(config({ ttlMs: 60_000 }), clock, silent);
    cache.set(key(1), reply('one'));
    await clock.advance(20_000);
    cache.reconfigure(config({ ttlMs: 30_000, maxEntries: 10 }));
    assert.equal((await cache.get(key(1)))?.text, 'one');
    await clock.advance(10_001);
    assert.equal(await cache.get(key(1)), undefined);
  });
});

describe('DiskCache', () => {
  let dir: string;
  let clock: FakeClock;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gemini-cache-'));
    clock = new FakeClock();
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes one file per entry atomically, leaving no temporary files', async () => {
    const disk = new DiskCache(dir, { maxBytes: 1e6, ttlMs: 60_000 }, clock);
    await Promise.all([1, 2, 3].map((n) => disk.set(key(n), { reply: reply(`r${n}`), createdAt: clock.now() })));
    const names = (await readdir(dir)).sort();
    assert.deepEqual(names, [1, 2, 3].map((n) => `${key(n)}.json`).sort());
    assert.equal(disk.entries, 3);
    const sizes = await Promise.all(names.map(async (n) => (await stat(join(dir, n))).size));
    assert.equal(
      disk.bytes,
      sizes.reduce((a, b) => a + b, 0),
    );
  });

  it('survives a restart: a new instance indexes and reads what the last one wrote', async () => {
    const first = new DiskCache(dir, { maxBytes: 1e6, ttlMs: 60_000 }, clock);
    await first.set(key(1), { reply: reply('kept'), createdAt: clock.now() });
    const second = new DiskCache(dir, { maxBytes: 1e6, ttlMs: 60_000 }, clock);
    await second.whenReady();
    assert.equal(second.entries, 1);
    assert.equal((await second.get(key(1)))?.reply.text, 'kept');
  });

  it('honours the TTL when loading, and removes the stale file', async () => {
    const disk = new DiskCache(dir, { maxBytes: 1e6, ttlMs: 10_000 }, clock);
    await disk.set(key(1), { reply: reply('old'), createdAt: clock.now() });
    await clock.advance(10_000);
    assert.equal(await disk.get(key(1)), undefined);
    assert.deepEqual(await readdir(dir), []);
    assert.equal(disk.entries, 0);
  });

  it('skips, counts and removes corrupt entries', async () => {
    await writeFile(join(dir, `${key(1)}.json`), '{"v":1,"createdAt":');
    await writeFile(join(dir, `${key(2)}.json`), JSON.stringify({ v: 1, createdAt: 1, reply: { text: 5 } }));
    const disk = new DiskCache(dir, { maxBytes: 1e6, ttlMs: 60_000 }, clock);
    await disk.whenReady();
    assert.equal(await disk.get(key(1)), undefined);
    assert.equal(await disk.get(key(2)), undefined);
    assert.equal(disk.corrupt, 2);
    assert.equal(disk.entries, 0);
    assert.deepEqual(await readdir(dir), []);
  });

  it('sweeps temporary files a crash left behind', async () => {
    await writeFile(join(dir, `${key(1)}.123.abcd.tmp`), 'half');
    const disk = new DiskCache(dir, { maxBytes: 1e6, ttlMs: 60_000 }, clock);
    await disk.whenReady();
    assert.deepEqual(await readdir(dir), []);
  });

  it('caps the total size by evicting the oldest files', async () => {
    const text = 'y'.repeat(400);
    // Existing files: ages come from their modification times.
    const seed = new DiskCache(dir, { maxBytes: 1e6, ttlMs: 60_000 }, clock);
    await seed.set(key('old'), { reply: reply(text), createdAt: clock.now() });
    await seed.set(key('older'), { reply: reply(text), createdAt: clock.now() });
    await utimes(join(dir, `${key('older')}.json`), new Date(2000, 0, 1), new Date(2000, 0, 1));
    const oneEntry = seed.bytes / 2;

    const disk = new DiskCache(dir, { maxBytes: Math.floor(oneEntry * 2.5), ttlMs: 60_000 }, clock);
    await disk.set(key('new'), { reply: reply(text), createdAt: clock.now() });
    const names = await readdir(dir);
    assert.equal(names.length, 2);
    assert.ok(!names.includes(`${key('older')}.json`), 'the oldest was evicted');
    assert.ok(disk.bytes <= Math.floor(oneEntry * 2.5));
  });

  it('never writes anything but the reply', async () => {
    const disk = new DiskCache(dir, { maxBytes: 1e6, ttlMs: 60_000 }, clock);
    await disk.set(key(1), { reply: reply('text'), createdAt: clock.now() });
    const stored = JSON.parse(await readFile(join(dir, `${key(1)}.json`), 'utf8')) as Record<string, unknown>;
    assert.deepEqual(Object.keys(stored).sort(), ['createdAt', 'reply', 'v']);
  });
});

describe('ResponseCache (memory + disk)', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gemini-cache-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('serves from disk after a restart, and reports both tiers', async () => {
    const clock = new FakeClock();
    const first = new ResponseCache(config({ persist: true }), clock, silent, dir);
    first.set(key(1), reply('persisted'));
    await first.flush();
    const second = new ResponseCache(config({ persist: true }), clock, silent, dir);
    await second.flush();
    assert.equal(second.statistics().entries, 0);
    assert.equal(second.statistics().diskEntries, 1);
    assert.equal((await second.get(key(1)))?.text, 'persisted');
    assert.equal(second.statistics().entries, 1, 'promoted to memory');
  });

  it('clear empties both tiers', async () => {
    const cache = new ResponseCache(config({ persist: true }), new FakeClock(), silent, dir);
    cache.set(key(1), reply('x'));
    await cache.clear();
    assert.deepEqual(cache.statistics(), { entries: 0, bytes: 0, diskEntries: 0, diskBytes: 0, diskCorrupt: 0 });
    assert.deepEqual(await readdir(dir), []);
  });
});

describe('ResponseCache shared by two windows', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gemini-cache-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('Clear Cache removes entries another window wrote after this one started, and never serves them', async () => {
    const clock = new FakeClock();
    const mine = new ResponseCache(config({ persist: true }), clock, silent, dir);
    await mine.flush();
    const other = new ResponseCache(config({ persist: true }), clock, silent, dir);
    other.set(key('theirs'), reply('written by the other window'));
    await other.flush();
    await mine.clear();
    assert.deepEqual(await readdir(dir), [], 'the other window’s file is gone');
    assert.equal(await mine.get(key('theirs')), undefined);
  });
});

describe('SingleFlight', () => {
  it('shares one piece of work among identical concurrent callers and forgets it after', async () => {
    const flights = new SingleFlight<string>();
    let runs = 0;
    let finish!: (v: string) => void;
    const leader = flights.lead('k', () => {
      runs++;
      return new Promise<string>((r) => (finish = r));
    });
    const follower = flights.get('k');
    assert.ok(follower);
    finish('done');
    assert.deepEqual(await Promise.all([leader, follower]), ['done', 'done']);
    assert.equal(runs, 1);
    assert.equal(flights.get('k'), undefined);
  });
});
