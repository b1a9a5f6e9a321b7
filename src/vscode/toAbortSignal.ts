import type * as vscode from 'vscode';
import { deriveAbortController } from '../core/common/abort';

/** Bridges VS Code cancellation to the AbortSignal the core and the SDK understand. */
export function toAbortSignal(token: vscode.CancellationToken): { signal: AbortSignal; dispose(): void } {
  const { controller } = deriveAbortController();
  if (token.isCancellationRequested) controller.abort(new Error('cancelled'));
  const sub = token.onCancellationRequested(() => controller.abort(new Error('cancelled')));
  return { signal: controller.signal, dispose: () => sub.dispose() };
}
