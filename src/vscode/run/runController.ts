import { formatUsd } from '../../core/cost';
import { describeBudget } from '../../hosts/costReport';
import * as vscode from 'vscode';
import { StoryLockedError } from '../../core/checkpoint/lock';
import { BRIEF_FILE, MANUSCRIPT_FILE, STAGE_LABELS, isChapterStage, stageFile, type WorkflowStage } from '../../core/stages';
import type { EditedFiles } from '../../core/workflow/runner';
import type { Settings } from '../../core/config/settings';
import type { Logger } from '../../core/ports';
import type { ItemId } from '../../core/workflow/state/items';
import { describeLength, fractionDone, type ApprovalDecision, type ApprovalRequest, type ProgressEvent, type RunSummary } from '../../core/workflow/progress';
import { describeContinuity } from '../../core/continuity/runContinuity';
import { compileManuscript, type CompiledManuscript } from '../../core/workflow/compileManuscript';
import { StageInputError } from '../../core/workflow/failures';
import { runWorkflow } from '../../core/workflow/runner';
import type { GeminiService } from '../../gemini';
import { freeTierRunAdvice } from '../../gemini/freeTier';
import { GeminiContextCaches } from '../../gemini/contextCaches';
import { GeminiBatchJobs } from '../../gemini/batchJobs';
import type { BatchJobState } from '../../core/generation/batchJobs';
import { estimateRunRequests } from '../../core/workflow/runEstimate';
import { Disposable } from '../disposable';
import { presentError, presentFailure } from '../errorPresenter';
import type { StoryEntry } from '../storyCatalog';
import { toAbortSignal } from '../toAbortSignal';
import type { RunningItems } from '../views/stagesView';
import { LiveDocuments } from './liveDocument';
import { RunStatusBar } from './statusBar';
import { SaveGuard } from './saveGuard';
import type { Questions } from '../questions';
import { APPROVAL_BUTTONS, approvalAcknowledgement, approvalDecision, approvalFiles, approvalQuestion, cancelMessage, speculativeNote, type ApprovalChoice } from './runMessages';

export const RUNNING_CONTEXT = 'storyWriter.running';

export interface RunRequest {
  readonly entry: StoryEntry;
  readonly target?: WorkflowStage | 'all';
  /** A whole stage, or one item of it (`draft:03`). */
  readonly regenerate?: WorkflowStage | ItemId;
  readonly editedFiles?: EditedFiles;
  /** `batch`: chapter stages go to Gemini as half-price batch jobs (Story: Run Workflow in Batch). */
  readonly mode?: RunMode;
}

export type RunMode = 'interactive' | 'batch';

interface ActiveRun {
  readonly storyId: string;
  readonly cancel: vscode.CancellationTokenSource;
  readonly running: Set<ItemId>;
}

const ACTIVITY: Record<WorkflowStage, string> = {
  concept: 'Developing the concept',
  bible: 'Writing the story bible',
  outline: 'Outlining the chapters',
  draft: 'Drafting',
  revision: 'Revising',
  manuscript: 'Compiling the manuscript',
};

/**
 * Runs the workflow for one story at a time, with everything a writer sees while it runs: a
 * cancellable progress notification, the status bar, the spinning rows in the tree, the chapter
 * streaming into an editor, the approval question after each stage, and errors with the action
 * that fixes them.
 */
export class RunController extends Disposable implements RunningItems {
  private active: ActiveRun | undefined;
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;
  private readonly finished = this._register(new vscode.EventEmitter<RunSummary | undefined>());
  /** Fires when a run ends (with its summary, or undefined when it could not start). */
  readonly onDidFinish = this.finished.event;
  private readonly live = this._register(new LiveDocuments());
  private readonly statusBar: RunStatusBar;
  /** The last summary and the errors shown for it, for tests and the log. */
  lastSummary: RunSummary | undefined;
  lastErrors: Array<{ message: string; actions: string[] }> = [];

