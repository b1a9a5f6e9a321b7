import { BRIEF_FILE } from '../core/stages';
import { posix } from 'node:path';
import * as vscode from 'vscode';
import type { Settings } from '../core/config/settings';
import type { Logger } from '../core/ports';
import { discoverStories } from '../core/story/discoverStories';
import { computeStoryState, type StoryState } from '../core/workflow/state/storyState';
import { Disposable } from './disposable';
import { WorkspaceFileSystem } from './workspaceFileSystem';

/** A story folder in one workspace folder, with the file system that reaches it. */
export interface StoryRef {
  readonly id: string;
  readonly name: string;
  readonly storyDir: string;
  readonly folder: vscode.WorkspaceFolder;
  readonly fs: WorkspaceFileSystem;
  uri(path: string): vscode.Uri;
}

export interface StoryEntry {
  readonly story: StoryRef;
  readonly state: StoryState;
}

/**
 * Every story in every workspace folder (multi-root aware), with its computed state. Refreshes
 * when story files change on disk, debounced so a burst of writes redraws once.
 */
export class StoryCatalog extends Disposable {
  private entries: StoryEntry[] = [];
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;
  private refreshTimer: NodeJS.Timeout | undefined;
  /** The load in progress (or the last one), and the one queued to start after it. */
  private current: Promise<void> = Promise.resolve();
  private queued: Promise<void> | undefined;
  private watchers: vscode.Disposable[] = [];

  constructor(
    private readonly getSettings: () => Settings,
    private readonly log: Logger,
  ) {
    super();
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.rewatch()));
    // A save in the editor is the writer steering: show its effect at once, without waiting for
    // the file watcher (which some remote hosts deliver late).
    this._register(
      vscode.workspace.onDidSaveTextDocument((doc) => {
        if (doc.uri.path.endsWith('.md') && (this.storyOf(doc.uri) || doc.uri.path.endsWith(`/${BRIEF_FILE}`))) this.scheduleRefresh(0);
      }),
    );
    this._register({ dispose: () => this.disposeWatchers() });
    this._register({ dispose: () => clearTimeout(this.refreshTimer) });
    this.rewatch();
  }

  get stories(): readonly StoryEntry[] {
    return this.entries;
  }

  find(storyDirOrId: string): StoryEntry | undefined {
    return this.entries.find((e) => e.story.id === storyDirOrId || e.story.storyDir === storyDirOrId);
  }

  /** The story a file belongs to (the active editor's, for commands). */
  storyOf(uri: vscode.Uri): StoryEntry | undefined {
    return this.entries.find((e) => uri.scheme === e.story.folder.uri.scheme && (uri.path === e.story.storyDir || uri.path.startsWith(`${e.story.storyDir}/`)));
  }

  /** The `story.folder` setting: where stories live inside each workspace folder. */
  getStoriesFolder(): string {
    return this.getSettings()['story.folder'];
  }

  storiesRoot(folder: vscode.WorkspaceFolder): string {
    return posix.join(folder.uri.path, this.getStoriesFolder());
  }

  /**
   * Re-reads every story. The returned load starts after this call, so it sees every change made
   * before it; calls made while one is queued share it.
   */
  refresh(): Promise<void> {
    if (!this.queued) {
      const next = this.current
        .catch(() => {})
        .then(() => {
          this.queued = undefined;
          return this.load();
        });
      this.queued = next;
      this.current = next;
    }
    return this.queued;
  }

  /** Re-reads soon: file events come in bursts while a run writes. */
  scheduleRefresh(delayMs = 150): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh(), delayMs);
  }

  rewatch(): void {
    this.disposeWatchers();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const pattern = new vscode.RelativePattern(folder, `${this.getSettings()['story.folder']}/**/*.md`);
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      const onEvent = () => this.scheduleRefresh();
      this.watchers.push(watcher, watcher.onDidChange(onEvent), watcher.onDidCreate(onEvent), watcher.onDidDelete(onEvent));
    }
    this.scheduleRefresh(0);
  }

  private disposeWatchers(): void {
    for (const w of this.watchers.splice(0)) w.dispose();
  }

  private async load(): Promise<void> {
    const draftMode = this.getSettings()['workflow.draftMode'];
    const next: StoryEntry[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const fs = new WorkspaceFileSystem(folder.uri);
      try {
        for (const loc of await discoverStories(fs, this.storiesRoot(folder))) {
          const story: StoryRef = { id: folder.uri.with({ path: loc.storyDir }).toString(), name: loc.name, storyDir: loc.storyDir, folder, fs, uri: (p) => fs.uri(p) };
          next.push({ story, state: await computeStoryState(fs, loc.storyDir, { draftMode }) });
        }
      } catch (e) {
        this.log.warn('Could not read stories', { folder: folder.name, error: String(e) });
      }
    }
    this.entries = next;
    this.changed.fire();
  }
}
