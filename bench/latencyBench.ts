// Scenario 15: latency a writer feels (issue 17). `npm run bench -- --only latency` runs it alone
// and merges its `latency.*` rows into bench/results.json.
//   - cold start: the real `story-writer run` (production bundles, built in a temp folder) spawned
//     against the test server in its own process, from spawn to the first request's arrival;
//   - first visible text: a new story's run, from its start to the first concept text the editor
//     would show, over the server's own time to first token;
//   - the extension's first request, from the figures the integration suite measured in the host.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runWorkflow } from '../src/core/workflow/runner';
import { computeStoryState } from '../src/core/workflow/state/storyState';
import { runWillCallGemini } from '../src/hosts/runPreparation';
import { preloadSdk } from '../src/gemini/sdkClient';
import { startRemoteServer, type RemoteServer } from './support/remoteServer';
import { machine, Report } from './support/report';
import { median } from './support/stats';
import { fs, quietLogger, serviceFor, settingsFor, Workspace } from './support/workflowRun';

const COLD_RUNS = 9;
const VISIBLE_RUNS = 5;
const PACED = { ttftMs: 400, tokensPerSecond: 250 };

export async function latencyBench(root: string, report: Report, log: (message: string) => void): Promise<void> {
  const server = await startRemoteServer(PACED);
  const workspace = await Workspace.create();
  try {
    await coldStart(root, server, workspace, report, log);
    await firstVisibleText(server, workspace, report, log);
  } finally {
    await server.stop();
    await workspace.dispose();
  }
  extensionFirstRequest(root, report);
}

// ── Cold start of the headless command ─────────────────────────────────────────────────────────
async function coldStart(root: string, server: RemoteServer, workspace: Workspace, report: Report, log: (message: string) => void): Promise<void> {
  log(`15a. cold start: story-writer run (production build) spawned ${COLD_RUNS + 1} times, spawn → first request at the server`);
  const work = mkdtempSync(join(tmpdir(), 'story-writer-bench-cold-'));
  try {
    const dist = join(work, 'dist');
    execFileSync(process.execPath, ['esbuild.mjs', '--production', '--outdir', dist], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
    const env = {
      ...process.env,
      GOOGLE_GEMINI_BASE_URL: server.baseUrl,
      GEMINI_API_KEY: server.apiKey,
      // The command's own caches, as on a writer's machine, but private to this benchmark.
      XDG_CACHE_HOME: join(work, 'cache'),
      STORY_WRITER_CACHE_DIR: join(work, 'responses'),
    };
    const times: number[] = [];
    for (let i = 0; i <= COLD_RUNS; i++) {
      const storyDir = await workspace.story({ title: 'Cold Start', targetWords: 3000, chapters: 3 });
      await server.reset();
      const started = performance.now();
      await runToExit(join(dist, 'cli.js'), ['run', storyDir, '--stage', 'concept'], env);
      const first = (await server.requests())[0];
      if (!first) throw new Error('the command sent no request');
      times.push(first.startedAt - started);
    }
    // The first run after a build (or an upgrade) compiles the bundles and keeps V8's code.
    const [afterBuild, ...warm] = times;
    report.goal(
      'latency.cli_cold_start_to_first_request_ms',
      median(warm),
      'ms',
      '<=',
      150,
      `median of ${warm.length} runs (${warm.map((t) => t.toFixed(0)).join(' ')}); spawn of node dist/cli.js run → the server has the first request; production build`,
    );
    report.add('latency.cli_cold_start_after_build_ms', afterBuild!, 'ms', 'the first run after a build: V8 compiles the bundles and keeps its code for the next runs');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function runToExit(cli: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`story-writer exited with ${code}: ${stderr}`))));
  });
}