  constructor(
    private readonly service: GeminiService,
    private readonly settings: () => Settings,
    private readonly log: Logger,
    /** Called when files changed: after each item a run finishes, and when the run ends. */
    private readonly onFilesChanged: () => void,
    private readonly questions: Questions,
  ) {
    super();
    this.statusBar = this._register(new RunStatusBar(service));
  }

  get isRunning(): boolean {
    return this.active !== undefined;
  }

  isItemRunning(storyId: string, item: ItemId): boolean {
    return this.active?.storyId === storyId && this.active.running.has(item);
  }

  cancel(): boolean {
    if (!this.active) return false;
    this.active.cancel.cancel();
    return true;
  }

  /**
   * Compile Manuscript: `story.md` from the chapters that exist, with no model call and no key
   * (so also in an untrusted workspace). Says which chapters are missing; refused while a run
   * holds the story.
   */
  async compile(entry: StoryEntry): Promise<CompiledManuscript | undefined> {
    if (this.active) {
      void vscode.window.showWarningMessage('Story Writer: a run is in progress; its manuscript is compiled when it ends. Cancel it first (Story: Cancel) to compile now.');
      return undefined;
    }
    try {
      const compiled = await compileManuscript({
        fs: entry.story.fs,
        storyDir: entry.story.storyDir,
        settings: this.settings(),
        logger: this.log,
        owner: `VS Code (${vscode.env.appName})`,
      });
      const missing = compiled.missing.length
        ? ` Chapter ${compiled.missing.join(', ')} ${compiled.missing.length === 1 ? 'has' : 'have'} no draft yet and ${compiled.missing.length === 1 ? 'is' : 'are'} left out.`
        : '';
      const message = `Story Writer: compiled ${compiled.file} from ${compiled.included.length} chapter${compiled.included.length === 1 ? '' : 's'}, ${compiled.words.toLocaleString('en-US')} words.${missing}`;
      this.lastCompileMessage = message;
      const show = compiled.missing.length ? vscode.window.showWarningMessage(message, 'Open Manuscript') : vscode.window.showInformationMessage(message, 'Open Manuscript');
      void show.then((c) => c && vscode.window.showTextDocument(entry.story.uri(`${entry.story.storyDir}/${compiled.file}`), { preview: true, preserveFocus: true }));
      return compiled;
    } catch (e) {
      const message = e instanceof StoryLockedError || e instanceof StageInputError ? `Story Writer: ${e.message}` : undefined;
      this.lastCompileMessage = message ?? presentError(e).message;
      if (message) void vscode.window.showWarningMessage(message);
      return undefined;
    } finally {
      this.onFilesChanged();
    }
  }

  /** The last run's guard of the files it wrote, with what became of the writer's saves. */
  lastSaveGuard: SaveGuard | undefined;

  /** The last "run cancelled" message, for tests and the log. */
  lastCancelMessage: string | undefined;

  /** The last Compile Manuscript message, for tests and the log. */
  lastCompileMessage: string | undefined;

