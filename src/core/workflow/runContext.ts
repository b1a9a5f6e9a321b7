import { requestFor } from '../generation/requestSettings';
import { posix } from 'node:path';
import { writeFileAtomic } from '../checkpoint/atomicWrite';
import { backupFile } from '../checkpoint/backups';
import { classifyCheckpoint, renderCheckpoint } from '../checkpoint/checkpointFile';
import type { CheckpointFlag, CheckpointMeta, WorkflowStage } from '../checkpoint/meta';
import type { ModelStage, Settings } from '../config/settings';
import { bodyHash } from '../hash';
import type { Clock, FileSystem, Logger } from '../ports';
import type { StagePrompt } from '../prompts/stagePrompt';
import type { CallOptions, GenerateRequest, JsonResult, TextGenerator, TextResult, Usage } from '../generation/textGenerator';
import type { z } from 'zod';
import type { Failure } from './failures';
import type { GraphItem } from './graph';
import type { ItemId, ItemStatus } from './items';
import type { ProgressEvent, RunFailure } from './progress';
import type { RunRecords } from './runState';
import type { StorySnapshot } from './snapshot';
import { countWords } from '../stages/wordCount';
import { InputHashes, stateFromSnapshot, type ItemState, type StoryState } from './state';
import { StoryInputs } from './storyInputs';
import type { WorkflowEvents } from './workflowEvents';

const encoder = new TextEncoder();

export interface RunHooks {
  readonly onProgress?: (event: ProgressEvent) => void;
  readonly onText?: (itemId: ItemId, delta: string, soFar: string) => void;
  readonly onRestart?: (itemId: ItemId) => void;
  readonly events?: WorkflowEvents;
}

/** What a generated file's front matter needs beyond what `commit` works out itself. */
export interface CommitParts {
  readonly model: string;
  readonly promptHash: string;
  readonly inputs: Record<string, string>;
  readonly usage: Usage | CheckpointMeta['usage'];
  readonly durationMs: number;
  /** Words of the text proper (a chapter's prose, not its heading). Default: the whole body. */
  readonly words: number;
  readonly flags?: readonly CheckpointFlag[];
  readonly cached?: boolean;
}

/** Throttle for `words` progress events while streaming. */
const WORDS_EVENT_MS = 250;

/**
 * Everything one run shares: the story's files as last seen, the run records, the generator
 * with counting, and the reporting (progress, item changes, summary totals). The stage modules
 * receive it; the runner decides what to run.
 */
export class RunContext {
  readonly inputs: StoryInputs;
  readonly generated: ItemId[] = [];
  readonly failures: RunFailure[] = [];
  readonly skipped: ItemId[] = [];
  readonly keptEdited: ItemId[] = [];
  readonly backups: string[] = [];
  readonly totals = { requests: 0, apiCalls: 0, cacheHits: 0, retries: 0, restarts: 0, words: 0, prompt: 0, output: 0, thinking: 0 };
  private readonly streaming = new Map<ItemId, StreamingItem>();
  private readonly stageProgress = new Map<WorkflowStage, { total: number; started: number; finished: number; durations: number[] }>();
  private version = 0;
  private computed: { version: number; state: StoryState } | undefined;

  constructor(
    readonly fs: FileSystem,
    readonly storyDir: string,
    private readonly generator: TextGenerator,
    readonly settings: Settings,
    readonly log: Logger,
    readonly clock: Clock,
    /** Aborts on the writer's cancel and on a failure that stops the run. */
    readonly signal: AbortSignal,
    readonly snapshot: StorySnapshot,
    readonly records: RunRecords,
    private readonly hooks: RunHooks,
  ) {
    this.inputs = new StoryInputs(snapshot);
  }

  // ── State ──────────────────────────────────────────────────────────────────────────────────

  /** The story's state as of the last write (recomputed only when something changed). */
  state(): StoryState {
    if (this.computed?.version !== this.version) {
      const state = stateFromSnapshot(this.storyDir, this.snapshot, (id) => this.records.get(id), { draftMode: this.settings['workflow.draftMode'] });
      this.computed = { version: this.version, state };
    }
    return this.computed.state;
  }

  stateOf(id: ItemId): ItemState | undefined {
    return this.state().items.find((i) => i.id === id);
  }

  hashes(): InputHashes {
    return new InputHashes(this.snapshot, this.state().chapters);
  }

  /** Call after changing the snapshot or the records outside `commit`. */
  touch(): void {
    this.version++;
  }

  // ── Generation ─────────────────────────────────────────────────────────────────────────────

  modelFor(stage: ModelStage): string {
    return this.settings.stageModels[stage] ?? this.settings.model;
  }

