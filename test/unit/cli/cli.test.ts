// The headless `story-writer` command, end to end: the built bundle (dist/cli.js) runs as a child
// process against the Gemini-protocol test server, and the tests check what a terminal or a
// script sees — exit codes, the one sentence on stderr, stdout — and what lands on disk.
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { lockPath } from '../../../src/core/checkpoint/storyPaths';
import { parseFrontMatter } from '../../../src/core/documents/markdown/frontMatter';
import { startFakeGemini, type FakeGemini, type RequestLogEntry, type ScriptHandle } from '../../support/fakeGemini';
import {
  SECRET_KEY,
  STAGE_FILES,
  assertNoCorruptFile,
  describeRun,
  filesContaining,
  killLeftoverChildren,
  listFiles,
  makeTempRoot,
  readStageFile,
  requireBuiltCli,
  runCli,
  startCli,
  transcripts,
  within,
  writeConfig,
  type CliEnv,
  type CliResult,
} from './cliHarness';

const EXIT = { ok: 0, badInput: 2, auth: 3, dailyQuota: 4, contentBlocked: 5, unavailable: 6 } as const;

function assertExit(r: CliResult, code: number): void {
  assert.equal(r.code, code, `expected exit ${code}\n${describeRun(r)}`);
}

/** The error sentence: on stderr, prefixed, and saying what to do (matched by `todo`). */
function assertSays(r: CliResult, todo: RegExp): void {
  assert.match(r.stderr, /^story-writer: /m, `no error sentence on stderr\n${describeRun(r)}`);
  assert.match(r.stderr, todo, `stderr does not say what to do\n${describeRun(r)}`);
}

