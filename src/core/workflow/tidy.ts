import { posix } from 'node:path';
import { isTempName } from '../checkpoint/atomicWrite';
import { readCheckpoint } from '../checkpoint/checkpointFile';
import type { FileSystem, Logger } from '../ports';
import { CHAPTER_STAGES, chapterDir, chapterFromFileName, stageFile } from '../stages';

/**
 * Clears what a run killed at the wrong moment leaves behind. Called with the story's lock held,
 * so no other run is writing: any temp file of an atomic write is garbage, and a partial chapter
 * older than its finished chapter was superseded (the kill came between writing the chapter and
 * removing the partial). A partial newer than its chapter — an interrupted regeneration — is kept.
 */
export async function tidyStory(fs: FileSystem, storyDir: string, log: Logger): Promise<void> {
  const folders = ['', ...CHAPTER_STAGES.map(chapterDir)];
  for (const folder of folders) {
    const dir = folder ? posix.join(storyDir, folder) : storyDir;
    for (const entry of await fs.readDirectory(dir)) {
      if (entry.type !== 'file') continue;
      const path = posix.join(dir, entry.name);
      if (isTempName(entry.name)) {
        await fs.delete(path);
        log.info(`Removed ${posix.join(folder, entry.name)}, left by an interrupted write`);
        continue;
      }
      const stage = CHAPTER_STAGES.find((s) => chapterDir(s) === folder);
      const parsed = chapterFromFileName(entry.name);
      if (!stage || !parsed?.partial) continue;
      const final = stageFile(stage, parsed.chapter);
      if (await supersedes(fs, storyDir, final, posix.join(folder, entry.name))) {
        await fs.delete(path);
        log.info(`Removed ${posix.join(folder, entry.name)}: ${final} was finished after it`);
      }
    }
  }
}

async function supersedes(fs: FileSystem, storyDir: string, final: string, partial: string): Promise<boolean> {
  const [done, part] = await Promise.all([readCheckpoint(fs, posix.join(storyDir, final), final), readCheckpoint(fs, posix.join(storyDir, partial), partial)]);
  if (done.kind !== 'checkpoint' || part.kind !== 'checkpoint') return false;
  return Date.parse(done.meta.generatedAt) >= Date.parse(part.meta.generatedAt);
}
