import * as vscode from 'vscode';
import type { ApiKeyStore } from '../apiKeyStore';

/**
 * `Story: Set API Key` — a password box; trimmed; empty or Escape changes nothing. For
 * automation (tests, scripts) the key may be passed as the first argument.
 */
export async function setApiKey(store: ApiKeyStore, keyArgument?: unknown): Promise<boolean> {
  const entered =
    typeof keyArgument === 'string'
      ? keyArgument
      : await vscode.window.showInputBox({
          title: 'Story Writer: Gemini API Key',
          prompt: "Paste your Gemini API key. It is kept in VS Code's secret storage, never in settings or files.",
          placeHolder: 'AIza…',
          password: true,
          ignoreFocusOut: true,
          validateInput: (v) => (v.trim().length === 0 ? 'Enter a key, or press Escape to cancel.' : undefined),
        });
  const key = entered?.trim();
  if (!key) return false;
  await store.setApiKey(key);
  void vscode.window.showInformationMessage('Story Writer: Gemini API key saved.');
  return true;
}

/** `Story: Clear API Key` — asks first; `{ confirmed: true }` skips the question for automation. */
export async function clearApiKey(store: ApiKeyStore, options?: unknown): Promise<boolean> {
  const preConfirmed = typeof options === 'object' && options !== null && (options as { confirmed?: unknown }).confirmed === true;
  if (!preConfirmed) {
    const choice = await vscode.window.showWarningMessage('Remove the stored Gemini API key? Story Writer cannot generate until you set one again.', { modal: true }, 'Remove Key');
    if (choice !== 'Remove Key') return false;
  }
  await store.clearApiKey();
  return true;
}