describe('story-writer headless command (child process, Gemini-protocol test server)', function () {
  this.timeout(30_000);
  let server: FakeGemini;
  let root: string;
  let cleanupRoot: () => Promise<void>;
  let cacheDir: string;
  let env: CliEnv;
  let fastRetry: string;
  let counter = 0;
  /** A fresh path in the temp root. */
  const fresh = (name: string) => join(root, `${name}-${++counter}`);
  /** Generate requests the server logged since `from` whose prompt has `tag`. */
  const requestsFor = (tag: string, from = 0): RequestLogEntry[] =>
    server.requests.slice(from).filter((r) => (r.action === 'streamGenerateContent' || r.action === 'generateContent') && r.promptText.includes(tag));

  before(async () => {
    requireBuiltCli();
    ({ dir: root, cleanup: cleanupRoot } = await makeTempRoot('story-writer-cli-'));
    cacheDir = join(root, 'cache');
    server = await startFakeGemini({ apiKey: SECRET_KEY, ttftMs: 0, tokensPerSecond: 0 });
    env = { baseUrl: server.baseUrl, cacheDir };
    fastRetry = await writeConfig(root, 'fast-retry.json', { 'storyWriter.retry.maxRetries': 1, 'storyWriter.retry.baseDelayMs': 10 });
  });

  afterEach(async () => {
    await killLeftoverChildren();
  });

  after(async () => {
    await killLeftoverChildren();
    await server?.stop();
    await cleanupRoot?.();
  });

  // ── 1. generate ─────────────────────────────────────────────────────────────────────────────

  describe('generate', () => {
    it('in a pipe prints exactly the final text, the same text --json reports', async () => {
      const prompt = 'Write about 60 words: a pipe test about a lighthouse [gen-pipe]';
      const piped = await runCli(['generate', '--prompt', prompt], env);
      assertExit(piped, EXIT.ok);
      const json = await runCli(['generate', '--prompt', prompt, '--json', '--no-cache'], env);
      assertExit(json, EXIT.ok);
      const { text } = JSON.parse(json.stdout) as { text: string };
      assert.ok(text.trim().split(/\s+/).length >= 30, `reply too short: ${text}`);
      assert.equal(piped.stdout, text.endsWith('\n') ? text : `${text}\n`);
      assert.equal(piped.stderr, '', 'a successful piped run prints nothing on stderr');
    });

    it('--json prints one parseable object with text, finishReason, usage and statistics', async () => {
      const r = await runCli(['generate', '--prompt', 'Write about 20 words: json shape [gen-json]', '--json', '--no-cache'], env);
      assertExit(r, EXIT.ok);
      const lines = r.stdout.trim().split('\n');
      assert.equal(lines.length, 1, 'one line of JSON');
      const out = JSON.parse(lines[0]!) as Record<string, unknown>;
      assert.equal(typeof out.text, 'string');
      assert.ok((out.text as string).length > 0);
      assert.equal(out.finishReason, 'STOP');
      const usage = out.usage as Record<string, unknown>;
      assert.equal(typeof usage.promptTokens, 'number');
      assert.ok((usage.outputTokens as number) > 0, JSON.stringify(usage));
      const stats = out.statistics as Record<string, unknown>;
      assert.equal(stats.requests, 1);
      assert.equal(stats.apiCalls, 1);
      assert.equal(stats.circuitState, 'closed');
    });

    it('after a cut stream prints the complete text exactly once and exits 0', async () => {
      const tag = '[gen-cut]';
      const prompt = `Write about 80 words: a stream that is cut ${tag}`;
      const from = server.requests.length;
      const cut = server.scriptWhen((req) => req.promptText.includes(tag), { kind: 'cut', afterWords: 15 });
      try {
        const r = await runCli(['generate', '--prompt', prompt, '--no-cache', '--config', fastRetry], env);
        assertExit(r, EXIT.ok);
        assert.equal(cut.used, 1, 'the cut was served');
        const json = await runCli(['generate', '--prompt', prompt, '--no-cache', '--json'], env);
        const { text } = JSON.parse(json.stdout) as { text: string };
        assert.equal(r.stdout, `${text.replace(/\n$/, '')}\n`, 'stdout holds the whole reply once, nothing of the cut attempt');
        const opening = /^(?:\S+\s+){7}\S+/.exec(text)![0];
        assert.equal(r.stdout.split(opening).length - 1, 1, 'the opening words appear once');
        const seen = requestsFor(tag, from);
        assert.equal(seen.length, 3, 'cut attempt, its retry, and the --json run');
        assert.equal(seen[0]!.endReason, 'cut');
      } finally {
        cut.cancel();
      }
    });
  });

  // ── 2. check ────────────────────────────────────────────────────────────────────────────────

  describe('models', () => {
    it('lists the models the key can generate with, the recommended one first (--json)', async () => {
      const r = await runCli(['models', '--json'], env);
      assertExit(r, EXIT.ok);
      const listed = JSON.parse(r.stdout) as Array<{ id: string; outputTokenLimit: number; recommended: boolean; configured: boolean; thinking: string }>;
      assert.equal(listed[0]?.id, 'gemini-3.8-flash');
      assert.equal(listed[0]?.recommended, true);
      assert.equal(listed[0]?.configured, true, 'the default setting');
      assert.equal(listed[0]?.thinking, 'by level');
      assert.ok(listed.every((m) => m.outputTokenLimit > 0));
      assert.ok(!listed.some((m) => m.id.includes('2.5')), 'no retired models');
    });

    it('prints a table naming how to choose one', async () => {
      const r = await runCli(['models'], env);
      assertExit(r, EXIT.ok);
      assert.match(r.stdout, /^>\* gemini-3\.8-flash\s+Gemini 3\.8 Flash \(in 1,048,576 · out 65,536 tokens · thinks by level\)$/m);
      assert.match(r.stdout, /Select Model/);
    });
  });

  describe('check', () => {
    it('fails a key whose generation is refused (402) with exit 4, and a retired model with exit 2 naming a replacement', async () => {
      server.script({ kind: 'fixture', name: '402-prepay-depleted' });
      const broke = await runCli(['check'], env);
      assertExit(broke, EXIT.dailyQuota);
      assertSays(broke, /prepay credits are used up.*ai\.studio\/projects/);
      const retired = await runCli(['check', '--model', 'gemini-2.5-flash'], env);
      assertExit(retired, EXIT.badInput);
      assertSays(retired, /gemini-2\.5-flash" is no longer available.*gemini-3\.8-flash.*story-writer models/);
    });

    // The four runs are independent: they run together, and each test checks its own.
    let runs: Record<'ok' | 'wrongKey' | 'unknownModel' | 'unreachable', Promise<CliResult>>;
    before(async () => {
      const gone = await startFakeGemini({ apiKey: SECRET_KEY });
      const deadUrl = gone.baseUrl;
      await gone.stop();
      const config = await writeConfig(root, 'short-timeout.json', { 'storyWriter.requestTimeoutSeconds': 5 });
      runs = {
        ok: runCli(['check'], env),
        wrongKey: runCli(['check'], { ...env, apiKey: 'not-the-right-key' }),
        unknownModel: runCli(['check', '--model', 'gemini-9.9'], env),
        unreachable: runCli(['check', '--config', config], { ...env, baseUrl: deadUrl }, 15_000),
      };
      // Finished before the tests (whose afterEach kills leftover children); each test reports its own.
      await Promise.allSettled(Object.values(runs));
    });

    it('exits 0 when the key and model work', async () => {
      const r = await runs.ok;
      assertExit(r, EXIT.ok);
      assert.match(r.stdout, /^ok: the key works and gemini-3\.8-flash/);
    });

    it('exits 3 with a wrong key and says to set GEMINI_API_KEY', async () => {
      const r = await runs.wrongKey;
      assertExit(r, EXIT.auth);
      assertSays(r, /GEMINI_API_KEY/);
    });

    it('exits 2 for an unknown model and says to choose another', async () => {
      const r = await runs.unknownModel;
      assertExit(r, EXIT.badInput);
      assertSays(r, /gemini-9\.9.*Choose another/);
    });

    it('exits 6 when the server is unreachable, within a few seconds', async () => {
      const r = await runs.unreachable;
      assertExit(r, EXIT.unavailable);
      assertSays(r, /Check your connection/);
      assert.ok(r.ms < 8_000, `took ${r.ms} ms`);
    });
  });

  // ── 3. Gemini's errors, through generate ────────────────────────────────────────────────────

  describe('generate maps Gemini errors to exit codes', () => {
    const cases: Array<{ fixture: string; code: number; todo: RegExp; requests: number }> = [
      { fixture: '429-per-day', code: EXIT.dailyQuota, todo: /daily .*quota.*Try again then, or choose another model/, requests: 1 },
      { fixture: '200-finish-safety', code: EXIT.contentBlocked, todo: /SAFETY.*Rephrase/, requests: 1 },
      { fixture: '400-api-key-invalid', code: EXIT.auth, todo: /GEMINI_API_KEY/, requests: 1 },
      { fixture: '404-model-not-found', code: EXIT.badInput, todo: /Choose another in storyWriter\.model/, requests: 1 },
      // maxRetries 1: one try and one retry, then give up.
      { fixture: '503-overloaded', code: EXIT.unavailable, todo: /unavailable.*Try again in a few minutes/, requests: 2 },
      { fixture: '402-prepay-depleted', code: EXIT.dailyQuota, todo: /prepay credits are used up.*billing page/, requests: 1 },
      { fixture: '429-limit-zero', code: EXIT.dailyQuota, todo: /not available on the free tier.*waiting will not help.*story-writer models/, requests: 1 },
      { fixture: '429-long-retry-delay', code: EXIT.dailyQuota, todo: /wait 9 h 22 min \(until 2026-09-20 21:03 UTC\)/, requests: 1 },
      { fixture: '404-model-retired-new-users', code: EXIT.badInput, todo: /no longer available.*gemini-3\.8-flash/, requests: 1 },
      { fixture: '400-user-location', code: EXIT.auth, todo: /User location is not supported.*available-regions/, requests: 1 },
      { fixture: '400-thinking-level-minimal', code: EXIT.badInput, todo: /storyWriter\.thinking/, requests: 1 },
      { fixture: '400-cached-content-too-small', code: EXIT.badInput, todo: /report it with the log/, requests: 1 },
      // An empty STOP gets one retry (maxRetries 1 allows no more anyway), then is named.
      { fixture: '200-stop-empty-text', code: EXIT.unavailable, todo: /without writing any text/, requests: 2 },
      { fixture: '200-finish-malformed-response', code: EXIT.unavailable, todo: /MALFORMED_RESPONSE.*Retrying usually helps/, requests: 2 },
    ];
    const tagOf = (fixture: string) => `[fixture-${fixture}]`;
    const runs = new Map<string, Promise<CliResult>>();
    const handles: ScriptHandle[] = [];
    let from = 0;

    before(async () => {
      from = server.requests.length;
      for (const c of cases) {
        const tag = tagOf(c.fixture);
        handles.push(server.scriptWhen((req) => req.promptText.includes(tag), { kind: 'fixture', name: c.fixture }, { times: Infinity }));
        const run = runCli(['generate', '--prompt', `Write about 20 words ${tag}`, '--no-cache', '--config', fastRetry], env);
        runs.set(c.fixture, run);
      }
      // Finished before the tests (whose afterEach kills leftover children); each test reports its own.
      await Promise.allSettled(runs.values());
    });

    after(() => {
      for (const h of handles) h.cancel();
    });

    for (const c of cases) {
      it(`${c.fixture} → exit ${c.code}${c.requests === 1 ? ', not retried' : ', after the retries'}`, async () => {
        const r = await runs.get(c.fixture)!;
        assertExit(r, c.code);
        assertSays(r, c.todo);
        assert.equal(r.stdout, '', 'nothing on stdout');
        assert.equal(requestsFor(tagOf(c.fixture), from).length, c.requests);
      });
    }
  });

  // ── 4. Configuration ────────────────────────────────────────────────────────────────────────

  describe('configuration', () => {
    it('a --config file that is not JSON → exit 2 naming the file', async () => {
      const config = await writeConfig(root, 'broken.json', '{"storyWriter.temperature": ');
      const r = await runCli(['generate', '--prompt', 'hello', '--config', config], env);
      assertExit(r, EXIT.badInput);
      assertSays(r, /not valid JSON.*Fix it or remove --config/);
      assert.ok(r.stderr.includes(config), 'names the file');
      assert.equal(r.stdout, '');
    });

    it('an out-of-range value → exit 2 naming the key and its allowed range', async () => {
      const config = await writeConfig(root, 'hot.json', { 'storyWriter.temperature': 5 });
      const r = await runCli(['generate', '--prompt', 'hello', '--config', config], env);
      assertExit(r, EXIT.badInput);
      assertSays(r, /storyWriter\.temperature is 5 but must be empty \(null\), or a number from 0 to 2/);
      assert.ok(r.stderr.includes(config), 'names the file');
    });

    it('an unknown key → exit 2 naming it', async () => {
      const config = await writeConfig(root, 'unknown.json', { 'storyWriter.temprature': 1 });
      const r = await runCli(['check', '--config', config], env);
      assertExit(r, EXIT.badInput);
      assertSays(r, /storyWriter\.temprature is not a Story Writer setting/);
    });

    it('a missing --config file → exit 2 saying to check the path', async () => {
      const r = await runCli(['check', '--config', join(root, 'nowhere.json')], env);
      assertExit(r, EXIT.badInput);
      assertSays(r, /Cannot read the config file .*nowhere\.json.*Check the path/);
    });

    it('no GEMINI_API_KEY → exit 3 saying to export it, without calling Gemini', async () => {
      const from = server.requests.length;
      const r = await runCli(['generate', '--prompt', 'hello'], { ...env, apiKey: null });
      assertExit(r, EXIT.auth);
      assertSays(r, /export GEMINI_API_KEY=/);
      const blank = await runCli(['check'], { ...env, apiKey: '   ' });
      assertExit(blank, EXIT.auth);
      assert.equal(server.requests.length, from, 'no request without a key');
    });

    it('a missing argument or an unknown command → exit 2 with the usage', async () => {
      const [noPrompt, noDir, unknown, badStage] = await Promise.all([
        runCli(['generate'], env),
        runCli(['run'], env),
        runCli(['frobnicate'], env),
        runCli(['run', join(root, 'whatever'), '--stage', 'epilogue'], env),
      ]);
      assertExit(noPrompt, EXIT.badInput);
      assertSays(noPrompt, /--prompt TEXT/);
      assertExit(noDir, EXIT.badInput);
      assertSays(noDir, /story-writer run DIR/);
      assertExit(unknown, EXIT.badInput);
      assertSays(unknown, /--help/);
      assertExit(badStage, EXIT.badInput);
      assertSays(badStage, /--stage must be one of concept, .*all/);
    });
  });

  // ── 5. new ──────────────────────────────────────────────────────────────────────────────────

  describe('new', () => {
    it('writes brief.md with the premise and parameters', async () => {
      const dir = fresh('new-ok');
      const r = await runCli(
        ['new', dir, '--premise', 'A lighthouse keeper finds a map of a coast that does not exist.', '--words', '900', '--chapters', '3', '--title', 'The Keeper'],
        env,
      );
      assertExit(r, EXIT.ok);
      assert.match(r.stdout, /story-writer run /, 'says what to do next');
      assert.deepEqual(await listFiles(dir), ['brief.md']);
      const doc = parseFrontMatter(await readFile(join(dir, 'brief.md'), 'utf8'));
      assert.equal(doc.data.title, 'The Keeper');
      assert.equal(doc.data.targetWords, 900);
      assert.equal(doc.data.chapters, 3);
      assert.match(doc.body, /A lighthouse keeper finds a map/);
    });

    it('an empty premise → exit 2, nothing written', async () => {
      const dir = fresh('new-empty');
      const r = await runCli(['new', dir, '--premise', '  '], env);
      assertExit(r, EXIT.badInput);
      assertSays(r, /premise/);
      assert.equal(existsSync(dir), false, 'no folder made');
    });

    it('--words out of range → exit 2 naming the range, nothing written', async () => {
      const dir = fresh('new-words');
      const r = await runCli(['new', dir, '--premise', 'A map.', '--words', '50'], env);
      assertExit(r, EXIT.badInput);
      assertSays(r, /from 300 to 500000 \(found 50\)/);
      assert.equal(existsSync(dir), false, 'no folder made');
    });

    it('on an existing story → exit 2, the brief untouched', async () => {
      const dir = fresh('new-twice');
      assertExit(await runCli(['new', dir, '--premise', 'The first premise.'], env), EXIT.ok);
      const before = await readFile(join(dir, 'brief.md'), 'utf8');
      const r = await runCli(['new', dir, '--premise', 'A second premise.'], env);
      assertExit(r, EXIT.badInput);
      assertSays(r, /already holds a story.*story-writer run/);
      assert.equal(await readFile(join(dir, 'brief.md'), 'utf8'), before);
      assert.deepEqual(await listFiles(dir), ['brief.md']);
    });

    it('into an existing empty folder writes the brief in that folder (not a "-2" sibling)', async () => {
      const dir = fresh('new-mkdir-first');
      await mkdir(dir);
      const r = await runCli(['new', dir, '--premise', 'A keeper and a map.'], env);
      assertExit(r, EXIT.ok);
      assert.equal(existsSync(`${dir}-2`), false, `made ${dir}-2 instead of using ${dir}: ${r.stdout}`);
      assert.deepEqual(await listFiles(dir), ['brief.md']);
    });
  });

  // ── 6, 9, 10. run and status ────────────────────────────────────────────────────────────────

  describe('run and status', () => {
    let story: string;
    const storyEnv = () => ({ ...env, cacheDir: join(root, 'run-cache') });

    before(async function () {
      story = fresh('story');
      const r = await runCli(['new', story, '--premise', 'A lighthouse keeper finds a map of a coast that does not exist.', '--words', '300', '--chapters', '3'], env);
      assertExit(r, EXIT.ok);
    });

    it('a full run exits 0 and writes every stage file with valid front matter', async () => {
      const from = server.requests.length;
      const r = await runCli(['run', story], storyEnv());
      assertExit(r, EXIT.ok);
      assert.match(r.stderr, /^Done: 10 files, /m);
      assert.equal(r.stdout, '', 'progress goes to stderr; stdout stays empty without --json');
      const files = await listFiles(story);
      for (const file of STAGE_FILES(3)) {
        assert.ok(files.includes(file), `${file} missing; have ${files.join(', ')}`);
        const read = await readStageFile(story, file);
        const stage = file === 'story.md' ? 'manuscript' : file.startsWith('04') ? 'draft' : file.startsWith('05') ? 'revision' : read.meta.stage;
        assert.equal(read.meta.stage, stage, file);
        assert.ok(read.body.trim().length > 0, `${file} is empty`);
      }
      assert.ok(!files.some((f) => f.endsWith('.partial.md')), 'no partial left');
      assert.equal(existsSync(lockPath(story)), false, 'lock released');
      await assertNoCorruptFile(story);
      const calls = server.requests.slice(from);
      assert.equal(calls.filter((r) => r.action !== 'getModel').length, 9, 'nine model calls (the manuscript needs none)');
      assert.equal(calls.filter((r) => r.action === 'getModel').length, 1, 'one models.get for the one model');
    });

    it('a second run --json makes no request', async () => {
      const from = server.requests.length;
      const r = await runCli(['run', story, '--json'], storyEnv());
      assertExit(r, EXIT.ok);
      const summary = JSON.parse(r.stdout) as { requests: number; apiCalls: number; generated: string[]; outcome: string; items: Record<string, string> };
      assert.equal(summary.outcome, 'completed');
      assert.equal(summary.requests, 0);
      assert.equal(summary.apiCalls, 0);
      assert.deepEqual(summary.generated, []);
      assert.ok(
        Object.values(summary.items).every((s) => s === 'done'),
        JSON.stringify(summary.items),
      );
      assert.equal(server.requests.length, from, 'the server saw nothing');
      assert.match(r.stderr, /Up to date/);
    });

    it('--regenerate draft:02 makes that chapter again and nothing before it; an unknown item → exit 2', async () => {
      const from = server.requests.length;
      const r = await runCli(['run', story, '--regenerate', 'draft:02', '--json'], storyEnv());
      assertExit(r, EXIT.ok);
      const summary = JSON.parse(r.stdout) as { generated: string[]; requests: number };
      assert.ok(summary.generated.includes('draft:02'), JSON.stringify(summary.generated));
      assert.ok(!summary.generated.some((id) => id === 'draft:01' || id === 'draft:03' || id === 'concept' || id === 'outline'), JSON.stringify(summary.generated));
      assert.ok(server.requests.length - from >= 1, 'chapter 2 went to the model (not the cache)');
      const unknown = await runCli(['run', story, '--regenerate', 'draft:09'], storyEnv());
      assertExit(unknown, EXIT.badInput);
      assertSays(unknown, /draft:09: the story has no such item yet \(its chapters: 1, 2, 3\)/);
      const nonsense = await runCli(['run', story, '--regenerate', 'chapter-2'], storyEnv());
      assertExit(nonsense, EXIT.badInput);
      assertSays(nonsense, /--regenerate must be a stage .* or one chapter of a chapter stage, like draft:03/);
    });

    it('status --json lists every stage done, without a request', async () => {
      const from = server.requests.length;
      const r = await runCli(['status', story, '--json'], storyEnv());
      assertExit(r, EXIT.ok);
      const out = JSON.parse(r.stdout) as { items: Array<{ id: string; state: string }>; problems: string[] };
      assert.deepEqual(
        out.items.map((i) => i.id),
        ['concept', 'bible', 'outline', 'draft:01', 'draft:02', 'draft:03', 'revision:01', 'revision:02', 'revision:03', 'manuscript'],
      );
      assert.ok(
        out.items.every((i) => i.state === 'done'),
        JSON.stringify(out.items),
      );
      assert.deepEqual(out.problems, []);
      assert.equal(server.requests.length, from);
    });

    it('run on a folder without brief.md → exit 2 saying how to create one', async () => {
      const dir = fresh('no-brief');
      await mkdir(dir);
      const r = await runCli(['run', dir], storyEnv());
      assertExit(r, EXIT.badInput);
      assertSays(r, /has no brief\.md.*story-writer new/);
      assert.deepEqual(await listFiles(dir), [], 'nothing written');
      assert.equal(existsSync(join(dir, '.story-writer')), false, 'no work folder');
    });

    it('run with an out-of-range targetWords in brief.md → exit 2, nothing written', async () => {
      const dir = fresh('bad-brief');
      await mkdir(dir);
      await writeFile(join(dir, 'brief.md'), '---\ntitle: Too Short\ntargetWords: 50\nchapters: 3\n---\n\nA keeper and a map.\n');
      const from = server.requests.length;
      const r = await runCli(['run', dir], storyEnv());
      assertExit(r, EXIT.badInput);
      assertSays(r, /brief\.md needs fixing.*targetWords.*from 300 to 500000/);
      assert.deepEqual(await listFiles(dir), ['brief.md']);
      assert.equal(existsSync(join(dir, '.story-writer')), false, 'no work folder');
      assert.equal(server.requests.length, from);
    });

    it('a second run on a story being written exits 2 naming the holder; the first completes', async () => {
      const dir = fresh('contended');
      assertExit(await runCli(['new', dir, '--premise', 'Two runs, one keeper.', '--words', '300', '--chapters', '3'], env), EXIT.ok);
      // The first run's first request is held long enough for the second to start and be refused.
      server.setOptions({ ttftMs: 1_500 });
      const from = server.requests.length;
      const first = startCli(['run', dir], { ...storyEnv(), cacheDir: join(root, 'contended-cache') });
      try {
        await server.waitForRequest((req) => server.requests.indexOf(req) >= from, 10_000);
        assert.ok(existsSync(lockPath(dir)), 'the first run holds the lock');
        const second = await runCli(['run', dir], { ...storyEnv(), cacheDir: join(root, 'contended-cache-2') });
        assertExit(second, EXIT.badInput);
        assertSays(second, new RegExp(`being written by another run \\(story-writer \\(terminal\\), pid ${first.pid} on .*\\)\\. Wait for it to finish or cancel it\\.`));
      } finally {
        server.setOptions({ ttftMs: 0 });
      }
      const done = await within(first.done, 20_000, 'the first run');
      assertExit(done, EXIT.ok);
      assert.equal(server.requests.slice(from).filter((r) => r.action !== 'getModel').length, 9, 'only the first run called Gemini');
      for (const file of STAGE_FILES(3)) await readStageFile(dir, file);
      assert.equal(existsSync(lockPath(dir)), false, 'lock released');
    });
  });

  // ── 11. The key ─────────────────────────────────────────────────────────────────────────────

  describe('the API key', () => {
    it('never appears in output (even --verbose / debug logging), story files or the cache', async () => {
      const story = fresh('secret');
      const verboseEnv: CliEnv = { ...env, cacheDir: join(root, 'secret-cache') };
      assertExit(await runCli(['new', story, '--premise', 'A secret kept.', '--words', '300', '--chapters', '3'], verboseEnv), EXIT.ok);
      const run = await runCli(['run', story, '--stage', 'bible', '--verbose', '--json'], verboseEnv);
      assertExit(run, EXIT.ok);
      assert.match(run.stderr, /debug \[gemini\] Calling Gemini/, 'verbose logging was on');
      const tag = '[secret-fail]';
      const handle = server.scriptWhen((req) => req.promptText.includes(tag), { kind: 'fixture', name: '503-overloaded' }, { times: Infinity });
      try {
        const failing = await runCli(['generate', '--prompt', `Write about 10 words ${tag}`, '--verbose', '--config', fastRetry], {
          ...verboseEnv,
          extra: { STORY_WRITER_LOG: 'debug' },
        });
        assertExit(failing, EXIT.unavailable);
      } finally {
        handle.cancel();
      }
      const checked = await runCli(['check', '--verbose'], { ...verboseEnv, extra: { STORY_WRITER_LOG: 'debug' } });
      assertExit(checked, EXIT.ok);

      const leaks = transcripts.filter((t) => t.includes(SECRET_KEY));
      assert.deepEqual(leaks, [], 'the key was printed');
      assert.ok(transcripts.length >= 30, `checked ${transcripts.length} runs`);
      assert.deepEqual(await filesContaining(root, SECRET_KEY), [], 'the key was written to a file');
      assert.ok((await listFiles(join(root, 'secret-cache'))).length > 0, 'the cache was written (so it was checked)');
      assert.ok(
        server.requests.every((r) => !r.keyInQuery),
        'the key never went into a URL',
      );
    });
  });
});
