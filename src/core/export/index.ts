export type { Book, BookChapter, Block, Inline } from './book';
export { ExportError, isExportError, type ExportErrorKind } from './exportError';
export { defaultExportPath, EXPORT_FORMATS, FORMAT_INFO, parseFormat, type ExportFormat } from './formats';
export { exportStory, type ExportRequest, type ExportResult } from './exportStory';