  async run(request: RunRequest): Promise<RunSummary | undefined> {
    if (!vscode.workspace.isTrusted) {
      void vscode.window
        .showWarningMessage(
          'Story Writer: this workspace is not trusted, so nothing is sent to Gemini from it. Trust the folder (Manage Workspace Trust) to generate.',
          'Manage Workspace Trust',
        )
        .then((c) => c && vscode.commands.executeCommand('workbench.trust.manage'));
      return undefined;
    }
    if (this.active) {
      void vscode.window.showWarningMessage('Story Writer: a run is already in progress. Cancel it first (Story: Cancel).');
      return undefined;
    }
    const run: ActiveRun = { storyId: request.entry.story.id, cancel: new vscode.CancellationTokenSource(), running: new Set() };
    this.active = run;
    void vscode.commands.executeCommand('setContext', RUNNING_CONTEXT, true);
    this.statusBar.start(request.entry);
    try {
      const summary = this.settings()['ui.showProgress']
        ? await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Story Writer', cancellable: true }, (progress, token) => {
            token.onCancellationRequested(() => run.cancel.cancel());
            return this.execute(request, run, progress);
          })
        : await this.execute(request, run, undefined);
      this.lastSummary = summary;
      this.report(request, summary);
      this.finished.fire(summary);
      return summary;
    } catch (e) {
      this.finished.fire(undefined);
      if (e instanceof StoryLockedError) {
        void vscode.window.showWarningMessage(`Story Writer: ${e.message}`);
        return undefined;
      }
      this.log.error('Run failed unexpectedly', { error: e instanceof Error ? e.stack : String(e) });
      presentError(e);
      return undefined;
    } finally {
      run.cancel.dispose();
      this.active = undefined;
      this.statusBar.stop();
      void vscode.commands.executeCommand('setContext', RUNNING_CONTEXT, false);
      this.changed.fire();
      this.onFilesChanged();
    }
  }

  private async execute(request: RunRequest, run: ActiveRun, progress: vscode.Progress<{ message?: string; increment?: number }> | undefined): Promise<RunSummary> {
    const { entry } = request;
    // Once this session has met the free tier, say before a run that it cannot finish today there.
    const advice = this.service.freeTierLimits && freeTierRunAdvice(estimateRunRequests(entry.state), this.settings().model);
    if (advice) void vscode.window.showWarningMessage(`Story Writer: ${advice}`);
    const abort = toAbortSignal(run.cancel.token);
    const streamer = new LiveStreamer(this.live, entry, this.settings()['ui.streamToEditor']);
    const guard = new SaveGuard(entry, run.running, this.questions, run.cancel.token, this.log);
    this.lastSaveGuard = guard;
    let percent = 0;
    const onProgress = (event: ProgressEvent) => {
      guard.progress(event);
      this.track(run, event);
      this.statusBar.progress(event);
      streamer.progress(event);
      const done = fractionDone(event);
      this.lastProgressMessage = describeProgress(event);
      if (progress) {
        const increment = Math.max(0, done * 100 - percent);
        percent += increment;
        progress.report({ message: describeProgress(event), increment });
      }
    };
    try {
      return await runWorkflow({
        fs: entry.story.fs,
        storyDir: entry.story.storyDir,
        generator: this.service,
        contextCaches: new GeminiContextCaches(this.service, this.log),
        // Cancel cancels the job in Gemini; closing VS Code leaves it recorded, and the next run (batch or not) collects it.
        batch: {
          scope: request.mode === 'batch' ? 'send' : 'collect',
          jobs: new GeminiBatchJobs(this.service),
          onCancel: 'cancel-job',
          pollIntervalMs: this.settings()['workflow.batchPollSeconds'] * 1000,
        },
        settings: this.settings(),
        logger: this.log,
        signal: abort.signal,
        target: request.target ?? 'all',
        ...(request.regenerate ? { regenerate: request.regenerate } : {}),
        editedFiles: request.editedFiles ?? 'keep',
        owner: `VS Code (${vscode.env.appName})`,
        onProgress,
        onText: (itemId, _delta, soFar) => streamer.text(itemId, soFar),
        onRestart: (itemId) => streamer.text(itemId, ''),
        ...(this.settings()['workflow.requireApproval'] ? { approve: (stage: WorkflowStage, result: ApprovalRequest) => this.askApproval(entry, run, stage, result) } : {}),
      });
    } finally {
      // Stops listening for saves; a question already asked is still answered and acted on.
      guard.dispose();
      abort.dispose();
      await streamer.finish();
    }
  }

  /**
   * The approval question after a stage: its files are opened beside the writer's editor (a
   * chapter stage opens its first chapter and names the others), every answer is acknowledged,
   * and cancelling the run (Story: Cancel or the notification's cancel) settles the question as a
   * stop, so the run ends and releases the story.
   */
  private async askApproval(entry: StoryEntry, run: ActiveRun, stage: WorkflowStage, result: ApprovalRequest): Promise<ApprovalDecision> {
    const files = approvalFiles(stage, result.files);
    for (const file of files.open) await openBeside(entry.story.uri(`${entry.story.storyDir}/${file}`));
    const buttons = Object.values(APPROVAL_BUTTONS);
    const answer = await this.questions.ask('notification', approvalQuestion(stage, files.open, files.others), buttons, run.cancel.token);
    const choice: ApprovalChoice = run.cancel.token.isCancellationRequested
      ? 'cancelled'
      : ((Object.keys(APPROVAL_BUTTONS) as Array<keyof typeof APPROVAL_BUTTONS>).find((k) => APPROVAL_BUTTONS[k] === answer) ?? 'dismissed');
    const message = approvalAcknowledgement(stage, choice);
    this.lastApproval = { stage, choice, message };
    this.log.info('Approval', { stage, choice });
    void vscode.window.showInformationMessage(message);
    return approvalDecision(choice);
  }

  /** What the progress notification said last, for tests. */
  lastProgressMessage: string | undefined;

  /** The last approval answer and what the writer was told, for tests and the log. */
  lastApproval: { stage: WorkflowStage; choice: ApprovalChoice; message: string } | undefined;

  private track(run: ActiveRun, event: ProgressEvent): void {
    if (event.type === 'item-started') run.running.add(event.itemId);
    else if (event.type === 'item-finished' || event.type === 'item-failed') {
      run.running.delete(event.itemId);
      this.onFilesChanged();
    } else return;
    this.changed.fire();
  }

  private report(request: RunRequest, summary: RunSummary): void {
    this.lastErrors = [];
    const story = request.entry.state.brief?.ok ? request.entry.state.brief.brief.title : request.entry.story.name;
    if (summary.outcome === 'completed' && summary.failures.length === 0) {
      const made = summary.generated.length;
      const message =
        made === 0
          ? `“${story}” is up to date: nothing needed generating.`
          : `“${story}”: wrote ${made} file${made === 1 ? '' : 's'}, ${summary.words.toLocaleString('en-US')} words in ${(summary.durationMs / 1000).toFixed(1)} s for ${formatUsd(summary.costUsd)}.${summary.length ? ` ${describeLength(summary.length)}` : ''}${summary.continuity ? ` ${describeContinuity(summary.continuity)}` : ''}${speculativeNote(summary)}`;
      void vscode.window.showInformationMessage(`Story Writer: ${message}`, ...(summary.generated.includes('manuscript') ? ['Open Manuscript'] : [])).then((c) => {
        if (c) void vscode.window.showTextDocument(request.entry.story.uri(`${request.entry.story.storyDir}/${MANUSCRIPT_FILE}`));
      });
      return;
    }
    if (summary.outcome === 'cancelled') {
      this.lastCancelMessage = cancelMessage(summary);
      void vscode.window.showInformationMessage(this.lastCancelMessage);
      return;
    }
    if (summary.budget?.reached) {
      // The budget stopped the run: what was spent, what is left, and the setting to raise.
      const shown = presentFailure('budget', `“${story}”: ${describeBudget(summary.budget)}`, { retry: () => this.run({ ...request, editedFiles: 'keep' }) });
      this.lastErrors.push({ message: shown.message, actions: shown.actions });
      this.log.warn(shown.message);
      return;
    }
    if (summary.outcome === 'stopped' && summary.failures.length === 0) {
      // The writer chose Edit First (or closed the question): already acknowledged.
      return;
    }
    for (const failure of summary.failures.slice(0, 3)) {
      const where = failure.chapter ? `${STAGE_LABELS[failure.stage]}, chapter ${failure.chapter}` : STAGE_LABELS[failure.stage];
      const shown = presentFailure(failure.kind, `${where}: ${failure.message}`, {
        briefUri: request.entry.story.uri(`${request.entry.story.storyDir}/${BRIEF_FILE}`),
        retry: () => this.run({ ...request, editedFiles: 'keep' }),
      });
      this.lastErrors.push({ message: shown.message, actions: shown.actions });
      this.log.warn(shown.message);
    }
  }
}

