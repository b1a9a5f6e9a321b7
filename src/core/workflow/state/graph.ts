import type { Settings } from '../../config/settings';
import { itemId, type ItemId } from './items';
import { BRIEF_FILE, MANUSCRIPT_FILE, isChapterStage, stageFile, type ChapterStage, type WorkflowStage } from '../../stages';

/** What the graph needs to know about one chapter of the outline as it is on disk. */
export interface OutlineChapterRef {
  readonly number: number;
  readonly title: string;
  readonly targetWords: number;
  /** Hash of this chapter's entry in the outline: drafts depend on it, not on the whole outline. */
  readonly sectionHash: string;
}

/** One item of the build graph. `inputs` are input keys (see `inputKey`), in prompt order. */
export interface GraphItem {
  readonly id: ItemId;
  readonly stage: WorkflowStage;
  readonly chapter?: number;
  /** Story-relative path of the item's file. */
  readonly file: string;
  readonly inputs: readonly string[];
}

/** A draft or revision item: always has a chapter. */
export type ChapterGraphItem = GraphItem & { readonly stage: ChapterStage; readonly chapter: number };

export function isChapterItem(item: GraphItem): item is ChapterGraphItem {
  return isChapterStage(item.stage) && item.chapter !== undefined;
}

/**
 * Input keys are what front matter `inputs` records: a story-relative path, or `path#chapter-N`
 * for one chapter's entry in the outline.
 */
export const OUTLINE_FILE = stageFile('outline');
export const CONCEPT_FILE = stageFile('concept');
export const BIBLE_FILE = stageFile('bible');

export function outlineSectionKey(chapter: number): string {
  return `${OUTLINE_FILE}#chapter-${chapter}`;
}

export function parseOutlineSectionKey(key: string): number | undefined {
  const m = /^03-outline\.md#chapter-(\d+)$/.exec(key);
  return m ? Number(m[1]) : undefined;
}

/** `02-bible.md changed`, `the outline's entry for chapter 3 changed`: the tooltip's "why". */
export function describeInputKey(key: string): string {
  const chapter = parseOutlineSectionKey(key);
  return chapter === undefined ? key : `${OUTLINE_FILE} (chapter ${chapter})`;
}

/**
 * The build graph over the outline's chapters as written now. Inputs are exactly what each
 * stage's prompt reads (SPEC table, made exact): the brief feeds every stage; a chapter reads the
 * bible and its own outline entry, plus the previous draft in sequential mode; a revision also
 * reads its draft. Chapter prompts also show the other chapters' titles and summaries as
 * context, deliberately not counted: editing one chapter's entry must not redraft the book. The manuscript's inputs depend on which chapter files exist (see state.ts).
 */
export function buildGraph(chapters: readonly OutlineChapterRef[], draftMode: Settings['workflow.draftMode']): GraphItem[] {
  const items: GraphItem[] = [
    { id: 'concept', stage: 'concept', file: CONCEPT_FILE, inputs: [BRIEF_FILE] },
    { id: 'bible', stage: 'bible', file: BIBLE_FILE, inputs: [BRIEF_FILE, CONCEPT_FILE] },
    { id: 'outline', stage: 'outline', file: OUTLINE_FILE, inputs: [BRIEF_FILE, CONCEPT_FILE, BIBLE_FILE] },
  ];
  chapters.forEach((c, index) => {
    const previous = chapters[index - 1];
    const sequentialInput = draftMode === 'sequential' && previous ? [stageFile('draft', previous.number)] : [];
    items.push({
      id: itemId('draft', c.number),
      stage: 'draft',
      chapter: c.number,
      file: stageFile('draft', c.number),
      inputs: [BRIEF_FILE, BIBLE_FILE, outlineSectionKey(c.number), ...sequentialInput],
    });
  });
  for (const c of chapters) {
    items.push({
      id: itemId('revision', c.number),
      stage: 'revision',
      chapter: c.number,
      file: stageFile('revision', c.number),
      inputs: [BRIEF_FILE, BIBLE_FILE, outlineSectionKey(c.number), stageFile('draft', c.number)],
    });
  }
  items.push({ id: 'manuscript', stage: 'manuscript', file: MANUSCRIPT_FILE, inputs: [] });
  return items;
}
