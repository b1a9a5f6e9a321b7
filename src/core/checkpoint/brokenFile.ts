/** Why a stage file could not be read as a checkpoint. */
export type BrokenFileProblem = 'binary' | 'front-matter' | 'metadata';

/**
 * A stage file that is damaged: not text, front matter that does not parse (often a truncated
 * write), or metadata that does not have the checkpoint's shape. The workflow never overwrites
 * such a file silently: it counts as the writer's (`edited`) and is backed up before any forced
 * regeneration.
 */
export class BrokenStageFileError extends Error {
  constructor(
    /** Story-relative path, e.g. `04-draft/chapter-02.md`. */
    readonly file: string,
    readonly problem: BrokenFileProblem,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'BrokenStageFileError';
  }
}
