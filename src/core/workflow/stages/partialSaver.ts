import { posix } from 'node:path';
import { writeCheckpoint } from '../../checkpoint/checkpointFile';
import type { CheckpointMeta } from '../../checkpoint/meta';
import { bodyHash } from '../../hash';
import type { Clock, FileSystem } from '../../ports';
import { countWords } from '../../documents/wordCount';

export type PartialMetaBase = Pick<CheckpointMeta, 'stage' | 'chapter' | 'model' | 'promptHash' | 'inputs'>;

/** Where a streaming chapter's text so far goes: the partial file, or nowhere (a speculation). */
export interface PartialSink {
  /** Story-relative path of the partial file. */
  readonly file: string;
  readonly savedText: string;
  update(text: string): void;
  flush(): Promise<void>;
  remove(): Promise<void>;
  discard(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A speculative chapter's sink: it saves nothing. A speculation never writes; if it is cut
 * short its text is simply dropped, since the writer has not asked for it.
 */
export class NoPartial implements PartialSink {
  readonly savedText = '';

  constructor(readonly file: string) {}

  update(): void {}
  async flush(): Promise<void> {}
  async remove(): Promise<void> {}
  async discard(): Promise<void> {}
  async close(): Promise<void> {}
}

/**
 * The emergency save of a streaming chapter: its text so far goes to `chapter-NN.partial.md`,
 * throttled while it streams (at most once per `intervalMs`), at once on `flush` (failure or
 * cancel), and the file is removed when the chapter is complete. Writes are atomic and one at a
 * time, so the file always holds one whole, recent version of the text — never a mix.
 */
export class PartialSaver implements PartialSink {
  private latest: string;
  private written: string;
  private lastWriteAt = Number.NEGATIVE_INFINITY;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private chain: Promise<void> = Promise.resolve();
  private closed = false;
  private readonly startedAt: number;

  private readonly fs: FileSystem;
  private readonly storyDir: string;
  /** Story-relative path of the partial file. */
  readonly file: string;
  private readonly meta: PartialMetaBase;
  private readonly clock: Clock;
  private readonly intervalMs: number;

  constructor(
    where: { readonly fs: FileSystem; readonly storyDir: string; readonly file: string; readonly clock: Clock },
    meta: PartialMetaBase,
    options: { readonly initial?: string; readonly intervalMs?: number } = {},
  ) {
    ({ fs: this.fs, storyDir: this.storyDir, file: this.file, clock: this.clock } = where);
    this.meta = meta;
    this.intervalMs = options.intervalMs ?? 1000;
    // A partial being continued starts from the text already on disk.
    this.latest = options.initial ?? '';
    this.written = this.latest;
    this.startedAt = this.clock.now();
  }

  /** The whole text so far (not a delta). Replacing it with shorter text is allowed (a restart). */
  update(text: string): void {
    if (this.closed) return;
    this.latest = text;
    if (this.timer) return;
    const wait = this.lastWriteAt + this.intervalMs - this.clock.now();
    if (wait <= 0) {
      this.schedule();
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.schedule();
    }, wait);
    this.timer.unref?.();
  }

  /** Writes the latest text now (if any is unsaved) and waits for every write to finish. */
  async flush(): Promise<void> {
    this.cancelTimer();
    this.schedule();
    await this.chain;
  }

  /** The chapter is complete: stop saving and delete the partial file. */
  async remove(): Promise<void> {
    this.closed = true;
    this.cancelTimer();
    await this.chain;
    const path = posix.join(this.storyDir, this.file);
    if (await this.fs.stat(path)) await this.fs.delete(path);
  }

  /** What was saved is worthless (a refusal, not prose): delete it, and go on saving what comes next. */
  async discard(): Promise<void> {
    this.cancelTimer();
    await this.chain;
    this.latest = '';
    if (this.written === '') return;
    this.written = '';
    const path = posix.join(this.storyDir, this.file);
    if (await this.fs.stat(path)) await this.fs.delete(path);
  }

  /** Stops saving without touching the file (after the final flush). */
  async close(): Promise<void> {
    this.closed = true;
    this.cancelTimer();
    await this.chain;
  }

  get savedText(): string {
    return this.written;
  }

  private schedule(): void {
    this.chain = this.chain.then(() => this.writeLatest()).catch(() => undefined);
  }

  private async writeLatest(): Promise<void> {
    const text = this.latest;
    if (this.closed || text === this.written || text.trim() === '') return;
    this.lastWriteAt = this.clock.now();
    const meta: CheckpointMeta = {
      ...this.meta,
      status: 'partial',
      bodyHash: bodyHash(text),
      usage: { promptTokens: 0, outputTokens: 0, thinkingTokens: 0 },
      durationMs: this.clock.now() - this.startedAt,
      generatedAt: new Date(this.clock.now()).toISOString(),
      words: countWords(text),
    };
    await writeCheckpoint(this.fs, posix.join(this.storyDir, this.file), meta, text);
    this.written = text;
  }

  private cancelTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
