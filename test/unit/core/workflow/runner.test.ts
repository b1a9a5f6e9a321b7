import * as assert from 'node:assert/strict';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { readCheckpoint } from '../../../../src/core/checkpoint/checkpointFile';
import { StoryLockedError } from '../../../../src/core/checkpoint/lock';
import { lockPath } from '../../../../src/core/checkpoint/storyPaths';
import { parseChapter, proseFromModel } from '../../../../src/core/documents/chapter';
import type { ProgressEvent } from '../../../../src/core/workflow/progress';
import { computeStoryState, type StoryState } from '../../../../src/core/workflow/state/storyState';
import { ItemChanges, type ItemChange } from '../../../../src/core/workflow/itemChanges';
import { readText, writeText } from './tempStory';
import { smallBrief, workflowHarness, type WorkflowHarness } from './workflowHarness';
import { exitCodeOfRun } from '../../../../src/cli/exitCodes';
import { promptTask } from '../../../support/promptTask';

/** Bounded wait for a promise: a test never hangs on a bug. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const statesOf = (s: Pick<StoryState, 'items'>) => Object.fromEntries(s.items.map((i) => [i.id, i.state]));
const isDraftPrompt = (chapter: number) => (prompt: string) => promptTask(prompt).startsWith('Write about') && prompt.includes(`Chapter ${chapter} of the story`);
const isRevisionPrompt = (prompt: string) => promptTask(prompt).startsWith('Revise Chapter');

async function storyFiles(root: string): Promise<string[]> {
  const all = (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  return all.map((e) => join(e.parentPath, e.name).slice(root.length + 1)).sort();
}

describe('workflow runner (real Gemini service, SDK and the Gemini-protocol test server)', function () {
  this.timeout(30_000);
  let h: WorkflowHarness;
  afterEach(async () => h?.cleanup());

  describe('on a fresh story', () => {
    beforeEach(async () => {
      // Exact request counts: a model that writes exactly what it is asked.
      h = await workflowHarness({}, smallBrief, { behaviour: 'obedient' });
    });

    it('writes every stage file with valid front matter, then a second run makes zero requests', async () => {
      const changes: ItemChange[] = [];
      const events = new ItemChanges();
      events.onDidChange((c) => changes.push(c));
      const progress: ProgressEvent[] = [];
      const first = await h.run({ events, onProgress: (e) => progress.push(e) });

      assert.equal(first.outcome, 'completed', JSON.stringify(first.failures));
      assert.equal(exitCodeOfRun(first), 0);
      const expected = ['concept', 'bible', 'outline', 'draft:01', 'draft:02', 'draft:03', 'revision:01', 'revision:02', 'revision:03', 'manuscript'];
      assert.deepEqual([...first.generated].sort(), [...expected].sort());
      assert.ok(first.items.every((i) => i.state === 'done'));
      assert.equal(first.requests, 9); // manuscript: no model call
      assert.equal(h.generateRequests().length, 9);

      for (const item of first.items) {
        const read = await readCheckpoint(h.fs, item.path, item.file);
        assert.equal(read.kind, 'checkpoint', item.file);
        if (read.kind !== 'checkpoint') continue;
        assert.equal(read.meta.stage, item.stage);
        assert.equal(read.meta.chapter, item.chapter);
        assert.ok(read.meta.words > 0, `${item.file} has words`);
        assert.ok(Object.keys(read.meta.inputs).length > 0, `${item.file} records its inputs`);
      }
      const files = await storyFiles(h.storyDir);
      assert.deepEqual(
        files.filter((f) => f.includes('.partial.') || f.includes('.tmp-')),
        [],
      );
      assert.equal(files.includes('.story-writer/lock'), false, 'the lock is released');

      assert.ok(changes.some((c) => c.id === 'draft:02' && c.state === 'running'));
      assert.ok(changes.some((c) => c.id === 'draft:02' && c.state === 'done'));
      const started = progress.filter((e) => e.type === 'stage-started').map((e) => e.stage);
      assert.deepEqual(started, ['concept', 'bible', 'outline', 'draft', 'revision', 'manuscript']);
      const lastDraft = progress.filter((e) => e.type === 'item-finished' && e.stage === 'draft').at(-1);
      assert.equal(lastDraft?.index, 3);
      assert.equal(lastDraft?.total, 3);
      assert.ok((progress.at(-1)?.tokens ?? 0) > 0);

      const before = h.server.requests.length;
      const second = await h.run();
      assert.equal(second.requests, 0);
      assert.deepEqual(second.generated, []);
      assert.equal(h.server.requests.length, before, 'an unchanged story costs nothing');
      assert.equal(second.outcome, 'completed');
    });

    it('regenerates only what depends on an edited concept, never the concept itself', async () => {
      await h.run();
      const conceptPath = join(h.storyDir, '01-concept.md');
      const edited = (await readText(h.fs, conceptPath)).replace('## Logline', '## Logline\n\nA keeper who will not leave.');
      await writeText(h.fs, conceptPath, edited);
      const state = await computeStoryState(h.fs, h.storyDir);
      assert.equal(statesOf(state).concept, 'edited');
      assert.equal(statesOf(state).bible, 'stale');
      assert.equal(statesOf(state)['draft:01'], 'done', 'chapters do not read the concept');

      const before = h.generateRequests().length;
      const run = await h.run();
      assert.equal(run.outcome, 'completed');
      assert.equal(run.generated.includes('concept'), false);
      assert.ok(run.generated.includes('bible') && run.generated.includes('outline'));
      assert.equal(await readText(h.fs, conceptPath), edited, "the writer's concept is kept as written");
      const newPrompts = h
        .generateRequests()
        .slice(before)
        .map((r) => r.promptText);
      assert.equal(
        newPrompts.some((p) => p.startsWith('Develop the concept')),
        false,
      );
      assert.ok(
        newPrompts.some((p) => p.includes('A keeper who will not leave.')),
        'the edit flows into later prompts',
      );
      assert.equal(statesOf(await computeStoryState(h.fs, h.storyDir)).concept, 'edited');
    });

    it('regenerates only the revision of an edited draft chapter (and the manuscript), and serves a reverted edit from the disk cache', async () => {
      await h.run();
      const draftPath = join(h.storyDir, '04-draft', 'chapter-02.md');
      const original = await readText(h.fs, draftPath);
      await writeText(h.fs, draftPath, original.replace(/\n$/, '\n\nThe lamp went out, and she let it.\n'));
      const afterEdit = await h.run();
      assert.deepEqual(afterEdit.generated, ['revision:02', 'manuscript']);
      assert.equal(afterEdit.requests, 1);
      assert.equal(afterEdit.apiCalls, 1);

      // Back to the draft as generated: the revision made from it then is in the persistent cache.
      await writeText(h.fs, draftPath, original);
      await h.restartService();
      const before = h.server.requests.length;
      const reverted = await h.run();
      assert.deepEqual(reverted.generated, ['revision:02', 'manuscript']);
      assert.equal(reverted.requests, 1);
      assert.equal(reverted.cacheHits, 1);
      assert.equal(reverted.apiCalls, 0);
      assert.equal(h.server.requests.length, before, 'no API call');
      const revision = await readCheckpoint(h.fs, join(h.storyDir, '05-revision', 'chapter-02.md'), '05-revision/chapter-02.md');
      assert.equal(revision.kind === 'checkpoint' && revision.meta.cached, true);
    });

    it('repairs a reply that is not JSON', async () => {
      h.server.script({ kind: 'text', text: '{"title": "The Lighthouse Keeper", "logline": ' });
      const run = await h.run({ target: 'concept' });
      assert.equal(run.outcome, 'completed', JSON.stringify(run.failures));
      assert.deepEqual(run.generated, ['concept']);
      assert.equal(h.generateRequests().length, 2, 'the bad reply and its repair');
      assert.equal(statesOf(run).concept, 'done');
    });

    it('fails one chapter blocked for SAFETY with the reason, finishes the others, exit code 5', async () => {
      h.server.scriptWhen((r) => isDraftPrompt(2)(r.promptText), { kind: 'fixture', name: '200-finish-safety' }, { times: Infinity });
      // Finishing the others is `retry`; the default for drafts, retry_required, stops the run (recovery.test.ts).
      const run = await h.run({ settings: { ...h.settings, 'workflow.recovery': { ...h.settings['workflow.recovery'], draft: 'retry' } } });
      assert.equal(run.outcome, 'failed');
      assert.equal(exitCodeOfRun(run), 5);
      assert.deepEqual(
        run.failures.map((f) => [f.item, f.kind]),
        [['draft:02', 'content-blocked']],
      );
      const states = statesOf(run);
      assert.equal(states['draft:02'], 'failed');
      assert.equal(states['revision:02'], 'pending');
      for (const id of ['draft:01', 'draft:03', 'revision:01', 'revision:03']) assert.equal(states[id], 'done', id);
      assert.equal(states.manuscript, 'pending', 'a story with a missing chapter is not assembled');
      const failed = (await computeStoryState(h.fs, h.storyDir)).items.find((i) => i.id === 'draft:02');
      assert.equal(failed?.state, 'failed');
      assert.match(failed?.reason ?? '', /safety/i);
    });

    it('skips failing revisions under skip_optional and assembles the manuscript from the drafts', async () => {
      h.server.scriptWhen((r) => isRevisionPrompt(r.promptText), { kind: 'fixture', name: '200-finish-safety' }, { times: Infinity });
      const run = await h.run();
      assert.equal(run.outcome, 'completed', JSON.stringify(run.failures));
      assert.equal(exitCodeOfRun(run), 0);
      assert.deepEqual([...run.skipped].sort(), ['revision:01', 'revision:02', 'revision:03']);
      const manuscript = await readCheckpoint(h.fs, join(h.storyDir, 'story.md'), 'story.md');
      assert.equal(manuscript.kind, 'checkpoint');
      if (manuscript.kind !== 'checkpoint') return;
      assert.deepEqual(Object.keys(manuscript.meta.inputs).sort(), ['04-draft/chapter-01.md', '04-draft/chapter-02.md', '04-draft/chapter-03.md']);
      const draft1 = await readCheckpoint(h.fs, join(h.storyDir, '04-draft', 'chapter-01.md'), '04-draft/chapter-01.md');
      assert.ok(draft1.kind === 'checkpoint' && manuscript.body.includes(parseChapter(draft1.body).prose.slice(0, 80)));
      const state = statesOf(await computeStoryState(h.fs, h.storyDir));
      assert.equal(state['revision:02'], 'skipped');
      assert.equal(state.manuscript, 'done');
      // Still skipped next time: nothing changed, nothing to pay for.
      const again = await h.run();
      assert.equal(again.requests, 0);
    });

    it('stops at once on a bad API key with its exit code', async () => {
      h.server.scriptWhen(() => true, { kind: 'fixture', name: '400-api-key-invalid' }, { times: Infinity });
      const run = await h.run();
      assert.equal(run.outcome, 'failed');
      assert.equal(exitCodeOfRun(run), 3);
      assert.equal(h.generateRequests().length, 1);
      assert.deepEqual(
        run.failures.map((f) => f.kind),
        ['auth'],
      );
      assert.equal(statesOf(run).bible, 'pending');
    });

    it('refuses a second concurrent run while the first holds the lock, and releases it after', async () => {
      const hold = h.server.scriptWhen((r) => promptTask(r.promptText).startsWith('Develop the concept'), { kind: 'hang' });
      const controller = new AbortController();
      const first = h.run({ signal: controller.signal, owner: 'first run' });
      await within(
        h.server.waitForRequest((r) => promptTask(r.promptText).startsWith('Develop the concept')),
        5000,
        'the first run to start',
      );
      await assert.rejects(h.run({ owner: 'second run' }), (e: unknown) => e instanceof StoryLockedError && e.holder?.owner === 'first run');
      controller.abort();
      const cancelled = await within(first, 5000, 'the first run to end');
      hold.cancel();
      assert.equal(cancelled.outcome, 'cancelled');
      assert.equal(exitCodeOfRun(cancelled), 130);
      assert.equal(await h.fs.stat(lockPath(h.storyDir)), undefined, 'the lock is released on cancel');
      const third = await h.run();
      assert.equal(third.outcome, 'completed');
    });
  });

  describe('emergency save', () => {
    beforeEach(async () => {
      h = await workflowHarness({ 'rateLimit.maxConcurrent': 1 });
      await h.run({ target: 'outline' });
      h.server.setOptions({ tokensPerSecond: 400, wordsPerChunk: 3 });
    });

    it('keeps streamed text when cancelled mid-draft and continues from it on the next run, the text appearing once', async () => {
      const controller = new AbortController();
      let shown = '';
      const cancelled = await h.run({
        signal: controller.signal,
        onText: (id, _delta, soFar) => {
          shown = soFar;
          if (id === 'draft:01' && soFar.split(/\s+/).length >= 6) controller.abort();
        },
      });
      assert.equal(cancelled.outcome, 'cancelled');
      assert.equal(exitCodeOfRun(cancelled), 130);
      assert.equal(await h.fs.stat(lockPath(h.storyDir)), undefined, 'the lock is released');
      const partialPath = join(h.storyDir, '04-draft', 'chapter-01.partial.md');
      const partial = await readCheckpoint(h.fs, partialPath, '04-draft/chapter-01.partial.md');
      assert.equal(partial.kind, 'checkpoint');
      if (partial.kind !== 'checkpoint') return;
      assert.equal(partial.meta.status, 'partial');
      assert.ok(partial.meta.words >= 6);
      assert.ok(shown.startsWith(partial.body.trim().slice(0, 20)));
      assert.equal(statesOf(await computeStoryState(h.fs, h.storyDir))['draft:01'], 'partial');

      h.server.setOptions({ tokensPerSecond: 0 });
      const before = h.generateRequests().length;
      const resumed = await h.run();
      assert.equal(resumed.outcome, 'completed', JSON.stringify(resumed.failures));
      const saved = proseFromModel(partial.body);
      const tail = saved.slice(-30);
      const continuation = h
        .generateRequests()
        .slice(before)
        .find((r) => promptTask(r.promptText).startsWith('Continue Chapter 1'));
      assert.ok(continuation, 'chapter 1 was continued, not started over');
      assert.ok(continuation.promptText.includes(tail), 'the continuation prompt carries the saved text');
      assert.equal(
        h
          .generateRequests()
          .slice(before)
          .some((r) => isDraftPrompt(1)(r.promptText)),
        false,
      );

      const finalText = await readText(h.fs, join(h.storyDir, '04-draft', 'chapter-01.md'));
      assert.equal(finalText.split(saved).length - 1, 1, 'the saved text appears exactly once');
      assert.equal(await h.fs.stat(partialPath), undefined, 'the partial file is gone');
    });

    it('discards the text of a stream the service restarted', async () => {
      h.server.scriptWhen((r) => isDraftPrompt(2)(r.promptText), { kind: 'cut', afterWords: 8 });
      const restarts: string[] = [];
      let shown = '';
      let shownWhenCut = '';
      const run = await h.run({
        target: 'draft',
        onText: (id, _delta, soFar) => {
          if (id === 'draft:02') shown = soFar;
        },
        onRestart: (id) => {
          restarts.push(id);
          shownWhenCut = shown;
        },
      });
      assert.equal(run.outcome, 'completed', JSON.stringify(run.failures));
      assert.deepEqual(restarts, ['draft:02']);
      assert.equal(run.restarts, 1);
      assert.ok(shownWhenCut.split(/\s+/).length >= 2, 'text was shown before the cut');
      const chapter = await readCheckpoint(h.fs, join(h.storyDir, '04-draft', 'chapter-02.md'), '04-draft/chapter-02.md');
      assert.equal(chapter.kind, 'checkpoint');
      const prose = chapter.kind === 'checkpoint' ? parseChapter(chapter.body).prose : '';
      const cut = shownWhenCut.trim();
      assert.ok(prose.startsWith(cut), 'the retried stream starts the chapter');
      assert.equal(prose.slice(cut.length).trimStart().startsWith(cut), false, "the cut attempt's words are not kept twice");
      assert.equal(await h.fs.stat(join(h.storyDir, '04-draft', 'chapter-02.partial.md')), undefined);
    });
  });

  describe('word counts', () => {
    const words = (n: number, word = 'step') => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ') + '.';
    const isContinuation = (chapter: number) => (prompt: string) => promptTask(prompt).startsWith(`Continue Chapter ${chapter}`);

    beforeEach(async () => {
      // A story may run to 1.5 times its target (4,500 against 3,000): so may each chapter.
      h = await workflowHarness({ 'story.targetWordCount': 3000, 'story.maxWordCount': 4500 }, smallBrief, { behaviour: 'obedient' });
      await h.run({ target: 'outline' });
      // The writer sets the lengths: 150 words for chapter 1, 120 for chapter 2, 60 for chapter 3.
      const outlinePath = join(h.storyDir, '03-outline.md');
      let n = 0;
      const outline = (await readText(h.fs, outlinePath)).replace(/\*\*Target words:\*\* \d+/g, () => `**Target words:** ${[150, 120, 60][n++]}`);
      await writeText(h.fs, outlinePath, outline);
    });

    it('extends a short draft until it reaches 90% of its target, and flags one far over its target without cutting it', async () => {
      h.server.scriptWhen((r) => isDraftPrompt(2)(r.promptText), { kind: 'text', text: `She counted the steps. ${words(45)}` });
      h.server.scriptWhen((r) => isDraftPrompt(1)(r.promptText), { kind: 'text', text: words(300, 'wave') });
      const run = await h.run({ target: 'draft' });
      assert.equal(run.outcome, 'completed', JSON.stringify(run.failures));
      assert.ok(h.generateRequests().filter((r) => isContinuation(2)(r.promptText)).length >= 1);
      const ch2 = await readCheckpoint(h.fs, join(h.storyDir, '04-draft', 'chapter-02.md'), 'ch2');
      assert.ok(ch2.kind === 'checkpoint' && ch2.meta.words >= 108, 'extended to 90% of 120');
      assert.ok(ch2.kind === 'checkpoint' && ch2.body.includes('She counted the steps.'));
      assert.ok(ch2.kind === 'checkpoint' && !ch2.meta.flags?.includes('underTargetWords'));
      const ch1 = await readCheckpoint(h.fs, join(h.storyDir, '04-draft', 'chapter-01.md'), 'ch1');
      assert.ok(ch1.kind === 'checkpoint');
      if (ch1.kind !== 'checkpoint') return;
      assert.ok(ch1.meta.words >= 300, 'never cut');
      assert.deepEqual(ch1.meta.flags, ['overMaxWords'], '300 words is over 1.5 × 150');
      assert.equal(h.generateRequests().filter((r) => isContinuation(1)(r.promptText)).length, 0);
    });

    it('asks for the rest up to the retry limit, not once, and stops early when an extension adds almost nothing', async () => {
      h.server.scriptWhen((r) => isDraftPrompt(2)(r.promptText), { kind: 'text', text: words(45) });
      // Each extension is new text (a repeated one would be dropped at the seam as a repeat).
      for (const word of ['more', 'again', 'still']) h.server.scriptWhen((r) => isContinuation(2)(r.promptText), { kind: 'text', text: words(25, word) });
      h.server.scriptWhen((r) => isDraftPrompt(3)(r.promptText), { kind: 'text', text: words(41) });
      h.server.scriptWhen((r) => isContinuation(3)(r.promptText), { kind: 'text', text: 'The end.' }, { times: Infinity });
      const run = await h.run({ target: 'draft' });
      assert.equal(run.outcome, 'completed', JSON.stringify(run.failures));
      // 45 + 25 + 25 = 95 of 120 is still short after two; the third (the limit) reaches 120.
      assert.equal(h.generateRequests().filter((r) => isContinuation(2)(r.promptText)).length, 3, 'workflow.maxRetriesPerStage (3) extensions');
      // 41 + 2 words: the model has finished; one extension, then it stops.
      assert.equal(h.generateRequests().filter((r) => isContinuation(3)(r.promptText)).length, 1);
      const ch3 = await readCheckpoint(h.fs, join(h.storyDir, '04-draft', 'chapter-03.md'), 'ch3');
      assert.ok(ch3.kind === 'checkpoint' && ch3.meta.flags?.includes('underTargetWords'), 'still short: flagged');
    });

    it('fails a chapter whose reply is empty or a one-line refusal, writes no file for it, and does not assemble the manuscript', async () => {
      h.server.scriptWhen((r) => isDraftPrompt(2)(r.promptText), { kind: 'text', text: "I'm sorry, but I can't help with writing this chapter." }, { times: Infinity });
      const run = await h.run();
      assert.equal(run.outcome, 'failed');
      assert.deepEqual(
        run.failures.map((f) => [f.item, f.kind]),
        [['draft:02', 'invalid-reply']],
      );
      assert.match(run.failures[0]!.message, /no chapter/);
      assert.equal(h.generateRequests().filter((r) => isDraftPrompt(2)(r.promptText)).length, 3, 'tried up to the retry limit');
      const files = await readdir(join(h.storyDir, '04-draft'));
      assert.ok(!files.includes('chapter-02.md') && !files.includes('chapter-02.partial.md'), files.join(', '));
      assert.equal(statesOf(run)['draft:02'], 'failed');
      assert.equal(statesOf(run).manuscript, 'pending');
    });
  });

  describe('story length', () => {
    it("plans chapters that add up to the brief's target, and reports the story's total against it", async () => {
      h = await workflowHarness();
      const run = await h.run();
      assert.equal(run.outcome, 'completed', JSON.stringify(run.failures));
      const targets = (await computeStoryState(h.fs, h.storyDir)).chapters.map((c) => c.targetWords);
      assert.equal(
        targets.reduce((a, b) => a + b, 0),
        600,
        `targets ${targets.join(' + ')}`,
      );
      assert.ok(run.length, 'the summary has the story length');
      assert.equal(run.length?.target, 600);
      assert.equal(run.length?.verdict, 'on-target');
    });
  });

  describe('regenerating', () => {
    beforeEach(async () => {
      h = await workflowHarness();
      await h.run({ target: 'bible' });
    });

    it('keeps an edited file unless forced; forced, it backs the edit up first and bypasses the cache', async () => {
      const conceptPath = join(h.storyDir, '01-concept.md');
      const edited = `${await readText(h.fs, conceptPath)}\nMy own note.\n`;
      await writeText(h.fs, conceptPath, edited);

      const kept = await h.run({ target: 'concept', regenerate: 'concept' });
      assert.deepEqual(kept.keptEdited, ['concept']);
      assert.equal(kept.requests, 0);
      assert.equal(await readText(h.fs, conceptPath), edited);

      const before = h.generateRequests().length;
      const forced = await h.run({ target: 'concept', regenerate: 'concept', editedFiles: 'replace' });
      assert.deepEqual(forced.generated, ['concept']);
      assert.equal(forced.backups.length, 1);
      assert.equal(await readText(h.fs, forced.backups[0]!), edited);
      assert.equal(h.generateRequests().length, before + 1, 'regenerate bypasses the cache');
      assert.equal(statesOf(forced).concept, 'done');
      assert.equal((await readText(h.fs, conceptPath)).includes('My own note.'), false);
    });
  });

  describe('regenerating one chapter', () => {
    it('makes that chapter again and what depends on it (its revision, the manuscript), nothing else', async () => {
      h = await workflowHarness();
      await h.run();
      const read = async (rel: string) => readText(h.fs, join(h.storyDir, rel));
      const before = { ch1: await read('04-draft/chapter-01.md'), ch3: await read('04-draft/chapter-03.md'), rev1: await read('05-revision/chapter-01.md') };
      const requestsBefore = h.generateRequests().length;
      // A new take differs from the old one (the same prompt to a real model rarely gives the same text).
      const newTake = Array.from({ length: 220 }, (_, i) => `tide${i}`).join(' ') + '.';
      h.server.scriptWhen((r) => isDraftPrompt(2)(r.promptText), { kind: 'text', text: newTake });
      const run = await h.run({ regenerate: 'draft:02' });
      assert.equal(run.outcome, 'completed', JSON.stringify(run.failures));
      assert.deepEqual([...run.generated].sort(), ['draft:02', 'manuscript', 'revision:02']);
      const made = h.generateRequests().slice(requestsBefore);
      assert.equal(made.filter((r) => isDraftPrompt(2)(r.promptText)).length, 1, 'chapter 2 drafted afresh (not from the cache)');
      assert.equal(made.filter((r) => isDraftPrompt(1)(r.promptText) || isDraftPrompt(3)(r.promptText)).length, 0);
      assert.equal(await read('04-draft/chapter-01.md'), before.ch1);
      assert.equal(await read('04-draft/chapter-03.md'), before.ch3);
      assert.equal(await read('05-revision/chapter-01.md'), before.rev1);
      assert.ok((await read('04-draft/chapter-02.md')).includes('tide219'), 'the new take is in the file');
    });
  });

  describe("the writer's bible", () => {
    it('logs what it could not place with certainty when a run reads it', async () => {
      h = await workflowHarness({}, smallBrief, { behaviour: 'obedient' });
      await h.run({ target: 'bible' });
      const biblePath = join(h.storyDir, '02-bible.md');
      const text = await readText(h.fs, biblePath);
      const at = text.indexOf('\n## ', text.indexOf('## Characters') + 1);
      await writeText(h.fs, biblePath, `${text.slice(0, at)}\n\nTomas Vell\n\n- **Role:** the drowned brother\n${text.slice(at)}`);
      const run = await h.run({ target: 'outline' });
      assert.equal(run.outcome, 'completed', JSON.stringify(run.failures));
      assert.ok(
        h.logger.lines.some((l) => /^warn .*02-bible\.md line \d+: ".+" has two "Role" entries/.test(l)),
        h.logger.lines.filter((l) => l.startsWith('warn')).join('\n') || 'no warnings logged',
      );
    });
  });

  describe('a deleted generated file', () => {
    for (const session of ['the same session', 'a new session (disk cache)'] as const) {
      it(`is written afresh, not served from the cache, in ${session}`, async () => {
        h = await workflowHarness({}, smallBrief, { behaviour: 'obedient' });
        await h.run();
        const draftPath = join(h.storyDir, '04-draft', 'chapter-02.md');
        const deleted = await readText(h.fs, draftPath);
        await rm(draftPath);
        if (session !== 'the same session') await h.restartService();
        const requestsBefore = h.generateRequests().length;
        const newTake = Array.from({ length: 220 }, (_, i) => `tide${i}`).join(' ') + '.';
        h.server.scriptWhen((r) => isDraftPrompt(2)(r.promptText), { kind: 'text', text: newTake });
        const run = await h.run();
        assert.equal(run.outcome, 'completed', JSON.stringify(run.failures));
        assert.ok(run.generated.includes('draft:02'));
        assert.equal(run.cacheHits, 0, 'nothing answered from the cache');
        assert.equal(
          h
            .generateRequests()
            .slice(requestsBefore)
            .filter((r) => isDraftPrompt(2)(r.promptText)).length,
          1,
          'chapter 2 drafted afresh',
        );
        const now = await readText(h.fs, draftPath);
        assert.notEqual(now, deleted);
        assert.ok(now.includes('tide219'), 'the new take is in the file');
      });
    }

    it('a missing file the workflow never wrote is made as usual (the cache may answer)', async () => {
      h = await workflowHarness({}, smallBrief, { behaviour: 'obedient' });
      await h.run({ target: 'concept' });
      // Another story folder with the same brief: its concept was never written here, so the cache may serve it.
      await rm(join(h.storyDir, '.story-writer'), { recursive: true, force: true });
      await rm(join(h.storyDir, '01-concept.md'));
      const run = await h.run({ target: 'concept' });
      assert.deepEqual(run.generated, ['concept']);
      assert.equal(run.cacheHits, 1);
    });
  });

  describe('modes', () => {
    it('stops the sequential chain at a failed chapter with one clear failure, leaving the later chapters pending', async () => {
      h = await workflowHarness({ 'workflow.draftMode': 'sequential' });
      h.server.scriptWhen((r) => isDraftPrompt(2)(r.promptText), { kind: 'fixture', name: '200-finish-safety' }, { times: Infinity });
      const run = await h.run();
      assert.equal(run.outcome, 'failed');
      assert.deepEqual(
        run.failures.map((f) => [f.item, f.kind]),
        [['draft:02', 'content-blocked']],
        'one failure, naming chapter 2',
      );
      assert.equal(h.generateRequests().filter((r) => isDraftPrompt(3)(r.promptText)).length, 0, 'chapter 3 is not attempted');
      const states = statesOf(run);
      assert.equal(states['draft:01'], 'done');
      assert.equal(states['draft:02'], 'failed');
      assert.equal(states['draft:03'], 'pending');
      assert.ok(
        h.logger.lines.some((l) => /draft:03: not drafted: it continues from chapter 2/.test(l)),
        'the log says why chapter 3 waits',
      );
    });

    it("drafts in order in sequential mode, each chapter from the previous one's ending", async () => {
      h = await workflowHarness({ 'workflow.draftMode': 'sequential' });
      const run = await h.run({ target: 'draft' });
      assert.equal(run.outcome, 'completed', JSON.stringify(run.failures));
      const drafts = h.generateRequests().filter((r) => promptTask(r.promptText).startsWith('Write about'));
      assert.deepEqual(
        drafts.map((r) => /Chapter (\d+) of the story/.exec(r.promptText)?.[1]),
        ['1', '2', '3'],
      );
      assert.equal(drafts[0]!.promptText.includes('<previous_chapter_ending>'), false);
      const chapter1 = await readCheckpoint(h.fs, join(h.storyDir, '04-draft', 'chapter-01.md'), 'c1');
      assert.ok(chapter1.kind === 'checkpoint');
      if (chapter1.kind !== 'checkpoint') return;
      const ending = parseChapter(chapter1.body).prose.slice(-40);
      assert.ok(drafts[1]!.promptText.includes('<previous_chapter_ending>') && drafts[1]!.promptText.includes(ending));
      const chapter2 = await readCheckpoint(h.fs, join(h.storyDir, '04-draft', 'chapter-02.md'), 'c2');
      assert.ok(chapter2.kind === 'checkpoint' && '04-draft/chapter-01.md' in chapter2.meta.inputs);

      // Editing chapter 1 now makes chapter 2's draft stale: it was written from chapter 1's ending.
      const path1 = join(h.storyDir, '04-draft', 'chapter-01.md');
      await writeText(h.fs, path1, `${await readText(h.fs, path1)}\nA new last line.\n`);
      const state = statesOf(await computeStoryState(h.fs, h.storyDir, { draftMode: 'sequential' }));
      assert.equal(state['draft:02'], 'stale');
      assert.equal(state['draft:03'], 'done');
    });

    it('asks for approval after each stage: Regenerate makes it again, Stop ends the run', async () => {
      h = await workflowHarness({ 'workflow.requireApproval': true });
      const asked: string[] = [];
      const run = await h.run({
        approve: async (stage, result) => {
          asked.push(`${stage}:${result.files.join(',')}`);
          if (stage === 'concept') return asked.length === 1 ? 'regenerate' : 'continue';
          return 'stop';
        },
      });
      assert.deepEqual(asked, ['concept:01-concept.md', 'concept:01-concept.md', 'bible:02-bible.md']);
      assert.equal(run.outcome, 'stopped');
      assert.equal(exitCodeOfRun(run), 0);
      assert.equal(h.generateRequests().filter((r) => promptTask(r.promptText).startsWith('Develop the concept')).length, 2, 'regenerate bypasses the cache');
      assert.equal(statesOf(run).outline, 'pending');
      // Resuming goes on from where it stopped.
      const resumed = await h.run({ approve: async () => 'continue' });
      assert.equal(resumed.outcome, 'completed');
      assert.equal(resumed.generated.includes('concept'), false);
    });

    it('names a damaged input file and leaves it alone', async () => {
      h = await workflowHarness();
      await h.run({ target: 'bible' });
      const biblePath = join(h.storyDir, '02-bible.md');
      const garbage = new Uint8Array([0x00, 0xde, 0xad, 0xbe, 0xef, 0x00]);
      await h.fs.writeFile(biblePath, garbage);
      const run = await h.run();
      assert.equal(run.outcome, 'failed');
      assert.equal(exitCodeOfRun(run), 2);
      assert.equal(run.failures[0]?.item, 'outline');
      assert.match(run.failures[0]?.message ?? '', /^02-bible\.md: /);
      assert.equal(statesOf(run).bible, 'edited');
      assert.deepEqual([...(await h.fs.readFile(biblePath))], [...garbage], 'never overwritten silently');
      assert.equal(h.generateRequests().length, 2, 'no request for the stage that cannot be made');
    });
  });

  describe('structured fallback and per-stage models', () => {
    it("falls back to the simpler Markdown prompt after repeated bad JSON, and uses each stage's model", async () => {
      h = await workflowHarness({ 'workflow.maxRetriesPerStage': 2, stageModels: { bible: 'gemini-3.1-pro-preview' } });
      const isConceptJson = (r: { promptText: string }) => promptTask(r.promptText).startsWith('Develop the concept');
      h.server.scriptWhen(isConceptJson, { kind: 'text', text: 'Here is your concept: a keeper, a letter.' }, { times: Infinity });
      const fallbackReply = '# Concept: The Lighthouse Keeper\n\n## Logline\n\nA keeper answers a letter to the dead.\n\n## Premise\n\nMara keeps the light alone.\n';
      h.server.scriptWhen((r) => promptTask(r.promptText).startsWith('Write the concept'), { kind: 'text', text: fallbackReply });
      const run = await h.run({ target: 'bible' });
      assert.equal(run.outcome, 'completed', JSON.stringify(run.failures));
      // Two attempts, each a bad reply and its one repair, then the fallback.
      assert.equal(h.generateRequests().filter((r) => r.promptText.includes('Develop the concept')).length, 4);
      assert.equal(run.retries, 2);
      const concept = await readCheckpoint(h.fs, join(h.storyDir, '01-concept.md'), '01-concept.md');
      assert.ok(concept.kind === 'checkpoint');
      if (concept.kind !== 'checkpoint') return;
      assert.deepEqual(concept.meta.flags, ['fallbackPrompt']);
      assert.match(concept.body, /A keeper answers a letter to the dead\./);
      const bibleRequest = h.generateRequests().find((r) => promptTask(r.promptText).startsWith('Build the story bible'));
      assert.equal(bibleRequest?.model, 'gemini-3.1-pro-preview');
      const bible = await readCheckpoint(h.fs, join(h.storyDir, '02-bible.md'), '02-bible.md');
      assert.equal(bible.kind === 'checkpoint' && bible.meta.model, 'gemini-3.1-pro-preview');
    });
  });
});
