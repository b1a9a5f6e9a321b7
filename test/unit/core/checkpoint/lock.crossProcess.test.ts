import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { acquireLock, readLock } from '../../../../src/core/checkpoint/lock';
import { makeTempDir, nodeFs } from '../workflow/tempStory';

/** Starts a contender process and resolves with its first line: `won` or `refused`. */
function contend(storyDir: string): { child: ChildProcess; verdict: Promise<string> } {
  const child = spawn(process.execPath, [join(__dirname, 'lockContender.js'), storyDir], { stdio: ['pipe', 'pipe', 'inherit'] });
  const verdict = new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(out.trim());
    });
    child.on('error', reject);
    // `close`, not `exit`: it comes after the child's output has all been read.
    child.on('close', () => resolve(out.trim() || 'exited'));
  });
  return { child, verdict };
}

describe('story lock across processes', function () {
  this.timeout(20_000);

  it('lets at most one of several processes starting together hold the lock', async () => {
    const { dir, cleanup } = await makeTempDir();
    const contenders = Array.from({ length: 6 }, () => contend(dir));
    try {
      const verdicts = await Promise.all(contenders.map((c) => c.verdict));
      const winners = verdicts.filter((v) => v === 'won').length;
      assert.deepEqual(
        verdicts.filter((v) => v !== 'won' && v !== 'refused'),
        [],
      );
      assert.ok(winners <= 1, `${winners} processes hold the lock at once`);
      console.log(`      ${winners} won, ${verdicts.length - winners} refused`);
      if (winners === 1) {
        const holder = await readLock(nodeFs, dir);
        assert.match(holder?.owner ?? '', /^contender \d+$/);
      }
    } finally {
      for (const c of contenders) c.child.stdin?.end();
      await Promise.all(contenders.map((c) => new Promise((resolve) => (c.child.exitCode !== null ? resolve(undefined) : c.child.on('close', resolve)))));
    }
    // Every winner released on exit: the lock is free again.
    const lock = await acquireLock(nodeFs, dir, { owner: 'test' });
    await lock.release();
    await cleanup();
  });
});
