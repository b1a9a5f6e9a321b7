import * as vscode from 'vscode';
import type { GeminiService } from '../../gemini';
import type { Logger } from '../../core/ports';

/** `Story: Test Connection` — one cheap call that checks the key and the model. */
export async function testConnection(service: GeminiService, model: string, log: Logger): Promise<string> {
  const health = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Story Writer: testing ${model}…` },
    () => service.checkHealth(model),
  );
  log.info('Test connection', { model, status: health.status });
  if (health.status === 'ok') {
    const message = `Story Writer: connected. Your key works and ${health.displayName ?? health.model} is available.`;
    void vscode.window.showInformationMessage(message);
    return health.status;
  }
  const actions: Record<typeof health.status, string[]> = {
    'invalid-key': ['Set API Key'],
    'unknown-model': ['Open Model Setting'],
    unreachable: ['Retry', 'Show Log'],
    error: ['Show Log'],
  };
  void vscode.window.showErrorMessage(`Story Writer: ${health.message}`, ...actions[health.status]).then((choice) => {
    if (choice === 'Set API Key') void vscode.commands.executeCommand('storyWriter.setApiKey');
    if (choice === 'Open Model Setting') void vscode.commands.executeCommand('workbench.action.openSettings', 'storyWriter.model');
    if (choice === 'Retry') void vscode.commands.executeCommand('storyWriter.testConnection');
    if (choice === 'Show Log') void vscode.commands.executeCommand('storyWriter.showLog');
  });
  return health.status;
}

/** `Story: Clear Cache` — forgets every stored reply, in memory and on disk. */
export async function clearCache(service: GeminiService): Promise<void> {
  await service.clearCache();
  void vscode.window.showInformationMessage('Story Writer: the response cache is empty. The next run asks Gemini again.');
}
