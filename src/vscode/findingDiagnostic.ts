import * as vscode from 'vscode';
import type { Finding, QuotedPassage, TextRange } from '../core/findings/finding';

/** How one checker's findings look in the Problems panel. */
export interface DiagnosticLook {
  /** The diagnostic's source, e.g. `Story Writer continuity`. */
  readonly source: string;
  readonly severity: vscode.DiagnosticSeverity;
  readonly message: string;
  /** Where a path in the finding is (the story's `uri`). */
  readonly uriOf: (file: string) => vscode.Uri;
  /** The related-information line for one place of evidence, its quote already on one line. */
  readonly evidenceLabel: (evidence: QuotedPassage, quote: string) => string;
}

/** A finding on its exact passage, its rule as the code, each place of evidence as related information. */
export function findingDiagnostic(finding: Finding, look: DiagnosticLook): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(finding.passage.range), look.message, look.severity);
  diagnostic.source = look.source;
  diagnostic.code = finding.rule;
  if (finding.evidence?.length) {
    diagnostic.relatedInformation = finding.evidence.map(
      (e) => new vscode.DiagnosticRelatedInformation(new vscode.Location(look.uriOf(e.file), toRange(e.range)), look.evidenceLabel(e, e.quote.replace(/\s+/g, ' '))),
    );
  }
  return diagnostic;
}

export function toRange(range: TextRange): vscode.Range {
  return new vscode.Range(range.startLine, range.startColumn, range.endLine, range.endColumn);
}
