import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { writeFile } from 'node:fs/promises';
import { cliContinuityChecker } from '../../../src/cli/commands/lintContinuity';
import { main } from '../../../src/cli/main';
import type { CliIo } from '../../../src/cli/host';
import { offsetOf } from '../../../src/core/continuity/quotes';
import { GenerationError } from '../../../src/core/generation/generationError';
import { stageFile } from '../../../src/core/stages';
import { readText, writeText } from '../core/workflow/tempStory';
import { smallBrief, workflowHarness, type WorkflowHarness } from '../core/workflow/workflowHarness';

describe('lint --continuity: the continuity FindingChecker (real SDK, test server)', function () {
  this.timeout(60_000);
  let h: WorkflowHarness;
  const io = (env: NodeJS.ProcessEnv): CliIo => ({ stdout: new PassThrough(), stderr: new PassThrough(), env, cwd: h.root, signal: new AbortController().signal });
  const withKey = () => io({ GEMINI_API_KEY: h.server.apiKey, STORY_WRITER_CACHE_DIR: join(h.root, 'cli-cache') });

  before(async () => {
    h = await workflowHarness({}, { ...smallBrief, chapters: 3, targetWords: 1200 });
    assert.equal((await h.run({ target: 'draft' })).outcome, 'completed');
  });
  after(() => h.cleanup());

  it('reports continuity findings with file, exact range, category and evidence', async () => {
    const { checker, dispose } = cliContinuityChecker(withKey(), h.settings, h.logger);
    try {
      assert.equal(checker.source, 'continuity');
      const report = await checker.check(h.storyDir);
      assert.ok(h.generateRequests().length > 0);
      assert.ok((report.dropped ?? 0) + report.findings.length > 0, 'the server reported something');
      for (const f of report.findings) {
        const text = await readText(h.fs, f.passage.file);
        assert.equal(
          text.slice(offsetOf(text, f.passage.range.startLine, f.passage.range.startColumn), offsetOf(text, f.passage.range.endLine, f.passage.range.endColumn)),
          f.passage.quote,
        );
        assert.equal(f.evidence?.length, 1);
        assert.ok(f.message.length > 0);
      }
    } finally {
      await dispose();
    }
  });

  it('an unchanged story is checked again with no request, and so without a key', async () => {
    const before = h.generateRequests().length;
    const { checker, dispose } = cliContinuityChecker(io({}), h.settings, h.logger);
    try {
      await checker.check(h.storyDir);
      assert.equal(h.generateRequests().length, before);
    } finally {
      await dispose();
    }
  });

  it('a changed chapter needs the model: without a key, the key error says what to do', async () => {
    const rel = join(h.storyDir, stageFile('draft', 3));
    await writeText(h.fs, rel, `${await readText(h.fs, rel)}\nThe harbour froze that night for the first time in a hundred years.\n`);
    const { checker, dispose } = cliContinuityChecker(io({}), h.settings, h.logger);
    try {
      await assert.rejects(checker.check(h.storyDir), (e: unknown) => e instanceof GenerationError && e.kind === 'auth' && /GEMINI_API_KEY/.test(e.message));
    } finally {
      await dispose();
    }
  });

  it('story-writer lint --continuity --json: the same verified findings, through the command a terminal runs', async () => {
    const stdout = new PassThrough();
    let out = '';
    stdout.on('data', (d: Buffer) => (out += d.toString()));
    const config = join(h.root, 'lint-config.json');
    await writeFile(config, JSON.stringify({ 'storyWriter.apiBaseUrl': h.server.baseUrl, 'storyWriter.cache.enabled': false }));
    const code = await main(['lint', h.storyDir, '--continuity', '--json', '--config', config], {
      ...withKey(),
      stdout,
    });
    assert.equal(code, 0);
    const json = JSON.parse(out) as { findings: Array<{ source: string; passage: { file: string; quote: string } }> };
    assert.ok(Array.isArray(json.findings));
    for (const f of json.findings) {
      assert.equal(f.source, 'continuity');
      assert.ok((await readText(h.fs, f.passage.file)).includes(f.passage.quote), `${f.passage.quote} is in ${f.passage.file}`);
    }
  });
});
