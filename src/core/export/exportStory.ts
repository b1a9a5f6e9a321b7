import { posix } from 'node:path';
import { writeFileAtomic } from '../checkpoint/atomicWrite';
import type { FileSystem } from '../ports';
import { ExportError } from './exportError';
import { defaultExportPath, type ExportFormat } from './formats';
import { readStorySource } from './storySource';

export interface ExportRequest {
  /** Absolute path of the story folder (the one holding brief.md). */
  readonly storyDir: string;
  readonly format: ExportFormat;
  /** Where to write; default `<story>/exports/<story folder name>.<extension>`. */
  readonly outPath?: string;
  /** The file system `outPath` is on, when not the story's (a save dialog may pick another). */
  readonly outFs?: FileSystem;
  /** The `storyWriter.export.author` setting. */
  readonly author?: string;
  readonly now: Date;
}

export interface ExportResult {
  readonly path: string;
  readonly format: ExportFormat;
  readonly bytes: number;
  readonly chapters: number;
  readonly words: number;
  /** Chapters taken from drafts or left out: say them to the writer. */
  readonly warnings: readonly string[];
}

/**
 * Exports a story from its files alone: no model call, no key. The whole book is built in memory
 * first and written in one atomic replace, so a failure at any point leaves the output path as
 * it was.
 */
export async function exportStory(fs: FileSystem, request: ExportRequest): Promise<ExportResult> {
  const source = await readStorySource(fs, request.storyDir);
  // `.js`: the test build compiles file by file, and Node's import() needs the real file name.
  const renderer = await import('./renderer.js');
  const { book, bytes } = await renderer.renderStory(source, request.format, { ...(request.author !== undefined ? { author: request.author } : {}), now: request.now });
  const path = request.outPath ?? defaultExportPath(request.storyDir, request.format);
  await writeExport(request.outFs ?? fs, path, bytes);
  return { path, format: request.format, bytes: bytes.byteLength, chapters: book.chapters.length, words: book.words, warnings: source.warnings };
}

async function writeExport(fs: FileSystem, path: string, bytes: Uint8Array): Promise<void> {
  const existing = await fs.stat(path).catch(() => undefined);
  if (existing?.type === 'directory') throw new ExportError('unwritable', `${path} is a folder: give a file name to export to (e.g. ${posix.join(path, 'book.epub')})`);
  try {
    await fs.createDirectory(posix.dirname(path));
    await writeFileAtomic(fs, path, bytes);
  } catch (e) {
    const detail = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new ExportError('unwritable', `cannot write ${path} (${describeWriteError(detail)}). Choose a folder you can write to; nothing was exported and no file was changed.`);
  }
}

function describeWriteError(code: string): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'NoPermissions':
      return 'permission denied';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return code;
  }
}
