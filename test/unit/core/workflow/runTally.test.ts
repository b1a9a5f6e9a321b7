import * as assert from 'node:assert/strict';
import { GenerationError } from '../../../../src/core/generation/generationError';
import type { TextResult } from '../../../../src/core/generation/textGenerator';
import { RunTally } from '../../../../src/core/workflow/run/runTally';

const usage = { promptTokens: 10, outputTokens: 20, thinkingTokens: 0, totalTokens: 30 };
const reply = (over: Partial<TextResult>): TextResult => ({
  text: 'x',
  finishReason: 'STOP',
  truncated: false,
  usage,
  fromCache: false,
  apiCalls: 1,
  model: 'm',
  durationMs: 1,
  ...over,
});

describe('RunTally', () => {
  it('counts as API calls the requests that reached Gemini: retries included, none for the cache or a call that failed before sending', async () => {
    const tally = new RunTally();
    await tally.call(async () => reply({ apiCalls: 3 }));
    await tally.call(async () => reply({ fromCache: true, apiCalls: 0 }));
    await assert.rejects(tally.call(() => Promise.reject(new GenerationError('auth', 'No API key is set.', { apiCalls: 0 }))));
    await assert.rejects(tally.call(() => Promise.reject(new GenerationError('cancelled', 'Cancelled while waiting.'))));
    await assert.rejects(tally.call(() => Promise.reject(new GenerationError('unavailable', 'Gave up after 2 attempts.', { apiCalls: 2 }))));
    const totals = tally.totals;
    assert.equal(totals.requests, 5);
    assert.equal(totals.cacheHits, 1);
    assert.equal(totals.apiCalls, 5, '3 + 0 + 0 + 0 + 2');
  });

  it('prices what reached Gemini at its mode (batch at half), nothing for the cache, and names a model without a price', async () => {
    const tally = new RunTally();
    const big = { promptTokens: 1_000_000, cachedTokens: 200_000, outputTokens: 100_000, thinkingTokens: 20_000, totalTokens: 1_120_000 };
    await tally.call(async () => reply({ model: 'gemini-3.8-flash', usage: big }));
    await tally.call(async () => reply({ model: 'gemini-3.8-flash', usage: big, costMode: 'batch' }));
    await tally.call(async () => reply({ model: 'gemini-3.8-flash', usage: big, fromCache: true, apiCalls: 0 }));
    await tally.call(async () => reply({ model: 'no-such-model' }));
    const interactive = 0.8 * 0.75 + 0.2 * 0.075 + 0.12 * 3.75;
    const totals = tally.totals;
    assert.ok(Math.abs(totals.costUsd - 1.5 * interactive) < 1e-9, `${totals.costUsd}`);
    assert.equal(totals.tokens.cached, 600_000, 'cached tokens of every reply used, the cache’s included');
    assert.deepEqual(totals.unpricedModels, ['no-such-model']);
  });
});
