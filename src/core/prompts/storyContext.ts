import { renderBible } from '../documents/bibleMarkdown';
import type { Bible } from '../documents/bible';
import type { Concept } from '../documents/concept';
import { renderConcept } from '../documents/conceptMarkdown';
import type { Outline, OutlineChapter } from '../documents/outline';
import { POINT_OF_VIEW_WORDS, type Brief } from '../story/brief';

/**
 * Source material for prompts. Documents are shown to the model in the same Markdown the writer
 * reads and edits (their additions included), wrapped in tags so the model can tell material
 * from instructions.
 */

/** Chapter prompts run once per chapter: past this, a pasted premise is excerpted, not repeated. */
export const CHAPTER_PROMPT_PREMISE_CHARS = 4000;

export function tagged(tag: string, content: string): string {
  return `<${tag}>\n${content.trim()}\n</${tag}>`;
}

/** The brief's parameters as short lines; unset ones say so, leaving the choice to the model. */
export function briefParameters(brief: Brief): string {
  const open = (what: string) => `not specified: choose the ${what} that best serves the premise`;
  return [
    `Title: ${brief.title}`,
    `Genre: ${brief.genre ?? open('genre')}`,
    `Tone: ${brief.tone ?? open('tone')}`,
    `Audience: ${brief.audience ?? 'general adult readers'}`,
    `Point of view: ${POINT_OF_VIEW_WORDS[brief.pointOfView]}`,
    `Language: ${brief.language}`,
  ].join('\n');
}

/** The premise whole, or its opening when `maxChars` is given and it is longer. */
export function premiseText(brief: Brief, maxChars?: number): string {
  if (maxChars === undefined || brief.premise.length <= maxChars) return brief.premise;
  const cut = brief.premise.slice(0, maxChars).replace(/\s+\S*$/, '');
  return `${cut}\n\n[… the rest of the writer's notes is omitted here; the concept, bible and outline above already distil it.]`;
}

export function conceptMaterial(concept: Concept): string {
  return tagged('concept', renderConcept(concept));
}

export function bibleMaterial(bible: Bible): string {
  return tagged('story_bible', renderBible(bible));
}

/**
 * The outline for a chapter prompt: every chapter's number, title and summary, so the chapter
 * knows its place in the arc. No chapter is marked and no target length is shown: this is part
 * of the material every chapter call of a stage shares in identical bytes (see `sharedOpening`);
 * which chapter is being written, and how long, is said after it.
 */
export function chapterPlan(outline: Outline): string {
  const lines = outline.chapters.map((c) => {
    const heading = c.title ? `Chapter ${c.number}: ${c.title}` : `Chapter ${c.number}`;
    return `${heading}\n${c.summary || c.beats.join(' ')}`;
  });
  return tagged('chapter_plan', lines.join('\n\n'));
}

/** The current chapter's full entry: summary, point of view, beats and the writer's notes. */
export function chapterBrief(chapter: OutlineChapter): string {
  const parts = [chapter.title ? `Chapter ${chapter.number}: ${chapter.title}` : `Chapter ${chapter.number}`];
  if (chapter.summary) parts.push(`Summary: ${chapter.summary}`);
  if (chapter.pov) parts.push(`Point-of-view character: ${chapter.pov}`);
  if (chapter.beats.length > 0) parts.push(`Beats, in order:\n${chapter.beats.map((b, i) => `${i + 1}. ${b}`).join('\n')}`);
  for (const extra of chapter.extraSections ?? []) parts.push(`${extra.heading}:\n${extra.body}`);
  return tagged('this_chapter', parts.join('\n\n'));
}

export function findChapter(outline: Outline, number: number): OutlineChapter {
  const chapter = outline.chapters.find((c) => c.number === number);
  if (!chapter) {
    const known = outline.chapters.map((c) => c.number).join(', ');
    throw new RangeError(`The outline has no chapter ${number} (it has ${known})`);
  }
  return chapter;
}

/** Whether the chapter ends the story: it should resolve, not set up. */
export function isLastChapter(outline: Outline, number: number): boolean {
  return number === Math.max(...outline.chapters.map((c) => c.number));
}

/** Rough cast size for a story of this length, so a short story is not crowded. */
export function castSize(targetWords: number): string {
  if (targetWords < 5000) return 'two to four characters';
  if (targetWords < 20000) return 'three to six characters';
  if (targetWords < 60000) return 'four to eight characters';
  return 'five to twelve characters';
}
