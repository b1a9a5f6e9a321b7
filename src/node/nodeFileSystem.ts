import { promises as fs } from 'node:fs';
import { dirname } from 'node:path';
import type { FileStat, FileSystem } from '../core/ports';

/** The core's FileSystem over Node's `fs`: for the headless command, benchmarks and unit tests. */
export class NodeFileSystem implements FileSystem {
  async readFile(path: string): Promise<Uint8Array> {
    return fs.readFile(path);
  }

  async writeFile(path: string, data: Uint8Array): Promise<void> {
    await fs.mkdir(dirname(path), { recursive: true });
    await fs.writeFile(path, data);
  }

  async rename(from: string, to: string): Promise<void> {
    await fs.rename(from, to);
  }

  async delete(path: string, options?: { recursive?: boolean }): Promise<void> {
    await fs.rm(path, { recursive: options?.recursive ?? false, force: true });
  }

  async stat(path: string): Promise<FileStat | undefined> {
    try {
      const s = await fs.stat(path);
      return { type: s.isDirectory() ? 'directory' : 'file', size: s.size, mtimeMs: s.mtimeMs };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  }

  async readDirectory(path: string): Promise<Array<{ name: string; type: 'file' | 'directory' }>> {
    try {
      const entries = await fs.readdir(path, { withFileTypes: true });
      return entries.filter((e) => e.isFile() || e.isDirectory()).map((e) => ({ name: e.name, type: e.isDirectory() ? ('directory' as const) : ('file' as const) }));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
  }

  async createDirectory(path: string): Promise<void> {
    await fs.mkdir(path, { recursive: true });
  }
}
