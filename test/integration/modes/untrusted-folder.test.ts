import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ExportResult } from '../../../src/core/export';
import type { StoryWriterApi } from '../../../src/extension';
import { NodeFileSystem } from '../../../src/node/nodeFileSystem';
import type { StoryEntry } from '../../../src/vscode/storyCatalog';
import { startFakeGemini, type FakeGemini } from '../../support/fakeGemini';
import { writeDoneStory } from '../../unit/core/workflow/storyOnDisk';
import { activateExtension, commandPaletteRows, EXTENSION_ID, screenshot, useTestServer } from '../helpers';

const GENERATE_COMMANDS = [
  'storyWriter.generateConcept',
  'storyWriter.generateBible',
  'storyWriter.generateOutline',
  'storyWriter.generateDraft',
  'storyWriter.revise',
  'storyWriter.runWorkflow',
  'storyWriter.regenerateStage',
  'storyWriter.runItem',
];

/**
 * A folder the writer has not trusted (workspace trust on, the folder in no trusted list): VS
 * Code opens it in Restricted Mode and, the extension being `limited` in untrusted workspaces,
 * activates it. With a key stored and a Gemini server listening, no generate command may send
 * anything; Compile Manuscript and Export…, which need no model, still work.
 */
describe('an untrusted folder: Restricted Mode', function () {
  this.timeout(60_000);
  let api: StoryWriterApi;
  let server: FakeGemini;
  let entry: StoryEntry;
  let storyDir: string;
  const config = () => vscode.workspace.getConfiguration('storyWriter');

  before(async () => {
    api = await activateExtension();
    server = await startFakeGemini();
    await useTestServer(api, server);
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    assert.ok(folder, 'the harness opens a workspace folder');
    storyDir = path.join(folder, 'stories', 'finished-keeper');
    await writeDoneStory(new NodeFileSystem(), storyDir, 2);
    await api.catalog.refresh();
    const found = api.catalog.storyOf(vscode.Uri.file(path.join(storyDir, 'brief.md')));
    assert.ok(found, 'the catalog does not see the story');
    entry = found;
  });

  after(async () => {
    await api.apiKeys.clearApiKey();
    await config().update('apiBaseUrl', undefined, vscode.ConfigurationTarget.Global);
    await server?.stop();
  });

  it('the folder is not trusted and the extension is active', () => {
    assert.equal(vscode.workspace.isTrusted, false);
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
  });

  it('the command palette offers Compile Manuscript but no generate command', async function () {
    const generate = await commandPaletteRows('untrusted-generate', 'Story: Generate');
    const compile = await commandPaletteRows('untrusted-compile', 'Story: Compile');
    if (generate === undefined || compile === undefined) this.skip(); // no workbench to read outside the harness
    assert.ok(!generate.some((row) => /^Story: (Generate|Run Workflow|Revise)/.test(row)), `the palette offers ${JSON.stringify(generate)}`);
    assert.ok(
      compile.some((row) => row.includes('Story: Compile Manuscript')),
      `the palette offers ${JSON.stringify(compile)}`,
    );
  });

  it('every generate command is disabled unless the workspace is trusted', () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { commands: Array<{ command: string; enablement?: string }> } };
    for (const id of GENERATE_COMMANDS) {
      const enablement = manifest.contributes.commands.find((c) => c.command === id)?.enablement ?? '';
      assert.match(enablement, /(^|&&\s*)isWorkspaceTrusted(\s*&&|$)/, `${id}'s enablement is “${enablement}”`);
    }
  });

  it('Run Workflow and Generate Concept, invoked anyway, send nothing to Gemini and write nothing', async () => {
    const concept = readFileSync(path.join(storyDir, '01-concept.md'), 'utf8');
    for (const dir of ['04-draft', '05-revision']) rmSync(path.join(storyDir, dir, 'chapter-02.md'));
    await api.catalog.refresh();
    for (const id of ['storyWriter.runWorkflow', 'storyWriter.generateConcept']) {
      assert.equal(await vscode.commands.executeCommand(id, entry.story.id), undefined, `${id} returned a summary`);
    }
    assert.equal(server.requests.length, 0, `the Gemini server received ${server.requests.length} requests`);
    assert.equal(readFileSync(path.join(storyDir, '01-concept.md'), 'utf8'), concept);
    assert.equal(existsSync(path.join(storyDir, '04-draft', 'chapter-02.md')), false, 'a chapter was written');
    await vscode.commands.executeCommand('workbench.view.extension.storyWriter');
    await vscode.commands.executeCommand('notifications.showList');
    await screenshot('mode-untrusted-folder');
    await vscode.commands.executeCommand('notifications.hideList');
  });

  it('Compile Manuscript works, with no request', async () => {
    rmSync(path.join(storyDir, 'story.md'));
    const compiled = await vscode.commands.executeCommand<{ file: string; included: number[]; missing: number[] }>('storyWriter.compileManuscript', entry.story.id);
    assert.equal(compiled?.file, 'story.md');
    assert.deepEqual(compiled.included, [1]);
    assert.deepEqual(compiled.missing, [2]);
    assert.ok(existsSync(path.join(storyDir, 'story.md')), 'story.md was not written');
    assert.equal(server.requests.length, 0);
  });

  it('Export… works, with no request', async () => {
    const out = vscode.Uri.file(path.join(storyDir, 'book', 'keeper.md'));
    const result = await vscode.commands.executeCommand<ExportResult | undefined>('storyWriter.export', { story: vscode.Uri.file(storyDir).path, format: 'md', out });
    assert.ok(result, 'Export returned nothing');
    assert.match(readFileSync(out.fsPath, 'utf8'), /The keeper climbed the stair in chapter 1/);
    assert.equal(server.requests.length, 0);
  });
});
