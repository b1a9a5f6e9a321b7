import * as vscode from 'vscode';
import type { FileStat, FileSystem } from '../core/ports';

/**
 * The core's FileSystem over `vscode.workspace.fs`, so stories work in remote and virtual
 * workspaces too. Core paths are the `path` part of URIs that share this adapter's scheme and
 * authority (one adapter per workspace folder's file system).
 */
export class WorkspaceFileSystem implements FileSystem {
  constructor(private readonly base: vscode.Uri) {}

  uri(path: string): vscode.Uri {
    return this.base.with({ path, query: '', fragment: '' });
  }

  async readFile(path: string): Promise<Uint8Array> {
    return vscode.workspace.fs.readFile(this.uri(path));
  }

  async writeFile(path: string, data: Uint8Array): Promise<void> {
    // workspace.fs.writeFile creates missing parent folders.
    await vscode.workspace.fs.writeFile(this.uri(path), data);
  }

  async rename(from: string, to: string): Promise<void> {
    await vscode.workspace.fs.rename(this.uri(from), this.uri(to), { overwrite: true });
  }

  async delete(path: string, options?: { recursive?: boolean }): Promise<void> {
    try {
      await vscode.workspace.fs.delete(this.uri(path), { recursive: options?.recursive ?? false, useTrash: false });
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
  }

  async stat(path: string): Promise<FileStat | undefined> {
    try {
      const s = await vscode.workspace.fs.stat(this.uri(path));
      return { type: s.type & vscode.FileType.Directory ? 'directory' : 'file', size: s.size, mtimeMs: s.mtime };
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw e;
    }
  }

  async readDirectory(path: string): Promise<Array<{ name: string; type: 'file' | 'directory' }>> {
    try {
      const entries = await vscode.workspace.fs.readDirectory(this.uri(path));
      return entries
        .filter(([, t]) => t & (vscode.FileType.File | vscode.FileType.Directory))
        .map(([name, t]) => ({ name, type: t & vscode.FileType.Directory ? ('directory' as const) : ('file' as const) }));
    } catch (e) {
      if (isNotFound(e)) return [];
      throw e;
    }
  }

  async createDirectory(path: string): Promise<void> {
    await vscode.workspace.fs.createDirectory(this.uri(path));
  }
}

function isNotFound(e: unknown): boolean {
  return e instanceof vscode.FileSystemError && e.code === 'FileNotFound';
}
