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
var runContext_exports = {};
__export(runContext_exports, {
  RunContext: () => RunContext
});
module.exports = __toCommonJS(runContext_exports);
var import_node_path = require("node:path");
var import_atomicWrite = require("../checkpoint/atomicWrite");
var import_backups = require("../checkpoint/backups");
var import_checkpointFile = require("../checkpoint/checkpointFile");
var import_hash = require("../hash");
var import_state = require("./state");
var import_storyInputs = require("./storyInputs");
const encoder = new TextEncoder();
const WORDS_EVENT_MS = 250;
class RunContext {
  constructor(fs, storyDir, generator, settings, log, clock, signal, snapshot, records, hooks) {
    this.fs = fs;
    this.storyDir = storyDir;
    this.generator = generator;
    this.settings = settings;
    this.log = log;
    this.clock = clock;
    this.signal = signal;
    this.snapshot = snapshot;
    this.records = records;
    this.hooks = hooks;
    this.inputs = new import_storyInputs.StoryInputs(snapshot);
  }
  fs;
  storyDir;
  generator;
  settings;
  log;
  clock;
  signal;
  snapshot;
  records;
  hooks;
  inputs;
  generated = [];
  failures = [];
  skipped = [];
  keptEdited = [];
  backups = [];
  totals = { requests: 0, apiCalls: 0, cacheHits: 0, retries: 0, restarts: 0, words: 0, prompt: 0, output: 0, thinking: 0 };
  streaming = /* @__PURE__ */ new Map();
  stageProgress = /* @__PURE__ */ new Map();
  version = 0;
  computed;
  // ── State ──────────────────────────────────────────────────────────────────────────────────
  /** The story's state as of the last write (recomputed only when something changed). */
  state() {
    if (this.computed?.version !== this.version) {
      const state = (0, import_state.stateFromSnapshot)(this.storyDir, this.snapshot, (id) => this.records.get(id), { draftMode: this.settings["workflow.draftMode"] });
      this.computed = { version: this.version, state };
    }
    return this.computed.state;
  }
  stateOf(id) {
    return this.state().items.find((i) => i.id === id);
  }
  hashes() {
    return new import_state.InputHashes(this.snapshot, this.state().chapters);
  }
  /** Call after changing the snapshot or the records outside `commit`. */
  touch() {
    this.version++;
  }
  // ── Generation ─────────────────────────────────────────────────────────────────────────────
  modelFor(stage) {
    return this.settings.stageModels[stage] ?? this.settings.model;
  }
  request(prompt) {
    return {
      model: this.modelFor(prompt.stage),
      prompt: prompt.prompt,
      systemInstruction: prompt.systemInstruction,
      temperature: this.settings.temperature,
      maxOutputTokens: this.settings.maxOutputTokens,
      thinkingBudget: this.settings.thinkingBudget
    };
  }
  async generateText(item, request, options) {
    return this.counted(() => this.generator.generateText(request, { ...options, signal: this.signal, label: item.id }));
  }
  async generateJson(item, request, schema, options) {
    return this.counted(() => this.generator.generateJson(request, schema, { ...options, signal: this.signal, label: item.id }));
  }
  async counted(call) {
    this.totals.requests++;
    try {
      const result = await call();
      if (result.fromCache) this.totals.cacheHits++;
      else this.totals.apiCalls++;
      this.totals.prompt += result.usage.promptTokens;
      this.totals.output += result.usage.outputTokens;
      this.totals.thinking += result.usage.thinkingTokens;
      return result;
    } catch (e) {
      this.totals.apiCalls++;
      throw e;
    }
  }
  // ── Writing ────────────────────────────────────────────────────────────────────────────────
  /**
   * Writes an item's file with its checkpoint front matter, atomically. If what is on disk now is
   * the writer's (edited, hand-written or damaged) it is backed up first — whether the overwrite
   * was forced or the writer edited the file while it was being regenerated.
   */
  async commit(item, body, parts) {
    await this.backupIfWriters(item.file);
    const meta = {
      stage: item.stage,
      ...item.chapter !== void 0 ? { chapter: item.chapter } : {},
      model: parts.model,
      promptHash: parts.promptHash,
      inputs: parts.inputs,
      bodyHash: (0, import_hash.bodyHash)(body),
      usage: { promptTokens: parts.usage.promptTokens, outputTokens: parts.usage.outputTokens, thinkingTokens: parts.usage.thinkingTokens },
      durationMs: parts.durationMs,
      generatedAt: new Date(this.clock.now()).toISOString(),
      words: parts.words,
      ...parts.flags && parts.flags.length > 0 ? { flags: [...new Set(parts.flags)] } : {},
      ...parts.cached ? { cached: true } : {}
    };
    const bytes = encoder.encode((0, import_checkpointFile.renderCheckpoint)(meta, body));
    await (0, import_atomicWrite.writeFileAtomic)(this.fs, import_node_path.posix.join(this.storyDir, item.file), bytes);
    this.snapshot.setFile(item.file, bytes);
    await this.records.clear(item.id);
    this.generated.push(item.id);
    this.totals.words += parts.words;
    this.touch();
    this.changed(item, "done");
    return meta;
  }
  async backupIfWriters(file) {
    const path = import_node_path.posix.join(this.storyDir, file);
    if (!await this.fs.stat(path)) return;
    const read = (0, import_checkpointFile.classifyCheckpoint)(await this.fs.readFile(path), file);
    const pristine = read.kind === "checkpoint" && (0, import_hash.bodyHash)(read.body) === read.meta.bodyHash;
    if (pristine) return;
    const backup = await (0, import_backups.backupFile)(this.fs, this.storyDir, file, this.clock);
    if (backup) {
      this.backups.push(backup);
      this.log.info(`Backed up the writer's ${file} before replacing it`, { backup });
    }
  }
  async forgetRecord(item) {
    if (!this.records.get(item.id)) return;
    await this.records.clear(item.id);
    this.touch();
  }
  async recordFailure(item, failure, inputs) {
    await this.records.set(item.id, { state: "failed", reason: failure.message, kind: failure.kind, at: new Date(this.clock.now()).toISOString(), inputs });
    this.touch();
    this.changed(item, "failed", failure.message);
  }
  async recordSkip(item, reason, inputs) {
    await this.records.set(item.id, { state: "skipped", reason, at: new Date(this.clock.now()).toISOString(), inputs });
    this.skipped.push(item.id);
    this.touch();
    this.changed(item, "skipped", reason);
  }
  // ── Reporting ──────────────────────────────────────────────────────────────────────────────
  changed(item, state, reason) {
    this.hooks.events?.fire({
      storyDir: this.storyDir,
      id: item.id,
      stage: item.stage,
      ...item.chapter !== void 0 ? { chapter: item.chapter } : {},
      state,
      ...reason !== void 0 ? { reason } : {}
    });
  }
  stageStarted(stage, total) {
    this.stageProgress.set(stage, { total, started: 0, finished: 0, durations: [] });
    this.emit({ type: "stage-started", stage, total });
  }
  stageFinished(stage) {
    const p = this.stageProgress.get(stage);
    this.emit({ type: "stage-finished", stage, ...p ? { total: p.total } : {} });
  }
  itemStarted(item) {
    const p = this.progressOf(item.stage);
    p.started++;
    this.changed(item, "running");
    this.emit({ type: "item-started", ...this.where(item), index: p.started, total: p.total, ...this.eta(item.stage) });
    return this.clock.now();
  }
  itemFinished(item, startedAt, state, itemWords, cached) {
    const p = this.progressOf(item.stage);
    p.finished++;
    p.durations.push(this.clock.now() - startedAt);
    this.streaming.delete(item.id);
    this.emit({ type: "item-finished", ...this.where(item), index: p.finished, total: p.total, state, itemWords, cached, ...this.eta(item.stage) });
  }
  itemFailed(item, failure) {
    const p = this.progressOf(item.stage);
    p.finished++;
    this.streaming.delete(item.id);
    this.emit({ type: "item-failed", ...this.where(item), index: p.finished, total: p.total, kind: failure.kind, message: failure.message });
  }
  approvalAsked(stage) {
    this.emit({ type: "approval", stage });
  }
  /** Streamed text of an item (the whole text so far, continuation prefix included). */
  streamed(item, delta, soFar, words) {
    this.hooks.onText?.(item.id, delta, soFar);
    const entry = this.streaming.get(item.id) ?? { words: 0, lastEventAt: Number.NEGATIVE_INFINITY };
    entry.words = words;
    this.streaming.set(item.id, entry);
    const now = this.clock.now();
    if (now - entry.lastEventAt < WORDS_EVENT_MS) return;
    entry.lastEventAt = now;
    this.emit({ type: "words", ...this.where(item), itemWords: words, ...this.eta(item.stage) });
  }
  restarted(item) {
    this.totals.restarts++;
    this.streaming.delete(item.id);
    this.hooks.onRestart?.(item.id);
  }
  where(item) {
    return { stage: item.stage, ...item.chapter !== void 0 ? { chapter: item.chapter } : {}, itemId: item.id };
  }
  progressOf(stage) {
    let p = this.stageProgress.get(stage);
    if (!p) {
      p = { total: 1, started: 0, finished: 0, durations: [] };
      this.stageProgress.set(stage, p);
    }
    return p;
  }
  /** Mean time per finished item × items left, spread over the chapters that run at once. */
  eta(stage) {
    const p = this.stageProgress.get(stage);
    if (!p || p.durations.length === 0) return {};
    const mean = p.durations.reduce((a, b) => a + b, 0) / p.durations.length;
    const left = Math.max(0, p.total - p.finished);
    const lanes = Math.max(1, Math.min(left, this.settings["rateLimit.maxConcurrent"]));
    return { etaMs: Math.round(mean * left / lanes) };
  }
  emit(event) {
    if (!this.hooks.onProgress) return;
    let streamingWords = 0;
    for (const s of this.streaming.values()) streamingWords += s.words;
    const tokens = this.totals.prompt + this.totals.output + this.totals.thinking;
    try {
      this.hooks.onProgress({ ...event, words: this.totals.words + streamingWords, tokens });
    } catch (e) {
      this.log.warn("A progress listener failed", { error: String(e) });
    }
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  RunContext
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvd29ya2Zsb3cvcnVuQ29udGV4dC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0IHsgcG9zaXggfSBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHsgd3JpdGVGaWxlQXRvbWljIH0gZnJvbSAnLi4vY2hlY2twb2ludC9hdG9taWNXcml0ZSc7XG5pbXBvcnQgeyBiYWNrdXBGaWxlIH0gZnJvbSAnLi4vY2hlY2twb2ludC9iYWNrdXBzJztcbmltcG9ydCB7IGNsYXNzaWZ5Q2hlY2twb2ludCwgcmVuZGVyQ2hlY2twb2ludCB9IGZyb20gJy4uL2NoZWNrcG9pbnQvY2hlY2twb2ludEZpbGUnO1xuaW1wb3J0IHR5cGUgeyBDaGVja3BvaW50RmxhZywgQ2hlY2twb2ludE1ldGEsIFdvcmtmbG93U3RhZ2UgfSBmcm9tICcuLi9jaGVja3BvaW50L21ldGEnO1xuaW1wb3J0IHR5cGUgeyBNb2RlbFN0YWdlLCBTZXR0aW5ncyB9IGZyb20gJy4uL2NvbmZpZy9zZXR0aW5ncyc7XG5pbXBvcnQgeyBib2R5SGFzaCB9IGZyb20gJy4uL2hhc2gnO1xuaW1wb3J0IHR5cGUgeyBDbG9jaywgRmlsZVN5c3RlbSwgTG9nZ2VyIH0gZnJvbSAnLi4vcG9ydHMnO1xuaW1wb3J0IHR5cGUgeyBTdGFnZVByb21wdCB9IGZyb20gJy4uL3Byb21wdHMvc3RhZ2VQcm9tcHQnO1xuaW1wb3J0IHR5cGUgeyBDYWxsT3B0aW9ucywgR2VuZXJhdGVSZXF1ZXN0LCBKc29uUmVzdWx0LCBUZXh0R2VuZXJhdG9yLCBUZXh0UmVzdWx0LCBVc2FnZSB9IGZyb20gJy4uLy4uL2dlbWluaS90eXBlcyc7XG5pbXBvcnQgdHlwZSB7IHogfSBmcm9tICd6b2QnO1xuaW1wb3J0IHR5cGUgeyBGYWlsdXJlIH0gZnJvbSAnLi9mYWlsdXJlcyc7XG5pbXBvcnQgdHlwZSB7IEdyYXBoSXRlbSB9IGZyb20gJy4vZ3JhcGgnO1xuaW1wb3J0IHR5cGUgeyBJdGVtSWQsIEl0ZW1TdGF0dXMgfSBmcm9tICcuL2l0ZW1zJztcbmltcG9ydCB0eXBlIHsgUHJvZ3Jlc3NFdmVudCwgUnVuRmFpbHVyZSB9IGZyb20gJy4vcHJvZ3Jlc3MnO1xuaW1wb3J0IHR5cGUgeyBSdW5SZWNvcmRzIH0gZnJvbSAnLi9ydW5TdGF0ZSc7XG5pbXBvcnQgdHlwZSB7IFN0b3J5U25hcHNob3QgfSBmcm9tICcuL3NuYXBzaG90JztcbmltcG9ydCB7IElucHV0SGFzaGVzLCBzdGF0ZUZyb21TbmFwc2hvdCwgdHlwZSBJdGVtU3RhdGUsIHR5cGUgU3RvcnlTdGF0ZSB9IGZyb20gJy4vc3RhdGUnO1xuaW1wb3J0IHsgU3RvcnlJbnB1dHMgfSBmcm9tICcuL3N0b3J5SW5wdXRzJztcbmltcG9ydCB0eXBlIHsgV29ya2Zsb3dFdmVudHMgfSBmcm9tICcuL3dvcmtmbG93RXZlbnRzJztcblxuY29uc3QgZW5jb2RlciA9IG5ldyBUZXh0RW5jb2RlcigpO1xuXG5leHBvcnQgaW50ZXJmYWNlIFJ1bkhvb2tzIHtcbiAgcmVhZG9ubHkgb25Qcm9ncmVzcz86IChldmVudDogUHJvZ3Jlc3NFdmVudCkgPT4gdm9pZDtcbiAgcmVhZG9ubHkgb25UZXh0PzogKGl0ZW1JZDogSXRlbUlkLCBkZWx0YTogc3RyaW5nLCBzb0Zhcjogc3RyaW5nKSA9PiB2b2lkO1xuICByZWFkb25seSBvblJlc3RhcnQ/OiAoaXRlbUlkOiBJdGVtSWQpID0+IHZvaWQ7XG4gIHJlYWRvbmx5IGV2ZW50cz86IFdvcmtmbG93RXZlbnRzO1xufVxuXG4vKiogV2hhdCBhIGdlbmVyYXRlZCBmaWxlJ3MgZnJvbnQgbWF0dGVyIG5lZWRzIGJleW9uZCB3aGF0IGBjb21taXRgIHdvcmtzIG91dCBpdHNlbGYuICovXG5leHBvcnQgaW50ZXJmYWNlIENvbW1pdFBhcnRzIHtcbiAgcmVhZG9ubHkgbW9kZWw6IHN0cmluZztcbiAgcmVhZG9ubHkgcHJvbXB0SGFzaDogc3RyaW5nO1xuICByZWFkb25seSBpbnB1dHM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz47XG4gIHJlYWRvbmx5IHVzYWdlOiBVc2FnZSB8IENoZWNrcG9pbnRNZXRhWyd1c2FnZSddO1xuICByZWFkb25seSBkdXJhdGlvbk1zOiBudW1iZXI7XG4gIC8qKiBXb3JkcyBvZiB0aGUgdGV4dCBwcm9wZXIgKGEgY2hhcHRlcidzIHByb3NlLCBub3QgaXRzIGhlYWRpbmcpLiBEZWZhdWx0OiB0aGUgd2hvbGUgYm9keS4gKi9cbiAgcmVhZG9ubHkgd29yZHM6IG51bWJlcjtcbiAgcmVhZG9ubHkgZmxhZ3M/OiByZWFkb25seSBDaGVja3BvaW50RmxhZ1tdO1xuICByZWFkb25seSBjYWNoZWQ/OiBib29sZWFuO1xufVxuXG4vKiogVGhyb3R0bGUgZm9yIGB3b3Jkc2AgcHJvZ3Jlc3MgZXZlbnRzIHdoaWxlIHN0cmVhbWluZy4gKi9cbmNvbnN0IFdPUkRTX0VWRU5UX01TID0gMjUwO1xuXG4vKipcbiAqIEV2ZXJ5dGhpbmcgb25lIHJ1biBzaGFyZXM6IHRoZSBzdG9yeSdzIGZpbGVzIGFzIGxhc3Qgc2VlbiwgdGhlIHJ1biByZWNvcmRzLCB0aGUgZ2VuZXJhdG9yXG4gKiB3aXRoIGNvdW50aW5nLCBhbmQgdGhlIHJlcG9ydGluZyAocHJvZ3Jlc3MsIGl0ZW0gY2hhbmdlcywgc3VtbWFyeSB0b3RhbHMpLiBUaGUgc3RhZ2UgbW9kdWxlc1xuICogcmVjZWl2ZSBpdDsgdGhlIHJ1bm5lciBkZWNpZGVzIHdoYXQgdG8gcnVuLlxuICovXG5leHBvcnQgY2xhc3MgUnVuQ29udGV4dCB7XG4gIHJlYWRvbmx5IGlucHV0czogU3RvcnlJbnB1dHM7XG4gIHJlYWRvbmx5IGdlbmVyYXRlZDogSXRlbUlkW10gPSBbXTtcbiAgcmVhZG9ubHkgZmFpbHVyZXM6IFJ1bkZhaWx1cmVbXSA9IFtdO1xuICByZWFkb25seSBza2lwcGVkOiBJdGVtSWRbXSA9IFtdO1xuICByZWFkb25seSBrZXB0RWRpdGVkOiBJdGVtSWRbXSA9IFtdO1xuICByZWFkb25seSBiYWNrdXBzOiBzdHJpbmdbXSA9IFtdO1xuICByZWFkb25seSB0b3RhbHMgPSB7IHJlcXVlc3RzOiAwLCBhcGlDYWxsczogMCwgY2FjaGVIaXRzOiAwLCByZXRyaWVzOiAwLCByZXN0YXJ0czogMCwgd29yZHM6IDAsIHByb21wdDogMCwgb3V0cHV0OiAwLCB0aGlua2luZzogMCB9O1xuICBwcml2YXRlIHJlYWRvbmx5IHN0cmVhbWluZyA9IG5ldyBNYXA8SXRlbUlkLCB7IHdvcmRzOiBudW1iZXI7IGxhc3RFdmVudEF0OiBudW1iZXIgfT4oKTtcbiAgcHJpdmF0ZSByZWFkb25seSBzdGFnZVByb2dyZXNzID0gbmV3IE1hcDxXb3JrZmxvd1N0YWdlLCB7IHRvdGFsOiBudW1iZXI7IHN0YXJ0ZWQ6IG51bWJlcjsgZmluaXNoZWQ6IG51bWJlcjsgZHVyYXRpb25zOiBudW1iZXJbXSB9PigpO1xuICBwcml2YXRlIHZlcnNpb24gPSAwO1xuICBwcml2YXRlIGNvbXB1dGVkOiB7IHZlcnNpb246IG51bWJlcjsgc3RhdGU6IFN0b3J5U3RhdGUgfSB8IHVuZGVmaW5lZDtcblxuICBjb25zdHJ1Y3RvcihcbiAgICByZWFkb25seSBmczogRmlsZVN5c3RlbSxcbiAgICByZWFkb25seSBzdG9yeURpcjogc3RyaW5nLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgZ2VuZXJhdG9yOiBUZXh0R2VuZXJhdG9yLFxuICAgIHJlYWRvbmx5IHNldHRpbmdzOiBTZXR0aW5ncyxcbiAgICByZWFkb25seSBsb2c6IExvZ2dlcixcbiAgICByZWFkb25seSBjbG9jazogQ2xvY2ssXG4gICAgLyoqIEFib3J0cyBvbiB0aGUgd3JpdGVyJ3MgY2FuY2VsIGFuZCBvbiBhIGZhaWx1cmUgdGhhdCBzdG9wcyB0aGUgcnVuLiAqL1xuICAgIHJlYWRvbmx5IHNpZ25hbDogQWJvcnRTaWduYWwsXG4gICAgcmVhZG9ubHkgc25hcHNob3Q6IFN0b3J5U25hcHNob3QsXG4gICAgcmVhZG9ubHkgcmVjb3JkczogUnVuUmVjb3JkcyxcbiAgICBwcml2YXRlIHJlYWRvbmx5IGhvb2tzOiBSdW5Ib29rcyxcbiAgKSB7XG4gICAgdGhpcy5pbnB1dHMgPSBuZXcgU3RvcnlJbnB1dHMoc25hcHNob3QpO1xuICB9XG5cbiAgLy8gXHUyNTAwXHUyNTAwIFN0YXRlIFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFx1MjUwMFxuXG4gIC8qKiBUaGUgc3RvcnkncyBzdGF0ZSBhcyBvZiB0aGUgbGFzdCB3cml0ZSAocmVjb21wdXRlZCBvbmx5IHdoZW4gc29tZXRoaW5nIGNoYW5nZWQpLiAqL1xuICBzdGF0ZSgpOiBTdG9yeVN0YXRlIHtcbiAgICBpZiAodGhpcy5jb21wdXRlZD8udmVyc2lvbiAhPT0gdGhpcy52ZXJzaW9uKSB7XG4gICAgICBjb25zdCBzdGF0ZSA9IHN0YXRlRnJvbVNuYXBzaG90KHRoaXMuc3RvcnlEaXIsIHRoaXMuc25hcHNob3QsIChpZCkgPT4gdGhpcy5yZWNvcmRzLmdldChpZCksIHsgZHJhZnRNb2RlOiB0aGlzLnNldHRpbmdzWyd3b3JrZmxvdy5kcmFmdE1vZGUnXSB9KTtcbiAgICAgIHRoaXMuY29tcHV0ZWQgPSB7IHZlcnNpb246IHRoaXMudmVyc2lvbiwgc3RhdGUgfTtcbiAgICB9XG4gICAgcmV0dXJuIHRoaXMuY29tcHV0ZWQuc3RhdGU7XG4gIH1cblxuICBzdGF0ZU9mKGlkOiBJdGVtSWQpOiBJdGVtU3RhdGUgfCB1bmRlZmluZWQge1xuICAgIHJldHVybiB0aGlzLnN0YXRlKCkuaXRlbXMuZmluZCgoaSkgPT4gaS5pZCA9PT0gaWQpO1xuICB9XG5cbiAgaGFzaGVzKCk6IElucHV0SGFzaGVzIHtcbiAgICByZXR1cm4gbmV3IElucHV0SGFzaGVzKHRoaXMuc25hcHNob3QsIHRoaXMuc3RhdGUoKS5jaGFwdGVycyk7XG4gIH1cblxuICAvKiogQ2FsbCBhZnRlciBjaGFuZ2luZyB0aGUgc25hcHNob3Qgb3IgdGhlIHJlY29yZHMgb3V0c2lkZSBgY29tbWl0YC4gKi9cbiAgdG91Y2goKTogdm9pZCB7XG4gICAgdGhpcy52ZXJzaW9uKys7XG4gIH1cblxuICAvLyBcdTI1MDBcdTI1MDAgR2VuZXJhdGlvbiBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcblxuICBtb2RlbEZvcihzdGFnZTogTW9kZWxTdGFnZSk6IHN0cmluZyB7XG4gICAgcmV0dXJuIHRoaXMuc2V0dGluZ3Muc3RhZ2VNb2RlbHNbc3RhZ2VdID8/IHRoaXMuc2V0dGluZ3MubW9kZWw7XG4gIH1cblxuICByZXF1ZXN0KHByb21wdDogU3RhZ2VQcm9tcHQpOiBHZW5lcmF0ZVJlcXVlc3Qge1xuICAgIHJldHVybiB7XG4gICAgICBtb2RlbDogdGhpcy5tb2RlbEZvcihwcm9tcHQuc3RhZ2UpLFxuICAgICAgcHJvbXB0OiBwcm9tcHQucHJvbXB0LFxuICAgICAgc3lzdGVtSW5zdHJ1Y3Rpb246IHByb21wdC5zeXN0ZW1JbnN0cnVjdGlvbixcbiAgICAgIHRlbXBlcmF0dXJlOiB0aGlzLnNldHRpbmdzLnRlbXBlcmF0dXJlLFxuICAgICAgbWF4T3V0cHV0VG9rZW5zOiB0aGlzLnNldHRpbmdzLm1heE91dHB1dFRva2VucyxcbiAgICAgIHRoaW5raW5nQnVkZ2V0OiB0aGlzLnNldHRpbmdzLnRoaW5raW5nQnVkZ2V0LFxuICAgIH07XG4gIH1cblxuICBhc3luYyBnZW5lcmF0ZVRleHQoaXRlbTogR3JhcGhJdGVtLCByZXF1ZXN0OiBHZW5lcmF0ZVJlcXVlc3QsIG9wdGlvbnM6IE9taXQ8Q2FsbE9wdGlvbnMsICdzaWduYWwnIHwgJ2xhYmVsJz4pOiBQcm9taXNlPFRleHRSZXN1bHQ+IHtcbiAgICByZXR1cm4gdGhpcy5jb3VudGVkKCgpID0+IHRoaXMuZ2VuZXJhdG9yLmdlbmVyYXRlVGV4dChyZXF1ZXN0LCB7IC4uLm9wdGlvbnMsIHNpZ25hbDogdGhpcy5zaWduYWwsIGxhYmVsOiBpdGVtLmlkIH0pKTtcbiAgfVxuXG4gIGFzeW5jIGdlbmVyYXRlSnNvbjxUPihpdGVtOiBHcmFwaEl0ZW0sIHJlcXVlc3Q6IEdlbmVyYXRlUmVxdWVzdCwgc2NoZW1hOiB6LlpvZFR5cGU8VD4sIG9wdGlvbnM6IE9taXQ8Q2FsbE9wdGlvbnMsICdzaWduYWwnIHwgJ2xhYmVsJz4pOiBQcm9taXNlPEpzb25SZXN1bHQ8VD4+IHtcbiAgICByZXR1cm4gdGhpcy5jb3VudGVkKCgpID0+IHRoaXMuZ2VuZXJhdG9yLmdlbmVyYXRlSnNvbihyZXF1ZXN0LCBzY2hlbWEsIHsgLi4ub3B0aW9ucywgc2lnbmFsOiB0aGlzLnNpZ25hbCwgbGFiZWw6IGl0ZW0uaWQgfSkpO1xuICB9XG5cbiAgcHJpdmF0ZSBhc3luYyBjb3VudGVkPFIgZXh0ZW5kcyBUZXh0UmVzdWx0PihjYWxsOiAoKSA9PiBQcm9taXNlPFI+KTogUHJvbWlzZTxSPiB7XG4gICAgdGhpcy50b3RhbHMucmVxdWVzdHMrKztcbiAgICB0cnkge1xuICAgICAgY29uc3QgcmVzdWx0ID0gYXdhaXQgY2FsbCgpO1xuICAgICAgaWYgKHJlc3VsdC5mcm9tQ2FjaGUpIHRoaXMudG90YWxzLmNhY2hlSGl0cysrO1xuICAgICAgZWxzZSB0aGlzLnRvdGFscy5hcGlDYWxscysrO1xuICAgICAgdGhpcy50b3RhbHMucHJvbXB0ICs9IHJlc3VsdC51c2FnZS5wcm9tcHRUb2tlbnM7XG4gICAgICB0aGlzLnRvdGFscy5vdXRwdXQgKz0gcmVzdWx0LnVzYWdlLm91dHB1dFRva2VucztcbiAgICAgIHRoaXMudG90YWxzLnRoaW5raW5nICs9IHJlc3VsdC51c2FnZS50aGlua2luZ1Rva2VucztcbiAgICAgIHJldHVybiByZXN1bHQ7XG4gICAgfSBjYXRjaCAoZSkge1xuICAgICAgdGhpcy50b3RhbHMuYXBpQ2FsbHMrKztcbiAgICAgIHRocm93IGU7XG4gICAgfVxuICB9XG5cbiAgLy8gXHUyNTAwXHUyNTAwIFdyaXRpbmcgXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXHUyNTAwXG5cbiAgLyoqXG4gICAqIFdyaXRlcyBhbiBpdGVtJ3MgZmlsZSB3aXRoIGl0cyBjaGVja3BvaW50IGZyb250IG1hdHRlciwgYXRvbWljYWxseS4gSWYgd2hhdCBpcyBvbiBkaXNrIG5vdyBpc1xuICAgKiB0aGUgd3JpdGVyJ3MgKGVkaXRlZCwgaGFuZC13cml0dGVuIG9yIGRhbWFnZWQpIGl0IGlzIGJhY2tlZCB1cCBmaXJzdCBcdTIwMTQgd2hldGhlciB0aGUgb3ZlcndyaXRlXG4gICAqIHdhcyBmb3JjZWQgb3IgdGhlIHdyaXRlciBlZGl0ZWQgdGhlIGZpbGUgd2hpbGUgaXQgd2FzIGJlaW5nIHJlZ2VuZXJhdGVkLlxuICAgKi9cbiAgYXN5bmMgY29tbWl0KGl0ZW06IEdyYXBoSXRlbSwgYm9keTogc3RyaW5nLCBwYXJ0czogQ29tbWl0UGFydHMpOiBQcm9taXNlPENoZWNrcG9pbnRNZXRhPiB7XG4gICAgYXdhaXQgdGhpcy5iYWNrdXBJZldyaXRlcnMoaXRlbS5maWxlKTtcbiAgICBjb25zdCBtZXRhOiBDaGVja3BvaW50TWV0YSA9IHtcbiAgICAgIHN0YWdlOiBpdGVtLnN0YWdlLFxuICAgICAgLi4uKGl0ZW0uY2hhcHRlciAhPT0gdW5kZWZpbmVkID8geyBjaGFwdGVyOiBpdGVtLmNoYXB0ZXIgfSA6IHt9KSxcbiAgICAgIG1vZGVsOiBwYXJ0cy5tb2RlbCxcbiAgICAgIHByb21wdEhhc2g6IHBhcnRzLnByb21wdEhhc2gsXG4gICAgICBpbnB1dHM6IHBhcnRzLmlucHV0cyxcbiAgICAgIGJvZHlIYXNoOiBib2R5SGFzaChib2R5KSxcbiAgICAgIHVzYWdlOiB7IHByb21wdFRva2VuczogcGFydHMudXNhZ2UucHJvbXB0VG9rZW5zLCBvdXRwdXRUb2tlbnM6IHBhcnRzLnVzYWdlLm91dHB1dFRva2VucywgdGhpbmtpbmdUb2tlbnM6IHBhcnRzLnVzYWdlLnRoaW5raW5nVG9rZW5zIH0sXG4gICAgICBkdXJhdGlvbk1zOiBwYXJ0cy5kdXJhdGlvbk1zLFxuICAgICAgZ2VuZXJhdGVkQXQ6IG5ldyBEYXRlKHRoaXMuY2xvY2subm93KCkpLnRvSVNPU3RyaW5nKCksXG4gICAgICB3b3JkczogcGFydHMud29yZHMsXG4gICAgICAuLi4ocGFydHMuZmxhZ3MgJiYgcGFydHMuZmxhZ3MubGVuZ3RoID4gMCA/IHsgZmxhZ3M6IFsuLi5uZXcgU2V0KHBhcnRzLmZsYWdzKV0gfSA6IHt9KSxcbiAgICAgIC4uLihwYXJ0cy5jYWNoZWQgPyB7IGNhY2hlZDogdHJ1ZSB9IDoge30pLFxuICAgIH07XG4gICAgY29uc3QgYnl0ZXMgPSBlbmNvZGVyLmVuY29kZShyZW5kZXJDaGVja3BvaW50KG1ldGEsIGJvZHkpKTtcbiAgICBhd2FpdCB3cml0ZUZpbGVBdG9taWModGhpcy5mcywgcG9zaXguam9pbih0aGlzLnN0b3J5RGlyLCBpdGVtLmZpbGUpLCBieXRlcyk7XG4gICAgdGhpcy5zbmFwc2hvdC5zZXRGaWxlKGl0ZW0uZmlsZSwgYnl0ZXMpO1xuICAgIGF3YWl0IHRoaXMucmVjb3Jkcy5jbGVhcihpdGVtLmlkKTtcbiAgICB0aGlzLmdlbmVyYXRlZC5wdXNoKGl0ZW0uaWQpO1xuICAgIHRoaXMudG90YWxzLndvcmRzICs9IHBhcnRzLndvcmRzO1xuICAgIHRoaXMudG91Y2goKTtcbiAgICB0aGlzLmNoYW5nZWQoaXRlbSwgJ2RvbmUnKTtcbiAgICByZXR1cm4gbWV0YTtcbiAgfVxuXG4gIHByaXZhdGUgYXN5bmMgYmFja3VwSWZXcml0ZXJzKGZpbGU6IHN0cmluZyk6IFByb21pc2U8dm9pZD4ge1xuICAgIGNvbnN0IHBhdGggPSBwb3NpeC5qb2luKHRoaXMuc3RvcnlEaXIsIGZpbGUpO1xuICAgIGlmICghKGF3YWl0IHRoaXMuZnMuc3RhdChwYXRoKSkpIHJldHVybjtcbiAgICBjb25zdCByZWFkID0gY2xhc3NpZnlDaGVja3BvaW50KGF3YWl0IHRoaXMuZnMucmVhZEZpbGUocGF0aCksIGZpbGUpO1xuICAgIGNvbnN0IHByaXN0aW5lID0gcmVhZC5raW5kID09PSAnY2hlY2twb2ludCcgJiYgYm9keUhhc2gocmVhZC5ib2R5KSA9PT0gcmVhZC5tZXRhLmJvZHlIYXNoO1xuICAgIGlmIChwcmlzdGluZSkgcmV0dXJuO1xuICAgIGNvbnN0IGJhY2t1cCA9IGF3YWl0IGJhY2t1cEZpbGUodGhpcy5mcywgdGhpcy5zdG9yeURpciwgZmlsZSwgdGhpcy5jbG9jayk7XG4gICAgaWYgKGJhY2t1cCkge1xuICAgICAgdGhpcy5iYWNrdXBzLnB1c2goYmFja3VwKTtcbiAgICAgIHRoaXMubG9nLmluZm8oYEJhY2tlZCB1cCB0aGUgd3JpdGVyJ3MgJHtmaWxlfSBiZWZvcmUgcmVwbGFjaW5nIGl0YCwgeyBiYWNrdXAgfSk7XG4gICAgfVxuICB9XG5cbiAgYXN5bmMgZm9yZ2V0UmVjb3JkKGl0ZW06IEdyYXBoSXRlbSk6IFByb21pc2U8dm9pZD4ge1xuICAgIGlmICghdGhpcy5yZWNvcmRzLmdldChpdGVtLmlkKSkgcmV0dXJuO1xuICAgIGF3YWl0IHRoaXMucmVjb3Jkcy5jbGVhcihpdGVtLmlkKTtcbiAgICB0aGlzLnRvdWNoKCk7XG4gIH1cblxuICBhc3luYyByZWNvcmRGYWlsdXJlKGl0ZW06IEdyYXBoSXRlbSwgZmFpbHVyZTogRmFpbHVyZSwgaW5wdXRzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+KTogUHJvbWlzZTx2b2lkPiB7XG4gICAgYXdhaXQgdGhpcy5yZWNvcmRzLnNldChpdGVtLmlkLCB7IHN0YXRlOiAnZmFpbGVkJywgcmVhc29uOiBmYWlsdXJlLm1lc3NhZ2UsIGtpbmQ6IGZhaWx1cmUua2luZCwgYXQ6IG5ldyBEYXRlKHRoaXMuY2xvY2subm93KCkpLnRvSVNPU3RyaW5nKCksIGlucHV0cyB9KTtcbiAgICB0aGlzLnRvdWNoKCk7XG4gICAgdGhpcy5jaGFuZ2VkKGl0ZW0sICdmYWlsZWQnLCBmYWlsdXJlLm1lc3NhZ2UpO1xuICB9XG5cbiAgYXN5bmMgcmVjb3JkU2tpcChpdGVtOiBHcmFwaEl0ZW0sIHJlYXNvbjogc3RyaW5nLCBpbnB1dHM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4pOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBhd2FpdCB0aGlzLnJlY29yZHMuc2V0KGl0ZW0uaWQsIHsgc3RhdGU6ICdza2lwcGVkJywgcmVhc29uLCBhdDogbmV3IERhdGUodGhpcy5jbG9jay5ub3coKSkudG9JU09TdHJpbmcoKSwgaW5wdXRzIH0pO1xuICAgIHRoaXMuc2tpcHBlZC5wdXNoKGl0ZW0uaWQpO1xuICAgIHRoaXMudG91Y2goKTtcbiAgICB0aGlzLmNoYW5nZWQoaXRlbSwgJ3NraXBwZWQnLCByZWFzb24pO1xuICB9XG5cbiAgLy8gXHUyNTAwXHUyNTAwIFJlcG9ydGluZyBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcdTI1MDBcblxuICBjaGFuZ2VkKGl0ZW06IEdyYXBoSXRlbSwgc3RhdGU6IEl0ZW1TdGF0dXMsIHJlYXNvbj86IHN0cmluZyk6IHZvaWQge1xuICAgIHRoaXMuaG9va3MuZXZlbnRzPy5maXJlKHtcbiAgICAgIHN0b3J5RGlyOiB0aGlzLnN0b3J5RGlyLFxuICAgICAgaWQ6IGl0ZW0uaWQsXG4gICAgICBzdGFnZTogaXRlbS5zdGFnZSxcbiAgICAgIC4uLihpdGVtLmNoYXB0ZXIgIT09IHVuZGVmaW5lZCA/IHsgY2hhcHRlcjogaXRlbS5jaGFwdGVyIH0gOiB7fSksXG4gICAgICBzdGF0ZSxcbiAgICAgIC4uLihyZWFzb24gIT09IHVuZGVmaW5lZCA/IHsgcmVhc29uIH0gOiB7fSksXG4gICAgfSk7XG4gIH1cblxuICBzdGFnZVN0YXJ0ZWQoc3RhZ2U6IFdvcmtmbG93U3RhZ2UsIHRvdGFsOiBudW1iZXIpOiB2b2lkIHtcbiAgICB0aGlzLnN0YWdlUHJvZ3Jlc3Muc2V0KHN0YWdlLCB7IHRvdGFsLCBzdGFydGVkOiAwLCBmaW5pc2hlZDogMCwgZHVyYXRpb25zOiBbXSB9KTtcbiAgICB0aGlzLmVtaXQoeyB0eXBlOiAnc3RhZ2Utc3RhcnRlZCcsIHN0YWdlLCB0b3RhbCB9KTtcbiAgfVxuXG4gIHN0YWdlRmluaXNoZWQoc3RhZ2U6IFdvcmtmbG93U3RhZ2UpOiB2b2lkIHtcbiAgICBjb25zdCBwID0gdGhpcy5zdGFnZVByb2dyZXNzLmdldChzdGFnZSk7XG4gICAgdGhpcy5lbWl0KHsgdHlwZTogJ3N0YWdlLWZpbmlzaGVkJywgc3RhZ2UsIC4uLihwID8geyB0b3RhbDogcC50b3RhbCB9IDoge30pIH0pO1xuICB9XG5cbiAgaXRlbVN0YXJ0ZWQoaXRlbTogR3JhcGhJdGVtKTogbnVtYmVyIHtcbiAgICBjb25zdCBwID0gdGhpcy5wcm9ncmVzc09mKGl0ZW0uc3RhZ2UpO1xuICAgIHAuc3RhcnRlZCsrO1xuICAgIHRoaXMuY2hhbmdlZChpdGVtLCAncnVubmluZycpO1xuICAgIHRoaXMuZW1pdCh7IHR5cGU6ICdpdGVtLXN0YXJ0ZWQnLCAuLi50aGlzLndoZXJlKGl0ZW0pLCBpbmRleDogcC5zdGFydGVkLCB0b3RhbDogcC50b3RhbCwgLi4udGhpcy5ldGEoaXRlbS5zdGFnZSkgfSk7XG4gICAgcmV0dXJuIHRoaXMuY2xvY2subm93KCk7XG4gIH1cblxuICBpdGVtRmluaXNoZWQoaXRlbTogR3JhcGhJdGVtLCBzdGFydGVkQXQ6IG51bWJlciwgc3RhdGU6IEl0ZW1TdGF0dXMsIGl0ZW1Xb3JkczogbnVtYmVyLCBjYWNoZWQ6IGJvb2xlYW4pOiB2b2lkIHtcbiAgICBjb25zdCBwID0gdGhpcy5wcm9ncmVzc09mKGl0ZW0uc3RhZ2UpO1xuICAgIHAuZmluaXNoZWQrKztcbiAgICBwLmR1cmF0aW9ucy5wdXNoKHRoaXMuY2xvY2subm93KCkgLSBzdGFydGVkQXQpO1xuICAgIHRoaXMuc3RyZWFtaW5nLmRlbGV0ZShpdGVtLmlkKTtcbiAgICB0aGlzLmVtaXQoeyB0eXBlOiAnaXRlbS1maW5pc2hlZCcsIC4uLnRoaXMud2hlcmUoaXRlbSksIGluZGV4OiBwLmZpbmlzaGVkLCB0b3RhbDogcC50b3RhbCwgc3RhdGUsIGl0ZW1Xb3JkcywgY2FjaGVkLCAuLi50aGlzLmV0YShpdGVtLnN0YWdlKSB9KTtcbiAgfVxuXG4gIGl0ZW1GYWlsZWQoaXRlbTogR3JhcGhJdGVtLCBmYWlsdXJlOiBGYWlsdXJlKTogdm9pZCB7XG4gICAgY29uc3QgcCA9IHRoaXMucHJvZ3Jlc3NPZihpdGVtLnN0YWdlKTtcbiAgICBwLmZpbmlzaGVkKys7XG4gICAgdGhpcy5zdHJlYW1pbmcuZGVsZXRlKGl0ZW0uaWQpO1xuICAgIHRoaXMuZW1pdCh7IHR5cGU6ICdpdGVtLWZhaWxlZCcsIC4uLnRoaXMud2hlcmUoaXRlbSksIGluZGV4OiBwLmZpbmlzaGVkLCB0b3RhbDogcC50b3RhbCwga2luZDogZmFpbHVyZS5raW5kLCBtZXNzYWdlOiBmYWlsdXJlLm1lc3NhZ2UgfSk7XG4gIH1cblxuICBhcHByb3ZhbEFza2VkKHN0YWdlOiBXb3JrZmxvd1N0YWdlKTogdm9pZCB7XG4gICAgdGhpcy5lbWl0KHsgdHlwZTogJ2FwcHJvdmFsJywgc3RhZ2UgfSk7XG4gIH1cblxuICAvKiogU3RyZWFtZWQgdGV4dCBvZiBhbiBpdGVtICh0aGUgd2hvbGUgdGV4dCBzbyBmYXIsIGNvbnRpbnVhdGlvbiBwcmVmaXggaW5jbHVkZWQpLiAqL1xuICBzdHJlYW1lZChpdGVtOiBHcmFwaEl0ZW0sIGRlbHRhOiBzdHJpbmcsIHNvRmFyOiBzdHJpbmcsIHdvcmRzOiBudW1iZXIpOiB2b2lkIHtcbiAgICB0aGlzLmhvb2tzLm9uVGV4dD8uKGl0ZW0uaWQsIGRlbHRhLCBzb0Zhcik7XG4gICAgY29uc3QgZW50cnkgPSB0aGlzLnN0cmVhbWluZy5nZXQoaXRlbS5pZCkgPz8geyB3b3JkczogMCwgbGFzdEV2ZW50QXQ6IE51bWJlci5ORUdBVElWRV9JTkZJTklUWSB9O1xuICAgIGVudHJ5LndvcmRzID0gd29yZHM7XG4gICAgdGhpcy5zdHJlYW1pbmcuc2V0KGl0ZW0uaWQsIGVudHJ5KTtcbiAgICBjb25zdCBub3cgPSB0aGlzLmNsb2NrLm5vdygpO1xuICAgIGlmIChub3cgLSBlbnRyeS5sYXN0RXZlbnRBdCA8IFdPUkRTX0VWRU5UX01TKSByZXR1cm47XG4gICAgZW50cnkubGFzdEV2ZW50QXQgPSBub3c7XG4gICAgdGhpcy5lbWl0KHsgdHlwZTogJ3dvcmRzJywgLi4udGhpcy53aGVyZShpdGVtKSwgaXRlbVdvcmRzOiB3b3JkcywgLi4udGhpcy5ldGEoaXRlbS5zdGFnZSkgfSk7XG4gIH1cblxuICByZXN0YXJ0ZWQoaXRlbTogR3JhcGhJdGVtKTogdm9pZCB7XG4gICAgdGhpcy50b3RhbHMucmVzdGFydHMrKztcbiAgICB0aGlzLnN0cmVhbWluZy5kZWxldGUoaXRlbS5pZCk7XG4gICAgdGhpcy5ob29rcy5vblJlc3RhcnQ/LihpdGVtLmlkKTtcbiAgfVxuXG4gIHByaXZhdGUgd2hlcmUoaXRlbTogR3JhcGhJdGVtKTogeyBzdGFnZTogV29ya2Zsb3dTdGFnZTsgY2hhcHRlcj86IG51bWJlcjsgaXRlbUlkOiBJdGVtSWQgfSB7XG4gICAgcmV0dXJuIHsgc3RhZ2U6IGl0ZW0uc3RhZ2UsIC4uLihpdGVtLmNoYXB0ZXIgIT09IHVuZGVmaW5lZCA/IHsgY2hhcHRlcjogaXRlbS5jaGFwdGVyIH0gOiB7fSksIGl0ZW1JZDogaXRlbS5pZCB9O1xuICB9XG5cbiAgcHJpdmF0ZSBwcm9ncmVzc09mKHN0YWdlOiBXb3JrZmxvd1N0YWdlKSB7XG4gICAgbGV0IHAgPSB0aGlzLnN0YWdlUHJvZ3Jlc3MuZ2V0KHN0YWdlKTtcbiAgICBpZiAoIXApIHtcbiAgICAgIHAgPSB7IHRvdGFsOiAxLCBzdGFydGVkOiAwLCBmaW5pc2hlZDogMCwgZHVyYXRpb25zOiBbXSB9O1xuICAgICAgdGhpcy5zdGFnZVByb2dyZXNzLnNldChzdGFnZSwgcCk7XG4gICAgfVxuICAgIHJldHVybiBwO1xuICB9XG5cbiAgLyoqIE1lYW4gdGltZSBwZXIgZmluaXNoZWQgaXRlbSBcdTAwRDcgaXRlbXMgbGVmdCwgc3ByZWFkIG92ZXIgdGhlIGNoYXB0ZXJzIHRoYXQgcnVuIGF0IG9uY2UuICovXG4gIHByaXZhdGUgZXRhKHN0YWdlOiBXb3JrZmxvd1N0YWdlKTogeyBldGFNcz86IG51bWJlciB9IHtcbiAgICBjb25zdCBwID0gdGhpcy5zdGFnZVByb2dyZXNzLmdldChzdGFnZSk7XG4gICAgaWYgKCFwIHx8IHAuZHVyYXRpb25zLmxlbmd0aCA9PT0gMCkgcmV0dXJuIHt9O1xuICAgIGNvbnN0IG1lYW4gPSBwLmR1cmF0aW9ucy5yZWR1Y2UoKGEsIGIpID0+IGEgKyBiLCAwKSAvIHAuZHVyYXRpb25zLmxlbmd0aDtcbiAgICBjb25zdCBsZWZ0ID0gTWF0aC5tYXgoMCwgcC50b3RhbCAtIHAuZmluaXNoZWQpO1xuICAgIGNvbnN0IGxhbmVzID0gTWF0aC5tYXgoMSwgTWF0aC5taW4obGVmdCwgdGhpcy5zZXR0aW5nc1sncmF0ZUxpbWl0Lm1heENvbmN1cnJlbnQnXSkpO1xuICAgIHJldHVybiB7IGV0YU1zOiBNYXRoLnJvdW5kKChtZWFuICogbGVmdCkgLyBsYW5lcykgfTtcbiAgfVxuXG4gIHByaXZhdGUgZW1pdChldmVudDogRGlzdHJpYnV0aXZlT21pdDxQcm9ncmVzc0V2ZW50LCAnd29yZHMnIHwgJ3Rva2Vucyc+KTogdm9pZCB7XG4gICAgaWYgKCF0aGlzLmhvb2tzLm9uUHJvZ3Jlc3MpIHJldHVybjtcbiAgICBsZXQgc3RyZWFtaW5nV29yZHMgPSAwO1xuICAgIGZvciAoY29uc3QgcyBvZiB0aGlzLnN0cmVhbWluZy52YWx1ZXMoKSkgc3RyZWFtaW5nV29yZHMgKz0gcy53b3JkcztcbiAgICBjb25zdCB0b2tlbnMgPSB0aGlzLnRvdGFscy5wcm9tcHQgKyB0aGlzLnRvdGFscy5vdXRwdXQgKyB0aGlzLnRvdGFscy50aGlua2luZztcbiAgICB0cnkge1xuICAgICAgdGhpcy5ob29rcy5vblByb2dyZXNzKHsgLi4uZXZlbnQsIHdvcmRzOiB0aGlzLnRvdGFscy53b3JkcyArIHN0cmVhbWluZ1dvcmRzLCB0b2tlbnMgfSBhcyBQcm9ncmVzc0V2ZW50KTtcbiAgICB9IGNhdGNoIChlKSB7XG4gICAgICB0aGlzLmxvZy53YXJuKCdBIHByb2dyZXNzIGxpc3RlbmVyIGZhaWxlZCcsIHsgZXJyb3I6IFN0cmluZyhlKSB9KTtcbiAgICB9XG4gIH1cbn1cblxudHlwZSBEaXN0cmlidXRpdmVPbWl0PFQsIEsgZXh0ZW5kcyBQcm9wZXJ0eUtleT4gPSBUIGV4dGVuZHMgdW5rbm93biA/IE9taXQ8VCwgSz4gOiBuZXZlcjtcbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSx1QkFBc0I7QUFDdEIseUJBQWdDO0FBQ2hDLHFCQUEyQjtBQUMzQiw0QkFBcUQ7QUFHckQsa0JBQXlCO0FBV3pCLG1CQUFnRjtBQUNoRix5QkFBNEI7QUFHNUIsTUFBTSxVQUFVLElBQUksWUFBWTtBQXVCaEMsTUFBTSxpQkFBaUI7QUFPaEIsTUFBTSxXQUFXO0FBQUEsRUFhdEIsWUFDVyxJQUNBLFVBQ1EsV0FDUixVQUNBLEtBQ0EsT0FFQSxRQUNBLFVBQ0EsU0FDUSxPQUNqQjtBQVhTO0FBQ0E7QUFDUTtBQUNSO0FBQ0E7QUFDQTtBQUVBO0FBQ0E7QUFDQTtBQUNRO0FBRWpCLFNBQUssU0FBUyxJQUFJLCtCQUFZLFFBQVE7QUFBQSxFQUN4QztBQUFBLEVBYlc7QUFBQSxFQUNBO0FBQUEsRUFDUTtBQUFBLEVBQ1I7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBRUE7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ1E7QUFBQSxFQXZCVjtBQUFBLEVBQ0EsWUFBc0IsQ0FBQztBQUFBLEVBQ3ZCLFdBQXlCLENBQUM7QUFBQSxFQUMxQixVQUFvQixDQUFDO0FBQUEsRUFDckIsYUFBdUIsQ0FBQztBQUFBLEVBQ3hCLFVBQW9CLENBQUM7QUFBQSxFQUNyQixTQUFTLEVBQUUsVUFBVSxHQUFHLFVBQVUsR0FBRyxXQUFXLEdBQUcsU0FBUyxHQUFHLFVBQVUsR0FBRyxPQUFPLEdBQUcsUUFBUSxHQUFHLFFBQVEsR0FBRyxVQUFVLEVBQUU7QUFBQSxFQUNoSCxZQUFZLG9CQUFJLElBQW9EO0FBQUEsRUFDcEUsZ0JBQWdCLG9CQUFJLElBQThGO0FBQUEsRUFDM0gsVUFBVTtBQUFBLEVBQ1Y7QUFBQTtBQUFBO0FBQUEsRUFxQlIsUUFBb0I7QUFDbEIsUUFBSSxLQUFLLFVBQVUsWUFBWSxLQUFLLFNBQVM7QUFDM0MsWUFBTSxZQUFRLGdDQUFrQixLQUFLLFVBQVUsS0FBSyxVQUFVLENBQUMsT0FBTyxLQUFLLFFBQVEsSUFBSSxFQUFFLEdBQUcsRUFBRSxXQUFXLEtBQUssU0FBUyxvQkFBb0IsRUFBRSxDQUFDO0FBQzlJLFdBQUssV0FBVyxFQUFFLFNBQVMsS0FBSyxTQUFTLE1BQU07QUFBQSxJQUNqRDtBQUNBLFdBQU8sS0FBSyxTQUFTO0FBQUEsRUFDdkI7QUFBQSxFQUVBLFFBQVEsSUFBbUM7QUFDekMsV0FBTyxLQUFLLE1BQU0sRUFBRSxNQUFNLEtBQUssQ0FBQyxNQUFNLEVBQUUsT0FBTyxFQUFFO0FBQUEsRUFDbkQ7QUFBQSxFQUVBLFNBQXNCO0FBQ3BCLFdBQU8sSUFBSSx5QkFBWSxLQUFLLFVBQVUsS0FBSyxNQUFNLEVBQUUsUUFBUTtBQUFBLEVBQzdEO0FBQUE7QUFBQSxFQUdBLFFBQWM7QUFDWixTQUFLO0FBQUEsRUFDUDtBQUFBO0FBQUEsRUFJQSxTQUFTLE9BQTJCO0FBQ2xDLFdBQU8sS0FBSyxTQUFTLFlBQVksS0FBSyxLQUFLLEtBQUssU0FBUztBQUFBLEVBQzNEO0FBQUEsRUFFQSxRQUFRLFFBQXNDO0FBQzVDLFdBQU87QUFBQSxNQUNMLE9BQU8sS0FBSyxTQUFTLE9BQU8sS0FBSztBQUFBLE1BQ2pDLFFBQVEsT0FBTztBQUFBLE1BQ2YsbUJBQW1CLE9BQU87QUFBQSxNQUMxQixhQUFhLEtBQUssU0FBUztBQUFBLE1BQzNCLGlCQUFpQixLQUFLLFNBQVM7QUFBQSxNQUMvQixnQkFBZ0IsS0FBSyxTQUFTO0FBQUEsSUFDaEM7QUFBQSxFQUNGO0FBQUEsRUFFQSxNQUFNLGFBQWEsTUFBaUIsU0FBMEIsU0FBcUU7QUFDakksV0FBTyxLQUFLLFFBQVEsTUFBTSxLQUFLLFVBQVUsYUFBYSxTQUFTLEVBQUUsR0FBRyxTQUFTLFFBQVEsS0FBSyxRQUFRLE9BQU8sS0FBSyxHQUFHLENBQUMsQ0FBQztBQUFBLEVBQ3JIO0FBQUEsRUFFQSxNQUFNLGFBQWdCLE1BQWlCLFNBQTBCLFFBQXNCLFNBQXdFO0FBQzdKLFdBQU8sS0FBSyxRQUFRLE1BQU0sS0FBSyxVQUFVLGFBQWEsU0FBUyxRQUFRLEVBQUUsR0FBRyxTQUFTLFFBQVEsS0FBSyxRQUFRLE9BQU8sS0FBSyxHQUFHLENBQUMsQ0FBQztBQUFBLEVBQzdIO0FBQUEsRUFFQSxNQUFjLFFBQThCLE1BQW9DO0FBQzlFLFNBQUssT0FBTztBQUNaLFFBQUk7QUFDRixZQUFNLFNBQVMsTUFBTSxLQUFLO0FBQzFCLFVBQUksT0FBTyxVQUFXLE1BQUssT0FBTztBQUFBLFVBQzdCLE1BQUssT0FBTztBQUNqQixXQUFLLE9BQU8sVUFBVSxPQUFPLE1BQU07QUFDbkMsV0FBSyxPQUFPLFVBQVUsT0FBTyxNQUFNO0FBQ25DLFdBQUssT0FBTyxZQUFZLE9BQU8sTUFBTTtBQUNyQyxhQUFPO0FBQUEsSUFDVCxTQUFTLEdBQUc7QUFDVixXQUFLLE9BQU87QUFDWixZQUFNO0FBQUEsSUFDUjtBQUFBLEVBQ0Y7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxFQVNBLE1BQU0sT0FBTyxNQUFpQixNQUFjLE9BQTZDO0FBQ3ZGLFVBQU0sS0FBSyxnQkFBZ0IsS0FBSyxJQUFJO0FBQ3BDLFVBQU0sT0FBdUI7QUFBQSxNQUMzQixPQUFPLEtBQUs7QUFBQSxNQUNaLEdBQUksS0FBSyxZQUFZLFNBQVksRUFBRSxTQUFTLEtBQUssUUFBUSxJQUFJLENBQUM7QUFBQSxNQUM5RCxPQUFPLE1BQU07QUFBQSxNQUNiLFlBQVksTUFBTTtBQUFBLE1BQ2xCLFFBQVEsTUFBTTtBQUFBLE1BQ2QsY0FBVSxzQkFBUyxJQUFJO0FBQUEsTUFDdkIsT0FBTyxFQUFFLGNBQWMsTUFBTSxNQUFNLGNBQWMsY0FBYyxNQUFNLE1BQU0sY0FBYyxnQkFBZ0IsTUFBTSxNQUFNLGVBQWU7QUFBQSxNQUNwSSxZQUFZLE1BQU07QUFBQSxNQUNsQixhQUFhLElBQUksS0FBSyxLQUFLLE1BQU0sSUFBSSxDQUFDLEVBQUUsWUFBWTtBQUFBLE1BQ3BELE9BQU8sTUFBTTtBQUFBLE1BQ2IsR0FBSSxNQUFNLFNBQVMsTUFBTSxNQUFNLFNBQVMsSUFBSSxFQUFFLE9BQU8sQ0FBQyxHQUFHLElBQUksSUFBSSxNQUFNLEtBQUssQ0FBQyxFQUFFLElBQUksQ0FBQztBQUFBLE1BQ3BGLEdBQUksTUFBTSxTQUFTLEVBQUUsUUFBUSxLQUFLLElBQUksQ0FBQztBQUFBLElBQ3pDO0FBQ0EsVUFBTSxRQUFRLFFBQVEsV0FBTyx3Q0FBaUIsTUFBTSxJQUFJLENBQUM7QUFDekQsY0FBTSxvQ0FBZ0IsS0FBSyxJQUFJLHVCQUFNLEtBQUssS0FBSyxVQUFVLEtBQUssSUFBSSxHQUFHLEtBQUs7QUFDMUUsU0FBSyxTQUFTLFFBQVEsS0FBSyxNQUFNLEtBQUs7QUFDdEMsVUFBTSxLQUFLLFFBQVEsTUFBTSxLQUFLLEVBQUU7QUFDaEMsU0FBSyxVQUFVLEtBQUssS0FBSyxFQUFFO0FBQzNCLFNBQUssT0FBTyxTQUFTLE1BQU07QUFDM0IsU0FBSyxNQUFNO0FBQ1gsU0FBSyxRQUFRLE1BQU0sTUFBTTtBQUN6QixXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsTUFBYyxnQkFBZ0IsTUFBNkI7QUFDekQsVUFBTSxPQUFPLHVCQUFNLEtBQUssS0FBSyxVQUFVLElBQUk7QUFDM0MsUUFBSSxDQUFFLE1BQU0sS0FBSyxHQUFHLEtBQUssSUFBSSxFQUFJO0FBQ2pDLFVBQU0sV0FBTywwQ0FBbUIsTUFBTSxLQUFLLEdBQUcsU0FBUyxJQUFJLEdBQUcsSUFBSTtBQUNsRSxVQUFNLFdBQVcsS0FBSyxTQUFTLG9CQUFnQixzQkFBUyxLQUFLLElBQUksTUFBTSxLQUFLLEtBQUs7QUFDakYsUUFBSSxTQUFVO0FBQ2QsVUFBTSxTQUFTLFVBQU0sMkJBQVcsS0FBSyxJQUFJLEtBQUssVUFBVSxNQUFNLEtBQUssS0FBSztBQUN4RSxRQUFJLFFBQVE7QUFDVixXQUFLLFFBQVEsS0FBSyxNQUFNO0FBQ3hCLFdBQUssSUFBSSxLQUFLLDBCQUEwQixJQUFJLHdCQUF3QixFQUFFLE9BQU8sQ0FBQztBQUFBLElBQ2hGO0FBQUEsRUFDRjtBQUFBLEVBRUEsTUFBTSxhQUFhLE1BQWdDO0FBQ2pELFFBQUksQ0FBQyxLQUFLLFFBQVEsSUFBSSxLQUFLLEVBQUUsRUFBRztBQUNoQyxVQUFNLEtBQUssUUFBUSxNQUFNLEtBQUssRUFBRTtBQUNoQyxTQUFLLE1BQU07QUFBQSxFQUNiO0FBQUEsRUFFQSxNQUFNLGNBQWMsTUFBaUIsU0FBa0IsUUFBK0M7QUFDcEcsVUFBTSxLQUFLLFFBQVEsSUFBSSxLQUFLLElBQUksRUFBRSxPQUFPLFVBQVUsUUFBUSxRQUFRLFNBQVMsTUFBTSxRQUFRLE1BQU0sSUFBSSxJQUFJLEtBQUssS0FBSyxNQUFNLElBQUksQ0FBQyxFQUFFLFlBQVksR0FBRyxPQUFPLENBQUM7QUFDdEosU0FBSyxNQUFNO0FBQ1gsU0FBSyxRQUFRLE1BQU0sVUFBVSxRQUFRLE9BQU87QUFBQSxFQUM5QztBQUFBLEVBRUEsTUFBTSxXQUFXLE1BQWlCLFFBQWdCLFFBQStDO0FBQy9GLFVBQU0sS0FBSyxRQUFRLElBQUksS0FBSyxJQUFJLEVBQUUsT0FBTyxXQUFXLFFBQVEsSUFBSSxJQUFJLEtBQUssS0FBSyxNQUFNLElBQUksQ0FBQyxFQUFFLFlBQVksR0FBRyxPQUFPLENBQUM7QUFDbEgsU0FBSyxRQUFRLEtBQUssS0FBSyxFQUFFO0FBQ3pCLFNBQUssTUFBTTtBQUNYLFNBQUssUUFBUSxNQUFNLFdBQVcsTUFBTTtBQUFBLEVBQ3RDO0FBQUE7QUFBQSxFQUlBLFFBQVEsTUFBaUIsT0FBbUIsUUFBdUI7QUFDakUsU0FBSyxNQUFNLFFBQVEsS0FBSztBQUFBLE1BQ3RCLFVBQVUsS0FBSztBQUFBLE1BQ2YsSUFBSSxLQUFLO0FBQUEsTUFDVCxPQUFPLEtBQUs7QUFBQSxNQUNaLEdBQUksS0FBSyxZQUFZLFNBQVksRUFBRSxTQUFTLEtBQUssUUFBUSxJQUFJLENBQUM7QUFBQSxNQUM5RDtBQUFBLE1BQ0EsR0FBSSxXQUFXLFNBQVksRUFBRSxPQUFPLElBQUksQ0FBQztBQUFBLElBQzNDLENBQUM7QUFBQSxFQUNIO0FBQUEsRUFFQSxhQUFhLE9BQXNCLE9BQXFCO0FBQ3RELFNBQUssY0FBYyxJQUFJLE9BQU8sRUFBRSxPQUFPLFNBQVMsR0FBRyxVQUFVLEdBQUcsV0FBVyxDQUFDLEVBQUUsQ0FBQztBQUMvRSxTQUFLLEtBQUssRUFBRSxNQUFNLGlCQUFpQixPQUFPLE1BQU0sQ0FBQztBQUFBLEVBQ25EO0FBQUEsRUFFQSxjQUFjLE9BQTRCO0FBQ3hDLFVBQU0sSUFBSSxLQUFLLGNBQWMsSUFBSSxLQUFLO0FBQ3RDLFNBQUssS0FBSyxFQUFFLE1BQU0sa0JBQWtCLE9BQU8sR0FBSSxJQUFJLEVBQUUsT0FBTyxFQUFFLE1BQU0sSUFBSSxDQUFDLEVBQUcsQ0FBQztBQUFBLEVBQy9FO0FBQUEsRUFFQSxZQUFZLE1BQXlCO0FBQ25DLFVBQU0sSUFBSSxLQUFLLFdBQVcsS0FBSyxLQUFLO0FBQ3BDLE1BQUU7QUFDRixTQUFLLFFBQVEsTUFBTSxTQUFTO0FBQzVCLFNBQUssS0FBSyxFQUFFLE1BQU0sZ0JBQWdCLEdBQUcsS0FBSyxNQUFNLElBQUksR0FBRyxPQUFPLEVBQUUsU0FBUyxPQUFPLEVBQUUsT0FBTyxHQUFHLEtBQUssSUFBSSxLQUFLLEtBQUssRUFBRSxDQUFDO0FBQ2xILFdBQU8sS0FBSyxNQUFNLElBQUk7QUFBQSxFQUN4QjtBQUFBLEVBRUEsYUFBYSxNQUFpQixXQUFtQixPQUFtQixXQUFtQixRQUF1QjtBQUM1RyxVQUFNLElBQUksS0FBSyxXQUFXLEtBQUssS0FBSztBQUNwQyxNQUFFO0FBQ0YsTUFBRSxVQUFVLEtBQUssS0FBSyxNQUFNLElBQUksSUFBSSxTQUFTO0FBQzdDLFNBQUssVUFBVSxPQUFPLEtBQUssRUFBRTtBQUM3QixTQUFLLEtBQUssRUFBRSxNQUFNLGlCQUFpQixHQUFHLEtBQUssTUFBTSxJQUFJLEdBQUcsT0FBTyxFQUFFLFVBQVUsT0FBTyxFQUFFLE9BQU8sT0FBTyxXQUFXLFFBQVEsR0FBRyxLQUFLLElBQUksS0FBSyxLQUFLLEVBQUUsQ0FBQztBQUFBLEVBQ2hKO0FBQUEsRUFFQSxXQUFXLE1BQWlCLFNBQXdCO0FBQ2xELFVBQU0sSUFBSSxLQUFLLFdBQVcsS0FBSyxLQUFLO0FBQ3BDLE1BQUU7QUFDRixTQUFLLFVBQVUsT0FBTyxLQUFLLEVBQUU7QUFDN0IsU0FBSyxLQUFLLEVBQUUsTUFBTSxlQUFlLEdBQUcsS0FBSyxNQUFNLElBQUksR0FBRyxPQUFPLEVBQUUsVUFBVSxPQUFPLEVBQUUsT0FBTyxNQUFNLFFBQVEsTUFBTSxTQUFTLFFBQVEsUUFBUSxDQUFDO0FBQUEsRUFDekk7QUFBQSxFQUVBLGNBQWMsT0FBNEI7QUFDeEMsU0FBSyxLQUFLLEVBQUUsTUFBTSxZQUFZLE1BQU0sQ0FBQztBQUFBLEVBQ3ZDO0FBQUE7QUFBQSxFQUdBLFNBQVMsTUFBaUIsT0FBZSxPQUFlLE9BQXFCO0FBQzNFLFNBQUssTUFBTSxTQUFTLEtBQUssSUFBSSxPQUFPLEtBQUs7QUFDekMsVUFBTSxRQUFRLEtBQUssVUFBVSxJQUFJLEtBQUssRUFBRSxLQUFLLEVBQUUsT0FBTyxHQUFHLGFBQWEsT0FBTyxrQkFBa0I7QUFDL0YsVUFBTSxRQUFRO0FBQ2QsU0FBSyxVQUFVLElBQUksS0FBSyxJQUFJLEtBQUs7QUFDakMsVUFBTSxNQUFNLEtBQUssTUFBTSxJQUFJO0FBQzNCLFFBQUksTUFBTSxNQUFNLGNBQWMsZUFBZ0I7QUFDOUMsVUFBTSxjQUFjO0FBQ3BCLFNBQUssS0FBSyxFQUFFLE1BQU0sU0FBUyxHQUFHLEtBQUssTUFBTSxJQUFJLEdBQUcsV0FBVyxPQUFPLEdBQUcsS0FBSyxJQUFJLEtBQUssS0FBSyxFQUFFLENBQUM7QUFBQSxFQUM3RjtBQUFBLEVBRUEsVUFBVSxNQUF1QjtBQUMvQixTQUFLLE9BQU87QUFDWixTQUFLLFVBQVUsT0FBTyxLQUFLLEVBQUU7QUFDN0IsU0FBSyxNQUFNLFlBQVksS0FBSyxFQUFFO0FBQUEsRUFDaEM7QUFBQSxFQUVRLE1BQU0sTUFBNkU7QUFDekYsV0FBTyxFQUFFLE9BQU8sS0FBSyxPQUFPLEdBQUksS0FBSyxZQUFZLFNBQVksRUFBRSxTQUFTLEtBQUssUUFBUSxJQUFJLENBQUMsR0FBSSxRQUFRLEtBQUssR0FBRztBQUFBLEVBQ2hIO0FBQUEsRUFFUSxXQUFXLE9BQXNCO0FBQ3ZDLFFBQUksSUFBSSxLQUFLLGNBQWMsSUFBSSxLQUFLO0FBQ3BDLFFBQUksQ0FBQyxHQUFHO0FBQ04sVUFBSSxFQUFFLE9BQU8sR0FBRyxTQUFTLEdBQUcsVUFBVSxHQUFHLFdBQVcsQ0FBQyxFQUFFO0FBQ3ZELFdBQUssY0FBYyxJQUFJLE9BQU8sQ0FBQztBQUFBLElBQ2pDO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQTtBQUFBLEVBR1EsSUFBSSxPQUEwQztBQUNwRCxVQUFNLElBQUksS0FBSyxjQUFjLElBQUksS0FBSztBQUN0QyxRQUFJLENBQUMsS0FBSyxFQUFFLFVBQVUsV0FBVyxFQUFHLFFBQU8sQ0FBQztBQUM1QyxVQUFNLE9BQU8sRUFBRSxVQUFVLE9BQU8sQ0FBQyxHQUFHLE1BQU0sSUFBSSxHQUFHLENBQUMsSUFBSSxFQUFFLFVBQVU7QUFDbEUsVUFBTSxPQUFPLEtBQUssSUFBSSxHQUFHLEVBQUUsUUFBUSxFQUFFLFFBQVE7QUFDN0MsVUFBTSxRQUFRLEtBQUssSUFBSSxHQUFHLEtBQUssSUFBSSxNQUFNLEtBQUssU0FBUyx5QkFBeUIsQ0FBQyxDQUFDO0FBQ2xGLFdBQU8sRUFBRSxPQUFPLEtBQUssTUFBTyxPQUFPLE9BQVEsS0FBSyxFQUFFO0FBQUEsRUFDcEQ7QUFBQSxFQUVRLEtBQUssT0FBa0U7QUFDN0UsUUFBSSxDQUFDLEtBQUssTUFBTSxXQUFZO0FBQzVCLFFBQUksaUJBQWlCO0FBQ3JCLGVBQVcsS0FBSyxLQUFLLFVBQVUsT0FBTyxFQUFHLG1CQUFrQixFQUFFO0FBQzdELFVBQU0sU0FBUyxLQUFLLE9BQU8sU0FBUyxLQUFLLE9BQU8sU0FBUyxLQUFLLE9BQU87QUFDckUsUUFBSTtBQUNGLFdBQUssTUFBTSxXQUFXLEVBQUUsR0FBRyxPQUFPLE9BQU8sS0FBSyxPQUFPLFFBQVEsZ0JBQWdCLE9BQU8sQ0FBa0I7QUFBQSxJQUN4RyxTQUFTLEdBQUc7QUFDVixXQUFLLElBQUksS0FBSyw4QkFBOEIsRUFBRSxPQUFPLE9BQU8sQ0FBQyxFQUFFLENBQUM7QUFBQSxJQUNsRTtBQUFBLEVBQ0Y7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
