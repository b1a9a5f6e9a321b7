import { isNarration } from '../prose';
import type { StyleCheck, StyleHit } from './check';

const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', 'myself']);

/**
 * The brief's point of view, where a slip can be seen from the words alone: in third-person
 * narration, "I", "me", "my" outside dialogue and italic thought. (First and second person cannot
 * be checked this way: "she" is everywhere in first-person prose.)
 */
export const povSlip: StyleCheck = (context) => {
  if (context.pointOfView !== 'third-limited' && context.pointOfView !== 'third-omniscient') return [];
  return context.chapters.flatMap((chapter, index) =>
    chapter.prose.words
      .filter((w) => FIRST_PERSON.has(w.key) && (w.key !== 'i' || w.text === 'I') && isNarration(chapter.prose, w))
      .map((w) => ({ chapter: index, span: { start: w.start, end: w.end }, message: `"${w.text}" in third-person narration.` })),
  );
};

const PAST = /(?<![\p{L}'’])(?:he|she|it|they|we|i)\s+(?:was|were|had|did|said|\p{L}{2,}ed)(?![\p{L}'’])/giu;
const PRESENT = /(?<![\p{L}'’])(?:(?:he|she|it)\s+(?:is|has|does|\p{L}{2,}s)|(?:they|we)\s+(?:are|have|do))(?![\p{L}'’])/giu;
/** Words ending in -s after "he"/"she" that are not present-tense verbs. */
const NOT_VERBS = new Set([
  'was',
  'perhaps',
  'always',
  'sometimes',
  'nevertheless',
  'nonetheless',
  'towards',
  'afterwards',
  'besides',
  'unless',
  'thus',
  'hers',
  'his',
  'its',
  'yes',
  'less',
  'this',
  'as',
  'us',
  'plus',
  'across',
  'upstairs',
  'downstairs',
  'indoors',
  'outdoors',
  'sideways',
  'backwards',
  'forwards',
  'regardless',
  'nowadays',
]);
/** Past-tense hits in narration before a chapter counts as past-tense… */
const MIN_PAST = 10;
/** …and how much past must outweigh present. */
const DOMINANCE = 4;

/**
 * Tense slips: in a chapter whose narration is clearly in the past tense (a pronoun followed by a
 * past form, at least four times as often as by a present one), each present form in narration.
 * Dialogue and italic thought are in their speaker's tense and are not counted.
 */
export const tenseSlip: StyleCheck = (context) =>
  context.chapters.flatMap((chapter, index) => {
    const narration = (m: RegExpMatchArray) => isNarration(chapter.prose, { start: m.index!, end: m.index! + m[0].length });
    const past = [...chapter.prose.masked.matchAll(PAST)].filter(narration).length;
    const present = [...chapter.prose.masked.matchAll(PRESENT)].filter((m) => narration(m) && !NOT_VERBS.has(lastWord(m[0])) && !/(?:ss|us|ous)$/.test(lastWord(m[0])));
    if (past < MIN_PAST || past < DOMINANCE * present.length) return [];
    return present.map((m): StyleHit => ({
      chapter: index,
      span: { start: m.index!, end: m.index! + m[0].length },
      message: `"${m[0].replace(/\s+/g, ' ')}": present tense in a chapter narrated in the past.`,
    }));
  });

function lastWord(text: string): string {
  return text.split(/\s+/).pop()!.toLowerCase();
}
