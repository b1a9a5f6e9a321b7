import * as assert from 'node:assert/strict';
import { existsSync, rmSync } from 'node:fs';
import * as vscode from 'vscode';
import type { StoryWriterApi } from '../../src/extension';
import type { RunSummary } from '../../src/core/workflow/progress';
import type { StoryEntry } from '../../src/vscode/storyCatalog';
import { startFakeGemini, type FakeGemini } from '../support/fakeGemini';
import { activateExtension, answer, openQuestion, screenshot, waitFor } from './helpers';

/**
 * Predictive generation as the writer meets it: with the approval gate on, the bible is written
 * while the writer reads the concept; Continue (the notification's button) on the unchanged
 * concept shows the bible without another request, and an edited concept gets a fresh bible.
 */
describe('predictive generation: the next stage is ready at Continue', function () {
  this.timeout(180_000);
  let api: StoryWriterApi;
  let server: FakeGemini;
  /** The stories this suite made, removed after it so the other suites' trees stay as they expect. */
  const made: StoryEntry[] = [];
  const config = () => vscode.workspace.getConfiguration('storyWriter');
  const setting = (key: string, value: unknown) => config().update(key, value, vscode.ConfigurationTarget.Global);
  const generateRequests = () => server.requests.filter((r) => r.action === 'generateContent' || r.action === 'streamGenerateContent');
  const bibleRequests = () => generateRequests().filter((r) => r.promptText.includes('story bible'));
  const path = (entry: StoryEntry, relative: string) => entry.story.uri(`${entry.story.storyDir}/${relative}`).fsPath;

  async function newStory(title: string): Promise<StoryEntry> {
    const brief = await vscode.commands.executeCommand<vscode.Uri>('storyWriter.newStory', {
      title,
      premise: 'A lighthouse keeper logs every ship that passes, and one night the log lists a ship that sank fifty years ago.',
      genre: 'Mystery',
      targetWords: 900,
      chapters: 3,
    });
    const entry = api.catalog.storyOf(brief);
    assert.ok(entry, 'the new story is not in the catalog');
    made.push(entry);
    return entry;
  }

  before(async () => {
    api = await activateExtension();
    // A model slow enough that the bible is still being written while the concept is read.
    server = await startFakeGemini({ ttftMs: 200, tokensPerSecond: 400 });
    await setting('apiBaseUrl', server.baseUrl);
    await setting('workflow.requireApproval', true);
    await setting('ui.streamToEditor', false);
    await api.apiKeys.setApiKey(server.apiKey);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  after(async () => {
    api.runs.cancel();
    for (const key of ['apiBaseUrl', 'workflow.requireApproval', 'ui.streamToEditor']) await setting(key, undefined);
    await server.stop();
    for (const entry of made) rmSync(entry.story.uri(entry.story.storyDir).fsPath, { recursive: true, force: true });
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await api.catalog.refresh();
  });

  it('Continue on the unchanged concept shows the bible made meanwhile, with no new request; Statistics shows the speculative spending', async () => {
    const entry = await newStory('The Keeper’s Log');
    const spentBefore = api.service.getStatistics().speculative;
    const run = vscode.commands.executeCommand<RunSummary | undefined>('storyWriter.generateBible', entry.story.id);
    const concept = await openQuestion(api, /Concept is ready/);
    // The writer reads the concept; meanwhile the bible is being written, and nothing is on disk yet.
    await waitFor('the speculative bible to be written', () => bibleRequests().some((r) => r.endedAt !== undefined), 30_000);
    assert.equal(existsSync(path(entry, '02-bible.md')), false, 'a speculation wrote a file');
    const requestsAtContinue = generateRequests().length;
    await answer(api, concept, 'Continue');
    const bible = await openQuestion(api, /Story Bible is ready\. Opened 02-bible\.md/);
    assert.ok(existsSync(path(entry, '02-bible.md')), 'the bible is not on disk');
    assert.equal(generateRequests().length, requestsAtContinue, 'Continue made a request');
    assert.equal(bibleRequests().length, 1);

    const spent = api.service.getStatistics().speculative;
    assert.equal(spent.requests - spentBefore.requests, 1);
    assert.ok(spent.tokensOut > spentBefore.tokensOut);
    await waitFor('the tree to show the bible done', () => api.catalog.find(entry.story.id)?.state.items.find((i) => i.id === 'bible')?.state === 'done');
    await vscode.commands.executeCommand('storyWriter.showStatistics');
    await screenshot('51-speculative-statistics');
    await answer(api, bible, 'Continue');
    const summary = await run;
    assert.equal(summary?.outcome, 'completed', JSON.stringify(summary?.failures));
    assert.deepEqual(summary?.speculative?.committed, ['bible']);
  });

  it('an edited concept (saved before Continue) gets a fresh bible made from the edit; the speculation wrote nothing', async () => {
    const entry = await newStory('The Second Log');
    const before = bibleRequests().length;
    const run = vscode.commands.executeCommand<RunSummary | undefined>('storyWriter.generateBible', entry.story.id);
    const concept = await openQuestion(api, /Concept is ready/);
    await waitFor('the speculative bible to be written', () => bibleRequests().length > before && bibleRequests().at(-1)!.endedAt !== undefined, 30_000);
    // The writer edits the concept in its editor and saves.
    const document = await vscode.workspace.openTextDocument(entry.story.uri(`${entry.story.storyDir}/01-concept.md`));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, document.positionAt(document.getText().length), '\n\nThe keeper’s log is written in her drowned brother’s hand.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await document.save());
    await answer(api, concept, 'Continue');
    const bible = await openQuestion(api, /Story Bible is ready/);
    assert.equal(bibleRequests().length, before + 2, 'the speculative bible, then a fresh one');
    assert.ok(bibleRequests().at(-1)!.promptText.includes('drowned brother’s hand'), 'the fresh bible is not made from the edit');
    assert.equal(existsSync(path(entry, '.story-writer/backups')), false, 'a backup was made');
    await answer(api, bible, 'Continue');
    const summary = await run;
    assert.deepEqual(summary?.speculative?.discarded, ['bible']);
  });
});
