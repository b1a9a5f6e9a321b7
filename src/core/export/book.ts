/**
 * The book as every export format sees it: the story's files read once, the chapters' Markdown
 * parsed into blocks, nothing format-specific. Each writer (EPUB, DOCX, HTML, Markdown) renders
 * this model, so what a chapter contains is decided in one place.
 */

/** A run of text inside a paragraph, with the emphasis the writer gave it. */
export type Inline = { readonly kind: 'text'; readonly text: string; readonly italic: boolean; readonly bold: boolean; readonly code: boolean } | { readonly kind: 'break' };

export type Block =
  | { readonly kind: 'paragraph'; readonly inlines: readonly Inline[] }
  /** A heading inside a chapter's prose (the chapter's own heading is not a block). */
  | { readonly kind: 'heading'; readonly level: number; readonly inlines: readonly Inline[] }
  /** `***`, `---`, `* * *`, a lone `#` or `⁂`: the writer's scene break. */
  | { readonly kind: 'scene-break' }
  | { readonly kind: 'quote'; readonly blocks: readonly Block[] }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly (readonly Block[])[] }
  /** Preformatted text (a letter, a song), kept line for line. */
  | { readonly kind: 'preformatted'; readonly text: string };

export type TextDirection = 'ltr' | 'rtl';

export interface BookLanguage {
  /** BCP 47 tag: `en`, `ar`, `pt-BR`; `und` when the brief names a language we cannot map. */
  readonly tag: string;
  readonly direction: TextDirection;
  /** "Chapter 3", "Contents" in the book's language where we know the words. */
  readonly words: { readonly chapter: (n: number) => string; readonly contents: string; readonly by: string };
}

export interface BookChapter {
  readonly number: number;
  /** The chapter's title without its number; may be empty. */
  readonly title: string;
  /** Which stage's file the prose came from. */
  readonly source: 'revision' | 'draft';
  /** Story-relative path of that file, for messages. */
  readonly file: string;
  readonly blocks: readonly Block[];
  readonly words: number;
}

export interface CoverImage {
  /** File name inside the export, e.g. `cover.jpg`. */
  readonly fileName: string;
  readonly mediaType: 'image/jpeg' | 'image/png' | 'image/gif';
  readonly bytes: Uint8Array;
}

export interface Book {
  readonly title: string;
  /** Empty when neither the setting nor the brief names one. */
  readonly author: string;
  readonly language: BookLanguage;
  /** `urn:uuid:…`, derived from the title and author so re-exports keep it. */
  readonly identifier: string;
  /** When the export was made (EPUB `dcterms:modified`). */
  readonly modified: Date;
  readonly cover?: CoverImage;
  readonly chapters: readonly BookChapter[];
  readonly words: number;
}

/** "Chapter 3: The Storm", or "Chapter 3" for an untitled chapter. */
export function chapterHeading(book: Book, chapter: BookChapter): string {
  const label = book.language.words.chapter(chapter.number);
  return chapter.title ? `${label}: ${chapter.title}` : label;
}

/** The plain text of some inlines (for titles, alt text, counting). */
export function plainText(inlines: readonly Inline[]): string {
  return inlines.map((i) => (i.kind === 'text' ? i.text : ' ')).join('');
}
