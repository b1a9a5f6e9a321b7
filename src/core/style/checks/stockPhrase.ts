import type { Prose, Span } from '../prose';
import { normalizePhrase, type PhraseList } from '../stockPhrases';
import type { StyleCheck } from './check';

/** Every stock phrase in a chapter, longest first where two overlap, minus the allowed wordings. */
export function findStockPhrases(prose: Prose, phrases: PhraseList): Span[] {
  const hits: Span[] = [];
  for (const { regex } of phrases.patterns) {
    for (const m of prose.masked.matchAll(regex)) {
      if (m[0].length === 0) continue;
      if (phrases.allowed.has(normalizePhrase(m[0]))) continue;
      hits.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const h of hits) if (!kept.length || h.start >= kept[kept.length - 1]!.end) kept.push(h);
  return kept;
}

export const stockPhrase: StyleCheck = (context) =>
  context.chapters.flatMap((chapter, index) =>
    (context.stockSpans.get(index) ?? []).map((span) => ({
      chapter: index,
      span,
      message: `Stock phrase "${chapter.prose.text.slice(span.start, span.end).replace(/\s+/g, ' ')}".`,
    })),
  );
