import { posix } from 'node:path';
import * as vscode from 'vscode';
import type { Settings } from '../../core/config/settings';
import type { Finding, FindingSeverity, TextRange } from '../../core/findings/finding';
import type { Logger } from '../../core/ports';
import { CHAPTER_DIRS, chapterFromFileName } from '../../core/stages';
import { StyleChecker, styleOptionsFrom } from '../../core/style';
import { Disposable } from '../disposable';
import type { StoryCatalog, StoryEntry } from '../storyCatalog';
import type { StyleScores } from '../views/stagesView';

const SEVERITY: Record<FindingSeverity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
};

export const STYLE_DIAGNOSTIC_SOURCE = 'Story Writer style';

/**
 * Style problems in the editor: when a chapter file is opened or saved, its story's chapters are
 * linted (offline, from the files on disk, so positions are the file's) and every chapter file
 * gets its diagnostics, each with the rule's id as its code and the earlier occurrence of a
 * repeat as related information. Keeps each chapter's score for the Stages tree. Turning
 * `storyWriter.style.enabled` off clears everything.
 */
export class StyleDiagnostics extends Disposable implements StyleScores {
  private readonly collection = this._register(vscode.languages.createDiagnosticCollection('storyWriter.style'));
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  /** Fires after a story's diagnostics and scores change (or are cleared). */
  readonly onDidChange = this.changed.event;
  private readonly scores = new Map<string, number>();
  /** Per story id: the chapter files it has diagnostics for, so a file that went away is cleared. */
  private readonly filesOf = new Map<string, Set<string>>();
  private readonly queue = new Map<string, Promise<void>>();

  constructor(
    private readonly catalog: StoryCatalog,
    private readonly getSettings: () => Settings,
    onSettingsChange: vscode.Event<Settings>,
    private readonly log: Logger,
  ) {
    super();
    this._register(vscode.workspace.onDidOpenTextDocument((doc) => this.touched(doc.uri)));
    this._register(vscode.workspace.onDidSaveTextDocument((doc) => this.touched(doc.uri)));
    // At start-up the catalog may load after the editors restored their chapters.
    this._register(catalog.onDidChange(() => this.lintOpenChapters(false)));
    this._register(onSettingsChange(() => this.settingsChanged()));
    this.lintOpenChapters(false);
  }

  scoreOf(uri: vscode.Uri): number | undefined {
    return this.scores.get(uri.toString());
  }

  /** Lints one story now (for commands and tests); resolves when its diagnostics are set. */
  async lint(entry: StoryEntry): Promise<void> {
    const previous = this.queue.get(entry.story.id) ?? Promise.resolve();
    const next = previous.then(() => this.run(entry));
    this.queue.set(entry.story.id, next);
    await next;
  }

  private touched(uri: vscode.Uri): void {
    if (!this.getSettings()['style.enabled']) return;
    const entry = this.catalog.storyOf(uri);
    if (entry && isChapterFile(entry, uri)) void this.lint(entry);
  }

  /** Lints the stories of the chapters open in editors; `all` also re-lints those already linted. */
  private lintOpenChapters(all: boolean): void {
    if (!this.getSettings()['style.enabled']) return;
    const stories = new Map<string, StoryEntry>();
    for (const doc of vscode.workspace.textDocuments) {
      const entry = this.catalog.storyOf(doc.uri);
      if (entry && isChapterFile(entry, doc.uri) && (all || !this.filesOf.has(entry.story.id))) stories.set(entry.story.id, entry);
    }
    if (all) {
      for (const id of this.filesOf.keys()) {
        const entry = this.catalog.find(id);
        if (entry) stories.set(id, entry);
      }
    }
    for (const entry of stories.values()) void this.lint(entry);
  }

  private settingsChanged(): void {
    if (this.getSettings()['style.enabled']) return this.lintOpenChapters(true);
    this.collection.clear();
    this.scores.clear();
    this.filesOf.clear();
    this.changed.fire();
  }

  private async run(entry: StoryEntry): Promise<void> {
    if (!this.getSettings()['style.enabled']) return;
    const started = performance.now();
    let report;
    try {
      report = await new StyleChecker(entry.story.fs, () => styleOptionsFrom(this.getSettings())).check(entry.story.storyDir);
    } catch (e) {
      this.log.warn('Could not check the style of a story', { story: entry.story.storyDir, error: String(e) });
      return;
    }
    // Settings may have turned style off while the files were read.
    if (!this.getSettings()['style.enabled']) return;
    const byFile = new Map<string, Finding[]>(Object.keys(report.scores ?? {}).map((f) => [f, []]));
    for (const f of report.findings) byFile.set(f.passage.file, [...(byFile.get(f.passage.file) ?? []), f]);
    const before = this.filesOf.get(entry.story.id) ?? new Set<string>();
    const now = new Set<string>();
    for (const [file, findings] of byFile) {
      const uri = entry.story.uri(file);
      now.add(uri.toString());
      this.collection.set(
        uri,
        findings.map((f) => toDiagnostic(entry, f)),
      );
      const score = report.scores?.[file];
      if (score !== undefined) this.scores.set(uri.toString(), score);
    }
    for (const gone of before) {
      if (now.has(gone)) continue;
      this.collection.delete(vscode.Uri.parse(gone));
      this.scores.delete(gone);
    }
    this.filesOf.set(entry.story.id, now);
    this.log.debug('Style checked', { story: entry.story.storyDir, findings: report.findings.length, ms: Math.round(performance.now() - started) });
    this.changed.fire();
  }
}

function isChapterFile(entry: StoryEntry, uri: vscode.Uri): boolean {
  const rel = posix.relative(entry.story.storyDir, uri.path);
  const [dir, name, ...rest] = rel.split('/');
  return rest.length === 0 && dir !== undefined && CHAPTER_DIRS.includes(dir) && name !== undefined && chapterFromFileName(name)?.partial === false;
}

function toDiagnostic(entry: StoryEntry, f: Finding): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(f.passage.range), f.message, SEVERITY[f.severity]);
  d.code = f.rule;
  d.source = STYLE_DIAGNOSTIC_SOURCE;
  if (f.evidence?.length) {
    d.relatedInformation = f.evidence.map(
      (e) => new vscode.DiagnosticRelatedInformation(new vscode.Location(entry.story.uri(e.file), toRange(e.range)), `Also here: "${e.quote.replace(/\s+/g, ' ')}"`),
    );
  }
  return d;
}

function toRange(r: TextRange): vscode.Range {
  return new vscode.Range(r.startLine, r.startColumn, r.endLine, r.endColumn);
}
