import * as z from 'zod';
import { tagged } from '../prompts/storyContext';

/**
 * The continuity prompts: extract a chapter's facts, check a chapter against the bible and the
 * facts of the chapters before it, rewrite one passage to agree. Material comes in tags; every
 * source a check may cite is a `<source name="…">` block, and the reply must name one of those
 * names, so where the evidence is can be read back and verified.
 */

/** Bump when a prompt's meaning changes: every stored fact and check is then made again. */
export const CONTINUITY_PROMPT_VERSION = 1;

export const CONTINUITY_CATEGORIES = ['character', 'timeline', 'place-object', 'world-rule', 'plot-causality'] as const;
export type ContinuityCategory = (typeof CONTINUITY_CATEGORIES)[number];

/** The name a check's reply uses for the bible. */
export const BIBLE_SOURCE = 'bible';

/** The name a check's reply uses for an earlier chapter. */
export function chapterSource(chapter: number): string {
  return `chapter ${chapter}`;
}

export interface ContinuityPrompt {
  readonly systemInstruction: string;
  readonly prompt: string;
  /** Words the reply holds, roughly: sizes the output budget. */
  readonly replyWords: number;
}

const EDITOR_STANCE =
  'You are a meticulous continuity editor for fiction. You read closely and quote exactly: every quote you give is copied character for character from the material, never paraphrased, shortened inside or corrected.';

export function extractionPrompt(input: { readonly title: string; readonly chapter: number; readonly prose: string }): ContinuityPrompt {
  const prompt = [
    `List the facts Chapter ${input.chapter} of "${input.title}" establishes that later chapters must stay consistent with.`,
    tagged('chapter_text', input.prose),
    [
      'Instructions:',
      '- Who is present and what they are like (appearance, age, abilities, what they know); where and when scenes happen and how much time passes.',
      '- What changes: injuries, deaths, possessions gained or lost, relationships made or broken, secrets revealed, promises made.',
      '- Objects and places that matter later, and any rule of the world the chapter shows.',
      '- For each fact give the words of the chapter that establish it, copied exactly: one sentence or part of one.',
      '- Only what the chapter states or shows; no guesses, no themes.',
    ].join('\n'),
  ].join('\n\n');
  return { systemInstruction: EDITOR_STANCE, prompt, replyWords: 600 };
}

export interface CheckPromptInput {
  readonly title: string;
  readonly chapter: number;
  readonly prose: string;
  /** The chapter's outline entry as `chapterBrief` renders it. */
  readonly outlineEntry: string;
  readonly bible: string;
  /** Earlier chapters' facts files, in chapter order. */
  readonly earlierFacts: readonly { readonly chapter: number; readonly facts: string }[];
}

export function checkPrompt(input: CheckPromptInput): ContinuityPrompt {
  const sources = [source(BIBLE_SOURCE, input.bible), ...input.earlierFacts.map((f) => source(chapterSource(f.chapter), f.facts))];
  const prompt = [
    `Check Chapter ${input.chapter} of "${input.title}" for continuity errors: places where it contradicts the story bible or what earlier chapters established.`,
    tagged('chapter_text', input.prose),
    input.outlineEntry,
    ...sources,
    [
      'Instructions:',
      '- Report each contradiction once: a character (appearance, name, age, ability, knowledge, voice, alive or dead), the timeline, a place or object, a rule of the world, or cause and effect in the plot.',
      "- `passage`: the words of chapter_text that contradict, copied exactly. `evidence`: the words they contradict, copied exactly from one source block; `evidenceSource`: that block's name.",
      '- A change the story shows happening (a wound that heals, a move, a lesson learned) is not a contradiction; nor is something the material leaves open.',
      '- Explain each in one line, and suggest the smallest change to the passage that makes it agree.',
      '- No contradictions: an empty list.',
    ].join('\n'),
  ].join('\n\n');
  return { systemInstruction: EDITOR_STANCE, prompt, replyWords: 800 };
}

function source(name: string, content: string): string {
  return `<source name="${name}">\n${content.trim()}\n</source>`;
}

/** The check's reply; `evidenceSource` is one of the source names the prompt showed. */
export function checkSchema(sourceNames: readonly [string, ...string[]]) {
  return z.object({
    findings: z.array(
      z.object({
        category: z.enum(CONTINUITY_CATEGORIES).describe('What kind of continuity the passage breaks.'),
        passage: z.string().describe('The words of the checked chapter that contradict, copied exactly.'),
        evidence: z.string().describe('The words of the source they contradict, copied exactly.'),
        evidenceSource: z.enum(sourceNames).describe('The name of the source block the evidence is copied from.'),
        explanation: z.string().describe('One line: what contradicts what.'),
        suggestedFix: z.string().describe('The smallest change to the passage that makes it agree.'),
      }),
    ),
  });
}

export type CheckReply = z.infer<ReturnType<typeof checkSchema>>;
export type ModelFinding = CheckReply['findings'][number];

export interface RewriteInput {
  readonly passage: string;
  /** The paragraph the passage sits in, for voice and grammar. */
  readonly paragraph: string;
  readonly evidence: string;
  readonly evidenceSource: string;
  readonly explanation: string;
  readonly suggestion?: string;
}

export function rewritePrompt(input: RewriteInput): ContinuityPrompt {
  const words = input.passage.trim().split(/\s+/).length;
  const prompt = [
    `Rewrite one passage of a chapter, about ${words} words, so that it agrees with the story's established facts.`,
    tagged('passage', input.passage),
    tagged('paragraph', input.paragraph),
    tagged('established', `${input.evidence}\n(from the ${input.evidenceSource})`),
    tagged('problem', [input.explanation, ...(input.suggestion ? [`Suggested fix: ${input.suggestion}`] : [])].join('\n')),
    [
      'Instructions:',
      '- Change only what the contradiction needs; keep the voice, tense, rhythm and everything else the passage says.',
      '- The result must read naturally in place of the passage inside the paragraph.',
      '- Output only the rewritten passage: no quotes around it, no notes.',
    ].join('\n'),
  ].join('\n\n');
  return { systemInstruction: "You are a fiction editor making the smallest change that fixes a continuity error, in the author's voice.", prompt, replyWords: words };
}
