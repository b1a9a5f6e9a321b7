import { costOf, type CostMode, type PriceOverrides } from '../../cost';
import { posix } from 'node:path';
import { writeFileAtomic } from '../../checkpoint/atomicWrite';
import { backupFile } from '../../checkpoint/backups';
import { classifyCheckpoint, renderCheckpoint } from '../../checkpoint/checkpointFile';
import type { CheckpointFlag, CheckpointMeta } from '../../checkpoint/meta';
import type { Usage } from '../../generation/textGenerator';
import { bodyHash } from '../../hash';
import type { Clock, FileSystem, Logger } from '../../ports';
import type { Failure } from '../failures';
import type { GraphItem } from '../state/graph';
import type { ProgressReporter } from './progressReporter';
import type { RunTally } from './runTally';
import type { StoryView } from './storyView';

const encoder = new TextEncoder();

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
  /** How the calls were billed (default interactive). */
  readonly costMode?: CostMode;
}

/**
 * Writes what the run makes: an item's file with its checkpoint front matter (atomically, after
 * backing up the writer's text), and the run records of items that failed or were skipped.
 */
export class CheckpointWriter {
  private readonly fs: FileSystem;
  private readonly storyDir: string;
  private readonly story: StoryView;
  private readonly tally: RunTally;
  private readonly reporter: ProgressReporter;
  private readonly clock: Clock;
  private readonly log: Logger;
  private readonly prices: PriceOverrides;

  constructor(parts: {
    readonly fs: FileSystem;
    readonly storyDir: string;
    readonly story: StoryView;
    readonly tally: RunTally;
    readonly reporter: ProgressReporter;
    readonly clock: Clock;
    readonly log: Logger;
    readonly prices: PriceOverrides;
  }) {
    ({ fs: this.fs, storyDir: this.storyDir, story: this.story, tally: this.tally, reporter: this.reporter, clock: this.clock, log: this.log, prices: this.prices } = parts);
  }

  /**
   * If what is on disk now is the writer's (edited, hand-written or damaged) it is backed up
   * first — whether the overwrite was asked for or the writer edited the file while it was being
   * regenerated.
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
      usage: fileUsage(parts.usage),
      ...costField(parts, this.prices),
      durationMs: parts.durationMs,
      generatedAt: new Date(this.clock.now()).toISOString(),
      words: parts.words,
      ...(parts.flags && parts.flags.length > 0 ? { flags: [...new Set(parts.flags)] } : {}),
      ...(parts.cached ? { cached: true } : {}),
    };
    const bytes = encoder.encode(renderCheckpoint(meta, body));
    await writeFileAtomic(this.fs, posix.join(this.storyDir, item.file), bytes);
    this.story.snapshot.setFile(item.file, bytes);
    await this.story.records.madeNow(item.id);
    this.tally.wrote(item.id, parts.words);
    this.story.touch();
    this.reporter.changed(item, 'done');
    return meta;
  }

  /** This attempt decides the item's label afresh: an old failure or skip record goes. */
  async forgetRecord(item: GraphItem): Promise<void> {
    if (!this.story.records.get(item.id)) return;
    await this.story.records.clear(item.id);
    this.story.touch();
  }

  async recordFailure(item: GraphItem, failure: Failure, inputs: Record<string, string>): Promise<void> {
    await this.story.records.set(item.id, { state: 'failed', reason: failure.message, kind: failure.kind, at: this.now(), inputs });
    this.story.touch();
    this.reporter.changed(item, 'failed', failure.message);
  }

  async recordSkip(item: GraphItem, reason: string, inputs: Record<string, string>): Promise<void> {
    await this.story.records.set(item.id, { state: 'skipped', reason, at: this.now(), inputs });
    this.tally.skipped(item.id);
    this.story.touch();
    this.reporter.changed(item, 'skipped', reason);
  }

  private async backupIfWriters(file: string): Promise<void> {
    const path = posix.join(this.storyDir, file);
    if (!(await this.fs.stat(path))) return;
    const read = classifyCheckpoint(await this.fs.readFile(path), file);
    const pristine = read.kind === 'checkpoint' && bodyHash(read.body) === read.meta.bodyHash;
    if (pristine) return;
    const backup = await backupFile(this.fs, this.storyDir, file, this.clock);
    if (backup) {
      this.tally.backedUp(backup);
      this.log.info(`Backed up the writer's ${file} before replacing it`, { backup });
    }
  }

  private now(): string {
    return new Date(this.clock.now()).toISOString();
  }
}

/** The tokens a file records: the cached ones only when there were some. */
function fileUsage(usage: CommitParts['usage']): CheckpointMeta['usage'] {
  const cached = usage.cachedTokens ?? 0;
  return { promptTokens: usage.promptTokens, ...(cached > 0 ? { cachedTokens: cached } : {}), outputTokens: usage.outputTokens, thinkingTokens: usage.thinkingTokens };
}

/** `costUsd` beside the usage, to the millionth of a dollar; none for a model without a price. */
function costField(parts: CommitParts, prices: PriceOverrides): Pick<CheckpointMeta, 'costUsd'> {
  const cost = costOf(parts.model, parts.usage, parts.costMode ?? 'interactive', prices);
  return cost ? { costUsd: Math.round(cost.usd * 1e6) / 1e6 } : {};
}
