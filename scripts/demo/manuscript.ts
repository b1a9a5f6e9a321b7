// Reads the opening of a compiled manuscript (story.md) for a terminal: the title, then the first
// chapter's heading and first paragraphs, without the front matter and the table of contents,
// wrapped for a terminal.
import { readFileSync } from 'node:fs';

/** The title, the first chapter's heading and its first `paragraphs` paragraphs, as lines with blank lines between. */
export function manuscriptOpening(file: string, paragraphs = 2): string[] {
  const body = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  const blocks = body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  const title = blocks.find((block) => block.startsWith('# '));
  const firstChapter = blocks.findIndex((block) => block.startsWith('## Chapter'));
  const chapter = firstChapter >= 0 ? blocks.slice(firstChapter, firstChapter + 1 + paragraphs) : blocks.slice(0, paragraphs);
  const picked = [...(title ? [title] : []), ...chapter];
  return picked.flatMap((block, i) => (i === 0 ? wrap(block) : ['', ...wrap(block)]));
}

/** Wraps a paragraph to `width` columns, for a readable excerpt in a terminal. */
export function wrap(text: string, width = 96): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line || out.length === 0) out.push(line);
  return out;
}
