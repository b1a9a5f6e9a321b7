import * as vscode from 'vscode';
import type { GeminiService } from '../../gemini';
import type { Logger } from '../../core/ports';
import { presentFailure } from '../errorPresenter';

/**
 * `Story: Test Connection` — checks the key and the model with `models.get` and one minimal
 * generation, so a key that can list models but not generate fails here, not mid-story.
 */
export async function testConnection(service: GeminiService, model: string, log: Logger): Promise<string> {
  const health = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Story Writer: testing ${model}…` }, () => service.checkHealth(model));
  log.info('Test connection', { model, status: health.status });
  if (health.status === 'ok') {
    const message = `Story Writer: connected. Your key works and ${health.displayName ?? health.model} is available.`;
    void vscode.window.showInformationMessage(message);
    return health.status;
  }
  // The failure's own fix: Set API Key, Select Model…, Open Billing, Retry…
  presentFailure(health.kind ?? 'unexpected', health.message, { retry: () => vscode.commands.executeCommand('storyWriter.testConnection') });
  return health.status;
}

/** `Story: Clear Cache` — forgets every stored reply, in memory and on disk. */
export async function clearCache(service: GeminiService): Promise<void> {
  await service.clearCache();
  void vscode.window.showInformationMessage('Story Writer: the response cache is empty. The next run asks Gemini again.');
}
