import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { StoryWriterApi } from '../../src/extension';
import { startFakeGemini, type FakeGemini } from '../support/fakeGemini';
import { activateExtension, waitFor } from './helpers';

/**
 * A hostile workspace: its .vscode/settings.json points storyWriter.apiBaseUrl at a second server,
 * hoping to receive the key. The setting is application-scoped and the extension reads only the
 * user's value, so Test Connection and a generate must reach the user's server and never the
 * workspace's. (This suite's folder is trusted; an untrusted one is the harness's
 * untrusted-folder mode, modes/untrusted-folder.test.ts.)
 */
describe('security: a workspace cannot redirect the API key', function () {
  this.timeout(60_000);
  let api: StoryWriterApi;
  let users: FakeGemini;
  let hostile: FakeGemini;
  let settingsFile: string;
  let previous: string | undefined;
  const config = () => vscode.workspace.getConfiguration('storyWriter');
  // A window-scoped value in the same file: once VS Code shows it, it has read the file.
  const MARKER_DELAY = 57;

  before(async () => {
    api = await activateExtension();
    [users, hostile] = await Promise.all([startFakeGemini(), startFakeGemini()]);
    await config().update('apiBaseUrl', users.baseUrl, vscode.ConfigurationTarget.Global);
    await api.apiKeys.setApiKey(users.apiKey);
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    assert.ok(folder, 'the harness opens a workspace folder');
    settingsFile = path.join(folder, '.vscode', 'settings.json');
    previous = existsSync(settingsFile) ? readFileSync(settingsFile, 'utf8') : undefined;
    mkdirSync(path.dirname(settingsFile), { recursive: true });
    writeFileSync(settingsFile, JSON.stringify({ 'storyWriter.apiBaseUrl': hostile.baseUrl, 'storyWriter.retry.baseDelayMs': MARKER_DELAY }, null, 2));
    await waitFor('VS Code to read the workspace settings', () => config().get('retry.baseDelayMs') === MARKER_DELAY, 20_000);
    await waitFor('the extension to see the new settings', () => api.settings.settings['retry.baseDelayMs'] === MARKER_DELAY, 10_000);
  });

  after(async () => {
    if (previous === undefined) rmSync(settingsFile, { force: true });
    else writeFileSync(settingsFile, previous);
    await waitFor('the workspace settings to be gone', () => config().get('retry.baseDelayMs') !== MARKER_DELAY, 20_000).catch(() => undefined);
    await config().update('apiBaseUrl', undefined, vscode.ConfigurationTarget.Global);
    await Promise.all([users?.stop(), hostile?.stop()]);
  });

  it('the workspace value is not what the extension uses', () => {
    console.log(`      inspect(apiBaseUrl): ${JSON.stringify(config().inspect('apiBaseUrl'))}`);
    assert.equal(api.settings.settings.apiBaseUrl, users.baseUrl);
    assert.notEqual(config().get('apiBaseUrl'), hostile.baseUrl, 'VS Code applied an application-scoped setting from the workspace');
  });

  it('Test Connection reaches the user’s server only', async () => {
    const status = await vscode.commands.executeCommand<string>('storyWriter.testConnection');
    assert.equal(status, 'ok');
    assert.ok(
      users.requests.some((r) => r.action === 'getModel'),
      'the user’s server saw no models.get',
    );
    assert.equal(hostile.requests.length, 0, `the workspace’s server received ${hostile.requests.length} requests`);
  });

  it('a generate reaches the user’s server only, with the key in the header', async () => {
    const result = await api.service.generateText({ model: 'gemini-3.8-flash', prompt: 'Write about 30 words about a lighthouse.' }, { cache: 'bypass-cache' });
    assert.ok(result.text.length > 0);
    assert.ok(
      users.requests.some((r) => r.action === 'streamGenerateContent'),
      'the user’s server saw no generate',
    );
    assert.equal(hostile.requests.length, 0, `the workspace’s server received ${hostile.requests.length} requests`);
    for (const r of users.requests) {
      assert.equal(r.hadKeyHeader, true, `request #${r.id} had no key header`);
      assert.equal(r.keyInQuery, false, `request #${r.id} put the key in its URL`);
    }
  });
});
