import { deriveAbortController } from '../../common/abort';
import { CallPriority } from '../../generation/callPriority';
import type { TextGenerator } from '../../generation/textGenerator';
import type { SpeculativeTotals } from '../progress';
import { RunContext } from '../run/runContext';
import type { MakeMode } from '../stages/attempts';
import { commitChapter, makeChapter } from '../stages/chapterStage';
import { commitStructured, makeStructured } from '../stages/structuredStage';
import { isChapterItem, type GraphItem, type OutlineChapterRef } from '../state/graph';
import type { ItemId } from '../state/items';
import { prioritizedGenerator } from './prioritizedGenerator';
import { readOnlyFileSystem } from './readOnlyFileSystem';

/** Why a speculation was thrown away (for the log). */
export type DiscardReason = 'inputs-changed' | 'regenerate' | 'stop' | 'not-needed' | 'failed' | 'run-ended';

type Made = { readonly words: number; readonly cached: boolean };

/** What a speculation made, held in memory: committing it is the run's own write. */
interface Held {
  commit(run: RunContext): Promise<Made>;
}

type Outcome = { readonly kind: 'made'; readonly held: Held } | { readonly kind: 'failed'; readonly error: unknown };

/** What to make ahead: a structured stage's item, or one chapter (its outline entry with it). */
export type Prediction = { readonly item: GraphItem; readonly mode: MakeMode; readonly chapter?: OutlineChapterRef };

/**
 * One item made ahead: in its own context (a read-only view of the files, its own tally, no
 * progress events, calls at speculative priority), from the inputs hashed as they were when it
 * began, and cancellable on its own without touching the run.
 */
class Speculation {
  readonly priority = CallPriority.speculative();
  readonly ctx: RunContext;
  readonly outcome: Promise<Outcome>;
  private readonly abort: ReturnType<typeof deriveAbortController>;

  constructor(
    run: RunContext,
    generator: TextGenerator,
    readonly prediction: Prediction,
    /** The item's inputs when it began, hashed as staleness hashes them. */
    readonly inputs: Readonly<Record<string, string>>,
  ) {
    this.abort = deriveAbortController(run.signal);
    this.ctx = new RunContext({
      fs: readOnlyFileSystem(run.fs),
      storyDir: run.storyDir,
      generator: prioritizedGenerator(generator, this.priority),
      settings: run.settings,
      log: run.log.child('predict'),
      clock: run.clock,
      signal: this.abort.controller.signal,
      snapshot: run.story.snapshot,
      records: run.story.records,
      hooks: {},
    });
    this.outcome = make(this.ctx, prediction).then(
      (held): Outcome => ({ kind: 'made', held }),
      (error: unknown): Outcome => ({ kind: 'failed', error }),
    );
    void this.outcome.then(() => this.abort.dispose());
  }

  get id(): ItemId {
    return this.prediction.item.id;
  }

  cancel(why: DiscardReason): void {
    this.abort.controller.abort(new Error(`speculation discarded: ${why}`));
  }
}

/** Makes the predicted item in the speculation's context, holding the result. */
async function make(ctx: RunContext, { item, mode, chapter }: Prediction): Promise<Held> {
  if (isChapterItem(item) && chapter) {
    const draft = await makeChapter(ctx, { item, chapter, mode }, 'hold');
    return { commit: (run) => commitChapter(run, item, draft) };
  }
  const draft = await makeStructured(ctx, item, mode);
  return { commit: (run) => commitStructured(run, item, draft) };
}

/**
 * Predictive generation (`workflow.predictNextStage`): while the writer reviews a stage, what
 * comes next is made in the background at speculative priority (the runner chooses what: the
 * next structured stage, or the first chapters of the next chapter stage). When they approve
 * the stage unchanged, the run commits what was made (waiting, now at the writer's priority, for
 * any call still in flight); when they edited what it was made from, regenerated or stopped, it
 * is cancelled and thrown away. Nothing speculative is ever written: only the run's own commit
 * writes, and only when the inputs the speculation hashed are still the item's inputs.
 */
export class StagePredictor {
  private readonly held = new Map<ItemId, Speculation>();
  private readonly all: Speculation[] = [];
  private readonly committed: ItemId[] = [];
  private readonly discarded: ItemId[] = [];

  constructor(
    private readonly ctx: RunContext,
    private readonly generator: TextGenerator,
  ) {}

  /** Starts making these items ahead of the writer's answer (replacing any speculation held). */
  begin(predictions: readonly Prediction[]): void {
    this.discard('not-needed');
    for (const prediction of predictions) {
      const inputs = this.ctx.story.hashes().record(prediction.item.inputs);
      const speculation = new Speculation(this.ctx, this.generator, prediction, inputs);
      this.held.set(speculation.id, speculation);
      this.all.push(speculation);
    }
    if (predictions.length) this.ctx.log.info(`Made ahead while the writer reviews: ${predictions.map((p) => p.item.id).join(', ')}`);
  }

  /**
   * Makes `item`: commits what its speculation made when that was made in this mode from
   * exactly the inputs the item has now; otherwise discards it and calls `make`.
   */
  async takeOrMake(item: GraphItem, mode: MakeMode, make: () => Promise<Made>): Promise<Made> {
    const held = await this.take(item, mode);
    return held ? held.commit(this.ctx) : make();
  }

  /** Cancels every speculation held (or only `id`'s); each is counted as discarded. */
  discard(why: DiscardReason, id?: ItemId): void {
    for (const speculation of [...this.held.values()]) {
      if (id !== undefined && speculation.id !== id) continue;
      this.held.delete(speculation.id);
      speculation.cancel(why);
      this.discarded.push(speculation.id);
      this.ctx.log.info(`${speculation.id}: the speculation was discarded (${why}); nothing was written`);
    }
  }

  /** Discards what is held and waits until no speculative call is left (the run is ending). */
  async settle(): Promise<void> {
    this.discard('run-ended');
    await Promise.all(this.all.map((s) => s.outcome));
  }

  /** What the speculations spent, and what became of them; undefined when there were none. */
  totals(): SpeculativeTotals | undefined {
    if (this.all.length === 0) return undefined;
    const sum = this.all.map((s) => s.ctx.tally.totals);
    const add = (pick: (t: (typeof sum)[number]) => number) => sum.reduce((n, t) => n + pick(t), 0);
    return {
      requests: add((t) => t.requests),
      apiCalls: add((t) => t.apiCalls),
      cacheHits: add((t) => t.cacheHits),
      tokens: { prompt: add((t) => t.tokens.prompt), output: add((t) => t.tokens.output), thinking: add((t) => t.tokens.thinking) },
      committed: [...this.committed],
      discarded: [...this.discarded],
    };
  }

  private async take(item: GraphItem, mode: MakeMode): Promise<Held | undefined> {
    const speculation = this.held.get(item.id);
    if (!speculation) return undefined;
    if (speculation.prediction.mode !== mode || !sameInputs(speculation.inputs, this.ctx.story.hashes().record(item.inputs))) {
      this.discard(speculation.prediction.mode !== mode ? 'not-needed' : 'inputs-changed', item.id);
      return undefined;
    }
    // The writer wants it now: a call still queued goes ahead as theirs.
    speculation.priority.raise();
    const outcome = await speculation.outcome;
    // Discarded meanwhile (the run stopped): it is not the run's to commit any more.
    if (this.held.get(item.id) !== speculation) return undefined;
    if (outcome.kind === 'failed') {
      this.discard('failed', item.id);
      return undefined;
    }
    this.held.delete(item.id);
    this.committed.push(item.id);
    return outcome.held;
  }
}

function sameInputs(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}
