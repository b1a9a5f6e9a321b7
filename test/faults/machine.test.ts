// The machine misbehaving: a run killed with SIGKILL at random moments, a folder that cannot be
// written, a damaged or missing response cache, two runs on one story at once.
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { chmod, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { StoryLockedError } from '../../src/core/checkpoint/lock';
import { audit } from './support/audit';
import { check, evaluate, faultCase, type CaseResult, type Evaluated } from './support/faultCase';
import { allDone, describeStates, generateRequests, hasStackTrace, itemStates, lastMessage, runJson } from './support/story';
import { CLI_PATH, FaultWorkspace, waitUntil } from './support/workspace';
import { exitCodeOfRun } from '../../src/cli/exitCodes';
import { promptTask } from '../support/promptTask';

const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;

/**
 * Root ignores file permissions, so a read-only folder does not stop root's writes. As root we
 * run the command as `nobody` instead (when it can run node and read dist/cli.js); otherwise
 * a folder is replaced by a file, which fails writes for every user.
 */
const canRunAsNobody: boolean =
  isRoot &&
  spawnSync(process.execPath, ['-e', 'require("fs").accessSync(process.argv[1], require("fs").constants.R_OK)', CLI_PATH], { uid: NOBODY, gid: NOBODY, cwd: '/', stdio: 'ignore' })
    .status === 0;
type Technique = 'chmod' | 'chmod, run as nobody' | 'a file in place of the folder';
/** FAULTS_READONLY_TECHNIQUE=file forces the fallback (to check it on a machine that has the others). */
const technique: Technique =
  process.env.FAULTS_READONLY_TECHNIQUE === 'file'
    ? 'a file in place of the folder'
    : !isRoot
      ? 'chmod'
      : canRunAsNobody
        ? 'chmod, run as nobody'
        : 'a file in place of the folder';

/** A small deterministic PRNG (mulberry32): the kill moments are reproducible with FAULTS_SEED. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Path → sha256 of every file under `dir`, to prove a refused run changed nothing. */
async function treeDigest(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (p: string): Promise<void> => {
    for (const e of await readdir(p, { withFileTypes: true }).catch(() => [])) {
      const full = join(p, e.name);
      if (e.isDirectory()) await walk(full);
      else
        out[relative(dir, full)] = createHash('sha256')
          .update(await readFile(full))
          .digest('hex');
    }
  };
  await walk(dir);
  return out;
}

async function chmodTree(dir: string, dirMode: number, fileMode: number): Promise<void> {
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, e.name);
    if (e.isDirectory()) await chmodTree(full, dirMode, fileMode);
    else await chmod(full, fileMode);
  }
  await chmod(dir, dirMode);
}

/** Lets `nobody` reach the story through the case's folders (mkdtemp makes them 0700). */
async function openPathFor(ws: FaultWorkspace): Promise<void> {
  for (const p of [ws.root, ws.ws, ws.storiesRoot]) await chmod(p, 0o755);
  await mkdir(ws.cacheDir, { recursive: true });
  await chmod(ws.cacheDir, 0o777);
  await chmod(ws.home, 0o777);
}

