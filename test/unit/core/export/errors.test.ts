import * as assert from 'node:assert/strict';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exportStory, ExportError, type ExportErrorKind } from '../../../../src/core/export';
import { failingFs } from '../workflow/tempStory';
import { Fixtures } from './exportHarness';
import { fs } from './fixtureStories';

const now = new Date('2026-11-27T08:00:00.000Z');

async function rejectsWith(promise: Promise<unknown>, kind: ExportErrorKind, message: RegExp): Promise<void> {
  await assert.rejects(promise, (e: unknown) => {
    assert.ok(e instanceof ExportError, `not an ExportError: ${String(e)}`);
    assert.equal(e.kind, kind);
    assert.match(e.message, message);
    return true;
  });
}

describe('export: bad input gets a clear error and loses nothing', function () {
  this.timeout(60_000);
  let fixtures: Fixtures;
  before(async () => {
    fixtures = await Fixtures.create();
  });
  after(() => fixtures.dispose());

  it('a story folder that does not exist', async () => {
    await rejectsWith(
      exportStory(fs, { storyDir: join(fixtures.root, 'nowhere'), format: 'epub', now }),
      'no-story',
      /nowhere does not exist\. Pass the story's folder \(the one that holds brief\.md\)/,
    );
  });

  it('a folder that is not a story', async () => {
    const dir = join(fixtures.root, 'not-a-story');
    await mkdir(dir, { recursive: true });
    await rejectsWith(exportStory(fs, { storyDir: dir, format: 'md', now }), 'no-story', /is not a story folder: it has no brief\.md/);
  });

  it('a story with no chapters yet', async () => {
    const dir = join(fixtures.root, 'empty-story');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'brief.md'), '---\ntitle: Not Yet\n---\n\nA premise.\n');
    await rejectsWith(
      exportStory(fs, { storyDir: dir, format: 'docx', now }),
      'no-chapters',
      /has no chapters to export yet: write them first \(Run Workflow, or story-writer run .*\)/,
    );
    assert.deepEqual(await fs.readDirectory(dir), [{ name: 'brief.md', type: 'file' }], 'nothing was written');
  });

  it('an output path under a file, or that is a folder', async () => {
    const blocker = join(fixtures.root, 'a-file');
    await writeFile(blocker, 'x');
    await rejectsWith(
      fixtures.export(fixtures.short, 'epub', { outPath: join(blocker, 'book.epub') }),
      'unwritable',
      /cannot write .*a-file\/book\.epub \(.*\)\. Choose a folder you can write to; nothing was exported and no file was changed\./,
    );
    await rejectsWith(fixtures.export(fixtures.short, 'epub', { outPath: fixtures.root }), 'unwritable', /is a folder: give a file name to export to/);
  });

  it('a write that fails half-way leaves the previous export as it was', async () => {
    const out = join(fixtures.root, 'kept', 'book.html');
    await mkdir(join(fixtures.root, 'kept'), { recursive: true });
    await writeFile(out, 'the previous export');
    const broken = failingFs(fs, { rename: () => true });
    await rejectsWith(exportStory(broken, { storyDir: fixtures.short.dir, format: 'html', outPath: out, now }), 'unwritable', /cannot write/);
    assert.equal(await readFile(out, 'utf8'), 'the previous export');
    assert.deepEqual(
      (await fs.readDirectory(join(fixtures.root, 'kept'))).map((e) => e.name),
      ['book.html'],
      'no temp file is left behind',
    );
  });

  it('names the chapters exported from their draft and the ones not written yet', async () => {
    const result = await fixtures.export(fixtures.novel, 'md');
    assert.deepEqual(result.warnings, ['chapter 7 is exported from the draft: no revision yet, or the revision was skipped']);
    const gap = join(fixtures.novel.dir, '04-draft', 'chapter-12.md');
    const saved = await readFile(gap);
    const savedRevision = await readFile(join(fixtures.novel.dir, '05-revision', 'chapter-12.md'));
    try {
      await rm(gap);
      await rm(join(fixtures.novel.dir, '05-revision', 'chapter-12.md'));
      const partial = await fixtures.export(fixtures.novel, 'md');
      assert.equal(partial.chapters, 24);
      assert.ok(partial.warnings.includes('chapter 12 is not written yet and left out'), partial.warnings.join('\n'));
    } finally {
      await writeFile(gap, saved);
      await writeFile(join(fixtures.novel.dir, '05-revision', 'chapter-12.md'), savedRevision);
    }
  });
});
