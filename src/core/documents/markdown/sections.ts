import { normalizeNewlines } from './text';

/**
 * A stage document cut at its headings. Deliberately flat: which heading belongs under which is
 * decided by each stage's reader from what the headings say, not only from how many `#` they
 * have, because writers promote and demote headings freely.
 */

export interface SourceLine {
  readonly text: string;
  /** 1-based line number in the body, for messages. */
  readonly line: number;
}

export interface Heading {
  readonly level: number;
  readonly text: string;
  readonly line: number;
}

export interface Section {
  readonly heading: Heading;
  /** The lines after the heading up to the next heading of any level. */
  readonly lines: readonly SourceLine[];
}

export interface SectionedDocument {
  /** Lines before the first heading. */
  readonly preamble: readonly SourceLine[];
  readonly sections: readonly Section[];
}

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Splits a Markdown body at ATX headings (`#` … `######`), ignoring `#` lines inside code fences. */
export function splitSections(body: string): SectionedDocument {
  const preamble: SourceLine[] = [];
  const sections: Array<{ heading: Heading; lines: SourceLine[] }> = [];
  let fence: string | undefined;
  normalizeNewlines(body)
    .split('\n')
    .forEach((text, index) => {
      const line = index + 1;
      const fenceMatch = FENCE.exec(text);
      if (fenceMatch) {
        const marker = fenceMatch[1]!;
        if (fence === undefined) fence = marker;
        else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      }
      const heading = fence === undefined && !fenceMatch ? ATX_HEADING.exec(text) : null;
      if (heading) {
        const headingText = (heading[2] ?? '').trim().replace(/\\(#+)$/, '$1');
        sections.push({ heading: { level: heading[1]!.length, text: headingText, line }, lines: [] });
      } else {
        (sections.at(-1)?.lines ?? preamble).push({ text, line });
      }
    });
  return { preamble, sections };
}

/** The lines as text, trailing blank lines and spaces dropped (fields are normalised later). */
export function joinLines(lines: readonly SourceLine[]): string {
  return lines
    .map((l) => l.text)
    .join('\n')
    .trim();
}

/**
 * `## Heading` at a level clamped to Markdown's 1..6. A trailing `#` run is escaped, or Markdown
 * would read it as the heading's optional closing sequence and drop it.
 */
export function renderHeading(level: number, text: string): string {
  return `${'#'.repeat(Math.min(6, Math.max(1, level)))} ${text.replace(/(#+)$/, '\\$1')}`;
}
