import type { TextRange } from '../findings/finding';

/**
 * Finding a model's quote in a file, tolerant of what copying text loses and nothing more: runs
 * of white space (line breaks included) count as one space, curly and straight quote marks are
 * the same mark, and letter case is ignored. Every other character must match exactly, so a
 * quote with a word changed, added or dropped is not found: a model that misquotes is not
 * believed.
 */

/** Shorter quotes than this (after normalising) prove nothing: they match almost anywhere. */
export const MIN_QUOTE_CHARS = 12;

const QUOTE_MARKS: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u00ab': '"',
  '\u00bb': '"',
};

/** The text normalised, and for each of its characters the offset in the original it came from. */
interface Normalised {
  readonly text: string;
  readonly origin: readonly number[];
}

function normalise(text: string, from = 0): Normalised {
  let out = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let i = from; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (!inSpace) {
        out += ' ';
        origin.push(i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    const mark = QUOTE_MARKS[ch] ?? ch;
    const lower = mark.toLowerCase();
    // A few characters lower-case to two (İ): keep them as they are so offsets stay one to one.
    out += lower.length === 1 ? lower : mark;
    origin.push(i);
  }
  return { text: out, origin };
}

/** A quote as the model gave it, normalised for comparison (ends trimmed). */
export function normaliseQuote(quote: string): string {
  return normalise(quote.trim()).text;
}

/** Where a quote is in a text: offsets of the original, end exclusive. */
export interface QuoteMatch {
  readonly start: number;
  readonly end: number;
  /** The text as it is in the file at that place. */
  readonly text: string;
}

/**
 * The first place `quote` occurs in `text` at or after `from` (use the body's start to skip front
 * matter), or undefined when it does not occur or is too short to prove anything.
 */
export function findQuote(text: string, quote: string, from = 0): QuoteMatch | undefined {
  const needle = normaliseQuote(quote);
  if (needle.replace(/ /g, '').length < MIN_QUOTE_CHARS) return undefined;
  const hay = normalise(text, from);
  const at = hay.text.indexOf(needle);
  if (at < 0) return undefined;
  const start = hay.origin[at]!;
  const end = hay.origin[at + needle.length - 1]! + 1;
  return { start, end, text: text.slice(start, end) };
}

/** 0-based line and UTF-16 column of the offsets, as `Finding` positions are. */
export function rangeOf(text: string, start: number, end: number): TextRange {
  const at = (offset: number) => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length - 1;
    return { line, column: offset - (before.lastIndexOf('\n') + 1) };
  };
  const s = at(start);
  const e = at(end);
  return { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column };
}

/** The offset of a 0-based line and column (the inverse of `rangeOf`'s positions). */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 0; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(offset + column, text.length);
}
