import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ExportResult } from '../../src/core/export';
import type { StoryWriterApi } from '../../src/extension';
import { activateExtension, waitFor } from './helpers';

/**
 * Story: Export… inside the real extension host, with no API key: the writer's path (quick pick
 * of formats, then the save dialog, both accepted as offered) and the automation path for every
 * format, through vscode.workspace.fs.
 */
describe('export: Story: Export… in VS Code', function () {
  this.timeout(120_000);
  let api: StoryWriterApi;
  let storyDir: string;

  const write = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(storyDir, rel)), { recursive: true });
    writeFileSync(path.join(storyDir, rel), text);
  };

  before(async () => {
    api = await activateExtension();
    await api.apiKeys.clearApiKey();
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    assert.ok(folder, 'the harness opens a workspace folder');
    storyDir = path.join(folder, 'stories', 'export-in-vscode');
    write('brief.md', '---\ntitle: The Salt Road\nauthor: Iris Vane\n---\n\nTwo sisters walk the salt road to the sea.\n');
    write('04-draft/chapter-01.md', '# Chapter 1: Inland\n\n"We go at dawn," said Nell.\n\n* * *\n\nThey went at *noon*.\n');
    write('05-revision/chapter-01.md', '# Chapter 1: Inland\n\n"We go at dawn," said Nell.\n\n<!-- revise: more weather -->\n\n* * *\n\nThey went at *noon*, in rain.\n');
    write('04-draft/chapter-02.md', '# Chapter 2: The Sea\n\nThe sea was where the road ended.\n');
    await api.catalog.refresh();
    assert.ok(api.catalog.find(vscode.Uri.file(storyDir).path), 'the catalog does not see the story');
  });

  after(async () => {
    rmSync(storyDir, { recursive: true, force: true });
    await api.catalog.refresh();
  });

  it('the writer’s path: quick pick, save dialog, file written, no key needed', async () => {
    const target = path.join(storyDir, 'exports', 'export-in-vscode.epub');
    assert.equal(await api.apiKeys.getApiKey(), undefined);
    const running = vscode.commands.executeCommand<ExportResult | undefined>('storyWriter.export', vscode.Uri.file(storyDir));
    // Accept what is offered: the first format (EPUB), then the suggested file name.
    await waitFor(
      'the EPUB to be written',
      async () => {
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        return existsSync(target);
      },
      30_000,
    );
    const result = await running;
    assert.ok(result, 'the command returned nothing');
    assert.equal(result.format, 'epub');
    assert.equal(result.chapters, 2);
    assert.deepEqual(result.warnings, ['chapter 2 is exported from the draft: no revision yet, or the revision was skipped']);
    const bytes = readFileSync(target);
    assert.equal(bytes.subarray(30, 38).toString(), 'mimetype');
  });

  it('every format through the command’s arguments, the revision’s text and none of its comments', async () => {
    for (const format of ['epub', 'docx', 'html', 'md']) {
      const out = vscode.Uri.file(path.join(storyDir, 'book', `salt-road.${format}`));
      const result = await vscode.commands.executeCommand<ExportResult | undefined>('storyWriter.export', { story: vscode.Uri.file(storyDir).path, format, out });
      assert.ok(result, `${format}: the command returned nothing`);
      assert.equal(result.path, out.path);
      assert.ok(existsSync(out.fsPath), `${format}: ${out.fsPath} was not written`);
    }
    const md = readFileSync(path.join(storyDir, 'book', 'salt-road.md'), 'utf8');
    assert.match(
      md,
      /^# The Salt Road\n\nby Iris Vane\n\n## Chapter 1: Inland\n\n“We go at dawn,” said Nell\.\n\n\* \* \*\n\nThey went at \*noon\*, in rain\.\n\n## Chapter 2: The Sea\n/,
    );
    assert.ok(!md.includes('revise: more weather'));
  });

  it('the author setting wins over the brief', async () => {
    const config = vscode.workspace.getConfiguration('storyWriter');
    await config.update('export.author', 'Setting Author', vscode.ConfigurationTarget.Global);
    try {
      await waitFor('the setting to reach the extension', () => api.settings.settings['export.author'] === 'Setting Author');
      const out = vscode.Uri.file(path.join(storyDir, 'book', 'author.md'));
      await vscode.commands.executeCommand('storyWriter.export', { story: vscode.Uri.file(storyDir).path, format: 'md', out });
      assert.match(readFileSync(out.fsPath, 'utf8'), /^by Setting Author$/m);
    } finally {
      await config.update('export.author', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('an unknown format or an unwritable path is an error message, and nothing is written', async () => {
    writeFileSync(path.join(storyDir, 'blocker'), 'x');
    const out = vscode.Uri.file(path.join(storyDir, 'blocker', 'book.epub'));
    assert.equal(await vscode.commands.executeCommand('storyWriter.export', { story: vscode.Uri.file(storyDir).path, format: 'epub', out }), undefined);
    assert.equal(await vscode.commands.executeCommand('storyWriter.export', { story: vscode.Uri.file(storyDir).path, format: 'pdf', out }), undefined);
    assert.equal(readFileSync(path.join(storyDir, 'blocker'), 'utf8'), 'x');
  });
});
