import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeFileSystem } from '../../../../src/node/nodeFileSystem';
import type { FileSystem } from '../../../../src/core/ports';

/** A fresh temp folder per test, removed after it. */
export async function makeTempDir(prefix = 'story-writer-wf-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export const nodeFs = new NodeFileSystem();

export async function readText(fs: FileSystem, path: string): Promise<string> {
  return new TextDecoder().decode(await fs.readFile(path));
}

export async function writeText(fs: FileSystem, path: string, text: string): Promise<void> {
  await fs.writeFile(path, new TextEncoder().encode(text));
}

/** A file system that fails the operations a test names, to see what a failure leaves behind. */
export function failingFs(inner: FileSystem, fail: { writeFile?: (path: string) => boolean; rename?: (from: string, to: string) => boolean }): FileSystem {
  return {
    readFile: (p) => inner.readFile(p),
    writeFile: async (p, d) => {
      if (fail.writeFile?.(p)) {
        // Half a file first: what a full disk or a crash mid-write leaves.
        await inner.writeFile(p, d.slice(0, Math.floor(d.length / 2)));
        throw new Error(`simulated write failure: ${p}`);
      }
      return inner.writeFile(p, d);
    },
    rename: async (from, to) => {
      if (fail.rename?.(from, to)) throw new Error(`simulated rename failure: ${from}`);
      return inner.rename(from, to);
    },
    delete: (p, o) => inner.delete(p, o),
    stat: (p) => inner.stat(p),
    readDirectory: (p) => inner.readDirectory(p),
    createDirectory: (p) => inner.createDirectory(p),
  };
}
