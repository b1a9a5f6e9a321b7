import { posix } from 'node:path';
import { parseFrontMatter } from '../documents/markdown/frontMatter';
import { parseChapter } from '../documents/chapter';
import type { Outline } from '../documents/outline';
import { bodyHash } from '../hash';
import type { FileSystem } from '../ports';
import { BRIEF_FILE, CHAPTER_DIRS, chapterFromFileName, chapterFileName, stageFile } from '../stages';
import { parseBrief } from '../story/briefFile';
import { readOutlineChapters } from '../workflow/state/outlineChapters';
import type { OutlineChapterRef } from '../workflow/state/graph';

/**
 * The files a continuity check reads, each read once per check: the bible, the outline, and each
 * chapter's current text (its revision when there is one, else its draft).
 */

export const FACTS_DIR = 'facts';
export const SUPPRESSIONS_FILE = 'continuity-ignore.md';

/** `facts/chapter-03.md`: the facts file of a chapter, whatever text it was taken from. */
export function factsFile(chapter: number): string {
  return `${FACTS_DIR}/${chapterFileName(chapter)}`;
}

/** A story file as read: its whole text (positions count from it), where its body starts, and its body's hash. */
export interface StoryTextFile {
  /** Story-relative path. */
  readonly rel: string;
  /** Absolute path. */
  readonly path: string;
  readonly text: string;
  readonly bodyStart: number;
  readonly body: string;
  readonly hash: string;
}

export class ContinuityInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContinuityInputError';
  }
}

export async function readStoryText(fs: FileSystem, storyDir: string, rel: string): Promise<StoryTextFile | undefined> {
  const path = posix.join(storyDir, rel);
  if ((await fs.stat(path))?.type !== 'file') return undefined;
  const text = new TextDecoder().decode(await fs.readFile(path));
  let body = text;
  try {
    body = parseFrontMatter(text).body;
  } catch {
    // Damaged front matter: the whole file is text the writer can see, so search all of it.
  }
  return { rel, path, text, bodyStart: text.length - body.length, body, hash: bodyHash(body) };
}

export interface ChapterMaterial {
  readonly ref: OutlineChapterRef;
  /** The chapter's current text; undefined when it has neither draft nor revision yet. */
  readonly file?: StoryTextFile;
}

export interface StoryMaterial {
  readonly title: string;
  readonly bible: StoryTextFile;
  readonly outline: Outline;
  readonly chapters: readonly ChapterMaterial[];
}

/** Reads what every check needs; a missing or unreadable bible or outline is a clear error. */
export async function readStoryMaterial(fs: FileSystem, storyDir: string): Promise<StoryMaterial> {
  const briefFile = await readStoryText(fs, storyDir, BRIEF_FILE);
  const brief = briefFile ? parseBrief(briefFile.text, BRIEF_FILE) : undefined;
  const bible = await readStoryText(fs, storyDir, stageFile('bible'));
  if (!bible) throw new ContinuityInputError(`${stageFile('bible')} is missing: continuity is checked against the story bible, so make it first`);
  const outlineFile = await readStoryText(fs, storyDir, stageFile('outline'));
  if (!outlineFile) throw new ContinuityInputError(`${stageFile('outline')} is missing: make the outline and a chapter first`);
  const outline = readOutlineChapters(outlineFile.body, brief?.ok ? brief.brief : undefined);
  if (!outline.ok) throw new ContinuityInputError(`${stageFile('outline')}: ${outline.problem}`);
  const chapters = await Promise.all(outline.chapters.map(async (ref) => ({ ref, ...(await chapterText(fs, storyDir, ref.number)) })));
  const title = brief?.ok ? brief.brief.title : posix.basename(storyDir);
  return { title, bible, outline: outline.outline, chapters };
}

async function chapterText(fs: FileSystem, storyDir: string, chapter: number): Promise<{ file?: StoryTextFile }> {
  for (const rel of [stageFile('revision', chapter), stageFile('draft', chapter)]) {
    const file = await readStoryText(fs, storyDir, rel);
    if (file && parseChapter(file.body).prose.trim()) return { file };
  }
  return {};
}

/** The chapter a story-relative chapter file belongs to (`05-revision/chapter-03.md` → 3). */
export function chapterOfFile(rel: string): number | undefined {
  const parts = rel.split('/');
  if (parts.length !== 2 || !CHAPTER_DIRS.includes(parts[0]!)) return undefined;
  const parsed = chapterFromFileName(parts[1]!);
  return parsed && !parsed.partial ? parsed.chapter : undefined;
}
