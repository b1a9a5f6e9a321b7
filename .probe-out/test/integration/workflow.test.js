"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
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
var assert = __toESM(require("node:assert/strict"));
var import_node_fs = require("node:fs");
var path = __toESM(require("node:path"));
var vscode = __toESM(require("vscode"));
var import_fakeGemini = require("../support/fakeGemini");
var import_helpers = require("./helpers");
describe("the writer\u2019s workflow in VS Code", function() {
  this.timeout(12e4);
  let api;
  let server;
  let entry;
  const config = () => vscode.workspace.getConfiguration("storyWriter");
  const story = () => {
    const found = api.catalog.find(entry.story.id);
    assert.ok(found, "the story is no longer in the catalog");
    return found;
  };
  const item = (id) => story().state.items.find((i) => i.id === id);
  const fsPath = (p) => entry.story.uri(p).fsPath;
  before(async () => {
    api = await (0, import_helpers.activateExtension)();
    server = await (0, import_fakeGemini.startFakeGemini)({ ttftMs: 150, tokensPerSecond: 400 });
    await config().update("apiBaseUrl", server.baseUrl, vscode.ConfigurationTarget.Global);
    await config().update("retry.baseDelayMs", 50, vscode.ConfigurationTarget.Global);
    await api.apiKeys.setApiKey(server.apiKey);
  });
  after(async () => {
    api.runs.cancel();
    for (const key of ["apiBaseUrl", "retry.baseDelayMs", "ui.streamToEditor"]) await config().update(key, void 0, vscode.ConfigurationTarget.Global);
    await server.stop();
  });
  it("New Story with arguments creates the brief and shows the story in the tree", async () => {
    const brief = await vscode.commands.executeCommand("storyWriter.newStory", {
      title: "The Lighthouse Keeper\u2019s Daughter",
      premise: "A girl who keeps the lamp lit discovers that the ships it guides are not all from this century.",
      genre: "Magical realism",
      targetWords: 900,
      chapters: 3
    });
    assert.ok(brief, "New Story returned no brief");
    assert.ok((0, import_node_fs.existsSync)(brief.fsPath), `${brief.fsPath} was not written`);
    assert.match((0, import_node_fs.readFileSync)(brief.fsPath, "utf8"), /title: The Lighthouse Keeper’s Daughter/);
    const found = api.catalog.storyOf(brief);
    assert.ok(found, "the catalog does not know the new story");
    entry = found;
    const roots = api.stages.getChildren();
    assert.ok(roots.some((n) => n.kind === "story" && n.entry.story.id === entry.story.id));
    await vscode.commands.executeCommand("workbench.view.extension.storyWriter");
    await (0, import_helpers.screenshot)("06-new-story");
  });
  it("Run Workflow writes every file, streams a chapter into an editor, and the tree shows all done", async () => {
    const running = (0, import_helpers.waitFor)("a chapter to be drafted", () => api.runs.isItemRunning(entry.story.id, "draft:01") || api.runs.isItemRunning(entry.story.id, "draft:02"), 6e4).then(async () => {
      await (0, import_helpers.waitFor)("prose in the live editor", () => vscode.workspace.textDocuments.some((d) => d.uri.scheme === "story-writer-live" && d.getText().length > 400), 3e4);
      await (0, import_helpers.screenshot)("07-chapter-streaming");
    });
    const summary = await vscode.commands.executeCommand("storyWriter.runWorkflow", entry.story.id);
    await running;
    assert.ok(summary, "the run did not start");
    assert.equal(summary.outcome, "completed", JSON.stringify(summary.failures));
    await api.catalog.refresh();
    const states = story().state.items.map((i) => `${i.id}=${i.state}`);
    assert.ok(story().state.items.length >= 3 + 2 * 3 + 1, states.join(" "));
    assert.ok(story().state.items.every((i) => i.state === "done"), states.join(" "));
    for (const file of ["01-concept.md", "02-bible.md", "03-outline.md", "04-draft/chapter-01.md", "05-revision/chapter-03.md", "story.md"]) {
      assert.ok((0, import_node_fs.existsSync)(path.join(fsPath(entry.story.storyDir), file)), `${file} missing`);
    }
    const rows = treeRows(api, entry);
    assert.ok(rows.length > 0 && rows.every((r) => r.state === "done"), JSON.stringify(rows));
    await (0, import_helpers.screenshot)("08-all-done");
  });
  it("a second run makes no request", async () => {
    const before2 = server.requests.length;
    const summary = await api.runs.run({ entry: story() });
    assert.equal(summary?.requests, 0);
    assert.equal(server.requests.length, before2);
  });
  it("statistics report the requests made", () => {
    const stats = api.service.getStatistics();
    assert.ok(stats.requests >= 10, `requests ${stats.requests}`);
    assert.ok(stats.apiCalls >= 10, `apiCalls ${stats.apiCalls}`);
    assert.ok(stats.tokensOut > 0);
  });
  it("Compare Revision with Draft opens a diff editor", async () => {
    const result = await vscode.commands.executeCommand("storyWriter.compareRevision", { story: entry.story.id, chapter: 1 });
    assert.ok(result);
    await (0, import_helpers.waitFor)("a diff editor", () => vscode.window.tabGroups.activeTabGroup.activeTab?.input instanceof vscode.TabInputTextDiff);
    const input = vscode.window.tabGroups.activeTabGroup.activeTab.input;
    assert.equal(input.original.path, result.left.path);
    assert.equal(input.modified.path, result.right.path);
    await (0, import_helpers.screenshot)("09-compare-diff");
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
  });
  it("an edit to the concept, saved in the editor, turns its dependants stale in the tree", async () => {
    const concept = entry.story.uri(`${entry.story.storyDir}/01-concept.md`);
    const doc = await vscode.workspace.openTextDocument(concept);
    await vscode.window.showTextDocument(doc);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(concept, new vscode.Position(doc.lineCount, 0), "\nThe lighthouse is older than the island.\n");
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await doc.save());
    await (0, import_helpers.waitFor)("the bible to turn stale", () => item("bible")?.state === "stale", 1e4);
    assert.equal(item("concept")?.state, "edited");
    assert.equal(item("outline")?.state, "stale", "the outline reads the concept too");
    assert.equal(item("draft:01")?.state, "done", "chapters read the bible and the outline, which have not changed yet");
    assert.ok(treeRows(api, story()).some((r) => r.label === "Story Bible" && r.state === "stale"));
    await (0, import_helpers.screenshot)("10-stale-after-edit");
  });
  it("Regenerate on an edited file asks first, and keeps a backup when confirmed", async () => {
    const conceptPath = fsPath(`${entry.story.storyDir}/01-concept.md`);
    const edited = (0, import_node_fs.readFileSync)(conceptPath, "utf8");
    const declined = await vscode.commands.executeCommand("storyWriter.regenerateStage", { story: entry.story.id, stage: "concept", confirm: false });
    assert.equal(declined, void 0);
    assert.equal((0, import_node_fs.readFileSync)(conceptPath, "utf8"), edited);
    const summary = await vscode.commands.executeCommand("storyWriter.regenerateStage", { story: entry.story.id, stage: "concept", confirm: true });
    assert.ok(summary);
    assert.equal(summary.outcome, "completed");
    assert.ok(summary.backups.length >= 1, "no backup was made");
    const backupDir = fsPath(`${entry.story.storyDir}/.story-writer/backups`);
    const backups = listFiles(backupDir);
    assert.ok(backups.some((f) => (0, import_node_fs.readFileSync)(f, "utf8").includes("The lighthouse is older than the island.")), "the backup lacks the writer\u2019s text");
    assert.ok(!(0, import_node_fs.readFileSync)(conceptPath, "utf8").includes("The lighthouse is older than the island."));
  });
  it("Cancel mid-draft keeps the text written so far as a partial chapter", async () => {
    await api.catalog.refresh();
    server.setOptions({ tokensPerSecond: 60 });
    try {
      const started = (0, import_helpers.waitFor)("draft text to stream", () => vscode.workspace.textDocuments.some((d) => d.uri.scheme === "story-writer-live" && d.getText().length > 200), 6e4);
      const run = api.runs.run({ entry: story(), target: "draft", regenerate: "draft", force: true });
      await started;
      await (0, import_helpers.screenshot)("11-tree-mid-run");
      assert.equal(await vscode.commands.executeCommand("storyWriter.cancel"), true);
      const summary = await run;
      assert.equal(summary?.outcome, "cancelled");
      await api.catalog.refresh();
      const partial = story().state.items.filter((i) => i.stage === "draft" && i.state === "partial");
      assert.ok(partial.length >= 1, story().state.items.map((i) => `${i.id}=${i.state}`).join(" "));
      const draftDir = fsPath(`${entry.story.storyDir}/04-draft`);
      assert.ok((0, import_node_fs.readdirSync)(draftDir).some((f) => f.endsWith(".partial.md")), "no .partial.md file");
    } finally {
      server.setOptions({ tokensPerSecond: 400 });
    }
  });
  it("an invalid key surfaces the invalid-key error with its action", async () => {
    await api.apiKeys.setApiKey("definitely-not-a-valid-key");
    try {
      const summary = await api.runs.run({ entry: story() });
      assert.ok(summary);
      assert.equal(summary.outcome, "failed");
      assert.equal(summary.failures[0]?.kind, "auth");
      assert.equal(summary.exitCode, 3);
      await vscode.commands.executeCommand("notifications.showList");
      await (0, import_helpers.screenshot)("12-invalid-key-notification");
      await vscode.commands.executeCommand("notifications.hideList");
    } finally {
      await api.apiKeys.setApiKey(server.apiKey);
    }
  });
  it("a resumed run continues the partial chapter and finishes the story", async () => {
    const summary = await api.runs.run({ entry: story() });
    assert.equal(summary?.outcome, "completed", JSON.stringify(summary?.failures));
    await api.catalog.refresh();
    const states = story().state.items.map((i) => `${i.id}=${i.state}`);
    assert.ok(story().state.items.every((i) => i.state === "done" || i.state === "edited"), states.join(" "));
    const draftDir = fsPath(`${entry.story.storyDir}/04-draft`);
    assert.ok(!(0, import_node_fs.readdirSync)(draftDir).some((f) => f.endsWith(".partial.md")), "a partial file is left over");
  });
});
function treeRows(api, entry) {
  const storyNode = api.stages.getChildren().find((n) => n.kind === "story" && n.entry.story.id === entry.story.id);
  assert.ok(storyNode, "story row missing");
  const rows = [];
  const visit = (node) => {
    const item = api.stages.getTreeItem(node);
    const state = /state-(\w+)/.exec(String(item.contextValue))?.[1];
    if (state) rows.push({ label: String(item.label), state });
    for (const child of api.stages.getChildren(node)) visit(child);
  };
  for (const child of api.stages.getChildren(storyNode)) visit(child);
  return rows;
}
function listFiles(dir) {
  if (!(0, import_node_fs.existsSync)(dir)) return [];
  return (0, import_node_fs.readdirSync)(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC9pbnRlZ3JhdGlvbi93b3JrZmxvdy50ZXN0LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgKiBhcyBhc3NlcnQgZnJvbSAnbm9kZTphc3NlcnQvc3RyaWN0JztcbmltcG9ydCB7IGV4aXN0c1N5bmMsIHJlYWRkaXJTeW5jLCByZWFkRmlsZVN5bmMgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCAqIGFzIHBhdGggZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCAqIGFzIHZzY29kZSBmcm9tICd2c2NvZGUnO1xuaW1wb3J0IHR5cGUgeyBTdG9yeVdyaXRlckFwaSB9IGZyb20gJy4uLy4uL3NyYy9leHRlbnNpb24nO1xuaW1wb3J0IHR5cGUgeyBTdG9yeUVudHJ5IH0gZnJvbSAnLi4vLi4vc3JjL3ZzY29kZS9zdG9yeUNhdGFsb2cnO1xuaW1wb3J0IHR5cGUgeyBTdGFnZVRyZWVOb2RlIH0gZnJvbSAnLi4vLi4vc3JjL3ZzY29kZS92aWV3cy9zdGFnZXNWaWV3JztcbmltcG9ydCB7IHN0YXJ0RmFrZUdlbWluaSwgdHlwZSBGYWtlR2VtaW5pIH0gZnJvbSAnLi4vc3VwcG9ydC9mYWtlR2VtaW5pJztcbmltcG9ydCB7IGFjdGl2YXRlRXh0ZW5zaW9uLCBzY3JlZW5zaG90LCB3YWl0Rm9yIH0gZnJvbSAnLi9oZWxwZXJzJztcblxuLyoqXG4gKiBBIHdyaXRlcidzIHBhdGggdGhyb3VnaCB0aGUgcmVhbCBleHRlbnNpb24gaG9zdDogTmV3IFN0b3J5LCBSdW4gV29ya2Zsb3csIGVkaXQgYSBzdGFnZSBhbmQgc2VlXG4gKiBpdHMgZGVwZW5kYW50cyB0dXJuIHN0YWxlLCBjYW5jZWwgbWlkLWRyYWZ0LCByZWdlbmVyYXRlIGFuIGVkaXRlZCBmaWxlLCBjb21wYXJlLCBzdGF0aXN0aWNzLlxuICogRXZlcnl0aGluZyBnb2VzIHRocm91Z2ggdGhlIGNvbW1hbmRzIGFuZCB0aGUgdHJlZSdzIGRhdGEgcHJvdmlkZXIsIGFnYWluc3QgdGhlIHByb2plY3Qnc1xuICogR2VtaW5pLXByb3RvY29sIHNlcnZlciBvdmVyIHJlYWwgSFRUUC5cbiAqL1xuZGVzY3JpYmUoJ3RoZSB3cml0ZXJcdTIwMTlzIHdvcmtmbG93IGluIFZTIENvZGUnLCBmdW5jdGlvbiAoKSB7XG4gIHRoaXMudGltZW91dCgxMjBfMDAwKTtcbiAgbGV0IGFwaTogU3RvcnlXcml0ZXJBcGk7XG4gIGxldCBzZXJ2ZXI6IEZha2VHZW1pbmk7XG4gIGxldCBlbnRyeTogU3RvcnlFbnRyeTtcbiAgY29uc3QgY29uZmlnID0gKCkgPT4gdnNjb2RlLndvcmtzcGFjZS5nZXRDb25maWd1cmF0aW9uKCdzdG9yeVdyaXRlcicpO1xuXG4gIGNvbnN0IHN0b3J5ID0gKCkgPT4ge1xuICAgIGNvbnN0IGZvdW5kID0gYXBpLmNhdGFsb2cuZmluZChlbnRyeS5zdG9yeS5pZCk7XG4gICAgYXNzZXJ0Lm9rKGZvdW5kLCAndGhlIHN0b3J5IGlzIG5vIGxvbmdlciBpbiB0aGUgY2F0YWxvZycpO1xuICAgIHJldHVybiBmb3VuZDtcbiAgfTtcbiAgY29uc3QgaXRlbSA9IChpZDogc3RyaW5nKSA9PiBzdG9yeSgpLnN0YXRlLml0ZW1zLmZpbmQoKGkpID0+IGkuaWQgPT09IGlkKTtcbiAgY29uc3QgZnNQYXRoID0gKHA6IHN0cmluZykgPT4gZW50cnkuc3RvcnkudXJpKHApLmZzUGF0aDtcblxuICBiZWZvcmUoYXN5bmMgKCkgPT4ge1xuICAgIGFwaSA9IGF3YWl0IGFjdGl2YXRlRXh0ZW5zaW9uKCk7XG4gICAgLy8gU2xvdyBlbm91Z2ggdG8gd2F0Y2ggYSBjaGFwdGVyIHN0cmVhbSBpbiwgZmFzdCBlbm91Z2ggZm9yIENJLlxuICAgIHNlcnZlciA9IGF3YWl0IHN0YXJ0RmFrZUdlbWluaSh7IHR0ZnRNczogMTUwLCB0b2tlbnNQZXJTZWNvbmQ6IDQwMCB9KTtcbiAgICBhd2FpdCBjb25maWcoKS51cGRhdGUoJ2FwaUJhc2VVcmwnLCBzZXJ2ZXIuYmFzZVVybCwgdnNjb2RlLkNvbmZpZ3VyYXRpb25UYXJnZXQuR2xvYmFsKTtcbiAgICBhd2FpdCBjb25maWcoKS51cGRhdGUoJ3JldHJ5LmJhc2VEZWxheU1zJywgNTAsIHZzY29kZS5Db25maWd1cmF0aW9uVGFyZ2V0Lkdsb2JhbCk7XG4gICAgYXdhaXQgYXBpLmFwaUtleXMuc2V0QXBpS2V5KHNlcnZlci5hcGlLZXkpO1xuICB9KTtcblxuICBhZnRlcihhc3luYyAoKSA9PiB7XG4gICAgYXBpLnJ1bnMuY2FuY2VsKCk7XG4gICAgZm9yIChjb25zdCBrZXkgb2YgWydhcGlCYXNlVXJsJywgJ3JldHJ5LmJhc2VEZWxheU1zJywgJ3VpLnN0cmVhbVRvRWRpdG9yJ10pIGF3YWl0IGNvbmZpZygpLnVwZGF0ZShrZXksIHVuZGVmaW5lZCwgdnNjb2RlLkNvbmZpZ3VyYXRpb25UYXJnZXQuR2xvYmFsKTtcbiAgICBhd2FpdCBzZXJ2ZXIuc3RvcCgpO1xuICB9KTtcblxuICBpdCgnTmV3IFN0b3J5IHdpdGggYXJndW1lbnRzIGNyZWF0ZXMgdGhlIGJyaWVmIGFuZCBzaG93cyB0aGUgc3RvcnkgaW4gdGhlIHRyZWUnLCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3QgYnJpZWYgPSBhd2FpdCB2c2NvZGUuY29tbWFuZHMuZXhlY3V0ZUNvbW1hbmQ8dnNjb2RlLlVyaT4oJ3N0b3J5V3JpdGVyLm5ld1N0b3J5Jywge1xuICAgICAgdGl0bGU6ICdUaGUgTGlnaHRob3VzZSBLZWVwZXJcdTIwMTlzIERhdWdodGVyJyxcbiAgICAgIHByZW1pc2U6ICdBIGdpcmwgd2hvIGtlZXBzIHRoZSBsYW1wIGxpdCBkaXNjb3ZlcnMgdGhhdCB0aGUgc2hpcHMgaXQgZ3VpZGVzIGFyZSBub3QgYWxsIGZyb20gdGhpcyBjZW50dXJ5LicsXG4gICAgICBnZW5yZTogJ01hZ2ljYWwgcmVhbGlzbScsXG4gICAgICB0YXJnZXRXb3JkczogOTAwLFxuICAgICAgY2hhcHRlcnM6IDMsXG4gICAgfSk7XG4gICAgYXNzZXJ0Lm9rKGJyaWVmLCAnTmV3IFN0b3J5IHJldHVybmVkIG5vIGJyaWVmJyk7XG4gICAgYXNzZXJ0Lm9rKGV4aXN0c1N5bmMoYnJpZWYuZnNQYXRoKSwgYCR7YnJpZWYuZnNQYXRofSB3YXMgbm90IHdyaXR0ZW5gKTtcbiAgICBhc3NlcnQubWF0Y2gocmVhZEZpbGVTeW5jKGJyaWVmLmZzUGF0aCwgJ3V0ZjgnKSwgL3RpdGxlOiBUaGUgTGlnaHRob3VzZSBLZWVwZXJcdTIwMTlzIERhdWdodGVyLyk7XG4gICAgY29uc3QgZm91bmQgPSBhcGkuY2F0YWxvZy5zdG9yeU9mKGJyaWVmKTtcbiAgICBhc3NlcnQub2soZm91bmQsICd0aGUgY2F0YWxvZyBkb2VzIG5vdCBrbm93IHRoZSBuZXcgc3RvcnknKTtcbiAgICBlbnRyeSA9IGZvdW5kO1xuICAgIGNvbnN0IHJvb3RzID0gYXBpLnN0YWdlcy5nZXRDaGlsZHJlbigpO1xuICAgIGFzc2VydC5vayhyb290cy5zb21lKChuKSA9PiBuLmtpbmQgPT09ICdzdG9yeScgJiYgbi5lbnRyeS5zdG9yeS5pZCA9PT0gZW50cnkuc3RvcnkuaWQpKTtcbiAgICBhd2FpdCB2c2NvZGUuY29tbWFuZHMuZXhlY3V0ZUNvbW1hbmQoJ3dvcmtiZW5jaC52aWV3LmV4dGVuc2lvbi5zdG9yeVdyaXRlcicpO1xuICAgIGF3YWl0IHNjcmVlbnNob3QoJzA2LW5ldy1zdG9yeScpO1xuICB9KTtcblxuICBpdCgnUnVuIFdvcmtmbG93IHdyaXRlcyBldmVyeSBmaWxlLCBzdHJlYW1zIGEgY2hhcHRlciBpbnRvIGFuIGVkaXRvciwgYW5kIHRoZSB0cmVlIHNob3dzIGFsbCBkb25lJywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IHJ1bm5pbmcgPSB3YWl0Rm9yKCdhIGNoYXB0ZXIgdG8gYmUgZHJhZnRlZCcsICgpID0+IGFwaS5ydW5zLmlzSXRlbVJ1bm5pbmcoZW50cnkuc3RvcnkuaWQsICdkcmFmdDowMScpIHx8IGFwaS5ydW5zLmlzSXRlbVJ1bm5pbmcoZW50cnkuc3RvcnkuaWQsICdkcmFmdDowMicpLCA2MF8wMDApLnRoZW4oYXN5bmMgKCkgPT4ge1xuICAgICAgYXdhaXQgd2FpdEZvcigncHJvc2UgaW4gdGhlIGxpdmUgZWRpdG9yJywgKCkgPT4gdnNjb2RlLndvcmtzcGFjZS50ZXh0RG9jdW1lbnRzLnNvbWUoKGQpID0+IGQudXJpLnNjaGVtZSA9PT0gJ3N0b3J5LXdyaXRlci1saXZlJyAmJiBkLmdldFRleHQoKS5sZW5ndGggPiA0MDApLCAzMF8wMDApO1xuICAgICAgYXdhaXQgc2NyZWVuc2hvdCgnMDctY2hhcHRlci1zdHJlYW1pbmcnKTtcbiAgICB9KTtcbiAgICBjb25zdCBzdW1tYXJ5ID0gYXdhaXQgdnNjb2RlLmNvbW1hbmRzLmV4ZWN1dGVDb21tYW5kPEF3YWl0ZWQ8UmV0dXJuVHlwZTxTdG9yeVdyaXRlckFwaVsncnVucyddWydydW4nXT4+Pignc3RvcnlXcml0ZXIucnVuV29ya2Zsb3cnLCBlbnRyeS5zdG9yeS5pZCk7XG4gICAgYXdhaXQgcnVubmluZztcbiAgICBhc3NlcnQub2soc3VtbWFyeSwgJ3RoZSBydW4gZGlkIG5vdCBzdGFydCcpO1xuICAgIGFzc2VydC5lcXVhbChzdW1tYXJ5Lm91dGNvbWUsICdjb21wbGV0ZWQnLCBKU09OLnN0cmluZ2lmeShzdW1tYXJ5LmZhaWx1cmVzKSk7XG4gICAgYXdhaXQgYXBpLmNhdGFsb2cucmVmcmVzaCgpO1xuICAgIGNvbnN0IHN0YXRlcyA9IHN0b3J5KCkuc3RhdGUuaXRlbXMubWFwKChpKSA9PiBgJHtpLmlkfT0ke2kuc3RhdGV9YCk7XG4gICAgYXNzZXJ0Lm9rKHN0b3J5KCkuc3RhdGUuaXRlbXMubGVuZ3RoID49IDMgKyAyICogMyArIDEsIHN0YXRlcy5qb2luKCcgJykpO1xuICAgIGFzc2VydC5vayhzdG9yeSgpLnN0YXRlLml0ZW1zLmV2ZXJ5KChpKSA9PiBpLnN0YXRlID09PSAnZG9uZScpLCBzdGF0ZXMuam9pbignICcpKTtcbiAgICBmb3IgKGNvbnN0IGZpbGUgb2YgWycwMS1jb25jZXB0Lm1kJywgJzAyLWJpYmxlLm1kJywgJzAzLW91dGxpbmUubWQnLCAnMDQtZHJhZnQvY2hhcHRlci0wMS5tZCcsICcwNS1yZXZpc2lvbi9jaGFwdGVyLTAzLm1kJywgJ3N0b3J5Lm1kJ10pIHtcbiAgICAgIGFzc2VydC5vayhleGlzdHNTeW5jKHBhdGguam9pbihmc1BhdGgoZW50cnkuc3Rvcnkuc3RvcnlEaXIpLCBmaWxlKSksIGAke2ZpbGV9IG1pc3NpbmdgKTtcbiAgICB9XG4gICAgY29uc3Qgcm93cyA9IHRyZWVSb3dzKGFwaSwgZW50cnkpO1xuICAgIGFzc2VydC5vayhyb3dzLmxlbmd0aCA+IDAgJiYgcm93cy5ldmVyeSgocikgPT4gci5zdGF0ZSA9PT0gJ2RvbmUnKSwgSlNPTi5zdHJpbmdpZnkocm93cykpO1xuICAgIGF3YWl0IHNjcmVlbnNob3QoJzA4LWFsbC1kb25lJyk7XG4gIH0pO1xuXG4gIGl0KCdhIHNlY29uZCBydW4gbWFrZXMgbm8gcmVxdWVzdCcsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBiZWZvcmUgPSBzZXJ2ZXIucmVxdWVzdHMubGVuZ3RoO1xuICAgIGNvbnN0IHN1bW1hcnkgPSBhd2FpdCBhcGkucnVucy5ydW4oeyBlbnRyeTogc3RvcnkoKSB9KTtcbiAgICBhc3NlcnQuZXF1YWwoc3VtbWFyeT8ucmVxdWVzdHMsIDApO1xuICAgIGFzc2VydC5lcXVhbChzZXJ2ZXIucmVxdWVzdHMubGVuZ3RoLCBiZWZvcmUpO1xuICB9KTtcblxuICBpdCgnc3RhdGlzdGljcyByZXBvcnQgdGhlIHJlcXVlc3RzIG1hZGUnLCAoKSA9PiB7XG4gICAgY29uc3Qgc3RhdHMgPSBhcGkuc2VydmljZS5nZXRTdGF0aXN0aWNzKCk7XG4gICAgYXNzZXJ0Lm9rKHN0YXRzLnJlcXVlc3RzID49IDEwLCBgcmVxdWVzdHMgJHtzdGF0cy5yZXF1ZXN0c31gKTtcbiAgICBhc3NlcnQub2soc3RhdHMuYXBpQ2FsbHMgPj0gMTAsIGBhcGlDYWxscyAke3N0YXRzLmFwaUNhbGxzfWApO1xuICAgIGFzc2VydC5vayhzdGF0cy50b2tlbnNPdXQgPiAwKTtcbiAgfSk7XG5cbiAgaXQoJ0NvbXBhcmUgUmV2aXNpb24gd2l0aCBEcmFmdCBvcGVucyBhIGRpZmYgZWRpdG9yJywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IHJlc3VsdCA9IGF3YWl0IHZzY29kZS5jb21tYW5kcy5leGVjdXRlQ29tbWFuZDx7IGxlZnQ6IHZzY29kZS5Vcmk7IHJpZ2h0OiB2c2NvZGUuVXJpIH0+KCdzdG9yeVdyaXRlci5jb21wYXJlUmV2aXNpb24nLCB7IHN0b3J5OiBlbnRyeS5zdG9yeS5pZCwgY2hhcHRlcjogMSB9KTtcbiAgICBhc3NlcnQub2socmVzdWx0KTtcbiAgICBhd2FpdCB3YWl0Rm9yKCdhIGRpZmYgZWRpdG9yJywgKCkgPT4gdnNjb2RlLndpbmRvdy50YWJHcm91cHMuYWN0aXZlVGFiR3JvdXAuYWN0aXZlVGFiPy5pbnB1dCBpbnN0YW5jZW9mIHZzY29kZS5UYWJJbnB1dFRleHREaWZmKTtcbiAgICBjb25zdCBpbnB1dCA9IHZzY29kZS53aW5kb3cudGFiR3JvdXBzLmFjdGl2ZVRhYkdyb3VwLmFjdGl2ZVRhYiEuaW5wdXQgYXMgdnNjb2RlLlRhYklucHV0VGV4dERpZmY7XG4gICAgYXNzZXJ0LmVxdWFsKGlucHV0Lm9yaWdpbmFsLnBhdGgsIHJlc3VsdC5sZWZ0LnBhdGgpO1xuICAgIGFzc2VydC5lcXVhbChpbnB1dC5tb2RpZmllZC5wYXRoLCByZXN1bHQucmlnaHQucGF0aCk7XG4gICAgYXdhaXQgc2NyZWVuc2hvdCgnMDktY29tcGFyZS1kaWZmJyk7XG4gICAgYXdhaXQgdnNjb2RlLmNvbW1hbmRzLmV4ZWN1dGVDb21tYW5kKCd3b3JrYmVuY2guYWN0aW9uLmNsb3NlQWxsRWRpdG9ycycpO1xuICB9KTtcblxuICBpdCgnYW4gZWRpdCB0byB0aGUgY29uY2VwdCwgc2F2ZWQgaW4gdGhlIGVkaXRvciwgdHVybnMgaXRzIGRlcGVuZGFudHMgc3RhbGUgaW4gdGhlIHRyZWUnLCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3QgY29uY2VwdCA9IGVudHJ5LnN0b3J5LnVyaShgJHtlbnRyeS5zdG9yeS5zdG9yeURpcn0vMDEtY29uY2VwdC5tZGApO1xuICAgIGNvbnN0IGRvYyA9IGF3YWl0IHZzY29kZS53b3Jrc3BhY2Uub3BlblRleHREb2N1bWVudChjb25jZXB0KTtcbiAgICBhd2FpdCB2c2NvZGUud2luZG93LnNob3dUZXh0RG9jdW1lbnQoZG9jKTtcbiAgICBjb25zdCBlZGl0ID0gbmV3IHZzY29kZS5Xb3Jrc3BhY2VFZGl0KCk7XG4gICAgZWRpdC5pbnNlcnQoY29uY2VwdCwgbmV3IHZzY29kZS5Qb3NpdGlvbihkb2MubGluZUNvdW50LCAwKSwgJ1xcblRoZSBsaWdodGhvdXNlIGlzIG9sZGVyIHRoYW4gdGhlIGlzbGFuZC5cXG4nKTtcbiAgICBhc3NlcnQub2soYXdhaXQgdnNjb2RlLndvcmtzcGFjZS5hcHBseUVkaXQoZWRpdCkpO1xuICAgIGFzc2VydC5vayhhd2FpdCBkb2Muc2F2ZSgpKTtcbiAgICAvLyBUaGUgZmlsZSB3YXRjaGVyIHJlZnJlc2hlcyB0aGUgY2F0YWxvZzsgbm8gY29tbWFuZCBpcyBydW4uXG4gICAgYXdhaXQgd2FpdEZvcigndGhlIGJpYmxlIHRvIHR1cm4gc3RhbGUnLCAoKSA9PiBpdGVtKCdiaWJsZScpPy5zdGF0ZSA9PT0gJ3N0YWxlJywgMTBfMDAwKTtcbiAgICBhc3NlcnQuZXF1YWwoaXRlbSgnY29uY2VwdCcpPy5zdGF0ZSwgJ2VkaXRlZCcpO1xuICAgIGFzc2VydC5lcXVhbChpdGVtKCdvdXRsaW5lJyk/LnN0YXRlLCAnc3RhbGUnLCAndGhlIG91dGxpbmUgcmVhZHMgdGhlIGNvbmNlcHQgdG9vJyk7XG4gICAgYXNzZXJ0LmVxdWFsKGl0ZW0oJ2RyYWZ0OjAxJyk/LnN0YXRlLCAnZG9uZScsICdjaGFwdGVycyByZWFkIHRoZSBiaWJsZSBhbmQgdGhlIG91dGxpbmUsIHdoaWNoIGhhdmUgbm90IGNoYW5nZWQgeWV0Jyk7XG4gICAgYXNzZXJ0Lm9rKHRyZWVSb3dzKGFwaSwgc3RvcnkoKSkuc29tZSgocikgPT4gci5sYWJlbCA9PT0gJ1N0b3J5IEJpYmxlJyAmJiByLnN0YXRlID09PSAnc3RhbGUnKSk7XG4gICAgYXdhaXQgc2NyZWVuc2hvdCgnMTAtc3RhbGUtYWZ0ZXItZWRpdCcpO1xuICB9KTtcblxuICBpdCgnUmVnZW5lcmF0ZSBvbiBhbiBlZGl0ZWQgZmlsZSBhc2tzIGZpcnN0LCBhbmQga2VlcHMgYSBiYWNrdXAgd2hlbiBjb25maXJtZWQnLCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3QgY29uY2VwdFBhdGggPSBmc1BhdGgoYCR7ZW50cnkuc3Rvcnkuc3RvcnlEaXJ9LzAxLWNvbmNlcHQubWRgKTtcbiAgICBjb25zdCBlZGl0ZWQgPSByZWFkRmlsZVN5bmMoY29uY2VwdFBhdGgsICd1dGY4Jyk7XG4gICAgLy8gRGVjbGluZWQ6IG5vdGhpbmcgY2hhbmdlcy5cbiAgICBjb25zdCBkZWNsaW5lZCA9IGF3YWl0IHZzY29kZS5jb21tYW5kcy5leGVjdXRlQ29tbWFuZCgnc3RvcnlXcml0ZXIucmVnZW5lcmF0ZVN0YWdlJywgeyBzdG9yeTogZW50cnkuc3RvcnkuaWQsIHN0YWdlOiAnY29uY2VwdCcsIGNvbmZpcm06IGZhbHNlIH0pO1xuICAgIGFzc2VydC5lcXVhbChkZWNsaW5lZCwgdW5kZWZpbmVkKTtcbiAgICBhc3NlcnQuZXF1YWwocmVhZEZpbGVTeW5jKGNvbmNlcHRQYXRoLCAndXRmOCcpLCBlZGl0ZWQpO1xuICAgIC8vIENvbmZpcm1lZDogcmVnZW5lcmF0ZWQsIHdpdGggdGhlIHdyaXRlcidzIHZlcnNpb24gaW4gdGhlIGJhY2t1cHMuXG4gICAgY29uc3Qgc3VtbWFyeSA9IGF3YWl0IHZzY29kZS5jb21tYW5kcy5leGVjdXRlQ29tbWFuZDx7IG91dGNvbWU6IHN0cmluZzsgYmFja3Vwczogc3RyaW5nW10gfT4oJ3N0b3J5V3JpdGVyLnJlZ2VuZXJhdGVTdGFnZScsIHsgc3Rvcnk6IGVudHJ5LnN0b3J5LmlkLCBzdGFnZTogJ2NvbmNlcHQnLCBjb25maXJtOiB0cnVlIH0pO1xuICAgIGFzc2VydC5vayhzdW1tYXJ5KTtcbiAgICBhc3NlcnQuZXF1YWwoc3VtbWFyeS5vdXRjb21lLCAnY29tcGxldGVkJyk7XG4gICAgYXNzZXJ0Lm9rKHN1bW1hcnkuYmFja3Vwcy5sZW5ndGggPj0gMSwgJ25vIGJhY2t1cCB3YXMgbWFkZScpO1xuICAgIGNvbnN0IGJhY2t1cERpciA9IGZzUGF0aChgJHtlbnRyeS5zdG9yeS5zdG9yeURpcn0vLnN0b3J5LXdyaXRlci9iYWNrdXBzYCk7XG4gICAgY29uc3QgYmFja3VwcyA9IGxpc3RGaWxlcyhiYWNrdXBEaXIpO1xuICAgIGFzc2VydC5vayhiYWNrdXBzLnNvbWUoKGYpID0+IHJlYWRGaWxlU3luYyhmLCAndXRmOCcpLmluY2x1ZGVzKCdUaGUgbGlnaHRob3VzZSBpcyBvbGRlciB0aGFuIHRoZSBpc2xhbmQuJykpLCAndGhlIGJhY2t1cCBsYWNrcyB0aGUgd3JpdGVyXHUyMDE5cyB0ZXh0Jyk7XG4gICAgYXNzZXJ0Lm9rKCFyZWFkRmlsZVN5bmMoY29uY2VwdFBhdGgsICd1dGY4JykuaW5jbHVkZXMoJ1RoZSBsaWdodGhvdXNlIGlzIG9sZGVyIHRoYW4gdGhlIGlzbGFuZC4nKSk7XG4gIH0pO1xuXG4gIGl0KCdDYW5jZWwgbWlkLWRyYWZ0IGtlZXBzIHRoZSB0ZXh0IHdyaXR0ZW4gc28gZmFyIGFzIGEgcGFydGlhbCBjaGFwdGVyJywgYXN5bmMgKCkgPT4ge1xuICAgIGF3YWl0IGFwaS5jYXRhbG9nLnJlZnJlc2goKTtcbiAgICAvLyBSZWdlbmVyYXRlIHRoZSBkcmFmdHMgc2xvd2x5IHNvIHRoZSBjYW5jZWwgbGFuZHMgbWlkLWNoYXB0ZXIuXG4gICAgc2VydmVyLnNldE9wdGlvbnMoeyB0b2tlbnNQZXJTZWNvbmQ6IDYwIH0pO1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBzdGFydGVkID0gd2FpdEZvcignZHJhZnQgdGV4dCB0byBzdHJlYW0nLCAoKSA9PiB2c2NvZGUud29ya3NwYWNlLnRleHREb2N1bWVudHMuc29tZSgoZCkgPT4gZC51cmkuc2NoZW1lID09PSAnc3Rvcnktd3JpdGVyLWxpdmUnICYmIGQuZ2V0VGV4dCgpLmxlbmd0aCA+IDIwMCksIDYwXzAwMCk7XG4gICAgICBjb25zdCBydW4gPSBhcGkucnVucy5ydW4oeyBlbnRyeTogc3RvcnkoKSwgdGFyZ2V0OiAnZHJhZnQnLCByZWdlbmVyYXRlOiAnZHJhZnQnLCBmb3JjZTogdHJ1ZSB9KTtcbiAgICAgIGF3YWl0IHN0YXJ0ZWQ7XG4gICAgICBhd2FpdCBzY3JlZW5zaG90KCcxMS10cmVlLW1pZC1ydW4nKTtcbiAgICAgIGFzc2VydC5lcXVhbChhd2FpdCB2c2NvZGUuY29tbWFuZHMuZXhlY3V0ZUNvbW1hbmQoJ3N0b3J5V3JpdGVyLmNhbmNlbCcpLCB0cnVlKTtcbiAgICAgIGNvbnN0IHN1bW1hcnkgPSBhd2FpdCBydW47XG4gICAgICBhc3NlcnQuZXF1YWwoc3VtbWFyeT8ub3V0Y29tZSwgJ2NhbmNlbGxlZCcpO1xuICAgICAgYXdhaXQgYXBpLmNhdGFsb2cucmVmcmVzaCgpO1xuICAgICAgY29uc3QgcGFydGlhbCA9IHN0b3J5KCkuc3RhdGUuaXRlbXMuZmlsdGVyKChpKSA9PiBpLnN0YWdlID09PSAnZHJhZnQnICYmIGkuc3RhdGUgPT09ICdwYXJ0aWFsJyk7XG4gICAgICBhc3NlcnQub2socGFydGlhbC5sZW5ndGggPj0gMSwgc3RvcnkoKS5zdGF0ZS5pdGVtcy5tYXAoKGkpID0+IGAke2kuaWR9PSR7aS5zdGF0ZX1gKS5qb2luKCcgJykpO1xuICAgICAgY29uc3QgZHJhZnREaXIgPSBmc1BhdGgoYCR7ZW50cnkuc3Rvcnkuc3RvcnlEaXJ9LzA0LWRyYWZ0YCk7XG4gICAgICBhc3NlcnQub2socmVhZGRpclN5bmMoZHJhZnREaXIpLnNvbWUoKGYpID0+IGYuZW5kc1dpdGgoJy5wYXJ0aWFsLm1kJykpLCAnbm8gLnBhcnRpYWwubWQgZmlsZScpO1xuICAgIH0gZmluYWxseSB7XG4gICAgICBzZXJ2ZXIuc2V0T3B0aW9ucyh7IHRva2Vuc1BlclNlY29uZDogNDAwIH0pO1xuICAgIH1cbiAgfSk7XG5cbiAgaXQoJ2FuIGludmFsaWQga2V5IHN1cmZhY2VzIHRoZSBpbnZhbGlkLWtleSBlcnJvciB3aXRoIGl0cyBhY3Rpb24nLCBhc3luYyAoKSA9PiB7XG4gICAgYXdhaXQgYXBpLmFwaUtleXMuc2V0QXBpS2V5KCdkZWZpbml0ZWx5LW5vdC1hLXZhbGlkLWtleScpO1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBzdW1tYXJ5ID0gYXdhaXQgYXBpLnJ1bnMucnVuKHsgZW50cnk6IHN0b3J5KCkgfSk7XG4gICAgICBhc3NlcnQub2soc3VtbWFyeSk7XG4gICAgICBhc3NlcnQuZXF1YWwoc3VtbWFyeS5vdXRjb21lLCAnZmFpbGVkJyk7XG4gICAgICBhc3NlcnQuZXF1YWwoc3VtbWFyeS5mYWlsdXJlc1swXT8ua2luZCwgJ2F1dGgnKTtcbiAgICAgIGFzc2VydC5lcXVhbChzdW1tYXJ5LmV4aXRDb2RlLCAzKTtcbiAgICAgIGF3YWl0IHZzY29kZS5jb21tYW5kcy5leGVjdXRlQ29tbWFuZCgnbm90aWZpY2F0aW9ucy5zaG93TGlzdCcpO1xuICAgICAgYXdhaXQgc2NyZWVuc2hvdCgnMTItaW52YWxpZC1rZXktbm90aWZpY2F0aW9uJyk7XG4gICAgICBhd2FpdCB2c2NvZGUuY29tbWFuZHMuZXhlY3V0ZUNvbW1hbmQoJ25vdGlmaWNhdGlvbnMuaGlkZUxpc3QnKTtcbiAgICB9IGZpbmFsbHkge1xuICAgICAgYXdhaXQgYXBpLmFwaUtleXMuc2V0QXBpS2V5KHNlcnZlci5hcGlLZXkpO1xuICAgIH1cbiAgfSk7XG5cbiAgaXQoJ2EgcmVzdW1lZCBydW4gY29udGludWVzIHRoZSBwYXJ0aWFsIGNoYXB0ZXIgYW5kIGZpbmlzaGVzIHRoZSBzdG9yeScsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBzdW1tYXJ5ID0gYXdhaXQgYXBpLnJ1bnMucnVuKHsgZW50cnk6IHN0b3J5KCkgfSk7XG4gICAgYXNzZXJ0LmVxdWFsKHN1bW1hcnk/Lm91dGNvbWUsICdjb21wbGV0ZWQnLCBKU09OLnN0cmluZ2lmeShzdW1tYXJ5Py5mYWlsdXJlcykpO1xuICAgIGF3YWl0IGFwaS5jYXRhbG9nLnJlZnJlc2goKTtcbiAgICBjb25zdCBzdGF0ZXMgPSBzdG9yeSgpLnN0YXRlLml0ZW1zLm1hcCgoaSkgPT4gYCR7aS5pZH09JHtpLnN0YXRlfWApO1xuICAgIGFzc2VydC5vayhzdG9yeSgpLnN0YXRlLml0ZW1zLmV2ZXJ5KChpKSA9PiBpLnN0YXRlID09PSAnZG9uZScgfHwgaS5zdGF0ZSA9PT0gJ2VkaXRlZCcpLCBzdGF0ZXMuam9pbignICcpKTtcbiAgICBjb25zdCBkcmFmdERpciA9IGZzUGF0aChgJHtlbnRyeS5zdG9yeS5zdG9yeURpcn0vMDQtZHJhZnRgKTtcbiAgICBhc3NlcnQub2soIXJlYWRkaXJTeW5jKGRyYWZ0RGlyKS5zb21lKChmKSA9PiBmLmVuZHNXaXRoKCcucGFydGlhbC5tZCcpKSwgJ2EgcGFydGlhbCBmaWxlIGlzIGxlZnQgb3ZlcicpO1xuICB9KTtcbn0pO1xuXG4vKiogV2hhdCB0aGUgdHJlZSBzaG93cyBmb3IgYSBzdG9yeTogZWFjaCBzdGFnZSBvciBjaGFwdGVyIHJvdydzIGxhYmVsIGFuZCBzdGF0ZS4gKi9cbmZ1bmN0aW9uIHRyZWVSb3dzKGFwaTogU3RvcnlXcml0ZXJBcGksIGVudHJ5OiBTdG9yeUVudHJ5KTogQXJyYXk8eyBsYWJlbDogc3RyaW5nOyBzdGF0ZTogc3RyaW5nIH0+IHtcbiAgY29uc3Qgc3RvcnlOb2RlID0gYXBpLnN0YWdlcy5nZXRDaGlsZHJlbigpLmZpbmQoKG4pID0+IG4ua2luZCA9PT0gJ3N0b3J5JyAmJiBuLmVudHJ5LnN0b3J5LmlkID09PSBlbnRyeS5zdG9yeS5pZCk7XG4gIGFzc2VydC5vayhzdG9yeU5vZGUsICdzdG9yeSByb3cgbWlzc2luZycpO1xuICBjb25zdCByb3dzOiBBcnJheTx7IGxhYmVsOiBzdHJpbmc7IHN0YXRlOiBzdHJpbmcgfT4gPSBbXTtcbiAgY29uc3QgdmlzaXQgPSAobm9kZTogU3RhZ2VUcmVlTm9kZSkgPT4ge1xuICAgIGNvbnN0IGl0ZW0gPSBhcGkuc3RhZ2VzLmdldFRyZWVJdGVtKG5vZGUpO1xuICAgIGNvbnN0IHN0YXRlID0gL3N0YXRlLShcXHcrKS8uZXhlYyhTdHJpbmcoaXRlbS5jb250ZXh0VmFsdWUpKT8uWzFdO1xuICAgIGlmIChzdGF0ZSkgcm93cy5wdXNoKHsgbGFiZWw6IFN0cmluZyhpdGVtLmxhYmVsKSwgc3RhdGUgfSk7XG4gICAgZm9yIChjb25zdCBjaGlsZCBvZiBhcGkuc3RhZ2VzLmdldENoaWxkcmVuKG5vZGUpKSB2aXNpdChjaGlsZCk7XG4gIH07XG4gIGZvciAoY29uc3QgY2hpbGQgb2YgYXBpLnN0YWdlcy5nZXRDaGlsZHJlbihzdG9yeU5vZGUpKSB2aXNpdChjaGlsZCk7XG4gIHJldHVybiByb3dzO1xufVxuXG5mdW5jdGlvbiBsaXN0RmlsZXMoZGlyOiBzdHJpbmcpOiBzdHJpbmdbXSB7XG4gIGlmICghZXhpc3RzU3luYyhkaXIpKSByZXR1cm4gW107XG4gIHJldHVybiByZWFkZGlyU3luYyhkaXIsIHsgd2l0aEZpbGVUeXBlczogdHJ1ZSwgcmVjdXJzaXZlOiB0cnVlIH0pXG4gICAgLmZpbHRlcigoZSkgPT4gZS5pc0ZpbGUoKSlcbiAgICAubWFwKChlKSA9PiBwYXRoLmpvaW4oZS5wYXJlbnRQYXRoLCBlLm5hbWUpKTtcbn1cblxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQSxhQUF3QjtBQUN4QixxQkFBc0Q7QUFDdEQsV0FBc0I7QUFDdEIsYUFBd0I7QUFJeEIsd0JBQWlEO0FBQ2pELHFCQUF1RDtBQVF2RCxTQUFTLHlDQUFvQyxXQUFZO0FBQ3ZELE9BQUssUUFBUSxJQUFPO0FBQ3BCLE1BQUk7QUFDSixNQUFJO0FBQ0osTUFBSTtBQUNKLFFBQU0sU0FBUyxNQUFNLE9BQU8sVUFBVSxpQkFBaUIsYUFBYTtBQUVwRSxRQUFNLFFBQVEsTUFBTTtBQUNsQixVQUFNLFFBQVEsSUFBSSxRQUFRLEtBQUssTUFBTSxNQUFNLEVBQUU7QUFDN0MsV0FBTyxHQUFHLE9BQU8sdUNBQXVDO0FBQ3hELFdBQU87QUFBQSxFQUNUO0FBQ0EsUUFBTSxPQUFPLENBQUMsT0FBZSxNQUFNLEVBQUUsTUFBTSxNQUFNLEtBQUssQ0FBQyxNQUFNLEVBQUUsT0FBTyxFQUFFO0FBQ3hFLFFBQU0sU0FBUyxDQUFDLE1BQWMsTUFBTSxNQUFNLElBQUksQ0FBQyxFQUFFO0FBRWpELFNBQU8sWUFBWTtBQUNqQixVQUFNLFVBQU0sa0NBQWtCO0FBRTlCLGFBQVMsVUFBTSxtQ0FBZ0IsRUFBRSxRQUFRLEtBQUssaUJBQWlCLElBQUksQ0FBQztBQUNwRSxVQUFNLE9BQU8sRUFBRSxPQUFPLGNBQWMsT0FBTyxTQUFTLE9BQU8sb0JBQW9CLE1BQU07QUFDckYsVUFBTSxPQUFPLEVBQUUsT0FBTyxxQkFBcUIsSUFBSSxPQUFPLG9CQUFvQixNQUFNO0FBQ2hGLFVBQU0sSUFBSSxRQUFRLFVBQVUsT0FBTyxNQUFNO0FBQUEsRUFDM0MsQ0FBQztBQUVELFFBQU0sWUFBWTtBQUNoQixRQUFJLEtBQUssT0FBTztBQUNoQixlQUFXLE9BQU8sQ0FBQyxjQUFjLHFCQUFxQixtQkFBbUIsRUFBRyxPQUFNLE9BQU8sRUFBRSxPQUFPLEtBQUssUUFBVyxPQUFPLG9CQUFvQixNQUFNO0FBQ25KLFVBQU0sT0FBTyxLQUFLO0FBQUEsRUFDcEIsQ0FBQztBQUVELEtBQUcsOEVBQThFLFlBQVk7QUFDM0YsVUFBTSxRQUFRLE1BQU0sT0FBTyxTQUFTLGVBQTJCLHdCQUF3QjtBQUFBLE1BQ3JGLE9BQU87QUFBQSxNQUNQLFNBQVM7QUFBQSxNQUNULE9BQU87QUFBQSxNQUNQLGFBQWE7QUFBQSxNQUNiLFVBQVU7QUFBQSxJQUNaLENBQUM7QUFDRCxXQUFPLEdBQUcsT0FBTyw2QkFBNkI7QUFDOUMsV0FBTyxPQUFHLDJCQUFXLE1BQU0sTUFBTSxHQUFHLEdBQUcsTUFBTSxNQUFNLGtCQUFrQjtBQUNyRSxXQUFPLFVBQU0sNkJBQWEsTUFBTSxRQUFRLE1BQU0sR0FBRyx5Q0FBeUM7QUFDMUYsVUFBTSxRQUFRLElBQUksUUFBUSxRQUFRLEtBQUs7QUFDdkMsV0FBTyxHQUFHLE9BQU8seUNBQXlDO0FBQzFELFlBQVE7QUFDUixVQUFNLFFBQVEsSUFBSSxPQUFPLFlBQVk7QUFDckMsV0FBTyxHQUFHLE1BQU0sS0FBSyxDQUFDLE1BQU0sRUFBRSxTQUFTLFdBQVcsRUFBRSxNQUFNLE1BQU0sT0FBTyxNQUFNLE1BQU0sRUFBRSxDQUFDO0FBQ3RGLFVBQU0sT0FBTyxTQUFTLGVBQWUsc0NBQXNDO0FBQzNFLGNBQU0sMkJBQVcsY0FBYztBQUFBLEVBQ2pDLENBQUM7QUFFRCxLQUFHLGlHQUFpRyxZQUFZO0FBQzlHLFVBQU0sY0FBVSx3QkFBUSwyQkFBMkIsTUFBTSxJQUFJLEtBQUssY0FBYyxNQUFNLE1BQU0sSUFBSSxVQUFVLEtBQUssSUFBSSxLQUFLLGNBQWMsTUFBTSxNQUFNLElBQUksVUFBVSxHQUFHLEdBQU0sRUFBRSxLQUFLLFlBQVk7QUFDMUwsZ0JBQU0sd0JBQVEsNEJBQTRCLE1BQU0sT0FBTyxVQUFVLGNBQWMsS0FBSyxDQUFDLE1BQU0sRUFBRSxJQUFJLFdBQVcsdUJBQXVCLEVBQUUsUUFBUSxFQUFFLFNBQVMsR0FBRyxHQUFHLEdBQU07QUFDcEssZ0JBQU0sMkJBQVcsc0JBQXNCO0FBQUEsSUFDekMsQ0FBQztBQUNELFVBQU0sVUFBVSxNQUFNLE9BQU8sU0FBUyxlQUFtRSwyQkFBMkIsTUFBTSxNQUFNLEVBQUU7QUFDbEosVUFBTTtBQUNOLFdBQU8sR0FBRyxTQUFTLHVCQUF1QjtBQUMxQyxXQUFPLE1BQU0sUUFBUSxTQUFTLGFBQWEsS0FBSyxVQUFVLFFBQVEsUUFBUSxDQUFDO0FBQzNFLFVBQU0sSUFBSSxRQUFRLFFBQVE7QUFDMUIsVUFBTSxTQUFTLE1BQU0sRUFBRSxNQUFNLE1BQU0sSUFBSSxDQUFDLE1BQU0sR0FBRyxFQUFFLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRTtBQUNsRSxXQUFPLEdBQUcsTUFBTSxFQUFFLE1BQU0sTUFBTSxVQUFVLElBQUksSUFBSSxJQUFJLEdBQUcsT0FBTyxLQUFLLEdBQUcsQ0FBQztBQUN2RSxXQUFPLEdBQUcsTUFBTSxFQUFFLE1BQU0sTUFBTSxNQUFNLENBQUMsTUFBTSxFQUFFLFVBQVUsTUFBTSxHQUFHLE9BQU8sS0FBSyxHQUFHLENBQUM7QUFDaEYsZUFBVyxRQUFRLENBQUMsaUJBQWlCLGVBQWUsaUJBQWlCLDBCQUEwQiw2QkFBNkIsVUFBVSxHQUFHO0FBQ3ZJLGFBQU8sT0FBRywyQkFBVyxLQUFLLEtBQUssT0FBTyxNQUFNLE1BQU0sUUFBUSxHQUFHLElBQUksQ0FBQyxHQUFHLEdBQUcsSUFBSSxVQUFVO0FBQUEsSUFDeEY7QUFDQSxVQUFNLE9BQU8sU0FBUyxLQUFLLEtBQUs7QUFDaEMsV0FBTyxHQUFHLEtBQUssU0FBUyxLQUFLLEtBQUssTUFBTSxDQUFDLE1BQU0sRUFBRSxVQUFVLE1BQU0sR0FBRyxLQUFLLFVBQVUsSUFBSSxDQUFDO0FBQ3hGLGNBQU0sMkJBQVcsYUFBYTtBQUFBLEVBQ2hDLENBQUM7QUFFRCxLQUFHLGlDQUFpQyxZQUFZO0FBQzlDLFVBQU1BLFVBQVMsT0FBTyxTQUFTO0FBQy9CLFVBQU0sVUFBVSxNQUFNLElBQUksS0FBSyxJQUFJLEVBQUUsT0FBTyxNQUFNLEVBQUUsQ0FBQztBQUNyRCxXQUFPLE1BQU0sU0FBUyxVQUFVLENBQUM7QUFDakMsV0FBTyxNQUFNLE9BQU8sU0FBUyxRQUFRQSxPQUFNO0FBQUEsRUFDN0MsQ0FBQztBQUVELEtBQUcsdUNBQXVDLE1BQU07QUFDOUMsVUFBTSxRQUFRLElBQUksUUFBUSxjQUFjO0FBQ3hDLFdBQU8sR0FBRyxNQUFNLFlBQVksSUFBSSxZQUFZLE1BQU0sUUFBUSxFQUFFO0FBQzVELFdBQU8sR0FBRyxNQUFNLFlBQVksSUFBSSxZQUFZLE1BQU0sUUFBUSxFQUFFO0FBQzVELFdBQU8sR0FBRyxNQUFNLFlBQVksQ0FBQztBQUFBLEVBQy9CLENBQUM7QUFFRCxLQUFHLG1EQUFtRCxZQUFZO0FBQ2hFLFVBQU0sU0FBUyxNQUFNLE9BQU8sU0FBUyxlQUF3RCwrQkFBK0IsRUFBRSxPQUFPLE1BQU0sTUFBTSxJQUFJLFNBQVMsRUFBRSxDQUFDO0FBQ2pLLFdBQU8sR0FBRyxNQUFNO0FBQ2hCLGNBQU0sd0JBQVEsaUJBQWlCLE1BQU0sT0FBTyxPQUFPLFVBQVUsZUFBZSxXQUFXLGlCQUFpQixPQUFPLGdCQUFnQjtBQUMvSCxVQUFNLFFBQVEsT0FBTyxPQUFPLFVBQVUsZUFBZSxVQUFXO0FBQ2hFLFdBQU8sTUFBTSxNQUFNLFNBQVMsTUFBTSxPQUFPLEtBQUssSUFBSTtBQUNsRCxXQUFPLE1BQU0sTUFBTSxTQUFTLE1BQU0sT0FBTyxNQUFNLElBQUk7QUFDbkQsY0FBTSwyQkFBVyxpQkFBaUI7QUFDbEMsVUFBTSxPQUFPLFNBQVMsZUFBZSxrQ0FBa0M7QUFBQSxFQUN6RSxDQUFDO0FBRUQsS0FBRyx1RkFBdUYsWUFBWTtBQUNwRyxVQUFNLFVBQVUsTUFBTSxNQUFNLElBQUksR0FBRyxNQUFNLE1BQU0sUUFBUSxnQkFBZ0I7QUFDdkUsVUFBTSxNQUFNLE1BQU0sT0FBTyxVQUFVLGlCQUFpQixPQUFPO0FBQzNELFVBQU0sT0FBTyxPQUFPLGlCQUFpQixHQUFHO0FBQ3hDLFVBQU0sT0FBTyxJQUFJLE9BQU8sY0FBYztBQUN0QyxTQUFLLE9BQU8sU0FBUyxJQUFJLE9BQU8sU0FBUyxJQUFJLFdBQVcsQ0FBQyxHQUFHLDhDQUE4QztBQUMxRyxXQUFPLEdBQUcsTUFBTSxPQUFPLFVBQVUsVUFBVSxJQUFJLENBQUM7QUFDaEQsV0FBTyxHQUFHLE1BQU0sSUFBSSxLQUFLLENBQUM7QUFFMUIsY0FBTSx3QkFBUSwyQkFBMkIsTUFBTSxLQUFLLE9BQU8sR0FBRyxVQUFVLFNBQVMsR0FBTTtBQUN2RixXQUFPLE1BQU0sS0FBSyxTQUFTLEdBQUcsT0FBTyxRQUFRO0FBQzdDLFdBQU8sTUFBTSxLQUFLLFNBQVMsR0FBRyxPQUFPLFNBQVMsbUNBQW1DO0FBQ2pGLFdBQU8sTUFBTSxLQUFLLFVBQVUsR0FBRyxPQUFPLFFBQVEscUVBQXFFO0FBQ25ILFdBQU8sR0FBRyxTQUFTLEtBQUssTUFBTSxDQUFDLEVBQUUsS0FBSyxDQUFDLE1BQU0sRUFBRSxVQUFVLGlCQUFpQixFQUFFLFVBQVUsT0FBTyxDQUFDO0FBQzlGLGNBQU0sMkJBQVcscUJBQXFCO0FBQUEsRUFDeEMsQ0FBQztBQUVELEtBQUcsOEVBQThFLFlBQVk7QUFDM0YsVUFBTSxjQUFjLE9BQU8sR0FBRyxNQUFNLE1BQU0sUUFBUSxnQkFBZ0I7QUFDbEUsVUFBTSxhQUFTLDZCQUFhLGFBQWEsTUFBTTtBQUUvQyxVQUFNLFdBQVcsTUFBTSxPQUFPLFNBQVMsZUFBZSwrQkFBK0IsRUFBRSxPQUFPLE1BQU0sTUFBTSxJQUFJLE9BQU8sV0FBVyxTQUFTLE1BQU0sQ0FBQztBQUNoSixXQUFPLE1BQU0sVUFBVSxNQUFTO0FBQ2hDLFdBQU8sVUFBTSw2QkFBYSxhQUFhLE1BQU0sR0FBRyxNQUFNO0FBRXRELFVBQU0sVUFBVSxNQUFNLE9BQU8sU0FBUyxlQUF1RCwrQkFBK0IsRUFBRSxPQUFPLE1BQU0sTUFBTSxJQUFJLE9BQU8sV0FBVyxTQUFTLEtBQUssQ0FBQztBQUN0TCxXQUFPLEdBQUcsT0FBTztBQUNqQixXQUFPLE1BQU0sUUFBUSxTQUFTLFdBQVc7QUFDekMsV0FBTyxHQUFHLFFBQVEsUUFBUSxVQUFVLEdBQUcsb0JBQW9CO0FBQzNELFVBQU0sWUFBWSxPQUFPLEdBQUcsTUFBTSxNQUFNLFFBQVEsd0JBQXdCO0FBQ3hFLFVBQU0sVUFBVSxVQUFVLFNBQVM7QUFDbkMsV0FBTyxHQUFHLFFBQVEsS0FBSyxDQUFDLFVBQU0sNkJBQWEsR0FBRyxNQUFNLEVBQUUsU0FBUywwQ0FBMEMsQ0FBQyxHQUFHLHlDQUFvQztBQUNqSixXQUFPLEdBQUcsS0FBQyw2QkFBYSxhQUFhLE1BQU0sRUFBRSxTQUFTLDBDQUEwQyxDQUFDO0FBQUEsRUFDbkcsQ0FBQztBQUVELEtBQUcsdUVBQXVFLFlBQVk7QUFDcEYsVUFBTSxJQUFJLFFBQVEsUUFBUTtBQUUxQixXQUFPLFdBQVcsRUFBRSxpQkFBaUIsR0FBRyxDQUFDO0FBQ3pDLFFBQUk7QUFDRixZQUFNLGNBQVUsd0JBQVEsd0JBQXdCLE1BQU0sT0FBTyxVQUFVLGNBQWMsS0FBSyxDQUFDLE1BQU0sRUFBRSxJQUFJLFdBQVcsdUJBQXVCLEVBQUUsUUFBUSxFQUFFLFNBQVMsR0FBRyxHQUFHLEdBQU07QUFDMUssWUFBTSxNQUFNLElBQUksS0FBSyxJQUFJLEVBQUUsT0FBTyxNQUFNLEdBQUcsUUFBUSxTQUFTLFlBQVksU0FBUyxPQUFPLEtBQUssQ0FBQztBQUM5RixZQUFNO0FBQ04sZ0JBQU0sMkJBQVcsaUJBQWlCO0FBQ2xDLGFBQU8sTUFBTSxNQUFNLE9BQU8sU0FBUyxlQUFlLG9CQUFvQixHQUFHLElBQUk7QUFDN0UsWUFBTSxVQUFVLE1BQU07QUFDdEIsYUFBTyxNQUFNLFNBQVMsU0FBUyxXQUFXO0FBQzFDLFlBQU0sSUFBSSxRQUFRLFFBQVE7QUFDMUIsWUFBTSxVQUFVLE1BQU0sRUFBRSxNQUFNLE1BQU0sT0FBTyxDQUFDLE1BQU0sRUFBRSxVQUFVLFdBQVcsRUFBRSxVQUFVLFNBQVM7QUFDOUYsYUFBTyxHQUFHLFFBQVEsVUFBVSxHQUFHLE1BQU0sRUFBRSxNQUFNLE1BQU0sSUFBSSxDQUFDLE1BQU0sR0FBRyxFQUFFLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxFQUFFLEtBQUssR0FBRyxDQUFDO0FBQzdGLFlBQU0sV0FBVyxPQUFPLEdBQUcsTUFBTSxNQUFNLFFBQVEsV0FBVztBQUMxRCxhQUFPLE9BQUcsNEJBQVksUUFBUSxFQUFFLEtBQUssQ0FBQyxNQUFNLEVBQUUsU0FBUyxhQUFhLENBQUMsR0FBRyxxQkFBcUI7QUFBQSxJQUMvRixVQUFFO0FBQ0EsYUFBTyxXQUFXLEVBQUUsaUJBQWlCLElBQUksQ0FBQztBQUFBLElBQzVDO0FBQUEsRUFDRixDQUFDO0FBRUQsS0FBRyxpRUFBaUUsWUFBWTtBQUM5RSxVQUFNLElBQUksUUFBUSxVQUFVLDRCQUE0QjtBQUN4RCxRQUFJO0FBQ0YsWUFBTSxVQUFVLE1BQU0sSUFBSSxLQUFLLElBQUksRUFBRSxPQUFPLE1BQU0sRUFBRSxDQUFDO0FBQ3JELGFBQU8sR0FBRyxPQUFPO0FBQ2pCLGFBQU8sTUFBTSxRQUFRLFNBQVMsUUFBUTtBQUN0QyxhQUFPLE1BQU0sUUFBUSxTQUFTLENBQUMsR0FBRyxNQUFNLE1BQU07QUFDOUMsYUFBTyxNQUFNLFFBQVEsVUFBVSxDQUFDO0FBQ2hDLFlBQU0sT0FBTyxTQUFTLGVBQWUsd0JBQXdCO0FBQzdELGdCQUFNLDJCQUFXLDZCQUE2QjtBQUM5QyxZQUFNLE9BQU8sU0FBUyxlQUFlLHdCQUF3QjtBQUFBLElBQy9ELFVBQUU7QUFDQSxZQUFNLElBQUksUUFBUSxVQUFVLE9BQU8sTUFBTTtBQUFBLElBQzNDO0FBQUEsRUFDRixDQUFDO0FBRUQsS0FBRyxzRUFBc0UsWUFBWTtBQUNuRixVQUFNLFVBQVUsTUFBTSxJQUFJLEtBQUssSUFBSSxFQUFFLE9BQU8sTUFBTSxFQUFFLENBQUM7QUFDckQsV0FBTyxNQUFNLFNBQVMsU0FBUyxhQUFhLEtBQUssVUFBVSxTQUFTLFFBQVEsQ0FBQztBQUM3RSxVQUFNLElBQUksUUFBUSxRQUFRO0FBQzFCLFVBQU0sU0FBUyxNQUFNLEVBQUUsTUFBTSxNQUFNLElBQUksQ0FBQyxNQUFNLEdBQUcsRUFBRSxFQUFFLElBQUksRUFBRSxLQUFLLEVBQUU7QUFDbEUsV0FBTyxHQUFHLE1BQU0sRUFBRSxNQUFNLE1BQU0sTUFBTSxDQUFDLE1BQU0sRUFBRSxVQUFVLFVBQVUsRUFBRSxVQUFVLFFBQVEsR0FBRyxPQUFPLEtBQUssR0FBRyxDQUFDO0FBQ3hHLFVBQU0sV0FBVyxPQUFPLEdBQUcsTUFBTSxNQUFNLFFBQVEsV0FBVztBQUMxRCxXQUFPLEdBQUcsS0FBQyw0QkFBWSxRQUFRLEVBQUUsS0FBSyxDQUFDLE1BQU0sRUFBRSxTQUFTLGFBQWEsQ0FBQyxHQUFHLDZCQUE2QjtBQUFBLEVBQ3hHLENBQUM7QUFDSCxDQUFDO0FBR0QsU0FBUyxTQUFTLEtBQXFCLE9BQTREO0FBQ2pHLFFBQU0sWUFBWSxJQUFJLE9BQU8sWUFBWSxFQUFFLEtBQUssQ0FBQyxNQUFNLEVBQUUsU0FBUyxXQUFXLEVBQUUsTUFBTSxNQUFNLE9BQU8sTUFBTSxNQUFNLEVBQUU7QUFDaEgsU0FBTyxHQUFHLFdBQVcsbUJBQW1CO0FBQ3hDLFFBQU0sT0FBZ0QsQ0FBQztBQUN2RCxRQUFNLFFBQVEsQ0FBQyxTQUF3QjtBQUNyQyxVQUFNLE9BQU8sSUFBSSxPQUFPLFlBQVksSUFBSTtBQUN4QyxVQUFNLFFBQVEsY0FBYyxLQUFLLE9BQU8sS0FBSyxZQUFZLENBQUMsSUFBSSxDQUFDO0FBQy9ELFFBQUksTUFBTyxNQUFLLEtBQUssRUFBRSxPQUFPLE9BQU8sS0FBSyxLQUFLLEdBQUcsTUFBTSxDQUFDO0FBQ3pELGVBQVcsU0FBUyxJQUFJLE9BQU8sWUFBWSxJQUFJLEVBQUcsT0FBTSxLQUFLO0FBQUEsRUFDL0Q7QUFDQSxhQUFXLFNBQVMsSUFBSSxPQUFPLFlBQVksU0FBUyxFQUFHLE9BQU0sS0FBSztBQUNsRSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLFVBQVUsS0FBdUI7QUFDeEMsTUFBSSxLQUFDLDJCQUFXLEdBQUcsRUFBRyxRQUFPLENBQUM7QUFDOUIsYUFBTyw0QkFBWSxLQUFLLEVBQUUsZUFBZSxNQUFNLFdBQVcsS0FBSyxDQUFDLEVBQzdELE9BQU8sQ0FBQyxNQUFNLEVBQUUsT0FBTyxDQUFDLEVBQ3hCLElBQUksQ0FBQyxNQUFNLEtBQUssS0FBSyxFQUFFLFlBQVksRUFBRSxJQUFJLENBQUM7QUFDL0M7IiwKICAibmFtZXMiOiBbImJlZm9yZSJdCn0K
