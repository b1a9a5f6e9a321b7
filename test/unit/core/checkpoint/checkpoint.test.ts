import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../../../../src/core/checkpoint/atomicWrite';
import { backupFile } from '../../../../src/core/checkpoint/backups';
import { classifyCheckpoint, readCheckpoint, renderCheckpoint, writeCheckpoint } from '../../../../src/core/checkpoint/checkpointFile';
import { acquireLock, readLock, StoryLockedError, type LockRecord } from '../../../../src/core/checkpoint/lock';
import type { CheckpointMeta } from '../../../../src/core/checkpoint/meta';
import { lockPath } from '../../../../src/core/checkpoint/storyPaths';
import { bodyHash } from '../../../../src/core/hash';
import type { Clock } from '../../../../src/core/ports';
import { failingFs, makeTempDir, nodeFs, readText, writeText } from '../workflow/tempStory';

const sampleMeta = (body: string): CheckpointMeta => ({
  stage: 'draft',
  chapter: 2,
  model: 'gemini-3.8-flash',
  promptHash: 'abc',
  inputs: { '02-bible.md': '1111', '03-outline.md#chapter-2': '2222' },
  bodyHash: bodyHash(body),
  usage: { promptTokens: 10, outputTokens: 20, thinkingTokens: 0 },
  durationMs: 1234,
  generatedAt: '2025-01-02T03:04:05.000Z',
  words: 3,
});

