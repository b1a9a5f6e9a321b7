// Issue #15 item 3: a run under a budget stops before a request that could go over it, keeps
// what it wrote, says what it spent and what is left; the server's own accounting never shows
// more spent than the budget.
import * as assert from 'node:assert/strict';
import { computeStoryState } from '../../../../src/core/workflow/state/storyState';
import { serverCostUsd } from '../../../support/serverCost';
import { smallBrief, workflowHarness, type WorkflowHarness } from './workflowHarness';

describe('a run under a budget', function () {
  this.timeout(60_000);
  let h: WorkflowHarness;
  afterEach(async () => h?.cleanup());

  const brief = { ...smallBrief, targetWords: 6_000, chapters: 6 };

  for (const budget of [0.03, 0.05, 0.07]) {
    it(`stops at $${budget} without spending more, keeps every file it wrote, and the next run goes on`, async () => {
      h = await workflowHarness({ 'budget.maxUsdPerRun': budget, 'cache.enabled': false }, brief, { behaviour: 'obedient' });
      const run = await h.run();
      const billed = serverCostUsd(h.server.requests);
      assert.ok(billed <= budget, `the server billed $${billed} against a $${budget} budget`);
      assert.equal(run.outcome, 'stopped');
      assert.equal(run.fatal?.kind, 'budget');
      assert.ok(run.budget?.reached);
      assert.ok(run.generated.length > 0, 'the budget covered part of the run');
      assert.ok(Math.abs(run.costUsd - billed) < 1e-9, `the run reports $${run.costUsd}, the server billed $${billed}`);
      assert.equal(run.budget?.spentUsd, run.costUsd);
      const state = await computeStoryState(h.fs, h.storyDir);
      const done = state.items.filter((i) => i.state === 'done').map((i) => i.id);
      for (const id of run.generated) assert.ok(done.includes(id) || id === 'manuscript', `${id} is kept`);
      assert.deepEqual(
        [...run.budget!.left].sort(),
        state.items
          .filter((i) => i.state !== 'done')
          .map((i) => i.id)
          .sort(),
      );
      assert.ok(!state.items.some((i) => i.state === 'failed'), 'nothing is marked failed: it was not attempted');

      // Without the budget, the next run makes only what is left.
      await h.restartService();
      const rest = await h.run({ settings: { ...h.settings, 'budget.maxUsdPerRun': 0 } });
      assert.equal(rest.outcome, 'completed', JSON.stringify(rest.failures));
      assert.ok(!rest.generated.some((id) => run.generated.includes(id) && id !== 'manuscript'), 'nothing written under the budget is paid for again');
    });
  }

  it('a budget large enough changes nothing: the run completes and reports what it spent', async () => {
    h = await workflowHarness({ 'budget.maxUsdPerRun': 5, 'cache.enabled': false }, smallBrief, { behaviour: 'obedient' });
    const run = await h.run();
    assert.equal(run.outcome, 'completed');
    assert.equal(run.budget?.reached, false);
    assert.ok(run.costUsd > 0 && Math.abs(run.costUsd - serverCostUsd(h.server.requests)) < 1e-9);
  });
});
