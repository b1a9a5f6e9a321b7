import { INTENSIFIERS, isLyAdverb } from '../wordLists';
import type { Word } from '../prose';
import type { StyleCheck, StyleHit } from './check';

/** Adverbs and intensifiers in one paragraph before it is reported… */
const MIN_HITS = 4;
/** …and their share of the paragraph's words (fiction runs at 1–3 %). */
const MIN_DENSITY = 0.07;

/**
 * Adverb and intensifier density, per paragraph: one "softly" is a choice, four in forty words is
 * a habit. The finding spans from the first such word to the last and names them.
 */
export const adverbDensity: StyleCheck = (context) =>
  context.chapters.flatMap((chapter, index) => {
    const hits: StyleHit[] = [];
    const words = chapter.prose.words;
    let w = 0;
    for (const p of chapter.prose.paragraphs) {
      while (w < words.length && words[w]!.start < p.start) w++;
      const inParagraph: Word[] = [];
      while (w < words.length && words[w]!.end <= p.end) inParagraph.push(words[w++]!);
      const found = inParagraph.filter((word) => isLyAdverb(word.key) || INTENSIFIERS.has(word.key));
      if (found.length < MIN_HITS || found.length / inParagraph.length < MIN_DENSITY) continue;
      hits.push({
        chapter: index,
        span: { start: found[0]!.start, end: found[found.length - 1]!.end },
        message: `${found.length} adverbs and intensifiers in ${inParagraph.length} words (${found.map((x) => x.text).join(', ')}).`,
      });
    }
    return hits;
  });
