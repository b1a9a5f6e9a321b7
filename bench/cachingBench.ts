// Scenario 14: what a 50,000-word novel (25 chapters) costs, four ways, from the token counts the
// test server reports over HTTP (usageMetadata: promptTokenCount with cachedContentTokenCount,
// candidates, thoughts) and the dated price table (src/core/cost): naive (no caching, every call
// at the full input price), implicit prefix reuse (the same run as Gemini bills it: the shared
// opening of the chapter prompts at the cached rate), an explicit context cache per chapter stage,
// and batch mode with the cache (half price). `npm run bench -- --only caching` runs just this and
// merges its rows into bench/results.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultSettings, type Settings } from '../src/core/config/settings';
import { addCosts, costOf, PRICE_TABLE_RETRIEVED, ZERO_COST, type Cost, type CostMode } from '../src/core/cost';
import type { BatchEntry, BatchJobs, BatchJobStatus } from '../src/core/generation/batchJobs';
import type { CallOptions, GenerateRequest, JsonResult, TextGenerator, TextResult, Usage } from '../src/core/generation/textGenerator';
import { stageFile } from '../src/core/stages';
import { createStory } from '../src/core/story/createStory';
import { runWorkflow } from '../src/core/workflow/runner';
import type { BatchMode } from '../src/core/workflow/stages/batchStage';
import { createGeminiService, GeminiBatchJobs, GeminiContextCaches, type GeminiService } from '../src/gemini';
import { geminiConfigFromSettings } from '../src/hosts/geminiConfig';
import { NodeFileSystem } from '../src/node/nodeFileSystem';
import type { z } from 'zod';
import { startFakeGemini, type FakeGemini } from '../test/support/fakeGemini';
import { machine, Report } from './support/report';
import { quietLogger } from './support/workflowRun';

const NOVEL = { title: 'The Cartographer of Tides', targetWords: 50_000, chapters: 25 };
const GOAL_RATIO = 0.45;
/**
 * Explicit caches are billed for storage by the hour: $1.00 per 1M tokens per hour for the Flash
 * models on https://ai.google.dev/gemini-api/docs/pricing (not in the price table, which prices
 * requests). Charged for as long as each cache lived in the run (made → deleted at its stage's or
 * job's end, as the test server saw it); the details also give the worst case, each cache kept for
 * its whole TTL (15 minutes for a stage's, 2 hours for a batch job's: a run that died).
 */
const STORAGE_USD_PER_MTOK_HOUR = 1.0;
const TTL_HOURS: Readonly<Record<'interactive' | 'batch', number>> = { interactive: 0.25, batch: 2 };
type Storage = 'as-stored' | 'whole-ttl';
/** Words of the writer's own world notes added to the bible, so it is the size a novel's bible is (~3,000 words). */
const BIBLE_NOTES_WORDS = 2_800;

type Way = 'naive' | 'implicit' | 'explicit' | 'batch_cache';
/** Figures: the four ways, and batch + cache with its caches stored for their whole TTL. */
type Figure = Way | 'batch_cache_worst';

interface Priced {
  readonly cost: Cost;
  readonly calls: number;
  readonly promptTokens: number;
  readonly cachedTokens: number;
  readonly outputTokens: number;
  readonly caches: number;
}

/** Every reply's usage as the server reported it, with the model and the price mode it was billed at. */
class UsageLog {
  readonly entries: Array<{ model: string; usage: Usage; mode: CostMode }> = [];

  generator(inner: TextGenerator): TextGenerator {
    return {
      generateText: async (request: GenerateRequest, options?: CallOptions): Promise<TextResult> => this.note(await inner.generateText(request, options)),
      generateJson: async <T>(request: GenerateRequest, schema: z.ZodType<T>, options?: CallOptions): Promise<JsonResult<T>> =>
        this.note(await inner.generateJson(request, schema, options)),
    };
  }

  batchJobs(inner: BatchJobs): BatchJobs {
    const seen = new Set<string>();
    const collect = (status: BatchJobStatus): BatchJobStatus => {
      if (status.results && !seen.has(status.name)) {
        seen.add(status.name);
        for (const r of status.results) if (r.kind === 'reply') this.entries.push({ model: r.result.model, usage: r.result.usage, mode: 'batch' });
      }
      return status;
    };
    return {
      submit: async (model: string, entries: readonly BatchEntry[], displayName: string, signal?: AbortSignal) => collect(await inner.submit(model, entries, displayName, signal)),
      status: async (name: string, signal?: AbortSignal) => collect(await inner.status(name, signal)),
      cancel: (name: string) => inner.cancel(name),
    };
  }

