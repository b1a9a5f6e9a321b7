import * as z from 'zod';
import { complete, optionalInt, optionalLine, optionalText, optionalTextList, type CompleteResult, type NoteDefault } from './lenient';
import { extrasFrom, type DocumentExtras, type ExtraSection } from './markdown/extras';

/**
 * The outline: one entry per chapter with what happens (summary), how (beats) and how long. The
 * draft of each chapter is written from its entry, so beats should be concrete events, not moods.
 */

const MAX_CHAPTER_WORDS = 20_000;

/** A chapter may run from half to one and a half times the plan's average. */
function chapterWordsRange(average: number | undefined): { min: number; max: number } {
  if (average === undefined) return { min: 1, max: MAX_CHAPTER_WORDS };
  return { min: Math.max(1, Math.round(average * 0.5)), max: Math.min(MAX_CHAPTER_WORDS, Math.max(2, Math.round(average * 1.5))) };
}

function chapterSchema(numberMax: number | undefined, wordsHint: string, wordsAverage?: number) {
  const number = z.number().int().min(1);
  const words = chapterWordsRange(wordsAverage);
  return z.object({
    number: (numberMax === undefined ? number : number.max(numberMax)).describe('Chapter number, counting from 1 in reading order.'),
    title: z.string().describe('An evocative chapter title, without the word "Chapter" or a number.'),
    summary: z.string().describe('What happens in the chapter and why it matters, in one paragraph.'),
    beats: z.array(z.string()).describe("The chapter's beats in order: concrete events, choices and reversals, one sentence each."),
    targetWords: z.number().int().min(words.min).max(words.max).describe(wordsHint),
    pov: z.string().optional().describe('Viewpoint character of this chapter, when the story has more than one.'),
  });
}

export const outlineChapterSchema = chapterSchema(undefined, 'Target length of the chapter, counted in words.');

/** The outline in general (any number of chapters). Prefer `outlineSchemaFor` when asking a model. */
export const outlineSchema = z.object({
  chapters: z.array(outlineChapterSchema).min(1).describe('The chapters, in reading order.'),
});

/**
 * The schema a model is asked to fill for a story of `chapterCount` chapters: exactly that many
 * (minItems = maxItems), numbered 1..chapterCount, each with a length within half to one and a
 * half times the plan's average, so the chapters add up to roughly the story's length.
 */
export function outlineSchemaFor(chapterCount: number, targetWordsPerChapter: number) {
  return z.object({
    chapters: z.array(outlineChapterSchemaFor(chapterCount, targetWordsPerChapter)).length(chapterCount).describe(`Exactly ${chapterCount} chapters, in reading order.`),
  });
}

/**
 * One chapter of such an outline, for the parts a long outline is written in: the same bounds on
 * its length, so no part can plan a 40-word chapter into a 2,000-words-a-chapter novel.
 */
export function outlineChapterSchemaFor(chapterCount: number, targetWordsPerChapter: number) {
  const hint = `Target length of the chapter, counted in words; about ${targetWordsPerChapter} on average, more for climactic chapters and less for quiet ones.`;
  return chapterSchema(chapterCount, hint, targetWordsPerChapter);
}

export type OutlineChapterReply = z.infer<typeof outlineChapterSchema>;
export type OutlineReply = z.infer<typeof outlineSchema>;

/** A chapter as the file holds it: the reply's fields plus sub-sections the writer added. */
export type OutlineChapter = OutlineChapterReply & { readonly extraSections?: readonly ExtraSection[] };
export type Outline = { chapters: OutlineChapter[] } & DocumentExtras;

export interface OutlineDefaults {
  /** Used for a chapter without a usable target length; without it such a chapter is a problem. */
  readonly targetWordsPerChapter?: number;
}

/**
 * Completes a (possibly partial) outline. Each chapter needs a summary or at least one beat.
 * Chapter numbers are kept when they are distinct whole numbers; otherwise (a model that numbered
 * twice, or not at all) chapters are numbered 1..n in the order given. Chapters come back sorted.
 */
export function completeOutline(raw: unknown, defaults: OutlineDefaults = {}): CompleteResult<Outline> {
  const result = complete((note) => lenientOutline(note, defaults), raw, 'outline');
  if (!result.ok) return result;
  const rawChapters = (raw as { chapters?: unknown[] }).chapters ?? [];
  const withExtras = result.value.chapters.map((c, i) => ({ ...c, ...extrasFrom(rawChapters[i]) }) as OutlineChapter);
  const numbers = withExtras.map((c) => c.number);
  const distinct = numbers.every((n) => n > 0) && new Set(numbers).size === numbers.length;
  const chapters = distinct ? [...withExtras].sort((a, b) => a.number - b.number) : withExtras.map((c, i) => ({ ...c, number: i + 1 }));
  const defaulted = distinct ? result.defaulted : [...new Set([...result.defaulted, 'chapters.number'])];
  return { ok: true, value: { chapters, ...extrasFrom(raw) }, defaulted };
}

function lenientOutline(note: NoteDefault, defaults: OutlineDefaults) {
  const words = z.number().int().min(1).max(MAX_CHAPTER_WORDS);
  const targetWords =
    defaults.targetWordsPerChapter === undefined
      ? z
          .union([
            words,
            z
              .string()
              .regex(/^\s*\d[\d,_ ]*\s*$/)
              .transform((s) => Number(s.replace(/[,_ ]/g, ''))),
          ])
          .pipe(words)
      : optionalInt(note, 'chapters.targetWords', defaults.targetWordsPerChapter, 1, MAX_CHAPTER_WORDS);
  const chapter = z
    .object({
      number: optionalInt(note, 'chapters.number', 0, 1, 999),
      // Models (and writers) sometimes wrap a title in quotes; the quotes are not the title.
      title: optionalLine(note, 'chapters.title').transform((t) => t.replace(/^"(.+)"$|^“(.+)”$/, '$1$2')),
      summary: optionalText(note, 'chapters.summary'),
      beats: optionalTextList(note, 'chapters.beats'),
      targetWords,
      pov: z
        .string()
        .transform((s) => s.replace(/\s+/g, ' ').trim())
        .optional()
        .catch(undefined),
    })
    .refine((c) => c.summary !== '' || c.beats.length > 0, { error: 'needs a summary or at least one beat' })
    .transform(({ pov, ...rest }) => (pov ? { ...rest, pov } : rest));
  return z.object({ chapters: z.array(chapter).min(1, { error: 'needs at least one chapter' }) });
}
