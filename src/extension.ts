import * as vscode from 'vscode';
import { createGeminiService, type GeminiService } from './gemini';
import { ApiKeyStore } from './vscode/apiKeyStore';
import { clearApiKey, setApiKey } from './vscode/commands/apiKeyCommands';
import { clearCache, testConnection } from './vscode/commands/serviceCommands';
import { createChannelLogger, SecretRedactor } from './vscode/log';
import { SettingsReader } from './vscode/settingsReader';
import { StagesTreeProvider } from './vscode/views/stagesView';
import { StatisticsTreeProvider } from './vscode/views/statisticsView';

/** What activation returns: the live pieces, for integration tests and other extensions. */
export interface StoryWriterApi {
  readonly settings: SettingsReader;
  readonly apiKeys: ApiKeyStore;
  readonly service: GeminiService;
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
  // Cheap to build: the SDK itself loads on the first request.
  const service = createGeminiService({
    apiKey: apiKeys,
    settings: settings.settings,
    logger: log,
    ...(settings.settings['cache.persist'] && context.globalStorageUri.scheme === 'file'
      ? { cacheDir: vscode.Uri.joinPath(context.globalStorageUri, 'response-cache').fsPath }
      : {}),
  });
  const stages = new StagesTreeProvider();
  const statistics = new StatisticsTreeProvider(service);
  context.subscriptions.push(settings, apiKeys, stages, statistics, { dispose: () => void service.dispose() });
  context.subscriptions.push(settings.onDidChange((s) => service.updateSettings(s)));

  context.subscriptions.push(
    vscode.window.registerTreeDataProvider('storyWriter.stages', stages),
    vscode.window.registerTreeDataProvider('storyWriter.statistics', statistics),
    vscode.commands.registerCommand('storyWriter.testConnection', () => testConnection(service, settings.settings.model, log)),
    vscode.commands.registerCommand('storyWriter.showStatistics', () => vscode.commands.executeCommand('storyWriter.statistics.focus')),
    vscode.commands.registerCommand('storyWriter.clearCache', () => clearCache(service)),
    vscode.commands.registerCommand('storyWriter.setApiKey', (key?: unknown) => setApiKey(apiKeys, key)),
    vscode.commands.registerCommand('storyWriter.clearApiKey', (options?: unknown) => clearApiKey(apiKeys, options)),
    vscode.commands.registerCommand('storyWriter.showLog', () => channel.show()),
  );

  await apiKeys.refresh();
  log.info('Story Writer activated', { ms: Math.round(performance.now() - started), version: context.extension.packageJSON.version });
  return { settings, apiKeys, service, logUri: context.logUri };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
