import { posix } from 'node:path';
import * as vscode from 'vscode';
import type { Settings } from '../../core/config/settings';
import { checkContinuity, type CheckScope, type ContinuityReport } from '../../core/continuity/continuityChecker';
import { rewritePassage } from '../../core/continuity/rewritePassage';
import { chapterOfFile } from '../../core/continuity/storyMaterial';
import { addSuppression } from '../../core/continuity/suppressions';
import type { Finding } from '../../core/findings/finding';
import type { TextGenerator } from '../../core/generation/textGenerator';
import type { Logger } from '../../core/ports';
import { Disposable } from '../disposable';
import { presentError } from '../errorPresenter';
import type { StoryCatalog, StoryEntry } from '../storyCatalog';
import { toAbortSignal } from '../toAbortSignal';
import type { StoryResolver } from '../commands/storyCommands';
import { toRange } from '../findingDiagnostic';
import type { ContinuityDiagnostics } from './continuityDiagnostics';

/** Arguments for automation: the story, and what to check, so nothing is asked. */
interface CheckArgs {
  readonly story?: string;
  readonly scope?: 'story' | 'chapter' | 'open';
  readonly chapter?: number;
}

type ScopePick = vscode.QuickPickItem & { readonly scope: CheckScope };

export interface ContinuityCommandDeps {
  readonly resolver: StoryResolver;
  readonly catalog: StoryCatalog;
  readonly diagnostics: ContinuityDiagnostics;
  /** The extension's Gemini service. */
  readonly generator: TextGenerator;
  readonly settings: () => Settings;
  readonly log: Logger;
}

export const CONTINUITY_COMMANDS = {
  check: 'storyWriter.checkContinuity',
  rewrite: 'storyWriter.continuity.rewriteToAgree',
  intentional: 'storyWriter.continuity.markIntentional',
  openEvidence: 'storyWriter.continuity.openEvidence',
} as const;

/**
 * `Story: Check Continuity` (the whole story, a chapter, or the open chapter), the three actions
 * on a finding, and `checks.continuity: onSave`. Every check goes through the core, which asks the
 * model only about what changed.
 */
export class ContinuityCommands extends Disposable {
  /** The last check's report, for the log and for tests. */
  lastReport: ContinuityReport | undefined;

  private readonly resolver: StoryResolver;
  private readonly catalog: StoryCatalog;
  private readonly diagnostics: ContinuityDiagnostics;
  private readonly generator: TextGenerator;
  private readonly settings: () => Settings;
  private readonly log: Logger;

  constructor(deps: ContinuityCommandDeps) {
    super();
    ({ resolver: this.resolver, catalog: this.catalog, diagnostics: this.diagnostics, generator: this.generator, settings: this.settings, log: this.log } = deps);
    this._register(vscode.workspace.onDidSaveTextDocument((doc) => void this.checkOnSave(doc)));
  }

