import { systemClock } from '../clock';
import type { RecoveryStrategy, Settings } from '../config/settings';
import {
  CHAPTER_STAGES,
  STRUCTURED_FILES,
  STRUCTURED_STAGES,
  WORKFLOW_STAGES,
  isChapterStage,
  partialFile,
  stageIndex,
  stagesUpTo,
  type StructuredStage,
  type WorkflowStage,
} from '../stages';
import type { MakeMode } from './stages/attempts';
import { hasRecordedJob, runBatchStage, type BatchItem, type BatchMode } from './stages/batchStage';
import { generateChapter } from './stages/chapterStage';
import { classifyFailure, type Failure } from './failures';
import { buildGraph, isChapterItem, type ChapterGraphItem, type GraphItem, type OutlineChapterRef } from './state/graph';
import { itemId, parseItemId, type ItemId } from './state/items';
import { assembleStory } from './stages/manuscriptStage';
import type { ApprovalDecision, ApprovalRequest, BudgetReport, ProgressEvent, RunSummary, StoryLength } from './progress';
import type { RunContext } from './run/runContext';
import { withStorySession, type StorySessionOptions } from './run/storySession';
import { Semaphore } from './semaphore';
import type { ItemState, StoryState } from './state/storyState';
import { generateStructured } from './stages/structuredStage';
import type { ItemChanges } from './itemChanges';
import { StagePredictor } from './predict/stagePredictor';
import { RunContinuity } from '../continuity/runContinuity';

/** The story session's options (story, generator, settings, logger, clock, cancel, lock owner), and what to run. */
export interface RunWorkflowOptions extends Omit<StorySessionOptions, 'hooks'> {
  /** Run up to and including this stage (default `all`). */
  readonly target?: WorkflowStage | 'all';
  /**
   * Make this again even if done, bypassing the cache: a whole stage (`draft`: every chapter of
   * it), or one item (`draft:03`: that chapter). What depends on it turns stale and is made too.
   */
  readonly regenerate?: WorkflowStage | ItemId;
  /** What `regenerate` does to files the writer edited: keep them (default), or replace them after a backup. */
  readonly editedFiles?: EditedFiles;
  /** Asked after each stage that produced something, when `workflow.requireApproval` is on. */
  readonly approve?: (stage: WorkflowStage, result: ApprovalRequest) => Promise<ApprovalDecision>;
  readonly onProgress?: (event: ProgressEvent) => void;
  /** Streamed prose: the item, the new piece, and the item's whole text so far. */
  readonly onText?: (itemId: ItemId, delta: string, soFar: string) => void;
  /** A stream restarted: what `onText` showed for the item since its last restart is void. */
  readonly onRestart?: (itemId: ItemId) => void;
  readonly events?: ItemChanges;
  /** Batch mode: each chapter stage's independent items go to Gemini as one half-price batch job (`stages/batchStage.ts`). */
  readonly batch?: BatchMode;
}

/**
 * Runs the workflow over one story: every item that is pending, stale, partial or failed is made,
 * in dependency order; done and edited items are left alone, so an unchanged story costs nothing.
 * Holds the story's lock throughout (a second run is refused with `StoryLockedError`, thrown
 * before anything is touched) and releases it however the run ends.
 */
export async function runWorkflow(options: RunWorkflowOptions): Promise<RunSummary> {
  const started = (options.clock ?? systemClock).now();
  // The session's stop aborts on the writer's cancel, and on a failure that stops the run.
  return withStorySession({ ...options, hooks: options }, async (ctx, stop) => {
    const run = new WorkflowRun(ctx, options, stop);
    await run.execute();
    const summary = run.summary(ctx.clock.now() - started);
    ctx.log.info(`Run ${summary.outcome}`, {
      story: options.storyDir,
      generated: summary.generated.length,
      requests: summary.requests,
      apiCalls: summary.apiCalls,
      failures: summary.failures.length,
      fatal: summary.fatal?.kind,
    });
    return summary;
  });
}

