"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var runController_exports = {};
__export(runController_exports, {
  RUNNING_CONTEXT: () => RUNNING_CONTEXT,
  RunController: () => RunController
});
module.exports = __toCommonJS(runController_exports);
var vscode = __toESM(require("vscode"));
var import_lock = require("../../core/checkpoint/lock");
var import_runner = require("../../core/workflow/runner");
var import_gemini = require("../../gemini");
var import_disposable = require("../disposable");
var import_errorPresenter = require("../errorPresenter");
var import_toAbortSignal = require("../toAbortSignal");
var import_stagesView = require("../views/stagesView");
var import_liveDocument = require("./liveDocument");
var import_statusBar = require("./statusBar");
const RUNNING_CONTEXT = "storyWriter.running";
const ACTIVITY = {
  concept: "Developing the concept",
  bible: "Writing the story bible",
  outline: "Outlining the chapters",
  draft: "Drafting",
  revision: "Revising",
  manuscript: "Compiling the manuscript"
};
class RunController extends import_disposable.Disposable {
  constructor(service, settings, log, onRunEnded) {
    super();
    this.service = service;
    this.settings = settings;
    this.log = log;
    this.onRunEnded = onRunEnded;
    this.statusBar = this._register(new import_statusBar.RunStatusBar(service));
  }
  service;
  settings;
  log;
  onRunEnded;
  active;
  changed = this._register(new vscode.EventEmitter());
  onDidChange = this.changed.event;
  finished = this._register(new vscode.EventEmitter());
  /** Fires when a run ends (with its summary, or undefined when it could not start). */
  onDidFinish = this.finished.event;
  live = this._register(new import_liveDocument.LiveDocuments());
  statusBar;
  /** The last summary, for tests and the statistics view. */
  lastSummary;
  get isRunning() {
    return this.active !== void 0;
  }
  isItemRunning(storyId, item) {
    return this.active?.storyId === storyId && this.active.running.has(item);
  }
  cancel() {
    if (!this.active) return false;
    this.active.cancel.cancel();
    return true;
  }
  async run(request) {
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage(
        "Story Writer: this workspace is not trusted, so nothing is sent to Gemini from it. Trust the folder (Manage Workspace Trust) to generate.",
        "Manage Workspace Trust"
      ).then((c) => c && vscode.commands.executeCommand("workbench.trust.manage"));
      return void 0;
    }
    if (this.active) {
      void vscode.window.showWarningMessage("Story Writer: a run is already in progress. Cancel it first (Story: Cancel).");
      return void 0;
    }
    const run = { storyId: request.entry.story.id, cancel: new vscode.CancellationTokenSource(), running: /* @__PURE__ */ new Set() };
    this.active = run;
    void vscode.commands.executeCommand("setContext", RUNNING_CONTEXT, true);
    this.statusBar.start(request.entry);
    try {
      const summary = this.settings()["ui.showProgress"] ? await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: "Story Writer", cancellable: true },
        (progress, token) => {
          token.onCancellationRequested(() => run.cancel.cancel());
          return this.execute(request, run, progress);
        }
      ) : await this.execute(request, run, void 0);
      this.lastSummary = summary;
      this.report(request, summary);
      this.finished.fire(summary);
      return summary;
    } catch (e) {
      this.finished.fire(void 0);
      if (e instanceof import_lock.StoryLockedError) {
        void vscode.window.showWarningMessage(`Story Writer: ${e.message}`);
        return void 0;
      }
      this.log.error("Run failed unexpectedly", { error: e instanceof Error ? e.stack : String(e) });
      (0, import_errorPresenter.presentError)(e);
      return void 0;
    } finally {
      run.cancel.dispose();
      this.active = void 0;
      this.statusBar.stop();
      void vscode.commands.executeCommand("setContext", RUNNING_CONTEXT, false);
      this.changed.fire();
      this.onRunEnded();
    }
  }
  async execute(request, run, progress) {
    const { entry } = request;
    const abort = (0, import_toAbortSignal.toAbortSignal)(run.cancel.token);
    const streamer = new ChapterStreamer(this.live, entry, this.settings()["ui.streamToEditor"]);
    let percent = 0;
    const onProgress = (event) => {
      this.track(run, event);
      this.statusBar.progress(event);
      streamer.progress(event);
      const done = this.fractionDone(event);
      if (progress) {
        const increment = Math.max(0, done * 100 - percent);
        percent += increment;
        progress.report({ message: describeProgress(event), increment });
      }
    };
    try {
      return await (0, import_runner.runWorkflow)({
        fs: entry.story.fs,
        storyDir: entry.story.storyDir,
        generator: this.service,
        settings: this.settings(),
        logger: this.log,
        signal: abort.signal,
        target: request.target ?? "all",
        ...request.regenerate ? { regenerate: request.regenerate } : {},
        force: request.force ?? false,
        owner: `VS Code (${vscode.env.appName})`,
        onProgress,
        onText: (itemId, _delta, soFar) => streamer.text(itemId, soFar),
        onRestart: (itemId) => streamer.text(itemId, ""),
        ...this.settings()["workflow.requireApproval"] ? { approve: (stage, result) => askApproval(entry, stage, result) } : {}
      });
    } finally {
      abort.dispose();
      await streamer.finish();
    }
  }
  track(run, event) {
    if (event.type === "item-started") run.running.add(event.itemId);
    else if (event.type === "item-finished" || event.type === "item-failed") run.running.delete(event.itemId);
    else return;
    this.changed.fire();
  }
  /** Rough share of the run done: six stages, chapters counting within theirs. */
  fractionDone(event) {
    const order = ["concept", "bible", "outline", "draft", "revision", "manuscript"];
    const base = order.indexOf(event.stage) / order.length;
    const within = event.total && event.index !== void 0 ? (event.type === "item-finished" ? event.index : event.index - 1) / event.total : event.type === "stage-finished" ? 1 : 0;
    return Math.min(1, base + within / order.length);
  }
  report(request, summary) {
    const story = request.entry.state.brief?.ok ? request.entry.state.brief.brief.title : request.entry.story.name;
    if (summary.outcome === "completed" && summary.failures.length === 0) {
      const made = summary.generated.length;
      const message = made === 0 ? `\u201C${story}\u201D is up to date: nothing needed generating.` : `\u201C${story}\u201D: wrote ${made} file${made === 1 ? "" : "s"}, ${summary.words.toLocaleString("en-US")} words in ${(summary.durationMs / 1e3).toFixed(1)} s.`;
      void vscode.window.showInformationMessage(`Story Writer: ${message}`, ...summary.generated.includes("manuscript") ? ["Open Manuscript"] : []).then((c) => {
        if (c) void vscode.window.showTextDocument(request.entry.story.uri(`${request.entry.story.storyDir}/story.md`));
      });
      return;
    }
    if (summary.outcome === "cancelled") {
      void vscode.window.showInformationMessage(`Story Writer: run cancelled. Text written so far is kept as a partial chapter; Run Workflow continues from it.`);
      return;
    }
    for (const failure of summary.failures.slice(0, 3)) {
      const where = failure.chapter ? `${import_stagesView.STAGE_LABELS[failure.stage]}, chapter ${failure.chapter}` : import_stagesView.STAGE_LABELS[failure.stage];
      const error = isKind(failure.kind) ? new import_gemini.GeminiError(failure.kind, `${where}: ${failure.message}`) : new Error(`${where}: ${failure.message}`);
      (0, import_errorPresenter.presentError)(error, { briefUri: request.entry.story.uri(`${request.entry.story.storyDir}/brief.md`), retry: () => this.run({ ...request, force: false }) });
    }
  }
}
function isKind(kind) {
  return import_gemini.GEMINI_ERROR_KINDS.includes(kind);
}
function describeProgress(event) {
  const what = ACTIVITY[event.stage];
  const position = event.chapter !== void 0 && event.total ? ` chapter ${event.chapter} (${event.index ?? "?"} of ${event.total})` : "";
  const words = event.words ? ` \u2014 ${event.words.toLocaleString("en-US")} words` : "";
  const eta = event.etaMs && event.etaMs > 2e3 ? `, about ${Math.ceil(event.etaMs / 1e3)} s left` : "";
  return `${what}${position}${words}${eta}`;
}
async function askApproval(entry, stage, result) {
  const first = result.files[0];
  if (first) await vscode.window.showTextDocument(entry.story.uri(`${entry.story.storyDir}/${first}`), { preview: true, preserveFocus: true });
  const choice = await vscode.window.showInformationMessage(
    `Story Writer: ${import_stagesView.STAGE_LABELS[stage]} is ready. Continue to the next stage, edit it first, or regenerate it?`,
    { modal: false },
    "Continue",
    "Edit First",
    "Regenerate"
  );
  if (choice === "Continue") return "continue";
  if (choice === "Regenerate") return "regenerate";
  return "stop";
}
class ChapterStreamer {
  constructor(live, entry, enabled) {
    this.live = live;
    this.entry = entry;
    this.enabled = enabled;
  }
  live;
  entry;
  enabled;
  current;
  started = /* @__PURE__ */ new Map();
  opening = Promise.resolve();
  progress(event) {
    if (!this.enabled || event.chapter === void 0 || event.stage !== "draft" && event.stage !== "revision") return;
    if (event.type === "item-started") {
      const folder = event.stage === "draft" ? "04-draft" : "05-revision";
      const file = this.entry.story.uri(`${this.entry.story.storyDir}/${folder}/chapter-${String(event.chapter).padStart(2, "0")}.md`);
      const heading = `<!-- ${event.stage === "draft" ? "Drafting" : "Revising"} chapter ${event.chapter}\u2026 the file is saved when the chapter is done -->`;
      this.started.set(event.itemId, { heading, file });
      if (!this.current) this.show(event.itemId);
    } else if (event.type === "item-finished" || event.type === "item-failed") {
      const info = this.started.get(event.itemId);
      this.started.delete(event.itemId);
      if (this.current?.itemId !== event.itemId) return;
      const done = this.current;
      this.live.close(done.uri);
      this.current = void 0;
      if (event.type === "item-finished" && info) this.opening = this.opening.then(() => openQuietly(info.file));
      const next = this.started.keys().next();
      if (!next.done) this.show(next.value);
    }
  }
  text(itemId, soFar) {
    if (this.current?.itemId === itemId) this.live.update(this.current.uri, `${this.started.get(itemId)?.heading ?? ""}

${soFar}`);
  }
  async finish() {
    if (this.current) this.live.close(this.current.uri);
    await this.opening;
  }
  show(itemId) {
    const info = this.started.get(itemId);
    if (!info) return;
    const uri = this.live.uriFor(info.file, itemId);
    this.current = { itemId, uri, file: info.file };
    this.opening = this.opening.then(() => this.live.open(uri, info.heading)).catch(() => {
    });
  }
}
async function openQuietly(file) {
  try {
    await vscode.window.showTextDocument(file, { preview: true, preserveFocus: true });
  } catch {
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  RUNNING_CONTEXT,
  RunController
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL3ZzY29kZS9ydW4vcnVuQ29udHJvbGxlci50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0ICogYXMgdnNjb2RlIGZyb20gJ3ZzY29kZSc7XG5pbXBvcnQgeyBTdG9yeUxvY2tlZEVycm9yIH0gZnJvbSAnLi4vLi4vY29yZS9jaGVja3BvaW50L2xvY2snO1xuaW1wb3J0IHR5cGUgeyBXb3JrZmxvd1N0YWdlIH0gZnJvbSAnLi4vLi4vY29yZS9jaGVja3BvaW50L21ldGEnO1xuaW1wb3J0IHR5cGUgeyBTZXR0aW5ncyB9IGZyb20gJy4uLy4uL2NvcmUvY29uZmlnL3NldHRpbmdzJztcbmltcG9ydCB0eXBlIHsgTG9nZ2VyIH0gZnJvbSAnLi4vLi4vY29yZS9wb3J0cyc7XG5pbXBvcnQgdHlwZSB7IEl0ZW1JZCB9IGZyb20gJy4uLy4uL2NvcmUvd29ya2Zsb3cvaXRlbXMnO1xuaW1wb3J0IHR5cGUgeyBBcHByb3ZhbERlY2lzaW9uLCBBcHByb3ZhbFJlcXVlc3QsIFByb2dyZXNzRXZlbnQsIFJ1blN1bW1hcnkgfSBmcm9tICcuLi8uLi9jb3JlL3dvcmtmbG93L3Byb2dyZXNzJztcbmltcG9ydCB7IHJ1bldvcmtmbG93IH0gZnJvbSAnLi4vLi4vY29yZS93b3JrZmxvdy9ydW5uZXInO1xuaW1wb3J0IHsgR0VNSU5JX0VSUk9SX0tJTkRTLCBHZW1pbmlFcnJvciwgdHlwZSBHZW1pbmlFcnJvcktpbmQsIHR5cGUgR2VtaW5pU2VydmljZSB9IGZyb20gJy4uLy4uL2dlbWluaSc7XG5pbXBvcnQgeyBEaXNwb3NhYmxlIH0gZnJvbSAnLi4vZGlzcG9zYWJsZSc7XG5pbXBvcnQgeyBwcmVzZW50RXJyb3IgfSBmcm9tICcuLi9lcnJvclByZXNlbnRlcic7XG5pbXBvcnQgdHlwZSB7IFN0b3J5RW50cnkgfSBmcm9tICcuLi9zdG9yeUNhdGFsb2cnO1xuaW1wb3J0IHsgdG9BYm9ydFNpZ25hbCB9IGZyb20gJy4uL3RvQWJvcnRTaWduYWwnO1xuaW1wb3J0IHsgU1RBR0VfTEFCRUxTLCB0eXBlIFJ1bm5pbmdJdGVtcyB9IGZyb20gJy4uL3ZpZXdzL3N0YWdlc1ZpZXcnO1xuaW1wb3J0IHsgTGl2ZURvY3VtZW50cyB9IGZyb20gJy4vbGl2ZURvY3VtZW50JztcbmltcG9ydCB7IFJ1blN0YXR1c0JhciB9IGZyb20gJy4vc3RhdHVzQmFyJztcblxuZXhwb3J0IGNvbnN0IFJVTk5JTkdfQ09OVEVYVCA9ICdzdG9yeVdyaXRlci5ydW5uaW5nJztcblxuZXhwb3J0IGludGVyZmFjZSBSdW5SZXF1ZXN0IHtcbiAgcmVhZG9ubHkgZW50cnk6IFN0b3J5RW50cnk7XG4gIHJlYWRvbmx5IHRhcmdldD86IFdvcmtmbG93U3RhZ2UgfCAnYWxsJztcbiAgcmVhZG9ubHkgcmVnZW5lcmF0ZT86IFdvcmtmbG93U3RhZ2U7XG4gIHJlYWRvbmx5IGZvcmNlPzogYm9vbGVhbjtcbn1cblxuaW50ZXJmYWNlIEFjdGl2ZVJ1biB7XG4gIHJlYWRvbmx5IHN0b3J5SWQ6IHN0cmluZztcbiAgcmVhZG9ubHkgY2FuY2VsOiB2c2NvZGUuQ2FuY2VsbGF0aW9uVG9rZW5Tb3VyY2U7XG4gIHJlYWRvbmx5IHJ1bm5pbmc6IFNldDxJdGVtSWQ+O1xufVxuXG5jb25zdCBBQ1RJVklUWTogUmVjb3JkPFdvcmtmbG93U3RhZ2UsIHN0cmluZz4gPSB7XG4gIGNvbmNlcHQ6ICdEZXZlbG9waW5nIHRoZSBjb25jZXB0JyxcbiAgYmlibGU6ICdXcml0aW5nIHRoZSBzdG9yeSBiaWJsZScsXG4gIG91dGxpbmU6ICdPdXRsaW5pbmcgdGhlIGNoYXB0ZXJzJyxcbiAgZHJhZnQ6ICdEcmFmdGluZycsXG4gIHJldmlzaW9uOiAnUmV2aXNpbmcnLFxuICBtYW51c2NyaXB0OiAnQ29tcGlsaW5nIHRoZSBtYW51c2NyaXB0Jyxcbn07XG5cbi8qKlxuICogUnVucyB0aGUgd29ya2Zsb3cgZm9yIG9uZSBzdG9yeSBhdCBhIHRpbWUsIHdpdGggZXZlcnl0aGluZyBhIHdyaXRlciBzZWVzIHdoaWxlIGl0IHJ1bnM6IGFcbiAqIGNhbmNlbGxhYmxlIHByb2dyZXNzIG5vdGlmaWNhdGlvbiwgdGhlIHN0YXR1cyBiYXIsIHRoZSBzcGlubmluZyByb3dzIGluIHRoZSB0cmVlLCB0aGUgY2hhcHRlclxuICogc3RyZWFtaW5nIGludG8gYW4gZWRpdG9yLCB0aGUgYXBwcm92YWwgcXVlc3Rpb24gYWZ0ZXIgZWFjaCBzdGFnZSwgYW5kIGVycm9ycyB3aXRoIHRoZSBhY3Rpb25cbiAqIHRoYXQgZml4ZXMgdGhlbS5cbiAqL1xuZXhwb3J0IGNsYXNzIFJ1bkNvbnRyb2xsZXIgZXh0ZW5kcyBEaXNwb3NhYmxlIGltcGxlbWVudHMgUnVubmluZ0l0ZW1zIHtcbiAgcHJpdmF0ZSBhY3RpdmU6IEFjdGl2ZVJ1biB8IHVuZGVmaW5lZDtcbiAgcHJpdmF0ZSByZWFkb25seSBjaGFuZ2VkID0gdGhpcy5fcmVnaXN0ZXIobmV3IHZzY29kZS5FdmVudEVtaXR0ZXI8dm9pZD4oKSk7XG4gIHJlYWRvbmx5IG9uRGlkQ2hhbmdlID0gdGhpcy5jaGFuZ2VkLmV2ZW50O1xuICBwcml2YXRlIHJlYWRvbmx5IGZpbmlzaGVkID0gdGhpcy5fcmVnaXN0ZXIobmV3IHZzY29kZS5FdmVudEVtaXR0ZXI8UnVuU3VtbWFyeSB8IHVuZGVmaW5lZD4oKSk7XG4gIC8qKiBGaXJlcyB3aGVuIGEgcnVuIGVuZHMgKHdpdGggaXRzIHN1bW1hcnksIG9yIHVuZGVmaW5lZCB3aGVuIGl0IGNvdWxkIG5vdCBzdGFydCkuICovXG4gIHJlYWRvbmx5IG9uRGlkRmluaXNoID0gdGhpcy5maW5pc2hlZC5ldmVudDtcbiAgcHJpdmF0ZSByZWFkb25seSBsaXZlID0gdGhpcy5fcmVnaXN0ZXIobmV3IExpdmVEb2N1bWVudHMoKSk7XG4gIHByaXZhdGUgcmVhZG9ubHkgc3RhdHVzQmFyOiBSdW5TdGF0dXNCYXI7XG4gIC8qKiBUaGUgbGFzdCBzdW1tYXJ5LCBmb3IgdGVzdHMgYW5kIHRoZSBzdGF0aXN0aWNzIHZpZXcuICovXG4gIGxhc3RTdW1tYXJ5OiBSdW5TdW1tYXJ5IHwgdW5kZWZpbmVkO1xuXG4gIGNvbnN0cnVjdG9yKFxuICAgIHByaXZhdGUgcmVhZG9ubHkgc2VydmljZTogR2VtaW5pU2VydmljZSxcbiAgICBwcml2YXRlIHJlYWRvbmx5IHNldHRpbmdzOiAoKSA9PiBTZXR0aW5ncyxcbiAgICBwcml2YXRlIHJlYWRvbmx5IGxvZzogTG9nZ2VyLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgb25SdW5FbmRlZDogKCkgPT4gdm9pZCxcbiAgKSB7XG4gICAgc3VwZXIoKTtcbiAgICB0aGlzLnN0YXR1c0JhciA9IHRoaXMuX3JlZ2lzdGVyKG5ldyBSdW5TdGF0dXNCYXIoc2VydmljZSkpO1xuICB9XG5cbiAgZ2V0IGlzUnVubmluZygpOiBib29sZWFuIHtcbiAgICByZXR1cm4gdGhpcy5hY3RpdmUgIT09IHVuZGVmaW5lZDtcbiAgfVxuXG4gIGlzSXRlbVJ1bm5pbmcoc3RvcnlJZDogc3RyaW5nLCBpdGVtOiBJdGVtSWQpOiBib29sZWFuIHtcbiAgICByZXR1cm4gdGhpcy5hY3RpdmU/LnN0b3J5SWQgPT09IHN0b3J5SWQgJiYgdGhpcy5hY3RpdmUucnVubmluZy5oYXMoaXRlbSk7XG4gIH1cblxuICBjYW5jZWwoKTogYm9vbGVhbiB7XG4gICAgaWYgKCF0aGlzLmFjdGl2ZSkgcmV0dXJuIGZhbHNlO1xuICAgIHRoaXMuYWN0aXZlLmNhbmNlbC5jYW5jZWwoKTtcbiAgICByZXR1cm4gdHJ1ZTtcbiAgfVxuXG4gIGFzeW5jIHJ1bihyZXF1ZXN0OiBSdW5SZXF1ZXN0KTogUHJvbWlzZTxSdW5TdW1tYXJ5IHwgdW5kZWZpbmVkPiB7XG4gICAgaWYgKCF2c2NvZGUud29ya3NwYWNlLmlzVHJ1c3RlZCkge1xuICAgICAgdm9pZCB2c2NvZGUud2luZG93LnNob3dXYXJuaW5nTWVzc2FnZShcbiAgICAgICAgJ1N0b3J5IFdyaXRlcjogdGhpcyB3b3Jrc3BhY2UgaXMgbm90IHRydXN0ZWQsIHNvIG5vdGhpbmcgaXMgc2VudCB0byBHZW1pbmkgZnJvbSBpdC4gVHJ1c3QgdGhlIGZvbGRlciAoTWFuYWdlIFdvcmtzcGFjZSBUcnVzdCkgdG8gZ2VuZXJhdGUuJyxcbiAgICAgICAgJ01hbmFnZSBXb3Jrc3BhY2UgVHJ1c3QnLFxuICAgICAgKS50aGVuKChjKSA9PiBjICYmIHZzY29kZS5jb21tYW5kcy5leGVjdXRlQ29tbWFuZCgnd29ya2JlbmNoLnRydXN0Lm1hbmFnZScpKTtcbiAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gICAgfVxuICAgIGlmICh0aGlzLmFjdGl2ZSkge1xuICAgICAgdm9pZCB2c2NvZGUud2luZG93LnNob3dXYXJuaW5nTWVzc2FnZSgnU3RvcnkgV3JpdGVyOiBhIHJ1biBpcyBhbHJlYWR5IGluIHByb2dyZXNzLiBDYW5jZWwgaXQgZmlyc3QgKFN0b3J5OiBDYW5jZWwpLicpO1xuICAgICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICB9XG4gICAgY29uc3QgcnVuOiBBY3RpdmVSdW4gPSB7IHN0b3J5SWQ6IHJlcXVlc3QuZW50cnkuc3RvcnkuaWQsIGNhbmNlbDogbmV3IHZzY29kZS5DYW5jZWxsYXRpb25Ub2tlblNvdXJjZSgpLCBydW5uaW5nOiBuZXcgU2V0KCkgfTtcbiAgICB0aGlzLmFjdGl2ZSA9IHJ1bjtcbiAgICB2b2lkIHZzY29kZS5jb21tYW5kcy5leGVjdXRlQ29tbWFuZCgnc2V0Q29udGV4dCcsIFJVTk5JTkdfQ09OVEVYVCwgdHJ1ZSk7XG4gICAgdGhpcy5zdGF0dXNCYXIuc3RhcnQocmVxdWVzdC5lbnRyeSk7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IHN1bW1hcnkgPSB0aGlzLnNldHRpbmdzKClbJ3VpLnNob3dQcm9ncmVzcyddXG4gICAgICAgID8gYXdhaXQgdnNjb2RlLndpbmRvdy53aXRoUHJvZ3Jlc3MoXG4gICAgICAgICAgICB7IGxvY2F0aW9uOiB2c2NvZGUuUHJvZ3Jlc3NMb2NhdGlvbi5Ob3RpZmljYXRpb24sIHRpdGxlOiAnU3RvcnkgV3JpdGVyJywgY2FuY2VsbGFibGU6IHRydWUgfSxcbiAgICAgICAgICAgIChwcm9ncmVzcywgdG9rZW4pID0+IHtcbiAgICAgICAgICAgICAgdG9rZW4ub25DYW5jZWxsYXRpb25SZXF1ZXN0ZWQoKCkgPT4gcnVuLmNhbmNlbC5jYW5jZWwoKSk7XG4gICAgICAgICAgICAgIHJldHVybiB0aGlzLmV4ZWN1dGUocmVxdWVzdCwgcnVuLCBwcm9ncmVzcyk7XG4gICAgICAgICAgICB9LFxuICAgICAgICAgIClcbiAgICAgICAgOiBhd2FpdCB0aGlzLmV4ZWN1dGUocmVxdWVzdCwgcnVuLCB1bmRlZmluZWQpO1xuICAgICAgdGhpcy5sYXN0U3VtbWFyeSA9IHN1bW1hcnk7XG4gICAgICB0aGlzLnJlcG9ydChyZXF1ZXN0LCBzdW1tYXJ5KTtcbiAgICAgIHRoaXMuZmluaXNoZWQuZmlyZShzdW1tYXJ5KTtcbiAgICAgIHJldHVybiBzdW1tYXJ5O1xuICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgIHRoaXMuZmluaXNoZWQuZmlyZSh1bmRlZmluZWQpO1xuICAgICAgaWYgKGUgaW5zdGFuY2VvZiBTdG9yeUxvY2tlZEVycm9yKSB7XG4gICAgICAgIHZvaWQgdnNjb2RlLndpbmRvdy5zaG93V2FybmluZ01lc3NhZ2UoYFN0b3J5IFdyaXRlcjogJHtlLm1lc3NhZ2V9YCk7XG4gICAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gICAgICB9XG4gICAgICB0aGlzLmxvZy5lcnJvcignUnVuIGZhaWxlZCB1bmV4cGVjdGVkbHknLCB7IGVycm9yOiBlIGluc3RhbmNlb2YgRXJyb3IgPyBlLnN0YWNrIDogU3RyaW5nKGUpIH0pO1xuICAgICAgcHJlc2VudEVycm9yKGUpO1xuICAgICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICB9IGZpbmFsbHkge1xuICAgICAgcnVuLmNhbmNlbC5kaXNwb3NlKCk7XG4gICAgICB0aGlzLmFjdGl2ZSA9IHVuZGVmaW5lZDtcbiAgICAgIHRoaXMuc3RhdHVzQmFyLnN0b3AoKTtcbiAgICAgIHZvaWQgdnNjb2RlLmNvbW1hbmRzLmV4ZWN1dGVDb21tYW5kKCdzZXRDb250ZXh0JywgUlVOTklOR19DT05URVhULCBmYWxzZSk7XG4gICAgICB0aGlzLmNoYW5nZWQuZmlyZSgpO1xuICAgICAgdGhpcy5vblJ1bkVuZGVkKCk7XG4gICAgfVxuICB9XG5cbiAgcHJpdmF0ZSBhc3luYyBleGVjdXRlKHJlcXVlc3Q6IFJ1blJlcXVlc3QsIHJ1bjogQWN0aXZlUnVuLCBwcm9ncmVzczogdnNjb2RlLlByb2dyZXNzPHsgbWVzc2FnZT86IHN0cmluZzsgaW5jcmVtZW50PzogbnVtYmVyIH0+IHwgdW5kZWZpbmVkKTogUHJvbWlzZTxSdW5TdW1tYXJ5PiB7XG4gICAgY29uc3QgeyBlbnRyeSB9ID0gcmVxdWVzdDtcbiAgICBjb25zdCBhYm9ydCA9IHRvQWJvcnRTaWduYWwocnVuLmNhbmNlbC50b2tlbik7XG4gICAgY29uc3Qgc3RyZWFtZXIgPSBuZXcgQ2hhcHRlclN0cmVhbWVyKHRoaXMubGl2ZSwgZW50cnksIHRoaXMuc2V0dGluZ3MoKVsndWkuc3RyZWFtVG9FZGl0b3InXSk7XG4gICAgbGV0IHBlcmNlbnQgPSAwO1xuICAgIGNvbnN0IG9uUHJvZ3Jlc3MgPSAoZXZlbnQ6IFByb2dyZXNzRXZlbnQpID0+IHtcbiAgICAgIHRoaXMudHJhY2socnVuLCBldmVudCk7XG4gICAgICB0aGlzLnN0YXR1c0Jhci5wcm9ncmVzcyhldmVudCk7XG4gICAgICBzdHJlYW1lci5wcm9ncmVzcyhldmVudCk7XG4gICAgICBjb25zdCBkb25lID0gdGhpcy5mcmFjdGlvbkRvbmUoZXZlbnQpO1xuICAgICAgaWYgKHByb2dyZXNzKSB7XG4gICAgICAgIGNvbnN0IGluY3JlbWVudCA9IE1hdGgubWF4KDAsIGRvbmUgKiAxMDAgLSBwZXJjZW50KTtcbiAgICAgICAgcGVyY2VudCArPSBpbmNyZW1lbnQ7XG4gICAgICAgIHByb2dyZXNzLnJlcG9ydCh7IG1lc3NhZ2U6IGRlc2NyaWJlUHJvZ3Jlc3MoZXZlbnQpLCBpbmNyZW1lbnQgfSk7XG4gICAgICB9XG4gICAgfTtcbiAgICB0cnkge1xuICAgICAgcmV0dXJuIGF3YWl0IHJ1bldvcmtmbG93KHtcbiAgICAgICAgZnM6IGVudHJ5LnN0b3J5LmZzLFxuICAgICAgICBzdG9yeURpcjogZW50cnkuc3Rvcnkuc3RvcnlEaXIsXG4gICAgICAgIGdlbmVyYXRvcjogdGhpcy5zZXJ2aWNlLFxuICAgICAgICBzZXR0aW5nczogdGhpcy5zZXR0aW5ncygpLFxuICAgICAgICBsb2dnZXI6IHRoaXMubG9nLFxuICAgICAgICBzaWduYWw6IGFib3J0LnNpZ25hbCxcbiAgICAgICAgdGFyZ2V0OiByZXF1ZXN0LnRhcmdldCA/PyAnYWxsJyxcbiAgICAgICAgLi4uKHJlcXVlc3QucmVnZW5lcmF0ZSA/IHsgcmVnZW5lcmF0ZTogcmVxdWVzdC5yZWdlbmVyYXRlIH0gOiB7fSksXG4gICAgICAgIGZvcmNlOiByZXF1ZXN0LmZvcmNlID8/IGZhbHNlLFxuICAgICAgICBvd25lcjogYFZTIENvZGUgKCR7dnNjb2RlLmVudi5hcHBOYW1lfSlgLFxuICAgICAgICBvblByb2dyZXNzLFxuICAgICAgICBvblRleHQ6IChpdGVtSWQsIF9kZWx0YSwgc29GYXIpID0+IHN0cmVhbWVyLnRleHQoaXRlbUlkLCBzb0ZhciksXG4gICAgICAgIG9uUmVzdGFydDogKGl0ZW1JZCkgPT4gc3RyZWFtZXIudGV4dChpdGVtSWQsICcnKSxcbiAgICAgICAgLi4uKHRoaXMuc2V0dGluZ3MoKVsnd29ya2Zsb3cucmVxdWlyZUFwcHJvdmFsJ10gPyB7IGFwcHJvdmU6IChzdGFnZTogV29ya2Zsb3dTdGFnZSwgcmVzdWx0OiBBcHByb3ZhbFJlcXVlc3QpID0+IGFza0FwcHJvdmFsKGVudHJ5LCBzdGFnZSwgcmVzdWx0KSB9IDoge30pLFxuICAgICAgfSk7XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIGFib3J0LmRpc3Bvc2UoKTtcbiAgICAgIGF3YWl0IHN0cmVhbWVyLmZpbmlzaCgpO1xuICAgIH1cbiAgfVxuXG4gIHByaXZhdGUgdHJhY2socnVuOiBBY3RpdmVSdW4sIGV2ZW50OiBQcm9ncmVzc0V2ZW50KTogdm9pZCB7XG4gICAgaWYgKGV2ZW50LnR5cGUgPT09ICdpdGVtLXN0YXJ0ZWQnKSBydW4ucnVubmluZy5hZGQoZXZlbnQuaXRlbUlkKTtcbiAgICBlbHNlIGlmIChldmVudC50eXBlID09PSAnaXRlbS1maW5pc2hlZCcgfHwgZXZlbnQudHlwZSA9PT0gJ2l0ZW0tZmFpbGVkJykgcnVuLnJ1bm5pbmcuZGVsZXRlKGV2ZW50Lml0ZW1JZCk7XG4gICAgZWxzZSByZXR1cm47XG4gICAgdGhpcy5jaGFuZ2VkLmZpcmUoKTtcbiAgfVxuXG4gIC8qKiBSb3VnaCBzaGFyZSBvZiB0aGUgcnVuIGRvbmU6IHNpeCBzdGFnZXMsIGNoYXB0ZXJzIGNvdW50aW5nIHdpdGhpbiB0aGVpcnMuICovXG4gIHByaXZhdGUgZnJhY3Rpb25Eb25lKGV2ZW50OiBQcm9ncmVzc0V2ZW50KTogbnVtYmVyIHtcbiAgICBjb25zdCBvcmRlcjogV29ya2Zsb3dTdGFnZVtdID0gWydjb25jZXB0JywgJ2JpYmxlJywgJ291dGxpbmUnLCAnZHJhZnQnLCAncmV2aXNpb24nLCAnbWFudXNjcmlwdCddO1xuICAgIGNvbnN0IGJhc2UgPSBvcmRlci5pbmRleE9mKGV2ZW50LnN0YWdlKSAvIG9yZGVyLmxlbmd0aDtcbiAgICBjb25zdCB3aXRoaW4gPSBldmVudC50b3RhbCAmJiBldmVudC5pbmRleCAhPT0gdW5kZWZpbmVkID8gKGV2ZW50LnR5cGUgPT09ICdpdGVtLWZpbmlzaGVkJyA/IGV2ZW50LmluZGV4IDogZXZlbnQuaW5kZXggLSAxKSAvIGV2ZW50LnRvdGFsIDogZXZlbnQudHlwZSA9PT0gJ3N0YWdlLWZpbmlzaGVkJyA/IDEgOiAwO1xuICAgIHJldHVybiBNYXRoLm1pbigxLCBiYXNlICsgd2l0aGluIC8gb3JkZXIubGVuZ3RoKTtcbiAgfVxuXG4gIHByaXZhdGUgcmVwb3J0KHJlcXVlc3Q6IFJ1blJlcXVlc3QsIHN1bW1hcnk6IFJ1blN1bW1hcnkpOiB2b2lkIHtcbiAgICBjb25zdCBzdG9yeSA9IHJlcXVlc3QuZW50cnkuc3RhdGUuYnJpZWY/Lm9rID8gcmVxdWVzdC5lbnRyeS5zdGF0ZS5icmllZi5icmllZi50aXRsZSA6IHJlcXVlc3QuZW50cnkuc3RvcnkubmFtZTtcbiAgICBpZiAoc3VtbWFyeS5vdXRjb21lID09PSAnY29tcGxldGVkJyAmJiBzdW1tYXJ5LmZhaWx1cmVzLmxlbmd0aCA9PT0gMCkge1xuICAgICAgY29uc3QgbWFkZSA9IHN1bW1hcnkuZ2VuZXJhdGVkLmxlbmd0aDtcbiAgICAgIGNvbnN0IG1lc3NhZ2UgPSBtYWRlID09PSAwID8gYFx1MjAxQyR7c3Rvcnl9XHUyMDFEIGlzIHVwIHRvIGRhdGU6IG5vdGhpbmcgbmVlZGVkIGdlbmVyYXRpbmcuYCA6IGBcdTIwMUMke3N0b3J5fVx1MjAxRDogd3JvdGUgJHttYWRlfSBmaWxlJHttYWRlID09PSAxID8gJycgOiAncyd9LCAke3N1bW1hcnkud29yZHMudG9Mb2NhbGVTdHJpbmcoJ2VuLVVTJyl9IHdvcmRzIGluICR7KHN1bW1hcnkuZHVyYXRpb25NcyAvIDEwMDApLnRvRml4ZWQoMSl9IHMuYDtcbiAgICAgIHZvaWQgdnNjb2RlLndpbmRvdy5zaG93SW5mb3JtYXRpb25NZXNzYWdlKGBTdG9yeSBXcml0ZXI6ICR7bWVzc2FnZX1gLCAuLi4oc3VtbWFyeS5nZW5lcmF0ZWQuaW5jbHVkZXMoJ21hbnVzY3JpcHQnKSA/IFsnT3BlbiBNYW51c2NyaXB0J10gOiBbXSkpLnRoZW4oKGMpID0+IHtcbiAgICAgICAgaWYgKGMpIHZvaWQgdnNjb2RlLndpbmRvdy5zaG93VGV4dERvY3VtZW50KHJlcXVlc3QuZW50cnkuc3RvcnkudXJpKGAke3JlcXVlc3QuZW50cnkuc3Rvcnkuc3RvcnlEaXJ9L3N0b3J5Lm1kYCkpO1xuICAgICAgfSk7XG4gICAgICByZXR1cm47XG4gICAgfVxuICAgIGlmIChzdW1tYXJ5Lm91dGNvbWUgPT09ICdjYW5jZWxsZWQnKSB7XG4gICAgICB2b2lkIHZzY29kZS53aW5kb3cuc2hvd0luZm9ybWF0aW9uTWVzc2FnZShgU3RvcnkgV3JpdGVyOiBydW4gY2FuY2VsbGVkLiBUZXh0IHdyaXR0ZW4gc28gZmFyIGlzIGtlcHQgYXMgYSBwYXJ0aWFsIGNoYXB0ZXI7IFJ1biBXb3JrZmxvdyBjb250aW51ZXMgZnJvbSBpdC5gKTtcbiAgICAgIHJldHVybjtcbiAgICB9XG4gICAgZm9yIChjb25zdCBmYWlsdXJlIG9mIHN1bW1hcnkuZmFpbHVyZXMuc2xpY2UoMCwgMykpIHtcbiAgICAgIGNvbnN0IHdoZXJlID0gZmFpbHVyZS5jaGFwdGVyID8gYCR7U1RBR0VfTEFCRUxTW2ZhaWx1cmUuc3RhZ2VdfSwgY2hhcHRlciAke2ZhaWx1cmUuY2hhcHRlcn1gIDogU1RBR0VfTEFCRUxTW2ZhaWx1cmUuc3RhZ2VdO1xuICAgICAgY29uc3QgZXJyb3IgPSBpc0tpbmQoZmFpbHVyZS5raW5kKSA/IG5ldyBHZW1pbmlFcnJvcihmYWlsdXJlLmtpbmQsIGAke3doZXJlfTogJHtmYWlsdXJlLm1lc3NhZ2V9YCkgOiBuZXcgRXJyb3IoYCR7d2hlcmV9OiAke2ZhaWx1cmUubWVzc2FnZX1gKTtcbiAgICAgIHByZXNlbnRFcnJvcihlcnJvciwgeyBicmllZlVyaTogcmVxdWVzdC5lbnRyeS5zdG9yeS51cmkoYCR7cmVxdWVzdC5lbnRyeS5zdG9yeS5zdG9yeURpcn0vYnJpZWYubWRgKSwgcmV0cnk6ICgpID0+IHRoaXMucnVuKHsgLi4ucmVxdWVzdCwgZm9yY2U6IGZhbHNlIH0pIH0pO1xuICAgIH1cbiAgfVxufVxuXG5mdW5jdGlvbiBpc0tpbmQoa2luZDogc3RyaW5nKToga2luZCBpcyBHZW1pbmlFcnJvcktpbmQge1xuICByZXR1cm4gKEdFTUlOSV9FUlJPUl9LSU5EUyBhcyByZWFkb25seSBzdHJpbmdbXSkuaW5jbHVkZXMoa2luZCk7XG59XG5cbmZ1bmN0aW9uIGRlc2NyaWJlUHJvZ3Jlc3MoZXZlbnQ6IFByb2dyZXNzRXZlbnQpOiBzdHJpbmcge1xuICBjb25zdCB3aGF0ID0gQUNUSVZJVFlbZXZlbnQuc3RhZ2VdO1xuICBjb25zdCBwb3NpdGlvbiA9IGV2ZW50LmNoYXB0ZXIgIT09IHVuZGVmaW5lZCAmJiBldmVudC50b3RhbCA/IGAgY2hhcHRlciAke2V2ZW50LmNoYXB0ZXJ9ICgke2V2ZW50LmluZGV4ID8/ICc/J30gb2YgJHtldmVudC50b3RhbH0pYCA6ICcnO1xuICBjb25zdCB3b3JkcyA9IGV2ZW50LndvcmRzID8gYCBcdTIwMTQgJHtldmVudC53b3Jkcy50b0xvY2FsZVN0cmluZygnZW4tVVMnKX0gd29yZHNgIDogJyc7XG4gIGNvbnN0IGV0YSA9IGV2ZW50LmV0YU1zICYmIGV2ZW50LmV0YU1zID4gMjAwMCA/IGAsIGFib3V0ICR7TWF0aC5jZWlsKGV2ZW50LmV0YU1zIC8gMTAwMCl9IHMgbGVmdGAgOiAnJztcbiAgcmV0dXJuIGAke3doYXR9JHtwb3NpdGlvbn0ke3dvcmRzfSR7ZXRhfWA7XG59XG5cbmFzeW5jIGZ1bmN0aW9uIGFza0FwcHJvdmFsKGVudHJ5OiBTdG9yeUVudHJ5LCBzdGFnZTogV29ya2Zsb3dTdGFnZSwgcmVzdWx0OiBBcHByb3ZhbFJlcXVlc3QpOiBQcm9taXNlPEFwcHJvdmFsRGVjaXNpb24+IHtcbiAgY29uc3QgZmlyc3QgPSByZXN1bHQuZmlsZXNbMF07XG4gIGlmIChmaXJzdCkgYXdhaXQgdnNjb2RlLndpbmRvdy5zaG93VGV4dERvY3VtZW50KGVudHJ5LnN0b3J5LnVyaShgJHtlbnRyeS5zdG9yeS5zdG9yeURpcn0vJHtmaXJzdH1gKSwgeyBwcmV2aWV3OiB0cnVlLCBwcmVzZXJ2ZUZvY3VzOiB0cnVlIH0pO1xuICBjb25zdCBjaG9pY2UgPSBhd2FpdCB2c2NvZGUud2luZG93LnNob3dJbmZvcm1hdGlvbk1lc3NhZ2UoXG4gICAgYFN0b3J5IFdyaXRlcjogJHtTVEFHRV9MQUJFTFNbc3RhZ2VdfSBpcyByZWFkeS4gQ29udGludWUgdG8gdGhlIG5leHQgc3RhZ2UsIGVkaXQgaXQgZmlyc3QsIG9yIHJlZ2VuZXJhdGUgaXQ/YCxcbiAgICB7IG1vZGFsOiBmYWxzZSB9LFxuICAgICdDb250aW51ZScsXG4gICAgJ0VkaXQgRmlyc3QnLFxuICAgICdSZWdlbmVyYXRlJyxcbiAgKTtcbiAgaWYgKGNob2ljZSA9PT0gJ0NvbnRpbnVlJykgcmV0dXJuICdjb250aW51ZSc7XG4gIGlmIChjaG9pY2UgPT09ICdSZWdlbmVyYXRlJykgcmV0dXJuICdyZWdlbmVyYXRlJztcbiAgcmV0dXJuICdzdG9wJztcbn1cblxuLyoqXG4gKiBTaG93cyBvbmUgY2hhcHRlciBhdCBhIHRpbWUgc3RyZWFtaW5nIGludG8gdGhlIGVkaXRvcjogdGhlIGZpcnN0IGNoYXB0ZXIgdGhhdCBzdGFydHMsIHRoZW4gdGhlXG4gKiBuZXh0IG9uZSBzdGlsbCBydW5uaW5nIHdoZW4gaXQgZW5kcy4gV2hlbiBhIGNoYXB0ZXIgaXMgZG9uZSwgaXRzIHJlYWwgZmlsZSByZXBsYWNlcyB0aGUgbGl2ZVxuICogdmlldyBpbiB0aGUgc2FtZSBwcmV2aWV3IHRhYi5cbiAqL1xuY2xhc3MgQ2hhcHRlclN0cmVhbWVyIHtcbiAgcHJpdmF0ZSBjdXJyZW50OiB7IGl0ZW1JZDogSXRlbUlkOyB1cmk6IHZzY29kZS5Vcmk7IGZpbGU6IHZzY29kZS5VcmkgfSB8IHVuZGVmaW5lZDtcbiAgcHJpdmF0ZSByZWFkb25seSBzdGFydGVkID0gbmV3IE1hcDxJdGVtSWQsIHsgaGVhZGluZzogc3RyaW5nOyBmaWxlOiB2c2NvZGUuVXJpIH0+KCk7XG4gIHByaXZhdGUgb3BlbmluZzogUHJvbWlzZTx2b2lkPiA9IFByb21pc2UucmVzb2x2ZSgpO1xuXG4gIGNvbnN0cnVjdG9yKFxuICAgIHByaXZhdGUgcmVhZG9ubHkgbGl2ZTogTGl2ZURvY3VtZW50cyxcbiAgICBwcml2YXRlIHJlYWRvbmx5IGVudHJ5OiBTdG9yeUVudHJ5LFxuICAgIHByaXZhdGUgcmVhZG9ubHkgZW5hYmxlZDogYm9vbGVhbixcbiAgKSB7fVxuXG4gIHByb2dyZXNzKGV2ZW50OiBQcm9ncmVzc0V2ZW50KTogdm9pZCB7XG4gICAgaWYgKCF0aGlzLmVuYWJsZWQgfHwgZXZlbnQuY2hhcHRlciA9PT0gdW5kZWZpbmVkIHx8IChldmVudC5zdGFnZSAhPT0gJ2RyYWZ0JyAmJiBldmVudC5zdGFnZSAhPT0gJ3JldmlzaW9uJykpIHJldHVybjtcbiAgICBpZiAoZXZlbnQudHlwZSA9PT0gJ2l0ZW0tc3RhcnRlZCcpIHtcbiAgICAgIGNvbnN0IGZvbGRlciA9IGV2ZW50LnN0YWdlID09PSAnZHJhZnQnID8gJzA0LWRyYWZ0JyA6ICcwNS1yZXZpc2lvbic7XG4gICAgICBjb25zdCBmaWxlID0gdGhpcy5lbnRyeS5zdG9yeS51cmkoYCR7dGhpcy5lbnRyeS5zdG9yeS5zdG9yeURpcn0vJHtmb2xkZXJ9L2NoYXB0ZXItJHtTdHJpbmcoZXZlbnQuY2hhcHRlcikucGFkU3RhcnQoMiwgJzAnKX0ubWRgKTtcbiAgICAgIGNvbnN0IGhlYWRpbmcgPSBgPCEtLSAke2V2ZW50LnN0YWdlID09PSAnZHJhZnQnID8gJ0RyYWZ0aW5nJyA6ICdSZXZpc2luZyd9IGNoYXB0ZXIgJHtldmVudC5jaGFwdGVyfVx1MjAyNiB0aGUgZmlsZSBpcyBzYXZlZCB3aGVuIHRoZSBjaGFwdGVyIGlzIGRvbmUgLS0+YDtcbiAgICAgIHRoaXMuc3RhcnRlZC5zZXQoZXZlbnQuaXRlbUlkLCB7IGhlYWRpbmcsIGZpbGUgfSk7XG4gICAgICBpZiAoIXRoaXMuY3VycmVudCkgdGhpcy5zaG93KGV2ZW50Lml0ZW1JZCk7XG4gICAgfSBlbHNlIGlmIChldmVudC50eXBlID09PSAnaXRlbS1maW5pc2hlZCcgfHwgZXZlbnQudHlwZSA9PT0gJ2l0ZW0tZmFpbGVkJykge1xuICAgICAgY29uc3QgaW5mbyA9IHRoaXMuc3RhcnRlZC5nZXQoZXZlbnQuaXRlbUlkKTtcbiAgICAgIHRoaXMuc3RhcnRlZC5kZWxldGUoZXZlbnQuaXRlbUlkKTtcbiAgICAgIGlmICh0aGlzLmN1cnJlbnQ/Lml0ZW1JZCAhPT0gZXZlbnQuaXRlbUlkKSByZXR1cm47XG4gICAgICBjb25zdCBkb25lID0gdGhpcy5jdXJyZW50O1xuICAgICAgdGhpcy5saXZlLmNsb3NlKGRvbmUudXJpKTtcbiAgICAgIHRoaXMuY3VycmVudCA9IHVuZGVmaW5lZDtcbiAgICAgIGlmIChldmVudC50eXBlID09PSAnaXRlbS1maW5pc2hlZCcgJiYgaW5mbykgdGhpcy5vcGVuaW5nID0gdGhpcy5vcGVuaW5nLnRoZW4oKCkgPT4gb3BlblF1aWV0bHkoaW5mby5maWxlKSk7XG4gICAgICBjb25zdCBuZXh0ID0gdGhpcy5zdGFydGVkLmtleXMoKS5uZXh0KCk7XG4gICAgICBpZiAoIW5leHQuZG9uZSkgdGhpcy5zaG93KG5leHQudmFsdWUpO1xuICAgIH1cbiAgfVxuXG4gIHRleHQoaXRlbUlkOiBJdGVtSWQsIHNvRmFyOiBzdHJpbmcpOiB2b2lkIHtcbiAgICBpZiAodGhpcy5jdXJyZW50Py5pdGVtSWQgPT09IGl0ZW1JZCkgdGhpcy5saXZlLnVwZGF0ZSh0aGlzLmN1cnJlbnQudXJpLCBgJHt0aGlzLnN0YXJ0ZWQuZ2V0KGl0ZW1JZCk/LmhlYWRpbmcgPz8gJyd9XFxuXFxuJHtzb0Zhcn1gKTtcbiAgfVxuXG4gIGFzeW5jIGZpbmlzaCgpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBpZiAodGhpcy5jdXJyZW50KSB0aGlzLmxpdmUuY2xvc2UodGhpcy5jdXJyZW50LnVyaSk7XG4gICAgYXdhaXQgdGhpcy5vcGVuaW5nO1xuICB9XG5cbiAgcHJpdmF0ZSBzaG93KGl0ZW1JZDogSXRlbUlkKTogdm9pZCB7XG4gICAgY29uc3QgaW5mbyA9IHRoaXMuc3RhcnRlZC5nZXQoaXRlbUlkKTtcbiAgICBpZiAoIWluZm8pIHJldHVybjtcbiAgICBjb25zdCB1cmkgPSB0aGlzLmxpdmUudXJpRm9yKGluZm8uZmlsZSwgaXRlbUlkKTtcbiAgICB0aGlzLmN1cnJlbnQgPSB7IGl0ZW1JZCwgdXJpLCBmaWxlOiBpbmZvLmZpbGUgfTtcbiAgICB0aGlzLm9wZW5pbmcgPSB0aGlzLm9wZW5pbmcudGhlbigoKSA9PiB0aGlzLmxpdmUub3Blbih1cmksIGluZm8uaGVhZGluZykpLmNhdGNoKCgpID0+IHt9KTtcbiAgfVxufVxuXG5hc3luYyBmdW5jdGlvbiBvcGVuUXVpZXRseShmaWxlOiB2c2NvZGUuVXJpKTogUHJvbWlzZTx2b2lkPiB7XG4gIHRyeSB7XG4gICAgYXdhaXQgdnNjb2RlLndpbmRvdy5zaG93VGV4dERvY3VtZW50KGZpbGUsIHsgcHJldmlldzogdHJ1ZSwgcHJlc2VydmVGb2N1czogdHJ1ZSB9KTtcbiAgfSBjYXRjaCB7XG4gICAgLy8gVGhlIGNoYXB0ZXIgbWF5IGhhdmUgYmVlbiB3cml0dGVuIGFzIHBhcnRpYWwgb25seTsgbm90aGluZyB0byBzaG93LlxuICB9XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsYUFBd0I7QUFDeEIsa0JBQWlDO0FBTWpDLG9CQUE0QjtBQUM1QixvQkFBMEY7QUFDMUYsd0JBQTJCO0FBQzNCLDRCQUE2QjtBQUU3QiwyQkFBOEI7QUFDOUIsd0JBQWdEO0FBQ2hELDBCQUE4QjtBQUM5Qix1QkFBNkI7QUFFdEIsTUFBTSxrQkFBa0I7QUFlL0IsTUFBTSxXQUEwQztBQUFBLEVBQzlDLFNBQVM7QUFBQSxFQUNULE9BQU87QUFBQSxFQUNQLFNBQVM7QUFBQSxFQUNULE9BQU87QUFBQSxFQUNQLFVBQVU7QUFBQSxFQUNWLFlBQVk7QUFDZDtBQVFPLE1BQU0sc0JBQXNCLDZCQUFtQztBQUFBLEVBWXBFLFlBQ21CLFNBQ0EsVUFDQSxLQUNBLFlBQ2pCO0FBQ0EsVUFBTTtBQUxXO0FBQ0E7QUFDQTtBQUNBO0FBR2pCLFNBQUssWUFBWSxLQUFLLFVBQVUsSUFBSSw4QkFBYSxPQUFPLENBQUM7QUFBQSxFQUMzRDtBQUFBLEVBUG1CO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFmWDtBQUFBLEVBQ1MsVUFBVSxLQUFLLFVBQVUsSUFBSSxPQUFPLGFBQW1CLENBQUM7QUFBQSxFQUNoRSxjQUFjLEtBQUssUUFBUTtBQUFBLEVBQ25CLFdBQVcsS0FBSyxVQUFVLElBQUksT0FBTyxhQUFxQyxDQUFDO0FBQUE7QUFBQSxFQUVuRixjQUFjLEtBQUssU0FBUztBQUFBLEVBQ3BCLE9BQU8sS0FBSyxVQUFVLElBQUksa0NBQWMsQ0FBQztBQUFBLEVBQ3pDO0FBQUE7QUFBQSxFQUVqQjtBQUFBLEVBWUEsSUFBSSxZQUFxQjtBQUN2QixXQUFPLEtBQUssV0FBVztBQUFBLEVBQ3pCO0FBQUEsRUFFQSxjQUFjLFNBQWlCLE1BQXVCO0FBQ3BELFdBQU8sS0FBSyxRQUFRLFlBQVksV0FBVyxLQUFLLE9BQU8sUUFBUSxJQUFJLElBQUk7QUFBQSxFQUN6RTtBQUFBLEVBRUEsU0FBa0I7QUFDaEIsUUFBSSxDQUFDLEtBQUssT0FBUSxRQUFPO0FBQ3pCLFNBQUssT0FBTyxPQUFPLE9BQU87QUFDMUIsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLE1BQU0sSUFBSSxTQUFzRDtBQUM5RCxRQUFJLENBQUMsT0FBTyxVQUFVLFdBQVc7QUFDL0IsV0FBSyxPQUFPLE9BQU87QUFBQSxRQUNqQjtBQUFBLFFBQ0E7QUFBQSxNQUNGLEVBQUUsS0FBSyxDQUFDLE1BQU0sS0FBSyxPQUFPLFNBQVMsZUFBZSx3QkFBd0IsQ0FBQztBQUMzRSxhQUFPO0FBQUEsSUFDVDtBQUNBLFFBQUksS0FBSyxRQUFRO0FBQ2YsV0FBSyxPQUFPLE9BQU8sbUJBQW1CLDhFQUE4RTtBQUNwSCxhQUFPO0FBQUEsSUFDVDtBQUNBLFVBQU0sTUFBaUIsRUFBRSxTQUFTLFFBQVEsTUFBTSxNQUFNLElBQUksUUFBUSxJQUFJLE9BQU8sd0JBQXdCLEdBQUcsU0FBUyxvQkFBSSxJQUFJLEVBQUU7QUFDM0gsU0FBSyxTQUFTO0FBQ2QsU0FBSyxPQUFPLFNBQVMsZUFBZSxjQUFjLGlCQUFpQixJQUFJO0FBQ3ZFLFNBQUssVUFBVSxNQUFNLFFBQVEsS0FBSztBQUNsQyxRQUFJO0FBQ0YsWUFBTSxVQUFVLEtBQUssU0FBUyxFQUFFLGlCQUFpQixJQUM3QyxNQUFNLE9BQU8sT0FBTztBQUFBLFFBQ2xCLEVBQUUsVUFBVSxPQUFPLGlCQUFpQixjQUFjLE9BQU8sZ0JBQWdCLGFBQWEsS0FBSztBQUFBLFFBQzNGLENBQUMsVUFBVSxVQUFVO0FBQ25CLGdCQUFNLHdCQUF3QixNQUFNLElBQUksT0FBTyxPQUFPLENBQUM7QUFDdkQsaUJBQU8sS0FBSyxRQUFRLFNBQVMsS0FBSyxRQUFRO0FBQUEsUUFDNUM7QUFBQSxNQUNGLElBQ0EsTUFBTSxLQUFLLFFBQVEsU0FBUyxLQUFLLE1BQVM7QUFDOUMsV0FBSyxjQUFjO0FBQ25CLFdBQUssT0FBTyxTQUFTLE9BQU87QUFDNUIsV0FBSyxTQUFTLEtBQUssT0FBTztBQUMxQixhQUFPO0FBQUEsSUFDVCxTQUFTLEdBQUc7QUFDVixXQUFLLFNBQVMsS0FBSyxNQUFTO0FBQzVCLFVBQUksYUFBYSw4QkFBa0I7QUFDakMsYUFBSyxPQUFPLE9BQU8sbUJBQW1CLGlCQUFpQixFQUFFLE9BQU8sRUFBRTtBQUNsRSxlQUFPO0FBQUEsTUFDVDtBQUNBLFdBQUssSUFBSSxNQUFNLDJCQUEyQixFQUFFLE9BQU8sYUFBYSxRQUFRLEVBQUUsUUFBUSxPQUFPLENBQUMsRUFBRSxDQUFDO0FBQzdGLDhDQUFhLENBQUM7QUFDZCxhQUFPO0FBQUEsSUFDVCxVQUFFO0FBQ0EsVUFBSSxPQUFPLFFBQVE7QUFDbkIsV0FBSyxTQUFTO0FBQ2QsV0FBSyxVQUFVLEtBQUs7QUFDcEIsV0FBSyxPQUFPLFNBQVMsZUFBZSxjQUFjLGlCQUFpQixLQUFLO0FBQ3hFLFdBQUssUUFBUSxLQUFLO0FBQ2xCLFdBQUssV0FBVztBQUFBLElBQ2xCO0FBQUEsRUFDRjtBQUFBLEVBRUEsTUFBYyxRQUFRLFNBQXFCLEtBQWdCLFVBQXNHO0FBQy9KLFVBQU0sRUFBRSxNQUFNLElBQUk7QUFDbEIsVUFBTSxZQUFRLG9DQUFjLElBQUksT0FBTyxLQUFLO0FBQzVDLFVBQU0sV0FBVyxJQUFJLGdCQUFnQixLQUFLLE1BQU0sT0FBTyxLQUFLLFNBQVMsRUFBRSxtQkFBbUIsQ0FBQztBQUMzRixRQUFJLFVBQVU7QUFDZCxVQUFNLGFBQWEsQ0FBQyxVQUF5QjtBQUMzQyxXQUFLLE1BQU0sS0FBSyxLQUFLO0FBQ3JCLFdBQUssVUFBVSxTQUFTLEtBQUs7QUFDN0IsZUFBUyxTQUFTLEtBQUs7QUFDdkIsWUFBTSxPQUFPLEtBQUssYUFBYSxLQUFLO0FBQ3BDLFVBQUksVUFBVTtBQUNaLGNBQU0sWUFBWSxLQUFLLElBQUksR0FBRyxPQUFPLE1BQU0sT0FBTztBQUNsRCxtQkFBVztBQUNYLGlCQUFTLE9BQU8sRUFBRSxTQUFTLGlCQUFpQixLQUFLLEdBQUcsVUFBVSxDQUFDO0FBQUEsTUFDakU7QUFBQSxJQUNGO0FBQ0EsUUFBSTtBQUNGLGFBQU8sVUFBTSwyQkFBWTtBQUFBLFFBQ3ZCLElBQUksTUFBTSxNQUFNO0FBQUEsUUFDaEIsVUFBVSxNQUFNLE1BQU07QUFBQSxRQUN0QixXQUFXLEtBQUs7QUFBQSxRQUNoQixVQUFVLEtBQUssU0FBUztBQUFBLFFBQ3hCLFFBQVEsS0FBSztBQUFBLFFBQ2IsUUFBUSxNQUFNO0FBQUEsUUFDZCxRQUFRLFFBQVEsVUFBVTtBQUFBLFFBQzFCLEdBQUksUUFBUSxhQUFhLEVBQUUsWUFBWSxRQUFRLFdBQVcsSUFBSSxDQUFDO0FBQUEsUUFDL0QsT0FBTyxRQUFRLFNBQVM7QUFBQSxRQUN4QixPQUFPLFlBQVksT0FBTyxJQUFJLE9BQU87QUFBQSxRQUNyQztBQUFBLFFBQ0EsUUFBUSxDQUFDLFFBQVEsUUFBUSxVQUFVLFNBQVMsS0FBSyxRQUFRLEtBQUs7QUFBQSxRQUM5RCxXQUFXLENBQUMsV0FBVyxTQUFTLEtBQUssUUFBUSxFQUFFO0FBQUEsUUFDL0MsR0FBSSxLQUFLLFNBQVMsRUFBRSwwQkFBMEIsSUFBSSxFQUFFLFNBQVMsQ0FBQyxPQUFzQixXQUE0QixZQUFZLE9BQU8sT0FBTyxNQUFNLEVBQUUsSUFBSSxDQUFDO0FBQUEsTUFDekosQ0FBQztBQUFBLElBQ0gsVUFBRTtBQUNBLFlBQU0sUUFBUTtBQUNkLFlBQU0sU0FBUyxPQUFPO0FBQUEsSUFDeEI7QUFBQSxFQUNGO0FBQUEsRUFFUSxNQUFNLEtBQWdCLE9BQTRCO0FBQ3hELFFBQUksTUFBTSxTQUFTLGVBQWdCLEtBQUksUUFBUSxJQUFJLE1BQU0sTUFBTTtBQUFBLGFBQ3RELE1BQU0sU0FBUyxtQkFBbUIsTUFBTSxTQUFTLGNBQWUsS0FBSSxRQUFRLE9BQU8sTUFBTSxNQUFNO0FBQUEsUUFDbkc7QUFDTCxTQUFLLFFBQVEsS0FBSztBQUFBLEVBQ3BCO0FBQUE7QUFBQSxFQUdRLGFBQWEsT0FBOEI7QUFDakQsVUFBTSxRQUF5QixDQUFDLFdBQVcsU0FBUyxXQUFXLFNBQVMsWUFBWSxZQUFZO0FBQ2hHLFVBQU0sT0FBTyxNQUFNLFFBQVEsTUFBTSxLQUFLLElBQUksTUFBTTtBQUNoRCxVQUFNLFNBQVMsTUFBTSxTQUFTLE1BQU0sVUFBVSxVQUFhLE1BQU0sU0FBUyxrQkFBa0IsTUFBTSxRQUFRLE1BQU0sUUFBUSxLQUFLLE1BQU0sUUFBUSxNQUFNLFNBQVMsbUJBQW1CLElBQUk7QUFDakwsV0FBTyxLQUFLLElBQUksR0FBRyxPQUFPLFNBQVMsTUFBTSxNQUFNO0FBQUEsRUFDakQ7QUFBQSxFQUVRLE9BQU8sU0FBcUIsU0FBMkI7QUFDN0QsVUFBTSxRQUFRLFFBQVEsTUFBTSxNQUFNLE9BQU8sS0FBSyxRQUFRLE1BQU0sTUFBTSxNQUFNLE1BQU0sUUFBUSxRQUFRLE1BQU0sTUFBTTtBQUMxRyxRQUFJLFFBQVEsWUFBWSxlQUFlLFFBQVEsU0FBUyxXQUFXLEdBQUc7QUFDcEUsWUFBTSxPQUFPLFFBQVEsVUFBVTtBQUMvQixZQUFNLFVBQVUsU0FBUyxJQUFJLFNBQUksS0FBSyxxREFBZ0QsU0FBSSxLQUFLLGlCQUFZLElBQUksUUFBUSxTQUFTLElBQUksS0FBSyxHQUFHLEtBQUssUUFBUSxNQUFNLGVBQWUsT0FBTyxDQUFDLGNBQWMsUUFBUSxhQUFhLEtBQU0sUUFBUSxDQUFDLENBQUM7QUFDek8sV0FBSyxPQUFPLE9BQU8sdUJBQXVCLGlCQUFpQixPQUFPLElBQUksR0FBSSxRQUFRLFVBQVUsU0FBUyxZQUFZLElBQUksQ0FBQyxpQkFBaUIsSUFBSSxDQUFDLENBQUUsRUFBRSxLQUFLLENBQUMsTUFBTTtBQUMxSixZQUFJLEVBQUcsTUFBSyxPQUFPLE9BQU8saUJBQWlCLFFBQVEsTUFBTSxNQUFNLElBQUksR0FBRyxRQUFRLE1BQU0sTUFBTSxRQUFRLFdBQVcsQ0FBQztBQUFBLE1BQ2hILENBQUM7QUFDRDtBQUFBLElBQ0Y7QUFDQSxRQUFJLFFBQVEsWUFBWSxhQUFhO0FBQ25DLFdBQUssT0FBTyxPQUFPLHVCQUF1QixnSEFBZ0g7QUFDMUo7QUFBQSxJQUNGO0FBQ0EsZUFBVyxXQUFXLFFBQVEsU0FBUyxNQUFNLEdBQUcsQ0FBQyxHQUFHO0FBQ2xELFlBQU0sUUFBUSxRQUFRLFVBQVUsR0FBRywrQkFBYSxRQUFRLEtBQUssQ0FBQyxhQUFhLFFBQVEsT0FBTyxLQUFLLCtCQUFhLFFBQVEsS0FBSztBQUN6SCxZQUFNLFFBQVEsT0FBTyxRQUFRLElBQUksSUFBSSxJQUFJLDBCQUFZLFFBQVEsTUFBTSxHQUFHLEtBQUssS0FBSyxRQUFRLE9BQU8sRUFBRSxJQUFJLElBQUksTUFBTSxHQUFHLEtBQUssS0FBSyxRQUFRLE9BQU8sRUFBRTtBQUM3SSw4Q0FBYSxPQUFPLEVBQUUsVUFBVSxRQUFRLE1BQU0sTUFBTSxJQUFJLEdBQUcsUUFBUSxNQUFNLE1BQU0sUUFBUSxXQUFXLEdBQUcsT0FBTyxNQUFNLEtBQUssSUFBSSxFQUFFLEdBQUcsU0FBUyxPQUFPLE1BQU0sQ0FBQyxFQUFFLENBQUM7QUFBQSxJQUM1SjtBQUFBLEVBQ0Y7QUFDRjtBQUVBLFNBQVMsT0FBTyxNQUF1QztBQUNyRCxTQUFRLGlDQUF5QyxTQUFTLElBQUk7QUFDaEU7QUFFQSxTQUFTLGlCQUFpQixPQUE4QjtBQUN0RCxRQUFNLE9BQU8sU0FBUyxNQUFNLEtBQUs7QUFDakMsUUFBTSxXQUFXLE1BQU0sWUFBWSxVQUFhLE1BQU0sUUFBUSxZQUFZLE1BQU0sT0FBTyxLQUFLLE1BQU0sU0FBUyxHQUFHLE9BQU8sTUFBTSxLQUFLLE1BQU07QUFDdEksUUFBTSxRQUFRLE1BQU0sUUFBUSxXQUFNLE1BQU0sTUFBTSxlQUFlLE9BQU8sQ0FBQyxXQUFXO0FBQ2hGLFFBQU0sTUFBTSxNQUFNLFNBQVMsTUFBTSxRQUFRLE1BQU8sV0FBVyxLQUFLLEtBQUssTUFBTSxRQUFRLEdBQUksQ0FBQyxZQUFZO0FBQ3BHLFNBQU8sR0FBRyxJQUFJLEdBQUcsUUFBUSxHQUFHLEtBQUssR0FBRyxHQUFHO0FBQ3pDO0FBRUEsZUFBZSxZQUFZLE9BQW1CLE9BQXNCLFFBQW9EO0FBQ3RILFFBQU0sUUFBUSxPQUFPLE1BQU0sQ0FBQztBQUM1QixNQUFJLE1BQU8sT0FBTSxPQUFPLE9BQU8saUJBQWlCLE1BQU0sTUFBTSxJQUFJLEdBQUcsTUFBTSxNQUFNLFFBQVEsSUFBSSxLQUFLLEVBQUUsR0FBRyxFQUFFLFNBQVMsTUFBTSxlQUFlLEtBQUssQ0FBQztBQUMzSSxRQUFNLFNBQVMsTUFBTSxPQUFPLE9BQU87QUFBQSxJQUNqQyxpQkFBaUIsK0JBQWEsS0FBSyxDQUFDO0FBQUEsSUFDcEMsRUFBRSxPQUFPLE1BQU07QUFBQSxJQUNmO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxFQUNGO0FBQ0EsTUFBSSxXQUFXLFdBQVksUUFBTztBQUNsQyxNQUFJLFdBQVcsYUFBYyxRQUFPO0FBQ3BDLFNBQU87QUFDVDtBQU9BLE1BQU0sZ0JBQWdCO0FBQUEsRUFLcEIsWUFDbUIsTUFDQSxPQUNBLFNBQ2pCO0FBSGlCO0FBQ0E7QUFDQTtBQUFBLEVBQ2hCO0FBQUEsRUFIZ0I7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBUFg7QUFBQSxFQUNTLFVBQVUsb0JBQUksSUFBbUQ7QUFBQSxFQUMxRSxVQUF5QixRQUFRLFFBQVE7QUFBQSxFQVFqRCxTQUFTLE9BQTRCO0FBQ25DLFFBQUksQ0FBQyxLQUFLLFdBQVcsTUFBTSxZQUFZLFVBQWMsTUFBTSxVQUFVLFdBQVcsTUFBTSxVQUFVLFdBQWE7QUFDN0csUUFBSSxNQUFNLFNBQVMsZ0JBQWdCO0FBQ2pDLFlBQU0sU0FBUyxNQUFNLFVBQVUsVUFBVSxhQUFhO0FBQ3RELFlBQU0sT0FBTyxLQUFLLE1BQU0sTUFBTSxJQUFJLEdBQUcsS0FBSyxNQUFNLE1BQU0sUUFBUSxJQUFJLE1BQU0sWUFBWSxPQUFPLE1BQU0sT0FBTyxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUMsS0FBSztBQUMvSCxZQUFNLFVBQVUsUUFBUSxNQUFNLFVBQVUsVUFBVSxhQUFhLFVBQVUsWUFBWSxNQUFNLE9BQU87QUFDbEcsV0FBSyxRQUFRLElBQUksTUFBTSxRQUFRLEVBQUUsU0FBUyxLQUFLLENBQUM7QUFDaEQsVUFBSSxDQUFDLEtBQUssUUFBUyxNQUFLLEtBQUssTUFBTSxNQUFNO0FBQUEsSUFDM0MsV0FBVyxNQUFNLFNBQVMsbUJBQW1CLE1BQU0sU0FBUyxlQUFlO0FBQ3pFLFlBQU0sT0FBTyxLQUFLLFFBQVEsSUFBSSxNQUFNLE1BQU07QUFDMUMsV0FBSyxRQUFRLE9BQU8sTUFBTSxNQUFNO0FBQ2hDLFVBQUksS0FBSyxTQUFTLFdBQVcsTUFBTSxPQUFRO0FBQzNDLFlBQU0sT0FBTyxLQUFLO0FBQ2xCLFdBQUssS0FBSyxNQUFNLEtBQUssR0FBRztBQUN4QixXQUFLLFVBQVU7QUFDZixVQUFJLE1BQU0sU0FBUyxtQkFBbUIsS0FBTSxNQUFLLFVBQVUsS0FBSyxRQUFRLEtBQUssTUFBTSxZQUFZLEtBQUssSUFBSSxDQUFDO0FBQ3pHLFlBQU0sT0FBTyxLQUFLLFFBQVEsS0FBSyxFQUFFLEtBQUs7QUFDdEMsVUFBSSxDQUFDLEtBQUssS0FBTSxNQUFLLEtBQUssS0FBSyxLQUFLO0FBQUEsSUFDdEM7QUFBQSxFQUNGO0FBQUEsRUFFQSxLQUFLLFFBQWdCLE9BQXFCO0FBQ3hDLFFBQUksS0FBSyxTQUFTLFdBQVcsT0FBUSxNQUFLLEtBQUssT0FBTyxLQUFLLFFBQVEsS0FBSyxHQUFHLEtBQUssUUFBUSxJQUFJLE1BQU0sR0FBRyxXQUFXLEVBQUU7QUFBQTtBQUFBLEVBQU8sS0FBSyxFQUFFO0FBQUEsRUFDbEk7QUFBQSxFQUVBLE1BQU0sU0FBd0I7QUFDNUIsUUFBSSxLQUFLLFFBQVMsTUFBSyxLQUFLLE1BQU0sS0FBSyxRQUFRLEdBQUc7QUFDbEQsVUFBTSxLQUFLO0FBQUEsRUFDYjtBQUFBLEVBRVEsS0FBSyxRQUFzQjtBQUNqQyxVQUFNLE9BQU8sS0FBSyxRQUFRLElBQUksTUFBTTtBQUNwQyxRQUFJLENBQUMsS0FBTTtBQUNYLFVBQU0sTUFBTSxLQUFLLEtBQUssT0FBTyxLQUFLLE1BQU0sTUFBTTtBQUM5QyxTQUFLLFVBQVUsRUFBRSxRQUFRLEtBQUssTUFBTSxLQUFLLEtBQUs7QUFDOUMsU0FBSyxVQUFVLEtBQUssUUFBUSxLQUFLLE1BQU0sS0FBSyxLQUFLLEtBQUssS0FBSyxLQUFLLE9BQU8sQ0FBQyxFQUFFLE1BQU0sTUFBTTtBQUFBLElBQUMsQ0FBQztBQUFBLEVBQzFGO0FBQ0Y7QUFFQSxlQUFlLFlBQVksTUFBaUM7QUFDMUQsTUFBSTtBQUNGLFVBQU0sT0FBTyxPQUFPLGlCQUFpQixNQUFNLEVBQUUsU0FBUyxNQUFNLGVBQWUsS0FBSyxDQUFDO0FBQUEsRUFDbkYsUUFBUTtBQUFBLEVBRVI7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
