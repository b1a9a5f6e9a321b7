/**
 * Stage ids and where each stage's output lives inside a story folder (story-relative POSIX
 * paths). These names are part of the product: writers see them, and checkpoints refer to them.
 */

export const STAGE_IDS = ['concept', 'bible', 'outline', 'draft', 'revision', 'manuscript'] as const;
export type StageId = (typeof STAGE_IDS)[number];

/** Stages whose model reply is JSON validated by a zod schema and rendered to Markdown. */
export const STRUCTURED_STAGES = ['concept', 'bible', 'outline'] as const;
export type StructuredStage = (typeof STRUCTURED_STAGES)[number];

/** Stages with one file per chapter. */
export const CHAPTER_STAGES = ['draft', 'revision'] as const;
export type ChapterStage = (typeof CHAPTER_STAGES)[number];
export type SingleFileStage = Exclude<StageId, ChapterStage>;

const SINGLE_FILES: Record<SingleFileStage, string> = {
  concept: '01-concept.md',
  bible: '02-bible.md',
  outline: '03-outline.md',
  manuscript: 'story.md',
};

const CHAPTER_DIRS: Record<ChapterStage, string> = {
  draft: '04-draft',
  revision: '05-revision',
};

export function isChapterStage(stage: StageId): stage is ChapterStage {
  return (CHAPTER_STAGES as readonly string[]).includes(stage);
}

/** `chapter-01.md`; three digits from chapter 100 on, so names still sort. */
export function chapterFileName(chapter: number): string {
  assertChapterNumber(chapter);
  return `chapter-${String(chapter).padStart(2, '0')}.md`;
}

/** The chapter number in `chapter-07.md` (also `chapter-07.partial.md`), else undefined. */
export function chapterNumberFromFileName(name: string): number | undefined {
  const m = /^chapter-(\d{2,3})(?:\.partial)?\.md$/.exec(name);
  return m ? Number(m[1]) : undefined;
}

/** The folder holding a chapter stage's files: `04-draft` or `05-revision`. */
export function chapterDir(stage: ChapterStage): string {
  return CHAPTER_DIRS[stage];
}

/** Story-relative path of a stage's file: `01-concept.md`, `04-draft/chapter-03.md`. */
export function stageFile(stage: SingleFileStage): string;
export function stageFile(stage: ChapterStage, chapter: number): string;
export function stageFile(stage: StageId, chapter?: number): string;
export function stageFile(stage: StageId, chapter?: number): string {
  if (!isChapterStage(stage)) return SINGLE_FILES[stage];
  if (chapter === undefined) throw new Error(`stageFile: the ${stage} stage needs a chapter number`);
  return `${CHAPTER_DIRS[stage]}/${chapterFileName(chapter)}`;
}

/**
 * Where text streamed before a failure or a cancel is kept (`04-draft/chapter-03.partial.md`), so
 * a later run can continue from it instead of paying for it again.
 */
export function partialFile(stageFilePath: string): string {
  return stageFilePath.replace(/\.md$/, '') + '.partial.md';
}

function assertChapterNumber(chapter: number): void {
  if (!Number.isInteger(chapter) || chapter < 1 || chapter > 999) {
    throw new RangeError(`chapter number must be a whole number from 1 to 999 (got ${chapter})`);
  }
}
