// Drives the built headless command (`node dist/cli.js`) as a child process against the
// Gemini-protocol test server, for the tests in this folder. Every child is tracked so a test
// (or an `afterEach`) can kill what it left running; every run's output is kept so a suite can
// check that the key never reached stdout or stderr.
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { isTempName } from '../../../src/core/checkpoint/atomicWrite';
import { checkpointMetaSchema, type CheckpointMeta } from '../../../src/core/checkpoint/meta';
import { bodyHash } from '../../../src/core/hash';
import { parseFrontMatter } from '../../../src/core/documents/markdown/frontMatter';
import { findRepoRoot } from '../../support/fakeGemini';

/** The folder with package.json above this file (src: test/unit/cli; built: out/test/unit/cli). */
export const REPO_ROOT = findRepoRoot(__dirname);
export const CLI_PATH = join(REPO_ROOT, 'dist', 'cli.js');

/** A key nobody would type: if it shows up anywhere, it leaked. */
export const SECRET_KEY = 'sw-cli-test-KEY-q7Zr4Xb9Lm2Vt8Np';

/** Fails with what to do when the bundle is missing (npm test's pretest builds it). */
export function requireBuiltCli(): void {
  if (!existsSync(CLI_PATH)) {
    throw new Error(`${CLI_PATH} is missing: build the headless command first with "node esbuild.mjs" (npm test's pretest does it).`);
  }
}

export interface CliResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly args: readonly string[];
  readonly ms: number;
}

export interface CliEnv {
  /** GOOGLE_GEMINI_BASE_URL; omitted when undefined. */
  readonly baseUrl?: string;
  /** GEMINI_API_KEY; `null` leaves it unset. */
  readonly apiKey?: string | null;
  /** STORY_WRITER_CACHE_DIR. */
  readonly cacheDir: string;
  readonly cwd?: string;
  readonly extra?: Readonly<Record<string, string>>;
}

/** A child run of the command, with its live output and its end. */
export interface CliChild {
  readonly child: ChildProcess;
  readonly pid: number;
  stdout: string;
  stderr: string;
  readonly done: Promise<CliResult>;
}

const live = new Set<ChildProcess>();
/** Everything any child printed, for the "no key anywhere" checks. */
export const transcripts: string[] = [];

function childEnv(env: CliEnv): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    // Nothing from the test runner's own environment may steer the child: key, endpoint, cache, log level.
    if (/^(GEMINI_|GOOGLE_|STORY_WRITER_)/.test(k)) continue;
    base[k] = v;
  }
  return {
    ...base,
    ...(env.baseUrl !== undefined ? { GOOGLE_GEMINI_BASE_URL: env.baseUrl } : {}),
    ...(env.apiKey !== null ? { GEMINI_API_KEY: env.apiKey ?? SECRET_KEY } : {}),
    STORY_WRITER_CACHE_DIR: env.cacheDir,
    NO_COLOR: '1',
    ...env.extra,
  };
}

/** Starts `node dist/cli.js ARGS` with stdout and stderr piped (so neither is a TTY). */
export function startCli(args: readonly string[], env: CliEnv): CliChild {
  requireBuiltCli();
  const started = Date.now();
  const child = spawn(process.execPath, [CLI_PATH, ...args], { cwd: env.cwd ?? REPO_ROOT, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  live.add(child);
  const handle: CliChild = {
    child,
    pid: child.pid ?? -1,
    stdout: '',
    stderr: '',
    done: new Promise<CliResult>((resolve, reject) => {
      child.stdout!.setEncoding('utf8').on('data', (d: string) => (handle.stdout += d));
      child.stderr!.setEncoding('utf8').on('data', (d: string) => (handle.stderr += d));
      child.on('error', (e) => {
        live.delete(child);
        reject(e);
      });
      // `close`, not `exit`: it comes after the child's output has all been read.
      child.on('close', (code, signal) => {
        live.delete(child);
        transcripts.push(`$ story-writer ${args.join(' ')}\n${handle.stdout}\n${handle.stderr}`);
        resolve({ code, signal, stdout: handle.stdout, stderr: handle.stderr, args, ms: Date.now() - started });
      });
    }),
  };
  return handle;
}

/** Runs the command to its end (bounded: a hung child is killed and the test fails). */
export async function runCli(args: readonly string[], env: CliEnv, timeoutMs = 30_000): Promise<CliResult> {
  const run = startCli(args, env);
  return within(run.done, timeoutMs, `story-writer ${args.join(' ')}`, () => run.child.kill('SIGKILL'));
}

/** Kills every child a test left running (by its own pid) and waits for them to go. */
export async function killLeftoverChildren(): Promise<void> {
  const waits = [...live].map(
    (child) =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('close', () => resolve());
        child.kill('SIGKILL');
      }),
  );
  await Promise.all(waits);
}

