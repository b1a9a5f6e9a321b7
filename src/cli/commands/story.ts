import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { StoryLockedError } from '../../core/checkpoint/lock';
import { BRIEF_FILE, MANUSCRIPT_FILE, WORKFLOW_STAGES, isWorkflowStage, type WorkflowStage } from '../../core/stages';
import { createStory, StoryInputError } from '../../core/story/createStory';
import { describeLength, type ProgressEvent, type RunSummary } from '../../core/workflow/progress';
import { runWorkflow } from '../../core/workflow/runner';
import { itemId, parseItemId, type ItemId } from '../../core/workflow/state/items';
import { computeStoryState, type StoryState } from '../../core/workflow/state/storyState';
import { estimateRunRequests } from '../../core/workflow/runEstimate';
import { freeTierRunAdvice } from '../../gemini/freeTier';
import { EXIT_CODES, exitCodeOfRun } from '../exitCodes';
import { NodeFileSystem } from '../../node/nodeFileSystem';
import { UsageError } from '../cliError';
import { loadSettings } from '../config';
import { loggerFor, serviceFor, type CliIo } from '../host';
import { runWillCallGemini } from '../../hosts/runPreparation';
import { preloadSdk } from '../../gemini/sdkClient';
import { progressPrinter } from '../progressPrinter';

export const newHelp = `story-writer new DIR --premise TEXT [--title T] [--genre G] [--words N] [--chapters N]

Creates the story folder DIR with its brief.md (premise and parameters). Nothing is written when
an argument is invalid.`;

export const runHelp = `story-writer run DIR [--stage concept|bible|outline|draft|revision|manuscript|all] [--regenerate STAGE|ITEM] [--force] [--json] [--config FILE] [--verbose]

Writes every stage of the story in DIR that is missing or stale, up to --stage (default all). An
unchanged story makes no request. --regenerate makes a stage again (bypassing the cache), or one
item of it (draft:03 is chapter 3's draft, revision:03 its revision), and then whatever depends
on it; files you edited are only overwritten with --force (a backup is kept). Progress goes to stderr; --json
prints a summary object on stdout. Ctrl+C stops cleanly: text written so far is kept and the next
run continues from it.`;

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
      json: { type: 'boolean', default: false },
      config: { type: 'string' },
      verbose: { type: 'boolean', short: 'v', default: false },
    },
    strict: true,
  });
  const storyDir = resolve(io.cwd, requireDir(positionals, 'run'));
  const target = values.stage === 'all' ? 'all' : stageArgument(values.stage, '--stage');
  const regenerate = values.regenerate === undefined ? undefined : regenerateArgument(values.regenerate);
  const settings = await loadSettings(values.config);
  const fs = new NodeFileSystem();
  const state = await computeStoryState(fs, storyDir, { draftMode: settings['workflow.draftMode'] });
  await requireValidBrief(state, storyDir);
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
      `${JSON.stringify({ storyDir, problems: state.problems, items: state.items.map(({ id, stage, chapter, title, file, state: s, reason, words }) => ({ id, stage, chapter, title, file, state: s, reason, words })) })}\n`,
    );
    return EXIT_CODES.ok;
  }
  const title = state.brief.ok ? state.brief.brief.title : storyDir;
  io.stdout.write(`${title}\n`);
  for (const p of state.problems) io.stdout.write(`  ! ${p}\n`);
  for (const item of state.items) {
    const label = item.chapter !== undefined ? `  ${item.stage} ch${String(item.chapter).padStart(2, '0')}` : `  ${item.stage}`;
    const extra = [item.words ? `${item.words} words` : '', item.reason ?? ''].filter(Boolean).join(' · ');
    io.stdout.write(`${label.padEnd(18)} ${item.state.padEnd(8)} ${extra}\n`);
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

function reportSummary(summary: RunSummary, io: CliIo, storyDir: string): void {
  const seconds = (summary.durationMs / 1000).toFixed(1);
  if (summary.outcome === 'completed' && summary.failures.length === 0) {
    io.stderr.write(
      summary.generated.length === 0
        ? `Up to date: nothing needed generating (${seconds} s).\n`
        : `Done: ${summary.generated.length} files, ${summary.words.toLocaleString('en-US')} words, ${summary.apiCalls} API calls, ${summary.cacheHits} from cache, in ${seconds} s.\n${storyDir}/${MANUSCRIPT_FILE}\n`,
    );
    if (summary.length) io.stderr.write(`${describeLength(summary.length)}\n`);
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
    durationMs: summary.durationMs,
    statistics,
  };
}
