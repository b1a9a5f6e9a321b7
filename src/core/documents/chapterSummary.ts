import { normalizeNewlines } from './markdown/text';

/** Long enough to carry the scene's last beat, short enough not to crowd the next chapter's prompt. */
export const DEFAULT_SUMMARY_CHARS = 1500;

/**
 * Where the previous chapter leaves off, for sequential drafting when no model-written summary is
 * available: its last paragraphs, up to `maxChars`. The ending matters more than the gist here,
 * because the next chapter has to pick up the thread (who is where, what was just said). Headings
 * and scene breaks are skipped; a single over-long paragraph is cut at a sentence start.
 */
export function summarizeForNext(prose: string, maxChars = DEFAULT_SUMMARY_CHARS): string {
  const paragraphs = normalizeNewlines(prose)
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !/^#{1,6}\s/.test(p) && !/^(?:[*\-_#~=•·]\s*){3,}$/.test(p));
  const kept: string[] = [];
  let length = 0;
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i]!;
    const added = length === 0 ? p.length : p.length + 2;
    if (length + added > maxChars) break;
    kept.unshift(p);
    length += added;
  }
  if (kept.length > 0 || paragraphs.length === 0) return kept.join('\n\n');
  return tailAtSentence(paragraphs.at(-1)!, maxChars);
}

function tailAtSentence(paragraph: string, maxChars: number): string {
  const tail = paragraph.slice(paragraph.length - (maxChars - 1));
  const sentenceStart = /[.!?…]["”’)]?\s+(?=\S)/.exec(tail);
  const wordStart = /\s+(?=\S)/.exec(tail);
  const cut = sentenceStart ? sentenceStart.index + sentenceStart[0].length : wordStart ? wordStart.index + wordStart[0].length : 0;
  return `…${tail.slice(cut)}`;
}
