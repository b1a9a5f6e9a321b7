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
var storyCommands_exports = {};
__export(storyCommands_exports, {
  StoryCommands: () => StoryCommands,
  StoryResolver: () => StoryResolver
});
module.exports = __toCommonJS(storyCommands_exports);
var vscode = __toESM(require("vscode"));
var import_stagesView = require("../views/stagesView");
class StoryResolver {
  constructor(catalog, selection) {
    this.catalog = catalog;
    this.selection = selection;
  }
  catalog;
  selection;
  async resolve(arg) {
    await this.catalog.refresh();
    const fromArg = this.fromArgument(arg);
    if (fromArg) return fromArg;
    const selected = this.selection()[0];
    if (selected) return this.catalog.find(selected.entry.story.id);
    const active = vscode.window.activeTextEditor?.document.uri;
    const fromEditor = active && this.catalog.storyOf(active);
    if (fromEditor) return fromEditor;
    const stories = this.catalog.stories;
    if (stories.length === 1) return stories[0];
    if (stories.length === 0) {
      const choice = await vscode.window.showInformationMessage("Story Writer: there is no story in this workspace yet.", "New Story\u2026");
      if (choice) await vscode.commands.executeCommand("storyWriter.newStory");
      return void 0;
    }
    const pick = await vscode.window.showQuickPick(
      stories.map((entry) => ({ label: entry.state.brief?.ok ? entry.state.brief.brief.title : entry.story.name, description: vscode.workspace.asRelativePath(entry.story.uri(entry.story.storyDir)), entry })),
      { placeHolder: "Which story?" }
    );
    return pick?.entry;
  }
  fromArgument(arg) {
    if (!arg) return void 0;
    if (typeof arg === "object" && "kind" in arg && "entry" in arg) return this.catalog.find(arg.entry.story.id);
    if (arg instanceof vscode.Uri) return this.catalog.storyOf(arg);
    if (typeof arg === "string") return this.catalog.find(arg) ?? this.catalog.stories.find((e) => e.story.name === arg);
    if (typeof arg === "object" && typeof arg.story === "string") return this.fromArgument(arg.story);
    return void 0;
  }
}
function optionsOf(arg) {
  return typeof arg === "object" && arg !== null && !("kind" in arg) ? arg : {};
}
function stageOfNode(arg) {
  if (typeof arg !== "object" || arg === null || !("kind" in arg)) return void 0;
  const node = arg;
  return node.kind === "stage" ? node.stage : node.kind === "chapter" ? node.item.stage : void 0;
}
class StoryCommands {
  constructor(resolver, runs) {
    this.resolver = resolver;
    this.runs = runs;
  }
  resolver;
  runs;
  /** Generate <stage>: runs the workflow up to that stage (everything it needs first). */
  async generate(stage, arg) {
    const entry = await this.resolver.resolve(arg);
    if (!entry) return void 0;
    return this.runs.run({ entry, target: stage });
  }
  /** Inline "run" on a tree row: make that stage (and what it needs). */
  async runNode(arg) {
    return this.generate(stageOfNode(arg) ?? "all", arg);
  }
  /**
   * Regenerate Stage…: quick pick, then a confirmation before anything the writer edited is
   * overwritten (a backup is kept either way).
   */
  async regenerate(arg) {
    const entry = await this.resolver.resolve(arg);
    if (!entry) return void 0;
    const stage = stageOfNode(arg) ?? optionsOf(arg).stage ?? await pickStage(entry);
    if (!stage) return void 0;
    const edited = entry.state.items.filter((i) => i.stage === stage && i.state === "edited");
    let force = false;
    if (edited.length > 0) {
      const confirmed = optionsOf(arg).confirm ?? await confirmOverwrite(stage, edited);
      if (!confirmed) return void 0;
      force = true;
    }
    return this.runs.run({ entry, target: stage, regenerate: stage, force });
  }
  async compare(arg) {
    const entry = await this.resolver.resolve(arg);
    if (!entry) return void 0;
    const revised = entry.state.items.filter((i) => i.stage === "revision" && i.meta);
    if (revised.length === 0) {
      void vscode.window.showInformationMessage("Story Writer: no chapter has been revised yet. Run Revise & Enhance first.");
      return void 0;
    }
    const fromNode = typeof arg === "object" && arg !== null && "kind" in arg && arg.kind === "chapter" ? arg.item.chapter : void 0;
    const wanted = fromNode ?? optionsOf(arg).chapter;
    const chapter = wanted ?? (revised.length === 1 ? revised[0].chapter : (await vscode.window.showQuickPick(revised.map((i) => ({ label: `Chapter ${i.chapter}${i.title ? `: ${i.title}` : ""}`, chapter: i.chapter })), { placeHolder: "Compare which chapter?" }))?.chapter);
    if (chapter === void 0) return void 0;
    const draft = entry.state.items.find((i) => i.stage === "draft" && i.chapter === chapter);
    const revision = entry.state.items.find((i) => i.stage === "revision" && i.chapter === chapter);
    if (!draft || !revision) return void 0;
    const left = entry.story.uri(draft.path);
    const right = entry.story.uri(revision.path);
    await vscode.commands.executeCommand("vscode.diff", left, right, `Chapter ${chapter}: Draft \u2194 Revision`);
    return { left, right };
  }
  async openStageFile(arg) {
    const entry = await this.resolver.resolve(arg);
    if (!entry) return void 0;
    const { stage, chapter } = optionsOf(arg);
    const path = stage ? entry.state.items.find((i) => i.stage === stage && (chapter === void 0 || i.chapter === chapter) && i.state !== "pending")?.path : (await vscode.window.showQuickPick(
      [{ label: "Brief", path: `${entry.story.storyDir}/brief.md` }, ...entry.state.items.filter((i) => i.state !== "pending").map((i) => ({ label: labelOf(i), path: i.path }))],
      { placeHolder: "Open which stage file?" }
    ))?.path;
    if (!path) return void 0;
    const uri = entry.story.uri(path);
    await vscode.window.showTextDocument(uri);
    return uri;
  }
}
function labelOf(item) {
  return item.chapter !== void 0 ? `${import_stagesView.STAGE_LABELS[item.stage]} \u2014 Chapter ${item.chapter}${item.title ? `: ${item.title}` : ""}` : import_stagesView.STAGE_LABELS[item.stage];
}
async function pickStage(entry) {
  const stages = ["concept", "bible", "outline", "draft", "revision", "manuscript"];
  const pick = await vscode.window.showQuickPick(
    stages.map((stage) => {
      const items = entry.state.items.filter((i) => i.stage === stage);
      const edited = items.filter((i) => i.state === "edited").length;
      return { label: import_stagesView.STAGE_LABELS[stage], description: edited ? `${edited} edited by you \u2014 will ask first` : items.every((i) => i.state === "pending") ? "not written yet" : "", stage };
    }),
    { placeHolder: "Regenerate which stage? (Regenerate bypasses the cache.)" }
  );
  return pick?.stage;
}
async function confirmOverwrite(stage, edited) {
  const names = edited.map(labelOf).join(", ");
  const choice = await vscode.window.showWarningMessage(
    `You edited ${names}. Regenerating replaces your text (a backup is kept in .story-writer/backups).`,
    { modal: true },
    `Regenerate ${import_stagesView.STAGE_LABELS[stage]}`
  );
  return choice !== void 0;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  StoryCommands,
  StoryResolver
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL3ZzY29kZS9jb21tYW5kcy9zdG9yeUNvbW1hbmRzLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgKiBhcyB2c2NvZGUgZnJvbSAndnNjb2RlJztcbmltcG9ydCB0eXBlIHsgV29ya2Zsb3dTdGFnZSB9IGZyb20gJy4uLy4uL2NvcmUvY2hlY2twb2ludC9tZXRhJztcbmltcG9ydCB0eXBlIHsgSXRlbVN0YXRlIH0gZnJvbSAnLi4vLi4vY29yZS93b3JrZmxvdy9zdGF0ZSc7XG5pbXBvcnQgdHlwZSB7IFJ1bkNvbnRyb2xsZXIgfSBmcm9tICcuLi9ydW4vcnVuQ29udHJvbGxlcic7XG5pbXBvcnQgdHlwZSB7IFN0b3J5Q2F0YWxvZywgU3RvcnlFbnRyeSB9IGZyb20gJy4uL3N0b3J5Q2F0YWxvZyc7XG5pbXBvcnQgeyBTVEFHRV9MQUJFTFMsIHR5cGUgU3RhZ2VUcmVlTm9kZSB9IGZyb20gJy4uL3ZpZXdzL3N0YWdlc1ZpZXcnO1xuXG4vKipcbiAqIEZpbmRzIHRoZSBzdG9yeSBhIGNvbW1hbmQgYWN0cyBvbjogdGhlIHRyZWUgcm93IGl0IHdhcyBpbnZva2VkIG9uLCBlbHNlIHRoZSB0cmVlJ3Mgc2VsZWN0aW9uLFxuICogZWxzZSB0aGUgYWN0aXZlIGVkaXRvcidzIGZpbGUsIGVsc2UgdGhlIG9ubHkgc3RvcnksIGVsc2UgdGhlIHdyaXRlciBwaWNrcyBvbmUuXG4gKi9cbmV4cG9ydCBjbGFzcyBTdG9yeVJlc29sdmVyIHtcbiAgY29uc3RydWN0b3IoXG4gICAgcHJpdmF0ZSByZWFkb25seSBjYXRhbG9nOiBTdG9yeUNhdGFsb2csXG4gICAgcHJpdmF0ZSByZWFkb25seSBzZWxlY3Rpb246ICgpID0+IHJlYWRvbmx5IFN0YWdlVHJlZU5vZGVbXSxcbiAgKSB7fVxuXG4gIGFzeW5jIHJlc29sdmUoYXJnOiB1bmtub3duKTogUHJvbWlzZTxTdG9yeUVudHJ5IHwgdW5kZWZpbmVkPiB7XG4gICAgYXdhaXQgdGhpcy5jYXRhbG9nLnJlZnJlc2goKTtcbiAgICBjb25zdCBmcm9tQXJnID0gdGhpcy5mcm9tQXJndW1lbnQoYXJnKTtcbiAgICBpZiAoZnJvbUFyZykgcmV0dXJuIGZyb21Bcmc7XG4gICAgY29uc3Qgc2VsZWN0ZWQgPSB0aGlzLnNlbGVjdGlvbigpWzBdO1xuICAgIGlmIChzZWxlY3RlZCkgcmV0dXJuIHRoaXMuY2F0YWxvZy5maW5kKHNlbGVjdGVkLmVudHJ5LnN0b3J5LmlkKTtcbiAgICBjb25zdCBhY3RpdmUgPSB2c2NvZGUud2luZG93LmFjdGl2ZVRleHRFZGl0b3I/LmRvY3VtZW50LnVyaTtcbiAgICBjb25zdCBmcm9tRWRpdG9yID0gYWN0aXZlICYmIHRoaXMuY2F0YWxvZy5zdG9yeU9mKGFjdGl2ZSk7XG4gICAgaWYgKGZyb21FZGl0b3IpIHJldHVybiBmcm9tRWRpdG9yO1xuICAgIGNvbnN0IHN0b3JpZXMgPSB0aGlzLmNhdGFsb2cuc3RvcmllcztcbiAgICBpZiAoc3Rvcmllcy5sZW5ndGggPT09IDEpIHJldHVybiBzdG9yaWVzWzBdO1xuICAgIGlmIChzdG9yaWVzLmxlbmd0aCA9PT0gMCkge1xuICAgICAgY29uc3QgY2hvaWNlID0gYXdhaXQgdnNjb2RlLndpbmRvdy5zaG93SW5mb3JtYXRpb25NZXNzYWdlKCdTdG9yeSBXcml0ZXI6IHRoZXJlIGlzIG5vIHN0b3J5IGluIHRoaXMgd29ya3NwYWNlIHlldC4nLCAnTmV3IFN0b3J5XHUyMDI2Jyk7XG4gICAgICBpZiAoY2hvaWNlKSBhd2FpdCB2c2NvZGUuY29tbWFuZHMuZXhlY3V0ZUNvbW1hbmQoJ3N0b3J5V3JpdGVyLm5ld1N0b3J5Jyk7XG4gICAgICByZXR1cm4gdW5kZWZpbmVkO1xuICAgIH1cbiAgICBjb25zdCBwaWNrID0gYXdhaXQgdnNjb2RlLndpbmRvdy5zaG93UXVpY2tQaWNrKFxuICAgICAgc3Rvcmllcy5tYXAoKGVudHJ5KSA9PiAoeyBsYWJlbDogZW50cnkuc3RhdGUuYnJpZWY/Lm9rID8gZW50cnkuc3RhdGUuYnJpZWYuYnJpZWYudGl0bGUgOiBlbnRyeS5zdG9yeS5uYW1lLCBkZXNjcmlwdGlvbjogdnNjb2RlLndvcmtzcGFjZS5hc1JlbGF0aXZlUGF0aChlbnRyeS5zdG9yeS51cmkoZW50cnkuc3Rvcnkuc3RvcnlEaXIpKSwgZW50cnkgfSkpLFxuICAgICAgeyBwbGFjZUhvbGRlcjogJ1doaWNoIHN0b3J5PycgfSxcbiAgICApO1xuICAgIHJldHVybiBwaWNrPy5lbnRyeTtcbiAgfVxuXG4gIHByaXZhdGUgZnJvbUFyZ3VtZW50KGFyZzogdW5rbm93bik6IFN0b3J5RW50cnkgfCB1bmRlZmluZWQge1xuICAgIGlmICghYXJnKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgIGlmICh0eXBlb2YgYXJnID09PSAnb2JqZWN0JyAmJiAna2luZCcgaW4gYXJnICYmICdlbnRyeScgaW4gYXJnKSByZXR1cm4gdGhpcy5jYXRhbG9nLmZpbmQoKGFyZyBhcyBTdGFnZVRyZWVOb2RlKS5lbnRyeS5zdG9yeS5pZCk7XG4gICAgaWYgKGFyZyBpbnN0YW5jZW9mIHZzY29kZS5VcmkpIHJldHVybiB0aGlzLmNhdGFsb2cuc3RvcnlPZihhcmcpO1xuICAgIGlmICh0eXBlb2YgYXJnID09PSAnc3RyaW5nJykgcmV0dXJuIHRoaXMuY2F0YWxvZy5maW5kKGFyZykgPz8gdGhpcy5jYXRhbG9nLnN0b3JpZXMuZmluZCgoZSkgPT4gZS5zdG9yeS5uYW1lID09PSBhcmcpO1xuICAgIGlmICh0eXBlb2YgYXJnID09PSAnb2JqZWN0JyAmJiB0eXBlb2YgKGFyZyBhcyB7IHN0b3J5PzogdW5rbm93biB9KS5zdG9yeSA9PT0gJ3N0cmluZycpIHJldHVybiB0aGlzLmZyb21Bcmd1bWVudCgoYXJnIGFzIHsgc3Rvcnk6IHN0cmluZyB9KS5zdG9yeSk7XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxufVxuXG4vKiogT3B0aW9ucyBhIGNvbW1hbmQgbWF5IGNhcnJ5IGZvciBhdXRvbWF0aW9uOiBgeyBzdG9yeSwgc3RhZ2UsIGNoYXB0ZXIsIGNvbmZpcm0gfWAuICovXG5pbnRlcmZhY2UgQ29tbWFuZE9wdGlvbnMge1xuICByZWFkb25seSBzdG9yeT86IHN0cmluZztcbiAgcmVhZG9ubHkgc3RhZ2U/OiBXb3JrZmxvd1N0YWdlO1xuICByZWFkb25seSBjaGFwdGVyPzogbnVtYmVyO1xuICAvKiogUmVnZW5lcmF0ZTogYW5zd2VyIHRoZSBcIm92ZXJ3cml0ZSB5b3VyIGVkaXRzP1wiIHF1ZXN0aW9uIGluIGFkdmFuY2UuICovXG4gIHJlYWRvbmx5IGNvbmZpcm0/OiBib29sZWFuO1xufVxuXG5mdW5jdGlvbiBvcHRpb25zT2YoYXJnOiB1bmtub3duKTogQ29tbWFuZE9wdGlvbnMge1xuICByZXR1cm4gdHlwZW9mIGFyZyA9PT0gJ29iamVjdCcgJiYgYXJnICE9PSBudWxsICYmICEoJ2tpbmQnIGluIGFyZykgPyAoYXJnIGFzIENvbW1hbmRPcHRpb25zKSA6IHt9O1xufVxuXG5mdW5jdGlvbiBzdGFnZU9mTm9kZShhcmc6IHVua25vd24pOiBXb3JrZmxvd1N0YWdlIHwgdW5kZWZpbmVkIHtcbiAgaWYgKHR5cGVvZiBhcmcgIT09ICdvYmplY3QnIHx8IGFyZyA9PT0gbnVsbCB8fCAhKCdraW5kJyBpbiBhcmcpKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCBub2RlID0gYXJnIGFzIFN0YWdlVHJlZU5vZGU7XG4gIHJldHVybiBub2RlLmtpbmQgPT09ICdzdGFnZScgPyBub2RlLnN0YWdlIDogbm9kZS5raW5kID09PSAnY2hhcHRlcicgPyBub2RlLml0ZW0uc3RhZ2UgOiB1bmRlZmluZWQ7XG59XG5cbmV4cG9ydCBjbGFzcyBTdG9yeUNvbW1hbmRzIHtcbiAgY29uc3RydWN0b3IoXG4gICAgcHJpdmF0ZSByZWFkb25seSByZXNvbHZlcjogU3RvcnlSZXNvbHZlcixcbiAgICBwcml2YXRlIHJlYWRvbmx5IHJ1bnM6IFJ1bkNvbnRyb2xsZXIsXG4gICkge31cblxuICAvKiogR2VuZXJhdGUgPHN0YWdlPjogcnVucyB0aGUgd29ya2Zsb3cgdXAgdG8gdGhhdCBzdGFnZSAoZXZlcnl0aGluZyBpdCBuZWVkcyBmaXJzdCkuICovXG4gIGFzeW5jIGdlbmVyYXRlKHN0YWdlOiBXb3JrZmxvd1N0YWdlIHwgJ2FsbCcsIGFyZzogdW5rbm93bikge1xuICAgIGNvbnN0IGVudHJ5ID0gYXdhaXQgdGhpcy5yZXNvbHZlci5yZXNvbHZlKGFyZyk7XG4gICAgaWYgKCFlbnRyeSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICByZXR1cm4gdGhpcy5ydW5zLnJ1bih7IGVudHJ5LCB0YXJnZXQ6IHN0YWdlIH0pO1xuICB9XG5cbiAgLyoqIElubGluZSBcInJ1blwiIG9uIGEgdHJlZSByb3c6IG1ha2UgdGhhdCBzdGFnZSAoYW5kIHdoYXQgaXQgbmVlZHMpLiAqL1xuICBhc3luYyBydW5Ob2RlKGFyZzogdW5rbm93bikge1xuICAgIHJldHVybiB0aGlzLmdlbmVyYXRlKHN0YWdlT2ZOb2RlKGFyZykgPz8gJ2FsbCcsIGFyZyk7XG4gIH1cblxuICAvKipcbiAgICogUmVnZW5lcmF0ZSBTdGFnZVx1MjAyNjogcXVpY2sgcGljaywgdGhlbiBhIGNvbmZpcm1hdGlvbiBiZWZvcmUgYW55dGhpbmcgdGhlIHdyaXRlciBlZGl0ZWQgaXNcbiAgICogb3ZlcndyaXR0ZW4gKGEgYmFja3VwIGlzIGtlcHQgZWl0aGVyIHdheSkuXG4gICAqL1xuICBhc3luYyByZWdlbmVyYXRlKGFyZzogdW5rbm93bikge1xuICAgIGNvbnN0IGVudHJ5ID0gYXdhaXQgdGhpcy5yZXNvbHZlci5yZXNvbHZlKGFyZyk7XG4gICAgaWYgKCFlbnRyeSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICBjb25zdCBzdGFnZSA9IHN0YWdlT2ZOb2RlKGFyZykgPz8gb3B0aW9uc09mKGFyZykuc3RhZ2UgPz8gKGF3YWl0IHBpY2tTdGFnZShlbnRyeSkpO1xuICAgIGlmICghc3RhZ2UpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgY29uc3QgZWRpdGVkID0gZW50cnkuc3RhdGUuaXRlbXMuZmlsdGVyKChpKSA9PiBpLnN0YWdlID09PSBzdGFnZSAmJiBpLnN0YXRlID09PSAnZWRpdGVkJyk7XG4gICAgbGV0IGZvcmNlID0gZmFsc2U7XG4gICAgaWYgKGVkaXRlZC5sZW5ndGggPiAwKSB7XG4gICAgICBjb25zdCBjb25maXJtZWQgPSBvcHRpb25zT2YoYXJnKS5jb25maXJtID8/IChhd2FpdCBjb25maXJtT3ZlcndyaXRlKHN0YWdlLCBlZGl0ZWQpKTtcbiAgICAgIGlmICghY29uZmlybWVkKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgICAgZm9yY2UgPSB0cnVlO1xuICAgIH1cbiAgICByZXR1cm4gdGhpcy5ydW5zLnJ1bih7IGVudHJ5LCB0YXJnZXQ6IHN0YWdlLCByZWdlbmVyYXRlOiBzdGFnZSwgZm9yY2UgfSk7XG4gIH1cblxuICBhc3luYyBjb21wYXJlKGFyZzogdW5rbm93bikge1xuICAgIGNvbnN0IGVudHJ5ID0gYXdhaXQgdGhpcy5yZXNvbHZlci5yZXNvbHZlKGFyZyk7XG4gICAgaWYgKCFlbnRyeSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICBjb25zdCByZXZpc2VkID0gZW50cnkuc3RhdGUuaXRlbXMuZmlsdGVyKChpKSA9PiBpLnN0YWdlID09PSAncmV2aXNpb24nICYmIGkubWV0YSk7XG4gICAgaWYgKHJldmlzZWQubGVuZ3RoID09PSAwKSB7XG4gICAgICB2b2lkIHZzY29kZS53aW5kb3cuc2hvd0luZm9ybWF0aW9uTWVzc2FnZSgnU3RvcnkgV3JpdGVyOiBubyBjaGFwdGVyIGhhcyBiZWVuIHJldmlzZWQgeWV0LiBSdW4gUmV2aXNlICYgRW5oYW5jZSBmaXJzdC4nKTtcbiAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gICAgfVxuICAgIGNvbnN0IGZyb21Ob2RlID0gdHlwZW9mIGFyZyA9PT0gJ29iamVjdCcgJiYgYXJnICE9PSBudWxsICYmICdraW5kJyBpbiBhcmcgJiYgKGFyZyBhcyBTdGFnZVRyZWVOb2RlKS5raW5kID09PSAnY2hhcHRlcicgPyAoYXJnIGFzIEV4dHJhY3Q8U3RhZ2VUcmVlTm9kZSwgeyBraW5kOiAnY2hhcHRlcicgfT4pLml0ZW0uY2hhcHRlciA6IHVuZGVmaW5lZDtcbiAgICBjb25zdCB3YW50ZWQgPSBmcm9tTm9kZSA/PyBvcHRpb25zT2YoYXJnKS5jaGFwdGVyO1xuICAgIGNvbnN0IGNoYXB0ZXIgPVxuICAgICAgd2FudGVkID8/XG4gICAgICAocmV2aXNlZC5sZW5ndGggPT09IDFcbiAgICAgICAgPyByZXZpc2VkWzBdIS5jaGFwdGVyXG4gICAgICAgIDogKGF3YWl0IHZzY29kZS53aW5kb3cuc2hvd1F1aWNrUGljayhyZXZpc2VkLm1hcCgoaSkgPT4gKHsgbGFiZWw6IGBDaGFwdGVyICR7aS5jaGFwdGVyfSR7aS50aXRsZSA/IGA6ICR7aS50aXRsZX1gIDogJyd9YCwgY2hhcHRlcjogaS5jaGFwdGVyIH0pKSwgeyBwbGFjZUhvbGRlcjogJ0NvbXBhcmUgd2hpY2ggY2hhcHRlcj8nIH0pKT8uY2hhcHRlcik7XG4gICAgaWYgKGNoYXB0ZXIgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICBjb25zdCBkcmFmdCA9IGVudHJ5LnN0YXRlLml0ZW1zLmZpbmQoKGkpID0+IGkuc3RhZ2UgPT09ICdkcmFmdCcgJiYgaS5jaGFwdGVyID09PSBjaGFwdGVyKTtcbiAgICBjb25zdCByZXZpc2lvbiA9IGVudHJ5LnN0YXRlLml0ZW1zLmZpbmQoKGkpID0+IGkuc3RhZ2UgPT09ICdyZXZpc2lvbicgJiYgaS5jaGFwdGVyID09PSBjaGFwdGVyKTtcbiAgICBpZiAoIWRyYWZ0IHx8ICFyZXZpc2lvbikgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICBjb25zdCBsZWZ0ID0gZW50cnkuc3RvcnkudXJpKGRyYWZ0LnBhdGgpO1xuICAgIGNvbnN0IHJpZ2h0ID0gZW50cnkuc3RvcnkudXJpKHJldmlzaW9uLnBhdGgpO1xuICAgIGF3YWl0IHZzY29kZS5jb21tYW5kcy5leGVjdXRlQ29tbWFuZCgndnNjb2RlLmRpZmYnLCBsZWZ0LCByaWdodCwgYENoYXB0ZXIgJHtjaGFwdGVyfTogRHJhZnQgXHUyMTk0IFJldmlzaW9uYCk7XG4gICAgcmV0dXJuIHsgbGVmdCwgcmlnaHQgfTtcbiAgfVxuXG4gIGFzeW5jIG9wZW5TdGFnZUZpbGUoYXJnOiB1bmtub3duKSB7XG4gICAgY29uc3QgZW50cnkgPSBhd2FpdCB0aGlzLnJlc29sdmVyLnJlc29sdmUoYXJnKTtcbiAgICBpZiAoIWVudHJ5KSByZXR1cm4gdW5kZWZpbmVkO1xuICAgIGNvbnN0IHsgc3RhZ2UsIGNoYXB0ZXIgfSA9IG9wdGlvbnNPZihhcmcpO1xuICAgIGNvbnN0IHBhdGggPSBzdGFnZVxuICAgICAgPyBlbnRyeS5zdGF0ZS5pdGVtcy5maW5kKChpKSA9PiBpLnN0YWdlID09PSBzdGFnZSAmJiAoY2hhcHRlciA9PT0gdW5kZWZpbmVkIHx8IGkuY2hhcHRlciA9PT0gY2hhcHRlcikgJiYgaS5zdGF0ZSAhPT0gJ3BlbmRpbmcnKT8ucGF0aFxuICAgICAgOiAoXG4gICAgICAgICAgYXdhaXQgdnNjb2RlLndpbmRvdy5zaG93UXVpY2tQaWNrKFxuICAgICAgICAgICAgW3sgbGFiZWw6ICdCcmllZicsIHBhdGg6IGAke2VudHJ5LnN0b3J5LnN0b3J5RGlyfS9icmllZi5tZGAgfSwgLi4uZW50cnkuc3RhdGUuaXRlbXMuZmlsdGVyKChpKSA9PiBpLnN0YXRlICE9PSAncGVuZGluZycpLm1hcCgoaSkgPT4gKHsgbGFiZWw6IGxhYmVsT2YoaSksIHBhdGg6IGkucGF0aCB9KSldLFxuICAgICAgICAgICAgeyBwbGFjZUhvbGRlcjogJ09wZW4gd2hpY2ggc3RhZ2UgZmlsZT8nIH0sXG4gICAgICAgICAgKVxuICAgICAgICApPy5wYXRoO1xuICAgIGlmICghcGF0aCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICBjb25zdCB1cmkgPSBlbnRyeS5zdG9yeS51cmkocGF0aCk7XG4gICAgYXdhaXQgdnNjb2RlLndpbmRvdy5zaG93VGV4dERvY3VtZW50KHVyaSk7XG4gICAgcmV0dXJuIHVyaTtcbiAgfVxufVxuXG5mdW5jdGlvbiBsYWJlbE9mKGl0ZW06IEl0ZW1TdGF0ZSk6IHN0cmluZyB7XG4gIHJldHVybiBpdGVtLmNoYXB0ZXIgIT09IHVuZGVmaW5lZCA/IGAke1NUQUdFX0xBQkVMU1tpdGVtLnN0YWdlXX0gXHUyMDE0IENoYXB0ZXIgJHtpdGVtLmNoYXB0ZXJ9JHtpdGVtLnRpdGxlID8gYDogJHtpdGVtLnRpdGxlfWAgOiAnJ31gIDogU1RBR0VfTEFCRUxTW2l0ZW0uc3RhZ2VdO1xufVxuXG5hc3luYyBmdW5jdGlvbiBwaWNrU3RhZ2UoZW50cnk6IFN0b3J5RW50cnkpOiBQcm9taXNlPFdvcmtmbG93U3RhZ2UgfCB1bmRlZmluZWQ+IHtcbiAgY29uc3Qgc3RhZ2VzOiBXb3JrZmxvd1N0YWdlW10gPSBbJ2NvbmNlcHQnLCAnYmlibGUnLCAnb3V0bGluZScsICdkcmFmdCcsICdyZXZpc2lvbicsICdtYW51c2NyaXB0J107XG4gIGNvbnN0IHBpY2sgPSBhd2FpdCB2c2NvZGUud2luZG93LnNob3dRdWlja1BpY2soXG4gICAgc3RhZ2VzLm1hcCgoc3RhZ2UpID0+IHtcbiAgICAgIGNvbnN0IGl0ZW1zID0gZW50cnkuc3RhdGUuaXRlbXMuZmlsdGVyKChpKSA9PiBpLnN0YWdlID09PSBzdGFnZSk7XG4gICAgICBjb25zdCBlZGl0ZWQgPSBpdGVtcy5maWx0ZXIoKGkpID0+IGkuc3RhdGUgPT09ICdlZGl0ZWQnKS5sZW5ndGg7XG4gICAgICByZXR1cm4geyBsYWJlbDogU1RBR0VfTEFCRUxTW3N0YWdlXSwgZGVzY3JpcHRpb246IGVkaXRlZCA/IGAke2VkaXRlZH0gZWRpdGVkIGJ5IHlvdSBcdTIwMTQgd2lsbCBhc2sgZmlyc3RgIDogaXRlbXMuZXZlcnkoKGkpID0+IGkuc3RhdGUgPT09ICdwZW5kaW5nJykgPyAnbm90IHdyaXR0ZW4geWV0JyA6ICcnLCBzdGFnZSB9O1xuICAgIH0pLFxuICAgIHsgcGxhY2VIb2xkZXI6ICdSZWdlbmVyYXRlIHdoaWNoIHN0YWdlPyAoUmVnZW5lcmF0ZSBieXBhc3NlcyB0aGUgY2FjaGUuKScgfSxcbiAgKTtcbiAgcmV0dXJuIHBpY2s/LnN0YWdlO1xufVxuXG5hc3luYyBmdW5jdGlvbiBjb25maXJtT3ZlcndyaXRlKHN0YWdlOiBXb3JrZmxvd1N0YWdlLCBlZGl0ZWQ6IHJlYWRvbmx5IEl0ZW1TdGF0ZVtdKTogUHJvbWlzZTxib29sZWFuPiB7XG4gIGNvbnN0IG5hbWVzID0gZWRpdGVkLm1hcChsYWJlbE9mKS5qb2luKCcsICcpO1xuICBjb25zdCBjaG9pY2UgPSBhd2FpdCB2c2NvZGUud2luZG93LnNob3dXYXJuaW5nTWVzc2FnZShcbiAgICBgWW91IGVkaXRlZCAke25hbWVzfS4gUmVnZW5lcmF0aW5nIHJlcGxhY2VzIHlvdXIgdGV4dCAoYSBiYWNrdXAgaXMga2VwdCBpbiAuc3Rvcnktd3JpdGVyL2JhY2t1cHMpLmAsXG4gICAgeyBtb2RhbDogdHJ1ZSB9LFxuICAgIGBSZWdlbmVyYXRlICR7U1RBR0VfTEFCRUxTW3N0YWdlXX1gLFxuICApO1xuICByZXR1cm4gY2hvaWNlICE9PSB1bmRlZmluZWQ7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsYUFBd0I7QUFLeEIsd0JBQWlEO0FBTTFDLE1BQU0sY0FBYztBQUFBLEVBQ3pCLFlBQ21CLFNBQ0EsV0FDakI7QUFGaUI7QUFDQTtBQUFBLEVBQ2hCO0FBQUEsRUFGZ0I7QUFBQSxFQUNBO0FBQUEsRUFHbkIsTUFBTSxRQUFRLEtBQStDO0FBQzNELFVBQU0sS0FBSyxRQUFRLFFBQVE7QUFDM0IsVUFBTSxVQUFVLEtBQUssYUFBYSxHQUFHO0FBQ3JDLFFBQUksUUFBUyxRQUFPO0FBQ3BCLFVBQU0sV0FBVyxLQUFLLFVBQVUsRUFBRSxDQUFDO0FBQ25DLFFBQUksU0FBVSxRQUFPLEtBQUssUUFBUSxLQUFLLFNBQVMsTUFBTSxNQUFNLEVBQUU7QUFDOUQsVUFBTSxTQUFTLE9BQU8sT0FBTyxrQkFBa0IsU0FBUztBQUN4RCxVQUFNLGFBQWEsVUFBVSxLQUFLLFFBQVEsUUFBUSxNQUFNO0FBQ3hELFFBQUksV0FBWSxRQUFPO0FBQ3ZCLFVBQU0sVUFBVSxLQUFLLFFBQVE7QUFDN0IsUUFBSSxRQUFRLFdBQVcsRUFBRyxRQUFPLFFBQVEsQ0FBQztBQUMxQyxRQUFJLFFBQVEsV0FBVyxHQUFHO0FBQ3hCLFlBQU0sU0FBUyxNQUFNLE9BQU8sT0FBTyx1QkFBdUIsMERBQTBELGlCQUFZO0FBQ2hJLFVBQUksT0FBUSxPQUFNLE9BQU8sU0FBUyxlQUFlLHNCQUFzQjtBQUN2RSxhQUFPO0FBQUEsSUFDVDtBQUNBLFVBQU0sT0FBTyxNQUFNLE9BQU8sT0FBTztBQUFBLE1BQy9CLFFBQVEsSUFBSSxDQUFDLFdBQVcsRUFBRSxPQUFPLE1BQU0sTUFBTSxPQUFPLEtBQUssTUFBTSxNQUFNLE1BQU0sTUFBTSxRQUFRLE1BQU0sTUFBTSxNQUFNLGFBQWEsT0FBTyxVQUFVLGVBQWUsTUFBTSxNQUFNLElBQUksTUFBTSxNQUFNLFFBQVEsQ0FBQyxHQUFHLE1BQU0sRUFBRTtBQUFBLE1BQ3hNLEVBQUUsYUFBYSxlQUFlO0FBQUEsSUFDaEM7QUFDQSxXQUFPLE1BQU07QUFBQSxFQUNmO0FBQUEsRUFFUSxhQUFhLEtBQXNDO0FBQ3pELFFBQUksQ0FBQyxJQUFLLFFBQU87QUFDakIsUUFBSSxPQUFPLFFBQVEsWUFBWSxVQUFVLE9BQU8sV0FBVyxJQUFLLFFBQU8sS0FBSyxRQUFRLEtBQU0sSUFBc0IsTUFBTSxNQUFNLEVBQUU7QUFDOUgsUUFBSSxlQUFlLE9BQU8sSUFBSyxRQUFPLEtBQUssUUFBUSxRQUFRLEdBQUc7QUFDOUQsUUFBSSxPQUFPLFFBQVEsU0FBVSxRQUFPLEtBQUssUUFBUSxLQUFLLEdBQUcsS0FBSyxLQUFLLFFBQVEsUUFBUSxLQUFLLENBQUMsTUFBTSxFQUFFLE1BQU0sU0FBUyxHQUFHO0FBQ25ILFFBQUksT0FBTyxRQUFRLFlBQVksT0FBUSxJQUE0QixVQUFVLFNBQVUsUUFBTyxLQUFLLGFBQWMsSUFBMEIsS0FBSztBQUNoSixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBV0EsU0FBUyxVQUFVLEtBQThCO0FBQy9DLFNBQU8sT0FBTyxRQUFRLFlBQVksUUFBUSxRQUFRLEVBQUUsVUFBVSxPQUFRLE1BQXlCLENBQUM7QUFDbEc7QUFFQSxTQUFTLFlBQVksS0FBeUM7QUFDNUQsTUFBSSxPQUFPLFFBQVEsWUFBWSxRQUFRLFFBQVEsRUFBRSxVQUFVLEtBQU0sUUFBTztBQUN4RSxRQUFNLE9BQU87QUFDYixTQUFPLEtBQUssU0FBUyxVQUFVLEtBQUssUUFBUSxLQUFLLFNBQVMsWUFBWSxLQUFLLEtBQUssUUFBUTtBQUMxRjtBQUVPLE1BQU0sY0FBYztBQUFBLEVBQ3pCLFlBQ21CLFVBQ0EsTUFDakI7QUFGaUI7QUFDQTtBQUFBLEVBQ2hCO0FBQUEsRUFGZ0I7QUFBQSxFQUNBO0FBQUE7QUFBQSxFQUluQixNQUFNLFNBQVMsT0FBOEIsS0FBYztBQUN6RCxVQUFNLFFBQVEsTUFBTSxLQUFLLFNBQVMsUUFBUSxHQUFHO0FBQzdDLFFBQUksQ0FBQyxNQUFPLFFBQU87QUFDbkIsV0FBTyxLQUFLLEtBQUssSUFBSSxFQUFFLE9BQU8sUUFBUSxNQUFNLENBQUM7QUFBQSxFQUMvQztBQUFBO0FBQUEsRUFHQSxNQUFNLFFBQVEsS0FBYztBQUMxQixXQUFPLEtBQUssU0FBUyxZQUFZLEdBQUcsS0FBSyxPQUFPLEdBQUc7QUFBQSxFQUNyRDtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFNQSxNQUFNLFdBQVcsS0FBYztBQUM3QixVQUFNLFFBQVEsTUFBTSxLQUFLLFNBQVMsUUFBUSxHQUFHO0FBQzdDLFFBQUksQ0FBQyxNQUFPLFFBQU87QUFDbkIsVUFBTSxRQUFRLFlBQVksR0FBRyxLQUFLLFVBQVUsR0FBRyxFQUFFLFNBQVUsTUFBTSxVQUFVLEtBQUs7QUFDaEYsUUFBSSxDQUFDLE1BQU8sUUFBTztBQUNuQixVQUFNLFNBQVMsTUFBTSxNQUFNLE1BQU0sT0FBTyxDQUFDLE1BQU0sRUFBRSxVQUFVLFNBQVMsRUFBRSxVQUFVLFFBQVE7QUFDeEYsUUFBSSxRQUFRO0FBQ1osUUFBSSxPQUFPLFNBQVMsR0FBRztBQUNyQixZQUFNLFlBQVksVUFBVSxHQUFHLEVBQUUsV0FBWSxNQUFNLGlCQUFpQixPQUFPLE1BQU07QUFDakYsVUFBSSxDQUFDLFVBQVcsUUFBTztBQUN2QixjQUFRO0FBQUEsSUFDVjtBQUNBLFdBQU8sS0FBSyxLQUFLLElBQUksRUFBRSxPQUFPLFFBQVEsT0FBTyxZQUFZLE9BQU8sTUFBTSxDQUFDO0FBQUEsRUFDekU7QUFBQSxFQUVBLE1BQU0sUUFBUSxLQUFjO0FBQzFCLFVBQU0sUUFBUSxNQUFNLEtBQUssU0FBUyxRQUFRLEdBQUc7QUFDN0MsUUFBSSxDQUFDLE1BQU8sUUFBTztBQUNuQixVQUFNLFVBQVUsTUFBTSxNQUFNLE1BQU0sT0FBTyxDQUFDLE1BQU0sRUFBRSxVQUFVLGNBQWMsRUFBRSxJQUFJO0FBQ2hGLFFBQUksUUFBUSxXQUFXLEdBQUc7QUFDeEIsV0FBSyxPQUFPLE9BQU8sdUJBQXVCLDRFQUE0RTtBQUN0SCxhQUFPO0FBQUEsSUFDVDtBQUNBLFVBQU0sV0FBVyxPQUFPLFFBQVEsWUFBWSxRQUFRLFFBQVEsVUFBVSxPQUFRLElBQXNCLFNBQVMsWUFBYSxJQUFvRCxLQUFLLFVBQVU7QUFDN0wsVUFBTSxTQUFTLFlBQVksVUFBVSxHQUFHLEVBQUU7QUFDMUMsVUFBTSxVQUNKLFdBQ0MsUUFBUSxXQUFXLElBQ2hCLFFBQVEsQ0FBQyxFQUFHLFdBQ1gsTUFBTSxPQUFPLE9BQU8sY0FBYyxRQUFRLElBQUksQ0FBQyxPQUFPLEVBQUUsT0FBTyxXQUFXLEVBQUUsT0FBTyxHQUFHLEVBQUUsUUFBUSxLQUFLLEVBQUUsS0FBSyxLQUFLLEVBQUUsSUFBSSxTQUFTLEVBQUUsUUFBUSxFQUFFLEdBQUcsRUFBRSxhQUFhLHlCQUF5QixDQUFDLElBQUk7QUFDbk0sUUFBSSxZQUFZLE9BQVcsUUFBTztBQUNsQyxVQUFNLFFBQVEsTUFBTSxNQUFNLE1BQU0sS0FBSyxDQUFDLE1BQU0sRUFBRSxVQUFVLFdBQVcsRUFBRSxZQUFZLE9BQU87QUFDeEYsVUFBTSxXQUFXLE1BQU0sTUFBTSxNQUFNLEtBQUssQ0FBQyxNQUFNLEVBQUUsVUFBVSxjQUFjLEVBQUUsWUFBWSxPQUFPO0FBQzlGLFFBQUksQ0FBQyxTQUFTLENBQUMsU0FBVSxRQUFPO0FBQ2hDLFVBQU0sT0FBTyxNQUFNLE1BQU0sSUFBSSxNQUFNLElBQUk7QUFDdkMsVUFBTSxRQUFRLE1BQU0sTUFBTSxJQUFJLFNBQVMsSUFBSTtBQUMzQyxVQUFNLE9BQU8sU0FBUyxlQUFlLGVBQWUsTUFBTSxPQUFPLFdBQVcsT0FBTyx5QkFBb0I7QUFDdkcsV0FBTyxFQUFFLE1BQU0sTUFBTTtBQUFBLEVBQ3ZCO0FBQUEsRUFFQSxNQUFNLGNBQWMsS0FBYztBQUNoQyxVQUFNLFFBQVEsTUFBTSxLQUFLLFNBQVMsUUFBUSxHQUFHO0FBQzdDLFFBQUksQ0FBQyxNQUFPLFFBQU87QUFDbkIsVUFBTSxFQUFFLE9BQU8sUUFBUSxJQUFJLFVBQVUsR0FBRztBQUN4QyxVQUFNLE9BQU8sUUFDVCxNQUFNLE1BQU0sTUFBTSxLQUFLLENBQUMsTUFBTSxFQUFFLFVBQVUsVUFBVSxZQUFZLFVBQWEsRUFBRSxZQUFZLFlBQVksRUFBRSxVQUFVLFNBQVMsR0FBRyxRQUU3SCxNQUFNLE9BQU8sT0FBTztBQUFBLE1BQ2xCLENBQUMsRUFBRSxPQUFPLFNBQVMsTUFBTSxHQUFHLE1BQU0sTUFBTSxRQUFRLFlBQVksR0FBRyxHQUFHLE1BQU0sTUFBTSxNQUFNLE9BQU8sQ0FBQyxNQUFNLEVBQUUsVUFBVSxTQUFTLEVBQUUsSUFBSSxDQUFDLE9BQU8sRUFBRSxPQUFPLFFBQVEsQ0FBQyxHQUFHLE1BQU0sRUFBRSxLQUFLLEVBQUUsQ0FBQztBQUFBLE1BQzFLLEVBQUUsYUFBYSx5QkFBeUI7QUFBQSxJQUMxQyxJQUNDO0FBQ1AsUUFBSSxDQUFDLEtBQU0sUUFBTztBQUNsQixVQUFNLE1BQU0sTUFBTSxNQUFNLElBQUksSUFBSTtBQUNoQyxVQUFNLE9BQU8sT0FBTyxpQkFBaUIsR0FBRztBQUN4QyxXQUFPO0FBQUEsRUFDVDtBQUNGO0FBRUEsU0FBUyxRQUFRLE1BQXlCO0FBQ3hDLFNBQU8sS0FBSyxZQUFZLFNBQVksR0FBRywrQkFBYSxLQUFLLEtBQUssQ0FBQyxtQkFBYyxLQUFLLE9BQU8sR0FBRyxLQUFLLFFBQVEsS0FBSyxLQUFLLEtBQUssS0FBSyxFQUFFLEtBQUssK0JBQWEsS0FBSyxLQUFLO0FBQzdKO0FBRUEsZUFBZSxVQUFVLE9BQXVEO0FBQzlFLFFBQU0sU0FBMEIsQ0FBQyxXQUFXLFNBQVMsV0FBVyxTQUFTLFlBQVksWUFBWTtBQUNqRyxRQUFNLE9BQU8sTUFBTSxPQUFPLE9BQU87QUFBQSxJQUMvQixPQUFPLElBQUksQ0FBQyxVQUFVO0FBQ3BCLFlBQU0sUUFBUSxNQUFNLE1BQU0sTUFBTSxPQUFPLENBQUMsTUFBTSxFQUFFLFVBQVUsS0FBSztBQUMvRCxZQUFNLFNBQVMsTUFBTSxPQUFPLENBQUMsTUFBTSxFQUFFLFVBQVUsUUFBUSxFQUFFO0FBQ3pELGFBQU8sRUFBRSxPQUFPLCtCQUFhLEtBQUssR0FBRyxhQUFhLFNBQVMsR0FBRyxNQUFNLHlDQUFvQyxNQUFNLE1BQU0sQ0FBQyxNQUFNLEVBQUUsVUFBVSxTQUFTLElBQUksb0JBQW9CLElBQUksTUFBTTtBQUFBLElBQ3BMLENBQUM7QUFBQSxJQUNELEVBQUUsYUFBYSwyREFBMkQ7QUFBQSxFQUM1RTtBQUNBLFNBQU8sTUFBTTtBQUNmO0FBRUEsZUFBZSxpQkFBaUIsT0FBc0IsUUFBZ0Q7QUFDcEcsUUFBTSxRQUFRLE9BQU8sSUFBSSxPQUFPLEVBQUUsS0FBSyxJQUFJO0FBQzNDLFFBQU0sU0FBUyxNQUFNLE9BQU8sT0FBTztBQUFBLElBQ2pDLGNBQWMsS0FBSztBQUFBLElBQ25CLEVBQUUsT0FBTyxLQUFLO0FBQUEsSUFDZCxjQUFjLCtCQUFhLEtBQUssQ0FBQztBQUFBLEVBQ25DO0FBQ0EsU0FBTyxXQUFXO0FBQ3BCOyIsCiAgIm5hbWVzIjogW10KfQo=
