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

/** What a debounced refresh re-reads: every story (one was added or removed), or only these. */
type PendingRefresh = { readonly kind: 'all' } | { readonly kind: 'stories'; readonly ids: Set<string> };

/**
 * Every story in every workspace folder (multi-root aware), with its computed state. Refreshes
 * when story files change on disk, debounced so a burst of writes redraws once; a change inside
 * a known story re-reads (and hashes) that story only.
 */
export class StoryCatalog extends Disposable {
  private entries: StoryEntry[] = [];
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;
  private refreshTimer: NodeJS.Timeout | undefined;
  private pending: PendingRefresh | undefined;
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
        if (doc.uri.path.endsWith('.md') && (this.storyOf(doc.uri) || doc.uri.path.endsWith(`/${BRIEF_FILE}`))) this.fileChanged(doc.uri, 'changed', 0);
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

  /**
   * The `story.folder` setting: where stories live inside each workspace folder, with `/` as
   * the separator (a Windows-style `my\stories` names the same folder; in a glob or a URI path
   * a backslash would match nothing).
   */
  getStoriesFolder(): string {
    return normaliseStoriesFolder(this.getSettings()['story.folder']);
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

  /** Re-reads every story soon: file events come in bursts while a run writes. */
  scheduleRefresh(delayMs = 150): void {
    this.pending = { kind: 'all' };
    this.schedule(delayMs);
  }

  /**
   * A story file changed on disk or was saved: re-reads that story soon (with whatever else
   * changes within the debounce). A brief created or deleted, or a file outside every known
   * story, may add or remove a story, so everything is re-read.
   */
  fileChanged(uri: vscode.Uri, change: 'created' | 'changed' | 'deleted', delayMs = 150): void {
    const owner = this.storyOf(uri);
    const structural = !owner || (change !== 'changed' && (uri.path === `${owner.story.storyDir}/${BRIEF_FILE}` || uri.path === owner.story.storyDir));
    if (structural || this.pending?.kind === 'all') this.pending = { kind: 'all' };
    else if (this.pending) this.pending.ids.add(owner.story.id);
    else this.pending = { kind: 'stories', ids: new Set([owner.story.id]) };
    this.schedule(delayMs);
  }

  /** How many stories each re-read computed, for the log and the integration tests. */
  readonly reads = { full: 0, stories: 0 };

  private schedule(delayMs: number): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      const pending = this.pending;
      this.pending = undefined;
      if (pending?.kind === 'stories') void this.refreshStories(pending.ids);
      else void this.refresh();
    }, delayMs);
  }

  /**
   * A story's entry read afresh now, for a command about it: without waiting for a load of the
   * catalog in progress (a new story's file events start one) and without re-reading the others.
   * The catalog's own list is left to its loads.
   */
  async reread(entry: StoryEntry): Promise<StoryEntry> {
    return { story: entry.story, state: await computeStoryState(entry.story.fs, entry.story.storyDir, { draftMode: this.getSettings()['workflow.draftMode'] }) };
  }

  /** Re-reads only these stories, after any load in progress. */
  private refreshStories(ids: ReadonlySet<string>): Promise<void> {
    const next = this.current.catch(() => {}).then(() => this.loadStories(ids));
    this.current = next;
    return next;
  }

  rewatch(): void {
    this.disposeWatchers();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const pattern = new vscode.RelativePattern(folder, `${this.getStoriesFolder()}/**/*.md`);
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      this.watchers.push(
        watcher,
        watcher.onDidChange((uri) => this.fileChanged(uri, 'changed')),
        watcher.onDidCreate((uri) => this.fileChanged(uri, 'created')),
        watcher.onDidDelete((uri) => this.fileChanged(uri, 'deleted')),
      );
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
        // The stories are read side by side: one after the other, a workspace of many stories
        // kept every command that looks a story up waiting for all of them.
        const stories = await Promise.all(
          (await discoverStories(fs, this.storiesRoot(folder))).map(async (loc) => {
            const story: StoryRef = { id: folder.uri.with({ path: loc.storyDir }).toString(), name: loc.name, storyDir: loc.storyDir, folder, fs, uri: (p) => fs.uri(p) };
            const state = await computeStoryState(fs, loc.storyDir, { draftMode });
            this.reads.stories++;
            return { story, state };
          }),
        );
        next.push(...stories);
      } catch (e) {
        this.log.warn('Could not read stories', { folder: folder.name, error: String(e) });
      }
    }
    this.reads.full++;
    this.entries = next;
    this.changed.fire();
  }

  private async loadStories(ids: ReadonlySet<string>): Promise<void> {
    const draftMode = this.getSettings()['workflow.draftMode'];
    const next = await Promise.all(
      this.entries.map(async (entry) => {
        if (!ids.has(entry.story.id)) return entry;
        try {
          const state = await computeStoryState(entry.story.fs, entry.story.storyDir, { draftMode });
          this.reads.stories++;
          return { story: entry.story, state };
        } catch (e) {
          this.log.warn('Could not read a story', { story: entry.story.storyDir, error: String(e) });
          return entry;
        }
      }),
    );
    this.entries = next;
    this.changed.fire();
  }
}

/** `story.folder` with `/` separators and no trailing separator. */
export function normaliseStoriesFolder(folder: string): string {
  return folder.replace(/\\/g, '/').replace(/\/+$/, '') || '.';
}