/** A pid that surely names no process: a child that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('checkpoint files', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
  afterEach(() => cleanup());

  describe('writeFileAtomic', () => {
    it('writes the file and leaves no temp file', async () => {
      const target = join(dir, 'sub', 'a.md');
      await writeFileAtomic(nodeFs, target, 'hello');
      await writeFileAtomic(nodeFs, target, 'hello again');
      assert.equal(await readText(nodeFs, target), 'hello again');
      assert.deepEqual(await readdir(join(dir, 'sub')), ['a.md']);
    });

    it('keeps the old target intact and cleans its temp when the write fails', async () => {
      const target = join(dir, 'a.md');
      await writeText(nodeFs, target, "the writer's text");
      const fs = failingFs(nodeFs, { writeFile: (p) => p !== target });
      await assert.rejects(writeFileAtomic(fs, target, 'new text that never lands'), /simulated write failure/);
      assert.equal(await readText(nodeFs, target), "the writer's text");
      assert.deepEqual(await readdir(dir), ['a.md']);
    });

    it('keeps the old target intact and cleans its temp when the rename fails', async () => {
      const target = join(dir, 'a.md');
      await writeText(nodeFs, target, 'old');
      const fs = failingFs(nodeFs, { rename: () => true });
      await assert.rejects(writeFileAtomic(fs, target, 'new'), /simulated rename failure/);
      assert.equal(await readText(nodeFs, target), 'old');
      assert.deepEqual(await readdir(dir), ['a.md']);
    });
  });

  describe('checkpoint front matter', () => {
    it('round-trips meta and body', async () => {
      const body = '# Chapter 2\n\nThree words here.\n';
      const path = join(dir, '04-draft', 'chapter-02.md');
      await writeCheckpoint(nodeFs, path, sampleMeta(body), body);
      const read = await readCheckpoint(nodeFs, path, '04-draft/chapter-02.md');
      assert.equal(read.kind, 'checkpoint');
      if (read.kind !== 'checkpoint') return;
      assert.deepEqual(read.meta, sampleMeta(body));
      assert.equal(bodyHash(read.body), read.meta.bodyHash);
    });

    it('reports missing, hand-written, truncated, binary and invalid metadata by kind, naming the file', async () => {
      assert.equal((await readCheckpoint(nodeFs, join(dir, 'nope.md'), 'nope.md')).kind, 'missing');
      const enc = new TextEncoder();
      assert.equal(classifyCheckpoint(enc.encode('# Just prose\n'), 'x.md').kind, 'hand-written');

      const whole = renderCheckpoint(sampleMeta('body'), 'body');
      const truncated = classifyCheckpoint(enc.encode(whole.slice(0, 60)), '04-draft/chapter-02.md');
      assert.equal(truncated.kind, 'broken');
      if (truncated.kind === 'broken') {
        assert.equal(truncated.error.problem, 'front-matter');
        assert.match(truncated.error.message, /^04-draft\/chapter-02\.md: /);
      }
      const binary = classifyCheckpoint(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe]), 'b.md');
      assert.equal(binary.kind === 'broken' && binary.error.problem, 'binary');
      const badMeta = classifyCheckpoint(enc.encode('---\nstage: draft\nwords: lots\n---\nbody\n'), 'c.md');
      assert.equal(badMeta.kind === 'broken' && badMeta.error.problem, 'metadata');
      assert.equal(badMeta.kind === 'broken' && badMeta.body, 'body\n');
    });
  });

  describe('backups', () => {
    it('copies the file under .story-writer/backups with a timestamp, never replacing an earlier backup', async () => {
      await writeText(nodeFs, join(dir, '04-draft', 'chapter-01.md'), 'edited by the writer');
      const clock: Clock = { now: () => Date.parse('2025-03-04T05:06:07.089Z'), sleep: async () => undefined };
      const first = await backupFile(nodeFs, dir, '04-draft/chapter-01.md', clock);
      const second = await backupFile(nodeFs, dir, '04-draft/chapter-01.md', clock);
      assert.equal(first, join(dir, '.story-writer', 'backups', '04-draft', 'chapter-01.20250304T050607089Z.md'));
      assert.notEqual(second, first);
      assert.equal(await readText(nodeFs, first!), 'edited by the writer');
      assert.equal(await backupFile(nodeFs, dir, '04-draft/missing.md', clock), undefined);
    });
  });

  describe('story lock', () => {
    const record = (pid: number, at = new Date().toISOString()): LockRecord => ({ pid, hostname: hostname(), startedAt: at, heartbeatAt: at, owner: 'other run', token: 'x' });

    it('refuses while a live process holds it, naming the holder', async () => {
      await writeText(nodeFs, lockPath(dir), JSON.stringify(record(process.pid)));
      await assert.rejects(acquireLock(nodeFs, dir, { owner: 'test' }), (e: unknown) => {
        assert.ok(e instanceof StoryLockedError);
        assert.equal(e.holder?.owner, 'other run');
        assert.match(e.message, /other run, pid \d+/);
        return true;
      });
    });

    it('takes over a lock left by a dead process, and one whose heartbeat is stale', async () => {
      await writeText(nodeFs, lockPath(dir), JSON.stringify(record(deadPid())));
      const lock = await acquireLock(nodeFs, dir, { owner: 'test' });
      assert.equal(lock.tookOverFrom?.owner, 'other run');
      assert.equal((await readLock(nodeFs, dir))?.token, lock.record.token);
      await lock.release();

      await writeText(nodeFs, lockPath(dir), JSON.stringify(record(process.pid, '2000-01-01T00:00:00.000Z')));
      const again = await acquireLock(nodeFs, dir, { owner: 'test' });
      assert.ok(again.tookOverFrom);
      await again.release();
    });

    it('refuses a second acquisition while held, and is free again after release', async () => {
      const first = await acquireLock(nodeFs, dir, { owner: 'first' });
      await assert.rejects(acquireLock(nodeFs, dir, { owner: 'second' }), StoryLockedError);
      await first.release();
      await first.release();
      assert.equal(await readLock(nodeFs, dir), undefined);
      const second = await acquireLock(nodeFs, dir, { owner: 'second' });
      await second.release();
    });

    it('lets exactly one of many simultaneous acquisitions win', async () => {
      const attempts = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => acquireLock(nodeFs, dir, { owner: `run ${i}` })));
      const winners = attempts.filter((a) => a.status === 'fulfilled');
      assert.ok(winners.length <= 1, `${winners.length} winners`);
      for (const a of attempts) if (a.status === 'rejected') assert.ok(a.reason instanceof StoryLockedError);
      for (const w of winners) await (w as PromiseFulfilledResult<Awaited<ReturnType<typeof acquireLock>>>).value.release();
      // The claims folder holds no debris afterwards.
      assert.deepEqual(await readdir(`${lockPath(dir)}.claims`), []);
    });
  });
});
