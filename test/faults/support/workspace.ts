// One fault case's world: a temporary workspace with a story, a response-cache folder, a home, a
// Gemini-protocol server with a distinctive key, and the two ways to drive the engine — the
// headless command as a child process, and `runWorkflow` in this process. Everything it starts
// (servers, children, services) is stopped by `dispose`, and its folder removed.
import { MemoryLogger } from '../../support/memoryLogger';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { settingsFromFlatJson, type Settings } from '../../../src/core/config/settings';
import { createStory, type NewStoryInput } from '../../../src/core/story/createStory';
import type { RunSummary } from '../../../src/core/workflow/progress';
import { runWorkflow, type RunWorkflowOptions } from '../../../src/core/workflow/runner';
import { createGeminiService, type GeminiService } from '../../../src/gemini';
import { geminiConfigFromSettings } from '../../../src/hosts/geminiConfig';
import { NodeFileSystem } from '../../../src/node/nodeFileSystem';
import { startFakeGemini, type FakeGemini, type FakeGeminiOptions } from '../../support/fakeGemini';

/** The key every case uses: distinctive enough that any occurrence anywhere is a leak. */
export const FAULT_KEY = 'AIzaSyFAULTS-7f3a9c1e-never-leak-0042';

export const REPO_ROOT = resolve(__dirname, '../../../..');
const DIST = join(REPO_ROOT, 'dist');

/**
 * The headless command under test: `dist/cli.js`, the command it loads (`dist/cli-main.js`) and its lazily loaded `dist/genai.js`, copied
 * once per suite run to a folder of its own, so a rebuild of dist/ while the suite runs (the
 * build deletes it first) cannot pull the command away mid-case.
 */
export const CLI_PATH: string = (() => {
  const dir = mkdtempSync(join(tmpdir(), 'story-writer-faults-cli-'));
  chmodSync(dir, 0o755); // readable by `nobody` too (the read-only cases run as nobody under root)
  for (const name of ['cli.js', 'cli-main.js', 'genai.js']) {
    if (!existsSync(join(DIST, name))) throw new Error(`${join(DIST, name)} is missing: build first (node esbuild.mjs)`);
    copyFileSync(join(DIST, name), join(dir, name));
  }
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return join(dir, 'cli.js');
})();

/** A small story: two chapters of about 300 words, so a whole run takes about a second. */
export const SMALL_STORY: NewStoryInput = {
  title: 'The Salt Lamp',
  premise: 'A lighthouse keeper on a drowned coast finds that the lamp she tends guides ships from another century.',
  genre: 'literary fiction',
  tone: 'quiet, uncanny',
  targetWords: 600,
  chapters: 2,
};

export interface CliResult {
  readonly args: readonly string[];
  /** Exit code; null when a signal ended the process. */
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly durationMs: number;
  /** The process was killed because it outlived `timeoutMs`. */
  readonly timedOut: boolean;
}

export interface CliOptions {
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Kill -9 after this long (default 60 s): a hung run must fail the case, not the suite. */
  readonly timeoutMs?: number;
  readonly cwd?: string;
  /** Run as another user (only when this process is root). */
  readonly uid?: number;
  readonly gid?: number;
}

export interface RunningCli {
  readonly child: ChildProcess;
  readonly done: Promise<CliResult>;
}

export interface WorkspaceOptions {
  readonly server?: FakeGeminiOptions;
  /** The story to create (default SMALL_STORY); `null` for none. */
  readonly story?: NewStoryInput | null;
  /** The key the server accepts (default FAULT_KEY). */
  readonly serverKey?: string;
}

export class FaultWorkspace {
  /** Every CLI run with what it printed: searched for the key. */
  readonly cliRuns: CliResult[] = [];
  readonly logger: MemoryLogger;
  private readonly children = new Set<ChildProcess>();
  private readonly services = new Set<GeminiService>();
  private readonly extraServers = new Set<FakeGemini>();
  private configs = 0;
  readonly fs = new NodeFileSystem();

  private constructor(
    /** Everything of the case lives under here. */
    readonly root: string,
    /** The workspace folder (what VS Code would open). */
    readonly ws: string,
    readonly cacheDir: string,
    readonly home: string,
    readonly server: FakeGemini,
    public storyDir: string,
  ) {
    this.logger = new MemoryLogger();
  }

  static async create(options: WorkspaceOptions = {}): Promise<FaultWorkspace> {
    const root = await mkdtemp(join(tmpdir(), 'story-writer-faults-'));
    const ws = join(root, 'ws');
    const cacheDir = join(root, 'cache');
    const home = join(root, 'home');
    await Promise.all([mkdir(ws, { recursive: true }), mkdir(home, { recursive: true })]);
    const server = await startFakeGemini({ apiKey: options.serverKey ?? FAULT_KEY, ...options.server });
    const workspace = new FaultWorkspace(root, ws, cacheDir, home, server, '');
    if (options.story !== null) {
      const created = await createStory(workspace.fs, { workspaceRoot: ws, storiesFolder: 'stories', input: options.story ?? SMALL_STORY });
      workspace.storyDir = created.storyDir;
    }
    return workspace;
  }

  get storiesRoot(): string {
    return join(this.ws, 'stories');
  }

  /** Another server (e.g. the one a hostile workspace points at), stopped with the workspace. */
  async extraServer(options: FakeGeminiOptions = {}): Promise<FakeGemini> {
    const server = await startFakeGemini({ apiKey: FAULT_KEY, ...options });
    this.extraServers.add(server);
    return server;
  }

