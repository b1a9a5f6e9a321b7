// `story-writer lint`: the text and JSON a terminal or CI sees, the exit codes, the errors for a
// bad folder or flag, and the checker list (a continuity checker is one more entry).
import * as assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { Finding, FindingChecker } from '../../../src/core/findings/finding';
import { LINT_CHECKERS, lintCommand, type LintCheckerEntry } from '../../../src/cli/commands/lint';
import { main } from '../../../src/cli/main';
import { UsageError } from '../../../src/cli/cliError';
import type { CliIo } from '../../../src/cli/host';
import { describeRun, makeTempRoot, requireBuiltCli, runCli, writeConfig } from './cliHarness';

const SLOPPY = '---\nstage: draft\n---\n\n# Chapter 1\n\n"Go," she hissed. It was a testament to her. I left.\n';

interface Captured {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function capture(run: (io: CliIo) => Promise<number>, cwd: string): Promise<Captured> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await run({ stdout, stderr, env: {}, cwd, signal: new AbortController().signal });
  return { code, stdout: out, stderr: err };
}

describe('story-writer lint', function () {
  this.timeout(20_000);
  let root: string;
  let cleanup: () => Promise<void>;
  let story: string;
  const lint = (...args: string[]) => capture((io) => main(['lint', ...args], io), root);

  before(async () => {
    ({ dir: root, cleanup } = await makeTempRoot('story-writer-lint-'));
    story = join(root, 'salt-road');
    await mkdir(join(story, '04-draft'), { recursive: true });
    await writeFile(join(story, 'brief.md'), '---\ntitle: The Salt Road\npointOfView: third-limited\n---\n\nTwo sisters walk to the sea.\n');
    await writeFile(join(story, '04-draft', 'chapter-01.md'), SLOPPY);
    await writeFile(join(story, '04-draft', 'chapter-01.partial.md'), 'A testament to nothing: leftovers are not linted.\n');
  });

  after(() => cleanup());

  it('prints file:line:column, severity, source/rule, the message and the passage; exit 0 without --fail-on', async () => {
    const r = await lint('salt-road');
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.equal(
      lines[0],
      'salt-road/04-draft/chapter-01.md:7:11: information style/said-bookism Said-bookism "hissed" as a dialogue tag. A showy dialogue tag draws the eye from the dialogue; "said" and "asked" are invisible.',
    );
    assert.equal(lines[1], '    > hissed');
    assert.match(r.stdout, /^salt-road\/04-draft\/chapter-01\.md:7:26: warning style\/stock-phrase Stock phrase "a testament to"\./m);
    assert.match(r.stdout, /^salt-road\/04-draft\/chapter-01\.md:7:46: warning style\/pov-slip "I" in third-person narration\./m);
    assert.ok(!r.stdout.includes('partial'), 'a .partial.md file was linted');
    assert.equal(r.stderr, 'style: 3 findings (0 errors, 2 warnings, 1 note) in 1 file.\n');
  });

  it('--json: the findings (0-based positions, absolute files) and each chapter’s score under its checker', async () => {
    const r = await lint('salt-road', '--json', '--style');
    assert.equal(r.code, 0);
    const json = JSON.parse(r.stdout) as { findings: Finding[]; scores: Record<string, Record<string, number>>; dropped: number };
    assert.deepEqual(Object.keys(json), ['findings', 'scores', 'dropped']);
    const file = join(story, '04-draft', 'chapter-01.md');
    assert.deepEqual(
      json.findings.map((f) => [f.source, f.rule, f.severity, f.passage.file, f.passage.range, f.passage.quote]),
      [
        ['style', 'said-bookism', 'information', file, { startLine: 6, startColumn: 10, endLine: 6, endColumn: 16 }, 'hissed'],
        ['style', 'stock-phrase', 'warning', file, { startLine: 6, startColumn: 25, endLine: 6, endColumn: 39 }, 'a testament to'],
        ['style', 'pov-slip', 'warning', file, { startLine: 6, startColumn: 45, endLine: 6, endColumn: 46 }, 'I'],
      ],
    );
    assert.deepEqual(json.scores, { style: { [file]: Math.round((3 / 11) * 1000 * 100) / 100 } });
    assert.equal(json.dropped, 0);
  });

  it('--fail-on: exit 7 when a finding is that severe, 0 when none is, 2 for a bad value', async () => {
    assert.equal((await lint('salt-road', '--fail-on', 'warning')).code, 7);
    assert.equal((await lint('salt-road', '--fail-on', 'error')).code, 0);
    const bad = await lint('salt-road', '--fail-on', 'notice');
    assert.equal(bad.code, 2);
    assert.equal(bad.stderr, 'story-writer: --fail-on must be error or warning (found "notice").\n');
  });

  it('--config turns rules off and adds phrases', async () => {
    const config = await writeConfig(root, 'style.json', { 'storyWriter.style.disabledRules': ['pov-slip', 'said-bookism'], 'storyWriter.style.extraPhrases': ['she hissed'] });
    const r = await lint('salt-road', '--json', '--config', config);
    const json = JSON.parse(r.stdout) as { findings: Finding[] };
    assert.deepEqual(
      json.findings.map((f) => `${f.rule}:${f.passage.quote}`),
      ['stock-phrase:she hissed', 'stock-phrase:a testament to'],
    );
  });

  it('a missing folder, a file, or a folder without brief.md is a clear usage error (exit 2)', async () => {
    const missing = await lint('nowhere');
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, `story-writer: ${join(root, 'nowhere')} does not exist. Give the folder of a story (the one with brief.md).\n`);
    const file = await lint('salt-road/brief.md');
    assert.equal(file.code, 2);
    assert.match(file.stderr, /is a file, not a story folder/);
    const bare = await lint('salt-road/04-draft');
    assert.equal(bare.code, 2);
    assert.match(bare.stderr, /04-draft is not a story folder: it has no brief\.md/);
    assert.equal((await lint()).code, 2);
    assert.equal((await lint('salt-road', '--colour')).code, 2);
  });

  it('this build has both checkers; a flag whose checker is not in the list is refused, not reported as clean', async () => {
    assert.deepEqual(
      LINT_CHECKERS.map((c) => c.source),
      ['style', 'continuity'],
    );
    const styleOnly = LINT_CHECKERS.filter((c) => c.source === 'style');
    const stdout = new PassThrough();
    await assert.rejects(
      lintCommand(styleOnly)(['salt-road', '--continuity'], { stdout, stderr: new PassThrough(), env: {}, cwd: root, signal: new AbortController().signal }),
      (e: unknown) => e instanceof UsageError && e.message === '--continuity is not available in this build of story-writer: it has no continuity checker. Run lint with --style.',
    );
    assert.equal(stdout.read(), null);
  });

  it('with a continuity checker in the list, --continuity runs it (alone, or with --style) and --fail-on error sees its errors', async () => {
    const asked: string[] = [];
    const continuity: FindingChecker = {
      source: 'continuity',
      check: async (storyDir) => {
        asked.push(storyDir);
        const file = join(storyDir, '04-draft', 'chapter-01.md');
        return {
          findings: [
            {
              source: 'continuity',
              rule: 'character',
              severity: 'error',
              message: 'Nell is dead in chapter 1.',
              passage: { file, range: { startLine: 6, startColumn: 5, endLine: 6, endColumn: 7 }, quote: 'Go' },
              evidence: [{ file: join(storyDir, '02-bible.md'), range: { startLine: 3, startColumn: 0, endLine: 3, endColumn: 9 }, quote: 'Nell dies' }],
            },
          ],
          scores: { [file]: 90.9 },
          dropped: 2,
        };
      },
    };
    let disposed = 0;
    const entries: LintCheckerEntry[] = [
      ...LINT_CHECKERS.filter((c) => c.source === 'style'),
      { source: 'continuity', create: async () => ({ ...continuity, dispose: () => void disposed++ }) },
    ];
    const run = (...args: string[]) => capture((io) => lintCommand(entries)(args, io), root);

    const alone = await run('salt-road', '--continuity', '--fail-on', 'error');
    assert.equal(alone.code, 7);
    assert.equal(asked.length, 1);
    assert.equal(
      alone.stdout,
      'salt-road/04-draft/chapter-01.md:7:6: error continuity/character Nell is dead in chapter 1.\n    > Go\n    evidence salt-road/02-bible.md:4:1: Nell dies\n',
    );
    assert.equal(alone.stderr, 'continuity: 1 finding (1 error, 0 warnings, 0 notes) in 1 file; 2 dropped unverified.\n');

    const both = await run('salt-road', '--continuity', '--style', '--json');
    const json = JSON.parse(both.stdout) as { findings: Finding[]; scores: Record<string, unknown>; dropped: number };
    assert.deepEqual(
      json.findings.map((f) => `${f.source}/${f.rule}`),
      ['continuity/character', 'style/said-bookism', 'style/stock-phrase', 'style/pov-slip'],
    );
    assert.deepEqual(Object.keys(json.scores).sort(), ['continuity', 'style']);
    assert.equal(json.dropped, 2);
    assert.equal(disposed, 2, 'each run disposes the checker it made');
  });

  it('the built command: lint is wired into main and exits 7 on --fail-on warning', async () => {
    requireBuiltCli();
    const r = await runCli(['lint', story, '--fail-on', 'warning'], { apiKey: null, cacheDir: join(root, 'cache'), cwd: root });
    assert.equal(r.code, 7, describeRun(r));
    assert.match(r.stdout, /style\/stock-phrase/);
    assert.match(r.stderr, /^style: 3 findings/m);
  });
});
