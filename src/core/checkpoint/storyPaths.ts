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
