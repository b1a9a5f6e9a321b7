import * as vscode from 'vscode';
import { isGenerationError } from '../core/generation/generationError';
import type { FailureKind } from '../core/workflow/failures';
import { actionFor, type ErrorAction } from './errorActions';

export interface ErrorContext {
  /** The story's brief, for "content blocked → Open brief". */
  readonly briefUri?: vscode.Uri;
  /** Runs the failed operation again, for "unavailable → Retry". */
  readonly retry?: () => unknown;
}

/** Where Gemini's 402 body sends the writer to manage credits (`402-prepay-depleted.json`). */
const BILLING_PAGE = 'https://ai.studio/projects';
const REGIONS_PAGE = 'https://ai.google.dev/gemini-api/docs/available-regions';

interface ActionButton {
  readonly title: string;
  run(): unknown;
}

/**
 * Every error becomes one message with the action that fixes it: invalid key → Set API Key;
 * daily quota, unknown, retired or unavailable model → Select Model…; credits used up → Open
 * Billing; content blocked → Open brief; unavailable → Retry. Returns the message shown (for the log and for tests).
 */
export function presentError(error: unknown, context: ErrorContext = {}): PresentedError {
  const message = error instanceof Error ? error.message : String(error);
  return presentFailure(isGenerationError(error) ? error.kind : undefined, message, context);
}

export interface PresentedError {
  readonly message: string;
  readonly actions: string[];
  readonly shown: Thenable<string | undefined>;
}

/** A failure the workflow recorded (its kind, when it has one) as a message with its button. */
export function presentFailure(kind: FailureKind | undefined, message: string, context: ErrorContext = {}): PresentedError {
  const buttons = kind ? buttonsFor(actionFor(kind), context) : [];
  const full = `Story Writer: ${message}`;
  const shown = vscode.window.showErrorMessage(full, ...buttons.map((b) => b.title)).then((choice) => {
    void buttons.find((b) => b.title === choice)?.run();
    return choice;
  });
  return { message: full, actions: buttons.map((b) => b.title), shown };
}

function buttonsFor(action: ErrorAction, context: ErrorContext): ActionButton[] {
  switch (action) {
    case 'setApiKey':
      return [{ title: 'Set API Key', run: () => vscode.commands.executeCommand('storyWriter.setApiKey') }];
    case 'selectModel':
      return [{ title: 'Select Model…', run: () => vscode.commands.executeCommand('storyWriter.selectModel') }];
    case 'openBilling':
      return [{ title: 'Open Billing', run: () => vscode.env.openExternal(vscode.Uri.parse(BILLING_PAGE)) }];
    case 'openRegions':
      return [{ title: 'Available Regions', run: () => vscode.env.openExternal(vscode.Uri.parse(REGIONS_PAGE)) }];
    case 'openSettings':
      return [{ title: 'Open Settings', run: () => vscode.commands.executeCommand('workbench.action.openSettings', 'storyWriter') }];
    case 'raiseBudget':
      return [{ title: 'Raise Budget', run: () => vscode.commands.executeCommand('workbench.action.openSettings', 'storyWriter.budget.maxUsdPerRun') }];
    case 'openBrief': {
      const brief = context.briefUri;
      return brief ? [{ title: 'Open Brief', run: () => vscode.window.showTextDocument(brief) }] : [];
    }
    case 'retry':
    case 'wait': {
      const retry = context.retry;
      return retry ? [{ title: 'Retry', run: retry }] : [];
    }
    case 'none':
      return [];
  }
}