function describeProgress(event: ProgressEvent): string {
  if (event.type === 'batch') return `Batch job (${event.stage}, ${event.entries} chapters): ${BATCH_STATE_WORDS[event.state]}`;
  const what = ACTIVITY[event.stage];
  const position = event.chapter !== undefined && event.total ? ` chapter ${event.chapter} (${event.index ?? '?'} of ${event.total})` : '';
  const words = event.words ? ` — ${event.words.toLocaleString('en-US')} words` : '';
  const eta = event.etaMs && event.etaMs > 2000 ? `, about ${Math.ceil(event.etaMs / 1000)} s left` : '';
  return `${what}${position}${words}${eta}`;
}

/** A batch job's state as the progress notification says it. */
const BATCH_STATE_WORDS: Readonly<Record<BatchJobState, string>> = {
  queued: 'queued at Gemini',
  running: 'running at Gemini',
  succeeded: 'done, writing the chapters',
  failed: 'failed; the chapters are made interactively',
  cancelled: 'cancelled',
  expired: 'expired; the chapters are made interactively',
};

/**
 * Shows one item at a time streaming into the editor: a structured stage (concept, bible,
 * outline) rendered to its Markdown as its JSON arrives, or the first chapter that starts, then
 * the next one still running when it ends. When an item is done, its real file replaces the live
 * view in the same preview tab.
 */
