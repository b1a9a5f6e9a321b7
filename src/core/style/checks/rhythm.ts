import type { Sentence } from '../prose';
import type { StyleCheck, StyleHit } from './check';

/** Sentences in a row that must share nearly one length before the run is reported. */
const RUN = 6;
/** Coefficient of variation (standard deviation / mean) under which lengths count as "nearly one". */
const MAX_VARIATION = 0.15;
/** Very short sentences in a row are a deliberate effect (staccato), not monotony. */
const MIN_MEAN_WORDS = 6;

/**
 * Very low sentence-length variety: six or more consecutive sentences whose word counts vary by
 * less than 15 % of their mean. Published prose varies far more (its coefficient is typically 0.5
 * or higher), so such a run is the even, metronomic rhythm of generated text.
 */
export const flatRhythm: StyleCheck = (context) =>
  context.chapters.flatMap((chapter, index) => {
    const sentences = chapter.prose.sentences;
    const flat = new Array<boolean>(sentences.length).fill(false);
    for (let i = 0; i + RUN <= sentences.length; i++) {
      if (isFlat(sentences.slice(i, i + RUN))) flat.fill(true, i, i + RUN);
    }
    const hits: StyleHit[] = [];
    for (let i = 0; i < sentences.length; i++) {
      if (!flat[i]) continue;
      let j = i;
      while (j + 1 < sentences.length && flat[j + 1]) j++;
      const run = sentences.slice(i, j + 1);
      const lengths = run.map((s) => s.wordCount);
      hits.push({
        chapter: index,
        span: { start: run[0]!.start, end: run[run.length - 1]!.end },
        message: `${run.length} sentences in a row of ${Math.min(...lengths)}–${Math.max(...lengths)} words.`,
      });
      i = j;
    }
    return hits;
  });

function isFlat(run: readonly Sentence[]): boolean {
  const lengths = run.map((s) => s.wordCount);
  const mean = lengths.reduce((a, b) => a + b, 0) / lengths.length;
  if (mean < MIN_MEAN_WORDS) return false;
  const sd = Math.sqrt(lengths.reduce((a, b) => a + (b - mean) ** 2, 0) / lengths.length);
  return sd / mean < MAX_VARIATION;
}
