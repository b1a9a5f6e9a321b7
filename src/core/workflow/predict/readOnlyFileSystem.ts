import type { FileSystem } from '../../ports';

/** A speculation tried to write: a bug, since speculative work must never touch the story. */
export class SpeculativeWriteError extends Error {
  constructor(operation: string, path: string) {
    super(`A speculative stage tried to ${operation} ${path}; speculation never writes (its result is held until Continue).`);
    this.name = 'SpeculativeWriteError';
  }
}

/**
 * The story's files as a speculation sees them: it may read, never write. What a speculation
 * makes is held in memory, and only the run commits it, once the writer approved the stage it
 * was made from; so an edited stage leaves no partial file, backup or record behind.
 */
export function readOnlyFileSystem(fs: FileSystem): FileSystem {
  const refuse = (operation: string) => (path: string) => Promise.reject(new SpeculativeWriteError(operation, path));
  return {
    readFile: (path) => fs.readFile(path),
    stat: (path) => fs.stat(path),
    readDirectory: (path) => fs.readDirectory(path),
    writeFile: refuse('write'),
    rename: refuse('rename'),
    delete: refuse('delete'),
    createDirectory: refuse('create the folder'),
  };
}
