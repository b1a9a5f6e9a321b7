import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { costOf } from '../../../../src/core/cost';
import { join } from 'node:path';
import { classifyCheckpoint } from '../../../../src/core/checkpoint/checkpointFile';
import { stageFile } from '../../../../src/core/stages';
import type { ProgressEvent } from '../../../../src/core/workflow/progress';
import { batchJobPath, type BatchCancel, type BatchMode, type BatchScope } from '../../../../src/core/workflow/stages/batchStage';
import { GeminiBatchJobs } from '../../../../src/gemini/batchJobs';
import { GeminiContextCaches } from '../../../../src/gemini/contextCaches';
import { isBatchCreate } from '../../../support/fakeGemini/batches';
import type { RequestInfo } from '../../../support/fakeGemini';
import { promptTask } from '../../../support/promptTask';
import { FakeClock } from '../../gemini/fakeClock';
import { addWritersNotes, smallBrief, workflowHarness, type WorkflowHarness } from './workflowHarness';

/**
 * Batch mode over the real SDK and the test server: each chapter stage's items go as one batch
 * job, polled on the run's clock (a fake one here: every poll's sleep is woken by the test the
 * moment the run reports the job's state), results land as chapter files flagged `batch`, an
 * entry that fails is made interactively, a recorded job is resumed rather than sent again.
 */

const POLL_MS = 30_000;

interface BatchRun {
  readonly states: string[];
  readonly mode: BatchMode;
  readonly clock: FakeClock;
  readonly onProgress: (event: ProgressEvent) => void;
}

/** Batch mode on a fake clock that the run itself drives: each reported state wakes the next poll. */
function batchRun(h: WorkflowHarness, onCancel: BatchCancel = 'cancel-job', onState?: (event: ProgressEvent & { type: 'batch' }) => void, scope: BatchScope = 'send'): BatchRun {
  const clock = new FakeClock();
  const states: string[] = [];
  return {
    states,
    clock,
    mode: { scope, jobs: new GeminiBatchJobs(h.service), onCancel, pollIntervalMs: POLL_MS },
    onProgress: (event) => {
      if (event.type !== 'batch') return;
      states.push(`${event.stage}:${event.state}`);
      onState?.(event);
      // The run sleeps right after reporting: move the clock once it has.
      setImmediate(() => void clock.advance(POLL_MS));
    },
  };
}

const chapterStreams = (h: WorkflowHarness, task: RegExp) => h.generateRequests().filter((r) => task.test(promptTask(r.promptText)));

