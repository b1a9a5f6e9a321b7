import type { BatchJobState } from '../../generation/batchJobs';
import { countWords } from '../../documents/wordCount';
import type { Clock, Logger } from '../../ports';
import type { WorkflowStage } from '../../stages';
import type { Failure } from '../failures';
import type { ItemChanges } from '../itemChanges';
import type { ProgressEvent } from '../progress';
import type { GraphItem } from '../state/graph';
import type { ItemId, ItemStatus } from '../state/items';
import type { RunTally } from './runTally';

/** Where a run's progress goes: the host's callbacks and its item-change channel. */
export interface RunHooks {
  readonly onProgress?: (event: ProgressEvent) => void;
  readonly onText?: (itemId: ItemId, delta: string, soFar: string) => void;
  readonly onRestart?: (itemId: ItemId) => void;
  readonly events?: ItemChanges;
}

/** Throttle for `words` progress events while streaming. */
const WORDS_EVENT_MS = 250;

interface StageProgress {
  total: number;
  started: number;
  finished: number;
  readonly durations: number[];
}

/**
 * Tells the host what the run is doing: stage and item events with running totals and an ETA,
 * streamed text, and item state changes for the views. A listener that throws is logged and
 * never breaks the run.
 */
export class ProgressReporter {
  private readonly streaming = new Map<ItemId, StreamingItem>();
  private readonly stages = new Map<WorkflowStage, StageProgress>();

  private readonly storyDir: string;
  private readonly hooks: RunHooks;
  private readonly tally: RunTally;
  private readonly clock: Clock;
  private readonly log: Logger;
  private readonly lanes: number;

  constructor(parts: {
    readonly storyDir: string;
    readonly hooks: RunHooks;
    readonly tally: RunTally;
    readonly clock: Clock;
    readonly log: Logger;
    /** Chapters that run at once: the ETA spreads the work left over them. */
    readonly lanes: number;
  }) {
    ({ storyDir: this.storyDir, hooks: this.hooks, tally: this.tally, clock: this.clock, log: this.log, lanes: this.lanes } = parts);
  }

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
    this.stages.set(stage, { total, started: 0, finished: 0, durations: [] });
    if (total > 0) this.emit({ type: 'stage-started', stage, total });
  }

  stageFinished(stage: WorkflowStage): void {
    const p = this.stages.get(stage);
    if (p && (p.total > 0 || p.started > 0)) this.emit({ type: 'stage-finished', stage, total: Math.max(p.total, p.started) });
  }

  /** Returns when the item started, for `itemFinished`. */
  itemStarted(item: GraphItem): number {
    const p = this.progressOf(item.stage);
    p.started++;
    this.changed(item, 'running');
    this.emit({ type: 'item-started', ...where(item), index: p.started, total: p.total, ...this.eta(item.stage) });
    return this.clock.now();
  }

  itemFinished(item: GraphItem, startedAt: number, state: ItemStatus, itemWords: number, cached: boolean): void {
    const p = this.progressOf(item.stage);
    p.finished++;
    p.durations.push(this.clock.now() - startedAt);
    this.streaming.delete(item.id);
    this.emit({ type: 'item-finished', ...where(item), index: p.finished, total: p.total, state, itemWords, cached, ...this.eta(item.stage) });
  }

  itemFailed(item: GraphItem, failure: Failure): void {
    const p = this.progressOf(item.stage);
    p.finished++;
    this.streaming.delete(item.id);
    this.emit({ type: 'item-failed', ...where(item), index: p.finished, total: p.total, kind: failure.kind, message: failure.message });
  }

  /** A batch job's state, each time it is polled. */
  batchJob(stage: WorkflowStage, job: string, state: BatchJobState, entries: number): void {
    this.emit({ type: 'batch', stage, job, state, entries });
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
    this.emit({ type: 'words', ...where(item), itemWords: wordsOf(entry), ...this.eta(item.stage) });
  }

  /** The item's stream was cut and starts over: what it showed is void. */
  restarted(item: GraphItem): void {
    this.streaming.delete(item.id);
    this.hooks.onRestart?.(item.id);
  }

  private progressOf(stage: WorkflowStage): StageProgress {
    let p = this.stages.get(stage);
    if (!p) {
      p = { total: 1, started: 0, finished: 0, durations: [] };
      this.stages.set(stage, p);
    }
    return p;
  }

  /** Mean time per finished item × items left, spread over the chapters that run at once. */
  private eta(stage: WorkflowStage): { etaMs?: number } {
    const p = this.stages.get(stage);
    if (!p || p.durations.length === 0) return {};
    const mean = p.durations.reduce((a, b) => a + b, 0) / p.durations.length;
    const left = Math.max(0, p.total - p.finished);
    const lanes = Math.max(1, Math.min(left, this.lanes));
    return { etaMs: Math.round((mean * left) / lanes) };
  }

  private emit(event: DistributiveOmit<ProgressEvent, 'words' | 'tokens'>): void {
    if (!this.hooks.onProgress) return;
    let streamingWords = 0;
    for (const s of this.streaming.values()) streamingWords += wordsOf(s);
    try {
      this.hooks.onProgress({ ...event, words: this.tally.totals.words + streamingWords, tokens: this.tally.tokensUsed } as ProgressEvent);
    } catch (e) {
      this.log.warn('A progress listener failed', { error: String(e) });
    }
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

function where(item: GraphItem): { stage: WorkflowStage; chapter?: number; itemId: ItemId } {
  return { stage: item.stage, ...(item.chapter !== undefined ? { chapter: item.chapter } : {}), itemId: item.id };
}

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
