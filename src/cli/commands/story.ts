import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { StoryLockedError } from '../../core/checkpoint/lock';
import { BRIEF_FILE, MANUSCRIPT_FILE, WORKFLOW_STAGES, isWorkflowStage, type WorkflowStage } from '../../core/stages';
import { createStory, StoryInputError } from '../../core/story/createStory';
import { describeLength, type ProgressEvent, type RunSummary } from '../../core/workflow/progress';
import { describeContinuity } from '../../core/continuity/runContinuity';
import { runWorkflow } from '../../core/workflow/runner';
import { itemId, parseItemId, type ItemId } from '../../core/workflow/state/items';
import { computeStoryState, type StoryState } from '../../core/workflow/state/storyState';
import { estimateRunRequests } from '../../core/workflow/runEstimate';
import { estimateRunCost } from '../../core/workflow/costEstimate';
import { formatUsd } from '../../core/cost';
import type { Settings } from '../../core/config/settings';
import { describeBudget, describeTokensAndCost, estimateBasis, estimateTable, storyCost } from '../../hosts/costReport';
import { freeTierRunAdvice } from '../../gemini/freeTier';
import { GeminiContextCaches } from '../../gemini/contextCaches';
import { GeminiBatchJobs } from '../../gemini/batchJobs';
import { EXIT_CODES, exitCodeOfRun } from '../exitCodes';
import { NodeFileSystem } from '../../node/nodeFileSystem';
import { UsageError } from '../cliError';
import { loadSettings } from '../config';
import { apiKeyFrom, loggerFor, serviceFor, type CliIo } from '../host';
import { runWillCallGemini } from '../../hosts/runPreparation';
import { preloadSdk } from '../../gemini/sdkClient';
import { progressPrinter } from '../progressPrinter';

export const newHelp = `story-writer new DIR --premise TEXT [--title T] [--genre G] [--words N] [--chapters N]

Creates the story folder DIR with its brief.md (premise and parameters). Nothing is written when
an argument is invalid.`;

export const runHelp = `story-writer run DIR [--stage concept|bible|outline|draft|revision|manuscript|all] [--regenerate STAGE|ITEM] [--force] [--budget USD] [--dry-run] [--batch] [--json] [--config FILE] [--verbose]

Writes every stage of the story in DIR that is missing or stale, up to --stage (default all). An
unchanged story makes no request. --regenerate makes a stage again (bypassing the cache), or one
item of it (draft:03 is chapter 3's draft, revision:03 its revision), and then whatever depends
on it; files you edited are only overwritten with --force (a backup is kept). Progress goes to stderr; --json
prints a summary object on stdout (with what it cost). Ctrl+C stops cleanly: text written so far is
kept and the next run continues from it.

--budget USD stops the run before a request that could take it over USD (requests in flight
counted at their most); everything written is kept, and the summary says what was spent and what
is left (exit code 8). It overrides storyWriter.budget.maxUsdPerRun for this run.
--dry-run makes nothing: it lists what the run would generate, per stage, with estimated input,
output and thinking tokens and cost (--json: the whole estimate, item by item). Prompts whose
documents exist are counted with Gemini's countTokens (free); the rest follow the stated model it
prints.
--batch sends each chapter stage's drafts, then its revisions, to Gemini as one batch job at half
the price; Gemini answers within 24 hours, usually minutes, and the command waits, showing the
job's state. The job is recorded in DIR/.story-writer/: if the command is stopped (Ctrl+C, a
closed terminal, a crash), running it again collects the same job instead of sending another.
Chapters a job could not make are then written interactively.`;

export const statusHelp = `story-writer status DIR [--json]

Prints the state of every stage and chapter (pending, done, stale, edited, partial, failed,
skipped), from the files alone: no request is made.`;

