/** The workflow: the build graph over a story's files, its state, and the runner. No `vscode`. */
export { runWorkflow, type RunWorkflowOptions } from './runner';
export { computeStoryState, stateFromSnapshot, type ItemState, type StoryState, type StateOptions } from './state';
export { buildGraph, describeInputKey, outlineSectionKey, type GraphItem, type OutlineChapterRef } from './graph';
export { itemId, stagesUpTo, type ItemId, type ItemStatus } from './items';
export type { ApprovalDecision, ApprovalRequest, ProgressEvent, RunFailure, RunOutcome, RunSummary } from './progress';
export { WorkflowEvents, type ItemChange } from './workflowEvents';
export { Emitter, type Listener, type Subscription } from './events';
export { StageInputError, UnusableReplyError } from './failures';
export { partialFile, chapterFile } from './stageFiles';