  /** `Story: Check Continuity`: returns the report (for tests), or undefined when cancelled or failed. */
  async check(arg: unknown): Promise<ContinuityReport | undefined> {
    if (!trusted()) return undefined;
    const args = argsOf(arg);
    const entry = await this.resolver.resolve(arg instanceof vscode.Uri ? arg : args.story);
    if (!entry) return undefined;
    const scope = await this.scopeFor(entry, args);
    if (!scope) return undefined;
    const what = scope.kind === 'story' ? 'the story' : `chapter ${scope.chapter}`;
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Checking continuity of ${what}…`, cancellable: true }, async (_p, token) => {
      const report = await this.run(entry, scope, token);
      if (report) void vscode.window.showInformationMessage(`Story Writer: ${summarise(report)}`);
      return report;
    });
  }

  /** *Rewrite to agree*: one model call for the passage, applied as an undoable edit. */
  async rewrite(uri: vscode.Uri, finding: Finding): Promise<boolean> {
    if (!trusted()) return false;
    const document = await vscode.workspace.openTextDocument(uri);
    try {
      const rewrite = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Rewriting the passage to agree…', cancellable: true },
        (_p, token) => {
          const abort = toAbortSignal(token);
          return rewritePassage({ generator: this.generator, settings: this.settings(), signal: abort.signal }, finding, document.getText()).finally(() => abort.dispose());
        },
      );
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, toRange(rewrite.range), rewrite.replacement);
      const applied = await vscode.workspace.applyEdit(edit);
      if (applied) this.diagnostics.remove(uri, finding);
      return applied;
    } catch (e) {
      this.log.warn('Continuity rewrite failed', { error: (e as Error).message });
      presentError(e);
      return false;
    }
  }

  /** *This is intentional*: recorded with an optional reason in the story's `continuity-ignore.md`. */
  async markIntentional(uri: vscode.Uri, finding: Finding): Promise<boolean> {
    const entry = this.catalog.storyOf(uri);
    const chapter = entry && chapterOfFile(posix.relative(entry.story.storyDir, uri.path));
    if (!entry || chapter === undefined) return false;
    const reason = await vscode.window.showInputBox({
      title: 'This is intentional',
      prompt: 'Why is it meant? (optional: kept with the passage in continuity-ignore.md)',
      placeHolder: 'e.g. she is lying to him here',
    });
    if (reason === undefined) return false;
    await addSuppression(entry.story.fs, entry.story.storyDir, { chapter, passage: finding.passage.quote, ...(reason.trim() ? { reason: reason.trim() } : {}) });
    this.diagnostics.remove(uri, finding);
    this.log.info('Continuity finding marked intentional', { chapter, passage: finding.passage.quote });
    return true;
  }

  /** *Open evidence*: the bible or earlier chapter, with the evidence selected. */
  async openEvidence(uri: vscode.Uri, finding: Finding): Promise<void> {
    const evidence = finding.evidence?.[0];
    const entry = this.catalog.storyOf(uri);
    if (!evidence || !entry) return;
    await vscode.window.showTextDocument(entry.story.uri(evidence.file), { selection: toRange(evidence.range), preview: false });
  }

  private async checkOnSave(doc: vscode.TextDocument): Promise<void> {
    if (this.settings()['checks.continuity'] !== 'onSave' || !vscode.workspace.isTrusted) return;
    const entry = this.catalog.storyOf(doc.uri);
    if (!entry || chapterOfFile(posix.relative(entry.story.storyDir, doc.uri.path)) === undefined) return;
    // The whole story: only the saved chapter, and the chapters after it whose earlier facts changed, are asked about.
    await this.run(entry, { kind: 'story' });
  }

  private async run(entry: StoryEntry, scope: CheckScope, token?: vscode.CancellationToken): Promise<ContinuityReport | undefined> {
    const abort = token ? toAbortSignal(token) : undefined;
    try {
      const report = await checkContinuity(
        { fs: entry.story.fs, storyDir: entry.story.storyDir, generator: this.generator, settings: this.settings(), log: this.log, ...(abort ? { signal: abort.signal } : {}) },
        scope,
      );
      this.diagnostics.show(entry.story, report);
      this.lastReport = report;
      return report;
    } catch (e) {
      if (token?.isCancellationRequested) return undefined;
      this.log.warn('Continuity check failed', { error: (e as Error).message });
      presentError(e);
      return undefined;
    } finally {
      abort?.dispose();
    }
  }

  private async scopeFor(entry: StoryEntry, args: CheckArgs): Promise<CheckScope | undefined> {
    const open = this.openChapter(entry);
    if (args.scope === 'story') return { kind: 'story' };
    if (args.scope === 'chapter' && args.chapter !== undefined) return { kind: 'chapter', chapter: args.chapter };
    if (args.scope === 'open') return open === undefined ? undefined : { kind: 'chapter', chapter: open };
    const chapters = entry.state.chapters.filter((c) => entry.state.items.some((i) => i.chapter === c.number && (i.state === 'done' || i.state === 'edited')));
    const picks: ScopePick[] = [
      ...(open !== undefined ? [{ label: `$(file) Open chapter: Chapter ${open}`, scope: { kind: 'chapter', chapter: open } as const }] : []),
      { label: '$(book) Whole story', description: 'every chapter; only what changed is asked about', scope: { kind: 'story' } },
      ...chapters.map((c) => ({ label: `Chapter ${c.number}`, description: c.title, scope: { kind: 'chapter', chapter: c.number } as const })),
    ];
    return (await vscode.window.showQuickPick(picks, { placeHolder: 'Check continuity of…' }))?.scope;
  }

  /** The chapter in the active editor, when it is one of this story's. */
  private openChapter(entry: StoryEntry): number | undefined {
    const uri = vscode.window.activeTextEditor?.document.uri;
    if (!uri || this.catalog.storyOf(uri)?.story.id !== entry.story.id) return undefined;
    return chapterOfFile(posix.relative(entry.story.storyDir, uri.path));
  }
}

function argsOf(arg: unknown): CheckArgs {
  return typeof arg === 'object' && arg !== null && !('kind' in arg) && !(arg instanceof vscode.Uri) ? (arg as CheckArgs) : {};
}

function summarise(report: ContinuityReport): string {
  const n = report.findings.length;
  const chapters = [...report.byChapter.values()].filter((f) => f.length > 0).length;
  const found = n === 0 ? 'no continuity problems found' : `${n} continuity problem${n === 1 ? '' : 's'} in ${chapters} chapter${chapters === 1 ? '' : 's'} (see Problems)`;
  const dropped = report.dropped > 0 ? `; ${report.dropped} unverified finding${report.dropped === 1 ? '' : 's'} dropped` : '';
  const calls = report.stats.calls === 0 ? '; nothing changed, no model call' : '';
  return `${found}${dropped}${calls}.`;
}

/** Story text goes to Gemini only from a trusted workspace (as every generate command). */
function trusted(): boolean {
  if (vscode.workspace.isTrusted) return true;
  void vscode.window.showWarningMessage('Story Writer: this workspace is not trusted, so nothing is sent to Gemini from it. Trust the folder to check continuity.');
  return false;
}
