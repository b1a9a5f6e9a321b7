import { posix } from 'node:path';
import type { FileSystem } from '../ports';

const encoder = new TextEncoder();

/**
 * Writes `path` so that readers only ever see the old file or the whole new one: the bytes go to
 * a uniquely named temp file in the same folder (same volume, so the rename is atomic on local
 * file systems), which then replaces the target. On any failure the temp file is removed and
 * the target is left as it was.
 */
export async function writeFileAtomic(fs: FileSystem, path: string, content: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(path);
  const data = typeof content === 'string' ? encoder.encode(content) : content;
  try {
    await fs.writeFile(temp, data);
    await fs.rename(temp, path);
  } catch (e) {
    await fs.delete(temp).catch(() => undefined);
    throw e;
  }
}

/** `.name.tmp-<pid>-<random>` beside the target: hidden, so folder scans skip it. */
export function tempPathFor(path: string): string {
  const random = Math.random().toString(36).slice(2, 10);
  return posix.join(posix.dirname(path), `.${posix.basename(path)}.tmp-${process.pid}-${random}`);
}

/** True for names `tempPathFor` makes (left behind only if the process died mid-write). */
export function isTempName(name: string): boolean {
  return /^\..+\.tmp-\d+-[a-z0-9]+$/.test(name);
}
