import { posix } from 'node:path';
import * as z from 'zod';
import { writeFileAtomic } from '../../checkpoint/atomicWrite';
import type { CheckpointFlag } from '../../checkpoint/meta';
import { workDir } from '../../checkpoint/storyPaths';
import { proseFromModel, renderChapter } from '../../documents/chapter';
import { countWords } from '../../documents/wordCount';
import { GenerationError } from '../../generation/generationError';
import { isFinished, type BatchEntry, type BatchEntryResult, type BatchJobStatus, type BatchJobs } from '../../generation/batchJobs';
import type { ChapterStage } from '../../stages';
import type { RunContext } from '../run/runContext';
import { buildGraph, isChapterItem, type ChapterGraphItem, type OutlineChapterRef } from '../state/graph';
import type { ItemId } from '../state/items';
import { lengthFlags, mainPrompt, nearEmptyBelow } from './chapterStage';
import type { FindingToFix } from '../../continuity/runContinuity';

/**
 * Batch mode: a chapter stage's independent items (every draft in parallel mode, then every
 * revision) go to Gemini as one Batch API job at half the price. The job's name is written to
 * `.story-writer/batch-<stage>.json` the moment Gemini returns it, so a run that is killed, or a
 * VS Code that is closed, resumes polling that job on the next run instead of paying twice.
 * Results land as ordinary chapter files flagged `batch`; an entry that failed, or that came back
 * unusable, is left for the interactive pass that follows (the runner's usual path).
 */

export interface BatchMode {
  /**
   * `send`: the stage's chapters go as a new job (Run Workflow in Batch, `--batch`). `collect`: an
   * interactive run that still collects a job an earlier batch run left waiting, instead of
   * paying for its chapters again; with no such job it sends none.
   */
  readonly scope: BatchScope;
  readonly jobs: BatchJobs;
  /** The writer's cancel: cancel the job in Gemini (VS Code's Cancel), or leave it for the next run to collect (Ctrl+C in a terminal). */
  readonly onCancel: BatchCancel;
  readonly pollIntervalMs: number;
}

export type BatchCancel = 'cancel-job' | 'leave-job';
export type BatchScope = 'send' | 'collect';

/** Whether an earlier run left a job of this stage waiting in Gemini. */
export async function hasRecordedJob(fs: RunContext['fs'], storyDir: string, stage: ChapterStage): Promise<boolean> {
  return (await fs.stat(batchJobPath(storyDir, stage))) !== undefined;
}

export interface BatchItem {
  readonly item: ChapterGraphItem;
  readonly chapter: OutlineChapterRef;
  /** For a revision: the draft's continuity findings it is asked to fix (`checks.continuity`). */
  readonly fix?: readonly FindingToFix[];
}

/** What came of a stage's job: chapters written, and whether the run was cancelled while waiting. */
export interface BatchOutcome {
  readonly made: readonly ItemId[];
  readonly cancelled: boolean;
}

/** Polls that may fail in a row (the network, a 503) before the run gives up waiting; the job stays recorded. */
const POLL_FAILURES_ALLOWED = 5;

const jobRecordSchema = z.object({
  name: z.string().min(1),
  stage: z.enum(['draft', 'revision']),
  model: z.string(),
  submittedAt: z.string(),
  /** A context cache the job's requests name: deleted once the job is done. */
  cache: z.string().optional(),
  items: z.array(z.object({ id: z.string(), promptHash: z.string(), inputs: z.record(z.string(), z.string()) })),
});
type JobRecord = z.infer<typeof jobRecordSchema>;

export function batchJobPath(storyDir: string, stage: ChapterStage): string {
  return posix.join(workDir(storyDir), `batch-${stage}.json`);
}

/**
 * Runs (or resumes) the stage's batch job and writes what it returns. `items` are those the run
 * would make now; a recorded job is resumed whatever they are, and its results are written only
 * for items whose inputs are still the ones it was made from.
 */
