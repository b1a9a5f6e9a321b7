import { createHash } from 'node:crypto';
import { countWords } from '../documents/wordCount';
import { plainText, type Block, type Book } from './book';
import { bookLanguage } from './language';
import type { ExportLibraries } from './libraryTypes';
import { parseProse } from './prose';
import type { StorySource } from './storySource';

export interface BookOptions {
  /** The `storyWriter.export.author` setting; empty or undefined falls back to the brief. */
  readonly author?: string;
  readonly now: Date;
}

/** The story's files → the book every format renders. */
export function buildBook(libs: ExportLibraries, source: StorySource, options: BookOptions): Book {
  const language = bookLanguage(source.brief.language);
  const md = new libs.MarkdownIt('default', { html: true, linkify: false, typographer: language.quotes !== undefined, ...(language.quotes ? { quotes: language.quotes } : {}) });
  // Smart quotes yes (dialogue should read “like this”); the other replacements no: they would
  // turn a writer's `--` into an en dash and `(c)` into ©.
  md.disable(['replacements', 'table']);
  const author = options.author?.trim() || source.briefAuthor || '';
  const chapters = source.chapters.map((c) => {
    const blocks = parseProse(md, c.prose);
    return { number: c.number, title: c.title, source: c.source, file: c.file, blocks, words: wordsIn(blocks) };
  });
  return {
    title: source.brief.title,
    author,
    language,
    identifier: stableIdentifier(source.brief.title, author),
    modified: options.now,
    ...(source.cover ? { cover: source.cover } : {}),
    chapters,
    words: chapters.reduce((sum, c) => sum + c.words, 0),
  };
}

function wordsIn(blocks: readonly Block[]): number {
  let words = 0;
  for (const block of blocks) {
    switch (block.kind) {
      case 'paragraph':
      case 'heading':
        words += countWords(plainText(block.inlines));
        break;
      case 'quote':
        words += wordsIn(block.blocks);
        break;
      case 'list':
        for (const item of block.items) words += wordsIn(item);
        break;
      case 'preformatted':
        words += countWords(block.text);
        break;
      case 'scene-break':
        break;
    }
  }
  return words;
}

/**
 * A UUID (version 5 layout) from the title and author: the same book keeps the same identifier
 * across exports, so a reader's library updates it instead of adding a second copy.
 */
function stableIdentifier(title: string, author: string): string {
  const hash = createHash('sha1').update(`story-writer:${title}\u0000${author}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** The word count agents expect on a title page: to the nearest 100, or 1,000 past 10,000 words. */
export function approximateWords(words: number): number {
  const step = words < 10_000 ? 100 : 1000;
  return Math.max(step, Math.round(words / step) * step);
}
