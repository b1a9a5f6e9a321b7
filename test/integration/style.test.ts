import * as assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { renderOutline } from '../../src/core/documents/outlineMarkdown';
import type { StoryWriterApi } from '../../src/extension';
import { STYLE_DIAGNOSTIC_SOURCE } from '../../src/vscode/style/styleDiagnostics';
import type { StageTreeNode } from '../../src/vscode/views/stagesView';
import { activateExtension, screenshot, waitFor } from './helpers';

const CHAPTER_1 = `# Chapter 1: The Lamp

Nell climbed to the lamp room at dusk. Her silence was a testament to the long winter, and the lighthouse keeper climbed the crooked stairs behind her.

"Go back down," she hissed. "Now."
`;
const CHAPTER_2 = `# Chapter 2: The Letter

At noon the lighthouse keeper climbed the crooked stairs again, carrying the letter. Nell read it twice and put it in the stove.
`;

/**
 * Style problems in the real editor: open a chapter with slop and its problems appear (rule id as
 * the code, exact range, the repeat's earlier occurrence as related information); the chapter's
 * tooltip in the Stages tree gives its score; an edit saved clears the problem; turning the
 * setting off clears them all. No key, no request.
 */
describe('style: problems in the editor', function () {
  this.timeout(120_000);
  let api: StoryWriterApi;
  let storyDir: string;
  const uri = (rel: string) => vscode.Uri.file(path.join(storyDir, rel));
  const styleOf = (rel: string) => vscode.languages.getDiagnostics(uri(rel)).filter((d) => d.source === STYLE_DIAGNOSTIC_SOURCE);
  const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? d.code.value : d.code);

  before(async () => {
    api = await activateExtension();
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    assert.ok(folder, 'the harness opens a workspace folder');
    storyDir = path.join(folder, 'stories', 'style-in-vscode');
    const write = (rel: string, text: string) => {
      mkdirSync(path.dirname(path.join(storyDir, rel)), { recursive: true });
      writeFileSync(path.join(storyDir, rel), text);
    };
    write('brief.md', '---\ntitle: The Lamp Room\npointOfView: third-limited\n---\n\nA keeper and a letter.\n');
    write(
      '03-outline.md',
      renderOutline({
        chapters: [
          { number: 1, title: 'The Lamp', summary: 'Nell climbs to the lamp.', beats: ['She climbs.'], targetWords: 300 },
          { number: 2, title: 'The Letter', summary: 'The keeper brings a letter.', beats: ['She burns it.'], targetWords: 300 },
        ],
      }),
    );
    write('04-draft/chapter-01.md', CHAPTER_1);
    write('04-draft/chapter-02.md', CHAPTER_2);
    await api.catalog.refresh();
    assert.ok(api.catalog.find(vscode.Uri.file(storyDir).path), 'the catalog does not see the story');
  });

  after(async () => {
    await vscode.workspace.getConfiguration('storyWriter').update('style.enabled', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    rmSync(storyDir, { recursive: true, force: true });
    await api.catalog.refresh();
  });

  it('opening a chapter shows its style problems: rule id as code, exact range, explanation, the earlier repeat as related information', async () => {
    const doc = await vscode.workspace.openTextDocument(uri('04-draft/chapter-01.md'));
    await vscode.window.showTextDocument(doc);
    await waitFor('style problems on chapter 1', () => styleOf('04-draft/chapter-01.md').length > 0);

    const found = styleOf('04-draft/chapter-01.md');
    assert.deepEqual(found.map(codeOf).sort(), ['said-bookism', 'stock-phrase']);
    const stock = found.find((d) => codeOf(d) === 'stock-phrase')!;
    assert.deepEqual([stock.range.start.line, stock.range.start.character, stock.range.end.line, stock.range.end.character], [2, 55, 2, 69]);
    assert.equal(doc.getText(stock.range), 'a testament to');
    assert.equal(stock.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(stock.message, /^Stock phrase "a testament to"\. A stock phrase readers recognise from machine-written fiction/);
    const bookism = found.find((d) => codeOf(d) === 'said-bookism')!;
    assert.equal(doc.getText(bookism.range), 'hissed');
    assert.equal(bookism.severity, vscode.DiagnosticSeverity.Information);

    // The other chapter of the story was checked with it: its repeat points back at chapter 1.
    const repeat = styleOf('04-draft/chapter-02.md').find((d) => codeOf(d) === 'repeated-phrase');
    assert.ok(repeat, 'chapter 2 has no repeated-phrase problem');
    const related = repeat.relatedInformation?.[0];
    assert.ok(related, 'the repeat has no related information');
    assert.equal(related.location.uri.path, uri('04-draft/chapter-01.md').path);
    assert.equal(doc.getText(related.location.range), 'the lighthouse keeper climbed the crooked stairs');

    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await screenshot('32-style-problems');
  });

  it('a story with no chapter open gets scores for the tree, not problems', async () => {
    const other = path.join(path.dirname(storyDir), 'style-unopened');
    try {
      mkdirSync(path.join(other, '04-draft'), { recursive: true });
      writeFileSync(path.join(other, 'brief.md'), '---\ntitle: Unopened\n---\n\nA story nobody opened.\n');
      writeFileSync(path.join(other, '04-draft', 'chapter-01.md'), 'It was a testament to patience. Nothing else happened that day.\n');
      await api.catalog.refresh();
      const chapter = vscode.Uri.file(path.join(other, '04-draft', 'chapter-01.md'));
      await waitFor('a score for the unopened story', () => api.style.scoreOf(chapter) !== undefined);
      assert.equal(api.style.scoreOf(chapter), Math.round((1 / 11) * 1000 * 100) / 100);
      assert.deepEqual(vscode.languages.getDiagnostics(chapter), []);
    } finally {
      rmSync(other, { recursive: true, force: true });
      await api.catalog.refresh();
    }
  });

  it('the chapter’s tooltip in the Stages tree gives its score', async () => {
    const entry = api.catalog.find(vscode.Uri.file(storyDir).path)!;
    const story = api.stages.getChildren().find((n) => n.kind === 'story' && n.entry.story.id === entry.story.id)!;
    const draft = api.stages.getChildren(story).find((n) => n.kind === 'stage' && n.stage === 'draft')!;
    const chapter1 = api.stages.getChildren(draft).find((n): n is Extract<StageTreeNode, { kind: 'chapter' }> => n.kind === 'chapter' && n.item.chapter === 1)!;
    const score = api.style.scoreOf(uri('04-draft/chapter-01.md'));
    assert.ok(score !== undefined && score > 0, `no score for chapter 1 (${score})`);
    const tooltip = api.stages.getTreeItem(chapter1).tooltip as vscode.MarkdownString;
    assert.match(tooltip.value, new RegExp(`Style: ${score.toLocaleString('en-US').replace('.', '\\.')} findings per 1,000 words`));
  });

  it('saving an edit that removes the phrase clears its problem', async () => {
    const doc = await vscode.workspace.openTextDocument(uri('04-draft/chapter-01.md'));
    const editor = await vscode.window.showTextDocument(doc);
    const stock = styleOf('04-draft/chapter-01.md').find((d) => codeOf(d) === 'stock-phrase')!;
    assert.ok(await editor.edit((e) => e.replace(stock.range, 'what was left of')));
    assert.ok(await doc.save(), 'the chapter was not saved');
    // The file watcher may also re-check while the save is written: wait for the end state, not the first change.
    await waitFor('only the said-bookism to be left on chapter 1', () => styleOf('04-draft/chapter-01.md').map(codeOf).join() === 'said-bookism');
    await waitFor('the repeat in chapter 2 to stay', () => styleOf('04-draft/chapter-02.md').some((d) => codeOf(d) === 'repeated-phrase'));
  });

  it('a chapter rewritten on disk (as a run does) is checked again, so no problem points at old text', async () => {
    await waitFor('the repeat in chapter 2', () => styleOf('04-draft/chapter-02.md').some((d) => codeOf(d) === 'repeated-phrase'));
    writeFileSync(path.join(storyDir, '04-draft', 'chapter-02.md'), CHAPTER_2.replace('the lighthouse keeper climbed the crooked stairs again', 'her father came up'));
    // As a run does: its writes re-read the catalog (RunController's hook), not only the file
    // watcher, which a remote host may deliver late (one CI run in four waited past the bound).
    api.catalog.scheduleRefresh(0);
    await waitFor('the repeat in chapter 2 to clear', () => !styleOf('04-draft/chapter-02.md').some((d) => codeOf(d) === 'repeated-phrase'));
    await waitFor('chapter 1 to keep its own problem', () => styleOf('04-draft/chapter-01.md').map(codeOf).join() === 'said-bookism');
  });

  it('turning storyWriter.style.enabled off clears every style problem; on again brings them back', async () => {
    const config = vscode.workspace.getConfiguration('storyWriter');
    await config.update('style.enabled', false, vscode.ConfigurationTarget.Global);
    await waitFor('style problems to clear', () => styleOf('04-draft/chapter-01.md').length === 0 && styleOf('04-draft/chapter-02.md').length === 0);
    assert.equal(api.style.scoreOf(uri('04-draft/chapter-01.md')), undefined);
    await config.update('style.enabled', undefined, vscode.ConfigurationTarget.Global);
    await waitFor('style problems to come back', () => styleOf('04-draft/chapter-01.md').length === 1);
  });
});
