import * as assert from 'node:assert/strict';
import * as z from 'zod';
import { BudgetReachedError, mostItCouldCost, RunBudget } from '../../../../src/core/cost';
import { GenerationError } from '../../../../src/core/generation/generationError';
import type { RequestBound } from '../../../../src/core/generation/textGenerator';
import { defaultSettings } from '../../../../src/core/config/settings';
import { GeminiService } from '../../../../src/gemini/geminiService';
import { geminiConfigFromSettings } from '../../../../src/hosts/geminiConfig';
import { MemoryLogger } from '../../../support/memoryLogger';
import { startFakeGemini, type FakeGemini } from '../../../support/fakeGemini';

const request: RequestBound = { model: 'gemini-3.8-flash', inputChars: 4_000, maxOutputTokens: 10_000 };
const usage = { promptTokens: 1_000, outputTokens: 100, thinkingTokens: 0, totalTokens: 1_100 };

describe('RunBudget', () => {
  it('bounds a request at its input (two characters a token) plus its whole output limit', () => {
    const expected = 2_000 * 0.75e-6 + 10_000 * 3.75e-6;
    assert.ok(Math.abs(mostItCouldCost(request, {})! - expected) < 1e-12);
    assert.equal(mostItCouldCost({ ...request, model: 'no-such-model' }, {}), undefined);
  });

  it('admits within the budget; a request that fits once those in flight end waits for them, then goes', async () => {
    const most = mostItCouldCost(request, {})!;
    const budget = new RunBudget(most * 2.5, {});
    const first = await budget.admit(request);
    const second = await budget.admit(request);
    let admitted = false;
    const waiting = budget.admit(request).then((settle) => {
      admitted = true;
      return settle;
    });
    await new Promise((resolve) => setImmediate(resolve)); // every pending promise has settled
    assert.equal(admitted, false, 'two in flight at their most leave no room: the third waits');
    first(usage);
    const third = await waiting; // the first ended far below its most: the third fits
    second(undefined); // failed before a reply: nothing billed
    third(usage);
    const replyCost = 1_000 * 0.75e-6 + 100 * 3.75e-6;
    assert.ok(Math.abs(budget.spentUsd - 2 * replyCost) < 1e-12);
  });

  it('refuses, without waiting, a request that cannot fit whatever those in flight cost', async () => {
    const most = mostItCouldCost(request, {})!;
    const budget = new RunBudget(most * 1.5, {});
    const first = await budget.admit(request);
    first({ promptTokens: 2_000, outputTokens: 10_000, thinkingTokens: 0, totalTokens: 12_000 }); // it cost its most
    await assert.rejects(
      budget.admit(request),
      (e: unknown) => e instanceof BudgetReachedError && e instanceof GenerationError && e.kind === 'budget' && e.inFlightUsd === 0 && Math.abs(e.spentUsd - most) < 1e-12,
    );
  });

  it('a wait ends as cancelled when the run is cancelled', async () => {
    const most = mostItCouldCost(request, {})!;
    const budget = new RunBudget(most * 1.5, {});
    await budget.admit(request);
    const controller = new AbortController();
    const waiting = budget.admit(request, controller.signal);
    controller.abort();
    await assert.rejects(waiting, (e: unknown) => e instanceof GenerationError && e.kind === 'cancelled');
  });

  it('a settle called twice counts once', async () => {
    const most = mostItCouldCost(request, {})!;
    const budget = new RunBudget(most * 1.5, {});
    const settle = await budget.admit(request);
    settle(usage);
    settle(usage);
    await budget.admit(request);
  });

  it('no budget (0) is not limited; a budget refuses a model without a price by name', async () => {
    assert.equal(new RunBudget(0, {}).limited, false);
    await assert.rejects(new RunBudget(1, {}).admit({ ...request, model: 'no-such-model' }), /no-such-model has no price/);
  });
});

describe('CallOptions.admit through the Gemini service', () => {
  let server: FakeGemini;
  let service: GeminiService;
  before(async () => {
    server = await startFakeGemini();
    const settings = { ...defaultSettings(), apiBaseUrl: server.baseUrl, 'cache.enabled': false, 'retry.baseDelayMs': 1 };
    service = new GeminiService({ apiKey: async () => server.apiKey, config: geminiConfigFromSettings(settings), logger: new MemoryLogger() });
  });
  after(async () => {
    await service.dispose();
    await server.stop();
  });

  it('asks before every request of a call (the JSON repair too) and settles each with its usage', async () => {
    server.script({ kind: 'text', text: '{"name": "unfinished' });
    const asked: RequestBound[] = [];
    const settled: Array<number | undefined> = [];
    const result = await service.generateJson({ model: 'gemini-3.8-flash', prompt: 'Name a lighthouse.', maxOutputTokens: 2_000 }, z.object({ name: z.string() }), {
      admit: async (bound) => {
        asked.push(bound);
        return (u) => settled.push(u?.promptTokens);
      },
    });
    assert.equal(result.apiCalls, 2);
    assert.equal(asked.length, 2, 'the repair was admitted on its own');
    assert.ok(asked[1]!.inputChars > asked[0]!.inputChars, 'the repair carries the first reply');
    assert.ok(settled.every((n) => n !== undefined && n > 0));
  });

  it('cached tokens Gemini reports reach the call’s usage and the session statistics', async () => {
    const shared = 'The bible of the story, shared by every chapter. '.repeat(400);
    await service.generateText({ model: 'gemini-3.8-flash', prompt: `${shared}\nWrite chapter 1 in about 30 words.`, maxOutputTokens: 2_000 });
    const second = await service.generateText({ model: 'gemini-3.8-flash', prompt: `${shared}\nWrite chapter 2 in about 30 words.`, maxOutputTokens: 2_000 });
    assert.ok((second.usage.cachedTokens ?? 0) >= 4_096, `cached ${second.usage.cachedTokens}`);
    const stats = service.getStatistics();
    assert.equal(stats.cachedTokens, second.usage.cachedTokens);
    assert.equal(stats.usageByModel['gemini-3.8-flash']?.cachedTokens, second.usage.cachedTokens);
  });

  it('a refusal sends nothing and rejects the call with the refusal itself', async () => {
    server.reset();
    const refusal = new BudgetReachedError(0.01, 0.01, 0, 0.002, 'gemini-3.8-flash');
    await assert.rejects(
      service.generateText(
        { model: 'gemini-3.8-flash', prompt: 'Write about 20 words.' },
        {
          admit: () => {
            throw refusal;
          },
        },
      ),
      (e: unknown) => e instanceof GenerationError && e.kind === 'budget',
    );
    assert.equal(server.requests.filter((r) => r.action === 'streamGenerateContent' || r.action === 'generateContent').length, 0);
  });
});