type ItemResult = 'made' | 'up-to-date' | 'kept' | 'skipped' | 'failed' | 'cancelled' | 'not-run';
type Job = (mode: MakeMode) => Promise<{ words: number; cached: boolean }>;

/** A round of a stage: as the run was asked, or (the approval's Regenerate) every item afresh. */
type Round = 'as-asked' | 'regenerate-all';

/** What `regenerate` does to a file the writer edited. */
export type EditedFiles = 'keep' | 'replace';

/**
 * Whether the run goes on: `running`; `halted` (a stage later stages need failed: start nothing
 * new); `stopped` (the writer chose Stop at an approval); `fatal` (a failure that stops
 * everything: bad key, daily quota, unknown model); `budget` (the next request could go over
 * `storyWriter.budget.maxUsdPerRun`: start nothing new, let what is in flight finish).
 */
type RunStop =
  | { readonly kind: 'running' }
  | { readonly kind: 'halted' }
  | { readonly kind: 'stopped' }
  | { readonly kind: 'fatal'; readonly failure: Failure }
  | { readonly kind: 'budget'; readonly failure: Failure };

interface ChapterItems {
  readonly ref: OutlineChapterRef;
  readonly draft: ChapterGraphItem;
  readonly revision: ChapterGraphItem;
}

/** One run's decisions: what to make, in which order, and what a failure means for the rest. */
class WorkflowRun {
  private stop: RunStop = { kind: 'running' };
  /** The stages this run makes (set by `execute`). */
  private stages: ReadonlySet<WorkflowStage> = new Set();
  private readonly predictor: StagePredictor;
  private readonly continuity: RunContinuity;

  constructor(
    private readonly ctx: RunContext,
    private readonly options: RunWorkflowOptions,
    private readonly abort: AbortController,
  ) {
    this.predictor = new StagePredictor(ctx, options.generator);
    this.continuity = new RunContinuity(ctx, options.generator);
  }

  private get stopping(): boolean {
    return this.stop.kind !== 'running' || this.ctx.signal.aborted;
  }

  /** `regenerate` for what the writer asked to make again (its stage, or the item itself). */
  private modeFor(item: GraphItem, round: Round = 'as-asked'): MakeMode {
    if (round === 'regenerate-all') return 'regenerate';
    const asked = this.options.regenerate;
    if (asked === item.stage || asked === item.id) return 'regenerate';
    // A file the workflow wrote and the writer deleted asks for a fresh take: the cache would
    // give back the very text that was deleted.
    return this.ctx.story.stateOf(item.id)?.state === 'pending' && this.ctx.story.records.wasMade(item.id) ? 'regenerate' : 'as-needed';
  }

  async execute(): Promise<void> {
    try {
      await this.executeStages();
    } finally {
      // No speculative call outlives the run (nor its lock).
      await this.predictor.settle();
    }
  }

  private async executeStages(): Promise<void> {
    const stages = stagesUpTo(widest(this.options.target ?? 'all', regeneratedStage(this.options.regenerate)));
    this.stages = stages;
    for (const stage of STRUCTURED_STAGES) {
      if (!stages.has(stage) || this.stopping) return;
      await this.structuredStage(stage);
    }
    if (stages.has('draft') && !this.stopping) await this.chapterStages(stages.has('revision'));
    if (stages.has('manuscript') && !this.stopping) await this.manuscriptStage();
  }

  // ── Stages ─────────────────────────────────────────────────────────────────────────────────

  private async structuredStage(stage: StructuredStage): Promise<void> {
    const item = this.graphItem(stage);
    let mode = this.modeFor(item);
    if (!this.needsRun(item, mode)) {
      this.leaveAlone(item, mode);
      return;
    }
    this.ctx.progress.stageStarted(stage, 1);
    for (;;) {
      const result = await this.runItem(item, mode, (m) => this.predictor.takeOrMake(item, m, () => generateStructured(this.ctx, item, m)));
      // A speculation this item did not take (it needed no making, or failed) is of no more use.
      this.predictor.discard('not-needed', item.id);
      if (result === 'failed') this.halt();
      if (result !== 'made' || (await this.approval(stage, [item])) !== 'regenerate') break;
      mode = 'regenerate';
    }
    this.ctx.progress.stageFinished(stage);
  }

