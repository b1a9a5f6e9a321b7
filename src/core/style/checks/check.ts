import type { PointOfView } from '../../story/brief';
import type { Prose, Span } from '../prose';
import type { PhraseList } from '../stockPhrases';

/** One chapter file of one chapter stage, read once for every check. */
export interface StyleChapter {
  /** Absolute path (the host's namespace), as findings name it. */
  readonly file: string;
  readonly prose: Prose;
}

/** What every check sees: the chapters of one stage (cross-chapter rules compare within it). */
export interface StyleContext {
  readonly chapters: readonly StyleChapter[];
  /** From `brief.md`; undefined when the brief cannot be read (the point-of-view rule then stays quiet). */
  readonly pointOfView: PointOfView | undefined;
  readonly phrases: PhraseList;
  /** Spans already reported as stock phrases, per chapter index, so a repeat check does not report them twice. */
  readonly stockSpans: ReadonlyMap<number, readonly Span[]>;
}

/** A finding before it gets a file, a line and a column. */
export interface StyleHit {
  readonly chapter: number;
  readonly span: Span;
  readonly message: string;
  readonly evidence?: ReadonlyArray<{ readonly chapter: number; readonly span: Span }>;
}

export type StyleCheck = (context: StyleContext) => StyleHit[];

/** The words of a span, as the file spells them, quoted for a message. */
export function quoted(chapter: StyleChapter, span: Span): string {
  return `"${chapter.prose.text.slice(span.start, span.end).replace(/\s+/g, ' ')}"`;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
