import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireBuiltCli, runCli, type CliEnv } from '../../cli/cliHarness';
import { writeNovel, writeShortStory } from './fixtureStories';

/** `story-writer export` as a terminal runs it: the built dist/cli.js, with no key at all. */
describe('story-writer export', function () {
  this.timeout(60_000);
  let root: string;
  let env: CliEnv;
  before(async () => {
    requireBuiltCli();
    root = await mkdtemp(join(tmpdir(), 'story-writer-export-cli-'));
    env = { apiKey: null, cacheDir: join(root, 'cache'), cwd: root };
    await writeShortStory(root);
    await writeNovel(root, 4);
  });
  after(() => rm(root, { recursive: true, force: true }));

  it('exports every format without a key, to DIR/exports/ by default, naming chapters taken from drafts', async () => {
    for (const format of ['epub', 'docx', 'html', 'md']) {
      const run = await runCli(['export', 'short', '--format', format], env);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stderr, /note: chapter 3 is exported from the draft/);
      assert.match(run.stderr, new RegExp(`Exported 3 chapters \\([\\d,]+ words\\) to .*short/exports/short\\.${format}`));
      assert.ok(existsSync(join(root, 'short', 'exports', `short.${format}`)));
    }
  });

  it('writes to --out and prints a JSON summary with --json', async () => {
    const run = await runCli(['export', 'novel', '-f', 'markdown', '--out', 'book.md', '--author', 'Jo Pen', '--json'], env);
    assert.equal(run.code, 0, run.stderr);
    const summary = JSON.parse(run.stdout) as { path: string; chapters: number; format: string };
    assert.deepEqual([summary.path, summary.chapters, summary.format], [join(root, 'book.md'), 4, 'md']);
    assert.match(await readFile(join(root, 'book.md'), 'utf8'), /^# The Long Tide\n\nby Jo Pen\n/);
  });

  it('takes the author from storyWriter.export.author in --config', async () => {
    await writeFile(join(root, 'config.json'), JSON.stringify({ 'storyWriter.export.author': 'Config Author' }));
    const run = await runCli(['export', 'novel', '--format', 'md', '--out', 'config.md', '--config', 'config.json'], env);
    assert.equal(run.code, 0, run.stderr);
    assert.match(await readFile(join(root, 'config.md'), 'utf8'), /^by Config Author$/m);
  });

  it('refuses bad input with exit 2 and a sentence that says what to do', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['export', 'short', '--format', 'pdf'], /unknown export format "pdf": use one of epub, docx, html, md/],
      [['export', 'short'], /--format is missing: give one of epub, docx, html, md/],
      [['export', '--format', 'epub'], /export needs one story folder/],
      [['export', 'missing', '--format', 'epub'], /missing does not exist\. Pass the story's folder/],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(args, env);
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, message);
    }
  });

  it('an unwritable output path fails with exit 1 and changes nothing', async () => {
    await writeFile(join(root, 'blocker'), 'x');
    const run = await runCli(['export', 'short', '--format', 'epub', '--out', 'blocker/book.epub'], env);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /cannot write .*blocker\/book\.epub \(.+\)\. Choose a folder you can write to/);
    assert.equal(await readFile(join(root, 'blocker'), 'utf8'), 'x');
  });
});
