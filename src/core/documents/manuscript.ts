import type { Brief } from '../story/brief';
import type { Concept } from './concept';
import { normalizeNewlines } from './markdown/text';

/** One chapter as it goes into the manuscript, and which stage its prose came from. */
export interface ManuscriptChapter {
  readonly number: number;
  readonly title: string;
  readonly prose: string;
  /** `draft` where revision was skipped or failed (the recovery strategy `skip_optional`). */
  readonly source: 'revision' | 'draft';
}

/**
 * The finished story as one Markdown file (`story.md`), with no model call: a title page (title
 * and logline), a table of contents linking to each chapter, then the chapters in order. Chapter
 * headings are `##` under the book's `#` title; headings inside the prose are pushed down one
 * level so they stay inside their chapter.
 */
export function assembleManuscript(brief: Brief, concept: Concept | undefined, chapters: readonly ManuscriptChapter[]): string {
  const ordered = [...chapters].sort((a, b) => a.number - b.number);
  const anchors = new AnchorMaker();
  const headings = ordered.map((c) => (c.title.trim() ? `Chapter ${c.number}: ${c.title.trim()}` : `Chapter ${c.number}`));
  anchors.make(brief.title);
  anchors.make('Contents');
  const links = headings.map((h) => `[${h}](#${anchors.make(h)})`);

  const parts = [`# ${brief.title}`];
  if (concept?.logline) parts.push(`*${concept.logline.replace(/\s*\n\s*/g, ' ').replace(/\*/g, '\\*')}*`);
  if (ordered.length > 0) parts.push('## Contents', links.map((l, i) => `${i + 1}. ${l}`).join('\n'));
  ordered.forEach((c, i) => parts.push('---', `## ${headings[i]}`, demoteHeadings(normalizeNewlines(c.prose).trim())));
  return `${parts.join('\n\n')}\n`;
}

/** `# Scene` in a chapter's prose would outrank the chapter heading; push it below `##`. */
function demoteHeadings(prose: string): string {
  let inFence = false;
  return prose
    .split('\n')
    .map((line) => {
      if (/^ {0,3}(```|~~~)/.test(line)) inFence = !inFence;
      const m = inFence ? null : /^( {0,3})(#{1,6})(\s)/.exec(line);
      return m ? `${m[1]}${'#'.repeat(Math.min(6, Math.max(3, m[2]!.length + 2)))}${line.slice(m[1]!.length + m[2]!.length)}` : line;
    })
    .join('\n');
}

/**
 * GitHub-style heading anchors (what VS Code's Markdown preview uses): lower case, punctuation
 * dropped, spaces to hyphens, `-1`, `-2` … for repeats. Unicode letters are kept.
 */
class AnchorMaker {
  private readonly seen = new Map<string, number>();

  make(heading: string): string {
    const base = heading
      .toLowerCase()
      .trim()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = this.seen.get(base) ?? 0;
    this.seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count}`;
  }
}
