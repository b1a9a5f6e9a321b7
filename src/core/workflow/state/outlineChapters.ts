import { contentHash } from '../../hash';
import type { Outline, OutlineChapter } from '../../documents/outline';
import { parseOutline } from '../../documents/outlineMarkdown';
import { stageFile } from '../../stages';
import type { Brief } from '../../story/brief';
import { planChapters } from '../../story/chapterPlan';
import type { OutlineChapterRef } from './graph';

export type OutlineRead = { readonly ok: true; readonly outline: Outline; readonly chapters: OutlineChapterRef[] } | { readonly ok: false; readonly problem: string };

/**
 * The chapters of the outline as the file holds them now (the writer may have added, removed or
 * rewritten chapters). A chapter without a target length gets the brief's per-chapter plan.
 */
export function readOutlineChapters(body: string, brief?: Brief): OutlineRead {
  const targetWordsPerChapter = brief ? planChapters(brief).wordsPerChapter : undefined;
  const parsed = parseOutline(body, { file: stageFile('outline'), ...(targetWordsPerChapter ? { targetWordsPerChapter } : {}) });
  if (!parsed.ok) return { ok: false, problem: parsed.problems.map((p) => p.message).join('; ') };
  const chapters = parsed.value.chapters.map((c) => ({ number: c.number, title: c.title, targetWords: c.targetWords, sectionHash: sectionHash(c) }));
  return { ok: true, outline: parsed.value, chapters };
}

/**
 * Hash of one chapter's entry as parsed (title, summary, beats, length, point of view, the
 * writer's notes): formatting-only edits do not count, and editing chapter 3's beats changes
 * chapter 3's hash alone.
 */
function sectionHash(chapter: OutlineChapter): string {
  const { number, title, summary, beats, targetWords, pov, extraSections } = chapter;
  return contentHash(JSON.stringify({ number, title, summary, beats, targetWords, pov: pov ?? null, extras: extraSections ?? [] }));
}