  /** The flat settings every run of the case uses: this server, fast retries; plus `overrides`. */
  flatSettings(overrides: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
    return {
      'storyWriter.apiBaseUrl': this.server.baseUrl,
      'storyWriter.retry.baseDelayMs': 20,
      'storyWriter.retry.maxDelaySeconds': 1,
      'storyWriter.rateLimit.requestsPerMinute': 1000,
      ...overrides,
    };
  }

  /** Writes a `--config` file and returns its path. */
  async config(overrides: Readonly<Record<string, unknown>> = {}): Promise<string> {
    const file = join(this.root, `config-${++this.configs}.json`);
    await writeFile(file, `${JSON.stringify(this.flatSettings(overrides), null, 2)}\n`);
    return file;
  }

  /** Validated settings for an engine run (a bad override fails loudly: the case is wrong). */
  settings(overrides: Readonly<Record<string, unknown>> = {}): Settings {
    const { settings, problems, unknownKeys } = settingsFromFlatJson(this.flatSettings(overrides));
    if (problems.length || unknownKeys.length) throw new Error(`bad case settings: ${JSON.stringify({ problems, unknownKeys })}`);
    return settings;
  }

  /** The environment of the headless command: only what it needs, the key, this case's folders. */
  cliEnv(extra: Readonly<Record<string, string | undefined>> = {}): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: this.home,
      XDG_CACHE_HOME: join(this.home, '.cache'),
      STORY_WRITER_CACHE_DIR: this.cacheDir,
      GEMINI_API_KEY: FAULT_KEY,
      LANG: 'C.UTF-8',
      ...extra,
    };
    for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
    return env;
  }

  /** Starts `node dist/cli.js ARGS`; `done` settles when it exits (or is killed at the timeout). */
  spawnCli(args: readonly string[], options: CliOptions = {}): RunningCli {
    const started = performance.now();
    const child = spawn(process.execPath, [CLI_PATH, ...args], {
      cwd: options.cwd ?? this.ws,
      env: this.cliEnv(options.env),
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {}),
    });
    this.children.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 60_000);
    const done = new Promise<CliResult>((resolvePromise, reject) => {
      child.once('error', (e) => {
        clearTimeout(timer);
        this.children.delete(child);
        reject(e);
      });
      // `close`, not `exit`: all output has been read by then.
      child.once('close', (code, signal) => {
        clearTimeout(timer);
        this.children.delete(child);
        const result: CliResult = { args, code, signal, stdout, stderr, durationMs: performance.now() - started, timedOut };
        this.cliRuns.push(result);
        resolvePromise(result);
      });
    });
    return { child, done };
  }

  cli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
    return this.spawnCli(args, options).done;
  }

  /** `story-writer run STORY --config CFG --verbose …`: the usual run of a case. */
  async runCli(overrides: Readonly<Record<string, unknown>> = {}, extraArgs: readonly string[] = [], options: CliOptions = {}): Promise<CliResult> {
    const config = await this.config(overrides);
    return this.cli(['run', this.storyDir, '--config', config, '--verbose', ...extraArgs], options);
  }

  /** A Gemini service as the extension would build it (disk cache in this case's folder). */
  service(settings: Settings, key: string = FAULT_KEY): GeminiService {
    const service = createGeminiService({ apiKey: async () => key, config: geminiConfigFromSettings(settings), logger: this.logger, cacheDir: this.cacheDir });
    this.services.add(service);
    return service;
  }

  /** `runWorkflow` in this process with a fresh service (or the one given). */
  async runEngine(overrides: Readonly<Record<string, unknown>> = {}, options: Partial<RunWorkflowOptions> & { service?: GeminiService } = {}): Promise<RunSummary> {
    const settings = this.settings(overrides);
    const service = options.service ?? this.service(settings);
    try {
      return await runWorkflow({ fs: this.fs, storyDir: this.storyDir, generator: service, settings, logger: this.logger, owner: 'fault suite', ...options });
    } finally {
      if (!options.service) {
        await service.dispose();
        this.services.delete(service);
      }
    }
  }

  async dispose(): Promise<void> {
    for (const child of this.children) child.kill('SIGKILL');
    await Promise.all([...this.children].map((c) => new Promise((r) => (c.exitCode !== null || c.signalCode !== null ? r(undefined) : c.once('close', r)))));
    await Promise.all([...this.services].map((s) => s.dispose()));
    await Promise.all([this.server.stop(), ...[...this.extraServers].map((s) => s.stop())]);
    await restoreWritable(this.root);
    await rm(this.root, { recursive: true, force: true });
  }
}

/** chmod u+w everything under `dir` again, so a read-only case can be removed. */
async function restoreWritable(dir: string): Promise<void> {
  const { readdir, stat } = await import('node:fs/promises');
  const walk = async (p: string): Promise<void> => {
    const s = await stat(p).catch(() => undefined);
    if (!s) return;
    if (s.isDirectory()) {
      await chmod(p, 0o755).catch(() => undefined);
      for (const name of await readdir(p).catch(() => [] as string[])) await walk(join(p, name));
    }
  };
  await walk(dir);
}

/** Bounded polling for state that has no event of its own (never a fixed sleep). */
export async function waitUntil(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 15_000, everyMs = 20): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
