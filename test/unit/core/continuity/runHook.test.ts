import * as assert from 'node:assert/strict';
import { promptTask } from '../../../support/promptTask';
import { smallBrief, workflowHarness, type WorkflowHarness } from '../workflow/workflowHarness';

describe('checks.continuity: onRun (real SDK, test server)', function () {
  this.timeout(60_000);
  let h: WorkflowHarness;
  after(() => h?.cleanup());

  it('checks each draft, gives its findings to the revision to fix, re-checks the revision, and reports before and after', async () => {
    h = await workflowHarness({ 'checks.continuity': 'onRun' }, { ...smallBrief, chapters: 4, targetWords: 1600 });
    const summary = await h.run();
    assert.equal(summary.outcome, 'completed');
    const prompts = h.generateRequests().map((r) => promptTask(r.promptText));
    for (const n of [1, 2, 3, 4]) {
      // Once for the draft, once for the revision.
      assert.equal(prompts.filter((p) => p.startsWith(`Check Chapter ${n} `)).length, 2, `chapter ${n} checked twice`);
    }
    const continuity = summary.continuity!;
    assert.ok(continuity, 'the summary reports continuity');
    assert.ok(continuity.before > 0, 'the imperfect server finds something in some draft');
    const revisions = prompts.filter((p) => p.startsWith('Revise Chapter '));
    const withProblems = revisions.filter((p) => p.includes('<continuity_problems>'));
    assert.ok(withProblems.length > 0 && withProblems.length <= continuity.before);
    assert.match(withProblems[0]!, /<continuity_problems>\n- The draft says “[^”]+”, but [^\n]+ has “[^”]+”\./);
    assert.match(withProblems[0]!, /- Fix every continuity problem listed above/);
    assert.ok(continuity.calls > 0 && summary.requests >= continuity.calls);
  });

  it('off (the default) makes no continuity call', async () => {
    await h.cleanup();
    h = await workflowHarness({}, { ...smallBrief, chapters: 2, targetWords: 800 });
    const summary = await h.run();
    assert.equal(summary.continuity, undefined);
    assert.ok(!h.generateRequests().some((r) => /^(Check|List the facts) /.test(r.promptText)));
  });
});
