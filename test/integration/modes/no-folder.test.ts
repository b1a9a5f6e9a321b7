import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { StoryWriterApi } from '../../../src/extension';
import { activateExtension, screenshot } from '../helpers';

const KEY = 'AIzaTEST-no-folder-key-0123456789abcdefXYZ';

/**
 * An empty window: no folder to keep stories in. The extension activates, the tree has no rows
 * (so the view shows its no-folder welcome, which offers Open Folder), and New Story, even with
 * every answer given, refuses with a message instead of throwing or writing anywhere.
 */
describe('no folder open', function () {
  this.timeout(60_000);
  let api: StoryWriterApi;

  before(async () => {
    api = await activateExtension();
    // The no-folder welcome is the one shown once a key is stored (before that, Set API Key's).
    await api.apiKeys.setApiKey(KEY);
  });

  after(async () => {
    await api.apiKeys.clearApiKey();
  });

  it('activates with no workspace folder and the tree has no rows', async () => {
    assert.equal(vscode.workspace.workspaceFolders, undefined);
    await api.catalog.refresh();
    assert.deepEqual(api.catalog.stories, []);
    assert.deepEqual(api.stages.getChildren(), []);
  });

  it('New Story with arguments refuses cleanly and names what to do', async () => {
    const brief = await vscode.commands.executeCommand<vscode.Uri | undefined>('storyWriter.newStory', {
      title: 'Nowhere To Go',
      premise: 'A story with no folder to live in tries to be written anyway.',
      genre: 'Fantasy',
      targetWords: 900,
      chapters: 3,
    });
    assert.equal(brief, undefined);
    assert.deepEqual(api.catalog.stories, []);
    await vscode.commands.executeCommand('workbench.view.extension.storyWriter');
    await vscode.commands.executeCommand('notifications.showList');
    await screenshot('mode-no-folder');
    await vscode.commands.executeCommand('notifications.hideList');
  });
});
