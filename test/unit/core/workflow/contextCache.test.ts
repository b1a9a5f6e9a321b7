import * as assert from 'node:assert/strict';
import { GoogleGenAI } from '@google/genai';
import { startFakeGemini } from '../../../support/fakeGemini';
import { GeminiContextCaches } from '../../../../src/gemini/contextCaches';
import type { Brief } from '../../../../src/core/story/brief';
import { defaultSettings, type Settings } from '../../../../src/core/config/settings';
import type { RunSummary } from '../../../../src/core/workflow/progress';
import { promptTask } from '../../../support/promptTask';
import { addWritersNotes, smallBrief, workflowHarness, type WorkflowHarness } from './workflowHarness';

/**
 * Explicit context caches over the real SDK and the test server: one per chapter stage, made when
 * the shared material is over the model's minimum, named by every chapter call (which then sends
 * no system instruction), deleted when the stage ends; a cache that cannot be made leaves the run
 * uncached with a line in the log.
 */

const novelBrief: Brief = { ...smallBrief, title: 'The Long Winter', targetWords: 12_500, chapters: 25 };

/** The test server's outline gives a chapter or two a tiny target whose reply is refused as no chapter: beside the point here. */
function madeChapters(summary: RunSummary): void {
  assert.equal(summary.fatal, undefined);
  assert.ok(
    summary.failures.every((f) => f.kind === 'invalid-reply'),
    JSON.stringify(summary.failures),
  );
  assert.ok(summary.generated.filter((id) => id.startsWith('draft:')).length >= 12, JSON.stringify([summary.generated, summary.failures]));
}

/** A chapter that fails does not stop the others. */
const goOnAfterAFailure: Partial<Settings> = { 'workflow.recovery': { ...defaultSettings()['workflow.recovery'], draft: 'retry', revision: 'retry' } };

const chapterCalls = (h: WorkflowHarness) => h.generateRequests().filter((r) => /^(Write about|Revise Chapter|Continue Chapter)/.test(promptTask(r.promptText)));

