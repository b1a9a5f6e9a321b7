import type { Bible } from '../documents/bible';
import type { Outline } from '../documents/outline';
import { countWords } from '../documents/wordCount';
import { POINT_OF_VIEW_WORDS, type Brief } from '../story/brief';
import { expectingWords, sharedOpening, type StagePrompt } from './stagePrompt';
import { CHAPTER_PROMPT_PREMISE_CHARS, bibleMaterial, briefParameters, chapterBrief, chapterPlan, findChapter, isLastChapter, premiseText, tagged } from './storyContext';
import { draftSystem, revisionSystem } from './systemInstructions';
import type { FindingToFix } from '../continuity/runContinuity';

/**
 * Prose prompts: draft a chapter, continue one, revise one. Each opens with the material every
 * chapter call of its stage shares, in tags and in identical bytes (`chapterMaterial`), so
 * Gemini's implicit cache reuses it and an explicit context cache can hold it; then what is
 * particular to the chapter: the task and its length, the chapter's entry, its text, and the
 * detailed instructions last (long material first and the request after it, the order Gemini's
 * long-context guide recommends).
 */

export type ChapterStageName = 'draft' | 'revision';

/**
 * What every chapter call of a stage shares, byte for byte: the story's parameters, its bible,
 * the whole chapter plan (no chapter marked) and, for drafts, the writer's premise. Nothing in it
 * depends on the chapter, so chapter 1 and chapter 25 send the same opening.
 */
export function chapterMaterial(stage: ChapterStageName, input: Omit<ChapterPromptInput, 'chapterNumber'>): string {
  const { brief, bible, outline } = input;
  return [
    tagged('story_parameters', briefParameters(brief)),
    bibleMaterial(bible),
    chapterPlan(outline),
    ...(stage === 'draft' ? [tagged('writer_premise', premiseText(brief, CHAPTER_PROMPT_PREMISE_CHARS))] : []),
  ].join('\n\n');
}

/** The system instruction of a chapter stage's calls (the same for every chapter). */
export function chapterSystem(stage: ChapterStageName, brief: Brief): string {
  return stage === 'revision' ? revisionSystem(brief) : draftSystem(brief);
}

export interface ChapterPromptInput {
  readonly brief: Brief;
  readonly bible: Bible;
  readonly outline: Outline;
  readonly chapterNumber: number;
}

export interface DraftPromptInput extends ChapterPromptInput {
  /** How the previous chapter ends (sequential mode): a model summary or `summarizeForNext`. */
  readonly previousSummary?: string;
}

export function draftChapterPrompt(input: DraftPromptInput): StagePrompt {
  const { brief, outline, chapterNumber, previousSummary } = input;
  const chapter = findChapter(outline, chapterNumber);
  const last = isLastChapter(outline, chapterNumber);
  const particular = [
    `Write about ${chapter.targetWords} words: Chapter ${chapterNumber} of the story "${brief.title}", using the material above.`,
    chapterBrief(chapter),
    ...(previousSummary?.trim() ? [tagged('previous_chapter_ending', previousSummary)] : []),
    [
      'Instructions:',
      `- Length: about ${chapter.targetWords} words; let the beats, not padding, fill it.`,
      `- Point of view: ${POINT_OF_VIEW_WORDS[brief.pointOfView]}${chapter.pov ? `, through ${chapter.pov}` : ''}; tense and voice as the style guide says.`,
      ...(brief.tone ? [`- Tone: ${brief.tone}.`] : []),
      ...(brief.audience ? [`- Audience: ${brief.audience}; keep content and vocabulary right for them.`] : []),
      '- Play the beats in order as scenes; you may add connective moments, but no new plot events, and nothing that belongs to a later chapter of the plan.',
      previousSummary?.trim()
        ? '- Pick up where the previous chapter ends (place, time, mood) without recapping it.'
        : chapterNumber === outline.chapters[0]?.number
          ? '- This chapter opens the story: start in a concrete moment and establish the protagonist, the world and the hook quickly.'
          : '- Open in scene, oriented in time and place, without recapping earlier chapters.',
      last
        ? "- This is the final chapter: resolve the central conflict and close the protagonist's arc; do not set up anything further."
        : '- End on a turn that makes the reader want the next chapter, without a cliffhanger for its own sake.',
      `- Output only the chapter's prose in ${brief.language}: no heading, no title, no notes.`,
    ].join('\n'),
  ].join('\n\n');
  return expectingWords(sharedOpening('draft', 'main', draftSystem(brief), chapterMaterial('draft', input), particular), chapter.targetWords);
}