  private async chapterStages(withRevision: boolean): Promise<void> {
    const chapters = this.chapterItems();
    if (!chapters) return;
    const semaphore = new Semaphore(this.ctx.settings['rateLimit.maxConcurrent']);
    const sequential = this.ctx.settings['workflow.draftMode'] === 'sequential';
    const draft = (c: ChapterItems, round: Round) => semaphore.run(() => this.runChapter(c.draft, c.ref, this.modeFor(c.draft, round)));
    const revise = (c: ChapterItems, round: Round) =>
      withRevision && !this.stopping && this.draftUsable(c.draft)
        ? semaphore.run(() => this.runChapter(c.revision, c.ref, this.modeFor(c.revision, round)))
        : Promise.resolve<ItemResult>('not-run');
    const runDrafts = async (round: Round, then?: (c: ChapterItems) => Promise<ItemResult>) => {
      let previous: ChapterItems | undefined;
      let chain: Promise<unknown> = Promise.resolve();
      const tasks = chapters.map((c) => {
        // Sequential: each chapter is drafted from the previous one's ending, so it waits for it,
        // and a chapter whose previous one could not be made is not started at all.
        const before = previous;
        const made = sequential ? chain.then(() => (before && !this.draftUsable(before.draft) ? this.waitsFor(c, before) : draft(c, round))) : draft(c, round);
        chain = made;
        previous = c;
        return then ? made.then(() => then(c)) : made;
      });
      await Promise.all(tasks);
    };

    // A revision is made when its draft is, or when it needs making itself.
    const draftNeeded = chapters.map((c) => this.needsRun(c.draft, this.modeFor(c.draft)));
    this.ctx.progress.stageStarted('draft', draftNeeded.filter(Boolean).length);
    if (withRevision) this.ctx.progress.stageStarted('revision', chapters.filter((c, i) => draftNeeded[i] || this.needsRun(c.revision, this.modeFor(c.revision))).length);
    try {
      const batch = await this.batchMode();
      if (batch) await this.batchRounds(batch, chapters, withRevision, runDrafts, revise);
      else await this.chapterRounds(chapters, withRevision, runDrafts, revise);
    } finally {
      // The stages' context caches go with them (they would expire by themselves within their TTL).
      await this.ctx.caches.release();
    }
    this.ctx.progress.stageFinished('draft');
    if (withRevision) this.ctx.progress.stageFinished('revision');
  }

  /** Batch mode applies to parallel drafting without approvals; sequential drafts and approval rounds stay interactive. */
  private async batchMode(): Promise<BatchMode | undefined> {
    let batch = this.options.batch;
    if (!batch) return undefined;
    if (batch.scope === 'send' && this.ctx.generation.budget.limited) {
      // A job is paid as a whole once sent; the budget can only be kept request by request.
      this.ctx.log.warn(
        'Batch mode: a budget is set (budget.maxUsdPerRun), so no new batch job is sent: the chapters are made interactively, each request checked against the budget',
      );
      batch = { ...batch, scope: 'collect' };
    }
    if (batch.scope === 'collect') {
      const recorded = await Promise.all(CHAPTER_STAGES.map((stage) => hasRecordedJob(this.ctx.fs, this.ctx.storyDir, stage)));
      if (!recorded.some(Boolean)) return undefined;
      this.ctx.log.info('A batch job an earlier run sent is still waiting: it is collected first, so its chapters are not paid for twice');
    }
    if (this.ctx.settings['workflow.draftMode'] === 'sequential') {
      this.ctx.log.info('Batch mode: sequential drafting writes each chapter from the one before, so the chapters are made interactively');
      return undefined;
    }
    if (this.approvalsOn()) {
      this.ctx.log.info('Batch mode: workflow.requireApproval asks after each stage, so the chapters are made interactively');
      return undefined;
    }
    return batch;
  }

