// A new user's first story, against a test server that behaves like today's API (the current
// catalog, what it rejects, thinking that eats the output budget) and like an imperfect model
// (short prose, headings and repeated sentences at seams, fenced JSON, missing optional fields).
import * as assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultSettings } from '../../../../src/core/config/settings';
import { estimateRunRequests } from '../../../../src/core/workflow/runEstimate';
import type { Brief } from '../../../../src/core/story/brief';
import { computeStoryState } from '../../../../src/core/workflow/state/storyState';
import { freeTierRunAdvice } from '../../../../src/gemini/freeTier';
import { DEFAULT_MODELS } from '../../../support/fakeGemini';
import { workflowHarness, type WorkflowHarness } from './workflowHarness';

const novella: Brief = {
  title: 'The Salt Archive',
  genre: 'literary mystery',
  tone: 'quiet, precise',
  pointOfView: 'third-limited',
  targetWords: 12_000,
  chapters: 12,
  language: 'English',
  premise: 'An archivist in a drowned city finds that the flood records were rewritten the night before the flood.',
};

describe("a new story with default settings against today's Gemini (imperfect model)", function () {
  this.timeout(60_000);
  let h: WorkflowHarness;
  afterEach(async () => h?.cleanup());

  for (const seed of [1, 2, 3]) {
    it(`finishes with zero 400s, every request naming a current model (seed ${seed})`, async () => {
      const defaults = defaultSettings();
      // Only what points the run at the local server and keeps it quick; everything else default.
      h = await workflowHarness({ 'retry.baseDelayMs': 5, 'retry.maxDelaySeconds': 1 }, novella, { behaviour: 'imperfect', seed });
      assert.equal(h.settings.model, defaults.model);
      assert.equal(h.settings.thinking, 'auto');
      assert.equal(h.settings.temperature, null);
      assert.equal(h.settings.maxOutputTokens, 0);

      const run = await h.run();

      assert.equal(run.outcome, 'completed', JSON.stringify(run.failures));
      const rejected = h.server.requests.filter((r) => r.status === 400);
      assert.deepEqual(
        rejected.map((r) => `${r.model}: ${JSON.stringify(r.generationConfig)}`),
        [],
        'no request was rejected',
      );
      const models = new Set(h.server.requests.map((r) => r.model));
      for (const model of models) assert.ok(model && DEFAULT_MODELS.includes(model), `${model} is in the current catalog`);
      for (const request of h.generateRequests()) {
        const config = request.generationConfig ?? {};
        assert.equal(config.temperature, undefined, 'no temperature unless the writer sets one');
        assert.ok(!JSON.stringify(config.thinkingConfig ?? {}).includes('thinkingBudget'), '3.8 Flash thinks by level');
      }
      assert.equal(h.server.requests.filter((r) => r.action === 'getModel').length, 1, 'models.get once per model per session');
    });
  }

  it('a 40-chapter outline succeeds with default settings, in parts of 10 chapters that fit a small output limit', async () => {
    const long: Brief = { ...novella, title: 'The Long Tide', targetWords: 120_000, chapters: 40 };
    // A model whose replies stop at 8,192 tokens: the whole outline in one reply would be cut.
    h = await workflowHarness({ 'retry.baseDelayMs': 5, 'retry.maxDelaySeconds': 1 }, long, {
      behaviour: 'imperfect',
      models: [{ id: 'gemini-3.8-flash', outputTokenLimit: 8_192 }],
    });
    const run = await h.run({ target: 'outline' });
    assert.equal(run.outcome, 'completed', JSON.stringify(run.failures));
    const parts = h.generateRequests().filter((r) => /^Outline chapters \d+ to \d+ of the 40 chapters/.test(r.promptText));
    assert.deepEqual(
      parts.map((r) => /^Outline chapters (\d+) to (\d+)/.exec(r.promptText)!.slice(1).join('-')),
      ['1-10', '11-20', '21-30', '31-40'],
    );
    assert.ok(
      parts.every((r) => r.status === 200 && (r.generationConfig?.maxOutputTokens as number) <= 8_192),
      'each part fits the limit',
    );
    assert.ok(!parts[0]!.promptText.includes('<outline_so_far>'));
    assert.ok(
      parts.slice(1).every((r) => r.promptText.includes('<outline_so_far>')),
      'each later part sees the chapters before it',
    );
    assert.match(parts[3]!.promptText, /<outline_so_far>\n1\. [\s\S]*\n30\. /);
    const outline = await readFile(join(h.storyDir, '03-outline.md'), 'utf8');
    const numbers = [...outline.matchAll(/^## Chapter (\d+)/gm)].map((m) => Number(m[1]));
    assert.deepEqual(
      numbers,
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
    assert.equal(h.server.requests.filter((r) => r.status === 400).length, 0);
  });

  it('a short outline is one request', async () => {
    h = await workflowHarness({ 'retry.baseDelayMs': 5, 'retry.maxDelaySeconds': 1 }, { ...novella, chapters: 10 }, { behaviour: 'imperfect' });
    const run = await h.run({ target: 'outline' });
    assert.equal(run.outcome, 'completed', JSON.stringify(run.failures));
    assert.equal(h.generateRequests().filter((r) => r.promptText.includes('exactly 10 chapters')).length, 1);
  });

  it("estimates a run's requests before it starts, and warns when the free tier cannot finish it today", async () => {
    h = await workflowHarness({ 'retry.baseDelayMs': 5, 'retry.maxDelaySeconds': 1 }, novella, { behaviour: 'obedient' });
    const before = estimateRunRequests(await computeStoryState(h.fs, h.storyDir));
    assert.equal(before, 1 + 1 + 2 + 2 * 12, 'concept, bible, the outline in two parts, a draft and a revision per chapter');
    assert.match(freeTierRunAdvice(before, 'models/gemini-3.8-flash') ?? '', /about 28 requests to gemini-3\.8-flash.*about 20 a day per model.*cannot finish today/);
    assert.equal(freeTierRunAdvice(9, 'gemini-3.8-flash'), undefined);
    const run = await h.run();
    assert.equal(run.outcome, 'completed', JSON.stringify(run.failures));
    assert.equal(h.generateRequests().length, before, 'the estimate was the run an obedient model makes');
    assert.equal(estimateRunRequests(await computeStoryState(h.fs, h.storyDir)), 0);
  });
});
