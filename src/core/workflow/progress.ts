import type { ContinuityRunSummary } from '../continuity/runContinuity';
import { WORKFLOW_STAGES, stageIndex, type WorkflowStage } from '../stages';
import type { BatchJobState } from '../generation/batchJobs';
import type { FailureKind } from './failures';
import type { ItemId, ItemStatus } from './state/items';
import type { ItemState } from './state/storyState';

/**
 * Progress of a run, for a progress notification, a status bar or the headless command's
 * output. Every event carries the run's running totals (`words` written, `tokens` used so far);
 * item events say which item and where it stands in its stage (`index` of `total`).
 */
interface ProgressBase {
  readonly stage: WorkflowStage;
  readonly chapter?: number;
  readonly itemId?: ItemId;
  /** 1-based position of the item among the items this run makes in the stage. */
  readonly index?: number;
  readonly total?: number;
  /** Words written by this run so far (streaming text included). */
  readonly words: number;
  /** Tokens (prompt, output and thinking) used by this run so far. */
  readonly tokens: number;
  /** Estimated time until the stage is done, once there is something to estimate from. */
  readonly etaMs?: number;
}

export type ProgressEvent =
  | (ProgressBase & { readonly type: 'stage-started' })
  | (ProgressBase & { readonly type: 'stage-finished' })
  | (ProgressBase & { readonly type: 'item-started'; readonly itemId: ItemId })
  | (ProgressBase & { readonly type: 'item-finished'; readonly itemId: ItemId; readonly state: ItemStatus; readonly itemWords: number; readonly cached: boolean })
  | (ProgressBase & { readonly type: 'item-failed'; readonly itemId: ItemId; readonly kind: FailureKind; readonly message: string })
  /** Throttled while an item streams: `itemWords` so far. */
  | (ProgressBase & { readonly type: 'words'; readonly itemId: ItemId; readonly itemWords: number })
  | (ProgressBase & { readonly type: 'approval' })
  /** A chapter stage's batch job (batch mode): submitted, or its state when polled. */
  | (ProgressBase & { readonly type: 'batch'; readonly job: string; readonly state: BatchJobState; readonly entries: number });

export type RunOutcome = 'completed' | 'failed' | 'cancelled' | 'stopped';

export interface RunFailure {
  readonly item: ItemId;
  readonly stage: WorkflowStage;
  readonly chapter?: number;
  readonly kind: FailureKind;
  readonly message: string;
}

export interface RunSummary extends RunTotals {
  readonly outcome: RunOutcome;
  /** The manuscript's length against the brief's target, once there is a manuscript. */
  readonly length?: StoryLength;
  /** The failure that stopped the whole run (bad key, daily quota, unknown model), if one did. */
  readonly fatal?: { readonly kind: FailureKind; readonly message: string };
  /** Every item's state after the run. */
  readonly items: readonly ItemState[];
  /** Items this run wrote. */
  readonly generated: readonly ItemId[];
  readonly failures: readonly RunFailure[];
  /** Optional items skipped under `skip_optional`. */
  readonly skipped: readonly ItemId[];
  /** Edited items a regeneration left alone (no `force`). */
  readonly keptEdited: readonly ItemId[];
  /** Backups made before overwriting the writer's text. */
  readonly backups: readonly string[];
  /** When the run had a budget (`storyWriter.budget.maxUsdPerRun`). */
  readonly budget?: BudgetReport;
  readonly durationMs: number;
  /** What was made ahead while the writer reviewed a stage; present when anything was. Not in the totals above. */
  readonly speculative?: SpeculativeTotals;
  /** Continuity findings before and after revision, when `checks.continuity` checked anything. */
  readonly continuity?: ContinuityRunSummary;
}

/**
 * The run's speculative work (`workflow.predictNextStage`): its calls and tokens, and what became
 * of each speculation: committed at Continue (the writer waited for nothing), or discarded (the
 * writer edited, regenerated or stopped; nothing was written).
 */
export interface SpeculativeTotals {
  readonly requests: number;
  readonly apiCalls: number;
  readonly cacheHits: number;
  readonly tokens: { readonly prompt: number; readonly output: number; readonly thinking: number };
  readonly committed: readonly ItemId[];
  readonly discarded: readonly ItemId[];
}

/** A run under a budget: what it allowed and spent, and, when the budget stopped it, what is left. */
export interface BudgetReport {
  readonly maxUsd: number;
  readonly spentUsd: number;
  /** The budget stopped the run before a request that could have gone over it. */
  readonly reached: boolean;
  /** Items still to make (pending, stale, partial or failed) after the run. */
  readonly left: readonly ItemId[];
}

/**
 * How long the story came out: `short` or `long` when outside what `story.minWordCount` and
 * `story.maxWordCount` allow against `story.targetWordCount` (scaled to this story's target).
 */
export interface StoryLength {
  readonly words: number;
  readonly target: number;
  readonly verdict: 'short' | 'on-target' | 'long';
}

/** `The story is 2,950 words: 98 % of its 3,000-word target.`, with a note when it is far off. */
export function describeLength(length: StoryLength): string {
  const share = Math.round((length.words / length.target) * 100);
  const base = `The story is ${length.words.toLocaleString('en-US')} words: ${share} % of its ${length.target.toLocaleString('en-US')}-word target.`;
  if (length.verdict === 'short') return `${base} That is short of what storyWriter.story.minWordCount allows; regenerate the shortest chapters, or lower the brief's target.`;
  if (length.verdict === 'long') return `${base} That is over what storyWriter.story.maxWordCount allows; nothing was cut.`;
  return base;
}

/** A run's running totals, as the summary and the tally report them. */
export interface RunTotals {
  /** Calls the runner made to the generator (cache hits included). */
  readonly requests: number;
  /** Calls not answered from the cache. */
  readonly apiCalls: number;
  readonly cacheHits: number;
  /** Extra attempts the runner made at items (the service's own retries are not counted here). */
  readonly retries: number;
  /** Streams the service cut and restarted (their shown text was discarded). */
  readonly restarts: number;
  /** Words in the files this run wrote. */
  readonly words: number;
  /** `prompt` includes `cached`, the part Gemini served from its cache. */
  readonly tokens: { readonly prompt: number; readonly cached: number; readonly output: number; readonly thinking: number };
  /** What this run's API calls cost, USD (replies from the local cache cost nothing). */
  readonly costUsd: number;
  /** Models this run used that have no price (table or `storyWriter.prices`): their calls are not in `costUsd`. */
  readonly unpricedModels: readonly string[];
}

/** Rough share of a run done, 0 to 1: the stages in equal parts, items counting within theirs. */
export function fractionDone(event: ProgressEvent): number {
  const base = stageIndex(event.stage) / WORKFLOW_STAGES.length;
  const within =
    event.total && event.index !== undefined ? (event.type === 'item-finished' ? event.index : event.index - 1) / event.total : event.type === 'stage-finished' ? 1 : 0;
  return Math.min(1, base + within / WORKFLOW_STAGES.length);
}

/** Asked after each stage that produced something when `workflow.requireApproval` is on. */
export interface ApprovalRequest {
  readonly stage: WorkflowStage;
  /** The stage's items after it ran. */
  readonly items: readonly ItemState[];
  /** Story-relative files the stage wrote in this round. */
  readonly files: readonly string[];
}

/** `stop` is also "edit first": the writer edits, then runs again. */
export type ApprovalDecision = 'continue' | 'stop' | 'regenerate';
