import * as assert from 'node:assert/strict';
import { defaultSettings, type RecoveryStrategy, type Settings } from '../../../../src/core/config/settings';
import type { ModelStage } from '../../../../src/core/stages';
import type { RunSummary } from '../../../../src/core/workflow/progress';
import { exitCodeOfRun } from '../../../../src/cli/exitCodes';
import { workflowHarness, type WorkflowHarness } from './workflowHarness';
import { promptTask } from '../../../support/promptTask';

/**
 * `workflow.recovery`: each strategy's effect on each stage it is allowed for, against a model
 * that blocks one item every time it is asked (content blocked: no attempt can cure it).
 */

const statesOf = (run: RunSummary) => Object.fromEntries(run.items.map((i) => [i.id, i.state]));
const STRUCTURED: readonly string[] = ['concept', 'bible', 'outline'];

/** The stage's prompt, JSON or Markdown fallback. */
const PROMPT_OF: Record<'concept' | 'bible' | 'outline', (prompt: string) => boolean> = {
  concept: (p) => p.startsWith('Develop the concept') || p.startsWith('Write the concept'),
  bible: (p) => p.startsWith('Build the story bible') || p.startsWith('Write the story bible'),
  outline: (p) => p.startsWith('Outline'),
};
const isDraftOf = (chapter: number) => (p: string) => promptTask(p).startsWith('Write about') && p.includes(`Chapter ${chapter} of the story`);
const isRevisionOf = (chapter: number) => (p: string) => promptTask(p).startsWith(`Revise Chapter ${chapter}`);

function withRecovery(stage: ModelStage, strategy: RecoveryStrategy, over: Partial<Settings> = {}): Partial<Settings> {
  return { 'workflow.recovery': { ...defaultSettings()['workflow.recovery'], [stage]: strategy } as Settings['workflow.recovery'], ...over };
}