export interface ContinuePromptInput extends ChapterPromptInput {
  /** The chapter as far as it got (a `.partial.md` after a cut stream, or an under-length draft). */
  readonly textSoFar: string;
  /** Roughly how many more words the chapter needs. */
  readonly wordsMissing: number;
  /** Which stage's text is being continued; `revision` only to resume a cut revision. */
  readonly stage?: ChapterStageName;
}

/** Past this, only the end of the text so far is shown: enough for voice and continuity. */
export const CONTINUE_CONTEXT_CHARS = 24_000;

/**
 * Continues a chapter: to resume one whose stream was cut, or to extend one that came out short.
 * The model must go on from the last word without repeating anything; `joinContinuation` still
 * removes a repeated sentence if it does.
 */
export function continueChapterPrompt(input: ContinuePromptInput): StagePrompt {
  const { brief, bible, outline, chapterNumber, textSoFar, stage = 'draft' } = input;
  const wordsMissing = Math.max(1, Math.round(input.wordsMissing));
  const chapter = findChapter(outline, chapterNumber);
  const last = isLastChapter(outline, chapterNumber);
  const shown =
    textSoFar.length > CONTINUE_CONTEXT_CHARS ? `[… earlier part of the chapter omitted …]\n\n${textSoFar.slice(-CONTINUE_CONTEXT_CHARS).replace(/^\S*\s/, '')}` : textSoFar;
  const endsMidSentence = !/[.!?…"”’)*]\s*$/.test(textSoFar.trim());
  const particular = [
    `Continue Chapter ${chapterNumber}: write about ${wordsMissing} words more, starting exactly where the text below stops. The story is "${brief.title}".`,
    chapterBrief(chapter),
    tagged('chapter_so_far', shown),
    [
      'Instructions:',
      '- Continue seamlessly: same voice, tense, point of view and scene, as if no one had paused.',
      endsMidSentence ? '- The text stops mid-sentence: begin with the very next word of that sentence.' : '- Begin with the very next sentence.',
      '- Do not repeat, summarise or rephrase any of the text above, and do not add a heading or a title.',
      "- Cover the chapter's remaining beats in order, and only those.",
      last ? '- Bring the story to its resolution.' : '- Bring the chapter to its ending, leading into the next chapter.',
      `- Output only the new prose in ${brief.language}.`,
    ].join('\n'),
  ].join('\n\n');
  return expectingWords(sharedOpening(stage, 'continue', chapterSystem(stage, brief), chapterMaterial(stage, { brief, bible, outline }), particular), wordsMissing);
}

export interface RevisePromptInput extends ChapterPromptInput {
  readonly draftProse: string;
  /** Continuity problems a check found in the draft (quotes verified): the revision fixes these. */
  readonly fix?: readonly FindingToFix[];
}

export function reviseChapterPrompt(input: RevisePromptInput): StagePrompt {
  const { brief, outline, chapterNumber, draftProse, fix = [] } = input;
  const chapter = findChapter(outline, chapterNumber);
  const particular = [
    `Revise Chapter ${chapterNumber} into its final form, about ${chapter.targetWords} words long, against the material above. The story is "${brief.title}".`,
    chapterBrief(chapter),
    tagged('draft', draftProse),
    ...(fix.length > 0 ? [tagged('continuity_problems', fix.map(describeProblem).join('\n'))] : []),
    [
      'Instructions:',
      `- Keep the length within ten percent of the target above (the draft currently has ${countWords(draftProse)} words).`,
      '- Fix anything that contradicts the story bible or the chapter plan: names, facts, timeline, rules, voices.',
      ...(fix.length > 0
        ? ['- Fix every continuity problem listed above: change the quoted passage so it agrees with what is established, and nothing more than that needs.']
        : []),
      `- Hold the point of view (${POINT_OF_VIEW_WORDS[brief.pointOfView]}${chapter.pov ? `, through ${chapter.pov}` : ''}), tense and voice of the style guide throughout.`,
      ...(brief.tone ? [`- Keep the tone: ${brief.tone}.`] : []),
      '- Tighten and sharpen: cut filler and repetition, replace clichés and vague words with specific ones, let scenes show what the narration explains.',
      "- Keep the plot, the order of events, the chapter's ending and the draft's strongest lines.",
      `- Output only the revised prose in ${brief.language}: no heading, no notes, no list of changes.`,
    ].join('\n'),
  ].join('\n\n');
  return expectingWords(sharedOpening('revision', 'main', revisionSystem(brief), chapterMaterial('revision', input), particular), chapter.targetWords);
}

/** One problem as the revision sees it: the draft's words, what they contradict and where. */
function describeProblem(problem: FindingToFix): string {
  const fix = problem.suggestion ? ` Suggested: ${problem.suggestion}` : '';
  return `- The draft says “${problem.passage}”, but ${problem.where} has “${problem.evidence}”. ${problem.explanation}${fix}`;
}
