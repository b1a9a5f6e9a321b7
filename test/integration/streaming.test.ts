import * as assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { StoryWriterApi } from '../../src/extension';
import { startFakeGemini, type FakeGemini } from '../support/fakeGemini';
import { activateExtension, screenshot, useTestServer, waitFor } from './helpers';

const LIVE_SCHEME = 'story-writer-live';
/** Read by `npm run bench -- --only latency` (bench/latencyBench.ts). */
const OUT_FILE = path.resolve(__dirname, '../../../.test-output/bench-latency.json');

/**
 * A new story's concept streams into the editor as Gemini writes it: the JSON reply is rendered
 * to the concept's Markdown while it arrives, long before the request ends. Also times, for the
 * benchmark, how long the Generate command takes to send its first request.
 */
describe('structured stages stream into the editor', function () {
  this.timeout(120_000);
  let api: StoryWriterApi;
  let server: FakeGemini;
  const config = () => vscode.workspace.getConfiguration('storyWriter');

  before(async () => {
    api = await activateExtension();
    // A slow model: about 40 tokens a second, so the concept takes several seconds to arrive.
    server = await startFakeGemini({ ttftMs: 300, tokensPerSecond: 40 });
    await useTestServer(api, server);
    await config().update('ui.streamToEditor', true, vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    await config().update('apiBaseUrl', undefined, vscode.ConfigurationTarget.Global);
    await config().update('ui.streamToEditor', undefined, vscode.ConfigurationTarget.Global);
    await server.stop();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it("shows a new story's concept in the editor before its request ends, then opens the concept file", async () => {
    const brief = await vscode.commands.executeCommand<vscode.Uri>('storyWriter.newStory', {
      title: 'The Salt Road',
      premise: 'A salt trader crossing the desert finds that every well on her map has been moved one day further apart.',
      targetWords: 1500,
      chapters: 2,
    });
    const entry = brief && api.catalog.storyOf(brief);
    assert.ok(entry, 'New Story did not make a story');
    // By the time a writer has typed a premise into the brief New Story opened, the activation
    // warm-up has loaded the SDK, and VS Code's Markdown support (which opening the brief starts,
    // in this same extension host) is running.
    await waitFor('the SDK to be loaded after activation', () => Object.keys(require.cache).some((f) => f.endsWith(`${path.sep}dist${path.sep}genai.js`)), 30_000);
    const markdown = vscode.extensions.getExtension('vscode.markdown-language-features');
    if (markdown) await waitFor('Markdown support to be active', () => markdown.isActive, 30_000);

    const firstFetch = timeFirstFetch();
    let live: { at: number; text: string } | undefined;
    const changes = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.uri.scheme !== LIVE_SCHEME) return;
      const text = e.document.getText();
      // The logline and the first words of the premise: the concept, rendered, mid-stream.
      if (!live && /## Logline\n\n\S[\s\S]*## Premise\n\n\S+ \S+/.test(text)) live = { at: performance.now(), text };
    });
    let running: Thenable<unknown> | undefined;
    try {
      const commandAt = performance.now();
      running = vscode.commands.executeCommand('storyWriter.generateConcept', entry.story.id);
      await waitFor('the concept to appear in the live editor', () => live !== undefined, 60_000);
      writeFigures({ firstRequestMs: (await firstFetch.first) - commandAt, generationRequestMs: (await firstFetch.generation) - commandAt });
      const concept = server.requests.find((r) => r.action === 'streamGenerateContent');
      assert.ok(concept, 'no concept request reached the server');
      assert.equal(concept.endedAt, undefined, 'the concept request had already ended when its text first showed');
      assert.ok(!live!.text.trimStart().startsWith('{'), 'the live view shows raw JSON');
      await screenshot('50-concept-streaming');
    } finally {
      changes.dispose();
      firstFetch.restore();
    }
    const summary = (await running) as { outcome?: string } | undefined;
    assert.equal(summary?.outcome, 'completed');
    const file = entry.story.uri(`${entry.story.storyDir}/01-concept.md`);
    await waitFor('the concept file to open', () => vscode.window.visibleTextEditors.some((e) => e.document.uri.fsPath === file.fsPath));
    const written = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    // What streamed is the beginning of what was written (the live view may end mid-word).
    const shown = live!.text.slice(live!.text.indexOf('# Concept')).replace(/\S*$/, '');
    assert.ok(written.includes(shown), `the file does not continue what the editor showed:\n${shown.slice(-200)}`);
  });
});

/** When the host's first fetch call (the SDK's request leaving) happens, and its first generation's. */
function timeFirstFetch(): { first: Promise<number>; generation: Promise<number>; restore(): void } {
  const original = globalThis.fetch;
  let first: (at: number) => void = () => {};
  let generation: (at: number) => void = () => {};
  const firstAt = new Promise<number>((resolve) => (first = resolve));
  const generationAt = new Promise<number>((resolve) => (generation = resolve));
  globalThis.fetch = (input, init) => {
    const at = performance.now();
    first(at);
    if (String(input instanceof Request ? input.url : input).includes(':streamGenerateContent')) generation(at);
    return original(input, init);
  };
  return { first: firstAt, generation: generationAt, restore: () => (globalThis.fetch = original) };
}

function writeFigures(figures: { firstRequestMs: number; generationRequestMs: number }): void {
  mkdirSync(path.dirname(OUT_FILE), { recursive: true });
  writeFileSync(OUT_FILE, `${JSON.stringify({ writtenAt: new Date().toISOString(), ...figures }, null, 2)}\n`);
  console.log(`[bench] Generate → first request ${figures.firstRequestMs.toFixed(1)} ms, → the generation request ${figures.generationRequestMs.toFixed(1)} ms → ${OUT_FILE}`);
}
