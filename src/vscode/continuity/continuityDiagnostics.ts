import { posix } from 'node:path';
import * as vscode from 'vscode';
import type { ContinuityReport } from '../../core/continuity/continuityChecker';
import { chapterOfFile } from '../../core/continuity/storyMaterial';
import type { Finding } from '../../core/findings/finding';
import { stageFile } from '../../core/stages';
import { Disposable } from '../disposable';
import { findingDiagnostic } from '../findingDiagnostic';
import type { StoryRef } from '../storyCatalog';

/** The diagnostic source writers see in the Problems panel. */
export const CONTINUITY_SOURCE = 'Story Writer continuity';

/** A finding as shown: the diagnostic, the finding it came from, and the story and chapter it is in. */
export interface ShownFinding {
  readonly diagnostic: vscode.Diagnostic;
  readonly finding: Finding;
  readonly story: StoryRef;
  readonly chapter: number;
}

/**
 * Continuity findings as VS Code diagnostics: the exact range of the passage, the category as
 * the code, and `relatedInformation` pointing at the evidence (a bible line or an earlier
 * chapter's line). Keeps which finding each diagnostic shows, for the code actions, and counts
 * per chapter file for the tree.
 */
export class ContinuityDiagnostics extends Disposable {
  private readonly collection = this._register(vscode.languages.createDiagnosticCollection('storyWriter.continuity'));
  private readonly shown = new Map<string, ShownFinding[]>();
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;

  /**
   * Shows a check's findings: each chapter the check covered is replaced by what it found now
   * (none: cleared); chapters it did not cover keep theirs.
   */
  show(story: StoryRef, report: ContinuityReport): void {
    for (const [chapter, findings] of report.byChapter) {
      // A chapter's findings all sit in the one file it was checked in; clear the chapter's other file too.
      for (const key of [...this.shown.keys()]) {
        const first = this.shown.get(key)![0];
        if (first && first.story.id === story.id && first.chapter === chapter) this.set(vscode.Uri.parse(key), []);
      }
      const byFile = new Map<string, Finding[]>();
      for (const f of findings) byFile.set(f.passage.file, [...(byFile.get(f.passage.file) ?? []), f]);
      for (const [file, list] of byFile) {
        this.set(
          story.uri(file),
          list.map((finding) => ({ diagnostic: toDiagnostic(story, finding), finding, story, chapter })),
        );
      }
    }
    this.changed.fire();
  }

  /** The shown findings at a place in a document (for the code actions). */
  at(uri: vscode.Uri, range: vscode.Range): ShownFinding[] {
    return (this.shown.get(uri.toString()) ?? []).filter((s) => s.diagnostic.range.intersection(range) !== undefined);
  }

  /** Every finding shown in a file. */
  in(uri: vscode.Uri): readonly ShownFinding[] {
    return this.shown.get(uri.toString()) ?? [];
  }

  /** Takes one finding off (after it was rewritten or marked intentional). */
  remove(uri: vscode.Uri, finding: Finding): void {
    this.set(
      uri,
      this.in(uri).filter((s) => s.finding !== finding),
    );
    this.changed.fire();
  }

  /** Findings shown in a chapter file, for the tree's count. */
  countFor(uri: vscode.Uri): number {
    return this.in(uri).length;
  }

  private set(uri: vscode.Uri, list: ShownFinding[]): void {
    if (list.length === 0) this.shown.delete(uri.toString());
    else this.shown.set(uri.toString(), list);
    this.collection.set(
      uri,
      list.map((s) => s.diagnostic),
    );
  }
}

function toDiagnostic(story: StoryRef, finding: Finding): vscode.Diagnostic {
  const suggestion = finding.suggestion ? `\nSuggested fix: ${finding.suggestion}` : '';
  return findingDiagnostic(finding, {
    source: CONTINUITY_SOURCE,
    severity: vscode.DiagnosticSeverity.Warning,
    message: `${finding.message}${suggestion}`,
    uriOf: (file) => story.uri(file),
    evidenceLabel: (e, quote) => `Evidence in ${whereIs(story, e.file)}: “${quote}”`,
  });
}

/** `the story bible`, `chapter 2 (05-revision/chapter-02.md)`, or the file's story-relative path. */
function whereIs(story: StoryRef, file: string): string {
  const rel = posix.relative(story.storyDir, file);
  const chapter = chapterOfFile(rel);
  if (chapter !== undefined) return `chapter ${chapter} (${rel})`;
  return rel === stageFile('bible') ? `the story bible (${rel})` : rel;
}
