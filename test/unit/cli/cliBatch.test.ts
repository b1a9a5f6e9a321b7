// Fault: `story-writer run --batch` killed with SIGKILL while its batch job waits in Gemini, then
// run again. The job's name was recorded in the story's .story-writer/ folder the moment Gemini
// returned it, so the rerun polls that job and collects its chapters: Gemini sees one draft job,
// not two (counted at the test server's batches.create).
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { batchJobPath } from '../../../src/core/workflow/stages/batchStage';
import { startFakeGemini, type FakeGemini } from '../../support/fakeGemini';
import { promptTask } from '../../support/promptTask';
import {
  SECRET_KEY,
  STAGE_FILES,
  assertNoCorruptFile,
  describeRun,
  killLeftoverChildren,
  makeTempRoot,
  pollFor,
  readStageFile,
  requireBuiltCli,
  runCli,
  startCli,
  within,
  writeConfig,
} from './cliHarness';

describe('fault: story-writer run --batch killed with SIGKILL while its job waits, then run again', function () {
  this.timeout(60_000);
  let server: FakeGemini;
  let root: string;
  let cleanupRoot: () => Promise<void>;

  before(async () => {
    requireBuiltCli();
    ({ dir: root, cleanup: cleanupRoot } = await makeTempRoot('story-writer-cli-batch-'));
    // Jobs stay pending until the test lets them finish.
    server = await startFakeGemini({ apiKey: SECRET_KEY, batchPollsToFinish: Infinity });
  });

  after(async () => {
    await killLeftoverChildren();
    await server?.stop();
    await cleanupRoot?.();
  });

  it('the rerun resumes the recorded job: one draft job in all, every chapter written from it', async () => {
    const story = join(root, 'batch-story');
    const env = { baseUrl: server.baseUrl, cacheDir: join(root, 'cache') };
    const config = await writeConfig(root, 'settings.json', { 'workflow.batchPollSeconds': 1 });
    const created = await runCli(
      ['new', story, '--title', 'The Half-Price Winter', '--premise', 'A ferry pilot keeps a ledger of passengers who never arrive.', '--words', '900', '--chapters', '3'],
      env,
    );
    assert.equal(created.code, 0, describeRun(created));
    const outline = await runCli(['run', story, '--stage', 'outline', '--config', config], env);
    assert.equal(outline.code, 0, describeRun(outline));

    const child = startCli(['run', story, '--batch', '--config', config], env);
    await server.waitForRequest((r) => r.action === 'batchGenerateContent', 20_000);
    // The job is on record before the run polls it, so a kill from here on cannot lose it.
    await server.waitForRequest((r) => r.action === 'getBatch', 20_000);
    assert.ok(existsSync(batchJobPath(story, 'draft')), 'the job is recorded in .story-writer/');
    child.child.kill('SIGKILL');
    const killed = await within(child.done, 10_000, 'the killed run to end');
    assert.equal(killed.signal, 'SIGKILL', describeRun(killed));
    assert.match(killed.stderr, /draft: batch job batches\/\S+ (queued|running) \(3 chapters\)/);
    assert.equal(server.batches.created.length, 1);

    server.setOptions({ batchPollsToFinish: 1 });
    const rerun = await runCli(['run', story, '--batch', '--json', '--config', config], env);
    assert.equal(rerun.code, 0, describeRun(rerun));
    const draftJobs = server.batches.created.filter((j) => j.displayName.startsWith('story-writer draft'));
    assert.equal(draftJobs.length, 1, 'no second draft job');
    assert.equal(server.requests.filter((r) => r.action === 'batchGenerateContent').length, 2, 'one job for the drafts, one for the revisions');
    assert.equal(
      server.requests.filter((r) => r.action === 'streamGenerateContent' && /^(Write about|Revise Chapter|Continue Chapter)/.test(promptTask(r.promptText))).length,
      0,
      'no chapter written interactively',
    );
    const { files } = await assertNoCorruptFile(story);
    for (const file of STAGE_FILES(3)) assert.ok(files.includes(file), `${file} missing`);
    for (const file of files.filter((f) => /^0[45]-/.test(f))) assert.ok((await readStageFile(story, file)).meta.flags?.includes('batch'), `${file} flagged batch`);
    await pollFor(() => !existsSync(batchJobPath(story, 'draft')) && !existsSync(batchJobPath(story, 'revision')), 1_000, 'the job records to be gone');
  });
});
