import type { Book } from './book';
import { buildBook, type BookOptions } from './buildBook';
import { renderEpub } from './epub';
import type { ExportFormat } from './formats';
import { renderHtml } from './html';
import * as libraries from './libraries';
import { renderManuscriptDocx } from './manuscriptDocx';
import { renderMarkdown } from './markdown';
import type { StorySource } from './storySource';

/**
 * Parse and render: the part of an export that needs the libraries. Bundled with them into
 * dist/export.js and loaded on the first export (see exportStory.ts), so activation does not
 * load a Markdown parser and a DOCX writer it may never use.
 */
export async function renderStory(source: StorySource, format: ExportFormat, options: BookOptions): Promise<{ book: Book; bytes: Uint8Array }> {
  const book = buildBook(libraries, source, options);
  return { book, bytes: await renderBook(book, format) };
}

export async function renderBook(book: Book, format: ExportFormat): Promise<Uint8Array> {
  switch (format) {
    case 'epub':
      return renderEpub(libraries, book);
    case 'docx':
      return renderManuscriptDocx(libraries, book);
    case 'html':
      return new TextEncoder().encode(renderHtml(book));
    case 'md':
      return new TextEncoder().encode(renderMarkdown(book));
  }
}
