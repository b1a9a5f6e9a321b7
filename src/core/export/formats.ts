import { posix } from 'node:path';
import { ExportError } from './exportError';

export const EXPORT_FORMATS = ['epub', 'docx', 'html', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const FORMAT_INFO: Record<ExportFormat, { readonly label: string; readonly detail: string; readonly extension: string; readonly mediaType: string }> = {
  epub: { label: 'EPUB 3', detail: 'e-book for readers and stores: title page, contents, one file per chapter', extension: 'epub', mediaType: 'application/epub+zip' },
  docx: {
    label: 'Word (DOCX), standard manuscript format',
    detail: 'for agents and editors: 12 pt serif, double spaced, word count, running header',
    extension: 'docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  html: { label: 'HTML', detail: 'one self-contained web page', extension: 'html', mediaType: 'text/html' },
  md: { label: 'Markdown', detail: 'the book as one Markdown file, no metadata', extension: 'md', mediaType: 'text/markdown' },
};

export function parseFormat(value: string): ExportFormat {
  const format = value.trim().toLowerCase().replace(/^\./, '');
  const known = (EXPORT_FORMATS as readonly string[]).includes(format) ? (format as ExportFormat) : format === 'markdown' ? 'md' : undefined;
  if (!known) throw new ExportError('unknown-format', `unknown export format "${value}": use one of ${EXPORT_FORMATS.join(', ')}`);
  return known;
}

/** `<story>/exports/<story folder name>.<extension>`: beside the story, never among its stages. */
export function defaultExportPath(storyDir: string, format: ExportFormat): string {
  return posix.join(storyDir, 'exports', `${posix.basename(storyDir)}.${FORMAT_INFO[format].extension}`);
}
