// `story-writer run` killed (SIGKILL) or interrupted (SIGINT) while chapters stream, then run
// again: no file is ever corrupt, the stale lock of a dead run is taken over, and a chapter that
// was cut continues from its saved text — which appears exactly once in the finished chapter.
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderCheckpoint } from '../../../src/core/checkpoint/checkpointFile';
import { lockRecordSchema } from '../../../src/core/checkpoint/lock';
import { lockPath } from '../../../src/core/checkpoint/storyPaths';
import { bodyHash } from '../../../src/core/hash';
import { parseChapter, proseFromModel } from '../../../src/core/documents/chapter';
import { countWords } from '../../../src/core/documents/wordCount';
import { startFakeGemini, type FakeGemini } from '../../support/fakeGemini';
import {
  SECRET_KEY,
  STAGE_FILES,
  assertNoCorruptFile,
  describeRun,
  filesContaining,
  killLeftoverChildren,
  listFiles,
  makeTempRoot,
  pollFor,
  readStageFile,
  requireBuiltCli,
  runCli,
  startCli,
  transcripts,
  within,
  type CliChild,
  type CliResult,
} from './cliHarness';
import { promptTask } from '../../support/promptTask';

/** Slow enough that a chapter streams for seconds, in small pieces (≈ 20 words a second). */
const SLOW: { tokensPerSecond: number; wordsPerChunk: number } = { tokensPerSecond: 30, wordsPerChunk: 2 };

interface PartialText {
  /** e.g. `04-draft/chapter-02.partial.md` */
  readonly file: string;
  /** The finished file it becomes, e.g. `04-draft/chapter-02.md`. */
  readonly finalFile: string;
  readonly chapter: number;
  readonly stage: 'draft' | 'revision';
  /** The prose a rerun continues from (what the runner reads back). */
  readonly prose: string;
}

async function readPartials(storyDir: string): Promise<PartialText[]> {
  const partials: PartialText[] = [];
  for (const file of (await listFiles(storyDir)).filter((f) => f.endsWith('.partial.md'))) {
    const read = await readStageFile(storyDir, file);
    assert.equal(read.meta.status, 'partial', file);
    partials.push({
      file,
      finalFile: file.replace(/\.partial\.md$/, '.md'),
      chapter: read.meta.chapter!,
      stage: read.meta.stage as 'draft' | 'revision',
      prose: proseFromModel(read.body),
    });
  }
  return partials;
}

/** The prose a partial would be continued from, as the chapter joins it (trailing blanks dropped). */
const seamless = (prose: string) => prose.replace(/[ \t]+$/, '');

function assertExit(r: CliResult, code: number): void {
  assert.equal(r.code, code, `expected exit ${code}\n${describeRun(r)}`);
}

