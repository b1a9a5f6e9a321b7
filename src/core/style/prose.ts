import type { TextRange } from '../findings/finding';

/**
 * A chapter file as the style rules see it: the text on disk with everything that is not prose
 * (front matter, HTML comments such as the live document's marker, Markdown headings) blanked to
 * spaces, so every offset in the prose is the offset in the file and positions need no mapping.
 * Words, sentences and paragraphs carry those offsets; `inDialogue` and `inItalics` say what a
 * character of the file is part of.
 */
export interface Prose {
  /** The file's text, unchanged. */
  readonly text: string;
  /** Same length as `text`: non-prose blanked (line breaks kept). */
  readonly masked: string;
  readonly words: readonly Word[];
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Span[];
  /** Per UTF-16 unit: 1 inside quoted dialogue, 2 inside *italics* / _italics_ (thought), 0 narration. */
  readonly voice: Uint8Array;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Word extends Span {
  readonly text: string;
  /** Lower case with curly apostrophes straightened, for comparing. */
  readonly key: string;
}

export interface Sentence extends Span {
  /** Indices into `Prose.words`. */
  readonly firstWord: number;
  readonly wordCount: number;
  /** True when the sentence opens inside dialogue. */
  readonly dialogue: boolean;
  readonly paragraph: number;
}

export const VOICE = { narration: 0, dialogue: 1, italics: 2 } as const;

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?^---[ \t]*$/m;
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const HEADING = /^[ \t]{0,3}#{1,6}(?:[ \t].*)?$/gm;
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’\-][\p{L}\p{N}\p{M}]+)*/gu;
const PARAGRAPH_BREAK = /\n[ \t\r]*\n/g;
/** Titles that end in a full stop but not a sentence. */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'prof', 'sr', 'jr', 'capt', 'lt', 'col', 'gen', 'sgt', 'mt', 'vs', 'etc']);

export function readProse(text: string): Prose {
  const masked = maskNonProse(text);
  const voice = voiceOf(masked);
  const words = [...masked.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], key: m[0].toLowerCase().replace(/’/g, "'") }));
  const paragraphs = paragraphsOf(masked);
  const sentences = sentencesOf(masked, words, paragraphs, voice);
  return { text, masked, words, sentences, paragraphs, voice };
}

function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}

function maskNonProse(text: string): string {
  let out = text;
  const fm = text.startsWith('---') || text.startsWith('\uFEFF---') ? FRONT_MATTER.exec(text) : null;
  if (fm && fm.index === 0) out = blank(fm[0]) + out.slice(fm[0].length);
  out = out.replace(HTML_COMMENT, blank).replace(HEADING, blank);
  return out;
}

/**
 * Dialogue is what stands between quotation marks: double (curly or straight; a straight quote
 * toggles) or single curly, as British fiction sets it (‘…’, where a ’ between letters is an
 * apostrophe, not the close). A paragraph break closes an open quote. A block quote (`> …`)
 * counts as dialogue: a letter or an inscription in a character's voice. Italics are `*…*` or
 * `_…_` within a paragraph, the usual way to set a character's thought.
 */
/** The mark that closes each opening mark; quotes of another kind inside are nested, and stay dialogue. */
const CLOSES: Readonly<Record<string, string>> = { '“': '”', '"': '"', '‘': '’' };

function voiceOf(masked: string): Uint8Array {
  const voice = new Uint8Array(masked.length);
  let inQuote = false;
  let quoteStart = 0;
  const letter = (i: number) => i >= 0 && i < masked.length && /[\p{L}\p{N}]/u.test(masked[i]!);
  for (let i = 0; i < masked.length; i++) {
    const c = masked[i];
    if (!inQuote && (c === '“' || c === '"' || (c === '‘' && !letter(i - 1)))) {
      inQuote = true;
      quoteStart = i;
    } else if (inQuote && c === CLOSES[masked[quoteStart]!] && (c !== '’' || !letter(i + 1))) {
      voice.fill(VOICE.dialogue, quoteStart, i + 1);
      inQuote = false;
    } else if (c === '\n' && inQuote && /^\n[ \t\r]*\n/.test(masked.slice(i, i + 8))) {
      voice.fill(VOICE.dialogue, quoteStart, i);
      inQuote = false;
    }
  }
  if (inQuote) voice.fill(VOICE.dialogue, quoteStart, masked.length);
  // A block quote is a quoted document (a letter, an inscription): someone else's voice.
  for (const m of masked.matchAll(/^[ \t]{0,3}>.*$/gm)) voice.fill(VOICE.dialogue, m.index, m.index + m[0].length);
  for (const m of masked.matchAll(/(?<![*_\w])([*_])(?=\S)([^*_\n]+?)(?<=\S)\1(?![*_\w])/g)) {
    for (let i = m.index; i < m.index + m[0].length; i++) if (voice[i] === VOICE.narration) voice[i] = VOICE.italics;
  }
  return voice;
}

function paragraphsOf(masked: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    const chunk = masked.slice(start, end);
    const lead = chunk.length - chunk.trimStart().length;
    const body = chunk.trim();
    if (body) out.push({ start: start + lead, end: start + lead + body.length });
  };
  for (const m of masked.matchAll(PARAGRAPH_BREAK)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(masked.length);
  return out;
}

/**
 * Sentence ends: `.`, `!`, `?` or `…` (with any closing quotes or brackets) followed by a capital,
 * an opening quote or the paragraph's end. `"Stop!" she said.` stays one sentence; "Mr. Hale" too.
 */
function sentencesOf(masked: string, words: readonly Word[], paragraphs: readonly Span[], voice: Uint8Array): Sentence[] {
  const out: Sentence[] = [];
  let w = 0;
  paragraphs.forEach((p, paragraph) => {
    let start = p.start;
    const ends: number[] = [];
    const END = /[.!?…]+["”’')\]*_]*(?=\s+(["“'‘(*_]*)(\p{Lu}|\p{N}|$))/gu;
    END.lastIndex = p.start;
    const text = masked.slice(0, p.end);
    for (let m = END.exec(text); m; m = END.exec(text)) {
      const before = /([\p{L}]+)\.$/u.exec(text.slice(Math.max(p.start, m.index - 12), m.index + 1));
      if (m[0] === '.' && before && ABBREVIATIONS.has(before[1]!.toLowerCase())) continue;
      ends.push(m.index + m[0].length);
    }
    ends.push(p.end);
    for (const end of ends) {
      const firstWord = w;
      while (w < words.length && words[w]!.start < end) w++;
      if (w > firstWord) {
        const s = Math.max(start, masked.slice(start, end).search(/\S/) + start);
        out.push({ start: s, end, firstWord, wordCount: w - firstWord, dialogue: voice[words[firstWord]!.start] === VOICE.dialogue, paragraph });
      }
      start = end;
    }
  });
  return out;
}

/** Offsets → 0-based line and UTF-16 column, as the findings contract wants them. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, column: offset - this.starts[lo]! };
  }

  range(span: Span): TextRange {
    const a = this.position(span.start);
    const b = this.position(span.end);
    return { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column };
  }
}

/** True when every character of the span is narration (not dialogue, not italic thought). */
export function isNarration(prose: Prose, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) if (prose.voice[i] !== VOICE.narration) return false;
  return true;
}
