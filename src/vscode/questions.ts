import * as vscode from 'vscode';
import { Disposable } from './disposable';

/**
 * How a question is shown: a notification (information or warning) the writer can leave open
 * while they look at the files it is about.
 */
export type QuestionStyle = 'notification' | 'warning';

/** A question on screen, waiting for the writer. */
export interface OpenQuestion {
  readonly message: string;
  readonly choices: readonly string[];
  /** Settles the question as if the writer had chosen `choice` (undefined: dismissed). */
  answer(choice: string | undefined): void;
}

/**
 * The questions Story Writer asks while something waits on the answer. A question tied to a
 * cancellation token settles as dismissed when the token is cancelled, so a cancelled run is never
 * left waiting on a notification (VS Code cannot close one, but a late click no longer acts).
 * The open questions are listed, for the log and for the integration tests.
 */
export class Questions extends Disposable {
  private readonly asked = new Set<OpenQuestion>();

  get open(): readonly OpenQuestion[] {
    return [...this.asked];
  }

  ask<T extends string>(style: QuestionStyle, message: string, choices: readonly T[], token?: vscode.CancellationToken): Promise<T | undefined> {
    return new Promise<T | undefined>((resolve) => {
      const subscriptions: vscode.Disposable[] = [];
      const settle = (choice: string | undefined) => {
        if (!this.asked.delete(question)) return;
        for (const s of subscriptions) s.dispose();
        resolve(choices.find((c) => c === choice));
      };
      const question: OpenQuestion = { message, choices, answer: settle };
      this.asked.add(question);
      if (token) subscriptions.push(token.onCancellationRequested(() => settle(undefined)));
      show(style, message, choices).then(settle, () => settle(undefined));
      if (token?.isCancellationRequested) settle(undefined);
    });
  }
}

function show(style: QuestionStyle, message: string, choices: readonly string[]): Thenable<string | undefined> {
  switch (style) {
    case 'notification':
      return vscode.window.showInformationMessage(message, ...choices);
    case 'warning':
      return vscode.window.showWarningMessage(message, ...choices);
  }
}
