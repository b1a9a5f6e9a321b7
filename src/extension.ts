import * as vscode from 'vscode';
import { ApiKeyStore } from './vscode/apiKeyStore';
import { clearApiKey, setApiKey } from './vscode/commands/apiKeyCommands';
import { createChannelLogger, SecretRedactor } from './vscode/log';
import { SettingsReader } from './vscode/settingsReader';
import { StagesTreeProvider } from './vscode/views/stagesView';

/** What activation returns: the live pieces, for integration tests and other extensions. */
export interface StoryWriterApi {
  readonly settings: SettingsReader;
  readonly apiKeys: ApiKeyStore;
  readonly logUri: vscode.Uri;
}

/** Wiring only: build the services, register them, push every disposable. */
export async function activate(context: vscode.ExtensionContext): Promise<StoryWriterApi> {
  const started = performance.now();
  const channel = vscode.window.createOutputChannel('Story Writer', { log: true });
  context.subscriptions.push(channel);
  const redactor = new SecretRedactor();
  const log = createChannelLogger(channel, redactor);

  const settings = new SettingsReader(log.child('settings'));
  const apiKeys = new ApiKeyStore(context.secrets, redactor, log.child('secrets'));
  const stages = new StagesTreeProvider();
  context.subscriptions.push(settings, apiKeys, stages);

  context.subscriptions.push(
    vscode.window.registerTreeDataProvider('storyWriter.stages', stages),
    vscode.commands.registerCommand('storyWriter.setApiKey', (key?: unknown) => setApiKey(apiKeys, key)),
    vscode.commands.registerCommand('storyWriter.clearApiKey', (options?: unknown) => clearApiKey(apiKeys, options)),
    vscode.commands.registerCommand('storyWriter.showLog', () => channel.show()),
  );

  await apiKeys.refresh();
  log.info('Story Writer activated', { ms: Math.round(performance.now() - started), version: context.extension.packageJSON.version });
  return { settings, apiKeys, logUri: context.logUri };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
