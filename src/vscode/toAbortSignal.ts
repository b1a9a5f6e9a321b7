import { setMaxListeners } from 'node:events';
import type * as vscode from 'vscode';

/** Bridges VS Code cancellation to the AbortSignal the core and the SDK understand. */
export function toAbortSignal(token: vscode.CancellationToken): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  // One run's signal is shared by every chapter in flight; each call adds a listener.
  setMaxListeners(1000, controller.signal);
  if (token.isCancellationRequested) controller.abort(new Error('cancelled'));
  const sub = token.onCancellationRequested(() => controller.abort(new Error('cancelled')));
  return { signal: controller.signal, dispose: () => sub.dispose() };
}
