import { WORKFLOW_STAGES, type WorkflowStage } from '../checkpoint/meta';

/**
 * One node of the build graph: a stage, or one chapter of a chapter stage. The id is stable and
 * readable (`concept`, `draft:03`, `revision:12`, `manuscript`): it keys run-state records,
 * progress events and tree rows.
 */
export type ItemId = string;

export type ItemStatus = 'pending' | 'done' | 'stale' | 'edited' | 'partial' | 'failed' | 'skipped' | 'running';

export function itemId(stage: WorkflowStage, chapter?: number): ItemId {
  return chapter === undefined ? stage : `${stage}:${String(chapter).padStart(2, '0')}`;
}

/** The stages a `target` asks for: it and everything before it. */
export function stagesUpTo(target: WorkflowStage | 'all'): ReadonlySet<WorkflowStage> {
  const end = target === 'all' ? WORKFLOW_STAGES.length : WORKFLOW_STAGES.indexOf(target) + 1;
  return new Set(WORKFLOW_STAGES.slice(0, end));
}
