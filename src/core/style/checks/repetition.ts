import { STOP_WORDS } from '../wordLists';
import type { Sentence, Span, Word } from '../prose';
import { overlaps, quoted, type StyleCheck, type StyleHit } from './check';

/** Words in a repeated phrase: long enough that a repeat is a choice, not grammar. */
const PHRASE_WORDS = 5;
/** Lower-case content words a phrase needs: names and function words repeat by nature. */
const PHRASE_CONTENT_WORDS = 3;
/** Words in a sentence opening. */
const OPENING_WORDS = 3;
/** Sentences that must share an opening (in two chapters or more) before it is reported. */
const OPENING_REPEATS = 3;

interface Occurrence {
  readonly chapter: number;
  readonly span: Span;
}

/**
 * Phrases of five or more words found in two chapters or more. The first occurrence is the
 * evidence; each later chapter's occurrences are reported (overlapping windows of one long
 * phrase merged into one finding). Dialogue counts: a catchphrase is still a repeat.
 */
export const repeatedPhrase: StyleCheck = (context) => {
  const cached = phrasesOf.get(context);
  if (cached) return cached;
  const seen = new Map<string, Occurrence[]>();
  context.chapters.forEach((chapter, index) => {
    const stock = context.stockSpans.get(index) ?? [];
    const words = chapter.prose.words;
    for (const sentence of chapter.prose.sentences) {
      const first = sentence.firstWord;
      const end = first + sentence.wordCount;
      // Content words in the window [i, i + PHRASE_WORDS), kept as the window slides.
      let content = 0;
      for (let i = first; i < end; i++) {
        content += isContent(words[i]!, i === first) ? 1 : 0;
        const start = i - PHRASE_WORDS + 1;
        if (start > first) content -= isContent(words[start - 1]!, start - 1 === first) ? 1 : 0;
        if (start < first || content < PHRASE_CONTENT_WORDS) continue;
        const span = { start: words[start]!.start, end: words[i]!.end };
        if (stock.some((s) => overlaps(s, span))) continue;
        let key = words[start]!.key;
        for (let k = start + 1; k <= i; k++) key += ` ${words[k]!.key}`;
        const list = seen.get(key);
        if (list) list.push({ chapter: index, span });
        else seen.set(key, [{ chapter: index, span }]);
      }
    }
  });
  const hits: StyleHit[] = [];
  for (const occurrences of seen.values()) {
    const first = occurrences[0]!;
    if (!occurrences.some((o) => o.chapter !== first.chapter)) continue;
    for (const o of occurrences) if (o.chapter !== first.chapter) hits.push({ chapter: o.chapter, span: o.span, message: '', evidence: [first] });
  }
  const result = mergeOverlapping(hits).map((h) => ({ ...h, message: `Repeated phrase ${quoted(context.chapters[h.chapter]!, h.span)}, also in an earlier chapter.` }));
  phrasesOf.set(context, result);
  return result;
};

/** Both repeat rules need the repeated phrases of one lint: found once. */
const phrasesOf = new WeakMap<object, StyleHit[]>();

/**
 * Sentence openings (first three words of narration) used three times or more across two
 * chapters or more: each use after the first is reported, with the first as evidence, unless it is
 * part of a repeated phrase (reported as that).
 */
export const repeatedOpening: StyleCheck = (context) => {
  // A sentence that repeats a whole phrase is reported once, as the phrase.
  const covered = coveredBy(repeatedPhrase(context));
  const seen = new Map<string, Occurrence[]>();
  context.chapters.forEach((chapter, index) => {
    for (const sentence of chapter.prose.sentences) {
      if (sentence.dialogue || sentence.wordCount < OPENING_WORDS + 1) continue;
      const words = openingWords(chapter.prose.words, sentence);
      if (contentWords(words, true) < 1) continue;
      const key = words.map((w) => w.key).join(' ');
      const list = seen.get(key) ?? [];
      list.push({ chapter: index, span: { start: words[0]!.start, end: words[OPENING_WORDS - 1]!.end } });
      seen.set(key, list);
    }
  });
  const hits: StyleHit[] = [];
  for (const occurrences of seen.values()) {
    const chapters = new Set(occurrences.map((o) => o.chapter)).size;
    if (occurrences.length < OPENING_REPEATS || chapters < 2) continue;
    const [first, ...rest] = occurrences;
    for (const o of rest) {
      if (covered(o)) continue;
      hits.push({
        chapter: o.chapter,
        span: o.span,
        message: `${occurrences.length} sentences in ${chapters} chapters open with ${quoted(context.chapters[o.chapter]!, o.span)}.`,
        evidence: [first!],
      });
    }
  }
  return hits;
};

/** Whether a span overlaps one of `hits` (sorted by chapter and start, without overlaps: a binary search). */
function coveredBy(hits: readonly StyleHit[]): (o: Occurrence) => boolean {
  return (o) => {
    let lo = 0;
    let hi = hits.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const h = hits[mid]!;
      if (h.chapter < o.chapter || (h.chapter === o.chapter && h.span.end <= o.span.start)) lo = mid + 1;
      else if (h.chapter > o.chapter || h.span.start >= o.span.end) hi = mid - 1;
      else return true;
    }
    return false;
  };
}

function openingWords(words: readonly Word[], sentence: Sentence): Word[] {
  return words.slice(sentence.firstWord, sentence.firstWord + OPENING_WORDS);
}

/** Content words that are not names: lower case, or capitalised only because they open the sentence. */
function contentWords(words: readonly Word[], firstOpensSentence: boolean): number {
  return words.filter((w, i) => isContent(w, i === 0 && firstOpensSentence)).length;
}

function isContent(w: Word, opensSentence: boolean): boolean {
  return !STOP_WORDS.has(w.key) && (opensSentence || !isCapitalised(w.text));
}

function isCapitalised(text: string): boolean {
  const first = text[0]!;
  return first !== first.toLowerCase();
}

function mergeOverlapping(hits: StyleHit[]): StyleHit[] {
  hits.sort((a, b) => a.chapter - b.chapter || a.span.start - b.span.start);
  const out: StyleHit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && last.chapter === h.chapter && h.span.start < last.span.end) {
      out[out.length - 1] = { ...last, span: { start: last.span.start, end: Math.max(last.span.end, h.span.end) }, evidence: mergeEvidence(last.evidence ?? [], h.evidence ?? []) };
    } else out.push(h);
  }
  return out;
}

/** The earlier occurrence of a merged phrase: its windows joined where they touch in one chapter. */
function mergeEvidence(a: readonly Occurrence[], b: readonly Occurrence[]): Occurrence[] {
  const out = [...a];
  for (const e of b) {
    const i = out.findIndex((o) => o.chapter === e.chapter && e.span.start <= o.span.end && o.span.start <= e.span.end);
    if (i < 0) out.push(e);
    else out[i] = { chapter: e.chapter, span: { start: Math.min(out[i]!.span.start, e.span.start), end: Math.max(out[i]!.span.end, e.span.end) } };
  }
  return out;
}
