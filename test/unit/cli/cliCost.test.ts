// `story-writer run --dry-run` and `--budget`, and the cost `status` shows: the built bundle as a
// child process against the Gemini-protocol test server.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { costOf } from '../../../src/core/cost';
import type { CostEstimate } from '../../../src/core/workflow/costEstimate';
import { startFakeGemini, type FakeGemini } from '../../support/fakeGemini';
import { serverCostUsd } from '../../support/serverCost';
import { SECRET_KEY, describeRun, killLeftoverChildren, listFiles, makeTempRoot, readStageFile, requireBuiltCli, runCli, writeConfig, type CliEnv } from './cliHarness';
import { EXIT_CODES } from '../../../src/cli/exitCodes';

const generated = (server: FakeGemini, from: number) => server.requests.slice(from).filter((r) => r.action === 'streamGenerateContent' || r.action === 'generateContent');

describe('story-writer run --dry-run, --budget and the cost in status', function () {
  this.timeout(60_000);
  let server: FakeGemini;
  let root: string;
  let cleanup: () => Promise<void>;
  let env: CliEnv;
  let noCache: string;
  let story: string;

  before(async () => {
    requireBuiltCli();
    ({ dir: root, cleanup } = await makeTempRoot('story-writer-cli-cost-'));
    server = await startFakeGemini({ apiKey: SECRET_KEY });
    env = { baseUrl: server.baseUrl, cacheDir: join(root, 'cache') };
    noCache = await writeConfig(root, 'no-cache.json', { 'storyWriter.cache.enabled': false });
    story = join(root, 'storm');
    const r = await runCli(['new', story, '--premise', 'A lighthouse keeper finds letters from a storm that has not happened yet.', '--words', '3000', '--chapters', '3'], env);
    assert.equal(r.code, 0, describeRun(r));
  });

  afterEach(() => killLeftoverChildren());
  after(async () => {
    await server?.stop();
    await cleanup?.();
  });

  it('--dry-run prints the plan per stage with tokens and cost, counts the known prompt with countTokens and generates nothing', async () => {
    const from = server.requests.length;
    const r = await runCli(['run', story, '--dry-run', '--config', noCache], env);
    assert.equal(r.code, 0, describeRun(r));
    for (const stage of ['Concept', 'Story Bible', 'Outline', 'Draft', 'Revision'])
      assert.match(r.stdout, new RegExp(`^${stage} +\\d+ +\\d+ +[\\d,]+ +[\\d,]+ +[\\d,]+ +\\$0\\.\\d{4}$`, 'm'), r.stdout);
    assert.match(r.stdout, /^Total +9 +15 +[\d,]+ +[\d,]+ +[\d,]+ +\$0\.\d{4}$/m, 'concept, bible, outline, 3 drafts, 3 revisions; each chapter with one extension');
    assert.match(r.stdout, /1 of 9 prompts counted with countTokens/);
    assert.ok(server.requests.slice(from).some((q) => q.action === 'countTokens'));
    assert.equal(generated(server, from).length, 0);
    assert.deepEqual(await listFiles(story), ['brief.md'], 'nothing written');
  });

  it('--dry-run --json is the whole estimate, item by item', async () => {
    const r = await runCli(['run', story, '--dry-run', '--json'], env);
    assert.equal(r.code, 0, describeRun(r));
    const estimate = JSON.parse(r.stdout) as CostEstimate;
    assert.deepEqual(
      estimate.items.map((i) => i.id),
      ['concept', 'bible', 'outline', 'draft:01', 'revision:01', 'draft:02', 'revision:02', 'draft:03', 'revision:03'],
    );
    assert.equal(estimate.items[0]!.basis, 'counted');
    assert.ok(estimate.items.slice(1).every((i) => i.basis === 'stated'));
    assert.ok(Math.abs(estimate.total.costUsd - estimate.items.reduce((s, i) => s + i.costUsd!, 0)) < 1e-12);
  });

  it('--budget stops before going over it (exit 8), keeps what it wrote, and the next dry run lists only what is left', async () => {
    const from = server.requests.length;
    const r = await runCli(['run', story, '--budget', '0.05', '--config', noCache], env);
    assert.equal(r.code, EXIT_CODES.budget, describeRun(r));
    assert.match(r.stderr, /^Budget reached: spent \$0\.\d{4} of the \$0\.05 budget; .* Not made yet \(\d+\): .*Raise the budget and run again to go on\.$/m);
    assert.match(r.stderr, /^Cost of this run: \$0\.\d{4} · [\d,]+ in \([\d,]+ cached\) · [\d,]+ out · [\d,]+ thinking$/m);
    const billed = serverCostUsd(server.requests.slice(from));
    assert.ok(billed > 0 && billed <= 0.05, `the server billed $${billed}`);

    const concept = await readStageFile(story, '01-concept.md');
    const usage = concept.meta.usage;
    const expected = costOf(concept.meta.model, usage, 'interactive')!.usd;
    assert.ok(concept.meta.costUsd !== undefined && Math.abs(concept.meta.costUsd - expected) < 1e-6, 'the front matter carries the cost beside the usage');

    const dry = await runCli(['run', story, '--dry-run', '--json'], env);
    const left = (JSON.parse(dry.stdout) as CostEstimate).items.map((i) => i.id);
    assert.ok(!left.includes('concept'), `the concept is done: ${left.join(', ')}`);
    assert.ok(left.length < 9 && left.length > 0, left.join(', '));

    const rest = await runCli(['run', story, '--config', noCache], env);
    assert.equal(rest.code, 0, describeRun(rest));
  });

  it('status shows each file’s cost and the story’s cost per stage', async () => {
    const r = await runCli(['status', story], env);
    assert.equal(r.code, 0, describeRun(r));
    assert.match(r.stdout, /^ {2}draft ch01 +done +\d+ words · \$0\.\d{4}/m);
    assert.match(r.stdout, /^ {2}story +\$0\.\d{4} · [\d,]+ in \([\d,]+ cached\) · [\d,]+ out · [\d,]+ thinking$/m);
  });

  it('--budget that is not an amount → exit 2', async () => {
    const r = await runCli(['run', story, '--budget', 'lots'], env);
    assert.equal(r.code, 2, describeRun(r));
    assert.match(r.stderr, /--budget must be an amount in US dollars/);
  });
});
