import { posix } from 'node:path';
import { isTempName } from '../../checkpoint/atomicWrite';
import { classifyCheckpoint, type CheckpointRead } from '../../checkpoint/checkpointFile';
import { bodyHash, contentHash } from '../../hash';
import type { FileSystem } from '../../ports';
import { BRIEF_FILE, CHAPTER_DIRS, MANUSCRIPT_FILE, STRUCTURED_FILES, chapterFromFileName } from '../../stages';

/** One story file as read: its classification and the hash its dependants compare against. */
export interface FileEntry {
  readonly read: CheckpointRead;
  /**
   * Body hash (front matter excluded, so metadata changes never make dependants stale); for a
   * file with no readable body, the hash of its bytes; undefined when the file is missing.
   */
  readonly hash: string | undefined;
}

const MISSING: FileEntry = { read: { kind: 'missing' }, hash: undefined };

/**
 * Every stage file of a story, each read once. The runner keeps it current as it writes, so the
 * state of any item can be computed from it without touching the disk again.
 */
export class StorySnapshot {
  private constructor(
    /** `brief.md` text, undefined when missing. */
    public briefText: string | undefined,
    private readonly files: Map<string, FileEntry>,
    /** Story-relative paths of `*.partial.md` files present. */
    private readonly partials: Set<string>,
  ) {}

  static async load(fs: FileSystem, storyDir: string): Promise<StorySnapshot> {
    const read = (rel: string) => readStoryFile(fs, storyDir, rel);
    const briefBytes = await read(BRIEF_FILE);
    const files = new Map<string, FileEntry>();
    const partials = new Set<string>();
    const fixed = [...STRUCTURED_FILES, MANUSCRIPT_FILE];
    const chapterFiles: string[] = [];
    for (const dir of CHAPTER_DIRS) {
      for (const entry of await fs.readDirectory(posix.join(storyDir, dir))) {
        if (entry.type !== 'file' || isTempName(entry.name)) continue;
        const chapter = chapterFromFileName(entry.name);
        if (!chapter) continue;
        const rel = `${dir}/${entry.name}`;
        if (chapter.partial) partials.add(rel);
        else chapterFiles.push(rel);
      }
    }
    await Promise.all(
      [...fixed, ...chapterFiles].map(async (rel) => {
        const bytes = await read(rel);
        if (bytes) files.set(rel, entryFor(bytes, rel));
      }),
    );
    return new StorySnapshot(briefBytes && new TextDecoder().decode(briefBytes), files, partials);
  }

  file(rel: string): FileEntry {
    return this.files.get(rel) ?? MISSING;
  }

  /** Chapter files present on disk under a chapter folder (for orphan detection). */
  chapterFilesIn(dir: string): string[] {
    return [...this.files.keys()].filter((rel) => rel.startsWith(`${dir}/`));
  }

  hasPartial(rel: string): boolean {
    return this.partials.has(rel);
  }

  /** Hash of `brief.md` as a whole: its front matter holds story parameters, so it all counts. */
  briefHash(): string | undefined {
    return this.briefText === undefined ? undefined : bodyHash(this.briefText);
  }

  /**
   * Reads the brief and these story-relative files again, as they are on disk now: the writer
   * may have edited them while the run waited for their approval.
   */
  async reread(fs: FileSystem, storyDir: string, rels: readonly string[]): Promise<void> {
    const read = (rel: string) => readStoryFile(fs, storyDir, rel);
    const [brief, ...files] = await Promise.all([read(BRIEF_FILE), ...rels.map(read)]);
    this.briefText = brief && new TextDecoder().decode(brief);
    rels.forEach((rel, i) => this.setFile(rel, files[i]));
  }

  /** Records what the runner just wrote (or removed). */
  setFile(rel: string, bytes: Uint8Array | undefined): void {
    if (bytes) this.files.set(rel, entryFor(bytes, rel));
    else this.files.delete(rel);
  }

  setPartial(rel: string, present: boolean): void {
    if (present) this.partials.add(rel);
    else this.partials.delete(rel);
  }
}

/** A story file's bytes; undefined when there is no file there. */
async function readStoryFile(fs: FileSystem, storyDir: string, rel: string): Promise<Uint8Array | undefined> {
  const path = posix.join(storyDir, rel);
  return (await fs.stat(path))?.type === 'file' ? fs.readFile(path) : undefined;
}

function entryFor(bytes: Uint8Array, rel: string): FileEntry {
  const read = classifyCheckpoint(bytes, rel);
  switch (read.kind) {
    case 'checkpoint':
    case 'hand-written':
      return { read, hash: bodyHash(read.body) };
    case 'broken':
      return { read, hash: read.body !== undefined ? bodyHash(read.body) : contentHash(bytes) };
    case 'missing':
      return MISSING;
  }
}