export async function runBatchStage(ctx: RunContext, mode: BatchMode, stage: ChapterStage, items: readonly BatchItem[]): Promise<BatchOutcome> {
  const path = batchJobPath(ctx.storyDir, stage);
  let record = await readRecord(ctx, path);
  let status: BatchJobStatus;
  if (record) {
    ctx.log.info(`${stage}: resuming batch job ${record.name} (${record.items.length} chapters), submitted ${record.submittedAt}; no new job is sent`);
    status = { name: record.name, state: 'queued' };
  } else {
    if (items.length === 0) return { made: [], cancelled: false };
    ({ record, status } = await submit(ctx, mode, stage, items, path));
  }
  const finished = await poll({ ctx, mode, stage, record, path }, status);
  if (!finished) return { made: [], cancelled: true };
  const made = finished.state === 'succeeded' ? await land(ctx, stage, record, finished.results ?? []) : [];
  if (finished.state !== 'succeeded') ctx.log.warn(`${stage}: batch job ${record.name} ended ${finished.state}; its chapters are made interactively`);
  await ctx.fs.delete(path);
  if (record.cache) await ctx.caches.deleteNamed(record.cache);
  return { made, cancelled: false };
}

async function submit(ctx: RunContext, mode: BatchMode, stage: ChapterStage, items: readonly BatchItem[], path: string): Promise<{ record: JobRecord; status: BatchJobStatus }> {
  const plain: BatchEntry[] = [];
  const cached: BatchEntry[] = [];
  const recorded: JobRecord['items'] = [];
  for (const { item, fix } of items) {
    const prompt = mainPrompt(ctx, item, fix);
    const request = ctx.generation.request(prompt);
    plain.push({ key: item.id, request });
    cached.push({ key: item.id, request: await ctx.caches.request(prompt, request, 'batch-job') });
    recorded.push({ id: item.id, promptHash: prompt.promptHash, inputs: ctx.story.hashes().record(item.inputs) });
  }
  const model = ctx.generation.modelFor(stage);
  const displayName = `story-writer ${stage}: ${ctx.inputs.brief().title}`.slice(0, 120);
  const cache = cached.find((e) => e.request.cachedContent)?.request.cachedContent;
  let status: BatchJobStatus;
  let sentCache = cache;
  try {
    status = await mode.jobs.submit(model, cached, displayName, ctx.signal);
  } catch (error) {
    // Gemini may refuse a context cache in a batch job: the job goes without it (the implicit cache may still apply).
    if (!cache || ctx.signal.aborted || !(error instanceof GenerationError) || error.kind !== 'bad-request') throw error;
    ctx.log.warn(`${stage}: Gemini refused the batch job with its context cache (${error.message}); sending it without the cache`);
    await ctx.caches.deleteNamed(cache);
    sentCache = undefined;
    status = await mode.jobs.submit(model, plain, displayName, ctx.signal);
  }
  const record: JobRecord = { name: status.name, stage, model, submittedAt: new Date(ctx.clock.now()).toISOString(), ...(sentCache ? { cache: sentCache } : {}), items: recorded };
  // Before anything else: a run killed from here on resumes this job rather than paying for another.
  await writeFileAtomic(ctx.fs, path, `${JSON.stringify(record, null, 2)}\n`);
  ctx.log.info(`${stage}: batch job ${status.name} submitted with ${recorded.length} chapters (half price; Gemini answers within 24 hours, usually minutes)`);
  return { record, status };
}

/** A recorded job and what a stage needs to wait for it. */
interface RecordedJob {
  readonly ctx: RunContext;
  readonly mode: BatchMode;
  readonly stage: ChapterStage;
  readonly record: JobRecord;
  /** Its record's file. */
  readonly path: string;
}

/** Waits for the job on the run's clock, reporting its state; undefined when the writer cancelled. */
async function poll(job: RecordedJob, first: BatchJobStatus): Promise<BatchJobStatus | undefined> {
  const { ctx, mode, stage, record } = job;
  let status = first;
  let failures = 0;
  while (!isFinished(status.state)) {
    ctx.progress.batchJob(stage, record.name, status.state, record.items.length);
    try {
      await ctx.clock.sleep(mode.pollIntervalMs, ctx.signal);
    } catch {
      await cancelled(job);
      return undefined;
    }
    try {
      status = await mode.jobs.status(record.name, ctx.signal);
      failures = 0;
    } catch (error) {
      if (ctx.signal.aborted) {
        await cancelled(job);
        return undefined;
      }
      if (++failures > POLL_FAILURES_ALLOWED) throw error;
      ctx.log.warn(`${stage}: could not ask about batch job ${record.name} (${error instanceof Error ? error.message : String(error)}); asking again`);
    }
  }
  ctx.progress.batchJob(stage, record.name, status.state, record.items.length);
  return status;
}