  /**
   * Batch mode: the drafts that need making go as one job, then the revisions of every usable
   * draft as another; whatever a job could not make (an entry that failed, a chapter with a saved
   * partial to continue) is then made interactively, as without batch mode.
   */
  private async batchRounds(
    batch: BatchMode,
    chapters: ChapterItems[],
    withRevision: boolean,
    runDrafts: (round: Round) => Promise<void>,
    revise: (c: ChapterItems, round: Round) => Promise<ItemResult>,
  ): Promise<void> {
    // Collecting only: no new job is sent, whatever needs making.
    const batchable = (item: ChapterGraphItem) => batch.scope === 'send' && this.needsRun(item, this.modeFor(item)) && this.ctx.story.stateOf(item.id)?.state !== 'partial';
    const toItem = (c: ChapterItems, item: ChapterGraphItem): BatchItem => ({ item, chapter: c.ref });
    if (
      !(await this.batchStage(
        batch,
        'draft',
        chapters.filter((c) => batchable(c.draft)).map((c) => toItem(c, c.draft)),
      ))
    )
      return;
    await runDrafts('as-asked');
    if (!withRevision || this.stopping) return;
    const revisions: BatchItem[] = [];
    for (const c of chapters.filter((c) => this.draftUsable(c.draft) && batchable(c.revision))) {
      // As interactively: each revision is asked to fix its draft's continuity findings.
      await this.continuity.beforeRevision(c.draft);
      const fix = this.continuity.toFix(c.ref.number);
      revisions.push({ ...toItem(c, c.revision), ...(fix.length > 0 ? { fix } : {}) });
    }
    if (!(await this.batchStage(batch, 'revision', revisions))) return;
    await Promise.all(chapters.map((c) => revise(c, 'as-asked')));
  }

  /** One stage's batch job; false when the run stops here (cancelled, or a failure that ends the run). */
  private async batchStage(batch: BatchMode, stage: 'draft' | 'revision', items: BatchItem[]): Promise<boolean> {
    try {
      const outcome = await runBatchStage(this.ctx, batch, stage, items);
      // A chapter the job wrote is checked like one written interactively (`checks.continuity` onRun).
      for (const { item } of items) if (outcome.made.includes(item.id)) await this.continuity.afterChapter(item);
      return !outcome.cancelled && !this.stopping;
    } catch (e) {
      const failure = classifyFailure(e, this.ctx.signal);
      if (failure.scope === 'cancel') return false;
      if (failure.scope === 'run') {
        if (this.stop.kind !== 'fatal') this.stop = { kind: 'fatal', failure };
        this.ctx.log.error(`${stage}: ${failure.message} — stopping the run`, { kind: failure.kind });
        this.abort.abort(new Error(failure.message));
        return false;
      }
      this.ctx.log.warn(`${stage}: the batch job could not be run (${failure.message}); the chapters are made interactively`, { kind: failure.kind });
      return !this.stopping;
    }
  }

  private async chapterRounds(
    chapters: ChapterItems[],
    withRevision: boolean,
    runDrafts: (round: Round, then?: (c: ChapterItems) => Promise<ItemResult>) => Promise<void>,
    revise: (c: ChapterItems, round: Round) => Promise<ItemResult>,
  ): Promise<void> {
    if (!this.approvalsOn()) {
      // Pipelined: a chapter's revision starts as soon as its draft is done.
      await runDrafts('as-asked', (c) => revise(c, 'as-asked'));
    } else {
      await this.withApproval(
        'draft',
        chapters.map((c) => c.draft),
        (round) => runDrafts(round),
      );
      if (withRevision && !this.stopping) {
        await this.withApproval(
          'revision',
          chapters.map((c) => c.revision),
          (round) => Promise.all(chapters.map((c) => revise(c, round))),
        );
      }
    }
  }

  private async manuscriptStage(): Promise<void> {
    const item = this.graphItem('manuscript');
    const mode = this.modeFor(item);
    if (!this.needsRun(item, mode)) return;
    const why = this.manuscriptBlocker();
    if (why) {
      this.ctx.log.warn(`The manuscript was not assembled: ${why}`);
      if (this.ctx.tally.failures.length === 0) this.ctx.tally.failed({ item: item.id, stage: 'manuscript', kind: 'blocked', message: `Not assembled: ${why}` });
      return;
    }
    this.ctx.progress.stageStarted('manuscript', 1);
    await this.runItem(item, mode, () => assembleStory(this.ctx, item));
    this.ctx.progress.stageFinished('manuscript');
  }

