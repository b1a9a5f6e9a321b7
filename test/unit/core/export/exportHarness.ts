import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { exportStory, type ExportFormat, type ExportResult } from '../../../../src/core/export';
import { fs, writeNovel, writeRtlStory, writeShortStory, type FixtureStory } from './fixtureStories';

/** The three fixture stories in one temp folder, made once per test file. */
export class Fixtures {
  private constructor(
    readonly root: string,
    readonly short: FixtureStory,
    readonly novel: FixtureStory,
    readonly rtl: FixtureStory,
  ) {}

  static async create(): Promise<Fixtures> {
    const root = await mkdtemp(join(tmpdir(), 'story-writer-export-'));
    return new Fixtures(root, await writeShortStory(root), await writeNovel(root), await writeRtlStory(root));
  }

  get all(): FixtureStory[] {
    return [this.short, this.novel, this.rtl];
  }

  async export(story: FixtureStory, format: ExportFormat, options: { author?: string; outPath?: string } = {}): Promise<ExportResult & { data: Uint8Array }> {
    const result = await exportStory(fs, {
      storyDir: story.dir,
      format,
      outPath: options.outPath ?? join(this.root, 'out', `${story.dir.split('/').pop()}.${format}`),
      ...(options.author !== undefined ? { author: options.author } : {}),
      now: new Date('2026-11-27T08:00:00.000Z'),
    });
    return { ...result, data: await readFile(result.path) };
  }

  dispose(): Promise<void> {
    return rm(this.root, { recursive: true, force: true });
  }
}

/** Entries of a zip (EPUB, DOCX) as text, keyed by path. */
export function unzipText(data: Uint8Array): Map<string, string> {
  const files = unzipSync(data);
  return new Map(Object.entries(files).map(([name, bytes]) => [name, new TextDecoder().decode(bytes)]));
}

export function count(text: string, pattern: RegExp): number {
  return [...text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))].length;
}
