import { CHAPTER_STAGES, STRUCTURED_STAGES, chapterDir, chapterNumberFromFileName, partialFile as partialOf, stageFile, type ChapterStage } from '../stages/stageFiles';

/**
 * The stage file names the workflow uses, all derived from `stages/stageFiles` (the one truth
 * for names writers see), plus the two questions the workflow asks that it does not answer.
 */
export { BRIEF_FILE } from '../story/brief';
export { chapterDir, isChapterStage, stageFile } from '../stages/stageFiles';

export const MANUSCRIPT_FILE = stageFile('manuscript');
export const STRUCTURED_FILES: readonly string[] = STRUCTURED_STAGES.map((s) => stageFile(s));
export const CHAPTER_DIRS: readonly string[] = CHAPTER_STAGES.map(chapterDir);

export function chapterFile(stage: ChapterStage, chapter: number): string {
  return stageFile(stage, chapter);
}

/** Where streamed text of an unfinished chapter is kept until the chapter completes. */
export function partialFile(stage: ChapterStage, chapter: number): string {
  return partialOf(stageFile(stage, chapter));
}

/** `chapter-07.md` → 7; `chapter-07.partial.md` → 7 (partial); anything else → undefined. */
export function chapterFromFileName(name: string): { chapter: number; partial: boolean } | undefined {
  const chapter = chapterNumberFromFileName(name);
  return chapter && chapter > 0 ? { chapter, partial: name.endsWith('.partial.md') } : undefined;
}
