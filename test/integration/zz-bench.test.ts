import * as assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { StoryWriterApi } from '../../src/extension';
import { startFakeGemini, type FakeGemini } from '../support/fakeGemini';
import { activateExtension, EXTENSION_ID, useTestServer } from './helpers';

/**
 * Figures only a real extension host can give, for `npm run bench` (bench/run.ts reads the file
 * this writes): how long activation takes, and how long a streamed chunk takes from arriving over
 * HTTP to showing in the live chapter document. Runs last (the file name sorts last) so the
 * other suites' figures are not disturbed, and asserts only that it could measure.
 */
const LIVE_SCHEME = 'story-writer-live';
const OUT_FILE = path.resolve(__dirname, '../../../.test-output/bench-extension.json');

interface StreamEvent {
  /** performance.now() when the bytes that completed this SSE event arrived. */
  readonly at: number;
  /** The stream's text up to and including this event. */
  readonly text: string;
}

interface DocChange {
  readonly at: number;
  readonly text: string;
}

describe('benchmark figures from the extension host', function () {
  this.timeout(120_000);
  let api: StoryWriterApi;
  let server: FakeGemini;
  const config = () => vscode.workspace.getConfiguration('storyWriter');

  before(async () => {
    api = await activateExtension();
    // A model's pace: ~16 tokens a chunk, a chunk every ~60 ms.
    server = await startFakeGemini({ ttftMs: 100, tokensPerSecond: 250 });
    await useTestServer(api, server);
  });

  after(async () => {
    await config().update('apiBaseUrl', undefined, vscode.ConfigurationTarget.Global);
    await server.stop();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('measures activation and chunk → live editor latency, and writes them for npm run bench', async () => {
    const bundleLoadMs = timeBundleLoad();
    const streams: StreamEvent[][] = [];
    const restoreFetch = tapStreams(streams);
    const opened = new Map<string, number>();
    const changes = new Map<string, DocChange[]>();
    const subscriptions = [
      vscode.workspace.onDidOpenTextDocument((doc) => {
        if (doc.uri.scheme === LIVE_SCHEME && !opened.has(doc.uri.toString())) opened.set(doc.uri.toString(), performance.now());
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.scheme !== LIVE_SCHEME) return;
        const key = e.document.uri.toString();
        const at = performance.now();
        if (!opened.has(key)) opened.set(key, at);
        changes.set(key, [...(changes.get(key) ?? []), { at, text: e.document.getText() }]);
      }),
    ];
    let summary: Awaited<ReturnType<StoryWriterApi['runs']['run']>>;
    try {
      const brief = await vscode.commands.executeCommand<vscode.Uri>('storyWriter.newStory', {
        title: 'Bench: The Tide Clock',
        premise: 'A clockmaker in a harbour town builds a clock that runs on the tide, and the town starts living by it.',
        targetWords: 1200,
        chapters: 2,
      });
      const entry = brief && api.catalog.storyOf(brief);
      assert.ok(entry, 'New Story did not make a story');
      await config().update('ui.streamToEditor', true, vscode.ConfigurationTarget.Global);
      summary = await api.runs.run({ entry });
    } finally {
      restoreFetch();
      for (const s of subscriptions) s.dispose();
      await config().update('ui.streamToEditor', undefined, vscode.ConfigurationTarget.Global);
    }
    assert.equal(summary?.outcome, 'completed', JSON.stringify(summary?.failures));

    const { latencies, notShown } = chunkLatencies(streams, opened, changes);
    const figures = {
      writtenAt: new Date().toISOString(),
      activationMs: api.activationMs,
      bundleLoadMs,
      chunkToEditorMs: latencies.map((ms) => Math.round(ms * 10) / 10),
      chunksSeen: latencies.length,
      chunksNotShown: notShown,
      streams: streams.length,
      liveDocuments: changes.size,
    };
    mkdirSync(path.dirname(OUT_FILE), { recursive: true });
    writeFileSync(OUT_FILE, `${JSON.stringify(figures, null, 2)}\n`);
    console.log(`[bench] activation ${api.activationMs.toFixed(1)} ms, bundle load ${bundleLoadMs.toFixed(1)} ms, ${latencies.length} chunks measured → ${OUT_FILE}`);
    assert.ok(latencies.length > 0, `no streamed chunk was seen in a live document (${streams.length} streams, ${changes.size} live documents)`);
  });
});

/** Requires the extension's bundle once more (read, compile, top-level code), as activation does first. */
function timeBundleLoad(): number {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext);
  const bundle = require.resolve(path.join(ext.extensionPath, 'dist', 'extension.js'));
  const cached = require.cache[bundle];
  delete require.cache[bundle];
  try {
    const t = performance.now();
    require(bundle);
    return performance.now() - t;
  } finally {
    if (cached) require.cache[bundle] = cached;
    else delete require.cache[bundle];
  }
}

