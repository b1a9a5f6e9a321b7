import * as assert from 'node:assert/strict';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { WorkspaceFileSystem } from '../../src/vscode/workspaceFileSystem';
import { activateExtension } from './helpers';

/**
 * The extension's file system adapter reads a folder on the extension host's own disk with Node's
 * `fs` (a `workspace.fs` call is a round trip through the window) and must answer exactly as
 * `workspace.fs` does; writes still go through `workspace.fs`.
 */
describe('workspace file system: reads on the host disk agree with workspace.fs', function () {
  this.timeout(60_000);
  let folder: vscode.Uri;
  let dir: string;

  before(async () => {
    await activateExtension();
    const first = vscode.workspace.workspaceFolders?.[0]?.uri;
    assert.ok(first, 'the harness opens a workspace folder');
    folder = first;
    dir = path.join(folder.fsPath, 'fs-adapter-check');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(path.join(dir, 'sub'), { recursive: true });
    writeFileSync(path.join(dir, 'sub', 'inner.md'), 'inner');
    symlinkSync(path.join(dir, 'sub'), path.join(dir, 'link-to-sub'));
    symlinkSync(path.join(dir, 'nowhere'), path.join(dir, 'dangling'));
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a workspace folder on this disk with Node, and anything virtual through workspace.fs', () => {
    assert.equal(new WorkspaceFileSystem(folder).readRoute, 'node');
    assert.equal(new WorkspaceFileSystem(vscode.Uri.parse('story-writer-live:/x')).readRoute, 'workspace');
    // The same path, seen from an extension host on another machine.
    assert.equal(new WorkspaceFileSystem(folder, vscode.Uri.parse('vscode-remote://elsewhere/extensions/story-writer')).readRoute, 'workspace');
  });

  it('sees what workspace.fs wrote, with the same stat, listing and errors', async () => {
    const fs = new WorkspaceFileSystem(folder);
    const base = fs.uri(path.posix.join(folder.path, 'fs-adapter-check'));
    const file = `${base.path}/written/note.md`;
    await fs.writeFile(file, new TextEncoder().encode('Ünïcode words\n'));
    assert.equal(new TextDecoder().decode(await fs.readFile(file)), 'Ünïcode words\n');

    const mine = await fs.stat(file);
    const theirs = await vscode.workspace.fs.stat(fs.uri(file));
    assert.deepEqual({ ...mine, mtimeMs: undefined }, { type: 'file', size: theirs.size, mtimeMs: undefined });
    // Both are whole milliseconds of the same instant; VS Code and Node may round it differently.
    assert.ok(Math.abs(mine!.mtimeMs - theirs.mtime) <= 1, `mtime ${mine!.mtimeMs} vs workspace.fs ${theirs.mtime}`);
    assert.equal((await fs.stat(`${base.path}/sub`))?.type, 'directory');
    assert.equal(await fs.stat(`${base.path}/missing.md`), undefined);

    const listing = (await fs.readDirectory(base.path)).sort((a, b) => a.name.localeCompare(b.name));
    const expected = (await vscode.workspace.fs.readDirectory(base))
      .filter(([, t]) => t & (vscode.FileType.File | vscode.FileType.Directory))
      .map(([name, t]) => ({ name, type: t & vscode.FileType.Directory ? 'directory' : 'file' }))
      .sort((a, b) => a.name.localeCompare(b.name));
    assert.deepEqual(listing, expected);
    assert.deepEqual(
      listing.map((e) => `${e.name}:${e.type}`),
      ['link-to-sub:directory', 'sub:directory', 'written:directory'],
    );
    assert.deepEqual(await fs.readDirectory(`${base.path}/missing`), []);

    await assert.rejects(fs.readFile(`${base.path}/missing.md`), (e: unknown) => e instanceof vscode.FileSystemError && e.code === 'FileNotFound');
    await fs.delete(file);
    assert.equal(await fs.stat(file), undefined);
  });

  it('writes the story lock with Node where workspace.fs sees it, and removes it', async () => {
    const fs = new WorkspaceFileSystem(folder);
    const lock = `${folder.path}/fs-adapter-check/.story-writer/lock`;
    await fs.writeFile(`${lock}.claims/1-2-abc`, new TextEncoder().encode('host'));
    await fs.writeFile(`${folder.path}/fs-adapter-check/.story-writer/.lock.tmp-2-abc`, new TextEncoder().encode('{}'));
    await fs.rename(`${folder.path}/fs-adapter-check/.story-writer/.lock.tmp-2-abc`, lock);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(fs.uri(`${lock}.claims/1-2-abc`))), 'host');
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(fs.uri(lock))), '{}');
    await fs.delete(`${lock}.claims/1-2-abc`);
    await fs.delete(lock);
    await fs.delete(lock);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(fs.uri(lock))), (e: unknown) => e instanceof vscode.FileSystemError && e.code === 'FileNotFound');
  });
});
