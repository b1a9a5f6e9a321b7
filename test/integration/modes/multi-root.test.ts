import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { StoryWriterApi } from '../../../src/extension';
import type { StoryEntry } from '../../../src/vscode/storyCatalog';
import { startFakeGemini, type FakeGemini } from '../../support/fakeGemini';
import { activateExtension, commandPaletteRows, screenshot, useTestServer, waitFor } from '../helpers';

/**
 * A workspace of two folders, `first` and `second`, each with a story under stories/ (the
 * harness writes them before the window opens). The catalog finds both; a command on the second
 * folder's story writes there and nowhere else.
 */
describe('two workspace folders', function () {
  this.timeout(60_000);
  let api: StoryWriterApi;
  let server: FakeGemini;
  const config = () => vscode.workspace.getConfiguration('storyWriter');
  const inFolder = (name: string): StoryEntry => {
    const entry = api.catalog.stories.find((e) => e.story.folder.name === name);
    assert.ok(entry, `no story in the folder ${name}`);
    return entry;
  };

  before(async () => {
    api = await activateExtension();
    server = await startFakeGemini();
    await useTestServer(api, server);
  });

  after(async () => {
    await api.apiKeys.clearApiKey();
    await config().update('apiBaseUrl', undefined, vscode.ConfigurationTarget.Global);
    await server?.stop();
  });

  it('the catalog lists the story of each folder, and the tree names the folder', async () => {
    assert.deepEqual(
      vscode.workspace.workspaceFolders?.map((f) => f.name),
      ['first', 'second'],
    );
    await waitFor('the catalog to find both stories', () => api.catalog.stories.length === 2);
    assert.equal(inFolder('first').story.name, 'salt-road');
    assert.equal(inFolder('second').story.name, 'glass-harbour');
    const rows = api.stages.getChildren().filter((n) => n.kind === 'story');
    const descriptions = rows.map((n) => String(api.stages.getTreeItem(n).description));
    assert.deepEqual(
      descriptions.map((d) => d.split(' · ').pop()),
      ['first', 'second'],
      JSON.stringify(descriptions),
    );
  });

  it('in a trusted workspace with a key, the command palette offers the generate commands', async function () {
    const rows = await commandPaletteRows('trusted-generate', 'Story: Generate');
    if (rows === undefined) this.skip(); // no workbench to read outside the harness
    assert.ok(
      rows.some((row) => row.startsWith('Story: Generate Concept')),
      `the palette offers ${JSON.stringify(rows)}`,
    );
  });

  it('Generate Concept on the second folder’s story writes in the second folder only', async () => {
    const second = inFolder('second');
    const first = inFolder('first');
    const summary = await vscode.commands.executeCommand<{ outcome: string; generated: string[] }>('storyWriter.generateConcept', second.story.id);
    assert.equal(summary?.outcome, 'completed', JSON.stringify(summary));
    const written = second.story.uri(`${second.story.storyDir}/01-concept.md`).fsPath;
    assert.ok(written.startsWith(second.story.folder.uri.fsPath), written);
    assert.match(readFileSync(written, 'utf8'), /^---\n/);
    assert.equal(existsSync(first.story.uri(`${first.story.storyDir}/01-concept.md`).fsPath), false, 'the first folder’s story got a concept');
    assert.ok(server.requests.some((r) => r.action === 'streamGenerateContent' || r.action === 'generateContent'));
    await api.catalog.refresh();
    assert.equal(api.catalog.find(second.story.id)?.state.items.find((i) => i.stage === 'concept')?.state, 'done');
    assert.equal(api.catalog.find(first.story.id)?.state.items.find((i) => i.stage === 'concept')?.state, 'pending');
    await vscode.commands.executeCommand('workbench.view.extension.storyWriter');
    await screenshot('mode-multi-root');
  });

  it('New Story naming the second folder creates the story there', async () => {
    const brief = await vscode.commands.executeCommand<vscode.Uri>('storyWriter.newStory', {
      title: 'The Harbour Clock',
      premise: 'A clockmaker in a glass harbour finds the tide keeps a different time.',
      genre: 'Fantasy',
      targetWords: 900,
      chapters: 3,
      workspaceFolder: 'second',
    });
    assert.ok(brief, 'New Story returned no brief');
    assert.ok(brief.fsPath.startsWith(inFolder('second').story.folder.uri.fsPath), brief.fsPath);
    assert.equal(api.catalog.storyOf(brief)?.story.folder.name, 'second');
  });
});
