import { posix } from 'node:path';
import { classifyCheckpoint } from '../checkpoint/checkpointFile';
import { parseFrontMatter } from '../documents/markdown/frontMatter';
import type { FileSystem } from '../ports';
import { parseChapter } from '../documents/chapter';
import { BRIEF_FILE, chapterDir, chapterFileName, chapterFromFileName, type ChapterStage } from '../stages';
import type { Brief } from '../story/brief';
import { computeStoryState, manuscriptInputs } from '../workflow/state/storyState';
import type { CoverImage } from './book';
import { ExportError } from './exportError';

/** One chapter's prose as the export takes it, before any Markdown is parsed. */
export interface SourceChapter {
  readonly number: number;
  readonly title: string;
  readonly source: 'revision' | 'draft';
  readonly file: string;
  readonly prose: string;
}

export interface StorySource {
  readonly brief: Brief;
  /** `author:` in brief.md's front matter, when the writer put one there. */
  readonly briefAuthor: string | undefined;
  readonly chapters: readonly SourceChapter[];
  readonly cover?: CoverImage;
  /** Chapters exported from their draft, chapters left out, and why: for the writer. */
  readonly warnings: readonly string[];
}

const COVER_TYPES: Record<string, CoverImage['mediaType']> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif' };

/**
 * Reads what an export needs from the story's files alone (no model, no key): the brief, every
 * chapter of the outline from its revision, or from its draft where the revision is missing or
 * skipped (the manuscript's rule), and an optional `cover.jpg|png|gif`. A story without an
 * outline exports the chapter files it has.
 */
export async function readStorySource(fs: FileSystem, storyDir: string): Promise<StorySource> {
  const dir = await fs.stat(storyDir);
  if (dir?.type !== 'directory') throw new ExportError('no-story', `${storyDir} does not exist. Pass the story's folder (the one that holds ${BRIEF_FILE}).`);
  const state = await computeStoryState(fs, storyDir);
  if (!state.brief) throw new ExportError('no-story', `${storyDir} is not a story folder: it has no ${BRIEF_FILE}. Pass the story's folder (the one that holds ${BRIEF_FILE}).`);
  if (!state.brief.ok) throw new ExportError('bad-brief', `${posix.join(storyDir, BRIEF_FILE)} cannot be read: ${state.brief.problems.map((p) => p.message).join('; ')}`);
  const warnings: string[] = [];
  const planned = state.chapters.length > 0 ? plannedChapters(state) : await chaptersOnDisk(fs, storyDir);
  if (state.chapters.length === 0 && state.problems.length > 0)
    warnings.push(`the outline cannot be read (${state.problems.join('; ')}); exporting the chapter files found instead`);
  for (const orphan of state.chapters.length > 0 ? state.orphans : []) warnings.push(`${orphan} is not in the outline and is left out`);

  const chapters: SourceChapter[] = [];
  const missing: number[] = [];
  for (const plan of planned) {
    const text = await readChapterFile(fs, storyDir, plan.file);
    if (text === undefined) {
      missing.push(plan.number);
      continue;
    }
    const parsed = parseChapter(text);
    chapters.push({ number: plan.number, title: plan.title || parsed.title || '', source: plan.source, file: plan.file, prose: parsed.prose });
  }
  if (chapters.length === 0) {
    throw new ExportError(
      'no-chapters',
      `${storyDir} has no chapters to export yet: write them first (Run Workflow, or story-writer run ${storyDir}), or put Markdown files in ${chapterDir('draft')}/ named ${chapterFileName(1)}, ${chapterFileName(2)}, …`,
    );
  }
  if (missing.length > 0) warnings.push(`${listChapters(missing)} not written yet and left out`);
  const fromDraft = chapters.filter((c) => c.source === 'draft').map((c) => c.number);
  if (fromDraft.length > 0) warnings.push(`${listChapters(fromDraft)} exported from the draft: no revision yet, or the revision was skipped`);
  const cover = await readCover(fs, storyDir);
  return { brief: state.brief.brief, briefAuthor: await briefAuthor(fs, storyDir), chapters, ...(cover ? { cover } : {}), warnings };
}

interface PlannedChapter {
  readonly number: number;
  readonly title: string;
  readonly file: string;
  readonly source: 'revision' | 'draft';
}

function plannedChapters(state: Awaited<ReturnType<typeof computeStoryState>>): PlannedChapter[] {
  const files = manuscriptInputs(state.chapters, state.items);
  return state.chapters.map((c, i) => ({ number: c.number, title: c.title, file: files[i]!, source: files[i]!.startsWith(`${chapterDir('revision')}/`) ? 'revision' : 'draft' }));
}

/** No outline: every chapter number with a draft or a revision file, the revision preferred. */
async function chaptersOnDisk(fs: FileSystem, storyDir: string): Promise<PlannedChapter[]> {
  const numbers = async (stage: ChapterStage) =>
    new Set(
      (await fs.readDirectory(posix.join(storyDir, chapterDir(stage))))
        .filter((e) => e.type === 'file')
        .map((e) => chapterFromFileName(e.name))
        .flatMap((found) => (found && !found.partial ? [found.chapter] : [])),
    );
  const [drafts, revisions] = await Promise.all([numbers('draft'), numbers('revision')]);
  return [...new Set([...drafts, ...revisions])]
    .sort((a, b) => a - b)
    .map((number) => {
      const source = revisions.has(number) ? 'revision' : 'draft';
      return { number, title: '', source, file: `${chapterDir(source)}/${chapterFileName(number)}` };
    });
}

/** The chapter's Markdown body (front matter removed), or undefined when the file is missing. */
async function readChapterFile(fs: FileSystem, storyDir: string, file: string): Promise<string | undefined> {
  const path = posix.join(storyDir, file);
  if ((await fs.stat(path))?.type !== 'file') return undefined;
  const read = classifyCheckpoint(await fs.readFile(path), file);
  switch (read.kind) {
    case 'checkpoint':
    case 'hand-written':
      return read.body;
    case 'broken':
      if (read.body !== undefined) return read.body;
      throw new ExportError('damaged-chapter', `${read.error.message}. Open ${path}, repair it (or regenerate that chapter) and export again.`);
    case 'missing':
      return undefined;
  }
}

async function readCover(fs: FileSystem, storyDir: string): Promise<CoverImage | undefined> {
  for (const entry of await fs.readDirectory(storyDir)) {
    const m = /^cover\.(jpe?g|png|gif)$/i.exec(entry.name);
    if (entry.type !== 'file' || !m) continue;
    const extension = m[1]!.toLowerCase();
    return { fileName: `cover.${extension === 'jpeg' ? 'jpg' : extension}`, mediaType: COVER_TYPES[extension]!, bytes: await fs.readFile(posix.join(storyDir, entry.name)) };
  }
  return undefined;
}

async function briefAuthor(fs: FileSystem, storyDir: string): Promise<string | undefined> {
  const text = new TextDecoder().decode(await fs.readFile(posix.join(storyDir, BRIEF_FILE)));
  const data = parseFrontMatter(text).data;
  const author = Object.entries(data).find(([key]) => /^(author|byline|writer|pen[ _-]?name)$/i.test(key))?.[1];
  return typeof author === 'string' && author.trim() ? author.trim() : undefined;
}

/** "chapter 3", "chapters 2 and 5", "chapters 1, 4 and 9". */
function listChapters(numbers: readonly number[]): string {
  if (numbers.length === 1) return `chapter ${numbers[0]} is`;
  return `chapters ${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]} are`;
}