describe('faults: the machine', function () {
  describe('kill -9 at random moments', function () {
    const TRIALS = 20;
    const PARALLEL = 3;
    const seed = Number(process.env.FAULTS_SEED ?? 7_2024);

    it(`${TRIALS} trials: every rerun completes with no corrupt file (seed ${seed})`, async function () {
      this.timeout(240_000);
      const random = prng(seed);
      // Every fifth kill lands at a random time during start-up (lock, first request); two land
      // as the last revision arrives (committing chapters, assembling the manuscript); the others
      // when the server has streamed a random number of words (0 … about a whole story's worth),
      // so kills fall in structured stages, mid-chapter and between chapters.
      const triggers: KillTrigger[] = Array.from({ length: TRIALS }, (_, i) =>
        i % 5 === 0 ? { afterMs: Math.round(30 + random() * 400) } : i % 10 === 9 ? { atManuscript: true } : { afterWords: Math.round(random() * 1000) },
      );
      const outcomes: Evaluated[] = [];
      for (let start = 0; start < TRIALS; start += PARALLEL) {
        const batch = triggers.slice(start, start + PARALLEL).map((t, j) => killTrial(start + j + 1, t));
        outcomes.push(...(await Promise.all(batch)));
      }
      const failed = outcomes.filter((o) => o.problems.length > 0);
      if (failed.length > 0) throw new Error(failed.map((o) => `${o.record.case}: ${o.problems.join('; ')}`).join('\n'));
    });

    type KillTrigger = { readonly afterMs: number } | { readonly afterWords: number } | { readonly atManuscript: true };

    async function killTrial(n: number, trigger: KillTrigger): Promise<Evaluated> {
      const started = performance.now();
      const ws = await FaultWorkspace.create({ server: { ttftMs: 20, tokensPerSecond: 1200, wordsPerChunk: 6 } });
      try {
        const config = await ws.config();
        const running = ws.spawnCli(['run', ws.storyDir, '--config', config, '--verbose']);
        let exited = false;
        void running.done.then(() => (exited = true));
        const streamed = () => ws.server.requests.reduce((sum, r) => sum + r.outputWords, 0);
        // The moment of the kill is the experiment; reaching it is bounded polling.
        const revisionsDone = () => ws.server.requests.filter((r) => promptTask(r.promptText).startsWith('Revise Chapter') && r.endReason === 'finished').length >= 2;
        if ('afterMs' in trigger) await Promise.race([new Promise((r) => setTimeout(r, trigger.afterMs)), running.done]);
        else if ('afterWords' in trigger) await waitUntil('the kill moment', () => exited || (ws.server.requests.length > 0 && streamed() >= trigger.afterWords), 30_000, 5);
        else await waitUntil('the last revision to be sent', () => exited || revisionsDone(), 30_000, 2);
        const killedAt = performance.now();
        const wordsAtKill = streamed();
        running.child.kill('SIGKILL');
        const killed = await running.done;
        const atKill = describeStates(await itemStates(ws));
        // The rerun goes through the engine in this process (same code, no second start-up): it
        // must take over the dead run's lock, continue its partials and finish.
        let rerunError: unknown;
        const rerun = await ws.runEngine().catch((e: unknown) => {
          rerunError = e;
          return undefined;
        });
        const states = await itemStates(ws);
        const label =
          'afterMs' in trigger ? `${trigger.afterMs} ms after start` : 'afterWords' in trigger ? `${trigger.afterWords} words streamed` : 'as the last revision arrives';
        const result: CaseResult = {
          expected: 'the rerun resumes and completes (exit 0); no corrupt file; at most the request in flight lost',
          exitCode: rerun ? exitCodeOfRun(rerun) : null,
          checks: [
            check(`the rerun was not refused or broken (${(rerunError as Error | undefined)?.message ?? 'ran'})`, rerunError === undefined),
            check('the rerun exits 0', (rerun ? exitCodeOfRun(rerun) : undefined) === 0),
            check(
              'every item done after the rerun',
              Object.values(states).every((s) => s === 'done'),
            ),
          ],
          notes: [
            killed.signal === 'SIGKILL'
              ? `killed at ${Math.round(killedAt - started)} ms, ${wordsAtKill} words streamed; files then: ${atKill}`
              : `the run had already ended (exit ${killed.code}) before the kill moment`,
          ],
          audit: { killedAt: [killedAt] },
        };
        return evaluate(`kill -9 #${String(n).padStart(2, '0')} (${label})`, 'machine', result, await audit(ws, result.audit), performance.now() - started);
      } finally {
        await ws.dispose();
      }
    }
  });

  faultCase({
    name: 'kill -9 during lock acquisition (its claim left behind)',
    group: 'machine',
    async run(ws) {
      // A process that writes its claim and freezes; killed there, it leaves the claim behind.
      const doomed = spawn(process.execPath, [join(__dirname, 'programs', 'claimAndFreeze.js'), ws.storyDir], { stdio: ['ignore', 'pipe', 'inherit'] });
      const stuck = setTimeout(() => doomed.kill('SIGKILL'), 10_000);
      const claimed = await new Promise<boolean>((resolve) => {
        let out = '';
        doomed.stdout!.on('data', (d: Buffer) => {
          out += d.toString();
          if (out.includes('claimed')) resolve(true);
        });
        doomed.once('close', () => resolve(false));
      });
      clearTimeout(stuck);
      doomed.kill('SIGKILL');
      await new Promise((r) => (doomed.exitCode !== null || doomed.signalCode !== null ? r(undefined) : doomed.once('close', r)));
      const left = readdirSync(join(ws.storyDir, '.story-writer', 'lock.claims'));
      const result = await ws.runCli();
      return {
        expected: 'the dead run’s claim does not block the next run; it completes; exit 0',
        exitCode: result.code,
        checks: [
          check('the killed process left its claim behind', claimed && left.length === 1),
          check('exit code 0', result.code === 0),
          check('every item done', await allDone(ws)),
        ],
        notes: result.code === 0 ? [] : [`the run said: ${lastMessage(result)}`],
      };
    },
  });

  faultCase({
    name: `read-only story folder (${technique})`,
    group: 'machine',
    async run(ws) {
      await ws.runEngine({}, { target: 'outline' });
      const before = await treeDigest(ws.storyDir);
      const cliOptions = technique === 'chmod, run as nobody' ? { uid: NOBODY, gid: NOBODY } : {};
      if (technique === 'a file in place of the folder') {
        await rm(join(ws.storyDir, '.story-writer'), { recursive: true, force: true });
        await writeFile(join(ws.storyDir, '.story-writer'), 'not a folder\n');
      } else {
        if (technique === 'chmod, run as nobody') await openPathFor(ws);
        await chmodTree(ws.storyDir, 0o555, 0o444);
      }
      const requestsBefore = generateRequests(ws).length;
      const refused = await ws.runCli({}, [], cliOptions);
      const requestsMade = generateRequests(ws).length - requestsBefore;
      const after = await treeDigest(ws.storyDir);
      const message = lastMessage(refused);
      // (The fallback replaced .story-writer/ itself: compare the rest.)
      const outsideWorkDir = (d: Record<string, string>) =>
        technique === 'a file in place of the folder' ? Object.fromEntries(Object.entries(d).filter(([k]) => !k.startsWith('.story-writer'))) : d;
      const unchanged = JSON.stringify(outsideWorkDir(after)) === JSON.stringify(outsideWorkDir(before));
      // Writable again: the same story now completes.
      if (technique === 'a file in place of the folder') await rm(join(ws.storyDir, '.story-writer'), { force: true });
      else await chmodTree(ws.storyDir, 0o755, 0o644);
      const rerun = await ws.runCli();
      return {
        expected: 'refused before any request with one sentence naming the folder and the reason; nothing written or half-written; once writable, the run completes',
        exitCode: refused.code,
        checks: [
          check('a failure exit code (1 or 2)', refused.code === 1 || refused.code === 2),
          check('no request was made', requestsMade === 0),
          check(
            `the message names the story folder and the reason (“${message}”)`,
            message.includes(ws.storyDir) && /permission denied|read-only|EACCES|EROFS|ENOTDIR|not a directory/i.test(message),
          ),
          check('no stack trace', !hasStackTrace(refused.stderr)),
          check('the story folder is exactly as it was', unchanged),
          check('once writable, the run completes (exit 0)', rerun.code === 0 && (await allDone(ws))),
        ],
        notes: [`technique: ${technique}${isRoot ? ' (tests run as root, where chmod alone does not stop writes)' : ''}`, `message: ${message}`],
      };
    },
  });

  faultCase({
    name: `read-only chapter folder mid-story (${technique})`,
    group: 'machine',
    async run(ws) {
      await ws.runEngine({}, { target: 'outline' });
      const draftDir = join(ws.storyDir, '04-draft');
      const cliOptions = technique === 'chmod, run as nobody' ? { uid: NOBODY, gid: NOBODY } : {};
      if (technique === 'a file in place of the folder') {
        await writeFile(draftDir, 'not a folder\n');
      } else {
        if (technique === 'chmod, run as nobody') {
          await openPathFor(ws);
          await chmodTree(ws.storyDir, 0o777, 0o666);
        }
        await mkdir(draftDir, { recursive: true });
        await chmod(draftDir, 0o555);
      }
      const failed = await ws.runCli({}, ['--json'], cliOptions);
      const json = runJson(failed);
      const draftFiles = statSync(draftDir).isDirectory() ? readdirSync(draftDir) : [];
      if (technique === 'a file in place of the folder') await rm(draftDir, { force: true });
      else await chmodTree(ws.storyDir, 0o755, 0o644);
      const rerun = await ws.runCli();
      const messages = failed.stderr.split('\n').filter((l) => l.startsWith('story-writer:'));
      return {
        expected: 'the chapters fail with a message naming the folder; nothing half-written in it; once writable, the run completes (replies reused from the cache)',
        exitCode: failed.code,
        checks: [
          check('a failure exit code (1)', failed.code === 1),
          check(
            'the message names the chapter folder and the reason',
            messages.some((m) => m.includes('04-draft') && /permission denied|EACCES|EROFS|ENOTDIR|not a directory/i.test(m)),
          ),
          check('no stack trace', !hasStackTrace(failed.stderr)),
          check('nothing (not even a temp file) was left in the chapter folder', draftFiles.length === 0),
          check('once writable, the run completes (exit 0)', rerun.code === 0 && (await allDone(ws))),
        ],
        notes: [`technique: ${technique}`, `outcome ${json?.outcome ?? '?'}; ${messages.slice(0, 2).join(' / ')}`],
      };
    },
  });

  faultCase({
    name: 'disk cache full of garbage between runs',
    group: 'machine',
    async run(ws) {
      const first = await ws.runCli();
      const cached = readdirSync(ws.cacheDir);
      await removeOutputs(ws);
      let i = 0;
      for (const name of cached) {
        const path = join(ws.cacheDir, name);
        const original = readFileSync(path);
        const garbage = [randomBytes(300), original.subarray(0, Math.floor(original.length / 2)), Buffer.from('{"v":1,"createdAt":"yesterday","reply":{}}')][i++ % 3]!;
        await writeFile(path, garbage);
      }
      await writeFile(join(ws.cacheDir, 'garbage.json'), randomBytes(64));
      await writeFile(join(ws.cacheDir, `${'0123456789abcdef'.repeat(2)}.json`), '{not json');
      await writeFile(join(ws.cacheDir, 'half-written.1234.abcd.tmp'), randomBytes(32));
      await mkdir(join(ws.cacheDir, `${'ab'.repeat(32)}.json`));
      const requestsBefore = generateRequests(ws).length;
      const second = await ws.runCli({}, ['--json']);
      const json = runJson(second);
      return {
        expected: 'garbage entries are skipped (counted), never served; every reply asked again; the story completes; exit 0',
        exitCode: second.code,
        checks: [
          check('first run exit 0', first.code === 0),
          check('second run exit 0', second.code === 0),
          check('every item done', await allDone(ws)),
          check('every reply was asked for again (no garbage served)', generateRequests(ws).length - requestsBefore === requestsBefore),
          check('the corrupt entries were counted', (json?.statistics.diskCacheCorrupt ?? 0) >= 1),
        ],
        notes: [`${cached.length} cache entries damaged; diskCacheCorrupt ${json?.statistics.diskCacheCorrupt ?? '?'}`],
      };
    },
  });

  faultCase({
    name: 'disk cache deleted between runs',
    group: 'machine',
    async run(ws) {
      const first = await ws.runCli();
      await removeOutputs(ws);
      await rm(ws.cacheDir, { recursive: true, force: true });
      const requestsBefore = generateRequests(ws).length;
      const second = await ws.runCli();
      return {
        expected: 'the cache is rebuilt; the story completes; exit 0',
        exitCode: second.code,
        checks: [
          check('first run exit 0', first.code === 0),
          check('second run exit 0', second.code === 0),
          check('every item done', await allDone(ws)),
          check('every reply asked again', generateRequests(ws).length - requestsBefore === requestsBefore),
          check('the cache folder was made again', existsSync(ws.cacheDir) && readdirSync(ws.cacheDir).length > 0),
        ],
      };
    },
  });

  faultCase({
    name: 'disk cache folder unusable (a file in its place)',
    group: 'machine',
    async run(ws) {
      await writeFile(ws.cacheDir, 'not a folder\n');
      const result = await ws.runCli();
      return {
        expected: 'the run goes on without the disk cache (a warning in the log); exit 0',
        exitCode: result.code,
        checks: [
          check('exit code 0', result.code === 0),
          check('every item done', await allDone(ws)),
          check('the log says the cache could not be used', /disk cache/i.test(result.stderr)),
          check('the file is left alone', readFileSync(ws.cacheDir, 'utf8') === 'not a folder\n'),
        ],
      };
    },
  });

  faultCase({
    name: 'two runs on one story at once (two processes)',
    group: 'machine',
    // Slow enough that the first run is still going while the second starts up (seconds, not ms).
    workspace: { server: { ttftMs: 30, tokensPerSecond: 150 } },
    async run(ws) {
      const other = await ws.extraServer();
      const first = ws.spawnCli(['run', ws.storyDir, '--config', await ws.config(), '--verbose']);
      await ws.server.waitForRequest((r) => r.action === 'streamGenerateContent', 15_000);
      const secondConfig = await ws.config({ 'storyWriter.apiBaseUrl': other.baseUrl });
      const second = await ws.cli(['run', ws.storyDir, '--config', secondConfig]);
      const firstDone = await first.done;
      return {
        expected: 'the second run is refused at once, naming the run that holds the story (exit 2); the first completes (exit 0)',
        exitCode: second.code,
        checks: [
          check('second run exit code 2', second.code === 2),
          check('the refusal names the other run', /being written by another run \(story-writer \(terminal\), pid \d+/.test(second.stderr)),
          check('the second run made no request', other.requests.length === 0),
          check('first run exit code 0', firstDone.code === 0),
          check('every item done', await allDone(ws)),
        ],
        notes: [`refusal: ${lastMessage(second)}`],
        audit: { servers: [other] },
      };
    },
  });

  faultCase({
    name: 'two runs on one story at once (engine, one process)',
    group: 'machine',
    workspace: { server: { ttftMs: 30, tokensPerSecond: 500 } },
    async run(ws) {
      const first = ws.runEngine();
      await ws.server.waitForRequest((r) => r.action === 'streamGenerateContent', 15_000);
      let refusal: unknown;
      await ws.runEngine().catch((e: unknown) => (refusal = e));
      const summary = await first;
      return {
        expected: 'the second runWorkflow throws StoryLockedError before touching anything; the first completes',
        exitCode: exitCodeOfRun(summary),
        checks: [
          check('the second run was refused with StoryLockedError', refusal instanceof StoryLockedError),
          check('the first run completed', summary.outcome === 'completed' && exitCodeOfRun(summary) === 0),
          check('every item done', await allDone(ws)),
        ],
        notes: [`refusal: ${(refusal as Error | undefined)?.message ?? 'none'}`],
      };
    },
  });
});

/** Everything the workflow wrote, so the next run has to make it all again. */
async function removeOutputs(ws: FaultWorkspace): Promise<void> {
  for (const name of await readdir(ws.storyDir)) {
    if (name !== 'brief.md') await rm(join(ws.storyDir, name), { recursive: true, force: true });
  }
}
