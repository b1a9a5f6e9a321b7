// A new story's structured stages stream into the live view: the real engine (runWorkflow →
// GeminiService → @google/genai → HTTP) against the test server pacing its reply like a model.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readCheckpoint } from '../../../../../src/core/checkpoint/checkpointFile';
import { stageFile, type StructuredStage } from '../../../../../src/core/stages';
import { workflowHarness, type WorkflowHarness } from '../workflowHarness';

describe('structured stages stream into the live view', () => {
  let h: WorkflowHarness;
  afterEach(() => h.cleanup());

  it('shows each of concept, bible and outline growing while its request runs, the concept ending exactly as its file', async () => {
    // About 12 words a chunk, a chunk every 50 ms: each stage's reply takes well over a second.
    h = await workflowHarness({}, undefined, { behaviour: 'obedient', ttftMs: 50, tokensPerSecond: 240 });
    const shown = new Map<string, Array<{ at: number; text: string }>>();
    const summary = await h.run({
      target: 'outline',
      onText: (id, _delta, soFar) => shown.set(id, [...(shown.get(id) ?? []), { at: performance.now(), text: soFar }]),
    });
    assert.equal(summary.outcome, 'completed', JSON.stringify(summary.failures));
    const requests = h.generateRequests();
    for (const [i, stage] of (['concept', 'bible', 'outline'] as const).entries()) {
      const views = shown.get(stage) ?? [];
      assert.ok(views.length >= 3, `${stage}: ${views.length} live updates`);
      // (The test server numbers outline chapters at random, and the outline is sorted by chapter
      // number, so its view may reorder; the preview's own tests cover outlines in reading order.)
      for (const [k, view] of stage === 'outline' ? [] : views.entries()) {
        const before = views[k - 1]?.text ?? '';
        assert.ok(view.text.startsWith(before.replace(/\S*$/, '')), `${stage}: the live view shrank or changed:\n${before.slice(-80)}\n→ ${view.text.slice(-80)}`);
      }
      const request = requests[i]!;
      assert.ok(views[0]!.at < request.endedAt!, `${stage}: nothing was shown before its request ended`);
      if (stage === 'concept') assert.equal(views.at(-1)!.text, await bodyOf(stage));
    }
  });

  it('starts the live view over when the reply is retried', async () => {
    h = await workflowHarness({}, undefined, { behaviour: 'obedient', ttftMs: 10, tokensPerSecond: 400 });
    // The first stream is cut after a few chunks (a dropped connection): the retry shows the concept from its start.
    h.server.script({ kind: 'cut', afterWords: 30 });
    const events: string[] = [];
    let last = '';
    const summary = await h.run({
      target: 'concept',
      onText: (id, _delta, soFar) => {
        events.push(`${id}:text`);
        last = soFar;
      },
      onRestart: (id) => events.push(`${id}:restart`),
    });
    assert.equal(summary.outcome, 'completed', JSON.stringify(summary.failures));
    const restart = events.indexOf('concept:restart');
    assert.ok(restart > 0, events.join(' '));
    assert.ok(events.slice(0, restart).includes('concept:text'), 'the cut stream showed nothing before it was cut');
    assert.ok(events.slice(restart + 1).includes('concept:text'), 'the retry showed nothing');
    assert.equal(last, await bodyOf('concept'));
  });

  async function bodyOf(stage: StructuredStage): Promise<string> {
    const read = await readCheckpoint(h.fs, join(h.storyDir, stageFile(stage)), stageFile(stage));
    assert.equal(read.kind, 'checkpoint');
    // The body as the renderer made it; the file puts a blank line between it and the front matter.
    return read.kind === 'checkpoint' ? read.body.replace(/^\n/, '') : '';
  }
});
