import type { Bible } from '../documents/bible';
import { parseBible } from '../documents/bibleMarkdown';
import type { Concept } from '../documents/concept';
import { parseConcept } from '../documents/conceptMarkdown';
import { unwrapCodeFence } from '../documents/markdown/text';
import type { Outline } from '../documents/outline';
import { parseOutline } from '../documents/outlineMarkdown';
import { stageFile } from '../stages';
import type { Brief } from '../story/brief';
import type { ParseResult } from '../story/problem';
import { stagePrompt, type MarkdownPrompt, type StagePrompt } from './stagePrompt';
import { bibleMaterial, briefParameters, castSize, conceptMaterial, premiseText, tagged } from './storyContext';
import { bibleSystem, conceptSystem, outlineSystem } from './systemInstructions';

/**
 * Simpler prompts for after repeated structured failures. They drop the JSON schema and ask for
 * the stage's Markdown file directly, from a template with the exact headings; the reply is read
 * by the same tolerant parser that reads the writer's edits, and missing non-critical parts get
 * their defaults. Guidance is shorter too: the aim is a usable document, not the best one.
 */

const SHAPE_NOTE = 'Keep the headings and bold labels exactly as shown (in English); replace every [bracketed placeholder] with real content. Reply with the Markdown only.';

export function conceptFallbackPrompt(brief: Brief): MarkdownPrompt<Concept> {
  const template = [
    `# Concept: ${brief.title}`,
    '## Logline\n\n[One sentence: the protagonist, their goal, the obstacle, the stakes.]',
    '## Premise\n\n[Two or three paragraphs.]',
    '## Protagonist\n\n[Who we follow.]',
    '## Setting\n\n[Where and when.]',
    '## Central Conflict\n\n[The core opposition.]',
    '## Stakes\n\n[What is lost if they fail.]',
    '## Hook\n\n[What grips the reader on page one.]',
    '## Themes\n\n- [a theme]\n- [another theme]',
    '## Tone\n\n[A phrase.]',
    '## Ending\n\n[How the conflict resolves.]',
  ].join('\n\n');
  const prompt = [
    `Write the concept for a story of about ${brief.targetWords} words as Markdown in this shape. ${SHAPE_NOTE}`,
    tagged('template', template),
    tagged('brief', briefParameters(brief)),
    tagged('premise', premiseText(brief)),
  ].join('\n\n');
  return markdownPrompt(stagePrompt('concept', 'fallback', conceptSystem(brief), prompt), template, (text) => {
    const parsed = parseConcept(text, { file: `${stageFile('concept')} (fallback reply)` });
    return parsed.ok && !parsed.value.title ? { ok: true, value: { ...parsed.value, title: brief.title } } : parsed;
  });
}

export function bibleFallbackPrompt(brief: Brief, concept: Concept): MarkdownPrompt<Bible> {
  const template = [
    `# Story Bible: ${brief.title}`,
    '## Characters',
    '### [Character name]\n\n- **Role:** [role]\n- **Goal:** [what they want]\n- **Flaw:** [what gets in their way]\n- **Arc:** [how they change]\n- **Voice:** [how they speak]\n\n[A short description.]',
    '## Setting\n\n- **Era:** [when]\n\n[The world in a paragraph.]\n\n### Places\n\n- **[Place name]:** [what it is like]',
    '## World Rules\n\n- [a fact every chapter must respect]',
    '## Style Guide\n\n- **Voice:** [narrative voice]\n- **Tense:** [past or present]\n- **Point of view:** [whose, and how close]',
  ].join('\n\n');
  const prompt = [
    `Write the story bible for "${brief.title}" as Markdown in this shape, with one "###" section per character (${castSize(brief.targetWords)}) and as many places and rules as the story needs. ${SHAPE_NOTE}`,
    tagged('template', template),
    tagged('brief', briefParameters(brief)),
    conceptMaterial(concept),
  ].join('\n\n');
  return markdownPrompt(stagePrompt('bible', 'fallback', bibleSystem(brief), prompt), template, (text) => parseBible(text, { file: `${stageFile('bible')} (fallback reply)` }));
}

export interface OutlineFallbackInput {
  readonly brief: Brief;
  readonly concept: Concept;
  readonly bible: Bible;
  readonly chapterCount: number;
  readonly wordsPerChapter: number;
}

export function outlineFallbackPrompt(input: OutlineFallbackInput): MarkdownPrompt<Outline> {
  const { brief, concept, bible, chapterCount, wordsPerChapter } = input;
  const template = [
    '## Chapter 1: [Chapter title]',
    '[One paragraph: what happens and why it matters.]',
    `**Target words:** ${wordsPerChapter}`,
    '### Beats\n\n- [an event or choice]\n- [the next one]\n- [the turn that ends the chapter]',
  ].join('\n\n');
  const prompt = [
    `Outline "${brief.title}" in exactly ${chapterCount} chapters of about ${wordsPerChapter} words each, as Markdown: one section in this shape per chapter, numbered 1 to ${chapterCount}. ${SHAPE_NOTE}`,
    tagged('template', template),
    tagged('brief', briefParameters(brief)),
    conceptMaterial(concept),
    bibleMaterial(bible),
  ].join('\n\n');
  const file = `${stageFile('outline')} (fallback reply)`;
  return markdownPrompt(stagePrompt('outline', 'fallback', outlineSystem(brief), prompt), template, (text): ParseResult<Outline> => {
    const parsed = parseOutline(text, { file, targetWordsPerChapter: wordsPerChapter });
    if (!parsed.ok || parsed.value.chapters.length === chapterCount) return parsed;
    const found = parsed.value.chapters.length;
    return { ok: false, problems: [{ field: 'chapters', message: `${file}: expected ${chapterCount} chapters, found ${found}` }] };
  });
}

/**
 * Wraps a prompt with its reply reader. A reply that still contains one of the template's
 * `[placeholders]` was copied rather than written, and is refused rather than saved.
 */
function markdownPrompt<T>(prompt: StagePrompt, template: string, parse: (text: string) => ParseResult<T>): MarkdownPrompt<T> {
  const placeholders = [...new Set(template.match(/\[[^\]\n]+\]/g) ?? [])];
  return {
    ...prompt,
    parseReply: (text) => {
      const left = placeholders.find((p) => text.includes(p));
      if (left) return { ok: false, problems: [{ field: prompt.stage, message: `The ${prompt.stage} reply still contains the template placeholder ${left}` }] };
      return parse(unwrapCodeFence(text));
    },
  };
}
