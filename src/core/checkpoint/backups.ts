import { posix } from 'node:path';
import type { Clock, FileSystem } from '../ports';
import { writeFileAtomic } from './atomicWrite';
import { backupsDir } from './storyPaths';

/**
 * Copies a story file to `<story>/.story-writer/backups/<relpath minus .md>.<timestamp>.md`
 * before something overwrites it, so a writer's edit is never lost to a forced regeneration.
 * Returns the backup's path, or undefined when there was nothing to back up.
 */
export async function backupFile(fs: FileSystem, storyDir: string, relPath: string, clock: Clock): Promise<string | undefined> {
  const source = posix.join(storyDir, relPath);
  if (!(await fs.stat(source))) return undefined;
  const bytes = await fs.readFile(source);
  const stem = relPath.replace(/\.md$/, '');
  const stamp = timestamp(clock.now());
  let target = posix.join(backupsDir(storyDir), `${stem}.${stamp}.md`);
  // Two backups of one file within a millisecond must not replace each other.
  for (let n = 2; await fs.stat(target); n++) target = posix.join(backupsDir(storyDir), `${stem}.${stamp}-${n}.md`);
  await writeFileAtomic(fs, target, bytes);
  return target;
}

/** `20250102T030405123Z`: sortable, and valid in file names on every OS (no colons). */
function timestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:.]/g, '');
}
