import * as assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ContinuityReport } from '../../src/core/continuity/continuityChecker';
import type { Finding } from '../../src/core/findings/finding';
import type { StoryWriterApi } from '../../src/extension';
import { CONTINUITY_SOURCE } from '../../src/vscode/continuity/continuityDiagnostics';
import type { StoryEntry } from '../../src/vscode/storyCatalog';
import { startFakeGemini, type FakeGemini } from '../support/fakeGemini';
import { activateExtension, screenshot, useTestServer, waitFor } from './helpers';

/**
 * Continuity in the real extension host: Story: Check Continuity puts findings in the Problems
 * panel on their exact passages with the evidence as related information; the three quick fixes
 * work through the writer's path (the lightbulb's code actions, run as VS Code runs them); the
 * tree counts findings per chapter.
 */
describe('continuity: Story: Check Continuity in VS Code', function () {
  this.timeout(180_000);
  let api: StoryWriterApi;
  let server: FakeGemini;
  let entry: StoryEntry;
  let report: ContinuityReport;

  const toRange = (f: Finding['passage']) => new vscode.Range(f.range.startLine, f.range.startColumn, f.range.endLine, f.range.endColumn);
  const uriOf = (file: string) => entry.story.uri(file);
  const continuityDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === CONTINUITY_SOURCE);
  const actionsAt = (uri: vscode.Uri, range: vscode.Range) => vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range);
  const runAction = async (action: vscode.CodeAction | undefined): Promise<unknown> => {
    assert.ok(action?.command, 'the action has a command');
    return vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  };
  const findingsIn = (file: string) => report.findings.filter((f) => f.passage.file === file);

  before(async () => {
    api = await activateExtension();
    server = await startFakeGemini({});
    await useTestServer(api, server);
    const brief = await vscode.commands.executeCommand<vscode.Uri>('storyWriter.newStory', {
      title: 'The Salt Archive',
      premise: 'An archivist in a drowned city finds a ledger that lists the dead before they die.',
      genre: 'Mystery',
      targetWords: 2400,
      chapters: 4,
    });
    entry = api.catalog.storyOf(brief)!;
    assert.ok(entry, 'the new story is in the catalog');
    const summary = await api.runs.run({ entry, target: 'draft' });
    assert.equal(summary?.outcome, 'completed');
    await api.catalog.refresh();
    entry = api.catalog.find(entry.story.id)!;
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.getConfiguration('storyWriter').update('apiBaseUrl', undefined, vscode.ConfigurationTarget.Global);
    await server.stop();
    rmSync(entry.story.uri(entry.story.storyDir).fsPath, { recursive: true, force: true });
    await api.catalog.refresh();
  });

  it('shows verified findings as problems on their exact passages, with the evidence as related information', async () => {
    const result = await vscode.commands.executeCommand<ContinuityReport | undefined>('storyWriter.checkContinuity', { story: entry.story.id, scope: 'story' });
    assert.ok(result, 'the check returned a report');
    report = result;
    assert.ok(report.findings.length > 0, `the test server found nothing (${report.dropped} dropped)`);
    assert.ok(report.dropped > 0, 'some of the server’s quotes were made up and dropped');
    for (const f of report.findings) {
      const uri = uriOf(f.passage.file);
      // Two findings may share a passage (contradicting two earlier places): the one with this finding's evidence.
      const evidence = f.evidence![0]!;
      const diagnostic = continuityDiagnostics(uri).find(
        (d) =>
          d.range.isEqual(toRange(f.passage)) &&
          d.relatedInformation?.[0]?.location.uri.toString() === uriOf(evidence.file).toString() &&
          d.relatedInformation[0].location.range.isEqual(toRange(evidence)),
      );
      assert.ok(
        diagnostic,
        `a diagnostic on ${f.passage.file} ${JSON.stringify(f.passage.range)} with its evidence in ${evidence.file} ${JSON.stringify(evidence.range)} as related information`,
      );
      const doc = await vscode.workspace.openTextDocument(uri);
      assert.equal(doc.getText(diagnostic.range), f.passage.quote);
      const evidenceDoc = await vscode.workspace.openTextDocument(uriOf(evidence.file));
      assert.equal(evidenceDoc.getText(diagnostic.relatedInformation![0]!.location.range), evidence.quote);
    }

    const f = report.findings[0]!;
    const editor = await vscode.window.showTextDocument(uriOf(f.passage.file), { selection: toRange(f.passage) });
    editor.revealRange(toRange(f.passage), vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await screenshot('30-continuity-problem');
  });

  it('the tree shows a finding count on each chapter with findings', async () => {
    const stage = api.stages.getChildren({ kind: 'story', entry: api.catalog.find(entry.story.id)! }).find((n) => n.kind === 'stage' && n.stage === 'draft')!;
    const rows = api.stages.getChildren(stage).filter((n) => n.kind === 'chapter');
    let counted = 0;
    for (const row of rows) {
      if (row.kind !== 'chapter') continue;
      const count = findingsIn(row.item.path).length;
      const description = String(api.stages.getTreeItem(row).description ?? '');
      if (count > 0) assert.match(description, new RegExp(`^${count} continuity · `));
      else assert.doesNotMatch(description, /continuity/);
      counted += count;
    }
    assert.equal(counted, report.findings.length, 'every finding is counted on its chapter');
    await vscode.commands.executeCommand('workbench.view.extension.storyWriter');
    await screenshot('32-continuity-tree');
  });

  it('offers Rewrite to agree, This is intentional and Open evidence; Open evidence selects the evidence', async () => {
    const f = report.findings[0]!;
    const uri = uriOf(f.passage.file);
    const actions = await actionsAt(uri, toRange(f.passage));
    const titles = actions.map((a) => a.title);
    for (const t of ['Rewrite to agree', 'This is intentional', 'Open evidence']) assert.ok(titles.includes(t), `${t} in ${titles.join(', ')}`);

    await vscode.window.showTextDocument(uri, { selection: toRange(f.passage) });
    await vscode.commands.executeCommand('editor.action.quickFix');
    await screenshot('31-continuity-actions');
    await vscode.commands.executeCommand('hideCodeActionWidget');

    await runAction(actions.find((a) => a.title === 'Open evidence'));
    const evidence = f.evidence![0]!;
    await waitFor('the evidence to open', () => vscode.window.activeTextEditor?.document.uri.toString() === uriOf(evidence.file).toString());
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.getText(editor.selection), evidence.quote);
  });

  it('This is intentional records the passage (the writer presses Enter with no reason) and it is not reported again', async () => {
    const f = report.findings[0]!;
    const uri = uriOf(f.passage.file);
    const action = (await actionsAt(uri, toRange(f.passage))).find((a) => a.title === 'This is intentional');
    const marking = runAction(action);
    // The optional reason: the writer just presses Enter.
    await waitFor(
      'the suppression to be written',
      async () => {
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        return readIgnore().includes(f.passage.quote.replace(/\s+/g, ' '));
      },
      20_000,
    );
    assert.equal(await marking, true);
    assert.ok(!continuityDiagnostics(uri).some((d) => d.range.isEqual(toRange(f.passage))), 'the problem is gone');
    const before = server.requests.length;
    const again = await vscode.commands.executeCommand<ContinuityReport>('storyWriter.checkContinuity', { story: entry.story.id, scope: 'story' });
    assert.equal(server.requests.length, before, 'an unchanged story is checked with no request');
    assert.ok(!again.findings.some((g) => g.passage.file === f.passage.file && g.passage.quote === f.passage.quote));
    assert.ok(again.findings.length >= report.findings.length - 1);
    report = again;
  });

  it('Rewrite to agree replaces only the passage, as one undoable edit', async () => {
    const f = report.findings[0];
    assert.ok(f, 'a finding left to rewrite');
    const uri = uriOf(f.passage.file);
    const editor = await vscode.window.showTextDocument(uri);
    const original = editor.document.getText();
    const range = toRange(f.passage);
    const start = editor.document.offsetAt(range.start);
    const end = editor.document.offsetAt(range.end);
    const action = (await actionsAt(uri, range)).find((a) => a.title === 'Rewrite to agree');
    assert.equal(await runAction(action), true);
    const rewritten = editor.document.getText();
    assert.notEqual(rewritten, original);
    assert.equal(rewritten.slice(0, start), original.slice(0, start), 'nothing before the passage changed');
    assert.equal(rewritten.slice(rewritten.length - (original.length - end)), original.slice(end), 'nothing after it changed');
    assert.ok(!continuityDiagnostics(uri).some((d) => d.range.isEqual(range)));
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original, 'undo restores the passage');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('onSave: saving an edited chapter re-checks it and the chapters after it, nothing else', async () => {
    const config = vscode.workspace.getConfiguration('storyWriter');
    await config.update('checks.continuity', 'onSave', vscode.ConfigurationTarget.Global);
    await waitFor('the setting to apply', () => api.settings.settings['checks.continuity'] === 'onSave');
    try {
      const previous = api.continuity.lastReport;
      const chapter2 = story().state.items.find((i) => i.id === 'draft:02')!;
      const editor = await vscode.window.showTextDocument(uriOf(chapter2.path));
      await editor.edit((b) => b.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, '\n\nThe tide came in over the archive steps that night.\n'));
      await editor.document.save();
      await waitFor('the check on save', () => api.continuity.lastReport !== previous, 30_000);
      const stats = api.continuity.lastReport!.stats;
      assert.deepEqual(stats.extracted, [2]);
      assert.ok(stats.checked.includes(2) && !stats.checked.includes(1), `checked ${stats.checked.join(', ')}`);
      assert.deepEqual([...stats.checked, ...stats.reused].sort(), [1, 2, 3, 4]);
    } finally {
      await config.update('checks.continuity', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  function story(): StoryEntry {
    return api.catalog.find(entry.story.id)!;
  }

  function readIgnore(): string {
    try {
      return readFileSync(path.join(entry.story.uri(entry.story.storyDir).fsPath, 'continuity-ignore.md'), 'utf8');
    } catch {
      return '';
    }
  }
});