async function cancelled({ ctx, mode, stage, record, path }: RecordedJob): Promise<void> {
  if (mode.onCancel === 'leave-job') {
    ctx.log.info(`${stage}: batch job ${record.name} keeps running in Gemini; run again to collect its chapters (no new job is sent)`);
    return;
  }
  try {
    await mode.jobs.cancel(record.name);
    ctx.log.info(`${stage}: batch job ${record.name} cancelled`);
  } catch (error) {
    ctx.log.warn(`${stage}: could not cancel batch job ${record.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  await ctx.fs.delete(path);
  if (record.cache) await ctx.caches.deleteNamed(record.cache);
}

/** Writes each usable result as its chapter file; returns the items written. */
async function land(ctx: RunContext, stage: ChapterStage, record: JobRecord, results: readonly BatchEntryResult[]): Promise<ItemId[]> {
  const made: ItemId[] = [];
  const chapters = new Map(ctx.story.state().chapters.map((c) => [c.number, c]));
  for (const result of results) {
    const recorded = record.items.find((i) => i.id === result.key);
    const item = recorded ? chapterItem(ctx, stage, result.key) : undefined;
    const chapter = item ? chapters.get(item.chapter) : undefined;
    if (!recorded || !item || !chapter) continue;
    if (!sameInputs(ctx.story.hashes().record(item.inputs), recorded.inputs) || !needsMaking(ctx, item.id)) {
      ctx.log.info(`${item.id}: its inputs changed while the batch job ran (or it was made meanwhile); its batch result is not used`);
      continue;
    }
    const startedAt = ctx.progress.itemStarted(item);
    if (result.kind === 'error') {
      ctx.log.warn(`${item.id}: the batch entry failed (${result.message}); it is made interactively`);
      ctx.progress.changed(item, ctx.story.stateOf(item.id)?.state ?? 'pending');
      continue;
    }
    // Counted as one request each, like an interactive call (tokens into the run's summary), priced at the Batch API's rates.
    await ctx.tally.call(async () => ({ ...result.result, costMode: 'batch' as const }));
    const prose = proseFromModel(result.result.text);
    const words = countWords(prose);
    if (!result.result.truncated && words < nearEmptyBelow(chapter.targetWords)) {
      ctx.log.warn(`${item.id}: the batch reply held no chapter (${words} words); it is made interactively`);
      ctx.progress.changed(item, ctx.story.stateOf(item.id)?.state ?? 'pending');
      continue;
    }
    const flags: CheckpointFlag[] = ['batch', ...(result.result.truncated ? (['truncated'] as const) : []), ...lengthFlags(ctx, chapter, words)];
    await ctx.checkpoints.commit(item, renderChapter(item.chapter, chapter.title, prose), {
      model: result.result.model || record.model,
      promptHash: recorded.promptHash,
      inputs: recorded.inputs,
      usage: result.result.usage,
      durationMs: ctx.clock.now() - Date.parse(record.submittedAt),
      words,
      flags,
      // Priced at the Batch API's rates in the front matter.
      costMode: 'batch',
    });
    ctx.story.touch();
    ctx.progress.itemFinished(item, startedAt, 'done', words, false);
    made.push(item.id);
  }
  return made;
}

function chapterItem(ctx: RunContext, stage: ChapterStage, id: string): ChapterGraphItem | undefined {
  const found = buildGraph(ctx.story.state().chapters, ctx.settings['workflow.draftMode']).find((i) => i.id === id);
  return found && isChapterItem(found) && found.stage === stage ? found : undefined;
}

function needsMaking(ctx: RunContext, id: ItemId): boolean {
  const state = ctx.story.stateOf(id)?.state;
  return state === 'pending' || state === 'stale' || state === 'failed' || state === 'partial';
}

function sameInputs(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

async function readRecord(ctx: RunContext, path: string): Promise<JobRecord | undefined> {
  if (!(await ctx.fs.stat(path))) return undefined;
  try {
    return jobRecordSchema.parse(JSON.parse(new TextDecoder().decode(await ctx.fs.readFile(path))));
  } catch (error) {
    // Unreadable: its job cannot be found again. Say so, keep the file aside for the writer, and go on.
    ctx.log.warn(`${path} is unreadable (${error instanceof Error ? error.message : String(error)}); it is set aside and a new batch job is sent`);
    await ctx.fs.rename(path, `${path}.unreadable`);
    return undefined;
  }
}