export async function newStory(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      premise: { type: 'string' },
      title: { type: 'string' },
      genre: { type: 'string' },
      words: { type: 'string' },
      chapters: { type: 'string' },
    },
    strict: true,
  });
  const dir = resolve(io.cwd, requireDir(positionals, 'new'));
  const fs = new NodeFileSystem();
  if (await fs.stat(`${dir}/${BRIEF_FILE}`))
    throw new UsageError(`${dir} already holds a story (${BRIEF_FILE} exists). Choose another folder, or run it with: story-writer run ${dir}`);
  try {
    const created = await createStory(fs, {
      workspaceRoot: dirname(dir),
      storiesFolder: '.',
      exactFolder: true,
      input: {
        title: values.title ?? titleFromFolder(basename(dir)),
        premise: values.premise ?? '',
        folderName: basename(dir),
        ...(values.genre ? { genre: values.genre } : {}),
        ...(values.words !== undefined ? { targetWords: wholeNumber(values.words, '--words') } : {}),
        ...(values.chapters !== undefined ? { chapters: wholeNumber(values.chapters, '--chapters') } : {}),
      },
    });
    io.stdout.write(`Created ${created.briefPath}\nEdit it if you like, then run: story-writer run ${created.storyDir}\n`);
    return EXIT_CODES.ok;
  } catch (e) {
    if (e instanceof StoryInputError) throw new UsageError(e.problems.map((p) => (FLAG_OF[p.field] ? `${FLAG_OF[p.field]}: ${p.message}` : p.message)).join(' '));
    throw e;
  }
}

/** The flag a brief field came from, so an error names what the user typed. */
const FLAG_OF: Record<string, string> = { premise: '--premise', title: '--title', genre: '--genre', targetWords: '--words', chapters: '--chapters', folderName: 'DIR' };

export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      stage: { type: 'string', default: 'all' },
      regenerate: { type: 'string' },
      force: { type: 'boolean', default: false },
      batch: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      config: { type: 'string' },
      verbose: { type: 'boolean', short: 'v', default: false },
      budget: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const storyDir = resolve(io.cwd, requireDir(positionals, 'run'));
  const budget = values.budget === undefined ? undefined : usdArgument(values.budget, '--budget');
  const target = values.stage === 'all' ? 'all' : stageArgument(values.stage, '--stage');
  const regenerate = values.regenerate === undefined ? undefined : regenerateArgument(values.regenerate);
  const loaded = await loadSettings(values.config);
  const settings = budget === undefined ? loaded : { ...loaded, 'budget.maxUsdPerRun': budget };
  const fs = new NodeFileSystem();
  const state = await computeStoryState(fs, storyDir, { draftMode: settings['workflow.draftMode'] });
  await requireValidBrief(state, storyDir);
  if (values['dry-run']) return dryRun({ fs, storyDir, settings, target, json: values.json, verbose: values.verbose }, io);
  if (regenerate && !isWorkflowStage(regenerate) && !state.items.some((i) => i.id === regenerate)) {
    throw new UsageError(
      `--regenerate ${regenerate}: the story has no such item yet (its chapters: ${state.chapters.map((c) => c.number).join(', ') || 'none until the outline exists'}).`,
    );
  }
  const advice = freeTierRunAdvice(estimateRunRequests(state), settings.model);
  if (advice) io.stderr.write(`story-writer: note: ${advice}\n`);
  const logger = loggerFor(io, values.verbose);
  const service = serviceFor(io, settings, logger);
  if (runWillCallGemini(state, target)) void preloadSdk();
  const printer = progressPrinter(io.stderr);
  try {
    const summary = await runWorkflow({
      fs,
      storyDir,
      generator: service,
      contextCaches: new GeminiContextCaches(service, logger),
      // Ctrl+C leaves the job running in Gemini: the next run collects it (without --batch too, rather than paying twice).
      batch: { scope: values.batch ? 'send' : 'collect', jobs: new GeminiBatchJobs(service), onCancel: 'leave-job', pollIntervalMs: settings['workflow.batchPollSeconds'] * 1000 },
      settings,
      logger,
      signal: io.signal,
      target,
      ...(regenerate ? { regenerate } : {}),
      editedFiles: values.force ? 'replace' : 'keep',
      owner: 'story-writer (terminal)',
      onProgress: (event: ProgressEvent) => printer.progress(event),
      onRestart: (itemId) => printer.note(`${itemId}: the stream was cut; that chapter starts again`),
    });
    printer.done();
    reportSummary(summary, io, storyDir);
    if (values.json) io.stdout.write(`${JSON.stringify(summaryJson(summary, service.getStatistics()))}\n`);
    return exitCodeOfRun(summary);
  } catch (e) {
    printer.done();
    if (e instanceof StoryLockedError) {
      io.stderr.write(`story-writer: ${e.message}\n`);
      return EXIT_CODES.badInput;
    }
    throw e;
  } finally {
    await service.dispose();
  }
}

