import type { FileSystem } from '../ports';
import type { ExportRequest, ExportResult } from './exportStory';

export type { Book, BookChapter, Block, Inline } from './book';
export { ExportError, isExportError, type ExportErrorKind } from './exportError';
export { defaultExportPath, EXPORT_FORMATS, FORMAT_INFO, parseFormat, type ExportFormat } from './formats';
export type { ExportRequest, ExportResult } from './exportStory';

/**
 * Exports a story (see exportStory.ts). The engine and its libraries (Markdown parser, DOCX
 * writer, zip) load on the first call; in the bundles they are dist/export.js, so activation does
 * not pay for them.
 */
export async function exportStory(fs: FileSystem, request: ExportRequest): Promise<ExportResult> {
  // `.js`: the test build compiles file by file, and Node's import() needs the real file name.
  const engine = await import('./exportStory.js');
  return engine.exportStory(fs, request);
}
