import * as vscode from 'vscode';
import type { Logger } from '../../core/ports';
import { createStory, StoryInputError, type NewStoryInput } from '../../core/story/createStory';
import type { StoryCatalog } from '../storyCatalog';
import { WorkspaceFileSystem } from '../workspaceFileSystem';

const LENGTHS = [
  { label: 'Short story', description: 'about 3,000 words', words: 3000 },
  { label: 'Long short story', description: 'about 7,500 words', words: 7500 },
  { label: 'Novelette', description: 'about 15,000 words', words: 15000 },
  { label: 'Novella', description: 'about 30,000 words', words: 30000 },
  { label: 'Novel', description: 'about 60,000 words', words: 60000 },
];

const GENRES = ['Literary fiction', 'Fantasy', 'Science fiction', 'Mystery', 'Thriller', 'Romance', 'Horror', 'Historical fiction', 'Young adult', 'Magical realism'];

/** Arguments for automation: everything the steps would ask, plus the workspace folder's name. */
export type NewStoryArgs = NewStoryInput & { readonly workspaceFolder?: string };

/**
 * `Story: New Story…` — title, premise, genre, length; creates `<stories>/<slug>/brief.md` and
 * opens it. Returns the brief's URI, or undefined when the writer cancels.
 */
export async function newStory(catalog: StoryCatalog, log: Logger, args?: unknown): Promise<vscode.Uri | undefined> {
  const folder = await pickFolder(args);
  if (!folder) return undefined;
  const input = isNewStoryArgs(args) ? args : await askForStory();
  if (!input) return undefined;
  const fs = new WorkspaceFileSystem(folder.uri);
  try {
    const created = await createStory(fs, { workspaceRoot: folder.uri.path, storiesFolder: catalog.getStoriesFolder(), input });
    log.info('Story created', { story: created.storyDir });
    await catalog.refresh();
    const brief = fs.uri(created.briefPath);
    await vscode.window.showTextDocument(brief, { preview: false });
    return brief;
  } catch (e) {
    if (e instanceof StoryInputError) {
      void vscode.window.showErrorMessage(`Story Writer: ${e.problems.map((p) => p.message).join(' ')}`);
      return undefined;
    }
    throw e;
  }
}

function isNewStoryArgs(args: unknown): args is NewStoryArgs {
  return typeof args === 'object' && args !== null && typeof (args as { title?: unknown }).title === 'string';
}

async function pickFolder(args: unknown): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showErrorMessage('Story Writer: open a folder first — stories are saved as Markdown files in your workspace.', 'Open Folder').then((c) => {
      if (c) void vscode.commands.executeCommand('workbench.action.files.openFolder');
    });
    return undefined;
  }
  const wanted = isNewStoryArgs(args) ? args.workspaceFolder : undefined;
  if (wanted) return folders.find((f) => f.name === wanted);
  if (folders.length === 1 || isNewStoryArgs(args)) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Which workspace folder should hold the story?' });
}

async function askForStory(): Promise<NewStoryInput | undefined> {
  const title = await vscode.window.showInputBox({
    title: 'New Story (1/4): Title',
    prompt: 'A working title; you can change it later in brief.md.',
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim() ? undefined : 'Give the story a title.'),
  });
  if (!title) return undefined;
  const premise = await vscode.window.showInputBox({
    title: 'New Story (2/4): Premise',
    prompt: 'A few sentences: who wants what, and what stands in the way. You can expand it in brief.md.',
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim().length >= 10 ? undefined : 'Write at least a sentence.'),
  });
  if (!premise) return undefined;
  const genre = await pickGenre();
  if (genre === undefined) return undefined;
  const length = await vscode.window.showQuickPick(LENGTHS, { title: 'New Story (4/4): Length', ignoreFocusOut: true });
  if (!length) return undefined;
  return { title: title.trim(), premise: premise.trim(), genre, targetWords: length.words };
}

async function pickGenre(): Promise<string | undefined> {
  const pick = vscode.window.createQuickPick();
  pick.title = 'New Story (3/4): Genre';
  pick.placeholder = 'Pick one or type your own';
  pick.items = GENRES.map((label) => ({ label }));
  pick.ignoreFocusOut = true;
  return new Promise((resolve) => {
    pick.onDidAccept(() => {
      resolve(pick.selectedItems[0]?.label ?? (pick.value.trim() || undefined));
      pick.dispose();
    });
    pick.onDidHide(() => {
      resolve(undefined);
      pick.dispose();
    });
    pick.show();
  });
}
