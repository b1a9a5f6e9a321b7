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
var stagesView_exports = {};
__export(stagesView_exports, {
  STAGE_LABELS: () => STAGE_LABELS,
  StagesTreeProvider: () => StagesTreeProvider
});
module.exports = __toCommonJS(stagesView_exports);
var vscode = __toESM(require("vscode"));
var import_graph = require("../../core/workflow/graph");
var import_disposable = require("../disposable");
const STAGE_LABELS = {
  concept: "Concept",
  bible: "Story Bible",
  outline: "Outline",
  draft: "Draft",
  revision: "Revision",
  manuscript: "Manuscript"
};
const STATE_ICONS = {
  done: new vscode.ThemeIcon("pass-filled", new vscode.ThemeColor("testing.iconPassed")),
  running: new vscode.ThemeIcon("loading~spin"),
  stale: new vscode.ThemeIcon("history", new vscode.ThemeColor("list.warningForeground")),
  edited: new vscode.ThemeIcon("edit", new vscode.ThemeColor("charts.blue")),
  partial: new vscode.ThemeIcon("debug-pause", new vscode.ThemeColor("list.warningForeground")),
  failed: new vscode.ThemeIcon("error", new vscode.ThemeColor("testing.iconFailed")),
  skipped: new vscode.ThemeIcon("debug-step-over", new vscode.ThemeColor("disabledForeground")),
  pending: new vscode.ThemeIcon("circle-large-outline")
};
const STATE_WORDS = {
  done: "Done",
  running: "Writing\u2026",
  stale: "Stale",
  edited: "Edited by you",
  partial: "Partly written",
  failed: "Failed",
  skipped: "Skipped",
  pending: "Not written yet"
};
const SUMMARY_ORDER = ["running", "failed", "partial", "stale", "pending", "edited", "skipped", "done"];
class StagesTreeProvider extends import_disposable.Disposable {
  constructor(catalog, running) {
    super();
    this.catalog = catalog;
    this.running = running;
    this._register(catalog.onDidChange(() => this.changed.fire(void 0)));
    this._register(running.onDidChange(() => this.changed.fire(void 0)));
  }
  catalog;
  running;
  changed = this._register(new vscode.EventEmitter());
  onDidChangeTreeData = this.changed.event;
  getChildren(node) {
    if (!node) return this.catalog.stories.map((entry) => ({ kind: "story", entry }));
    if (node.kind === "story") return stageNodes(node.entry);
    if (node.kind === "stage" && isChapterStage(node.stage)) return node.items.map((item) => ({ kind: "chapter", entry: node.entry, item }));
    return [];
  }
  getParent(node) {
    if (node.kind === "story") return void 0;
    if (node.kind === "stage") return { kind: "story", entry: node.entry };
    return stageNodes(node.entry).find((s) => s.kind === "stage" && s.stage === node.item.stage);
  }
  getTreeItem(node) {
    switch (node.kind) {
      case "story":
        return this.storyItem(node.entry);
      case "stage":
        return isChapterStage(node.stage) ? this.chapterStageItem(node) : this.itemRow(node.entry, node.items[0], STAGE_LABELS[node.stage]);
      case "chapter":
        return this.itemRow(node.entry, node.item, `Chapter ${node.item.chapter}${node.item.title ? `: ${node.item.title}` : ""}`);
    }
  }
  /** The state shown for an item: the run's "running" overrides what the files say. */
  stateOf(entry, item) {
    return this.running.isItemRunning(entry.story.id, item.id) ? "running" : item.state;
  }
  storyItem(entry) {
    const brief = entry.state.brief;
    const title = brief?.ok ? brief.brief.title : entry.story.name;
    const item = new vscode.TreeItem(title, vscode.TreeItemCollapsibleState.Expanded);
    item.id = entry.story.id;
    item.iconPath = new vscode.ThemeIcon("book");
    const done = entry.state.items.filter((i) => i.state === "done" || i.state === "edited").length;
    item.description = `${done}/${entry.state.items.length} done${entry.story.folder.index > 0 || (vscode.workspace.workspaceFolders?.length ?? 0) > 1 ? ` \xB7 ${entry.story.folder.name}` : ""}`;
    const tip = new vscode.MarkdownString(`**${escape(title)}**

${escape(entry.story.storyDir)}`);
    for (const p of entry.state.problems) tip.appendMarkdown(`

$(warning) ${escape(p)}`);
    tip.supportThemeIcons = true;
    item.tooltip = tip;
    item.contextValue = "storyWriter.story";
    item.resourceUri = entry.story.uri(entry.story.storyDir);
    return item;
  }
  chapterStageItem(node) {
    const states = node.items.map((i) => this.stateOf(node.entry, i));
    const summary = SUMMARY_ORDER.find((s) => states.includes(s)) ?? "pending";
    const item = new vscode.TreeItem(STAGE_LABELS[node.stage], node.items.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    item.id = `${node.entry.story.id}#${node.stage}`;
    item.iconPath = STATE_ICONS[node.items.length ? summary : "pending"];
    const done = states.filter((s) => s === "done" || s === "edited").length;
    const words = node.items.reduce((n, i) => n + (i.words ?? 0), 0);
    item.description = node.items.length ? `${done}/${node.items.length} chapters${words ? ` \xB7 ${words.toLocaleString("en-US")} words` : ""}` : "after the outline";
    item.tooltip = node.items.length ? `${STAGE_LABELS[node.stage]}: ${STATE_WORDS[summary]}` : "Chapters appear once the outline exists.";
    item.contextValue = `storyWriter.stage stage-${node.stage} state-${summary}`;
    return item;
  }
  itemRow(entry, state, label) {
    const status = this.stateOf(entry, state);
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.id = `${entry.story.id}#${state.id}`;
    item.iconPath = STATE_ICONS[status];
    item.description = describe(state, status);
    item.tooltip = tooltip(state, status, label);
    item.contextValue = `storyWriter.item stage-${state.stage} state-${status}`;
    item.resourceUri = entry.story.uri(state.path);
    if (status !== "pending") item.command = { command: "vscode.open", title: "Open", arguments: [entry.story.uri(state.path)] };
    return item;
  }
}
function stageNodes(entry) {
  const stages = ["concept", "bible", "outline", "draft", "revision", "manuscript"];
  return stages.map((stage) => ({ kind: "stage", entry, stage, items: entry.state.items.filter((i) => i.stage === stage) }));
}
function isChapterStage(stage) {
  return stage === "draft" || stage === "revision";
}
function describe(state, status) {
  const parts = [];
  if (status !== "done" && status !== "pending") parts.push(STATE_WORDS[status].toLowerCase());
  if (state.words) parts.push(`${state.words.toLocaleString("en-US")} words`);
  if (state.meta) {
    parts.push(state.meta.model);
    parts.push(`${(state.meta.durationMs / 1e3).toFixed(1)} s`);
  }
  return parts.join(" \xB7 ");
}
function tooltip(state, status, label) {
  const md = new vscode.MarkdownString(void 0, true);
  md.appendMarkdown(`**${escape(label)}** \u2014 ${STATE_WORDS[status]}

`);
  if (state.reason) md.appendMarkdown(`${escape(state.reason)}

`);
  if (state.staleInputs?.length) md.appendMarkdown(`Changed since it was written: ${state.staleInputs.map((k) => `\`${(0, import_graph.describeInputKey)(k)}\``).join(", ")}

`);
  const meta = state.meta;
  if (meta) {
    md.appendMarkdown(`| | |
|---|---|
`);
    md.appendMarkdown(`| Model | ${escape(meta.model)} |
`);
    md.appendMarkdown(`| Generated | ${new Date(meta.generatedAt).toLocaleString()} |
`);
    md.appendMarkdown(`| Took | ${(meta.durationMs / 1e3).toFixed(1)} s |
`);
    md.appendMarkdown(`| Tokens | ${meta.usage.promptTokens} in \xB7 ${meta.usage.outputTokens} out \xB7 ${meta.usage.thinkingTokens} thinking |
`);
    if (state.words) md.appendMarkdown(`| Words | ${state.words.toLocaleString("en-US")} |
`);
    md.appendMarkdown(`| Inputs | ${Object.keys(meta.inputs).map((k) => escape((0, import_graph.describeInputKey)(k))).join(", ") || "\u2014"} |
`);
  }
  md.appendMarkdown(`
\`${escape(state.file)}\``);
  return md;
}
function escape(text) {
  return text.replace(/[\\`*_{}[\]<>|]/g, "\\$&");
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  STAGE_LABELS,
  StagesTreeProvider
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL3ZzY29kZS92aWV3cy9zdGFnZXNWaWV3LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgKiBhcyB2c2NvZGUgZnJvbSAndnNjb2RlJztcbmltcG9ydCB0eXBlIHsgV29ya2Zsb3dTdGFnZSB9IGZyb20gJy4uLy4uL2NvcmUvY2hlY2twb2ludC9tZXRhJztcbmltcG9ydCB7IGRlc2NyaWJlSW5wdXRLZXkgfSBmcm9tICcuLi8uLi9jb3JlL3dvcmtmbG93L2dyYXBoJztcbmltcG9ydCB0eXBlIHsgSXRlbUlkLCBJdGVtU3RhdHVzIH0gZnJvbSAnLi4vLi4vY29yZS93b3JrZmxvdy9pdGVtcyc7XG5pbXBvcnQgdHlwZSB7IEl0ZW1TdGF0ZSB9IGZyb20gJy4uLy4uL2NvcmUvd29ya2Zsb3cvc3RhdGUnO1xuaW1wb3J0IHsgRGlzcG9zYWJsZSB9IGZyb20gJy4uL2Rpc3Bvc2FibGUnO1xuaW1wb3J0IHR5cGUgeyBTdG9yeUNhdGFsb2csIFN0b3J5RW50cnkgfSBmcm9tICcuLi9zdG9yeUNhdGFsb2cnO1xuXG4vKiogUm93cyBvZiB0aGUgXCJTdGFnZXNcIiB0cmVlOiBzdG9yaWVzIFx1MjE5MiBzdGFnZXMgXHUyMTkyIGNoYXB0ZXJzLiAqL1xuZXhwb3J0IHR5cGUgU3RhZ2VUcmVlTm9kZSA9XG4gIHwgeyByZWFkb25seSBraW5kOiAnc3RvcnknOyByZWFkb25seSBlbnRyeTogU3RvcnlFbnRyeSB9XG4gIHwgeyByZWFkb25seSBraW5kOiAnc3RhZ2UnOyByZWFkb25seSBlbnRyeTogU3RvcnlFbnRyeTsgcmVhZG9ubHkgc3RhZ2U6IFdvcmtmbG93U3RhZ2U7IHJlYWRvbmx5IGl0ZW1zOiByZWFkb25seSBJdGVtU3RhdGVbXSB9XG4gIHwgeyByZWFkb25seSBraW5kOiAnY2hhcHRlcic7IHJlYWRvbmx5IGVudHJ5OiBTdG9yeUVudHJ5OyByZWFkb25seSBpdGVtOiBJdGVtU3RhdGUgfTtcblxuLyoqIFdoaWNoIGl0ZW1zIGEgcnVuIGlzIHdvcmtpbmcgb24gcmlnaHQgbm93ICh0aGUgZmlsZXMgYWxvbmUgY2Fubm90IHNheSkuICovXG5leHBvcnQgaW50ZXJmYWNlIFJ1bm5pbmdJdGVtcyB7XG4gIGlzSXRlbVJ1bm5pbmcoc3RvcnlJZDogc3RyaW5nLCBpdGVtOiBJdGVtSWQpOiBib29sZWFuO1xuICByZWFkb25seSBvbkRpZENoYW5nZTogdnNjb2RlLkV2ZW50PHZvaWQ+O1xufVxuXG5leHBvcnQgY29uc3QgU1RBR0VfTEFCRUxTOiBSZWNvcmQ8V29ya2Zsb3dTdGFnZSwgc3RyaW5nPiA9IHtcbiAgY29uY2VwdDogJ0NvbmNlcHQnLFxuICBiaWJsZTogJ1N0b3J5IEJpYmxlJyxcbiAgb3V0bGluZTogJ091dGxpbmUnLFxuICBkcmFmdDogJ0RyYWZ0JyxcbiAgcmV2aXNpb246ICdSZXZpc2lvbicsXG4gIG1hbnVzY3JpcHQ6ICdNYW51c2NyaXB0Jyxcbn07XG5cbmNvbnN0IFNUQVRFX0lDT05TOiBSZWNvcmQ8SXRlbVN0YXR1cywgdnNjb2RlLlRoZW1lSWNvbj4gPSB7XG4gIGRvbmU6IG5ldyB2c2NvZGUuVGhlbWVJY29uKCdwYXNzLWZpbGxlZCcsIG5ldyB2c2NvZGUuVGhlbWVDb2xvcigndGVzdGluZy5pY29uUGFzc2VkJykpLFxuICBydW5uaW5nOiBuZXcgdnNjb2RlLlRoZW1lSWNvbignbG9hZGluZ35zcGluJyksXG4gIHN0YWxlOiBuZXcgdnNjb2RlLlRoZW1lSWNvbignaGlzdG9yeScsIG5ldyB2c2NvZGUuVGhlbWVDb2xvcignbGlzdC53YXJuaW5nRm9yZWdyb3VuZCcpKSxcbiAgZWRpdGVkOiBuZXcgdnNjb2RlLlRoZW1lSWNvbignZWRpdCcsIG5ldyB2c2NvZGUuVGhlbWVDb2xvcignY2hhcnRzLmJsdWUnKSksXG4gIHBhcnRpYWw6IG5ldyB2c2NvZGUuVGhlbWVJY29uKCdkZWJ1Zy1wYXVzZScsIG5ldyB2c2NvZGUuVGhlbWVDb2xvcignbGlzdC53YXJuaW5nRm9yZWdyb3VuZCcpKSxcbiAgZmFpbGVkOiBuZXcgdnNjb2RlLlRoZW1lSWNvbignZXJyb3InLCBuZXcgdnNjb2RlLlRoZW1lQ29sb3IoJ3Rlc3RpbmcuaWNvbkZhaWxlZCcpKSxcbiAgc2tpcHBlZDogbmV3IHZzY29kZS5UaGVtZUljb24oJ2RlYnVnLXN0ZXAtb3ZlcicsIG5ldyB2c2NvZGUuVGhlbWVDb2xvcignZGlzYWJsZWRGb3JlZ3JvdW5kJykpLFxuICBwZW5kaW5nOiBuZXcgdnNjb2RlLlRoZW1lSWNvbignY2lyY2xlLWxhcmdlLW91dGxpbmUnKSxcbn07XG5cbmNvbnN0IFNUQVRFX1dPUkRTOiBSZWNvcmQ8SXRlbVN0YXR1cywgc3RyaW5nPiA9IHtcbiAgZG9uZTogJ0RvbmUnLFxuICBydW5uaW5nOiAnV3JpdGluZ1x1MjAyNicsXG4gIHN0YWxlOiAnU3RhbGUnLFxuICBlZGl0ZWQ6ICdFZGl0ZWQgYnkgeW91JyxcbiAgcGFydGlhbDogJ1BhcnRseSB3cml0dGVuJyxcbiAgZmFpbGVkOiAnRmFpbGVkJyxcbiAgc2tpcHBlZDogJ1NraXBwZWQnLFxuICBwZW5kaW5nOiAnTm90IHdyaXR0ZW4geWV0Jyxcbn07XG5cbi8qKiBUaGUgb3JkZXIgaW4gd2hpY2ggb25lIHN0YXRlIG91dHJhbmtzIGFub3RoZXIgd2hlbiBhIHN0YWdlIHN1bXMgdXAgaXRzIGNoYXB0ZXJzLiAqL1xuY29uc3QgU1VNTUFSWV9PUkRFUjogSXRlbVN0YXR1c1tdID0gWydydW5uaW5nJywgJ2ZhaWxlZCcsICdwYXJ0aWFsJywgJ3N0YWxlJywgJ3BlbmRpbmcnLCAnZWRpdGVkJywgJ3NraXBwZWQnLCAnZG9uZSddO1xuXG4vKipcbiAqIFRoZSBzdGFnZSBydW5uZXIncyB0cmVlLiBFYWNoIHJvdyBzaG93cyBpdHMgc3RhdGUgYXMgYW4gaWNvbiwgYSBkZXNjcmlwdGlvbiAod29yZHMsIG1vZGVsLFxuICogZHVyYXRpb24pIGFuZCBhIE1hcmtkb3duIHRvb2x0aXAgKHRva2VucywgaW5wdXRzLCB3aGVuIGdlbmVyYXRlZCwgd2h5IHN0YWxlKS4gSXRlbXMgY2FycnkgYVxuICogYGNvbnRleHRWYWx1ZWAgKGBzdG9yeVdyaXRlci5pdGVtIHN0YWdlLTxpZD4gc3RhdGUtPHN0YXRlPmApIGZvciB0aGUgaW5saW5lIGFjdGlvbnMuXG4gKi9cbmV4cG9ydCBjbGFzcyBTdGFnZXNUcmVlUHJvdmlkZXIgZXh0ZW5kcyBEaXNwb3NhYmxlIGltcGxlbWVudHMgdnNjb2RlLlRyZWVEYXRhUHJvdmlkZXI8U3RhZ2VUcmVlTm9kZT4ge1xuICBwcml2YXRlIHJlYWRvbmx5IGNoYW5nZWQgPSB0aGlzLl9yZWdpc3RlcihuZXcgdnNjb2RlLkV2ZW50RW1pdHRlcjxTdGFnZVRyZWVOb2RlIHwgdW5kZWZpbmVkPigpKTtcbiAgcmVhZG9ubHkgb25EaWRDaGFuZ2VUcmVlRGF0YSA9IHRoaXMuY2hhbmdlZC5ldmVudDtcblxuICBjb25zdHJ1Y3RvcihcbiAgICBwcml2YXRlIHJlYWRvbmx5IGNhdGFsb2c6IFN0b3J5Q2F0YWxvZyxcbiAgICBwcml2YXRlIHJlYWRvbmx5IHJ1bm5pbmc6IFJ1bm5pbmdJdGVtcyxcbiAgKSB7XG4gICAgc3VwZXIoKTtcbiAgICB0aGlzLl9yZWdpc3RlcihjYXRhbG9nLm9uRGlkQ2hhbmdlKCgpID0+IHRoaXMuY2hhbmdlZC5maXJlKHVuZGVmaW5lZCkpKTtcbiAgICB0aGlzLl9yZWdpc3RlcihydW5uaW5nLm9uRGlkQ2hhbmdlKCgpID0+IHRoaXMuY2hhbmdlZC5maXJlKHVuZGVmaW5lZCkpKTtcbiAgfVxuXG4gIGdldENoaWxkcmVuKG5vZGU/OiBTdGFnZVRyZWVOb2RlKTogU3RhZ2VUcmVlTm9kZVtdIHtcbiAgICBpZiAoIW5vZGUpIHJldHVybiB0aGlzLmNhdGFsb2cuc3Rvcmllcy5tYXAoKGVudHJ5KSA9PiAoeyBraW5kOiAnc3RvcnknLCBlbnRyeSB9KSk7XG4gICAgaWYgKG5vZGUua2luZCA9PT0gJ3N0b3J5JykgcmV0dXJuIHN0YWdlTm9kZXMobm9kZS5lbnRyeSk7XG4gICAgaWYgKG5vZGUua2luZCA9PT0gJ3N0YWdlJyAmJiBpc0NoYXB0ZXJTdGFnZShub2RlLnN0YWdlKSkgcmV0dXJuIG5vZGUuaXRlbXMubWFwKChpdGVtKSA9PiAoeyBraW5kOiAnY2hhcHRlcicsIGVudHJ5OiBub2RlLmVudHJ5LCBpdGVtIH0pKTtcbiAgICByZXR1cm4gW107XG4gIH1cblxuICBnZXRQYXJlbnQobm9kZTogU3RhZ2VUcmVlTm9kZSk6IFN0YWdlVHJlZU5vZGUgfCB1bmRlZmluZWQge1xuICAgIGlmIChub2RlLmtpbmQgPT09ICdzdG9yeScpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgaWYgKG5vZGUua2luZCA9PT0gJ3N0YWdlJykgcmV0dXJuIHsga2luZDogJ3N0b3J5JywgZW50cnk6IG5vZGUuZW50cnkgfTtcbiAgICByZXR1cm4gc3RhZ2VOb2Rlcyhub2RlLmVudHJ5KS5maW5kKChzKSA9PiBzLmtpbmQgPT09ICdzdGFnZScgJiYgcy5zdGFnZSA9PT0gbm9kZS5pdGVtLnN0YWdlKTtcbiAgfVxuXG4gIGdldFRyZWVJdGVtKG5vZGU6IFN0YWdlVHJlZU5vZGUpOiB2c2NvZGUuVHJlZUl0ZW0ge1xuICAgIHN3aXRjaCAobm9kZS5raW5kKSB7XG4gICAgICBjYXNlICdzdG9yeSc6XG4gICAgICAgIHJldHVybiB0aGlzLnN0b3J5SXRlbShub2RlLmVudHJ5KTtcbiAgICAgIGNhc2UgJ3N0YWdlJzpcbiAgICAgICAgcmV0dXJuIGlzQ2hhcHRlclN0YWdlKG5vZGUuc3RhZ2UpID8gdGhpcy5jaGFwdGVyU3RhZ2VJdGVtKG5vZGUpIDogdGhpcy5pdGVtUm93KG5vZGUuZW50cnksIG5vZGUuaXRlbXNbMF0hLCBTVEFHRV9MQUJFTFNbbm9kZS5zdGFnZV0pO1xuICAgICAgY2FzZSAnY2hhcHRlcic6XG4gICAgICAgIHJldHVybiB0aGlzLml0ZW1Sb3cobm9kZS5lbnRyeSwgbm9kZS5pdGVtLCBgQ2hhcHRlciAke25vZGUuaXRlbS5jaGFwdGVyfSR7bm9kZS5pdGVtLnRpdGxlID8gYDogJHtub2RlLml0ZW0udGl0bGV9YCA6ICcnfWApO1xuICAgIH1cbiAgfVxuXG4gIC8qKiBUaGUgc3RhdGUgc2hvd24gZm9yIGFuIGl0ZW06IHRoZSBydW4ncyBcInJ1bm5pbmdcIiBvdmVycmlkZXMgd2hhdCB0aGUgZmlsZXMgc2F5LiAqL1xuICBzdGF0ZU9mKGVudHJ5OiBTdG9yeUVudHJ5LCBpdGVtOiBJdGVtU3RhdGUpOiBJdGVtU3RhdHVzIHtcbiAgICByZXR1cm4gdGhpcy5ydW5uaW5nLmlzSXRlbVJ1bm5pbmcoZW50cnkuc3RvcnkuaWQsIGl0ZW0uaWQpID8gJ3J1bm5pbmcnIDogaXRlbS5zdGF0ZTtcbiAgfVxuXG4gIHByaXZhdGUgc3RvcnlJdGVtKGVudHJ5OiBTdG9yeUVudHJ5KTogdnNjb2RlLlRyZWVJdGVtIHtcbiAgICBjb25zdCBicmllZiA9IGVudHJ5LnN0YXRlLmJyaWVmO1xuICAgIGNvbnN0IHRpdGxlID0gYnJpZWY/Lm9rID8gYnJpZWYuYnJpZWYudGl0bGUgOiBlbnRyeS5zdG9yeS5uYW1lO1xuICAgIGNvbnN0IGl0ZW0gPSBuZXcgdnNjb2RlLlRyZWVJdGVtKHRpdGxlLCB2c2NvZGUuVHJlZUl0ZW1Db2xsYXBzaWJsZVN0YXRlLkV4cGFuZGVkKTtcbiAgICBpdGVtLmlkID0gZW50cnkuc3RvcnkuaWQ7XG4gICAgaXRlbS5pY29uUGF0aCA9IG5ldyB2c2NvZGUuVGhlbWVJY29uKCdib29rJyk7XG4gICAgY29uc3QgZG9uZSA9IGVudHJ5LnN0YXRlLml0ZW1zLmZpbHRlcigoaSkgPT4gaS5zdGF0ZSA9PT0gJ2RvbmUnIHx8IGkuc3RhdGUgPT09ICdlZGl0ZWQnKS5sZW5ndGg7XG4gICAgaXRlbS5kZXNjcmlwdGlvbiA9IGAke2RvbmV9LyR7ZW50cnkuc3RhdGUuaXRlbXMubGVuZ3RofSBkb25lJHtlbnRyeS5zdG9yeS5mb2xkZXIuaW5kZXggPiAwIHx8ICh2c2NvZGUud29ya3NwYWNlLndvcmtzcGFjZUZvbGRlcnM/Lmxlbmd0aCA/PyAwKSA+IDEgPyBgIFx1MDBCNyAke2VudHJ5LnN0b3J5LmZvbGRlci5uYW1lfWAgOiAnJ31gO1xuICAgIGNvbnN0IHRpcCA9IG5ldyB2c2NvZGUuTWFya2Rvd25TdHJpbmcoYCoqJHtlc2NhcGUodGl0bGUpfSoqXFxuXFxuJHtlc2NhcGUoZW50cnkuc3Rvcnkuc3RvcnlEaXIpfWApO1xuICAgIGZvciAoY29uc3QgcCBvZiBlbnRyeS5zdGF0ZS5wcm9ibGVtcykgdGlwLmFwcGVuZE1hcmtkb3duKGBcXG5cXG4kKHdhcm5pbmcpICR7ZXNjYXBlKHApfWApO1xuICAgIHRpcC5zdXBwb3J0VGhlbWVJY29ucyA9IHRydWU7XG4gICAgaXRlbS50b29sdGlwID0gdGlwO1xuICAgIGl0ZW0uY29udGV4dFZhbHVlID0gJ3N0b3J5V3JpdGVyLnN0b3J5JztcbiAgICBpdGVtLnJlc291cmNlVXJpID0gZW50cnkuc3RvcnkudXJpKGVudHJ5LnN0b3J5LnN0b3J5RGlyKTtcbiAgICByZXR1cm4gaXRlbTtcbiAgfVxuXG4gIHByaXZhdGUgY2hhcHRlclN0YWdlSXRlbShub2RlOiBFeHRyYWN0PFN0YWdlVHJlZU5vZGUsIHsga2luZDogJ3N0YWdlJyB9Pik6IHZzY29kZS5UcmVlSXRlbSB7XG4gICAgY29uc3Qgc3RhdGVzID0gbm9kZS5pdGVtcy5tYXAoKGkpID0+IHRoaXMuc3RhdGVPZihub2RlLmVudHJ5LCBpKSk7XG4gICAgY29uc3Qgc3VtbWFyeSA9IFNVTU1BUllfT1JERVIuZmluZCgocykgPT4gc3RhdGVzLmluY2x1ZGVzKHMpKSA/PyAncGVuZGluZyc7XG4gICAgY29uc3QgaXRlbSA9IG5ldyB2c2NvZGUuVHJlZUl0ZW0oU1RBR0VfTEFCRUxTW25vZGUuc3RhZ2VdLCBub2RlLml0ZW1zLmxlbmd0aCA/IHZzY29kZS5UcmVlSXRlbUNvbGxhcHNpYmxlU3RhdGUuRXhwYW5kZWQgOiB2c2NvZGUuVHJlZUl0ZW1Db2xsYXBzaWJsZVN0YXRlLk5vbmUpO1xuICAgIGl0ZW0uaWQgPSBgJHtub2RlLmVudHJ5LnN0b3J5LmlkfSMke25vZGUuc3RhZ2V9YDtcbiAgICBpdGVtLmljb25QYXRoID0gU1RBVEVfSUNPTlNbbm9kZS5pdGVtcy5sZW5ndGggPyBzdW1tYXJ5IDogJ3BlbmRpbmcnXTtcbiAgICBjb25zdCBkb25lID0gc3RhdGVzLmZpbHRlcigocykgPT4gcyA9PT0gJ2RvbmUnIHx8IHMgPT09ICdlZGl0ZWQnKS5sZW5ndGg7XG4gICAgY29uc3Qgd29yZHMgPSBub2RlLml0ZW1zLnJlZHVjZSgobiwgaSkgPT4gbiArIChpLndvcmRzID8/IDApLCAwKTtcbiAgICBpdGVtLmRlc2NyaXB0aW9uID0gbm9kZS5pdGVtcy5sZW5ndGggPyBgJHtkb25lfS8ke25vZGUuaXRlbXMubGVuZ3RofSBjaGFwdGVycyR7d29yZHMgPyBgIFx1MDBCNyAke3dvcmRzLnRvTG9jYWxlU3RyaW5nKCdlbi1VUycpfSB3b3Jkc2AgOiAnJ31gIDogJ2FmdGVyIHRoZSBvdXRsaW5lJztcbiAgICBpdGVtLnRvb2x0aXAgPSBub2RlLml0ZW1zLmxlbmd0aCA/IGAke1NUQUdFX0xBQkVMU1tub2RlLnN0YWdlXX06ICR7U1RBVEVfV09SRFNbc3VtbWFyeV19YCA6ICdDaGFwdGVycyBhcHBlYXIgb25jZSB0aGUgb3V0bGluZSBleGlzdHMuJztcbiAgICBpdGVtLmNvbnRleHRWYWx1ZSA9IGBzdG9yeVdyaXRlci5zdGFnZSBzdGFnZS0ke25vZGUuc3RhZ2V9IHN0YXRlLSR7c3VtbWFyeX1gO1xuICAgIHJldHVybiBpdGVtO1xuICB9XG5cbiAgcHJpdmF0ZSBpdGVtUm93KGVudHJ5OiBTdG9yeUVudHJ5LCBzdGF0ZTogSXRlbVN0YXRlLCBsYWJlbDogc3RyaW5nKTogdnNjb2RlLlRyZWVJdGVtIHtcbiAgICBjb25zdCBzdGF0dXMgPSB0aGlzLnN0YXRlT2YoZW50cnksIHN0YXRlKTtcbiAgICBjb25zdCBpdGVtID0gbmV3IHZzY29kZS5UcmVlSXRlbShsYWJlbCwgdnNjb2RlLlRyZWVJdGVtQ29sbGFwc2libGVTdGF0ZS5Ob25lKTtcbiAgICBpdGVtLmlkID0gYCR7ZW50cnkuc3RvcnkuaWR9IyR7c3RhdGUuaWR9YDtcbiAgICBpdGVtLmljb25QYXRoID0gU1RBVEVfSUNPTlNbc3RhdHVzXTtcbiAgICBpdGVtLmRlc2NyaXB0aW9uID0gZGVzY3JpYmUoc3RhdGUsIHN0YXR1cyk7XG4gICAgaXRlbS50b29sdGlwID0gdG9vbHRpcChzdGF0ZSwgc3RhdHVzLCBsYWJlbCk7XG4gICAgaXRlbS5jb250ZXh0VmFsdWUgPSBgc3RvcnlXcml0ZXIuaXRlbSBzdGFnZS0ke3N0YXRlLnN0YWdlfSBzdGF0ZS0ke3N0YXR1c31gO1xuICAgIGl0ZW0ucmVzb3VyY2VVcmkgPSBlbnRyeS5zdG9yeS51cmkoc3RhdGUucGF0aCk7XG4gICAgaWYgKHN0YXR1cyAhPT0gJ3BlbmRpbmcnKSBpdGVtLmNvbW1hbmQgPSB7IGNvbW1hbmQ6ICd2c2NvZGUub3BlbicsIHRpdGxlOiAnT3BlbicsIGFyZ3VtZW50czogW2VudHJ5LnN0b3J5LnVyaShzdGF0ZS5wYXRoKV0gfTtcbiAgICByZXR1cm4gaXRlbTtcbiAgfVxufVxuXG5mdW5jdGlvbiBzdGFnZU5vZGVzKGVudHJ5OiBTdG9yeUVudHJ5KTogU3RhZ2VUcmVlTm9kZVtdIHtcbiAgY29uc3Qgc3RhZ2VzOiBXb3JrZmxvd1N0YWdlW10gPSBbJ2NvbmNlcHQnLCAnYmlibGUnLCAnb3V0bGluZScsICdkcmFmdCcsICdyZXZpc2lvbicsICdtYW51c2NyaXB0J107XG4gIHJldHVybiBzdGFnZXMubWFwKChzdGFnZSkgPT4gKHsga2luZDogJ3N0YWdlJywgZW50cnksIHN0YWdlLCBpdGVtczogZW50cnkuc3RhdGUuaXRlbXMuZmlsdGVyKChpKSA9PiBpLnN0YWdlID09PSBzdGFnZSkgfSkpO1xufVxuXG5mdW5jdGlvbiBpc0NoYXB0ZXJTdGFnZShzdGFnZTogV29ya2Zsb3dTdGFnZSk6IGJvb2xlYW4ge1xuICByZXR1cm4gc3RhZ2UgPT09ICdkcmFmdCcgfHwgc3RhZ2UgPT09ICdyZXZpc2lvbic7XG59XG5cbmZ1bmN0aW9uIGRlc2NyaWJlKHN0YXRlOiBJdGVtU3RhdGUsIHN0YXR1czogSXRlbVN0YXR1cyk6IHN0cmluZyB7XG4gIGNvbnN0IHBhcnRzOiBzdHJpbmdbXSA9IFtdO1xuICBpZiAoc3RhdHVzICE9PSAnZG9uZScgJiYgc3RhdHVzICE9PSAncGVuZGluZycpIHBhcnRzLnB1c2goU1RBVEVfV09SRFNbc3RhdHVzXS50b0xvd2VyQ2FzZSgpKTtcbiAgaWYgKHN0YXRlLndvcmRzKSBwYXJ0cy5wdXNoKGAke3N0YXRlLndvcmRzLnRvTG9jYWxlU3RyaW5nKCdlbi1VUycpfSB3b3Jkc2ApO1xuICBpZiAoc3RhdGUubWV0YSkge1xuICAgIHBhcnRzLnB1c2goc3RhdGUubWV0YS5tb2RlbCk7XG4gICAgcGFydHMucHVzaChgJHsoc3RhdGUubWV0YS5kdXJhdGlvbk1zIC8gMTAwMCkudG9GaXhlZCgxKX0gc2ApO1xuICB9XG4gIHJldHVybiBwYXJ0cy5qb2luKCcgXHUwMEI3ICcpO1xufVxuXG5mdW5jdGlvbiB0b29sdGlwKHN0YXRlOiBJdGVtU3RhdGUsIHN0YXR1czogSXRlbVN0YXR1cywgbGFiZWw6IHN0cmluZyk6IHZzY29kZS5NYXJrZG93blN0cmluZyB7XG4gIGNvbnN0IG1kID0gbmV3IHZzY29kZS5NYXJrZG93blN0cmluZyh1bmRlZmluZWQsIHRydWUpO1xuICBtZC5hcHBlbmRNYXJrZG93bihgKioke2VzY2FwZShsYWJlbCl9KiogXHUyMDE0ICR7U1RBVEVfV09SRFNbc3RhdHVzXX1cXG5cXG5gKTtcbiAgaWYgKHN0YXRlLnJlYXNvbikgbWQuYXBwZW5kTWFya2Rvd24oYCR7ZXNjYXBlKHN0YXRlLnJlYXNvbil9XFxuXFxuYCk7XG4gIGlmIChzdGF0ZS5zdGFsZUlucHV0cz8ubGVuZ3RoKSBtZC5hcHBlbmRNYXJrZG93bihgQ2hhbmdlZCBzaW5jZSBpdCB3YXMgd3JpdHRlbjogJHtzdGF0ZS5zdGFsZUlucHV0cy5tYXAoKGspID0+IGBcXGAke2Rlc2NyaWJlSW5wdXRLZXkoayl9XFxgYCkuam9pbignLCAnKX1cXG5cXG5gKTtcbiAgY29uc3QgbWV0YSA9IHN0YXRlLm1ldGE7XG4gIGlmIChtZXRhKSB7XG4gICAgbWQuYXBwZW5kTWFya2Rvd24oYHwgfCB8XFxufC0tLXwtLS18XFxuYCk7XG4gICAgbWQuYXBwZW5kTWFya2Rvd24oYHwgTW9kZWwgfCAke2VzY2FwZShtZXRhLm1vZGVsKX0gfFxcbmApO1xuICAgIG1kLmFwcGVuZE1hcmtkb3duKGB8IEdlbmVyYXRlZCB8ICR7bmV3IERhdGUobWV0YS5nZW5lcmF0ZWRBdCkudG9Mb2NhbGVTdHJpbmcoKX0gfFxcbmApO1xuICAgIG1kLmFwcGVuZE1hcmtkb3duKGB8IFRvb2sgfCAkeyhtZXRhLmR1cmF0aW9uTXMgLyAxMDAwKS50b0ZpeGVkKDEpfSBzIHxcXG5gKTtcbiAgICBtZC5hcHBlbmRNYXJrZG93bihgfCBUb2tlbnMgfCAke21ldGEudXNhZ2UucHJvbXB0VG9rZW5zfSBpbiBcdTAwQjcgJHttZXRhLnVzYWdlLm91dHB1dFRva2Vuc30gb3V0IFx1MDBCNyAke21ldGEudXNhZ2UudGhpbmtpbmdUb2tlbnN9IHRoaW5raW5nIHxcXG5gKTtcbiAgICBpZiAoc3RhdGUud29yZHMpIG1kLmFwcGVuZE1hcmtkb3duKGB8IFdvcmRzIHwgJHtzdGF0ZS53b3Jkcy50b0xvY2FsZVN0cmluZygnZW4tVVMnKX0gfFxcbmApO1xuICAgIG1kLmFwcGVuZE1hcmtkb3duKGB8IElucHV0cyB8ICR7T2JqZWN0LmtleXMobWV0YS5pbnB1dHMpLm1hcCgoaykgPT4gZXNjYXBlKGRlc2NyaWJlSW5wdXRLZXkoaykpKS5qb2luKCcsICcpIHx8ICdcdTIwMTQnfSB8XFxuYCk7XG4gIH1cbiAgbWQuYXBwZW5kTWFya2Rvd24oYFxcblxcYCR7ZXNjYXBlKHN0YXRlLmZpbGUpfVxcYGApO1xuICByZXR1cm4gbWQ7XG59XG5cbmZ1bmN0aW9uIGVzY2FwZSh0ZXh0OiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gdGV4dC5yZXBsYWNlKC9bXFxcXGAqX3t9W1xcXTw+fF0vZywgJ1xcXFwkJicpO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLGFBQXdCO0FBRXhCLG1CQUFpQztBQUdqQyx3QkFBMkI7QUFlcEIsTUFBTSxlQUE4QztBQUFBLEVBQ3pELFNBQVM7QUFBQSxFQUNULE9BQU87QUFBQSxFQUNQLFNBQVM7QUFBQSxFQUNULE9BQU87QUFBQSxFQUNQLFVBQVU7QUFBQSxFQUNWLFlBQVk7QUFDZDtBQUVBLE1BQU0sY0FBb0Q7QUFBQSxFQUN4RCxNQUFNLElBQUksT0FBTyxVQUFVLGVBQWUsSUFBSSxPQUFPLFdBQVcsb0JBQW9CLENBQUM7QUFBQSxFQUNyRixTQUFTLElBQUksT0FBTyxVQUFVLGNBQWM7QUFBQSxFQUM1QyxPQUFPLElBQUksT0FBTyxVQUFVLFdBQVcsSUFBSSxPQUFPLFdBQVcsd0JBQXdCLENBQUM7QUFBQSxFQUN0RixRQUFRLElBQUksT0FBTyxVQUFVLFFBQVEsSUFBSSxPQUFPLFdBQVcsYUFBYSxDQUFDO0FBQUEsRUFDekUsU0FBUyxJQUFJLE9BQU8sVUFBVSxlQUFlLElBQUksT0FBTyxXQUFXLHdCQUF3QixDQUFDO0FBQUEsRUFDNUYsUUFBUSxJQUFJLE9BQU8sVUFBVSxTQUFTLElBQUksT0FBTyxXQUFXLG9CQUFvQixDQUFDO0FBQUEsRUFDakYsU0FBUyxJQUFJLE9BQU8sVUFBVSxtQkFBbUIsSUFBSSxPQUFPLFdBQVcsb0JBQW9CLENBQUM7QUFBQSxFQUM1RixTQUFTLElBQUksT0FBTyxVQUFVLHNCQUFzQjtBQUN0RDtBQUVBLE1BQU0sY0FBMEM7QUFBQSxFQUM5QyxNQUFNO0FBQUEsRUFDTixTQUFTO0FBQUEsRUFDVCxPQUFPO0FBQUEsRUFDUCxRQUFRO0FBQUEsRUFDUixTQUFTO0FBQUEsRUFDVCxRQUFRO0FBQUEsRUFDUixTQUFTO0FBQUEsRUFDVCxTQUFTO0FBQ1g7QUFHQSxNQUFNLGdCQUE4QixDQUFDLFdBQVcsVUFBVSxXQUFXLFNBQVMsV0FBVyxVQUFVLFdBQVcsTUFBTTtBQU83RyxNQUFNLDJCQUEyQiw2QkFBNkQ7QUFBQSxFQUluRyxZQUNtQixTQUNBLFNBQ2pCO0FBQ0EsVUFBTTtBQUhXO0FBQ0E7QUFHakIsU0FBSyxVQUFVLFFBQVEsWUFBWSxNQUFNLEtBQUssUUFBUSxLQUFLLE1BQVMsQ0FBQyxDQUFDO0FBQ3RFLFNBQUssVUFBVSxRQUFRLFlBQVksTUFBTSxLQUFLLFFBQVEsS0FBSyxNQUFTLENBQUMsQ0FBQztBQUFBLEVBQ3hFO0FBQUEsRUFObUI7QUFBQSxFQUNBO0FBQUEsRUFMRixVQUFVLEtBQUssVUFBVSxJQUFJLE9BQU8sYUFBd0MsQ0FBQztBQUFBLEVBQ3JGLHNCQUFzQixLQUFLLFFBQVE7QUFBQSxFQVc1QyxZQUFZLE1BQXVDO0FBQ2pELFFBQUksQ0FBQyxLQUFNLFFBQU8sS0FBSyxRQUFRLFFBQVEsSUFBSSxDQUFDLFdBQVcsRUFBRSxNQUFNLFNBQVMsTUFBTSxFQUFFO0FBQ2hGLFFBQUksS0FBSyxTQUFTLFFBQVMsUUFBTyxXQUFXLEtBQUssS0FBSztBQUN2RCxRQUFJLEtBQUssU0FBUyxXQUFXLGVBQWUsS0FBSyxLQUFLLEVBQUcsUUFBTyxLQUFLLE1BQU0sSUFBSSxDQUFDLFVBQVUsRUFBRSxNQUFNLFdBQVcsT0FBTyxLQUFLLE9BQU8sS0FBSyxFQUFFO0FBQ3ZJLFdBQU8sQ0FBQztBQUFBLEVBQ1Y7QUFBQSxFQUVBLFVBQVUsTUFBZ0Q7QUFDeEQsUUFBSSxLQUFLLFNBQVMsUUFBUyxRQUFPO0FBQ2xDLFFBQUksS0FBSyxTQUFTLFFBQVMsUUFBTyxFQUFFLE1BQU0sU0FBUyxPQUFPLEtBQUssTUFBTTtBQUNyRSxXQUFPLFdBQVcsS0FBSyxLQUFLLEVBQUUsS0FBSyxDQUFDLE1BQU0sRUFBRSxTQUFTLFdBQVcsRUFBRSxVQUFVLEtBQUssS0FBSyxLQUFLO0FBQUEsRUFDN0Y7QUFBQSxFQUVBLFlBQVksTUFBc0M7QUFDaEQsWUFBUSxLQUFLLE1BQU07QUFBQSxNQUNqQixLQUFLO0FBQ0gsZUFBTyxLQUFLLFVBQVUsS0FBSyxLQUFLO0FBQUEsTUFDbEMsS0FBSztBQUNILGVBQU8sZUFBZSxLQUFLLEtBQUssSUFBSSxLQUFLLGlCQUFpQixJQUFJLElBQUksS0FBSyxRQUFRLEtBQUssT0FBTyxLQUFLLE1BQU0sQ0FBQyxHQUFJLGFBQWEsS0FBSyxLQUFLLENBQUM7QUFBQSxNQUNySSxLQUFLO0FBQ0gsZUFBTyxLQUFLLFFBQVEsS0FBSyxPQUFPLEtBQUssTUFBTSxXQUFXLEtBQUssS0FBSyxPQUFPLEdBQUcsS0FBSyxLQUFLLFFBQVEsS0FBSyxLQUFLLEtBQUssS0FBSyxLQUFLLEVBQUUsRUFBRTtBQUFBLElBQzdIO0FBQUEsRUFDRjtBQUFBO0FBQUEsRUFHQSxRQUFRLE9BQW1CLE1BQTZCO0FBQ3RELFdBQU8sS0FBSyxRQUFRLGNBQWMsTUFBTSxNQUFNLElBQUksS0FBSyxFQUFFLElBQUksWUFBWSxLQUFLO0FBQUEsRUFDaEY7QUFBQSxFQUVRLFVBQVUsT0FBb0M7QUFDcEQsVUFBTSxRQUFRLE1BQU0sTUFBTTtBQUMxQixVQUFNLFFBQVEsT0FBTyxLQUFLLE1BQU0sTUFBTSxRQUFRLE1BQU0sTUFBTTtBQUMxRCxVQUFNLE9BQU8sSUFBSSxPQUFPLFNBQVMsT0FBTyxPQUFPLHlCQUF5QixRQUFRO0FBQ2hGLFNBQUssS0FBSyxNQUFNLE1BQU07QUFDdEIsU0FBSyxXQUFXLElBQUksT0FBTyxVQUFVLE1BQU07QUFDM0MsVUFBTSxPQUFPLE1BQU0sTUFBTSxNQUFNLE9BQU8sQ0FBQyxNQUFNLEVBQUUsVUFBVSxVQUFVLEVBQUUsVUFBVSxRQUFRLEVBQUU7QUFDekYsU0FBSyxjQUFjLEdBQUcsSUFBSSxJQUFJLE1BQU0sTUFBTSxNQUFNLE1BQU0sUUFBUSxNQUFNLE1BQU0sT0FBTyxRQUFRLE1BQU0sT0FBTyxVQUFVLGtCQUFrQixVQUFVLEtBQUssSUFBSSxTQUFNLE1BQU0sTUFBTSxPQUFPLElBQUksS0FBSyxFQUFFO0FBQ3pMLFVBQU0sTUFBTSxJQUFJLE9BQU8sZUFBZSxLQUFLLE9BQU8sS0FBSyxDQUFDO0FBQUE7QUFBQSxFQUFTLE9BQU8sTUFBTSxNQUFNLFFBQVEsQ0FBQyxFQUFFO0FBQy9GLGVBQVcsS0FBSyxNQUFNLE1BQU0sU0FBVSxLQUFJLGVBQWU7QUFBQTtBQUFBLGFBQWtCLE9BQU8sQ0FBQyxDQUFDLEVBQUU7QUFDdEYsUUFBSSxvQkFBb0I7QUFDeEIsU0FBSyxVQUFVO0FBQ2YsU0FBSyxlQUFlO0FBQ3BCLFNBQUssY0FBYyxNQUFNLE1BQU0sSUFBSSxNQUFNLE1BQU0sUUFBUTtBQUN2RCxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRVEsaUJBQWlCLE1BQWtFO0FBQ3pGLFVBQU0sU0FBUyxLQUFLLE1BQU0sSUFBSSxDQUFDLE1BQU0sS0FBSyxRQUFRLEtBQUssT0FBTyxDQUFDLENBQUM7QUFDaEUsVUFBTSxVQUFVLGNBQWMsS0FBSyxDQUFDLE1BQU0sT0FBTyxTQUFTLENBQUMsQ0FBQyxLQUFLO0FBQ2pFLFVBQU0sT0FBTyxJQUFJLE9BQU8sU0FBUyxhQUFhLEtBQUssS0FBSyxHQUFHLEtBQUssTUFBTSxTQUFTLE9BQU8seUJBQXlCLFdBQVcsT0FBTyx5QkFBeUIsSUFBSTtBQUM5SixTQUFLLEtBQUssR0FBRyxLQUFLLE1BQU0sTUFBTSxFQUFFLElBQUksS0FBSyxLQUFLO0FBQzlDLFNBQUssV0FBVyxZQUFZLEtBQUssTUFBTSxTQUFTLFVBQVUsU0FBUztBQUNuRSxVQUFNLE9BQU8sT0FBTyxPQUFPLENBQUMsTUFBTSxNQUFNLFVBQVUsTUFBTSxRQUFRLEVBQUU7QUFDbEUsVUFBTSxRQUFRLEtBQUssTUFBTSxPQUFPLENBQUMsR0FBRyxNQUFNLEtBQUssRUFBRSxTQUFTLElBQUksQ0FBQztBQUMvRCxTQUFLLGNBQWMsS0FBSyxNQUFNLFNBQVMsR0FBRyxJQUFJLElBQUksS0FBSyxNQUFNLE1BQU0sWUFBWSxRQUFRLFNBQU0sTUFBTSxlQUFlLE9BQU8sQ0FBQyxXQUFXLEVBQUUsS0FBSztBQUM1SSxTQUFLLFVBQVUsS0FBSyxNQUFNLFNBQVMsR0FBRyxhQUFhLEtBQUssS0FBSyxDQUFDLEtBQUssWUFBWSxPQUFPLENBQUMsS0FBSztBQUM1RixTQUFLLGVBQWUsMkJBQTJCLEtBQUssS0FBSyxVQUFVLE9BQU87QUFDMUUsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVRLFFBQVEsT0FBbUIsT0FBa0IsT0FBZ0M7QUFDbkYsVUFBTSxTQUFTLEtBQUssUUFBUSxPQUFPLEtBQUs7QUFDeEMsVUFBTSxPQUFPLElBQUksT0FBTyxTQUFTLE9BQU8sT0FBTyx5QkFBeUIsSUFBSTtBQUM1RSxTQUFLLEtBQUssR0FBRyxNQUFNLE1BQU0sRUFBRSxJQUFJLE1BQU0sRUFBRTtBQUN2QyxTQUFLLFdBQVcsWUFBWSxNQUFNO0FBQ2xDLFNBQUssY0FBYyxTQUFTLE9BQU8sTUFBTTtBQUN6QyxTQUFLLFVBQVUsUUFBUSxPQUFPLFFBQVEsS0FBSztBQUMzQyxTQUFLLGVBQWUsMEJBQTBCLE1BQU0sS0FBSyxVQUFVLE1BQU07QUFDekUsU0FBSyxjQUFjLE1BQU0sTUFBTSxJQUFJLE1BQU0sSUFBSTtBQUM3QyxRQUFJLFdBQVcsVUFBVyxNQUFLLFVBQVUsRUFBRSxTQUFTLGVBQWUsT0FBTyxRQUFRLFdBQVcsQ0FBQyxNQUFNLE1BQU0sSUFBSSxNQUFNLElBQUksQ0FBQyxFQUFFO0FBQzNILFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFFQSxTQUFTLFdBQVcsT0FBb0M7QUFDdEQsUUFBTSxTQUEwQixDQUFDLFdBQVcsU0FBUyxXQUFXLFNBQVMsWUFBWSxZQUFZO0FBQ2pHLFNBQU8sT0FBTyxJQUFJLENBQUMsV0FBVyxFQUFFLE1BQU0sU0FBUyxPQUFPLE9BQU8sT0FBTyxNQUFNLE1BQU0sTUFBTSxPQUFPLENBQUMsTUFBTSxFQUFFLFVBQVUsS0FBSyxFQUFFLEVBQUU7QUFDM0g7QUFFQSxTQUFTLGVBQWUsT0FBK0I7QUFDckQsU0FBTyxVQUFVLFdBQVcsVUFBVTtBQUN4QztBQUVBLFNBQVMsU0FBUyxPQUFrQixRQUE0QjtBQUM5RCxRQUFNLFFBQWtCLENBQUM7QUFDekIsTUFBSSxXQUFXLFVBQVUsV0FBVyxVQUFXLE9BQU0sS0FBSyxZQUFZLE1BQU0sRUFBRSxZQUFZLENBQUM7QUFDM0YsTUFBSSxNQUFNLE1BQU8sT0FBTSxLQUFLLEdBQUcsTUFBTSxNQUFNLGVBQWUsT0FBTyxDQUFDLFFBQVE7QUFDMUUsTUFBSSxNQUFNLE1BQU07QUFDZCxVQUFNLEtBQUssTUFBTSxLQUFLLEtBQUs7QUFDM0IsVUFBTSxLQUFLLElBQUksTUFBTSxLQUFLLGFBQWEsS0FBTSxRQUFRLENBQUMsQ0FBQyxJQUFJO0FBQUEsRUFDN0Q7QUFDQSxTQUFPLE1BQU0sS0FBSyxRQUFLO0FBQ3pCO0FBRUEsU0FBUyxRQUFRLE9BQWtCLFFBQW9CLE9BQXNDO0FBQzNGLFFBQU0sS0FBSyxJQUFJLE9BQU8sZUFBZSxRQUFXLElBQUk7QUFDcEQsS0FBRyxlQUFlLEtBQUssT0FBTyxLQUFLLENBQUMsYUFBUSxZQUFZLE1BQU0sQ0FBQztBQUFBO0FBQUEsQ0FBTTtBQUNyRSxNQUFJLE1BQU0sT0FBUSxJQUFHLGVBQWUsR0FBRyxPQUFPLE1BQU0sTUFBTSxDQUFDO0FBQUE7QUFBQSxDQUFNO0FBQ2pFLE1BQUksTUFBTSxhQUFhLE9BQVEsSUFBRyxlQUFlLGlDQUFpQyxNQUFNLFlBQVksSUFBSSxDQUFDLE1BQU0sU0FBSywrQkFBaUIsQ0FBQyxDQUFDLElBQUksRUFBRSxLQUFLLElBQUksQ0FBQztBQUFBO0FBQUEsQ0FBTTtBQUM3SixRQUFNLE9BQU8sTUFBTTtBQUNuQixNQUFJLE1BQU07QUFDUixPQUFHLGVBQWU7QUFBQTtBQUFBLENBQW9CO0FBQ3RDLE9BQUcsZUFBZSxhQUFhLE9BQU8sS0FBSyxLQUFLLENBQUM7QUFBQSxDQUFNO0FBQ3ZELE9BQUcsZUFBZSxpQkFBaUIsSUFBSSxLQUFLLEtBQUssV0FBVyxFQUFFLGVBQWUsQ0FBQztBQUFBLENBQU07QUFDcEYsT0FBRyxlQUFlLGFBQWEsS0FBSyxhQUFhLEtBQU0sUUFBUSxDQUFDLENBQUM7QUFBQSxDQUFRO0FBQ3pFLE9BQUcsZUFBZSxjQUFjLEtBQUssTUFBTSxZQUFZLFlBQVMsS0FBSyxNQUFNLFlBQVksYUFBVSxLQUFLLE1BQU0sY0FBYztBQUFBLENBQWU7QUFDekksUUFBSSxNQUFNLE1BQU8sSUFBRyxlQUFlLGFBQWEsTUFBTSxNQUFNLGVBQWUsT0FBTyxDQUFDO0FBQUEsQ0FBTTtBQUN6RixPQUFHLGVBQWUsY0FBYyxPQUFPLEtBQUssS0FBSyxNQUFNLEVBQUUsSUFBSSxDQUFDLE1BQU0sV0FBTywrQkFBaUIsQ0FBQyxDQUFDLENBQUMsRUFBRSxLQUFLLElBQUksS0FBSyxRQUFHO0FBQUEsQ0FBTTtBQUFBLEVBQzFIO0FBQ0EsS0FBRyxlQUFlO0FBQUEsSUFBTyxPQUFPLE1BQU0sSUFBSSxDQUFDLElBQUk7QUFDL0MsU0FBTztBQUNUO0FBRUEsU0FBUyxPQUFPLE1BQXNCO0FBQ3BDLFNBQU8sS0FBSyxRQUFRLG9CQUFvQixNQUFNO0FBQ2hEOyIsCiAgIm5hbWVzIjogW10KfQo=
