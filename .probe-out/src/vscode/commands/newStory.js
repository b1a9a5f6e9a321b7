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
var newStory_exports = {};
__export(newStory_exports, {
  newStory: () => newStory
});
module.exports = __toCommonJS(newStory_exports);
var vscode = __toESM(require("vscode"));
var import_createStory = require("../../core/story/createStory");
var import_workspaceFileSystem = require("../workspaceFileSystem");
const LENGTHS = [
  { label: "Short story", description: "about 3,000 words", words: 3e3 },
  { label: "Long short story", description: "about 7,500 words", words: 7500 },
  { label: "Novelette", description: "about 15,000 words", words: 15e3 },
  { label: "Novella", description: "about 30,000 words", words: 3e4 },
  { label: "Novel", description: "about 60,000 words", words: 6e4 }
];
const GENRES = ["Literary fiction", "Fantasy", "Science fiction", "Mystery", "Thriller", "Romance", "Horror", "Historical fiction", "Young adult", "Magical realism"];
async function newStory(catalog, log, args) {
  const folder = await pickFolder(args);
  if (!folder) return void 0;
  const input = isNewStoryArgs(args) ? args : await askForStory();
  if (!input) return void 0;
  const fs = new import_workspaceFileSystem.WorkspaceFileSystem(folder.uri);
  try {
    const created = await (0, import_createStory.createStory)(fs, { workspaceRoot: folder.uri.path, storiesFolder: catalog.getStoriesFolder(), input });
    log.info("Story created", { story: created.storyDir });
    await catalog.refresh();
    const brief = fs.uri(created.briefPath);
    await vscode.window.showTextDocument(brief, { preview: false });
    return brief;
  } catch (e) {
    if (e instanceof import_createStory.StoryInputError) {
      void vscode.window.showErrorMessage(`Story Writer: ${e.problems.map((p) => p.message).join(" ")}`);
      return void 0;
    }
    throw e;
  }
}
function isNewStoryArgs(args) {
  return typeof args === "object" && args !== null && typeof args.title === "string";
}
async function pickFolder(args) {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showErrorMessage("Story Writer: open a folder first \u2014 stories are saved as Markdown files in your workspace.", "Open Folder").then((c) => {
      if (c) void vscode.commands.executeCommand("workbench.action.files.openFolder");
    });
    return void 0;
  }
  const wanted = isNewStoryArgs(args) ? args.workspaceFolder : void 0;
  if (wanted) return folders.find((f) => f.name === wanted);
  if (folders.length === 1 || isNewStoryArgs(args)) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: "Which workspace folder should hold the story?" });
}
async function askForStory() {
  const title = await vscode.window.showInputBox({
    title: "New Story (1/4): Title",
    prompt: "A working title; you can change it later in brief.md.",
    ignoreFocusOut: true,
    validateInput: (v) => v.trim() ? void 0 : "Give the story a title."
  });
  if (!title) return void 0;
  const premise = await vscode.window.showInputBox({
    title: "New Story (2/4): Premise",
    prompt: "A few sentences: who wants what, and what stands in the way. You can expand it in brief.md.",
    ignoreFocusOut: true,
    validateInput: (v) => v.trim().length >= 10 ? void 0 : "Write at least a sentence."
  });
  if (!premise) return void 0;
  const genre = await pickGenre();
  if (genre === void 0) return void 0;
  const length = await vscode.window.showQuickPick(LENGTHS, { title: "New Story (4/4): Length", ignoreFocusOut: true });
  if (!length) return void 0;
  return { title: title.trim(), premise: premise.trim(), genre, targetWords: length.words };
}
async function pickGenre() {
  const pick = vscode.window.createQuickPick();
  pick.title = "New Story (3/4): Genre";
  pick.placeholder = "Pick one or type your own";
  pick.items = GENRES.map((label) => ({ label }));
  pick.ignoreFocusOut = true;
  return new Promise((resolve) => {
    pick.onDidAccept(() => {
      resolve(pick.selectedItems[0]?.label ?? (pick.value.trim() || void 0));
      pick.dispose();
    });
    pick.onDidHide(() => {
      resolve(void 0);
      pick.dispose();
    });
    pick.show();
  });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  newStory
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL3ZzY29kZS9jb21tYW5kcy9uZXdTdG9yeS50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0ICogYXMgdnNjb2RlIGZyb20gJ3ZzY29kZSc7XG5pbXBvcnQgdHlwZSB7IExvZ2dlciB9IGZyb20gJy4uLy4uL2NvcmUvcG9ydHMnO1xuaW1wb3J0IHsgY3JlYXRlU3RvcnksIFN0b3J5SW5wdXRFcnJvciwgdHlwZSBOZXdTdG9yeUlucHV0IH0gZnJvbSAnLi4vLi4vY29yZS9zdG9yeS9jcmVhdGVTdG9yeSc7XG5pbXBvcnQgdHlwZSB7IFN0b3J5Q2F0YWxvZyB9IGZyb20gJy4uL3N0b3J5Q2F0YWxvZyc7XG5pbXBvcnQgeyBXb3Jrc3BhY2VGaWxlU3lzdGVtIH0gZnJvbSAnLi4vd29ya3NwYWNlRmlsZVN5c3RlbSc7XG5cbmNvbnN0IExFTkdUSFMgPSBbXG4gIHsgbGFiZWw6ICdTaG9ydCBzdG9yeScsIGRlc2NyaXB0aW9uOiAnYWJvdXQgMywwMDAgd29yZHMnLCB3b3JkczogMzAwMCB9LFxuICB7IGxhYmVsOiAnTG9uZyBzaG9ydCBzdG9yeScsIGRlc2NyaXB0aW9uOiAnYWJvdXQgNyw1MDAgd29yZHMnLCB3b3JkczogNzUwMCB9LFxuICB7IGxhYmVsOiAnTm92ZWxldHRlJywgZGVzY3JpcHRpb246ICdhYm91dCAxNSwwMDAgd29yZHMnLCB3b3JkczogMTUwMDAgfSxcbiAgeyBsYWJlbDogJ05vdmVsbGEnLCBkZXNjcmlwdGlvbjogJ2Fib3V0IDMwLDAwMCB3b3JkcycsIHdvcmRzOiAzMDAwMCB9LFxuICB7IGxhYmVsOiAnTm92ZWwnLCBkZXNjcmlwdGlvbjogJ2Fib3V0IDYwLDAwMCB3b3JkcycsIHdvcmRzOiA2MDAwMCB9LFxuXTtcblxuY29uc3QgR0VOUkVTID0gWydMaXRlcmFyeSBmaWN0aW9uJywgJ0ZhbnRhc3knLCAnU2NpZW5jZSBmaWN0aW9uJywgJ015c3RlcnknLCAnVGhyaWxsZXInLCAnUm9tYW5jZScsICdIb3Jyb3InLCAnSGlzdG9yaWNhbCBmaWN0aW9uJywgJ1lvdW5nIGFkdWx0JywgJ01hZ2ljYWwgcmVhbGlzbSddO1xuXG4vKiogQXJndW1lbnRzIGZvciBhdXRvbWF0aW9uOiBldmVyeXRoaW5nIHRoZSBzdGVwcyB3b3VsZCBhc2ssIHBsdXMgdGhlIHdvcmtzcGFjZSBmb2xkZXIncyBuYW1lLiAqL1xuZXhwb3J0IHR5cGUgTmV3U3RvcnlBcmdzID0gTmV3U3RvcnlJbnB1dCAmIHsgcmVhZG9ubHkgd29ya3NwYWNlRm9sZGVyPzogc3RyaW5nIH07XG5cbi8qKlxuICogYFN0b3J5OiBOZXcgU3RvcnlcdTIwMjZgIFx1MjAxNCB0aXRsZSwgcHJlbWlzZSwgZ2VucmUsIGxlbmd0aDsgY3JlYXRlcyBgPHN0b3JpZXM+LzxzbHVnPi9icmllZi5tZGAgYW5kXG4gKiBvcGVucyBpdC4gUmV0dXJucyB0aGUgYnJpZWYncyBVUkksIG9yIHVuZGVmaW5lZCB3aGVuIHRoZSB3cml0ZXIgY2FuY2Vscy5cbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIG5ld1N0b3J5KGNhdGFsb2c6IFN0b3J5Q2F0YWxvZywgbG9nOiBMb2dnZXIsIGFyZ3M/OiB1bmtub3duKTogUHJvbWlzZTx2c2NvZGUuVXJpIHwgdW5kZWZpbmVkPiB7XG4gIGNvbnN0IGZvbGRlciA9IGF3YWl0IHBpY2tGb2xkZXIoYXJncyk7XG4gIGlmICghZm9sZGVyKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCBpbnB1dCA9IGlzTmV3U3RvcnlBcmdzKGFyZ3MpID8gYXJncyA6IGF3YWl0IGFza0ZvclN0b3J5KCk7XG4gIGlmICghaW5wdXQpIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IGZzID0gbmV3IFdvcmtzcGFjZUZpbGVTeXN0ZW0oZm9sZGVyLnVyaSk7XG4gIHRyeSB7XG4gICAgY29uc3QgY3JlYXRlZCA9IGF3YWl0IGNyZWF0ZVN0b3J5KGZzLCB7IHdvcmtzcGFjZVJvb3Q6IGZvbGRlci51cmkucGF0aCwgc3Rvcmllc0ZvbGRlcjogY2F0YWxvZy5nZXRTdG9yaWVzRm9sZGVyKCksIGlucHV0IH0pO1xuICAgIGxvZy5pbmZvKCdTdG9yeSBjcmVhdGVkJywgeyBzdG9yeTogY3JlYXRlZC5zdG9yeURpciB9KTtcbiAgICBhd2FpdCBjYXRhbG9nLnJlZnJlc2goKTtcbiAgICBjb25zdCBicmllZiA9IGZzLnVyaShjcmVhdGVkLmJyaWVmUGF0aCk7XG4gICAgYXdhaXQgdnNjb2RlLndpbmRvdy5zaG93VGV4dERvY3VtZW50KGJyaWVmLCB7IHByZXZpZXc6IGZhbHNlIH0pO1xuICAgIHJldHVybiBicmllZjtcbiAgfSBjYXRjaCAoZSkge1xuICAgIGlmIChlIGluc3RhbmNlb2YgU3RvcnlJbnB1dEVycm9yKSB7XG4gICAgICB2b2lkIHZzY29kZS53aW5kb3cuc2hvd0Vycm9yTWVzc2FnZShgU3RvcnkgV3JpdGVyOiAke2UucHJvYmxlbXMubWFwKChwKSA9PiBwLm1lc3NhZ2UpLmpvaW4oJyAnKX1gKTtcbiAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gICAgfVxuICAgIHRocm93IGU7XG4gIH1cbn1cblxuZnVuY3Rpb24gaXNOZXdTdG9yeUFyZ3MoYXJnczogdW5rbm93bik6IGFyZ3MgaXMgTmV3U3RvcnlBcmdzIHtcbiAgcmV0dXJuIHR5cGVvZiBhcmdzID09PSAnb2JqZWN0JyAmJiBhcmdzICE9PSBudWxsICYmIHR5cGVvZiAoYXJncyBhcyB7IHRpdGxlPzogdW5rbm93biB9KS50aXRsZSA9PT0gJ3N0cmluZyc7XG59XG5cbmFzeW5jIGZ1bmN0aW9uIHBpY2tGb2xkZXIoYXJnczogdW5rbm93bik6IFByb21pc2U8dnNjb2RlLldvcmtzcGFjZUZvbGRlciB8IHVuZGVmaW5lZD4ge1xuICBjb25zdCBmb2xkZXJzID0gdnNjb2RlLndvcmtzcGFjZS53b3Jrc3BhY2VGb2xkZXJzID8/IFtdO1xuICBpZiAoZm9sZGVycy5sZW5ndGggPT09IDApIHtcbiAgICB2b2lkIHZzY29kZS53aW5kb3cuc2hvd0Vycm9yTWVzc2FnZSgnU3RvcnkgV3JpdGVyOiBvcGVuIGEgZm9sZGVyIGZpcnN0IFx1MjAxNCBzdG9yaWVzIGFyZSBzYXZlZCBhcyBNYXJrZG93biBmaWxlcyBpbiB5b3VyIHdvcmtzcGFjZS4nLCAnT3BlbiBGb2xkZXInKS50aGVuKChjKSA9PiB7XG4gICAgICBpZiAoYykgdm9pZCB2c2NvZGUuY29tbWFuZHMuZXhlY3V0ZUNvbW1hbmQoJ3dvcmtiZW5jaC5hY3Rpb24uZmlsZXMub3BlbkZvbGRlcicpO1xuICAgIH0pO1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbiAgY29uc3Qgd2FudGVkID0gaXNOZXdTdG9yeUFyZ3MoYXJncykgPyBhcmdzLndvcmtzcGFjZUZvbGRlciA6IHVuZGVmaW5lZDtcbiAgaWYgKHdhbnRlZCkgcmV0dXJuIGZvbGRlcnMuZmluZCgoZikgPT4gZi5uYW1lID09PSB3YW50ZWQpO1xuICBpZiAoZm9sZGVycy5sZW5ndGggPT09IDEgfHwgaXNOZXdTdG9yeUFyZ3MoYXJncykpIHJldHVybiBmb2xkZXJzWzBdO1xuICByZXR1cm4gdnNjb2RlLndpbmRvdy5zaG93V29ya3NwYWNlRm9sZGVyUGljayh7IHBsYWNlSG9sZGVyOiAnV2hpY2ggd29ya3NwYWNlIGZvbGRlciBzaG91bGQgaG9sZCB0aGUgc3Rvcnk/JyB9KTtcbn1cblxuYXN5bmMgZnVuY3Rpb24gYXNrRm9yU3RvcnkoKTogUHJvbWlzZTxOZXdTdG9yeUlucHV0IHwgdW5kZWZpbmVkPiB7XG4gIGNvbnN0IHRpdGxlID0gYXdhaXQgdnNjb2RlLndpbmRvdy5zaG93SW5wdXRCb3goe1xuICAgIHRpdGxlOiAnTmV3IFN0b3J5ICgxLzQpOiBUaXRsZScsXG4gICAgcHJvbXB0OiAnQSB3b3JraW5nIHRpdGxlOyB5b3UgY2FuIGNoYW5nZSBpdCBsYXRlciBpbiBicmllZi5tZC4nLFxuICAgIGlnbm9yZUZvY3VzT3V0OiB0cnVlLFxuICAgIHZhbGlkYXRlSW5wdXQ6ICh2KSA9PiAodi50cmltKCkgPyB1bmRlZmluZWQgOiAnR2l2ZSB0aGUgc3RvcnkgYSB0aXRsZS4nKSxcbiAgfSk7XG4gIGlmICghdGl0bGUpIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IHByZW1pc2UgPSBhd2FpdCB2c2NvZGUud2luZG93LnNob3dJbnB1dEJveCh7XG4gICAgdGl0bGU6ICdOZXcgU3RvcnkgKDIvNCk6IFByZW1pc2UnLFxuICAgIHByb21wdDogJ0EgZmV3IHNlbnRlbmNlczogd2hvIHdhbnRzIHdoYXQsIGFuZCB3aGF0IHN0YW5kcyBpbiB0aGUgd2F5LiBZb3UgY2FuIGV4cGFuZCBpdCBpbiBicmllZi5tZC4nLFxuICAgIGlnbm9yZUZvY3VzT3V0OiB0cnVlLFxuICAgIHZhbGlkYXRlSW5wdXQ6ICh2KSA9PiAodi50cmltKCkubGVuZ3RoID49IDEwID8gdW5kZWZpbmVkIDogJ1dyaXRlIGF0IGxlYXN0IGEgc2VudGVuY2UuJyksXG4gIH0pO1xuICBpZiAoIXByZW1pc2UpIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IGdlbnJlID0gYXdhaXQgcGlja0dlbnJlKCk7XG4gIGlmIChnZW5yZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCBsZW5ndGggPSBhd2FpdCB2c2NvZGUud2luZG93LnNob3dRdWlja1BpY2soTEVOR1RIUywgeyB0aXRsZTogJ05ldyBTdG9yeSAoNC80KTogTGVuZ3RoJywgaWdub3JlRm9jdXNPdXQ6IHRydWUgfSk7XG4gIGlmICghbGVuZ3RoKSByZXR1cm4gdW5kZWZpbmVkO1xuICByZXR1cm4geyB0aXRsZTogdGl0bGUudHJpbSgpLCBwcmVtaXNlOiBwcmVtaXNlLnRyaW0oKSwgZ2VucmUsIHRhcmdldFdvcmRzOiBsZW5ndGgud29yZHMgfTtcbn1cblxuYXN5bmMgZnVuY3Rpb24gcGlja0dlbnJlKCk6IFByb21pc2U8c3RyaW5nIHwgdW5kZWZpbmVkPiB7XG4gIGNvbnN0IHBpY2sgPSB2c2NvZGUud2luZG93LmNyZWF0ZVF1aWNrUGljaygpO1xuICBwaWNrLnRpdGxlID0gJ05ldyBTdG9yeSAoMy80KTogR2VucmUnO1xuICBwaWNrLnBsYWNlaG9sZGVyID0gJ1BpY2sgb25lIG9yIHR5cGUgeW91ciBvd24nO1xuICBwaWNrLml0ZW1zID0gR0VOUkVTLm1hcCgobGFiZWwpID0+ICh7IGxhYmVsIH0pKTtcbiAgcGljay5pZ25vcmVGb2N1c091dCA9IHRydWU7XG4gIHJldHVybiBuZXcgUHJvbWlzZSgocmVzb2x2ZSkgPT4ge1xuICAgIHBpY2sub25EaWRBY2NlcHQoKCkgPT4ge1xuICAgICAgcmVzb2x2ZShwaWNrLnNlbGVjdGVkSXRlbXNbMF0/LmxhYmVsID8/IChwaWNrLnZhbHVlLnRyaW0oKSB8fCB1bmRlZmluZWQpKTtcbiAgICAgIHBpY2suZGlzcG9zZSgpO1xuICAgIH0pO1xuICAgIHBpY2sub25EaWRIaWRlKCgpID0+IHtcbiAgICAgIHJlc29sdmUodW5kZWZpbmVkKTtcbiAgICAgIHBpY2suZGlzcG9zZSgpO1xuICAgIH0pO1xuICAgIHBpY2suc2hvdygpO1xuICB9KTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsYUFBd0I7QUFFeEIseUJBQWlFO0FBRWpFLGlDQUFvQztBQUVwQyxNQUFNLFVBQVU7QUFBQSxFQUNkLEVBQUUsT0FBTyxlQUFlLGFBQWEscUJBQXFCLE9BQU8sSUFBSztBQUFBLEVBQ3RFLEVBQUUsT0FBTyxvQkFBb0IsYUFBYSxxQkFBcUIsT0FBTyxLQUFLO0FBQUEsRUFDM0UsRUFBRSxPQUFPLGFBQWEsYUFBYSxzQkFBc0IsT0FBTyxLQUFNO0FBQUEsRUFDdEUsRUFBRSxPQUFPLFdBQVcsYUFBYSxzQkFBc0IsT0FBTyxJQUFNO0FBQUEsRUFDcEUsRUFBRSxPQUFPLFNBQVMsYUFBYSxzQkFBc0IsT0FBTyxJQUFNO0FBQ3BFO0FBRUEsTUFBTSxTQUFTLENBQUMsb0JBQW9CLFdBQVcsbUJBQW1CLFdBQVcsWUFBWSxXQUFXLFVBQVUsc0JBQXNCLGVBQWUsaUJBQWlCO0FBU3BLLGVBQXNCLFNBQVMsU0FBdUIsS0FBYSxNQUFpRDtBQUNsSCxRQUFNLFNBQVMsTUFBTSxXQUFXLElBQUk7QUFDcEMsTUFBSSxDQUFDLE9BQVEsUUFBTztBQUNwQixRQUFNLFFBQVEsZUFBZSxJQUFJLElBQUksT0FBTyxNQUFNLFlBQVk7QUFDOUQsTUFBSSxDQUFDLE1BQU8sUUFBTztBQUNuQixRQUFNLEtBQUssSUFBSSwrQ0FBb0IsT0FBTyxHQUFHO0FBQzdDLE1BQUk7QUFDRixVQUFNLFVBQVUsVUFBTSxnQ0FBWSxJQUFJLEVBQUUsZUFBZSxPQUFPLElBQUksTUFBTSxlQUFlLFFBQVEsaUJBQWlCLEdBQUcsTUFBTSxDQUFDO0FBQzFILFFBQUksS0FBSyxpQkFBaUIsRUFBRSxPQUFPLFFBQVEsU0FBUyxDQUFDO0FBQ3JELFVBQU0sUUFBUSxRQUFRO0FBQ3RCLFVBQU0sUUFBUSxHQUFHLElBQUksUUFBUSxTQUFTO0FBQ3RDLFVBQU0sT0FBTyxPQUFPLGlCQUFpQixPQUFPLEVBQUUsU0FBUyxNQUFNLENBQUM7QUFDOUQsV0FBTztBQUFBLEVBQ1QsU0FBUyxHQUFHO0FBQ1YsUUFBSSxhQUFhLG9DQUFpQjtBQUNoQyxXQUFLLE9BQU8sT0FBTyxpQkFBaUIsaUJBQWlCLEVBQUUsU0FBUyxJQUFJLENBQUMsTUFBTSxFQUFFLE9BQU8sRUFBRSxLQUFLLEdBQUcsQ0FBQyxFQUFFO0FBQ2pHLGFBQU87QUFBQSxJQUNUO0FBQ0EsVUFBTTtBQUFBLEVBQ1I7QUFDRjtBQUVBLFNBQVMsZUFBZSxNQUFxQztBQUMzRCxTQUFPLE9BQU8sU0FBUyxZQUFZLFNBQVMsUUFBUSxPQUFRLEtBQTZCLFVBQVU7QUFDckc7QUFFQSxlQUFlLFdBQVcsTUFBNEQ7QUFDcEYsUUFBTSxVQUFVLE9BQU8sVUFBVSxvQkFBb0IsQ0FBQztBQUN0RCxNQUFJLFFBQVEsV0FBVyxHQUFHO0FBQ3hCLFNBQUssT0FBTyxPQUFPLGlCQUFpQixtR0FBOEYsYUFBYSxFQUFFLEtBQUssQ0FBQyxNQUFNO0FBQzNKLFVBQUksRUFBRyxNQUFLLE9BQU8sU0FBUyxlQUFlLG1DQUFtQztBQUFBLElBQ2hGLENBQUM7QUFDRCxXQUFPO0FBQUEsRUFDVDtBQUNBLFFBQU0sU0FBUyxlQUFlLElBQUksSUFBSSxLQUFLLGtCQUFrQjtBQUM3RCxNQUFJLE9BQVEsUUFBTyxRQUFRLEtBQUssQ0FBQyxNQUFNLEVBQUUsU0FBUyxNQUFNO0FBQ3hELE1BQUksUUFBUSxXQUFXLEtBQUssZUFBZSxJQUFJLEVBQUcsUUFBTyxRQUFRLENBQUM7QUFDbEUsU0FBTyxPQUFPLE9BQU8sd0JBQXdCLEVBQUUsYUFBYSxnREFBZ0QsQ0FBQztBQUMvRztBQUVBLGVBQWUsY0FBa0Q7QUFDL0QsUUFBTSxRQUFRLE1BQU0sT0FBTyxPQUFPLGFBQWE7QUFBQSxJQUM3QyxPQUFPO0FBQUEsSUFDUCxRQUFRO0FBQUEsSUFDUixnQkFBZ0I7QUFBQSxJQUNoQixlQUFlLENBQUMsTUFBTyxFQUFFLEtBQUssSUFBSSxTQUFZO0FBQUEsRUFDaEQsQ0FBQztBQUNELE1BQUksQ0FBQyxNQUFPLFFBQU87QUFDbkIsUUFBTSxVQUFVLE1BQU0sT0FBTyxPQUFPLGFBQWE7QUFBQSxJQUMvQyxPQUFPO0FBQUEsSUFDUCxRQUFRO0FBQUEsSUFDUixnQkFBZ0I7QUFBQSxJQUNoQixlQUFlLENBQUMsTUFBTyxFQUFFLEtBQUssRUFBRSxVQUFVLEtBQUssU0FBWTtBQUFBLEVBQzdELENBQUM7QUFDRCxNQUFJLENBQUMsUUFBUyxRQUFPO0FBQ3JCLFFBQU0sUUFBUSxNQUFNLFVBQVU7QUFDOUIsTUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxRQUFNLFNBQVMsTUFBTSxPQUFPLE9BQU8sY0FBYyxTQUFTLEVBQUUsT0FBTywyQkFBMkIsZ0JBQWdCLEtBQUssQ0FBQztBQUNwSCxNQUFJLENBQUMsT0FBUSxRQUFPO0FBQ3BCLFNBQU8sRUFBRSxPQUFPLE1BQU0sS0FBSyxHQUFHLFNBQVMsUUFBUSxLQUFLLEdBQUcsT0FBTyxhQUFhLE9BQU8sTUFBTTtBQUMxRjtBQUVBLGVBQWUsWUFBeUM7QUFDdEQsUUFBTSxPQUFPLE9BQU8sT0FBTyxnQkFBZ0I7QUFDM0MsT0FBSyxRQUFRO0FBQ2IsT0FBSyxjQUFjO0FBQ25CLE9BQUssUUFBUSxPQUFPLElBQUksQ0FBQyxXQUFXLEVBQUUsTUFBTSxFQUFFO0FBQzlDLE9BQUssaUJBQWlCO0FBQ3RCLFNBQU8sSUFBSSxRQUFRLENBQUMsWUFBWTtBQUM5QixTQUFLLFlBQVksTUFBTTtBQUNyQixjQUFRLEtBQUssY0FBYyxDQUFDLEdBQUcsVUFBVSxLQUFLLE1BQU0sS0FBSyxLQUFLLE9BQVU7QUFDeEUsV0FBSyxRQUFRO0FBQUEsSUFDZixDQUFDO0FBQ0QsU0FBSyxVQUFVLE1BQU07QUFDbkIsY0FBUSxNQUFTO0FBQ2pCLFdBQUssUUFBUTtBQUFBLElBQ2YsQ0FBQztBQUNELFNBQUssS0FBSztBQUFBLEVBQ1osQ0FBQztBQUNIOyIsCiAgIm5hbWVzIjogW10KfQo=