describe('story-writer run killed or interrupted mid-draft, then run again', function () {
  this.timeout(60_000);
  let fast: FakeGemini;
  let root: string;
  let cleanupRoot: () => Promise<void>;
  /** A story written up to its outline: each test drafts a copy of it. */
  let base: string;
  const slowServers: FakeGemini[] = [];
  let counter = 0;

  async function slowServer(options: Partial<typeof SLOW> = {}): Promise<FakeGemini> {
    const server = await startFakeGemini({ apiKey: SECRET_KEY, ttftMs: 0, ...SLOW, ...options });
    slowServers.push(server);
    return server;
  }

  async function copyOfBase(name: string): Promise<{ story: string; cacheDir: string }> {
    const n = ++counter;
    const story = join(root, `${name}-${n}`);
    await cp(base, story, { recursive: true });
    return { story, cacheDir: join(root, `cache-${name}-${n}`) };
  }

  /** Waits (bounded) until some chapter has a partial file holding at least `words` words. */
  async function partialWithWords(story: string, words: number, child: CliChild): Promise<PartialText> {
    return pollFor(
      async () => {
        if (child.child.exitCode !== null) throw new Error(`the run ended before a partial was saved\n${child.stderr}`);
        const partials = await readPartials(story).catch(() => []);
        return partials.find((p) => countWords(p.prose) >= words);
      },
      20_000,
      `a partial chapter with ${words} words in ${story}`,
    );
  }

  /** A rerun at full speed: exit 0, every file there and sound, no partial, no lock. */
  async function rerunToCompletion(
    story: string,
    cacheDir: string,
  ): Promise<{ result: CliResult; summary: { items: Record<string, string>; generated: string[] }; tempFiles: string[] }> {
    const result = await runCli(['run', story, '--json'], { baseUrl: fast.baseUrl, cacheDir });
    assertExit(result, 0);
    const summary = JSON.parse(result.stdout) as { items: Record<string, string>; generated: string[] };
    assert.ok(
      Object.values(summary.items).every((s) => s === 'done'),
      JSON.stringify(summary.items),
    );
    const { files, tempFiles } = await assertNoCorruptFile(story);
    for (const file of STAGE_FILES(3)) assert.ok(files.includes(file), `${file} missing after the rerun`);
    assert.deepEqual(
      files.filter((f) => f.endsWith('.partial.md')),
      [],
      'no partial file left',
    );
    assert.equal(existsSync(lockPath(story)), false, 'the lock is released');
    return { result, summary, tempFiles };
  }

  /** Every chapter that was cut holds its saved text exactly once, at its start. */
  async function assertContinued(story: string, partials: readonly PartialText[]): Promise<void> {
    for (const p of partials) {
      const finished = await readStageFile(story, p.finalFile);
      const prose = parseChapter(finished.body).prose;
      const saved = seamless(p.prose);
      assert.ok(saved.length > 0);
      assert.ok(
        prose.startsWith(saved),
        `${p.finalFile} does not start with the saved text of ${p.file}\n--- saved ---\n${saved}\n--- chapter ---\n${prose.slice(0, saved.length + 200)}`,
      );
      // The saved text once, none of it streamed twice. (A two-word save such as "Somewhere behind"
      // can recur by chance in the test server's prose, so only a longer one is counted.)
      if (countWords(saved) >= 8) {
        assert.equal(prose.split(saved).length - 1, 1, `${p.finalFile} holds the saved text more than once`);
        const opening = /^(?:\S+\s+){7}\S+/.exec(saved)![0];
        assert.equal(prose.split(opening).length - 1, 1, `${p.finalFile} repeats its opening "${opening}"`);
      }
    }
  }

  before(async function () {
    requireBuiltCli();
    ({ dir: root, cleanup: cleanupRoot } = await makeTempRoot('story-writer-cli-kill-'));
    fast = await startFakeGemini({ apiKey: SECRET_KEY, ttftMs: 0, tokensPerSecond: 0 });
    base = join(root, 'base');
    const env = { baseUrl: fast.baseUrl, cacheDir: join(root, 'cache-base') };
    assertExit(
      await runCli(
        ['new', base, '--title', 'The Cut Chapter', '--premise', 'A lighthouse keeper finds a map of a coast that does not exist.', '--words', '900', '--chapters', '3'],
        env,
      ),
      0,
    );
    assertExit(await runCli(['run', base, '--stage', 'outline'], env), 0);
    assert.deepEqual(
      (await listFiles(base)).filter((f) => f.endsWith('.md')),
      ['01-concept.md', '02-bible.md', '03-outline.md', 'brief.md'],
    );
  });

  afterEach(async () => {
    await killLeftoverChildren();
    await Promise.all(slowServers.splice(0).map((s) => s.stop()));
  });

  after(async () => {
    await killLeftoverChildren();
    await fast?.stop();
    await cleanupRoot?.();
  });

  it("SIGKILL while chapters stream: nothing corrupt, the dead run's lock is taken over, the cut chapter continues from its saved text once", async () => {
    const { story, cacheDir } = await copyOfBase('kill');
    const slow = await slowServer();
    const child = startCli(['run', story], { baseUrl: slow.baseUrl, cacheDir });
    await partialWithWords(story, 8, child);
    assert.ok(
      slow.requests.some((r) => promptTask(r.promptText).startsWith('Write about') && r.outputWords > 0),
      'a draft has streamed words',
    );
    child.child.kill('SIGKILL');
    const killed = await within(child.done, 10_000, 'the killed run to end');
    assert.equal(killed.signal, 'SIGKILL', describeRun(killed));

    // What the crash left: every file whole, the partials readable, the dead run's lock.
    const { tempFiles } = await assertNoCorruptFile(story);
    const partials = await readPartials(story);
    assert.ok(partials.length >= 1, 'a partial was left');
    assert.ok(partials.every((p) => p.stage === 'draft'));
    const lock = lockRecordSchema.parse(JSON.parse(await readFile(lockPath(story), 'utf8')));
    assert.equal(lock.pid, child.pid, "the stale lock is the killed run's");

    const from = fast.requests.length;
    const { summary } = await rerunToCompletion(story, cacheDir);
    for (const p of partials) assert.ok(summary.generated.includes(`draft:${String(p.chapter).padStart(2, '0')}`), `draft ${p.chapter} was made by the rerun`);
    await assertContinued(story, partials);

    // Each cut chapter was continued, not started again: its prompt carries the saved text's tail.
    const rerunRequests = fast.requests.slice(from);
    for (const p of partials) {
      const tail = seamless(p.prose).slice(-120);
      const continuation = rerunRequests.filter((r) => promptTask(r.promptText).startsWith(`Continue Chapter ${p.chapter}:`) && r.promptText.includes(tail));
      assert.equal(continuation.length >= 1, true, `no continuation request for chapter ${p.chapter} carrying the tail "${tail}"`);
      const fresh = rerunRequests.filter((r) => promptTask(r.promptText).startsWith('Write about') && r.promptText.includes(`Chapter ${p.chapter} of the story`));
      assert.equal(fresh.length, 0, `chapter ${p.chapter} was drafted again from scratch`);
    }
    if (tempFiles.length) console.log(`      (temp files left by the kill: ${tempFiles.join(', ')})`);
  });

  it('SIGKILL at five different moments: every rerun completes with no corrupt file', async function () {
    // Moments after the first draft request, at several speeds: before any text, with partials of
    // different lengths, and (fastest server) when chapters finish and revisions start.
    const trials = [
      { delayMs: 0, tokensPerSecond: 30 },
      { delayMs: 400, tokensPerSecond: 30 },
      { delayMs: 1_100, tokensPerSecond: 60 },
      { delayMs: 1_300, tokensPerSecond: 120 },
      { delayMs: 1_400, tokensPerSecond: 300 },
    ];
    const outcomes = await Promise.all(
      trials.map(async (trial, i) => {
        const { story, cacheDir } = await copyOfBase(`trial${i}`);
        const slow = await slowServer({ tokensPerSecond: trial.tokensPerSecond });
        const child = startCli(['run', story], { baseUrl: slow.baseUrl, cacheDir });
        await within(
          slow.waitForRequest((r) => promptTask(r.promptText).startsWith('Write about'), 20_000),
          21_000,
          `trial ${i}: the first draft request`,
        );
        await new Promise((r) => setTimeout(r, trial.delayMs)); // the moment of the kill, not a synchronisation
        child.child.kill('SIGKILL');
        const killed = await within(child.done, 10_000, `trial ${i}: the killed run to end`);
        const atKill = await assertNoCorruptFile(story);
        const partials = await readPartials(story);
        const doneAtKill = atKill.files.filter((f) => /^0[45]-.*chapter-\d\d\.md$/.test(f));
        await rerunToCompletion(story, cacheDir);
        await assertContinued(story, partials);
        return `trial ${i} (${trial.tokensPerSecond} tok/s, +${trial.delayMs} ms): ${killed.signal ?? `exit ${killed.code}`}, ${partials.length} partial(s) [${partials.map((p) => `${p.file}: ${countWords(p.prose)} words`).join(', ')}], ${doneAtKill.length} chapter file(s) done, ${atKill.tempFiles.length} temp file(s)`;
      }),
    );
    for (const line of outcomes) console.log(`      ${line}`);
  });

  it('a partial left beside its finished chapter (killed between the two writes) is cleaned up by the next run', async () => {
    // The window between writing chapter-NN.md and deleting chapter-NN.partial.md is microseconds
    // wide; a kill can still land in it. Recreate what it leaves and run again.
    const { story, cacheDir } = await copyOfBase('window');
    assertExit(await runCli(['run', story], { baseUrl: fast.baseUrl, cacheDir }), 0);
    const chapter = await readStageFile(story, '04-draft/chapter-02.md');
    // A valid partial checkpoint of the same chapter, made from the same inputs.
    const partialBody = parseChapter(chapter.body).prose.split(/\s+/).slice(0, 20).join(' ');
    // As the partial saver writes it: no usage, and last saved just before the chapter was committed.
    const { flags: _flags, cached: _cached, ...made } = chapter.meta;
    const partialMeta = {
      ...made,
      status: 'partial' as const,
      bodyHash: bodyHash(partialBody),
      words: countWords(partialBody),
      usage: { promptTokens: 0, outputTokens: 0, thinkingTokens: 0 },
      generatedAt: new Date(Date.parse(chapter.meta.generatedAt) - 500).toISOString(),
    };
    await writeFile(join(story, '04-draft/chapter-02.partial.md'), renderCheckpoint(partialMeta, partialBody));
    await readStageFile(story, '04-draft/chapter-02.partial.md');

    const status = await runCli(['status', story, '--json'], { baseUrl: fast.baseUrl, cacheDir });
    const items = (JSON.parse(status.stdout) as { items: Array<{ id: string; state: string }> }).items;
    assert.equal(items.find((i) => i.id === 'draft:02')?.state, 'done', 'the finished chapter is done');
    const from = fast.requests.length;
    const again = await runCli(['run', story, '--json'], { baseUrl: fast.baseUrl, cacheDir });
    assertExit(again, 0);
    assert.equal(fast.requests.length, from, 'nothing to generate');
    assert.deepEqual(
      (await listFiles(story)).filter((f) => f.endsWith('.partial.md')),
      [],
      'the stale partial beside a done chapter is removed',
    );
  });

  it('SIGINT while chapters stream: exit 130, the streamed text saved, the lock released; a rerun completes at once', async () => {
    const { story, cacheDir } = await copyOfBase('sigint');
    const slow = await slowServer();
    const child = startCli(['run', story], { baseUrl: slow.baseUrl, cacheDir });
    const seen = await partialWithWords(story, 8, child);
    const wordsSeen = countWords(seen.prose);
    child.child.kill('SIGINT');
    const interrupted = await within(child.done, 10_000, 'the interrupted run to end');
    assertExit(interrupted, 130);
    assert.match(interrupted.stderr, /Interrupted after .* Text written so far is kept; run again to continue\./);
    assert.equal(existsSync(lockPath(story)), false, 'the lock is released');
    const { tempFiles } = await assertNoCorruptFile(story);
    assert.deepEqual(tempFiles, [], 'a clean stop leaves no temp file');
    const partials = await readPartials(story);
    const same = partials.find((p) => p.file === seen.file);
    assert.ok(same, `${seen.file} was kept`);
    assert.ok(countWords(same.prose) >= wordsSeen, `the emergency save kept at least what was on disk (${countWords(same.prose)} < ${wordsSeen})`);
    assert.ok(same.prose.startsWith(seen.prose.trimEnd()), 'the saved text extends what was saved before');

    const status = await runCli(['status', story, '--json'], { baseUrl: fast.baseUrl, cacheDir });
    const items = (JSON.parse(status.stdout) as { items: Array<{ id: string; state: string }> }).items;
    for (const p of partials) assert.equal(items.find((i) => i.id === `${p.stage}:${String(p.chapter).padStart(2, '0')}`)?.state, 'partial', p.file);

    const { result } = await rerunToCompletion(story, cacheDir);
    assert.doesNotMatch(result.stderr, /being written by another run/);
    await assertContinued(story, partials);
  });

  it('leaves the key in no output and no file', async () => {
    assert.deepEqual(
      transcripts.filter((t) => t.includes(SECRET_KEY)),
      [],
    );
    assert.deepEqual(await filesContaining(root, SECRET_KEY), []);
  });
});