  /** Why the manuscript cannot be assembled now, if it cannot: a chapter missing or failed. */
  private manuscriptBlocker(): string | undefined {
    const chapters = this.ctx.story.state().chapters;
    if (chapters.length === 0) return 'the outline has no chapters';
    const missing = chapters.filter((c) => !this.draftUsable(this.chapterItem('draft', c.number)));
    if (missing.length > 0) return `chapter ${missing.map((c) => c.number).join(', ')} has no draft`;
    const failed = this.ctx.tally.failures.filter((f) => f.chapter !== undefined);
    if (failed.length > 0) return `${failed.map((f) => f.item).join(', ')} failed`;
    return undefined;
  }

  /** Sequential mode: a chapter whose previous chapter has no draft waits for it (stays pending). */
  private waitsFor(c: ChapterItems, before: ChapterItems): ItemResult {
    if (this.needsRun(c.draft, this.modeFor(c.draft)))
      this.ctx.log.warn(`${c.draft.id}: not drafted: it continues from chapter ${before.ref.number}, which has no draft (${before.draft.id} failed or was not made)`);
    return 'not-run';
  }

  private halt(): void {
    if (this.stop.kind === 'running') this.stop = { kind: 'halted' };
  }

  // ── Items ──────────────────────────────────────────────────────────────────────────────────

  /** With `checks.continuity` on, a written chapter is checked, and a revision is asked to fix its draft's findings. */
  private async runChapter(item: ChapterGraphItem, ref: OutlineChapterRef, mode: MakeMode): Promise<ItemResult> {
    if (item.stage === 'revision' && this.needsRun(item, mode)) await this.continuity.beforeRevision(this.chapterItem('draft', ref.number));
    const fix = item.stage === 'revision' ? this.continuity.toFix(ref.number) : [];
    // A revision made ahead did not see the findings it is now asked to fix.
    if (fix.length > 0) this.predictor.discard('inputs-changed', item.id);
    const result = await this.runItem(item, mode, (m) =>
      this.predictor.takeOrMake(item, m, () => generateChapter(this.ctx, { item, chapter: ref, mode: m, ...(fix.length > 0 ? { fix } : {}) })),
    );
    this.predictor.discard('not-needed', item.id);
    if (result === 'made') await this.continuity.afterChapter(item);
    return result;
  }

  /**
   * Makes one item if it needs it. Edited items are the writer's: only a regeneration with
   * `editedFiles: 'replace'` replaces them (after a backup).
   */
  private async runItem(item: GraphItem, mode: MakeMode, job: Job): Promise<ItemResult> {
    if (this.stopping) return 'not-run';
    if (!this.needsRun(item, mode)) return this.leaveAlone(item, mode);
    const inputs = this.ctx.story.hashes().record(item.inputs);
    // This attempt decides the item's label afresh (a cancel leaves it partial or pending, not failed).
    await this.ctx.checkpoints.forgetRecord(item);
    const startedAt = this.ctx.progress.itemStarted(item);
    try {
      const made = await job(mode);
      this.ctx.progress.itemFinished(item, startedAt, 'done', made.words, made.cached);
      return 'made';
    } catch (e) {
      return this.itemFailed(item, e, inputs, startedAt);
    }
  }

  private leaveAlone(item: GraphItem, mode: MakeMode): ItemResult {
    if (this.ctx.story.stateOf(item.id)?.state !== 'edited') return 'up-to-date';
    if (mode === 'regenerate') {
      this.ctx.tally.keptEdited(item.id);
      this.ctx.log.info(`${item.file} was edited by the writer: not regenerated (regenerate with force to replace it; a backup is kept)`);
    }
    return 'kept';
  }

