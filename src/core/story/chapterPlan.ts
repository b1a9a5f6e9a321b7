import { BRIEF_LIMITS, type Brief } from './brief';

/**
 * How a story's length is split into chapters. Around 2000 words a chapter keeps each draft call
 * well inside one reply's output budget while still giving a scene room to breathe.
 */

export const WORDS_PER_CHAPTER = { ideal: 2000, min: 1500, max: 2500 } as const;

/** Chapters for a story of `targetWords` when the brief does not say: ~2000 words each, 1..100. */
export function suggestChapterCount(targetWords: number): number {
  const count = Math.round(targetWords / WORDS_PER_CHAPTER.ideal);
  return Math.min(BRIEF_LIMITS.chapters.max, Math.max(BRIEF_LIMITS.chapters.min, count));
}

/**
 * Words each chapter aims for, rounded to a friendly figure (tens below 1000, fifties above),
 * because "about 1650 words" reads as a target and "about 1666 words" as a calculation.
 */
export function chapterTargetWords(targetWords: number, chapterCount: number): number {
  const exact = targetWords / Math.max(1, chapterCount);
  const step = exact >= 1000 ? 50 : 10;
  return Math.max(step, Math.round(exact / step) * step);
}

export interface ChapterPlan {
  readonly chapterCount: number;
  readonly wordsPerChapter: number;
}

/** The brief's own chapter count when it gives one, otherwise the suggestion. */
export function planChapters(brief: Pick<Brief, 'targetWords' | 'chapters'>): ChapterPlan {
  const chapterCount = brief.chapters ?? suggestChapterCount(brief.targetWords);
  return { chapterCount, wordsPerChapter: chapterTargetWords(brief.targetWords, chapterCount) };
}

/**
 * Chapter targets scaled so they add up to the story's target, keeping the outline's proportions
 * (a climactic chapter stays longer than a quiet one). A model's targets rarely add up: left as
 * they come, a 3,000-word story can be planned at half its length. Rounding is settled on the
 * longest chapter, so the sum is exact.
 */
export function fitChapterTargets(targets: readonly number[], storyTarget: number): number[] {
  const sum = targets.reduce((a, b) => a + b, 0);
  if (targets.length === 0 || sum <= 0) return [...targets];
  const scaled = targets.map((t) => Math.max(1, Math.round((t * storyTarget) / sum)));
  const longest = scaled.indexOf(Math.max(...scaled));
  scaled[longest] = Math.max(1, scaled[longest]! + storyTarget - scaled.reduce((a, b) => a + b, 0));
  return scaled;
}