  private note<R extends TextResult>(result: R): R {
    if (!result.fromCache) this.entries.push({ model: result.model, usage: result.usage, mode: 'interactive' });
    return result;
  }
}

function price(log: UsageLog, server: FakeGemini, way: Way, storage: Storage = 'as-stored'): Priced {
  let cost = ZERO_COST;
  let promptTokens = 0;
  let cachedTokens = 0;
  let outputTokens = 0;
  for (const { model, usage, mode } of log.entries) {
    // Naive: what the same requests cost with no cache at all.
    const billed = way === 'naive' ? { ...usage, cachedTokens: 0 } : usage;
    const c = costOf(model, billed, mode);
    if (!c) throw new Error(`no price for ${model}`);
    cost = addCosts(cost, c);
    promptTokens += usage.promptTokens;
    cachedTokens += billed.cachedTokens ?? 0;
    outputTokens += usage.outputTokens + usage.thinkingTokens;
  }
  // Making a cache: its tokens at the standard input price once, and its storage for its TTL.
  const caches = server.cachedContents.created;
  for (const cache of caches) {
    const made = costOf(cache.model, { promptTokens: cache.tokens, outputTokens: 0, thinkingTokens: 0 }, 'interactive');
    if (!made) throw new Error(`no price for ${cache.model}`);
    const ttlHours = TTL_HOURS[way === 'batch_cache' ? 'batch' : 'interactive'];
    const storedHours = storage === 'whole-ttl' || cache.deletedAtMs === undefined ? ttlHours : (cache.deletedAtMs - Date.parse(cache.createTime)) / 3_600_000;
    const storageUsd = (cache.tokens / 1_000_000) * STORAGE_USD_PER_MTOK_HOUR * storedHours;
    cost = addCosts(cost, { ...made, usd: made.usd + storageUsd, inputUsd: made.inputUsd + storageUsd });
  }
  return { cost, calls: log.entries.length, promptTokens, cachedTokens, outputTokens, caches: caches.length };
}

const fs = new NodeFileSystem();

/** One novel written from its brief, the way `way` says, against a fresh test server. */
async function writeNovel(root: string, way: Exclude<Way, 'naive'>): Promise<{ log: UsageLog; server: FakeGemini; words: number }> {
  const server = await startFakeGemini({ behaviour: 'obedient', batchPollsToFinish: 2 });
  const settings: Settings = { ...defaultSettings(), apiBaseUrl: server.baseUrl, 'rateLimit.requestsPerMinute': 10_000, 'cache.enabled': false };
  const service: GeminiService = createGeminiService({ apiKey: async () => server.apiKey, config: geminiConfigFromSettings(settings), logger: quietLogger });
  const log = new UsageLog();
  try {
    const { storyDir } = await createStory(fs, {
      workspaceRoot: root,
      storiesFolder: way,
      input: {
        ...NOVEL,
        premise: 'A cartographer discovers that the maps she draws change the coastline they describe, and a harbour town begs her to stop.',
        genre: 'literary fantasy',
        tone: 'wry and tender',
      },
    });
    const base = { fs, storyDir, generator: log.generator(service), settings, logger: quietLogger };
    const bible = await runWorkflow({ ...base, target: 'bible' });
    if (bible.outcome !== 'completed') throw new Error(`bible ${bible.outcome}`);
    await appendFile(join(storyDir, stageFile('bible')), `\n## World Notes\n\n${worldNotes(BIBLE_NOTES_WORDS)}\n`);
    const batch: BatchMode = { scope: 'send', jobs: log.batchJobs(new GeminiBatchJobs(service)), onCancel: 'cancel-job', pollIntervalMs: 1 };
    const summary = await runWorkflow({
      ...base,
      ...(way === 'implicit' ? {} : { contextCaches: new GeminiContextCaches(service, quietLogger) }),
      ...(way === 'batch_cache' ? { batch } : {}),
    });
    if (summary.outcome !== 'completed') throw new Error(`${way}: ${summary.outcome} ${JSON.stringify(summary.failures)}`);
    return { log, server, words: summary.length?.words ?? 0 };
  } finally {
    await service.dispose();
  }
}

