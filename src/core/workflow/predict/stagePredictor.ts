import { deriveAbortController } from '../../common/abort';
import { CallPriority } from '../../generation/callPriority';
import type { TextGenerator } from '../../generation/textGenerator';
import type { SpeculativeTotals } from '../progress';
import { RunContext } from '../run/runContext';
import type { MakeMode } from '../stages/attempts';
import { commitStructured, makeStructured, type StructuredDraft } from '../stages/structuredStage';
import type { GraphItem } from '../state/graph';
import type { ItemId } from '../state/items';
import { prioritizedGenerator } from './prioritizedGenerator';
import { readOnlyFileSystem } from './readOnlyFileSystem';

/** Why a speculation was thrown away (for the log). */
export type DiscardReason = 'inputs-changed' | 'regenerate' | 'stop' | 'not-needed' | 'failed' | 'run-ended';

type Outcome = { readonly kind: 'made'; readonly draft: StructuredDraft } | { readonly kind: 'failed'; readonly error: unknown };

/**
 * One stage made ahead: in its own context (a read-only view of the files, its own tally, no
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
    readonly item: GraphItem,
    readonly mode: MakeMode,
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
    this.outcome = makeStructured(this.ctx, item, mode).then(
      (draft): Outcome => ({ kind: 'made', draft }),
      (error: unknown): Outcome => ({ kind: 'failed', error }),
    );
    void this.outcome.then(() => this.abort.dispose());
  }

  cancel(why: DiscardReason): void {
    this.abort.controller.abort(new Error(`speculation discarded: ${why}`));
  }
}

/**
 * Predictive generation (`workflow.predictNextStage`): while the writer reviews a stage, the
 * next one is made in the background at speculative priority. When they approve the stage
 * unchanged, the run commits what was made (waiting, now at the writer's priority, for any call
 * still in flight); when they edited what it was made from, regenerated or stopped, it is
 * cancelled and thrown away. Nothing speculative is ever written: only the run's own commit
 * writes, and only once the inputs the speculation hashed are still the item's inputs.
 */
export class StagePredictor {
  private held: Speculation | undefined;
  private readonly all: Speculation[] = [];
  private readonly committed: ItemId[] = [];
  private readonly discarded: ItemId[] = [];

  constructor(
    private readonly ctx: RunContext,
    private readonly generator: TextGenerator,
  ) {}

  /** Starts making `item` ahead of the writer's answer (replacing any speculation held). */
  begin(item: GraphItem, mode: MakeMode): void {
    this.discard('not-needed');
    const inputs = this.ctx.story.hashes().record(item.inputs);
    const speculation = new Speculation(this.ctx, this.generator, item, mode, inputs);
    this.held = speculation;
    this.all.push(speculation);
    this.ctx.log.info(`${item.id}: made ahead while the writer reviews the stage before it`);
  }

  /**
   * Makes `item`: commits what the speculation made when it was made in this mode from exactly
   * the inputs the item has now; otherwise discards it and calls `make`.
   */
  async takeOrMake(item: GraphItem, mode: MakeMode, make: () => Promise<{ words: number; cached: boolean }>): Promise<{ words: number; cached: boolean }> {
    const draft = await this.take(item, mode);
    return draft ? commitStructured(this.ctx, item, draft) : make();
  }

  /** Cancels the speculation held, if any; it is counted as discarded. */
  discard(why: DiscardReason): void {
    const speculation = this.held;
    if (!speculation) return;
    this.held = undefined;
    speculation.cancel(why);
    this.discarded.push(speculation.item.id);
    this.ctx.log.info(`${speculation.item.id}: the speculation was discarded (${why}); nothing was written`);
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

  private async take(item: GraphItem, mode: MakeMode): Promise<StructuredDraft | undefined> {
    const speculation = this.held;
    if (speculation?.item.id !== item.id) return undefined;
    if (speculation.mode !== mode || !sameInputs(speculation.inputs, this.ctx.story.hashes().record(item.inputs))) {
      this.discard(speculation.mode !== mode ? 'not-needed' : 'inputs-changed');
      return undefined;
    }
    // The writer wants it now: a call still queued goes ahead as theirs.
    speculation.priority.raise();
    const outcome = await speculation.outcome;
    if (outcome.kind === 'failed') {
      this.discard('failed');
      return undefined;
    }
    this.held = undefined;
    this.committed.push(item.id);
    return outcome.draft;
  }
}

function sameInputs(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}