export async function status(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, config: { type: 'string' } },
    strict: true,
  });
  const storyDir = resolve(io.cwd, requireDir(positionals, 'status'));
  const settings = await loadSettings(values.config);
  const state = await computeStoryState(new NodeFileSystem(), storyDir, { draftMode: settings['workflow.draftMode'] });
  if (!state.brief) throw new UsageError(`${storyDir} has no ${BRIEF_FILE}. Create a story with: story-writer new ${storyDir} --premise "…"`);
  if (values.json) {
    io.stdout.write(
      `${JSON.stringify({
        storyDir,
        problems: state.problems,
        items: state.items.map(({ id, stage, chapter, title, file, state: s, reason, words, meta }) => ({
          id,
          stage,
          chapter,
          title,
          file,
          state: s,
          reason,
          words,
          usage: meta?.usage,
          costUsd: meta?.costUsd,
        })),
        cost: storyCost(state.items),
      })}\n`,
    );
    return EXIT_CODES.ok;
  }
  const title = state.brief.ok ? state.brief.brief.title : storyDir;
  io.stdout.write(`${title}\n`);
  for (const p of state.problems) io.stdout.write(`  ! ${p}\n`);
  for (const item of state.items) {
    const label = item.chapter !== undefined ? `  ${item.stage} ch${String(item.chapter).padStart(2, '0')}` : `  ${item.stage}`;
    const cost = item.meta?.costUsd !== undefined ? formatUsd(item.meta.costUsd) : '';
    const extra = [item.words ? `${item.words} words` : '', cost, item.reason ?? ''].filter(Boolean).join(' · ');
    io.stdout.write(`${label.padEnd(18)} ${item.state.padEnd(8)} ${extra}\n`);
  }
  const cost = storyCost(state.items);
  if (cost.total.files > 0) {
    io.stdout.write(`\nCost of the files as written (from their front matter):\n`);
    for (const [stage, c] of Object.entries(cost.byStage)) io.stdout.write(`  ${stage.padEnd(16)} ${describeTokensAndCost(c)}\n`);
    io.stdout.write(`  ${'story'.padEnd(16)} ${describeTokensAndCost(cost.total)}\n`);
  }
  return EXIT_CODES.ok;
}

function requireDir(positionals: string[], command: string): string {
  const [dir, ...extra] = positionals;
  if (!dir) throw new UsageError(`${command} needs the story folder: story-writer ${command} DIR`);
  if (extra.length) throw new UsageError(`${command} takes one folder, not ${positionals.length} (${positionals.join(', ')}).`);
  return dir;
}

function stageArgument(value: string | undefined, flag: string): WorkflowStage {
  if (value && isWorkflowStage(value)) return value;
  throw new UsageError(`${flag} must be one of ${WORKFLOW_STAGES.join(', ')}${flag === '--stage' ? ', all' : ''} (got "${value}").`);
}

/** A stage (`draft`) or one item of a story (`draft:03`, `revision:3`, `concept`), as the run records name them. */
function regenerateArgument(value: string): WorkflowStage | ItemId {
  if (isWorkflowStage(value)) return value;
  const item = parseItemId(value);
  if (item) return itemId(item.stage, item.chapter);
  throw new UsageError(`--regenerate must be a stage (${WORKFLOW_STAGES.join(', ')}) or one chapter of a chapter stage, like draft:03 or revision:03 (got "${value}").`);
}

function wholeNumber(value: string, flag: string): number {
  const n = Number(value.replace(/[,_]/g, ''));
  if (!Number.isInteger(n)) throw new UsageError(`${flag} must be a whole number (got "${value}").`);
  return n;
}

function titleFromFolder(name: string): string {
  return name.replace(/[-_]+/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());
}

async function requireValidBrief(state: StoryState, storyDir: string): Promise<void> {
  if (!state.brief) throw new UsageError(`${storyDir} has no ${BRIEF_FILE}. Create a story first: story-writer new ${storyDir} --premise "…"`);
  if (!state.brief.ok) throw new UsageError(`${storyDir}/${BRIEF_FILE} needs fixing before a run: ${state.brief.problems.map((p) => p.message).join(' ')}`);
}