describe('explicit context caches (real service, SDK and test server)', function () {
  this.timeout(60_000);
  let h: WorkflowHarness;
  afterEach(async () => h?.cleanup());

  it('makes one cache per chapter stage, sends every chapter call against it without a system instruction, and deletes both when the stages end', async () => {
    h = await workflowHarness({ ...goOnAfterAFailure, 'rateLimit.maxConcurrent': 4 }, novelBrief, { behaviour: 'obedient' });
    await addWritersNotes(h);
    const summary = await h.run({ contextCaches: new GeminiContextCaches(h.service, h.logger) });
    madeChapters(summary);
    const created = h.server.cachedContents.created;
    assert.equal(created.length, 2, 'one for the drafts, one for the revisions');
    assert.ok(created.every((c) => c.tokens >= 4096 && c.systemInstruction !== undefined));
    assert.deepEqual([...h.server.cachedContents.deleted].sort(), created.map((c) => c.name).sort());
    assert.equal(h.server.cachedContents.live.length, 0);
    const calls = chapterCalls(h);
    assert.ok(calls.length >= 25, `${calls.length} chapter calls`);
    for (const call of calls) {
      assert.ok(call.cachedContent && created.some((c) => c.name === call.cachedContent), `${call.id} named a cache`);
      assert.equal(call.systemInstruction, undefined, 'no system instruction next to the cache');
      assert.ok(!call.promptText.includes('<story_bible>'), 'the shared material is not sent again');
    }
    assert.ok(h.logger.lines.some((l) => /draft: context cache cachedContents\/\S+ created/.test(l)));
  });

  it('goes on uncached when Gemini no longer has the cache (expired or deleted), the chapter asked again without it', async () => {
    h = await workflowHarness({ ...goOnAfterAFailure, 'rateLimit.maxConcurrent': 1 }, novelBrief, { behaviour: 'obedient' });
    await addWritersNotes(h);
    let deleted = '';
    const summary = await h.run({
      target: 'draft',
      contextCaches: new GeminiContextCaches(h.service, h.logger),
      onProgress: (event) => {
        // Gone behind the run's back after the first chapter.
        const live = h.server.cachedContents.live[0];
        if (event.type === 'item-finished' && !deleted && live) {
          deleted = live.name;
          h.server.cachedContents.delete(live.name);
        }
      },
    });
    madeChapters(summary);
    assert.ok(deleted);
    const calls = chapterCalls(h);
    const refused = calls.filter((c) => c.cachedContent === deleted && c.status === 403);
    assert.equal(refused.length, 1, 'one call met the missing cache');
    assert.ok(
      calls.slice(calls.indexOf(refused[0]!) + 1).every((c) => c.cachedContent === undefined && c.status === 200),
      'the rest went uncached',
    );
    assert.ok(h.logger.lines.some((l) => l.includes(`Context cache ${deleted} is gone`)));
    assert.equal(h.server.cachedContents.created.length, 1, 'no new cache asked for');
  });

  it('runs uncached, saying so in the log, when Gemini refuses the cache', async () => {
    h = await workflowHarness(goOnAfterAFailure, novelBrief, { behaviour: 'obedient' });
    await addWritersNotes(h);
    h.server.scriptWhen((r) => r.action === 'createCachedContent', { kind: 'fixture', name: '500-internal' }, { times: Infinity });
    const summary = await h.run({ target: 'draft', contextCaches: new GeminiContextCaches(h.service, h.logger) });
    madeChapters(summary);
    assert.equal(h.server.cachedContents.created.length, 0);
    const calls = chapterCalls(h);
    assert.ok(calls.length >= 12);
    assert.ok(calls.every((c) => c.cachedContent === undefined && c.systemInstruction !== undefined && c.promptText.startsWith('<story_parameters>')));
    const line = h.logger.lines.find((l) => l.includes('] draft: no context cache'));
    assert.ok(line, 'the log says the stage ran uncached');
    assert.match(line, /runs uncached/);
    // Asked once for the stage, not once per chapter.
    assert.equal(h.server.requests.filter((r) => r.action === 'createCachedContent').length, 1);
  });

  it('makes no explicit cache under a budget (creating one is billed outside its request-by-request check)', async () => {
    h = await workflowHarness({ ...goOnAfterAFailure, 'budget.maxUsdPerRun': 20 }, novelBrief, { behaviour: 'obedient' });
    await addWritersNotes(h);
    const summary = await h.run({ target: 'draft', contextCaches: new GeminiContextCaches(h.service, h.logger) });
    assert.equal(summary.outcome, 'completed', JSON.stringify(summary.failures));
    assert.equal(h.server.requests.filter((r) => r.action === 'createCachedContent').length, 0);
    assert.ok(h.logger.lines.some((l) => /a budget is set .*no explicit context cache is made/i.test(l)));
  });

  it('asks for no cache when the shared material is under the model minimum', async () => {
    h = await workflowHarness({}, smallBrief, { behaviour: 'obedient' });
    const summary = await h.run({ target: 'draft', contextCaches: new GeminiContextCaches(h.service, h.logger) });
    assert.equal(summary.outcome, 'completed');
    assert.equal(h.server.requests.filter((r) => r.action === 'createCachedContent').length, 0);
    assert.ok(h.logger.lines.some((l) => /\] draft: no context cache \(the shared material is about \d+ tokens, under gemini-[\w.-]+'s minimum of 4096/.test(l)));
  });
});

describe('test server: cachedContent with a system instruction', () => {
  it('answers the 400 Gemini sends when a generate request carries both', async () => {
    const server = await startFakeGemini();
    try {
      const ai = new GoogleGenAI({ apiKey: server.apiKey, httpOptions: { baseUrl: server.baseUrl, apiVersion: 'v1beta' } });
      const cache = await ai.caches.create({
        model: 'gemini-3.8-flash',
        config: { contents: [{ role: 'user', parts: [{ text: 'Shared material. '.repeat(2000) }] }], systemInstruction: 'You are a novelist.', ttl: '60s' },
      });
      assert.match(cache.name ?? '', /^cachedContents\//);
      await assert.rejects(
        ai.models.generateContent({ model: 'gemini-3.8-flash', contents: 'Write.', config: { cachedContent: cache.name!, systemInstruction: 'Again.' } }),
        (e: Error & { status?: number }) => e.status === 400 && /CachedContent can not be used with GenerateContent request setting system_instruction/.test(e.message),
      );
      const ok = await ai.models.generateContent({ model: 'gemini-3.8-flash', contents: 'Write about 50 words.', config: { cachedContent: cache.name! } });
      assert.ok((ok.usageMetadata?.cachedContentTokenCount ?? 0) >= 4096);
      assert.ok((ok.usageMetadata?.promptTokenCount ?? 0) > (ok.usageMetadata?.cachedContentTokenCount ?? 0));
      await ai.caches.delete({ name: cache.name! });
      await assert.rejects(ai.caches.get({ name: cache.name! }), (e: Error & { status?: number }) => e.status === 403);
      await assert.rejects(
        ai.caches.create({ model: 'gemini-3.8-flash', config: { contents: [{ role: 'user', parts: [{ text: 'Too little.' }] }], ttl: '60s' } }),
        (e: Error & { status?: number }) => e.status === 400 && /Cached content is too small/.test(e.message),
      );
    } finally {
      await server.stop();
    }
  });
});
