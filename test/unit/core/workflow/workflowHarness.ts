import { MemoryLogger } from '../../../support/memoryLogger';
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultSettings, type Settings } from '../../../../src/core/config/settings';
import { renderBrief } from '../../../../src/core/story/briefFile';
import { stageFile } from '../../../../src/core/stages';
import type { Brief } from '../../../../src/core/story/brief';
import { runWorkflow, type RunWorkflowOptions } from '../../../../src/core/workflow/runner';
import type { RunSummary } from '../../../../src/core/workflow/progress';
import { GeminiService } from '../../../../src/gemini/geminiService';
import { geminiConfigFromSettings } from '../../../../src/hosts/geminiConfig';
import { NodeFileSystem } from '../../../../src/node/nodeFileSystem';
import { startFakeGemini, type FakeGemini, type FakeGeminiOptions } from '../../../support/fakeGemini';

/** A small story: three chapters of 200 words, so a whole run takes a moment. */
export const smallBrief: Brief = {
  title: 'The Lighthouse Keeper',
  genre: 'literary fiction',
  tone: 'melancholy but hopeful',
  pointOfView: 'third-limited',
  targetWords: 600,
  chapters: 3,
  language: 'English',
  premise: 'A keeper on a remote island finds a message in a bottle addressed to her dead brother.',
};

export interface WorkflowHarness {
  readonly root: string;
  readonly storyDir: string;
  readonly server: FakeGemini;
  readonly fs: NodeFileSystem;
  readonly settings: Settings;
  readonly logger: MemoryLogger;
  service: GeminiService;
  /** Generate requests the server has seen (model lookups excluded). */
  generateRequests(): FakeGemini['requests'];
  run(options?: Partial<RunWorkflowOptions>): Promise<RunSummary>;
  /** A fresh service over the same disk cache (what a new VS Code session would have). */
  restartService(): Promise<void>;
  cleanup(): Promise<void>;
}

export async function workflowHarness(over: Partial<Settings> = {}, brief: Brief = smallBrief, serverOptions: FakeGeminiOptions = {}): Promise<WorkflowHarness> {
  const root = await mkdtemp(join(tmpdir(), 'story-writer-e2e-'));
  const storyDir = join(root, 'stories', 'keeper');
  const fs = new NodeFileSystem();
  await fs.writeFile(join(storyDir, 'brief.md'), new TextEncoder().encode(renderBrief(brief)));
  const server = await startFakeGemini({ behaviour: 'imperfect', ...serverOptions });
  const settings: Settings = {
    ...defaultSettings(),
    apiBaseUrl: server.baseUrl,
    'retry.baseDelayMs': 5,
    'retry.maxDelaySeconds': 1,
    'rateLimit.requestsPerMinute': 10_000,
    'cache.persist': true,
    ...over,
  };
  const logger = new MemoryLogger();
  const makeService = () => new GeminiService({ apiKey: async () => server.apiKey, config: geminiConfigFromSettings(settings), logger, cacheDir: join(root, 'cache') });
  const harness: WorkflowHarness = {
    root,
    storyDir,
    server,
    fs,
    settings,
    logger,
    service: makeService(),
    generateRequests: () => server.requests.filter((r) => r.action === 'generateContent' || r.action === 'streamGenerateContent'),
    run: (options = {}) => runWorkflow({ fs, storyDir, generator: harness.service, settings, logger, ...options }),
    async restartService() {
      await harness.service.dispose();
      harness.service = makeService();
    },
    async cleanup() {
      await harness.service.dispose();
      await server.stop();
      await rm(root, { recursive: true, force: true });
    },
  };
  return harness;
}

/**
 * The bible as a novelist keeps it: the model's, plus pages of the writer's own world notes (about
 * 5,000 words), so a chapter stage's shared material is over the 4,096-token minimum of an explicit
 * context cache. Writes the story up to its outline first.
 */
export async function addWritersNotes(h: WorkflowHarness): Promise<void> {
  const outline = await h.run({ target: 'outline' });
  if (outline.outcome !== 'completed') throw new Error(`the outline run ${outline.outcome}`);
  const note = 'The island keeps its own calendar of storms, supply boats and letters, and every keeper before her left a line in the log about the weather and the lamp. ';
  await appendFile(join(h.storyDir, stageFile('bible')), `\n## World Notes\n\n${Array.from({ length: 24 }, () => note.repeat(8)).join('\n\n')}\n`);
}