/** `run --dry-run`: the estimate, on stdout; nothing is written and no generation is requested. */
async function dryRun(
  options: { fs: NodeFileSystem; storyDir: string; settings: Settings; target: WorkflowStage | 'all'; json: boolean; verbose: boolean },
  io: CliIo,
): Promise<number> {
  const { fs, storyDir, settings, target } = options;
  const logger = loggerFor(io, options.verbose);
  // Without a key the estimate still works: known prompts are counted at four characters a token.
  const service = apiKeyFrom(io.env) ? serviceFor(io, settings, logger) : undefined;
  try {
    const estimate = await estimateRunCost({ fs, storyDir, settings, ...(service ? { counter: service } : {}), target, signal: io.signal });
    if (options.json) {
      io.stdout.write(`${JSON.stringify(estimate)}\n`);
      return EXIT_CODES.ok;
    }
    if (estimate.items.length === 0) {
      io.stdout.write('Up to date: a run would generate nothing and cost nothing.\n');
      return EXIT_CODES.ok;
    }
    const models = [...new Set(estimate.items.map((i) => i.model))].join(', ');
    io.stdout.write(`Estimate for ${storyDir} (nothing generated): ${estimate.total.items} items, ${estimate.total.requests} requests on ${models}\n\n`);
    io.stdout.write(`${estimateTable(estimate)}\n\n${estimateBasis(estimate).join('\n')}\n`);
    if (settings['budget.maxUsdPerRun'] > 0) io.stdout.write(`Budget: ${formatUsd(settings['budget.maxUsdPerRun'])} per run.\n`);
    return EXIT_CODES.ok;
  } finally {
    await service?.dispose();
  }
}

function usdArgument(value: string, flag: string): number {
  const n = Number(value.replace(/^\$/, ''));
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} must be an amount in US dollars above 0, like 0.50 (got "${value}").`);
  return n;
}

function reportSummary(summary: RunSummary, io: CliIo, storyDir: string): void {
  const seconds = (summary.durationMs / 1000).toFixed(1);
  if (summary.budget) io.stderr.write(`${describeBudget(summary.budget)}\n`);
  io.stderr.write(
    `Cost of this run: ${describeTokensAndCost({ usd: summary.costUsd, promptTokens: summary.tokens.prompt, cachedTokens: summary.tokens.cached, outputTokens: summary.tokens.output, thinkingTokens: summary.tokens.thinking })}${summary.unpricedModels.length ? ` (no price for ${summary.unpricedModels.join(', ')})` : ''}\n`,
  );
  if (summary.outcome === 'completed' && summary.failures.length === 0) {
    io.stderr.write(
      summary.generated.length === 0
        ? `Up to date: nothing needed generating (${seconds} s).\n`
        : `Done: ${summary.generated.length} files, ${summary.words.toLocaleString('en-US')} words, ${summary.apiCalls} API calls, ${summary.cacheHits} from cache, in ${seconds} s.\n${storyDir}/${MANUSCRIPT_FILE}\n`,
    );
    if (summary.length) io.stderr.write(`${describeLength(summary.length)}\n`);
    if (summary.continuity) io.stderr.write(`${describeContinuity(summary.continuity)}\n`);
    return;
  }
  if (summary.outcome === 'cancelled') {
    io.stderr.write(`Interrupted after ${seconds} s. Text written so far is kept; run again to continue.\n`);
    return;
  }
  for (const f of summary.failures) {
    const where = f.chapter !== undefined ? `${f.stage}, chapter ${f.chapter}` : f.stage;
    io.stderr.write(`story-writer: ${where} failed: ${f.message}\n`);
  }
  if (summary.skipped.length) io.stderr.write(`Skipped (optional): ${summary.skipped.join(', ')}\n`);
}

function summaryJson(summary: RunSummary, statistics: unknown) {
  return {
    outcome: summary.outcome,
    ...(summary.length ? { length: summary.length } : {}),
    ...(summary.continuity ? { continuity: summary.continuity } : {}),
    exitCode: exitCodeOfRun(summary),
    items: Object.fromEntries(summary.items.map((i) => [i.id, i.state])),
    generated: summary.generated,
    failures: summary.failures,
    skipped: summary.skipped,
    backups: summary.backups,
    requests: summary.requests,
    apiCalls: summary.apiCalls,
    cacheHits: summary.cacheHits,
    retries: summary.retries,
    restarts: summary.restarts,
    words: summary.words,
    tokens: summary.tokens,
    costUsd: summary.costUsd,
    ...(summary.unpricedModels.length ? { unpricedModels: summary.unpricedModels } : {}),
    ...(summary.budget ? { budget: summary.budget } : {}),
    durationMs: summary.durationMs,
    statistics,
  };
}
