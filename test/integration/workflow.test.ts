import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { StoryWriterApi } from '../../src/extension';
import type { StoryEntry } from '../../src/vscode/storyCatalog';
import type { StageTreeNode } from '../../src/vscode/views/stagesView';
import { startFakeGemini, type FakeGemini } from '../support/fakeGemini';
import { activateExtension, answer, dismiss, openQuestion, listFiles, screenshot, waitFor } from './helpers';
import { exitCodeOfRun } from '../../src/cli/exitCodes';
import { promptTask } from '../support/promptTask';

/**
 * A writer's path through the real extension host: New Story, Run Workflow, edit a stage and see
 * its dependants turn stale, cancel mid-draft, regenerate an edited file, compare, statistics.
 * Everything goes through the commands and the tree's data provider, against the project's
 * Gemini-protocol server over real HTTP.
 */
describe('the writer’s workflow in VS Code', function () {
  this.timeout(120_000);
  let api: StoryWriterApi;
  let server: FakeGemini;
  let entry: StoryEntry;
  const config = () => vscode.workspace.getConfiguration('storyWriter');

  const story = () => {
    const found = api.catalog.find(entry.story.id);
    assert.ok(found, 'the story is no longer in the catalog');
    return found;
  };
  const item = (id: string) => story().state.items.find((i) => i.id === id);
  const fsPath = (p: string) => entry.story.uri(p).fsPath;

  before(async () => {
    api = await activateExtension();
    // Slow enough to watch a chapter stream in, fast enough for CI.
    server = await startFakeGemini({ ttftMs: 150, tokensPerSecond: 400 });
    await config().update('apiBaseUrl', server.baseUrl, vscode.ConfigurationTarget.Global);
    await config().update('retry.baseDelayMs', 50, vscode.ConfigurationTarget.Global);
    await api.apiKeys.setApiKey(server.apiKey);
    await vscode.commands.executeCommand('workbench.action.closePanel');
  });

  after(async () => {
    api.runs.cancel();
    for (const key of ['apiBaseUrl', 'retry.baseDelayMs', 'ui.streamToEditor']) await config().update(key, undefined, vscode.ConfigurationTarget.Global);
    await server.stop();
  });

  it('New Story with arguments creates the brief and shows the story in the tree', async () => {
    const brief = await vscode.commands.executeCommand<vscode.Uri>('storyWriter.newStory', {
      title: 'The Lighthouse Keeper’s Daughter',
      premise: 'A girl who keeps the lamp lit discovers that the ships it guides are not all from this century.',
      genre: 'Magical realism',
      targetWords: 900,
      chapters: 3,
    });
    assert.ok(brief, 'New Story returned no brief');
    assert.ok(existsSync(brief.fsPath), `${brief.fsPath} was not written`);
    assert.match(readFileSync(brief.fsPath, 'utf8'), /title: The Lighthouse Keeper’s Daughter/);
    const found = api.catalog.storyOf(brief);
    assert.ok(found, 'the catalog does not know the new story');
    entry = found;
    const roots = api.stages.getChildren();
    assert.ok(roots.some((n) => n.kind === 'story' && n.entry.story.id === entry.story.id));
    await vscode.commands.executeCommand('workbench.view.extension.storyWriter');
    await screenshot('06-new-story');
  });

  it('Run Workflow writes every file, streams a chapter into an editor, and the tree shows all done', async () => {
    server.setOptions({ tokensPerSecond: 120 });
    const running = waitFor('a chapter to be drafted', () => api.runs.isItemRunning(entry.story.id, 'draft:01') || api.runs.isItemRunning(entry.story.id, 'draft:02'), 60_000).then(
      async () => {
        await waitFor(
          'prose in the live editor',
          () => vscode.workspace.textDocuments.some((d) => d.uri.scheme === 'story-writer-live' && d.uri.path.startsWith(entry.story.storyDir) && d.getText().length > 400),
          30_000,
        );
        await screenshot('07-chapter-streaming');
      },
    );
    const summary = await vscode.commands.executeCommand<Awaited<ReturnType<StoryWriterApi['runs']['run']>>>('storyWriter.runWorkflow', entry.story.id);
    await running;
    server.setOptions({ tokensPerSecond: 400 });
    assert.ok(summary, 'the run did not start');
    assert.equal(summary.outcome, 'completed', JSON.stringify(summary.failures));
    await api.catalog.refresh();
    const states = story().state.items.map((i) => `${i.id}=${i.state}`);
    assert.ok(story().state.items.length >= 3 + 2 * 3 + 1, states.join(' '));
    assert.ok(
      story().state.items.every((i) => i.state === 'done'),
      states.join(' '),
    );
    for (const file of ['01-concept.md', '02-bible.md', '03-outline.md', '04-draft/chapter-01.md', '05-revision/chapter-03.md', 'story.md']) {
      assert.ok(existsSync(path.join(fsPath(entry.story.storyDir), file)), `${file} missing`);
    }
    const rows = treeRows(api, entry);
    assert.ok(rows.length > 0 && rows.every((r) => r.state === 'done'), JSON.stringify(rows));
    await screenshot('08-all-done');
  });

  it('a second run makes no request', async () => {
    const before = server.requests.length;
    const summary = await api.runs.run({ entry: story() });
    assert.equal(summary?.requests, 0);
    assert.equal(server.requests.length, before);
  });

  it('statistics report the requests made', () => {
    const stats = api.service.getStatistics();
    // At least the 9 of a 3-chapter story: concept, bible, outline, 3 drafts, 3 revisions (more when a chapter came out short).
    assert.ok(stats.requests >= 9, `requests ${stats.requests}`);
    assert.ok(stats.apiCalls >= 9, `apiCalls ${stats.apiCalls}`);
    assert.ok(stats.tokensOut > 0);
  });

  it('Compare Revision with Draft opens a diff editor', async () => {
    const result = await vscode.commands.executeCommand<{ left: vscode.Uri; right: vscode.Uri }>('storyWriter.compareRevision', { story: entry.story.id, chapter: 1 });
    assert.ok(result);
    await waitFor('a diff editor', () => vscode.window.tabGroups.activeTabGroup.activeTab?.input instanceof vscode.TabInputTextDiff);
    const input = vscode.window.tabGroups.activeTabGroup.activeTab!.input as vscode.TabInputTextDiff;
    assert.equal(input.original.path, result.left.path);
    assert.equal(input.modified.path, result.right.path);
    await screenshot('09-compare-diff');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('an edit to the concept, saved in the editor, turns its dependants stale in the tree', async () => {
    const concept = entry.story.uri(`${entry.story.storyDir}/01-concept.md`);
    const doc = await vscode.workspace.openTextDocument(concept);
    await vscode.window.showTextDocument(doc);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(concept, new vscode.Position(doc.lineCount, 0), '\nThe lighthouse is older than the island.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await doc.save());
    // The file watcher refreshes the catalog; no command is run.
    await waitFor('the bible to turn stale', () => item('bible')?.state === 'stale', 10_000).catch((e: Error) => {
      throw new Error(
        `${e.message}; states: ${story()
          .state.items.map((i) => `${i.id}=${i.state}`)
          .join(' ')}`,
      );
    });
    assert.equal(item('concept')?.state, 'edited');
    assert.equal(item('outline')?.state, 'stale', 'the outline reads the concept too');
    assert.equal(item('draft:01')?.state, 'done', 'chapters read the bible and the outline, which have not changed yet');
    assert.ok(treeRows(api, story()).some((r) => r.label === 'Story Bible' && r.state === 'stale'));
    await screenshot('10-stale-after-edit');
  });

  it('Regenerate on an edited file asks first, and keeps a backup when confirmed', async () => {
    const conceptPath = fsPath(`${entry.story.storyDir}/01-concept.md`);
    const edited = readFileSync(conceptPath, 'utf8');
    // The question is shown; Cancel in the dialog changes nothing.
    await vscode.commands.executeCommand('notifications.clearAll');
    const declined = vscode.commands.executeCommand('storyWriter.regenerateStage', { story: entry.story.id, stage: 'concept' });
    const question = await openQuestion(api, /You edited Concept\. Regenerating replaces your text/);
    assert.deepEqual(question.choices, ['Regenerate Concept']);
    await vscode.commands.executeCommand('notifications.showList');
    await screenshot('10b-regenerate-asks-first');
    await dismiss(api, question);
    assert.equal(await declined, undefined);
    assert.equal(readFileSync(conceptPath, 'utf8'), edited);
    // Confirmed in the dialog: regenerated, with the writer's version in the backups.
    const confirmed = vscode.commands.executeCommand<{ outcome: string; backups: string[] }>('storyWriter.regenerateStage', { story: entry.story.id, stage: 'concept' });
    await answer(api, await openQuestion(api, /You edited Concept/), 'Regenerate Concept');
    const summary = await confirmed;
    assert.ok(summary);
    assert.equal(summary.outcome, 'completed');
    assert.ok(summary.backups.length >= 1, 'no backup was made');
    const backupDir = fsPath(`${entry.story.storyDir}/.story-writer/backups`);
    const backups = listFiles(backupDir);
    assert.ok(
      backups.some((f) => readFileSync(f, 'utf8').includes('The lighthouse is older than the island.')),
      'the backup lacks the writer’s text',
    );
    assert.ok(!readFileSync(conceptPath, 'utf8').includes('The lighthouse is older than the island.'));
  });

  describe('a second story: errors, cancel and resume', () => {
    let second: StoryEntry;
    const secondItems = () => api.catalog.find(second.story.id)!.state.items;

    before(async () => {
      const brief = await vscode.commands.executeCommand<vscode.Uri>('storyWriter.newStory', {
        title: 'Salt and Static',
        premise: 'A radio operator on a drowned coast hears her own voice answering distress calls from a ship that sank forty years ago.',
        genre: 'Literary fiction',
        targetWords: 900,
        chapters: 3,
      });
      second = api.catalog.storyOf(brief)!;
      assert.ok(second);
    });

    it('an invalid key fails the run with the invalid-key error and its action', async () => {
      await api.apiKeys.setApiKey('definitely-not-a-valid-key');
      try {
        const summary = await vscode.commands.executeCommand<Awaited<ReturnType<StoryWriterApi['runs']['run']>>>('storyWriter.runWorkflow', second.story.id);
        assert.ok(summary);
        assert.equal(summary.outcome, 'failed');
        assert.equal(summary.failures[0]?.kind, 'auth');
        assert.equal(exitCodeOfRun(summary), 3);
        assert.match(api.runs.lastErrors[0]?.message ?? '', /API key/);
        assert.deepEqual(api.runs.lastErrors[0]?.actions, ['Set API Key']);
        await vscode.commands.executeCommand('notifications.showList');
        await screenshot('12-invalid-key-notification');
        await vscode.commands.executeCommand('notifications.hideList');
      } finally {
        await api.apiKeys.setApiKey(server.apiKey);
      }
    });

    it('Cancel mid-draft keeps the text written so far as a partial chapter', async () => {
      server.setOptions({ tokensPerSecond: 40 });
      try {
        const draftDir = `${second.story.storyDir}/04-draft/`;
        const streaming = waitFor(
          'draft text to stream',
          () => vscode.workspace.textDocuments.some((d) => d.uri.scheme === 'story-writer-live' && d.uri.path.startsWith(draftDir) && d.getText().length > 300),
          60_000,
        );
        const run = api.runs.run({ entry: api.catalog.find(second.story.id)! });
        await streaming;
        await screenshot('11-tree-mid-run');
        assert.equal(await vscode.commands.executeCommand('storyWriter.cancel'), true);
        const summary = await run;
        assert.equal(summary?.outcome, 'cancelled');
        await api.catalog.refresh();
        const partial = secondItems().filter((i) => i.stage === 'draft' && i.state === 'partial');
        assert.ok(
          partial.length >= 1,
          secondItems()
            .map((i) => `${i.id}=${i.state}`)
            .join(' '),
        );
        assert.ok(
          readdirSync(fsPathOf(second, '04-draft')).some((f) => f.endsWith('.partial.md')),
          'no .partial.md file',
        );
      } finally {
        server.setOptions({ tokensPerSecond: 400 });
      }
    });

    it('a resumed run continues the partial chapter and finishes the story', async () => {
      // What the cancelled run kept: each partial chapter's saved prose (front matter and heading aside).
      const draftDir = fsPathOf(second, '04-draft');
      const partials = readdirSync(draftDir)
        .filter((f) => f.endsWith('.partial.md'))
        .map((f) => ({ chapter: Number(/chapter-(\d+)/.exec(f)![1]), saved: savedProse(readFileSync(path.join(draftDir, f), 'utf8')) }))
        .filter((p) => p.saved.split(/\s+/).length >= 5);
      assert.ok(partials.length >= 1, 'the cancelled run left a partial chapter with text');
      const before = server.requests.length;
      const summary = await api.runs.run({ entry: api.catalog.find(second.story.id)! });
      assert.equal(summary?.outcome, 'completed', JSON.stringify(summary?.failures));
      await api.catalog.refresh();
      const states = secondItems().map((i) => `${i.id}=${i.state}`);
      assert.ok(
        secondItems().every((i) => i.state === 'done'),
        states.join(' '),
      );
      assert.ok(!readdirSync(fsPathOf(second, '04-draft')).some((f) => f.endsWith('.partial.md')), 'a partial file is left over');
      for (const { chapter, saved } of partials) {
        const tail = saved.slice(-60);
        const continued = server.requests.slice(before).filter((r) => promptTask(r.promptText).startsWith(`Continue Chapter ${chapter}`));
        assert.ok(continued.length >= 1 && continued[0]!.promptText.includes(tail), `chapter ${chapter} was continued from its saved text, not written again`);
        const final = readFileSync(fsPathOf(second, `04-draft/chapter-${String(chapter).padStart(2, '0')}.md`), 'utf8');
        assert.equal(final.split(saved.slice(0, 80)).length - 1, 1, `chapter ${chapter} holds its saved opening exactly once`);
      }
    });

    it('Compile Manuscript on a finished story makes no request, and Open Stage File opens story.md', async () => {
      const before = server.requests.length;
      const compiled = await vscode.commands.executeCommand<{ file: string; included: number[]; missing: number[] }>('storyWriter.compileManuscript', second.story.id);
      assert.equal(compiled?.file, 'story.md');
      assert.deepEqual(compiled.missing, []);
      assert.ok(compiled.included.length >= 2, JSON.stringify(compiled));
      assert.equal(server.requests.length, before);
      const uri = await vscode.commands.executeCommand<vscode.Uri>('storyWriter.openStageFile', { story: second.story.id, stage: 'manuscript' });
      assert.ok(uri?.path.endsWith('/story.md'));
      assert.equal(vscode.window.activeTextEditor?.document.uri.path, uri.path);
      assert.match(vscode.window.activeTextEditor!.document.getText(), /# Salt and Static/);
    });

    it('Compile Manuscript with a chapter missing assembles the rest with no request and names the missing chapter', async () => {
      const entry = api.catalog.find(second.story.id)!;
      const last = Math.max(...entry.state.chapters.map((c) => c.number));
      const name = `chapter-${String(last).padStart(2, '0')}.md`;
      for (const dir of ['04-draft', '05-revision']) rmSync(path.join(fsPathOf(second, dir), name), { force: true });
      await api.catalog.refresh();
      const before = server.requests.length;
      const compiled = await vscode.commands.executeCommand<{ included: number[]; missing: number[] }>('storyWriter.compileManuscript', second.story.id);
      assert.deepEqual(compiled?.missing, [last]);
      assert.equal(server.requests.length, before, 'no model call');
      assert.match(api.runs.lastCompileMessage ?? '', new RegExp(`Chapter ${last} has no draft yet and is left out`));
      const title = entry.state.chapters.find((c) => c.number === last)?.title ?? '';
      assert.ok(title && !readFileSync(fsPathOf(second, 'story.md'), 'utf8').includes(title), `chapter ${last} (“${title}”) is not in story.md`);
    });
  });

  it('Generate Concept writes the concept and nothing after it', async () => {
    const brief = await vscode.commands.executeCommand<vscode.Uri>('storyWriter.newStory', {
      title: 'A Quiet Concept',
      premise: 'A cartographer maps a city that rearranges itself every night, and one street keeps leading back to her childhood home.',
      targetWords: 600,
    });
    const third = api.catalog.storyOf(brief)!;
    const summary = await vscode.commands.executeCommand<{ outcome: string; generated: string[] }>('storyWriter.generateConcept', third.story.id);
    assert.equal(summary?.outcome, 'completed');
    assert.deepEqual(summary?.generated, ['concept']);
    await api.catalog.refresh();
    const states = Object.fromEntries(api.catalog.find(third.story.id)!.state.items.map((i) => [i.id, i.state]));
    assert.equal(states.concept, 'done');
    assert.equal(states.bible, 'pending');
  });
});

/** What the tree shows for a story: each stage or chapter row's label and state. */
function treeRows(api: StoryWriterApi, entry: StoryEntry): Array<{ label: string; state: string }> {
  const storyNode = api.stages.getChildren().find((n) => n.kind === 'story' && n.entry.story.id === entry.story.id);
  assert.ok(storyNode, 'story row missing');
  const rows: Array<{ label: string; state: string }> = [];
  const visit = (node: StageTreeNode) => {
    const item = api.stages.getTreeItem(node);
    const state = /state-(\w+)/.exec(String(item.contextValue))?.[1];
    if (state) rows.push({ label: String(item.label), state });
    for (const child of api.stages.getChildren(node)) visit(child);
  };
  for (const child of api.stages.getChildren(storyNode)) visit(child);
  return rows;
}

/** A partial chapter file's prose: the text after its front matter (a partial has no heading). */
function savedProse(file: string): string {
  return file.replace(/^---\n[\s\S]*?\n---\n/, '').trim();
}

function fsPathOf(entry: StoryEntry, relative: string): string {
  return entry.story.uri(`${entry.story.storyDir}/${relative}`).fsPath;
}
