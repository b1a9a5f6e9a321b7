import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { readCheckpoint } from '../../../../src/core/checkpoint/checkpointFile';
import { backupsDir } from '../../../../src/core/checkpoint/storyPaths';
import { bodyHash } from '../../../../src/core/hash';
import type { ApprovalDecision } from '../../../../src/core/workflow/progress';
import type { WorkflowStage } from '../../../../src/core/stages';
import { promptTask } from '../../../support/promptTask';
import { SpeculationSpy } from '../../../support/speculationSpy';
import { readText, writeText } from './tempStory';
import { smallBrief, workflowHarness, type WorkflowHarness } from './workflowHarness';

const isBiblePrompt = (r: { promptText: string }) => r.promptText.includes('story bible');

describe('predictive generation: the next stage made while the writer reviews one', function () {
  this.timeout(30_000);
  let h: WorkflowHarness;
  let spy: SpeculationSpy;
  afterEach(async () => h?.cleanup());

  async function harness(over: Parameters<typeof workflowHarness>[0] = {}, server: Parameters<typeof workflowHarness>[2] = {}): Promise<void> {
    h = await workflowHarness({ 'workflow.requireApproval': true, ...over }, smallBrief, { behaviour: 'obedient', ...server });
    spy = new SpeculationSpy(h.service);
  }

  /** Runs to the bible; at the concept's approval, `atConcept` answers (after whatever it waits for). */
  function runToBible(atConcept: () => Promise<ApprovalDecision>) {
    const asked: WorkflowStage[] = [];
    const run = h.run({
      generator: spy,
      target: 'bible',
      approve: async (stage) => {
        asked.push(stage);
        return stage === 'concept' ? atConcept() : 'continue';
      },
    });
    return { run, asked };
  }

  const exists = async (file: string) => (await h.fs.stat(join(h.storyDir, file))) !== undefined;
  const bibleRequests = () => h.generateRequests().filter(isBiblePrompt);

  it('on Continue with the concept unchanged, commits the bible made meanwhile without a new request', async () => {
    await harness();
    let requestsAtContinue = -1;
    const { run } = runToBible(async () => {
      await spy.speculationSettled();
      assert.equal(await exists('02-bible.md'), false, 'nothing is written before Continue');
      requestsAtContinue = h.generateRequests().length;
      return 'continue';
    });
    const summary = await run;

    assert.equal(summary.outcome, 'completed', JSON.stringify(summary.failures));
    assert.equal(h.generateRequests().length, requestsAtContinue, 'no request after Continue');
    assert.equal(bibleRequests().length, 1);
    assert.deepEqual(summary.speculative?.committed, ['bible']);
    assert.deepEqual(summary.speculative?.discarded, []);
    assert.ok(summary.generated.includes('bible'));
    const bible = await readCheckpoint(h.fs, join(h.storyDir, '02-bible.md'), '02-bible.md');
    assert.equal(bible.kind, 'checkpoint');
    const concept = await readCheckpoint(h.fs, join(h.storyDir, '01-concept.md'), '01-concept.md');
    assert.ok(bible.kind === 'checkpoint' && concept.kind === 'checkpoint');
    assert.equal(bible.meta.inputs['01-concept.md'], bodyHash(concept.body), 'the bible records the concept it was made from');
    assert.equal(summary.items.find((i) => i.id === 'bible')?.state, 'done');
  });

  it('when the writer edited the concept, discards the speculation untouched and makes the bible afresh from the edit', async () => {
    await harness();
    const conceptPath = join(h.storyDir, '01-concept.md');
    const { run } = runToBible(async () => {
      await spy.speculationSettled();
      const text = await readText(h.fs, conceptPath);
      await writeText(h.fs, conceptPath, `${text.trimEnd()}\n\nThe keeper keeps a one-eyed dog named Ash.\n`);
      return 'continue';
    });
    const summary = await run;

    assert.equal(summary.outcome, 'completed', JSON.stringify(summary.failures));
    const bibles = bibleRequests();
    assert.equal(bibles.length, 2, 'the speculative bible, then a fresh one');
    assert.equal(bibles[0]!.promptText.includes('dog named Ash'), false);
    assert.ok(bibles[1]!.promptText.includes('dog named Ash'), 'the fresh bible is made from the edited concept');
    assert.deepEqual(summary.speculative?.committed, []);
    assert.deepEqual(summary.speculative?.discarded, ['bible']);
    assert.equal(await h.fs.stat(backupsDir(h.storyDir)), undefined, 'no backup: nothing of the writer was ever replaced');
    assert.equal(summary.items.find((i) => i.id === 'concept')?.state, 'edited');
    assert.equal(summary.items.find((i) => i.id === 'bible')?.state, 'done', 'made from the concept as edited, so not stale');
  });

  it('on Stop, aborts the speculation in flight and writes nothing', async () => {
    // A slow model: the bible is still streaming when the writer answers.
    await harness({}, { ttftMs: 50, tokensPerSecond: 200 });
    const { run } = runToBible(async () => {
      await spy.speculationStarted();
      return 'stop';
    });
    const summary = await run;

    assert.equal(summary.outcome, 'stopped');
    assert.equal(await spy.speculative()[0]!.settled, 'failed', 'cancelled');
    assert.deepEqual(summary.speculative?.discarded, ['bible']);
    assert.equal(await exists('02-bible.md'), false);
    assert.equal(await h.fs.stat(backupsDir(h.storyDir)), undefined);
    assert.equal(summary.items.find((i) => i.id === 'bible')?.state, 'pending');
  });

  it('on Regenerate, discards the speculation and makes the next one from the new concept', async () => {
    await harness();
    let round = 0;
    const { run, asked } = runToBible(async () => {
      await spy.speculationSettled();
      return ++round === 1 ? 'regenerate' : 'continue';
    });
    const summary = await run;

    assert.equal(summary.outcome, 'completed', JSON.stringify(summary.failures));
    assert.deepEqual(asked, ['concept', 'concept', 'bible']);
    assert.deepEqual(summary.speculative?.discarded, ['bible']);
    assert.deepEqual(summary.speculative?.committed, ['bible'], 'the second speculation, from the regenerated concept');
    assert.equal(spy.speculative().length, 2, 'one speculation per round of the concept');
    assert.equal(await exists('02-bible.md'), true);
  });

  it('a speculation that failed is dropped: at Continue the item is made as if there had been none', async () => {
    await harness();
    // The model refuses the bible once (a content refusal is not tried again).
    h.server.scriptWhen(isBiblePrompt, { kind: 'fixture', name: '200-finish-safety' }, { times: 1 });
    const { run } = runToBible(async () => {
      await spy.speculationSettled();
      assert.equal(await spy.speculative()[0]!.settled, 'failed');
      return 'continue';
    });
    const summary = await run;

    assert.equal(summary.outcome, 'completed', JSON.stringify(summary.failures));
    assert.deepEqual(summary.failures, [], 'the speculation’s failure is not the run’s');
    assert.deepEqual(summary.speculative?.discarded, ['bible']);
    assert.equal(bibleRequests().length, 2);
    assert.equal(summary.items.find((i) => i.id === 'bible')?.state, 'done');
  });

  it('makes no speculative request with storyWriter.workflow.predictNextStage off', async () => {
    await harness({ 'workflow.predictNextStage': false });
    let requestsAtContinue = -1;
    const { run } = runToBible(async () => {
      requestsAtContinue = h.generateRequests().length;
      return 'continue';
    });
    const summary = await run;

    assert.equal(summary.outcome, 'completed');
    assert.equal(spy.speculative().length, 0);
    assert.equal(requestsAtContinue, 1, 'only the concept before Continue');
    assert.equal(bibleRequests().length, 1);
    assert.equal(summary.speculative, undefined);
    assert.equal(h.service.getStatistics().speculative.requests, 0);
  });

  it('counts speculative spending on its own line, in the run summary and the service statistics', async () => {
    await harness();
    const { run } = runToBible(async () => {
      await spy.speculationSettled();
      return 'continue';
    });
    const summary = await run;

    const speculative = summary.speculative!;
    assert.equal(speculative.requests, 1);
    assert.equal(speculative.apiCalls, 1);
    assert.ok(speculative.tokens.prompt > 0 && speculative.tokens.output > 0);
    // The run's own totals are the writer's calls only: the concept.
    assert.equal(summary.requests, 1);
    assert.equal(summary.apiCalls, 1);
    const stats = h.service.getStatistics();
    assert.equal(stats.speculative.requests, 1);
    assert.equal(stats.speculative.apiCalls, 1);
    assert.equal(stats.speculative.tokensIn, speculative.tokens.prompt);
    assert.equal(stats.speculative.tokensOut, speculative.tokens.output);
    assert.equal(stats.requests, 2, 'the service total includes the speculative call');
  });

  describe('chapters', () => {
    const isDraft = (chapter: number) => (r: { promptText: string }) =>
      promptTask(r.promptText).startsWith('Write about') && r.promptText.includes(`Chapter ${chapter} of the story`);
    const draftRequests = (chapter: number) => h.generateRequests().filter(isDraft(chapter));
    /** The drafts among a list of items (the bible and outline were made ahead too, on the way). */
    const drafts = (ids: readonly string[] | undefined) => (ids ?? []).filter((id) => id.startsWith('draft:')).sort();

    /** Runs to the drafts; at the outline's approval, `atOutline` answers. */
    function runToDrafts(atOutline: () => Promise<ApprovalDecision>) {
      return h.run({
        generator: spy,
        target: 'draft',
        approve: async (stage) => (stage === 'outline' ? atOutline() : 'continue'),
      });
    }

    it('while the outline is reviewed, makes the first drafts ahead, as many as run at once; Continue commits them without a request', async () => {
      await harness({ 'rateLimit.maxConcurrent': 2, 'workflow.predictNextStage': true });
      let requestsAtContinue = -1;
      const summary = await runToDrafts(async () => {
        await spy.speculationSettled();
        assert.deepEqual(drafts(spy.speculative().map((c) => c.label ?? '')), ['draft:01', 'draft:02'], 'as many as maxConcurrent');
        assert.equal(await exists('04-draft/chapter-01.md'), false, 'nothing is written before Continue');
        assert.equal(await exists('04-draft/chapter-01.partial.md'), false, 'no partial file either');
        requestsAtContinue = h.generateRequests().length;
        return 'continue';
      });

      assert.equal(summary.outcome, 'completed', JSON.stringify(summary.failures));
      assert.deepEqual(drafts(summary.speculative?.committed), ['draft:01', 'draft:02']);
      assert.equal(draftRequests(1).length, 1);
      assert.equal(draftRequests(2).length, 1);
      assert.equal(draftRequests(3).length, 1, 'chapter 3 is made after Continue');
      assert.equal(h.generateRequests().length, requestsAtContinue + 1, 'only chapter 3 after Continue');
      assert.deepEqual(
        summary.items.filter((i) => i.stage === 'draft').map((i) => i.state),
        ['done', 'done', 'done'],
      );
    });

    it("editing one chapter's entry in the outline discards only that chapter's draft", async () => {
      await harness({ 'rateLimit.maxConcurrent': 3 });
      const outlinePath = join(h.storyDir, '03-outline.md');
      const summary = await runToDrafts(async () => {
        await spy.speculationSettled();
        const text = await readText(h.fs, outlinePath);
        const edited = text.replace(/(## Chapter 2: [^\n]*\n\n)/, '$1The lamp goes out for the first time in forty years. ');
        assert.notEqual(edited, text);
        await writeText(h.fs, outlinePath, edited);
        return 'continue';
      });

      assert.equal(summary.outcome, 'completed', JSON.stringify(summary.failures));
      assert.deepEqual(drafts(summary.speculative?.committed), ['draft:01', 'draft:03']);
      assert.deepEqual(drafts(summary.speculative?.discarded), ['draft:02']);
      assert.equal(draftRequests(2).length, 2);
      assert.ok(draftRequests(2)[1]!.promptText.includes('The lamp goes out for the first time'));
      assert.equal(draftRequests(1).length, 1);
      assert.equal(await h.fs.stat(backupsDir(h.storyDir)), undefined);
    });

    it('while the drafts are reviewed, makes the first revisions ahead; an edited draft gets its revision afresh', async () => {
      await harness({ 'rateLimit.maxConcurrent': 2 });
      const isRevision = (chapter: number) => (r: { promptText: string }) => promptTask(r.promptText).startsWith(`Revise Chapter ${chapter}`);
      const draftPath = join(h.storyDir, '04-draft', 'chapter-02.md');
      const summary = await h.run({
        generator: spy,
        target: 'revision',
        approve: async (stage) => {
          if (stage !== 'draft') return 'continue';
          await spy.speculationSettled();
          await writeText(h.fs, draftPath, `${(await readText(h.fs, draftPath)).trimEnd()}\n\nThe fog came in before she could answer.\n`);
          return 'continue';
        },
      });

      assert.equal(summary.outcome, 'completed', JSON.stringify(summary.failures));
      const revisions = (ids: readonly string[] | undefined) => (ids ?? []).filter((id) => id.startsWith('revision:')).sort();
      assert.deepEqual(revisions(summary.speculative?.committed), ['revision:01']);
      assert.deepEqual(revisions(summary.speculative?.discarded), ['revision:02']);
      assert.equal(h.generateRequests().filter(isRevision(1)).length, 1);
      assert.equal(h.generateRequests().filter(isRevision(2)).length, 2, 'made again from the edited draft');
      assert.ok(h.generateRequests().filter(isRevision(2))[1]!.promptText.includes('The fog came in before she could answer.'));
      assert.equal(h.generateRequests().filter(isRevision(3)).length, 1, 'made after Continue');
    });

    it('in sequential mode makes only chapter 1 ahead: each later draft starts from the one before', async () => {
      await harness({ 'workflow.draftMode': 'sequential' });
      const summary = await runToDrafts(async () => {
        await spy.speculationSettled();
        return 'continue';
      });
      assert.equal(summary.outcome, 'completed', JSON.stringify(summary.failures));
      assert.deepEqual(drafts(summary.speculative?.committed), ['draft:01']);
      assert.equal(draftRequests(1).length, 1);
    });
  });
});
