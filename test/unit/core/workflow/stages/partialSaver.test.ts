import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { readCheckpoint } from '../../../../../src/core/checkpoint/checkpointFile';
import type { Clock } from '../../../../../src/core/ports';
import { PartialSaver } from '../../../../../src/core/workflow/stages/partialSaver';
import { makeTempDir, nodeFs } from '../tempStory';

describe('partial saver', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
  afterEach(() => cleanup());

  const frozen: Clock = { now: () => 1_000_000, sleep: async () => undefined };
  const file = '04-draft/chapter-01.partial.md';
  const bodyOnDisk = async () => {
    const read = await readCheckpoint(nodeFs, join(dir, file), file);
    return read.kind === 'checkpoint' ? { body: read.body.trim(), status: read.meta.status, words: read.meta.words } : read.kind;
  };

  it('saves at once, then at most once per interval, on flush at once; a restart may shorten it; remove deletes it', async () => {
    const saver = new PartialSaver(
      { fs: nodeFs, storyDir: dir, file, clock: frozen },
      { stage: 'draft', chapter: 1, model: 'm', promptHash: 'p', inputs: { 'x.md': 'h' } },
      { intervalMs: 3_600_000 },
    );
    saver.update('The keeper');
    await saver.flush();
    assert.deepEqual(await bodyOnDisk(), { body: 'The keeper', status: 'partial', words: 2 });

    saver.update('The keeper climbed the stair');
    assert.deepEqual(await bodyOnDisk(), { body: 'The keeper', status: 'partial', words: 2 }, 'throttled: not yet written');
    await saver.flush();
    assert.equal(((await bodyOnDisk()) as { body: string }).body, 'The keeper climbed the stair');

    saver.update('The');
    await saver.flush();
    assert.equal(((await bodyOnDisk()) as { body: string }).body, 'The', 'a restarted stream replaces, never appends');

    await saver.remove();
    assert.equal(await bodyOnDisk(), 'missing');
    saver.update('late text');
    await saver.flush();
    assert.equal(await bodyOnDisk(), 'missing', 'nothing is written after remove');
  });

  it("writes nothing for empty text and keeps a continued partial's text as its start", async () => {
    const saver = new PartialSaver(
      { fs: nodeFs, storyDir: dir, file, clock: frozen },
      { stage: 'draft', chapter: 1, model: 'm', promptHash: 'p', inputs: {} },
      { initial: 'Saved before.' },
    );
    saver.update('   ');
    await saver.flush();
    assert.equal(await bodyOnDisk(), 'missing');
    assert.equal(saver.savedText, 'Saved before.');
    await saver.close();
  });
});
