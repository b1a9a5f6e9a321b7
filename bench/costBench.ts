// Scenario 13, issue #15's cost rows: how close `run --dry-run`'s estimate comes to what the run then reports
// (a 3,000-word story and a 20-chapter novel), and how far a run under a budget ever goes over it,
// by the test server's own token accounting. `npm run bench -- --only cost` runs just this
// scenario and merges its rows into bench/results.json, keeping the other scenarios' figures.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultSettings, type Settings } from '../src/core/config/settings';
import { formatUsd } from '../src/core/cost';
import type { Brief } from '../src/core/story/brief';
import { renderBrief } from '../src/core/story/briefFile';
import { estimateRunCost } from '../src/core/workflow/costEstimate';
import { runWorkflow } from '../src/core/workflow/runner';
import { GeminiService } from '../src/gemini/geminiService';
import { geminiConfigFromSettings } from '../src/hosts/geminiConfig';
import { NodeFileSystem } from '../src/node/nodeFileSystem';
import { startFakeGemini, type FakeGemini } from '../test/support/fakeGemini';
import { MemoryLogger } from '../test/support/memoryLogger';
import { serverCostUsd } from '../test/support/serverCost';
import { mergeScenarioRows, Report } from './support/report';

const ESTIMATE_GOAL_PERCENT = 15;
const SEEDS = [1, 2, 3];
const BUDGETS_USD = [0.1, 0.25, 0.5];

const brief = (targetWords: number, chapters: number): Brief => ({
  title: 'The Storm Letters',
  genre: 'literary fiction',
  tone: 'quiet, salt-bitten, hopeful',
  pointOfView: 'third-limited',
  targetWords,
  chapters,
  language: 'English',
  premise: 'A lighthouse keeper finds letters from a storm that has not happened yet, and must decide whether to warn the town that never believed her.',
});

const STORIES = { short: brief(3_000, 3), novel: brief(60_000, 20) } as const;

interface Story {
  readonly dir: string;
  readonly server: FakeGemini;
  readonly settings: Settings;
  readonly service: GeminiService;
}

async function newStory(root: string, name: string, b: Brief, seed: number, over: Partial<Settings> = {}): Promise<Story> {
  const dir = join(root, name);
  await new NodeFileSystem().writeFile(join(dir, 'brief.md'), new TextEncoder().encode(renderBrief(b)));
  // An imperfect writer: prose 70–95 % of what it is asked, so short chapters are extended.
  const server = await startFakeGemini({ behaviour: 'imperfect', seed });
  const settings: Settings = { ...defaultSettings(), apiBaseUrl: server.baseUrl, 'cache.enabled': false, 'rateLimit.requestsPerMinute': 10_000, 'retry.baseDelayMs': 5, ...over };
  const service = new GeminiService({ apiKey: async () => server.apiKey, config: geminiConfigFromSettings(settings), logger: new MemoryLogger() });
  return { dir, server, settings, service };
}

async function close(story: Story): Promise<void> {
  await story.service.dispose();
  await story.server.stop();
}

/** Estimate, then run: the estimate's error against what the run reports, in percent (signed). */
async function estimateError(root: string, kind: keyof typeof STORIES, seed: number): Promise<{ percent: number; estimated: number; reported: number; billed: number }> {
  const story = await newStory(root, `${kind}-${seed}`, STORIES[kind], seed);
  const fs = new NodeFileSystem();
  try {
    const estimate = await estimateRunCost({ fs, storyDir: story.dir, settings: story.settings, counter: story.service });
    const run = await runWorkflow({ fs, storyDir: story.dir, generator: story.service, settings: story.settings, logger: new MemoryLogger() });
    if (run.outcome !== 'completed') throw new Error(`${kind} run ${run.outcome}: ${JSON.stringify(run.failures)}`);
    const reported = run.costUsd;
    return { percent: ((estimate.total.costUsd - reported) / reported) * 100, estimated: estimate.total.costUsd, reported, billed: serverCostUsd(story.server.requests) };
  } finally {
    await close(story);
  }
}

/** A run of the novel under a budget: how far the server's bill went over it (0 when it did not). */
async function budgetOvershoot(root: string, budget: number): Promise<{ overshoot: number; billed: number; stopped: boolean }> {
  const story = await newStory(root, `budget-${budget}`, STORIES.novel, 1, { 'budget.maxUsdPerRun': budget });
  try {
    const run = await runWorkflow({ fs: new NodeFileSystem(), storyDir: story.dir, generator: story.service, settings: story.settings, logger: new MemoryLogger() });
    const billed = serverCostUsd(story.server.requests);
    return { overshoot: Math.max(0, billed - budget), billed, stopped: run.budget?.reached === true };
  } finally {
    await close(story);
  }
}

export async function costBench(report: Report, log: (message: string) => void): Promise<void> {
  log(`13. cost: estimate vs run (3,000-word story, 20-chapter novel; seeds ${SEEDS.join(', ')}), budget stops at ${BUDGETS_USD.map(formatUsd).join(', ')}`);
  const root = await mkdtemp(join(tmpdir(), 'story-writer-bench-cost-'));
  try {
    for (const kind of ['short', 'novel'] as const) {
      const results = [];
      for (const seed of SEEDS) results.push(await estimateError(root, kind, seed));
      const worst = results.reduce((a, b) => (Math.abs(b.percent) > Math.abs(a.percent) ? b : a));
      report.goal(
        `cost.estimate_error_${kind}`,
        Math.abs(worst.percent),
        '%',
        '<=',
        ESTIMATE_GOAL_PERCENT,
        `worst of ${SEEDS.length} seeds against an imperfect writer: ${results.map((r) => `estimated ${formatUsd(r.estimated)} vs reported ${formatUsd(r.reported)} (${r.percent >= 0 ? '+' : ''}${r.percent.toFixed(1)} %)`).join('; ')}`,
      );
      const drift = Math.max(...results.map((r) => Math.abs(r.reported - r.billed)));
      report.add(`cost.reported_vs_server_${kind}_usd`, drift, 'USD', 'largest gap between the run’s reported cost and the test server’s own accounting, priced alike');
    }
    const budgets = [];
    for (const budget of BUDGETS_USD) budgets.push({ budget, ...(await budgetOvershoot(root, budget)) });
    report.goal(
      'cost.budget_overshoot_usd',
      Math.max(...budgets.map((b) => b.overshoot)),
      'USD',
      '<=',
      0,
      `20-chapter novel, server-billed cost against the budget: ${budgets.map((b) => `${formatUsd(b.billed)} of ${formatUsd(b.budget)}${b.stopped ? ' (stopped)' : ''}`).join('; ')}`,
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** Replaces the `cost.*` rows of an existing results file with this run's. */
export function mergeCostRows(file: string, report: Report): void {
  mergeScenarioRows(file, report, 'cost.', 'costScenario');
}