/** The writer's notes on the world, as many words as asked (varied, so they are text, not one repeated line). */
function worldNotes(words: number): string {
  const places = ['the harbour', 'the salt flats', 'the lighthouse', 'the chart room', 'the reef', 'the old quay', 'the ferry road'];
  const facts = ['floods at the spring tide', 'was redrawn twice in one winter', 'keeps the town records', 'belongs to the guild', 'is forbidden after dark'];
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    const sentence = `Note ${i + 1}: ${places[i % places.length]} ${facts[(i * 3) % facts.length]}, and every map drawn of it since the storm has disagreed with the last one by a street.`;
    out.push(sentence);
    n += sentence.split(/\s+/).length;
  }
  return out.join(' ');
}

export async function cachingBench(report: Report, log: (message: string) => void): Promise<void> {
  log(`14. cost of a ${NOVEL.targetWords.toLocaleString('en-US')}-word novel (${NOVEL.chapters} chapters): naive, implicit prefix reuse, explicit cache, batch + cache`);
  const root = await mkdtemp(join(tmpdir(), 'story-writer-bench-caching-'));
  const servers: FakeGemini[] = [];
  try {
    const results = new Map<Figure, Priced>();
    let words = 0;
    for (const way of ['implicit', 'explicit', 'batch_cache'] as const) {
      const run = await writeNovel(root, way);
      servers.push(run.server);
      words = run.words;
      results.set(way, price(run.log, run.server, way));
      if (way === 'batch_cache') results.set('batch_cache_worst', price(run.log, run.server, way, 'whole-ttl'));
      if (way === 'implicit') results.set('naive', price(run.log, run.server, 'naive'));
      log(`   ${way}: ${run.log.entries.length} replies, ${run.words} words`);
    }
    const describe = (p: Priced, what: string) =>
      `${what}; ${p.calls} replies, ${p.promptTokens.toLocaleString('en-US')} prompt tokens of which ${p.cachedTokens.toLocaleString('en-US')} cached, ${p.outputTokens.toLocaleString('en-US')} output + thinking${p.caches ? `, ${p.caches} context caches` : ''}`;
    const naive = results.get('naive')!;
    const batchCache = results.get('batch_cache')!;
    report.add('cost.novel_naive_usd', naive.cost.usd, 'USD', describe(naive, 'interactive, every prompt token at the full input price'));
    report.add(
      'cost.novel_implicit_usd',
      results.get('implicit')!.cost.usd,
      'USD',
      describe(results.get('implicit')!, "interactive, the chapter prompts' shared opening billed as Gemini's implicit cache reports it"),
    );
    report.add(
      'cost.novel_explicit_usd',
      results.get('explicit')!.cost.usd,
      'USD',
      describe(results.get('explicit')!, 'interactive, one context cache per chapter stage (its making and storage included)'),
    );
    report.add(
      'cost.novel_batch_cache_usd',
      batchCache.cost.usd,
      'USD',
      describe(batchCache, 'drafts and revisions as batch jobs at batch prices, against a context cache (its making and storage included)'),
    );
    const worst = results.get('batch_cache_worst')!;
    report.add(
      'cost.novel_batch_cache_worst_storage_usd',
      worst.cost.usd,
      'USD',
      `batch + cache with each cache stored for its whole 2-hour TTL (a run that died while its job waited): ${(worst.cost.usd / naive.cost.usd).toFixed(3)} × naive`,
    );
    report.goal(
      'cost.batch_cache_vs_naive',
      batchCache.cost.usd / naive.cost.usd,
      '×',
      '<=',
      GOAL_RATIO,
      `batch + cache against naive, ${words.toLocaleString('en-US')}-word manuscript, default model at the price table's prices (retrieved ${PRICE_TABLE_RETRIEVED}); the test server answers batch jobs at once, so storage here is seconds (see the worst case in the details)`,
    );
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await rm(root, { recursive: true, force: true });
  }
}

/** Replaces the `cost.novel_*` and `cost.batch_cache_vs_naive` figures of an existing results file with this run's. */
export function mergeCachingRows(file: string, report: Report): void {
  const json = JSON.parse(readFileSync(file, 'utf8')) as { rows: Array<{ name: string }>; details: Array<{ name: string }>; [key: string]: unknown };
  const mine = (r: { name: string }) => r.name.startsWith('cost.novel_') || r.name === 'cost.batch_cache_vs_naive';
  json.rows = [...json.rows.filter((r) => !mine(r)), ...report.rows];
  json.details = [...json.details.filter((r) => !mine(r)), ...report.info];
  json.cachingScenario = { ...machine(), note: 'rows cost.novel_* and cost.batch_cache_vs_naive measured by npm run bench -- --only caching' };
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
}
