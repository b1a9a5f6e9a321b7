import * as vscode from 'vscode';
import { isLockFile } from '../core/checkpoint/storyPaths';
import type { FileStat, FileSystem } from '../core/ports';
import { NodeFileSystem } from '../node/nodeFileSystem';
import { isNotFound, nodeReads, readRouteFor, workspaceReads, type FileReads, type ReadRoute } from './files/fileReads';

const nodeFs = new NodeFileSystem();

/** This extension's own folder: where its host's Node reads files from (see `readRouteFor`). */
const EXTENSION_ID = 'story-writer.story-writer';

/**
 * The core's FileSystem for one workspace folder's file system. Core paths are the `path` part of
 * URIs that share this adapter's scheme and authority.
 *
 * Writes, renames and deletes go through `vscode.workspace.fs`, so open editors, file watchers
 * and other extensions see every change the way VS Code makes it — except the story lock's own
 * files (`isLockFile`) in a folder on this disk: taking the lock is four writes one after the
 * other before a run's first request, no editor shows those files, and the headless command
 * writes the same files with Node's `fs` while VS Code is open. Reads of a folder on
 * the extension host's own disk go straight to Node's `fs` (`ReadRoute` `node`): in a remote
 * window every `workspace.fs` call is a round trip through the window, and a run reads a few dozen
 * files before its first request. Everything else (virtual file systems) is read through
 * `workspace.fs` too.
 */
export class WorkspaceFileSystem implements FileSystem {
  readonly readRoute: ReadRoute;
  private readonly reads: FileReads;

  constructor(
    private readonly base: vscode.Uri,
    extensionUri: vscode.Uri | undefined = vscode.extensions.getExtension(EXTENSION_ID)?.extensionUri,
  ) {
    this.readRoute = readRouteFor(base, extensionUri);
    this.reads = this.readRoute === 'node' ? nodeReads : workspaceReads;
  }

  uri(path: string): vscode.Uri {
    return this.base.with({ path, query: '', fragment: '' });
  }

  readFile(path: string): Promise<Uint8Array> {
    return this.reads.readFile(this.uri(path));
  }

  async writeFile(path: string, data: Uint8Array): Promise<void> {
    if (this.writesWithNode(path)) return nodeFs.writeFile(this.uri(path).fsPath, data);
    // workspace.fs.writeFile creates missing parent folders.
    await vscode.workspace.fs.writeFile(this.uri(path), data);
  }

  async rename(from: string, to: string): Promise<void> {
    if (this.writesWithNode(from) && this.writesWithNode(to)) return nodeFs.rename(this.uri(from).fsPath, this.uri(to).fsPath);
    await vscode.workspace.fs.rename(this.uri(from), this.uri(to), { overwrite: true });
  }

  async delete(path: string, options?: { recursive?: boolean }): Promise<void> {
    if (this.writesWithNode(path)) return nodeFs.delete(this.uri(path).fsPath, options);
    try {
      await vscode.workspace.fs.delete(this.uri(path), { recursive: options?.recursive ?? false, useTrash: false });
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
  }

  stat(path: string): Promise<FileStat | undefined> {
    return this.reads.stat(this.uri(path));
  }

  readDirectory(path: string): Promise<Array<{ name: string; type: 'file' | 'directory' }>> {
    return this.reads.readDirectory(this.uri(path));
  }

  async createDirectory(path: string): Promise<void> {
    await vscode.workspace.fs.createDirectory(this.uri(path));
  }

  private writesWithNode(path: string): boolean {
    return this.readRoute === 'node' && isLockFile(path);
  }
}
