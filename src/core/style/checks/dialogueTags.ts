import { BOOKISMS, SPEECH_VERBS, isLyAdverb } from '../wordLists';
import { isNarration, VOICE, type Prose, type Span } from '../prose';
import type { StyleCheck, StyleHit } from './check';

const TAG_VERBS = [...new Set([...SPEECH_VERBS, ...BOOKISMS])].join('|');
const VERB_THEN_ADVERB = new RegExp(`(?<![\\p{L}])(?:${TAG_VERBS})\\s+(\\p{L}+ly)(?![\\p{L}])`, 'giu');
const ADVERB_THEN_VERB = new RegExp(`(?<![\\p{L}])(\\p{L}+ly)\\s+(?:${TAG_VERBS})(?![\\p{L}])`, 'giu');
/** Who a tag names: a pronoun, a name ("Mara", "Captain Hale"), or a described speaker ("the man", "her old nurse"). */
const SPEAKER = "(?:she|he|they|i|we|you|\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?|(?:the|a|an|his|her|their|my|our|your)\\s+(?:\\p{Ll}+\\s+)?\\p{Ll}+)";
const BOOKISM = `(${BOOKISMS.join('|')})`;
/**
 * The line's own punctuation says whether what follows is a tag: `"Fine," she hissed` (a comma,
 * or `!`, `?`, a dash or an ellipsis) is; `"Fine." She laughed.` is an action beat. The tag is in
 * the same paragraph (one line break at most).
 */
const AFTER_LINE = '[,!?…—–-][”"’][ \\t]*\\n?[ \\t]*';
/** `"…," she hissed`, `"…," hissed Mara`, `She hissed, “` / `Mara hissed: "`. */
const BOOKISM_TAGS = [
  new RegExp(`${AFTER_LINE}${SPEAKER}\\s+${BOOKISM}(?![\\p{L}])`, 'gu'),
  new RegExp(`${AFTER_LINE}${BOOKISM}\\s+${SPEAKER}(?![\\p{L}])`, 'gu'),
  new RegExp(`(?<![\\p{L}])${SPEAKER}\\s+${BOOKISM}\\s*[,:]\\s*[“"‘]`, 'gu'),
];

/** A dialogue tag with an adverb on it: `she said softly`, `he quietly asked`. */
export const tagAdverb: StyleCheck = (context) =>
  context.chapters.flatMap((chapter, index) => {
    const hits: StyleHit[] = [];
    for (const regex of [VERB_THEN_ADVERB, ADVERB_THEN_VERB]) {
      for (const m of chapter.prose.masked.matchAll(regex)) {
        const span = { start: m.index, end: m.index + m[0].length };
        if (!isLyAdverb(m[1]!.toLowerCase()) || !isTag(chapter.prose, span)) continue;
        hits.push({ chapter: index, span, message: `Dialogue tag with an adverb: "${m[0].replace(/\s+/g, ' ')}".` });
      }
    }
    return hits;
  });

/** Dialogue tags that perform: `"Get out," she hissed.` */
export const saidBookism: StyleCheck = (context) =>
  context.chapters.flatMap((chapter, index) => {
    const hits: StyleHit[] = [];
    const seen = new Set<number>();
    for (const regex of BOOKISM_TAGS) {
      for (const m of chapter.prose.masked.matchAll(regex)) {
        const verb = m[1]!;
        const start = m.index + m[0].search(new RegExp(`(?<![\\p{L}])${verb}(?![\\p{L}])`, 'u'));
        const span = { start, end: start + verb.length };
        if (seen.has(start) || !isNarration(chapter.prose, span)) continue;
        seen.add(start);
        hits.push({ chapter: index, span, message: `Said-bookism "${verb}" as a dialogue tag.` });
      }
    }
    return hits;
  });

/** A tag is narration in a paragraph that has dialogue. */
function isTag(prose: Prose, span: Span): boolean {
  if (!isNarration(prose, span)) return false;
  const paragraph = prose.paragraphs.find((p) => p.start <= span.start && span.end <= p.end);
  return paragraph !== undefined && prose.voice.subarray(paragraph.start, paragraph.end).includes(VOICE.dialogue);
}
