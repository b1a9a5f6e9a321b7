import * as assert from 'node:assert/strict';
import { acquireLock } from '../../../../src/core/checkpoint/lock';
import { isLockFile, runStatePath } from '../../../../src/core/checkpoint/storyPaths';
import type { FileSystem } from '../../../../src/core/ports';
import { makeTempDir, nodeFs } from '../workflow/tempStory';

/** Every path a FileSystem call changes, in order. */
function recordingFs(inner: FileSystem, changed: string[]): FileSystem {
  return {
    readFile: (p) => inner.readFile(p),
    stat: (p) => inner.stat(p),
    readDirectory: (p) => inner.readDirectory(p),
    writeFile: (p, d) => (changed.push(p), inner.writeFile(p, d)),
    rename: (f, t) => (changed.push(f, t), inner.rename(f, t)),
    delete: (p, o) => (changed.push(p), inner.delete(p, o)),
    createDirectory: (p) => (changed.push(p), inner.createDirectory(p)),
  };
}

describe('isLockFile', () => {
  it('covers every file the lock writes, renames or deletes while taken, held and released', async () => {
    const { dir, cleanup } = await makeTempDir();
    try {
      const changed: string[] = [];
      const lock = await acquireLock(recordingFs(nodeFs, changed), dir, { owner: 'test', heartbeatMs: 60_000 });
      await lock.release();
      assert.ok(changed.length >= 4, `the lock changed only ${changed.join(', ')}`);
      assert.deepEqual(
        changed.filter((p) => !isLockFile(p)),
        [],
      );
    } finally {
      await cleanup();
    }
  });

  it("is false for the writer's files and the run's other bookkeeping", () => {
    for (const p of [
      '/s/brief.md',
      '/s/01-concept.md',
      '/s/.01-concept.md.tmp-12-abc',
      '/s/04-draft/chapter-01.md',
      runStatePath('/s'),
      '/s/.story-writer/backups/lock',
      '/s/lock',
      '/s/lock.claims/1-2-x',
    ])
      assert.equal(isLockFile(p), false, p);
  });
});
