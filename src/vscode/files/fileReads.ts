import { promises as nodeFs, type Dirent } from 'node:fs';
import * as vscode from 'vscode';
import type { FileStat } from '../../core/ports';

/** The read half of the core's FileSystem, over one route or the other (see `readRouteFor`). */
export interface FileReads {
  readFile(uri: vscode.Uri): Promise<Uint8Array>;
  stat(uri: vscode.Uri): Promise<FileStat | undefined>;
  readDirectory(uri: vscode.Uri): Promise<Array<{ name: string; type: 'file' | 'directory' }>>;
}

/**
 * `node`: the files are on the disk of the process this extension host runs in, so Node's `fs`
 * reads them in microseconds. `workspace`: anything else (virtual schemes, a folder of another
 * host): `vscode.workspace.fs`, which in a remote window such as code-server's is a round trip
 * through the window for every call, even for a folder next to the extension host.
 */
export type ReadRoute = 'node' | 'workspace';

/**
 * The files of `base` are on this host's disk when `base` lives on the same file system as this
 * extension's own code, which the host loads with Node: `file` in a local window, or the same
 * `vscode-remote` authority in a remote one (the extension then runs in that remote's host).
 */
export function readRouteFor(base: vscode.Uri, extensionUri: vscode.Uri | undefined): ReadRoute {
  if (!extensionUri || base.scheme !== extensionUri.scheme || base.authority !== extensionUri.authority) return 'workspace';
  if (base.scheme === 'file') return 'node';
  if (base.scheme === 'vscode-remote' && vscode.env.remoteName !== undefined) return 'node';
  return 'workspace';
}

export const workspaceReads: FileReads = {
  readFile: (uri) => Promise.resolve(vscode.workspace.fs.readFile(uri)),
  async stat(uri) {
    try {
      const s = await vscode.workspace.fs.stat(uri);
      return { type: s.type & vscode.FileType.Directory ? 'directory' : 'file', size: s.size, mtimeMs: s.mtime };
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw e;
    }
  },
  async readDirectory(uri) {
    try {
      const entries = await vscode.workspace.fs.readDirectory(uri);
      return entries
        .filter(([, t]) => t & (vscode.FileType.File | vscode.FileType.Directory))
        .map(([name, t]) => ({ name, type: t & vscode.FileType.Directory ? ('directory' as const) : ('file' as const) }));
    } catch (e) {
      if (isNotFound(e)) return [];
      throw e;
    }
  },
};

/**
 * Node's `fs` on the URI's `fsPath`, answering as `workspace.fs` does on this disk: symbolic links
 * followed, whole-millisecond mtimes (to within the millisecond `workspace.fs` rounds to), and failures as `vscode.FileSystemError`s of the same codes.
 */
export const nodeReads: FileReads = {
  async readFile(uri) {
    try {
      return await nodeFs.readFile(uri.fsPath);
    } catch (e) {
      throw asFileSystemError(e, uri);
    }
  },
  async stat(uri) {
    try {
      const s = await nodeFs.stat(uri.fsPath);
      return { type: s.isDirectory() ? 'directory' : 'file', size: s.size, mtimeMs: Math.round(s.mtimeMs) };
    } catch (e) {
      if (errnoCode(e) === 'ENOENT') return undefined;
      throw asFileSystemError(e, uri);
    }
  },
  async readDirectory(uri) {
    let entries: Dirent[];
    try {
      entries = await nodeFs.readdir(uri.fsPath, { withFileTypes: true });
    } catch (e) {
      if (errnoCode(e) === 'ENOENT') return [];
      throw asFileSystemError(e, uri);
    }
    const typed = await Promise.all(entries.map(async (e) => ({ name: e.name, type: await direntType(e, uri) })));
    return typed.filter((e): e is { name: string; type: 'file' | 'directory' } => e.type !== undefined);
  },
};

/** A link counts as what it points to (as in `workspace.fs`); a dangling one, or a socket, not at all. */
async function direntType(entry: Dirent, folder: vscode.Uri): Promise<'file' | 'directory' | undefined> {
  if (entry.isDirectory()) return 'directory';
  if (entry.isFile()) return 'file';
  if (!entry.isSymbolicLink()) return undefined;
  const target = await nodeFs.stat(vscode.Uri.joinPath(folder, entry.name).fsPath).catch(() => undefined);
  if (target?.isDirectory()) return 'directory';
  return target?.isFile() ? 'file' : undefined;
}

function asFileSystemError(e: unknown, uri: vscode.Uri): unknown {
  switch (errnoCode(e)) {
    case 'ENOENT':
      return vscode.FileSystemError.FileNotFound(uri);
    case 'EISDIR':
      return vscode.FileSystemError.FileIsADirectory(uri);
    case 'ENOTDIR':
      return vscode.FileSystemError.FileNotADirectory(uri);
    case 'EACCES':
    case 'EPERM':
      return vscode.FileSystemError.NoPermissions(uri);
    default:
      return e;
  }
}

function errnoCode(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | undefined)?.code;
}

export function isNotFound(e: unknown): boolean {
  return e instanceof vscode.FileSystemError && e.code === 'FileNotFound';
}
