import { posix } from 'node:path';
import type { FileSystem } from '../ports';
import { BRIEF_FILE } from '../stages';

export interface StoryLocation {
  /** The folder's name, e.g. `the-lighthouse-keeper`. */
  readonly name: string;
  readonly storyDir: string;
  readonly briefPath: string;
}

/**
 * The stories under `storiesRoot`: its direct sub-folders that hold a `brief.md`, sorted by name.
 * Hidden folders are skipped (`.git`, backups). A missing stories folder simply has no stories.
 */
export async function discoverStories(fs: FileSystem, storiesRoot: string): Promise<StoryLocation[]> {
  const entries = await fs.readDirectory(storiesRoot);
  const stories: StoryLocation[] = [];
  for (const entry of entries) {
    if (entry.type !== 'directory' || entry.name.startsWith('.')) continue;
    const storyDir = posix.join(storiesRoot, entry.name);
    const briefPath = posix.join(storyDir, BRIEF_FILE);
    if ((await fs.stat(briefPath))?.type === 'file') stories.push({ name: entry.name, storyDir, briefPath });
  }
  return stories.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
