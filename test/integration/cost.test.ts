import * as assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import * as vscode from 'vscode';
import { EXIT_CODES, exitCodeOfRun } from '../../src/cli/exitCodes';
import type { StoryWriterApi } from '../../src/extension';
import type { StoryEntry } from '../../src/vscode/storyCatalog';
import { statisticsRows } from '../../src/vscode/views/statisticsView';
import { startFakeGemini, type FakeGemini } from '../support/fakeGemini';
import { serverCostUsd } from '../support/serverCost';
import { activateExtension, commandPaletteRows, screenshot, useTestServer, waitFor } from './helpers';

/**
 * Issue #15 in the real extension host: Story: Estimate Cost from the story's context menu shows
 * the breakdown beside the editor; a run under storyWriter.budget.maxUsdPerRun stops at the
 * budget, says what it spent and what is left, and offers Raise Budget; the tree and the
 * Statistics view show what the story and the session cost.
 */
describe('cost: Estimate Cost and the budget in VS Code', function () {
  this.timeout(120_000);
  let api: StoryWriterApi;
  let server: FakeGemini;
  let entry: StoryEntry;
  const config = () => vscode.workspace.getConfiguration('storyWriter');

  before(async () => {
    api = await activateExtension();
    server = await startFakeGemini();
    await useTestServer(api, server);
    // Every request is paid for: the response cache would answer a second run for nothing.
    await config().update('cache.enabled', false, vscode.ConfigurationTarget.Global);
    const brief = await vscode.commands.executeCommand<vscode.Uri>('storyWriter.newStory', {
      title: 'The Storm Letters',
      premise: 'A lighthouse keeper finds letters from a storm that has not happened yet, and must decide whether to warn the town that never believed her.',
      genre: 'Literary fiction',
      targetWords: 6000,
      chapters: 6,
    });
    entry = api.catalog.storyOf(brief)!;
    assert.ok(entry, 'the catalog does not know the new story');
    await vscode.commands.executeCommand('workbench.view.extension.storyWriter');
  });

  after(async () => {
    api.runs.cancel();
    for (const key of ['apiBaseUrl', 'cache.enabled', 'budget.maxUsdPerRun']) await config().update(key, undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    rmSync(entry.story.uri(entry.story.storyDir).fsPath, { recursive: true, force: true });
    await api.catalog.refresh();
    await server.stop();
  });

  it('Story: Estimate Cost is in the command palette', async () => {
    const rows = await commandPaletteRows('estimate-cost', 'Story: Estimate Cost');
    if (rows) assert.ok(rows.includes('Story: Estimate Cost'), JSON.stringify(rows));
  });

  it('Estimate Cost from the story’s context menu shows the breakdown per stage in the editor', async () => {
    const node = api.stages.getChildren().find((n) => n.kind === 'story' && n.entry.story.id === entry.story.id);
    assert.ok(node, 'the story is not in the tree');
    const before = server.requests.filter((r) => r.action === 'countTokens').length;
    const markdown = await vscode.commands.executeCommand<string | undefined>('storyWriter.estimateCost', node);
    assert.ok(markdown, 'the command returned nothing');
    assert.match(markdown, /^# Estimated cost: The Storm Letters/);
    for (const stage of ['Concept', 'Story Bible', 'Outline', 'Draft', 'Revision']) assert.match(markdown, new RegExp(`\\| ${stage} +\\| `), `${stage} row`);
    // Concept, bible, outline, 6 drafts and 6 revisions; each chapter counted with one extension request.
    assert.match(markdown, /\| \*\*Total\*\* +\| +15 \| +27 \| +[\d,]+ \| +[\d,]+ \| +[\d,]+ \| +\$0\.\d{4} \|/, markdown);
    assert.match(markdown, /prompts counted with countTokens/);
    assert.ok(server.requests.filter((r) => r.action === 'countTokens').length > before, 'the concept prompt was counted by the API');
    assert.equal(server.requests.filter((r) => r.action === 'streamGenerateContent' || r.action === 'generateContent').length, 0, 'an estimate generates nothing');
    await waitFor('the estimate beside the editor', () => vscode.window.visibleTextEditors.some((e) => e.document.getText() === markdown && e.document.languageId === 'markdown'));
    await screenshot('40-estimate-cost');
  });

  it('a run under a budget stops before going over it, keeps what it wrote, and offers Raise Budget', async () => {
    await config().update('budget.maxUsdPerRun', 0.05, vscode.ConfigurationTarget.Global);
    await waitFor('the extension to see the budget', () => api.settings.settings['budget.maxUsdPerRun'] === 0.05);
    const summary = await vscode.commands.executeCommand<Awaited<ReturnType<StoryWriterApi['runs']['run']>>>('storyWriter.runWorkflow', entry.story.id);
    assert.ok(summary, 'the run did not start');
    assert.equal(summary.outcome, 'stopped', JSON.stringify(summary.failures));
    assert.equal(summary.budget?.reached, true);
    assert.equal(exitCodeOfRun(summary), EXIT_CODES.budget);
    const billed = serverCostUsd(server.requests);
    assert.ok(billed <= 0.05, `the server billed $${billed}`);
    assert.ok(summary.generated.length > 0, 'the budget covered part of the run');
    assert.match(api.runs.lastErrors[0]?.message ?? '', /Budget reached: spent \$0\.\d{4} of the \$0\.05 budget.*Not made yet/);
    assert.deepEqual(api.runs.lastErrors[0]?.actions, ['Raise Budget']);
    await api.catalog.refresh();
    const done = api.catalog.find(entry.story.id)!.state.items.filter((i) => i.state === 'done');
    assert.ok(done.length > 0 && done.every((i) => i.meta?.costUsd !== undefined && i.meta.costUsd > 0), 'every file it wrote is kept, with its cost');
    await vscode.commands.executeCommand('notifications.showList');
    await screenshot('41-budget-stop');
    await vscode.commands.executeCommand('notifications.hideList');
  });

  it('the tree’s story tooltip and the Statistics view show what the story and the session cost', async () => {
    const node = api.stages.getChildren().find((n) => n.kind === 'story' && n.entry.story.id === entry.story.id)!;
    const tooltip = api.stages.getTreeItem(node).tooltip as vscode.MarkdownString;
    assert.match(tooltip.value, /Cost so far/);
    assert.match(tooltip.value, /\*\*Story\*\* \| \$0\.\d{4} · [\d,]+ in \([\d,]+ cached\) · [\d,]+ out · [\d,]+ thinking/);
    const rows = statisticsRows(api.service.getStatistics(), api.settings.settings.prices);
    const cost = rows.find(([label]) => label === 'Cost (session)');
    assert.ok(cost && /^\$0\.\d{4}/.test(cost[1]), JSON.stringify(cost));
    assert.match(rows.find(([label]) => label === 'Tokens')![1], /cached/);
  });
});
