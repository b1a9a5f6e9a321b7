import { isChapterStage, isWorkflowStage, type ChapterStage, type SingleFileStage, type WorkflowStage } from '../../stages';

/**
 * One node of the build graph: a stage, or one chapter of a chapter stage. The id is stable and
 * readable (`concept`, `draft:03`, `revision:12`, `manuscript`): it keys run-state records,
 * progress events and tree rows.
 */
export type ItemId = SingleFileStage | `${ChapterStage}:${string}`;

export type ItemStatus = 'pending' | 'done' | 'stale' | 'edited' | 'partial' | 'failed' | 'skipped' | 'running';

export function itemId(stage: WorkflowStage, chapter?: number): ItemId {
  if (!isChapterStage(stage)) return stage;
  if (chapter === undefined) throw new Error(`itemId: the ${stage} stage needs a chapter number`);
  return `${stage}:${String(chapter).padStart(2, '0')}`;
}

/** `draft:03` → the draft of chapter 3; `concept` → the concept; anything else → undefined. */
export function parseItemId(text: string): { readonly stage: WorkflowStage; readonly chapter?: number } | undefined {
  const [stage, chapter, ...rest] = text.split(':');
  if (!stage || !isWorkflowStage(stage) || rest.length > 0) return undefined;
  if (!isChapterStage(stage)) return chapter === undefined ? { stage } : undefined;
  return chapter !== undefined && /^\d{1,3}$/.test(chapter) && Number(chapter) > 0 ? { stage, chapter: Number(chapter) } : undefined;
}

export function isItemId(text: string): text is ItemId {
  return parseItemId(text) !== undefined;
}
