import * as vscode from 'vscode';
import { CONTINUITY_COMMANDS } from './continuityCommands';
import type { ContinuityDiagnostics } from './continuityDiagnostics';

/**
 * The three actions on a continuity finding: *Rewrite to agree* (a model call: a command, whose
 * edit is applied as an undoable WorkspaceEdit), *This is intentional*, *Open evidence*.
 */
export class ContinuityActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly diagnostics: ContinuityDiagnostics) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    return this.diagnostics.at(document.uri, range).flatMap(({ diagnostic, finding }) => {
      const args = [document.uri, finding];
      const rewrite = new vscode.CodeAction('Rewrite to agree', vscode.CodeActionKind.QuickFix);
      rewrite.command = { command: CONTINUITY_COMMANDS.rewrite, title: 'Rewrite to agree', arguments: args };
      rewrite.diagnostics = [diagnostic];
      rewrite.isPreferred = true;
      const intentional = new vscode.CodeAction('This is intentional', vscode.CodeActionKind.QuickFix);
      intentional.command = { command: CONTINUITY_COMMANDS.intentional, title: 'This is intentional', arguments: args };
      intentional.diagnostics = [diagnostic];
      const open = new vscode.CodeAction('Open evidence', vscode.CodeActionKind.QuickFix);
      open.command = { command: CONTINUITY_COMMANDS.openEvidence, title: 'Open evidence', arguments: args };
      open.diagnostics = [diagnostic];
      return [rewrite, intentional, ...(finding.evidence?.length ? [open] : [])];
    });
  }
}
