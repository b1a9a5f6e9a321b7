"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var runner_exports = {};
__export(runner_exports, {
  runWorkflow: () => runWorkflow
});
module.exports = __toCommonJS(runner_exports);
var import_lock = require("../checkpoint/lock");
var import_meta = require("../checkpoint/meta");
var import_clock = require("../clock");
var import_stageFiles = require("../stages/stageFiles");
var import_errors = require("../../gemini/errors");
var import_chapterStage = require("./chapterStage");
var import_failures = require("./failures");
var import_graph = require("./graph");
var import_items = require("./items");
var import_manuscriptStage = require("./manuscriptStage");
var import_runContext = require("./runContext");
var import_runState = require("./runState");
var import_semaphore = require("./semaphore");
var import_snapshot = require("./snapshot");
var import_structuredStage = require("./structuredStage");
async function runWorkflow(options) {
  const clock = options.clock ?? import_clock.systemClock;
  const started = clock.now();
  const lock = await (0, import_lock.acquireLock)(options.fs, options.storyDir, { owner: options.owner ?? "Story Writer", clock, ...options.lockOptions });
  const stop = new AbortController();
  const onCancel = () => stop.abort(options.signal?.reason);
  if (options.signal?.aborted) onCancel();
  else options.signal?.addEventListener("abort", onCancel, { once: true });
  const log = options.logger.child("workflow");
  try {
    const [snapshot, records] = await Promise.all([import_snapshot.StorySnapshot.load(options.fs, options.storyDir), import_runState.RunRecords.load(options.fs, options.storyDir)]);
    const ctx = new import_runContext.RunContext(options.fs, options.storyDir, options.generator, options.settings, log, clock, stop.signal, snapshot, records, options);
    const run = new WorkflowRun(ctx, options, stop);
    await run.execute();
    const summary = run.summary(clock.now() - started);
    log.info(`Run ${summary.outcome}`, { story: options.storyDir, generated: summary.generated.length, requests: summary.requests, apiCalls: summary.apiCalls, failures: summary.failures.length, exitCode: summary.exitCode });
    return summary;
  } finally {
    options.signal?.removeEventListener("abort", onCancel);
    await lock.release();
  }
}
class WorkflowRun {
  constructor(ctx, options, stop) {
    this.ctx = ctx;
    this.options = options;
    this.stop = stop;
  }
  ctx;
  options;
  stop;
  /** A failure that stops everything (bad key, daily quota, unknown model). */
  fatal;
  /** A stage failed that later stages need: start nothing new. */
  halted = false;
  /** The writer chose Stop at an approval. */
  stopped = false;
  get stopping() {
    return this.halted || this.stopped || this.ctx.signal.aborted;
  }
  async execute() {
    const stages = (0, import_items.stagesUpTo)(widest(this.options.target ?? "all", this.options.regenerate));
    for (const stage of import_stageFiles.STRUCTURED_STAGES) {
      if (!stages.has(stage) || this.stopping) return;
      await this.structuredStage(stage);
    }
    if (stages.has("draft") && !this.stopping) await this.chapterStages(stages.has("revision"));
    if (stages.has("manuscript") && !this.stopping) await this.manuscriptStage();
  }
  // ── Stages ─────────────────────────────────────────────────────────────────────────────────
  async structuredStage(stage) {
    const item = this.graphItem(stage);
    let forced = this.options.regenerate === stage;
    if (!this.needsRun(item, forced)) {
      this.leaveAlone(item, forced);
      return;
    }
    this.ctx.stageStarted(stage, 1);
    for (; ; ) {
      const result = await this.runItem(item, forced, (bypass) => (0, import_structuredStage.generateStructured)(this.ctx, item, bypass));
      if (result === "failed") this.halted = true;
      if (result !== "made" || await this.approval(stage, [item]) !== "regenerate") break;
      forced = true;
    }
    this.ctx.stageFinished(stage);
  }
  async chapterStages(withRevision) {
    const chapters = this.chapterItems();
    if (!chapters) return;
    const forcedDraft = this.options.regenerate === "draft";
    const forcedRevision = this.options.regenerate === "revision";
    const semaphore = new import_semaphore.Semaphore(this.ctx.settings["rateLimit.maxConcurrent"]);
    const sequential = this.ctx.settings["workflow.draftMode"] === "sequential";
    const draft = (c, forced) => semaphore.run(() => this.runChapter(c.draft, c.ref, forced));
    const revise = (c, forced) => withRevision && !this.stopping && this.draftUsable(c.draft) ? semaphore.run(() => this.runChapter(c.revision, c.ref, forced)) : Promise.resolve("not-run");
    const runDrafts = async (forced, then) => {
      let previous = Promise.resolve();
      const tasks = chapters.map((c) => {
        const made = sequential ? previous.then(() => draft(c, forced)) : draft(c, forced);
        previous = made;
        return then ? made.then(() => then(c)) : made;
      });
      await Promise.all(tasks);
    };
    this.ctx.stageStarted("draft", chapters.filter((c) => this.needsRun(c.draft, forcedDraft)).length);
    if (withRevision) this.ctx.stageStarted("revision", chapters.filter((c) => this.needsRun(c.draft, forcedDraft) || this.needsRun(c.revision, forcedRevision)).length);
    if (!this.approvalsOn()) {
      await runDrafts(forcedDraft, (c) => revise(c, forcedRevision));
    } else {
      await this.withApproval("draft", chapters.map((c) => c.draft), forcedDraft, (forced) => runDrafts(forced));
      if (withRevision && !this.stopping) {
        await this.withApproval("revision", chapters.map((c) => c.revision), forcedRevision, (forced) => Promise.all(chapters.map((c) => revise(c, forced))));
      }
    }
    this.ctx.stageFinished("draft");
    if (withRevision) this.ctx.stageFinished("revision");
  }
  async manuscriptStage() {
    const item = this.graphItem("manuscript");
    const forced = this.options.regenerate === "manuscript";
    if (!this.needsRun(item, forced)) return;
    const state = this.ctx.state();
    const missing = state.chapters.filter((c) => !this.draftUsable(this.chapterItem("draft", c.number)));
    if (state.chapters.length === 0 || missing.length > 0) {
      const why = state.chapters.length === 0 ? "the outline has no chapters" : `chapter ${missing.map((c) => c.number).join(", ")} has no draft`;
      this.ctx.log.warn(`The manuscript was not assembled: ${why}`);
      if (this.ctx.failures.length === 0) this.ctx.failures.push({ item: item.id, stage: "manuscript", kind: "blocked", message: `Not assembled: ${why}`, exitCode: import_errors.EXIT_CODES.unexpected });
      return;
    }
    this.ctx.stageStarted("manuscript", 1);
    await this.runItem(item, forced, () => (0, import_manuscriptStage.assembleStory)(this.ctx, item));
    this.ctx.stageFinished("manuscript");
  }
  // ── Items ──────────────────────────────────────────────────────────────────────────────────
  runChapter(item, ref, forced) {
    return this.runItem(item, forced, (bypass) => (0, import_chapterStage.generateChapter)(this.ctx, { item, chapter: ref, fresh: bypass }));
  }
  /**
   * Makes one item if it needs it. Edited items are the writer's: only a forced regeneration with
   * `force` replaces them (after a backup).
   */
  async runItem(item, forced, job) {
    if (this.stopping) return "not-run";
    if (!this.needsRun(item, forced)) return this.leaveAlone(item, forced);
    const inputs = this.ctx.hashes().record(item.inputs);
    await this.ctx.forgetRecord(item);
    const startedAt = this.ctx.itemStarted(item);
    try {
      const made = await job(forced);
      this.ctx.itemFinished(item, startedAt, "done", made.words, made.cached);
      return "made";
    } catch (e) {
      return this.itemFailed(item, e, inputs, startedAt);
    }
  }
  leaveAlone(item, forced) {
    if (this.ctx.stateOf(item.id)?.state !== "edited") return "up-to-date";
    if (forced) {
      this.ctx.keptEdited.push(item.id);
      this.ctx.log.info(`${item.file} was edited by the writer: not regenerated (regenerate with force to replace it; a backup is kept)`);
    }
    return "kept";
  }
  needsRun(item, forced) {
    const state = this.ctx.stateOf(item.id)?.state;
    switch (state) {
      case "pending":
      case "stale":
      case "partial":
      case "failed":
        return true;
      case "done":
      case "skipped":
        return forced;
      case "edited":
        return forced && this.options.force === true;
      default:
        return false;
    }
  }
  /**
   * What a failure means: cancelled (nothing recorded, the partial is kept), fatal (stop the
   * run now), an optional revision skipped under `skip_optional`, or this item failed.
   */
  async itemFailed(item, error, inputs, startedAt) {
    const failure = (0, import_failures.classifyFailure)(error, this.ctx.signal);
    if (failure.scope === "cancel") {
      const now = this.ctx.stateOf(item.id);
      this.ctx.changed(item, now?.state ?? "pending", now?.reason);
      return "cancelled";
    }
    if (failure.scope === "run") {
      this.fatal ??= failure;
      this.ctx.log.error(`${item.id}: ${failure.message} \u2014 stopping the run`, { kind: failure.kind });
      this.stop.abort(new Error(failure.message));
    } else if (this.skippable(item)) {
      this.ctx.log.warn(`${item.id}: ${failure.message} \u2014 skipped (optional stage); the manuscript uses the draft`, { kind: failure.kind });
      await this.ctx.recordSkip(item, `skipped after a failure: ${failure.message}`, inputs);
      this.ctx.itemFinished(item, startedAt, "skipped", 0, false);
      return "skipped";
    } else {
      this.ctx.log.error(`${item.id}: ${failure.message}`, { kind: failure.kind });
    }
    this.ctx.failures.push({ item: item.id, stage: item.stage, ...item.chapter !== void 0 ? { chapter: item.chapter } : {}, kind: failure.kind, message: failure.message, exitCode: failure.exitCode });
    await this.ctx.recordFailure(item, failure, inputs);
    this.ctx.itemFailed(item, failure);
    return "failed";
  }
  /** Only the revision is optional: every other stage's output is something a later stage needs. */
  skippable(item) {
    return item.stage === "revision" && this.ctx.settings["workflow.recovery"].revision === "skip_optional" && this.ctx.settings["workflow.allowStageSkipping"];
  }
  draftUsable(draft) {
    const state = this.ctx.stateOf(draft.id)?.state;
    return state === "done" || state === "edited";
  }
  // ── Approval ───────────────────────────────────────────────────────────────────────────────
  approvalsOn() {
    return this.ctx.settings["workflow.requireApproval"] && this.options.approve !== void 0;
  }
  /** Runs a chapter stage, then asks; Regenerate runs it again, forced. */
  async withApproval(stage, items, forced, run) {
    for (let round = forced; ; round = true) {
      const before = this.ctx.generated.length;
      await run(round);
      const made = this.ctx.generated.slice(before).length > 0;
      if (!made || this.stopping || await this.approval(stage, items) !== "regenerate") return;
    }
  }
  async approval(stage, items) {
    if (!this.approvalsOn() || this.stopping) return "continue";
    this.ctx.approvalAsked(stage);
    const states = items.map((i) => this.ctx.stateOf(i.id)).filter((s) => s !== void 0);
    const decision = await this.options.approve(stage, { stage, items: states, files: states.map((s) => s.file) });
    if (decision === "stop") this.stopped = true;
    return decision;
  }
  // ── Graph ──────────────────────────────────────────────────────────────────────────────────
  graphItem(stage, chapter) {
    const id = (0, import_items.itemId)(stage, chapter);
    const chapters = this.ctx.state().chapters;
    const found = (0, import_graph.buildGraph)(chapters, this.ctx.settings["workflow.draftMode"]).find((i) => i.id === id);
    if (!found) throw new Error(`no graph item ${id}`);
    return found;
  }
  chapterItem(stage, chapter) {
    const item = this.graphItem(stage, chapter);
    if (!(0, import_graph.isChapterItem)(item)) throw new Error(`${item.id} is not a chapter item`);
    return item;
  }
  /** The chapters of the outline as it is now; undefined (with a failure) when it cannot be read. */
  chapterItems() {
    try {
      this.ctx.inputs.outline();
    } catch (e) {
      const failure = (0, import_failures.classifyFailure)(e, this.ctx.signal);
      this.ctx.failures.push({ item: "outline", stage: "outline", kind: failure.kind, message: failure.message, exitCode: failure.exitCode });
      this.halted = true;
      return void 0;
    }
    return this.ctx.state().chapters.map((ref) => ({ ref, draft: this.chapterItem("draft", ref.number), revision: this.chapterItem("revision", ref.number) }));
  }
  // ── Summary ────────────────────────────────────────────────────────────────────────────────
  summary(durationMs) {
    const { ctx } = this;
    const cancelled = this.options.signal?.aborted === true && !this.fatal;
    const outcome = cancelled ? "cancelled" : this.fatal || ctx.failures.length > 0 ? "failed" : this.stopped ? "stopped" : "completed";
    const exitCode = outcome === "cancelled" ? import_errors.EXIT_CODES.cancelled : this.fatal ? this.fatal.exitCode : outcome === "failed" ? ctx.failures[0]?.exitCode ?? import_errors.EXIT_CODES.unexpected : import_errors.EXIT_CODES.ok;
    return {
      outcome,
      exitCode,
      items: ctx.state().items,
      generated: [...ctx.generated],
      failures: [...ctx.failures],
      skipped: [...ctx.skipped],
      keptEdited: [...ctx.keptEdited],
      backups: [...ctx.backups],
      requests: ctx.totals.requests,
      apiCalls: ctx.totals.apiCalls,
      cacheHits: ctx.totals.cacheHits,
      retries: ctx.totals.retries,
      restarts: ctx.totals.restarts,
      words: ctx.totals.words,
      tokens: { prompt: ctx.totals.prompt, output: ctx.totals.output, thinking: ctx.totals.thinking },
      durationMs
    };
  }
}
function widest(target, regenerate) {
  if (target === "all" || regenerate === void 0) return target;
  return import_meta.WORKFLOW_STAGES.indexOf(regenerate) > import_meta.WORKFLOW_STAGES.indexOf(target) ? regenerate : target;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  runWorkflow
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvd29ya2Zsb3cvcnVubmVyLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgeyBhY3F1aXJlTG9jaywgdHlwZSBMb2NrT3B0aW9ucyB9IGZyb20gJy4uL2NoZWNrcG9pbnQvbG9jayc7XG5pbXBvcnQgeyBXT1JLRkxPV19TVEFHRVMsIHR5cGUgV29ya2Zsb3dTdGFnZSB9IGZyb20gJy4uL2NoZWNrcG9pbnQvbWV0YSc7XG5pbXBvcnQgeyBzeXN0ZW1DbG9jayB9IGZyb20gJy4uL2Nsb2NrJztcbmltcG9ydCB0eXBlIHsgU2V0dGluZ3MgfSBmcm9tICcuLi9jb25maWcvc2V0dGluZ3MnO1xuaW1wb3J0IHR5cGUgeyBDbG9jaywgRmlsZVN5c3RlbSwgTG9nZ2VyIH0gZnJvbSAnLi4vcG9ydHMnO1xuaW1wb3J0IHsgU1RSVUNUVVJFRF9TVEFHRVMsIHR5cGUgU3RydWN0dXJlZFN0YWdlIH0gZnJvbSAnLi4vc3RhZ2VzL3N0YWdlRmlsZXMnO1xuaW1wb3J0IHsgRVhJVF9DT0RFUyB9IGZyb20gJy4uLy4uL2dlbWluaS9lcnJvcnMnO1xuaW1wb3J0IHR5cGUgeyBUZXh0R2VuZXJhdG9yIH0gZnJvbSAnLi4vLi4vZ2VtaW5pL3R5cGVzJztcbmltcG9ydCB7IGdlbmVyYXRlQ2hhcHRlciB9IGZyb20gJy4vY2hhcHRlclN0YWdlJztcbmltcG9ydCB7IGNsYXNzaWZ5RmFpbHVyZSwgdHlwZSBGYWlsdXJlIH0gZnJvbSAnLi9mYWlsdXJlcyc7XG5pbXBvcnQgeyBidWlsZEdyYXBoLCBpc0NoYXB0ZXJJdGVtLCB0eXBlIENoYXB0ZXJHcmFwaEl0ZW0sIHR5cGUgR3JhcGhJdGVtLCB0eXBlIE91dGxpbmVDaGFwdGVyUmVmIH0gZnJvbSAnLi9ncmFwaCc7XG5pbXBvcnQgeyBpdGVtSWQsIHN0YWdlc1VwVG8sIHR5cGUgSXRlbUlkIH0gZnJvbSAnLi9pdGVtcyc7XG5pbXBvcnQgeyBhc3NlbWJsZVN0b3J5IH0gZnJvbSAnLi9tYW51c2NyaXB0U3RhZ2UnO1xuaW1wb3J0IHR5cGUgeyBBcHByb3ZhbERlY2lzaW9uLCBBcHByb3ZhbFJlcXVlc3QsIFByb2dyZXNzRXZlbnQsIFJ1blN1bW1hcnkgfSBmcm9tICcuL3Byb2dyZXNzJztcbmltcG9ydCB7IFJ1bkNvbnRleHQgfSBmcm9tICcuL3J1bkNvbnRleHQnO1xuaW1wb3J0IHsgUnVuUmVjb3JkcyB9IGZyb20gJy4vcnVuU3RhdGUnO1xuaW1wb3J0IHsgU2VtYXBob3JlIH0gZnJvbSAnLi9zZW1hcGhvcmUnO1xuaW1wb3J0IHsgU3RvcnlTbmFwc2hvdCB9IGZyb20gJy4vc25hcHNob3QnO1xuaW1wb3J0IHR5cGUgeyBJdGVtU3RhdGUgfSBmcm9tICcuL3N0YXRlJztcbmltcG9ydCB7IGdlbmVyYXRlU3RydWN0dXJlZCB9IGZyb20gJy4vc3RydWN0dXJlZFN0YWdlJztcbmltcG9ydCB0eXBlIHsgV29ya2Zsb3dFdmVudHMgfSBmcm9tICcuL3dvcmtmbG93RXZlbnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBSdW5Xb3JrZmxvd09wdGlvbnMge1xuICByZWFkb25seSBmczogRmlsZVN5c3RlbTtcbiAgcmVhZG9ubHkgc3RvcnlEaXI6IHN0cmluZztcbiAgcmVhZG9ubHkgZ2VuZXJhdG9yOiBUZXh0R2VuZXJhdG9yO1xuICByZWFkb25seSBzZXR0aW5nczogU2V0dGluZ3M7XG4gIHJlYWRvbmx5IGxvZ2dlcjogTG9nZ2VyO1xuICByZWFkb25seSBjbG9jaz86IENsb2NrO1xuICAvKiogVGhlIHdyaXRlcidzIGNhbmNlbDogc3RyZWFtZWQgdGV4dCBpcyBzYXZlZCBhcyBwYXJ0aWFsLCB0aGUgbG9jayByZWxlYXNlZCwgZXhpdCBjb2RlIDEzMC4gKi9cbiAgcmVhZG9ubHkgc2lnbmFsPzogQWJvcnRTaWduYWw7XG4gIC8qKiBSdW4gdXAgdG8gYW5kIGluY2x1ZGluZyB0aGlzIHN0YWdlIChkZWZhdWx0IGBhbGxgKS4gKi9cbiAgcmVhZG9ubHkgdGFyZ2V0PzogV29ya2Zsb3dTdGFnZSB8ICdhbGwnO1xuICAvKiogTWFrZSB0aGlzIHN0YWdlIChldmVyeSBjaGFwdGVyIG9mIGl0KSBhZ2FpbiBldmVuIGlmIGRvbmUsIGJ5cGFzc2luZyB0aGUgY2FjaGUuICovXG4gIHJlYWRvbmx5IHJlZ2VuZXJhdGU/OiBXb3JrZmxvd1N0YWdlO1xuICAvKiogTGV0IGByZWdlbmVyYXRlYCBvdmVyd3JpdGUgZmlsZXMgdGhlIHdyaXRlciBlZGl0ZWQgKHRoZXkgYXJlIGJhY2tlZCB1cCBmaXJzdCkuICovXG4gIHJlYWRvbmx5IGZvcmNlPzogYm9vbGVhbjtcbiAgLyoqIEFza2VkIGFmdGVyIGVhY2ggc3RhZ2UgdGhhdCBwcm9kdWNlZCBzb21ldGhpbmcsIHdoZW4gYHdvcmtmbG93LnJlcXVpcmVBcHByb3ZhbGAgaXMgb24uICovXG4gIHJlYWRvbmx5IGFwcHJvdmU/OiAoc3RhZ2U6IFdvcmtmbG93U3RhZ2UsIHJlc3VsdDogQXBwcm92YWxSZXF1ZXN0KSA9PiBQcm9taXNlPEFwcHJvdmFsRGVjaXNpb24+O1xuICByZWFkb25seSBvblByb2dyZXNzPzogKGV2ZW50OiBQcm9ncmVzc0V2ZW50KSA9PiB2b2lkO1xuICAvKiogU3RyZWFtZWQgcHJvc2U6IHRoZSBpdGVtLCB0aGUgbmV3IHBpZWNlLCBhbmQgdGhlIGl0ZW0ncyB3aG9sZSB0ZXh0IHNvIGZhci4gKi9cbiAgcmVhZG9ubHkgb25UZXh0PzogKGl0ZW1JZDogSXRlbUlkLCBkZWx0YTogc3RyaW5nLCBzb0Zhcjogc3RyaW5nKSA9PiB2b2lkO1xuICAvKiogQSBzdHJlYW0gcmVzdGFydGVkOiB3aGF0IGBvblRleHRgIHNob3dlZCBmb3IgdGhlIGl0ZW0gc2luY2UgaXRzIGxhc3QgcmVzdGFydCBpcyB2b2lkLiAqL1xuICByZWFkb25seSBvblJlc3RhcnQ/OiAoaXRlbUlkOiBJdGVtSWQpID0+IHZvaWQ7XG4gIHJlYWRvbmx5IGV2ZW50cz86IFdvcmtmbG93RXZlbnRzO1xuICAvKiogTmFtZWQgaW4gdGhlIGxvY2ssIHNvIGEgcmVmdXNlZCBydW4gY2FuIHNheSB3aG8gaG9sZHMgdGhlIHN0b3J5LiAqL1xuICByZWFkb25seSBvd25lcj86IHN0cmluZztcbiAgcmVhZG9ubHkgbG9ja09wdGlvbnM/OiBPbWl0PExvY2tPcHRpb25zLCAnb3duZXInIHwgJ2Nsb2NrJz47XG59XG5cbi8qKlxuICogUnVucyB0aGUgd29ya2Zsb3cgb3ZlciBvbmUgc3Rvcnk6IGV2ZXJ5IGl0ZW0gdGhhdCBpcyBwZW5kaW5nLCBzdGFsZSwgcGFydGlhbCBvciBmYWlsZWQgaXMgbWFkZSxcbiAqIGluIGRlcGVuZGVuY3kgb3JkZXI7IGRvbmUgYW5kIGVkaXRlZCBpdGVtcyBhcmUgbGVmdCBhbG9uZSwgc28gYW4gdW5jaGFuZ2VkIHN0b3J5IGNvc3RzIG5vdGhpbmcuXG4gKiBIb2xkcyB0aGUgc3RvcnkncyBsb2NrIHRocm91Z2hvdXQgKGEgc2Vjb25kIHJ1biBpcyByZWZ1c2VkIHdpdGggYFN0b3J5TG9ja2VkRXJyb3JgLCB0aHJvd25cbiAqIGJlZm9yZSBhbnl0aGluZyBpcyB0b3VjaGVkKSBhbmQgcmVsZWFzZXMgaXQgaG93ZXZlciB0aGUgcnVuIGVuZHMuXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBydW5Xb3JrZmxvdyhvcHRpb25zOiBSdW5Xb3JrZmxvd09wdGlvbnMpOiBQcm9taXNlPFJ1blN1bW1hcnk+IHtcbiAgY29uc3QgY2xvY2sgPSBvcHRpb25zLmNsb2NrID8/IHN5c3RlbUNsb2NrO1xuICBjb25zdCBzdGFydGVkID0gY2xvY2subm93KCk7XG4gIGNvbnN0IGxvY2sgPSBhd2FpdCBhY3F1aXJlTG9jayhvcHRpb25zLmZzLCBvcHRpb25zLnN0b3J5RGlyLCB7IG93bmVyOiBvcHRpb25zLm93bmVyID8/ICdTdG9yeSBXcml0ZXInLCBjbG9jaywgLi4ub3B0aW9ucy5sb2NrT3B0aW9ucyB9KTtcbiAgY29uc3Qgc3RvcCA9IG5ldyBBYm9ydENvbnRyb2xsZXIoKTtcbiAgY29uc3Qgb25DYW5jZWwgPSAoKSA9PiBzdG9wLmFib3J0KG9wdGlvbnMuc2lnbmFsPy5yZWFzb24pO1xuICBpZiAob3B0aW9ucy5zaWduYWw/LmFib3J0ZWQpIG9uQ2FuY2VsKCk7XG4gIGVsc2Ugb3B0aW9ucy5zaWduYWw/LmFkZEV2ZW50TGlzdGVuZXIoJ2Fib3J0Jywgb25DYW5jZWwsIHsgb25jZTogdHJ1ZSB9KTtcbiAgY29uc3QgbG9nID0gb3B0aW9ucy5sb2dnZXIuY2hpbGQoJ3dvcmtmbG93Jyk7XG4gIHRyeSB7XG4gICAgY29uc3QgW3NuYXBzaG90LCByZWNvcmRzXSA9IGF3YWl0IFByb21pc2UuYWxsKFtTdG9yeVNuYXBzaG90LmxvYWQob3B0aW9ucy5mcywgb3B0aW9ucy5zdG9yeURpciksIFJ1blJlY29yZHMubG9hZChvcHRpb25zLmZzLCBvcHRpb25zLnN0b3J5RGlyKV0pO1xuICAgIGNvbnN0IGN0eCA9IG5ldyBSdW5Db250ZXh0KG9wdGlvbnMuZnMsIG9wdGlvbnMuc3RvcnlEaXIsIG9wdGlvbnMuZ2VuZXJhdG9yLCBvcHRpb25zLnNldHRpbmdzLCBsb2csIGNsb2NrLCBzdG9wLnNpZ25hbCwgc25hcHNob3QsIHJlY29yZHMsIG9wdGlvbnMpO1xuICAgIGNvbnN0IHJ1biA9IG5ldyBXb3JrZmxvd1J1bihjdHgsIG9wdGlvbnMsIHN0b3ApO1xuICAgIGF3YWl0IHJ1bi5leGVjdXRlKCk7XG4gICAgY29uc3Qgc3VtbWFyeSA9IHJ1bi5zdW1tYXJ5KGNsb2NrLm5vdygpIC0gc3RhcnRlZCk7XG4gICAgbG9nLmluZm8oYFJ1biAke3N1bW1hcnkub3V0Y29tZX1gLCB7IHN0b3J5OiBvcHRpb25zLnN0b3J5RGlyLCBnZW5lcmF0ZWQ6IHN1bW1hcnkuZ2VuZXJhdGVkLmxlbmd0aCwgcmVxdWVzdHM6IHN1bW1hcnkucmVxdWVzdHMsIGFwaUNhbGxzOiBzdW1tYXJ5LmFwaUNhbGxzLCBmYWlsdXJlczogc3VtbWFyeS5mYWlsdXJlcy5sZW5ndGgsIGV4aXRDb2RlOiBzdW1tYXJ5LmV4aXRDb2RlIH0pO1xuICAgIHJldHVybiBzdW1tYXJ5O1xuICB9IGZpbmFsbHkge1xuICAgIG9wdGlvbnMuc2lnbmFsPy5yZW1vdmVFdmVudExpc3RlbmVyKCdhYm9ydCcsIG9uQ2FuY2VsKTtcbiAgICBhd2FpdCBsb2NrLnJlbGVhc2UoKTtcbiAgfVxufVxuXG50eXBlIEl0ZW1SZXN1bHQgPSAnbWFkZScgfCAndXAtdG8tZGF0ZScgfCAna2VwdCcgfCAnc2tpcHBlZCcgfCAnZmFpbGVkJyB8ICdjYW5jZWxsZWQnIHwgJ25vdC1ydW4nO1xudHlwZSBKb2IgPSAoYnlwYXNzQ2FjaGU6IGJvb2xlYW4pID0+IFByb21pc2U8eyB3b3JkczogbnVtYmVyOyBjYWNoZWQ6IGJvb2xlYW4gfT47XG5cbmludGVyZmFjZSBDaGFwdGVySXRlbXMge1xuICByZWFkb25seSByZWY6IE91dGxpbmVDaGFwdGVyUmVmO1xuICByZWFkb25seSBkcmFmdDogQ2hhcHRlckdyYXBoSXRlbTtcbiAgcmVhZG9ubHkgcmV2aXNpb246IENoYXB0ZXJHcmFwaEl0ZW07XG59XG5cbi8qKiBPbmUgcnVuJ3MgZGVjaXNpb25zOiB3aGF0IHRvIG1ha2UsIGluIHdoaWNoIG9yZGVyLCBhbmQgd2hhdCBhIGZhaWx1cmUgbWVhbnMgZm9yIHRoZSByZXN0LiAqL1xuY2xhc3MgV29ya2Zsb3dSdW4ge1xuICAvKiogQSBmYWlsdXJlIHRoYXQgc3RvcHMgZXZlcnl0aGluZyAoYmFkIGtleSwgZGFpbHkgcXVvdGEsIHVua25vd24gbW9kZWwpLiAqL1xuICBwcml2YXRlIGZhdGFsOiBGYWlsdXJlIHwgdW5kZWZpbmVkO1xuICAvKiogQSBzdGFnZSBmYWlsZWQgdGhhdCBsYXRlciBzdGFnZXMgbmVlZDogc3RhcnQgbm90aGluZyBuZXcuICovXG4gIHByaXZhdGUgaGFsdGVkID0gZmFsc2U7XG4gIC8qKiBUaGUgd3JpdGVyIGNob3NlIFN0b3AgYXQgYW4gYXBwcm92YWwuICovXG4gIHByaXZhdGUgc3RvcHBlZCA9IGZhbHNlO1xuXG4gIGNvbnN0cnVjdG9yKFxuICAgIHByaXZhdGUgcmVhZG9ubHkgY3R4OiBSdW5Db250ZXh0LFxuICAgIHByaXZhdGUgcmVhZG9ubHkgb3B0aW9uczogUnVuV29ya2Zsb3dPcHRpb25zLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgc3RvcDogQWJvcnRDb250cm9sbGVyLFxuICApIHt9XG5cbiAgcHJpdmF0ZSBnZXQgc3RvcHBpbmcoKTogYm9vbGVhbiB7XG4gICAgcmV0dXJuIHRoaXMuaGFsdGVkIHx8IHRoaXMuc3RvcHBlZCB8fCB0aGlzLmN0eC5zaWduYWwuYWJvcnRlZDtcbiAgfVxuXG4gIGFzeW5jIGV4ZWN1dGUoKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgY29uc3Qgc3RhZ2VzID0gc3RhZ2VzVXBUbyh3aWRlc3QodGhpcy5vcHRpb25zLnRhcmdldCA/PyAnYWxsJywgdGhpcy5vcHRpb25zLnJlZ2VuZXJhdGUpKTtcbiAgICBmb3IgKGNvbnN0IHN0YWdlIG9mIFNUUlVDVFVSRURfU1RBR0VTKSB7XG4gICAgICBpZiAoIXN0YWdlcy5oYXMoc3RhZ2UpIHx8IHRoaXMuc3RvcHBpbmcpIHJldHVybjtcbiAgICAgIGF3YWl0IHRoaXMuc3RydWN0dXJlZFN0YWdlKHN0YWdlKTtcbiAgICB9XG4gICAgaWYgKHN0YWdlcy5oYXMoJ2RyYWZ0JykgJiYgIXRoaXMuc3RvcHBpbmcpIGF3YWl0IHRoaXMuY2hhcHRlclN0YWdlcyhzdGFnZXMuaGFzKCdyZXZpc2lvbicpKTtcbiAgICBpZiAoc3RhZ2VzLmhhcygnbWFudXNjcmlwdCcpICYmICF0aGlzLnN0b3BwaW5nKSBhd2FpdCB0aGlzLm1hbnVzY3JpcHRTdGFnZSgpO1xuICB9XG5cbiAgLy8gXHUyNTAwXHUyNTAwIFN0YWdlcyBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcblxuICBwcml2YXRlIGFzeW5jIHN0cnVjdHVyZWRTdGFnZShzdGFnZTogU3RydWN0dXJlZFN0YWdlKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgY29uc3QgaXRlbSA9IHRoaXMuZ3JhcGhJdGVtKHN0YWdlKTtcbiAgICBsZXQgZm9yY2VkID0gdGhpcy5vcHRpb25zLnJlZ2VuZXJhdGUgPT09IHN0YWdlO1xuICAgIGlmICghdGhpcy5uZWVkc1J1bihpdGVtLCBmb3JjZWQpKSB7XG4gICAgICB0aGlzLmxlYXZlQWxvbmUoaXRlbSwgZm9yY2VkKTtcbiAgICAgIHJldHVybjtcbiAgICB9XG4gICAgdGhpcy5jdHguc3RhZ2VTdGFydGVkKHN0YWdlLCAxKTtcbiAgICBmb3IgKDs7KSB7XG4gICAgICBjb25zdCByZXN1bHQgPSBhd2FpdCB0aGlzLnJ1bkl0ZW0oaXRlbSwgZm9yY2VkLCAoYnlwYXNzKSA9PiBnZW5lcmF0ZVN0cnVjdHVyZWQodGhpcy5jdHgsIGl0ZW0sIGJ5cGFzcykpO1xuICAgICAgaWYgKHJlc3VsdCA9PT0gJ2ZhaWxlZCcpIHRoaXMuaGFsdGVkID0gdHJ1ZTtcbiAgICAgIGlmIChyZXN1bHQgIT09ICdtYWRlJyB8fCAoYXdhaXQgdGhpcy5hcHByb3ZhbChzdGFnZSwgW2l0ZW1dKSkgIT09ICdyZWdlbmVyYXRlJykgYnJlYWs7XG4gICAgICBmb3JjZWQgPSB0cnVlO1xuICAgIH1cbiAgICB0aGlzLmN0eC5zdGFnZUZpbmlzaGVkKHN0YWdlKTtcbiAgfVxuXG4gIHByaXZhdGUgYXN5bmMgY2hhcHRlclN0YWdlcyh3aXRoUmV2aXNpb246IGJvb2xlYW4pOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBjb25zdCBjaGFwdGVycyA9IHRoaXMuY2hhcHRlckl0ZW1zKCk7XG4gICAgaWYgKCFjaGFwdGVycykgcmV0dXJuO1xuICAgIGNvbnN0IGZvcmNlZERyYWZ0ID0gdGhpcy5vcHRpb25zLnJlZ2VuZXJhdGUgPT09ICdkcmFmdCc7XG4gICAgY29uc3QgZm9yY2VkUmV2aXNpb24gPSB0aGlzLm9wdGlvbnMucmVnZW5lcmF0ZSA9PT0gJ3JldmlzaW9uJztcbiAgICBjb25zdCBzZW1hcGhvcmUgPSBuZXcgU2VtYXBob3JlKHRoaXMuY3R4LnNldHRpbmdzWydyYXRlTGltaXQubWF4Q29uY3VycmVudCddKTtcbiAgICBjb25zdCBzZXF1ZW50aWFsID0gdGhpcy5jdHguc2V0dGluZ3NbJ3dvcmtmbG93LmRyYWZ0TW9kZSddID09PSAnc2VxdWVudGlhbCc7XG4gICAgY29uc3QgZHJhZnQgPSAoYzogQ2hhcHRlckl0ZW1zLCBmb3JjZWQ6IGJvb2xlYW4pID0+IHNlbWFwaG9yZS5ydW4oKCkgPT4gdGhpcy5ydW5DaGFwdGVyKGMuZHJhZnQsIGMucmVmLCBmb3JjZWQpKTtcbiAgICBjb25zdCByZXZpc2UgPSAoYzogQ2hhcHRlckl0ZW1zLCBmb3JjZWQ6IGJvb2xlYW4pID0+XG4gICAgICB3aXRoUmV2aXNpb24gJiYgIXRoaXMuc3RvcHBpbmcgJiYgdGhpcy5kcmFmdFVzYWJsZShjLmRyYWZ0KSA/IHNlbWFwaG9yZS5ydW4oKCkgPT4gdGhpcy5ydW5DaGFwdGVyKGMucmV2aXNpb24sIGMucmVmLCBmb3JjZWQpKSA6IFByb21pc2UucmVzb2x2ZTxJdGVtUmVzdWx0Pignbm90LXJ1bicpO1xuICAgIGNvbnN0IHJ1bkRyYWZ0cyA9IGFzeW5jIChmb3JjZWQ6IGJvb2xlYW4sIHRoZW4/OiAoYzogQ2hhcHRlckl0ZW1zKSA9PiBQcm9taXNlPEl0ZW1SZXN1bHQ+KSA9PiB7XG4gICAgICBsZXQgcHJldmlvdXM6IFByb21pc2U8dW5rbm93bj4gPSBQcm9taXNlLnJlc29sdmUoKTtcbiAgICAgIGNvbnN0IHRhc2tzID0gY2hhcHRlcnMubWFwKChjKSA9PiB7XG4gICAgICAgIC8vIFNlcXVlbnRpYWw6IGVhY2ggY2hhcHRlciBpcyBkcmFmdGVkIGZyb20gdGhlIHByZXZpb3VzIG9uZSdzIGVuZGluZywgc28gaXQgd2FpdHMgZm9yIGl0LlxuICAgICAgICBjb25zdCBtYWRlID0gc2VxdWVudGlhbCA/IHByZXZpb3VzLnRoZW4oKCkgPT4gZHJhZnQoYywgZm9yY2VkKSkgOiBkcmFmdChjLCBmb3JjZWQpO1xuICAgICAgICBwcmV2aW91cyA9IG1hZGU7XG4gICAgICAgIHJldHVybiB0aGVuID8gbWFkZS50aGVuKCgpID0+IHRoZW4oYykpIDogbWFkZTtcbiAgICAgIH0pO1xuICAgICAgYXdhaXQgUHJvbWlzZS5hbGwodGFza3MpO1xuICAgIH07XG5cbiAgICB0aGlzLmN0eC5zdGFnZVN0YXJ0ZWQoJ2RyYWZ0JywgY2hhcHRlcnMuZmlsdGVyKChjKSA9PiB0aGlzLm5lZWRzUnVuKGMuZHJhZnQsIGZvcmNlZERyYWZ0KSkubGVuZ3RoKTtcbiAgICBpZiAod2l0aFJldmlzaW9uKSB0aGlzLmN0eC5zdGFnZVN0YXJ0ZWQoJ3JldmlzaW9uJywgY2hhcHRlcnMuZmlsdGVyKChjKSA9PiB0aGlzLm5lZWRzUnVuKGMuZHJhZnQsIGZvcmNlZERyYWZ0KSB8fCB0aGlzLm5lZWRzUnVuKGMucmV2aXNpb24sIGZvcmNlZFJldmlzaW9uKSkubGVuZ3RoKTtcbiAgICBpZiAoIXRoaXMuYXBwcm92YWxzT24oKSkge1xuICAgICAgLy8gUGlwZWxpbmVkOiBhIGNoYXB0ZXIncyByZXZpc2lvbiBzdGFydHMgYXMgc29vbiBhcyBpdHMgZHJhZnQgaXMgZG9uZS5cbiAgICAgIGF3YWl0IHJ1bkRyYWZ0cyhmb3JjZWREcmFmdCwgKGMpID0+IHJldmlzZShjLCBmb3JjZWRSZXZpc2lvbikpO1xuICAgIH0gZWxzZSB7XG4gICAgICBhd2FpdCB0aGlzLndpdGhBcHByb3ZhbCgnZHJhZnQnLCBjaGFwdGVycy5tYXAoKGMpID0+IGMuZHJhZnQpLCBmb3JjZWREcmFmdCwgKGZvcmNlZCkgPT4gcnVuRHJhZnRzKGZvcmNlZCkpO1xuICAgICAgaWYgKHdpdGhSZXZpc2lvbiAmJiAhdGhpcy5zdG9wcGluZykge1xuICAgICAgICBhd2FpdCB0aGlzLndpdGhBcHByb3ZhbCgncmV2aXNpb24nLCBjaGFwdGVycy5tYXAoKGMpID0+IGMucmV2aXNpb24pLCBmb3JjZWRSZXZpc2lvbiwgKGZvcmNlZCkgPT4gUHJvbWlzZS5hbGwoY2hhcHRlcnMubWFwKChjKSA9PiByZXZpc2UoYywgZm9yY2VkKSkpKTtcbiAgICAgIH1cbiAgICB9XG4gICAgdGhpcy5jdHguc3RhZ2VGaW5pc2hlZCgnZHJhZnQnKTtcbiAgICBpZiAod2l0aFJldmlzaW9uKSB0aGlzLmN0eC5zdGFnZUZpbmlzaGVkKCdyZXZpc2lvbicpO1xuICB9XG5cbiAgcHJpdmF0ZSBhc3luYyBtYW51c2NyaXB0U3RhZ2UoKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgY29uc3QgaXRlbSA9IHRoaXMuZ3JhcGhJdGVtKCdtYW51c2NyaXB0Jyk7XG4gICAgY29uc3QgZm9yY2VkID0gdGhpcy5vcHRpb25zLnJlZ2VuZXJhdGUgPT09ICdtYW51c2NyaXB0JztcbiAgICBpZiAoIXRoaXMubmVlZHNSdW4oaXRlbSwgZm9yY2VkKSkgcmV0dXJuO1xuICAgIGNvbnN0IHN0YXRlID0gdGhpcy5jdHguc3RhdGUoKTtcbiAgICBjb25zdCBtaXNzaW5nID0gc3RhdGUuY2hhcHRlcnMuZmlsdGVyKChjKSA9PiAhdGhpcy5kcmFmdFVzYWJsZSh0aGlzLmNoYXB0ZXJJdGVtKCdkcmFmdCcsIGMubnVtYmVyKSkpO1xuICAgIGlmIChzdGF0ZS5jaGFwdGVycy5sZW5ndGggPT09IDAgfHwgbWlzc2luZy5sZW5ndGggPiAwKSB7XG4gICAgICBjb25zdCB3aHkgPSBzdGF0ZS5jaGFwdGVycy5sZW5ndGggPT09IDAgPyAndGhlIG91dGxpbmUgaGFzIG5vIGNoYXB0ZXJzJyA6IGBjaGFwdGVyICR7bWlzc2luZy5tYXAoKGMpID0+IGMubnVtYmVyKS5qb2luKCcsICcpfSBoYXMgbm8gZHJhZnRgO1xuICAgICAgdGhpcy5jdHgubG9nLndhcm4oYFRoZSBtYW51c2NyaXB0IHdhcyBub3QgYXNzZW1ibGVkOiAke3doeX1gKTtcbiAgICAgIGlmICh0aGlzLmN0eC5mYWlsdXJlcy5sZW5ndGggPT09IDApIHRoaXMuY3R4LmZhaWx1cmVzLnB1c2goeyBpdGVtOiBpdGVtLmlkLCBzdGFnZTogJ21hbnVzY3JpcHQnLCBraW5kOiAnYmxvY2tlZCcsIG1lc3NhZ2U6IGBOb3QgYXNzZW1ibGVkOiAke3doeX1gLCBleGl0Q29kZTogRVhJVF9DT0RFUy51bmV4cGVjdGVkIH0pO1xuICAgICAgcmV0dXJuO1xuICAgIH1cbiAgICB0aGlzLmN0eC5zdGFnZVN0YXJ0ZWQoJ21hbnVzY3JpcHQnLCAxKTtcbiAgICBhd2FpdCB0aGlzLnJ1bkl0ZW0oaXRlbSwgZm9yY2VkLCAoKSA9PiBhc3NlbWJsZVN0b3J5KHRoaXMuY3R4LCBpdGVtKSk7XG4gICAgdGhpcy5jdHguc3RhZ2VGaW5pc2hlZCgnbWFudXNjcmlwdCcpO1xuICB9XG5cbiAgLy8gXHUyNTAwXHUyNTAwIEl0ZW1zIFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFxuXG4gIHByaXZhdGUgcnVuQ2hhcHRlcihpdGVtOiBDaGFwdGVyR3JhcGhJdGVtLCByZWY6IE91dGxpbmVDaGFwdGVyUmVmLCBmb3JjZWQ6IGJvb2xlYW4pOiBQcm9taXNlPEl0ZW1SZXN1bHQ+IHtcbiAgICByZXR1cm4gdGhpcy5ydW5JdGVtKGl0ZW0sIGZvcmNlZCwgKGJ5cGFzcykgPT4gZ2VuZXJhdGVDaGFwdGVyKHRoaXMuY3R4LCB7IGl0ZW0sIGNoYXB0ZXI6IHJlZiwgZnJlc2g6IGJ5cGFzcyB9KSk7XG4gIH1cblxuICAvKipcbiAgICogTWFrZXMgb25lIGl0ZW0gaWYgaXQgbmVlZHMgaXQuIEVkaXRlZCBpdGVtcyBhcmUgdGhlIHdyaXRlcidzOiBvbmx5IGEgZm9yY2VkIHJlZ2VuZXJhdGlvbiB3aXRoXG4gICAqIGBmb3JjZWAgcmVwbGFjZXMgdGhlbSAoYWZ0ZXIgYSBiYWNrdXApLlxuICAgKi9cbiAgcHJpdmF0ZSBhc3luYyBydW5JdGVtKGl0ZW06IEdyYXBoSXRlbSwgZm9yY2VkOiBib29sZWFuLCBqb2I6IEpvYik6IFByb21pc2U8SXRlbVJlc3VsdD4ge1xuICAgIGlmICh0aGlzLnN0b3BwaW5nKSByZXR1cm4gJ25vdC1ydW4nO1xuICAgIGlmICghdGhpcy5uZWVkc1J1bihpdGVtLCBmb3JjZWQpKSByZXR1cm4gdGhpcy5sZWF2ZUFsb25lKGl0ZW0sIGZvcmNlZCk7XG4gICAgY29uc3QgaW5wdXRzID0gdGhpcy5jdHguaGFzaGVzKCkucmVjb3JkKGl0ZW0uaW5wdXRzKTtcbiAgICAvLyBUaGlzIGF0dGVtcHQgZGVjaWRlcyB0aGUgaXRlbSdzIGxhYmVsIGFmcmVzaCAoYSBjYW5jZWwgbGVhdmVzIGl0IHBhcnRpYWwgb3IgcGVuZGluZywgbm90IGZhaWxlZCkuXG4gICAgYXdhaXQgdGhpcy5jdHguZm9yZ2V0UmVjb3JkKGl0ZW0pO1xuICAgIGNvbnN0IHN0YXJ0ZWRBdCA9IHRoaXMuY3R4Lml0ZW1TdGFydGVkKGl0ZW0pO1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBtYWRlID0gYXdhaXQgam9iKGZvcmNlZCk7XG4gICAgICB0aGlzLmN0eC5pdGVtRmluaXNoZWQoaXRlbSwgc3RhcnRlZEF0LCAnZG9uZScsIG1hZGUud29yZHMsIG1hZGUuY2FjaGVkKTtcbiAgICAgIHJldHVybiAnbWFkZSc7XG4gICAgfSBjYXRjaCAoZSkge1xuICAgICAgcmV0dXJuIHRoaXMuaXRlbUZhaWxlZChpdGVtLCBlLCBpbnB1dHMsIHN0YXJ0ZWRBdCk7XG4gICAgfVxuICB9XG5cbiAgcHJpdmF0ZSBsZWF2ZUFsb25lKGl0ZW06IEdyYXBoSXRlbSwgZm9yY2VkOiBib29sZWFuKTogSXRlbVJlc3VsdCB7XG4gICAgaWYgKHRoaXMuY3R4LnN0YXRlT2YoaXRlbS5pZCk/LnN0YXRlICE9PSAnZWRpdGVkJykgcmV0dXJuICd1cC10by1kYXRlJztcbiAgICBpZiAoZm9yY2VkKSB7XG4gICAgICB0aGlzLmN0eC5rZXB0RWRpdGVkLnB1c2goaXRlbS5pZCk7XG4gICAgICB0aGlzLmN0eC5sb2cuaW5mbyhgJHtpdGVtLmZpbGV9IHdhcyBlZGl0ZWQgYnkgdGhlIHdyaXRlcjogbm90IHJlZ2VuZXJhdGVkIChyZWdlbmVyYXRlIHdpdGggZm9yY2UgdG8gcmVwbGFjZSBpdDsgYSBiYWNrdXAgaXMga2VwdClgKTtcbiAgICB9XG4gICAgcmV0dXJuICdrZXB0JztcbiAgfVxuXG4gIHByaXZhdGUgbmVlZHNSdW4oaXRlbTogR3JhcGhJdGVtLCBmb3JjZWQ6IGJvb2xlYW4pOiBib29sZWFuIHtcbiAgICBjb25zdCBzdGF0ZSA9IHRoaXMuY3R4LnN0YXRlT2YoaXRlbS5pZCk/LnN0YXRlO1xuICAgIHN3aXRjaCAoc3RhdGUpIHtcbiAgICAgIGNhc2UgJ3BlbmRpbmcnOlxuICAgICAgY2FzZSAnc3RhbGUnOlxuICAgICAgY2FzZSAncGFydGlhbCc6XG4gICAgICBjYXNlICdmYWlsZWQnOlxuICAgICAgICByZXR1cm4gdHJ1ZTtcbiAgICAgIGNhc2UgJ2RvbmUnOlxuICAgICAgY2FzZSAnc2tpcHBlZCc6XG4gICAgICAgIHJldHVybiBmb3JjZWQ7XG4gICAgICBjYXNlICdlZGl0ZWQnOlxuICAgICAgICByZXR1cm4gZm9yY2VkICYmIHRoaXMub3B0aW9ucy5mb3JjZSA9PT0gdHJ1ZTtcbiAgICAgIGRlZmF1bHQ6XG4gICAgICAgIHJldHVybiBmYWxzZTtcbiAgICB9XG4gIH1cblxuICAvKipcbiAgICogV2hhdCBhIGZhaWx1cmUgbWVhbnM6IGNhbmNlbGxlZCAobm90aGluZyByZWNvcmRlZCwgdGhlIHBhcnRpYWwgaXMga2VwdCksIGZhdGFsIChzdG9wIHRoZVxuICAgKiBydW4gbm93KSwgYW4gb3B0aW9uYWwgcmV2aXNpb24gc2tpcHBlZCB1bmRlciBgc2tpcF9vcHRpb25hbGAsIG9yIHRoaXMgaXRlbSBmYWlsZWQuXG4gICAqL1xuICBwcml2YXRlIGFzeW5jIGl0ZW1GYWlsZWQoaXRlbTogR3JhcGhJdGVtLCBlcnJvcjogdW5rbm93biwgaW5wdXRzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+LCBzdGFydGVkQXQ6IG51bWJlcik6IFByb21pc2U8SXRlbVJlc3VsdD4ge1xuICAgIGNvbnN0IGZhaWx1cmUgPSBjbGFzc2lmeUZhaWx1cmUoZXJyb3IsIHRoaXMuY3R4LnNpZ25hbCk7XG4gICAgaWYgKGZhaWx1cmUuc2NvcGUgPT09ICdjYW5jZWwnKSB7XG4gICAgICBjb25zdCBub3cgPSB0aGlzLmN0eC5zdGF0ZU9mKGl0ZW0uaWQpO1xuICAgICAgdGhpcy5jdHguY2hhbmdlZChpdGVtLCBub3c/LnN0YXRlID8/ICdwZW5kaW5nJywgbm93Py5yZWFzb24pO1xuICAgICAgcmV0dXJuICdjYW5jZWxsZWQnO1xuICAgIH1cbiAgICBpZiAoZmFpbHVyZS5zY29wZSA9PT0gJ3J1bicpIHtcbiAgICAgIHRoaXMuZmF0YWwgPz89IGZhaWx1cmU7XG4gICAgICB0aGlzLmN0eC5sb2cuZXJyb3IoYCR7aXRlbS5pZH06ICR7ZmFpbHVyZS5tZXNzYWdlfSBcdTIwMTQgc3RvcHBpbmcgdGhlIHJ1bmAsIHsga2luZDogZmFpbHVyZS5raW5kIH0pO1xuICAgICAgdGhpcy5zdG9wLmFib3J0KG5ldyBFcnJvcihmYWlsdXJlLm1lc3NhZ2UpKTtcbiAgICB9IGVsc2UgaWYgKHRoaXMuc2tpcHBhYmxlKGl0ZW0pKSB7XG4gICAgICB0aGlzLmN0eC5sb2cud2FybihgJHtpdGVtLmlkfTogJHtmYWlsdXJlLm1lc3NhZ2V9IFx1MjAxNCBza2lwcGVkIChvcHRpb25hbCBzdGFnZSk7IHRoZSBtYW51c2NyaXB0IHVzZXMgdGhlIGRyYWZ0YCwgeyBraW5kOiBmYWlsdXJlLmtpbmQgfSk7XG4gICAgICBhd2FpdCB0aGlzLmN0eC5yZWNvcmRTa2lwKGl0ZW0sIGBza2lwcGVkIGFmdGVyIGEgZmFpbHVyZTogJHtmYWlsdXJlLm1lc3NhZ2V9YCwgaW5wdXRzKTtcbiAgICAgIHRoaXMuY3R4Lml0ZW1GaW5pc2hlZChpdGVtLCBzdGFydGVkQXQsICdza2lwcGVkJywgMCwgZmFsc2UpO1xuICAgICAgcmV0dXJuICdza2lwcGVkJztcbiAgICB9IGVsc2Uge1xuICAgICAgdGhpcy5jdHgubG9nLmVycm9yKGAke2l0ZW0uaWR9OiAke2ZhaWx1cmUubWVzc2FnZX1gLCB7IGtpbmQ6IGZhaWx1cmUua2luZCB9KTtcbiAgICB9XG4gICAgdGhpcy5jdHguZmFpbHVyZXMucHVzaCh7IGl0ZW06IGl0ZW0uaWQsIHN0YWdlOiBpdGVtLnN0YWdlLCAuLi4oaXRlbS5jaGFwdGVyICE9PSB1bmRlZmluZWQgPyB7IGNoYXB0ZXI6IGl0ZW0uY2hhcHRlciB9IDoge30pLCBraW5kOiBmYWlsdXJlLmtpbmQsIG1lc3NhZ2U6IGZhaWx1cmUubWVzc2FnZSwgZXhpdENvZGU6IGZhaWx1cmUuZXhpdENvZGUgfSk7XG4gICAgYXdhaXQgdGhpcy5jdHgucmVjb3JkRmFpbHVyZShpdGVtLCBmYWlsdXJlLCBpbnB1dHMpO1xuICAgIHRoaXMuY3R4Lml0ZW1GYWlsZWQoaXRlbSwgZmFpbHVyZSk7XG4gICAgcmV0dXJuICdmYWlsZWQnO1xuICB9XG5cbiAgLyoqIE9ubHkgdGhlIHJldmlzaW9uIGlzIG9wdGlvbmFsOiBldmVyeSBvdGhlciBzdGFnZSdzIG91dHB1dCBpcyBzb21ldGhpbmcgYSBsYXRlciBzdGFnZSBuZWVkcy4gKi9cbiAgcHJpdmF0ZSBza2lwcGFibGUoaXRlbTogR3JhcGhJdGVtKTogYm9vbGVhbiB7XG4gICAgcmV0dXJuIGl0ZW0uc3RhZ2UgPT09ICdyZXZpc2lvbicgJiYgdGhpcy5jdHguc2V0dGluZ3NbJ3dvcmtmbG93LnJlY292ZXJ5J10ucmV2aXNpb24gPT09ICdza2lwX29wdGlvbmFsJyAmJiB0aGlzLmN0eC5zZXR0aW5nc1snd29ya2Zsb3cuYWxsb3dTdGFnZVNraXBwaW5nJ107XG4gIH1cblxuICBwcml2YXRlIGRyYWZ0VXNhYmxlKGRyYWZ0OiBDaGFwdGVyR3JhcGhJdGVtKTogYm9vbGVhbiB7XG4gICAgY29uc3Qgc3RhdGUgPSB0aGlzLmN0eC5zdGF0ZU9mKGRyYWZ0LmlkKT8uc3RhdGU7XG4gICAgcmV0dXJuIHN0YXRlID09PSAnZG9uZScgfHwgc3RhdGUgPT09ICdlZGl0ZWQnO1xuICB9XG5cbiAgLy8gXHUyNTAwXHUyNTAwIEFwcHJvdmFsIFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFxuXG4gIHByaXZhdGUgYXBwcm92YWxzT24oKTogYm9vbGVhbiB7XG4gICAgcmV0dXJuIHRoaXMuY3R4LnNldHRpbmdzWyd3b3JrZmxvdy5yZXF1aXJlQXBwcm92YWwnXSAmJiB0aGlzLm9wdGlvbnMuYXBwcm92ZSAhPT0gdW5kZWZpbmVkO1xuICB9XG5cbiAgLyoqIFJ1bnMgYSBjaGFwdGVyIHN0YWdlLCB0aGVuIGFza3M7IFJlZ2VuZXJhdGUgcnVucyBpdCBhZ2FpbiwgZm9yY2VkLiAqL1xuICBwcml2YXRlIGFzeW5jIHdpdGhBcHByb3ZhbChzdGFnZTogV29ya2Zsb3dTdGFnZSwgaXRlbXM6IHJlYWRvbmx5IEdyYXBoSXRlbVtdLCBmb3JjZWQ6IGJvb2xlYW4sIHJ1bjogKGZvcmNlZDogYm9vbGVhbikgPT4gUHJvbWlzZTx1bmtub3duPik6IFByb21pc2U8dm9pZD4ge1xuICAgIGZvciAobGV0IHJvdW5kID0gZm9yY2VkOyA7IHJvdW5kID0gdHJ1ZSkge1xuICAgICAgY29uc3QgYmVmb3JlID0gdGhpcy5jdHguZ2VuZXJhdGVkLmxlbmd0aDtcbiAgICAgIGF3YWl0IHJ1bihyb3VuZCk7XG4gICAgICBjb25zdCBtYWRlID0gdGhpcy5jdHguZ2VuZXJhdGVkLnNsaWNlKGJlZm9yZSkubGVuZ3RoID4gMDtcbiAgICAgIGlmICghbWFkZSB8fCB0aGlzLnN0b3BwaW5nIHx8IChhd2FpdCB0aGlzLmFwcHJvdmFsKHN0YWdlLCBpdGVtcykpICE9PSAncmVnZW5lcmF0ZScpIHJldHVybjtcbiAgICB9XG4gIH1cblxuICBwcml2YXRlIGFzeW5jIGFwcHJvdmFsKHN0YWdlOiBXb3JrZmxvd1N0YWdlLCBpdGVtczogcmVhZG9ubHkgR3JhcGhJdGVtW10pOiBQcm9taXNlPEFwcHJvdmFsRGVjaXNpb24+IHtcbiAgICBpZiAoIXRoaXMuYXBwcm92YWxzT24oKSB8fCB0aGlzLnN0b3BwaW5nKSByZXR1cm4gJ2NvbnRpbnVlJztcbiAgICB0aGlzLmN0eC5hcHByb3ZhbEFza2VkKHN0YWdlKTtcbiAgICBjb25zdCBzdGF0ZXMgPSBpdGVtcy5tYXAoKGkpID0+IHRoaXMuY3R4LnN0YXRlT2YoaS5pZCkpLmZpbHRlcigocyk6IHMgaXMgSXRlbVN0YXRlID0+IHMgIT09IHVuZGVmaW5lZCk7XG4gICAgY29uc3QgZGVjaXNpb24gPSBhd2FpdCB0aGlzLm9wdGlvbnMuYXBwcm92ZSEoc3RhZ2UsIHsgc3RhZ2UsIGl0ZW1zOiBzdGF0ZXMsIGZpbGVzOiBzdGF0ZXMubWFwKChzKSA9PiBzLmZpbGUpIH0pO1xuICAgIGlmIChkZWNpc2lvbiA9PT0gJ3N0b3AnKSB0aGlzLnN0b3BwZWQgPSB0cnVlO1xuICAgIHJldHVybiBkZWNpc2lvbjtcbiAgfVxuXG4gIC8vIFx1MjUwMFx1MjUwMCBHcmFwaCBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcblxuICBwcml2YXRlIGdyYXBoSXRlbShzdGFnZTogV29ya2Zsb3dTdGFnZSwgY2hhcHRlcj86IG51bWJlcik6IEdyYXBoSXRlbSB7XG4gICAgY29uc3QgaWQgPSBpdGVtSWQoc3RhZ2UsIGNoYXB0ZXIpO1xuICAgIGNvbnN0IGNoYXB0ZXJzID0gdGhpcy5jdHguc3RhdGUoKS5jaGFwdGVycztcbiAgICBjb25zdCBmb3VuZCA9IGJ1aWxkR3JhcGgoY2hhcHRlcnMsIHRoaXMuY3R4LnNldHRpbmdzWyd3b3JrZmxvdy5kcmFmdE1vZGUnXSkuZmluZCgoaSkgPT4gaS5pZCA9PT0gaWQpO1xuICAgIGlmICghZm91bmQpIHRocm93IG5ldyBFcnJvcihgbm8gZ3JhcGggaXRlbSAke2lkfWApO1xuICAgIHJldHVybiBmb3VuZDtcbiAgfVxuXG4gIHByaXZhdGUgY2hhcHRlckl0ZW0oc3RhZ2U6IENoYXB0ZXJHcmFwaEl0ZW1bJ3N0YWdlJ10sIGNoYXB0ZXI6IG51bWJlcik6IENoYXB0ZXJHcmFwaEl0ZW0ge1xuICAgIGNvbnN0IGl0ZW0gPSB0aGlzLmdyYXBoSXRlbShzdGFnZSwgY2hhcHRlcik7XG4gICAgaWYgKCFpc0NoYXB0ZXJJdGVtKGl0ZW0pKSB0aHJvdyBuZXcgRXJyb3IoYCR7aXRlbS5pZH0gaXMgbm90IGEgY2hhcHRlciBpdGVtYCk7XG4gICAgcmV0dXJuIGl0ZW07XG4gIH1cblxuICAvKiogVGhlIGNoYXB0ZXJzIG9mIHRoZSBvdXRsaW5lIGFzIGl0IGlzIG5vdzsgdW5kZWZpbmVkICh3aXRoIGEgZmFpbHVyZSkgd2hlbiBpdCBjYW5ub3QgYmUgcmVhZC4gKi9cbiAgcHJpdmF0ZSBjaGFwdGVySXRlbXMoKTogQ2hhcHRlckl0ZW1zW10gfCB1bmRlZmluZWQge1xuICAgIHRyeSB7XG4gICAgICB0aGlzLmN0eC5pbnB1dHMub3V0bGluZSgpO1xuICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgIGNvbnN0IGZhaWx1cmUgPSBjbGFzc2lmeUZhaWx1cmUoZSwgdGhpcy5jdHguc2lnbmFsKTtcbiAgICAgIHRoaXMuY3R4LmZhaWx1cmVzLnB1c2goeyBpdGVtOiAnb3V0bGluZScsIHN0YWdlOiAnb3V0bGluZScsIGtpbmQ6IGZhaWx1cmUua2luZCwgbWVzc2FnZTogZmFpbHVyZS5tZXNzYWdlLCBleGl0Q29kZTogZmFpbHVyZS5leGl0Q29kZSB9KTtcbiAgICAgIHRoaXMuaGFsdGVkID0gdHJ1ZTtcbiAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gICAgfVxuICAgIHJldHVybiB0aGlzLmN0eC5zdGF0ZSgpLmNoYXB0ZXJzLm1hcCgocmVmKSA9PiAoeyByZWYsIGRyYWZ0OiB0aGlzLmNoYXB0ZXJJdGVtKCdkcmFmdCcsIHJlZi5udW1iZXIpLCByZXZpc2lvbjogdGhpcy5jaGFwdGVySXRlbSgncmV2aXNpb24nLCByZWYubnVtYmVyKSB9KSk7XG4gIH1cblxuICAvLyBcdTI1MDBcdTI1MDAgU3VtbWFyeSBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcblxuICBzdW1tYXJ5KGR1cmF0aW9uTXM6IG51bWJlcik6IFJ1blN1bW1hcnkge1xuICAgIGNvbnN0IHsgY3R4IH0gPSB0aGlzO1xuICAgIGNvbnN0IGNhbmNlbGxlZCA9IHRoaXMub3B0aW9ucy5zaWduYWw/LmFib3J0ZWQgPT09IHRydWUgJiYgIXRoaXMuZmF0YWw7XG4gICAgY29uc3Qgb3V0Y29tZSA9IGNhbmNlbGxlZCA/ICdjYW5jZWxsZWQnIDogdGhpcy5mYXRhbCB8fCBjdHguZmFpbHVyZXMubGVuZ3RoID4gMCA/ICdmYWlsZWQnIDogdGhpcy5zdG9wcGVkID8gJ3N0b3BwZWQnIDogJ2NvbXBsZXRlZCc7XG4gICAgY29uc3QgZXhpdENvZGUgPVxuICAgICAgb3V0Y29tZSA9PT0gJ2NhbmNlbGxlZCcgPyBFWElUX0NPREVTLmNhbmNlbGxlZCA6IHRoaXMuZmF0YWwgPyB0aGlzLmZhdGFsLmV4aXRDb2RlIDogb3V0Y29tZSA9PT0gJ2ZhaWxlZCcgPyAoY3R4LmZhaWx1cmVzWzBdPy5leGl0Q29kZSA/PyBFWElUX0NPREVTLnVuZXhwZWN0ZWQpIDogRVhJVF9DT0RFUy5vaztcbiAgICByZXR1cm4ge1xuICAgICAgb3V0Y29tZSxcbiAgICAgIGV4aXRDb2RlLFxuICAgICAgaXRlbXM6IGN0eC5zdGF0ZSgpLml0ZW1zLFxuICAgICAgZ2VuZXJhdGVkOiBbLi4uY3R4LmdlbmVyYXRlZF0sXG4gICAgICBmYWlsdXJlczogWy4uLmN0eC5mYWlsdXJlc10sXG4gICAgICBza2lwcGVkOiBbLi4uY3R4LnNraXBwZWRdLFxuICAgICAga2VwdEVkaXRlZDogWy4uLmN0eC5rZXB0RWRpdGVkXSxcbiAgICAgIGJhY2t1cHM6IFsuLi5jdHguYmFja3Vwc10sXG4gICAgICByZXF1ZXN0czogY3R4LnRvdGFscy5yZXF1ZXN0cyxcbiAgICAgIGFwaUNhbGxzOiBjdHgudG90YWxzLmFwaUNhbGxzLFxuICAgICAgY2FjaGVIaXRzOiBjdHgudG90YWxzLmNhY2hlSGl0cyxcbiAgICAgIHJldHJpZXM6IGN0eC50b3RhbHMucmV0cmllcyxcbiAgICAgIHJlc3RhcnRzOiBjdHgudG90YWxzLnJlc3RhcnRzLFxuICAgICAgd29yZHM6IGN0eC50b3RhbHMud29yZHMsXG4gICAgICB0b2tlbnM6IHsgcHJvbXB0OiBjdHgudG90YWxzLnByb21wdCwgb3V0cHV0OiBjdHgudG90YWxzLm91dHB1dCwgdGhpbmtpbmc6IGN0eC50b3RhbHMudGhpbmtpbmcgfSxcbiAgICAgIGR1cmF0aW9uTXMsXG4gICAgfTtcbiAgfVxufVxuXG4vKiogVGhlIGxhdGVyIG9mIHRoZSB0YXJnZXQgYW5kIHRoZSBzdGFnZSB0byByZWdlbmVyYXRlOiByZWdlbmVyYXRpbmcgYSBzdGFnZSBydW5zIHVwIHRvIGl0LiAqL1xuZnVuY3Rpb24gd2lkZXN0KHRhcmdldDogV29ya2Zsb3dTdGFnZSB8ICdhbGwnLCByZWdlbmVyYXRlOiBXb3JrZmxvd1N0YWdlIHwgdW5kZWZpbmVkKTogV29ya2Zsb3dTdGFnZSB8ICdhbGwnIHtcbiAgaWYgKHRhcmdldCA9PT0gJ2FsbCcgfHwgcmVnZW5lcmF0ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gdGFyZ2V0O1xuICByZXR1cm4gV09SS0ZMT1dfU1RBR0VTLmluZGV4T2YocmVnZW5lcmF0ZSkgPiBXT1JLRkxPV19TVEFHRVMuaW5kZXhPZih0YXJnZXQpID8gcmVnZW5lcmF0ZSA6IHRhcmdldDtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxrQkFBOEM7QUFDOUMsa0JBQW9EO0FBQ3BELG1CQUE0QjtBQUc1Qix3QkFBd0Q7QUFDeEQsb0JBQTJCO0FBRTNCLDBCQUFnQztBQUNoQyxzQkFBOEM7QUFDOUMsbUJBQXlHO0FBQ3pHLG1CQUFnRDtBQUNoRCw2QkFBOEI7QUFFOUIsd0JBQTJCO0FBQzNCLHNCQUEyQjtBQUMzQix1QkFBMEI7QUFDMUIsc0JBQThCO0FBRTlCLDZCQUFtQztBQXFDbkMsZUFBc0IsWUFBWSxTQUFrRDtBQUNsRixRQUFNLFFBQVEsUUFBUSxTQUFTO0FBQy9CLFFBQU0sVUFBVSxNQUFNLElBQUk7QUFDMUIsUUFBTSxPQUFPLFVBQU0seUJBQVksUUFBUSxJQUFJLFFBQVEsVUFBVSxFQUFFLE9BQU8sUUFBUSxTQUFTLGdCQUFnQixPQUFPLEdBQUcsUUFBUSxZQUFZLENBQUM7QUFDdEksUUFBTSxPQUFPLElBQUksZ0JBQWdCO0FBQ2pDLFFBQU0sV0FBVyxNQUFNLEtBQUssTUFBTSxRQUFRLFFBQVEsTUFBTTtBQUN4RCxNQUFJLFFBQVEsUUFBUSxRQUFTLFVBQVM7QUFBQSxNQUNqQyxTQUFRLFFBQVEsaUJBQWlCLFNBQVMsVUFBVSxFQUFFLE1BQU0sS0FBSyxDQUFDO0FBQ3ZFLFFBQU0sTUFBTSxRQUFRLE9BQU8sTUFBTSxVQUFVO0FBQzNDLE1BQUk7QUFDRixVQUFNLENBQUMsVUFBVSxPQUFPLElBQUksTUFBTSxRQUFRLElBQUksQ0FBQyw4QkFBYyxLQUFLLFFBQVEsSUFBSSxRQUFRLFFBQVEsR0FBRywyQkFBVyxLQUFLLFFBQVEsSUFBSSxRQUFRLFFBQVEsQ0FBQyxDQUFDO0FBQy9JLFVBQU0sTUFBTSxJQUFJLDZCQUFXLFFBQVEsSUFBSSxRQUFRLFVBQVUsUUFBUSxXQUFXLFFBQVEsVUFBVSxLQUFLLE9BQU8sS0FBSyxRQUFRLFVBQVUsU0FBUyxPQUFPO0FBQ2pKLFVBQU0sTUFBTSxJQUFJLFlBQVksS0FBSyxTQUFTLElBQUk7QUFDOUMsVUFBTSxJQUFJLFFBQVE7QUFDbEIsVUFBTSxVQUFVLElBQUksUUFBUSxNQUFNLElBQUksSUFBSSxPQUFPO0FBQ2pELFFBQUksS0FBSyxPQUFPLFFBQVEsT0FBTyxJQUFJLEVBQUUsT0FBTyxRQUFRLFVBQVUsV0FBVyxRQUFRLFVBQVUsUUFBUSxVQUFVLFFBQVEsVUFBVSxVQUFVLFFBQVEsVUFBVSxVQUFVLFFBQVEsU0FBUyxRQUFRLFVBQVUsUUFBUSxTQUFTLENBQUM7QUFDMU4sV0FBTztBQUFBLEVBQ1QsVUFBRTtBQUNBLFlBQVEsUUFBUSxvQkFBb0IsU0FBUyxRQUFRO0FBQ3JELFVBQU0sS0FBSyxRQUFRO0FBQUEsRUFDckI7QUFDRjtBQVlBLE1BQU0sWUFBWTtBQUFBLEVBUWhCLFlBQ21CLEtBQ0EsU0FDQSxNQUNqQjtBQUhpQjtBQUNBO0FBQ0E7QUFBQSxFQUNoQjtBQUFBLEVBSGdCO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQTtBQUFBLEVBVFg7QUFBQTtBQUFBLEVBRUEsU0FBUztBQUFBO0FBQUEsRUFFVCxVQUFVO0FBQUEsRUFRbEIsSUFBWSxXQUFvQjtBQUM5QixXQUFPLEtBQUssVUFBVSxLQUFLLFdBQVcsS0FBSyxJQUFJLE9BQU87QUFBQSxFQUN4RDtBQUFBLEVBRUEsTUFBTSxVQUF5QjtBQUM3QixVQUFNLGFBQVMseUJBQVcsT0FBTyxLQUFLLFFBQVEsVUFBVSxPQUFPLEtBQUssUUFBUSxVQUFVLENBQUM7QUFDdkYsZUFBVyxTQUFTLHFDQUFtQjtBQUNyQyxVQUFJLENBQUMsT0FBTyxJQUFJLEtBQUssS0FBSyxLQUFLLFNBQVU7QUFDekMsWUFBTSxLQUFLLGdCQUFnQixLQUFLO0FBQUEsSUFDbEM7QUFDQSxRQUFJLE9BQU8sSUFBSSxPQUFPLEtBQUssQ0FBQyxLQUFLLFNBQVUsT0FBTSxLQUFLLGNBQWMsT0FBTyxJQUFJLFVBQVUsQ0FBQztBQUMxRixRQUFJLE9BQU8sSUFBSSxZQUFZLEtBQUssQ0FBQyxLQUFLLFNBQVUsT0FBTSxLQUFLLGdCQUFnQjtBQUFBLEVBQzdFO0FBQUE7QUFBQSxFQUlBLE1BQWMsZ0JBQWdCLE9BQXVDO0FBQ25FLFVBQU0sT0FBTyxLQUFLLFVBQVUsS0FBSztBQUNqQyxRQUFJLFNBQVMsS0FBSyxRQUFRLGVBQWU7QUFDekMsUUFBSSxDQUFDLEtBQUssU0FBUyxNQUFNLE1BQU0sR0FBRztBQUNoQyxXQUFLLFdBQVcsTUFBTSxNQUFNO0FBQzVCO0FBQUEsSUFDRjtBQUNBLFNBQUssSUFBSSxhQUFhLE9BQU8sQ0FBQztBQUM5QixlQUFTO0FBQ1AsWUFBTSxTQUFTLE1BQU0sS0FBSyxRQUFRLE1BQU0sUUFBUSxDQUFDLGVBQVcsMkNBQW1CLEtBQUssS0FBSyxNQUFNLE1BQU0sQ0FBQztBQUN0RyxVQUFJLFdBQVcsU0FBVSxNQUFLLFNBQVM7QUFDdkMsVUFBSSxXQUFXLFVBQVcsTUFBTSxLQUFLLFNBQVMsT0FBTyxDQUFDLElBQUksQ0FBQyxNQUFPLGFBQWM7QUFDaEYsZUFBUztBQUFBLElBQ1g7QUFDQSxTQUFLLElBQUksY0FBYyxLQUFLO0FBQUEsRUFDOUI7QUFBQSxFQUVBLE1BQWMsY0FBYyxjQUFzQztBQUNoRSxVQUFNLFdBQVcsS0FBSyxhQUFhO0FBQ25DLFFBQUksQ0FBQyxTQUFVO0FBQ2YsVUFBTSxjQUFjLEtBQUssUUFBUSxlQUFlO0FBQ2hELFVBQU0saUJBQWlCLEtBQUssUUFBUSxlQUFlO0FBQ25ELFVBQU0sWUFBWSxJQUFJLDJCQUFVLEtBQUssSUFBSSxTQUFTLHlCQUF5QixDQUFDO0FBQzVFLFVBQU0sYUFBYSxLQUFLLElBQUksU0FBUyxvQkFBb0IsTUFBTTtBQUMvRCxVQUFNLFFBQVEsQ0FBQyxHQUFpQixXQUFvQixVQUFVLElBQUksTUFBTSxLQUFLLFdBQVcsRUFBRSxPQUFPLEVBQUUsS0FBSyxNQUFNLENBQUM7QUFDL0csVUFBTSxTQUFTLENBQUMsR0FBaUIsV0FDL0IsZ0JBQWdCLENBQUMsS0FBSyxZQUFZLEtBQUssWUFBWSxFQUFFLEtBQUssSUFBSSxVQUFVLElBQUksTUFBTSxLQUFLLFdBQVcsRUFBRSxVQUFVLEVBQUUsS0FBSyxNQUFNLENBQUMsSUFBSSxRQUFRLFFBQW9CLFNBQVM7QUFDdkssVUFBTSxZQUFZLE9BQU8sUUFBaUIsU0FBb0Q7QUFDNUYsVUFBSSxXQUE2QixRQUFRLFFBQVE7QUFDakQsWUFBTSxRQUFRLFNBQVMsSUFBSSxDQUFDLE1BQU07QUFFaEMsY0FBTSxPQUFPLGFBQWEsU0FBUyxLQUFLLE1BQU0sTUFBTSxHQUFHLE1BQU0sQ0FBQyxJQUFJLE1BQU0sR0FBRyxNQUFNO0FBQ2pGLG1CQUFXO0FBQ1gsZUFBTyxPQUFPLEtBQUssS0FBSyxNQUFNLEtBQUssQ0FBQyxDQUFDLElBQUk7QUFBQSxNQUMzQyxDQUFDO0FBQ0QsWUFBTSxRQUFRLElBQUksS0FBSztBQUFBLElBQ3pCO0FBRUEsU0FBSyxJQUFJLGFBQWEsU0FBUyxTQUFTLE9BQU8sQ0FBQyxNQUFNLEtBQUssU0FBUyxFQUFFLE9BQU8sV0FBVyxDQUFDLEVBQUUsTUFBTTtBQUNqRyxRQUFJLGFBQWMsTUFBSyxJQUFJLGFBQWEsWUFBWSxTQUFTLE9BQU8sQ0FBQyxNQUFNLEtBQUssU0FBUyxFQUFFLE9BQU8sV0FBVyxLQUFLLEtBQUssU0FBUyxFQUFFLFVBQVUsY0FBYyxDQUFDLEVBQUUsTUFBTTtBQUNuSyxRQUFJLENBQUMsS0FBSyxZQUFZLEdBQUc7QUFFdkIsWUFBTSxVQUFVLGFBQWEsQ0FBQyxNQUFNLE9BQU8sR0FBRyxjQUFjLENBQUM7QUFBQSxJQUMvRCxPQUFPO0FBQ0wsWUFBTSxLQUFLLGFBQWEsU0FBUyxTQUFTLElBQUksQ0FBQyxNQUFNLEVBQUUsS0FBSyxHQUFHLGFBQWEsQ0FBQyxXQUFXLFVBQVUsTUFBTSxDQUFDO0FBQ3pHLFVBQUksZ0JBQWdCLENBQUMsS0FBSyxVQUFVO0FBQ2xDLGNBQU0sS0FBSyxhQUFhLFlBQVksU0FBUyxJQUFJLENBQUMsTUFBTSxFQUFFLFFBQVEsR0FBRyxnQkFBZ0IsQ0FBQyxXQUFXLFFBQVEsSUFBSSxTQUFTLElBQUksQ0FBQyxNQUFNLE9BQU8sR0FBRyxNQUFNLENBQUMsQ0FBQyxDQUFDO0FBQUEsTUFDdEo7QUFBQSxJQUNGO0FBQ0EsU0FBSyxJQUFJLGNBQWMsT0FBTztBQUM5QixRQUFJLGFBQWMsTUFBSyxJQUFJLGNBQWMsVUFBVTtBQUFBLEVBQ3JEO0FBQUEsRUFFQSxNQUFjLGtCQUFpQztBQUM3QyxVQUFNLE9BQU8sS0FBSyxVQUFVLFlBQVk7QUFDeEMsVUFBTSxTQUFTLEtBQUssUUFBUSxlQUFlO0FBQzNDLFFBQUksQ0FBQyxLQUFLLFNBQVMsTUFBTSxNQUFNLEVBQUc7QUFDbEMsVUFBTSxRQUFRLEtBQUssSUFBSSxNQUFNO0FBQzdCLFVBQU0sVUFBVSxNQUFNLFNBQVMsT0FBTyxDQUFDLE1BQU0sQ0FBQyxLQUFLLFlBQVksS0FBSyxZQUFZLFNBQVMsRUFBRSxNQUFNLENBQUMsQ0FBQztBQUNuRyxRQUFJLE1BQU0sU0FBUyxXQUFXLEtBQUssUUFBUSxTQUFTLEdBQUc7QUFDckQsWUFBTSxNQUFNLE1BQU0sU0FBUyxXQUFXLElBQUksZ0NBQWdDLFdBQVcsUUFBUSxJQUFJLENBQUMsTUFBTSxFQUFFLE1BQU0sRUFBRSxLQUFLLElBQUksQ0FBQztBQUM1SCxXQUFLLElBQUksSUFBSSxLQUFLLHFDQUFxQyxHQUFHLEVBQUU7QUFDNUQsVUFBSSxLQUFLLElBQUksU0FBUyxXQUFXLEVBQUcsTUFBSyxJQUFJLFNBQVMsS0FBSyxFQUFFLE1BQU0sS0FBSyxJQUFJLE9BQU8sY0FBYyxNQUFNLFdBQVcsU0FBUyxrQkFBa0IsR0FBRyxJQUFJLFVBQVUseUJBQVcsV0FBVyxDQUFDO0FBQ3JMO0FBQUEsSUFDRjtBQUNBLFNBQUssSUFBSSxhQUFhLGNBQWMsQ0FBQztBQUNyQyxVQUFNLEtBQUssUUFBUSxNQUFNLFFBQVEsVUFBTSxzQ0FBYyxLQUFLLEtBQUssSUFBSSxDQUFDO0FBQ3BFLFNBQUssSUFBSSxjQUFjLFlBQVk7QUFBQSxFQUNyQztBQUFBO0FBQUEsRUFJUSxXQUFXLE1BQXdCLEtBQXdCLFFBQXNDO0FBQ3ZHLFdBQU8sS0FBSyxRQUFRLE1BQU0sUUFBUSxDQUFDLGVBQVcscUNBQWdCLEtBQUssS0FBSyxFQUFFLE1BQU0sU0FBUyxLQUFLLE9BQU8sT0FBTyxDQUFDLENBQUM7QUFBQSxFQUNoSDtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFNQSxNQUFjLFFBQVEsTUFBaUIsUUFBaUIsS0FBK0I7QUFDckYsUUFBSSxLQUFLLFNBQVUsUUFBTztBQUMxQixRQUFJLENBQUMsS0FBSyxTQUFTLE1BQU0sTUFBTSxFQUFHLFFBQU8sS0FBSyxXQUFXLE1BQU0sTUFBTTtBQUNyRSxVQUFNLFNBQVMsS0FBSyxJQUFJLE9BQU8sRUFBRSxPQUFPLEtBQUssTUFBTTtBQUVuRCxVQUFNLEtBQUssSUFBSSxhQUFhLElBQUk7QUFDaEMsVUFBTSxZQUFZLEtBQUssSUFBSSxZQUFZLElBQUk7QUFDM0MsUUFBSTtBQUNGLFlBQU0sT0FBTyxNQUFNLElBQUksTUFBTTtBQUM3QixXQUFLLElBQUksYUFBYSxNQUFNLFdBQVcsUUFBUSxLQUFLLE9BQU8sS0FBSyxNQUFNO0FBQ3RFLGFBQU87QUFBQSxJQUNULFNBQVMsR0FBRztBQUNWLGFBQU8sS0FBSyxXQUFXLE1BQU0sR0FBRyxRQUFRLFNBQVM7QUFBQSxJQUNuRDtBQUFBLEVBQ0Y7QUFBQSxFQUVRLFdBQVcsTUFBaUIsUUFBNkI7QUFDL0QsUUFBSSxLQUFLLElBQUksUUFBUSxLQUFLLEVBQUUsR0FBRyxVQUFVLFNBQVUsUUFBTztBQUMxRCxRQUFJLFFBQVE7QUFDVixXQUFLLElBQUksV0FBVyxLQUFLLEtBQUssRUFBRTtBQUNoQyxXQUFLLElBQUksSUFBSSxLQUFLLEdBQUcsS0FBSyxJQUFJLG9HQUFvRztBQUFBLElBQ3BJO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVRLFNBQVMsTUFBaUIsUUFBMEI7QUFDMUQsVUFBTSxRQUFRLEtBQUssSUFBSSxRQUFRLEtBQUssRUFBRSxHQUFHO0FBQ3pDLFlBQVEsT0FBTztBQUFBLE1BQ2IsS0FBSztBQUFBLE1BQ0wsS0FBSztBQUFBLE1BQ0wsS0FBSztBQUFBLE1BQ0wsS0FBSztBQUNILGVBQU87QUFBQSxNQUNULEtBQUs7QUFBQSxNQUNMLEtBQUs7QUFDSCxlQUFPO0FBQUEsTUFDVCxLQUFLO0FBQ0gsZUFBTyxVQUFVLEtBQUssUUFBUSxVQUFVO0FBQUEsTUFDMUM7QUFDRSxlQUFPO0FBQUEsSUFDWDtBQUFBLEVBQ0Y7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEVBTUEsTUFBYyxXQUFXLE1BQWlCLE9BQWdCLFFBQWdDLFdBQXdDO0FBQ2hJLFVBQU0sY0FBVSxpQ0FBZ0IsT0FBTyxLQUFLLElBQUksTUFBTTtBQUN0RCxRQUFJLFFBQVEsVUFBVSxVQUFVO0FBQzlCLFlBQU0sTUFBTSxLQUFLLElBQUksUUFBUSxLQUFLLEVBQUU7QUFDcEMsV0FBSyxJQUFJLFFBQVEsTUFBTSxLQUFLLFNBQVMsV0FBVyxLQUFLLE1BQU07QUFDM0QsYUFBTztBQUFBLElBQ1Q7QUFDQSxRQUFJLFFBQVEsVUFBVSxPQUFPO0FBQzNCLFdBQUssVUFBVTtBQUNmLFdBQUssSUFBSSxJQUFJLE1BQU0sR0FBRyxLQUFLLEVBQUUsS0FBSyxRQUFRLE9BQU8sNEJBQXVCLEVBQUUsTUFBTSxRQUFRLEtBQUssQ0FBQztBQUM5RixXQUFLLEtBQUssTUFBTSxJQUFJLE1BQU0sUUFBUSxPQUFPLENBQUM7QUFBQSxJQUM1QyxXQUFXLEtBQUssVUFBVSxJQUFJLEdBQUc7QUFDL0IsV0FBSyxJQUFJLElBQUksS0FBSyxHQUFHLEtBQUssRUFBRSxLQUFLLFFBQVEsT0FBTyxtRUFBOEQsRUFBRSxNQUFNLFFBQVEsS0FBSyxDQUFDO0FBQ3BJLFlBQU0sS0FBSyxJQUFJLFdBQVcsTUFBTSw0QkFBNEIsUUFBUSxPQUFPLElBQUksTUFBTTtBQUNyRixXQUFLLElBQUksYUFBYSxNQUFNLFdBQVcsV0FBVyxHQUFHLEtBQUs7QUFDMUQsYUFBTztBQUFBLElBQ1QsT0FBTztBQUNMLFdBQUssSUFBSSxJQUFJLE1BQU0sR0FBRyxLQUFLLEVBQUUsS0FBSyxRQUFRLE9BQU8sSUFBSSxFQUFFLE1BQU0sUUFBUSxLQUFLLENBQUM7QUFBQSxJQUM3RTtBQUNBLFNBQUssSUFBSSxTQUFTLEtBQUssRUFBRSxNQUFNLEtBQUssSUFBSSxPQUFPLEtBQUssT0FBTyxHQUFJLEtBQUssWUFBWSxTQUFZLEVBQUUsU0FBUyxLQUFLLFFBQVEsSUFBSSxDQUFDLEdBQUksTUFBTSxRQUFRLE1BQU0sU0FBUyxRQUFRLFNBQVMsVUFBVSxRQUFRLFNBQVMsQ0FBQztBQUN2TSxVQUFNLEtBQUssSUFBSSxjQUFjLE1BQU0sU0FBUyxNQUFNO0FBQ2xELFNBQUssSUFBSSxXQUFXLE1BQU0sT0FBTztBQUNqQyxXQUFPO0FBQUEsRUFDVDtBQUFBO0FBQUEsRUFHUSxVQUFVLE1BQTBCO0FBQzFDLFdBQU8sS0FBSyxVQUFVLGNBQWMsS0FBSyxJQUFJLFNBQVMsbUJBQW1CLEVBQUUsYUFBYSxtQkFBbUIsS0FBSyxJQUFJLFNBQVMsNkJBQTZCO0FBQUEsRUFDNUo7QUFBQSxFQUVRLFlBQVksT0FBa0M7QUFDcEQsVUFBTSxRQUFRLEtBQUssSUFBSSxRQUFRLE1BQU0sRUFBRSxHQUFHO0FBQzFDLFdBQU8sVUFBVSxVQUFVLFVBQVU7QUFBQSxFQUN2QztBQUFBO0FBQUEsRUFJUSxjQUF1QjtBQUM3QixXQUFPLEtBQUssSUFBSSxTQUFTLDBCQUEwQixLQUFLLEtBQUssUUFBUSxZQUFZO0FBQUEsRUFDbkY7QUFBQTtBQUFBLEVBR0EsTUFBYyxhQUFhLE9BQXNCLE9BQTZCLFFBQWlCLEtBQTJEO0FBQ3hKLGFBQVMsUUFBUSxVQUFVLFFBQVEsTUFBTTtBQUN2QyxZQUFNLFNBQVMsS0FBSyxJQUFJLFVBQVU7QUFDbEMsWUFBTSxJQUFJLEtBQUs7QUFDZixZQUFNLE9BQU8sS0FBSyxJQUFJLFVBQVUsTUFBTSxNQUFNLEVBQUUsU0FBUztBQUN2RCxVQUFJLENBQUMsUUFBUSxLQUFLLFlBQWEsTUFBTSxLQUFLLFNBQVMsT0FBTyxLQUFLLE1BQU8sYUFBYztBQUFBLElBQ3RGO0FBQUEsRUFDRjtBQUFBLEVBRUEsTUFBYyxTQUFTLE9BQXNCLE9BQXdEO0FBQ25HLFFBQUksQ0FBQyxLQUFLLFlBQVksS0FBSyxLQUFLLFNBQVUsUUFBTztBQUNqRCxTQUFLLElBQUksY0FBYyxLQUFLO0FBQzVCLFVBQU0sU0FBUyxNQUFNLElBQUksQ0FBQyxNQUFNLEtBQUssSUFBSSxRQUFRLEVBQUUsRUFBRSxDQUFDLEVBQUUsT0FBTyxDQUFDLE1BQXNCLE1BQU0sTUFBUztBQUNyRyxVQUFNLFdBQVcsTUFBTSxLQUFLLFFBQVEsUUFBUyxPQUFPLEVBQUUsT0FBTyxPQUFPLFFBQVEsT0FBTyxPQUFPLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSSxFQUFFLENBQUM7QUFDOUcsUUFBSSxhQUFhLE9BQVEsTUFBSyxVQUFVO0FBQ3hDLFdBQU87QUFBQSxFQUNUO0FBQUE7QUFBQSxFQUlRLFVBQVUsT0FBc0IsU0FBNkI7QUFDbkUsVUFBTSxTQUFLLHFCQUFPLE9BQU8sT0FBTztBQUNoQyxVQUFNLFdBQVcsS0FBSyxJQUFJLE1BQU0sRUFBRTtBQUNsQyxVQUFNLFlBQVEseUJBQVcsVUFBVSxLQUFLLElBQUksU0FBUyxvQkFBb0IsQ0FBQyxFQUFFLEtBQUssQ0FBQyxNQUFNLEVBQUUsT0FBTyxFQUFFO0FBQ25HLFFBQUksQ0FBQyxNQUFPLE9BQU0sSUFBSSxNQUFNLGlCQUFpQixFQUFFLEVBQUU7QUFDakQsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVRLFlBQVksT0FBa0MsU0FBbUM7QUFDdkYsVUFBTSxPQUFPLEtBQUssVUFBVSxPQUFPLE9BQU87QUFDMUMsUUFBSSxLQUFDLDRCQUFjLElBQUksRUFBRyxPQUFNLElBQUksTUFBTSxHQUFHLEtBQUssRUFBRSx3QkFBd0I7QUFDNUUsV0FBTztBQUFBLEVBQ1Q7QUFBQTtBQUFBLEVBR1EsZUFBMkM7QUFDakQsUUFBSTtBQUNGLFdBQUssSUFBSSxPQUFPLFFBQVE7QUFBQSxJQUMxQixTQUFTLEdBQUc7QUFDVixZQUFNLGNBQVUsaUNBQWdCLEdBQUcsS0FBSyxJQUFJLE1BQU07QUFDbEQsV0FBSyxJQUFJLFNBQVMsS0FBSyxFQUFFLE1BQU0sV0FBVyxPQUFPLFdBQVcsTUFBTSxRQUFRLE1BQU0sU0FBUyxRQUFRLFNBQVMsVUFBVSxRQUFRLFNBQVMsQ0FBQztBQUN0SSxXQUFLLFNBQVM7QUFDZCxhQUFPO0FBQUEsSUFDVDtBQUNBLFdBQU8sS0FBSyxJQUFJLE1BQU0sRUFBRSxTQUFTLElBQUksQ0FBQyxTQUFTLEVBQUUsS0FBSyxPQUFPLEtBQUssWUFBWSxTQUFTLElBQUksTUFBTSxHQUFHLFVBQVUsS0FBSyxZQUFZLFlBQVksSUFBSSxNQUFNLEVBQUUsRUFBRTtBQUFBLEVBQzNKO0FBQUE7QUFBQSxFQUlBLFFBQVEsWUFBZ0M7QUFDdEMsVUFBTSxFQUFFLElBQUksSUFBSTtBQUNoQixVQUFNLFlBQVksS0FBSyxRQUFRLFFBQVEsWUFBWSxRQUFRLENBQUMsS0FBSztBQUNqRSxVQUFNLFVBQVUsWUFBWSxjQUFjLEtBQUssU0FBUyxJQUFJLFNBQVMsU0FBUyxJQUFJLFdBQVcsS0FBSyxVQUFVLFlBQVk7QUFDeEgsVUFBTSxXQUNKLFlBQVksY0FBYyx5QkFBVyxZQUFZLEtBQUssUUFBUSxLQUFLLE1BQU0sV0FBVyxZQUFZLFdBQVksSUFBSSxTQUFTLENBQUMsR0FBRyxZQUFZLHlCQUFXLGFBQWMseUJBQVc7QUFDL0ssV0FBTztBQUFBLE1BQ0w7QUFBQSxNQUNBO0FBQUEsTUFDQSxPQUFPLElBQUksTUFBTSxFQUFFO0FBQUEsTUFDbkIsV0FBVyxDQUFDLEdBQUcsSUFBSSxTQUFTO0FBQUEsTUFDNUIsVUFBVSxDQUFDLEdBQUcsSUFBSSxRQUFRO0FBQUEsTUFDMUIsU0FBUyxDQUFDLEdBQUcsSUFBSSxPQUFPO0FBQUEsTUFDeEIsWUFBWSxDQUFDLEdBQUcsSUFBSSxVQUFVO0FBQUEsTUFDOUIsU0FBUyxDQUFDLEdBQUcsSUFBSSxPQUFPO0FBQUEsTUFDeEIsVUFBVSxJQUFJLE9BQU87QUFBQSxNQUNyQixVQUFVLElBQUksT0FBTztBQUFBLE1BQ3JCLFdBQVcsSUFBSSxPQUFPO0FBQUEsTUFDdEIsU0FBUyxJQUFJLE9BQU87QUFBQSxNQUNwQixVQUFVLElBQUksT0FBTztBQUFBLE1BQ3JCLE9BQU8sSUFBSSxPQUFPO0FBQUEsTUFDbEIsUUFBUSxFQUFFLFFBQVEsSUFBSSxPQUFPLFFBQVEsUUFBUSxJQUFJLE9BQU8sUUFBUSxVQUFVLElBQUksT0FBTyxTQUFTO0FBQUEsTUFDOUY7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNGO0FBR0EsU0FBUyxPQUFPLFFBQStCLFlBQThEO0FBQzNHLE1BQUksV0FBVyxTQUFTLGVBQWUsT0FBVyxRQUFPO0FBQ3pELFNBQU8sNEJBQWdCLFFBQVEsVUFBVSxJQUFJLDRCQUFnQixRQUFRLE1BQU0sSUFBSSxhQUFhO0FBQzlGOyIsCiAgIm5hbWVzIjogW10KfQo=