// ── First visible text of a new story ──────────────────────────────────────────────────────────
async function firstVisibleText(server: RemoteServer, workspace: Workspace, report: Report, log: (message: string) => void): Promise<void> {
  log(`15b. first visible text: a new story's concept, ${VISIBLE_RUNS} runs, each with a new service (the SDK loaded once per process, in the first)`);
  const ratios: number[] = [];
  const details: string[] = [];
  for (let i = 0; i < VISIBLE_RUNS; i++) {
    const settings = settingsFor(server);
    const service = serviceFor(server, settings);
    try {
      const storyDir = await workspace.story({ title: 'First Words', targetWords: 3000, chapters: 3 });
      await server.reset();
      let firstTextAt: number | undefined;
      // As the headless command starts a run: the story's state read, the SDK loading while the run starts.
      const started = performance.now();
      const state = await computeStoryState(fs, storyDir, { draftMode: settings['workflow.draftMode'] });
      if (runWillCallGemini(state, 'concept')) void preloadSdk();
      const summary = await runWorkflow({
        fs,
        storyDir,
        generator: service,
        settings,
        logger: quietLogger,
        target: 'concept',
        onText: (itemId, _delta, soFar) => {
          if (itemId === 'concept' && soFar.trim() !== '') firstTextAt ??= performance.now();
        },
      });
      if (summary.outcome !== 'completed') throw new Error(`first-visible-text run ${summary.outcome}`);
      const concept = (await server.generateRequests()).at(-1);
      if (!concept?.firstByteAt || firstTextAt === undefined) throw new Error('the concept streamed no text');
      const ttft = concept.firstByteAt - concept.startedAt;
      ratios.push((firstTextAt - started) / ttft);
      details.push(
        `${(firstTextAt - started).toFixed(0)}/${ttft.toFixed(0)} (to the request ${(concept.startedAt - started).toFixed(0)}, first byte → shown ${(firstTextAt - concept.firstByteAt).toFixed(0)})`,
      );
    } finally {
      await service.dispose();
    }
  }
  report.goal(
    'latency.first_visible_text_vs_ttft',
    median(ratios),
    '×',
    '<=',
    1.2,
    `median of ${VISIBLE_RUNS}: run start → first concept text shown ÷ server time to first token; ms: ${details.join(', ')}`,
  );
}

// ── The extension's first request ─────────────────────────────────────────────────────────────
function extensionFirstRequest(root: string, report: Report): void {
  const host = latencyHostFigures(root);
  if (host === undefined) {
    report.unmeasured('latency.extension_first_request_ms', 'ms', '<=', 100, 'not measured — run npm run test:integration first');
    return;
  }
  report.goal(
    'latency.extension_first_request_ms',
    host.generationRequestMs,
    'ms',
    '<=',
    100,
    `Generate Concept on a new story (the SDK loaded by the activation warm-up) → its generation request leaves the extension host (fetch called); measured in the host by test/integration/streaming.test.ts at ${host.writtenAt}; the model lookup (once per model per session) is part of it when no earlier command made it`,
  );
  report.add(
    'latency.extension_first_any_request_ms',
    host.firstRequestMs,
    'ms',
    'the same, to the first request of any kind (the model lookup, when the session does not know the model yet)',
  );
}

/** What test/integration/streaming.test.ts measured in the extension host, if it ran. */
function latencyHostFigures(root: string): { writtenAt: string; firstRequestMs: number; generationRequestMs: number } | undefined {
  try {
    return JSON.parse(readFileSync(join(root, '.test-output', 'bench-latency.json'), 'utf8')) as { writtenAt: string; firstRequestMs: number; generationRequestMs: number };
  } catch {
    return undefined;
  }
}

/** Replaces the `latency.*` rows of an existing results file with this run's. */
export function mergeLatencyRows(file: string, report: Report): void {
  const json = JSON.parse(readFileSync(file, 'utf8')) as { rows: Array<{ name: string }>; details: Array<{ name: string }>; [key: string]: unknown };
  // latency.predicted_* rows are scenario 10's (`--only predict`).
  const mine = (r: { name: string }) => r.name.startsWith('latency.') && !r.name.startsWith('latency.predicted_');
  json.rows = [...json.rows.filter((r) => !mine(r)), ...report.rows];
  json.details = [...json.details.filter((r) => !mine(r)), ...report.info];
  json.latencyScenario = { ...machine(), note: 'rows latency.* (but latency.predicted_*) measured by npm run bench -- --only latency' };
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
}
