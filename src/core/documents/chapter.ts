import { renderHeading } from './markdown/sections';
import { normalizeNewlines, unwrapCodeFence } from './markdown/text';

/**
 * Draft and revision chapters are prose: `# Chapter N: Title` and the text. The heading is ours;
 * the prose is the model's (and then the writer's) and is kept as written.
 */

export interface ChapterText {
  /** From the heading, when it has one. */
  readonly number?: number;
  readonly title?: string;
  readonly prose: string;
}

export function renderChapter(number: number, title: string, prose: string): string {
  const heading = renderHeading(1, title.trim() ? `Chapter ${number}: ${title.trim()}` : `Chapter ${number}`);
  return `${heading}\n\n${normalizeNewlines(prose).trim()}\n`;
}

const CHAPTER_HEADING = /^#{1,6}[ \t]+(?:chapter|ch\.?)[ \t]+(\d{1,3})\b[ \t]*(?:[:.\-–—)|][ \t]*)?(.*?)(?:[ \t]+#+)?[ \t]*$/i;
/** `**Chapter 3: The Storm**` on a line of its own: a heading in all but syntax. */
const BOLD_CHAPTER_LINE = /^(\*\*|__)(?:chapter|ch\.?)\s+\d{1,3}\b.*\1$/i;
const ANY_HEADING = /^#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;

/**
 * Splits a chapter file's body into its heading and prose. A leading `# Chapter N: Title` gives
 * the number and title; another leading `#` heading gives the title only; no heading: all prose.
 */
export function parseChapter(body: string): ChapterText {
  const text = normalizeNewlines(body).replace(/^\s*\n/, '');
  const firstLine = text.split('\n', 1)[0] ?? '';
  const rest = () => text.slice(firstLine.length).trim();
  const chapter = CHAPTER_HEADING.exec(firstLine.trim());
  if (chapter) {
    const title = chapter[2]!.trim();
    return { number: Number(chapter[1]), ...(title ? { title: unescapeTrailingHashes(title) } : {}), prose: rest() };
  }
  const heading = /^#[ \t]/.test(firstLine.trim()) ? ANY_HEADING.exec(firstLine.trim()) : null;
  if (heading) return { title: unescapeTrailingHashes(heading[1]!.trim()), prose: rest() };
  return { prose: text.trim() };
}

/**
 * The prose in a model's reply: without a wrapping code fence and without a chapter heading the
 * model added although it was asked not to (we add our own).
 */
export function proseFromModel(reply: string): string {
  let text = unwrapCodeFence(normalizeNewlines(reply)).trim();
  const first = text.split('\n', 1)[0] ?? '';
  if (CHAPTER_HEADING.test(first.trim()) || /^#[ \t]/.test(first) || BOLD_CHAPTER_LINE.test(first.trim())) text = text.slice(first.length).trim();
  return text;
}

/** `C\#` → `C#`: the escape `renderHeading` adds so a trailing `#` is not read as decoration. */
function unescapeTrailingHashes(text: string): string {
  return text.replace(/\\(#+)$/, '$1');
}
