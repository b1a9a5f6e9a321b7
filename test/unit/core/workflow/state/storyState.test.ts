import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeCheckpoint } from '../../../../../src/core/checkpoint/checkpointFile';
import { runStatePath } from '../../../../../src/core/checkpoint/storyPaths';
import { computeStoryState, type StoryState } from '../../../../../src/core/workflow/state/storyState';
import { renderBrief } from '../../../../../src/core/story/briefFile';
import { makeTempDir, nodeFs as fs, readText, writeText } from '../tempStory';
import { writeDoneStory } from '../storyOnDisk';
import { smallBrief } from '../workflowHarness';

const byId = (s: StoryState) => new Map(s.items.map((i) => [i.id, i]));
const statesOf = (s: StoryState) => Object.fromEntries(s.items.map((i) => [i.id, i.state]));

describe('story state', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
  afterEach(() => cleanup());

  const edit = async (rel: string, change: (text: string) => string) => writeText(fs, join(dir, rel), change(await readText(fs, join(dir, rel))));

  it('is pending everywhere for a story with only a brief (no chapters known yet)', async () => {
    await writeText(fs, join(dir, 'brief.md'), renderBrief(smallBrief));
    const state = await computeStoryState(fs, dir);
    assert.deepEqual(statesOf(state), { concept: 'pending', bible: 'pending', outline: 'pending', manuscript: 'pending' });
    assert.deepEqual(state.problems, []);
  });

  it('is done everywhere for a complete, untouched story', async () => {
    await writeDoneStory(fs, dir, 3);
    const state = await computeStoryState(fs, dir);
    assert.equal(state.items.length, 3 + 3 * 2 + 1);
    for (const item of state.items) assert.equal(item.state, 'done', `${item.id}: ${item.reason}`);
    assert.equal(byId(state).get('draft:02')?.file, '04-draft/chapter-02.md');
  });

  it('marks an edited concept edited, and its dependants stale with the reason', async () => {
    await writeDoneStory(fs, dir, 3);
    await edit('01-concept.md', (t) => t.replace('## Logline', '## Logline\n\nThe writer rewrote this.'));
    const items = byId(await computeStoryState(fs, dir));
    assert.equal(items.get('concept')?.state, 'edited');
    assert.equal(items.get('bible')?.state, 'stale');
    assert.deepEqual(items.get('bible')?.staleInputs, ['01-concept.md']);
    assert.equal(items.get('bible')?.reason, '01-concept.md changed');
    assert.equal(items.get('outline')?.state, 'stale');
    // Chapters read the bible and the outline, not the concept: they only go stale once those change.
    assert.equal(items.get('draft:01')?.state, 'done');
  });

  it('ignores a change to front matter alone, and trailing white space or CRLF', async () => {
    await writeDoneStory(fs, dir, 2);
    await edit('01-concept.md', (t) => t.replace(/generatedAt: .*/, 'generatedAt: 2030-01-01T00:00:00.000Z').replace(/\n/g, '\r\n') + '\n\n');
    const state = await computeStoryState(fs, dir);
    for (const item of state.items) assert.equal(item.state, 'done', item.id);
  });

  it("says in the problems and the bible's reason when an edited bible looks like two characters merged", async () => {
    await writeDoneStory(fs, dir, 3);
    await edit('02-bible.md', (t) => t.replace('## Setting', 'Tomas Vell\n\n- **Role:** the drowned brother\n\n## Setting'));
    const state = await computeStoryState(fs, dir);
    const bible = byId(state).get('bible')!;
    assert.equal(bible.state, 'edited');
    assert.match(bible.reason ?? '', /^edited by the writer\. 02-bible\.md line \d+: "Jonah Hale" has two "Role" entries/);
    assert.equal(state.problems.length, 1);
    assert.match(state.problems[0]!, /"Jonah Hale" has two "Role" entries; if part of it is another character/);
  });

  it("makes only that chapter's revision stale when one draft is edited", async () => {
    await writeDoneStory(fs, dir, 3);
    await edit('04-draft/chapter-02.md', (t) => `${t}\nOne more line by the writer.\n`);
    const state = await computeStoryState(fs, dir);
    const notDone = state.items.filter((i) => i.state !== 'done').map((i) => `${i.id}:${i.state}`);
    assert.deepEqual(notDone, ['draft:02:edited', 'revision:02:stale']);
    assert.equal(byId(state).get('revision:02')?.reason, '04-draft/chapter-02.md changed');
  });

  it("makes only chapter 3 stale when chapter 3's beats are edited in the outline", async () => {
    await writeDoneStory(fs, dir, 4);
    await edit('03-outline.md', (t) => t.replace('- Beat two of 3.', '- Beat two of 3, rewritten by the writer.'));
    const state = await computeStoryState(fs, dir);
    const notDone = state.items.filter((i) => i.state !== 'done').map((i) => `${i.id}:${i.state}`);
    assert.deepEqual(notDone, ['outline:edited', 'draft:03:stale', 'revision:03:stale']);
    assert.equal(byId(state).get('draft:03')?.reason, '03-outline.md (chapter 3) changed');
  });

  it('drops a chapter deleted from the outline by hand: its files become orphans, the manuscript goes stale', async () => {
    await writeDoneStory(fs, dir, 4);
    await edit('03-outline.md', (t) => t.replace(/## Chapter 3:[\s\S]*?(?=## Chapter 4:)/, ''));
    const state = await computeStoryState(fs, dir);
    assert.deepEqual(
      state.chapters.map((c) => c.number),
      [1, 2, 4],
    );
    assert.equal(byId(state).has('draft:03'), false);
    assert.deepEqual(state.orphans, ['04-draft/chapter-03.md', '05-revision/chapter-03.md']);
    const notDone = state.items.filter((i) => i.state !== 'done').map((i) => `${i.id}:${i.state}`);
    assert.deepEqual(notDone, ['outline:edited', 'manuscript:stale']);
    assert.match(byId(state).get('manuscript')?.reason ?? '', /05-revision\/chapter-03\.md/);
  });

  it('shows a partial chapter, and failed and skipped items from the run records', async () => {
    await writeDoneStory(fs, dir, 3);
    await fs.delete(join(dir, '04-draft/chapter-01.md'));
    const partialBody = 'The keeper climbed';
    await writeCheckpoint(
      fs,
      join(dir, '04-draft/chapter-01.partial.md'),
      {
        stage: 'draft',
        chapter: 1,
        status: 'partial',
        model: 'm',
        promptHash: 'p',
        inputs: {},
        bodyHash: 'x',
        usage: { promptTokens: 0, outputTokens: 0, thinkingTokens: 0 },
        durationMs: 0,
        generatedAt: '2025-01-01T00:00:00.000Z',
        words: 3,
      },
      partialBody,
    );
    await fs.delete(join(dir, '04-draft/chapter-02.md'));
    // A skip is recorded with the inputs of the time: the ones the revision file had recorded.
    const revision3 = byId(await computeStoryState(fs, dir)).get('revision:03')?.meta?.inputs ?? {};
    await fs.delete(join(dir, '05-revision/chapter-03.md'));
    const at = '2025-01-01T00:00:00.000Z';
    await writeText(
      fs,
      runStatePath(dir),
      JSON.stringify({
        version: 1,
        items: {
          'draft:02': { state: 'failed', reason: 'Gemini blocked the reply (SAFETY)', kind: 'content-blocked', at, inputs: {} },
          'revision:03': { state: 'skipped', reason: 'skipped after a failure', at, inputs: revision3 },
        },
      }),
    );
    const items = byId(await computeStoryState(fs, dir));
    assert.equal(items.get('draft:01')?.state, 'partial');
    assert.equal(items.get('draft:02')?.state, 'failed');
    assert.equal(items.get('draft:02')?.reason, 'Gemini blocked the reply (SAFETY)');
    assert.equal(items.get('revision:03')?.state, 'skipped');
    assert.equal(items.get('revision:01')?.state, 'stale');
    assert.deepEqual(items.get('revision:01')?.staleInputs, ['04-draft/chapter-01.md']);
  });

  it('treats damaged files as edited, with a typed error naming the file', async () => {
    await writeDoneStory(fs, dir, 2);
    await fs.writeFile(join(dir, '02-bible.md'), new Uint8Array([0x00, 0xff, 0x13, 0x37, 0x00]));
    await edit('04-draft/chapter-01.md', (t) => t.slice(0, 40));
    await writeText(fs, join(dir, '05-revision/chapter-02.md'), '# Chapter 2\n\nWritten by hand.\n');
    const items = byId(await computeStoryState(fs, dir));
    assert.equal(items.get('bible')?.state, 'edited');
    assert.equal(items.get('bible')?.problem?.problem, 'binary');
    assert.match(items.get('bible')?.reason ?? '', /^02-bible\.md: /);
    assert.equal(items.get('draft:01')?.state, 'edited');
    assert.equal(items.get('draft:01')?.problem?.problem, 'front-matter');
    assert.equal(items.get('revision:02')?.state, 'edited');
    assert.equal(items.get('revision:02')?.reason, 'written by hand (no front matter)');
    // The damaged bible changed hash: what depends on it is stale.
    assert.equal(items.get('outline')?.state, 'stale');
  });

  it('computes the state of a 25-chapter story quickly (timing printed, not asserted)', async () => {
    await writeDoneStory(fs, dir, 25);
    await computeStoryState(fs, dir); // warm up module loading and the disk cache
    const runs = 5;
    const start = performance.now();
    let state: StoryState | undefined;
    for (let i = 0; i < runs; i++) state = await computeStoryState(fs, dir);
    const ms = (performance.now() - start) / runs;
    assert.equal(state?.items.length, 3 + 25 * 2 + 1);
    assert.ok(state?.items.every((i) => i.state === 'done'));
    console.log(`      computeStoryState, 25 chapters (${state?.items.length} items): ${ms.toFixed(1)} ms`);
  });
});