  private needsRun(item: GraphItem, mode: MakeMode): boolean {
    const state = this.ctx.story.stateOf(item.id)?.state;
    switch (state) {
      case 'pending':
      case 'stale':
      case 'partial':
      case 'failed':
        return true;
      case 'done':
      case 'skipped':
        return mode === 'regenerate';
      case 'edited':
        return mode === 'regenerate' && this.options.editedFiles === 'replace';
      default:
        return false;
    }
  }

  /**
   * What a failure means: cancelled (nothing recorded, the partial is kept), fatal (stop the
   * run now), an optional revision skipped under `skip_optional`, or this item failed.
   */
  private async itemFailed(item: GraphItem, error: unknown, inputs: Record<string, string>, startedAt: number): Promise<ItemResult> {
    const failure = classifyFailure(error, this.ctx.signal);
    if (failure.scope === 'cancel') {
      const now = this.ctx.story.stateOf(item.id);
      this.ctx.progress.changed(item, now?.state ?? 'pending', now?.reason);
      return 'cancelled';
    }
    if (failure.scope === 'stop') return this.budgetReached(item, failure);
    if (failure.scope === 'run') {
      if (this.stop.kind !== 'fatal') this.stop = { kind: 'fatal', failure };
      this.ctx.log.error(`${item.id}: ${failure.message} — stopping the run`, { kind: failure.kind });
      this.abort.abort(new Error(failure.message));
    } else if (this.skippable(item)) {
      this.ctx.log.warn(`${item.id}: ${failure.message} — skipped (optional stage); the manuscript uses the draft`, { kind: failure.kind });
      await this.ctx.checkpoints.recordSkip(item, `skipped after a failure: ${failure.message}`, inputs);
      this.ctx.progress.itemFinished(item, startedAt, 'skipped', 0, false);
      return 'skipped';
    } else if (this.strategyFor(item) === 'retry_required') {
      // The stage is required: nothing new starts (items already being written finish).
      this.ctx.log.error(`${item.id}: ${failure.message} — stopping the run (workflow.recovery.${item.stage} is retry_required)`, { kind: failure.kind });
      this.halt();
    } else {
      // `retry`: this item fails; what depends on it is not made, independent items go on.
      this.ctx.log.error(`${item.id}: ${failure.message}`, { kind: failure.kind });
    }
    this.ctx.tally.failed({ item: item.id, stage: item.stage, ...(item.chapter !== undefined ? { chapter: item.chapter } : {}), kind: failure.kind, message: failure.message });
    await this.ctx.checkpoints.recordFailure(item, failure, inputs);
    this.ctx.progress.itemFailed(item, failure);
    return 'failed';
  }

  /**
   * The budget would not cover this item's next request: it was not sent. The item stays as it
   * was (a chapter's streamed text is already kept as its partial) and nothing new starts.
   */
  private budgetReached(item: GraphItem, failure: Failure): ItemResult {
    if (this.stop.kind === 'running' || this.stop.kind === 'halted') {
      this.stop = { kind: 'budget', failure };
      this.ctx.log.warn(`${item.id}: ${failure.message} — starting nothing new; requests in flight finish`, { kind: failure.kind });
    }
    const now = this.ctx.story.stateOf(item.id);
    this.ctx.progress.changed(item, now?.state ?? 'pending', now?.reason);
    return 'not-run';
  }

  /** The stage's `workflow.recovery` strategy; the manuscript (no model call) has none. */
  private strategyFor(item: GraphItem): RecoveryStrategy | undefined {
    return item.stage === 'manuscript' ? undefined : this.ctx.settings['workflow.recovery'][item.stage];
  }

  /** Only the revision can be `skip_optional` (the schema refuses it elsewhere): the manuscript falls back to the draft. */
  private skippable(item: GraphItem): boolean {
    return this.strategyFor(item) === 'skip_optional' && this.ctx.settings['workflow.allowStageSkipping'];
  }

  private draftUsable(draft: ChapterGraphItem): boolean {
    const state = this.ctx.story.stateOf(draft.id)?.state;
    return state === 'done' || state === 'edited';
  }

  // ── Approval ───────────────────────────────────────────────────────────────────────────────

