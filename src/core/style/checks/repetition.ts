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
  const seen = new Map<string, Occurrence[]>();
  context.chapters.forEach((chapter, index) => {
    const stock = context.stockSpans.get(index) ?? [];
    for (const sentence of chapter.prose.sentences) {
      const words = chapter.prose.words.slice(sentence.firstWord, sentence.firstWord + sentence.wordCount);
      for (let i = 0; i + PHRASE_WORDS <= words.length; i++) {
        const gram = words.slice(i, i + PHRASE_WORDS);
        if (contentWords(gram, i === 0) < PHRASE_CONTENT_WORDS) continue;
        const span = { start: gram[0]!.start, end: gram[PHRASE_WORDS - 1]!.end };
        if (stock.some((s) => overlaps(s, span))) continue;
        const key = gram.map((w) => w.key).join(' ');
        const list = seen.get(key) ?? [];
        list.push({ chapter: index, span });
        seen.set(key, list);
      }
    }
  });
  const hits: StyleHit[] = [];
  for (const occurrences of seen.values()) {
    const first = occurrences[0]!;
    if (!occurrences.some((o) => o.chapter !== first.chapter)) continue;
    for (const o of occurrences) if (o.chapter !== first.chapter) hits.push({ chapter: o.chapter, span: o.span, message: '', evidence: [first] });
  }
  return mergeOverlapping(hits).map((h) => ({ ...h, message: `Repeated phrase ${quoted(context.chapters[h.chapter]!, h.span)}, also in an earlier chapter.` }));
};

/**
 * Sentence openings (first three words of narration) used three times or more across two
 * chapters or more: each use after the first is reported, with the first as evidence, unless it is
 * part of a repeated phrase (reported as that).
 */
export const repeatedOpening: StyleCheck = (context) => {
  // A sentence that repeats a whole phrase is reported once, as the phrase.
  const phrases = repeatedPhrase(context);
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
    if (occurrences.length < OPENING_REPEATS || new Set(occurrences.map((o) => o.chapter)).size < 2) continue;
    const [first, ...rest] = occurrences;
    for (const o of rest) {
      if (phrases.some((p) => p.chapter === o.chapter && overlaps(p.span, o.span))) continue;
      hits.push({
        chapter: o.chapter,
        span: o.span,
        message: `${occurrences.length} sentences in ${new Set(occurrences.map((x) => x.chapter)).size} chapters open with ${quoted(context.chapters[o.chapter]!, o.span)}.`,
        evidence: [first!],
      });
    }
  }
  return hits;
};

function openingWords(words: readonly Word[], sentence: Sentence): Word[] {
  return words.slice(sentence.firstWord, sentence.firstWord + OPENING_WORDS);
}

/** Content words that are not names: lower case, or capitalised only because they open the sentence. */
function contentWords(words: readonly Word[], firstOpensSentence: boolean): number {
  return words.filter((w, i) => !STOP_WORDS.has(w.key) && (!isCapitalised(w.text) || (i === 0 && firstOpensSentence))).length;
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
