// One measured workflow run: the real engine (runWorkflow → GeminiService → @google/genai → HTTP)
// against the test server, with the engine's calls and the server's requests side by side.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { defaultSettings, validateSettings, type Settings } from '../../src/core/config/settings';
import type { Logger } from '../../src/core/ports';
import { createStory } from '../../src/core/story/createStory';
import type { RunSummary } from '../../src/core/workflow/progress';
import { runWorkflow } from '../../src/core/workflow/runner';
import { createGeminiService, type GeminiService } from '../../src/gemini';
import { geminiConfigFromSettings } from '../../src/hosts/geminiConfig';
import { NodeFileSystem } from '../../src/node/nodeFileSystem';
import { createStderrLogger } from '../../src/node/consoleLogger';
import { labelRequests, type LabelledRequest } from './analysis';
import { instrumentFetch, TimedGenerator, type FetchRecord } from './instrument';
import type { RemoteServer } from './remoteServer';

export const fs = new NodeFileSystem();
export const quietLogger: Logger = createStderrLogger({ level: 'off' });

/** A temp workspace for the benchmark's stories; removed by `dispose`. */
export class Workspace {
  private counter = 0;
  private constructor(readonly root: string) {}

  static async create(): Promise<Workspace> {
    return new Workspace(await mkdtemp(join(tmpdir(), 'story-writer-bench-')));
  }

  /** A new story folder with its brief, as `Story: New Story…` makes it. */
  async story(input: { title: string; targetWords: number; chapters: number }): Promise<string> {
    const created = await createStory(fs, {
      workspaceRoot: this.root,
      storiesFolder: 'stories',
      input: {
        title: `${input.title} ${++this.counter}`,
        premise: 'A cartographer discovers that the maps she draws change the coastline they describe, and a harbour town begs her to stop.',
        genre: 'literary fantasy',
        tone: 'wry and tender',
        targetWords: input.targetWords,
        chapters: input.chapters,
      },
    });
    return created.storyDir;
  }

  dispose(): Promise<void> {
    return rm(this.root, { recursive: true, force: true });
  }
}

/** Default settings pointed at the test server, with the scenario's changes (validated). */
export function settingsFor(server: RemoteServer, over: Partial<Settings> = {}): Settings {
  const { settings, problems } = validateSettings({ ...defaultSettings(), apiBaseUrl: server.baseUrl, ...over });
  if (problems.length > 0) throw new Error(`bad benchmark settings: ${problems.map((p) => p.key).join(', ')}`);
  return settings;
}

export function serviceFor(server: RemoteServer, settings: Settings): GeminiService {
  return createGeminiService({ apiKey: async () => server.apiKey, config: geminiConfigFromSettings(settings), logger: quietLogger });
}

export interface MeasuredRun {
  readonly summary: RunSummary;
  readonly wallMs: number;
  readonly generator: TimedGenerator;
  /** The server's generate requests made during the run, labelled with their workflow item. */
  readonly requests: LabelledRequest[];
  /** Every request the server saw (any action), for counting 429s. */
  readonly allRequests: number;
  readonly fetches: FetchRecord[];
  /** CPU time this process used during the run (user + system), ms: the engine's cost, whatever the load. */
  readonly cpuMs: number;
  /** How late the event loop ran timers during the run (p99, max), ms: long synchronous work shows here. */
  readonly loopDelay: { readonly p99: number; readonly max: number };
}

export interface RunOptions {
  readonly server: RemoteServer;
  readonly service: GeminiService;
  readonly settings: Settings;
  readonly storyDir: string;
  /** Time each HTTP exchange too (globalThis.fetch). */
  readonly timeFetch?: boolean;
  readonly onText?: (itemId: string, delta: string, soFar: string) => void;
}

/** Clears the server's log, runs the workflow once, and collects both sides' records. */
export async function measuredRun(options: RunOptions): Promise<MeasuredRun> {
  await options.server.reset();
  const generator = new TimedGenerator(options.service);
  const probe = options.timeFetch ? instrumentFetch() : undefined;
  const cpu = process.cpuUsage();
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const started = performance.now();
  let summary: RunSummary;
  try {
    summary = await runWorkflow({
      fs,
      storyDir: options.storyDir,
      generator,
      settings: options.settings,
      logger: quietLogger,
      ...(options.onText ? { onText: options.onText } : {}),
    });
  } finally {
    probe?.restore();
    loop.disable();
  }
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  if (summary.outcome !== 'completed') throw new Error(`benchmark run ${summary.outcome}: ${JSON.stringify(summary.failures)}`);
  const all = await options.server.requests();
  const generate = all.filter((r) => r.action === 'generateContent' || r.action === 'streamGenerateContent');
  return {
    summary,
    wallMs,
    generator,
    requests: labelRequests(generator.calls, generate),
    allRequests: all.length,
    fetches: probe?.records ?? [],
    cpuMs: (used.user + used.system) / 1000,
    loopDelay: { p99: loop.percentile(99) / 1e6, max: loop.max / 1e6 },
  };
}

export interface MemorySample {
  readonly heapUsedMb: number;
  readonly rssMb: number;
}

/** Heap and RSS after a full collection (node --expose-gc), in MB. */
export function memoryNow(): MemorySample {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  const m = process.memoryUsage();
  return { heapUsedMb: m.heapUsed / 1024 / 1024, rssMb: m.rss / 1024 / 1024 };
}

export const hasGc = (): boolean => typeof (globalThis as { gc?: unknown }).gc === 'function';