class LiveStreamer {
  private current: { itemId: ItemId; uri: vscode.Uri; file: vscode.Uri } | undefined;
  private readonly started = new Map<ItemId, { heading: string; file: vscode.Uri }>();
  private opening: Promise<void> = Promise.resolve();

  constructor(
    private readonly live: LiveDocuments,
    private readonly entry: StoryEntry,
    private readonly enabled: boolean,
  ) {}

  progress(event: ProgressEvent): void {
    if (!this.enabled || !('itemId' in event) || event.stage === 'manuscript') return;
    if (isChapterStage(event.stage) && event.chapter === undefined) return;
    if (event.type === 'item-started') {
      const file = this.entry.story.uri(`${this.entry.story.storyDir}/${stageFile(event.stage, event.chapter)}`);
      this.started.set(event.itemId, { heading: liveHeading(event.stage, event.chapter), file });
      if (!this.current) this.show(event.itemId);
    } else if (event.type === 'item-finished' || event.type === 'item-failed') {
      const info = this.started.get(event.itemId);
      this.started.delete(event.itemId);
      if (this.current?.itemId !== event.itemId) return;
      const done = this.current;
      this.live.close(done.uri);
      this.current = undefined;
      if (event.type === 'item-finished' && info) this.opening = this.opening.then(() => openBeside(info.file));
      const next = this.started.keys().next();
      if (!next.done) this.show(next.value);
    }
  }

  text(itemId: ItemId, soFar: string): void {
    if (this.current?.itemId === itemId) this.live.update(this.current.uri, `${this.started.get(itemId)?.heading ?? ''}\n\n${soFar}`);
  }

  async finish(): Promise<void> {
    if (this.current) this.live.close(this.current.uri);
    await this.opening;
  }

  private show(itemId: ItemId): void {
    const info = this.started.get(itemId);
    if (!info) return;
    const uri = this.live.uriFor(info.file, itemId);
    this.current = { itemId, uri, file: info.file };
    this.opening = this.opening.then(() => this.live.open(uri, info.heading)).catch(() => {});
  }
}

/** The comment above the live text: what is being written, and that the file comes when it is done. */
function liveHeading(stage: Exclude<WorkflowStage, 'manuscript'>, chapter: number | undefined): string {
  if (isChapterStage(stage)) return `<!-- ${stage === 'draft' ? 'Drafting' : 'Revising'} chapter ${chapter}… the file is saved when the chapter is done -->`;
  return `<!-- ${ACTIVITY[stage]}… the file is saved when it is done -->`;
}

/** Shows a file beside the writer's editor without taking the focus or replacing their tab. */
export async function openBeside(file: vscode.Uri): Promise<void> {
  try {
    await vscode.window.showTextDocument(file, { preview: true, preserveFocus: true, viewColumn: vscode.ViewColumn.Beside });
  } catch {
    // The chapter may have been written as partial only; nothing to show.
  }
}
