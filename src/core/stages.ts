/**
 * The one home of every stage fact: the stages in dependency order, what kind each is, the file
 * (or folder of chapter files) it writes, and the label writers see. Everything that names a stage
 * or its file imports it from here; nothing re-types the order or the names. These names are part
 * of the product: writers see them, and checkpoints refer to them.
 */

/** The writer's request; not a stage (nothing generates it), but every stage starts from it. */
export const BRIEF_FILE = 'brief.md';

/**
 * How a stage makes its output: `structured` (JSON through a schema, rendered to Markdown),
 * `chapters` (prose, one file per chapter), `assembled` (put together from files, no model call).
 */
export type StageKind = 'structured' | 'chapters' | 'assembled';

interface StageFacts {
  readonly kind: StageKind;
  readonly label: string;
  /** The stage's file, or for a chapter stage the folder of its chapter files. */
  readonly path: string;
}

/** In dependency order: each stage reads only the ones before it. */
const STAGE_TABLE = {
  concept: { kind: 'structured', label: 'Concept', path: '01-concept.md' },
  bible: { kind: 'structured', label: 'Story Bible', path: '02-bible.md' },
  outline: { kind: 'structured', label: 'Outline', path: '03-outline.md' },
  draft: { kind: 'chapters', label: 'Draft', path: '04-draft' },
  revision: { kind: 'chapters', label: 'Revision', path: '05-revision' },
  manuscript: { kind: 'assembled', label: 'Manuscript', path: 'story.md' },
} as const satisfies Record<string, StageFacts>;

type Table = typeof STAGE_TABLE;
export type WorkflowStage = keyof Table;
type StageOfKind<K extends StageKind> = { [S in WorkflowStage]: Table[S]['kind'] extends K ? S : never }[WorkflowStage];
export type StructuredStage = StageOfKind<'structured'>;
export type ChapterStage = StageOfKind<'chapters'>;
export type SingleFileStage = Exclude<WorkflowStage, ChapterStage>;
/** Stages that call a model (every one but the assembled manuscript). */
export type ModelStage = Exclude<WorkflowStage, StageOfKind<'assembled'>>;

export const WORKFLOW_STAGES = Object.keys(STAGE_TABLE) as readonly WorkflowStage[] as readonly [WorkflowStage, ...WorkflowStage[]];
export const STRUCTURED_STAGES = WORKFLOW_STAGES.filter((s): s is StructuredStage => STAGE_TABLE[s].kind === 'structured');
export const CHAPTER_STAGES = WORKFLOW_STAGES.filter((s): s is ChapterStage => STAGE_TABLE[s].kind === 'chapters');
export const MODEL_STAGES = WORKFLOW_STAGES.filter((s): s is ModelStage => STAGE_TABLE[s].kind !== 'assembled');

export const STAGE_LABELS: Readonly<Record<WorkflowStage, string>> = Object.fromEntries(WORKFLOW_STAGES.map((s) => [s, STAGE_TABLE[s].label])) as Record<WorkflowStage, string>;

export function isWorkflowStage(value: string): value is WorkflowStage {
  return Object.hasOwn(STAGE_TABLE, value);
}

export function isChapterStage(stage: WorkflowStage): stage is ChapterStage {
  return STAGE_TABLE[stage].kind === 'chapters';
}

/** 0 for the concept … 5 for the manuscript. */
export function stageIndex(stage: WorkflowStage): number {
  return WORKFLOW_STAGES.indexOf(stage);
}

/** The stages a `target` asks for: it and everything before it. */
export function stagesUpTo(target: WorkflowStage | 'all'): ReadonlySet<WorkflowStage> {
  const end = target === 'all' ? WORKFLOW_STAGES.length : stageIndex(target) + 1;
  return new Set(WORKFLOW_STAGES.slice(0, end));
}

// ── Files ────────────────────────────────────────────────────────────────────────────────────

export const MANUSCRIPT_FILE = STAGE_TABLE.manuscript.path;
export const STRUCTURED_FILES: readonly string[] = STRUCTURED_STAGES.map((s) => STAGE_TABLE[s].path);
export const CHAPTER_DIRS: readonly string[] = CHAPTER_STAGES.map((s) => STAGE_TABLE[s].path);

/** The folder holding a chapter stage's files: `04-draft` or `05-revision`. */
export function chapterDir(stage: ChapterStage): string {
  return STAGE_TABLE[stage].path;
}

/** Story-relative path of a stage's file: `01-concept.md`, `04-draft/chapter-03.md`. */
export function stageFile(stage: SingleFileStage): string;
export function stageFile(stage: ChapterStage, chapter: number): string;
export function stageFile(stage: WorkflowStage, chapter?: number): string;
export function stageFile(stage: WorkflowStage, chapter?: number): string {
  if (!isChapterStage(stage)) return STAGE_TABLE[stage].path;
  if (chapter === undefined) throw new Error(`stageFile: the ${stage} stage needs a chapter number`);
  return `${chapterDir(stage)}/${chapterFileName(chapter)}`;
}

/**
 * Where text streamed before a failure or a cancel is kept (`04-draft/chapter-03.partial.md`), so
 * a later run can continue from it instead of paying for it again.
 */
export function partialFile(stage: ChapterStage, chapter: number): string {
  return `${chapterDir(stage)}/${chapterFileName(chapter).replace(/\.md$/, '.partial.md')}`;
}

/** `chapter-01.md`; three digits from chapter 100 on, so names still sort. */
export function chapterFileName(chapter: number): string {
  if (!Number.isInteger(chapter) || chapter < 1 || chapter > 999) {
    throw new RangeError(`chapter number must be a whole number from 1 to 999 (got ${chapter})`);
  }
  return `chapter-${String(chapter).padStart(2, '0')}.md`;
}

/** `chapter-07.md` → 7; `chapter-07.partial.md` → 7 (partial); anything else → undefined. */
export function chapterFromFileName(name: string): { chapter: number; partial: boolean } | undefined {
  const m = /^chapter-(\d{2,3})(\.partial)?\.md$/.exec(name);
  const chapter = m ? Number(m[1]) : 0;
  return chapter > 0 ? { chapter, partial: m?.[2] !== undefined } : undefined;
}
