import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { StoryWriterApi } from '../../src/extension';
import type { RunSummary } from '../../src/core/workflow/progress';
import type { StoryEntry } from '../../src/vscode/storyCatalog';
import type { StageTreeNode } from '../../src/vscode/views/stagesView';
import { startFakeGemini, type FakeGemini } from '../support/fakeGemini';
import { activateExtension, answer, nextEvent, openQuestion, listFiles, screenshot, waitFor } from './helpers';

/**
 * What a writer does stage by stage in the real host: the approval question after each stage
 * (answered with the workbench's own buttons), cancelling while it is open, Generate
 * Bible/Outline/Draft and Revise, the tree's inline row actions, which story a command acts on,
 * a save while a file is being rewritten, and how the catalog follows the files.
 */
describe('stage by stage, as a writer works', function () {
  this.timeout(180_000);
  let api: StoryWriterApi;
  let server: FakeGemini;
  let gate: StoryEntry;
  const config = () => vscode.workspace.getConfiguration('storyWriter');
  const setting = (key: string, value: unknown) => config().update(key, value, vscode.ConfigurationTarget.Global);
  const story = () => api.catalog.find(gate.story.id)!;
  const file = (relative: string) => gate.story.uri(`${gate.story.storyDir}/${relative}`);
  const states = (entry: StoryEntry) => entry.state.items.map((i) => `${i.id}=${i.state}`).join(' ');
  const visible = (relative: string) => vscode.window.visibleTextEditors.some((e) => e.document.uri.path === file(relative).path);
  type Summary = RunSummary | undefined;

  before(async () => {
    api = await activateExtension();
    server = await startFakeGemini({ ttftMs: 100, tokensPerSecond: 600 });
    await setting('apiBaseUrl', server.baseUrl);
    await setting('retry.baseDelayMs', 50);
    await setting('workflow.requireApproval', true);
    await setting('ui.streamToEditor', false);
    await api.apiKeys.setApiKey(server.apiKey);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('notifications.clearAll');
    const brief = await vscode.commands.executeCommand<vscode.Uri>('storyWriter.newStory', {
      title: 'The Gatekeeper’s Ledger',
      premise: 'A toll keeper on a mountain pass records every traveller, and one night the ledger lists a name that has not yet arrived.',
      genre: 'Mystery',
      targetWords: 900,
      chapters: 3,
    });
    gate = api.catalog.storyOf(brief)!;
    assert.ok(gate, 'the new story is not in the catalog');
  });

  after(async () => {
    api.runs.cancel();
    for (const key of ['apiBaseUrl', 'retry.baseDelayMs', 'workflow.requireApproval', 'ui.streamToEditor', 'story.folder']) await setting(key, undefined);
    await server.stop();
  });

  it('the approval question after the concept opens it; Regenerate makes it again and asks again; Continue goes on; each answer is acknowledged', async () => {
    const run = vscode.commands.executeCommand<Summary>('storyWriter.generateConcept', gate.story.id);
    const first = await openQuestion(api, /Concept is ready\. Opened 01-concept\.md\. Continue to the next stage, edit it first, or regenerate it\?/);
    assert.deepEqual(first.choices, ['Continue', 'Edit First', 'Regenerate']);
    assert.ok(visible('01-concept.md'), 'the concept is not open');
    await vscode.commands.executeCommand('notifications.showList');
    await screenshot('14-approval-question');
    const conceptCalls = () => server.requests.filter((r) => r.action !== 'getModel' && r.action !== 'listModels').length;
    const before = conceptCalls();
    await answer(api, first, 'Regenerate');
    assert.equal(api.runs.lastApproval?.choice, 'regenerate');
    assert.match(api.runs.lastApproval?.message ?? '', /regenerating Concept; you will be asked again/);
    const second = await openQuestion(api, /Concept is ready/);
    assert.ok(conceptCalls() > before, 'Regenerate made no request');
    await answer(api, second, 'Continue');
    const summary = await run;
    assert.equal(summary?.outcome, 'completed', JSON.stringify(summary?.failures));
    assert.match(api.runs.lastApproval?.message ?? '', /Concept approved; continuing with Story Bible/);
  });

  it('Cancel while the question is open ends the run as cancelled, says what was kept, and releases the story', async () => {
    const run = vscode.commands.executeCommand<Summary>('storyWriter.generateBible', gate.story.id);
    await openQuestion(api, /Story Bible is ready\. Opened 02-bible\.md/);
    assert.equal(await vscode.commands.executeCommand('storyWriter.cancel'), true);
    const summary = await within(run, 15_000, 'the run to end after Cancel');
    assert.equal(summary?.outcome, 'cancelled');
    assert.equal(api.runs.isRunning, false);
    assert.equal(api.questions.open.length, 0, 'a question is still waiting');
    assert.equal(api.runs.lastApproval?.choice, 'cancelled');
    assert.ok(!existsSync(file('.story-writer/lock').fsPath), 'the lock is still held');
    assert.match(api.runs.lastCancelMessage ?? '', /Written before the cancel and kept: Story Bible\./);
    assert.doesNotMatch(api.runs.lastCancelMessage ?? '', /partial/);
    await api.catalog.refresh();
    assert.equal(story().state.items.find((i) => i.id === 'bible')?.state, 'done');
    // The question's notification cannot be closed by an extension; a click on it no longer acts.
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  it('Generate Outline, then Edit First: the outline is open, the run stops and says what to do next', async () => {
    const run = vscode.commands.executeCommand<Summary>('storyWriter.generateOutline', gate.story.id);
    const question = await openQuestion(api, /Outline is ready\. Opened 03-outline\.md/);
    assert.ok(visible('03-outline.md'), 'the outline is not open');
    await answer(api, question, 'Edit First');
    const summary = await run;
    assert.equal(summary?.outcome, 'stopped');
    assert.equal(api.runs.lastApproval?.choice, 'edit-first');
    assert.match(api.runs.lastApproval?.message ?? '', /stopped after Outline so you can edit it\. Save your changes, then run Run Workflow/);
  });

  it('Generate Draft asks once for the stage, opening chapter 1 and naming the other chapters', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const run = vscode.commands.executeCommand<Summary>('storyWriter.generateDraft', gate.story.id);
    const question = await openQuestion(api, /Draft is ready\. Opened 04-draft\/chapter-01\.md; also written: chapter-02\.md, chapter-03\.md/, 60_000);
    assert.ok(visible('04-draft/chapter-01.md'), 'chapter 1 is not open');
    assert.ok(!visible('04-draft/chapter-02.md'), 'only the first chapter opens');
    await vscode.commands.executeCommand('notifications.showList');
    await screenshot('15-approval-draft');
    await answer(api, question, 'Continue');
    const summary = await run;
    assert.equal(summary?.outcome, 'completed', JSON.stringify(summary?.failures));
    const generated = summary?.generated ?? [];
    assert.ok(['draft:01', 'draft:02', 'draft:03'].every((id) => generated.includes(id as never)) && generated.every((id) => id.startsWith('draft:')), JSON.stringify(generated));
  });

  it('Revise streams each chapter beside the writer’s editor and never takes the active editor', async () => {
    await setting('workflow.requireApproval', false);
    await setting('ui.streamToEditor', true);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const brief = await vscode.window.showTextDocument(file('brief.md'), { viewColumn: vscode.ViewColumn.One });
    const summary = await vscode.commands.executeCommand<Summary>('storyWriter.revise', gate.story.id);
    assert.equal(summary?.outcome, 'completed', JSON.stringify(summary?.failures));
    assert.ok(summary?.generated.includes('revision:01'), JSON.stringify(summary?.generated));
    assert.equal(vscode.window.activeTextEditor?.document.uri.path, brief.document.uri.path, 'a chapter took the active editor');
    const chapterEditors = vscode.window.visibleTextEditors.filter((e) => e.document.uri.path.includes('/05-revision/'));
    assert.ok(chapterEditors.length >= 1, 'no finished chapter was shown');
    assert.ok(
      chapterEditors.every((e) => e.viewColumn !== brief.viewColumn),
      'a chapter opened over the writer’s editor',
    );
    await setting('ui.streamToEditor', false);
  });

  it('the inline regenerate on a chapter row regenerates only that chapter, and opens nothing when streamToEditor is off', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const chapterNode = await treeNode(api, gate, 'draft', 2);
    const untouched = ['04-draft/chapter-01.md', '04-draft/chapter-03.md', '05-revision/chapter-01.md'].map((f) => [f, readFileSync(file(f).fsPath, 'utf8')] as const);
    server.setOptions({ tokensPerSecond: 80 });
    try {
      const run = vscode.commands.executeCommand<Summary>('storyWriter.regenerateStage', chapterNode);
      await waitFor('chapter 2 to be rewritten', () => api.runs.isItemRunning(gate.story.id, 'draft:02'), 20_000);
      await vscode.commands.executeCommand('workbench.view.extension.storyWriter');
      await api.stagesView.reveal(await treeNode(api, gate, 'draft', 2), { select: false, expand: true });
      await screenshot('16-chapter-row-regenerate');
      const summary = await run;
      assert.equal(summary?.outcome, 'completed', JSON.stringify(summary?.failures));
      assert.deepEqual(summary?.generated, ['draft:02']);
    } finally {
      server.setOptions({ tokensPerSecond: 600 });
    }
    for (const [f, text] of untouched) assert.equal(readFileSync(file(f).fsPath, 'utf8'), text, `${f} changed`);
    assert.equal(
      vscode.window.visibleTextEditors.filter((e) => e.document.uri.path.includes(gate.story.storyDir) || e.document.uri.scheme === 'story-writer-live').length,
      0,
      'an editor opened with ui.streamToEditor off',
    );
  });

  it('the inline run on a stage row makes that stage: Revised Chapters writes the revision the writer deleted', async () => {
    // The regenerated draft may come back word for word (the model is deterministic), so make
    // the revision missing rather than stale.
    rmSync(file('05-revision/chapter-02.md').fsPath);
    await api.catalog.refresh();
    assert.equal(story().state.items.find((i) => i.id === 'revision:02')?.state, 'pending', states(story()));
    const revisionRow = await treeNode(api, gate, 'revision');
    const summary = await vscode.commands.executeCommand<Summary>('storyWriter.runItem', revisionRow);
    assert.equal(summary?.outcome, 'completed', JSON.stringify(summary?.failures));
    assert.deepEqual(summary?.generated, ['revision:02']);
    const before = server.requests.length;
    const compiled = await vscode.commands.executeCommand<{ file: string; missing: number[] }>('storyWriter.runItem', await treeNode(api, gate, 'manuscript'));
    assert.equal(compiled?.file, 'story.md');
    assert.deepEqual(compiled.missing, []);
    assert.equal(server.requests.length, before, 'the manuscript row made a request');
  });

  it('a file saved while it is being rewritten asks first; Keep My Version keeps the writer’s text and the new text goes to the backups', async () => {
    const chapter = file('04-draft/chapter-01.md');
    server.setOptions({ tokensPerSecond: 60 });
    let summary: Summary;
    const line = 'The ledger’s ink was still wet when she closed it.';
    try {
      const run = vscode.commands.executeCommand<Summary>('storyWriter.regenerateStage', await treeNode(api, gate, 'draft', 1));
      await waitFor('chapter 1 to be rewritten', () => api.runs.isItemRunning(gate.story.id, 'draft:01'), 20_000);
      const doc = await vscode.workspace.openTextDocument(chapter);
      await vscode.window.showTextDocument(doc);
      const edit = new vscode.WorkspaceEdit();
      edit.insert(chapter, new vscode.Position(doc.lineCount, 0), `\n${line}\n`);
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.ok(await doc.save());
      const question = await openQuestion(api, /you saved Draft, chapter 1 \(04-draft\/chapter-01\.md\) while it is being written again/);
      await vscode.commands.executeCommand('notifications.showList');
      await screenshot('17-saved-while-rewritten');
      await answer(api, question, 'Keep My Version');
      summary = await run;
    } finally {
      server.setOptions({ tokensPerSecond: 600 });
    }
    assert.equal(summary?.outcome, 'completed', JSON.stringify(summary?.failures));
    await waitFor('the writer’s choice to be carried out', () => api.runs.lastSaveGuard?.outcomes.some((o) => o.item === 'draft:01') === true);
    assert.equal(api.runs.lastSaveGuard?.outcomes[0]?.choice, 'kept-writer');
    const now = readFileSync(chapter.fsPath, 'utf8');
    assert.ok(now.includes(line), 'the writer’s text was overwritten');
    const backups = listFiles(file('.story-writer/backups/04-draft').fsPath).map((f) => readFileSync(f, 'utf8'));
    assert.ok(
      backups.some((b) => !b.includes(line) && b.length > 500),
      'the new text is not in the backups',
    );
    await api.catalog.refresh();
    assert.equal(story().state.items.find((i) => i.id === 'draft:01')?.state, 'edited', states(story()));
  });

  it('a command acts on the story in the active editor before the tree’s selection', async () => {
    const otherBrief = await within(
      vscode.commands.executeCommand<vscode.Uri>('storyWriter.newStory', {
        title: 'A Second Ledger',
        premise: 'A clerk inherits a shop whose till balances only when someone in town tells a lie.',
        targetWords: 600,
      }),
      10_000,
      'New Story',
    );
    const other = api.catalog.storyOf(otherBrief)!;
    await vscode.commands.executeCommand('workbench.view.extension.storyWriter');
    const otherRow = api.stages.getChildren().find((n) => n.kind === 'story' && n.entry.story.id === other.story.id)!;
    await within(api.stagesView.reveal(otherRow, { select: true, focus: false }), 10_000, 'the other story’s row to be revealed');
    await waitFor('the other story to be selected', () => api.stagesView.selection.some((n) => n.entry.story.id === other.story.id));
    await vscode.window.showTextDocument(file('03-outline.md'));
    // Generous bounds: each call re-reads every story in the workspace, slow on a loaded machine.
    const opened = await within(vscode.commands.executeCommand<vscode.Uri>('storyWriter.openStageFile', { stage: 'concept' }), 30_000, 'Open Stage File');
    assert.equal(opened?.path, file('01-concept.md').path, 'the command acted on the selected story, not the one being edited');
    // With no story file in the editor, the selection decides (the selected story has no manuscript).
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    try {
      const fromSelection = await within(
        vscode.commands.executeCommand<vscode.Uri>('storyWriter.openStageFile', { stage: 'manuscript' }),
        30_000,
        'Open Stage File to use the selection',
      );
      assert.equal(fromSelection, undefined, 'the selected story has no manuscript, so nothing opens');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    }
  });

  it('a change on disk re-reads only the story that changed', async () => {
    await api.catalog.refresh();
    const others = api.catalog.stories.filter((e) => e.story.id !== gate.story.id);
    assert.ok(others.length >= 1);
    const reads = { ...api.catalog.reads };
    const concept = file('01-concept.md').fsPath;
    const changed = nextEvent(api.catalog.onDidChange, () => story().state.items.find((i) => i.id === 'concept')?.state === 'edited', 20_000);
    writeFileSync(concept, `${readFileSync(concept, 'utf8')}\nThe pass closes for winter in nine days.\n`);
    await changed;
    assert.equal(api.catalog.reads.full, reads.full, 'every story was re-read');
    assert.equal(api.catalog.reads.stories, reads.stories + 1);
    for (const entry of others) assert.equal(api.catalog.find(entry.story.id), entry, `${entry.story.name} was re-read`);
  });

  it('a storyWriter.story.folder written with backslashes shows its stories', async () => {
    const root = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
    const dir = path.join(root, 'shelf', 'tales', 'backslash-story');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'brief.md'), readFileSync(file('brief.md').fsPath, 'utf8'));
    const shown = nextEvent(api.catalog.onDidChange, () => api.catalog.stories.some((e) => e.story.storyDir.endsWith('/shelf/tales/backslash-story')), 20_000);
    await setting('story.folder', 'shelf\\tales');
    await shown;
    await setting('story.folder', undefined);
  });

  it('the cancel message in the concept speaks of no partial chapter', async () => {
    const brief = await vscode.commands.executeCommand<vscode.Uri>('storyWriter.newStory', {
      title: 'Cancelled Early',
      premise: 'A bell founder casts a bell that rings only for people who are about to lie.',
      targetWords: 600,
    });
    const early = api.catalog.storyOf(brief)!;
    server.setOptions({ ttftMs: 3_000 });
    try {
      const run = vscode.commands.executeCommand<Summary>('storyWriter.generateConcept', early.story.id);
      await waitFor('the concept to start', () => api.runs.isItemRunning(early.story.id, 'concept'));
      assert.equal(await vscode.commands.executeCommand('storyWriter.cancel'), true);
      const summary = await run;
      assert.equal(summary?.outcome, 'cancelled');
    } finally {
      server.setOptions({ ttftMs: 100 });
    }
    assert.match(api.runs.lastCancelMessage ?? '', /Nothing was finished in this run\./);
    assert.doesNotMatch(api.runs.lastCancelMessage ?? '', /partial/);
  });
});

/** A row of the Stages tree, as the inline buttons receive it. */
async function treeNode(api: StoryWriterApi, entry: StoryEntry, stage: string, chapter?: number): Promise<StageTreeNode> {
  await api.catalog.refresh();
  const storyRow = api.stages.getChildren().find((n) => n.kind === 'story' && n.entry.story.id === entry.story.id);
  assert.ok(storyRow, 'no story row');
  const stageRow = api.stages.getChildren(storyRow).find((n) => n.kind === 'stage' && n.stage === stage);
  assert.ok(stageRow, `no ${stage} row`);
  if (chapter === undefined) return stageRow;
  const chapterRow = api.stages.getChildren(stageRow).find((n) => n.kind === 'chapter' && n.item.chapter === chapter);
  assert.ok(chapterRow, `no chapter ${chapter} row under ${stage}`);
  return chapterRow;
}

function within<T>(promise: Thenable<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}