/** `promise`, or a rejection after `ms` (running `onTimeout` first): a test never hangs on a bug. */
export function within<T>(promise: Promise<T>, ms: number, what: string, onTimeout?: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout?.();
      reject(new Error(`timed out after ${ms} ms waiting for ${what}`));
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Polls `check` every 15 ms until it returns something truthy, for at most `timeoutMs`. */
export async function pollFor<T>(check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 15));
  }
}

// ── Temp folders ──────────────────────────────────────────────────────────────────────────────

export async function makeTempRoot(prefix: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true, maxRetries: 3 }) };
}

/** Writes a `--config` file and returns its path. */
export async function writeConfig(dir: string, name: string, settings: Record<string, unknown> | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, typeof settings === 'string' ? settings : JSON.stringify(settings));
  return path;
}

/** Every file under `root`, as paths relative to it, sorted ([] when it does not exist). */
export async function listFiles(root: string): Promise<string[]> {
  if (!existsSync(root)) return [];
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .sort();
}

// ── Story files ───────────────────────────────────────────────────────────────────────────────

export const STAGE_FILES = (chapters: number): string[] => {
  const nn = (n: number) => String(n).padStart(2, '0');
  const numbers = Array.from({ length: chapters }, (_, i) => i + 1);
  return [
    '01-concept.md',
    '02-bible.md',
    '03-outline.md',
    ...numbers.map((n) => `04-draft/chapter-${nn(n)}.md`),
    ...numbers.map((n) => `05-revision/chapter-${nn(n)}.md`),
    'story.md',
  ];
};

export interface StageFileRead {
  readonly file: string;
  readonly meta: CheckpointMeta;
  readonly body: string;
}

/**
 * Reads a generated stage file strictly: front matter that parses, metadata that the checkpoint
 * schema accepts, and a body whose hash is the one recorded (a torn write would fail one of these).
 */
export async function readStageFile(storyDir: string, file: string): Promise<StageFileRead> {
  const text = await readFile(join(storyDir, file), 'utf8');
  const doc = parseFrontMatter(text);
  assert.ok(doc.hasFrontMatter, `${file} has no front matter`);
  const parsed = checkpointMetaSchema.safeParse(doc.data);
  assert.ok(parsed.success, `${file}: front matter is not a valid checkpoint: ${parsed.success ? '' : JSON.stringify(parsed.error.issues[0])}`);
  assert.equal(parsed.data.bodyHash, bodyHash(doc.body), `${file}: body does not match its recorded bodyHash (torn or mixed write)`);
  return { file, meta: parsed.data, body: doc.body };
}

/**
 * No file in the story is corrupt: every `.md` parses (brief.md as a brief, the rest as
 * checkpoints whose body matches its hash), JSON bookkeeping parses, and anything else is a
 * hidden temp file of an atomic write (which no reader takes for a stage file). Returns the
 * leftover temp files.
 */
export async function assertNoCorruptFile(storyDir: string): Promise<{ files: string[]; tempFiles: string[] }> {
  const files = await listFiles(storyDir);
  const tempFiles: string[] = [];
  for (const file of files) {
    const name = file.split('/').pop()!;
    if (isTempName(name)) {
      assert.ok(!name.endsWith('.md'), `temp file ${file} looks like a stage file`);
      tempFiles.push(file);
      continue;
    }
    if (file.startsWith('.story-writer/')) {
      if (file.startsWith('.story-writer/lock.claims/')) continue; // empty claim files
      if (file.startsWith('.story-writer/backups/')) continue; // copies of the writer's files
      const text = await readFile(join(storyDir, file), 'utf8');
      assert.doesNotThrow(() => JSON.parse(text), `${file} is not whole JSON: ${JSON.stringify(text.slice(0, 200))}`);
      continue;
    }
    assert.ok(name.endsWith('.md'), `unexpected file ${file} in the story`);
    if (name === 'brief.md') {
      const doc = parseFrontMatter(await readFile(join(storyDir, file), 'utf8'));
      assert.ok(doc.hasFrontMatter, 'brief.md lost its front matter');
      continue;
    }
    const read = await readStageFile(storyDir, file);
    if (name.endsWith('.partial.md')) assert.equal(read.meta.status, 'partial', `${file} is not marked partial`);
    else assert.equal(read.meta.status, undefined, `${file} is a stage file marked partial`);
  }
  return { files, tempFiles };
}

/** Every file under `root` (recursively) that contains `needle`, as relative paths. */
export async function filesContaining(root: string, needle: string): Promise<string[]> {
  const hits: string[] = [];
  for (const file of await listFiles(root)) {
    const bytes = await readFile(join(root, file)).catch(() => undefined);
    if (bytes && bytes.includes(Buffer.from(needle))) hits.push(file);
  }
  return hits;
}

/** How often `needle` occurs in `text` (non-overlapping). */
export function occurrences(text: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}

/** One line of context for a failed assertion about a child run. */
export function describeRun(r: CliResult): string {
  return `story-writer ${r.args.join(' ')} → code ${r.code} signal ${r.signal} in ${r.ms} ms\n--- stdout ---\n${r.stdout.slice(0, 2000)}\n--- stderr ---\n${r.stderr.slice(0, 2000)}`;
}
