import * as assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { compileManuscript } from '../../../../src/core/workflow/compileManuscript';
import { StageInputError } from '../../../../src/core/workflow/failures';
import { computeStoryState } from '../../../../src/core/workflow/state/storyState';
import { readText } from './tempStory';
import { workflowHarness, type WorkflowHarness } from './workflowHarness';

describe('Compile Manuscript (no model call, no key)', function () {
  this.timeout(60_000);
  let h: WorkflowHarness;

  afterEach(async () => {
    await h?.cleanup();
  });

  it('assembles story.md from the chapters that exist, names the missing one, and sends nothing', async () => {
    h = await workflowHarness();
    await h.run({ target: 'draft' });
    await rm(join(h.storyDir, '04-draft', 'chapter-03.md'));
    const before = h.server.requests.length;
    const compiled = await compileManuscript({ fs: h.fs, storyDir: h.storyDir, settings: h.settings, logger: h.logger });
    assert.equal(h.server.requests.length, before, 'no request of any kind');
    assert.deepEqual(compiled.included, [1, 2]);
    assert.deepEqual(compiled.missing, [3]);
    const manuscript = await readText(h.fs, join(h.storyDir, 'story.md'));
    const chapters = (await computeStoryState(h.fs, h.storyDir)).chapters;
    assert.ok(manuscript.includes(chapters[0]!.title) && manuscript.includes(chapters[1]!.title));
    assert.ok(h.logger.lines.some((l) => /without chapter 3/.test(l)));
    // Not complete, so a run would still make chapter 3 and the manuscript again.
    const state = await computeStoryState(h.fs, h.storyDir);
    assert.equal(state.items.find((i) => i.id === 'manuscript')?.state, 'stale');
  });

  it('says what to do first when there is no outline or no draft, and writes nothing', async () => {
    h = await workflowHarness();
    await assert.rejects(
      compileManuscript({ fs: h.fs, storyDir: h.storyDir, settings: h.settings, logger: h.logger }),
      (e: unknown) => e instanceof StageInputError && /no chapters to compile yet/.test(e.message),
    );
    await h.run({ target: 'outline' });
    await assert.rejects(
      compileManuscript({ fs: h.fs, storyDir: h.storyDir, settings: h.settings, logger: h.logger }),
      (e: unknown) => e instanceof StageInputError && /no chapter has a draft yet/.test(e.message),
    );
    const state = await computeStoryState(h.fs, h.storyDir);
    assert.equal(state.items.find((i) => i.id === 'manuscript')?.state, 'pending');
  });
});