  request(prompt: StagePrompt): GenerateRequest {
    return requestFor(prompt, this.modelFor(prompt.stage), this.settings);
  }

  async generateText(item: GraphItem, request: GenerateRequest, options: Omit<CallOptions, 'signal' | 'label'>): Promise<TextResult> {
    return this.counted(() => this.generator.generateText(request, { ...options, signal: this.signal, label: item.id }));
  }

  async generateJson<T>(item: GraphItem, request: GenerateRequest, schema: z.ZodType<T>, options: Omit<CallOptions, 'signal' | 'label'>): Promise<JsonResult<T>> {
    return this.counted(() => this.generator.generateJson(request, schema, { ...options, signal: this.signal, label: item.id }));
  }

  private async counted<R extends TextResult>(call: () => Promise<R>): Promise<R> {
    this.totals.requests++;
    try {
      const result = await call();
      if (result.fromCache) this.totals.cacheHits++;
      else this.totals.apiCalls++;
      this.totals.prompt += result.usage.promptTokens;
      this.totals.output += result.usage.outputTokens;
      this.totals.thinking += result.usage.thinkingTokens;
      return result;
    } catch (e) {
      this.totals.apiCalls++;
      throw e;
    }
  }

  // ── Writing ────────────────────────────────────────────────────────────────────────────────

  /**
   * Writes an item's file with its checkpoint front matter, atomically. If what is on disk now is
   * the writer's (edited, hand-written or damaged) it is backed up first — whether the overwrite
   * was forced or the writer edited the file while it was being regenerated.
   */
  async commit(item: GraphItem, body: string, parts: CommitParts): Promise<CheckpointMeta> {
    await this.backupIfWriters(item.file);
    const meta: CheckpointMeta = {
      stage: item.stage,
      ...(item.chapter !== undefined ? { chapter: item.chapter } : {}),
      model: parts.model,
      promptHash: parts.promptHash,
      inputs: parts.inputs,
      bodyHash: bodyHash(body),
      usage: { promptTokens: parts.usage.promptTokens, outputTokens: parts.usage.outputTokens, thinkingTokens: parts.usage.thinkingTokens },
      durationMs: parts.durationMs,
      generatedAt: new Date(this.clock.now()).toISOString(),
      words: parts.words,
      ...(parts.flags && parts.flags.length > 0 ? { flags: [...new Set(parts.flags)] } : {}),
      ...(parts.cached ? { cached: true } : {}),
    };
    const bytes = encoder.encode(renderCheckpoint(meta, body));
    await writeFileAtomic(this.fs, posix.join(this.storyDir, item.file), bytes);
    this.snapshot.setFile(item.file, bytes);
    await this.records.clear(item.id);
    this.generated.push(item.id);
    this.totals.words += parts.words;
    this.touch();
    this.changed(item, 'done');
    return meta;
  }

  private async backupIfWriters(file: string): Promise<void> {
    const path = posix.join(this.storyDir, file);
    if (!(await this.fs.stat(path))) return;
    const read = classifyCheckpoint(await this.fs.readFile(path), file);
    const pristine = read.kind === 'checkpoint' && bodyHash(read.body) === read.meta.bodyHash;
    if (pristine) return;
    const backup = await backupFile(this.fs, this.storyDir, file, this.clock);
    if (backup) {
      this.backups.push(backup);
      this.log.info(`Backed up the writer's ${file} before replacing it`, { backup });
    }
  }

  async forgetRecord(item: GraphItem): Promise<void> {
    if (!this.records.get(item.id)) return;
    await this.records.clear(item.id);
    this.touch();
  }

  async recordFailure(item: GraphItem, failure: Failure, inputs: Record<string, string>): Promise<void> {
    await this.records.set(item.id, { state: 'failed', reason: failure.message, kind: failure.kind, at: new Date(this.clock.now()).toISOString(), inputs });
    this.touch();
    this.changed(item, 'failed', failure.message);
  }

  async recordSkip(item: GraphItem, reason: string, inputs: Record<string, string>): Promise<void> {
    await this.records.set(item.id, { state: 'skipped', reason, at: new Date(this.clock.now()).toISOString(), inputs });
    this.skipped.push(item.id);
    this.touch();
    this.changed(item, 'skipped', reason);
  }

  // ── Reporting ──────────────────────────────────────────────────────────────────────────────

  changed(item: GraphItem, state: ItemStatus, reason?: string): void {
    this.hooks.events?.fire({
      storyDir: this.storyDir,
      id: item.id,
      stage: item.stage,
      ...(item.chapter !== undefined ? { chapter: item.chapter } : {}),
      state,
      ...(reason !== undefined ? { reason } : {}),
    });
  }

