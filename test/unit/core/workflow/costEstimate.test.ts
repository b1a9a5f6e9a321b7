// The dry run's plan is the runner's: only what needs making (and what that turns stale), each
// prompt whose documents exist counted with countTokens as the run would send it.
import * as assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { estimateRunCost } from '../../../../src/core/workflow/costEstimate';
import { smallBrief, workflowHarness, type WorkflowHarness } from './workflowHarness';

describe('the cost estimate of a run', function () {
  this.timeout(60_000);
  let h: WorkflowHarness;
  afterEach(async () => h?.cleanup());

  const estimate = () => estimateRunCost({ fs: h.fs, storyDir: h.storyDir, settings: h.settings, counter: h.service });
  const edit = async (file: string, change: (text: string) => string) => writeFile(join(h.storyDir, file), change(await readFile(join(h.storyDir, file), 'utf8')));

  it('a finished story: nothing to make, nothing to pay', async () => {
    h = await workflowHarness({}, smallBrief, { behaviour: 'obedient' });
    assert.equal((await h.run()).outcome, 'completed');
    const e = await estimate();
    assert.deepEqual(e.items, []);
    assert.equal(e.total.costUsd, 0);
  });

  it('an edited draft: only its revision, its prompt counted exactly as the run then sends it', async () => {
    h = await workflowHarness({ 'cache.enabled': false }, smallBrief, { behaviour: 'obedient' });
    await h.run();
    await edit('04-draft/chapter-02.md', (t) => `${t.trimEnd()}\n\nShe lit the lamp again, and waited for the ship.\n`);
    const e = await estimate();
    assert.deepEqual(
      e.items.map((i) => [i.id, i.basis]),
      [['revision:02', 'counted']],
    );
    const from = h.server.requests.length;
    const run = await h.run();
    assert.deepEqual(
      run.generated.filter((id) => id !== 'manuscript'),
      ['revision:02'],
    );
    const sent = h.server.requests.slice(from).filter((r) => r.usage)[0]!;
    // The estimate holds the main request and one extension of the same size; the main one is
    // the very prompt the run sent, counted with countTokens.
    assert.equal(e.items[0]!.inputTokens, 2 * sent.usage!.promptTokens);
  });

  it('an edited bible: the outline and every chapter are remade, the outline counted, the chapters stated', async () => {
    h = await workflowHarness({}, smallBrief, { behaviour: 'obedient' });
    await h.run();
    await edit('02-bible.md', (t) => `${t.trimEnd()}\n\nThe lighthouse has a second lamp nobody lights.\n`);
    const e = await estimate();
    assert.deepEqual(
      e.items.map((i) => `${i.id}:${i.basis}`),
      ['outline:counted', 'draft:01:stated', 'revision:01:stated', 'draft:02:stated', 'revision:02:stated', 'draft:03:stated', 'revision:03:stated'],
    );
    assert.deepEqual(
      e.stages.map((s) => s.stage),
      ['outline', 'draft', 'revision'],
    );
  });

  it('a target stage limits the plan as it limits the run', async () => {
    h = await workflowHarness({}, smallBrief, { behaviour: 'obedient' });
    const e = await estimateRunCost({ fs: h.fs, storyDir: h.storyDir, settings: h.settings, target: 'bible' });
    assert.deepEqual(
      e.items.map((i) => i.id),
      ['concept', 'bible'],
    );
    assert.match(e.notes.join(' '), /No API key/);
  });
});