describe('batch mode (real service, SDK and test server)', function () {
  this.timeout(30_000);
  let h: WorkflowHarness;
  afterEach(async () => h?.cleanup());

  it('sends the drafts, then the revisions, as one job each; the chapters land flagged batch and nothing is streamed', async () => {
    h = await workflowHarness({}, undefined, { behaviour: 'obedient' });
    const b = batchRun(h);
    const summary = await h.run({ batch: b.mode, clock: b.clock, onProgress: b.onProgress });
    assert.equal(summary.outcome, 'completed', JSON.stringify(summary.failures));
    const jobs = h.server.batches.created;
    assert.equal(jobs.length, 2);
    assert.deepEqual(
      jobs.map((j) => j.requests.length),
      [3, 3],
    );
    assert.deepEqual(b.states, ['draft:queued', 'draft:running', 'draft:succeeded', 'revision:queued', 'revision:running', 'revision:succeeded']);
    assert.equal(chapterStreams(h, /^(Write about|Revise Chapter)/).length, 0, 'no chapter was generated interactively');
    for (const stage of ['draft', 'revision'] as const) {
      for (const n of [1, 2, 3]) {
        const read = classifyCheckpoint(readFileSync(join(h.storyDir, stageFile(stage, n))), stageFile(stage, n));
        assert.equal(read.kind, 'checkpoint');
        if (read.kind === 'checkpoint') {
          assert.ok(read.meta.flags?.includes('batch'), `${stage} ${n} flagged batch`);
          assert.ok(read.meta.usage.promptTokens > 0 && read.meta.words > 40);
        }
      }
      assert.equal(existsSync(batchJobPath(h.storyDir, stage)), false, 'the job record is gone once the job is collected');
    }
    assert.ok(existsSync(join(h.storyDir, stageFile('manuscript'))));
    // The run's cost is what its files say they cost: the batch chapters at the Batch API's rates, the rest interactive.
    let filesUsd = 0;
    for (const file of [stageFile('concept'), stageFile('bible'), stageFile('outline'), ...[1, 2, 3].flatMap((n) => [stageFile('draft', n), stageFile('revision', n)])]) {
      const read = classifyCheckpoint(readFileSync(join(h.storyDir, file)), file);
      assert.ok(read.kind === 'checkpoint' && read.meta.costUsd !== undefined, `${file} has its cost`);
      if (read.kind !== 'checkpoint') continue;
      const mode = read.meta.flags?.includes('batch') ? 'batch' : 'interactive';
      assert.ok(Math.abs(read.meta.costUsd! - costOf(read.meta.model, read.meta.usage, mode)!.usd) < 1e-6, `${file} priced ${mode}`);
      filesUsd += read.meta.costUsd!;
    }
    assert.ok(Math.abs(summary.costUsd - filesUsd) < 1e-5, `the run's $${summary.costUsd} is its files' $${filesUsd}`);
  });

  it("with checks.continuity onRun, checks the chapters a job wrote and gives the revisions job its drafts' findings to fix", async () => {
    h = await workflowHarness({ 'checks.continuity': 'onRun' }, { ...smallBrief, chapters: 4, targetWords: 1600 });
    const b = batchRun(h);
    const summary = await h.run({ batch: b.mode, clock: b.clock, onProgress: b.onProgress });
    assert.equal(summary.outcome, 'completed', JSON.stringify(summary.failures));
    const jobs = h.server.batches.created;
    assert.equal(jobs.length, 2, 'drafts and revisions each went as a job');
    const checks = h.generateRequests().map((r) => promptTask(r.promptText));
    for (const n of [1, 2, 3, 4]) assert.equal(checks.filter((p) => p.startsWith(`Check Chapter ${n} `)).length, 2, `chapter ${n}: its draft and its revision checked`);
    const continuity = summary.continuity!;
    assert.ok(continuity && continuity.before > 0, 'the imperfect server finds something in some draft');
    const revisionEntries = jobs[1]!.requests.map((r) => JSON.stringify(r.request));
    const withProblems = revisionEntries.filter((r) => r.includes('<continuity_problems>'));
    assert.ok(withProblems.length > 0 && withProblems.length <= continuity.before, `${withProblems.length} revision entries carry findings`);
  });

  it('under a budget sends no new job (a job is paid whole): the chapters are made interactively, each request checked', async () => {
    h = await workflowHarness({ 'budget.maxUsdPerRun': 5 }, undefined, { behaviour: 'obedient' });
    const b = batchRun(h);
    const summary = await h.run({ batch: b.mode, clock: b.clock, onProgress: b.onProgress, target: 'draft' });
    assert.equal(summary.outcome, 'completed', JSON.stringify(summary.failures));
    assert.equal(h.server.batches.created.length, 0, 'no batch job');
    assert.equal(chapterStreams(h, /^Write about/).length, 3, 'three drafts made interactively');
    assert.ok(
      h.logger.lines.some((l) => /a budget is set/.test(l)),
      'the log says why',
    );
  });

  it('makes a chapter whose batch entry failed interactively, the others from the job', async () => {
    h = await workflowHarness({}, undefined, { behaviour: 'obedient' });
    h.server.scriptWhen((r) => r.action === 'batchGenerateContent' && /^Write about \d+ words: Chapter 2 of/.test(promptTask(r.promptText)), {
      kind: 'fixture',
      name: '500-internal',
    });
    const b = batchRun(h);
    const summary = await h.run({ batch: b.mode, clock: b.clock, onProgress: b.onProgress, target: 'draft' });
    assert.equal(summary.outcome, 'completed', JSON.stringify(summary.failures));
    assert.equal(h.server.batches.created.length, 1);
    const streamed = chapterStreams(h, /^Write about/);
    assert.equal(streamed.length, 1);
    assert.match(promptTask(streamed[0]!.promptText), /Chapter 2 of/);
    const flags = (n: number) => {
      const read = classifyCheckpoint(readFileSync(join(h.storyDir, stageFile('draft', n))), stageFile('draft', n));
      return read.kind === 'checkpoint' ? (read.meta.flags ?? []) : ['unreadable'];
    };
    assert.ok(flags(1).includes('batch') && flags(3).includes('batch'));
    assert.ok(!flags(2).includes('batch'));
    assert.ok(h.logger.lines.some((l) => l.includes('draft:02: the batch entry failed')));
  });

  it('keeps the job when the run is stopped while it waits, and the next run collects it without sending another', async () => {
    h = await workflowHarness({}, undefined, { behaviour: 'obedient', batchPollsToFinish: Infinity });
    const stop = new AbortController();
    const first = batchRun(h, 'leave-job', (event) => {
      if (event.state === 'running') stop.abort(new Error('the writer stopped the run'));
    });
    const stopped = await h.run({ batch: first.mode, clock: first.clock, onProgress: first.onProgress, signal: stop.signal, target: 'draft' });
    assert.equal(stopped.outcome, 'cancelled');
    assert.equal(h.server.batches.created.length, 1);
    const record = JSON.parse(readFileSync(batchJobPath(h.storyDir, 'draft'), 'utf8')) as { name: string };
    assert.equal(record.name, h.server.batches.created[0]!.name);
    assert.equal(h.server.batches.created[0]!.state, 'BATCH_STATE_RUNNING', 'left running in Gemini');

    h.server.setOptions({ batchPollsToFinish: 1 });
    const second = batchRun(h);
    const collected = await h.run({ batch: second.mode, clock: second.clock, onProgress: second.onProgress, target: 'draft' });
    assert.equal(collected.outcome, 'completed', JSON.stringify(collected.failures));
    assert.equal(h.server.batches.created.length, 1, 'no second job');
    assert.deepEqual(collected.generated, ['draft:01', 'draft:02', 'draft:03']);
    assert.equal(existsSync(batchJobPath(h.storyDir, 'draft')), false);
  });

  it('an interactive run collects the job an earlier batch run left waiting, instead of paying for its chapters again', async () => {
    h = await workflowHarness({}, undefined, { behaviour: 'obedient', batchPollsToFinish: Infinity });
    const stop = new AbortController();
    const first = batchRun(h, 'leave-job', (event) => {
      if (event.state === 'running') stop.abort(new Error('VS Code closed'));
    });
    assert.equal((await h.run({ batch: first.mode, clock: first.clock, onProgress: first.onProgress, signal: stop.signal, target: 'draft' })).outcome, 'cancelled');
    h.server.setOptions({ batchPollsToFinish: 1 });
    const interactive = batchRun(h, 'cancel-job', undefined, 'collect');
    const summary = await h.run({ batch: interactive.mode, clock: interactive.clock, onProgress: interactive.onProgress });
    assert.equal(summary.outcome, 'completed', JSON.stringify(summary.failures));
    assert.equal(h.server.batches.created.length, 1, 'no new job: the revisions are made interactively');
    assert.equal(chapterStreams(h, /^Write about/).length, 0, 'no draft paid for twice');
    assert.equal(chapterStreams(h, /^Revise Chapter/).length, 3);
  });

  it('an interactive run with no job waiting sends none', async () => {
    h = await workflowHarness({}, undefined, { behaviour: 'obedient' });
    const interactive = batchRun(h, 'cancel-job', undefined, 'collect');
    const summary = await h.run({ batch: interactive.mode, clock: interactive.clock, onProgress: interactive.onProgress, target: 'draft' });
    assert.equal(summary.outcome, 'completed');
    assert.equal(h.server.batches.created.length, 0);
    assert.equal(chapterStreams(h, /^Write about/).length, 3);
  });

  it("cancels the job in Gemini on the writer's Cancel", async () => {
    h = await workflowHarness({}, undefined, { behaviour: 'obedient', batchPollsToFinish: Infinity });
    const stop = new AbortController();
    const b = batchRun(h, 'cancel-job', (event) => {
      if (event.state === 'running') stop.abort(new Error('Cancel'));
    });
    const summary = await h.run({ batch: b.mode, clock: b.clock, onProgress: b.onProgress, signal: stop.signal });
    assert.equal(summary.outcome, 'cancelled');
    assert.equal(h.server.batches.created[0]!.state, 'BATCH_STATE_CANCELLED');
    assert.equal(h.server.requests.filter((r) => r.action === 'cancelBatch').length, 1);
    assert.equal(existsSync(batchJobPath(h.storyDir, 'draft')), false);
    assert.equal(summary.generated.filter((id) => id.startsWith('draft')).length, 0);
  });

  it('sends the job without its context cache when Gemini refuses the cache in a batch', async () => {
    h = await workflowHarness({}, undefined, { behaviour: 'obedient' });
    const withCache = (r: RequestInfo) => r.action === 'batchGenerateContent' && isBatchCreate(r.body) && JSON.stringify(r.body).includes('"cachedContent"');
    h.server.scriptWhen(withCache, { kind: 'fixture', name: '400-invalid-argument' }, { times: Infinity });
    await addWritersNotes(h);
    const b = batchRun(h);
    const summary = await h.run({ batch: b.mode, clock: b.clock, onProgress: b.onProgress, target: 'draft', contextCaches: new GeminiContextCaches(h.service, h.logger) });
    assert.equal(summary.outcome, 'completed', JSON.stringify(summary.failures));
    assert.equal(h.server.batches.created.length, 1);
    assert.ok(!JSON.stringify(h.server.batches.created[0]!.requests).includes('cachedContent'));
    assert.ok(h.logger.lines.some((l) => l.includes('sending it without the cache')));
    assert.deepEqual(h.server.cachedContents.live, [], 'the refused cache is deleted');
  });

  it('keeps sequential drafting interactive', async () => {
    h = await workflowHarness({ 'workflow.draftMode': 'sequential' }, undefined, { behaviour: 'obedient' });
    const b = batchRun(h);
    const summary = await h.run({ batch: b.mode, clock: b.clock, onProgress: b.onProgress, target: 'draft' });
    assert.equal(summary.outcome, 'completed');
    assert.equal(h.server.batches.created.length, 0);
    assert.equal(chapterStreams(h, /^Write about/).length, 3);
  });
});
