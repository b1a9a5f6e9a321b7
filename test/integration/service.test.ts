import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { StoryWriterApi } from '../../src/extension';
import { startFakeGemini, type FakeGemini } from '../support/fakeGemini';
import { activateExtension, screenshot } from './helpers';

describe('service commands against the Gemini-protocol server', () => {
  let api: StoryWriterApi;
  let server: FakeGemini;
  const config = () => vscode.workspace.getConfiguration('storyWriter');

  before(async () => {
    api = await activateExtension();
    server = await startFakeGemini();
    await config().update('apiBaseUrl', server.baseUrl, vscode.ConfigurationTarget.Global);
    await api.apiKeys.setApiKey(server.apiKey);
  });

  after(async () => {
    await config().update('apiBaseUrl', undefined, vscode.ConfigurationTarget.Global);
    await server.stop();
  });

  it('Test Connection reports ok for a valid key and model, through the real SDK', async () => {
    const status = await vscode.commands.executeCommand<string>('storyWriter.testConnection');
    assert.equal(status, 'ok');
    const get = server.requests.find((r) => r.action === 'getModel');
    assert.ok(get, 'the server saw no models.get request');
    assert.equal(get.hadKeyHeader, true);
    assert.equal(get.keyInQuery, false);
  });

  it('Test Connection reports an invalid key with the Set API Key action', async () => {
    await api.apiKeys.setApiKey('not-the-right-key-000');
    try {
      const status = await vscode.commands.executeCommand<string>('storyWriter.testConnection');
      assert.equal(status, 'invalid-key');
      await vscode.commands.executeCommand('notifications.showList');
      await screenshot('04-invalid-key-error');
      await vscode.commands.executeCommand('notifications.hideList');
    } finally {
      await api.apiKeys.setApiKey(server.apiKey);
    }
  });

  it('Clear Cache empties the response cache and the statistics view shows the figures', async () => {
    await api.service.generateText({ model: 'gemini-3.8-flash', prompt: 'Write about 30 words about rain.' });
    await api.service.generateText({ model: 'gemini-3.8-flash', prompt: 'Write about 30 words about rain.' });
    let stats = api.service.getStatistics();
    assert.equal(stats.cacheHits, 1);
    assert.ok(stats.cacheEntries >= 1);
    await vscode.commands.executeCommand('storyWriter.showStatistics');
    await screenshot('05-statistics-view');
    await vscode.commands.executeCommand('storyWriter.clearCache');
    stats = api.service.getStatistics();
    assert.equal(stats.cacheEntries, 0);
  });
});
