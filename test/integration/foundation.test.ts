import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { StoryWriterApi } from '../../src/extension';
import { activateExtension, nextEvent, screenshot, waitFor } from './helpers';

const FAKE_KEY = 'AIzaTEST-integration-key-0123456789abcdefXYZ';

describe('foundation: activation, API key, log, settings', () => {
  let api: StoryWriterApi;

  before(async () => {
    api = await activateExtension();
    await api.apiKeys.clearApiKey();
  });

  it('activates and registers its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['storyWriter.setApiKey', 'storyWriter.clearApiKey', 'storyWriter.showLog']) {
      assert.ok(commands.includes(id), `${id} is not registered`);
    }
  });

  it('shows the welcome view while no key is stored', async () => {
    await vscode.commands.executeCommand('workbench.view.extension.storyWriter');
    assert.equal(await api.apiKeys.getApiKey(), undefined);
    await screenshot('01-welcome-no-key');
  });

  it('Set API Key with an argument stores the trimmed key and flips the context key', async () => {
    const changed = nextEvent(api.apiKeys.onDidChange, (has) => has);
    const stored = await vscode.commands.executeCommand<boolean>('storyWriter.setApiKey', `  ${FAKE_KEY}  `);
    assert.equal(stored, true);
    assert.equal(await changed, true);
    assert.equal(await api.apiKeys.getApiKey(), FAKE_KEY);
    await screenshot('02-welcome-key-set');
  });

  it('Set API Key with an empty value changes nothing', async () => {
    const stored = await vscode.commands.executeCommand<boolean>('storyWriter.setApiKey', '   ');
    assert.equal(stored, false);
    assert.equal(await api.apiKeys.getApiKey(), FAKE_KEY);
  });

  it('never writes the key to the log', async () => {
    await vscode.commands.executeCommand('storyWriter.showLog');
    const logDir = api.logUri.fsPath;
    // The channel's file lives next to (or under) the extension's log folder.
    const files = await collectLogFiles(path.dirname(logDir), 'API key stored');
    assert.ok(files.length > 0, `no log file mentions the stored key event under ${path.dirname(logDir)}`);
    for (const f of files) assert.ok(!readFileSync(f, 'utf8').includes(FAKE_KEY), `${f} contains the API key`);
    for (const f of listFiles(path.dirname(logDir))) assert.ok(!readFileSync(f, 'utf8').includes(FAKE_KEY), `${f} contains the API key`);
  });

  it('Clear API Key removes the key', async () => {
    const changed = nextEvent(api.apiKeys.onDidChange, (has) => !has);
    const cleared = await vscode.commands.executeCommand<boolean>('storyWriter.clearApiKey', { confirmed: true });
    assert.equal(cleared, true);
    assert.equal(await changed, false);
    assert.equal(await api.apiKeys.getApiKey(), undefined);
  });

  it('warns about a bad setting, naming the key, and uses the default', async () => {
    const config = vscode.workspace.getConfiguration('storyWriter');
    const changed = nextEvent(api.settings.onDidChange);
    await config.update('temperature', 5, vscode.ConfigurationTarget.Global);
    const settings = await changed;
    try {
      assert.equal(settings.temperature, null, "empty: the model's default");
      assert.ok(api.settings.problems.some((p) => p.key === 'storyWriter.temperature'));
      assert.match(api.settings.lastWarning ?? '', /storyWriter\.temperature is 5 but must be empty \(null\), or a number from 0 to 2/);
      // Toasts are not drawn in the automated workbench; the notification list shows the warning.
      await vscode.commands.executeCommand('notifications.showList');
      await screenshot('03-bad-setting-warning');
      await vscode.commands.executeCommand('notifications.hideList');
    } finally {
      const restored = nextEvent(api.settings.onDidChange);
      await config.update('temperature', undefined, vscode.ConfigurationTarget.Global);
      await restored;
    }
    assert.equal(api.settings.problems.length, 0);
  });
});

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p));
    else if (statSync(p).size < 20_000_000) out.push(p);
  }
  return out;
}

async function collectLogFiles(dir: string, needle: string): Promise<string[]> {
  let found: string[] = [];
  // The log channel flushes to disk asynchronously.
  await waitFor(`a log file containing "${needle}"`, () => {
    found = listFiles(dir).filter((f) => readFileSync(f, 'utf8').includes(needle));
    return found.length > 0;
  });
  return found;
}
