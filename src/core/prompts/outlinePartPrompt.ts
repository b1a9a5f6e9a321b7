import * as z from 'zod';
import { expectingWords, structuredPrompt, type StructuredPrompt } from './stagePrompt';
import { bibleMaterial, briefParameters, conceptMaterial, premiseText, tagged } from './storyContext';
import { OUTLINE_WORDS_PER_CHAPTER, type OutlinePromptInput } from './structuredPrompts';
import { outlineSystem } from './systemInstructions';
import { outlineChapterSchemaFor, type OutlineChapterReply } from '../documents/outline';

/** The chapters one part of a long outline covers, 1-based and inclusive. */
export interface PartRange {
  readonly from: number;
  readonly to: number;
}

export type OutlinePartReply = { chapters: OutlineChapterReply[] };

/**
 * One part of a long outline: chapters `from` to `to` of the whole, with the chapters outlined so
 * far in front of the model so the part continues them (threads picked up, no event repeated).
 */
export function outlinePartPrompt(input: OutlinePromptInput, range: PartRange, sofar: readonly OutlineChapterReply[]): StructuredPrompt<OutlinePartReply> {
  const { brief, concept, bible, chapterCount, wordsPerChapter } = input;
  const count = range.to - range.from + 1;
  const last = range.to === chapterCount;
  const prompt = [
    `Outline chapters ${range.from} to ${range.to} of the ${chapterCount} chapters of "${brief.title}", each of about ${wordsPerChapter} words: exactly ${count} chapters, numbered ${range.from} to ${range.to}.`,
    tagged('brief', briefParameters(brief)),
    conceptMaterial(concept),
    bibleMaterial(bible),
    tagged('premise', premiseText(brief)),
    sofar.length > 0 ? tagged('outline_so_far', sofar.map(entry).join('\n')) : '',
    [
      'Guidance:',
      sofar.length > 0
        ? `- Continue from chapter ${sofar.length}: pick up its threads, and do not repeat events already outlined.`
        : '- This is the opening of the book: set up the protagonist, the world and the central conflict.',
      '- Each chapter: an evocative title (no "Chapter" and no number in it), a one-paragraph summary of what happens and why it matters, and its beats.',
      '- Beats: three to seven concrete events, choices or reversals per chapter, in order, one sentence each, with the characters named.',
      last
        ? '- These are the last chapters: the final one resolves the central conflict as the concept intends.'
        : `- Leave the central conflict open: ${chapterCount - range.to} chapters follow these.`,
      `- Target length per chapter: vary around ${wordsPerChapter} to fit the pacing.`,
      'Reply with JSON that follows the response schema.',
    ].join('\n'),
  ]
    .filter((block) => block !== '')
    .join('\n\n');
  const schema = z.object({
    chapters: z
      .array(outlineChapterSchemaFor(chapterCount, wordsPerChapter))
      .length(count)
      .describe(`Exactly ${count} chapters, numbered ${range.from} to ${range.to}, in reading order.`),
  });
  return expectingWords(structuredPrompt('outline', outlineSystem(brief), prompt, schema), count * OUTLINE_WORDS_PER_CHAPTER);
}

function entry(chapter: OutlineChapterReply): string {
  return `${chapter.number}. ${chapter.title}: ${chapter.summary}`;
}
