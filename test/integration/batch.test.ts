import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { classifyCheckpoint } from '../../src/core/checkpoint/checkpointFile';
import type { StoryWriterApi } from '../../src/extension';
import type { StoryEntry } from '../../src/vscode/storyCatalog';
import { startFakeGemini, type FakeGemini } from '../support/fakeGemini';
import { activateExtension, commandPaletteRows, screenshot, useTestServer, waitFor } from './helpers';

/**
 * Story: Run Workflow in Batch (half price) in the real extension host, against the test server:
 * the chapter stages go as batch jobs, the progress shows each job's state while Gemini works on
 * it, and the chapters land as ordinary files flagged `batch`.
 */
describe('batch mode in VS Code: Run Workflow in Batch (half price)', function () {
  this.timeout(120_000);
  let api: StoryWriterApi;
  let server: FakeGemini;
  let entry: StoryEntry;
  const config = () => vscode.workspace.getConfiguration('storyWriter');

  before(async () => {
    api = await activateExtension();
    // A job is looked at a few times (a second apart) before it is done: long enough to see its state.
    server = await startFakeGemini({ batchPollsToFinish: 4 });
    await useTestServer(api, server);
    await config().update('workflow.batchPollSeconds', 1, vscode.ConfigurationTarget.Global);
    const brief = await vscode.commands.executeCommand<vscode.Uri>('storyWriter.newStory', {
      title: 'The Half-Price Winter',
      premise: 'A ferry pilot keeps a ledger of passengers who never arrive, until one of them does.',
      targetWords: 900,
      chapters: 3,
    });
    const found = brief && api.catalog.storyOf(brief);
    assert.ok(found, 'the new story is not in the catalog');
    entry = found;
  });

  after(async () => {
    api.runs.cancel();
    for (const key of ['apiBaseUrl', 'workflow.batchPollSeconds']) await config().update(key, undefined, vscode.ConfigurationTarget.Global);
    await server.stop();
  });

  it('is offered in the command palette', async () => {
    const rows = await commandPaletteRows('42-batch-palette', 'Run Workflow in Batch');
    if (rows)
      assert.ok(
        rows.some((r) => r.includes('Story: Run Workflow in Batch (half price)')),
        JSON.stringify(rows),
      );
  });

  it('runs the chapter stages as batch jobs, shows each job’s state, and writes the chapters flagged batch', async () => {
    await vscode.commands.executeCommand('workbench.view.extension.storyWriter');
    const seen = waitFor(
      'the progress to show the draft job running',
      () => /Batch job \(draft, 3 chapters\): running at Gemini/.test(api.runs.lastProgressMessage ?? ''),
      60_000,
    ).then(async () => {
      // This host shows no toasts: the progress notification is in the notification center.
      await vscode.commands.executeCommand('notifications.showList');
      await screenshot('42-batch-run');
      await vscode.commands.executeCommand('notifications.hideList');
    });
    const summary = await vscode.commands.executeCommand<Awaited<ReturnType<StoryWriterApi['runs']['run']>>>('storyWriter.runWorkflowBatch', entry.story.id);
    await seen;
    assert.ok(summary, 'the run did not start');
    assert.equal(summary.outcome, 'completed', JSON.stringify(summary.failures));
    assert.equal(server.batches.created.length, 2, 'one job for the drafts, one for the revisions');
    assert.equal(server.requests.filter((r) => r.action === 'getBatch').length >= 6, true);
    const dir = entry.story.uri(entry.story.storyDir).fsPath;
    for (const file of ['04-draft/chapter-01.md', '04-draft/chapter-03.md', '05-revision/chapter-02.md']) {
      const read = classifyCheckpoint(readFileSync(path.join(dir, file)), file);
      assert.equal(read.kind, 'checkpoint', file);
      if (read.kind === 'checkpoint') assert.ok(read.meta.flags?.includes('batch'), `${file} is flagged batch`);
    }
    await api.catalog.refresh();
    const states = api.catalog.find(entry.story.id)!.state.items.map((i) => `${i.id}=${i.state}`);
    assert.ok(
      states.every((s) => s.endsWith('=done')),
      states.join(' '),
    );
  });
});
