import { parseFrontMatter } from '../documents/markdown/frontMatter';

/** A story's own style file, beside `brief.md`. */
export const STYLE_GUIDE_FILE = 'style.md';

export interface StyleGuide {
  /** Phrases this story must not use, reported as stock phrases. */
  readonly avoid: readonly string[];
  /** Wordings the built-in list would report that this story uses on purpose. */
  readonly allow: readonly string[];
}

/**
 * Reads the list items under any heading that says "Avoid" or "Allow" (any level, any other
 * words around it):
 *
 * ```markdown
 * ## Avoid
 * - the smell of rain
 * - "a beat passed"
 * ## Allow
 * - a wry smile
 * ```
 *
 * Everything else in the file (notes for the writer, other headings) is left alone, so the file
 * can hold a whole style guide.
 */
export function parseStyleGuide(text: string): StyleGuide {
  let body = text;
  try {
    body = parseFrontMatter(text).body;
  } catch {
    // A style file with broken front matter still has its lists.
  }
  const avoid: string[] = [];
  const allow: string[] = [];
  let into: string[] | undefined;
  for (const line of body.split(/\r?\n/)) {
    const heading = /^\s{0,3}#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      const title = heading[1]!.toLowerCase();
      into = /\bavoid\b/.test(title) ? avoid : /\ballow\b/.test(title) ? allow : undefined;
      continue;
    }
    const item = /^\s*(?:[-*+]|\d+[.)])\s+(.+?)\s*$/.exec(line);
    if (into && item) {
      const phrase = item[1]!.replace(/^["“'‘`]+|["”'’`]+$/g, '').trim();
      if (phrase) into.push(phrase);
    }
  }
  return { avoid, allow };
}