/**
 * Wraps globalThis.fetch (the SDK calls it at request time) so that every streamed reply's SSE
 * events are timed as their bytes arrive. Returns the restore function.
 */
function tapStreams(streams: StreamEvent[][]): () => void {
  const original = globalThis.fetch;
  const tapped: typeof fetch = async (input, init) => {
    const response = await original(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.includes(':streamGenerateContent') || !response.ok || !response.body) return response;
    const events: StreamEvent[] = [];
    streams.push(events);
    const decoder = new TextDecoder();
    let buffer = '';
    let text = '';
    const tap = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        const at = performance.now();
        buffer += decoder.decode(chunk, { stream: true });
        for (let m = /\r?\n\r?\n/.exec(buffer); m; m = /\r?\n\r?\n/.exec(buffer)) {
          const event = buffer.slice(0, m.index);
          buffer = buffer.slice(m.index + m[0].length);
          const delta = eventText(event);
          if (delta) {
            text += delta;
            events.push({ at, text });
          }
        }
        controller.enqueue(chunk);
      },
    });
    return new Response(response.body.pipeThrough(tap), { status: response.status, statusText: response.statusText, headers: response.headers });
  };
  globalThis.fetch = tapped;
  return () => {
    if (globalThis.fetch === tapped) globalThis.fetch = original;
  };
}

function eventText(event: string): string {
  const data = event
    .split(/\r?\n/)
    .filter((l) => l.startsWith('data:'))
    .map((l) => l.slice(5).trim())
    .join('');
  try {
    const parsed = JSON.parse(data) as { candidates?: Array<{ content?: { parts?: Array<{ text?: string; thought?: boolean }> } }> };
    return (parsed.candidates?.[0]?.content?.parts ?? [])
      .filter((p) => !p.thought && typeof p.text === 'string')
      .map((p) => p.text)
      .join('');
  } catch {
    return '';
  }
}

/**
 * For each chunk of a stream shown in a live document, the time from its arrival to the first
 * document change that contains it. Only chunks that arrived while their document was open
 * count (the editor shows one chapter at a time); the last chunks of a chapter may never show
 * there, because the finished file replaces the live view.
 */
function chunkLatencies(
  streams: readonly StreamEvent[][],
  opened: ReadonlyMap<string, number>,
  changes: ReadonlyMap<string, DocChange[]>,
): { latencies: number[]; notShown: number } {
  const latencies: number[] = [];
  let notShown = 0;
  for (const events of streams) {
    // A stream is known by a stretch of its text long enough not to occur in another by chance.
    const probe = events.find((e) => e.text.length >= 200) ?? events.at(-1);
    if (!probe) continue;
    const doc = [...changes].find(([, list]) => list.some((c) => c.text.includes(probe.text)));
    if (!doc) continue;
    const [key, list] = doc;
    const openedAt = opened.get(key) ?? Number.POSITIVE_INFINITY;
    for (const e of events) {
      if (e.at < openedAt) continue;
      const shown = list.find((c) => c.at >= e.at && c.text.includes(e.text));
      if (shown) latencies.push(shown.at - e.at);
      else notShown++;
    }
  }
  return { latencies, notShown };
}
