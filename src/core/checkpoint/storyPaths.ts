import { posix } from 'node:path';

/**
 * Where the workflow keeps its own bookkeeping inside a story folder. Everything here is
 * disposable except backups; the stage files themselves are the checkpoints.
 */
export const WORK_DIR = '.story-writer';

export function workDir(storyDir: string): string {
  return posix.join(storyDir, WORK_DIR);
}

export function lockPath(storyDir: string): string {
  return posix.join(storyDir, WORK_DIR, 'lock');
}

export function runStatePath(storyDir: string): string {
  return posix.join(storyDir, WORK_DIR, 'run-state.json');
}

export function backupsDir(storyDir: string): string {
  return posix.join(storyDir, WORK_DIR, 'backups');
}

/** Story-relative POSIX path of a file inside the story (what front matter `inputs` keys use). */
export function relativeToStory(storyDir: string, path: string): string {
  return posix.relative(storyDir, path);
}

/**
 * True for the lock's own files: `lock`, its temp file while it is written, and the claims in
 * `lock.claims/`. Bookkeeping between runs that no editor shows, so a host may write these by a
 * faster route than the one it uses for the writer's files.
 */
export function isLockFile(path: string): boolean {
  const dir = posix.dirname(path);
  const name = posix.basename(path);
  if (posix.basename(dir) === WORK_DIR) return name === 'lock' || /^\.lock\.tmp-\d+-[a-z0-9]+$/.test(name);
  return posix.basename(dir) === 'lock.claims' && posix.basename(posix.dirname(dir)) === WORK_DIR;
}
