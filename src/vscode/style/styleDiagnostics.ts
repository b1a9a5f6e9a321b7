import { posix } from 'node:path';
import * as vscode from 'vscode';
import type { Settings } from '../../core/config/settings';
import type { Finding, FindingSeverity } from '../../core/findings/finding';
import type { Logger } from '../../core/ports';
import { CHAPTER_DIRS, chapterFromFileName } from '../../core/stages';
import { StyleChecker, styleOptionsFrom } from '../../core/style';
import { Disposable } from '../disposable';
import { findingDiagnostic } from '../findingDiagnostic';
import type { StoryCatalog, StoryEntry } from '../storyCatalog';
import type { StyleScores } from '../views/stagesView';

const SEVERITY: Record<FindingSeverity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
};

export const STYLE_DIAGNOSTIC_SOURCE = 'Story Writer style';

/** What a check of one story publishes: its problems and scores, or (no chapter of it open yet) only its scores. */
type Publish = 'diagnostics' | 'scores';

/**
 * Style problems in the editor: when a chapter file is opened or saved, its story's chapters are
 * checked (offline, from the files on disk, so positions are the file's) and every chapter file
 * of that story gets its diagnostics, each with the rule's id as its code and the earlier
 * occurrence of a repeat as related information. When the story's files change otherwise (a run
 * writes a chapter), the catalog's refresh re-checks it, so no diagnostic points at old text.
 * Stories with no chapter opened yet are checked for their scores only (the Stages tree's
 * tooltips), without filling the Problems panel. Turning `storyWriter.style.enabled` off clears
 * everything.
 */
export class StyleDiagnostics extends Disposable implements StyleScores {
  private readonly collection = this._register(vscode.languages.createDiagnosticCollection('storyWriter.style'));
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  /** Fires after a story's diagnostics or scores change (or are cleared). */
  readonly onDidChange = this.changed.event;
  /** Per chapter file (URI string): findings per 1,000 words. */
  private readonly scores = new Map<string, number>();
  /** Per story id: its chapter files (URI strings) with scores, and whether it publishes diagnostics. */
  private readonly stories = new Map<string, { publish: Publish; files: Set<string> }>();
  private readonly queue = new Map<string, Promise<void>>();
  /** The catalog's state of each story when it was last checked, and how. */
  private readonly checkedState = new Map<string, { state: StoryEntry['state']; publish: Publish }>();

  constructor(
    private readonly catalog: StoryCatalog,
    private readonly getSettings: () => Settings,
    onSettingsChange: vscode.Event<Settings>,
    private readonly log: Logger,
  ) {
    super();
    this._register(vscode.workspace.onDidOpenTextDocument((doc) => this.touched(doc.uri)));
    this._register(vscode.workspace.onDidSaveTextDocument((doc) => this.touched(doc.uri)));
    this._register(catalog.onDidChange(() => this.checkAll('changed')));
    this._register(onSettingsChange(() => this.checkAll('all')));
    this.checkAll('all');
  }

  scoreOf(uri: vscode.Uri): number | undefined {
    return this.scores.get(uri.toString());
  }

  /** Checks one story now, its diagnostics published; resolves when they are set. */
  check(entry: StoryEntry, publish: Publish = 'diagnostics'): Promise<void> {
    const previous = this.queue.get(entry.story.id) ?? Promise.resolve();
    // One check of a story at a time, in order; a failed one does not stop the next.
    const next = previous.catch(() => undefined).then(() => this.run(entry, publish));
    this.queue.set(entry.story.id, next);
    return next;
  }

  private touched(uri: vscode.Uri): void {
    if (!this.getSettings()['style.enabled']) return;
    const entry = this.catalog.storyOf(uri);
    if (entry && isChapterFile(entry, uri)) void this.check(entry);
  }

  /**
   * The stories again: `all` after a settings change, else only those the catalog re-read (a
   * story it did not re-read keeps its state object, so a run writing one novel does not re-check
   * the others). Diagnostics where a chapter is or was open, scores elsewhere.
   */
  private checkAll(which: 'all' | 'changed'): void {
    if (!this.getSettings()['style.enabled']) return this.clearAll();
    const open = new Set<string>();
    for (const doc of vscode.workspace.textDocuments) {
      const entry = this.catalog.storyOf(doc.uri);
      if (entry && isChapterFile(entry, doc.uri)) open.add(entry.story.id);
    }
    for (const id of [...this.stories.keys()]) if (!this.catalog.find(id)) this.forget(id);
    for (const entry of this.catalog.stories) {
      const publish: Publish = open.has(entry.story.id) || this.stories.get(entry.story.id)?.publish === 'diagnostics' ? 'diagnostics' : 'scores';
      const seen = this.checkedState.get(entry.story.id);
      if (which === 'changed' && seen?.state === entry.state && seen.publish === publish) continue;
      this.checkedState.set(entry.story.id, { state: entry.state, publish });
      void this.check(entry, publish);
    }
  }

  private clearAll(): void {
    this.checkedState.clear();
    if (this.stories.size === 0) return;
    this.collection.clear();
    this.scores.clear();
    this.stories.clear();
    this.changed.fire();
  }

  private forget(id: string): void {
    for (const file of this.stories.get(id)?.files ?? []) {
      this.collection.delete(vscode.Uri.parse(file));
      this.scores.delete(file);
    }
    this.stories.delete(id);
    this.checkedState.delete(id);
    this.changed.fire();
  }

  private async run(entry: StoryEntry, publish: Publish): Promise<void> {
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
    for (const f of report.findings) byFile.get(f.passage.file)?.push(f);
    const before = this.stories.get(entry.story.id)?.files ?? new Set<string>();
    const now = new Set<string>();
    for (const [file, findings] of byFile) {
      const uri = entry.story.uri(file);
      now.add(uri.toString());
      if (publish === 'diagnostics') {
        this.collection.set(
          uri,
          findings.map((f) => toDiagnostic(entry, f)),
        );
      }
      this.scores.set(uri.toString(), report.scores?.[file] ?? 0);
    }
    for (const gone of before) {
      if (now.has(gone)) continue;
      this.collection.delete(vscode.Uri.parse(gone));
      this.scores.delete(gone);
    }
    this.stories.set(entry.story.id, { publish, files: now });
    this.log.debug('Style checked', { story: entry.story.storyDir, publish, findings: report.findings.length, ms: Math.round(performance.now() - started) });
    this.changed.fire();
  }
}

function isChapterFile(entry: StoryEntry, uri: vscode.Uri): boolean {
  const rel = posix.relative(entry.story.storyDir, uri.path);
  const [dir, name, ...rest] = rel.split('/');
  return rest.length === 0 && dir !== undefined && CHAPTER_DIRS.includes(dir) && name !== undefined && chapterFromFileName(name)?.partial === false;
}

function toDiagnostic(entry: StoryEntry, f: Finding): vscode.Diagnostic {
  return findingDiagnostic(f, {
    source: STYLE_DIAGNOSTIC_SOURCE,
    severity: SEVERITY[f.severity],
    message: f.message,
    uriOf: (file) => entry.story.uri(file),
    evidenceLabel: (_, quote) => `Also here: "${quote}"`,
  });
}
