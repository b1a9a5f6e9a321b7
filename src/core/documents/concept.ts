import * as z from 'zod';
import { extrasFrom, type DocumentExtras } from './markdown/extras';
import { complete, optionalLine, optionalText, optionalTextList, requiredText, type CompleteResult } from './lenient';

/**
 * The concept: the story's pitch, expanded. The schema is what Gemini is asked to return (as
 * `responseJsonSchema`); its property order is the order the model writes in, so each field can
 * build on the ones before it (logline → premise → conflict → ending).
 */
export const conceptSchema = z.object({
  title: z.string().describe("The story's title. Use the title given in the brief exactly."),
  logline: z.string().describe('One sentence: who the protagonist is, what they want, what stands in the way, and what is at stake.'),
  premise: z.string().describe("The premise expanded into two or three paragraphs of plain prose: the situation, the inciting incident and the story's shape."),
  protagonist: z.string().describe('Who we follow: name, what defines them, and the inner need beneath their goal. Two or three sentences.'),
  setting: z.string().describe('Where and when the story happens, and what about that place matters to the story. Two or three sentences.'),
  centralConflict: z.string().describe('The core opposition driving the story, outer and inner.'),
  stakes: z.string().describe('What is lost if the protagonist fails, for them and for others.'),
  hook: z.string().describe('The opening image, question or situation that pulls a reader in from the first page.'),
  themes: z.array(z.string()).describe('Two to four themes, each a short phrase (e.g. "grief and memory").'),
  tone: z.string().describe('The emotional register and texture of the prose, in a phrase or two.'),
  ending: z.string().describe('The direction of the ending: how the central conflict resolves and what it costs. Not a full synopsis.'),
});

export type ConceptReply = z.infer<typeof conceptSchema>;

/** The concept as the file holds it: the reply's fields plus whatever the writer added. */
export type Concept = ConceptReply & DocumentExtras;

export const CONCEPT_FIELDS = Object.keys(conceptSchema.shape) as Array<keyof ConceptReply>;

/**
 * Completes a (possibly partial) concept: the logline and premise are required; every other field
 * defaults to empty (title '' means "use the brief's title"). Extras are carried over untouched.
 */
export function completeConcept(raw: unknown): CompleteResult<Concept> {
  const result = complete(
    (note) =>
      z.object({
        title: optionalLine(note, 'title'),
        logline: requiredText(),
        premise: requiredText(),
        protagonist: optionalText(note, 'protagonist'),
        setting: optionalText(note, 'setting'),
        centralConflict: optionalText(note, 'centralConflict'),
        stakes: optionalText(note, 'stakes'),
        hook: optionalText(note, 'hook'),
        themes: optionalTextList(note, 'themes'),
        tone: optionalText(note, 'tone'),
        ending: optionalText(note, 'ending'),
      }),
    raw,
    'concept',
  );
  return result.ok ? { ...result, value: { ...result.value, ...extrasFrom(raw) } } : result;
}