  private approvalsOn(): boolean {
    return this.ctx.settings['workflow.requireApproval'] && this.options.approve !== undefined;
  }

  /** Runs a chapter stage, then asks; Regenerate runs the whole stage again. */
  private async withApproval(stage: WorkflowStage, items: readonly GraphItem[], run: (round: Round) => Promise<unknown>): Promise<void> {
    for (let round: Round = 'as-asked'; ; round = 'regenerate-all') {
      const before = this.ctx.tally.generated.length;
      await run(round);
      const made = this.ctx.tally.generated.slice(before).length > 0;
      if (!made || this.stopping || (await this.approval(stage, items)) !== 'regenerate') return;
    }
  }

  private async approval(stage: WorkflowStage, items: readonly GraphItem[]): Promise<ApprovalDecision> {
    if (!this.approvalsOn() || this.stopping) return 'continue';
    this.ctx.progress.approvalAsked(stage);
    const states = items.map((i) => this.ctx.story.stateOf(i.id)).filter((s): s is ItemState => s !== undefined);
    this.predictAfter(stage);
    const decision = await this.options.approve!(stage, { stage, items: states, files: states.map((s) => s.file) });
    if (decision !== 'continue') this.predictor.discard(decision);
    await this.rereadAfterReview(states.map((s) => s.file));
    if (decision === 'stop' && this.stop.kind === 'running') this.stop = { kind: 'stopped' };
    return decision;
  }

  /**
   * While the writer reviews `stage`, what comes next is made ahead (`workflow.predictNextStage`)
   * when this run makes it and it needs making: the next structured stage; after the outline, the
   * first drafts, as many as run at once (`rateLimit.maxConcurrent`; only chapter 1 in sequential
   * mode, since each later draft starts from the one before); after the drafts, their first
   * revisions likewise. A chapter with a partial file to continue is left to the run.
   */
  private predictAfter(stage: WorkflowStage): void {
    if (!this.ctx.settings['workflow.predictNextStage']) return;
    const next = WORKFLOW_STAGES[stageIndex(stage) + 1];
    if (!next || !this.stages.has(next) || next === 'manuscript') return;
    if (!isChapterStage(next)) {
      const item = this.graphItem(next);
      const mode = this.modeFor(item);
      if (this.needsRun(item, mode)) this.predictor.begin([{ item, mode }]);
      return;
    }
    const lanes = next === 'draft' && this.ctx.settings['workflow.draftMode'] === 'sequential' ? 1 : this.ctx.settings['rateLimit.maxConcurrent'];
    const predictions = this.ctx.story
      .state()
      .chapters.map((chapter) => ({ chapter, item: this.chapterItem(next, chapter.number) }))
      .map((p) => ({ ...p, mode: this.modeFor(p.item) }))
      .filter(({ item, mode }) => this.needsRun(item, mode) && !this.ctx.story.snapshot.hasPartial(partialFile(item.stage, item.chapter)))
      .filter(({ item }) => item.stage === 'draft' || this.draftUsable(this.chapterItem('draft', item.chapter)))
      .slice(0, lanes);
    this.predictor.begin(predictions);
  }

  /** The writer may have edited the story's files while they reviewed: the run goes on from the disk. */
  private async rereadAfterReview(reviewed: readonly string[]): Promise<void> {
    await this.ctx.story.snapshot.reread(this.ctx.fs, this.ctx.storyDir, [...new Set([...STRUCTURED_FILES, ...reviewed])]);
    this.ctx.story.touch();
  }

  // ── Graph ──────────────────────────────────────────────────────────────────────────────────

  private graphItem(stage: WorkflowStage, chapter?: number): GraphItem {
    const id = itemId(stage, chapter);
    const chapters = this.ctx.story.state().chapters;
    const found = buildGraph(chapters, this.ctx.settings['workflow.draftMode']).find((i) => i.id === id);
    if (!found) throw new Error(`no graph item ${id}`);
    return found;
  }

