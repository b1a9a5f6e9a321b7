/** Checkpoints: generated files' front matter, atomic writes, backups and the story lock. No `vscode`. */
export { writeFileAtomic, isTempName } from './atomicWrite';
export { backupFile } from './backups';
export { BrokenStageFileError, type BrokenFileProblem } from './brokenFile';
export { classifyCheckpoint, readCheckpoint, renderCheckpoint, writeCheckpoint, type CheckpointRead } from './checkpointFile';
export { acquireLock, isLockLive, processIsAlive, readLock, StoryLockedError, type LockOptions, type LockRecord, type StoryLock } from './lock';
export { CHECKPOINT_FLAGS, NO_MODEL, WORKFLOW_STAGES, checkpointMetaSchema, type ChapterStage, type CheckpointFlag, type CheckpointMeta, type WorkflowStage } from './meta';
export { WORK_DIR, backupsDir, lockPath, runStatePath, workDir } from './storyPaths';