describe('workflow.recovery: each strategy on each stage it is allowed for', function () {
  this.timeout(30_000);
  let h: WorkflowHarness;
  afterEach(async () => h?.cleanup());

  const blockAlways = (predicate: (prompt: string) => boolean) =>
    h.server.scriptWhen((r) => predicate(r.promptText), { kind: 'fixture', name: '200-finish-safety' }, { times: Infinity });

  for (const stage of ['concept', 'bible', 'outline'] as const) {
    for (const strategy of ['retry', 'retry_required'] as const) {
      it(`${stage} under ${strategy}: the ${stage} fails and nothing after it is made (every later stage needs it)`, async () => {
        h = await workflowHarness(withRecovery(stage, strategy), undefined, { behaviour: 'obedient' });
        blockAlways(PROMPT_OF[stage]);
        const run = await h.run();
        assert.equal(run.outcome, 'failed');
        assert.notEqual(exitCodeOfRun(run), 0);
        assert.deepEqual(
          run.failures.map((f) => [f.item, f.kind]),
          [[stage, 'content-blocked']],
        );
        const states = statesOf(run);
        assert.equal(states[stage], 'failed');
        const earlier = STRUCTURED.slice(0, STRUCTURED.indexOf(stage));
        for (const id of earlier) assert.equal(states[id], 'done', id);
        // Chapters exist once there is an outline; whatever exists after the stage was not made.
        for (const item of run.items.filter((i) => i.id !== stage && !earlier.includes(i.id))) assert.equal(item.state, 'pending', item.id);
        assert.equal(states.manuscript, 'pending');
        assert.ok(run.items.length > earlier.length + 1, 'the later stages are listed');
      });
    }
  }

  describe('chapters (one request at a time, so the order is known)', () => {
    const prepare = async (stage: 'draft' | 'revision', strategy: RecoveryStrategy, over: Partial<Settings> = {}) => {
      h = await workflowHarness(withRecovery(stage, strategy, { 'rateLimit.maxConcurrent': 1, ...over }), undefined, { behaviour: 'obedient' });
      await h.run({ target: 'outline' });
    };

    it('draft under retry: chapter 2 fails, chapters 1 and 3 are drafted and revised, the manuscript waits', async () => {
      await prepare('draft', 'retry');
      blockAlways(isDraftOf(2));
      const run = await h.run();
      assert.equal(run.outcome, 'failed');
      assert.deepEqual(
        run.failures.map((f) => f.item),
        ['draft:02'],
      );
      const states = statesOf(run);
      for (const id of ['draft:01', 'draft:03', 'revision:01', 'revision:03']) assert.equal(states[id], 'done', id);
      assert.equal(states['draft:02'], 'failed');
      assert.equal(states['revision:02'], 'pending', 'it needs the draft');
      assert.equal(states.manuscript, 'pending');
    });

    it('draft under retry_required: chapter 2 fails and the run stops: chapter 3 is never asked for', async () => {
      await prepare('draft', 'retry_required');
      blockAlways(isDraftOf(2));
      const run = await h.run();
      assert.equal(run.outcome, 'failed');
      assert.deepEqual(
        run.failures.map((f) => f.item),
        ['draft:02'],
      );
      const states = statesOf(run);
      assert.equal(states['draft:01'], 'done');
      assert.equal(states['draft:02'], 'failed');
      assert.equal(states['draft:03'], 'pending', 'nothing new starts after a required stage fails');
      assert.equal(h.generateRequests().filter((r) => isDraftOf(3)(r.promptText)).length, 0);
      assert.equal(states.manuscript, 'pending');
      assert.ok(
        h.logger.lines.some((l) => /^error .*draft:02: .*stopping the run \(workflow\.recovery\.draft is retry_required\)/.test(l)),
        'the log says why the run stopped',
      );
    });

    it('revision under retry: revision 2 fails, the others are made, the manuscript is not assembled from a draft', async () => {
      await prepare('revision', 'retry');
      blockAlways(isRevisionOf(2));
      const run = await h.run();
      assert.equal(run.outcome, 'failed');
      assert.deepEqual(run.skipped, []);
      assert.deepEqual(
        run.failures.map((f) => f.item),
        ['revision:02'],
      );
      const states = statesOf(run);
      for (const id of ['draft:01', 'draft:02', 'draft:03', 'revision:01', 'revision:03']) assert.equal(states[id], 'done', id);
      assert.equal(states['revision:02'], 'failed');
      assert.equal(states.manuscript, 'pending');
    });

    it('revision under retry_required: revision 2 fails and the run stops: revision 3 is never asked for', async () => {
      await prepare('revision', 'retry_required');
      blockAlways(isRevisionOf(2));
      const run = await h.run();
      assert.equal(run.outcome, 'failed');
      const states = statesOf(run);
      assert.equal(states['revision:02'], 'failed');
      assert.equal(states['revision:03'], 'pending');
      assert.equal(h.generateRequests().filter((r) => isRevisionOf(3)(r.promptText)).length, 0);
      assert.equal(states.manuscript, 'pending');
    });

    it('revision under skip_optional: revision 2 is skipped and the manuscript uses its draft', async () => {
      await prepare('revision', 'skip_optional');
      blockAlways(isRevisionOf(2));
      const run = await h.run();
      assert.equal(run.outcome, 'completed', JSON.stringify(run.failures));
      assert.deepEqual(run.skipped, ['revision:02']);
      const states = statesOf(run);
      assert.equal(states['revision:02'], 'skipped');
      assert.equal(states['revision:03'], 'done');
      assert.equal(states.manuscript, 'done');
    });

    it('revision under skip_optional with workflow.allowStageSkipping off: retry (the revision fails)', async () => {
      await prepare('revision', 'skip_optional', { 'workflow.allowStageSkipping': false });
      blockAlways(isRevisionOf(2));
      const run = await h.run();
      assert.equal(run.outcome, 'failed');
      assert.deepEqual(run.skipped, []);
      assert.equal(statesOf(run)['revision:02'], 'failed');
      assert.equal(statesOf(run)['revision:03'], 'done');
    });
  });
});