  /** A stage with something to make begins (a stage with nothing to do is not announced). */
  stageStarted(stage: WorkflowStage, total: number): void {
    this.stageProgress.set(stage, { total, started: 0, finished: 0, durations: [] });
    if (total > 0) this.emit({ type: 'stage-started', stage, total });
  }

  stageFinished(stage: WorkflowStage): void {
    const p = this.stageProgress.get(stage);
    if (p && (p.total > 0 || p.started > 0)) this.emit({ type: 'stage-finished', stage, total: Math.max(p.total, p.started) });
  }

  itemStarted(item: GraphItem): number {
    const p = this.progressOf(item.stage);
    p.started++;
    this.changed(item, 'running');
    this.emit({ type: 'item-started', ...this.where(item), index: p.started, total: p.total, ...this.eta(item.stage) });
    return this.clock.now();
  }

  itemFinished(item: GraphItem, startedAt: number, state: ItemStatus, itemWords: number, cached: boolean): void {
    const p = this.progressOf(item.stage);
    p.finished++;
    p.durations.push(this.clock.now() - startedAt);
    this.streaming.delete(item.id);
    this.emit({ type: 'item-finished', ...this.where(item), index: p.finished, total: p.total, state, itemWords, cached, ...this.eta(item.stage) });
  }

  itemFailed(item: GraphItem, failure: Failure): void {
    const p = this.progressOf(item.stage);
    p.finished++;
    this.streaming.delete(item.id);
    this.emit({ type: 'item-failed', ...this.where(item), index: p.finished, total: p.total, kind: failure.kind, message: failure.message });
  }

  approvalAsked(stage: WorkflowStage): void {
    this.emit({ type: 'approval', stage });
  }

  /**
   * Streamed text of an item (the whole text so far, continuation prefix included). Its words are
   * counted only when an event reports them: counting the whole text on every chunk would cost
   * time in the square of the chapter's length.
   */
  streamed(item: GraphItem, delta: string, soFar: string): void {
    this.hooks.onText?.(item.id, delta, soFar);
    const entry = this.streaming.get(item.id) ?? { text: '', counted: '', words: 0, lastEventAt: Number.NEGATIVE_INFINITY };
    entry.text = soFar;
    this.streaming.set(item.id, entry);
    const now = this.clock.now();
    if (now - entry.lastEventAt < WORDS_EVENT_MS) return;
    entry.lastEventAt = now;
    this.emit({ type: 'words', ...this.where(item), itemWords: wordsOf(entry), ...this.eta(item.stage) });
  }

  restarted(item: GraphItem): void {
    this.totals.restarts++;
    this.streaming.delete(item.id);
    this.hooks.onRestart?.(item.id);
  }

  private where(item: GraphItem): { stage: WorkflowStage; chapter?: number; itemId: ItemId } {
    return { stage: item.stage, ...(item.chapter !== undefined ? { chapter: item.chapter } : {}), itemId: item.id };
  }

  private progressOf(stage: WorkflowStage) {
    let p = this.stageProgress.get(stage);
    if (!p) {
      p = { total: 1, started: 0, finished: 0, durations: [] };
      this.stageProgress.set(stage, p);
    }
    return p;
  }

  /** Mean time per finished item × items left, spread over the chapters that run at once. */
  private eta(stage: WorkflowStage): { etaMs?: number } {
    const p = this.stageProgress.get(stage);
    if (!p || p.durations.length === 0) return {};
    const mean = p.durations.reduce((a, b) => a + b, 0) / p.durations.length;
    const left = Math.max(0, p.total - p.finished);
    const lanes = Math.max(1, Math.min(left, this.settings['rateLimit.maxConcurrent']));
    return { etaMs: Math.round((mean * left) / lanes) };
  }

  private emit(event: DistributiveOmit<ProgressEvent, 'words' | 'tokens'>): void {
    if (!this.hooks.onProgress) return;
    let streamingWords = 0;
    for (const s of this.streaming.values()) streamingWords += wordsOf(s);
    const tokens = this.totals.prompt + this.totals.output + this.totals.thinking;
    try {
      this.hooks.onProgress({ ...event, words: this.totals.words + streamingWords, tokens } as ProgressEvent);
    } catch (e) {
      this.log.warn('A progress listener failed', { error: String(e) });
    }
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An item whose text is streaming: the text so far, and its word count as last counted. */
interface StreamingItem {
  text: string;
  counted: string;
  words: number;
  lastEventAt: number;
}

function wordsOf(entry: StreamingItem): number {
  if (entry.counted !== entry.text) {
    entry.words = countWords(entry.text);
    entry.counted = entry.text;
  }
  return entry.words;
}
