import { bibleSchema, type Bible, type BibleReply } from '../documents/bible';
import { conceptSchema, type Concept, type ConceptReply } from '../documents/concept';
import { outlineSchemaFor, type OutlineReply } from '../documents/outline';
import type { Brief } from '../story/brief';
import { expectingWords, structuredPrompt, type StructuredPrompt } from './stagePrompt';
import { bibleMaterial, briefParameters, castSize, conceptMaterial, premiseText, tagged } from './storyContext';
import { bibleSystem, conceptSystem, outlineSystem } from './systemInstructions';

/**
 * Prompts for the structured stages. Each returns the JSON schema to send with it; the reply is
 * validated with that schema, completed with `withDefaults`, and rendered to the stage's file.
 * The premise is given whole here (these run once per story); chapter prompts excerpt it.
 */

/**
 * Rough sizes of the replies, in words of JSON (keys and quotes included), so each request gets
 * an output budget that fits what it asks for: a concept is a page, a bible a few, an outline
 * entry (title, summary, three to seven beats) a paragraph and a half.
 */
const CONCEPT_REPLY_WORDS = 1_200;
const BIBLE_REPLY_WORDS = 3_000;
export const OUTLINE_WORDS_PER_CHAPTER = 220;

export function conceptPrompt(brief: Brief): StructuredPrompt<ConceptReply> {
  const prompt = [
    `Develop the concept for a story of about ${brief.targetWords} words${brief.chapters ? ` in ${brief.chapters} chapters` : ''}, from the writer's brief and premise below.`,
    tagged('brief', briefParameters(brief)),
    tagged('premise', premiseText(brief)),
    [
      'Guidance:',
      `- Use the title exactly as given: "${brief.title}".`,
      '- Logline: one sentence naming the protagonist, their goal, the obstacle and the stakes.',
      "- Premise: expand the writer's idea into two or three paragraphs that a collaborator could plan from, keeping every detail the writer gave.",
      '- Central conflict and stakes: concrete, and large enough to carry the whole length, but no larger.',
      '- Hook: what grips the reader on the first page.',
      '- Ending: the direction of the resolution and what it costs, not a chapter-by-chapter synopsis.',
      `- Match the tone${brief.tone ? ` ("${brief.tone}")` : ''} and the audience${brief.audience ? ` (${brief.audience})` : ''}.`,
      'Reply with JSON that follows the response schema.',
    ].join('\n'),
  ].join('\n\n');
  return expectingWords(structuredPrompt('concept', conceptSystem(brief), prompt, conceptSchema), CONCEPT_REPLY_WORDS);
}

export function biblePrompt(brief: Brief, concept: Concept): StructuredPrompt<BibleReply> {
  const prompt = [
    `Build the story bible for "${brief.title}" from the brief, the writer's premise and the concept below.`,
    tagged('brief', briefParameters(brief)),
    tagged('premise', premiseText(brief)),
    conceptMaterial(concept),
    [
      'Guidance:',
      `- Characters: ${castSize(brief.targetWords)} who matter to the plot, protagonist first. Give each a concrete goal, a flaw that causes trouble, an arc, a recognisable voice (with a sample line of dialogue) and a short description with one telling detail.`,
      '- Setting: the world in one or two paragraphs, the era, and the key places where scenes happen, each with sensory specifics.',
      '- Rules: the hard facts every chapter must respect (how things work in this world, who knows what and when, fixed events). Keep each one a single checkable statement.',
      `- Style guide: the narrative voice, the tense, and the point of view (${brief.pointOfView}) with whose perspective it follows; add notes on dialogue, imagery and anything to avoid, in keeping with the tone.`,
      '- Keep names and facts consistent with the concept; invent only what it leaves open.',
      'Reply with JSON that follows the response schema.',
    ].join('\n'),
  ].join('\n\n');
  return expectingWords(structuredPrompt('bible', bibleSystem(brief), prompt, bibleSchema), BIBLE_REPLY_WORDS);
}

export interface OutlinePromptInput {
  readonly brief: Brief;
  readonly concept: Concept;
  readonly bible: Bible;
  readonly chapterCount: number;
  readonly wordsPerChapter: number;
}

export function outlinePrompt(input: OutlinePromptInput): StructuredPrompt<OutlineReply> {
  const { brief, concept, bible, chapterCount, wordsPerChapter } = input;
  const chapters = chapterCount === 1 ? 'a single chapter' : `exactly ${chapterCount} chapters`;
  const prompt = [
    `Outline "${brief.title}" in ${chapters} of about ${wordsPerChapter} words each, numbered 1 to ${chapterCount}.`,
    tagged('brief', briefParameters(brief)),
    conceptMaterial(concept),
    bibleMaterial(bible),
    tagged('premise', premiseText(brief)),
    [
      'Guidance:',
      '- Each chapter: an evocative title (no "Chapter" and no number in it), a one-paragraph summary of what happens and why it matters, and its beats.',
      '- Beats: three to seven concrete events, choices or reversals per chapter, in order, one sentence each, with the characters named.',
      '- Every chapter ends changed from how it began; the last chapter resolves the central conflict as the concept intends.',
      `- Target length per chapter: vary around ${wordsPerChapter} to fit the pacing (quieter chapters shorter, the climax longer), keeping the total close to ${wordsPerChapter * chapterCount}.`,
      brief.pointOfView === 'third-limited' || brief.pointOfView === 'first'
        ? '- Name the point-of-view character of each chapter in `pov` when the story follows more than one.'
        : '- Leave `pov` empty unless a chapter needs a particular viewpoint.',
      'Reply with JSON that follows the response schema.',
    ].join('\n'),
  ].join('\n\n');
  return expectingWords(structuredPrompt('outline', outlineSystem(brief), prompt, outlineSchemaFor(chapterCount, wordsPerChapter)), chapterCount * OUTLINE_WORDS_PER_CHAPTER);
}