  private chapterItem(stage: ChapterGraphItem['stage'], chapter: number): ChapterGraphItem {
    const item = this.graphItem(stage, chapter);
    if (!isChapterItem(item)) throw new Error(`${item.id} is not a chapter item`);
    return item;
  }

  /** The chapters of the outline as it is now; undefined (with a failure) when it cannot be read. */
  private chapterItems(): ChapterItems[] | undefined {
    try {
      this.ctx.inputs.outline();
    } catch (e) {
      const failure = classifyFailure(e, this.ctx.signal);
      this.ctx.tally.failed({ item: 'outline', stage: 'outline', kind: failure.kind, message: failure.message });
      this.halt();
      return undefined;
    }
    return this.ctx.story.state().chapters.map((ref) => ({ ref, draft: this.chapterItem('draft', ref.number), revision: this.chapterItem('revision', ref.number) }));
  }

  // ── Summary ────────────────────────────────────────────────────────────────────────────────

  summary(durationMs: number): RunSummary {
    const { ctx } = this;
    const fatal = this.stop.kind === 'fatal' || this.stop.kind === 'budget' ? this.stop.failure : undefined;
    const cancelled = this.options.signal?.aborted === true && !fatal;
    const failed = this.stop.kind === 'fatal' || ctx.tally.failures.length > 0;
    const outcome = cancelled ? 'cancelled' : failed ? 'failed' : this.stop.kind === 'stopped' || this.stop.kind === 'budget' ? 'stopped' : 'completed';
    const length = storyLength(ctx.story.state(), ctx.settings);
    const speculative = this.predictor.totals();
    const continuity = this.continuity.summary();
    return {
      outcome,
      ...(length ? { length } : {}),
      ...(fatal ? { fatal: { kind: fatal.kind, message: fatal.message } } : {}),
      items: ctx.story.state().items,
      generated: [...ctx.tally.generated],
      failures: [...ctx.tally.failures],
      skipped: [...ctx.tally.skippedItems],
      keptEdited: [...ctx.tally.keptEditedItems],
      backups: [...ctx.tally.backups],
      ...ctx.tally.totals,
      ...(ctx.generation.budget.limited ? { budget: budgetReport(ctx, this.stop.kind === 'budget') } : {}),
      durationMs,
      ...(speculative ? { speculative } : {}),
      ...(continuity ? { continuity } : {}),
    };
  }
}

/** The manuscript's words against the brief's target, when both exist. */
function storyLength(state: StoryState, settings: Settings): StoryLength | undefined {
  // The prose's words as the manuscript recorded them (its headings and title page are not the story).
  const manuscript = state.items.find((i) => i.id === 'manuscript');
  const words = manuscript?.meta?.words ?? manuscript?.words;
  if (words === undefined || !state.brief?.ok) return undefined;
  const target = state.brief.brief.targetWords;
  const scale = target / settings['story.targetWordCount'];
  const verdict = words < settings['story.minWordCount'] * scale ? 'short' : words > settings['story.maxWordCount'] * scale ? 'long' : 'on-target';
  return { words, target, verdict };
}

/** What the budget allowed, what was spent, and (when it stopped the run) what is left to make. */
function budgetReport(ctx: RunContext, reached: boolean): BudgetReport {
  const left = ctx.story
    .state()
    .items.filter((i) => i.state === 'pending' || i.state === 'stale' || i.state === 'partial' || i.state === 'failed')
    .map((i) => i.id);
  return { maxUsd: ctx.generation.budget.maxUsd, spentUsd: ctx.generation.budget.spentUsd, reached, left };
}

/** The stage a `regenerate` option names (`draft:03` → `draft`). */
function regeneratedStage(regenerate: WorkflowStage | ItemId | undefined): WorkflowStage | undefined {
  return regenerate === undefined ? undefined : parseItemId(regenerate)?.stage;
}

/** The later of the target and the stage to regenerate: regenerating a stage runs up to it. */
function widest(target: WorkflowStage | 'all', regenerate: WorkflowStage | undefined): WorkflowStage | 'all' {
  if (target === 'all' || regenerate === undefined) return target;
  return stageIndex(regenerate) > stageIndex(target) ? regenerate : target;
}
