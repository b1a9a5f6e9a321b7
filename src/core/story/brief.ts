import * as z from 'zod';

/**
 * The brief: what the writer asks for. It lives in `brief.md` (YAML front matter + the premise as
 * the body) and is the one input every stage depends on. This module holds the schema and the
 * types; `briefFile.ts` reads and writes the file.
 */

export const POINTS_OF_VIEW = ['first', 'second', 'third-limited', 'third-omniscient'] as const;
export type PointOfView = (typeof POINTS_OF_VIEW)[number];

/** Bounds in one place: the schema, the messages and the tests all read them. */
export const BRIEF_LIMITS = {
  titleChars: 200,
  labelChars: 120,
  languageChars: 60,
  targetWords: { min: 300, max: 500_000 },
  chapters: { min: 1, max: 100 },
  /** Characters (UTF-16 units). A 1 MB premise is an expected use: world notes pasted whole. */
  premiseChars: 2_000_000,
} as const;

export const BRIEF_DEFAULTS = {
  pointOfView: 'third-limited' as PointOfView,
  /** Matches the `storyWriter.story.targetWordCount` default. */
  targetWords: 3000,
  language: 'English',
} as const;

const oneLine = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(/^[^\r\n]*$/, 'one line');

/**
 * Genre, tone and audience are optional on purpose: absent means "let the story decide", which a
 * prompt can say honestly, rather than a made-up default like "tone: engaging".
 */
export const briefSchema = z.object({
  title: oneLine(BRIEF_LIMITS.titleChars),
  genre: oneLine(BRIEF_LIMITS.labelChars).optional(),
  tone: oneLine(BRIEF_LIMITS.labelChars).optional(),
  audience: oneLine(BRIEF_LIMITS.labelChars).optional(),
  pointOfView: z.enum(POINTS_OF_VIEW).default(BRIEF_DEFAULTS.pointOfView),
  targetWords: z.number().int().min(BRIEF_LIMITS.targetWords.min).max(BRIEF_LIMITS.targetWords.max).default(BRIEF_DEFAULTS.targetWords),
  chapters: z.number().int().min(BRIEF_LIMITS.chapters.min).max(BRIEF_LIMITS.chapters.max).optional(),
  language: oneLine(BRIEF_LIMITS.languageChars).default(BRIEF_DEFAULTS.language),
  premise: z.string().trim().min(1).max(BRIEF_LIMITS.premiseChars),
});

export type Brief = z.output<typeof briefSchema>;
/** What a caller may leave out (defaults fill it in). */
export type BriefInput = z.input<typeof briefSchema>;

export type BriefField = keyof Brief;
export const BRIEF_FIELDS = Object.keys(briefSchema.shape) as BriefField[];

/** What each field accepts, in words, for messages like "`x` must be <allowed> (found …)". */
export const BRIEF_ALLOWED: Record<BriefField, string> = {
  title: `one line of at most ${BRIEF_LIMITS.titleChars} characters`,
  genre: `one line of at most ${BRIEF_LIMITS.labelChars} characters`,
  tone: `one line of at most ${BRIEF_LIMITS.labelChars} characters`,
  audience: `one line of at most ${BRIEF_LIMITS.labelChars} characters`,
  pointOfView: `one of ${POINTS_OF_VIEW.join(', ')}`,
  targetWords: `a whole number from ${BRIEF_LIMITS.targetWords.min} to ${BRIEF_LIMITS.targetWords.max}`,
  chapters: `a whole number from ${BRIEF_LIMITS.chapters.min} to ${BRIEF_LIMITS.chapters.max}`,
  language: `one line of at most ${BRIEF_LIMITS.languageChars} characters, e.g. English`,
  premise: `text of at most ${BRIEF_LIMITS.premiseChars} characters`,
};

/** Human wording of a point of view, for prompts and the title page. */
export const POINT_OF_VIEW_WORDS: Record<PointOfView, string> = {
  first: 'first person',
  second: 'second person',
  'third-limited': 'third person limited (close on one viewpoint character at a time)',
  'third-omniscient': 'third person omniscient',
};

/**
 * Reads the ways writers actually spell a point of view ("1st person", "close third",
 * "Omniscient", "third person limited") as one of the four ids, or undefined.
 */
export function normalizePointOfView(raw: string): PointOfView | undefined {
  const words = raw
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(person|pov|point|of|view|narrator|narration)\b/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const has = (w: string) => words.includes(w);
  if (has('first') || has('1st')) return 'first';
  if (has('second') || has('2nd')) return 'second';
  if (has('omniscient')) return 'third-omniscient';
  if (has('third') || has('3rd') || has('limited') || has('close')) return 'third-limited';
  return undefined;
}
